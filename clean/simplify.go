package clean

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// converter is the OpenCC t2s converter, loaded on first use. Its Convert
// only reads the dictionaries, so one instance serves all goroutines.
type converter struct {
	cc *opencc.OpenCC
	// trigger holds every rune that some conversion rule changes. Text
	// without any of them is returned as is, without calling OpenCC: most
	// of the corpus is already simplified.
	trigger map[rune]bool
	// bmp is trigger for the Basic Multilingual Plane as a bit set: needs
	// runs over every sentence, and a map lookup per rune dominated it.
	bmp [0x10000 / 64]uint64
}

var loadConverter = sync.OnceValues(func() (*converter, error) {
	cc, err := opencc.New("t2s")
	if err != nil {
		return nil, err
	}
	c := &converter{cc: cc, trigger: map[rune]bool{}}
	read := eachRule(cc, func(k, vr []rune) {
		for i, r := range k {
			if i >= len(vr) || vr[i] != r || len(vr) != len(k) {
				c.trigger[r] = true
			}
		}
	})
	if !read || len(c.trigger) == 0 {
		c.trigger = nil // unknown layout: no fast path
	}
	for r := range c.trigger {
		if r < 0x10000 {
			c.bmp[r>>6] |= 1 << (r & 63)
		}
	}
	return c, nil
})

// eachRule calls f with the key and each value of every rule of cc's
// dictionaries, group by group. It returns false, having seen only some
// rules, when a dictionary is not a trie it can walk.
func eachRule(cc *opencc.OpenCC, f func(key, value []rune)) bool {
	for _, g := range cc.DictChains {
		for _, d := range g.Dicts {
			if d == nil || d.Trie == nil {
				return false
			}
			for _, id := range d.Trie.PrefixPredict(nil, 0) {
				key, err := d.Trie.Key(id)
				if err != nil {
					continue
				}
				v, err := d.Trie.Value(id)
				if err != nil || v < 0 || v >= len(d.Values) {
					continue
				}
				k := []rune(string(key))
				for _, val := range d.Values[v] {
					f(k, []rune(val))
				}
			}
		}
	}
	return true
}

// Simplify converts traditional Chinese script to simplified with OpenCC's
// t2s tables (phrases first, then characters), and writes the other dots
// that join the parts of a transliterated name (唐纳德‧特朗普, 杰弗里・爱泼斯坦,
// 穆罕默德．沙尔曼) as the usual middle dot "·", so a name is one form
// whatever the outlet typed. Text without traditional-only characters or
// such dots comes back unchanged and without allocation. 巿 (fú, a rare
// character that looks the same) is written 市, as news text means it
// (高巿早苗). Safe for concurrent use; the tables load once, on the first
// call.
func Simplify(s string) string {
	s = nameDots(s)
	if strings.Contains(s, "巿") {
		s = strings.ReplaceAll(s, "巿", "市")
	}
	c, err := loadConverter()
	if err != nil || c == nil {
		return s
	}
	if c.trigger != nil && !c.needs(s) {
		return s
	}
	return c.convert(s)
}

// Preimages tells where Simplify may have taken the characters of targets
// from. pre[w] lists the characters that some t2s rule turns into w at the
// same place of a key and value of one length (會 for 会; 巿 for 市), and
// those that become one of them in an earlier group of rules; w itself is
// not listed. unaligned holds the characters of every key whose value is
// not as long as the key and holds a target or one of its preimages: there
// a target's place in the result does not tell the source's. ok is false
// when the tables cannot be read that way; then any character may become a
// target.
func Preimages(targets map[rune]bool) (pre map[rune][]rune, unaligned map[rune]bool, ok bool) {
	pre, unaligned = map[rune][]rune{}, map[rune]bool{}
	want := maps.Clone(targets)
	add := func(w, from rune) bool {
		if w == from || slices.Contains(pre[w], from) {
			return false
		}
		pre[w] = append(pre[w], from)
		want[from] = true
		return true
	}
	if targets['市'] {
		add('市', '巿')
	}
	c, err := loadConverter()
	if err != nil || c == nil {
		return pre, unaligned, true // Simplify converts nothing else then
	}
	// One group's output is the next one's input: go round until a pass
	// finds no new source.
	for grew := true; grew; {
		grew = false
		read := eachRule(c.cc, func(k, vr []rune) {
			for i, r := range vr {
				switch {
				case !want[r]:
				case len(vr) != len(k):
					for _, kr := range k {
						if !unaligned[kr] {
							unaligned[kr], want[kr] = true, true
							grew = true
						}
					}
				default:
					grew = add(r, k[i]) || grew
				}
			}
		})
		if !read {
			return nil, nil, false
		}
	}
	return pre, unaligned, true
}

// otherDots are the characters besides "·" (U+00B7) that news text uses
// between the parts of a transliterated name: hyphenation point, katakana
// middle dot, fullwidth full stop, bullet.
const otherDots = "‧・．•"

// hasOtherDot reports whether s holds one of otherDots. One strings.Contains
// per dot is several times faster than strings.ContainsAny, which decodes
// every rune of s when the set is not ASCII.
func hasOtherDot(s string) bool {
	for _, d := range [...]string{"‧", "・", "．", "•"} {
		if strings.Contains(s, d) {
			return true
		}
	}
	return false
}

// nameDots replaces each of otherDots standing between two Han characters
// with "·"; elsewhere (a list bullet, a decimal point) they stay.
func nameDots(s string) string {
	if !hasOtherDot(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(-1)
	for i, r := range s {
		if strings.ContainsRune(otherDots, r) && isHan(prev) {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if isHan(next) {
				b.WriteRune('·')
				prev = r
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// convert does what opencc.Convert does — for each dictionary group, at
// each position the longest key of the first dictionary that has a match,
// else the rune itself — but walks the tries byte by byte without building
// maps, which makes it several times faster.
func (c *converter) convert(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, g := range c.cc.DictChains {
		in := s
		b.Reset()
		for i := 0; i < len(in); {
			// look ahead at most 10 runes, as OpenCC does
			limit, runes := i, 0
			for limit < len(in) && runes < 10 {
				_, size := utf8.DecodeRuneInString(in[limit:])
				limit += size
				runes++
			}
			matched := false
			for _, d := range g.Dicts {
				best, bestVal := 0, -1
				from := 0
				for j := i; j < limit; j++ {
					to, err := d.Trie.Jump([]byte{in[j]}, from)
					if err != nil {
						break
					}
					if v, err := d.Trie.Value(to); err == nil && utf8.RuneStart(byteAt(in, j+1)) {
						best, bestVal = j+1, v
					}
					from = to
				}
				if bestVal >= 0 && bestVal < len(d.Values) && len(d.Values[bestVal]) > 0 {
					b.WriteString(d.Values[bestVal][0])
					i = best
					matched = true
					break
				}
			}
			if !matched {
				_, size := utf8.DecodeRuneInString(in[i:])
				b.WriteString(in[i : i+size])
				i += size
			}
		}
		s = b.String()
	}
	return s
}

// byteAt returns s[i], or a rune-start byte past the end.
func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

func (c *converter) needs(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0x10000 {
			if c.bmp[r>>6]&(1<<(r&63)) != 0 {
				return true
			}
		} else if c.trigger[r] {
			return true
		}
		i += size
	}
	return false
}

// traditionalRunes counts the runes of s that Simplify changes (s and
// simplified must be the text before and after conversion).
func traditionalRunes(s, simplified string) int {
	if s == simplified {
		return 0
	}
	a, b := []rune(s), []rune(simplified)
	if len(a) != len(b) {
		n := len(a) - len(b)
		if n < 0 {
			n = -n
		}
		return max(n, 1)
	}
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}
