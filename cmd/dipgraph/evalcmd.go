package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/dict"
	"github.com/dipgraph/dipgraph/eval"
	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/pipeline"
)

// cmdEval scores extraction against a gold set.
func cmdEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "--gold FILE.jsonl [PATH...]", stderr)
	var in inputFlags
	in.register(fs)
	goldPath := fs.String("gold", "", "gold set (JSON Lines, shared/ANNOTATION.md format; a document may name its \"item\", as doc.item: the row of a CSV file)")
	details := fs.Bool("v", true, "list misses, false hits and wrong dates")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *goldPath == "" {
		fs.Usage()
		return withCode(exitUsage, fmt.Errorf("--gold is required"))
	}
	f, err := os.Open(*goldPath)
	if err != nil {
		return withCode(exitUsage, err)
	}
	gold, err := eval.ReadGold(f)
	f.Close()
	if err != nil {
		return withCode(exitUsage, fmt.Errorf("%s: %w", *goldPath, err))
	}
	paths := fs.Args()
	if len(paths) == 0 {
		// The gold's own documents, as their paths say.
		seen := map[string]bool{}
		for _, g := range gold {
			if !seen[g.File] {
				seen[g.File] = true
				paths = append(paths, g.File)
			}
		}
	}
	in.statusFlag = "fact"
	cfg, err := in.config(paths)
	if err != nil {
		return err
	}
	d, x, err := in.extractor()
	if err != nil {
		return err
	}
	pred := map[string][]extract.Relation{}
	sum, err := pipeline.Run(ctx, cfg, x, func(r *pipeline.Result) error {
		k := filepath.Clean(r.Doc.Path)
		pred[k] = append(pred[k], r.Relations...)
		return nil
	})
	if err != nil {
		return err
	}
	if sum.ErrorCount > 0 {
		printSummary(stderr, sum)
	}
	eval.Compare(gold, pred, normalizer(d)).Write(stdout, *details)
	return nil
}

// normalizer maps a name to its simplified form and, through the
// dictionaries, to the canonical name, aliases and id of the person or
// country it names.
func normalizer(d *dict.Dict) eval.Normalizer {
	return func(s string) []string {
		simp := clean.Simplify(s)
		out := []string{s, simp}
		for _, p := range d.PeopleNamed(simp) {
			out = append(out, p.ID, p.Name)
		}
		for _, c := range d.CountriesNamed(simp) {
			out = append(out, c.ID, c.Name)
		}
		return out
	}
}
