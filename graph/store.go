package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DefaultBatchSize is the number of relations (and the most articles) per
// write transaction when Config.BatchSize is zero. See BenchmarkWriteBatch
// and the package documentation for the measurements it comes from.
const DefaultBatchSize = 5000

// Config says where the graph lives and how to write it. Credentials come
// from the caller (environment or file); they are never printed.
type Config struct {
	URI      string // bolt://localhost:7687, neo4j://…
	Username string
	Password string
	Database string // "" = the server's default database
	// BatchSize is the number of relations per write transaction; an article
	// is never split, so a batch may exceed it by one article's relations.
	// It also bounds the articles of a batch (most articles hold no
	// relation, and each still writes its Article node).
	BatchSize int
	// KeepNonFact writes relations whose status is "planned" or "negated" as
	// Events carrying that status (they never create convenience edges).
	// By default they are dropped.
	KeepNonFact bool
	// Lookup resolves country names and office titles to dictionary entries.
	// Nil means no dictionary: unknown country names become "x:"+name.
	Lookup Lookup
}

// Lookup resolves the names found in relations to dictionary entries. The
// pipeline passes one built from package dict; graph does not import dict.
type Lookup interface {
	// Country resolves a country id ("RU") or short name ("俄罗斯").
	Country(nameOrID string) (CountryInfo, bool)
	// Office resolves an office title or variant.
	Office(title string) (OfficeInfo, bool)
}

// CountryInfo is what the writer stores on a Country node.
type CountryInfo struct {
	ID   string // dictionary id: ISO 3166-1 alpha-2, or "UN", "EU", …
	ISO2 string // empty for organisations
	Name string // short simplified name
}

// OfficeInfo is what the writer stores on an Office node.
type OfficeInfo struct {
	Title    string // canonical title
	Category string // head_of_state, foreign_minister, …
	Country  string // Country id when the title belongs to one country (国务院总理 → CN), else ""
}

// Store is a connection to the graph database. It is safe for concurrent
// use; a Writer is not.
type Store struct {
	drv      neo4j.DriverWithContext
	db       string
	batch    int
	keepNon  bool
	lookup   Lookup
	ownsDrv  bool
	uriLabel string
}

// Open connects to the server named by cfg, checks connectivity and ensures
// the schema. Errors name the URI, never the password.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("graph: no Neo4j URI configured")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("graph: connect to %s: %w", cfg.URI, err)
	}
	if err := drv.VerifyConnectivity(ctx); err != nil {
		drv.Close(ctx)
		return nil, fmt.Errorf("graph: connect to %s as %q: %w", cfg.URI, cfg.Username, err)
	}
	s := newStore(drv, cfg)
	s.ownsDrv = true
	s.uriLabel = cfg.URI
	if err := s.EnsureSchema(ctx); err != nil {
		drv.Close(ctx)
		return nil, err
	}
	return s, nil
}

// OpenDriver wraps a driver the caller owns (tests, the neo4jtest helper):
// Close does not close it. It ensures the schema.
func OpenDriver(ctx context.Context, drv neo4j.DriverWithContext, database string, batch int) (*Store, error) {
	return OpenDriverConfig(ctx, drv, Config{Database: database, BatchSize: batch})
}

// OpenDriverConfig is OpenDriver with the writer options of cfg (URI and
// credentials are ignored).
func OpenDriverConfig(ctx context.Context, drv neo4j.DriverWithContext, cfg Config) (*Store, error) {
	s := newStore(drv, cfg)
	s.uriLabel = "driver"
	if err := s.EnsureSchema(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

func newStore(drv neo4j.DriverWithContext, cfg Config) *Store {
	b := cfg.BatchSize
	if b <= 0 {
		b = DefaultBatchSize
	}
	return &Store{drv: drv, db: cfg.Database, batch: b, keepNon: cfg.KeepNonFact, lookup: cfg.Lookup}
}

// BatchSize is the number of relations (and the most articles) per write
// transaction.
func (s *Store) BatchSize() int { return s.batch }

// Close closes the driver if Open created it.
func (s *Store) Close(ctx context.Context) error {
	if s.ownsDrv {
		return s.drv.Close(ctx)
	}
	return nil
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: mode})
}
