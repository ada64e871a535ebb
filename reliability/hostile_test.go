package reliability

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	seedName = "000_e5cfe8160906b070.txt" // testdata/seed: the one real article the repo may hold
	mb       = 1 << 20
)

// hostileCase is one input run beside a good article.
type hostileCase struct {
	name string
	make func(t testing.TB, dir string) string // writes the input, returns its path
	args []string                              // extra flags
	// errs are the error lines (path and reason) the run must print; none
	// means the input is handled without error.
	errs []string
	// noErr lists substrings that must not be in stderr.
	noErr []string
}

func committed(name string) func(testing.TB, string) string {
	return func(t testing.TB, dir string) string {
		b, err := os.ReadFile(filepath.Join(hostileDir(), name))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
}

var hostileCases = []hostileCase{
	{name: "zero-byte file", make: committed("empty.txt"), errs: []string{"empty.txt: empty body"}},
	{name: "binary file", make: committed("binary.bin"), errs: []string{"binary.bin: binary content (NUL bytes)"}},
	{name: "invalid UTF-8", make: committed("invalid-utf8.txt"), errs: []string{"invalid-utf8.txt: invalid text encoding: not UTF-8, GB18030 or Big5"}},
	// Neither UTF-8 nor, as a whole, GB18030 or Big5: refused rather than
	// decoded to mojibake.
	{name: "mixed encodings", make: committed("mixed-encoding.txt"), errs: []string{"mixed-encoding.txt: invalid text encoding: not UTF-8, GB18030 or Big5"}},
	{name: "front matter without closing line", make: committed("frontmatter-unclosed.md"), errs: []string{"frontmatter-unclosed.md: broken front matter: no closing --- line"}},
	{name: "names with quotes, backslashes, Cypher", make: committed("names.jsonl"), errs: []string{"names.jsonl [line 2]: malformed record: JSON"}},
	{name: "tar with ../ and absolute paths", make: committed("traversal.tar"), errs: []string{
		`traversal.tar!../../evil.txt: unsafe archive member path: "../../evil.txt" escapes the archive`,
		`traversal.tar!/tmp/dipgraph-absolute.txt: unsafe archive member path`,
		`traversal.tar!..\windows.txt: unsafe archive member path`,
		`traversal.tar!link: unsupported entry: tar entry type`,
	}, noErr: []string{"ok/article.txt"}},
	{name: "10^5-deep nested HTML", make: func(t testing.TB, dir string) string {
		p := filepath.Join(dir, "deep.html")
		writeDeepHTML(t, p, 100000)
		return p
	}, errs: []string{"deep.html: malformed record: HTML: html: open stack of elements exceeds 512 nodes"}},
	{name: "200 MB single file", make: func(t testing.TB, dir string) string {
		p := filepath.Join(dir, "huge.txt")
		writeSparse(t, p, 200*1000*1000)
		return p
	}, errs: []string{"huge.txt: file too big: 200000000 bytes, limit 67108864"}},
	// A 1 GiB member declared as such, the same declared as 1000 bytes, and
	// 40 × 60 MiB members (each under the file limit, 2.4 GiB in all) run with
	// the file limit raised so that only the archive limit stops them.
	{name: "zip bomb (1 GiB member, honest header)", make: func(t testing.TB, dir string) string {
		p := filepath.Join(dir, "bomb.zip")
		writeZipBomb(t, p, bombMember{1 << 30, 1 << 30})
		return p
	}, errs: []string{"bomb.zip!zeros/000.txt: file too big: 1073741824 bytes, limit 67108864"}},
	{name: "zip bomb (1 GiB member, header says 1000)", make: func(t testing.TB, dir string) string {
		p := filepath.Join(dir, "liar.zip")
		writeZipBomb(t, p, bombMember{1 << 30, 1000})
		return p
	}, errs: []string{"liar.zip!zeros/000.txt: unreadable: zip: zip: not a valid zip file"}},
	{name: "zip bomb (3 × 1 GiB, file limit raised)", args: []string{"--max-file-size", "2000000000"}, make: func(t testing.TB, dir string) string {
		p := filepath.Join(dir, "bomb3.zip")
		writeZipBomb(t, p, bombMember{1 << 30, 1 << 30}, bombMember{1 << 30, 1 << 30}, bombMember{1 << 30, 1 << 30})
		return p
	}, errs: []string{"bomb3.zip!zeros/002.txt: archive decompresses past the limit: limit 2147483648 bytes"}, noErr: []string{"zz-good"}},
	{name: "50 MB JSON Lines record", make: func(t testing.TB, dir string) string {
		p := filepath.Join(dir, "big-line.jsonl")
		writeBigLine(t, p, 50*mb)
		return p
	}, errs: []string{"big-line.jsonl [line 1]: file too big: article body of 52494336 bytes, limit 16777216"}, noErr: []string{"[line 2]"}},
}

// goodArticle copies the seed article into dir.
func goodArticle(t testing.TB, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "seed", seedName))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "good-"+seedName)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHostileInputs runs each hostile input beside a good article through
// `dipgraph extract`: the input gets a clear error naming the file and the
// reason (or is handled), the good article's relations still come out, and
// the exit code is 3 exactly when some input failed.
func TestHostileInputs(t *testing.T) {
	for _, c := range hostileCases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			in := c.make(t, dir)
			good := goodArticle(t, dir)
			r := run(t, dir, nil, append(append([]string{"extract", "--format", "jsonl"}, c.args...), filepath.Base(in), filepath.Base(good))...)
			want := 0
			if len(c.errs) > 0 {
				want = 3
			}
			if r.code != want {
				t.Errorf("exit %d, want %d\n%s", r.code, want, r)
			}
			for _, e := range c.errs {
				if !strings.Contains(r.stderr, "  "+e) {
					t.Errorf("stderr lacks %q\n%s", e, r)
				}
			}
			for _, e := range c.noErr {
				if strings.Contains(r.stderr, e) {
					t.Errorf("stderr has %q\n%s", e, r)
				}
			}
			if !strings.Contains(r.stdout, `"path":"`+filepath.Base(good)+`"`) {
				t.Errorf("the good article's relations are missing from stdout\n%s", r)
			}
			if r.elapsed.Seconds() > 60 {
				t.Errorf("took %s", r.elapsed)
			}
			outcome, detail := "handled", "no error"
			if len(c.errs) > 0 {
				outcome = "refused, exit 3"
				detail = c.errs[0]
			}
			if t.Failed() {
				outcome = "FAILED"
			}
			report.input(c.name, outcome, detail+" ("+r.elapsed.Round(1e6).String()+")")
		})
	}
}

// TestLimits checks each resource limit's flag and default.
func TestLimits(t *testing.T) {
	r := run(t, "", nil, "extract", "-h")
	for _, d := range []string{
		"-max-file-size int\n", "(default 67108864)",
		"-max-archive-size int\n", "(default 2147483648)",
		"-max-article-size int\n", "(default 16777216)",
		"-file-timeout duration\n", "(default 1m0s)",
	} {
		if !strings.Contains(r.stderr, d) {
			t.Errorf("extract -h lacks %q\n%s", d, r.stderr)
		}
	}
	cases := []struct {
		name string
		make func(t testing.TB, dir string) string
		args []string
		err  string
	}{
		{"--max-file-size", func(t testing.TB, dir string) string {
			p := filepath.Join(dir, "a.txt")
			os.WriteFile(p, []byte("标题\n"+goodSentence+strings.Repeat("。", 100)), 0o644)
			return p
		}, []string{"--max-file-size", "200"}, "a.txt: file too big:"},
		{"--max-archive-size", func(t testing.TB, dir string) string {
			p := filepath.Join(dir, "z.zip")
			writeZipBomb(t, p, bombMember{mb, mb}, bombMember{mb, mb}, bombMember{mb, mb}, bombMember{mb, mb})
			return p
		}, []string{"--max-archive-size", "2500000"}, "z.zip!zeros/002.txt: archive decompresses past the limit: limit 2500000 bytes"},
		{"--max-article-size", func(t testing.TB, dir string) string {
			p := filepath.Join(dir, "a.jsonl")
			os.WriteFile(p, jsonLine(map[string]string{"text": goodSentence}), 0o644)
			return p
		}, []string{"--max-article-size", "50"}, "a.jsonl [line 1]: file too big: article body of 114 bytes, limit 50"},
		{"--file-timeout", func(t testing.TB, dir string) string {
			p := filepath.Join(dir, "slow.jsonl")
			var b []byte
			for i := 0; i < 20000; i++ {
				b = append(b, jsonLine(map[string]string{"title": "t", "text": goodSentence})...)
			}
			os.WriteFile(p, b, 0o644)
			return p
		}, []string{"--file-timeout", "1us"}, "slow.jsonl: parsing took too long: limit 1µs"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			in := c.make(t, dir)
			good := goodArticle(t, dir)
			args := append(append([]string{"extract", "--format", "jsonl"}, c.args...), filepath.Base(in))
			if c.name != "--file-timeout" && c.name != "--max-file-size" && c.name != "--max-article-size" {
				args = append(args, filepath.Base(good))
			}
			r := run(t, dir, nil, args...)
			if r.code != 3 || !strings.Contains(r.stderr, "  "+c.err) {
				t.Errorf("want exit 3 and %q\n%s", c.err, r)
			}
			outcome := "enforced"
			if t.Failed() {
				outcome = "FAILED"
			}
			report.check("limit "+c.name, outcome, c.err)
		})
	}
}
