#!/bin/sh
# bench/run.sh prints dipgraph's performance figures as Markdown tables,
# with the baselines measured in the same run:
#
#   - start-up: `dipgraph extract` on the seed article;
#   - extraction throughput over the whole corpus (MB/s of input, articles/s,
#     CPU seconds, peak RSS), beside the plain baseline (bench/baseline:
#     read + clean + gse HMM segmentation of every sentence with gse's full
#     dictionary);
#   - scaling: 1 vs 2 workers; 1x, 3x and 10x the corpus (copies under new
#     names, so every article id differs), with peak RSS;
#   - Neo4j ingestion: relationships/s at several batch sizes and the
#     one-row-per-transaction baseline (go test -bench WriteBatch ./graph);
#   - the Go benchmarks of the hot stages (matcher, segmentation, dates,
#     extract per article, clean).
#
# Usage: bench/run.sh [CORPUS]        (default ../shared/corpus)
# Environment: RUNS (repetitions for medians, default 3), SCALE (the
# largest replication, default 10; 0 skips scaling), SKIP_NEO4J=1,
# SKIP_GOBENCH=1. Needs /usr/bin/time (GNU time). Temporary copies go to
# $TMPDIR and are removed at the end.
set -eu

cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus}
RUNS=${RUNS:-3}
SCALE=${SCALE:-10}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench/run.sh: GNU time is needed at $TIME" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "bench/run.sh: no corpus at $CORPUS" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dipgraph-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

echo "building…" >&2
go build -o "$WORK/dipgraph" ./cmd/dipgraph
go build -o "$WORK/baseline" ./bench/baseline
DIP="$WORK/dipgraph"
SEED=$(ls "$CORPUS"/seed/* 2>/dev/null | head -1)

# median reads numbers, one a line, and prints their median.
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# timed NAME CMD...: runs CMD under GNU time; appends "wall cpu rss_kb" to
# $WORK/NAME.t and keeps stdout in $WORK/NAME.out (stderr in .err).
timed() {
	name=$1
	shift
	$TIME -f "%e %U %S %M" -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || true
	awk '{printf "%s %.2f %s\n", $1, $2+$3, $4}' "$WORK/$name.time" | tail -1 >>"$WORK/$name.t"
}
col() { awk -v c="$2" '{print $c}' "$WORK/$1.t" | median; }

# json FIELD FILE: a number from a one-line JSON object.
json() { sed -n "s/.*\"$1\":\([0-9.e+-]*\).*/\1/p" "$2" | tail -1; }

nproc_=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo "?")
echo "## dipgraph benchmarks ($(date -u +%Y-%m-%d), $nproc_ CPUs, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?))"
echo
echo "Medians of $RUNS runs. MB/s counts input article bytes (read.Doc bodies, the same measure for both"
echo "programs) over wall time; CPU s is user+sys; RSS is the peak resident set."
echo

# --- start-up -------------------------------------------------------------
if [ -n "$SEED" ]; then
	for i in $(seq "$RUNS"); do
		timed startup "$DIP" extract -q --progress none "$SEED"
	done
	echo "### Start-up"
	echo
	echo "| Command | Wall s | CPU s | Peak RSS MB | Target |"
	echo "|---|---:|---:|---:|---|"
	echo "| \`dipgraph extract\` on the seed article | $(col startup 1) | $(col startup 2) | $(col startup 3 | awk '{printf "%.0f", $1/1024}') | < 1 s |"
	echo
fi

# --- throughput -------------------------------------------------------------
echo "measuring throughput…" >&2
for i in $(seq "$RUNS"); do
	timed extract "$DIP" extract -q --progress none --json "$CORPUS"
	json input_mb_per_s "$WORK/extract.err" >>"$WORK/extract.mbs"
	json bytes "$WORK/extract.err" >"$WORK/bytes"
	json articles "$WORK/extract.err" >"$WORK/articles"
	timed baseline "$WORK/baseline" "$CORPUS"
	json input_mb_per_s "$WORK/baseline.out" >>"$WORK/baseline.mbs"
	json elapsed_s "$WORK/baseline.out" >>"$WORK/baseline.secs"
	json dict_load_s "$WORK/baseline.out" >>"$WORK/baseline.load"
done
BYTES=$(cat "$WORK/bytes")
ARTS=$(cat "$WORK/articles")
mb=$(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b/1e6}')
ext_wall=$(col extract 1)
ext_cpu=$(col extract 2)
ext_rss=$(col extract 3)
ext_mbs=$(awk -v b="$BYTES" -v w="$ext_wall" 'BEGIN {printf "%.2f", b/1e6/w}')
base_secs=$(median <"$WORK/baseline.secs" | awk '{printf "%.2f", $1}')
base_mbs=$(awk -v b="$BYTES" -v w="$base_secs" 'BEGIN {printf "%.2f", b/1e6/w}')
base_cpu=$(col baseline 2)
base_load=$(median <"$WORK/baseline.load" | awk '{printf "%.1f", $1}')
echo "### Extraction throughput ($ARTS articles, $mb MB)"
echo
echo "| Program | Wall s | MB/s | Articles/s | CPU s | MB per CPU s | Peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|---:|"
echo "| \`dipgraph extract\` (start-up included) | $ext_wall | $ext_mbs | $(awk -v a="$ARTS" -v w="$ext_wall" 'BEGIN {printf "%.0f", a/w}') | $ext_cpu | $(awk -v b="$BYTES" -v c="$ext_cpu" 'BEGIN {printf "%.2f", b/1e6/c}') | $(awk -v k="$ext_rss" 'BEGIN {printf "%.0f", k/1024}') |"
echo "| baseline: read + clean + gse HMM on every sentence (dictionary load of ${base_load} s excluded) | $base_secs | $base_mbs | $(awk -v a="$ARTS" -v w="$base_secs" 'BEGIN {printf "%.0f", a/w}') | $base_cpu (load included) | – | $(col baseline 3 | awk '{printf "%.0f", $1/1024}') |"
echo
echo "Ratio dipgraph / baseline (MB/s): **$(awk -v a="$ext_mbs" -v b="$base_mbs" 'BEGIN {printf "%.1f", a/b}')×** (target ≥ 3×); target ≥ 10 MB/s on 2 cores."
echo

# --- workers --------------------------------------------------------------
echo "measuring workers…" >&2
for w in 1 2; do
	for i in $(seq "$RUNS"); do
		timed "workers$w" "$DIP" extract -q --progress none --workers "$w" "$CORPUS"
	done
done
echo "### Workers"
echo
echo "| Workers | Wall s | MB/s | CPU s |"
echo "|---:|---:|---:|---:|"
for w in 1 2; do
	wall=$(col "workers$w" 1)
	echo "| $w | $wall | $(awk -v b="$BYTES" -v w="$wall" 'BEGIN {printf "%.2f", b/1e6/w}') | $(col "workers$w" 2) |"
done
echo

# --- scaling and memory -----------------------------------------------------
if [ "$SCALE" -gt 1 ]; then
	echo "building the ${SCALE}x corpus (hard links, or copies across file systems)…" >&2
	for i in $(seq "$SCALE"); do
		mkdir -p "$WORK/corpus/c$i"
		cp -al "$CORPUS"/. "$WORK/corpus/c$i/" 2>/dev/null || cp -a "$CORPUS"/. "$WORK/corpus/c$i/"
	done
	echo "### Scaling with input size (one run each beyond 1×)"
	echo
	echo "| Input | Articles | MB | Wall s | MB/s | CPU s | CPU s per 1× | Peak RSS MB |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|"
	for k in 1 3 "$SCALE"; do
		[ "$k" -le "$SCALE" ] || continue
		dirs=""
		for i in $(seq "$k"); do dirs="$dirs $WORK/corpus/c$i"; done
		# shellcheck disable=SC2086
		timed "scale$k" "$DIP" extract -q --progress none --json $dirs
		b=$(json bytes "$WORK/scale$k.err")
		a=$(json articles "$WORK/scale$k.err")
		wall=$(col "scale$k" 1)
		cpu=$(col "scale$k" 2)
		echo "| ${k}× | $a | $(awk -v b="$b" 'BEGIN {printf "%.0f", b/1e6}') | $wall | $(awk -v b="$b" -v w="$wall" 'BEGIN {printf "%.2f", b/1e6/w}') | $cpu | $(awk -v c="$cpu" -v k="$k" 'BEGIN {printf "%.2f", c/k}') | $(col "scale$k" 3 | awk '{printf "%.0f", $1/1024}') |"
	done
	echo
	echo "Targets: peak RSS < 500 MB and within 20% from 1× to ${SCALE}×; CPU s per 1× flat (linear cost)."
	echo
	rm -rf "$WORK/corpus"
fi

# --- Neo4j ingestion --------------------------------------------------------
if [ "${SKIP_NEO4J:-}" != 1 ]; then
	echo "measuring Neo4j ingestion…" >&2
	echo "### Neo4j ingestion (go test -bench WriteBatch ./graph; synthetic archive, empty database)"
	echo
	echo "| Batch size | Relations/s | Relationships created/s | Transactions |"
	echo "|---|---:|---:|---:|"
	go test -run '^$' -bench 'WriteBatch' -benchtime 1x -count "$RUNS" ./graph 2>&1 | tee "$WORK/neo4j.txt" |
		awk '/^BenchmarkWriteBatch\// {
			name=$1; sub(/^BenchmarkWriteBatch\//, "", name); sub(/-[0-9]+$/, "", name)
			for (i=2; i<=NF; i++) { if ($(i)=="rels/s") r=$(i-1); if ($(i)=="edges/s") e=$(i-1); if ($(i)=="tx") tx[name]=$(i-1) }
			if (!(name in n)) order[++k]=name
			n[name]++; R[name, n[name]]=r; E[name, n[name]]=e
		}
		function med(A, name, c,   i, j, t, v) {
			for (i=1; i<=c; i++) v[i]=A[name, i]
			for (i=1; i<=c; i++) for (j=i+1; j<=c; j++) if (v[j]+0 < v[i]+0) { t=v[i]; v[i]=v[j]; v[j]=t }
			return c%2 ? v[(c+1)/2] : (v[c/2]+v[c/2+1])/2
		}
		END {
			for (i=1; i<=k; i++) {
				name=order[i]; label=name
				if (name=="baseline") label="baseline: one relation per transaction"
				printf "| %s | %.0f | %.0f | %d |\n", label, med(R, name, n[name]), med(E, name, n[name]), tx[name]
			}
		}'
	if ! grep -q '^BenchmarkWriteBatch/' "$WORK/neo4j.txt"; then
		echo "| (not measured: $(grep -m1 -E 'SKIP|FAIL|skip|no test' "$WORK/neo4j.txt" | tr '|' ' ' || echo 'see go test output')) | | | |"
	fi
	echo
	echo "Targets: ≥ 20,000 relationships/s at the tuned batch size and ≥ 10× the baseline."
	echo
fi

# --- Go benchmarks ----------------------------------------------------------
if [ "${SKIP_GOBENCH:-}" != 1 ]; then
	echo "running Go benchmarks…" >&2
	echo "### Hot stages (go test -bench, sample of ~8 MB of the corpus)"
	echo
	echo "| Benchmark | ns/op | MB/s | B/op | allocs/op |"
	echo "|---|---:|---:|---:|---:|"
	go test -run '^$' -bench 'Matcher|SegmentTriggered|FindDates|ExtractArticle|BenchmarkNew$' -benchtime 3x ./extract 2>&1 |
		awk '/^Benchmark/ { mbs="–"; bop=""; al=""; for (i=3; i<=NF; i++) { if ($(i)=="MB/s") mbs=$(i-1); if ($(i)=="B/op") bop=$(i-1); if ($(i)=="allocs/op") al=$(i-1) }
			printf "| extract %s | %s | %s | %s | %s |\n", $1, $3, mbs, bop, al }'
	go test -run '^$' -bench 'CleanCorpus' -benchtime 1x ./clean 2>&1 |
		awk '/^Benchmark/ { mbs="–"; bop=""; al=""; for (i=3; i<=NF; i++) { if ($(i)=="MB/s") mbs=$(i-1); if ($(i)=="B/op") bop=$(i-1); if ($(i)=="allocs/op") al=$(i-1) }
			printf "| clean %s | %s | %s | %s | %s |\n", $1, $3, mbs, bop, al }'
	echo
fi
