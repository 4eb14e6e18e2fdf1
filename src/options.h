/*
 * options.h - one table per subcommand describes its options; from it come
 * the getopt_long() strings and the --help text, so they cannot disagree.
 */
#ifndef MQTLS_OPTIONS_H
#define MQTLS_OPTIONS_H

#include <stdio.h>

struct option_def {
	const char	*lname;		/* long name without "--" */
	int		 sname;		/* short letter, or 0 */
	const char	*argname;	/* NULL: takes no argument */
	const char	*help;
	int		 id;		/* passed to the handler */
};

/*
 * Parse argv with the table (terminated by a NULL lname).  Calls fn for
 * each option; fn returns -1 to stop with a usage error.  Returns the index
 * of the first operand, or -1 after printing a usage error to stderr.
 */
int	options_parse(int argc, char **argv, const struct option_def *,
	    int (*fn)(void *, int, const char *), void *arg,
	    const char *cmdname);
/*
 * --format text|json: sets *json, or says what is wrong and returns -1.
 */
int	options_format(const char *arg, int *json, const char *cmdname);

/* Just the option lines: "  -x, --long ARG   help". */
void	options_list(FILE *, const struct option_def *);
void	options_help(FILE *, const char *usage, const char *about,
	    const struct option_def *);

#endif
