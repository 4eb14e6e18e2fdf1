/*
 * lint.c - the language-level lint: read commands, parse each one, check
 * it against the schema.  One pass, one command in memory at a time, so
 * large dmpmqcfg dumps are checked in constant memory beyond the input.
 */
#include "config.h"

#include <string.h>

#include "diag.h"
#include "lint.h"
#include "mqsc-check.h"
#include "mqsc-parse.h"
#include "mqsc-reader.h"
#include "source.h"

void
lint_source(const struct lint_opts *opts, struct source *src,
    struct diag_list *dl, struct lint_stats *st)
{
	struct mqsc_reader	 rd;
	struct mqsc_parser	 ps;
	struct mqsc_checker	 ck;
	struct ast_command	*ast;
	struct mqsc_cmd		 cmd;

	mqsc_reader_init(&rd, src, dl, opts->templates ? &opts->defs : NULL);
	mqsc_parser_init(&ps, opts->templates);
	memset(&ck, 0, sizeof ck);
	ck.diags = dl;
	ck.src = src;
	ck.arena = &ps.arena;
	ck.templates = opts->templates;
	while (mqsc_reader_next(&rd, 1)) {
		st->commands++;
		if ((ast = mqsc_parse(&ps, &rd.cmd, src, dl)) == NULL)
			continue;
		if (mqsc_check(&ck, ast, &cmd) == 0 && !rd.cmd.bad &&
		    !rd.cmd.incomplete && opts->on_command != NULL)
			opts->on_command(opts->cb_arg, src, &rd.cmd, &cmd);
		if (cmd.skipped)
			st->skipped++;
	}
	st->files++;
	mqsc_parser_free(&ps);
	mqsc_reader_free(&rd);
}
