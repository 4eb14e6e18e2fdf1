/*
 * runner.h - running MQSC against the model the way runmqsc does: echo
 * with command numbers, one outcome message per command, the closing
 * summary and exit status (mqsc.md section 8).  `mqtls run`, the shell
 * and the store's loader all drive this one runner.
 */
#ifndef MQTLS_RUNNER_H
#define MQTLS_RUNNER_H

#include <stdio.h>

#include "diag.h"
#include "mqsc-parse.h"
#include "mqsc-reader.h"

struct model;
struct source;
struct store;

struct runner {
	struct model	*model;
	struct store	*store;		/* commit changes here, or NULL */
	FILE		*out;		/* report; NULL: silent */
	int		 echo;		/* echo commands (runmqsc without -e) */
	int		 verify;	/* runmqsc -v: change nothing */
	int		 replay;	/* loading a store: honour time lines */
	int		 color;
	struct diag_list diags;		/* syntax errors, for silent callers */
	unsigned long	 nread, nsyntax, nfailed, noffline;
	int		 ended;		/* END, EXIT or QUIT was read */
	int		 fatal;		/* the store failed: stop */
	/* private */
	struct source	*src;
	struct mqsc_reader rd;
	struct mqsc_parser ps;
	size_t		 echo_pos;
	size_t		 reported;	/* diags already printed */
	char		*held;		/* a command's output, held until the
					   change is durable */
	size_t		 heldlen, heldcap;
	int		 started;
};

void	runner_init(struct runner *, struct model *, FILE *out);
void	runner_start(struct runner *, struct source *);
/* Run every complete command available; at_eof: the input is over. */
void	runner_step(struct runner *, int at_eof);
/* Echo what is left (trailing comments). */
void	runner_finish(struct runner *);
/* Print runmqsc's summary; returns its exit status: 0, 10 or 20. */
int	runner_summary(struct runner *);
int	runner_status(const struct runner *);
void	runner_free(struct runner *);

#endif
