/*
 * cmd-dump.c - `mqtls dump`: print a queue manager model as MQSC in
 * dmpmqcfg's layout, non-default attributes only unless --all.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "dump.h"
#include "model.h"
#include "options.h"
#include "store.h"

enum { OPT_QMGR, OPT_STORE, OPT_ALL, OPT_HELP };

static const struct option_def dump_options[] = {
	{ "all", 'a', NULL, "every attribute, not only those changed from "
	  "the defaults", OPT_ALL },
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ "qmgr", 'm', "QMGR", "the queue manager model named QMGR",
	  OPT_QMGR },
	{ "store", 's', "PATH", "the queue manager model in directory PATH",
	  OPT_STORE },
	{ NULL, 0, NULL, NULL, 0 }
};

struct dump_cli {
	const char	*qmgr, *store;
	int		 all, help;
};

static int
dump_option(void *arg, int id, const char *optarg)
{
	struct dump_cli	*cli = arg;

	if (id == OPT_QMGR)
		cli->qmgr = optarg;
	else if (id == OPT_STORE)
		cli->store = optarg;
	else if (id == OPT_ALL)
		cli->all = 1;
	else
		cli->help = 1;
	return 0;
}

int
cmd_dump(int argc, char **argv)
{
	struct dump_cli	 cli;
	struct store	*st;
	int		 first, rc;

	memset(&cli, 0, sizeof cli);
	first = options_parse(argc, argv, dump_options, dump_option, &cli,
	    "dump");
	if (first == -1)
		return EXIT_USAGE;
	if (cli.help) {
		options_help(stdout, "mqtls dump [-m QMGR | -s PATH] [--all]",
		    "Print a queue manager model as MQSC that runmqsc can "
		    "replay.", dump_options);
		return EXIT_OK;
	}
	if (cmd_store_usage(cli.qmgr, cli.store, first < argc, "dump", "") ==
	    -1)
		return EXIT_USAGE;
	if ((st = cmd_open_store(cli.qmgr, cli.store, "dump", 0)) == NULL)
		return EXIT_INPUT;
	printf("* Queue manager %s, written by mqtls dump\n",
	    st->model->qmname);
	rc = dump_model(stdout, st->model, cli.all ? DUMP_ALL : 0);
	store_close(st);
	if (fflush(stdout) != 0 || rc != 0)
		return EXIT_INPUT;
	return EXIT_OK;
}
