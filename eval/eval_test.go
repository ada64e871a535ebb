package eval

import (
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

// TestCompareMatching: a gold relation takes a found one of the same
// parties and date before any other of the same parties, so two contacts
// of one pair on different dates are matched to their own dates whatever
// their order; what is left over is a false hit, a second report of a
// matched event is not.
func TestCompareMatching(t *testing.T) {
	date := func(s string) *string { return &s }
	met := func(a, b, d string) extract.Relation {
		return extract.Relation{Type: extract.MetWith, Status: extract.StatusFact, Date: d,
			Participants: []extract.Participant{{Name: a, Kind: "person"}, {Name: b, Kind: "person"}}}
	}
	doc := func(rs ...Relation) []Doc {
		return []Doc{{File: "a.html", People: []Person{{Name: "莫迪"}, {Name: "卡尼"}}, Relations: rs}}
	}
	g := func(d *string) Relation { return Relation{Type: extract.MetWith, A: "莫迪", B: "卡尼", Date: d} }
	tests := []struct {
		name            string
		gold            []Doc
		got             []extract.Relation
		tp, fp, fn, dok int
	}{
		{"two dates, found in the other order", doc(g(date("2025-11")), g(date("2025-06"))),
			[]extract.Relation{met("莫迪", "卡尼", "2025-06"), met("卡尼", "莫迪", "2025-11")}, 2, 0, 0, 2},
		{"one right date, one wrong", doc(g(date("2025-11")), g(date("2025-06"))),
			[]extract.Relation{met("莫迪", "卡尼", "2025-06"), met("莫迪", "卡尼", "2025-11-24")}, 2, 0, 0, 1},
		{"a repeated report is no false hit", doc(g(date("2025-11-24"))),
			[]extract.Relation{met("莫迪", "卡尼", "2025-11-24"), met("莫迪", "卡尼", "")}, 1, 0, 0, 1},
		{"another event is", doc(g(date("2025-11-24"))),
			[]extract.Relation{met("莫迪", "卡尼", "2025-11-24"), met("莫迪", "卡尼", "2025-06")}, 1, 1, 0, 1},
		{"a miss", doc(g(nil), g(date("2025-06"))),
			[]extract.Relation{met("莫迪", "卡尼", "2025-06")}, 1, 0, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := Compare(tt.gold, map[string][]extract.Relation{"a.html": tt.got}, nil)
			s := rep.ByType[extract.MetWith]
			if s.TP != tt.tp || s.FP != tt.fp || s.FN != tt.fn || rep.DateCorrect != tt.dok {
				t.Errorf("TP/FP/FN %d/%d/%d, dates right %d; want %d/%d/%d, %d", s.TP, s.FP, s.FN, rep.DateCorrect, tt.tp, tt.fp, tt.fn, tt.dok)
			}
		})
	}
}

// TestCompareItems: a gold document that names an item of a file (a CSV
// row) is scored on that item's predictions only; one that names none, on
// the whole file's.
func TestCompareItems(t *testing.T) {
	met := func(item, a, b string) extract.Relation {
		return extract.Relation{Type: extract.MetWith, Status: extract.StatusFact,
			Participants: []extract.Participant{{Name: a, Kind: "person"}, {Name: b, Kind: "person"}},
			Doc:          extract.DocRef{Path: "d.csv", Item: item}}
	}
	got := map[string][]extract.Relation{"d.csv": {met("row 1", "王毅", "布林肯"), met("row 2", "王毅", "拉夫罗夫")}}
	gold := func(item string, a, b string) Doc {
		return Doc{File: "d.csv", Item: item, Relations: []Relation{{Type: extract.MetWith, A: a, B: b}}}
	}
	tests := []struct {
		name       string
		gold       Doc
		tp, fp, fn int
	}{
		{"the row's own relation", gold("row 2", "王毅", "拉夫罗夫"), 1, 0, 0},
		{"another row's is neither found nor false", gold("row 2", "王毅", "布林肯"), 0, 1, 1},
		{"a row with no prediction", gold("row 3", "王毅", "布林肯"), 0, 0, 1},
		{"no item: the whole file", gold("", "王毅", "布林肯"), 1, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Compare([]Doc{tt.gold}, got, nil).ByType[extract.MetWith]
			if s.TP != tt.tp || s.FP != tt.fp || s.FN != tt.fn {
				t.Errorf("TP/FP/FN %d/%d/%d, want %d/%d/%d", s.TP, s.FP, s.FN, tt.tp, tt.fp, tt.fn)
			}
		})
	}
}
