package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dipgraph/dipgraph/pipeline"
)

// cmdExtract runs extraction only and prints relations.
func cmdExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "PATH...", stderr)
	var in inputFlags
	in.register(fs)
	format := fs.String("format", "jsonl", "output format: jsonl (one relation per line) or table")
	quiet := fs.Bool("q", false, "no summary on stderr")
	if err := parse(fs, args); err != nil || fs.NArg() == 0 {
		if err == nil {
			fs.Usage()
			err = withCode(exitUsage, fmt.Errorf("no input paths"))
		}
		return err
	}
	if *format != "jsonl" && *format != "table" {
		return withCode(exitUsage, fmt.Errorf("--format %q: want jsonl or table", *format))
	}
	cfg, err := in.config(fs.Args())
	if err != nil {
		return err
	}
	stopProf, err := in.profile()
	if err != nil {
		return err
	}
	defer stopProf()
	_, x, err := in.extractor()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	sum, err := pipeline.Run(ctx, cfg, x, func(r *pipeline.Result) error {
		for _, rel := range in.keep(r.Relations) {
			if *format == "jsonl" {
				if err := enc.Encode(rel); err != nil {
					return err
				}
				continue
			}
			printRelation(w, rel)
		}
		return nil
	})
	if !*quiet {
		printSummary(stderr, sum)
	}
	if err != nil {
		return err
	}
	if sum.ErrorCount > 0 {
		return withCode(exitInput, fmt.Errorf("%d inputs could not be read (listed above); the rest were processed", sum.ErrorCount))
	}
	return nil
}
