package neo4jserver

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// launcherFS holds the canonical Maven project of the Java launcher; Start
// writes it to Dir/launcher and builds it there.
//
//go:embed launcher/pom.xml launcher/src/main/java/dipgraph/Launcher.java
var launcherFS embed.FS

// launcherFiles are the embedded files, relative to launcher/.
var launcherFiles = []string{"pom.xml", "src/main/java/dipgraph/Launcher.java"}

const (
	launcherClass = "dipgraph.Launcher"
	stampName     = "target/dipgraph-build.sha256"
	classpathName = "target/classpath.txt"
	classFile     = "target/classes/dipgraph/Launcher.class"
)

// ErrJavaMissing and ErrMavenMissing wrap the errors for a missing JDK or
// Maven.
var (
	ErrJavaMissing  = errors.New("neo4jserver: java not found on PATH: install a JDK 17+ (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to an existing Neo4j 5")
	ErrMavenMissing = errors.New("neo4jserver: mvn not found on PATH: install Maven (Debian: apt-get install maven) and a JDK 17+ (openjdk-17-jdk-headless), or set NEO4J_URI to an existing Neo4j 5")
)

// sourceHash is the SHA-256 of the embedded launcher sources.
func sourceHash() string {
	h := sha256.New()
	for _, f := range launcherFiles {
		b, err := launcherFS.ReadFile("launcher/" + f)
		if err != nil {
			panic(err) // embedded at build time; cannot happen
		}
		fmt.Fprintf(h, "%s\x00%d\x00", f, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ensureBuilt writes the launcher sources to dir and runs Maven there unless
// the stamp shows the build output is from the same sources and every
// classpath entry still exists. It returns the Java classpath.
func ensureBuilt(ctx context.Context, dir string, logf func(string, ...any)) (string, error) {
	want := sourceHash()
	if cp, ok := upToDate(dir, want); ok {
		return cp, nil
	}
	mvn, err := exec.LookPath("mvn")
	if err != nil {
		return "", ErrMavenMissing
	}
	for _, f := range launcherFiles {
		b, _ := launcherFS.ReadFile("launcher/" + f)
		dst := filepath.Join(dir, filepath.FromSlash(f))
		if old, err := os.ReadFile(dst); err == nil && bytes.Equal(old, b) {
			continue // keep the mtime: Maven's incremental build sees no change
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return "", fmt.Errorf("neo4jserver: %w", err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return "", fmt.Errorf("neo4jserver: %w", err)
		}
	}
	os.Remove(filepath.Join(dir, stampName))
	logFile := filepath.Join(dir, "build.log")
	lf, err := os.Create(logFile)
	if err != nil {
		return "", fmt.Errorf("neo4jserver: %w", err)
	}
	defer lf.Close()
	logf("building the Neo4j launcher with Maven in %s (the first build downloads about 100 MB of Neo4j artifacts into ~/.m2 and can take several minutes)", dir)
	began := time.Now()
	cmd := exec.CommandContext(ctx, mvn, "-B", "-q", "compile", "dependency:build-classpath",
		"-Dmdep.outputFile="+classpathName)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = lf, lf
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", fmt.Errorf("neo4jserver: Maven build in %s interrupted: %w", dir, ctx.Err())
		}
		return "", fmt.Errorf("neo4jserver: Maven build failed (%v); %s ends with:\n%s", err, logFile, tailFile(logFile, 30, ""))
	}
	if err := os.WriteFile(filepath.Join(dir, stampName), []byte(want+"\n"), 0o644); err != nil {
		return "", fmt.Errorf("neo4jserver: %w", err)
	}
	cp, ok := upToDate(dir, want)
	if !ok {
		return "", fmt.Errorf("neo4jserver: Maven succeeded but %s or %s is missing or names missing jars", filepath.Join(dir, classFile), filepath.Join(dir, classpathName))
	}
	logf("launcher built in %s", time.Since(began).Round(100*time.Millisecond))
	return cp, nil
}

// upToDate reports whether dir holds a build of the sources with hash want,
// and returns its classpath.
func upToDate(dir, want string) (string, bool) {
	stamp, err := os.ReadFile(filepath.Join(dir, stampName))
	if err != nil || strings.TrimSpace(string(stamp)) != want {
		return "", false
	}
	classes := filepath.Join(dir, "target", "classes")
	if _, err := os.Stat(filepath.Join(dir, classFile)); err != nil {
		return "", false
	}
	deps, err := os.ReadFile(filepath.Join(dir, classpathName))
	if err != nil {
		return "", false
	}
	entries := strings.Split(strings.TrimSpace(string(deps)), string(os.PathListSeparator))
	for _, e := range entries {
		if _, err := os.Stat(e); errors.Is(err, fs.ErrNotExist) || e == "" {
			return "", false // e.g. ~/.m2 was cleaned: rebuild re-downloads
		}
	}
	return classes + string(os.PathListSeparator) + strings.Join(entries, string(os.PathListSeparator)), true
}
