package export

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/dipgraph/dipgraph/extract"
)

// attr is a GraphML/GEXF attribute declaration.
type attr struct {
	id, name, typ string // typ: "string" or "int"
}

var nodeAttrs = []attr{
	{"label", "label", "string"},
	{"name", "name", "string"},
	{"office", "office", "string"},
	{"country", "country", "string"},
	{"degree", "degree", "int"},
}

var edgeAttrs = []attr{
	{"type", "type", "string"},
	{"count", "count", "int"},
	{"first", "first", "string"},
	{"last", "last", "string"},
	{"weight", "weight", "double"},
	{"sources", "sources", "string"},
}

func nodeValues(n *Node) []string {
	return []string{n.Label, n.Name, n.Office, n.Country, strconv.Itoa(n.Degree)}
}

func edgeValues(e *Edge) []string {
	return []string{e.Type, strconv.Itoa(e.Count), e.First, e.Last, strconv.Itoa(e.Count), sources(e)}
}

// sources lists the distinct article URLs (else paths, with the item of a
// file of many articles) behind an edge, separated by " | ".
func sources(e *Edge) string {
	var out []string
	seen := map[string]bool{}
	for _, ev := range e.Evidence {
		s := ev.URL
		if s == "" {
			s = extract.Source(ev.Path, ev.Item)
		}
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return strings.Join(out, " | ")
}

// xmlText escapes s for XML character data and attribute values; characters
// not allowed in XML 1.0 become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// WriteGraphML writes g as GraphML 1.0 (http://graphml.graphdrawing.org/).
// The graph is undirected (networkx refuses mixed graphs); VISITED edges
// keep the order person → country in source and target. Attributes: nodes label, name, office, country, degree;
// edges type, count, first, last, weight (= count, for Gephi), sources.
func WriteGraphML(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, a := range nodeAttrs {
		bw.WriteString(`  <key id="n_` + a.id + `" for="node" attr.name="` + a.name + `" attr.type="` + a.typ + `"/>` + "\n")
	}
	for _, a := range edgeAttrs {
		bw.WriteString(`  <key id="e_` + a.id + `" for="edge" attr.name="` + a.name + `" attr.type="` + a.typ + `"/>` + "\n")
	}
	bw.WriteString(`  <graph id="dipgraph" edgedefault="undirected">` + "\n")
	for i := range g.Nodes {
		n := &g.Nodes[i]
		bw.WriteString(`    <node id="` + xmlText(n.ID) + `">` + "\n")
		for j, v := range nodeValues(n) {
			if v == "" {
				continue
			}
			bw.WriteString(`      <data key="n_` + nodeAttrs[j].id + `">` + xmlText(v) + "</data>\n")
		}
		bw.WriteString("    </node>\n")
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		bw.WriteString(`    <edge id="e` + strconv.Itoa(i) + `" source="` + xmlText(e.Source) + `" target="` + xmlText(e.Target) + `">` + "\n")
		for j, v := range edgeValues(e) {
			if v == "" {
				continue
			}
			bw.WriteString(`      <data key="e_` + edgeAttrs[j].id + `">` + xmlText(v) + "</data>\n")
		}
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}
