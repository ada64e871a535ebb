package clean

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Selectors are compiled once, at package initialisation, so a typo fails
// loudly instead of silently matching nothing.
var (
	// selDrop: elements that are never article text.
	selDrop = cascadia.MustCompile(strings.Join([]string{
		"head, script, style, noscript, template, nav, header, footer, aside, address, time",
		"iframe, video, audio, svg, canvas, object, embed, form, button, input, select, textarea, map",
		`[hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="banner"]`,
		// BBC
		`section[aria-labelledby="article-byline"], [data-e2e="advertisement"], [data-e2e="scrollable-promos"]`,
		`[data-e2e="media-loader__container"], [data-testid="consentBanner"]`,
		// Al Jazeera
		`[data-testid="article-newsletter-slot"]`,
		// CNA widgets
		".lineAd, .gmailNews, .youtubeBox, .twitterMedia, .facebookMedia, .instagramMedia, .fb-post, .fb-video",
		// photo credits inside captions (NYT, Al Jazeera)
		"figcaption cite",
	}, ", "))
	// selCaption: elements whose text is a caption of a picture.
	selCaption = cascadia.MustCompile(strings.Join([]string{
		"figcaption", `[data-testid="caption-paragraph"]`, ".picinfo", `img + p[role="text"]`,
		"dl:has(img) > dd", "img ~ div > small", ".caption", ".wp-caption-text",
	}, ", "))
	selImg      = cascadia.MustCompile("img")
	selAttrd    = cascadia.MustCompile("[class], [id]")
	selReadMore = cascadia.MustCompile("section, div, ul, ol, p, table")
	selStamp    = cascadia.MustCompile("i, em, small")
	selBody     = cascadia.MustCompile("body")
)

// adTokens are class or id words that mark ads, share widgets, link lists
// and subscription prompts (CNA's "lineAd" splits into "line", "ad").
var adTokens = map[string]bool{
	"ad": true, "ads": true, "adv": true, "advert": true, "advertisement": true, "advertising": true,
	"dfp": true, "mpu": true, "promo": true, "promos": true, "promotion": true, "sponsor": true,
	"sponsored": true, "share": true, "sharing": true, "social": true, "related": true,
	"recommend": true, "recommended": true, "recommendation": true, "recommendations": true,
	"newsletter": true, "subscribe": true, "subscription": true, "paywall": true, "outbrain": true,
	"taboola": true, "breadcrumb": true, "breadcrumbs": true, "toolbar": true, "popup": true,
	"cookie": true, "consent": true, "comments": true, "disqus": true,
}

var tokenSplit = regexp.MustCompile(`[A-Z]?[a-z]+|[A-Z]+(?:[A-Z][a-z]|$)?|[0-9]+`)

func adLike(attr string) bool {
	for _, f := range strings.FieldsFunc(attr, func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == ':' || r == '.' }) {
		if adTokens[strings.ToLower(f)] {
			return true
		}
		for _, t := range tokenSplit.FindAllString(f, -1) {
			if adTokens[strings.ToLower(t)] {
				return true
			}
		}
	}
	return false
}

var (
	readMoreStart = regexp.MustCompile(`^\s*[【\[]?\s*(阅读更多|閱讀更多|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多相关内容|更多相關內容|相关报道|相關報導|相关新闻|相關新聞|热读|熱讀|Read more|READ MORE|Related)`)
	isoStamp      = regexp.MustCompile(`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}`)
)

type para struct {
	text string
	kind string
}

// extractHTML returns the paragraphs of an HTML body, boilerplate removed.
func extractHTML(body []byte) ([]para, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	doc.FindMatcher(selDrop).Remove()
	doc.FindMatcher(selAttrd).Each(func(_ int, s *goquery.Selection) {
		c, _ := s.Attr("class")
		id, _ := s.Attr("id")
		if adLike(c) || adLike(id) {
			s.Remove()
		}
	})
	// "Read more" blocks: a heading or label, then mostly links.
	doc.FindMatcher(selReadMore).Each(func(_ int, s *goquery.Selection) {
		if !readMoreStart.MatchString(firstText(s.Get(0))) {
			return
		}
		text := s.Text()
		if goquery.NodeName(s) == "p" || linkShare(s, text) >= 0.4 {
			s.Remove()
		}
	})
	// Short bylines stamped with an ISO time (DW: <i>author<br>2025-…Z</i>).
	doc.FindMatcher(selStamp).Each(func(_ int, s *goquery.Selection) {
		t := s.Text()
		if len(t) < 120 && isoStamp.MatchString(t) {
			s.Remove()
		}
	})

	ex := extractor{captions: map[*html.Node]bool{}, captionText: map[string]bool{}}
	doc.FindMatcher(selCaption).Each(func(_ int, s *goquery.Selection) {
		ex.captions[s.Get(0)] = true
		ex.captionText[normalize(s.Text())] = true
	})
	ex.altOK = map[*html.Node]bool{}
	doc.FindMatcher(selImg).Each(func(_ int, s *goquery.Selection) {
		if alt := altCaption(s); alt != "" && !ex.captionText[alt] {
			// Only when no caption sits next to the picture.
			box := s.Parent()
			if goquery.NodeName(box) != "body" && box.Parent().Length() > 0 && goquery.NodeName(box.Parent()) != "body" {
				box = box.Parent()
			}
			if box.FindMatcher(selCaption).Length() == 0 {
				ex.altOK[s.Get(0)] = true
				ex.captionText[alt] = true
			}
		}
	})
	root := doc.FindMatcher(selBody)
	if root.Length() == 0 {
		root = doc.Selection
	}
	for _, n := range root.Nodes {
		ex.walk(n, false)
	}
	ex.flush()
	return ex.paras, nil
}

// firstText returns the first non-blank text inside n (depth first).
func firstText(n *html.Node) string {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := firstText(c); t != "" {
			return t
		}
	}
	return ""
}

// linkShare is the share of a block's text that sits in links.
func linkShare(s *goquery.Selection, text string) float64 {
	total := utf8.RuneCountInString(strings.TrimSpace(text))
	if total == 0 {
		return 0
	}
	links := 0
	s.Find("a").Each(func(_ int, a *goquery.Selection) {
		links += utf8.RuneCountInString(strings.TrimSpace(a.Text()))
	})
	return float64(links) / float64(total)
}

// altCaption returns an image's title or alt text when it reads like a
// Chinese caption (enough Han characters), else "".
func altCaption(s *goquery.Selection) string {
	for _, a := range []string{"title", "alt"} {
		v, ok := s.Attr(a)
		if !ok {
			continue
		}
		v = normalize(v)
		if h := hanCount(v); h >= 6 && h*2 >= utf8.RuneCountInString(v) {
			return v
		}
	}
	return ""
}

type extractor struct {
	captions    map[*html.Node]bool
	captionText map[string]bool
	altOK       map[*html.Node]bool
	paras       []para
	cur         strings.Builder
	kind        string
}

var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Figure: true, atom.Figcaption: true, atom.Table: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Pre: true, atom.Hr: true, atom.Center: true, atom.Picture: true,
	atom.Caption: true, atom.Details: true, atom.Summary: true, atom.Body: true, atom.Html: true,
}

// captionCredit is a photo credit after a caption's last sentence:
// "…发射升空。/SpaceX".
var captionCredit = regexp.MustCompile(`([。！？”）)])\s*/\s*[^/。！？]{1,30}$`)

func (e *extractor) flush() {
	kind := e.kind
	if kind == "" {
		kind = "body"
	}
	raw := normalize(e.cur.String())
	if kind == "caption" && strings.Contains(raw, "/") {
		raw = captionCredit.ReplaceAllString(raw, "$1")
	}
	text, ok := keepParagraph(raw)
	e.cur.Reset()
	e.kind = ""
	if ok {
		e.paras = append(e.paras, para{text: text, kind: kind})
	}
}

func (e *extractor) walk(n *html.Node, caption bool) {
	switch n.Type {
	case html.TextNode:
		if e.cur.Len() == 0 && caption {
			e.kind = "caption"
		}
		e.cur.WriteString(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	if n.Type == html.ElementNode {
		switch {
		case n.DataAtom == atom.Br:
			e.flush()
			return
		case n.DataAtom == atom.Img:
			if e.altOK[n] {
				e.flush()
				e.cur.WriteString(altText(n))
				e.kind = "caption"
				e.flush()
			}
			return
		case e.captions[n]:
			e.flush()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				e.walk(c, true)
			}
			e.flush()
			return
		case blockAtoms[n.DataAtom]:
			e.flush()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				e.walk(c, caption)
			}
			e.flush()
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		e.walk(c, caption)
	}
}

func altText(n *html.Node) string {
	for _, key := range []string{"title", "alt"} {
		for _, a := range n.Attr {
			if a.Key == key {
				v := normalize(a.Val)
				if h := hanCount(v); h >= 6 && h*2 >= utf8.RuneCountInString(v) {
					return v
				}
			}
		}
	}
	return ""
}

// extractText returns the paragraphs of a plain-text body: one per line.
func extractText(body []byte) []para {
	var out []para
	for _, line := range strings.Split(string(body), "\n") {
		if t, ok := keepParagraph(normalize(line)); ok {
			out = append(out, para{text: t, kind: "body"})
		}
	}
	return out
}
