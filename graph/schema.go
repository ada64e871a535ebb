package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SchemaVersion is the version of the graph layout this package writes
// (notes/schema.md). It is stored on (:Meta {key:"schema"}).
const SchemaVersion = 1

// Labels and relationship types: the allow-list. Every Cypher string in this
// package is a constant built from these; no label or type comes from data.
const (
	LabelPerson  = "Person"
	LabelCountry = "Country"
	LabelOffice  = "Office"
	LabelArticle = "Article"
	LabelEvent   = "Event"
	LabelMeta    = "Meta"

	RelParticipatedIn = "PARTICIPATED_IN"
	RelReportedIn     = "REPORTED_IN"
	RelHolds          = "HOLDS"
	RelOf             = "OF"
	RelRepresents     = "REPRESENTS"
	RelInCountry      = "IN_COUNTRY"
	RelMetWith        = "MET_WITH"
	RelPhoneCall      = "PHONE_CALL"
	RelCoChaired      = "CO_CHAIRED"
	RelVisited        = "VISITED"
)

// Labels lists every node label the package writes.
var Labels = []string{LabelArticle, LabelCountry, LabelEvent, LabelMeta, LabelOffice, LabelPerson}

// RelTypes lists every relationship type the package writes.
var RelTypes = []string{RelCoChaired, RelHolds, RelInCountry, RelMetWith, RelOf, RelParticipatedIn,
	RelPhoneCall, RelReportedIn, RelRepresents, RelVisited}

var schemaStatements = []string{
	"CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT office_id IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (n:Meta) REQUIRE n.key IS UNIQUE",
	"CREATE INDEX event_group IF NOT EXISTS FOR (n:Event) ON (n.group)",
	"CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
	// Indexes that graphs written before 2026-11-24 have, dropped: a type
	// (four values) or a size (mostly 2) selects little, and each index costs
	// every event created. Queries by type scan the Event label instead.
	"DROP INDEX event_type IF EXISTS",
	"DROP INDEX event_size IF EXISTS",
	"CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)",
	"CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name)",
	"CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)",
}

// EnsureSchema creates the constraints and indexes if they do not exist,
// waits for them to come online and records the schema version. It fails if
// the graph was written by a newer schema version.
func (s *Store) EnsureSchema(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for _, q := range schemaStatements {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("graph: schema on %s: %q: %w", s.uriLabel, q, err)
		}
	}
	res, err := sess.Run(ctx, "CALL db.awaitIndexes(300)", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("graph: schema on %s: waiting for indexes: %w", s.uriLabel, err)
	}
	v, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int64, error) {
		r, err := tx.Run(ctx, `MERGE (m:Meta {key: 'schema'})
ON CREATE SET m.version = $version
RETURN m.version AS version`, map[string]any{"version": SchemaVersion})
		if err != nil {
			return 0, err
		}
		rec, err := r.Single(ctx)
		if err != nil {
			return 0, err
		}
		v, _ := rec.Get("version")
		n, _ := v.(int64)
		return n, nil
	})
	if err != nil {
		return fmt.Errorf("graph: schema version on %s: %w", s.uriLabel, err)
	}
	if v > SchemaVersion {
		return fmt.Errorf("graph: database at %s has schema version %d; this dipgraph writes version %d", s.uriLabel, v, SchemaVersion)
	}
	return nil
}
