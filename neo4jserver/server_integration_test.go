package neo4jserver

import (
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

type testLog struct{ t *testing.T }

func (w testLog) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func rssKiB(t *testing.T, pid int) string {
	b, err := os.ReadFile("/proc/" + itoa(pid) + "/status")
	if err != nil {
		return "?"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			return strings.TrimSpace(strings.TrimPrefix(l, "VmRSS:"))
		}
	}
	return "?"
}

func itoa(i int) string { return strconv.Itoa(i) }

func query(ctx context.Context, t *testing.T, uri, password, cypher string, params map[string]any) []*neo4j.Record {
	t.Helper()
	drv, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth("neo4j", password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, drv, cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	return res.Records
}

// TestStartStopRestart runs a real Neo4j: start, query, wrong password,
// idempotent start, stop, busy port, restart with data kept.
func TestStartStopRestart(t *testing.T) {
	needJVM(t)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	cfg := Config{Dir: t.TempDir(), Port: freePort(t), Heap: "512m", Log: testLog{t}}
	t.Cleanup(func() {
		if err := Stop(context.Background(), cfg); err != nil {
			t.Errorf("cleanup Stop: %v", err)
		}
	})

	began := time.Now()
	st, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("MEASURE first start (build + JVM) %s; RSS %s", time.Since(began).Round(time.Millisecond), rssKiB(t, st.PID))
	if !st.Running || st.PID == 0 || st.URI != URI(cfg) || st.DataDir != filepath.Join(cfg.Dir, "data") {
		t.Fatalf("status after start = %+v", st)
	}
	fi, err := os.Stat(filepath.Join(cfg.Dir, "password"))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("password file mode %v, want 0600", fi.Mode().Perm())
	}
	password, err := ManagedPassword(cfg)
	if err != nil {
		t.Fatal(err)
	}

	recs := query(ctx, t, st.URI, password, "RETURN 1 AS one", nil)
	if len(recs) != 1 || recs[0].Values[0] != int64(1) {
		t.Fatalf("RETURN 1 gave %v", recs)
	}
	query(ctx, t, st.URI, password, "CREATE (:Probe {id: $id})", map[string]any{"id": "kept"})

	// Wrong password: refused as an authentication error naming neither password.
	drv, err := neo4j.NewDriverWithContext(st.URI, neo4j.BasicAuth("neo4j", "wrong-"+password, ""))
	if err != nil {
		t.Fatal(err)
	}
	err = drv.VerifyConnectivity(ctx)
	drv.Close(ctx)
	var nerr *neo4j.Neo4jError
	if !errors.As(err, &nerr) || nerr.Code != "Neo.ClientError.Security.Unauthorized" {
		t.Fatalf("wrong password: got %v (%T), want Neo.ClientError.Security.Unauthorized", err, err)
	}
	if strings.Contains(err.Error(), password) {
		t.Errorf("auth error text contains the password: %v", err)
	}

	// Idempotent start: same process.
	st2, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if st2.PID != st.PID {
		t.Errorf("second Start launched pid %d, want the running %d", st2.PID, st.PID)
	}
	// Another port while it runs is an error.
	other := cfg
	other.Port = freePort(t)
	if _, err := Start(ctx, other); err == nil || !strings.Contains(err.Error(), "already runs on port") {
		t.Errorf("Start on another port while running: %v", err)
	}

	began = time.Now()
	if err := Stop(ctx, cfg); err != nil {
		t.Fatal(err)
	}
	t.Logf("MEASURE stop %s", time.Since(began).Round(time.Millisecond))
	if st, err := CurrentStatus(ctx, cfg); err != nil || st.Running {
		t.Fatalf("status after stop = %+v, %v", st, err)
	}
	if _, err := os.Stat(filepath.Join(cfg.Dir, "neo4j.pid")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("pid file left after stop: %v", err)
	}

	// The port taken by someone else.
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", itoa(cfg.Port)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Start(ctx, cfg)
	l.Close()
	if !errors.Is(err, ErrPortInUse) {
		t.Fatalf("Start with busy port: %v, want ErrPortInUse", err)
	}

	// Warm restart keeps the data.
	began = time.Now()
	st, err = Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("MEASURE warm start %s; RSS %s", time.Since(began).Round(time.Millisecond), rssKiB(t, st.PID))
	recs = query(ctx, t, st.URI, password, "MATCH (p:Probe {id: 'kept'}) RETURN count(p)", nil)
	if recs[0].Values[0] != int64(1) {
		t.Errorf("after restart found %v Probe nodes, want 1", recs[0].Values[0])
	}
	t.Logf("MEASURE RSS after queries %s", rssKiB(t, st.PID))
	if err := Stop(ctx, cfg); err != nil {
		t.Fatal(err)
	}

	// The password appears in no log.
	for _, f := range []string{"neo4j.log", "logs/debug.log", "logs/security.log", "launcher/build.log"} {
		b, err := os.ReadFile(filepath.Join(cfg.Dir, f))
		if err != nil {
			continue
		}
		if strings.Contains(string(b), password) {
			t.Errorf("%s contains the password", f)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(cfg.Dir, "neo4j.log")); !strings.Contains(string(b), "STOPPED") {
		t.Errorf("neo4j.log does not show a clean shutdown:\n%s", tailFile(filepath.Join(cfg.Dir, "neo4j.log"), 20, password))
	}
}

// TestStartOddInputs starts instances whose launcher once failed or hung: a
// password that begins with '-' (one generated password in 64 does) was read
// as an option by the initial-password command, and a launcher that fails at
// start-up (here for want of heap) left Start waiting forever.
func TestStartOddInputs(t *testing.T) {
	needJVM(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	bad := Config{Dir: t.TempDir(), Port: freePort(t), Heap: "16m", Password: "a-long-enough-password", Log: testLog{t}}
	done := make(chan error, 1)
	go func() { _, err := Start(ctx, bad); done <- err }()
	select {
	case err := <-done:
		if err == nil {
			Stop(context.Background(), bad)
			t.Fatal("Start with a 16 MB heap succeeded")
		}
		if !strings.Contains(err.Error(), "did not come up") {
			t.Errorf("Start error = %v", err)
		}
	case <-time.After(5 * time.Minute):
		t.Fatal("Start did not return after the launcher failed")
	}

	cfg := Config{Dir: t.TempDir(), Port: freePort(t), Heap: "512m", Password: "-dash-first-password", Log: testLog{t}}
	t.Cleanup(func() {
		if err := Stop(context.Background(), cfg); err != nil {
			t.Errorf("cleanup Stop: %v", err)
		}
	})
	st, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if recs := query(ctx, t, st.URI, cfg.Password, "RETURN 1 AS one", nil); len(recs) != 1 {
		t.Fatalf("RETURN 1 gave %v", recs)
	}
}

// needJVM skips a test that starts a JVM under -short or without java.
func needJVM(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a JVM; skipped under -short")
	}
	if _, err := exec.LookPath("java"); err != nil {
		t.Skip("java not on PATH")
	}
}
