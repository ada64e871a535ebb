package main

import (
	"context"
	"fmt"
	"io"

	"github.com/dipgraph/dipgraph/neo4jserver"
)

// cmdNeo4j manages the local Neo4j Community instance.
func cmdNeo4j(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: dipgraph neo4j start|stop|status")
		fmt.Fprintln(stderr, "\nThe instance keeps its state in $DIPGRAPH_NEO4J_HOME (default ~/.local/share/dipgraph/neo4j)")
		fmt.Fprintln(stderr, "and listens on 127.0.0.1:$DIPGRAPH_NEO4J_PORT (default 7687).")
		return withCode(exitUsage, fmt.Errorf("want one of start, stop, status"))
	}
	cfg := neo4jserver.DefaultConfig()
	cfg.Log = stderr
	if err := cfg.Err(); err != nil {
		return withCode(exitUsage, err)
	}
	switch args[0] {
	case "start":
		st, err := neo4jserver.Start(ctx, cfg)
		if err != nil {
			return withCode(exitDatabase, err)
		}
		printStatus(stdout, st)
	case "stop":
		if err := neo4jserver.Stop(ctx, cfg); err != nil {
			return withCode(exitDatabase, err)
		}
		fmt.Fprintln(stdout, "stopped")
	case "status":
		st, err := neo4jserver.CurrentStatus(ctx, cfg)
		if err != nil {
			return withCode(exitDatabase, err)
		}
		printStatus(stdout, st)
		if !st.Running {
			return withCode(exitDatabase, fmt.Errorf("not running"))
		}
	default:
		return withCode(exitUsage, fmt.Errorf("unknown neo4j subcommand %q: want start, stop or status", args[0]))
	}
	return nil
}

func printStatus(w io.Writer, st *neo4jserver.Status) {
	state := "stopped"
	if st.Running {
		state = fmt.Sprintf("running (pid %d)", st.PID)
	}
	fmt.Fprintf(w, "neo4j   %s\nuri     %s (user neo4j; password in %s/password)\ndata    %s\nlog     %s\n", state, st.URI, st.Dir, st.DataDir, st.LogFile)
}
