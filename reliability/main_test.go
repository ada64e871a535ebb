package reliability

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the committed fixtures in testdata/hostile")

// Paths set by TestMain.
var (
	repoRoot string // the module root
	binPath  string // the dipgraph binary built for these tests
	tmpRoot  string // removed at the end
)

func TestMain(m *testing.M) {
	flag.Parse()
	if err := setup(); err != nil {
		fmt.Fprintln(os.Stderr, "reliability:", err)
		os.Exit(1)
	}
	code := m.Run()
	if inst.started && !inst.kept {
		if r := inst.cmd("stop"); r.code != 0 {
			fmt.Fprintf(os.Stderr, "reliability: stopping Neo4j: exit %d\n%s", r.code, r.stderr)
		}
	}
	report.print(os.Stdout)
	os.RemoveAll(tmpRoot) // the binary, and the instance's state unless DIPGRAPH_RELIABILITY_HOME is set
	os.Exit(code)
}

func setup() error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			repoRoot = d
			break
		}
		if filepath.Dir(d) == d {
			return errors.New("no go.mod above " + wd)
		}
	}
	if tmpRoot, err = os.MkdirTemp("", "dipgraph-reliability-"); err != nil {
		return err
	}
	binPath = filepath.Join(tmpRoot, "dipgraph")
	build := exec.Command("go", "build", "-o", binPath, "./cmd/dipgraph")
	build.Dir = repoRoot
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building cmd/dipgraph: %v\n%s", err, out)
	}
	inst.home = os.Getenv("DIPGRAPH_RELIABILITY_HOME")
	if inst.home == "" {
		inst.home = filepath.Join(tmpRoot, "neo4j")
	}
	return nil
}

// ---- running the binary ----

type result struct {
	code           int
	stdout, stderr string
	elapsed        time.Duration
}

func (r result) String() string {
	return fmt.Sprintf("exit %d after %s\n--- stdout\n%s--- stderr\n%s", r.code, r.elapsed.Round(time.Millisecond), tail(r.stdout, 3000), tail(r.stderr, 3000))
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// baseEnv is the test process's environment without any Neo4j settings, so
// a developer's NEO4J_URI or instance never leaks into a test.
func baseEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "NEO4J_") || strings.HasPrefix(k, "DIPGRAPH_NEO4J_") {
			continue
		}
		env = append(env, kv)
	}
	return env
}

// run runs the binary with env added to baseEnv, in dir (repoRoot if "").
func run(t testing.TB, dir string, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Dir = dir
	if dir == "" {
		cmd.Dir = repoRoot
	}
	cmd.Env = append(baseEnv(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	t0 := time.Now()
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), elapsed: time.Since(t0)}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	default:
		t.Fatalf("running dipgraph %v: %v", args, err)
	}
	return r
}

// ---- the test's own Neo4j instance ----

type instance struct {
	once     sync.Once
	err      error
	started  bool
	kept     bool // DIPGRAPH_RELIABILITY_HOME named an instance already running: leave it running
	home     string
	port     int
	uri      string
	password string
}

var inst = &instance{}

// env is what a child process needs to use the managed test instance.
func (in *instance) env() []string {
	return []string{"DIPGRAPH_NEO4J_HOME=" + in.home, "DIPGRAPH_NEO4J_PORT=" + strconv.Itoa(in.port)}
}

func (in *instance) cmd(args ...string) result {
	cmd := exec.Command(binPath, append([]string{"neo4j"}, args...)...)
	cmd.Env = append(baseEnv(), in.env()...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	t0 := time.Now()
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), elapsed: time.Since(t0)}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.code = ee.ExitCode()
	} else if err != nil {
		r.code, r.stderr = -1, r.stderr+err.Error()
	}
	return r
}

// neo4jInstance starts the test instance once (skipping under -short) and
// returns it with an empty graph.
func neo4jInstance(t *testing.T) *instance {
	t.Helper()
	if testing.Short() {
		t.Skip("needs Neo4j (skipped with -short)")
	}
	inst.once.Do(func() {
		inst.port = inst.portFor()
		inst.uri = fmt.Sprintf("bolt://127.0.0.1:%d", inst.port)
		inst.kept = os.Getenv("DIPGRAPH_RELIABILITY_HOME") != "" && inst.cmd("status").code == 0
		r := inst.cmd("start")
		if r.code != 0 {
			inst.err = fmt.Errorf("starting the test Neo4j in %s: %s", inst.home, r)
			return
		}
		inst.started = true
		b, err := os.ReadFile(filepath.Join(inst.home, "password"))
		if err != nil {
			inst.err = err
			return
		}
		inst.password = strings.TrimSpace(string(b))
	})
	if inst.err != nil {
		t.Fatal(inst.err)
	}
	inst.clear(t)
	return inst
}

// portFor reuses the port of a kept instance (DIPGRAPH_RELIABILITY_HOME)
// that still runs, else picks a free one.
func (in *instance) portFor() int {
	if b, err := os.ReadFile(filepath.Join(in.home, "neo4j.pid")); err == nil {
		if f := strings.Fields(string(b)); len(f) == 2 {
			if p, err := strconv.Atoi(f[1]); err == nil {
				return p
			}
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func (in *instance) driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	drv, err := neo4j.NewDriverWithContext(in.uri, neo4j.BasicAuth("neo4j", in.password, ""))
	if err != nil {
		t.Fatal(err)
	}
	return drv
}

// clear empties the graph. It retries for a while: after wrong passwords
// Neo4j refuses every login for a few seconds
// (Neo.ClientError.Security.AuthenticationRateLimit).
func (in *instance) clear(t testing.TB) {
	t.Helper()
	ctx := context.Background()
	drv := in.driver(t)
	defer drv.Close(ctx)
	var err error
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(time.Second) {
		if _, err = neo4j.ExecuteQuery(ctx, drv, "MATCH (n) DETACH DELETE n", nil, neo4j.EagerResultTransformer); err == nil {
			return
		}
	}
	t.Fatalf("clearing the graph: %v", err)
}

// dump is the canonical dump of the whole graph (graph.Store.Dump).
func (in *instance) dump(t testing.TB) string {
	t.Helper()
	ctx := context.Background()
	drv := in.driver(t)
	defer drv.Close(ctx)
	s, err := graph.OpenDriver(ctx, drv, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := s.Dump(ctx, &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// count runs a counting query; -1 when the server does not answer.
func (in *instance) count(q string, params map[string]any) int64 {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	drv, err := neo4j.NewDriverWithContext(in.uri, neo4j.BasicAuth("neo4j", in.password, ""))
	if err != nil {
		return -1
	}
	defer drv.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, drv, q, params, neo4j.EagerResultTransformer)
	if err != nil || len(res.Records) == 0 {
		return -1
	}
	n, _ := res.Records[0].Values[0].(int64)
	return n
}

// diffLines returns the lines only in a and only in b.
func diffLines(a, b string) (onlyA, onlyB []string) {
	seen := map[string]int{}
	for _, l := range strings.Split(a, "\n") {
		seen[l]++
	}
	for _, l := range strings.Split(b, "\n") {
		if seen[l] > 0 {
			seen[l]--
			continue
		}
		onlyB = append(onlyB, l)
	}
	for l, n := range seen {
		for ; n > 0; n-- {
			onlyA = append(onlyA, l)
		}
	}
	return onlyA, onlyB
}
