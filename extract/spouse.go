package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A state visit's spouse: a news programme lists those who accompany a
// visitor ("陪同马杜罗访华的有总统夫人、副总统、外交部部长等") with the spouse
// by title only, and names the spouse elsewhere, often in another item of the
// same programme ("为西米纳和夫人安瑟莉举行欢迎仪式", "马杜罗夫人弗洛雷斯陪同
// 参加欢迎仪式"). Those who accompany a visit visit too (the gold
// conventions), so the spouse is given the visit, on its date.

// reSpouse is what stands between a person and the spouse's name:
// X和夫人Y, X夫人Y, X的夫人Y, X和王后Y, X和丈夫Y.
var reSpouse = regexp.MustCompile(`^(?:和|与|及|的)?(?:夫人|王后|丈夫|妻子)`)

// reSpouseTitle is an item of a list of companions that names the spouse
// of the one accompanied by title: 总统夫人, 主席夫人, 王后, 总统丈夫.
var reSpouseTitle = regexp.MustCompile(`^(?:总统|主席|总理|首相|国王)?(?:夫人|丈夫)$|^王后$`)

// spouseNameStops end a spouse's name written after the title when no
// mention covers it: 和夫人安瑟莉|举行, 夫人弗洛雷斯|陪同.
var spouseNameStops = []string{"举行", "陪同", "一同", "一起", "共同", "参加", "出席", "抵达", "乘坐", "乘", "在", "到", "等", "和", "与", "及", "同"}

// awaitingSpouse is the visit of a spouse a list of companions names by
// title only, for the spouse of visitor (a participant key) that an item
// may name; Participants[0] is filled in when it does.
type awaitingSpouse struct {
	visitor string
	rel     Relation
}

// spousesOf returns the spouses the sentences name, by the key of the
// person whose spouse each is.
func spousesOf(infos []*sentenceInfo) map[string]Participant {
	out := map[string]Participant{}
	for _, in := range infos {
		s := in.simp
		for _, x := range in.mentions {
			if x.kind != mPerson || x.end >= len(s) {
				continue
			}
			loc := reSpouse.FindStringIndex(s[x.end:])
			if loc == nil {
				continue
			}
			at := x.end + loc[1]
			if _, ok := out[x.key()]; ok {
				continue
			}
			if i := slices.IndexFunc(in.mentions, func(m *mention) bool { return m.kind == mPerson && m.start == at }); i >= 0 {
				y := in.mentions[i]
				p := Participant{Name: y.name, Mention: origSlice(in.sent, s, y.start, y.end), Kind: "person", Confidence: y.conf}
				if len(y.persons) > 0 {
					p.Name, p.ID = y.persons[0].Name, y.persons[0].ID
				}
				if y.key() != x.key() {
					out[x.key()] = p
				}
				continue
			}
			if end := spouseNameEnd(s, at); end > at {
				out[x.key()] = Participant{Name: s[at:end], Mention: origSlice(in.sent, s, at, end), Kind: "person", Confidence: 0.7}
			}
		}
	}
	return out
}

// spouseNameEnd returns where a name written from at ends (Han characters
// and middle dots, two to eight, before a stop word or a mark), or at
// when none is there.
func spouseNameEnd(s string, at int) int {
	end, n := at, 0
	for end < len(s) && n <= 8 {
		if n >= 2 && hasAnyPrefix(s[end:], spouseNameStops) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[end:])
		if !isHan(r) && r != '·' {
			break
		}
		end += size
		n++
	}
	if n < 2 || n > 8 || strings.HasSuffix(s[at:end], "·") {
		return at
	}
	return end
}

// companionSpouses finds, in each list of companions that names the
// visitor (陪同X访华的有), a spouse named by title only, and gives the spouse
// the visitor's visit told in rels (the last one, as a fact), dated as it
// is: with the name the article gives, else as awaiting the name another
// item may give (JoinSpouses).
func companionSpouses(rels []Relation, infos []*sentenceInfo, spouses map[string]Participant) ([]Relation, []awaitingSpouse) {
	var waiting []awaitingSpouse
	for _, in := range infos {
		loc, whom := companionList(in)
		if loc == nil || whom == nil || !listsSpouse(in.simp[loc[1]:]) {
			continue
		}
		var visit *Relation
		for i := range rels {
			if r := &rels[i]; r.Type == Visited && r.Status == StatusFact && len(r.Participants) == 2 && participantKey(r.Participants[0]) == whom.key() {
				visit = r
			}
		}
		if visit == nil {
			continue
		}
		r := *visit
		r.Participants = []Participant{{}, visit.Participants[1]}
		r.Trigger = origSlice(in.sent, in.simp, loc[0], loc[0]+len("陪同"))
		r.Sentence = in.sent.Text
		r.Span = [2]int{in.sent.Start, in.sent.End}
		r.Place = ""
		if sp, ok := spouses[whom.key()]; ok {
			rels = addSpouseVisit(rels, r, sp)
		} else {
			waiting = append(waiting, awaitingSpouse{visitor: whom.key(), rel: r})
		}
	}
	return rels, waiting
}

// listsSpouse reports a list of companions whose items (parted by 、，：)
// include the spouse's title.
func listsSpouse(list string) bool {
	if i := strings.Index(list, "。"); i >= 0 {
		list = list[:i]
	}
	for _, item := range strings.FieldsFunc(list, func(r rune) bool { return strings.ContainsRune("、，,：:", r) }) {
		if reSpouseTitle.MatchString(strings.TrimSpace(item)) {
			return true
		}
	}
	return false
}

// addSpouseVisit adds the visit r for the spouse sp, unless the spouse's
// visit to that country is told already.
func addSpouseVisit(rels []Relation, r Relation, sp Participant) []Relation {
	for _, o := range rels {
		if o.Type == Visited && len(o.Participants) == 2 && participantKey(o.Participants[0]) == participantKey(sp) &&
			partyKey(o.Participants[1]) == partyKey(r.Participants[1]) {
			return rels
		}
	}
	r.Participants = []Participant{sp, r.Participants[1]}
	return append(rels, r)
}

// participantKey is the key of the mention a person participant came
// from (mention.key): the dictionary id, else the name discovered.
func participantKey(p Participant) string {
	if p.ID != "" {
		return p.ID
	}
	return nameKey(p.Name)
}

// JoinSpouses gives the spouses that the items of one news programme name
// the visits other items list them on by title only (companionSpouses);
// stats are the items' Stats, in the order of items.
func JoinSpouses(items [][]Relation, stats []Stats) {
	spouses := map[string]Participant{}
	for _, st := range stats {
		for k, p := range st.spouses {
			if _, ok := spouses[k]; !ok {
				spouses[k] = p
			}
		}
	}
	for i, st := range stats {
		for _, w := range st.awaiting {
			if sp, ok := spouses[w.visitor]; ok && i < len(items) {
				items[i] = addSpouseVisit(items[i], w.rel, sp)
			}
		}
	}
}
