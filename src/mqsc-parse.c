/*
 * mqsc-parse.c - driving the scanner and grammar over one command at a
 * time.  Memory for the AST comes from an arena that is reset for each
 * command, so parsing a large file allocates nothing in steady state.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "mqsc-grammar.h"
#include "mqsc-parse.h"
#include "mqsc-reader.h"
#include "xmalloc.h"

void
mqsc_parser_init(struct mqsc_parser *p, int templates)
{
	memset(p, 0, sizeof *p);
	arena_init(&p->arena);
	p->templates = templates;
	if (mqsc_scanner_init(p) != 0) {
		fprintf(stderr, "mqtls: cannot create the MQSC scanner\n");
		abort();
	}
}

void
mqsc_parser_free(struct mqsc_parser *p)
{
	mqsc_scanner_free(p);
	arena_free(&p->arena);
}

struct ast_span
mqsc_parser_span(const struct mqsc_parser *p, size_t lstart, size_t lend)
{
	struct ast_span	 sp;
	const struct mqsc_text *t = p->text;

	/* One physical piece (most commands): a plain offset. */
	if (t->nsegs == 1 && !t->segs[0].fixed &&
	    lend <= t->segs[0].physlen) {
		sp.start = t->segs[0].phys + lstart;
		sp.end = t->segs[0].phys + (lend > lstart ? lend : lstart);
		return sp;
	}
	mqsc_text_span(t, lstart, lend, &sp.start, &sp.end);
	return sp;
}

struct ast_command *
mqsc_parse(struct mqsc_parser *p, struct mqsc_text *t, struct source *src,
    struct diag_list *diags)
{
	int	 rc;

	arena_reset(&p->arena);
	p->text = t;
	p->src = src;
	p->diags = diags;
	p->result = NULL;
	p->off = 0;
	p->depth = 0;
	p->open_at = 0;
	/* The reader leaves two NUL bytes after the text, as flex wants. */
	mqsc_scanner_start(p, t->text, t->len + 2);
	rc = mqscg_parse(p);
	mqsc_scanner_end(p);
	return rc == 0 ? p->result : NULL;
}
