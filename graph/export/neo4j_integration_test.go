package export_test

import (
	"bytes"
	"context"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph/export"
	"github.com/dipgraph/dipgraph/graph/export/exporttest"
	"github.com/dipgraph/dipgraph/neo4jserver/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// fixtureOnly keeps the fixture's part of a graph read from a shared database.
func fixtureOnly(g *export.Graph) *export.Graph {
	keep := func(id string) bool { return strings.HasPrefix(id, "itest-") || strings.HasPrefix(id, "ITEST-") }
	out := &export.Graph{}
	for _, n := range g.Nodes {
		if keep(n.ID) {
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		if keep(e.Source) && keep(e.Target) {
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}

func summary(g *export.Graph) []string {
	var out []string
	for _, e := range g.Edges {
		out = append(out, strings.Join([]string{e.Type, e.Source, e.Target, strconv.Itoa(e.Count), e.First, e.Last, strconv.Itoa(len(e.Evidence))}, " "))
	}
	return out
}

func TestFromNeo4j(t *testing.T) {
	drv, db := neo4jtest.Driver(t)
	exporttest.Load(t, drv, db)
	ctx := context.Background()
	tests := []struct {
		name string
		f    export.Filter
		want []string
	}{
		{"all", export.Filter{}, []string{
			"MET_WITH itest-a itest-b 2 2023-03-21 2024-05-16 3",
			"PHONE_CALL itest-a itest-c 1 2024-04-02 2024-04-02 1",
			"VISITED itest-b ITEST-CN 1 2024-05-16 2024-05-16 1",
			"MET_WITH itest-c itest-d 1 2024-06 2024-06 1",
		}},
		{"from 2024-05", export.Filter{From: "2024-05"}, []string{
			"MET_WITH itest-a itest-b 1 2024-05-16 2024-05-16 2",
			"VISITED itest-b ITEST-CN 1 2024-05-16 2024-05-16 1",
			"MET_WITH itest-c itest-d 1 2024-06 2024-06 1",
		}},
		{"min count", export.Filter{MinCount: 2}, []string{"MET_WITH itest-a itest-b 2 2023-03-21 2024-05-16 3"}},
		{"types", export.Filter{Types: []string{"phone_call"}}, []string{"PHONE_CALL itest-a itest-c 1 2024-04-02 2024-04-02 1"}},
		{"country", export.Filter{Countries: []string{"测日"}}, []string{"MET_WITH itest-c itest-d 1 2024-06 2024-06 1"}},
		{"country id", export.Filter{Countries: []string{"ITEST-JP"}}, []string{"MET_WITH itest-c itest-d 1 2024-06 2024-06 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := export.FromNeo4j(ctx, drv, db, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			got := summary(fixtureOnly(g))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
	g, err := export.FromNeo4j(ctx, drv, db, export.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	g = fixtureOnly(g)
	want := []export.Node{
		{ID: "ITEST-CN", Label: "Country", Name: "测中", Degree: 1},
		{ID: "itest-a", Label: "Person", Name: "艾测甲", Office: "测主席", Country: "测中", Degree: 2},
		{ID: "itest-b", Label: "Person", Name: "贝测乙", Office: "测总统", Country: "测俄", Degree: 2},
		{ID: "itest-c", Label: "Person", Name: "柯测丙", Office: "测国务卿", Country: "测美", Degree: 2},
		{ID: "itest-d", Label: "Person", Name: "迪测丁", Office: "测首相", Country: "测日", Degree: 1},
	}
	if !reflect.DeepEqual(g.Nodes, want) {
		t.Errorf("nodes:\n%+v\nwant:\n%+v", g.Nodes, want)
	}
	for _, e := range g.Edges {
		if e.Source == "itest-a" && e.Target == "itest-b" {
			var urls []string
			for _, ev := range e.Evidence {
				urls = append(urls, ev.URL+ev.Path)
			}
			if e.Evidence[0].Date != "2023-03-21" || !strings.Contains(strings.Join(urls, " "), "https://news.example/itest/2") {
				t.Errorf("evidence %+v", e.Evidence)
			}
			// The 2023 report is a row of a CSV file: the row is named.
			if ev := e.Evidence[0]; ev.Path != "itest/archive.csv" || ev.Item != "row 3" {
				t.Errorf("evidence of a CSV row: path %q item %q", ev.Path, ev.Item)
			}
		}
	}
	if _, err := export.FromNeo4j(ctx, drv, db, export.Filter{From: "last week"}); err == nil {
		t.Error("bad filter accepted")
	}
}

// The Cypher script replays into Neo4j, and the strings survive exactly.
func TestWriteCypherReplays(t *testing.T) {
	drv, db := neo4jtest.Driver(t)
	ctx := context.Background()
	nasty := []string{`O'Brien`, `back\slash \'`, "line\nbreak\ttab", `"quoted" 王毅`, "sep\u2028x", "nul\x00"}
	g := &export.Graph{}
	for i, s := range nasty {
		g.Nodes = append(g.Nodes, export.Node{ID: "replay-itest-" + strconv.Itoa(i), Label: export.LabelPerson, Name: s, Office: s, Degree: 1})
	}
	g.Edges = append(g.Edges, export.Edge{Source: "replay-itest-0", Target: "replay-itest-1", Type: "MET_WITH", Count: 3, First: "2024-01", Last: "2024-02"})
	var b bytes.Buffer
	if err := export.WriteCypher(&b, g); err != nil {
		t.Fatal(err)
	}
	const clean = `MATCH (n:Person) WHERE n.id STARTS WITH 'replay-itest-' DETACH DELETE n`
	exporttest.Exec(t, drv, db, clean, nil)
	t.Cleanup(func() { exporttest.Exec(t, drv, db, clean, nil) })
	for _, stmt := range strings.Split(b.String(), ";\n") {
		if stmt = strings.TrimSpace(stmt); stmt == "" {
			continue
		}
		exporttest.Exec(t, drv, db, stmt, nil)
	}
	res, err := neo4j.ExecuteQuery(ctx, drv, `MATCH (p:Person) WHERE p.id STARTS WITH 'replay-itest-' RETURN p.id AS id, p.name AS name, p.office AS office ORDER BY id`,
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != len(nasty) {
		t.Fatalf("%d persons replayed, want %d", len(res.Records), len(nasty))
	}
	for i, rec := range res.Records {
		name, _ := rec.Get("name")
		office, _ := rec.Get("office")
		if name != nasty[i] || office != nasty[i] {
			t.Errorf("node %d: name %q office %q, want %q", i, name, office, nasty[i])
		}
	}
}
