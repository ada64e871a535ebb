package clean

import "unicode/utf8"

func isTerminal(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '…', '｡', '︒':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '】', '〕', '》', '〉', '"', '\'', '］', ']', '｝':
		return true
	}
	return false
}

// continues reports whether r, right after an ellipsis, carries the
// sentence on (…，  …、): then the ellipsis does not end it.
func continues(r rune) bool {
	switch r {
	case '，', ',', '、', '：', ':', '；', ';', '。', '！', '？', '!', '?':
		return true
	}
	return false
}

// SplitSentences splits text into sentences with byte offsets into text.
// A sentence ends after 。！？!?；; or an ellipsis (… ……) that is not
// followed by a comma-like mark, and takes the closing quotes and brackets
// that follow (”’」』）)】). It never ends inside parentheses （…） opened
// in the same sentence, and a newline (paragraph break) always ends it.
// Spaces around sentences are left out; Paragraph is the number of
// newlines before the sentence. Simplified is set with Simplify.
func SplitSentences(text string) []Sentence {
	var out []Sentence
	para := 0
	emit := func(start, end int) {
		for start < end && (text[start] == ' ' || text[start] == '\t' || text[start] == '\r') {
			start++
		}
		for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\r') {
			end--
		}
		if start < end {
			s := text[start:end]
			out = append(out, Sentence{Start: start, End: end, Text: s, Simplified: Simplify(s), Paragraph: para})
		}
	}
	start, depth := 0, 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(start, i)
			para++
			start, depth = i+1, 0
			i += size
			continue
		case r == '（' || r == '(':
			depth++
		case (r == '）' || r == ')') && depth > 0:
			depth--
		}
		if depth > 0 || !isTerminal(r) {
			i += size
			continue
		}
		j := i + size
		ellipsis := r == '…'
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !isTerminal(r2) {
				break
			}
			ellipsis = ellipsis && r2 == '…'
			j += s2
		}
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !isCloser(r2) {
				break
			}
			j += s2
		}
		if ellipsis && j < len(text) {
			if r2, _ := utf8.DecodeRuneInString(text[j:]); continues(r2) {
				i = j
				continue
			}
		}
		emit(start, j)
		start, i = j, j
	}
	emit(start, len(text))
	return out
}
