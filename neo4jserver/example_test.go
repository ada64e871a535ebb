package neo4jserver_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/dipgraph/dipgraph/neo4jserver"
)

func ExampleURI() {
	fmt.Println(neo4jserver.URI(neo4jserver.Config{Port: 7688}))
	// Output: bolt://127.0.0.1:7688
}

// Start the user's instance (as `dipgraph neo4j start` does) and print how to
// reach it.
func ExampleStart() {
	cfg := neo4jserver.DefaultConfig()
	cfg.Log = os.Stderr
	st, err := neo4jserver.Start(context.Background(), cfg)
	if err != nil {
		log.Fatal(err)
	}
	password, err := neo4jserver.ManagedPassword(cfg)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(st.URI, st.PID, len(password) > 0)
}

func ExampleFromEnv() {
	uri, user, _, database, managed := neo4jserver.FromEnv()
	if managed {
		fmt.Println("managed instance at", uri)
	} else {
		fmt.Println("external server", uri, "as", user, "database", database)
	}
}
