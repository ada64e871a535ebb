package clean

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/internal/corpustest"
	"github.com/dipgraph/dipgraph/read"
)

// corpusDir is the shared corpus, read in place; the test skips without it.
func corpusDir(tb testing.TB) string { return corpustest.Dir(tb) }

func cleanFile(t *testing.T, p, item string) *Article {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := read.Parse(p, data, read.Options{})
	for _, d := range docs {
		if d.Item == item {
			a, err := Clean(d)
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
	}
	t.Fatalf("no item %q in %s (errors %v)", item, p, errs)
	return nil
}

// TestCorpusArticles cleans one real article of every source, read in place,
// and checks paragraphs, captions, boilerplate and a few sentences.
func TestCorpusArticles(t *testing.T) {
	c := corpusDir(t)
	posts := c + "/agora0-2511/_posts/"
	tests := []struct {
		name, file, item string
		paras, captions  int
		script           string
		sentences        []string // each must start a sentence (prefix check; kept short: corpus text stays out of the repository)
		gone             []string // boilerplate that must not survive
	}{
		{"seed", c + "/seed/000_e5cfe8160906b070.txt", "", 8, 1, "simplified",
			[]string{"李克强会见俄总理", "中国总理李克强与俄罗斯总", "根据新华社星期三"}, []string{"dfp", "](https://", "------"}},
		{"AJ", posts + "2025-11-01-AJ-加拿大卡尼和中国习近平迈出修补关系的一步.html", "", 0, 0, "simplified",
			[]string{"据双方称，中国国家主席习"}, []string{"阅读更多", "list 1 of 4", "美国财政部长贝森特", "来源:"}},
		{"CNA", posts + "2025-11-01-CNA-中國主辦2026年apec峰會-李在明稱積極提供協助.html", "", 6, 0, "traditional",
			[]string{"（中央社慶州1日綜合外電", "交接環節結束後，兩國元首"}, []string{"lin.ee", "編輯：", "1141101"}},
		{"KYODO", posts + "2025-11-01-KYODO-简讯-日防卫相小泉与中国防长董军举行首次会谈.html", "", 2, 0, "simplified",
			[]string{"【共同社吉隆坡11月1日"}, nil},
		{"DW", posts + "2025-11-01-DW-加拿大总理-对华关系迎-转折点-向特朗普致歉.html", "", 0, 2, "simplified",
			[]string{"卡尼还证实，他已就一则反"}, []string{"德正", "2025-11-01T12:00", "Instagram", "版权声明"}},
		{"BBC", posts + "2025-11-02-BBC-台湾-普发现金一万元-政治攻防下-还税于民-会常态化吗.html", "", 0, 5, "simplified",
			[]string{"台湾政府即将向全民“普发"}, []string{"图像来源", "Getty", "Article Information", "蒋宜婷", "热读", "星巴克将出售", "“大罢免”失败后的台湾政局"}},
		{"CHOSUN", posts + "2025-11-03-CHOSUN-韩5号侦察卫星成功发射-24小时监视金正恩与朝军动向.html", "", 0, 1, "simplified",
			[]string{"当地时间2日，韩国军的侦"}, []string{"player", "2025-11-03 10:12", "&nbsp;"}},
		{"NYT", posts + "2025-11-03-NYT-美国梦到底是什么-从纽约市长选举看美国华人的代际鸿沟.html", "", 0, 2, "simplified",
			[]string{"宋颖无法理解年轻人对领先"}, []string{"Lisk Feng", "点击查看本文英文版", "翻译：纽约时报中文网", "袁莉为"}},
		{"transcript", c + "/xinwenlianbo/news/20240105.md", "1", 2, 0, "simplified",
			[]string{"应习近平邀请 马尔代夫总", "央视网消息（新闻联播）："}, []string{"查看原文", "<p>", "<strong>"}},
		{"csv", c + "/cpcnews/data/cpcnews_ldhd.csv", "row 1", 0, 0, "simplified",
			[]string{"云南省委常委会召开扩大会"}, []string{"\t"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := cleanFile(t, tt.file, tt.item)
			caps := 0
			for i, p := range a.Paragraphs {
				if (i == 0) != (p.Kind == "title") {
					t.Errorf("paragraph %d kind %q", i, p.Kind)
				}
				if p.Kind == "caption" {
					caps++
				}
			}
			if tt.paras > 0 && len(a.Paragraphs) != tt.paras {
				t.Errorf("%d paragraphs, want %d:\n%s", len(a.Paragraphs), tt.paras, a.Text)
			}
			if len(a.Paragraphs) < 2 {
				t.Errorf("only %d paragraphs", len(a.Paragraphs))
			}
			if caps != tt.captions {
				t.Errorf("%d captions, want %d", caps, tt.captions)
			}
			if a.Script != tt.script {
				t.Errorf("Script = %q, want %q", a.Script, tt.script)
			}
			for _, g := range tt.gone {
				if strings.Contains(a.Text, g) {
					t.Errorf("boilerplate %q survived", g)
				}
			}
			for _, want := range tt.sentences {
				found := false
				for _, s := range a.Sentences {
					if strings.HasPrefix(s.Text, want) {
						found = true
					}
				}
				if !found {
					t.Errorf("no sentence starts with %q", want)
				}
			}
			checkArticle(t, a)
		})
	}
}

// checkArticle verifies the offsets and invariants of an Article.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	for i, p := range a.Paragraphs {
		if p.Start < 0 || p.End > len(a.Text) || p.Start >= p.End || strings.Contains(a.Text[p.Start:p.End], "\n") {
			t.Fatalf("paragraph %d bad span %d:%d", i, p.Start, p.End)
		}
	}
	for i, s := range a.Sentences {
		if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End || a.Text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d bad span %d:%d", i, s.Start, s.End)
		}
		p := a.Paragraphs[s.Paragraph]
		if s.Start < p.Start || s.End > p.End {
			t.Fatalf("sentence %d outside its paragraph", i)
		}
		if s.Simplified == "" {
			t.Fatalf("sentence %d has no simplified text", i)
		}
	}
}

// TestCleanCorpus cleans every Doc of the corpus: no panic, offsets valid,
// and no known boilerplate left anywhere.
func TestCleanCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("whole corpus: skipped under -short")
	}
	c := corpusDir(t)
	boiler := []string{"你的器材不支持播放多媒体材料", "图像来源", "阅读更多", "Article Information", "版权声明", "追蹤中央社", "点击查看本文英文版"}
	n, empty := 0, 0
	scripts := map[string]int{}
	read.Walk(context.Background(), []string{c}, read.Options{}, func(d read.Doc) error {
		a, err := Clean(d)
		if err != nil {
			if !IsEmpty(err) {
				t.Errorf("%v", err)
			}
			empty++
			return nil
		}
		n++
		scripts[d.Outlet+"/"+a.Script]++
		checkArticle(t, a)
		for _, b := range boiler {
			if strings.Contains(a.Text, b) {
				t.Errorf("%s: boilerplate %q left", d.Path, b)
			}
		}
		return nil
	}, nil)
	t.Logf("cleaned %d, empty after cleaning %d, outlet/script %v", n, empty, scripts)
	if scripts["中央社/simplified"] > 0 || scripts["新闻联播/traditional"] > 0 {
		t.Errorf("script detection: %v", scripts)
	}
}

// BenchmarkCleanCorpus cleans every Doc of the shared corpus; MB/s counts
// the Doc bodies.
func BenchmarkCleanCorpus(b *testing.B) {
	c := corpusDir(b)
	var docs []read.Doc
	var size int64
	read.Walk(context.Background(), []string{c}, read.Options{}, func(d read.Doc) error {
		docs = append(docs, d)
		size += int64(len(d.Body))
		return nil
	}, nil)
	Simplify("預熱") // load the tables outside the timing
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Clean(d)
		}
	}
}
