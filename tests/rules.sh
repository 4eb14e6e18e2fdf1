#!/bin/sh
# rules.sh - the rule catalogue and its documentation agree: every rule
# id of the security area (src/rules-security.c) has its subsection in
# the TLS AND CHLAUTH RULES section of man/mqtls-rules.7 and the other
# way round, and every id the rule files report is in the catalogue.
. "$srcdir/tests/lib.sh"

man=$srcdir/man/mqtls-rules.7
sed -n 's/^	{ "\([a-z0-9-]*\)", [A-Z_]*, "\(tls\|chlauth\)",.*/\1/p' \
    "$srcdir/src/rules-security.c" | sort > "$t/code"
sed -n '/^\.Sh TLS AND CHLAUTH RULES/,/^\.Sh /s/^\.Ss \([a-z0-9-]*\)$/\1/p' \
    "$man" | sort > "$t/man"
if [ ! -s "$t/code" ]; then
	fail "no rule ids found in src/rules-security.c"
elif cmp -s "$t/code" "$t/man"; then
	pass
else
	fail "rules-security.c and mqtls-rules(7) differ (< code, > man):"
	diff "$t/code" "$t/man"
fi

# Ids the rule files report: lm_report*("id", ...) and diag_add(...).
cat "$srcdir"/src/lint-tls.c "$srcdir"/src/lint-chlauth.c \
    "$srcdir"/src/lint-model.c |
    tr '\n\t' '  ' | tr -s ' ' |
    grep -o '\(lm_report\(_at\)\?(c, \|DIAG_[A-Z]*, \|rule_sev( \?\)"[a-z0-9-]*"' |
    sed 's/.*"\([a-z0-9-]*\)"/\1/' | sort -u > "$t/used"
missing=$(comm -23 "$t/used" "$t/code")
if [ -z "$missing" ] && [ -s "$t/used" ]; then
	pass
else
	fail "reported but not catalogued: $missing"
fi
unused=$(comm -13 "$t/used" "$t/code")
if [ -z "$unused" ]; then
	pass
else
	fail "catalogued but never reported: $unused"
fi

# Every security rule has a golden case under tests/lint/security.
for id in $(cat "$t/code"); do
	if grep -q "\[$id\]" "$srcdir"/tests/lint/security/*.out; then
		pass
	else
		fail "no golden case reports [$id]"
	fi
done
finish
