// Package export builds the diplomatic-contact graph — persons, the
// countries they visited, and contact edges with counts, first and last
// dates and the evidence behind them — and writes it for other tools.
//
// The graph comes from an extraction run without a database (ReadJSONL and
// FromRelations over the JSON Lines of `dipgraph extract --format jsonl`) or
// from Neo4j (FromNeo4j, reading the convenience edges and events of schema
// version 1). Both apply the same Filter and give the same Graph: one edge per
// unordered pair of persons and relation type (VISITED: person → country),
// count = number of distinct events (same type, pair and date count once).
//
// Files:
//
//	graph.go    Graph, Node, Edge, Filter, FromRelations, ReadJSONL
//	neo4j.go    FromNeo4j (read-only transaction, parameters only)
//	graphml.go  WriteGraphML (GraphML 1.0, opens in Gephi, networkx, yEd)
//	gexf.go     WriteGEXF (GEXF 1.3, Gephi's own format)
//	csv.go      WriteCSV (nodes.csv and edges.csv for neo4j-admin database import)
//	json.go     WriteJSON (nodes/links, as d3, cytoscape and networkx's node_link_graph read it)
//	cypher.go   WriteCypher (a replayable script of MERGE statements)
//
// Package exporttest loads a schema-v1 fixture graph for the integration
// tests of export and query.
package export
