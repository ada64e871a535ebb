package dict

import (
	"strings"
	"testing"
)

// FuzzParseDate: ParseDate accepts exactly the YYYY, YYYY-MM and
// YYYY-MM-DD forms it documents; an accepted date formats back to the
// first day of the period it names, and an error quotes the input.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2022", "2022-12", "2022-12-07", "2022-02-30", "2022-13", "0000", "9999-12-31", "2022-1-7", " 2022", "２０２２", "2022-12-07T00:00:00Z", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !strings.Contains(err.Error(), "date ") {
				t.Fatalf("error %q does not name the date", err)
			}
			return
		}
		var back string
		switch len(s) {
		case 4:
			back = d.Format("2006")
		case 7:
			back = d.Format("2006-01")
		case 10:
			back = d.Format("2006-01-02")
		default:
			t.Fatalf("accepted %q", s)
		}
		if back != s {
			t.Fatalf("%q parsed as %s", s, d)
		}
		if d.Hour() != 0 || d.Minute() != 0 || (len(s) < 10 && d.Day() != 1) || (len(s) == 4 && d.Month() != 1) {
			t.Fatalf("%q: %s is not the period's first day", s, d)
		}
	})
}
