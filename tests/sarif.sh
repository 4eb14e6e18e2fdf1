#!/bin/sh
# sarif.sh - "mqtls lint --format sarif" against the SARIF 2.1.0 schema.
#
# The logs of every golden case, of several files in one run, of standard
# input, of a file outside the working directory and of an unreadable
# file are validated against tests/sarif/sarif-schema-2.1.0.json (OASIS;
# see tests/sarif/README) with python3-jsonschema.  Beyond the schema:
# every result's ruleIndex points at its ruleId in tool.driver.rules,
# each rule carries its texts and default level, and partial fingerprints
# stay the same when lines are inserted above a finding but differ for
# two findings of one rule.  Skipped (77) without python3 or jsonschema.
. "$srcdir/tests/lib.sh"

schema=$srcdir/tests/sarif/sarif-schema-2.1.0.json
if ! command -v python3 > /dev/null 2>&1; then
	echo "sarif.sh: python3 not found: skipped"
	exit 77
fi
if ! python3 -c 'import jsonschema' > /dev/null 2>&1; then
	echo "sarif.sh: python3 jsonschema not found (apt-get install" \
	    "python3-jsonschema): skipped"
	exit 77
fi

# validate LOG WHAT: schema and consistency checks of one log.
validate() {
	if python3 - "$schema" "$1" > "$t/why" 2>&1 <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
log = json.load(open(sys.argv[2]))
jsonschema.Draft7Validator.check_schema(schema)
errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(log),
                key=lambda e: list(e.path))
for e in errors[:5]:
    print("schema: %s at %s" % (e.message, list(e.absolute_path)))
if errors:
    sys.exit(1)
run = log["runs"][0]
rules = run["tool"]["driver"]["rules"]
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids)), "duplicate rule ids"
for r in rules:
    for k in ("shortDescription", "fullDescription", "help"):
        assert r[k]["text"], "%s: empty %s" % (r["id"], k)
    assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
for res in run["results"]:
    assert rules[res["ruleIndex"]]["id"] == res["ruleId"], res["ruleId"]
    for loc in res.get("locations", []):
        uri = loc["physicalLocation"]["artifactLocation"].get("uri", "")
        assert not uri.startswith("/"), uri
PY
	then
		pass
	else
		fail "$2: SARIF log not valid"
		head -n 10 "$t/why"
	fi
}

cd "$srcdir/tests/lint" || exit 99
for f in $(find . -name '*.mqsc' | sed 's|^\./||' | LC_ALL=C sort); do
	args=
	[ -f "${f%.mqsc}.args" ] && args=$(cat "${f%.mqsc}.args")
	# shellcheck disable=SC2086
	"$MQTLS" lint --format sarif $args "$f" > "$t/log" 2>/dev/null
	rc=$?
	[ "$rc" -eq 2 ] && continue	# a usage error prints no log
	validate "$t/log" "$f"
done

# Several files in one run, standard input, a file outside the working
# directory, a file that cannot be read.
"$MQTLS" lint --format sarif schema/*.mqsc syntax/*.mqsc > "$t/log" \
    2>/dev/null
validate "$t/log" "schema/*.mqsc syntax/*.mqsc"
"$MQTLS" lint --format sarif - < formats/findings.mqsc > "$t/log" 2>/dev/null
validate "$t/log" "standard input"
cp formats/findings.mqsc "$t/outside.mqsc"
"$MQTLS" lint --no-config --format sarif "$t/outside.mqsc" > "$t/log" 2>/dev/null
validate "$t/log" "file outside the working directory"
grep -q '"uri": "file:///' "$t/log" || fail "outside file: no file: URI"
"$MQTLS" lint --format sarif "$t/no-such.mqsc" formats/findings.mqsc \
    > "$t/log" 2>/dev/null
[ $? -eq 3 ] || fail "unreadable input: exit status is not 3"
validate "$t/log" "unreadable input"
grep -q '"executionSuccessful": false' "$t/log" ||
    fail "unreadable input: executionSuccessful is not false"

# Fingerprints: lines inserted above keep them; two findings differ.
fps() {
	python3 -c '
import json, sys
for r in json.load(sys.stdin)["runs"][0]["results"]:
    print(r["ruleId"], r["partialFingerprints"]["mqtlsCommandHash/v1"])
'
}
printf 'DEFINE QLOCAL(A) FOO(1)\nDEFINE QLOCAL(B) FOO(1)\nDEFINE QLOCAL(B) FOO(1)\n' \
    > "$t/a.mqsc"
{ printf '* a comment\nDEFINE QLOCAL(NEW)\n\n'; cat "$t/a.mqsc"; } \
    > "$t/b.mqsc"
# Reformatting the command (case, blanks, commas) keeps them too.
printf 'DEFINE QLOCAL(A) FOO(1)\ndefine   qlocal(b),foo(1)\nDEFINE QLOCAL(B) FOO(1)\n' \
    > "$t/c.mqsc"
(cd "$t" && "$MQTLS" lint --no-config --format sarif a.mqsc) | fps > "$t/fa"
(cd "$t" && "$MQTLS" lint --no-config --format sarif b.mqsc) | fps > "$t/fb"
(cd "$t" && "$MQTLS" lint --no-config --format sarif c.mqsc) | fps > "$t/fc"
if [ "$(wc -l < "$t/fa")" -ne 3 ]; then
	fail "fingerprints: expected 3 results"
elif ! cmp -s "$t/fa" "$t/fb"; then
	fail "fingerprints change when lines are inserted above"
	diff "$t/fa" "$t/fb"
elif ! cmp -s "$t/fa" "$t/fc"; then
	fail "fingerprints change when a command is reformatted"
	diff "$t/fa" "$t/fc"
elif [ "$(awk '{ print $2 }' "$t/fa" | sort -u | wc -l)" -ne 3 ]; then
	fail "fingerprints: two findings share one"
else
	pass
fi
finish
