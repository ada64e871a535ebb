package clean_test

import (
	"fmt"

	"github.com/dipgraph/dipgraph/clean"
	"github.com/dipgraph/dipgraph/read"
)

func ExampleClean() {
	d := read.Doc{
		Path:  "x.html",
		Title: "李克强会见俄总理",
		HTML:  true,
		Body: []byte(`<figure><img src="a.jpg"><figcaption>视频会晤现场。</figcaption></figure>
<p><span>中俄总理举行视频会晤。双方表示愿意加强合作。</span></p><div id="dfp-ad-1">广告</div>`),
	}
	a, err := clean.Clean(d)
	if err != nil {
		panic(err)
	}
	for _, p := range a.Paragraphs {
		fmt.Printf("%s: %s\n", p.Kind, a.Text[p.Start:p.End])
	}
	for _, s := range a.Sentences {
		fmt.Println(s.Paragraph, s.Start, s.Text)
	}
	// Output:
	// title: 李克强会见俄总理
	// caption: 视频会晤现场。
	// body: 中俄总理举行视频会晤。双方表示愿意加强合作。
	// 0 0 李克强会见俄总理
	// 1 25 视频会晤现场。
	// 2 47 中俄总理举行视频会晤。
	// 2 80 双方表示愿意加强合作。
}

func ExampleSplitSentences() {
	for _, s := range clean.SplitSentences("他说：“中方愿意合作。”星期一（12月5日。）举行会晤！") {
		fmt.Println(s.Start, s.End, s.Text)
	}
	// Output:
	// 0 36 他说：“中方愿意合作。”
	// 36 78 星期一（12月5日。）举行会晤！
}

func ExampleSimplify() {
	fmt.Println(clean.Simplify("中國國家主席習近平會見韓國總統"))
	// Output: 中国国家主席习近平会见韩国总统
}
