#!/bin/sh
# lint-throughput.sh - `make bench`: lint throughput on a generated
# dmpmqcfg-style file of BENCH_MB megabytes (default 110), reported as
# MB/s, as a ratio against `wc -l` on the same file in the same run
# (machines are shared and noisy: the ratio is the number to compare),
# and peak RSS against the input size.  Measured twice: the language
# rules alone (--language-only) and all rules, including the TLS and
# CHLAUTH rules that build the queue manager model; issue 5 wants all
# rules within a factor of two of the language rules.
#
#   make bench                      # or: sh bench/lint-throughput.sh ./mqtls
#   BENCH_MB=200 BENCH_RUNS=5 make bench
set -eu

mqtls=${1:-./mqtls}
here=$(cd "$(dirname "$0")" && pwd)
mb=${BENCH_MB:-110}
runs=${BENCH_RUNS:-3}
dir=${TMPDIR:-/tmp}/mqtls-bench.$$
mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT INT TERM
file=$dir/dump.mqsc

awk -v mb="$mb" -f "$here/gen-dmpmqcfg.awk" > "$file"
size=$(wc -c < "$file")
lines=$(wc -l < "$file")

. "$(dirname "$0")/lib.sh"

# best_cpu COMMAND...: the least CPU time (user + system) of $runs runs,
# in ns.  The ratio of the two rule sets is computed from CPU time too:
# on a shared machine it moves far less than wall-clock time.
best_cpu() {
	_c=0
	_ci=0
	while [ "$_ci" -lt "$runs" ]; do
		t=$(/usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -n 1 |
		    awk '{ printf "%.0f", ($1 + $2) * 1e9 }')
		if [ "$_c" -eq 0 ] || [ "$t" -lt "$_c" ]; then _c=$t; fi
		_ci=$((_ci + 1))
	done
	echo "$_c"
}

# Warm the page cache, then measure.
cat "$file" > /dev/null
t_wc=$(best wc -l "$file")
t_lang=$(best taskset -c 0 "$mqtls" lint --language-only "$file")
t_lint=$(best taskset -c 0 "$mqtls" lint "$file")
dlang=$("$mqtls" lint --language-only --format json "$file" 2>/dev/null | grep -c '"severity"' || true)
diags=$("$mqtls" lint --format json "$file" 2>/dev/null | grep -c '"severity"' || true)

if [ -x /usr/bin/time ]; then
	c_lang=$(best_cpu "$mqtls" lint --language-only "$file")
	c_lint=$(best_cpu "$mqtls" lint "$file")
	rlang=$(/usr/bin/time -f %M "$mqtls" lint --language-only "$file" 2>&1 >/dev/null | tail -n 1)
	rss=$(/usr/bin/time -f %M "$mqtls" lint "$file" 2>&1 >/dev/null | tail -n 1)
else
	c_lang=
	c_lint=
	rlang=
	rss=
fi

awk -v size="$size" -v lines="$lines" -v twc="$t_wc" -v tl="$t_lint" \
    -v tg="$t_lang" -v rss="$rss" -v rlang="$rlang" -v diags="$diags" \
    -v dlang="$dlang" -v runs="$runs" -v cg="$c_lang" -v cl="$c_lint" 'BEGIN {
	mbs = size / 1e6
	printf "input:              %.1f MB, %d lines (dmpmqcfg layout)\n", mbs, lines
	printf "diagnostics:        %d language only, %d all rules\n", dlang, diags
	printf "lint, language:     %.3f s  -> %.1f MB/s (1 core, best of %d)\n", tg / 1e9, mbs / (tg / 1e9), runs
	printf "lint, all rules:    %.3f s  -> %.1f MB/s\n", tl / 1e9, mbs / (tl / 1e9)
	printf "wc -l:              %.3f s  -> %.1f MB/s\n", twc / 1e9, mbs / (twc / 1e9)
	printf "ratio language/wc:  %.2f\n", tg / twc
	printf "ratio all/language: %.2f wall clock\n", tl / tg
	if (cg != "" && cg > 0)
		printf "ratio all/language: %.2f CPU time, %.3f s / %.3f s (issue 5: at most 2)\n", cl / cg, cl / 1e9, cg / 1e9
	if (rss != "")
		printf "peak RSS:           %.1f MB = %.2f x input (language: %.2f x)\n", rss / 1024, rss * 1024 / size, rlang * 1024 / size
	else
		printf "peak RSS:           not measured (apt-get install time)\n"
}'
