package read

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLimits checks MaxArticleBytes and FileTimeout: the offending article
// or file is reported with its sentinel and the walk goes on.
func TestLimits(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	long := `{"text":"` + strings.Repeat("甲", 100) + `"}` + "\n"
	short := `{"text":"乙"}` + "\n"
	records := write("a.jsonl", long+short)
	var slow strings.Builder
	for i := 0; i < 20000; i++ {
		slow.WriteString(short)
	}
	slowFile := write("slow.jsonl", slow.String())
	good := write("good.txt", "标题\n正文。")

	cases := []struct {
		name     string
		paths    []string
		opt      Options
		docs     int
		sentinel error
		msg      string
	}{
		{"article limit", []string{records, good}, Options{MaxArticleBytes: 100}, 2, ErrTooBig, "a.jsonl [line 1]: file too big: article body of 300 bytes, limit 100"},
		{"article default", []string{records}, Options{}, 2, nil, ""},
		{"timeout", []string{slowFile}, Options{FileTimeout: time.Microsecond}, 0, ErrTimeout, "slow.jsonl: parsing took too long: limit 1µs"},
		{"no timeout", []string{slowFile}, Options{FileTimeout: -1}, 20000, nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			docs := 0
			var errs []*Error
			err := Walk(context.Background(), c.paths, c.opt, func(Doc) error { docs++; return nil }, func(e *Error) { errs = append(errs, e) })
			if err != nil {
				t.Fatal(err)
			}
			if docs != c.docs {
				t.Errorf("%d docs, want %d", docs, c.docs)
			}
			if c.sentinel == nil {
				if len(errs) > 0 {
					t.Errorf("errors %v", errs)
				}
				return
			}
			if len(errs) != 1 || !errors.Is(errs[0], c.sentinel) || !strings.HasSuffix(errs[0].Error(), "/"+c.msg) {
				t.Fatalf("errors %v, want one %q", errs, c.msg)
			}
			if c.sentinel == ErrTimeout && errs[0].Reason() != "timeout" {
				t.Errorf("reason %q", errs[0].Reason())
			}
		})
	}
}
