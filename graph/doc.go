// Package graph writes extracted relations to Neo4j: the schema analysts
// query (notes/schema.md, version SchemaVersion), an idempotent batched
// writer, events deduplicated across articles, and resumable runs.
//
// Files:
//
//	store.go    Config, Lookup, Open/OpenDriver/Close
//	schema.go   the label and type allow-list, constraints and indexes, Meta version
//	plan.go     pure planning: relations → rows, event groups and ids, the date resolver
//	queries.go  every Cypher statement (values are always parameters)
//	writer.go   Writer: one managed write transaction per batch
//	read.go     Ingested, Counts, Dump
//
// # Graph
//
//	(:Person)-[:PARTICIPATED_IN {role}]->(:Event)-[:REPORTED_IN {sentence, span, …}]->(:Article)
//	(:Event)-[:IN_COUNTRY]->(:Country)                         VISITED events
//	(:Person)-[:HOLDS {source}]->(:Office)-[:OF]->(:Country)
//	(:Person)-[:REPRESENTS]->(:Country)
//	(:Person)-[:MET_WITH|PHONE_CALL|CO_CHAIRED {count, first, last, group_dates}]->(:Person)   lower id → higher id
//	(:Person)-[:VISITED {count, first, last}]->(:Country)
//
// # Events
//
// An Event is identified by its group — a hash of type, status and the
// sorted participant keys — and its date: id = group + ":" + date. A relation
// joins an event of its group with a compatible date: the same day; a
// month-only event of the same month, which the day then refines (the event's
// date and id become the day's); for a month-only relation, the same month or
// else the earliest day event of that month. Undated or malformed dates match
// only the same string. The event's date, id, mode, place and meeting name
// are derived from its REPORTED_IN edges (each keeps the article's date, mode,
// place and name), so they do not depend on the order articles arrive in and
// go back when a report is removed. One article has at most one REPORTED_IN
// per event: the witness with the highest confidence, then the earliest
// sentence, carrying the most precise date the article gives.
//
// Only "fact" relations are written by default. With Config.KeepNonFact,
// "planned" and "negated" relations become Events with that status (a
// different group from the fact), with participants and reports but never
// convenience edges.
//
// # Writing
//
// A Writer buffers whole articles and writes a batch in one ExecuteWrite
// transaction: read the stored hashes (skip unchanged articles), remove the
// contributions of changed ones, read the existing events of the batch's
// groups, resolve events in Go, MERGE nodes and edges with UNWIND, derive
// event properties, then recompute the convenience edges of every pair the
// batch touched from the events themselves. Every step reads before it
// writes, so a retried transaction does the same work; an article's node and
// hash commit together with its relations, so an interrupted run leaves
// either the whole article or nothing, and rerunning the same input gives the
// graph of an uninterrupted run.
//
// # Batch size
//
// BenchmarkWriteBatch (synthetic: 2,000 persons, 30,000 relations, ~3 per
// article, into an empty database; the managed instance, 1 GB heap, 256 MB
// page cache, parallel collector, memory tracking off, 2-core machine;
// medians of 3 runs, one process, the second such pass after a restart,
// 2026-12-06, eighth session). Edges are relationships created (~2.8 per
// relation):
//
//	batch               1 (baseline)   100     1,000   5,000   20,000
//	relations/s         273            3,435   5,471   6,545   7,311
//	relationships/s     928            9,733   15,502  18,544  20,714
//
// A third pass gave 18,180 at batch 5,000 and 19,644 at 20,000: 20,000
// relationships/s is reached only at the larger batch, and not in every
// pass. DefaultBatchSize is 5,000 (20× the one-relation-per-transaction
// baseline): 20,000 gains another 8–12% but holds four times as much in one
// transaction. The eighth session's change is the instance's: Neo4j's
// memory tracking (dbms.memory.tracking.enable) is off, +3.7–11.7% at batch
// 5,000 in three A/B rounds of alternating restarts (medians of runs 6–10
// after each restart). The seventh session's was the JVM's: the parallel
// collector instead of G1 (+18% at batch 5,000; see neo4jserver's
// jvmFlags). The first runs after a restart are slower while the JIT warms
// up (about 7,000 relationships/s on the first, 15,000 by the fourth).
// Measured in the eighth session and not kept (A/B of alternating runs, no
// difference beyond noise): transaction state off the heap
// (db.tx_state.memory_allocation=OFF_HEAP); REPORTED_IN properties written
// in CREATE instead of SET r = map, together with finding an event that
// already exists by a locking OPTIONAL MATCH instead of the fresh flag
// (removes two Eager operators; 18,050 against 18,252 median); planning
// every statement with EXPLAIN when the schema is ensured (planning is not
// in the timed region); dropping the event date, article date and name
// indexes (commit time unchanged, 1.15 s against 1.16–1.30 s per run).
// Two changes of the sixth session: a contact edge that exists is updated in
// place, and only a missing one goes through MERGE (+4%, A/B medians of 4);
// and qDeriveEvents reads each event's reports from the event in a
// subquery. Before, every other run at batch 5,000 or more took 22 s instead
// of 6 s: after the schema was recreated, the planner sometimes joined the
// events with all articles, and one statement took 17 s (the server's own
// ResultAvailableAfter).
// A batch also holds at most that many articles. The database's own CPU is
// the limit here: a bare UNWIND … CREATE of relationships between indexed
// nodes runs at 25,000–60,000 rows/s on this machine, and the writer still
// does several row operations per relation. Three shortcuts keep that number
// down: events new to a batch are created with their participants, country
// and reports in one statement, with CREATE rather than MERGE for those edges
// (a new node has none yet); a pair whose events were all created by the
// batch gets its contact edge's dates with the row instead of an index seek;
// and a Writer leaves out the person, office, country, HOLDS and REPRESENTS
// rows its committed batches already wrote unchanged (a batch that replaced
// articles drops that memory, since the orphan clean-up may delete nodes).
// For first loads of very large archives, export --format csv feeds
// neo4j-admin database import instead.
//
// Measured and not kept (batch 5,000): looking contact edges up through a
// relationship property index instead of expanding a busy person's edges
// (twice as slow: the index seeks on a transaction's own new edges); two
// writers on halves of an archive at once (no gain: the database already
// keeps 1.3–1.7 of the two cores busy, with about 1.1 s of young-GC pauses
// in a 6.5 s run under G1; measured again in the eleventh session with
// two Writers on alternate articles: 9,544–14,609 relationships/s over five
// runs against 16,617–19,095 for one, as the synthetic archive's popular
// persons make the two transactions wait on each other's locks); the serial collector, a 2 GB heap, or a larger
// young generation for the parallel collector (no gain). Per batch of
// 5,000, about: event creation 1.45 s, contact edges 1.5 s, commit 1.6 s,
// derivations and reports 0.65 s (G1, before the collector change).
// Leaving the contact edges out altogether reached about 15,000
// relationships/s under G1. Building them instead in one set-based pass
// after the last batch (MATCH the fact events of each type, MERGE one edge
// per pair, CALL … IN TRANSACTIONS of 10,000 rows), measured in the
// twenty-first session on the warm test instance, four alternating runs
// each: 14,374 relationships/s against 12,224 (medians, +18%; the pass took
// 0.6–1.2 s of 5.7–6.0). Not kept: still short of 20,000, and until the pass
// ran the graph would hold events without their contact edges, which
// changes what an interrupted run leaves. Per run of the benchmark at batch 5,000 in the
// eighth session (4.9 s, before memory tracking was turned off): event
// creation 1.25 s, commit 1.2 s, contact edges 1.0 s, derivations, reports
// and the rest 1.1 s, the writer's own Go code 0.3 s.
//
// # Concurrent shards
//
// Shards of one archive (--shard i/n) may write to one database at the same
// time. An event another transaction created after this one read its group
// is found by MERGE on the event's id and gets this batch's participants,
// country and reports merged, then its properties derived again from all its
// reports (TestConcurrentEvent). Day-dated reports give the graph of a single
// writer (TestConcurrentShards). A month-only report joins the day event of
// that month its writer saw, so with concurrent shards the day it ends up on
// can differ from a single run's; the event's own date is not affected.
//
// Person, Country and Office nodes and HOLDS/REPRESENTS edges are merged
// from participants (Person.country and Person.office: the last value
// written). When an article is replaced, persons left without events,
// offices nobody holds and countries nothing refers to are removed; HOLDS and
// REPRESENTS edges of persons who keep other events stay.
package graph
