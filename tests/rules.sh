#!/bin/sh
# rules.sh - the rule catalogue, the code and mqtls-rules(7) agree.
#
# 1. Every rule id of the catalogue ("mqtls lint --list-rules") has a
#    subsection ".Ss RULE-ID" in man/mqtls-rules.7, and every such
#    subsection names a catalogued rule.
# 2. Every rule id written as a literal in a call that reports a finding
#    in src/*.c or grammar/*.y is in the catalogue, so no finding can
#    carry an id the catalogue does not describe.  The calls recognised:
#	diag_add(LIST, SEVERITY, "id", ...)
#	diag_rule(LIST, "id", ...)
#	REPORT(CK, CMD, "id", ...) and report(CK, CMD, "id", ...)
#	lm_report(C, "id", ...) and lm_report_at(C, "id", ...)
#    A new reporting helper must be added to the patterns below.
# 3. Every example in mqtls-rules(7) marked with the comment line
#    '.\" lint-example' before its .Bd block is MQSC that, linted on its
#    own, gives a finding of the rule it illustrates.
. "$srcdir/tests/lib.sh"

page=$srcdir/man/mqtls-rules.7

"$MQTLS" lint --list-rules > "$t/list" || fail "--list-rules failed"
awk '{ print $1 }' "$t/list" | LC_ALL=C sort > "$t/catalogue"
n=$(wc -l < "$t/catalogue")
if [ "$n" -lt 40 ]; then
	fail "--list-rules lists only $n rules"
fi
if [ -n "$(uniq -d "$t/catalogue")" ]; then
	fail "rule ids listed twice: $(uniq -d "$t/catalogue" | tr '\n' ' ')"
fi

# 1. Catalogue against the manual page.
sed -n 's/^\.Ss \([a-z][a-z0-9-]*\)$/\1/p' "$page" | LC_ALL=C sort \
    > "$t/page"
if [ ! -s "$t/page" ]; then
	fail "$page: no rule subsections found"
fi
for id in $(LC_ALL=C comm -23 "$t/catalogue" "$t/page"); do
	fail "rule $id has no subsection '.Ss $id' in man/mqtls-rules.7"
done
for id in $(LC_ALL=C comm -13 "$t/catalogue" "$t/page"); do
	fail "man/mqtls-rules.7 describes '$id', which is not a rule id"
done
if [ -n "$(sort "$t/page" | uniq -d)" ]; then
	fail "man/mqtls-rules.7 describes a rule twice"
fi

# 2. Ids the code reports against the catalogue.
perl -0777 -ne '
	while (/\bdiag_add\(\s*[^,;]+,\s*[^,;]+,\s*"([^"]*)"/g) {
		print "$1\n";
	}
	while (/\bdiag_rule\(\s*[^,;]+,\s*"([^"]*)"/g) {
		print "$1\n";
	}
	while (/\b(?:REPORT|report)\(\s*[^,;]+,\s*[^,;]+,\s*"([^"]*)"/g) {
		print "$1\n";
	}
	while (/\blm_report(?:_at)?\(\s*[^,;]+,\s*"([^"]*)"/g) {
		print "$1\n";
	}
' "$srcdir"/src/*.c "$srcdir"/grammar/*.y | LC_ALL=C sort -u > "$t/code"
n=$(wc -l < "$t/code")
# The reader, the grammar and the checker report at least these many.
if [ "$n" -lt 35 ]; then
	fail "found only $n rule ids in the code: are the patterns stale?"
fi
for id in line-too-long syntax unknown-keyword case-folded command-failed \
    suppression-unused config-invalid; do
	grep -qx "$id" "$t/code" || fail "did not find '$id' in the code"
done
for id in $(LC_ALL=C comm -23 "$t/code" "$t/catalogue"); do
	fail "the code reports rule '$id', which is not in the catalogue"
done

# 3. Examples that must fire their rule.
mkdir "$t/ex"
awk -v dir="$t/ex" '
/^\.Ss /		{ id = $2; next }
/^\.\\" lint-example$/	{ want = 1; next }
/^\.Bd / && want	{ inside = 1; want = 0; n++; file = dir "/" id ".mqsc"
			  next }
/^\.Ed/ && inside	{ inside = 0; close(file); next }
inside			{ gsub(/\\&/, ""); gsub(/\\e/, "\\"); print > file }
END			{ print n + 0 > (dir "/count") }
' "$page"
if [ "$(cat "$t/ex/count")" -lt 30 ]; then
	fail "found only $(cat "$t/ex/count") lint examples in $page"
fi
for ex in "$t"/ex/*.mqsc; do
	id=$(basename "$ex" .mqsc)
	"$MQTLS" lint --no-config --format gcc "$ex" > "$t/exout" 2>&1
	if ! grep -q "\[$id\]\$" "$t/exout"; then
		fail "the example of $id in mqtls-rules(7) does not report it"
		sed 's/^/	/' "$t/exout"
	fi
done
# 4. The security rules: reported by the code, shown by a golden case.
awk '$3 == "tls" || $3 == "chlauth" { print $1 }' "$t/list" |
    LC_ALL=C sort > "$t/security"
if [ "$(wc -l < "$t/security")" -lt 20 ]; then
	fail "--list-rules lists only $(wc -l < "$t/security") security rules"
fi
for id in $(LC_ALL=C comm -23 "$t/security" "$t/code"); do
	fail "security rule '$id' is catalogued but never reported"
done
for id in $(cat "$t/security"); do
	grep -q "\[$id\]" "$srcdir"/tests/lint/security/*.out ||
	    fail "no golden case under tests/lint/security reports [$id]"
done
[ "$failures" -eq 0 ] && pass
finish
