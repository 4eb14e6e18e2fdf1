/*
 * sarif.h - `mqtls lint --format sarif`: one SARIF 2.1.0 log with the
 * rule catalogue as tool.driver.rules and one result per finding.
 */
#ifndef MQTLS_SARIF_H
#define MQTLS_SARIF_H

#include <stdio.h>

struct diag;

/*
 * Write the log for findings v[0..n-1] (sorted per file, files in the
 * order linted).  errors[0..nerrors-1] are inputs that could not be read:
 * they become tool execution notifications.
 */
void	sarif_render(FILE *, struct diag *const *v, size_t n,
	    char *const *errors, size_t nerrors);

#endif
