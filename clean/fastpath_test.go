package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The fast paths of keepParagraph must agree with the plain tests.
func TestKeepParagraphFastPaths(t *testing.T) {
	texts := []string{"", "a", "【相关阅读】x", "[延伸閱讀] y", "DW中文有Instagram", "下载新闻APP", "来源：新华社",
		"2025-11-01 12:00", "跳过 YouTube 帖子", "广告", "Advertisement", "图片来源, Getty Images", "Image source: AFP",
		"中国和俄罗斯", "版权所有", "本文版权声明如下", "不支持播放此视频", "All rights reserved.", "全文，欢迎搜寻dw",
		"\xff来源：", "来 源：", "编辑：王"}
	for _, s := range texts {
		want := false
		for _, p := range dropContains {
			want = want || strings.Contains(s, p)
		}
		if got := dropContainsSet.in(s); got != want {
			t.Errorf("contains %q: got %v want %v", s, got, want)
		}
		first, _ := utf8.DecodeRuneInString(s)
		for i, re := range dropPara {
			if re.MatchString(s) && !dropParaFirst[i].mayStart(first) {
				t.Errorf("pattern %d matches %q but its first-rune test says no", i, s)
			}
		}
	}
	// Unanchored or partly anchored expressions are always tried.
	for _, expr := range []string{`abc`, `^a|b`, `(?m)^a`, `\bx`} {
		if f := firstRunesOf(expr); !f.any {
			t.Errorf("%s: want any", expr)
		}
	}
	if f := firstRunesOf(`^(?:来源|编辑)\s*[:：]`); f.any || !f.mayStart('来') || f.mayStart('中') {
		t.Errorf("anchored expression: %+v", f)
	}
}

func FuzzKeepParagraphFastPaths(f *testing.F) {
	f.Add("【相关阅读】x")
	f.Add("来源：新华社")
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, p := range dropContains {
			want = want || strings.Contains(s, p)
		}
		if got := dropContainsSet.in(s); got != want {
			t.Fatalf("contains %q: got %v want %v", s, got, want)
		}
		first, _ := utf8.DecodeRuneInString(s)
		for i, re := range dropPara {
			if re.MatchString(s) && !dropParaFirst[i].mayStart(first) {
				t.Fatalf("pattern %d matches %q", i, s)
			}
		}
	})
}

// isHan must agree with unicode.Is(unicode.Han, r) on every rune.
func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}
