# The README's test command is `make test`; .ci/run calls it too.
#
# Tests that need Neo4j use NEO4J_URI when it is set; otherwise they use a
# local Neo4j Community instance that this file starts (from Maven Central
# artifacts, see neo4jserver/) in .neo4j-test on port 17687 and stops at
# the end, so a developer's own instance is left alone.

GO ?= go
TEST_NEO4J = DIPGRAPH_NEO4J_HOME=$(CURDIR)/.neo4j-test DIPGRAPH_NEO4J_PORT=17687
DIPGRAPH = $(CURDIR)/bin/dipgraph

.PHONY: build test test-short vet lint reliability fuzz bench demo clean-neo4j

build:
	$(GO) build -o $(DIPGRAPH) ./cmd/dipgraph

vet:
	gofmt -l . | grep . && { echo "gofmt needed"; exit 1; } || true
	$(GO) vet ./...

# Whole suite: vet, staticcheck, unit tests, integration tests against a
# real Neo4j (and the reliability suite, which starts its own).
test: vet lint build
	@if [ -z "$$NEO4J_URI" ]; then $(TEST_NEO4J) $(DIPGRAPH) neo4j start; fi
	@status=0; $(TEST_NEO4J) $(GO) test -count=1 -timeout 30m ./... || status=$$?; \
	if [ -z "$$NEO4J_URI" ]; then $(TEST_NEO4J) $(DIPGRAPH) neo4j stop; fi; \
	exit $$status

# staticcheck, from the Go module proxy. (govulncheck needs its vulnerability
# database from vuln.go.dev, which this project's machines cannot reach.)
lint:
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

# Hostile inputs, limits, Neo4j faults and security guards on their own
# (make test runs them too). They build the binary and start their own
# Neo4j in a temp dir.
reliability:
	$(GO) test -count=1 -timeout 40m -v ./reliability

# Unit tests only (no Neo4j).
test-short: vet
	$(GO) test -short ./...

# A short fuzzing pass over every fuzz target (FUZZTIME per target).
FUZZTIME ?= 10s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

bench:
	bash bench/run.sh

# The README's first command: the seed article into the local Neo4j.
demo: build
	$(DIPGRAPH) run testdata/seed

clean-neo4j:
	-$(TEST_NEO4J) $(DIPGRAPH) neo4j stop
	rm -rf .neo4j-test
