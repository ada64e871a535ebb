// Package neo4jserver manages the local Neo4j Community 5 instance that
// dipgraph writes to when NEO4J_URI is not set.
//
// The instance is Neo4j Community 5.26 (LTS) from Maven Central, run embedded
// by a one-class Java launcher (launcher/pom.xml and
// launcher/src/main/java/dipgraph/Launcher.java, embedded in the Go binary).
// Start writes the launcher to Config.Dir/launcher and builds it there with
// Maven (the first build downloads the Neo4j jars into ~/.m2; later starts
// skip Maven while the build stamp matches the embedded sources), then runs
//
//	java -Xms1g -Xmx1g <jvmFlags> -cp ... dipgraph.Launcher --home DIR --port N --pagecache 256m
//
// as a detached process (own session, output to DIR/neo4j.log, pid in
// DIR/neo4j.pid) with only Bolt enabled, on 127.0.0.1, authentication on. The
// password of user neo4j goes to the JVM through its environment
// (NEO4J_PASSWORD), never through argv, and is stored in DIR/password (0600).
// Start returns once the launcher has printed READY and the Go driver's
// VerifyConnectivity accepts the password. Stop sends SIGTERM (clean
// shutdown) and SIGKILL after StopTimeout.
//
// Requirements: a JDK 17+ (java; javac for the first build) and Maven on PATH.
//
// Files:
//
//	config.go  Config, DefaultConfig (environment), URI, ResolveConn/FromEnv,
//	           password handling
//	build.go   the embedded launcher sources and the Maven build
//	server.go  Start, Stop, CurrentStatus: process, pid file, lock, Bolt wait
//
// Package neo4jtest gives integration tests in other packages a driver on a
// wiped database, one test binary at a time.
package neo4jserver
