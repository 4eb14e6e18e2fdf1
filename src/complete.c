/*
 * complete.c - tab completion from the schema and the model.
 *
 * The text before the cursor is split the way the scanner splits it
 * (blanks and commas separate, quotes group, parentheses nest), which
 * tells the position: first word = verb, second = object type, inside
 * KEY( = a value of KEY, otherwise a keyword of the object.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cipherspec.h"
#include "complete.h"
#include "model.h"
#include "schema.h"
#include "xmalloc.h"

struct cands {
	char	**v;
	size_t	 n, cap;
	const char *prefix;
};

static void
add(struct cands *c, const char *s)
{
	size_t	 i, len = strlen(c->prefix);

	if (s == NULL || strncasecmp(s, c->prefix, len) != 0)
		return;
	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i], s) == 0)
			return;
	if (c->n + 2 > c->cap) {
		c->cap = c->cap ? c->cap * 2 : 32;
		c->v = xreallocarray(c->v, c->cap, sizeof *c->v);
	}
	c->v[c->n++] = xstrdup(s);
	c->v[c->n] = NULL;
}

/* The words at depth 0 and, if inside parentheses, the key of the list. */
struct context {
	char	*words[64];
	size_t	 nwords;
	char	*key;		/* KEY of an open KEY( list, or NULL */
	size_t	 keyword_index;	/* index in words of that key */
};

static void
context_parse(struct context *cx, const char *s)
{
	const char	*p = s, *start;
	int		 depth = 0;
	char		*w;
	size_t		 i;

	memset(cx, 0, sizeof cx[0]);
	while (*p != '\0') {
		if (*p == ' ' || *p == '\t' || *p == ',') {
			p++;
			continue;
		}
		if (*p == '(') {
			if (depth++ == 0 && cx->nwords > 0) {
				free(cx->key);
				cx->key = xstrdup(cx->words[cx->nwords - 1]);
				cx->keyword_index = cx->nwords - 1;
			}
			p++;
			continue;
		}
		if (*p == ')') {
			if (depth > 0 && --depth == 0) {
				free(cx->key);
				cx->key = NULL;
			}
			p++;
			continue;
		}
		start = p;
		if (*p == '\'') {
			for (p++; *p != '\0'; p++) {
				if (*p == '\'' && p[1] == '\'')
					p++;
				else if (*p == '\'') {
					p++;
					break;
				}
			}
		} else
			while (*p != '\0' && !strchr(" \t,()'", *p))
				p++;
		if (depth > 0 || cx->nwords == 64)
			continue;
		w = xstrndup(start, (size_t)(p - start));
		for (i = 0; w[i] != '\0'; i++)
			w[i] = (char)toupper((unsigned char)w[i]);
		cx->words[cx->nwords++] = w;
	}
}

static void
context_free(struct context *cx)
{
	size_t	 i;

	for (i = 0; i < cx->nwords; i++)
		free(cx->words[i]);
	free(cx->key);
}

/* The subtype given so far (CHLTYPE(SVRCONN) ...), or -1. */
static int
context_subtype(const char *before, const struct schema_object *o)
{
	const char	*p;
	char		 buf[32];
	size_t		 n = 0, len;

	if (o->subtype_attr == NULL)
		return -1;
	len = strlen(o->subtype_attr);
	for (p = before; (p = strcasestr(p, o->subtype_attr)) != NULL;
	    p += len) {
		const char *q = p + len;

		while (*q == ' ')
			q++;
		if (*q != '(')
			continue;
		q++;
		while (*q == ' ' || *q == '\'')
			q++;
		while (isalnum((unsigned char)*q) && n < sizeof buf - 1)
			buf[n++] = (char)toupper((unsigned char)*q++);
		buf[n] = '\0';
		return schema_subtype(o, buf);
	}
	return -1;
}

static void
add_names(struct cands *c, struct model *m, int (*want)(const struct mobj *,
    const void *), const void *arg)
{
	struct mobj	**v;
	size_t		 n, i;

	if (m == NULL)
		return;
	v = model_list(m, &n);
	for (i = 0; i < n; i++)
		if (want(v[i], arg))
			add(c, v[i]->name);
	free(v);
}

static int
same_object(const struct mobj *o, const void *arg)
{
	const struct schema_object *obj = arg;

	if (strcmp(obj->name, "QUEUE") == 0)
		return model_ns(o->obj, -1) == NS_QUEUE;
	return o->obj == obj;
}

static int
is_queue(const struct mobj *o, const void *arg)
{
	(void)arg;
	return model_ns(o->obj, -1) == NS_QUEUE;
}

char **
complete_candidates(struct model *m, const char *before, const char *word)
{
	struct cands			 c = { NULL, 0, 0, word };
	struct context			 cx;
	const struct schema_verb	*v;
	const struct schema_object	*o;
	const struct schema_attr	*a;
	size_t				 i;
	int				 sub;

	context_parse(&cx, before);
	if (cx.nwords == 0 && cx.key == NULL) {
		for (i = 0; i < schema_nverbs; i++)
			if (!(schema_verbs[i].flags & VF_ZOS))
				add(&c, schema_verbs[i].name);
		add(&c, "HELP");
		goto out;
	}
	if ((v = schema_verb(cx.words[0])) == NULL)
		goto out;
	if (cx.nwords == 1 && cx.key == NULL) {
		for (i = 0; i < schema_nobjects; i++) {
			o = &schema_objects[i];
			if ((o->verbs & v->id) && !(o->zos_verbs & v->id))
				add(&c, o->name);
		}
		goto out;
	}
	if ((o = schema_object(cx.words[1])) == NULL)
		goto out;
	sub = context_subtype(before, o);
	if (cx.key != NULL && cx.keyword_index == 1) {
		/* The object's name: existing objects of that type. */
		add_names(&c, m, same_object, o);
		goto out;
	}
	if (cx.key != NULL) {
		if ((a = schema_attr(o, cx.key)) == NULL)
			goto out;
		if (a->type == VT_CIPHER) {
			for (i = 0; i < ncipherspecs; i++)
				if (cipherspecs[i].status != CS_DEPRECATED &&
				    !(cipherspecs[i].flags & CS_NOT_IN_MQ))
					add(&c, cipherspecs[i].name);
		} else if (a->values != NULL) {
			for (i = 0; a->values[i] != NULL; i++)
				add(&c, a->values[i]);
		} else if (strcmp(a->name, "LIKE") == 0)
			add_names(&c, m, same_object, o);
		else if (strcmp(a->name, "XMITQ") == 0 ||
		    strcmp(a->name, "TARGET") == 0 ||
		    strcmp(a->name, "BOQNAME") == 0 ||
		    strcmp(a->name, "INITQ") == 0)
			add_names(&c, m, is_queue, NULL);
		goto out;
	}
	for (i = 0; o->attrs != NULL && i < o->nattrs; i++) {
		a = &o->attrs[i];
		if (a->flags & (AF_ZOS | AF_OUTPUT))
			continue;
		if (v->id != VERB_DISPLAY && !schema_attr_for_verb(a, v->id))
			continue;
		if (a->subtypes != 0 && sub >= 0 &&
		    !(a->subtypes & SUBTYPE(sub)))
			continue;
		add(&c, a->name);
	}
out:
	context_free(&cx);
	if (c.v == NULL)
		c.v = xcalloc(1, sizeof *c.v);
	return c.v;
}

void
complete_free(char **v)
{
	size_t	 i;

	for (i = 0; v != NULL && v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

int
complete_takes_value(const char *before, const char *candidate)
{
	struct context			 cx;
	const struct schema_object	*o;
	const struct schema_attr	*a;
	int				 yes = 0;

	context_parse(&cx, before);
	if (cx.key == NULL && cx.nwords == 1 &&
	    (o = schema_object(candidate)) != NULL)
		yes = o->name_rule != NAME_NONE;
	else if (cx.key == NULL && cx.nwords >= 2 &&
	    (o = schema_object(cx.words[1])) != NULL &&
	    (a = schema_attr(o, candidate)) != NULL)
		yes = a->type != VT_FLAG && !(schema_verb(cx.words[0]) &&
		    schema_verb(cx.words[0])->id == VERB_DISPLAY &&
		    a->verbs == 0);
	context_free(&cx);
	return yes;
}
