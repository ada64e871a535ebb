package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/dict"
	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/pipeline"
	"github.com/dipgraph/dipgraph/read"
)

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// inputFlags are the flags every command that reads articles shares.
type inputFlags struct {
	dicts      listFlag
	include    listFlag
	exclude    listFlag
	workers    int
	maxFile    int64
	maxArchive int64
	maxArticle int64
	fileTime   time.Duration
	shard      string
	statusFlag string
	cpuProfile string
	memProfile string
	progress   string
	jsonOut    bool
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.dicts, "dict", "user dictionary `file` merged over the embedded one (repeatable)")
	fs.Var(&f.include, "include", "only read files matching this glob (repeatable)")
	fs.Var(&f.exclude, "exclude", "skip files matching this glob (repeatable)")
	fs.IntVar(&f.workers, "workers", 0, "extraction workers (0: one per CPU)")
	fs.Int64Var(&f.maxFile, "max-file-size", 64<<20, "largest input file in bytes; larger files are reported and skipped")
	fs.Int64Var(&f.maxArchive, "max-archive-size", read.DefaultMaxArchiveBytes, "most bytes decompressed from one archive (zip-bomb guard); past it the rest of the archive is reported and skipped")
	fs.Int64Var(&f.maxArticle, "max-article-size", read.DefaultMaxArticleBytes, "longest article body in bytes; longer articles are reported and skipped")
	fs.DurationVar(&f.fileTime, "file-timeout", read.DefaultFileTimeout, "longest time to parse one file or archive member (negative: no limit); slower ones are reported and skipped")
	fs.StringVar(&f.shard, "shard", "", "process only shard `i/n` of the input (0-based), for runs split over machines")
	fs.StringVar(&f.statusFlag, "status", "fact", "which records to keep: fact, or all (also planned and negated)")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile (go tool pprof) to `file`")
	fs.StringVar(&f.memProfile, "memprofile", "", "write a heap profile to `file` at the end of the run")
}

// registerRun adds the flags of the long-running commands (run, extract):
// the progress display and the JSON summary.
func (f *inputFlags) registerRun(fs *flag.FlagSet, jsonHelp string) {
	fs.StringVar(&f.progress, "progress", progressAuto, "progress display: auto (a bar on a terminal, log lines otherwise), bar, log or none")
	fs.BoolVar(&f.jsonOut, "json", false, jsonHelp)
}

// runSummary is the --json form of a run's summary.
type runSummary struct {
	*pipeline.Summary
	ElapsedSeconds float64 `json:"elapsed_s"`
	InputMBPerSec  float64 `json:"input_mb_per_s"`
	ArticlesPerSec float64 `json:"articles_per_s"`
	Interrupted    bool    `json:"interrupted"`
	Graph          any     `json:"graph,omitempty"`
}

// writeJSONSummary writes s (and, for run, the graph writer's counts) as
// one JSON object.
func writeJSONSummary(w io.Writer, s *pipeline.Summary, interrupted bool, graphStats any) error {
	if s == nil {
		s = &pipeline.Summary{}
	}
	secs := max(s.Elapsed.Seconds(), 1e-9)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(runSummary{Summary: s, ElapsedSeconds: s.Elapsed.Seconds(), InputMBPerSec: float64(s.Bytes) / 1e6 / secs,
		ArticlesPerSec: float64(s.Articles) / secs, Interrupted: interrupted, Graph: graphStats})
}

// tuneGC trades memory for CPU on long runs: the live heap of a run is
// small (tens of MB) and flat, so the collector may let it grow four times
// before collecting, with a soft limit well under the 500 MB budget. GOGC
// and GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(384 << 20)
	}
}

// profile starts the profiles asked for; the returned function stops them.
func (f *inputFlags) profile() (stop func(), err error) {
	stop = func() {}
	if f.cpuProfile != "" {
		pf, err := os.Create(f.cpuProfile)
		if err != nil {
			return stop, withCode(exitUsage, err)
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			pf.Close()
			return stop, fmt.Errorf("%s: %w", f.cpuProfile, err)
		}
		stop = func() { pprof.StopCPUProfile(); pf.Close() }
	}
	if f.memProfile != "" {
		cpu := stop
		stop = func() {
			cpu()
			mf, err := os.Create(f.memProfile)
			if err != nil {
				return
			}
			defer mf.Close()
			runtime.GC()
			_ = pprof.WriteHeapProfile(mf)
		}
	}
	return stop, nil
}

// config builds the pipeline configuration.
func (f *inputFlags) config(paths []string) (pipeline.Config, error) {
	cfg := pipeline.Config{Paths: paths, Workers: f.workers}
	cfg.Read.Include = f.include
	cfg.Read.Exclude = f.exclude
	cfg.Read.MaxFileBytes = f.maxFile
	cfg.Read.MaxArchiveBytes = f.maxArchive
	cfg.Read.MaxArticleBytes = f.maxArticle
	cfg.Read.FileTimeout = f.fileTime
	if f.shard != "" {
		i, n, ok := strings.Cut(f.shard, "/")
		a, err1 := strconv.Atoi(i)
		b, err2 := strconv.Atoi(n)
		if !ok || err1 != nil || err2 != nil || b < 1 || a < 0 || a >= b {
			return cfg, withCode(exitUsage, fmt.Errorf("--shard %q: want i/n with 0 <= i < n", f.shard))
		}
		cfg.ShardIndex, cfg.ShardCount = a, b
	}
	if f.statusFlag != "fact" && f.statusFlag != "all" {
		return cfg, withCode(exitUsage, fmt.Errorf("--status %q: want fact or all", f.statusFlag))
	}
	return cfg, nil
}

// keep filters relations by the --status flag.
func (f *inputFlags) keep(rels []extract.Relation) []extract.Relation {
	if f.statusFlag == "all" {
		return rels
	}
	out := rels[:0:0]
	for _, r := range rels {
		if r.Status == extract.StatusFact {
			out = append(out, r)
		}
	}
	return out
}

// prepare does what every command that extracts does first: the pipeline
// configuration, profiling, GC tuning, the dictionaries and the extractor.
// The returned function stops profiling.
func (f *inputFlags) prepare(paths []string) (pipeline.Config, *dict.Dict, *extract.Extractor, func(), error) {
	none := func() {}
	cfg, err := f.config(paths)
	if err != nil {
		return cfg, nil, nil, none, err
	}
	stopProf, err := f.profile()
	if err != nil {
		return cfg, nil, nil, none, err
	}
	tuneGC()
	d, x, err := f.extractor()
	if err != nil {
		stopProf()
		return cfg, nil, nil, none, err
	}
	return cfg, d, x, stopProf, nil
}

// extractor loads the dictionaries and builds the extractor.
func (f *inputFlags) extractor() (*dict.Dict, *extract.Extractor, error) {
	d, err := dict.Load(f.dicts...)
	if err != nil {
		return nil, nil, withCode(exitUsage, fmt.Errorf("loading dictionaries: %w", err))
	}
	x, err := extract.New(d)
	if err != nil {
		return nil, nil, fmt.Errorf("building the extractor: %w", err)
	}
	return d, x, nil
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// newFlagSet returns a flag set that prints its usage to stderr.
func newFlagSet(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("dipgraph "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: dipgraph %s [flags] %s\n\nflags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, mapping errors to the usage exit code. Flags may come
// after the positional arguments (dipgraph contacts 习近平 --since 2025-01);
// everything after "--" is positional.
func parse(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return errHelp
			}
			return withCode(exitUsage, err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	// Parse once more with only the positional arguments left, so that
	// fs.Args() returns them all.
	return fs.Parse(append([]string{"--"}, pos...))
}

// parsePaths parses flags and requires at least one positional argument.
func parsePaths(fs *flag.FlagSet, args []string) error {
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return withCode(exitUsage, fmt.Errorf("no input paths"))
	}
	return nil
}

// errHelp ends a command that printed its usage on -h.
var errHelp = withCode(exitOK, flag.ErrHelp)

// printSummary writes the human summary of a run.
func printSummary(w io.Writer, s *pipeline.Summary) {
	secs := s.Elapsed.Seconds()
	fmt.Fprintf(w, "articles   %d (skipped %d; %d skimmed: no contact word)\n", s.Articles, s.Skipped, s.Skimmed)
	fmt.Fprintf(w, "input      %.1f MB (%.1f MB/s)\n", float64(s.Bytes)/1e6, float64(s.Bytes)/1e6/max(secs, 1e-9))
	fmt.Fprintf(w, "sentences  %d of the articles cleaned (segmented %d)\n", s.Sentences, s.Segmented)
	fmt.Fprintf(w, "mentions   %d\n", s.Mentions)
	fmt.Fprintf(w, "relations  %d %v\n", s.Relations, s.ByType)
	fmt.Fprintf(w, "statuses   %v\n", s.ByStatus)
	fmt.Fprintf(w, "errors     %d\n", s.ErrorCount)
	for i, e := range s.Errors {
		if i == 20 {
			fmt.Fprintf(w, "  … %d more\n", s.ErrorCount-20)
			break
		}
		fmt.Fprintf(w, "  %s\n", e)
	}
	fmt.Fprintf(w, "elapsed    %s\n", s.Elapsed.Round(1e6))
}

// printRelation writes one relation as a table row.
func printRelation(w io.Writer, rel extract.Relation) {
	names := make([]string, len(rel.Participants))
	for i, p := range rel.Participants {
		names[i] = p.Name
	}
	date := rel.Date
	if date == "" {
		date = "-"
	}
	fmt.Fprintf(w, "  %-10s %-7s %-10s %-9s %-20s %s  %s\n", rel.Type, rel.Status, date, rel.Mode, strings.Join(names, " – "), rel.Trigger, extract.Source(rel.Doc.Path, rel.Doc.Item))
}
