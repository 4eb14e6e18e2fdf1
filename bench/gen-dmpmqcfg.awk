# gen-dmpmqcfg.awk - write a synthetic dmpmqcfg-style MQSC dump of at least
# "mb" megabytes (awk -v mb=100): every object kind mqtls models, in the
# layout dmpmqcfg uses (one attribute per line, '+' continuations, "*"
# comment lines with dates inside the commands), with quoted strings.
# Our own synthetic data: no real configuration is reproduced.
function hdr(cmd) {
	printf "%s +\n*  ALTDATE(2026-11-28) +\n*  ALTTIME(12.00.00) +\n", cmd
}
BEGIN {
	target = (mb > 0 ? mb : 100) * 1000000
	printf "* Synthetic dump for mqtls benchmarks\n"
	printf "ALTER QMGR +\n   DESCR('Benchmark queue manager') +\n"
	printf "   CHLAUTH(ENABLED) +\n   SSLKEYR('/var/mqm/qmgrs/BENCH/ssl/key') +\n"
	printf "   CERTLABL('ibmwebspheremqbench') +\n   FORCE\n"
	bytes = 0
	for (i = 1; bytes < target; i++) {
		n = sprintf("%06d", i)
		hdr("DEFINE QLOCAL('APP.Q." n "')")
		printf "   DESCR('Queue %s for the ''payments'' application') +\n", n
		printf "   PUT(ENABLED) +\n   GET(ENABLED) +\n   DEFPSIST(YES) +\n"
		printf "   MAXDEPTH(50000) +\n   MAXMSGL(4194304) +\n   USAGE(NORMAL) +\n"
		printf "   NOTRIGGER +\n   BOTHRESH(3) +\n   BOQNAME('APP.BACKOUT') +\n   REPLACE\n"
		hdr("DEFINE QREMOTE('APP.R." n "')")
		printf "   RNAME('REMOTE.Q.%s') +\n   RQMNAME('QM2') +\n   XMITQ('QM2') +\n   REPLACE\n", n
		hdr("DEFINE QALIAS('APP.A." n "')")
		printf "   TARGET('APP.Q.%s') +\n   TARGTYPE(QUEUE) +\n   REPLACE\n", n
		c = "C" n
		hdr("DEFINE CHANNEL('" c ".SVRCONN') CHLTYPE(SVRCONN)")
		printf "   DESCR('Application channel %s') +\n", n
		printf "   SSLCIPH(ANY_TLS12_OR_HIGHER) +\n   SSLCAUTH(REQUIRED) +\n"
		printf "   SSLPEER('CN=app%s,OU=Payments,O=Example Corp,C=GB') +\n", n
		printf "   MCAUSER('nobody') +\n   MAXINST(100) +\n   MAXINSTC(10) +\n   SHARECNV(10) +\n   REPLACE\n"
		hdr("DEFINE CHANNEL('" c ".TO.QM2') CHLTYPE(SDR)")
		printf "   CONNAME('qm2.example.com(1414)') +\n   XMITQ('QM2') +\n"
		printf "   SSLCIPH(TLS_AES_256_GCM_SHA384) +\n   HBINT(300) +\n   BATCHSZ(50) +\n   REPLACE\n"
		printf "SET CHLAUTH('%s.SVRCONN') TYPE(SSLPEERMAP) +\n", c
		printf "   SSLPEER('CN=app%s,OU=Payments,O=Example Corp,C=GB') +\n", n
		printf "   SSLCERTI('CN=Example Issuing CA,O=Example Corp,C=GB') +\n"
		printf "   USERSRC(MAP) +\n   MCAUSER('app%s') +\n   ACTION(REPLACE)\n", substr(n, 3)
		printf "SET AUTHREC PROFILE('APP.Q.%s') OBJTYPE(QUEUE) +\n", n
		printf "   PRINCIPAL('app%s') +\n   AUTHADD(PUT,GET,INQ,BROWSE)\n", substr(n, 3)
		if (i % 50 == 0) {
			hdr("DEFINE LISTENER('L" n "') TRPTYPE(TCP)")
			printf "   PORT(1414) +\n   CONTROL(QMGR) +\n   REPLACE\n"
			hdr("DEFINE AUTHINFO('AI" n "') AUTHTYPE(IDPWOS)")
			printf "   CHCKCLNT(REQUIRED) +\n   ADOPTCTX(YES) +\n   REPLACE\n"
			hdr("DEFINE QMODEL('APP.M." n "')")
			printf "   DEFTYPE(PERMDYN) +\n   REPLACE\n"
			hdr("DEFINE TOPIC('T" n "')")
			printf "   TOPICSTR('app/%s/events') +\n   REPLACE\n", n
		}
		bytes += 1560 + (i % 50 == 0 ? 600 : 0)
	}
}
