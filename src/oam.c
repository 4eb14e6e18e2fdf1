/*
 * oam.c - authority records as the object authority manager reads them:
 * the authority names and what ALL, ALLADM and ALLMQI stand for on each
 * object type, OAM generic profiles and their priority, and the check of
 * one authority for one user (oam.h).
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model.h"
#include "oam.h"
#include "schema.h"
#include "xmalloc.h"

#define NITEMS(a)	(sizeof (a) / sizeof ((a)[0]))
#define OT(t)		(1u << (t))
#define OT_ALL		((1u << OT_NOBJTYPES) - 1)

static const char *const objtype_names[OT_NOBJTYPES] = {
	"AUTHINFO", "CHANNEL", "CLNTCONN", "COMMINFO", "LISTENER",
	"NAMELIST", "PROCESS", "QMGR", "QUEUE", "RQMNAME", "SERVICE",
	"TOPIC",
};

/* What kind of authority: which composite includes it. */
enum auth_kind { AK_MQI, AK_ADM, AK_SYSTEM };

/*
 * The single authorities, in the order DISPLAY AUTHREC lists them, with
 * the object types each applies to.  Sources: SET AUTHREC (mqsc.md 6,
 * [S-AUTHREC91]); "Authorities you can set on IBM MQ objects" (MQ
 * Explorer) for which type takes which authority; setmqaut for the
 * composites: ALLMQI is every MQI authority that applies (context ones
 * included), ALLADM every administration one, ALL both and SYSTEM.
 * Where IBM's tables disagree or say nothing (TOPIC's admin authorities,
 * COMMINFO) we follow setmqaut's "relevant to the object" and list the
 * type.
 */
static const struct auth_info {
	const char	*name;
	enum auth_kind	 kind;
	unsigned	 types;
} auths[] = {
	{ "ALTUSR",	AK_MQI,	OT(OT_QMGR) },
	{ "BROWSE",	AK_MQI,	OT(OT_QUEUE) },
	{ "CHG",	AK_ADM,	OT_ALL & ~OT(OT_RQMNAME) },
	{ "CLR",	AK_ADM,	OT(OT_QUEUE) | OT(OT_TOPIC) },
	{ "CONNECT",	AK_MQI,	OT(OT_QMGR) },
	{ "CRT",	AK_ADM,	OT_ALL & ~OT(OT_RQMNAME) },
	{ "CTRL",	AK_ADM,	OT(OT_CHANNEL) | OT(OT_LISTENER) |
				OT(OT_SERVICE) | OT(OT_TOPIC) },
	{ "CTRLX",	AK_ADM,	OT(OT_CHANNEL) },
	{ "DLT",	AK_ADM,	OT_ALL & ~OT(OT_RQMNAME) },
	{ "DSP",	AK_ADM,	OT_ALL & ~OT(OT_RQMNAME) },
	{ "GET",	AK_MQI,	OT(OT_QUEUE) },
	{ "INQ",	AK_MQI,	OT(OT_QMGR) | OT(OT_QUEUE) | OT(OT_PROCESS) |
				OT(OT_NAMELIST) | OT(OT_AUTHINFO) |
				OT(OT_COMMINFO) },
	{ "PASSALL",	AK_MQI,	OT(OT_QUEUE) | OT(OT_TOPIC) },
	{ "PASSID",	AK_MQI,	OT(OT_QUEUE) | OT(OT_TOPIC) },
	{ "PUB",	AK_MQI,	OT(OT_TOPIC) },
	{ "PUT",	AK_MQI,	OT(OT_QUEUE) | OT(OT_RQMNAME) },
	{ "RESUME",	AK_MQI,	OT(OT_TOPIC) },
	{ "SET",	AK_MQI,	OT(OT_QMGR) | OT(OT_QUEUE) },
	{ "SETALL",	AK_MQI,	OT(OT_QMGR) | OT(OT_QUEUE) | OT(OT_TOPIC) },
	{ "SETID",	AK_MQI,	OT(OT_QMGR) | OT(OT_QUEUE) | OT(OT_TOPIC) },
	{ "SUB",	AK_MQI,	OT(OT_TOPIC) },
	{ "SYSTEM",	AK_SYSTEM, OT(OT_QMGR) },
};

const char *
oam_objtype_name(enum oam_objtype t)
{
	return t < OT_NOBJTYPES ? objtype_names[t] : "?";
}

int
oam_objtype_parse(const char *s, enum oam_objtype *t)
{
	size_t	 i;

	for (i = 0; i < OT_NOBJTYPES; i++)
		if (strcasecmp(s, objtype_names[i]) == 0) {
			*t = i;
			return 0;
		}
	return -1;
}

static oam_mask
composite(enum auth_kind a, enum auth_kind b, enum oam_objtype t)
{
	oam_mask m = 0;
	size_t	 i;

	for (i = 0; i < NITEMS(auths); i++)
		if ((auths[i].kind == a || auths[i].kind == b) &&
		    (auths[i].types & OT(t)))
			m |= (oam_mask)1 << i;
	return m;
}

static int
auth_parse_n(const char *s, size_t n, enum oam_objtype t, oam_mask *m)
{
	char	 w[16];
	size_t	 i;

	while (n > 0 && isspace((unsigned char)*s))
		s++, n--;
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	if (n == 0 || n >= sizeof w)
		return -1;
	for (i = 0; i < n; i++)
		w[i] = toupper((unsigned char)s[i]);
	w[n] = '\0';
	if (strcmp(w, "NONE") == 0)
		*m = 0;
	else if (strcmp(w, "ALL") == 0)
		*m = composite(AK_MQI, AK_ADM, t) |
		    composite(AK_SYSTEM, AK_SYSTEM, t);
	else if (strcmp(w, "ALLADM") == 0)
		*m = composite(AK_ADM, AK_ADM, t);
	else if (strcmp(w, "ALLMQI") == 0)
		*m = composite(AK_MQI, AK_MQI, t);
	else {
		for (i = 0; i < NITEMS(auths); i++)
			if (strcmp(w, auths[i].name) == 0)
				break;
		if (i == NITEMS(auths))
			return -1;
		*m = (oam_mask)1 << i;
	}
	return 0;
}

int
oam_auth_parse(const char *s, enum oam_objtype t, oam_mask *m)
{
	return auth_parse_n(s, strlen(s), t, m);
}

static int
bit_index(oam_mask bit)
{
	size_t	 i;

	for (i = 0; i < NITEMS(auths); i++)
		if (bit == (oam_mask)1 << i)
			return (int)i;
	return -1;
}

const char *
oam_auth_name(oam_mask bit)
{
	static char	 lower[NITEMS(auths)][16];
	int		 i = bit_index(bit);
	size_t		 k;

	if (i < 0)
		return NULL;
	if (lower[i][0] == '\0')
		for (k = 0; auths[i].name[k] != '\0'; k++)
			lower[i][k] = tolower((unsigned char)auths[i].name[k]);
	return lower[i];
}

int
oam_auth_applies(oam_mask bit, enum oam_objtype t)
{
	int	 i = bit_index(bit);

	return i >= 0 && (auths[i].types & OT(t)) != 0;
}

oam_mask
oam_list_mask(const char *list, enum oam_objtype t)
{
	const char	*p, *e;
	oam_mask	 m = 0, one;

	if (list == NULL)
		return 0;
	for (p = list; *p != '\0'; p = *e != '\0' ? e + 1 : e) {
		if ((e = strchr(p, ',')) == NULL)
			e = p + strlen(p);
		/*
		 * A composite counts as what it stands for on this object
		 * type; a single authority counts as given even where it
		 * does not apply, so a check of it still finds the record.
		 */
		if (auth_parse_n(p, (size_t)(e - p), t, &one) == 0)
			m |= one;
	}
	return m;
}

void
oam_mask_list(oam_mask m, char *buf, size_t len)
{
	size_t	 i, pos = 0;
	int	 n;

	if (len == 0)
		return;
	buf[0] = '\0';
	if (m == 0) {
		snprintf(buf, len, "NONE");
		return;
	}
	for (i = 0; i < NITEMS(auths); i++) {
		if (!(m & ((oam_mask)1 << i)))
			continue;
		n = snprintf(buf + pos, len - pos, "%s%s", pos > 0 ? "," : "",
		    auths[i].name);
		if (n < 0 || (size_t)n >= len - pos)
			return;
		pos += (size_t)n;
	}
}

/*
 * Generic profiles ("Using OAM generic profiles"): the name is a list of
 * qualifiers separated by '.'.  A profile qualifier "**" matches zero or
 * more qualifiers, "*" alone exactly one; inside a qualifier '?' matches
 * one character and '*' any run (none included) without crossing a '.'.
 */
static int
qual_match(const char *p, const char *pe, const char *s, const char *se)
{
	const char	*star = NULL, *resume = NULL;

	while (s < se) {
		if (p < pe && (*p == '?' || *p == *s)) {
			p++, s++;
		} else if (p < pe && *p == '*') {
			star = p++;
			resume = s;
		} else if (star != NULL) {
			p = star + 1;
			s = ++resume;
		} else
			return 0;
	}
	while (p < pe && *p == '*')
		p++;
	return p == pe;
}

static const char *
qual_end(const char *s)
{
	const char	*e = strchr(s, '.');

	return e != NULL ? e : s + strlen(s);
}

static int
profile_match(const char *p, const char *s)
{
	const char	*pe = qual_end(p), *se, *t;

	if (pe - p == 2 && p[0] == '*' && p[1] == '*') {
		/* "**": zero qualifiers, or one more and try again. */
		if (*pe == '\0')
			return 1;
		for (t = s;; t = se + 1) {
			if (profile_match(pe + 1, t))
				return 1;
			if (*(se = qual_end(t)) == '\0')
				return 0;
		}
	}
	se = qual_end(s);
	if (pe - p == 1 && *p == '*') {
		if (se == s)
			return 0;	/* one whole, non-empty qualifier */
	} else if (!qual_match(p, pe, s, se))
		return 0;
	if (*se == '\0')	/* "A.**" matches "A": zero qualifiers */
		return *pe == '\0' || strcmp(pe, ".**") == 0;
	if (*pe == '\0')
		return 0;
	return profile_match(pe + 1, se + 1);
}

int
oam_profile_match(const char *profile, const char *name)
{
	if (profile == NULL || name == NULL)
		return 0;
	return profile_match(profile, name);
}

/*
 * "Profile priorities": compare left to right; where they differ, a
 * non-generic character is more specific than a generic one.  The rest
 * is our reading, since IBM's text gives only that rule (documented in
 * mqtls-simulate(1), AUTHORITY):
 *  - a name with no wildcard beats every generic profile;
 *  - "**" counts as one wildcard, and the wildcards rank '?' (one
 *    character), then '*', then "**";
 *  - equal up to the end of one, the other is more specific when what
 *    it has left constrains the name (a literal or '?'), less when it is
 *    only wildcards and dots.
 */
static int
tok_rank(const char *s, size_t *len)
{
	*len = 1;
	if (s[0] == '*' && s[1] == '*') {
		*len = 2;
		return 3;
	}
	return s[0] == '*' ? 2 : s[0] == '?' ? 1 : 0;
}

static int
constrains(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s != '*' && *s != '.')
			return 1;
	return 0;
}

int
oam_profile_cmp(const char *a, const char *b)
{
	return oam_profile_cmp_r(a, b, NULL);
}

int
oam_profile_cmp_r(const char *a, const char *b, int *reading)
{
	int	 ga = strpbrk(a, "*?") != NULL, gb = strpbrk(b, "*?") != NULL;
	int	 ra, rb, dummy;
	size_t	 la, lb;

	if (reading == NULL)
		reading = &dummy;
	if (ga != gb)
		return ga ? 1 : -1;
	while (*a != '\0' && *b != '\0') {
		ra = tok_rank(a, &la);
		rb = tok_rank(b, &lb);
		if (ra != rb) {
			/* Literal against wildcard is IBM's rule; the
			 * order of the wildcards is ours. */
			if (ra != 0 && rb != 0)
				*reading = 1;
			return ra < rb ? -1 : 1;
		}
		if (ra == 0 && *a != *b)	/* cannot both match one name */
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a += la;
		b += lb;
	}
	if (*a == '\0' && *b == '\0')
		return 0;
	*reading = 1;		/* equal up to the end of one: ours */
	if (*a != '\0')
		return constrains(a) ? -1 : 1;
	return constrains(b) ? 1 : -1;
}

static const char *
value(const struct mobj *r, const char *attr)
{
	const char	*v = mobj_get(r, attr);

	return v != NULL ? v : "";
}

static int
user_in_group(const struct oam_query *q, const char *group)
{
	const char *const *g;
	size_t		 n, i;

	if (q->groups == NULL)
		return 0;
	g = oam_groups_of(q->groups, q->user, &n);
	for (i = 0; i < n; i++)
		if (strcmp(g[i], group) == 0)
			return 1;
	return 0;
}

/*
 * The entity a record is for, as seen from this query: 1 when it is the
 * user's or one of its groups'.  Under the group policy a PRINCIPAL
 * record belongs to that principal's primary group (the first group in
 * the groups file), and counts for the user when the user is a member.
 */
static int
record_entity(const struct mobj *r, const struct oam_query *q,
    const char **entity, int *group)
{
	const char	*p = value(r, "PRINCIPAL"), *g = value(r, "GROUP");
	const char *const *pg;
	size_t		 n;

	if (*p != '\0') {
		if (q->policy == OAM_POLICY_USER) {
			*entity = p;
			*group = 0;
			return strcmp(p, q->user) == 0;
		}
		if (strcmp(p, q->user) == 0) {
			*entity = p;
			*group = 0;
			return 1;
		}
		pg = q->groups != NULL ? oam_groups_of(q->groups, p, &n) :
		    NULL;
		if (pg == NULL || n == 0)
			return 0;
		*entity = pg[0];
		*group = 1;
		return user_in_group(q, pg[0]);
	}
	*entity = g;
	*group = 1;
	return *g != '\0' && user_in_group(q, g);
}

static const char *
object_name(const struct model *m, const struct oam_query *q)
{
	if (q->objtype == OT_QMGR && (q->object == NULL || *q->object == '\0'))
		return m->qmname;
	return q->object;
}

int
oam_check(const struct model *m, const struct oam_query *q,
    struct oam_answer *a)
{
	/* The most specific matching record per entity. */
	struct best {
		const struct mobj	*rec;
		const char		*entity;
		int			 group;
		int			 reading;	/* tie-break used */
	} *best = NULL;
	const char	*name = object_name(m, q), *entity;
	char		 have[256];
	size_t		 i, k, nbest = 0, pos;
	int		 group, n;

	memset(a, 0, sizeof *a);
	if (strcmp(q->user, "mqm") == 0 || user_in_group(q, "mqm")) {
		a->granted = 1;
		a->via = OAM_VIA_ADMIN;
		snprintf(a->detail, sizeof a->detail, "'%s' %s the group mqm: "
		    "administrators pass every authority check", q->user,
		    strcmp(q->user, "mqm") == 0 ? "owns" : "is a member of");
		return 1;
	}
	for (i = 0; i < m->nrecs; i++) {
		const struct mobj *r = m->recs[i];

		if (r->dead || strcmp(r->obj->name, "AUTHREC") != 0 ||
		    strcmp(value(r, "OBJTYPE"), oam_objtype_name(q->objtype)))
			continue;
		if (!record_entity(r, q, &entity, &group))
			continue;
		if (!oam_profile_match(r->name, name))
			continue;
		for (k = 0; k < nbest; k++)
			if (best[k].group == group &&
			    strcmp(best[k].entity, entity) == 0)
				break;
		if (k == nbest) {
			best = xreallocarray(best, ++nbest, sizeof *best);
			best[k].reading = 0;
		} else if (oam_profile_cmp_r(r->name, best[k].rec->name,
		    &best[k].reading) >= 0)
			continue;
		best[k].rec = r;
		best[k].entity = entity;
		best[k].group = group;
	}
	for (k = 0; k < nbest; k++) {
		if (!(oam_list_mask(mobj_get(best[k].rec, "AUTHLIST"),
		    q->objtype) & q->access))
			continue;
		a->granted = 1;
		a->via = OAM_VIA_RECORD;
		a->reading = best[k].reading;
		a->record = best[k].rec;
		a->entity = best[k].entity;
		a->entity_group = best[k].group;
		snprintf(a->detail, sizeof a->detail, "%s '%s' has %s on "
		    "profile '%s', the most specific of its profiles that "
		    "match '%s'", best[k].group ? "group" : "user",
		    best[k].entity, oam_auth_name(q->access),
		    best[k].rec->name, name);
		free(best);
		return 1;
	}
	if (nbest == 0) {
		snprintf(a->detail, sizeof a->detail, "no authority record "
		    "for '%s'%s has a profile that matches %s '%s'", q->user,
		    q->groups != NULL ? " or its groups" : " (no --groups)",
		    oam_objtype_name(q->objtype), name);
		free(best);
		return 0;
	}
	/* Say what the most specific profiles do give. */
	for (k = 0; k < nbest; k++)
		if (best[k].reading)
			a->reading = 1;
	pos = 0;
	have[0] = '\0';
	for (k = 0; k < nbest && pos < sizeof have; k++) {
		char list[160];

		oam_mask_list(oam_list_mask(mobj_get(best[k].rec, "AUTHLIST"),
		    q->objtype), list, sizeof list);
		n = snprintf(have + pos, sizeof have - pos, "%s%s '%s' on "
		    "'%s': %s", k > 0 ? "; " : "", best[k].group ? "group" :
		    "user", best[k].entity, best[k].rec->name, list);
		if (n < 0)
			break;
		pos += (size_t)n;
	}
	snprintf(a->detail, sizeof a->detail, "no %s: the most specific "
	    "matching profiles give %s", oam_auth_name(q->access), have);
	free(best);
	return 0;
}
