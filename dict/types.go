package dict

import "time"

// Kinds of surface strings the matcher reports.
const (
	KindPerson  = "person"
	KindCountry = "country"
	KindOffice  = "office"
)

// Country is a country, territory or international organisation.
type Country struct {
	ID      string   `yaml:"id"`   // ISO 3166-1 alpha-2 where one exists ("CN"), else a short code ("UN", "EU")
	ISO2    string   `yaml:"iso2"` // empty for organisations
	ISO3    string   `yaml:"iso3"`
	Name    string   `yaml:"name"`    // short simplified name: 俄罗斯
	Full    string   `yaml:"full"`    // full simplified name: 俄罗斯联邦
	Aliases []string `yaml:"aliases"` // other names, traditional forms
	Abbrev  []string `yaml:"abbrev"`  // one-character abbreviations used in news and combined forms: 俄
	Kind    string   `yaml:"kind"`    // "country", "territory", "organization"
	// Cities are cities and sites in the country that stand for it when
	// visited (北京, 白宫): capitals and frequent venues of diplomacy.
	Cities []string `yaml:"cities,omitempty"`
	// Combine says which generated two-country forms Abbrev takes part in:
	// "hub" pairs it with every other combinable abbreviation (中 → 中俄, 中泰 …),
	// "" pairs it with hub abbreviations only (泰 → 中泰, 美泰 but not 泰马), and
	// "none" keeps it out (以: 以美, 以法 are mostly parts of other words).
	// Side forms (以方) and explicit forms (美以) are unaffected.
	Combine string `yaml:"combine,omitempty"`
	Source  string `yaml:"source"`
	Retired bool   `yaml:"retired,omitempty"`
	Line    int    `yaml:"-"` // line in its file, for error messages
	File    string `yaml:"-"`
}

// Office is an office title.
type Office struct {
	Title    string   `yaml:"title"`    // canonical simplified title: 外交部长
	Category string   `yaml:"category"` // head_of_state, head_of_government, foreign_minister, …
	Variants []string `yaml:"variants"` // 外长, 外交部部长, 外相, traditional forms
	Country  string   `yaml:"country"`  // Country.ID when the title is specific to one country (国务院总理 → CN)
	Source   string   `yaml:"source"`
	Retired  bool     `yaml:"retired,omitempty"`
	Line     int      `yaml:"-"`
	File     string   `yaml:"-"`
}

// Term is one period in an office.
type Term struct {
	Office  string `yaml:"office"`  // Office.Title
	Country string `yaml:"country"` // Country.ID; defaults to the person's country
	From    string `yaml:"from"`    // YYYY-MM-DD, YYYY-MM or YYYY
	To      string `yaml:"to"`      // empty while in office
	Source  string `yaml:"source,omitempty"`
	Line    int    `yaml:"-"` // line in its file, for error messages
}

// Person is a named person.
type Person struct {
	ID      string   `yaml:"id"`      // stable slug: li-keqiang
	Name    string   `yaml:"name"`    // canonical simplified Chinese name
	Aliases []string `yaml:"aliases"` // variants: transliterations, traditional forms
	Latin   string   `yaml:"latin"`   // Latin-script name
	Country string   `yaml:"country"` // Country.ID the person represents
	Terms   []Term   `yaml:"terms"`
	Source  string   `yaml:"source"`
	Retired bool     `yaml:"retired,omitempty"`
	Line    int      `yaml:"-"`
	File    string   `yaml:"-"`
}

// Surface is one string the matcher looks for, with what it refers to.
type Surface struct {
	Text string
	Kind string // KindPerson, KindCountry, KindOffice
	// Refs are what the string may mean: person IDs, country IDs (several for
	// combined forms such as 中俄), or office titles. More than one person ID
	// means the string is ambiguous.
	Refs []string
	// Side is true for side forms (中方, 俄方).
	Side bool
	// Combined is true when the string names all of Refs together (中俄 →
	// CN and RU); otherwise several Refs are alternatives (巴方 → PK, BR or PS).
	Combined bool
	// POS is the part-of-speech tag given to gse: "nr" person, "ns" place/country, "nnt" office.
	POS string
}

// Holding is the office a person holds on a date.
type Holding struct {
	Person   *Person
	Office   *Office
	Country  string
	From, To time.Time
}

// Form is a string that names one or more countries together: a combined
// form (中日韩 → CN, JP, KR) or a single-country form such as a side form.
// Two-country forms (中俄) and side forms (俄方) are generated from
// Country.Abbrev; a retired Form suppresses a generated one with its text.
type Form struct {
	Text      string   `yaml:"text"`
	Countries []string `yaml:"countries,flow"` // Country.IDs in the order the text names them
	Source    string   `yaml:"source,omitempty"`
	Retired   bool     `yaml:"retired,omitempty"`
	Line      int      `yaml:"-"`
	File      string   `yaml:"-"`
}
