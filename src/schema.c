/*
 * schema.c - lookups in the MQSC schema tables and "did you mean" help.
 *
 * The tables themselves are data in mqsc-schema.c and cipherspec.c.  This
 * file owns how they are searched: exact, case-sensitive lookups of
 * canonical names by bsearch() (the tables are sorted; the unit test keeps
 * them so), with a linear look at the few synonyms only when the canonical
 * search misses.  The lookups run for every keyword of every command, so
 * they allocate nothing and touch as little memory as they can.
 *
 * Suggestions use the optimal-string-alignment form of the Damerau-
 * Levenshtein distance (one swap of adjacent letters counts as one edit),
 * case-insensitively, and accept a candidate only within max(1, len / 3)
 * edits of the misspelt word; failing that, a word that is the start of
 * exactly one name (an abbreviation, which MQSC does not accept) suggests
 * that name.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cipherspec.h"
#include "schema.h"
#include "xmalloc.h"

/* Longest word we compute an edit distance for; longer words get none. */
#define SUGGEST_MAXLEN	64

/* The shortest word that may be taken as an abbreviation. */
#define SUGGEST_MINPREFIX 3

/*
 * Exact lookups.
 */

/*
 * Binary search over a table sorted by name; elements are size bytes
 * apart and start with their name pointer.  Comparing the first letter
 * inline skips most strcmp() calls: this runs for every keyword of every
 * command, so it matters on large dumps.
 */
static const void *
find_sorted(const void *base, size_t n, size_t size, const char *word)
{
	size_t		 lo = 0, hi = n, mid;
	const char	*name;
	int		 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		name = *(const char *const *)(const void *)
		    ((const char *)base + mid * size);
		c = (unsigned char)word[0] - (unsigned char)name[0];
		if (c == 0)
			c = strcmp(word, name);
		if (c == 0)
			return ((const char *)base + mid * size);
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return (NULL);
}

const struct schema_verb *
schema_verb(const char *word)
{
	const struct schema_verb	*v;
	size_t				 i;

	if (word == NULL)
		return (NULL);
	v = find_sorted(schema_verbs, schema_nverbs, sizeof schema_verbs[0],
	    word);
	if (v != NULL)
		return (v);
	for (i = 0; i < schema_nverbs; i++) {
		v = &schema_verbs[i];
		if (v->synonym != NULL && strcmp(word, v->synonym) == 0)
			return (v);
	}
	return (NULL);
}

const struct schema_object *
schema_object(const char *word)
{
	const struct schema_object	*o;
	size_t				 i;

	if (word == NULL)
		return (NULL);
	o = find_sorted(schema_objects, schema_nobjects,
	    sizeof schema_objects[0], word);
	if (o != NULL)
		return (o);
	for (i = 0; i < schema_nobjects; i++) {
		o = &schema_objects[i];
		if (o->synonym != NULL && strcmp(word, o->synonym) == 0)
			return (o);
		if (o->alt_synonym != NULL &&
		    strcmp(word, o->alt_synonym) == 0)
			return (o);
	}
	return (NULL);
}

static const struct schema_attr *
schema_attr_scan(const struct schema_object *obj, const char *word)
{
	const struct schema_attr	*a;
	size_t				 i;

	a = find_sorted(obj->attrs, obj->nattrs, sizeof obj->attrs[0], word);
	if (a != NULL)
		return (a);
	for (i = 0; i < obj->nattrs; i++) {
		a = &obj->attrs[i];
		if (a->synonym != NULL && strcmp(word, a->synonym) == 0)
			return (a);
	}
	return (NULL);
}

/*
 * Attribute lookup runs for every keyword of every command, so each
 * object gets a hash index of its attribute names and synonyms, built on
 * first use (open addressing, FNV-1a).  The sorted table stays the source
 * of truth; the index is only a faster way into it.
 */
struct attr_slot {
	const char			*key;	/* name or synonym */
	const struct schema_attr	*attr;
};

struct attr_index {
	struct attr_slot	*slots;
	size_t			 mask;
	const struct schema_attr **required;	/* attrs with required != 0 */
	size_t			 nrequired;
};

static struct attr_index *attr_indexes;	/* parallel to schema_objects */

static size_t
name_hash(const char *s)
{
	size_t	 h = 2166136261u;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return (h);
}

static void
index_put(struct attr_index *ix, const char *key,
    const struct schema_attr *a)
{
	size_t	 i = name_hash(key) & ix->mask;

	while (ix->slots[i].key != NULL)
		i = (i + 1) & ix->mask;
	ix->slots[i].key = key;
	ix->slots[i].attr = a;
}

static const struct attr_index *
attr_index(const struct schema_object *obj)
{
	struct attr_index	*ix;
	size_t			 n, i;

	if (attr_indexes == NULL)
		attr_indexes = xcalloc(schema_nobjects, sizeof *attr_indexes);
	ix = &attr_indexes[obj - schema_objects];
	if (ix->slots != NULL)
		return (ix);
	for (n = 8; n < 4 * obj->nattrs; n *= 2)
		;
	ix->slots = xcalloc(n, sizeof *ix->slots);
	ix->mask = n - 1;
	ix->required = xcalloc(obj->nattrs + 1, sizeof *ix->required);
	for (i = 0; i < obj->nattrs; i++) {
		index_put(ix, obj->attrs[i].name, &obj->attrs[i]);
		if (obj->attrs[i].synonym != NULL)
			index_put(ix, obj->attrs[i].synonym, &obj->attrs[i]);
		if (obj->attrs[i].required != 0)
			ix->required[ix->nrequired++] = &obj->attrs[i];
	}
	return (ix);
}

const struct schema_attr *const *
schema_required(const struct schema_object *obj, size_t *n)
{
	const struct attr_index	*ix;

	*n = 0;
	if (obj == NULL || obj->attrs == NULL ||
	    obj < schema_objects || obj >= schema_objects + schema_nobjects)
		return (NULL);
	ix = attr_index(obj);
	*n = ix->nrequired;
	return (ix->required);
}

const struct schema_attr *
schema_attr(const struct schema_object *obj, const char *word)
{
	const struct attr_index	*ix;
	size_t			 i;

	if (obj == NULL || obj->attrs == NULL || word == NULL)
		return (NULL);
	/* Objects outside the table (tests build their own) search it. */
	if (obj < schema_objects || obj >= schema_objects + schema_nobjects)
		return (schema_attr_scan(obj, word));
	ix = attr_index(obj);
	for (i = name_hash(word) & ix->mask; ix->slots[i].key != NULL;
	    i = (i + 1) & ix->mask) {
		if (ix->slots[i].key[0] == word[0] &&
		    strcmp(ix->slots[i].key, word) == 0)
			return (ix->slots[i].attr);
	}
	return (NULL);
}

int
schema_subtype(const struct schema_object *obj, const char *value)
{
	int	i;

	if (obj == NULL || obj->subtypes == NULL || value == NULL)
		return (-1);
	for (i = 0; obj->subtypes[i] != NULL; i++) {
		if (strcmp(value, obj->subtypes[i]) == 0)
			return (i);
	}
	return (-1);
}

int
schema_enum_index(const struct schema_attr *attr, const char *value)
{
	int	i;

	if (attr == NULL || attr->values == NULL || value == NULL)
		return (-1);
	for (i = 0; attr->values[i] != NULL; i++) {
		if (strcmp(value, attr->values[i]) == 0)
			return (i);
	}
	return (-1);
}

int
schema_attr_for_verb(const struct schema_attr *attr, unsigned verb)
{
	unsigned	mask;

	if (attr == NULL)
		return (0);
	mask = attr->verbs != 0 ? attr->verbs : VERBS_DEFALT;
	return ((mask & verb) != 0);
}

/*
 * Suggestions.
 */

struct suggest {
	const char	*word;		/* the misspelt word */
	size_t		 len;
	unsigned	 limit;		/* most edits accepted */
	const char	*best;		/* closest name so far */
	unsigned	 dist;
	const char	*prefixed;	/* the one name starting with word */
	unsigned	 nprefixed;
};

static unsigned
min3(unsigned a, unsigned b, unsigned c)
{
	unsigned	m = a < b ? a : b;

	return (m < c ? m : c);
}

static int
upper(int c)
{
	return (c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
}

/*
 * Optimal string alignment distance between a and b (both at most
 * SUGGEST_MAXLEN long), ignoring case.  Keeps three rows on the stack.
 */
static unsigned
edit_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	unsigned	 rows[3][SUGGEST_MAXLEN + 1];
	unsigned	*pp = rows[0], *p = rows[1], *c = rows[2], *t;
	unsigned	 cost, v;
	size_t		 i, j;

	for (j = 0; j <= blen; j++)
		p[j] = (unsigned)j;
	for (i = 1; i <= alen; i++) {
		c[0] = (unsigned)i;
		for (j = 1; j <= blen; j++) {
			cost = upper(a[i - 1]) != upper(b[j - 1]);
			v = min3(p[j] + 1, c[j - 1] + 1, p[j - 1] + cost);
			if (i > 1 && j > 1 &&
			    upper(a[i - 1]) == upper(b[j - 2]) &&
			    upper(a[i - 2]) == upper(b[j - 1]) &&
			    pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			c[j] = v;
		}
		t = pp;
		pp = p;
		p = c;
		c = t;
	}
	return (p[blen]);
}

static void
suggest_init(struct suggest *s, const char *word)
{
	memset(s, 0, sizeof *s);
	s->word = word;
	s->len = word != NULL ? strlen(word) : 0;
	s->limit = s->len / 3 > 1 ? (unsigned)(s->len / 3) : 1;
	s->dist = s->limit + 1;
}

/* Weigh one candidate spelling; result is the name to suggest for it. */
static void
suggest_try(struct suggest *s, const char *cand, const char *result)
{
	size_t		clen, diff, i;
	unsigned	d;

	if (cand == NULL || s->len == 0 || s->len > SUGGEST_MAXLEN)
		return;
	clen = strlen(cand);
	if (clen > SUGGEST_MAXLEN)
		return;

	if (s->len >= SUGGEST_MINPREFIX && s->len < clen) {
		for (i = 0; i < s->len; i++) {
			if (upper(s->word[i]) != upper(cand[i]))
				break;
		}
		if (i == s->len && result != s->prefixed) {
			s->prefixed = result;
			s->nprefixed++;
		}
	}

	diff = clen > s->len ? clen - s->len : s->len - clen;
	if (diff > s->limit)
		return;
	d = edit_distance(s->word, s->len, cand, clen);
	/* Never suggest a name the word shares (almost) nothing with. */
	if (d >= s->len || d >= clen)
		return;
	if (d < s->dist) {
		s->dist = d;
		s->best = result;
	}
}

static const char *
suggest_result(const struct suggest *s)
{
	if (s->best != NULL)
		return (s->best);
	if (s->nprefixed == 1)
		return (s->prefixed);
	return (NULL);
}

const char *
schema_suggest_attr(const struct schema_object *obj, const char *word,
    unsigned verb)
{
	const struct schema_attr	*a;
	struct suggest			 s;
	size_t				 i;

	if (obj == NULL || obj->attrs == NULL || word == NULL)
		return (NULL);
	suggest_init(&s, word);
	for (i = 0; i < obj->nattrs; i++) {
		a = &obj->attrs[i];
		if (a->flags & AF_ZOS)
			continue;
		if (verb == VERB_DISPLAY) {
			/* Any attribute may be requested by name. */
			if (a->flags & AF_INPUT)
				continue;
		} else if (verb != 0 && !schema_attr_for_verb(a, verb))
			continue;
		suggest_try(&s, a->name, a->name);
		suggest_try(&s, a->synonym, a->name);
	}
	return (suggest_result(&s));
}

const char *
schema_suggest_word(const char *word, const char *const *cands)
{
	struct suggest	 s;

	if (word == NULL || cands == NULL)
		return (NULL);
	suggest_init(&s, word);
	for (; *cands != NULL; cands++)
		suggest_try(&s, *cands, *cands);
	return (suggest_result(&s));
}

const char *
schema_suggest_verb(const char *word)
{
	struct suggest	s;
	size_t		i;

	if (word == NULL)
		return (NULL);
	suggest_init(&s, word);
	for (i = 0; i < schema_nverbs; i++) {
		suggest_try(&s, schema_verbs[i].name, schema_verbs[i].name);
		suggest_try(&s, schema_verbs[i].synonym, schema_verbs[i].name);
	}
	return (suggest_result(&s));
}

const char *
schema_suggest_object(const char *word)
{
	const struct schema_object	*o;
	struct suggest			 s;
	size_t				 i;

	if (word == NULL)
		return (NULL);
	suggest_init(&s, word);
	for (i = 0; i < schema_nobjects; i++) {
		o = &schema_objects[i];
		suggest_try(&s, o->name, o->name);
		suggest_try(&s, o->synonym, o->name);
		suggest_try(&s, o->alt_synonym, o->name);
	}
	return (suggest_result(&s));
}

const char *
schema_suggest_value(const struct schema_attr *attr, const char *word)
{
	struct suggest	s;
	size_t		i;

	if (attr == NULL || word == NULL)
		return (NULL);
	suggest_init(&s, word);
	if (attr->type == VT_CIPHER) {
		for (i = 0; i < ncipherspecs; i++) {
			if (cipherspecs[i].flags & CS_NOT_IN_MQ)
				continue;
			suggest_try(&s, cipherspecs[i].name,
			    cipherspecs[i].name);
		}
	} else if (attr->values != NULL) {
		for (i = 0; attr->values[i] != NULL; i++)
			suggest_try(&s, attr->values[i], attr->values[i]);
	}
	return (suggest_result(&s));
}

const char *
schema_suggest_among(const char *word, const char *const *names, size_t n)
{
	struct suggest	s;
	size_t		i;

	if (word == NULL)
		return (NULL);
	suggest_init(&s, word);
	for (i = 0; i < n; i++)
		suggest_try(&s, names[i], names[i]);
	return (suggest_result(&s));
}

/*
 * Text for messages.
 */

/* Append to buf without overflowing it; *used tracks the length. */
static void
append(char *buf, size_t size, size_t *used, const char *text)
{
	size_t	len;

	if (*used + 1 >= size)
		return;
	len = strlen(text);
	if (len > size - *used - 1)
		len = size - *used - 1;
	memcpy(buf + *used, text, len);
	*used += len;
	buf[*used] = '\0';
}

static void
append_values(char *buf, size_t size, size_t *used,
    const char *const *values)
{
	size_t	i;

	for (i = 0; values != NULL && values[i] != NULL; i++) {
		if (i > 0)
			append(buf, size, used, ", ");
		append(buf, size, used, values[i]);
	}
}

const char *
schema_values_list(const struct schema_attr *attr, char *buf, size_t size)
{
	char	tmp[96];
	size_t	used = 0;

	if (buf == NULL || size == 0)
		return ("");
	buf[0] = '\0';
	if (attr == NULL)
		return (buf);

	switch (attr->type) {
	case VT_FLAG:
		append(buf, size, &used, "no value");
		break;
	case VT_STRING:
		if (attr->maxlen != 0)
			snprintf(tmp, sizeof tmp, "a string of up to %u "
			    "characters", attr->maxlen);
		else
			snprintf(tmp, sizeof tmp, "a string");
		append(buf, size, &used, tmp);
		break;
	case VT_NAME:
		if (attr->maxlen != 0)
			snprintf(tmp, sizeof tmp, "a name of up to %u "
			    "characters", attr->maxlen);
		else
			snprintf(tmp, sizeof tmp, "a name");
		append(buf, size, &used, tmp);
		break;
	case VT_INT:
		snprintf(tmp, sizeof tmp, "%lld-%lld", attr->min, attr->max);
		append(buf, size, &used, tmp);
		break;
	case VT_ENUM:
		append_values(buf, size, &used, attr->values);
		break;
	case VT_INT_ENUM:
		append_values(buf, size, &used, attr->values);
		snprintf(tmp, sizeof tmp, "%s%lld-%lld", used > 0 ? ", " : "",
		    attr->min, attr->max);
		append(buf, size, &used, tmp);
		break;
	case VT_CIPHER:
		append(buf, size, &used, "a CipherSpec name, or blank");
		break;
	case VT_WHERE:
		append(buf, size, &used, "keyword operator value");
		break;
	}
	if (attr->flags & AF_LIST)
		append(buf, size, &used, " (a comma-separated list)");
	return (buf);
}
