package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/dict"
	"github.com/dipgraph/dipgraph/graph/export"
	"github.com/dipgraph/dipgraph/graph/query"
	"github.com/dipgraph/dipgraph/graph/view"
)

// connect opens a driver to NEO4J_URI or to the managed local instance
// (started when it is not running).
func connect(ctx context.Context, stderr io.Writer) (neo4j.DriverWithContext, string, error) {
	conn, err := resolveConn(ctx, stderr)
	if err != nil {
		return nil, "", err
	}
	drv, err := neo4j.NewDriverWithContext(conn.URI, neo4j.BasicAuth(conn.User, conn.Password, ""))
	if err == nil {
		err = drv.VerifyConnectivity(ctx)
	}
	if err != nil {
		return nil, "", withCode(exitDatabase, fmt.Errorf("connect to %s as %q: %w%s", conn.URI, conn.User, err, connHint(conn)))
	}
	return drv, conn.Database, nil
}

// cmdQuery runs read-only Cypher.
func cmdQuery(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("query", "'MATCH … RETURN …'", stderr)
	var params listFlag
	fs.Var(&params, "param", "query parameter `k=v` (repeatable; numbers, true/false, null, JSON lists and maps, \"quoted\" strings)")
	format := fs.String("format", query.FormatTable, "output: table, csv or json")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return withCode(exitUsage, errors.New("give one Cypher query"))
	}
	p, err := query.ParseParams(params)
	if err != nil {
		return withCode(exitUsage, err)
	}
	return runQuery(ctx, stdout, stderr, fs.Arg(0), p, *format)
}

func runQuery(ctx context.Context, stdout, stderr io.Writer, cypher string, params map[string]any, format string) error {
	if !validFormat(format) {
		return withCode(exitUsage, fmt.Errorf("--format %q: want table, csv or json", format))
	}
	drv, db, err := connect(ctx, stderr)
	if err != nil {
		return err
	}
	defer drv.Close(context.Background())
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if err := query.Run(ctx, drv, db, cypher, params, format, w); err != nil {
		if errors.Is(err, query.ErrWrite) {
			return withCode(exitUsage, err)
		}
		return err
	}
	return nil
}

func validFormat(f string) bool {
	for _, x := range query.Formats {
		if f == x {
			return true
		}
	}
	return false
}

// names resolves person names through the dictionaries: the canonical name,
// its id and the name as given all match in the graph.
func names(d *dict.Dict, given []string) []string {
	var out []string
	for _, g := range given {
		out = append(out, g)
		for _, p := range d.PeopleNamed(clean.Simplify(g)) {
			out = append(out, p.ID, p.Name)
		}
	}
	return out
}

// country resolves a country name through the dictionaries to its id.
func country(d *dict.Dict, given string) string {
	if c := d.Country(given); c != nil {
		return c.ID
	}
	if cs := d.CountriesNamed(clean.Simplify(given)); len(cs) == 1 {
		return cs[0].ID
	}
	return given
}

// cmdQuestion runs one of the ready-made questions.
func cmdQuestion(name string) func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		usage := map[string]string{
			"contacts": "NAME... [--since YYYY[-MM[-DD]]]",
			"between":  "COUNTRY COUNTRY",
			"path":     "NAME NAME",
			"events":   "--date YYYY[-MM[-DD]]",
		}[name]
		fs := newFlagSet(name, usage, stderr)
		format := fs.String("format", query.FormatTable, "output: table, csv or json")
		since := fs.String("since", "", "contacts: only events on or after this date")
		date := fs.String("date", "", "events: the period (YYYY, YYYY-MM or YYYY-MM-DD)")
		var dicts listFlag
		fs.Var(&dicts, "dict", "user dictionary `file` for name resolution (repeatable)")
		if err := parse(fs, args); err != nil {
			return err
		}
		d, err := dict.Load(dicts...)
		if err != nil {
			return withCode(exitUsage, err)
		}
		var cypher string
		var params map[string]any
		switch name {
		case "contacts":
			if fs.NArg() == 0 {
				fs.Usage()
				return withCode(exitUsage, errors.New("name at least one person"))
			}
			if *since != "" {
				if err := query.CheckPeriod(*since); err != nil {
					return withCode(exitUsage, err)
				}
			}
			cypher, params = query.Contacts(names(d, fs.Args()), *since)
		case "between":
			if fs.NArg() != 2 {
				fs.Usage()
				return withCode(exitUsage, errors.New("name two countries"))
			}
			cypher, params = query.Between(country(d, fs.Arg(0)), country(d, fs.Arg(1)))
		case "path":
			if fs.NArg() != 2 {
				fs.Usage()
				return withCode(exitUsage, errors.New("name two persons"))
			}
			a, b := resolveOne(d, fs.Arg(0)), resolveOne(d, fs.Arg(1))
			cypher, params = query.Path(a, b)
		case "events":
			if err := query.CheckPeriod(*date); err != nil {
				return withCode(exitUsage, fmt.Errorf("--date: %w", err))
			}
			cypher, params = query.Events(*date)
		}
		return runQuery(ctx, stdout, stderr, cypher, params, *format)
	}
}

// resolveOne maps a person's name to the dictionary id when it names one
// person, else keeps the name.
func resolveOne(d *dict.Dict, given string) string {
	if ps := d.PeopleNamed(clean.Simplify(given)); len(ps) == 1 {
		return ps[0].ID
	}
	return given
}

// filterFlags are the graph filters of export and view.
type filterFlags struct {
	from, to  string
	types     listFlag
	countries listFlag
	minCount  int
	jsonl     string
}

type flagValue interface {
	String() string
	Set(string) error
}

func (f *filterFlags) filter(d *dict.Dict) (export.Filter, error) {
	flt := export.Filter{From: f.from, To: f.to, MinCount: f.minCount}
	for _, t := range f.types {
		for _, x := range strings.Split(t, ",") {
			flt.Types = append(flt.Types, strings.ToUpper(strings.TrimSpace(x)))
		}
	}
	for _, c := range f.countries {
		for _, x := range strings.Split(c, ",") {
			flt.Countries = append(flt.Countries, country(d, strings.TrimSpace(x)))
		}
	}
	if err := flt.Validate(); err != nil {
		return flt, withCode(exitUsage, err)
	}
	return flt, nil
}

// graphFor builds the contact graph from an extraction's JSON Lines (a file,
// or - for stdin) or, without --jsonl, from Neo4j.
func (f *filterFlags) graphFor(ctx context.Context, stderr io.Writer) (*export.Graph, error) {
	d, err := dict.Default()
	if err != nil {
		return nil, err
	}
	flt, err := f.filter(d)
	if err != nil {
		return nil, err
	}
	if f.jsonl != "" {
		var r io.Reader = os.Stdin
		if f.jsonl != "-" {
			file, err := os.Open(f.jsonl)
			if err != nil {
				return nil, withCode(exitUsage, err)
			}
			defer file.Close()
			r = file
		}
		rels, err := export.ReadJSONL(bufio.NewReaderSize(r, 1<<20))
		if err != nil {
			return nil, withCode(exitInput, fmt.Errorf("%s: %w", f.jsonl, err))
		}
		return export.FromRelations(rels, flt), nil
	}
	drv, db, err := connect(ctx, stderr)
	if err != nil {
		return nil, err
	}
	defer drv.Close(context.Background())
	return export.FromNeo4j(ctx, drv, db, flt)
}

func registerFilters(fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
}, vars func(name, usage string, v flagValue), f *filterFlags) {
	fs.StringVar(&f.from, "from", "", "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.to, "to", "", "only events on or before this date")
	vars("types", "relation types to keep, comma-separated (MET_WITH,PHONE_CALL,CO_CHAIRED,VISITED)", &f.types)
	vars("countries", "keep edges with an end in these countries (names or ids, comma-separated)", &f.countries)
	fs.IntVar(&f.minCount, "min-count", 0, "drop edges with fewer events")
	fs.StringVar(&f.jsonl, "jsonl", "", "build the graph from `dipgraph extract --format jsonl` output (file, or - for stdin) instead of Neo4j")
}

// cmdExport writes the contact graph for other tools.
func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", "", stderr)
	var f filterFlags
	registerFilters(fs, func(n, u string, v flagValue) { fs.Var(v, n, u) }, &f)
	format := fs.String("format", "graphml", "graphml, gexf, csv (neo4j-admin import files; needs -o DIR), json (nodes/links) or cypher")
	out := fs.String("o", "", "output file (csv: directory); default stdout")
	if err := parse(fs, args); err != nil {
		return err
	}
	g, err := f.graphFor(ctx, stderr)
	if err != nil {
		return err
	}
	if *format == "csv" {
		if *out == "" {
			return withCode(exitUsage, errors.New("--format csv writes nodes and edges files: give -o DIR"))
		}
		if err := export.WriteCSV(*out, g); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "wrote %d nodes and %d edges to %s\n", len(g.Nodes), len(g.Edges), *out)
		return nil
	}
	write := map[string]func(io.Writer, *export.Graph) error{
		"graphml": export.WriteGraphML, "gexf": export.WriteGEXF, "json": export.WriteJSON, "cypher": export.WriteCypher,
	}[*format]
	if write == nil {
		return withCode(exitUsage, fmt.Errorf("--format %q: want graphml, gexf, csv, json or cypher", *format))
	}
	return toFile(*out, stdout, func(w io.Writer) error { return write(w, g) })
}

// cmdView writes the self-contained HTML view of the contact graph.
func cmdView(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("view", "", stderr)
	var f filterFlags
	registerFilters(fs, func(n, u string, v flagValue) { fs.Var(v, n, u) }, &f)
	out := fs.String("o", "contacts.html", "output HTML file (- for stdout)")
	title := fs.String("title", "dipgraph: diplomatic contacts", "page title")
	if err := parse(fs, args); err != nil {
		return err
	}
	g, err := f.graphFor(ctx, stderr)
	if err != nil {
		return err
	}
	target := *out
	if target == "-" {
		target = ""
	}
	if err := toFile(target, stdout, func(w io.Writer) error { return view.Write(w, g, *title) }); err != nil {
		return err
	}
	if target != "" {
		abs, _ := filepath.Abs(target)
		fmt.Fprintf(stderr, "wrote %s (%d persons and countries, %d edges); open it in a browser, no network needed\n", abs, len(g.Nodes), len(g.Edges))
	}
	return nil
}

// toFile writes to the named file (created whole, then renamed into place)
// or to stdout when name is empty.
func toFile(name string, stdout io.Writer, write func(io.Writer) error) error {
	if name == "" {
		w := bufio.NewWriter(stdout)
		if err := write(w); err != nil {
			return err
		}
		return w.Flush()
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".dipgraph-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriter(tmp)
	if err := write(w); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
