#!/bin/sh
# simulate.sh - golden scenario tests of mqtls simulate, then the checks
# that need no golden file (usage errors, a stored model, certificates).
#
# Every tests/simulate/NAME.mqsc is applied with -f, from tests/simulate
# (so file names in the trace are NAME.mqsc), on top of a new queue
# manager's defaults unless NAME.args says --no-defaults.  NAME.args holds
# the other options as shell words (quote DNs with blanks).  Text output
# (stdout, stderr, then "exit: N") must equal NAME.out, and --format json
# output must equal NAME.json.
#
# Regenerate after an intended change, then read the diff in review:
#	MQTLS_REGEN=1 make check TESTS=tests/simulate.sh
. "$srcdir/tests/lib.sh"

cd "$srcdir/tests/simulate" || exit 99

for f in *.mqsc; do
	if [ ! -f "$f" ]; then
		# The glob matched nothing: no cases means nothing was tested.
		fail "no golden cases found under tests/simulate"
		continue
	fi
	base=${f%.mqsc}
	if [ ! -f "$base.args" ]; then
		fail "$f: no $base.args (at least --channel NAME)"
		continue
	fi
	args=$(cat "$base.args")
	eval "set -- $args"
	"$MQTLS" simulate -f "$f" "$@" > "$t/out" 2>&1
	echo "exit: $?" >> "$t/out"
	"$MQTLS" simulate -f "$f" "$@" --format json > "$t/json" 2>/dev/null
	golden "$f" "$t/out" "$base.out" "$t/json" "$base.json"
done

# Batch mode: every batch/NAME.csv is replayed through batch/conf.mqsc;
# CSV output with stderr and the exit status must equal batch/NAME.out,
# and JSON lines must equal batch/NAME.jsonl.
for f in batch/*.csv; do
	base=${f%.csv}
	(cd batch && "$MQTLS" simulate -f conf.mqsc --batch "${f#batch/}" \
	    > "$t/out" 2>&1; echo "exit: $?" >> "$t/out")
	(cd batch && "$MQTLS" simulate -f conf.mqsc --batch "${f#batch/}" \
	    --format json > "$t/json" 2>/dev/null)
	golden "$f" "$t/out" "$base.out" "$t/json" "$base.jsonl"
done
# expect_exit N DESCRIPTION COMMAND...: the exit status, nothing else.
expect_exit() {
	want=$1
	what=$2
	shift 2
	"$@" > "$t/out" 2>&1
	got=$?
	if [ "$got" -ne "$want" ]; then
		fail "$what: exit $got, expected $want"
		sed 's/^/	/' "$t/out" | head -n 10
	else
		pass
	fi
}

# Usage errors: exit 2.
# Standard input, and every JSON line is an object of its own.
(cd batch && "$MQTLS" simulate -f conf.mqsc --format json --batch - \
    < day.csv > "$t/json" 2>/dev/null)
if ! cmp -s "$t/json" batch/day.jsonl; then
	fail "--batch -: standard input gives other verdicts than the file"
elif command -v python3 > /dev/null 2>&1 &&
    ! python3 -c 'import json, sys
for line in sys.stdin:
    json.loads(line)' < "$t/json"; then
	fail "--batch --format json: a line is not JSON"
else
	pass
fi
expect_exit 2 "--batch with --channel" "$MQTLS" simulate --batch x.csv \
    --channel A
expect_exit 2 "--batch with --access" "$MQTLS" simulate --batch x.csv \
    --queue Q --access put
expect_exit 3 "--batch: no such file" "$MQTLS" simulate --batch nofile.csv

# Authority options.
expect_exit 2 "--access without a queue" "$MQTLS" simulate --channel A \
    --access get
expect_exit 2 "--access unknown" "$MQTLS" simulate --channel A \
    --queue Q --access fly
expect_exit 2 "--queue without --access" "$MQTLS" simulate --channel A \
    --queue Q
expect_exit 2 "--oam-policy bad" "$MQTLS" simulate --channel A \
    --oam-policy both
printf 'payapp payers\nx: a b\n' > "$t/bad.groups"
"$MQTLS" simulate --channel A --queue Q --access put \
    --groups "$t/bad.groups" > "$t/out" 2>&1
rc=$?
if [ "$rc" -ne 3 ] || ! grep -q 'bad.groups:1:1: error: .*no .:.' "$t/out" ||
    ! grep -q 'bad.groups:2:4: error: a group name cannot contain blanks' \
    "$t/out"; then
	fail "--groups: a bad file gives exit 3 and file:line:col errors"
	cat "$t/out"
else
	pass
fi


expect_exit 2 "no --channel" "$MQTLS" simulate -f blockaddr.mqsc
expect_exit 2 "-m with -f" "$MQTLS" simulate -m QM1 -f blockaddr.mqsc \
    --channel A
expect_exit 2 "-m with --no-defaults" "$MQTLS" simulate -m QM1 \
    --no-defaults --channel A
expect_exit 2 "--sslcerti alone" "$MQTLS" simulate --channel A \
    --sslcerti CN=ca
expect_exit 2 "--ca without --cert" "$MQTLS" simulate --channel A \
    --ca ca.pem
expect_exit 2 "--cert with --sslpeer" "$MQTLS" simulate --channel A \
    --cert x.pem --sslpeer CN=a
expect_exit 2 "an operand" "$MQTLS" simulate --channel A extra.mqsc
expect_exit 2 "--format xml" "$MQTLS" simulate --channel A --format xml
expect_exit 3 "unreadable -f file" "$MQTLS" simulate -f no-such-file.mqsc \
    --channel A
expect_exit 3 "missing stored model" "$MQTLS" simulate -s "$t/none" \
    --channel A

# No configuration at all: a new queue manager's defaults.
expect_exit 1 "defaults: SYSTEM.DEF.SVRCONN" "$MQTLS" simulate \
    --channel SYSTEM.DEF.SVRCONN --address 192.0.2.1 --clntuser alice

# A stored model (-s) gives the same verdict as the same MQSC with -f.
if "$MQTLS" run -s "$t/qm" usermap-beats-addressmap.mqsc > "$t/run" 2>&1
then
	eval "set -- $(cat usermap-beats-addressmap.args)"
	"$MQTLS" simulate -s "$t/qm" "$@" > "$t/out" 2>&1
	rc=$?
	"$MQTLS" simulate -f usermap-beats-addressmap.mqsc "$@" > "$t/want" 2>&1
	if [ "$rc" -ne 0 ] ||
	    [ "$(head -n 1 "$t/out")" != "$(head -n 1 "$t/want")" ]; then
		fail "-s: the verdict differs from -f (exit $rc)"
		head -n 3 "$t/out"
	else
		pass
	fi
else
	fail "mqtls run could not make a stored model"
	cat "$t/run"
fi

# Certificates made now with certtool: trusted, untrusted, mapped by CN.
if command -v certtool >/dev/null 2>&1; then
	cd "$t" || exit 99
	cat > ca.tmpl <<'TMPL'
cn = "mqtls test CA"
o = "Example"
ca
cert_signing_key
expiration_days = 30
TMPL
	cat > app.tmpl <<'TMPL'
cn = "app1"
o = "Example"
c = "US"
tls_www_client
expiration_days = 30
TMPL
	ok=1
	for k in ca other app; do
		certtool --generate-privkey --key-type=ecdsa \
		    --outfile $k.key > /dev/null 2>&1 || ok=0
	done
	certtool --generate-self-signed --load-privkey ca.key \
	    --template ca.tmpl --outfile ca.pem > /dev/null 2>&1 || ok=0
	certtool --generate-self-signed --load-privkey other.key \
	    --template ca.tmpl --outfile other.pem > /dev/null 2>&1 || ok=0
	certtool --generate-certificate --load-privkey app.key \
	    --load-ca-certificate ca.pem --load-ca-privkey ca.key \
	    --template app.tmpl --outfile app.pem > /dev/null 2>&1 || ok=0
	cfg=$srcdir/tests/simulate/sslpeermap-map.mqsc
	if [ "$ok" -eq 1 ]; then
		expect_exit 0 "--cert trusted by --ca" "$MQTLS" simulate \
		    -f "$cfg" --channel APP.SVRCONN --address 192.0.2.10 \
		    --cert app.pem --ca ca.pem
		"$MQTLS" simulate -f "$cfg" --channel APP.SVRCONN \
		    --address 192.0.2.10 --cert app.pem > out 2>&1
		want="allow: SVRCONN channel 'APP.SVRCONN' runs as 'app1'"
		if [ "$(head -n 1 out)" != "$want" ]; then
			fail "--cert: not mapped by its subject"
			head -n 3 out
		else
			pass
		fi
		expect_exit 1 "--cert not trusted by --ca" "$MQTLS" simulate \
		    -f "$cfg" --channel APP.SVRCONN --address 192.0.2.10 \
		    --cert app.pem --ca other.pem
		expect_exit 3 "--cert not a certificate" "$MQTLS" simulate \
		    -f "$cfg" --channel APP.SVRCONN --cert ca.tmpl
	else
		fail "certtool could not make the test certificates"
	fi
	cd "$srcdir/tests/simulate" || exit 99
else
	echo "simulate.sh: certtool not found: certificate checks skipped"
fi
finish
