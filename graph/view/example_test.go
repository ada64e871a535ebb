package view_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dipgraph/dipgraph/graph/export"
	"github.com/dipgraph/dipgraph/graph/view"
)

func ExampleWrite() {
	g := &export.Graph{
		Nodes: []export.Node{
			{ID: "wang-yi", Label: export.LabelPerson, Name: "王毅", Country: "中国", Degree: 1},
			{ID: "antony-blinken", Label: export.LabelPerson, Name: "布林肯", Country: "美国", Degree: 1},
		},
		Edges: []export.Edge{{Source: "antony-blinken", Target: "wang-yi", Type: "MET_WITH", Count: 1,
			First: "2024-04-26", Last: "2024-04-26", Dates: []string{"2024-04-26"},
			Evidence: []export.Evidence{{Sentence: "王毅会见布林肯。", Date: "2024-04-26", URL: "https://news.example/7"}}}},
	}
	var page bytes.Buffer
	if err := view.Write(&page, g, "王毅的会见"); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.HasPrefix(page.String(), "<!DOCTYPE html>"), strings.Contains(page.String(), "<title>王毅的会见</title>"))
	// Output: true true
}
