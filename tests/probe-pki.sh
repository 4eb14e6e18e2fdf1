# probe-pki.sh - a throwaway test PKI for tests/probe.sh and
# bench/probe.sh, made with certtool at run time (tls.md 6.1).  Sourced,
# not run.  make_pki DIR HELPER writes into DIR:
#
#   root.pem root.key            CN=MQTLS Test Root (the trust anchor)
#   int.pem int.key              CN=MQTLS Test Intermediate, by the root
#   cas.pem                      root + intermediate
#   qm1.pem qm1.key qm1-chain.pem CN=QM1,OU=MQ Admin,OU=Messaging,...
#                                 by the intermediate; chain = leaf + int
#   qm2-chain.pem qm2.key        CN=QM2,...: expires in 10 days
#   old-chain.pem old.key        CN=QM1 (same DN): expired in 2021
#   rogue.pem rogue-qm1.pem rogue-qm1.key  a self-signed rogue CA and a
#                                 leaf from it with QM1's DN
#   app1.pem app1.key app1-chain.pem  CN=APP1,OU=Apps,O=MQTLS Test,C=GB
#   app1-enc.key                 app1.key as encrypted PKCS#8 (password
#                                 in password.txt)
#   app2-chain.pem app2.key      CN=APP2,OU=Apps,O=MQTLS Test,C=GB
#   rogue-app.pem rogue-app.key  CN=APP1 from the rogue CA
#   apps.p12                     two identities, labels ibmwebspheremqapp1
#                                 and app2label (password.txt)
#   qm1-ec-chain.pem qm1-ec.key  QM1's DN with an ECDSA P-256 key
#   app1-ec-chain.pem app1-ec.key APP1's DN with an ECDSA P-256 key
#
# Keys are RSA-2048 (certtool's default of 3072 is six times slower),
# but for the -ec pairs, which let the benchmark show the cost of the
# probe itself apart from RSA signatures.
# Validity comes from "now": tests never hard-code dates.

_cert() {	# _cert NAME ISSUER TEMPLATE-LINES...
	_name=$1 _issuer=$2
	shift 2
	printf '%s\n' "$@" > "$pki/$_name.tmpl"
	case $_name in
	*-ec)	set -- --key-type=ecdsa --curve=secp256r1 ;;
	*)	set -- --key-type=rsa --bits=2048 ;;
	esac
	certtool --generate-privkey "$@" --outfile "$pki/$_name.key" \
	    2>/dev/null || return 1
	if [ "$_issuer" = self ]; then
		certtool --generate-self-signed --load-privkey "$pki/$_name.key" \
		    --template "$pki/$_name.tmpl" --outfile "$pki/$_name.pem" \
		    2>/dev/null
	else
		certtool --generate-certificate --load-privkey "$pki/$_name.key" \
		    --load-ca-certificate "$pki/$_issuer.pem" \
		    --load-ca-privkey "$pki/$_issuer.key" \
		    --template "$pki/$_name.tmpl" --outfile "$pki/$_name.pem" \
		    2>/dev/null
	fi
}

make_pki() {
	pki=$1
	_helper=$2
	mkdir -p "$pki" || return 1
	_cert root self 'dn = "CN=MQTLS Test Root,O=MQTLS Test,C=GB"' \
	    ca cert_signing_key crl_signing_key 'expiration_days = 3650' &&
	_cert int root \
	    'dn = "CN=MQTLS Test Intermediate,OU=MQ PKI,O=MQTLS Test,C=GB"' \
	    ca cert_signing_key crl_signing_key 'path_len = 0' \
	    'expiration_days = 3000' &&
	_cert qm1 int \
	    'dn = "CN=QM1,OU=MQ Admin,OU=Messaging,O=MQTLS Test,L=Hursley,ST=Hampshire,C=GB"' \
	    'dns_name = "localhost"' 'ip_address = "127.0.0.1"' \
	    'ip_address = "::1"' tls_www_server signing_key encryption_key \
	    'expiration_days = 365' &&
	_cert qm2 int 'dn = "CN=QM2,OU=MQ Admin,O=MQTLS Test,C=GB"' \
	    tls_www_server signing_key encryption_key 'expiration_days = 10' &&
	_cert old int \
	    'dn = "CN=QM1,OU=MQ Admin,OU=Messaging,O=MQTLS Test,L=Hursley,ST=Hampshire,C=GB"' \
	    tls_www_server signing_key encryption_key \
	    'activation_date = "2020-01-01 00:00:00"' \
	    'expiration_date = "2021-01-01 00:00:00"' &&
	_cert rogue self 'dn = "CN=MQTLS Test Root,O=MQTLS Test,C=GB"' \
	    ca cert_signing_key 'expiration_days = 3650' &&
	_cert rogue-qm1 rogue \
	    'dn = "CN=QM1,OU=MQ Admin,OU=Messaging,O=MQTLS Test,L=Hursley,ST=Hampshire,C=GB"' \
	    tls_www_server signing_key encryption_key \
	    'expiration_days = 365' &&
	_cert app1 int 'dn = "CN=APP1,OU=Apps,O=MQTLS Test,C=GB"' \
	    tls_www_client signing_key encryption_key \
	    'expiration_days = 365' &&
	_cert app2 int 'dn = "CN=APP2,OU=Apps,O=MQTLS Test,C=GB"' \
	    tls_www_client signing_key encryption_key \
	    'expiration_days = 365' &&
	_cert rogue-app rogue 'dn = "CN=APP1,OU=Apps,O=MQTLS Test,C=GB"' \
	    tls_www_client signing_key 'expiration_days = 365' &&
	_cert qm1-ec int \
	    'dn = "CN=QM1,OU=MQ Admin,OU=Messaging,O=MQTLS Test,L=Hursley,ST=Hampshire,C=GB"' \
	    'dns_name = "localhost"' 'ip_address = "127.0.0.1"' \
	    tls_www_server signing_key 'expiration_days = 365' &&
	_cert app1-ec int 'dn = "CN=APP1,OU=Apps,O=MQTLS Test,C=GB"' \
	    tls_www_client signing_key 'expiration_days = 365' || return 1
	cat "$pki/root.pem" "$pki/int.pem" > "$pki/cas.pem"
	for _n in qm1 qm2 old app1 app2 qm1-ec app1-ec; do
		cat "$pki/$_n.pem" "$pki/int.pem" > "$pki/$_n-chain.pem"
	done
	echo 'test-pass-1' > "$pki/password.txt"
	certtool --to-p8 --load-privkey "$pki/app1.key" \
	    --password test-pass-1 --outfile "$pki/app1-enc.key" \
	    2>/dev/null || return 1
	"$_helper" mkp12 "$pki/apps.p12" test-pass-1 \
	    ibmwebspheremqapp1 "$pki/app1-chain.pem" "$pki/app1.key" \
	    app2label "$pki/app2-chain.pem" "$pki/app2.key"
}
