package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/internal/corpustest"
)

// corpusDir is the shared corpus, read in place; the test skips without it.
func corpusDir(tb testing.TB) string { return corpustest.Dir(tb) }

// buildBinary builds the command into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dipgraph")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestInterruptExtract sends SIGINT to `dipgraph extract` running over the
// whole corpus once it has written some relations: the process must stop
// with exit code 130, and what it wrote must be whole JSON Lines.
func TestInterruptExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and reads the corpus")
	}
	corpus := corpusDir(t)
	bin := buildBinary(t)
	cmd := exec.Command(bin, "extract", "--progress", "none", "--json", corpus)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Read the first line, then interrupt; keep reading to the end.
	r := bufio.NewReader(stdout)
	var lines []string
	first, err := r.ReadString('\n')
	if err != nil {
		cmd.Process.Kill()
		t.Fatalf("no output before the interrupt: %v\n%s", err, stderr.String())
	}
	lines = append(lines, first)
	sent := time.Now()
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	for {
		l, err := r.ReadString('\n')
		if l != "" {
			lines = append(lines, l)
		}
		if err != nil {
			break
		}
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitCanceled {
		t.Fatalf("exit: %v, want code %d\n%s", err, exitCanceled, stderr.String())
	}
	if d := time.Since(sent); d > 30*time.Second {
		t.Errorf("took %s to stop after SIGINT", d)
	}
	for i, l := range lines {
		if !strings.HasSuffix(l, "\n") {
			t.Fatalf("line %d is cut short: %q", i+1, l)
		}
		var rel struct {
			Type string `json:"type"`
		}
		if err := json.Unmarshal([]byte(l), &rel); err != nil || rel.Type == "" {
			t.Fatalf("line %d is not a relation (%v): %q", i+1, err, l)
		}
	}
	// The --json summary is the last line on stderr and says it stopped.
	errLines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	var sum struct {
		Articles    int  `json:"articles"`
		Relations   int  `json:"relations"`
		Interrupted bool `json:"interrupted"`
	}
	for _, l := range errLines {
		if strings.HasPrefix(l, "{") {
			if err := json.Unmarshal([]byte(l), &sum); err != nil {
				t.Fatalf("summary: %v: %q", err, l)
			}
		}
	}
	if !sum.Interrupted || sum.Articles == 0 || sum.Articles >= 24000 {
		t.Errorf("summary %+v: want an interrupted run over part of the corpus", sum)
	}
	t.Logf("stopped after %d articles, %d relations written (%d lines)", sum.Articles, sum.Relations, len(lines))
}
