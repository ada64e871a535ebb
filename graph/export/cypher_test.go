package export

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCypherString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `''`},
		{"王毅", `'王毅'`},
		{"it's", `'it\'s'`},
		{`a\b`, `'a\\b'`},
		{`\'`, `'\\\''`},
		{"say \"hi\"", `'say \"hi\"'`},
		{"line\nbreak\r\ttab", `'line\nbreak\r\ttab'`},
		{"nul\x00bell\x07", `'nul\u0000bell\u0007'`},
		{"sep\u2028", `'sep\u2028'`},
		{"'}) DETACH DELETE n //", `'\'}) DETACH DELETE n //'`},
	}
	for _, tt := range tests {
		if got := CypherString(tt.in); got != tt.want {
			t.Errorf("CypherString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestLabel(t *testing.T) {
	for in, want := range map[string]string{
		"MET_WITH": "MET_WITH", "Person": "Person", "a1": "a1", "1a": "`1a`", "": "``",
		"with space": "`with space`", "bad`tick": "`bad``tick`", "会见": "`会见`",
	} {
		if got := Label(in); got != want {
			t.Errorf("Label(%q) = %s, want %s", in, got, want)
		}
	}
}

// unquoteCypher decodes a literal written by CypherString.
func unquoteCypher(t *testing.T, lit string) string {
	if len(lit) < 2 || lit[0] != '\'' || lit[len(lit)-1] != '\'' {
		t.Fatalf("not quoted: %s", lit)
	}
	body := lit[1 : len(lit)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '\'' {
			t.Fatalf("unescaped quote in %s", lit)
		}
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(body) {
			t.Fatalf("dangling backslash in %s", lit)
		}
		switch body[i] {
		case '\\', '\'', '"':
			b.WriteByte(body[i])
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'u':
			if i+4 >= len(body) {
				t.Fatalf("short \\u in %s", lit)
			}
			n, err := strconv.ParseUint(body[i+1:i+5], 16, 32)
			if err != nil {
				t.Fatal(err)
			}
			b.WriteRune(rune(n))
			i += 4
		default:
			t.Fatalf("unknown escape \\%c in %s", body[i], lit)
		}
	}
	return b.String()
}

func FuzzCypherString(f *testing.F) {
	for _, s := range []string{"", "it's", `a\b`, "x\ny", "\x00", "王毅", "\u2028", "\\'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lit := CypherString(s)
		if strings.ContainsAny(lit, "\n\r") {
			t.Fatalf("raw line break in %q", lit)
		}
		want := s
		if !utf8.ValidString(s) {
			want = string([]rune(s)) // each invalid byte becomes U+FFFD
		}
		if got := unquoteCypher(t, lit); got != want {
			t.Fatalf("round trip of %q: got %q", s, got)
		}
	})
}
