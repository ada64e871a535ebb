package extract

import "testing"

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
		{"李在明总统会见了习近平。", ""},          // 在 of 李在明
		{"南海问题在黑格塞斯与普京的会晤中有所提及。", ""}, // a person
		{"特朗普在社交媒体上表示期待很快与普京会面。", ""}, // a verb
		{"马克龙在今年4月访华并会见了习近平。", ""},    // a time
		{"特朗普在白宫接待了普京并会谈。", ""},       // 接待
		{"马克龙在这次会见普京。", ""},           // a count
		{"普京同莫迪在两人会谈后表示。", ""},        // a collective
	} {
		rels, _ := x.Extract(article("2025-11-20", "标题", tt.sentence))
		if len(rels) == 0 {
			t.Errorf("%s: no relation", tt.sentence)
			continue
		}
		if got := rels[0].Place; got != tt.want {
			t.Errorf("%s: place %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
