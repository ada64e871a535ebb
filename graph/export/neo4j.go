package export

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// edgesQuery reads the convenience edges with their fact events and the
// sentences reporting them (schema version 1).
const edgesQuery = `
MATCH (a:Person)-[r]->(b)
WHERE type(r) IN $types AND (b:Person OR (b:Country AND type(r) = 'VISITED'))
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WHERE e.type = type(r) AND coalesce(e.status, 'fact') = 'fact'
  AND ((b:Person AND EXISTS { (b)-[:PARTICIPATED_IN]->(e) })
    OR (b:Country AND EXISTS { (e)-[:IN_COUNTRY]->(b) }))
OPTIONAL MATCH (e)-[rep:REPORTED_IN]->(art:Article)
RETURN a.id AS a, type(r) AS type, b.id AS b, r.count AS count, r.first AS first, r.last AS last,
       e.id AS event, coalesce(e.date, '') AS date,
       collect(CASE WHEN rep IS NULL THEN null ELSE
         {sentence: rep.sentence, article: art.id, path: art.path, item: art.item, url: art.url, title: art.title} END) AS evidence`

// personsQuery reads the persons at the ends of the edges.
const personsQuery = `
MATCH (p:Person) WHERE p.id IN $ids
OPTIONAL MATCH (pc:Country {id: p.country})
RETURN p.id AS id, p.name AS name, p.office AS office,
       [(p)-[:HOLDS]->(o:Office) | o.title][0] AS title,
       coalesce(pc.id, [(p)-[:REPRESENTS]->(c:Country) | c.id][0]) AS countryId,
       coalesce(pc.name, [(p)-[:REPRESENTS]->(c:Country) | c.name][0]) AS country`

// countriesQuery reads the visited countries.
const countriesQuery = `MATCH (c:Country) WHERE c.id IN $ids RETURN c.id AS id, c.name AS name`

// FromNeo4j reads the contact graph from database db (empty: the server's
// default) in one read-only transaction, every value passed as a parameter.
// Without date bounds, counts and first/last dates are those stored on the
// convenience edges; with bounds they are recomputed from the events in range.
// Evidence comes from the events' REPORTED_IN sentences.
func FromNeo4j(ctx context.Context, drv neo4j.DriverWithContext, db string, f Filter) (*Graph, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	types := Types
	if len(f.Types) > 0 {
		types = nil
		for _, t := range f.Types {
			types = append(types, strings.ToUpper(t))
		}
	}
	sess := drv.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: db})
	defer sess.Close(ctx)
	g, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (*Graph, error) {
		b := newBuilder(f)
		persons, countries := map[string]bool{}, map[string]bool{}
		res, err := tx.Run(ctx, edgesQuery, map[string]any{"types": types})
		if err != nil {
			return nil, fmt.Errorf("reading contact edges: %w", err)
		}
		for res.Next(ctx) {
			rec := res.Record()
			typ, x, y := str(rec, "type"), str(rec, "a"), str(rec, "b")
			if x == "" || y == "" {
				continue
			}
			persons[x] = true
			if typ == "VISITED" {
				countries[y] = true
			} else {
				persons[y] = true
			}
			e := b.edge(typ, x, y)
			if e.stored == nil {
				e.stored = &Edge{Count: count(get(rec, "count")), First: str(rec, "first"), Last: str(rec, "last")}
			}
			ev, date := str(rec, "event"), str(rec, "date")
			if ev == "" || !f.InRange(date) {
				continue
			}
			if e.events == nil {
				e.events = map[string]string{}
			}
			e.events[ev] = date
			list, _ := get(rec, "evidence").([]any)
			for _, item := range list {
				m, _ := item.(map[string]any)
				b.evidence(e, Evidence{Sentence: mstr(m, "sentence"), Date: date, Article: mstr(m, "article"),
					Path: mstr(m, "path"), Item: mstr(m, "item"), URL: mstr(m, "url"), Title: mstr(m, "title")})
			}
		}
		if err := res.Err(); err != nil {
			return nil, fmt.Errorf("reading contact edges: %w", err)
		}
		res, err = tx.Run(ctx, personsQuery, map[string]any{"ids": keys(persons)})
		if err != nil {
			return nil, fmt.Errorf("reading persons: %w", err)
		}
		for res.Next(ctx) {
			rec := res.Record()
			office := str(rec, "office")
			if t, _, ok := strings.Cut(office, "|"); ok {
				office = t // an Office id: title|country
			}
			if office == "" {
				office = str(rec, "title")
			}
			b.node(str(rec, "id"), LabelPerson, str(rec, "name"), office, str(rec, "country"), str(rec, "countryId"), "")
		}
		if err := res.Err(); err != nil {
			return nil, fmt.Errorf("reading persons: %w", err)
		}
		res, err = tx.Run(ctx, countriesQuery, map[string]any{"ids": keys(countries)})
		if err != nil {
			return nil, fmt.Errorf("reading countries: %w", err)
		}
		for res.Next(ctx) {
			rec := res.Record()
			b.node(str(rec, "id"), LabelCountry, str(rec, "name"), "", "", "", "")
		}
		if err := res.Err(); err != nil {
			return nil, fmt.Errorf("reading countries: %w", err)
		}
		return b.graph(), nil
	})
	if err != nil {
		return nil, fmt.Errorf("export from neo4j: %w", err)
	}
	return g, nil
}

func get(rec *neo4j.Record, key string) any {
	v, _ := rec.Get(key)
	return v
}

func str(rec *neo4j.Record, key string) string {
	s, _ := get(rec, key).(string)
	return s
}

// count reads a stored count, int64 or (when written from JSON) float64.
func count(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return 0
}

func mstr(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
