package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestSkim runs a dump of three articles: a meeting, a report with no
// contact word, and a page with no contact word whose body cleans to
// nothing. The two without one are skimmed: counted, handed on with no
// relations, not cleaned (so the empty one is not reported). A Discovering
// extractor cleans them all.
func TestSkim(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "dump.jsonl")
	dump := `{"id":"line 1","title":"习近平会见普京","date":"2025-05-08","html":"<p>5月8日，国家主席习近平在莫斯科会见俄罗斯总统普京。</p>"}
{"id":"a2","title":"天气","date":"2025-05-08","html":"<p>今天北京天气晴朗，气温二十度。</p>"}
{"id":"a3","title":"","date":"2025-05-08","html":"<script>var x = 1;</script>"}
`
	if err := os.WriteFile(path, []byte(dump), 0o644); err != nil {
		t.Fatal(err)
	}
	x := testExtractor(t)
	run := func(discovering bool) (map[string]*Result, *Summary) {
		got := map[string]*Result{}
		y := x
		if discovering {
			y = x.Discovering()
		}
		sum, err := Run(context.Background(), Config{Paths: []string{path}}, y, func(r *Result) error {
			got[r.Doc.Item] = r
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got, sum
	}

	got, sum := run(false)
	if sum.Articles != 3 || sum.Skimmed != 2 || sum.ErrorCount != 0 {
		t.Errorf("articles %d, skimmed %d, errors %d: want 3, 2, 0", sum.Articles, sum.Skimmed, sum.ErrorCount)
	}
	if r := got["line 1"]; r == nil || r.Skimmed || len(r.Relations) == 0 || r.Stats.Sentences == 0 {
		t.Errorf("the meeting: %+v, want cleaned, with relations", r)
	}
	for _, id := range []string{"line 2", "line 3"} {
		if r := got[id]; r == nil || !r.Skimmed || len(r.Relations) != 0 || r.Bytes == 0 {
			t.Errorf("%s: %+v, want skimmed, counted, no relations", id, r)
		}
	}

	got, sum = run(true)
	if sum.Skimmed != 0 || sum.ErrorCount != 1 || len(got) != 2 {
		t.Errorf("discovering: skimmed %d, errors %d, results %d: want 0, 1 (the empty page), 2", sum.Skimmed, sum.ErrorCount, len(got))
	}
}
