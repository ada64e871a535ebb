package read

import (
	"path"
	"regexp"
	"strings"
)

// Outlets maps source codes — Jekyll "categories:" values and the code in
// agora0 file names (2025-11-01-CNA-….html), matched case-insensitively —
// and file-name prefixes of CSV exports to the outlet name put in
// Doc.Outlet. Codes not listed are kept as written.
var Outlets = map[string]string{
	"aj":        "半岛电视台",
	"cna":       "中央社",
	"kyodo":     "共同社",
	"dw":        "德国之声",
	"bbc":       "BBC中文",
	"chosun":    "朝鲜日报",
	"nyt":       "纽约时报中文网",
	"rthk":      "香港电台",
	"rfi":       "法广",
	"voa":       "美国之音",
	"zaobao":    "联合早报",
	"cpcnews":   "中国共产党新闻网",
	"xwlb":      "新闻联播",
	"xinhua":    "新华社",
	"people":    "人民网",
	"cctv":      "央视网",
	"fmprc":     "外交部",
	"mfa":       "外交部",
	"rfa":       "自由亚洲电台",
	"ftchinese": "FT中文网",
}

// outletCode turns a source code into its outlet name.
func outletCode(code string) string {
	code = strings.TrimSpace(code)
	if name, ok := Outlets[strings.ToLower(code)]; ok {
		return name
	}
	return code
}

var postName = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}-([A-Za-z]+)-`)

// outletFromName guesses an outlet from a file name: the code of a Jekyll
// post name or the prefix of an export (cpcnews_ldhd.csv).
func outletFromName(p string) string {
	base := path.Base(strings.ReplaceAll(p, "!", "/"))
	if m := postName.FindStringSubmatch(base); m != nil {
		if name, ok := Outlets[strings.ToLower(m[1])]; ok {
			return name
		}
	}
	prefix := strings.ToLower(base)
	if i := strings.IndexAny(prefix, "_-."); i > 0 {
		prefix = prefix[:i]
	}
	return Outlets[prefix]
}
