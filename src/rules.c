/*
 * rules.c - joins the per-area rule tables into one catalogue, looks rules
 * up by id (rules.h) and reports findings with the catalogue's severity.
 *
 * Lookups by id happen once per finding, so the first one builds a small
 * open-addressing hash of the ids; the tables are static and never change
 * while mqtls runs.
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "schema.h"
#include "xmalloc.h"

static const struct rule_info *const rule_tables[] = {
	rules_mqsc,
	rules_security,
	rules_probe,
};

#define NTABLES (sizeof rule_tables / sizeof rule_tables[0])

/* Slots in the id hash: a power of two, well above the number of rules. */
#define RULE_HASH	1024

static struct {
	int		 built;
	size_t		 count;
	const struct rule_info *slot[RULE_HASH];
	long		 index[RULE_HASH];
} rule_hash;

static uint32_t
hash_id(const char *s)
{
	uint32_t	 h = 2166136261u;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void
rule_hash_build(void)
{
	const struct rule_info	*r;
	size_t			 t, n = 0;
	uint32_t		 h;

	for (t = 0; t < NTABLES; t++) {
		for (r = rule_tables[t]; r->id != NULL; r++, n++) {
			h = hash_id(r->id) & (RULE_HASH - 1);
			while (rule_hash.slot[h] != NULL &&
			    strcmp(rule_hash.slot[h]->id, r->id) != 0)
				h = (h + 1) & (RULE_HASH - 1);
			if (rule_hash.slot[h] != NULL)
				continue;	/* a duplicate: the first wins */
			rule_hash.slot[h] = r;
			rule_hash.index[h] = (long)n;
		}
	}
	rule_hash.count = n;
	rule_hash.built = 1;
}

/* The hash slot of id, or -1. */
static long
rule_slot(const char *id)
{
	uint32_t	 h;

	if (id == NULL)
		return -1;
	if (!rule_hash.built)
		rule_hash_build();
	h = hash_id(id) & (RULE_HASH - 1);
	while (rule_hash.slot[h] != NULL) {
		if (strcmp(rule_hash.slot[h]->id, id) == 0)
			return (long)h;
		h = (h + 1) & (RULE_HASH - 1);
	}
	return -1;
}

size_t
rule_count(void)
{
	if (!rule_hash.built)
		rule_hash_build();
	return rule_hash.count;
}

const struct rule_info *
rule_at(size_t i)
{
	const struct rule_info	*r;
	size_t			 t;

	for (t = 0; t < NTABLES; t++)
		for (r = rule_tables[t]; r->id != NULL; r++)
			if (i-- == 0)
				return r;
	return NULL;
}

const struct rule_info *
rule_find(const char *id)
{
	long	 h = rule_slot(id);

	return h >= 0 ? rule_hash.slot[h] : NULL;
}

long
rule_index(const char *id)
{
	long	 h = rule_slot(id);

	return h >= 0 ? rule_hash.index[h] : -1;
}

enum diag_severity
rule_severity(const char *id)
{
	long	 h = rule_slot(id);

	return h >= 0 ? rule_hash.slot[h]->sev : DIAG_ERROR;
}

int
rule_area_known(const char *area)
{
	const struct rule_info	*r;
	size_t			 t;

	for (t = 0; t < NTABLES; t++)
		for (r = rule_tables[t]; r->id != NULL; r++)
			if (strcmp(r->area, area) == 0)
				return 1;
	return 0;
}

const char *
rule_suggest(const char *word, int areas)
{
	const char	**names, *best;
	size_t		  i, n = 0, total = rule_count();

	names = xcalloc(2 * total + 1, sizeof *names);
	for (i = 0; i < total; i++) {
		const struct rule_info *r = rule_at(i);
		size_t k;

		names[n++] = r->id;
		if (!areas)
			continue;
		for (k = 0; k < n - 1 && strcmp(names[k], r->area) != 0; k++)
			;
		if (k == n - 1)
			names[n++] = r->area;
	}
	best = schema_suggest_among(word, names, n);
	free(names);
	return best;
}

struct diag *
diag_rule(struct diag_list *dl, const char *rule, const struct diag_loc *loc,
    const char *fmt, ...)
{
	struct diag	*d;
	va_list		 ap;
	char		*msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	d = diag_add(dl, rule_severity(rule), rule, loc, "%s",
	    msg != NULL ? msg : "(out of memory)");
	free(msg);
	return d;
}
