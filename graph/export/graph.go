package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph/extract"
)

// Node labels.
const (
	LabelPerson  = "Person"
	LabelCountry = "Country"
)

// Types lists the contact relation types, in output order.
var Types = []string{extract.MetWith, extract.PhoneCall, extract.CoChaired, extract.Visited}

// Node is a person, or a country that a person visited.
type Node struct {
	ID      string `json:"id"`    // dictionary id, or "x:"+name when not in the dictionary
	Label   string `json:"label"` // LabelPerson or LabelCountry
	Name    string `json:"name"`
	Office  string `json:"office,omitempty"`  // persons: the office title held at the latest event
	Country string `json:"country,omitempty"` // persons: short Chinese name of the country represented
	Degree  int    `json:"degree"`            // distinct neighbours in this graph
}

// Evidence is one sentence reporting an edge's event.
type Evidence struct {
	Sentence string `json:"sentence"`
	Date     string `json:"date,omitempty"`    // the event date
	Article  string `json:"article,omitempty"` // article id (extract.DocRef.ID)
	Path     string `json:"path,omitempty"`
	Item     string `json:"item,omitempty"` // the article's row, record or item in a file of many
	URL      string `json:"url,omitempty"`
	Title    string `json:"title,omitempty"`
}

// Edge is the contact between two persons (a person and a country for
// VISITED) in one relation type. Person pairs are stored with the lower id as
// Source; the edge is undirected. VISITED edges run person → country.
type Edge struct {
	Source   string     `json:"source"`
	Target   string     `json:"target"`
	Type     string     `json:"type"`
	Count    int        `json:"count"`           // distinct events
	First    string     `json:"first,omitempty"` // earliest event date
	Last     string     `json:"last,omitempty"`  // latest event date
	Dates    []string   `json:"dates"`           // the events' dates, sorted; "" = undated
	Evidence []Evidence `json:"evidence"`        // distinct (article, sentence), by date
}

// Graph is the diplomatic-contact graph. Nodes are sorted by id, edges by
// (source, target, type); only nodes with an edge are kept.
type Graph struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"links"`
}

// Filter selects the part of the graph to export. The zero Filter keeps
// everything.
type Filter struct {
	// From and To bound event dates, inclusive: YYYY, YYYY-MM or YYYY-MM-DD.
	// They are compared at the precision of the event date, so a month-only
	// event of 2024-03 passes From 2024-03-15. Undated events fail any bound.
	From, To string
	// Types keeps only these relation types (MET_WITH, PHONE_CALL,
	// CO_CHAIRED, VISITED); empty keeps all.
	Types []string
	// Countries keeps edges with at least one end in one of these countries
	// (a person representing it, or the visited country), by short name
	// (中国) or id (CN); empty keeps all.
	Countries []string
	// MinCount drops edges with fewer events (after the date bounds).
	MinCount int
}

var dateBound = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// Validate reports malformed dates and unknown relation types.
func (f Filter) Validate() error {
	var errs []error
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !dateBound.MatchString(d.v) {
			errs = append(errs, fmt.Errorf("filter: %s date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d.name, d.v))
		}
	}
	for _, t := range f.Types {
		if !slices.Contains(Types, strings.ToUpper(t)) {
			errs = append(errs, fmt.Errorf("filter: unknown relation type %q (want one of %s)", t, strings.Join(Types, ", ")))
		}
	}
	if f.MinCount < 0 {
		errs = append(errs, fmt.Errorf("filter: negative minimum count %d", f.MinCount))
	}
	return errors.Join(errs...)
}

// Dated reports whether the filter bounds dates.
func (f Filter) Dated() bool { return f.From != "" || f.To != "" }

// InRange reports whether an event date passes From and To.
func (f Filter) InRange(date string) bool {
	if !f.Dated() {
		return true
	}
	if date == "" {
		return false
	}
	if f.From != "" && atPrecision(date, f.From) < atPrecision(f.From, date) {
		return false
	}
	if f.To != "" && atPrecision(date, f.To) > atPrecision(f.To, date) {
		return false
	}
	return true
}

// atPrecision cuts s to the length of other when that is shorter, so that
// dates of different precision compare on what both say.
func atPrecision(s, other string) string {
	if len(s) > len(other) {
		return s[:len(other)]
	}
	return s
}

// keepsType reports whether relation type t passes the filter.
func (f Filter) keepsType(t string) bool {
	if len(f.Types) == 0 {
		return true
	}
	for _, x := range f.Types {
		if strings.EqualFold(x, t) {
			return true
		}
	}
	return false
}

// ReadJSONL reads relations in the JSON Lines format of `dipgraph extract
// --format jsonl`. Blank lines are skipped; an error names the line.
func ReadJSONL(r io.Reader) ([]extract.Relation, error) {
	br := bufio.NewReader(r)
	var rels []extract.Relation
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var rel extract.Relation
			if jerr := json.Unmarshal(b, &rel); jerr != nil {
				return rels, fmt.Errorf("jsonl line %d: %w", line, jerr)
			}
			rels = append(rels, rel)
		}
		if err == io.EOF {
			return rels, nil
		}
		if err != nil {
			return rels, fmt.Errorf("jsonl line %d: %w", line, err)
		}
	}
}

// FromRelations builds the graph of the fact relations that pass f. Each
// relation links every pair of its persons (VISITED: its first person and the
// visited country); a country named as a side of a meeting ("中方") is not a
// participant. Persons without a dictionary id get the id "x:"+name, as in
// Neo4j. Check f with Validate first: FromRelations does not.
func FromRelations(rels []extract.Relation, f Filter) *Graph {
	b := newBuilder(f)
	for i := range rels {
		r := &rels[i]
		if r.Status != extract.StatusFact || !slices.Contains(Types, r.Type) || !f.keepsType(r.Type) || !f.InRange(r.Date) {
			continue
		}
		var persons []string
		country := ""
		for j := range r.Participants {
			p := &r.Participants[j]
			name := p.Name
			if name == "" {
				name = p.Mention
			}
			if name == "" && p.ID == "" {
				continue
			}
			isCountry := p.Kind == "country" || (p.Kind == "" && r.Type == extract.Visited && j > 0)
			id := p.ID
			if id == "" {
				id = "x:" + name
			}
			if isCountry {
				if r.Type == extract.Visited && country == "" {
					country = id
					b.node(id, LabelCountry, name, "", "", "", r.Date)
				}
				continue
			}
			if slices.Contains(persons, id) {
				continue
			}
			persons = append(persons, id)
			b.node(id, LabelPerson, name, p.Office, p.Country, "", r.Date)
		}
		ev := Evidence{Sentence: r.Sentence, Date: r.Date, Article: r.Doc.ID, Path: r.Doc.Path, Item: r.Doc.Item, URL: r.Doc.URL, Title: r.Doc.Title}
		if r.Type == extract.Visited {
			if len(persons) > 0 && country != "" {
				b.event(r.Type, persons[0], country, r.Date, ev)
			}
			continue
		}
		for x := range persons {
			for y := x + 1; y < len(persons); y++ {
				b.event(r.Type, persons[x], persons[y], r.Date, ev)
			}
		}
	}
	return b.graph()
}

type edgeKey struct{ typ, a, b string }

type nodeAcc struct {
	Node
	countryID  string // Country id of a person, when known
	officeDate string // date of the event the office was seen at
}

type edgeAcc struct {
	key      edgeKey
	dates    map[string]bool
	evidence []Evidence
	seen     map[[2]string]bool
	events   map[string]string // Neo4j: event id → date (nil: events are distinct dates)
	stored   *Edge             // count/first/last stored in Neo4j, used when the filter has no dates
}

type builder struct {
	f     Filter
	nodes map[string]*nodeAcc
	edges map[edgeKey]*edgeAcc
}

func newBuilder(f Filter) *builder {
	return &builder{f: f, nodes: map[string]*nodeAcc{}, edges: map[edgeKey]*edgeAcc{}}
}

// node records a node; the office seen at the latest date wins.
func (b *builder) node(id, label, name, office, country, countryID, date string) {
	n := b.nodes[id]
	if n == nil {
		n = &nodeAcc{Node: Node{ID: id, Label: label, Name: name}}
		b.nodes[id] = n
	}
	if n.Name == "" {
		n.Name = name
	}
	if office != "" && (n.Office == "" || date > n.officeDate) {
		n.Office, n.officeDate = office, date
	}
	if country != "" && n.Country == "" {
		n.Country = country
	}
	if countryID != "" && n.countryID == "" {
		n.countryID = countryID
	}
}

// edge returns the accumulator of an edge, ordering person pairs.
func (b *builder) edge(typ, x, y string) *edgeAcc {
	if typ != extract.Visited && y < x {
		x, y = y, x
	}
	k := edgeKey{typ, x, y}
	e := b.edges[k]
	if e == nil {
		e = &edgeAcc{key: k, dates: map[string]bool{}, seen: map[[2]string]bool{}}
		b.edges[k] = e
	}
	return e
}

// event adds one report of an event between x and y on date.
func (b *builder) event(typ, x, y, date string, ev Evidence) {
	e := b.edge(typ, x, y)
	e.dates[date] = true
	b.evidence(e, ev)
}

// evidence adds a distinct (article, sentence) to an edge.
func (b *builder) evidence(e *edgeAcc, ev Evidence) {
	k := [2]string{ev.Article + "\x00" + ev.Path, ev.Sentence}
	if ev.Sentence != "" && !e.seen[k] {
		e.seen[k] = true
		e.evidence = append(e.evidence, ev)
	}
}

// eventDates merges a month-only date into a day of the same month, as the
// graph writer merges such reports into one event, and sorts.
func eventDates(set map[string]bool) []string {
	var out []string
	for d := range set {
		if len(d) == 7 {
			merged := false
			for o := range set {
				if len(o) == 10 && strings.HasPrefix(o, d+"-") {
					merged = true
					break
				}
			}
			if merged {
				continue
			}
		}
		out = append(out, d)
	}
	slices.Sort(out)
	return out
}

// countries reports whether node n belongs to one of the filter countries.
func (b *builder) inCountries(n *nodeAcc) bool {
	for _, c := range b.f.Countries {
		switch {
		case n.Label == LabelCountry && (strings.EqualFold(n.ID, c) || n.Name == c):
			return true
		case n.Label == LabelPerson && (n.Country == c || (n.countryID != "" && strings.EqualFold(n.countryID, c))):
			return true
		}
	}
	return false
}

func (b *builder) graph() *Graph {
	g := &Graph{Nodes: []Node{}, Edges: []Edge{}}
	neighbours := map[string]map[string]bool{}
	link := func(x, y string) {
		if neighbours[x] == nil {
			neighbours[x] = map[string]bool{}
		}
		neighbours[x][y] = true
	}
	for _, e := range b.edges {
		na, nb := b.nodes[e.key.a], b.nodes[e.key.b]
		if na == nil || nb == nil {
			continue
		}
		if len(b.f.Countries) > 0 && !b.inCountries(na) && !b.inCountries(nb) {
			continue
		}
		dates := eventDates(e.dates)
		if e.events != nil {
			dates = dates[:0]
			for _, d := range e.events {
				dates = append(dates, d)
			}
			slices.Sort(dates)
		}
		out := Edge{Source: e.key.a, Target: e.key.b, Type: e.key.typ, Count: len(dates), Dates: dates, Evidence: e.evidence}
		for _, d := range dates {
			if d == "" {
				continue
			}
			if out.First == "" {
				out.First = d
			}
			out.Last = d
		}
		if e.stored != nil && !b.f.Dated() {
			out.Count, out.First, out.Last = e.stored.Count, e.stored.First, e.stored.Last
		}
		if out.Count == 0 || out.Count < b.f.MinCount {
			continue
		}
		if out.Evidence == nil {
			out.Evidence = []Evidence{}
		}
		slices.SortStableFunc(out.Evidence, func(x, y Evidence) int { return strings.Compare(x.Date, y.Date) })
		g.Edges = append(g.Edges, out)
		link(out.Source, out.Target)
		link(out.Target, out.Source)
	}
	slices.SortFunc(g.Edges, func(x, y Edge) int {
		if c := strings.Compare(x.Source, y.Source); c != 0 {
			return c
		}
		if c := strings.Compare(x.Target, y.Target); c != 0 {
			return c
		}
		return strings.Compare(x.Type, y.Type)
	})
	for id, nb := range neighbours {
		n := b.nodes[id].Node
		n.Degree = len(nb)
		g.Nodes = append(g.Nodes, n)
	}
	slices.SortFunc(g.Nodes, func(x, y Node) int { return strings.Compare(x.ID, y.ID) })
	return g
}
