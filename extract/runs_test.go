package extract

import (
	"reflect"
	"regexp"
	"testing"
)

var runFinders = map[string]*runFinder{
	"monthday": runsMonthDay, "day": runsDay, "slash": runsSlash, "weekday": runsWeekday, "relative": runsRelative,
}

// The run finders must find exactly what the expressions find over the
// whole sentence.
func TestRunFinderSameAsRegexp(t *testing.T) {
	cases := []string{
		"",
		"新华社北京12月7日电 国务院总理李克强7日上午在人民大会堂同俄罗斯总理米舒斯京举行会谈。",
		"2022年12月5日至7日，二〇二二年十二月五日，今年9月份，去年十月，前年3月2号。",
		"当地时间27日，12/4，1/2/3，星期一、周日和礼拜天，上个月、上月、本月、日前、近日、昨天、前日。",
		"月月月日日日号号号/////周周周",
		"前一天，前一日，昨晚，当天",
		"12月份和2月的3日，一月二日三月",
		"\xff月\xfe12日",
		"中国和俄罗斯双方举行会谈，没有日期。",
	}
	for _, s := range cases {
		for name, f := range runFinders {
			want := f.re.FindAllStringSubmatchIndex(s, -1)
			got := f.findAllSubmatchIndex(s)
			if len(want) == 0 && len(got) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %q:\n got %v\nwant %v", name, s, got, want)
			}
		}
	}
}

func FuzzRunFinder(f *testing.F) {
	f.Add("2022年12月5日至7日，当地时间27日，12/4，星期一，上个月")
	f.Add("十二月五日二〇二二年")
	f.Fuzz(func(t *testing.T, s string) {
		for name, rf := range runFinders {
			want := rf.re.FindAllStringSubmatchIndex(s, -1)
			got := rf.findAllSubmatchIndex(s)
			if (len(want) != 0 || len(got) != 0) && !reflect.DeepEqual(got, want) {
				t.Fatalf("%s %q: got %v want %v", name, s, got, want)
			}
		}
	})
}

// The analysis must find an alphabet for the date expressions (else there
// is no speed-up) and refuse expressions it cannot bound.
func TestRunFinderAnalysis(t *testing.T) {
	for name, f := range runFinders {
		if f.plain {
			t.Errorf("%s: no alphabet found", name)
		}
	}
	for _, expr := range []string{`a.b`, `^月`, `\b月`, `[^月]`, `月?`, `x*`, `[\x{10000}-\x{10010}]`} {
		if f := newRunFinder(regexp.MustCompile(expr)); !f.plain {
			t.Errorf("%s: want a plain search", expr)
		}
	}
	f := newRunFinder(regexp.MustCompile(`(?i)ab|c[de]`))
	for _, s := range []string{"xxABx", "aB", "cd ce", "abc"} {
		if got, want := f.findAllSubmatchIndex(s), f.re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %v want %v", s, got, want)
		}
	}
}
