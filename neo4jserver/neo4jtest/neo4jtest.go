// Package neo4jtest hands integration tests a Neo4j driver on an empty
// database.
//
// Driver connects to NEO4J_URI when it is set (NEO4J_USERNAME,
// NEO4J_PASSWORD or NEO4J_PASSWORD_FILE, NEO4J_DATABASE), otherwise it starts
// (or reuses) a managed test instance:
//
//	Dir   $DIPGRAPH_NEO4J_HOME if set (with DIPGRAPH_NEO4J_PORT, as for
//	      dipgraph itself), else <user cache dir>/dipgraph/neo4j-test
//	Port  7688, or $DIPGRAPH_NEO4J_TEST_PORT (so the user's own instance on
//	      7687 is never wiped by tests)
//
// The test instance keeps running after the tests so the next test binary
// does not pay for a JVM start; stop it with
// DIPGRAPH_NEO4J_HOME=<dir> DIPGRAPH_NEO4J_PORT=7688 dipgraph neo4j stop.
//
// Because `go test ./...` runs the test binaries of several packages in
// parallel and they all share one database, the first Driver call takes an
// exclusive flock on a lock file beside the data directory and holds it until
// the test process exits: test binaries use the database one after another.
package neo4jtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/neo4jserver"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// EnvTestPort overrides the port of the managed test instance.
const EnvTestPort = "DIPGRAPH_NEO4J_TEST_PORT"

// DefaultTestPort is the Bolt port of the managed test instance.
const DefaultTestPort = 7688

// StartTimeout bounds starting the test instance, including a first Maven
// build that downloads Neo4j (about ten minutes on a slow link).
var StartTimeout = 15 * time.Minute

var (
	lockOnce sync.Once
	lockErr  error
	//lint:ignore U1000 never read: the reference keeps the file (and its flock) open until the process exits
	lockF *os.File
)

// Driver returns a driver connected to an empty database and the name of
// that database. It skips the test under -short and fails it when Neo4j
// cannot be reached. The driver is closed by t.Cleanup.
func Driver(t testing.TB) (neo4j.DriverWithContext, string) {
	t.Helper()
	if testing.Short() {
		t.Skip("neo4jtest: Neo4j integration test skipped under -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), StartTimeout)
	defer cancel()

	conn, err := neo4jserver.ResolveConn()
	if err != nil {
		t.Fatal(err)
	}
	var lockName string
	var cfg neo4jserver.Config
	if conn.Managed {
		if cfg, err = TestConfig(); err != nil {
			t.Fatal(err)
		}
		lockName = filepath.Clean(cfg.Dir) + ".testlock"
	} else {
		sum := sha256.Sum256([]byte(conn.URI + "\x00" + conn.Database))
		lockName = filepath.Join(os.TempDir(), "dipgraph-neo4jtest-"+hex.EncodeToString(sum[:8])+".lock")
	}
	if err := processLock(lockName); err != nil {
		t.Fatal(err)
	}
	if conn.Managed {
		cfg.Log = testLogWriter{t}
		st, err := neo4jserver.Start(ctx, cfg)
		if err != nil {
			t.Fatalf("neo4jtest: %v", err)
		}
		pw, err := neo4jserver.ManagedPassword(cfg)
		if err != nil {
			t.Fatal(err)
		}
		conn.URI, conn.Password = st.URI, pw
	}
	drv, err := neo4j.NewDriverWithContext(conn.URI, neo4j.BasicAuth(conn.User, conn.Password, ""))
	if err != nil {
		t.Fatalf("neo4jtest: %s: %v", conn.URI, err)
	}
	t.Cleanup(func() { drv.Close(context.Background()) })
	if err := drv.VerifyConnectivity(ctx); err != nil {
		t.Fatalf("neo4jtest: %s: %v", conn.URI, err)
	}
	if err := Wipe(ctx, drv, conn.Database); err != nil {
		t.Fatalf("neo4jtest: wiping %s on %s: %v", conn.Database, conn.URI, err)
	}
	return drv, conn.Database
}

// TestConfig returns the configuration of the managed test instance (see the
// package documentation).
func TestConfig() (neo4jserver.Config, error) {
	if os.Getenv(neo4jserver.EnvHome) != "" {
		cfg := neo4jserver.DefaultConfig()
		return cfg, cfg.Err()
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return neo4jserver.Config{}, fmt.Errorf("neo4jtest: no cache directory for the test instance (set %s): %w", neo4jserver.EnvHome, err)
	}
	cfg := neo4jserver.Config{
		Dir:       filepath.Join(cache, "dipgraph", "neo4j-test"),
		Port:      DefaultTestPort,
		Heap:      "768m",
		PageCache: "128m",
	}
	if s := os.Getenv(EnvTestPort); s != "" {
		p, err := strconv.Atoi(s)
		if err != nil || p < 1 || p > 65535 {
			return cfg, fmt.Errorf("neo4jtest: %s=%q: not a TCP port", EnvTestPort, s)
		}
		cfg.Port = p
	}
	return cfg, nil
}

// processLock takes, once per process, an exclusive flock on name and keeps
// it until the process exits.
func processLock(name string) error {
	lockOnce.Do(func() {
		if err := os.MkdirAll(filepath.Dir(name), 0o700); err != nil {
			lockErr = fmt.Errorf("neo4jtest: %w", err)
			return
		}
		f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR, 0o600)
		if err != nil {
			lockErr = fmt.Errorf("neo4jtest: %w", err)
			return
		}
		// Blocks while another test binary holds it; go test's -timeout
		// bounds the wait.
		for {
			err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
			if !errors.Is(err, syscall.EINTR) {
				break
			}
		}
		if err != nil {
			f.Close()
			lockErr = fmt.Errorf("neo4jtest: locking %s: %w", name, err)
			return
		}
		lockF = f
	})
	return lockErr
}

// Wipe empties database db: every node and relationship (in batches, so a
// large graph does not need one huge transaction), then every constraint and
// every index except the built-in token lookup indexes.
func Wipe(ctx context.Context, driver neo4j.DriverWithContext, db string) error {
	s := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	defer s.Close(ctx)
	run := func(cypher string) ([]*neo4j.Record, error) {
		res, err := s.Run(ctx, cypher, nil) // auto-commit: CALL IN TRANSACTIONS needs it
		if err != nil {
			return nil, fmt.Errorf("%s: %w", cypher, err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", cypher, err)
		}
		return recs, nil
	}
	if _, err := run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"); err != nil {
		return err
	}
	for _, q := range []struct{ show, drop string }{
		{"SHOW CONSTRAINTS YIELD name RETURN name", "DROP CONSTRAINT %s IF EXISTS"},
		{"SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", "DROP INDEX %s IF EXISTS"},
	} {
		recs, err := run(q.show)
		if err != nil {
			return err
		}
		for _, r := range recs {
			name, _ := r.Values[0].(string)
			if _, err := run(fmt.Sprintf(q.drop, quoteName(name))); err != nil {
				return err
			}
		}
	}
	return nil
}

// quoteName quotes a schema name for Cypher.
func quoteName(name string) string {
	return "`" + strings.ReplaceAll(name, "`", "``") + "`"
}

type testLogWriter struct{ t testing.TB }

func (w testLogWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
