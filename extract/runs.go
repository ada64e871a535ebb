package extract

import (
	"regexp"
	"unicode/utf8"
)

// runFinder runs a regular expression only over the runs of a sentence that
// can hold a match. The date expressions are written with a small alphabet
// (digits, Chinese numerals, 年月日号 …) and need one of a few characters (月
// for a month); a sentence is mostly other characters. Searching the whole
// sentence costs the backtracker a pass over every byte for every match;
// searching the maximal runs of alphabet characters that contain a needed
// character finds exactly the same matches, since the expressions have no
// anchors and no word boundaries and a match never leaves the alphabet.
type runFinder struct {
	re    *regexp.Regexp
	alpha map[rune]bool // every rune a match may contain (ASCII digits aside)
	need  map[rune]bool // a match holds at least one of these
	// digits: ASCII digits belong to the alphabet.
	digits bool
}

// newRunFinder builds a runFinder; alpha and need list runes.
func newRunFinder(re *regexp.Regexp, alpha, need string, digits bool) *runFinder {
	f := &runFinder{re: re, alpha: map[rune]bool{}, need: map[rune]bool{}, digits: digits}
	for _, r := range alpha {
		f.alpha[r] = true
	}
	for _, r := range need {
		f.need[r] = true
		f.alpha[r] = true
	}
	return f
}

func (f *runFinder) in(r rune) bool {
	return (f.digits && r >= '0' && r <= '9') || f.alpha[r]
}

// findAllSubmatchIndex is re.FindAllStringSubmatchIndex(s, -1).
func (f *runFinder) findAllSubmatchIndex(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < utf8.RuneSelf && !(f.digits && r >= '0' && r <= '9') && !f.alpha[r] {
			i += n
			continue
		}
		if !f.in(r) {
			i += n
			continue
		}
		j, has := i, false
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !f.in(r) {
				break
			}
			has = has || f.need[r]
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

const cnDigits = "〇零一二三四五六七八九十两"

// Run finders for the date expressions of dates.go. Each alphabet is every
// character its expression can match; each need list holds a character
// that every match contains.
var (
	runsMonthDay = newRunFinder(reMonthDay, cnDigits+"年今去前本份日号", "月", true)
	runsDay      = newRunFinder(reDay, cnDigits, "日号", true)
	runsSlash    = newRunFinder(reSlash, "", "/", true)
	runsWeekday  = newRunFinder(reWeekday, "一二三四五六日天", "星期礼拜周", false)
	runsRelative = newRunFinder(reRelative, "天日周星期个月", "昨前今上本近", false)
)
