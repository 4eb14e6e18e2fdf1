/*
 * runner.c - the runmqsc loop: read a command (mqsc-reader), parse it
 * (grammar), check it (mqsc-check), execute it (exec), make it durable
 * (store), and report it as runmqsc would:
 *
 *	     1 : define ql(queue1) maxdepth(50000)
 *	AMQ8006I: IBM MQ queue created.
 *	       : * a comment line
 *	     2 : end
 *	One MQSC command read.
 *	No commands have a syntax error.
 *	All valid MQSC commands were processed.
 *
 * A command runmqsc would reject counts as a syntax error and is
 * explained by mqtls's diagnostic (file:line:col, what to do); a valid
 * command that fails (not found, already exists) counts as not processed.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "exec.h"
#include "model.h"
#include "mqsc-check.h"
#include "rules.h"
#include "runner.h"
#include "schema.h"
#include "source.h"
#include "store.h"
#include "xmalloc.h"

static void
out_line(void *arg, const char *line)
{
	struct runner	*r = arg;

	if (r->out != NULL) {
		fputs(line, r->out);
		putc('\n', r->out);
	}
}

/*
 * A command's messages are held until its change is durable: "created"
 * must never be printed for a change a crash could still lose.
 */
static void
hold_line(void *arg, const char *line)
{
	struct runner	*r = arg;
	size_t		 n = strlen(line);

	if (r->heldlen + n + 2 > r->heldcap) {
		r->heldcap = (r->heldlen + n + 2) * 2;
		r->held = xrealloc(r->held, r->heldcap);
	}
	memcpy(r->held + r->heldlen, line, n);
	r->heldlen += n;
	r->held[r->heldlen++] = '\n';
	r->held[r->heldlen] = '\0';
}

/* Print a command's messages; flushed, so a pipe sees each at once. */
static void
release_held(struct runner *r)
{
	if (r->out != NULL && r->heldlen > 0) {
		fwrite(r->held, 1, r->heldlen, r->out);
		fflush(r->out);
	}
	r->heldlen = 0;
}

/* "* mqtls: ... time=yyyy-mm-dd hh.mm.ss" sets the next change's time. */
static void
on_comment(void *arg, size_t start, size_t end)
{
	struct runner	*r = arg;
	const char	*s = r->src->buf + start, *t;
	size_t		 n = end - start;

	if (!r->replay || n < 9 || strncmp(s, "* mqtls: ", 9) != 0)
		return;
	t = memmem(s, n, "time=", 5);
	if (t != NULL && (size_t)(s + n - t) >= 5 + 19) {
		memcpy(r->model->when, t + 5, 19);
		r->model->when[19] = '\0';
	}
}

void
runner_init(struct runner *r, struct model *m, FILE *out)
{
	memset(r, 0, sizeof *r);
	r->model = m;
	r->out = out;
	diag_list_init(&r->diags);
}

void
runner_start(struct runner *r, struct source *src)
{
	if (r->started) {
		mqsc_parser_free(&r->ps);
		mqsc_reader_free(&r->rd);
	}
	r->src = src;
	mqsc_reader_init(&r->rd, src, &r->diags, NULL);
	r->rd.on_comment = on_comment;
	r->rd.cb_arg = r;
	mqsc_parser_init(&r->ps, 0);
	r->echo_pos = 0;
	r->started = 1;
}

/* Echo input lines up to offset upto; first is the command's first line. */
static void
echo_upto(struct runner *r, size_t first, size_t upto, unsigned long num)
{
	const char	*buf = r->src->buf, *nl;
	size_t		 ls = r->echo_pos, le;

	while (ls < upto && ls < r->src->len) {
		nl = memchr(buf + ls, '\n', r->src->len - ls);
		le = nl != NULL ? (size_t)(nl - buf) : r->src->len;
		if (le > ls && buf[le - 1] == '\r')
			le--;
		if (r->echo && r->out != NULL &&
		    strspn(buf + ls, " \t") < le - ls) {
			if (ls == first)
				fprintf(r->out, "%6lu : %.*s\n", num,
				    (int)(le - ls), buf + ls);
			else
				fprintf(r->out, "       : %.*s\n",
				    (int)(le - ls), buf + ls);
		}
		ls = nl != NULL ? (size_t)(nl - buf) + 1 : r->src->len;
	}
	if (ls > r->echo_pos)
		r->echo_pos = ls;
}

/* Print the errors found since the last call (reader's included). */
static void
report_diags(struct runner *r)
{
	size_t	 i;

	for (i = r->reported; r->out != NULL && i < r->diags.n; i++)
		if (r->diags.v[i]->sev == DIAG_ERROR)
			diag_render_text(r->out, r->diags.v[i], r->color);
	r->reported = r->diags.n;
}

static void
run_one(struct runner *r)
{
	struct mqsc_text	*t = &r->rd.cmd;
	struct ast_command	*ast;
	struct mqsc_checker	 ck;
	struct mqsc_cmd		 cmd;
	struct exec_ctx		 x;
	enum exec_status	 st;
	unsigned		 line, col;
	int			 syntax = 0;

	echo_upto(r, t->line_start, t->end, r->nread + 1);
	ast = mqsc_parse(&r->ps, t, r->src, &r->diags);
	memset(&cmd, 0, sizeof cmd);
	if (ast != NULL) {
		memset(&ck, 0, sizeof ck);
		ck.diags = &r->diags;
		ck.src = r->src;
		ck.arena = &r->ps.arena;
		if (mqsc_check(&ck, ast, &cmd) != 0)
			syntax = 1;
	} else
		syntax = 1;
	if (t->bad || t->incomplete)
		syntax = 1;
	if (!syntax && cmd.verb != NULL && (cmd.verb->flags & VF_NOOBJECT)) {
		r->ended = 1;		/* END, EXIT, QUIT: not counted */
		return;
	}
	r->nread++;
	if (syntax) {
		r->nsyntax++;
		out_line(r, "AMQ8405I: Syntax error detected at or near end "
		    "of command segment below:-");
		report_diags(r);
		return;
	}
	r->reported = r->diags.n;	/* notes and warnings: lint's job */
	/* runmqsc -v: parse and check, run nothing (mqsc.md 8.1). */
	if (r->verify)
		return;
	memset(&x, 0, sizeof x);
	x.model = r->model;
	x.out = hold_line;
	x.arg = r;
	x.file = r->src->name;
	source_linecol(r->src, t->start, &line, &col);
	x.line = line;
	x.offset = t->start;
	r->heldlen = 0;
	if (r->store != NULL) {
		int rc = store_lock(r->store);

		store_report(r->store, stderr);
		if (rc != 0) {
			r->fatal = 1;
			r->nfailed++;
			return;
		}
		/* Catching up may have loaded a new model (compaction). */
		r->model = x.model = r->store->model;
	}
	st = exec_command(&x, &cmd);
	if (x.changed && r->store != NULL &&
	    store_commit(r->store, t->text, t->len) != 0) {
		/* Not durable: not done.  Nothing more can be trusted. */
		r->heldlen = 0;
		r->fatal = 1;
		st = EXEC_FAILED;
	}
	if (r->store != NULL)
		store_unlock(r->store);
	release_held(r);
	r->model->when[0] = '\0';
	if (st == EXEC_FAILED) {
		r->nfailed++;
		if (r->out == NULL && !r->fatal) {
			/* Silent (store loading): say where it failed. */
			struct diag_loc loc = { r->src, t->start, t->end };

			diag_rule(&r->diags, "command-failed", &loc,
			    "this command fails: %.*s", r->held != NULL ?
			    (int)strcspn(r->held, "\n") : 0,
			    r->held != NULL ? r->held : "");
		}
	} else if (st == EXEC_OFFLINE)
		r->noffline++;
}

void
runner_step(struct runner *r, int at_eof)
{
	while (!r->ended && !r->fatal && mqsc_reader_next(&r->rd, at_eof))
		run_one(r);
}

void
runner_finish(struct runner *r)
{
	if (!r->ended)
		echo_upto(r, (size_t)-1, r->src->len, 0);
}

int
runner_status(const struct runner *r)
{
	if (r->fatal)
		return 20;
	return r->nsyntax > 0 || r->nfailed > 0 ? 10 : 0;
}

int
runner_summary(struct runner *r)
{
	FILE	*f = r->out;

	if (f != NULL) {
		if (r->nread == 1)
			fputs("One MQSC command read.\n", f);
		else
			fprintf(f, "%lu MQSC commands read.\n", r->nread);
		if (r->nsyntax == 0)
			fputs("No commands have a syntax error.\n", f);
		else if (r->nsyntax == 1)
			fputs("One command has a syntax error.\n", f);
		else
			fprintf(f, "%lu commands have a syntax error.\n",
			    r->nsyntax);
		if (r->nfailed == 0)
			fputs("All valid MQSC commands were processed.\n", f);
		else if (r->nfailed == 1)
			fputs("One valid MQSC command could not be "
			    "processed.\n", f);
		else
			fprintf(f, "%lu valid MQSC commands could not be "
			    "processed.\n", r->nfailed);
	}
	return runner_status(r);
}

void
runner_free(struct runner *r)
{
	free(r->held);
	r->held = NULL;
	if (r->started) {
		mqsc_parser_free(&r->ps);
		mqsc_reader_free(&r->rd);
	}
	diag_list_clear(&r->diags);
}
