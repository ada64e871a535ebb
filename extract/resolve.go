package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/dict"
)

// personEntry is what an article says about one person.
type personEntry struct {
	key      string
	mention  *mention
	office   *dict.Office  // from context, else the dictionary's on the article date
	country  *dict.Country // from context, else the dictionary's
	category string
	order    int
	leads    []string // the words written right before the person's mentions (台湾APEC代表 before 林信义)
	title    string   // the title a discovered name was found after, when the dictionary has no office for it
}

// personIndex collects the persons named in an article, so that title-only
// mentions ("俄总理") resolve to the office holder the article names.
type personIndex struct {
	byKey map[string]*personEntry
	n     int
}

func (p *personIndex) add(m *mention, d *dict.Dict, pub time.Time) {
	k := m.key()
	e := p.byKey[k]
	if e == nil {
		e = &personEntry{key: k, mention: m, order: p.n}
		p.n++
		p.byKey[k] = e
	}
	if e.office == nil && m.office != nil {
		e.office = m.office
	}
	if e.title == "" && m.office == nil && len(m.persons) == 0 && !slices.Contains(kinTitles, m.title) {
		e.title = m.title
	}
	if e.country == nil && len(m.countries) == 1 {
		e.country = m.countries[0]
	}
	if len(m.persons) == 1 {
		if h := d.HoldingOn(m.persons[0], pub); h != nil {
			if e.office == nil {
				e.office = h.Office
			}
			if e.country == nil && h.Country != "" {
				e.country = d.Country(h.Country)
			}
		}
		if e.country == nil && m.persons[0].Country != "" {
			e.country = d.Country(m.persons[0].Country)
		}
	}
	if e.office != nil {
		e.category = e.office.Category
	}
}

// kinTitles are words a discovered name may be found after that tell a
// family tie, not an office (天皇长女爱子, 夫人).
var kinTitles = []string{"长女", "长子", "次女", "次子", "女儿", "儿子", "夫人", "妻子", "丈夫", "家属", "母亲", "父亲", "遗孀"}

// lead records the words right before m in the sentence s, back to
// punctuation or twelve characters, for title-only mentions of titles the
// dictionary lacks (see byPhrase).
func (p *personIndex) lead(m *mention, s string) {
	e := p.byKey[m.key()]
	if e == nil || m.start <= 0 || m.start > len(s) {
		return
	}
	from := wordsBefore(s, m.start, 12, nil)
	if from < m.start && !slices.Contains(e.leads, s[from:m.start]) {
		e.leads = append(e.leads, s[from:m.start])
	}
}

// byPhrase finds the one person the article names right after the words
// of a title-only mention t of a title the dictionary lacks: the words
// after which it names them end in the title and at least two characters
// before it that t has too (非洲司令部司令 → 美国非洲司令部司令达格文·安德森).
// Of several, the one with the longest such ending; a tie is none.
func (p *personIndex) byPhrase(t *mention) *personEntry {
	need := utf8.RuneCountInString(t.title) + 2
	var best *personEntry
	bestN, tie := 0, false
	for _, e := range p.byKey {
		n := 0
		for _, l := range e.leads {
			n = max(n, commonSuffix(l, t.phrase))
		}
		switch {
		case n < need:
		case n > bestN:
			best, bestN, tie = e, n, false
		case n == bestN && e != best:
			// (The short form of a dotted name is its bearer:
			// 美国非洲司令部司令达格文·安德森 … 美国非洲司令部司令安德森.)
			switch {
			case shortFormOf(e, best):
			case shortFormOf(best, e):
				best = e
			default:
				tie = true
			}
		}
	}
	if tie {
		return nil
	}
	return best
}

// shortFormOf reports whether e is known by the last part of the dotted
// name of full, and by nothing else.
func shortFormOf(e, full *personEntry) bool {
	return len(e.mention.persons) == 0 && e.mention.name != "" && strings.HasSuffix(full.mention.text, "·"+e.mention.name) ||
		len(e.mention.persons) == 0 && len(full.mention.persons) > 0 && strings.HasSuffix(full.mention.persons[0].Name, "·"+e.mention.name)
}

// commonSuffix counts the characters a and b end in.
func commonSuffix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeLastRuneInString(a)
		rb, sb := utf8.DecodeLastRuneInString(b)
		if ra != rb {
			break
		}
		a, b = a[:len(a)-sa], b[:len(b)-sb]
		n++
	}
	return n
}

// holderOf finds the person the article names who holds the title's office
// for the title's country; for a bare title (no country), the one person of
// any country the article names holding it.
func (p *personIndex) holderOf(t *mention, d *dict.Dict, pub time.Time) *personEntry {
	if t.office == nil || len(t.countries) > 1 {
		return nil
	}
	var found []*personEntry
	for _, e := range p.byKey {
		if e.country == nil || len(t.countries) == 1 && e.country.ID != t.countries[0].ID {
			continue
		}
		if e.category == t.office.Category || sameOffice(e, t.office, d, pub) {
			found = append(found, e)
		}
	}
	// "伊朗最高领袖和总统鲁哈尼": of two holders of offices of one
	// category, the one the article names with the title's own office.
	if len(found) > 1 {
		found = slices.DeleteFunc(found, func(e *personEntry) bool { return e.office != t.office })
	}
	if len(found) != 1 {
		return nil
	}
	return found[0]
}

// reYear is a year written before a contact ("1972年", "2015年2月").
var reYear = regexp.MustCompile(`(\d{4})年`)

// heldThen reports whether the holder a title resolved to held the office in
// the year of the event, when that year is far from the article's: the
// dictionary's terms decide for a person it knows; a person the article
// alone names is taken to hold the office only around the article's date.
func heldThen(e *personEntry, t *mention, d *dict.Dict, c *candidate, pub time.Time) bool {
	year := 0
	if len(c.Date) >= 4 {
		year, _ = strconv.Atoi(c.Date[:4])
	} else {
		before := c.Sentence[:min(len(c.Sentence), c.trigStart)]
		for _, m := range reYear.FindAllStringSubmatchIndex(before, -1) {
			if !since(before[:m[0]], before[m[1]:]) { // not "2012年以来首次访问"
				year, _ = strconv.Atoi(before[m[2]:m[3]])
			}
		}
	}
	if year == 0 || pub.IsZero() || year >= pub.Year()-1 {
		return true
	}
	m := e.mention
	if len(m.persons) != 1 || t.office == nil || e.country == nil {
		return false
	}
	when := time.Date(year, 7, 1, 0, 0, 0, 0, time.UTC)
	for _, h := range d.Holders(t.office.Category, e.country.ID, when) {
		if h.ID == m.persons[0].ID {
			return true
		}
	}
	return false
}

// sameOffice checks the dictionary's terms for dictionary persons whose
// context gave another office (a head of state who is also party leader).
func sameOffice(e *personEntry, o *dict.Office, d *dict.Dict, pub time.Time) bool {
	m := e.mention
	if len(m.persons) != 1 {
		return false
	}
	for _, h := range d.Holders(o.Category, e.country.ID, pub) {
		if h.ID == m.persons[0].ID {
			return true
		}
	}
	return false
}

// finish resolves title-only participants, merges repeated reports of the
// same event within the article, propagates dates and fills in the
// document reference.
func finish(cands []*candidate, people *personIndex, d *dict.Dict, a *clean.Article, pub time.Time) []Relation {
	ref := Ref(a.Doc)
	type resolved struct {
		c    *candidate
		keys []string
	}
	var rs []resolved
	for _, c := range cands {
		ok := true
		var keys []string
		c.Participants = c.Participants[:0]
		for _, m := range c.parts {
			e := people.byKey[m.key()]
			conf := m.conf
			if m.kind == mTitle && m.phrase != "" {
				if e = people.byPhrase(m); e == nil {
					ok = false
					break
				}
				conf = min(conf, e.mention.conf)
			} else if m.kind == mTitle {
				e = people.holderOf(m, d, pub)
				if e != nil && !heldThen(e, m, d, c, pub) {
					e = nil // "1972年…首位访问中国的美国总统" is not today's president
				}
				if e == nil {
					ok = false
					break
				}
				conf = min(0.85, e.mention.conf)
			}
			if e == nil {
				ok = false
				break
			}
			keys = append(keys, e.key)
			c.Participants = append(c.Participants, participant(e, m, conf, c))
		}
		if !ok {
			continue
		}
		if c.Type == Visited {
			vc := people.byKey[keys[0]].country
			if vc != nil && vc.ID == c.visit.ID {
				continue // nobody visits their own country
			}
			c.Participants = append(c.Participants, Participant{Name: c.visit.Name, ID: c.visit.ID, Kind: "country",
				Mention: c.visit.Name, Country: c.visit.Name, Confidence: 1})
			keys = append(keys, "country:"+c.visit.ID)
		} else {
			if len(keys) != 2 || keys[0] == keys[1] {
				continue
			}
		}
		conf := 1.0
		for _, p := range c.Participants {
			conf = min(conf, p.Confidence)
		}
		c.Confidence = conf
		c.Doc = ref
		rs = append(rs, resolved{c: c, keys: keys})
	}

	// pairKey groups the contacts of two parties: co-chairing is meeting.
	pairKey := func(r resolved) string {
		k := append([]string(nil), r.keys[:min(2, len(r.keys))]...)
		sort.Strings(k)
		typ := r.c.Type
		if typ == CoChaired {
			typ = MetWith
		}
		return typ + "|" + strings.Join(k, "|")
	}

	// A headline sums up its report: a contact it tells as done that the
	// body tells only as to come ("李强赴莫斯科举行中俄总理定期会晤" over
	// "李强…抵达莫斯科，将举行中俄总理定期会晤") is to come.
	for _, r := range rs {
		if !r.c.title || r.c.Status != StatusFact {
			continue
		}
		planned, told := false, false
		for _, o := range rs {
			if o.c.title || pairKey(o) != pairKey(r) {
				continue
			}
			switch o.c.Status {
			case StatusPlanned:
				planned = true
			case StatusFact:
				told = true
			}
		}
		if planned && !told {
			r.c.Status = StatusPlanned
		}
	}

	// A contact told as one reported elsewhere (在同阿巴斯会谈时; X21日表示，
	// 两国元首成功会晤), dated only by its context or by the saying, is the
	// contact of the pair an earlier sentence dates by itself, when
	// those dates agree on one.
	for _, r := range rs {
		if !r.c.refers || !r.c.weak || r.c.Date == "" || r.c.Status != StatusFact || r.c.Type == Visited {
			continue
		}
		told := ""
		for _, o := range rs {
			if o.c.order >= r.c.order || o.c.weak || o.c.title || o.c.Date == "" || o.c.Status != StatusFact ||
				o.c.Type == Visited || pairKey(o) != pairKey(r) {
				continue
			}
			if told != "" && told != o.c.Date {
				told = ""
				break
			}
			told = o.c.Date
		}
		if told != "" {
			r.c.Date = told
		}
	}

	// Merge repeated reports: same type, status and parties, compatible
	// dates. The kept report is the most specific: dated over undated, body
	// over headline, then the earliest.
	groupKey := func(r resolved) string {
		k := append([]string(nil), r.keys...)
		if r.c.Type != Visited {
			sort.Strings(k)
		}
		return r.c.Type + "|" + r.c.Status + "|" + strings.Join(k, "|")
	}
	var kept []resolved
	for _, r := range rs {
		merged := false
		for i := range kept {
			if groupKey(kept[i]) != groupKey(r) || otherYears(kept[i].c, r.c) || earlierTime(kept[i].c, r.c) {
				continue
			}
			if !compatibleDates(kept[i].c.Date, r.c.Date) {
				// A visit lasts days: "5月7日至9日访问葡萄牙" and
				// "访葡期间（8日）" are one visit, dated by its first day.
				if r.c.Type != Visited || !sameVisit(kept[i].c.Date, r.c.Date) {
					continue
				}
				first := min(kept[i].c.Date, r.c.Date)
				kept[i].c.Date, r.c.Date = first, first
			}
			if better(r.c, kept[i].c) {
				absorb(r.c, kept[i].c)
				kept[i] = r
			} else {
				absorb(kept[i].c, r.c)
			}
			merged = true
			break
		}
		if !merged {
			kept = append(kept, r)
		}
	}

	// An undated fact takes the date of the article's other facts of its
	// kind between the same parties when they agree on one: a meeting the
	// date of a meeting (co-chairing is one), never of a call.
	dates := map[string]map[string]bool{}
	for _, r := range kept {
		if r.c.Date != "" && r.c.Status == StatusFact {
			k := pairKey(r)
			if dates[k] == nil {
				dates[k] = map[string]bool{}
			}
			dates[k][r.c.Date] = true
		}
	}
	// A visit the article tells as current but does not date is placed by
	// the first day it dates a meeting of the visitor with a person of the
	// country visited (沙拉访问白宫 … 10日与特朗普会谈).
	// Not a meeting the other went to the visitor's country for (习近平会见
	// 来华访问的马尔代夫总统 does not date 习近平's visit to the Maldives).
	hosted := map[string]string{} // visitor key + "|" + country ID → earliest day
	visits := map[string]bool{}   // visitor key + "|" + country ID
	for _, r := range kept {
		if r.c.Type == Visited && r.c.Status == StatusFact {
			visits[r.keys[0]+"|"+r.c.visit.ID] = true
		}
	}
	for _, r := range kept {
		if r.c.Type != MetWith && r.c.Type != CoChaired || r.c.Status != StatusFact || r.c.Mode != ModeInPerson || len(r.c.Date) != len("2006-01-02") {
			continue
		}
		pc := placeCountry(d, r.c.Place) // 在北京会见: the country it was held in, if stated
		for i, k := range r.keys[:2] {
			if own := people.byKey[k]; own != nil && own.country != nil && visits[r.keys[1-i]+"|"+own.country.ID] {
				continue
			}
			if e := people.byKey[r.keys[1-i]]; e != nil && e.country != nil {
				if pc != "" && pc != e.country.ID {
					continue // 在北京会见: not in the other's country
				}
				hk := k + "|" + e.country.ID
				if day, ok := hosted[hk]; !ok || r.c.Date < day {
					hosted[hk] = r.c.Date
				}
			}
		}
	}
	out := make([]Relation, 0, len(kept))
	for _, r := range kept {
		if r.c.Date == "" && r.c.Status == StatusFact && !r.c.past && !r.c.several {
			if ds := dates[pairKey(r)]; len(ds) == 1 {
				for dd := range ds {
					r.c.Date = dd
				}
			}
		}
		if r.c.Date == "" && r.c.Type == Visited && r.c.Status == StatusFact && !r.c.past && r.c.year == "" {
			r.c.Date = hosted[r.keys[0]+"|"+r.c.visit.ID]
		}
		// A contact during the trip the report is about, with no date
		// of its own: the month of the report.
		if r.c.Date == "" && r.c.Status == StatusFact && r.c.trip && !pub.IsZero() {
			r.c.Date = ym(pub)
		}
		out = append(out, r.c.Relation)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span[0] != out[j].Span[0] {
			return out[i].Span[0] < out[j].Span[0]
		}
		return out[i].Type < out[j].Type
	})
	return out
}

// placeCountry is the country a place stated for a contact names at its
// start (北京, 白宫, 莫斯科克里姆林宫), or "".
func placeCountry(d *dict.Dict, place string) string {
	for i := len(place); i > 0; {
		if cs := d.CountriesNamed(place[:i]); len(cs) == 1 {
			return cs[0].ID
		}
		_, size := utf8.DecodeLastRuneInString(place[:i])
		i -= size
	}
	return ""
}

// otherYears reports two undated facts of one pair that are two events:
// each names its own year, or one names a year and the other is told as
// current ("2014年习近平访韩时" and "习近平在庆州对韩国进行国事访问").
func otherYears(a, b *candidate) bool {
	if a.Date != "" || b.Date != "" || a.year == b.year || a.Status != StatusFact || b.Status != StatusFact {
		return false
	}
	current := func(c *candidate) bool { return c.year == "" && !c.past && !c.title }
	return a.year != "" && b.year != "" || current(a) || current(b)
}

// earlierTime reports two facts of one pair that are two events: one is
// undated but told at a distinctly earlier time (8年前访问塞尔维亚, 曾会见,
// 去年我们两度会面), the other is dated (在赴贝尔格莱德对塞尔维亚进行国事访问之际,
// 7日) or told as current.
func earlierTime(a, b *candidate) bool {
	if a.Status != StatusFact || b.Status != StatusFact {
		return false
	}
	// (Both undated, the other told as current: 11年前习近平访韩时 beside
	// 这次习近平…访问韩国, which its meetings date later.)
	// (Nor is a summary of several occasions one of them: 习莫频繁会晤
	// beside 莫迪与习近平会晤（2025年8月31日）.)
	current := func(c *candidate) bool { return !c.past && !c.earlier && !c.several && !c.title }
	other := func(c *candidate) bool { return c.earlier || c.several && c.Type != Visited }
	return other(a) && a.Date == "" && (b.Date != "" && !b.past || b.Date == "" && current(b)) ||
		other(b) && b.Date == "" && (a.Date != "" && !a.past || a.Date == "" && current(a))
}

// absorb completes the kept report of an event with what another report of
// it adds: a more precise date, the place, the meeting's name, and an
// explicit mode (video or phone) over the default in-person one.
func absorb(kept, other *candidate) {
	kept.Date = moreSpecific(kept.Date, other.Date)
	if kept.Place == "" {
		kept.Place = other.Place
	}
	if kept.Event == "" {
		kept.Event = other.Event
	}
	if kept.Mode == ModeInPerson && (other.Mode == ModeVideo || other.Mode == ModePhone) {
		kept.Mode = other.Mode
	}
}

// better reports whether report a of an event is more informative than b.
func better(a, b *candidate) bool {
	if len(a.Date) != len(b.Date) {
		return len(a.Date) > len(b.Date)
	}
	if a.title != b.title {
		return !a.title
	}
	return a.order < b.order
}

// participant builds the output record of a person.
func participant(e *personEntry, m *mention, conf float64, c *candidate) Participant {
	p := Participant{Kind: "person", Confidence: conf, Mention: m.text}
	if len(e.mention.persons) > 0 {
		p.Name = e.mention.persons[0].Name
		p.ID = e.mention.persons[0].ID
	} else {
		p.Name = e.mention.name
	}
	if e.office != nil {
		p.Office = e.office.Title
	} else {
		p.Office = e.title // as written
	}
	if e.country != nil {
		p.Country = e.country.Name
	}
	return p
}
