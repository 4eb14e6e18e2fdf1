#!/bin/sh
# golden.sh - golden tests of lint output.
#
# Every tests/lint/AREA/NAME.mqsc (and AREA/DIR/.../NAME.mqsc, for cases
# that need a .mqtls.conf of their own) is linted from tests/lint, so file
# names in the output are AREA/NAME.mqsc, with the options in NAME.args if
# that file exists.  Text output (stdout, stderr, then "exit: N") must
# equal NAME.out, and --format json output must equal NAME.json.  Where
# NAME.gcc, NAME.sarif or NAME.github exist, that format's output (stdout,
# then "exit: N") must equal them too; in SARIF the tool version is
# written as VERSION.  tests/lint/.mqtls.conf is empty: it keeps a
# configuration above the source tree out of the cases.
#
# Regenerate after an intended change, then read the diff in review:
#	MQTLS_REGEN=1 make check TESTS=tests/golden.sh
# (to add a format to a case, create the empty file first).
. "$srcdir/tests/lib.sh"

cd "$srcdir/tests/lint" || exit 99

# run FORMAT ARGS FILE: one format's output and exit status in $t/got.
run() {
	fmt=$1
	# shellcheck disable=SC2086
	"$MQTLS" lint --format "$fmt" $2 "$3" > "$t/got" 2>/dev/null
	rc=$?
	if [ "$fmt" = sarif ]; then
		sed 's/"name": "mqtls", "version": "[^"]*"/"name": "mqtls", "version": "VERSION"/' \
		    "$t/got" > "$t/got.tmp" && mv "$t/got.tmp" "$t/got"
	fi
	echo "exit: $rc" >> "$t/got"
}

# compare FILE WHAT CASE: $t/got against FILE (or regenerate it).
compare() {
	if [ -n "${MQTLS_REGEN:-}" ]; then
		cp "$t/got" "$1"
		return 0
	fi
	if ! cmp -s "$t/got" "$1"; then
		fail "$3: $2 output differs"
		diff -u "$1" "$t/got" | head -n 40
		return 1
	fi
	return 0
}

cases=$(find . -name '*.mqsc' | sed 's|^\./||' | LC_ALL=C sort)
if [ -z "$cases" ]; then
	# Nothing found means nothing was tested.
	fail "no golden cases found under tests/lint"
fi
for f in $cases; do
	base=${f%.mqsc}
	args=
	[ -f "$base.args" ] && args=$(cat "$base.args")
	# shellcheck disable=SC2086
	"$MQTLS" lint $args "$f" > "$t/got" 2>&1
	echo "exit: $?" >> "$t/got"
	compare "$base.out" text "$f" || continue
	# shellcheck disable=SC2086
	"$MQTLS" lint --format json $args "$f" > "$t/got" 2>/dev/null
	compare "$base.json" JSON "$f" || continue
	ok=1
	for fmt in gcc sarif github; do
		[ -f "$base.$fmt" ] || continue
		run "$fmt" "$args" "$f"
		compare "$base.$fmt" "$fmt" "$f" || ok=0
	done
	[ "$ok" -eq 1 ] && pass
done
finish
