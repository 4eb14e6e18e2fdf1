#!/bin/sh
# run.sh - golden tests of "mqtls run" sessions.
#
# Every tests/run/NAME.in is run in batch mode against a new store,
# $t/NAME, with the options in NAME.args if that file exists:
#	mqtls run [ARGS] -s NAME NAME.in
# from $t, so that file and store names in the output are relative.
# Standard output, standard error and then "exit: N" must equal NAME.out.
# If NAME.next.in exists it is run afterwards on the same store, without
# options, and its output and exit status follow in NAME.out: that is
# how a case shows what a session left in the store.
#
# Times are fixed (MQTLS_FIXED_TIME) and MQTLS_HOME points into $t, so
# the output does not depend on the clock or on the user's own models.
#
# Regenerate after an intended change, then read the diff in review:
#	MQTLS_REGEN=1 make check TESTS=tests/run.sh
. "$srcdir/tests/lib.sh"

MQTLS_HOME=$t/home
MQTLS_FIXED_TIME=1
export MQTLS_HOME MQTLS_FIXED_TIME

cases=$srcdir/tests/run

# run_case NAME: write the session transcript of case NAME to $t/NAME.got.
run_case() {
	args=
	[ -f "$cases/$1.args" ] && args=$(cat "$cases/$1.args")
	: > "$t/$1.got"
	# NAME.first.in prepares the store (plain run) before the case.
	if [ -f "$cases/$1.first.in" ]; then
		cp "$cases/$1.first.in" "$t/$1.first.in" || return 1
		(cd "$t" && timeout 60 "$MQTLS" run -s "$1" "$1.first.in") \
		    >> "$t/$1.got" 2>&1
		echo "exit: $?" >> "$t/$1.got"
	fi
	cp "$cases/$1.in" "$t/$1.in" || return 1
	# shellcheck disable=SC2086
	(cd "$t" && timeout 60 "$MQTLS" run $args -s "$1" "$1.in") \
	    >> "$t/$1.got" 2>&1
	echo "exit: $?" >> "$t/$1.got"
	[ -f "$cases/$1.next.in" ] || return 0
	cp "$cases/$1.next.in" "$t/$1.next.in" || return 1
	(cd "$t" && timeout 60 "$MQTLS" run -s "$1" "$1.next.in") \
	    >> "$t/$1.got" 2>&1
	echo "exit: $?" >> "$t/$1.got"
}

found=0
for f in "$cases"/*.in; do
	case $f in
	*.next.in|*.first.in)	continue ;;
	esac
	if [ ! -f "$f" ]; then
		fail "no cases found under tests/run"
		break
	fi
	found=1
	name=$(basename "$f" .in)
	if ! run_case "$name"; then
		fail "$name: cannot set the case up in $t"
		continue
	fi
	if [ -n "${MQTLS_REGEN:-}" ]; then
		cp "$t/$name.got" "$cases/$name.out"
		continue
	fi
	if cmp -s "$t/$name.got" "$cases/$name.out"; then
		pass
	else
		fail "$name: the session differs from tests/run/$name.out"
		diff -u "$cases/$name.out" "$t/$name.got" | head -n 60
	fi
done
[ "$found" -eq 1 ] || fail "no cases found under tests/run"
finish
