/*
 * fuzz_mqsc.c - libFuzzer harness for the whole language front end:
 * reader (lines, continuations), scanner, grammar and schema checks, in
 * both plain and template mode, then the same input run against an
 * in-memory queue manager (exec, DISPLAY, dump), then the decision
 * engine over that model: the input read as a --batch CSV of
 * connections, and authority questions against its AUTHREC records.
 * Any input must give diagnostics, never a crash, a hang or a leak.
 *
 * Built by "make fuzz" with clang; "make check" links the same function
 * with replay.c and runs it over corpus/ and crashers/.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "access.h"
#include "decide.h"
#include "diag.h"
#include "dump.h"
#include "lint.h"
#include "lint-model.h"
#include "model.h"
#include "report.h"
#include "runner.h"
#include "simulate-batch.h"
#include "source.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The decision engine and the OAM over the fuzzed model. */
static void
decide_model(struct model *m, const uint8_t *data, size_t size, FILE *null)
{
	static const char *const queues[] = { "Q", "APP.IN", "A.B.C" };
	struct decide_index	*idx = decide_index_new(m);
	struct batch_opts	 o = { 0 };
	struct batch_stats	 st;
	struct access_req	*reqs = NULL;
	struct access_result	*res;
	struct access_ctx	 actx = { 0 };
	struct decide_verdict	 v;
	struct decide_conn	 c;
	const char		*why;
	size_t			 n = 0;
	FILE			*in;

	if ((in = fmemopen((void *)data, size, "r")) != NULL) {
		o.json = size > 1 && (data[1] & 1);
		simulate_batch_stream(idx, &o, in, "fuzz.csv", null, &st);
		fclose(in);
	}
	/* Every channel of the model, as a client user that has groups. */
	decide_conn_init(&c);
	decide_verdict_init(&v);
	c.channel = "Q";
	c.clntuser = "app";
	decide(idx, &c, DECIDE_TRACE, &v);
	access_parse("all", queues, 3, &reqs, &n, &why);
	res = calloc(n + 1, sizeof *res);
	if (res != NULL) {
		v.allowed = 1;
		v.mcauser = "app";
		access_eval(m, &actx, &v, reqs, n, res);
		access_print_text(null, res, n);
		access_print_json(null, res, n);
		free(res);
	}
	free(reqs);
	decide_verdict_free(&v);
	decide_index_free(idx);
}

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
		diag_render_gcc(null, dl.v[i]);
		diag_render_github(null, dl.v[i]);
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
		decide_model(m, data, size, null);
		model_free(m);
	}
	source_free(src);
	if (null != NULL)
		fclose(null);
	return 0;
}
