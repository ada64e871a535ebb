package graph

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkWriteBatch writes a synthetic archive (2,000 persons, 30,000
// relations, ~3 per article) into an empty database at several batch sizes
// and reports relations written per second. "baseline" writes one relation
// per transaction (one-relation articles, batch size 1) on the first 3,000
// relations only, to keep its run time sane.
//
//	go test -run '^$' -bench BenchmarkWriteBatch -benchtime 1x ./graph/
func BenchmarkWriteBatch(b *testing.B) {
	if testing.Short() {
		b.Skip("integration benchmark")
	}
	full := synth(1, 2000, 30000, 3)
	base := synth(1, 2000, 3000, 1)
	run := func(b *testing.B, batch int, arts []Article) {
		s := testStore(b, batch, synthLookup{})
		nrel := 0
		for _, a := range arts {
			nrel += len(a.Relations)
		}
		var total time.Duration
		var st Stats
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			wipe(b, s)
			b.StartTimer()
			t0 := time.Now()
			st = writeAll(b, s, arts)
			total += time.Since(t0)
		}
		b.ReportMetric(float64(nrel*b.N)/total.Seconds(), "rels/s")
		b.ReportMetric(float64(st.RelationshipsCreated*b.N)/total.Seconds(), "edges/s")
		b.ReportMetric(float64(st.Batches), "tx")
		b.ReportMetric(0, "ns/op")
	}
	b.Run("baseline", func(b *testing.B) { run(b, 1, base) })
	for _, n := range []int{100, 1000, 5000, 20000} {
		b.Run(fmt.Sprint("batch", n), func(b *testing.B) { run(b, n, full) })
	}
}
