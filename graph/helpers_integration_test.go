package graph

import (
	"context"
	"testing"

	"github.com/dipgraph/dipgraph/neo4jserver"
	"github.com/dipgraph/dipgraph/neo4jserver/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// testStore returns a Store on the emptied test database (neo4jtest: skipped
// under -short).
func testStore(t testing.TB, batch int, l Lookup) *Store {
	t.Helper()
	drv, db := neo4jtestDriver(t)
	s, err := OpenDriverConfig(context.Background(), drv, Config{Database: db, BatchSize: batch, Lookup: l})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// helperStore connects the child process of TestResumeAfterKill to the
// database its parent uses, without neo4jtest's process lock (the parent
// holds it) and without wiping.
func helperStore(t testing.TB, batch int, l Lookup) *Store {
	t.Helper()
	conn, err := neo4jserver.ResolveConn()
	if err != nil {
		t.Fatal(err)
	}
	if conn.Managed {
		cfg, err := neo4jtest.TestConfig()
		if err != nil {
			t.Fatal(err)
		}
		conn.URI = neo4jserver.URI(cfg)
		if conn.Password, err = neo4jserver.ManagedPassword(cfg); err != nil {
			t.Fatal(err)
		}
	}
	drv, err := neo4j.NewDriverWithContext(conn.URI, neo4j.BasicAuth(conn.User, conn.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { drv.Close(context.Background()) })
	s, err := OpenDriverConfig(context.Background(), drv, Config{Database: conn.Database, BatchSize: batch, Lookup: l})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// wipe empties the database and restores the schema.
func wipe(t testing.TB, s *Store) {
	t.Helper()
	ctx := context.Background()
	if err := neo4jtest.Wipe(ctx, s.drv, s.db); err != nil {
		t.Fatal(err)
	}
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
}

var neo4jtestDriver = neo4jtest.Driver
