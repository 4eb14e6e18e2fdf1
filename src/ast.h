/*
 * ast.h - one parsed MQSC command, before it is given meaning.
 *
 * The grammar is generic (verb, then KEYWORD or KEYWORD(values) items), so
 * the tree is just a list of items.  The first item is the verb, the
 * second usually the object type with its name in parentheses.  All
 * memory comes from the parser's per-command arena.  Spans are physical
 * byte offsets into the source.
 */
#ifndef MQTLS_AST_H
#define MQTLS_AST_H

#include <stddef.h>

struct ast_span {
	size_t	 start, end;
};

/* Value flags. */
#define AV_QUOTED	0x01u	/* written in quotes: case kept */
#define AV_TEMPLATE	0x02u	/* holds a template placeholder */
#define AV_FOLDED	0x04u	/* unquoted and had lower case (folded) */
#define AV_NESTED	0x08u	/* unquoted with nested parentheses */

struct ast_value {
	const char	*s;	/* folded (unquoted) or unescaped (quoted) */
	size_t		 len;
	unsigned	 flags;
	struct ast_span	 span;
};

struct ast_item {
	const char	*kw;		/* folded keyword */
	size_t		 kwlen;
	unsigned	 kwflags;	/* AV_* of the keyword word */
	struct ast_span	 kwspan;
	int		 parens;	/* KEYWORD(...) rather than KEYWORD */
	struct ast_span	 span;		/* keyword through ')' */
	struct ast_value *values;
	size_t		 nvalues;
	struct ast_item	*next;
};

struct ast_command {
	struct ast_item	*items;		/* verb first */
	size_t		 nitems;
	struct ast_span	 span;
};

#endif
