/*
 * main.c - global options and dispatch to a subcommand (cmd-*.c).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "options.h"
#include "strpool.h"

enum { OPT_HELP, OPT_VERSION };

static const struct option_def main_options[] = {
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ "version", 'V', NULL, "show the version and exit", OPT_VERSION },
	{ NULL, 0, NULL, NULL, 0 }
};

static void
usage(FILE *f)
{
	const struct cmd_entry	*c;

	fputs("usage: mqtls [--version] [--help] COMMAND [ARGS]\n"
	    "Check, simulate and probe IBM MQ channel security "
	    "(mutual TLS, CHLAUTH).\n\nCommands:\n", f);
	for (c = cmd_table; c->name != NULL; c++)
		fprintf(f, "  %-10s %s\n", c->name, c->summary);
	fputs("\nOptions:\n", f);
	options_list(f, main_options);
	fputs("\nRun 'mqtls COMMAND --help' for the options of a command.\n",
	    f);
}

static int
main_option(void *arg, int id, const char *optarg)
{
	int	*what = arg;

	(void)optarg;
	*what = id;
	return 0;
}

int
main(int argc, char **argv)
{
	const struct cmd_entry	*c;
	int			 what = -1, first;

	atexit(strpool_free);
	first = options_parse(argc, argv, main_options, main_option, &what,
	    "");
	if (first == -1)
		return EXIT_USAGE;
	if (what == OPT_HELP) {
		usage(stdout);
		return EXIT_OK;
	}
	if (what == OPT_VERSION) {
		printf("mqtls %s\n", PACKAGE_VERSION);
		return EXIT_OK;
	}
	if (first >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if ((c = cmd_find(argv[first])) == NULL) {
		fprintf(stderr, "mqtls: '%s' is not a command; run 'mqtls "
		    "--help' for the list\n", argv[first]);
		return EXIT_USAGE;
	}
	return c->exec(argc - first, argv + first);
}
