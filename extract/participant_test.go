package extract

import (
	"strings"
	"testing"
)

// TestParticipantAttributes checks the office and country a participant
// carries: those the article writes next to the name, the title a
// discovered name was found after when the dictionary has no office for
// it, no family tie as an office, and an envoy's own country (the one
// before 驻), not the country of the posting.
func TestParticipantAttributes(t *testing.T) {
	x := testExtractor(t)
	for _, tt := range []struct {
		sentence string
		want     []string // each participant as "name|country|office", in order
	}{
		{"高市早苗会见了外务省亚洲大洋洲局长金井正彰。", []string{"高市早苗|日本|首相", "金井正彰|日本|局长"}},
		{"高市早苗会见了国家安全保障局长市川惠一。", []string{"高市早苗|日本|首相", "市川惠一|日本|局长"}},
		{"李强会见了广东省副省长王晓东。", []string{"李强|中国|国务院总理", "王晓东||副省长"}}, // 省, a province
		{"高市早苗会见了美国驻日大使格拉斯。", []string{"高市早苗|日本|首相", "格拉斯|美国|大使"}},
		{"高市早苗会见了美国驻日本大使格拉斯。", []string{"高市早苗|日本|首相", "格拉斯|美国|大使"}},
		{"高市早苗会见了驻赞比亚大使三上明辉。", []string{"高市早苗|日本|首相", "三上明辉||大使"}},
		{"王毅会见乌克兰驻华大使涅奇泰洛。", []string{"王毅|中国|外交部长", "涅奇泰洛|乌克兰|大使"}},
		{"老挝国家主席通伦会见了天皇长女爱子。", []string{"通伦|老挝|国家主席", "爱子||"}},
	} {
		rels, _ := x.Extract(article("2025-11-20", "标题", tt.sentence))
		if len(rels) == 0 {
			t.Errorf("%s: no relation", tt.sentence)
			continue
		}
		var got []string
		for _, p := range rels[0].Participants {
			got = append(got, p.Name+"|"+p.Country+"|"+p.Office)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.sentence, got, tt.want)
		}
	}
}

// TestParticipantTitleElsewhere checks that a name found with no title
// before it (会见了张玉卓一行) carries the title the article writes before it
// in another sentence, one with no contact word.
func TestParticipantTitleElsewhere(t *testing.T) {
	x := testExtractor(t)
	rels, _ := x.Extract(article("2020-11-25", "标题",
		"报告会邀请中国石油化工集团有限公司董事长张玉卓作专题辅导报告。",
		"会前，贵州省省长李炳军会见了张玉卓一行。"))
	var got []string
	for _, r := range rels {
		for _, p := range r.Participants {
			got = append(got, p.Name+"|"+p.Office)
		}
	}
	if want := []string{"李炳军|省长", "张玉卓|董事长"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q", got, want)
	}
}
