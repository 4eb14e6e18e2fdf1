# lib.sh - helpers shared by the shell tests.  Sourced, not run.
# Exit codes follow automake: 0 pass, 1 fail, 77 skip, 99 hard error.

: "${MQTLS:?MQTLS must point at the mqtls binary}"
: "${srcdir:=.}"
export NO_COLOR=1
LC_ALL=C
export LC_ALL

failures=0
passes=0

pass() {
	passes=$((passes + 1))
}

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

# golden WHAT GOT WANT [GOT WANT...]: compare each output with its golden
# file and count one pass, or one failure with a diff of the first that
# differs.  With MQTLS_REGEN set, copy every GOT over its WANT instead
# (then read the diff in review).  Returns 1 on a difference.
golden() {
	_what=$1
	shift
	if [ -n "${MQTLS_REGEN:-}" ]; then
		while [ $# -ge 2 ]; do
			cp "$1" "$2"
			shift 2
		done
		return 0
	fi
	while [ $# -ge 2 ]; do
		if ! cmp -s "$1" "$2"; then
			fail "$_what: output differs from $(basename "$2")"
			diff -u "$2" "$1" | head -n 40
			return 1
		fi
		shift 2
	done
	pass
}

# The plain closing line CI reads, then the automake exit status.
finish() {
	echo "$passes passed, $failures failed"
	[ "$failures" -eq 0 ]
	exit $?
}

# A scratch directory in $t, removed when the test exits.
t=$(mktemp -d "${TMPDIR:-/tmp}/mqtls-test.XXXXXX") || exit 99
trap 'rm -rf "$t"' EXIT
trap 'exit 99' INT TERM
