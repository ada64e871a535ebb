package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
)

var findWords = []string{"会见", "参加会见", "普京", "普京总统", "中", "中俄", "CEO", "ab", "bcd", "會見"}

// findNaive is find's specification: from each character, the longest word
// that starts there; the search goes on after it.
func findNaive(words []string, s string) []wordMatch {
	var out []wordMatch
	for i := 0; i < len(s); {
		best, pat := 0, -1
		for k, w := range words {
			if len(w) > best && strings.HasPrefix(s[i:], w) {
				best, pat = len(w), k
			}
		}
		if pat < 0 {
			i++
			continue
		}
		out = append(out, wordMatch{pat: pat, start: i, end: i + best})
		i += best
	}
	return out
}

// everyNaive is everyMatch's specification: every occurrence of every
// word, by start, then by length.
func everyNaive(words []string, s string) []wordMatch {
	var out []wordMatch
	for i := 0; i < len(s); i++ {
		var at []wordMatch
		for k, w := range words {
			if strings.HasPrefix(s[i:], w) {
				at = append(at, wordMatch{pat: k, start: i, end: i + len(w)})
			}
		}
		slices.SortFunc(at, func(a, b wordMatch) int { return a.end - b.end })
		out = append(out, at...)
	}
	return out
}

func matchedTexts(s string, ms []wordMatch) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%s@%d|", s[m.start:m.end], m.start)
	}
	return b.String()
}

func TestMatcherFind(t *testing.T) {
	m := &matcher{trie: patternTrie(findWords)}
	for _, tt := range []struct{ s, want string }{
		{"习近平会见普京总统", "会见@9|普京总统@15|"}, // the longest word at a start
		{"他参加会见普京", "参加会见@3|普京@15|"},   // a longer word hides the one inside it
		{"普京总", "普京@0|"},               // a path that fails falls back to the last word on it
		{"中俄会见", "中俄@0|会见@6|"},
		{"中方", "中@0|"},
		{"abcd", "ab@0|"}, // leftmost first: bcd overlaps ab and is dropped
		{"xbcd", "bcd@1|"},
		{"公司CEO张雷", "CEO@6|"},
		{"\xff会见\xe4", "会见@1|"}, // invalid bytes are skipped
		{"参加会", ""},
		{"", ""},
		{"會見", "會見@0|"},
	} {
		if got := matchedTexts(tt.s, m.find(tt.s)); got != tt.want {
			t.Errorf("find(%q) = %s, want %s", tt.s, got, tt.want)
		}
	}
}

func TestEveryMatch(t *testing.T) {
	trie := patternTrie(findWords)
	for _, tt := range []struct{ s, want string }{
		{"他参加会见普京总统", "参加会见@3|会见@9|普京@15|普京总统@15|"},
		{"abcd", "ab@0|bcd@1|"},
		{"中俄\xff中", "中@0|中俄@0|中@7|"},
		{"", ""},
	} {
		if got := matchedTexts(tt.s, everyMatch(trie, tt.s)); got != tt.want {
			t.Errorf("everyMatch(%q) = %s, want %s", tt.s, got, tt.want)
		}
	}
}

// FuzzMatcherFind checks find and everyMatch against their specifications
// on any input.
func FuzzMatcherFind(f *testing.F) {
	for _, s := range []string{"习近平会见普京总统", "他参加会见普京", "abcd", "中俄\xff会", "普京总"} {
		f.Add(s)
	}
	m := &matcher{trie: patternTrie(findWords)}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := m.find(s), findNaive(findWords, s)
		if matchedTexts(s, got) != matchedTexts(s, want) {
			t.Fatalf("find(%q) = %s, want %s", s, matchedTexts(s, got), matchedTexts(s, want))
		}
		if got, want := matchedTexts(s, everyMatch(m.trie, s)), matchedTexts(s, everyNaive(findWords, s)); got != want {
			t.Fatalf("everyMatch(%q) = %s, want %s", s, got, want)
		}
	})
}

func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}

func TestTitledDotted(t *testing.T) {
	x := testExtractor(t)
	known := func(w string) bool { return x.dictEntry(w) || x.seg.commonWord(w) }
	for _, tt := range []struct{ s, want string }{
		{"某组织领导人伊斯梅尔·哈尼亚以及一名保镖遇袭。", "伊斯梅尔·哈尼亚|"},
		{"某国外长图凡·埃尔胡曼则保持沉默。", "图凡·埃尔胡曼|"},                 // 则 ends the name
		{"某组织领导人奥萨马·本·拉登于当年遇袭。", "奥萨马·本·拉登|"},             // three parts; 于 ends it
		{"据玛丽亚·扎哈罗娃说，会议推迟。", ""},                          // no title before it
		{"发言人玛丽亚·扎哈罗娃、顾问卡罗琳·莱维特表示。", "玛丽亚·扎哈罗娃|卡罗琳·莱维特|"}, // two
	} {
		var got strings.Builder
		for _, sp := range titledDotted(tt.s, nil, x.titles, known) {
			got.WriteString(tt.s[sp[0]:sp[1]] + "|")
		}
		if got.String() != tt.want {
			t.Errorf("titledDotted(%q) = %s, want %s", tt.s, got.String(), tt.want)
		}
	}
}

// TestScanSets checks the character sets of the recurringTitled scan:
// each holds every character of its source (titles may end in a Latin
// letter: CEO) and no other.
func TestScanSets(t *testing.T) {
	for r := range titlesByLast {
		if !titleLastBits.has(r) {
			t.Errorf("titleLastBits lacks %q", r)
		}
	}
	for _, r := range surnameChars + "的了在我·a一O" {
		if surnameBits.has(r) != surnameSet[r] {
			t.Errorf("surnameBits.has(%q) = %v, surnameSet says %v", r, surnameBits.has(r), surnameSet[r])
		}
	}
	if titleLastBits.has('的') {
		t.Error("titleLastBits holds 的")
	}
}
