/*
 * decide.c - the access decision of chlauth.md section 9: BLOCKADDR at
 * the listener, the channel definition and its TLS attributes, the one
 * most specific mapping record, the user the channel runs as, BLOCKUSER
 * and the record's CHCKCLNT, with a trace of every record looked at.
 * How verdicts and records are named and printed is decide-print.c's.
 *
 * This file owns the rules of precedence.  The reference documents only
 * some of them; the rest are its best reading, marked UNCONFIRMED.  Each
 * such rule lives in one place below, named after what it decides:
 *
 *	decide_rules[]		the list of UNCONFIRMED rules (names, sources)
 *	decide_channel_types[]	which record types each channel type evaluates
 *	decide_type_rank[]	record type order on one profile
 *	decide_precedence[]	the steps of the mapping comparator, in order
 *	decide_profile_cmp()	two profiles that both match a channel
 *	dn_specificity_cmp()	two SSLPEER (or SSLCERTI) filters
 *	decide_policy		WARN fall-through, CHLAUTH(DISABLED)
 *	chan_profiles()		which BLOCKUSER record replaces which
 *
 * Address specificity is addr_specificity_cmp() in address.c.
 *
 * Speed.  decide_index_new() compiles every record once (DN filters,
 * address patterns, user lists), groups records by profile and, for
 * every defined channel, lists the profiles that match it, most specific
 * first, and picks its BLOCKUSER record.  Within a profile, mapping
 * records with an exact identity (a literal first CN in SSLPEER, a
 * CLNTUSER, a literal QMNAME, an exact IPv4 ADDRESS on ADDRESSMAP) are
 * found through a hash keyed by (profile, type, identity), so a decision
 * looks only at records that can match, and allocates nothing once the
 * verdict's arrays have grown.  With DECIDE_TRACE every record on a
 * matching profile is examined instead, so the trace can say why each
 * one did not match; the verdict is the same.
 */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "model.h"
#include "schema.h"
#include "xmalloc.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * The UNCONFIRMED rules (chlauth.md section 10 lists them as open).  A
 * verdict names each one it relied on, so that the user knows what to
 * check with DISPLAY CHLAUTH ... MATCH(RUNCHECK) on a live queue manager.
 */
const struct decide_rule_info decide_rules[DRULE_NRULES] = {
	[DRULE_PROFILE_ORDER] = { "profile-order",
	    "of two generic profiles that match, the one with a literal "
	    "character where the other has '*' (left to right) wins, then "
	    "the longer",
	    "chlauth.md 2.3 level 1, borrowing the OAM rule" },
	[DRULE_PROFILE_FIRST] = { "profile-before-type",
	    "a more specific profile wins whatever the record types",
	    "chlauth.md 2.3 level 1" },
	[DRULE_STAR_EMPTY] = { "profile-star-empty",
	    "a '*' in a profile may match no character at all",
	    "chlauth.md 1.2" },
	[DRULE_TYPE_RANK] = { "type-rank",
	    "on one profile SSLPEERMAP beats USERMAP and QMGRMAP, which beat "
	    "ADDRESSMAP",
	    "chlauth.md 2.3 level 2" },
	[DRULE_QUALIFIER] = { "qualifier-present",
	    "a record with a matching ADDRESS, then one with a matching "
	    "SSLCERTI, beats an otherwise equal record without",
	    "chlauth.md 2.3 level 3, 9 step 6(c)" },
	[DRULE_ADDRESS] = { "address-specificity",
	    "exact IP > range > pattern with '*' (more literal parts first) "
	    "> '*' > host name",
	    "chlauth.md 2.3 level 3, 4.3, 9 step 6(d)" },
	[DRULE_IDENTITY] = { "identity-specificity",
	    "the SSLPEER filter that constrains an attribute earlier in MQ's "
	    "list (SERIALNUMBER, MAIL, UID, CN, ...) wins; exact values beat "
	    "wildcards; QMNAME patterns compare like profiles",
	    "chlauth.md 2.3 level 3, 9 step 6(e)" },
	[DRULE_TIE] = { "record-order-tie",
	    "records the precedence rules cannot separate: the one set "
	    "first wins",
	    "chlauth.md 2.3 (implementation advice)" },
	[DRULE_WARN_FALLTHROUGH] = { "warn-fall-through",
	    "a WARN(YES) NOACCESS record is reported and the next matching "
	    "record decides, or none",
	    "chlauth.md 5.3" },
	[DRULE_BLOCKUSER_PROFILE] = { "blockuser-generic-profile",
	    "the BLOCKUSER record on the most specific generic profile "
	    "replaces those on less specific ones",
	    "chlauth.md 2.5" },
	[DRULE_BLOCKUSER_WARN] = { "blockuser-warn-replaces",
	    "a WARN(YES) BLOCKUSER record still replaces less specific ones",
	    "chlauth.md 2.5" },
	[DRULE_PRIVILEGED] = { "privileged-set",
	    "*MQADMIN means exactly the users of the privileged set (default "
	    "mqm and root; --privileged)",
	    "chlauth.md 5.4" },
	[DRULE_DISABLED] = { "chlauth-disabled",
	    "QMGR CHLAUTH(DISABLED) turns off every record, BLOCKADDR and "
	    "BLOCKUSER included",
	    "chlauth.md 5.5" },
	[DRULE_CHANNEL_TYPES] = { "channel-types",
	    "which record types a channel of this type evaluates, and "
	    "whether it accepts inbound connections",
	    "chlauth.md 2.2" },
};

/*
 * Switches for the remaining UNCONFIRMED behaviours, in one place.  Each
 * names its source; flip one and the golden tests show what changes.
 */
static const struct {
	/*
	 * WARN(YES) NOACCESS: report it and let the next matching record
	 * decide (chlauth.md 5.3); 0 would let the connection run as if
	 * no mapping record had matched.
	 */
	int	warn_fallthrough;
	/* CHLAUTH(DISABLED) also skips BLOCKADDR and BLOCKUSER (5.5). */
	int	disabled_skips_blocks;
} decide_policy = { 1, 1 };
/*
 * The BLOCKUSER rule (chlauth.md 2.5) is in chan_profiles(): only the
 * record on the most specific matching profile counts, a WARN(YES) one
 * included (DRULE_BLOCKUSER_WARN).
 */

const char *const decide_default_privileged[] = { "mqm", "root" };
const size_t decide_ndefault_privileged = NITEMS(decide_default_privileged);

/* CHLAUTH record types, in the order of the schema's TYPE values. */
enum rtype {
	RT_BLOCKUSER = 0,
	RT_BLOCKADDR,
	RT_SSLPEERMAP,
	RT_ADDRESSMAP,
	RT_USERMAP,
	RT_QMGRMAP,
	RT_NTYPES
};

#define RTBIT(t)	(1u << (t))
#define RT_MAPS		(RTBIT(RT_SSLPEERMAP) | RTBIT(RT_ADDRESSMAP) | \
			 RTBIT(RT_USERMAP) | RTBIT(RT_QMGRMAP))

static const char *const rtype_names[RT_NTYPES] = {
	"BLOCKUSER", "BLOCKADDR", "SSLPEERMAP", "ADDRESSMAP", "USERMAP",
	"QMGRMAP"
};

/*
 * Which record types a connection on each channel type evaluates, and
 * whether the type accepts inbound connections at all (chlauth.md 2.2).
 * Documented: BLOCKUSER and USERMAP on SVRCONN only, QMGRMAP not on
 * SVRCONN, ADDRESSMAP on all, SSLPEERMAP on all that use TLS, and a RCVR
 * example.  Which receiving types evaluate CHLAUTH at all is UNCONFIRMED
 * beyond SVRCONN and RCVR: the rows marked DRULE_CHANNEL_TYPES.
 */
#define CT_CLIENT	(RTBIT(RT_SSLPEERMAP) | RTBIT(RT_USERMAP) | \
			 RTBIT(RT_ADDRESSMAP) | RTBIT(RT_BLOCKUSER))
#define CT_QM		(RTBIT(RT_SSLPEERMAP) | RTBIT(RT_QMGRMAP) | \
			 RTBIT(RT_ADDRESSMAP))

struct chantype {
	const char		*name;
	int			 inbound;	/* accepts a partner's start */
	int			 client;	/* user flowed by a client */
	unsigned		 types;		/* RTBIT()s evaluated */
	enum decide_rule	 rule;		/* DRULE_NRULES: documented */
	const char		*source;
};

static const struct chantype decide_channel_types[] = {
	{ "SVRCONN", 1, 1, CT_CLIENT, DRULE_NRULES,
	  "chlauth.md 2.2 [DOC BLOCKUSER92] [DOC USERMAP92]" },
	{ "RCVR", 1, 0, CT_QM, DRULE_NRULES,
	  "chlauth.md 2.2 [DOC QMGRMAP92] [EXP POT-LAB8]" },
	{ "RQSTR", 1, 0, CT_QM, DRULE_CHANNEL_TYPES, "chlauth.md 2.2" },
	{ "CLUSRCVR", 1, 0, CT_QM, DRULE_CHANNEL_TYPES, "chlauth.md 2.2" },
	{ "SVR", 1, 0, CT_QM, DRULE_CHANNEL_TYPES, "chlauth.md 2.2" },
	{ "SDR", 1, 0, CT_QM, DRULE_CHANNEL_TYPES, "chlauth.md 2.2" },
	{ "AMQP", 1, 1, CT_CLIENT, DRULE_CHANNEL_TYPES,
	  "chlauth.md 2.2 [OBS MQC-DEV]" },
	{ "MQTT", 1, 1, 0, DRULE_CHANNEL_TYPES, "chlauth.md 2.2" },
	{ "CLUSSDR", 0, 0, 0, DRULE_CHANNEL_TYPES, "chlauth.md 2.2" },
	{ "CLNTCONN", 0, 0, 0, DRULE_NRULES, "mqsc.md 3" },
};

/*
 * Record type order among matches on equally specific profiles
 * (chlauth.md 2.3 level 2): lower wins.  USERMAP above ADDRESSMAP is
 * documented (IBM's MY.SVRCONN example); the rest is UNCONFIRMED.
 * USERMAP and QMGRMAP never compete: no channel type evaluates both.
 */
static const struct {
	int		 rank;
	const char	*source;
} decide_type_rank[RT_NTYPES] = {
	[RT_SSLPEERMAP] = { 1, "chlauth.md 2.3 level 2 (UNCONFIRMED)" },
	[RT_USERMAP] = { 2, "chlauth.md 2.3 level 2: above ADDRESSMAP "
	    "[DOC NEWRULES92]" },
	[RT_QMGRMAP] = { 2, "chlauth.md 2.3 level 2 (UNCONFIRMED)" },
	[RT_ADDRESSMAP] = { 3, "chlauth.md 2.3 level 2 [DOC NEWRULES92]" },
	/* Not mapping records: separate checks (chlauth.md 2.1, 2.5). */
	[RT_BLOCKUSER] = { 9, "chlauth.md 2.3" },
	[RT_BLOCKADDR] = { 9, "chlauth.md 2.3" },
};

enum usersrc { US_MAP = 0, US_NOACCESS, US_CHANNEL };
enum chckclnt { CK_ASQMGR = 0, CK_REQUIRED, CK_REQDADM };

/* A compiled CHLAUTH record. */
struct crec {
	const struct mobj	*o;
	enum rtype		 type;
	enum usersrc		 usersrc;
	enum chckclnt		 chckclnt;
	int			 warn;
	const char		*mcauser;
	struct dgroup		*group;
	int			 has_address;
	struct addr_pattern	 address;
	int			 has_sslcerti;
	struct dn_filter	 sslpeer, sslcerti;
	const char		*clntuser;
	const char		*qmname;
	char			**users;	/* BLOCKUSER */
	size_t			 nusers;
	int			 mqadmin;
	struct addr_pattern	*addrs;		/* BLOCKADDR */
	size_t			 naddrs;
	char			*bad;		/* why it can never match */
	int			 keyed;
	struct crec		*knext;		/* same (profile, type, key) */
};

/* The records of one profile. */
struct dgroup {
	const char	*profile;
	size_t		 len;
	size_t		 prefix;	/* literal characters before '*' */
	int		 generic;
	size_t		 id;
	struct crec	**recs;		/* all but BLOCKADDR, model order */
	size_t		 nrecs;
	struct crec	**unkeyed;	/* mapping records not in the hash */
	size_t		 nunkeyed;
	struct crec	*blockuser;
	unsigned	 types;		/* RTBIT()s present */
	int		 addr_filters;	/* a record with ADDRESS not '*' */
	struct dgroup	*pnext;		/* same literal prefix */
};

struct cgroup {
	struct dgroup	*g;
	unsigned	 prank;		/* 0 = most specific; equal = tie */
};

/* A defined channel, with what decide() needs precomputed. */
struct cchan {
	const struct mobj	*o;
	const char		*name;
	const char		*chltype;
	const struct chantype	*ct;
	const char		*mcauser;
	const char		*sslciph;
	int			 sslcauth_required;
	int			 has_sslpeer;
	struct dn_filter	 sslpeer;
	char			*sslpeer_bad;
	struct cgroup		*groups;
	size_t			 ngroups;
	struct crec		*bu;		/* the BLOCKUSER record */
	unsigned		 bu_rules;
	struct crec		**na;		/* named, type has no effect */
	size_t			 nna;
	unsigned		 types;		/* present on matching groups */
	int			 addr_filters;
};

/* Open addressing: keys are borrowed strings; tag separates spaces. */
struct hslot {
	uint64_t	 h;
	const char	*key;
	size_t		 len;
	uint32_t	 tag;
	void		*val;
};

struct htab {
	struct hslot	*s;
	size_t		 mask;
};

struct decide_index {
	const struct model	*m;
	struct crec		*recs;
	size_t			 nrecs;
	struct dgroup		*groups;
	size_t			 ngroups;
	struct cchan		*chans;
	size_t			 nchans;
	struct crec		**blockaddr;
	size_t			 nblockaddr;
	struct htab		 profiles;	/* tag 0 exact, 1 prefix */
	struct htab		 keys;		/* tag: group id, type */
	struct htab		 channels;
	struct htab		 byobj;		/* crec of a model record */
	int			 enabled;	/* QMGR CHLAUTH(ENABLED) */
	int			 revdns;	/* QMGR REVDNS(ENABLED) */
};

/* One matching mapping record during a decision. */
struct decide_cand {
	const struct crec	*r;
	unsigned		 prank;
	long			 trace;		/* index in v->trace, or -1 */
	int			 skipped;	/* WARN(YES): passed over */
};

/*
 * Small helpers.
 */

static const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

static int
blank(const char *s)
{
	return s == NULL || s[strspn(s, " ")] == '\0';
}

static uint64_t
hash_bytes(uint32_t tag, const char *s, size_t n)
{
	uint64_t	 h = 1469598103934665603ULL;
	size_t		 i;

	h = (h ^ tag) * 1099511628211ULL;
	h = (h ^ (tag >> 16)) * 1099511628211ULL;
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h ^ (h >> 29);
}

static void
ht_init(struct htab *t, size_t n)
{
	size_t	 cap = 16;

	while (cap < 2 * n + 2)
		cap *= 2;
	t->s = xcalloc(cap, sizeof *t->s);
	t->mask = cap - 1;
}

/* The slot for a key: found, or empty (then key == NULL). */
static struct hslot *
ht_find(const struct htab *t, uint32_t tag, const char *key, size_t len)
{
	uint64_t	 h = hash_bytes(tag, key, len);
	size_t		 i = (size_t)h & t->mask;
	struct hslot	*s;

	for (;; i = (i + 1) & t->mask) {
		s = &t->s[i];
		if (s->key == NULL)
			return s;
		if (s->h == h && s->tag == tag && s->len == len &&
		    memcmp(s->key, key, len) == 0)
			return s;
	}
}

static struct hslot *
ht_put(struct htab *t, uint32_t tag, const char *key, size_t len)
{
	struct hslot	*s = ht_find(t, tag, key, len);

	if (s->key == NULL) {
		s->h = hash_bytes(tag, key, len);
		s->key = key;
		s->len = len;
		s->tag = tag;
	}
	return s;
}

static void *
ht_get(const struct htab *t, uint32_t tag, const char *key, size_t len)
{
	return ht_find(t, tag, key, len)->val;
}

#define KEYTAG(gid, type)	((uint32_t)(gid) * 8 + (uint32_t)(type))

/*
 * Profiles.
 */

/*
 * Glob match: '*' matches min or more characters (min 0 or 1), anywhere,
 * any number of times.  The classic two-pointer scan, linear in practice
 * and never exponential: only the last '*' is backtracked.
 */
static int
glob_match(const char *p, const char *s, int min, int icase)
{
	const char	*star = NULL, *mark = NULL;

	while (*s != '\0') {
		if (*p == '*') {
			star = ++p;
			if (min > 0)
				s++;
			mark = s;
			continue;
		}
		if (*p != '\0' && (*p == *s || (icase &&
		    toupper((unsigned char)*p) ==
		    toupper((unsigned char)*s)))) {
			p++;
			s++;
			continue;
		}
		if (star == NULL || *mark == '\0')
			return 0;
		p = star;
		s = ++mark;
	}
	if (min == 0)
		while (*p == '*')
			p++;
	return *p == '\0';
}

int
decide_profile_match(const char *profile, const char *name)
{
	return glob_match(profile, name, 0, 0);
}

/*
 * Profile order (chlauth.md 2.3 level 1).  Documented: a name without
 * '*' beats any generic profile that matches (SYSTEM.ADMIN.SVRCONN over
 * SYSTEM.*, named channels over the '*' back-stop).  Two generic
 * profiles: UNCONFIRMED; the reference proposes IBM's OAM rule: compare
 * left to right, at the first position where one has a literal character
 * and the other '*' the literal wins; if neither does, the longer
 * profile wins.  Seen as strings over {literal, '*'}, that is a total
 * order, so sorting by it is sound.
 */
int
decide_profile_cmp(const char *a, const char *b, enum decide_rule *rule)
{
	int	 ga = strchr(a, '*') != NULL, gb = strchr(b, '*') != NULL;
	size_t	 i;

	if (rule != NULL)
		*rule = DRULE_NRULES;
	if (ga != gb)
		return ga ? 1 : -1;
	if (!ga)
		return 0;	/* two names: only the same one can match */
	if (rule != NULL)
		*rule = DRULE_PROFILE_ORDER;
	for (i = 0; a[i] != '\0' && b[i] != '\0'; i++) {
		if ((a[i] == '*') != (b[i] == '*'))
			return a[i] == '*' ? 1 : -1;
	}
	if (a[i] != b[i])
		return a[i] == '\0' ? 1 : -1;
	return 0;
}

/*
 * DN filter specificity (chlauth.md 2.3 level 3, UNCONFIRMED and
 * speculative): walk the attribute types in the order of IBM's SSLPEER
 * rules list (SERIALNUMBER, MAIL, UID, CN, T, OU, DC, O, STREET, L, ST,
 * PC, C, ...; enum dn_type follows it); the first type one filter
 * constrains and the other does not decides.  For a type both constrain:
 * an exact value beats a wildcard, then more literal characters, then
 * more values (OU, DC).  Then the filter with more attributes wins.
 */
static int
dn_first(const struct dn_filter *f, enum dn_type t, unsigned *count)
{
	size_t	 i;
	int	 first = -1;

	*count = 0;
	for (i = 0; i < f->navas; i++) {
		if (f->avas[i].type != t)
			continue;
		if (first == -1)
			first = (int)i;
		(*count)++;
	}
	return first;
}

static int
dn_specificity_cmp(const struct dn_filter *a, const struct dn_filter *b)
{
	const struct dn_filter_ava	*x, *y;
	unsigned			 na, nb;
	int				 ia, ib, t, wa, wb;

	for (t = 1; t <= DN_NTYPES; t++) {
		enum dn_type type = t == DN_NTYPES ? DN_T_OTHER :
		    (enum dn_type)t;

		ia = dn_first(a, type, &na);
		ib = dn_first(b, type, &nb);
		if ((ia == -1) != (ib == -1))
			return ia != -1 ? -1 : 1;
		if (ia == -1)
			continue;
		x = &a->avas[ia];
		y = &b->avas[ib];
		wa = (x->flags & (DN_FA_STAR_HEAD | DN_FA_STAR_TAIL)) != 0;
		wb = (y->flags & (DN_FA_STAR_HEAD | DN_FA_STAR_TAIL)) != 0;
		if (wa != wb)
			return wa ? 1 : -1;
		if (x->fold_len != y->fold_len)
			return x->fold_len > y->fold_len ? -1 : 1;
		if (na != nb)
			return na > nb ? -1 : 1;
	}
	if (a->navas != b->navas)
		return a->navas > b->navas ? -1 : 1;
	return 0;
}

/*
 * The mapping comparator.  Steps in order; each returns < 0 when a wins,
 * and sets *rule to the UNCONFIRMED rule its answer rests on (or leaves
 * DRULE_NRULES when the outcome is documented).  Reorder the table to
 * change the precedence.
 */
typedef int (*prec_fn)(const struct decide_cand *, const struct decide_cand *,
    enum decide_rule *, unsigned *);

static int
prec_profile(const struct decide_cand *a, const struct decide_cand *b,
    enum decide_rule *rule, unsigned *more)
{
	const struct decide_cand *w, *l;

	if (a->prank == b->prank)
		return 0;
	w = a->prank < b->prank ? a : b;
	l = w == a ? b : a;
	/* Named beats generic: documented.  Generic vs generic: not. */
	if (w->r->group->generic)
		*rule = DRULE_PROFILE_ORDER;
	/* The profile decided against the type rank: not documented. */
	if (decide_type_rank[l->r->type].rank <
	    decide_type_rank[w->r->type].rank)
		*more |= 1u << DRULE_PROFILE_FIRST;
	return w == a ? -1 : 1;
}

static int
prec_type(const struct decide_cand *a, const struct decide_cand *b,
    enum decide_rule *rule, unsigned *more)
{
	int	 ra = decide_type_rank[a->r->type].rank;
	int	 rb = decide_type_rank[b->r->type].rank;
	const struct crec *w, *l;

	(void)more;
	if (ra == rb)
		return 0;
	w = ra < rb ? a->r : b->r;
	l = w == a->r ? b->r : a->r;
	/* IBM's MY.SVRCONN: USERMAP over ADDRESSMAP ADDRESS('*'). */
	if (!(w->type == RT_USERMAP && l->type == RT_ADDRESSMAP &&
	    l->address.kind == ADDR_ANY))
		*rule = DRULE_TYPE_RANK;
	return ra < rb ? -1 : 1;
}

static int
prec_qualifier(const struct decide_cand *a, const struct decide_cand *b,
    enum decide_rule *rule, unsigned *more)
{
	(void)more;
	*rule = DRULE_QUALIFIER;
	if (a->r->has_address != b->r->has_address)
		return a->r->has_address ? -1 : 1;
	if (a->r->has_sslcerti != b->r->has_sslcerti)
		return a->r->has_sslcerti ? -1 : 1;
	return 0;
}

static int
prec_address(const struct decide_cand *a, const struct decide_cand *b,
    enum decide_rule *rule, unsigned *more)
{
	const struct addr_pattern *w, *l;
	int	 c;

	(void)more;
	if (!a->r->has_address || !b->r->has_address)
		return 0;
	c = addr_specificity_cmp(&a->r->address, &b->r->address);
	if (c == 0)
		return 0;
	w = c < 0 ? &a->r->address : &b->r->address;
	l = c < 0 ? &b->r->address : &a->r->address;
	/* IBM's APP2.CHAN: an IP range (no '*') over ADDRESS('*'). */
	if (!((w->kind == ADDR_IPV4 || w->kind == ADDR_IPV6) &&
	    w->nstar == 0 && l->kind == ADDR_ANY))
		*rule = DRULE_ADDRESS;
	return c;
}

static int
prec_identity(const struct decide_cand *a, const struct decide_cand *b,
    enum decide_rule *rule, unsigned *more)
{
	int	 c = 0;

	(void)more;
	if (a->r->type != b->r->type)
		return 0;
	if (a->r->type == RT_SSLPEERMAP) {
		c = dn_specificity_cmp(&a->r->sslpeer, &b->r->sslpeer);
		if (c == 0 && a->r->has_sslcerti && b->r->has_sslcerti)
			c = dn_specificity_cmp(&a->r->sslcerti,
			    &b->r->sslcerti);
	} else if (a->r->type == RT_QMGRMAP)
		c = decide_profile_cmp(a->r->qmname, b->r->qmname, NULL);
	if (c != 0)
		*rule = DRULE_IDENTITY;
	return c;
}

static const struct {
	enum decide_step	 step;
	prec_fn			 cmp;
	const char		*source;
} decide_precedence[] = {
	{ DSTEP_PROFILE, prec_profile, "chlauth.md 2.3 level 1, 9 step 6(a)" },
	{ DSTEP_TYPE, prec_type, "chlauth.md 2.3 level 2, 9 step 6(b)" },
	{ DSTEP_QUALIFIER, prec_qualifier, "chlauth.md 2.3 level 3, 6(c)" },
	{ DSTEP_ADDRESS, prec_address, "chlauth.md 2.3 level 3, 6(d)" },
	{ DSTEP_IDENTITY, prec_identity, "chlauth.md 2.3 level 3, 6(e)" },
};

/* < 0 when a wins; ties fall to record order (DSTEP_ORDER). */
static int
cand_cmp(const struct decide_cand *a, const struct decide_cand *b,
    enum decide_step *step, unsigned *rules)
{
	enum decide_rule rule;
	unsigned	 more;
	size_t		 i;
	int		 c;

	for (i = 0; i < NITEMS(decide_precedence); i++) {
		rule = DRULE_NRULES;
		more = 0;
		c = decide_precedence[i].cmp(a, b, &rule, &more);
		if (c != 0) {
			*step = decide_precedence[i].step;
			*rules = more | (rule != DRULE_NRULES ? 1u << rule : 0);
			return c;
		}
	}
	*step = DSTEP_ORDER;
	*rules = 1u << DRULE_TIE;
	return a->r->o->seq < b->r->o->seq ? -1 : 1;
}

/*
 * Building the index.
 */

const char *
decide_record_type(const struct mobj *o)
{
	return o->subtype >= 0 && o->obj->subtypes != NULL ?
	    o->obj->subtypes[o->subtype] : NULL;
}

static int
is_chlauth(const struct mobj *o)
{
	return strcmp(o->obj->name, "CHLAUTH") == 0 && decide_record_type(o) != NULL;
}

static void
set_bad(struct crec *r, const char *what, const char *msg)
{
	if (r->bad == NULL && asprintf(&r->bad, "its %s does not parse: %s",
	    what, msg) < 0)
		r->bad = NULL;
}

static void
compile_dn(struct crec *r, const char *what, const char *s,
    struct dn_filter *f)
{
	struct dn_error	 err;

	if (dn_filter_parse(s, strlen(s), f, &err) != 0)
		set_bad(r, what, err.message);
}

static char **
split_commas(const char *s, size_t *n)
{
	char	**v;
	size_t	 k = 0, cap = 1;
	const char *p;

	for (p = s; *p != '\0'; p++)
		if (*p == ',')
			cap++;
	v = xcalloc(cap + 1, sizeof *v);
	while (*s != '\0') {
		size_t len = strcspn(s, ",");

		if (len > 0)
			v[k++] = xstrndup(s, len);
		s += len;
		if (*s == ',')
			s++;
	}
	*n = k;
	return v;
}

static void
compile_rec(struct crec *r, const struct mobj *o)
{
	const char	*t = decide_record_type(o), *v;
	struct addr_error aerr;
	size_t		 i;

	r->o = o;
	for (i = 0; i < RT_NTYPES; i++)
		if (strcmp(t, rtype_names[i]) == 0)
			r->type = (enum rtype)i;
	v = nz(mobj_get(o, "USERSRC"));
	r->usersrc = strcmp(v, "NOACCESS") == 0 ? US_NOACCESS :
	    strcmp(v, "CHANNEL") == 0 ? US_CHANNEL : US_MAP;
	v = nz(mobj_get(o, "CHCKCLNT"));
	r->chckclnt = strcmp(v, "REQUIRED") == 0 ? CK_REQUIRED :
	    strcmp(v, "REQDADM") == 0 ? CK_REQDADM : CK_ASQMGR;
	r->warn = strcmp(nz(mobj_get(o, "WARN")), "YES") == 0;
	r->mcauser = nz(mobj_get(o, "MCAUSER"));
	switch (r->type) {
	case RT_BLOCKUSER:
		r->users = split_commas(nz(mobj_get(o, "USERLIST")),
		    &r->nusers);
		for (i = 0; i < r->nusers; i++)
			if (strcmp(r->users[i], "*MQADMIN") == 0)
				r->mqadmin = 1;
		return;
	case RT_BLOCKADDR: {
		char	**items;
		size_t	 n;

		items = split_commas(nz(mobj_get(o, "ADDRLIST")), &n);
		r->addrs = xcalloc(n + 1, sizeof *r->addrs);
		for (i = 0; i < n; i++) {
			if (addr_pattern_parse(items[i], strlen(items[i]), 0,
			    &r->addrs[r->naddrs], &aerr) == 0)
				r->naddrs++;
			else
				set_bad(r, "ADDRLIST", aerr.message);
			free(items[i]);
		}
		free(items);
		return;
	}
	case RT_SSLPEERMAP:
		compile_dn(r, "SSLPEER", nz(mobj_get(o, "SSLPEER")),
		    &r->sslpeer);
		v = nz(mobj_get(o, "SSLCERTI"));
		if (!blank(v)) {
			r->has_sslcerti = 1;
			compile_dn(r, "SSLCERTI", v, &r->sslcerti);
		}
		break;
	case RT_USERMAP:
		r->clntuser = nz(mobj_get(o, "CLNTUSER"));
		break;
	case RT_QMGRMAP:
		r->qmname = nz(mobj_get(o, "QMNAME"));
		break;
	default:
		break;
	}
	v = nz(mobj_get(o, "ADDRESS"));
	if (!blank(v)) {
		r->has_address = 1;
		if (addr_pattern_parse(v, strlen(v), 1, &r->address,
		    &aerr) != 0)
			set_bad(r, "ADDRESS", aerr.message);
	}
}

static void
free_rec(struct crec *r)
{
	size_t	 i;

	dn_filter_free(&r->sslpeer);
	dn_filter_free(&r->sslcerti);
	addr_pattern_free(&r->address);
	for (i = 0; i < r->nusers; i++)
		free(r->users[i]);
	free(r->users);
	for (i = 0; i < r->naddrs; i++)
		addr_pattern_free(&r->addrs[i]);
	free(r->addrs);
	free(r->bad);
}

/*
 * The identity key of a mapping record, when it has an exact one: the
 * value a connection must carry for the record to match.  Records
 * without one are scanned.
 */
static int
rec_key(const struct crec *r, const char **key, size_t *len)
{
	const struct dn_filter_ava *fa;
	size_t	 i;

	if (r->bad != NULL)
		return 0;
	switch (r->type) {
	case RT_SSLPEERMAP:
		/* The first CN of the filter compares with the first CN. */
		for (i = 0; i < r->sslpeer.navas; i++) {
			fa = &r->sslpeer.avas[i];
			if (fa->type != DN_T_CN || fa->nth != 0)
				continue;
			if (fa->flags & (DN_FA_STAR_HEAD | DN_FA_STAR_TAIL))
				return 0;
			*key = fa->fold;
			*len = fa->fold_len;
			return 1;
		}
		return 0;
	case RT_USERMAP:
		*key = r->clntuser;
		*len = strlen(r->clntuser);
		return 1;
	case RT_QMGRMAP:
		if (strchr(r->qmname, '*') != NULL)
			return 0;
		*key = r->qmname;
		*len = strlen(r->qmname);
		return 1;
	case RT_ADDRESSMAP:
		if (r->address.kind != ADDR_IPV4 || r->address.nstar != 0 ||
		    r->address.nrange != 0 || r->address.nalt != 1)
			return 0;
		*key = (const char *)&r->address.v4lo;
		*len = sizeof r->address.v4lo;
		return 1;
	default:
		return 0;
	}
}

/* Groups whose profile matches name, in out (grown), unsorted. */
static size_t
match_groups(const struct decide_index *x, const char *name,
    struct cgroup **out, size_t *cap)
{
	size_t		 n = 0, len = strlen(name), l;
	struct dgroup	*g;

	for (l = 0; l <= len; l++) {
		g = ht_get(&x->profiles, 1, name, l);
		if (l == len && g == NULL)
			break;
		for (; g != NULL; g = g->pnext) {
			if (!glob_match(g->profile, name, 0, 0))
				continue;
			if (n == *cap) {
				*cap = *cap ? *cap * 2 : 8;
				*out = xreallocarray(*out, *cap, sizeof **out);
			}
			(*out)[n++].g = g;
		}
	}
	g = ht_get(&x->profiles, 0, name, len);
	if (g != NULL) {
		if (n == *cap) {
			*cap = *cap ? *cap * 2 : 8;
			*out = xreallocarray(*out, *cap, sizeof **out);
		}
		(*out)[n++].g = g;
	}
	return n;
}

/* Sort matching groups, most specific first, and rank them. */
static void
rank_groups(struct cgroup *v, size_t n)
{
	size_t		 i, j;
	struct cgroup	 t;
	int		 c;

	for (i = 1; i < n; i++) {
		t = v[i];
		for (j = i; j > 0; j--) {
			c = decide_profile_cmp(t.g->profile,
			    v[j - 1].g->profile, NULL);
			if (c > 0 || (c == 0 && t.g->id > v[j - 1].g->id))
				break;
			v[j] = v[j - 1];
		}
		v[j] = t;
	}
	for (i = 0; i < n; i++)
		v[i].prank = i == 0 ? 0 : v[i - 1].prank +
		    (decide_profile_cmp(v[i - 1].g->profile, v[i].g->profile,
		    NULL) != 0);
}

static const struct chantype *
chantype_of(const char *name)
{
	size_t	 i;

	for (i = 0; i < NITEMS(decide_channel_types); i++)
		if (strcmp(decide_channel_types[i].name, name) == 0)
			return &decide_channel_types[i];
	return NULL;
}

static void chan_profiles(const struct decide_index *, struct cchan *);

static void
build_channel(struct decide_index *x, struct cchan *c, const struct mobj *o)
{
	struct dn_error	 err;
	const char	*v;

	c->o = o;
	c->name = o->name;
	c->chltype = nz(decide_record_type(o));
	c->ct = chantype_of(c->chltype);
	c->mcauser = nz(mobj_get(o, "MCAUSER"));
	c->sslciph = nz(mobj_get(o, "SSLCIPH"));
	c->sslcauth_required = strcmp(nz(mobj_get(o, "SSLCAUTH")),
	    "OPTIONAL") != 0;
	v = nz(mobj_get(o, "SSLPEER"));
	if (!blank(v)) {
		c->has_sslpeer = 1;
		if (dn_filter_parse(v, strlen(v), &c->sslpeer, &err) != 0)
			c->sslpeer_bad = xstrdup(err.message);
	}
	chan_profiles(x, c);
}

/* The profiles that match a channel, its BLOCKUSER record and more. */
static void
chan_profiles(const struct decide_index *x, struct cchan *c)
{
	size_t		 i, cap = 0, k;
	struct crec	*r;

	c->ngroups = match_groups(x, c->name, &c->groups, &cap);
	rank_groups(c->groups, c->ngroups);

	/*
	 * BLOCKUSER: only the record on the most specific matching profile
	 * counts (chlauth.md 2.5).  A named channel's record replacing the
	 * '*' one is documented; anything else it replaces is not.
	 */
	for (i = 0; i < c->ngroups; i++) {
		struct dgroup *g = c->groups[i].g;

		c->types |= g->types;
		c->addr_filters |= g->addr_filters;
		if (g->blockuser == NULL)
			continue;
		if (c->bu == NULL) {
			c->bu = g->blockuser;
			continue;
		}
		if (c->bu->group->generic)
			c->bu_rules |= 1u << DRULE_BLOCKUSER_PROFILE;
		if (c->bu->warn)
			c->bu_rules |= 1u << DRULE_BLOCKUSER_WARN;
	}
	/* Records on this channel's own name that its type ignores. */
	if (c->ngroups > 0 && !c->groups[0].g->generic && c->ct != NULL) {
		struct dgroup *g = c->groups[0].g;

		for (k = 0; k < g->nrecs; k++) {
			r = g->recs[k];
			if (c->ct->types & RTBIT(r->type))
				continue;
			c->na = xreallocarray(c->na, c->nna + 1, sizeof *c->na);
			c->na[c->nna++] = r;
		}
	}
}

struct decide_index *
decide_index_new(const struct model *m)
{
	struct decide_index *x;
	struct crec	*r;
	struct dgroup	*g;
	struct hslot	*s;
	size_t		 i, n = 0, k;
	const char	*key;
	size_t		 klen;

	x = xcalloc(1, sizeof *x);
	x->m = m;
	x->enabled = strcmp(nz(mobj_get(m->qmgr, "CHLAUTH")), "DISABLED") !=
	    0;
	x->revdns = strcmp(nz(mobj_get(m->qmgr, "REVDNS")), "DISABLED") != 0;

	for (i = 0; i < m->nrecs; i++)
		if (is_chlauth(m->recs[i]))
			n++;
	x->recs = xcalloc(n + 1, sizeof *x->recs);
	for (i = 0; i < m->nrecs; i++)
		if (is_chlauth(m->recs[i]))
			compile_rec(&x->recs[x->nrecs++], m->recs[i]);
	/* decide_compare() finds a record's crec by the pointer's bytes. */
	ht_init(&x->byobj, x->nrecs);
	for (i = 0; i < x->nrecs; i++)
		ht_put(&x->byobj, 0, (const char *)&x->recs[i].o,
		    sizeof x->recs[i].o)->val = &x->recs[i];

	/* Group by profile, in order of first appearance. */
	{
		struct htab	 byname;

		ht_init(&byname, x->nrecs);
		x->groups = xcalloc(x->nrecs + 1, sizeof *x->groups);
		for (i = 0; i < x->nrecs; i++) {
			r = &x->recs[i];
			if (r->type == RT_BLOCKADDR) {
				x->blockaddr = xreallocarray(x->blockaddr,
				    x->nblockaddr + 1, sizeof *x->blockaddr);
				x->blockaddr[x->nblockaddr++] = r;
				continue;
			}
			s = ht_put(&byname, 0, r->o->name, strlen(r->o->name));
			if (s->val == NULL) {
				g = &x->groups[x->ngroups];
				g->id = x->ngroups++;
				g->profile = r->o->name;
				g->len = strlen(g->profile);
				g->prefix = strcspn(g->profile, "*");
				g->generic = g->profile[g->prefix] == '*';
				s->val = g;
			}
			r->group = s->val;
			r->group->nrecs++;
		}
		free(byname.s);
	}
	for (i = 0; i < x->ngroups; i++) {
		g = &x->groups[i];
		g->recs = xcalloc(g->nrecs, sizeof *g->recs);
		g->unkeyed = xcalloc(g->nrecs, sizeof *g->unkeyed);
		g->nrecs = 0;
	}
	ht_init(&x->keys, x->nrecs);
	/* Backwards, so that prepending keeps each chain in model order. */
	for (i = x->nrecs; i-- > 0; ) {
		r = &x->recs[i];
		if ((g = r->group) == NULL)
			continue;
		g->types |= RTBIT(r->type);
		if (r->has_address && r->address.kind != ADDR_ANY)
			g->addr_filters = 1;
		if (r->type == RT_BLOCKUSER) {
			g->blockuser = r;
			continue;
		}
		if (rec_key(r, &key, &klen)) {
			s = ht_put(&x->keys, KEYTAG(g->id, r->type), key, klen);
			r->knext = s->val;
			s->val = r;
			r->keyed = 1;
		}
	}
	for (i = 0; i < x->nrecs; i++) {
		r = &x->recs[i];
		if ((g = r->group) == NULL)
			continue;
		g->recs[g->nrecs++] = r;
		if (r->type != RT_BLOCKUSER && !r->keyed)
			g->unkeyed[g->nunkeyed++] = r;
	}

	/* Profiles: names exactly, generic ones by their literal prefix. */
	ht_init(&x->profiles, x->ngroups);
	for (i = x->ngroups; i-- > 0; ) {
		g = &x->groups[i];
		s = ht_put(&x->profiles, g->generic, g->profile,
		    g->generic ? g->prefix : g->len);
		g->pnext = s->val;
		s->val = g;
	}

	/* Channels (not CLNTCONN: another name space). */
	n = 0;
	for (i = 0; i < m->tsize; i++) {
		const struct mobj *o;

		for (o = m->table[i]; o != NULL; o = o->hnext)
			if (strcmp(o->obj->name, "CHANNEL") == 0 &&
			    model_ns(o->obj, o->subtype) == NS_CHANNEL)
				n++;
	}
	x->chans = xcalloc(n + 1, sizeof *x->chans);
	ht_init(&x->channels, n);
	for (i = 0; i < m->tsize; i++) {
		const struct mobj *o;

		for (o = m->table[i]; o != NULL; o = o->hnext) {
			if (strcmp(o->obj->name, "CHANNEL") != 0 ||
			    model_ns(o->obj, o->subtype) != NS_CHANNEL)
				continue;
			k = x->nchans++;
			build_channel(x, &x->chans[k], o);
			s = ht_put(&x->channels, 0, o->name, strlen(o->name));
			s->val = &x->chans[k];
		}
	}
	return x;
}

void
decide_index_free(struct decide_index *x)
{
	size_t	 i;

	if (x == NULL)
		return;
	for (i = 0; i < x->nrecs; i++)
		free_rec(&x->recs[i]);
	for (i = 0; i < x->ngroups; i++) {
		free(x->groups[i].recs);
		free(x->groups[i].unkeyed);
	}
	for (i = 0; i < x->nchans; i++) {
		dn_filter_free(&x->chans[i].sslpeer);
		free(x->chans[i].sslpeer_bad);
		free(x->chans[i].groups);
		free(x->chans[i].na);
	}
	free(x->recs);
	free(x->groups);
	free(x->chans);
	free(x->blockaddr);
	free(x->profiles.s);
	free(x->keys.s);
	free(x->channels.s);
	free(x->byobj.s);
	free(x);
}

/*
 * The verdict.
 */

void
decide_conn_init(struct decide_conn *c)
{
	memset(c, 0, sizeof *c);
}

void
decide_verdict_init(struct decide_verdict *v)
{
	memset(v, 0, sizeof *v);
}

void
decide_verdict_free(struct decide_verdict *v)
{
	free(v->warnings);
	free(v->trace);
	free(v->cands);
	memset(v, 0, sizeof *v);
}

static struct decide_trace *
trace_add(struct decide_verdict *v, enum decide_phase ph,
    enum decide_result res, const struct mobj *rec, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static struct decide_trace *
trace_add(struct decide_verdict *v, enum decide_phase ph,
    enum decide_result res, const struct mobj *rec, const char *fmt, ...)
{
	struct decide_trace	*t;
	va_list			 ap;

	if (v->ntrace == v->captrace) {
		v->captrace = v->captrace ? v->captrace * 2 : 32;
		v->trace = xreallocarray(v->trace, v->captrace,
		    sizeof *v->trace);
	}
	t = &v->trace[v->ntrace++];
	t->phase = ph;
	t->result = res;
	t->rec = rec;
	t->step = DSTEP_NONE;
	va_start(ap, fmt);
	vsnprintf(t->detail, sizeof t->detail, fmt, ap);
	va_end(ap);
	return t;
}

static void
warn_add(struct decide_verdict *v, const struct mobj *rec, const char *fmt,
    ...) __attribute__((format(printf, 3, 4)));

static void
warn_add(struct decide_verdict *v, const struct mobj *rec, const char *fmt,
    ...)
{
	struct decide_warning	*w;
	va_list			 ap;

	if (v->nwarnings == v->capwarnings) {
		v->capwarnings = v->capwarnings ? v->capwarnings * 2 : 8;
		v->warnings = xreallocarray(v->warnings, v->capwarnings,
		    sizeof *v->warnings);
	}
	w = &v->warnings[v->nwarnings++];
	w->rec = rec;
	va_start(ap, fmt);
	vsnprintf(w->text, sizeof w->text, fmt, ap);
	va_end(ap);
}

static void
cand_add(struct decide_verdict *v, const struct crec *r, unsigned prank,
    long trace)
{
	struct decide_cand	*c;

	if (v->ncands == v->capcands) {
		v->capcands = v->capcands ? v->capcands * 2 : 16;
		v->cands = xreallocarray(v->cands, v->capcands,
		    sizeof *v->cands);
	}
	c = &v->cands[v->ncands++];
	c->r = r;
	c->prank = prank;
	c->trace = trace;
	c->skipped = 0;
}

static int
privileged(const struct decide_conn *c, const char *user)
{
	const char *const *set = c->privileged != NULL ? c->privileged :
	    decide_default_privileged;
	size_t	 n = c->privileged != NULL ? c->nprivileged :
	    decide_ndefault_privileged, i;

	for (i = 0; i < n; i++)
		if (strcmp(set[i], user) == 0)
			return 1;
	return 0;
}

/* Per-decision facts the matcher needs. */
struct dctx {
	const struct decide_index *x;
	const struct decide_conn *c;
	const struct dn		*subject;	/* NULL without TLS */
	const char		*hostname;	/* NULL if REVDNS off */
	int			 need_addr;	/* matched but for ADDRESS */
	int			 trace;
};

/* Does mapping record r match?  On no, why (if not NULL) says why. */
static int
rec_match(struct dctx *d, const struct crec *r, char *why, size_t wlen)
{
	const struct decide_conn *c = d->c;
	struct dn_match_trace	 t, *tp = why != NULL ? &t : NULL;
	char			 ip[64];

	if (r->bad != NULL) {
		if (why != NULL)
			snprintf(why, wlen, "the record can never match: %s",
			    r->bad);
		return 0;
	}
	switch (r->type) {
	case RT_SSLPEERMAP:
		if (d->subject == NULL) {
			if (why != NULL)
				snprintf(why, wlen, "there is no certificate "
				    "DN to match SSLPEER against (%s)",
				    c->subject == NULL ? "no certificate" :
				    "the channel does not use TLS");
			return 0;
		}
		if (!dn_match(&r->sslpeer, d->subject, tp)) {
			if (why != NULL)
				snprintf(why, wlen, "SSLPEER: %s", t.message);
			return 0;
		}
		if (r->has_sslcerti) {
			if (c->issuer == NULL) {
				if (why != NULL)
					snprintf(why, wlen, "SSLCERTI: the "
					    "issuer DN is not known (give "
					    "--sslcerti or --cert)");
				return 0;
			}
			if (!dn_match(&r->sslcerti, c->issuer, tp)) {
				if (why != NULL)
					snprintf(why, wlen, "SSLCERTI "
					    "(issuer DN): %s", t.message);
				return 0;
			}
		}
		break;
	case RT_USERMAP:
		if (c->clntuser == NULL) {
			if (why != NULL)
				snprintf(why, wlen, "no client user ID was "
				    "given (--clntuser)");
			return 0;
		}
		if (strcmp(r->clntuser, c->clntuser) != 0) {
			if (why != NULL)
				snprintf(why, wlen, "CLNTUSER('%s') is not "
				    "the client's user ID '%s' (compared "
				    "exactly, case included)", r->clntuser,
				    c->clntuser);
			return 0;
		}
		break;
	case RT_QMGRMAP:
		if (c->qmname == NULL) {
			if (why != NULL)
				snprintf(why, wlen, "no partner queue manager "
				    "name was given (--qmname)");
			return 0;
		}
		if (!glob_match(r->qmname, c->qmname, 0, 0)) {
			if (why != NULL)
				snprintf(why, wlen, "QMNAME('%s') does not "
				    "match the partner queue manager '%s'",
				    r->qmname, c->qmname);
			return 0;
		}
		break;
	default:
		break;
	}
	if (!r->has_address || r->address.kind == ADDR_ANY)
		return 1;
	if (r->address.kind == ADDR_HOST) {
		if (d->hostname != NULL && addr_match(&r->address, c->address,
		    d->hostname))
			return 1;
		if (why != NULL) {
			if (d->hostname == NULL)
				snprintf(why, wlen, "ADDRESS('%s') is a host "
				    "name, and the connection's host name is "
				    "not known (%s)",
				    addr_pattern_text(&r->address),
				    !d->x->revdns ? "QMGR REVDNS(DISABLED)" :
				    "no reverse lookup is simulated");
			else
				snprintf(why, wlen, "the host name '%s' does "
				    "not match ADDRESS('%s')", d->hostname,
				    addr_pattern_text(&r->address));
		}
		return 0;
	}
	if (c->address == NULL) {
		d->need_addr = 1;
		if (why != NULL)
			snprintf(why, wlen, "ADDRESS('%s') cannot be checked: "
			    "no address was given (--address)",
			    addr_pattern_text(&r->address));
		return 0;
	}
	if (addr_match(&r->address, c->address, NULL))
		return 1;
	if (why != NULL) {
		addr_ip_format(c->address, ip, sizeof ip);
		snprintf(why, wlen, "the address %s does not match "
		    "ADDRESS('%s')", ip, addr_pattern_text(&r->address));
	}
	return 0;
}

/* Step 1: BLOCKADDR, at the listener, before the channel is known. */
static int
step_blockaddr(struct dctx *d, struct decide_verdict *v)
{
	const struct decide_index *x = d->x;
	const struct crec	*r;
	char			 ip[64];
	size_t			 i, k;

	if (x->nblockaddr == 0) {
		if (d->trace)
			trace_add(v, DPH_BLOCKADDR, DRES_INFO, NULL,
			    "no BLOCKADDR record");
		return 0;
	}
	for (i = 0; i < x->nblockaddr; i++) {
		r = x->blockaddr[i];
		if (d->c->address == NULL) {
			if (d->trace)
				trace_add(v, DPH_BLOCKADDR, DRES_SKIPPED,
				    r->o, "no address was given (--address)");
			warn_add(v, r->o, "BLOCKADDR was not checked: no "
			    "address was given (--address)");
			continue;
		}
		for (k = 0; k < r->naddrs; k++)
			if (addr_match(&r->addrs[k], d->c->address, NULL))
				break;
		/* Formatted only for messages: it is a printf. */
		if (d->trace || (k < r->naddrs && r->warn))
			addr_ip_format(d->c->address, ip, sizeof ip);
		if (k == r->naddrs) {
			if (d->trace)
				trace_add(v, DPH_BLOCKADDR, DRES_PASS, r->o,
				    "%s is not in ADDRLIST%s", ip, r->bad ?
				    " (an entry that does not parse is "
				    "ignored)" : "");
			continue;
		}
		if (r->warn) {
			if (d->trace)
				trace_add(v, DPH_BLOCKADDR, DRES_WARNED, r->o,
				    "%s matches '%s', but WARN(YES): reported "
				    "(reason 2578), not blocked", ip,
				    addr_pattern_text(&r->addrs[k]));
			warn_add(v, r->o, "BLOCKADDR WARN(YES) would refuse "
			    "%s (matches '%s'): the queue manager only "
			    "reports it", ip, addr_pattern_text(&r->addrs[k]));
			continue;
		}
		if (d->trace)
			trace_add(v, DPH_BLOCKADDR, DRES_BLOCK, r->o,
			    "%s matches '%s': the listener closes the "
			    "connection before reading the channel name "
			    "(client reason 2009)", ip,
			    addr_pattern_text(&r->addrs[k]));
		v->blocked_by = DBLK_BLOCKADDR;
		v->record = r->o;
		return -1;
	}
	return 0;
}

/* Step 3: SSLCIPH, SSLCAUTH and the channel's own SSLPEER (8.1, 8.2). */
static int
step_tls(struct dctx *d, const struct cchan *ch, struct decide_verdict *v)
{
	const struct decide_conn *c = d->c;
	struct dn_match_trace	 t;

	if (blank(ch->sslciph)) {
		d->subject = NULL;
		if (d->trace)
			trace_add(v, DPH_TLS, DRES_INFO, NULL, "SSLCIPH is "
			    "blank: no TLS on this channel, so no "
			    "certificate DN%s", ch->has_sslpeer ? " (the "
			    "channel's SSLPEER has no effect)" : "");
		if (c->subject != NULL)
			warn_add(v, ch->o, "the channel has no SSLCIPH, so the "
			    "certificate is never seen: SSLPEER and "
			    "SSLPEERMAP records cannot match");
		return 0;
	}
	d->subject = c->subject;
	if (c->subject == NULL) {
		if (ch->sslcauth_required) {
			if (d->trace)
				trace_add(v, DPH_TLS, DRES_BLOCK, NULL,
				    "SSLCIPH(%s) SSLCAUTH(REQUIRED): the "
				    "partner presented no certificate, so the "
				    "TLS handshake fails", ch->sslciph);
			v->blocked_by = DBLK_SSLCAUTH;
			return -1;
		}
		if (d->trace)
			trace_add(v, DPH_TLS, DRES_PASS, NULL, "SSLCIPH(%s) "
			    "SSLCAUTH(OPTIONAL): no certificate, which "
			    "OPTIONAL allows", ch->sslciph);
	} else if (c->trust == DTRUST_NO) {
		if (d->trace)
			trace_add(v, DPH_TLS, DRES_BLOCK, NULL, "SSLCIPH(%s): "
			    "the certificate is not trusted, so the TLS "
			    "handshake fails: %s", ch->sslciph,
			    nz(c->trust_why));
		v->blocked_by = DBLK_SSLCAUTH;
		return -1;
	} else if (d->trace) {
		trace_add(v, DPH_TLS, DRES_PASS, NULL, "SSLCIPH(%s) "
		    "SSLCAUTH(%s): certificate presented%s", ch->sslciph,
		    ch->sslcauth_required ? "REQUIRED" : "OPTIONAL",
		    c->trust == DTRUST_YES ? " and trusted by the CA file" :
		    " (trust not checked: no CA file)");
	}
	if (!ch->has_sslpeer) {
		if (d->trace)
			trace_add(v, DPH_TLS, DRES_INFO, NULL, "the channel's "
			    "SSLPEER is blank: no filter");
		return 0;
	}
	if (ch->sslpeer_bad != NULL) {
		if (d->trace)
			trace_add(v, DPH_TLS, DRES_BLOCK, ch->o, "the "
			    "channel's SSLPEER does not parse: %s",
			    ch->sslpeer_bad);
		v->blocked_by = DBLK_SSLPEER;
		return -1;
	}
	if (!dn_match(&ch->sslpeer, d->subject, &t)) {
		if (d->trace)
			trace_add(v, DPH_TLS, DRES_BLOCK, ch->o, "the "
			    "channel's SSLPEER('%s') does not match: %s",
			    nz(mobj_get(ch->o, "SSLPEER")), t.message);
		v->blocked_by = DBLK_SSLPEER;
		return -1;
	}
	if (d->trace)
		trace_add(v, DPH_TLS, DRES_PASS, ch->o, "the channel's "
		    "SSLPEER('%s') matches", nz(mobj_get(ch->o, "SSLPEER")));
	return 0;
}

/* Look at one mapping record of a matching group. */
static void
consider(struct dctx *d, const struct cchan *ch, const struct crec *r,
    unsigned prank, struct decide_verdict *v)
{
	char	 why[DECIDE_DETAIL];
	long	 ti = -1;

	if (!(ch->ct->types & RTBIT(r->type))) {
		if (d->trace)
			trace_add(v, DPH_MAPPING, DRES_NA, r->o, "TYPE(%s) has "
			    "no effect on a %s channel", rtype_names[r->type],
			    ch->chltype);
		return;
	}
	if (!rec_match(d, r, d->trace ? why : NULL, sizeof why)) {
		if (d->trace)
			trace_add(v, DPH_MAPPING, DRES_NOMATCH, r->o, "%s",
			    why);
		return;
	}
	if (d->trace) {
		trace_add(v, DPH_MAPPING, DRES_DECIDED, r->o, "matches");
		ti = (long)v->ntrace - 1;
	}
	cand_add(v, r, prank, ti);
}

/* Fast path: only the records of g whose identity can match. */
static void
consider_keyed(struct dctx *d, const struct cchan *ch,
    const struct cgroup *cg, struct decide_verdict *v)
{
	const struct decide_conn *c = d->c;
	const struct dgroup	*g = cg->g;
	const struct crec	*r;
	const char		*key;
	size_t			 klen, i;
	int			 t;

	for (t = RT_SSLPEERMAP; t <= RT_QMGRMAP; t++) {
		if (!(ch->ct->types & g->types & RTBIT(t)))
			continue;
		key = NULL;
		klen = 0;
		if (t == RT_SSLPEERMAP && d->subject != NULL &&
		    d->subject->first[DN_T_CN] != -1) {
			const struct dn_ava *a =
			    &d->subject->avas[d->subject->first[DN_T_CN]];

			key = a->fold;
			klen = a->len;
		} else if (t == RT_USERMAP && c->clntuser != NULL) {
			key = c->clntuser;
			klen = strlen(key);
		} else if (t == RT_QMGRMAP && c->qmname != NULL) {
			key = c->qmname;
			klen = strlen(key);
		} else if (t == RT_ADDRESSMAP && c->address != NULL &&
		    c->address->family == ADDR_FAMILY_IPV4) {
			key = (const char *)&c->address->v4packed;
			klen = sizeof c->address->v4packed;
		}
		if (key == NULL)
			continue;
		for (r = ht_get(&d->x->keys, KEYTAG(g->id, t), key, klen);
		    r != NULL; r = r->knext)
			consider(d, ch, r, cg->prank, v);
	}
	for (i = 0; i < g->nunkeyed; i++) {
		r = g->unkeyed[i];
		if (ch->ct->types & RTBIT(r->type))
			consider(d, ch, r, cg->prank, v);
	}
}

/* Does a generic profile's match need a '*' to match no character? */
static unsigned
star_rule(const struct crec *r, const char *name)
{
	if (r == NULL || !r->group->generic ||
	    glob_match(r->group->profile, name, 1, 0))
		return 0;
	return 1u << DRULE_STAR_EMPTY;
}

/* Steps 5 and 6: the one most specific mapping record, or NULL. */
static const struct crec *
step_mapping(struct dctx *d, const struct cchan *ch, struct decide_verdict *v)
{
	struct decide_cand	*best, *x, *next;
	enum decide_step	 step;
	unsigned		 rules;
	char			 at[160];
	size_t			 i, k;
	int			 nwarned = 0;

	if (d->trace) {
		/* Every record on a matching profile, most specific first. */
		for (i = 0; i < ch->ngroups; i++) {
			const struct dgroup *g = ch->groups[i].g;

			for (k = 0; k < g->nrecs; k++)
				if (g->recs[k]->type != RT_BLOCKUSER)
					consider(d, ch, g->recs[k],
					    ch->groups[i].prank, v);
		}
	} else {
		for (i = 0; i < ch->ngroups; i++)
			consider_keyed(d, ch, &ch->groups[i], v);
	}

	/* The best; WARN(YES) NOACCESS records are reported and passed. */
	for (;;) {
		best = NULL;
		for (i = 0; i < v->ncands; i++) {
			x = &v->cands[i];
			if (x->skipped)
				continue;
			if (best == NULL || cand_cmp(x, best, &step,
			    &rules) < 0)
				best = x;
		}
		if (best == NULL || best->r->usersrc != US_NOACCESS ||
		    !best->r->warn)
			break;
		best->skipped = 1;
		nwarned++;
		v->rules |= 1u << DRULE_WARN_FALLTHROUGH;
		/* The other reading: as if no mapping record had matched. */
		if (!decide_policy.warn_fallthrough)
			for (i = 0; i < v->ncands; i++)
				v->cands[i].skipped = 1;
		warn_add(v, best->r->o, "a WARN(YES) record would refuse this "
		    "connection (NOACCESS): the queue manager only reports it "
		    "(reason 2578)");
		if (best->trace >= 0) {
			v->trace[best->trace].result = DRES_WARNED;
			snprintf(v->trace[best->trace].detail, DECIDE_DETAIL,
			    "matches, USERSRC(NOACCESS) WARN(YES): reported "
			    "(reason 2578), not blocked; the next matching "
			    "record decides");
		}
	}
	if (best == NULL) {
		v->step = DSTEP_NONE;
		if (nwarned > 0)
			v->step = DSTEP_WARN;
		return NULL;
	}

	/* The step against each other match, and the rules relied on. */
	next = NULL;
	v->step = nwarned > 0 ? DSTEP_WARN : DSTEP_ONLY;
	decide_where(best->r->o, at, sizeof at);
	for (i = 0; i < v->ncands; i++) {
		x = &v->cands[i];
		if (x == best)
			continue;
		cand_cmp(best, x, &step, &rules);
		if (x->skipped) {
			/* It ranked higher: the fall-through needed that. */
			cand_cmp(x, best, &step, &rules);
			v->rules |= rules;
			continue;
		}
		v->rules |= rules;
		if (step == DSTEP_ORDER)
			warn_add(v, x->r->o, "ambiguous precedence: this "
			    "record and %s match equally specifically; the "
			    "one set first is assumed to win (check with "
			    "DISPLAY CHLAUTH MATCH(RUNCHECK))", at);
		if (x->trace >= 0) {
			struct decide_trace *t = &v->trace[x->trace];

			t->result = DRES_OUTRANKED;
			t->step = step;
			snprintf(t->detail, DECIDE_DETAIL, "matches, but %s "
			    "wins at step %s: %s", at, decide_step_name(step),
			    decide_step_explain(step));
		}
		if (next == NULL || cand_cmp(x, next, &step, &rules) < 0)
			next = x;
	}
	if (next != NULL)
		cand_cmp(best, next, &v->step, &rules);
	if (best->trace >= 0) {
		struct decide_trace *t = &v->trace[best->trace];

		t->step = v->step;
		snprintf(t->detail, DECIDE_DETAIL, "matches and decides "
		    "(step %s: %s)", decide_step_name(v->step),
		    decide_step_explain(v->step));
	}
	return best->r;
}

/* The user a channel runs as without CHLAUTH (chlauth.md 5.1). */
static void
channel_user(struct dctx *d, const struct cchan *ch,
    struct decide_verdict *v, const char *why)
{
	if (!blank(ch->mcauser)) {
		v->mcauser = ch->mcauser;
		v->user_from = DUSER_CHANNEL;
		if (d->trace)
			trace_add(v, DPH_USER, DRES_INFO, ch->o, "%s: the "
			    "channel's MCAUSER('%s')", why, ch->mcauser);
	} else if (ch->ct->client) {
		v->user_from = DUSER_CLIENT;
		if (d->c->clntuser != NULL && !blank(d->c->clntuser)) {
			v->mcauser = d->c->clntuser;
			if (d->trace)
				trace_add(v, DPH_USER, DRES_INFO, ch->o, "%s: "
				    "MCAUSER is blank, so the user ID the "
				    "client flowed, '%s'", why,
				    d->c->clntuser);
		} else {
			if (d->trace)
				trace_add(v, DPH_USER, DRES_INFO, ch->o, "%s: "
				    "MCAUSER is blank, so the user ID the "
				    "client flowed, which is not known here",
				    why);
			warn_add(v, ch->o, "the channel runs as the client's "
			    "user ID, which was not given (--clntuser)");
		}
	} else {
		v->user_from = DUSER_MCA;
		if (d->trace)
			trace_add(v, DPH_USER, DRES_INFO, ch->o, "%s: MCAUSER "
			    "is blank, so the MCA's own user ID (the queue "
			    "manager's service user)", why);
		warn_add(v, ch->o, "MCAUSER is blank on this %s channel: it "
		    "runs as the MCA's own user ID, which is privileged "
		    "(normally in mqm), and BLOCKUSER does not apply to it",
		    ch->chltype);
	}
}

/* Step 9: BLOCKUSER of the most specific profile (SVRCONN). */
static int
step_blockuser(struct dctx *d, const struct cchan *ch,
    struct decide_verdict *v)
{
	const struct crec	*b = ch->bu;
	const char		*u = v->mcauser;
	size_t			 i, k;
	int			 listed = 0, adm = 0;
	char			 at[160];

	if (!(ch->ct->types & RTBIT(RT_BLOCKUSER)))
		return 0;
	if (b == NULL) {
		if (d->trace)
			trace_add(v, DPH_BLOCKUSER, DRES_INFO, NULL, "no "
			    "BLOCKUSER record on a profile matching %s",
			    ch->name);
		return 0;
	}
	v->rules |= ch->bu_rules | star_rule(b, ch->name);
	if (d->trace) {
		decide_where(b->o, at, sizeof at);
		for (i = 0; i < ch->ngroups; i++) {
			const struct crec *o = ch->groups[i].g->blockuser;

			if (o != NULL && o != b)
				trace_add(v, DPH_BLOCKUSER, DRES_REPLACED,
				    o->o, "not used: %s is on a more specific "
				    "profile and replaces this list", at);
		}
	}
	if (u == NULL) {
		if (d->trace)
			trace_add(v, DPH_BLOCKUSER, DRES_SKIPPED, b->o, "the "
			    "user the channel runs as is not known, so the "
			    "list cannot be checked");
		warn_add(v, b->o, "BLOCKUSER was not checked: the user the "
		    "channel runs as is not known");
		return 0;
	}
	for (k = 0; k < b->nusers; k++)
		if (strcmp(b->users[k], u) == 0)
			listed = 1;
	if (b->mqadmin) {
		v->rules |= 1u << DRULE_PRIVILEGED;
		adm = privileged(d->c, u);
	}
	if (!listed && !adm) {
		if (d->trace)
			trace_add(v, DPH_BLOCKUSER, DRES_PASS, b->o, "'%s' is "
			    "not in the list%s", u, b->mqadmin ? " and not "
			    "in the privileged set (*MQADMIN)" : "");
		return 0;
	}
	if (b->warn) {
		if (d->trace)
			trace_add(v, DPH_BLOCKUSER, DRES_WARNED, b->o, "'%s' "
			    "%s, but WARN(YES): reported (reason 2578), not "
			    "blocked", u, listed ? "is in the list" :
			    "is privileged (*MQADMIN)");
		warn_add(v, b->o, "BLOCKUSER WARN(YES) would refuse '%s': "
		    "the queue manager only reports it", u);
		return 0;
	}
	if (d->trace)
		trace_add(v, DPH_BLOCKUSER, DRES_BLOCK, b->o, "'%s' %s: "
		    "refused (AMQ9776, client reason 2035)", u, listed ?
		    "is in the list" : "is privileged and the list has "
		    "*MQADMIN");
	v->blocked_by = DBLK_BLOCKUSER;
	v->record = b->o;
	return -1;
}

/* Step 10: the deciding record's CHCKCLNT (client channels). */
static int
step_chckclnt(struct dctx *d, const struct cchan *ch, const struct crec *r,
    struct decide_verdict *v)
{
	int	 need;

	if (r == NULL || !ch->ct->client || r->type == RT_QMGRMAP)
		return 0;
	if (r->chckclnt == CK_ASQMGR) {
		if (d->trace)
			trace_add(v, DPH_CHCKCLNT, DRES_INFO, r->o,
			    "CHCKCLNT(ASQMGR): the queue manager's CONNAUTH "
			    "setting applies (not simulated)");
		return 0;
	}
	need = r->chckclnt == CK_REQUIRED;
	if (r->chckclnt == CK_REQDADM) {
		v->rules |= 1u << DRULE_PRIVILEGED;
		need = v->mcauser != NULL && privileged(d->c, v->mcauser);
		if (!need) {
			if (d->trace)
				trace_add(v, DPH_CHCKCLNT, DRES_PASS, r->o,
				    "CHCKCLNT(REQDADM): '%s' is not "
				    "privileged, so no password is needed",
				    nz(v->mcauser));
			return 0;
		}
	}
	switch (d->c->auth) {
	case DAUTH_OK:
		if (d->trace)
			trace_add(v, DPH_CHCKCLNT, DRES_PASS, r->o, "CHCKCLNT"
			    "(%s): the client authenticated",
			    r->chckclnt == CK_REQUIRED ? "REQUIRED" :
			    "REQDADM");
		return 0;
	case DAUTH_NONE:
		if (d->trace)
			trace_add(v, DPH_CHCKCLNT, DRES_BLOCK, r->o, "CHCKCLNT"
			    "(%s): no valid user ID and password: refused "
			    "(AMQ9791, client reason 2035)",
			    r->chckclnt == CK_REQUIRED ? "REQUIRED" :
			    "REQDADM");
		v->blocked_by = DBLK_CHCKCLNT;
		return -1;
	default:
		if (d->trace)
			trace_add(v, DPH_CHCKCLNT, DRES_SKIPPED, r->o,
			    "CHCKCLNT(%s): the client must also send a valid "
			    "user ID and password (not simulated)",
			    r->chckclnt == CK_REQUIRED ? "REQUIRED" :
			    "REQDADM");
		warn_add(v, r->o, "CHCKCLNT(%s): the connection is refused "
		    "unless the client also sends a valid user ID and "
		    "password", r->chckclnt == CK_REQUIRED ? "REQUIRED" :
		    "REQDADM");
		return 0;
	}
}

/* Trace only: records on profiles that do not match, in one line. */
static void
trace_other_profiles(struct dctx *d, const struct cchan *ch,
    struct decide_verdict *v)
{
	const struct decide_index *x = d->x;
	size_t	 i, k, others = 0;

	for (i = 0; i < x->ngroups; i++) {
		const struct dgroup *g = &x->groups[i];

		for (k = 0; k < ch->ngroups; k++)
			if (ch->groups[k].g == g)
				break;
		if (k < ch->ngroups)
			continue;
		if (!glob_match(g->profile, ch->name, 0, 1)) {
			others += g->nrecs;
			continue;
		}
		for (k = 0; k < g->nrecs; k++)
			trace_add(v, DPH_MAPPING, DRES_NOMATCH, g->recs[k]->o,
			    "the profile '%s' matches '%s' only if case is "
			    "ignored, and channel names are case-sensitive",
			    g->profile, ch->name);
	}
	if (others > 0)
		trace_add(v, DPH_MAPPING, DRES_INFO, NULL, "%zu other "
		    "record%s %s on profiles that do not match %s", others,
		    others == 1 ? "" : "s", others == 1 ? "is" : "are",
		    ch->name);
}

/* The decision; assumed stands in for an undefined channel (RUNCHECK). */
static int
decide_run(const struct decide_index *x, const struct decide_conn *c,
    unsigned flags, struct decide_verdict *v, const struct cchan *assumed)
{
	struct dctx		 d;
	const struct cchan	*ch;
	const struct crec	*rec = NULL;
	size_t			 i;
	int			 maps, blocks;

	v->allowed = 0;
	v->blocked_by = DBLK_NONE;
	v->record = NULL;
	v->step = DSTEP_NONE;
	v->channel = NULL;
	v->chltype = NULL;
	v->mcauser = NULL;
	v->user_from = DUSER_NONE;
	v->rules = 0;
	v->nwarnings = v->ntrace = v->ncands = 0;
	memset(&d, 0, sizeof d);
	d.x = x;
	d.c = c;
	d.trace = (flags & DECIDE_TRACE) != 0;
	d.hostname = x->revdns ? c->hostname : NULL;

	/* 0. CHLAUTH(DISABLED): no mapping record, and (policy) no block. */
	maps = x->enabled;
	blocks = x->enabled || !decide_policy.disabled_skips_blocks;
	if (!x->enabled) {
		v->rules |= 1u << DRULE_DISABLED;
		if (d.trace)
			trace_add(v, DPH_CHLAUTH, DRES_SKIPPED, x->m->qmgr,
			    "%sCHLAUTH(DISABLED): no channel authentication "
			    "record is consulted%s",
			    x->m->qmgr->src_file == NULL ? "QMGR " : "",
			    blocks ? " but BLOCKADDR and BLOCKUSER" :
			    ", BLOCKADDR and BLOCKUSER included");
		if (x->nrecs > 0)
			warn_add(v, x->m->qmgr, "CHLAUTH(DISABLED): %zu "
			    "channel authentication record%s %s no effect",
			    x->nrecs, x->nrecs == 1 ? "" : "s",
			    x->nrecs == 1 ? "has" : "have");
	} else if (d.trace)
		trace_add(v, DPH_CHLAUTH, DRES_INFO, x->m->qmgr, "%sCHLAUTH"
		    "(ENABLED): channel authentication records apply",
		    x->m->qmgr->src_file == NULL ? "QMGR " : "");

	/* 1. BLOCKADDR. */
	if (blocks && step_blockaddr(&d, v) != 0)
		return 0;

	/* 2. The channel definition. */
	ch = c->channel != NULL ? ht_get(&x->channels, 0, c->channel,
	    strlen(c->channel)) : NULL;
	if (ch == NULL && assumed != NULL) {
		ch = assumed;
		v->chltype = ch->chltype;
		if (ch->ct->rule != DRULE_NRULES)
			v->rules |= 1u << ch->ct->rule;
		if (d.trace)
			trace_add(v, DPH_CHANNEL, DRES_INFO, NULL, "no channel "
			    "named '%s' is defined: the records are checked as "
			    "for a %s channel with a blank MCAUSER", ch->name,
			    ch->chltype);
	} else if (ch == NULL || ch->ct == NULL || !ch->ct->inbound) {
		if (ch != NULL) {
			v->channel = ch->o;
			v->chltype = ch->chltype;
			if (ch->ct != NULL && ch->ct->rule != DRULE_NRULES)
				v->rules |= 1u << ch->ct->rule;
		}
		if (d.trace && ch == NULL)
			trace_add(v, DPH_CHANNEL, DRES_BLOCK, NULL, "no "
			    "channel named '%s' is defined (CLNTCONN channels "
			    "do not count): the connection ends",
			    nz(c->channel));
		else if (d.trace)
			trace_add(v, DPH_CHANNEL, DRES_BLOCK, ch->o, "a %s "
			    "channel does not accept inbound connections",
			    ch->chltype);
		v->blocked_by = DBLK_CHANNEL_NOT_DEFINED;
		return 0;
	} else {
		v->channel = ch->o;
		v->chltype = ch->chltype;
		if (ch->ct->rule != DRULE_NRULES)
			v->rules |= 1u << ch->ct->rule;
		if (d.trace)
			trace_add(v, DPH_CHANNEL, DRES_PASS, ch->o, "defined, "
			    "%s%s%s", blank(ch->mcauser) ? "MCAUSER is blank" :
			    "MCAUSER('", blank(ch->mcauser) ? "" : ch->mcauser,
			    blank(ch->mcauser) ? "" : "')");
	}

	/* 3. TLS (RUNCHECK takes the DNs as given: chlauth.md 7.4). */
	if (flags & DECIDE_RUNCHECK)
		d.subject = c->subject;
	else if (step_tls(&d, ch, v) != 0)
		return 0;

	/* 4-7. Mapping and the user. */
	if (maps) {
		for (i = 0; i < ch->nna; i++)
			warn_add(v, ch->na[i]->o, "this TYPE(%s) record names "
			    "the channel, but has no effect on a %s channel",
			    rtype_names[ch->na[i]->type], ch->chltype);
		if (d.trace)
			trace_other_profiles(&d, ch, v);
		rec = step_mapping(&d, ch, v);
		if (c->address == NULL && (d.need_addr || ch->addr_filters))
			warn_add(v, NULL, "no address was given (--address): "
			    "records with an ADDRESS other than '*' could "
			    "not match");
		if (ch->ct->client && c->clntuser == NULL &&
		    (ch->types & ch->ct->types & RTBIT(RT_USERMAP)))
			warn_add(v, NULL, "no client user ID was given "
			    "(--clntuser): USERMAP records could not match");
		if (!ch->ct->client && c->qmname == NULL &&
		    (ch->types & ch->ct->types & RTBIT(RT_QMGRMAP)))
			warn_add(v, NULL, "no partner queue manager name was "
			    "given (--qmname): QMGRMAP records could not "
			    "match");
		v->record = rec != NULL ? rec->o : NULL;
		v->rules |= star_rule(rec, ch->name);
		if (rec != NULL && rec->usersrc == US_NOACCESS) {
			if (d.trace)
				trace_add(v, DPH_USER, DRES_BLOCK, rec->o,
				    "USERSRC(NOACCESS): refused (AMQ9777, "
				    "client reason 2035)");
			v->blocked_by = DBLK_NOACCESS;
			return 0;
		}
		if (rec != NULL && rec->usersrc == US_MAP) {
			v->mcauser = rec->mcauser;
			v->user_from = DUSER_RECORD;
			if (d.trace)
				trace_add(v, DPH_USER, DRES_INFO, rec->o,
				    "USERSRC(MAP): the record's MCAUSER('%s')",
				    rec->mcauser);
		} else
			channel_user(&d, ch, v, rec != NULL ?
			    "USERSRC(CHANNEL)" : "no mapping record matched, "
			    "so as USERSRC(CHANNEL)");
	} else
		channel_user(&d, ch, v, "CHLAUTH is disabled");

	/* 9, 10. BLOCKUSER and the record's CHCKCLNT. */
	if (blocks && step_blockuser(&d, ch, v) != 0)
		return 0;
	if (maps && step_chckclnt(&d, ch, rec, v) != 0)
		return 0;

	v->allowed = 1;
	return 1;
}

int
decide(const struct decide_index *x, const struct decide_conn *c,
    unsigned flags, struct decide_verdict *v)
{
	struct cchan	 tmp;
	int		 rc;

	if (!(flags & DECIDE_RUNCHECK) || c->channel == NULL ||
	    ht_get(&x->channels, 0, c->channel, strlen(c->channel)) != NULL)
		return decide_run(x, c, flags, v, NULL);
	/*
	 * RUNCHECK of a channel that is not defined: a SVRCONN when a
	 * client user is given, else a receiver when a partner queue
	 * manager is (chlauth.md 7.2), with a blank MCAUSER.
	 */
	memset(&tmp, 0, sizeof tmp);
	tmp.name = c->channel;
	tmp.chltype = c->chltype != NULL ? c->chltype : c->clntuser == NULL &&
	    c->qmname != NULL ? "RCVR" : "SVRCONN";
	if ((tmp.ct = chantype_of(tmp.chltype)) == NULL ||
	    !tmp.ct->inbound)
		tmp.ct = chantype_of("SVRCONN");
	tmp.mcauser = tmp.sslciph = "";
	chan_profiles(x, &tmp);
	rc = decide_run(x, c, flags, v, &tmp);
	free(tmp.groups);
	free(tmp.na);
	return rc;
}

int
decide_compare(const struct decide_index *x, const char *channel,
    const struct mobj *a, const struct mobj *b, enum decide_step *step,
    unsigned *rules)
{
	const struct cchan	*ch;
	struct decide_cand	 ca, cb;
	size_t			 i;
	int			 fa = 0, fb = 0;

	*step = DSTEP_NONE;
	*rules = 0;
	memset(&ca, 0, sizeof ca);
	memset(&cb, 0, sizeof cb);
	ch = ht_get(&x->channels, 0, channel, strlen(channel));
	if (ch == NULL)
		return 0;
	ca.r = ht_get(&x->byobj, 0, (const char *)&a, sizeof a);
	cb.r = ht_get(&x->byobj, 0, (const char *)&b, sizeof b);
	if (ca.r == NULL || cb.r == NULL || !(RTBIT(ca.r->type) & RT_MAPS) ||
	    !(RTBIT(cb.r->type) & RT_MAPS))
		return 0;
	for (i = 0; i < ch->ngroups; i++) {
		if (ch->groups[i].g == ca.r->group) {
			ca.prank = ch->groups[i].prank;
			fa = 1;
		}
		if (ch->groups[i].g == cb.r->group) {
			cb.prank = ch->groups[i].prank;
			fb = 1;
		}
	}
	if (!fa || !fb || a == b)
		return 0;
	return cand_cmp(&ca, &cb, step, rules);
}
