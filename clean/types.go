package clean

import "github.com/dipgraph/dipgraph/read"

// Paragraph is a span of Article.Text.
type Paragraph struct {
	Start, End int    // byte offsets into Article.Text
	Kind       string // "title", "body", "caption"
}

// Sentence is a span of Article.Text.
type Sentence struct {
	Start, End int    // byte offsets into Article.Text
	Text       string // Article.Text[Start:End], original script
	Simplified string // Text converted to simplified script (== Text when already simplified)
	Paragraph  int    // index into Article.Paragraphs
}

// Article is a cleaned document.
type Article struct {
	Doc        read.Doc
	Text       string // paragraphs joined by "\n", title first
	Paragraphs []Paragraph
	Sentences  []Sentence
	Script     string // "simplified" or "traditional"
}
