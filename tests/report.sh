#!/bin/sh
# report.sh - golden tests of mqtls report.
#
# Every tests/report/NAME.args lists MQSC files relative to the source
# directory (the migration samples, or inputs kept here); the report of
# those files in each format must equal NAME.txt, NAME.json and NAME.dot,
# with the exit status appended to the text.
#
# Regenerate after an intended change, then read the diff in review:
#	MQTLS_REGEN=1 make check TESTS=tests/report.sh
. "$srcdir/tests/lib.sh"

cd "$srcdir" || exit 99

for a in tests/report/*.args; do
	base=${a%.args}
	files=$(cat "$a")
	for fmt in txt json dot; do
		case $fmt in
		txt)	opt=text ;;
		*)	opt=$fmt ;;
		esac
		# shellcheck disable=SC2086
		"$MQTLS" report --format "$opt" $files > "$t/out" 2>&1
		echo "exit: $?" >> "$t/out"
		if [ -n "${MQTLS_REGEN:-}" ]; then
			cp "$t/out" "$base.$fmt"
		elif cmp -s "$t/out" "$base.$fmt"; then
			pass
		else
			fail "$base.$fmt differs"
			diff -u "$base.$fmt" "$t/out" | head -n 40
		fi
	done
done

# The JSON is one valid JSON document (when python3 is there to say so).
if command -v python3 > /dev/null 2>&1; then
	for j in tests/report/*.json; do
		if sed '$d' "$j" | python3 -m json.tool > /dev/null 2>&1; then
			pass
		else
			fail "$j is not valid JSON"
		fi
	done
fi
# The DOT output is a graph Graphviz accepts (when it is installed).
if command -v dot > /dev/null 2>&1; then
	for d in tests/report/*.dot; do
		if sed '$d' "$d" | dot -Tsvg > /dev/null 2>&1; then
			pass
		else
			fail "$d is not a valid Graphviz graph"
		fi
	done
fi

# Usage errors.
"$MQTLS" report > /dev/null 2>&1
[ $? -eq 2 ] && pass || fail "report without files: expected exit 2"
"$MQTLS" report --format xml samples/app-svrconn.mqsc > /dev/null 2>&1
[ $? -eq 2 ] && pass || fail "report --format xml: expected exit 2"
finish
