// Package clean turns a read.Doc into an Article: the text a reader sees,
// as paragraphs (title first, captions marked) and sentences, each with byte
// offsets into Article.Text, plus a simplified-script form of every sentence
// for matching. Boilerplate (scripts, ads, widgets, link lists, player
// notices) is dropped.
package clean
