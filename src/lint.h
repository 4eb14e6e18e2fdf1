/*
 * lint.h - checking MQSC sources: the engine behind `mqtls lint`, kept
 * apart from the command line so tests and fuzzers can drive it.
 */
#ifndef MQTLS_LINT_H
#define MQTLS_LINT_H

#include "template.h"

struct diag_list;
struct suppress_set;
struct mqsc_cmd;
struct mqsc_text;
struct source;

struct lint_opts {
	int			 templates;	/* --templates or -D given */
	struct tmpl_defs	 defs;		/* -D NAME=VALUE */
	/* Each command runmqsc would accept, in order (lint-model.c). */
	void			(*on_command)(void *, struct source *,
				    const struct mqsc_text *,
				    const struct mqsc_cmd *);
	void			*cb_arg;
};

struct lint_stats {
	unsigned long	 files;
	unsigned long	 commands;
	unsigned long	 skipped;	/* template-only commands */
};

/*
 * Check every command of src; findings are appended to dl, less those
 * that suppression comments in src cover (suppress.c).
 */
void	lint_source(const struct lint_opts *, struct source *,
	    struct diag_list *, struct lint_stats *);
/*
 * The same, but the suppressions are only collected in ss (initialised
 * by the caller for src): the caller applies them once the findings of
 * the whole configuration (lint-model.c) are known.
 */
void	lint_source_supp(const struct lint_opts *, struct source *,
	    struct diag_list *, struct lint_stats *, struct suppress_set *);

#endif
