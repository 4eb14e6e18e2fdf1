/*
 * lint-model.c - the driver of the security rules of `mqtls lint`: builds
 * the queue manager model from the linted commands (on top of a new
 * queue manager's defaults), finds where objects were defined, and runs
 * the rule files (lint-tls.c, lint-chlauth.c) over the model.  See
 * lint-model.h for the contract.
 *
 * Cost: building is one exec per command (records are found through the
 * model's record hash); the helpers here are hashes, so no rule needs to
 * compare every object with every other.  A generic CHLAUTH profile is
 * matched against every channel once (lm_profile caches the result), so
 * that part is (distinct generic profiles) x (channels); mqtls-rules(7)
 * says so.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "diag.h"
#include "exec.h"
#include "lint-model.h"
#include "model.h"
#include "mqsc-check.h"
#include "mqsc-parse.h"
#include "mqsc-reader.h"
#include "qmgr-defaults.h"
#include "rules.h"
#include "runner.h"
#include "schema.h"
#include "source.h"
#include "strpool.h"
#include "xmalloc.h"

#define DEFAULTS_NAME	"<new queue manager>"

struct lint_model {
	struct lm_ctx		 c;
	struct diag_list	 early;		/* found while building */
	struct mqsc_parser	 ps;		/* re-reading for locations */
	const struct schema_object *o_channel, *o_chlauth, *o_qmgr,
				*o_authinfo;
	struct lm_map		 chandefs;	/* "src|ns|name" -> defs[i] + 1 */
	const struct tmpl_defs	*defs;		/* lint --templates, -D */
	int			 templates;
};

static void
quiet(void *arg, const char *line)
{
	(void)arg;
	(void)line;
}

struct lint_model *
lint_model_new(void)
{
	struct lint_model	*lm;
	struct runner		 r;

	lm = xcalloc(1, sizeof *lm);
	lm->c.m = model_new("MQTLS");
	lm->c.m->no_timestamps = 1;
	lm->c.priv = lm;
	diag_list_init(&lm->early);
	mqsc_parser_init(&lm->ps, 0);
	lm->o_channel = schema_object("CHANNEL");
	lm->o_chlauth = schema_object("CHLAUTH");
	lm->o_qmgr = schema_object("QMGR");
	lm->o_authinfo = schema_object("AUTHINFO");

	lm->c.defaults = source_new(DEFAULTS_NAME, qmgr_defaults_mqsc,
	    strlen(qmgr_defaults_mqsc));
	lm->c.defaults_name = strpool_intern(DEFAULTS_NAME);
	runner_init(&r, lm->c.m, NULL);
	runner_start(&r, lm->c.defaults);
	runner_step(&r, 1);
	runner_free(&r);
	return lm;
}

void
lint_model_templates(struct lint_model *lm, int templates,
    const struct tmpl_defs *defs)
{
	lm->templates = templates;
	lm->defs = templates ? defs : NULL;
	mqsc_parser_free(&lm->ps);
	mqsc_parser_init(&lm->ps, templates);
}

void
lint_model_free(struct lint_model *lm)
{
	size_t	 i;

	if (lm == NULL)
		return;
	decide_index_free(lm->c.idx);
	model_free(lm->c.m);
	source_free(lm->c.defaults);
	for (i = 0; i < lm->c.ndefs; i++) {
		free((char *)lm->c.defs[i].name);
		free((char *)lm->c.defs[i].sslciph);
	}
	free(lm->c.defs);
	lm_map_free(&lm->c.defnames);
	lm_map_free(&lm->chandefs);
	for (i = 0; lm->c.profs != NULL && i <= lm->c.profmask; i++)
		if (lm->c.profs[i].chans != &lm->c.profs[i].one)
			free(lm->c.profs[i].chans);
	free(lm->c.profs);
	free(lm->c.chans);
	free(lm->c.srcs);
	free(lm->c.owners);
	diag_list_clear(&lm->early);
	mqsc_parser_free(&lm->ps);
	free(lm);
}

/*
 * Small helpers shared by the rule files.
 */

int
lm_blank(const char *s)
{
	if (s == NULL)
		return 1;
	while (*s == ' ')
		s++;
	return *s == '\0';
}

/*
 * The rules ask for the same few attributes of every object: remember
 * where each (object type, attribute name) pair is, keyed by the name's
 * address (the rules pass string literals), instead of searching the
 * schema each time.
 */
const char *
lm_get(const struct mobj *o, const char *attr)
{
	static struct {
		const struct schema_object	*obj;
		const char			*name;
		const struct schema_attr	*a;
	} cache[64];
	const struct schema_attr	*a;
	const char			*v;
	size_t				 h;

	if (o->vals == NULL)
		return "";
	h = (((size_t)attr >> 3) ^ ((size_t)o->obj >> 4)) & 63;
	if (cache[h].obj == o->obj && cache[h].name == attr)
		a = cache[h].a;
	else {
		a = schema_attr(o->obj, attr);
		cache[h].obj = o->obj;
		cache[h].name = attr;
		cache[h].a = a;
	}
	v = a != NULL ? o->vals[a - o->obj->attrs] : NULL;
	return lm_blank(v) ? "" : v;
}

const char *
lm_type(const struct mobj *o)
{
	if (o->subtype < 0 || o->obj->subtypes == NULL)
		return "";
	return o->obj->subtypes[o->subtype];
}

int
lm_user(const struct lm_ctx *c, const struct mobj *o)
{
	/* File names are interned (exec.c): compare addresses. */
	return o->src_file != NULL && o->src_file != c->defaults_name;
}

/*
 * Which record types a channel type evaluates (chlauth.md 2.2, and
 * decide.c's table): BLOCKUSER and USERMAP only on client channels,
 * QMGRMAP only on queue-manager channels, SSLPEERMAP and ADDRESSMAP on
 * every channel that accepts a partner's start.
 */
int
lm_applies(const char *rectype, const char *chltype)
{
	int	 client = strcmp(chltype, "SVRCONN") == 0 ||
		    strcmp(chltype, "AMQP") == 0;
	int	 qm = strcmp(chltype, "RCVR") == 0 ||
		    strcmp(chltype, "RQSTR") == 0 ||
		    strcmp(chltype, "CLUSRCVR") == 0 ||
		    strcmp(chltype, "SVR") == 0 ||
		    strcmp(chltype, "SDR") == 0;

	if (strcmp(rectype, "BLOCKUSER") == 0 ||
	    strcmp(rectype, "USERMAP") == 0)
		return client;
	if (strcmp(rectype, "QMGRMAP") == 0)
		return qm;
	if (strcmp(rectype, "BLOCKADDR") == 0)
		return 1;
	return client || qm || strcmp(chltype, "MQTT") == 0;
}

int
lm_privileged(const char *user)
{
	size_t	 i;

	for (i = 0; i < decide_ndefault_privileged; i++)
		if (strcmp(user, decide_default_privileged[i]) == 0)
			return 1;
	return 0;
}

struct mobj *
lm_channel(struct lm_ctx *c, const char *name)
{
	struct lint_model	*lm = c->priv;

	return model_find_ns(c->m, NS_CHANNEL, lm->o_channel, name);
}

static size_t
str_hash(const char *s)
{
	size_t	 h = 2166136261u;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

const struct lm_prof *
lm_profile(struct lm_ctx *c, const char *profile)
{
	struct lm_prof	*p;
	struct mobj	*ch;
	size_t		 i, cap = 0;

	if (c->profs == NULL) {
		for (i = 64; i < 2 * c->m->nrecs + 2; i *= 2)
			;
		c->profs = xcalloc(i, sizeof *c->profs);
		c->profmask = i - 1;
	}
	for (i = str_hash(profile) & c->profmask;; i = (i + 1) & c->profmask) {
		p = &c->profs[i];
		if (p->profile == NULL)
			break;
		if (strcmp(p->profile, profile) == 0)
			return p;
	}
	/* Records are a snapshot: the table never fills beyond half. */
	p->profile = profile;
	if (strchr(profile, '*') == NULL) {
		/* A channel name matches at most one channel. */
		if ((ch = lm_channel(c, profile)) != NULL) {
			p->one = ch;
			p->chans = &p->one;
			p->n = 1;
		}
		return p;
	}
	for (i = 0; i < c->nchans; i++) {
		if (strcmp(lm_type(c->chans[i]), "CLNTCONN") == 0 ||
		    !decide_profile_match(profile, c->chans[i]->name))
			continue;
		if (p->n == cap) {
			cap = cap ? cap * 2 : 8;
			p->chans = xreallocarray(p->chans, cap,
			    sizeof *p->chans);
		}
		p->chans[p->n++] = c->chans[i];
	}
	return p;
}

/* A string map: open addressing, keys owned, never shrinks. */
void **
lm_map_put(struct lm_map *m, char *key)
{
	struct lm_map_slot	*old = m->s, *sl;
	size_t			 oldcap = m->mask + 1, i, k;

	if (m->s == NULL || (m->n + 1) * 2 > m->mask + 1) {
		k = m->s == NULL ? 64 : (m->mask + 1) * 2;
		m->s = xcalloc(k, sizeof *m->s);
		m->mask = k - 1;
		for (i = 0; old != NULL && i < oldcap; i++) {
			if (old[i].key == NULL)
				continue;
			for (k = str_hash(old[i].key) & m->mask;
			    m->s[k].key != NULL; k = (k + 1) & m->mask)
				;
			m->s[k] = old[i];
		}
		free(old);
	}
	for (i = str_hash(key) & m->mask;; i = (i + 1) & m->mask) {
		sl = &m->s[i];
		if (sl->key == NULL) {
			sl->key = key;
			m->n++;
			return &sl->val;
		}
		if (strcmp(sl->key, key) == 0)
			return &sl->val;
	}
}

void *
lm_map_get(const struct lm_map *m, const char *key)
{
	size_t	 i;

	if (m->s == NULL)
		return NULL;
	for (i = str_hash(key) & m->mask; m->s[i].key != NULL;
	    i = (i + 1) & m->mask)
		if (strcmp(m->s[i].key, key) == 0)
			return m->s[i].val;
	return NULL;
}

void
lm_map_free(struct lm_map *m)
{
	size_t	 i;

	for (i = 0; m->s != NULL && i <= m->mask; i++)
		free(m->s[i].key);
	free(m->s);
	memset(m, 0, sizeof *m);
}

/*
 * Locations.
 */

static struct source *
source_of(struct lm_ctx *c, const struct mobj *o)
{
	size_t	 i;

	if (o->src_file == NULL)
		return NULL;
	if (strcmp(o->src_file, c->defaults->name) == 0)
		return c->defaults;
	for (i = c->nsrcs; i-- > 0; )
		if (strcmp(c->srcs[i]->name, o->src_file) == 0)
			return c->srcs[i];
	return NULL;
}

int
lm_loc(struct lm_ctx *c, const struct mobj *o, const char *attr,
    struct diag_loc *loc)
{
	return lm_loc_at(c, source_of(c, o), o->src_off, attr, loc);
}

int
lm_loc_at(struct lm_ctx *c, struct source *src, size_t off,
    const char *attr, struct diag_loc *loc)
{
	struct lint_model	*lm = c->priv;
	struct mqsc_reader	 rd;
	struct mqsc_checker	 ck;
	struct mqsc_cmd		 cmd;
	struct ast_command	*ast;
	struct diag_list	 junk;
	const struct mqsc_param	*p;
	size_t			 ls;
	int			 found = 0;

	if (src == NULL || off >= src->len)
		return -1;
	loc->src = src;
	loc->start = off;
	loc->end = off + 1;
	/* Read the command again and find the keyword in it. */
	diag_list_init(&junk);
	mqsc_reader_init(&rd, src, &junk, lm->defs);
	for (ls = off; ls > 0 && src->buf[ls - 1] != '\n'; ls--)
		;
	rd.pos = off;
	rd.line = ls;
	if (mqsc_reader_next(&rd, 1) &&
	    (ast = mqsc_parse(&lm->ps, &rd.cmd, src, &junk)) != NULL) {
		const struct ast_item	*it;

		/* Keywords are written in full or as a fixed synonym. */
		for (it = ast->items; attr != NULL && it != NULL;
		    it = it->next) {
			if (it->kwlen == strlen(attr) &&
			    strncmp(it->kw, attr, it->kwlen) == 0) {
				loc->start = it->span.start;
				loc->end = it->span.end;
				found = 1;
			}
		}
		memset(&ck, 0, sizeof ck);
		ck.diags = &junk;
		ck.src = src;
		ck.arena = &lm->ps.arena;
		ck.templates = lm->templates;
		if (!found && mqsc_check(&ck, ast, &cmd) == 0) {
			if (attr != NULL &&
			    (p = mqsc_cmd_param(&cmd, attr)) != NULL) {
				loc->start = p->item->span.start;
				loc->end = p->item->span.end;
				found = 1;
			} else if (cmd.name != NULL) {
				loc->start = cmd.name->span.start;
				loc->end = cmd.name->span.end;
			}
		}
	}
	mqsc_reader_free(&rd);
	diag_list_clear(&junk);
	return found;
}

/* A rule's default severity from the catalogue. */
static enum diag_severity
rule_sev(const char *rule)
{
	const struct rule_info	*ri = rule_find(rule);

	return ri != NULL ? ri->sev : DIAG_WARNING;
}

static struct diag *
report_v(struct lm_ctx *c, const char *rule, const struct diag_loc *loc,
    const char *fmt, va_list ap)
{
	char			*msg;
	struct diag		*d;

	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	d = diag_add(c->dl, rule_sev(rule), rule, loc,
	    "%s", msg != NULL ? msg : "(out of memory)");
	free(msg);
	return d;
}

struct diag *
lm_report_at(struct lm_ctx *c, const char *rule, const struct diag_loc *loc,
    const char *fmt, ...)
{
	struct diag	*d;
	va_list		 ap;

	va_start(ap, fmt);
	d = report_v(c, rule, loc, fmt, ap);
	va_end(ap);
	return d;
}

void
lm_own(struct lm_ctx *c, const struct diag *d, const struct mobj *o,
    const char *name)
{
	c->owners = xreallocarray(c->owners, c->nowners + 1,
	    sizeof *c->owners);
	c->owners[c->nowners].d = d;
	c->owners[c->nowners].o = o;
	c->owners[c->nowners].name = name;
	c->nowners++;
}

struct diag *
lm_report(struct lm_ctx *c, const char *rule, const struct mobj *o,
    const char *attr, const char *fmt, ...)
{
	struct diag_loc	 loc = { NULL, 0, 0 };
	struct diag	*d;
	va_list		 ap;

	lm_loc(c, o, attr, &loc);
	va_start(ap, fmt);
	d = report_v(c, rule, &loc, fmt, ap);
	va_end(ap);
	lm_own(c, d, o, NULL);
	return d;
}

void
lm_relate(struct lm_ctx *c, struct diag *d, const struct mobj *o,
    const char *attr, const char *fmt, ...)
{
	struct diag_loc	 loc;
	char		*msg;
	va_list		 ap;

	if (d == NULL || lm_loc(c, o, attr, &loc) < 0)
		return;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	diag_relate(d, &loc, "%s", msg != NULL ? msg : "");
	free(msg);
}

struct decide_index *
lm_index(struct lm_ctx *c)
{
	if (c->idx == NULL)
		c->idx = decide_index_new(c->m);
	return c->idx;
}

void
lm_describe(const struct mobj *o, char *buf, size_t len)
{
	decide_describe(o, buf, len);
}

/*
 * Building the model.
 */

static void
add_source(struct lm_ctx *c, struct source *src)
{
	if (c->nsrcs > 0 && c->srcs[c->nsrcs - 1] == src)
		return;
	c->srcs = xreallocarray(c->srcs, c->nsrcs + 1, sizeof *c->srcs);
	c->srcs[c->nsrcs++] = src;
}

/*
 * Remember each file's view of a channel after a command changed it, for
 * the channel-pair rules: the two ends of a pair are often in the files
 * of two queue managers, so the one model cannot hold both.
 */
static void
note_channel(struct lm_ctx *c, struct source *src, const struct mobj *o)
{
	struct lint_model	*lm = c->priv;
	struct lm_chandef	*d;
	char			*k;
	size_t			 i;
	void			**slot;

	xasprintf(&k, "%p|%d|%s", (void *)src,
	    (int)model_ns(o->obj, o->subtype), o->name);
	slot = lm_map_put(&lm->chandefs, k);
	if (*slot == NULL) {
		c->defs = xreallocarray(c->defs, c->ndefs + 1,
		    sizeof *c->defs);
		i = c->ndefs++;
		*slot = (void *)(i + 1);
		d = &c->defs[i];
		d->name = xstrdup(o->name);
		d->sslciph = NULL;
		slot = lm_map_put(&c->defnames, k = xstrdup(o->name));
		if (*slot != NULL)
			free(k);
		*slot = (void *)1;
	} else {
		free(k);
		d = &c->defs[(size_t)*slot - 1];
	}
	free((char *)d->sslciph);
	d->chltype = lm_type(o);
	d->sslciph = xstrdup(lm_get(o, "SSLCIPH"));
	d->src = src;
	d->off = o->src_off;
}

void
lm_chanview(struct lm_ctx *c, const struct mobj *o, struct lm_chandef *v)
{
	v->name = o->name;
	v->chltype = lm_type(o);
	v->sslciph = lm_get(o, "SSLCIPH");
	v->src = source_of(c, o);
	v->off = o->src_off;
}

/* The object name of a command, as the model keys it (static buffer). */
static const char *
name_buf(const struct mqsc_cmd *cmd)
{
	static char	 buf[256];
	size_t		 n = cmd->name->len < sizeof buf - 1 ? cmd->name->len :
			    sizeof buf - 1;

	memcpy(buf, cmd->name->s, n);
	buf[n] = '\0';
	return buf;
}

static void
note_define(struct lm_ctx *c, struct source *src, const struct mqsc_text *t,
    const struct mqsc_cmd *cmd)
{
	const struct mqsc_param	*p = mqsc_cmd_param(cmd, "SSLCIPH");
	struct mobj		*o;
	char			*v;

	if (cmd->name == NULL || cmd->subtype < 0)
		return;
	o = mobj_new(cmd->obj, "", cmd->subtype);
	free(o->name);
	o->name = xstrndup(cmd->name->s, cmd->name->len);
	o->src_off = t->start;
	if (p != NULL && p->item->nvalues == 1) {
		v = xstrndup(p->item->values[0].s, p->item->values[0].len);
		mobj_set(o, p->attr, v);
		free(v);
	}
	note_channel(c, src, o);
	mobj_free(o);
}

void
lint_model_command(void *arg, struct source *src, const struct mqsc_text *t,
    const struct mqsc_cmd *cmd)
{
	struct lint_model	*lm = arg;
	struct lm_ctx		*c = &lm->c;
	struct exec_ctx		 x;
	struct mobj		*o, *old = NULL;
	const char		*verb;
	char			*action;

	if (cmd->verb == NULL || cmd->obj == NULL || cmd->skipped)
		return;
	if (cmd->obj != lm->o_channel && cmd->obj != lm->o_chlauth &&
	    cmd->obj != lm->o_qmgr && cmd->obj != lm->o_authinfo)
		return;
	verb = cmd->verb->name;
	if (strcmp(verb, "DEFINE") != 0 && strcmp(verb, "ALTER") != 0 &&
	    strcmp(verb, "DELETE") != 0 && strcmp(verb, "SET") != 0)
		return;
	add_source(c, src);
	/* Most profiles hold no record yet: skip the key comparison. */
	if (cmd->obj == lm->o_chlauth && cmd->name != NULL &&
	    model_rec_first(c->m, cmd->obj, name_buf(cmd)) != NULL)
		old = exec_chlauth_same(c->m, cmd);
	if (old != NULL && lm_user(c, old)) {
		const struct mqsc_param	*p = mqsc_cmd_param(cmd, "ACTION");
		struct diag_loc		 loc = { src, t->start, t->end };
		struct diag		*d = NULL;

		action = NULL;
		if (cmd->name != NULL) {
			loc.start = cmd->name->span.start;
			loc.end = cmd->name->span.end;
		}
		if (p != NULL && p->item->nvalues == 1) {
			action = xstrndup(p->item->values[0].s,
			    p->item->values[0].len);
			loc.start = p->item->span.start;
			loc.end = p->item->span.end;
		}
		if (action == NULL || strcmp(action, "ADD") == 0) {
			if (strcmp(lm_type(old), "BLOCKUSER") != 0 &&
			    strcmp(lm_type(old), "BLOCKADDR") != 0)
				d = diag_add(&lm->early, rule_sev(
				    "chlauth-already-exists"),
				    "chlauth-already-exists", &loc,
				    "a record with this identity already "
				    "exists, so runmqsc refuses ACTION(ADD) "
				    "(MQRCCF_CHLAUTH_ALREADY_EXISTS, 3337): "
				    "use ACTION(REPLACE), or remove the "
				    "earlier record");
		} else if (strcmp(action, "REPLACE") == 0 &&
		    strcmp(old->src_file, src->name) == 0)
			d = diag_add(&lm->early, rule_sev("chlauth-replaced"),
			    "chlauth-replaced", &loc,
			    "this record replaces one set earlier in the same "
			    "file, which therefore never takes effect: "
			    "delete one of the two");
		if (d != NULL) {
			struct diag_loc	 rl;

			if (lm_loc(c, old, NULL, &rl) >= 0)
				diag_relate(d, &rl, "the record with the "
				    "same identity is set here");
		}
		free(action);
	}

	/*
	 * A DEFINE that replaces another file's channel, or one of another
	 * type: keep the old one's view for the channel-pair rules (the
	 * files may be two queue managers').  With one file so far there
	 * is no other file's channel to keep.
	 */
	if (cmd->obj == lm->o_channel && strcmp(verb, "DEFINE") == 0 &&
	    c->nsrcs > 1 && cmd->name != NULL && cmd->subtype >= 0 &&
	    (o = model_find(c->m, cmd->obj, cmd->subtype, name_buf(cmd))) !=
	    NULL && lm_user(c, o) && (o->subtype != cmd->subtype ||
	    strcmp(o->src_file, src->name) != 0))
		note_channel(c, source_of(c, o), o);

	memset(&x, 0, sizeof x);
	x.model = c->m;
	x.out = quiet;
	x.file = src->name;
	/*
	 * Lint finds objects by offset (lm_loc); the line number is only
	 * for simulate's traces, so it is not computed here (0).
	 */
	x.line = 0;
	x.offset = t->start;
	if (exec_command(&x, cmd) != EXEC_OK) {
		/*
		 * A DEFINE that fails because the other queue manager's end
		 * of the pair holds the name: keep the file's view anyway.
		 */
		if (cmd->obj == lm->o_channel && strcmp(verb, "DEFINE") == 0)
			note_define(c, src, t, cmd);
		return;
	}
}

/*
 * Running the rules.
 */

struct lm_ctx *
lint_model_ctx(struct lint_model *lm)
{
	return &lm->c;
}

void
lint_model_finish(struct lint_model *lm, struct diag_list *dl)
{
	struct lm_ctx	*c = &lm->c;
	struct mobj	**all;
	size_t		 i, n;

	c->dl = dl;
	/* What the build found comes first. */
	for (i = 0; i < lm->early.n; i++) {
		struct diag *d = lm->early.v[i];

		if (dl->n == dl->cap) {
			dl->cap = dl->cap ? dl->cap * 2 : 16;
			dl->v = xreallocarray(dl->v, dl->cap, sizeof *dl->v);
		}
		d->seq = dl->seq++;
		dl->v[dl->n++] = d;
		dl->count[d->sev]++;
	}
	lm->early.n = 0;
	memset(lm->early.count, 0, sizeof lm->early.count);

	all = model_list(c->m, &n);
	c->chans = xcalloc(n + 1, sizeof *c->chans);
	for (i = 0; i < n; i++) {
		if (all[i]->obj != lm->o_channel)
			continue;
		c->chans[c->nchans++] = all[i];
		if (lm_user(c, all[i]))
			c->nuserchans++;
	}
	free(all);
	lint_tls(c);
	lint_chlauth(c);
}
