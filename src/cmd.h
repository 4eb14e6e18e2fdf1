/*
 * cmd.h - the subcommand table.  Each subcommand lives in cmd-NAME.c
 * with its option table, help and handler; main.c only dispatches.
 */
#ifndef MQTLS_CMD_H
#define MQTLS_CMD_H

#include <stddef.h>

/* Exit statuses shared by every subcommand (mqtls(1) EXIT STATUS). */
#define EXIT_OK		0
#define EXIT_FINDINGS	1
#define EXIT_USAGE	2
#define EXIT_INPUT	3

struct cmd_entry {
	const char	*name;
	const char	*summary;	/* one line for mqtls --help */
	int		(*exec)(int argc, char **argv);
};

extern const struct cmd_entry cmd_table[];

const struct cmd_entry *cmd_find(const char *name);

struct model;
struct source;
struct store;

int	cmd_lint(int, char **);
int	cmd_run(int, char **);
int	cmd_dump(int, char **);
int	cmd_shell(int, char **);
int	cmd_simulate(int, char **);
int	cmd_test(int, char **);
int	cmd_probe(int, char **);
int	cmd_report(int, char **);

/*
 * -m QMGR and -s PATH: exactly one must be given (and bad must be 0);
 * otherwise say so on stderr and return -1.
 */
int	cmd_store_usage(const char *qmgr, const char *path, int bad,
	    const char *cmdname, const char *extra);
/* Open the store named by -m QMGR or -s PATH, reporting problems. */
struct store *cmd_open_store(const char *qmgr, const char *path,
	    const char *cmdname, int create);

#endif
