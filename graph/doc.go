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
//	(:Person)-[:MET_WITH|PHONE_CALL|CO_CHAIRED {count, first, last}]->(:Person)   lower id → higher id
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
// article; the managed test instance, 768 MB heap, on a shared 2-core machine
// with load average ~10, so ±40%): one relation per transaction 36 rels/s;
// batches of 100: 785; 1,000: 1,340; 5,000: 1,142; 20,000: 798 rels/s.
// DefaultBatchSize is therefore 1,000 (37× the one-per-transaction baseline);
// larger transactions gain nothing here and hold more memory.
//
// Person, Country and Office nodes and HOLDS/REPRESENTS edges are merged
// from participants (Person.country and Person.office: the last value
// written). When an article is replaced, persons left without events,
// offices nobody holds and countries nothing refers to are removed; HOLDS and
// REPRESENTS edges of persons who keep other events stay.
package graph
