#!/bin/sh
# corpus.sh - conformance on real MQSC that other people published.
#
# Every file under $MQTLS_CORPUS must lint without error-severity
# diagnostics, except the real mistakes listed in corpus-expected.txt
# (file, line:column, rule, and why it is a real mistake).  Files the
# corpus manifest marks as templated are linted with --templates.
# The corpus is never copied into this repository; without
# MQTLS_CORPUS the test is skipped.
. "$srcdir/tests/lib.sh"

if [ -z "${MQTLS_CORPUS:-}" ] || [ ! -d "$MQTLS_CORPUS" ]; then
	echo "SKIP: MQTLS_CORPUS is not set to the corpus directory"
	exit 77
fi
expected="$srcdir/tests/corpus-expected.txt"

# Expected errors, one "FILE LINE:COL RULE" per line.
grep -v '^#' "$expected" | awk 'NF >= 3 { print $1, $2, $3 }' |
    sort > "$t/expected"

: > "$t/actual"
n=0
for f in "$MQTLS_CORPUS"/*.mqsc "$MQTLS_CORPUS"/*.MQSC "$MQTLS_CORPUS"/*.mqs; do
	[ -f "$f" ] || continue
	name=$(basename "$f")
	args=
	if [ -f "$MQTLS_CORPUS/MANIFEST.tsv" ] &&
	    awk -F '\t' -v f="$name" '$1 == f && $6 ~ /templated/ { found = 1 }
	    END { exit !found }' "$MQTLS_CORPUS/MANIFEST.tsv"; then
		args=--templates
	fi
	"$MQTLS" lint $args "$f" > "$t/out" 2>&1
	rc=$?
	if [ "$rc" -gt 3 ]; then
		fail "$name: mqtls exited with $rc"
		cat "$t/out"
		continue
	fi
	sed -n 's/^[^:]*:\([0-9]*\):\([0-9]*\): error: .*\[\([a-z0-9-]*\)\]$/\1:\2 \3/p' \
	    "$t/out" | while read -r pos rule; do
		echo "$name $pos $rule"
	done >> "$t/actual"
	n=$((n + 1))
done
sort "$t/actual" > "$t/actual.sorted"
if [ "$n" -eq 0 ]; then
	fail "no MQSC files under $MQTLS_CORPUS"
fi
if cmp -s "$t/expected" "$t/actual.sorted"; then
	pass
else
	fail "errors on the corpus differ from corpus-expected.txt (- expected, + actual):"
	diff -u "$t/expected" "$t/actual.sorted" | sed -n '3,$p'
	# Show the messages for unexpected errors.
	comm -13 "$t/expected" "$t/actual.sorted" | while read -r name pos rule; do
		"$MQTLS" lint --templates "$MQTLS_CORPUS/$name" 2>/dev/null |
		    grep -A2 ":$pos: error:" | head -n 3
	done
fi
echo "linted $n corpus files"
finish
