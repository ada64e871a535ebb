// Command genbase writes the base word list the segmenter loads: the words of
// gse's simplified-Chinese dictionary (github.com/go-ego/gse, data from jieba,
// MIT) that occur at least -min times. Loading all 350k words takes seconds;
// the frequent ones load in a few hundred milliseconds and segment the
// sentences we look at as well. Run with `go generate ./extract`.
package main

import (
	"bufio"
	"flag"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	min := flag.Int("min", 30, "minimum frequency")
	out := flag.String("o", "data/gse-base.txt", "output file")
	flag.Parse()
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		log.Fatalf("locating gse: %v", err)
	}
	in, err := os.Open(filepath.Join(strings.TrimSpace(string(dir)), "data", "dict", "zh", "s_1.txt"))
	if err != nil {
		log.Fatal(err)
	}
	defer in.Close()
	o, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(o)
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		if n, err := strconv.Atoi(f[1]); err == nil && n >= *min {
			w.WriteString(sc.Text())
			w.WriteByte('\n')
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := o.Close(); err != nil {
		log.Fatal(err)
	}
}
