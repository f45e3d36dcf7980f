#!/usr/bin/env bash
# bench.sh — the kextract benchmark: throughput, start-up, peak memory and
# scaling of kextract, against the kagome morphological analyzer with the
# Korean dictionary kagome-dict-ko (tools/bench) on the same corpus.
#
# Run from the repository root:  scripts/bench.sh   (see --help)
set -euo pipefail

usage() {
	cat <<'EOF'
usage: scripts/bench.sh [--help]

Benchmarks kextract against kagome + kagome-dict-ko and prints a Markdown
table. Run from the repository root; needs Go, and the shared data.

Steps:
  1. corpus: $SHARED/data/wikinews/dev.jsonl repeated to at least $MIN_MB MB
     (ids made unique per copy: wikinews-12#3), with jq, else python3,
     else awk;
  2. builds kextract (./cmd/kextract) and kagome-bench (tools/bench);
  3. runs, each measured for wall time and peak RSS:
     - kextract batch CORPUS -q -j 1 and -j 2, model off (--no-model) and on;
     - kextract < testdata/article.txt, $RUNS times: median wall ms, peak RSS;
     - kagome-bench CORPUS: dictionary load, tokenize MB/s, peak RSS;
     - linearity: the seed article repeated 100x as one document
       (kextract < FILE) against the work of one article, measured as the
       article 100 times as JSONL records in one process (kextract --jsonl),
       start-up (a one-line document) subtracted from both; the time ratio
       should be about 100;
  4. prints the table (MB = 10^6 bytes; MB/s = corpus bytes / wall seconds).

Measuring: wall time from bash's $EPOCHREALTIME around each process (µs
resolution); peak RSS from GNU time (/usr/bin/time -f %M, "apt-get install
time" on Debian) when present, else from VmHWM in /proc/PID/status polled
every 10 ms (a process shorter than that may show 0).

Environment:
  SHARED=DIR   shared data directory (default ../shared)
  MIN_MB=N     corpus size in MB (default 20)
  RUNS=N       start-up runs (default 20)
  KEEP=1       keep the temporary directory (printed on stderr)
  RSS=proc     read peak RSS from /proc even when GNU time is present
EOF
}

case "${1:-}" in
-h | --help | help)
	usage
	exit 0
	;;
"") ;;
*)
	echo "bench.sh: unknown argument ${1} (see --help)" >&2
	exit 2
	;;
esac

SHARED=${SHARED:-../shared}
MIN_MB=${MIN_MB:-20}
RUNS=${RUNS:-20}
SRC="$SHARED/data/wikinews/dev.jsonl"
SEED=testdata/article.txt

[[ -f go.mod && -d cmd/kextract ]] || {
	echo "bench.sh: run from the kextract repository root" >&2
	exit 2
}
[[ -f $SRC ]] || {
	echo "bench.sh: $SRC not found (set SHARED=dir)" >&2
	exit 1
}
[[ -f $SEED ]] || {
	echo "bench.sh: $SEED not found" >&2
	exit 1
}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/kextract-bench.XXXXXX")
if [[ ${KEEP:-} == 1 ]]; then
	echo "bench.sh: keeping $TMP" >&2
else
	trap 'rm -rf "$TMP"' EXIT
fi
log() { echo "bench.sh: $*" >&2; }

# ---- 1. corpus -------------------------------------------------------------
CORPUS=$TMP/corpus.jsonl
min_bytes=$((MIN_MB * 1000000))
src_bytes=$(wc -c <"$SRC")
copies=$(((min_bytes + src_bytes - 1) / src_bytes))
log "corpus: $copies copies of $SRC"
if command -v jq >/dev/null 2>&1; then
	for ((k = 1; k <= copies; k++)); do
		jq -c --arg k "$k" '.id = ((.id // "") | tostring) + "#" + $k' "$SRC"
	done >"$CORPUS"
elif command -v python3 >/dev/null 2>&1; then
	python3 - "$SRC" "$copies" >"$CORPUS" <<'EOF'
import json, sys
src, copies = sys.argv[1], int(sys.argv[2])
lines = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
for k in range(1, copies + 1):
    for r in lines:
        r = dict(r, id=f"{r.get('id', '')}#{k}")
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
EOF
else
	# assumes "id" is a string and the first "id" key of each line
	for ((k = 1; k <= copies; k++)); do
		awk -v k="$k" '{ sub(/"id": *"[^"]*/, "&#" k); print }' "$SRC"
	done >"$CORPUS"
fi
CORPUS_BYTES=$(wc -c <"$CORPUS")
RECORDS=$(grep -c . "$CORPUS")

# ---- 2. build --------------------------------------------------------------
log "building kextract and kagome-bench"
go build -o "$TMP/kextract" ./cmd/kextract
(cd tools/bench && go build -o "$TMP/kagome-bench" .)
KX=$TMP/kextract

# ---- measuring -------------------------------------------------------------
# measure IN OUT cmd...: runs cmd with stdin from IN and stdout to OUT and
# sets WALL (seconds, from $EPOCHREALTIME), CPU (user + system seconds of
# the process and its descendants, from the difference of the shell's
# `times` before and after) and RSS_KB (peak resident set, KiB). CPU time is
# what the linearity check uses: on a shared machine it varies much less
# than wall time. An exit status of 3 (some records failed) is accepted; any
# other failure stops the script.
if [[ ${RSS:-} != proc && -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
	RSS_METHOD="GNU time %M"
	run_rss() { # run_rss IN OUT cmd...: sets RC and RSS_KB
		local in=$1 out=$2
		shift 2
		RC=0
		/usr/bin/time -f %M -o "$TMP/rss" "$@" <"$in" >"$out" 2>"$TMP/stderr" || RC=$?
		local line
		while read -r line; do RSS_KB=$line; done <"$TMP/rss" # the last line; no fork
	}
else
	RSS_METHOD="VmHWM from /proc/PID/status polled every 10 ms"
	exec {SLEEPFD}<> <(:) # read -t on it sleeps without forking
	run_rss() {
		local in=$1 out=$2 k v _
		shift 2
		RC=0 RSS_KB=0
		"$@" <"$in" >"$out" 2>"$TMP/stderr" &
		local pid=$!
		while kill -0 "$pid" 2>/dev/null; do
			while read -r k v _; do
				if [[ $k == VmHWM: && $v -gt $RSS_KB ]]; then RSS_KB=$v; fi
			done <"/proc/$pid/status" 2>/dev/null || true
			read -r -t 0.01 -u "$SLEEPFD" _ || true
		done
		wait "$pid" || RC=$?
	}
fi
# cputime FILE: user + system seconds of the children in `times` output
cputime() {
	awk 'NR == 2 {
		n = split($0, f, /[ \t]+/); s = 0
		for (i = 1; i <= n; i++) { if (f[i] == "") continue; split(f[i], p, "m"); sub(/s$/, "", p[2]); s += p[1] * 60 + p[2] }
		printf "%.3f", s }' "$1"
}
measure() {
	local t0=$EPOCHREALTIME
	times >"$TMP/times0"
	run_rss "$@"
	times >"$TMP/times1"
	local t1=$EPOCHREALTIME
	shift 2
	check_rc "$RC" "$@"
	WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
	CPU=$(awk -v a="$(cputime "$TMP/times0")" -v b="$(cputime "$TMP/times1")" 'BEGIN { printf "%.3f", b - a }')
}
check_rc() {
	local rc=$1
	shift
	if [[ $rc != 0 && $rc != 3 ]]; then
		echo "bench.sh: '$*' failed with status $rc:" >&2
		cat "$TMP/stderr" >&2
		exit 1
	fi
}
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }'; }
# median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ---- 3. runs ---------------------------------------------------------------
declare -A R_MBS R_RPS R_RSS R_WALL R_CPU
for j in 1 2; do
	for model in off on; do
		flags=(-q -j "$j")
		if [[ $model == off ]]; then flags+=(--no-model); fi
		log "kextract batch -j $j, model $model"
		measure /dev/null /dev/null "$KX" batch "$CORPUS" "${flags[@]}"
		key="j$j-$model"
		R_WALL[$key]=$(awk -v v="$WALL" 'BEGIN { printf "%.2f", v }')
		R_RSS[$key]=$(mb "$RSS_KB")
		R_CPU[$key]=$(awk -v v="$CPU" 'BEGIN { printf "%.2f", v }')
		R_MBS[$key]=$(awk -v b="$CORPUS_BYTES" -v w="$WALL" 'BEGIN { printf "%.2f", b / 1e6 / w }')
		R_RPS[$key]=$(awk -v n="$RECORDS" -v w="$WALL" 'BEGIN { printf "%.0f", n / w }')
	done
done

log "start-up: kextract < $SEED, $RUNS runs"
: >"$TMP/walls"
: >"$TMP/cpus"
max_rss=0
for ((i = 0; i < RUNS; i++)); do
	measure "$SEED" /dev/null "$KX"
	echo "$WALL" >>"$TMP/walls"
	echo "$CPU" >>"$TMP/cpus"
	if ((RSS_KB > max_rss)); then max_rss=$RSS_KB; fi
done
START_MS=$(median <"$TMP/walls" | awk '{ printf "%.1f", $1 * 1000 }')
START_CPU_MS=$(median <"$TMP/cpus" | awk '{ printf "%.0f", $1 * 1000 }')
START_RSS=$(mb "$max_rss")

log "kagome-bench"
measure /dev/null "$TMP/kagome.json" "$TMP/kagome-bench" "$CORPUS"
K_WALL=$(awk -v v="$WALL" 'BEGIN { printf "%.2f", v }')
K_RSS=$(mb "$RSS_KB")
K_CPU=$(awk -v v="$CPU" 'BEGIN { printf "%.2f", v }')
K_MBS=$(awk -v b="$CORPUS_BYTES" -v w="$WALL" 'BEGIN { printf "%.2f", b / 1e6 / w }')
K_RPS=$(awk -v n="$RECORDS" -v w="$WALL" 'BEGIN { printf "%.0f", n / w }')
kfield() { sed -n "s/^ *\"$1\": *\\([^,]*\\),\\{0,1\\}\$/\\1/p" "$TMP/kagome.json" | head -n 1; }
f2() { awk -v v="$1" 'BEGIN { printf "%.2f", v }'; }
K_LOAD=$(f2 "$(kfield dict_load_s)")
K_TOK_MBS=$(f2 "$(kfield mb_per_s)")
K_HEAP=$(f2 "$(kfield peak_heap_mb)")

log "linearity: the seed article 100x as one document vs 100 documents of it"
# Times are CPU (user + system) seconds, steadier than wall time on a
# loaded machine. Start-up (the lexicon and the model) dwarfs one article's
# work (a few ms), so the wall-time ratio of two processes, 100x document vs
# article once, would measure the start-up. The unit is therefore the
# per-article work of one process reading 100 copies of the article as 100
# JSONL records (--jsonl), with the start-up (T0: a one-line document)
# subtracted from both:
#   ratio = (T(100x as one document) - T0) / ((T(100 records) - T0) / 100)
# An explicit large --max-size: "--max-size 0" (no limit) makes the
# single-document command read only the first byte of stdin.
for ((i = 0; i < 100; i++)); do cat "$SEED"; done >"$TMP/seed100.txt"
printf '그는 말했다.\n' >"$TMP/tiny.txt"
if command -v jq >/dev/null 2>&1; then
	rec=$(jq -Rsc '{id: "seed", text: .}' "$SEED")
elif command -v python3 >/dev/null 2>&1; then
	rec=$(python3 -c 'import json, sys; print(json.dumps({"id": "seed", "text": open(sys.argv[1], encoding="utf-8").read()}, ensure_ascii=False))' "$SEED")
else # (adds a final newline to the text if the file has none)
	rec=$(awk 'BEGIN { ORS = ""; print "{\"id\":\"seed\",\"text\":\"" }
		{ gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t"); gsub(/\r/, "\\r"); print $0 "\\n" }
		END { print "\"}" }' "$SEED")
fi
for ((i = 0; i < 100; i++)); do printf '%s\n' "$rec"; done >"$TMP/seed100.jsonl"
# lin NAME RUNS INPUT FLAGS...: the median CPU time into L_NAME
lin() {
	local name=$1 n=$2 in=$3 i
	shift 3
	: >"$TMP/cpus"
	for ((i = 0; i < n; i++)); do
		measure "$in" /dev/null "$KX" --max-size 1000000000 "$@"
		echo "$CPU" >>"$TMP/cpus"
	done
	printf -v "L_$name" '%s' "$(median <"$TMP/cpus")"
}
lin tiny "$RUNS" "$TMP/tiny.txt" --compact
lin records 5 "$TMP/seed100.jsonl" --jsonl
lin doc 5 "$TMP/seed100.txt" --compact
SEED100_RSS=$(mb "$RSS_KB")
RATIO=$(awk -v z="$L_tiny" -v r="$L_records" -v d="$L_doc" 'BEGIN { if (r - z > 0) printf "%.1f", 100 * (d - z) / (r - z); else print "n/a" }')

# ---- 4. report -------------------------------------------------------------
secs() { awk -v v="$1" 'BEGIN { printf "%.3f", v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
load=$(uptime | sed 's/.*load average: //')
cat <<EOF

### kextract benchmark

Corpus: $(basename "$SRC") × $copies = $(awk -v b="$CORPUS_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $RECORDS records.
Machine: $(nproc) CPUs, $(go env GOOS)/$(go env GOARCH), $(go version | awk '{ print $3 }'); load average $load.
MB = 10^6 bytes; MB/s and records/s = corpus bytes (records) / wall time of the whole process
(start-up and dictionary or model loading included); CPU = user + system seconds; peak RSS by $RSS_METHOD.

| run | MB/s | records/s | peak RSS MB | wall s | CPU s |
|---|---:|---:|---:|---:|---:|
| kextract batch -j 1, model off | ${R_MBS[j1-off]} | ${R_RPS[j1-off]} | ${R_RSS[j1-off]} | ${R_WALL[j1-off]} | ${R_CPU[j1-off]} |
| kextract batch -j 1, model on | ${R_MBS[j1-on]} | ${R_RPS[j1-on]} | ${R_RSS[j1-on]} | ${R_WALL[j1-on]} | ${R_CPU[j1-on]} |
| kextract batch -j 2, model off | ${R_MBS[j2-off]} | ${R_RPS[j2-off]} | ${R_RSS[j2-off]} | ${R_WALL[j2-off]} | ${R_CPU[j2-off]} |
| kextract batch -j 2, model on | ${R_MBS[j2-on]} | ${R_RPS[j2-on]} | ${R_RSS[j2-on]} | ${R_WALL[j2-on]} | ${R_CPU[j2-on]} |
| kextract start-up (seed article, median of $RUNS) | | | $START_RSS | ${START_MS} ms | ${START_CPU_MS} ms |
| kagome + kagome-dict-ko (tokenize only, 1 core) | $K_MBS | $K_RPS | $K_RSS | $K_WALL | $K_CPU |

kagome-bench's own figures: dictionary load ${K_LOAD} s, tokenizer alone ${K_TOK_MBS} MB/s of text
(text fields only, load excluded), peak Go heap ${K_HEAP} MB.

| ratio | model off | model on |
|---|---:|---:|
| kextract -j 1 / kagome, MB/s | $(ratio "${R_MBS[j1-off]}" "$K_MBS") | $(ratio "${R_MBS[j1-on]}" "$K_MBS") |
| kextract -j 1 / kagome, MB per CPU second | $(ratio "$K_CPU" "${R_CPU[j1-off]}") | $(ratio "$K_CPU" "${R_CPU[j1-on]}") |
| kextract -j 2 / -j 1 speed-up (wall) | $(ratio "${R_MBS[j2-off]}" "${R_MBS[j1-off]}") | $(ratio "${R_MBS[j2-on]}" "${R_MBS[j1-on]}") |

On a machine shared with other jobs (load average above the number of CPUs) the wall-time figures,
the -j 2 speed-up above all, are unreliable; the CPU columns are steadier.

Linearity (model on, stdin, CPU seconds, medians of 5 runs): the seed article repeated 100× as one document
($(wc -c <"$TMP/seed100.txt") bytes, peak RSS $SEED100_RSS MB) $(secs "$L_doc") s; the article as 100 JSONL records
(--jsonl) $(secs "$L_records") s; start-up (a one-line document, median of $RUNS) $(secs "$L_tiny") s.
Time ratio 100× document / one article, start-up subtracted: **$RATIO** (linear: about 100 or a little below, as
per-record costs are paid once; well above 100 would mean a cost growing faster than the document).
EOF
