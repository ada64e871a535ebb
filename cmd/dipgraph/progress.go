package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/dipgraph/dipgraph/pipeline"
	"github.com/dipgraph/dipgraph/read"
)

// Progress display modes (--progress).
const (
	progressAuto = "auto" // a bar on a terminal, log lines otherwise
	progressBar  = "bar"
	progressLog  = "log"
	progressNone = "none"
)

// progress shows how a run advances: a bar on a terminal (files, articles/s,
// MB/s, relations, ETA from the input's size), or a plain line every
// interval when stderr is a file or a pipe. update is called from the
// pipeline's consumer goroutine after each article and is cheap; the bar is
// drawn by mpb's own goroutine.
type progress struct {
	mode     string
	w        io.Writer
	interval time.Duration

	total     int64            // bytes of input files, from a pre-walk; 0 when unknown
	sizes     map[string]int64 // file size by path as read.Doc.Path spells it
	fileCount int

	mu       sync.Mutex // guards the snapshot, read by mpb's decorators
	snap     pipeline.Summary
	done     int64 // bytes of the files finished
	start    time.Time
	lastPath string
	lastDraw time.Time
	lastLog  time.Time

	p   *mpb.Progress
	bar *mpb.Bar
}

// newProgress sets up the display for a run over paths. mode is one of
// auto, bar, log, none.
func newProgress(mode string, stderr io.Writer, paths []string, opt read.Options) (*progress, error) {
	switch mode {
	case progressAuto:
		mode = progressLog
		if isTerminal(stderr) {
			mode = progressBar
		}
	case progressBar, progressLog, progressNone:
	default:
		return nil, withCode(exitUsage, fmt.Errorf("--progress %q: want auto, bar, log or none", mode))
	}
	pr := &progress{mode: mode, w: stderr, interval: 10 * time.Second, start: time.Now()}
	if mode == progressNone {
		return pr, nil
	}
	pr.sizes, pr.total = inputSizes(paths, opt)
	pr.fileCount = len(pr.sizes)
	if mode == progressBar {
		pr.p = mpb.New(mpb.WithOutput(stderr), mpb.WithRefreshRate(200*time.Millisecond), mpb.WithAutoRefresh())
		total := pr.total
		if total <= 0 {
			total = 1
		}
		pr.bar = pr.p.AddBar(total, mpb.BarWidth(20),
			mpb.PrependDecorators(decor.Any(pr.counts, decor.WC{W: 0, C: decor.DindentRight})),
			mpb.AppendDecorators(decor.Percentage(decor.WC{W: 5}), decor.Any(pr.rates, decor.WC{W: 0}),
				decor.OnComplete(decor.Name(" ETA "), ""), decor.OnComplete(decor.AverageETA(decor.ET_STYLE_GO), " done")),
		)
	}
	return pr, nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// inputSizes walks the inputs once (names and sizes only, no reading) and
// returns the size of every file the reader would open, by the path read
// gives its articles, and the total. Include and exclude globs apply as in
// package read; hidden files and folders are skipped.
func inputSizes(paths []string, opt read.Options) (map[string]int64, int64) {
	sizes := map[string]int64{}
	var total int64
	match := func(globs []string, rel string) bool {
		for _, g := range globs {
			if ok, _ := path.Match(g, path.Base(rel)); ok {
				return true
			}
			if ok, _ := path.Match(g, rel); ok {
				return true
			}
		}
		return false
	}
	for _, root := range paths {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			rel = filepath.ToSlash(rel)
			if match(opt.Exclude, rel) || (len(opt.Include) > 0 && !match(opt.Include, rel)) {
				return nil
			}
			if info, err := d.Info(); err == nil {
				sizes[p] = info.Size()
				total += info.Size()
			}
			return nil
		})
	}
	return sizes, total
}

// update takes the pipeline's running summary (consumer goroutine).
func (pr *progress) update(s *pipeline.Summary) {
	if pr.mode == progressNone {
		return
	}
	now := time.Now()
	if s.Current != pr.lastPath {
		pr.mu.Lock()
		pr.done += pr.sizes[pr.lastPath]
		pr.mu.Unlock()
		pr.lastPath = s.Current
	}
	switch pr.mode {
	case progressBar:
		if now.Sub(pr.lastDraw) < 100*time.Millisecond {
			return
		}
		pr.lastDraw = now
		pr.mu.Lock()
		pr.snap = *s
		done := pr.done
		pr.mu.Unlock()
		pr.bar.SetCurrent(min(done, max(pr.total-1, 0)))
	case progressLog:
		if now.Sub(pr.lastLog) < pr.interval {
			return
		}
		pr.lastLog = now
		pr.snap = *s
		fmt.Fprintln(pr.w, pr.line(now))
	}
}

// finish ends the display: complete after a full run, stopped where it was
// after an interruption or an error.
func (pr *progress) finish(s *pipeline.Summary, err error) {
	if pr.mode == progressNone {
		return
	}
	pr.mu.Lock()
	pr.done += pr.sizes[pr.lastPath]
	pr.lastPath = ""
	pr.mu.Unlock()
	switch pr.mode {
	case progressBar:
		pr.mu.Lock()
		if s != nil {
			pr.snap = *s
		}
		pr.mu.Unlock()
		if err != nil {
			pr.bar.Abort(false)
		} else {
			pr.bar.SetTotal(-1, true)
		}
		pr.p.Wait()
	case progressLog:
		if s != nil {
			pr.snap = *s
		}
		fmt.Fprintln(pr.w, pr.line(time.Now()))
	}
}

// counts is the bar's left side: files, articles, relations.
func (pr *progress) counts(decor.Statistics) string {
	pr.mu.Lock()
	defer pr.mu.Unlock()
	return fmt.Sprintf("%d/%d files %d art %d rel", pr.snap.Files, pr.fileCount, pr.snap.Articles, pr.snap.Relations)
}

// rates is the bar's right side: articles/s and MB/s of input files.
func (pr *progress) rates(decor.Statistics) string {
	pr.mu.Lock()
	defer pr.mu.Unlock()
	secs := max(time.Since(pr.start).Seconds(), 1e-3)
	return fmt.Sprintf(" %.0f art/s %.1f MB/s", float64(pr.snap.Articles)/secs, float64(pr.done)/1e6/secs)
}

// line is one log line.
func (pr *progress) line(now time.Time) string {
	secs := max(now.Sub(pr.start).Seconds(), 1e-3)
	pr.mu.Lock()
	done := pr.done
	pr.mu.Unlock()
	eta := "?"
	if pr.total > 0 && done > 0 {
		left := time.Duration(float64(pr.total-done) / (float64(done) / secs) * float64(time.Second))
		eta = left.Round(time.Second).String()
	}
	pct := 0.0
	if pr.total > 0 {
		pct = 100 * float64(done) / float64(pr.total)
	}
	return fmt.Sprintf("progress: %d/%d files (%.0f%%), %d articles (%.0f/s), %.1f MB/s, %d relations, %d errors, elapsed %s, ETA %s",
		pr.snap.Files, pr.fileCount, pct, pr.snap.Articles, float64(pr.snap.Articles)/secs, float64(done)/1e6/secs,
		pr.snap.Relations, pr.snap.ErrorCount, now.Sub(pr.start).Round(time.Second), eta)
}
