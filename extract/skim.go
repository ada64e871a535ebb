package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vcaesar/cedar"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/read"
)

// Most articles of an archive hold no contact word, and cleaning them is
// most of what they would cost. MayRelate tells them by their raw text,
// before cleaning, and errs only on the side of yes.
//
// Why the raw text suffices: cleaning removes markup, whitespace and
// boilerplate and converts traditional script, but it adds no Han
// character. So the Han characters of a cleaned sentence are, in order,
// among those of the raw title and body, and the characters of one word
// stand next to each other there once every other character is left out
// (会<br>见 is 会见). That fails only where a character entity writes one
// (&#20250;), or where t2s conversion makes one (會見 is 会见): an entity, or
// a character that conversion may turn into a character of a contact word,
// of 会 or of an initial, sends the article to be cleaned. Contact words are
// matched by their Han characters alone, summit shorthands by two initials
// before 会, whatever follows.
//
// (The one case this misses is a contact word that the cleaner joins by
// removing Han text from inside it: 会<span hidden>广告</span>见.)

// skimmer returns what MayRelate needs: a trie of the trigger words' Han
// characters, the characters they begin with, and the characters t2s
// conversion may turn into one of theirs, of 会 or of an initial. all is
// true when some trigger has no Han character, or the conversion tables
// cannot be read: then every article may relate.
func skimmer(triggers []Trigger, initials map[rune]bool) (cues *cedar.Cedar, first, converted *charSet, all bool) {
	words := make([]string, 0, len(triggers))
	chars := map[rune]bool{'会': true}
	firsts := map[rune]bool{}
	for r := range initials {
		chars[r] = true
	}
	for _, t := range triggers {
		w := hanOnly(t.Word)
		if w == "" {
			return nil, nil, nil, true
		}
		words = append(words, w)
		for i, r := range w {
			chars[r] = true
			if i == 0 {
				firsts[r] = true
			}
		}
	}
	from, ok := clean.ConvertedInto(chars)
	if !ok {
		return nil, nil, nil, true
	}
	words = slices.Compact(slices.Sorted(slices.Values(words)))
	return patternTrie(words), newCharSet(firsts), newCharSet(from), false
}

// charSet is a set of characters: a bit set over the Basic Multilingual
// Plane (MayRelate looks up every Han character of an archive), a map
// beyond it.
type charSet struct {
	bmp   [0x10000 / 64]uint64
	other map[rune]bool
}

func newCharSet(rs map[rune]bool) *charSet {
	s := &charSet{other: map[rune]bool{}}
	for r := range rs {
		if r < 0x10000 {
			s.bmp[r>>6] |= 1 << (r & 63)
		} else {
			s.other[r] = true
		}
	}
	return s
}

func (s *charSet) has(r rune) bool {
	if r < 0x10000 {
		return s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.other[r]
}

// hanOnly returns the Han characters of s.
func hanOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		if isHan(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// MayRelate reports whether an article, read but not yet cleaned, may
// yield a relation: whether the Han characters of its title and body hold
// a contact word or a summit shorthand's initials. When it says no,
// cleaning the article and extracting from it would find nothing. An
// Extractor made by Discovering says yes to every article.
func (x *Extractor) MayRelate(d read.Doc) bool {
	if x.everyArticle || x.rawAll || bytes.Contains(d.Body, []byte("&#")) {
		return true
	}
	var han []byte          // the Han characters of the title and the body
	var starts, hui []int32 // where in han a contact word may begin; each 会
	add := func(r rune, enc []byte) bool {
		if x.rawConverted.has(r) {
			return false
		}
		if x.rawFirst.has(r) {
			starts = append(starts, int32(len(han)))
		}
		if r == '会' {
			hui = append(hui, int32(len(han)))
		}
		han = append(han, enc...)
		return true
	}
	var buf [utf8.UTFMax]byte
	for _, r := range d.Title {
		if isHan(r) && !add(r, buf[:utf8.EncodeRune(buf[:], r)]) {
			return true
		}
	}
	for i, body := 0, d.Body; i < len(body); {
		if body[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(body[i:])
		if isHan(r) && !add(r, body[i:i+n]) {
			return true
		}
		i += n
	}
	s := string(han)
	for _, i := range starts {
		if wordAt(x.rawTrie, s, int(i)) {
			return true
		}
	}
	for _, at := range hui {
		r2, n2 := utf8.DecodeLastRuneInString(s[:at])
		r1, _ := utf8.DecodeLastRuneInString(s[:int(at)-n2])
		if x.initials[r1] && x.initials[r2] {
			return true
		}
	}
	return false
}
