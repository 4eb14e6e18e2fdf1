/*
 * oam-groups.c - the group file of `mqtls simulate --groups` and `mqtls
 * test`: which operating-system groups each user belongs to, since the
 * OAM grants authority to groups as well as users.
 *
 * Format, one user a line:
 *
 *	# comment
 *	app1: apps, mqclients
 *
 * The first group listed is the user's primary group (it matters under
 * the group security policy).  Blank lines and lines starting with '#'
 * are ignored.  A user listed twice, a line without ':' or a name with
 * blanks inside is an error at its line and column.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "diag.h"
#include "oam.h"
#include "rules.h"
#include "source.h"
#include "xmalloc.h"

struct oam_user {
	char		 *name;
	char		**groups;
	size_t		  ngroups;
	unsigned	  line;
	size_t		  off;		/* of the name, for diagnostics */
};

struct oam_groups {
	struct oam_user	*users;		/* sorted by name */
	size_t		 n;
};

static int
user_cmp(const void *a, const void *b)
{
	return strcmp(((const struct oam_user *)a)->name,
	    ((const struct oam_user *)b)->name);
}

static void
error_at(struct diag_list *dl, struct source *src, const char *at,
    size_t len, const char *msg)
{
	struct diag_loc	 loc;

	loc.src = src;
	loc.start = (size_t)(at - src->buf);
	loc.end = loc.start + (len > 0 ? len : 1);
	if (loc.end > src->len)
		loc.end = src->len;
	diag_rule(dl, "bad-groups-file", &loc, "%s", msg);
}

/* Trim blanks around [*s, *e). */
static void
trim(const char **s, const char **e)
{
	while (*s < *e && isspace((unsigned char)**s))
		(*s)++;
	while (*e > *s && isspace((unsigned char)(*e)[-1]))
		(*e)--;
}

static int
has_blank(const char *s, const char *e)
{
	for (; s < e; s++)
		if (isspace((unsigned char)*s))
			return 1;
	return 0;
}

/* Parse one non-comment line into u; 0, or -1 after a diagnostic. */
static int
parse_line(struct source *src, const char *p, const char *end,
    struct oam_user *u, struct diag_list *dl)
{
	const char	*colon, *s, *e, *q;

	if ((colon = memchr(p, ':', (size_t)(end - p))) == NULL) {
		error_at(dl, src, p, (size_t)(end - p), "expected 'user: "
		    "group,group': this line has no ':'");
		return -1;
	}
	s = p;
	e = colon;
	trim(&s, &e);
	if (s == e) {
		error_at(dl, src, colon, 1, "a user name must come before "
		    "':'");
		return -1;
	}
	if (has_blank(s, e)) {
		error_at(dl, src, s, (size_t)(e - s), "a user name cannot "
		    "contain blanks");
		return -1;
	}
	u->name = xstrndup(s, (size_t)(e - s));
	u->off = (size_t)(s - src->buf);
	for (s = colon + 1; s < end; s = q + 1) {
		if ((q = memchr(s, ',', (size_t)(end - s))) == NULL)
			q = end;
		e = q;
		trim(&s, &e);
		if (s == e) {
			if (q == end && u->ngroups > 0 && e == end)
				break;	/* a trailing comma */
			if (q == end && u->ngroups == 0)
				break;	/* "user:" with no groups */
			error_at(dl, src, q < end ? q : s, 1, "empty group "
			    "name: remove the extra ','");
			return -1;
		}
		if (has_blank(s, e)) {
			error_at(dl, src, s, (size_t)(e - s), "a group name "
			    "cannot contain blanks: separate groups with ','");
			return -1;
		}
		u->groups = xreallocarray(u->groups, u->ngroups + 1,
		    sizeof *u->groups);
		u->groups[u->ngroups++] = xstrndup(s, (size_t)(e - s));
		if (q == end)
			break;
	}
	return 0;
}

static void
user_free(struct oam_user *u)
{
	size_t	 i;

	for (i = 0; i < u->ngroups; i++)
		free(u->groups[i]);
	free(u->groups);
	free(u->name);
}

struct oam_groups *
oam_groups_load(const char *path, struct diag_list *dl)
{
	struct oam_groups *g;
	struct source	*src;
	struct oam_user	 u;
	const char	*p, *end, *nl;
	char		*err, msg[200];
	unsigned	 line = 0;
	const struct oam_user *later;
	size_t		 i, errors = dl->count[DIAG_ERROR];

	if ((src = source_read(path, &err)) == NULL) {
		struct diag_loc nowhere = { NULL, 0, 0 };

		diag_rule(dl, "bad-groups-file", &nowhere, "%s",
		    err);
		free(err);
		return NULL;
	}
	diag_list_own(dl, src);
	g = xcalloc(1, sizeof *g);
	for (p = src->buf, end = src->buf + src->len; p < end; p = nl + 1) {
		const char *le;

		line++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		le = nl;
		if (le > p && le[-1] == '\r')
			le--;
		while (p < le && isspace((unsigned char)*p))
			p++;
		if (p == le || *p == '#')
			continue;
		memset(&u, 0, sizeof u);
		u.line = line;
		if (parse_line(src, p, le, &u, dl) != 0) {
			user_free(&u);
			continue;
		}
		g->users = xreallocarray(g->users, g->n + 1,
		    sizeof *g->users);
		g->users[g->n++] = u;
	}
	if (g->n > 1)
		qsort(g->users, g->n, sizeof *g->users, user_cmp);
	for (i = 1; i < g->n; i++) {
		if (strcmp(g->users[i - 1].name, g->users[i].name) != 0)
			continue;
		later = g->users[i - 1].line > g->users[i].line ?
		    &g->users[i - 1] : &g->users[i];
		snprintf(msg, sizeof msg, "user '%s' is listed twice (lines "
		    "%u and %u): give all its groups on one line",
		    g->users[i].name, g->users[i - 1].line < later->line ?
		    g->users[i - 1].line : g->users[i].line, later->line);
		error_at(dl, src, src->buf + later->off, strlen(later->name),
		    msg);
	}
	if (dl->count[DIAG_ERROR] > errors) {
		oam_groups_free(g);
		return NULL;
	}
	return g;
}

void
oam_groups_free(struct oam_groups *g)
{
	size_t	 i;

	if (g == NULL)
		return;
	for (i = 0; i < g->n; i++)
		user_free(&g->users[i]);
	free(g->users);
	free(g);
}

const char *const *
oam_groups_of(const struct oam_groups *g, const char *user, size_t *n)
{
	struct oam_user	 key, *u;

	*n = 0;
	if (g == NULL || g->n == 0)
		return NULL;
	key.name = (char *)user;
	u = bsearch(&key, g->users, g->n, sizeof *g->users, user_cmp);
	if (u == NULL)
		return NULL;
	*n = u->ngroups;
	return (const char *const *)u->groups;
}

/* The users listed as members of group, in name order (allocated). */
static const char **
groups_members(const struct oam_groups *g, const char *group, size_t *n)
{
	const char	**v;
	size_t		 i, k;

	*n = 0;
	v = xcalloc(g != NULL ? g->n + 1 : 1, sizeof *v);
	for (i = 0; g != NULL && i < g->n; i++)
		for (k = 0; k < g->users[i].ngroups; k++)
			if (strcmp(g->users[i].groups[k], group) == 0) {
				v[(*n)++] = g->users[i].name;
				break;
			}
	return v;
}

void
oam_groups_add_admins(const struct oam_groups *g, char ***v, size_t *n)
{
	const char	**mqm;
	size_t		 nmqm, k;

	if (*v == NULL) {
		*n = 0;
		*v = xcalloc(decide_ndefault_privileged + 1, sizeof **v);
		for (k = 0; k < decide_ndefault_privileged; k++)
			(*v)[(*n)++] = xstrdup(decide_default_privileged[k]);
	}
	mqm = groups_members(g, "mqm", &nmqm);
	*v = xreallocarray(*v, *n + nmqm + 1, sizeof **v);
	for (k = 0; k < nmqm; k++)
		(*v)[(*n)++] = xstrdup(mqm[k]);
	free(mqm);
}
