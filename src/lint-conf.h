/*
 * lint-conf.h - which rules `mqtls lint` reports, and how severe: the
 * defaults of the catalogue, then a .mqtls.conf found upward from each
 * linted file, then --enable and --disable in the order given.
 *
 * .mqtls.conf, one setting a line ('#' starts a comment):
 *	disable = RULE-OR-AREA[, ...]	("all" for every rule)
 *	enable = RULE-OR-AREA[, ...]
 *	severity RULE = error|warning|note
 *	fail-level = error|warning|note
 */
#ifndef MQTLS_LINT_CONF_H
#define MQTLS_LINT_CONF_H

#include "diag.h"

#define LINT_CONF_NAME	".mqtls.conf"

enum conf_op_kind { CONF_ENABLE, CONF_DISABLE, CONF_SEVERITY };

struct conf_op {
	enum conf_op_kind	 kind;
	const char		*target;	/* id, area or "all" (static) */
	enum diag_severity	 sev;		/* CONF_SEVERITY */
};

struct conf_ops {
	struct conf_op		*v;
	size_t			 n, cap;
};

/* One configuration file, read once however many inputs it governs. */
struct lint_conf {
	char			*path;		/* absolute */
	struct source		*src;		/* named as it is shown */
	struct conf_ops		 ops;
	int			 fail;		/* -1: not set */
	struct diag_list	 diags;		/* its own problems */
	int			 reported;	/* diags handed out already */
};

/* What applies to one input. */
struct lint_policy {
	unsigned char		*off;		/* by rule index */
	signed char		*sev;		/* by rule index, -1: default */
	size_t			 n;
};

/*
 * Resolve a --enable/--disable argument (RULE[,RULE...], areas and "all"
 * allowed) into ops.  On an unknown name says what is wrong, with a
 * suggestion, on stderr and returns -1.
 */
int	conf_ops_parse_arg(struct conf_ops *, enum conf_op_kind,
	    const char *arg, const char *option);
void	conf_ops_free(struct conf_ops *);

/*
 * The .mqtls.conf that governs input path ("-": the working directory),
 * as an absolute path (allocated), or NULL.
 */
char	*conf_find(const char *input);
/*
 * Read and parse a configuration file.  NULL with *err set (allocated)
 * when it cannot be read; problems inside it are diagnostics in
 * conf->diags.
 */
struct lint_conf *conf_load(const char *path, char **err);
void	conf_free(struct lint_conf *);

void	policy_init(struct lint_policy *);
void	policy_free(struct lint_policy *);
void	policy_apply(struct lint_policy *, const struct conf_ops *);
/* Drop disabled findings and apply severity overrides. */
void	policy_filter(struct lint_policy *, struct diag_list *);

/* path relative to the working directory if it is below it (allocated). */
char	*path_relative(const char *abs);

#endif
