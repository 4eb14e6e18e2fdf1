/*
 * policy.h - policy tests (`mqtls test`, mqtls-test(1)): a file in MQSC
 * syntax that names the configuration it tests and states, in EXPECT
 * lines, what must happen to given connections; the checks run through
 * the same decision engine and authority step as `mqtls simulate`.
 */
#ifndef MQTLS_POLICY_H
#define MQTLS_POLICY_H

#include <stdio.h>

#include "diag.h"

struct source;

/* The outcome of one EXPECT. */
enum policy_outcome {
	POL_PASS = 0,
	POL_FAIL,	/* ran, and something differs from the expectation */
	POL_ERROR,	/* could not run: a bad value in the EXPECT line */
};

struct policy_case {
	unsigned		 line, col;	/* of the EXPECT */
	char			*text;		/* the EXPECT as written */
	char			*descr;		/* DESCR(), or NULL */
	enum policy_outcome	 outcome;
	char			*expected;	/* what was expected, in EXPECT
						   keywords */
	char			*actual;	/* what happened, the same way */
	char			*detail;	/* trace and authority answers
						   (FAIL), or the error (ERROR) */
};

struct policy_run {
	char			*path;
	struct policy_case	*cases;
	size_t			 ncases;
	unsigned		 passed, failed, errors;
	int			 input_error;	/* the file or its configuration
						   could not be used at all */
	double			 seconds;
};

/*
 * Run one test file: read it, load the configuration it names, run every
 * EXPECT.  Problems with the file (syntax, unknown keywords, a
 * configuration that does not load) are diagnostics printed on stderr
 * as they are found.  Fills *run; free it with policy_run_free().
 */
void	policy_run_file(const char *path, struct policy_run *run);
void	policy_run_free(struct policy_run *);

#endif
