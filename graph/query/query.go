package query

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Output formats.
const (
	FormatTable = "table"
	FormatCSV   = "csv"
	FormatJSON  = "json"
)

// Formats lists the output formats.
var Formats = []string{FormatTable, FormatCSV, FormatJSON}

// ErrWrite is returned (wrapped) when a query tries to change the database.
var ErrWrite = errors.New("the query would change the database; dipgraph query runs read-only (use MATCH … RETURN)")

// Result is a query's columns and rows, as the driver returned them.
type Result struct {
	Keys []string
	Rows [][]any
}

// Run executes cypher with params in a read transaction (session access mode
// read, managed ExecuteRead) on database db (empty: the server's default) and
// writes the result to w in format (table, csv or json; empty = table).
// The server rejects writes in a read transaction; that error is returned as
// ErrWrite with the server's message.
func Run(ctx context.Context, drv neo4j.DriverWithContext, db, cypher string, params map[string]any, format string, w io.Writer) error {
	if format == "" {
		format = FormatTable
	}
	if format != FormatTable && format != FormatCSV && format != FormatJSON {
		return fmt.Errorf("query: unknown format %q (want table, csv or json)", format)
	}
	res, err := Read(ctx, drv, db, cypher, params)
	if err != nil {
		return err
	}
	return Write(w, res, format)
}

// Read executes cypher read-only and returns all its rows.
func Read(ctx context.Context, drv neo4j.DriverWithContext, db, cypher string, params map[string]any) (*Result, error) {
	sess := drv.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: db})
	defer sess.Close(ctx)
	res, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (*Result, error) {
		r, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		recs, err := r.Collect(ctx)
		if err != nil {
			return nil, err
		}
		keys, err := r.Keys()
		if err != nil {
			return nil, err
		}
		out := &Result{Keys: keys, Rows: make([][]any, 0, len(recs))}
		for _, rec := range recs {
			out.Rows = append(out.Rows, rec.Values)
		}
		return out, nil
	})
	if err != nil {
		return nil, explain(err)
	}
	return res, nil
}

// explain turns server errors into messages for the command line.
func explain(err error) error {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		switch ne.Code {
		case "Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Security.Forbidden":
			return fmt.Errorf("query: %w (server: %s)", ErrWrite, ne.Msg)
		case "Neo.ClientError.Statement.SyntaxError":
			return fmt.Errorf("query: Cypher syntax error: %s", ne.Msg)
		case "Neo.ClientError.Statement.ParameterMissing":
			return fmt.Errorf("query: %s (pass it with --param name=value)", ne.Msg)
		}
		return fmt.Errorf("query: %s: %s", ne.Code, ne.Msg)
	}
	return fmt.Errorf("query: %w", err)
}
