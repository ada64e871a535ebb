package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
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
	quiet := fs.Bool("q", false, "no summary and no progress on stderr (unless --progress is given)")
	in.registerRun(fs, "print the final summary as one JSON object on stderr (stdout carries the relations)")
	if err := parsePaths(fs, args); err != nil {
		return err
	}
	if *format != "jsonl" && *format != "table" {
		return withCode(exitUsage, fmt.Errorf("--format %q: want jsonl or table", *format))
	}
	cfg, _, x, stopProf, err := in.prepare(fs.Args())
	if err != nil {
		return err
	}
	defer stopProf()
	if *quiet && !flagSet(fs, "progress") {
		in.progress = progressNone
	}
	pr, err := newProgress(in.progress, stderr, cfg.Paths, cfg.Read)
	if err != nil {
		return err
	}
	cfg.Progress = pr.update
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
	pr.finish(sum, err)
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	switch {
	case in.jsonOut:
		if jerr := writeJSONSummary(stderr, sum, errors.Is(err, context.Canceled), nil); err == nil {
			err = jerr
		}
	case !*quiet:
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
