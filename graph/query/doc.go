// Package query runs read-only Cypher against the dipgraph database and
// prints the result as an aligned table (CJK-aware), CSV or JSON. It backs
// `dipgraph query` and the ready-made questions (contacts, between, path,
// events).
//
// Files:
//
//	query.go      Run: a read transaction, writes refused, result formatting
//	format.go     value conversion (nodes, paths, temporal values) and writers
//	params.go     ParseParam / ParseParams for --param k=v
//	questions.go  Contacts, Between, Path, Events: (cypher, params) pairs
//	examples.go   Examples: the README's example queries (EXAMPLES.md is generated from them)
package query
