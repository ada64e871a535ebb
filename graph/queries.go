package graph

import (
	"fmt"

	"github.com/dipgraph/dipgraph/extract"
)

// Every Cypher statement the writer runs. Values are always parameters;
// labels and relationship types are constants of this file.

const qArticleHashes = `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id, a.hash`

const qRemoveReports = `UNWIND $ids AS aid
MATCH (:Article {id: aid})<-[r:REPORTED_IN]-(e:Event)
WITH e, collect(r) AS rs
OPTIONAL MATCH (p:Person)-[:PARTICIPATED_IN]->(e)
WITH e, rs, collect(p.id) AS persons
OPTIONAL MATCH (e)-[:IN_COUNTRY]->(c:Country)
WITH e, rs, persons, c.id AS country
FOREACH (r IN rs | DELETE r)
RETURN e.id, e.type, e.status, persons, country`

const qEventsByGroup = `UNWIND $groups AS g
MATCH (e:Event {group: g}) USING INDEX e:Event(group)
RETURN e.group, e.id, e.date`

const qCountries = `UNWIND $rows AS row
MERGE (c:Country {id: row.id})
SET c.name = coalesce(row.name, c.name), c.iso2 = coalesce(row.iso2, c.iso2)`

const qOffices = `UNWIND $rows AS row
MERGE (o:Office {id: row.id})
SET o.title = row.title, o.category = coalesce(row.category, o.category), o.country = row.country
WITH o, row WHERE row.country IS NOT NULL
MATCH (c:Country {id: row.country})
MERGE (o)-[:OF]->(c)`

const qPersons = `UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.discovered = row.discovered,
    p.country = coalesce(row.country, p.country), p.office = coalesce(row.office, p.office)`

const qHolds = `UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (o:Office {id: row.office})
MERGE (p)-[h:HOLDS]->(o)
ON CREATE SET h.source = 'article'`

const qRepresents = `UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (c:Country {id: row.country})
MERGE (p)-[:REPRESENTS]->(c)`

const qArticles = `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.path = row.path, a.item = row.item, a.url = row.url, a.title = row.title, a.outlet = row.outlet,
    a.published = row.published, a.hash = row.hash`

// qEvents creates the events first seen in this batch with their
// participants, country and reports, and the properties the writer derived from
// their reports (see derive in plan.go). The edges of a new node cannot exist
// yet, so they are created without the checks of MERGE. It returns the ids of
// events that another transaction created meanwhile (a concurrent shard):
// their edges are merged by qEventEdges, and they are derived again from all
// their reports, like any existing event.
const qEvents = `UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.group = row.group, e.type = row.type, e.status = row.status,
              e.date = row.date, e.granularity = row.granularity, e.size = row.size,
              e.mode = row.mode, e.place = row.place, e.event = row.event, e.fresh = true
WITH e, row, e.fresh IS NULL AS existed
REMOVE e.fresh
WITH e, row, existed
CALL {
  WITH e, row, existed
  WITH e, row WHERE NOT existed
  UNWIND row.persons AS pt
  MATCH (p:Person {id: pt.id})
  CREATE (p)-[:PARTICIPATED_IN {role: pt.role}]->(e)
}
CALL {
  WITH e, row, existed
  WITH e, row WHERE NOT existed AND row.country IS NOT NULL
  MATCH (c:Country {id: row.country})
  CREATE (e)-[:IN_COUNTRY]->(c)
}
CALL {
  WITH e, row, existed
  WITH e, row WHERE NOT existed
  UNWIND row.reports AS rp
  MATCH (a:Article {id: rp.article})
  CREATE (e)-[r:REPORTED_IN]->(a)
  SET r = rp.props
}
WITH e, existed WHERE existed
RETURN e.id`

// qEventEdges writes the participants, country and reports of events that
// qEvents found created by another transaction (a concurrent shard) with
// MERGE, as the edges may be there already.
const qEventEdges = `UNWIND $rows AS row
MATCH (e:Event {id: row.id})
CALL {
  WITH e, row
  UNWIND row.persons AS pt
  MATCH (p:Person {id: pt.id})
  MERGE (p)-[r:PARTICIPATED_IN]->(e)
  ON CREATE SET r.role = pt.role
}
CALL {
  WITH e, row
  WITH e, row WHERE row.country IS NOT NULL
  MATCH (c:Country {id: row.country})
  MERGE (e)-[:IN_COUNTRY]->(c)
}
CALL {
  WITH e, row
  UNWIND row.reports AS rp
  MATCH (a:Article {id: rp.article})
  MERGE (e)-[r:REPORTED_IN]->(a)
  SET r = rp.props
}`

const qReports = `UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:Article {id: row.article})
MERGE (e)-[r:REPORTED_IN]->(a)
SET r = row.props`

const qDropUnreported = `UNWIND $ids AS eid
MATCH (e:Event {id: eid})
WHERE NOT (e)-[:REPORTED_IN]->()
DETACH DELETE e`

// qDeriveEvents sets an event's date to the most precise date among its
// reports (a day refines a month), its id to group:date, and mode, place and
// meeting name from the best report that has one (highest confidence, then
// lowest article id, then earliest sentence): independent of write order.
//
// Each event's reports are read in a subquery from the event itself: left
// to choose, the planner sometimes joined the events with all articles
// instead, which made one batch of 2,992 events take 17 s where the whole
// run's derivations take 0.8 s (every other run of BenchmarkWriteBatch,
// after the schema was recreated).
const qDeriveEvents = `UNWIND $ids AS eid
MATCH (e:Event {id: eid})
CALL {
  WITH e
  MATCH (e)-[r:REPORTED_IN]->(a)
  RETURN r, a.id AS aid ORDER BY r.confidence DESC, aid, r.span[0]
}
WITH e, collect(r) AS rs
WITH e, rs, head([x IN rs WHERE x.granularity = 'day'] + [x IN rs WHERE x.granularity = 'month'] + rs) AS best
SET e.date = best.date, e.granularity = best.granularity,
    e.id = CASE best.date WHEN '' THEN e.group ELSE e.group + ':' + best.date END,
    e.mode = head([x IN rs WHERE x.mode IS NOT NULL | x.mode]),
    e.place = head([x IN rs WHERE x.place IS NOT NULL | x.place]),
    e.event = head([x IN rs WHERE x.event IS NOT NULL | x.event])`

// A convenience edge (a)-[:T {count, first, last}]->(b) summarises the fact
// events of its pair. Two-party events are found through their group (an
// index seek, never an expansion of a busy person's events). The dates of
// events with three or more persons (rare) are kept on the edge as
// group_dates and recomputed only when such an event of the pair changes,
// so an ordinary pair costs one seek whatever the size of the archive.
//
// convenienceTemplate takes %[1]s, the relationship type (a constant), %[2]s
// the label of the second end, %[3]s the expression of the pair's
// group_dates and %[4]s that of its own events' dates. An edge that is
// there is updated in place; only a missing one goes through MERGE, whose
// locks keep two concurrent writers from creating it twice.
const convenienceTemplate = `UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:%[2]s {id: row.b})
OPTIONAL MATCH (a)-[old:%[1]s]->(b)
WITH a, b, old, %[4]s AS own, %[3]s AS multi
WITH a, b, old, own + multi AS ds, CASE size(multi) WHEN 0 THEN null ELSE multi END AS multi
WITH a, b, old, multi, size(ds) AS n, ` + firstLast + `
FOREACH (x IN CASE WHEN n = 0 AND old IS NOT NULL THEN [old] ELSE [] END | DELETE x)
FOREACH (x IN CASE WHEN n > 0 AND old IS NOT NULL THEN [old] ELSE [] END |
  SET x.count = n, x.first = first, x.last = last, x.group_dates = multi)
FOREACH (_ IN CASE WHEN n > 0 AND old IS NULL THEN [1] ELSE [] END |
  MERGE (a)-[r:%[1]s]->(b)
  SET r.count = n, r.first = first, r.last = last, r.group_dates = multi)`

// knownTemplate is the statement for pairs whose own events were all
// created by the batch: their dates come with the row (row.own, never
// empty), so the edge cannot go away and one MERGE both finds and creates
// it; an edge that is there already keeps its group_dates. %[1]s and %[2]s
// as in convenienceTemplate.
const knownTemplate = `UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:%[2]s {id: row.b})
MERGE (a)-[r:%[1]s]->(b)
WITH r, row.own + coalesce(r.group_dates, []) AS ds
WITH r, size(ds) AS n, ` + firstLast + `
SET r.count = n, r.first = first, r.last = last`

// firstLast computes the earliest and latest non-empty date of ds.
const firstLast = `reduce(m = null, x IN ds | CASE WHEN x <> '' AND (m IS NULL OR x < m) THEN x ELSE m END) AS first,
     reduce(m = null, x IN ds | CASE WHEN x <> '' AND (m IS NULL OR x > m) THEN x ELSE m END) AS last`

// qConvenience maps each relation type (the allow-list) to its statement
// for pairs whose events of three or more persons did not change in the
// batch (their dates are read from the edge); qConvenienceMulti to the
// statement for pairs where one did (their dates are found again through
// the pair's shared events); qConvenienceKnown to the statement for pairs
// whose own events were all created by the batch.
var qConvenience, qConvenienceMulti, qConvenienceKnown = func() (map[string]string, map[string]string, map[string]string) {
	const seek = "COLLECT { MATCH (e:Event {group: row.g}) USING INDEX e:Event(group) RETURN e.date }"
	two, multi, known := map[string]string{}, map[string]string{}, map[string]string{}
	for _, t := range []string{extract.MetWith, extract.PhoneCall, extract.CoChaired} {
		two[t] = fmt.Sprintf(convenienceTemplate, t, LabelPerson, "coalesce(old.group_dates, [])", seek)
		multi[t] = fmt.Sprintf(convenienceTemplate, t, LabelPerson,
			"COLLECT { MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b) WHERE e.size > 2 AND e.type = '"+t+"' AND e.status = 'fact' RETURN e.date }", seek)
		known[t] = fmt.Sprintf(knownTemplate, t, LabelPerson)
	}
	two[extract.Visited] = fmt.Sprintf(convenienceTemplate, RelVisited, LabelCountry, "[]", seek)
	known[extract.Visited] = fmt.Sprintf(knownTemplate, RelVisited, LabelCountry)
	return two, multi, known
}()

const qOrphanPersons = `UNWIND $ids AS pid
MATCH (p:Person {id: pid})
WHERE NOT (p)-[:PARTICIPATED_IN]->()
DETACH DELETE p`

const qOrphanOffices = `MATCH (o:Office)
WHERE NOT ()-[:HOLDS]->(o)
DETACH DELETE o`

const qOrphanCountries = `MATCH (c:Country)
WHERE NOT (c)--()
DELETE c`
