package clean

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune maps full-width ASCII letters and digits and the ideographic
// space to their half-width forms, other exotic spaces to ' ', and marks
// zero-width characters for removal (-1). Chinese punctuation (，。（）：—)
// is left alone: later rules rely on it.
func foldRune(r rune) rune {
	switch {
	case r >= '０' && r <= '９':
		return r - '０' + '0'
	case r >= 'Ａ' && r <= 'Ｚ':
		return r - 'Ａ' + 'A'
	case r >= 'ａ' && r <= 'ｚ':
		return r - 'ａ' + 'a'
	case r == '\u3000' || r == '\u00a0' || (r >= '\u2000' && r <= '\u200a') || r == '\u202f' || r == '\u205f':
		return ' '
	case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
		return -1
	case r == '\r' || r == '\t' || r == '\f' || r == '\v':
		return ' '
	}
	return r
}

func isCJK(r rune) bool {
	return isHan(r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—'
}

// normalize folds widths and collapses whitespace in one paragraph: a run of
// whitespace becomes one space, or nothing when it holds a line break
// between two Chinese characters (source-code wrapping inside a sentence).
// The result has no newline and no leading or trailing space.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune // last rune written
	pendingSpace, pendingBreak := false, false
	for _, r := range s {
		if r == utf8.RuneError {
			continue
		}
		r = foldRune(r)
		if r < 0 {
			continue
		}
		if r == ' ' || r == '\n' || unicode.IsSpace(r) {
			pendingSpace = true
			if r == '\n' {
				pendingBreak = true
			}
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		if pendingSpace && prev != 0 && !(pendingBreak && isCJK(prev) && isCJK(r)) {
			b.WriteByte(' ')
		}
		pendingSpace, pendingBreak = false, false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// Paragraphs that are boilerplate, whatever element they came from. Plain
// prefix, suffix and substring tests come first; the few regular
// expressions are anchored, so they stay cheap on long paragraphs.
var (
	dropPrefixes = []string{
		// "read more" headings and lines
		"相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "阅读更多", "閱讀更多", "推荐阅读", "推薦閱讀",
		"更多相关内容", "更多相關內容", "相关报道", "相關報導", "相关新闻", "相關新聞", "热读", "熱讀",
		"Read more", "READ MORE", "Related",
		// player notices, embedded posts, promotion
		"Play video", "视频加载中", "影片載入中", "告知: BBC 不对外来网站内容负责", "©", "订阅", "訂閱",
		// byline lines
		"Author, ", "Role, ", "Reporting from", "Article Information",
	}
	dropContains = []string{
		"你的器材不支持播放多媒体材料", "你的器材不支援播放多媒體", "您的浏览器不支持", "您的瀏覽器不支援",
		"不支持播放此视频", "不支援播放此影片", "版权声明", "版權聲明", "版权所有", "版權所有",
		"All rights reserved", "欢迎搜寻dw", "歡迎搜尋dw", "点击查看本文英文版", "點擊查看本文英文版",
		"追蹤中央社", "透過 Google News", "扫码关注", "掃碼關注",
	}
	dropSuffixes = []string{"【英语视频】", "【英文视频】", "【视频】", "【視頻】", "【阿拉伯语视频】"}
	dropPara     = []*regexp.Regexp{
		regexp.MustCompile(`^[【\[](相关阅读|相關閱讀|延伸阅读|延伸閱讀|阅读更多|閱讀更多|推荐阅读|推薦閱讀)`),
		regexp.MustCompile(`^(?:DW中文有.*Instagram|下载.{0,10}(APP|App|客户端)|下載.{0,10}(APP|App))`),
		regexp.MustCompile(`^(?:(来源|來源|翻译|翻譯|编辑|編輯|责任编辑|責任編輯|作者)\s*[:：]|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})`),
		regexp.MustCompile(`^(?:(跳过|结尾|跳過|結尾) \S+ (帖子|内容|內容)|(广告|廣告|Advertisement|ADVERTISEMENT)$)`),
		// image credits
		regexp.MustCompile(`^(图像来源|圖像來源|图片来源|圖片來源|图源|圖源|图片|圖片|摄影|攝影|Image source|Getty Images)\s*[，,:：]`),
	}
	// dropShort applies only to short paragraphs: long ones are text that
	// happens to mention these words.
	dropShort = regexp.MustCompile(`Getty Images|Reuters|REUTERS|AFP|EPA|美联社|路透社|法新社|^(图|圖)[:：/]`)
	// editor tags at the end of CNA paragraphs: （編輯：洪啓原）1141101
	editorTag   = regexp.MustCompile(`\s*[（(](編輯|编辑|核稿|責任編輯|责任编辑)[:：][^）)（(]*[）)]\s*\d*\s*$`)
	editorWords = []string{"編輯", "编辑", "核稿"}
)

// keepParagraph filters one normalised paragraph; it returns the text to
// keep and whether to keep it.
func keepParagraph(s string) (string, bool) {
	// editorTag needs an editor word inside the paragraph's last bracket,
	// so only that tail is searched for one.
	open := max(strings.LastIndex(s, "（"), strings.LastIndexByte(s, '('))
	if open >= 0 {
		for _, w := range editorWords {
			if strings.Contains(s[open:], w) {
				s = editorTag.ReplaceAllString(s, "")
				break
			}
		}
	}
	if s == "" {
		return "", false
	}
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters = true
			break
		}
	}
	if !letters {
		return "", false
	}
	n := utf8.RuneCountInString(s)
	if n > 200 {
		return s, true
	}
	for _, p := range dropPrefixes {
		if strings.HasPrefix(s, p) {
			return "", false
		}
	}
	for _, p := range dropSuffixes {
		if strings.HasSuffix(s, p) {
			return "", false
		}
	}
	if dropContainsSet.in(s) {
		return "", false
	}
	head := s // the patterns are anchored at the start: a head suffices
	if len(head) > 160 {
		head = head[:160]
	}
	first, _ := utf8.DecodeRuneInString(head)
	for i, re := range dropPara {
		if dropParaFirst[i].mayStart(first) && re.MatchString(head) {
			return "", false
		}
	}
	if n <= 40 && hanCount(s) < 8 && dropShort.MatchString(s) {
		return "", false
	}
	return s, true
}

// Fast paths for keepParagraph, which sees every paragraph of every
// article: they only skip tests that cannot succeed.
var (
	dropContainsSet = newSubstrings(dropContains)
	dropParaFirst   = firstRunesAll(dropPara)
)

// substrings tests a text for any of a set of strings in one pass: only
// where a rune that starts one of them occurs is the text compared.
type substrings struct {
	byFirst map[rune][]string
}

func newSubstrings(ss []string) *substrings {
	t := &substrings{byFirst: map[rune][]string{}}
	for _, x := range ss {
		r, _ := utf8.DecodeRuneInString(x)
		t.byFirst[r] = append(t.byFirst[r], x)
	}
	return t
}

// in reports whether s contains one of the strings (strings.Contains for
// each, in one pass).
func (t *substrings) in(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		for _, x := range t.byFirst[r] {
			if strings.HasPrefix(s[i:], x) {
				return true
			}
		}
		i += n
	}
	return false
}

// firstRunes is what an anchored regular expression can match first; any
// is set when that could not be worked out (then every text is tried).
type firstRunes struct {
	insts []*syntax.Inst
	any   bool
}

func (f firstRunes) mayStart(r rune) bool {
	if f.any {
		return true
	}
	for _, in := range f.insts {
		if in.MatchRune(r) {
			return true
		}
	}
	return false
}

func firstRunesAll(res []*regexp.Regexp) []firstRunes {
	out := make([]firstRunes, len(res))
	for i, re := range res {
		out[i] = firstRunesOf(re.String())
	}
	return out
}

// firstRunesOf follows the compiled program of expr from its start through
// empty-width, capture, no-op and alternation instructions to the
// instructions that consume the first rune. Every path must pass the
// beginning-of-text anchor first: an unanchored expression can match
// anywhere, so its first rune says nothing about the text's.
func firstRunesOf(expr string) firstRunes {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return firstRunes{any: true}
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return firstRunes{any: true}
	}
	var f firstRunes
	type state struct {
		pc       uint32
		anchored bool
	}
	seen := map[state]bool{}
	var visit func(pc uint32, anchored bool)
	visit = func(pc uint32, anchored bool) {
		if seen[state{pc, anchored}] || f.any {
			return
		}
		seen[state{pc, anchored}] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			visit(in.Out, anchored)
			visit(in.Arg, anchored)
		case syntax.InstCapture, syntax.InstNop:
			visit(in.Out, anchored)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg) != syntax.EmptyBeginText {
				f.any = true // other anchors and boundaries: not worth following
				return
			}
			visit(in.Out, true)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if !anchored {
				f.any = true
				return
			}
			f.insts = append(f.insts, in)
		default: // a match with no rune, or anything unexpected
			f.any = true
		}
	}
	visit(uint32(prog.Start), false)
	return f
}

// isHan is unicode.Is(unicode.Han, r) with the common cases first: ASCII
// is never Han, and the CJK Unified Ideographs block (U+4E00–U+9FFF) is
// Han throughout.
func isHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}
