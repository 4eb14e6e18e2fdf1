/*
 * rules.c - joins the per-area rule tables into one catalogue and looks
 * rules up by id (rules.h).
 */
#include "config.h"

#include <string.h>

#include "rules.h"

static const struct rule_info *const rule_tables[] = {
	rules_mqsc,
	rules_security,
	rules_probe,
};

#define NTABLES (sizeof rule_tables / sizeof rule_tables[0])

size_t
rule_count(void)
{
	const struct rule_info	*r;
	size_t			 i, n = 0;

	for (i = 0; i < NTABLES; i++)
		for (r = rule_tables[i]; r->id != NULL; r++)
			n++;
	return n;
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
	const struct rule_info	*r;
	size_t			 t;

	if (id == NULL)
		return NULL;
	for (t = 0; t < NTABLES; t++)
		for (r = rule_tables[t]; r->id != NULL; r++)
			if (strcmp(r->id, id) == 0)
				return r;
	return NULL;
}
