package extract

import (
	"math"
	"strings"

	"github.com/go-ego/gse"
)

// cut is gse's Cut(text, true) — the word graph of every dictionary word
// in the text, the most probable path through it, and the HMM over runs of
// single characters — computed the same way with the same dictionary, but
// without gse's per-call maps and its second dictionary lookup of every
// edge: segmentation is the costliest step of extraction, and this halves
// it. TestCutSameAsGse and FuzzCut hold it to gse's output.
func (s *Segmenter) cut(str string) []string {
	if gse.ToLower {
		str = strings.ToLower(str)
	}
	runes := []rune(str)
	n := len(runes)
	if n == 0 {
		return nil
	}
	// The text as gse looks words up: string(runes[a:b]) is norm[off[a]:off[b]]
	// (norm differs from str only where str is not valid UTF-8).
	norm := []byte(string(runes))
	off := make([]int, n+1)
	for i, p := 0, 0; i < n; i++ {
		off[i] = p
		p += runeLen(runes[i])
	}
	off[n] = len(norm)

	// The word graph: from each position, the ends of the dictionary words
	// starting there, with their frequencies (gse's getDag).
	// LookupTokens walks the trie once from k, rune by rune, where gse looks
	// every prefix up from the root; it yields the words (prefixes with a
	// value) in order of length, which tokLen turns back into end positions.
	s.lenOnce.Do(s.indexTokens)
	words := make([]gse.Text, n)
	for i := range words {
		words[i] = norm[off[i]:off[i+1]]
	}
	found := make([]*gse.Token, n)
	edges := make([][]edge, n)
	var pool []edge
	// A NUL byte reaches the trie's value slots (gse finds "理\x00" as a
	// word): texts holding one take gse's own lookups throughout.
	slow := strings.IndexByte(str, 0) >= 0
	for k := 0; k < n; k++ {
		start := len(pool)
		if slow {
			pool = s.edgesFrom(pool, norm, off, k)
			if len(pool) == start {
				freq, _, ok := s.seg.Dict.Find(words[k])
				pool = append(pool, edge{end: k, freq: freq, ok: ok})
			}
			edges[k] = pool[start:len(pool):len(pool)]
			continue
		}
		cnt := s.seg.Dict.LookupTokens(words[k:], found)
		j := k
		for _, t := range found[:cnt] {
			l, known := s.tokLen[t]
			for j < n && off[j+1]-off[k] < l {
				j++
			}
			if !known || j >= n || off[j+1]-off[k] != l {
				pool = s.edgesFrom(pool[:start], norm, off, k)
				break
			}
			if t.Freq() > 0 {
				pool = append(pool, edge{end: j, freq: t.Freq(), ok: true})
			}
		}
		if len(pool) == start {
			// No word of positive frequency starts here: one character,
			// known to the dictionary or not (gse's fallback edge).
			freq, _, ok := s.seg.Dict.Find(words[k])
			pool = append(pool, edge{end: k, freq: freq, ok: ok})
		}
		edges[k] = pool[start:len(pool):len(pool)]
	}

	// The best route from each position to the end (gse's calc).
	type route struct {
		freq  float64
		index int
	}
	rs := make([]route, n+1)
	logT := math.Log(s.seg.Dict.TotalFreq())
	for idx := n - 1; idx >= 0; idx-- {
		for j, e := range edges[idx] {
			var r route
			if e.ok {
				r = route{freq: math.Log(e.freq) - logT + rs[e.end+1].freq, index: e.end}
			} else {
				r = route{freq: math.Log(1.0) - logT + rs[e.end+1].freq, index: e.end}
			}
			if v := rs[idx]; j == 0 || v.freq < r.freq || (v.freq == r.freq && v.index < r.index) {
				rs[idx] = r
			}
		}
	}

	// Words along the route; runs of single characters go to the HMM
	// unless the run itself is a dictionary word (gse's cutDAG and hmm).
	out := make([]string, 0, n/2+1)
	bufStart := -1
	flush := func(end int) {
		if bufStart < 0 {
			return
		}
		buf := string(runes[bufStart:end])
		if end-bufStart == 1 {
			out = append(out, buf)
		} else if v, _, ok := s.seg.Dict.Find(norm[off[bufStart]:off[end]]); !ok || v == 0 {
			out = append(out, s.seg.HMMCut(buf)...)
		} else {
			for _, r := range runes[bufStart:end] {
				out = append(out, string(r))
			}
		}
		bufStart = -1
	}
	for x := 0; x < n; {
		y := rs[x].index + 1
		if y-x == 1 {
			if bufStart < 0 {
				bufStart = x
			}
		} else {
			flush(x)
			out = append(out, string(runes[x:y]))
		}
		x = y
	}
	flush(n)
	return out
}

// edge is a word from one position of the text to another.
type edge struct {
	end  int // index of the word's last rune
	freq float64
	ok   bool // the dictionary knows the word (or, for the fallback edge, a prefix)
}

// edgesFrom is gse's own getDag step for position k, prefix by prefix from
// the root of the trie; cut falls back to it should a word's length not
// line up with the text (it always does).
func (s *Segmenter) edgesFrom(pool []edge, norm []byte, off []int, k int) []edge {
	n := len(off) - 1
	for i := k; i < n; i++ {
		freq, _, ok := s.seg.Dict.Find(norm[off[k]:off[i+1]])
		if !ok {
			break
		}
		if freq > 0 {
			pool = append(pool, edge{end: i, freq: freq, ok: true})
		}
	}
	return pool
}

// indexTokens records the byte length of every dictionary word.
func (s *Segmenter) indexTokens() {
	toks := s.seg.Dict.Tokens
	s.tokLen = make(map[*gse.Token]int, len(toks))
	for i := range toks {
		s.tokLen[&toks[i]] = len(toks[i].Text())
	}
}

// runeLen is the length of r encoded in UTF-8 as string(rune) encodes it.
func runeLen(r rune) int {
	switch {
	case r < 0:
		return 3 // U+FFFD
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r >= 0xD800 && r <= 0xDFFF:
		return 3 // surrogates become U+FFFD
	case r < 0x10000:
		return 3
	case r <= 0x10FFFF:
		return 4
	}
	return 3
}
