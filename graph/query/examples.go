package query

// Example is a Cypher query an analyst can adapt, with sample parameters.
type Example struct {
	Title  string
	Cypher string
	Params map[string]any
}

// Examples are the example queries of the README, run against the fixture
// graph by the integration tests so that each stays valid for schema v1.
var Examples = []Example{
	{"Top contacts of a person (by id, name or alias)", `MATCH (p:Person) WHERE p.id = $who OR p.name = $who OR $who IN coalesce(p.aliases, [])
MATCH (p)-[r:MET_WITH|PHONE_CALL|CO_CHAIRED]-(o:Person)
RETURN o.name AS contact, type(r) AS type, r.count AS count, r.first AS first, r.last AS last
ORDER BY count DESC LIMIT 20`, map[string]any{"who": "习近平"}},
	{"Contacts per month between two countries' office holders", `MATCH (a:Person)-[:REPRESENTS]->(:Country {id: $a}),
      (b:Person)-[:REPRESENTS]->(:Country {id: $b}),
      (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
WHERE e.status = 'fact' AND e.type IN ['MET_WITH', 'PHONE_CALL', 'CO_CHAIRED']
RETURN left(e.date, 7) AS month, e.type AS type, count(DISTINCT e) AS events
ORDER BY month, type`, map[string]any{"a": "CN", "b": "US"}},
	{"Who co-chaired which mechanisms", `MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event {type: 'CO_CHAIRED'})
WHERE e.status = 'fact'
RETURN e.event AS mechanism, e.date AS date, collect(p.name) AS chairs
ORDER BY mechanism, date`, nil},
	{"Visits by visited country and year", `MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event {type: 'VISITED'})-[:IN_COUNTRY]->(c:Country)
WHERE e.status = 'fact'
RETURN c.name AS country, left(e.date, 4) AS year, count(DISTINCT e) AS visits, collect(DISTINCT p.name)[..10] AS visitors
ORDER BY country, year`, nil},
	{"The articles and sentences behind an edge", `MATCH (a:Person {id: $a})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Person {id: $b})
MATCH (e)-[r:REPORTED_IN]->(art:Article)
RETURN e.date AS date, e.type AS type, r.sentence AS sentence, art.title AS title, coalesce(art.url, art.path) AS source
ORDER BY date`, map[string]any{"a": "xi-jinping", "b": "vladimir-putin"}},
	{"Most connected persons (distinct contacts)", `MATCH (p:Person)-[:MET_WITH|PHONE_CALL|CO_CHAIRED]-(o:Person)
RETURN p.name AS person, p.country AS country, count(DISTINCT o) AS contacts
ORDER BY contacts DESC LIMIT 20`, nil},
	{"Phone calls in a year", `MATCH (a:Person)-[:PARTICIPATED_IN]->(e:Event {type: 'PHONE_CALL'})<-[:PARTICIPATED_IN]-(b:Person)
WHERE e.status = 'fact' AND e.date STARTS WITH $year AND a.id < b.id
RETURN e.date AS date, a.name AS a, b.name AS b, e.mode AS mode
ORDER BY date`, map[string]any{"year": "2024"}},
	{"Foreign visitors to a country, with counts", `MATCH (p:Person)-[r:VISITED]->(c:Country {id: $country})
RETURN p.name AS visitor, p.country AS from, r.count AS visits, r.first AS first, r.last AS last
ORDER BY visits DESC, last DESC`, map[string]any{"country": "CN"}},
	{"Shortest contact chain between two persons", `MATCH (x:Person {id: $a}), (y:Person {id: $b})
MATCH p = shortestPath((x)-[:MET_WITH|PHONE_CALL|CO_CHAIRED*..12]-(y))
RETURN [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | type(r)] AS via`,
		map[string]any{"a": "vladimir-putin", "b": "shigeru-ishiba"}},
	{"Persons found in the news but not in the dictionary", `MATCH (p:Person {discovered: true})-[r:MET_WITH|PHONE_CALL|CO_CHAIRED]-()
RETURN p.name AS name, sum(r.count) AS events
ORDER BY events DESC LIMIT 50`, nil},
	{"Office holders of a country and their contact counts", `MATCH (p:Person)-[:HOLDS]->(o:Office)-[:OF]->(c:Country {id: $country})
OPTIONAL MATCH (p)-[r:MET_WITH|PHONE_CALL|CO_CHAIRED]-()
RETURN p.name AS person, o.title AS office, coalesce(sum(r.count), 0) AS events
ORDER BY events DESC`, map[string]any{"country": "CN"}},
	{"Events reported by one outlet in a month", `MATCH (e:Event)-[:REPORTED_IN]->(a:Article)
WHERE a.outlet = $outlet AND e.date STARTS WITH $month
RETURN e.date AS date, e.type AS type, COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) RETURN p.name } AS who, a.title AS title
ORDER BY date`, map[string]any{"outlet": "people", "month": "2024-05"}},
}
