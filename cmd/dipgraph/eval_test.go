package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestEvalCSVRows: a gold document may name one row of a CSV file (its
// doc.item); it is scored on that row's relations only, and the table of
// `extract` names the row.
func TestEvalCSVRows(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "news.csv")
	body := "title,date,body\n" +
		"习近平会见普京,2024-03-10,\"新华社北京3月10日电 国家主席习近平10日在人民大会堂会见俄罗斯总统普京。\"\n" +
		"王毅同布林肯会谈,2024-03-11,\"新华社北京3月11日电 外交部长王毅11日在北京同美国国务卿布林肯举行会谈。\"\n"
	if err := os.WriteFile(csv, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := func(item string) string {
		line := `{"doc":"r2","file":` + strconv.Quote(csv) + `,` + item + `"published":"2024-03-11","people":[{"name":"王毅","aliases":[],"office":"外交部长","country":"中国"},{"name":"布林肯","aliases":[],"office":"国务卿","country":"美国"}],` +
			`"relations":[{"type":"MET_WITH","a":"王毅","b":"布林肯","date":"2024-03-11","mode":"in_person","trigger":"会谈","evidence":null}]}` + "\n"
		p := filepath.Join(dir, "gold.jsonl")
		if err := os.WriteFile(p, []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	metRow := regexp.MustCompile(`(?m)^MET_WITH\s+(\d+)\s+(\d+)\s+(\d+)`)
	tests := []struct {
		name, item, want string
	}{
		{"the row named", `"item":"row 2",`, "1 0 0"},
		{"the whole file", ``, "1 1 0"}, // row 1's meeting is not in this gold
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := realMain([]string{"eval", "--gold", gold(tt.item)}, &out, &errb); code != exitOK {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			m := metRow.FindStringSubmatch(out.String())
			if m == nil || strings.Join(m[1:], " ") != tt.want {
				t.Errorf("MET_WITH TP FP FN %v, want %s\n%s", m, tt.want, out.String())
			}
		})
	}
	var out, errb bytes.Buffer
	if code := realMain([]string{"extract", "--format", "table", csv}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "news.csv (row 2)") {
		t.Errorf("table does not name the row:\n%s", out.String())
	}
}
