package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/clean"
)

// A dateExpr is one date expression found in a sentence.
type dateExpr struct {
	start, end int    // byte offsets in the sentence
	date       string // resolved: YYYY-MM-DD, YYYY-MM, or "" when it names no usable date
	weak       bool   // weekday or relative expression: an explicit date next to it wins
}

const cnNum = `[〇零一二三四五六七八九十两]`

var (
	// 2022年12月5日, 12月5日, 12月5号, 2022年12月, 今年9月, 明年4月, 十二月五日
	// (Some outlets put a space between a number and its unit: 10 月底.)
	reMonthDay = regexp.MustCompile(`(?:(\d{4}|` + cnNum + `{4}) ?年 ?|(今年|去年|前年|本年|明年))?(\d{1,2}|` + cnNum + `{1,3}) ?月(?:份)?(?: ?(\d{1,2}|` + cnNum + `{1,3}) ?[日号])?`)
	// 27日, 当地时间27日 (not preceded by 月: handled by scanning order)
	reDay = regexp.MustCompile(`(\d{1,2}|` + cnNum + `{1,3})[日号]`)
	// 星期一, 周一, 礼拜一
	reWeekday = regexp.MustCompile(`(?:星期|礼拜|周)([一二三四五六日天])`)
	// 12/4 (month/day), as headlines write it
	reSlash = regexp.MustCompile(`(\d{1,2})/(\d{1,2})`)
	// 3周前, 两天前, 一个月前: a span back from the report
	reAgo      = regexp.MustCompile(`(\d{1,2}|` + cnNum + `{1,3})(天|周|个星期|个月)之?前`)
	reRelative = regexp.MustCompile(`前一天|前一日|昨天|昨日|昨晚|前天|前日|今天|今日|今起|上周|上星期|本周|本星期|上个?月|本月|这个月|日前|近日|稍早`)
	// Dates that belong to the report, not to the event: "新华社北京12月7日电",
	// "星期三（12月7日）报道".
	reReportAfter = regexp.MustCompile(`^[）)]?(?:综合外电|综合)?(?:报道|报导|电|专电|讯|消息|发布|发表|公布|表示|说|透露|披露|宣布|指出)`)
)

var weekdays = map[string]time.Weekday{"一": time.Monday, "二": time.Tuesday, "三": time.Wednesday,
	"四": time.Thursday, "五": time.Friday, "六": time.Saturday, "日": time.Sunday, "天": time.Sunday}

// cnToInt reads Arabic digits or Chinese numerals up to 9999 (二〇二二, 十二, 二十五).
func cnToInt(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	digit := map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	rs := []rune(s)
	if len(rs) == 4 { // a year written digit by digit
		n := 0
		for _, r := range rs {
			d, ok := digit[r]
			if !ok {
				return 0, false
			}
			n = n*10 + d
		}
		return n, true
	}
	n, cur := 0, 0
	for _, r := range rs {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		d, ok := digit[r]
		if !ok {
			return 0, false
		}
		cur = d
	}
	return n + cur, true
}

// afterOn are the words whose 上 may stand right before a weekday with no
// 上周 meant: 加上周二… (plus, on Tuesday), 在峰会上周日…, 晚上周五.
var afterOn = []string{"加", "马", "以", "之", "向", "会", "议", "坛", "典", "式", "晚", "早", "网", "台", "路", "线", "面", "身", "际"}

func ymd(t time.Time) string { return t.Format("2006-01-02") }
func ym(t time.Time) string  { return t.Format("2006-01") }

// findDates returns the date expressions of sentence s, resolved against the
// article's publication time pub (zero when unknown: then only dates that
// carry their own year resolve).
func findDates(s string, pub time.Time) []dateExpr {
	var out []dateExpr
	taken := make([]bool, len(s)+1)
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	}
	for _, m := range runsMonthDay.findAllSubmatchIndex(s) {
		if m[0] > 0 && isDigitByte(s[m[0]-1]) {
			continue
		}
		get := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		month, ok := cnToInt(get(3))
		if !ok || month < 1 || month > 12 {
			continue
		}
		// "越南八月革命", "十月革命": a month that names a historic event.
		if get(1) == "" && get(2) == "" && get(4) == "" && hasAnyPrefix(s[m[1]:], monthEvents) {
			continue
		}
		year := 0
		if y := get(1); y != "" {
			year, _ = cnToInt(y)
		}
		day := 0
		if d := get(4); d != "" {
			day, _ = cnToInt(d)
			if day < 1 || day > 31 {
				day = 0
			}
		}
		var date string
		if year == 0 && !pub.IsZero() {
			year = pub.Year()
			switch get(2) {
			case "去年":
				year--
			case "前年":
				year -= 2
			case "明年":
				year++
			case "":
				// No year: the most recent such date not after publication.
				probe := time.Date(year, time.Month(month), max(day, 1), 0, 0, 0, 0, time.UTC)
				if probe.After(pub.AddDate(0, 0, 60)) {
					year--
				}
			}
		}
		if year > 0 {
			if day > 0 {
				date = ymd(time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC))
			} else {
				date = ym(time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC))
			}
		}
		out = append(out, dateExpr{start: m[0], end: m[1], date: date})
		mark(m[0], m[1])
	}
	for _, m := range runsDay.findAllSubmatchIndex(s) {
		if taken[m[0]] || (m[0] > 0 && isDigitByte(s[m[0]-1])) {
			continue
		}
		// 数日, 多日, 次日… are not numerals and do not match; 星期日 is
		// handled as a weekday.
		day, ok := cnToInt(s[m[2]:m[3]])
		if !ok || day < 1 || day > 31 || pub.IsZero() {
			continue
		}
		// A length in Chinese numerals is no date: 一日访问, 两日游, 三日行程.
		if !isDigitByte(s[m[2]]) && hasAnyPrefix(s[m[1]:], []string{"访", "游", "行", "之行", "往返", "会议"}) {
			continue
		}
		// Nor is an ordinal: 第三号人物, 访问的第3日.
		if strings.HasSuffix(s[:m[0]], "第") {
			continue
		}
		out = append(out, dateExpr{start: m[0], end: m[1], date: ymd(bareDay(pub, day))})
		mark(m[0], m[1])
	}
	// A day whose 日 was dropped, after a name and before 在 and a place
	// ("高市早苗13在官邸与…会谈": a slip of the report's).
	for at := range occurrences(s, "在") {
		// (Found from each 在 back: a regular expression over every
		// sentence cost a tenth of the extraction.)
		start := at
		for start > 0 && at-start < 2 && isDigitByte(s[start-1]) {
			start--
		}
		if start == at || pub.IsZero() || start == 0 || isDigitByte(s[start-1]) || taken[start] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[at+len("在"):]); !isHan(r) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:start]); !isHan(r) || strings.ContainsRune("第前后约近逾超共每达有", r) {
			continue // (not 第4在, 约20在)
		}
		day, _ := strconv.Atoi(s[start:at])
		if day < 1 || day > 31 {
			continue
		}
		out = append(out, dateExpr{start: start, end: at, date: ymd(bareDay(pub, day)), weak: true})
		mark(start, at)
	}
	// The first day of a range written with one 日 ("4至5日", "11月4至5日"):
	// the day before the separator is a date of its own.
	for _, m := range dayRanges(s) {
		if pub.IsZero() || (m[0] > 0 && isDigitByte(s[m[0]-1])) {
			continue
		}
		day, _ := strconv.Atoi(s[m[6]:m[7]])
		year, month := pub.Year(), pub.Month()
		if m[4] >= 0 {
			mm, _ := strconv.Atoi(s[m[4]:m[5]])
			month = time.Month(mm)
		}
		if m[2] >= 0 {
			year, _ = strconv.Atoi(s[m[2]:m[3]])
		}
		if day < 1 || day > 31 || month < 1 || month > 12 {
			continue
		}
		t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
		switch {
		case m[4] < 0:
			t = bareDay(pub, day)
		case m[2] < 0:
			t = recentYear(t, pub)
		}
		// Drop what was read inside the range already ("2024年5月" alone).
		out = slices.DeleteFunc(out, func(e dateExpr) bool { return e.start >= m[0] && e.start < m[1] })
		out = append(out, dateExpr{start: m[0], end: m[7], date: ymd(t)})
		mark(m[0], m[7])
	}
	for _, m := range runsSlash.findAllSubmatchIndex(s) {
		if taken[m[0]] || pub.IsZero() || (m[0] > 0 && isDigitByte(s[m[0]-1])) || (m[1] < len(s) && (isDigitByte(s[m[1]]) || s[m[1]] == '/')) {
			continue
		}
		month, _ := strconv.Atoi(s[m[2]:m[3]])
		day, _ := strconv.Atoi(s[m[4]:m[5]])
		if month < 1 || month > 12 || day < 1 || day > 31 {
			continue
		}
		t := recentYear(time.Date(pub.Year(), time.Month(month), day, 0, 0, 0, 0, time.UTC), pub)
		out = append(out, dateExpr{start: m[0], end: m[1], date: ymd(t)})
		mark(m[0], m[1])
	}
	for _, m := range runsWeekday.findAllSubmatchIndex(s) {
		if taken[m[0]] || pub.IsZero() {
			continue
		}
		wd := weekdays[s[m[2]:m[3]]]
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		// 上周五 in a report of a Friday is a week back, not the day
		// itself. (Otherwise it is the last such day: translated reports
		// write 上周一 for "last Monday", the Monday of the report's own
		// week.)
		if before, ok := strings.CutSuffix(s[:m[0]], "上"); ok && back == 0 && !hasAnySuffix(before, afterOn) {
			back = 7
		}
		out = append(out, dateExpr{start: m[0], end: m[1], date: ymd(dayOf(pub).AddDate(0, 0, -back)), weak: true})
	}
	for _, m := range runsRelative.findAllSubmatchIndex(s) {
		if taken[m[0]] || pub.IsZero() {
			continue
		}
		d := dayOf(pub)
		var date string
		switch s[m[0]:m[1]] {
		case "昨天", "昨日", "昨晚", "前一天", "前一日":
			date = ymd(d.AddDate(0, 0, -1))
		case "前天", "前日":
			date = ymd(d.AddDate(0, 0, -2))
		case "今天", "今日", "今起":
			date = ymd(d)
		case "稍早":
			// Earlier the same day ("她稍早曾与川普通话"). "稍早前" is
			// vaguer (a summit weeks before), and so is 稍早 after a
			// longer period ("本月稍早"); after a day ("8日稍早", "当天
			// 稍早") the day is stated already.
			if strings.HasPrefix(s[m[1]:], "前") || hasAnySuffix(s[:m[0]], []string{"年", "月", "周", "星期", "日", "天"}) {
				continue
			}
			date = ymd(d)
		case "上周", "上星期":
			// Last week as a month, when the whole week falls in one.
			mon := d.AddDate(0, 0, -((int(d.Weekday())+6)%7)-7)
			if sun := mon.AddDate(0, 0, 6); sun.Month() == mon.Month() {
				date = ym(mon)
			}
		case "本周", "本星期":
			// This week as a month, when the whole week falls in one.
			mon := d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
			if sun := mon.AddDate(0, 0, 6); sun.Month() == mon.Month() {
				date = ym(mon)
			}
		case "上月", "上个月":
			date = ym(time.Date(d.Year(), d.Month()-1, 1, 0, 0, 0, 0, time.UTC))
		case "本月", "这个月":
			date = ym(d)
		case "日前", "近日":
			// "a few days ago" gives no date (shared/ANNOTATION conventions:
			// 日前 becomes null); it stays a weak expression, so a nearer
			// date still wins.
		}
		out = append(out, dateExpr{start: m[0], end: m[1], date: date, weak: true})
	}
	// "3周前，我同拜登总统通了电话": a span back from the report, when it
	// opens a clause (not "峰会开幕一天前", counted from another event).
	for _, m := range runsAgo.findAllSubmatchIndex(s) {
		if taken[m[0]] || pub.IsZero() {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:m[0]]); m[0] > 0 && !strings.ContainsRune("，。；：“", r) {
			continue
		}
		n, ok := cnToInt(s[m[2]:m[3]])
		if !ok || n == 0 {
			continue
		}
		d := dayOf(pub)
		var date string
		switch s[m[4]:m[5]] {
		case "天":
			date = ymd(d.AddDate(0, 0, -n))
		case "周", "个星期":
			// The week as a month, when the whole week falls in one.
			t := d.AddDate(0, 0, -7*n)
			mon := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
			if sun := mon.AddDate(0, 0, 6); sun.Month() == mon.Month() {
				date = ym(mon)
			}
		case "个月":
			date = ym(time.Date(d.Year(), d.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC))
		}
		out = append(out, dateExpr{start: m[0], end: m[1], date: date, weak: true})
		mark(m[0], m[1])
	}
	// "30日在韩国举行会谈后，赫格塞斯隔天和董军…会谈": the day after the
	// nearest day stated before it in the sentence.
	for _, w := range nextDayWords {
		for at := range occurrences(s, w) {
			var prev *dateExpr
			for k := range out {
				if e := &out[k]; e.end <= at && len(e.date) == len("2006-01-02") && (prev == nil || e.start > prev.start) {
					prev = e
				}
			}
			if prev == nil {
				continue
			}
			d, _ := time.Parse("2006-01-02", prev.date)
			out = append(out, dateExpr{start: at, end: at + len(w), date: ymd(d.AddDate(0, 0, 1))})
		}
	}
	return out
}

// nextDayWords name the day after another (次日, 翌日, 隔天).
var nextDayWords = []string{"次日", "翌日", "隔天", "隔日", "第二天"}

// dayRanges finds the ranges of days written with one 日 ("4至5日",
// "11月4至5日", "2024年5月16至17日") and returns, for each, the submatch
// offsets [start, end, year, year end, month, month end, day, day end] of
// its first day (-1 for a part not written), in the layout of
// regexp.FindAllStringSubmatchIndex. A hand scan: a regular expression
// without a literal prefix costs more than all other date patterns.
func dayRanges(s string) [][]int {
	var out [][]int
	digitsBefore := func(end, max int) int { // start of the digits ending at end
		i := end
		for i > 0 && end-i < max && isDigitByte(s[i-1]) {
			i--
		}
		return i
	}
	for k := range occurrences(s, "日") { // the 日 that closes the range
		end := k + len("日")
		de := digitsBefore(k, 2)
		if de == k || de == 0 {
			continue
		}
		sep, size := utf8.DecodeLastRuneInString(s[:de])
		if !strings.ContainsRune("至到-—～~", sep) {
			continue
		}
		i := de - size
		ds := digitsBefore(i, 2)
		if ds == i {
			continue
		}
		m := []int{ds, end, -1, -1, -1, -1, ds, i}
		if ms, ok := strings.CutSuffix(s[:ds], "月"); ok {
			if mb := digitsBefore(len(ms), 2); mb < len(ms) {
				m[0], m[4], m[5] = mb, mb, len(ms)
				if ys, ok := strings.CutSuffix(s[:mb], "年"); ok {
					if yb := digitsBefore(len(ys), 4); len(ys)-yb == 4 {
						m[0], m[2], m[3] = yb, yb, len(ys)
					}
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// bareDay resolves a day written without its month ("27日"): that day of
// the report's month, or of the month before when it is more than a day
// after the report's day.
func bareDay(pub time.Time, day int) time.Time {
	if day > pub.Day()+1 {
		return time.Date(pub.Year(), pub.Month()-1, day, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(pub.Year(), pub.Month(), day, 0, 0, 0, 0, time.UTC)
}

// recentYear moves t, a date written without its year and put in the
// report's year, a year back when it would lie more than 60 days after
// the report: the most recent such date.
func recentYear(t, pub time.Time) time.Time {
	if t.After(pub.AddDate(0, 0, 60)) {
		return t.AddDate(-1, 0, 0)
	}
	return t
}

func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// eventDate picks the date of the event whose trigger starts at byte offset
// trig in sentence s: the nearest usable date expression before the trigger,
// skipping dates of the report itself ("12月7日电", "（12月7日）报道") and weak
// expressions that an explicit date beside them overrides.
func eventDate(s string, trig int, pub time.Time) string {
	d, _ := eventDateRange(s, trig, pub)
	return d
}

// recallVerbs tell of a past contact as their object: 提到与X见面的印象.
var recallVerbs = []string{"提到", "提及", "谈到", "谈及", "回顾", "回忆", "忆及", "说起", "追忆"}

// monthEvents are what a month names when it names a historic event, not a
// date: 八月革命, 十月革命, 五四运动 is not a month.
var monthEvents = []string{"革命", "起义", "运动", "政变", "事件"}

// dayRange says whether a date opens a range of days (5月7日至9日) and
// whether the range runs into another month (8月31日至9月2日).
type dayRange int

const (
	noRange     dayRange = iota
	rangeMonth           // the range's days are of one month
	rangeMonths          // the range runs into another month
)

// contactDate is the date of a contact told during a range that begins on
// date: the month when the range stays in it, else unknown.
func (r dayRange) contactDate(date string) string {
	switch r {
	case rangeMonth:
		return date[:min(len(date), len("2006-01"))]
	case rangeMonths:
		return ""
	}
	return date
}

// reNextMonth is the end of a range that names its own month: 至9月2日.
var reNextMonth = regexp.MustCompile(`^(?:至|到|-|—|～|~)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月`)

// eventDateRange is eventDate that also reports whether the date opens a
// range of days.
func eventDateRange(s string, trig int, pub time.Time) (string, dayRange) {
	exprs := findDates(s, pub)
	best := -1
	for i, e := range exprs {
		if e.start >= trig || e.date == "" {
			continue
		}
		if reReportAfter.MatchString(s[e.end:]) || rangeEnd(s[:e.start]) || since(s[:e.start], s[e.end:]) && !sinceContact(s, e.end, trig) {
			continue
		}
		// "俄方在10月中旬将文件交给美方，而在那之前，X才与Y会谈": the
		// contact came before the date.
		if containsAny(s[e.end:trig], beforeThat) {
			continue
		}
		// "今天在众议院提到与川普…初次见面的印象": the date is the
		// recalling's, not the contact's it recalls (a recalling in the
		// contact's own sentence).
		if seg := s[e.end:trig]; containsAny(seg[strings.LastIndex(seg, "。")+1:], recallVerbs) {
			continue
		}
		if e.weak && explicitNear(exprs, e) {
			continue
		}
		if best < 0 || e.start > exprs[best].start {
			best = i
		}
	}
	if best < 0 {
		return "", noRange
	}
	e := exprs[best]
	switch {
	case !rangeStart(s[e.end:]):
		return e.date, noRange
	case reNextMonth.MatchString(s[e.end:]):
		return e.date, rangeMonths
	}
	return e.date, rangeMonth
}

// reportedDay is the day of a report that the sentence names before trig
// when 当天 or 当日 between them refers to it ("据伊朗媒体29日报道，X当天与Y
// 通话": the 29th), or "".
func reportedDay(s string, trig int, pub time.Time) string {
	for _, e := range findDates(s, pub) {
		if e.start >= trig || e.weak || len(e.date) != len("2006-01-02") || !reReportAfter.MatchString(s[e.end:]) {
			continue
		}
		if between := s[e.end:trig]; strings.Contains(between, "当天") || strings.Contains(between, "当日") {
			return e.date
		}
	}
	return ""
}

// lastReportDay is the day of the last report or statement s tells
// ("叙利亚外交部7日发表声明"), or "".
func lastReportDay(s string, pub time.Time) string {
	d := ""
	for _, e := range findDates(s, pub) {
		if !e.weak && len(e.date) == len("2006-01-02") && reReportAfter.MatchString(s[e.end:]) {
			d = e.date
		}
	}
	return d
}

// dateAt is the date of an expression that starts at byte offset at of s
// (a day right after a name: 爱子21日), or "".
func dateAt(s string, at int, pub time.Time) string {
	for _, e := range findDates(s, pub) {
		if e.start == at && !e.weak && !reReportAfter.MatchString(s[e.end:]) {
			return e.date
		}
	}
	return ""
}

// afterPublication reports whether a resolved date lies after the article's
// publication (with a day's slack for time zones): an event reported before
// it happened is planned, whatever the wording.
func afterPublication(date string, pub time.Time) bool {
	if len(date) != len("2006-01-02") || pub.IsZero() {
		return false
	}
	t, err := time.Parse("2006-01-02", date)
	return err == nil && t.After(dayOf(pub).AddDate(0, 0, 1))
}

// since reports a date that starts a period ("自2022年2月…以来", "从5日起"),
// not the date of an event.
func since(before, after string) bool {
	return strings.HasSuffix(before, "自") || strings.HasSuffix(before, "从") || strings.HasSuffix(before, "自从") ||
		strings.HasPrefix(after, "以来") || strings.HasPrefix(after, "起") || strings.HasPrefix(after, "至今")
}

// sinceContact reports a period that opens with the contact at trig, which
// the date at end dates: 自去年11月巴厘岛会晤以来 (the contact word, then 以来,
// after a few words of place).
func sinceContact(s string, end, trig int) bool {
	gap := s[end:trig]
	if strings.ContainsAny(gap, "，。；：、") || utf8.RuneCountInString(gap) > 8 {
		return false
	}
	i := strings.Index(s[trig:], "以来")
	return i >= 0 && utf8.RuneCountInString(s[trig:trig+i]) <= 4 && !strings.ContainsAny(s[trig:trig+i], "，。；")
}

// beforeThat are words that place what follows before the time just told.
var beforeThat = []string{"在那之前", "在此之前", "在这之前", "此前", "那之前"}

// rangeStart reports a date that opens a range ("5月7日至9日"): a visit
// starts that day, but what happened during it is known only to the month.
// The separator must be followed by the range's end, a number: in
// "22日到访冲绳" 到 begins a verb.
func rangeStart(after string) bool {
	for _, sep := range []string{"至", "到", "-", "—", "～", "~", "、", "和", "及"} {
		if rest, ok := strings.CutPrefix(after, sep); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsDigit(r) || strings.ContainsRune("〇零一二三四五六七八九十两", r)
		}
	}
	return false
}

// rangeEnd reports whether a date expression closes a range ("7日至9日"):
// the event starts at the range's first date.
func rangeEnd(before string) bool {
	for _, sep := range []string{"至", "到", "-", "—", "～", "~"} {
		if strings.HasSuffix(before, sep) {
			return true
		}
	}
	// Days listed one after another ("11月17日、18日访华"): the first.
	for _, sep := range []string{"日、", "日和", "日及"} {
		if strings.HasSuffix(before, sep) {
			return true
		}
	}
	return false
}

// explicitNear reports whether a non-weak expression sits right after e, as in
// 星期一（12月5日）.
func explicitNear(exprs []dateExpr, e dateExpr) bool {
	for _, o := range exprs {
		if !o.weak && o.start >= e.end && o.start-e.end <= len("（") {
			return true
		}
	}
	return false
}

// compatibleDates reports whether two dates may name the same event: equal,
// one empty, or one a month that contains the other.
func compatibleDates(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// sameVisit reports two days at most a week apart: in one article, two
// reports of a person visiting a country on such days are one visit.
func sameVisit(a, b string) bool {
	da, errA := time.Parse("2006-01-02", a)
	db, errB := time.Parse("2006-01-02", b)
	if errA != nil || errB != nil {
		return false
	}
	d := da.Sub(db)
	return d < 8*24*time.Hour && d > -8*24*time.Hour
}

// moreSpecific returns the more precise of two compatible dates.
func moreSpecific(a, b string) string {
	if len(b) > len(a) {
		return b
	}
	return a
}

// pastMarkers say a contact is a background mention of an earlier time
// (曾, 多次, 此前), of several occasions (两度, reOccasions), of an unstated
// recent one (近期, 近日) or of a season (今年春天): such a contact does not
// take the date of its context.
var pastMarkers = []string{"曾", "多次", "此前", "以来", "上次", "历次", "过去", "早在", "年来", "先前", "以前", "之前",
	"去年", "前年", "年前", "近期", "近日", "日前", "前不久", "不久前", "稍早前", "早前",
	"春天", "夏天", "秋天", "冬天", "春季", "夏季", "秋季", "冬季", // a season: 今年春天…访问
	"闭幕后", "闭幕之后", // after a congress or session closed: 在中共二十大闭幕后即成功访华
	"任期内", "任内", "执政期间", "在任期间", "在位期间"} // a tenure, no date: 在特朗普第一任期内，X还访问了白宫

// reOccasions counts the occasions a summary covers (两度, 三次, 5次, 数次,
// 连续两天, 连续两年会晤, 连日);
// not an ordinal (第三次访华 is one visit).
var reOccasions = regexp.MustCompile(reCount.String() + `|连续|连日`)

// reCount counts the occasions a summary covers: 两度, 三次, 一百多次.
var reCount = regexp.MustCompile(`(?:^|[^第\d两三四五六七八九十])(?:[两三四五六七八九十几数多屡]|\d+)[次度]`)

// reYearOnly is a year with no month ("2019年"): the event has its own,
// coarser date, so it takes none from its context.
var reYearOnly = regexp.MustCompile(`\d{4}年(?:[^\d一二三四五六七八九十]|$)`)

// ownTime reports whether a clause dates its event itself, by a past marker
// or a bare year, so that no context date applies.
func ownTime(clause string) bool {
	// "这是11年来伊朗总统首次到访埃及": the span leads up to the occasion
	// itself, which it does not date.
	clause = reFirstSince.ReplaceAllString(clause, "")
	// "两国元首自去年11月巴厘岛会晤以来再次面对面会晤": the period since an
	// earlier occasion leads up to this one, which it does not date.
	clause = reSinceAgain.ReplaceAllString(clause, "")
	return containsAny(clause, pastMarkers) || reOccasions.MatchString(clause) || reYearOnly.MatchString(clause) ||
		reThisYearBefore.MatchString(clause)
}

// reThisYearBefore is 今年 right before the preposition or the verb of going
// that opens a contact or a visit (国家主席今年对越南进行国事访问, 今年同普京
// 会晤, 今年首访中国): the year is the event's own, coarser time; not
// 今年首次出访 (this year's first trip, told at the time) nor 今年9月.
var reThisYearBefore = regexp.MustCompile(`今年(?:对|同|与|和|在|赴|到|访|首访)`)

// reSinceAgain is a period since an earlier occasion that leads up to the
// one told after it: 自去年11月巴厘岛会晤以来再次, 自上次会晤以来首次.
var reSinceAgain = regexp.MustCompile(`(?:自从|自|从)[^，。；]{0,20}?以来(?:再次|首次|第一次|又一次|再度|首度)`)

// reFirstSince is what tells an occasion as the first in a span leading up
// to it: 这是11年来…首次, 这也是2011年以来…第一次.
var reFirstSince = regexp.MustCompile(`(?:这是|这也是|此次是)[^，。；]{0,16}?(?:以来|年来)[^，。；]{0,12}?(?:首次|第一次|首度)`)

// openingTime returns the clause that opens s when it lies before the clause
// at offset at and is a short time phrase ("去年年底，我对X进行国事访问",
// "去年峰会期间，我同您…会晤"), else "".
func openingTime(s string, at int) string {
	cs, _ := clauseBounds(s, at, at)
	_, fe := clauseBounds(s, 0, 0)
	if cs == 0 || fe > cs || utf8.RuneCountInString(s[:fe]) > 16 {
		return ""
	}
	return s[:fe]
}

// ownTimeAround reports whether the contact at offset at of s has a time of
// its own: in its clause, in a short time phrase opening the sentence, or in a
// short clause right before its own.
func ownTimeAround(s string, at int) bool {
	return ownTime(clauseOf(s, at)) || ownTime(openingTime(s, at)) || ownTime(shortClauseBefore(s, at))
}

// shortClauseBefore returns the clause right before the one at offset at,
// when it does not open s and is a few characters only: the time of what
// follows in "李强表示，2020年，习近平主席历史性访问缅甸"; else "".
func shortClauseBefore(s string, at int) string {
	cs, _ := clauseBounds(s, at, at)
	if pcs, pce, ok := prevClause(s, cs); ok && pcs > 0 && (utf8.RuneCountInString(s[pcs:pce]) <= 8 || hasAnyPrefix(s[pcs:pce], earlierOpeners)) {
		return s[pcs:pce]
	}
	return ""
}

// earlierOpeners open a clause about an earlier time, whose time goes on to
// the clause after it: "去年中新两国共同庆贺建交35周年，习近平主席同黄循财总理举行
// 重要会晤".
var earlierOpeners = []string{"去年", "前年"}

// lastDate is the last usable event date stated in a sentence (report
// dates and range ends excluded), and whether it opens a range of days.
func lastDate(s string, pub time.Time) (string, dayRange) {
	return eventDateRange(s, len(s), pub)
}

// clauseOf returns the clause of s around byte offset at.
func clauseOf(s string, at int) string {
	cs, ce := clauseBounds(s, at, at)
	return s[cs:ce]
}

// reDateline is the dateline that opens a news agency's report, with the day
// it was filed: （中央社記者…華盛頓17日專電）, 【共同社11月3日电】, 新华社北京12月7日电,
// 本报12月8日讯; or a paper's own, named: 湖南日报12月3日讯.
var reDateline = regexp.MustCompile(`^(?:[（(【]?(?:中央社|共同社|新华社|新華社|本报|本報)[^）)】。，]{0,30}?(\d{1,2})日|` +
	`\p{Han}{2,6}(?:日报|日報|晚报|晚報|时报|時報)(?:\d{1,2}月)?(\d{1,2})日(?:讯|訊|电|電))`)

// dateline returns the day of the dateline that opens s and the offset
// right after its 日, or 0 and -1.
func dateline(s string) (day, end int) {
	m := reDateline.FindStringSubmatchIndex(s)
	if m == nil {
		return 0, -1
	}
	for g := 1; g <= 2; g++ {
		if m[2*g] >= 0 {
			day, _ = strconv.Atoi(s[m[2*g]:m[2*g+1]])
			return day, m[2*g+1] + len("日")
		}
	}
	return 0, -1
}

// datelineDay is the day of the agency's dateline that opens s
// (（中央社…23日綜合外電報導）) when s gives no other time than that of a
// report or statement: what s tells happened that day. "" when s names a
// time of its own (日前, 上周: none that day).
func datelineDay(s string, pub time.Time) string {
	_, dlEnd := dateline(s)
	if dlEnd < 0 {
		return ""
	}
	exprs := findDates(s, pub)
	if len(exprs) == 0 || exprs[0].end != dlEnd || len(exprs[0].date) != len("2006-01-02") {
		return ""
	}
	for _, e := range exprs[1:] {
		if !reReportAfter.MatchString(s[e.end:]) {
			return ""
		}
	}
	return exprs[0].date
}

// referenceDate is the day that 今天, 昨天 and a bare "17日" count from: the
// day of the article's dateline when it has one a few days before the
// publication date (agencies file in local time, the feed stamps in UTC, and
// a post may appear a day later), else the publication date.
func referenceDate(a *clean.Article) time.Time {
	pub := a.Doc.Published
	if pub.IsZero() {
		return pub
	}
	seen := 0
	for i := range a.Sentences {
		s := &a.Sentences[i]
		if inTitle(a, s) {
			continue
		}
		if seen++; seen > 5 {
			return pub // the dateline opens the report, after captions at most
		}
		day, end := dateline(simplified(s))
		if end < 0 {
			continue
		}
		for back := 0; back <= 3; back++ {
			if d := dayOf(pub).AddDate(0, 0, -back); d.Day() == day {
				return d
			}
		}
		return pub
	}
	return pub
}

// reAfterOffset opens a clause placed a span of time after the occasion
// told before it: 两天后, 一个月后, 十多天后, 数周后.
var reAfterOffset = regexp.MustCompile(`^(` + cnNum + `{1,3}|\d{1,2}|数|几)(多|余)?(个月|天|日|周|星期)(多|余)?(?:之|以)?后`)

// afterOffset dates a clause that opens with a span after the date of the
// occasion before it ("6月19日…。一个月后，习主席在会见基辛格时…": 2023-07).
// ok reports whether the clause opens so; the date is "" when the span is
// vague (十多天后) or the earlier date too coarse for it.
func afterOffset(clause, prev string) (date string, ok bool) {
	// "…致唁电，次日双方通话": the day after the occasion's day.
	if hasAnyPrefix(clause, nextDayWords) {
		t, err := time.Parse("2006-01-02", prev)
		if err != nil {
			return "", true
		}
		return ymd(t.AddDate(0, 0, 1)), true
	}
	m := reAfterOffset.FindStringSubmatch(clause)
	if m == nil {
		return "", false
	}
	n, exact := cnToInt(m[1])
	if !exact || m[2] != "" || m[4] != "" || prev == "" {
		return "", true
	}
	switch m[3] {
	case "个月":
		t, err := time.Parse("2006-01", prev[:len("2006-01")])
		if err != nil {
			return "", true
		}
		return ym(t.AddDate(0, n, 0)), true
	case "天", "日":
		t, err := time.Parse("2006-01-02", prev)
		if err != nil {
			return "", true
		}
		return ymd(t.AddDate(0, 0, n)), true
	default: // weeks: the month, when the day is known
		t, err := time.Parse("2006-01-02", prev)
		if err != nil {
			return "", true
		}
		return ym(t.AddDate(0, 0, 7*n)), true
	}
}

// joinedDays returns the days of a list of two or more dates joined by
// 及, 和, 与 or 、 ("1月17日（…）及6月5日"), or nil; a bracketed remark
// may follow each date.
func joinedDays(clause string, pub time.Time) []string {
	ds := findDates(clause, pub)
	slices.SortFunc(ds, func(a, b dateExpr) int { return a.start - b.start })
	var out []string
	for i, e := range ds {
		if len(e.date) != len("2006-01-02") {
			return nil
		}
		if i > 0 {
			gap := clause[ds[i-1].end:e.start]
			if j := strings.Index(gap, "）"); strings.HasPrefix(gap, "（") && j > 0 {
				gap = gap[j+len("）"):]
			}
			if !slices.Contains([]string{"及", "和", "与", "、", "以及"}, gap) {
				return nil
			}
		}
		out = append(out, e.date)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
