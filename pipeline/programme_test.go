package pipeline

import (
	"context"
	"testing"

	"github.com/dipgraph/dipgraph/read"
)

// programmeFixture is a news programme written for this test: item 1 dates
// 习近平's arrival in Hungary (3月8日), item 2 a tour of France and Hungary
// (3月5日至12日), item 3 tells the visit to Hungary undated (…之际), item 4
// the visit to France undated, item 5 a welcome ceremony (9日上午) and
// item 6 the talks held after it (欢迎仪式后，…举行会谈), undated.
const programmeFixture = "../testdata/pipeline/20240310.md"

// visits runs the pipeline over the fixture and returns the date of each
// item's relations of 习近平, by item and the other party (a country
// visited or a person met), and the items processed.
func visits(t *testing.T, cfg Config) (map[string]map[string]string, int) {
	t.Helper()
	cfg.Paths = []string{programmeFixture}
	got := map[string]map[string]string{}
	n := 0
	_, err := Run(context.Background(), cfg, testExtractor(t), func(r *Result) error {
		n++
		for _, rel := range r.Relations {
			if rel.Participants[0].Name != "习近平" {
				continue
			}
			if got[r.Doc.Item] == nil {
				got[r.Doc.Item] = map[string]string{}
			}
			got[r.Doc.Item][rel.Participants[1].Name] = rel.Date
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got, n
}

// TestProgrammeVisits checks that the items of one programme agree on the
// days of what they share: the undated item takes the day another item
// dates the visit by (not the programme's day, not the tour's first day),
// and the talks after the ceremony the day of the ceremony, whether the run
// is whole, resumed after some items were written, or sharded.
func TestProgrammeVisits(t *testing.T) {
	want := map[string]map[string]string{
		"1": {"匈牙利": "2024-03-08"},
		"2": {"法国": "2024-03-05", "匈牙利": "2024-03-05"}, // the tour keeps its first day…
		"3": {"匈牙利": "2024-03-08"},                     // …and gives it to no other item
		"4": {"法国": "2024-03-10"},
		"5": {"匈牙利": "2024-03-09"},
		"6": {"舒尤克": "2024-03-09"}, // the ceremony's day, not the programme's
	}
	check := func(t *testing.T, got map[string]map[string]string) {
		t.Helper()
		for item, byCountry := range want {
			for c, d := range byCountry {
				if got[item][c] != d {
					t.Errorf("item %s: 习近平 visits %s on %q, want %q (all: %v)", item, c, got[item][c], d, got)
				}
			}
		}
	}
	t.Run("whole", func(t *testing.T) {
		got, n := visits(t, Config{})
		if n != 6 {
			t.Fatalf("%d items, want 6", n)
		}
		check(t, got)
	})
	t.Run("resumed", func(t *testing.T) {
		// Item 1 is in the graph already: the programme is extracted
		// again as a whole (the writer skips the unchanged item).
		got, _ := visits(t, Config{Skip: func(d read.Doc) bool { return d.Item == "1" }})
		check(t, got)
		_, n := visits(t, Config{Skip: func(read.Doc) bool { return true }})
		if n != 0 {
			t.Errorf("%d items consumed when all were done, want 0", n)
		}
	})
	t.Run("sharded", func(t *testing.T) {
		shards := 0
		for i := 0; i < 3; i++ {
			got, n := visits(t, Config{ShardIndex: i, ShardCount: 3})
			switch n {
			case 0:
			case 6:
				shards++
				check(t, got)
			default:
				t.Errorf("shard %d/3 holds %d of the programme's 6 items", i, n)
			}
		}
		if shards != 1 {
			t.Errorf("the programme is in %d shards of 3, want 1", shards)
		}
	})
}
