/*
 * cmd.c - the list of subcommands, in the order --help shows them.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "cmd.h"

const struct cmd_entry cmd_table[] = {
	{ "lint", "check MQSC files before they reach a queue manager",
	  cmd_lint },
	{ "run", "run MQSC against a queue manager model, as runmqsc does",
	  cmd_run },
	{ "shell", "type MQSC against a queue manager model, as in runmqsc",
	  cmd_shell },
	{ "dump", "print a queue manager model as MQSC (dmpmqcfg layout)",
	  cmd_dump },
	{ "simulate", "decide a channel start and say why", cmd_simulate },
	{ "test", "check a configuration against its policy tests",
	  cmd_test },
	{ "probe", "TLS handshakes with live listeners, in MQ's terms",
	  cmd_probe },
	{ "report", "the security posture of each inbound channel",
	  cmd_report },
	{ NULL, NULL, NULL }
};

const struct cmd_entry *
cmd_find(const char *name)
{
	const struct cmd_entry	*c;

	for (c = cmd_table; c->name != NULL; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}
