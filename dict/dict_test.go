package dict

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/dict")

const testdataDir = "../testdata/dict"

func fixture(name string) string { return filepath.Join(testdataDir, name) }

func loadFixture(t testing.TB, extra ...string) *Dict {
	t.Helper()
	files := append([]string{fixture("base.yaml"), fixture("people.yaml")}, extra...)
	d, err := LoadFiles(files...)
	if err != nil {
		t.Fatalf("LoadFiles: %v", err)
	}
	return d
}

func date(s string) time.Time {
	t, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

func ids(ps []*Person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func countryIDs(cs []*Country) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []string // each a substring of one error line
	}{
		{"yaml syntax", "user.yaml", "people:\n  - id: a\n   name: b\n", []string{"user.yaml:1: did not find expected '-' indicator"}},
		{"unknown country", "user.yaml", "people:\n  - id: a\n    name: 甲\n    country: XX\n", []string{`user.yaml:2: person a: unknown country id "XX"`}},
		{"unknown office", "user.yaml", "people:\n  - id: a\n    name: 甲\n    country: CN\n    terms:\n      - {office: 皇帝, from: 2013}\n", []string{`user.yaml:6: person a: unknown office title "皇帝"`}},
		{"bad date", "user.yaml", "people:\n  - id: a\n    name: 甲\n    country: CN\n    terms:\n      - {office: 总理, from: 2013}\n      - {office: 总理, from: 2013-13-01}\n", []string{`user.yaml:7: person a: term 总理: bad from date "2013-13-01"`}},
		{"bad to date", "user.yaml", "people:\n  - id: a\n    name: 甲\n    country: CN\n    terms: [{office: 总理, from: 2013, to: 20130}]\n", []string{`user.yaml:5: person a: term 总理: bad to date "20130"`}},
		{"ends before start", "user.yaml", "people:\n  - id: a\n    name: 甲\n    country: CN\n    terms:\n      - {office: 总理, from: 2013-05, to: 2013-04-30}\n", []string{"user.yaml:6: person a: term 总理 ends (2013-04-30) before it starts (2013-05)"}},
		{"duplicate id", "user.yaml", "people:\n  - {id: a, name: 甲, country: CN}\n  - {id: a, name: 乙, country: CN}\n", []string{`user.yaml:3: duplicate person id "a" (first at line 2)`}},
		{"empty name", "user.yaml", "people:\n  - {id: a, name: \"\", country: CN}\n", []string{"user.yaml:2: person a: empty name"}},
		{"missing id", "user.yaml", "people:\n  - {name: 甲, country: CN}\n", []string{"user.yaml:2: person without id"}},
		{"unknown key", "user.yaml", "people:\n  - id: a\n    nmae: 甲\n    country: CN\n", []string{`user.yaml:3: unknown key "nmae" in person`, "user.yaml:2: person a: empty name"}},
		{"unknown term key", "user.yaml", "people:\n  - id: a\n    name: 甲\n    country: CN\n    terms:\n      - {office: 总理, start: 2013}\n", []string{`user.yaml:6: unknown key "start" in term`}},
		{"wrong type", "user.yaml", "people:\n  - id: a\n    name: 甲\n    aliases: {x: y}\n    country: CN\n", []string{"user.yaml:4: cannot unmarshal"}},
		{"unknown top key", "user.yaml", "persons:\n  - id: a\n", []string{`user.yaml:1: unknown top-level key "persons"`}},
		{"bare list, unknown name", "mine.yaml", "- id: a\n  name: 甲\n", []string{"mine.yaml:1: a file holding a bare list must be named after its entries"}},
		{"scalar top", "user.yaml", "hello\n", []string{"user.yaml:1: top level must be a mapping"}},
		{"retire unknown", "user.yaml", "people:\n  - {id: nobody, retired: true}\n", []string{`user.yaml:2: retires unknown person id "nobody"`}},
		{"form unknown country", "forms.yaml", "- {text: 中火, countries: [CN, MARS]}\n", []string{`forms.yaml:1: form 中火: unknown country id "MARS"`}},
		{"empty city", "user.yaml", "countries:\n  - {id: ZZ, name: 某国, cities: [\"\"], kind: country}\n", []string{"user.yaml:2: country ZZ: empty city"}},
		{"office category", "user.yaml", "offices:\n  - {title: 大祭司, category: priest}\n", []string{`user.yaml:2: office 大祭司: unknown category "priest"`}},
		{"office unknown country", "user.yaml", "offices:\n  - {title: 大祭司, category: minister, country: XX}\n", []string{`user.yaml:2: office 大祭司: unknown country id "XX"`}},
		{"variant collision", "user.yaml", "offices:\n  - {title: 大臣, category: minister, variants: [外长]}\n", []string{`user.yaml:2: office 大臣: variant "外长" also names office 外交部长`}},
		{"country abbrev", "countries.yaml", "- {id: XA, name: 某国, kind: country, abbrev: [某国]}\n", []string{`countries.yaml:1: country XA: abbreviation "某国" is not one character`}},
		{"country kind", "countries.yaml", "- {id: XA, name: 某国, kind: state}\n", []string{`countries.yaml:1: country XA: kind "state"`}},
		{"country id", "countries.yaml", "- {id: xa, name: 某国, kind: country}\n", []string{`countries.yaml:1: country id "xa"`}},
		{"country combine", "countries.yaml", "- {id: XA, name: 某国, kind: country, combine: all}\n", []string{`countries.yaml:1: country XA: combine "all"`}},
		{"list expected", "user.yaml", "people: 3\n", []string{"user.yaml:1: people must be a list"}},
		{"gathers all", "user.yaml", "people:\n  - {id: a, name: 甲, country: XX}\n  - {id: b, name: 乙, country: YY}\noffices:\n  - {title: 某长, category: boss}\n",
			[]string{`user.yaml:2: person a: unknown country id "XX"`, `user.yaml:3: person b: unknown country id "YY"`, `user.yaml:5: office 某长: unknown category "boss"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			d, err := LoadFiles(fixture("base.yaml"), path)
			if err == nil {
				t.Fatalf("LoadFiles: no error, want %q", tt.want)
			}
			if d != nil {
				t.Error("LoadFiles returned a Dict with an error")
			}
			var el ErrorList
			if !errors.As(err, &el) {
				t.Fatalf("error %T is not an ErrorList", err)
			}
			msg := strings.ReplaceAll(err.Error(), filepath.Dir(path)+string(filepath.Separator), "")
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error\n%s\nlacks %q", msg, w)
				}
			}
			if len(el) < len(tt.want) {
				t.Errorf("%d errors, want at least %d", len(el), len(tt.want))
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := LoadFiles(fixture("base.yaml"), fixture("no-such-file.yaml"))
	if err == nil || !strings.Contains(err.Error(), "no-such-file.yaml: no such file or directory") {
		t.Fatalf("err = %v", err)
	}
}

func TestMergeOverrideRetire(t *testing.T) {
	d := loadFixture(t, fixture("user.yaml"))
	lk := d.Person("li-keqiang")
	if lk == nil {
		t.Fatal("li-keqiang missing")
	}
	if !slices.Contains(lk.Aliases, "克强总理") || len(lk.Terms) != 1 || lk.Latin != "" {
		t.Errorf("li-keqiang not replaced by the user entry: %+v", lk)
	}
	if got := ids(d.PeopleNamed("克强总理")); !slices.Equal(got, []string{"li-keqiang"}) {
		t.Errorf("PeopleNamed(克强总理) = %v", got)
	}
	if d.Person("han-zheng") != nil || len(d.PeopleNamed("韩正")) != 0 {
		t.Error("han-zheng not retired")
	}
	for _, s := range d.Surfaces() {
		if s.Text == "韩正" || s.Text == "中俄" {
			t.Errorf("surface %q should be gone", s.Text)
		}
	}
	if c := d.Country("TL"); c == nil || c.Name != "东帝汶" {
		t.Errorf("added country TL = %+v", c)
	}
	if got := countryIDs(d.CountriesNamed("中俄")); len(got) != 0 {
		t.Errorf("retired form 中俄 → %v", got)
	}
	// Replacement keeps the file order of the first definition.
	if got := ids(d.People()); !slices.Equal(got, []string{"li-keqiang", "li-qiang", "mohammed-bin-salman", "mohamed-bin-zayed"}) {
		t.Errorf("People() = %v", got)
	}
	// The user term uses the generic 总理: still a head_of_government of CN.
	if got := ids(d.Holders("head_of_government", "CN", date("2016-05-01"))); !slices.Equal(got, []string{"li-keqiang"}) {
		t.Errorf("Holders after override = %v", got)
	}
}

func TestHoldingOn(t *testing.T) {
	d := loadFixture(t)
	tests := []struct {
		person, date string
		office       string // "" for nil
		from, to     string
	}{
		{"li-keqiang", "2016-05-01", "国务院总理", "2013-03-15", "2023-03-11"},
		{"li-keqiang", "2010-01-01", "国务院副总理", "2008-03-17", "2013-03-15"},
		{"li-keqiang", "2005-01-01", "", "", ""},
		{"li-keqiang", "2024-01-01", "", "", ""},
		{"li-keqiang", "", "国务院总理", "2013-03-15", "2023-03-11"}, // latest term
		{"li-qiang", "2024-06-01", "国务院总理", "2023-03-11", ""},
		{"li-qiang", "2022-12-01", "中央政治局常委", "2022-10-23", ""},
		{"li-qiang", "", "国务院总理", "2023-03-11", ""},
		{"mohammed-bin-salman", "2020-01-01", "王储", "2017-06-21", ""},
		{"mohammed-bin-salman", "2024-01-01", "首相", "2022-09-27", ""}, // head of government outranks crown prince
		{"han-zheng", "2023-03-11", "国家副主席", "2023-03-10", ""},
		{"han-zheng", "", "国家副主席", "2023-03-10", ""},
	}
	for _, tt := range tests {
		t.Run(tt.person+"@"+tt.date, func(t *testing.T) {
			var on time.Time
			if tt.date != "" {
				on = date(tt.date)
			}
			h := d.HoldingOn(d.Person(tt.person), on)
			if tt.office == "" {
				if h != nil {
					t.Fatalf("HoldingOn = %s, want nil", h.Office.Title)
				}
				return
			}
			if h == nil {
				t.Fatalf("HoldingOn = nil, want %s", tt.office)
			}
			if h.Office.Title != tt.office || h.Person.ID != tt.person {
				t.Errorf("HoldingOn = %s/%s, want %s", h.Person.ID, h.Office.Title, tt.office)
			}
			if got := h.From.Format("2006-01-02"); got != tt.from {
				t.Errorf("From = %s, want %s", got, tt.from)
			}
			if got := h.To; (tt.to == "" && !got.IsZero()) || (tt.to != "" && got.Format("2006-01-02") != tt.to) {
				t.Errorf("To = %v, want %q", got, tt.to)
			}
		})
	}
}

func TestHolders(t *testing.T) {
	d := loadFixture(t)
	tests := []struct {
		category, country, date string
		want                    []string
	}{
		{"head_of_government", "CN", "2016-05-01", []string{"li-keqiang"}},
		{"head_of_government", "CN", "2024-01-01", []string{"li-qiang"}},
		{"head_of_government", "CN", "2023-03-11", []string{"li-qiang", "li-keqiang"}}, // handover day: newest first
		{"head_of_government", "CN", "2012-01-01", nil},
		{"head_of_government", "CN", "", []string{"li-qiang"}},
		{"vice_head_of_government", "CN", "2010-06", []string{"li-keqiang"}},
		{"vice_head_of_government", "CN", "2020", []string{"han-zheng"}},
		{"head_of_government", "SA", "2023-01-01", []string{"mohammed-bin-salman"}},
		{"head_of_state", "AE", "2022-05-13", nil},
		{"head_of_state", "AE", "2022-05-14", []string{"mohamed-bin-zayed"}},
		{"politburo", "CN", "2022-11-01", []string{"li-qiang"}},
	}
	for _, tt := range tests {
		t.Run(tt.category+"/"+tt.country+"@"+tt.date, func(t *testing.T) {
			var on time.Time
			if tt.date != "" {
				on = date(tt.date)
			}
			if got := ids(d.Holders(tt.category, tt.country, on)); !slices.Equal(got, tt.want) && (len(got) != 0 || len(tt.want) != 0) {
				t.Errorf("Holders = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPartialDates(t *testing.T) {
	tests := []struct {
		in       string
		end      bool
		want     string
		wantFail bool
	}{
		{"2013-03-15", false, "2013-03-15", false},
		{"2013-03", false, "2013-03-01", false},
		{"2013-03", true, "2013-03-31", false},
		{"2024-02", true, "2024-02-29", false},
		{"2013", true, "2013-12-31", false},
		{"2013", false, "2013-01-01", false},
		{"2013-3-5", false, "", true},
		{"2013/03/05", false, "", true},
		{"", false, "", true},
		{"2013-02-30", false, "", true},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in, tt.end)
		if (err != nil) != tt.wantFail {
			t.Errorf("parseDate(%q) error = %v", tt.in, err)
			continue
		}
		if err == nil && got.Format("2006-01-02") != tt.want {
			t.Errorf("parseDate(%q, %v) = %s, want %s", tt.in, tt.end, got.Format("2006-01-02"), tt.want)
		}
	}
}

func findSurfaces(d *Dict, text string) []Surface {
	var out []Surface
	for _, s := range d.Surfaces() {
		if s.Text == text {
			out = append(out, s)
		}
	}
	return out
}

func TestAmbiguity(t *testing.T) {
	d := loadFixture(t)
	// One transliteration shared by two people: one surface, two Refs.
	ss := findSurfaces(d, "穆罕默德")
	if len(ss) != 1 || ss[0].Kind != KindPerson || !slices.Equal(ss[0].Refs, []string{"mohammed-bin-salman", "mohamed-bin-zayed"}) || ss[0].Combined {
		t.Errorf("穆罕默德 surfaces = %+v", ss)
	}
	if got := ids(d.PeopleNamed("穆罕默德")); len(got) != 2 {
		t.Errorf("PeopleNamed(穆罕默德) = %v", got)
	}
	// A name that is also a common word or another kind: 苏丹 is a country and an office.
	ss = findSurfaces(d, "苏丹")
	if len(ss) != 2 || ss[0].Kind != KindCountry || ss[1].Kind != KindOffice || ss[1].POS != POSOffice {
		t.Errorf("苏丹 surfaces = %+v", ss)
	}
	// 韩正 (a person) overlaps the combined form 中韩 in 中韩正式建交: both
	// surfaces exist, the matcher and segmenter decide.
	if ss := findSurfaces(d, "韩正"); len(ss) != 1 || ss[0].Kind != KindPerson || ss[0].POS != POSPerson {
		t.Errorf("韩正 surfaces = %+v", ss)
	}
	if ss := findSurfaces(d, "中韩"); len(ss) != 1 || !ss[0].Combined {
		t.Errorf("中韩 surfaces = %+v", ss)
	}
	// Latin names are looked up but not matched in Chinese text.
	if got := ids(d.PeopleNamed("Li Qiang")); !slices.Equal(got, []string{"li-qiang"}) {
		t.Errorf("PeopleNamed(Li Qiang) = %v", got)
	}
	if len(findSurfaces(d, "Li Qiang")) != 0 {
		t.Error("Latin name in Surfaces")
	}
	// Traditional aliases.
	if got := ids(d.PeopleNamed("李克強")); !slices.Equal(got, []string{"li-keqiang"}) {
		t.Errorf("PeopleNamed(李克強) = %v", got)
	}
	// An abbreviation two countries share: alternatives, not a combination.
	ss = findSurfaces(d, "巴方")
	if len(ss) != 1 || ss[0].Combined || !ss[0].Side || !slices.Equal(ss[0].Refs, []string{"PK", "BR"}) {
		t.Errorf("巴方 = %+v", ss)
	}
	if len(findSurfaces(d, "中巴")) != 0 {
		t.Error("ambiguous abbreviation 巴 used in a generated form")
	}
}

func TestFixtureForms(t *testing.T) {
	d := loadFixture(t)
	tests := []struct {
		text string
		want []string
	}{
		{"中俄", []string{"CN", "RU"}},
		{"俄中", []string{"RU", "CN"}},
		{"中泰", []string{"CN", "TH"}}, // hub + other
		{"泰柬", nil},                  // neither is a hub
		{"中日韩", []string{"CN", "JP", "KR"}},
		{"美日", nil},                  // retired
		{"美以", []string{"US", "IL"}}, // explicit
		{"以美", nil},                  // combine: none
		{"以方", []string{"IL"}},
		{"俄方", []string{"RU"}},
		{"俄国", []string{"RU"}},
		{"中华人民共和国", []string{"CN"}},
	}
	for _, tt := range tests {
		if got := countryIDs(d.CountriesNamed(tt.text)); !slices.Equal(got, tt.want) && (len(got)+len(tt.want) > 0) {
			t.Errorf("CountriesNamed(%s) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSurfacesGolden(t *testing.T) {
	d := loadFixture(t)
	var b bytes.Buffer
	for _, s := range d.Surfaces() {
		flags := ""
		if s.Side {
			flags += " side"
		}
		if s.Combined {
			flags += " combined"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s%s\n", s.Text, s.Kind, s.POS, strings.Join(s.Refs, ","), flags)
	}
	golden(t, "surfaces.golden", b.Bytes())
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := fixture(name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./dict -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run go test ./dict -update and review the diff):\n%s", path, got)
	}
}

func TestCandidates(t *testing.T) {
	cs := []Candidate{
		{Name: "巴博", Office: "外长", Country: "TL", Count: 2, Example: "东帝汶外长巴博表示，\n东方将……", Docs: []string{"xwlb-20230101-3", "xwlb-20230102-1"}},
		{Name: "阿达尔", Office: "总统", Country: "RU", Count: 7, Docs: []string{"a", "b", "c", "d", "e", "f", "g"}},
		{Name: "无名", Country: "CN", Count: 1},
	}
	var b bytes.Buffer
	if err := WriteCandidates(&b, cs); err != nil {
		t.Fatal(err)
	}
	golden(t, "candidates.golden", b.Bytes())
	// The output is a valid user dictionary once its countries exist.
	path := filepath.Join(t.TempDir(), "cand.yaml")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(t.TempDir(), "countries.yaml")
	if err := os.WriteFile(base, []byte("- {id: TL, name: 东帝汶, kind: country}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := LoadFiles(fixture("base.yaml"), base, path)
	if err != nil {
		t.Fatalf("candidates do not load: %v", err)
	}
	p := d.Person("巴博")
	if p == nil || p.Country != "TL" {
		t.Fatalf("candidate 巴博 = %+v", p)
	}
	if h := d.HoldingOn(p, time.Time{}); h == nil || h.Office.Title != "外交部长" {
		t.Errorf("candidate office = %+v", h)
	}
	if got := ids(d.People()); !slices.Equal(got[len(got)-3:], []string{"阿达尔", "巴博", "无名"}) {
		t.Errorf("order = %v", got)
	}
}

func TestStats(t *testing.T) {
	d := loadFixture(t)
	st := d.Stats()
	if st.People != 5 || st.Countries != 13 || st.Offices != 10 || st.Terms != 10 || st.OpenTerms != 6 {
		t.Errorf("stats = %+v", st)
	}
	if st.Sources["en.wikipedia.org"] != 5 || st.SurfacesByKind[KindOffice] != 16 {
		t.Errorf("sources %v, surfaces %v", st.Sources, st.SurfacesByKind)
	}
	var b bytes.Buffer
	if _, err := st.WriteTo(&b); err != nil || !strings.Contains(b.String(), "people:         5, terms 10 (open 6)") {
		t.Errorf("WriteTo = %q, %v", b.String(), err)
	}
}

func TestCheck(t *testing.T) {
	if _, err := Default(); err != nil {
		t.Skip("embedded data does not load; see TestDefault")
	}
	if err := Check(fixture("user.yaml")); err == nil {
		// user.yaml retires han-zheng, which only the fixture defines; with the
		// embedded data it is unknown unless people.yaml has it.
		if d, _ := Default(); d.Person("han-zheng") == nil {
			t.Error("Check(user.yaml) = nil, want an error for the unknown han-zheng")
		}
	}
	good := filepath.Join(t.TempDir(), "good.yaml")
	if err := os.WriteFile(good, []byte("people:\n  - {id: test-person, name: 测试人, country: CN, terms: [{office: 外长, from: 2020}]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Check(good); err != nil {
		t.Errorf("Check(good) = %v", err)
	}
}

func TestConcurrentReaders(t *testing.T) {
	d := loadFixture(t)
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go func() {
			for j := 0; j < 200; j++ {
				_ = d.Holders("head_of_government", "CN", date("2016-01-01"))
				_ = d.HoldingOn(d.Person("li-qiang"), time.Time{})
				_ = d.CountriesNamed("中俄")
				_ = d.Surfaces()
			}
			done <- true
		}()
	}
	for i := 0; i < 8; i++ {
		<-done
	}
}

// FuzzLoad feeds arbitrary files to the parser and loader. Seeds are kept
// small: the fuzzer minimises every new input, which is slow for large ones.
func FuzzLoad(f *testing.F) {
	f.Add("people.yaml", []byte("- id: a\n  name: 甲\n  aliases: [乙]\n  country: CN\n  terms: [{office: 总理, from: 2013-01, to: 2014}]\n  source: x\n"))
	f.Add("people.yaml", []byte("- id: a\n  name: 甲\n  country: CN\n  terms: [{office: 总理, from: 2013-01, to: 2012}]\n"))
	f.Add("x.yaml", []byte("countries:\n  - {id: CN, name: 中国, abbrev: [中], combine: hub, kind: country}\n  - {id: RU, name: 俄罗斯, abbrev: [俄], kind: country}\noffices:\n  - {title: 总理, category: head_of_government, variants: [總理]}\nforms:\n  - {text: 中俄, retired: true}\n  - {text: 俄中, countries: [RU, CN]}\n"))
	f.Add("x.yaml", []byte("people: [1, [2], {id: }]\nforms: {a: b}\n"))
	f.Add("x.yaml", []byte("&a [*a]"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		var errs ErrorList
		fd := parseFile(name, data, &errs)
		d, err := build([]*fileData{fd}, errs)
		if (d == nil) == (err == nil) {
			t.Fatalf("build: dict %v, err %v", d != nil, err)
		}
		if err != nil {
			for _, e := range err.(ErrorList) {
				if e.File != name || e.Msg == "" {
					t.Fatalf("error without file or reason: %#v", e)
				}
			}
			return
		}
		for _, s := range d.Surfaces() {
			if s.Text == "" || len(s.Refs) == 0 {
				t.Fatalf("bad surface %+v", s)
			}
		}
		for _, p := range d.People() {
			_ = d.HoldingOn(p, time.Time{})
			_ = d.HoldingsOn(p, date("2020-01-01"))
		}
		_ = d.Stats()
	})
}
