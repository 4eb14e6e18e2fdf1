/*
 * model.c - storage for the queue manager model: a hash table of named
 * objects keyed by name space and name, an ordered list of CHLAUTH and
 * authority records, and attribute values as strings.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model.h"
#include "schema.h"
#include "strpool.h"
#include "xmalloc.h"

static size_t
hash_key(enum model_ns ns, const struct schema_object *obj, const char *name)
{
	size_t	 h = 2166136261u;

	h = (h ^ (size_t)ns) * 16777619u;
	if (ns == NS_OTHER)
		h = (h ^ (size_t)(obj - schema_objects)) * 16777619u;
	while (*name != '\0')
		h = (h ^ (unsigned char)*name++) * 16777619u;
	return h;
}

struct model *
model_new(const char *qmname)
{
	struct model	*m;

	m = xcalloc(1, sizeof *m);
	m->qmname = xstrdup(qmname);
	m->tsize = 1024;
	m->table = xcalloc(m->tsize, sizeof *m->table);
	m->qmgr = mobj_new(schema_object("QMGR"), qmname, -1);
	mobj_schema_defaults(m->qmgr);
	return m;
}

void
model_free(struct model *m)
{
	struct mobj	*o, *next;
	size_t		 i;

	if (m == NULL)
		return;
	for (i = 0; i < m->tsize; i++) {
		for (o = m->table[i]; o != NULL; o = next) {
			next = o->hnext;
			mobj_free(o);
		}
	}
	for (i = 0; i < m->nrecs; i++)
		mobj_free(m->recs[i]);
	mobj_free(m->qmgr);
	free(m->recs);
	free(m->rtable);
	free(m->table);
	free(m->qmname);
	free(m);
}

enum model_ns
model_ns(const struct schema_object *obj, int subtype)
{
	/* Called for every lookup: compare table entries, not names. */
	static const struct schema_object *queues[5], *channel;

	if (channel == NULL) {
		queues[0] = schema_object("QLOCAL");
		queues[1] = schema_object("QREMOTE");
		queues[2] = schema_object("QALIAS");
		queues[3] = schema_object("QMODEL");
		queues[4] = schema_object("QUEUE");
		channel = schema_object("CHANNEL");
	}
	if (obj == queues[0] || obj == queues[1] || obj == queues[2] ||
	    obj == queues[3] || obj == queues[4])
		return NS_QUEUE;
	if (obj == channel) {
		if (subtype >= 0 && obj->subtypes != NULL &&
		    strcmp(obj->subtypes[subtype], "CLNTCONN") == 0)
			return NS_CLNTCONN;
		return NS_CHANNEL;
	}
	return NS_OTHER;
}

struct mobj *
model_find_ns(struct model *m, enum model_ns ns,
    const struct schema_object *obj, const char *name)
{
	struct mobj	*o;
	size_t		 h = hash_key(ns, obj, name) & (m->tsize - 1);

	for (o = m->table[h]; o != NULL; o = o->hnext) {
		if (strcmp(o->name, name) != 0 ||
		    model_ns(o->obj, o->subtype) != ns)
			continue;
		if (ns == NS_OTHER && o->obj != obj)
			continue;
		return o;
	}
	return NULL;
}

struct mobj *
model_find(struct model *m, const struct schema_object *obj, int subtype,
    const char *name)
{
	return model_find_ns(m, model_ns(obj, subtype), obj, name);
}

static void
model_grow(struct model *m)
{
	struct mobj	**old = m->table, *o, *next;
	size_t		 oldsize = m->tsize, i, h;

	m->tsize *= 2;
	m->table = xcalloc(m->tsize, sizeof *m->table);
	for (i = 0; i < oldsize; i++) {
		for (o = old[i]; o != NULL; o = next) {
			next = o->hnext;
			h = hash_key(model_ns(o->obj, o->subtype), o->obj,
			    o->name) & (m->tsize - 1);
			o->hnext = m->table[h];
			m->table[h] = o;
		}
	}
	free(old);
}

void
model_insert(struct model *m, struct mobj *o)
{
	size_t	 h;

	if (m->count + 1 > m->tsize / 2 * 1)
		model_grow(m);
	h = hash_key(model_ns(o->obj, o->subtype), o->obj, o->name) &
	    (m->tsize - 1);
	o->hnext = m->table[h];
	m->table[h] = o;
	m->count++;
	if (o->seq == 0)
		o->seq = ++m->seq;
}

void
model_remove(struct model *m, struct mobj *o)
{
	struct mobj	**pp;
	size_t		 h;

	h = hash_key(model_ns(o->obj, o->subtype), o->obj, o->name) &
	    (m->tsize - 1);
	for (pp = &m->table[h]; *pp != NULL; pp = &(*pp)->hnext) {
		if (*pp == o) {
			*pp = o->hnext;
			m->count--;
			mobj_free(o);
			return;
		}
	}
}

void
model_replace(struct model *m, struct mobj *old, struct mobj *new)
{
	unsigned long	 seq = old->seq;

	if (old == m->qmgr) {
		m->qmgr = new;
		mobj_free(old);
		return;
	}
	model_remove(m, old);
	new->seq = seq;
	model_insert(m, new);
}

static size_t
rec_hash(const struct schema_object *obj, const char *name)
{
	size_t	 h = 2166136261u;

	h = (h ^ (size_t)(obj - schema_objects)) * 16777619u;
	while (*name != '\0')
		h = (h ^ (unsigned char)*name++) * 16777619u;
	return h;
}

static void
rec_link(struct model *m, struct mobj *o)
{
	struct mobj	**old = m->rtable, *r, *next;
	size_t		 oldsize = m->rtsize, i, h;

	if (m->rcount + 1 > m->rtsize / 2) {
		m->rtsize = m->rtsize ? m->rtsize * 2 : 256;
		m->rtable = xcalloc(m->rtsize, sizeof *m->rtable);
		for (i = 0; i < oldsize; i++) {
			for (r = old[i]; r != NULL; r = next) {
				next = r->rnext;
				h = rec_hash(r->obj, r->name) & (m->rtsize - 1);
				r->rnext = m->rtable[h];
				m->rtable[h] = r;
			}
		}
		free(old);
	}
	h = rec_hash(o->obj, o->name) & (m->rtsize - 1);
	o->rnext = m->rtable[h];
	m->rtable[h] = o;
	m->rcount++;
}

static void
rec_unlink(struct model *m, struct mobj *o)
{
	struct mobj	**pp;

	if (m->rtsize == 0)
		return;
	pp = &m->rtable[rec_hash(o->obj, o->name) & (m->rtsize - 1)];
	for (; *pp != NULL; pp = &(*pp)->rnext) {
		if (*pp == o) {
			*pp = o->rnext;
			m->rcount--;
			return;
		}
	}
}

struct mobj *
model_rec_first(const struct model *m, const struct schema_object *obj,
    const char *name)
{
	struct mobj	*r;

	if (m->rtsize == 0)
		return NULL;
	r = m->rtable[rec_hash(obj, name) & (m->rtsize - 1)];
	for (; r != NULL; r = r->rnext)
		if (r->obj == obj && strcmp(r->name, name) == 0)
			return r;
	return NULL;
}

struct mobj *
model_rec_next(const struct mobj *o)
{
	struct mobj	*r;

	for (r = o->rnext; r != NULL; r = r->rnext)
		if (r->obj == o->obj && strcmp(r->name, o->name) == 0)
			return r;
	return NULL;
}

void
model_add_record(struct model *m, struct mobj *o)
{
	if (m->nrecs == m->caprecs) {
		m->caprecs = m->caprecs ? m->caprecs * 2 : 64;
		m->recs = xreallocarray(m->recs, m->caprecs, sizeof *m->recs);
	}
	m->recs[m->nrecs++] = o;
	o->seq = ++m->seq;
	rec_link(m, o);
}

void
model_put_record(struct model *m, struct mobj *old, struct mobj *o)
{
	size_t	 i;

	if (old == NULL) {
		model_add_record(m, o);
		return;
	}
	o->seq = old->seq;		/* a replaced record keeps its place */
	for (i = 0; i < m->nrecs; i++)
		if (m->recs[i] == old)
			m->recs[i] = o;
	rec_unlink(m, old);
	rec_link(m, o);
	mobj_free(old);
}

void
model_remove_record(struct model *m, struct mobj *o)
{
	size_t	 i;

	for (i = 0; i < m->nrecs; i++) {
		if (m->recs[i] == o) {
			memmove(&m->recs[i], &m->recs[i + 1],
			    (m->nrecs - i - 1) * sizeof *m->recs);
			m->nrecs--;
			rec_unlink(m, o);
			mobj_free(o);
			return;
		}
	}
}

void
model_touch(struct model *m, struct mobj *o)
{
	time_t		 now;
	struct tm	 tm;

	if (m->when[0] != '\0') {
		memcpy(o->altdate, m->when, 10);
		o->altdate[10] = '\0';
		memcpy(o->alttime, m->when + 11, 8);
		o->alttime[8] = '\0';
		return;
	}
	if (m->no_timestamps || getenv("MQTLS_FIXED_TIME") != NULL) {
		memcpy(o->altdate, "2026-01-01", 11);
		memcpy(o->alttime, "00.00.00", 9);
		return;
	}
	now = time(NULL);
	localtime_r(&now, &tm);
	strftime(o->altdate, sizeof o->altdate, "%Y-%m-%d", &tm);
	strftime(o->alttime, sizeof o->alttime, "%H.%M.%S", &tm);
}

struct mobj *
mobj_new(const struct schema_object *obj, const char *name, int subtype)
{
	struct mobj	*o;

	o = xcalloc(1, sizeof *o);
	o->obj = obj;
	o->name = xstrdup(name);
	o->subtype = subtype;
	if (obj->attrs != NULL)
		o->vals = xcalloc(obj->nattrs + 1, sizeof *o->vals);
	return o;
}

struct mobj *
mobj_clone(const struct mobj *src)
{
	struct mobj	*o;

	o = mobj_new(src->obj, src->name, src->subtype);
	if (src->vals != NULL)
		memcpy(o->vals, src->vals, src->obj->nattrs * sizeof *o->vals);
	if (src->raw != NULL)
		o->raw = xstrdup(src->raw);
	memcpy(o->altdate, src->altdate, sizeof o->altdate);
	memcpy(o->alttime, src->alttime, sizeof o->alttime);
	o->src_file = src->src_file;
	o->src_line = src->src_line;
	o->src_off = src->src_off;
	o->seq = src->seq;
	return o;
}

void
mobj_free(struct mobj *o)
{
	if (o == NULL)
		return;
	free(o->vals);
	free(o->raw);
	free(o->name);
	free(o);
}

const char *
mobj_get(const struct mobj *o, const char *name)
{
	const struct schema_attr	*a;

	if (o->vals == NULL || (a = schema_attr(o->obj, name)) == NULL)
		return NULL;
	return o->vals[a - o->obj->attrs];
}

void
mobj_set(struct mobj *o, const struct schema_attr *a, const char *value)
{
	o->vals[a - o->obj->attrs] = strpool_intern(value);
}

/* Does attribute a hold a value in the model (not input-only, ...)? */
int
model_stored_attr(const struct schema_attr *a)
{
	if (a->flags & (AF_INPUT | AF_ZOS | AF_OUTPUT | AF_SUBTYPE |
	    AF_NEGATED))
		return 0;
	/* A flag pair (TRIGGER/NOTRIGGER) lives in its positive flag. */
	if ((a->type == VT_FLAG && a->negation == NULL) ||
	    a->type == VT_WHERE)
		return 0;
	/* Selectors and options of other verbs are not attributes. */
	return a->verbs == 0 || (a->verbs & (VERB_DEFINE | VERB_ALTER |
	    VERB_SET)) != 0;
}

void
mobj_schema_defaults(struct mobj *o)
{
	const struct schema_object	*obj = o->obj;
	const struct schema_attr	*a;
	const struct schema_subdefault	*sd;
	const char			*v;
	size_t				 i;

	for (i = 0; obj->attrs != NULL && i < obj->nattrs; i++) {
		a = &obj->attrs[i];
		if (!model_stored_attr(a))
			continue;
		if (a->subtypes != 0 && o->subtype >= 0 &&
		    !(a->subtypes & SUBTYPE(o->subtype)))
			continue;
		v = a->defval != NULL ? a->defval : "";
		for (sd = a->subdefs; sd != NULL && sd->value != NULL; sd++)
			if (o->subtype >= 0 && (sd->subtypes &
			    SUBTYPE(o->subtype)))
				v = sd->value;
		o->vals[i] = strpool_intern(v);
	}
}

static int
seq_cmp(const void *a, const void *b)
{
	const struct mobj	*x = *(struct mobj *const *)a;
	const struct mobj	*y = *(struct mobj *const *)b;

	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

struct mobj **
model_list(struct model *m, size_t *n)
{
	struct mobj	**v, *o;
	size_t		 i, k = 0;

	v = xcalloc(m->count + 1, sizeof *v);
	for (i = 0; i < m->tsize; i++)
		for (o = m->table[i]; o != NULL; o = o->hnext)
			v[k++] = o;
	qsort(v, k, sizeof *v, seq_cmp);
	*n = k;
	return v;
}
