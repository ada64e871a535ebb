package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Ingested returns, for those of ids already in the graph, the content hash
// stored with them. The pipeline uses it to skip unchanged articles before
// extraction; the writer checks again inside its transaction.
func (s *Store) Ingested(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	p := make([]any, len(ids))
	for i, id := range ids {
		p[i] = id
	}
	recs, err := s.read(ctx, qArticleHashes, map[string]any{"ids": p})
	if err != nil {
		return nil, fmt.Errorf("graph: read article hashes from %s: %w", s.uriLabel, err)
	}
	for _, r := range recs {
		out[str(r.Values[0])] = str(r.Values[1])
	}
	return out, nil
}

// Counts returns the number of nodes per label and of relationships per type.
// Every label and type of the schema is present, with 0 when absent. Labels
// and types do not share names, so one map holds both.
func (s *Store) Counts(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	for _, l := range Labels {
		out[l] = 0
	}
	for _, t := range RelTypes {
		out[t] = 0
	}
	for _, q := range []string{
		"MATCH (n) UNWIND labels(n) AS l RETURN l, count(*)",
		"MATCH ()-[r]->() RETURN type(r), count(*)",
	} {
		recs, err := s.read(ctx, q, nil)
		if err != nil {
			return nil, fmt.Errorf("graph: counts from %s: %w", s.uriLabel, err)
		}
		for _, r := range recs {
			n, _ := r.Values[1].(int64)
			out[str(r.Values[0])] = n
		}
	}
	return out, nil
}

// Dump writes every node and relationship with all its properties, one per
// line, sorted, with node identity given by label and key (never internal
// ids): two graphs are equal exactly when their dumps are equal.
//
//	N Person {"id":"li-keqiang","name":"李克强",…}
//	R MET_WITH Person:li-keqiang -> Person:mishustin {"count":1,…}
func (s *Store) Dump(ctx context.Context, w io.Writer) error {
	nodes, err := s.read(ctx, `MATCH (n) RETURN labels(n), properties(n)`, nil)
	if err != nil {
		return fmt.Errorf("graph: dump from %s: %w", s.uriLabel, err)
	}
	rels, err := s.read(ctx, `MATCH (a)-[r]->(b)
RETURN type(r), labels(a), coalesce(a.id, a.key), labels(b), coalesce(b.id, b.key), properties(r)`, nil)
	if err != nil {
		return fmt.Errorf("graph: dump from %s: %w", s.uriLabel, err)
	}
	lines := make([]string, 0, len(nodes)+len(rels))
	for _, r := range nodes {
		lines = append(lines, "N "+labelString(r.Values[0])+" "+canonical(r.Values[1]))
	}
	for _, r := range rels {
		lines = append(lines, fmt.Sprintf("R %s %s:%s -> %s:%s %s", str(r.Values[0]),
			labelString(r.Values[1]), str(r.Values[2]), labelString(r.Values[3]), str(r.Values[4]), canonical(r.Values[5])))
	}
	slices.Sort(lines)
	for _, l := range lines {
		if _, err := io.WriteString(w, l+"\n"); err != nil {
			return err
		}
	}
	return nil
}

func labelString(v any) string {
	l := strs(v)
	slices.Sort(l)
	return strings.Join(l, ":")
}

// canonical renders a property value as JSON with sorted map keys (which
// encoding/json does) and floats in a fixed form.
func canonical(v any) string {
	b, err := json.Marshal(normal(v))
	if err != nil {
		return fmt.Sprintf("%q", fmt.Sprint(v))
	}
	return string(b)
}

func normal(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = normal(e)
		}
		return m
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = normal(e)
		}
		return l
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return strconv.FormatFloat(x, 'g', -1, 64)
		}
		return json.Number(strconv.FormatFloat(x, 'g', -1, 64))
	case int64, string, bool, nil:
		return x
	default:
		return fmt.Sprint(x)
	}
}

func (s *Store) read(ctx context.Context, q string, params map[string]any) ([]*neo4j.Record, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	return neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		res, err := tx.Run(ctx, q, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	})
}
