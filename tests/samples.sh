#!/bin/sh
# samples.sh - the shipped samples are what they claim: every sample but
# mistakes.mqsc lints without errors or warnings, except the findings its
# comments announce with "* mqtls lint expects: RULE-ID" lines, and
# mistakes.mqsc gives an error for each mistake it documents.
#
# The migration phases are changes to one queue manager, so phase N is
# linted together with phases 1 to N-1, in order, as they are applied;
# only phase N's announced findings are expected then.
. "$srcdir/tests/lib.sh"

# The rule ids of the warnings and errors in lint output $1, sorted.
findings() {
	sed -n 's/^[^ ].*: \(error\|warning\): .*\[\([a-z0-9-]*\)\]$/\2/p' \
	    "$1" | sort -u
}

for f in "$srcdir"/samples/*.mqsc; do
	case $f in
	*/mistakes.mqsc)
		"$MQTLS" lint "$f" > "$t/out" 2>&1
		rc=$?
		if [ "$rc" -ne 1 ]; then
			fail "mistakes.mqsc: exit $rc, expected 1"
			continue
		fi
		for rule in unknown-command invalid-command invalid-value \
		    unknown-keyword invalid-for-type name-too-long \
		    missing-required subtype-position duplicate-keyword \
		    unterminated-string unbalanced-parenthesis \
		    chlauth-blockaddr-profile deprecated-cipherspec \
		    sslpeer-weak; do
			if grep -q "\[$rule\]" "$t/out"; then
				pass
			else
				fail "mistakes.mqsc: no [$rule] diagnostic"
			fi
		done
		;;
	*)
		files=$f
		case $f in
		*/migration-[2-9]-*.mqsc)
			n=$(basename "$f" | sed 's/^migration-\([0-9]\).*/\1/')
			files=
			i=1
			while [ "$i" -le "$n" ]; do
				files="$files $(ls "$srcdir"/samples/migration-$i-*.mqsc)"
				i=$((i + 1))
			done
			;;
		esac
		# shellcheck disable=SC2086
		"$MQTLS" lint $files > "$t/out" 2>&1
		findings "$t/out" > "$t/got"
		sed -n 's/^\* mqtls lint expects: *//p' "$f" | tr ' ,' '\n\n' |
		    sed '/^$/d' | sort -u > "$t/want"
		if cmp -s "$t/got" "$t/want"; then
			pass
		else
			fail "$(basename "$f"): findings differ from the" \
			    "announced ones (< announced, > found):"
			diff "$t/want" "$t/got"
			cat "$t/out"
		fi
		;;
	esac
done
finish
