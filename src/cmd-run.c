/*
 * cmd-run.c - `mqtls run`: runmqsc's batch mode against a stored queue
 * manager model.  mqtls-run(1):
 *
 *	mqtls run [-m QMGR | -s PATH] [-e] [-v] [FILE]
 *
 * Output and exit status follow runmqsc: 0 every command was processed,
 * 10 a command had a syntax error or failed, 20 nothing could be run
 * (for example the store could not be opened).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "diag.h"
#include "model.h"
#include "options.h"
#include "runner.h"
#include "source.h"
#include "store.h"
#include "xmalloc.h"

enum { OPT_QMGR, OPT_STORE, OPT_NOECHO, OPT_VERIFY, OPT_HELP };

static const struct option_def run_options[] = {
	{ "no-echo", 'e', NULL, "do not echo the commands (runmqsc -e)",
	  OPT_NOECHO },
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ "qmgr", 'm', "QMGR",
	  "the queue manager model named QMGR, kept under $MQTLS_HOME",
	  OPT_QMGR },
	{ "store", 's', "PATH", "the queue manager model in directory PATH",
	  OPT_STORE },
	{ "verify", 'v', NULL,
	  "check the commands, change nothing (runmqsc -v)", OPT_VERIFY },
	{ NULL, 0, NULL, NULL, 0 }
};

struct run_cli {
	const char	*qmgr, *store;
	int		 noecho, verify, help;
};

static int
run_option(void *arg, int id, const char *optarg)
{
	struct run_cli	*cli = arg;

	switch (id) {
	case OPT_QMGR:
		cli->qmgr = optarg;
		break;
	case OPT_STORE:
		cli->store = optarg;
		break;
	case OPT_NOECHO:
		cli->noecho = 1;
		break;
	case OPT_VERIFY:
		cli->verify = 1;
		break;
	case OPT_HELP:
		cli->help = 1;
		break;
	}
	return 0;
}

int
cmd_store_usage(const char *qmgr, const char *path, int bad,
    const char *cmdname, const char *extra)
{
	if ((qmgr == NULL) != (path == NULL) && !bad)
		return 0;
	fprintf(stderr, "mqtls %s: give the queue manager with -m QMGR or -s "
	    "PATH (one of them)%s\nTry 'mqtls %s --help'.\n", cmdname,
	    extra, cmdname);
	return -1;
}

/* Open the store -m or -s names (default: -m QM1 is not assumed). */
struct store *
cmd_open_store(const char *qmgr, const char *path, const char *cmdname,
    int create)
{
	struct diag_list dl;
	struct store	*st;
	char		*dir, *err;
	size_t		 i;

	diag_list_init(&dl);
	dir = path != NULL ? xstrdup(path) : store_path_for(qmgr);
	st = store_open(dir, qmgr, create, &dl, &err);
	diag_list_sort(&dl);
	for (i = 0; i < dl.n; i++)
		diag_render_text(stderr, dl.v[i], diag_want_color(stderr));
	diag_list_clear(&dl);
	if (st == NULL) {
		fprintf(stderr, "mqtls %s: %s\n", cmdname, err);
		free(err);
	} else if (st->created)
		fprintf(stderr, "mqtls %s: created a new queue manager model "
		    "%s in %s\n", cmdname, st->model->qmname, dir);
	free(dir);
	return st;
}

int
cmd_run(int argc, char **argv)
{
	struct run_cli	 cli;
	struct runner	 r;
	struct store	*st;
	struct source	*src;
	char		*err;
	int		 first, rc;

	memset(&cli, 0, sizeof cli);
	first = options_parse(argc, argv, run_options, run_option, &cli,
	    "run");
	if (first == -1)
		return EXIT_USAGE;
	if (cli.help) {
		options_help(stdout, "mqtls run [-m QMGR | -s PATH] [-e] [-v] "
		    "[FILE]", "Run MQSC commands against a queue manager "
		    "model, as runmqsc does.", run_options);
		return EXIT_OK;
	}
	if (cmd_store_usage(cli.qmgr, cli.store, argc - first > 1, "run",
	    ", and at most one FILE") == -1)
		return EXIT_USAGE;
	if ((src = source_read(first < argc ? argv[first] : "-", &err)) ==
	    NULL) {
		fprintf(stderr, "mqtls run: %s\n", err);
		free(err);
		return 20;
	}
	if ((st = cmd_open_store(cli.qmgr, cli.store, "run", !cli.verify)) ==
	    NULL) {
		source_free(src);
		return 20;
	}
	printf("Starting MQSC for queue manager %s.\n\n\n",
	    st->model->qmname);
	runner_init(&r, st->model, stdout);
	r.store = cli.verify ? NULL : st;
	r.echo = !cli.noecho;
	r.verify = cli.verify;
	runner_start(&r, src);
	runner_step(&r, 1);
	runner_finish(&r);
	rc = runner_summary(&r);
	if (r.fatal)
		fprintf(stderr, "mqtls run: %s\n", st->err != NULL ? st->err :
		    "the store failed");
	runner_free(&r);
	if (!cli.verify && !r.fatal && store_compact(st, 0) != 0)
		fprintf(stderr, "mqtls run: %s\n", st->err);
	store_close(st);
	source_free(src);
	fflush(stdout);
	return rc;
}
