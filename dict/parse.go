package dict

import (
	"errors"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// fileData is what one dictionary file holds.
type fileData struct {
	name      string
	countries []*Country
	offices   []*Office
	people    []*Person
	forms     []*Form
}

// Top-level keys of a dictionary file.
const (
	keyCountries = "countries"
	keyOffices   = "offices"
	keyPeople    = "people"
	keyForms     = "forms"
)

var (
	countryKeys = yamlKeys(Country{})
	officeKeys  = yamlKeys(Office{})
	personKeys  = yamlKeys(Person{})
	termKeys    = yamlKeys(Term{})
	formKeys    = yamlKeys(Form{})
)

// yamlKeys lists the keys a struct accepts, from its yaml tags.
func yamlKeys(v any) map[string]bool {
	m := map[string]bool{}
	t := reflect.TypeOf(v)
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			m[name] = true
		}
	}
	return m
}

// kindFromName gives the entry type of a file that is a bare YAML list, from
// its base name: people.yaml, my-countries.yml, offices.yaml, forms.yaml.
func kindFromName(name string) string {
	base := strings.ToLower(filepath.Base(name))
	switch {
	case strings.Contains(base, "people") || strings.Contains(base, "person"):
		return keyPeople
	case strings.Contains(base, "countr"):
		return keyCountries
	case strings.Contains(base, "office"):
		return keyOffices
	case strings.Contains(base, "form"):
		return keyForms
	}
	return ""
}

var yamlLineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// yamlErrors turns a yaml.v3 error into located errors.
func yamlErrors(file string, err error, errs *ErrorList) {
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	for _, m := range msgs {
		if sm := yamlLineRE.FindStringSubmatch(m); sm != nil {
			n, _ := strconv.Atoi(sm[1])
			errs.add(file, n, "%s", sm[2])
			continue
		}
		errs.add(file, 0, "%s", strings.TrimPrefix(m, "yaml: "))
	}
}

// parseFile reads one dictionary file. It reports every problem it can find
// without the other files: YAML syntax, unknown keys, wrong types, missing ids
// and duplicates within the file.
func parseFile(name string, data []byte, errs *ErrorList) *fileData {
	fd := &fileData{name: name}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		yamlErrors(name, err, errs)
		return fd
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return fd // empty file
	}
	top := root.Content[0]
	switch top.Kind {
	case yaml.MappingNode:
		seen := map[string]bool{}
		for i := 0; i+1 < len(top.Content); i += 2 {
			k, v := top.Content[i], top.Content[i+1]
			switch k.Value {
			case keyCountries, keyOffices, keyPeople, keyForms:
			default:
				errs.add(name, k.Line, "unknown top-level key %q (want countries, offices, people or forms)", k.Value)
				continue
			}
			if seen[k.Value] {
				errs.add(name, k.Line, "top-level key %q given twice", k.Value)
				continue
			}
			seen[k.Value] = true
			parseList(fd, k.Value, v, errs)
		}
	case yaml.SequenceNode:
		kind := kindFromName(name)
		if kind == "" {
			errs.add(name, top.Line, "a file holding a bare list must be named after its entries (people.yaml, countries.yaml, offices.yaml, forms.yaml); otherwise use the top-level keys countries:, offices:, people:, forms:")
			return fd
		}
		parseList(fd, kind, top, errs)
	default:
		errs.add(name, top.Line, "top level must be a mapping with the keys countries, offices, people, forms (or a bare list in a file named after its entries)")
	}
	return fd
}

func parseList(fd *fileData, kind string, seq *yaml.Node, errs *ErrorList) {
	name := fd.name
	if seq.Kind == yaml.ScalarNode && seq.Tag == "!!null" {
		return
	}
	if seq.Kind != yaml.SequenceNode {
		errs.add(name, seq.Line, "%s must be a list", kind)
		return
	}
	seen := map[string]int{}
	dup := func(id string, line int, what string) {
		if prev, ok := seen[id]; ok {
			errs.add(name, line, "duplicate %s %q (first at line %d)", what, id, prev)
			return
		}
		seen[id] = line
	}
	for _, n := range seq.Content {
		if n.Kind != yaml.MappingNode {
			errs.add(name, n.Line, "%s entry must be a mapping", kind)
			continue
		}
		switch kind {
		case keyCountries:
			c := &Country{}
			if !decode(name, n, countryKeys, c, errs) {
				continue
			}
			c.File, c.Line = name, n.Line
			c.ID = strings.TrimSpace(c.ID)
			if c.ID == "" {
				errs.add(name, n.Line, "country without id")
				continue
			}
			dup(c.ID, n.Line, "country id")
			fd.countries = append(fd.countries, c)
		case keyOffices:
			o := &Office{}
			if !decode(name, n, officeKeys, o, errs) {
				continue
			}
			o.File, o.Line = name, n.Line
			o.Title = strings.TrimSpace(o.Title)
			if o.Title == "" {
				errs.add(name, n.Line, "office without title")
				continue
			}
			dup(o.Title, n.Line, "office title")
			fd.offices = append(fd.offices, o)
		case keyPeople:
			p := &Person{}
			if !decode(name, n, personKeys, p, errs) {
				continue
			}
			p.File, p.Line = name, n.Line
			p.ID = strings.TrimSpace(p.ID)
			if p.ID == "" {
				errs.add(name, n.Line, "person without id")
				continue
			}
			// Term lines and term keys.
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value != "terms" || n.Content[i+1].Kind != yaml.SequenceNode {
					continue
				}
				for j, tn := range n.Content[i+1].Content {
					if j < len(p.Terms) {
						p.Terms[j].Line = tn.Line
					}
					if tn.Kind == yaml.MappingNode {
						checkKeys(name, tn, termKeys, "term", errs)
					}
				}
			}
			dup(p.ID, n.Line, "person id")
			fd.people = append(fd.people, p)
		case keyForms:
			f := &Form{}
			if !decode(name, n, formKeys, f, errs) {
				continue
			}
			f.File, f.Line = name, n.Line
			f.Text = strings.TrimSpace(f.Text)
			if f.Text == "" {
				errs.add(name, n.Line, "form without text")
				continue
			}
			dup(f.Text, n.Line, "form")
			fd.forms = append(fd.forms, f)
		}
	}
}

// checkKeys reports keys of a mapping that the entry type does not know.
func checkKeys(file string, n *yaml.Node, allowed map[string]bool, what string, errs *ErrorList) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; !allowed[k.Value] {
			errs.add(file, k.Line, "unknown key %q in %s", k.Value, what)
		}
	}
}

func decode(file string, n *yaml.Node, allowed map[string]bool, v any, errs *ErrorList) bool {
	what := strings.ToLower(reflect.TypeOf(v).Elem().Name())
	checkKeys(file, n, allowed, what, errs) // reported; the entry is still checked
	if err := n.Decode(v); err != nil {
		yamlErrors(file, err, errs)
		return false
	}
	return true
}
