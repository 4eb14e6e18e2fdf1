#!/bin/sh
# decide.sh - `make bench`: the access decision engine through
# `mqtls simulate --batch`.
#
# 1. DECIDE_RECORDS CHLAUTH records (default 10,000) over records/5
#    channel profiles, DECIDE_CONNS connections (default 1,000,000):
#    decisions per second on one core (taskset -c 0 when there is one),
#    the configuration's load time measured apart and subtracted.
# 2. How the time per decision changes from 100 to 100,000 records
#    (DECIDE_SCALE_CONNS connections each, default 200,000).
#
# Machines are shared and noisy: every figure is the best of BENCH_RUNS
# runs (default 3), and a reference is measured in the same run: awk
# splitting the same CSV into fields and printing one, per line.
#
#   make bench            or: sh bench/decide.sh ./mqtls
set -eu

mqtls=${1:-./mqtls}
records=${DECIDE_RECORDS:-10000}
conns=${DECIDE_CONNS:-1000000}
sconns=${DECIDE_SCALE_CONNS:-200000}
runs=${BENCH_RUNS:-3}
here=$(dirname "$0")
gen=$here/gen-decide.awk
dir=${TMPDIR:-/tmp}/mqtls-decide-bench.$$
mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT INT TERM

. "$here/lib.sh"

pin=
if command -v taskset > /dev/null 2>&1 && taskset -c 0 true 2>/dev/null; then
	pin="taskset -c 0"
fi

printf 'channel,address,sslpeer,sslcerti,clntuser\n' > "$dir/none.csv"

# elapsed RECORDS CSV: best ns for the batch, and for the load alone.
elapsed() {
	awk -v records="$1" -v mode=mqsc -f "$gen" > "$dir/conf.mqsc"
	# Every line must be decided, none an error: check once.
	$pin "$mqtls" simulate -f "$dir/conf.mqsc" --batch "$2" \
	    > "$dir/out.csv" 2> "$dir/err" || [ $? -eq 1 ]
	if grep -q ',error,' "$dir/out.csv"; then
		echo "decide.sh: error verdicts in the benchmark output:" >&2
		grep ',error,' "$dir/out.csv" | head -3 >&2
		exit 1
	fi
	t_all=$(best $pin "$mqtls" simulate -f "$dir/conf.mqsc" --batch "$2")
	t_load=$(best $pin "$mqtls" simulate -f "$dir/conf.mqsc" \
	    --batch "$dir/none.csv")
}

awk -v records="$records" -v conns="$conns" -v mode=csv -f "$gen" \
    > "$dir/conns.csv"
elapsed "$records" "$dir/conns.csv"
t_ref=$(best $pin awk -F, '{ print $1 }' "$dir/conns.csv")
summary=$(tail -1 "$dir/err")
awk -v r="$records" -v n="$conns" -v all="$t_all" -v load="$t_load" \
    -v ref="$t_ref" -v s="$summary" 'BEGIN {
	d = all - load
	printf "decisions: %d CHLAUTH records over %d profiles, %d connections (%s)\n", r, r / 5, n, s
	printf "  load %.0f ms, decisions %.0f ms: %.0f decisions/s on one core (target >= 500000)\n", load / 1e6, d / 1e6, n / (d / 1e9)
	printf "  reference awk -F, over the same CSV: %.0f ms; mqtls/awk time ratio %.2f\n", ref / 1e6, d / ref
}'

echo "scaling: time per decision against the number of records ($sconns connections each)"
base=
for r in 100 1000 10000 100000; do
	awk -v records="$r" -v conns="$sconns" -v mode=csv -f "$gen" \
	    > "$dir/scale.csv"
	elapsed "$r" "$dir/scale.csv"
	ns=$(( (t_all - t_load) / sconns ))
	[ -n "$base" ] || base=$ns
	awk -v r="$r" -v ns="$ns" -v base="$base" -v load="$t_load" 'BEGIN {
		printf "  %6d records: %5d ns/decision, %5.2f x the 100-record time (load %.0f ms)\n", r, ns, ns / base, load / 1e6
	}'
done
