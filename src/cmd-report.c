/*
 * cmd-report.c - `mqtls report`: the security posture of the inbound
 * channels of the configuration in MQSC files (mqtls-report(1)):
 *
 *	mqtls report [--format text|json|dot] FILE...
 *
 * The files are read exactly as `mqtls lint` reads them (one model, on
 * top of a new queue manager's defaults; lint-model.h), and the report
 * is report.c's.
 *
 * Exit status: 0 the report was written, 2 usage error, 3 a file could
 * not be read or holds commands runmqsc would reject (they are skipped;
 * the report is still written).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "diag.h"
#include "lint.h"
#include "lint-model.h"
#include "options.h"
#include "report.h"
#include "source.h"
#include "xmalloc.h"

enum { OPT_FORMAT, OPT_HELP };

static const struct option_def report_options[] = {
	{ "format", 0, "FORMAT", "text, json or dot (Graphviz; default text)",
	  OPT_FORMAT },
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ NULL, 0, NULL, NULL, 0 }
};

#define REPORT_USAGE "mqtls report [--format text|json|dot] FILE..."

struct report_cli {
	enum report_format	 fmt;
	int			 help;
};

static int
report_option(void *arg, int id, const char *optarg)
{
	struct report_cli	*cli = arg;

	switch (id) {
	case OPT_FORMAT:
		if (strcmp(optarg, "text") == 0)
			cli->fmt = REPORT_TEXT;
		else if (strcmp(optarg, "json") == 0)
			cli->fmt = REPORT_JSON;
		else if (strcmp(optarg, "dot") == 0)
			cli->fmt = REPORT_DOT;
		else {
			fprintf(stderr, "mqtls report: --format takes text, "
			    "json or dot, not '%s'\n", optarg);
			return -1;
		}
		break;
	case OPT_HELP:
		cli->help = 1;
		break;
	}
	return 0;
}

int
cmd_report(int argc, char **argv)
{
	struct report_cli	 cli;
	struct lint_opts	 opts;
	struct lint_stats	 st;
	struct lint_model	*lm;
	struct diag_list	 dl, findings;
	struct source		**srcs;
	char			*err;
	size_t			 nsrcs = 0, k;
	unsigned long		 nerr = 0;
	int			 first, i, bad = 0;

	memset(&cli, 0, sizeof cli);
	first = options_parse(argc, argv, report_options, report_option, &cli,
	    "report");
	if (first == -1)
		return EXIT_USAGE;
	if (cli.help) {
		options_help(stdout, REPORT_USAGE, "Show, for each inbound "
		    "channel, its TLS, the CHLAUTH records and users that "
		    "apply, its migration phase and the findings about it.",
		    report_options);
		return EXIT_OK;
	}
	if (first >= argc) {
		fprintf(stderr, "mqtls report: no input files: give MQSC "
		    "files or - for standard input\nTry 'mqtls report "
		    "--help'.\n");
		return EXIT_USAGE;
	}

	memset(&opts, 0, sizeof opts);
	memset(&st, 0, sizeof st);
	lm = lint_model_new();
	opts.on_command = lint_model_command;
	opts.cb_arg = lm;
	srcs = xcalloc((size_t)(argc - first) + 1, sizeof *srcs);
	for (i = first; i < argc; i++) {
		struct source *src;

		if ((src = source_read(argv[i], &err)) == NULL) {
			fprintf(stderr, "mqtls report: %s\n", err);
			free(err);
			bad = 1;
			continue;
		}
		srcs[nsrcs++] = src;
		diag_list_init(&dl);
		lint_source(&opts, src, &dl, &st);
		nerr += dl.count[DIAG_ERROR];
		diag_list_clear(&dl);
	}
	if (nerr > 0) {
		fprintf(stderr, "mqtls report: %lu error%s in the files: the "
		    "commands runmqsc would reject are left out (see mqtls "
		    "lint)\n", nerr, nerr == 1 ? "" : "s");
		bad = 1;
	}
	diag_list_init(&findings);
	lint_model_finish(lm, &findings);
	report_print(stdout, lint_model_ctx(lm), cli.fmt);
	if (fflush(stdout) != 0)
		bad = 1;
	diag_list_clear(&findings);
	lint_model_free(lm);
	for (k = 0; k < nsrcs; k++)
		source_free(srcs[k]);
	free(srcs);
	return bad ? EXIT_INPUT : EXIT_OK;
}
