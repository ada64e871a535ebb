package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dipgraph/dipgraph/clean"
)

func TestJoinVisits(t *testing.T) {
	// visit builds a VISITED record of 习近平 to country; a date given as
	// "=2024-03-10" is the programme's day given to an undated item.
	visit := func(country, date string, span int) Relation {
		r := Relation{Type: Visited, Status: StatusFact, Date: date, Span: [2]int{span, span + 10},
			Participants: []Participant{{Name: "习近平", ID: "xi-jinping", Kind: "person"}, {Name: country, Kind: "country"}}}
		if date != "" && date[0] == '=' {
			r.Date = date[1:]
			r.reportDay = r.Date
		}
		return r
	}
	planned := visit("匈牙利", "2024-03-08", 0)
	planned.Status = StatusPlanned
	// underway: told in a relative clause on a party of a contact dated
	// 2024-03-10 (会见了陪同…访问匈牙利的…).
	underway := visit("匈牙利", "2024-03-10", 0)
	underway.underway = true
	for _, tc := range []struct {
		name  string
		items [][]Relation
		want  string // the date of the last item's last relation
	}{
		{"undated item takes the day another item dates",
			[][]Relation{{visit("匈牙利", "2024-03-08", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-08"},
		{"the earliest of the days items date",
			[][]Relation{{visit("匈牙利", "2024-03-09", 0)}, {visit("匈牙利", "2024-03-07", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-07"},
		{"a day in the same item counts",
			[][]Relation{{visit("匈牙利", "2024-03-08", 0), visit("匈牙利", "=2024-03-10", 20)}}, "2024-03-08"},
		{"not 8 days or more before",
			[][]Relation{{visit("匈牙利", "2024-03-02", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-10"},
		{"not another country",
			[][]Relation{{visit("法国", "2024-03-08", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-10"},
		{"not a tour's first day",
			[][]Relation{{visit("法国", "2024-03-05", 0), visit("匈牙利", "2024-03-05", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-10"},
		{"not a planned visit",
			[][]Relation{{planned}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-10"},
		{"not a month",
			[][]Relation{{visit("匈牙利", "2024-03", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-10"},
		{"an item's own day stays",
			[][]Relation{{visit("匈牙利", "2024-03-08", 0)}, {visit("匈牙利", "2024-03-10", 0)}}, "2024-03-10"},
		{"a visit under way on a contact's day takes the day another item dates",
			[][]Relation{{visit("匈牙利", "2024-03-08", 0)}, {underway}}, "2024-03-08"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			joinVisits(tc.items)
			last := tc.items[len(tc.items)-1]
			r := last[len(last)-1]
			if r.Date != tc.want {
				t.Errorf("date %q, want %q (items %s)", r.Date, tc.want, fmt.Sprint(tc.items))
			}
		})
	}
}

func TestJoinItemsAfterOccasion(t *testing.T) {
	// met builds a MET_WITH record; a date given as "=2024-01-16" is the
	// programme's day given to an undated item, and after marks a sentence
	// that opens after the occasion before (欢迎仪式后，…).
	met := func(b, date string, after bool) Relation {
		r := Relation{Type: MetWith, Status: StatusFact, Date: date, afterPrev: after,
			Participants: []Participant{{Name: "李强", Kind: "person"}, {Name: b, Kind: "person"}}}
		if date != "" && date[0] == '=' {
			r.Date = date[1:]
			r.reportDay = r.Date
		}
		return r
	}
	ceremony := Relation{Type: Visited, Status: StatusFact, Date: "2024-01-15",
		Participants: []Participant{{Name: "李强", Kind: "person"}, {Name: "瑞士", Kind: "country"}}}
	for _, tc := range []struct {
		name  string
		items [][]Relation
		want  string // the date of the last item's last relation
	}{
		{"the day of the item before", [][]Relation{{ceremony}, {met("阿姆赫德", "=2024-01-16", true)}}, "2024-01-15"},
		{"its last relation", [][]Relation{{met("甲", "2024-01-12", false), ceremony}, {met("阿姆赫德", "=2024-01-16", true)}}, "2024-01-15"},
		{"not without the opening", [][]Relation{{ceremony}, {met("阿姆赫德", "=2024-01-16", false)}}, "2024-01-16"},
		{"not a day the item before was given", [][]Relation{{met("甲", "=2024-01-16", false)}, {met("阿姆赫德", "=2024-01-16", true)}}, "2024-01-16"},
		{"not two items back", [][]Relation{{ceremony}, {}, {met("阿姆赫德", "=2024-01-16", true)}}, "2024-01-16"},
		{"not 8 days or more before", [][]Relation{{met("甲", "2024-01-08", false)}, {met("阿姆赫德", "=2024-01-16", true)}}, "2024-01-16"},
		{"not an own day", [][]Relation{{ceremony}, {met("阿姆赫德", "2024-01-16", true)}}, "2024-01-16"},
		{"the pair's contact another item dates the day before", [][]Relation{{met("阿姆赫德", "2024-01-15", false)}, {}, {met("阿姆赫德", "=2024-01-16", true)}}, "2024-01-15"},
		{"not when one is dated the programme's day too", [][]Relation{{met("阿姆赫德", "2024-01-15", false), met("阿姆赫德", "2024-01-16", false)}, {}, {met("阿姆赫德", "=2024-01-16", true)}}, "2024-01-16"},
		{"not two days before", [][]Relation{{met("阿姆赫德", "2024-01-14", false)}, {}, {met("阿姆赫德", "=2024-01-16", true)}}, "2024-01-16"},
		{"not another pair's", [][]Relation{{met("甲", "2024-01-15", false)}, {}, {met("阿姆赫德", "=2024-01-16", true)}}, "2024-01-16"},
		{"not without the opening", [][]Relation{{met("阿姆赫德", "2024-01-15", false)}, {}, {met("阿姆赫德", "=2024-01-16", false)}}, "2024-01-16"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			JoinItems(tc.items)
			last := tc.items[len(tc.items)-1]
			if r := last[len(last)-1]; r.Date != tc.want {
				t.Errorf("date %q, want %q", r.Date, tc.want)
			}
		})
	}
}

func TestAfterOccasion(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"央视网消息（新闻联播）：欢迎仪式后，李强同阿姆赫德主席举行会谈。", true},
		{"欢迎仪式结束后，两国总理举行会谈。", true},
		{"会谈后，两国总理共同会见记者。", true},
		{"会见之后，习近平同他共进午餐。", true},
		{"李强在欢迎仪式后同阿姆赫德举行会谈。", false}, // not its opening
		{"央视网消息（新闻联播）：当地时间15日，李强同阿姆赫德举行会谈。", false},
		{"仪式上，两国领导人致辞。", false},
	} {
		if got := reAfterOccasion.MatchString(tc.s); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestJoinSpouses(t *testing.T) {
	x := testExtractor(t)
	arrival := article("2023-09-13", "马杜罗抵达北京", "委内瑞拉总统马杜罗8日抵达北京，开始对中国进行国事访问。", "陪同马杜罗访华的有总统夫人、副总统、外交部部长等。")
	ceremony := article("2023-09-13", "习近平同马杜罗会谈", "习近平夫人彭丽媛和马杜罗夫人弗洛雷斯陪同参加欢迎仪式。")
	other := article("2023-09-13", "王毅会见外宾", "王毅会见来访的阿根廷外长卡菲耶罗和夫人卡拉。")
	spouse := func(items [][]Relation) []string {
		var got []string
		for _, rels := range items {
			for _, r := range rels {
				if r.Type == Visited && r.Trigger == "陪同" {
					got = append(got, r.Participants[0].Name+"–"+r.Participants[1].Name+" "+r.Date+" "+r.Trigger)
				}
			}
		}
		return got
	}
	for _, tc := range []struct {
		name     string
		articles []*clean.Article
		want     []string
	}{
		{"the spouse another item names", []*clean.Article{arrival, ceremony}, []string{"弗洛雷斯–中国 2023-09-08 陪同"}},
		{"named before the list", []*clean.Article{ceremony, arrival}, []string{"弗洛雷斯–中国 2023-09-08 陪同"}},
		{"not another visitor's spouse", []*clean.Article{arrival, other}, nil},
		{"not without the list", []*clean.Article{ceremony}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := make([][]Relation, len(tc.articles))
			stats := make([]Stats, len(tc.articles))
			for i, a := range tc.articles {
				items[i], stats[i] = x.Extract(a)
			}
			if got := spouse(items); len(got) != 0 {
				t.Fatalf("before joining: %v", got)
			}
			JoinSpouses(items, stats)
			if got := spouse(items); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestJoinItemsUnderway(t *testing.T) {
	// A visit told in a relative clause on a party of a contact is dated by
	// the contact; the item that tells the arrival dates the visit.
	x := testExtractor(t)
	arrival, _ := x.Extract(article("2022-11-01", "阮富仲抵达北京", "越共中央总书记阮富仲30日抵达北京，开始对中国进行正式访问。"))
	meeting, _ := x.Extract(article("2022-11-01", "蔡奇会见武文赏", "11月1日，蔡奇在北京与陪同越共中央总书记阮富仲访华的越共中央书记处常务书记武文赏会晤。"))
	items := [][]Relation{arrival, meeting}
	JoinItems(items)
	var got []string
	for _, r := range items[1] {
		if r.Type == Visited {
			got = append(got, r.Participants[0].Name+" "+r.Date)
		}
	}
	slices.Sort(got)
	if want := []string{"武文赏 2022-11-01", "阮富仲 2022-10-30"}; !slices.Equal(got, want) {
		t.Errorf("visits of the second item %q, want %q", got, want)
	}
}
