package reliability

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// closedPort returns a local port nothing listens on.
func closedPort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}

// TestNeo4jUnreachable points NEO4J_URI at a closed port: exit 4 and a
// message naming the URI and how to reach a server.
func TestNeo4jUnreachable(t *testing.T) {
	dir := t.TempDir()
	good := goodArticle(t, dir)
	for _, scheme := range []string{"bolt", "neo4j", "bolt+s", "neo4j+s"} {
		t.Run(scheme, func(t *testing.T) {
			uri := fmt.Sprintf("%s://127.0.0.1:%d", scheme, closedPort(t))
			r := run(t, dir, []string{"NEO4J_URI=" + uri, "NEO4J_PASSWORD=irrelevant-pw"}, "run", filepath.Base(good))
			if r.code != 4 {
				t.Errorf("exit %d, want 4\n%s", r.code, r)
			}
			for _, want := range []string{uri, "unset NEO4J_URI to use the local instance"} {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr lacks %q\n%s", want, r)
				}
			}
			if strings.Contains(r.stderr+r.stdout, "irrelevant-pw") {
				t.Errorf("password printed\n%s", r)
			}
			outcome := fmt.Sprintf("exit %d", r.code)
			if t.Failed() {
				outcome += " FAILED"
			}
			report.fault("unreachable "+scheme+"://", outcome, lastLine(r.stderr))
		})
	}
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func secret(t testing.TB) string {
	b := make([]byte, 12)
	rand.Read(b)
	return "Wr0ng-" + hex.EncodeToString(b)
}

// TestWrongPassword: a clear authentication error, exit 4, and neither the
// wrong nor the real password in the output, the server's logs or the
// server's command line.
func TestWrongPassword(t *testing.T) {
	in := neo4jInstance(t)
	dir := t.TempDir()
	good := goodArticle(t, dir)
	wrong := secret(t)
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte(wrong+"\n"), 0o600)
	cases := []struct {
		name string
		env  []string
		want []string
	}{
		{"NEO4J_PASSWORD", []string{"NEO4J_URI=" + in.uri, "NEO4J_PASSWORD=" + wrong}, []string{in.uri, `as "neo4j"`, "Unauthorized"}},
		{"NEO4J_PASSWORD_FILE", []string{"NEO4J_URI=" + in.uri, "NEO4J_PASSWORD_FILE=" + pwFile}, []string{in.uri, "Unauthorized"}},
		{"managed instance", append(in.env(), "NEO4J_PASSWORD="+wrong), []string{"does not accept the password"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, dir, c.env, "run", filepath.Base(good))
			if r.code != 4 {
				t.Errorf("exit %d, want 4\n%s", r.code, r)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q\n%s", w, r)
				}
			}
			for _, pw := range []string{wrong, in.password} {
				if strings.Contains(r.stdout+r.stderr, pw) {
					t.Errorf("a password appears in the output\n%s", r)
				}
			}
			outcome := fmt.Sprintf("exit %d", r.code)
			if t.Failed() {
				outcome += " FAILED"
			}
			report.fault("wrong password ("+c.name+")", outcome, lastLine(r.stderr))
		})
	}
	// The server's logs and command line.
	var leaks []string
	filepath.Walk(in.home, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(p, ".log") {
			return nil
		}
		b, _ := os.ReadFile(p)
		for _, pw := range []string{wrong, in.password} {
			if bytes.Contains(b, []byte(pw)) {
				leaks = append(leaks, p)
			}
		}
		return nil
	})
	if pid := serverPID(t, in); pid > 0 {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(in.password)) {
			leaks = append(leaks, "server command line (ps)")
		}
	}
	if len(leaks) > 0 {
		t.Errorf("password found in %v", leaks)
	}
	report.check("password in logs / ps", fmt.Sprintf("%d leaks", len(leaks)), "checked "+in.home+"/**/*.log and /proc/PID/cmdline")
}

func serverPID(t testing.TB, in *instance) int {
	b, err := os.ReadFile(filepath.Join(in.home, "neo4j.pid"))
	if err != nil {
		t.Fatal(err)
	}
	var pid, port int
	fmt.Sscan(string(b), &pid, &port)
	return pid
}

// corpusSample links the first n transcript files of the shared corpus into
// a fresh directory (the files stay where they are).
func corpusSample(t *testing.T, n int) string {
	t.Helper()
	var src string
	for d := repoRoot; ; d = filepath.Dir(d) {
		c := filepath.Join(d, "shared", "corpus", "xinwenlianbo", "news")
		if _, err := os.Stat(c); err == nil {
			src = c
			break
		}
		if filepath.Dir(d) == d {
			t.Skip("shared/corpus not found")
		}
	}
	files, _ := filepath.Glob(filepath.Join(src, "*.md"))
	sort.Strings(files)
	if len(files) < n {
		t.Skipf("only %d corpus files", len(files))
	}
	dir := filepath.Join(t.TempDir(), "in")
	os.Mkdir(dir, 0o755)
	for _, f := range files[:n] {
		if err := os.Symlink(f, filepath.Join(dir, filepath.Base(f))); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runArgs are the flags of the fault runs: small batches, so a run commits
// many transactions and a fault falls between two of them.
var runArgs = []string{"run", "--show", "0", "--batch", "20"}

var writtenRE = regexp.MustCompile(`graph +(\d+) articles written, (\d+) unchanged`)

// finished reports whether a run wrote everything: exit 0, or 3 for the
// corpus items that cannot be read.
func finished(r result) bool { return (r.code == 0 || r.code == 3) && writtenRE.MatchString(r.stdout) }

// startRun starts dipgraph run in the background.
func startRun(t *testing.T, in *instance, input string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer, <-chan error) {
	cmd := exec.Command(binPath, append(runArgs, input)...)
	cmd.Env = append(baseEnv(), in.env()...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	return cmd, &out, &errb, done
}

// waitArticles waits until the graph holds at least one article (a batch
// committed) while the run is still going.
func waitArticles(t *testing.T, in *instance, done <-chan error) int64 {
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("the run ended (%v) before a fault could be injected", err)
		default:
		}
		if n := in.count("MATCH (a:Article) RETURN count(a)", nil); n > 0 {
			return n
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("no batch committed within 5 minutes")
	return 0
}

func exitCode(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal())
		}
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

// TestInterruptedRuns injects two faults into a run over real corpus files —
// the server stopped mid-run (and started again only after the run gave up),
// the process killed with SIGKILL mid-batch — and checks that a rerun gives
// the graph of an uninterrupted run, line for line.
func TestInterruptedRuns(t *testing.T) {
	in := neo4jInstance(t)
	input := corpusSample(t, 60)

	clean := run(t, "", in.env(), append(runArgs, input)...)
	if !finished(clean) {
		t.Fatalf("clean run: %s", clean)
	}
	want := in.dump(t)
	articles := in.count("MATCH (a:Article) RETURN count(a)", nil)
	report.check("clean run", fmt.Sprintf("%d articles", articles), fmt.Sprintf("%d dump lines in %s", strings.Count(want, "\n"), clean.elapsed.Round(time.Second)))

	compare := func(t *testing.T, name string, rerun result) {
		if !finished(rerun) {
			t.Fatalf("rerun: %s", rerun)
		}
		got := in.dump(t)
		onlyWant, onlyGot := diffLines(want, got)
		if len(onlyWant)+len(onlyGot) > 0 {
			t.Errorf("resumed graph differs from the clean one: %d lines only in clean, %d only in resumed; e.g.\n-%s\n+%s",
				len(onlyWant), len(onlyGot), first(onlyWant), first(onlyGot))
		}
		m := writtenRE.FindStringSubmatch(rerun.stdout)
		report.resume(name, len(onlyWant)+len(onlyGot), fmt.Sprintf("rerun wrote %s articles, skipped %s already written", m[1], m[2]))
	}

	t.Run("server stopped mid-run", func(t *testing.T) {
		in.clear(t)
		_, out, errb, done := startRun(t, in, input)
		n := waitArticles(t, in, done)
		stop := in.cmd("stop")
		if stop.code != 0 {
			t.Fatalf("stopping Neo4j: %s", stop)
		}
		var code int
		select {
		case err := <-done:
			code = exitCode(err)
		case <-time.After(5 * time.Minute):
			t.Fatal("the run did not stop within 5 minutes of losing the server")
		}
		stderr := errb.String()
		// The driver retries transient errors (ExecuteWrite, 30 s); the
		// server stays away longer, so the run must give up.
		if code != 4 {
			t.Errorf("run exited %d although the server was gone, want 4\n%s", code, stderr)
		}
		if !strings.Contains(stderr, in.uri) {
			t.Errorf("the error does not name %s\n%s", in.uri, tail(stderr, 2000))
		}
		report.fault("server stopped after a commit", fmt.Sprintf("run exit %d", code), fmt.Sprintf("%d articles committed before; %s", n, lastLine(stderr)))
		_ = out
		if st := in.cmd("start"); st.code != 0 {
			t.Fatalf("restarting Neo4j: %s", st)
		}
		compare(t, "after server restart", run(t, "", in.env(), append(runArgs, input)...))
	})

	t.Run("SIGKILL mid-batch", func(t *testing.T) {
		in.clear(t)
		cmd, _, _, done := startRun(t, in, input)
		n := waitArticles(t, in, done)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		code := exitCode(<-done)
		if code != 128+9 {
			t.Errorf("exit %d after SIGKILL", code)
		}
		after := in.count("MATCH (a:Article) RETURN count(a)", nil)
		report.fault("SIGKILL after a commit", fmt.Sprintf("killed (%d)", code), fmt.Sprintf("%d articles committed when killed, %d in the graph after", n, after))
		compare(t, "after SIGKILL", run(t, "", in.env(), append(runArgs, input)...))
	})
}

func first(l []string) string {
	if len(l) == 0 {
		return ""
	}
	return l[0]
}

// TestHostileRun writes a directory of hostile inputs and good articles to
// Neo4j: exit 3, the good articles (also the one whose title and path hold
// quotes, backslashes and Cypher) are in the graph exactly as given, and a
// second run writes nothing (the dumps are equal).
func TestHostileRun(t *testing.T) {
	in := neo4jInstance(t)
	dir := t.TempDir()
	copyHostile(t, dir)
	writeDeepHTML(t, filepath.Join(dir, "deep.html"), 100000)
	writeBigLine(t, filepath.Join(dir, "big-line.jsonl"), 50*mb)
	goodArticle(t, dir)
	weird := `it's "quoted" \ MERGE (x) RETURN x.jsonl`
	b, _ := os.ReadFile(filepath.Join(dir, "names.jsonl"))
	os.WriteFile(filepath.Join(dir, weird), b, 0o644)

	first := run(t, "", in.env(), "run", "--show", "0", dir)
	if first.code != 3 {
		t.Fatalf("exit %d, want 3\n%s", first.code, first)
	}
	m := regexp.MustCompile(`(?m)^articles +(\d+)`).FindStringSubmatch(first.stdout)
	var summaryArticles int64
	fmt.Sscan(m[1], &summaryArticles)
	ctx := context.Background()
	drv := in.driver(t)
	defer drv.Close(ctx)
	query := func(q string, params map[string]any) []*neo4j.Record {
		res, err := neo4j.ExecuteQuery(ctx, drv, q, params, neo4j.EagerResultTransformer)
		if err != nil {
			t.Fatal(err)
		}
		return res.Records
	}
	// seed, names.jsonl and its weirdly named copy (line 1 each), the safe
	// tar member, big-line.jsonl line 2.
	if n := in.count("MATCH (a:Article) RETURN count(a)", nil); n != summaryArticles || n != 5 {
		t.Errorf("%d articles in the graph, summary says %d, want 5", n, summaryArticles)
	}
	recs := query("MATCH (a:Article {title: $t}) RETURN a.path, a.outlet, a.url ORDER BY a.path", map[string]any{"t": hostileTitle})
	if len(recs) != 2 {
		t.Fatalf("%d articles with the hostile title, want 2", len(recs))
	}
	if p := recs[0].Values[0].(string); !strings.HasSuffix(p, "/"+weird) {
		t.Errorf("path %q does not end with %q", p, weird)
	}
	if o, _ := recs[0].Values[1].(string); !strings.Contains(o, `CALL dbms.security.createUser("evil"`) {
		t.Errorf("outlet stored as %q", o)
	}
	if n := in.count("MATCH (a:Article) WHERE a.path CONTAINS 'evil' OR a.path CONTAINS 'absolute' OR a.path CONTAINS 'windows' RETURN count(a)", nil); n != 0 {
		t.Errorf("%d articles from unsafe archive paths", n)
	}
	if n := in.count("MATCH (a:Article) WHERE a.path ENDS WITH 'traversal.tar!ok/article.txt' RETURN count(a)", nil); n != 1 {
		t.Errorf("the safe tar member: %d articles, want 1", n)
	}
	// Four articles report the same meeting: one MET_WITH edge, and no two
	// events share a group and date.
	if n := in.count("MATCH (:Person {id: 'li-keqiang'})-[r:MET_WITH]-(:Person {id: 'mikhail-mishustin'}) RETURN count(r)", nil); n != 1 {
		t.Errorf("%d MET_WITH edges between the two premiers, want 1", n)
	}
	if n := in.count("MATCH (e:Event) WITH e.group AS g, e.date AS d, count(*) AS c WHERE c > 1 RETURN count(*)", nil); n != 0 {
		t.Errorf("%d duplicated events", n)
	}
	if n := in.count("MATCH (e:Event)-[:REPORTED_IN]->(a:Article) WITH e, a, count(*) AS c WHERE c > 1 RETURN count(*)", nil); n != 0 {
		t.Errorf("%d duplicated REPORTED_IN edges", n)
	}
	before := in.dump(t)
	second := run(t, "", in.env(), "run", "--show", "0", dir)
	if second.code != 3 || !strings.Contains(second.stdout, "graph      0 articles written") {
		t.Errorf("second run should write nothing\n%s", second)
	}
	a, b2 := diffLines(before, in.dump(t))
	if len(a)+len(b2) != 0 {
		t.Errorf("second run changed the graph: -%v +%v", a, b2)
	}
	outcome := "ok"
	if t.Failed() {
		outcome = "FAILED"
	}
	report.check("hostile dir → Neo4j, twice", outcome, fmt.Sprintf("%d articles written once; rerun: %s", summaryArticles, strings.TrimSpace(writtenRE.FindString(second.stdout))))
}
