package query

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestExamplesMarkdown keeps EXAMPLES.md (for the README) in step with
// Examples; go test -update rewrites it.
func TestExamplesMarkdown(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("# Example Cypher queries (schema version 1)\n\n")
	b.WriteString("Run any of them with `dipgraph query '<cypher>' --param k=v …` (read-only).\n")
	b.WriteString("Generated from `graph/query/examples.go`; the integration tests run each one.\n")
	for i, ex := range Examples {
		fmt.Fprintf(&b, "\n## %d. %s\n\n```cypher\n%s\n```\n", i+1, ex.Title, ex.Cypher)
		if len(ex.Params) > 0 {
			var keys []string
			for k := range ex.Params {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			var ps []string
			for _, k := range keys {
				ps = append(ps, fmt.Sprintf("--param %s=%v", k, ex.Params[k]))
			}
			fmt.Fprintf(&b, "\nParameters: `%s`\n", strings.Join(ps, " "))
		}
	}
	if *update {
		os.WriteFile("EXAMPLES.md", b.Bytes(), 0o644)
		return
	}
	want, err := os.ReadFile("EXAMPLES.md")
	if err != nil || !bytes.Equal(want, b.Bytes()) {
		t.Errorf("EXAMPLES.md is out of date (go test -update): %v", err)
	}
	for _, ex := range Examples {
		if strings.Contains(ex.Cypher, "CREATE") || strings.Contains(ex.Cypher, "MERGE") || strings.Contains(ex.Cypher, "DELETE") {
			t.Errorf("%s: an example writes", ex.Title)
		}
	}
}
