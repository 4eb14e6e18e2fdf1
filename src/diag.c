/*
 * diag.c - diagnostic records and their two renderings.
 *
 * Text:  file:line:col: severity: message [rule-id]
 *        the source line, then a caret line with ^ under the start and ~
 *        under the rest of the span (tabs kept so the caret lines up).
 * JSON:  one object per diagnostic with 1-based line/column and an
 *        exclusive end column, as documented in mqtls-lint(1).
 * gcc:   the first line of the text form, related notes as lines of their
 *        own, for editors and tools that parse compiler output.
 * GitHub: workflow commands (::error file=F,line=L,...::message) that
 *        GitHub Actions turns into annotations.
 * SARIF needs the whole run at once and lives in sarif.c.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "json.h"
#include "source.h"
#include "xmalloc.h"

static const char *const severity_names[DIAG_NSEVERITY] = {
	[DIAG_NOTE] = "note",
	[DIAG_WARNING] = "warning",
	[DIAG_ERROR] = "error",
};

/* SGR colours, as gcc uses them. */
static const char *const severity_colors[DIAG_NSEVERITY] = {
	[DIAG_NOTE] = "\033[1;36m",
	[DIAG_WARNING] = "\033[1;35m",
	[DIAG_ERROR] = "\033[1;31m",
};
#define C_BOLD	"\033[1m"
#define C_CARET	"\033[1;32m"
#define C_RESET	"\033[m"

void
diag_list_init(struct diag_list *dl)
{
	memset(dl, 0, sizeof *dl);
}

static void
diag_free(struct diag *d)
{
	size_t	 i;

	free(d->message);
	for (i = 0; i < d->nrelated; i++)
		free(d->related_msg[i]);
	free(d);
}

void
diag_list_clear(struct diag_list *dl)
{
	size_t	 i;

	for (i = 0; i < dl->n; i++)
		diag_free(dl->v[i]);
	free(dl->v);
	for (i = 0; i < dl->nowned; i++)
		source_free(dl->owned[i]);
	free(dl->owned);
	diag_list_init(dl);
}

void
diag_list_own(struct diag_list *dl, struct source *src)
{
	dl->owned = xreallocarray(dl->owned, dl->nowned + 1,
	    sizeof *dl->owned);
	dl->owned[dl->nowned++] = src;
}

struct diag *
diag_add(struct diag_list *dl, enum diag_severity sev, const char *rule,
    const struct diag_loc *loc, const char *fmt, ...)
{
	struct diag	*d;
	va_list		 ap;

	d = xcalloc(1, sizeof *d);
	d->sev = sev;
	d->rule = rule;
	if (loc != NULL)
		d->loc = *loc;
	va_start(ap, fmt);
	if (vasprintf(&d->message, fmt, ap) < 0)
		d->message = xstrdup("(out of memory)");
	va_end(ap);
	d->seq = dl->seq++;
	if (dl->n == dl->cap) {
		dl->cap = dl->cap ? dl->cap * 2 : 16;
		dl->v = xreallocarray(dl->v, dl->cap, sizeof *dl->v);
	}
	dl->v[dl->n++] = d;
	dl->count[sev]++;
	return d;
}

void
diag_relate(struct diag *d, const struct diag_loc *loc, const char *fmt, ...)
{
	va_list	 ap;
	size_t	 i;

	if (d->nrelated == DIAG_MAXRELATED)
		return;
	i = d->nrelated++;
	d->related[i] = *loc;
	va_start(ap, fmt);
	if (vasprintf(&d->related_msg[i], fmt, ap) < 0)
		d->related_msg[i] = xstrdup("");
	va_end(ap);
}

static int
diag_cmp(const void *a, const void *b)
{
	const struct diag	*x = *(struct diag *const *)a;
	const struct diag	*y = *(struct diag *const *)b;

	if (x->loc.src == y->loc.src && x->loc.start != y->loc.start)
		return x->loc.start < y->loc.start ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
diag_list_sort(struct diag_list *dl)
{
	if (dl->n > 1)
		qsort(dl->v, dl->n, sizeof *dl->v, diag_cmp);
}

void
diag_list_filter(struct diag_list *dl, int (*keep)(struct diag *, void *),
    void *arg)
{
	size_t	 i, n = 0;

	memset(dl->count, 0, sizeof dl->count);
	for (i = 0; i < dl->n; i++) {
		if (!keep(dl->v[i], arg)) {
			diag_free(dl->v[i]);
			continue;
		}
		dl->count[dl->v[i]->sev]++;
		dl->v[n++] = dl->v[i];
	}
	dl->n = n;
}

unsigned long long
diag_text_hash(const char *s, size_t len)
{
	unsigned long long	 h = 14695981039346656037ull;
	size_t			 i;
	int			 q = 0, gap = 0, any = 0;
	unsigned char		 c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == '\'')
			q = !q;
		if (!q && (c == ' ' || c == '\t' || c == ',' || c == '\r' ||
		    c == '\n')) {
			gap = any;
			continue;
		}
		if (gap) {
			h = (h ^ ' ') * 1099511628211ull;
			gap = 0;
		}
		if (!q && c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		h = (h ^ c) * 1099511628211ull;
		any = 1;
	}
	return h != 0 ? h : 1;
}

const char *
diag_severity_name(enum diag_severity sev)
{
	return severity_names[sev];
}

int
diag_severity_parse(const char *s, enum diag_severity *sev)
{
	int	 i;

	for (i = 0; i < DIAG_NSEVERITY; i++) {
		if (strcmp(s, severity_names[i]) == 0) {
			*sev = (enum diag_severity)i;
			return 0;
		}
	}
	return -1;
}

int
diag_want_color(FILE *f)
{
	const char	*nc = getenv("NO_COLOR"), *term = getenv("TERM");

	if (nc != NULL && *nc != '\0')
		return 0;
	if (term != NULL && strcmp(term, "dumb") == 0)
		return 0;
	return isatty(fileno(f));
}

/* Print a source line; control characters other than tab become '?'. */
static void
put_source_line(FILE *f, const char *line, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)line[i];

		putc(c != '\t' && (c < 0x20 || c == 0x7f) ? '?' : c, f);
	}
	putc('\n', f);
}

static void
render_location(FILE *f, const struct diag_loc *loc, enum diag_severity sev,
    const char *msg, const char *rule, int color)
{
	unsigned	 line, col, eline, ecol, i;
	const char	*text;
	size_t		 len, end;

	if (loc->src == NULL) {
		fprintf(f, "mqtls: %s%s%s: %s", color ? severity_colors[sev] :
		    "", severity_names[sev], color ? C_RESET : "", msg);
		if (rule != NULL)
			fprintf(f, " [%s]", rule);
		putc('\n', f);
		return;
	}
	source_linecol(loc->src, loc->start, &line, &col);
	fprintf(f, "%s%s:%u:%u:%s %s%s:%s %s", color ? C_BOLD : "",
	    loc->src->name, line, col, color ? C_RESET : "",
	    color ? severity_colors[sev] : "", severity_names[sev],
	    color ? C_RESET : "", msg);
	if (rule != NULL)
		fprintf(f, " [%s]", rule);
	putc('\n', f);

	text = source_line(loc->src, line, &len);
	if (len == 0 && col > 1)
		return;
	put_source_line(f, text, len);
	/* Underline to the end of the span, or of this line if it goes on. */
	end = loc->end > loc->start ? loc->end - 1 : loc->start;
	source_linecol(loc->src, end, &eline, &ecol);
	if (eline != line)
		ecol = (unsigned)len;
	if (ecol < col)
		ecol = col;
	for (i = 1; i < col; i++)
		putc(i - 1 < len && text[i - 1] == '\t' ? '\t' : ' ', f);
	if (color)
		fputs(C_CARET, f);
	putc('^', f);
	for (i = col + 1; i <= ecol; i++)
		putc('~', f);
	if (color)
		fputs(C_RESET, f);
	putc('\n', f);
}

void
diag_render_text(FILE *f, const struct diag *d, int color)
{
	size_t	 i;

	render_location(f, &d->loc, d->sev, d->message, d->rule, color);
	for (i = 0; i < d->nrelated; i++)
		render_location(f, &d->related[i], DIAG_NOTE,
		    d->related_msg[i], NULL, color);
}

void
diag_render_json(FILE *f, const struct diag *d)
{
	unsigned	 line = 0, col = 0, eline = 0, ecol = 0;

	fputs("{\"file\": ", f);
	if (d->loc.src != NULL) {
		json_cstring(f, d->loc.src->name);
		source_linecol(d->loc.src, d->loc.start, &line, &col);
		source_linecol(d->loc.src, d->loc.end > d->loc.start ?
		    d->loc.end : d->loc.start, &eline, &ecol);
		fprintf(f, ", \"line\": %u, \"column\": %u, \"end_line\": %u, "
		    "\"end_column\": %u", line, col, eline, ecol);
	} else
		fputs("null, \"line\": null, \"column\": null, "
		    "\"end_line\": null, \"end_column\": null", f);
	fprintf(f, ", \"severity\": \"%s\", \"rule\": ",
	    severity_names[d->sev]);
	if (d->rule != NULL)
		json_cstring(f, d->rule);
	else
		fputs("null", f);
	fputs(", \"message\": ", f);
	json_cstring(f, d->message);
	putc('}', f);
}

static void
gcc_line(FILE *f, const struct diag_loc *loc, enum diag_severity sev,
    const char *msg, const char *rule)
{
	unsigned	 line, col;

	if (loc->src == NULL)
		fputs("mqtls", f);
	else {
		source_linecol(loc->src, loc->start, &line, &col);
		fprintf(f, "%s:%u:%u", loc->src->name, line, col);
	}
	fprintf(f, ": %s: %s", severity_names[sev], msg);
	if (rule != NULL)
		fprintf(f, " [%s]", rule);
	putc('\n', f);
}

void
diag_render_gcc(FILE *f, const struct diag *d)
{
	size_t	 i;

	gcc_line(f, &d->loc, d->sev, d->message, d->rule);
	for (i = 0; i < d->nrelated; i++)
		gcc_line(f, &d->related[i], DIAG_NOTE, d->related_msg[i],
		    NULL);
}

/*
 * Workflow command escaping (GitHub's actions/toolkit, command.ts): in the
 * message '%', CR and LF are written as %25, %0D and %0A; in property
 * values ':' and ',' too, as %3A and %2C, since they separate properties.
 */
static void
github_escape(FILE *f, const char *s, int property)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '%':
			fputs("%25", f);
			break;
		case '\r':
			fputs("%0D", f);
			break;
		case '\n':
			fputs("%0A", f);
			break;
		case ':':
			fputs(property ? "%3A" : ":", f);
			break;
		case ',':
			fputs(property ? "%2C" : ",", f);
			break;
		default:
			putc(*s, f);
			break;
		}
	}
}

void
diag_render_github(FILE *f, const struct diag *d)
{
	static const char *const cmds[DIAG_NSEVERITY] = {
		[DIAG_NOTE] = "notice",
		[DIAG_WARNING] = "warning",
		[DIAG_ERROR] = "error",
	};
	unsigned	 line, col, eline, ecol, rl, rc;
	size_t		 i;

	fprintf(f, "::%s ", cmds[d->sev]);
	if (d->loc.src != NULL) {
		source_linecol(d->loc.src, d->loc.start, &line, &col);
		/* The last flagged character: GitHub's ends are inclusive. */
		source_linecol(d->loc.src, d->loc.end > d->loc.start ?
		    d->loc.end - 1 : d->loc.start, &eline, &ecol);
		fputs("file=", f);
		github_escape(f, d->loc.src->name, 1);
		fprintf(f, ",line=%u,endLine=%u,col=%u", line, eline, col);
		/* endColumn only when the span is on one line. */
		if (eline == line)
			fprintf(f, ",endColumn=%u", ecol);
		putc(',', f);
	}
	fputs("title=", f);
	github_escape(f, d->rule != NULL ? d->rule : "mqtls", 1);
	fputs("::", f);
	github_escape(f, d->message, 0);
	for (i = 0; i < d->nrelated; i++) {
		fputs("%0Anote: ", f);
		if (d->related[i].src != NULL) {
			source_linecol(d->related[i].src, d->related[i].start,
			    &rl, &rc);
			github_escape(f, d->related[i].src->name, 0);
			fprintf(f, ":%u:%u: ", rl, rc);
		}
		github_escape(f, d->related_msg[i], 0);
	}
	putc('\n', f);
}
