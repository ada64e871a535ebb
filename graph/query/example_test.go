package query_test

import (
	"fmt"
	"os"

	"github.com/dipgraph/dipgraph/graph/query"
)

func ExampleParseParams() {
	params, err := query.ParseParams([]string{"name=习近平", "limit=10", "min=0.5", "all=true", `ids=["a","b"]`, `code="007"`})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, k := range []string{"name", "limit", "min", "all", "ids", "code"} {
		fmt.Printf("%s: %T %v\n", k, params[k], params[k])
	}
	// Output:
	// name: string 习近平
	// limit: int64 10
	// min: float64 0.5
	// all: bool true
	// ids: []interface {} [a b]
	// code: string 007
}

func ExampleWrite() {
	res := &query.Result{
		Keys: []string{"contact", "country", "count"},
		Rows: [][]any{{"普京", "俄罗斯", int64(12)}, {"Blinken", "美国", int64(3)}},
	}
	query.Write(os.Stdout, res, query.FormatTable)
	// Output:
	// contact  country  count
	// ───────  ───────  ─────
	// 普京     俄罗斯      12
	// Blinken  美国         3
	// (2 rows)
}

func ExampleContacts() {
	cypher, params := query.Contacts([]string{"习近平"}, "2024-01-01")
	fmt.Println(len(cypher) > 0, params["people"], params["since"])
	// Run(ctx, driver, "neo4j", cypher, params, "table", os.Stdout) prints one
	// row per contact and type: person, contact, office, country, type,
	// count, first, last.
	// Output:
	// true [习近平] 2024-01-01
}
