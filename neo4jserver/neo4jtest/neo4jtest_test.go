package neo4jtest

import (
	"context"
	"net"
	"os"
	"strconv"
	"testing"

	"github.com/dipgraph/dipgraph/neo4jserver"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestQuoteName(t *testing.T) {
	for in, want := range map[string]string{
		"person_id":  "`person_id`",
		"a`b":        "`a``b`",
		"constraint": "`constraint`",
		"":           "``",
	} {
		if got := quoteName(in); got != want {
			t.Errorf("quoteName(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestTestConfig(t *testing.T) {
	t.Setenv(neo4jserver.EnvHome, "")
	os.Unsetenv(neo4jserver.EnvHome)
	t.Setenv(EnvTestPort, "")
	cfg, err := TestConfig()
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Port != DefaultTestPort || cfg.Dir == "" {
		t.Errorf("TestConfig() = %+v", cfg)
	}
	t.Setenv(EnvTestPort, "7799")
	if cfg, _ := TestConfig(); cfg.Port != 7799 {
		t.Errorf("port override ignored: %d", cfg.Port)
	}
	t.Setenv(EnvTestPort, "x")
	if _, err := TestConfig(); err == nil {
		t.Error("bad port accepted")
	}
	t.Setenv(neo4jserver.EnvHome, "/srv/n4j-test")
	t.Setenv(neo4jserver.EnvPort, "7711")
	if cfg, _ := TestConfig(); cfg.Dir != "/srv/n4j-test" || cfg.Port != 7711 {
		t.Errorf("DIPGRAPH_NEO4J_HOME not honoured: %+v", cfg)
	}
}

// TestDriverWipes runs against NEO4J_URI if set, else a managed instance in
// a temporary directory (stopped at the end).
func TestDriverWipes(t *testing.T) {
	if testing.Short() {
		t.Skip("needs Neo4j")
	}
	if os.Getenv(neo4jserver.EnvURI) == "" {
		dir := t.TempDir()
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port := l.Addr().(*net.TCPAddr).Port
		l.Close()
		t.Setenv(neo4jserver.EnvHome, dir)
		t.Setenv(neo4jserver.EnvPort, strconv.Itoa(port))
		t.Setenv(neo4jserver.EnvPassword, "")
		os.Unsetenv(neo4jserver.EnvPassword)
		t.Cleanup(func() {
			cfg := neo4jserver.Config{Dir: dir, Port: port}
			if err := neo4jserver.Stop(context.Background(), cfg); err != nil {
				t.Error(err)
			}
		})
	}
	ctx := context.Background()
	drv, db := Driver(t)
	run := func(cypher string) *neo4j.EagerResult {
		t.Helper()
		res, err := neo4j.ExecuteQuery(ctx, drv, cypher, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatalf("%s: %v", cypher, err)
		}
		return res
	}
	run("CREATE CONSTRAINT probe_id IF NOT EXISTS FOR (p:Probe) REQUIRE p.id IS UNIQUE")
	run("CREATE INDEX probe_name IF NOT EXISTS FOR (p:Probe) ON (p.name)")
	run("UNWIND range(1, 25000) AS i CREATE (:Probe {id: i})-[:NEXT]->(:Other)")

	// A second Driver in the same process reuses the lock and wipes again.
	drv2, _ := Driver(t)
	count := func(cypher string) int64 {
		res, err := neo4j.ExecuteQuery(ctx, drv2, cypher, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatalf("%s: %v", cypher, err)
		}
		return res.Records[0].Values[0].(int64)
	}
	if n := count("MATCH (n) RETURN count(n)"); n != 0 {
		t.Errorf("%d nodes after wipe", n)
	}
	if n := count("SHOW CONSTRAINTS YIELD name RETURN count(name)"); n != 0 {
		t.Errorf("%d constraints after wipe", n)
	}
	if n := count("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN count(name)"); n != 0 {
		t.Errorf("%d indexes after wipe", n)
	}
	if n := count("SHOW INDEXES YIELD type WHERE type = 'LOOKUP' RETURN count(*)"); n != 2 {
		t.Errorf("%d token lookup indexes after wipe, want the 2 built-in ones", n)
	}
}
