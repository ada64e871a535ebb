package clean

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/read"
)

var update = flag.Bool("update", false, "rewrite golden files")

func texts(ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"甲说。乙说！丙呢？", []string{"甲说。", "乙说！", "丙呢？"}},
		{"他说：“我们愿意合作。”双方同意。", []string{"他说：“我们愿意合作。”", "双方同意。"}},
		{"星期一（12月5日。注）举行会晤。随后发表声明", []string{"星期一（12月5日。注）举行会晤。", "随后发表声明"}},
		{"第一段没有句号\n第二段。", []string{"第一段没有句号", "第二段。"}},
		{"他停顿了……然后说。", []string{"他停顿了……", "然后说。"}},
		{"等等……，还有更多。", []string{"等等……，还有更多。"}},
		{"真的吗？！是的。", []string{"真的吗？！", "是的。"}},
		{"一；二;三", []string{"一；", "二;", "三"}},
		{"「好。」『是。』【完】", []string{"「好。」", "『是。』", "【完】"}},
		{"  前后空格。  \n\n", []string{"前后空格。"}},
		{"版本1.5发布。", []string{"版本1.5发布。"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := texts(SplitSentences(tt.in))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("SplitSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ss := SplitSentences("一。\n二。")
	if ss[1].Paragraph != 1 || ss[1].Start != len("一。\n") {
		t.Errorf("%+v", ss)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ＡＰＥＣ峰会２０２５年", "APEC峰会2025年"},
		{"中國主辦　李在明", "中國主辦 李在明"},
		{"（中方）：“是的”，——好。", "（中方）：“是的”，——好。"},
		{"  多个   空格\t和\u00a0不换行 ", "多个 空格 和 不换行"},
		{"源码\n   换行", "源码换行"},
		{"English\nwords", "English words"},
		{"零\u200b宽", "零宽"},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSimplify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"中國主辦2026年APEC峰會", "中国主办2026年APEC峰会"},
		{"習近平會見", "习近平会见"},
		{"李克强会见俄总理", "李克强会见俄总理"},
		{"著名的反覆", "著名的反复"},
		{"", ""},
		// name dots: between Han characters only
		{"唐纳德‧特朗普、杰弗里・爱泼斯坦和穆罕默德．沙爾曼", "唐纳德·特朗普、杰弗里·爱泼斯坦和穆罕默德·沙尔曼"},
		{"约翰‧F‧肯尼迪", "约翰‧F‧肯尼迪"},
		{"• 要点．3．5亿", "• 要点．3．5亿"},
		{"A‧B", "A‧B"},
		// 巿 (fú) typed for 市
		{"高巿上個月", "高市上个月"},
	}
	var wg sync.WaitGroup
	for range 4 { // goroutine-safe: run the table concurrently (go test -race)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, tt := range tests {
				if got := Simplify(tt.in); got != tt.want {
					t.Errorf("Simplify(%q) = %q, want %q", tt.in, got, tt.want)
				}
			}
		}()
	}
	wg.Wait()
}

func TestCleanHTML(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // "kind|text" after the title
	}{
		{"nested spans and scripts", `<p><span><span>第一</span>段。</span></p><script>x()</script><style>p{}</style><p>第二段。</p>`,
			[]string{"b|第一段。", "b|第二段。"}},
		{"figcaption beats alt", `<figure><img alt="一张图片的说明文字很长" src=x><figcaption>真正的图片说明文字。<cite>Getty</cite></figcaption></figure><p>正文。</p>`,
			[]string{"c|真正的图片说明文字。", "b|正文。"}},
		{"alt when no caption", `<div><img title="中国国务院总理李克强会见外宾" src=x></div><p>正文。</p>`,
			[]string{"c|中国国务院总理李克强会见外宾", "b|正文。"}},
		{"ads and read more", `<p>正文。</p><div class="lineAd">广告词</div><div id="dfp-ad-imu1">广告</div><section><h2>阅读更多</h2><ul><li><a href=x>别的文章标题</a></li></ul></section><p><strong>相关阅读：<a href=y>另一篇</a></strong></p><div class="share-bar">分享到微信</div>`,
			[]string{"b|正文。"}},
		{"player and credits", `<div><img src=x alt="x"><p role="text"><span>图像来源，</span><span>Getty Images</span><br>图片说明。</p></div><noscript><strong>你的器材不支持播放多媒体材料</strong></noscript><p>正文。</p>`,
			[]string{"c|图片说明。", "b|正文。"}},
		{"caption credit", `<dl><dt><img src=x></dt><dd>▲ 卫星发射升空。/SpaceX</dd></dl><p>正文。</p>`, []string{"c|▲ 卫星发射升空。", "b|正文。"}},
		{"br paragraphs", `<div>第一段。<br /><br />第二段。</div>`, []string{"b|第一段。", "b|第二段。"}},
		{"title repeated", `<h1>标题</h1><p>正文。</p>`, []string{"b|正文。"}},
		{"editor tag", `<p>握手交談。（編輯：洪啓原）1141101</p>`, []string{"b|握手交談。"}},
		{"editor tag, chief", `<p>會談結束。(責任編輯：王某)</p>`, []string{"b|會談結束。"}},
		{"editor word not in the last bracket", `<p>（編輯：某）總編輯稱會談結束（週一）。</p>`, []string{"b|（編輯：某）總編輯稱會談結束（週一）。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(read.Doc{Path: "x.html", Title: "标题", Body: []byte(tt.body), HTML: true})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range a.Paragraphs[1:] {
				got = append(got, p.Kind[:1]+"|"+a.Text[p.Start:p.End])
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			checkArticle(t, a)
		})
	}
}

func TestCleanErrors(t *testing.T) {
	for _, body := range []string{"", "<div><script>x</script></div>", "<p>   </p><p>2025-11-01</p>"} {
		_, err := Clean(read.Doc{Path: "e.html", Item: "3", Title: "标题", Body: []byte(body), HTML: true})
		if !IsEmpty(err) || !strings.HasPrefix(err.Error(), "e.html [3]:") {
			t.Errorf("Clean(%q) error = %v", body, err)
		}
	}
}

// TestSeedGolden compares the cleaned seed article with
// testdata/clean/seed.golden.json (go test -update rewrites it).
func TestSeedGolden(t *testing.T) {
	p := "../testdata/seed/000_e5cfe8160906b070.txt"
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := read.Parse(p, data, read.Options{})
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("docs %d errors %v", len(docs), errs)
	}
	a, err := Clean(docs[0])
	if err != nil {
		t.Fatal(err)
	}
	a.Doc.Body = nil
	got, _ := json.MarshalIndent(a, "", "  ")
	golden := filepath.Join("..", "testdata", "clean", "seed.golden.json")
	if *update {
		os.WriteFile(golden, append(got, '\n'), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Errorf("seed article differs from %s (run with -update and review the diff)", golden)
	}
}

func FuzzClean(f *testing.F) {
	seed, _ := os.ReadFile("../testdata/seed/000_e5cfe8160906b070.txt")
	f.Add(string(seed), true)
	f.Add("<p>一。<br>二（三。</p><figure><img alt='四五六七八九十'><figcaption>说明</figcaption></figure>", true)
	f.Add("标题\n\t正文。\n", false)
	f.Add("<noscript><p>x</noscript></p><table><td>甲", true)
	f.Fuzz(func(t *testing.T, body string, isHTML bool) {
		a, err := Clean(read.Doc{Path: "f", Title: "题", Body: []byte(body), HTML: isHTML})
		if err != nil {
			if !IsEmpty(err) {
				t.Fatal(err)
			}
			return
		}
		checkArticle(t, a)
	})
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"甲。乙！", "（一。二）三。", "……”", "a\n\nb", "\xff。\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ss := SplitSentences(text)
		prev := 0
		for _, s := range ss {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) || text[s.Start:s.End] != s.Text {
				t.Fatalf("bad span %d:%d after %d", s.Start, s.End, prev)
			}
			// Whatever lies between sentences is only whitespace.
			if strings.TrimSpace(text[prev:s.Start]) != "" {
				t.Fatalf("gap %q not covered", text[prev:s.Start])
			}
			prev = s.End
		}
		if strings.TrimSpace(text[prev:]) != "" {
			t.Fatalf("tail %q not covered", text[prev:])
		}
		if utf8.ValidString(text) {
			for _, s := range ss {
				if !utf8.ValidString(s.Text) {
					t.Fatalf("sentence splits a rune")
				}
			}
		}
	})
}

// TestSimplifyMatchesOpenCC checks the fast converter against OpenCC's own
// Convert on real traditional text.
func TestSimplifyMatchesOpenCC(t *testing.T) {
	c := corpusDir(t)
	c0, err := loadConverter()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(c + "/agora0-2511/_posts/2025-11-0*-CNA-*")
	if len(files) > 60 {
		files = files[:60]
	}
	n := 0
	for _, f := range files {
		a := cleanFile(t, f, "")
		for _, s := range a.Sentences {
			want, _ := c0.cc.Convert(nameDots(s.Text))
			if s.Simplified != want {
				t.Fatalf("Simplify(%q)\n= %q\nOpenCC %q", s.Text, s.Simplified, want)
			}
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d sentences checked", n)
	}
}
