package export

import (
	"encoding/json"
	"io"
)

// jsonGraph is the node-link document: the layout of d3-force and of
// networkx's node_link_data, read by most web graph libraries.
type jsonGraph struct {
	Directed   bool           `json:"directed"`
	Multigraph bool           `json:"multigraph"`
	Graph      map[string]any `json:"graph"`
	Nodes      []Node         `json:"nodes"`
	Links      []Edge         `json:"links"`
}

// WriteJSON writes g as one JSON document {directed, multigraph, graph,
// nodes, links}: nodes carry id, label, name, office, country, degree; links
// carry source and target (node ids), type, count, first, last, dates and
// evidence. networkx reads it with node_link_graph(data, edges="links").
func WriteJSON(w io.Writer, g *Graph) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(jsonGraph{
		Multigraph: true,
		Graph:      map[string]any{"name": "dipgraph"},
		Nodes:      nonNil(g.Nodes),
		Links:      nonNil(g.Edges),
	})
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
