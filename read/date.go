package read

import (
	"strings"
	"time"
)

// Shanghai is the zone for dates that carry none: the corpus sources that
// omit a zone (transcripts, CSV exports) are mainland Chinese.
var Shanghai = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		return time.FixedZone("CST", 8*3600)
	}
	return loc
}()

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02 15:04:05.999999999 -07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02T15:04:05.999999999-0700",
	time.RFC1123Z,
	time.RFC1123,
	"2006-01-02 15:04:05 MST",
}

var localLayouts = []string{
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
	"20060102",
	"2006年1月2日 15:04",
	"2006年1月2日",
}

// parseDate reads the date formats seen in front matter, meta tags, CSV and
// JSON dumps. Values without a zone are taken as Asia/Shanghai.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), `"'`))
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	for _, l := range localLayouts {
		if t, err := time.ParseInLocation(l, s, Shanghai); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
