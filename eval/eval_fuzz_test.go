package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadGold: a gold file either reads, with every document naming its
// file and every relation of a known type, or fails with an error naming
// the line; never a panic.
func FuzzReadGold(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("..", "testdata", "gold", "dev.jsonl")); err == nil {
		// One real line is enough: the fuzzer minimises every new input.
		line, _, _ := strings.Cut(string(b), "\n")
		f.Add(line + "\n")
	}
	f.Add(`{"doc":"a","file":"x.md","relations":[{"type":"MET_WITH","a":"甲","b":"乙","date":null}]}` + "\n\n")
	f.Add(`{"file":"x","relations":[{"type":"HUGGED"}]}`)
	f.Add(`{"file":""}`)
	f.Add("{\"file\":\"x\",\"people\":[{\"name\":1}]}\n{")
	f.Fuzz(func(t *testing.T, data string) {
		docs, err := ReadGold(strings.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") {
				t.Fatalf("error %q does not name the line", err)
			}
			if docs != nil {
				t.Fatal("docs with an error")
			}
			return
		}
		for _, d := range docs {
			if d.File == "" {
				t.Fatal("document without file")
			}
		}
	})
}
