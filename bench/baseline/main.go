// Command baseline is the plain pipeline dipgraph's extraction is measured
// against: it reads and cleans every article with packages read and clean
// and segments every cleaned sentence with gse in HMM mode over gse's full
// embedded dictionary, discarding the output. It uses the same number of
// workers as dipgraph (one per CPU) and prints one JSON object:
//
//	go run ./bench/baseline [-workers N] PATH...
//
// bench/run.sh runs it beside `dipgraph extract` over the same input.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-ego/gse"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/read"
)

type result struct {
	Workers        int     `json:"workers"`
	DictLoadSecs   float64 `json:"dict_load_s"`
	Articles       int64   `json:"articles"`
	Sentences      int64   `json:"sentences"`
	Tokens         int64   `json:"tokens"`
	Bytes          int64   `json:"bytes"`
	ElapsedSecs    float64 `json:"elapsed_s"` // reading, cleaning and segmenting; the dictionary load excluded
	InputMBPerSec  float64 `json:"input_mb_per_s"`
	ArticlesPerSec float64 `json:"articles_per_s"`
	Errors         int64   `json:"errors"`
}

func main() {
	workers := flag.Int("workers", 0, "segmenting workers (0: one per CPU)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: baseline [-workers N] PATH...")
		os.Exit(2)
	}
	if *workers <= 0 {
		*workers = runtime.GOMAXPROCS(0)
	}
	res, err := run(flag.Args(), *workers)
	if err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(1)
	}
	json.NewEncoder(os.Stdout).Encode(res)
}

func run(paths []string, workers int) (*result, error) {
	res := &result{Workers: workers}
	t0 := time.Now()
	seg, err := gse.NewEmbed("zh")
	if err != nil {
		return nil, fmt.Errorf("loading gse's embedded dictionary: %w", err)
	}
	seg.SkipLog = true
	res.DictLoadSecs = time.Since(t0).Seconds()

	start := time.Now()
	docs := make(chan read.Doc, 4*workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docs {
				a, err := clean.Clean(d)
				if err != nil {
					atomic.AddInt64(&res.Errors, 1)
					continue
				}
				atomic.AddInt64(&res.Articles, 1)
				atomic.AddInt64(&res.Bytes, int64(len(d.Body)))
				for _, s := range a.Sentences {
					toks := seg.Cut(s.Simplified, true)
					atomic.AddInt64(&res.Sentences, 1)
					atomic.AddInt64(&res.Tokens, int64(len(toks)))
				}
			}
		}()
	}
	err = read.Walk(context.Background(), paths, read.Options{}, func(d read.Doc) error {
		docs <- d
		return nil
	}, func(*read.Error) { atomic.AddInt64(&res.Errors, 1) })
	close(docs)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	secs := time.Since(start).Seconds()
	res.ElapsedSecs = secs
	res.InputMBPerSec = float64(res.Bytes) / 1e6 / secs
	res.ArticlesPerSec = float64(res.Articles) / secs
	return res, nil
}
