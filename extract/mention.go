package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
	"github.com/vcaesar/cedar"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/dict"
)

// Mention kinds inside a sentence.
const (
	mPerson  = "person"  // a named person (dictionary or discovered)
	mTitle   = "title"   // an office with no name after it: 俄总理, 韩国总统
	mOffice  = "office"  // an office attached to a name (kept for context)
	mCountry = "country" // a country, side form (中方) or combined form (中俄)
	mTrigger = "trigger"
	mNon     = "non" // a word that contains a trigger but asserts nothing
)

// mention is something found in one sentence (byte offsets into the
// simplified sentence).
type mention struct {
	start, end int
	kind       string
	text       string

	persons   []*dict.Person  // dictionary persons (several when ambiguous)
	name      string          // discovered name (persons not in the dictionary)
	title     string          // discovered names: the title written before the name
	phrase    string          // a title-only mention of a title the dictionary lacks: the title with the words that qualify it
	office    *dict.Office    // the office given in context, or the title's office
	countries []*dict.Country // context country, or the country mention's countries
	side      bool
	trig      *Trigger
	summit    [2]*mention // the two persons of a summit shorthand (川习会), on its trigger
	addressed bool        // an address word (总统先生, 你) standing for this person
	joint     bool        // one country's holder of a title after a combined form (中俄总理)
	conf      float64
}

// key identifies a participant across an article.
func (m *mention) key() string {
	if len(m.persons) > 0 {
		return m.persons[0].ID
	}
	return nameKey(m.name)
}

// nameKey is the key of a person no dictionary holds: the name discovered.
func nameKey(name string) string { return "x:" + name }

// pattern is what one matcher pattern stands for.
type pattern struct {
	kind string
	surf *dict.Surface
	trig *Trigger
}

// wordMatch is one match of the matcher: pattern pat at s[start:end].
type wordMatch struct{ pat, start, end int }

// Pattern is the index of the pattern matched (into matcher.pats).
func (m wordMatch) Pattern() int { return m.pat }

// Start is the byte offset of the match.
func (m wordMatch) Start() int { return m.start }

// End is the byte offset just after the match.
func (m wordMatch) End() int { return m.end }

// matcher finds triggers, names, offices and countries in one pass.
type matcher struct {
	// trie holds every pattern, its value the pattern's index: a
	// double-array trie (gse's own), walked from each character for the
	// longest pattern that starts there.
	trie  *cedar.Cedar
	pats  []pattern
	texts []string // the pattern strings, as matched (a surface's simplified spelling)
	// cues holds the trigger words alone, as a DFA (small enough to build
	// at once): an article none of whose sentences holds one cannot yield a
	// relation, so it need not go through the full matcher at all.
	cues ahocorasick.AhoCorasick
}

func newMatcher(d *dict.Dict, triggers []Trigger) *matcher {
	var words []string
	var pats []pattern
	seen := map[string]int{}
	add := func(w string, p pattern) {
		if w == "" {
			return
		}
		if i, ok := seen[w]; ok {
			// A trigger or non-trigger wins over a dictionary word of the
			// same spelling; otherwise the first one stays.
			if p.kind == mTrigger || p.kind == mNon {
				pats[i] = p
			}
			return
		}
		seen[w] = len(words)
		words = append(words, w)
		pats = append(pats, p)
	}
	for i := range triggers {
		add(triggers[i].Word, pattern{kind: mTrigger, trig: &triggers[i]})
	}
	for _, w := range nonTriggers {
		add(w, pattern{kind: mNon})
	}
	surfaces := d.Surfaces()
	for i := range surfaces {
		s := &surfaces[i]
		var k string
		switch s.Kind {
		case dict.KindPerson:
			k = mPerson
		case dict.KindOffice:
			k = mOffice
		case dict.KindCountry:
			k = mCountry
		default:
			continue
		}
		add(s.Text, pattern{kind: k, surf: s})
		// Sentences are matched in simplified script, so a traditional
		// alias (阿拉伯聯合大公國, from CLDR's zh_Hant) is matched in its
		// simplified spelling; not a two-character one, which turns up
		// inside names (卡達 → 卡达 in 蒙卡达).
		if simp := clean.Simplify(s.Text); simp != s.Text && utf8.RuneCountInString(simp) >= 3 {
			add(simp, pattern{kind: k, surf: s})
		}
	}
	var cues []string
	for _, t := range cueTriggers(triggers) {
		cues = append(cues, t.Word)
	}
	cb := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.StandardMatch, DFA: true})
	return &matcher{trie: patternTrie(words), pats: pats, texts: words, cues: cb.Build(cues)}
}

// hasCue reports whether s holds a trigger word anywhere (also one that a
// longer word, such as 参加会见, would hide from find: a superset is safe).
func (m *matcher) hasCue(s string) bool {
	return m.cues.Iter(s).Next() != nil
}

// words lists the matcher's vocabulary as segmenter user tokens.
func (m *matcher) words() []Word {
	out := make([]Word, 0, len(m.pats))
	for i, p := range m.pats {
		switch {
		case p.trig != nil && p.trig.compound:
		case p.trig != nil:
			out = append(out, Word{Text: p.trig.Word, POS: "v"})
		case p.surf != nil:
			out = append(out, Word{Text: m.texts[i], POS: p.surf.POS})
		}
	}
	return out
}

// patternTrie returns a trie of words whose values are their indexes.
// The words are distinct and not empty.
func patternTrie(words []string) *cedar.Cedar {
	trie := cedar.New()
	for i, w := range words {
		if err := trie.Insert([]byte(w), i); err != nil {
			panic("extract: matcher pattern " + w + ": " + err.Error())
		}
	}
	return trie
}

// find returns the leftmost-longest matches of s, in order and without
// overlaps: from each character on, the longest pattern that starts there,
// and the search goes on after it.
func (m *matcher) find(s string) []wordMatch {
	var out []wordMatch
	for i := 0; i < len(s); {
		end, pat := -1, 0
		prefixes(m.trie, s, i, func(e, v int) bool {
			end, pat = e, v
			return true
		})
		if end < 0 {
			for i++; i < len(s) && !utf8.RuneStart(s[i]); i++ {
			}
			continue
		}
		out = append(out, wordMatch{pat: pat, start: i, end: end})
		i = end
	}
	return out
}

// prefixes calls f with the end and the value of each word of trie (made
// by patternTrie) that begins at byte i of s, shortest first, while f
// returns true. (Words are valid UTF-8: none begins inside a character or
// ends on a leading byte.)
func prefixes(trie *cedar.Cedar, s string, i int, f func(end, val int) bool) {
	node := 0
	for j := i; j < len(s) && s[j] != 0; j++ { // (label 0 marks a value in the trie)
		next, err := trie.Jump([]byte{s[j]}, node)
		if err != nil {
			return
		}
		node = next
		if s[j] >= 0xC0 {
			continue
		}
		if v, err := trie.Value(node); err == nil && !f(j+1, v) {
			return
		}
	}
}

// wordAt reports whether a word of trie begins at byte i of s.
func wordAt(trie *cedar.Cedar, s string, i int) bool {
	found := false
	prefixes(trie, s, i, func(int, int) bool {
		found = true
		return false
	})
	return found
}

// everyMatch returns every occurrence in s of a word of trie, overlapping
// ones too: by start, then by length.
func everyMatch(trie *cedar.Cedar, s string) []wordMatch {
	var out []wordMatch
	for i := 0; i < len(s); i++ {
		if utf8.RuneStart(s[i]) {
			prefixes(trie, s, i, func(end, v int) bool {
				out = append(out, wordMatch{pat: v, start: i, end: end})
				return true
			})
		}
	}
	return out
}

// isHan reports whether r is a CJK ideograph. (The common block first: a
// table search for every character of an archive showed in profiles.)
func isHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	case r < 0x2E80:
		return false
	}
	return unicode.Is(unicode.Han, r)
}

// Titles that precede the names of office holders the dictionary has no
// office entry for (domestic and organisational posts). Discovery uses them
// as well as every dictionary office.
var genericTitles = []string{
	"书记", "副书记", "省长", "副省长", "市长", "副市长", "主席", "副主席", "董事长", "总经理", "总裁", "首席执行官",
	"部长", "副部长", "主任", "副主任", "秘书长", "副秘书长", "总干事", "院长", "校长", "会长", "大使", "特使",
	"议员", "党首", "党主席", "总司令", "司令", "参谋长", "代表", "发言人", "局长", "署长", "行长", "总督",
	"总理", "副总理", "总统", "副总统", "首相", "外长", "外相", "防长", "国王", "女王", "王储", "亲王", "议长",
	"酋长", "埃米尔", "苏丹", "委员长", "州长", "知事", "特首", "行政长官", "法官", "检察官", "将军", "领导人",
	"长官", "大臣", "防卫相", "外务相", "财务相", "经济产业相", "官房长官", "总书记", "教宗", "教皇", "国务卿",
	"幕僚长", "情报官", "次官", "审议官", "统括官", "辅佐官", "补佐官", "干事长", "政调会长", "部长",
	// Japanese ministers and officials (共同社 usage: 环境相石原宏高, 金融担当相片山皋月,
	// 国家安全保障局次长田中利则, 政策立案总括官冈田大, 统合幕僚副长松永浩二).
	"担当相", "环境相", "总务相", "法务相", "数字相", "复兴相", "文部科学相", "厚生劳动相", "农林水产相",
	"国土交通相", "局次长", "厅次长", "总括官", "幕僚副长",
	// advisers, ministry directors, royals and kin (外事顾问博纳, 亚洲司司长刘劲松, 天皇长女爱子)
	// academicians and founders (中科院院士周琪, 公司创始人任正非)
	"院士", "创始人", "总工程师", "总会计师", "总经济师", "CEO",
	"秘书", "顾问", "司长", "副司长", "处长", "王子", "公主", "夫人", "长女", "次女", "长子", "次子", "皇太子",
	"太后", "王后", "王妃", "皇后", "太子",
	// heads of towns and villages (町长上地常夫, 村长品田宏夫; 镇长, 乡长 in China),
	// and chiefs (外交事务首长沙辛)
	"町长", "村长", "镇长", "乡长", "首长",
	// heads of Japanese and Korean companies (丰田社长佐藤恒治), and family
	// members who speak for victims (绑架受害者家属横田早纪江)
	"社长", "副社长", "家属",
	// one elected who has not taken office yet (纽约市长当选人曼达尼, 总统当选人)
	"当选人",
	// members of a commission or a party's bureau (欧盟执行委员塞夫柯维奇, 政治局委员)
	"委员",
	// leaders of parties, boards and foundations, and people known by their
	// work (反对党领袖, 基金会理事长, 集团创始人, 大学教授, 数学家): the
	// name after them is the person met
	"领袖", "理事长", "创始人", "创办人", "教授", "院士", "总编辑", "总领事", "主教", "大主教",
	"数学家", "科学家", "物理学家", "经济学家", "作家", "企业家", "艺术家", "负责人",
	// Korean and Commonwealth officials, prosecutors and chiefs of staff
	// (国家安保室长, 常秘, 检察总长, 参谋总长)
	"室长", "常秘", "总长",
	// counsellors of a cabinet or a government (内阁官房参事山崎重孝, 国务院参事)
	"参事", "参事官",
	// heads of delegations (代表团团长梅金斯基)
	"团长",
	// officials named by rank only (高级官员金井正明)
	"官员",
}

// Stop words that end a discovered name: function words, verbs that follow
// names in diplomatic reports, and time words.
var nameStop = map[string]bool{
	"同": true, "与": true, "和": true, "及": true, "跟": true, "在": true, "于": true, "的": true, "是": true,
	"为": true, "对": true, "向": true, "将": true, "也": true, "已": true, "说": true, "表示": true, "指出": true,
	"强调": true, "举行": true, "出席": true, "率": true, "率领": true, "一行": true, "夫妇": true, "夫人": true,
	"等": true, "时": true, "今天": true, "昨天": true, "当天": true, "日前": true, "近日": true, "通过": true,
	"分别": true, "共同": true, "应邀": true, "应": true, "访问": true, "会见": true, "会谈": true,
	"会晤": true, "通电话": true, "抵达": true, "前往": true, "就": true, "并": true, "还": true, "都": true,
	"之": true, "以": true, "先生": true, "女士": true, "来": true, "去": true, "到": true, "从": true, "被": true, "让": true, "则": true,
	"当地时间": true, "星期": true, "周": true, "上午": true, "下午": true, "晚上": true, "晚": true,
}

var (
	surnameSet   = runeSet(surnameChars)
	translitSet  = runeSet(translitChars + "·")
	translitRare = runeSet(translitRareChars)
)

func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool, len(s)/3)
	for _, r := range s {
		m[r] = true
	}
	return m
}

// discoverName reads a person's name from the tokens that start at byte
// offset at (right after an office title). It returns the name's end, or -1.
// A name is 2–3 characters beginning with a common surname, or 2–12
// characters that are all transliteration characters (with ·).
//
// A transliteration the segmenter knows as a place name (议长加西亚,
// 主席福布斯) is a name after a title unless it is an entry of our
// dictionaries (entry: a country, a person, an office).
func discoverName(s string, toks []Token, at int, known, entry func(string) bool) (end int) {
	i := tokenIndex(toks, at)
	if i < 0 {
		// The segmenter may have glued the title's last character to an
		// unknown name (干事|长森山裕|和): the name is the rest of that
		// token.
		k := sort.Search(len(toks), func(k int) bool { return toks[k].End > at })
		if k == len(toks) || toks[k].Start >= at || toks[k].POS != "" {
			return -1
		}
		t := toks[k]
		toks = slices.Concat(toks[:k], []Token{{Text: t.Text[:at-t.Start], Start: t.Start, End: at}, {Text: t.Text[at-t.Start:], Start: at, End: t.End}}, toks[k+1:])
		i = k + 1
	}
	end = at
	n := 0
	placeEnd := -1 // the end of a place-tagged transliteration read as the name
	for ; i < len(toks); i++ {
		t := toks[i]
		if nameStop[t.Text] || !allHanOrDot(t.Text) {
			break
		}
		// A transliteration cut into pieces, some of which the segmenter
		// knows as names or places (斯|波利|亚里|茨), goes on while the
		// pieces do.
		// So does a last character it read as a verb or a noun, right
		// before what closes the name (奥|尔曼|松|举行, 卡米|卡米|卡|也与);
		// not 来, which opens 来华, 来访.
		lastVerb := utf8.RuneCountInString(t.Text) == 1 && (strings.HasPrefix(t.POS, "v") || t.POS == "n") && t.Text != "来" && closesName(toks, i+1)
		// (A short dictionary name may be the last piece, closed right
		// after: 阿布|巴|卡尔|和 is Abubakar, not 卡尔.)
		lastEntry := n >= 3 && entry(t.Text) && utf8.RuneCountInString(t.Text) == 2 && allTranslit(t.Text) && closesName(toks, i+1)
		if n > 0 && allTranslit(s[at:end]) && translitPiece(t.Text) && (!entry(t.Text) || lastEntry) &&
			(t.POS == "" || t.POS == "ns" || strings.HasPrefix(t.POS, "nr") || lastVerb) {
			n += utf8.RuneCountInString(t.Text)
			end = t.End
			if n >= 12 {
				break
			}
			continue
		}
		// A lone surname (陈|锦绣): the next short token completes the
		// name whatever gse thinks it is; a common noun only after a
		// surname it tags as a name and when what follows closes the name
		// (陈|锦绣|举行, not 曾|多次|到访).
		if n == 1 && surnameSet[firstRune(s[at:end])] && utf8.RuneCountInString(t.Text) <= 2 && !nameStop[t.Text] &&
			(!known(t.Text) || i > 0 && strings.HasPrefix(toks[i-1].POS, "nr") && strings.HasPrefix(t.POS, "n") && closesName(toks, i+1) && !entry(t.Text)) {
			n += utf8.RuneCountInString(t.Text)
			end = t.End
			i++
			break
		}
		if known(t.Text) && n > 0 {
			break
		}
		// A Japanese family name that is also a common word, and a given
		// name the segmenter does not know (局长金井|正彰|出席): four
		// characters closed by what ends a name.
		if n == 0 && japaneseName(toks, i) {
			// The given name is unknown to the segmenter, so the phrase
			// test of known (a common word + two characters) does not
			// apply.
			return toks[i+1].End
		}
		// A known common word (not a name-tagged one) ends the name; as
		// the first token it means there is no name (总理先生, 国家主席多次).
		// (Not a region's name: 主席|东南亚|之行.)
		place := t.POS == "ns" && n == 0 && allTranslit(t.Text) && !entry(t.Text) && !slices.Contains(regions, t.Text) && closesName(toks, i+1)
		if place {
			placeEnd = t.End
		}
		if t.POS != "" && !strings.HasPrefix(t.POS, "nr") && !place && (n > 0 || utf8.RuneCountInString(t.Text) > 1) {
			if n == 0 {
				return -1
			}
			break
		}
		n += utf8.RuneCountInString(t.Text)
		end = t.End
		if n >= 12 {
			break
		}
	}
	// The HMM often cuts a three-character name after two (金正|官): take
	// one more character when it is a lone Han character that is no
	// function word.
	if n == 2 && i < len(toks) && surnameSet[firstRune(s[at:end])] {
		t := toks[i]
		if utf8.RuneCountInString(t.Text) == 1 && allHanOrDot(t.Text) && !nameStop[t.Text] && !strings.Contains(singleStops, t.Text) {
			end = t.End
		}
	}
	end = extendGivenWa(s, at, end)
	// The segmenter may join a transliteration's last character to the 日
	// of 日前 (侯赛|尼日|前): it belongs to the name.
	if n >= 2 && allTranslit(s[at:end]) {
		if r, size := utf8.DecodeRuneInString(s[end:]); allTranslit(string(r)) && strings.HasPrefix(s[end+size:], "日前") {
			end += size
		}
	}
	// It may read an adverb after a Chinese name as the name's last
	// character (民众党主席黄国昌则|表示): such an adverb never ends one.
	if (n == 3 || n == 4) && surnameSet[firstRune(s[at:end])] {
		if r, size := utf8.DecodeLastRuneInString(s[at:end]); strings.ContainsRune(nameFollowers, r) && plausibleName(s[at:end-size]) {
			end -= size
		}
	}
	// It may also join a name's last character to the 时 that closes a
	// frame (在会见特使裴凯|儒时|表示): the 时 is the frame's.
	if n >= 3 && strings.HasSuffix(s[at:end], "时") && reFrameEnd.MatchString(s[end-len("时"):]) && plausibleName(s[at:end-len("时")]) {
		end -= len("时")
	}
	// A Japanese name of three and two characters (海江田|万里): a family
	// name the segmenter does not know, then a given name it reads as a
	// word of its own (a numeral, a name or nothing it knows), closed; not
	// a count (海江田|首次|访华).
	if n == 3 && i < len(toks) && toks[i-1].Start == at && toks[i-1].POS == "" && end == toks[i-1].End {
		t := toks[i]
		count := t.POS == "m" && (strings.ContainsAny(t.Text, "次度位个名批些届轮项回场") || hasAnyPrefix(t.Text, []string{"首", "两", "多", "几"}))
		if utf8.RuneCountInString(t.Text) == 2 && allHanOrDot(t.Text) && !strings.Contains(t.Text, "·") && !nameStop[t.Text] &&
			(t.POS == "" || t.POS == "m" && !count || strings.HasPrefix(t.POS, "nr")) && closesName(toks, i+1) {
			end = t.End
		}
	}
	name := s[at:end]
	// Three characters the segmenter does not know, as one word of their
	// own after the title and closed by a verb, an adverb, a time word or
	// punctuation, are a name without a common surname (环境省副大臣中田宏|
	// 先后|访问).
	if n == 3 && i > 0 && toks[i-1].Start == at && toks[i-1].End == end && toks[i-1].POS == "" &&
		(closesName(toks, i) || toks[i].POS == "t" || toks[i].POS == "d") && numerals(name) == 0 && !strings.ContainsAny(name, singleStops) && !known(name) && allHanOrDot(name) {
		return end
	}
	if !plausibleName(name) || known(name) && end != placeEnd {
		return -1
	}
	return end
}

// extendGivenWa carries a two-character family name on through a Japanese
// given name that begins with 和 (伊原|和|人, 志位|和|夫), which the
// segmenter reads as the connector: when one of the usual second
// characters follows and then something that closes a name (安倍和夫人 is
// "Abe and his wife").
func extendGivenWa(s string, at, end int) int {
	rest, ok := strings.CutPrefix(s[end:], "和")
	if !ok || utf8.RuneCountInString(s[at:end]) != 2 {
		return end
	}
	r, size := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune(japaneseGivenEnds, r) && closesText(rest[size:]) {
		return end + len("和") + size
	}
	return end
}

// extendRegnal extends a monarch's or pope's name over its regnal number
// (菲利佩|六世, 查尔斯|三世, 良|十四世).
func extendRegnal(s string, end int) int {
	if m := reRegnal.FindString(s[end:]); m != "" {
		return end + len(m)
	}
	return end
}

var reRegnal = regexp.MustCompile(`^[一二三四五六七八九十]{1,3}世`)

// japaneseGivenEnds are the second characters of Japanese given names
// that begin with 和 (和男, 和人, 和夫, 和子, 和也, 和彦, 和宏 …).
const japaneseGivenEnds = "男人夫子也彦宏弘久美代树哉"

// closesText reports whether text begins with what may follow a name:
// nothing, punctuation, a digit, or a function character (在, 表, 说 …).
func closesText(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return text == "" || !isHan(r) || strings.ContainsRune(singleStops+"表指强认", r)
}

// translitPiece reports whether w may be a piece of a transliterated name:
// transliteration characters, none of them a function word that follows
// names (梅洛尼|曾于, 诺尔|丁在).
func translitPiece(w string) bool {
	return allTranslit(w) && !strings.ContainsAny(w, singleStops)
}

// closesName reports whether the words from toks[i] on cannot continue a
// noun phrase: the end, punctuation, a stop word or a verb (议长加西亚|举行,
// not 总统中东|事务顾问).
func closesName(toks []Token, i int) bool {
	if i >= len(toks) {
		return true
	}
	t := toks[i]
	return !allHanOrDot(t.Text) || nameStop[t.Text] || strings.HasPrefix(t.POS, "v")
}

// japaneseName reports whether toks[i] and toks[i+1] make a four-character
// Japanese name: a two-character word, then two Han characters the
// segmenter does not know, closed by a name stop, a verb, a time word
// (周二) or the end of the words.
func japaneseName(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	a, b := toks[i], toks[i+1]
	if (a.POS != "" && !strings.HasPrefix(a.POS, "n")) || nameStop[a.Text] || strings.ContainsRune(singleStops, firstRune(a.Text)) {
		return false // 对华|盛顿, 两次|应约: a preposition or a numeral, not a family name
	}
	han2 := func(w string) bool {
		return utf8.RuneCountInString(w) == 2 && !strings.Contains(w, "·") && allHanOrDot(w)
	}
	if !han2(a.Text) || !han2(b.Text) || b.POS != "" || nameStop[b.Text] || strings.ContainsAny(b.Text, singleStops) {
		return false
	}
	if i+2 == len(toks) {
		return true
	}
	c := toks[i+2]
	return nameStop[c.Text] || !allHanOrDot(c.Text) || strings.HasPrefix(c.POS, "v") || c.POS == "t" || hasAnyPrefix(c.Text, []string{"今", "昨", "明", "当", "本", "上", "下"})
}

// extendDotName carries a name joined by middle dots to the end of its last
// part when the segmenter cut it short (塔耶·阿茨克·塞拉|西共同主持): up to
// three more transliteration characters, stopping at a function character
// or where another mention starts.
func extendDotName(s string, start, end int, ms []*mention) int {
	if !strings.Contains(s[start:end], "·") {
		return end
	}
	for n := 0; n < 3 && end < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !translitSet[r] || r == '·' || strings.ContainsRune(delimStops, r) {
			break
		}
		if slices.ContainsFunc(ms, func(m *mention) bool { return m.start == end }) || hasAnyPrefix(s[end:], timeHeads) {
			break
		}
		end += size
	}
	return end
}

// extendIntoDot carries a name the segmenter cut inside the first part of
// a name joined by middle dots (主席库尔|班古力·别尔德穆哈梅多夫) to the end
// of the dotted name: up to six more transliteration characters that are
// no function characters (总理贾法里|和努里·马利基 is two names), then a
// dot and each part after it, the last stopping before a word that ends
// names (as in titledDotted). A name not followed by such a part is left.
func extendIntoDot(s string, start, end int) int {
	run := func(at, most int) int {
		for n := 0; n < most && at < len(s); n++ {
			r, size := utf8.DecodeRuneInString(s[at:])
			if r == '·' || !translitSet[r] || strings.ContainsRune(delimStops, r) {
				break
			}
			at += size
		}
		return at
	}
	p := run(end, 6)
	if p == end || !strings.HasPrefix(s[p:], "·") {
		return end
	}
	last := -1
	for strings.HasPrefix(s[p:], "·") {
		q := p + len("·")
		e := run(q, 8)
		if e == q {
			break
		}
		last, p = q, e
	}
	if last < 0 {
		return end
	}
	for at := last; at < p; {
		_, size := utf8.DecodeRuneInString(s[at:])
		if at > last && stopsName(s[at:]) {
			return at
		}
		at += size
	}
	return p
}

// contactHeads are contact words whose first character is a
// transliteration character too (斯通, 通): 萨比特·阿巴西|通话.
var contactHeads = []string{"通话", "通电话", "通了电话"}

// reFrameEnd is the 时 that closes a frame before what a party said
// (…时表示, …时说).
var reFrameEnd = regexp.MustCompile(`^时(?:表示|说|指出|强调|称|，)`)

// sayHeads are verbs of what a party wants or says whose first character
// is a transliteration character too: 马哈茂德|希望.
var sayHeads = []string{"希望", "强调"}

// timeHeads begin time words that may follow a name (拉赫曼本周, 多瓦尔今天).
var timeHeads = []string{"本周", "本月", "本年", "本星期", "今天", "今日", "今年", "昨天", "昨日", "上周", "上月", "近日", "日前", "当天", "当日"}

// dotNames returns the spans of transliterated names joined by middle dots
// (阿吉特·多瓦尔, 穆罕默德·本·萨勒曼): runs of transliteration characters
// around each ·, every part at least one character, the first and the last
// part at least two, 3–20 characters in all, bounded by function characters.
func dotNames(s string) [][2]int {
	var out [][2]int
	from := 0
	for {
		i := strings.Index(s[from:], "·")
		if i < 0 {
			return out
		}
		dot := from + i
		start := dot
		for n := 0; n < 6 && start > 0; n++ {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if !translitSet[r] && !rareInside(r, s[:start-size], true) || r == '·' || strings.ContainsRune(delimStops+"来以", r) {
				break // 以来|穆罕默德·沙尔曼
			}
			start -= size
		}
		if start+len("夫") <= len(s) && strings.HasSuffix(s[:start+len("夫")], "丈夫") {
			start += len("夫") // 丈夫|杰拉尔德·韦克特
		}
		// The end of a role word before the name: 政治学家|约翰·…, 作家|…
		// (治, 学 and 家 are transliteration characters too); no name
		// holds 家.
		if i := strings.LastIndex(s[start:dot], "家"); i >= 0 && utf8.RuneCountInString(s[start+i+len("家"):dot]) >= 2 {
			start += i + len("家")
		}
		end, runes, part, lastPart, ok := dot, 0, 0, 0, true
		for end < len(s) && runes < 20 {
			r, size := utf8.DecodeRuneInString(s[end:])
			if r == '·' {
				if part == 0 && end != dot {
					ok = false // two dots in a row
					break
				}
				lastPart, part = part, 0
				end += size
				runes++
				continue
			}
			if !translitSet[r] && !rareInside(r, s[end+size:], false) && !(part > 0 && betweenDots(s[end:], part)) || strings.ContainsRune(delimStops, r) || hasAnyPrefix(s[end:], timeHeads) || hasAnyPrefix(s[end:], contactHeads) || hasAnyPrefix(s[end:], sayHeads) {
				break
			}
			part++
			end += size
			runes++
		}
		// An adverb after a subject is no name's last character
		// (努里·马利基|都会见; of nameFollowers only 都 and 则 are
		// transliteration characters that get this far).
		if r, size := utf8.DecodeLastRuneInString(s[:end]); part > 2 && strings.ContainsRune(nameFollowers, r) && end < len(s) && isHan(firstRune(s[end:])) {
			end -= size
			part--
		}
		if part > 0 {
			lastPart = part
		}
		from = max(end, dot+len("·"))
		first := utf8.RuneCountInString(s[start:dot])
		// (A first part of one character is a short given name when a
		// family name of three characters or more follows: 唐·奥伯多弗; not
		// 本 or 宾, "son of": 本·萨勒曼 is Mohammed bin Salman.)
		if !ok || first < 2 && (first < 1 || lastPart < 3 || strings.ContainsRune("本宾", firstRune(s[start:]))) || lastPart < 2 || strings.HasSuffix(s[:end], "·") || utf8.RuneCountInString(s[start:end]) < 5 {
			continue
		}
		// A place or an organisation named after a person (梅琳达·盖茨基金会,
		// 本·古里安国际机场) is no person.
		if hasAnyPrefix(s[end:], orgHeads) || hasAnySuffix(s[start:end], []string{"基金", "国"}) {
			continue
		}
		// A place whose last character the name took: 凯雷姆·沙洛姆|口岸.
		if _, size := utf8.DecodeLastRuneInString(s[:end]); hasAnyPrefix(s[end-size:], placeWords) {
			continue
		}
		out = append(out, [2]int{start, end})
	}
}

// nameFollowers are adverbs that follow a subject and that no Chinese
// given name ends with (not 会, 月 or 均, which do: 刘志会, 李明月, 李永均).
const nameFollowers = "则也都就还又曾已将即并"

// betweenDots reports whether rest, which goes on a name part of part
// characters after a dot, reaches the next dot in a part of at most four
// characters, none of them a function character: a part bounded by dots
// on both sides is a name's whatever its characters (泰蕾兹·卡伊宽巴·瓦格纳;
// not 易卜拉欣·贾法里到努里·马利基).
func betweenDots(rest string, part int) bool {
	for n := part; n < 4; n++ {
		r, size := utf8.DecodeRuneInString(rest)
		if !isHan(r) || strings.ContainsRune(singleStops+delimStops, r) {
			return false
		}
		rest = rest[size:]
		if strings.HasPrefix(rest, "·") {
			return true
		}
	}
	return false
}

// rareInside reports whether r, a rarer transliteration character
// (马哈茂德·陶菲克), is inside a name part: a common one comes next on the
// side away from the dot (before r when scanning back, after it when
// scanning on), so that a rare character never ends a name.
func rareInside(r rune, rest string, back bool) bool {
	if !translitRare[r] || strings.ContainsRune(delimStops, r) {
		return false
	}
	var next rune
	if back {
		next, _ = utf8.DecodeLastRuneInString(rest)
	} else {
		next, _ = utf8.DecodeRuneInString(rest)
	}
	return translitSet[next] && next != '·' && !strings.ContainsRune(delimStops, next)
}

// allTranslit reports whether every character of s is a transliteration
// character or a middle dot.
func allTranslit(s string) bool {
	for _, r := range s {
		if !translitSet[r] {
			return false
		}
	}
	return s != ""
}

// reGloss is the original of a transliterated name in Latin script, in
// brackets right after it, as CNA and DW write a person's first mention:
// 塞夫柯维奇（Maros Sefcovic）, 鄂夏柯夫（Yuri Ushakov）. Two to four
// capitalised words; acronyms (USSEC) and single words (Brussels) do not
// match. It is anchored at the opening bracket.
var reGloss = regexp.MustCompile(`^[（(]([A-Z][a-z'\-]+(?:[ \-](?:[A-Z][a-z'\-]+|[A-Z]\.|bin|ibn|al|de|van|von|der|da|di|du|la|le)){1,3})[）)]`)

// glosses returns, for each bracketed Latin gloss right after a Han
// character, the offset of its bracket and the Latin words.
func glosses(s string) (at []int, latin []string) {
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "（(")
		if j < 0 {
			break
		}
		b := i + j
		i = b + 1
		if b == 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:b]); !isHan(r) {
			continue
		}
		if m := reGloss.FindStringSubmatch(s[b:]); m != nil {
			at, latin = append(at, b), append(latin, m[1])
		}
	}
	return at, latin
}

// placeLatin begin the Latin names of places, not persons: St. Petersburg,
// New York, Los Angeles.
var placeLatin = []string{"St", "Saint", "New", "San", "Santa", "Los", "Las", "Buenos", "Port", "Cape", "Mount", "North", "South", "East", "West", "Hong", "Kuala", "Abu", "Tel", "Sri", "Costa", "Puerto", "El", "Rio", "Air", "United", "Truth", "Financial", "Wall", "White", "Red", "Green", "European", "National", "Royal", "Great", "Middle", "Sea", "Gulf"}

// glossedNames returns the spans of names glossed in Latin script that no
// mention covers: the longest run of transliteration characters right
// before the bracket, 2–8 characters, not after a word of place (在, 到,
// 赴, 抵, 访问) and not known to the dictionaries.
func glossedNames(s string, ms []*mention, titles []string, known func(string) bool) [][2]int {
	var out [][2]int
	brackets, latin := glosses(s)
	for k, b := range brackets {
		if first, _, _ := strings.Cut(latin[k], " "); slices.Contains(placeLatin, strings.TrimSuffix(first, ".")) {
			continue
		}
		end, start := b, b
		for n := 0; start > 0 && n < 8; n++ {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if !translitSet[r] {
				break
			}
			start -= size
		}
		// A title that ends inside or right before the run ends before the
		// name (部长|沙辛); a common word that opens it is no part of it
		// (哥哥|罗宾逊), and the name then has to begin at a word boundary.
		afterTitle := hasAnySuffix(s[:start], titles)
		for p := start; p < end; {
			_, size := utf8.DecodeRuneInString(s[p:])
			p += size
			if p < end && hasAnySuffix(s[:p], titles) {
				start, afterTitle = p, true
			}
		}
		if rs := []rune(s[start:end]); len(rs) >= 4 && known(string(rs[:2])) {
			start += len(string(rs[:2]))
			afterTitle = hasAnySuffix(s[:start], titles)
		}
		// The run must begin where a word begins: after punctuation, a
		// function word or a title, else it is the cut-off end of a longer
		// name (德米崔|耶夫, 约|翰·丹尼尔·凯恩).
		if r, _ := utf8.DecodeLastRuneInString(s[:start]); start > 0 && isHan(r) &&
			!strings.ContainsRune(nameBoundary, r) && !afterTitle {
			continue
		}
		name := s[start:end]
		if utf8.RuneCountInString(strings.ReplaceAll(name, "·", "")) < 2 || strings.HasPrefix(name, "·") || known(name) {
			continue
		}
		if hasAnySuffix(s[:start], []string{"在", "于", "到", "赴", "抵", "访问", "前往", "来自"}) {
			continue
		}
		if slices.ContainsFunc(ms, func(m *mention) bool { return start < m.end && end > m.start }) {
			continue
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// titledDotted returns the spans of transliterated names written with a
// middle dot (伊斯梅尔·哈尼亚) that begin right after a title, each part one
// to eight transliteration characters, that no mention covers and that are
// not known words.
func titledDotted(s string, ms []*mention, titles []string, known func(string) bool) [][2]int {
	var out [][2]int
	// run returns where the transliteration characters from at end.
	run := func(at int) int {
		for n := 0; n < 8 && at < len(s); n++ {
			r, size := utf8.DecodeRuneInString(s[at:])
			if r == '·' || !translitSet[r] {
				break
			}
			at += size
		}
		return at
	}
	for from := 0; ; {
		i := strings.Index(s[from:], "·")
		if i < 0 {
			return out
		}
		dot := from + i
		from = dot + len("·")
		start := dot
		for n := 0; start > 0 && n < 8; n++ {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if r == '·' || !translitSet[r] {
				break
			}
			start -= size
		}
		// The name begins where the last title before the dot ends.
		begin := -1
		for p := start; p < dot; {
			if hasAnySuffix(s[:p], titles) {
				begin = p
			}
			_, size := utf8.DecodeRuneInString(s[p:])
			p += size
		}
		end := run(from)
		if begin < 0 || end == from {
			continue
		}
		last := from
		for strings.HasPrefix(s[end:], "·") && run(end+len("·")) > end+len("·") {
			last = end + len("·")
			end = run(last)
		}
		from = end
		// The last part stops before a word that ends names (埃尔胡曼|则保持).
		for p := last; p < end; {
			_, size := utf8.DecodeRuneInString(s[p:])
			if p > last && stopsName(s[p:]) {
				end = p
				break
			}
			p += size
		}
		name := s[begin:end]
		if known(name) || slices.ContainsFunc(ms, func(m *mention) bool { return begin < m.end && end > m.start }) {
			continue
		}
		out = append(out, [2]int{begin, end})
	}
}

// nameBoundary are the characters after which a name may begin.
const nameBoundary = "与和同及跟对向的是为被将由让请在于等、"

// hasGloss reports a bracketed Latin gloss after Han text, the cheap test
// before glossedNames.
func hasGloss(s string) bool {
	at, _ := glosses(s)
	return len(at) > 0
}

// orgHeads follow a person's name inside the name of a place or a body.
var orgHeads = []string{"协会", "学会", "际", "机场", "大学", "学院", "公司", "集团", "中心", "基金", "酒店", "广场", "大街", "路", "港", "号", "奖", "式", "主义"}

// placeWords are words for places whose first character may end a
// transliterated name: 凯雷姆·沙洛姆口岸 is a border crossing.
var placeWords = []string{"口岸", "山口", "河口", "港口", "岛屿", "湾区"}

func hasAnyPrefix(s string, ps []string) bool {
	return slices.ContainsFunc(ps, func(p string) bool { return strings.HasPrefix(s, p) })
}

func hasAnySuffix(s string, ps []string) bool {
	return slices.ContainsFunc(ps, func(p string) bool { return strings.HasSuffix(s, p) })
}

// enumeratedName reads a name of three to five Han characters that fills
// the whole item of an enumeration after a title, up to the punctuation
// that closes it or a following 等人/等/一行/以及 (会见环境相石原宏高、…审议官伊藤祯则、
// …会长桑野和泉等人。). Japanese names hold characters that end a name
// elsewhere (和, 则, 也, 月, 前), which the enclosing punctuation makes
// safe to take; in "A和B" with sides of two characters or more, the name is
// A. A contact verb right after the name closes it as punctuation does
// (市长中山义隆会面): limit is where the next trigger starts, or len(s).
// phrase reports a word that marks a phrase (a verb, an adverb, a time
// word). It returns the name's end, or -1.
func enumeratedName(s string, at, limit int, known, phrase func(string) bool) int {
	end, n := at, 0
	closed := false // by a word that follows names: 等人, 以及 …
	for end < limit {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !isHan(r) {
			break
		}
		if n > 0 && hasAnyPrefix(s[end:], nameClosers) {
			closed = true
			break
		}
		end += size
		n++
		if n > 8 {
			// A name of three characters or more, then 和 or 及 and the
			// next member's titles (知事小池百合子及大阪府知事…): the name
			// ends at the connector.
			if i := connectorAfter(s[at:end], 3); i > 0 {
				end, closed = at+i, true
				break
			}
			return -1
		}
	}
	run := s[at:end]
	// Closed by punctuation (a sentence end, a list comma, a bracket), not
	// by the end of the text: a headline's last words after a title are
	// more often the rest of the title (总统外事顾问) than a name.
	if !closed && (end == len(s) || end < limit && !strings.ContainsRune("、，,。；;（(：:0123456789", firstRune(s[end:]))) {
		return -1 // a date may follow a name too (局长金井正彰17日访问中国)
	}
	rs := []rune(run)
	if end == limit && limit < len(s) && (len(rs) < 4 || !plausibleName(run)) {
		return -1 // bounded by a trigger, only a full Japanese-style name: not 会议而|访问, 后首次|到访
	}
	// "A和B" with two characters or more on each side is a coordination:
	// the name is A when it has three characters or more (统括官松田义男和
	// 木下康孝), else none (王刚和记者).
	for i, r := range rs {
		if r == '和' && i >= 2 && len(rs)-i-1 >= 2 {
			if i < 3 {
				return -1
			}
			rs = rs[:i]
			run = string(rs)
			break
		}
	}
	// A transliterated name closed by the word that ends a time clause
	// (会见总统办公厅主任克鲁托伊时，…; 会见总参谋长格拉西莫夫时说): the
	// name without it.
	for _, tail := range []string{"时说", "时表示", "时指出", "时强调", "时称", "时", "前", "后"} {
		if name, ok := strings.CutSuffix(run, tail); ok && utf8.RuneCountInString(name) >= 3 && allTranslit(name) && !known(name) {
			run = name
			rs = []rune(run)
			break
		}
	}
	if len(rs) < 3 || len(rs) > 5 || numerals(run) > 1 || len(rs) == 3 && numerals(run) > 0 || known(run) {
		return -1 // 一职前
	}
	if strings.ContainsAny(run, grammarChars) || strings.ContainsRune(leadStops, rs[0]) || strings.ContainsRune(groupEnds, rs[len(rs)-1]) {
		return -1
	}
	for k := 2; k <= len(rs)-2; k++ {
		if phrase(string(rs[:k])) || phrase(string(rs[k:])) {
			return -1
		}
	}
	if len(rs) == 5 && (phrase(string(rs[:3])) || phrase(string(rs[2:]))) {
		return -1
	}
	return at + len(run)
}

// connectorAfter returns the byte offset in run of the first 和 or 及 that
// has at least min characters before it, or -1.
func connectorAfter(run string, min int) int {
	n := 0
	for i, r := range run {
		if (r == '和' || r == '及') && n >= min {
			return i
		}
		n++
	}
	return -1
}

// nameClosers follow a name in an enumeration: 会长桑野和泉等人, 财务相片山皋月以及….
var nameClosers = []string{"等人", "等", "一行", "夫妇", "夫人", "以及"}

// grammarChars never stand in a person's name: particles, prepositions and
// verbs of speech (unlike 和, 则, 也, 前, 月, which Japanese names use).
const grammarChars = "的了与同在于是被把从向对给让说称将已曾又还就并及"

// leadStops begin a phrase, not a name, after a title (和王后, 兼外长,
// 时发表讲话).
const leadStops = "和兼或时等"

// groupEnds end a phrase, not a name: a time clause (霍夫曼时, 一职前) or a
// body of people (参访团, 调研组).
const groupEnds = "时前后团组队部处局厅院所府委党"

// delimitedName reads a name from the characters after a title when it is
// closed by punctuation or a function character (局长市川惠一、): 2–4 Han
// characters, or up to 12 with a middle dot. It returns the name's end, or
// -1. It serves where the segmenter cut across the title and the name.
func delimitedName(s string, at int, known func(string) bool) int {
	end, n := at, 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !isHan(r) && r != '·' || strings.ContainsRune(delimStops, r) {
			break
		}
		end += size
		n++
		if n > 12 {
			return -1
		}
	}
	// 以及 ("A以及B") is a connector, not the end of a name.
	if strings.HasSuffix(s[at:end], "以") && strings.HasPrefix(s[end:], "及") {
		end -= len("以")
	}
	// 则 before a preposition or an adverb is the conjunction, not the end
	// of a Japanese given name (船越健裕则于14日召见, 外长卡莱布则与…).
	conj := false
	if strings.HasSuffix(s[at:end], "则") && strings.ContainsRune("于在将已也就是与同和跟向对", firstRune(s[end:])) {
		end -= len("则")
		n--
		conj = true
	}
	name := s[at:end]
	if end < len(s) && !conj {
		// The name must be closed by punctuation or a function character,
		// not cut off inside a longer phrase.
		r, _ := utf8.DecodeRuneInString(s[end:])
		if isHan(r) && !strings.ContainsRune(delimStops, r) {
			return -1
		}
	}
	if !strings.Contains(name, "·") && n > 4 {
		return -1
	}
	// Closed by punctuation right after a title, three characters are a
	// name even without a common surname (阪田涉, 嘉数登).
	if n == 3 && !strings.Contains(name, "·") && end < len(s) && !isHan(firstRune(s[end:])) && numerals(name) == 0 && !known(name) &&
		!strings.ContainsRune(leadStops, firstRune(name)) {
		return end
	}
	if !plausibleName(name) || known(name) {
		return -1
	}
	return end
}

// gatheringName reports a word and 会 (圆桌会, 见面会, 茶话会): a gathering,
// not a name (企业家圆桌会).
func gatheringName(name string, known func(string) bool) bool {
	head, ok := strings.CutSuffix(name, "会")
	return ok && known(head)
}

// delimStops are the function characters that end a name read by
// characters: fewer than singleStops, since names contain 月, 日, 会 …
const delimStops = "的了和与同及在于等并是为将已曾也又还就被把从向对给让说称"

// singleStops are one-character words that follow names: verbs of speech and
// prepositions. A name never takes them as its last character.
const singleStops = "称说指对给让同与向在于和及将已曾也又还就等的了是为被把从自到至由并即则都均亦因而会今昨前后日月年首次再时"

// numerals counts the Chinese numeral characters of s.
func numerals(s string) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune("〇零一二两三四五六七八九十百千万", r) {
			n++
		}
	}
	return n
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func allHanOrDot(s string) bool {
	for _, r := range s {
		if !isHan(r) && r != '·' {
			return false
		}
	}
	return s != ""
}

// plausibleName applies the shape rules of discoverName.
func plausibleName(name string) bool {
	rs := []rune(name)
	if len(rs) < 2 || len(rs) > 12 {
		return false
	}
	// Nor is a message sent (习近平向巴西总统|致慰问电).
	if containsAny(name, messageWords) {
		return false
	}
	// Two characters that end with a connector are an adverb and a
	// preposition ("主席曾同殿下会晤": 曾 is also a surname).
	if len(rs) == 2 && strings.ContainsRune("同与和跟及对向", rs[1]) {
		return false
	}
	// A name does not end with a function character (教皇利奥|即将访问).
	if len(rs) == 3 && strings.ContainsRune("即将的了是被把从自到至由并则都均亦因而", rs[2]) {
		return false
	}
	if len(rs) <= 3 && surnameSet[rs[0]] {
		return true
	}
	// Four characters after a title: a Japanese name (市川惠一, 内仓浩昭),
	// unless a function character shows it is a phrase.
	if len(rs) == 4 && numerals(name) < 2 {
		check := name
		if rs[2] == '和' && strings.ContainsRune(japaneseGivenEnds, rs[3]) {
			check = string(rs[:2]) // 伊原和人: 和 begins the given name
		}
		if !strings.ContainsAny(check, singleStops+"·第") {
			return true
		}
	}
	// Five: a Japanese family name of two and a given name of three that
	// ends as such names do (山口那津男, 玉木雄一郎).
	if len(rs) == 5 && numerals(name) < 2 && strings.ContainsRune(japaneseGivenEnds+"郎", rs[4]) && !strings.ContainsAny(name, singleStops+"·第") {
		return true
	}
	return allTranslit(name) && rs[0] != '·' && rs[len(rs)-1] != '·'
}

// glossContradicts reports a dictionary person's name followed by a Latin
// gloss that is not that person's: 巴特尔（Kash Patel） is not the
// dictionary's 巴特尔 (Bagatur), only a namesake in transliteration. The
// gloss names another person when none of its words is a word of any of
// the mention's persons' Latin names, letters compared without accents and
// one substitution allowed (Jermak, Yermak). Persons without a Latin name
// are never contradicted.
func glossContradicts(s string, m *mention) bool {
	if m.kind != mPerson || len(m.persons) == 0 {
		return false
	}
	g := reGloss.FindStringSubmatch(s[m.end:])
	if g == nil {
		return false
	}
	gloss := latinWords(g[1])
	for _, p := range m.persons {
		if p.Latin == "" {
			return false
		}
		for _, w := range latinWords(p.Latin) {
			for _, v := range gloss {
				if nearWord(w, v) {
					return false
				}
			}
		}
	}
	return true
}

// latinWords splits a Latin name into lower-case words of plain letters
// (Šefčovič → sefcovic).
func latinWords(s string) []string {
	folded, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn))), s)
	if err != nil {
		folded = s
	}
	return strings.FieldsFunc(strings.ToLower(folded), func(r rune) bool { return r < 'a' || r > 'z' })
}

// nearWord reports two words equal but for at most one letter, among words
// of four letters or more.
func nearWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) != len(b) || len(a) < 4 {
		return false
	}
	diff := 0
	for i := range len(a) {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff <= 1
}
