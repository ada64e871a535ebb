package extract

import (
	"reflect"
	"testing"
)

// cut must give exactly gse's Cut(text, true) with the same dictionary.
func TestCutSameAsGse(t *testing.T) {
	x := testExtractor(t)
	cases := []string{
		"", "a", "。", "国务院总理李克强7日上午在人民大会堂同俄罗斯总理米舒斯京举行会谈。",
		"東帝汶外長巴博會見了日本首相高市早苗，雙方就COVID-19和5G问题交换意见！",
		"ABC abc 123 3.14 ＡＢＣ", "\xff\xfe中国\xc3", "习近平习近平习近平", "机会见到",
	}
	for _, s := range cases {
		if got, want := x.seg.cut(s), x.seg.seg.Cut(s, true); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%q:\n got %q\nwant %q", s, got, want)
		}
	}
	if testing.Short() {
		return
	}
	arts := benchArticlesT(t)
	n := 0
	for _, a := range arts {
		for _, s := range a.Sentences {
			n++
			if got, want := x.seg.cut(s.Simplified), x.seg.seg.Cut(s.Simplified, true); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("%q:\n got %q\nwant %q", s.Simplified, got, want)
			}
		}
	}
	t.Logf("%d corpus sentences segmented alike", n)
}

func FuzzCut(f *testing.F) {
	f.Add("国务院总理李克强7日上午在人民大会堂同俄罗斯总理米舒斯京举行会谈。")
	f.Add("機會見到 abc 12")
	f.Fuzz(func(t *testing.T, s string) {
		x := testExtractor(t)
		if got, want := x.seg.cut(s), x.seg.seg.Cut(s, true); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("%q:\n got %q\nwant %q", s, got, want)
		}
	})
}
