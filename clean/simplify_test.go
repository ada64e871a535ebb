package clean

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// TestPreimages: every character that Simplify turns, on its own, into a
// target is listed as a preimage of it, and the known ones are there.
func TestPreimages(t *testing.T) {
	targets := map[rune]bool{}
	for _, r := range "会见谈访话电视习市发后面里" {
		targets[r] = true
	}
	pre, unaligned, ok := Preimages(targets)
	if !ok {
		t.Fatal("the t2s tables could not be read")
	}
	for w, want := range map[rune]string{'会': "會", '见': "見", '习': "習", '市': "巿", '发': "發髮", '谈': "談"} {
		for _, p := range want {
			if !slices.Contains(pre[w], p) {
				t.Errorf("preimages of %c = %q, want %c among them", w, string(pre[w]), p)
			}
		}
	}
	for r := rune(0x3400); r <= 0x9FFF; r++ {
		s := Simplify(string(r))
		w, n := utf8.DecodeRuneInString(s)
		if n != len(s) || w == r || !targets[w] || unaligned[r] {
			continue
		}
		if !slices.Contains(pre[w], r) {
			t.Errorf("Simplify(%c) = %c, but %c is not among its preimages %q", r, w, r, string(pre[w]))
		}
	}
}
