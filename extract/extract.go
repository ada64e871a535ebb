package extract

import (
	"cmp"
	"iter"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vcaesar/cedar"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/dict"
)

// Extractor finds relations in articles. Build it once with New; Extract is
// safe for concurrent use.
type Extractor struct {
	dict   *dict.Dict
	match  *matcher
	seg    *Segmenter
	abbrev map[string]*dict.Country // one-character country abbreviations (俄 → Russia)
	// initials are the first characters of the dictionary's person names
	// (习, 特, 川): a summit shorthand (川习会) is made of two of them.
	initials map[rune]bool
	titles   []string // generic titles, longest first
	// titleTrie holds the titles, each one's value its index in titles.
	titleTrie *cedar.Cedar
	skim      *skim // for MayRelate; nil: every article may relate
	// everyArticle makes Extract look at articles without a trigger word
	// too, for the persons they name (Stats.Discovered); see Discovering.
	everyArticle bool
}

// Discovering returns an Extractor that also finds the persons of articles
// that hold no trigger word, for `dipgraph dict candidates`. A plain
// Extractor skips those articles after one cheap scan: they cannot yield a
// relation, and they are most of an archive.
func (x *Extractor) Discovering() *Extractor {
	y := *x
	y.everyArticle = true
	return &y
}

// New builds an Extractor over d: the multi-pattern matcher and the
// segmenter with every dictionary name, office, country and trigger loaded.
func New(d *dict.Dict) (*Extractor, error) {
	x := &Extractor{dict: d, abbrev: map[string]*dict.Country{}, initials: map[rune]bool{}}
	for _, p := range d.People() {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if r, _ := utf8.DecodeRuneInString(n); isHan(r) {
				x.initials[r] = true
			}
		}
	}
	for _, c := range d.Countries() {
		for _, a := range c.Abbrev {
			if _, dup := x.abbrev[a]; dup {
				x.abbrev[a] = nil // ambiguous: never used alone
				continue
			}
			x.abbrev[a] = c
		}
	}
	// 华 is China in 访华, 赴华, 来华.
	if _, ok := x.abbrev["华"]; !ok {
		if cn := d.Country("CN"); cn != nil {
			x.abbrev["华"] = cn
		}
	}
	// 访 + a country's one-character abbreviation is a visit to it (访葡,
	// 访越), for every abbreviation that names one country only.
	triggers := append([]Trigger(nil), Triggers...)
	have := map[string]bool{}
	for _, t := range triggers {
		have[t.Word] = true
	}
	var abbrevs []string
	for a, c := range x.abbrev {
		if c != nil && !have["访"+a] {
			abbrevs = append(abbrevs, a)
		}
	}
	sort.Strings(abbrevs)
	for _, a := range abbrevs {
		if x.abbrev[a].Kind == "organization" {
			continue // 访欧 is a visit to Europe, not to the EU
		}
		triggers = append(triggers, Trigger{Word: "访" + a, Type: Visited, Shape: shapeVisit, Country: x.abbrev[a].ID})
	}
	// So is 访 + a country's or a city's name (its short name; the cities
	// that stand for it), a headline's visit (印度总理访不丹, 访北京): one
	// word each, so that 访 alone, which ends nouns (正式外访), is never a
	// trigger; the segmenter does not learn them (到访|埃及 stays two
	// words).
	for _, c := range d.Countries() {
		if c.Kind == "organization" || c.Retired {
			continue
		}
		for _, n := range append([]string{c.Name}, c.Cities...) {
			if utf8.RuneCountInString(n) < 2 || !isHan(firstRune(n)) || have["访"+n] {
				continue
			}
			have["访"+n] = true
			triggers = append(triggers, Trigger{Word: "访" + n, Type: Visited, Shape: shapeVisit, Country: c.ID, compound: true})
		}
	}
	x.match = newMatcher(d, triggers)
	x.skim = newSkim(cueTriggers(triggers), x.initials)
	seg, err := NewSegmenter(append(x.match.words(), mondays()...))
	if err != nil {
		return nil, err
	}
	x.seg = seg
	x.titles = slices.Clone(genericTitles)
	sort.Slice(x.titles, func(i, j int) bool { return len(x.titles[i]) > len(x.titles[j]) })
	x.titles = slices.Compact(x.titles) // (部长 is listed twice)
	x.titleTrie = patternTrie(x.titles)
	return x, nil
}

// Stats counts what one Extract call looked at.
type Stats struct {
	Sentences int // sentences scanned
	Segmented int // sentences that held a trigger and were segmented
	Mentions  int // person mentions found (in articles that hold a trigger word, unless Discovering)
	// Discovered lists the persons found by pattern (office + name) that
	// the dictionaries lack, for `dipgraph dict candidates`.
	Discovered []Discovery
	// spouses and awaiting are, for JoinSpouses, the spouses the article
	// names (by the key of whose spouse each is) and the visits of spouses
	// it names by title only.
	spouses  map[string]Participant
	awaiting []awaitingSpouse
}

// Discovery is a person name found after an office title.
type Discovery struct {
	Name      string
	Office    string // office title as written
	CountryID string // the country written before the office, or ""
	Sentence  string
}

// sentenceInfo is what the article-level pass keeps of a sentence.
type sentenceInfo struct {
	idx      int
	sent     *clean.Sentence
	simp     string
	mentions []*mention
	title    bool
}

// named returns the mentions of one dictionary person each that the
// sentence names, when it is of the body (not a title).
func (in *sentenceInfo) named() []*mention {
	if in.title {
		return nil
	}
	var out []*mention
	for _, m := range in.mentions {
		if m.kind == mPerson && len(m.persons) == 1 {
			out = append(out, m)
		}
	}
	return out
}

// titlePhrase returns a title-only mention of a title the dictionary lacks,
// ending at offset at of s, with the words before it that qualify it
// (美国非洲司令部司令, 台湾APEC代表), when no name follows it and a contact
// word or a connector does, after an adverb if any:
// "非洲司令部司令还与…举行了会谈" names the commander the article names
// after the same words (see personIndex.byPhrase). Else nil.
func (x *Extractor) titlePhrase(s string, ms []*mention, at int, title string) *mention {
	start := at - len(title)
	if start < 0 || s[start:at] != title || slices.ContainsFunc(ms, func(m *mention) bool { return m.start < at && m.end > start }) {
		return nil
	}
	rest := s[at:]
	for _, adv := range []string{"还", "也", "则", "又", "随后", "曾", "已", "亦"} {
		if r, ok := strings.CutPrefix(rest, adv); ok {
			rest = r
			break
		}
	}
	trig := slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mTrigger && m.start == len(s)-len(rest) })
	if !trig && !hasAnyPrefix(rest, []string{"与", "同", "和", "跟"}) {
		return nil
	}
	// The qualifying words: back to punctuation, a mention or ten
	// characters.
	from := wordsBefore(s, start, 10, func(from int) bool {
		return slices.ContainsFunc(ms, func(m *mention) bool { return m.end == from && (m.kind == mPerson || m.kind == mTrigger) })
	})
	if from == start {
		return nil
	}
	return &mention{start: start, end: at, kind: mTitle, text: s[start:at], title: title, phrase: s[from:at], conf: 0.75}
}

// wordsBefore returns where the words written right before offset at of s
// start: back over at most n Han characters or letters, to punctuation or
// to an offset where stop (if any) says the words end.
func wordsBefore(s string, at, n int, stop func(from int) bool) int {
	from := at
	for i := 0; from > 0 && i < n; i++ {
		r, size := utf8.DecodeLastRuneInString(s[:from])
		if !isHan(r) && !unicode.IsLetter(r) || stop != nil && stop(from) {
			break
		}
		from -= size
	}
	return from
}

// discoveredName is the mention of a name no dictionary holds, found at
// s[start:end] (after title, when a title led to it).
func discoveredName(s string, start, end int, title string) *mention {
	return &mention{start: start, end: end, kind: mPerson, text: s[start:end], name: s[start:end], title: title, conf: 0.6}
}

// simplified returns a sentence in simplified script, the rules' input
// (its text when the conversion was left empty).
func simplified(s *clean.Sentence) string {
	if s.Simplified == "" {
		return s.Text
	}
	return s.Simplified
}

// inTitle reports whether sentence s of a belongs to its title.
func inTitle(a *clean.Article, s *clean.Sentence) bool {
	return s.Paragraph < len(a.Paragraphs) && a.Paragraphs[s.Paragraph].Kind == "title"
}

// anyCue reports whether some sentence of a holds a trigger word.
func (x *Extractor) anyCue(a *clean.Article) bool {
	for i := range a.Sentences {
		simp := simplified(&a.Sentences[i])
		if x.match.hasCue(simp) || hasSummitCue(simp, x.initials) {
			return true
		}
	}
	return false
}

// Extract returns the relations of one article: facts and, with their
// status, planned and negated contacts. The article is not modified.
func (x *Extractor) Extract(a *clean.Article) ([]Relation, Stats) {
	var st Stats
	pub := referenceDate(a)
	var infos []*sentenceInfo
	people := &personIndex{byKey: map[string]*personEntry{}}
	discovered := map[string]bool{}
	var titled map[string]map[string]bool // discovered name → the titles it was found after
	var shorthands []*sentenceInfo        // sentences with nothing but a possible summit shorthand
	var shortForms map[string]bool        // unknown two-character subjects of triggered sentences
	namesakes := map[string]bool{}        // dictionary names a gloss shows to be another person's
	// Dictionary names the text ties to another country than the person's
	// (智利驻华大使施密特), and those it ties to theirs somewhere.
	otherCountry, ownCountry := map[string]bool{}, map[string]bool{}

	if !x.everyArticle && !x.anyCue(a) {
		st.Sentences = len(a.Sentences)
		return nil, st
	}

	// Pass 1: mentions in every sentence; segmentation only where a
	// trigger or an office title appears, or where someone may speak for
	// a group the item has told a meeting with (…俄方主席季托夫表示).
	groupTold, orgTold := false, false
	for i := range a.Sentences {
		s := &a.Sentences[i]
		st.Sentences++
		simp := simplified(s)
		title := inTitle(a, s)
		if title {
			simp = headlineClauses(simp)
		}
		raw := x.match.find(simp)
		// (A group's speaker may be named by no dictionary:
		// 顾问委员会主席蒂姆·库克等委员表示.)
		// (Nor by a title: a dotted name alone, "阿瑟·詹姆斯·贝尔福于1848年出生",
		// names one whom a later sentence may call by the last part.)
		if title {
			orgTold = reOrgHeadline.MatchString(simp)
		}
		// (After a headline of two bodies' talks, a sentence of who attends
		// names the persons of each side after titles no dictionary has:
		// 东航集团董事长刘绍勇出席并讲话.)
		attending := orgTold && !title && containsAny(simp, attendWords)
		if len(raw) == 0 && !hasGloss(simp) && !strings.Contains(simp, "·") && !(groupTold && !title && containsAny(simp, groupSpeech)) && !attending {
			if hasSummitCue(simp, x.initials) {
				// Kept aside: it counts only if it names a summit (川习会上).
				shorthands = append(shorthands, &sentenceInfo{idx: i, sent: s, simp: simp, title: title})
			}
			continue
		}
		hasTrig, hasOffice := false, false
		for _, r := range raw {
			switch p := x.match.pats[r.Pattern()]; p.kind {
			case mTrigger:
				// (A joint word alone, 主持, common in domestic news, is
				// no reason to segment: see cueTriggers.)
				hasTrig = hasTrig || !p.trig.Joint
			case mOffice:
				hasOffice = true
			}
		}
		if title {
			groupTold = false
		}
		var toks []Token
		// (A dotted name is a name with no title: "阿瑟·詹姆斯·贝尔福于1848年
		// 出生" names one a later sentence may call 贝尔福.)
		if hasTrig || hasOffice || groupTold && containsAny(simp, groupSpeech) || strings.Contains(simp, "·") || attending {
			toks = x.seg.Tokens(simp)
			st.Segmented++
		}
		groupTold = groupTold || hasTrig && reGroupMeeting.MatchString(simp)
		ms := x.mentions(simp, raw, toks, pub)
		for _, m := range ms {
			if glossContradicts(simp, m) || spouseNamesake(simp, m) {
				namesakes[m.text] = true
			}
			if other, ok := x.countryContradicts(m); ok {
				otherCountry[m.text] = otherCountry[m.text] || other
				ownCountry[m.text] = ownCountry[m.text] || !other
			}
			// A doubled middle dot is a typing slip: 达格文··安德森.
			if m.kind == mPerson && len(m.persons) == 0 && strings.Contains(m.name, "··") {
				m.name = strings.ReplaceAll(m.name, "··", "·")
			}
			if p := x.dottedHolder(m, pub); p != nil {
				m.persons, m.name = []*dict.Person{p}, ""
			}
		}
		if hasTrig {
			for _, f := range familyCandidates(simp, toks, ms) {
				if shortForms == nil {
					shortForms = map[string]bool{}
				}
				shortForms[f] = true
			}
		}
		infos = append(infos, &sentenceInfo{idx: i, sent: s, simp: simp, mentions: ms, title: title})
	}
	for n := range otherCountry {
		if !ownCountry[n] {
			namesakes[n] = true
		}
	}
	narrowShared(infos)
	for _, in := range infos {
		for k, m := range in.mentions {
			if m.kind != mPerson {
				continue
			}
			if namesakes[m.text] && len(m.persons) > 0 {
				// A namesake of a dictionary person, shown to be another
				// person by a gloss somewhere in the article.
				d := *m
				d.persons, d.name, d.conf = nil, m.text, 0.7
				m = &d
				in.mentions[k] = m
			}
			st.Mentions++
			people.add(m, x.dict, pub)
			people.lead(m, in.simp)
			if m.name != "" && m.title != "" {
				if titled == nil {
					titled = map[string]map[string]bool{}
				}
				if titled[m.name] == nil {
					titled[m.name] = map[string]bool{}
				}
				titled[m.name][m.title] = true
			}
			if m.name != "" && !discovered[m.name] {
				discovered[m.name] = true
				dd := Discovery{Name: m.name, Sentence: in.sent.Text}
				if m.office != nil {
					dd.Office = m.office.Title
				} else {
					dd.Office = m.title
				}
				if len(m.countries) == 1 {
					dd.CountryID = m.countries[0].ID
				}
				st.Discovered = append(st.Discovered, dd)
			}
		}
	}
	// A title-only mention of a title the dictionary lacks stands for
	// someone only when the article names them after the same words.
	standsForNone := func(m *mention) bool { return m.phrase != "" && people.byPhrase(m) == nil }
	for _, in := range infos {
		if slices.ContainsFunc(in.mentions, standsForNone) {
			in.mentions = slices.DeleteFunc(slices.Clone(in.mentions), standsForNone)
		}
	}

	// Names discovered anywhere in the article are persons everywhere in it,
	// and so are the family names of Japanese persons it names in full
	// (高市早苗 … 高市还同…).
	forms := map[string]*mention{}
	// A family name that is the subject of a contact ("小林在记者会前与…会面")
	// names the person the article named in full after a title in a
	// sentence with no contact word, which was not segmented
	// ("自民党政调会长小林鹰之在20日的记者会上表示").
	for f := range shortForms {
		if x.dictEntry(f) {
			continue
		}
		full, title := titledFullName(a, f)
		if full == "" || x.dictEntry(full) {
			continue
		}
		m := &mention{kind: mPerson, name: full, text: full, title: title, office: x.dict.Office(title), conf: 0.7}
		people.add(m, x.dict, pub)
		forms[f] = m
		if !discovered[full] {
			discovered[full] = true
			st.Discovered = append(st.Discovered, Discovery{Name: full, Office: title})
		}
	}
	for n := range discovered {
		forms[n] = &mention{kind: mPerson, name: n, conf: 0.7}
	}
	// A name after a title that the segmenter did not cut off
	// ("证监会主席吴清因健康因素请辞") and that the article repeats (吴清10至
	// 13日访问法国, 吴清还与…) is a person wherever it is written.
	// (A name discovered with no title, 会见了张玉卓一行, takes the one the
	// article writes before it elsewhere: 董事长张玉卓.)
	untitled := func(n string) bool {
		e := people.byKey[nameKey(n)]
		return e != nil && e.title == "" && e.office == nil
	}
	found := maps.Clone(discovered)
	maps.DeleteFunc(found, func(n string, _ bool) bool { return untitled(n) })
	for _, r := range x.recurringTitled(a, found) {
		m := &mention{kind: mPerson, name: r.name, text: r.name, title: r.title, office: x.dict.Office(r.title), conf: 0.7}
		if discovered[r.name] && untitled(r.name) {
			people.add(m, x.dict, pub)
			continue
		}
		if forms[r.name] != nil {
			continue
		}
		people.add(m, x.dict, pub)
		forms[r.name] = m
		discovered[r.name] = true
		st.Discovered = append(st.Discovered, Discovery{Name: r.name, Office: r.title})
	}
	// The last part of a discovered name written with a middle dot is the
	// person's short form (皮特·黑格塞斯 … 黑格塞斯), unless it is a
	// discovered name of its own (the loop above ran first for that).
	// Discovered on its own too, after a title the full name was also
	// written after (司令安德森 … 司令达格文·安德森), it is still that person
	// when no other dotted name of the article ends so; after another title
	// or none it may be a relative (副总统钱尼 … 女儿丽兹·钱尼).
	var merged map[string]*mention // family names discovered after a title (日本首相高市)
	ends := map[string][]string{}  // last part → the dotted names that end with it
	for n := range discovered {
		if i := strings.LastIndex(n, "·"); i > 0 {
			if last := n[i+len("·"):]; utf8.RuneCountInString(last) >= 2 && !x.dictEntry(last) {
				ends[last] = append(ends[last], n)
			}
		}
	}
	// The first part, too, when no other name the article discovers or
	// knows is written so: AJ and BBC features call 塔克·卡尔森 塔克 and
	// 萨米娅·苏卢胡·哈桑 萨米娅 (not a common word or a dictionary entry:
	// 马克, 亚当 …).
	starts := map[string][]string{}
	names := slices.Collect(maps.Keys(discovered))
	for _, n := range names {
		// (A show named after one is not another: 《塔克·卡尔森秀》.)
		if i := strings.Index(n, "·"); i > 0 && !slices.ContainsFunc(names, func(o string) bool { return o != n && strings.HasPrefix(n, o) }) {
			if first := n[:i]; utf8.RuneCountInString(first) >= 2 && allTranslit(first) && !x.dictEntry(first) && !x.seg.commonWord(first) {
				starts[first] = append(starts[first], n)
			}
		}
	}
	for first, ns := range starts {
		if forms[first] == nil && len(ns) == 1 && len(ends[first]) == 0 {
			forms[first] = forms[ns[0]]
		}
	}
	for last, ns := range ends {
		switch {
		case forms[last] == nil:
			if len(ns) == 1 {
				forms[last] = forms[ns[0]]
			}
		case discovered[last] && len(ns) == 1 && sharesTitle(titled[last], titled[ns[0]]):
			if merged == nil {
				merged = map[string]*mention{}
			}
			merged[last] = forms[ns[0]]
			forms[last] = forms[ns[0]]
		}
	}
	for _, e := range people.byKey {
		f := familyName(e, x.dict)
		if f == "" || (forms[f] != nil && !discovered[f]) {
			continue
		}
		full := &mention{kind: mPerson, persons: e.mention.persons, name: e.mention.name, conf: e.mention.conf * 0.95}
		if discovered[f] {
			// Found after a title as a name of its own, it is still the
			// person the article names in full.
			if merged == nil {
				merged = map[string]*mention{}
			}
			merged[f] = full
		}
		forms[f] = full
	}
	if merged != nil {
		for _, in := range infos {
			for k, m := range in.mentions {
				if full := merged[m.name]; full != nil && m.kind == mPerson && len(m.persons) == 0 {
					d := *full
					d.start, d.end, d.text, d.office, d.countries = m.start, m.end, m.text, m.office, m.countries
					in.mentions[k] = &d
				}
			}
		}
		for f := range merged {
			delete(people.byKey, "x:"+f)
			delete(discovered, f)
		}
		st.Discovered = slices.DeleteFunc(st.Discovered, func(d Discovery) bool { return merged[d.Name] != nil })
	}
	if len(forms) > 0 {
		for _, in := range infos {
			in.mentions = addForms(in.simp, in.mentions, forms)
		}
	}
	// A family name of one character as a contact clause's subject (林当时
	// 还与时任美国总统拜登短暂会面, 习与川普通话) is the one person of the
	// article with a Chinese name that starts so.
	if sf := x.surnameForms(people); len(sf) > 0 {
		for _, in := range infos {
			if slices.ContainsFunc(in.mentions, func(m *mention) bool { return m.kind == mTrigger }) {
				in.mentions = addSurnames(in.simp, in.mentions, sf)
			}
		}
	}
	for _, in := range infos {
		var listed []*mention
		in.mentions, listed = x.listedBetween(in.simp, in.mentions)
		for _, m := range listed {
			people.add(m, x.dict, pub)
			if !discovered[m.name] {
				discovered[m.name] = true
				st.Discovered = append(st.Discovered, Discovery{Name: m.name, Sentence: in.sent.Text})
			}
		}
	}
	// Summit shorthands (川习会) name persons the article names in full;
	// the persons' initials are read once, when a sentence has a cue.
	var initials map[rune][]string
	var byKey map[string]*mention
	summits := func(in *sentenceInfo) []*mention {
		if initials == nil {
			initials, byKey = personInitials(infos)
		}
		return addSummits(in.simp, in.mentions, initials, byKey)
	}
	for _, in := range infos {
		if hasSummitCue(in.simp, x.initials) {
			in.mentions = summits(in)
		}
		if hasPairCue(in.simp, in.mentions, x.initials) {
			if initials == nil {
				initials, byKey = personInitials(infos)
			}
			addPairShorthands(in.simp, in.mentions, initials, byKey)
		}
	}
	n := len(infos)
	for _, in := range shorthands {
		if in.mentions = summits(in); len(in.mentions) > 0 {
			infos = append(infos, in)
		}
	}
	if len(infos) > n {
		slices.SortFunc(infos, func(x, y *sentenceInfo) int { return x.idx - y.idx })
	}

	// Pass 2: relations, sentence by sentence.
	var rels []*candidate
	transcript := a.Doc.Format == "transcript"
	ctxDate, ctxRange := "", noRange   // the latest event date stated in the body so far
	ctxPara := -1                      // the paragraph it was stated in
	curDate, curRange := "", noRange   // the latest one not in an earlier year than the article
	factDate, factRange := "", noRange // the date of the latest dated contact of such a year
	titleDate := ""                    // a date the title gives
	memo := &memory{protagonist: protagonist(infos, x.seg.commonWord), transcript: transcript, delegations: delegations(infos), infos: infos}
	for _, in := range infos {
		memo.named = append(memo.named, in.named()...)
	}
	titlePlanned := map[string]bool{} // contacts the title says are to come
	prevSimp := ""                    // the sentence before, for the day of a report it told (外交部7日发表声明)
	itemStart := 0                    // the sentence the current item (a programme's) starts at
	for _, in := range infos {
		if in.title {
			itemStart = in.idx
		}
		found := x.relations(in, a, pub, memo)
		// "王沪宁表示，今天下午，习近平主席同你举行…会晤": in a programme's
		// item about an earlier day, a speaker's 今天 is the day they spoke,
		// the one the item dated, not the programme's.
		if transcript && len(ctxDate) == len("2006-01-02") && ctxPara >= 0 && !pub.IsZero() && ctxDate < ymd(dayOf(pub)) {
			for _, c := range found {
				if c.Date == ymd(dayOf(pub)) && spokenToday(in.simp, c.trigStart) {
					c.Date = ctxDate
				}
			}
		}
		for _, c := range found {
			if in.title && c.Status == StatusPlanned {
				titlePlanned[c.pairKey()] = true
			}
			if c.Date != "" || c.Status != StatusFact || in.title || c.ownDate || topicOnly(in.simp, c.trigStart) {
				continue
			}
			// "川普將接見曼達尼" over "川普與曼達尼會面，象徵…": an undated
			// contact of the pair the title says is to come is that one,
			// unless its clause places it in the past (曾, 此前, 去年 …) or
			// tells it done (举行了会谈).
			if titlePlanned[c.pairKey()] && !ownTime(clauseOf(in.simp, c.trigStart)) && !completed(in.simp[:c.trigStart], in.simp[c.trigStart+len(c.Trigger):]) {
				c.Status = StatusPlanned
				continue
			}
			// "据X29日报道，Y当天与Z通话": 当天 is the report's day; so it
			// is when the sentence before told the report ("叙外交部7日发表
			// 声明…。当天，阿萨德同X通电话").
			if d := reportedDay(in.simp, c.trigStart, pub); d != "" && !ownTime(clauseOf(in.simp, c.trigStart)) {
				c.Date = d
				continue
			}
			if hasAnyPrefix(in.simp, []string{"当天", "当日", "同日"}) && !ownTime(clauseOf(in.simp, c.trigStart)) {
				if d := lastReportDay(prevSimp, pub); d != "" {
					c.Date = d
					continue
				}
			}
			// Outside news-programme items, which report one occasion
			// each, a date carries to another paragraph only when the
			// sentence says it goes on with the same occasion (还, 此外,
			// 同日, 随后 …).
			c.weak = true
			if ctxDate == "" && titleDate != "" {
				c.Date = titleDate
				continue
			}
			// "访新期间，韩正还会见了…": a contact during the visit the
			// article reports takes the visit's month (the trip rule), not
			// the last date told before, which may be a background one
			// (习近平主席同总理先生今年3月…).
			// So is the visit that frame names ("访匈期间，赵乐际考察了…"),
			// when the article has told that visit already: it is the same
			// one, not one of the last date told.
			if (c.Type != Visited && reVisitFrame.MatchString(in.simp[:c.trigStart]) || c.Type == Visited && reOwnVisitFrame.MatchString(in.simp[c.trigStart:]) && toldVisit(rels, c)) &&
				!ownTime(in.simp[:c.trigStart]) && len(findDates(in.simp, pub)) == 0 {
				continue
			}
			date, isRange := ctxDate, ctxRange
			goesOn := containsAny(in.simp[:c.trigStart], continuation) || reOccasionEdge.MatchString(in.simp)
			if !transcript && ctxPara != in.sent.Paragraph {
				if !goesOn {
					continue
				}
				// "…还举行了个别会谈" goes on with the occasion of the
				// report, not with a background date of an earlier year
				// stated in between ("2021年3月首次召开2+2"), nor with one
				// that only names an earlier event ("履行今年8月首脑会谈
				// 发表的声明"): the date of the last dated contact, when
				// there is one, else the last date of this year.
				date, isRange = curDate, curRange
				if factDate != "" {
					date, isRange = factDate, factRange
				}
			}
			// "当天中午，习近平同普京小范围茶叙" after a month a speaker
			// recalled (习近平主席5月对俄罗斯进行国事访问): 当天 names a
			// day, that of the last contact dated by its day.
			if len(date) == len("2006-01") && hasAnyPrefix(in.simp, []string{"当天", "当日", "同日", "当晚"}) {
				if d := lastDay(rels, itemStart); d != "" {
					date, isRange = d, noRange
				}
			}
			// "11月30日，…签约仪式在呼和浩特举行。签约仪式前，X会见了…": the
			// occasion may be dated by a sentence that names no one.
			if date == "" && goesOn && !transcript {
				date, isRange = dateBefore(a, in.idx, pub)
			}
			if ownTimeAround(in.simp, c.trigStart) ||
				!transcript && reBeforeFrame.MatchString(clauseOf(in.simp, c.trigStart)) ||
				anniversary(in.simp, c.trigStart) {
				continue
			}
			// "一个月后，习主席在会见基辛格时…": a span after the occasion
			// before.
			if d, ok := afterOffset(openingTime(in.simp, c.trigStart), date); ok {
				c.Date = d
				continue
			}
			if d, ok := afterOffset(clauseOf(in.simp, c.trigStart), date); ok {
				c.Date = d
				continue
			}
			// A sentence that goes on about an occasion already dated
			// ("7日上午…。欢迎仪式后，李强同…会谈") takes its date; in a news
			// programme an undated item is the day's news.
			if date > ymd(pub) {
				// "高市将于26日参加…", "希望最快12月能缔结…": a date after the
				// report is a plan or a hope, not the occasion of a fact.
				date = ""
				if ctxDate > ymd(pub) {
					ctxDate = ""
				}
			}
			// "阿齐兹随后前往印度，会见了…": a journey on from the occasion
			// dated before; the day of what follows it is not known.
			if containsAny(in.simp[:c.trigStart], journeyOn) {
				date = date[:min(len(date), len("2006-01"))]
			}
			switch {
			case date != "" && isRange != noRange && c.Type != Visited:
				// During a stay across two months the day, and the month,
				// of a contact are unknown.
				c.Date = isRange.contactDate(date)
				c.ownDate = c.Date == ""
			case date != "":
				c.Date = date
			case transcript && !pub.IsZero():
				c.Date = ymd(dayOf(pub))
				c.reportDay = c.Date
				c.afterPrev = reAfterOccasion.MatchString(in.simp)
			}
		}
		for _, c := range found {
			switch {
			case in.title:
			case c.Date == "":
				c.past = ownTimeAround(in.simp, c.trigStart) || topicOnly(in.simp, c.trigStart)
				// (Nor are several occasions the one told now: 你访问中国已经一百多次.)
				c.earlier = c.past && (reYearOnly.MatchString(in.simp[:c.trigStart]) || containsAny(in.simp[:c.trigStart], earlierMarkers) || reCount.MatchString(clauseOf(in.simp, c.trigStart)) ||
					containsAny(clauseOf(in.simp, c.trigStart), lately)) &&
					!containsAny(clauseOf(in.simp, c.trigStart), []string{"此次", "此访", "这是", "这也是", "时隔"}) // the occasion after a gap: 萨勒曼时隔约7年…首次访美
				c.several = containsAny(clauseOf(in.simp, c.trigStart), habitual) || reSeveral.MatchString(clauseOf(in.simp, c.trigStart))
				// (Not a year since which something is counted: 2017年以来.)
				if y := reYearOnly.FindString(clauseOf(in.simp, c.trigStart)); y != "" && !hasAnyPrefix(y[len("2006年"):], []string{"以", "来", "起"}) {
					c.year = y[:len("2006")]
				}
				// Undated still: the report's month if it is said to be
				// during the trip (applied after the article-level pass).
				c.trip = !c.ownDate && duringTrip(in.simp[:c.trigStart]) && !ownTime(in.simp[:c.trigStart]) && len(findDates(in.simp, pub)) == 0 &&
					!anniversary(in.simp, c.trigStart)
			case c.Status == StatusFact && (pub.IsZero() || c.Date[:4] >= pub.Format("2006")):
				factDate, factRange = c.Date, noRange
			}
		}
		rels = append(rels, found...)
		prevSimp = in.simp
		if d, r := lastDate(in.simp, pub); d != "" {
			if in.title {
				// A date in the title ("追踪高市早苗首相（12日）") is the
				// date of the whole article; not one after the report (将于
				// 明年4月访华): that is a plan's.
				if pub.IsZero() || d <= ymd(pub) {
					titleDate = d
				}
			} else if reScheduleLead.MatchString(in.simp) {
				// So is the date of a schedule's lead (日本首相高市早苗4日的
				// 主要活动如下): the day of every line it lists.
				if titleDate == "" && (pub.IsZero() || d <= ymd(pub)) {
					titleDate = d
				}
			} else {
				ctxDate, ctxRange, ctxPara = d, r, in.sent.Paragraph
				if pub.IsZero() || d[:4] >= pub.Format("2006") {
					curDate, curRange = d, r
				}
			}
		}
	}

	datedByLead(rels, infos, a, pub)
	datedByTrigger(rels, infos, pub)
	datedBySubhead(rels, a)
	rels = append(rels, companions(rels, infos)...)
	rels = append(rels, spouseArrivals(rels, infos)...)

	// Pass 3: article-level resolution of title-only mentions, merging of
	// repeated reports of one event, and date propagation; then the visits
	// of spouses a list of companions names by title (spouse.go).
	out := finish(rels, people, x.dict, a, pub)
	st.spouses = spousesOf(infos)
	out, st.awaiting = companionSpouses(out, infos, st.spouses)
	return out, st
}

// spokenToday reports a contact whose clause is dated by 今天 or 今日 right
// after a saying verb ("王沪宁表示，今天下午，…会晤").
func spokenToday(s string, at int) bool {
	i := max(strings.LastIndex(s[:at], "今天"), strings.LastIndex(s[:at], "今日"))
	return i >= 0 && reSaidBefore.MatchString(s[:i])
}

// datedBySubhead gives a contact told in a sub-headline of a news
// programme's roundup ("伊朗总统会见俄联邦安全会议秘书", a short paragraph of its
// own without a full stop) the date of the same contact the paragraph after
// it reports ("…17日在德黑兰会见到访的…绍伊古"): it heads that report, and the
// context dated it by the programme's day. A report that tells the contact
// at an unstated earlier time (日前) leaves it undated (not "这是…以来首次
// 访问", the occasion itself).
func datedBySubhead(rels []*candidate, a *clean.Article) {
	for _, c := range rels {
		if c.title || c.Status != StatusFact || !subheadline(a, c.order) {
			continue
		}
		next := a.Sentences[c.order].Paragraph + 1
		for _, o := range rels {
			if o.order > c.order && a.Sentences[o.order].Paragraph == next && o.Status == StatusFact && (o.Date != "" || o.past && !containsAny(o.Sentence, []string{"这是", "此次", "首次"})) &&
				sameContact(c, o) {
				// A report it heads that tells the contact undated at a
				// time of its own (侯赛尼日前…会面) leaves it undated too.
				c.Date, c.past = o.Date, o.past
				if c.Date == "" {
					c.reportDay = ""
				}
				break
			}
		}
	}
}

// sameContact reports whether o may be the contact c tells: the same type
// and visited country, and each named party of c among o's (a party named
// by title only, 伊朗总统, is resolved later and may be any of them).
func sameContact(c, o *candidate) bool {
	if c.Type != o.Type || len(c.parts) != len(o.parts) || (c.visit == nil) != (o.visit == nil) || c.visit != nil && c.visit.ID != o.visit.ID {
		return false
	}
	for _, m := range c.parts {
		if m.kind != mTitle && !slices.ContainsFunc(o.parts, func(n *mention) bool { return n.key() == m.key() }) {
			return false
		}
	}
	return true
}

// subheadline reports a sentence that is a paragraph of its own, short and
// without a closing mark: a heading inside an article.
func subheadline(a *clean.Article, i int) bool {
	s := a.Sentences[i]
	if s.Paragraph >= len(a.Paragraphs) {
		return false
	}
	p := a.Paragraphs[s.Paragraph]
	if p.Kind == "title" || s.Start != p.Start || s.End != p.End || utf8.RuneCountInString(s.Text) > 40 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s.Text)
	return !strings.ContainsRune("。！？!?…”」』", r)
}

// topicOnly reports a contact its clause names as what a report is on
// (审议赵乐际委员长访问摩洛哥、塞内加尔和马来西亚情况的书面报告) or as one of the
// means of a relationship (我同武契奇总统通过会晤、通话、信函等方式建立起良好
// 工作关系): it took place before, at no time the clause gives, not on the
// occasion of the sentence.
func topicOnly(s string, trig int) bool {
	cs, ce := clauseBounds(s, trig, trig)
	return reReportOn.MatchString(s[trig:ce]) ||
		strings.Contains(s[cs:trig], "通过") && strings.Contains(s[trig:ce], "等方式") ||
		containsAny(s[cs:trig], []string{"落实", "贯彻"}) && reConsensusOf.MatchString(s[trig:ce])
}

// reConsensusOf is the consensus a contact reached, after its word: 会晤
// (达成的)(重要)共识. What implements it (落实…会晤重要共识) comes after the
// contact, which its clause does not date.
var reConsensusOf = regexp.MustCompile(`^\p{Han}{2}(?:达成的)?(?:重要|重大)?共识`)

var reReportOn = regexp.MustCompile(`(?:情况|工作)?的(?:书面)?报告|情况报告`)

// anniversary reports a contact whose anniversary its clause marks after
// it ("今年是习近平主席成功对澳进行国事访问…10周年"): it took place years
// before, not on the occasion of the report. Not the occasion an
// anniversary frames ("在建交50周年之际").
func anniversary(s string, trig int) bool {
	_, ce := clauseBounds(s, trig, trig)
	i := strings.Index(s[trig:ce], "周年")
	return i >= 0 && !containsAny(s[trig+i+len("周年"):ce], []string{"之际", "前夕", "期间", "时", "庆典", "活动", "纪念"})
}

// objectFrame reports a contact word whose object closes a frame of time
// ("在会见翁赛维索时，丁薛祥表示…"): the meeting reported elsewhere in the
// article.
func objectFrame(s string, ms []*mention, t *mention) bool {
	at := t.end
	for {
		i := slices.IndexFunc(ms, func(m *mention) bool { return m.start == at && m.kind == mPerson })
		if i < 0 {
			break
		}
		at = ms[i].end
		if strings.HasPrefix(s[at:], "、") || strings.HasPrefix(s[at:], "和") {
			at += len("、")
		}
	}
	return at > t.end && hasAnyPrefix(s[at:], []string{"时，", "期间，"})
}

// reCompanionList introduces the list of those who accompany a visit:
// "陪同习近平出访的有：蔡奇，王毅等", "陪同出访的还有…".
var reCompanionList = regexp.MustCompile(`陪同[^。：，]{0,12}?(?:出访|访问|访华)的(?:还)?有`)

// reAccompaniedBy is a trip said to be accompanied by those its first
// group names: 此行由…陪同, 此访由…陪同.
var reAccompaniedBy = regexp.MustCompile(`(?:此行|此访|此次访问|这次访问|此次出访)由([^。；]{2,200}?)(陪同)`)

// accompaniedBy returns the submatch offsets of reAccompaniedBy in s, or
// nil; its literal words are looked for first, as most sentences hold
// neither and the pattern's lazy run backtracks over the whole sentence.
func accompaniedBy(s string) []int {
	if !strings.Contains(s, "陪同") || !strings.Contains(s, "由") {
		return nil
	}
	return reAccompaniedBy.FindStringSubmatchIndex(s)
}

// companionList returns where the words that introduce a list of companions
// (reCompanionList) stand in a sentence, and the one accompanied when they
// name them (陪同李强出访的有), else nil; a nil loc when there are none.
func companionList(in *sentenceInfo) (loc []int, whom *mention) {
	if !strings.Contains(in.simp, "陪同") {
		return nil, nil
	}
	if loc = reCompanionList.FindStringIndex(in.simp); loc == nil {
		return nil, nil
	}
	for _, m := range in.mentions {
		if m.kind == mPerson && m.start > loc[0] && m.end < loc[1] {
			whom = m
		}
	}
	return loc, whom
}

// itemBodies yields the body sentences of infos, each with the index of the
// sentence its item (a news programme's) starts at: its headline, or 0.
func itemBodies(infos []*sentenceInfo) iter.Seq2[int, *sentenceInfo] {
	return func(yield func(int, *sentenceInfo) bool) {
		itemStart := 0
		for _, in := range infos {
			if in.title {
				itemStart = in.idx
				continue
			}
			if !yield(itemStart, in) {
				return
			}
		}
	}
}

// companions gives each person named in "A、B等陪同人员同机抵达" (or "A等同机
// 抵达") or after "陪同习近平出访的有：" the visit of the item's last visitor
// before it (for a list, else its first after it): those who accompany a
// visit visit too (the gold conventions), on its date.
func companions(rels []*candidate, infos []*sentenceInfo) []*candidate {
	var out []*candidate
	for itemStart, in := range itemBodies(infos) {
		// Those named before the words (同机抵达), or after them (的有：).
		// The one accompanied, when the words name them (陪同李强出访的有).
		// Those who leave with the visitor for the visit (同机离京) or arrive
		// with them (同机抵达), not those who fly home with them (同机离开
		// the country visited, 同机抵京): the gold conventions.
		at, from, to := strings.Index(in.simp, "陪同人员同机"), 0, 0
		if at >= 0 && !hasAnyPrefix(in.simp[at+len("陪同人员同机"):], []string{"抵达", "离京"}) {
			at = -1
		}
		word := "陪同"
		if i := strings.Index(in.simp, "同机抵达"); at < 0 && i >= 0 {
			at, word = i, "同机抵达" // 国务委员兼国务院秘书长吴政隆等同机抵达
		}
		var whom, tripper *mention
		if at >= 0 {
			to = at
		} else if loc, w := companionList(in); loc != nil {
			at, from, to, whom = loc[0], loc[1], len(in.simp), w
		} else if loc := accompaniedBy(in.simp); loc != nil {
			// "国王菲利佩此行由外交大臣…、经济部长…陪同": those between 由
			// and 陪同 accompany the trip of the item's last visitor (of
			// the one named right before 此行, when the sentence names one).
			at, from, to = loc[4], loc[2], loc[4]
			tripper = nil
			for _, m := range in.mentions {
				if m.kind == mPerson && pastGloss(in.simp, m.end) == loc[0] {
					tripper = m
				}
			}
		} else {
			continue
		}
		// A visit, as a fact, of the one accompanied.
		joins := func(c *candidate) bool {
			return c.Type == Visited && c.Status == StatusFact && c.visit != nil && (whom == nil || c.parts[0].key() == whom.key())
		}
		var principal *candidate
		for _, c := range rels {
			if joins(c) && c.order >= itemStart && c.order <= in.idx && (principal == nil || c.order >= principal.order) {
				principal = c
			}
		}
		if principal == nil && from > 0 {
			// A list told before the visit it joins ("陪同出访的有：…" before
			// "…欢迎习近平到访"): the item's first visit after it.
			end := itemEnd(infos, in.idx)
			for _, c := range rels {
				if joins(c) && c.order > in.idx && c.order < end && (principal == nil || c.order < principal.order) {
					principal = c
				}
			}
		}
		if principal == nil {
			continue
		}
		// (The one named before 此行 is that visitor, or a shorter form of
		// a name discovered: 菲利佩 of 菲利佩六世.)
		if v := principal.parts[0]; tripper != nil && tripper.key() != v.key() &&
			(len(tripper.persons) > 0 || len(v.persons) > 0 || !strings.HasPrefix(v.name, tripper.name)) {
			continue
		}
		for _, m := range in.mentions {
			if m.kind != mPerson || m.start < from || m.start >= to || m.key() == principal.parts[0].key() ||
				slices.ContainsFunc(out, func(o *candidate) bool { return o.order == in.idx && o.parts[0].key() == m.key() }) {
				continue
			}
			out = append(out, companionVisit(principal, m, in, at, at+len(word)))
		}
	}
	return out
}

// companionVisit is the visit of principal given to m, who accompanies it,
// told by the words at [at, end) of sentence in: dated by the visit only.
func companionVisit(principal *candidate, m *mention, in *sentenceInfo, at, end int) *candidate {
	c := &candidate{Relation: principal.Relation, parts: []*mention{m}, visit: principal.visit, order: in.idx, trigStart: at, ownDate: true}
	c.Trigger = origSlice(in.sent, in.simp, at, end)
	c.Sentence = in.sent.Text
	c.Span = [2]int{in.sent.Start, in.sent.End}
	return c
}

// itemEnd returns where the programme item holding sentence idx ends: the
// next headline's sentence index, or math.MaxInt in the last item.
func itemEnd(infos []*sentenceInfo, idx int) int {
	if j := slices.IndexFunc(infos, func(o *sentenceInfo) bool { return o.title && o.idx > idx }); j >= 0 {
		return infos[j].idx
	}
	return math.MaxInt
}

// spouseArrivals gives the spouse joined to a visitor in an arrival
// ("习近平和夫人彭丽媛乘坐的专机抵达曼谷素万那普国际机场时…") the visit the
// item tells, as a fact, of that visitor to the country arrived at, on its
// date: those who accompany a visit visit too (the gold conventions).
func spouseArrivals(rels []*candidate, infos []*sentenceInfo) []*candidate {
	var out []*candidate
	for itemStart, in := range itemBodies(infos) {
		s := in.simp
		for _, j := range journeys(s, in.mentions, []string{"抵达"}) {
			if len(j.where.countries) != 1 || modality(s[j.cs:j.at], s, j.at, j.end) != StatusFact {
				continue
			}
			for i := 1; i < len(j.who); i++ {
				host, spouse := j.who[i-1], j.who[i]
				if !spouseJoined(s, in.mentions, host, spouse) {
					continue
				}
				end := itemEnd(infos, in.idx)
				p := slices.IndexFunc(rels, func(c *candidate) bool {
					return c.Type == Visited && c.Status == StatusFact && c.visit == j.where.countries[0] && c.order >= itemStart && c.order < end &&
						c.parts[0].key() == host.key()
				})
				if p < 0 {
					continue
				}
				out = append(out, companionVisit(rels[p], spouse, in, j.at, j.end))
			}
		}
	}
	return out
}

// datedByLead dates a headline's undated fact by the article's first body
// sentence when that sentence names all its persons and states one day
// (not the report's, unless 当天 refers to it), not after the report: the
// lead tells the event the headline sums up
// ("卡尼与默茨场边会面" over "加拿大与德国今天发表联合声明表示，卡尼与默茨在…").
func datedByLead(rels []*candidate, infos []*sentenceInfo, a *clean.Article, pub time.Time) {
	first := slices.IndexFunc(a.Sentences, func(s clean.Sentence) bool {
		return !inTitle(a, &s)
	})
	i := slices.IndexFunc(infos, func(in *sentenceInfo) bool { return in.idx == first })
	if first < 0 || i < 0 || infos[i].title {
		return
	}
	lead := infos[i]
	// A report's day is the event's when 当天 refers back to it
	// ("克里姆林宫16日表示，普京当天会见了…").
	reported := reportedDay(lead.simp, len(lead.simp), pub)
	if d := datelineDay(lead.simp, pub); d != "" {
		reported = d
	}
	day := soleDay(lead.simp, pub, reported)
	if day == "" {
		return
	}
	named := map[string]bool{}
	for _, m := range lead.mentions {
		if m.kind == mPerson && !slices.Contains(organWords, m.text) {
			named[m.key()] = true
		}
	}
	for _, c := range rels {
		if !c.title || c.Date != "" || c.Status != StatusFact || c.ownDate {
			continue
		}
		// Every person of the headline is named in the lead; a title
		// alone (加拿大及德国总理) stands for an office holder the lead
		// may name, or in a news programme's item, which tells one
		// occasion, need not (习近平会见摩洛哥王储: 当地时间21日晚，习近平…).
		// So does a lead that tells, naming no one, the talks of two
		// bodies whose attendees the headline names (12月1日下午，省委、省政府
		// 与中国东方航空集团有限公司在昆明举行工作会谈; 12月3日，赣深工作会谈在
		// 深圳市举行).
		all := len(named) >= len(c.parts) || a.Doc.Format == "transcript"
		for _, m := range c.parts {
			all = all && (m.kind == mTitle || m.kind == mPerson && named[m.key()])
		}
		if all || len(named) == 0 && c.Type == MetWith && (reOrgHeadline.MatchString(lead.simp) || strings.Contains(lead.simp, clean.Simplify(c.Trigger))) {
			c.Date = day
		}
	}
}

// soleDay returns the one day the dates of s state, those of a report left
// out unless it is the reported day, or "" when they state none, a month
// only, two days (which one is meant is unknown), or one after pub.
func soleDay(s string, pub time.Time, reported string) string {
	day := ""
	for _, e := range findDates(s, pub) {
		if e.date == "" || reReportAfter.MatchString(s[e.end:]) && e.date != reported {
			continue
		}
		if day != "" && e.date != day {
			return ""
		}
		day = e.date
	}
	if len(day) != len("2006-01-02") || day > ymd(pub) {
		return ""
	}
	return day
}

// datedByTrigger dates a headline's undated fact that the lead did not by
// one of the first three body sentences with mentions that repeats its
// contact word after its first party, names no one else after the word,
// and states one day ("谌贻琴…拜会全国政协副主席张庆黎" over "11月29日,省委
// 书记谌贻琴…前往拜会并会见出席论坛的重要嘉宾").
func datedByTrigger(rels []*candidate, infos []*sentenceInfo, pub time.Time) {
	for _, c := range rels {
		if !c.title || c.Date != "" || c.Status != StatusFact || c.ownDate || len(c.parts) < 2 || c.parts[0].kind != mPerson {
			continue
		}
		trig := clean.Simplify(c.Trigger)
		body := 0
		for _, in := range infos {
			if in.title {
				continue
			}
			if body++; body > 3 {
				break
			}
			at := strings.Index(in.simp, trig)
			if at < 0 {
				continue
			}
			subject, other := false, false
			for _, m := range in.mentions {
				if m.kind != mPerson {
					continue
				}
				if m.end <= at && m.key() == c.parts[0].key() {
					subject = true
				}
				if m.start >= at && !slices.ContainsFunc(c.parts, func(p *mention) bool { return p.key() == m.key() }) {
					other = true
				}
			}
			if !subject || other {
				continue
			}
			if day := soleDay(in.simp, pub, ""); day != "" {
				c.Date = day
			}
			break
		}
	}
}

// countryContradicts reports, for a dictionary person's mention that the
// text ties to a country (ok), whether that country is another than theirs,
// one they never held an office of ("智利驻华大使施密特" is not Pál Schmitt of
// Hungary). A name the article only ties to other countries is a namesake's.
func (x *Extractor) countryContradicts(m *mention) (other, ok bool) {
	if m.kind != mPerson || len(m.persons) != 1 || len(m.countries) != 1 || m.countries[0].Kind != "country" {
		return false, false
	}
	p, c := m.persons[0], m.countries[0]
	own := x.dict.Country(p.Country)
	if own == nil || own.Kind != "country" {
		return false, false
	}
	if own.ID == c.ID {
		return false, true
	}
	for _, t := range p.Terms {
		if o := x.dict.Office(t.Office); o != nil && o.Country == c.ID {
			return false, true
		}
	}
	return true, true
}

// mentions turns raw matches into mentions, validating trigger boundaries
// against the segmentation, attaching offices and countries to names and
// discovering names after office titles.
func (x *Extractor) mentions(s string, raw []wordMatch, toks []Token, pub time.Time) []*mention {
	bounds := map[int]bool{}
	for _, t := range toks {
		bounds[t.Start] = true
		bounds[t.End] = true
	}
	var ms []*mention
	for _, r := range raw {
		p := x.match.pats[r.Pattern()]
		m := &mention{start: r.Start(), end: r.End(), kind: p.kind, text: s[r.Start():r.End()], trig: p.trig}
		switch p.kind {
		case mTrigger:
			// A trigger must be a word of its own, not part of one
			// (机会见到 is 机会 + 见到); after a light verb it is one
			// however the segmenter cut the verb (并举|行会|晤: 并举行会晤).
			light := hasAnySuffix(s[:m.start], []string{"举行", "进行"})
			// Nor after a connector the segmenter read as 与会 (attend):
			// 通话与|会晤 is 通话与会晤.
			joined := hasAnySuffix(s[:m.start], []string{"与", "和", "及"}) && bounds[m.start-len("与")]
			// Nor after a name whose last character the segmenter read
			// with the trigger's 会 as a word (铃木俊|一会|面, 鹿心|社会|见,
			// 冈田|大会|见), when the rest of the trigger starts a word
			// and it ends one (not 社会|面临, 峰会|面向, 大会|见证).
			glued := strings.HasPrefix(m.text, "会") && m.start > 0 && bounds[m.start+len("会")] &&
				slices.ContainsFunc(toks, func(t Token) bool { return t.End == m.start+len("会") && utf8.RuneCountInString(t.Text) == 2 })
			if len(toks) > 0 && (!bounds[m.start] && !light && !joined && !glued || !bounds[m.end]) {
				continue
			}
			// A visit word made of 访 and a country's one-character
			// abbreviation is none when a place name goes on from it
			// (访马|德里: Madrid, not Malaysia; 访华|府: Washington).
			if t, ok := tokenAt(toks, m.end); ok && p.trig.Shape == shapeVisit && p.trig.Country != "" &&
				utf8.RuneCountInString(m.text) == 2 && (t.POS == "ns" || strings.HasPrefix(t.Text, "府")) {
				continue
			}
		case mNon:
			continue
		case mPerson:
			// A name inside a longer word is no name: 克里 in 克里姆林宫,
			// 比亚 in 哥伦比亚.
			if len(toks) > 0 && (!bounds[m.start] || !bounds[m.end]) {
				continue
			}
			// Nor is one part of a longer transliterated name: 阿萨德 in
			// 阿萨德·希巴尼; nor a name that names an organisation: 莫塔集团.
			// (Initials in Latin letters before the dot do not count:
			// JD·万斯 is 万斯.)
			if strings.HasPrefix(s[m.end:], "·") || strings.HasSuffix(s[:m.start], "·") && !latinInitials(s[:m.start-len("·")]) || orgNamed(s[m.end:]) {
				continue
			}
			// Nor one a transliteration the segmenter does not know goes
			// on from (阿卜杜拉|齐格 is another person than 阿卜杜拉):
			// discovery reads the whole name.
			// (Its last piece may hold the 时 or 说 that follows it: 拉马|托夫时;
			// a company's name goes on to the company: 埃克|森美孚|公司.)
			if t, ok := tokenAt(toks, m.end); ok && t.POS == "" && allTranslit(m.text) &&
				(translitPiece(t.Text) || translitPiece(trimLastStop(t.Text)) || orgNamed(s[t.End:])) {
				continue
			}
			// Nor one a character goes on from that the segmenter read as
			// an adverb closed by punctuation, where no adverb stands
			// (首席部长阿都拉|勿，): it ends a longer name.
			if t, ok := tokenAt(toks, m.end); ok && t.POS == "d" && utf8.RuneCountInString(t.Text) == 1 && allTranslit(m.text) && !closesText(t.Text) &&
				(t.End == len(s) || !isHan(firstRune(s[t.End:]))) {
				continue
			}
			// Nor one joined by a hyphen to a second family name
			// (罗德里格斯-阿尔瓦雷亚).
			if allTranslit(m.text) && extendHyphenName(s, m.start, m.end, nil, x.dictEntry) > m.end {
				continue
			}
			for _, id := range p.surf.Refs {
				if pp := x.dict.Person(id); pp != nil {
					m.persons = append(m.persons, pp)
				}
			}
			if len(m.persons) == 0 {
				continue
			}
			m.conf = 0.95
			if len(m.persons) > 1 {
				m.conf = 0.6
			}
		case mOffice:
			// An office inside the name of a body is none: 国务委员 in
			// 国务委员会 (朝鲜国务委员会副委员长).
			if len(toks) > 0 && !bounds[m.end] && strings.HasPrefix(s[m.end:], "会") {
				continue
			}
			m.office = x.dict.Office(m.text)
			if m.office == nil {
				continue
			}
		case mCountry:
			// A place name right after an office title that a
			// transliteration goes on from begins a person's name: 外交部长
			// 拉萨|洛 is 拉萨洛, not Lhasa.
			if allTranslit(m.text) && slices.ContainsFunc(ms, func(o *mention) bool { return o.kind == mOffice && o.end == m.start }) {
				if r, _ := utf8.DecodeRuneInString(s[m.end:]); translitSet[r] && !strings.ContainsRune(delimStops, r) {
					continue
				}
			}
			m.side = p.surf.Side
			for _, id := range p.surf.Refs {
				if c := x.dict.Country(id); c != nil {
					m.countries = append(m.countries, c)
				}
			}
			if len(m.countries) == 0 {
				continue
			}
		}
		ms = append(ms, m)
	}
	ms = nonOverlapping(x.discover(s, ms, toks))
	x.attachContext(s, ms)
	for _, m := range ms {
		x.narrowPersons(m, pub)
	}
	return splitJointTitles(ms)
}

// narrowPersons keeps, of the dictionary persons a shared name may be
// (穆罕默德), those the context allows: the country written before the
// name, then the office next to it on the article's date
// ("沙特…穆罕默德王储" is not the UAE's president). When the country rules
// them all out, the name is a namesake of none of them.
func (x *Extractor) narrowPersons(m *mention, pub time.Time) {
	if m.kind != mPerson || len(m.persons) < 2 {
		return
	}
	keep := m.persons
	if len(m.countries) == 1 {
		keep = slices.DeleteFunc(slices.Clone(keep), func(p *dict.Person) bool { return p.Country != "" && p.Country != m.countries[0].ID })
		if len(keep) == 0 {
			m.persons, m.name = nil, m.text
			return
		}
	}
	if m.office != nil && len(keep) > 1 && !pub.IsZero() {
		held := slices.DeleteFunc(slices.Clone(keep), func(p *dict.Person) bool { return !x.heldOn(p, m.office, pub) })
		if len(held) > 0 {
			keep = held
		}
	}
	m.persons = keep
	if len(keep) == 1 {
		m.conf = 0.9
	}
}

// heldOn reports whether the dictionary has p holding an office of o's
// category on day (a zero day: a term still open).
func (x *Extractor) heldOn(p *dict.Person, o *dict.Office, day time.Time) bool {
	return slices.ContainsFunc(x.dict.HoldingsOn(p, day), func(h *dict.Holding) bool { return h.Office != nil && h.Office.Category == o.Category })
}

// latinInitials reports whether before ends with one to three Latin
// capitals (JD in JD·万斯, J.D. written without its dots), after no other letter.
func latinInitials(before string) bool {
	n := 0
	for n < len(before) && n < 4 {
		c := before[len(before)-1-n]
		if c < 'A' || c > 'Z' {
			break
		}
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	if rest := before[:len(before)-n]; rest != "" {
		c := rest[len(rest)-1]
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
	}
	return true
}

// narrowShared resolves a name that dictionary persons share (别尔德穆哈梅多夫:
// the former and the current president of Turkmenistan) to the one of
// them that the same name stands for elsewhere in the article, where its
// title or country told them apart ("土库曼斯坦总统别尔德穆哈梅多夫",
// narrowed by the office on the article's date), when it stands for
// exactly one of them there. A full name (谢尔达尔·别尔德穆哈梅多夫) does
// not count: an article that writes one out often uses the short form for
// the other person.
func narrowShared(infos []*sentenceInfo) {
	var single map[string]map[string]bool // text → persons it stands for alone
	for _, in := range infos {
		for _, m := range in.mentions {
			if m.kind == mPerson && len(m.persons) == 1 {
				if single == nil {
					single = map[string]map[string]bool{}
				}
				if single[m.text] == nil {
					single[m.text] = map[string]bool{}
				}
				single[m.text][m.persons[0].ID] = true
			}
		}
	}
	// Else, the one person whose country the article names (陪同穆罕默德访华
	// in an item about the president of the 阿联酋).
	countries := map[string]bool{}
	for _, in := range infos {
		for _, m := range in.mentions {
			if m.kind == mCountry && len(m.countries) == 1 {
				countries[m.countries[0].ID] = true
			}
		}
	}
	for _, in := range infos {
		for _, m := range in.mentions {
			if m.kind != mPerson || len(m.persons) < 2 {
				continue
			}
			var named, local []*dict.Person
			for _, p := range m.persons {
				if single[m.text][p.ID] {
					named = append(named, p)
				}
				if countries[p.Country] {
					local = append(local, p)
				}
			}
			switch {
			case len(named) == 1:
				m.persons = named
				m.conf = 0.9
			case len(named) == 0 && len(local) == 1:
				m.persons = local
			}
		}
	}
}

// dottedHolder returns the dictionary person a discovered dotted name is
// written in full for: the one person known by its last part who held the
// office the name's title gives, for the country the context gives, on the
// article's date ("叙利亚外长阿萨德·希巴尼" is the dictionary's 谢巴尼, known
// as 希巴尼). Another office or none, and it may be a relative (女儿丽兹·钱尼).
func (x *Extractor) dottedHolder(m *mention, pub time.Time) *dict.Person {
	i := strings.LastIndex(m.name, "·")
	if m.kind != mPerson || len(m.persons) > 0 || i < 0 || m.office == nil {
		return nil
	}
	var found *dict.Person
	for _, p := range x.dict.PeopleNamed(m.name[i+len("·"):]) {
		if len(m.countries) == 1 && m.countries[0].ID != p.Country {
			continue
		}
		if !x.heldOn(p, m.office, pub) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// sharesTitle reports whether two sets of titles have one in common.
func sharesTitle(a, b map[string]bool) bool {
	for t := range a {
		if b[t] {
			return true
		}
	}
	return false
}

// countsCountries reports what may stand between countries and the title
// they share: nothing, or their count (两国, 三国).
func countsCountries(gap string) bool {
	switch gap {
	case "", "两国", "三国", "四国", "五国":
		return true
	}
	return false
}

// countryChain returns the countries of a list written right before the
// title ms[i] (加拿大及德国总理, 俄罗斯、印度和巴西三国外长), in order, and
// where the list starts, or nil: single countries, not side forms, joined
// by 、, 和, 及, 与 or 以及.
func countryChain(s string, ms []*mention, i int) ([]*dict.Country, int) {
	var out []*dict.Country
	at := ms[i].start
	for j := i - 1; j >= 0; j-- {
		p := ms[j]
		gap := s[p.end:at]
		if p.kind != mCountry || len(p.countries) != 1 || p.side ||
			len(out) == 0 && !countsCountries(gap) || len(out) > 0 && (!joins(gap) || gap == "，" || gap == ",") {
			break
		}
		out = append(out, p.countries[0])
		at = p.start
	}
	slices.Reverse(out)
	return out, at
}

// splitJointTitles turns a title written after a combined country form
// ("中美元首", "中日外长") into one title-only mention per country, in the
// form's order, as if the sentence read "中国元首和美国元首": each resolves
// to the office holder the article names, and together they are the two
// parties of the contact.
func splitJointTitles(ms []*mention) []*mention {
	n := 0
	for _, m := range ms {
		if m.kind == mTitle && len(m.countries) > 1 {
			n += len(m.countries) - 1
		}
	}
	if n == 0 {
		return ms
	}
	out := make([]*mention, 0, len(ms)+n)
	for _, m := range ms {
		if m.kind != mTitle || len(m.countries) < 2 {
			out = append(out, m)
			continue
		}
		for _, c := range m.countries {
			one := *m
			one.countries, one.joint = []*dict.Country{c}, true
			out = append(out, &one)
		}
	}
	return out
}

// nameMayFollow reports whether the text after a title starts with a Han
// character that is not a function word: a name may be written there.
func nameMayFollow(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if !isHan(r) || strings.ContainsRune(singleStops, r) || strings.HasPrefix(after, "以及") {
		return false // (以及 joins another: 与美国总统以及意大利总理梅洛尼)
	}
	if hasAnyPrefix(after, timeWords) || hasAnyPrefix(after, verbsAfterTitle) {
		return false
	}
	// An ordinal of the meeting (中俄总理第三十次定期会晤).
	return !reOrdinal.MatchString(after)
}

// reOrdinal opens a text with an ordinal of occasions: 第三十次, 第2届.
var reOrdinal = regexp.MustCompile(`^第[0-9０-９一二三四五六七八九十百零两]+(?:次|届|轮)`)

// verbsAfterTitle are verbs and adverbs that may follow a title without
// being a name (李强同俄总理举行会谈, 两国总理分别致辞); no name begins with
// their first character.
var verbsAfterTitle = []string{"举行", "进行", "表示", "指出", "强调", "出席", "发表", "分别", "共同", "一同", "亲切", "再次", "举办"}

// timeWords are time expressions that may follow a title without being
// a name ("中美元首上月在釜山会晤", "两国总理当天通电话").
var timeWords = []string{"上月", "上周", "上星期", "上个月", "上午", "下午", "下周", "晚上", "本月", "本周", "当天", "当日",
	"当地时间", "近日", "此前", "随后", "仍", "正在", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "星期",
	// and the modifiers of a meeting between a title and its trigger (俄中总理定期会晤)
	"定期", "年度", "首次", "非正式", "正式", "例行", "视频"}

// loneSurname reports whether the segmenter cut a common surname off as a
// word of its own at offset at (陈/nr|锦绣, 张/q|锦绣).
func loneSurname(toks []Token, at int) bool {
	t, ok := tokenAt(toks, at)
	return ok && utf8.RuneCountInString(t.Text) == 1 && surnameSet[firstRune(t.Text)]
}

// tokenIndex returns the index of the token that starts at byte offset at,
// or -1.
func tokenIndex(toks []Token, at int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= at })
	if i == len(toks) || toks[i].Start != at {
		return -1
	}
	return i
}

// tokenAt returns the token that starts at byte offset at, if any.
func tokenAt(toks []Token, at int) (Token, bool) {
	if i := tokenIndex(toks, at); i >= 0 {
		return toks[i], true
	}
	return Token{}, false
}

// hasVerb reports whether a word of two or more characters that the
// segmenter knows as a verb lies within s[from:to].
func hasVerb(toks []Token, from, to int) bool {
	for _, t := range toks {
		if t.Start >= from && t.End <= to && strings.HasPrefix(t.POS, "v") && utf8.RuneCountInString(t.Text) >= 2 {
			return true
		}
	}
	return false
}

// trimLastStop returns w without a last character that follows names (时,
// 说, 称: 托夫时), or "" when there is none or nothing is left.
func trimLastStop(w string) string {
	r, size := utf8.DecodeLastRuneInString(w)
	if size == len(w) || !strings.ContainsRune(singleStops, r) {
		return ""
	}
	return w[:len(w)-size]
}

// orgNamed reports words after a name that make it part of an
// organisation's or a place's name: 莫塔集团; 约翰尼斯堡, whose first four
// characters are a president's name in Taiwan's usage; a city or state
// named after a person, but not a name followed by its title (X市长).
func orgNamed(after string) bool {
	for _, w := range []string{"集团", "公司", "基金会", "家族", "大学", "研究所", "研究院", "银行", "中心", "学院", "医院", "堡"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	for _, w := range []string{"市", "州"} {
		if strings.HasPrefix(after, w) && !hasAnyPrefix(after[len(w):], []string{"长", "委", "议", "政府"}) {
			return true
		}
	}
	return false
}

// nonOverlapping sorts mentions by position and drops any that overlaps an
// earlier one (at equal starts the longer wins).
func nonOverlapping(ms []*mention) []*mention {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].end > ms[j].end
	})
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.start < end {
			continue
		}
		out = append(out, m)
		end = m.end
	}
	return out
}

// dictEntry reports whether w is an office, a country or a person of the
// dictionary.
func (x *Extractor) dictEntry(w string) bool {
	return x.dict.Office(w) != nil || len(x.dict.CountriesNamed(w)) > 0 || len(x.dict.PeopleNamed(w)) > 0
}

// discover finds names right after office titles that the dictionary does
// not know: 东帝汶外长巴博, 多哥总统福雷, 省委书记阮成发.
func (x *Extractor) discover(s string, ms []*mention, toks []Token) []*mention {
	// knownEntry: a dictionary entry; knownWord: that, a trigger or a
	// common word. Neither is a name.
	knownEntry := x.dictEntry
	knownWord := func(w string) bool {
		if knownEntry(w) {
			return true
		}
		for _, t := range Triggers {
			if strings.Contains(w, t.Word) {
				return true
			}
		}
		return x.seg.commonWord(w)
	}
	// known: nor, where nothing closes the name, is a four-character phrase
	// made of a common word (官邸, 以来两人).
	known := func(w string) bool {
		if knownWord(w) {
			return true
		}
		if rs := []rune(w); len(rs) == 4 && (x.seg.commonWord(string(rs[:2])) || x.seg.commonWord(string(rs[2:]))) {
			return true
		}
		return false
	}
	if len(toks) == 0 {
		// Unsegmented (no trigger, no office): only names glossed in Latin,
		// and dotted ones right after a title (领导人伊斯梅尔·哈尼亚).
		for _, sp := range glossedNames(s, ms, x.titles, known) {
			ms = append(ms, discoveredName(s, sp[0], sp[1], ""))
		}
		for _, sp := range titledDotted(s, ms, x.titles, known) {
			ms = append(ms, discoveredName(s, sp[0], sp[1], ""))
		}
		return ms
	}
	occupied := func(at int) bool {
		for _, m := range ms {
			if at >= m.start && at < m.end {
				return true
			}
		}
		return false
	}
	type titleEnd struct {
		at    int
		title string
	}
	var ends []titleEnd // where titles end
	for _, m := range ms {
		if m.kind == mOffice {
			ends = append(ends, titleEnd{m.end, m.text})
		}
	}
	// Titles the dictionary lacks, wherever they stand: the segmenter may
	// glue a title's last character to the name after it (局长市|川惠一).
	// Where two end at one place, the longer title comes first.
	var spans [][2]int // every occurrence of a title
	found := everyMatch(x.titleTrie, s)
	slices.SortStableFunc(found, func(a, b wordMatch) int { return a.pat - b.pat })
	last := wordMatch{pat: -1}
	for _, f := range found {
		if f.pat == last.pat && f.start < last.end {
			continue // (a title does not overlap itself)
		}
		last = f
		spans = append(spans, [2]int{f.start, f.end})
		// (Nor one that an office found starts, unless it goes on past
		// that office's end: 统一|部长|官 holds 长官, which ends later.)
		if !occupied(f.start) || slices.ContainsFunc(ms, func(m *mention) bool {
			return m.kind == mOffice && m.start < f.start && f.start < m.end && m.end < f.end && !occupied(m.end)
		}) {
			ends = append(ends, titleEnd{f.end, x.titles[f.pat]})
		}
	}
	// A title inside a longer one (委员 in 国务委员长) ends nothing.
	insideTitle := func(at int) bool {
		for _, sp := range spans {
			if sp[0] < at && at < sp[1] {
				return true
			}
		}
		return false
	}
	// A title that only begins a longer word of the vocabulary (代表 in
	// 代表团团长, 主任 in 主任委员) ends nothing either; a longer token the
	// HMM glued from unknown characters (党首藤田) does not count.
	wordGoesOn := func(e titleEnd) bool {
		t, ok := tokenAt(toks, e.at-len(e.title))
		return ok && t.End > e.at && t.POS != ""
	}
	// titleWithin returns where the first title or office starting inside
	// [from, to) starts, or -1.
	titleWithin := func(from, to int) int {
		first := -1
		for _, sp := range spans {
			if sp[0] >= from && sp[0] < to && (first < 0 || sp[0] < first) {
				first = sp[0]
			}
		}
		for _, m := range ms {
			if m.kind == mOffice && m.start >= from && m.start < to && (first < 0 || m.start < first) {
				first = m.start
			}
		}
		return first
	}
	var added []*mention
	seen := map[int]bool{}
	for _, e := range ends {
		if e.at < len(s) && !seen[e.at] && !insideTitle(e.at) && !wordGoesOn(e) &&
			slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mTrigger && m.start == e.at }) {
			// A contact word right after the title: no name.
			seen[e.at] = true
			if t := x.titlePhrase(s, ms, e.at, e.title); t != nil {
				added = append(added, t)
			}
			continue
		}
		if e.at >= len(s) || occupied(e.at) || seen[e.at] || insideTitle(e.at) || wordGoesOn(e) {
			continue
		}
		seen[e.at] = true
		if hasAnyPrefix(s[e.at:], []string{"身份", "职务", "职位", "一职"}) {
			continue // 以局长身份秘密访问: in the capacity of, no name follows
		}
		// A name in Latin script after a title (会长Dominique Restino),
		// closed by punctuation or the end, is the office holder's.
		if m := reLatinName.FindStringSubmatch(s[e.at:]); m != nil {
			end := e.at + len(m[1])
			added = append(added, discoveredName(s, e.at, end, e.title))
			continue
		}
		// A name closed by punctuation (an enumeration: 会长森义久、…) is
		// read by characters; otherwise the segmenter's tokens decide.
		// A trigger or 率团 right after the name bounds it (陈家昌|共同主持,
		// 瓦朗斯|率团访问), and so does 共同 or 一同 before the trigger
		// (纳哈拉|共同会见).
		limit := len(s)
		for _, m := range ms {
			if m.start > e.at && m.start < limit && m.kind == mTrigger {
				limit = m.start
			}
		}
		for _, adv := range []string{"共同", "一同"} {
			if limit-len(adv) > e.at && strings.HasSuffix(s[:limit], adv) {
				limit -= len(adv)
			}
		}
		if j := indexAny(s[e.at:limit], []string{"率团", "率领", "率队"}); j > 0 {
			limit = e.at + j
		}
		end := enumeratedName(s, e.at, limit, knownWord, x.seg.phraseWord)
		// After a title of kinship, a given name may be a common word
		// (天皇长女爱子, 公主佳子): the segmenter's next token is the name.
		if end < 0 && kinship[e.title] {
			if t, ok := tokenAt(toks, e.at); ok {
				if n := utf8.RuneCountInString(t.Text); n >= 2 && n <= 3 && allHanOrDot(t.Text) &&
					(t.POS == "" || strings.HasPrefix(t.POS, "n")) && !nameStop[t.Text] && !knownEntry(t.Text) {
					end = t.End
				}
			}
		}
		if end >= 0 && titleWithin(e.at, end) >= 0 {
			end = -1 // 副总理兼外长, 书记处常务书记, 副首相法赫德亲王
		}
		if end < 0 {
			end = delimitedName(s, e.at, known)
			if end >= 0 && hasVerb(toks, e.at, end) {
				end = -1 // 总统展|现出“…”: a verb phrase closed by a quotation
			}
		}
		if end < 0 {
			end = discoverName(s, toks, e.at, known, knownEntry)
			// The segmenter may join a name's last character to the 率 of
			// 率领 (阮春|胜率|领) or to the 会 of a contact word (鹿心|社会|见):
			// a token across the bound is no word of the text, so the
			// name runs to the bound.
			if end > e.at && end < limit && hasAnyPrefix(s[limit:], []string{"率", "会"}) && utf8.RuneCountInString(s[end:limit]) == 1 {
				if t, ok := tokenAt(toks, end); ok && t.End > limit && plausibleName(s[e.at:limit]) && !knownEntry(s[e.at:limit]) {
					end = limit
				}
			}
		}
		if end < 0 && limit < len(s) {
			// A transliterated name right before the bound (瓦朗斯|率团;
			// not a count: 总统曾多次|到访), or a Chinese one whose given
			// name is a common word (陈|锦绣|率领).
			name := s[e.at:limit]
			n := utf8.RuneCountInString(name)
			if n >= 2 && n <= 6 && allTranslit(name) && !known(name) && !reOccasions.MatchString(name) ||
				strings.HasPrefix(s[limit:], "率") && n >= 2 && n <= 3 && loneSurname(toks, e.at) && plausibleName(name) && !knownEntry(name) && !hasVerb(toks, e.at, limit) {
				end = limit
			}
		}
		if end > limit {
			end = limit // it ran into a trigger (陈家昌共|同主持)
			if name := s[e.at:end]; utf8.RuneCountInString(name) < 2 || !plausibleName(name) || known(name) {
				end = -1
			}
		}
		if end < 0 {
			// A known name that a second family name goes on from is
			// another person's (议长布朗-皮韦).
			if t, ok := tokenAt(toks, e.at); ok {
				if h := extendHyphenName(s, e.at, t.End, ms, knownEntry); h > t.End {
					end = h
				}
			}
		}
		if end < 0 {
			if t := x.titlePhrase(s, ms, e.at, e.title); t != nil {
				added = append(added, t)
			}
			continue
		}
		// A title inside what was read ends the name before it (威廉王储 →
		// 威廉); with less than two characters before it there is none
		// (部部长, 兼外长).
		if t := titleWithin(e.at, end); t >= 0 {
			if utf8.RuneCountInString(s[e.at:t]) < 2 || known(s[e.at:t]) {
				continue
			}
			end = t
		}
		end = extendIntoDot(s, e.at, end)
		end = extendDotName(s, e.at, end, ms)
		end = extendHyphenName(s, e.at, end, ms, knownEntry)
		end = extendGivenWa(s, e.at, end)
		end = extendRegnal(s, end)
		// An honorific is not part of the name (数学家某某某先生).
		for _, h := range []string{"先生", "女士"} {
			if strings.HasSuffix(s[e.at:end], h) && utf8.RuneCountInString(s[e.at:end]) >= 4 {
				end -= len(h)
			}
		}
		end = beforeRank(s, e.at, end)
		if hyphenBeforePerson(s, end, ms) {
			continue // 鲁斯特姆-乌梅罗夫: the given name of the person after the hyphen
		}
		if reTimeInName.MatchString(s[e.at:end]) {
			continue // 两国元首自去年11月…: a preposition and a time, no name
		}
		if gatheringName(s[e.at:end], known) {
			continue // 企业家圆桌会: a gathering
		}
		added = append(added, &mention{start: e.at, end: end, kind: mPerson, text: s[e.at:end], name: s[e.at:end], title: e.title, conf: 0.7})
	}
	// An untitled name listed right after a titled one shares its title
	// (审议官甲乙、丙丁; 统括官甲乙和丙丁): read as an
	// enumerated name, closed by the list's punctuation.
	for k := 0; k < len(added); k++ {
		p := added[k]
		if p.title == "" || p.kind != mPerson {
			continue
		}
		at := -1
		for _, sep := range []string{"、", "和", "以及", "及"} {
			if strings.HasPrefix(s[p.end:], sep) {
				at = p.end + len(sep)
			}
		}
		if at < 0 || occupied(at) || slices.ContainsFunc(added, func(m *mention) bool { return at >= m.start && at < m.end }) {
			continue
		}
		limit := len(s)
		for _, m := range ms {
			if m.start >= at && m.start < limit {
				limit = m.start // the next mention (a title, a trigger) bounds it
			}
		}
		end := enumeratedName(s, at, limit, knownWord, x.seg.phraseWord)
		if end < 0 || titleWithin(at, end) >= 0 {
			continue
		}
		added = append(added, discoveredName(s, at, end, p.title))
	}
	// The head of a delegation needs no title: "会见傅崐萁率领的参访团",
	// "会见由X率领的代表团".
	for from := 0; ; {
		i := indexAny(s[from:], []string{"率领", "带领"})
		if i < 0 {
			break
		}
		at := from + i
		from = at + len("率领")
		for _, lead := range []string{"会见了", "会见", "接见", "会晤", "同", "与", "由"} {
			st := strings.LastIndex(s[:at], lead)
			if st < 0 {
				continue
			}
			st += len(lead)
			name := s[st:at]
			if n := utf8.RuneCountInString(name); n >= 2 && n <= 4 && allHanOrDot(name) && plausibleName(name) && !known(name) && !occupied(st) {
				added = append(added, discoveredName(s, st, at, ""))
			}
			break
		}
	}
	// Nor does a visitor named between a contact word and 一行 ("接见古屋圭司
	// 一行", "会见了基辛格一行").
	for _, m := range reVisitorParty.FindAllStringSubmatchIndex(s, -1) {
		st, at := m[2], m[3]
		if name := s[st:at]; (plausibleName(name) || allTranslit(name)) && !known(name) && !occupied(st) && !gatheringName(name, known) {
			added = append(added, discoveredName(s, st, at, ""))
		}
	}
	// Nor does a delegation's head named between the delegation and 一行
	// ("会见美国国会参议员代表团戴安斯一行").
	for _, m := range reDelegationHead.FindAllStringSubmatchIndex(s, -1) {
		st, at := m[2], m[3]
		if name := s[st:at]; plausibleName(name) && !known(name) && !occupied(st) {
			added = append(added, discoveredName(s, st, at, ""))
		}
	}
	// A royal's given name before the title is the name they go by with it
	// (英国安妮公主, 哈里王子): the name, after a country or at a clause's
	// start, in transliteration characters.
	for _, title := range royalTitles {
		for at := range occurrences(s, title) {
			for _, n := range []int{3, 2} {
				st := at
				for k := 0; k < n && st > 0; k++ {
					_, size := utf8.DecodeLastRuneInString(s[:st])
					st -= size
				}
				name := s[st:at]
				if utf8.RuneCountInString(name) != n || !allTranslit(name) || occupied(st) {
					continue
				}
				r, _ := utf8.DecodeLastRuneInString(s[:st])
				after := slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mCountry && m.end == st })
				if st == 0 || after || strings.ContainsRune("，,。；;：:、（(“", r) {
					added = append(added, discoveredName(s, st, at+len(title), ""))
					break
				}
			}
		}
	}
	// A transliterated name joined by middle dots is a person's name even
	// with no title before it (与印度同行阿吉特·多瓦尔会面).
	for _, sp := range dotNames(s) {
		// A title's last character read into the name (外长|穆罕默德·穆斯塔法)
		// belongs to the title.
		// So do a country and an office read in whole (叙利亚|外长|阿萨德·
		// 希巴尼: 亚外长 are transliteration characters too).
		dot := sp[0] + strings.Index(s[sp[0]:sp[1]], "·")
		for _, m := range ms {
			if (m.kind == mOffice || m.kind == mCountry) && m.start < dot && sp[0] < m.end && m.end < dot {
				sp[0] = m.end
			}
		}
		// So does the end of a common word (前任|比尔·克林顿), or the 人 of
		// a nationality (阿尔及利亚人|拉姆丹·拉马姆拉): the name begins after
		// them.
		if dot := strings.Index(s[sp[0]:sp[1]], "·"); dot > 0 {
			dot += sp[0]
			for k, t := range toks {
				common := t.POS != "" && t.POS != "ns" && !strings.HasPrefix(t.POS, "nr")
				if common && t.Start < sp[0] && sp[0] < t.End && t.End < dot {
					sp[0] = t.End
				}
				// (the segmenter may glue 人 to the name: 人萨|米尔·…)
				if at := t.Start + len("人"); k > 0 && toks[k-1].POS == "ns" && strings.HasPrefix(t.Text, "人") && sp[0] < at && at < dot {
					sp[0] = at
				}
			}
		}
		clash := false
		for _, m := range append(ms, added...) {
			if sp[0] < m.end && sp[1] > m.start {
				clash = true
				break
			}
		}
		if t := titleWithin(sp[0]+1, sp[1]); t >= 0 {
			sp[1] = t // 哈立德·本·萨勒曼|王子
		}
		if name := s[sp[0]:sp[1]]; !clash && strings.Contains(name, "·") && !strings.HasSuffix(name, "·") && !known(name) {
			added = append(added, discoveredName(s, sp[0], sp[1], ""))
		}
	}
	for _, sp := range glossedNames(s, append(ms, added...), x.titles, known) {
		added = append(added, discoveredName(s, sp[0], sp[1], ""))
	}
	kept := added[:0]
	for _, m := range added {
		if t := trimTimeWord(m.text); t != m.text && utf8.RuneCountInString(t) >= 2 {
			m.end -= len(m.text) - len(t) // 哈立德·本·萨勒曼|当天
			m.text, m.name = t, t
		}
		if !junkName(m.text) {
			kept = append(kept, m)
		}
	}
	return append(ms, kept...)
}

// junkName reports a discovered name that is a phrase, not a person's name:
// one that opens with a phrase word (应约, 以来, 互致), holds a word of
// meetings or groups (会议, 代表团), ends like a body or an ordinal (交流团,
// 以来第), or is a side (非方).
func junkName(name string) bool {
	rs := []rune(name)
	if hasAnyPrefix(name, []string{"应约", "应邀", "以来", "互致", "此前", "之后", "期间", "当天", "当日"}) ||
		containsAny(name, []string{"会议", "函电", "代表团", "交流", "峰会", "论坛"}) ||
		strings.ContainsRune("团组队部处局厅院所府委党第", rs[len(rs)-1]) ||
		len(rs) == 2 && rs[1] == '方' && !surnameSet[rs[0]] {
		return true
	}
	return false
}

// timeTails are the time words found glued to the end of a name.
var timeTails = append(slices.Clip(timeHeads), "时", "前", "后")

// trimTimeWord removes a time word glued to the end of a name (萨勒曼当天,
// 特使翟隽时: the name is 翟隽).
func trimTimeWord(name string) string {
	for _, w := range timeTails {
		if t, ok := strings.CutSuffix(name, w); ok {
			return t
		}
	}
	return name
}

// addForms marks the occurrences of article-level name forms (discovered
// names, family names) that no other mention covers.
func addForms(s string, ms []*mention, forms map[string]*mention) []*mention {
	// Longest first, so that a form inside a longer one the sentence
	// writes (安诺 in 安诺生) is part of it, whatever the map's order.
	fs := slices.Collect(maps.Keys(forms))
	slices.SortFunc(fs, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b))
	})
	var added, inside []*mention
	for _, f := range fs {
		tmpl := forms[f]
		for st := range occurrences(s, f) {
			en := st + len(f)
			clash := slices.ContainsFunc(added, func(m *mention) bool { return st < m.end && en > m.start })
			var in []*mention
			for _, m := range ms {
				if clash {
					break
				}
				if st < m.end && en > m.start {
					// A shorter name inside the form is part of it: the
					// dictionary's 拉马 in 拉马托夫, a name the article
					// gives after a title.
					if m.kind == mPerson && st <= m.start && m.end <= en && m.end-m.start < len(f) {
						in = append(in, m)
						continue
					}
					clash = true
					break
				}
			}
			if !clash {
				m := *tmpl
				m.start, m.end, m.text = st, en, f
				added = append(added, &m)
				inside = append(inside, in...)
			}
		}
	}
	if len(added) == 0 {
		return ms
	}
	if len(inside) > 0 {
		ms = slices.DeleteFunc(slices.Clone(ms), func(m *mention) bool { return slices.Contains(inside, m) })
	}
	// Only sorted, not made non-overlapping: the added forms clash with
	// nothing, and the two titles a joint form splits into (中美元首)
	// share one span on purpose.
	return withAdded(ms, added)
}

// listedBetween adds to ms as a person, and returns, each name-like item of
// a list of those a contact word before it names that stands between two
// persons of the list: "接见史派克李、葛莉塔洁薇、凯特布兰琪等…明星" lists
// three persons when the article names the first and the last.
func (x *Extractor) listedBetween(s string, ms []*mention) (all, added []*mention) {
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.kind != mPerson || b.kind != mPerson || b.start <= a.end || !triggerWithin(ms, 0, a.start) {
			continue
		}
		item, ok1 := strings.CutPrefix(s[a.end:b.start], "、")
		item, ok2 := strings.CutSuffix(item, "、")
		if !ok1 || !ok2 || item == "" {
			continue
		}
		n := utf8.RuneCountInString(item)
		if n < 2 || n > 8 || !allHanOrDot(item) || strings.ContainsAny(item, delimStops) || x.dictEntry(item) || x.seg.commonWord(item) ||
			!plausibleName(item) && !x.unknownWords(item) {
			continue
		}
		if c, _ := clauseBounds(s, a.start, a.start); !triggerWithin(ms, c, a.start) {
			continue // (the contact word is of the list's clause)
		}
		at := a.end + len("、")
		added = append(added, &mention{start: at, end: at + len(item), kind: mPerson, text: item, name: item, conf: 0.6})
	}
	if len(added) == 0 {
		return ms, nil
	}
	return withAdded(ms, added), added
}

// unknownWords reports a name of three to six characters that the segmenter
// reads as words it does not know or as names only, with no character that
// follows names (葛莉塔洁薇, in Taiwan's transliteration).
func (x *Extractor) unknownWords(w string) bool {
	if n := utf8.RuneCountInString(w); n < 3 || n > 6 || strings.ContainsAny(w, singleStops) {
		return false
	}
	for _, t := range x.seg.Tokens(w) {
		if t.POS != "" && !strings.HasPrefix(t.POS, "nr") && utf8.RuneCountInString(t.Text) > 1 {
			return false
		}
	}
	return true
}

// subjectFollowers are the words that follow a clause's subject in a
// report of a contact.
var subjectFollowers = []string{"在", "与", "同", "和", "跟", "还", "也", "称", "表示", "说", "会见", "会晤", "会谈", "会面", "通电话", "访问", "访华", "当天", "今天", "于"}

// familyCandidates returns the tokens of a segmented sentence that may be a
// Japanese family name used as a subject: two Han characters no mention
// covers, opening a clause (or after 据) and followed by a verb, a
// preposition or a date.
func familyCandidates(s string, toks []Token, ms []*mention) []string {
	var out []string
	for _, t := range toks {
		// The segmenter may glue a preposition or a verb to an unknown
		// name (服部称, 据铃木称).
		if t.POS == "" {
			if strings.HasPrefix(t.Text, "据") {
				t.Start += len("据")
				t.Text = t.Text[len("据"):]
			}
			if utf8.RuneCountInString(t.Text) == 3 && hasAnySuffix(t.Text, []string{"称", "说", "在", "与", "同"}) {
				t.End -= len("称")
				t.Text = t.Text[:len(t.Text)-len("称")]
			}
		}
		if utf8.RuneCountInString(t.Text) != 2 || !isHan(firstRune(t.Text)) || !isHan(firstRune(t.Text[len(t.Text)-3:])) {
			continue
		}
		before := strings.TrimSuffix(s[:t.Start], "据")
		// (Or after a topic word: 有关金井访华一事.)
		for _, w := range []string{"有关", "关于"} {
			if b, ok := strings.CutSuffix(before, w); ok && (b == "" || hasAnySuffix(b, []string{"，", "。", "：", "；"})) {
				before = b
				break
			}
		}
		if before != "" && !hasAnySuffix(before, []string{"，", "。", "：", "；"}) {
			continue
		}
		after := s[t.End:]
		if !hasAnyPrefix(after, subjectFollowers) && (after == "" || !isDigitByte(after[0])) {
			continue
		}
		covered := false
		for _, m := range ms {
			if t.Start < m.end && t.End > m.start {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, t.Text)
		}
	}
	return out
}

// recurringTitled returns the names, with their titles, that follow a
// generic title somewhere in the article and are written at least three
// times in it, or twice with once as one met or one who met (会见了张玉卓
// 一行, 石泰峰、布小林会见了): two or three Han characters beginning with a common
// surname, the three when the article never writes the two without the
// third, and neither a dictionary entry, a common word nor a name found
// already.
func (x *Extractor) recurringTitled(a *clean.Article, found map[string]bool) []titledName {
	var text strings.Builder
	for i := range a.Sentences {
		text.WriteString(simplified(&a.Sentences[i]))
		text.WriteByte('\n')
	}
	all := text.String()
	var out []titledName
	seen := map[string]bool{}
	// (Counts of the candidate names, which an article repeats.)
	counts := map[string]int{}
	count := func(w string) int {
		n, ok := counts[w]
		if !ok {
			n = strings.Count(all, w)
			counts[w] = n
		}
		return n
	}
	prevRune := rune(0)
	for at, first := range all {
		prev := prevRune
		prevRune = first
		if !surnameBits.has(first) || !titleLastBits.has(prev) || strings.ContainsRune(notInitials, first) {
			continue
		}
		g := ""
		for _, t := range titlesByLast[prev] {
			if strings.HasSuffix(all[:at], t) && len(t) > len(g) {
				g = t
			}
		}
		if g == "" {
			continue
		}
		var rs []rune
		for _, r := range all[at:] {
			if !isHan(r) || len(rs) == 4 {
				break
			}
			rs = append(rs, r)
		}
		if len(rs) < 2 {
			continue
		}
		two := string(rs[:2])
		name := two
		if len(rs) >= 3 {
			n2, n3 := count(two), count(string(rs[:3]))
			switch {
			case n3 == n2:
				name = string(rs[:3])
				if len(rs) == 4 && count(string(rs)) == n3 {
					continue // a longer name or a phrase (安巴青年)
				}
			case !strings.ContainsRune(plainNameEnds, rs[2]) && !strings.HasPrefix(all[at+len(two):], "一行"):
				// A longer name written short elsewhere (官房长官木原稔 …
				// 与木原的会谈): the two characters are no name of their
				// own, and a short form that is a subject is resolved by
				// familyCandidates.
				continue
			}
		}
		if seen[name] || found[name] || x.dictEntry(name) || x.dictEntry(two) || x.dictEntry(string(rs[:min(3, len(rs))])) || x.dictEntry(string(rs)) ||
			x.seg.commonWord(name) || x.seg.commonWord(two) || !plausibleName(name) || stopsName(name[len(string(rs[0])):]) {
			continue
		}
		// Written at least three times, twice with the name plainly
		// closed: by no Han character or by a function word.
		// Or twice, once as the one met (会见了张玉卓一行) or as one of
		// those who met.
		n, closed, met := 0, 0, false
		for k := 0; ; {
			j := strings.Index(all[k:], name)
			if j < 0 {
				break
			}
			before := all[:k+j]
			k += j + len(name)
			n++
			if r, _ := utf8.DecodeRuneInString(all[k:]); !isHan(r) || strings.ContainsRune(plainNameEnds, r) || strings.HasPrefix(all[k:], "一行") {
				closed++
				met = met || hasAnySuffix(strings.TrimSuffix(before, "了"), meetingVerbs)
			}
			// Or one of those who met, joined to another (石泰峰、布小林会见了).
			met = met || hasAnySuffix(before, []string{"、", "和"}) && hasAnyPrefix(all[k:], meetingVerbs)
		}
		if (n < 3 || closed < 2) && (n < 2 || !met) {
			continue
		}
		seen[name] = true
		out = append(out, titledName{name: name, title: g})
	}
	return out
}

// meetingVerbs are the contact words that take the one met as object.
var meetingVerbs = []string{"会见", "接见", "拜会", "会晤", "看望"}

// titlesByLast groups the generic titles by their last character, for
// one pass over an article's text. 代表 is left out: it is also a verb
// (代表安巴).
var titlesByLast = func() map[rune][]string {
	m := map[rune][]string{}
	for _, t := range genericTitles {
		if t != "代表" {
			r, _ := utf8.DecodeLastRuneInString(t)
			m[r] = append(m[r], t)
		}
	}
	return m
}()

// titleLastBits and surnameBits hold the last characters of titlesByLast
// and the characters of surnameChars, for the character-by-character scan
// of recurringTitled.
var (
	titleLastBits = func() *charSet {
		m := map[rune]bool{}
		for r := range titlesByLast {
			m[r] = true
		}
		return newCharSet(m)
	}()
	surnameBits = newCharSet(surnameSet)
)

// titledName is a name found after a title, and that title.
type titledName struct{ name, title string }

// notInitials are surnames that more often are function words opening a
// phrase after a title (主席和…, 总统曾…).
const notInitials = "和与同及对向在于将也还又并曾等从由被把给让据时应"

// plainNameEnds are the characters that plainly end a name before them.
const plainNameEnds = "因在与同和跟对向于也还又并曾的等说称表则已将是"

// titledFullName finds, in any sentence of a, the family name f written
// right after a title and followed by a given name of one to three
// characters ("政调会长小林鹰之在", "知事服部诚太郎7日"): the full name of four or
// five characters, and the title. It returns "" when there is none, or
// when two different full names begin with f.
func titledFullName(a *clean.Article, f string) (full, title string) {
	for i := range a.Sentences {
		s := simplified(&a.Sentences[i])
		for at := range occurrences(s, f) {
			t := ""
			for _, g := range genericTitles {
				if strings.HasSuffix(s[:at], g) && len(g) > len(t) {
					t = g
				}
			}
			if t == "" {
				continue
			}
			end, n := at+len(f), 0
			for end < len(s) && n < 3 {
				r, size := utf8.DecodeRuneInString(s[end:])
				if !isHan(r) || stopsName(s[end:]) {
					break
				}
				end += size
				n++
			}
			if n == 0 || (end < len(s) && isHan(firstRune(s[end:])) && !stopsName(s[end:])) {
				continue
			}
			if full != "" && full != s[at:end] {
				return "", ""
			}
			full, title = s[at:end], t
		}
	}
	return full, title
}

// stopsName reports whether s opens with a word that ends a name. 之 does
// not: Japanese given names end with it (鹰之, 博之).
func stopsName(s string) bool {
	for w := range nameStop {
		if w != "之" && strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// familyName is the short form news uses for a Japanese person named in
// full: the first two characters of a four- or five-character name (高市早苗
// → 高市). It is "" for other persons and for forms that name something else.
func familyName(e *personEntry, d *dict.Dict) string {
	name := e.mention.name
	if len(e.mention.persons) > 0 {
		name = e.mention.persons[0].Name
	}
	rs := []rune(name)
	if len(rs) < 4 || len(rs) > 5 || strings.ContainsRune(name, '·') || e.country == nil || e.country.ID != "JP" {
		return ""
	}
	f := string(rs[:2])
	if len(d.PeopleNamed(f)) > 0 || len(d.CountriesNamed(f)) > 0 || d.Office(f) != nil {
		return ""
	}
	return f
}

// surnameForms returns the persons the article names with a Chinese name of
// two or three characters (林信义, 习近平, not a transliteration such as 马克龙),
// by family name, for the family names of one character that start no other
// such name of the article and name no country (韩, 中).
func (x *Extractor) surnameForms(people *personIndex) map[string]*mention {
	byName := map[string][]*personEntry{}
	for _, e := range people.byKey {
		name := e.mention.name
		if len(e.mention.persons) > 0 {
			name = e.mention.persons[0].Name
		}
		// (A name of transliteration characters only is a foreign one,
		// 马克龙, unless its holder is of a Chinese-speaking place: 李强.)
		if n := utf8.RuneCountInString(name); n < 2 || n > 3 || !allHanOrDot(name) || strings.Contains(name, "·") || allTranslit(name) && !chineseSpeaking(e.country) {
			continue
		}
		f := firstRunes(name, 1)
		if !slices.ContainsFunc(byName[f], func(o *personEntry) bool { return o.key == e.key }) {
			byName[f] = append(byName[f], e)
		}
	}
	var out map[string]*mention
	for f, es := range byName {
		if len(es) != 1 || len(x.dict.CountriesNamed(f)) > 0 || len(x.dict.PeopleNamed(f)) > 0 {
			continue
		}
		if out == nil {
			out = map[string]*mention{}
		}
		m := es[0].mention
		out[f] = &mention{kind: mPerson, persons: m.persons, name: m.name, office: es[0].office, conf: m.conf * 0.9}
	}
	return out
}

// chineseSpeaking reports a country whose people's names are Chinese ones:
// China, Taiwan, Hong Kong, Macao, Singapore.
func chineseSpeaking(c *dict.Country) bool {
	return c != nil && slices.Contains([]string{"CN", "TW", "HK", "MO", "SG"}, c.ID)
}

// surnameNext are the words a family name standing for a person is followed
// by as a clause's subject (林当时还与…, 习与川普通话); not 在, 和 or 同, which
// often stand inside a name (李在镕, 李和平).
var surnameNext = []string{"当时", "还", "也", "曾", "则", "又", "并", "随后", "此前", "与", "说", "表示", "称", "指出", "强调"}

// addSurnames adds to ms the family names of forms that the sentence writes
// at a clause's start, before one of surnameNext or before the person's own
// office (赖总统, 李总理: the office the article gives them, or one of its
// kind), where no mention stands.
func addSurnames(s string, ms []*mention, forms map[string]*mention) []*mention {
	var added []*mention
	ownOffice := func(end int, tmpl *mention) bool {
		return tmpl.office != nil && slices.ContainsFunc(ms, func(m *mention) bool {
			return m.kind == mOffice && m.start == end && m.office != nil &&
				(m.office.Title == tmpl.office.Title || m.office.Category != "" && m.office.Category == tmpl.office.Category)
		})
	}
	// The one met after a connector, right before the contact word or a
	// few words before it (麦卡锡同蔡高调会见).
	met := func(at, end int) bool {
		return hasAnySuffix(s[:at], []string{"同", "与", "跟"}) && slices.ContainsFunc(ms, func(m *mention) bool {
			return m.kind == mTrigger && m.start >= end && utf8.RuneCountInString(s[end:m.start]) <= 4 && !strings.ContainsAny(s[end:m.start], "，。；：、")
		})
	}
	for f, tmpl := range forms {
		for at := range occurrences(s, f) {
			end := at + len(f)
			opens := (at == 0 || hasAnySuffix(s[:at], []string{"，", "。", "；", "：", "「", "“", "（"})) && (hasAnyPrefix(s[end:], surnameNext) || ownOffice(end, tmpl))
			if !opens && !met(at, end) || slices.ContainsFunc(ms, func(m *mention) bool { return at < m.end && end > m.start }) {
				continue
			}
			m := *tmpl
			m.start, m.end, m.text = at, end, f
			added = append(added, &m)
		}
	}
	if added == nil {
		return ms
	}
	return withAdded(ms, added)
}

// attachContext gives each person the office and country written next to
// it ("俄罗斯总理米舒斯京", "国务院副总理丁薛祥", "普京总统") and turns offices
// with no name after them into title-only mentions ("俄总理").
func (x *Extractor) attachContext(s string, ms []*mention) {
	for i, m := range ms {
		switch m.kind {
		case mPerson:
			// An office right before the name, possibly after a chain
			// "A、B" of offices, and a country right before that office.
			if i > 0 && ms[i-1].kind == mOffice && ms[i-1].end == m.start {
				o := ms[i-1]
				m.office = o.office
				if c := x.countryBefore(s, ms, i-1); c != nil {
					m.countries = []*dict.Country{c}
				}
			} else if i+1 < len(ms) && ms[i+1].kind == mOffice && ms[i+1].start == m.end {
				m.office = ms[i+1].office
			} else if len(m.persons) == 0 && len(m.countries) == 0 {
				// A discovered name after a title no dictionary has.
				if c := x.bodyCountry(s, m.start); c != nil {
					m.countries = []*dict.Country{c}
				}
			}
		case mOffice:
			if i+1 < len(ms) && ms[i+1].start == m.end && ms[i+1].kind == mPerson {
				continue
			}
			// One office of a chain written before a name (中央政治局委员、
			// 中央书记处书记陈锦绣) or a compound title.
			if i+1 < len(ms) && ms[i+1].kind == mOffice && (ms[i+1].start == m.end || s[m.end:ms[i+1].start] == "、") {
				continue
			}
			if i > 0 && ms[i-1].kind == mPerson && ms[i-1].end == m.start {
				continue // 普京总统: the office belongs to the name before it
			}
			// A title followed by characters that may be a name we could
			// not read (官房长官阪田涉以及…) is no title-only mention.
			if nameMayFollow(s[m.end:]) && !(i+1 < len(ms) && ms[i+1].start == m.end && ms[i+1].kind == mTrigger) {
				continue
			}
			// "出席东盟外长会并…", "部长级会议": a title that names a
			// gathering or a rank (not "总统会见", a title and a contact
			// word).
			if rest := s[m.end:]; hasAnyPrefix(rest, []string{"会", "级"}) && !(i+1 < len(ms) && ms[i+1].start == m.end) {
				continue
			}
			// A title with no name after it refers to an office holder.
			// It needs a country to be resolvable: written before it, or
			// implied by the office (国务院总理 → China). After a combined
			// form (中美元首) it stands for each country's holder.
			var cs []*dict.Country
			if i > 0 && ms[i-1].kind == mCountry && countsCountries(s[ms[i-1].end:m.start]) && len(ms[i-1].countries) > 1 && !ms[i-1].side {
				cs = ms[i-1].countries // 中美元首, 俄印两国外长
			} else if chain, from := countryChain(s, ms, i); len(chain) > 1 {
				// "加拿大及德国总理", "俄罗斯、印度和巴西三国外长": the title of
				// each country's holder, written from the list's start (the
				// list's connectors join no parties).
				cs = chain
				m.start, m.text = from, s[from:m.end]
			} else if c := x.countryBefore(s, ms, i); c != nil {
				cs = []*dict.Country{c}
			} else if m.office.Country != "" {
				if c := x.dict.Country(m.office.Country); c != nil {
					cs = []*dict.Country{c}
				}
			}
			if len(cs) > 0 {
				m.kind = mTitle
				m.countries = cs
				m.conf = 0.8
			} else if lead := s[:m.start]; lead == "" || strings.HasSuffix(lead, "，") || strings.HasSuffix(lead, "。") ||
				i > 0 && ms[i-1].kind == mTrigger && ms[i-1].trig.Type == MetWith && strings.TrimSuffix(lead[ms[i-1].end:], "了") == "" {
				// "总理和陆军参谋长会见了特朗普": a bare title that opens a
				// clause stands for the one holder of that office the
				// article names (any country; see holderOf); so does one
				// right after a contact word ("会见了最高领袖和总统鲁哈尼").
				m.kind = mTitle
				m.conf = 0.75
			}
		}
	}
}

// countryBefore returns the country written right before ms[i] (an office):
// a country mention ending where the office starts, or a one-character
// abbreviation (俄总理).
func (x *Extractor) countryBefore(s string, ms []*mention, i int) *dict.Country {
	start := ms[i].start
	// Skip back over a chain of offices joined by 、 or 兼, or adjacent
	// (卡塔尔首相兼外交大臣穆罕默德).
	for j := i - 1; j >= 0; j-- {
		p := ms[j]
		if p.end > start {
			break
		}
		gap := s[p.end:start]
		if p.kind == mOffice && (gap == "" || gap == "、" || gap == "兼") {
			// An office of the chain that names its country
			// (老挝人民革命党中央总书记、国家主席) gives it to the others.
			if p.office != nil && p.office.Country != "" {
				if c := x.dict.Country(p.office.Country); c != nil {
					return c
				}
			}
			start = p.start
			continue
		}
		if p.kind == mCountry && p.end == start && len(p.countries) == 1 && !p.side {
			if strings.HasSuffix(s[:p.start], "驻") {
				return sendingCountry(s, ms, p.start-len("驻")) // 美国驻日本大使
			}
			return p.countries[0]
		}
		break
	}
	// One-character abbreviation right before: 俄总理, 美国务卿 is 美 + 国务卿.
	if start >= 3 {
		if c, ok := x.abbrev[s[start-3:start]]; ok && c != nil {
			if strings.HasSuffix(s[:start-3], "驻") {
				return sendingCountry(s, ms, start-3-len("驻")) // 美国驻日大使
			}
			return c
		}
	}
	return x.bodyCountry(s, start)
}

// bodyCountry is the country whose government body the words right before
// at name, with no country named (外务省亚洲大洋洲局长|金井正彰), or nil.
func (x *Extractor) bodyCountry(s string, at int) *dict.Country {
	if lead := s[wordsBefore(s, at, 12, nil):at]; lead != "" {
		for _, g := range governmentBodies {
			if containsAny(lead, g.bodies) {
				return x.dict.Country(g.country)
			}
		}
	}
	return nil
}

// governmentBodies are the names, in Chinese news usage, of ministries and
// agencies that belong to one country's government, by ISO 3166-1 code:
// Japan's ministries (省) and agencies (厅) as the Cabinet Office lists them
// (cao.go.jp; in Chinese 省 is otherwise a province, 部 a ministry), its
// National Security Secretariat, cabinet intelligence and ministers "in
// charge of" (担当相), and South Korea's presidential office and
// unification ministry.
var governmentBodies = []struct {
	country string
	bodies  []string
}{
	{"JP", []string{"外务省", "防卫省", "财务省", "经济产业省", "经产省", "厚生劳动省", "厚劳省", "国土交通省", "国交省", "文部科学省", "文科省",
		"农林水产省", "农水省", "总务省", "法务省", "环境省", "内阁府", "内阁官房", "宫内厅", "警察厅", "金融厅", "消费者厅", "复兴厅",
		"数字厅", "防卫装备厅", "海上保安厅", "观光厅", "自卫队", "统合幕僚", "国家安全保障局", "内阁情报", "担当相"}},
	{"KR", []string{"青瓦台", "统一部"}},
}

// placeOpens reports a clause's words before its contact word that open
// with the name of a place the dictionary knows (北京召见日大使, 东京表示),
// not after 在, and not as a time (北京时间).
func (x *Extractor) placeOpens(lead string) bool {
	lead = lead[stripTimePrefix(lead, len(lead)):]
	lead = strings.TrimLeft(lead, "，,")
	ends := []int{}
	for i := range lead {
		ends = append(ends, i)
	}
	ends = append(ends, len(lead))
	// (The place alone, or with a few adverbs after it: not a modifier of
	// the subject, 俄罗斯和乌克兰的代表团.)
	for k := 2; k < len(ends) && k <= 5; k++ {
		i := ends[k]
		if rest := lead[i:]; len(x.dict.CountriesNamed(lead[:i])) == 1 && !strings.HasPrefix(rest, "时间") &&
			utf8.RuneCountInString(rest) <= 4 && !strings.ContainsAny(rest, "的和与同及、") {
			return true
		}
	}
	return false
}

// sendingCountry is the country named right before 驻 at at (美国|驻日大使),
// whose envoy the title after it is: not the country the envoy is posted to;
// nil when none is named there (驻日大使).
func sendingCountry(s string, ms []*mention, at int) *dict.Country {
	for _, m := range ms {
		if m.kind == mCountry && m.end == at && len(m.countries) == 1 && !m.side {
			return m.countries[0]
		}
	}
	return nil
}

// candidate is a relation before article-level resolution.
type candidate struct {
	Relation
	parts     []*mention // the participants' mentions (persons or titles); for VISITED one person
	visit     *dict.Country
	title     bool // from the title or a headline
	order     int  // sentence order
	trigStart int  // the trigger's byte offset in the simplified sentence
	ownDate   bool // dated by its own clause only, never by the context (a summit shorthand, a letter's recollection)
	trip      bool // said to happen during the trip or stay the report is about (此行, 访问期间, 在庆州时)
	// refers marks a contact told as one the article may report elsewhere:
	// a frame (在同阿巴斯会谈时) or what someone said (X21日表示，两国元首成功
	// 会晤). weak marks a date not from the contact's own clause: the
	// context's or the saying's.
	refers, weak bool
	// past marks a contact whose clause, or the time phrase opening its
	// sentence, gives it a time of its own (前年, 曾, 多次): it does not take
	// the date of another report of its pair.
	past bool
	// earlier marks a past one told before a distinctly earlier time (8年前,
	// 去年, 曾, 多次, a year): another event than one the article dates.
	earlier bool
	// several marks an undated one that sums up several occasions (习莫频繁
	// 会晤, 每次会面结束时, 两人多次会面): not one event the article dates.
	several bool
	// year is the year its clause names when it is undated (2014年习近平
	// 访韩时): it is not the same event as an undated report of another
	// year, nor as one told as current (no time of its own, not a title).
	year string
}

// headlineClauses turns the spaces that part a headline's phrases
// ("梅尔茨会晤李强 计划明年初访问中国") into commas of the same length, so that
// each phrase is a clause: what one plans says nothing of another.
func headlineClauses(s string) string {
	var b strings.Builder
	prev := rune(0)
	for i, r := range s {
		if (r == ' ' || r == '　') && isHan(prev) {
			// Not between the items of a list (对法国 塞尔维亚 匈牙利进行…)
			// nor before a phrase that goes on with the same subject and
			// tense (习近平将赴印尼出席… 赴泰国…).
			before, after := s[:i], s[i+utf8.RuneLen(r):]
			if j := strings.IndexAny(after, " 　"); j >= 0 {
				after = after[:j]
			}
			if j := strings.LastIndexAny(before, " 　"); j >= 0 {
				before = before[j+1:]
			}
			split := utf8.RuneCountInString(before) >= 5 && utf8.RuneCountInString(after) >= 5 &&
				!hasAnyPrefix(after, []string{"赴", "并", "将", "出席", "同", "与", "和", "及", "会见", "会晤", "访"})
			if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); split && isHan(next) {
				if r == ' ' {
					b.WriteByte(',')
				} else {
					b.WriteString("，")
				}
				prev = r
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// pairKey is the type and the persons of a candidate, in no order.
func (c *candidate) pairKey() string {
	ks := []string{c.Type}
	for _, m := range c.parts {
		ks = append(ks, m.key())
	}
	slices.Sort(ks[1:])
	if c.visit != nil {
		ks = append(ks, c.visit.ID)
	}
	return strings.Join(ks, "\x00")
}

// reTrip marks a contact made during the trip or stay a report is about:
// "帕姆兰此行，与X会面", "在为期2天的访问行程中，与X会晤", "习近平在庆州时与X会谈";
// not 访问中国.
var reTrip = regexp.MustCompile(`此行|此访|行程中|访问期间|访问中(?:$|[^国华东])|访问时|期间|在(\p{Han}{1,4})时`)

// duringTrip reports whether the words before a contact place it during
// the trip or stay the report is about; "在任时" (in office) and "在会见时"
// are not a stay.
func duringTrip(before string) bool {
	for _, m := range reTrip.FindAllStringSubmatchIndex(before, -1) {
		if m[2] >= 0 && strings.ContainsAny(before[m[2]:m[3]], "任职位会谈见访通") {
			continue
		}
		// An earlier trip's (默克尔上一次访华期间) is not this one.
		cs, _ := clauseBounds(before, m[0], m[1])
		if containsAny(before[cs:m[0]], earlierTrip) {
			continue
		}
		return true
	}
	return false
}

// earlierTrip are the words that make a trip before a contact an earlier
// one than the trip the report is about.
var earlierTrip = []string{"上一次", "上次", "前一次", "历次", "以往", "此前"}

// reVisitFrame frames a contact by the visit the article reports: 访新期间,
// 访问期间, 此访, 此行.
var reVisitFrame = regexp.MustCompile(`访\p{Han}{0,3}期间|此访|此行`)

// reVisitFrameLead is a frame of the visit told before that opens a
// sentence: 访问期间，, 访越期间，, 此访中，.
var reVisitFrameLead = regexp.MustCompile(`^(?:访\p{Han}{0,4}期间|此访期间|此行期间|此访中|此行中|访问中)，`)

// reOwnVisitFrame is a visit word that opens such a frame: 访匈期间,
// 访问中国期间.
var reOwnVisitFrame = regexp.MustCompile(`^访\p{Han}{0,4}期间`)

// objectList carries the clause of a meeting word that takes objects
// (会见, 接见, 拜会) over a list of those met that commas part, each an
// organisation, a title and a name ("会见了中国船舶集团有限公司总工程师陈志立，
// 协鑫集团董事长朱共山，…院长金勤献。"): while the clause ends with a person
// and the next one is only the words before a person's name, it goes on.
// It returns the end of the last such clause.
func objectList(s string, ms []*mention, t *mention, ce int) int {
	switch t.text {
	case "会见", "接见", "拜会", "看望":
	default:
		return ce
	}
	if personEndingAt(ms, t.end, ce) == nil {
		return ce
	}
	for ce < len(s) && (strings.HasPrefix(s[ce:], "，") || strings.HasPrefix(s[ce:], ",")) {
		ns := ce + runeLenAt(s, ce)
		_, ne := clauseBounds(s, ns, ns)
		p := personEndingAt(ms, ns, ne)
		if p == nil || ne-ns > 120 || containsAny(s[ns:p.start], listBreakers) ||
			triggerWithin(ms, ns, ne) {
			break
		}
		ce = ne
	}
	return ce
}

// subjectList carries the clause of a contact word back over a list of
// those who made it that commas part, each titles and a name ("自治区党委书记、
// 自治区人大常委会主任鹿心社，自治区党委副书记、自治区代主席蓝天立拜会了顾秀莲"):
// while the clause opens with titles and a person, names one met after the
// contact word, and the one before is only titles and a person's name, it
// goes back. It returns the start of the first such clause.
func subjectList(s string, ms []*mention, t *mention, cs, ce int) int {
	// Someone named is met: after the contact word, or joined to the
	// clause's first person by a connector before it ("省委书记刘奇，省长叶建春
	// 与国资委主任张玉卓举行会谈").
	joined := func() bool {
		i := slices.IndexFunc(ms, func(m *mention) bool { return m.kind == mPerson && m.start >= cs && m.end <= t.start })
		if i < 0 {
			return false
		}
		return slices.ContainsFunc(ms[i+1:], func(m *mention) bool {
			return m.kind == mPerson && m.end <= t.start && hasAnyPrefix(stripMentions(s, ms, ms[i].end, m.start), []string{"与", "同", "跟"})
		})
	}
	if !slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mPerson && m.start >= t.end && m.end <= ce }) && !joined() {
		return cs // "…，刘晓凯在贵阳前往拜会并会见嘉宾": those before met no one named together
	}
	// The first person of the clause, before the contact word, after
	// words that are no verb.
	opens := func(from, to int) bool {
		for _, m := range ms {
			if m.kind == mPerson && m.start >= from && m.end <= to {
				return !containsAny(s[from:m.start], listBreakers)
			}
		}
		return false
	}
	if !opens(cs, t.start) {
		return cs
	}
	for {
		pcs, pce, ok := listClauseBefore(s, cs)
		if !ok {
			return cs
		}
		last := personEndingAt(ms, pcs, pce)
		if last == nil || containsAny(s[pcs:last.start], listBreakers) ||
			triggerWithin(ms, pcs, pce) {
			return cs
		}
		cs = pcs
	}
}

// listClauseBefore returns the clause before the one at cs when a comma
// ends it and it is short enough to be an item of a list (120 bytes).
func listClauseBefore(s string, cs int) (start, end int, ok bool) {
	start, end, ok = prevClause(s, cs)
	if !ok || end-start > 120 || s[end] != ',' && !strings.HasPrefix(s[end:], "，") {
		return 0, 0, false
	}
	return start, end, true
}

// connectorList carries the clause of a contact word back over a list of
// those joined to its subject by a connector that commas part, each titles
// and a name ("王文涛4日与基里巴斯旅游部部长里特，瑙鲁磷酸盐矿部部长托马，
// 斐济…常秘阿里举行集体会见"): while the clause before is only titles and a
// person's name, it goes back, to a clause that ends with a connector,
// titles and a name after someone named (王文涛4日与…里特). It returns the
// start of that clause, or cs unchanged.
func connectorList(s string, ms []*mention, t *mention, cs int) int {
	item := func(from, to int) *mention {
		last := personEndingAt(ms, from, to)
		if last == nil || containsAny(rePortfolio.ReplaceAllString(s[from:last.start], "$1□$2"), listBreakers) || triggerWithin(ms, from, to) {
			return nil
		}
		return last
	}
	// The contact word's clause opens with an item (…常秘阿里举行集体会见).
	first := slices.IndexFunc(ms, func(m *mention) bool { return m.kind == mPerson && m.start >= cs && m.end <= t.start })
	if first < 0 || item(cs, ms[first].end) == nil {
		return cs
	}
	for at := cs; ; {
		pcs, pce, ok := listClauseBefore(s, at)
		if !ok {
			return cs
		}
		if item(pcs, pce) != nil {
			at = pcs
			continue
		}
		// The clause that opens the list: someone named, a connector,
		// then titles and a name ending the clause.
		last := personEndingAt(ms, pcs, pce)
		if last == nil || triggerWithin(ms, pcs, pce) {
			return cs
		}
		lead := rePortfolio.ReplaceAllString(s[pcs:last.start], "$1□$2")
		j := indexAny(lead, []string{"与", "同", "跟"})
		if j < 0 || containsAny(lead[j+len("与"):], listBreakers) ||
			!slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mPerson && m.start >= pcs && m.end <= pcs+j }) {
			return cs
		}
		return pcs
	}
}

// personEndingAt returns the person mention of ms that ends at to and
// starts at from or after, or nil.
func personEndingAt(ms []*mention, from, to int) *mention {
	for _, m := range ms {
		if m.kind == mPerson && m.end == to && m.start >= from {
			return m
		}
	}
	return nil
}

// listBreakers are words that show a clause is no item of a list of those
// met: a verb, a connector of clauses, an attendee's role.
var listBreakers = []string{"表示", "说", "指出", "强调", "介绍", "参加", "出席", "陪同", "在座", "并", "还", "也", "就", "对", "向", "在", "与", "同", "为", "将", "是", "了", "等"}

// objectPronouns returns the mentions of s with one added for each 他 or 她
// right after a connector and before a contact word in its clause ("迪萨纳亚
// 克总统对中国进行国事访问，习近平主席同他举行重要会晤"): it stands for the
// last person the sentence names before it who is not the subject of its
// clause. It returns nil when there is none.
func objectPronouns(s string, ms []*mention) []*mention {
	var added []*mention
	for _, c := range []string{"同", "与", "和", "跟"} {
		for at := range occurrences(s, c) {
			p := at + len(c)
			var pron string
			for _, w := range []string{"他", "她"} {
				if strings.HasPrefix(s[p:], w) {
					pron = w
				}
			}
			if pron == "" || hasAnyPrefix(s[p+len(pron):], []string{"们", "國", "国", "方", "人", "处", "地"}) {
				continue
			}
			_, ce := clauseBounds(s, p, p)
			if !triggerWithin(ms, p, ce) {
				continue
			}
			// The subject: the one right before the connector (习近平主席同他),
			// else the one who opens the clause (特朗普曾在…期间与他会面) or
			// the nearest clause before it that a person opens (习近平发表
			// 讲话，并同她…).
			subjects := map[string]bool{}
			if o := clauseOpener(s, ms, at); o != nil {
				subjects[o.key()] = true
			}
			for _, m := range ms {
				if m.kind != mPerson || m.end > at || possessive(s, m) {
					continue
				}
				gap := stripGlosses(s[pastGloss(s, m.end):at])
				if !strings.ContainsAny(gap, "，,。；;：:“”") && utf8.RuneCountInString(gap) <= 6 && !strings.ContainsAny(strings.TrimPrefix(gap, "在"), phraseChars) {
					subjects[m.key()] = true
				}
			}
			var ref *mention
			for _, m := range ms {
				if m.kind == mPerson && m.end <= at && !possessive(s, m) && !subjects[m.key()] {
					ref = m
				}
			}
			if ref == nil {
				continue
			}
			m := *ref
			m.start, m.end, m.text = p, p+len(pron), pron
			added = append(added, &m)
		}
	}
	if len(added) == 0 {
		return nil
	}
	return withAdded(ms, added)
}

// withAdded returns ms with the mentions of added, ordered by start (not
// made non-overlapping).
func withAdded(ms, added []*mention) []*mention {
	out := append(slices.Clip(ms), added...)
	slices.SortStableFunc(out, func(x, y *mention) int { return x.start - y.start })
	return out
}

// clauseOpener returns the person who opens the clause around offset at,
// or, when no person opens it, the nearest clause before it that one
// opens; nil when there is none.
func clauseOpener(s string, ms []*mention, at int) *mention {
	cs, ce := clauseBounds(s, at, at)
	for {
		for _, m := range ms {
			if m.kind == mPerson && m.start >= cs && m.end <= ce && !possessive(s, m) {
				if clauseSubject(s, ms, []*mention{m}) != nil {
					return m
				}
				break
			}
		}
		pcs, pce, ok := prevClause(s, cs)
		if !ok {
			return nil
		}
		cs, ce = pcs, pce
	}
}

// spouseNamesake reports a dictionary office holder's name written as
// someone's spouse ("匈牙利总统舒尤克夫人纳吉" is not 纳吉布 of Malaysia): the
// dictionary's spouses hold no office.
func spouseNamesake(s string, m *mention) bool {
	if m.kind != mPerson || len(m.persons) == 0 || !hasAnySuffix(s[:m.start], []string{"夫人", "妻子", "丈夫"}) {
		return false
	}
	for _, p := range m.persons {
		if len(p.Terms) == 0 {
			return false
		}
	}
	return true
}

// lastDay returns the day of the last fact told from sentence from on that
// its report dates by its day, or "".
func lastDay(rels []*candidate, from int) string {
	for i := len(rels) - 1; i >= 0 && rels[i].order >= from; i-- {
		if c := rels[i]; c.Status == StatusFact && len(c.Date) == len("2006-01-02") {
			return c.Date
		}
	}
	return ""
}

// toldVisit reports a dated visit, as a fact, of c's visitor to c's
// country among the candidates told before.
func toldVisit(rels []*candidate, c *candidate) bool {
	return c.visit != nil && len(c.parts) == 1 && slices.ContainsFunc(rels, func(o *candidate) bool {
		return o.Type == Visited && o.Status == StatusFact && o.Date != "" && o.visit != nil && o.visit.ID == c.visit.ID &&
			len(o.parts) == 1 && o.parts[0].key() == c.parts[0].key()
	})
}

// relations applies the trigger rules to one sentence.
func (x *Extractor) relations(in *sentenceInfo, a *clean.Article, pub time.Time, st *memory) []*candidate {
	var out []*candidate
	s := in.simp
	st.curIdx, st.curPara = in.idx, in.sent.Paragraph
	if in.title {
		st.letter = false // a news programme's next item
	}
	if containsAny(s, letterWords) {
		st.letter = true
	}
	if in.title {
		st.item++
		st.itemNamed = nil
		st.itemPairs = nil
		st.group = nil
		st.countries = nil
	}
	for _, m := range in.mentions {
		if visitable(m) && !slices.Contains(st.countries, m.countries[0]) {
			st.countries = append(st.countries, m.countries[0])
		}
	}
	defer func() { st.itemNamed = append(st.itemNamed, in.named()...) }()
	st.noteArrival(s, in.mentions)
	st.noteTravel(s, in.mentions, in)
	if i := indexAny(s, messageWords); i >= 0 {
		// The persons of the clause that exchanges the messages ("韩正说，
		// 今年…，习近平主席和拜登总统互致贺信": not the speaker).
		mcs, mce := clauseBounds(s, i, i+len("致"))
		if ps := distinctPersons(in.mentions, mcs, mce); len(ps) == 2 {
			st.corr, st.corrItem, st.corrIdx = [2]*mention{ps[0], ps[1]}, st.item, in.idx
		}
	}
	joined := joinedPair(s, in.mentions)
	if joined[0] == nil {
		joined = onlyTwo(s, in.mentions)
	}
	defer func() { st.joined, st.joinedIdx = joined, in.idx }()
	if rs := receptions(s, in.mentions); rs != nil {
		st.received, st.receivedIdx, st.receivedPara = rs, in.idx, in.sent.Paragraph
	}
	opener := sentenceOpener(s, in.mentions)
	// "…首相高市早苗采取了亲台行为。她此前曾表示…。10月31日，她…": a
	// sentence a pronoun opens is opened, for a pronoun in the sentence
	// after it, by whom the one before opened with.
	// So is one that goes on, naming no one first, with the list the
	// one before ended with a semicolon (…；会见…；与…会谈；).
	nextOpener := opener
	if opener == nil && (pronounSubject(strings.TrimLeft(s[stripTimePrefix(s, len(s)):], "，,")) || st.prevSemicolon) && st.prevOpener != nil &&
		st.prevIdx == in.idx-1 && st.prevPara == in.sent.Paragraph {
		nextOpener = st.prevOpener
	}
	if opener != nil && !in.title && (st.speaker == nil || opener.key() != st.speaker.key()) {
		st.otherOpener = in.idx
	}
	if opener != nil {
		// (So is one who publishes a signed article: 习近平在《俄罗斯报》…
		// 发表题为…的署名文章.)
		if _, ce := clauseBounds(s, opener.start, opener.end); containsAny(s[opener.end:ce], sayingVerbs) || saysLater(s, in.mentions, ce) ||
			strings.Contains(s[opener.end:ce], "署名文章") {
			st.speaker, st.speakerPara, st.speakerIdx = opener, in.sent.Paragraph, in.idx // 习近平指出，…我同…
			st.speakerItem, st.speakerWrites = st.item, containsAny(s[opener.end:ce], letterWords)
		}
	}
	// "李强表示，…。习近平主席同你举行会谈": the paragraph's speaker addresses.
	if sp := st.firstPersonReferent(); sp != nil {
		if ms := st.addressees(s, in.mentions, sp); ms != nil {
			in.mentions = ms
		}
	}
	if ms := objectPronouns(s, in.mentions); ms != nil {
		in.mentions = ms
	}
	var prevTrig, prevSubject *mention // the sentence's last contact and its subject
	masked := ""                       // s with persons' names masked, for modality
	for _, t := range in.mentions {
		if t.kind != mTrigger {
			continue
		}
		cs, ce := clauseBounds(s, t.start, t.end)
		ce = objectList(s, in.mentions, t, ce)
		cs = subjectList(s, in.mentions, t, cs, ce)
		cs = connectorList(s, in.mentions, t, cs)
		if i := strings.LastIndex(s[cs:t.start], "——"); in.title && i >= 0 {
			// "携手为…争取更加光明的未来——国际社会高度评价习近平主席俄罗斯
			// 之行": a headline's dash opens its subtitle, a clause of its
			// own.
			cs += i + len("——")
		}
		if t.trig.Shape == shapeCoChair && containsAny(s[t.end:ce], []string{"节目", "播客", "Podcast", "podcast", "直播"}) {
			continue // 共同主持的Podcast节目: hosts of a show, not chairs of a meeting
		}
		if t.trig.Shape != shapeCoChair && nounUse(s[t.end:]) {
			continue // 会晤机制; but 共同主持委员会会议 chairs a committee's meeting
		}
		status := ""
		if masked == "" {
			masked = maskPersons(s, in.mentions)
		}
		if o, c, ok := captionAside(s, t.start); ok {
			// "临时取消了原定的访华行程（图为瓦德富尔与来访的中国外长王毅…）":
			// a photo's caption is a sentence of its own.
			cs, ce = max(cs, o), min(ce, c)
			status = modality(masked[cs:t.start], masked[o:c], t.start-o, t.end-o)
		} else {
			status = modality(masked[cs:t.start], masked, t.start, t.end)
		}
		if status == "" {
			continue // a question or a hypothetical
		}
		if status == StatusNegated && t.trig.Type == Visited && strings.HasPrefix(s[t.end:], "的") {
			// "取消与到访的希腊总理…的会晤": what is called off is the
			// contact the visit word's relative clause stands in, not
			// the visit, which the clause tells as under way.
			if i := afterLastOf(masked[cs:t.start], relativeOpeners); i >= 0 {
				status = modality(masked[cs+i:t.start], masked, t.start, t.end)
			}
		}
		if status == StatusFact && t.trig.Type == Visited && strings.Contains(s[cs:t.start], "在") && hasAnyPrefix(s[t.end:], []string{"前", "之前"}) {
			// "在对中国进行正式访问前接受…采访", "在X对俄罗斯进行国事访问
			// 前夕": the time before a visit says nothing of the visit.
			status = StatusPlanned
		}
		if in.title && status == StatusFact && strings.HasPrefix(s[t.end:], "前") {
			status = StatusPlanned // a headline "习近平李在明会谈前…": the talks are still to come
		}
		if status == StatusFact && t.trig.Type != Visited && departurePurpose(s, cs, t.start) {
			status = StatusPlanned // "乘专机离开北京，赴美国举行中美元首会晤": what the trip is for
		}
		var left, right, co []*mention
		var borrowed bool
		if t.summit[0] != nil {
			left = t.summit[:] // 川习会, 川习通话: its two persons, whatever the clause says around it
		} else {
			left, right, co, borrowed = x.sides(s, in.mentions, t, cs, ce, st)
		}
		if t.trig.Type == MetWith {
			left, right = st.delegationSides(s, in.mentions, t, cs, ce, left, right)
			// (A body's name may hold what was read as a title standing for
			// its holder: 海南|省委.)
			if in.title && len(right) == 0 && !slices.ContainsFunc(left, func(m *mention) bool { return !slices.Contains(organWords, m.text) }) {
				if a, b := st.orgTalks(s, in.mentions, t, cs, ce); a != nil {
					left, right = a, b
				}
			}
		}
		// "在川普造访日本时的美日会谈，高市…": the combined form's persons;
		// as a noun it is dated by its own clause only (not by 高市在24日的
		// 国会演说 before it).
		combined := false
		if t.trig.Shape == shapeContact && len(right) == 0 && t.summit[0] == nil {
			if a, b := x.combinedSides(s, in.mentions, t); a != nil {
				left, right, combined = []*mention{a}, []*mention{b}, true
			}
		}
		// "与特朗普会面的中亚领导人包括托卡耶夫和米尔济约耶夫": a group met,
		// named by its members after it.
		if t.trig.Shape == shapeContact && (len(left) == 0 || len(right) == 0) {
			if one, members := relativeGroupMet(s, in.mentions, t, cs, ce); len(members) > 0 {
				left, right = []*mention{one}, members
			}
		}
		// "高市早苗「台灣有事」爭議升級 北京召見日大使": a clause that a
		// capital or a country opens as its subject (the government it
		// stands for) borrows no person from an earlier clause.
		if len(left) > 0 && !slices.Contains(co, left[0]) && x.placeOpens(s[cs:t.start]) {
			left = slices.DeleteFunc(slices.Clone(left), func(m *mention) bool { return !slices.Contains(in.mentions, m) || m.end <= cs })
		}
		if t.trig.Joint && !jointPair(s, in.mentions, t, left, right, co) {
			continue
		}
		if t.trig.Tour && !touredCountries(s, in.mentions, t) {
			continue
		}
		// "普京会见了多国领导人，包括印度总理莫迪、土耳其总统埃尔多安等":
		// the group met is the persons the next clause lists.
		if len(left) == 1 && len(right) == 0 && t.trig.Shape == shapeContact && (reListedGroup.MatchString(s[t.end:ce]) ||
			left[0].end <= t.start && joinedGroup(s, in.mentions, pastGloss(s, left[0].end), t.start)) {
			right = includedPersons(s, in.mentions, ce)
			// "川普會晤中亞5國領袖": a region's leaders are the ones the
			// article names for its countries.
			if len(right) == 0 {
				right = x.regionLeaders(s[left[0].end:ce], left[0], st.named, pub)
			}
		}
		// "木原稔在回应提问时提及高市早苗…与习近平的会面": who speaks of
		// the contact of persons named after the verb is no party to it.
		// (Only when the one spoken of has a counterpart after a connector.)
		if t.trig.Type != Visited && len(left) > 2 {
			for i := len(left) - 2; i > 0; i-- {
				if verbBetween(s, in.mentions, left[i-1], left[i], mentionVerbs) &&
					containsAny(maskNonConnectors(stripMentions(s, in.mentions, left[i].end, left[i+1].start)), []string{"与", "同", "跟"}) {
					left = left[i:]
					break
				}
			}
		}
		// "埃米尔促成齐塞克迪和卡加梅会面": who brings others together is
		// no party to their contact, nor a visitor with them.
		// Nor is who speaks of it ("王毅认为特朗普与普京会晤取得成果"), or
		// judges it in its clause ("马克龙和斯塔默欢迎特朗普与普京的会晤";
		// not 李强欢迎马克龙来华访问，并同他举行了会谈).
		for i := len(left) - 1; i > 0; i-- {
			if verbBetween(s, in.mentions, left[i-1], left[i], brokerVerbs) || verbBetween(s, in.mentions, left[i-1], left[i], opinionVerbs) ||
				t.trig.Type != Visited && left[i-1].start >= cs && verbBetween(s, in.mentions, left[i-1], left[i], judgingVerbs) {
				left = left[i:]
				break
			}
		}
		// "会见了苏丹武装部队总司令布尔汉派出的代表": the envoy was met,
		// not the one who sent them.
		if t.trig.Type == MetWith {
			right = slices.DeleteFunc(slices.Clone(right), func(m *mention) bool {
				return slices.Contains(in.mentions, m) && m.start >= t.end && reSentBy.MatchString(s[m.end:])
			})
		}
		// "格林伯格、苏世民等…感谢习近平主席拨冗会见": those who thank the
		// one who met them each met that one, not each other.
		if t.trig.Type == MetWith && len(right) == 0 && len(left) > 2 && verbBetween(s, in.mentions, left[len(left)-2], left[len(left)-1], thankVerbs) {
			left, right = left[:len(left)-1], left[len(left)-1:]
		}
		// "李强将会见马克龙总统，同博尔内总理举行会谈，会见拉尔歇": a
		// subject borrowed from an earlier clause brings that clause's
		// future along.
		if status == StatusFact && len(left) > 0 && slices.Contains(in.mentions, left[0]) && left[0].end <= cs {
			if _, fe := clauseBounds(s, left[0].end, left[0].end); containsAny(maskExceptions(masked[left[0].end:fe]), futureCues) {
				status = StatusPlanned
			}
		}
		if t.trig.Type != Visited && len(left) > 0 && len(right) == 0 && !borrowed {
			// "接受印尼外长苏吉约诺、国防部长沙夫里的礼节性拜访": those named
			// after 接受 paid the call; the subject before it received it.
			// (A borrowed left[0] was named in another sentence: its
			// offsets are not this sentence's.)
			if i := strings.Index(s[cs:max(cs, left[0].start)], "接受"); i >= 0 {
				right = left
				left = nil
				if lead := s[cs : cs+i]; st.protagonist != nil && subjectless(lead) {
					left = []*mention{st.protagonist}
				} else if o := openingSubject(s, in.mentions, cs+i); o != nil && o.start >= cs {
					left = []*mention{o}
				}
			}
		}
		if t.trig.Type != Visited && len(left) > 0 && len(right) == 0 && attended(s[left[len(left)-1].end:t.start]) &&
			!(len(left) > 1 && reHeadsOfDelegations.MatchString(s[left[len(left)-1].end:t.start])) {
			continue // "王毅参加会见", "…等参加了有关会见": attendees of another's meeting
		}
		if t.text == "访问" && interview(s[cs:t.start]) && !placeAfter(in.mentions, t) {
			// "X接受韩国电台访问时表示": an interview, not a visit; not when
			// a place is visited ("鲍尔「低调」访问北京").
			continue
		}
		// "…第一时间给同事们打了电话": a call to those 给 names, none of
		// them a person named.
		if strings.HasPrefix(t.text, "打") {
			if g := strings.LastIndex(s[cs:t.start], "给"); g >= 0 && !slices.ContainsFunc(in.mentions, func(m *mention) bool {
				return (m.kind == mPerson || m.kind == mTitle) && m.start >= cs+g && m.end <= t.start
			}) {
				continue
			}
		}
		if len(left) > 1 && len(right) == 0 && !borrowed && namelessObject(s, t, ce) {
			continue // "卢拉和古特雷斯会见了关键人物", "A与B会见记者": one side, meeting others
		}
		// A summit shorthand (川习会, 川习通话) names a past contact as a noun, and the writer
		// of a letter recalls contacts (X在贺信中…我到访越南): only
		// their own clause dates them, never the report's context.
		speaker := st.firstPersonReferent()
		spoken := speaker != nil && firstPerson(s[cs:t.start]) // "X指出，…。我同Y多次会晤"
		ownDate := t.summit[0] != nil || st.letter && spoken
		// "去年在秘鲁…；林当时还与时任美国总统拜登短暂会面": 当时 points back to
		// a time told before, not to the report's occasion.
		ownDate = ownDate || strings.Contains(s[cs:t.start], "当时")
		// 我 opens the clause: no subject of an earlier clause is borrowed
		// ("你担任总统10年间8次访华，我同你12次会面").
		if spoken && (len(left) == 0 || slices.Contains(in.mentions, left[0]) && left[0].end <= cs && left[0].key() != speaker.key()) {
			own := []*mention{speaker}
			for _, m := range left {
				if m.start >= cs {
					own = append(own, m)
				}
			}
			left = own
			// "穆罕默德六世国王对中国进行国事访问，我同他举行了会谈": 他 is
			// the person the sentence named before this clause, and the
			// talks were on that occasion: a time it gives (今年春天, 2016年)
			// leaves them no date from the context.
			if me := cs + strings.Index(s[cs:t.start], "我"); len(right) == 0 && hasAnyPrefix(s[me+len("我"):t.start], []string{"同他", "与他", "和他", "跟他", "同她", "与她", "和她", "跟她"}) {
				for _, m := range slices.Backward(in.mentions) {
					if m.kind == mPerson && m.end <= cs && m.key() != speaker.key() {
						right = []*mention{m}
						ownDate = ownDate || ownTime(s[:cs])
						break
					}
				}
			}
		}
		// "去年6月，…，我们举行会谈": we are the speaker and the one
		// addressed.
		if len(left) == 0 && speaker != nil && weSubject(s[cs:t.start]) {
			if o := st.addressed(in.mentions, speaker); o != nil {
				// Both stand at 我们, in this sentence's offsets.
				at := cs + strings.Index(s[cs:t.start], "我")
				me, you := *speaker, *o
				me.start, me.end, me.text, me.addressed = at, at+len("我"), "我", true
				you.start, you.end, you.text, you.addressed = at+len("我"), at+len("我们"), "们", true
				left = []*mention{&me, &you}
				ownDate = ownDate || st.letter
			}
		}
		// "这些年来，我同普京总统保持密切工作联系，在双边和国际场合先后
		// 40次会晤": a clause that names no one goes on from the clause
		// before, which 我 opens joined to a person; what the speaker
		// recalls has only its own date.
		if len(left) == 0 && len(right) == 0 && speaker != nil {
			if o := joinedToMe(s, in.mentions, cs, t.start, speaker); o != nil {
				left, right = []*mention{speaker}, []*mention{o}
				ownDate = true
			}
		}
		if len(left) == 0 && pronounSubject(s[cs:t.start]) {
			// "奥班是特朗普的盟友，他昨天在白宫会见特朗普时…": the pronoun
			// is the person who opens an earlier clause of the sentence,
			// else the article's last subject.
			if o := listedBefore(s, in.mentions, cs); o != nil {
				left = []*mention{o}
			} else if o := openingSubject(s, in.mentions, cs); o != nil {
				left = []*mention{o}
			} else if p := st.referent(s, cs); p != nil {
				left = []*mention{p}
			} else if st.protagonist != nil {
				left = []*mention{st.protagonist} // the one person the title names
			}
		}
		// "…击败民主党建制派人士（尤其是前州长科莫）当选后首次会面": a person
		// named as an example in brackets is no party.
		if !inBrackets(s, t.start) {
			left = slices.DeleteFunc(slices.Clone(left), func(m *mention) bool { return slices.Contains(in.mentions, m) && inAside(s, m.start) })
			right = slices.DeleteFunc(slices.Clone(right), func(m *mention) bool { return slices.Contains(in.mentions, m) && inAside(s, m.start) })
		}
		// "A与B举行会谈，并共同主持X": the co-chairs are the parties of the
		// contact the sentence has just told.
		if t.trig.Shape == shapeCoChair && len(left)+len(right) < 2 && hasAnyPrefix(s[cs:t.start], []string{"并", "并且", "还", "随后"}) &&
			st.pairTold() {
			left, right = []*mention{st.pair[0]}, []*mention{st.pair[1]}
			borrowed = true
		}
		// "在与乌梅洛夫会面前，魏科夫已先与…": a frame that names the other
		// party; the subject opens the clause after it.
		if t.trig.Type != Visited && reWithFrame.MatchString(s[cs:t.start]) && hasAnyPrefix(s[t.end:ce], []string{"前", "之前", "时", "后", "之后", "期间", "中"}) {
			var others []*mention
			var opener *mention
			for _, m := range in.mentions {
				switch {
				case m.kind == mPerson && m.start >= cs && m.end <= t.start:
					others = append(others, m)
				case m.kind == mPerson && m.start > ce && opener == nil:
					if lead, ok := clauseLead(s, in.mentions, m); ok && (reTitleWords.MatchString(lead) || ministry(s, in.mentions, m, lead)) {
						if c, _ := clauseBounds(s, m.start, m.end); c == ce+runeLenAt(s, ce) {
							opener = m
						}
					}
				}
			}
			if len(others) > 0 && opener != nil {
				left, right = []*mention{opener}, others
			}
		}
		// "高市早苗与特朗普在访问横须贺基地期间，在航空母舰上进行了会面":
		// the pair joined before a frame of time meet in the clause after it.
		if t.trig.Type != Visited && len(left) == 0 && len(right) == 0 && strings.HasPrefix(s[cs:], "在") {
			if pcs, pce, ok := prevClause(s, cs); ok && hasAnySuffix(s[pcs:pce], []string{"期间", "之际", "时"}) {
				if ps := distinctPersons(in.mentions, pcs, pce); len(ps) == 2 && ps[0].end <= ps[1].start &&
					reFramedPairGap.MatchString(stripGlosses(stripMentions(s, in.mentions, ps[0].end, ps[1].start))) && strings.HasPrefix(s[pastGloss(s, ps[1].end):], "在") {
					left, right = ps[:1], ps[1:]
				}
			}
		}
		// "曾与金永南会面的美国记者奥伯多弗": a contact that describes the
		// person after it, its subject.
		if t.trig.Type != Visited {
			if h, o := relativeSubject(s, in.mentions, t, cs, ce); h != nil {
				left, right = []*mention{h}, []*mention{o}
			} else if h, o := relativeObject(s, in.mentions, t, cs, ce); h != nil {
				left, right = []*mention{h}, []*mention{o}
			}
		}
		// "蔡英文与她进行了会晤": a pronoun after the connector is the
		// article's last subject, the other party; with no subject yet, the
		// person who opened the sentence before, else the one the title
		// names.
		if len(left) == 1 && len(right) == 0 && t.trig.Type != Visited && left[0].end <= t.start && objectPronoun(s[left[0].end:t.start]) {
			o := st.subject
			if (o == nil || o.key() == left[0].key()) && st.prevOpener != nil && st.prevIdx == st.curIdx-1 {
				o = st.prevOpener
			}
			if o == nil || o.key() == left[0].key() {
				o = st.protagonist // the subject cannot be its own other party
			}
			if o != nil && o.key() != left[0].key() {
				right = []*mention{o}
			}
		}
		// "A与B会谈、与C会晤": the next contact's persons are not this
		// one's, and it shares this one's subject.
		if loc := reNextContact.FindStringIndex(s[t.end:ce]); loc != nil {
			cut := t.end + loc[0]
			right = slices.DeleteFunc(slices.Clone(right), func(m *mention) bool { return slices.Contains(in.mentions, m) && m.start >= cut })
		}
		// "在与普京通话之前先与泽连斯基通了电话": after a frame the
		// contact ends, one joined by a connector to a later contact word
		// of the clause is that contact's.
		if hasAnyPrefix(s[t.end:], []string{"之前", "前", "之后", "后", "时", "期间"}) {
			right = slices.DeleteFunc(slices.Clone(right), func(m *mention) bool {
				return slices.Contains(in.mentions, m) && m.start > t.end && containsAny(maskNonConnectors(s[t.end:m.start]), []string{"与", "同", "和", "跟"}) &&
					triggerWithin(in.mentions, m.end, ce)
			})
		}
		if prevTrig != nil && prevSubject != nil && t.trig.Type != Visited && reSharedSubject.MatchString(s[prevTrig.end:t.start]) {
			// (the subject of "…会谈" goes on to "、与C会晤")
			var objs []*mention
			for _, m := range in.mentions {
				if m.kind == mPerson && m.start >= prevTrig.end && m.end <= t.start {
					objs = append(objs, m)
				}
			}
			if len(objs) > 0 {
				left, right = []*mention{prevSubject}, objs
			}
		}
		if len(left) > 0 {
			st.subject = left[0]
			prevTrig, prevSubject = t, left[0]
		}
		base := Relation{
			Type:    t.trig.Type,
			Status:  status,
			Mode:    t.trig.Mode,
			Trigger: origSlice(in.sent, s, trigStart(t), t.end),
			Date:    eventDateFor(s, t, pub),
			Place:   x.place(s, in.mentions, cs, trigStart(t)), // (a summit shorthand: not 在|川习会后)
		}
		if combined {
			base.Date, _ = eventDateRange(s[cs:t.start], t.start-cs, pub)
			ownDate = true
		}
		if base.Date == "" {
			if _, r := eventDateRange(s, t.start, pub); r == rangeMonths {
				ownDate = true // "10月30日至11月2日…在罗马分别会见…": during a stay across two months, no date
			}
		}
		if base.Status == StatusFact && (afterPublication(base.Date, pub) || laterYear(s[cs:trigStart(t)], pub)) {
			base.Status = StatusPlanned
		}
		if strings.Contains(s[cs:ce], "视频") && base.Mode == ModeInPerson {
			base.Mode = ModeVideo
		}
		switch t.trig.Shape {
		case shapeContact, shapeCoChair, shapeMutual:
			var pairs [][2]*mention
			framedTrig := hasAnyPrefix(strings.TrimPrefix(s[t.end:], "进行"), []string{"时", "中", "期间", "后，"}) && !x.objectAfter(s, in.mentions, t) ||
				objectFrame(s, in.mentions, t)
			saidDate := base.Date != "" && !slices.ContainsFunc(findDates(s, pub), func(e dateExpr) bool { return e.start >= cs && e.end <= ce }) &&
				reSaidBefore.MatchString(s[:cs])
			// "阿尔巴尼斯表示，很高兴…再次同习近平主席会面": a contact a party
			// speaks of, with no date of its own, is the one the article
			// reports, not one of a date said before it (去年11月).
			saidUndated := base.Date == "" && reSaidBefore.MatchString(s[:cs])
			if t.summit[0] != nil {
				// A shorthand names a past summit as a noun ("华尔街日报10月31日
				// 的报道形容，川习会…", 川习通话): only a date in its own clause
				// dates it.
				pairs = [][2]*mention{t.summit}
				base.Date, _ = eventDateRange(s[cs:t.start], t.start-cs, pub)
			} else if borrowed {
				// "希利与古柏17日在…上，与克罗塞托和塔加尼会谈": the
				// subject and those joined to it meet the others.
				for _, sub := range append([]*mention{left[0]}, co...) {
					for _, o := range append(left[1:len(left):len(left)], right...) {
						if o.key() != sub.key() && !slices.Contains(co, o) {
							pairs = append(pairs, [2]*mention{sub, o})
						}
					}
				}
			} else {
				pairs = x.contactPairs(s, in.mentions, dropFrameSubject(s, in.mentions, left, t), right, t)
			}
			// "双方对于会谈内容的说明": the content of a contact reported
			// elsewhere, which may have been another kind (a call). Nor do
			// "两国总理共同会见了记者" meet each other: they met others.
			metPress := hasAnyPrefix(strings.TrimPrefix(s[t.end:ce], "了"), []string{"记者", "中外记者", "媒体", "新闻界"})
			if len(pairs) == 0 && !reContentOf.MatchString(s[t.end:]) && !metPress {
				pairs = st.collective(s, in.mentions, cs, t, left, right)
				if w := x.collectiveOffice(s[cs:t.start]); w != "" {
					told := pairs
					pairs = slices.DeleteFunc(slices.Clone(pairs), func(p [2]*mention) bool {
						return !x.mayHold(p[0], w, pub) || !x.mayHold(p[1], w, pub)
					})
					if len(pairs) == 0 && len(told) == 1 && !x.namesCountries(s[cs:t.start]) {
						// Another event than the one in context: only its
						// own clause dates it (耶伦…落实两国元首巴厘岛会晤共识).
						pairs = x.officeHoldersOf(told[0], w, st.named, pub)
						ownDate = ownDate || len(pairs) > 0
					}
				}
			}
			if len(pairs) == 0 && len(left) == 0 && len(right) == 0 && !reContentOf.MatchString(s[t.end:]) {
				if !otherYear(s[cs:ce], pub) && !strings.Contains(s, "时任") && !metPress {
					pairs = x.countryLeaders(s[cs:t.start], in.mentions, st.named, pub)
					if len(pairs) == 0 && !slices.ContainsFunc(in.mentions, func(m *mention) bool { return m.kind == mPerson }) && !namelessObject(s, t, ce) {
						pairs = x.itemLeaders(s[cs:t.start], st.itemNamed, pub)
						ownDate = ownDate || len(pairs) > 0
					}
				}
			}
			// "李在明在峰会期间，与美国、中国及日本等主要国家领袖密集会谈":
			// the subject and the leader the article names for each
			// country.
			// (The subject may open the clause before: 李在明在峰会期间，与….)
			if sub := left; len(pairs) == 0 && len(right) == 0 && t.trig.Type != Visited && !otherYear(s[cs:ce], pub) && !strings.Contains(s, "时任") {
				if o := openingSubject(s, in.mentions, cs); len(sub) == 0 && o != nil && hasAnyPrefix(s[cs:], connectors) {
					sub = []*mention{o}
				}
				if len(sub) == 1 {
					for _, l := range x.listedLeaders(s, in.mentions, t, cs, st.named, pub) {
						if l.key() != sub[0].key() && x.countryOf(l) != x.countryOf(sub[0]) {
							pairs = append(pairs, [2]*mention{sub[0], l})
							ownDate = true // several contacts: only their own clause dates them
						}
					}
				}
			}
			// "习近平总书记今年首次出访就选择了朝鲜，两党两国最高领导人举行历史性
			// 会晤": the leaders of the two countries, after a visit an earlier
			// clause of the sentence tells, are the visitor and the one leader
			// of the visited country the article names.
			if len(pairs) == 0 && len(left) == 0 && len(right) == 0 && t.trig.Type == MetWith && status == StatusFact &&
				st.visitor != nil && st.visitItem == st.item && st.visitIdx == st.curIdx && st.visitEnd <= cs && reTwoCountriesLeaders.MatchString(s[cs:t.start]) {
				if h := x.namedLeader(st.named, st.visited, pub, leaderCategories); h != nil && h.key() != st.visitor.key() {
					pairs = [][2]*mention{{st.visitor, h}}
				}
			}
			// "特朗普回顾了10月28日在东京举行的会谈", "希巴尼本周一在北京的会谈":
			// one person's meeting held at a place of another country is
			// with whom the article names as holding there that person's
			// office (a leader: the one leader; a foreign minister: the
			// foreign minister).
			if len(pairs) == 0 && len(left) == 1 && len(right) == 0 && t.trig.Type == MetWith && status == StatusFact && !otherYear(s[cs:ce], pub) {
				if c := heldAt(s, in.mentions, t, left[0]); c != nil && c != x.countryOf(left[0]) {
					if h := x.counterpart(left[0], c, st.named, pub); h != nil {
						pairs = [][2]*mention{{left[0], h}}
						ownDate = true // (often an earlier occasion: 普京在阿拉斯加的会谈中)
					}
				}
			}
			// "特朗普在白宫接待了泽连斯基，但据报导，会谈气氛紧张": a meeting
			// whose clause names no one, after a reception an earlier
			// clause of the sentence tells as done, is its hosts' with its
			// guests.
			if len(pairs) == 0 && len(left) == 0 && len(right) == 0 && t.trig.Type == MetWith && status == StatusFact &&
				reBareMeeting.MatchString(s[cs:t.start]) {
				pairs = receptions(s[:cs], in.mentions)
			}
			// A meeting in a sentence that names no one, referring to an
			// occasion the sentence before in the paragraph told.
			if len(pairs) == 0 && len(left) == 0 && len(right) == 0 && t.trig.Type == MetWith &&
				!slices.ContainsFunc(in.mentions, func(m *mention) bool { return m.kind == mPerson || m.kind == mTitle }) {
				lead := s[cs:t.start]
				switch {
				case st.received != nil && st.receivedIdx == st.curIdx-1 && st.receivedPara == in.sent.Paragraph && hasAnySuffix(lead, referenceWords):
					// "拜登、斯托滕贝格问候泽连斯基。此次会晤旨在…": a meeting of
					// the reception's hosts and guests.
					pairs = st.received
				case status == StatusFact && st.visitor != nil && st.visitItem == st.item && st.visitIdx == st.curIdx-1 && st.visitPara == in.sent.Paragraph &&
					(strings.HasSuffix(lead, "的") || hasAnySuffix(lead, referenceWords)) && !containsAny(lead, earlierWords):
					// "泽连斯基访问华盛顿。然而，2025年2月28日在白宫的会晤却发生
					// 争执" (的会晤, 此次会谈): the visitor's with the one leader of
					// the visited country the article names.
					if h := x.namedLeader(st.named, st.visited, pub, leaderCategories); h != nil && h.key() != st.visitor.key() {
						pairs = [][2]*mention{{st.visitor, h}}
					}
				}
			}
			if len(pairs) == 0 && len(left) == 0 && len(right) == 0 {
				pairs = framePairs(s, in.mentions, t, cs, ce)
			}
			// "伊朗总统莱希访华。习主席在会谈时说…": the talks one host frames
			// are with the visitor the sentence before brought to the host's
			// country.
			if len(pairs) == 0 && framedTrig && len(left) == 1 && len(right) == 0 && status == StatusFact {
				if v := st.visitor; v != nil && st.visitItem == st.item && st.visitIdx >= st.curIdx-2 && v.key() != left[0].key() &&
					x.countryOf(left[0]) == st.visited {
					pairs = [][2]*mention{{left[0], v}}
				}
			}
			if len(pairs) == 0 && t.trig.Type == MetWith && status == StatusFact && len(left) == 1 && len(right) == 0 && !in.title &&
				reGroupObject.MatchString(s[t.end:ce]) {
				st.group = x.groupMet(in, base, left[0], t, ce)
			}
			if p := pairs[max(0, len(pairs)-1):]; len(p) > 0 && !p[0][0].addressed && !p[0][1].addressed {
				if status == StatusFact {
					st.pair, st.pairItem, st.pairIdx = p[0], st.item, st.curIdx
					st.itemPairs = append(st.itemPairs, p[0])
					if g := st.group; g != nil && p[0][0].key() != g.host.key() && p[0][1].key() != g.host.key() && !ownDate && !ownTimeAround(s, t.start) {
						st.group = nil // another meeting is told now, not one of an earlier time
					}
				}
				st.anyPair, st.anyIdx = p[0], st.curIdx
			}
			comb := combinedBefore(in.mentions, t)
			for _, p := range pairs {
				// "特朗普和鲁比奥都称赞了中美会谈": a combined form names the
				// countries of the contact's two sides.
				if comb != nil && !x.ofCountries(p, comb.countries) {
					continue
				}
				// What a speaker recalls of the one addressed has only its
				// own date, not the date of the meeting it is said at.
				if t.trig.Shape == shapeMutual {
					// Each visits the other's country (not when either's is
					// unknown, or both are of one country), at times of
					// their own: the context dates neither.
					if c0, c1 := x.countryOf(p[0]), x.countryOf(p[1]); c0 != nil && c1 != nil && c0 != c1 && mutualVisits(s[cs:t.start]) {
						for i, to := range []*dict.Country{c1, c0} {
							out = append(out, &candidate{Relation: base, parts: []*mention{p[i]}, visit: to, title: in.title, order: in.idx,
								trigStart: t.start, ownDate: true})
						}
					}
					continue
				}
				c := &candidate{Relation: base, parts: []*mention{p[0], p[1]}, title: in.title, order: in.idx, trigStart: t.start,
					ownDate: ownDate || p[0].addressed || p[1].addressed, refers: framedTrig || saidDate || saidUndated, weak: saidDate}
				if t.trig.Shape == shapeCoChair {
					c.Type = CoChaired
					c.Event = eventName(s[t.end:ce])
					m := &candidate{Relation: base, parts: c.parts, title: in.title, order: in.idx, trigStart: t.start}
					m.Type = MetWith
					out = append(out, m)
				}
				out = append(out, c)
				// "川普和习近平在1月17日及6月5日通话过2次": one contact on
				// each day the clause joins, when it counts them (not
				// "8日和9日分别会见A、B", one day each).
				if t.trig.Shape == shapeContact && reTimes.MatchString(s[cs:ce]) && !containsAny(s[cs:ce], []string{"分别", "先后", "依次"}) {
					for _, d := range joinedDays(s[cs:t.start], pub) {
						if d != c.Date {
							o := *c
							o.Date = d
							out = append(out, &o)
						}
					}
				}
			}
		case shapeVisit:
			if len(left) == 0 {
				left = visitSubject(s, in.mentions, t, cs, st)
			}
			// "习近平指出，…使你这次访华具有特殊意义": the one the speaker
			// addresses.
			if sp := st.firstPersonReferent(); len(left) == 0 && sp != nil && reYouVisit.MatchString(s[cs:t.start]) {
				if o := st.addressed(in.mentions, sp); o != nil {
					left = []*mention{o}
				}
			}
			company := accompanying(s, in.mentions, t, cs, left)
			if len(company) > 0 {
				right = nil
			}
			v, countries := x.visit(s, in.mentions, left, right, t, cs, ce, st.countries)
			if v == nil {
				if w, c := x.welcomed(s, in.mentions, t, cs, st); w != nil {
					v, countries = w, []*dict.Country{c}
				}
			}
			// "波兰总理图斯克也前往乌克兰。…此次访问是…": a visit word that
			// refers back, with no place, is the visit of those who just
			// went somewhere (or of the one of them the sentence names).
			if len(countries) == 0 && status == StatusFact {
				if ws, c := st.referredTravel(s, in.mentions, t, cs); c != nil {
					v, countries, company = ws[0], []*dict.Country{c}, ws[1:]
				}
			}
			// "他分别于2014年访问斐济，2018年访问巴布亚新几内亚": a clause of
			// only a time and the visit goes on with the visitor of the
			// visit the sentence told just before.
			if v == nil && len(left) == 0 && len(right) == 0 && st.visitor != nil && st.visitIdx == st.curIdx && st.visitEnd <= cs {
				lead := stripMentions(s, in.mentions, cs, t.start)
				if rest := lead[len(reLeadTime.FindString(lead)):]; rest == "" || rest == "又" || rest == "再" {
					v, countries = x.visit(s, in.mentions, []*mention{st.visitor}, nil, t, cs, ce, st.countries)
				}
			}
			if v != nil && !slices.Contains(right, v) && strings.HasPrefix(s[t.end:], "的") && strings.Contains(s[cs:t.start], "正在") {
				// "正在日本访问的民众党主席黄国昌表示": the visitor is the
				// one the relative clause describes, whom the sentence
				// does not name as a known person.
				v, countries = nil, nil
			}
			if v != nil && slices.Contains(in.mentions, v) && v.start >= ce && hasAnySuffix(s[cs:ce], []string{"期间", "之际"}) {
				// "访法期间，习近平主席和马克龙总统…": a visit that frames
				// the next clause refers to one told before; only its own
				// clause dates it.
				ownDate = true
			}
			visitors := append([]*mention{v}, company...)
			// "A和B来华": the persons joined to the visitor before it
			// visit too, unless another contact stands between them and
			// the visit (A与B会谈后访问…).
			if v != nil && !slices.ContainsFunc(in.mentions, func(m *mention) bool {
				return m.kind == mTrigger && m != t && m.start >= v.end && m.end <= t.start
			}) {
				visitors = append(visitors, joinedTo(s, in.mentions, left, v, -1, []string{"、", "和", "及", "以及", "与", "偕"})...)
				// "希利17日在与外交大臣古柏一同访问意大利期间": the subject
				// before a frame that joins another to it (一同, 一起).
				if i := slices.Index(left, v); i > 0 && hasAnyPrefix(stripGlosses(s[v.end:t.start]), []string{"一同", "一起", "共同"}) &&
					reFrameJoin.MatchString(stripGlosses(stripMentions(s, in.mentions, left[i-1].end, v.start))) && !slices.Contains(visitors, left[i-1]) {
					visitors = append(visitors, left[i-1])
				}
			}
			// "王毅陪同习近平访问俄罗斯": who accompanies the visitors
			// visits with them.
			// (Who accompanies is no party of a contact: "王毅陪同习近平
			// 会见普京" is 习近平's.)
			if v != nil && slices.Contains(in.mentions, v) {
				var prev *mention
				for _, m := range in.mentions {
					if m.kind != mPerson || m.start < cs || m.end > v.end {
						continue
					}
					if prev != nil && reAccompanyGap.MatchString(stripGlosses(stripMentions(s, in.mentions, prev.end, m.start))) &&
						!holdsKey(visitors, prev) {
						visitors = append(visitors, prev)
					}
					prev = m
				}
			}
			// "陪同马克龙访华的法国外长巴罗": the one accompanied right
			// before the visit word of the visitor's relative clause
			// visits too.
			if v != nil && v.start > t.end && strings.HasPrefix(s[t.end:], "的") {
				for _, m := range in.mentions {
					if m.kind == mPerson && m.start >= cs && m.end == t.start && accompaniedIn(s, in.mentions, m) &&
						!holdsKey(visitors, m) {
						visitors = append(visitors, m)
					}
				}
			}
			// "来华出席开幕式的国际奥委会主席考文垂和终身名誉主席巴赫": the
			// persons joined to a visitor after the relative clause.
			visitors = append(visitors, joinedTo(s, in.mentions, right, v, +1, []string{"、", "和", "及", "以及"})...)
			// "穆尼尔再次访问华盛顿，这次是陪同谢里夫": the one the next clause
			// says the visitor accompanies visits too.
			if v != nil {
				if m := accompaniedNext(s, in.mentions, ce); m != nil && !holdsKey(visitors, m) {
					visitors = append(visitors, m)
				}
			}
			vbase := base
			// "会见了陪同普京访华的诺瓦克": a visit in a relative clause on
			// one the sentence has a contact with is under way on the
			// contact's day.
			vbase.underway = v != nil && v.start > t.end && slices.ContainsFunc(in.mentions, func(m *mention) bool {
				return m.kind == mTrigger && m.trig.Shape == shapeContact
			})
			if v != nil && v.start > t.end && vbase.Date == "" {
				// "正在对老挝进行正式访问的…长女爱子21日在万象参观…": the
				// date right after a relative clause's visitor is a day of
				// the visit.
				vbase.Date = dateAt(s, v.end, pub)
			}
			// "教宗展開海外首訪，今天抵達第一站土耳其": the day it arrives
			// at its first stop.
			if c, from, to := arrivalNext(s, in.mentions, cs, ce); vbase.Date == "" && len(countries) == 1 && c == countries[0] {
				for _, e := range findDates(s, pub) {
					if e.start >= from && e.end <= to {
						vbase.Date = e.date
					}
				}
			}
			// (Not one told in the past: "内塔尼亚胡当时正在访问该国".)
			if vbase.Date == "" && strings.Contains(s[cs:t.start], "正在") && !strings.Contains(s[cs:t.start], "当时") && !pub.IsZero() {
				// "爱子正在对老挝进行正式访问，当地时间18日上午参观…",
				// "目前正在阿联酋访问的李在明": the visit goes on on the
				// day the sentence tells, else on the day of the report.
				if d, _ := lastDate(s, pub); len(d) == len("2006-01-02") {
					vbase.Date = d
				} else if d == "" {
					vbase.Date = ymd(dayOf(pub))
				}
			}
			if resp := respectively(s, in.mentions, t, ce, visitors); resp != nil {
				for i, vv := range visitors {
					out = append(out, &candidate{Relation: vbase, parts: []*mention{vv}, visit: resp[i], title: in.title, order: in.idx, trigStart: t.start, ownDate: ownDate})
				}
				countries = nil
			}
			for _, country := range countries {
				for _, vv := range visitors {
					out = append(out, &candidate{Relation: vbase, parts: []*mention{vv}, visit: country, title: in.title, order: in.idx, trigStart: t.start, ownDate: ownDate})
				}
			}
			if len(visitors) == 1 && v != nil && len(countries) == 1 && status == StatusFact && !in.title {
				st.visitor, st.visited, st.visitItem, st.visitIdx, st.visitEnd = v, countries[0], st.item, st.curIdx, t.end
				st.visitPara = in.sent.Paragraph
			}
		}
	}
	st.prevOpener, st.prevIdx, st.prevPara = nextOpener, in.idx, in.sent.Paragraph
	st.prevSemicolon = strings.HasSuffix(strings.TrimRight(s, " "), "；")
	for _, c := range out {
		c.Sentence = in.sent.Text
		c.Span = [2]int{in.sent.Start, in.sent.End}
	}
	if g := st.group; g != nil && g.idx < in.idx && !in.title && (st.transcript || in.idx-g.idx <= 10) {
		out = append(out, x.groupSpoke(g, s, in.mentions)...)
	}
	return out
}

// groupMeeting is a meeting of a host with a group (集体会见…与会代表,
// 会见…国际经济组织负责人): the relation it is, its sentence and span.
type groupMeeting struct {
	host     *mention
	rel      Relation
	idx      int
	sentence string
	span     [2]int
	object   string // the words that name the group
	foreign  bool   // the group is said to be of another country (外方, 国际, 美国工商界)
	// visit is the country the group is said to have come to (来华出席),
	// in the words visitWord.
	visit     *dict.Country
	visitWord string
}

// groupMet returns the meeting of host with the group that the words after
// the contact word t name (in the clause ending at ce), as rel.
func (x *Extractor) groupMet(in *sentenceInfo, rel Relation, host, t *mention, ce int) *groupMeeting {
	s := in.simp
	g := &groupMeeting{host: host, rel: rel, idx: in.idx, sentence: in.sent.Text, span: [2]int{in.sent.Start, in.sent.End}, object: s[t.end:ce]}
	home := x.countryOf(host)
	g.foreign = reForeignGroup.MatchString(g.object) || slices.ContainsFunc(in.mentions, func(m *mention) bool {
		return m.kind == mCountry && m.start >= t.end && m.end <= ce && len(m.countries) == 1 && m.countries[0] != home
	})
	// "会见来华出席对话会的…负责人": the group's members came on a visit.
	for _, m := range in.mentions {
		// (Not a delegation named for its visit: 访华团.)
		if m.kind == mTrigger && m.trig.Type == Visited && m.start >= t.end && m.end <= ce && !strings.HasPrefix(s[m.end:], "团") {
			g.visitWord = origSlice(in.sent, s, m.start, m.end)
			switch m.trig.Country {
			case "":
			case "host":
				g.visit = home
			default:
				g.visit = x.dict.Country(m.trig.Country)
			}
		}
	}
	return g
}

// groupSpoke returns the contacts of the group meeting g that sentence s
// tells by its speakers ("韩正集体会见…委员会双方与会代表。…委员会俄方主席
// 季托夫表示，…"): the named members of the group who speak for it at the
// meeting were met, with its date, mode and place, on its sentence; and
// visited the country the group came to. Not the host's compatriots, nor
// one of no known country at a meeting with a group not said to be foreign
// (会见全体代表。…总工会第一书记徐留平代表群众团体致辞).
func (x *Extractor) groupSpoke(g *groupMeeting, s string, ms []*mention) []*candidate {
	speakers, lead := groupSpeakers(s, ms)
	if len(speakers) == 0 {
		return nil
	}
	// "会见日本经济同友会访华团。…日本经济同友会代表干事新浪刚史…表示":
	// the first speaker's title names the group's organisation.
	member := sharesName(lead, g.object)
	if !member && !reSideLead.MatchString(lead) && !reForGroup.MatchString(s[speakers[len(speakers)-1].end:]) {
		return nil
	}
	var out []*candidate
	for _, p := range speakers {
		if p.key() == g.host.key() {
			break // the host speaks
		}
		if c := x.countryOf(p); c != nil && c == x.countryOf(g.host) || c == nil && !g.foreign && !member {
			continue
		}
		rel := g.rel
		rel.Sentence, rel.Span = g.sentence, g.span
		out = append(out, &candidate{Relation: rel, parts: []*mention{g.host, p}, order: g.idx})
		if g.visit != nil {
			v := rel
			v.Type, v.Trigger, v.Mode, v.Place = Visited, g.visitWord, "", ""
			out = append(out, &candidate{Relation: v, parts: []*mention{p}, visit: g.visit, order: g.idx})
		}
	}
	return out
}

// reForeignGroup says a group met is of other countries: 外方嘉宾,
// 国际工商界, 来华出席, 中外, 双方与会代表, 各国外长.
var reForeignGroup = regexp.MustCompile(`外国|外宾|国际|来华|访华|中外|各国|` + sides)

// sides are the sides of a meeting, by a country's abbreviation, 外 or 双:
// 俄方, 外方, 双方.
const sides = `[外双美俄英法德日韩朝越印欧]方`

// reGroupMeeting is a meeting with a group in a sentence (集体会见…代表);
// groupSpeech the words its speakers speak with.
var (
	reGroupMeeting = regexp.MustCompile(`(?:会见|接见)[^，。；]*` + groupMembers)
	groupSpeech    = []string{"表示", "发言", "致辞", "感谢", "高度评价", "高度赞赏", "赞赏", "祝贺", "指出", "强调", "说"}
)

// groupMembers are what the members of a group met are (代表, 负责人, 嘉宾,
// 委员 …).
const groupMembers = `(?:代表|负责人|嘉宾|成员|人士|使节|与会者|客人|议员|委员|访华团|访问团|考察团)`

// reGroupObject is the group a host meets, named after the contact word
// by what its members are.
var reGroupObject = regexp.MustCompile(`^了?[^，。；]*?` + groupMembers)

// reResponderLead is what may stand before the first speaker of a group:
// their organisation and title (委员会俄方主席, 新开发银行行长).
var reResponderLead = regexp.MustCompile(`^[^，。；：“”的我你他她同与跟和]{0,30}$`)

// reSpeakerGap joins the speakers of a group: 、 or 和 and the next
// one's title (、黑石集团董事长兼首席执行官).
var reSpeakerGap = regexp.MustCompile(`^(?:、|和|及|以及)[^，。；：“”的]{0,24}$`)

// reSpeaks is what the speakers of a group do at its meeting: 表示, 发言,
// 致辞, 感谢 … after 等, their side (等美方代表) and 在发言中.
var reSpeaks = regexp.MustCompile(`^(?:等人?)?[^，。；：“”]{0,12}?(?:表示|发言|致辞|感谢|高度评价|高度赞赏|赞赏|祝贺|指出|强调|说(?:$|[^明]))`)

// reForGroup says the speakers speak for a group: they are listed with 等
// (X、Y等表示, 潘基文等与会代表), speak for a side (代表外方发言), or hold
// their title on a side (委员会俄方主席).
var (
	reForGroup = regexp.MustCompile(`^(?:等|代表[^，。；]{0,8}(?:发言|致辞))`)
	reSideLead = regexp.MustCompile(sides)
)

// sharesName reports whether a title and the name of a group share three
// characters or more of an organisation's name (经济同友会, 顾问委员会), not of
// words any title or group holds (代表, 主席, 委员).
func sharesName(title, group string) bool {
	rs := []rune(title)
	for i := 0; i+3 <= len(rs); i++ {
		if w := string(rs[i : i+3]); isHan(rs[i]) && isHan(rs[i+1]) && isHan(rs[i+2]) && strings.Contains(group, w) && !containsAny(w, []string{"代表", "主席", "委员"}) {
			return true
		}
	}
	return false
}

// groupSpeakers returns the persons who open the first clause of s, one
// after another, and speak (委员会俄方主席季托夫表示; 罗塞芙、格奥尔基耶娃…代表
// 外方发言; 格林伯格、苏世民…等美方代表在发言中感谢), and the words before the
// first of them (their title), else nil.
func groupSpeakers(s string, ms []*mention) ([]*mention, string) {
	_, fe := clauseBounds(s, 0, 0)
	var list []*mention
	end := 0
	for _, m := range ms {
		if m.start >= fe {
			break
		}
		if m.kind != mPerson || m.start < end {
			continue
		}
		gap := s[end:m.start]
		if len(list) == 0 && !reResponderLead.MatchString(gap) || len(list) > 0 && !reSpeakerGap.MatchString(gap) {
			break
		}
		list = append(list, m)
		end = m.end
	}
	if len(list) == 0 || !reSpeaks.MatchString(s[end:fe]) {
		return nil, ""
	}
	return list, s[:list[0].start]
}

// reYearBefore is a year right before a trigger, 年 often dropped in
// headlines ("川普2026访中"), or a part of it ("2026年初访中").
var reYearBefore = regexp.MustCompile(`(\d{4})(?:年?|年(?:初|底|末|中|春|夏|秋|冬|上半年|下半年|春季|夏季|秋季|冬季))$`)

// laterYear reports a year after the article's right before a trigger: an
// event still to come, however it is worded.
func laterYear(before string, pub time.Time) bool {
	m := reYearBefore.FindStringSubmatch(before)
	if m == nil || pub.IsZero() {
		return false
	}
	y, err := strconv.Atoi(m[1])
	return err == nil && y > pub.Year()
}

// joinedTo returns the persons of list joined to v, walking from v in
// direction dir (-1 before it, +1 after it) while the words between two
// neighbours, mentions taken out, open with one of joiners and are at most
// eight characters long. It returns nil when v is not in list.
func joinedTo(s string, ms, list []*mention, v *mention, dir int, joiners []string) []*mention {
	return walkJoined(s, ms, list, v, dir, func(gap string) bool {
		// An item of an enumeration may carry a title the dictionaries do
		// not know ("、柬埔寨副首相兼内阁办公厅大臣翁赛维索"): a longer gap after
		// 、 with no 的 or clause break in it.
		n := utf8.RuneCountInString(gap)
		return hasAnyPrefix(gap, joiners) && (n <= 8 || n <= 12 && strings.HasPrefix(gap, "、") && !strings.ContainsAny(gap, "的，；"))
	})
}

// walkJoined returns the persons of list met walking from v in direction
// dir while joined(the words between two neighbours, mentions taken out)
// holds, or nil when v is not in list.
func walkJoined(s string, ms, list []*mention, v *mention, dir int, joined func(gap string) bool) []*mention {
	i := slices.Index(list, v)
	if v == nil || i < 0 {
		return nil
	}
	var out []*mention
	for j := i + dir; j >= 0 && j < len(list); j += dir {
		a, b := list[min(j, j-dir)], list[max(j, j-dir)]
		if !joined(stripMentions(s, ms, a.end, b.start)) {
			break
		}
		out = append(out, list[j])
	}
	return out
}

// extendHyphenName carries a transliterated name on through a hyphen that
// joins a second family name (冈萨雷斯-奥莱切亚): two to eight
// transliteration characters after the hyphen, up to a function character,
// unless a mention begins there or they are known (鲁斯特姆-乌梅罗夫 is read
// the other way, see hyphenBeforePerson; 普京-特朗普峰会 names two), or a
// place the name goes on from.
func extendHyphenName(s string, start, end int, ms []*mention, known func(string) bool) int {
	if !allTranslit(s[start:end]) {
		return end
	}
	for _, h := range []string{"-", "－", "‐"} {
		rest, ok := strings.CutPrefix(s[end:], h)
		if !ok {
			continue
		}
		next := len(s) - len(rest)
		// A place that the name goes on from is no mention of its own
		// (梅利克-巴格达萨罗夫 holds 巴格达).
		if i := slices.IndexFunc(ms, func(m *mention) bool { return m.start == next }); i >= 0 {
			if r, _ := utf8.DecodeRuneInString(s[ms[i].end:]); ms[i].kind != mCountry || !translitSet[r] || r == '·' || strings.ContainsRune(singleStops, r) {
				return end
			}
		}
		e, n := next, 0
		for e < len(s) && n < 8 {
			r, size := utf8.DecodeRuneInString(s[e:])
			if !translitSet[r] || r == '·' || strings.ContainsRune(singleStops, r) {
				break
			}
			e += size
			n++
		}
		if n >= 2 && n < 8 && !known(s[next:e]) {
			return e
		}
	}
	return end
}

// hyphenBeforePerson reports a hyphen at offset at followed by a person
// mention: what ends at the hyphen is that person's given name, written
// with a hyphen for the middle dot (鲁斯特姆-乌梅罗夫).
func hyphenBeforePerson(s string, at int, ms []*mention) bool {
	for _, h := range []string{"-", "－", "‐"} {
		if rest, ok := strings.CutPrefix(s[at:], h); ok {
			next := len(s) - len(rest)
			return slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mPerson && m.start == next })
		}
	}
	return false
}

// reLatinName is a person's name in Latin script: two to four capitalised
// words, closed by Chinese punctuation, 等, or the end of the text.
var reLatinName = regexp.MustCompile(`^([A-Z][a-z'\-]+(?: (?:[A-Z][a-z'\-]+|[A-Z]\.|de|van|von|der|da|di|du|la|le|bin|al)){1,3})(?:$|[、，。；：）」”]|等)`)

// dropFrameSubject drops the first of the persons before a trigger when 在
// separates them from the others and the trigger frames a time (西雅尔多在
// 普京和欧尔班会晤后表示), or 就 and the trigger a topic (欧尔班就俄美总统会谈
// 一事表示): the first is the subject of another verb, not a party to the
// meeting.
func dropFrameSubject(s string, ms []*mention, left []*mention, t *mention) []*mention {
	// "欧尔班8日就俄美总统会谈一事表示": who speaks on the contact as a
	// topic is no party to it.
	if len(left) >= 3 && hasAnyPrefix(s[t.end:], []string{"一事", "事宜"}) &&
		strings.HasSuffix(stripMentions(s, ms, left[0].end, left[1].start), "就") {
		return left[1:]
	}
	if len(left) < 3 || !hasAnyPrefix(s[t.end:], []string{"后", "时", "前", "期间", "之际", "之后", "以后"}) {
		return left
	}
	if gap := stripMentions(s, ms, left[0].end, left[1].start); strings.HasPrefix(gap, "在") &&
		!hasAnyPrefix(gap, []string{"在与", "在同", "在和", "在跟"}) { // 斯塔默在与马克龙…通电话后: a party
		return left[1:]
	}
	return left
}

// trigStart is where the words of a trigger begin: before its span for a
// summit shorthand (川习会, whose span is 会).
func trigStart(t *mention) int {
	if t.trig == summitTrigger {
		return t.end - len(t.text)
	}
	return t.start
}

// reTitleWords is what may stand between a person's country and office
// and the person besides other mentions: 驻日 (大使), 前 (总统), 新任.
var reTitleWords = regexp.MustCompile(`^(?:而|但|另外|此外|同时|不过)?(?:驻\p{Han}{1,3}|前|新任|现任|时任)*$`)

// referent is the person a pronoun opening the clause at cs stands for:
// the person who opened the sentence right before, in the same paragraph
// or as the last of the paragraph before, when the clause opens its
// sentence ("大使X21日批评…。他与Y会谈", "泽连斯基19日抵达马德里。¶他当天
// 与…会谈"); else the article's last subject.
func (st *memory) referent(s string, cs int) *mention {
	lead := s[stripTimePrefix(s, cs):cs]
	if loc := reVisitFrameLead.FindStringIndex(lead); loc != nil {
		lead = lead[loc[1]:] // (访问期间，他…)
	}
	if st.prevOpener != nil && st.prevIdx == st.curIdx-1 && (st.prevPara == st.curPara || st.prevPara == st.curPara-1) &&
		strings.Trim(trimDiscourse(lead), " ，,") == "" { // (10月31日，她…; 不过，有报道指他…)
		return st.prevOpener
	}
	return st.subject
}

// trimDiscourse removes a word that links a sentence to the one before
// (不过, 然而, 此外) from the start of lead.
func trimDiscourse(lead string) string {
	for _, w := range []string{"不过", "然而", "但是", "但", "此外", "另外", "同时", "而"} {
		if rest, ok := strings.CutPrefix(lead, w); ok {
			return rest
		}
	}
	return lead
}

// saysLater reports a clause after offset from that opens with a saying verb
// and so goes on with the sentence's subject ("沙利文转达…问候，感谢…，表示…"),
// with no clause between opening with another person.
func saysLater(s string, ms []*mention, from int) bool {
	for at := from; at < len(s) && strings.HasPrefix(s[at:], "，"); {
		cs := at + len("，")
		if hasAnyPrefix(s[cs:], sayingVerbs) && !hasAnyPrefix(s[cs:], []string{"说明", "说服"}) {
			return true
		}
		if slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mPerson && m.start == cs }) {
			return false
		}
		_, at = clauseBounds(s, cs, cs)
	}
	return false
}

// letterWords name a letter or message whose writer recalls past contacts.
var letterWords = []string{"贺信", "贺电", "复信", "回信", "致信", "来信", "信中", "函中", "贺词", "署名文章"}

// sayingVerbs introduce what a person says or writes.
var sayingVerbs = []string{"指出", "表示", "强调", "说", "认为", "写道", "致辞", "回忆"}

// weSubject reports a clause that opens with 我们 or 我俩 (after a time
// phrase) and names no one else before its contact word.
func weSubject(lead string) bool {
	lead = lead[stripTimePrefix(lead, len(lead)):]
	// Two places joined after 在 join nobody to us ("我们在北京和杭州亲切会见").
	lead = reTwoPlaces.ReplaceAllString(lead, "在")
	// Words that hold a connector's character join nobody either (我们…共同出席).
	return hasAnyPrefix(lead, []string{"我们", "我俩", "我们俩", "我们两人"}) && !containsAny(maskNonConnectors(lead), connectors)
}

// reTwoPlaces is 在 and places joined: 在北京和杭州, 在北京、阿斯塔纳和喀山.
var reTwoPlaces = regexp.MustCompile(`在\p{Han}{2,6}(?:、\p{Han}{2,6})*[和与及]\p{Han}{2,6}$|在\p{Han}{2,6}(?:、\p{Han}{2,6})*[和与及]\p{Han}{2,6}(?:亲切|举行|进行|成功)`)

// messageWords are exchanges of messages (习近平同X互致贺电, 致电, 复信).
var messageWords = []string{"互致贺电", "互致贺信", "互致信函", "互致新年贺电", "互致新年贺信", "互致新春贺电", "互致新春贺信", "致电", "致信", "复信", "回信", "致贺电", "致贺信", "致函", "致唁电", "致慰问电"}

// firstPerson reports a clause that opens with 我 as its subject (not 我们,
// 我国, 我方 …), after a time stamp if any ("2016年我对塞尔维亚进行国事访问").
func firstPerson(lead string) bool {
	lead = lead[stripTimePrefix(lead, len(lead)):]
	// (After a copula or a gladness that opens it: 这是我首次访华, 很高兴我已访华六次.)
	for _, w := range []string{"这也是", "这是", "很高兴", "非常高兴", "十分高兴"} {
		if rest, ok := strings.CutPrefix(lead, w); ok {
			lead = rest
			break
		}
	}
	return strings.HasPrefix(lead, "我") && !hasAnyPrefix(lead, []string{"我们", "我国", "我方", "我党", "我军", "我省", "我市", "我区", "我县", "我校"})
}

// joinedToMe returns the person joined to 我 where 我 opens the clause
// before the one at cs (我同普京总统保持密切工作联系，…), when the clause
// up to to names no one and opens with no pronoun; else nil.
func joinedToMe(s string, ms []*mention, cs, to int, speaker *mention) *mention {
	lead := s[cs:to]
	if containsAny(lead, []string{"我", "他", "她", "你", "您"}) || slices.ContainsFunc(ms, func(m *mention) bool {
		return (m.kind == mPerson || m.kind == mTitle || m.kind == mCountry) && m.start >= cs && m.end <= to
	}) {
		return nil
	}
	ps, pe, ok := prevClause(s, cs)
	if !ok || !firstPerson(s[ps:pe]) {
		return nil
	}
	me := ps + strings.Index(s[ps:pe], "我") + len("我")
	for _, m := range ms {
		if m.kind == mPerson && m.start >= me && m.end <= pe && m.key() != speaker.key() {
			if reJoinGap.MatchString(stripMentions(s, ms, me, m.start)) {
				return m
			}
			return nil
		}
	}
	return nil
}

// firstPersonReferent is the person whose words the current paragraph
// reports (习近平指出，…), whom 我 in it stands for, or nil.
func (st *memory) firstPersonReferent() *mention {
	if st.speaker != nil && st.speakerPara == st.curPara {
		return st.speaker
	}
	// "习近平在贺电中说，…" and the letter's next paragraphs, to the end of
	// the item ("…近年来，我同总书记同志多次会晤").
	if st.speaker != nil && st.speakerWrites && st.letter && st.speakerItem == st.item {
		return st.speaker
	}
	// A news programme's item goes on with its speaker's words in the
	// paragraphs after the one that names them, until another person opens
	// a sentence ("习近平指出，…。" … "去年底我们在利雅得…举行会晤").
	if st.transcript && st.speaker != nil && st.speakerItem == st.item && st.otherOpener <= st.speakerIdx {
		return st.speaker
	}
	return nil
}

// sentenceOpener returns the first person outside quotation marks who opens
// a clause of the sentence, with no other words before them in it but a
// dateline, a time, and their country and office ("【共同社11月20日电】美国
// 驻日大使X20日…", "…，美国驻日大使X21日批评"), or nil.
func sentenceOpener(s string, ms []*mention) *mention {
	for _, m := range ms {
		if m.kind != mPerson || strings.Count(s[:m.start], "“") > strings.Count(s[:m.start], "”") {
			continue
		}
		if lead, ok := clauseLead(s, ms, m); ok && (reTitleWords.MatchString(lead) || ministry(s, ms, m, lead) || reOrgLead.MatchString(lead)) {
			return m
		}
	}
	return nil
}

// ministry reports whether the words left before m in its clause name the
// ministry of the generic title right before m (国际贸易 in "加拿大国际贸易
// 部长西杜") or the organisation of its title (而国民党新任主席郑丽文).
func ministry(s string, ms []*mention, m *mention, lead string) bool {
	i := slices.IndexFunc(ms, func(o *mention) bool { return o.kind == mOffice && o.end == m.start })
	if i < 0 || !strings.HasSuffix(s[:ms[i].start], lead) {
		return false
	}
	if reOrgLead.MatchString(lead) && !strings.ContainsAny(lead, phraseChars) {
		return true // "而国民党新任主席郑丽文"
	}
	n := utf8.RuneCountInString(lead)
	return ministryHeads[ms[i].text] && n >= 2 && n <= 6 && reHanOnly.MatchString(lead) && !strings.ContainsAny(lead, phraseChars)
}

// reOrgLead is what may open a clause before an office title besides a
// country: a conjunction, an organisation's name and a tenure word
// ("而国民党新任主席郑丽文").
var reOrgLead = regexp.MustCompile(`^(?:而|但|另外|此外|同时|不过)?\p{Han}{1,8}?(?:党|党团|委员会|协会|组织|联盟|集团|公司|政府|议会|司令部|指挥部)(?:新任|现任|前任)?(?:` +
	strings.Join(genericTitles, "|") + `)?$`)

// ministryHeads are generic titles a ministry's name may stand before.
var ministryHeads = map[string]bool{"部长": true, "大臣": true, "部部长": true, "相": true}

// reHanOnly matches a run of Han characters and nothing else.
var reHanOnly = regexp.MustCompile(`^\p{Han}+$`)

// kinship titles may be followed by a given name that is also a common
// word (长女爱子).
var kinship = map[string]bool{"长女": true, "次女": true, "长子": true, "次子": true, "公主": true, "王子": true, "皇太子": true}

// objectAfter reports whether the contact word t is followed right away by
// its object, a mention (会见中国总理) or a noun of 中 (会见中科院院士周琪),
// so that 中, 时 or 后 after it close no frame of time.
func (x *Extractor) objectAfter(s string, ms []*mention, t *mention) bool {
	return slices.ContainsFunc(ms, func(m *mention) bool { return m.start == t.end }) || x.zhongNoun(s[t.end:])
}

// zhongNoun reports whether the words after a contact word open with a
// noun that begins with 中 (会见中科院院士, 会见中央军委副主席): the object
// of the contact, not the 中 that closes a frame of time (会谈中指出).
func (x *Extractor) zhongNoun(after string) bool {
	if hasAnyPrefix(after, []string{"中央", "中共", "中华", "中资"}) {
		return true
	}
	// Otherwise a noun of three or four characters (中科院, 中宣部, 中石化):
	// a two-character one may be 中 and a verb (会谈中介绍, 通话中建议).
	end := 0
	for n := 0; n < 4 && end < len(after); n++ {
		r, size := utf8.DecodeRuneInString(after[end:])
		if n == 0 && r != '中' || !isHan(r) {
			return false
		}
		end += size
		if n >= 2 {
			if _, pos, ok := x.seg.seg.Find(after[:end]); ok && (strings.HasPrefix(pos, "n") || pos == "j") {
				return true
			}
		}
	}
	return false
}

// framePairs reads "在6月的一次会晤中，穆尼尔敦促特朗普…": a clause that is
// only the frame of a contact (在…会晤中/时/上) names no one, and the first
// two persons of the clause after it are its parties.
func framePairs(s string, ms []*mention, t *mention, cs, ce int) [][2]*mention {
	frame := s[cs:t.start]
	// "根据…关于此次会晤的通稿，董军告诉赫格塞思": a contact referred to
	// in what the clause says of it frames the next clause too.
	told := hasAnySuffix(frame, referenceWords) && strings.HasPrefix(s[t.end:ce], "的") &&
		!slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mPerson && m.start >= cs && m.end <= ce })
	if !told && (!strings.HasPrefix(frame, "在") || !hasAnyPrefix(s[t.end:ce], []string{"中", "时", "上", "期间"})) || containsAny(frame, connectors) || ce >= len(s) {
		return nil // "在同新方领导人会见时": the frame names the other side
	}
	ns := ce + runeLenAt(s, ce)
	_, ne := clauseBounds(s, ns, ns)
	var ps []*mention
	for _, m := range ms {
		if m.kind == mTrigger && m.start >= ns && m.end <= ne {
			return nil // "在…会谈中，乌方提议A和B于8月进行会晤": the persons belong to that contact
		}
		if m.kind == mPerson && m.start >= ns && m.end <= ne && !possessive(s, m) &&
			!holdsKey(ps, m) {
			ps = append(ps, m)
		}
	}
	if len(ps) < 2 {
		return nil
	}
	return [][2]*mention{{ps[0], ps[1]}}
}

// visitSubject finds the visitor of a visit clause that names none: the
// one person an article is about ("2022年以议长身分访台"), or the subject of
// the clause before it ("米舒斯京今天启程前往中国，展开为期两天的访问"),
// looking back across invitation and travel clauses ("应X邀请，赴德国…并对德
// 进行正式访问"). The clause that names someone must open with its subject.
func visitSubject(s string, ms []*mention, t *mention, cs int, st *memory) []*mention {
	// "…表示，在阿富汗外长最近访问印度期间": the clause opens with its
	// visitor named by title alone; no one else is borrowed (not a title
	// further in: 以议长身分访台, 展开他连任国家主席之后的首次出访).
	for _, m := range ms {
		if m.kind != mOffice || m.start < cs || m.end > t.start {
			continue
		}
		if lead := stripMentions(s, ms, cs, m.start); (lead == "" || lead == "在" || lead == "当") &&
			!slices.ContainsFunc(ms, func(o *mention) bool { return o.kind == mPerson && o.start == m.end }) {
			return nil
		}
	}
	if st.protagonist != nil && cs == 0 && subjectless(stripMentions(s, ms, stripTimePrefix(s, t.start), t.start)) {
		return []*mention{st.protagonist}
	}
	// (A clause that opens with 包括 is an item of what the subject before
	// did: "特朗普保持着频繁的国际出访，…，包括10月份对以色列和埃及进行的一日访问".)
	if lead := stripMentions(s, ms, cs, t.start); cs == 0 || !subjectless(lead) && !hasAnyPrefix(lead, subjectlessHeads) && !reSpeakerVisit.MatchString(lead) && !strings.HasPrefix(lead, "包括") {
		return nil
	}
	for end := cs; end > 0; {
		pcs, _ := clauseBounds(s, end-1, end-1)
		var before []*mention
		for _, m := range ms {
			if (m.kind == mPerson || m.kind == mTitle) && m.start >= pcs && m.end <= end && !possessive(s, m) && !invited(s, m) {
				before = append(before, m)
			}
		}
		if len(before) > 0 {
			p := clauseSubject(s, ms, before[:1])
			if p == nil {
				return nil
			}
			// "习近平和夫人彭丽媛乘专机抵达曼谷，对泰国进行国事访问": the
			// spouse joined to the subject visits too.
			if i := slices.Index(before, p); i >= 0 && i+1 < len(before) {
				if m := before[i+1]; spouseJoined(s, ms, p, m) {
					return []*mention{p, m}
				}
			}
			return []*mention{p}
		}
		clause := stripMentions(s, ms, pcs, end)
		// (A clause joined by 且 that names no one is passed over: "…国际出访，
		// 且行程往往非常紧凑，包括…访问".)
		if pcs >= end || !reAtRequest.MatchString(clause) && !hasAnyPrefix(clause, subjectlessHeads) && !hasAnyPrefix(clause, []string{"且", "而且", "并且"}) && utf8.RuneCountInString(clause) > 8 {
			return nil // a clause with a subject of its own (日本自卫队…干部今天抵达北京)
		}
		end = pcs
	}
	return nil
}

// spouseJoined reports b joined to a as a's spouse, by a spouse's title and
// a connector: 习近平和夫人彭丽媛, 习近平偕夫人彭丽媛.
func spouseJoined(s string, ms []*mention, a, b *mention) bool {
	return reSpouseJoin.MatchString(stripMentions(s, ms, a.end, b.start)) && containsAny(s[a.end:b.start], []string{"夫人", "丈夫", "王后"})
}

// reSpouseJoin is what joins a spouse to a person once the spouse's title
// is taken out: 和(夫人), 偕(夫人), 与(丈夫).
var reSpouseJoin = regexp.MustCompile(`^(?:和|与|及|偕)(?:夫人|丈夫|王后)?$`)

// visitRightBefore reports a visit told in the clause of s right before
// the one at cs, whose visitor goes on to what this clause tells.
func (st *memory) visitRightBefore(s string, cs int) bool {
	if st.visitor == nil || st.visitIdx != st.curIdx {
		return false
	}
	pcs, pce, ok := prevClause(s, cs)
	return ok && pcs < st.visitEnd && st.visitEnd <= pce
}

// reOrgTalks is a headline's talks of two bodies that names no one before
// its contact word: 云南省委省政府与东航集团举行工作会谈, 江西省与深圳市举行
// 工作会谈, 海南省委与国务院发展研究中心举行工作会谈.
var reOrgTalks = regexp.MustCompile(`^(\p{Han}{2,16}?)与(\p{Han}{2,20}?)(?:在\p{Han}{1,8})?(?:举行|进行)了?(?:工作)?$`)

// reOrgHeadline is a headline of two bodies' talks (see reOrgTalks), and
// attendWords the words of a sentence that says who attended them.
var (
	reOrgHeadline = regexp.MustCompile(`与\p{Han}{2,20}?(?:在\p{Han}{1,8})?(?:举行|进行)了?(?:工作)?(?:会谈|座谈)`)
	attendWords   = []string{"出席", "参加"}
)

// organWords are bodies of a province or city, not persons, whatever
// title they begin: 省委 (of 省委书记).
var organWords = []string{"省委", "市委", "县委", "党委", "省政府", "市政府", "政府"}

// reOrgSuffix is what a body's name ends with that does not tell it from
// another: 省委省政府, 市委市政府, 党政代表团, 集团, 省 ….
var reOrgSuffix = regexp.MustCompile(`(?:省委省政府|市委市政府|省委|省政府|市委|市政府|党政代表团|代表团|集团有限公司|集团|有限公司|公司|省|市)$`)

// orgTalks returns the two sides of a headline's talks of two bodies
// (reOrgTalks) among the persons the headline names after it ("江西省与深圳市
// 举行工作会谈 刘奇王伟中出席并讲话"): each on the side of the body whose name
// the words before the person's first mention in the body hold (省委书记刘奇,
// 广东省委副书记、深圳市委书记王伟中), or, for a bare local title (省委书记,
// 省长), the one body of the two that is a province. Nil unless both sides
// have someone.
func (st *memory) orgTalks(s string, ms []*mention, t *mention, cs, ce int) (a, b []*mention) {
	m := reOrgTalks.FindStringSubmatch(s[cs:t.start])
	if m == nil || slices.ContainsFunc(ms, func(o *mention) bool {
		return o.kind == mPerson && o.end <= t.start && !slices.Contains(organWords, o.text)
	}) {
		return nil, nil
	}
	keyA, keyB := reOrgSuffix.ReplaceAllString(m[1], ""), reOrgSuffix.ReplaceAllString(m[2], "")
	if utf8.RuneCountInString(keyA) < 2 || utf8.RuneCountInString(keyB) < 2 || strings.Contains(keyA, keyB) || strings.Contains(keyB, keyA) {
		return nil, nil
	}
	provA := strings.Contains(m[1], "省") && !strings.Contains(m[2], "省")
	provB := strings.Contains(m[2], "省") && !strings.Contains(m[1], "省")
	for _, p := range ms {
		if p.kind != mPerson || p.start < ce || holdsKey(a, p) || holdsKey(b, p) {
			continue
		}
		if st.titles == nil {
			st.titles = bodyTitles(st.infos)
		}
		title, ok := st.titles[p.key()]
		if !ok {
			continue
		}
		inA, inB := strings.Contains(title, keyA), strings.Contains(title, keyB)
		local := !inA && !inB && hasAnyPrefix(title, []string{"省委", "省长", "代省长", "省领导"})
		switch {
		case inA && !inB, local && provA:
			a = append(a, p)
		case inB && !inA, local && provB:
			b = append(b, p)
		}
	}
	if len(a) == 0 || len(b) == 0 {
		return nil, nil
	}
	return a, b
}

// bodyTitles returns, for each person the body of an article names, the
// words right before its first mention back to the clause's start or to
// the person named before it in a list (省委书记刘奇，广东省委副书记、深圳市委
// 书记王伟中: 广东省委副书记、深圳市委书记 for 王伟中).
func bodyTitles(infos []*sentenceInfo) map[string]string {
	out := map[string]string{}
	for _, in := range infos {
		if in.title {
			continue
		}
		s := in.simp
		from := 0
		for _, m := range in.mentions {
			if m.kind != mPerson || slices.Contains(organWords, m.text) {
				continue
			}
			start := from
			if i := strings.LastIndexAny(s[:m.start], "，,；;。：:"); i >= start {
				start = i + runeLenAt(s, i)
			}
			if _, ok := out[m.key()]; !ok && start <= m.start {
				out[m.key()] = s[start:m.start]
			}
			from = m.end
		}
	}
	return out
}

// delegations returns the heads of the delegations an article names, one
// slice per delegation: "由尼日利亚前总统阿布巴卡尔和西共体委员会主席图雷率领的
// 西共体代表团" (one, with two heads), "双方代表团分别由卡利巴夫和万斯率领"
// (two), "俄方谈判代表团团长梅金斯基" (one).
func delegations(infos []*sentenceInfo) [][]*mention {
	var out [][]*mention
	seen := map[string]bool{}
	add := func(heads []*mention) {
		var keep []*mention
		for _, h := range heads {
			if !seen[h.key()] {
				seen[h.key()] = true
				keep = append(keep, h)
			}
		}
		if len(keep) > 0 {
			out = append(out, keep)
		}
	}
	for _, in := range infos {
		s := in.simp
		for at, w := range leads(s) {
			cs, ce := clauseBounds(s, at, at)
			by := strings.LastIndex(s[cs:at], "由")
			rest := s[at+len(w):]
			if by < 0 {
				// "乌国防部长乌梅罗夫带领乌方代表团": the one right before
				// the word leads the delegation the clause goes on to.
				for _, m := range in.mentions {
					if m.kind == mPerson && pastGloss(s, m.end) == at && strings.Contains(firstRunes(s[at:ce], 16), "代表团") && !strings.Contains(firstRunes(rest, 2), "的") {
						add([]*mention{m})
					}
				}
				continue
			}
			// (Or after the delegation, in the clause after it: "接见美国
			// 联邦参议员访团，由参议员沙利文率领".)
			pcs, pce, ok := prevClause(s, cs)
			after := ok && by == 0 && reDelegationWord.MatchString(s[pcs:pce])
			if !(strings.HasPrefix(rest, "的") && strings.Contains(firstRunes(rest, 16), "代表团") || strings.Contains(s[cs:at], "代表团") || after) {
				continue
			}
			var heads []*mention
			for _, m := range in.mentions {
				if m.kind == mPerson && m.start >= cs+by && m.end <= at && !possessive(s, m) {
					heads = append(heads, m)
				}
			}
			if strings.HasSuffix(s[:cs+by], "分别") {
				for _, h := range heads {
					add([]*mention{h})
				}
			} else {
				add(heads)
			}
		}
		for _, m := range in.mentions {
			if cs, _ := clauseBounds(s, m.start, m.start); m.kind == mPerson && containsAny(s[cs:m.start], []string{"代表团团长", "代表团长"}) {
				add([]*mention{m})
			}
		}
	}
	return out
}

// leads yields where s says who leads (率领, 带领), and the word.
func leads(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for _, w := range []string{"率领", "带领"} {
			for at := range occurrences(s, w) {
				if !yield(at, w) {
					return
				}
			}
		}
	}
}

// firstRunes returns the first n runes of s (all of s when shorter).
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// delegationSides gives the parties a meeting's clause names only as
// delegations their heads, when the article names them (see delegations):
//   - "俄罗斯和乌克兰的代表团…举行…会谈", with two delegations: their heads
//     met;
//   - "代表团会见了奇亚尼", with one: each of its heads met the one named;
//   - "夏巴兹分别与双方代表团举行会谈": the subject met each delegation's head.
func (st *memory) delegationSides(s string, ms []*mention, t *mention, cs, ce int, left, right []*mention) ([]*mention, []*mention) {
	ds := st.delegations
	if len(ds) == 0 {
		return left, right
	}
	// The heads stand where the delegation is written in this sentence, so
	// that offsets into it stay offsets into it.
	at := func(ps []*mention, pos int) []*mention {
		out := make([]*mention, len(ps))
		for i, p := range ps {
			c := *p
			c.start, c.end = pos, pos
			out[i] = &c
		}
		return out
	}
	before := s[cs:t.start]
	firsts := func() []*mention { return []*mention{ds[0][0], ds[1][0]} }
	switch {
	case len(left) == 0 && len(right) == 0 && len(ds) == 2 && reBothDelegations.MatchString(before):
		return at(firsts(), cs+reBothDelegations.FindStringIndex(before)[1]), nil
	case len(left) == 0 && len(right) > 0 && len(ds) == 1 && strings.HasSuffix(before, "代表团"):
		return at(ds[0], t.start), right
	case len(left) == 1 && len(right) == 0 && len(ds) == 2 && slices.Contains(ms, left[0]) && left[0].end <= t.start && strings.Contains(s[left[0].end:t.start], "双方代表团"):
		return left, at(firsts(), t.start)
	case len(left) == 1 && len(right) == 0 && len(ds) == 1 && slices.Contains(ms, left[0]) && left[0].end <= t.start &&
		reDelegationMet.MatchString(s[pastGloss(s, left[0].end):t.start]):
		// "鲁比奥与乌克兰代表团在日内瓦进行了会谈": the subject met its
		// heads.
		return left, at(ds[0], t.start)
	case len(left) == 1 && len(right) == 0 && len(ds) == 1 && slices.Contains(ms, left[0]) && left[0].end <= t.start &&
		reDelegationObject.MatchString(s[t.end:ce]):
		// "李成钢在北京会见美国农产品贸易代表团时说": the subject met its
		// heads, named elsewhere (代表团由苏健率领).
		return left, at(ds[0], t.end)
	}
	return left, right
}

// reDelegationObject is a delegation as the whole object of a contact word,
// up to the clause's end: 美国农产品贸易代表团, 了日本访华团一行,
// 俄方代表团时说.
var reDelegationObject = regexp.MustCompile(`^了?\p{Han}{0,14}?` + delegationWord + `(?:时\p{Han}{0,4})?$`)

// reDelegationWord is a delegation ending a clause: 代表团, 访团, 访问团一行.
var reDelegationWord = regexp.MustCompile(delegationWord + `$`)

// delegationWord is a delegation's name, with 一行 after it or not.
const delegationWord = `(?:代表团|访华团|访问团|参访团|访团)(?:一行)?`

// plannedAfter reports a future cue in the sentence after the clause ending
// at ce ("访土期间，丁薛祥副总理…，将同土方共同主持…": the frame is of a
// visit to come).
func plannedAfter(s string, ce int) bool {
	return containsAny(s[ce:], futureCues)
}

// reDelegationMet is a connector and a delegation after the subject of a
// contact: 与乌克兰代表团, 同俄方代表团在日内瓦.
var reDelegationMet = regexp.MustCompile(`^(?:\d{1,2}日)?(?:在[^，。；]{1,12})?(?:与|同|和|跟)\p{Han}{0,6}代表团(?:在[^，。；]{1,12}|举行了?|进行了?)*$`)

// reBothDelegations is the two delegations as the subject of a clause:
// 俄罗斯和乌克兰的代表团, 双方代表团, 两国代表团.
var reBothDelegations = regexp.MustCompile(`^(?:\d{1,2}日，)?(?:双方|两国|\p{Han}{1,6}(?:和|与)\p{Han}{1,6}的?)代表团`)

// reSpeakerVisit opens a clause about the speaker's own visit, whose subject
// is the one who speaks in the clause before: "卡罗尼表示，很高兴在…这一特殊
// 年份访华", "…转达问候，表示此次访马，旨在…".
var reSpeakerVisit = regexp.MustCompile(`^(?:(?:很|非常|十分)?高兴|(?:表示|说|指出|强调)(?:此次|这次|本次))`)

// reYouVisit is 你 or 您 right before a visit word, with this occasion's
// words between: 使你这次访华, 您此次来华.
var reYouVisit = regexp.MustCompile(`(?:^|[^迎])[你您](?:这次|此次|本次)?$`)

// accompaniedIn reports a person named in a relative clause of 陪同 that
// describes someone named after it ("陪同越共中央总书记阮富仲访华的…武文赏"):
// the one accompanied is no party of what is done with that someone.
func accompaniedIn(s string, ms []*mention, m *mention) bool {
	if !introducedBy(s, ms, m, "陪同") {
		return false
	}
	i := strings.Index(s[m.end:], "的")
	if i < 0 || strings.ContainsAny(s[m.end:m.end+i], "，。；") {
		return false
	}
	at := m.end + i
	return slices.ContainsFunc(ms, func(o *mention) bool { return o.kind == mPerson && o.start > at })
}

// reAccompanyGap is what stands between one who accompanies and the one
// accompanied: 陪同, 曾多次陪同, 还亲自陪同.
var reAccompanyGap = regexp.MustCompile(`^(?:曾经|曾|多次|也|还|亲自|一同|一起|再次)*陪同$`)

// accompaniedNext returns the one person a clause right after the one
// ending at ce says the subject accompanies (这次是陪同谢里夫, 系陪同…), when
// that is all the clause says of whom.
func accompaniedNext(s string, ms []*mention, ce int) *mention {
	at, ne, ok := nextClauseOpening(s, ce, reAccompanyNext)
	if !ok {
		return nil
	}
	var found *mention
	for _, m := range ms {
		if m.kind != mPerson || m.start < at || m.end > ne {
			continue
		}
		if found != nil || stripMentions(s, ms, at, m.start) != "" {
			return nil
		}
		found = m
	}
	return found
}

// nextClauseOpening returns, when the clause right after the one ending at
// ce opens with what re matches, where that opening ends and where the
// clause ends.
func nextClauseOpening(s string, ce int, re *regexp.Regexp) (at, ne int, ok bool) {
	ns, ok := nextClause(s, ce)
	if !ok {
		return 0, 0, false
	}
	_, ne = clauseBounds(s, ns, ns)
	loc := re.FindStringIndex(s[ns:ne])
	if loc == nil {
		return 0, 0, false
	}
	return ns + loc[1], ne, true
}

// reAccompanyNext opens a clause that says whom the subject accompanies:
// 这次是陪同, 此行是陪同, 陪同.
var reAccompanyNext = regexp.MustCompile(`^(?:这次|此次|这一次|此行)?(?:是|系)?(?:为了)?陪同`)

// accompanying returns the persons named as accompanying a visit ("陪同习近平
// 出访哈萨克斯坦的有蔡奇、王毅"): they visit as well as the one accompanied.
func accompanying(s string, ms []*mention, t *mention, cs int, left []*mention) []*mention {
	if !strings.HasPrefix(s[cs:t.start], "陪同") || len(left) == 0 {
		return nil
	}
	i := indexAny(s[t.end:], []string{"的有", "的还有", "的还包括"})
	if i < 0 {
		return nil
	}
	var out []*mention
	for _, m := range ms {
		if m.kind == mPerson && m.start > t.end+i && !possessive(s, m) {
			out = append(out, m)
		}
	}
	return out
}

// sides returns the participants before the trigger in its clause (the
// subjects, and in "A同B会谈" both parties) and after it (the objects of
// "A会见B"). Persons introduced by 对 are objects of another verb; a clause
// that opens with a connector ("…，分别与B会面") takes its subject from the
// nearest person earlier in the sentence.
//
// borrowed reports that left[0] is a subject taken from outside the clause
// ("…，分别与B、C会面"): the others of left are then objects, and co are
// the persons joined to that subject there, who share its contact
// ("希利与古柏17日在…上，与克罗塞托会谈").
func (x *Extractor) sides(s string, ms []*mention, t *mention, cs, ce int, st *memory) (left, right, co []*mention, borrowed bool) {
	pronoun := st.referent(s, cs)
	// "特朗普曾在两人的会谈中提到…安倍晋三": after a trigger that only
	// frames the clause (会谈中, 会见时), the persons that follow are what
	// is said or done then, not the other side, unless they are addressed
	// ("在通话中告诉鄂夏柯夫", "在会谈中向泽连斯基表示").
	framed := t.trig.Shape != shapeVisit && hasAnyPrefix(strings.TrimPrefix(strings.TrimPrefix(s[t.end:], "进行"), "结束"), []string{"中", "时", "期间", "后", "一开始", "开始"}) &&
		!x.objectAfter(s, ms, t)
	var before []*mention // participants before the clause
	for _, m := range ms {
		if m.kind != mPerson && m.kind != mTitle {
			continue
		}
		if invited(s, m) && t.trig.Shape == shapeVisit {
			continue // "应德国总理朔尔茨邀请…访问": the host who invited
		}
		if t.trig.Shape != shapeVisit && accompaniedIn(s, ms, m) {
			continue // "与陪同阮富仲访华的武文赏会晤": 武文赏 is met
		}
		switch {
		case m.end <= cs:
			if !possessive(s, m) {
				before = append(before, m)
			}
		case m.end <= t.start && m.start >= cs:
			if introducedBy(s, ms, m, "对") && t.trig.Shape == shapeContact && reCallOn.MatchString(s[m.end:t.start]) {
				// "A对B进行了礼节性拜访": B is the one called on.
				right = append(right, m)
				continue
			}
			if (possessive(s, m) && !modifiesTrigger(s, m, t)) || introducedBy(s, ms, m, "对") && !attitudeObject(s, t) {
				continue
			}
			if inTimeFrame(s, cs, m, t) {
				continue // "两人在韩国举行的特朗普-习近平峰会后也在马来西亚会面"
			}
			// "李强主持中俄总理定期会晤并访问俄罗斯": the holders a
			// combined form names are the parties of the contact right
			// after them, not of a later one.
			if m.joint && triggerWithin(ms, m.end, t.start) {
				continue
			}
			// "习近平、普京、呼日勒苏赫举行中俄蒙元首会晤": after the persons
			// the clause names as the parties, a combined form names the
			// meeting (not after one: "李强…赴俄罗斯主持中俄总理定期会晤").
			if m.joint && len(ownPersons(s, ms, cs, m.start)) >= 2 {
				continue
			}
			if (introducedBy(s, ms, m, "有关") || introducedBy(s, ms, m, "关于")) && strings.Contains(s[m.end:t.start], "的") &&
				!slices.ContainsFunc(ms, func(o *mention) bool { return o.kind == mPerson && o.start >= m.end && o.end <= t.start }) {
				// "面对有关川普和平方案的关键会谈": the topic, not a party
				// (but "关于高市上月底与习近平举行会谈之际" names both).
				continue
			}
			left = append(left, m)
		case m.start >= t.end && m.end <= ce:
			// Only the first person after the frame can be the one
			// addressed: "在通话中也邀请默茨与施泰因迈尔访问中国" invites both.
			// (Not when a pronoun in between is the subject of what is done
			// then: "会谈进行期间他与X保持联系".)
			if possessive(s, m) || framed && !(addressed(s, ms, m) && firstPersonAfter(ms, t.end, m) && !strings.ContainsAny(s[t.end:m.start], "他她")) &&
				!toldWith(s, ms, right, m) {
				continue
			}
			// "参加中俄总理定期会晤的何立峰": those the attendance clause
			// describes took part in it; they are not the contact's object.
			if t.trig.Shape != shapeVisit && strings.HasPrefix(s[t.end:], "的") && containsAny(s[cs:t.start], []string{"参加", "出席", "列席"}) {
				continue
			}
			// "…与王某座谈 李某参加": one who attends after the contact
			// is no party to it.
			if hasAnyPrefix(strings.TrimPrefix(s[m.end:], "等"), []string{"参加", "出席", "陪同", "在座", "列席"}) {
				continue
			}
			right = append(right, m)
		}
	}
	// "会见…高级顾问艾伦（Craig Allen），以及…首席执行官泰森": the list of
	// those met goes on after a comma with 以及.
	if t.trig.Shape != shapeVisit && len(right) > 0 && ce < len(s) {
		if ns := ce + runeLenAt(s, ce); strings.HasPrefix(s[ns:], "以及") {
			_, ne := clauseBounds(s, ns, ns)
			for _, m := range ms {
				if m.kind == mPerson && m.start >= ns && m.end <= ne && !possessive(s, m) {
					right = append(right, m)
				}
			}
		}
	}
	// "分别会见老挝国家主席通伦，总理宋赛，国会主席赛宋蓬": after 分别, the
	// list of those met goes on through clauses that are a name and its
	// titles only.
	if t.trig.Shape == shapeContact && strings.HasSuffix(s[:t.start], "分别") && len(right) > 0 {
		for _, m := range ms {
			if m.kind == mPerson && m.start > ce && listRoot(s, ms, m) == cs {
				right = append(right, m)
			}
		}
	}
	// The subjects a clause without one may borrow: the first person of
	// the next clause after a time clause, or the person opening the
	// clause before.
	// The person opening the clause before is the nearest earlier person
	// that opens a clause: "韩正访问南非，在开普敦会见拉马福萨，同马沙蒂莱
	// 共同主持" skips 拉马福萨, the object of the clause between.
	next := nextSubject(s, ms, ce)
	var prev *mention
	// "特朗普已推动多项倡议，包括…派遣特使维特科夫多次访问莫斯科，以及与
	// 泽连斯基展开多轮会谈": an item of a list of what someone did is
	// theirs.
	// (Not when the item names its own subject: "以及中东特使魏科夫与…的通话".)
	if k := strings.LastIndex(s[:cs], "包括"); k >= 0 && strings.HasPrefix(s[cs:], "以及") && hasAnyPrefix(s[cs+len("以及"):], connectors) {
		if o := sentenceOpener(s, ms); o != nil && o.end <= k && !slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mTrigger && m.start > o.end && m.end <= k }) {
			prev = o
		}
	}
	listOwner := prev != nil
	// "由幕僚长叶尔马克领军的乌国代表团，今天与鲁比奥、威特科夫等人会晤":
	// the head of the delegation the clause before names.
	if prev == nil {
		prev = delegationHead(s, ms, cs)
	}
	for i := len(before); i > 0 && prev == nil; i-- {
		// "派遣特使魏科夫前往莫斯科，与普京会谈": the one sent acts (not
		// in the next item of a list: "包括…派遣特使维特科夫多次访问莫斯科，
		// 以及与泽连斯基展开多轮会谈").
		if pivot(s, ms, before[i-1]) && !strings.HasPrefix(s[cs:], "以及") {
			prev = before[i-1]
			break
		}
		prev = clauseSubject(s, ms, before[:i])
	}
	// "中国对高市早苗1日在…峰会，会晤林信义感到不满": the one 对
	// introduces in the clause before opens the clause that the attitude
	// is about, which goes on past the comma.
	if prev == nil && len(before) > 0 && attitudeObject(s, t) {
		if b := before[len(before)-1]; introducedBy(s, ms, b, "对") && !strings.ContainsAny(s[b.end:cs], "。；") &&
			!triggerWithin(ms, b.end, cs) {
			if pcs, _, ok := prevClause(s, cs); ok && b.start >= pcs {
				prev = b
			}
		}
	}
	// "特朗普派遣由部长率领的代表团前往乌克兰，以与泽连斯基会面": those
	// sent act, and they are not named.
	if prev != nil && !listOwner && prev.end <= cs && !pivot(s, ms, prev) && containsAny(s[prev.end:cs], []string{"派遣", "派出"}) {
		prev = nil
	}
	switch {
	case len(left) > 0:
		// "…，分别与B会面": the clause opens with a connector, so its
		// subject was named earlier; with no earlier person it is unknown.
		// (The portfolio of an office is masked before the office is cut
		// out: 伊朗经济与财政部长汉杜齐 opens with no connector.)
		src := s
		if seg := s[cs:left[0].start]; strings.ContainsAny(seg, "与和及") {
			src = s[:cs] + rePortfolio.ReplaceAllString(seg, "$1□$2") + s[left[0].start:]
		}
		if lead := stripMentions(src, ms, cs, left[0].start); opensWithConnector(lead) && !comparison(s[cs:ce]) {
			borrowed = true
			switch {
			case containsAny(lead, []string{"派遣", "派出"}):
				// "他还将派遣特使前往俄罗斯以与普京进行会谈": those sent
				// act, and they are not named.
				return nil, nil, nil, false
			case strings.HasPrefix(lead, "受到") && prev == nil && next == nil:
				// "各族代表应邀到北京…，受到毛泽东等领导人接见": those
				// received are no person named in the sentence.
				return nil, nil, nil, false
			case strings.Contains(lead, "他") && strings.Contains(lead, "她"):
				// "她与特朗普的通话也谈到了…以及他近期与中国国家主席的通话":
				// two persons stand before the connector; which one is
				// its subject is not known.
				return nil, nil, nil, false
			case next != nil:
				// "同莱恩斯、迪克会谈时，赵乐际表示…".
				left = append([]*mention{next}, left...)
			case prev != nil:
				left = append([]*mention{prev}, left...)
				co = coSubjects(s, ms, before, prev, cs)
			case st.listGoesOn(s, ms, cs, left[0].start) != nil:
				// "…视察了华为公司；与佐哈里举行会谈；": the list of what one
				// person did goes on past a semicolon.
				left = append([]*mention{st.listGoesOn(s, ms, cs, left[0].start)}, left...)
			case st.visitRightBefore(s, cs):
				// "…例子包括国家安全顾问鲍尔今年7月低调访问北京，与王毅会谈":
				// the visitor of the visit the clause before tells.
				left = append([]*mention{st.visitor}, left...)
			case strings.Contains(lead, "自己") && reflexiveSubject(s, ms, ce) != nil:
				// "对于自己与习近平通电话一事，特朗普主动提及": the one
				// who opens the clause after it.
				left = append([]*mention{reflexiveSubject(s, ms, ce)}, left...)
			case containsAny(lead, []string{"两人", "二人"}) && st.joined[0] != nil && st.joinedIdx == st.curIdx-1 &&
				!slices.ContainsFunc(left, func(m *mention) bool { return m.key() == st.joined[0].key() || m.key() == st.joined[1].key() }):
				// "…由库什纳和威特科夫共同制定。此前，两人曾与X和Y会面": the
				// two the sentence before joins each meet the others.
				left = append([]*mention{st.joined[0]}, left...)
				co = []*mention{st.joined[1]}
			case pronoun != nil && pronounSubject(lead):
				// "她还首次与梅洛尼通电话": the pronoun stands for the
				// article's last subject.
				left = append([]*mention{pronoun}, left...)
			case prevPronoun(s, cs, st) != nil:
				// "她与X寒暄，傍晚与Y会谈": the pronoun that opens the
				// clause before.
				left = append([]*mention{prevPronoun(s, cs, st)}, left...)
			case st.firstPersonReferent() != nil && firstPerson(lead):
				left = append([]*mention{st.firstPersonReferent()}, left...) // "我同X…会晤": the speaker
			case pronounAfterFrame(s, ce) && opensSentence(s, cs) && st.prevOpener != nil && st.prevIdx == st.curIdx-1:
				// "泽连斯基表示，…。在与卡尼通话后，他表示": the pronoun after
				// the frame that opens the sentence stands for the one who
				// opened the sentence before.
				left = append([]*mention{st.prevOpener}, left...)
			case st.protagonist != nil && subjectless(lead[:max(0, indexAny(lead, connectors))]) && !strings.HasPrefix(lead, "以") && !pronounAfterFrame(s, ce):
				// "与X举行会谈" in an article about one person; what follows the
				// connector describes X ("与出席峰会的台湾代表林信义举行会谈").
				// Not a purpose ("派遣代表团前往基辅，以与泽连斯基会面"):
				// those sent would meet, not the one the article is about.
				left = append([]*mention{st.protagonist}, left...)
			default:
				return nil, nil, nil, false
			}
			// "他还同纳哈拉共同会见了哈梅内伊": those joined to the subject by
			// 同…共同 share its contact with the others.
			if gap := s[left[len(left)-1].end:t.start]; len(left) > 1 && len(right) > 0 && (gap == "共同" || gap == "一同") {
				co = append(co, left[1:]...)
				left = left[:1]
			}
			// "她与朗兹一起跟卢比奥进行了通话": those joined to the borrowed
			// subject before 一起 and a connector are on its side; those
			// after are the others.
			for i := 1; i+1 < len(left) && len(right) == 0; i++ {
				if reTogetherWith.MatchString(stripMentions(s, ms, left[i].end, left[i+1].start)) {
					co = append(co, left[1:i+1]...)
					left, right = left[:1], left[i+1:]
					break
				}
			}
		}
	case len(right) > 0 && st.visitRightBefore(s, cs) && containsAny(stripMentions(s, ms, cs, t.start), []string{"他", "她"}):
		// "…首先是省长瓦法访问杜尚别，在那里他会见了…": the pronoun stands
		// for the visitor of the clause before, not for who speaks.
		left = []*mention{st.visitor}
	case len(right) > 0 && prev != nil:
		// "A访问X国，在首都分别会见B和C": the subject opens the earlier clause.
		left = []*mention{prev}
	case len(right) > 0 && st.listGoesOn(s, ms, cs, t.start) != nil:
		// "访马期间，赵乐际视察了…；会见马六甲州首席部长…；参观了…": a
		// list of what one person did goes on past a semicolon, and its
		// subject is whom the part before it opened with.
		left = []*mention{st.listGoesOn(s, ms, cs, t.start)}
	case len(right) > 0 && st.protagonist != nil && subjectless(stripMentions(s, ms, cs, t.start)) && !stateOpens(s, ms, cs, t.start):
		// "17:15 会见国家安全保障局长市川惠一": a line of the schedule of
		// the one person the title names.
		left = []*mention{st.protagonist}
	case len(right) > 0 && next != nil:
		// "会见德索萨时，韩正转达了…": the subject opens the next clause.
		left = []*mention{next}
	case len(right) > 0 && hasAnySuffix(stripMentions(s, ms, cs, t.start), []string{"与自己", "同自己", "跟自己", "和自己"}) && st.reflexive(s, ms, ce) != nil:
		// "关于与自己会谈的韩国总统李在明，她表示…": 自己 is whom the next
		// clause opens with.
		left = []*mention{st.reflexive(s, ms, ce)}
	case t.trig.Shape == shapeVisit && len(left) == 0 && next != nil && prev == nil &&
		(strings.HasPrefix(s[cs:], "在") || hasAnySuffix(s[cs:ce], []string{"期间", "之际"}) && subjectless(stripMentions(s, ms, cs, t.start)) && !plannedAfter(s, ce)) &&
		!slices.ContainsFunc(ms, func(m *mention) bool {
			return (m.kind == mTitle || m.kind == mOffice) && m.start >= cs && m.end <= t.start
		}):
		// "在对美国进行历史性的首次访问后，叙利亚总统沙拉…", "访华期间，
		// 马克龙…": a visit that frames the next clause is its subject's
		// (not one whose visitor the frame names by title: 在德国外长推迟
		// 访华…之际), unless the sentence says it is to come.
		left = []*mention{next}
	}
	return left, right, co, borrowed
}

// listGoesOn returns whom the sentence right before opened with when it
// ended with a semicolon in the same paragraph and the clause cs is the
// first of its sentence, naming no subject before byte offset at: a list
// of what one person did that goes on (…视察了华为公司；会见…；参观了…).
// Else nil.
func (st *memory) listGoesOn(s string, ms []*mention, cs, at int) *mention {
	if !st.prevSemicolon || st.prevOpener == nil || st.prevIdx != st.curIdx-1 || st.prevPara != st.curPara || cs != 0 {
		return nil
	}
	if !subjectless(stripMentions(s, ms, stripTimePrefix(s, at), at)) || stateOpens(s, ms, cs, at) {
		return nil
	}
	return st.prevOpener
}

// triggerWithin reports a trigger of ms (a word of a contact, a co-chairing
// or a visit) that stands within the byte offsets [from, to].
func triggerWithin(ms []*mention, from, to int) bool {
	return slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mTrigger && m.start >= from && m.end <= to })
}

// holdsKey reports whether ms holds a mention of the person (or the
// country) m stands for.
func holdsKey(ms []*mention, m *mention) bool {
	return slices.ContainsFunc(ms, func(o *mention) bool { return o.key() == m.key() })
}

// delegationHead returns the one person the clause before cs names as the
// head of a delegation that is that clause's whole subject (由X率领的代表团),
// or nil.
func delegationHead(s string, ms []*mention, cs int) *mention {
	pcs, pce, ok := prevClause(s, cs)
	if !ok || !reLedDelegation.MatchString(stripMentions(s, ms, pcs, pce)) {
		return nil
	}
	if ps := distinctPersons(ms, pcs, pce); len(ps) == 1 && hasAnyPrefix(s[pastGloss(s, ps[0].end):], delegationLeads) {
		return ps[0]
	}
	return nil
}

// delegationLeads are the verbs of heading a delegation.
var delegationLeads = []string{"率领", "领军", "带领", "领导", "率"}

// reLedDelegation is a clause that is only a delegation headed by someone,
// the person cut out: 由总统府幕僚长（Andriy Yermak）领军的乌国代表团.
var reLedDelegation = regexp.MustCompile(`^(?:由)?[^，。；]{0,12}?(?:（[^）]*）)?(?:率领|领军|带领|领导|率)的[^，。；]{0,10}代表团$`)

// endsWithTimeWord reports a clause that sets the time or occasion of the
// next one: "会见X时", "在与X的会谈上", "会谈后".
func endsWithTimeWord(c string) bool {
	for _, w := range []string{"时", "上", "中", "期间", "后", "之际"} {
		if strings.HasSuffix(c, w) {
			return true
		}
	}
	return false
}

// nextSubject returns the first person of the clause after ce when the
// clause ending at ce is a time clause ("会见X时，Y表示…").
func nextSubject(s string, ms []*mention, ce int) *mention {
	ns, ok := afterFrame(s, ce)
	if !ok {
		return nil
	}
	_, ne := clauseBounds(s, ns, ns)
	for _, m := range ms {
		if m.kind == mPerson && m.start >= ns && m.end <= ne && !possessive(s, m) {
			// Not one after a pronoun or a connector: the clause's subject
			// is another ("访问期间，他分别与苏林、梁强举行会谈").
			if lead := maskNonConnectors(stripMentions(s, ms, ns, m.start)); hasAnyPrefix(lead, []string{"他", "她"}) || containsAny(lead, connectors) {
				return nil
			}
			return m
		}
	}
	return nil
}

// pronounAfterFrame reports a clause ending at ce in a time word (…通话后)
// followed by a clause that opens with 他 or 她: the frame's subject is
// that pronoun's ("在与卡尼通话后，他表示"), not the article's protagonist.
func pronounAfterFrame(s string, ce int) bool {
	ns, ok := afterFrame(s, ce)
	return ok && hasAnyPrefix(s[ns:], []string{"他", "她"})
}

// listedGroup is a group of persons named by what they are, not by name
// (多国领导人, 出席会议的各国外长).
const listedGroup = `[^，。；：]{0,16}(?:领导人|领袖|元首|首脑|外长|部长|官员|代表|政要|议员|高管|嘉宾)们?`

// reListedGroup is such a group as the object of a contact word (会见了多国
// 领导人).
var reListedGroup = regexp.MustCompile(`^了?` + listedGroup + `$`)

// combinedSides returns the two persons of a contact that a combined
// country form right before the contact word names by their countries
// (在川普造访日本时的美日会谈，高市并未批判中国): for each of the two
// countries, the one person of it the sentence names; nil when a country
// has none or several there.
func (x *Extractor) combinedSides(s string, ms []*mention, t *mention) (a, b *mention) {
	c := combinedBefore(ms, t)
	if c == nil || len(c.countries) != 2 {
		return nil, nil
	}
	var pair [2]*mention
	for k, want := range c.countries {
		for _, m := range ms {
			if m.kind != mPerson {
				continue
			}
			if got := x.countryOf(m); got == nil || got.ID != want.ID {
				continue
			}
			if pair[k] != nil && pair[k].key() != m.key() {
				return nil, nil // two persons of one side
			}
			pair[k] = m
		}
		if pair[k] == nil {
			return nil, nil
		}
	}
	return pair[0], pair[1]
}

// combinedBefore returns the combined country form written right before a
// contact word (中美会谈, 美俄会晤), or nil.
func combinedBefore(ms []*mention, t *mention) *mention {
	i := slices.Index(ms, t)
	if i < 1 {
		return nil
	}
	c := ms[i-1]
	if c.kind != mCountry || c.side || len(c.countries) < 2 || c.end != t.start {
		return nil
	}
	return c
}

// ofCountries reports whether the two persons are of two of the countries,
// one each.
func (x *Extractor) ofCountries(p [2]*mention, cs []*dict.Country) bool {
	c0, c1 := x.countryOf(p[0]), x.countryOf(p[1])
	return c0 != nil && c1 != nil && c0 != c1 && slices.Contains(cs, c0) && slices.Contains(cs, c1)
}

// reMembersListed is a group named by what it is after the 的 that closes a
// contact word's relative clause, and the verb that lists its members
// (…会面的中亚领导人包括, …拜会川普的瑞士企业高管包含).
var reMembersListed = regexp.MustCompile(`^的` + listedGroup + `(?:中)?(?:包括|包含|分别是|分别为|有|是|为)了?`)

// reRelativeOpening is what may stand before the connector of a relative
// clause on a group: a time adverb (此前与…会面的, 曾与…会晤的).
var reRelativeOpening = regexp.MustCompile(`^(?:此前|之前|曾经|曾|先后|近日|日前)?(?:与|同|和|跟)$`)

// relativeGroupMet returns the one met and the members listed, when a
// contact word stands in a relative clause on a group whose members the
// clause goes on to name: 与特朗普会面的中亚领导人包括托卡耶夫和米尔济约耶夫
// (the one after the connector), 拜会川普的瑞士企业高管包含鲁柏特和叶吉 (the
// one after the contact word).
func relativeGroupMet(s string, ms []*mention, t *mention, cs, ce int) (*mention, []*mention) {
	var one *mention
	rel := t.end
	for _, m := range ms {
		if m.kind != mPerson || m.start < cs || m.end > ce {
			continue
		}
		switch {
		case m.end <= t.start && pastGloss(s, m.end) == t.start && reRelativeOpening.MatchString(stripMentions(s, ms, cs, m.start)):
			one = m // 与特朗普会面的
		case m.start >= t.end && stripMentions(s, ms, t.end, m.start) == "" && strings.HasPrefix(s[pastGloss(s, m.end):], "的"):
			one, rel = m, pastGloss(s, m.end) // 拜会川普的
		}
		if one != nil {
			break
		}
	}
	if one == nil {
		return nil, nil
	}
	loc := reMembersListed.FindStringIndex(s[rel:ce])
	if loc == nil || slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mPerson && m.start >= rel && m.end <= rel+loc[1] }) {
		return nil, nil
	}
	// (The list may go on past a comma: 董事长鲁柏特（Johann Rupert），和…总裁叶吉.)
	var members []*mention
	at := rel + loc[1]
	for _, m := range ms {
		if m.kind != mPerson || m.start < at {
			continue
		}
		gap := s[at:m.start]
		if len(members) > 0 {
			gap = strings.TrimPrefix(strings.TrimPrefix(gap, "，"), ",")
			if !hasAnyPrefix(gap, []string{"、", "和", "及", "与", "以及"}) {
				break
			}
		}
		if strings.ContainsAny(gap, "，,；;。：:") {
			break
		}
		members = append(members, m)
		at = pastGloss(s, m.end)
	}
	return one, members
}

// reJoinedGroup is such a group joined to the subject before the contact
// word (与中亚五国领导人举行会晤).
var reJoinedGroup = regexp.MustCompile(`^(?:与|同|和|跟)` + listedGroup + `(?:举行|进行)?了?$`)

// joinedGroup reports a group joined to the subject in s[from:to], right
// before the contact word, after adverbials that name no one (在联合国大会
// 期间首次|与中亚各国领导人举行).
func joinedGroup(s string, ms []*mention, from, to int) bool {
	for _, c := range []string{"与", "同", "和", "跟"} {
		for at := range occurrences(s[from:to], c) {
			if reJoinedGroup.MatchString(s[from+at:to]) && !strings.ContainsAny(s[from:from+at], "，,；") &&
				!slices.ContainsFunc(ms, func(m *mention) bool {
					return (m.kind == mPerson || m.kind == mTitle || m.kind == mTrigger) && m.start >= from && m.end <= from+at
				}) {
				return true
			}
		}
	}
	return false
}

// regionMembers are the countries of regions whose leaders news names as a
// group (与中亚五国领导人会晤, 会见东盟国家领导人), by ISO 3166-1 code: Central
// Asia as the UN M49 geoscheme has it; the members of ASEAN (asean.org, with
// Timor-Leste since 2025-10-26), of the Gulf Cooperation Council (gcc-sg.org)
// and of the Nordic Council (norden.org); the Baltic states; the South
// Caucasus.
var regionMembers = map[string][]string{
	"中亚":   {"KZ", "KG", "TJ", "TM", "UZ"},
	"东盟":   {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"},
	"海湾":   {"SA", "AE", "KW", "QA", "BH", "OM"},
	"海合会":  {"SA", "AE", "KW", "QA", "BH", "OM"},
	"北欧":   {"DK", "FI", "IS", "NO", "SE"},
	"波罗的海": {"EE", "LV", "LT"},
	"南高加索": {"AM", "AZ", "GE"},
}

// reRegionGroup is a group of a region's leaders, after the contact word or
// a connector: 中亚五国领导人, 了东盟国家领导人, 与中亚5国领袖, 海湾各国元首.
var reRegionGroup = regexp.MustCompile(`(中亚|东盟|海湾|海合会|北欧|波罗的海|南高加索)(?:[二三四五六七八九十]|\d{1,2})?个?(?:各)?(?:国家|国)?的?(领导人|领袖|元首|首脑)`)

// regionLeaders returns the leaders of a region's countries that the
// article names (of named), on its date, when the text after the subject
// sub is a group of them (see reRegionGroup): those of each country the
// article names, not sub.
func (x *Extractor) regionLeaders(after string, sub *mention, named []*mention, pub time.Time) []*mention {
	m := reRegionGroup.FindStringSubmatch(after)
	if m == nil || pub.IsZero() {
		return nil
	}
	cats := leaderCategories
	if m[2] == "元首" {
		cats = []string{"head_of_state"}
	}
	var out []*mention
	for _, id := range regionMembers[m[1]] {
		if l := x.namedLeader(named, x.dict.Country(id), pub, cats); l != nil && l.key() != sub.key() && !holdsKey(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// reIncluding opens a clause that lists the members of a group: 包括, 其中
// 包括.
var reIncluding = regexp.MustCompile(`^(?:其中)?包括了?`)

// includedPersons returns the persons the clause after the one ending at ce
// lists after 包括, each after nothing but titles and a connector
// (，包括印度总理莫迪、土耳其总统埃尔多安等).
func includedPersons(s string, ms []*mention, ce int) []*mention {
	at, ne, ok := nextClauseOpening(s, ce, reIncluding)
	if !ok {
		return nil
	}
	var out []*mention
	for _, m := range ms {
		if m.start < at || m.end > ne || m.kind != mPerson {
			continue
		}
		// (兼 joins two offices of one member: 巴基斯坦副总理兼外长达尔.)
		if gap := strings.ReplaceAll(stripMentions(s, ms, at, m.start), "兼", ""); gap != "" && (len(out) == 0 || !joins(gap)) {
			break
		}
		out = append(out, m)
		at = pastGloss(s, m.end)
	}
	return out
}

// touredCountries reports whether a tour word (see Trigger.Tour) names
// countries right after it, each a country's name rather than one of its
// cities, and the list ends there (走访了法国、意大利等国; not 走访日本援建的
// 医院 nor 走访喀土穆).
func touredCountries(s string, ms []*mention, t *mention) bool {
	at := t.end
	at += len(s[at:]) - len(strings.TrimPrefix(strings.TrimPrefix(s[at:], "了"), "过"))
	n := 0
	for _, m := range ms {
		if m.start < at {
			continue
		}
		if m.start != at || !countryNamed(s, m) {
			break
		}
		n++
		at = m.end
		r, size := utf8.DecodeRuneInString(s[at:])
		if r != '、' && r != '和' && r != '及' {
			break
		}
		at += size
	}
	return n > 0 && (at == len(s) || hasAnyPrefix(s[at:], []string{"等", "，", "。", "；", "、", "和", "及"}))
}

// jointPair reports the two sides of a joint act (see Trigger.Joint): one
// person, and one joined to it by a connector right before the word, with
// nothing but their titles between (马克龙与英国首相基尔·斯塔默主持).
func jointPair(s string, ms []*mention, t *mention, left, right, co []*mention) bool {
	// (Those after the word name the meeting: 主持中俄总理定期会晤.)
	ps := slices.DeleteFunc(append(slices.Clone(left), right...), func(m *mention) bool { return m.start >= t.end })
	if len(ps) != 2 || len(co) != 0 || ps[1].end > t.start || ps[0].end > ps[1].start {
		return false
	}
	gap := stripMentions(s, ms, ps[0].end, ps[1].start)
	return hasAnyPrefix(gap, []string{"与", "和", "同", "及"}) && utf8.RuneCountInString(gap) <= 8 && stripMentions(s, ms, ps[1].end, t.start) == ""
}

// reTogetherWith joins one to a subject and turns to the other side of a
// contact: 一起跟, 一同与, 共同同.
var reTogetherWith = regexp.MustCompile(`^(?:一起|一同|共同|一道)(?:跟|与|同|和)$`)

// opensSentence reports a clause at cs that opens s, after a time stamp if
// any.
func opensSentence(s string, cs int) bool {
	return strings.Trim(s[stripTimePrefix(s, cs):cs], " ，,") == ""
}

// afterFrame returns where the clause after the one ending at ce starts,
// when that one ends in a time word and so frames the time of the next
// ("在与卡尼通话后，…"); ok is false otherwise.
func afterFrame(s string, ce int) (next int, ok bool) {
	if next, ok = nextClause(s, ce); !ok || !endsWithTimeWord(s[:ce]) {
		return 0, false
	}
	return next, true
}

// coSubjects returns the persons of before joined to the subject sub by
// a bare connector or a list mark right after it (希利与古柏, A、B和C): they
// share sub's clause and its contact, the one of the clause at cs. Not
// when a contact word stands between (斯塔默与泽连斯基通了电话，随后又与特朗普
// 通了电话: 泽连斯基 is the first call's other party).
func coSubjects(s string, ms, before []*mention, sub *mention, cs int) []*mention {
	if triggerWithin(ms, sub.end, cs) {
		return nil
	}
	return walkJoined(s, ms, before, sub, +1, func(gap string) bool {
		switch strings.TrimSpace(stripGlosses(gap)) {
		case "与", "和", "及", "、", "同":
			return true
		}
		return false
	})
}

// reflexiveSubject returns the person who opens the clause after the one
// ending at ce, whom 自己 in a topic before it stands for, or nil.
func reflexiveSubject(s string, ms []*mention, ce int) *mention {
	ns, ok := nextClause(s, ce)
	if !ok {
		return nil
	}
	_, ne := clauseBounds(s, ns, ns)
	for _, m := range ms {
		if m.kind == mPerson && m.start >= ns && m.end <= ne {
			if lead, ok := clauseLead(s, ms, m); ok && reTitleWords.MatchString(lead) {
				return m
			}
			return nil
		}
	}
	return nil
}

// reflexive returns whom 自己 in the clause ending at ce stands for: the
// person who opens the next clause, or the one a pronoun opening it stands
// for (the opener of the sentence before, else the article's last
// subject, else the one person its title names); or nil.
func (st *memory) reflexive(s string, ms []*mention, ce int) *mention {
	if m := reflexiveSubject(s, ms, ce); m != nil {
		return m
	}
	if ns, ok := nextClause(s, ce); ok && hasAnyPrefix(s[ns:], []string{"他", "她"}) && !hasAnyPrefix(s[ns+len("他"):], []string{"们", "的"}) {
		switch {
		case st.prevOpener != nil && st.prevIdx == st.curIdx-1:
			return st.prevOpener
		case st.subject != nil:
			return st.subject
		}
		return st.protagonist
	}
	return nil
}

// nextClause returns where the clause after the one ending at ce starts.
func nextClause(s string, ce int) (int, bool) {
	if ce >= len(s) {
		return 0, false
	}
	return ce + runeLenAt(s, ce), true
}

// clauseSubject returns the last of the persons before a clause if it opens
// its own clause (only its office and country before it: "国家副主席韩正于…"),
// and so is that clause's subject; a person named inside another clause
// ("德米崔耶夫是俄罗斯总统普京亲近盟友") is not.
func clauseSubject(s string, ms []*mention, before []*mention) *mention {
	if len(before) == 0 {
		return nil
	}
	m := before[len(before)-1]
	// "分别会见…总理宋赛，国会主席赛宋蓬，同…辛拉冯举行会谈": one listed
	// after 分别会见 is its object.
	if listRoot(s, ms, m) >= 0 {
		return nil
	}
	// "她与林信义寒暄": after a connector, m is the clause's object.
	// (A lone title before a name is a chain only for a person the
	// dictionaries know: 副委员长丁仲礼, not 总领事薛剑|针对.)
	if lead, ok := clauseLead(s, ms, m); !ok || utf8.RuneCountInString(lead) > 3 && !ministry(s, ms, m, lead) && !reOrgLead.MatchString(lead) &&
		!(titleChain(lead) && (strings.Contains(lead, "、") || len(m.persons) > 0 || strings.Contains(m.name, "·"))) ||
		containsAny(lead, []string{"与", "同", "跟"}) || hasAnySuffix(lead, objectVerbs) ||
		strings.HasSuffix(lead, "在") && strings.ContainsAny(lead, "他她") {
		// (Nor after a pronoun and 在, which opens a frame of what the
		// pronoun did: "她是在卢比奥前往日内瓦途中，与朗兹一起跟卢比奥进行
		// 通话"; but "在爱泼斯坦被定罪之前，这位金融家曾到访白宫" goes on
		// with the one the frame names.)
		return nil
	}
	return m
}

// phraseChars are the prepositions, connectors and verbs that make the words
// before a name a phrase (在…, 与…), not its titles and their organisation.
const phraseChars = "在与同和跟对向给把被让请的说"

// bareName reports a person whose clause is the name and its titles only
// ("，总理宋赛，").
func bareName(s string, ms []*mention, m *mention) bool {
	_, ce := clauseBounds(s, m.start, m.end)
	lead, ok := clauseLead(s, ms, m)
	return ok && m.end == ce && utf8.RuneCountInString(lead) <= 12 && !strings.ContainsAny(lead, phraseChars)
}

// listRoot returns where the clause starts that holds 分别会见 (分别会晤,
// 分别接见) when m is in a list of bare names that goes on from its object
// after commas ("分别会见国家主席通伦，总理宋赛，国会主席赛宋蓬"), else -1.
func listRoot(s string, ms []*mention, m *mention) int {
	if !bareName(s, ms, m) {
		return -1
	}
	cs, _ := clauseBounds(s, m.start, m.end)
	for {
		pcs, pce, ok := prevClause(s, cs)
		if !ok || !strings.HasPrefix(s[pce:], "，") {
			return -1
		}
		i := slices.IndexFunc(ms, func(o *mention) bool { return o.kind == mPerson && o.end == pce })
		if i < 0 {
			return -1
		}
		if !bareName(s, ms, ms[i]) {
			if containsAny(s[pcs:ms[i].start], []string{"分别会见", "分别会晤", "分别接见"}) {
				return pcs
			}
			return -1
		}
		cs = pcs
	}
}

// titleChain reports a clause lead that is a person's title or a chain of
// them, what is left of "伊朗最高国家安全委员会秘书、最高领袖顾问拉里贾尼" once
// the country and the office are taken out: "最高国家安全委员会秘书、顾问";
// "副委员长".
func titleChain(lead string) bool {
	parts := strings.Split(lead, "、")
	for _, p := range parts {
		if p == "" || reOrgLead.MatchString(p) {
			continue
		}
		if utf8.RuneCountInString(p) > 12 || !reHanOnly.MatchString(p) || strings.ContainsAny(p, phraseChars) ||
			!hasAnySuffix(p, genericTitles) && !hasAnySuffix(p, []string{"秘书", "顾问", "助理", "委员"}) {
			return false
		}
	}
	return true
}

// objectVerbs end a short clause lead whose person is their object, not the
// clause's subject: "出席总理阿尔巴尼斯举行的早餐会，同莱恩斯会谈" is not
// 阿尔巴尼斯's talks.
// So do the prepositions of an object: "美方对普京表示不满，随后与泽连斯基
// 会谈" is not 普京's talks.
var objectVerbs = []string{"出席", "参加", "列席", "见证", "陪同", "宴请", "欢迎", "邀请", "感谢", "看望", "慰问", "祝贺", "观看", "听取", "接待", "送别",
	"对", "向", "给", "把", "被"}

// prevClause returns the bounds of the clause before the one that starts
// at cs, within the sentence (commas and semicolons part them), or false.
func prevClause(s string, cs int) (start, end int, ok bool) {
	end = strings.LastIndexAny(s[:cs], "，,；;")
	if end < 0 {
		return 0, 0, false
	}
	start, _ = clauseBounds(s, end, end)
	return start, end, true
}

// prevPronoun returns the person 他 or 她 stands for when it opens the
// clause before the one at cs as its subject, or nil.
func prevPronoun(s string, cs int, st *memory) *mention {
	pcs, pce, ok := prevClause(s, cs)
	if !ok || !pronounSubject(s[pcs:pce]) {
		return nil
	}
	// Only the person who opened the sentence before: the article's last
	// subject is too weak a guess this far from the pronoun.
	if r := st.referent(s, pcs); r == st.prevOpener {
		return r
	}
	return nil
}

// clauseLead returns the words before m in its clause once mentions, a
// dateline and a time are taken out ("今年1月时任日本首相石破茂访问印尼"
// leaves nothing), or false when another person or a contact verb comes
// first in the clause, so that m cannot open it.
func clauseLead(s string, ms []*mention, m *mention) (string, bool) {
	cs, _ := clauseBounds(s, m.start, m.end)
	// (A person who only modifies the one after them is part of the lead:
	// "特朗普特使维特科夫", "习近平智囊刘鹤".)
	if slices.ContainsFunc(ms, func(o *mention) bool {
		return (o.kind == mPerson && !possessive(s, o) || o.kind == mTrigger) && o.start >= cs && o.start < m.start
	}) {
		return "", false
	}
	lead := stripDateline(stripMentions(s, ms, cs, m.start))
	return lead[len(reLeadTime.FindString(lead)):], true
}

// reLeadTime is a date and a tenure word that open a clause before its
// subject: 今年1月时任, 2024年8月, 同日.
var reLeadTime = regexp.MustCompile(`^(?:(?:今年|去年|前年|本月|上月|\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上旬|中旬|下旬|初|底|末)?，?)?(?:时任|现任)?`)

// stripDateline removes a dateline or source in brackets that opens a
// sentence: 【共同社11月22日电】, （中央社记者…台北25日电）.
func stripDateline(lead string) string {
	for _, p := range [][2]string{{"【", "】"}, {"（", "）"}, {"(", ")"}} {
		if strings.HasPrefix(lead, p[0]) {
			if i := strings.Index(lead, p[1]); i > 0 {
				lead = lead[i+len(p[1]):]
			}
		}
	}
	return lead
}

// openingSubject returns the first person before byte offset cs that opens
// its clause.
func openingSubject(s string, ms []*mention, cs int) *mention {
	for _, m := range ms {
		if m.kind != mPerson || m.end > cs {
			continue
		}
		if clauseSubject(s, ms, []*mention{m}) != nil {
			return m
		}
	}
	return nil
}

// pivot reports a person introduced by a verb that sends or asks them to
// act (派遣特使魏科夫, 委托X): the subject of what follows.
func pivot(s string, ms []*mention, m *mention) bool {
	for _, v := range []string{"派遣", "派出", "委派", "指派", "委托", "派"} {
		if introducedBy(s, ms, m, v) || introducedBy(s, ms, m, v+"特使") || introducedBy(s, ms, m, v+"特别代表") {
			return true
		}
	}
	return false
}

// stateOpens reports a clause whose subject is a state or a capital
// standing for its government ("东京表示已召见中国驻日大使"), not a person
// the article is about.
func stateOpens(s string, ms []*mention, cs, end int) bool {
	for i, m := range ms {
		if m.start < cs || m.start >= end {
			continue
		}
		if m.kind != mCountry || strings.TrimSpace(stripDateline(s[cs:m.start])) != "" {
			return false
		}
		// 日本首相…, 中国外长…: the country qualifies a title.
		return i+1 == len(ms) || ms[i+1].start != m.end
	}
	return false
}

// firstPersonAfter reports whether m is the first person after offset at.
func firstPersonAfter(ms []*mention, at int, m *mention) bool {
	return !slices.ContainsFunc(ms, func(o *mention) bool { return o.kind == mPerson && o.start >= at && o.end <= m.start })
}

// toldWith reports a person joined by 和 or 与 to the one before, who was
// told something (在电话交谈中告诉特朗普和国务卿卢比奥): both were told. (Not
// after another verb: "在通话中邀请默茨与施泰因迈尔访问中国".)
func toldWith(s string, ms, right []*mention, m *mention) bool {
	if len(right) == 0 {
		return false
	}
	p := right[len(right)-1]
	if !slices.ContainsFunc([]string{"告诉", "告知"}, func(v string) bool { return introducedBy(s, ms, p, v) }) {
		return false
	}
	gap := strings.TrimSpace(stripGlosses(stripMentions(s, ms, p.end, m.start)))
	return gap == "和" || gap == "与" || gap == "及"
}

// addressed reports a person introduced as the one spoken to: 向X表示,
// 告诉X, 对X说, 同X.
func addressed(s string, ms []*mention, m *mention) bool {
	return slices.ContainsFunc([]string{"向", "告诉", "告知", "对", "同", "与", "跟"}, func(p string) bool { return introducedBy(s, ms, m, p) })
}

// introducedBy reports whether the words right before m (skipping the
// office and country written before it) end with prep.
func introducedBy(s string, ms []*mention, m *mention, prep string) bool {
	at := m.start
	for i := len(ms) - 1; i >= 0; i-- {
		p := ms[i]
		if p.end == at && (p.kind == mOffice || p.kind == mCountry) {
			at = p.start
		}
	}
	b := s[:at]
	if !strings.HasSuffix(b, prep) {
		return false
	}
	// 针对, 面对, 相对 are other words ending in 对.
	for _, w := range []string{"针对", "面对", "相对", "绝对", "反对", "应对", "核对"} {
		if strings.HasSuffix(b, w) {
			return false
		}
	}
	return true
}

// attitudeObject reports "中国对高市早苗会晤林信义感到不满": what 对
// introduces is a whole clause, the contact with its subject, when a verb
// of feeling or stating an attitude follows the contact in its sentence.
func attitudeObject(s string, t *mention) bool {
	rest := s[t.end:]
	if i := strings.Index(rest, "。"); i >= 0 {
		rest = rest[:i]
	}
	return containsAny(rest, attitudeVerbs)
}

// attitudeVerbs state a feeling or an attitude toward what 对 introduces.
var attitudeVerbs = []string{"感到", "深感", "表示不满", "表示关切", "表示欢迎", "表示遗憾", "表示担忧", "表示赞赏", "表示抗议", "表达不满", "表达关切"}

// stripMentions returns s[a:b] without the mentions inside it (offices,
// countries, dates stay out of connector checks).
func stripMentions(s string, ms []*mention, a, b int) string {
	var sb strings.Builder
	at := a
	for _, m := range ms {
		if m.start < at || m.end > b {
			continue
		}
		sb.WriteString(s[at:m.start])
		at = m.end
	}
	if at < b {
		sb.WriteString(s[at:b])
	}
	return sb.String()
}

// nounUse reports a trigger used as a modifier of a noun that is not an
// event: 定期会晤委员会, 会谈机制.
func nounUse(after string) bool {
	for _, n := range []string{"委员会", "机制", "框架", "制度"} {
		if strings.HasPrefix(after, n) {
			return true
		}
	}
	return false
}

// eventDateFor dates a trigger's event; a meeting during a range of days
// ("5月7日至9日访问葡萄牙，在里斯本分别会见…") is known only to the month.
func eventDateFor(s string, t *mention, pub time.Time) string {
	// "10月31日与11月1日连续两天在社交媒体发表与林信义会面的照片": a
	// contact that names what a picture shows is not dated by the posting
	// told between them (but "白宫发布的特朗普和习近平10月30日在釜山会晤的
	// 照片" is).
	if hasAnyPrefix(s[t.end:], pictureOf) {
		if ds := findDates(s[:t.start], pub); len(ds) > 0 {
			last := slices.MaxFunc(ds, func(a, b dateExpr) int { return a.end - b.end })
			if containsAny(s[last.end:t.start], []string{"发表", "发布", "上传", "贴出", "晒出", "公布", "分享"}) {
				return ""
			}
		}
	}
	// "卡尼周六（11月1日）表示，他与习近平的会谈是转折点": a contact named
	// as a noun in what someone said is not dated by the saying.
	cs, _ := clauseBounds(s, t.start, t.end)
	// "两人是常通电话的好友", "经常与X会面": a habit has no date.
	if lead := s[cs:t.start]; containsAny(lead, habitual) || hasAnySuffix(lead, []string{"常", "常与", "常同", "常和", "常跟"}) {
		return ""
	}
	if reNamedContact.MatchString(s[cs:t.start]) && reSaidBefore.MatchString(s[:cs]) && !containsAny(s[cs:t.start], []string{"进行了", "举行了"}) {
		d, _ := eventDateRange(s[cs:t.start], t.start-cs, pub)
		return d
	}
	// "…25日上午致电高市早苗，谈及他与习近平的通话内容": a contact named by
	// what was said in it is dated by its own clause only.
	if reContentOf.MatchString(s[t.end:]) {
		d, _ := eventDateRange(s[cs:t.start], t.start-cs, pub)
		return d
	}
	// "何立峰21日…表示，中美两国元首稍早前在釜山成功会晤": an earlier time
	// of its own; only a date in its own clause dates it.
	if containsAny(s[cs:t.start], relativePast) {
		d, _ := eventDateRange(s[cs:t.start], t.start-cs, pub)
		return d
	}
	d, isRange := eventDateRange(s, t.start, pub)
	// "会晤于2024年8月在莫斯科举行": the date after 于 is the event's.
	if after := s[t.end:]; d == "" && strings.HasPrefix(after, "于") {
		if j := strings.Index(after, "举行"); j > 0 && utf8.RuneCountInString(after[:j]) <= 20 {
			d, isRange = eventDateRange(after[:j], j, pub)
		}
	}
	// "两人上一次见面，是在10月底…期间", "通话是在周二进行的", "两人上一次
	// 会面是10月30日在釜山": the date the clause right after the contact
	// word gives it.
	if after := s[t.end:]; d == "" {
		if i := strings.Index(after, "是"); i >= 0 && utf8.RuneCountInString(strings.TrimSuffix(after[:i], "，")) <= 2 && !strings.ContainsAny(after[:i], "。；") &&
			reDateAfterIs.MatchString(after[i+len("是"):]) {
			rest := strings.TrimPrefix(after[i+len("是"):], "在")
			if j := strings.IndexAny(rest, "，。；"); j >= 0 {
				rest = rest[:j]
			}
			d, isRange = eventDateRange(rest, len(rest), pub)
		}
	}
	// "莫迪与习近平会晤（2025年8月31日）": a caption's date in brackets
	// right after the contact.
	if after := s[t.end:]; d == "" && (strings.HasPrefix(after, "（") || strings.HasPrefix(after, "(")) {
		if j := strings.IndexAny(after, "）)"); j > 0 && utf8.RuneCountInString(after[:j]) <= 14 {
			d, isRange = eventDateRange(after[:j], j, pub)
		}
	}
	if t.trig.Type != Visited && len(d) == len("2006-01-02") {
		return isRange.contactDate(d)
	}
	return d
}

// reDateAfterIs is what follows the 是 of "会面是在10月", "会面是10月30日":
// 在, or a date's start.
var reDateAfterIs = regexp.MustCompile(`^(?:在|\d|今年|去年|前年|上月|本月|上周|本周|上个月|当月)`)

// habitual are the adverbs of a contact made again and again.
var habitual = []string{"经常", "常常", "时常", "频繁", "不时"}

// pictureOf follows a contact word that names what a picture shows.
var pictureOf = []string{"的照片", "的合照", "的视频", "的影片", "的画面", "的影像"}

// relativePast places a contact before the time of the sentence.
// (稍早 covers 稍早前, 曾 covers 曾经 and 之前曾.)
var relativePast = []string{"稍早", "早前", "此前", "先前", "前不久", "不久前", "日前", "曾", "最近"}

// reNamedContact is the start of a clause up to a contact named as a noun
// ("他与习近平的|会谈是…", not the predicate "与X进行了长时间的|电话交谈");
// reSaidBefore a clause before it that ends with a verb of saying.
var (
	reNamedContact = regexp.MustCompile(`^[^，。；]{0,16}[与同和跟][^，。；]{1,24}的$`)
	reSaidBefore   = regexp.MustCompile(`(?:表示|说|称|透露|指出|强调|认为|坦言|承认)[，,：:]$`)
)

// reContentOf is what follows a contact word that names what was said or
// reached in it.
var reContentOf = regexp.MustCompile(`^的?(?:内容|成果|结果|细节|纪要)`)

// reHeadsOfDelegations is what follows the heads of the delegations that
// meet: "由A和B率领的两国代表团在日内瓦会面", "A率领的代表团与B领导的谈判
// 代表会面" are meetings of A and B.
var reHeadsOfDelegations = regexp.MustCompile(`^(?:分别)?(?:率领|领导|带领)的(?:两国|双方|各自的)?\p{Han}{0,6}(?:代表团|谈判代表|谈判团队|谈判小组)[^，。；]{0,20}$`)

// attended reports words between the last subject and a trigger that make
// the subjects attendees of a meeting, not its parties.
func attended(gap string) bool {
	// "A与B出席APEC峰会期间举行会晤": they attended the summit and, during
	// it, met; the contact is theirs.
	if i := indexAny(gap, []string{"出席", "参加"}); i >= 0 && containsAny(gap[i:], []string{"期间", "之际", "时", "举行", "并"}) {
		return false
	}
	// 领导 leads a delegation; 领导人 names the talks ("举行日中领导人会谈").
	return containsAny(strings.ReplaceAll(gap, "领导人", ""), []string{"参加", "出席", "参与", "陪同", "在座", "列席", "领导", "率领", "带领", "率团"})
}

// interview reports 访问 in the sense of an interview: the clause before it
// says someone gave one (接受…访问), or a medium stands right before it
// (媒体访问, 电台节目访问).
func interview(before string) bool {
	if strings.Contains(before, "接受") {
		return true
	}
	// "在英国GB新闻台（GB News）访问中": the medium's Latin name may follow.
	if strings.HasSuffix(before, "）") || strings.HasSuffix(before, ")") {
		if i := max(strings.LastIndex(before, "（"), strings.LastIndex(before, "(")); i >= 0 {
			before = before[:i]
		}
	}
	for _, w := range []string{"媒体", "记者", "电台", "电视台", "新闻台", "节目", "」", "》"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// placeAfter reports a country or a city right after the trigger t.
func placeAfter(ms []*mention, t *mention) bool {
	return slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mCountry && !m.side && m.start == t.end })
}

// namelessObject reports a transitive trigger (会见, 接见, 拜会, 会晤)
// followed in its clause by an object in which no person was found
// ("会见了关键人物", "会见记者"): the persons before the trigger are then
// one side meeting others, not the two parties. A clause that goes on with
// a time word or a connector ("会晤时", "会见后", "会谈并签署"), or with what
// the meeting did or was like ("会晤达成共识", "会晤就…交换意见", "会晤非常
// 成功"), has no object. Nor has a trigger after 的, a noun ("特朗普与普京
// 的会晤有建设性", "A与B的会晤意义重大").
func namelessObject(s string, t *mention, ce int) bool {
	switch t.text {
	case "会见", "接见", "拜会", "会晤":
	default:
		return false
	}
	if strings.HasSuffix(s[:t.start], "的") {
		return false
	}
	after := strings.TrimPrefix(s[t.end:ce], "了")
	// (An adjective before such a noun: 会晤重要共识, 会谈主要成果.)
	for _, a := range []string{"重要", "重大", "主要", "积极", "丰硕"} {
		if rest, ok := strings.CutPrefix(after, a); ok && hasAnyPrefix(rest, []string{"共识", "成果", "精神", "内容"}) {
			return false
		}
	}
	if after == "" || !isHan(firstRune(after)) {
		return false
	}
	for _, w := range []string{"时", "后", "前", "中", "上", "期间", "并", "和", "与", "及", "的", "结束", "之", "以", "地", "会场", "在", "于", "举行",
		"达成", "取得", "签署", "发表", "宣布", "确认", "同意", "商定", "重申", "表示", "就", "围绕",
		// what the meeting was like or did not do: 会晤非常成功, 会晤没有提及台湾
		"非常", "十分", "很", "富有", "圆满", "成功", "顺利", "没有", "未", "持续", "历时",
		// nouns the meeting qualifies: 会晤画面, 会谈成果, 会晤共识; 会晤长谈
		"画面", "照片", "现场", "成果", "结果", "内容", "气氛", "长谈", "共识", "精神",
		// the meeting is the subject of what follows: 会晤被视为契机, 会晤使
		"被", "让", "使", "令"} {
		if strings.HasPrefix(after, w) {
			return false
		}
	}
	return true
}

// protagonist returns the person the article's title names when it names
// exactly one; when it names none, the one a schedule's lead names.
func protagonist(infos []*sentenceInfo, common func(string) bool) *mention {
	var found *mention
	for _, in := range infos {
		if !in.title {
			continue
		}
		for _, m := range in.mentions {
			if m.kind != mPerson {
				continue
			}
			// A short name whose first character ends a common word with
			// the one before it is no name (班比 in 上班比失业更痛苦).
			if r, size := utf8.DecodeLastRuneInString(in.simp[:m.start]); size > 0 && isHan(r) && utf8.RuneCountInString(m.text) == 2 &&
				common(in.simp[m.start-size:m.start]+string([]rune(m.text)[:1])) {
				continue
			}
			if found != nil && found.key() != m.key() {
				return nil
			}
			found = m
		}
	}
	if found != nil {
		return found
	}
	// A schedule whose title names no one ("首相日程（4日）") is the one
	// person its lead names before what it lists (日本首相高市早苗4日的主要
	// 活动如下), or else the one its first timed line, among its first three,
	// opens with (08:30 首相高市早苗从公邸出发), when two lines or more are.
	body, timed := 0, 0
	var first *sentenceInfo
	for _, in := range infos {
		if in.title {
			continue
		}
		body++
		if reClock.MatchString(in.simp) {
			if timed++; first == nil && body <= 3 {
				first = in
			}
		}
		if body > 3 {
			continue
		}
		loc := reScheduleLead.FindStringIndex(in.simp)
		if loc == nil {
			continue
		}
		if ps := distinctPersons(in.mentions, 0, loc[1]); len(ps) == 1 {
			return ps[0]
		}
		return nil
	}
	if timed >= 2 && first != nil {
		at := len(reClock.FindString(first.simp))
		for _, m := range first.mentions {
			if m.kind == mPerson && stripMentions(first.simp, first.mentions, at, m.start) == "" {
				return m
			}
		}
	}
	return nil
}

// reScheduleLead introduces the schedule an article lists: 4日的主要活动如下,
// 以下是…4日的日程：, 的动静如下.
var reScheduleLead = regexp.MustCompile(`的(?:主要|公开|全天)?(?:活动|日程|行程|动态|动静)(?:安排)?(?:如下|：|:)|^(?:【[^】]*】)?(?:以下是|以下为)[^，。]*的(?:主要|公开|全天)?(?:活动|日程|行程|动态|动静)`)

// reClock opens a line of a schedule with its time: 09:00, 9时30分.
var reClock = regexp.MustCompile(`^\s*(?:[01]?\d|2[0-3])(?::|：)[0-5]\d\s`)

// reBeforeFrame is a clause that only frames the time of the next one by
// an event before which it happened ("在X访问中国前，Y已访华3次"): that
// event is told elsewhere, and the date of the sentences before is not its.
var reBeforeFrame = regexp.MustCompile(`^在[^，。；]*(?:之前|以前|前夕|前)$`)

// reAfterOccasion is a sentence that opens (after a news programme's
// byline) with the end of an occasion told before it: 欢迎仪式后, 会谈结束后.
var reAfterOccasion = regexp.MustCompile(`^(?:[^，。：]{0,20}：)?(?:欢迎)?(?:仪式|会谈|会见)(?:结束)?(?:后|之后)，`)

// earlierMarkers place a contact at a time distinctly before the report's
// occasion; not the recent past (近日, 日前, 前不久, 此前, 之前, 稍早前), which
// may be the occasion itself, nor 以来 (哈紹吉遇害以來…首次訪美).
var earlierMarkers = []string{"年前", "去年", "前年", "曾", "多次", "上次", "历次", "过去", "早在"}

// reSeveral tells, in a contact's clause, that it sums up several
// occasions (with the habitual adverbs): each time (每次, 历次) or how many
// times (多次, 40多次, 屡次, 两度, 三次; not 第三次).
var reSeveral = regexp.MustCompile(`每次|每一次|屡次|屡屡|多次|数次|几次|历次|` + reCount.String())

// lately tells, anywhere in the clause, an occasion some time before the
// report ("中俄总理第三十次定期会晤前不久在杭州举行"): not the one of the
// day the report dates. (日前 and 近日 are not: reports date their own
// occasion so.)
var lately = []string{"前不久", "不久前"}

// journeyOn are words of travelling on after an occasion told before.
var journeyOn = []string{"随后前往", "随后飞往", "随后赴", "随后转往", "之后前往", "之后飞往", "接着前往", "接着飞往"}

// reOccasionEdge opens a sentence with the time just before or after an
// occasion told before it: 签约仪式前, 报告会后, 座谈会结束后.
var reOccasionEdge = regexp.MustCompile(`^\p{Han}{0,6}?(?:仪式|会议|会谈|会见|签约|活动|开幕式|座谈会|报告会)(?:结束)?(?:前|之前|后|之后)，`)

// dateBefore returns the last date of the nearest body sentence before the
// one at idx that states one, not after the report.
func dateBefore(a *clean.Article, idx int, pub time.Time) (string, dayRange) {
	for i := idx - 1; i >= 0; i-- {
		s := &a.Sentences[i]
		if inTitle(a, s) {
			break
		}
		if d, r := lastDate(simplified(s), pub); d != "" {
			if !pub.IsZero() && d > ymd(pub) {
				return "", noRange
			}
			return d, r
		}
	}
	return "", noRange
}

// continuation words say a sentence goes on about the occasion of the one
// before it.
var continuation = []string{"还", "此外", "另外", "随后", "同日", "当天", "当日", "其间", "期间", "会后", "会前", "同时"}

// memory is what the relation rules remember across the sentences of an
// article: the last pair of parties and the last subject, which 双方, 两人,
// 两国领导人 and the pronouns 他/她 refer back to.
type memory struct {
	// countries are those the article (a programme's item) has named so far.
	countries []*dict.Country
	// titles are the words before each person's first mention in the body
	// (see bodyTitles), read from infos, the article's sentences, when a
	// headline of two bodies' talks first needs them.
	titles  map[string]string
	infos   []*sentenceInfo
	pair    [2]*mention
	subject *mention
	// prevOpener is the person the sentence prevIdx (in paragraph
	// prevPara) opens with, for a pronoun that opens the next one.
	prevOpener        *mention
	prevIdx, prevPara int
	// prevSemicolon reports that the sentence prevIdx ends with a
	// semicolon: the sentence after it goes on with its list.
	prevSemicolon bool
	// speaker is the person whose words the paragraph speakerPara reports.
	speaker     *mention
	speakerPara int
	// speakerItem is the item the speaker was read in; speakerWrites,
	// whether it is a letter's writer (习近平在贺电中说); speakerIdx, the
	// sentence. otherOpener is the last sentence another person opens.
	speakerItem     int
	speakerWrites   bool
	speakerIdx      int
	otherOpener     int
	transcript      bool // the article is a news programme's day
	letter          bool // the article (or the programme's item) quotes a letter
	curIdx, curPara int  // the sentence being read
	// protagonist is the one person the title names, the subject of
	// sentences that name none ("追踪高市早苗首相" … "17:15 会见…").
	protagonist *mention
	// delegations are the heads of the delegations the article names,
	// one slice per delegation (see delegations).
	delegations [][]*mention
	// item counts the titles read (a news programme's items); pairItem is
	// the item pair was set in.
	item, pairItem int
	pairIdx        int // the sentence pair was set in
	// itemPairs are the pairs of parties of the item's facts, in order.
	itemPairs [][2]*mention
	// corr are the two persons who exchange messages in item corrItem
	// ("习近平同卡斯特罗互致贺电"): whom a letter quoted after it addresses.
	corr     [2]*mention
	corrItem int
	corrIdx  int // the sentence corr were read in
	// named are the dictionary persons the article's body names;
	// itemNamed those the current item named before the current sentence.
	named     []*mention
	itemNamed []*mention
	// group is the last meeting of a host with a group of whom its
	// sentence names no one (集体会见…与会代表), in the item being read.
	group *groupMeeting
	// joined are the two persons the sentence joinedIdx joins by a
	// connector ("高市早苗与习近平"), whatever it says of them.
	joined    [2]*mention
	joinedIdx int
	// anyPair are the parties of the last contact told, whatever its
	// status, in sentence anyIdx.
	anyPair [2]*mention
	anyIdx  int
	// received are the hosts and guests of a reception the sentence
	// receivedIdx of paragraph receivedPara told (A、B问候C, A在白宫接待了
	// 来访的C): a contact word that refers to it after (此次会晤) names them.
	received     [][2]*mention
	receivedIdx  int
	receivedPara int
	// visitor visited the country visited, told in sentence visitIdx of
	// item visitItem: the guest of the host's talks told after it.
	visitor             *mention
	visited             *dict.Country
	visitItem, visitIdx int
	visitEnd            int // where its trigger ends in that sentence
	visitPara           int // and its paragraph
	// travellers went to the country travelTo (前往, 飞往, 抵达 …) in
	// sentence travelIdx of paragraph travelPara: whom a visit word that
	// refers back (此次访问) after it tells of.
	travellers            []*mention
	travelTo              *dict.Country
	travelIdx, travelPara int
	// arriver arrived at the country arrivedAt in item arriveItem
	// ("习近平乘专机抵达阿斯塔纳"): where a welcome to their 到访 places them.
	arriver    *mention
	arrivedAt  *dict.Country
	arriveItem int
}

// noteArrival remembers the person a clause of s has arriving at a
// country's place ("国家主席习近平乘专机抵达阿斯塔纳", "习近平乘坐的专机抵达巴厘岛
// 努拉莱伊国际机场"): the nearest person before 抵达 in its clause and the
// place right after it, a country's (not a territory's).
func (st *memory) noteArrival(s string, ms []*mention) {
	for _, j := range journeys(s, ms, []string{"抵达"}) {
		if w := j.where; w.kind != mCountry || w.side || len(w.countries) != 1 || w.countries[0].Kind != "country" {
			continue
		}
		st.arriver, st.arrivedAt, st.arriveItem = j.who[len(j.who)-1], j.where.countries[0], st.item
	}
}

// travelVerbs are verbs of going to a place: 前往乌克兰, 飞往华盛顿.
var travelVerbs = []string{"前往", "飞往", "抵达", "到达", "来到", "赶赴", "出现在"}

// noteTravel remembers those a clause of s has going to a country or a
// city of one, as a fact (not one who only qualifies another).
func (st *memory) noteTravel(s string, ms []*mention, in *sentenceInfo) {
	for _, j := range journeys(s, ms, travelVerbs) {
		who := slices.DeleteFunc(slices.Clone(j.who), func(m *mention) bool { return possessive(s, m) })
		// (Not a journey to come: 莱希定于5月3日前往叙利亚.)
		if len(who) == 0 || !visitable(j.where) || modality(s[j.cs:j.at], s, j.at, j.end) != StatusFact {
			continue
		}
		st.travellers, st.travelTo, st.travelIdx, st.travelPara = who, j.where.countries[0], in.idx, in.sent.Paragraph
	}
}

// journey is a clause that has persons going to a place: the persons
// before the verb of going at s[at:end] in the clause from cs, and the
// mention right after it (了 between at most), not a person's country.
type journey struct {
	who         []*mention
	where       *mention
	cs, at, end int
}

// journeys returns the journeys that verbs tell in s.
func journeys(s string, ms []*mention, verbs []string) []journey {
	var out []journey
	for _, v := range verbs {
		for at := range occurrences(s, v) {
			end := at + len(v)
			cs, ce := clauseBounds(s, at, end)
			i := slices.IndexFunc(ms, func(m *mention) bool { return m.start >= end && m.kind != mTrigger })
			if i < 0 || ms[i].end > ce || s[end:ms[i].start] != "" && s[end:ms[i].start] != "了" || personsCountry(ms, ms[i]) {
				continue
			}
			var who []*mention
			for _, m := range ms {
				if m.kind == mPerson && m.start >= cs && m.end <= at {
					who = append(who, m)
				}
			}
			if len(who) > 0 {
				out = append(out, journey{who: who, where: ms[i], cs: cs, at: at, end: end})
			}
		}
	}
	return out
}

// referredTravel returns, for a visit word that refers back (此次访问, 这次
// 访问) within two sentences of the paragraph that told a journey, its
// travellers and their destination: those who went when the sentence names
// no one, else the one traveller named right before the word (内塔尼亚胡的
// 此次访问), none of them visiting their own country.
func (st *memory) referredTravel(s string, ms []*mention, t *mention, cs int) ([]*mention, *dict.Country) {
	if st.travelTo == nil || st.travelPara != st.curPara || st.travelIdx < st.curIdx-2 || st.travelIdx >= st.curIdx {
		return nil, nil
	}
	lead := s[cs:t.start]
	if !hasAnySuffix(lead, referenceWords) {
		return nil, nil
	}
	var named []*mention
	for _, m := range ms {
		if m.kind == mPerson || m.kind == mTitle {
			named = append(named, m)
		}
	}
	switch {
	case len(named) == 0:
		return st.travellers, st.travelTo
	case len(named) == 1 && named[0].end <= t.start && strings.HasSuffix(stripMentions(s, ms, named[0].end, t.start), "的"+lead[len(lead)-len("此次"):]) &&
		slices.ContainsFunc(st.travellers, func(w *mention) bool { return w.key() == named[0].key() }):
		return named, st.travelTo
	}
	return nil, nil
}

// welcomed returns the visitor and the country of a visit word with no
// place of its own that a welcome tells: the one a host welcomes, at the
// host's country ("习近平欢迎马克龙到访"); else ("热烈欢迎习近平到访", "对中国
// 国家主席到访表示最热烈的欢迎") the one the item has arriving, named or by a
// title of their country right before the word, at the country they
// arrived at.
func (x *Extractor) welcomed(s string, ms []*mention, t *mention, cs int, st *memory) (*mention, *dict.Country) {
	if t.trig.Word != "到访" || !strings.Contains(s, "欢迎") || strings.HasPrefix(s[t.end:], "的") {
		return nil, nil
	}
	var last *mention
	for _, m := range ms {
		if m.start >= cs && m.end <= t.start && (m.kind == mPerson || m.kind == mTitle) {
			last = m
		}
	}
	if last == nil || !reWelcomeGap.MatchString(s[last.end:t.start]) {
		return nil, nil
	}
	// "习近平欢迎马克龙到访“天府之国”": the one a host welcomes, right
	// after 欢迎, visits the host's country.
	if host := clauseOpener(s, ms, cs); last.kind == mPerson && host != nil && host != last &&
		slices.Contains([]string{"欢迎", "热烈欢迎", "热情欢迎"}, stripMentions(s, ms, host.end, last.start)) {
		if c := x.countryOf(host); c != nil && c != x.countryOf(last) {
			return last, c
		}
	}
	if st.arriver == nil || st.arriveItem != st.item {
		return nil, nil
	}
	switch {
	case last.kind == mPerson && last.key() == st.arriver.key():
		return last, st.arrivedAt
	case last.kind == mTitle:
		if c := x.countryOf(last); c != nil && c == x.countryOf(st.arriver) {
			return st.arriver, st.arrivedAt
		}
	}
	return nil, nil
}

// reWelcomeGap is what may stand between a visitor and the visit word of
// a welcome: nothing, or a short title (习近平主席到访).
var reWelcomeGap = regexp.MustCompile(`^(?:主席|总统|总理|首相|国王|总书记|主席先生|总统先生)?$`)

// addressWords name the person a speaker addresses: the other party of the
// speaker's meeting ("李强表示，习近平主席同总理先生举行富有成果的会晤").
var addressWords = []string{"总统先生", "总理先生", "主席先生", "首相先生", "议长先生", "副总统先生", "副总理先生", "副主席先生", "国王陛下", "阁下", "殿下", "总统殿下", "王储殿下", "亲王殿下", "埃米尔殿下", "苏丹陛下",
	"总统女士", "总理女士", "首相女士", "主席女士", "主席同志", "总书记同志", "你", "您",
	"代总统先生", "当选总统先生", "秘书长先生", "总督先生", "总统阁下", "总理阁下", "主席阁下", "议长女士", "副总统女士", "总裁女士"}

// addressees returns the mentions of s with one added for each address
// word right after a connector or 会见 (同你, 与总统先生, 会见总书记同志):
// it stands for the one the sentence's frame says the speaker meets
// (会见X时), else for the other party of the speaker's last contact in
// the same item. It returns nil when there is none.
func (st *memory) addressees(s string, ms []*mention, speaker *mention) []*mention {
	other := st.addressed(ms, speaker)
	if other == nil {
		return nil
	}
	var added []*mention
	// "去年6月，总统女士成功对中国进行国事访问": an address word that opens a
	// clause is its subject.
	for from := 0; from < len(s); {
		cs, ce := clauseBounds(s, from, from)
		at := cs + stripTimePrefix(s[cs:ce], ce-cs)
		for _, w := range addressWords {
			if strings.HasPrefix(s[at:], w) && !hasAnyPrefix(s[at:], []string{"你们", "您们"}) {
				m := *other
				m.start, m.end, m.text, m.addressed = at, at+len(w), w, true
				added = append(added, &m)
				break
			}
		}
		if ce >= len(s) {
			break
		}
		from = ce + runeLenAt(s, ce)
	}
	for _, c := range []string{"同", "与", "和", "跟", "会见", "接见", "欢迎"} {
		for i := range occurrences(s, c) {
			at := i + len(c)
			for _, w := range addressWords {
				if !strings.HasPrefix(s[at:], w) || strings.HasPrefix(s[at:], "你们") || strings.HasPrefix(s[at:], "您们") {
					continue
				}
				m := *other
				m.start, m.end, m.text, m.addressed = at, at+len(w), w, true
				added = append(added, &m)
				break
			}
		}
	}
	if len(added) == 0 {
		return nil
	}
	return withAdded(ms, added)
}

// pairTold reports whether the last pair of parties was set by a contact
// of the sentence being read.
func (st *memory) pairTold() bool {
	return st.pair[0] != nil && st.pairIdx == st.curIdx && st.pairItem == st.item
}

// addressed returns the one a speaker addresses: the one the sentence's
// frame says the speaker meets (会见X时), else the other party of the
// speaker's last contact in the same item, else the other one of the item's
// exchange of messages; nil when there is none.
func (st *memory) addressed(ms []*mention, speaker *mention) *mention {
	var other *mention
	// "会见桑切斯时，赵乐际表示，…同首相先生…": the one met in the
	// sentence's own frame.
	for i, m := range ms {
		if m.kind == mPerson && m.end <= speaker.start && i > 0 && ms[i-1].kind == mTrigger && ms[i-1].end == m.start && ms[i-1].trig.Type == MetWith {
			other = m
		}
	}
	for _, p := range []struct {
		pair [2]*mention
		item int
	}{{st.pair, st.pairItem}, {st.corr, st.corrItem}} {
		if other == nil && p.pair[0] != nil && p.item == st.item {
			switch speaker.key() {
			case p.pair[0].key():
				other = p.pair[1]
			case p.pair[1].key():
				other = p.pair[0]
			}
		}
	}
	// "韩正表示，去年9月，习近平主席同拉马福萨总统成功会晤…。前年，我同副总统
	// 先生共同主持…": the last contact told is not the speaker's, so the
	// one addressed is the other party of the speaker's first contact in
	// the item (the meeting its lead reports).
	for _, p := range st.itemPairs {
		if other != nil && other.kind == mPerson {
			break
		}
		switch speaker.key() {
		case p[0].key():
			other = p[1]
		case p[1].key():
			other = p[0]
		}
	}
	if other == nil || other.kind != mPerson {
		return nil
	}
	return other
}

// stripTimePrefix returns the offset in s after a time expression that opens
// it (2022年, 今年8月, 去年) and its manner phrase (以议长身分), up to end.
func stripTimePrefix(s string, end int) int {
	i := 0
	// A span back from the time told: 两天前, 三周后.
	if m := reOffsetPrefix.FindStringIndex(s[:end]); m != nil {
		i = m[1]
	}
	for i < end {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsDigit(r) || strings.ContainsRune("年月日今去前后初底中旬上下本该", r) {
			i += size
			continue
		}
		break
	}
	// A span leading up to now: 过去一年, 过去的一年里, 近年来, 这些年.
	if m := reSpanPrefix.FindStringIndex(s[i:end]); m != nil {
		i += m[1]
	}
	// The day of what was told before: 同日, 当天, 次日.
	for _, w := range []string{"同日", "同一天", "当天", "当日", "次日"} {
		if strings.HasPrefix(s[i:end], w) {
			i += len(w)
			break
		}
	}
	rest := s[i:end]
	if strings.HasPrefix(rest, "以") && (strings.HasSuffix(rest, "身分") || strings.HasSuffix(rest, "身份")) {
		return end
	}
	return i
}

// reOffsetPrefix is a span of days, weeks or months back or on from the
// time told that opens a clause: 两天前，, 三周后.
var reOffsetPrefix = regexp.MustCompile(`^[一二两三四五六七八九十几数\d]+(?:天|日|周|个星期|个月)(?:前|后|以前|以后|之前|之后)，?`)

// reSpanPrefix is a span of time leading up to the present that opens a
// clause (过去一年, 过去的两年中, 近年来, 这些年来, 多年来).
var reSpanPrefix = regexp.MustCompile(`^(?:过去的?|近|这|最近|多)[一二两三四五六七八九十几数\d]*(?:年|个月|些年|段时间)(?:里|中|来|以来)?，?`)

// subjectless reports whether the words of a clause before its verb hold no
// subject: nothing, a time stamp, or a few adverbs (还, 随后, 又与).
func subjectless(lead string) bool {
	lead = strings.TrimLeft(lead, "0123456789:：.　 <>〈〉")
	if containsAny(lead, institutions) || reSideSubject.MatchString(lead) {
		return false // "中国政府已召见…", "日方召见…": a body is the subject
	}
	// A count of occasions is no subject: "…就任以来，已十余次访问美国".
	lead = reOccasionCount.ReplaceAllString(lead, "")
	return utf8.RuneCountInString(lead) <= 3
}

// reOccasionCount is a count of occasions: 十余次, 16次, 二十多次, 两度.
var reOccasionCount = regexp.MustCompile(`(?:[一两二三四五六七八九十百几数]|\d)+[余多]?[次度]`)

// institutions are subjects that are no person: what they do is not the
// contact of a person named elsewhere.
var institutions = []string{"政府", "当局", "外交部", "外务省", "国防部", "国务院", "白宫", "使馆", "总统府"}

// reSideSubject is one country's side as a subject (中方, 日方, 美方).
var reSideSubject = regexp.MustCompile(`^[中日美俄韩朝英法德印澳乌欧以伊台陆港]方`)

// sendVerbs send something to someone after 向: A向B发出邀请.
var sendVerbs = []string{"发出", "提出", "递交", "转交", "寄送", "送去", "发去"}

// collectiveWords name the two parties of an event together.
var collectiveWords = []string{"双方", "两人", "二人", "两国领导人", "两国元首", "两位领导人", "两国总理", "两国外长", "两国外交部长", "两国防长", "两国国防部长"}

// collectiveOffices are the office categories that the collective words
// naming an office require of both parties: "两国元首举行通话" in an item
// about two speakers of parliament is the heads of state's call, not theirs.
var collectiveOffices = [][2]string{{"两国元首", "head_of_state"}, {"两国总理", "head_of_government"}, {"两国外长", "foreign_minister"},
	{"两国外交部长", "foreign_minister"}, {"两国防长", "defence_minister"}, {"两国国防部长", "defence_minister"}}

// collectiveOffice returns the office category that the collective word
// of before nearest its end requires, or "".
func (x *Extractor) collectiveOffice(before string) string {
	cat, at := "", -1
	for _, wc := range collectiveOffices {
		if i := strings.LastIndex(before, wc[0]); i > at {
			cat, at = wc[1], i
		}
	}
	// "俄中总理定期会晤": the two countries by their abbreviations.
	for _, m := range reCountryLeaders.FindAllStringSubmatchIndex(before, -1) {
		if c := leaderCategory(before[m[6]:m[7]]); c != "" && m[0] > at && x.abbrev[before[m[2]:m[3]]] != nil && x.abbrev[before[m[4]:m[5]]] != nil {
			cat, at = c, m[0]
		}
	}
	return cat
}

// officeHoldersOf resolves a collective word that names an office (两国元首)
// when the parties in context do not all hold it: "李强会见卢卡申科。…
// 李强转达习近平主席的问候。…今年7月，两国元首举行会晤" is a meeting of
// 习近平 and 卢卡申科. A party who may hold the office stays; one who does
// not is replaced by the one person the article names who holds it for
// that party's country on its date. With none or several, it returns nil.
func (x *Extractor) officeHoldersOf(p [2]*mention, category string, named []*mention, pub time.Time) [][2]*mention {
	if pub.IsZero() {
		return nil
	}
	var two [2]*mention
	for i, m := range p {
		c := x.countryOf(m)
		if c == nil {
			return nil
		}
		if x.holds(m, category, pub) {
			two[i] = m
			continue
		}
		holders := x.dict.Holders(category, c.ID, pub)
		// None named, or two: which one is meant is unknown.
		if two[i] = soleNamed(named, func(p *dict.Person) bool { return slices.Contains(holders, p) }); two[i] == nil {
			return nil
		}
	}
	if two[0].key() == two[1].key() || x.countryOf(two[0]) == x.countryOf(two[1]) {
		return nil
	}
	return [][2]*mention{two}
}

// earlierWords place a contact before the one in context: 此前在阿拉斯加的会晤.
var earlierWords = []string{"此前", "之前", "以前", "早前", "先前", "上次", "上一次", "前次", "过去"}

// reListedLeaders is what stands between a list of countries and a contact
// word when the list names their leaders: 等主要国家领袖, 两国领导人, 领导人
// 分别举行了.
var reListedLeaders = regexp.MustCompile(`^(?:等)?(?:主要)?(?:两国|三国|各国|国家|国)?(?:的)?(领导人|领袖|元首|首脑)(?:们)?(?:分别|密集|共同|先后)?(?:举行了?|进行了?)?$`)

// listedLeaders returns the leaders of the countries a connector joins to a
// contact word (与美国、中国及日本等主要国家领袖会谈; 与中国领导人举行了会
// 谈): for each country the one person the article names (of named) who
// leads it on the article's date; nil unless each has one.
func (x *Extractor) listedLeaders(s string, ms []*mention, t *mention, cs int, named []*mention, pub time.Time) []*mention {
	if pub.IsZero() {
		return nil
	}
	var list []*mention // the last list of countries before the contact word
	for _, m := range ms {
		if m.start < cs || m.end > t.start || m.kind != mCountry {
			continue
		}
		if !countryNamed(s, m) {
			list = list[:0] // (a city or a side form starts no list: 在北京与中国领导人)
			continue
		}
		if n := len(list); n > 0 && !joins(s[list[n-1].end:m.start]) {
			list = list[:0]
		}
		list = append(list, m)
	}
	if len(list) == 0 || !hasAnySuffix(s[cs:list[0].start], connectors) {
		return nil
	}
	loc := reListedLeaders.FindStringSubmatchIndex(s[list[len(list)-1].end:t.start])
	if loc == nil {
		return nil
	}
	cats := leaderCategories
	if w := s[list[len(list)-1].end+loc[2] : list[len(list)-1].end+loc[3]]; w == "元首" {
		cats = []string{"head_of_state"}
	}
	countries := make([]*dict.Country, len(list))
	for i, m := range list {
		countries[i] = m.countries[0]
	}
	return x.namedLeaders(countries, named, pub, cats)
}

// namedLeaders returns, for each country, the one person the article names
// (of named) who leads it on the article's date, the first of cats that
// has one (see namedLeader); nil unless each has one, a different one.
func (x *Extractor) namedLeaders(countries []*dict.Country, named []*mention, pub time.Time, cats []string) []*mention {
	var leaders []*mention
	for _, c := range countries {
		l := x.namedLeader(named, c, pub, cats)
		if l == nil || holdsKey(leaders, l) {
			return nil
		}
		leaders = append(leaders, l)
	}
	return leaders
}

// leaderCategories are the offices that lead a country, in the order a
// leader is looked for: a head of state, else a head of government.
var leaderCategories = []string{"head_of_state", "head_of_government"}

// namedLeader returns the one person the article names (of named) who holds
// for c, on its date, an office of the first of cats that has one, or nil.
func (x *Extractor) namedLeader(named []*mention, c *dict.Country, pub time.Time, cats []string) *mention {
	if c == nil || pub.IsZero() {
		return nil
	}
	for _, cat := range cats {
		holders := x.dict.Holders(cat, c.ID, pub)
		if n := soleNamed(named, func(p *dict.Person) bool { return p.Country == c.ID && slices.Contains(holders, p) }); n != nil {
			return n
		}
	}
	return nil
}

// soleNamed returns the first mention of the one person of named (dictionary
// persons, each possibly named more than once) for whom keep holds, or nil
// when there is none or more than one.
func soleNamed(named []*mention, keep func(*dict.Person) bool) *mention {
	var found *mention
	for _, n := range named {
		if !keep(n.persons[0]) {
			continue
		}
		if found == nil {
			found = n
		} else if found.key() != n.key() {
			return nil
		}
	}
	return found
}

// namesCountries reports whether before names the two countries whose
// leaders it speaks of by their abbreviations (中美两国元首, 俄中总理).
func (x *Extractor) namesCountries(before string) bool {
	for _, m := range reCountryLeaders.FindAllStringSubmatchIndex(before, -1) {
		if x.abbrev[before[m[2]:m[3]]] != nil && x.abbrev[before[m[4]:m[5]]] != nil {
			return true
		}
	}
	return false
}

// holds reports whether m is known to hold an office of category: the
// office the article gives it or, for a dictionary person, one held on the
// article's date.
func (x *Extractor) holds(m *mention, category string, pub time.Time) bool {
	if m.office != nil && m.office.Category != "" {
		return m.office.Category == category
	}
	return len(m.persons) == 1 && slices.Contains(x.dict.Holders(category, m.persons[0].Country, pub), m.persons[0])
}

// leaderCategory is the office category a collective word of two
// countries' leaders requires (总理: heads of government), or "" for one
// that any leader fits (领导人, 元首, 首脑).
func leaderCategory(word string) string {
	if word == "总理" {
		return "head_of_government"
	}
	return ""
}

// mayHold reports whether m may hold an office of category: false only when
// what is known of m says otherwise, the office the article gives it or,
// for a dictionary person, the offices held on the article's date.
func (x *Extractor) mayHold(m *mention, category string, pub time.Time) bool {
	if m.office != nil && m.office.Category != "" {
		return m.office.Category == category
	}
	if len(m.persons) != 1 || pub.IsZero() {
		return true
	}
	p := m.persons[0]
	return slices.Contains(x.dict.Holders(category, p.Country, pub), p) || len(p.Terms) == 0
}

// collective resolves "双方举行会谈" to the last pair of parties named in
// the article, when the clause names nobody else.
func (st *memory) collective(s string, ms []*mention, cs int, t *mention, left, right []*mention) [][2]*mention {
	if len(left) > 0 || len(right) > 0 || !containsAny(s[cs:t.start], collectiveWords) {
		return nil
	}
	// "高市…与李在明举行领袖会议，这是两人首次会谈": the two persons the
	// sentence names before it (双方 and 两国… are as often two countries).
	var named []*mention
	for _, m := range ms {
		if m.kind == mPerson && m.end <= cs && !possessive(s, m) && !holdsKey(named, m) {
			named = append(named, m)
		}
	}
	// "拉夫罗夫与鲁比奥通电话，商讨有关双方领导人会晤的问题": the leaders of
	// the two sides are not two ministers.
	if reSidesLeaders.MatchString(s[cs:t.start]) && st.pair[0] != nil && (!mayLead(st.pair[0]) || !mayLead(st.pair[1])) {
		return nil
	}
	// "他10月会见普京，这是自阿塞德下台以来，两人首次会晤": the parties of a
	// contact the sentence has just told.
	if st.pairTold() {
		return [][2]*mention{st.pair}
	}
	if len(named) == 2 && containsAny(s[cs:t.start], []string{"两人", "二人"}) {
		return [][2]*mention{{named[0], named[1]}}
	}
	// "周强和新加坡最高法院首席大法官梅达顺出席开幕式并致辞，双方以视频方式
	// 举行工作会谈": 双方 are the two persons a connector joins as one
	// subject before it.
	if len(named) == 2 && strings.Contains(s[cs:t.start], "双方") {
		gap := stripMentions(s, ms, named[0].end, named[1].start)
		for _, c := range []string{"和", "与", "同", "及"} {
			if rest, ok := strings.CutPrefix(gap, c); ok && utf8.RuneCountInString(rest) <= 20 && !containsAny(rest, listBreakers) {
				return [][2]*mention{{named[0], named[1]}}
			}
		}
	}
	// "特朗普还是向伊朗最高领袖哈梅内伊发出了谈判邀请，双方于…举行了首次会谈":
	// 双方 are the one who sent something and the one sent it, as for
	// messages (st.corr below).
	if len(named) == 2 && containsAny(s[cs:t.start], []string{"双方", "两人"}) {
		gap := stripMentions(s, ms, named[0].end, named[1].start)
		if strings.HasSuffix(gap, "向") && utf8.RuneCountInString(gap) <= 4 && containsAny(s[named[1].end:cs], sendVerbs) {
			return [][2]*mention{{named[0], named[1]}}
		}
	}
	// "A拟12月中旬与B会谈。…两人本月2日曾在马来西亚举行会谈": 两人 are the
	// two persons of the contact told just before, whatever its status.
	if len(named) == 0 && st.anyPair[0] != nil && st.anyIdx > st.pairIdx && st.anyIdx >= st.curIdx-3 &&
		containsAny(s[cs:t.start], []string{"两人", "二人"}) && !slices.ContainsFunc(ms, func(m *mention) bool { return m.kind == mPerson }) {
		return [][2]*mention{st.anyPair}
	}
	// "江泽民向小布希致唁电，次日双方通话": the two who exchanged the
	// messages earlier in the sentence.
	if st.corr[0] != nil && st.corrIdx == st.curIdx && st.corr[1].end <= cs && containsAny(s[cs:t.start], []string{"双方", "两人"}) {
		return [][2]*mention{st.corr}
	}
	// "习近平主席和拜登总统互致贺信。去年两国元首会晤形成的…": the two
	// leaders who, in this item, exchanged the messages just before.
	if st.pair[0] == nil && st.corr[0] != nil && st.corrItem == st.item && len(named) == 0 &&
		containsAny(s[cs:t.start], []string{"两国元首", "两国领导人", "两国首脑"}) {
		return [][2]*mention{st.corr}
	}
	// "高市早苗与习近平可能要到明年才有机会再次交谈。两人上一次见面，是在
	// …": the two persons the sentence before joins ("特朗普与习近平近期的
	// 峰会…。两位领导人在10月30日的会晤中…").
	// The sentence may name them, no one else (梅尔茨表示，两人进行了…电话
	// 会谈; 两位领导人…同意暂停特朗普发起的贸易战); leaders whose countries
	// are named are theirs (中美两国领导人).
	if st.joined[0] != nil && st.joinedIdx == st.curIdx-1 &&
		containsAny(s[cs:t.start], []string{"两人", "二人", "两位领导人", "两国领导人", "两国元首", "两位元首"}) &&
		!slices.ContainsFunc(ms, func(m *mention) bool {
			return m.kind == mPerson && m.key() != st.joined[0].key() && m.key() != st.joined[1].key() ||
				m.kind == mCountry && m.start >= cs && m.end <= t.start
		}) {
		return [][2]*mention{st.joined}
	}
	if st.pair[0] == nil {
		return nil
	}
	// A sentence that names other persons speaks of their event
	// ("江泽民…致唁电，次日双方通话").
	for _, m := range ms {
		if m.kind == mPerson && m.key() != st.pair[0].key() && m.key() != st.pair[1].key() && !inTimeFrame(s, cs, m, t) {
			return nil
		}
	}
	return [][2]*mention{st.pair}
}

// reSidesLeaders is 双方 naming the two sides whose leaders meet: 双方领导人,
// 双方元首.
var reSidesLeaders = regexp.MustCompile(`双方(?:的)?(?:领导人|元首|首脑)`)

// mayLead reports whether m may be a leader of a side, as far as the office
// the article gives m tells (a foreign minister is none).
func mayLead(m *mention) bool {
	if m.office == nil || m.office.Category == "" {
		return true
	}
	switch m.office.Category {
	case "head_of_state", "head_of_government", "party_leader", "crown_prince", "vice_head_of_state":
		return true
	}
	return false
}

// joinedPair returns the two persons a sentence names when it names no
// other and a bare connector joins them (高市早苗与习近平), else nils.
func joinedPair(s string, ms []*mention) [2]*mention {
	// (Not one who only qualifies another: 特朗普的女婿库什纳和威特科夫.)
	ps := ownPersons(s, ms, 0, len(s))
	if len(ps) != 2 || ps[1].start < ps[0].end {
		return [2]*mention{}
	}
	// (The second's country and office in between: 特朗普与中国国家主席习近平.)
	if !reJoinGap.MatchString(stripGlosses(stripMentions(s, ms, ps[0].end, ps[1].start))) {
		return [2]*mention{}
	}
	return [2]*mention{ps[0], ps[1]}
}

// receptionVerbs are verbs of a host receiving or greeting guests, which
// are no contact words of their own: 接待, 问候.
var receptionVerbs = []string{"接待", "问候", "迎接", "款待"}

// heldAt returns the country of the place a meeting word is said to be
// held at, right before it after the one who meets (在东京举行的会谈, 在北京的
// 会谈), a country's (not a territory's) city or name.
func heldAt(s string, ms []*mention, t *mention, who *mention) *dict.Country {
	for _, m := range ms {
		if m.kind != mCountry || m.start < who.end || m.end > t.start || len(m.countries) != 1 || m.countries[0].Kind != "country" || m.side {
			continue
		}
		if strings.HasSuffix(s[:m.start], "在") && slices.Contains([]string{"的", "举行的", "进行的"}, s[m.end:t.start]) {
			return m.countries[0]
		}
	}
	return nil
}

// counterpart returns the one person the article names (of named) who
// holds in c, on its date, the office p holds: for a head of state or of
// government, the one such leader of c; for a foreign minister, c's.
func (x *Extractor) counterpart(p *mention, c *dict.Country, named []*mention, pub time.Time) *mention {
	switch {
	case x.holds(p, "foreign_minister", pub):
		return x.namedLeader(named, c, pub, []string{"foreign_minister"})
	case x.holds(p, "head_of_state", pub) || x.holds(p, "head_of_government", pub):
		holders := append(x.dict.Holders("head_of_state", c.ID, pub), x.dict.Holders("head_of_government", c.ID, pub)...)
		return soleNamed(named, func(q *dict.Person) bool { return q.Country == c.ID && slices.Contains(holders, q) })
	}
	return nil
}

// reTwoCountriesLeaders opens a clause whose subject is the leaders of two
// countries: 两国领导人, 两党两国最高领导人, 两国元首.
var reTwoCountriesLeaders = regexp.MustCompile(`^(?:两党)?两国(?:最高)?(?:领导人|元首|首脑)(?:随后|还|并|也)?(?:举行了?|进行了?)?(?:历史性|正式)?$`)

// reBareMeeting is what may open the clause of a meeting word that refers
// to a reception told before it: nothing, 双方 or 两人, and a verb of holding
// (双方随后举行了会谈, 会谈持续了一个多小时).
var reBareMeeting = regexp.MustCompile(`^(?:双方|两人)?(?:随后|还|并|也)?(?:举行了?|进行了?)?$`)

// referenceWords point back to an occasion just told: 此次会晤, 这场会面.
var referenceWords = []string{"此次", "这次", "这场", "该次", "本次"}

// receptions returns the host–guest pairs of the clauses of s that tell a
// reception as done: the persons before the verb in its clause receive
// those after it ("美国总统拜登、北约秘书长斯托滕贝格问候乌克兰总统泽连斯基",
// "特朗普还在白宫接待了来访的拉马福萨"); none only qualifies another.
func receptions(s string, ms []*mention) [][2]*mention {
	var out [][2]*mention
	for _, v := range receptionVerbs {
		for at := range occurrences(s, v) {
			cs, ce := clauseBounds(s, at, at+len(v))
			if modality(s[cs:at], s, at, at+len(v)) != StatusFact {
				continue
			}
			hosts, guests := ownPersons(s, ms, cs, at), ownPersons(s, ms, at+len(v), ce)
			for _, h := range hosts {
				for _, g := range guests {
					if h.key() != g.key() {
						out = append(out, [2]*mention{h, g})
					}
				}
			}
		}
	}
	return out
}

// onlyTwo returns the two persons a sentence names when it names no one
// else (德国总理梅尔茨昨天告诉乌克兰总统泽连斯基…): whom 两人 after it may
// stand for.
func onlyTwo(s string, ms []*mention) [2]*mention {
	ps := ownPersons(s, ms, 0, len(s))
	if len(ps) != 2 {
		return [2]*mention{}
	}
	return [2]*mention{ps[0], ps[1]}
}

// ownPersons returns the distinct persons of s[a:b] but those who only
// qualify another (特朗普的女婿库什纳: not 特朗普).
func ownPersons(s string, ms []*mention, a, b int) []*mention {
	return slices.DeleteFunc(distinctPersons(ms, a, b), func(m *mention) bool { return possessive(s, m) })
}

// distinctPersons returns the persons of ms within s[a:b], each person
// once, in order.
func distinctPersons(ms []*mention, a, b int) []*mention {
	var ps []*mention
	for _, m := range ms {
		if m.kind == mPerson && m.start >= a && m.end <= b && !slices.ContainsFunc(ps, func(p *mention) bool { return p.key() == m.key() }) {
			ps = append(ps, m)
		}
	}
	return ps
}

// reJoinGap is a connector between two names, after an adverb: 还与.
var reJoinGap = regexp.MustCompile(`^(?:还|也|曾|又|已)?(?:与|和|同|跟)$`)

// reFrameJoin is what stands between a subject and the one a frame joins
// to it (希利|17日在与|古柏一同访问…期间): a day, 在 and a connector.
var reFrameJoin = regexp.MustCompile(`^(?:\d{1,2}日|今天|昨天|当天|日前)?在(?:与|和|同|跟)$`)

// reFramedPairGap joins the two persons before a frame of time (高市早苗
// 立即与美国总统特朗普在…期间), their country and office cut out.
var reFramedPairGap = regexp.MustCompile(`^(?:还|也|又|立即|随即|随后)?(?:与|和|同|跟)$`)

// reNextContact opens a contact phrase after another one: 、与, ，并同.
var reNextContact = regexp.MustCompile(`^[^、，]*?(?:、|，?并|，还|，并且)(?:与|同|跟)`)

// reSharedSubject is what lies between a contact word and the next one
// that shares its subject: "会谈、与时任美国国务卿凯瑞会晤", "会见A，并同B会谈".
var reSharedSubject = regexp.MustCompile(`^(?:、|，?并|，还|，并且)(?:与|同|和|跟)[^，。；、]{1,40}$`)

// inBrackets reports whether byte offset at of s lies inside brackets.
func inBrackets(s string, at int) bool {
	pre := s[:at]
	return strings.Count(pre, "（")+strings.Count(pre, "(") > strings.Count(pre, "）")+strings.Count(pre, ")")
}

// inAside reports whether byte offset at of s lies inside brackets that
// give examples (（尤其是前州长科莫）) or caption a photo (（图为…）), not
// inside brackets that say who a word before them is (他（川普总统）, 两位
// 总统（特朗普和泽连斯基）).
func inAside(s string, at int) bool {
	if !inBrackets(s, at) {
		return false
	}
	if _, _, ok := captionAside(s, at); ok {
		return true
	}
	open := max(strings.LastIndex(s[:at], "（")+len("（"), strings.LastIndex(s[:at], "(")+len("("))
	return hasAnyPrefix(s[open:at], []string{"尤其是", "特别是", "包括", "例如", "比如", "如"})
}

// endsFrame reports a person right before a word that closes a frame of
// time (X前, X之后, X时): the object of what happened around the event.
func endsFrame(s string, m *mention) bool {
	if m.end > len(s) {
		return false
	}
	rest := s[pastGloss(s, m.end):]
	return hasAnyPrefix(rest, []string{"前", "之前", "后", "之后", "时", "期间"}) &&
		!hasAnyPrefix(rest, []string{"前往", "前来", "前去", "前赴", "前任", "后来", "时任"})
}

// endsContactFrame reports a person whose contact ends a frame of time
// ("马克龙在与朔尔茨会谈后访问了意大利"): the one met, not the visitor.
func endsContactFrame(s string, m *mention) bool {
	if m.end > len(s) {
		return false
	}
	rest := s[pastGloss(s, m.end):]
	for _, light := range []string{"举行", "进行"} {
		rest = strings.TrimPrefix(rest, light)
	}
	for _, w := range []string{"会谈", "会晤", "会见", "会面", "见面", "通话", "通电话"} {
		if after, ok := strings.CutPrefix(rest, w); ok {
			return hasAnyPrefix(after, []string{"后", "之后", "时", "期间", "前", "之前"})
		}
	}
	return false
}

// maskPersons returns s with the names of the persons mentioned replaced
// by placeholders of the same byte length, so that a cue word inside a name
// (若 in 卡西姆-若马尔特·托卡耶夫) is not read as one.
func maskPersons(s string, ms []*mention) string {
	b := []byte(s)
	for _, m := range ms {
		if m.kind != mPerson || m.start < 0 || m.end > len(s) || m.start >= m.end {
			continue
		}
		end := m.end
		// A military rank after the name and its gloss (拉达金（Tony
		// Radakin）上将) is the person's too: its 将 is no future.
		if at := pastGloss(s, m.end); hasAnyPrefix(s[at:], militaryRanks) {
			end = at + len("上将")
		}
		for i, r := range s[m.start:end] {
			n := utf8.RuneLen(r)
			copy(b[m.start+i:], placeholder[n])
		}
	}
	return string(b)
}

// cueTriggers are the triggers whose words alone make an article or a
// sentence worth reading: not a joint word (主持), which tells a contact
// only after two persons and is as common in reports of one person chairing
// a meeting; an article with none of the others is not read for it (a
// whole-corpus run segmented 17% more sentences with it).
func cueTriggers(triggers []Trigger) []Trigger {
	return slices.DeleteFunc(slices.Clone(triggers), func(t Trigger) bool { return t.Joint })
}

// mondays are the Mondays a week word opens (上周一, 本星期一 …) as
// segmenter time words: gse knows 周一 and 上周 but not 上周一, and reads
// 上周|一会|见 (一会, a while), losing the 会见 after it.
func mondays() []Word {
	var out []Word
	for _, pre := range []string{"上", "本", "下", "这", "上个", "下个", "这个"} {
		for _, week := range []string{"周", "星期", "礼拜"} {
			if strings.HasSuffix(pre, "个") && week == "周" {
				continue
			}
			out = append(out, Word{Text: pre + week + "一", POS: "t"})
		}
	}
	return out
}

// militaryRanks are the general officers' ranks written after a name.
var militaryRanks = []string{"上将", "中将", "少将", "大将", "准将"}

// beforeRank returns the end of the name s[start:end] without the first
// character of a general's rank, which a name read up to the 将 took as
// its last (潘文江大|将, 乔治上|将（General Randy George）); a name of two
// characters keeps it.
func beforeRank(s string, start, end int) int {
	r, size := utf8.DecodeLastRuneInString(s[start:end])
	if strings.HasPrefix(s[end:], "将") && utf8.RuneCountInString(s[start:end]) >= 3 && slices.Contains(militaryRanks, string(r)+"将") {
		return end - size
	}
	return end
}

// placeholder holds a masking rune for each UTF-8 length.
var placeholder = [5]string{"", "_", "\u00b7", "□", "\U0001F600"}

// captionAside returns the bounds of the text inside brackets that caption
// a photo (（图为…）, （图：…）) when byte offset at of s lies inside them.
func captionAside(s string, at int) (open, end int, ok bool) {
	if !inBrackets(s, at) {
		return 0, 0, false
	}
	open = max(strings.LastIndex(s[:at], "（")+len("（"), strings.LastIndex(s[:at], "(")+len("("))
	if !hasAnyPrefix(s[open:at], []string{"图为", "图：", "图:", "图片：", "照片："}) {
		return 0, 0, false
	}
	end = len(s)
	if i := strings.IndexAny(s[at:], "）)"); i >= 0 {
		end = at + i
	}
	return open, end, true
}

// reWithFrame opens a clause that frames the time by a contact with others
// and names no subject: 在与, 在同.
var reWithFrame = regexp.MustCompile(`^(?:但|而|不过|就)?在(?:与|同|跟)`)

// reRelativeLead opens a contact clause that modifies a noun: (曾)与X.
// A time and a place may come first: 今年5月在利雅得与X.
var reRelativeLead = regexp.MustCompile(`^(?:(?:今年|去年|上月|本月|\d{4}年)?\d{0,2}月?(?:\d{1,2}日)?)?(?:在[^，。；、与同和跟的]{1,10})?(?:曾经|曾|多次|此前)?(?:与|同|和|跟)$`)

// reRelativeMid is what may stand between the other party and the
// contact word of such a clause: 与特朗普首次会晤的.
var reRelativeMid = regexp.MustCompile(`^(?:首次|再次|多次|举行了?|进行了?)*$`)

// reRelativeGap is what may stand between 的 and the person a contact
// clause describes, besides their country and office.
var reRelativeGap = regexp.MustCompile(`^(?:已故|前|新任|现任|时任|知名|资深|记者|学者|专家|官员|作家|商人|企业家|外交官)*$`)

// relativeSubject reads "曾与X会面的…Y": the contact is X's with Y, the
// person the clause describes, named before the clause ends. It returns
// Y and X, or nils.
func relativeSubject(s string, ms []*mention, t *mention, cs, ce int) (*mention, *mention) {
	if !strings.HasPrefix(s[t.end:], "的") && !strings.HasPrefix(s[t.end:], "过的") {
		return nil, nil
	}
	var other, head *mention
	for _, m := range ms {
		switch {
		case m.kind == mPerson && m.start >= cs && m.end <= t.start:
			if other != nil || !reRelativeLead.MatchString(s[cs:m.start]) || !reRelativeMid.MatchString(s[pastGloss(s, m.end):t.start]) {
				return nil, nil
			}
			other = m
		case m.kind == mPerson && m.start >= t.end && m.end <= ce && head == nil:
			head = m
		case m.kind == mTrigger && m.start >= t.end && m.end <= ce && head == nil:
			return nil, nil // another contact comes first
		}
	}
	if other == nil || head == nil || head.key() == other.key() {
		return nil, nil
	}
	// Only the head's country, office and a few words (已故, 记者) stand
	// between, not "与普京会晤的消息由佩斯科夫证实".
	gap := s[strings.Index(s[t.end:], "的")+t.end+len("的") : head.start]
	for _, m := range ms {
		if m.start >= t.end && m.end <= head.start && m.kind != mTrigger {
			gap = strings.Replace(gap, s[m.start:m.end], "", 1)
		}
	}
	if !reRelativeGap.MatchString(gap) {
		return nil, nil
	}
	return head, other
}

// relativeObject returns the person a contact clause without a subject
// describes, and the one met: "曾多次会见朝鲜国务委员长金正恩的前国务卿蓬佩奥"
// (the one who met 金正恩 is 蓬佩奥). Persons before the contact word must be
// modifiers only (特朗普1期: a time).
func relativeObject(s string, ms []*mention, t *mention, cs, ce int) (*mention, *mention) {
	var other, head *mention
	for _, m := range ms {
		switch {
		case m.kind == mPerson && m.start >= cs && m.end <= t.start && !possessive(s, m):
			return nil, nil // the clause has a subject
		case m.kind == mPerson && m.start >= t.end && m.end <= ce && other == nil:
			other = m
		case m.kind == mPerson && other != nil && m.start >= other.end && m.end <= ce && head == nil:
			head = m
		}
	}
	if other == nil || head == nil || head.key() == other.key() {
		return nil, nil
	}
	gap := func(a, b int) string { return trimInitials(stripMentions(s, ms, a, b)) }
	// Between the contact word and the one met, only their country and
	// office (朝鲜国务委员长, 领导人).
	if g := strings.TrimPrefix(gap(t.end, other.start), "了"); !reTitleGap.MatchString(g) {
		return nil, nil
	}
	rest, ok := strings.CutPrefix(gap(pastGloss(s, other.end), head.start), "的")
	if !ok || !reRelativeGap.MatchString(rest) {
		return nil, nil
	}
	return head, other
}

// trimInitials removes the Latin initials a name's mention leaves out
// (the J·D· of J·D·万斯) from the end of s.
func trimInitials(s string) string {
	return strings.TrimRight(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ·.． ")
}

// reTimeInName is a relative time word, which no name read after a title
// holds: 两国元首自去年11月… is a preposition and a time.
var reTimeInName = regexp.MustCompile(`去年|今年|明年|前年|上个?月|本月|下个?月|上周|本周|下周`)

// reTitleGap is what an office the dictionary lacks may leave between a
// contact word and the person met: a few characters that join nothing.
var reTitleGap = regexp.MustCompile(`^[^的与和同及跟在对向，、]{0,8}$`)

// reVisitorParty is a contact word and a name before 一行: 接见古屋圭司一行.
var reVisitorParty = regexp.MustCompile(`(?:会见|接见|会晤|拜会|会谈)了?(\p{Han}{2,4})一行`)

// reDelegationHead is a delegation followed by its head's name and 一行.
var reDelegationHead = regexp.MustCompile(`(?:代表团|访问团|考察团|议员团)(\p{Han}{2,4}|\p{Han}{1,8}·\p{Han}{1,8})一行`)

// royalTitles follow the given name of a royal in Chinese usage.
var royalTitles = []string{"公主", "王子", "王妃"}

// reCountryLeaders names the leaders of two countries together by their
// one-character abbreviations: 中美两国领导人, 中俄元首, 美俄首脑, 俄中总理.
var reCountryLeaders = regexp.MustCompile(`(\p{Han})(\p{Han})(?:两国)?(领导人|元首|首脑|总理)`)

// countryLeaders resolves "中美两国领导人…会晤", when no pair of parties is
// known yet, to the persons the article names who lead those two countries
// on its date: one each (a head of state first, else a head of
// government), else nothing.
func (x *Extractor) countryLeaders(before string, ms, named []*mention, pub time.Time) [][2]*mention {
	if pub.IsZero() {
		return nil
	}
	// Three countries' leaders (中蒙俄三国元首, 中俄蒙元首): each pair of
	// them.
	var abbrevs []string
	var word string
	if loc := reThreeLeaders.FindStringSubmatchIndex(before); loc != nil && x.threeAbbrevs(before, loc) {
		abbrevs = []string{before[loc[2]:loc[3]], before[loc[4]:loc[5]], before[loc[6]:loc[7]]}
		word = before[loc[8]:loc[9]]
	} else {
		loc := reCountryLeaders.FindStringSubmatchIndex(before)
		if loc == nil {
			return nil
		}
		if r, n := utf8.DecodeLastRuneInString(before[:loc[0]]); x.abbrev[string(r)] != nil {
			if p, _ := utf8.DecodeLastRuneInString(before[:loc[0]-n]); !unicode.IsDigit(p) {
				return nil // 韩中日首脑会谈 as read by reThreeLeaders (not 29日|韩美)
			}
		}
		abbrevs = []string{before[loc[2]:loc[3]], before[loc[4]:loc[5]]}
		word = before[loc[6]:loc[7]]
	}
	countries := make([]*dict.Country, len(abbrevs))
	for i, a := range abbrevs {
		if countries[i] = x.abbrev[a]; countries[i] == nil {
			return nil
		}
	}
	cats := leaderCategories
	if cat := leaderCategory(word); cat != "" {
		cats = []string{cat}
	}
	leaders := x.namedLeaders(countries, named, pub, cats)
	if leaders == nil {
		return nil
	}
	// "日朝首脑…最后一次会谈是在2004年，时任日本首相小泉纯一郎和…金正日":
	// the sentence names other leaders of those countries, of another
	// time.
	for _, o := range ms {
		if o.kind != mPerson || len(o.persons) == 0 || holdsKey(leaders, o) || !x.everLeader(o.persons[0]) {
			continue
		}
		for _, l := range leaders {
			if o.persons[0].Country == l.persons[0].Country {
				return nil
			}
		}
	}
	var pairs [][2]*mention
	for i := range leaders {
		for j := i + 1; j < len(leaders); j++ {
			pairs = append(pairs, [2]*mention{leaders[i], leaders[j]})
		}
	}
	return pairs
}

// endsInDigit reports s ending in a digit: the 日 after it is a day, not
// Japan (29日韩美首脑会谈).
func endsInDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsDigit(r)
}

// reThreeLeaders names the leaders of three countries together: 中蒙俄三国
// 元首, 中俄蒙元首, 韩中日首脑.
var reThreeLeaders = regexp.MustCompile(`(\p{Han})(\p{Han})(\p{Han})(?:三国)?(领导人|元首|首脑|总理)`)

// reTwoLeaders speaks of two countries' leaders without naming the
// countries: 两国元首, 两国领导人, 两国首脑, 两国总理.
var reTwoLeaders = regexp.MustCompile(`两国(领导人|元首|首脑|总理)`)

// itemLeaders resolves "今年，两国元首两度面对面会晤", in a sentence that names
// no one and when no pair of parties is known, to the two leaders the item
// has named before it ("在习近平主席和普京总统战略引领下"): the persons it
// named who hold, on the article's date, the office the words say (元首 a
// head of state, 总理 a head of government; a head of state, else a head of
// government, for 领导人 and 首脑), when there are exactly two, of two
// countries; else nothing. Not when the two meet others (两国总理会见了各界
// 友好人士).
func (x *Extractor) itemLeaders(before string, named []*mention, pub time.Time) [][2]*mention {
	loc := reTwoLeaders.FindStringSubmatchIndex(before)
	if loc == nil || pub.IsZero() {
		return nil
	}
	var cats []string
	switch before[loc[2]:loc[3]] {
	case "元首":
		cats = []string{"head_of_state"}
	case "总理":
		cats = []string{"head_of_government"}
	default:
		cats = []string{"head_of_state", "head_of_government"}
	}
	for _, cat := range cats {
		var two []*mention
		for _, m := range named {
			p := m.persons[0]
			if slices.Contains(x.dict.Holders(cat, p.Country, pub), p) && !holdsKey(two, m) {
				two = append(two, m)
			}
		}
		switch {
		case len(two) == 2 && two[0].persons[0].Country != two[1].persons[0].Country:
			return [][2]*mention{{two[0], two[1]}}
		case len(two) > 0:
			return nil // one, or more than two: which are meant is unknown
		}
	}
	return nil
}

// otherYear reports a year other than the article's written in s: the
// leaders of that year may not be today's ("日朝首脑…最后一次会谈是在2004年").
func otherYear(s string, pub time.Time) bool {
	for _, m := range reYear.FindAllStringSubmatch(s, -1) {
		if y, err := strconv.Atoi(m[1]); err == nil && y != pub.Year() {
			return true
		}
	}
	return false
}

// everLeader reports a dictionary person who has held a head of state's or
// government's office.
func (x *Extractor) everLeader(p *dict.Person) bool {
	for _, t := range p.Terms {
		if o := x.dict.Office(t.Office); o != nil && (o.Category == "head_of_state" || o.Category == "head_of_government") {
			return true
		}
	}
	return false
}

// objectPronoun reports the words between a subject and its contact
// verb that are a connector and a third-person pronoun, after at most a
// gloss and a time word: 与她, （Anwar Ibrahim）周六与他, 同他进行了.
func objectPronoun(between string) bool {
	return reObjectPronoun.MatchString(stripGlosses(between))
}

// reObjectPronoun is a connector and a pronoun before a contact word.
// ("特朗普曾在今年5月访问沙特阿拉伯期间与他会面": after a frame of time;
// "与她在北京会晤": before a place.)
var reObjectPronoun = regexp.MustCompile(`^(?:[\p{Han}\d]{0,6}?|[^，。；与同和跟]{0,20}(?:期间|之际|时))(?:与|同|和|跟)(?:他|她)(?:在[\p{Han}]{1,8}?)?(?:进行了|进行|举行了|举行)?$`)

// pronounSubject reports whether a clause's words before its trigger open
// with a third-person pronoun as subject: "她还首次与…通电话", also after
// a quotation mark and a day ("“周一他同何立峰举行了会晤").
func pronounSubject(before string) bool {
	if !strings.ContainsAny(before, "他她") {
		return false // (most leads: no regular expression to run)
	}
	before = trimDiscourse(before) // 而她今年1月曾率团访问台湾
	before = before[len(rePronounLead.FindString(before)):]
	// (Not 他们, nor 他的女儿: others than the one person.)
	return (strings.HasPrefix(before, "他") || strings.HasPrefix(before, "她")) && !hasAnyPrefix(before[len("他"):], []string{"们", "的", "俩"})
}

// rePronounLead is what may stand before a pronoun subject: an opening
// quotation mark, a copula that frames the clause (这是他48小时内第二次到访
// 巴基斯坦), and a day or a short time, a report that tells it (有报道直指
// 他已与马杜罗通话), or a span of years leading up to now (两国建交60年来他16次
// 访问中国).
var rePronounLead = regexp.MustCompile(`^[“「"]?(?:这(?:也|已|还|才)?是)?(?:(?:周|星期)[一二三四五六日天]|\d{1,2}日|今天|昨天|当天|同日|次日|(?:有|据)?(?:报道|报导|消息|媒体)(?:直指|指出|指|称)|[^，。；“”他她]{0,8}?(?:\d+|[一二两三四五六七八九十几数多]+)年(?:以)?来)?`)

// clauseBounds returns the clause around [ts, te): from after the previous
// ，；：。 to before the next one.
func clauseBounds(s string, ts, te int) (int, int) {
	const seps = "，,；;：:。！？!?"
	cs := strings.LastIndexAny(s[:ts], seps)
	if cs < 0 {
		cs = 0
	} else {
		cs += runeLenAt(s, cs)
	}
	ce := strings.IndexAny(s[te:], seps)
	if ce < 0 {
		ce = len(s)
	} else {
		ce += te
	}
	return cs, ce
}

func runeLenAt(s string, i int) int {
	for j := i + 1; j <= len(s); j++ {
		if j == len(s) || s[j]&0xC0 != 0x80 {
			return j - i
		}
	}
	return 1
}

// whetherWords ask whether or when (是否, 能否, 会否, 何时) or leave it
// open (何时访华尚不清楚).
var whetherWords = []string{"是否", "能否", "会否", "何时", "尚不清楚"}

// effectAsked reports a question after a contact named as a noun about
// what it did ("不确定A与B的会晤是否让公司离目标更近"): the contact is
// taken as told; not one about whether it takes place (…的会晤能否举行).
func effectAsked(before, after string) bool {
	if !strings.HasSuffix(before, "的") {
		return false
	}
	i := indexAny(after, whetherWords)
	if i < 0 {
		return false
	}
	rest := after[i+len("是否"):] // each whether word is two characters
	return !hasAnyPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "会"), "能"), []string{"举行", "成行", "实现", "如期", "发生", "进行", "顺利", "召开", "达成"})
}

// contactOver are the words right after a contact word that tell it as
// over: 会晤结束, 会谈后.
var contactOver = []string{"结束", "落幕", "完毕", "之后", "后"}

// modality classifies a contact from the words around its trigger:
// "fact", "planned", "negated", or "" for questions and hypotheticals.
// Every cue counts in the trigger's clause; strong future cues (将于, 计划,
// 明年 …) count anywhere before the trigger in the sentence; a few words
// right after the trigger (会面可能, 访问计划) make it a possibility.
func modality(clause, sentence string, trigStart, trigEnd int) string {
	cs := trigStart - len(clause) // before masking changes the clause's length
	prefix := sentence[:trigStart]
	t := strings.TrimSpace(sentence)
	// A question in a quotation after the contact is what someone asked
	// then ("与X会晤时对记者说，“我是否希望…？"), not a question about it.
	if i := indexAny(sentence[trigEnd:], []string{"“", "「"}); i >= 0 {
		t = strings.TrimSpace(sentence[:trigEnd+i])
	}
	_, clauseEnd := clauseBounds(sentence, trigStart, trigEnd)
	// A question in a later clause asks about what followed a contact told
	// as over ("习近平特朗普会晤结束，关税、稀土问题得以缓解？").
	asked := strings.HasSuffix(t, "？") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "吗")
	if asked && hasAnyPrefix(sentence[clauseEnd:], []string{"，", ",", "；", " "}) && hasAnyPrefix(strings.TrimPrefix(sentence[trigEnd:clauseEnd], "已"), contactOver) && !strings.ContainsAny(sentence[clauseEnd:], "“「") {
		asked = false
	}
	if asked ||
		containsAny(clause, hypotheticalCues) ||
		containsAny(clause, whetherWords) || containsAny(sentence[trigStart:clauseEnd], whetherWords) && !effectAsked(sentence[:trigStart], sentence[trigEnd:clauseEnd]) {
		return ""
	}
	// "将近期与X的会面吹嘘为大满贯": 将 that marks the object of a verb of
	// calling or regarding (after the contact word), not the future.
	disposals := reDisposal.FindAllStringIndex(sentence, -1)
	// "将中国作为…首个正式出访的国家": 将 that takes what the contact is
	// about as its object, before the contact word only ("将访问巴西并
	// 作为特别代表出席" is a plan).
	for _, m := range reTreatAs.FindAllStringIndex(sentence, -1) {
		if m[1] <= trigStart {
			disposals = append(disposals, m)
		}
	}
	for _, m := range disposals {
		// Also before the contact word ("基于不应将韩国推向美国一边的考量
		// 访韩"), unless a connector or a verb follows 将 ("将与被视为关键
		// 推手的X会晤").
		before := m[1] <= trigStart && !hasAnyPrefix(sentence[m[0]+len("将"):], []string{"与", "同", "和", "跟", "于", "在", "会", "要", "赴", "前往", "访"})
		if m[0] < trigStart && (m[1] > trigEnd || before) {
			prefix = prefix[:m[0]] + "把" + prefix[m[0]+len("将"):]
			if m[0] >= cs {
				clause = clause[:m[0]-cs] + "把" + clause[m[0]-cs+len("将"):]
			}
		}
	}
	clause = maskExceptions(clause)
	prefix = maskExceptions(prefix)
	for _, c := range negatedCues {
		if strings.Contains(clause, c) {
			return StatusNegated
		}
	}
	// "而不是特朗普与普京之间的会晤": a contact set aside (not "在会谈之前
	// 而非会谈后", where 而非 only sets one time against another).
	for _, c := range []string{"而不是", "而非"} {
		if i := strings.LastIndex(clause, c); i >= 0 && utf8.RuneCountInString(clause[i+len(c):]) >= 2 {
			return StatusNegated
		}
	}
	after := sentence[trigEnd:]
	if calledOff(sentence[trigEnd:clauseEnd]) {
		return StatusNegated // "10月底瓦德福原订的访中行程临时取消"
	}
	if reNoAnswer.MatchString(after) || reDeniedAfter.MatchString(after) || reDeniedBefore.MatchString(clause) {
		return StatusNegated // "给亚西尔打电话，但无法接通", "通电话一事遭到否认"
	}
	if reHeldLater.MatchString(after) {
		return StatusPlanned // "特朗普与普京的电话会谈预计将于周五举行"
	}
	// "在两位总统会面前，任何事情都不会敲定": what is not to happen before
	// the contact says it is still to come.
	if hasAnyPrefix(after, []string{"前", "之前"}) && containsAny(sentence[clauseEnd:], []string{"不会", "才会", "才能", "将"}) {
		return StatusPlanned
	}
	// "似乎终于要见面了": 要 right before the contact word is about to, not
	// done, even with 了 (not 重要会晤, 主要会谈).
	if strings.HasSuffix(clause, "要") && !hasAnySuffix(clause, []string{"重要", "主要", "首要", "纲要", "摘要", "紧要", "显要"}) {
		return StatusPlanned
	}
	// The perfective 了 ("举行了会谈", "会见了") marks a contact that took
	// place; a time word elsewhere in the clause then belongs to a
	// modifier ("同明年G7轮值主席国法国的外长巴罗举行了会谈").
	if completed(clause, after) {
		return StatusFact
	}
	// "凯洛格宣布明年卸任，以及魏科夫与乌沙科夫的外泄通话": a clause
	// that opens another item of a list, a contact of its own persons,
	// does not share the items' cues (not "计划明年访华，以及与习近平的
	// 会晤", which shares the subject and the plan).
	for _, w := range []string{"以及", "还有", "此外", "另外"} {
		if rest, ok := strings.CutPrefix(clause, w); ok && !hasAnyPrefix(rest, connectors) && strings.Contains(rest, "的") {
			prefix = clause
		}
	}
	if containsAny(clause, plannedCues) || containsAny(prefix, strongPlannedCues) || reModalWill.MatchString(clause) {
		return StatusPlanned
	}
	// "李强还将出席…活动，并同古特雷斯会见": a verb joined by 并, or a
	// journey's next leg (将出访欧洲，赴克罗地亚…并正式访问), shares the
	// tense of the clauses before it back to the one with a subject (not
	// their attempts: "试图促成停火，并分别会见A、B").
	if hasAnyPrefix(clause, continuedClause) && futureBefore(sentence, cs) {
		return StatusPlanned
	}
	// "他正派遣特使魏科夫前往莫斯科，与普京会谈": the purpose of sending
	// someone, who is being sent, is still to come (not "特朗普派遣特使…，
	// 与普京会谈", a past errand).
	if hasAnyPrefix(clause, []string{"与", "同", "和", "以与", "以同"}) {
		if pcs, pce, ok := prevClause(sentence, cs); ok && containsAny(sentence[pcs:pce], []string{"正派", "正在派", "将派", "即将派", "准备派", "计划派"}) {
			return StatusPlanned
		}
	}
	// "访华的意愿", "会谈的可能性"; but in "在首脑会谈中确认了加强关系的
	// 意愿" the meeting frames what was said in it.
	_, ce := clauseBounds(sentence, trigStart, trigEnd)
	// "会晤的时间和地点正在商定中": what is still being settled, whatever
	// part of the contact it is.
	// (商定中 ends the clause: not 商定中美…)
	if containsAny(sentence[trigEnd:ce], []string{"正在商定", "正在商讨", "正在筹备", "正在安排"}) || strings.HasSuffix(sentence[trigEnd:ce], "商定中") {
		return StatusPlanned
	}
	if containsAny(maskExceptions(sentence[trigEnd:ce]), afterClauseCues) && !hasAnyPrefix(after, []string{"中", "时", "期间", "上"}) &&
		!relativeHead(sentence[trigEnd:ce]) {
		return StatusPlanned
	}
	// "两人的会面仍是未知数": whether it takes place is open; not what is
	// open after it or about it (会晤后局势仍不明朗, 会晤的成果仍不清楚).
	if reUncertain.MatchString(sentence[trigEnd:ce]) {
		return StatusPlanned
	}
	for _, c := range afterCues {
		if strings.HasPrefix(after, c) {
			return StatusPlanned
		}
	}
	return StatusFact
}

// reUncertain is what follows a contact whose taking place is left open:
// 仍是未知数, 能否举行仍不确定, 一事尚无定论.
var reUncertain = regexp.MustCompile(`^(?:一事|之事)?(?:能否|是否|会否|何时)?(?:举行|成行|实现|进行)?(?:目前|至今)?(?:仍然|仍|依然|还|尚|也)?(?:是|属|为)?(?:个|一个)?(?:` + strings.Join(uncertainCues, "|") + `)`)

// reModalWill is the modal 会 (will) or 要 (is to) after its subject or an
// adverb and before the connector or the adverb of a contact, or 会 right
// before the contact word: 他会与马杜罗会面, 普京也会同特朗普通话, 马克龙原本要
// 与普京会面, 马克龙也会访问中国; not the 会 that ends 峰会, 大会 (在峰会与X会谈,
// 在峰会访问期间), nor 主要 (主要与X会谈).
var reModalWill = regexp.MustCompile(`(?:^|[他她我你们□]|也|还|就|都|一定|肯定|应该|应当|可能|原本|本来)(?:[会要](?:与|同|和|跟|再)|会$)`)

// continuedClause opens a clause that goes on with the subject and the
// tense of the one before: another verb (并), another leg of a journey.
var continuedClause = []string{"并", "并且", "赴", "前往", "随后赴", "随后前往", "再赴", "再前往"}

// futureBefore reports a future cue in the clauses before the one at cs,
// back through those that go on from the one before them.
func futureBefore(sentence string, cs int) bool {
	for {
		pcs, pce, ok := prevClause(sentence, cs)
		if !ok {
			return false
		}
		prev := maskExceptions(sentence[pcs:pce])
		if containsAny(prev, futureCues) {
			return true
		}
		if !hasAnyPrefix(prev, continuedClause) {
			return false
		}
		cs = pcs
	}
}

// relativeOpeners are the words a relative clause on a visitor follows:
// a connector or a contact verb (与到访的X, 会见来访的X).
var relativeOpeners = []string{"与", "同", "和", "跟", "会见", "会晤", "会谈", "接见", "拜会"}

// mutualVisits reports a lead before 互访 that tells the visits of the two
// persons it names, done (成功互访, 实现互访, 第三轮互访, 通过互访、会晤…),
// not visits of groups or fields (艺术团组互访, 交流互访, 首脑互访的穿梭外交,
// 开展互访) or an invitation (发出互访邀请).
func mutualVisits(lead string) bool {
	return hasAnySuffix(lead, []string{"成功", "实现", "实现了", "通过", "轮"})
}

// departurePurpose reports a clause that opens with the destination of a
// departure told in the clause before ("习近平乘专机离开北京，赴美国举行中美元首
// 会晤"), or with an invitation after an arrival ("抵达旧金山，应邀同美国总统拜登
// 举行中美元首会晤"): a contact in it is what the trip is for, still to come
// when the departure or the arrival is reported. A visit is not: it begins
// with the departure. So is a contact an arrival is for within the clause
// ("习近平抵达旧金山举行中美元首会晤"; not "刚刚抵达河内的习近平…同…举行会谈").
func departurePurpose(s string, cs, ts int) bool {
	if reArrivalPurpose.MatchString(s[cs:ts]) {
		return true
	}
	pcs, pce, ok := prevClause(s, cs)
	if !ok {
		return false
	}
	prev := s[pcs:pce]
	if strings.HasPrefix(s[cs:], "应邀") {
		_, ce := clauseBounds(s, cs, cs)
		return strings.Contains(prev, "抵达") && !strings.Contains(s[cs:ce], "了")
	}
	// A leader's departure from home (乘专机离开北京, 离京, 启程); not leaving
	// a hotel to go to the meeting (從下榻酒店離開，前往會晤…: it took place).
	return hasAnyPrefix(s[cs:], []string{"赴", "飞赴", "前往", "飞往"}) &&
		(containsAny(prev, []string{"离京", "启程"}) || strings.Contains(prev, "离开") && containsAny(prev, []string{"专机", "包机"}))
}

// reArrivalPurpose is an arrival at a place and what it is for, in one
// clause: 抵达旧金山举行.
var reArrivalPurpose = regexp.MustCompile(`(?:抵达|飞抵)[^的，。、了\s]{1,8}?举行`)

// relativeHead reports a contact word that ends a relative clause whose
// head, a few words long, stands before the first cue of intention after
// it ("访美的沙特王储本·萨勒曼计划投资…": the prince plans, the visit is
// told as under way), unlike a cue that the relative clause itself
// modifies (访华的计划, 会晤的具体安排).
func relativeHead(after string) bool {
	rest, ok := strings.CutPrefix(after, "的")
	if !ok {
		return false
	}
	i := indexAny(rest, afterClauseCues)
	return i >= 0 && utf8.RuneCountInString(rest[:i]) > 4 && !strings.Contains(rest[:i], "的")
}

// reDeniedBefore ends a clause up to a contact that is denied: 克里姆林宫否认
// 普京与特朗普通过电话 (not one in an aside after the denial of something
// else: 德黑兰否认…（在…访问马斯喀特…背景下）).
var reDeniedBefore = regexp.MustCompile(`否认(?:曾经?|过)?[^，。；（）()]{0,16}$`)

// reDeniedAfter follows a contact that is denied: 通电话一事遭到否认.
var reDeniedAfter = regexp.MustCompile(`^[^，。；]{0,10}?(?:遭到否认|被否认|予以否认|遭否认)`)

// reHeldLater follows a contact said to take place later: 会谈预计将于周五
// 举行 (not what comes after it: 会谈后将举行记者会).
var reHeldLater = regexp.MustCompile(`^[^，。；后前]{0,8}?(?:将于|将在|预计将?于?|定于|拟于|计划于|有望于?)[^，。；]{0,12}?(?:举行|进行|召开|登场|展开)`)

// reNoAnswer follows a call that did not get through: 打电话，但无法接通.
var reNoAnswer = regexp.MustCompile(`^了?[，,]?(?:但|却|但是|可|可是)?(?:一直|始终|仍)?(?:无法|未能|没能|没有|未|没)(?:接通|打通|拨通)`)

// calledOff reports a word that calls the contact off shortly after its
// trigger (访中行程临时取消, 会谈被推迟), not one that is the object of
// what was agreed there (会谈后宣布取消关税).
func calledOff(after string) bool {
	if reNotHeld.MatchString(after) {
		return true
	}
	i := indexAny(after, afterNegatedCues)
	return i >= 0 && utf8.RuneCountInString(after[:i]) <= 8 && !containsAny(after[:i], []string{"宣布", "决定", "同意", "商定", "讨论", "要求", "呼吁"})
}

// reNotHeld follows a contact that did not take place, the verb ending its
// clause: 会面未能如期举行, 会晤最终没有实现 (not 会晤未能实现突破, a meeting
// that achieved nothing).
var reNotHeld = regexp.MustCompile(`^[^，。；]{0,6}?(?:未能|没能|没有|并未|未曾|未)(?:如期|按期|按时|按计划|顺利|最终)?(?:举行|成行|实现)(?:了|过)?(?:$|[，。；！？])`)

// completed reports the perfective 了 on a contact verb: right after the
// trigger, or on the light verb before it (举行了, 进行了).
func completed(clause, after string) bool {
	return strings.HasPrefix(after, "了") || strings.HasSuffix(clause, "举行了") || strings.HasSuffix(clause, "进行了")
}

func maskExceptions(s string) string {
	for _, e := range cueExceptions {
		if strings.Contains(s, e) {
			s = strings.ReplaceAll(s, e, "　")
		}
	}
	// "应X的要求/邀请" (at X's request): the contact took place.
	blank := func(m string) string { return strings.Repeat("　", utf8.RuneCountInString(m)) }
	s = reAtRequest.ReplaceAllStringFunc(s, blank)
	// "马克龙即将访华前，王毅…通电话": a coming event that frames the time
	// of the clause after it says nothing of that clause's modality.
	s = reFutureFrame.ReplaceAllStringFunc(s, blank)
	// A time word that describes a participant ("明年G7轮值主席国法国总统
	// 马克龙": next year's chair) says nothing of when the contact is.
	for _, w := range []string{"明年", "下届", "下任", "下一任"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		rest := s[i+len(w):]
		for _, h := range []string{"主席国", "主办国", "东道主", "轮值主席"} {
			if j := strings.Index(rest, h); j >= 0 && utf8.RuneCountInString(rest[:j]) <= 12 {
				s = s[:i] + strings.Repeat("　", utf8.RuneCountInString(w)) + rest
				break
			}
		}
	}
	return s
}

// invited reports a person inside "应X邀请" / "应X的要求": the one who
// invited or asked, not an actor of the clause.
func invited(s string, m *mention) bool {
	for _, sp := range reAtRequest.FindAllStringIndex(s, -1) {
		if m.start >= sp[0] && m.end <= sp[1] {
			return true
		}
	}
	return false
}

// reTimes counts the occasions of a contact: 2次, 两次, 三度.
var reTimes = regexp.MustCompile(`(?:\d|两|二|三|四|五)(?:次|度)`)

// reDisposal is 将 with the object of a verb of calling, regarding or
// moving ("将与X的会面吹嘘为…", "将此次访问视为…", "将韩国推向…").
var reDisposal = regexp.MustCompile(`将[^，。；,将]{1,30}?(?:视为|称为|称作|吹嘘为|描述为|形容为|定性为|列为|看作|当作|比作|比喻为|比喻成|誉为|推向|推到|推入|拉向|拉入|拖入|置于|纳入|引向|打造成)`)

// reTreatAs is 将 with the object of 作为 or 做为 (将中国作为…): treating X as.
var reTreatAs = regexp.MustCompile(`将[^，。；,将]{1,12}?(?:作为|做为)`)

// reFutureFrame is a clause that places what follows before a coming event
// ("X即将访问中国前，", "在Y将于下周访美之前，"); not "X将于访华前，与Y通话",
// where 将 is the tense of the clause after it too.
var reFutureFrame = regexp.MustCompile(`(?:在[^，。；,]{0,16}?(?:即将|将要|将于|将)|即将)[^，。；,]{0,24}?(?:之前|前夕|前)[，,]`)

var reAtRequest = regexp.MustCompile(`应[^，。；,]{0,30}?(?:的)?(?:要求|请求|邀请|邀约|提议)|在[^，。；,]{0,30}?(?:的)?邀请下`)

// possessive reports whether a mention modifies what follows it ("普京的特使",
// "在习近平陪同下") rather than being a party.
func possessive(s string, m *mention) bool {
	rest := s[pastGloss(s, m.end):]
	if hasAnyPrefix(rest, dependents) && !strings.HasPrefix(rest, "之间") && !tenureSubject(s, m, rest) {
		return true // also "川普政府的代表", "习近平智囊刘鹤": someone else acts (not "A与B之间")
	}
	// "特朗普外交特使维特科夫", "普京外交顾问乌沙科夫": a field before the
	// servant's title.
	for _, f := range servantFields {
		if after, ok := strings.CutPrefix(rest, f); ok && hasAnyPrefix(after, servants) {
			return true
		}
	}
	// "城楼上的毛泽东像", "列宁雕像": an image of the person.
	if hasAnyPrefix(rest, images) || strings.HasPrefix(rest, "像") && strings.HasSuffix(s[:m.start], "的") {
		return true
	}
	// "习近平主席特别代表、国家副主席韩正", "泽连斯基总统的国安顾问乌梅罗夫":
	// a title, then the one who serves the person.
	for _, t := range []string{"主席", "总统", "总理", "首相", "国王"} {
		if after, ok := strings.CutPrefix(rest, t); ok && (hasAnyPrefix(strings.TrimPrefix(after, "的"), servants) || hasAnyPrefix(after, eraWords)) {
			return true
		}
	}
	return false
}

// tenureSubject reports "尼尼斯托任内多次与普丁会晤": a person who opens
// a clause, with no 在 before, and whose tenure goes on into the clause (no
// comma, no 的) is its subject, in office at the time; not "在特朗普任内，…"
// nor "奥巴马任内的政策".
func tenureSubject(s string, m *mention, rest string) bool {
	after, ok := strings.CutPrefix(rest, "任内")
	if !ok || after == "" || hasAnyPrefix(after, []string{"，", ",", "的", "。", "、", "；"}) {
		return false
	}
	cs, _ := clauseBounds(s, m.start, m.start)
	lead := s[cs:m.start]
	return !strings.Contains(lead, "在") && utf8.RuneCountInString(lead) <= 8
}

// images are the words after a person for an image, a memorial or a
// residence of them (a lone 像 only after 的: "特朗普像往常一样" is a
// comparison).
var images = []string{"画像", "雕像", "铜像", "塑像", "遗像", "肖像", "头像", "纪念馆", "纪念堂", "故居", "陵墓",
	"官邸", "府邸", "私邸", "宅邸", "寓所", "住所"} // 在特朗普官邸与特朗普会面

// eraWords name a time after a person: 奥巴马总统时期, 特朗普任内.
var eraWords = []string{"时期", "任内", "时代", "执政时期", "执政期间", "1期", "2期", "一期", "二期"}

// dependents are the words after a person that make the person a
// modifier of someone or something else: 普京的…, 川普政府, 泽连斯基国安顾问.
// (eraWords too: "奥巴马时期开启的机制" names a time after the person.)
var dependents = append(append(append([]string{"的", "陪同", "之", "政府", "当局", "团队", "阵营", "家族", "智囊",
	"盟友", "女婿", "律师", "式"}, kin...), servants...), eraWords...)

// servantFields name the field of an envoy or adviser: 外交特使, 中东特使.
var servantFields = []string{"外交", "中东", "首席", "高级", "经济", "安全", "对外", "外事", "军事", "贸易", "私人", "和平"}

// servants are those who act for a person: an envoy, an adviser, a
// spokesman, the head of the person's office.
var servants = []string{"特使", "特别代表", "顾问", "幕僚", "助手", "助理", "发言人", "国安顾问", "国家安全顾问",
	"国家安全事务助理", "办公室主任", "新闻秘书"}

// pastGloss returns the offset after a gloss in brackets that follows a
// name ending at end (梅尔茨（Friedrich Merz，又译默茨）政府), from either
// name of the pair; else end.
func pastGloss(s string, end int) int {
	if strings.HasPrefix(s[end:], "）") {
		end += len("）")
	} else if strings.HasPrefix(s[end:], ")") {
		end++
	}
	rest := s[end:]
	if strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "(") {
		if i := indexAny(rest, []string{"）", ")"}); i > 0 {
			if strings.HasPrefix(rest[i:], ")") {
				return end + i + 1
			}
			return end + i + len("）")
		}
	}
	return end
}

// modifiesTrigger reports "A与B的首次会谈": the 的 after B (or after its
// gloss in brackets) leads, within a few characters, to the trigger
// itself, so B is a party of it.
func modifiesTrigger(s string, m, t *mention) bool {
	at := pastGloss(s, m.end)
	if !strings.HasPrefix(s[at:], "的") || t.start < at {
		return false
	}
	// Not "与蒂斯的母亲会面", "与特朗普的特使会面": someone of the person's.
	between := s[at+len("的") : t.start]
	return utf8.RuneCountInString(s[at:t.start]) <= 6 && !containsAny(between, kin) && !containsAny(between, servants)
}

// kin are the words for a person's relatives.
var kin = []string{"母亲", "父亲", "妻子", "丈夫", "夫人", "儿子", "女儿", "家人", "家属", "遗孀", "亲属", "兄弟", "姐妹", "孙子", "孙女"}

var connectors = []string{"同", "与", "和", "跟", "及"}

// contactPairs pairs the parties of a meeting or call.
//   - "A会见B和C": A–B, A–C (left × right)
//   - "A同B会谈", "A同B、C共同主持": A–B, A–C (the first connector splits the left)
//   - "A、B、C举行三方会谈", "A、B和C举行会晤": every pair
func (x *Extractor) contactPairs(s string, ms, left, right []*mention, t *mention) [][2]*mention {
	var pairs [][2]*mention
	add := func(a, b *mention) {
		if a.key() == b.key() && a.kind == mPerson && b.kind == mPerson {
			return
		}
		pairs = append(pairs, [2]*mention{a, b})
	}
	if len(left) == 0 {
		return nil
	}
	if len(right) > 0 && t.trig.Shape == shapeContact {
		// "习近平同普京举行会谈后会见了莫迪": the one a preposition joins
		// to the subject is the party of the contact between, not of this.
		if len(left) > 1 && bareConnector(stripMentions(s, ms, left[0].end, left[1].start)) != "" &&
			triggerWithin(ms, left[len(left)-1].end, t.start) {
			left = left[:1]
		}
		// Only the nearest subject side: "A同B会见C" is rare; "A会见B" common.
		for _, a := range left {
			for _, b := range right {
				add(a, b)
			}
		}
		return pairs
	}
	// "A与B通电话后又与C通话": those joined to the subject before an earlier
	// contact word are that contact's parties; the subject alone goes on
	// (not past a visit word: 与到访的伊朗外长阿拉格齐).
	for i := 2; i < len(left); i++ {
		if slices.ContainsFunc(ms, func(o *mention) bool {
			return o.kind == mTrigger && o.trig.Shape == shapeContact && o.start >= left[i-1].end && o.end <= left[i].start
		}) {
			left = append([]*mention{left[0]}, left[i:]...)
			break
		}
	}
	// "A和B在大会召开前与哈马斯举行了会晤": one side, meeting a body; but
	// "沙拉于5月特朗普访问沙特期间首次与他会面": a pronoun for a person named.
	// (Not the connector of two contact words: "A与B通话与会晤".)
	end := t.start
	if slices.ContainsFunc(ms, func(o *mention) bool {
		return o.kind == mTrigger && o.end < end && hasAnyPrefix(s[o.end:end], connectors) && end-o.end == len("与")
	}) {
		end -= len("与")
	}
	tail := maskNonConnectors(stripGlosses(stripMentions(s, ms, left[len(left)-1].end, end)))
	if i := indexAny(tail, []string{"与", "同", "跟"}); i >= 0 && !pronounSubject(tail[i+len("与"):]) {
		return nil
	}
	// "魏科夫、卢比奥和一些乌克兰人士会面": colleagues of one country
	// listed before a group meet the group, not each other ("马克龙、梅尔茨
	// 和乌克兰官员…举行了会晤" still meet each other).
	groupTail := reGroupTail.MatchString(tail)
	// "斯塔默还与特朗普讨论了在日内瓦举行的…会谈": the contact is what
	// the two discussed, not theirs (but "向普京介绍了两人当天的会谈成果"
	// names its parties).
	// Nor is a contact right after the verb ("习近平向拜登介绍了会谈成果").
	if i := indexAny(tail, discussVerbs); i >= 0 && (strings.Contains(tail[i:], "的") || hasAnySuffix(strings.TrimSuffix(tail, "了"), discussVerbs)) &&
		!containsAny(tail[i:], collectiveWords) {
		return nil
	}
	if ps := pairedItems(s, ms, left); ps != nil {
		return ps
	}
	split := -1
	for i := 1; i < len(left); i++ {
		gap := stripMentions(s, ms, left[i-1].end, left[i].start)
		if containsAny(gap, connectors) {
			split = i
			// "A、B和C举行会晤": 和 or 及 closing an enumeration joins one
			// list of equals, unlike a preposition (A同B、C共同主持). The
			// word that opens the gap decides, after a gloss in brackets
			// (…鲁吉尼涅（Inga Ruginiene）和经济与创新部长格里克沙斯).
			// But a preposition after what 和 adds to the list still
			// splits there: "A、B、C和其他美国代表团成员在日内瓦与D会谈".
			if i >= 2 && (hasAnyPrefix(stripGlosses(gap), []string{"和", "及", "以及"}) || !containsAny(gap, []string{"同", "与", "跟"})) &&
				!prepositionAfterList(gap) {
				split = -1
				// "马克龙、默茨和斯塔默与泽连斯基通话": a preposition after
				// the list splits there.
				if j := laterPreposition(s, ms, left, i); j > i {
					split = j
				}
			}
			break
		}
	}
	if split > 0 {
		split = laterPreposition(s, ms, left, split)
	}
	if split > 0 && !x.multilateral(s[left[len(left)-1].end:t.start]) {
		for _, a := range left[:split] {
			for _, b := range left[split:] {
				add(a, b)
			}
		}
		return pairs
	}
	// Several persons with no connector between them: a multilateral
	// meeting of a few ("A、B、C举行三方会谈"), not a list of attendees
	// ("…等参加了会见", a dozen leaders named before 会见).
	if len(left) >= 2 && (len(left) <= 4 || x.multilateral(s[left[len(left)-1].end:t.start])) {
		for i := range left {
			for j := i + 1; j < len(left); j++ {
				if groupTail && sameCountry(left[i], left[j]) {
					continue
				}
				add(left[i], left[j])
			}
		}
	}
	return pairs
}

// prepositionAfterList reports a gap between names that closes a list with
// 和 or 及 and a group (和其他代表团成员), then has a preposition after words
// of place or time (在日内瓦与): the list is one side, the name after the
// gap the other.
func prepositionAfterList(gap string) bool {
	g := maskNonConnectors(stripGlosses(gap))
	for _, w := range []string{"以及", "和", "及"} {
		if strings.HasPrefix(g, w) {
			g = g[len(w):]
			break
		}
	}
	i := indexAny(g, []string{"与", "同", "跟"})
	return i > 0 && strings.ContainsFunc(g[:i], isHan) && containsAny(g[:i], []string{"其他", "其余", "成员", "官员", "代表"})
}

// sameCountry reports two persons whose one known country is the same.
func sameCountry(a, b *mention) bool {
	ca, cb := mentionCountry(a), mentionCountry(b)
	return ca != "" && ca == cb
}

// mentionCountry is the country the context or the dictionary gives a
// person mention, or "".
func mentionCountry(m *mention) string {
	if len(m.countries) == 1 {
		return m.countries[0].ID
	}
	if len(m.persons) == 1 {
		return m.persons[0].Country
	}
	return ""
}

// mentionVerbs are verbs of speaking of something, whose object may be a
// contact of the persons named after them.
var mentionVerbs = []string{"提及", "提到", "谈到", "谈及", "说起"}

// verbBetween reports two persons of the sentence's own mentions, a before
// b, between whom the words end in one of verbs ("木原稔…提及|高市早苗",
// "埃米尔促成|齐塞克迪"); a person borrowed from another sentence has no
// offsets here.
func verbBetween(s string, ms []*mention, a, b *mention, verbs []string) bool {
	return slices.Contains(ms, a) && slices.Contains(ms, b) && a.end <= b.start &&
		hasAnySuffix(stripMentions(s, ms, a.end, b.start), verbs)
}

// reSentBy follows a person who sent the one met: 布尔汉派出的代表, X的特使.
var reSentBy = regexp.MustCompile(`^(?:所?派出|派遣|委派|所派|派来)的(?:代表|特使|使者|代表团|特别代表|使节)|^的(?:特使|特别代表|私人代表)`)

// thankVerbs are verbs of thanking, whose object met the subjects: 感谢X拨冗会见.
var thankVerbs = []string{"感谢", "感激", "谢谢"}

// brokerVerbs are verbs of bringing others to a contact: 促成A和B会面.
var brokerVerbs = []string{"促成", "撮合", "牵线", "促使", "说服"}

// opinionVerbs are verbs of saying or thinking whose object may be a
// contact of others: X认为A与B会晤….
var opinionVerbs = append(sayingVerbs[:len(sayingVerbs):len(sayingVerbs)], "称", "透露", "坦言", "相信", "觉得", "声称", "宣称")

// judgingVerbs are verbs of judging whose object may be a contact of
// others: X欢迎A与B的会晤, X批评A和B会面.
var judgingVerbs = []string{"欢迎", "称赞", "赞扬", "赞赏", "赞许", "批评", "谴责", "抨击", "指责", "支持", "反对", "关注", "肯定", "祝贺", "评价", "质疑", "担忧"}

// discussVerbs are verbs whose object may be a contact of others.
var discussVerbs = []string{"讨论", "谈到", "谈及", "探讨", "通报", "介绍"}

// reGroupTail is what closes a list of persons before a contact word with
// a group that is not named: 和一些乌克兰人士, 及其他官员.
var reGroupTail = regexp.MustCompile(`^(?:和|及|以及)[^，。；]{0,12}(?:人士|官员|代表团|代表|成员|高官|团队)`)

// laterPreposition moves the split between the two sides of a contact from
// a connector that joins subjects to a later one that an adverbial shows to
// be the preposition: "马克龙、默茨与施凯尔今天与泽连斯基通话" has 马克龙, 默茨
// and 施凯尔 on one side. The first connector must stand bare (after any
// gloss in brackets) between two names; after the 和 of a list, any later
// preposition splits.
func laterPreposition(s string, ms, left []*mention, split int) int {
	// "马克龙和默茨分别与普京会面", "A和B与C会谈": after the 和 of a list of
	// subjects, the first preposition, bare or after an adverbial, splits.
	first := stripMentions(s, ms, left[split-1].end, left[split].start)
	if g := strings.TrimSpace(stripGlosses(first)); g == "和" || g == "及" || g == "以及" {
		for j := split + 1; j < len(left); j++ {
			gap := maskNonConnectors(stripGlosses(stripMentions(s, ms, left[j-1].end, left[j].start)))
			if containsAny(gap, []string{"与", "同", "跟"}) && !strings.ContainsAny(gap, "，、") {
				return j
			}
		}
		return split
	}
	if bareConnector(first) == "" {
		return split
	}
	for j := split + 1; j < len(left); j++ {
		gap := stripGlosses(stripMentions(s, ms, left[j-1].end, left[j].start))
		if i := indexAny(gap, []string{"与", "同", "跟"}); i > 0 && strings.ContainsFunc(gap[:i], isHan) {
			return j
		}
	}
	return split
}

// bareConnector returns gap's connector when the gap, glosses in brackets
// removed, is only that (与, 同, 跟), else "".
func bareConnector(gap string) string {
	g := strings.TrimSpace(stripGlosses(gap))
	if g == "与" || g == "同" || g == "跟" {
		return g
	}
	return ""
}

// stripGlosses removes the parts of s in brackets: （Keir Starmer）.
func stripGlosses(s string) string {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		for {
			i := strings.Index(s, p[0])
			if i < 0 {
				break
			}
			j := strings.Index(s[i:], p[1])
			if j < 0 {
				break
			}
			s = s[:i] + s[i+j+len(p[1]):]
		}
	}
	return s
}

// pairedItems reads an enumeration whose items are pairs ("茂木与苏吉约诺、
// 小泉与沙夫里还举行了个别会谈"): each item's two persons met, and the
// items did not meet each other. Each item joins its two with the same
// word: "A与B、C和D举行会谈" is A meeting a list. It returns nil for any
// other shape.
func pairedItems(s string, ms, left []*mention) [][2]*mention {
	if len(left) < 4 || len(left)%2 != 0 {
		return nil
	}
	var pairs [][2]*mention
	var joiner string
	for i := 1; i < len(left); i++ {
		gap := strings.TrimSpace(stripMentions(s, ms, left[i-1].end, left[i].start))
		if i%2 == 1 {
			if gap != "与" && gap != "同" && gap != "和" && gap != "跟" || joiner != "" && gap != joiner {
				return nil
			}
			joiner = gap
			pairs = append(pairs, [2]*mention{left[i-1], left[i]})
		} else if gap != "、" && gap != "，" && gap != "；" {
			return nil
		}
	}
	return pairs
}

// reClauseTime is a time phrase inside a clause's lead, which says nothing
// of its subject: "我11月14日晚上与X通话" opens with 我 as much as "我与X通话".
var reClauseTime = regexp.MustCompile(`(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:晚上|晚间|上午|下午|早上|凌晨|中午|傍晚|晚)?`)

// listedBefore returns the person that ends the clause before cs when that
// clause lists examples (包括加州参议员威善高，他4月曾率团访台) or names
// whom it is about (措辞最为严厉的是副总统万斯，他当时…访问该国): a pronoun
// right after stands for that person. It returns nil otherwise.
func listedBefore(s string, ms []*mention, cs int) *mention {
	pcs, pce, ok := prevClause(s, cs)
	if !ok {
		return nil
	}
	examples := hasAnyPrefix(s[pcs:pce], []string{"包括", "其中", "例如", "比如", "其中包括"})
	for _, m := range ms {
		if m.kind == mPerson && m.start >= pcs && m.end <= pce && strings.TrimSpace(stripGlosses(s[m.end:pce])) == "" &&
			(examples || strings.HasSuffix(trimInitials(stripMentions(s, ms, pcs, m.start)), "的是")) {
			return m
		}
	}
	return nil
}

// inTimeFrame reports whether person m stands inside a frame of time that
// opens with 在 after the clause's subject and closes before the contact
// word (两人在…特朗普-习近平峰会后也在马来西亚会面): the frame's event is
// another one.
func inTimeFrame(s string, cs int, m, t *mention) bool {
	if m.start < cs || m.end > t.start {
		return false
	}
	lead := s[cs:m.start]
	i := strings.Index(lead, "在")
	if i <= 0 || !hasAnyPrefix(lead, []string{"两人", "二人", "双方", "他们", "她们", "两国"}) {
		return false
	}
	rest := s[m.end:t.start]
	for _, w := range []string{"后", "前", "期间", "之际"} {
		if j := strings.Index(rest, w); j >= 0 && strings.ContainsFunc(rest[j+len(w):], isHan) {
			return true
		}
	}
	return false
}

// comparison reports a clause that compares with what it tells
// ("与2014年习近平对韩国进行国事访问时不同"): its 与 joins no party.
func comparison(clause string) bool {
	for _, w := range []string{"但", "而", "不过", "然而", "可是"} {
		clause = strings.TrimPrefix(clause, w)
	}
	return hasAnyPrefix(clause, []string{"与", "和", "同", "跟"}) &&
		hasAnySuffix(clause, []string{"不同", "相比", "一样", "相同", "相似", "类似", "有别", "不一样"})
}

// opensWithConnector reports whether the words before a clause's first
// person are a connector with at most a few words before it (还与, 分别同,
// 在日内瓦同) and place words after it (与宫古岛市市长…): the clause's
// subject was named before the clause.
func opensWithConnector(lead string) bool {
	lead = stripDateline(lead)
	if lead == "及" || lead == "以及" || lead == "和" || lead == "、" {
		return false // only the 及 of "加拿大及德国总理": no earlier subject
	}
	// The 以及 that opens an item of a list is no connector of the contact:
	// "以及中东特使魏科夫与…的通话" names its subject (not "以及与X会谈").
	lead = strings.TrimPrefix(lead, "以及")
	lead = maskNonConnectors(reClauseTime.ReplaceAllString(lead, ""))
	best := -1
	// (受到 opens a passive contact whose receiver is the earlier subject:
	// "前往邦特兰，受到副总统X的接见".)
	for _, c := range append(connectors[:len(connectors):len(connectors)], "受到") {
		if i := strings.Index(lead, c); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	// The place of the contact right before the connector (他今年8月在美国
	// 阿拉斯加第一大城安克拉治与) is not counted: only the words before it.
	before := reConnTime.ReplaceAllString(lead[:best], "")
	if i := strings.LastIndex(before, "在"); i >= 0 && !strings.ContainsAny(before[i:], "，、：") {
		before = before[:i]
	}
	// (A pronoun that opens it is its subject, whatever it did before the
	// connector: 她在社交媒体发布了…与X会面的照片.)
	if pronounSubject(before) {
		return utf8.RuneCountInString(before) <= 16
	}
	return utf8.RuneCountInString(before) <= 8
}

// reConnTime is a month or a relative time that may open a clause before
// its connector: 今年8月, 去年, 上月.
var reConnTime = regexp.MustCompile(`(?:今年|去年|前年)?\d{1,2}月(?:初|中旬|下旬|底|份)?|今年|去年|前年|上月|本月|上周|本周|今天|昨天|当天|当日|同日|日前|近日`)

// maskNonConnectors blanks words that hold a connector's character but join
// nothing: 共同, 同意, 和平, 参与 …, and the 与 of an office's portfolio.
func maskNonConnectors(s string) string {
	s = strings.ReplaceAll(s, "同意大利", "同□大利") // 同 before 意大利 joins
	for _, w := range []string{"党和国家", "党和政府", "共和", "和平", "同时", "同意", "共同", "与会", "参与", "同期", "同比", "同日", "同年", "同月", "给与", "陪同", "一同", "协同", "同样", "相同", "同一", "如同", "同行", "同志", "同胞", "同事", "同盟", "同学"} {
		s = strings.ReplaceAll(s, w, "□□")
	}
	// The portfolio of an office: 外交与侨务大臣, 分管贸易和经济安全的委员.
	return rePortfolio.ReplaceAllString(s, "$1□$2")
}

// rePortfolio is two fields of an office's portfolio joined by a
// connector's character (外交与侨务, 贸易和经济安全).
var rePortfolio = func() *regexp.Regexp {
	const fields = `外交|贸易|经济|事务|工业|商务|财政|金融|科技|科学|技术|教育|文化|卫生|国防|安全|侨务|发展|规划|合作|投资|能源|环境|农业|旅游|体育|交通|通信|信息化|创新|移民|司法|内政|社会|劳动|就业|青年|住房|城市|水利|矿业|海洋|渔业|林业|国际|欧洲|公共|阿拉伯|非洲|亚洲|中东|美洲|拉美|亚太|大洋洲|港澳|北美|南亚|东南亚|中亚|西亚|北非|欧亚`
	return regexp.MustCompile(`(` + fields + `)[与和及](` + fields + `)`)
}()

// indexAny returns the first offset in s of any of subs, or -1.
func indexAny(s string, subs []string) int {
	best := -1
	for _, x := range subs {
		if i := strings.Index(s, x); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// afterLastOf returns the offset in s right after the last occurrence of
// any of subs, or -1.
func afterLastOf(s string, subs []string) int {
	best := -1
	for _, x := range subs {
		if i := strings.LastIndex(s, x); i >= 0 && i+len(x) > best {
			best = i + len(x)
		}
	}
	return best
}

// occurrences yields the byte offset of each occurrence of w in s (w not
// empty), left to right, each looked for after the end of the one before.
func occurrences(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; ; {
			i := strings.Index(s[from:], w)
			if i < 0 || !yield(from+i) {
				return
			}
			from += i + len(w)
		}
	}
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// multilateral reports words between a list of persons and a contact word
// that make it one meeting of all of them: 三方, 多方, a count of the
// countries (举行中俄蒙三国元首会晤), or the leaders of three countries named
// by their abbreviations (举行中俄蒙元首第七次会晤).
func (x *Extractor) multilateral(between string) bool {
	if containsAny(between, []string{"三方", "四方", "多方", "三国", "四国", "五国"}) {
		return true
	}
	for _, loc := range reThreeLeaders.FindAllStringSubmatchIndex(between, -1) {
		a, b, c := between[loc[2]:loc[3]], between[loc[4]:loc[5]], between[loc[6]:loc[7]]
		if a != b && b != c && a != c && x.threeAbbrevs(between, loc) {
			return true
		}
	}
	return false
}

// threeAbbrevs reports whether a match loc of reThreeLeaders in s names
// three countries by their abbreviations, after no digit (29日韩美: a day,
// not Japan).
func (x *Extractor) threeAbbrevs(s string, loc []int) bool {
	return !endsInDigit(s[:loc[0]]) && x.abbrev[s[loc[2]:loc[3]]] != nil && x.abbrev[s[loc[4]:loc[5]]] != nil && x.abbrev[s[loc[6]:loc[7]]] != nil
}

// eventName is the meeting named after 共同主持, up to the end of its clause.
func eventName(after string) string {
	e := strings.TrimPrefix(after, "了")
	for _, stop := range []string{"并", "时", "期间"} {
		if i := strings.Index(e, stop); i > 0 {
			e = e[:i]
		}
	}
	return strings.TrimSpace(e)
}

// place is the location in "在北京", "在人民大会堂" between cs and the
// trigger at at, or "". The 在 is no part of a name (李在明). The location
// is cut before a connector, a contact word or an adverb of the contact
// (在北京|分别会见, 在海南博鳌|集体会见), and it holds no person (在黑格塞斯与…
// 的会晤中), digit, time, verb or count (在今年4月访台并, 在白宫接待了, 在社交
// 媒体上表示). What is left is a place when the dictionary knows its start
// (北京人民大会堂), it ends as a venue does (…宫, …宾馆, …办公室), it is a
// capital (首都大马士革), or the segmenter reads it as a place or as a short
// noun that is no collective (海南博鳌, 银川; not 双方). 京 alone is Beijing.
func (x *Extractor) place(s string, ms []*mention, cs, at int) string {
	before := s[cs:at]
	i := strings.LastIndex(before, "在")
	if i < 0 {
		return ""
	}
	from := cs + i
	if slices.ContainsFunc(ms, func(m *mention) bool { return m.start <= from && from < m.end }) {
		return "" // 李在明
	}
	pStart := from + len("在")
	p := before[i+len("在"):]
	if q, ok := strings.CutPrefix(p, "赴"); ok { // 在赴巴黎对法国进行国事访问之际
		p, pStart = q, pStart+len("赴")
	}
	if strings.HasPrefix(p, "内的") {
		return "" // 包括…在内的
	}
	// (共同 before 同: 在沙特利雅得共同出席.)
	// (Not the 和 of 共和国: 于南非共和国举行.)
	for _, stop := range []string{"共同", "同", "与", "和", "跟", "会见", "会晤", "会谈", "接见", "举行", "主持", "出席", "通过", "以", "对", "进行", "之际"} {
		if j := strings.Index(strings.ReplaceAll(p, "共和国", "共〇国"), stop); j >= 0 {
			p = p[:j]
		}
	}
	for trimmed := true; trimmed; {
		trimmed = false
		for _, adv := range placeAdverbs {
			if q, ok := strings.CutSuffix(p, adv); ok && q != "" {
				p, trimmed = q, true
			}
		}
	}
	// "在双方于椭圆形办公室举行的会晤中": the place is what 于 names.
	if j := strings.LastIndex(p, "于"); j >= 0 {
		p, pStart = p[j+len("于"):], pStart+j+len("于")
	}
	end := pStart + len(p)
	if slices.ContainsFunc(ms, func(m *mention) bool {
		return (m.kind == mPerson || m.kind == mTitle || m.kind == mTrigger) && m.start < end && m.end > from
	}) {
		return "" // 在黑格塞斯与…的会晤中: a person, no place; nor a contact (在川習會時)
	}
	if p == "京" {
		return "北京"
	}
	n := utf8.RuneCountInString(p)
	if n < 2 || n > 14 {
		return ""
	}
	for _, bad := range []string{"时", "中", "期间", "之际", "上", "后", "前"} {
		if strings.HasSuffix(p, bad) {
			return ""
		}
	}
	if strings.ContainsAny(p, "0123456789、") || containsAny(p, notPlaceWords) || containsAny(p, collectiveWords) {
		return ""
	}
	capital := strings.HasPrefix(p, "首都") && n >= 4 && reHanOnly.MatchString(p)     // 首都大马士革
	short := n <= 3 && reHanOnly.MatchString(p) && !containsAny(p, collectiveWords) // 银川 (the segmenter's noun), not 双方
	if ok, named := x.seg.placeWords(p); placeCountry(x.dict, p) != "" || hasAnySuffix(p, venueSuffixes) || capital || ok && (named || short) {
		return p
	}
	return ""
}

// notPlaceWords are verbs, times and counts that the words between 在 and
// a contact hold when they are no place (在白宫接待了, 在布达佩斯应邀, 在西安、
// 北京两度会晤, 在曼谷线下会见).
var notPlaceWords = []string{"接待", "加入", "应邀", "应约", "开始", "表示", "期待", "预计", "计划", "访问", "出访", "前往", "抵达", "结束",
	"举办", "讨论", "落实", "重申", "机会", "协调", "重启", "首次", "再次", "多次", "两度", "两次", "一次", "那次", "这次", "此次",
	"最近", "当天", "当日", "未来", "今年", "去年", "明年", "本周", "上周", "下周", "时间", "线下", "线上", "首脑", "期间", "不久", "峰会",
	"双边", "多边", "通话", "消息", "新年", "场合"}

// placeAdverbs are words of the contact that the segment after 在 may end
// with: 在北京分别会见, 在人民大会堂集体会见, 在中南海亲切会见.
var placeAdverbs = []string{"分别", "集体", "亲切", "成功", "正式", "再次", "首次", "一同", "同时", "进行", "的"}

// venueSuffixes end the names of the buildings and grounds contacts are held
// in.
var venueSuffixes = []string{"宫", "馆", "堂", "厅", "府", "楼", "厦", "园", "中心", "基地", "办公室", "官邸", "总部", "驻地", "庄园", "山庄", "酒店", "饭店", "宾馆", "斋", "阁", "台", "寺", "院",
	"机场", "广场", "发射场", "省", "市", "州", "县", "区", "镇", "城", "岛", "港"}

// respectively pairs visitors and countries one to one in "A和B分别访问C和D"
// (sorting the visitors by position): the countries joined right after
// the trigger, as many as the visitors. It returns nil for any other
// sentence.
func respectively(s string, ms []*mention, t *mention, ce int, visitors []*mention) []*dict.Country {
	if len(visitors) < 2 || !strings.HasSuffix(s[:t.start], "分别") {
		return nil
	}
	var out []*dict.Country
	at := t.end
	for _, m := range ms {
		if m.start < at || m.end > ce {
			continue
		}
		if m.kind != mCountry || len(m.countries) != 1 || !(m.start == at || len(out) > 0 && joins(s[at:m.start])) {
			break
		}
		out = append(out, m.countries[0])
		at = m.end
	}
	if len(out) != len(visitors) {
		return nil
	}
	slices.SortFunc(visitors, func(a, b *mention) int { return a.start - b.start })
	return out
}

// sinceClause reports a mention inside a time clause 自…以来 that ends
// before at.
func sinceClause(s string, m *mention, at int) bool {
	i := strings.LastIndex(s[:m.start], "自")
	return i >= 0 && !strings.ContainsAny(s[i:m.start], "，。；") && m.end <= at && strings.Contains(s[m.end:at], "以来")
}

// reFallFrame is a person's death or fall, then the time after it, between
// the person and a visit word: 遇害8年后, 去世后, 下台以来.
var reFallFrame = regexp.MustCompile(`^(?:被|遭)?(?:遇害|遇刺|去世|逝世|身亡|被杀|杀害|暗杀|下台|被捕|被推翻)[^，。；]{0,8}?(?:后|之后|以来)`)

// countryModifies follow a country that names who runs or built a place,
// not the country visited: 造访了日本NPO设立的医院, 访问日本驻老挝大使馆.
var countryModifies = []string{"NPO", "非政府组织", "企业", "公司", "驻", "援建", "设立", "资助", "捐建", "大使馆", "使馆", "领事馆", "人学校"}

// visit finds the visitor and the visited country of a visit trigger.
func (x *Extractor) visit(s string, ms, left, right []*mention, t *mention, cs, ce int, named []*dict.Country) (*mention, []*dict.Country) {
	var visitor *mention
	relative := false
	// "来华访问的越南总统苏林": the visitor follows the relative clause.
	if de := strings.Index(s[t.end:ce], "的"); de >= 0 {
		at := t.end + de
		for _, m := range right {
			if m.start > at {
				visitor, relative = m, true
				break
			}
		}
		// "取消与到访的希腊总理X的会晤": the one the relative clause
		// right before them describes, after a title only, though what
		// follows makes them no party of the clause.
		for _, m := range ms {
			if visitor == nil && de == 0 && m.kind == mPerson && m.start > at && m.end <= ce && reTitleGap.MatchString(s[at+len("的"):m.start]) {
				visitor, relative = m, true
			}
		}
	}
	if visitor == nil && len(left) > 0 {
		visitor = left[len(left)-1] // the nearest subject
		// Not a person inside a time clause: "希巴尼在自去年前总统巴沙尔被推翻
		// 以来首次访问北京期间".
		// Nor one who ends a frame of time: "金正恩每当见我或者特朗普前都会
		// 先访问北京", "A在会见B后访问X".
		for i := len(left) - 1; i > 0 && (sinceClause(s, left[i], t.start) || endsFrame(s, left[i]) || endsContactFrame(s, left[i])); i-- {
			visitor = left[i-1]
		}
		// Nor one whose death or fall frames the time: "卡舒吉遇害8年后访美"
		// (the visitor is named elsewhere).
		if slices.Contains(ms, visitor) && visitor.end <= t.start && reFallFrame.MatchString(s[pastGloss(s, visitor.end):t.start]) {
			return nil, nil
		}
	}
	// "毛宁对金井正彰今天访中表示…": the person the comment is about made
	// the visit.
	for _, m := range ms {
		if m.kind == mPerson && m.start >= cs && m.end <= t.start && introducedBy(s, ms, m, "对") {
			visitor = m
		}
	}
	if visitor == nil {
		return nil, nil
	}
	// "…抵达基辅，是川普今年回锅白宫后到访乌克兰的最高级别官员": a visit in
	// a relative clause after 是 is made by the one it describes, not by
	// a person inside it; with no person before 是 that one is unknown.
	if slices.Contains(ms, visitor) && visitor.start >= cs && visitor.end <= t.start &&
		reCopulaOpens.MatchString(s[cs:visitor.start]) && rePersonHead.MatchString(s[t.end:ce]) {
		return nil, nil
	}
	// Where the visitor's words end in this sentence: a visitor borrowed
	// from another sentence (a pronoun's referent) stands before the clause.
	vEnd := visitor.end
	if !slices.Contains(ms, visitor) || vEnd > t.start {
		vEnd = min(cs, t.start)
	}
	var country *dict.Country
	switch t.trig.Country {
	case "":
	case "host":
		// 来访: the country of the host (the first person of the clause).
		if len(left) > 0 && left[0] != visitor {
			country = x.countryOf(left[0])
		}
		// "来访的美国总统特朗普与日本首相高市早苗签署…": else the one the
		// visitor acts with, of another country.
		if country == nil && slices.Contains(ms, visitor) && visitor.start >= t.end && hasAnyPrefix(s[pastGloss(s, visitor.end):], connectors) {
			for _, m := range ms {
				if (m.kind == mPerson || m.kind == mTitle) && m.start > visitor.end && m.end <= ce {
					if c := x.countryOf(m); c != nil && c != x.countryOf(visitor) {
						country = c
					}
					break
				}
			}
		}
	default:
		country = x.dict.Country(t.trig.Country)
		// "访土期间" in an article that names 土库曼斯坦 and not 土耳其: the
		// one country it names by that initial.
		if a, ok := strings.CutPrefix(t.trig.Word, "访"); ok && !t.trig.compound && x.abbrev[a] == country && country != nil && !slices.Contains(named, country) {
			if c := namedByInitial(named, a); c != nil {
				country = c
			}
		}
	}
	if country != nil {
		return visitor, []*dict.Country{country}
	}
	// Countries between the visitor and the trigger ("对俄罗斯进行国事访
	// 问", "对瑞士、爱尔兰进行正式访问": the list nearest the trigger) or
	// right after it ("访问俄罗斯").
	var list []*mention
	var owned []*dict.Country // countries of persons between the visitor and the trigger
	dateline := len(s) - len(stripDateline(s))
	for _, m := range ms {
		// (Not a country the trip is outside of: 在义大利以外的海外首访;
		// nor the place of a dateline: （中央社首爾20日綜合外電報導）.)
		if !visitable(m) || hasAnyPrefix(s[m.end:], []string{"以外", "之外"}) || m.end <= dateline {
			continue
		}
		if m.start >= t.end && (m.start == t.end || s[t.end:m.start] == "了" || s[t.end:m.start] == "过" || s[t.end:m.start] == "地" ||
			strings.TrimPrefix(s[t.end:m.start], "了") == "位于" && countryNamed(s, m) || // 访问位于以色列基里亚特加特的…中心 (not 位于东京…的仙洞御所)
			t.text == "出访" && reTripTo.MatchString(s[t.end:m.start]) || placeModifier(s, ms, t.end, m.start)) && m.end <= ce &&
			!hasAnyPrefix(s[m.end:], countryModifies) {
			return visitor, visitedAfter(s, ms, m, ce)
		}
		// (vEnd is the clause start for a visitor after the trigger:
		// "正在对老挝进行正式访问的…长女爱子".)
		if m.start >= vEnd && m.end <= t.start && (m.start >= cs || vEnd < cs && departure(s[vEnd:m.start])) {
			if personsCountry(ms, m) {
				// "抵达莫斯科，展开他连任中国国家主席之后的首次出访"; kept
				// aside for "应A国总统X、B国总统Y邀请对两国进行国事访问".
				owned = append(owned, m.countries[0])
				continue
			}
			if n := len(list); n > 0 && !joins(s[list[n-1].end:m.start]) {
				list = list[:0]
			}
			list = append(list, m)
		}
	}
	if len(list) == 0 && len(owned) >= 2 {
		for n, w := range []string{"两国", "三国", "四国"} {
			if len(owned) == n+2 && strings.Contains(s[cs:t.start], "对"+w) {
				return visitor, owned
			}
		}
	}
	if len(list) == 0 && relative && len(left) > 0 && left[0] != visitor {
		// "会见到访的X": X visited the host's country.
		if c := x.countryOf(left[0]); c != nil {
			return visitor, []*dict.Country{c}
		}
	}
	if len(list) > 0 {
		out := make([]*dict.Country, len(list))
		for i, m := range list {
			out[i] = m.countries[0]
		}
		return visitor, out
	}
	if country == nil {
		// A one-character abbreviation after a verb of going, between the
		// visitor and the trigger: 赴华进行正式访问, 抵俄访问; or after 对
		// when 进行 or the trigger follows (时隔11年再次对韩进行国事访问, 开启
		// 为期四天的对华国事访问; not 对华关系).
		between := s[vEnd:t.start]
		for _, verb := range []string{"赴", "抵", "到", "来", "访", "对"} {
			for at := 0; ; {
				i := strings.Index(between[at:], verb)
				if i < 0 {
					break
				}
				j := at + i + len(verb)
				if j+3 <= len(between) && (verb != "对" || strings.HasPrefix(between[j+3:], "进行") || j+3 == len(between) || between[j+3:] == "的") {
					if c := x.abbrev[between[j:j+3]]; c != nil {
						country = c
					} else if c := namedByInitial(named, between[j:j+3]); c != nil && verb == "对" {
						country = c // 对尼进行国事访问, in an article that names 尼泊尔
					}
				}
				at = j
			}
		}
	}
	// "…匈牙利拒绝执行针对以色列总理内塔尼亚胡的逮捕令…，当时内塔尼亚胡
	// 正在访问该国": the last country the sentence named before, not the
	// visitor's own.
	if country == nil && strings.HasPrefix(s[t.end:], "该国") {
		own := x.countryOf(visitor)
		for _, m := range ms {
			if visitable(m) && m.end <= t.start && (own == nil || m.countries[0].ID != own.ID) {
				country = m.countries[0]
			}
		}
	}
	if country == nil {
		if listed := regionListed(s, ms, t.end, ce); listed != nil {
			return visitor, listed
		}
		// "李强圆满结束此次出访活动，乘包机离开印度首都新德里": a visit
		// ended, then the place left, in the sentence's next clause.
		if c := placeLeft(s, ms, t, cs, ce); c != nil {
			return visitor, []*dict.Country{c}
		}
		if c := regionPlace(s, ms, t); c != nil {
			return visitor, []*dict.Country{c}
		}
		if c, _, _ := arrivalNext(s, ms, cs, ce); c != nil {
			return visitor, []*dict.Country{c}
		}
		return nil, nil
	}
	return visitor, []*dict.Country{country}
}

// regions are the parts of the world a visit may be said to (访问中东).
var regions = []string{"中东", "欧洲", "非洲", "亚洲", "中亚", "东南亚", "南亚", "西亚", "北非", "拉美", "拉丁美洲", "南美", "中美洲", "海湾地区", "大洋洲", "南太"}

// regionPlace returns the country of the place a visit to a region names
// right after its frame (川普5月访问中东期间在沙特首都利雅得…: Saudi Arabia):
// 期间 or 时, then 在 or 于 and the place, with nothing else between.
func regionPlace(s string, ms []*mention, t *mention) *dict.Country {
	rest := strings.TrimPrefix(s[t.end:], "了")
	r := ""
	for _, w := range regions {
		if strings.HasPrefix(rest, w) {
			r = w
		}
	}
	if r == "" {
		return nil
	}
	after := rest[len(r):]
	frame, ok := "", false
	for _, f := range []string{"期间，在", "期间在", "时，在", "时在", "期间，于", "期间于"} {
		if strings.HasPrefix(after, f) {
			frame, ok = f, true
			break
		}
	}
	if !ok {
		return nil
	}
	at := len(s) - len(after) + len(frame)
	for _, m := range ms {
		if m.start == at && visitable(m) {
			return m.countries[0]
		}
	}
	return nil
}

// reArrival opens a clause that tells where a trip arrives: a time, then
// 抵达 and the first stop (今天抵達第一站土耳其, 21日抵达埃及开罗).
var reArrival = regexp.MustCompile(`^(?:今天|今日|当天|昨天|昨日|当地时间)?(?:\d{1,2}日)?(?:上午|下午|晚间|晚上|早上|中午)?(?:抵达|到达|飞抵)了?(?:第一站|首站)?`)

// arrivalNext returns the country a visit with no place of its own arrives
// at, which the next clause names right after it opens with an arrival
// (教宗展開海外首訪，今天抵達第一站土耳其; 正在访问中东的李在明，今天抵达埃及
// 开罗), and where the arrival's words stand, its day among them; not at the
// end of a visit (结束访问，抵达北京: the way home).
func arrivalNext(s string, ms []*mention, cs, ce int) (c *dict.Country, from, to int) {
	ns, ok := nextClause(s, ce)
	if !ok || containsAny(s[cs:ce], []string{"结束", "返回", "回国"}) {
		return nil, 0, 0
	}
	_, ne := clauseBounds(s, ns, ns)
	loc := reArrival.FindStringIndex(s[ns:ne])
	if loc == nil || loc[1] == 0 || !strings.Contains(s[ns:ns+loc[1]], "达") {
		return nil, 0, 0
	}
	at := ns + loc[1]
	for _, m := range ms {
		if m.start == at && visitable(m) {
			return m.countries[0], ns, at
		}
	}
	return nil, 0, 0
}

// placeLeft returns the country of the place left (离开X) in the clause
// after the one in which the visit t is ended (结束…出访), when the clause
// names no place of its own.
func placeLeft(s string, ms []*mention, t *mention, cs, ce int) *dict.Country {
	if !strings.Contains(s[cs:t.start], "结束") || ce >= len(s) {
		return nil
	}
	ns := ce + runeLenAt(s, ce)
	_, ne := clauseBounds(s, ns, ns)
	i := strings.Index(s[ns:ne], "离开")
	if i < 0 {
		return nil
	}
	at := ns + i + len("离开")
	for _, m := range ms {
		if m.start >= at && m.end <= ne && visitable(m) && (m.start == at || !slices.ContainsFunc(ms, func(o *mention) bool { return o.start >= at && o.end <= m.start && o.kind != mCountry })) {
			return m.countries[0]
		}
	}
	return nil
}

// reRegionList is a visit to several countries of a region that names them
// after it ("访问欧洲多国，包括奥地利、捷克"), or before it ("访问包括伦敦在内
// 的多个欧洲国家首都"): the end is where the first country stands.
var reRegionList = regexp.MustCompile(`^了?(?:\p{Han}{0,4}(?:多国|多个国家|国家|数国|诸国|[两三四五六七八九十]国)[，,]?(?:其中)?包括|包括)`)

// regionListed returns the countries that a region's visit names in a
// list after the trigger's end at (see reRegionList), or nil.
func regionListed(s string, ms []*mention, at, ce int) []*dict.Country {
	loc := reRegionList.FindStringIndex(s[at:])
	if loc == nil {
		return nil
	}
	for _, m := range ms {
		if m.start == at+loc[1] && visitable(m) {
			if m.end <= ce && (strings.HasPrefix(s[at:], "包括") || strings.HasPrefix(s[at:], "了包括")) && !strings.HasPrefix(s[m.end:], "在内") {
				return nil // "访问包括X": only the closed form 包括X在内的… names a place
			}
			_, end := clauseBounds(s, m.start, m.start)
			return visitedAfter(s, ms, m, end)
		}
	}
	return nil
}

// placeModifier reports a relative modifier of the place visited between
// the visit word and the place, naming no other place or person: 访问了最近
// 遭受地震重创的阿富汗库纳尔省, 访问当时前线的基辅.
func placeModifier(s string, ms []*mention, from, to int) bool {
	// (Not a region the visit is to: 正在访问中东的韩国总统.)
	if !reModifierGap.MatchString(s[from:to]) || slices.Contains(regions, strings.TrimSuffix(strings.TrimPrefix(s[from:to], "了"), "的")) {
		return false
	}
	return !slices.ContainsFunc(ms, func(m *mention) bool {
		return (m.kind == mCountry || m.kind == mPerson || m.kind == mTitle) && m.start >= from && m.end <= to
	})
}

// reModifierGap is 了 and a short phrase ending in 的, with no clause break,
// no word of purpose or plan and no connector (访问并出席开幕式的巴林国王 is
// another verb's object): 了最近遭受地震重创的, 当时前线的.
var reModifierGap = regexp.MustCompile(`^了?[^，。；、：“”的计划目并和与及同]{1,12}的$`)

// countryNamed reports a visitable mention that names its country rather
// than one of the country's cities (法国, not 巴黎).
func countryNamed(s string, m *mention) bool {
	return visitable(m) && !slices.Contains(m.countries[0].Cities, s[m.start:m.end])
}

// visitable reports a mention of one country, territory or city: not a
// side form (中方), not a combined one (中俄), not an organisation (an
// organisation is met, not visited).
func visitable(m *mention) bool {
	return m.kind == mCountry && !m.side && len(m.countries) == 1 && m.countries[0].Kind != "organization"
}

// reTripTo is what names where a trip abroad went, between 出访 and the
// place: 首次出访就来到缅甸, 出访也选择了中国.
var reTripTo = regexp.MustCompile(`^(?:就|即|也|便)?(?:来到|到了|选择了|选择)$`)

// namedByInitial returns the one country among those the article has
// named whose name begins with the character c (尼 for 尼泊尔), or nil.
func namedByInitial(named []*dict.Country, c string) *dict.Country {
	var found *dict.Country
	for _, n := range named {
		if strings.HasPrefix(n.Name, c) && n != found {
			if found != nil {
				return nil
			}
			found = n
		}
	}
	return found
}

// reCopulaOpens is a clause that opens with 是 (他是, 这是); rePersonHead
// the rest of a visit clause that ends a relative clause on a person
// ("…到访乌克兰的最高级别五角大厦官员").
var (
	reCopulaOpens = regexp.MustCompile(`^(?:他|她|其|这|这位|此人)?是`)
	rePersonHead  = regexp.MustCompile(`^[^，。；]*的[^，。；]{0,12}(?:官员|领导人|政要|元首|部长|总统|首相|总理|人士|议员|人物|高官|阁员)`)
)

// visitedAfter returns the country right after a visit word and those
// joined to it in a list ("访问日本和印尼期间": both).
func visitedAfter(s string, ms []*mention, first *mention, ce int) []*dict.Country {
	out := []*dict.Country{first.countries[0]}
	last := first
	for _, m := range ms {
		if m.start < last.end || m == last {
			continue
		}
		gap := s[last.end:m.start]
		if !visitable(m) || m.end > ce ||
			gap == "," || gap == "，" || !joins(gap) || hasAnyPrefix(s[m.end:], countryModifies) || personsCountry(ms, m) {
			break // "访问日本与韩国总统李在明会面": a person's country
		}
		out = append(out, m.countries[0])
		last = m
	}
	return out
}

// personsCountry reports whether a country mention is followed right away
// by an office or a person, whose country it names (中国国家主席, 韩国总统李在明).
func personsCountry(ms []*mention, c *mention) bool {
	return slices.ContainsFunc(ms, func(o *mention) bool { return o.start == c.end && o.kind != mCountry && o.kind != mTrigger })
}

// reCallOn is what stands between 对 + person and a contact word when the
// person is its object: "对通伦进行了礼节性拜访", "对普京进行拜会".
var reCallOn = regexp.MustCompile(`^(?:进行|作)了?(?:礼节性|礼貌性|正式)?$`)

// subjectlessHeads open clauses that go on with the subject of the one
// before: "…，赴德国举行磋商并对德进行正式访问，对法国进行正式访问".
var subjectlessHeads = []string{"展开", "进行", "开始", "开启", "并", "赴", "前往", "抵达", "乘", "对", "应邀", "出席"}

// departure reports the words between a visitor and a country in the
// clause before a visit: "今天启程前往", "抵达".
func departure(gap string) bool {
	return containsAny(gap, []string{"前往", "启程", "抵达", "飞往", "飞抵", "赴"})
}

// joins reports whether the text between two mentions joins them into one
// list: "、", "和", "及", "与", "以及" or a comma.
func joins(gap string) bool {
	switch gap {
	case "、", "和", "及", "与", "以及", ",", "，":
		return true
	}
	return false
}

// countryOf is a mention's country: written in context, else the
// dictionary's.
func (x *Extractor) countryOf(m *mention) *dict.Country {
	if len(m.countries) == 1 {
		return m.countries[0]
	}
	if id := mentionCountry(m); id != "" {
		return x.dict.Country(id)
	}
	return nil
}

// origSlice returns the original-script text for a span of the simplified
// sentence (conversion keeps lengths for nearly all text; when it did not,
// the simplified text is returned).
func origSlice(sent *clean.Sentence, simp string, a, b int) string {
	if len(sent.Text) == len(simp) && b <= len(sent.Text) {
		return sent.Text[a:b]
	}
	return simp[a:b]
}
