package view

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"image"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph/export"
)

var update = flag.Bool("update", false, "save the browser screenshot under testdata/view")

const testdata = "../../testdata"

// testGraph is the synthetic export fixture plus a relation whose sentence
// tries to close the script element.
func testGraph(t testing.TB, f export.Filter) *export.Graph {
	t.Helper()
	file, err := os.Open(filepath.Join(testdata, "export", "relations.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	rels, err := export.ReadJSONL(file)
	if err != nil {
		t.Fatal(err)
	}
	rels = append(rels, extract.Relation{
		Type: extract.MetWith, Status: extract.StatusFact, Date: "2024-07-01",
		Participants: []extract.Participant{
			{Name: "王毅", ID: "wang-yi", Kind: "person", Country: "中国"},
			{Name: "</script><b>X", Kind: "person", Country: "某国"},
		},
		Sentence: `王毅会见</script><script>alert(1)</script>。`,
		Doc:      extract.DocRef{ID: "doc-x", Path: "synthetic/x.html", Title: `"><img src=x>`},
	})
	return export.FromRelations(rels, f)
}

var dataRe = regexp.MustCompile(`(?s)<script id="graph-data" type="application/json">(.*?)</script>`)

func TestWrite(t *testing.T) {
	g := testGraph(t, export.Filter{})
	var b bytes.Buffer
	if err := Write(&b, g, `外交接触 <script>alert("t")</script>`); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if strings.Contains(page, `<script>alert("t")`) || !strings.Contains(page, "外交接触 &lt;script&gt;") {
		t.Error("title not escaped")
	}
	m := dataRe.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no graph-data element")
	}
	var doc struct {
		Nodes []export.Node `json:"nodes"`
		Links []export.Edge `json:"links"`
	}
	if err := json.Unmarshal([]byte(m[1]), &doc); err != nil {
		t.Fatalf("graph data is not JSON: %v", err)
	}
	if len(doc.Nodes) != len(g.Nodes) || len(doc.Links) != len(g.Edges) {
		t.Errorf("page holds %d nodes, %d links; want %d, %d", len(doc.Nodes), len(doc.Links), len(g.Nodes), len(g.Edges))
	}
	if n := strings.Count(strings.ToLower(page), "</script"); n != 2 {
		t.Errorf("%d </script tags, want 2 (data and bundle): a value escaped its element", n)
	}
	// Self-contained: nothing loaded from elsewhere.
	for _, bad := range []string{"<script src", "<link ", "@import", "url(http"} {
		if strings.Contains(page, bad) {
			t.Errorf("page references an outside resource: %s", bad)
		}
	}
	if !strings.Contains(page, "Content-Security-Policy") {
		t.Error("no Content-Security-Policy")
	}
}

func TestBundle(t *testing.T) {
	if len(script) < 100000 || !strings.Contains(script, "cytoscape") {
		t.Errorf("assets/view.min.js (%d bytes) does not look like the Cytoscape bundle; run npm run build in web/", len(script))
	}
	if _, err := os.Stat("assets/cytoscape.LICENSE"); err != nil {
		t.Errorf("bundled library licence missing: %v", err)
	}
}

func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browse loads the page in headless Chromium with extra flags and returns
// stdout and the console lines of stderr.
func browse(t *testing.T, bin, pageURL string, extra ...string) (string, []string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir=" + t.TempDir(), "--enable-logging=stderr", "--v=0",
		"--virtual-time-budget=10000", "--hide-scrollbars",
	}
	args = append(append(args, extra...), pageURL)
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, tail(stderr.String(), 2000))
	}
	var console []string
	for _, l := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(l, ":CONSOLE") {
			console = append(console, l)
		}
	}
	return stdout.String(), console
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

var bodyRe = regexp.MustCompile(`<body([^>]*)>`)
var dataAttrRe = regexp.MustCompile(`data-([a-z]+)="([^"]*)"`)

func bodyData(t *testing.T, dom string) map[string]string {
	t.Helper()
	m := bodyRe.FindStringSubmatch(dom)
	if m == nil {
		t.Fatalf("no <body> in the dumped DOM:\n%s", tail(dom, 500))
	}
	out := map[string]string{}
	for _, a := range dataAttrRe.FindAllStringSubmatch(m[1], -1) {
		out[a[1]] = a[2]
	}
	return out
}

func checkConsole(t *testing.T, lines []string) {
	t.Helper()
	for _, l := range lines {
		if strings.Contains(l, "Uncaught") || strings.Contains(l, "Error") || strings.Contains(l, "Refused") || strings.Contains(l, "Failed") {
			t.Errorf("console error: %s", l)
		} else {
			t.Logf("console: %s", l)
		}
	}
}

// TestBrowser opens the page in headless Chromium: the graph must render
// every node and edge without script errors, the hash presets must filter
// and select, and a screenshot is saved (testdata/view/contacts.png with
// -update) for a person to look at.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := findChromium()
	if bin == "" {
		t.Skip("chromium not found; skipping the browser test (apt-get install -y chromium)")
	}
	g := testGraph(t, export.Filter{})
	dir := t.TempDir()
	path := filepath.Join(dir, "contacts.html")
	var b bytes.Buffer
	if err := Write(&b, g, "dipgraph 测试图"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	fileURL := func(fragment string) string {
		return (&url.URL{Scheme: "file", Path: path, Fragment: fragment}).String()
	}

	t.Run("all", func(t *testing.T) {
		dom, console := browse(t, bin, fileURL(""), "--dump-dom")
		checkConsole(t, console)
		d := bodyData(t, dom)
		want := map[string]string{"ready": "1", "errors": "0", "nodes": strconv.Itoa(len(g.Nodes)), "edges": strconv.Itoa(len(g.Edges))}
		for k, v := range want {
			if d[k] != v {
				t.Errorf("body data-%s = %q, want %q", k, d[k], v)
			}
		}
	})

	t.Run("filter and select", func(t *testing.T) {
		sub := testGraph(t, export.Filter{From: "2024-04", To: "2024-12"})
		dom, console := browse(t, bin, fileURL("from=2024-04&to=2024-12&select=xi-jinping"), "--dump-dom")
		checkConsole(t, console)
		d := bodyData(t, dom)
		// Xi's edges in range: the call with Biden (one sentence), the
		// meeting with Putin of 2024-05-16 (two sentences).
		want := map[string]string{"ready": "1", "errors": "0", "nodes": strconv.Itoa(len(sub.Nodes)), "edges": strconv.Itoa(len(sub.Edges)), "evidence": "3"}
		for k, v := range want {
			if d[k] != v {
				t.Errorf("body data-%s = %q, want %q", k, d[k], v)
			}
		}
		if !strings.Contains(dom, "习近平同普京举行会谈。") || !strings.Contains(dom, "https://news.example/02.html") {
			t.Error("evidence panel lacks the sentence or its article link")
		}
	})

	t.Run("screenshot", func(t *testing.T) {
		shot := filepath.Join(t.TempDir(), "contacts.png")
		if *update {
			shot, _ = filepath.Abs(filepath.Join(testdata, "view", "contacts.png"))
			os.MkdirAll(filepath.Dir(shot), 0o755)
		}
		_, console := browse(t, bin, fileURL("select=vladimir-putin"), "--screenshot="+shot, "--window-size=1200,800")
		checkConsole(t, console)
		f, err := os.Open(shot)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		img, err := png.Decode(f)
		if err != nil {
			t.Fatal(err)
		}
		if s := img.Bounds().Size(); s != (image.Point{1200, 800}) {
			t.Errorf("screenshot size %v", s)
		}
		if n := colours(img); n < 20 {
			t.Errorf("screenshot has %d colours: nothing drawn?", n)
		}
		t.Logf("screenshot: %s", shot)
	})
}

func colours(img image.Image) int {
	seen := map[string]bool{}
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y += 3 {
		for x := r.Min.X; x < r.Max.X; x += 3 {
			c1, c2, c3, _ := img.At(x, y).RGBA()
			seen[fmt.Sprint(c1>>8, c2>>8, c3>>8)] = true
		}
	}
	return len(seen)
}
