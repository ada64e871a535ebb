// Command dipgraph turns archives of Chinese-language news into a graph of
// diplomatic contacts. This package only wires the library packages
// together: one file per subcommand, each with its flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// Exit codes.
const (
	exitOK       = 0
	exitFailure  = 1 // the run failed (a consumer or database error)
	exitUsage    = 2 // bad flags or arguments
	exitInput    = 3 // some inputs could not be read (the rest were processed)
	exitDatabase = 4 // Neo4j unreachable or refused the credentials
	exitCanceled = 130
)

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// exitError carries an exit code with its cause.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func withCode(code int, err error) error {
	if err == nil {
		return nil
	}
	return &exitError{code: code, err: err}
}

func commands() map[string]command {
	return map[string]command{
		"run":      {"extract relations from articles and write them to Neo4j", cmdRun},
		"extract":  {"extract relations without a database (JSON Lines or a table on stdout)", cmdExtract},
		"eval":     {"score extraction against a gold set (shared/ANNOTATION.md format)", cmdEval},
		"neo4j":    {"manage the local Neo4j instance: start | stop | status", cmdNeo4j},
		"dict":     {"dictionaries: check FILE... | stats | candidates PATH...", cmdDict},
		"query":    {"run read-only Cypher: query 'MATCH … RETURN …' [--param k=v] [--format table|csv|json]", cmdQuery},
		"contacts": {"who a person met or phoned, how often, first and last: contacts NAME... [--since DATE]", cmdQuestion("contacts")},
		"between":  {"contacts between two countries' office holders by month: between COUNTRY COUNTRY", cmdQuestion("between")},
		"path":     {"the shortest chain of contacts between two persons: path NAME NAME", cmdQuestion("path")},
		"events":   {"the contact events of a period with their sources: events --date YYYY[-MM[-DD]]", cmdQuestion("events")},
		"export":   {"the contact graph as graphml, gexf, csv (neo4j-admin import), json or cypher", cmdExport},
		"view":     {"a self-contained HTML page drawing the contact graph", cmdView},
	}
}

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdout, os.Stderr))
}

func realMain(args []string, stdout, stderr io.Writer) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr, cmds)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "dipgraph: unknown command %q\n\n", args[0])
		usage(stderr, cmds)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := c.run(ctx, args[1:], stdout, stderr)
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	fmt.Fprintf(stderr, "dipgraph %s: %v\n", args[0], err)
	var ee *exitError
	switch {
	case errors.Is(err, context.Canceled):
		return exitCanceled
	case errors.As(err, &ee):
		return ee.code
	}
	return exitFailure
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: dipgraph COMMAND [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'dipgraph COMMAND -h' for a command's flags.")
}
