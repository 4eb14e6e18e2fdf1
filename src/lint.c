/*
 * lint.c - the language-level lint: read commands, parse each one, check
 * it against the schema.  One pass, one command in memory at a time, so
 * large dmpmqcfg dumps are checked in constant memory beyond the input.
 *
 * Comment lines go to the suppression reader (suppress.c), and each
 * finding is stamped with a hash of the command it is in, which SARIF
 * fingerprints use so that they survive lines inserted above.
 */
#include "config.h"

#include <string.h>

#include "diag.h"
#include "lint.h"
#include "mqsc-check.h"
#include "mqsc-parse.h"
#include "mqsc-reader.h"
#include "source.h"
#include "suppress.h"

struct lint_ctx {
	struct suppress_set	*ss;
	struct diag_list	*dl;
};

static void
on_comment(void *arg, size_t start, size_t end)
{
	struct lint_ctx	*lc = arg;

	suppress_comment(lc->ss, lc->dl, start, end);
}

void
lint_source(const struct lint_opts *opts, struct source *src,
    struct diag_list *dl, struct lint_stats *st)
{
	struct suppress_set	 ss;

	suppress_init(&ss, src);
	lint_source_supp(opts, src, dl, st, &ss);
	suppress_apply(&ss, dl);
	suppress_free(&ss);
}

void
lint_source_supp(const struct lint_opts *opts, struct source *src,
    struct diag_list *dl, struct lint_stats *st, struct suppress_set *ss)
{
	struct mqsc_reader	 rd;
	struct mqsc_parser	 ps;
	struct mqsc_checker	 ck;
	struct ast_command	*ast;
	struct mqsc_cmd		 cmd;
	struct lint_ctx		 lc;
	unsigned long long	 h;
	size_t			 before, i;

	mqsc_reader_init(&rd, src, dl, opts->templates ? &opts->defs : NULL);
	lc.ss = ss;
	lc.dl = dl;
	rd.on_comment = on_comment;
	rd.cb_arg = &lc;
	mqsc_parser_init(&ps, opts->templates);
	memset(&ck, 0, sizeof ck);
	ck.diags = dl;
	ck.src = src;
	ck.arena = &ps.arena;
	ck.templates = opts->templates;
	for (;;) {
		before = dl->n;
		if (!mqsc_reader_next(&rd, 1))
			break;
		st->commands++;
		suppress_command(ss, rd.cmd.start, rd.cmd.end);
		if ((ast = mqsc_parse(&ps, &rd.cmd, src, dl)) != NULL) {
			/* Accepted commands feed the model (lint-model.c). */
			if (mqsc_check(&ck, ast, &cmd) == 0 && !rd.cmd.bad &&
			    !rd.cmd.incomplete && opts->on_command != NULL)
				opts->on_command(opts->cb_arg, src, &rd.cmd,
				    &cmd);
			if (cmd.skipped)
				st->skipped++;
		}
		if (dl->n == before)
			continue;
		h = diag_text_hash(rd.cmd.text, rd.cmd.len);
		for (i = before; i < dl->n; i++)
			if (dl->v[i]->ctxhash == 0 &&
			    dl->v[i]->loc.src == src)
				dl->v[i]->ctxhash = h;
	}
	st->files++;
	mqsc_parser_free(&ps);
	mqsc_reader_free(&rd);
}
