package extract

import (
	"testing"

	"github.com/dipgraph/dipgraph/dict"
)

// BenchmarkNew measures start-up: loading the embedded dictionaries and
// building the matcher and the segmenter.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, err := dict.Default()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNewParts(b *testing.B) {
	d, err := dict.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("matcher", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			newMatcher(d, Triggers)
		}
	})
	m := newMatcher(d, Triggers)
	b.Run("segmenter", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := NewSegmenter(m.words()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
