package graph

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph/extract"
)

// This file turns articles into rows for the write queries. It is pure: the
// only database state it needs (existing events of the same groups) is
// passed in, so it is tested without a server.

// Granularities of Event.date.
const (
	GranDay   = "day"
	GranMonth = "month"
)

// granularity classifies a relation date: "day" for YYYY-MM-DD, "month" for
// YYYY-MM, "" for anything else (empty or malformed), which only ever
// matches the identical string.
func granularity(d string) string {
	isDigits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return s != ""
	}
	switch {
	case len(d) == 10 && d[4] == '-' && d[7] == '-' && isDigits(d[:4]) && isDigits(d[5:7]) && isDigits(d[8:]):
		return GranDay
	case len(d) == 7 && d[4] == '-' && isDigits(d[:4]) && isDigits(d[5:]):
		return GranMonth
	}
	return ""
}

// eventGroup is the deterministic key of everything that makes two reports
// the same event except the date: type, status and the sorted participant
// keys ("p:"+person id, "c:"+country id).
func eventGroup(typ, status string, keys []string) string {
	k := slices.Clone(keys)
	slices.Sort(k)
	h := sha256.Sum256([]byte(typ + "\x00" + status + "\x00" + strings.Join(k, "\x00")))
	return "e" + hex.EncodeToString(h[:8])
}

// eventID is the Event key: its group, then ":" and its (most precise) date.
// The same formula is used in Cypher when a date is refined.
func eventID(group, date string) string {
	if date == "" {
		return group
	}
	return group + ":" + date
}

// articleHash is Doc.Hash, or when the reader gave none, a hash of the
// article's reference and relations, so a changed extraction still replaces.
func articleHash(a Article) string {
	if a.Doc.Hash != "" {
		return a.Doc.Hash
	}
	b, _ := json.Marshal(a)
	h := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(h[:])
}

// person is a Person row.
type person struct {
	id, name   string
	discovered bool
	country    string // Country id or ""
	office     string // office title or ""
}

// relRow is one valid relation, normalised.
type relRow struct {
	group, typ, status, date, gran string
	persons                        []string // person ids, in sentence order, distinct
	country                        string   // VISITED: the country id
	rel                            *extract.Relation
}

// dropReason says why a relation is not written ("" = keep).
func (s *planner) normalise(r *extract.Relation) (relRow, string) {
	row := relRow{typ: r.Type, status: r.Status, date: r.Date, gran: granularity(r.Date), rel: r}
	switch r.Type {
	case extract.MetWith, extract.PhoneCall, extract.CoChaired, extract.Visited:
	default:
		return row, "type"
	}
	switch r.Status {
	case extract.StatusFact:
	case extract.StatusPlanned, extract.StatusNegated:
		if !s.keepNonFact {
			return row, "status"
		}
	default:
		return row, "status"
	}
	var keys []string
	for i := range r.Participants {
		p := &r.Participants[i]
		if p.Name == "" && p.ID == "" {
			continue
		}
		isCountry := p.Kind == "country" || (p.Kind == "" && r.Type == extract.Visited && i > 0)
		if isCountry {
			if r.Type != extract.Visited || row.country != "" {
				continue // a side ("中方") in a meeting, or a second country: not a participant
			}
			c := s.country(p.ID, p.Name)
			row.country = c
			keys = append(keys, "c:"+c)
			continue
		}
		id := s.person(p)
		if slices.Contains(row.persons, id) {
			continue
		}
		row.persons = append(row.persons, id)
		keys = append(keys, "p:"+id)
	}
	if r.Type == extract.Visited {
		if len(row.persons) == 0 || row.country == "" {
			return row, "participants"
		}
		row.persons = row.persons[:1]
		keys = []string{"p:" + row.persons[0], "c:" + row.country}
	} else if len(row.persons) < 2 {
		return row, "participants"
	}
	row.group = eventGroup(r.Type, r.Status, keys)
	return row, ""
}

// planner accumulates the rows of one batch.
type planner struct {
	lookup      Lookup
	keepNonFact bool

	persons   map[string]*person
	countries map[string]CountryInfo
	offices   map[string]OfficeInfo // id → office (Country = the office's country id)
	holds     map[[2]string]bool    // person, office
	repr      map[[2]string]bool    // person, country
}

func newPlanner(l Lookup, keepNonFact bool) *planner {
	return &planner{lookup: l, keepNonFact: keepNonFact,
		persons: map[string]*person{}, countries: map[string]CountryInfo{},
		offices: map[string]OfficeInfo{}, holds: map[[2]string]bool{}, repr: map[[2]string]bool{}}
}

// country records a Country node and returns its id.
func (s *planner) country(id, name string) string {
	info := CountryInfo{ID: id, Name: name}
	if s.lookup != nil {
		key := id
		if key == "" {
			key = name
		}
		if c, ok := s.lookup.Country(key); ok && c.ID != "" {
			info = c
		} else if c, ok := s.lookup.Country(name); ok && c.ID != "" && id == "" {
			info = c
		}
	}
	if info.ID == "" {
		info.ID = "x:" + name
	}
	if old, ok := s.countries[info.ID]; ok {
		if info.Name == "" {
			info.Name = old.Name
		}
		if info.ISO2 == "" {
			info.ISO2 = old.ISO2
		}
	}
	s.countries[info.ID] = info
	return info.ID
}

// person records a Person node (and its country, office, HOLDS, REPRESENTS)
// and returns its id.
func (s *planner) person(p *extract.Participant) string {
	id, discovered := p.ID, false
	if id == "" {
		id, discovered = "x:"+p.Name, true
	}
	name := p.Name
	if name == "" {
		name = p.Mention
	}
	row := s.persons[id]
	if row == nil {
		row = &person{id: id, name: name, discovered: discovered}
		s.persons[id] = row
	}
	var cid string
	if p.Country != "" {
		cid = s.country("", p.Country)
		row.country = cid
		s.repr[[2]string{id, cid}] = true
	}
	if p.Office != "" {
		o := OfficeInfo{Title: p.Office}
		if s.lookup != nil {
			if got, ok := s.lookup.Office(p.Office); ok && got.Title != "" {
				o = got
			}
		}
		if o.Country == "" {
			o.Country = cid
		} else {
			s.country(o.Country, "")
		}
		oid := o.Title + "|" + o.Country
		s.offices[oid] = o
		row.office = o.Title
		s.holds[[2]string{id, oid}] = true
	}
	return id
}

// existingEvent is an Event already in the graph.
type existingEvent struct{ group, id, date string }

// evState is an event as the batch sees it.
type evState struct {
	ref     string // id used by this transaction's writes (id at batch start or creation)
	date    string // effective date after refinements in this batch
	created bool
	row     *relRow // creating row (participants, country)
}

// resolver attaches relation rows to events: same group and a compatible
// date. A day matches the same day or a month-only event of that month
// (which it refines); a month matches the same month or, failing that, the
// earliest day event in that month; any other date matches only itself.
type resolver struct {
	groups map[string][]*evState
}

func newResolver(existing []existingEvent) *resolver {
	r := &resolver{groups: map[string][]*evState{}}
	for _, e := range existing {
		r.groups[e.group] = append(r.groups[e.group], &evState{ref: e.id, date: e.date})
	}
	for _, l := range r.groups {
		slices.SortFunc(l, func(a, b *evState) int { return cmp.Compare(a.date, b.date) })
	}
	return r
}

func (r *resolver) attach(row *relRow) *evState {
	l := r.groups[row.group]
	find := func(f func(e *evState) bool) *evState {
		for _, e := range l { // sorted by date: the first hit is the earliest
			if f(e) {
				return e
			}
		}
		return nil
	}
	d := row.date
	var e *evState
	switch row.gran {
	case GranDay:
		e = find(func(e *evState) bool { return e.date == d })
		if e == nil {
			e = find(func(e *evState) bool { return e.date == d[:7] })
			if e != nil {
				e.date = d // refine
			}
		}
	case GranMonth:
		e = find(func(e *evState) bool { return e.date == d })
		if e == nil {
			e = find(func(e *evState) bool { return granularity(e.date) == GranDay && e.date[:7] == d })
		}
	default:
		e = find(func(e *evState) bool { return e.date == d })
	}
	if e == nil {
		e = &evState{ref: eventID(row.group, d), date: d, created: true, row: row}
		l = append(l, e)
	}
	slices.SortStableFunc(l, func(a, b *evState) int { return cmp.Compare(a.date, b.date) })
	r.groups[row.group] = l
	return e
}

// report is the REPORTED_IN edge of one event in one article.
type report struct {
	event, article string
	rel            *extract.Relation
	date, gran     string // the most precise date the article gives
}

// better reports whether relation a is a better witness than b: higher
// confidence, then earlier sentence.
func better(a, b *extract.Relation) bool {
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence
	}
	return a.Span[0] < b.Span[0]
}

func rank(g string) int {
	switch g {
	case GranDay:
		return 2
	case GranMonth:
		return 1
	}
	return 0
}

// addReport folds row into the reports of article aid, one per event.
func addReport(reports map[[2]string]*report, order *[][2]string, ev *evState, aid string, row *relRow) {
	k := [2]string{ev.ref, aid}
	rp := reports[k]
	if rp == nil {
		reports[k] = &report{event: ev.ref, article: aid, rel: row.rel, date: row.date, gran: row.gran}
		*order = append(*order, k)
		return
	}
	if better(row.rel, rp.rel) {
		rp.rel = row.rel
	}
	if rank(row.gran) > rank(rp.gran) {
		rp.date, rp.gran = row.date, row.gran
	}
}

// pairKey is a convenience edge to recompute: type, and its two ends
// (persons ordered a < b; VISITED: person, country).
type pairKey struct{ typ, a, b string }

// group is the event group of the pair's own two-party fact events.
func (pk pairKey) group() string {
	if pk.typ == extract.Visited {
		return eventGroup(pk.typ, extract.StatusFact, []string{"p:" + pk.a, "c:" + pk.b})
	}
	return eventGroup(pk.typ, extract.StatusFact, []string{"p:" + pk.a, "p:" + pk.b})
}

func eventPairs(typ string, persons []string, country string) []pairKey {
	if typ == extract.Visited {
		if len(persons) == 0 || country == "" {
			return nil
		}
		return []pairKey{{typ, persons[0], country}}
	}
	var out []pairKey
	for i := range persons {
		for j := i + 1; j < len(persons); j++ {
			a, b := persons[i], persons[j]
			if b < a {
				a, b = b, a
			}
			out = append(out, pairKey{typ, a, b})
		}
	}
	return out
}

// nz turns "" into nil so empty strings are not stored as properties.
func nz(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// derived is what qDeriveEvents computes for an event from its reports,
// computed in Go for an event created in this batch (all its reports are
// the batch's): the date of the best report with the most precise date, and
// mode, place and meeting name from the best report that has one. "Best" is
// the order of qDeriveEvents: highest confidence, then lowest article id,
// then earliest sentence.
type derived struct {
	date, gran, mode, place, event string
}

func derive(reps []*report) derived {
	reps = slices.Clone(reps)
	slices.SortStableFunc(reps, func(x, y *report) int {
		if c := cmp.Compare(y.rel.Confidence, x.rel.Confidence); c != 0 {
			return c
		}
		if c := cmp.Compare(x.article, y.article); c != 0 {
			return c
		}
		return cmp.Compare(x.rel.Span[0], y.rel.Span[0])
	})
	var d derived
	if len(reps) == 0 {
		return d
	}
	best := reps[0]
	for _, g := range []string{GranDay, GranMonth} {
		if i := slices.IndexFunc(reps, func(r *report) bool { return r.gran == g }); i >= 0 {
			best = reps[i]
			break
		}
	}
	d.date, d.gran = best.date, best.gran
	for _, r := range reps {
		if d.mode == "" {
			d.mode = r.rel.Mode
		}
		if d.place == "" {
			d.place = r.rel.Place
		}
		if d.event == "" {
			d.event = r.rel.Event
		}
	}
	return d
}
