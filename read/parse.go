package read

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"gopkg.in/yaml.v3"
)

// Parse turns one file's bytes into its Docs: what Walk does for each file.
// path is used for Doc.Path, Doc.ID and to choose the format by extension
// (.jsonl, .ndjson, .json, .csv); other files are recognised by content:
// Jekyll front matter, a 《新闻联播》 transcript, an HTML page, else text.
// Problems come back as *Error values; Parse never panics on bad input.
func Parse(path string, data []byte, opt Options) ([]Doc, []*Error) {
	return parseAs(path, path, data, opt.withDefaults())
}

// parseAs parses data, reporting under docPath but choosing the format from
// the name (which differs for compressed files: x.jsonl.gz → x.jsonl).
func parseAs(docPath, name string, data []byte, opt Options) ([]Doc, []*Error) {
	fail := func(err error) ([]Doc, []*Error) {
		return nil, []*Error{{Path: docPath, Err: err}}
	}
	if int64(len(data)) > opt.MaxFileBytes {
		return fail(because(ErrTooBig, fmt.Sprintf("%d bytes, limit %d", len(data), opt.MaxFileBytes), nil))
	}
	text, enc, err := decode(data)
	if err != nil {
		return fail(err)
	}
	p := parser{path: docPath, enc: enc, maxBody: opt.MaxArticleBytes}
	switch strings.ToLower(path.Ext(name)) {
	case ".jsonl", ".ndjson":
		p.jsonLines(text)
	case ".json":
		p.json(text)
	case ".csv":
		p.csv(text, name)
	default:
		s := string(text)
		switch {
		case hasFrontMatter(s):
			p.jekyll(s, data)
		case isTranscript(s):
			p.transcript(s, name)
		case isHTMLFile(name, s):
			p.html(s, data)
		default:
			p.text(s, data, name)
		}
	}
	return p.docs, p.errs
}

type parser struct {
	path    string
	enc     string
	maxBody int64 // Options.MaxArticleBytes
	docs    []Doc
	errs    []*Error
}

func (p *parser) fail(item string, err error) {
	p.errs = append(p.errs, &Error{Path: p.path, Item: item, Err: err})
}

// add completes d (ID, Path, Encoding, Hash) and keeps it, or reports an
// empty or oversized body.
func (p *parser) add(d Doc, raw []byte) {
	if p.maxBody > 0 && int64(len(d.Body)) > p.maxBody {
		p.fail(d.Item, because(ErrTooBig, fmt.Sprintf("article body of %d bytes, limit %d", len(d.Body), p.maxBody), nil))
		return
	}
	d.Path = p.path
	d.ID = DocID(p.path, d.Item)
	d.Encoding = p.enc
	d.Hash = hashOf(raw)
	if len(bytes.TrimSpace(d.Body)) == 0 {
		p.fail(d.Item, ErrEmpty)
		return
	}
	p.docs = append(p.docs, d)
}

// ---- Jekyll posts ----

func hasFrontMatter(s string) bool {
	return strings.HasPrefix(s, "---\n") || strings.HasPrefix(s, "---\r\n")
}

// splitFrontMatter returns the YAML between the opening "---" line and the
// closing "---" (or "...") line, and the rest.
func splitFrontMatter(s string) (fm, body string, err error) {
	rest := s[strings.IndexByte(s, '\n')+1:]
	off := 0
	for off < len(rest) {
		end := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		next := len(rest)
		if end >= 0 {
			line = rest[off : off+end]
			next = off + end + 1
		}
		if t := strings.TrimRight(line, " \t\r"); t == "---" || t == "..." {
			return rest[:off], rest[next:], nil
		}
		off = next
	}
	return "", "", because(ErrFrontMatter, "no closing --- line", nil)
}

var fmLine = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s?(.*)$`)

// frontMatter decodes YAML front matter. When strict YAML fails (a title with
// an unquoted colon, unbalanced quotes) it falls back to reading top-level
// "key: value" lines so the article is not lost.
func frontMatter(fm string) (map[string]any, error) {
	m := map[string]any{}
	yerr := yaml.Unmarshal([]byte(fm), &m)
	if yerr == nil {
		return m, nil
	}
	m = map[string]any{}
	for _, line := range strings.Split(fm, "\n") {
		line = strings.TrimRight(line, "\r")
		sm := fmLine.FindStringSubmatch(line)
		if sm == nil {
			continue
		}
		v := strings.TrimSpace(sm[2])
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		} else {
			v = strings.Trim(v, `"'`)
		}
		if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
			var list []any
			for _, it := range strings.Split(v[1:len(v)-1], ",") {
				if it = strings.Trim(strings.TrimSpace(it), `"'`); it != "" {
					list = append(list, it)
				}
			}
			m[sm[1]] = list
			continue
		}
		m[sm[1]] = v
	}
	if m["title"] == nil && m["date"] == nil {
		return nil, because(ErrFrontMatter, "invalid YAML", yerr)
	}
	return m, nil
}

// str returns a scalar front-matter value as a string; for a list, its first
// element.
func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(x)
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case []any:
		for _, e := range x {
			if s := str(e); s != "" {
				return s
			}
		}
		return ""
	case map[string]any:
		return ""
	default:
		return strings.TrimSpace(fmt.Sprint(x))
	}
}

func first(m map[string]any, keys ...string) string {
	for _, k := range keys {
		if s := str(m[k]); s != "" {
			return s
		}
	}
	return ""
}

var (
	leadingComment = regexp.MustCompile(`^\s*<!--[\s\S]*?-->\s*`)
	leadingMDLink  = regexp.MustCompile(`^\s*\[[^\n]*\]\([^)\s]*\)[ \t]*\r?\n(?:[ \t]*(?:-{3,}|={3,})[ \t]*\r?\n)?`)
)

func (p *parser) jekyll(s string, raw []byte) {
	fm, body, err := splitFrontMatter(s)
	if err != nil {
		p.fail("", err)
		return
	}
	m, err := frontMatter(fm)
	if err != nil {
		p.fail("", err)
		return
	}
	d := Doc{Format: "jekyll", Title: first(m, "title")}
	d.URL = first(m, "link", "from", "url", "source_url", "canonical_url")
	if cat := first(m, "categories", "category", "source", "outlet"); cat != "" {
		d.Outlet = outletCode(cat)
	} else if a := first(m, "author", "tags"); a != "" {
		d.Outlet = a
	} else {
		d.Outlet = outletFromName(p.path)
	}
	if v, ok := m["date"].(time.Time); ok {
		d.Published = v
	} else if t, ok := parseDate(first(m, "date", "published")); ok {
		d.Published = t
	}
	// The seed repeats the title as a Markdown link under a comment.
	body = leadingComment.ReplaceAllString(body, "")
	body = leadingMDLink.ReplaceAllString(body, "")
	d.Body = []byte(strings.TrimSpace(body))
	d.HTML = looksHTML(body)
	p.add(d, raw)
}

// ---- 《新闻联播》 transcripts ----

var (
	transcriptHead = regexp.MustCompile(`^\s*#\s*《新闻联播》\s*[(（]\s*(\d{8})\s*[)）]`)
	transcriptTime = regexp.MustCompile(`《新闻联播》\s*(\d{8})\s+(\d{1,2}:\d{2})`)
	sourceLinkLine = regexp.MustCompile(`^[ \t]*\[(?:查看原文|原文|来源|原文链接)\]\((\S+?)\)[ \t]*\r?\n?$`)
	digits8        = regexp.MustCompile(`\d{8}`)
)

// sourceLink finds a "[查看原文](url)" line in a transcript item, returning
// the URL and the body without that line.
func sourceLink(body string) (url, rest string) {
	if !strings.Contains(body, "](") {
		return "", body
	}
	var b strings.Builder
	for _, line := range strings.SplitAfter(body, "\n") {
		if url == "" && strings.HasPrefix(strings.TrimLeft(line, " \t"), "[") {
			if m := sourceLinkLine.FindStringSubmatch(line); m != nil {
				url = m[1]
				continue
			}
		}
		b.WriteString(line)
	}
	return url, b.String()
}

// isTranscript reports whether the first line is a "# 《新闻联播》" heading.
func isTranscript(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	return strings.HasPrefix(s, "# 《新闻联播》") || transcriptHead.MatchString(s)
}

// isHTMLFile tells an HTML page from text: by extension, else by a leading
// tag.
func isHTMLFile(name, s string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	case ".txt", ".md", ".markdown", ".text":
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(s, " \t\r\n"), "<") && looksHTML(s)
}

// transcript yields one Doc per "### headline" section of the "## 详细新闻"
// part, dated by the programme.
func (p *parser) transcript(s, name string) {
	var date time.Time
	day := ""
	if m := transcriptHead.FindStringSubmatch(s); m != nil {
		day = m[1]
	} else if m := digits8.FindString(path.Base(name)); m != "" {
		day = m
	}
	if day != "" {
		clock := "00:00"
		if m := transcriptTime.FindStringSubmatch(s); m != nil && m[1] == day {
			clock = m[2]
		}
		if t, err := time.ParseInLocation("20060102 15:04", day+" "+clock, Shanghai); err == nil {
			date = t
		}
	}
	start := 0
	if i := strings.Index(s, "\n## 详细新闻"); i >= 0 {
		start = i + 1
	}
	lines := strings.SplitAfter(s[start:], "\n")
	type section struct {
		title string
		body  strings.Builder
	}
	var items []*section
	var cur *section
	for _, line := range lines {
		switch {
		case strings.HasPrefix(line, "### "):
			cur = &section{title: strings.TrimSpace(line[4:])}
			items = append(items, cur)
		case strings.HasPrefix(line, "## ") || strings.HasPrefix(line, "# "):
			cur = nil
		case cur != nil:
			cur.body.WriteString(line)
		}
	}
	if len(items) == 0 {
		p.fail("", because(ErrFormat, "transcript without \"### \" items", nil))
		return
	}
	programme := hashOf([]byte(s)) // hashed once, not once per item
	for i, it := range items {
		body := it.body.String()
		d := Doc{
			Item:      strconv.Itoa(i + 1),
			Title:     it.title,
			Outlet:    "新闻联播",
			Published: date,
			Format:    "transcript",
			HTML:      true,
		}
		d.URL, body = sourceLink(body)
		d.Body = []byte(strings.TrimSpace(body))
		// The hash covers the whole programme as well as the item: the
		// items are extracted together (extract.JoinItems), so an edit
		// to one may change the relations of another.
		p.add(d, []byte("### "+it.title+"\n"+it.body.String()+"\x00"+programme))
	}
}

// ---- CSV ----

var csvColumns = map[string][]string{
	"title":  {"title", "标题", "headline"},
	"date":   {"date", "published", "pubdate", "time", "datetime", "日期", "时间"},
	"body":   {"body", "text", "content", "正文", "内容"},
	"html":   {"html"},
	"url":    {"url", "link", "链接"},
	"outlet": {"outlet", "source", "site", "来源"},
}

func (p *parser) csv(text []byte, name string) {
	r := csv.NewReader(bytes.NewReader(text))
	r.FieldsPerRecord = -1
	r.ReuseRecord = false
	header, err := r.Read()
	if err != nil {
		p.fail("", because(ErrFormat, "CSV header", err))
		return
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		for key, names := range csvColumns {
			for _, n := range names {
				if _, seen := col[key]; !seen && h == n {
					col[key] = i
				}
			}
		}
	}
	_, hasBody := col["body"]
	_, hasHTML := col["html"]
	if !hasBody && !hasHTML {
		p.fail("", because(ErrFormat, fmt.Sprintf("CSV header %q has no body, text or html column", strings.Join(header, ",")), nil))
		return
	}
	outlet := outletFromName(name)
	for row := 1; ; row++ {
		item := "row " + strconv.Itoa(row)
		before := r.InputOffset()
		rec, err := r.Read()
		if err == io.EOF {
			return
		}
		if err != nil {
			p.fail(item, because(ErrFormat, "CSV", err))
			if r.InputOffset() == before {
				return
			}
			continue
		}
		get := func(key string) string {
			if i, ok := col[key]; ok && i < len(rec) {
				return rec[i]
			}
			return ""
		}
		d := Doc{Item: item, Format: "csv", Title: strings.TrimSpace(get("title")), URL: strings.TrimSpace(get("url")), Outlet: outlet}
		if o := strings.TrimSpace(get("outlet")); o != "" {
			d.Outlet = outletCode(o)
		}
		if t, ok := parseDate(get("date")); ok {
			d.Published = t
		}
		if h := get("html"); strings.TrimSpace(h) != "" {
			d.Body, d.HTML = []byte(h), true
		} else {
			d.Body = []byte(get("body"))
		}
		p.add(d, []byte(strings.Join(rec, "\x00")))
	}
}

// ---- JSON Lines and JSON ----

// record fills a Doc from one JSON object; ok is false when the object has
// no body field at all.
func record(m map[string]any) (d Doc, ok bool) {
	d.Title = first(m, "title", "headline")
	d.URL = first(m, "url", "link", "from")
	if o := first(m, "outlet", "source", "site", "site_name", "categories"); o != "" {
		d.Outlet = outletCode(o)
	}
	if t, good := parseDate(first(m, "date", "published", "published_at", "pubDate", "time", "datetime")); good {
		d.Published = t
	}
	if h, has := m["html"]; has {
		d.Body, d.HTML, ok = []byte(str(h)), true, true
		return d, ok
	}
	for _, k := range []string{"text", "body", "content"} {
		if v, has := m[k]; has {
			s := str(v)
			d.Body, d.HTML, ok = []byte(s), looksHTML(s), true
			return d, ok
		}
	}
	return d, false
}

func (p *parser) jsonLines(text []byte) {
	n := 0
	for len(text) > 0 {
		n++
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		item := "line " + strconv.Itoa(n)
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			p.fail(item, because(ErrFormat, "JSON", err))
			continue
		}
		d, ok := record(m)
		if !ok {
			p.fail(item, because(ErrFormat, "no html, text, body or content field", nil))
			continue
		}
		d.Item, d.Format = item, "jsonl"
		p.add(d, line)
	}
}

func (p *parser) json(text []byte) {
	text = bytes.TrimSpace(text)
	var list []json.RawMessage
	if len(text) > 0 && text[0] == '{' {
		list = []json.RawMessage{text}
	} else if err := json.Unmarshal(text, &list); err != nil {
		p.fail("", because(ErrFormat, "JSON", err))
		return
	}
	var docs []Doc
	var raws [][]byte
	missing := 0
	for i, raw := range list {
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			p.fail("item "+strconv.Itoa(i+1), because(ErrFormat, "JSON", err))
			continue
		}
		d, ok := record(m)
		if !ok {
			missing++
			continue
		}
		d.Format = "jsonl"
		if len(list) > 1 || text[0] == '[' {
			d.Item = "item " + strconv.Itoa(i+1)
		}
		docs = append(docs, d)
		raws = append(raws, raw)
	}
	if missing > 0 {
		// One report for the file, not one per record: such files are
		// usually indexes (a catalogue of dates and abstracts), not articles.
		p.fail("", because(ErrFormat, fmt.Sprintf("%d of %d JSON records have no html, text, body or content field", missing, len(list)), nil))
	}
	for i, d := range docs {
		p.add(d, raws[i])
	}
}

// ---- HTML pages ----

var htmlStart = regexp.MustCompile(`(?i)<(?:!doctype\s+html|html|head|body|p|div|article|section|span|br|h[1-6]|figure|img|a\s)[\s>/]`)

func looksHTML(s string) bool {
	if len(s) > 8192 {
		s = s[:8192]
	}
	return htmlStart.MatchString(s)
}

func (p *parser) html(s string, raw []byte) {
	d := Doc{Format: "html", HTML: true, Body: []byte(s)}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(s))
	if err != nil {
		p.fail("", because(ErrFormat, "HTML", err))
		return
	}
	meta := func(sel string) string {
		v, _ := doc.Find(sel).First().Attr("content")
		return strings.TrimSpace(v)
	}
	d.Title = firstNonEmpty(meta(`meta[property="og:title"]`), meta(`meta[name="twitter:title"]`),
		strings.TrimSpace(doc.Find("title").First().Text()), strings.TrimSpace(doc.Find("h1").First().Text()))
	d.URL = firstNonEmpty(meta(`meta[property="og:url"]`), attr(doc.Find(`link[rel="canonical"]`), "href"))
	d.Outlet = firstNonEmpty(meta(`meta[property="og:site_name"]`), meta(`meta[name="application-name"]`))
	for _, v := range []string{
		meta(`meta[property="article:published_time"]`), meta(`meta[property="og:published_time"]`),
		meta(`meta[itemprop="datePublished"]`), meta(`meta[name="pubdate"]`), meta(`meta[name="publishdate"]`),
		meta(`meta[name="date"]`), attr(doc.Find("time[datetime]"), "datetime"),
	} {
		if t, ok := parseDate(v); ok {
			d.Published = t
			break
		}
	}
	p.add(d, raw)
}

func attr(s *goquery.Selection, name string) string {
	v, _ := s.First().Attr(name)
	return strings.TrimSpace(v)
}

func firstNonEmpty(v ...string) string {
	for _, s := range v {
		if s != "" {
			return s
		}
	}
	return ""
}

// ---- plain text and Markdown ----

func (p *parser) text(s string, raw []byte, name string) {
	d := Doc{Format: "text"}
	ext := strings.ToLower(path.Ext(name))
	if ext == ".md" || ext == ".markdown" {
		d.Format = "markdown"
	}
	s = strings.TrimSpace(s)
	// A short first line followed by more text is the title.
	if i := strings.IndexByte(s, '\n'); i > 0 {
		line := strings.TrimSpace(strings.TrimLeft(s[:i], "# "))
		if n := utf8.RuneCountInString(line); n > 0 && n <= 120 {
			d.Title = line
			s = strings.TrimSpace(s[i+1:])
		}
	}
	d.Body = []byte(s)
	p.add(d, raw)
}
