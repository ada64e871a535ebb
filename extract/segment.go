package extract

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/go-ego/gse"
)

//go:embed data/gse-base.txt
var gseBase string

// Word is a user token given to the segmenter so it stays whole.
type Word struct {
	Text string
	POS  string // nr person, ns place/country, nnt office, v trigger
}

// Token is one segment of a sentence.
type Token struct {
	Start, End int // byte offsets in the segmented text
	Text       string
	POS        string // "" for words the dictionary does not know (HMM output)
}

// Segmenter wraps gse. It is built once, before any worker starts, and is
// read-only afterwards, so Tokens may be called from many goroutines.
type Segmenter struct {
	seg gse.Segmenter

	lenOnce sync.Once
	tokLen  map[*gse.Token]int // byte length of every dictionary word (see cut)
}

// userFreq is high enough that dictionary names beat any split of them.
const userFreq = 1e6

// NewSegmenter loads the base vocabulary (extract/data/gse-base.txt) and the
// given words.
func NewSegmenter(words []Word) (*Segmenter, error) {
	s := &Segmenter{}
	s.seg.SkipLog = true
	if err := s.loadBase(gseBase); err != nil {
		return nil, err
	}
	for _, w := range words {
		if w.Text == "" {
			continue
		}
		// AddToken is documented to be unsafe while segmenting; nothing
		// segments yet.
		if err := s.seg.AddToken(w.Text, userFreq, w.POS); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// loadBase reads a gse dictionary (lines of word, frequency and tag) as
// gse's LoadDictStr does, without its last step, CalcToken: that splits
// every word of the dictionary for gse's search mode, which nothing here
// uses, and took a third of the start-up.
func (s *Segmenter) loadBase(dict string) error {
	s.seg.Dict = gse.NewDict()
	s.seg.Init()
	for _, line := range strings.Split(dict, "\n") {
		f := strings.Split(line, s.seg.DictSep+" ")
		text, freqText, pos := strings.TrimSpace(f[0]), "", ""
		if len(f) > 1 {
			freqText = strings.TrimSpace(f[1])
		}
		freq := s.seg.Size(len(f), text, freqText)
		if freq == 0 {
			continue
		}
		if len(f) > 2 {
			pos = strings.TrimSpace(f[2])
		}
		if err := s.seg.AddToken(text, freq, pos); err != nil {
			return err
		}
	}
	return nil
}

// Tokens segments text with the HMM on (unknown names come out whole) and
// returns the tokens with byte offsets.
func (s *Segmenter) Tokens(text string) []Token {
	parts := s.cut(text)
	out := make([]Token, 0, len(parts))
	pos := 0
	for _, p := range parts {
		// gse returns pieces that concatenate to the input; be defensive
		// all the same and resynchronise on the next occurrence.
		if pos+len(p) > len(text) || text[pos:pos+len(p)] != p {
			i := indexFrom(text, p, pos)
			if i < 0 {
				continue
			}
			pos = i
		}
		_, tag, ok := s.seg.Find(p)
		if !ok {
			tag = ""
		}
		out = append(out, Token{Start: pos, End: pos + len(p), Text: p, POS: tag})
		pos += len(p)
	}
	return out
}

func indexFrom(s, sub string, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// commonWord reports whether w is a word of the base vocabulary that is not
// tagged as a person's name.
func (s *Segmenter) commonWord(w string) bool {
	_, pos, ok := s.seg.Find(w)
	return ok && pos != "" && !strings.HasPrefix(pos, "nr")
}

// placeWords reads w as the name of a place: ok when every word of it is a
// place (ns, s, nrt), a noun, a name, a word the segmenter does not know or
// 首都; named when one of them is a place (海南|博鳌, 首都|德黑兰, 迈阿密;
// not 访问地|马来西亚 or 双方).
func (s *Segmenter) placeWords(w string) (ok, named bool) {
	for _, t := range s.Tokens(w) {
		switch {
		case t.POS == "ns" || t.POS == "s" || t.POS == "nrt":
			named = true
		case t.Text == "首都" || t.POS == "" || t.POS == "n" || t.POS == "nr" || t.POS == "nz":
		default:
			return false, false
		}
	}
	return true, named
}

// phraseWord reports whether w is a word of the base vocabulary that is not
// a noun: a verb, adverb, time word, numeral, preposition… Such a word
// makes a phrase of the characters around it (当天抵达, 亲自出席), where
// nouns and place names may be parts of a name (大山|知子, 片山|皋月).
func (s *Segmenter) phraseWord(w string) bool {
	_, pos, ok := s.seg.Find(w)
	return ok && pos != "" && !strings.HasPrefix(pos, "n") && pos != "s" && pos != "j" // j: abbreviations are nouns (上地 in 上地常夫)
}
