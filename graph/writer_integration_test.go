package graph

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/graph")

// The fixed small archive: three articles, written out by hand so every
// count below can be checked by reading it.
func smallArticles() []Article {
	li := pp("李克强", "li-keqiang", "中国", "国务院总理")
	mi := pp("米舒斯京", "mishustin", "俄罗斯", "俄罗斯总理")
	wang := pp("王毅", "wang-yi", "中国", "外长")
	lav := pp("拉夫罗夫", "lavrov", "俄罗斯", "外长")
	zhang := pp("张三", "", "", "")
	ru := extract.Participant{Name: "俄罗斯", ID: "RU", Kind: "country", Mention: "俄罗斯"}
	rel := func(typ, status, date string, conf float64, start int, ps ...extract.Participant) extract.Relation {
		mode := extract.ModeInPerson
		if typ == extract.PhoneCall {
			mode = extract.ModePhone
		}
		return extract.Relation{Type: typ, Status: status, Participants: ps, Date: date, Mode: mode,
			Trigger: synthTrigger[typ], Sentence: "句" + typ, Span: [2]int{start, start + 30}, Confidence: conf}
	}
	doc := func(id, hash string) extract.DocRef {
		return extract.DocRef{ID: id, Path: "small/" + id + ".md", Title: "标题 " + id, Outlet: "test",
			Published: "2022-12-08T00:00:00Z", Hash: hash}
	}
	// a3 is the third row of a CSV file, named by its item.
	rowOf := func(d extract.DocRef, item string) extract.DocRef {
		d.Path, d.Item = "small/archive.csv", item
		return d
	}
	return []Article{
		{Doc: doc("a1", "h1"), Relations: []extract.Relation{
			rel(extract.MetWith, "fact", "2022-12", 0.8, 0, li, mi),
			rel(extract.Visited, "fact", "2022-12-05", 0.9, 40, li, ru),
		}},
		{Doc: doc("a2", "h2"), Relations: []extract.Relation{
			rel(extract.MetWith, "fact", "2022-12-07", 0.9, 0, mi, li),
			rel(extract.PhoneCall, "fact", "2022-12-08", 0.9, 40, wang, lav),
			rel(extract.MetWith, "planned", "2023-01", 0.9, 80, wang, lav),
		}},
		{Doc: rowOf(doc("a3", "h3"), "row 3"), Relations: []extract.Relation{
			rel(extract.CoChaired, "fact", "2022-12-07", 0.95, 0, li, mi),
			rel(extract.MetWith, "fact", "2022-11-30", 0.7, 40, zhang, wang),
			rel(extract.MetWith, "fact", "2022-11-30", 0.9, 80, wang, zhang), // same event, same article
		}},
	}
}

var smallCounts = map[string]int64{
	"Person": 5, "Country": 2, "Office": 4, "Article": 3, "Event": 5, "Meta": 1,
	"PARTICIPATED_IN": 9, "REPORTED_IN": 6, "HOLDS": 4, "OF": 4, "REPRESENTS": 4, "IN_COUNTRY": 1,
	"MET_WITH": 2, "PHONE_CALL": 1, "CO_CHAIRED": 1, "VISITED": 1,
}

func writeAll(t testing.TB, s *Store, arts []Article) Stats {
	t.Helper()
	ctx := context.Background()
	w := s.NewWriter()
	for _, a := range arts {
		if err := w.Add(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	return w.Stats()
}

func dump(t testing.TB, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Dump(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func counts(t testing.TB, s *Store) map[string]int64 {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func checkCounts(t *testing.T, got, want map[string]int64) {
	t.Helper()
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d, want %d", k, got[k], n)
		}
	}
	for k, n := range got {
		if _, ok := want[k]; !ok && n != 0 {
			t.Errorf("%s: %d, want 0", k, n)
		}
	}
}

func diffDumps(t *testing.T, what, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	gs := map[string]bool{}
	for _, l := range g {
		gs[l] = true
	}
	ws := map[string]bool{}
	for _, l := range w {
		ws[l] = true
	}
	n := 0
	for _, l := range g {
		if !ws[l] && n < 20 {
			t.Logf("+ %s", l)
			n++
		}
	}
	for _, l := range w {
		if !gs[l] && n < 40 {
			t.Logf("- %s", l)
			n++
		}
	}
	t.Errorf("%s: dumps differ (%d vs %d lines)", what, len(g), len(w))
}

func TestSmallArchive(t *testing.T) {
	for _, batch := range []int{1, 2, 1000} {
		t.Run(fmt.Sprint("batch", batch), func(t *testing.T) {
			s := testStore(t, batch, fakeLookup{})
			st := writeAll(t, s, smallArticles())
			checkCounts(t, counts(t, s), smallCounts)
			if st.ArticlesWritten != 3 || st.Relations != 7 || st.RelationsDropped != 1 || st.ArticlesSkipped != 0 {
				t.Errorf("stats %+v", st)
			}
			d := dump(t, s)
			golden := filepath.Join("..", "testdata", "graph", "small.dump")
			if *update {
				if err := os.WriteFile(golden, []byte(d), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			diffDumps(t, "small archive vs "+golden, d, string(want))

			// The same archive again: everything is skipped, nothing changes.
			st2 := writeAll(t, s, smallArticles())
			if st2.ArticlesSkipped != 3 || st2.NodesCreated != 0 || st2.RelationshipsCreated != 0 || st2.PropertiesSet != 0 {
				t.Errorf("second run stats %+v", st2)
			}
			diffDumps(t, "second run", dump(t, s), d)
		})
	}
}

// eventOf returns id, date, granularity and the number of REPORTED_IN of the
// events of a type between two persons.
func eventsOf(t *testing.T, s *Store, typ, a, b string) [][]any {
	t.Helper()
	recs, err := s.read(context.Background(), `MATCH (:Person {id: $a})-[:PARTICIPATED_IN]->(e:Event {type: $type})<-[:PARTICIPATED_IN]-(:Person {id: $b})
OPTIONAL MATCH (e)-[r:REPORTED_IN]->()
RETURN e.id, e.date, e.granularity, count(r) ORDER BY e.date`, map[string]any{"a": a, "b": b, "type": typ})
	if err != nil {
		t.Fatal(err)
	}
	var out [][]any
	for _, r := range recs {
		out = append(out, r.Values)
	}
	return out
}

func TestDedupAndRefinement(t *testing.T) {
	arts := smallArticles()
	group := eventGroup(extract.MetWith, "fact", []string{"p:li-keqiang", "p:mishustin"})
	for _, tc := range []struct {
		name  string
		batch int
		order []int
	}{
		{"month then day, separate transactions", 1, []int{0, 1}},
		{"month then day, one transaction", 100, []int{0, 1}},
		{"day then month", 1, []int{1, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := testStore(t, tc.batch, fakeLookup{})
			ctx := context.Background()
			w := s.NewWriter()
			for i, k := range tc.order {
				if err := w.Add(ctx, arts[k]); err != nil {
					t.Fatal(err)
				}
				if i == 0 && tc.batch == 1 {
					// After the first article alone, the event has its date.
					if err := w.Flush(ctx); err != nil {
						t.Fatal(err)
					}
					d := arts[k].Relations[0].Date
					got := eventsOf(t, s, extract.MetWith, "li-keqiang", "mishustin")
					if len(got) != 1 || got[0][0] != eventID(group, d) || got[0][1] != d {
						t.Fatalf("after one article: %v, want %s", got, eventID(group, d))
					}
				}
			}
			if err := w.Flush(ctx); err != nil {
				t.Fatal(err)
			}
			got := eventsOf(t, s, extract.MetWith, "li-keqiang", "mishustin")
			want := []any{eventID(group, "2022-12-07"), "2022-12-07", GranDay, int64(2)}
			if len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(want) {
				t.Errorf("events %v, want one %v", got, want)
			}
			recs, err := s.read(ctx, `MATCH (:Person {id: 'li-keqiang'})-[r:MET_WITH]-(:Person {id: 'mishustin'}) RETURN r.count, r.first, r.last`, nil)
			if err != nil || len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[1 2022-12-07 2022-12-07]" {
				t.Errorf("MET_WITH edge: %v %v", recs, err)
			}
		})
	}
}

func TestReplaceArticle(t *testing.T) {
	arts := smallArticles()
	changed := arts[1]
	changed.Doc.Hash = "h2-new"
	changed.Relations = []extract.Relation{changed.Relations[1]}
	changed.Relations[0].Date = "2022-12-09"
	changed.Relations[0].Participants = []extract.Participant{pp("王毅", "wang-yi", "中国", "外长"), pp("李四", "", "", "")}

	s := testStore(t, 1000, fakeLookup{})
	writeAll(t, s, arts)
	st := writeAll(t, s, []Article{changed})
	if st.ArticlesReplaced != 1 {
		t.Errorf("stats %+v", st)
	}
	replaced := dump(t, s)
	group := eventGroup(extract.MetWith, "fact", []string{"p:li-keqiang", "p:mishustin"})
	if got := eventsOf(t, s, extract.MetWith, "li-keqiang", "mishustin"); len(got) != 1 || got[0][0] != group+":2022-12" {
		t.Errorf("the meeting should fall back to its month-only report: %v", got)
	}

	wipe(t, s)
	writeAll(t, s, []Article{arts[0], changed, arts[2]})
	diffDumps(t, "replaced vs clean", replaced, dump(t, s))
}

// TestResumeAfterKill kills a writer process with SIGKILL in the middle of a
// large write, reruns, and compares with a clean run.
func TestResumeAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test")
	}
	const persons, rels, batch = 2000, 12000, 500
	s := testStore(t, batch, synthLookup{})
	arts := synth(7, persons, rels, 3)

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.v")
	cmd.Env = append(os.Environ(), helperEnv+"=1", fmt.Sprintf("GRAPH_HELPER_ARGS=%d,%d,%d", persons, rels, batch))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	flushed := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "flushed ") {
			flushed++
			if flushed == 5 {
				// Let the sixth transaction get under way, then kill.
				time.Sleep(150 * time.Millisecond)
				break
			}
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if flushed < 5 {
		t.Fatalf("helper flushed %d batches before it ended", flushed)
	}
	// A COMMIT the client sent just before it died still completes on the
	// server: wait until the article count stops moving (two reads 500 ms
	// apart agree) before taking it as what was written.
	c := counts(t, s)
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); {
		time.Sleep(500 * time.Millisecond)
		next := counts(t, s)
		if next["Article"] == c["Article"] {
			break
		}
		c = next
	}
	t.Logf("after kill: %d of %d articles", c["Article"], len(arts))
	if c["Article"] == 0 || c["Article"] >= int64(len(arts)) {
		t.Fatalf("kill did not interrupt the run: %d of %d articles", c["Article"], len(arts))
	}

	st := writeAll(t, s, arts)
	if st.ArticlesSkipped != int(c["Article"]) {
		t.Errorf("rerun skipped %d articles, want the %d already written", st.ArticlesSkipped, c["Article"])
	}
	resumed := dump(t, s)
	wipe(t, s)
	writeAll(t, s, arts)
	diffDumps(t, "resumed vs clean", resumed, dump(t, s))
}

const helperEnv = "GRAPH_TEST_HELPER"

// TestHelperWriter is the child process of TestResumeAfterKill.
func TestHelperWriter(t *testing.T) {
	if os.Getenv(helperEnv) != "1" {
		t.Skip("helper process")
	}
	var persons, rels, batch int
	fmt.Sscanf(os.Getenv("GRAPH_HELPER_ARGS"), "%d,%d,%d", &persons, &rels, &batch)
	s := helperStore(t, batch, synthLookup{})
	ctx := context.Background()
	w := s.NewWriter()
	n := 0
	for _, a := range synth(7, persons, rels, 3) {
		if err := w.Add(ctx, a); err != nil {
			t.Fatal(err)
		}
		if b := w.Stats().Batches; b > n {
			n = b
			fmt.Printf("flushed %d\n", n)
			os.Stdout.Sync()
		}
	}
	w.Flush(ctx)
}

func TestKeepNonFact(t *testing.T) {
	drv, db := neo4jtestDriver(t)
	s, err := OpenDriverConfig(context.Background(), drv, Config{Database: db, BatchSize: 1000, Lookup: fakeLookup{}, KeepNonFact: true})
	if err != nil {
		t.Fatal(err)
	}
	st := writeAll(t, s, smallArticles())
	want := maps.Clone(smallCounts)
	want["Event"]++              // the planned meeting of 王毅 and 拉夫罗夫
	want["PARTICIPATED_IN"] += 2 // its two participants
	want["REPORTED_IN"]++
	checkCounts(t, counts(t, s), want) // and no MET_WITH edge between them
	if st.RelationsDropped != 0 || st.Relations != 8 {
		t.Errorf("stats %+v", st)
	}
	recs, err := s.read(context.Background(), `MATCH (e:Event {status: 'planned'}) RETURN e.type, e.date`, nil)
	if err != nil || len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[MET_WITH 2023-01]" {
		t.Errorf("planned event: %v %v", recs, err)
	}
}

// TestGroupEvents checks the convenience edges of an event of three persons:
// every pair counts it, a later two-party event of one pair (in another
// transaction, where the edge's group_dates stand in for the group event)
// adds to it, and replacing the article of the group event takes it away
// again, as in a clean run.
func TestGroupEvents(t *testing.T) {
	li := pp("李克强", "li-keqiang", "中国", "国务院总理")
	mi := pp("米舒斯京", "mishustin", "俄罗斯", "俄罗斯总理")
	wang := pp("王毅", "wang-yi", "中国", "外长")
	rel := func(date string, ps ...extract.Participant) extract.Relation {
		return extract.Relation{Type: extract.MetWith, Status: "fact", Participants: ps, Date: date,
			Mode: extract.ModeInPerson, Trigger: "会谈", Sentence: "句", Span: [2]int{0, 3}, Confidence: 0.9}
	}
	doc := func(id, hash string) extract.DocRef {
		return extract.DocRef{ID: id, Path: id + ".md", Published: "2023-06-01T00:00:00Z", Hash: hash}
	}
	group := Article{Doc: doc("g1", "h1"), Relations: []extract.Relation{rel("2023-03-01", li, mi, wang)}}
	pair := Article{Doc: doc("g2", "h2"), Relations: []extract.Relation{rel("2023-05-02", mi, li)}}
	emptied := Article{Doc: doc("g1", "h1-new")}

	edges := func(t *testing.T, s *Store) string {
		t.Helper()
		recs, err := s.read(context.Background(), `MATCH (a:Person)-[r:MET_WITH]->(b:Person)
RETURN a.id + '-' + b.id, r.count, r.first, r.last, r.group_dates ORDER BY a.id, b.id`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range recs {
			out = append(out, fmt.Sprint(r.Values))
		}
		return strings.Join(out, "\n")
	}
	for _, batch := range []int{1, 1000} {
		t.Run(fmt.Sprint("batch", batch), func(t *testing.T) {
			s := testStore(t, batch, fakeLookup{})
			writeAll(t, s, []Article{group, pair})
			want := "[li-keqiang-mishustin 2 2023-03-01 2023-05-02 [2023-03-01]]\n" +
				"[li-keqiang-wang-yi 1 2023-03-01 2023-03-01 [2023-03-01]]\n" +
				"[mishustin-wang-yi 1 2023-03-01 2023-03-01 [2023-03-01]]"
			if got := edges(t, s); got != want {
				t.Errorf("after both articles:\n%s\nwant\n%s", got, want)
			}
			writeAll(t, s, []Article{emptied})
			if got, want := edges(t, s), "[li-keqiang-mishustin 1 2023-05-02 2023-05-02 <nil>]"; got != want {
				t.Errorf("after the group event's article was replaced:\n%s\nwant\n%s", got, want)
			}
			replaced := dump(t, s)
			wipe(t, s)
			writeAll(t, s, []Article{emptied, pair})
			diffDumps(t, "replaced vs clean", replaced, dump(t, s))
		})
	}
}

// TestBatchBoundsArticles checks that articles without relations still
// flush at the batch size: an archive of mostly relation-free articles
// never becomes one huge transaction.
func TestBatchBoundsArticles(t *testing.T) {
	s := testStore(t, 3, fakeLookup{})
	var arts []Article
	for i := range 10 {
		arts = append(arts, Article{Doc: extract.DocRef{ID: fmt.Sprint("empty", i), Path: fmt.Sprint(i, ".md"), Hash: "h"}})
	}
	st := writeAll(t, s, arts)
	if st.Batches != 4 || st.ArticlesWritten != 10 {
		t.Errorf("stats %+v, want 4 batches of at most 3 articles and 10 articles written", st)
	}
	if got := counts(t, s)["Article"]; got != 10 {
		t.Errorf("%d Article nodes, want 10", got)
	}
}

// TestWriterRemembersRows checks that leaving out rows a Writer already
// wrote changes nothing: a person whose office goes 外长 → 总理 → 外长 over
// three batches ends as in a run that writes them in one batch, and so does
// the whole graph.
func TestWriterRemembersRows(t *testing.T) {
	mi := pp("米舒斯京", "mishustin", "俄罗斯", "")
	art := func(id, office, date string) Article {
		wang := pp("王毅", "wang-yi", "中国", office)
		return Article{Doc: extract.DocRef{ID: id, Path: id + ".md", Published: "2023-06-01T00:00:00Z", Hash: id},
			Relations: []extract.Relation{{Type: extract.MetWith, Status: "fact", Participants: []extract.Participant{wang, mi},
				Date: date, Mode: extract.ModeInPerson, Trigger: "会谈", Sentence: "句", Span: [2]int{0, 3}, Confidence: 0.9}}}
	}
	office := func(t *testing.T, s *Store) string {
		t.Helper()
		recs, err := s.read(context.Background(), `MATCH (p:Person {id: 'wang-yi'}) RETURN p.office`, nil)
		if err != nil || len(recs) != 1 {
			t.Fatalf("read office: %v (%d records)", err, len(recs))
		}
		return fmt.Sprint(recs[0].Values[0])
	}
	for _, tt := range []struct {
		name string
		arts []Article
		want string
	}{
		{"back to the first", []Article{art("r1", "外长", "2023-03-01"), art("r2", "总理", "2023-04-01"), art("r3", "外长", "2023-05-01")}, "外交部长"},
		{"changed once", []Article{art("r1", "外长", "2023-03-01"), art("r2", "总理", "2023-04-01")}, "国务院总理"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			one := testStore(t, 1, fakeLookup{})
			wipe(t, one)
			writeAll(t, one, tt.arts)
			if got := office(t, one); got != tt.want {
				t.Errorf("office after one batch per article = %s, want %s (the last one written)", got, tt.want)
			}
			perBatch := dump(t, one)
			wipe(t, one)
			all := testStore(t, 1000, fakeLookup{})
			writeAll(t, all, tt.arts)
			diffDumps(t, "batch 1 vs 1000", perBatch, dump(t, all))
		})
	}
}

// TestConcurrentShards writes one archive as two interleaved shards at the
// same time, as `--shard 1/2` and `--shard 2/2` on two machines would, with
// few persons so that both shards meet the same events at once. The graph
// must equal a single writer's: events created by the other shard meanwhile
// get this shard's reports, and nothing is duplicated. Only the roles a and b
// of a two-party event may differ: they follow the report that created the
// event, and which shard wrote first is a race.
func TestConcurrentShards(t *testing.T) {
	// Every article is followed by a second report of the same relations,
	// which falls in the other shard at the same point of its run.
	// Month-only reports are left out: which day event of the month such a
	// report joins depends on what the writer has seen, so it may differ
	// between a sharded and a single run (documented in graph/doc.go).
	var arts []Article
	for _, a := range synth(7, 12, 300, 2) {
		a.Relations = slices.DeleteFunc(slices.Clone(a.Relations), func(r extract.Relation) bool { return len(r.Date) == len("2006-01") })
		b := a
		b.Doc.ID, b.Doc.Path, b.Doc.Hash = a.Doc.ID+"-again", a.Doc.Path+".again", a.Doc.Hash+"-again"
		arts = append(arts, a, b)
	}
	s := testStore(t, 10, synthLookup{})
	writeAll(t, s, arts)
	want := dump(t, s)
	wipe(t, s)

	var shards [2][]Article
	for i, a := range arts {
		shards[i%2] = append(shards[i%2], a)
	}
	errs := make(chan error, 2)
	for _, part := range shards {
		go func() {
			ctx := context.Background()
			w := s.NewWriter()
			for _, a := range part {
				if err := w.Add(ctx, a); err != nil {
					errs <- err
					return
				}
			}
			errs <- w.Flush(ctx)
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	roles := regexp.MustCompile(`\{"role":"[ab]"\}`)
	norm := func(d string) string { return roles.ReplaceAllString(d, `{"role":"a|b"}`) }
	diffDumps(t, "two concurrent shards vs one writer", norm(dump(t, s)), norm(want))
}

// TestConcurrentEvent makes two transactions create the same events: the
// second reads the (still empty) groups, then waits on the first's locks
// and finds the events there when it goes on. It must add its reports to
// them, not lose them or create copies: the graph equals a one-writer run.
func TestConcurrentEvent(t *testing.T) {
	li := pp("李克强", "li-keqiang", "中国", "国务院总理")
	mi := pp("米舒斯京", "mishustin", "俄罗斯", "俄罗斯总理")
	ru := extract.Participant{Name: "俄罗斯", ID: "RU", Kind: "country", Mention: "俄罗斯"}
	art := func(id string, conf float64) Article {
		return Article{Doc: extract.DocRef{ID: id, Path: "c/" + id + ".md", Title: id, Published: "2022-12-08T00:00:00Z", Hash: "h" + id},
			Relations: []extract.Relation{
				{Type: extract.MetWith, Status: "fact", Participants: []extract.Participant{li, mi}, Date: "2022-12-07",
					Mode: extract.ModeInPerson, Trigger: "会见", Sentence: "句" + id, Span: [2]int{0, 30}, Confidence: conf},
				{Type: extract.Visited, Status: "fact", Participants: []extract.Participant{li, ru}, Date: "2022-12-05",
					Trigger: "访问", Sentence: "句" + id, Span: [2]int{0, 30}, Confidence: conf},
			}}
	}
	first, second := art("x1", 0.8), art("x2", 0.9)
	ctx := context.Background()
	s := testStore(t, 10, fakeLookup{})
	writeAll(t, s, []Article{first, second})
	want := dump(t, s)
	wipe(t, s)

	begin := func() (neo4j.SessionWithContext, neo4j.ExplicitTransaction) {
		sess := s.session(ctx, neo4j.AccessModeWrite)
		tx, err := sess.BeginTransaction(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return sess, tx
	}
	sess1, tx1 := begin()
	defer sess1.Close(ctx)
	if _, err := s.writeBatch(ctx, tx1, []Article{first}, newWritten(), newWritten()); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		sess2, tx2 := begin()
		defer sess2.Close(ctx)
		if _, err := s.writeBatch(ctx, tx2, []Article{second}, newWritten(), newWritten()); err != nil {
			done <- err
			return
		}
		done <- tx2.Commit(ctx)
	}()
	// Commit the first only once the second waits on its locks.
	deadline := time.Now().Add(30 * time.Second)
	for {
		recs, err := s.read(ctx, "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*)", nil)
		if err != nil {
			t.Fatal(err)
		}
		if recs[0].Values[0].(int64) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the second transaction never waited on the first")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := tx1.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	diffDumps(t, "two transactions creating the same events vs one writer", dump(t, s), want)
}
