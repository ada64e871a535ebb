package main

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/dipgraph/dipgraph/dict"
	"github.com/dipgraph/dipgraph/pipeline"
)

// cmdDict validates dictionaries, summarises them, and lists persons
// discovered in articles that the dictionaries lack.
func cmdDict(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: dipgraph dict check FILE... | stats [--dict FILE] | candidates [flags] PATH...")
		return withCode(exitUsage, fmt.Errorf("no subcommand"))
	}
	switch args[0] {
	case "check":
		if len(args) < 2 {
			return withCode(exitUsage, fmt.Errorf("check: name the dictionary files to validate"))
		}
		if err := dict.Check(args[1:]...); err != nil {
			return withCode(exitUsage, err)
		}
		fmt.Fprintf(stdout, "ok: %d files\n", len(args)-1)
		return nil
	case "stats":
		fs := newFlagSet("dict stats", "", stderr)
		var dicts listFlag
		fs.Var(&dicts, "dict", "user dictionary `file` (repeatable)")
		if err := parse(fs, args[1:]); err != nil {
			return err
		}
		d, err := dict.Load(dicts...)
		if err != nil {
			return withCode(exitUsage, err)
		}
		_, err = d.Stats().WriteTo(stdout)
		return err
	case "candidates":
		return dictCandidates(ctx, args[1:], stdout, stderr)
	}
	return withCode(exitUsage, fmt.Errorf("unknown dict subcommand %q", args[0]))
}

func dictCandidates(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("dict candidates", "PATH...", stderr)
	var in inputFlags
	in.register(fs)
	minCount := fs.Int("min", 1, "list names found at least this often")
	if err := parsePaths(fs, args); err != nil {
		return err
	}
	cfg, err := in.config(fs.Args())
	if err != nil {
		return err
	}
	d, x, err := in.extractor()
	if err != nil {
		return err
	}
	byName := map[string]*dict.Candidate{}
	sum, err := pipeline.Run(ctx, cfg, x.Discovering(), func(r *pipeline.Result) error {
		for _, dd := range r.Stats.Discovered {
			c := byName[dd.Name]
			if c == nil {
				c = &dict.Candidate{Name: dd.Name, Office: dd.Office, Country: dd.CountryID, Example: dd.Sentence}
				byName[dd.Name] = c
			}
			c.Count++
			if c.Country == "" {
				c.Country = dd.CountryID
			}
			if len(c.Docs) == 0 || c.Docs[len(c.Docs)-1] != r.Doc.ID {
				c.Docs = append(c.Docs, r.Doc.ID)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	var cs []dict.Candidate
	for _, c := range byName {
		if c.Count >= *minCount && len(d.PeopleNamed(c.Name)) == 0 {
			cs = append(cs, *c)
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].Name < cs[j].Name })
	fmt.Fprintf(stderr, "%d articles read, %d candidate names\n", sum.Articles, len(cs))
	return dict.WriteCandidates(stdout, cs)
}
