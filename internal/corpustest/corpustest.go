// Package corpustest finds the shared corpus of real articles
// (shared/corpus, beside the checkout) for tests and benchmarks, which read
// it in place.
package corpustest

import (
	"os"
	"path/filepath"
	"testing"
)

// Find walks up from the working directory to a folder holding
// shared/corpus and returns that path relative to the working directory, or
// "" when there is none.
func Find() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		c := filepath.Join(dir, "shared", "corpus")
		if st, err := os.Stat(c); err == nil && st.IsDir() {
			if rel, err := filepath.Rel(wd, c); err == nil {
				return filepath.ToSlash(rel)
			}
			return c
		}
		if filepath.Dir(dir) == dir {
			return ""
		}
	}
}

// Dir is Find for a test: it skips the test when the corpus is absent.
func Dir(tb testing.TB) string {
	tb.Helper()
	c := Find()
	if c == "" {
		tb.Skip("shared/corpus not found beside the checkout")
	}
	return c
}
