package dict

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// POS tags given to gse for each kind of surface.
const (
	POSPerson  = "nr"
	POSCountry = "ns"
	POSOrg     = "nt"
	POSOffice  = "nnt"
)

// Values of Country.Combine.
const (
	CombineHub  = "hub"
	CombineNone = "none"
)

// sideSuffix makes a side form from an abbreviation: 俄 → 俄方.
const sideSuffix = "方"

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

type surfaceKey struct{ text, kind string }

// surfaceSet collects surfaces, merging the Refs of equal (text, kind) pairs.
type surfaceSet struct {
	m     map[surfaceKey]*Surface
	order []surfaceKey
}

func (ss *surfaceSet) add(s Surface) {
	k := surfaceKey{s.Text, s.Kind}
	if prev, ok := ss.m[k]; ok {
		if prev.Combined || s.Combined {
			return // a combined form keeps its first definition
		}
		for _, r := range s.Refs {
			if !containsStr(prev.Refs, r) {
				prev.Refs = append(prev.Refs, r)
			}
		}
		prev.Side = prev.Side && s.Side
		return
	}
	ss.m[k] = &s
	ss.order = append(ss.order, k)
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// buildSurfaces lists every string to match:
//   - person names and aliases (Han script only: Latin names stay out),
//   - country names, full names and aliases,
//   - side forms: each abbreviation + 方 (俄方); an abbreviation several
//     countries share gives alternatives (巴方 → PK, BR, PS),
//   - two-country forms (中俄, 美日, 中泰) from ordered pairs of abbreviations
//     that one country alone uses, where at least one country has Combine
//     "hub" and neither has Combine "none",
//   - explicit forms (中日韩, 美日澳印, 巴以); retired forms remove generated
//     ones with their text,
//   - office titles and variants.
//
// A side or combined form never shadows a country name: a generated form whose
// text is a name is dropped.
func (d *Dict) buildSurfaces() []Surface {
	ss := &surfaceSet{m: map[surfaceKey]*Surface{}}
	for _, p := range d.people {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if hasHan(n) {
				ss.add(Surface{Text: n, Kind: KindPerson, Refs: []string{p.ID}, POS: POSPerson})
			}
		}
	}
	names := map[string]bool{}
	abbrevOwners := map[string][]*Country{}
	for _, c := range d.countries {
		pos := POSCountry
		if c.Kind == CountryKindOrganization {
			pos = POSOrg
		}
		for _, n := range append([]string{c.Name, c.Full}, c.Aliases...) {
			if n != "" && hasHan(n) {
				names[n] = true
				ss.add(Surface{Text: n, Kind: KindCountry, Refs: []string{c.ID}, POS: pos})
			}
		}
		for _, a := range c.Abbrev {
			abbrevOwners[a] = append(abbrevOwners[a], c)
		}
	}
	// Cities stand for their country; a country's own name wins a clash.
	for _, c := range d.countries {
		for _, n := range c.Cities {
			if hasHan(n) && !names[n] {
				ss.add(Surface{Text: n, Kind: KindCountry, Refs: []string{c.ID}, POS: POSCountry})
			}
		}
	}
	retired := map[string]bool{}
	explicit := map[string]*Form{}
	for _, f := range d.forms {
		if f.Retired {
			retired[f.Text] = true
		} else {
			explicit[f.Text] = f
		}
	}
	generated := func(s Surface) {
		if names[s.Text] || retired[s.Text] || explicit[s.Text] != nil {
			return
		}
		ss.add(s)
	}
	abbrevs := make([]string, 0, len(abbrevOwners))
	for a := range abbrevOwners {
		abbrevs = append(abbrevs, a)
	}
	sort.Strings(abbrevs)
	var combinable []string
	for _, a := range abbrevs {
		owners := abbrevOwners[a]
		refs := make([]string, len(owners))
		for i, c := range owners {
			refs[i] = c.ID
		}
		generated(Surface{Text: a + sideSuffix, Kind: KindCountry, Refs: refs, Side: true, POS: POSCountry})
		if len(owners) == 1 && owners[0].Combine != CombineNone {
			combinable = append(combinable, a)
		}
	}
	for _, a := range combinable {
		for _, b := range combinable {
			if a == b {
				continue
			}
			ca, cb := abbrevOwners[a][0], abbrevOwners[b][0]
			if ca == cb || (ca.Combine != CombineHub && cb.Combine != CombineHub) {
				continue
			}
			generated(Surface{Text: a + b, Kind: KindCountry, Refs: []string{ca.ID, cb.ID}, Combined: true, POS: POSCountry})
		}
	}
	for _, f := range d.forms {
		if f.Retired {
			continue
		}
		s := Surface{Text: f.Text, Kind: KindCountry, Refs: append([]string(nil), f.Countries...), POS: POSCountry}
		if len(f.Countries) > 1 {
			s.Combined = true
		} else {
			s.Side = strings.HasSuffix(f.Text, sideSuffix)
		}
		ss.add(s)
	}
	for _, o := range d.offices {
		for _, n := range append([]string{o.Title}, o.Variants...) {
			if hasHan(n) {
				ss.add(Surface{Text: n, Kind: KindOffice, Refs: []string{o.Title}, POS: POSOffice})
			}
		}
	}
	out := make([]Surface, len(ss.order))
	for i, k := range ss.order {
		out[i] = *ss.m[k]
	}
	slices.SortFunc(out, func(a, b Surface) int {
		if c := strings.Compare(a.Text, b.Text); c != 0 {
			return c
		}
		return strings.Compare(a.Kind, b.Kind)
	})
	return out
}

// Surfaces returns every string the matcher should look for, sorted by text.
// The same text may appear once per kind (苏丹: the country Sudan and the
// office sultan). Several Refs on a person or a non-combined country surface
// mean the string is ambiguous. The slice is a copy; its Refs must not be
// modified.
func (d *Dict) Surfaces() []Surface { return append([]Surface(nil), d.surfaces...) }
