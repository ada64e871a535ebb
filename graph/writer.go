package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Article is everything one article contributes: its reference and all its
// relations. It is written atomically: its Article node, hash and relations
// are in one transaction.
type Article struct {
	Doc       extract.DocRef     `json:"doc"`
	Relations []extract.Relation `json:"relations"`
}

// Stats counts what a Writer did. The database counters come from the result
// summaries of committed transactions only (a retried attempt is not counted
// twice).
type Stats struct {
	NodesCreated         int
	NodesDeleted         int
	RelationshipsCreated int
	RelationshipsDeleted int
	PropertiesSet        int
	ArticlesWritten      int // new articles
	ArticlesSkipped      int // same id and hash already in the graph (or twice in one batch)
	ArticlesReplaced     int // same id, new hash: old contributions removed first
	Relations            int // relations written (each one is a REPORTED_IN or folded into one)
	RelationsDropped     int // unknown type, non-fact status (unless KeepNonFact), too few participants
	Batches              int // committed transactions
}

func (s *Stats) add(o Stats) {
	s.NodesCreated += o.NodesCreated
	s.NodesDeleted += o.NodesDeleted
	s.RelationshipsCreated += o.RelationshipsCreated
	s.RelationshipsDeleted += o.RelationshipsDeleted
	s.PropertiesSet += o.PropertiesSet
	s.ArticlesWritten += o.ArticlesWritten
	s.ArticlesSkipped += o.ArticlesSkipped
	s.ArticlesReplaced += o.ArticlesReplaced
	s.Relations += o.Relations
	s.RelationsDropped += o.RelationsDropped
	s.Batches += o.Batches
}

// ErrNoArticleID is returned by Add for an article without Doc.ID.
var ErrNoArticleID = errors.New("graph: article has no id")

// Writer batches articles into write transactions. Use one Writer per run,
// from one goroutine: a single writer never deadlocks against itself.
type Writer struct {
	s       *Store
	buf     []Article
	index   map[string]int
	pending int // relations buffered
	stats   Stats
	skipped int      // duplicates inside the buffer
	seen    *written // rows the committed batches wrote
}

// NewWriter returns a Writer with an empty buffer.
func (s *Store) NewWriter() *Writer {
	return &Writer{s: s, index: map[string]int{}, seen: newWritten()}
}

// written remembers the rows of persons, offices and countries (with the
// properties last written) and the HOLDS and REPRESENTS pairs that this
// Writer's committed batches wrote, so that a later batch leaves out rows
// that would change nothing: in a long run the same leaders come back in
// every batch. Nodes a batch wrote are only ever deleted by the orphan
// clean-up after a replacement, and then the memory is dropped.
type written struct {
	rows map[string]string // kind, id → the row as last written
}

func newWritten() *written { return &written{rows: map[string]string{}} }

// filter returns the rows of kind that differ from what was last written,
// and records them in delta (applied to w only after the commit).
func (w *written) filter(kind string, rows []any, delta *written) []any {
	out := rows[:0:0]
	for _, r := range rows {
		m := r.(map[string]any)
		key := kind + "\x00" + fmt.Sprint(m["id"]) // nodes: the id
		if _, pair := m["person"]; pair {
			key = kind + "\x00" + fmt.Sprint(m["person"], m["office"], m["country"]) // edges: both ends
		}
		val := fmt.Sprint(m) // fmt prints maps with sorted keys
		if w.rows[key] == val {
			continue
		}
		out = append(out, r)
		delta.rows[key] = val
	}
	return out
}

func (w *written) merge(delta *written) {
	for k, v := range delta.rows {
		w.rows[k] = v
	}
}

// Add buffers a and flushes when the buffered relations or the buffered
// articles reach the batch size. An article added twice before a flush
// keeps its last version.
func (w *Writer) Add(ctx context.Context, a Article) error {
	if a.Doc.ID == "" {
		return fmt.Errorf("%w (path %q)", ErrNoArticleID, a.Doc.Path)
	}
	if i, ok := w.index[a.Doc.ID]; ok {
		old := w.buf[i]
		if articleHash(old) == articleHash(a) {
			w.skipped++
			return nil
		}
		w.pending += len(a.Relations) - len(old.Relations)
		w.buf[i] = a
	} else {
		w.index[a.Doc.ID] = len(w.buf)
		w.buf = append(w.buf, a)
		w.pending += len(a.Relations)
	}
	if w.pending >= w.s.batch || len(w.buf) >= w.s.batch {
		return w.Flush(ctx)
	}
	return nil
}

// Flush writes the buffered articles in one managed write transaction
// (retried on transient errors). On error the buffer is kept, so Flush may
// be called again.
func (w *Writer) Flush(ctx context.Context) error {
	if len(w.buf) == 0 {
		return nil
	}
	sess := w.s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	var delta *written
	st, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (Stats, error) {
		delta = newWritten() // a retry starts again
		return w.s.writeBatch(ctx, tx, w.buf, w.seen, delta)
	})
	if err != nil {
		return fmt.Errorf("graph: write %d articles (first %q) to %s: %w", len(w.buf), w.buf[0].Doc.ID, w.s.uriLabel, err)
	}
	if st.ArticlesReplaced > 0 {
		w.seen = newWritten() // the orphan clean-up may have deleted nodes
	} else {
		w.seen.merge(delta)
	}
	st.Batches = 1
	st.ArticlesSkipped += w.skipped
	w.stats.add(st)
	w.buf, w.pending, w.skipped = w.buf[:0], 0, 0
	clear(w.index)
	return nil
}

// Stats returns the totals of the committed batches.
func (w *Writer) Stats() Stats { return w.stats }

// txRunner runs queries in one transaction and sums their counters.
type txRunner struct {
	ctx context.Context
	tx  neo4j.ManagedTransaction
	st  *Stats
}

func (r txRunner) run(q string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := r.tx.Run(r.ctx, q, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(r.ctx)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(r.ctx)
	if err != nil {
		return nil, err
	}
	c := sum.Counters()
	r.st.NodesCreated += c.NodesCreated()
	r.st.NodesDeleted += c.NodesDeleted()
	r.st.RelationshipsCreated += c.RelationshipsCreated()
	r.st.RelationshipsDeleted += c.RelationshipsDeleted()
	r.st.PropertiesSet += c.PropertiesSet()
	return recs, nil
}

// exec runs a write query whose rows may be empty.
func (r txRunner) exec(q string, rows []any) error {
	if len(rows) == 0 {
		return nil
	}
	_, err := r.run(q, map[string]any{"rows": rows})
	return err
}

// writeBatch is the unit of work of one transaction. It reads what it needs
// and derives everything else, so a retry after a rollback redoes exactly
// the same work.
func (s *Store) writeBatch(ctx context.Context, tx neo4j.ManagedTransaction, arts []Article, seen, delta *written) (Stats, error) {
	var st Stats
	r := txRunner{ctx, tx, &st}

	// 1. Which articles are new, unchanged or changed?
	ids := make([]any, len(arts))
	for i, a := range arts {
		ids[i] = a.Doc.ID
	}
	recs, err := r.run(qArticleHashes, map[string]any{"ids": ids})
	if err != nil {
		return st, fmt.Errorf("read article hashes: %w", err)
	}
	stored := map[string]string{}
	for _, rec := range recs {
		stored[str(rec.Values[0])] = str(rec.Values[1])
	}
	var write []Article
	var replaced []any
	for _, a := range arts {
		h, ok := stored[a.Doc.ID]
		switch {
		case ok && h == articleHash(a):
			st.ArticlesSkipped++
		case ok:
			st.ArticlesReplaced++
			replaced = append(replaced, a.Doc.ID)
			write = append(write, a)
		default:
			st.ArticlesWritten++
			write = append(write, a)
		}
	}
	if len(write) == 0 {
		return st, nil
	}

	pairs := map[pairKey]bool{} // value: an event of three or more persons changed
	var affectedPersons []any
	seenPerson := map[string]bool{}

	// 2. A changed article first removes its own REPORTED_IN edges; events
	// left without reports go, the others get their date and properties
	// derived again from the remaining reports.
	if len(replaced) > 0 {
		recs, err := r.run(qRemoveReports, map[string]any{"ids": replaced})
		if err != nil {
			return st, fmt.Errorf("remove old reports: %w", err)
		}
		var evs []any
		for _, rec := range recs {
			evs = append(evs, rec.Values[0])
			persons := strs(rec.Values[3])
			slices.Sort(persons)
			for _, p := range persons {
				if !seenPerson[p] {
					seenPerson[p] = true
					affectedPersons = append(affectedPersons, p)
				}
			}
			if str(rec.Values[2]) == extract.StatusFact {
				for _, pk := range eventPairs(str(rec.Values[1]), persons, str(rec.Values[4])) {
					pairs[pk] = pairs[pk] || len(persons) > 2
				}
			}
		}
		if err := s.deriveEvents(r, evs); err != nil {
			return st, err
		}
	}

	// 3. Normalise the relations; read existing events of their groups.
	pl := newPlanner(s.lookup, s.keepNon)
	type artRows struct {
		a    *Article
		rows []relRow
	}
	var all []artRows
	groupSet := map[string]bool{}
	for i := range write {
		a := &write[i]
		ar := artRows{a: a}
		for j := range a.Relations {
			row, why := pl.normalise(&a.Relations[j])
			if why != "" {
				st.RelationsDropped++
				continue
			}
			ar.rows = append(ar.rows, row)
			groupSet[row.group] = true
		}
		all = append(all, ar)
	}
	groups := make([]any, 0, len(groupSet))
	for g := range groupSet {
		groups = append(groups, g)
	}
	var existing []existingEvent
	if len(groups) > 0 {
		recs, err = r.run(qEventsByGroup, map[string]any{"groups": groups})
		if err != nil {
			return st, fmt.Errorf("read events: %w", err)
		}
		for _, rec := range recs {
			existing = append(existing, existingEvent{group: str(rec.Values[0]), id: str(rec.Values[1]), date: str(rec.Values[2])})
		}
	}

	// 4. Attach every row to an event.
	res := newResolver(existing)
	reports := map[[2]string]*report{}
	var order [][2]string
	var created []*evState
	for _, ar := range all {
		for k := range ar.rows {
			row := &ar.rows[k]
			ev := res.attach(row)
			if ev.created && ev.row == row {
				created = append(created, ev)
			}
			addReport(reports, &order, ev, ar.a.Doc.ID, row)
			st.Relations++
			if row.status == extract.StatusFact {
				for _, pk := range eventPairs(row.typ, row.persons, row.country) {
					pairs[pk] = pairs[pk] || len(row.persons) > 2
				}
			}
		}
	}

	// 5. Write nodes, then edges.
	if err := r.exec(qCountries, seen.filter("country", pl.countryRows(), delta)); err != nil {
		return st, fmt.Errorf("write countries: %w", err)
	}
	if err := r.exec(qOffices, seen.filter("office", pl.officeRows(), delta)); err != nil {
		return st, fmt.Errorf("write offices: %w", err)
	}
	if err := r.exec(qPersons, seen.filter("person", pl.personRows(), delta)); err != nil {
		return st, fmt.Errorf("write persons: %w", err)
	}
	if err := r.exec(qHolds, seen.filter("holds", pl.pairRows(pl.holds, "office"), delta)); err != nil {
		return st, fmt.Errorf("write HOLDS: %w", err)
	}
	if err := r.exec(qRepresents, seen.filter("represents", pl.pairRows(pl.repr, "country"), delta)); err != nil {
		return st, fmt.Errorf("write REPRESENTS: %w", err)
	}
	artRowsP := make([]any, len(write))
	for i, a := range write {
		d := a.Doc
		artRowsP[i] = map[string]any{"id": d.ID, "path": nz(d.Path), "item": nz(d.Item), "url": nz(d.URL), "title": nz(d.Title),
			"outlet": nz(d.Outlet), "published": nz(d.Published), "hash": articleHash(a)}
	}
	if err := r.exec(qArticles, artRowsP); err != nil {
		return st, fmt.Errorf("write articles: %w", err)
	}
	// Events first seen in this batch get their final id and derived
	// properties now (all their reports are in this batch); existing events
	// touched by the batch are derived by the database after the reports.
	byEvent := map[string][]*report{}
	for _, k := range order {
		rp := reports[k]
		byEvent[rp.event] = append(byEvent[rp.event], rp)
	}
	final := map[string]string{}     // creation ref → id after derivation
	freshDates := map[string][]any{} // group → dates of its fact events created here
	groupOf := map[string]string{}   // id of a created fact event → its group
	evRows := make([]any, 0, len(created))
	evRowOf := map[string]any{} // id → its row in evRows
	for _, ev := range created {
		row := ev.row
		d := derive(byEvent[ev.ref])
		id := eventID(row.group, d.date)
		final[ev.ref] = id
		if row.status == extract.StatusFact {
			freshDates[row.group] = append(freshDates[row.group], d.date)
			groupOf[id] = row.group
		}
		persons := make([]any, len(row.persons))
		for i, p := range row.persons {
			role := "b"
			switch {
			case row.typ == extract.Visited:
				role = "visitor"
			case i == 0:
				role = "a"
			}
			persons[i] = map[string]any{"id": p, "role": role}
		}
		reps := make([]any, 0, len(byEvent[ev.ref]))
		for _, rp := range byEvent[ev.ref] {
			reps = append(reps, reportRow(rp))
		}
		evRow := map[string]any{"id": id, "group": row.group, "type": row.typ,
			"status": row.status, "date": d.date, "granularity": d.gran, "size": int64(len(row.persons)),
			"mode": nz(d.mode), "place": nz(d.place), "event": nz(d.event),
			"persons": persons, "country": nz(row.country), "reports": reps}
		evRows = append(evRows, evRow)
		evRowOf[id] = evRow
	}
	var rederive []any
	if len(evRows) > 0 {
		recs, err := r.run(qEvents, map[string]any{"rows": evRows})
		if err != nil {
			return st, fmt.Errorf("write events: %w", err)
		}
		var again []any
		for _, rec := range recs {
			rederive = append(rederive, rec.Values[0])
			delete(freshDates, groupOf[str(rec.Values[0])]) // a concurrent writer's event: ask the database
			again = append(again, evRowOf[str(rec.Values[0])])
		}
		if err := r.exec(qEventEdges, again); err != nil {
			return st, fmt.Errorf("write edges of concurrent events: %w", err)
		}
	}
	// Reports of events new to the batch went in with them; the others
	// attach to events that existed before.
	repRows := make([]any, 0, len(order))
	touched := map[string]bool{}
	for _, k := range order {
		rp := reports[k]
		if _, fresh := final[rp.event]; fresh {
			continue
		}
		row := reportRow(rp)
		row["event"] = rp.event
		repRows = append(repRows, row)
		if !touched[rp.event] {
			touched[rp.event] = true
			rederive = append(rederive, rp.event)
		}
	}
	if err := r.exec(qReports, repRows); err != nil {
		return st, fmt.Errorf("write REPORTED_IN: %w", err)
	}

	// 6. Date (refinement), id and properties of the existing events the
	// batch touched, from all their reports.
	if err := s.deriveEvents(r, rederive); err != nil {
		return st, err
	}

	// 7. Convenience edges of every affected pair, recomputed from events;
	// a pair whose events of three or more persons changed (multi) also
	// recomputes those.
	byType, multiByType := map[string][]any{}, map[string][]any{}
	keys := make([]pairKey, 0, len(pairs))
	for pk := range pairs {
		keys = append(keys, pk)
	}
	slices.SortFunc(keys, func(x, y pairKey) int {
		if x.typ != y.typ {
			return cmpStr(x.typ, y.typ)
		}
		if x.a != y.a {
			return cmpStr(x.a, y.a)
		}
		return cmpStr(x.b, y.b)
	})
	// A pair whose group had no event before this batch (the group was read
	// in step 3 and found empty) has exactly the events created here: their
	// dates go in with the row, and no index seek is needed.
	hadEvents := map[string]bool{}
	for _, e := range existing {
		hadEvents[e.group] = true
	}
	knownByType := map[string][]any{}
	for _, pk := range keys {
		g := pk.group()
		if !pairs[pk] && groupSet[g] && !hadEvents[g] {
			if own, ok := freshDates[g]; ok {
				knownByType[pk.typ] = append(knownByType[pk.typ], map[string]any{"a": pk.a, "b": pk.b, "own": own})
				continue
			}
		}
		m := byType
		if pairs[pk] {
			m = multiByType
		}
		m[pk.typ] = append(m[pk.typ], map[string]any{"a": pk.a, "b": pk.b, "g": g})
	}
	for _, typ := range []string{extract.CoChaired, extract.MetWith, extract.PhoneCall, extract.Visited} {
		if err := r.exec(qConvenience[typ], byType[typ]); err != nil {
			return st, fmt.Errorf("recompute %s: %w", typ, err)
		}
		if err := r.exec(qConvenienceKnown[typ], knownByType[typ]); err != nil {
			return st, fmt.Errorf("recompute %s: %w", typ, err)
		}
		if err := r.exec(qConvenienceMulti[typ], multiByType[typ]); err != nil {
			return st, fmt.Errorf("recompute %s: %w", typ, err)
		}
	}

	// 8. After a replacement: persons left without events, offices nobody
	// holds and countries nothing refers to are removed, as in a clean run.
	if len(replaced) > 0 {
		if _, err := r.run(qOrphanPersons, map[string]any{"ids": affectedPersons}); err != nil {
			return st, fmt.Errorf("remove orphans: %w", err)
		}
		if _, err := r.run(qOrphanOffices, nil); err != nil {
			return st, fmt.Errorf("remove orphans: %w", err)
		}
		if _, err := r.run(qOrphanCountries, nil); err != nil {
			return st, fmt.Errorf("remove orphans: %w", err)
		}
	}
	return st, nil
}

func (s *Store) deriveEvents(r txRunner, ids []any) error {
	if len(ids) == 0 {
		return nil
	}
	if _, err := r.run(qDropUnreported, map[string]any{"ids": ids}); err != nil {
		return fmt.Errorf("remove unreported events: %w", err)
	}
	if _, err := r.run(qDeriveEvents, map[string]any{"ids": ids}); err != nil {
		return fmt.Errorf("derive events: %w", err)
	}
	return nil
}

// reportRow is the REPORTED_IN edge of a report: its article and the
// relation's evidence.
func reportRow(rp *report) map[string]any {
	rel := rp.rel
	return map[string]any{"article": rp.article, "props": map[string]any{
		"sentence": nz(rel.Sentence), "span": []any{int64(rel.Span[0]), int64(rel.Span[1])},
		"trigger": nz(rel.Trigger), "confidence": rel.Confidence, "date": rp.date, "granularity": rp.gran,
		"mode": nz(rel.Mode), "place": nz(rel.Place), "event": nz(rel.Event)}}
}

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (pl *planner) countryRows() []any {
	ids := sortedKeys(pl.countries)
	out := make([]any, len(ids))
	for i, id := range ids {
		c := pl.countries[id]
		out[i] = map[string]any{"id": id, "name": nz(c.Name), "iso2": nz(c.ISO2)}
	}
	return out
}

func (pl *planner) officeRows() []any {
	ids := sortedKeys(pl.offices)
	out := make([]any, len(ids))
	for i, id := range ids {
		o := pl.offices[id]
		out[i] = map[string]any{"id": id, "title": o.Title, "category": nz(o.Category), "country": nz(o.Country)}
	}
	return out
}

func (pl *planner) personRows() []any {
	ids := sortedKeys(pl.persons)
	out := make([]any, len(ids))
	for i, id := range ids {
		p := pl.persons[id]
		out[i] = map[string]any{"id": id, "name": p.name, "discovered": p.discovered,
			"country": nz(p.country), "office": nz(p.office)}
	}
	return out
}

func (pl *planner) pairRows(m map[[2]string]bool, second string) []any {
	keys := make([][2]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y [2]string) int {
		if x[0] != y[0] {
			return cmpStr(x[0], y[0])
		}
		return cmpStr(x[1], y[1])
	})
	out := make([]any, len(keys))
	for i, k := range keys {
		out[i] = map[string]any{"person": k[0], second: k[1]}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
