/*
 * cmd-lint.c - `mqtls lint`: check MQSC files and report in text or JSON.
 *
 * Contract (mqtls-lint(1)): exit 0 when nothing reaches the fail level,
 * 1 when something does, 2 on a usage error, 3 when an input could not be
 * read (3 wins over 1: an unchecked file is worse than a finding).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "diag.h"
#include "json.h"
#include "lint.h"
#include "lint-model.h"
#include "options.h"
#include "source.h"
#include "xmalloc.h"

enum { OPT_FORMAT, OPT_FAIL, OPT_TEMPLATES, OPT_DEFINE, OPT_HELP,
    OPT_LANGUAGE };

static const struct option_def lint_options[] = {
	{ "define", 'D', "NAME=VALUE",
	  "substitute VALUE for the placeholder NAME (implies --templates)",
	  OPT_DEFINE },
	{ "fail-level", 0, "LEVEL",
	  "exit 1 on findings of this severity or worse: error, warning "
	  "or note (default error)", OPT_FAIL },
	{ "format", 0, "FORMAT", "text or json (default text)", OPT_FORMAT },
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ "language-only", 0, NULL,
	  "check each command on its own: skip the TLS and CHLAUTH rules "
	  "that need the whole configuration", OPT_LANGUAGE },
	{ "templates", 0, NULL,
	  "treat {{ }}, ${VAR}, $VAR and <NAME> placeholders as opaque "
	  "values", OPT_TEMPLATES },
	{ NULL, 0, NULL, NULL, 0 }
};

struct lint_cli {
	struct lint_opts	 opts;
	int			 json;
	enum diag_severity	 fail;
	int			 help;
	int			 language_only;
};

static int
lint_option(void *arg, int id, const char *optarg)
{
	struct lint_cli	*cli = arg;

	switch (id) {
	case OPT_FORMAT:
		if (options_format(optarg, &cli->json, "lint") == -1)
			return -1;
		break;
	case OPT_FAIL:
		if (diag_severity_parse(optarg, &cli->fail) == -1) {
			fprintf(stderr, "mqtls lint: --fail-level takes "
			    "error, warning or note, not '%s'\n", optarg);
			return -1;
		}
		break;
	case OPT_TEMPLATES:
		cli->opts.templates = 1;
		break;
	case OPT_DEFINE:
		if (tmpl_define(&cli->opts.defs, optarg) == -1) {
			fprintf(stderr, "mqtls lint: -D takes NAME=VALUE, "
			    "not '%s'\n", optarg);
			return -1;
		}
		cli->opts.templates = 1;
		break;
	case OPT_HELP:
		cli->help = 1;
		break;
	case OPT_LANGUAGE:
		cli->language_only = 1;
		break;
	}
	return 0;
}

static int
reached(const struct diag_list *dl, enum diag_severity fail)
{
	int	 s;

	for (s = fail; s < DIAG_NSEVERITY; s++)
		if (dl->count[s] > 0)
			return 1;
	return 0;
}

static void
summary(const unsigned long count[DIAG_NSEVERITY], unsigned long files)
{
	if (count[DIAG_ERROR] + count[DIAG_WARNING] + count[DIAG_NOTE] == 0)
		return;
	fprintf(stderr, "mqtls lint: %lu error%s, %lu warning%s and %lu "
	    "note%s in %lu file%s\n",
	    count[DIAG_ERROR], count[DIAG_ERROR] == 1 ? "" : "s",
	    count[DIAG_WARNING], count[DIAG_WARNING] == 1 ? "" : "s",
	    count[DIAG_NOTE], count[DIAG_NOTE] == 1 ? "" : "s",
	    files, files == 1 ? "" : "s");
}

/*
 * Count one list's findings and print them (text) or keep them for the
 * one JSON object (all).  Returns whether one reached the fail level.
 */
static int
emit(const struct lint_cli *cli, struct diag_list *dl, struct diag_list *all,
    unsigned long count[DIAG_NSEVERITY], int color)
{
	size_t	 k;
	int	 failed = reached(dl, cli->fail);

	for (k = 0; k < DIAG_NSEVERITY; k++)
		count[k] += dl->count[k];
	if (cli->json) {
		/* Keep records and sources for the one JSON object. */
		for (k = 0; k < dl->n; k++) {
			if (all->n == all->cap) {
				all->cap = all->cap ? all->cap * 2 : 64;
				all->v = xreallocarray(all->v, all->cap,
				    sizeof *all->v);
			}
			all->v[all->n++] = dl->v[k];
		}
		free(dl->v);
	} else {
		for (k = 0; k < dl->n; k++)
			diag_render_text(stdout, dl->v[k], color);
		diag_list_clear(dl);
	}
	return failed;
}

int
cmd_lint(int argc, char **argv)
{
	struct lint_cli	  cli;
	struct lint_stats st;
	struct diag_list  all, dl;
	struct lint_model *lm;
	struct source	**srcs;
	unsigned long	  count[DIAG_NSEVERITY] = { 0 };
	char		 *err;
	int		  first, i, unreadable = 0, failed = 0, color;
	size_t		  k, nsrcs = 0;

	memset(&cli, 0, sizeof cli);
	cli.fail = DIAG_ERROR;
	first = options_parse(argc, argv, lint_options, lint_option, &cli,
	    "lint");
	if (first == -1) {
		tmpl_free(&cli.opts.defs);
		return EXIT_USAGE;
	}
	if (cli.help) {
		options_help(stdout, "mqtls lint [options] FILE...",
		    "Check MQSC files as runmqsc would read them; - reads "
		    "standard input.", lint_options);
		tmpl_free(&cli.opts.defs);
		return EXIT_OK;
	}
	if (first >= argc) {
		fprintf(stderr, "mqtls lint: no input files: give MQSC files "
		    "or - for standard input\nTry 'mqtls lint --help'.\n");
		tmpl_free(&cli.opts.defs);
		return EXIT_USAGE;
	}

	memset(&st, 0, sizeof st);
	diag_list_init(&all);
	srcs = xcalloc((size_t)(argc - first) + 1, sizeof *srcs);
	color = !cli.json && diag_want_color(stdout);
	/* The security rules need every file: sources live to the end. */
	lm = cli.language_only ? NULL : lint_model_new();
	if (lm != NULL) {
		lint_model_templates(lm, cli.opts.templates, &cli.opts.defs);
		cli.opts.on_command = lint_model_command;
		cli.opts.cb_arg = lm;
	}
	for (i = first; i < argc; i++) {
		struct source	*src;

		if ((src = source_read(argv[i], &err)) == NULL) {
			fprintf(stderr, "mqtls lint: %s\n", err);
			free(err);
			unreadable = 1;
			continue;
		}
		diag_list_init(&dl);
		lint_source(&cli.opts, src, &dl, &st);
		diag_list_sort(&dl);
		srcs[nsrcs++] = src;
		if (emit(&cli, &dl, &all, count, color))
			failed = 1;
	}
	if (lm != NULL) {
		/* After the last file: the cross-object rules. */
		diag_list_init(&dl);
		lint_model_finish(lm, &dl);
		diag_list_sort(&dl);
		if (emit(&cli, &dl, &all, count, color))
			failed = 1;
	}
	if (cli.json) {
		printf("{\"files\": %lu, \"commands\": %lu, \"diagnostics\": [",
		    st.files, st.commands);
		for (k = 0; k < all.n; k++) {
			fputs(k > 0 ? ",\n  " : "\n  ", stdout);
			diag_render_json(stdout, all.v[k]);
		}
		printf("%s]}\n", all.n > 0 ? "\n" : "");
	}
	/* Findings first, then the summary, even when both go to one file. */
	fflush(stdout);
	if (!cli.json)
		summary(count, st.files);
	diag_list_clear(&all);
	lint_model_free(lm);
	for (k = 0; k < nsrcs; k++)
		source_free(srcs[k]);
	free(srcs);
	tmpl_free(&cli.opts.defs);
	if (unreadable)
		return EXIT_INPUT;
	return failed ? EXIT_FINDINGS : EXIT_OK;
}
