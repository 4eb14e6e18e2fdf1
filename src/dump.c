/*
 * dump.c - the model as replayable MQSC.
 *
 * Objects come out in creation order, each as DEFINE ... REPLACE with the
 * attributes that differ from what the DEFINE will start from when it is
 * replayed: the SYSTEM.DEF.* object of its type if that was defined
 * earlier, else the schema defaults.  So a dump replayed into a new queue
 * manager rebuilds the same values, even after SYSTEM.DEF.* objects were
 * altered.  Then CHLAUTH records (ACTION(REPLACE), so replaying is
 * idempotent) and authority records.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dump.h"
#include "exec.h"
#include "model.h"
#include "qmgr-defaults.h"
#include "runner.h"
#include "source.h"
#include "schema.h"
#include "xmalloc.h"

static void
put_quoted(FILE *f, const char *s)
{
	putc('\'', f);
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			putc('\'', f);
		putc(*s, f);
	}
	putc('\'', f);
}

static int
quoted_type(const struct schema_attr *a)
{
	return a->type == VT_STRING || a->type == VT_NAME ||
	    a->type == VT_CIPHER;
}

/* Can v be written back?  A blank number or keyword cannot. */
static int
writable(const struct schema_attr *a, const char *v)
{
	return *v != '\0' || quoted_type(a) || (a->flags & AF_LIST);
}

/* KEY(value) as MQSC input: strings quoted, lists item by item. */
static void
put_value(FILE *f, const struct schema_attr *a, const char *v)
{
	const char	*p, *comma;

	fprintf(f, "%s(", a->name);
	if (!quoted_type(a))
		fputs(*v != '\0' ? v : " ", f);
	else if (!(a->flags & AF_LIST))
		put_quoted(f, *v != '\0' ? v : " ");
	else if (*v == '\0')
		fputs("' '", f);
	else {
		for (p = v; ; p = comma + 1) {
			char *item;

			comma = strchr(p, ',');
			item = xstrndup(p, comma != NULL ?
			    (size_t)(comma - p) : strlen(p));
			put_quoted(f, item);
			free(item);
			if (comma == NULL)
				break;
			putc(',', f);
		}
	}
	putc(')', f);
}

static void
put_time(FILE *f, const struct mobj *o, int flags)
{
	if ((flags & DUMP_TIMES) && o->altdate[0] != '\0')
		fprintf(f, "* mqtls: time=%s %s\n", o->altdate, o->alttime);
}

/* The object a replayed DEFINE of o starts from, or NULL for defaults. */
static const struct mobj *
replay_base(struct model *m, const struct mobj *o)
{
	const char	*defname;
	struct mobj	*b;

	defname = exec_default_object(o->obj->name, o->subtype >= 0 &&
	    o->obj->subtypes != NULL ? o->obj->subtypes[o->subtype] : NULL);
	if (defname == NULL || strcmp(defname, o->name) == 0)
		return NULL;
	b = model_find(m, o->obj, o->subtype, defname);
	if (b == NULL || b->obj != o->obj || b->subtype != o->subtype ||
	    b->seq > o->seq)
		return NULL;
	return b;
}

static void
put_attrs(FILE *f, const struct mobj *o, const struct mobj *base,
    int flags)
{
	const struct schema_object	*obj = o->obj;
	const struct schema_attr	*a;
	struct mobj			*def = NULL;
	const char			*v, *bv;
	size_t				 i;

	if (base == NULL && !(flags & DUMP_ALL)) {
		def = mobj_new(obj, o->name, o->subtype);
		mobj_schema_defaults(def);
		base = def;
	}
	for (i = 0; i < obj->nattrs; i++) {
		a = &obj->attrs[i];
		if ((v = o->vals[i]) == NULL || !model_stored_attr(a) ||
		    !writable(a, v))
			continue;
		bv = base != NULL ? base->vals[i] : NULL;
		/* Required ones always: DEFINE needs them, even blank. */
		if (!(flags & DUMP_ALL) && bv != NULL && strcmp(v, bv) == 0 &&
		    !(o->subtype >= 0 && (a->required & SUBTYPE(o->subtype))))
			continue;
		fputs(" +\n   ", f);
		if (a->type == VT_FLAG)
			fputs(strcmp(v, "YES") == 0 ? a->name : a->negation,
			    f);
		else
			put_value(f, a, v);
	}
	mobj_free(def);
}

static const char *
define_noun(const struct mobj *o)
{
	return o->obj->name;
}

/*
 * What a new queue manager has and this one no longer has: DELETE for
 * its default objects, REMOVEALL for its default CHLAUTH records, so that
 * the dump replayed into a new queue manager does not bring them back.
 */
static void
put_removed_defaults(FILE *f, struct model *m)
{
	struct model	*def = model_new(m->qmname);
	struct source	*src;
	struct runner	 r;
	struct mobj	**v;
	size_t		 n, i, k;

	src = source_new("<defaults>", qmgr_defaults_mqsc,
	    strlen(qmgr_defaults_mqsc));
	runner_init(&r, def, NULL);
	runner_start(&r, src);
	runner_step(&r, 1);
	runner_free(&r);
	source_free(src);
	v = model_list(def, &n);
	for (i = 0; i < n; i++) {
		if (model_find(m, v[i]->obj, v[i]->subtype, v[i]->name) !=
		    NULL)
			continue;
		fprintf(f, "DELETE %s(", v[i]->obj->name);
		put_quoted(f, v[i]->name);
		fputs(")\n", f);
	}
	free(v);
	for (i = 0; i < def->nrecs; i++) {
		const struct mobj *d = def->recs[i];

		for (k = 0; k < m->nrecs; k++)
			if (m->recs[k]->obj == d->obj &&
			    m->recs[k]->subtype == d->subtype &&
			    strcmp(m->recs[k]->name, d->name) == 0)
				break;
		if (k < m->nrecs)
			continue;
		fputs("SET CHLAUTH(", f);
		put_quoted(f, d->name);
		fprintf(f, ") TYPE(%s) ACTION(REMOVEALL)\n",
		    d->obj->subtypes[d->subtype]);
	}
	model_free(def);
}

int
dump_model(FILE *f, struct model *m, int flags)
{
	struct mobj	**v, *o, *def;
	size_t		 n, i;
	int		 any = 0;

	/* The queue manager: attributes that differ from a new one's. */
	def = mobj_new(m->qmgr->obj, m->qmname, -1);
	mobj_schema_defaults(def);
	for (i = 0; i < m->qmgr->obj->nattrs; i++) {
		const struct schema_attr *a = &m->qmgr->obj->attrs[i];
		const char *val = m->qmgr->vals[i];

		if (val == NULL || !model_stored_attr(a) || !writable(a, val) ||
		    (!(flags & DUMP_ALL) && def->vals[i] != NULL &&
		    strcmp(val, def->vals[i]) == 0))
			continue;
		if (!any) {
			put_time(f, m->qmgr, flags);
			fputs("ALTER QMGR", f);
		}
		any = 1;
		fputs(" +\n   ", f);
		if (a->type == VT_FLAG)
			fputs(strcmp(val, "YES") == 0 ? a->name :
			    a->negation, f);
		else
			put_value(f, a, val);
	}
	mobj_free(def);
	if (any)
		fputs(" +\n   FORCE\n", f);
	/* A snapshot loads into an empty model: it needs no DELETEs. */
	if (!(flags & DUMP_TIMES))
		put_removed_defaults(f, m);

	v = model_list(m, &n);
	for (i = 0; i < n; i++) {
		o = v[i];
		put_time(f, o, flags);
		fprintf(f, "DEFINE %s(", define_noun(o));
		put_quoted(f, o->name);
		putc(')', f);
		if (o->subtype >= 0 && o->obj->subtype_attr != NULL)
			fprintf(f, " %s(%s)", o->obj->subtype_attr,
			    o->obj->subtypes[o->subtype]);
		if (o->vals != NULL)
			put_attrs(f, o, replay_base(m, o), flags);
		else if (o->raw != NULL && *o->raw != '\0')
			fprintf(f, " +\n   %s", o->raw);
		fputs(" +\n   REPLACE\n", f);
	}
	free(v);

	for (i = 0; i < m->nrecs; i++) {
		const struct schema_attr *a;
		size_t k;

		o = m->recs[i];
		put_time(f, o, flags);
		if (strcmp(o->obj->name, "CHLAUTH") == 0) {
			fputs("SET CHLAUTH(", f);
			put_quoted(f, o->name);
			fprintf(f, ") TYPE(%s)", o->obj->subtypes[o->subtype]);
			for (k = 0; k < o->obj->nattrs; k++) {
				a = &o->obj->attrs[k];
				if (o->vals[k] == NULL ||
				    !exec_chlauth_shows(o, a))
					continue;
				if (*o->vals[k] == '\0' &&
				    !(a->required & SUBTYPE(o->subtype)))
					continue;
				fputs(" +\n   ", f);
				put_value(f, a, o->vals[k]);
			}
			fputs(" +\n   ACTION(REPLACE)\n", f);
		} else {
			const char *p = mobj_get(o, "PRINCIPAL");
			const char *g = mobj_get(o, "GROUP");
			const char *al = mobj_get(o, "AUTHLIST");

			fputs("SET AUTHREC PROFILE(", f);
			put_quoted(f, o->name);
			fprintf(f, ") OBJTYPE(%s)", mobj_get(o, "OBJTYPE"));
			if (p != NULL && *p != '\0') {
				fputs(" PRINCIPAL(", f);
				put_quoted(f, p);
			} else {
				fputs(" GROUP(", f);
				put_quoted(f, g != NULL ? g : "");
			}
			fprintf(f, ") +\n   AUTHADD(%s)\n",
			    al != NULL && *al != '\0' ? al : "NONE");
		}
	}
	return ferror(f) ? -1 : 0;
}
