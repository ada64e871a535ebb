package export_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph/export"
)

func ExampleFromRelations() {
	jsonl := `{"type":"MET_WITH","status":"fact","date":"2024-05-16","participants":[{"name":"习近平","id":"xi-jinping","kind":"person","country":"中国"},{"name":"普京","id":"vladimir-putin","kind":"person","country":"俄罗斯"}],"sentence":"习近平会见普京。","doc":{"id":"a1","path":"a1.html"}}
{"type":"MET_WITH","status":"fact","date":"2024-05-16","participants":[{"name":"普京","id":"vladimir-putin","kind":"person"},{"name":"习近平","id":"xi-jinping","kind":"person"}],"sentence":"两国元首举行会谈。","doc":{"id":"a2","path":"a2.html"}}
{"type":"VISITED","status":"planned","date":"2025-01","participants":[{"name":"普京","id":"vladimir-putin","kind":"person"},{"name":"中国","id":"CN","kind":"country"}],"doc":{"id":"a3"}}
`
	rels, err := export.ReadJSONL(strings.NewReader(jsonl))
	if err != nil {
		fmt.Println(err)
		return
	}
	g := export.FromRelations(rels, export.Filter{Types: []string{extract.MetWith}})
	for _, e := range g.Edges {
		fmt.Println(e.Source, e.Type, e.Target, e.Count, e.First, len(e.Evidence))
	}
	if err := export.WriteCSVTo(os.Stdout, os.Stdout, g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// vladimir-putin MET_WITH xi-jinping 1 2024-05-16 2
	// id:ID,name,office,country,degree:int,:LABEL
	// vladimir-putin,普京,,俄罗斯,1,Person
	// xi-jinping,习近平,,中国,1,Person
	// :START_ID,:END_ID,:TYPE,count:int,first,last,sources:string[]
	// vladimir-putin,xi-jinping,MET_WITH,1,2024-05-16,2024-05-16,a1.html;a2.html
}

func ExampleWriteCypher() {
	g := &export.Graph{
		Nodes: []export.Node{
			{ID: "x:O'Brien", Label: export.LabelPerson, Name: `O'Brien \ 奥布莱恩`, Degree: 1},
			{ID: "wang-yi", Label: export.LabelPerson, Name: "王毅", Office: "外交部长", Degree: 1},
		},
		Edges: []export.Edge{{Source: "wang-yi", Target: "x:O'Brien", Type: "MET_WITH", Count: 1, First: "2024-02", Last: "2024-02"}},
	}
	export.WriteCypher(os.Stdout, g)
	// Output:
	// // dipgraph contact graph: 2 nodes, 1 edges.
	// CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
	// CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
	// MERGE (n:Person {id: 'x:O\'Brien'}) SET n.name = 'O\'Brien \\ 奥布莱恩', n.degree = 1;
	// MERGE (n:Person {id: 'wang-yi'}) SET n.name = '王毅', n.office = '外交部长', n.degree = 1;
	// MATCH (a:Person {id: 'wang-yi'}), (b:Person {id: 'x:O\'Brien'}) MERGE (a)-[r:MET_WITH]->(b) SET r.count = 1, r.first = '2024-02', r.last = '2024-02';
}
