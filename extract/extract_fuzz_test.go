package extract

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

var reFuzzDate = regexp.MustCompile(`^(?:\d{4}-\d{2}(?:-\d{2})?)?$`)

// FuzzExtract runs the relation rules over arbitrary articles: the input
// is split into sentences at 。 and line ends, the first being the title,
// each other one its own paragraph (with "|" keeping two sentences in one
// paragraph). Extract must not panic, and every relation must hold two
// participants, a known type and status, a well-formed date, and a span
// that is its sentence in the article's text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"标题\n2025年11月20日，在北京人民大会堂，国家主席习近平会见了俄罗斯总统普京。他还与莫迪通话。",
		"标题\n美国驻日大使格拉斯21日批评中方。|他与外相茂木敏充在外务省会谈后会见记者。",
		"习近平会见普京\n双方举行会谈。两国元首通电话。",
		"标题\n国家副主席韩正5月7日至9日访问葡萄牙，在里斯本会见了董事长卡洛斯·莫塔。",
		"追踪高市早苗首相（20日）\n10:05 会见环境相森川和则、审议官大山皋月。她将于明天访问韩国。",
		"标题\n王毅说，普京总统同莫迪总理会晤达成多项共识。马克龙拒绝会见他。",
		"标题\n（中央社記者台北25日電）總統賴清德今天接見美國聯邦眾議員訪問團。",
		"標題\n美國總統川普與習近平通話。|川習會後，兩人同意明年4月舉行特習會。",
	} {
		f.Add(s)
	}
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) || len(in) > 4000 {
			return
		}
		var sentences []string
		for _, line := range strings.Split(in, "\n") {
			for _, s := range strings.SplitAfter(line, "。") {
				if s != "" {
					sentences = append(sentences, s)
				}
			}
		}
		if len(sentences) == 0 {
			return
		}
		a := article("2025-11-21", sentences...)
		para := 0
		for i := range a.Sentences {
			if i > 0 && !strings.HasPrefix(a.Sentences[i].Text, "|") {
				para++
			}
			a.Sentences[i].Paragraph = para
		}
		rels, _ := x.Extract(a)
		for _, r := range rels {
			if len(r.Participants) < 2 {
				t.Errorf("%s with %d participants: %q", r.Type, len(r.Participants), r.Sentence)
			}
			switch r.Type {
			case MetWith, PhoneCall, CoChaired, Visited:
			default:
				t.Errorf("unknown type %q", r.Type)
			}
			switch r.Status {
			case StatusFact, StatusPlanned, StatusNegated:
			default:
				t.Errorf("unknown status %q", r.Status)
			}
			if !reFuzzDate.MatchString(r.Date) {
				t.Errorf("malformed date %q", r.Date)
			}
			if r.Span[0] < 0 || r.Span[1] > len(a.Text) || r.Span[0] > r.Span[1] || a.Text[r.Span[0]:r.Span[1]] != r.Sentence {
				t.Errorf("span %v is not the sentence %q", r.Span, r.Sentence)
			}
		}
	})
}
