package clean

import (
	"errors"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/read"
)

// FuzzCleanNested wraps a fragment in depth levels of one element: deep
// pages (the reliability suite tries 10^5 levels) must give an article, an
// empty-body error or an HTML error naming the document, never a panic or
// a stack overflow.
func FuzzCleanNested(f *testing.F) {
	f.Add("div", 600, "<p>国务院总理李克强会见俄罗斯总理米舒斯京。</p>")
	f.Add("table", 300, "<td>甲")
	f.Add("p", 1000, "乙。")
	f.Add("figure", 513, "<figcaption>说明</figcaption>")
	f.Add("a", 200, "<nav>x</nav>丙")
	f.Fuzz(func(t *testing.T, tag string, depth int, inner string) {
		if depth < 0 || depth > 5000 || len(tag) > 20 || strings.ContainsAny(tag, "<> /\"'=") {
			t.Skip()
		}
		body := strings.Repeat("<"+tag+">", depth) + inner + strings.Repeat("</"+tag+">", depth)
		a, err := Clean(read.Doc{Path: "deep.html", Body: []byte(body), HTML: true})
		if err != nil {
			var re *read.Error
			if !errors.As(err, &re) || re.Path != "deep.html" {
				t.Fatalf("error does not name the document: %v", err)
			}
			if strings.Contains(err.Error(), "panicked") {
				t.Fatal(err)
			}
			return
		}
		checkArticle(t, a)
	})
}
