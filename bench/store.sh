#!/bin/sh
# store.sh - `make bench`: the store with STORE_N objects (default
# 50,000): loading it, one durable DEFINE, and shell start, each the
# best of BENCH_RUNS runs (default 5), with a reference measured in the
# same run (`wc -l` over the snapshot) because machines are shared.
#
#   make bench            or: sh bench/store.sh ./mqtls
set -eu

mqtls=${1:-./mqtls}
n=${STORE_N:-50000}
runs=${BENCH_RUNS:-5}
dir=${TMPDIR:-/tmp}/mqtls-store-bench.$$
mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT INT TERM

awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++)
	printf "DEFINE QLOCAL(APP.Q%06d) MAXDEPTH(%d) DESCR(\047queue %d\047)\n",
	    i, 1000 + i % 100, i }' > "$dir/objects.mqsc"
"$mqtls" run -e -s "$dir/store" "$dir/objects.mqsc" > /dev/null 2>&1
"$mqtls" dump -s "$dir/store" > /dev/null	# compacted snapshot

. "$(dirname "$0")/lib.sh"

: > "$dir/empty.mqsc"
# 200 durable changes in one session (REPLACE, so every run does them).
awk 'BEGIN { for (i = 0; i < 200; i++)
	printf "DEFINE QLOCAL(BENCH.DURABLE.%03d) MAXDEPTH(%d) REPLACE\n",
	    i, i }' > "$dir/durable.mqsc"
t_ref=$(best wc -l "$dir/store/qmgr.mqsc")
t_load=$(best "$mqtls" run -e -s "$dir/store" "$dir/empty.mqsc")
t_many=$(best "$mqtls" run -e -s "$dir/store" "$dir/durable.mqsc")
t_shell=$(best sh -c "echo END | '$mqtls' shell -s '$dir/store'")
# Start to first prompt on a terminal (the model loads behind it).
pty=$(dirname "$mqtls")/tests/shell/pty
t_prompt=
if [ -x "$pty" ]; then
	t_prompt=$("$pty" --time-prompt "$mqtls" "$dir/store")
fi
size=$(wc -c < "$dir/store/qmgr.mqsc")

awk -v n="$n" -v size="$size" -v ref="$t_ref" -v load="$t_load" \
    -v many="$t_many" -v shell="$t_shell" -v prompt="$t_prompt" 'BEGIN {
	printf "store:               %d objects, snapshot %.1f MB\n", n, size / 1e6
	printf "load (run, no input): %.0f ms  (target < 250 ms)\n", load / 1e6
	printf "one durable DEFINE: %.2f ms  (200 in one session, less the load; target < 5 ms)\n", (many - load) / 200 / 1e6
	if (prompt != "")
		printf "shell start to first prompt (pty): %.0f ms  (target < 100 ms)\n", prompt
	else
		printf "shell start to first prompt: not measured (make check builds tests/shell/pty)\n"
	printf "shell session (start, load, END): %.0f ms\n", shell / 1e6
	printf "reference wc -l on the snapshot: %.1f ms; load/ref ratio %.1f\n", ref / 1e6, load / ref
}'
