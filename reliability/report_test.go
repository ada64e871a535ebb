package reliability

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"text/tabwriter"
)

// The reliability report printed at the end of the run: one row per input
// tried or fault injected, and the totals the issue asks for.
type reportT struct {
	mu        sync.Mutex
	rows      [][4]string
	inputs    int // hostile inputs tried
	faults    int // faults injected
	resumed   int // runs resumed after a fault
	diffLines int // lines differing between resumed and clean graphs
}

var report = &reportT{}

// input records a hostile input and what happened to it.
func (r *reportT) input(name, outcome, detail string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.inputs++
	r.rows = append(r.rows, [4]string{"input", name, outcome, detail})
}

// fault records an injected fault.
func (r *reportT) fault(name, outcome, detail string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.faults++
	r.rows = append(r.rows, [4]string{"fault", name, outcome, detail})
}

// resume records a rerun after a fault and the size of its diff against the
// uninterrupted run's graph.
func (r *reportT) resume(name string, diff int, detail string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.resumed++
	r.diffLines += diff
	r.rows = append(r.rows, [4]string{"resume", name, fmt.Sprintf("diff %d lines", diff), detail})
}

// check records a security or limit check.
func (r *reportT) check(name, outcome, detail string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.rows = append(r.rows, [4]string{"check", name, outcome, detail})
}

func (r *reportT) print(w io.Writer) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.rows) == 0 {
		return
	}
	fmt.Fprintln(w, "\n==== dipgraph reliability report")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tCASE\tOUTCOME\tDETAIL")
	for _, row := range r.rows {
		d := row[3]
		if len(d) > 110 {
			d = d[:110] + "…"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", row[0], row[1], row[2], strings.ReplaceAll(d, "\n", " "))
	}
	tw.Flush()
	fmt.Fprintf(w, "inputs tried %d, faults injected %d, runs resumed %d, diff resumed vs clean graphs: %d lines (must be 0)\n",
		r.inputs, r.faults, r.resumed, r.diffLines)
}
