package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args       []string
		since      string
		positional []string
	}{
		{[]string{"习近平", "--since", "2025-01"}, "2025-01", []string{"习近平"}},
		{[]string{"--since", "2025", "a", "b"}, "2025", []string{"a", "b"}},
		{[]string{"a", "--", "--since"}, "", []string{"a", "--since"}},
		{nil, "", nil},
	}
	for _, tt := range tests {
		fs := newFlagSet("t", "", &bytes.Buffer{})
		since := fs.String("since", "", "")
		if err := parse(fs, tt.args); err != nil {
			t.Fatalf("%q: %v", tt.args, err)
		}
		if *since != tt.since || strings.Join(fs.Args(), "|") != strings.Join(tt.positional, "|") {
			t.Errorf("%q: since %q args %q, want %q %q", tt.args, *since, fs.Args(), tt.since, tt.positional)
		}
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{nil, exitUsage},
		{[]string{"nosuch"}, exitUsage},
		{[]string{"help"}, exitOK},
		{[]string{"extract"}, exitUsage},
		{[]string{"extract", "-h"}, exitOK},
		{[]string{"extract", "--format", "xml", "x"}, exitUsage},
		{[]string{"extract", "--shard", "3/2", "x"}, exitUsage},
		{[]string{"extract", "-q", "no/such/file"}, exitInput},
		{[]string{"neo4j", "restart"}, exitUsage},
		{[]string{"events", "--date", "last week"}, exitUsage},
		{[]string{"export", "--jsonl", "-", "--from", "yesterday"}, exitUsage},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if code := realMain(tt.args, &out, &errb); code != tt.code {
			t.Errorf("dipgraph %q: exit %d, want %d\n%s", tt.args, code, tt.code, errb.String())
		}
	}
}

// TestExtractSeedContract checks the JSON Lines contract of
// `dipgraph extract --format jsonl` on the seed article.
func TestExtractSeedContract(t *testing.T) {
	var out, errb bytes.Buffer
	if code := realMain([]string{"extract", "--format", "jsonl", "../../testdata/seed"}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		for _, k := range []string{"type", "status", "participants", "date", "mode", "trigger", "sentence", "span", "confidence", "doc"} {
			if _, ok := m[k]; !ok {
				t.Errorf("line %d: no %q", n, k)
			}
		}
		for _, p := range m["participants"].([]any) {
			pm := p.(map[string]any)
			for _, k := range []string{"name", "mention", "kind", "confidence"} {
				if _, ok := pm[k]; !ok {
					t.Errorf("line %d: participant without %q", n, k)
				}
			}
		}
		doc := m["doc"].(map[string]any)
		if doc["path"] != "../../testdata/seed/000_e5cfe8160906b070.txt" || doc["published"] != "2022-12-07T09:35:00Z" ||
			!strings.HasPrefix(doc["url"].(string), "https://www.zaobao.com/") {
			t.Errorf("line %d: doc %v", n, doc)
		}
	}
	if n != 3 {
		t.Errorf("%d relations, want 3 (MET_WITH ×2, CO_CHAIRED)", n)
	}
}
