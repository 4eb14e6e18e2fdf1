#!/bin/sh
# probe.sh - mqtls probe against real TLS peers on loopback.
#
# A test PKI is made at run time with certtool (tests/probe-pki.sh);
# the peers are gnutls-serv and openssl s_server, started on free ports
# and stopped by the EXIT trap, and tests/probe/helper for listeners that
# never answer, send garbage, close at once, drip one byte a second or
# reset mid-handshake.  Only 127.0.0.1 and ::1 are ever contacted.
#
# Assertions read --format json (one object per endpoint, fields on a few
# lines) with grep -F, so each names the exact text it expects.
# Skips (77) when gnutls-serv, openssl or certtool is missing
# (scripts/quickstart installs gnutls-bin and openssl).
. "$srcdir/tests/lib.sh"

helper=${builddir:-.}/tests/probe/helper
for tool in gnutls-serv openssl certtool; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "probe.sh: $tool not found: skipped"
		exit 77
	fi
done
if [ ! -x "$helper" ]; then
	echo "probe.sh: $helper not built: skipped"
	exit 77
fi

pids=
cleanup() {
	for p in $pids; do
		kill "$p" 2>/dev/null
	done
	for p in $pids; do
		wait "$p" 2>/dev/null
	done
	rm -rf "$t"
}
trap cleanup EXIT

. "$srcdir/tests/probe-pki.sh"
if ! make_pki "$t/pki" "$helper"; then
	echo "probe.sh: cannot make the test PKI"
	exit 99
fi
pki=$t/pki
unset MQTLS_PASSWORD

# wait_for FILE PATTERN PID: until FILE has PATTERN (0), the peer exits
# or 10 s pass (1).
wait_for() {
	_i=0
	while [ "$_i" -lt 200 ]; do
		grep -q "$2" "$1" 2>/dev/null && return 0
		kill -0 "$3" 2>/dev/null || return 1
		sleep 0.05
		_i=$((_i + 1))
	done
	return 1
}

# gnutls NAME ARGS...: start gnutls-serv --echo on a free port; sets
# port_NAME.  gnutls-serv keeps running after "bind() failed", so a
# conflict is detected from its log and retried on another port.
gnutls() {
	_name=$1
	shift
	for _try in 1 2 3 4 5; do
		_port=$("$helper" port 127.0.0.1) || return 1
		gnutls-serv --echo -p "$_port" "$@" \
		    > "$t/$_name.log" 2>&1 < /dev/null &
		_pid=$!
		if wait_for "$t/$_name.log" \
		    "listening on IPv4.*done\|bind() failed" "$_pid" &&
		    ! grep -q "bind() failed" "$t/$_name.log"; then
			pids="$pids $_pid"
			eval "port_$_name=\$_port"
			return 0
		fi
		kill "$_pid" 2>/dev/null
		wait "$_pid" 2>/dev/null
	done
	echo "probe.sh: gnutls-serv $_name did not start:"
	cat "$t/$_name.log"
	return 1
}

# ossl NAME ARGS...: start openssl s_server -rev on 127.0.0.1, port 0;
# sets port_NAME from its ACCEPT line (race-free, tls.md 6.3).
ossl() {
	_name=$1
	shift
	openssl s_server -accept 127.0.0.1:0 -rev "$@" \
	    > "$t/$_name.log" 2>&1 < /dev/null &
	_pid=$!
	if ! wait_for "$t/$_name.log" "^ACCEPT" "$_pid"; then
		echo "probe.sh: openssl s_server $_name did not start:"
		cat "$t/$_name.log"
		kill "$_pid" 2>/dev/null
		return 1
	fi
	pids="$pids $_pid"
	eval "port_$_name=$(sed -n 's/^ACCEPT 127.0.0.1:\([0-9]*\).*/\1/p' \
	    "$t/$_name.log")"
}

# hostile NAME MODE ADDRESS: a helper peer; sets port_NAME.
hostile() {
	"$helper" peer "$2" "$3" > "$t/$1.log" 2>&1 &
	_pid=$!
	if ! wait_for "$t/$1.log" "^PORT" "$_pid"; then
		echo "probe.sh: helper peer $2 did not start"
		return 1
	fi
	pids="$pids $_pid"
	eval "port_$1=$(sed -n 's/^PORT //p' "$t/$1.log")"
}

srv="--x509certfile $pki/qm1-chain.pem --x509keyfile $pki/qm1.key"
app1="--cert $pki/app1-chain.pem --key $pki/app1.key"
ossl_srv="-cert $pki/qm1.pem -cert_chain $pki/int.pem -key $pki/qm1.key"
ossl_ca="-CAfile $pki/root.pem"

gnutls g_request $srv --x509cafile "$pki/root.pem" || exit 99
gnutls g_require $srv --x509cafile "$pki/root.pem" -r || exit 99
gnutls g_none $srv -a || exit 99
gnutls g_tls12 $srv --x509cafile "$pki/root.pem" -r \
    --priority NORMAL:-VERS-ALL:+VERS-TLS1.2 || exit 99
gnutls g_tls13 $srv --x509cafile "$pki/root.pem" \
    --priority NORMAL:-VERS-ALL:+VERS-TLS1.3 || exit 99
gnutls g_suite $srv -a --priority \
    NORMAL:-VERS-ALL:+VERS-TLS1.2:-CIPHER-ALL:+AES-128-GCM:-MAC-ALL:+AEAD:-KX-ALL:+ECDHE-RSA ||
    exit 99
gnutls g_expired --x509certfile "$pki/old-chain.pem" \
    --x509keyfile "$pki/old.key" -a || exit 99
gnutls g_rogue --x509certfile "$pki/rogue-qm1.pem" \
    --x509keyfile "$pki/rogue-qm1.key" -a || exit 99
gnutls g_expiring --x509certfile "$pki/qm2-chain.pem" \
    --x509keyfile "$pki/qm2.key" -a || exit 99

# probe NAME ARGS...: run mqtls probe --format json; output in
# $t/NAME.json, stderr in $t/NAME.err, exit status in rc.
probe() {
	_name=$1
	shift
	"$MQTLS" probe --format json "$@" > "$t/$_name.json" 2> "$t/$_name.err"
	rc=$?
}

# expect NAME STATUS TEXT...: the exit status and every TEXT in the JSON.
expect() {
	_name=$1
	_want=$2
	shift 2
	_ok=1
	if [ "$rc" -ne "$_want" ]; then
		fail "$_name: exit $rc, expected $_want"
		_ok=0
	fi
	for _text in "$@"; do
		if ! grep -qF -- "$_text" "$t/$_name.json"; then
			fail "$_name: no '$_text' in the report"
			_ok=0
		fi
	done
	if [ "$_ok" -eq 1 ]; then
		pass
	else
		sed 's/^/	/' "$t/$_name.json" "$t/$_name.err" | head -n 30
	fi
}

# absent NAME TEXT...: none of TEXT in the JSON.
absent() {
	_name=$1
	shift
	for _text in "$@"; do
		if grep -qF -- "$_text" "$t/$_name.json"; then
			fail "$_name: '$_text' should not be in the report"
			sed 's/^/	/' "$t/$_name.json" | head -n 30
			return
		fi
	done
	pass
}

qm1='"subject": "CN=QM1,OU=MQ Admin,OU=Messaging,O=MQTLS Test,L=Hursley,ST=Hampshire,C=GB"'
root_ca='"acceptable_cas": ["CN=MQTLS Test Root,O=MQTLS Test,C=GB"]'

# ---- gnutls-serv ----------------------------------------------------

probe g_request $app1 --ca "$pki/root.pem" 127.0.0.1:$port_g_request
expect g_request 0 '"ok": true' '"error": null' '"tls_version": "TLS1.3"' \
    '"client_cert_requested": true' "$root_ca" \
    '"client_cert_required": false' "$qm1" \
    '"issuer": "CN=MQTLS Test Intermediate,OU=MQ PKI,O=MQTLS Test,C=GB"' \
    '"key": "RSA 2048"' '"signature": "RSA-SHA256"' '"verified": true' \
    '"verify_errors": []' '"sslpeer_match": null' '"findings": []' \
    '"sni": null'
# The days left are computed from now: the leaf was made for 365 days.
if grep -qE '"days_left": 36[45],' "$t/g_request.json"; then pass; else
	fail "g_request: days_left of the leaf is not 364 or 365"
fi
# The fields of the JSON contract, in order, and nothing else.
keys=$(grep -o '"[a-z_]*":' "$t/g_request.json" | tr -d '":' | tr '\n' ' ')
want="endpoint ok error sni tls_version cipher_suite cipherspec \
client_cert_requested acceptable_cas client_cert_required server_chain \
subject issuer serial not_before not_after days_left key signature \
subject issuer serial not_before not_after days_left key signature \
verified verify_errors sslpeer_match findings "
if [ "$keys" = "$want" ]; then pass; else
	fail "JSON fields: got '$keys'"
fi

probe g_require $app1 127.0.0.1:$port_g_require
expect g_require 0 '"ok": true' '"tls_version": "TLS1.3"' \
    '"client_cert_required": true' '"verified": null'

# Without an identity the handshake itself is the one without: rejected
# after the TLS 1.3 handshake, so the endpoint fails (status 3).
probe g_require_noid 127.0.0.1:$port_g_require
expect g_require_noid 3 '"ok": false' '"code": "cert-required"' \
    '"stage": "after-handshake"' '"alert": "certificate_required"' \
    '"client_cert_required": true'

cat > "$t/defs.mqsc" <<'EOF'
DEFINE CHANNEL(TO.QMGR1) CHLTYPE(SVRCONN) TRPTYPE(TCP) +
       SSLCIPH(ANY_TLS12_OR_HIGHER) SSLCAUTH(REQUIRED)
DEFINE CHANNEL(TO.QMGR1) CHLTYPE(CLNTCONN) TRPTYPE(TCP) +
       CONNAME('127.0.0.1(1414)') QMNAME(QM1) +
       SSLCIPH(ANY_TLS12_OR_HIGHER) SSLPEER('CN=QM1,OU=MQ Admin')
EOF
probe g_none_defs -f "$t/defs.mqsc" --channel TO.QMGR1 $app1 \
    127.0.0.1:$port_g_none
expect g_none_defs 1 '"client_cert_requested": false' \
    '"client_cert_required": false' '"sslpeer_match": true' \
    '"rule": "probe-cert-not-requested"' \
    '"sni": "to2e-qmgr1.chl.mq.ibm.com"'

probe g_require_defs -f "$t/defs.mqsc" --channel TO.QMGR1 $app1 \
    --ca "$pki/root.pem" 127.0.0.1:$port_g_require
expect g_require_defs 0 '"client_cert_required": true' \
    '"sslpeer_match": true' '"findings": []'

probe g_request_defs -f "$t/defs.mqsc" --channel TO.QMGR1 $app1 \
    127.0.0.1:$port_g_request
expect g_request_defs 0 '"client_cert_required": false' \
    '"rule": "probe-cert-not-required"' '"severity": "note"'

sed 's/CN=QM1,OU=MQ Admin/CN=QM9/' "$t/defs.mqsc" > "$t/defs-peer.mqsc"
probe g_sslpeer -f "$t/defs-peer.mqsc" --channel TO.QMGR1 $app1 \
    127.0.0.1:$port_g_require
expect g_sslpeer 1 '"sslpeer_match": false' \
    '"rule": "probe-sslpeer-mismatch"'

probe g_tls12 $app1 --sslciph ECDHE_RSA_AES_256_GCM_SHA384 \
    127.0.0.1:$port_g_tls12
expect g_tls12 0 '"tls_version": "TLS1.2"' \
    '"cipher_suite": "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"' \
    '"cipherspec": "ECDHE_RSA_AES_256_GCM_SHA384"' \
    '"client_cert_required": true'

# IANA spelling accepted as input, MQ name reported.
probe g_iana --sslciph TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 \
    127.0.0.1:$port_g_suite
expect g_iana 0 '"cipherspec": "ECDHE_RSA_AES_128_GCM_SHA256"'

probe g_tls13 --sslciph ECDHE_RSA_AES_128_GCM_SHA256 127.0.0.1:$port_g_tls13
expect g_tls13 3 '"ok": false' '"code": "no-shared-cipher"' \
    '"rule": "probe-cipherspec-refused"' 'it chose TLS_AES_'

probe g_tls13_ok --sslciph ANY_TLS13 127.0.0.1:$port_g_tls13
expect g_tls13_ok 0 '"tls_version": "TLS1.3"'

sed 's/ANY_TLS12_OR_HIGHER/ECDHE_RSA_AES_256_GCM_SHA384/' "$t/defs.mqsc" \
    > "$t/defs-ciph.mqsc"
probe g_suite_mismatch -f "$t/defs-ciph.mqsc" --channel TO.QMGR1 \
    --sslciph ANY_TLS12_OR_HIGHER 127.0.0.1:$port_g_suite
expect g_suite_mismatch 1 '"cipherspec": "ECDHE_RSA_AES_128_GCM_SHA256"' \
    '"rule": "probe-cipherspec-mismatch"'
probe g_suite_alias -f "$t/defs.mqsc" --channel TO.QMGR1 \
    127.0.0.1:$port_g_suite
absent g_suite_alias probe-cipherspec-mismatch

probe g_expired --ca "$pki/cas.pem" 127.0.0.1:$port_g_expired
expect g_expired 1 '"verified": false' '"expired"' \
    '"rule": "probe-cert-expired"' '"rule": "probe-chain-untrusted"' \
    '"days_left": -'

probe g_rogue --ca "$pki/root.pem" -f "$t/defs.mqsc" --channel TO.QMGR1 \
    127.0.0.1:$port_g_rogue
expect g_rogue 1 '"verified": false' '"signer-not-found"' \
    '"rule": "probe-chain-untrusted"' '"sslpeer_match": true'

probe g_expiring --ca "$pki/root.pem" 127.0.0.1:$port_g_expiring
expect g_expiring 1 '"rule": "probe-cert-expiring"' '"severity": "warning"'
probe g_expiring5 --ca "$pki/root.pem" --warn-days 5 \
    127.0.0.1:$port_g_expiring
expect g_expiring5 0 '"findings": []'

# A stored model (-s) gives the same intent as -f.
"$MQTLS" run -s "$t/store" "$t/defs.mqsc" > /dev/null 2>&1
probe g_store -s "$t/store" --channel TO.QMGR1 127.0.0.1:$port_g_none
expect g_store 1 '"rule": "probe-cert-not-requested"'

# ---- identities -------------------------------------------------------

probe id_enc --cert "$pki/app1-chain.pem" --key "$pki/app1-enc.key" \
    --password-file "$pki/password.txt" 127.0.0.1:$port_g_require
expect id_enc 0 '"client_cert_required": true'
MQTLS_PASSWORD=test-pass-1 "$MQTLS" probe --format json \
    --cert "$pki/app1-chain.pem" --key "$pki/app1-enc.key" \
    127.0.0.1:$port_g_require > "$t/id_env.json" 2>&1
rc=$?
expect id_env 0 '"ok": true'
probe id_nopass --cert "$pki/app1-chain.pem" --key "$pki/app1-enc.key" \
    127.0.0.1:$port_g_require
expect id_nopass 2
grep -q "password" "$t/id_nopass.err" && pass ||
    fail "id_nopass: the message does not mention the password"
probe id_p12_nolabel --pkcs12 "$pki/apps.p12" \
    --password-file "$pki/password.txt" 127.0.0.1:$port_g_require
expect id_p12_nolabel 2
grep -q "ibmwebspheremqapp1.*app2label" "$t/id_p12_nolabel.err" && pass ||
    fail "id_p12_nolabel: the labels are not listed"
probe id_p12_bad --pkcs12 "$pki/apps.p12" --label nosuch \
    --password-file "$pki/password.txt" 127.0.0.1:$port_g_require
expect id_p12_bad 2

# ---- openssl s_server ---------------------------------------------------

ossl o_request $ossl_srv $ossl_ca -verify 2 || exit 99
probe o_request $app1 --ca "$pki/root.pem" 127.0.0.1:$port_o_request
expect o_request 0 '"client_cert_requested": true' "$root_ca" \
    '"client_cert_required": false' '"verified": true' "$qm1"

ossl o_require $ossl_srv $ossl_ca -Verify 2 -verify_return_error || exit 99
probe o_require $app1 127.0.0.1:$port_o_require
expect o_require 0 '"client_cert_required": true'
# The label picks the identity: the server logs the client's DN.
probe o_p12 --pkcs12 "$pki/apps.p12" --label app2label \
    --password-file "$pki/password.txt" 127.0.0.1:$port_o_require
expect o_p12 0 '"ok": true'
last_client() { grep "^depth=0" "$t/o_require.log" | tail -n 1; }
last_client | grep -q "CN = APP2" && pass ||
    fail "o_p12: the server did not see CN=APP2"
# ... and so does a channel's CERTLABL when --label is not given.
printf '%s\n' "DEFINE CHANNEL(C1) CHLTYPE(CLNTCONN) CONNAME('x') +" \
    "QMNAME(QM1) SSLCIPH(ANY_TLS13) CERTLABL('ibmwebspheremqapp1')" \
    > "$t/certlabl.mqsc"
probe o_certlabl -f "$t/certlabl.mqsc" --channel C1 --pkcs12 "$pki/apps.p12" \
    --password-file "$pki/password.txt" 127.0.0.1:$port_o_require
expect o_certlabl 0 '"tls_version": "TLS1.3"'
last_client | grep -q "CN = APP1" && pass ||
    fail "o_certlabl: the server did not see CN=APP1"
probe o_untrusted --cert "$pki/rogue-app.pem" --key "$pki/rogue-app.key" \
    127.0.0.1:$port_o_require
expect o_untrusted 3 '"code": "cert-rejected"' '"alert": "unknown_ca"' \
    '"stage": "after-handshake"'

ossl o_none $ossl_srv || exit 99
probe o_none $app1 127.0.0.1:$port_o_none
expect o_none 0 '"client_cert_requested": false' '"acceptable_cas": []'

ossl o_tls12 $ossl_srv $ossl_ca -Verify 2 -tls1_2 || exit 99
probe o_tls12 $app1 127.0.0.1:$port_o_tls12
expect o_tls12 0 '"tls_version": "TLS1.2"' '"client_cert_required": true'

ossl o_tls13 $ossl_srv -tls1_3 || exit 99
probe o_tls13 127.0.0.1:$port_o_tls13
expect o_tls13 0 '"tls_version": "TLS1.3"'

ossl o_suite $ossl_srv -tls1_2 -cipher ECDHE-RSA-AES128-SHA256 || exit 99
probe o_suite 127.0.0.1:$port_o_suite
expect o_suite 0 '"cipher_suite": "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"' \
    '"cipherspec": "ECDHE_RSA_AES_128_CBC_SHA256"'

ossl o_expired -cert "$pki/old.pem" -cert_chain "$pki/int.pem" \
    -key "$pki/old.key" || exit 99
probe o_expired --ca "$pki/root.pem" 127.0.0.1:$port_o_expired
expect o_expired 1 '"expired"' '"rule": "probe-cert-expired"'

ossl o_rogue -cert "$pki/rogue-qm1.pem" -key "$pki/rogue-qm1.key" || exit 99
probe o_rogue --ca "$pki/root.pem" 127.0.0.1:$port_o_rogue
expect o_rogue 1 '"signer-not-found"' '"rule": "probe-chain-untrusted"'

# SNI picks the certificate, as a queue manager picks CERTLABL: QM1's
# for the channel's SNI name, QM2's (the default) for anything else.
ossl o_sni -cert "$pki/qm2.pem" -key "$pki/qm2.key" \
    -servername to2e-qmgr1.chl.mq.ibm.com \
    -cert2 "$pki/qm1.pem" -key2 "$pki/qm1.key" || exit 99
probe o_sni_channel --warn-days 0 --channel TO.QMGR1 127.0.0.1:$port_o_sni
expect o_sni_channel 0 '"sni": "to2e-qmgr1.chl.mq.ibm.com"' "$qm1"
probe o_sni_none --warn-days 0 --channel TO.QMGR1 --sni none 127.0.0.1:$port_o_sni
expect o_sni_none 0 '"sni": null' '"subject": "CN=QM2,'
probe o_sni_lower --warn-days 0 --channel to.qmgr1 127.0.0.1:$port_o_sni
expect o_sni_lower 0 '"sni": "74-6f-2e-71-6d-67-72-1.chl.mq.ibm.com"' \
    '"subject": "CN=QM2,'
probe o_sni_host --warn-days 0 --sni host localhost:$port_o_sni
expect o_sni_host 0 '"sni": "localhost"'

# ---- hostile and broken peers, all in one run ------------------------

hostile h_silent silent 127.0.0.1 || exit 99
hostile h_garbage garbage 127.0.0.1 || exit 99
hostile h_close close 127.0.0.1 || exit 99
hostile h_drip drip 127.0.0.1 || exit 99
hostile h_reset reset 127.0.0.1 || exit 99
(cat "$pki/int.pem"; i=0; while [ $i -lt 150 ]; do
	cat "$pki/int.pem"; i=$((i + 1)); done) > "$pki/huge.pem"
ossl h_huge -cert "$pki/qm1.pem" -cert_chain "$pki/huge.pem" \
    -key "$pki/qm1.key" || exit 99
closed=$("$helper" port 127.0.0.1)
printf '%s\n' "# hostile peers" "127.0.0.1:$port_h_silent" \
    "127.0.0.1:$port_h_garbage" "" "127.0.0.1:$port_h_close   # closes" \
    "127.0.0.1:$port_h_drip" "127.0.0.1:$port_h_reset" \
    "127.0.0.1:$port_h_huge" "127.0.0.1:$closed" > "$t/targets"
start=$(date +%s)
probe hostile --timeout 1.5 --targets "$t/targets" 127.0.0.1:$port_g_request
end=$(date +%s)
expect hostile 3 \
    "{\"endpoint\": \"127.0.0.1:$port_h_silent\", \"ok\": false, \"error\": {\"code\": \"timeout\", \"stage\": \"handshake\"" \
    "{\"endpoint\": \"127.0.0.1:$port_h_garbage\", \"ok\": false, \"error\": {\"code\": \"protocol-error\"" \
    "{\"endpoint\": \"127.0.0.1:$port_h_close\", \"ok\": false, \"error\": {\"code\": \"closed\"" \
    "{\"endpoint\": \"127.0.0.1:$port_h_drip\", \"ok\": false, \"error\": {\"code\": \"timeout\"" \
    "{\"endpoint\": \"127.0.0.1:$port_h_reset\", \"ok\": false, \"error\": {\"code\": \"reset\"" \
    "{\"endpoint\": \"127.0.0.1:$port_h_huge\", \"ok\": false, \"error\": {\"code\": \"protocol-error\"" \
    "{\"endpoint\": \"127.0.0.1:$closed\", \"ok\": false, \"error\": {\"code\": \"refused\"" \
    "{\"endpoint\": \"127.0.0.1:$port_g_request\", \"ok\": true"
# Every endpoint ends within its deadline (1.5 s; all run at once).
if [ $((end - start)) -le 5 ]; then pass; else
	fail "hostile: the run took $((end - start)) s with --timeout 1.5"
fi
grep -q "too large" "$t/hostile.json" && pass ||
    fail "hostile: the huge chain is not named as such"

# ---- IPv6 (when the machine has ::1) ---------------------------------

if "$helper" port ::1 > /dev/null 2>&1; then
	hostile h6_silent silent ::1 || exit 99
	probe ipv6 --timeout 1 $app1 "[::1]:$port_h6_silent" \
	    "[::1]:$port_g_require"
	expect ipv6 3 \
	    "{\"endpoint\": \"[::1]:$port_h6_silent\", \"ok\": false, \"error\": {\"code\": \"timeout\"" \
	    "{\"endpoint\": \"[::1]:$port_g_require\", \"ok\": true"
else
	echo "probe.sh: no ::1 here: IPv6 not tested"
fi

# ---- text output and usage errors ------------------------------------

"$MQTLS" probe --channel TO.QMGR1 $app1 127.0.0.1:$port_g_require \
    > "$t/text" 2>&1
if [ $? -eq 0 ] && grep -q "required: yes" "$t/text" &&
    grep -q "sni:         to2e-qmgr1.chl.mq.ibm.com" "$t/text"; then
	pass
else
	fail "text output"
	sed 's/^/	/' "$t/text" | head -n 20
fi

usage() {
	"$MQTLS" probe "$@" > "$t/usage" 2>&1
	if [ $? -eq 2 ]; then pass; else
		fail "'probe $*' did not exit 2"
		sed 's/^/	/' "$t/usage" | head -n 5
	fi
}
usage
usage localhost
usage 127.0.0.1:99999
usage --sni channel 127.0.0.1:1
usage --label x 127.0.0.1:1
usage --cert "$pki/app1.pem" 127.0.0.1:1
usage --sslciph NO_SUCH_CIPHER 127.0.0.1:1
usage -f "$t/defs.mqsc" 127.0.0.1:1
usage -f "$t/defs.mqsc" --channel NO.SUCH 127.0.0.1:1
usage --timeout 0 127.0.0.1:1
usage --targets "$t/nosuchfile"

# A CipherSpec GnuTLS cannot offer is reported, not replaced.
probe unsupported --sslciph RC4_MD5_US 127.0.0.1:$port_g_request
expect unsupported 3 '"code": "unsupported-cipherspec"' \
    '"rule": "probe-cipherspec-unsupported"' '"tls_version": null'

finish
