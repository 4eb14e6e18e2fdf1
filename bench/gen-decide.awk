# gen-decide.awk - a configuration for the decision benchmark and the
# connections to replay through it (bench/decide.sh).
#
#   awk -v records=10000 -v mode=mqsc -f bench/gen-decide.awk > conf.mqsc
#   awk -v records=10000 -v conns=1000000 -v mode=csv -f ... > conns.csv
#
# records CHLAUTH records over records/5 channel profiles: four in five
# profiles name one SVRCONN channel (APPnnnnn.SVRCONN), one in five is
# generic (APPnnn*), each profile with SSLPEERMAP records (DN filters,
# some with SSLCERTI), an ADDRESSMAP and a BLOCKUSER.  The connections
# mix certificates that map, ones that match nothing, unknown channels
# and blocked addresses, all in a fixed pseudo-random order (an LCG, so
# every run replays the same traffic).
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return int(seed / 65536) }
BEGIN {
	seed = 42
	profiles = int(records / 5)
	if (profiles < 1)
		profiles = 1
	nchan = profiles
	if (mode == "mqsc") {
		print "ALTER QMGR CHLAUTH(ENABLED)"
		print "SET CHLAUTH('*') TYPE(BLOCKADDR) ADDRLIST('203.0.113.*')"
		for (c = 0; c < nchan; c++)
			printf "DEFINE CHANNEL('APP%05d.SVRCONN') CHLTYPE(SVRCONN) TRPTYPE(TCP) SSLCIPH(TLS_AES_256_GCM_SHA384) SSLCAUTH(REQUIRED) MCAUSER('nobody')\n", c
		n = 1
		for (p = 0; p < profiles && n < records; p++) {
			if (p % 5 == 4)
				prof = sprintf("APP%03d*", int(p / 10) % 1000)
			else
				prof = sprintf("APP%05d.SVRCONN", p)
			# three SSLPEERMAP, one ADDRESSMAP, one BLOCKUSER
			for (k = 0; k < 3 && n < records; k++) {
				if (k == 2)
					printf "SET CHLAUTH('%s') TYPE(SSLPEERMAP) SSLPEER('CN=app%d-%d,OU=Apps,O=Example') SSLCERTI('CN=Issuing CA %d,O=Example') USERSRC(MAP) MCAUSER('app%d') ACTION(REPLACE)\n", prof, p, k, p % 7, p
				else
					printf "SET CHLAUTH('%s') TYPE(SSLPEERMAP) SSLPEER('CN=app%d-%d,O=Example') USERSRC(MAP) MCAUSER('app%d') ACTION(REPLACE)\n", prof, p, k, p
				n++
			}
			if (n < records) {
				printf "SET CHLAUTH('%s') TYPE(ADDRESSMAP) ADDRESS('10.%d.%d.*') USERSRC(NOACCESS) ACTION(REPLACE)\n", prof, int(p / 256) % 256, p % 256
				n++
			}
			if (n < records) {
				printf "SET CHLAUTH('%s') TYPE(BLOCKUSER) USERLIST('*MQADMIN','guest%d') ACTION(REPLACE)\n", prof, p
				n++
			}
		}
		exit
	}
	print "channel,address,sslpeer,sslcerti,clntuser"
	for (i = 0; i < conns; i++) {
		p = rnd() % profiles
		r = rnd() % 10
		if (r < 6)		# maps
			printf "APP%05d.SVRCONN,192.0.2.%d,\"CN=app%d-%d,O=Example,C=US\",\"CN=Issuing CA,O=Example\",\n", p, p % 250, p, rnd() % 2
		else if (r < 7)		# with an issuer
			printf "APP%05d.SVRCONN,192.0.2.%d,\"CN=app%d-2,OU=Apps,O=Example\",\"CN=Issuing CA %d,O=Example\",\n", p, p % 250, p, p % 7
		else if (r < 8)		# no mapping: the channel's MCAUSER
			printf "APP%05d.SVRCONN,198.51.100.%d,\"CN=stranger%d,O=Elsewhere\",\"CN=Other CA\",\n", p, p % 250, p
		else if (r < 9)		# blocked address
			printf "APP%05d.SVRCONN,203.0.113.%d,\"CN=app%d-0,O=Example\",\"CN=Issuing CA,O=Example\",\n", p, p % 250, p
		else			# an unknown channel
			printf "NOPE%05d.SVRCONN,192.0.2.1,\"CN=app%d-0,O=Example\",\"CN=Issuing CA,O=Example\",\n", p, p
	}
}
