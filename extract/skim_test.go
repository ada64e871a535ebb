package extract

import (
	stdctx "context"
	"testing"
	"unicode"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/read"
)

func htmlDoc(title, body string) read.Doc {
	return read.Doc{Path: "t.html", Title: title, Body: []byte(body), HTML: true}
}

func TestMayRelate(t *testing.T) {
	x := testExtractor(t)
	for _, tt := range []struct {
		name string
		doc  read.Doc
		want bool
	}{
		{"contact word", htmlDoc("标题", "<p>国家主席习近平在北京会见了俄罗斯总统普京。</p>"), true},
		{"no contact word", htmlDoc("标题", "<p>国务院常务会议研究部署经济工作。</p>"), false},
		{"markup inside the word", htmlDoc("标题", "<p>习近平会<b>见</b>普京</p>"), true},
		{"a line break inside the word", htmlDoc("标题", "<p>习近平会\n见普京</p>"), true},
		{"only the title", htmlDoc("李强同莫迪通电话", "<p>详情见下文。</p>"), true},
		{"traditional", htmlDoc("標題", "<p>賴清德今天接見美國議員。</p>"), true},
		{"traditional only in conversion", htmlDoc("標題", "<p>習近平會見普京。</p>"), true},
		{"traditional without a contact word", htmlDoc("標題", "<p>臺灣今天天氣晴朗。</p>"), false},
		{"scripts mixed inside the word", htmlDoc("标题", "<p>习近平會见普京。</p>"), true},
		{"traditional summit shorthand", htmlDoc("標題", "<p>川習會後，兩人同意明年舉行特習會。</p>"), true},
		{"character entity", htmlDoc("标题", "<p>习近平&#20250;见普京</p>"), true},
		{"summit shorthand", htmlDoc("标题", "<p>川习会上，双方达成共识。</p>"), true},
		{"会 after no initials", htmlDoc("标题", "<p>开了一个大会。</p>"), false},
		{"plain text", read.Doc{Path: "t.txt", Title: "标题", Body: []byte("王毅与布林肯举行会谈。")}, true},
		{"plain text without one", read.Doc{Path: "t.txt", Title: "标题", Body: []byte("天气晴朗。")}, false},
		{"visit word in a tag's attribute only", htmlDoc("标题", `<p title="访华">天气晴朗。</p>`), true}, // (attributes count: alt text is read)
	} {
		if got := x.MayRelate(tt.doc); got != tt.want {
			t.Errorf("%s: MayRelate = %v, want %v", tt.name, got, tt.want)
		}
	}
	if !x.Discovering().MayRelate(htmlDoc("标题", "<p>天气晴朗。</p>")) {
		t.Error("a Discovering extractor must look at every article")
	}
}

// cleanedHasCue is what MayRelate must foresee: whether Extract would look
// past its first scan.
func cleanedHasCue(x *Extractor, d read.Doc) bool {
	a, err := clean.Clean(d)
	return err == nil && x.anyCue(a)
}

// TestMayRelateCorpus: over the whole shared corpus, MayRelate says yes to
// every article whose cleaned text holds a contact word or a shorthand.
func TestMayRelateCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole corpus")
	}
	x := testExtractor(t)
	var n, may, cue int
	err := read.Walk(stdctx.Background(), []string{sharedCorpus(t)}, read.Options{}, func(d read.Doc) error {
		n++
		m := x.MayRelate(d)
		if m {
			may++
		}
		if cleanedHasCue(x, d) {
			cue++
			if !m {
				t.Errorf("%s: MayRelate says no to an article with a contact word", Source(d.Path, d.Item))
			}
		}
		return nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cue == 0 || may == n {
		t.Fatalf("%d articles, %d with a cue, %d may relate: the test shows nothing", n, cue, may)
	}
	t.Logf("%d articles: %d may relate, %d hold a contact word", n, may, cue)
}

// FuzzMayRelate checks MayRelate against cleaning and the first scan: when
// cleaning keeps every Han character of a document (so no word is joined
// across removed text, the case MayRelate leaves out), an article with a
// contact word must be one MayRelate says yes to. Inputs are read as HTML
// and as plain text.
func FuzzMayRelate(f *testing.F) {
	for _, s := range []string{
		"<p>习近平会<b>见</b>普京</p>", "<p>習近平會見普京。</p>", "<p>习近平會见普京</p>", "<p>川习会上</p>", "<p>&#20250;见</p>",
		"王毅与布林肯\n举行会谈。", "<div>访<br>华</div>", "<p>李强同莫迪通\u200b电话</p>",
	} {
		f.Add("标题", s)
	}
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, title, body string) {
		if len(body) > 4000 {
			return
		}
		for _, html := range []bool{true, false} {
			d := read.Doc{Path: "f", Title: title, Body: []byte(body), HTML: html}
			a, err := clean.Clean(d)
			if err != nil || hanCount(a.Text) < hanCount(title)+hanCount(body) || !x.anyCue(a) {
				continue
			}
			if !x.MayRelate(d) {
				t.Fatalf("HTML %v: MayRelate says no to %q / %q", html, title, body)
			}
		}
	})
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}
