package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// CSV file names written by WriteCSV.
const (
	NodesCSV = "nodes.csv"
	EdgesCSV = "edges.csv"
)

// WriteCSV writes g into dir (created if missing) as NodesCSV and EdgesCSV
// with the headers of `neo4j-admin database import`, so that another Neo4j
// can bulk-load it:
//
//	neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j
//
// Both node labels share one id space. The sources column is a string array
// (neo4j-admin's default delimiter ";"; a ";" inside a source is written %3B).
func WriteCSV(dir string, g *Graph) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("csv export: %w", err)
	}
	nodes := filepath.Join(dir, NodesCSV)
	edges := filepath.Join(dir, EdgesCSV)
	nf, err := os.Create(nodes)
	if err != nil {
		return fmt.Errorf("csv export: %w", err)
	}
	defer nf.Close()
	ef, err := os.Create(edges)
	if err != nil {
		return fmt.Errorf("csv export: %w", err)
	}
	defer ef.Close()
	if err := WriteCSVTo(nf, ef, g); err != nil {
		return fmt.Errorf("csv export to %s: %w", dir, err)
	}
	if err := nf.Close(); err != nil {
		return fmt.Errorf("csv export: %s: %w", nodes, err)
	}
	if err := ef.Close(); err != nil {
		return fmt.Errorf("csv export: %s: %w", edges, err)
	}
	return nil
}

// WriteCSVTo writes the node and relationship files of WriteCSV to two writers.
func WriteCSVTo(nodes, edges io.Writer, g *Graph) error {
	nw := csv.NewWriter(nodes)
	nw.Write([]string{"id:ID", "name", "office", "country", "degree:int", ":LABEL"})
	for _, n := range g.Nodes {
		nw.Write([]string{n.ID, n.Name, n.Office, n.Country, strconv.Itoa(n.Degree), n.Label})
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return fmt.Errorf("%s: %w", NodesCSV, err)
	}
	ew := csv.NewWriter(edges)
	ew.Write([]string{":START_ID", ":END_ID", ":TYPE", "count:int", "first", "last", "sources:string[]"})
	for i := range g.Edges {
		e := &g.Edges[i]
		src := strings.ReplaceAll(strings.ReplaceAll(sources(e), ";", "%3B"), " | ", ";")
		ew.Write([]string{e.Source, e.Target, e.Type, strconv.Itoa(e.Count), e.First, e.Last, src})
	}
	ew.Flush()
	if err := ew.Error(); err != nil {
		return fmt.Errorf("%s: %w", EdgesCSV, err)
	}
	return nil
}
