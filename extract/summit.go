package extract

import (
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Press shorthand names a summit by one character of each leader and 会:
// 川习会 (川普 and 习近平), 特金会 (特朗普 and 金正恩), 马习会. It is read as
// "A B 会晤" when each character stands for exactly one person the article
// names (whose name starts with it), the two are different persons, and
// what follows 会 cannot make another word of it (会见, 会长, 会议).

// summitTrigger is the contact word of a shorthand: the 会 of 川习会.
var summitTrigger = &Trigger{Word: "会", Type: MetWith, Mode: ModeInPerson, Shape: shapeContact}

// summitFollowers may follow the 会 of a shorthand; any other character
// makes 会 part of another word. Scripts are simplified here.
var summitFollowers = []string{"上", "中", "后", "前", "时", "期间", "的", "在", "于", "将", "举行", "结束", "落幕",
	"登场", "成果", "召开", "是", "达成", "并", "也", "已", "之", "，", "。", "、", "；", "：", "！", "？",
	"」", "”", "』", "）", ")", " "}

// hasSummitCue reports a 会 after two initials of persons and before a
// follower (or at the end): the cheap test for a possible shorthand.
func hasSummitCue(s string, initials map[rune]bool) bool {
	for _, sp := range summitSpots(s) {
		if initials[sp.r1] && initials[sp.r2] {
			return true
		}
	}
	return false
}

// summitSpots yields the byte offset of each 会 in s that closes two Han
// characters and is followed by a summitFollower or nothing, with the
// shorthand it closes.
func summitSpots(s string) iter.Seq2[int, summit] {
	return func(yield func(int, summit) bool) {
		for at := range occurrences(s, "会") {
			if sp := summitAt(s, at); sp.ok && !yield(at, sp) {
				return
			}
		}
	}
}

// summit is the shorthand a 会 may close: its two characters and where the
// first begins.
type summit struct {
	r1, r2 rune
	start  int
	ok     bool // two Han characters, and a summitFollower or nothing after 会
}

// summitAt reads the shorthand that the 会 at byte offset at may close.
func summitAt(s string, at int) summit {
	r2, n2 := utf8.DecodeLastRuneInString(s[:at])
	r1, n1 := utf8.DecodeLastRuneInString(s[:at-n2])
	rest := s[at+len("会"):]
	return summit{r1: r1, r2: r2, start: at - n2 - n1,
		ok: isHan(r1) && isHan(r2) && (rest == "" || hasAnyPrefix(rest, summitFollowers))}
}

// addSummits adds to the mentions of s the contact word of each summit
// shorthand in it, holding its two persons (in summit, placed on their
// characters; they are not added to ms, so other rules never see them).
// initials maps a character to the persons (by key) whose names the
// article writes starting with it, and byKey gives a mention of each.
func addSummits(s string, ms []*mention, initials map[rune][]string, byKey map[string]*mention) []*mention {
	var added []*mention
	for at, sp := range summitSpots(s) {
		start, mid := sp.start, sp.start+utf8.RuneLen(sp.r1)
		if slices.ContainsFunc(ms, func(m *mention) bool { return m.start < at+len("会") && m.end > start }) {
			continue // 川普会见: the characters belong to a name or a word found already
		}
		pair, ok := initialPair(s, sp.r1, sp.r2, start, mid, at, initials, byKey)
		if !ok {
			continue
		}
		// The trigger's text is the whole shorthand; its span is 会 alone.
		added = append(added, &mention{start: at, end: at + len("会"), kind: mTrigger, text: s[start : at+len("会")],
			trig: summitTrigger, conf: 0.9, summit: pair})
	}
	if len(added) == 0 {
		return ms
	}
	return withAdded(ms, added)
}

// personInitials maps the first character of every way the article writes
// a person (川普, 特朗普, 习近平; of a dotted name, of its last part) to the
// keys of the persons written so.
func personInitials(infos []*sentenceInfo) (map[rune][]string, map[string]*mention) {
	initials := map[rune][]string{}
	byKey := map[string]*mention{}
	for _, in := range infos {
		for _, m := range in.mentions {
			if m.kind != mPerson || m.text == "" {
				continue
			}
			k := m.key()
			if byKey[k] == nil {
				byKey[k] = m
			}
			// A dotted name goes by its last part, the family name
			// (唐纳德·特朗普: 特; 特里·林奇: 林).
			r, _ := utf8.DecodeRuneInString(lastNamePart(m.text))
			if !slices.Contains(initials[r], k) {
				initials[r] = append(initials[r], k)
			}
		}
	}
	return initials, byKey
}

// lastNamePart returns the part of a dotted name after its last dot, or the
// name.
func lastNamePart(name string) string {
	if i := strings.LastIndex(name, "·"); i >= 0 && i+len("·") < len(name) {
		return name[i+len("·"):]
	}
	return name
}

// rePairLead is the end of what stands before a contact word when two
// leaders' initials name it (川习通话, 习拜会晤), with the contact's date, 的
// or an adverb of how often between (川习9月19日的通话, 川习的会面, 习莫频繁
// 会晤, 川习再次会面).
var rePairLead = regexp.MustCompile(`(\p{Han})(\p{Han})(?:(?:\d{1,2}月)?\d{1,2}日的?|的|频繁|多次|再次|再度|首次|曾|已|又|也)?$`)

// pairShorthand returns the two characters before the contact word t that
// may be leaders' initials (see rePairLead), the offset of the first and
// the end of the second, or ok false.
func pairShorthand(s string, t *mention) (r1, r2 rune, start, mid, end int, ok bool) {
	if t.kind != mTrigger || t.trig.Shape != shapeContact || t.trig.Type == Visited || t.summit[0] != nil {
		return 0, 0, 0, 0, 0, false
	}
	m := rePairLead.FindStringSubmatchIndex(s[:t.start])
	if m == nil {
		return 0, 0, 0, 0, 0, false
	}
	r1, _ = utf8.DecodeRuneInString(s[m[2]:])
	r2, _ = utf8.DecodeRuneInString(s[m[4]:])
	return r1, r2, m[2], m[4], m[5], true
}

// hasPairCue reports a contact word after two characters that may be
// persons' initials: the cheap test for addPairShorthands.
func hasPairCue(s string, ms []*mention, initials map[rune]bool) bool {
	return slices.ContainsFunc(ms, func(t *mention) bool {
		r1, r2, _, _, _, ok := pairShorthand(s, t)
		return ok && initials[r1] && initials[r2]
	})
}

// addPairShorthands gives each contact word that two initials name (川习
// 通话: 川普 and 习近平) its two persons, as addSummits does for 川习会: each
// character stands for exactly one person the article names, they are
// different persons, and no name, country or word found covers them (中美,
// 普京).
func addPairShorthands(s string, ms []*mention, initials map[rune][]string, byKey map[string]*mention) {
	for _, t := range ms {
		r1, r2, start, mid, end, ok := pairShorthand(s, t)
		if !ok || slices.ContainsFunc(ms, func(m *mention) bool { return m != t && m.start < end && m.end > start }) {
			continue
		}
		if pair, ok := initialPair(s, r1, r2, start, mid, end, initials, byKey); ok {
			t.summit = pair
		}
	}
}

// initialPair returns the two persons the initials r1 (at s[start:mid])
// and r2 (at s[mid:end]) stand for, placed on them: each the one person
// the article names starting with it, and two different ones; ok is false
// otherwise.
func initialPair(s string, r1, r2 rune, start, mid, end int, initials map[rune][]string, byKey map[string]*mention) (pair [2]*mention, ok bool) {
	k1, k2 := initials[r1], initials[r2]
	if len(k1) != 1 || len(k2) != 1 || k1[0] == k2[0] {
		return pair, false
	}
	a, b := *byKey[k1[0]], *byKey[k2[0]]
	a.start, a.end, a.text = start, mid, s[start:mid]
	b.start, b.end, b.text = mid, end, s[mid:end]
	a.conf, b.conf = a.conf*0.9, b.conf*0.9
	return [2]*mention{&a, &b}, true
}
