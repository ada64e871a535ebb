package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/dipgraph/dipgraph/dict"
	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/neo4jserver"
	"github.com/dipgraph/dipgraph/pipeline"
)

// cmdRun extracts relations and writes them to Neo4j.
func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("run", "PATH...", stderr)
	var in inputFlags
	in.register(fs)
	batch := fs.Int("batch", 0, fmt.Sprintf("relations, and at most as many articles, per write transaction (default %d)", graph.DefaultBatchSize))
	show := fs.Int("show", 20, "print up to this many of the relations found (0: none)")
	in.registerRun(fs, "print the final summary as one JSON object on stdout instead of the text summary")
	if err := parsePaths(fs, args); err != nil {
		return err
	}
	cfg, d, x, stopProf, err := in.prepare(fs.Args())
	if err != nil {
		return err
	}
	defer stopProf()
	pr, err := newProgress(in.progress, stderr, cfg.Paths, cfg.Read)
	if err != nil {
		return err
	}
	cfg.Progress = pr.update
	store, err := openStore(ctx, stderr, graph.Config{BatchSize: *batch, KeepNonFact: in.statusFlag == "all", Lookup: dictLookup{d}})
	if err != nil {
		return err
	}
	defer store.Close(context.Background())

	w := store.NewWriter()
	var shown []extract.Relation
	sum, runErr := pipeline.Run(ctx, cfg, x, func(r *pipeline.Result) error {
		rels := in.keep(r.Relations)
		for _, rel := range rels {
			if len(shown) < *show {
				shown = append(shown, rel)
			}
		}
		return dbErr(w.Add(ctx, graph.Article{Doc: extract.Ref(r.Doc), Relations: rels}))
	})
	// Flush what was read even after Ctrl-C: the current batch is written
	// whole, so a rerun goes on from there.
	flushCtx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	flushErr := dbErr(w.Flush(flushCtx))
	pr.finish(sum, runErr)
	ws := w.Stats()
	if in.jsonOut {
		if err := writeJSONSummary(stdout, sum, errors.Is(runErr, context.Canceled), ws); err != nil {
			return err
		}
		if err := errors.Join(runErr, flushErr); err != nil {
			return err
		}
		if sum.ErrorCount > 0 {
			return withCode(exitInput, fmt.Errorf("%d inputs could not be read; the rest were written", sum.ErrorCount))
		}
		return nil
	}
	if len(shown) > 0 {
		fmt.Fprintf(stdout, "found (first %d):\n", len(shown))
		for _, rel := range shown {
			printRelation(stdout, rel)
		}
		fmt.Fprintln(stdout)
	}
	printSummary(stdout, sum)
	fmt.Fprintf(stdout, "graph      %d articles written, %d unchanged (skipped), %d replaced; %d nodes and %d relationships created, %d properties set in %d batches\n",
		ws.ArticlesWritten, ws.ArticlesSkipped, ws.ArticlesReplaced, ws.NodesCreated, ws.RelationshipsCreated, ws.PropertiesSet, ws.Batches)
	if err := errors.Join(runErr, flushErr); err != nil {
		return err
	}
	if sum.ErrorCount > 0 {
		return withCode(exitInput, fmt.Errorf("%d inputs could not be read (listed above); the rest were written", sum.ErrorCount))
	}
	return nil
}

// openStore connects to NEO4J_URI, or to the managed local instance,
// starting it when it is not running (the embedded default).
func openStore(ctx context.Context, stderr io.Writer, gc graph.Config) (*graph.Store, error) {
	conn, err := resolveConn(ctx, stderr)
	if err != nil {
		return nil, err
	}
	gc.URI, gc.Username, gc.Password, gc.Database = conn.URI, conn.User, conn.Password, conn.Database
	s, err := graph.Open(ctx, gc)
	if err != nil {
		return nil, withCode(exitDatabase, fmt.Errorf("%w%s", err, connHint(conn)))
	}
	return s, nil
}

// resolveConn resolves the connection from the environment and, for the
// managed local instance, starts it when it is not running and reads its
// password.
func resolveConn(ctx context.Context, stderr io.Writer) (neo4jserver.Conn, error) {
	conn, err := neo4jserver.ResolveConn()
	if err != nil {
		return conn, withCode(exitUsage, err)
	}
	if conn.Managed {
		sc := neo4jserver.DefaultConfig()
		sc.Log = stderr
		if _, err := neo4jserver.Start(ctx, sc); err != nil {
			return conn, withCode(exitDatabase, fmt.Errorf("starting the local Neo4j (or set NEO4J_URI to use another server): %w", err))
		}
		if conn.Password, err = neo4jserver.ManagedPassword(sc); err != nil {
			return conn, withCode(exitDatabase, err)
		}
	}
	return conn, nil
}

// connHint says what to check when a connection fails.
func connHint(conn neo4jserver.Conn) string {
	if conn.Managed {
		return " (is it running? dipgraph neo4j status)"
	}
	return " (check NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD, or unset NEO4J_URI to use the local instance: dipgraph neo4j start)"
}

// dbErr marks a write failure as a database error (exit 4): the server went
// away or refused the batch. What was committed stays; a rerun resumes.
func dbErr(err error) error {
	if err == nil || errors.Is(err, context.Canceled) {
		return err
	}
	return withCode(exitDatabase, fmt.Errorf("writing to Neo4j (committed batches are kept; rerun to resume): %w", err))
}

// dictLookup lets the graph writer resolve countries and offices without
// importing package dict.
type dictLookup struct{ d *dict.Dict }

func (l dictLookup) Country(s string) (graph.CountryInfo, bool) {
	c := l.d.Country(s)
	if c == nil {
		if cs := l.d.CountriesNamed(s); len(cs) == 1 {
			c = cs[0]
		}
	}
	if c == nil {
		return graph.CountryInfo{}, false
	}
	return graph.CountryInfo{ID: c.ID, ISO2: c.ISO2, Name: c.Name}, true
}

func (l dictLookup) Office(s string) (graph.OfficeInfo, bool) {
	o := l.d.Office(s)
	if o == nil {
		return graph.OfficeInfo{}, false
	}
	return graph.OfficeInfo{Title: o.Title, Category: o.Category, Country: o.Country}, true
}
