package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

func TestWriterBuffer(t *testing.T) {
	s := newStore(nil, Config{BatchSize: 100}) // no driver: nothing reaches the batch size
	w := s.NewWriter()
	ctx := context.Background()
	rel := extract.Relation{Type: extract.MetWith}
	a := Article{Doc: extract.DocRef{ID: "a", Hash: "1"}, Relations: []extract.Relation{rel, rel}}
	b := Article{Doc: extract.DocRef{ID: "b", Hash: "1"}, Relations: []extract.Relation{rel}}
	a2 := Article{Doc: extract.DocRef{ID: "a", Hash: "2"}, Relations: []extract.Relation{rel, rel, rel}}
	for _, x := range []Article{a, b, a, a2} {
		if err := w.Add(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if len(w.buf) != 2 || w.buf[0].Doc.Hash != "2" || w.pending != 4 || w.skipped != 1 {
		t.Errorf("buffer %d articles, first hash %s, %d relations, %d skipped; want 2, 2, 4, 1",
			len(w.buf), w.buf[0].Doc.Hash, w.pending, w.skipped)
	}
	if err := w.Add(ctx, Article{Doc: extract.DocRef{Path: "f.md"}}); !errors.Is(err, ErrNoArticleID) {
		t.Errorf("article without id: %v", err)
	}
	if s.BatchSize() != 100 || newStore(nil, Config{}).BatchSize() != DefaultBatchSize {
		t.Error("batch size default")
	}
}
