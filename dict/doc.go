// Package dict holds the dictionaries of countries, offices and people that
// dipgraph matches in Chinese news, with the office terms needed to tell which
// person held a title on an article's date (总理 in 2016 → 李克强, in 2024 →
// 李强).
//
// The default dictionaries are YAML files under data/, embedded in the binary
// (Default). User files add to them, replace entries by id or retire them
// (Load); LoadFiles reads only the given files. Every problem in every file
// is gathered into one ErrorList of "file:line: reason" lines, and no Dict is
// returned with it. A Dict is never modified after loading, so extraction
// workers share one without locks.
//
// The file format is described in README.md beside this file.
//
// Files:
//
//	types.go       the entry types (Country, Office, Person, Term, Form) and Surface, Holding
//	parse.go       YAML → entries, with line numbers (yaml.v3 nodes) and per-file checks
//	dict.go        Load, Default, merging by id, validation, lookups by id and name
//	dates.go       partial dates, HoldingOn, HoldingsOn and Holders
//	surfaces.go    the strings to match: names, aliases, side forms (俄方),
//	               combined forms (中俄, 中日韩), office titles, with POS tags for gse
//	stats.go       Stats for `dipgraph dict stats`
//	candidates.go  WriteCandidates for `dipgraph dict candidates`
//	errors.go      Error and ErrorList
//	generate.go    go generate: data/countries.yaml from internal/gencountries
//
// data/countries.yaml is generated (go generate ./dict) from CLDR and
// mledoze/countries names in ../shared/dictdata/country-names plus the
// hand-written internal/gencountries/overlay.yaml; data/offices.yaml and
// data/people.yaml are written by hand. See data/ATTRIBUTION.md.
package dict
