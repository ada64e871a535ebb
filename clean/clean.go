package clean

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dipgraph/dipgraph/read"
)

// ErrEmpty is wrapped by the error Clean returns when nothing is left of a
// Doc after cleaning; errors.Is(err, read.ErrEmpty) holds too.
var ErrEmpty = fmt.Errorf("%w after cleaning", read.ErrEmpty)

// Clean turns a Doc into an Article: title paragraph first, then the body
// paragraphs (captions marked "caption"), joined by "\n", with sentences
// and their simplified form. Errors are *read.Error values naming the Doc's
// path and item.
func Clean(d read.Doc) (a *Article, err error) {
	fail := func(e error) error { return &read.Error{Path: d.Path, Item: d.Item, Err: e} }
	defer func() {
		if r := recover(); r != nil { // the HTML parser is robust; belt and braces
			a, err = nil, fail(fmt.Errorf("cleaning panicked: %v", r))
		}
	}()
	var paras []para
	if d.HTML {
		paras, err = extractHTML(d.Body)
		if err != nil {
			return nil, fail(fmt.Errorf("HTML: %w", err))
		}
	} else {
		paras = extractText(d.Body)
	}
	title := normalize(d.Title)
	// Drop a body paragraph that repeats the title (an <h1>, a first line).
	for i, p := range paras {
		if i > 2 {
			break
		}
		if p.text == title {
			paras = append(paras[:i:i], paras[i+1:]...)
			break
		}
	}
	if len(paras) == 0 {
		return nil, fail(ErrEmpty)
	}
	a = &Article{Doc: d}
	var b strings.Builder
	add := func(text, kind string) {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(text)
		a.Paragraphs = append(a.Paragraphs, Paragraph{Start: start, End: b.Len(), Kind: kind})
	}
	if title != "" {
		add(title, "title")
	}
	for _, p := range paras {
		add(p.text, p.kind)
	}
	a.Text = b.String()
	a.Sentences = SplitSentences(a.Text)
	trad, han := 0, 0
	for _, s := range a.Sentences {
		trad += traditionalRunes(s.Text, s.Simplified)
		han += hanCount(s.Text)
	}
	a.Script = "simplified"
	if trad >= 3 && trad*20 >= han { // at least 5% of Han characters change
		a.Script = "traditional"
	}
	return a, nil
}

// IsEmpty reports whether err is Clean's empty-body error.
func IsEmpty(err error) bool { return errors.Is(err, ErrEmpty) }
