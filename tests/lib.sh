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
