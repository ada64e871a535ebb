package read

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/internal/corpustest"
)

// corpusDir is the shared corpus, read in place; the test skips without it.
func corpusDir(tb testing.TB) string { return corpustest.Dir(tb) }

func parseFile(t *testing.T, p string) ([]Doc, []*Error) {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(p, data, Options{})
}

// TestCorpusSources reads one real article of every source in place and
// checks what a reader would check by eye.
func TestCorpusSources(t *testing.T) {
	c := corpusDir(t)
	posts := c + "/agora0-2511/_posts/"
	tests := []struct {
		name, file, item string
		title, url       string // substrings
		outlet, format   string
		published        string // RFC 3339
		encoding         string
	}{
		{"seed", c + "/seed/000_e5cfe8160906b070.txt", "", "李克强会见俄总理", "https://www.zaobao.com/realtime/china/story20221207-1341299", "联合早报", "jekyll", "2022-12-07T09:35:00Z", "utf-8"},
		{"AJ", posts + "2025-11-01-AJ-东盟努力在-权力冲突-之外维持凝聚力与中立性.html", "", "东盟努力", "https://chinese.aljazeera.net/", "半岛电视台", "jekyll", "", "utf-8"},
		{"CNA", posts + "2025-11-01-CNA-2026年apec峰會-中國廣東深圳召開.html", "", "中國廣東深圳召開", "https://www.cna.com.tw/news/", "中央社", "jekyll", "", "utf-8"},
		{"KYODO", posts + "2025-11-01-KYODO-g7部长会议确认降低重要矿物供应链依赖度.html", "", "G7部长会议", "https://china.kyodonews.net/", "共同社", "jekyll", "", "utf-8"},
		{"DW", posts + "2025-11-01-DW-中国拟部分允许安世半导体出口.html", "", "安世半导体", "https://www.dw.com/zh/", "德国之声", "jekyll", "", "utf-8"},
		{"BBC", posts + "2025-11-02-BBC-乌克兰承认-重要城镇面临-数千人-俄军入侵.html", "", "乌克兰承认", "https://www.bbc.com/zhongwen/", "BBC中文", "jekyll", "", "utf-8"},
		{"CHOSUN", posts + "2025-11-03-CHOSUN-万物相-黄仁勋与韩国的缘分.html", "", "黄仁勋与韩国的缘分", "https://cnnews.chosun.com/", "朝鲜日报", "jekyll", "", "utf-8"},
		{"NYT", posts + "2025-11-01-NYT-习近平含蓄警告各国-不要站队美国限制对华贸易.html", "", "习近平含蓄警告各国", "https://cn.nytimes.com/", "纽约时报中文网", "jekyll", "", "utf-8"},
		{"transcript", c + "/xinwenlianbo/news/20240105.md", "1", "马尔代夫总统将访华", "https://tv.cctv.com/2024/01/05/", "新闻联播", "transcript", "2024-01-05T19:00:00+08:00", "utf-8"},
		{"csv", c + "/cpcnews/data/cpcnews_ldhd.csv", "row 1", "云南省委常委会召开扩大会议", "", "中国共产党新闻网", "csv", "2020-12-09T00:00:00+08:00", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := parseFile(t, tt.file)
			var d *Doc
			for i := range docs {
				if docs[i].Item == tt.item {
					d = &docs[i]
				}
			}
			if d == nil {
				t.Fatalf("no doc with item %q (got %d docs, errors %v)", tt.item, len(docs), errs)
			}
			if !strings.Contains(d.Title, tt.title) {
				t.Errorf("Title = %q, want it to contain %q", d.Title, tt.title)
			}
			if !strings.HasPrefix(d.URL, tt.url) {
				t.Errorf("URL = %q, want prefix %q", d.URL, tt.url)
			}
			if d.Outlet != tt.outlet || d.Format != tt.format || d.Encoding != tt.encoding {
				t.Errorf("Outlet, Format, Encoding = %q, %q, %q; want %q, %q, %q", d.Outlet, d.Format, d.Encoding, tt.outlet, tt.format, tt.encoding)
			}
			if d.Published.IsZero() {
				t.Errorf("Published is zero")
			} else if tt.published != "" && d.Published.Format(time.RFC3339) != tt.published {
				t.Errorf("Published = %s, want %s", d.Published.Format(time.RFC3339), tt.published)
			}
			if d.ID != DocID(tt.file, tt.item) || len(d.ID) != 16 || len(d.Hash) != 40 {
				t.Errorf("ID %q, Hash %q", d.ID, d.Hash)
			}
			if len(bytes.TrimSpace(d.Body)) == 0 {
				t.Errorf("empty body")
			}
		})
	}
}

// TestAgoraDates checks the two date styles of the Jekyll posts keep their
// zone.
func TestAgoraDates(t *testing.T) {
	c := corpusDir(t)
	docs, _ := parseFile(t, c+"/agora0-2511/_posts/2025-11-01-KYODO-g7部长会议确认降低重要矿物供应链依赖度.html")
	if len(docs) != 1 {
		t.Fatalf("got %d docs", len(docs))
	}
	if got := docs[0].Published.Format("2006-01-02 15:04 -07:00"); !strings.HasPrefix(got, "2025-11-01") || !strings.HasSuffix(got, "+00:00") {
		t.Errorf("Published = %s", got)
	}
}

// TestTranscriptItems: one Doc (or one reported error) per "### " line.
func TestTranscriptItems(t *testing.T) {
	c := corpusDir(t)
	p := c + "/xinwenlianbo/news/20240105.md"
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := Parse(p, data, Options{})
	want := bytes.Count(data, []byte("\n### "))
	if len(docs)+len(errs) != want || len(docs) != 14 {
		t.Fatalf("docs %d + errors %d, want %d items (14 docs)", len(docs), len(errs), want)
	}
	for i, d := range docs {
		if d.Path != p || d.Format != "transcript" || !d.HTML {
			t.Errorf("doc %d: %+v", i, d)
		}
		if bytes.Contains(d.Body, []byte("### ")) || bytes.Contains(d.Body, []byte("[查看原文]")) {
			t.Errorf("doc %d body keeps markup: %.80s", i, d.Body)
		}
	}
	seen := map[string]bool{}
	for _, d := range docs {
		if seen[d.ID] {
			t.Errorf("duplicate ID %s", d.ID)
		}
		seen[d.ID] = true
	}
}

// TestWalkCorpus walks the whole shared corpus: every file is read or
// reported, every transcript "### " line is an item, nothing panics.
func TestWalkCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("whole corpus: skipped under -short")
	}
	c := corpusDir(t)
	start := time.Now()
	files := map[string]bool{}
	items := map[string]int{}
	byFormat := map[string]int{}
	byReason := map[string]int{}
	ndocs, nerrs := 0, 0
	var order []string
	err := Walk(context.Background(), []string{c}, Options{}, func(d Doc) error {
		ndocs++
		files[d.Path] = true
		byFormat[d.Format]++
		if d.Format == "transcript" {
			items[d.Path]++
		}
		order = append(order, d.ID)
		return nil
	}, func(e *Error) {
		nerrs++
		files[e.Path] = true
		byReason[e.Reason()]++
		if strings.HasSuffix(e.Path, ".md") && e.Item != "" {
			items[e.Path]++
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	// Every file on disk was read or reported.
	var missing []string
	wantItems, gotItems := 0, 0
	filepath.WalkDir(c, func(p string, de os.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		p = filepath.ToSlash(p)
		if !files[p] {
			missing = append(missing, p)
		}
		if strings.Contains(p, "/xinwenlianbo/news/") && strings.HasSuffix(p, ".md") {
			data, _ := os.ReadFile(p)
			n := bytes.Count(data, []byte("\n### "))
			wantItems += n
			gotItems += items[p]
			if items[p] != n {
				t.Errorf("%s: %d items read or reported, want %d", p, items[p], n)
			}
		}
		return nil
	})
	if len(missing) > 0 {
		sort.Strings(missing)
		t.Errorf("%d files neither read nor reported, e.g. %v", len(missing), missing[:min(5, len(missing))])
	}
	if wantItems == 0 || gotItems != wantItems {
		t.Errorf("transcript items %d, want %d", gotItems, wantItems)
	}
	t.Logf("docs %d, errors %d, by format %v, errors by reason %v, transcript items %d, %v",
		ndocs, nerrs, byFormat, byReason, gotItems, time.Since(start).Round(time.Millisecond))
	// Determinism: a second walk yields the same IDs in the same order.
	var again []string
	Walk(context.Background(), []string{c}, Options{}, func(d Doc) error { again = append(again, d.ID); return nil }, nil)
	if strings.Join(again, ",") != strings.Join(order, ",") {
		t.Errorf("second walk differs in order or IDs")
	}
}

func BenchmarkWalkCorpus(b *testing.B) {
	c := corpusDir(b)
	var size int64
	filepath.WalkDir(c, func(p string, de os.DirEntry, err error) error {
		if err == nil && !de.IsDir() {
			if info, err := de.Info(); err == nil {
				size += info.Size()
			}
		}
		return nil
	})
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		Walk(context.Background(), []string{c}, Options{}, func(Doc) error { return nil }, func(*Error) {})
	}
}
