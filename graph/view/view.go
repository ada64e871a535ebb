package view

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/dipgraph/dipgraph/graph/export"
)

//go:embed page.html
var pageHTML string

//go:embed assets/view.min.js
var script string

var page = template.Must(template.New("page.html").Parse(pageHTML))

// Write writes g as one self-contained HTML page titled title. The page
// loads nothing from the network (a Content-Security-Policy forbids it).
func Write(w io.Writer, g *export.Graph, title string) error {
	if title == "" {
		title = "dipgraph 外交接触图"
	}
	var data bytes.Buffer
	if err := export.WriteJSON(&data, g); err != nil {
		return fmt.Errorf("view: %w", err)
	}
	// WriteJSON escapes <, > and & as \u003c…, so the data cannot close the
	// script element; the bundle is checked for the same.
	if strings.Contains(strings.ToLower(script), "</script") {
		return errors.New("view: the bundled script contains </script; rebuild web/")
	}
	err := page.Execute(w, struct {
		Title  string
		Data   template.JS
		Script template.JS
	}{title, template.JS(data.String()), template.JS(script)})
	if err != nil {
		return fmt.Errorf("view: %w", err)
	}
	return nil
}
