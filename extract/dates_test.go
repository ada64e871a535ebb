package extract

import (
	"testing"
	"time"
)

func TestEventDate(t *testing.T) {
	pub := func(s string) time.Time {
		t.Helper()
		p, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, sentence, trigger, pub, want string
	}{
		{"weekday with date", "中国总理李克强与俄罗斯总理米舒斯京星期一（12月5日）举行视频会晤时说", "会晤", "2022-12-07", "2022-12-05"},
		{"report date skipped", "根据新华社星期三（12月7日）报道，李克强和米舒斯京共同主持中俄总理第二十七次定期会晤", "共同主持", "2022-12-07", ""},
		{"this year month", "今年9月，习近平主席同普京总统会晤", "会晤", "2022-12-07", "2022-09"},
		{"day of month", "国家主席习近平22日在人民大会堂会见越南总理", "会见", "2023-11-23", "2023-11-22"},
		{"local time day", "当地时间27日，习近平同法国总统马克龙举行会谈", "会谈", "2023-04-28", "2023-04-27"},
		{"day from last month", "习近平30日会见了外宾", "会见", "2023-12-02", "2023-11-30"},
		{"month and day across new year", "12月28日，王毅同布林肯通电话", "通电话", "2024-01-03", "2023-12-28"},
		{"full date", "2019年6月5日，习近平同普京会谈", "会谈", "2023-01-01", "2019-06-05"},
		{"chinese numerals", "十二月五日，两国总理举行会晤", "会晤", "2022-12-07", "2022-12-05"},
		{"last year", "去年11月，两国元首在巴厘岛会晤", "会晤", "2023-05-01", "2022-11"},
		{"weeks ago", "习近平强调，3周前，我同拜登总统通了电话", "通了电话", "2024-04-26", "2024-04"},
		{"days ago", "两天前，王毅同布林肯通电话", "通电话", "2024-04-26", "2024-04-24"},
		{"a month ago", "一个月前，王毅同布林肯通电话", "通电话", "2024-01-20", "2023-12"},
		{"a period that opens with the contact is dated by it", "李在明表示自6月与他通电话以来，一直等待与对方会面", "通电话", "2025-11-01", "2025-06"},
		{"a period that opens before the contact does not date it", "自2022年2月以来，王毅同布林肯多次通电话", "通电话", "2025-11-01", ""},
		{"this month, said 这个月", "这个月初，习近平同金正恩在北京举行会晤", "会晤", "2025-09-29", "2025-09"},
		{"a week across two months", "一周前，王毅同布林肯通电话", "通电话", "2024-05-08", ""},
		{"a day before another event", "峰会开幕一天前，王毅同布林肯通电话", "通电话", "2024-05-03", ""},
		{"next year", "明年4月，两国元首将在北京会晤", "会晤", "2025-11-09", "2026-04"},
		{"weekday alone", "拜登星期二会见了岸田文雄", "会见", "2023-01-13", "2023-01-10"},
		{"yesterday", "王毅昨天会见了布林肯", "会见", "2023-06-19", "2023-06-18"},
		{"an ordinal is no day (第三号人物)", "美国政府第三号人物、众议长麦卡锡同蔡英文会见", "会见", "2023-04-06", ""},
		{"nor is the day of a visit (访问的第3日)", "访问的第3日，习近平会见了卢拉", "会见", "2023-04-06", ""},
		{"dispatch date skipped", "新华社北京12月7日电 李克强会见米舒斯京", "会见", "2022-12-07", ""},
		{"special dispatch date skipped", "（中央社记者华盛顿1日专电）美国国防部长与中国国防部长会晤", "会晤", "2025-11-02", ""},
		{"date after trigger ignored", "习近平会见普京，双方同意12月再会", "会见", "2022-10-01", ""},
		{"nearest date wins", "11月1日抵达北京的苏林3日同习近平会谈", "会谈", "2023-11-05", "2023-11-03"},
		{"no publication date", "习近平22日会见普京", "会见", "", ""},
		{"sunday", "星期日，两国外长通电话", "通电话", "2023-06-21", "2023-06-18"},
		{"this week in one month", "本周，两国外长会晤", "会晤", "2025-11-26", "2025-11"},
		{"a few days ago is no date", "美总统特朗普日前与日本首相高市早苗通电话", "通电话", "2025-11-27", ""},
		{"this week across months", "本周，两国外长会晤", "会晤", "2025-12-30", ""},
		{"last week's day of the report's weekday is a week back", "特朗普上周五会见了普京", "会见", "2025-11-14", "2025-11-07"},
		{"last week's Monday in a Thursday report is the last Monday (translated usage)", "波普于上周一抵达苏丹，会见了总理", "会见", "2025-11-13", "2025-11-10"},
		{"加上 before a weekday is no 上周", "加上周五与普京的会面", "会面", "2025-11-14", "2025-11-14"},
		{"a day whose 日 the report dropped, after a name and before 在 and a place", "日本首相高市早苗13在官邸与斐济总理兰布卡会谈", "会谈", "2025-11-14", "2025-11-13"},
		{"an ordinal or a count before 在 is no day", "台湾排名第4在亚洲领先，约20在场人士与总理会谈", "会谈", "2025-11-14", ""},
		{"the day of a recalling is not the contact's it recalls", "高市早苗今天在众议院提到与川普初次见面的印象", "见面", "2025-11-07", ""},
		{"a date after the recalling verb is the contact's", "高市早苗提到，10月28日与川普初次见面时印象深刻", "见面", "2025-11-07", "2025-10-28"},
		{"a recalling in the sentence before does not undate the contact", "特朗普本周初与习近平通话，但未提及台湾。高市稍后也与特朗普通话", "也与特朗普通话", "2025-11-28", "2025-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p time.Time
			if tt.pub != "" {
				p = pub(tt.pub)
			}
			trig := indexOf(tt.sentence, tt.trigger)
			if got := eventDate(tt.sentence, trig, p); got != tt.want {
				t.Errorf("eventDate(%q) = %q, want %q", tt.sentence, got, tt.want)
			}
		})
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestCompatibleDates(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2022-12-05", "2022-12-05", true},
		{"2022-12", "2022-12-05", true},
		{"", "2022-12-05", true},
		{"2022-11", "2022-12-05", false},
		{"2022-12-04", "2022-12-05", false},
	} {
		if got := compatibleDates(tt.a, tt.b); got != tt.want {
			t.Errorf("compatibleDates(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func FuzzFindDates(f *testing.F) {
	for _, s := range []string{"星期一（12月5日）", "二〇二二年十二月五日", "今年9月", "31日", "上周", "9999年99月99日"} {
		f.Add(s)
	}
	pub := time.Date(2022, 12, 7, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range findDates(s, pub) {
			if e.start < 0 || e.end > len(s) || e.start >= e.end {
				t.Fatalf("bad span %v in %q", e, s)
			}
			if e.date != "" {
				layout := "2006-01-02"
				if len(e.date) == 7 {
					layout = "2006-01"
				}
				if _, err := time.Parse(layout, e.date); err != nil {
					t.Fatalf("bad date %q from %q", e.date, s)
				}
			}
		}
	})
}

func TestSameVisit(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2023-05-07", "2023-05-08", true},
		{"2023-05-08", "2023-05-01", true},
		{"2023-05-01", "2023-05-20", false},
		{"2023-05", "2023-05-08", false}, // compatibleDates covers a month and its days
		{"", "2023-05-08", false},
	} {
		if got := sameVisit(tt.a, tt.b); got != tt.want {
			t.Errorf("sameVisit(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestReferenceDate(t *testing.T) {
	for _, tt := range []struct {
		name, published string
		sentences       []string
		want            string
	}{
		{"CNA dateline a day before the feed", "2025-11-18", []string{"标题", "图片说明。", "（中央社基辅17日综合外电报导）泽连斯基昨天访问希腊。"}, "2025-11-17"},
		{"Kyodo dateline, same day", "2025-11-03", []string{"标题", "【共同社吉隆坡11月3日电】小泉2日会见柯林斯。"}, "2025-11-03"},
		{"dateline across a month", "2025-11-01", []string{"标题", "（中央社华盛顿31日综合外电报导）川普本月稍早会见泽连斯基。"}, "2025-10-31"},
		{"no dateline", "2025-11-18", []string{"标题", "泽连斯基昨天访问希腊。"}, "2025-11-18"},
		{"a day far from the feed is no dateline", "2025-11-18", []string{"标题", "（中央社台北3日电）某事。"}, "2025-11-18"},
	} {
		a := article(tt.published, tt.sentences...)
		if got := ymd(referenceDate(a)); got != tt.want {
			t.Errorf("%s: referenceDate = %s, want %s", tt.name, got, tt.want)
		}
	}
}
