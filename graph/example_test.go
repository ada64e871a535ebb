package graph_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
)

// A run opens the store, writes every article through one Writer and
// flushes at the end. Articles already in the graph with the same hash are
// skipped, so rerunning after an interruption resumes where it stopped.
func ExampleStore_NewWriter() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{
		URI:      "bolt://localhost:7687",
		Username: "neo4j",
		Password: os.Getenv("NEO4J_PASSWORD"),
	})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close(ctx)
	w := s.NewWriter()
	li := extract.Participant{Name: "李克强", ID: "li-keqiang", Kind: "person", Country: "中国", Office: "国务院总理"}
	mi := extract.Participant{Name: "米舒斯京", ID: "mishustin", Kind: "person", Country: "俄罗斯", Office: "总理"}
	err = w.Add(ctx, graph.Article{
		Doc: extract.DocRef{ID: "seed", Hash: "sha256:…"},
		Relations: []extract.Relation{{Type: extract.MetWith, Status: extract.StatusFact,
			Participants: []extract.Participant{li, mi}, Date: "2022-12-07", Confidence: 0.9}},
	})
	if err == nil {
		err = w.Flush(ctx)
	}
	if err != nil {
		log.Fatal(err)
	}
	st := w.Stats()
	fmt.Println(st.ArticlesWritten, st.ArticlesSkipped, st.Relations)
}

// Dump prints a canonical, sorted text form of the whole graph: compare two
// dumps to compare two graphs.
func ExampleStore_Dump() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{URI: "bolt://localhost:7687", Username: "neo4j", Password: os.Getenv("NEO4J_PASSWORD")})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close(ctx)
	if err := s.Dump(ctx, os.Stdout); err != nil {
		log.Fatal(err)
	}
}
