/*
 * report.c - the posture report of mqtls-report(1): one entry per
 * inbound channel defined in the files, with its TLS mode, the CHLAUTH
 * records that apply to it (most specific profile first) and the user
 * each gives, the migration phase, and the findings of the security
 * rules about the channel or its records.  Text, JSON and Graphviz DOT.
 *
 * The four migration phases (issue 5, samples/migration-*.mqsc):
 *	1  TLS with passwords: SSLCIPH, SSLCAUTH(OPTIONAL), no SSLPEERMAP
 *	2  pilots: SSLCAUTH(OPTIONAL) with SSLPEERMAP records
 *	3  SSLPEERMAP in place: SSLCAUTH(REQUIRED), and a record that lets
 *	   a connection in without a certificate mapping (the password
 *	   fallback) is still there
 *	4  mutual TLS only: SSLCAUTH(REQUIRED), SSLPEERMAP, and every
 *	   other record that applies refuses (USERSRC(NOACCESS))
 * A channel without TLS is phase 0; SSLCAUTH(REQUIRED) without any
 * SSLPEERMAP is outside the four (mutual TLS, identities not mapped).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "diag.h"
#include "json.h"
#include "lint-model.h"
#include "model.h"
#include "report.h"
#include "rules.h"
#include "schema.h"
#include "source.h"
#include "xmalloc.h"

struct rchan {
	const struct mobj	*ch;
	const struct mobj	**recs;		/* records that apply */
	size_t			 nrecs, caprecs;
	const struct diag	**finds;
	size_t			 nfinds, capfinds;
	int			 phase;		/* -1: outside the four */
};

static const char *const phase_names[] = {
	"no TLS",
	"TLS with passwords",
	"SSLCAUTH(OPTIONAL) with certificates for pilots",
	"SSLPEERMAP in place, password fallback kept",
	"mutual TLS only",
};

static int
inbound(const char *t)
{
	return strcmp(t, "RCVR") == 0 || strcmp(t, "RQSTR") == 0 ||
	    strcmp(t, "SVR") == 0 || strcmp(t, "SVRCONN") == 0 ||
	    strcmp(t, "CLUSRCVR") == 0;
}

static const char *
usersrc(const struct mobj *r)
{
	const char	*u = lm_get(r, "USERSRC");

	return *u == '\0' ? "MAP" : u;
}

static const char *
tls_mode(const struct mobj *ch)
{
	if (*lm_get(ch, "SSLCIPH") == '\0')
		return "none";
	return strcmp(lm_get(ch, "SSLCAUTH"), "OPTIONAL") == 0 ? "one-way" :
	    "mutual";
}

/* The user a record gives, in words. */
static void
record_user(const struct mobj *r, const struct mobj *ch, char *buf,
    size_t len)
{
	const char	*u = usersrc(r), *t = lm_type(ch);

	if (strcmp(lm_type(r), "BLOCKUSER") == 0)
		snprintf(buf, len, "blocks %s", lm_get(r, "USERLIST"));
	else if (strcmp(u, "NOACCESS") == 0)
		snprintf(buf, len, "refused%s", strcmp(lm_get(r, "WARN"),
		    "YES") == 0 ? " (WARN(YES): only logged)" : "");
	else if (strcmp(u, "MAP") == 0)
		snprintf(buf, len, "%s", lm_get(r, "MCAUSER"));
	else if (*lm_get(ch, "MCAUSER") != '\0')
		snprintf(buf, len, "%s", lm_get(ch, "MCAUSER"));
	else
		snprintf(buf, len, "%s", strcmp(t, "SVRCONN") == 0 ?
		    "the client's user ID" : "the MCA's user (mqm)");
}

/* What a record matches on, for the picture: its filters in words. */
static void
record_filter(const struct mobj *r, char *buf, size_t len)
{
	const char	*t = lm_type(r), *a = lm_get(r, "ADDRESS");
	size_t		 n;

	buf[0] = '\0';
	if (strcmp(t, "SSLPEERMAP") == 0)
		snprintf(buf, len, "SSLPEER %s%s%s", lm_get(r, "SSLPEER"),
		    *lm_get(r, "SSLCERTI") != '\0' ? "\nSSLCERTI " : "",
		    lm_get(r, "SSLCERTI"));
	else if (strcmp(t, "USERMAP") == 0)
		snprintf(buf, len, "CLNTUSER %s", lm_get(r, "CLNTUSER"));
	else if (strcmp(t, "QMGRMAP") == 0)
		snprintf(buf, len, "QMNAME %s", lm_get(r, "QMNAME"));
	else if (strcmp(t, "BLOCKUSER") == 0)
		snprintf(buf, len, "USERLIST %s", lm_get(r, "USERLIST"));
	n = strlen(buf);
	if (*a != '\0' && n + 1 < len)
		snprintf(buf + n, len - n, "%sADDRESS %s", n > 0 ? "\n" : "",
		    a);
}

static int
phase_of(const struct rchan *rc)
{
	const struct mobj	*ch = rc->ch;
	size_t			 i;
	int			 peermap = 0, fallback = 0;

	if (*lm_get(ch, "SSLCIPH") == '\0')
		return 0;
	for (i = 0; i < rc->nrecs; i++) {
		const struct mobj *r = rc->recs[i];
		const char *t = lm_type(r);

		if (strcmp(t, "BLOCKUSER") == 0)
			continue;
		if (strcmp(t, "SSLPEERMAP") == 0) {
			if (strcmp(usersrc(r), "NOACCESS") != 0)
				peermap = 1;
		} else if (strcmp(usersrc(r), "NOACCESS") != 0 ||
		    strcmp(lm_get(r, "WARN"), "YES") == 0)
			fallback = 1;
	}
	if (strcmp(tls_mode(ch), "one-way") == 0)
		return peermap ? 2 : 1;
	if (!peermap)
		return -1;
	return fallback ? 3 : 4;
}

static int
rec_order(const void *x, const void *y)
{
	const struct mobj	*a = *(const struct mobj *const *)x;
	const struct mobj	*b = *(const struct mobj *const *)y;
	int			 c = decide_profile_cmp(a->name, b->name, NULL);

	if (c != 0)
		return c;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static void
add_find(struct rchan *rc, const struct diag *d)
{
	size_t	 i;

	for (i = 0; i < rc->nfinds; i++)
		if (rc->finds[i] == d)
			return;
	if (rc->nfinds == rc->capfinds) {
		rc->capfinds = rc->capfinds ? rc->capfinds * 2 : 4;
		rc->finds = xreallocarray(rc->finds, rc->capfinds,
		    sizeof *rc->finds);
	}
	rc->finds[rc->nfinds++] = d;
}

static int
find_order(const void *x, const void *y)
{
	const struct diag	*a = *(const struct diag *const *)x;
	const struct diag	*b = *(const struct diag *const *)y;

	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/*
 * Gather the channels, the records of each (through the profile cache,
 * so the cost is the number of record-channel matches) and the findings.
 */
static struct rchan *
gather(struct lm_ctx *c, size_t *np)
{
	struct rchan		*v;
	struct lm_map		 byname;
	const struct lm_prof	*p;
	size_t			 i, k, n = 0;
	void			**slot;

	memset(&byname, 0, sizeof byname);
	v = xcalloc(c->nchans + 1, sizeof *v);
	for (i = 0; i < c->nchans; i++) {
		const struct mobj *ch = c->chans[i];

		if (!lm_user(c, ch) || !inbound(lm_type(ch)))
			continue;
		v[n].ch = ch;
		slot = lm_map_put(&byname, xstrdup(ch->name));
		*slot = &v[n];
		n++;
	}
	for (i = 0; i < c->m->nrecs; i++) {
		const struct mobj *r = c->m->recs[i];

		if (strcmp(r->obj->name, "CHLAUTH") != 0 ||
		    strcmp(lm_type(r), "BLOCKADDR") == 0)
			continue;
		p = lm_profile(c, r->name);
		for (k = 0; k < p->n; k++) {
			struct rchan *rc = lm_map_get(&byname,
			    p->chans[k]->name);

			if (rc == NULL || rc->ch != p->chans[k] ||
			    !lm_applies(lm_type(r), lm_type(rc->ch)))
				continue;
			if (rc->nrecs == rc->caprecs) {
				rc->caprecs = rc->caprecs ? rc->caprecs * 2 : 4;
				rc->recs = xreallocarray(rc->recs,
				    rc->caprecs, sizeof *rc->recs);
			}
			rc->recs[rc->nrecs++] = r;
		}
	}
	for (i = 0; i < n; i++)
		if (v[i].nrecs > 1)
			qsort(v[i].recs, v[i].nrecs, sizeof *v[i].recs,
			    rec_order);
	/* Findings about the channel, or about a record that applies. */
	for (i = 0; i < c->nowners; i++) {
		const struct lm_owner *ow = &c->owners[i];
		struct rchan *rc;

		if (ow->o == NULL) {
			if ((rc = lm_map_get(&byname, ow->name)) != NULL)
				add_find(rc, ow->d);
			continue;
		}
		if (strcmp(ow->o->obj->name, "CHANNEL") == 0) {
			if ((rc = lm_map_get(&byname, ow->o->name)) != NULL &&
			    rc->ch == ow->o)
				add_find(rc, ow->d);
			continue;
		}
		if (strcmp(ow->o->obj->name, "CHLAUTH") != 0)
			continue;
		p = lm_profile(c, ow->o->name);
		for (k = 0; k < p->n; k++)
			if ((rc = lm_map_get(&byname, p->chans[k]->name)) !=
			    NULL && rc->ch == p->chans[k])
				add_find(rc, ow->d);
	}
	for (i = 0; i < n; i++) {
		if (v[i].nfinds > 1)
			qsort(v[i].finds, v[i].nfinds, sizeof *v[i].finds,
			    find_order);
		v[i].phase = phase_of(&v[i]);
	}
	lm_map_free(&byname);
	*np = n;
	return v;
}

static void
where(const struct diag_loc *loc, char *buf, size_t len)
{
	unsigned	 line, col;

	if (loc->src == NULL) {
		snprintf(buf, len, "-");
		return;
	}
	source_linecol(loc->src, loc->start, &line, &col);
	snprintf(buf, len, "%s:%u:%u", loc->src->name, line, col);
}

static void
obj_where(struct lm_ctx *c, const struct mobj *o, char *buf, size_t len)
{
	struct diag_loc	 loc;

	if (lm_loc(c, o, NULL, &loc) < 0)
		loc.src = NULL;
	where(&loc, buf, len);
}

static const char *
phase_label(int phase)
{
	return phase < 0 ? "outside the four phases: mutual TLS, no "
	    "SSLPEERMAP" : phase_names[phase];
}

/*
 * Text.
 */
static void
print_text(FILE *f, struct lm_ctx *c, struct rchan *v, size_t n)
{
	char		 buf[1024], at[512];
	size_t		 i, k;

	if (n == 0) {
		fputs("No inbound channels are defined in the files.\n", f);
		return;
	}
	fprintf(f, "%-20s  %-8s  %-7s  %-28s  %s\n", "CHANNEL", "TYPE", "TLS",
	    "CIPHERSPEC", "PHASE");
	for (i = 0; i < n; i++) {
		const char *cs = lm_get(v[i].ch, "SSLCIPH");

		fprintf(f, "%-20s  %-8s  %-7s  %-28s  ", v[i].ch->name,
		    lm_type(v[i].ch), tls_mode(v[i].ch), *cs ? cs : "-");
		if (v[i].phase < 0)
			fputs("-\n", f);
		else
			fprintf(f, "%d\n", v[i].phase);
	}
	for (i = 0; i < n; i++) {
		const struct mobj *ch = v[i].ch;

		obj_where(c, ch, at, sizeof at);
		fprintf(f, "\n%s (%s, %s)\n", ch->name, lm_type(ch), at);
		fprintf(f, "  TLS:      %s%s%s\n", tls_mode(ch),
		    *lm_get(ch, "SSLCIPH") ? ", " : "", lm_get(ch, "SSLCIPH"));
		fprintf(f, "  SSLPEER:  %s\n", *lm_get(ch, "SSLPEER") ?
		    lm_get(ch, "SSLPEER") : "-");
		fprintf(f, "  MCAUSER:  %s\n", *lm_get(ch, "MCAUSER") ?
		    lm_get(ch, "MCAUSER") : "-");
		if (v[i].phase < 0)
			fprintf(f, "  Phase:    %s\n", phase_label(v[i].phase));
		else
			fprintf(f, "  Phase:    %d, %s\n", v[i].phase,
			    phase_label(v[i].phase));
		if (strcmp(lm_get(c->m->qmgr, "CHLAUTH"), "DISABLED") == 0)
			fputs("  Records:  none apply: QMGR CHLAUTH(DISABLED)\n",
			    f);
		else if (v[i].nrecs == 0)
			fputs("  Records:  none\n", f);
		else
			fputs("  Records (most specific profile first):\n", f);
		for (k = 0; strcmp(lm_get(c->m->qmgr, "CHLAUTH"), "DISABLED")
		    != 0 && k < v[i].nrecs; k++) {
			const struct mobj *r = v[i].recs[k];

			lm_describe(r, buf, sizeof buf);
			obj_where(c, r, at, sizeof at);
			fprintf(f, "    %s\n", buf);
			record_user(r, ch, buf, sizeof buf);
			fprintf(f, "      -> %s   (%s)\n", buf, at);
		}
		if (v[i].nfinds == 0)
			fputs("  Findings: none\n", f);
		else
			fputs("  Findings:\n", f);
		for (k = 0; k < v[i].nfinds; k++) {
			const struct diag *d = v[i].finds[k];

			where(&d->loc, at, sizeof at);
			fprintf(f, "    %s: %s [%s]\n      %s\n", at,
			    diag_severity_name(d->sev), d->rule, d->message);
		}
	}
}

/*
 * JSON.
 */
static void
json_where(FILE *f, struct lm_ctx *c, const struct mobj *o)
{
	struct diag_loc	 loc;
	unsigned	 line, col;

	if (lm_loc(c, o, NULL, &loc) < 0) {
		fputs("\"file\": null, \"line\": null", f);
		return;
	}
	source_linecol(loc.src, loc.start, &line, &col);
	fputs("\"file\": ", f);
	json_cstring(f, loc.src->name);
	fprintf(f, ", \"line\": %u", line);
}

static void
json_kv(FILE *f, const char *k, const char *v, int comma)
{
	fprintf(f, "%s\"%s\": ", comma ? ", " : "", k);
	if (v == NULL || *v == '\0')
		fputs("null", f);
	else
		json_cstring(f, v);
}

static void
print_json(FILE *f, struct lm_ctx *c, struct rchan *v, size_t n)
{
	char	 buf[1024];
	size_t	 i, k;
	int	 disabled = strcmp(lm_get(c->m->qmgr, "CHLAUTH"),
		    "DISABLED") == 0;

	fprintf(f, "{\"chlauth\": \"%s\", \"channels\": [",
	    disabled ? "DISABLED" : "ENABLED");
	for (i = 0; i < n; i++) {
		const struct mobj *ch = v[i].ch;

		fputs(i > 0 ? ",\n  {" : "\n  {", f);
		json_kv(f, "name", ch->name, 0);
		json_kv(f, "type", lm_type(ch), 1);
		json_kv(f, "tls", tls_mode(ch), 1);
		json_kv(f, "cipherspec", lm_get(ch, "SSLCIPH"), 1);
		json_kv(f, "sslpeer", lm_get(ch, "SSLPEER"), 1);
		json_kv(f, "mcauser", lm_get(ch, "MCAUSER"), 1);
		fputs(", ", f);
		json_where(f, c, ch);
		if (v[i].phase < 0)
			fputs(", \"phase\": null", f);
		else
			fprintf(f, ", \"phase\": %d", v[i].phase);
		json_kv(f, "phase_name", phase_label(v[i].phase), 1);
		fputs(", \"records\": [", f);
		for (k = 0; !disabled && k < v[i].nrecs; k++) {
			const struct mobj *r = v[i].recs[k];

			fputs(k > 0 ? ",\n    {" : "\n    {", f);
			json_kv(f, "profile", r->name, 0);
			json_kv(f, "type", lm_type(r), 1);
			json_kv(f, "sslpeer", mobj_get(r, "SSLPEER"), 1);
			json_kv(f, "sslcerti", mobj_get(r, "SSLCERTI"), 1);
			json_kv(f, "clntuser", mobj_get(r, "CLNTUSER"), 1);
			json_kv(f, "qmname", mobj_get(r, "QMNAME"), 1);
			json_kv(f, "address", mobj_get(r, "ADDRESS"), 1);
			json_kv(f, "usersrc", strcmp(lm_type(r), "BLOCKUSER") ==
			    0 ? NULL : usersrc(r), 1);
			json_kv(f, "mcauser", mobj_get(r, "MCAUSER"), 1);
			record_user(r, ch, buf, sizeof buf);
			json_kv(f, "result", buf, 1);
			fputs(", ", f);
			json_where(f, c, r);
			fputs("}", f);
		}
		fputs(k > 0 ? "\n  ], \"findings\": [" : "], \"findings\": [",
		    f);
		for (k = 0; k < v[i].nfinds; k++) {
			const struct diag *d = v[i].finds[k];

			fputs(k > 0 ? ",\n    " : "\n    ", f);
			diag_render_json(f, d);
		}
		fputs(k > 0 ? "\n  ]}" : "]}", f);
	}
	fputs(n > 0 ? "\n]}\n" : "]}\n", f);
}

/*
 * Graphviz: certificate (or other) filter -> record -> MCAUSER ->
 * channel, one cluster-free left-to-right graph.
 */
static void
dot_id(FILE *f, const char *s)
{
	putc('"', f);
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			putc('\\', f);
		if (*s == '\n') {
			fputs("\\n", f);
			continue;
		}
		putc(*s, f);
	}
	putc('"', f);
}

static void
print_dot(FILE *f, struct lm_ctx *c, struct rchan *v, size_t n)
{
	char		 filter[1024], user[512], rec[64], chn[96];
	struct lm_map	 seen;
	size_t		 i, k;
	void		**slot;
	int		 disabled = strcmp(lm_get(c->m->qmgr, "CHLAUTH"),
			    "DISABLED") == 0;

	memset(&seen, 0, sizeof seen);
	fputs("digraph posture {\n"
	    "  rankdir=LR;\n"
	    "  node [fontname=\"Helvetica\", fontsize=10];\n", f);
	for (i = 0; i < n; i++) {
		const struct mobj *ch = v[i].ch;

		snprintf(chn, sizeof chn, "channel %s", ch->name);
		fputs("  ", f);
		dot_id(f, chn);
		fprintf(f, " [shape=box, style=bold, label=");
		snprintf(filter, sizeof filter, "%s\n%s, TLS %s", ch->name,
		    lm_type(ch), tls_mode(ch));
		dot_id(f, filter);
		fputs("];\n", f);
		for (k = 0; !disabled && k < v[i].nrecs; k++) {
			const struct mobj *r = v[i].recs[k];
			char *key;

			snprintf(rec, sizeof rec, "record %lu", r->seq);
			xasprintf(&key, "%s", rec);
			slot = lm_map_put(&seen, key);
			if (*slot == NULL) {
				*slot = (void *)1;
				/* The record, and its filter feeding it. */
				fputs("  ", f);
				dot_id(f, rec);
				fputs(" [shape=ellipse, label=", f);
				snprintf(filter, sizeof filter,
				    "CHLAUTH('%s')\n%s %s", r->name,
				    lm_type(r), strcmp(lm_type(r),
				    "BLOCKUSER") == 0 ? "" : usersrc(r));
				dot_id(f, filter);
				fputs("];\n", f);
				record_filter(r, filter, sizeof filter);
				if (*filter != '\0') {
					fputs("  ", f);
					dot_id(f, filter);
					fputs(" [shape=note];\n  ", f);
					dot_id(f, filter);
					fputs(" -> ", f);
					dot_id(f, rec);
					fputs(";\n", f);
				}
			} else
				free(key);
			record_user(r, ch, user, sizeof user);
			fputs("  ", f);
			dot_id(f, rec);
			fputs(" -> ", f);
			if (strcmp(lm_type(r), "BLOCKUSER") == 0 ||
			    strcmp(usersrc(r), "NOACCESS") == 0) {
				/* Refusals point straight at the channel. */
				dot_id(f, chn);
				fputs(" [style=dashed, label=", f);
				dot_id(f, user);
				fputs("];\n", f);
				continue;
			}
			snprintf(filter, sizeof filter, "user %s", user);
			dot_id(f, filter);
			fputs(";\n  ", f);
			dot_id(f, filter);
			fputs(" [shape=octagon, label=", f);
			dot_id(f, user);
			fputs("];\n  ", f);
			dot_id(f, filter);
			fputs(" -> ", f);
			dot_id(f, chn);
			fputs(";\n", f);
		}
	}
	fputs("}\n", f);
	lm_map_free(&seen);
}

void
report_print(FILE *f, struct lm_ctx *c, enum report_format fmt)
{
	struct rchan	*v;
	size_t		 n, i;

	v = gather(c, &n);
	switch (fmt) {
	case REPORT_TEXT:
		print_text(f, c, v, n);
		break;
	case REPORT_JSON:
		print_json(f, c, v, n);
		break;
	case REPORT_DOT:
		print_dot(f, c, v, n);
		break;
	}
	for (i = 0; i < n; i++) {
		free(v[i].recs);
		free(v[i].finds);
	}
	free(v);
}
