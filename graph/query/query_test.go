package query

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestParseParam(t *testing.T) {
	tests := []struct {
		in      string
		key     string
		want    any
		wantErr string
	}{
		{"n=42", "n", int64(42), ""},
		{"n=-7", "n", int64(-7), ""},
		{"x=3.5", "x", 3.5, ""},
		{"x=1e3", "x", 1000.0, ""},
		{"b=true", "b", true, ""},
		{"b=false", "b", false, ""},
		{"v=null", "v", nil, ""},
		{"name=习近平", "name", "习近平", ""},
		{"s=", "s", "", ""},
		{"s=a=b", "s", "a=b", ""},
		{`s="42"`, "s", "42", ""},
		{"s=NaN", "s", "NaN", ""},
		{"s=Inf", "s", "Inf", ""},
		{"s=0x10", "s", "0x10", ""},
		{"d=2024-01-01", "d", "2024-01-01", ""},
		{"big=99999999999999999999", "big", 1e20, ""},
		{`ids=["a","b"]`, "ids", []any{"a", "b"}, ""},
		{`m={"k":1,"f":1.5}`, "m", map[string]any{"k": int64(1), "f": 1.5}, ""},
		{"_x1=1", "_x1", int64(1), ""},
		{"novalue", "", nil, "want key=value"},
		{"=1", "", nil, "not a parameter name"},
		{"1x=1", "", nil, "not a parameter name"},
		{"a-b=1", "", nil, "not a parameter name"},
		{"ids=[a,b]", "", nil, "not valid JSON"},
		{`l=[1] x`, "", nil, "text after"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			k, v, err := ParseParam(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if k != tt.key || !reflect.DeepEqual(v, tt.want) {
				t.Errorf("got %s=%#v, want %s=%#v", k, v, tt.key, tt.want)
			}
		})
	}
}

func TestParseParams(t *testing.T) {
	m, err := ParseParams([]string{"a=1", "b=x"})
	if err != nil || !reflect.DeepEqual(m, map[string]any{"a": int64(1), "b": "x"}) {
		t.Errorf("got %v, %v", m, err)
	}
	if _, err := ParseParams([]string{"a=1", "a=2", "bad"}); err == nil ||
		!strings.Contains(err.Error(), "given twice") || !strings.Contains(err.Error(), "want key=value") {
		t.Errorf("err = %v, want both problems", err)
	}
}

func FuzzParseParam(f *testing.F) {
	for _, s := range []string{"n=1", "x=1.5", "s=习近平", `l=[1,"a",{"b":null}]`, "b=true", "=", "k=\"\\u00e9\"", "k=1e400"} {
		f.Add(s, int64(len(s)))
	}
	f.Add("k=v", int64(-1<<63))
	f.Fuzz(func(t *testing.T, s string, n int64) {
		// Integers round-trip.
		if _, v, err := ParseParam("n=" + strconv.FormatInt(n, 10)); err != nil || v != n {
			t.Fatalf("n=%d → %#v, %v", n, v, err)
		}
		k, v, err := ParseParam(s)
		if err != nil {
			return
		}
		if !isIdent(k) {
			t.Fatalf("key %q accepted", k)
		}
		raw := s[len(k)+1:]
		switch x := v.(type) {
		case int64:
			if n, err := strconv.ParseInt(raw, 10, 64); err != nil || n != x {
				t.Fatalf("%q → int %d", s, x)
			}
		case float64:
			if math.IsNaN(x) {
				t.Fatalf("%q → NaN", s)
			}
		case string:
			if raw != "" && raw[0] != '"' && x != raw {
				t.Fatalf("%q → string %q, want the raw value", s, x)
			}
		}
		// Every accepted value must be something the driver can send.
		if _, err := json.Marshal(v); err != nil && !strings.Contains(err.Error(), "unsupported value") {
			t.Fatalf("%q → %#v: %v", s, v, err)
		}
	})
}

func sampleResult() *Result {
	xi := dbtype.Node{ElementId: "4:x:1", Labels: []string{"Person"}, Props: map[string]any{"id": "xi-jinping", "name": "习近平"}}
	putin := dbtype.Node{ElementId: "4:x:2", Labels: []string{"Person"}, Props: map[string]any{"id": "vladimir-putin", "name": "普京"}}
	rel := dbtype.Relationship{ElementId: "5:x:1", StartElementId: "4:x:2", EndElementId: "4:x:1", Type: "MET_WITH", Props: map[string]any{"count": int64(2)}}
	return &Result{
		Keys: []string{"contact", "country", "count", "first", "node", "path", "list"},
		Rows: [][]any{
			{"普京", "俄罗斯", int64(2), "2023-03-21", putin, dbtype.Path{Nodes: []dbtype.Node{xi, putin}, Relationships: []dbtype.Relationship{rel}}, []any{"a", int64(1)}},
			{"Blinken, \"Tony\"", "US", int64(12), nil, xi, nil, map[string]any{"k": 1.5}},
			{"石破茂\n(首相)", "日本", int64(1), "2024-11", rel, nil, []any{}},
		},
	}
}

func TestWriteFormats(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, sampleResult(), format); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "sample."+format)
			if *update {
				os.MkdirAll("testdata", 0o755)
				os.WriteFile(path, b.Bytes(), 0o644)
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test -update)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s output differs from %s:\n%s", format, path, b.String())
			}
		})
	}
	if err := Write(&bytes.Buffer{}, sampleResult(), "xml"); err == nil {
		t.Error("unknown format accepted")
	}
}

// Table columns line up in display width, CJK counting two cells.
func TestTableAlignment(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, sampleResult(), FormatTable); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	header := lines[0]
	col := strings.Index(header, "country")
	want := runewidth.StringWidth(header[:col])
	for _, l := range lines[2 : len(lines)-1] {
		for _, c := range []string{"俄罗斯", "US", "日本"} {
			if i := strings.Index(l, c); i >= 0 {
				if got := runewidth.StringWidth(l[:i]); got != want {
					t.Errorf("country column at width %d, want %d: %q", got, want, l)
				}
			}
		}
	}
	if !strings.HasSuffix(strings.TrimSpace(b.String()), "(3 rows)") {
		t.Errorf("no row count:\n%s", b.String())
	}
}

func TestJSONIsValid(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, sampleResult(), FormatJSON); err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal(b.Bytes(), &rows); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if len(rows) != 3 || rows[0]["count"] != 2.0 || rows[1]["first"] != nil {
		t.Errorf("rows = %v", rows)
	}
	node := rows[0]["node"].(map[string]any)
	if node["properties"].(map[string]any)["name"] != "普京" {
		t.Errorf("node = %v", node)
	}
	b.Reset()
	Write(&b, &Result{Keys: []string{"x"}}, FormatJSON)
	if strings.TrimSpace(b.String()) != "[]" {
		t.Errorf("empty result = %q", b.String())
	}
}

func TestExplain(t *testing.T) {
	err := explain(&neo4j.Neo4jError{Code: "Neo.ClientError.Statement.AccessMode", Msg: "Writing in read access mode not allowed."})
	if !errors.Is(err, ErrWrite) || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("write error: %v", err)
	}
	err = explain(&neo4j.Neo4jError{Code: "Neo.ClientError.Statement.ParameterMissing", Msg: "Expected parameter(s): name"})
	if !strings.Contains(err.Error(), "--param") {
		t.Errorf("missing parameter error: %v", err)
	}
	if err := explain(fmt.Errorf("boom")); err.Error() != "query: boom" {
		t.Errorf("plain error: %v", err)
	}
}

// The questions pass every user value as a parameter, never in the text.
func TestQuestionsUseParameters(t *testing.T) {
	evil := "x' OR 1=1 //"
	for name, q := range map[string]func() (string, map[string]any){
		"contacts": func() (string, map[string]any) { return Contacts([]string{evil}, "2024") },
		"between":  func() (string, map[string]any) { return Between(evil, "美国") },
		"path":     func() (string, map[string]any) { return Path(evil, "石破茂") },
		"events":   func() (string, map[string]any) { return Events(evil) },
	} {
		cypher, params := q()
		if strings.Contains(cypher, evil) {
			t.Errorf("%s: user value in the Cypher text", name)
		}
		for k := range params {
			if !strings.Contains(cypher, "$"+k) {
				t.Errorf("%s: parameter %s unused", name, k)
			}
		}
		if strings.Contains(cypher, "CREATE") || strings.Contains(cypher, "MERGE") || strings.Contains(cypher, "SET ") {
			t.Errorf("%s writes", name)
		}
	}
}

func TestCheckPeriod(t *testing.T) {
	for p, ok := range map[string]bool{"2023": true, "2023-11": true, "2023-11-05": true, "2023-1": false, "": false, "23-11": false} {
		if err := CheckPeriod(p); (err == nil) != ok {
			t.Errorf("CheckPeriod(%q) = %v", p, err)
		}
	}
}
