package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteCypher writes g as a Cypher script for people to read and replay
// (`cypher-shell -f graph.cypher`): uniqueness constraints, then one
// parameterless MERGE statement per node and per edge, values written as
// escaped string literals. Nodes get the properties of the export model
// (name, office title, country name, degree); edges count, first and last.
func WriteCypher(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// dipgraph contact graph: %d nodes, %d edges.\n", len(g.Nodes), len(g.Edges))
	bw.WriteString("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;\n")
	bw.WriteString("CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;\n")
	for i := range g.Nodes {
		n := &g.Nodes[i]
		bw.WriteString("MERGE (n:" + Label(n.Label) + " {id: " + CypherString(n.ID) + "}) SET n.name = " + CypherString(n.Name))
		if n.Office != "" {
			bw.WriteString(", n.office = " + CypherString(n.Office))
		}
		if n.Country != "" {
			bw.WriteString(", n.country = " + CypherString(n.Country))
		}
		bw.WriteString(", n.degree = " + strconv.Itoa(n.Degree) + ";\n")
	}
	labels := map[string]string{}
	for _, n := range g.Nodes {
		labels[n.ID] = n.Label
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		bw.WriteString("MATCH (a:" + Label(labels[e.Source]) + " {id: " + CypherString(e.Source) + "}), (b:" +
			Label(labels[e.Target]) + " {id: " + CypherString(e.Target) + "}) MERGE (a)-[r:" + Label(e.Type) +
			"]->(b) SET r.count = " + strconv.Itoa(e.Count))
		if e.First != "" {
			bw.WriteString(", r.first = " + CypherString(e.First))
		}
		if e.Last != "" {
			bw.WriteString(", r.last = " + CypherString(e.Last))
		}
		bw.WriteString(";\n")
	}
	return bw.Flush()
}

// CypherString quotes s as a Cypher string literal: backslashes, quotes and
// control characters are escaped, so that no value can end the literal.
func CypherString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// Label quotes a label or relationship type for Cypher: plain identifiers
// stay as they are, anything else is put in backticks (doubling backticks).
func Label(s string) string {
	plain := s != ""
	for i, r := range s {
		if !(r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || i > 0 && r >= '0' && r <= '9') {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}
