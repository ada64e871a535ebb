package main

import (
	"bytes"
	"os"
	"testing"
)

// TestUpToDate checks that data/countries.yaml is what the generator makes
// from the overlay and ../shared/dictdata (run go generate ./dict if not).
func TestUpToDate(t *testing.T) {
	src := "../../../../shared/dictdata/country-names"
	if _, err := os.Stat(src); err != nil {
		t.Skip("shared/dictdata not present")
	}
	got, err := generate(src, "overlay.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../data/countries.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("dict/data/countries.yaml is stale: run go generate ./dict")
	}
}
