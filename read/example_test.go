package read_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dipgraph/dipgraph/read"
)

func ExampleParse() {
	data := []byte("---\ntitle: 王毅会见来访的外长\ndate: 2025-11-02 12:34:02.000000000 +00:00\nlink: https://example.test/a\ncategories: cna\n---\n<p>正文。</p>\n")
	docs, errs := read.Parse("2025-11-02-CNA-x.html", data, read.Options{})
	fmt.Println(len(docs), len(errs))
	d := docs[0]
	fmt.Println(d.Title, d.Outlet, d.Format, d.Published.Format("2006-01-02 15:04 MST"), d.URL)
	// Output:
	// 1 0
	// 王毅会见来访的外长 中央社 jekyll 2025-11-02 12:34 UTC https://example.test/a
}

func ExampleWalk() {
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.csv"), []byte("title,date,body\n甲,2020-12-09,正文\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.html"), []byte("---\ntitle: 未结束\n"), 0o644)
	read.Walk(context.Background(), []string{dir}, read.Options{},
		func(d read.Doc) error { fmt.Println("doc", filepath.Base(d.Path), d.Item, d.Title); return nil },
		func(e *read.Error) { fmt.Println("error", e.Reason(), filepath.Base(e.Path)) })
	// Output:
	// doc a.csv row 1 甲
	// error front-matter b.html
}
