package query

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-runewidth"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// MaxCellWidth is the display width at which table cells are cut with "…".
var MaxCellWidth = 60

// Write prints res in format (table, csv or json).
func Write(w io.Writer, res *Result, format string) error {
	switch format {
	case FormatTable, "":
		return writeTable(w, res)
	case FormatCSV:
		return writeCSV(w, res)
	case FormatJSON:
		return writeJSON(w, res)
	}
	return fmt.Errorf("query: unknown format %q (want table, csv or json)", format)
}

// writeTable aligns columns by display width (CJK characters count two),
// right-aligns numeric columns and ends with the row count.
func writeTable(w io.Writer, res *Result) error {
	bw := bufio.NewWriter(w)
	cells := make([][]string, len(res.Rows))
	widths := make([]int, len(res.Keys))
	numeric := make([]bool, len(res.Keys))
	for j, k := range res.Keys {
		widths[j] = runewidth.StringWidth(k)
		numeric[j] = true
	}
	for i, row := range res.Rows {
		cells[i] = make([]string, len(res.Keys))
		for j := range res.Keys {
			var v any
			if j < len(row) {
				v = row[j]
			}
			s := "null"
			if v != nil {
				s = oneLine(Text(v))
			}
			switch v.(type) {
			case int64, float64, nil:
			default:
				numeric[j] = false
			}
			s = runewidth.Truncate(s, MaxCellWidth, "…")
			cells[i][j] = s
			widths[j] = max(widths[j], runewidth.StringWidth(s))
		}
	}
	line := func(vals []string, right []bool) {
		var b strings.Builder
		for j, v := range vals {
			if j > 0 {
				b.WriteString("  ")
			}
			last := j == len(vals)-1
			switch {
			case right != nil && right[j]:
				b.WriteString(runewidth.FillLeft(v, widths[j]))
			case last:
				b.WriteString(v)
			default:
				b.WriteString(runewidth.FillRight(v, widths[j]))
			}
		}
		bw.WriteString(strings.TrimRight(b.String(), " ") + "\n")
	}
	line(res.Keys, nil)
	rule := make([]string, len(widths))
	for j, n := range widths {
		rule[j] = strings.Repeat("─", n)
	}
	line(rule, nil)
	for _, row := range cells {
		line(row, numeric)
	}
	if len(res.Rows) == 1 {
		bw.WriteString("(1 row)\n")
	} else {
		fmt.Fprintf(bw, "(%d rows)\n", len(res.Rows))
	}
	return bw.Flush()
}

func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
}

func writeCSV(w io.Writer, res *Result) error {
	cw := csv.NewWriter(w)
	cw.Write(res.Keys)
	rec := make([]string, len(res.Keys))
	for _, row := range res.Rows {
		for j := range rec {
			rec[j] = ""
			if j < len(row) && row[j] != nil {
				rec[j] = Text(row[j])
			}
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// writeJSON writes an array with one object per row, keys in column order.
func writeJSON(w io.Writer, res *Result) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("[")
	for i, row := range res.Rows {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n  {")
		for j, k := range res.Keys {
			if j > 0 {
				bw.WriteString(", ")
			}
			kb, _ := marshal(k)
			bw.Write(kb)
			bw.WriteString(": ")
			var v any
			if j < len(row) {
				v = row[j]
			}
			vb, err := marshal(JSONValue(v))
			if err != nil {
				return fmt.Errorf("query: column %s: %w", k, err)
			}
			bw.Write(vb)
		}
		bw.WriteString("}")
	}
	if len(res.Rows) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// JSONValue converts a driver value into plain JSON data: nodes become
// {elementId, labels, properties}, relationships {elementId, type, start,
// end, properties}, paths {nodes, relationships}, temporal values their ISO
// strings, points {srid, x, y[, z]}, and non-finite floats strings.
func JSONValue(v any) any {
	switch t := v.(type) {
	case nil, bool, string, int64, int:
		return t
	case float64:
		if math.IsNaN(t) || math.IsInf(t, 0) {
			return strconv.FormatFloat(t, 'g', -1, 64)
		}
		return t
	case []any:
		out := make([]any, len(t))
		for i := range t {
			out[i] = JSONValue(t[i])
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, x := range t {
			out[k] = JSONValue(x)
		}
		return out
	case dbtype.Node:
		return map[string]any{"elementId": t.ElementId, "labels": nonNil(t.Labels), "properties": JSONValue(props(t.Props))}
	case dbtype.Relationship:
		return map[string]any{"elementId": t.ElementId, "type": t.Type, "start": t.StartElementId, "end": t.EndElementId, "properties": JSONValue(props(t.Props))}
	case dbtype.Path:
		nodes := make([]any, len(t.Nodes))
		for i, n := range t.Nodes {
			nodes[i] = JSONValue(n)
		}
		rels := make([]any, len(t.Relationships))
		for i, r := range t.Relationships {
			rels[i] = JSONValue(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case dbtype.Point2D:
		return map[string]any{"srid": t.SpatialRefId, "x": t.X, "y": t.Y}
	case dbtype.Point3D:
		return map[string]any{"srid": t.SpatialRefId, "x": t.X, "y": t.Y, "z": t.Z}
	case time.Time:
		return t.Format(time.RFC3339Nano)
	case fmt.Stringer:
		return t.String() // Date, LocalDateTime, LocalTime, Time, Duration
	}
	return v
}

func props(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Text renders a driver value for a table cell or CSV field: strings as they
// are, numbers plainly, nodes as (:Label {props}), relationships as
// [:TYPE {props}], paths as (a)-[:T]-(b)…, lists and maps as JSON.
func Text(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	case int64:
		return strconv.FormatInt(t, 10)
	case float64:
		return strconv.FormatFloat(t, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(t)
	case dbtype.Node:
		return "(" + labels(t.Labels) + propText(t.Props) + ")"
	case dbtype.Relationship:
		return "[:" + t.Type + propText(t.Props) + "]"
	case dbtype.Path:
		var b strings.Builder
		for i, n := range t.Nodes {
			if i > 0 {
				r := t.Relationships[i-1]
				if r.StartElementId == n.ElementId {
					b.WriteString("<-[:" + r.Type + "]-")
				} else {
					b.WriteString("-[:" + r.Type + "]->")
				}
			}
			b.WriteString("(" + nodeName(n) + ")")
		}
		return b.String()
	case time.Time:
		return t.Format(time.RFC3339Nano)
	case dbtype.Date, dbtype.LocalDateTime, dbtype.LocalTime, dbtype.Time, dbtype.Duration:
		return t.(fmt.Stringer).String()
	}
	b, err := marshal(JSONValue(v))
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func labels(ls []string) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(":" + l)
	}
	return b.String()
}

// propText renders properties in key order, name and id first.
func propText(p map[string]any) string {
	if len(p) == 0 {
		return ""
	}
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	rank := func(k string) int {
		switch k {
		case "name":
			return 0
		case "id":
			return 1
		}
		return 2
	}
	slices.SortFunc(keys, func(a, b string) int {
		if d := rank(a) - rank(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	var b strings.Builder
	b.WriteString(" {")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		v := p[k]
		if s, ok := v.(string); ok {
			vb, _ := marshal(s)
			b.WriteString(k + ": " + string(vb))
		} else {
			b.WriteString(k + ": " + Text(v))
		}
	}
	b.WriteString("}")
	return b.String()
}

func nodeName(n dbtype.Node) string {
	for _, k := range []string{"name", "title", "id"} {
		if s, ok := n.Props[k].(string); ok && s != "" {
			return s
		}
	}
	return labels(n.Labels)
}
