/*
 * simulate-batch.h - `mqtls simulate --batch`: many connections through
 * one decision index, one verdict a line (simulate-batch.c).
 */
#ifndef MQTLS_SIMULATE_BATCH_H
#define MQTLS_SIMULATE_BATCH_H

#include <stdio.h>

struct decide_index;

struct batch_opts {
	int			 json;		/* JSON lines, else CSV */
	const char *const	*privileged;	/* NULL: the default set */
	size_t			 nprivileged;
};

struct batch_stats {
	unsigned long	 allowed, blocked, errors;
};

/*
 * Decide every connection of the CSV file path ("-": standard input) and
 * write the verdicts to out.  Returns 0, or -1 when the file cannot be
 * read or its header is wrong (reported on stderr).
 */
int	simulate_batch(const struct decide_index *, const struct batch_opts *,
	    const char *path, FILE *out, struct batch_stats *);
/* The same from an open stream; name is used in messages. */
int	simulate_batch_stream(const struct decide_index *,
	    const struct batch_opts *, FILE *in, const char *name, FILE *out,
	    struct batch_stats *);

#endif
