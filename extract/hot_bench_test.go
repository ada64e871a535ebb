package extract

import (
	stdctx "context"
	"errors"
	"sync"
	"testing"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/read"
)

var (
	benchOnce sync.Once
	benchArts []*clean.Article
)

// benchArticles cleans the first ~8 MB of the shared corpus (every source
// contributes: read.Walk visits the folders in name order, so the sample
// is taken from each top-level folder in turn).
func benchArticles(b *testing.B) []*clean.Article { return benchArticlesT(b) }

func benchArticlesT(b testing.TB) []*clean.Article {
	dir := sharedCorpus(b)
	benchOnce.Do(func() {
		stop := errors.New("enough")
		for _, sub := range []string{"agora0-2511", "cpcnews", "seed", "xinwenlianbo"} {
			size := 0
			read.Walk(stdctx.Background(), []string{dir + "/" + sub}, read.Options{}, func(d read.Doc) error {
				a, err := clean.Clean(d)
				if err != nil {
					return nil
				}
				benchArts = append(benchArts, a)
				if size += len(d.Body); size > 2<<20 {
					return stop
				}
				return nil
			}, nil)
		}
	})
	if len(benchArts) == 0 {
		b.Skip("no articles")
	}
	return benchArts
}

// BenchmarkMatcher runs the dictionary matcher over every sentence; MB/s
// counts simplified sentence bytes.
func BenchmarkMatcher(b *testing.B) {
	arts := benchArticles(b)
	x := testExtractor(b)
	var size int64
	for _, a := range arts {
		for _, s := range a.Sentences {
			size += int64(len(s.Simplified))
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			for _, s := range a.Sentences {
				x.match.find(s.Simplified)
			}
		}
	}
}

// BenchmarkSegmentTriggered segments the sentences that hold a trigger or
// an office, as Extract does; MB/s counts those sentences' bytes.
func BenchmarkSegmentTriggered(b *testing.B) {
	arts := benchArticles(b)
	x := testExtractor(b)
	var sents []string
	var size int64
	for _, a := range arts {
		for _, s := range a.Sentences {
			for _, r := range x.match.find(s.Simplified) {
				if k := x.match.pats[r.Pattern()].kind; k == mTrigger || k == mOffice {
					sents = append(sents, s.Simplified)
					size += int64(len(s.Simplified))
					break
				}
			}
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			x.seg.Tokens(s)
		}
	}
}

// BenchmarkFindDates runs the date expressions over every sentence.
func BenchmarkFindDates(b *testing.B) {
	arts := benchArticles(b)
	var size int64
	for _, a := range arts {
		for _, s := range a.Sentences {
			size += int64(len(s.Simplified))
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			for _, s := range a.Sentences {
				findDates(s.Simplified, a.Doc.Published)
			}
		}
	}
}

// BenchmarkExtractArticle runs Extract over cleaned articles; MB/s counts
// the cleaned text.
func BenchmarkExtractArticle(b *testing.B) {
	arts := benchArticles(b)
	x := testExtractor(b)
	var size int64
	for _, a := range arts {
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}
