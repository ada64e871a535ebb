package extract

import (
	"strings"
	"testing"
)

// TestPlace checks the place read for a contact from what stands between
// 在 and its word: the adverbs of the contact are cut off, and what holds a
// person, a time or a verb is no place.
func TestPlace(t *testing.T) {
	x := testExtractor(t)
	for _, tt := range []struct{ sentence, want string }{
		{"习近平在北京人民大会堂会见普京。", "北京人民大会堂"},
		{"习近平在京会见普京。", "北京"},
		{"王毅在北京分别会见了普京和莫迪。", "北京"},
		{"李强在海南博鳌集体会见了普京。", "海南博鳌"},
		{"习近平在中南海亲切会见了普京。", "中南海"},
		{"普京在首都大马士革会见了阿萨德。", "首都大马士革"},
		{"李强在银川会见了普京。", "银川"},
		{"习近平在庆州对韩国进行国事访问。", "庆州"},
		{"李在明总统会见了习近平。", ""},                              // 在 of 李在明
		{"南海问题在黑格塞斯与普京的会晤中有所提及。", ""},                     // a person
		{"特朗普在社交媒体上表示期待很快与普京会面。", ""},                     // a verb
		{"马克龙在今年4月访华并会见了习近平。", ""},                        // a time
		{"特朗普在白宫接待了普京并会谈。", ""},                           // 接待
		{"马克龙在这次会见普京。", ""},                               // a count
		{"普京同莫迪在两人会谈后表示。", ""},                            // a collective
		{"普京和莫迪在沙特利雅得共同出席峰会并举行会晤。", "沙特利雅得"},              // 共同, not 同
		{"在双方于椭圆形办公室举行的会晤中，特朗普同普京讨论了乌克兰。", "椭圆形办公室"},      // what 于 names
		{"特朗普和普京在22日于南非共和国举行的会晤中交换了意见。", "南非共和国"},         // not the 和 of 共和国
		{"美国总统川普与中国国家主席习近平会谈。|黄仁勋在川习会后不久抵达韩国。", ""},       // a summit shorthand (川习会) is no place
		{"普京同莫迪在双边和国际场合先后40次会晤。", ""},                     // 双边
		{"特朗普与习近平24日通话。|在中国释出两人通话消息之后，特朗普写道，这是后续行动。", ""}, // what 两人 did
	} {
		// (Sentences after "|" go on with the article: a place read for
		// one report of a contact is the merged relation's.)
		rels, _ := x.Extract(article("2025-11-20", append([]string{"标题"}, strings.Split(tt.sentence, "|")...)...))
		if len(rels) == 0 {
			t.Errorf("%s: no relation", tt.sentence)
			continue
		}
		if got := rels[0].Place; got != tt.want {
			t.Errorf("%s: place %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
