package read

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

var update = flag.Bool("update", false, "rewrite testdata fixtures")

const seedPath = "../testdata/seed/000_e5cfe8160906b070.txt"

// TestEncodingFixtures regenerates (with -update) and checks the GBK and
// Big5 fixtures: the seed article re-encoded (in traditional script for
// Big5, which cannot hold simplified characters).
func TestEncodingFixtures(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	cc, err := opencc.New("s2t")
	if err != nil {
		t.Fatal(err)
	}
	trad, err := cc.Convert(string(seed))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file     string
		enc      encoding.Encoding
		utf8     string
		wantEnc  string
		wantText string
	}{
		{"seed-gbk.txt", simplifiedchinese.GBK, string(seed), "gb18030", "李克强会见俄总理"},
		{"seed-gb18030.txt", simplifiedchinese.GB18030, string(seed), "gb18030", "深化全面战略协作伙伴关系"},
		{"seed-big5.txt", traditionalchinese.Big5, trad, "big5", "李克強會見俄總理"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := filepath.Join("..", "testdata", "read", tt.file)
			if *update {
				b, err := encoding.ReplaceUnsupported(tt.enc.NewEncoder()).Bytes([]byte(tt.utf8))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			docs, errs := Parse(p, raw, Options{})
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("docs %d, errors %v", len(docs), errs)
			}
			d := docs[0]
			if d.Encoding != tt.wantEnc {
				t.Errorf("Encoding = %q, want %q", d.Encoding, tt.wantEnc)
			}
			if !strings.Contains(d.Title, tt.wantText) && !strings.Contains(string(d.Body), tt.wantText) {
				t.Errorf("decoded text lacks %q; title %q", tt.wantText, d.Title)
			}
			if d.URL != "https://www.zaobao.com/realtime/china/story20221207-1341299" {
				t.Errorf("URL = %q", d.URL)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("<html><head><meta charset=\"gbk\"></head><body><p>中国外交部发言人表示</p></body></html>")
	tests := []struct {
		name    string
		in      []byte
		enc     string
		wantErr error
	}{
		{"utf-8", []byte("中文"), "utf-8", nil},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, "中文"...), "utf-8", nil},
		{"utf-16le bom", []byte{0xFF, 0xFE, 0x2D, 0x4E, 0x87, 0x65}, "utf-16le", nil},
		{"meta charset", []byte(gbk), "gbk", nil},
		{"nul bytes", []byte("abc\x00def"), "", ErrBinary},
		{"garbage", []byte{0xFF, 0xFF, 0xFF, 0x80, 0x80, 0xFE}, "", ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, enc, err := decode(tt.in)
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err == nil && (enc != tt.enc || !strings.Contains(string(out), "中")) {
				t.Errorf("enc %q out %q", enc, out)
			}
		})
	}
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		name, path, in string
		docs           int
		reasons        []string
		check          func(t *testing.T, d []Doc)
	}{
		{name: "colon in title", path: "a.html", in: "---\ntitle: 王毅: 中方愿\"加强\"合作\ndate: 2025-11-02 12:34:02.000000000 +00:00\nlink: https://x.test/a\ncategories: cna\n---\n<p>正文。</p>\n", docs: 1,
			check: func(t *testing.T, d []Doc) {
				if d[0].Title != `王毅: 中方愿"加强"合作` || d[0].Outlet != "中央社" || d[0].Published.Format(time.RFC3339) != "2025-11-02T12:34:02Z" {
					t.Errorf("%q %q %v", d[0].Title, d[0].Outlet, d[0].Published)
				}
			}},
		{name: "quoted title, seed keys", path: "b.txt", in: "---\ntitle: '加拿大总理：对华关系迎“转折点” '\ndate: 2022-12-07T09:35:00.000Z\nauthor: 联合早报\nfrom: https://z.test/1\ntags: [ 联合早报 ]\n---\n<p>正文</p>", docs: 1,
			check: func(t *testing.T, d []Doc) {
				if d[0].Outlet != "联合早报" || d[0].URL != "https://z.test/1" || !d[0].HTML {
					t.Errorf("%+v", d[0])
				}
			}},
		{name: "unclosed front matter", path: "c.html", in: "---\ntitle: x\ndate: 2025-01-01\n<p>正文</p>", reasons: []string{"front-matter"}},
		{name: "front matter without keys", path: "c2.html", in: "---\n: : [\n---\n<p>x</p>", reasons: []string{"front-matter"}},
		{name: "empty body", path: "d.html", in: "---\ntitle: x\n---\n\n", reasons: []string{"empty"}},
		{name: "csv", path: "e.csv", in: "title,date,body\n甲,2020-12-09,\"第一段\n\t第二段\"\n乙,2020-12-08,\n", docs: 1, reasons: []string{"empty"},
			check: func(t *testing.T, d []Doc) {
				if d[0].Item != "row 1" || d[0].Published.Format(time.RFC3339) != "2020-12-09T00:00:00+08:00" || d[0].HTML {
					t.Errorf("%+v", d[0])
				}
			}},
		{name: "csv without body column", path: "f.csv", in: "a,b\n1,2\n", reasons: []string{"format"}},
		{name: "jsonl", path: "g.jsonl", in: "{\"url\":\"u1\",\"title\":\"t1\",\"date\":\"2025-11-01\",\"html\":\"<p>一</p>\"}\n\n{bad\n{\"title\":\"t3\",\"text\":\"三\"}\n{\"title\":\"t4\"}\n", docs: 2, reasons: []string{"format", "format"},
			check: func(t *testing.T, d []Doc) {
				if d[0].Item != "line 1" || !d[0].HTML || d[1].Item != "line 4" || d[1].HTML {
					t.Errorf("%+v", d)
				}
			}},
		{name: "json index", path: "catalogue.json", in: `[{"date":"20260822","abstract":"x"}]`, reasons: []string{"format"}},
		{name: "transcript", path: "20240105.md", in: "# 《新闻联播》 (20240105)\n\n## 新闻摘要\n\n1.甲\n\n## 详细新闻\n\n### 甲\n\n<p>正文一。</p>\n\n[查看原文](https://tv.test/1)\n\n### 乙\n\n[查看原文](https://tv.test/2)\n\n### 丙\n\n<p>正文三。</p>\n", docs: 2, reasons: []string{"empty"},
			check: func(t *testing.T, d []Doc) {
				if d[0].Item != "1" || d[0].URL != "https://tv.test/1" || d[1].Item != "3" || d[0].Published.Format(time.RFC3339) != "2024-01-05T00:00:00+08:00" {
					t.Errorf("%+v", d)
				}
			}},
		{name: "html page", path: "p.html", in: `<html><head><title>T</title><meta property="og:title" content="标题"><meta property="og:url" content="https://h.test/a"><meta property="article:published_time" content="2025-11-01T08:00:00+08:00"></head><body><p>正文</p></body></html>`, docs: 1,
			check: func(t *testing.T, d []Doc) {
				if d[0].Title != "标题" || d[0].URL != "https://h.test/a" || d[0].Format != "html" || d[0].Published.IsZero() {
					t.Errorf("%+v", d[0])
				}
			}},
		{name: "text", path: "n.txt", in: "标题行\n\n第一段。\n第二段。\n", docs: 1,
			check: func(t *testing.T, d []Doc) {
				if d[0].Title != "标题行" || d[0].HTML || d[0].Format != "text" {
					t.Errorf("%+v", d[0])
				}
			}},
		{name: "binary", path: "x.bin", in: "PK\x03\x04\x00\x00", reasons: []string{"binary"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := Parse(tt.path, []byte(tt.in), Options{})
			var reasons []string
			for _, e := range errs {
				reasons = append(reasons, e.Reason())
				if e.Path != tt.path || !strings.HasPrefix(e.Error(), tt.path) {
					t.Errorf("error does not name the file: %v", e)
				}
			}
			if len(docs) != tt.docs || strings.Join(reasons, ",") != strings.Join(tt.reasons, ",") {
				t.Fatalf("docs %d, reasons %v; want %d, %v (errors %v)", len(docs), reasons, tt.docs, tt.reasons, errs)
			}
			if tt.check != nil {
				tt.check(t, docs)
			}
		})
	}
}

func TestTooBig(t *testing.T) {
	_, errs := Parse("big.txt", bytes.Repeat([]byte("字"), 100), Options{MaxFileBytes: 10})
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooBig) {
		t.Fatalf("errors %v", errs)
	}
}

func writeTarGz(t *testing.T, p string, files map[string]string, order []string) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, name := range order {
		body := files[name]
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(body))
	}
	tw.Close()
	zw.Close()
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeZip(t *testing.T, p string, names []string, bodies []string) {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i, name := range names {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(bodies[i]))
	}
	zw.Close()
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func walkAll(t *testing.T, paths []string, opt Options) ([]Doc, []*Error) {
	t.Helper()
	var docs []Doc
	var errs []*Error
	err := Walk(context.Background(), paths, opt, func(d Doc) error { docs = append(docs, d); return nil }, func(e *Error) { errs = append(errs, e) })
	if err != nil {
		t.Fatal(err)
	}
	return docs, errs
}

func TestArchives(t *testing.T) {
	dir := t.TempDir()
	post := "---\ntitle: 标题\ndate: 2025-11-01\n---\n<p>正文。</p>\n"
	tgz := filepath.Join(dir, "posts.tar.gz")
	writeTarGz(t, tgz, map[string]string{
		"a/1.html": post, "../evil.html": post, "a/2.jsonl": `{"title":"j","text":"文"}` + "\n", "a/.hidden": "x",
	}, []string{"a/1.html", "../evil.html", "a/2.jsonl", "a/.hidden"})
	zp := filepath.Join(dir, "bomb.zip")
	big := strings.Repeat("大", 4000) // 12,000 bytes, compresses to little
	writeZip(t, zp, []string{"ok.txt", "big1.txt", "big2.txt"}, []string{"标题\n正文", big, big})

	docs, errs := walkAll(t, []string{tgz, zp}, Options{MaxArchiveBytes: 20000})
	var paths []string
	for _, d := range docs {
		paths = append(paths, d.Path+"#"+d.Item)
	}
	want := []string{tgz + "!a/1.html#", tgz + "!a/2.jsonl#line 1", zp + "!ok.txt#", zp + "!big1.txt#"}
	if strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("docs\n%v\nwant\n%v", paths, want)
	}
	var reasons []string
	for _, e := range errs {
		reasons = append(reasons, e.Reason()+" "+strings.TrimPrefix(e.Path, dir+"/"))
	}
	wantR := []string{"unsafe-path posts.tar.gz!../evil.html", "archive-too-big bomb.zip!big2.txt"}
	if strings.Join(reasons, ",") != strings.Join(wantR, ",") {
		t.Errorf("errors %v, want %v", reasons, wantR)
	}
	// Per-member size limit, tar side.
	_, errs = walkAll(t, []string{tgz}, Options{MaxFileBytes: 30})
	if len(errs) < 2 || !errors.Is(errs[0], ErrTooBig) {
		t.Errorf("errors %v", errs)
	}
	// A tar whose total decompressed size passes the archive limit.
	_, errs = walkAll(t, []string{tgz}, Options{MaxArchiveBytes: 1024})
	if len(errs) == 0 || !errors.Is(errs[len(errs)-1], ErrArchiveTooBig) {
		t.Errorf("errors %v", errs)
	}
}

func TestWalkDirGlobs(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub", "skip"), 0o755)
	os.MkdirAll(filepath.Join(dir, ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("标题\n正文"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("标题\n正文"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.log"), []byte("标题\n正文"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "d.txt"), []byte("标题\n正文"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "skip", "e.txt"), []byte("标题\n正文"), 0o644)
	os.WriteFile(filepath.Join(dir, ".git", "f.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "bin.txt"), []byte("\x00\x01"), 0o644)
	docs, errs := walkAll(t, []string{dir, filepath.Join(dir, "missing")}, Options{Include: []string{"*.txt"}, Exclude: []string{"skip"}})
	var got []string
	for _, d := range docs {
		got = append(got, strings.TrimPrefix(d.Path, dir+"/"))
	}
	if strings.Join(got, ",") != "a.txt,b.txt,sub/d.txt" {
		t.Errorf("docs %v", got)
	}
	if len(errs) != 2 || errs[0].Reason() != "binary" || errs[1].Reason() != "unreadable" {
		t.Errorf("errors %v", errs)
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		os.WriteFile(filepath.Join(dir, n), []byte("标题\n正文"), 0o644)
	}
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(Doc) error { n++; return stop }, nil)
	if err != stop || n != 1 {
		t.Errorf("err %v after %d docs", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Walk(ctx, []string{dir}, Options{}, func(Doc) error { return nil }, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("err %v", err)
	}
}

func FuzzParse(f *testing.F) {
	seed, _ := os.ReadFile(seedPath)
	f.Add("post.html", seed)
	f.Add("a.html", []byte("---\ntitle: \"unterminated\ndate: 2025\n---\n<p>x"))
	f.Add("a.html", []byte("---\n---\n"))
	f.Add("a.csv", []byte("title,date,body\n\"a,2020,\"b\n"))
	f.Add("a.jsonl", []byte("{\"html\":\"<p>\"}\n{\"text\":1}\n[]\n"))
	f.Add("a.json", []byte(`[{"title":"x","html":"<p>y</p>"}, 3]`))
	f.Add("20240105.md", []byte("# 《新闻联播》 (2024010)\n## 详细新闻\n### \n### a\n[查看原文](x\n"))
	f.Add("x.txt", []byte{0xB0, 0xA1, 0xC4, 0xE3, 0xFF})
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		docs, errs := Parse(name, data, Options{MaxFileBytes: 1 << 20})
		for _, d := range docs {
			if d.ID == "" || d.Path != name || len(d.Hash) != 40 || len(bytes.TrimSpace(d.Body)) == 0 {
				t.Fatalf("bad doc %+v", d)
			}
		}
		for _, e := range errs {
			if e.Path != name || e.Err == nil {
				t.Fatalf("bad error %+v", e)
			}
		}
	})
}

// TestProgrammeHash checks that a news programme's items change their hash
// when any item of the programme changes (they are extracted together), and
// keep it when nothing does.
func TestProgrammeHash(t *testing.T) {
	const prog = "# 《新闻联播》 (20240105)\n\n## 详细新闻\n\n### 甲\n\n<p>正文一。</p>\n\n### 乙\n\n<p>正文二。</p>\n"
	hashes := func(in string) []string {
		docs, errs := Parse("20240105.md", []byte(in), Options{})
		if len(errs) > 0 || len(docs) != 2 {
			t.Fatalf("docs %d, errors %v", len(docs), errs)
		}
		return []string{docs[0].Hash, docs[1].Hash}
	}
	a, b := hashes(prog), hashes(prog)
	edited := hashes(strings.Replace(prog, "正文二", "正文二改", 1))
	if a[0] != b[0] || a[1] != b[1] {
		t.Errorf("the same programme gives hashes %v and %v", a, b)
	}
	if a[0] == a[1] {
		t.Errorf("two items share the hash %s", a[0])
	}
	if edited[0] == a[0] || edited[1] == a[1] {
		t.Errorf("an edit of item 2 left a hash unchanged: %v → %v", a, edited)
	}
}
