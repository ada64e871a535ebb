package dict

import (
	"embed"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.yaml
var embedded embed.FS

// embeddedPrefix names the embedded files in error messages.
const embeddedPrefix = "dict/data/"

// Categories of offices. Office.Category must be one of these.
var Categories = []string{
	"head_of_state", "vice_head_of_state", "head_of_government", "vice_head_of_government",
	"party_leader", "politburo", "party_official", "military_leader",
	"legislature_speaker", "consultative_chair", "state_councillor",
	"foreign_minister", "defence_minister", "minister", "security_adviser",
	"foreign_policy_official", "ambassador", "intl_org_head", "crown_prince",
	"governor_general", "subnational_leader",
}

// categoryRank orders categories for HoldingOn when a person holds several
// offices on one date: the lower, the more prominent.
var categoryRank = func() map[string]int {
	order := []string{
		"head_of_state", "head_of_government", "party_leader", "legislature_speaker",
		"consultative_chair", "vice_head_of_state", "crown_prince", "vice_head_of_government",
		"intl_org_head", "foreign_minister", "state_councillor", "defence_minister",
		"foreign_policy_official", "security_adviser", "military_leader", "minister",
		"governor_general", "subnational_leader", "ambassador", "party_official", "politburo",
	}
	m := map[string]int{}
	for i, c := range order {
		m[c] = i
	}
	return m
}()

// Country kinds.
const (
	CountryKindCountry      = "country"
	CountryKindTerritory    = "territory"
	CountryKindOrganization = "organization"
)

// Dict is a loaded, validated set of dictionaries. It is never modified after
// loading, so any number of goroutines may read it at once.
type Dict struct {
	countries []*Country
	offices   []*Office
	people    []*Person
	forms     []*Form // explicit forms, including retired ones
	files     []string

	countryByID   map[string]*Country
	officeByName  map[string]*Office
	personByID    map[string]*Person
	peopleByName  map[string][]*Person
	countryByText map[string][]*Country // names, aliases, side and combined forms
	terms         map[string][]span     // person id → terms
	surfaces      []Surface
}

// span is a parsed Term.
type span struct {
	term     *Term
	office   *Office
	country  string
	from, to time.Time // to is zero while in office; from zero when unknown
}

func (s span) covers(t time.Time) bool {
	return !t.Before(s.from) && (s.to.IsZero() || !t.After(s.to))
}

var (
	defaultOnce sync.Once
	defaultDict *Dict
	defaultErr  error

	embeddedOnce  sync.Once
	embeddedFiles []*fileData
	embeddedErrs  ErrorList
)

// parseEmbedded parses the embedded files once.
func parseEmbedded() ([]*fileData, ErrorList) {
	embeddedOnce.Do(func() {
		names, err := fs.Glob(embedded, "data/*.yaml")
		if err != nil {
			embeddedErrs.add(embeddedPrefix, 0, "%v", err)
			return
		}
		sort.Strings(names)
		embeddedFiles, embeddedErrs = parseAll(names, func(n string) (string, []byte, error) {
			data, err := embedded.ReadFile(n)
			return embeddedPrefix + path.Base(n), data, err
		})
	})
	return embeddedFiles, embeddedErrs
}

// parseAll reads and parses files concurrently (YAML parsing is most of the
// load time), keeping their order.
func parseAll(names []string, read func(string) (string, []byte, error)) ([]*fileData, ErrorList) {
	fds := make([]*fileData, len(names))
	errs := make([]ErrorList, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name, data, err := read(n)
			if err != nil {
				errs[i].add(name, 0, "%v", unwrapPathError(err))
				return
			}
			fds[i] = parseFile(name, data, &errs[i])
		}()
	}
	wg.Wait()
	var out []*fileData
	var all ErrorList
	for i := range names {
		if fds[i] != nil {
			out = append(out, fds[i])
		}
		all = append(all, errs[i]...)
	}
	return out, all
}

// Default returns the dictionaries embedded in the binary. They are parsed
// once; every call returns the same *Dict.
func Default() (*Dict, error) {
	defaultOnce.Do(func() {
		defaultDict, defaultErr = Load()
	})
	return defaultDict, defaultErr
}

// Load returns the embedded dictionaries merged with user files, in order: an
// entry of a later file with the id of an earlier one (person id, country id,
// office title, form text) replaces it, and one marked `retired: true`
// removes it. Every problem is reported in one ErrorList.
func Load(userFiles ...string) (*Dict, error) {
	emb, errs := parseEmbedded()
	errs = append(ErrorList(nil), errs...)
	files := append([]*fileData(nil), emb...)
	files = append(files, readFiles(userFiles, &errs)...)
	return build(files, errs)
}

// LoadFiles loads only the given files, without the embedded dictionaries.
func LoadFiles(files ...string) (*Dict, error) {
	var errs ErrorList
	return build(readFiles(files, &errs), errs)
}

// Check validates user dictionary files against the embedded ones, as Load
// does, and returns the ErrorList or nil.
func Check(files ...string) error {
	_, err := Load(files...)
	return err
}

func readFiles(names []string, errs *ErrorList) []*fileData {
	fds, e := parseAll(names, func(n string) (string, []byte, error) {
		data, err := os.ReadFile(n)
		return n, data, err
	})
	*errs = append(*errs, e...)
	return fds
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// registry keeps entries in first-seen order with replacement and removal.
type registry[T any] struct {
	order []string
	byKey map[string]T
}

func (r *registry[T]) put(k string, v T) {
	if r.byKey == nil {
		r.byKey = map[string]T{}
	}
	if _, ok := r.byKey[k]; !ok {
		r.order = append(r.order, k)
	}
	r.byKey[k] = v
}

// merge applies one entry of a file: a retired entry removes its key (an
// error when the key is unknown), any other replaces or adds it.
func (r *registry[T]) merge(k string, v T, retired bool, file string, line int, what string, errs *ErrorList) {
	if retired {
		if _, ok := r.byKey[k]; !ok {
			errs.add(file, line, "retires unknown %s %q", what, k)
		}
		delete(r.byKey, k)
		return
	}
	r.put(k, v)
}

func (r *registry[T]) list() []T {
	out := make([]T, 0, len(r.byKey))
	for _, k := range r.order {
		if v, ok := r.byKey[k]; ok {
			out = append(out, v)
		}
	}
	return out
}

func build(files []*fileData, errs ErrorList) (*Dict, error) {
	var (
		cs  registry[*Country]
		ofs registry[*Office]
		ps  registry[*Person]
		fms registry[*Form]
	)
	d := &Dict{}
	for _, f := range files {
		d.files = append(d.files, f.name)
		for _, c := range f.countries {
			cs.merge(c.ID, c, c.Retired, c.File, c.Line, "country id", &errs)
		}
		for _, o := range f.offices {
			ofs.merge(o.Title, o, o.Retired, o.File, o.Line, "office title", &errs)
		}
		for _, p := range f.people {
			ps.merge(p.ID, p, p.Retired, p.File, p.Line, "person id", &errs)
		}
		for _, fm := range f.forms {
			fms.put(fm.Text, fm) // retired forms stay: they suppress generated ones
		}
	}
	d.countries, d.offices, d.people, d.forms = cs.list(), ofs.list(), ps.list(), fms.list()
	d.index(&errs)
	if err := errs.err(); err != nil {
		return nil, err
	}
	d.surfaces = d.buildSurfaces()
	d.countryByText = map[string][]*Country{}
	for _, s := range d.surfaces {
		if s.Kind != KindCountry {
			continue
		}
		for _, id := range s.Refs {
			d.countryByText[s.Text] = append(d.countryByText[s.Text], d.countryByID[id])
		}
	}
	return d, nil
}

var (
	countryIDRE = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
	iso2RE      = regexp.MustCompile(`^[A-Z]{2}$`)
	iso3RE      = regexp.MustCompile(`^[A-Z]{3}$`)
)

func validKind(k string) bool {
	return k == CountryKindCountry || k == CountryKindTerritory || k == CountryKindOrganization
}

// index validates the merged entries and builds the lookup tables.
func (d *Dict) index(errs *ErrorList) {
	d.countryByID = map[string]*Country{}
	for _, c := range d.countries {
		d.countryByID[c.ID] = c
		switch {
		case !countryIDRE.MatchString(c.ID):
			errs.add(c.File, c.Line, "country id %q: want upper-case letters, digits or _ (ISO 3166 alpha-2 or a short code)", c.ID)
		case strings.TrimSpace(c.Name) == "":
			errs.add(c.File, c.Line, "country %s: empty name", c.ID)
		case !validKind(c.Kind):
			errs.add(c.File, c.Line, "country %s: kind %q: want country, territory or organization", c.ID, c.Kind)
		case c.Combine != "" && c.Combine != CombineHub && c.Combine != CombineNone:
			errs.add(c.File, c.Line, "country %s: combine %q: want hub, none or nothing", c.ID, c.Combine)
		case c.ISO2 != "" && !iso2RE.MatchString(c.ISO2):
			errs.add(c.File, c.Line, "country %s: iso2 %q is not two upper-case letters", c.ID, c.ISO2)
		case c.ISO3 != "" && !iso3RE.MatchString(c.ISO3):
			errs.add(c.File, c.Line, "country %s: iso3 %q is not three upper-case letters", c.ID, c.ISO3)
		}
		for _, a := range c.Abbrev {
			if utf8.RuneCountInString(a) != 1 {
				errs.add(c.File, c.Line, "country %s: abbreviation %q is not one character", c.ID, a)
			}
		}
		for _, a := range c.Aliases {
			if strings.TrimSpace(a) == "" {
				errs.add(c.File, c.Line, "country %s: empty alias", c.ID)
			}
		}
		for _, a := range c.Cities {
			if strings.TrimSpace(a) == "" {
				errs.add(c.File, c.Line, "country %s: empty city", c.ID)
			}
		}
	}
	catOK := map[string]bool{}
	for _, c := range Categories {
		catOK[c] = true
	}
	d.officeByName = map[string]*Office{}
	for _, o := range d.offices {
		if !catOK[o.Category] {
			errs.add(o.File, o.Line, "office %s: unknown category %q (want one of %s)", o.Title, o.Category, strings.Join(Categories, ", "))
		}
		if o.Country != "" && d.countryByID[o.Country] == nil {
			errs.add(o.File, o.Line, "office %s: unknown country id %q", o.Title, o.Country)
		}
		if prev := d.officeByName[o.Title]; prev != nil {
			errs.add(o.File, o.Line, "office title %q is already a variant of %s (%s:%d)", o.Title, prev.Title, prev.File, prev.Line)
		}
		d.officeByName[o.Title] = o
	}
	for _, o := range d.offices {
		for _, v := range o.Variants {
			if strings.TrimSpace(v) == "" {
				errs.add(o.File, o.Line, "office %s: empty variant", o.Title)
				continue
			}
			if prev := d.officeByName[v]; prev != nil && prev != o {
				errs.add(o.File, o.Line, "office %s: variant %q also names office %s (%s:%d)", o.Title, v, prev.Title, prev.File, prev.Line)
				continue
			}
			d.officeByName[v] = o
		}
	}
	d.personByID = map[string]*Person{}
	d.peopleByName = map[string][]*Person{}
	d.terms = map[string][]span{}
	for _, p := range d.people {
		d.personByID[p.ID] = p
		if strings.IndexFunc(p.ID, unicode.IsSpace) >= 0 || strings.HasPrefix(p.ID, "x:") {
			errs.add(p.File, p.Line, "person id %q: no spaces, and the prefix x: is reserved for discovered persons", p.ID)
		}
		if strings.TrimSpace(p.Name) == "" {
			errs.add(p.File, p.Line, "person %s: empty name", p.ID)
		}
		if p.Country == "" {
			errs.add(p.File, p.Line, "person %s: no country", p.ID)
		} else if d.countryByID[p.Country] == nil {
			errs.add(p.File, p.Line, "person %s: unknown country id %q", p.ID, p.Country)
		}
		names := append([]string{p.Name}, p.Aliases...)
		if p.Latin != "" {
			names = append(names, p.Latin)
		}
		seen := map[string]bool{}
		for _, n := range names {
			if strings.TrimSpace(n) == "" {
				if n != p.Name {
					errs.add(p.File, p.Line, "person %s: empty alias", p.ID)
				}
				continue
			}
			if !seen[n] {
				seen[n] = true
				d.peopleByName[n] = append(d.peopleByName[n], p)
			}
		}
		for i := range p.Terms {
			t := &p.Terms[i]
			line := t.Line
			if line == 0 {
				line = p.Line
			}
			sp := span{term: t, country: t.Country}
			if sp.country == "" {
				sp.country = p.Country
			} else if d.countryByID[sp.country] == nil {
				errs.add(p.File, line, "person %s: term %s: unknown country id %q", p.ID, t.Office, t.Country)
			}
			sp.office = d.officeByName[t.Office]
			if sp.office == nil {
				errs.add(p.File, line, "person %s: unknown office title %q", p.ID, t.Office)
			}
			var err error
			if t.From != "" {
				if sp.from, err = parseDate(t.From, false); err != nil {
					errs.add(p.File, line, "person %s: term %s: bad from date %q: %v", p.ID, t.Office, t.From, err)
				}
			}
			if t.To != "" {
				if sp.to, err = parseDate(t.To, true); err != nil {
					errs.add(p.File, line, "person %s: term %s: bad to date %q: %v", p.ID, t.Office, t.To, err)
				}
			}
			if !sp.from.IsZero() && !sp.to.IsZero() && sp.to.Before(sp.from) {
				errs.add(p.File, line, "person %s: term %s ends (%s) before it starts (%s)", p.ID, t.Office, t.To, t.From)
			}
			d.terms[p.ID] = append(d.terms[p.ID], sp)
		}
	}
	for _, f := range d.forms {
		if f.Retired {
			continue
		}
		if len(f.Countries) == 0 {
			errs.add(f.File, f.Line, "form %s: no countries", f.Text)
		}
		for _, id := range f.Countries {
			if d.countryByID[id] == nil {
				errs.add(f.File, f.Line, "form %s: unknown country id %q", f.Text, id)
			}
		}
	}
}

// People returns every person, in file order. The slice is a copy; the
// entries must not be modified.
func (d *Dict) People() []*Person { return append([]*Person(nil), d.people...) }

// Countries returns every country, territory and organisation, in file order.
func (d *Dict) Countries() []*Country { return append([]*Country(nil), d.countries...) }

// Offices returns every office, in file order.
func (d *Dict) Offices() []*Office { return append([]*Office(nil), d.offices...) }

// Forms returns the explicit (not generated) forms, retired ones included.
func (d *Dict) Forms() []*Form { return append([]*Form(nil), d.forms...) }

// Files returns the names of the files the Dict was loaded from; embedded
// files are named dict/data/….
func (d *Dict) Files() []string { return append([]string(nil), d.files...) }

// Person returns the person with the id, or nil.
func (d *Dict) Person(id string) *Person { return d.personByID[id] }

// PeopleNamed returns the persons whose name, alias or Latin name is s. More
// than one means the name is ambiguous.
func (d *Dict) PeopleNamed(s string) []*Person {
	return append([]*Person(nil), d.peopleByName[s]...)
}

// Country returns the country, territory or organisation with the id, or nil.
func (d *Dict) Country(id string) *Country { return d.countryByID[id] }

// CountriesNamed returns the countries a string names: a name, full name or
// alias (one country, or several alternatives when ambiguous), a side form
// (俄方), or a combined form (中俄 → CN, RU in that order).
func (d *Dict) CountriesNamed(s string) []*Country {
	return append([]*Country(nil), d.countryByText[s]...)
}

// Office returns the office whose title or variant is s, or nil.
func (d *Dict) Office(s string) *Office { return d.officeByName[s] }
