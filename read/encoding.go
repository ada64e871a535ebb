package read

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// metaCharset finds a charset declaration in the first bytes of an HTML
// page: <meta charset="gbk"> or <meta http-equiv content="…; charset=big5">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// common holds frequent Chinese characters in both scripts. A wrong
// double-byte decoding (GBK bytes read as Big5 or the reverse) rarely
// produces them, so their count tells the right decoding apart.
const common = "的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日月总總统統府部长長表示政党黨"

var commonSet = func() map[rune]bool {
	m := make(map[rune]bool)
	for _, r := range common {
		m[r] = true
	}
	return m
}()

// decode returns data as UTF-8 and the name of the encoding it was in.
// Order: byte-order mark, valid UTF-8, <meta charset>, then GB18030 or Big5,
// whichever decodes with fewer errors and more common characters.
func decode(data []byte) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return nil, "", because(ErrEncoding, "UTF-8 byte-order mark but invalid UTF-8", nil)
		}
		return data, "utf-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
		name := "utf-16le"
		if data[0] == 0xFE {
			enc, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
		}
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, "", because(ErrEncoding, name, err)
		}
		return out, name, nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, "", ErrBinary
	}
	if utf8.Valid(data) {
		return data, "utf-8", nil
	}
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		name := strings.ToLower(string(m[1]))
		if enc, err := htmlindex.Get(name); err == nil && name != "utf-8" && name != "utf8" {
			if out, ok := decodeWith(enc, data); ok && bad(out) == 0 {
				canon, _ := htmlindex.Name(enc)
				return out, canon, nil
			}
		}
	}
	type cand struct {
		name string
		enc  encoding.Encoding
	}
	best, bestScore, bestOut := "", 0, []byte(nil)
	for _, c := range []cand{{"gb18030", simplifiedchinese.GB18030}, {"big5", traditionalchinese.Big5}} {
		out, ok := decodeWith(c.enc, data)
		if !ok {
			continue
		}
		errs := bad(out)
		if errs*50 > utf8.RuneCount(out) { // more than 2% garbage: not this encoding
			continue
		}
		score := commonCount(out) - 20*errs
		if bestOut == nil || score > bestScore {
			best, bestScore, bestOut = c.name, score, out
		}
	}
	if bestOut == nil {
		return nil, "", because(ErrEncoding, "not UTF-8, GB18030 or Big5", nil)
	}
	return bestOut, best, nil
}

func decodeWith(enc encoding.Encoding, data []byte) ([]byte, bool) {
	out, err := enc.NewDecoder().Bytes(data)
	return out, err == nil
}

// bad counts replacement characters and C0 controls other than tab, CR, LF.
func bad(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if r == utf8.RuneError || (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || (r >= 0xE000 && r <= 0xF8FF) {
			n++
		}
	}
	return n
}

func commonCount(b []byte) int {
	n := 0
	for _, r := range string(b) {
		if commonSet[r] {
			n++
		}
	}
	return n
}
