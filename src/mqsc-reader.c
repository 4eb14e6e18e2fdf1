/*
 * mqsc-reader.c - assembling MQSC commands from physical lines.
 *
 * The rules are runmqsc's (mqsc.md section 1.6):
 *  - a line whose first column is '*' is a comment, wherever it appears,
 *    even between the continued lines of one command (dmpmqcfg writes
 *    "*  ALTDATE(...)" lines there);
 *  - blank lines are ignored, also between continued lines;
 *  - if the last non-blank character is '+', the command goes on at the
 *    first non-blank character of the next line; if it is '-', at column 1;
 *    the '+' or '-' itself is dropped, and this happens anywhere, even in
 *    the middle of a word or a quoted string;
 *  - ';' outside quotes ends the command, even after a continuation;
 *  - a line may hold at most 2048 bytes (CR LF and LF both end a line).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "rules.h"
#include "mqsc-reader.h"
#include "source.h"
#include "template.h"
#include "xmalloc.h"

void
mqsc_reader_init(struct mqsc_reader *r, struct source *src,
    struct diag_list *diags, const struct tmpl_defs *defs)
{
	memset(r, 0, sizeof *r);
	r->src = src;
	r->diags = diags;
	r->defs = defs != NULL && defs->n > 0 ? defs : NULL;
}

void
mqsc_reader_free(struct mqsc_reader *r)
{
	free(r->cmd.text);
	free(r->cmd.segs);
	memset(&r->cmd, 0, sizeof r->cmd);
}

static void
text_reserve(struct mqsc_text *t, size_t extra)
{
	if (t->len + extra + 2 <= t->cap)
		return;
	if (t->cap == 0)
		t->cap = 256;
	while (t->len + extra + 2 > t->cap)
		t->cap *= 2;
	t->text = xrealloc(t->text, t->cap);
}

static void
text_seg(struct mqsc_text *t, size_t phys, size_t physlen, int fixed)
{
	struct mqsc_seg	*s;

	if (t->nsegs == t->segcap) {
		t->segcap = t->segcap ? t->segcap * 2 : 8;
		t->segs = xreallocarray(t->segs, t->segcap, sizeof *t->segs);
	}
	s = &t->segs[t->nsegs++];
	s->log = t->len;
	s->phys = phys;
	s->physlen = physlen;
	s->fixed = fixed;
}

static void
text_put(struct mqsc_text *t, const char *p, size_t n)
{
	text_reserve(t, n);
	memcpy(t->text + t->len, p, n);
	t->len += n;
}

/* Append physical bytes [off, off + n), substituting -D placeholders. */
static void
reader_append(struct mqsc_reader *r, size_t off, size_t n)
{
	struct mqsc_text	*t = &r->cmd;
	const char		*p = r->src->buf + off, *name, *val;
	size_t			 i, run, plen, nlen;

	if (n == 0)
		return;
	if (r->defs == NULL) {
		text_seg(t, off, n, 0);
		text_put(t, p, n);
		return;
	}
	run = 0;
	for (i = 0; i < n; i++) {
		if (p[i] != '$' && p[i] != '{' && p[i] != '<')
			continue;
		plen = tmpl_match(p + i, n - i, &name, &nlen);
		if (plen == 0 ||
		    (val = tmpl_lookup(r->defs, name, nlen)) == NULL)
			continue;
		if (i > run) {
			text_seg(t, off + run, i - run, 0);
			text_put(t, p + run, i - run);
		}
		text_seg(t, off + i, plen, 1);
		text_put(t, val, strlen(val));
		i += plen - 1;
		run = i + 1;
	}
	if (run < n) {
		text_seg(t, off + run, n - run, 0);
		text_put(t, p + run, n - run);
	}
}

static void
reader_begin(struct mqsc_reader *r, size_t line_start, size_t at)
{
	struct mqsc_text	*t = &r->cmd;

	t->len = 0;
	t->nsegs = 0;
	t->start = at;
	t->end = at;
	t->line_start = line_start;
	t->incomplete = 0;
	t->bad = 0;
	t->hint = 0;
	r->in_cmd = 1;
	r->cont = 0;
	r->inquote = 0;
}

static void
reader_finish(struct mqsc_reader *r)
{
	struct mqsc_text	*t = &r->cmd;

	text_reserve(t, 0);
	t->text[t->len] = '\0';
	t->text[t->len + 1] = '\0';
	r->in_cmd = 0;
	r->cont = 0;
}

static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* A command with nothing but blanks in it is not a command. */
static int
text_empty(const struct mqsc_text *t)
{
	size_t	 i;

	/* A command starts at a non-blank character, so this is quick. */
	if (t->len > 0 && !is_blank((unsigned char)t->text[0]))
		return 0;
	for (i = 0; i < t->len; i++)
		if (!is_blank((unsigned char)t->text[i]))
			return 0;
	return 1;
}

/*
 * Process one physical line [ls, le) (without its line end) from *resume
 * on.  Returns 1 when a command was completed by a ';' and more of the line
 * remains (from the new *resume), 2 when a command was completed at the end
 * of the line, 0 when no command is complete yet.
 */
static int
reader_line(struct mqsc_reader *r, size_t ls, size_t le, size_t *resume)
{
	const char	*buf = r->src->buf, *nul;
	struct diag_loc	 loc;
	size_t		 fb, lb, from, k;
	int		 endc, first = *resume == ls;

	if (first) {
		r->line_bad = 0;
		if (le - ls > MQSC_MAX_LINE) {
			loc.src = r->src;
			loc.start = ls + MQSC_MAX_LINE;
			loc.end = le;
			diag_rule(r->diags, "line-too-long", &loc,
			    "line is %zu bytes long; runmqsc accepts at most "
			    "%d: split it with '+' continuation lines",
			    le - ls, MQSC_MAX_LINE);
			r->line_bad = 1;
		}
		if (le > ls && buf[ls] == '*') {
			r->ncomments++;
			if (r->on_comment != NULL)
				r->on_comment(r->cb_arg, ls, le);
			return 0;
		}
		if ((nul = memchr(buf + ls, '\0', le - ls)) != NULL) {
			loc.src = r->src;
			loc.start = (size_t)(nul - buf);
			loc.end = loc.start + 1;
			diag_rule(r->diags, "nul-byte", &loc,
			    "NUL byte in MQSC input: the file is binary or "
			    "damaged; remove the byte");
			r->line_bad = 1;
		}
	}
	fb = *resume;
	while (fb < le && is_blank((unsigned char)buf[fb]))
		fb++;
	if (fb == le)
		return 0;			/* blank (rest of) line */
	lb = le;
	while (lb > fb && is_blank((unsigned char)buf[lb - 1]))
		lb--;
	lb--;					/* last non-blank */

	if (!r->in_cmd) {
		reader_begin(r, ls, fb);
		from = fb;
	} else if (r->cont == '-' && first)
		from = ls;
	else
		from = fb;
	if (r->line_bad)
		r->cmd.bad = 1;

	/*
	 * Look for ';' outside quotes, tracking quotes across lines.  Most
	 * lines have neither character: two memchr() calls settle that.
	 */
	if (memchr(buf + from, '\'', lb + 1 - from) == NULL) {
		const char *semi = r->inquote ? NULL :
		    memchr(buf + from, ';', lb + 1 - from);

		k = semi != NULL ? (size_t)(semi - buf) : lb + 1;
	} else {
		for (k = from; k <= lb; k++) {
			if (buf[k] == '\'')
				r->inquote = !r->inquote;
			else if (buf[k] == ';' && !r->inquote)
				break;
		}
	}
	if (k <= lb) {
		reader_append(r, from, k - from);
		r->cmd.end = k + 1;
		reader_finish(r);
		*resume = k + 1;
		return 1;
	}
	endc = buf[lb];
	if (endc == '+' || endc == '-') {
		reader_append(r, from, lb - from);
		r->cont = endc;
		r->cont_at = lb;
		r->cmd.end = lb;
		*resume = le;
		return 0;
	}
	reader_append(r, from, lb + 1 - from);
	r->cmd.end = lb + 1;
	reader_finish(r);
	*resume = le;
	return 2;
}

/* NUL bytes become blanks in the logical text once reported. */
static void
text_scrub(struct mqsc_text *t)
{
	size_t	 i;

	for (i = 0; i < t->len; i++)
		if (t->text[i] == '\0')
			t->text[i] = ' ';
}

int
mqsc_reader_next(struct mqsc_reader *r, int at_eof)
{
	struct source	*src = r->src;
	struct diag_loc	 loc;
	const char	*nl;
	size_t		 ls, le, next;
	int		 rc;

	while (r->pos < src->len) {
		ls = r->line;
		nl = memchr(src->buf + r->pos, '\n', src->len - r->pos);
		if (nl == NULL && !at_eof)
			return 0;	/* wait for the rest of the line */
		le = nl != NULL ? (size_t)(nl - src->buf) : src->len;
		next = nl != NULL ? le + 1 : le;
		if (le > ls && src->buf[le - 1] == '\r')
			le--;
		if (r->pos > le)
			r->pos = le;
		rc = reader_line(r, ls, le, &r->pos);
		if (rc != 1)
			r->pos = r->line = next;
		if (rc != 0) {
			if (text_empty(&r->cmd))
				continue;
			if (r->cmd.bad)
				text_scrub(&r->cmd);
			return 1;
		}
	}
	if (at_eof && r->in_cmd) {
		loc.src = src;
		loc.start = r->cont_at;
		loc.end = r->cont_at + 1;
		diag_rule(r->diags, "continuation-at-eof", &loc,
		    "the input ends inside a command: this line ends with "
		    "'%c', which continues the command on the next line; "
		    "remove the '%c' or add the rest of the command",
		    r->cont, r->cont);
		r->cmd.incomplete = 1;
		reader_finish(r);
		if (!text_empty(&r->cmd)) {
			text_scrub(&r->cmd);
			return 1;
		}
	}
	return 0;
}

int
mqsc_reader_pending(const struct mqsc_reader *r)
{
	return r->in_cmd;
}

void
mqsc_reader_cancel(struct mqsc_reader *r)
{
	r->in_cmd = 0;
	r->cont = 0;
	r->inquote = 0;
	r->cmd.len = 0;
	r->cmd.nsegs = 0;
	r->pos = r->line = r->src->len;
}

size_t
mqsc_text_phys(const struct mqsc_text *t, size_t log)
{
	size_t			 lo = 0, hi = t->nsegs, mid, d;
	const struct mqsc_seg	*s;

	if (t->nsegs == 0)
		return t->start;
	/* Tokens arrive in order: try the segment used last, then the next. */
	lo = t->hint < t->nsegs ? t->hint : 0;
	if (t->segs[lo].log <= log) {
		while (lo + 1 < t->nsegs && t->segs[lo + 1].log <= log)
			lo++;
		goto found;
	}
	lo = 0;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (t->segs[mid].log <= log)
			lo = mid;
		else
			hi = mid;
	}
found:
	((struct mqsc_text *)t)->hint = lo;
	s = &t->segs[lo];
	if (s->fixed)
		return s->phys;
	d = log - s->log;
	if (d > s->physlen)
		d = s->physlen;
	return s->phys + d;
}

void
mqsc_text_span(const struct mqsc_text *t, size_t lstart, size_t lend,
    size_t *pstart, size_t *pend)
{
	const struct mqsc_seg	*s;

	*pstart = mqsc_text_phys(t, lstart);
	s = t->nsegs > 0 ? &t->segs[t->hint] : NULL;
	if (lend <= lstart)
		*pend = *pstart;
	else if (s != NULL && s->fixed && lend <= (s + 1 < t->segs + t->nsegs ?
	    s[1].log : t->len))
		*pend = s->phys + s->physlen;	/* all of a placeholder */
	else if (s != NULL && !s->fixed && lend <= s->log + s->physlen &&
	    lstart >= s->log)
		*pend = *pstart + (lend - lstart);	/* same piece */
	else
		*pend = mqsc_text_phys(t, lend - 1) + 1;
	if (*pend < *pstart)
		*pend = *pstart;
}
