#!/bin/sh
# probe.sh - `make bench`: mqtls probe over PROBE_N loopback endpoints
# (default 200: 127.0.0.1 to 127.0.0.25 on each of 8 local gnutls-serv
# listeners), against a loop of gnutls-cli processes doing the same
# handshakes in the same run, because machines are shared and only the
# ratio means something.
#
# Two scenarios, each with its own 8 servers:
#   server-auth  the server asks for no client certificate: one
#                handshake per endpoint (gnutls-cli: one process each)
#   mutual       the server asks, the probe sends APP1's certificate and
#                then tries without one (two handshakes per endpoint,
#                with the TLS 1.3 late-alert window; gnutls-cli: two
#                processes per endpoint, with and without a certificate)
#   mutual-one   as mutual, with --no-cert-check: the certificate
#                handshake only (gnutls-cli: one process with it)
#   mutual-ecdsa as mutual with ECDSA P-256 keys for server and client:
#                the RSA-2048 signatures dominate "mutual" (client and
#                servers share the two cores), this shows the probe's
#                own cost
# Reported: endpoints per second (wall), client CPU per endpoint (user +
# system of the mqtls process), gnutls-cli CPU per handshake (PROBE_REF
# processes, default 40), and their ratio.  Targets (issue 6): client
# CPU per endpoint at most 1/3 of a gnutls-cli process per handshake;
# at least 150 endpoints per second on two cores.
#
# --parallel is the probe's own default, 32 (PROBE_PARALLEL): more
# connections at once only queue up in the single-threaded gnutls-serv
# peers and make the run slower.
#
#   make bench            or: sh bench/probe.sh ./mqtls
set -eu

mqtls=${1:-./mqtls}
builddir=$(cd "$(dirname "$mqtls")" && pwd)
srcdir=$(cd "$(dirname "$0")/.." && pwd)
helper=$builddir/tests/probe/helper
nhosts=${PROBE_HOSTS:-25}
nservers=8
nref=${PROBE_REF:-40}
parallel=${PROBE_PARALLEL:-32}

for tool in gnutls-serv gnutls-cli certtool; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "probe bench: $tool not found: skipped"
		exit 0
	fi
done
if [ ! -x "$helper" ]; then
	echo "probe bench: $helper not built (make tests/probe/helper)"
	exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/mqtls-probe-bench.XXXXXX")
pids=
cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null || true; done
	for p in $pids; do wait "$p" 2>/dev/null || true; done
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

. "$srcdir/bench/lib.sh"
. "$srcdir/tests/probe-pki.sh"
make_pki "$dir/pki" "$helper" > /dev/null
pki=$dir/pki

# server NAME ARGS...: gnutls-serv on a free port, with the key pair
# $srvkey (qm1 or qm1-ec); prints the port.
server() {
	_name=$1
	shift
	for _try in 1 2 3 4 5; do
		_port=$("$helper" port 127.0.0.1)
		gnutls-serv --echo -q -p "$_port" \
		    --x509certfile "$pki/$srvkey-chain.pem" \
		    --x509keyfile "$pki/$srvkey.key" "$@" \
		    > "$dir/$_name.log" 2>&1 < /dev/null &
		_pid=$!
		_i=0
		while [ $_i -lt 100 ] && ! grep -q "done\|failed" \
		    "$dir/$_name.log" 2>/dev/null; do
			sleep 0.05
			_i=$((_i + 1))
		done
		if grep -q "IPv4.*done" "$dir/$_name.log" &&
		    ! grep -q "bind() failed" "$dir/$_name.log"; then
			echo "$_pid $_port"
			return 0
		fi
		kill "$_pid" 2>/dev/null || true
	done
	echo "probe bench: gnutls-serv did not start" >&2
	return 1
}

# Children's CPU seconds (user + system) so far, from the shell's times
# (run in this shell: in $(...) it would see the subshell's children).
cpu() {
	times > "$dir/times"
	cpu_s=$(awk 'NR == 2 {
		n = split($0, f, /[ ms]+/); t = 0
		for (i = 1; i + 1 <= n; i += 2) if (f[i] != "") t += f[i] * 60 + f[i + 1]
		print t }' "$dir/times")
}

for scenario in server-auth mutual mutual-one mutual-ecdsa; do
	srvkey=qm1
	clikey=app1
	if [ $scenario = mutual-ecdsa ]; then
		srvkey=qm1-ec
		clikey=app1-ec
	fi
	ports=
	s=0
	while [ $s -lt $nservers ]; do
		if [ $scenario = server-auth ]; then
			set -- $(server "$scenario$s" -a)
		else
			set -- $(server "$scenario$s" --x509cafile "$pki/root.pem")
		fi
		pids="$pids $1"
		ports="$ports $2"
		s=$((s + 1))
	done
	: > "$dir/targets"
	h=1
	while [ $h -le "$nhosts" ]; do
		for p in $ports; do
			echo "127.0.0.$h:$p" >> "$dir/targets"
		done
		h=$((h + 1))
	done
	n=$(wc -l < "$dir/targets")
	if [ $scenario = server-auth ]; then
		id=
		per=1
	else
		id="--cert $pki/$clikey-chain.pem --key $pki/$clikey.key"
		per=2
		if [ $scenario = mutual-one ]; then
			id="$id --no-cert-check"
			per=1
		fi
	fi

	cpu; c0=$cpu_s
	t0=$(now)
	"$mqtls" probe --format json --ca "$pki/root.pem" --parallel "$parallel" \
	    $id --targets "$dir/targets" > "$dir/out.json" || true
	t1=$(now)
	cpu; c1=$cpu_s
	ok=$(grep -c '"ok": true' "$dir/out.json" || true)

	# The reference: the same handshakes, one gnutls-cli process each.
	set -- $ports
	cpu; c2=$cpu_s
	t2=$(now)
	i=0
	while [ $i -lt "$nref" ]; do
		p=$(eval echo "\${$((i % nservers + 1))}")
		if [ $scenario != server-auth ]; then
			gnutls-cli -p "$p" --x509cafile "$pki/root.pem" \
			    --x509certfile "$pki/$clikey-chain.pem" \
			    --x509keyfile "$pki/$clikey.key" 127.0.0.1 \
			    < /dev/null > /dev/null 2>&1 || true
		fi
		if [ $scenario != mutual-one ]; then
			gnutls-cli -p "$p" --x509cafile "$pki/root.pem" \
			    127.0.0.1 < /dev/null > /dev/null 2>&1 || true
		fi
		i=$((i + 1))
	done
	t3=$(now)
	cpu; c3=$cpu_s

	awk -v sc="$scenario" -v n="$n" -v ok="$ok" -v per="$per" \
	    -v wall=$((t1 - t0)) -v cpu=$(awk "BEGIN { print $c1 - $c0 }") \
	    -v rn="$nref" -v rwall=$((t3 - t2)) \
	    -v rcpu=$(awk "BEGIN { print $c3 - $c2 }") -v par="$parallel" '
	BEGIN {
		hs = rn * per
		ep_s = n / (wall / 1e9)
		cpu_ep = cpu / n * 1000
		ref_hs = rcpu / hs * 1000
		printf "probe %s: %d endpoints (%d ok), %d handshake%s each, --parallel %d\n", sc, n, ok, per, (per > 1 ? "s" : ""), par
		printf "  mqtls probe:  %.2f s wall, %.0f endpoints/s (target >= 150); client CPU %.2f ms/endpoint\n", wall / 1e9, ep_s, cpu_ep
		printf "  gnutls-cli:   %d processes, CPU %.2f ms/handshake, %.2f ms/endpoint; %.0f endpoints/s sequential\n", hs, ref_hs, ref_hs * per, rn / (rwall / 1e9)
		printf "  ratio mqtls CPU/endpoint : gnutls-cli CPU/handshake = %.2f (target <= 0.33); per endpoint %.2f\n", cpu_ep / ref_hs, cpu_ep / (ref_hs * per)
	}'
	# Stop this scenario's servers before the next one.
	for p in $pids; do kill "$p" 2>/dev/null || true; done
	for p in $pids; do wait "$p" 2>/dev/null || true; done
	pids=
done
