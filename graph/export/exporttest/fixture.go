// Package exporttest loads the schema-v1 fixture graph of
// testdata/export/neo4j-fixture.json into Neo4j for the integration tests of
// graph/export and graph/query. Every fixture id starts with "itest-" or
// "ITEST-", so tests can ignore other data in a shared database.
package exporttest

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// fixturePath is testdata/export/neo4j-fixture.json, found from this file.
func fixturePath() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata", "export", "neo4j-fixture.json")
}

// Fixture is the decoded fixture: lists of maps, numbers as int64.
func Fixture(t testing.TB) map[string]any {
	t.Helper()
	b, err := os.ReadFile(fixturePath())
	if err != nil {
		t.Fatal(err)
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil {
		t.Fatalf("%s: %v", fixturePath(), err)
	}
	return ints(m).(map[string]any)
}

func ints(v any) any {
	switch t := v.(type) {
	case json.Number:
		n, err := t.Int64()
		if err != nil {
			f, _ := t.Float64()
			return f
		}
		return n
	case []any:
		for i := range t {
			t[i] = ints(t[i])
		}
	case map[string]any:
		for k := range t {
			t[k] = ints(t[k])
		}
	}
	return v
}

var load = []string{
	`UNWIND $countries AS c MERGE (n:Country {id: c.id}) SET n.iso2 = c.iso2, n.name = c.name`,
	`UNWIND $persons AS p
	 MERGE (n:Person {id: p.id}) SET n.name = p.name, n.aliases = p.aliases, n.country = p.country, n.office = p.office, n.discovered = false
	 WITH n, p MATCH (c:Country {id: p.country})
	 MERGE (n)-[:REPRESENTS]->(c)
	 MERGE (o:Office {id: p.office}) SET o.title = p.title, o.country = p.country
	 MERGE (n)-[:HOLDS]->(o) MERGE (o)-[:OF]->(c)`,
	`UNWIND $articles AS a MERGE (n:Article {id: a.id}) SET n.path = a.path, n.item = a.item, n.url = a.url, n.title = a.title`,
	`UNWIND $events AS e
	 MERGE (ev:Event {id: e.id})
	 SET ev.type = e.type, ev.date = e.date, ev.status = e.status,
	     ev.granularity = CASE size(e.date) WHEN 10 THEN 'day' WHEN 7 THEN 'month' ELSE '' END
	 WITH ev, e UNWIND range(0, size(e.persons) - 1) AS i
	 MATCH (p:Person {id: e.persons[i]})
	 MERGE (p)-[r:PARTICIPATED_IN]->(ev)
	 SET r.role = CASE WHEN e.type = 'VISITED' THEN 'visitor' WHEN i = 0 THEN 'a' ELSE 'b' END`,
	`UNWIND $events AS e MATCH (ev:Event {id: e.id})
	 UNWIND e.reports AS rep MATCH (a:Article {id: rep.article})
	 MERGE (ev)-[r:REPORTED_IN]->(a) SET r.sentence = rep.sentence, r.trigger = '', r.confidence = 0.9`,
	`UNWIND $events AS e WITH e WHERE e.country IS NOT NULL
	 MATCH (ev:Event {id: e.id}), (c:Country {id: e.country}) MERGE (ev)-[:IN_COUNTRY]->(c)`,
	`UNWIND $edges AS x WITH x WHERE x.type = 'MET_WITH'
	 MATCH (a:Person {id: x.a}), (b:Person {id: x.b}) MERGE (a)-[r:MET_WITH]->(b) SET r.count = x.count, r.first = x.first, r.last = x.last`,
	`UNWIND $edges AS x WITH x WHERE x.type = 'PHONE_CALL'
	 MATCH (a:Person {id: x.a}), (b:Person {id: x.b}) MERGE (a)-[r:PHONE_CALL]->(b) SET r.count = x.count, r.first = x.first, r.last = x.last`,
	`UNWIND $edges AS x WITH x WHERE x.type = 'CO_CHAIRED'
	 MATCH (a:Person {id: x.a}), (b:Person {id: x.b}) MERGE (a)-[r:CO_CHAIRED]->(b) SET r.count = x.count, r.first = x.first, r.last = x.last`,
	`UNWIND $visits AS v MATCH (p:Person {id: v.person}), (c:Country {id: v.country})
	 MERGE (p)-[r:VISITED]->(c) SET r.count = v.count, r.first = v.first, r.last = v.last`,
}

// clean deletes every fixture node.
const clean = `MATCH (n) WHERE n.id IN $ids DETACH DELETE n`

// ids lists the ids of every fixture node.
func ids(f map[string]any) []any {
	var out []any
	for _, list := range []string{"countries", "persons", "articles", "events"} {
		for _, x := range f[list].([]any) {
			m := x.(map[string]any)
			out = append(out, m["id"])
			if o, ok := m["office"]; ok {
				out = append(out, o)
			}
		}
	}
	return out
}

// Load writes the fixture into database db (from neo4jtest.Driver, which
// hands each test binary an empty database in turn) and removes it when the
// test ends.
func Load(t testing.TB, drv neo4j.DriverWithContext, db string) {
	t.Helper()
	params := Fixture(t)
	del := map[string]any{"ids": ids(params)}
	Exec(t, drv, db, clean, del)
	t.Cleanup(func() { Exec(t, drv, db, clean, del) })
	for _, q := range load {
		Exec(t, drv, db, q, params)
	}
}

// Exec runs one write statement and fails the test on error.
func Exec(t testing.TB, drv neo4j.DriverWithContext, db, cypher string, params map[string]any) {
	t.Helper()
	_, err := neo4j.ExecuteQuery(context.Background(), drv, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		t.Fatalf("fixture: %v\n%s", err, cypher)
	}
}
