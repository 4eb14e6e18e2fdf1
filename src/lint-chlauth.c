/*
 * lint-chlauth.c - the CHLAUTH rules of `mqtls lint` over the whole
 * configuration: records that cannot match or cannot decide, mappings
 * that hand out privileged or client-chosen identities, the *MQADMIN
 * block, the back-stop, and channels that run as the queue manager's own
 * user (../shared/reference/chlauth.md sections 2, 5, 6 and 9).
 * Catalogue entries: rules-security.c; documentation: mqtls-rules(7).
 *
 * Precedence questions go to the decision engine (decide.h), so lint and
 * `mqtls simulate` never disagree about which record wins.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address.h"
#include "decide.h"
#include "diag.h"
#include "dn.h"
#include "lint-model.h"
#include "model.h"
#include "schema.h"
#include "xmalloc.h"

/* This many different DN filters mapped to one user is "many". */
#define FANIN_MIN	5

struct chl {
	struct lm_ctx		*c;
	const struct schema_object *o_chlauth;
	const struct mobj	**generic;	/* distinct generic profiles: */
	size_t			 ngeneric;	/* a record on each */
	struct lm_map		 bu_named;	/* profile -> BLOCKUSER */
	const struct mobj	**bu_generic;
	size_t			 nbu_generic;
	int			 adopt;		/* CONNAUTH ADOPTCTX(YES) */
	int			 connauth_required;
};

static int
is_chlauth(const struct mobj *o)
{
	static const struct schema_object	*chlauth;

	if (chlauth == NULL)
		chlauth = schema_object("CHLAUTH");
	return o->obj == chlauth;
}

static int
is_map(const struct mobj *r)
{
	const char	*t = lm_type(r);

	return strcmp(t, "SSLPEERMAP") == 0 || strcmp(t, "ADDRESSMAP") == 0 ||
	    strcmp(t, "USERMAP") == 0 || strcmp(t, "QMGRMAP") == 0;
}

static int
warn_yes(const struct mobj *r)
{
	return strcmp(lm_get(r, "WARN"), "YES") == 0;
}

static const char *
usersrc(const struct mobj *r)
{
	const char	*u = lm_get(r, "USERSRC");

	return *u == '\0' ? "MAP" : u;
}

/* Is item in the comma-separated list? */
static int
in_list(const char *list, const char *item)
{
	size_t	 n = strlen(item);
	const char *p;

	for (p = list; *p != '\0'; ) {
		size_t	 k = strcspn(p, ",");

		if (k == n && strncmp(p, item, n) == 0)
			return 1;
		p += k;
		if (*p == ',')
			p++;
	}
	return 0;
}

/* Does a record cover every connection: ADDRESSMAP with ADDRESS('*')? */
static int
catch_all(const struct mobj *r)
{
	return strcmp(lm_type(r), "ADDRESSMAP") == 0 &&
	    strcmp(lm_get(r, "ADDRESS"), "*") == 0 && !warn_yes(r);
}

/*
 * Call fn for each CHLAUTH record whose profile matches the channel: the
 * records on its own name, then those on each generic profile.
 */
static int
each_record(struct chl *x, const struct mobj *ch,
    int (*fn)(struct chl *, const struct mobj *ch, const struct mobj *r,
    void *), void *arg)
{
	const struct mobj	*r;
	size_t			 i;
	int			 rc;

	for (r = model_rec_first(x->c->m, x->o_chlauth, ch->name); r != NULL;
	    r = model_rec_next(r))
		if ((rc = fn(x, ch, r, arg)) != 0)
			return rc;
	for (i = 0; i < x->ngeneric; i++) {
		if (!decide_profile_match(x->generic[i]->name, ch->name))
			continue;
		for (r = x->generic[i]; r != NULL; r = model_rec_next(r))
			if ((rc = fn(x, ch, r, arg)) != 0)
				return rc;
	}
	return 0;
}

/* The BLOCKUSER record that applies to a channel (chlauth.md 2.5). */
static const struct mobj *
blockuser_for(struct chl *x, const struct mobj *ch)
{
	const struct mobj	*b, *best = NULL;
	size_t			 i;

	if ((b = lm_map_get(&x->bu_named, ch->name)) != NULL)
		return b;
	for (i = 0; i < x->nbu_generic; i++) {
		b = x->bu_generic[i];
		if (!decide_profile_match(b->name, ch->name))
			continue;
		if (best == NULL || decide_profile_cmp(b->name, best->name,
		    NULL) < 0)
			best = b;
	}
	return best;
}

static int
blocks(const struct mobj *b, const char *user)
{
	const char	*list;

	if (b == NULL || warn_yes(b))
		return 0;
	list = lm_get(b, "USERLIST");
	return in_list(list, user) || (in_list(list, "*MQADMIN") &&
	    lm_privileged(user));
}

/*
 * Records on their own.
 */

static void
check_profile(struct chl *x, const struct mobj *r)
{
	struct lm_ctx		*c = x->c;
	const struct lm_prof	*p = lm_profile(c, r->name);
	const char		*t = lm_type(r);
	const struct mobj	*ch, *first = NULL, *tls = NULL;
	struct diag		*d;
	size_t			 i, napply = 0;
	char			 up[64];

	if (strcmp(t, "BLOCKADDR") == 0 || strcmp(r->name, "*") == 0)
		return;
	if (p->n == 0) {
		if (c->nuserchans == 0)
			return;
		for (i = 0; r->name[i] != '\0' && i + 1 < sizeof up; i++)
			up[i] = (char)(r->name[i] >= 'a' && r->name[i] <= 'z' ?
			    r->name[i] - 'a' + 'A' : r->name[i]);
		up[i] = '\0';
		ch = strcmp(up, r->name) != 0 ? lm_channel(c, up) : NULL;
		d = lm_report(c, "chlauth-profile-no-channel", r, NULL,
		    "profile '%s' matches no channel defined here, so this "
		    "record protects nothing%s%s%s", r->name,
		    ch != NULL ? "; profiles are case-sensitive: did you "
		    "mean '" : "", ch != NULL ? ch->name : "",
		    ch != NULL ? "'?" : "");
		if (ch != NULL)
			lm_relate(c, d, ch, NULL, "channel %s", ch->name);
		return;
	}
	for (i = 0; i < p->n; i++) {
		if (!lm_applies(t, lm_type(p->chans[i])))
			continue;
		if (first == NULL)
			first = p->chans[i];
		napply++;
		if (*lm_get(p->chans[i], "SSLCIPH") != '\0')
			tls = p->chans[i];
	}
	if (napply == 0) {
		d = lm_report(c, "chlauth-type-no-effect", r, "TYPE",
		    "TYPE(%s) is not evaluated for the channels profile '%s' "
		    "matches (%s %s%s): the record has no effect; %s", t,
		    r->name, lm_type(p->chans[0]), p->chans[0]->name,
		    p->n > 1 ? ", ..." : "",
		    strcmp(t, "QMGRMAP") == 0 ? "QMGRMAP applies to "
		    "queue-manager channels; for clients use USERMAP or "
		    "SSLPEERMAP" : "USERMAP and BLOCKUSER apply to SVRCONN "
		    "channels only; for queue managers use QMGRMAP or "
		    "SSLPEERMAP");
		lm_relate(c, d, p->chans[0], NULL, "%s %s",
		    lm_type(p->chans[0]), p->chans[0]->name);
		return;
	}
	if (strcmp(t, "SSLPEERMAP") == 0 && tls == NULL) {
		d = lm_report(c, "sslpeermap-without-sslciph", r, "SSLPEER",
		    "no channel this record applies to has SSLCIPH, so no "
		    "certificate is ever presented and the record can never "
		    "match; set SSLCIPH on %s", first->name);
		lm_relate(c, d, first, NULL, "%s %s has no SSLCIPH",
		    lm_type(first), first->name);
	}
}

static void
check_mapping(struct chl *x, const struct mobj *r)
{
	struct lm_ctx		*c = x->c;
	const struct lm_prof	*p;
	const struct mobj	*b = NULL, *first = NULL;
	const char		*u = lm_get(r, "MCAUSER");
	struct diag		*d;
	size_t			 i, nclient = 0, nblocked = 0;

	if (strcmp(lm_type(r), "SSLPEERMAP") == 0 &&
	    *lm_get(r, "SSLCERTI") == '\0' &&
	    strcmp(usersrc(r), "NOACCESS") != 0)
		lm_report(c, "sslpeermap-without-sslcerti", r, "SSLPEER",
		    "no SSLCERTI: any CA the queue manager trusts can issue a "
		    "certificate with this subject and get its access; add "
		    "SSLCERTI('issuer DN') of the CA that issues it");
	if (strcmp(usersrc(r), "MAP") != 0 || *u == '\0')
		return;
	if (lm_privileged(u))
		lm_report(c, "chlauth-map-privileged", r, "MCAUSER",
		    "MCAUSER('%s') is a privileged user: whoever matches this "
		    "record administers the queue manager; map to a user "
		    "with only the authorities it needs", u);
	/* Does the *MQADMIN (or named) block refuse the mapped user? */
	p = lm_profile(c, r->name);
	for (i = 0; i < p->n; i++) {
		const struct mobj *bu;

		if (!lm_applies("BLOCKUSER", lm_type(p->chans[i])) ||
		    !lm_applies(lm_type(r), lm_type(p->chans[i])))
			continue;
		nclient++;
		bu = blockuser_for(x, p->chans[i]);
		if (blocks(bu, u)) {
			nblocked++;
			b = bu;
			if (first == NULL)
				first = p->chans[i];
		}
	}
	if (nclient > 0 && nblocked == nclient) {
		d = lm_report(c, "chlauth-map-blocked", r, "MCAUSER",
		    "every connection this record maps to '%s' is then "
		    "refused by BLOCKUSER on profile '%s' (%s): the mapping "
		    "can never let anyone in; map to a non-privileged user, "
		    "or give %s its own BLOCKUSER list", u, b->name,
		    in_list(lm_get(b, "USERLIST"), u) ? "it lists the user" :
		    "*MQADMIN covers it", first->name);
		lm_relate(c, d, b, "USERLIST", "the BLOCKUSER record that "
		    "applies");
	}
}

static void
check_blockuser(struct chl *x, const struct mobj *r)
{
	struct lm_ctx		*c = x->c;
	const struct mobj	*o;
	struct diag		*d;
	size_t			 i;

	if (strcmp(r->name, "*") == 0 ||
	    in_list(lm_get(r, "USERLIST"), "*MQADMIN"))
		return;
	for (i = 0; i < c->m->nrecs; i++) {
		o = c->m->recs[i];
		if (o == r || !is_chlauth(o) ||
		    strcmp(lm_type(o), "BLOCKUSER") != 0 ||
		    strchr(o->name, '*') == NULL ||
		    !decide_profile_match(o->name, r->name) ||
		    !in_list(lm_get(o, "USERLIST"), "*MQADMIN"))
			continue;
		d = lm_report(c, "blockuser-drops-mqadmin", r, "USERLIST",
		    "this BLOCKUSER list replaces the one on profile '%s' for "
		    "the channels it matches, and it has no *MQADMIN: "
		    "privileged users can connect to them; add '*MQADMIN' "
		    "to USERLIST unless administrators must use the channel",
		    o->name);
		lm_relate(c, d, o, "USERLIST", "the *MQADMIN block it "
		    "replaces");
		return;
	}
}

/* Filter attributes in one order (type, then position): a comparison key. */
static int
ava_cmp(const void *x, const void *y)
{
	const struct dn_filter_ava	*a = x, *b = y;

	if (a->type != b->type)
		return a->type < b->type ? -1 : 1;
	return a->nth < b->nth ? -1 : a->nth > b->nth;
}

static char *
dn_key(const char *v)
{
	struct dn_filter	 f;
	char			*k;

	if (dn_filter_parse(v, strlen(v), &f, NULL) != 0)
		return xstrdup(v);
	if (f.navas > 1)
		qsort(f.avas, f.navas, sizeof *f.avas, ava_cmp);
	k = dn_filter_render(&f, DN_RENDER_FOLD);
	dn_filter_free(&f);
	return k;
}

/* A cheap comparison key: upper case, blanks dropped. */
static char *
fold_key(const char *v)
{
	char	*k = xmalloc(strlen(v) + 1), *p = k;

	for (; *v != '\0'; v++)
		if (*v != ' ')
			*p++ = (char)(*v >= 'a' && *v <= 'z' ? *v - 'a' + 'A' :
			    *v);
	*p = '\0';
	return k;
}

/*
 * Fan-in: many different certificate subjects mapped to one user.
 */
struct fanin {
	const struct mobj	**recs;
	size_t			 n;
	struct lm_map		 dns;	/* distinct folded filters */
};

static void
check_fanin(struct chl *x)
{
	struct lm_ctx	*c = x->c;
	struct lm_map	 users;
	struct fanin	*f;
	struct diag	*d;
	size_t		 i, k;
	void		**slot;
	char		*key;

	memset(&users, 0, sizeof users);
	for (i = 0; i < c->m->nrecs; i++) {
		const struct mobj *r = c->m->recs[i];

		if (!is_chlauth(r) || !lm_user(c, r) ||
		    strcmp(lm_type(r), "SSLPEERMAP") != 0 ||
		    strcmp(usersrc(r), "MAP") != 0 ||
		    *lm_get(r, "MCAUSER") == '\0')
			continue;
		slot = lm_map_put(&users, key = xstrdup(lm_get(r,
		    "MCAUSER")));
		if (*slot == NULL)
			*slot = xcalloc(1, sizeof *f);
		else
			free(key);
		f = *slot;
		key = fold_key(lm_get(r, "SSLPEER"));
		slot = lm_map_put(&f->dns, key);
		if (*slot != NULL) {
			free(key);
			continue;
		}
		*slot = (void *)r;
		f->recs = xreallocarray(f->recs, f->n + 1, sizeof *f->recs);
		f->recs[f->n++] = r;
	}
	for (i = 0; users.s != NULL && i <= users.mask; i++) {
		if ((f = users.s[i].val) == NULL)
			continue;
		if (f->n >= FANIN_MIN) {
			d = lm_report(c, "chlauth-mcauser-fan-in", f->recs[0],
			    "MCAUSER", "%zu different SSLPEER filters map to "
			    "MCAUSER('%s'): the partners share one identity, "
			    "so the queue manager cannot tell them apart in "
			    "authorities or in its logs; give each partner "
			    "its own user", f->n, users.s[i].key);
			for (k = 1; k < f->n && k < 2; k++)
				lm_relate(c, d, f->recs[k], "SSLPEER",
				    "another filter mapped to '%s'",
				    users.s[i].key);
		}
		free(f->recs);
		lm_map_free(&f->dns);
		free(f);
	}
	lm_map_free(&users);
}

/*
 * Duplicates: records on one profile and type whose filters are written
 * differently but mean the same.  Quadratic in the records of one
 * profile (never across profiles).
 */
static char *
ident_key(const struct mobj *r)
{
	struct addr_pattern	 a;
	const char		*t = lm_type(r), *v;
	char			*peer = NULL, *issuer = NULL, *addr = NULL, *k;

	if (strcmp(t, "SSLPEERMAP") == 0) {
		peer = dn_key(lm_get(r, "SSLPEER"));
		issuer = dn_key(lm_get(r, "SSLCERTI"));
	}
	v = lm_get(r, "ADDRESS");
	if (*v != '\0' && addr_pattern_parse(v, strlen(v), 1, &a, NULL) ==
	    0) {
		addr = xstrdup(addr_pattern_text(&a));
		addr_pattern_free(&a);
	}
	xasprintf(&k, "%s|%s|%s|%s|%s|%s", t, peer ? peer : "",
	    issuer ? issuer : "", lm_get(r, "CLNTUSER"), lm_get(r, "QMNAME"),
	    addr ? addr : v);
	free(peer);
	free(issuer);
	free(addr);
	return k;
}

static void
check_duplicates(struct chl *x, const struct mobj *r)
{
	struct lm_ctx		*c = x->c;
	const struct mobj	*o;
	struct diag		*d;
	char			*kr, *ko;
	int			 same;

	if (!is_map(r))
		return;
	for (o = model_rec_first(c->m, r->obj, r->name); o != NULL;
	    o = model_rec_next(o))
		if (o != r && o->subtype == r->subtype && o->seq < r->seq)
			break;
	if (o == NULL)
		return;		/* the usual case: nothing to compare */
	kr = ident_key(r);
	for (o = model_rec_first(c->m, r->obj, r->name); o != NULL;
	    o = model_rec_next(o)) {
		if (o == r || o->subtype != r->subtype || o->seq >= r->seq)
			continue;
		ko = ident_key(o);
		if (strcmp(kr, ko) == 0) {
			same = strcmp(usersrc(r), usersrc(o)) == 0 &&
			    strcmp(lm_get(r, "MCAUSER"),
			    lm_get(o, "MCAUSER")) == 0;
			d = lm_report(c, "chlauth-duplicate", r, NULL,
			    "this record matches exactly the connections an "
			    "earlier one on the same profile matches (the "
			    "filters differ only in how they are written)%s: "
			    "only the order of the records decides; remove "
			    "one", same ? "" : ", and gives a different "
			    "result: the two contradict each other");
			lm_relate(c, d, o, NULL, "the earlier record");
			free(ko);
			break;
		}
		free(ko);
	}
	free(kr);
}

/*
 * Shadowing: a mapping record A that, on every channel it applies to,
 * loses to a record B that matches every connection A matches.  B covers
 * A when B is an ADDRESS('*') catch-all, or has A's type and identity
 * and no narrower address; the decision engine says who wins.
 */
struct shadow {
	const struct mobj	*a;
	const struct mobj	*by;
	unsigned		 rules;
	char			*akey;
};

static int
covers(const struct mobj *b, struct shadow *s)
{
	const char	*ba;
	char		*bk;
	int		 yes;

	if (catch_all(b))
		return 1;
	if (b->subtype != s->a->subtype)
		return 0;
	ba = lm_get(b, "ADDRESS");
	if (*ba != '\0' && strcmp(ba, "*") != 0 &&
	    strcmp(ba, lm_get(s->a, "ADDRESS")) != 0)
		return 0;
	/* Same identity; B's address is no narrower. */
	if (s->akey == NULL)
		s->akey = ident_key(s->a);
	bk = ident_key(b);
	yes = strncmp(bk, s->akey, strrchr(s->akey, '|') - s->akey) == 0;
	free(bk);
	return yes;
}

static int
shadow_one(struct chl *x, const struct mobj *ch, const struct mobj *b,
    void *arg)
{
	struct shadow		*s = arg;
	enum decide_step	 step;
	unsigned		 rules;

	if (b == s->a || !is_map(b) || warn_yes(b) ||
	    !lm_applies(lm_type(b), lm_type(ch)) ||
	    decide_profile_cmp(b->name, s->a->name, NULL) >= 0 ||
	    !covers(b, s))
		return 0;
	if (decide_compare(lm_index(x->c), ch->name, b, s->a, &step, &rules) >= 0
	    || step == DSTEP_ORDER)
		return 0;
	s->by = b;
	s->rules |= rules;
	return 1;
}

static void
check_shadowed(struct chl *x, const struct mobj *r)
{
	struct lm_ctx		*c = x->c;
	const struct lm_prof	*p = lm_profile(c, r->name);
	const struct mobj	*by = NULL, *on = NULL;
	struct shadow		 s;
	struct diag		*d;
	char			 why[256];
	size_t			 i, n = 0, k;

	/*
	 * A catch-all on a generic profile is a back-stop: it is there for
	 * the channels defined later, not for those it loses on today.
	 */
	if (!is_map(r) || warn_yes(r) || (catch_all(r) &&
	    strchr(r->name, '*') != NULL))
		return;
	memset(&s, 0, sizeof s);
	s.a = r;
	for (i = 0; i < p->n; i++) {
		if (!lm_applies(lm_type(r), lm_type(p->chans[i])))
			continue;
		n++;
		s.by = NULL;
		if (!each_record(x, p->chans[i], shadow_one, &s))
			break;
		if (by == NULL) {
			by = s.by;
			on = p->chans[i];
		}
	}
	free(s.akey);
	if (n == 0 || i < p->n || by == NULL)
		return;
	why[0] = '\0';
	for (k = 0; k < DRULE_NRULES; k++) {
		if (!(s.rules & (1u << k)))
			continue;
		snprintf(why + strlen(why), sizeof why - strlen(why),
		    "%s%s", why[0] == '\0' ? "; this relies on the "
		    "unconfirmed rule " : ", ", decide_rules[k].name);
	}
	d = lm_report(c, "chlauth-shadowed", r, NULL,
	    "this record can never decide: on %s%s every connection it "
	    "matches is decided first by the more specific record on "
	    "profile '%s'%s; remove it or move it to that profile",
	    n > 1 ? "every channel it applies to, such as " : "",
	    on->name, by->name, why);
	lm_relate(c, d, by, NULL, "the record that decides instead");
}

/*
 * Channels.
 */
struct chan_recs {
	const struct mobj	*catchall;	/* most specific */
	const struct mobj	*channel_src;	/* a USERSRC(CHANNEL) record */
	int			 channel_ok;	/* ... with a checked password */
	const char		*type;
};

static int
gather(struct chl *x, const struct mobj *ch, const struct mobj *r,
    void *arg)
{
	struct chan_recs	*cr = arg;
	int			 checked;

	if (!is_map(r) || !lm_applies(lm_type(r), cr->type))
		return 0;
	if (catch_all(r) && (cr->catchall == NULL ||
	    decide_profile_cmp(r->name, cr->catchall->name, NULL) < 0))
		cr->catchall = r;
	if (strcmp(usersrc(r), "CHANNEL") == 0 && !warn_yes(r)) {
		/* A password that is checked and adopted sets the user. */
		checked = x->adopt && (x->connauth_required ||
		    strcmp(lm_get(r, "CHCKCLNT"), "REQUIRED") == 0);
		if (cr->channel_src == NULL || (cr->channel_ok && !checked)) {
			cr->channel_src = r;
			cr->channel_ok = checked;
		}
	}
	(void)ch;
	return 0;
}

static void
check_channel(struct chl *x, const struct mobj *ch)
{
	struct lm_ctx		*c = x->c;
	const char		*t = lm_type(ch), *u = lm_get(ch, "MCAUSER");
	int			 rcvr = strcmp(t, "RCVR") == 0 ||
				    strcmp(t, "CLUSRCVR") == 0;
	int			 svrconn = strcmp(t, "SVRCONN") == 0;
	int			 enabled;
	struct chan_recs	 cr;
	struct diag		*d;

	if (*u != '\0' && lm_privileged(u) && (rcvr || svrconn ||
	    strcmp(t, "RQSTR") == 0 || strcmp(t, "SVR") == 0))
		lm_report(c, "channel-mcauser-privileged", ch, "MCAUSER",
		    "MCAUSER('%s') is a privileged user: every partner that "
		    "gets onto this channel administers the queue manager; "
		    "use a user with only the authorities the channel needs",
		    u);
	if (*u != '\0' || (!rcvr && !svrconn))
		return;
	enabled = strcmp(lm_get(c->m->qmgr, "CHLAUTH"), "DISABLED") != 0;
	memset(&cr, 0, sizeof cr);
	cr.type = t;
	if (enabled)
		each_record(x, ch, gather, &cr);
	if (rcvr) {
		if (!enabled)
			lm_report(c, "rcvr-runs-as-mca", ch, NULL,
			    "%s %s has a blank MCAUSER and CHLAUTH is "
			    "DISABLED: the channel runs as the queue "
			    "manager's own user (mqm); set MCAUSER to a "
			    "user with only PUT authority on its queues", t,
			    ch->name);
		else if (cr.channel_src != NULL) {
			d = lm_report(c, "rcvr-runs-as-mca", ch, NULL,
			    "%s %s has a blank MCAUSER and a USERSRC(CHANNEL) "
			    "record applies: connections it decides run as "
			    "the queue manager's own user (mqm); map them "
			    "with USERSRC(MAP) or set MCAUSER", t, ch->name);
			lm_relate(c, d, cr.channel_src, "USERSRC",
			    "the USERSRC(CHANNEL) record");
		} else if (cr.catchall == NULL ||
		    strcmp(usersrc(cr.catchall), "CHANNEL") == 0)
			lm_report(c, "rcvr-runs-as-mca", ch, NULL,
			    "%s %s has a blank MCAUSER and no record maps "
			    "every connection: a partner that no record "
			    "matches runs as the queue manager's own user "
			    "(mqm); set MCAUSER, or add SET CHLAUTH('%s') "
			    "TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) "
			    "after the records that map partners", t,
			    ch->name, ch->name);
		return;
	}
	/* SVRCONN: a USERSRC(CHANNEL) record lets the client choose. */
	if (cr.channel_src != NULL && !cr.channel_ok) {
		if (lm_user(c, cr.channel_src)) {
			d = lm_report(c, "svrconn-client-user",
			    cr.channel_src, "USERSRC", "USERSRC(CHANNEL) on "
			    "SVRCONN %s, whose MCAUSER is blank: the channel "
			    "runs as whatever user ID the client sends; set "
			    "MCAUSER on the channel, map with USERSRC(MAP), "
			    "or require a password (CHCKCLNT(REQUIRED) with "
			    "ADOPTCTX(YES))", ch->name);
			lm_relate(c, d, ch, NULL, "the channel");
		} else {
			d = lm_report(c, "svrconn-client-user", ch, NULL,
			    "SVRCONN %s has a blank MCAUSER and the default "
			    "USERSRC(CHANNEL) record applies: the channel "
			    "runs as whatever user ID the client sends; set "
			    "MCAUSER, or map with USERSRC(MAP)", ch->name);
			lm_relate(c, d, cr.channel_src, NULL,
			    "the default record");
		}
	}
}

/*
 * The queue manager as a whole.
 */
static void
check_backstop(struct chl *x)
{
	struct lm_ctx		*c = x->c;
	const struct mobj	*r, *at = NULL;
	size_t			 i;

	for (r = model_rec_first(c->m, x->o_chlauth, "*");
	    r != NULL; r = model_rec_next(r))
		if (catch_all(r) && strcmp(usersrc(r), "NOACCESS") == 0)
			return;
	for (i = 0; i < c->nchans && at == NULL; i++) {
		const char *t = lm_type(c->chans[i]);

		if (lm_user(c, c->chans[i]) && strcmp(t, "CLNTCONN") != 0 &&
		    strcmp(t, "SDR") != 0 && strcmp(t, "CLUSSDR") != 0)
			at = c->chans[i];
	}
	for (i = 0; i < c->m->nrecs && at == NULL; i++)
		if (is_chlauth(c->m->recs[i]) && lm_user(c, c->m->recs[i]))
			at = c->m->recs[i];
	if (at == NULL)
		return;
	lm_report(c, "chlauth-no-backstop", at, NULL,
	    "no back-stop record: a channel without records of its own "
	    "(a new one, or one defined later) lets every partner in; add "
	    "SET CHLAUTH('*') TYPE(ADDRESSMAP) ADDRESS('*') "
	    "USERSRC(NOACCESS), and records that allow the partners you "
	    "expect");
}

void
lint_chlauth(struct lm_ctx *c)
{
	struct chl		 x;
	struct lm_map		 seen;
	const struct mobj	*q = c->m->qmgr, *ai;
	size_t			 i;
	void			**slot;
	char			*key;
	int			 revdns_off;

	memset(&x, 0, sizeof x);
	memset(&seen, 0, sizeof seen);
	x.c = c;
	x.o_chlauth = schema_object("CHLAUTH");
	x.generic = xcalloc(c->m->nrecs + 1, sizeof *x.generic);
	x.bu_generic = xcalloc(c->m->nrecs + 1, sizeof *x.bu_generic);
	for (i = 0; i < c->m->nrecs; i++) {
		struct mobj *r = c->m->recs[i];

		if (!is_chlauth(r))
			continue;
		if (strcmp(lm_type(r), "BLOCKUSER") == 0) {
			if (strchr(r->name, '*') != NULL)
				x.bu_generic[x.nbu_generic++] = r;
			else {
				slot = lm_map_put(&x.bu_named,
				    key = xstrdup(r->name));
				if (*slot == NULL)
					*slot = r;
				else
					free(key);
			}
		}
		if (strchr(r->name, '*') == NULL)
			continue;
		slot = lm_map_put(&seen, key = xstrdup(r->name));
		if (*slot != NULL) {
			free(key);
			continue;
		}
		*slot = r;
		x.generic[x.ngeneric++] = model_rec_first(c->m, r->obj,
		    r->name);
	}
	lm_map_free(&seen);
	/*
	 * The AUTHINFO that CONNAUTH names: is a password adopted?  The
	 * model leaves CONNAUTH blank on a new queue manager; queue managers
	 * created since MQ 8.0 name SYSTEM.DEFAULT.AUTHINFO.IDPWOS there
	 * (IBM "Connection authentication: Configuration"; runmqsc captures
	 * of new 9.x queue managers show it), so a blank CONNAUTH that the
	 * files never set is read as that object.  Its ADOPTCTX is the
	 * schema's default unless the files change it.
	 */
	ai = model_find(c->m, schema_object("AUTHINFO"), -1,
	    *lm_get(q, "CONNAUTH") != '\0' ? lm_get(q, "CONNAUTH") :
	    "SYSTEM.DEFAULT.AUTHINFO.IDPWOS");
	if (ai != NULL) {
		x.adopt = strcmp(lm_get(ai, "ADOPTCTX"), "YES") == 0;
		x.connauth_required = strcmp(lm_get(ai, "CHCKCLNT"),
		    "REQUIRED") == 0;
	}
	revdns_off = strcmp(lm_get(q, "REVDNS"), "DISABLED") == 0;

	if (lm_user(c, q) && strcmp(lm_get(q, "CHLAUTH"), "DISABLED") == 0)
		lm_report(c, "qmgr-chlauth-disabled", q, "CHLAUTH",
		    "CHLAUTH(DISABLED): the queue manager ignores every "
		    "channel authentication record, the *MQADMIN block "
		    "included; set CHLAUTH(ENABLED)");
	check_backstop(&x);
	for (i = 0; i < c->m->nrecs; i++) {
		const struct mobj *r = c->m->recs[i];
		const char *a;

		if (!is_chlauth(r) || !lm_user(c, r))
			continue;
		if (warn_yes(r))
			lm_report(c, "chlauth-warn-yes", r, "WARN",
			    "WARN(YES) only logs what this record would "
			    "block and lets the connection in: remove WARN(YES) "
			    "(or ACTION(REMOVE) the record) when the trial is "
			    "over");
		a = lm_get(r, "ADDRESS");
		if (revdns_off && *a != '\0') {
			struct addr_pattern ap;

			memset(&ap, 0, sizeof ap);
			if (addr_pattern_parse(a, strlen(a), 1, &ap, NULL) ==
			    0 && ap.kind == ADDR_HOST)
				lm_report(c, "chlauth-hostname-revdns", r,
				    "ADDRESS", "ADDRESS('%s') is a host name "
				    "but the queue manager has REVDNS(DISABLED), "
				    "so it never looks names up and the record "
				    "can never match; use IP addresses, or "
				    "ALTER QMGR REVDNS(ENABLED)", a);
			addr_pattern_free(&ap);
		}
		check_profile(&x, r);
		if (is_map(r))
			check_mapping(&x, r);
		if (strcmp(lm_type(r), "BLOCKUSER") == 0)
			check_blockuser(&x, r);
		check_duplicates(&x, r);
		check_shadowed(&x, r);
	}
	check_fanin(&x);
	for (i = 0; i < c->nchans; i++)
		if (lm_user(c, c->chans[i]))
			check_channel(&x, c->chans[i]);
	lm_map_free(&x.bu_named);
	free(x.generic);
	free(x.bu_generic);
}
