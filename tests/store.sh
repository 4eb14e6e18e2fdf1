#!/bin/sh
# store.sh - the guarantees of the queue manager store (mqtls-store(5),
# the header comment of src/store.c), one section per guarantee:
#
#   a  changes persist across runs and across compaction
#   b  "mqtls dump" replayed by "mqtls run" into a new store dumps the same
#   c  crash safety: SIGKILL at random points of a long run never loses a
#      command that was reported done, and the store always loads;
#      c2 a command whose journal entry could not be synced is not
#      reported done (needs strace fault injection, skipped without it)
#   d  two processes applying 1,000 commands each to one store lose none
#   e  a torn last write is a warning, its command is gone, and the next
#      change cuts the torn bytes off
#   f  a damaged entry before the end is an error naming file and line,
#      and the files are left as they are
#   g  a snapshot of a newer store format is refused, file left alone
#   h  a snapshot edited by hand into invalid MQSC, or into a command that
#      fails, is reported with file:line(:col), file left alone
#   i  a command that fails leaves the files byte for byte as they were
#   j  a valid command longer than 2048 bytes once its continuation lines
#      are joined is journalled so that the store still loads
#   k  "mqtls dump" of a store that does not exist creates nothing
#
# Every mqtls call runs under timeout(1).  The crash loop is bounded by
# iterations and by time; MQTLS_CRASH_SEED makes its delays repeatable.
. "$srcdir/tests/lib.sh"

MQTLS_HOME=$t/home
MQTLS_FIXED_TIME=1
export MQTLS_HOME MQTLS_FIXED_TIME

# mq ARGS...: mqtls with a time limit.
mq() {
	timeout 60 "$MQTLS" "$@"
}

# sums DIR: checksums of the store files, to compare before and after.
sums() {
	cksum "$1/qmgr.mqsc" "$1/journal.mqsc" "$1/lock" 2>&1
}

# run_ok DIR [FILE]: a session that must succeed, output in $t/out.
run_ok() {
	mq run -e -s "$@" > "$t/out" 2> "$t/err"
	rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "mqtls run -s $1 ${2:-(stdin)}: exit $rc"
		sed 's/^/	/' "$t/out" "$t/err" | head -n 20
		return 1
	fi
	return 0
}

# has FILE PATTERN WHAT: FILE must contain a line matching PATTERN.
has() {
	if grep -q -- "$2" "$1"; then
		pass
	else
		fail "$3 (no line matching '$2')"
		sed 's/^/	/' "$1" | head -n 8
	fi
}

# hasnt FILE PATTERN WHAT: FILE must not contain a line matching PATTERN.
hasnt() {
	if grep -q -- "$2" "$1"; then
		fail "$3 (a line matches '$2')"
		grep -- "$2" "$1" | sed 's/^/	/' | head -n 5
	else
		pass
	fi
}

# same A B WHAT
same() {
	if [ "$1" = "$2" ]; then
		pass
	else
		fail "$3"
		printf '	before: %s\n	after:  %s\n' "$1" "$2"
	fi
}

# status GOT WANT WHAT
status() {
	if [ "$1" -eq "$2" ]; then
		pass
	else
		fail "$3: exit status $1, expected $2"
		sed 's/^/	/' "$t/err" 2>/dev/null | head -n 10
	fi
}

# ------------------------------------------------------------------ a
cat > "$t/a1.mqsc" <<'EOF'
ALTER QMGR SSLKEYR('/var/mqm/qmgrs/PERSIST/ssl/key') CHLAUTH(ENABLED)
DEFINE QLOCAL(PERSIST.Q) MAXDEPTH(1234) DESCR('kept across runs')
DEFINE CHANNEL(PERSIST.SVRCONN) CHLTYPE(SVRCONN) MCAUSER('app') +
       SSLCIPH(TLS_AES_256_GCM_SHA384) SSLCAUTH(REQUIRED)
SET CHLAUTH('PERSIST.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app,O=Example') +
    USERSRC(MAP) MCAUSER('app')
SET AUTHREC PROFILE('PERSIST.Q') OBJTYPE(QUEUE) PRINCIPAL('app') +
    AUTHADD(PUT,GET)
DELETE QLOCAL(SYSTEM.DEAD.LETTER.QUEUE)
EOF
cat > "$t/a2.mqsc" <<'EOF'
DISPLAY QMGR SSLKEYR
DISPLAY QLOCAL(PERSIST.Q) MAXDEPTH DESCR
DISPLAY CHANNEL(PERSIST.SVRCONN) SSLCIPH MCAUSER
DISPLAY CHLAUTH('PERSIST.SVRCONN')
DISPLAY AUTHREC PROFILE('PERSIST.Q')
DISPLAY QLOCAL(SYSTEM.DEAD.LETTER.QUEUE)
EOF
if run_ok "$t/persist" "$t/a1.mqsc" && { mq run -e -s "$t/persist" \
    "$t/a2.mqsc" > "$t/out" 2> "$t/err"; [ $? -eq 10 ]; }; then
	has "$t/out" 'SSLKEYR(/var/mqm/qmgrs/PERSIST/ssl/key)' \
	    "a: ALTER QMGR did not persist"
	has "$t/out" 'MAXDEPTH(1234)' "a: the queue did not persist"
	has "$t/out" 'DESCR(kept across runs)' "a: DESCR did not persist"
	has "$t/out" 'SSLCIPH(TLS_AES_256_GCM_SHA384)' \
	    "a: the channel did not persist"
	has "$t/out" 'SSLPEER(CN=app,O=Example)' \
	    "a: the CHLAUTH record did not persist"
	has "$t/out" 'AUTHLIST(GET,PUT)' \
	    "a: the authority record did not persist"
	has "$t/out" 'AMQ8147E.*SYSTEM.DEAD.LETTER.QUEUE' \
	    "a: the DELETE did not persist"
else
	fail "a: the second session should exit 10 (one DISPLAY fails)"
	sed 's/^/	/' "$t/out" "$t/err" | head -n 20
fi
# Enough changes to make the session compact the store at its end.
awk 'BEGIN { for (n = 1; n <= 300; n++)
	printf "DEFINE QLOCAL(PERSIST.MANY.%d) MAXDEPTH(%d)\n", n, n }' \
    > "$t/a3.mqsc"
if run_ok "$t/persist" "$t/a3.mqsc"; then
	has "$t/persist/qmgr.mqsc" '^\* generation 2$' \
	    "a: 300 changes did not compact the store"
	has "$t/persist/journal.mqsc" '^\* mqtls journal generation 2$' \
	    "a: the journal does not follow the snapshot's generation"
	if mq dump -s "$t/persist" > "$t/dump" 2> "$t/err"; then
		has "$t/dump" "^DEFINE QLOCAL('PERSIST.MANY.300')" \
		    "a: the last queue is not in the compacted store"
		has "$t/dump" "MAXDEPTH(1234)" \
		    "a: an older change was lost by compaction"
	else
		fail "a: the compacted store does not load"
	fi
fi

# ------------------------------------------------------------------ b
cat > "$t/b1.mqsc" <<'EOF'
* Changed defaults first: later DEFINEs start from them.
ALTER CHANNEL(SYSTEM.DEF.SVRCONN) CHLTYPE(SVRCONN) SHARECNV(1) +
      MAXMSGL(1048576)
ALTER QLOCAL(SYSTEM.DEFAULT.LOCAL.QUEUE) MAXDEPTH(9999)
ALTER QMGR DESCR('round trip') CHLAUTH(ENABLED) CONNAUTH(' ')
DEFINE QLOCAL(RT.LOCAL) DESCR('It''s quoted') MAXDEPTH(42) +
       DEFPSIST(YES) NOTRIGGER
DEFINE QLOCAL(RT.XMIT) USAGE(XMITQ)
DEFINE QREMOTE(RT.REMOTE) RNAME(RT.LOCAL) RQMNAME(QM2) XMITQ(RT.XMIT)
DEFINE QALIAS(RT.ALIAS) TARGET(RT.LOCAL)
DEFINE QMODEL(RT.MODEL) DEFTYPE(PERMDYN)
DEFINE CHANNEL(RT.SDR) CHLTYPE(SDR) CONNAME('qm2a(1414),qm2b(1414)') +
       XMITQ(RT.XMIT) SSLCIPH(TLS_AES_256_GCM_SHA384)
DEFINE CHANNEL(RT.RCVR) CHLTYPE(RCVR) SSLCIPH(TLS_AES_128_GCM_SHA256) +
       SSLPEER('CN=qm2,OU=MQ,O=Example')
DEFINE CHANNEL(RT.SVRCONN) CHLTYPE(SVRCONN) MCAUSER(' ')
DEFINE CHANNEL(RT.SVRCONN) CHLTYPE(CLNTCONN) CONNAME('localhost(1414)') +
       QMNAME(RT)
DEFINE LISTENER(RT.LISTENER) TRPTYPE(TCP) PORT(1415) CONTROL(QMGR)
DEFINE AUTHINFO(RT.LDAP) AUTHTYPE(IDPWLDAP) CONNAME('ldap(636)') +
       SECCOMM(YES) SHORTUSR('uid')
DEFINE PROCESS(RT.PROCESS) APPLICID('/usr/bin/true')
SET CHLAUTH('RT.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('10.0.0.*') +
    USERSRC(CHANNEL)
SET CHLAUTH('RT.SVRCONN') TYPE(BLOCKUSER) USERLIST('bob','eve')
SET CHLAUTH('RT.SDR') TYPE(QMGRMAP) QMNAME('QM2') USERSRC(MAP) +
    MCAUSER('qm2user')
SET AUTHREC PROFILE('RT.**') OBJTYPE(QUEUE) GROUP('apps') +
    AUTHADD(PUT,GET,INQ)
DELETE QLOCAL(SYSTEM.DEAD.LETTER.QUEUE)
EOF
if run_ok "$t/rt1" "$t/b1.mqsc"; then
	for all in "" "--all"; do
		# shellcheck disable=SC2086
		mq dump $all -s "$t/rt1" > "$t/dump1" 2> "$t/err" ||
		    fail "b: mqtls dump $all of the first store failed"
		rm -rf "$t/rt2"
		if run_ok "$t/rt2" "$t/dump1"; then
			# shellcheck disable=SC2086
			mq dump $all -s "$t/rt2" > "$t/dump2" 2> "$t/err" ||
			    fail "b: mqtls dump $all of the copy failed"
			sed 1d "$t/dump1" > "$t/dump1.body"
			sed 1d "$t/dump2" > "$t/dump2.body"
			if cmp -s "$t/dump1.body" "$t/dump2.body"; then
				pass
			else
				fail "b: dump ${all:-(default)} replayed into a" \
				    "new store dumps differently"
				diff -u "$t/dump1.body" "$t/dump2.body" |
				    head -n 40
			fi
		fi
	done
fi

# ------------------------------------------------------------------ c
# Kill a long session with SIGKILL after a random short delay, many
# times, on one store; after each kill the store must load and hold every
# command the killed session reported done.  Every DEFINE replaces the
# same 2,000 queues with a DESCR naming the iteration, so "reported done
# in iteration I" means "DESCR('iI') in the dump".  Every tenth iteration
# a normal session lets the store compact.
seed=${MQTLS_CRASH_SEED:-$(date +%s)}
crash=$t/crash
start=$(date +%s)
i=0
lost=0
broken=0
while [ "$i" -lt 300 ] && [ $(($(date +%s) - start)) -lt 40 ]; do
	i=$((i + 1))
	awk -v i="$i" 'BEGIN { for (n = 1; n <= 2000; n++)
		printf "DEFINE QLOCAL(CRASH.Q%d) DESCR('\''i%d'\'') REPLACE\n",
		    n, i }' > "$t/crash.mqsc"
	if [ $((i % 10)) -eq 0 ]; then
		echo 'DISPLAY QMGR' | mq run -e -s "$crash" > /dev/null \
		    2> "$t/err" || {
			fail "c: iteration $i: a normal session failed"
			sed 's/^/	/' "$t/err" | head -n 10
			broken=1
			break
		}
	fi
	if [ $((i % 10)) -eq 5 ]; then
		# A short session, killed while it loads or compacts.
		delay=$(awk -v s=$((seed + i)) \
		    'BEGIN { srand(s); printf "%.3f", 0.002 + rand() * 0.04 }')
		(echo 'DISPLAY QMGR' | timeout -s KILL "$delay" "$MQTLS" run \
		    -e -s "$crash") > /dev/null 2>&1
	fi
	delay=$(awk -v s=$((seed + i)) \
	    'BEGIN { srand(s); printf "%.3f", 0.005 + rand() * 0.08 }')
	timeout -s KILL "$delay" "$MQTLS" run -e -s "$crash" \
	    "$t/crash.mqsc" > "$t/crash.out" 2> "$t/crash.err"
	done_n=$(grep -c '^AMQ8006I' "$t/crash.out")
	if [ "$done_n" -eq 0 ] && [ ! -f "$crash/qmgr.mqsc" ]; then
		continue	# killed while the store was being created
	fi
	if ! mq dump -s "$crash" > "$t/crash.dump" 2> "$t/crash.derr"; then
		fail "c: iteration $i (delay $delay s, seed $seed): the store" \
		    "does not load after SIGKILL"
		sed 's/^/	/' "$t/crash.derr" | head -n 10
		broken=1
		break
	fi
	# The queues 1..done_n must carry this iteration's DESCR.
	awk -v r="$done_n" -v i="$i" '
	/^DEFINE QLOCAL\(.CRASH\.Q[0-9]+.\)/ {
		q = $0
		sub(/^DEFINE QLOCAL\(.CRASH\.Q/, "", q)
		sub(/[^0-9].*/, "", q)
		cur = q
		next
	}
	cur != "" && /DESCR\(/ {
		d = $0
		sub(/.*DESCR\(./, "", d)
		sub(/.\).*/, "", d)
		descr[cur] = d
		cur = ""
	}
	END {
		for (n = 1; n <= r; n++)
			if (descr[n] != "i" i)
				printf "CRASH.Q%d reported done, but the store has" \
				    " DESCR(%s)\n", n, descr[n]
	}' "$t/crash.dump" > "$t/crash.lost"
	if [ -s "$t/crash.lost" ]; then
		lost=$((lost + 1))
		fail "c: iteration $i (delay $delay s, seed $seed): $done_n" \
		    "commands reported done, not all are in the store"
		sed 's/^/	/' "$t/crash.lost" | head -n 3
	fi
done
if [ "$broken" -eq 0 ] && [ "$lost" -eq 0 ]; then
	pass
fi
echo "c: $i crash iterations in $(($(date +%s) - start)) s (seed $seed)," \
    "$(sed -n 's/^\* generation //p' "$crash/qmgr.mqsc") generations"

# c2: fdatasync fails, so the entry is not known to be on disk: the
# command must not be reported done.
if command -v strace > /dev/null 2>&1 &&
    strace -f -o /dev/null true > /dev/null 2>&1; then
	printf 'DEFINE QLOCAL(SYNC.FAILS)\n' > "$t/c2.mqsc"
	run_ok "$t/c2" < /dev/null
	# LeakSanitizer cannot work under ptrace: no leak check here.
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	timeout 60 strace -f -o /dev/null -e trace=fdatasync \
	    -e inject=fdatasync:error=EIO \
	    "$MQTLS" run -e -s "$t/c2" "$t/c2.mqsc" > "$t/out" 2> "$t/err"
	status $? 20 "c2: a journal entry that cannot be synced"
	hasnt "$t/out" '^AMQ8006I' \
	    "c2: a command whose entry could not be synced was reported done"
else
	echo "c2: strace fault injection not available: skipped"
fi

# ------------------------------------------------------------------ d
# Two processes, 1,000 distinct commands each, on a store neither has
# created yet.
awk 'BEGIN { for (n = 1; n <= 1000; n++)
	printf "DEFINE QLOCAL(CONC.A.%d) MAXDEPTH(%d)\n", n, n }' > "$t/d1.mqsc"
awk 'BEGIN { for (n = 1; n <= 1000; n++)
	printf "DEFINE QLOCAL(CONC.B.%d) MAXDEPTH(%d)\n", n, n }' > "$t/d2.mqsc"
mq run -e -s "$t/conc" "$t/d1.mqsc" > "$t/d1.out" 2> "$t/d1.err" &
pid1=$!
mq run -e -s "$t/conc" "$t/d2.mqsc" > "$t/d2.out" 2> "$t/d2.err" &
pid2=$!
wait "$pid1"
rc1=$?
wait "$pid2"
rc2=$?
status "$rc1" 0 "d: the first of two concurrent sessions"
status "$rc2" 0 "d: the second of two concurrent sessions"
if mq dump -s "$t/conc" > "$t/dump" 2> "$t/err"; then
	n=$(grep -c "^DEFINE QLOCAL('CONC\.[AB]\.[0-9]*')" "$t/dump")
	if [ "$n" -eq 2000 ]; then
		pass
	else
		fail "d: $n of the 2000 queues defined concurrently are in" \
		    "the store"
	fi
else
	fail "d: the store does not load after two concurrent sessions"
	sed 's/^/	/' "$t/err" | head -n 10
fi

# ------------------------------------------------------------------ e
# A torn last write, cut in the middle of the command and in the middle
# of the entry's header line.
printf 'DEFINE QLOCAL(TORN.Q1)\nDEFINE QLOCAL(TORN.Q2)\nDEFINE QLOCAL(TORN.Q3)\n' \
    > "$t/e1.mqsc"
for cut in 12 70; do
	torn=$t/torn$cut
	run_ok "$torn" "$t/e1.mqsc" || continue
	size=$(wc -c < "$torn/journal.mqsc")
	# The last entry is its header (about 60 bytes) and 23 bytes of
	# command: cut 12 bytes leaves half the command, 70 half the header.
	truncate -s $((size - cut)) "$torn/journal.mqsc"
	before=$(sums "$torn")
	mq dump -s "$torn" > "$t/dump" 2> "$t/err"
	status $? 0 "e($cut): dump of a store with a torn last write"
	has "$t/err" 'warning: .*journal.mqsc:6: .*not completely written' \
	    "e($cut): the torn write is not reported as a warning at line 6"
	has "$t/dump" "QLOCAL('TORN.Q2')" "e($cut): TORN.Q2 was lost"
	hasnt "$t/dump" "QLOCAL('TORN.Q3')" \
	    "e($cut): the torn command TORN.Q3 was applied"
	same "$before" "$(sums "$torn")" \
	    "e($cut): a dump changed the files of the store"
	printf 'DEFINE QLOCAL(TORN.Q4)\n' > "$t/e2.mqsc"
	mq run -e -s "$torn" "$t/e2.mqsc" > "$t/out" 2> "$t/err"
	status $? 0 "e($cut): the first change after a torn write"
	n=$(grep -c 'not completely written' "$t/err")
	if [ "$n" -eq 1 ]; then
		pass
	else
		fail "e($cut): the torn write is reported $n times by one" \
		    "session, expected once"
	fi
	# The torn bytes are gone: the journal is the header line, then
	# entries 1 and 2 and the new one, numbered 3.
	if [ "$(sed -n '6p' "$torn/journal.mqsc")" != "" ] &&
	    sed -n '6p' "$torn/journal.mqsc" | grep -q '^\* mqtls: seq=3 ' &&
	    [ "$(sed -n '7p' "$torn/journal.mqsc")" = \
	    "DEFINE QLOCAL(TORN.Q4)" ] &&
	    [ "$(wc -l < "$torn/journal.mqsc")" -eq 7 ]; then
		pass
	else
		fail "e($cut): the torn entry was not cut off the journal"
		sed 's/^/	/' "$torn/journal.mqsc"
	fi
	mq dump -s "$torn" > "$t/dump" 2> "$t/err"
	status $? 0 "e($cut): dump after the repair"
	if [ -s "$t/err" ]; then
		fail "e($cut): the store still warns after the repair"
		sed 's/^/	/' "$t/err" | head -n 5
	else
		pass
	fi
	has "$t/dump" "QLOCAL('TORN.Q4')" "e($cut): TORN.Q4 is not in the store"
	hasnt "$t/dump" "QLOCAL('TORN.Q3')" "e($cut): TORN.Q3 came back"
done

# ------------------------------------------------------------------ f
# One byte changed in the command of the second of three entries.
dmg=$t/damaged
if run_ok "$dmg" "$t/e1.mqsc"; then
	# Byte offset of line 5 (the second entry's command), plus 15.
	off=$(awk 'NR < 5 { n += length($0) + 1 } END { print n + 15 }' \
	    "$dmg/journal.mqsc")
	printf 'X' | dd of="$dmg/journal.mqsc" bs=1 seek="$off" conv=notrunc \
	    2> /dev/null
	before=$(sums "$dmg")
	printf 'DEFINE QLOCAL(DAMAGED.NEW)\n' > "$t/f.mqsc"
	mq run -e -s "$dmg" "$t/f.mqsc" > "$t/out" 2> "$t/err"
	status $? 20 "f: a session on a store with a damaged journal entry"
	has "$t/err" "$dmg/journal.mqsc:4: .*damaged" \
	    "f: the error does not name the journal file and the entry's line"
	same "$before" "$(sums "$dmg")" \
	    "f: the files changed after a damaged entry was found"
	mq dump -s "$dmg" > "$t/out" 2> "$t/err"
	status $? 3 "f: dump of a store with a damaged journal entry"
	same "$before" "$(sums "$dmg")" "f: dump changed the files"
fi

# ------------------------------------------------------------------ g
newer=$t/newer
if run_ok "$newer" "$t/e1.mqsc"; then
	sed '1s/.*/* mqtls store format 99/' "$newer/qmgr.mqsc" \
	    > "$t/snap" && cat "$t/snap" > "$newer/qmgr.mqsc"
	before=$(sums "$newer")
	mq run -e -s "$newer" "$t/f.mqsc" > "$t/out" 2> "$t/err"
	status $? 20 "g: a session on a store of format 99"
	has "$t/err" 'qmgr.mqsc.*newer mqtls' \
	    "g: the error does not say a newer mqtls is needed"
	same "$before" "$(sums "$newer")" "g: the files of a newer store changed"
	mq dump -s "$newer" > "$t/out" 2> "$t/err"
	status $? 3 "g: dump of a store of format 99"
fi

# ------------------------------------------------------------------ h
# h1: invalid MQSC; h2: valid MQSC that fails when it is run.
hand=$t/hand
if run_ok "$hand" "$t/e1.mqsc"; then
	cp -r "$hand" "$t/hand2"
	lines=$(wc -l < "$hand/qmgr.mqsc")
	echo "DEFINE QLOCAL(HAND.EDIT) MAXDEPTH(lots)" >> "$hand/qmgr.mqsc"
	before=$(sums "$hand")
	mq run -e -s "$hand" "$t/f.mqsc" > "$t/out" 2> "$t/err"
	status $? 20 "h1: a session on a snapshot edited into invalid MQSC"
	has "$t/err" "$hand/qmgr.mqsc:$((lines + 1)):35: error:" \
	    "h1: the mistake is not reported as file:line:col"
	same "$before" "$(sums "$hand")" "h1: the edited snapshot was changed"

	echo "ALTER QLOCAL(HAND.MISSING) MAXDEPTH(5)" >> "$t/hand2/qmgr.mqsc"
	before=$(sums "$t/hand2")
	mq run -e -s "$t/hand2" "$t/f.mqsc" > "$t/out" 2> "$t/err"
	status $? 20 "h2: a session on a snapshot with a command that fails"
	has "$t/err" "$t/hand2/qmgr.mqsc:$((lines + 1)):" \
	    "h2: the failing command is not reported as file:line"
	same "$before" "$(sums "$t/hand2")" "h2: the edited snapshot was changed"
fi

# ------------------------------------------------------------------ i
same_after() {
	before=$(sums "$1")
	mq run "$2" -s "$1" "$3" > "$t/out" 2> "$t/err"
	status $? "$4" "i: $5"
	same "$before" "$(sums "$1")" "i: $5 changed the files of the store"
}
fails=$t/fails
if run_ok "$fails" "$t/e1.mqsc"; then
	printf 'DEFINE QLOCAL(TORN.Q1)\n' > "$t/i1.mqsc"
	same_after "$fails" -e "$t/i1.mqsc" 10 "DEFINE of an existing queue"
	cat > "$t/i2.mqsc" <<'EOF'
ALTER QLOCAL(NO.SUCH.QUEUE) MAXDEPTH(5)
DELETE QLOCAL(NO.SUCH.QUEUE)
DEFINE QLOCAL(NEW.Q) LIKE(NO.SUCH.QUEUE)
DEFINE QALIAS(TORN.Q2) TARGET(TORN.Q1) REPLACE
SET CHLAUTH('NO.SUCH') TYPE(SSLPEERMAP) SSLPEER('CN=x') ACTION(REMOVE)
SET CHLAUTH('SYSTEM.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS)
DELETE AUTHREC PROFILE('NO.SUCH') OBJTYPE(QUEUE) PRINCIPAL('nobody')
DEFINE QLOCAL(SYNTAX.ERROR) MAXDEPTH(lots)
DISPLAY QLOCAL(*)
START CHANNEL(SYSTEM.DEF.SVRCONN)
EOF
	same_after "$fails" -e "$t/i2.mqsc" 10 "failing commands"
	printf 'DEFINE QLOCAL(VERIFIED.ONLY)\n' > "$t/i3.mqsc"
	same_after "$fails" -v "$t/i3.mqsc" 0 "a -v session"
fi

# ------------------------------------------------------------------ j
long=$t/long
a100=$(awk 'BEGIN { while (n++ < 100) printf "a" }')
{
	echo "DEFINE CHANNEL(LONG.SDR) CHLTYPE(SDR) XMITQ(QM2) +"
	echo "       CONNAME('qm2.example.com(1414)') +"
	printf "       SSLPEER('CN=%s%s%s%s%s%s%s%s%s%s') +\n" \
	    "$a100" "$a100" "$a100" "$a100" "$a100" \
	    "$a100" "$a100" "$a100" "$a100" "$a100"
	echo "       DESCR('a sender channel with a long definition') +"
	echo "       SSLCIPH(TLS_AES_256_GCM_SHA384) +"
	echo "       SCYEXIT('$a100') +"
	echo "       MSGEXIT('${a100}1','${a100}2') +"
	echo "       SENDEXIT('${a100}3','${a100}4') +"
	echo "       RCVEXIT('${a100}5','${a100}6','${a100}7') +"
	echo "       SCYDATA('security exit data, 32 bytes...') +"
	echo "       MSGDATA('message exit data, 32 bytes....'," \
	    "'more message exit data, 32 bytes') +"
	echo "       SENDDATA('send exit data, 32 bytes.......')"
} > "$t/j.mqsc"
if run_ok "$long" "$t/j.mqsc"; then
	mq dump -s "$long" > "$t/dump" 2> "$t/err"
	status $? 0 "j: dump after a command longer than 2048 bytes"
	has "$t/dump" "^DEFINE CHANNEL('LONG.SDR')" \
	    "j: the long command is not in the store"
	echo 'DISPLAY CHANNEL(LONG.SDR)' | mq run -e -s "$long" \
	    > "$t/out" 2> "$t/err"
	status $? 0 "j: a session after a command longer than 2048 bytes"
fi

# ------------------------------------------------------------------ k
mq dump -s "$t/no-such-store" > "$t/out" 2> "$t/err"
rc=$?
if [ "$rc" -ne 0 ] && [ ! -e "$t/no-such-store" ]; then
	pass
else
	fail "k: mqtls dump of a missing store exited $rc and" \
	    "$( [ -e "$t/no-such-store" ] && echo "created it" ||
	    echo "created nothing")"
fi

finish
