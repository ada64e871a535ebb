package query

import (
	"fmt"
	"regexp"
)

// The ready-made questions. Each returns Cypher and its parameters for Run.
// Persons may be given by id, name or alias; countries by id, ISO code or
// short name. Only fact events count.

// contactTypes are the person-to-person relation types.
const contactTypes = `['MET_WITH', 'PHONE_CALL', 'CO_CHAIRED']`

// matchPerson is true when person v is named by parameter p (id, name, alias).
func matchPerson(v, p string) string {
	return fmt.Sprintf("(%[1]s.id = %[2]s OR %[1]s.name = %[2]s OR %[2]s IN coalesce(%[1]s.aliases, []))", v, p)
}

// matchCountry is true when person v represents the country named by p.
func matchCountry(v, p string) string {
	return fmt.Sprintf("(%[1]s.country = %[2]s OR EXISTS { MATCH (%[1]s)-[:REPRESENTS]->(c_%[1]s:Country) "+
		"WHERE c_%[1]s.id = %[2]s OR c_%[1]s.iso2 = %[2]s OR c_%[1]s.name = %[2]s })", v, p)
}

// Contacts: who the persons met, phoned or co-chaired with, how often, first
// and last date, by type; since (YYYY, YYYY-MM or YYYY-MM-DD, "" = ever)
// keeps events on or after it (compared at the event date's precision).
func Contacts(persons []string, since string) (string, map[string]any) {
	q := `MATCH (p:Person) WHERE any(x IN $people WHERE ` + matchPerson("p", "x") + `)
MATCH (p)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(o:Person)
WHERE o <> p AND e.type IN ` + contactTypes + ` AND coalesce(e.status, 'fact') = 'fact'
  AND ($since = '' OR (e.date <> '' AND e.date >= left($since, size(e.date))))
WITH p, o, e.type AS type, count(DISTINCT e) AS count,
     min(CASE WHEN e.date <> '' THEN e.date END) AS first, max(CASE WHEN e.date <> '' THEN e.date END) AS last
RETURN p.name AS person, o.name AS contact,
       coalesce([(o)-[:HOLDS]->(f:Office) | f.title][0], o.office) AS office,
       coalesce([(o)-[:REPRESENTS]->(c:Country) | c.name][0], o.country) AS country,
       type, count, first, last
ORDER BY count DESC, last DESC, contact, type`
	if persons == nil {
		persons = []string{}
	}
	return q, map[string]any{"people": persons, "since": since}
}

// Between: contacts between office holders of two countries, per month and
// type, with up to five of the pairs involved.
func Between(countryA, countryB string) (string, map[string]any) {
	q := `MATCH (a:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Person)
WHERE a <> b AND e.type IN ` + contactTypes + ` AND coalesce(e.status, 'fact') = 'fact'
  AND ` + matchCountry("a", "$a") + `
  AND ` + matchCountry("b", "$b") + `
WITH coalesce(left(e.date, 7), '') AS month, e.type AS type, e, a.name + '—' + b.name AS pair
RETURN month, type, count(DISTINCT e) AS events, collect(DISTINCT pair)[..5] AS pairs
ORDER BY month, type`
	return q, map[string]any{"a": countryA, "b": countryB}
}

// Path: the shortest chain of contacts (any direction, up to 12 hops)
// between two persons.
func Path(a, b string) (string, map[string]any) {
	q := `MATCH (x:Person) WHERE ` + matchPerson("x", "$a") + `
MATCH (y:Person) WHERE ` + matchPerson("y", "$b") + `
WITH x, y WHERE x <> y
MATCH p = shortestPath((x)-[:MET_WITH|PHONE_CALL|CO_CHAIRED*..12]-(y))
WITH p, nodes(p) AS ns, relationships(p) AS rs
RETURN length(p) AS hops,
       reduce(s = ns[0].name, i IN range(0, size(rs) - 1) |
         s + ' —' + type(rs[i]) + '×' + toString(coalesce(rs[i].count, 1)) + '— ' + ns[i + 1].name) AS path,
       [r IN rs | coalesce(r.last, '')] AS last
ORDER BY hops
LIMIT 1`
	return q, map[string]any{"a": a, "b": b}
}

// Events: the fact events of a period (YYYY, YYYY-MM or YYYY-MM-DD: events
// whose date starts with it) with participants, place and sources (an
// article's URL, else its path and, for one of a file of many, its item).
func Events(period string) (string, map[string]any) {
	q := `MATCH (e:Event)
WHERE e.date STARTS WITH $period AND coalesce(e.status, 'fact') = 'fact'
RETURN e.date AS date, e.type AS type,
       COLLECT { MATCH (p:Person)-[r:PARTICIPATED_IN]->(e) RETURN p.name ORDER BY r.role, p.name } AS participants,
       [(e)-[:IN_COUNTRY]->(c:Country) | c.name][0] AS visited,
       e.place AS place, e.event AS event,
       COLLECT { MATCH (e)-[:REPORTED_IN]->(a:Article) RETURN DISTINCT coalesce(a.url, a.path + coalesce(' (' + a.item + ')', '')) AS s ORDER BY s } AS sources,
       COLLECT { MATCH (e)-[r:REPORTED_IN]->(a:Article) RETURN r.sentence ORDER BY a.id }[0] AS sentence
ORDER BY date, type, participants`
	return q, map[string]any{"period": period}
}

var periodRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// CheckPeriod validates a period or date: YYYY, YYYY-MM or YYYY-MM-DD.
func CheckPeriod(p string) error {
	if !periodRe.MatchString(p) {
		return fmt.Errorf("period %q: want YYYY, YYYY-MM or YYYY-MM-DD", p)
	}
	return nil
}
