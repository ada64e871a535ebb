package read

import (
	"fmt"
	"time"
)

// Doc is one article as read from its source, before cleaning.
type Doc struct {
	// ID is stable across runs: derived from Path and Item only.
	ID string
	// Path is the file's path as given on the command line or found under a
	// directory (for archive members: "archive.tar.gz!member/path").
	Path string
	// Item tells apart the articles of a file that holds many (a CSV row, a
	// JSONL line, a "### " section of a transcript); empty otherwise.
	Item      string
	URL       string
	Title     string
	Outlet    string
	Published time.Time // zero when unknown; keeps the source's time zone
	// Format is the detected format: "jekyll", "html", "text", "markdown",
	// "csv", "jsonl", "transcript".
	Format string
	// Body is the article body in UTF-8: HTML when HTML is true, else plain
	// text (paragraphs separated by newlines).
	Body []byte
	HTML bool
	// Encoding is the source encoding that was decoded ("utf-8", "gb18030",
	// "big5", …).
	Encoding string
	// Hash is a hex SHA-1 of the raw item bytes: changes when content
	// changes (for a news programme's item, when any of the programme does).
	Hash string
}

// Error reports one unreadable file or item. The batch goes on.
type Error struct {
	Path string
	Item string
	Err  error
}

func (e *Error) Error() string {
	if e.Item != "" {
		return fmt.Sprintf("%s [%s]: %v", e.Path, e.Item, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
