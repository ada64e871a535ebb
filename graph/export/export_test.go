package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/export")

const testdata = "../../testdata/export"

func loadRelations(t testing.TB) []extract.Relation {
	t.Helper()
	f, err := os.Open(filepath.Join(testdata, "relations.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rels, err := ReadJSONL(f)
	if err != nil {
		t.Fatal(err)
	}
	return rels
}

// golden compares got with the golden file name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(testdata, name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it); got:\n%s", path, got)
	}
}

func TestReadJSONL(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		n       int
		wantErr string
	}{
		{"empty", "", 0, ""},
		{"blank lines", "\n  \n{\"type\":\"MET_WITH\"}\n\n", 1, ""},
		{"no final newline", "{\"type\":\"MET_WITH\"}\n{\"type\":\"VISITED\"}", 2, ""},
		{"CRLF", "{\"type\":\"MET_WITH\"}\r\n{\"type\":\"VISITED\"}\r\n", 2, ""},
		{"bad line 3", "{}\n{}\n{\"type\":\n{}\n", 2, "jsonl line 3:"},
		{"wrong type", "{\"span\":\"x\"}\n", 0, "jsonl line 1:"},
		{"two values on a line", "{} {}\n", 0, "jsonl line 1:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rels, err := ReadJSONL(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want prefix %q", err, tt.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if len(rels) != tt.n {
				t.Errorf("got %d relations, want %d", len(rels), tt.n)
			}
		})
	}
}

// edgeSummary is "type source target count first last".
func edgeSummary(g *Graph) []string {
	var out []string
	for _, e := range g.Edges {
		out = append(out, strings.Join([]string{e.Type, e.Source, e.Target, itoa(e.Count), e.First, e.Last}, " "))
	}
	return out
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestFromRelations(t *testing.T) {
	rels := loadRelations(t)
	all := []string{
		"VISITED antony-blinken CN 1 2024-04 2024-04",
		"MET_WITH antony-blinken wang-yi 1 2024-04-26 2024-04-26",
		"MET_WITH joe-biden xi-jinping 1 2023-11-15 2023-11-15",
		"PHONE_CALL joe-biden xi-jinping 1 2024-04-02 2024-04-02",
		"CO_CHAIRED li-qiang shigeru-ishiba 1 2024-11-10 2024-11-10",
		"MET_WITH shigeru-ishiba wang-yi 1  ",
		"VISITED vladimir-putin CN 1 2024-05-16 2024-05-16",
		"MET_WITH vladimir-putin xi-jinping 2 2023-03-21 2024-05-16",
		"MET_WITH wang-yi x:阿尔瓦雷斯 1 2024-02-14 2024-02-14",
	}
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"all", Filter{}, all},
		{"min count 2", Filter{MinCount: 2}, all[7:8]},
		{"types", Filter{Types: []string{"visited", "CO_CHAIRED"}}, []string{all[0], all[4], all[6]}},
		{"from month", Filter{From: "2024-04"}, []string{all[0], all[1], all[3], all[4], all[6],
			"MET_WITH vladimir-putin xi-jinping 1 2024-05-16 2024-05-16"}},
		{"day bound keeps month-only event", Filter{From: "2024-04-15", To: "2024-04-30"}, []string{all[0], all[1]}},
		{"year", Filter{From: "2023", To: "2023"}, []string{all[2], "MET_WITH vladimir-putin xi-jinping 1 2023-03-21 2023-03-21"}},
		{"countries by name", Filter{Countries: []string{"日本"}}, []string{all[4], all[5]}},
		{"countries by visited id", Filter{Countries: []string{"cn"}, Types: []string{"VISITED"}}, []string{all[0], all[6]}},
		{"nothing", Filter{From: "2030-01-01"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := edgeSummary(FromRelations(rels, tt.f))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestFromRelationsNodes(t *testing.T) {
	g := FromRelations(loadRelations(t), Filter{})
	byID := map[string]Node{}
	for _, n := range g.Nodes {
		byID[n.ID] = n
	}
	if len(g.Nodes) != 9 {
		t.Errorf("%d nodes, want 9 (no planned-only persons, no 中方 side)", len(g.Nodes))
	}
	for _, c := range []struct {
		id, label, office, country string
		degree                     int
	}{
		{"xi-jinping", LabelPerson, "国家主席", "中国", 2},
		{"wang-yi", LabelPerson, "外交部长", "中国", 3},
		{"CN", LabelCountry, "", "", 2},
		{"x:阿尔瓦雷斯", LabelPerson, "外长", "智利", 1},
	} {
		n, ok := byID[c.id]
		if !ok {
			t.Errorf("node %s missing", c.id)
			continue
		}
		if n.Label != c.label || n.Office != c.office || n.Country != c.country || n.Degree != c.degree {
			t.Errorf("node %s = %+v, want label %s office %s country %s degree %d", c.id, n, c.label, c.office, c.country, c.degree)
		}
	}
	// The Xi–Putin meeting of 2024-05-16 was reported twice: one event, two sentences.
	for _, e := range g.Edges {
		if e.Source == "vladimir-putin" && e.Type == extract.MetWith {
			if len(e.Evidence) != 4 || !reflect.DeepEqual(e.Dates, []string{"2023-03-21", "2024-05-16"}) {
				t.Errorf("putin–xi: %d evidence, dates %v; want 4 and two dates", len(e.Evidence), e.Dates)
			}
		}
	}
}

func TestInRange(t *testing.T) {
	tests := []struct {
		from, to, date string
		want           bool
	}{
		{"", "", "", true},
		{"2024", "", "", false},
		{"2024", "", "2023-12-31", false},
		{"2024", "", "2024-01-01", true},
		{"2024-03-15", "", "2024-03", true},
		{"2024-03-15", "", "2024-03-14", false},
		{"", "2024-03", "2024-03-31", true},
		{"", "2024-03", "2024-04", false},
		{"", "2024-03-15", "2024-03", true},
		{"2023", "2023", "2023-11-15", true},
		{"2023", "2023", "2024-01", false},
	}
	for _, tt := range tests {
		if got := (Filter{From: tt.from, To: tt.to}).InRange(tt.date); got != tt.want {
			t.Errorf("[%s, %s].InRange(%q) = %v, want %v", tt.from, tt.to, tt.date, got, tt.want)
		}
	}
}

func TestFilterValidate(t *testing.T) {
	tests := []struct {
		f  Filter
		ok bool
	}{
		{Filter{}, true},
		{Filter{From: "2024", To: "2024-12-31", Types: []string{"met_with"}}, true},
		{Filter{From: "2024-1"}, false},
		{Filter{To: "yesterday"}, false},
		{Filter{Types: []string{"HUGGED"}}, false},
		{Filter{MinCount: -1}, false},
	}
	for _, tt := range tests {
		if err := tt.f.Validate(); (err == nil) != tt.ok {
			t.Errorf("Validate(%+v) = %v, want ok=%v", tt.f, err, tt.ok)
		}
	}
}

func TestWritersGolden(t *testing.T) {
	g := FromRelations(loadRelations(t), Filter{})
	for _, w := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"contacts.graphml", func(b *bytes.Buffer) error { return WriteGraphML(b, g) }},
		{"contacts.gexf", func(b *bytes.Buffer) error { return WriteGEXF(b, g) }},
		{"contacts.json", func(b *bytes.Buffer) error { return WriteJSON(b, g) }},
		{"contacts.cypher", func(b *bytes.Buffer) error { return WriteCypher(b, g) }},
	} {
		t.Run(w.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := w.write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, w.name, b.Bytes())
		})
	}
	t.Run("csv", func(t *testing.T) {
		dir := t.TempDir()
		if err := WriteCSV(filepath.Join(dir, "out"), g); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{NodesCSV, EdgesCSV} {
			b, err := os.ReadFile(filepath.Join(dir, "out", name))
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "csv/"+name, b)
		}
	})
}

func TestCSVImportFormat(t *testing.T) {
	g := FromRelations(loadRelations(t), Filter{})
	var nb, eb bytes.Buffer
	if err := WriteCSVTo(&nb, &eb, g); err != nil {
		t.Fatal(err)
	}
	nodes, err := csv.NewReader(&nb).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	edges, err := csv.NewReader(&eb).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if nodes[0][0] != "id:ID" || nodes[0][len(nodes[0])-1] != ":LABEL" {
		t.Errorf("nodes header %v", nodes[0])
	}
	if want := []string{":START_ID", ":END_ID", ":TYPE", "count:int"}; !reflect.DeepEqual(edges[0][:4], want) {
		t.Errorf("edges header %v, want prefix %v", edges[0], want)
	}
	if len(nodes)-1 != len(g.Nodes) || len(edges)-1 != len(g.Edges) {
		t.Errorf("%d node rows, %d edge rows; want %d, %d", len(nodes)-1, len(edges)-1, len(g.Nodes), len(g.Edges))
	}
	ids := map[string]bool{}
	for _, r := range nodes[1:] {
		if ids[r[0]] {
			t.Errorf("duplicate id %s", r[0])
		}
		ids[r[0]] = true
	}
	for _, r := range edges[1:] {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("edge %v refers to a missing node", r)
		}
	}
}

func TestWriteJSONEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, FromRelations(nil, Filter{})); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Nodes []any `json:"nodes"`
		Links []any `json:"links"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil || doc.Nodes == nil || doc.Links == nil {
		t.Errorf("empty graph JSON %s: %v (want empty arrays, not null)", b.String(), err)
	}
}

func FuzzReadJSONL(f *testing.F) {
	b, err := os.ReadFile(filepath.Join(testdata, "relations.jsonl"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte("{}\n{\"participants\":[{\"kind\":\"country\"}]}"))
	f.Add([]byte(`{"type":"VISITED","status":"fact","participants":[{"name":"a"},{"name":"b"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rels, err := ReadJSONL(bytes.NewReader(data))
		if err != nil && !strings.HasPrefix(err.Error(), "jsonl line ") {
			t.Fatalf("error without a line number: %v", err)
		}
		g := FromRelations(rels, Filter{})
		ids := map[string]bool{}
		for _, n := range g.Nodes {
			ids[n.ID] = true
		}
		for _, e := range g.Edges {
			if !ids[e.Source] || !ids[e.Target] || e.Count < 1 {
				t.Fatalf("bad edge %+v", e)
			}
		}
		for _, write := range []func(*bytes.Buffer) error{
			func(b *bytes.Buffer) error { return WriteGraphML(b, g) },
			func(b *bytes.Buffer) error { return WriteGEXF(b, g) },
		} {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			if err := checkWellFormed(buf.Bytes()); err != nil {
				t.Fatalf("not well-formed XML: %v", err)
			}
		}
	})
}
