// Package eval scores extracted relations against a gold set written by the
// rules of shared/ANNOTATION.md: precision, recall and F1 per relation type
// and overall, date accuracy on matched relations, and the lists of misses
// and false hits.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dipgraph/dipgraph/extract"
)

// Evidence points at a sentence without quoting it.
type Evidence struct {
	SHA1 string `json:"sha1"`
	Len  int    `json:"len"`
}

// Person is a gold participant.
type Person struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Office  *string  `json:"office"`
	Country *string  `json:"country"`
}

// Relation is a gold relation.
type Relation struct {
	Type     string    `json:"type"`
	A        string    `json:"a"`
	B        string    `json:"b"`
	Date     *string   `json:"date"`
	Mode     *string   `json:"mode"`
	Trigger  string    `json:"trigger"`
	Evidence *Evidence `json:"evidence"`
	Event    string    `json:"event,omitempty"`
}

// Doc is one gold document: a file of the corpus, or, when Item is set,
// the one article of a file that holds many (a CSV row, a JSON Lines
// record) that dipgraph reports with that doc.item.
type Doc struct {
	Doc       string     `json:"doc"`
	File      string     `json:"file"`
	Item      string     `json:"item,omitempty"`
	Published string     `json:"published"`
	People    []Person   `json:"people"`
	Relations []Relation `json:"relations"`
}

// ReadGold reads a gold file: one JSON object per line. Errors name the line.
func ReadGold(r io.Reader) ([]Doc, error) {
	var out []Doc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var d Doc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if d.File == "" {
			return nil, fmt.Errorf("line %d: no \"file\"", n)
		}
		for i, rel := range d.Relations {
			switch rel.Type {
			case extract.MetWith, extract.PhoneCall, extract.CoChaired, extract.Visited:
			default:
				return nil, fmt.Errorf("line %d: relation %d: unknown type %q", n, i, rel.Type)
			}
		}
		out = append(out, d)
	}
	return out, sc.Err()
}

// Normalizer maps a name to comparable forms (simplified script, the
// dictionary's canonical name and aliases). The CLI passes one built from
// the dictionaries; nil compares names as written.
type Normalizer func(name string) []string

// Score is precision / recall for one relation type or overall.
type Score struct {
	TP, FP, FN int
}

func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }
func (s Score) Recall() float64    { return ratio(s.TP, s.TP+s.FN) }
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Item is one miss or false hit.
type Item struct {
	File     string
	DocItem  string // the gold document's item, when it names one
	Type     string
	A, B     string
	Date     string
	GotDate  string // matched relations with a wrong date
	Sentence string // false hits: the evidence sentence
}

// Report is the outcome of Compare.
type Report struct {
	ByType      map[string]*Score
	Overall     Score
	Dated       int // matched relations whose date was compared
	DateCorrect int
	Misses      []Item
	FalseHits   []Item
	WrongDates  []Item
	Docs        int
}

// DateAccuracy is the share of matched relations with the gold date.
func (r *Report) DateAccuracy() float64 { return ratio(r.DateCorrect, r.Dated) }

// Compare matches predicted facts to gold relations document by document.
// Predictions are keyed by document path (extract.DocRef.Path); gold files
// and prediction paths are compared after filepath.Clean. A gold document
// that names an item takes only the predictions of that item
// (extract.DocRef.Item); one that does not takes all of its file's.
func Compare(gold []Doc, predicted map[string][]extract.Relation, norm Normalizer) *Report {
	if norm == nil {
		norm = func(s string) []string { return []string{s} }
	}
	rep := &Report{ByType: map[string]*Score{}}
	for _, t := range []string{extract.MetWith, extract.PhoneCall, extract.CoChaired, extract.Visited} {
		rep.ByType[t] = &Score{}
	}
	preds := map[string][]extract.Relation{}
	for p, rels := range predicted {
		k := filepath.Clean(p)
		for _, r := range rels {
			if r.Status == extract.StatusFact || r.Status == "" {
				preds[k] = append(preds[k], r)
			}
		}
	}
	for _, g := range gold {
		rep.Docs++
		file := filepath.Clean(g.File)
		forms := personForms(g, norm)
		got := preds[file]
		if g.Item != "" {
			var mine []extract.Relation
			for _, r := range got {
				if r.Doc.Item == g.Item {
					mine = append(mine, r)
				}
			}
			got = mine
		}
		used := make([]bool, len(got))
		grs := dedupGold(g.Relations)
		// Two passes: a gold relation first takes a found one of the same
		// parties and date, so that two contacts of one pair on different
		// dates are not matched crosswise; then any of the same parties.
		match := make([]int, len(grs))
		for k := range match {
			match[k] = -1
		}
		for _, exact := range []bool{true, false} {
			for k, gr := range grs {
				if match[k] >= 0 {
					continue
				}
				gd := deref(gr.Date)
				for i, pr := range got {
					if used[i] || pr.Type != gr.Type || exact && pr.Date != gd || !sameParties(gr, pr, forms, norm) {
						continue
					}
					match[k] = i
					used[i] = true
					break
				}
			}
		}
		for k, gr := range grs {
			gd := deref(gr.Date)
			best := match[k]
			sc := rep.ByType[gr.Type]
			if best < 0 {
				sc.FN++
				rep.Misses = append(rep.Misses, Item{File: g.File, DocItem: g.Item, Type: gr.Type, A: gr.A, B: gr.B, Date: gd})
				continue
			}
			sc.TP++
			rep.Dated++
			if got[best].Date == gd {
				rep.DateCorrect++
			} else {
				rep.WrongDates = append(rep.WrongDates, Item{File: g.File, DocItem: g.Item, Type: gr.Type, A: gr.A, B: gr.B, Date: gd, GotDate: got[best].Date})
			}
		}
		for i, pr := range got {
			if used[i] {
				continue
			}
			if duplicateOfMatched(pr, got, used) {
				continue // a second report of a matched event, not a new claim
			}
			rep.ByType[pr.Type].FP++
			a, b := parties(pr)
			rep.FalseHits = append(rep.FalseHits, Item{File: g.File, DocItem: g.Item, Type: pr.Type, A: a, B: b, Date: pr.Date, Sentence: pr.Sentence})
		}
	}
	for _, s := range rep.ByType {
		rep.Overall.TP += s.TP
		rep.Overall.FP += s.FP
		rep.Overall.FN += s.FN
	}
	return rep
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// dedupGold drops repeated gold relations (same type, parties and date).
func dedupGold(rs []Relation) []Relation {
	seen := map[string]bool{}
	var out []Relation
	for _, r := range rs {
		a, b := r.A, r.B
		if r.Type != extract.Visited && b < a {
			a, b = b, a
		}
		k := r.Type + "|" + a + "|" + b + "|" + deref(r.Date)
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}

// duplicateOfMatched reports whether pr repeats a matched prediction's
// type and parties with a compatible date: one event reported again (in
// another item of a transcript, or undated in a headline), counted once as
// the gold counts each event once per document.
func duplicateOfMatched(pr extract.Relation, got []extract.Relation, used []bool) bool {
	a, b := parties(pr)
	for i, o := range got {
		if !used[i] || o.Type != pr.Type {
			continue
		}
		oa, ob := parties(o)
		if (oa == a && ob == b) || (o.Type != extract.Visited && oa == b && ob == a) {
			if compatible(o.Date, pr.Date) {
				return true
			}
		}
	}
	return false
}

// compatible reports whether two dates may name the same event: equal, one
// empty, or one a month containing the other.
func compatible(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

func parties(r extract.Relation) (string, string) {
	var a, b string
	if len(r.Participants) > 0 {
		a = r.Participants[0].Name
	}
	if len(r.Participants) > 1 {
		b = r.Participants[1].Name
	}
	return a, b
}

// personForms maps each gold name to every form it is known by.
func personForms(g Doc, norm Normalizer) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, p := range g.People {
		set := map[string]bool{}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			for _, f := range norm(n) {
				set[f] = true
			}
		}
		m[p.Name] = set
	}
	return m
}

func sameParties(gr Relation, pr extract.Relation, forms map[string]map[string]bool, norm Normalizer) bool {
	if len(pr.Participants) < 2 {
		return false
	}
	p0, p1 := pr.Participants[0], pr.Participants[1]
	if gr.Type == extract.Visited {
		return nameMatch(gr.A, p0, forms, norm) && countryMatch(gr.B, p1, norm)
	}
	return (nameMatch(gr.A, p0, forms, norm) && nameMatch(gr.B, p1, forms, norm)) ||
		(nameMatch(gr.A, p1, forms, norm) && nameMatch(gr.B, p0, forms, norm))
}

func nameMatch(gold string, p extract.Participant, forms map[string]map[string]bool, norm Normalizer) bool {
	set := forms[gold]
	if set == nil {
		set = map[string]bool{}
		for _, f := range norm(gold) {
			set[f] = true
		}
	}
	for _, cand := range []string{p.Name, p.Mention} {
		for _, f := range norm(cand) {
			if set[f] {
				return true
			}
			for g := range set {
				if sameForeignName(f, g) {
					return true
				}
			}
		}
	}
	return false
}

// sameForeignName accepts a short transliteration for a full one:
// 普京 and 弗拉基米尔·普京.
func sameForeignName(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a != "" && strings.Contains(b, "·") && strings.HasSuffix(b, "·"+a)
}

func countryMatch(gold string, p extract.Participant, norm Normalizer) bool {
	for _, g := range norm(gold) {
		for _, c := range append(norm(p.Name), p.ID) {
			if g == c {
				return true
			}
		}
	}
	return false
}

// Write prints the report as a table, then the lists.
func (r *Report) Write(w io.Writer, details bool) {
	fmt.Fprintf(w, "documents: %d\n\n", r.Docs)
	fmt.Fprintf(w, "%-11s %5s %5s %5s %9s %7s %6s\n", "type", "TP", "FP", "FN", "precision", "recall", "F1")
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	row := func(name string, s Score) {
		fmt.Fprintf(w, "%-11s %5d %5d %5d %9.3f %7.3f %6.3f\n", name, s.TP, s.FP, s.FN, s.Precision(), s.Recall(), s.F1())
	}
	for _, t := range types {
		row(t, *r.ByType[t])
	}
	row("overall", r.Overall)
	fmt.Fprintf(w, "\ndate accuracy on matched relations: %d/%d = %.3f\n", r.DateCorrect, r.Dated, r.DateAccuracy())
	if !details {
		return
	}
	src := func(m Item) string { return extract.Source(m.File, m.DocItem) }
	if len(r.Misses) > 0 {
		fmt.Fprintf(w, "\nmisses (%d):\n", len(r.Misses))
		for _, m := range r.Misses {
			fmt.Fprintf(w, "  %s  %s %s – %s  %s\n", src(m), m.Type, m.A, m.B, m.Date)
		}
	}
	if len(r.FalseHits) > 0 {
		fmt.Fprintf(w, "\nfalse hits (%d):\n", len(r.FalseHits))
		for _, m := range r.FalseHits {
			fmt.Fprintf(w, "  %s  %s %s – %s  %s\n      %s\n", src(m), m.Type, m.A, m.B, m.Date, m.Sentence)
		}
	}
	if len(r.WrongDates) > 0 {
		fmt.Fprintf(w, "\nwrong dates (%d):\n", len(r.WrongDates))
		for _, m := range r.WrongDates {
			fmt.Fprintf(w, "  %s  %s %s – %s  gold %q got %q\n", src(m), m.Type, m.A, m.B, m.Date, m.GotDate)
		}
	}
}
