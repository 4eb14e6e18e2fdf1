# lib.sh - helpers for the benchmark scripts.  Sourced, not run.

now() { date +%s%N; }

# best COMMAND...: the best wall-clock time of $runs runs, in ns.
best() {
	_b=0
	_bi=0
	while [ "$_bi" -lt "$runs" ]; do
		t0=$(now)
		"$@" > /dev/null 2>&1 || true
		t1=$(now)
		t=$((t1 - t0))
		if [ "$_b" -eq 0 ] || [ "$t" -lt "$_b" ]; then _b=$t; fi
		_bi=$((_bi + 1))
	done
	echo "$_b"
}
