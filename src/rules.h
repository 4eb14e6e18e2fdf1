/*
 * rules.h - the rule catalogue: every diagnostic rule id mqtls can emit,
 * with its default severity and the text mqtls-rules(7), SARIF rule
 * metadata and --enable/--disable use.
 *
 * The catalogue is one table per area, each in the file that owns the
 * rules of that area (rules-mqsc.c: the language; rules-security.c: TLS
 * and CHLAUTH; rules-probe.c: live endpoints).  rules.c joins them.
 * Ids are stable kebab-case; never rename one, add a new id instead.
 */
#ifndef MQTLS_RULES_H
#define MQTLS_RULES_H

#include <stddef.h>

#include "diag.h"

struct rule_info {
	const char		*id;		/* stable kebab-case */
	enum diag_severity	 sev;		/* default severity */
	const char		*area;		/* "mqsc", "tls", "chlauth", ... */
	const char		*summary;	/* one line, no final period */
	const char		*why;		/* why it matters (full text) */
	const char		*fix;		/* how to fix it (help text) */
};

/* Each area's table ends with an entry whose id is NULL. */
extern const struct rule_info rules_mqsc[];
extern const struct rule_info rules_security[];
extern const struct rule_info rules_probe[];

/* The rule with this id, or NULL. */
const struct rule_info	*rule_find(const char *id);
/* Every rule, area by area, in table order: i from 0 to rule_count()-1. */
size_t			 rule_count(void);
const struct rule_info	*rule_at(size_t i);
/* The position of id in that order (SARIF's ruleIndex), or -1. */
long			 rule_index(const char *id);
/* The default severity of id; DIAG_ERROR for an id not catalogued. */
enum diag_severity	 rule_severity(const char *id);
/* Is this the area of at least one rule? */
int			 rule_area_known(const char *area);
/* The id (or, with areas set, the id or area) closest to word, or NULL. */
const char		*rule_suggest(const char *word, int areas);

/*
 * Add a diagnostic with the rule's default severity from the catalogue:
 * how new code reports findings, so that severity lives in one place.
 */
struct diag		*diag_rule(struct diag_list *, const char *rule,
			    const struct diag_loc *, const char *fmt, ...)
			    __attribute__((format(printf, 4, 5)));

#endif
