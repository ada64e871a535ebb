package extract

import (
	"fmt"
	"testing"
)

func TestJoinVisits(t *testing.T) {
	// visit builds a VISITED record of 习近平 to country; a date given as
	// "=2024-03-10" is the programme's day given to an undated item.
	visit := func(country, date string, span int) Relation {
		r := Relation{Type: Visited, Status: StatusFact, Date: date, Span: [2]int{span, span + 10},
			Participants: []Participant{{Name: "习近平", ID: "xi-jinping", Kind: "person"}, {Name: country, Kind: "country"}}}
		if date != "" && date[0] == '=' {
			r.Date = date[1:]
			r.reportDay = r.Date
		}
		return r
	}
	planned := visit("匈牙利", "2024-03-08", 0)
	planned.Status = StatusPlanned
	for _, tc := range []struct {
		name  string
		items [][]Relation
		want  string // the date of the last item's last relation
	}{
		{"undated item takes the day another item dates",
			[][]Relation{{visit("匈牙利", "2024-03-08", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-08"},
		{"the earliest of the days items date",
			[][]Relation{{visit("匈牙利", "2024-03-09", 0)}, {visit("匈牙利", "2024-03-07", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-07"},
		{"a day in the same item counts",
			[][]Relation{{visit("匈牙利", "2024-03-08", 0), visit("匈牙利", "=2024-03-10", 20)}}, "2024-03-08"},
		{"not 8 days or more before",
			[][]Relation{{visit("匈牙利", "2024-03-02", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-10"},
		{"not another country",
			[][]Relation{{visit("法国", "2024-03-08", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-10"},
		{"not a tour's first day",
			[][]Relation{{visit("法国", "2024-03-05", 0), visit("匈牙利", "2024-03-05", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-10"},
		{"not a planned visit",
			[][]Relation{{planned}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-10"},
		{"not a month",
			[][]Relation{{visit("匈牙利", "2024-03", 0)}, {visit("匈牙利", "=2024-03-10", 0)}}, "2024-03-10"},
		{"an item's own day stays",
			[][]Relation{{visit("匈牙利", "2024-03-08", 0)}, {visit("匈牙利", "2024-03-10", 0)}}, "2024-03-10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			JoinVisits(tc.items)
			last := tc.items[len(tc.items)-1]
			r := last[len(last)-1]
			if r.Date != tc.want {
				t.Errorf("date %q, want %q (items %s)", r.Date, tc.want, fmt.Sprint(tc.items))
			}
		})
	}
}
