package neo4jtest_test

import (
	"context"
	"testing"

	"github.com/dipgraph/dipgraph/neo4jserver/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// In an integration test of another package:
func ExampleDriver() {
	var t *testing.T // the test's *testing.T
	drv, db := neo4jtest.Driver(t)
	_, err := neo4j.ExecuteQuery(context.Background(), drv, "MERGE (:Country {iso2: 'CN'})", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatal(err)
	}
}
