/*
 * check_decide.c - unit tests for the access decision (decide.c): channel
 * profile matching, the profile order, the mapping record comparator step
 * by step (with the UNCONFIRMED rules each answer relies on), whole
 * decisions, and the promise that the fast path (no trace, keyed lookups)
 * and the traced path reach the same verdict, on hand-written cases and on
 * a generated configuration of a few thousand records.  All tables.
 */
#include "config.h"

#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address.h"
#include "decide.h"
#include "diag.h"
#include "dn.h"
#include "model.h"
#include "runner.h"
#include "schema.h"
#include "source.h"
#include "strpool.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))
#define R(x)		(1u << DRULE_##x)

/* A model from MQSC text; every command must run. */
static struct model *
load(const char *mqsc)
{
	struct model	*m = model_new("QM1");
	struct source	*src = source_new("t.mqsc", mqsc, strlen(mqsc));
	struct runner	 r;
	size_t		 i;

	m->no_timestamps = 1;
	runner_init(&r, m, NULL);
	runner_start(&r, src);
	runner_step(&r, 1);
	for (i = 0; i < r.diags.n; i++)
		if (r.diags.v[i]->sev == DIAG_ERROR)
			fprintf(stderr, "load: %s\n", r.diags.v[i]->message);
	ck_assert_msg(r.nsyntax == 0 && r.nfailed == 0,
	    "%lu syntax errors, %lu failures in:\n%.300s", r.nsyntax,
	    r.nfailed, mqsc);
	runner_free(&r);
	source_free(src);
	return m;
}

/* The n-th CHLAUTH record of a model. */
static const struct mobj *
rec(const struct model *m, int n)
{
	size_t	 i;

	for (i = 0; i < m->nrecs; i++)
		if (strcmp(m->recs[i]->obj->name, "CHLAUTH") == 0 && n-- == 0)
			return m->recs[i];
	return NULL;
}

/*
 * Profiles: '*' anywhere, any number of times, matching any run of
 * characters (none included); case matters (chlauth.md 1.2).
 */
static const struct {
	const char	*profile, *name;
	int		 match;
} match_cases[] = {
	{ "*", "APP.SVRCONN", 1 },
	{ "*", "", 1 },
	{ "APP.SVRCONN", "APP.SVRCONN", 1 },
	{ "APP.SVRCONN", "APP.SVRCONN2", 0 },
	{ "APP.SVRCONN", "APP.SVRCON", 0 },
	{ "APP.*", "APP.SVRCONN", 1 },
	{ "APP.*", "APP.", 1 },
	{ "APP.*", "APP", 0 },
	{ "*.SVRCONN", "APP.SVRCONN", 1 },
	{ "*.SVRCONN", "APP.RCVR", 0 },
	{ "A*B*C", "ABC", 1 },
	{ "A*B*C", "AxxBxxC", 1 },
	{ "A*B*C", "AxxBxx", 0 },
	{ "A*B*C", "ACB", 0 },
	{ "*A*", "BAB", 1 },
	{ "**", "X", 1 },
	{ "SYSTEM.*", "SYSTEM.DEF.SVRCONN", 1 },
	{ "SYSTEM.*", "system.def.svrconn", 0 },
	{ "app.*", "APP.SVRCONN", 0 },
	{ "A*A*A*A*A*A*A*A*B", "AAAAAAAAAAAAAAAAAAAA", 0 },
	{ "*X", "ABCX", 1 },
	{ "*X", "ABCXY", 0 },
};

START_TEST(test_profile_match)
{
	ck_assert_msg(decide_profile_match(match_cases[_i].profile,
	    match_cases[_i].name) == match_cases[_i].match,
	    "'%s' against '%s'", match_cases[_i].profile,
	    match_cases[_i].name);
}
END_TEST

/* Profile order: < 0 when a is more specific (chlauth.md 2.3 level 1). */
static const struct {
	const char	*a, *b;
	int		 sign;
	int		 unconfirmed;
} order_cases[] = {
	{ "APP.SVRCONN", "APP.*", -1, 0 },
	{ "APP.SVRCONN", "*", -1, 0 },
	{ "SYSTEM.ADMIN.SVRCONN", "SYSTEM.*", -1, 0 },
	{ "*", "FROM.WIN10", 1, 0 },
	{ "APP.SVRCONN", "APP.SVRCONN", 0, 0 },
	{ "APP.S*", "APP.*", -1, 1 },
	{ "APP.*", "*.SVRCONN", -1, 1 },
	{ "SYSTEM.*", "*", -1, 1 },
	{ "A*B", "A*", -1, 1 },
	{ "A*", "A*B", 1, 1 },
	{ "APP.*", "APP.*", 0, 1 },
	{ "A*C*", "A*B*", 0, 1 },
	{ "AB*", "A*C", -1, 1 },
};

START_TEST(test_profile_order)
{
	enum decide_rule rule;
	int		 c, sign;

	c = decide_profile_cmp(order_cases[_i].a, order_cases[_i].b, &rule);
	sign = (c > 0) - (c < 0);
	ck_assert_msg(sign == order_cases[_i].sign, "'%s' vs '%s': %d",
	    order_cases[_i].a, order_cases[_i].b, c);
	ck_assert_int_eq(rule == DRULE_PROFILE_ORDER,
	    order_cases[_i].unconfirmed);
	/* Antisymmetric. */
	c = decide_profile_cmp(order_cases[_i].b, order_cases[_i].a, NULL);
	ck_assert_int_eq((c > 0) - (c < 0), -sign);
}
END_TEST

/*
 * The mapping comparator: records a and b (indexes among the CHLAUTH
 * records), for a connection on channel.  The step that separates them
 * and the unconfirmed rules the answer rests on.
 */
#define SVRCONN	"DEFINE CHANNEL('APP.SVRCONN') CHLTYPE(SVRCONN)\n"
#define RCVR	"DEFINE CHANNEL('QM2.TO.QM1') CHLTYPE(RCVR)\n"

static const struct {
	const char		*mqsc;
	const char		*channel;
	int			 a, b;
	int			 sign;
	enum decide_step	 step;
	unsigned		 rules;
} cmp_cases[] = {
	/* Named beats '*': documented (NEWRULES92, MH-BACKSTOP). */
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", 0, 1, -1, DSTEP_PROFILE, 0 },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", 1, 0, 1, DSTEP_PROFILE, 0 },
	/* Two generic profiles. */
	{ SVRCONN
	  "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('*')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.S*') TYPE(ADDRESSMAP) ADDRESS('*')"
	  " USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_PROFILE, R(PROFILE_ORDER) },
	{ SVRCONN
	  "SET CHLAUTH('*.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('*')"
	  " USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_PROFILE, R(PROFILE_ORDER) },
	/* The profile wins against a better type rank. */
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('*') TYPE(SSLPEERMAP) SSLPEER('CN=x') "
	  "USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", 0, 1, -1, DSTEP_PROFILE, R(PROFILE_FIRST) },
	/* USERMAP over ADDRESSMAP('*') on one profile: IBM's MY.SVRCONN. */
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') "
	  "USERSRC(NOACCESS)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('johndoe') "
	  "USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 1, 0, -1, DSTEP_TYPE, 0 },
	/* ... over any other ADDRESSMAP: the rank is not documented. */
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.2.*') "
	  "USERSRC(NOACCESS)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('johndoe') "
	  "USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 1, 0, -1, DSTEP_TYPE, R(TYPE_RANK) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('alice') "
	  "USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=a') "
	  "USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_TYPE, R(TYPE_RANK) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=a') "
	  "USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') "
	  "USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", 0, 1, -1, DSTEP_TYPE, R(TYPE_RANK) },
	/* ADDRESS present beats absent; SSLCERTI likewise. */
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('alice') "
	  "USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('alice') "
	  "ADDRESS('192.0.2.1') USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", 1, 0, -1, DSTEP_QUALIFIER, R(QUALIFIER) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=a') "
	  "USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=a') "
	  "SSLCERTI('CN=CA') USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_QUALIFIER, R(QUALIFIER) },
	/* Address: a range over '*' is IBM's APP2.CHAN. */
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') "
	  "USERSRC(NOACCESS)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) "
	  "ADDRESS('9.95.100.1-5') USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 1, 0, -1, DSTEP_ADDRESS, 0 },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.2.1')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.2.1-9')"
	  " USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, -1, DSTEP_ADDRESS, R(ADDRESS) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.*')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.2.*')"
	  " USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_ADDRESS, R(ADDRESS) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) "
	  "ADDRESS('192.0.2.1-50') USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.2.1-5')"
	  " USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_ADDRESS, R(ADDRESS) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('win10')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*')"
	  " USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_ADDRESS, R(ADDRESS) },
	/* Identity: DN specificity, then QMNAME. */
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('O=Example')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) "
	  "SSLPEER('CN=a,O=Example') USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_IDENTITY, R(IDENTITY) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app1')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app*')"
	  " USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, -1, DSTEP_IDENTITY, R(IDENTITY) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app1')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) "
	  "SSLPEER('CN=app1,O=Example') USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_IDENTITY, R(IDENTITY) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app1')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) "
	  "SSLPEER('SERIALNUMBER=01:02') USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_IDENTITY, R(IDENTITY) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('OU=A')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('OU=A,OU=B')"
	  " USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, 1, DSTEP_IDENTITY, R(IDENTITY) },
	{ RCVR
	  "SET CHLAUTH('QM2.TO.QM1') TYPE(QMGRMAP) QMNAME('QM*')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('QM2.TO.QM1') TYPE(QMGRMAP) QMNAME('QM2')"
	  " USERSRC(CHANNEL)\n",
	  "QM2.TO.QM1", 0, 1, 1, DSTEP_IDENTITY, R(IDENTITY) },
	/* Nothing separates them: record order, and it says so. */
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=a*')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=*b')"
	  " USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 0, 1, -1, DSTEP_ORDER, R(TIE) },
	{ SVRCONN
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=a*')"
	  " USERSRC(CHANNEL)\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=*b')"
	  " USERSRC(CHANNEL)\n",
	  "APP.SVRCONN", 1, 0, 1, DSTEP_ORDER, R(TIE) },
};

START_TEST(test_compare)
{
	struct model		*m = load(cmp_cases[_i].mqsc);
	struct decide_index	*x = decide_index_new(m);
	enum decide_step	 step;
	unsigned		 rules;
	int			 c;

	c = decide_compare(x, cmp_cases[_i].channel, rec(m, cmp_cases[_i].a),
	    rec(m, cmp_cases[_i].b), &step, &rules);
	ck_assert_msg((c > 0) - (c < 0) == cmp_cases[_i].sign,
	    "case %d: sign %d", _i, c);
	ck_assert_msg(step == cmp_cases[_i].step, "case %d: step %s, not %s",
	    _i, decide_step_name(step), decide_step_name(cmp_cases[_i].step));
	ck_assert_msg(rules == cmp_cases[_i].rules, "case %d: rules %#x, "
	    "not %#x", _i, rules, cmp_cases[_i].rules);
	decide_index_free(x);
	model_free(m);
}
END_TEST

START_TEST(test_compare_not_mapping)
{
	struct model		*m = load(SVRCONN
	    "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('x')\n"
	    "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*')"
	    " USERSRC(CHANNEL)\n"
	    "SET CHLAUTH('OTHER') TYPE(ADDRESSMAP) ADDRESS('*')"
	    " USERSRC(CHANNEL)\n");
	struct decide_index	*x = decide_index_new(m);
	enum decide_step	 step;
	unsigned		 rules;

	ck_assert_int_eq(decide_compare(x, "APP.SVRCONN", rec(m, 0),
	    rec(m, 1), &step, &rules), 0);
	ck_assert_int_eq(step, DSTEP_NONE);
	/* A record whose profile does not match the channel. */
	ck_assert_int_eq(decide_compare(x, "APP.SVRCONN", rec(m, 1),
	    rec(m, 2), &step, &rules), 0);
	ck_assert_int_eq(decide_compare(x, "NO.SUCH", rec(m, 1),
	    rec(m, 1), &step, &rules), 0);
	decide_index_free(x);
	model_free(m);
}
END_TEST

/*
 * Whole decisions.  record is the index of the deciding CHLAUTH record
 * (-1: none).  Each runs traced and untraced; both must agree.
 */
struct conn_case {
	const char		*mqsc;
	const char		*channel, *address, *sslpeer, *sslcerti;
	const char		*clntuser, *qmname;
	enum decide_auth	 auth;
	int			 allowed;
	enum decide_block	 blocked_by;
	const char		*mcauser;
	int			 record;
	unsigned		 rules;
};

#define TLSCH	"DEFINE CHANNEL('APP.SVRCONN') CHLTYPE(SVRCONN) " \
		"SSLCIPH(TLS_AES_128_GCM_SHA256)\n"

static const struct conn_case conn_cases[] = {
	{ "SET CHLAUTH('*') TYPE(BLOCKADDR) ADDRLIST('192.0.2.*')\n",
	  "NONE", "192.0.2.7", NULL, NULL, NULL, NULL, DAUTH_UNKNOWN,
	  0, DBLK_BLOCKADDR, NULL, 0, 0 },
	{ "SET CHLAUTH('*') TYPE(BLOCKADDR) ADDRLIST('192.0.2.*')\n",
	  "NONE", "192.0.3.7", NULL, NULL, NULL, NULL, DAUTH_UNKNOWN,
	  0, DBLK_CHANNEL_NOT_DEFINED, NULL, -1, 0 },
	{ TLSCH, "APP.SVRCONN", "192.0.2.7", NULL, NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 0, DBLK_SSLCAUTH, NULL, -1, 0 },
	{ TLSCH "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) "
	  "SSLPEER('CN=app1') USERSRC(MAP) MCAUSER('app')\n",
	  "APP.SVRCONN", "192.0.2.7", "CN=APP1,O=Example", NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 1, DBLK_NONE, "app", 0, 0 },
	{ TLSCH "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) "
	  "SSLPEER('CN=app1') USERSRC(MAP) MCAUSER('app')\n"
	  "SET CHLAUTH('*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", "192.0.2.7", "CN=app2,O=Example", NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 0, DBLK_NOACCESS, NULL, 1, 0 },
	/* The key is the first CN: a second CN does not make it match. */
	{ TLSCH "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) "
	  "SSLPEER('CN=app1') USERSRC(MAP) MCAUSER('app')\n",
	  "APP.SVRCONN", "192.0.2.7", "CN=app2,CN=app1", NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 1, DBLK_NONE, "alice", -1, 0 },
	{ TLSCH "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) "
	  "SSLPEER('CN=app1') SSLCERTI('O=CA1') USERSRC(MAP) MCAUSER('app')\n",
	  "APP.SVRCONN", "192.0.2.7", "CN=app1", "CN=Root,O=CA2", "alice",
	  NULL, DAUTH_UNKNOWN, 1, DBLK_NONE, "alice", -1, 0 },
	/* USERMAP keyed by user; case matters. */
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('bob') "
	  "USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "bob", NULL, DAUTH_UNKNOWN,
	  0, DBLK_NOACCESS, NULL, 0, 0 },
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('bob') "
	  "USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "BOB", NULL, DAUTH_UNKNOWN,
	  1, DBLK_NONE, "BOB", -1, 0 },
	/* ADDRESSMAP keyed by exact IPv4, and an IPv4-mapped peer. */
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) "
	  "ADDRESS('192.0.2.7') USERSRC(MAP) MCAUSER('app')\n",
	  "APP.SVRCONN", "::ffff:192.0.2.7", NULL, NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 1, DBLK_NONE, "app", 0, 0 },
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) "
	  "ADDRESS('192.0.2.7') USERSRC(MAP) MCAUSER('app')\n",
	  "APP.SVRCONN", "192.0.2.8", NULL, NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 1, DBLK_NONE, "alice", -1, 0 },
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) "
	  "ADDRESS('2001:DB8:0:0:0:0:1:*') USERSRC(MAP) MCAUSER('v6')\n",
	  "APP.SVRCONN", "2001:db8::1", NULL, NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 1, DBLK_NONE, "alice", -1, 0 },
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) "
	  "ADDRESS('2001:DB8:0:0:0:0:0:*') USERSRC(MAP) MCAUSER('v6')\n",
	  "APP.SVRCONN", "2001:db8::1", NULL, NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 1, DBLK_NONE, "v6", 0, 0 },
	/* QMGRMAP on a RCVR, keyed and generic. */
	{ RCVR "SET CHLAUTH('QM2.TO.QM1') TYPE(QMGRMAP) QMNAME('QM2') "
	  "USERSRC(MAP) MCAUSER('qm2')\n"
	  "SET CHLAUTH('QM2.TO.QM1') TYPE(QMGRMAP) QMNAME('QM*') "
	  "USERSRC(NOACCESS)\n",
	  "QM2.TO.QM1", "198.51.100.7", NULL, NULL, NULL, "QM2", DAUTH_UNKNOWN,
	  1, DBLK_NONE, "qm2", 0, R(IDENTITY) },
	{ RCVR "SET CHLAUTH('QM2.TO.QM1') TYPE(QMGRMAP) QMNAME('QM2') "
	  "USERSRC(MAP) MCAUSER('qm2')\n"
	  "SET CHLAUTH('QM2.TO.QM1') TYPE(QMGRMAP) QMNAME('QM*') "
	  "USERSRC(NOACCESS)\n",
	  "QM2.TO.QM1", "198.51.100.7", NULL, NULL, NULL, "QM3", DAUTH_UNKNOWN,
	  0, DBLK_NOACCESS, NULL, 1, 0 },
	/* RCVR, blank MCAUSER, no record: the MCA's user, unknown. */
	{ RCVR, "QM2.TO.QM1", "198.51.100.7", NULL, NULL, "mqm", "QM2",
	  DAUTH_UNKNOWN, 1, DBLK_NONE, NULL, -1, 0 },
	/* BLOCKUSER and the privileged set. */
	{ SVRCONN "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN')\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "root", NULL, DAUTH_UNKNOWN,
	  0, DBLK_BLOCKUSER, "root", 0, R(PRIVILEGED) },
	{ SVRCONN "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN')\n"
	  "SET CHLAUTH('APP.SVRCONN') TYPE(BLOCKUSER) USERLIST('nobody')\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "root", NULL, DAUTH_UNKNOWN,
	  1, DBLK_NONE, "root", -1, 0 },
	{ SVRCONN "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN')\n"
	  "SET CHLAUTH('APP.*') TYPE(BLOCKUSER) USERLIST('nobody')\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "root", NULL, DAUTH_UNKNOWN,
	  1, DBLK_NONE, "root", -1, R(BLOCKUSER_PROFILE) },
	/* CHCKCLNT: unknown warns, none blocks, REQDADM only if privileged. */
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') "
	  "USERSRC(CHANNEL) CHCKCLNT(REQUIRED)\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "alice", NULL,
	  DAUTH_NONE, 0, DBLK_CHCKCLNT, "alice", 0, 0 },
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') "
	  "USERSRC(CHANNEL) CHCKCLNT(REQUIRED)\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "alice", NULL,
	  DAUTH_OK, 1, DBLK_NONE, "alice", 0, 0 },
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') "
	  "USERSRC(CHANNEL) CHCKCLNT(REQDADM)\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "alice", NULL,
	  DAUTH_NONE, 1, DBLK_NONE, "alice", 0, R(PRIVILEGED) },
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') "
	  "USERSRC(CHANNEL) CHCKCLNT(REQDADM)\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "mqm", NULL,
	  DAUTH_NONE, 0, DBLK_CHCKCLNT, "mqm", 0, R(PRIVILEGED) },
	/* WARN(YES) NOACCESS falls through to nothing. */
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') "
	  "USERSRC(NOACCESS) WARN(YES)\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 1, DBLK_NONE, "alice", -1, R(WARN_FALLTHROUGH) },
	/* CHLAUTH(DISABLED). */
	{ "ALTER QMGR CHLAUTH(DISABLED)\n" SVRCONN
	  "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN')\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "mqm", NULL, DAUTH_UNKNOWN,
	  1, DBLK_NONE, "mqm", -1, R(DISABLED) },
	/* A '*' that matches nothing at all. */
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN*') TYPE(ADDRESSMAP) ADDRESS('*') "
	  "USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 0, DBLK_NOACCESS, NULL, 0, R(STAR_EMPTY) },
	/* Channel types: CLUSSDR does not accept; RQSTR is a best reading. */
	{ "DEFINE CHANNEL('TO.QM2') CHLTYPE(CLUSSDR) CONNAME('qm2') "
	  "CLUSTER('C')\n",
	  "TO.QM2", "192.0.2.7", NULL, NULL, NULL, "QM2", DAUTH_UNKNOWN,
	  0, DBLK_CHANNEL_NOT_DEFINED, NULL, -1, R(CHANNEL_TYPES) },
	{ "DEFINE CHANNEL('QM2.RQSTR') CHLTYPE(RQSTR) CONNAME('qm2') "
	  "MCAUSER('app')\n",
	  "QM2.RQSTR", "192.0.2.7", NULL, NULL, NULL, "QM2", DAUTH_UNKNOWN,
	  1, DBLK_NONE, "app", -1, R(CHANNEL_TYPES) },
	/* Host-name ADDRESS: no reverse lookup, so no match. */
	{ SVRCONN "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) "
	  "ADDRESS('win10') USERSRC(NOACCESS)\n",
	  "APP.SVRCONN", "192.0.2.7", NULL, NULL, "alice", NULL,
	  DAUTH_UNKNOWN, 1, DBLK_NONE, "alice", -1, 0 },
};

static void
run_case(const struct conn_case *k, int n)
{
	struct model		*m = load(k->mqsc);
	struct decide_index	*x = decide_index_new(m);
	struct decide_conn	 c;
	struct decide_verdict	 v, w;
	struct addr_ip		 ip;
	struct dn		 peer, issuer;
	struct dn_error		 err;

	decide_conn_init(&c);
	dn_init(&peer);
	dn_init(&issuer);
	c.channel = k->channel;
	c.clntuser = k->clntuser;
	c.qmname = k->qmname;
	c.auth = k->auth;
	if (k->address != NULL) {
		ck_assert_int_eq(addr_parse_ip(k->address, &ip), ADDR_IP_OK);
		c.address = &ip;
	}
	if (k->sslpeer != NULL) {
		ck_assert_int_eq(dn_from_rfc4514(k->sslpeer,
		    strlen(k->sslpeer), &peer, &err), 0);
		c.subject = &peer;
	}
	if (k->sslcerti != NULL) {
		ck_assert_int_eq(dn_from_rfc4514(k->sslcerti,
		    strlen(k->sslcerti), &issuer, &err), 0);
		c.issuer = &issuer;
	}
	decide_verdict_init(&v);
	decide_verdict_init(&w);
	decide(x, &c, DECIDE_TRACE, &v);
	decide(x, &c, 0, &w);

	ck_assert_msg(v.allowed == k->allowed, "case %d: allowed %d", n,
	    v.allowed);
	ck_assert_msg(v.blocked_by == k->blocked_by, "case %d: blocked by %s",
	    n, decide_block_name(v.blocked_by));
	if (k->mcauser == NULL)
		ck_assert_msg(v.mcauser == NULL, "case %d: user %s", n,
		    v.mcauser);
	else
		ck_assert_msg(v.mcauser != NULL &&
		    strcmp(v.mcauser, k->mcauser) == 0, "case %d: user %s", n,
		    v.mcauser ? v.mcauser : "(null)");
	ck_assert_msg(v.record == (k->record >= 0 ? rec(m, k->record) : NULL),
	    "case %d: deciding record", n);
	ck_assert_msg(v.rules == k->rules, "case %d: rules %#x, not %#x", n,
	    v.rules, k->rules);
	ck_assert_msg(v.ntrace > 0, "case %d: no trace", n);
	ck_assert_int_eq(w.ntrace, 0);

	/* The fast path agrees in every field but the trace. */
	ck_assert_int_eq(w.allowed, v.allowed);
	ck_assert_int_eq(w.blocked_by, v.blocked_by);
	ck_assert_ptr_eq(w.record, v.record);
	ck_assert_ptr_eq(w.mcauser, v.mcauser);
	ck_assert_int_eq(w.step, v.step);
	ck_assert_int_eq(w.rules, v.rules);
	ck_assert_int_eq(w.nwarnings, v.nwarnings);

	decide_verdict_free(&v);
	decide_verdict_free(&w);
	dn_free(&peer);
	dn_free(&issuer);
	decide_index_free(x);
	model_free(m);
}

START_TEST(test_decide)
{
	run_case(&conn_cases[_i], _i);
}
END_TEST

/* The privileged set is the caller's when given. */
START_TEST(test_privileged)
{
	struct model		*m = load(SVRCONN
	    "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN')\n");
	struct decide_index	*x = decide_index_new(m);
	struct decide_conn	 c;
	struct decide_verdict	 v;
	const char *const	 set[] = { "admin1" };

	decide_conn_init(&c);
	decide_verdict_init(&v);
	c.channel = "APP.SVRCONN";
	c.clntuser = "admin1";
	ck_assert_int_eq(decide(x, &c, 0, &v), 1);
	c.privileged = set;
	c.nprivileged = 1;
	ck_assert_int_eq(decide(x, &c, 0, &v), 0);
	ck_assert_int_eq(v.blocked_by, DBLK_BLOCKUSER);
	c.clntuser = "mqm";
	ck_assert_int_eq(decide(x, &c, 0, &v), 1);
	c.nprivileged = 0;
	c.clntuser = "admin1";
	ck_assert_int_eq(decide(x, &c, 0, &v), 1);
	decide_verdict_free(&v);
	decide_index_free(x);
	model_free(m);
}
END_TEST

/* Every rule has a name, a summary and a source; names are unique. */
START_TEST(test_rule_table)
{
	int	 i, k;

	for (i = 0; i < DRULE_NRULES; i++) {
		ck_assert_ptr_nonnull(decide_rules[i].name);
		ck_assert_ptr_nonnull(decide_rules[i].summary);
		ck_assert_msg(decide_rules[i].source != NULL &&
		    strncmp(decide_rules[i].source, "chlauth.md ", 11) == 0,
		    "rule %d: no chlauth.md source", i);
		for (k = 0; k < i; k++)
			ck_assert_str_ne(decide_rules[i].name,
			    decide_rules[k].name);
	}
}
END_TEST

/*
 * A generated configuration: many channels, profiles and records of every
 * type.  For many connections the fast path must reach the same verdict
 * as the traced one, which looks at every record on a matching profile.
 */
static unsigned long	lcg = 12345;

static unsigned
rnd(unsigned n)
{
	lcg = lcg * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((lcg >> 33) % n);
}

static void
append(char **buf, size_t *len, size_t *cap, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
append(char **buf, size_t *len, size_t *cap, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(*buf + *len, *cap - *len, fmt, ap);
		va_end(ap);
		if ((size_t)n < *cap - *len)
			break;
		*cap *= 2;
		*buf = realloc(*buf, *cap);
		ck_assert_ptr_nonnull(*buf);
	}
	*len += (size_t)n;
}

START_TEST(test_generated)
{
	size_t			 cap = 1 << 16, len = 0;
	char			*t = malloc(cap), name[32], dnbuf[96];
	struct model		*m;
	struct decide_index	*x;
	struct decide_verdict	 v, w;
	struct decide_conn	 c;
	struct addr_ip		 ip;
	struct dn		 peer;
	struct dn_error		 err;
	int			 i, nch = 200, agree = 0;

	ck_assert_ptr_nonnull(t);
	t[0] = '\0';
	for (i = 0; i < nch; i++)
		append(&t, &len, &cap, "DEFINE CHANNEL('CH%d.%s') "
		    "CHLTYPE(%s) SSLCIPH(TLS_AES_128_GCM_SHA256) "
		    "SSLCAUTH(OPTIONAL)%s\n", i, i % 5 ? "SVRCONN" : "RCVR",
		    i % 5 ? "SVRCONN" : "RCVR", i % 3 ? "" :
		    " MCAUSER('chuser')");
	for (i = 0; i < 2000; i++) {
		int ch = (int)rnd((unsigned)nch);

		switch (rnd(4)) {
		case 0:
			snprintf(name, sizeof name, "CH%d.%s", ch,
			    ch % 5 ? "SVRCONN" : "RCVR");
			break;
		case 1:
			snprintf(name, sizeof name, "CH%d.*", ch);
			break;
		case 2:
			snprintf(name, sizeof name, "CH%d*", ch / 10);
			break;
		default:
			snprintf(name, sizeof name, "*.%s", rnd(2) ?
			    "SVRCONN" : "RCVR");
			break;
		}
		switch (rnd(6)) {
		case 0:
			append(&t, &len, &cap, "SET CHLAUTH('%s') "
			    "TYPE(SSLPEERMAP) SSLPEER('CN=app%u%s,O=Org%u') "
			    "%s ACTION(REPLACE)\n", name, rnd(30),
			    rnd(4) ? "" : "*", rnd(3), rnd(3) ?
			    "USERSRC(MAP) MCAUSER('u1')" : "USERSRC(NOACCESS)");
			break;
		case 1:
			append(&t, &len, &cap, "SET CHLAUTH('%s') "
			    "TYPE(USERMAP) CLNTUSER('user%u') %s "
			    "ACTION(REPLACE)\n", name, rnd(20), rnd(2) ?
			    "USERSRC(MAP) MCAUSER('u2')" : "USERSRC(CHANNEL)");
			break;
		case 2:
			append(&t, &len, &cap, "SET CHLAUTH('%s') "
			    "TYPE(ADDRESSMAP) ADDRESS('10.0.%u.%s') %s "
			    "ACTION(REPLACE)\n", name, rnd(4), rnd(2) ? "*" :
			    "7", rnd(2) ? "USERSRC(NOACCESS)" :
			    "USERSRC(MAP) MCAUSER('u3')");
			break;
		case 3:
			append(&t, &len, &cap, "SET CHLAUTH('%s') "
			    "TYPE(QMGRMAP) QMNAME('QM%u%s') USERSRC(MAP) "
			    "MCAUSER('u4') ACTION(REPLACE)\n", name, rnd(5),
			    rnd(3) ? "" : "*");
			break;
		case 4:
			append(&t, &len, &cap, "SET CHLAUTH('%s') "
			    "TYPE(BLOCKUSER) USERLIST('user%u','*MQADMIN') "
			    "ACTION(REPLACE)\n", name, rnd(20));
			break;
		default:
			append(&t, &len, &cap, "SET CHLAUTH('%s') "
			    "TYPE(ADDRESSMAP) ADDRESS('*') %s "
			    "ACTION(REPLACE)\n", name, rnd(2) ?
			    "USERSRC(NOACCESS) WARN(YES)" : "USERSRC(CHANNEL)");
			break;
		}
	}
	m = load(t);
	free(t);
	x = decide_index_new(m);
	decide_verdict_init(&v);
	decide_verdict_init(&w);
	for (i = 0; i < 3000; i++) {
		unsigned ch = rnd((unsigned)nch);

		decide_conn_init(&c);
		dn_init(&peer);
		snprintf(name, sizeof name, "CH%u.%s", ch, ch % 5 ? "SVRCONN" :
		    "RCVR");
		c.channel = name;
		snprintf(dnbuf, sizeof dnbuf, "CN=app%u%s,O=Org%u", rnd(30),
		    rnd(2) ? "x" : "", rnd(3));
		if (rnd(4)) {
			ck_assert_int_eq(dn_from_rfc4514(dnbuf, strlen(dnbuf),
			    &peer, &err), 0);
			c.subject = &peer;
		}
		snprintf(dnbuf, sizeof dnbuf, "10.0.%u.%u", rnd(4),
		    rnd(2) ? 7 : rnd(255));
		ck_assert_int_eq(addr_parse_ip(dnbuf, &ip), ADDR_IP_OK);
		c.address = &ip;
		c.clntuser = rnd(2) ? (rnd(2) ? "user3" : "mqm") : "user12";
		c.qmname = rnd(2) ? "QM2" : "QM41";
		decide(x, &c, DECIDE_TRACE, &v);
		decide(x, &c, 0, &w);
		ck_assert_msg(v.allowed == w.allowed &&
		    v.blocked_by == w.blocked_by && v.record == w.record &&
		    v.mcauser == w.mcauser && v.rules == w.rules &&
		    v.step == w.step && v.nwarnings == w.nwarnings,
		    "connection %d on %s: traced and fast verdicts differ", i,
		    name);
		agree += v.allowed;
		dn_free(&peer);
	}
	/* Both outcomes occur, so the comparison meant something. */
	ck_assert_int_gt(agree, 100);
	ck_assert_int_lt(agree, 2900);
	decide_verdict_free(&v);
	decide_verdict_free(&w);
	decide_index_free(x);
	model_free(m);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("decide");
	TCase	*tc = tcase_create("decide");
	SRunner	*sr;
	int	 failed;

	tcase_add_loop_test(tc, test_profile_match, 0, NITEMS(match_cases));
	tcase_add_loop_test(tc, test_profile_order, 0, NITEMS(order_cases));
	tcase_add_loop_test(tc, test_compare, 0, NITEMS(cmp_cases));
	tcase_add_test(tc, test_compare_not_mapping);
	tcase_add_loop_test(tc, test_decide, 0, NITEMS(conn_cases));
	tcase_add_test(tc, test_privileged);
	tcase_add_test(tc, test_rule_table);
	tcase_add_test(tc, test_generated);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	strpool_free();
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
