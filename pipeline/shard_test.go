package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/dipgraph/dipgraph/dict"
	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/internal/corpustest"
	"github.com/dipgraph/dipgraph/read"
)

// corpusDir is the shared corpus, read in place; the test skips without it.
func corpusDir(tb testing.TB) string { return corpustest.Dir(tb) }

// TestShardsPartitionCorpus checks that shards 0..3 of 4 split the ids of
// every article of the corpus into four disjoint parts that cover them all,
// none of them empty or lopsided.
func TestShardsPartitionCorpus(t *testing.T) {
	corpus := corpusDir(t)
	var ids []string
	err := read.Walk(context.Background(), []string{corpus}, read.Options{}, func(d read.Doc) error {
		ids = append(ids, d.ID)
		return nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	const n = 4
	for _, tc := range []struct{ n int }{{1}, {2}, {n}, {7}} {
		t.Run(fmt.Sprint(tc.n), func(t *testing.T) {
			counts := make([]int, tc.n)
			for _, id := range ids {
				in := 0
				for i := 0; i < tc.n; i++ {
					if InShard(id, i, tc.n) {
						in++
						counts[i]++
					}
				}
				if in != 1 {
					t.Fatalf("article %s is in %d shards of %d", id, in, tc.n)
				}
			}
			for i, c := range counts {
				if want := len(ids) / tc.n; c < want*8/10 || c > want*12/10 {
					t.Errorf("shard %d/%d holds %d of %d articles", i, tc.n, c, len(ids))
				}
			}
		})
	}
}

var (
	xOnce sync.Once
	xVal  *extract.Extractor
	xErr  error
)

func testExtractor(t testing.TB) *extract.Extractor {
	xOnce.Do(func() {
		d, err := dict.Default()
		if err != nil {
			xErr = err
			return
		}
		xVal, xErr = extract.New(d)
	})
	if xErr != nil {
		t.Fatal(xErr)
	}
	return xVal
}

// TestRunShards runs the pipeline over one corpus folder with --shard i/4
// for each i: the articles processed must be exactly the unsharded run's,
// each once, and the skipped counts must add up.
func TestRunShards(t *testing.T) {
	dir := filepath.Join(corpusDir(t), "cpcnews")
	x := testExtractor(t)
	run := func(i, n int) (map[string]int, *Summary) {
		got := map[string]int{}
		sum, err := Run(context.Background(), Config{Paths: []string{dir}, ShardIndex: i, ShardCount: n}, x, func(r *Result) error {
			got[r.Doc.ID]++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got, sum
	}
	all, allSum := run(0, 0)
	if len(all) == 0 {
		t.Fatal("no articles")
	}
	seen := map[string]int{}
	skipped := 0
	for i := 0; i < 4; i++ {
		part, sum := run(i, 4)
		skipped += sum.Skipped
		for id, c := range part {
			seen[id] += c
		}
	}
	for id := range all {
		if seen[id] != 1 {
			t.Errorf("article %s processed %d times over the 4 shards", id, seen[id])
		}
	}
	if len(seen) != len(all) {
		t.Errorf("shards processed %d articles, the full run %d", len(seen), len(all))
	}
	if skipped != 3*allSum.Articles {
		t.Errorf("shards skipped %d articles in all, want %d", skipped, 3*allSum.Articles)
	}
}
