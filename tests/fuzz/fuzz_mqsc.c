/*
 * fuzz_mqsc.c - libFuzzer harness for the whole language front end:
 * reader (lines, continuations), scanner, grammar and schema checks, in
 * both plain and template mode, then the same input run against an
 * in-memory queue manager (exec, DISPLAY, dump).  Any input must give
 * diagnostics, never a crash, a hang or a leak.
 *
 * Built by "make fuzz" with clang; "make check" links the same function
 * with replay.c and runs it over corpus/ and crashers/.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "dump.h"
#include "lint.h"
#include "lint-model.h"
#include "model.h"
#include "report.h"
#include "runner.h"
#include "source.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lint_opts	 opts = { 0 };
	struct lint_stats	 st = { 0 };
	struct diag_list	 dl;
	struct lint_model	*lm;
	struct source		*src;
	FILE			*null;
	size_t			 i;

	src = source_new("fuzz.mqsc", (const char *)data, size);
	null = fopen("/dev/null", "w");
	/* First byte's low bit selects template mode. */
	opts.templates = size > 0 && (data[0] & 1);
	if (opts.templates)
		tmpl_define(&opts.defs, "QM=QM1");
	/* With the security rules and the posture report on the model. */
	lm = lint_model_new();
	lint_model_templates(lm, opts.templates, &opts.defs);
	opts.on_command = lint_model_command;
	opts.cb_arg = lm;
	diag_list_init(&dl);
	lint_source(&opts, src, &dl, &st);
	lint_model_finish(lm, &dl);
	diag_list_sort(&dl);
	if (null != NULL) {
		report_print(null, lint_model_ctx(lm), REPORT_TEXT);
		report_print(null, lint_model_ctx(lm), REPORT_JSON);
		report_print(null, lint_model_ctx(lm), REPORT_DOT);
	}
	for (i = 0; i < dl.n && null != NULL; i++) {
		diag_render_text(null, dl.v[i], 1);
		diag_render_json(null, dl.v[i]);
	}
	diag_list_clear(&dl);
	lint_model_free(lm);
	tmpl_free(&opts.defs);

	/* The same commands against a queue manager model. */
	if (null != NULL) {
		struct model	*m = model_new("QM1");
		struct runner	 r;

		m->no_timestamps = 1;
		runner_init(&r, m, null);
		r.echo = 1;
		runner_start(&r, src);
		runner_step(&r, 1);
		runner_finish(&r);
		runner_summary(&r);
		runner_free(&r);
		dump_model(null, m, 0);
		dump_model(null, m, DUMP_ALL);
		model_free(m);
	}
	source_free(src);
	if (null != NULL)
		fclose(null);
	return 0;
}
