#!/bin/sh
# golden.sh - golden tests of lint output.
#
# Every tests/lint/AREA/NAME.mqsc is linted from tests/lint (so file names
# in the output are AREA/NAME.mqsc) with the options in NAME.args, if that
# file exists.  Text output (stdout, stderr, then "exit: N") must equal
# NAME.out, and --format json output must equal NAME.json.
#
# Regenerate after an intended change, then read the diff in review:
#	MQTLS_REGEN=1 make check TESTS=tests/golden.sh
. "$srcdir/tests/lib.sh"

cd "$srcdir/tests/lint" || exit 99

for f in */*.mqsc; do
	if [ ! -f "$f" ]; then
		# The glob matched nothing: no cases means nothing was tested.
		fail "no golden cases found under tests/lint"
		continue
	fi
	base=${f%.mqsc}
	args=
	[ -f "$base.args" ] && args=$(cat "$base.args")
	# shellcheck disable=SC2086
	"$MQTLS" lint $args "$f" > "$t/out" 2>&1
	echo "exit: $?" >> "$t/out"
	# shellcheck disable=SC2086
	"$MQTLS" lint --format json $args "$f" > "$t/json" 2>/dev/null
	if [ -n "${MQTLS_REGEN:-}" ]; then
		cp "$t/out" "$base.out"
		cp "$t/json" "$base.json"
		continue
	fi
	if ! cmp -s "$t/out" "$base.out"; then
		fail "$f: text output differs"
		diff -u "$base.out" "$t/out" | head -n 40
	elif ! cmp -s "$t/json" "$base.json"; then
		fail "$f: JSON output differs"
		diff -u "$base.json" "$t/json" | head -n 40
	else
		pass
	fi
done
finish
