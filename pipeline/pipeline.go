// Package pipeline runs read → clean → extract over many articles: one
// reader, N extraction workers and one consumer, joined by bounded channels
// and stopped by context cancellation. Results reach the consumer in input
// order, so output is the same on every run whatever the number of workers.
// The items of a news programme (one transcript file) are one unit of work:
// extracted together, skipped together and in one shard. An article whose
// raw text holds no contact word (extract.Extractor.MayRelate) is skimmed:
// counted and handed on without relations, not cleaned.
// The consumer (a JSON Lines writer, the Neo4j writer) is given by the
// caller: this package knows nothing of Neo4j.
package pipeline

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/read"
)

// Config says what to read and how.
type Config struct {
	Paths   []string
	Read    read.Options
	Workers int // extraction workers; 0 means GOMAXPROCS
	// Shard i of n (0-based): only articles whose id hashes to i are
	// processed, so n machines can share an archive. n == 0 means all.
	ShardIndex, ShardCount int
	// Skip, when set, is asked before extraction whether an article is
	// already done (same id and hash in the graph).
	Skip func(d read.Doc) bool
	// Progress, when set, is called from the consumer goroutine after each
	// article.
	Progress func(s *Summary)
}

// Result is what one article yields.
type Result struct {
	Doc       read.Doc
	Relations []extract.Relation
	Stats     extract.Stats
	Bytes     int
	// Skimmed: the article's raw text holds no contact word
	// (extract.Extractor.MayRelate), so it was neither cleaned nor
	// extracted from; it has no relations.
	Skimmed bool
}

// Summary counts a run.
type Summary struct {
	Files    int `json:"files"` // input files (or archives) that yielded articles
	Articles int `json:"articles"`
	Skipped  int `json:"skipped"` // already in the graph, or outside the shard
	// Skimmed articles (counted in Articles) hold no contact word in their
	// raw text: they were not cleaned, so their sentences are not counted
	// and an empty one is not reported.
	Skimmed    int            `json:"skimmed"`
	Bytes      int64          `json:"bytes"`
	Sentences  int            `json:"sentences"` // of the articles cleaned
	Segmented  int            `json:"segmented"`
	Mentions   int            `json:"mentions"`
	Relations  int            `json:"relations"`
	ByType     map[string]int `json:"by_type"`
	ByStatus   map[string]int `json:"by_status"`
	Errors     []string       `json:"errors"` // each names the file and the reason
	ErrorCount int            `json:"error_count"`
	Elapsed    time.Duration  `json:"elapsed_ns"`
	// Current is the path of the last article accounted, for progress
	// displays (articles of one file arrive together, in input order).
	Current string `json:"-"`
}

// InShard reports whether an article id belongs to shard i of n.
func InShard(id string, i, n int) bool {
	if n <= 1 {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32()%uint32(n)) == i
}

// A job is one article, or the items of one news programme (a transcript
// file), which are extracted together so that extract.JoinItems can make
// them agree; seq is the first one's sequence number.
type job struct {
	seq  int
	docs []read.Doc
}

type done struct {
	seq  int
	res  *Result
	err  error // a cleaning error: reported, the batch goes on
	skip bool
}

// Run reads cfg.Paths and calls consume for every article's result, in input
// order, from a single goroutine. Unreadable inputs and articles that fail to
// clean are counted and listed in the summary; consume's error stops the run.
func Run(ctx context.Context, cfg Config, x *extract.Extractor, consume func(*Result) error) (*Summary, error) {
	start := time.Now()
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	sum := &Summary{ByType: map[string]int{}, ByStatus: map[string]int{}}
	var mu sync.Mutex // guards sum.Errors from the reader
	report := func(e *read.Error) {
		mu.Lock()
		sum.ErrorCount++
		if len(sum.Errors) < 1000 {
			sum.Errors = append(sum.Errors, e.Error())
		}
		mu.Unlock()
	}

	g, ctx := errgroup.WithContext(ctx)
	jobs := make(chan job, 4*workers)
	results := make(chan done, 4*workers)

	g.Go(func() error {
		defer close(jobs)
		seq := 0
		var cur job // the programme being gathered
		send := func() error {
			if len(cur.docs) == 0 {
				return nil
			}
			select {
			case jobs <- cur:
				seq += len(cur.docs)
				cur = job{seq: seq}
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		err := read.Walk(ctx, cfg.Paths, cfg.Read, func(d read.Doc) error {
			if len(cur.docs) > 0 && !(programme(d) && d.Path == cur.docs[0].Path) {
				if err := send(); err != nil {
					return err
				}
			}
			cur.docs = append(cur.docs, d)
			if programme(d) {
				return nil // the next item may belong with it
			}
			return send()
		}, report)
		if err == nil {
			err = send()
		}
		return err
	})

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		g.Go(func() error {
			defer wg.Done()
			for j := range jobs {
				for _, d := range work(x, cfg, j) {
					select {
					case results <- d:
					case <-ctx.Done():
						return ctx.Err()
					}
				}
			}
			return nil
		})
	}
	go func() { wg.Wait(); close(results) }()

	g.Go(func() error {
		pending := &doneHeap{}
		next := 0
		for d := range results {
			heap.Push(pending, d)
			for pending.Len() > 0 && (*pending)[0].seq == next {
				d := heap.Pop(pending).(done)
				next++
				if err := account(sum, d, report); err != nil {
					return err
				}
				if d.res != nil && !d.skip {
					if err := consume(d.res); err != nil {
						return err
					}
				}
				if cfg.Progress != nil {
					mu.Lock()
					cfg.Progress(sum)
					mu.Unlock()
				}
			}
		}
		return nil
	})
	err := g.Wait()
	sum.Elapsed = time.Since(start)
	if errors.Is(err, context.Canceled) {
		return sum, err
	}
	return sum, err
}

// programme reports an item of a news programme.
func programme(d read.Doc) bool { return d.Format == "transcript" }

// work processes a job. A programme's items go to one shard (that of its
// first item) and are skipped only when all of them may be: the items are
// extracted together, so an item's relations are the same whether the
// run is sharded, resumed or new.
func work(x *extract.Extractor, cfg Config, j job) []done {
	out := make([]done, len(j.docs))
	skip := !InShard(j.docs[0].ID, cfg.ShardIndex, cfg.ShardCount)
	if !skip && cfg.Skip != nil {
		skip = true
		for _, d := range j.docs {
			skip = skip && cfg.Skip(d)
		}
	}
	items := make([][]extract.Relation, len(j.docs)) // an item that failed stays empty
	stats := make([]extract.Stats, len(j.docs))
	for i, doc := range j.docs {
		d := done{seq: j.seq + i}
		if skip {
			d.skip = true
			d.res = &Result{Doc: doc}
		} else if d.res, d.err = process(x, doc); d.res != nil {
			items[i], stats[i] = d.res.Relations, d.res.Stats
		}
		out[i] = d
	}
	if !skip && len(items) > 1 {
		extract.JoinItems(items)
		extract.JoinSpouses(items, stats)
		for i := range out {
			if out[i].res != nil && out[i].err == nil {
				out[i].res.Relations = items[i]
			}
		}
	}
	return out
}

// process cleans and extracts one article, unless its raw text shows it
// cannot yield a relation. A panic in either stage is a bug,
// but it costs one article, not the run: it is reported with the article's
// path like any other failure.
func process(x *extract.Extractor, doc read.Doc) (res *Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, &read.Error{Path: doc.Path, Item: doc.Item, Err: fmt.Errorf("internal error (please report): %v", p)}
		}
	}()
	if !x.MayRelate(doc) {
		return &Result{Doc: doc, Bytes: len(doc.Body), Skimmed: true}, nil
	}
	a, err := clean.Clean(doc)
	if err != nil {
		var re *read.Error
		if errors.As(err, &re) {
			return nil, re
		}
		return nil, &read.Error{Path: doc.Path, Item: doc.Item, Err: err}
	}
	rels, st := x.Extract(a)
	return &Result{Doc: doc, Relations: rels, Stats: st, Bytes: len(doc.Body)}, nil
}

func account(sum *Summary, d done, report func(*read.Error)) error {
	if d.res != nil && d.res.Doc.Path != sum.Current {
		sum.Current = d.res.Doc.Path
		sum.Files++
	}
	switch {
	case d.err != nil:
		var re *read.Error
		if errors.As(d.err, &re) {
			report(re)
		}
	case d.skip:
		sum.Skipped++
	default:
		sum.Articles++
		if d.res.Skimmed {
			sum.Skimmed++
		}
		sum.Bytes += int64(d.res.Bytes)
		sum.Sentences += d.res.Stats.Sentences
		sum.Segmented += d.res.Stats.Segmented
		sum.Mentions += d.res.Stats.Mentions
		for _, r := range d.res.Relations {
			sum.Relations++
			sum.ByType[r.Type]++
			sum.ByStatus[r.Status]++
		}
	}
	return nil
}

// doneHeap orders results by sequence number.
type doneHeap []done

func (h doneHeap) Len() int           { return len(h) }
func (h doneHeap) Less(i, j int) bool { return h[i].seq < h[j].seq }
func (h doneHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *doneHeap) Push(x any)        { *h = append(*h, x.(done)) }
func (h *doneHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
