/*
 * mqsc-parse.h - the MQSC front end shared by lint, run and the shell:
 * logical command text (from mqsc-reader) in, generic AST out, syntax
 * errors as diagnostics.  The scanner is grammar/mqsc.l, the grammar
 * grammar/mqsc.y; this header is the only interface to them.
 */
#ifndef MQTLS_MQSC_PARSE_H
#define MQTLS_MQSC_PARSE_H

#include "arena.h"
#include "ast.h"

struct source;
struct diag_list;
struct mqsc_text;

/* Logical location (offsets into mqsc_text.text). */
struct mqsc_loc {
	size_t	 lstart, lend;
};

struct mqsc_parser {
	void			*scanner;	/* yyscan_t */
	struct arena		 arena;
	int			 templates;	/* lint --templates */
	/* Per command: */
	struct mqsc_text	*text;
	struct source		*src;
	struct diag_list	*diags;
	struct ast_command	*result;
	size_t			 off;		/* scanner position */
	int			 depth;		/* open parentheses */
	size_t			 open_at;	/* logical '(' of the outer list */
};

void	mqsc_parser_init(struct mqsc_parser *, int templates);
void	mqsc_parser_free(struct mqsc_parser *);

/*
 * Parse one command.  Returns its AST (valid until the next call), or NULL
 * after a syntax error, which has been added to diags.
 */
struct ast_command *mqsc_parse(struct mqsc_parser *, struct mqsc_text *,
    struct source *, struct diag_list *);

/* Physical span of logical offsets in the current command. */
struct ast_span mqsc_parser_span(const struct mqsc_parser *, size_t lstart,
    size_t lend);

#endif
