/*
 * model-load.c - build a model from MQSC files for the offline commands
 * (model-load.h): the runner applies them exactly as `mqtls run` would,
 * so simulate and test see the same configuration run sees.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "model-load.h"
#include "model.h"
#include "qmgr-defaults.h"
#include "runner.h"
#include "source.h"
#include "xmalloc.h"

int
model_load_report(struct diag_list *dl)
{
	size_t	 i;
	int	 n = 0;

	for (i = 0; i < dl->n; i++) {
		if (dl->v[i]->sev != DIAG_ERROR)
			continue;
		diag_render_text(stderr, dl->v[i], diag_want_color(stderr));
		n++;
	}
	return n;
}

int
model_load_files(struct model_load *ml, const char *const *files, size_t n,
    int nodefaults, const char *who)
{
	struct runner	 r;
	struct source	*src;
	char		*err;
	size_t		 i;
	int		 bad = 0, nerr;

	memset(ml, 0, sizeof *ml);
	ml->model = model_new("MQTLS");
	ml->model->no_timestamps = 1;
	ml->srcs = xcalloc(n + 1, sizeof *ml->srcs);
	runner_init(&r, ml->model, NULL);
	if (!nodefaults) {
		src = source_new("<new queue manager>", qmgr_defaults_mqsc,
		    strlen(qmgr_defaults_mqsc));
		ml->srcs[ml->nsrcs++] = src;
		runner_start(&r, src);
		runner_step(&r, 1);
	}
	for (i = 0; i < n; i++) {
		if ((src = source_read(files[i], &err)) == NULL) {
			fprintf(stderr, "mqtls %s: %s\n", who, err);
			free(err);
			bad = 1;
			continue;
		}
		ml->srcs[ml->nsrcs++] = src;
		r.ended = 0;
		runner_start(&r, src);
		runner_step(&r, 1);
	}
	nerr = model_load_report(&r.diags);
	if (nerr > 0) {
		fprintf(stderr, "mqtls %s: %d command%s could not be applied; "
		    "fix the configuration first\n", who, nerr,
		    nerr == 1 ? "" : "s");
		bad = 1;
	}
	runner_free(&r);
	return bad ? -1 : 0;
}

void
model_load_free(struct model_load *ml)
{
	size_t	 i;

	model_free(ml->model);
	for (i = 0; i < ml->nsrcs; i++)
		source_free(ml->srcs[i]);
	free(ml->srcs);
	memset(ml, 0, sizeof *ml);
}
