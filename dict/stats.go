package dict

import (
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
)

// Stats summarises a Dict for `dipgraph dict stats`.
type Stats struct {
	Files []string

	Countries     int // kind country
	Territories   int
	Organizations int
	UNMembers     int // countries with an ISO code, kind country, excluding observers (VA, PS)

	Offices           int
	OfficesByCategory map[string]int

	People          int
	PeopleByCountry map[string]int
	Terms           int
	OpenTerms       int // terms without an end date

	Surfaces          int
	SurfacesByKind    map[string]int
	SideForms         int
	CombinedForms     int
	AmbiguousSurfaces int // surfaces with alternative Refs

	// Sources counts entries by source: the host of a URL, else the text
	// before the first ';'.
	Sources map[string]int
}

func sourceKey(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "(none)"
	}
	if u, err := url.Parse(s); err == nil && u.Host != "" {
		return u.Host
	}
	k, _, _ := strings.Cut(s, ";")
	return strings.TrimSpace(k)
}

// Stats counts the entries of d.
func (d *Dict) Stats() Stats {
	st := Stats{
		Files:             d.Files(),
		OfficesByCategory: map[string]int{},
		PeopleByCountry:   map[string]int{},
		SurfacesByKind:    map[string]int{},
		Sources:           map[string]int{},
	}
	for _, c := range d.countries {
		switch c.Kind {
		case CountryKindCountry:
			st.Countries++
			if c.ISO2 != "" && c.ID != "VA" && c.ID != "PS" {
				st.UNMembers++
			}
		case CountryKindTerritory:
			st.Territories++
		case CountryKindOrganization:
			st.Organizations++
		}
		st.Sources[sourceKey(c.Source)]++
	}
	for _, o := range d.offices {
		st.Offices++
		st.OfficesByCategory[o.Category]++
		st.Sources[sourceKey(o.Source)]++
	}
	for _, p := range d.people {
		st.People++
		st.PeopleByCountry[p.Country]++
		st.Terms += len(p.Terms)
		for _, t := range p.Terms {
			if t.To == "" {
				st.OpenTerms++
			}
		}
		st.Sources[sourceKey(p.Source)]++
	}
	for _, s := range d.surfaces {
		st.Surfaces++
		st.SurfacesByKind[s.Kind]++
		switch {
		case s.Combined:
			st.CombinedForms++
		case len(s.Refs) > 1:
			st.AmbiguousSurfaces++
		}
		if s.Side {
			st.SideForms++
		}
	}
	return st
}

// WriteTo prints the statistics as aligned text.
func (st Stats) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "files:          %s\n", strings.Join(st.Files, ", "))
	fmt.Fprintf(&b, "countries:      %d (UN members %d), territories %d, organisations %d\n", st.Countries, st.UNMembers, st.Territories, st.Organizations)
	fmt.Fprintf(&b, "offices:        %d  %s\n", st.Offices, counts(st.OfficesByCategory, 0))
	fmt.Fprintf(&b, "people:         %d, terms %d (open %d)\n", st.People, st.Terms, st.OpenTerms)
	fmt.Fprintf(&b, "  by country:   %s\n", counts(st.PeopleByCountry, 25))
	fmt.Fprintf(&b, "surfaces:       %d  %s; side forms %d, combined forms %d, ambiguous %d\n",
		st.Surfaces, counts(st.SurfacesByKind, 0), st.SideForms, st.CombinedForms, st.AmbiguousSurfaces)
	fmt.Fprintf(&b, "sources:        %s\n", counts(st.Sources, 15))
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// counts formats a map as "k n, k n" by decreasing count; max > 0 limits it.
func counts(m map[string]int, max int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	more := 0
	if max > 0 && len(keys) > max {
		more = len(keys) - max
		keys = keys[:max]
	}
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	s := strings.Join(parts, ", ")
	if more > 0 {
		s += fmt.Sprintf(", … %d more", more)
	}
	return s
}
