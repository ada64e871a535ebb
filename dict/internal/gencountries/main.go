// Command gencountries writes dict/data/countries.yaml from the country-name
// tables in ../shared/dictdata/country-names (CLDR names via
// umpirsky/country-list, MIT; mledoze/countries, ODbL) and the hand-written
// overlay.yaml beside this file. Run it through `go generate ./dict`.
//
// Usage:
//
//	gencountries -src ../../shared/dictdata/country-names -overlay internal/gencountries/overlay.yaml -o data/countries.yaml
package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/longbridgeapp/opencc"
	"gopkg.in/yaml.v3"
)

const (
	srcCLDR    = "CLDR via https://github.com/umpirsky/country-list (MIT)"
	srcMledoze = "https://github.com/mledoze/countries (ODbL-1.0)"
	srcOverlay = "news usage (dict/internal/gencountries/overlay.yaml)"
)

// country mirrors dict.Country plus the overlay-only field Drop. It is kept
// separate so that the generator builds even when dict/data is incomplete.
type country struct {
	ID      string   `yaml:"id"`
	ISO2    string   `yaml:"iso2,omitempty"`
	ISO3    string   `yaml:"iso3,omitempty"`
	Name    string   `yaml:"name,omitempty"`
	Full    string   `yaml:"full,omitempty"`
	Aliases []string `yaml:"aliases,omitempty"`
	Abbrev  []string `yaml:"abbrev,omitempty"`
	Kind    string   `yaml:"kind,omitempty"`
	Combine string   `yaml:"combine,omitempty"`
	Source  string   `yaml:"source,omitempty"`
	Drop    []string `yaml:"drop,omitempty"`
	Cities  []string `yaml:"cities,omitempty"`
}

type form struct {
	Text      string   `yaml:"text"`
	Countries []string `yaml:"countries,omitempty,flow"`
	Retired   bool     `yaml:"retired,omitempty"`
	Comment   string   `yaml:"-"`
}

type overlay struct {
	Countries []country `yaml:"countries"`
	// Cities maps a country id to the cities and sites that stand for it
	// when visited (访问北京 is a visit to China).
	Cities map[string][]string `yaml:"cities"`
	Forms  []yaml.Node         `yaml:"forms"`
}

type mledoze struct {
	CCA2         string `json:"cca2"`
	CCA3         string `json:"cca3"`
	UNMember     bool   `json:"unMember"`
	Translations map[string]struct {
		Official string `json:"official"`
		Common   string `json:"common"`
	} `json:"translations"`
}

func main() {
	src := flag.String("src", "../../shared/dictdata/country-names", "folder with umpirsky-country-list/ and mledoze-countries/")
	ovPath := flag.String("overlay", "internal/gencountries/overlay.yaml", "hand-written overlay")
	out := flag.String("o", "data/countries.yaml", "output file")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gencountries: ")
	data, err := generate(*src, *ovPath)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
}

func readCSV(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := make(map[string]string, len(recs))
	for i, r := range recs {
		if i == 0 || len(r) != 2 {
			continue
		}
		m[r[0]] = r[1]
	}
	return m, nil
}

func generate(src, ovPath string) ([]byte, error) {
	zhCN, err := readCSV(filepath.Join(src, "umpirsky-country-list/data/zh_CN/country.csv"))
	if err != nil {
		return nil, err
	}
	zhTW, err := readCSV(filepath.Join(src, "umpirsky-country-list/data/zh_TW/country.csv"))
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(filepath.Join(src, "mledoze-countries/dist/countries-unescaped.json"))
	if err != nil {
		return nil, err
	}
	var ms []mledoze
	if err := json.Unmarshal(raw, &ms); err != nil {
		return nil, fmt.Errorf("mledoze: %w", err)
	}
	ovRaw, err := os.ReadFile(ovPath)
	if err != nil {
		return nil, err
	}
	var ov overlay
	if err := yaml.Unmarshal(ovRaw, &ov); err != nil {
		return nil, fmt.Errorf("%s: %w", ovPath, err)
	}
	t2s, err := opencc.New("t2s")
	if err != nil {
		return nil, err
	}
	s2t, err := opencc.New("s2t")
	if err != nil {
		return nil, err
	}
	conv := func(cc *opencc.OpenCC, s string) string {
		if s == "" {
			return ""
		}
		o, err := cc.Convert(s)
		if err != nil {
			return s
		}
		return o
	}

	byID := map[string]*country{}
	var order []string
	for _, m := range ms {
		c := &country{ID: m.CCA2, ISO2: m.CCA2, ISO3: m.CCA3, Kind: "territory"}
		if m.UNMember && m.CCA2 != "VA" { // mledoze marks the Holy See (an observer) as a member
			c.Kind = "country"
		}
		z := m.Translations["zho"]
		common, official := conv(t2s, z.Common), conv(t2s, z.Official)
		c.Name = zhCN[m.CCA2]
		srcs := []string{srcMledoze}
		if c.Name != "" {
			srcs = append([]string{srcCLDR}, srcs...)
		} else {
			c.Name = common
		}
		c.Full = official
		c.Aliases = []string{common, zhTW[m.CCA2], z.Common, z.Official}
		c.Source = strings.Join(srcs, "; ")
		byID[c.ID] = c
		order = append(order, c.ID)
	}
	for _, o := range ov.Countries {
		c, ok := byID[o.ID]
		if !ok {
			oc := o
			if oc.Source == "" {
				oc.Source = srcOverlay
			}
			byID[o.ID] = &oc
			order = append(order, o.ID)
			continue
		}
		if o.Name != "" && o.Name != c.Name {
			c.Aliases = append(c.Aliases, c.Name)
			c.Name = o.Name
		}
		if o.Full != "" && o.Full != c.Full {
			c.Aliases = append(c.Aliases, c.Full)
			c.Full = o.Full
		}
		if o.ISO3 != "" {
			c.ISO3 = o.ISO3
		}
		if o.Kind != "" {
			c.Kind = o.Kind
		}
		if o.Combine != "" {
			c.Combine = o.Combine
		}
		c.Aliases = append(c.Aliases, o.Aliases...)
		c.Abbrev = append(c.Abbrev, o.Abbrev...)
		c.Drop = append(c.Drop, o.Drop...)
		if len(o.Aliases)+len(o.Abbrev) > 0 || o.Name != "" || o.Full != "" {
			c.Source += "; " + srcOverlay
		}
	}
	for id, cs := range ov.Cities {
		c, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("%s: cities of unknown country %q", ovPath, id)
		}
		c.Cities = append(c.Cities, cs...)
	}
	// Traditional forms of the simplified names, then clean the alias lists.
	for _, id := range order {
		c := byID[id]
		if c.ISO2 == "" && c.Kind == "" {
			c.Kind = "organization"
		}
		c.Aliases = append(c.Aliases, conv(s2t, c.Name), conv(s2t, c.Full))
		for _, a := range slices.Clone(c.Aliases) {
			c.Aliases = append(c.Aliases, conv(s2t, a))
		}
		drop := map[string]bool{"": true, c.Name: true, c.Full: true}
		for _, d := range c.Drop {
			drop[d] = true
			drop[conv(s2t, d)] = true
		}
		var al []string
		for _, a := range c.Aliases {
			if !drop[a] {
				drop[a] = true
				al = append(al, a)
			}
		}
		c.Aliases = al
		if c.Full == c.Name {
			c.Full = ""
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		ki, kj := kindRank(byID[order[i]].Kind), kindRank(byID[order[j]].Kind)
		if ki != kj {
			return ki < kj
		}
		return order[i] < order[j]
	})

	var b bytes.Buffer
	b.WriteString(`# GENERATED by dict/internal/gencountries (go generate ./dict); DO NOT EDIT.
# Edit dict/internal/gencountries/overlay.yaml instead, or override entries in a
# user dictionary. Sources: Unicode CLDR names via umpirsky/country-list (MIT),
# mledoze/countries (ODbL-1.0), and the overlay; see ATTRIBUTION.md.
countries:
`)
	for _, id := range order {
		writeCountry(&b, byID[id])
	}
	b.WriteString("forms:\n")
	for _, n := range ov.Forms {
		var f form
		if err := n.Decode(&f); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", ovPath, n.Line, err)
		}
		fmt.Fprintf(&b, "  - {text: %s", f.Text)
		if len(f.Countries) > 0 {
			fmt.Fprintf(&b, ", countries: [%s]", strings.Join(f.Countries, ", "))
		}
		if f.Retired {
			b.WriteString(", retired: true")
		}
		b.WriteString("}")
		if n.LineComment != "" {
			b.WriteString("  " + n.LineComment)
		}
		b.WriteString("\n")
	}
	return b.Bytes(), nil
}

func kindRank(k string) int {
	switch k {
	case "country":
		return 0
	case "territory":
		return 1
	}
	return 2
}

func q(s string) string {
	var b bytes.Buffer
	e := yaml.NewEncoder(&b)
	_ = e.Encode(s)
	_ = e.Close()
	return strings.TrimSuffix(b.String(), "\n")
}

func list(ss []string) string {
	qs := make([]string, len(ss))
	for i, s := range ss {
		qs[i] = q(s)
	}
	return "[" + strings.Join(qs, ", ") + "]"
}

func writeCountry(w io.Writer, c *country) {
	fmt.Fprintf(w, "  - id: %s\n", c.ID)
	if c.ISO2 != "" {
		fmt.Fprintf(w, "    iso2: %s\n    iso3: %s\n", c.ISO2, c.ISO3)
	}
	fmt.Fprintf(w, "    name: %s\n", q(c.Name))
	if c.Full != "" {
		fmt.Fprintf(w, "    full: %s\n", q(c.Full))
	}
	if len(c.Aliases) > 0 {
		fmt.Fprintf(w, "    aliases: %s\n", list(c.Aliases))
	}
	if len(c.Abbrev) > 0 {
		fmt.Fprintf(w, "    abbrev: %s\n", list(c.Abbrev))
	}
	if c.Combine != "" {
		fmt.Fprintf(w, "    combine: %s\n", c.Combine)
	}
	if len(c.Cities) > 0 {
		fmt.Fprintf(w, "    cities: %s\n", list(c.Cities))
	}
	fmt.Fprintf(w, "    kind: %s\n    source: %s\n", c.Kind, q(c.Source))
}
