#!/bin/sh
# samples.sh - the shipped samples are what they claim: every sample but
# mistakes.mqsc lints without errors or warnings, and mistakes.mqsc gives
# an error for each mistake it documents.
. "$srcdir/tests/lib.sh"

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
		    chlauth-blockaddr-profile deprecated-cipherspec; do
			if grep -q "\[$rule\]" "$t/out"; then
				pass
			else
				fail "mistakes.mqsc: no [$rule] diagnostic"
			fi
		done
		;;
	*)
		if "$MQTLS" lint --fail-level warning "$f" > "$t/out" 2>&1; then
			pass
		else
			fail "$(basename "$f") has findings:"
			cat "$t/out"
		fi
		;;
	esac
done
finish
