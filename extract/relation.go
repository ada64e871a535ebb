package extract

import (
	"time"

	"github.com/dipgraph/dipgraph/read"
)

// Relation types.
const (
	MetWith   = "MET_WITH"
	PhoneCall = "PHONE_CALL"
	CoChaired = "CO_CHAIRED"
	Visited   = "VISITED"
)

// Statuses: only facts become contact edges.
const (
	StatusFact    = "fact"
	StatusPlanned = "planned"
	StatusNegated = "negated"
)

// Modes.
const (
	ModeInPerson = "in_person"
	ModeVideo    = "video"
	ModePhone    = "phone"
)

// Participant is one party of a relation.
type Participant struct {
	Name       string  `json:"name"`         // canonical dictionary name, else the discovered name
	ID         string  `json:"id,omitempty"` // dictionary id (persons: slug, countries: ISO/short code)
	Mention    string  `json:"mention"`      // the string in the sentence (original script)
	Kind       string  `json:"kind"`         // "person" or "country"
	Office     string  `json:"office,omitempty"`
	Country    string  `json:"country,omitempty"` // short simplified Chinese country name
	Confidence float64 `json:"confidence"`
}

// DocRef names the article a relation came from.
type DocRef struct {
	ID   string `json:"id"`
	Path string `json:"path"`
	// Item tells apart the articles of a file that holds many: "row N" of
	// a CSV file, "line N" of a JSON Lines file, the Nth "### " item
	// of a news programme. Empty for a file that is one article.
	Item      string `json:"item,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339, or empty
	Hash      string `json:"hash,omitempty"`
}

// Relation is one extracted contact. It is the JSON Lines contract of
// `dipgraph extract --format jsonl`: later versions add fields, never remove
// or rename them.
type Relation struct {
	Type         string        `json:"type"`
	Status       string        `json:"status"`
	Participants []Participant `json:"participants"` // for VISITED: the person, then the country
	Date         string        `json:"date"`         // YYYY-MM-DD, YYYY-MM, or ""
	Mode         string        `json:"mode"`         // in_person, video, phone, or ""
	Place        string        `json:"place,omitempty"`
	Event        string        `json:"event,omitempty"` // CO_CHAIRED: the meeting's name
	Trigger      string        `json:"trigger"`
	Sentence     string        `json:"sentence"`
	Span         [2]int        `json:"span"` // byte offsets of Sentence in the cleaned article text
	Confidence   float64       `json:"confidence"`
	Doc          DocRef        `json:"doc"`
	// reportDay is the news programme's day when that was given as the
	// date of an item that dates the relation no other way, and afterPrev
	// marks a sentence that opens after the occasion of the item before
	// (欢迎仪式后，…): hints for JoinItems.
	reportDay string
	afterPrev bool
	// underway marks a visit told in a relative clause on a party of a
	// contact (会见了正在访华的X, 与陪同Y访华的X会晤): the date is the
	// contact's, a day of the visit, not its own; a hint for JoinItems.
	underway bool
}

// Source names where an article is for a reader: its path and, for one of
// a file that holds many, its item ("news.csv (row 2)").
func Source(path, item string) string {
	if item == "" {
		return path
	}
	return path + " (" + item + ")"
}

// Ref is the document reference of a read article.
func Ref(d read.Doc) DocRef {
	r := DocRef{ID: d.ID, Path: d.Path, Item: d.Item, URL: d.URL, Title: d.Title, Outlet: d.Outlet, Hash: d.Hash}
	if !d.Published.IsZero() {
		r.Published = d.Published.Format(time.RFC3339)
	}
	return r
}
