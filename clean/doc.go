// Package clean turns a read.Doc into an Article: the text a reader sees,
// as paragraphs (title first, captions marked) and sentences, each with byte
// offsets into Article.Text, plus a simplified-script form of every sentence
// for matching. Boilerplate (scripts, ads, widgets, link lists, player
// notices) is dropped.
//
// Files divide the work:
//
//	clean.go    Clean: paragraphs → Article.Text, sentences, script
//	html.go     goquery extraction: selectors compiled at init with
//	            cascadia.MustCompile, ad/share/related class and id words,
//	            "read more" blocks, captions (figcaption, img alt/title only
//	            when no caption says the same), block/inline flattening
//	text.go     whitespace and full-width folding (letters, digits, spaces
//	            only: Chinese punctuation stays), boilerplate paragraph rules
//	sentence.go SplitSentences
//	simplify.go Simplify: OpenCC t2s tables, loaded once, with a fast path
//	            for text that has no traditional-only character
//
// Errors are *read.Error values (path, item, reason); an article with
// nothing left after cleaning wraps ErrEmpty (and read.ErrEmpty).
package clean
