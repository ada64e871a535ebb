package dict

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// loadEmbedded loads some of the embedded files (by base name) without the
// others, so that the country and office data are tested on their own.
func loadEmbedded(t testing.TB, names ...string) *Dict {
	t.Helper()
	var errs ErrorList
	var fds []*fileData
	for _, n := range names {
		data, err := embedded.ReadFile("data/" + n)
		if err != nil {
			t.Fatal(err)
		}
		fds = append(fds, parseFile(embeddedPrefix+n, data, &errs))
	}
	d, err := build(fds, errs)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDefault(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatalf("embedded dictionaries do not load:\n%v", err)
	}
	d2, _ := Default()
	if d != d2 {
		t.Error("Default() not cached")
	}
	for _, c := range d.Countries() {
		if c.Source == "" {
			t.Errorf("%s:%d: country %s has no source", c.File, c.Line, c.ID)
		}
	}
	for _, o := range d.Offices() {
		if o.Source == "" {
			t.Errorf("%s:%d: office %s has no source", o.File, o.Line, o.Title)
		}
	}
	for _, p := range d.People() {
		if p.Source == "" {
			t.Errorf("%s:%d: person %s has no source", p.File, p.Line, p.ID)
		}
	}
}

// unMembers are the 193 member states of the United Nations
// (https://www.un.org/en/about-us/member-states), by ISO 3166-1 alpha-2.
var unMembers = strings.Fields(`
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ
CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI
FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM
JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG
MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK
PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD
TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW`)

func TestUNMembers(t *testing.T) {
	if len(unMembers) != 193 {
		t.Fatalf("test list has %d members", len(unMembers))
	}
	d := loadEmbedded(t, "countries.yaml", "offices.yaml")
	for _, id := range unMembers {
		c := d.Country(id)
		switch {
		case c == nil:
			t.Errorf("UN member %s missing", id)
		case c.Kind != CountryKindCountry || c.ISO2 != id || len(c.ISO3) != 3:
			t.Errorf("UN member %s: kind %s iso2 %s iso3 %s", id, c.Kind, c.ISO2, c.ISO3)
		case !hasHan(c.Name):
			t.Errorf("UN member %s: name %q", id, c.Name)
		}
	}
	if st := d.Stats(); st.UNMembers != 193 {
		t.Errorf("Stats.UNMembers = %d", st.UNMembers)
	}
}

func TestEmbeddedCountries(t *testing.T) {
	d := loadEmbedded(t, "countries.yaml", "offices.yaml")
	tests := []struct {
		text string
		want []string
	}{
		{"美国", []string{"US"}},
		{"美利坚合众国", []string{"US"}},
		{"俄罗斯", []string{"RU"}},
		{"俄羅斯", []string{"RU"}},
		{"朝鲜", []string{"KP"}},
		{"北韩", []string{"KP"}},
		{"韩国", []string{"KR"}},
		{"南韩", []string{"KR"}},
		{"英国", []string{"GB"}},
		{"越南", []string{"VN"}},
		{"俄国", []string{"RU"}},
		{"大马", []string{"MY"}},
		{"沙特", []string{"SA"}},
		{"阿联酋", []string{"AE"}},
		{"印尼", []string{"ID"}},
		{"蒙古国", []string{"MN"}},
		{"刚果（金）", []string{"CD"}},
		{"多米尼克", []string{"DM"}},
		{"多米尼加", []string{"DO"}},
		{"联合国", []string{"UN"}},
		{"欧盟", []string{"EU"}},
		{"欧洲联盟", []string{"EU"}},
		{"东盟", []string{"ASEAN"}},
		{"北约", []string{"NATO"}},
		{"非盟", []string{"AFU"}},
		{"上合组织", []string{"SCO"}},
		{"金砖国家", []string{"BRICS"}},
		{"阿盟", []string{"LAS"}},
		{"世卫组织", []string{"WHO"}},
		{"台湾", []string{"TW"}},
		{"香港", []string{"HK"}},
		{"澳门", []string{"MO"}},
		{"巴勒斯坦", []string{"PS"}},
		// side forms
		{"中方", []string{"CN"}},
		{"美方", []string{"US"}},
		{"俄方", []string{"RU"}},
		{"欧方", []string{"EU"}},
		{"巴方", []string{"BR", "PK", "PS"}}, // alternatives, in file order
		{"乌方", []string{"UA", "UZ"}},
		{"以方", nil},
		{"新方", nil},
		// combined forms
		{"中俄", []string{"CN", "RU"}},
		{"中美", []string{"CN", "US"}},
		{"美中", []string{"US", "CN"}},
		{"中欧", []string{"CN", "EU"}},
		{"中泰", []string{"CN", "TH"}},
		{"日韩", []string{"JP", "KR"}},
		{"中日韩", []string{"CN", "JP", "KR"}},
		{"美日澳印", []string{"US", "JP", "AU", "IN"}},
		{"美日印澳", []string{"US", "JP", "IN", "AU"}},
		{"俄乌", []string{"RU", "UA"}},
		{"巴以", []string{"PS", "IL"}},
		{"港澳", []string{"HK", "MO"}},
		{"美以", []string{"US", "IL"}},
		{"以美", nil}, // 以美国为首
		{"加沙", nil}, // Gaza, not Canada + Saudi Arabia
		{"美德", nil}, // virtue
		{"中巴", nil}, // ambiguous: Pakistan or Brazil
		{"泰柬", nil}, // no hub abbreviation
		{"中东", nil}, // Middle East
		{"中非", nil}, // China–Africa, not a country pair
		{"港中", nil}, // HK takes part in explicit forms only
	}
	for _, tt := range tests {
		if got := countryIDs(d.CountriesNamed(tt.text)); !slices.Equal(got, tt.want) && len(got)+len(tt.want) > 0 {
			t.Errorf("CountriesNamed(%s) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// Combined forms are marked, alternatives are not.
	for _, s := range d.Surfaces() {
		switch s.Text {
		case "中俄", "美日澳印":
			if !s.Combined || s.Side {
				t.Errorf("%s: %+v", s.Text, s)
			}
		case "巴方":
			if s.Combined || !s.Side {
				t.Errorf("%s: %+v", s.Text, s)
			}
		}
	}
}

// canonicalTitles are the office titles the people file uses.
var canonicalTitles = strings.Fields(`国家主席 中共中央总书记 中央军委主席 国务院总理 国务院副总理 国务委员
外交部长 国家副主席 全国人大常委会委员长 全国政协主席 中央政治局常委 中央书记处书记 中央纪委书记
总统 副总统 总理 副总理 首相 国务卿 第一副总理 联合国秘书长 欧洲理事会主席 欧盟委员会主席
国防部长 总督 国王 苏丹 埃米尔 王储 国家元首 议长 国家安全事务助理 财政部长 商务部长 总理府部长
国家顾问 最高领袖 大使 外交事务委员会主任 中央外事工作委员会办公室主任 国务院港澳事务办公室主任`)

func TestEmbeddedOffices(t *testing.T) {
	d := loadEmbedded(t, "countries.yaml", "offices.yaml")
	for _, title := range canonicalTitles {
		if o := d.Office(title); o == nil || o.Title != title {
			t.Errorf("canonical office %s missing (got %+v)", title, o)
		}
	}
	tests := []struct{ variant, title, category, country string }{
		{"外长", "外交部长", "foreign_minister", ""},
		{"外交部部长", "外交部长", "foreign_minister", ""},
		{"外相", "外交部长", "foreign_minister", ""},
		{"外交部長", "外交部长", "foreign_minister", ""},
		{"防长", "国防部长", "defence_minister", ""},
		{"国防部部长", "国防部长", "defence_minister", ""},
		{"防卫大臣", "国防部长", "defence_minister", ""},
		{"總統", "总统", "head_of_state", ""},
		{"國務卿", "国务卿", "foreign_minister", "US"},
		{"國家主席", "国家主席", "head_of_state", "CN"},
		{"国务院总理", "国务院总理", "head_of_government", "CN"},
		{"首相", "首相", "head_of_government", ""},
		{"总书记", "总书记", "party_leader", ""},
		{"中共中央总书记", "中共中央总书记", "party_leader", "CN"},
		{"副总统", "副总统", "vice_head_of_state", ""},
		{"国务委员", "国务委员", "state_councillor", "CN"},
		{"议长", "议长", "legislature_speaker", ""},
		{"大使", "大使", "ambassador", ""},
		{"联合国秘书长", "联合国秘书长", "intl_org_head", "UN"},
		{"政治局常委", "中央政治局常委", "politburo", "CN"},
	}
	for _, tt := range tests {
		o := d.Office(tt.variant)
		if o == nil || o.Title != tt.title || o.Category != tt.category || o.Country != tt.country {
			t.Errorf("Office(%s) = %+v, want %s/%s/%s", tt.variant, o, tt.title, tt.category, tt.country)
		}
	}
	used := map[string]bool{}
	for _, o := range d.Offices() {
		used[o.Category] = true
	}
	for _, c := range []string{"head_of_state", "head_of_government", "vice_head_of_state", "vice_head_of_government",
		"foreign_minister", "defence_minister", "minister", "state_councillor", "party_leader",
		"legislature_speaker", "ambassador", "intl_org_head", "politburo"} {
		if !used[c] {
			t.Errorf("no office of category %s", c)
		}
	}
}

// TestDefaultLoadTime loads the embedded data from scratch (no caches); the
// budget is 100 ms, checked loosely here (race detector, slow CI) and
// measured by BenchmarkDefault.
func TestDefaultLoadTime(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing")
	}
	start := time.Now()
	if _, err := loadEmbeddedFresh(); err != nil {
		t.Skipf("embedded data does not load: %v", err)
	}
	if el := time.Since(start); el > time.Second {
		t.Errorf("embedded load took %v, budget 100 ms", el)
	}
}

// loadEmbeddedFresh parses and builds the embedded data without the caches.
func loadEmbeddedFresh() (*Dict, error) {
	names, err := fs.Glob(embedded, "data/*.yaml")
	if err != nil {
		return nil, err
	}
	fds, errs := parseAll(names, func(n string) (string, []byte, error) {
		data, err := embedded.ReadFile(n)
		return embeddedPrefix + path.Base(n), data, err
	})
	return build(fds, errs)
}

// BenchmarkDefault measures a load of the embedded data from scratch. Besides
// wall time it reports process CPU time per load (cpu-ms/op), which stays
// meaningful on a busy machine.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	var err error
	cpu0 := cpuTime()
	for b.Loop() {
		_, err = loadEmbeddedFresh()
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	if err != nil {
		b.Logf("embedded data has errors (timed anyway): %v", err)
	}
}

func BenchmarkHolders(b *testing.B) {
	d := loadFixture(b)
	on := date("2016-05-01")
	b.ReportAllocs()
	for b.Loop() {
		_ = d.Holders("head_of_government", "CN", on)
	}
}

// cpuTime is the user+system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestDefaultPremiers checks the embedded people file for the issue's
// example: 总理 in a 2016 Chinese article is 李克强, in 2024 李强.
func TestDefaultPremiers(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Skip("embedded data does not load; see TestDefault")
	}
	if len(d.People()) == 0 {
		t.Skip("no embedded people yet")
	}
	for _, tt := range []struct{ date, name string }{{"2016-05-01", "李克强"}, {"2024-05-01", "李强"}} {
		var names []string
		for _, p := range d.Holders(d.Office("国务院总理").Category, "CN", date(tt.date)) {
			names = append(names, p.Name)
		}
		if !slices.Equal(names, []string{tt.name}) {
			t.Errorf("CN head of government on %s = %v, want %s", tt.date, names, tt.name)
		}
	}
}
