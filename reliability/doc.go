// Package reliability holds black-box tests of the dipgraph binary: hostile
// inputs, resource limits, faults of a real Neo4j (unreachable, wrong
// password, stopped mid-run, process killed) and security guards. It has no
// code of its own, only tests; run them with
//
//	go test -count=1 -v ./reliability
//
// The tests build cmd/dipgraph into a temporary directory and start their own
// managed Neo4j instance (DIPGRAPH_NEO4J_HOME in a temporary directory, a free
// port), so a developer's instance and the Makefile's test instance are left
// alone. Set DIPGRAPH_RELIABILITY_HOME to a directory to keep that instance's
// state (its Maven build and data) between runs; an instance already running
// there is left running, else the one the tests start is stopped at the end. Tests that need Neo4j are skipped under -short.
//
// Files:
//
//	main_test.go      TestMain: binary, Neo4j instance, the report table
//	fixtures_test.go  hostile inputs (small ones committed in testdata/hostile, big ones generated)
//	hostile_test.go   hostile inputs through extract and run; resource limits
//	faults_test.go    Neo4j unreachable, wrong password, stopped mid-run, SIGKILL mid-batch
//	security_test.go  Cypher values as parameters, TLS URIs, loopback-only listening
package reliability
