package extract

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/dict"
	"github.com/dipgraph/dipgraph/internal/corpustest"
	"github.com/dipgraph/dipgraph/read"
)

var update = flag.Bool("update", false, "rewrite golden files")

var (
	xOnce sync.Once
	xVal  *Extractor
	xErr  error
)

// testExtractor builds the extractor over the embedded dictionaries once.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	xOnce.Do(func() {
		d, err := dict.Default()
		if err != nil {
			xErr = err
			return
		}
		xVal, xErr = New(d)
	})
	if xErr != nil {
		t.Fatal(xErr)
	}
	return xVal
}

// articles reads and cleans every article of a file.
func articles(t testing.TB, path string) []*clean.Article {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := read.Parse(path, data, read.Options{})
	for _, e := range errs {
		t.Fatalf("read: %v", e)
	}
	var out []*clean.Article
	for _, d := range docs {
		a, err := clean.Clean(d)
		if err != nil {
			t.Fatalf("clean %s: %v", d.Path, err)
		}
		out = append(out, a)
	}
	return out
}

// sharedCorpus is the shared corpus, read in place; the test skips without it.
func sharedCorpus(tb testing.TB) string { return corpustest.Dir(tb) }

// brief is the part of a relation a golden file records: enough to review
// by eye, no article text.
type brief struct {
	Type    string   `json:"type"`
	Status  string   `json:"status"`
	Parties []string `json:"parties"`
	Date    string   `json:"date"`
	Mode    string   `json:"mode,omitempty"`
	Place   string   `json:"place,omitempty"`
	Event   string   `json:"event,omitempty"`
	Trigger string   `json:"trigger"`
	Item    string   `json:"item,omitempty"`
}

func briefs(rels []Relation, item string) []brief {
	var out []brief
	for _, r := range rels {
		b := brief{Type: r.Type, Status: r.Status, Date: r.Date, Mode: r.Mode, Place: r.Place, Event: r.Event, Trigger: r.Trigger, Item: item}
		for _, p := range r.Participants {
			s := p.Name
			if p.Office != "" || p.Country != "" {
				s += " (" + strings.TrimSpace(p.Country+" "+p.Office) + ")"
			}
			b.Parties = append(b.Parties, s)
		}
		out = append(out, b)
	}
	return out
}

// TestGolden extracts the relations of the seed article and of real corpus
// files read in place, and compares them with testdata/extract/*.golden.json
// (go test ./extract -run TestGolden -update rewrites them; review the diff).
func TestGolden(t *testing.T) {
	x := testExtractor(t)
	cases := []struct{ name, path string }{
		{"seed", "../testdata/seed/000_e5cfe8160906b070.txt"},
	}
	if !testing.Short() {
		if c := corpustest.Find(); c != "" {
			for _, f := range goldenCorpusFiles {
				cases = append(cases, struct{ name, path string }{strings.NewReplacer("/", "_", ".", "_").Replace(f), filepath.Join(c, f)})
			}
		}
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []brief
			for _, a := range articles(t, tc.path) {
				rels, _ := x.Extract(a)
				got = append(got, briefs(rels, a.Doc.Item)...)
			}
			if got == nil {
				got = []brief{}
			}
			js, _ := json.MarshalIndent(got, "", "  ")
			golden := filepath.Join("..", "testdata", "extract", tc.name+".golden.json")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, append(js, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(js)) {
				t.Errorf("relations differ from %s (run with -update and review the diff):\n%s", golden, js)
			}
		})
	}
}

// Real files whose extraction is pinned by golden files: a transcript day
// with meetings, co-chaired mechanisms and calls, and posts in both scripts.
var goldenCorpusFiles = []string{
	"xinwenlianbo/news/20240902.md",
	"xinwenlianbo/news/20250927.md",
	"agora0-2511/_posts/2025-11-01-CNA-李在明會晤習近平-期待強化與中國戰略性溝通.html",
	"cpcnews/data/cpcnews_ldhd.csv",
}

// TestWholeCorpus extracts every article of the shared corpus: no panic, and
// every relation well formed (types, statuses, spans inside the text, two
// participants, dates in the contract's forms).
func TestWholeCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("whole corpus skipped under -short")
	}
	corpus := corpustest.Find()
	if corpus == "" {
		t.Skip("../shared/corpus not found")
	}
	x := testExtractor(t)
	full := x.Discovering()
	n, rels := 0, 0
	err := read.Walk(context.Background(), []string{corpus}, read.Options{}, func(d read.Doc) error {
		a, err := clean.Clean(d)
		if err != nil {
			return nil // reported by the reader's own tests
		}
		n++
		rs, _ := x.Extract(a)
		// Skipping articles without a trigger word must lose nothing: on
		// every eighth article, the full scan finds the same relations.
		if n%8 == 0 {
			if fs, _ := full.Extract(a); !reflect.DeepEqual(briefs(rs, ""), briefs(fs, "")) {
				t.Errorf("%s: skipping changed the relations:\n%v\nfull scan:\n%v", d.Path, briefs(rs, ""), briefs(fs, ""))
			}
		}
		for _, r := range rs {
			rels++
			if len(r.Participants) != 2 || r.Span[0] < 0 || r.Span[1] > len(a.Text) || r.Span[0] >= r.Span[1] ||
				a.Text[r.Span[0]:r.Span[1]] != r.Sentence || !validDate(r.Date) {
				t.Errorf("%s: malformed relation %+v", d.Path, r)
			}
		}
		return nil
	}, func(*read.Error) {})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles, %d relations", n, rels)
}

// TestSkipWithoutCue: an article without a trigger word yields nothing and
// is not segmented; Discovering still finds the persons it names.
func TestSkipWithoutCue(t *testing.T) {
	x := testExtractor(t)
	for _, tt := range []struct {
		text    string
		rels    int
		skipped bool
	}{
		{"俄罗斯外长拉夫罗夫当天表示，双方关系良好。越南外交部长阮某某出席了招待会。", 0, true},
		{"俄罗斯外长拉夫罗夫当天在莫斯科会见了中国外长王毅。", 1, false},
	} {
		a, err := clean.Clean(read.Doc{Path: "x.txt", Published: time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC), Body: []byte(tt.text)})
		if err != nil {
			t.Fatal(err)
		}
		rels, st := x.Extract(a)
		if len(rels) != tt.rels || (st.Segmented == 0) != tt.skipped || (st.Mentions == 0) != tt.skipped {
			t.Errorf("%s: %d relations, stats %+v; want %d relations, skipped %v", tt.text, len(rels), st, tt.rels, tt.skipped)
		}
		frels, fst := x.Discovering().Extract(a)
		if len(frels) != tt.rels || fst.Mentions == 0 || fst.Sentences != st.Sentences {
			t.Errorf("%s: discovering: %d relations, stats %+v", tt.text, len(frels), fst)
		}
	}
}

func validDate(d string) bool {
	for _, layout := range []string{"", "2006-01", "2006-01-02"} {
		if len(d) == len(layout) {
			if d == "" {
				return true
			}
			_, err := time.Parse(layout, d)
			return err == nil
		}
	}
	return false
}

func TestGlossContradicts(t *testing.T) {
	x := testExtractor(t)
	for _, tt := range []struct {
		sentence, name string
		want           bool
	}{
		{"美国联邦调查局局长巴特尔（Kash Patel）访问中国", "巴特尔", true},   // the dictionary's 巴特尔 is Bagatur
		{"俄罗斯总统普京（Vladimir Putin）访问中国", "普京", false},    // the same person
		{"欧盟委员谢夫乔维奇（Maros Sefcovic）表示", "谢夫乔维奇", false}, // Maroš Šefčovič without accents
		{"总统办公室主任叶尔马克（Andrij Jermak）表示", "叶尔马克", false}, // one letter apart: Yermak
		{"俄罗斯总统普京访问中国", "普京", false},                    // no gloss
		{"英国内政大臣马哈茂德（Shabana Mahmood）表示", "马哈茂德", true}, // not Hassan Sheikh Mohamud
	} {
		raw := x.match.find(tt.sentence)
		var m *mention
		for _, c := range x.mentions(tt.sentence, raw, x.seg.Tokens(tt.sentence), time.Time{}) {
			if c.kind == mPerson && c.text == tt.name {
				m = c
			}
		}
		if m == nil {
			t.Errorf("%q: no person %s", tt.sentence, tt.name)
			continue
		}
		if got := glossContradicts(tt.sentence, m); got != tt.want {
			t.Errorf("glossContradicts(%q, %s) = %v, want %v", tt.sentence, tt.name, got, tt.want)
		}
	}
}

// TestExtendIntoDot: a name cut inside the first part of a dotted name runs
// to the dotted name's end, its last part stopping before a word that ends
// names; other names are left as read.
func TestExtendIntoDot(t *testing.T) {
	for _, tt := range []struct {
		s, name, want string
	}{
		{"主席库尔班古力·别尔德穆哈梅多夫，总统", "库尔", "库尔班古力·别尔德穆哈梅多夫"},
		{"领导人伊斯梅尔·哈尼亚则表示", "伊斯", "伊斯梅尔·哈尼亚"},
		{"总统普京表示", "普京", "普京"},        // no dot follows
		{"总统普京·", "普京", "普京"},         // a dot with no part after it
		{"部长阿卜杜拉赫曼尼亚斯·阿", "阿卜", "阿卜"}, // more than six characters before the dot
	} {
		start := strings.Index(tt.s, tt.name)
		end := extendIntoDot(tt.s, start, start+len(tt.name))
		if got := tt.s[start:end]; got != tt.want {
			t.Errorf("extendIntoDot(%q, %q) = %q, want %q", tt.s, tt.name, got, tt.want)
		}
	}
}

// TestObjectPronouns: 他 or 她 after a connector and before a contact word
// stands for the last person named before it who is not the clause's
// subject; none when that is the subject, or the pronoun is 他们 or 他国.
func TestObjectPronouns(t *testing.T) {
	x := testExtractor(t)
	pub := time.Date(2025, 10, 13, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		s, want string // want: the person 他/她 stands for, "" for none
	}{
		{"今年1月，迪萨纳亚克总统对中国进行国事访问，习近平主席同他举行重要会晤。", "迪萨纳亚克"},
		{"习近平主席在李在明总统就职后第一时间致贺电并同他通电话。", "李在明"},
		{"特朗普曾在今年5月访问沙特阿拉伯期间与他会面。", ""},
		{"普京表示愿同他们会晤。", ""},
		{"议长需与他国国会领袖会晤。", ""},
		{"默克尔访华期间，习近平发表讲话，并同她共同会见记者。", "默克尔"},
	} {
		toks := x.seg.Tokens(tt.s)
		ms := x.mentions(tt.s, x.match.find(tt.s), toks, pub)
		got := ""
		if out := objectPronouns(tt.s, ms); out != nil {
			for _, m := range out {
				if m.text == "他" || m.text == "她" {
					got = m.key()
				}
			}
		}
		if want := keyOf(t, x, tt.want); got != want {
			t.Errorf("%s: 他/她 stands for %q, want %q", tt.s, got, want)
		}
	}
}

// keyOf returns the participant key of the dictionary person named name,
// or "" for "".
func keyOf(t *testing.T, x *Extractor, name string) string {
	t.Helper()
	if name == "" {
		return ""
	}
	for _, m := range x.mentions(name, x.match.find(name), x.seg.Tokens(name), time.Time{}) {
		if m.kind == mPerson {
			return m.key()
		}
	}
	t.Fatalf("%s: no person", name)
	return ""
}
