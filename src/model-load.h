/*
 * model-load.h - a queue manager model from MQSC files, as `mqtls
 * simulate -f` and `mqtls test` build it: the files run in order,
 * silently, on top of a new queue manager's objects and CHLAUTH records.
 */
#ifndef MQTLS_MODEL_LOAD_H
#define MQTLS_MODEL_LOAD_H

#include <stddef.h>

struct diag_list;
struct model;
struct source;

struct model_load {
	struct model	*model;
	struct source	**srcs;		/* the files (diagnostics and the
					   model's origins point here) */
	size_t		 nsrcs;
};

/*
 * Run files[0..n) into a new model (an empty one with nodefaults).  A
 * file that cannot be read, or a command runmqsc would reject or that
 * fails, is reported on stderr (prefixed "mqtls WHO:" or as a
 * file:line:col diagnostic); then -1 is returned and *ml is still to be
 * freed.  Returns 0 on success.
 */
int	model_load_files(struct model_load *ml, const char *const *files,
	    size_t n, int nodefaults, const char *who);
void	model_load_free(struct model_load *);

/* Print the error diagnostics of dl on stderr; returns how many. */
int	model_load_report(struct diag_list *dl);

#endif
