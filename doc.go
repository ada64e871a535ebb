// Package dipgraph turns archives of Chinese-language news into a graph of
// diplomatic contacts.
//
// Data flows one way, one package per stage:
//
//	read     archives, files and formats → read.Doc (UTF-8 body + metadata)
//	clean    read.Doc → clean.Article (paragraphs, sentences, byte offsets)
//	dict     people, offices and countries (embedded YAML + user files)
//	extract  clean.Article + dict → []extract.Relation (segmentation with gse,
//	         dictionary matching, relation rules, dates, modality)
//	graph    relations → Neo4j (schema, idempotent batched writes, exports)
//	pipeline one reader, N extraction workers, one graph writer
//	eval     precision / recall against gold sets (shared/ANNOTATION.md)
//
// neo4jserver manages the local Neo4j Community instance started from Maven
// artifacts (tools/neo4j). cmd/dipgraph only wires these together.
package dipgraph
