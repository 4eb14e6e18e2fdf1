#!/bin/sh
# policy.sh - golden tests of mqtls test: every tests/policy/NAME.mqtest
# is run from tests/policy; text output (stdout, stderr, "exit: N") must
# equal NAME.out and --format junit output (times set to 0) NAME.xml,
# which must be well-formed XML.  Then the shipped sample test files
# must pass, and usage errors give exit 2.
#
# Regenerate after an intended change, then read the diff in review:
#	MQTLS_REGEN=1 make check TESTS=tests/policy.sh
. "$srcdir/tests/lib.sh"

cd "$srcdir/tests/policy" || exit 99

for f in *.mqtest; do
	if [ ! -f "$f" ]; then
		fail "no golden cases found under tests/policy"
		continue
	fi
	base=${f%.mqtest}
	"$MQTLS" test "$f" > "$t/out" 2>&1
	echo "exit: $?" >> "$t/out"
	"$MQTLS" test --format junit "$f" 2>/dev/null |
	    sed 's/ time="[0-9.]*"/ time="0"/' > "$t/xml"
	if command -v python3 > /dev/null 2>&1 &&
	    ! python3 -c 'import sys, xml.dom.minidom
xml.dom.minidom.parse(sys.argv[1])' "$t/xml" 2> "$t/err"; then
		fail "$f: JUnit output is not well-formed XML"
		cat "$t/err"
		continue
	fi
	golden "$f" "$t/out" "$base.out" "$t/xml" "$base.xml"
done

# The samples' own policy tests hold.
for f in "$srcdir"/samples/*.mqtest; do
	if "$MQTLS" test "$f" > "$t/out" 2>&1; then
		pass
	else
		fail "$(basename "$f") does not pass:"
		cat "$t/out"
	fi
done

# Several files: one summary, the worst exit status.
"$MQTLS" test fail.mqtest errors.mqtest > "$t/out" 2>/dev/null
rc=$?
if [ "$rc" -ne 3 ] || ! grep -q '^total: 3 passed, 4 failed, 9 errors in 2 files$' "$t/out"; then
	fail "two files: exit $rc (want 3) and a total line"
	tail -n 2 "$t/out"
else
	pass
fi

for args in "" "--format xml fail.mqtest" "--bogus fail.mqtest"; do
	# shellcheck disable=SC2086
	"$MQTLS" test $args > "$t/out" 2>&1
	rc=$?
	if [ "$rc" -ne 2 ]; then
		fail "mqtls test $args: exit $rc, expected 2"
	else
		pass
	fi
done
finish
