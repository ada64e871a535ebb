package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/neo4jserver"
	"github.com/dipgraph/dipgraph/neo4jserver/neo4jtest"
)

// pointAtTestServer makes the command under test use the server neo4jtest
// connected to: NEO4J_URI when the environment names one, else the managed
// test instance.
func pointAtTestServer(t *testing.T) {
	t.Helper()
	if conn, err := neo4jserver.ResolveConn(); err == nil && !conn.Managed {
		return
	}
	cfg, err := neo4jtest.TestConfig()
	if err != nil {
		t.Fatal(err)
	}
	pw, err := neo4jserver.ManagedPassword(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("NEO4J_URI", neo4jserver.URI(cfg))
	t.Setenv("NEO4J_USERNAME", "neo4j")
	t.Setenv("NEO4J_PASSWORD", pw)
}

// TestRunSeed runs `dipgraph run` on the seed article twice against a real
// Neo4j and checks the graph by Cypher: the persons, the video meeting of
// 2022-12-05 with its evidence sentence, the co-chaired meeting and the
// background meeting of 习近平 and 普京 in 2022-09; the second run changes
// nothing.
func TestRunSeed(t *testing.T) {
	drv, db := neo4jtest.Driver(t)
	pointAtTestServer(t)
	ctx := context.Background()
	store, err := graph.OpenDriver(ctx, drv, db, 0)
	if err != nil {
		t.Fatal(err)
	}
	var counts []map[string]int64
	var dumps []string
	for run := 0; run < 2; run++ {
		var out, errb bytes.Buffer
		if code := realMain([]string{"run", "../../testdata/seed"}, &out, &errb); code != exitOK {
			t.Fatalf("run %d: exit %d\nstdout:\n%s\nstderr:\n%s", run, code, out.String(), errb.String())
		}
		c, err := store.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var dump strings.Builder
		if err := store.Dump(ctx, &dump); err != nil {
			t.Fatal(err)
		}
		counts = append(counts, c)
		dumps = append(dumps, dump.String())
		if run == 1 && !strings.Contains(out.String(), "1 unchanged") {
			t.Errorf("second run did not skip the unchanged article:\n%s", out.String())
		}
	}
	if dumps[0] != dumps[1] {
		t.Errorf("second run changed the graph: counts %v then %v", counts[0], counts[1])
	}
	for _, l := range []string{"Person", "Event", "Article", "Country"} {
		if counts[0][l] == 0 {
			t.Errorf("no %s nodes written: %v", l, counts[0])
		}
	}

	one := func(cypher string, params map[string]any) *neo4j.Record {
		t.Helper()
		res, err := neo4j.ExecuteQuery(ctx, drv, cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatalf("%s: %v", cypher, err)
		}
		if len(res.Records) != 1 {
			t.Fatalf("%s %v: %d records, want 1", cypher, params, len(res.Records))
		}
		return res.Records[0]
	}
	get := func(r *neo4j.Record, key string) any {
		v, _ := r.Get(key)
		return v
	}

	// 李克强 and 米舒斯京 met on 2022-12-05 (video), with the sentence as evidence.
	r := one(`MATCH (a:Person {name: $a})-[:PARTICIPATED_IN]->(e:Event {type: 'MET_WITH'})<-[:PARTICIPATED_IN]-(b:Person {name: $b})
	          MATCH (e)-[rep:REPORTED_IN]->(:Article)
	          RETURN e.date AS date, e.mode AS mode, rep.sentence AS sentence, rep.trigger AS trigger`,
		map[string]any{"a": "李克强", "b": "米舒斯京"})
	if get(r, "date") != "2022-12-05" || get(r, "mode") != "video" {
		t.Errorf("李克强–米舒斯京 MET_WITH: date %v mode %v, want 2022-12-05 video", get(r, "date"), get(r, "mode"))
	}
	if s, _ := get(r, "sentence").(string); !strings.Contains(s, "举行视频会晤") {
		t.Errorf("evidence sentence %q lacks the meeting", s)
	}
	r = one(`MATCH (a:Person {name: $a})-[m:MET_WITH]-(b:Person {name: $b}) RETURN m.count AS n, m.first AS first`,
		map[string]any{"a": "李克强", "b": "米舒斯京"})
	if get(r, "n") != int64(1) || get(r, "first") != "2022-12-05" {
		t.Errorf("MET_WITH edge: count %v first %v", get(r, "n"), get(r, "first"))
	}

	// The co-chaired meeting, with its name.
	r = one(`MATCH (a:Person {name: $a})-[:PARTICIPATED_IN]->(e:Event {type: 'CO_CHAIRED'})<-[:PARTICIPATED_IN]-(b:Person {name: $b})
	          RETURN e.event AS event, e.date AS date`,
		map[string]any{"a": "李克强", "b": "米舒斯京"})
	if get(r, "event") != "中俄总理第二十七次定期会晤" {
		t.Errorf("CO_CHAIRED event name %v", get(r, "event"))
	}
	one(`MATCH (:Person {name: $a})-[c:CO_CHAIRED]-(:Person {name: $b}) RETURN c.count AS n`, map[string]any{"a": "李克强", "b": "米舒斯京"})

	// The background meeting of 习近平 and 普京, dated to the month.
	r = one(`MATCH (a:Person {name: $a})-[:PARTICIPATED_IN]->(e:Event {type: 'MET_WITH'})<-[:PARTICIPATED_IN]-(b:Person {name: $b})
	          RETURN e.date AS date`, map[string]any{"a": "习近平", "b": "普京"})
	if get(r, "date") != "2022-09" {
		t.Errorf("习近平–普京 MET_WITH date %v, want 2022-09", get(r, "date"))
	}
}
