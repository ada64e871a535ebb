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
// boilerplate, but it adds no Han character. So the Han characters of a
// cleaned sentence are, in order, among those of the raw title and body,
// and the characters of one word stand next to each other there once every
// other character is left out (会<br>见 is 会见). A character entity
// (&#20250;) breaks this and sends the article to be cleaned. Conversion
// from traditional script changes characters one for one, each in its
// place (會見 becomes 会见), so every spelling that may become a contact
// word is looked for (会见, 會見, 會见, 会見); a character of one of the
// rules that change a phrase's length sends the article to be cleaned.
// Contact words are matched by their Han characters alone, summit
// shorthands by two initials before 会, whatever follows.
//
// (The one case this misses is a contact word that the cleaner joins by
// removing Han text from inside it: 会<span hidden>广告</span>见.)

// maxSpellings bounds the spellings of one contact word; past it, the
// word's other spellings send an article to be cleaned instead.
const maxSpellings = 1 << 10

// skim is what MayRelate needs.
type skim struct {
	cues      *cedar.Cedar // every spelling of the trigger words' Han characters
	first     *charSet     // the characters those spellings begin with
	hui       *charSet     // 会 and what conversion turns into it
	initials  *charSet     // the initials of persons, and what conversion turns into them
	unaligned *charSet     // characters whose conversion may shift a word: clean to be sure
}

// newSkim prepares MayRelate for the triggers and initials; nil means every
// article may relate (a trigger without Han characters, or conversion
// tables it cannot read).
func newSkim(triggers []Trigger, initials map[rune]bool) *skim {
	var words []string
	targets := map[rune]bool{'会': true}
	for r := range initials {
		targets[r] = true
	}
	for _, t := range triggers {
		w := hanOnly(t.Word)
		if w == "" {
			return nil
		}
		words = append(words, w)
		for _, r := range w {
			targets[r] = true
		}
	}
	pre, unaligned, ok := clean.Preimages(targets)
	if !ok {
		return nil
	}
	// sources(r): r, then every character that conversion turns into r,
	// through one group of rules or several.
	sources := func(r rune) []rune {
		out := []rune{r}
		for i := 0; i < len(out); i++ {
			for _, p := range pre[out[i]] {
				if !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
		}
		return out
	}
	var spellings []string
	first, hui, inits := map[rune]bool{}, map[rune]bool{}, map[rune]bool{}
	for _, w := range slices.Compact(slices.Sorted(slices.Values(words))) {
		forms := []string{""}
		for _, r := range w {
			src := sources(r)
			if len(forms)*len(src) > maxSpellings {
				for _, p := range src[1:] {
					unaligned[p] = true
				}
				src = src[:1]
			}
			next := make([]string, 0, len(forms)*len(src))
			for _, f := range forms {
				for _, p := range src {
					next = append(next, f+string(p))
				}
			}
			forms = next
		}
		for _, f := range forms {
			r, _ := utf8.DecodeRuneInString(f)
			first[r] = true
		}
		spellings = append(spellings, forms...)
	}
	for _, r := range sources('会') {
		hui[r] = true
	}
	for r := range initials {
		for _, p := range sources(r) {
			inits[p] = true
		}
	}
	return &skim{
		cues:      patternTrie(slices.Compact(slices.Sorted(slices.Values(spellings)))),
		first:     newCharSet(first),
		hui:       newCharSet(hui),
		initials:  newCharSet(inits),
		unaligned: newCharSet(unaligned),
	}
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
// a contact word or a summit shorthand's initials, in any spelling that
// becomes one in simplified script. When it says no, cleaning the article
// and extracting from it would find nothing. An Extractor made by
// Discovering says yes to every article.
func (x *Extractor) MayRelate(d read.Doc) bool {
	sk := x.skim
	if x.everyArticle || sk == nil || bytes.Contains(d.Body, []byte("&#")) {
		return true
	}
	var han []byte          // the Han characters of the title and the body
	var starts, hui []int32 // where in han a contact word may begin; each 会
	add := func(r rune, enc []byte) bool {
		if sk.unaligned.has(r) {
			return false
		}
		if sk.first.has(r) {
			starts = append(starts, int32(len(han)))
		}
		if sk.hui.has(r) {
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
		if wordAt(sk.cues, s, int(i)) {
			return true
		}
	}
	for _, at := range hui {
		r2, n2 := utf8.DecodeLastRuneInString(s[:at])
		r1, _ := utf8.DecodeLastRuneInString(s[:int(at)-n2])
		if sk.initials.has(r1) && sk.initials.has(r2) {
			return true
		}
	}
	return false
}
