#!/bin/sh
# badinput.sh - any input gets a diagnostic and the documented exit
# status, never a crash or a hang: missing files, directories, empty
# files, NUL bytes, over-long lines, unterminated quotes and parentheses
# at end of file, random bytes, and command-line mistakes.
. "$srcdir/tests/lib.sh"


# expect STATUS GREP-PATTERN -- ARGS...: run lint, check status and output.
expect() {
	want=$1
	pat=$2
	shift 3
	timeout 60 "$MQTLS" "$@" > "$t/out" 2>&1
	rc=$?
	if [ "$rc" -ne "$want" ]; then
		fail "mqtls $*: exit $rc, expected $want"
		head -n 20 "$t/out"
	elif [ -n "$pat" ] && ! grep -q -- "$pat" "$t/out"; then
		fail "mqtls $*: output lacks '$pat'"
		head -n 20 "$t/out"
	else
		pass
	fi
}

expect 3 "cannot open $t/missing.mqsc" -- lint "$t/missing.mqsc"
expect 3 "is a directory" -- lint "$t"
printf 'DEFINE QLOCAL(A)\n' > "$t/good.mqsc"
expect 3 "cannot open" -- lint "$t/good.mqsc" "$t/missing.mqsc"
if [ "$(id -u)" -ne 0 ]; then
	printf 'DEFINE QLOCAL(A)\n' > "$t/noread.mqsc"
	chmod 000 "$t/noread.mqsc"
	expect 3 "Permission denied" -- lint "$t/noread.mqsc"
fi

: > "$t/empty.mqsc"
expect 0 "" -- lint "$t/empty.mqsc"
expect 0 '"commands": 0' -- lint --format json "$t/empty.mqsc"

printf 'DEFINE QLOCAL(A)\000 DESCR(x)\n' > "$t/nul.mqsc"
expect 1 "nul-byte" -- lint "$t/nul.mqsc"

awk 'BEGIN { printf "DEFINE QLOCAL(A) DESCR(\x27"; for (i = 0; i < 3000; i++) printf "x"; printf "\x27)\n" }' > "$t/long.mqsc"
expect 1 "line-too-long" -- lint "$t/long.mqsc"

printf "DEFINE QLOCAL(A) DESCR('no end" > "$t/quote.mqsc"
expect 1 "unterminated-string" -- lint "$t/quote.mqsc"
printf "DEFINE QLOCAL(A) DESCR('x'" > "$t/paren.mqsc"
expect 1 "unbalanced-parenthesis" -- lint "$t/paren.mqsc"
printf "DEFINE QLOCAL(A) +\n\n* comment\n" > "$t/cont.mqsc"
expect 1 "continuation-at-eof" -- lint "$t/cont.mqsc"

# Random bytes, with and without line structure: any status 0 or 1.
head -c 200000 /dev/urandom > "$t/random.bin"
timeout 60 "$MQTLS" lint "$t/random.bin" > /dev/null 2>&1
rc=$?
if [ "$rc" -le 1 ]; then pass; else fail "random bytes: exit $rc"; fi
head -c 300000 /dev/urandom | tr '\000-\011\013-\037\177-\377' "()'+, *;-" > "$t/random.txt"
timeout 60 "$MQTLS" lint --templates "$t/random.txt" > /dev/null 2>&1
rc=$?
if [ "$rc" -le 1 ]; then pass; else fail "random text: exit $rc"; fi

# One 2 MB line without a newline.
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "QLOCAL(A) "; }' > "$t/huge.mqsc"
expect 1 "line-too-long" -- lint "$t/huge.mqsc"

# Standard input.
printf 'DEFINE QLOCAL(A) MAXDEPTH(x)\n' | {
	"$MQTLS" lint - > "$t/out" 2>&1
	rc=$?
	if [ "$rc" -eq 1 ] && grep -q '^<stdin>:1:' "$t/out"; then
		echo ok
	else
		echo "stdin: exit $rc" >&2
	fi
} | grep -q ok && pass || fail "lint - (stdin)"

# Command line.
expect 2 "no input files" -- lint
expect 2 "--format takes text, gcc, json, sarif or github" -- lint --format xml "$t/good.mqsc"
expect 2 "--fail-level takes" -- lint --fail-level fatal "$t/good.mqsc"
expect 2 "-D takes NAME=VALUE" -- lint -D novalue "$t/good.mqsc"
expect 2 "unknown option" -- lint --no-such-option "$t/good.mqsc"
expect 2 "not a command" -- frobnicate
expect 2 "usage:" --
expect 0 "usage: mqtls lint" -- lint --help
expect 0 "mqtls " -- --version
finish
