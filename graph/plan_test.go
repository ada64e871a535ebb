package graph

import (
	"slices"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

func TestGranularity(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2022-12-07", GranDay},
		{"2022-12", GranMonth},
		{"", ""},
		{"2022", ""},
		{"2022-1-07", ""},
		{"2022/12/07", ""},
		{"20a2-12-07", ""},
		{"2022-12-0x", ""},
		{"2022-12-07T00", ""},
	} {
		if got := granularity(tc.in); got != tc.want {
			t.Errorf("granularity(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEventGroupOrderIndependent(t *testing.T) {
	a := eventGroup("MET_WITH", "fact", []string{"p:b", "p:a"})
	b := eventGroup("MET_WITH", "fact", []string{"p:a", "p:b"})
	if a != b {
		t.Fatalf("participant order changes the group: %s vs %s", a, b)
	}
	for _, other := range []string{
		eventGroup("PHONE_CALL", "fact", []string{"p:a", "p:b"}),
		eventGroup("MET_WITH", "planned", []string{"p:a", "p:b"}),
		eventGroup("MET_WITH", "fact", []string{"p:a", "p:c"}),
		eventGroup("MET_WITH", "fact", []string{"p:a", "p:b", "p:c"}),
	} {
		if other == a {
			t.Errorf("distinct events share group %s", a)
		}
	}
	if got := eventID(a, "2022-12-07"); got != a+":2022-12-07" {
		t.Errorf("eventID = %q", got)
	}
	if got := eventID(a, ""); got != a {
		t.Errorf("eventID undated = %q", got)
	}
}

type fakeLookup struct{}

func (fakeLookup) Country(k string) (CountryInfo, bool) {
	switch k {
	case "RU", "俄罗斯":
		return CountryInfo{ID: "RU", ISO2: "RU", Name: "俄罗斯"}, true
	case "CN", "中国":
		return CountryInfo{ID: "CN", ISO2: "CN", Name: "中国"}, true
	}
	return CountryInfo{}, false
}

func (fakeLookup) Office(t string) (OfficeInfo, bool) {
	switch t {
	case "国务院总理", "总理":
		return OfficeInfo{Title: "国务院总理", Category: "head_of_government", Country: "CN"}, true
	case "外长":
		return OfficeInfo{Title: "外交部长", Category: "foreign_minister"}, true
	}
	return OfficeInfo{}, false
}

func pp(name, id, country, office string) extract.Participant {
	return extract.Participant{Name: name, ID: id, Kind: "person", Country: country, Office: office, Mention: name}
}

func TestNormalise(t *testing.T) {
	li := pp("李克强", "li-keqiang", "中国", "总理")
	mi := pp("米舒斯京", "mishustin", "俄罗斯", "")
	x := pp("张三", "", "", "")
	ru := extract.Participant{Name: "俄罗斯", ID: "RU", Kind: "country"}
	side := extract.Participant{Name: "中国", ID: "CN", Kind: "country"}
	rel := func(typ, status string, ps ...extract.Participant) extract.Relation {
		return extract.Relation{Type: typ, Status: status, Participants: ps, Date: "2022-12-07"}
	}
	for _, tc := range []struct {
		name     string
		rel      extract.Relation
		keep     bool
		drop     string
		persons  []string
		country  string
		sameAsMI bool // group equals that of MET_WITH li-keqiang/mishustin fact
	}{
		{"meeting", rel("MET_WITH", "fact", li, mi), false, "", []string{"li-keqiang", "mishustin"}, "", true},
		{"meeting reversed", rel("MET_WITH", "fact", mi, li), false, "", []string{"mishustin", "li-keqiang"}, "", true},
		{"side country ignored", rel("MET_WITH", "fact", li, side, mi), false, "", []string{"li-keqiang", "mishustin"}, "", true},
		{"duplicate participant", rel("MET_WITH", "fact", li, li, mi), false, "", []string{"li-keqiang", "mishustin"}, "", true},
		{"discovered", rel("PHONE_CALL", "fact", li, x), false, "", []string{"li-keqiang", "x:张三"}, "", false},
		{"one person", rel("MET_WITH", "fact", li), false, "participants", nil, "", false},
		{"empty participant", rel("MET_WITH", "fact", li, extract.Participant{}), false, "participants", nil, "", false},
		{"unknown type", rel("DINED_WITH", "fact", li, mi), false, "type", nil, "", false},
		{"planned dropped", rel("MET_WITH", "planned", li, mi), false, "status", nil, "", false},
		{"planned kept", rel("MET_WITH", "planned", li, mi), true, "", []string{"li-keqiang", "mishustin"}, "", false},
		{"bad status", rel("MET_WITH", "maybe", li, mi), true, "status", nil, "", false},
		{"visit", rel("VISITED", "fact", li, ru), false, "", []string{"li-keqiang"}, "RU", false},
		{"visit no kind", rel("VISITED", "fact", li, extract.Participant{Name: "俄罗斯"}), false, "", []string{"li-keqiang"}, "RU", false},
		{"visit without country", rel("VISITED", "fact", li), false, "participants", nil, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pl := newPlanner(fakeLookup{}, tc.keep)
			row, why := pl.normalise(&tc.rel)
			if why != tc.drop {
				t.Fatalf("drop = %q, want %q", why, tc.drop)
			}
			if why != "" {
				return
			}
			if !slices.Equal(row.persons, tc.persons) || row.country != tc.country {
				t.Errorf("persons %v country %q, want %v %q", row.persons, row.country, tc.persons, tc.country)
			}
			want := eventGroup("MET_WITH", "fact", []string{"p:li-keqiang", "p:mishustin"})
			if (row.group == want) != tc.sameAsMI {
				t.Errorf("group %s, same as the li/mishustin meeting: %v, want %v", row.group, row.group == want, tc.sameAsMI)
			}
		})
	}
}

func TestPlannerEntities(t *testing.T) {
	pl := newPlanner(fakeLookup{}, false)
	r := extract.Relation{Type: "MET_WITH", Status: "fact", Participants: []extract.Participant{
		pp("李克强", "li-keqiang", "中国", "总理"), pp("拉夫罗夫", "lavrov", "俄罗斯", "外长"), pp("某人", "", "瓦坎达", "特使")}}
	if _, why := pl.normalise(&r); why != "" {
		t.Fatal(why)
	}
	if got := sortedKeys(pl.countries); !slices.Equal(got, []string{"CN", "RU", "x:瓦坎达"}) {
		t.Errorf("countries %v", got)
	}
	if got := sortedKeys(pl.offices); !slices.Equal(got, []string{"国务院总理|CN", "外交部长|RU", "特使|x:瓦坎达"}) {
		t.Errorf("offices %v", got)
	}
	if p := pl.persons["x:某人"]; p == nil || !p.discovered || p.country != "x:瓦坎达" || p.office != "特使" {
		t.Errorf("discovered person %+v", p)
	}
	if !pl.holds[[2]string{"lavrov", "外交部长|RU"}] || !pl.repr[[2]string{"lavrov", "RU"}] {
		t.Errorf("holds %v repr %v", pl.holds, pl.repr)
	}
	// Without a dictionary, names stay names.
	pl = newPlanner(nil, false)
	pl.normalise(&r)
	if got := sortedKeys(pl.countries); !slices.Equal(got, []string{"x:中国", "x:俄罗斯", "x:瓦坎达"}) {
		t.Errorf("countries without lookup %v", got)
	}
}

func TestResolver(t *testing.T) {
	const g = "eG"
	type step struct {
		date    string
		wantRef string // ref id the row attaches to
		wantNew bool
	}
	for _, tc := range []struct {
		name     string
		existing []existingEvent
		steps    []step
	}{
		{"month then day refines", nil, []step{
			{"2022-12", "eG:2022-12", true},
			{"2022-12-07", "eG:2022-12", false},
			{"2022-12-07", "eG:2022-12", false},
			{"2022-12", "eG:2022-12", false},
		}},
		{"day then month attaches", nil, []step{
			{"2022-12-07", "eG:2022-12-07", true},
			{"2022-12", "eG:2022-12-07", false},
		}},
		{"two days of a month stay apart", nil, []step{
			{"2022-12", "eG:2022-12", true},
			{"2022-12-07", "eG:2022-12", false},
			{"2022-12-20", "eG:2022-12-20", true},
			{"2022-12", "eG:2022-12", false}, // earliest day of the month
		}},
		{"other month", nil, []step{
			{"2022-12-07", "eG:2022-12-07", true},
			{"2022-11", "eG:2022-11", true},
			{"2023-12-07", "eG:2023-12-07", true},
		}},
		{"undated only matches undated", nil, []step{
			{"", "eG", true},
			{"2022-12", "eG:2022-12", true},
			{"", "eG", false},
		}},
		{"existing month in graph", []existingEvent{{g, "eG:2022-12", "2022-12"}}, []step{
			{"2022-12-07", "eG:2022-12", false},
			{"2022-12-07", "eG:2022-12", false},
		}},
		{"existing days in graph", []existingEvent{{g, "eG:2022-12-20", "2022-12-20"}, {g, "eG:2022-12-03", "2022-12-03"}}, []step{
			{"2022-12", "eG:2022-12-03", false},
			{"2022-12-20", "eG:2022-12-20", false},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newResolver(tc.existing)
			for i, s := range tc.steps {
				row := &relRow{group: g, date: s.date, gran: granularity(s.date)}
				e := r.attach(row)
				if e.ref != s.wantRef || (e.created && e.row == row) != s.wantNew {
					t.Errorf("step %d (%s): ref %s new %v, want %s %v", i, s.date, e.ref, e.created && e.row == row, s.wantRef, s.wantNew)
				}
			}
		})
	}
}

func TestAddReport(t *testing.T) {
	reports := map[[2]string]*report{}
	var order [][2]string
	ev := &evState{ref: "e1"}
	lo := &extract.Relation{Confidence: 0.5, Span: [2]int{10, 20}}
	hi := &extract.Relation{Confidence: 0.9, Span: [2]int{30, 40}}
	addReport(reports, &order, ev, "a1", &relRow{rel: lo, date: "2022-12-07", gran: GranDay})
	addReport(reports, &order, ev, "a1", &relRow{rel: hi, date: "2022-12", gran: GranMonth})
	addReport(reports, &order, ev, "a2", &relRow{rel: lo, date: "2022-12", gran: GranMonth})
	if len(order) != 2 {
		t.Fatalf("%d reports, want one per article", len(order))
	}
	rp := reports[[2]string{"e1", "a1"}]
	if rp.rel != hi || rp.date != "2022-12-07" || rp.gran != GranDay {
		t.Errorf("report keeps %+v date %s: want the best witness and the most precise date", rp.rel, rp.date)
	}
}

func TestEventPairs(t *testing.T) {
	got := eventPairs("MET_WITH", []string{"z", "a", "m"}, "")
	want := []pairKey{{"MET_WITH", "a", "z"}, {"MET_WITH", "m", "z"}, {"MET_WITH", "a", "m"}}
	if !slices.Equal(got, want) {
		t.Errorf("pairs %v, want %v", got, want)
	}
	if got := eventPairs("VISITED", []string{"p"}, "RU"); !slices.Equal(got, []pairKey{{"VISITED", "p", "RU"}}) {
		t.Errorf("visit pairs %v", got)
	}
}

func TestArticleHash(t *testing.T) {
	a := Article{Doc: extract.DocRef{ID: "x"}, Relations: []extract.Relation{{Type: "MET_WITH"}}}
	h1 := articleHash(a)
	a.Relations[0].Date = "2022-12"
	if h2 := articleHash(a); h1 == h2 {
		t.Error("changed relations keep the computed hash")
	}
	a.Doc.Hash = "given"
	if articleHash(a) != "given" {
		t.Error("Doc.Hash is not used")
	}
}

// FuzzResolver checks the resolver's invariants on arbitrary date sequences:
// no panic; a row always lands on an event of a compatible date; a group never
// holds a month-only event and a day event of the same month at once.
func FuzzResolver(f *testing.F) {
	f.Add("2022-12", "2022-12-07", "2022-12", "")
	f.Add("2022-12-07", "2022-12", "2022-12-20", "2022-1")
	f.Fuzz(func(t *testing.T, d1, d2, d3, d4 string) {
		r := newResolver(nil)
		for _, d := range []string{d1, d2, d3, d4} {
			row := &relRow{group: "g", date: d, gran: granularity(d)}
			e := r.attach(row)
			switch row.gran {
			case GranDay:
				if e.date != d {
					t.Fatalf("day %q attached to %q", d, e.date)
				}
			case GranMonth:
				if e.date[:7] != d {
					t.Fatalf("month %q attached to %q", d, e.date)
				}
			default:
				if e.date != d {
					t.Fatalf("date %q attached to %q", d, e.date)
				}
			}
			months, days := map[string]bool{}, map[string]bool{}
			for _, e := range r.groups["g"] {
				switch granularity(e.date) {
				case GranMonth:
					months[e.date] = true
				case GranDay:
					days[e.date[:7]] = true
				}
			}
			for m := range months {
				if days[m] {
					t.Fatalf("month %s has both a month-only and a day event after %q", m, d)
				}
			}
		}
	})
}
