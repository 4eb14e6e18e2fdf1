/*
 * mqsc-check.h - giving a parsed command its meaning from the schema, and
 * reporting everything runmqsc would reject: unknown verbs, objects and
 * keywords, values of the wrong type, length or range, attributes not
 * valid for the channel type or CHLAUTH type, repeats, missing required
 * parameters, the ordering rules of DEFINE CHANNEL and SET CHLAUTH.
 *
 * lint, run and the shell all call mqsc_check(): MQSC is understood in one
 * place only.
 */
#ifndef MQTLS_MQSC_CHECK_H
#define MQTLS_MQSC_CHECK_H

#include <stddef.h>

#include "ast.h"

struct arena;
struct diag_list;
struct source;
struct schema_attr;
struct schema_object;
struct schema_verb;

struct mqsc_param {
	const struct schema_attr *attr;	/* NULL: not known for the object */
	const struct ast_item	*item;
};

struct mqsc_cmd {
	const struct ast_command *ast;
	const struct schema_verb *verb;	/* NULL: unknown verb */
	const struct schema_object *obj; /* NULL: none or unknown */
	const struct ast_item	*objitem;
	const struct ast_value	*name;	/* object name or NULL */
	int			 subtype; /* index in obj->subtypes, or -1 */
	struct mqsc_param	*params;
	size_t			 nparams;
	unsigned		 errors;	/* error diagnostics it caused */
	int			 skipped;	/* template placeholder as verb */
};

struct mqsc_checker {
	struct diag_list	*diags;
	struct source		*src;
	struct arena		*arena;
	int			 templates;
};

/*
 * Check one command and fill *cmd (memory from the checker's arena).
 * Returns 0 if the command is valid, -1 if runmqsc would reject it.
 */
int	mqsc_check(struct mqsc_checker *, const struct ast_command *,
	    struct mqsc_cmd *);

/* The parameter with this canonical keyword, or NULL. */
const struct mqsc_param *mqsc_cmd_param(const struct mqsc_cmd *,
	    const char *name);

/* Messages for forms copied from tutorials (mqsc-hints.c). */
struct mqsc_hint {
	const char	*verb;		/* canonical verb, or NULL = any */
	const char	*object;	/* canonical object, or NULL = any */
	const char	*keyword;	/* keyword, or NULL */
	const char	*value;		/* value, or NULL */
	const char	*message;
};

extern const struct mqsc_hint mqsc_hints[];
const char *mqsc_hint_find(const char *verb, const char *object,
	    const char *keyword, const char *value);

#endif
