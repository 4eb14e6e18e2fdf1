/*
 * cmd-load.c - build a queue manager model from MQSC files for the
 * commands that take -f FILE... (probe; simulate has its own copy of the
 * same steps): a new queue manager's objects first, unless told not to,
 * then each file in order, run silently by the one runner.  Commands that
 * cannot be applied are reported with file:line:column.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "diag.h"
#include "qmgr-defaults.h"
#include "runner.h"
#include "source.h"
#include "xmalloc.h"

int
cmd_load_files(struct model *m, const char *const *files, size_t nfiles,
    int nodefaults, const char *cmdname, struct source ***srcs,
    size_t *nsrcs)
{
	struct runner	 r;
	struct source	*src;
	char		*err;
	size_t		 i;
	int		 bad = 0, nerr = 0;

	*srcs = xcalloc(nfiles + 1, sizeof **srcs);
	*nsrcs = 0;
	runner_init(&r, m, NULL);
	if (!nodefaults) {
		src = source_new("<new queue manager>", qmgr_defaults_mqsc,
		    strlen(qmgr_defaults_mqsc));
		(*srcs)[(*nsrcs)++] = src;
		runner_start(&r, src);
		runner_step(&r, 1);
	}
	for (i = 0; i < nfiles; i++) {
		if ((src = source_read(files[i], &err)) == NULL) {
			fprintf(stderr, "mqtls %s: %s\n", cmdname, err);
			free(err);
			bad = 1;
			continue;
		}
		(*srcs)[(*nsrcs)++] = src;
		r.ended = 0;
		runner_start(&r, src);
		runner_step(&r, 1);
	}
	for (i = 0; i < r.diags.n; i++) {
		if (r.diags.v[i]->sev != DIAG_ERROR)
			continue;
		diag_render_text(stderr, r.diags.v[i],
		    diag_want_color(stderr));
		nerr++;
	}
	if (nerr > 0) {
		fprintf(stderr, "mqtls %s: %d command%s could not be applied; "
		    "fix the configuration first\n", cmdname, nerr,
		    nerr == 1 ? "" : "s");
		bad = 1;
	}
	runner_free(&r);
	return bad ? -1 : 0;
}
