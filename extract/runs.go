package extract

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// runFinder runs a regular expression only over the runs of a sentence that
// can hold a match. The date expressions are written with a small alphabet
// (digits, Chinese numerals, 年月日号 …) and need one of a few characters (月
// for a month); a sentence is mostly other characters. Searching the whole
// sentence costs the backtracker a pass over every byte for every match;
// searching the maximal runs of alphabet characters that contain a needed
// character finds exactly the same matches, since a match never leaves the
// alphabet. Both sets are worked out from the expression itself, so they
// follow its edits; an expression with anchors, word boundaries, "any
// character" or runes beyond the Basic Multilingual Plane is simply run
// over the whole sentence.
type runFinder struct {
	re    *regexp.Regexp
	plain bool   // no usable alphabet: search the whole sentence
	alpha bmpSet // every rune a match may contain
	need  bmpSet // a match holds at least one of these
}

// bmpSet is a set of runes of the Basic Multilingual Plane.
type bmpSet [0x10000 / 64]uint64

func (s *bmpSet) add(r rune) { s[r>>6] |= 1 << (r & 63) }

func (s *bmpSet) has(r rune) bool { return r >= 0 && r < 0x10000 && s[r>>6]&(1<<(r&63)) != 0 }

// newRunFinder analyses re.
func newRunFinder(re *regexp.Regexp) *runFinder {
	f := &runFinder{re: re}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		f.plain = true
		return f
	}
	tree = tree.Simplify()
	if !alphabet(tree, &f.alpha) {
		f.plain = true
		return f
	}
	need, ok := needed(tree)
	if !ok {
		f.plain = true
		return f
	}
	for _, r := range need {
		f.need.add(r)
	}
	return f
}

// alphabet adds every rune that re can match to set; false when that is not
// a small set of BMP runes (any-character, anchors, boundaries, huge ranges).
func alphabet(re *syntax.Regexp, set *bmpSet) bool {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass:
		runes := re.Rune
		if re.Op == syntax.OpLiteral {
			runes = nil
			for _, r := range re.Rune {
				runes = append(runes, r, r)
			}
		}
		for i := 0; i+1 < len(runes); i += 2 {
			lo, hi := runes[i], runes[i+1]
			if hi >= 0x10000 || hi-lo > 4096 {
				return false
			}
			for r := lo; r <= hi; r++ {
				set.add(r)
				if re.Flags&syntax.FoldCase != 0 {
					for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
						if f >= 0x10000 {
							return false
						}
						set.add(f)
					}
				}
			}
		}
		return true
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat, syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !alphabet(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpEmptyMatch:
		return true
	}
	return false
}

// needed returns runes of which every match of re holds at least one; false
// when re can match the empty string (or could not be analysed).
func needed(re *syntax.Regexp) ([]rune, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		r := re.Rune[0]
		out := []rune{r}
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				out = append(out, f)
			}
		}
		return out, true
	case syntax.OpCharClass:
		var out []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, r)
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return needed(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return needed(re.Sub[0])
	case syntax.OpConcat:
		var best []rune
		ok := false
		for _, sub := range re.Sub {
			if n, k := needed(sub); k && (!ok || len(n) < len(best)) {
				best, ok = n, true
			}
		}
		return best, ok
	case syntax.OpAlternate:
		var out []rune
		for _, sub := range re.Sub {
			n, k := needed(sub)
			if !k {
				return nil, false
			}
			out = append(out, n...)
		}
		return out, true
	}
	return nil, false
}

// findAllSubmatchIndex is re.FindAllStringSubmatchIndex(s, -1).
func (f *runFinder) findAllSubmatchIndex(s string) [][]int {
	if f.plain {
		return f.re.FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !f.alpha.has(r) {
			i += n
			continue
		}
		j, has := i, false
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !f.alpha.has(r) {
				break
			}
			has = has || f.need.has(r)
			j += n
		}
		if has {
			for _, m := range f.re.FindAllStringSubmatchIndex(s[i:j], -1) {
				for k := range m {
					if m[k] >= 0 {
						m[k] += i
					}
				}
				out = append(out, m)
			}
		}
		i = j
	}
	return out
}

// Run finders for the date expressions of dates.go.
var (
	runsMonthDay = newRunFinder(reMonthDay)
	runsDay      = newRunFinder(reDay)
	runsSlash    = newRunFinder(reSlash)
	runsWeekday  = newRunFinder(reWeekday)
	runsRelative = newRunFinder(reRelative)
	runsAgo      = newRunFinder(reAgo)
)
