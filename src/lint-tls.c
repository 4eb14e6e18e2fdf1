/*
 * lint-tls.c - the TLS rules of `mqtls lint` over the whole
 * configuration: channels without TLS, SSLCAUTH that does nothing,
 * CipherSpecs that work but are weaker than they need to be
 * (../shared/reference/ciphers.md 1.1, 1.2), the two ends of a channel
 * pair that cannot agree, and SSLPEER filters that identify nobody.
 * Catalogue entries: rules-security.c; documentation: mqtls-rules(7).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cipherspec.h"
#include "decide.h"
#include "diag.h"
#include "dn.h"
#include "lint-model.h"
#include "model.h"
#include "schema.h"
#include "xmalloc.h"

/* Channel types that accept a partner's start (issue 5's list). */
static int
inbound(const char *t)
{
	return strcmp(t, "RCVR") == 0 || strcmp(t, "RQSTR") == 0 ||
	    strcmp(t, "SVR") == 0 || strcmp(t, "SVRCONN") == 0 ||
	    strcmp(t, "CLUSRCVR") == 0;
}

/*
 * The CipherSpec's own weaknesses.  Deprecated CipherSpecs are the
 * language rule deprecated-cipherspec (runmqsc refuses them); these are
 * the ones that work.
 */
static void
check_cipher(struct lm_ctx *c, const struct mobj *ch)
{
	const struct cipherspec	*cs;
	const char		*v = lm_get(ch, "SSLCIPH");

	if (*v == '\0' || (cs = cipherspec_find(v)) == NULL ||
	    cs->status == CS_DEPRECATED)
		return;
	if (cs->flags & CS_NOT_IN_MQ)
		lm_report(c, "cipherspec-unconfirmed", ch, "SSLCIPH",
		    "CipherSpec %s is not in IBM's lists of MQ CipherSpecs "
		    "we could confirm: the channel may not start; use %s",
		    cs->name, cs->replacement);
	else if (!(cs->flags & (CS_FS | CS_ALIAS)))
		lm_report(c, "cipherspec-not-forward-secret", ch, "SSLCIPH",
		    "CipherSpec %s uses RSA key exchange: whoever obtains the "
		    "queue manager's private key can decrypt recorded "
		    "traffic; use %s (ECDHE) or ANY_TLS12_OR_HIGHER",
		    cs->name, cs->replacement != NULL ? cs->replacement :
		    "ANY_TLS12_OR_HIGHER");
	else if ((cs->flags & CS_CBC) && cs->replacement != NULL)
		lm_report(c, "cipherspec-cbc", ch, "SSLCIPH",
		    "CipherSpec %s uses CBC mode; its GCM twin %s is "
		    "authenticated encryption and just as widely supported",
		    cs->name, cs->replacement);
	else if ((cs->flags & CS_ALIAS) && !(cs->flags & CS_MIN_PROTO))
		lm_report(c, "cipherspec-fixed-alias", ch, "SSLCIPH",
		    "%s allows only %s: the channel will not move to a newer "
		    "protocol on its own; IBM recommends %s on both ends",
		    cs->name, cipherspec_proto_name(cs->proto),
		    cs->replacement);
}

/* Does a DN filter name anything that identifies one party? */
static int
identifies(const char *filter)
{
	struct dn_filter	 f;
	const char		*p;
	size_t			 i;
	int			 yes = 0;

	/* The common case without parsing: a leading CN with a value. */
	p = filter + strspn(filter, " ");
	if (strncmp(p, "CN=", 3) == 0 && p[3] != '*' && p[3] != ',' &&
	    p[3] != ';' && p[3] != ' ' && p[3] != '\0')
		return 1;
	if (dn_filter_parse(filter, strlen(filter), &f, NULL) != 0)
		return 1;		/* the language lint reports it */
	for (i = 0; i < f.navas && !yes; i++) {
		switch (f.avas[i].type) {
		case DN_T_CN:
		case DN_T_SERIALNUMBER:
		case DN_T_UID:
		case DN_T_MAIL:
		case DN_T_UNSTRUCTUREDNAME:
		case DN_T_DNQ:
			/* CN=* names nobody in particular. */
			if (f.avas[i].fold_len > 0)
				yes = 1;
			break;
		default:
			break;
		}
	}
	dn_filter_free(&f);
	return yes;
}

static void
check_sslpeer(struct lm_ctx *c, const struct mobj *o, int record)
{
	const char	*v = lm_get(o, "SSLPEER");

	if (*v == '\0' || identifies(v))
		return;
	lm_report(c, "sslpeer-weak", o, "SSLPEER",
	    "SSLPEER('%s') identifies nobody (no CN, SERIALNUMBER, UID, "
	    "MAIL or DNQ with a value): %s every certificate the trusted "
	    "CAs issued with these attributes; name the partner, for "
	    "example with CN=", v,
	    record ? "the record maps" : "the channel accepts");
}

static void
check_channel(struct lm_ctx *c, const struct mobj *ch,
    const struct lm_map *peermaps)
{
	const char		*t = lm_type(ch), *cauth;
	const struct mobj	*r;
	struct diag		*d;
	struct diag_loc		 loc;

	check_cipher(c, ch);
	check_sslpeer(c, ch, 0);
	if (inbound(t) && *lm_get(ch, "SSLCIPH") == '\0')
		lm_report(c, "inbound-no-sslciph", ch, NULL,
		    "%s channel %s has no SSLCIPH: partners connect without "
		    "TLS, unauthenticated and in clear text; set SSLCIPH("
		    "ANY_TLS12_OR_HIGHER) with SSLCAUTH(REQUIRED)", t,
		    ch->name);
	cauth = lm_get(ch, "SSLCAUTH");
	/* Only an SSLCAUTH written on the channel's last command counts. */
	if (*cauth != '\0' && *lm_get(ch, "SSLCIPH") == '\0' &&
	    lm_loc(c, ch, "SSLCAUTH", &loc) == 1)
		lm_report_at(c, "sslcauth-without-sslciph", &loc,
		    "SSLCAUTH(%s) has no effect: the channel has no SSLCIPH, "
		    "so there is no TLS handshake and no certificate is "
		    "%s; set SSLCIPH too", cauth, strcmp(cauth, "REQUIRED")
		    == 0 ? "required" : "asked for");
	if (strcmp(cauth, "OPTIONAL") != 0 || *lm_get(ch, "SSLCIPH") == '\0')
		return;
	/* SSLCAUTH(OPTIONAL) and SSLPEERMAP records on the channel. */
	if ((r = lm_map_get(peermaps, ch->name)) == NULL)
		return;
	d = lm_report(c, "sslcauth-optional-sslpeermap", ch, "SSLCAUTH",
	    "SSLCAUTH(OPTIONAL) lets partners connect without a "
	    "certificate, and then no SSLPEERMAP record can match: they fall "
	    "through to the address and user records; set SSLCAUTH(REQUIRED) "
	    "once every partner has a certificate");
	lm_relate(c, d, r, "SSLPEER", "an SSLPEERMAP record for this channel");
}

/*
 * Channel pairs.  The protocols a SSLCIPH value allows, as a range; the
 * two ends of a channel must share one (ciphers.md 1.1).
 */
static void
proto_range(const struct cipherspec *cs, int *lo, int *hi)
{
	*lo = cs->proto == CS_PROTO_ANY ? CS_PROTO_SSL30 : (int)cs->proto;
	*hi = (cs->flags & CS_MIN_PROTO) ? CS_PROTO_TLS13 : *lo;
}

static int
pair_type(const char *a, const char *b)
{
	static const char *const pairs[][2] = {
		{ "SDR", "RCVR" }, { "SDR", "RQSTR" }, { "SVR", "RCVR" },
		{ "SVR", "RQSTR" }, { "CLUSSDR", "CLUSRCVR" },
		{ "CLNTCONN", "SVRCONN" },
	};
	size_t	 i;

	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if (strcmp(a, pairs[i][0]) == 0 && strcmp(b, pairs[i][1]) == 0)
			return 1;
	return 0;
}

static void
check_pair(struct lm_ctx *, const struct lm_chandef *,
    const struct lm_chandef *);

/* Initiating ends, with the responding end's types. */
static int
initiating(const char *t)
{
	return strcmp(t, "SDR") == 0 || strcmp(t, "SVR") == 0 ||
	    strcmp(t, "CLUSSDR") == 0 || strcmp(t, "CLNTCONN") == 0;
}

/* Check end a against every other view of its name. */
static void
pair_with(struct lm_ctx *c, const struct lm_chandef *a, const struct mobj *self)
{
	struct lm_chandef	 v;
	const struct mobj	*m;
	size_t			 i;

	memset(&v, 0, sizeof v);
	/*
	 * The model's channel of that name: for a CLNTCONN its SVRCONN; for
	 * a model channel of another type the name is its own (one name
	 * space), so only a snapshot can be its partner.
	 */
	if ((self == NULL || strcmp(a->chltype, "CLNTCONN") == 0) &&
	    (m = lm_channel(c, a->name)) != NULL && m != self &&
	    lm_user(c, m) && pair_type(a->chltype, lm_type(m))) {
		lm_chanview(c, m, &v);
		check_pair(c, a, &v);
	}
	if (lm_map_get(&c->defnames, a->name) == NULL)
		return;
	/* The views later files replaced; not the one just checked. */
	for (i = 0; i < c->ndefs; i++)
		if (&c->defs[i] != a && strcmp(c->defs[i].name, a->name) == 0 &&
		    pair_type(a->chltype, c->defs[i].chltype) &&
		    (c->defs[i].src != v.src || c->defs[i].off != v.off))
			check_pair(c, a, &c->defs[i]);
}

static void
check_pair(struct lm_ctx *c, const struct lm_chandef *a,
    const struct lm_chandef *b)
{
	const struct cipherspec	*ca, *cb;
	struct diag_loc		 la, lb;
	struct diag		*d = NULL;
	int			 alo, ahi, blo, bhi;

	/* One queue manager cannot hold both ends, except a client's. */
	if ((a->src == b->src && strcmp(a->chltype, "CLNTCONN") != 0) ||
	    strcmp(a->sslciph, b->sslciph) == 0 ||
	    lm_loc_at(c, a->src, a->off, "SSLCIPH", &la) < 0 ||
	    lm_loc_at(c, b->src, b->off, "SSLCIPH", &lb) < 0)
		return;
	if (*a->sslciph == '\0' || *b->sslciph == '\0') {
		d = lm_report_at(c, "cipherspec-pair-mismatch", &la,
		    "%s %s has %s but its partner %s %s: one end "
		    "expects TLS, the other does not, so the channel cannot "
		    "start; give both ends the same SSLCIPH", a->chltype,
		    a->name, *a->sslciph ? "SSLCIPH" : "no SSLCIPH",
		    b->chltype, *b->sslciph ? "has SSLCIPH" :
		    "has none");
	} else if ((ca = cipherspec_find(a->sslciph)) == NULL ||
	    (cb = cipherspec_find(b->sslciph)) == NULL) {
		return;
	} else {
		proto_range(ca, &alo, &ahi);
		proto_range(cb, &blo, &bhi);
		if (!(ca->flags & CS_ALIAS) && !(cb->flags & CS_ALIAS))
			d = lm_report_at(c, "cipherspec-pair-mismatch", &la,
			    "%s %s uses %s but its partner %s uses %s: the "
			    "two ends of a channel must name the same "
			    "CipherSpec; the channel cannot start",
			    a->chltype, a->name, ca->name, b->chltype,
			    cb->name);
		else if (ahi < blo || bhi < alo)
			d = lm_report_at(c, "cipherspec-pair-mismatch", &la,
			    "%s %s allows %s and its partner %s %s: they "
			    "share no protocol version, so the channel cannot "
			    "start", a->chltype, a->name, ca->name,
			    b->chltype, cb->name);
		else if (!(ca->flags & CS_ALIAS) || !(cb->flags & CS_ALIAS))
			d = lm_report_at(c, "cipherspec-alias-specific", &la,
			    "%s %s uses %s and its partner %s uses %s: with "
			    "an alias on one end the handshake works only "
			    "while the strongest CipherSpec both allow is "
			    "exactly the specific one; use the same alias "
			    "(for example ANY_TLS12_OR_HIGHER) on both ends",
			    a->chltype, a->name, ca->name, b->chltype,
			    cb->name);
	}
	if (d != NULL) {
		diag_relate(d, &lb, "the partner %s %s is defined here",
		    b->chltype, b->name);
		lm_own(c, d, NULL, b->name);
	}
}

void
lint_tls(struct lm_ctx *c)
{
	struct lm_map		 peermaps;
	const struct lm_prof	*p;
	size_t			 i, k;
	void			**slot;
	char			*key;

	/* Channel name -> the first SSLPEERMAP record that matches it. */
	memset(&peermaps, 0, sizeof peermaps);
	for (i = 0; i < c->m->nrecs; i++) {
		struct mobj *r = c->m->recs[i];

		if (strcmp(lm_type(r), "SSLPEERMAP") != 0 ||
		    strcmp(r->obj->name, "CHLAUTH") != 0)
			continue;
		p = lm_profile(c, r->name);
		for (k = 0; k < p->n; k++) {
			/* Only channels with SSLCAUTH(OPTIONAL) ask. */
			if (strcmp(lm_get(p->chans[k], "SSLCAUTH"),
			    "OPTIONAL") != 0)
				continue;
			slot = lm_map_put(&peermaps,
			    key = xstrdup(p->chans[k]->name));
			if (*slot == NULL)
				*slot = r;
			else
				free(key);
		}
	}
	for (i = 0; i < c->nchans; i++)
		if (lm_user(c, c->chans[i]))
			check_channel(c, c->chans[i], &peermaps);
	lm_map_free(&peermaps);
	for (i = 0; i < c->m->nrecs; i++) {
		const struct mobj *r = c->m->recs[i];

		if (lm_user(c, r) && strcmp(r->obj->name, "CHLAUTH") == 0 &&
		    strcmp(lm_type(r), "SSLPEERMAP") == 0)
			check_sslpeer(c, r, 1);
	}
	/* Channel pairs: each initiating end looks up its partners. */
	for (i = 0; i < c->nchans; i++) {
		struct lm_chandef	 v;
		const struct mobj	*o = c->chans[i];

		if (!lm_user(c, o) || !initiating(lm_type(o)))
			continue;
		lm_chanview(c, o, &v);
		pair_with(c, &v, o);
	}
	for (i = 0; i < c->ndefs; i++)
		if (initiating(c->defs[i].chltype))
			pair_with(c, &c->defs[i], NULL);
}
