package export

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"strconv"
	"strings"
)

// palette colours nodes by country in GEXF (Tableau 10).
var palette = [][3]uint8{
	{225, 87, 89}, {78, 121, 167}, {89, 161, 79}, {242, 142, 43}, {176, 122, 161},
	{118, 183, 178}, {237, 201, 72}, {255, 157, 167}, {156, 117, 95}, {186, 176, 172},
}

func countryColour(c string) [3]uint8 {
	if c == "" {
		return [3]uint8{200, 200, 200}
	}
	h := fnv.New32a()
	h.Write([]byte(c))
	return palette[h.Sum32()%uint32(len(palette))]
}

func gexfType(t string) string {
	if t == "int" {
		return "integer"
	}
	return t
}

// WriteGEXF writes g as GEXF 1.3 (https://gexf.net), Gephi's native format:
// an undirected static graph with the attributes of WriteGraphML, edge label
// and kind = relation type, weight = count, and viz size (by degree) and
// colour (by country) on nodes.
func WriteGEXF(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	bw.WriteString(`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	bw.WriteString("  <meta>\n    <creator>dipgraph</creator>\n    <description>diplomatic contacts</description>\n  </meta>\n")
	bw.WriteString(`  <graph defaultedgetype="undirected" mode="static">` + "\n")
	bw.WriteString(`    <attributes class="node" mode="static">` + "\n")
	for i, a := range nodeAttrs {
		fmt.Fprintf(bw, "      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, a.name, gexfType(a.typ))
	}
	bw.WriteString("    </attributes>\n")
	bw.WriteString(`    <attributes class="edge" mode="static">` + "\n")
	for i, a := range edgeAttrs {
		if a.id == "weight" {
			continue // the edge's own weight attribute
		}
		fmt.Fprintf(bw, "      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, a.name, gexfType(a.typ))
	}
	bw.WriteString("    </attributes>\n")
	bw.WriteString("    <nodes>\n")
	for i := range g.Nodes {
		n := &g.Nodes[i]
		bw.WriteString(`      <node id="` + xmlText(n.ID) + `" label="` + xmlText(token(n.Name)) + `">` + "\n")
		writeAttvalues(bw, nodeValues(n), "        ")
		c := n.Country
		if n.Label == LabelCountry {
			c = n.Name
		}
		rgb := countryColour(c)
		fmt.Fprintf(bw, "        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", rgb[0], rgb[1], rgb[2])
		fmt.Fprintf(bw, "        <viz:size value=\"%s\"/>\n", strconv.FormatFloat(5+5*math.Sqrt(float64(n.Degree)), 'f', 2, 64))
		bw.WriteString("      </node>\n")
	}
	bw.WriteString("    </nodes>\n    <edges>\n")
	for i := range g.Edges {
		e := &g.Edges[i]
		fmt.Fprintf(bw, "      <edge id=\"%d\" source=\"%s\" target=\"%s\" label=\"%s\" kind=\"%s\" weight=\"%d\">\n",
			i, xmlText(e.Source), xmlText(e.Target), xmlText(token(e.Type)), xmlText(token(e.Type)), e.Count)
		vals := edgeValues(e)
		for j, a := range edgeAttrs {
			if a.id == "weight" {
				vals[j] = ""
			}
		}
		writeAttvalues(bw, vals, "        ")
		bw.WriteString("      </edge>\n")
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}

// token makes s an xsd:token, as GEXF 1.3 wants labels and kinds: no line
// breaks or tabs, no leading, trailing or doubled spaces.
func token(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func writeAttvalues(bw *bufio.Writer, vals []string, indent string) {
	bw.WriteString(indent + "<attvalues>\n")
	for j, v := range vals {
		if v == "" {
			continue
		}
		fmt.Fprintf(bw, "%s  <attvalue for=\"%d\" value=\"%s\"/>\n", indent, j, xmlText(v))
	}
	bw.WriteString(indent + "</attvalues>\n")
}
