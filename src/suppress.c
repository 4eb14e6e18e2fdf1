/*
 * suppress.c - "* mqtls: disable=..." comments (suppress.h): parsing them,
 * tying each to the command that follows, and dropping what they cover.
 *
 * A comment between the lines of a continued command applies to that
 * command, since it is the next one to complete.  Rules of the "lint"
 * area (the reports about suppressions and .mqtls.conf) cannot be
 * suppressed in comments: a suppression of a suppression report would
 * hide the very thing the report is for.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "rules.h"
#include "source.h"
#include "suppress.h"
#include "xmalloc.h"

void
suppress_init(struct suppress_set *ss, struct source *src)
{
	memset(ss, 0, sizeof *ss);
	ss->src = src;
}

void
suppress_free(struct suppress_set *ss)
{
	size_t	 i;

	for (i = 0; i < ss->n; i++)
		free(ss->v[i].rules);
	for (i = 0; i < ss->nf; i++)
		free(ss->fv[i].rules);
	free(ss->v);
	free(ss->fv);
	memset(ss, 0, sizeof *ss);
}

static struct diag_loc
loc_at(const struct suppress_set *ss, size_t start, size_t end)
{
	struct diag_loc	 loc;

	loc.src = ss->src;
	loc.start = start;
	loc.end = end > start ? end : start + 1;
	return loc;
}

static int
is_blank(int c)
{
	return c == ' ' || c == '\t';
}

/* One rule id of the list at [p, q): check it and add it to s. */
static void
add_rule(struct suppress_set *ss, struct diag_list *dl, struct supp *s,
    const char *buf, size_t p, size_t q)
{
	const struct rule_info	*r;
	struct diag_loc		 loc = loc_at(ss, p, q);
	const char		*sug;
	char			*id;

	id = xstrndup(buf + p, q - p);
	if ((r = rule_find(id)) == NULL) {
		sug = rule_suggest(id, 0);
		diag_rule(dl, "suppression-unknown-rule", &loc,
		    "'%s' is not a rule id%s%s%s (see mqtls-rules(7) or "
		    "'mqtls lint --list-rules')", id,
		    sug != NULL ? "; did you mean " : "",
		    sug != NULL ? sug : "", sug != NULL ? "?" : "");
	} else if (strcmp(r->area, "lint") == 0)
		diag_rule(dl, "suppression-invalid", &loc,
		    "%s reports on suppressions and configuration and cannot "
		    "be suppressed in a comment: use --disable or "
		    ".mqtls.conf", id);
	else {
		s->rules = xreallocarray(s->rules, s->nrules + 1,
		    sizeof *s->rules);
		s->rules[s->nrules].rule = r->id;
		s->rules[s->nrules].at = p;
		s->rules[s->nrules].len = q - p;
		s->rules[s->nrules].used = 0;
		s->nrules++;
	}
	free(id);
}

void
suppress_comment(struct suppress_set *ss, struct diag_list *dl, size_t start,
    size_t end)
{
	const char	*buf = ss->src->buf;
	struct supp	 s;
	struct diag_loc	 loc;
	size_t		 p = start + 1, kw, q, dash;
	int		 file;

	while (p < end && is_blank(buf[p]))
		p++;
	if (end - p < 6 || strncasecmp(buf + p, "mqtls:", 6) != 0)
		return;			/* an ordinary comment */
	p += 6;
	while (p < end && is_blank(buf[p]))
		p++;
	if (end - p >= 4 && memcmp(buf + p, "seq=", 4) == 0)
		return;			/* a store journal header */

	kw = p;
	while (p < end && (buf[p] == '-' || (buf[p] >= 'a' && buf[p] <= 'z')))
		p++;
	if (p - kw == 7 && memcmp(buf + kw, "disable", 7) == 0)
		file = 0;
	else if (p - kw == 12 && memcmp(buf + kw, "disable-file", 12) == 0)
		file = 1;
	else {
		loc = loc_at(ss, kw, end);
		diag_rule(dl, "suppression-invalid", &loc,
		    "'* mqtls:' comments take disable=RULE[,RULE] or "
		    "disable-file=RULE[,RULE], then ' -- ' and the reason");
		return;
	}
	if (p >= end || buf[p] != '=') {
		loc = loc_at(ss, kw, p);
		diag_rule(dl, "suppression-invalid", &loc,
		    "write %.*s=RULE[,RULE] -- reason, with no blank before "
		    "the '='", (int)(p - kw), buf + kw);
		return;
	}
	p++;

	memset(&s, 0, sizeof s);
	s.file = file;
	s.at = start;
	dash = end;
	/* The ids: separated by commas, blanks allowed around them. */
	for (;;) {
		while (p < end && is_blank(buf[p]))
			p++;
		if (end - p >= 2 && buf[p] == '-' && buf[p + 1] == '-') {
			dash = p;
			break;
		}
		q = p;
		while (q < end && !is_blank(buf[q]) && buf[q] != ',')
			q++;
		if (q == p) {
			loc = loc_at(ss, p, p + 1);
			diag_rule(dl, "suppression-invalid", &loc,
			    "a rule id is missing here: list the ids "
			    "separated by commas");
			free(s.rules);
			return;
		}
		add_rule(ss, dl, &s, buf, p, q);
		p = q;
		while (p < end && is_blank(buf[p]))
			p++;
		if (p < end && buf[p] == ',') {
			p++;
			continue;
		}
		if (p == end)
			break;
		if (end - p >= 2 && buf[p] == '-' && buf[p + 1] == '-') {
			dash = p;
			break;
		}
		loc = loc_at(ss, p, end);
		diag_rule(dl, "suppression-invalid", &loc,
		    "expected ',' and another rule id, or ' -- ' and the "
		    "reason");
		free(s.rules);
		return;
	}

	/* The reason. */
	q = dash < end ? dash + 2 : end;
	while (q < end && is_blank(buf[q]))
		q++;
	if (q == end) {
		loc = dash < end ? loc_at(ss, dash, end) : loc_at(ss, kw, end);
		diag_rule(dl, "suppression-no-reason", &loc,
		    "this suppression gives no reason: add ' -- ' and why "
		    "the finding is accepted");
	}
	if (s.nrules == 0)
		return;			/* every id was reported */
	if (file) {
		if (ss->nf == ss->fcap) {
			ss->fcap = ss->fcap ? ss->fcap * 2 : 4;
			ss->fv = xreallocarray(ss->fv, ss->fcap,
			    sizeof *ss->fv);
		}
		ss->fv[ss->nf++] = s;
		return;
	}
	if (ss->n == ss->cap) {
		ss->cap = ss->cap ? ss->cap * 2 : 8;
		ss->v = xreallocarray(ss->v, ss->cap, sizeof *ss->v);
	}
	ss->v[ss->n++] = s;
}

void
suppress_command(struct suppress_set *ss, size_t start, size_t end)
{
	for (; ss->pending < ss->n; ss->pending++) {
		struct supp *s = &ss->v[ss->pending];

		s->attached = 1;
		s->start = start;
		s->end = end;
	}
}

/* Does s cover d?  Counts the use. */
static int
covers(struct supp *s, const struct diag *d)
{
	size_t	 i;

	for (i = 0; i < s->nrules; i++) {
		if (strcmp(s->rules[i].rule, d->rule) == 0) {
			s->rules[i].used++;
			return 1;
		}
	}
	return 0;
}

static int
keep(struct diag *d, void *arg)
{
	struct suppress_set	*ss = arg;
	size_t			 lo, hi, mid, i;
	int			 hit = 0;

	if (d->rule == NULL || d->loc.src != ss->src)
		return 1;
	for (i = 0; i < ss->nf; i++)
		if (covers(&ss->fv[i], d))
			hit = 1;
	/*
	 * Command suppressions are in file order, commands do not overlap,
	 * and the ones still waiting for a command are at the end: find the
	 * last attached one that starts at or before the finding, then walk
	 * back over those tied to the same command.
	 */
	lo = 0;
	hi = ss->n;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ss->v[mid].attached && ss->v[mid].start <= d->loc.start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i-- > 0;) {
		struct supp *s = &ss->v[i];

		if (d->loc.start >= s->end)
			break;
		if (covers(s, d))
			hit = 1;
	}
	return !hit;
}

void
suppress_apply(struct suppress_set *ss, struct diag_list *dl)
{
	struct diag_loc	 loc;
	size_t		 i, k;

	if (ss->n == 0 && ss->nf == 0)
		return;
	diag_list_filter(dl, keep, ss);
	for (i = 0; i < ss->n + ss->nf; i++) {
		struct supp *s = i < ss->n ? &ss->v[i] : &ss->fv[i - ss->n];

		for (k = 0; k < s->nrules; k++) {
			if (s->rules[k].used > 0)
				continue;
			loc = loc_at(ss, s->rules[k].at,
			    s->rules[k].at + s->rules[k].len);
			if (s->file)
				diag_rule(dl, "suppression-unused", &loc,
				    "nothing in this file is reported as %s: "
				    "remove the suppression",
				    s->rules[k].rule);
			else if (!s->attached)
				diag_rule(dl, "suppression-unused", &loc,
				    "no command follows this suppression of "
				    "%s: remove it", s->rules[k].rule);
			else
				diag_rule(dl, "suppression-unused", &loc,
				    "the next command has no %s finding: "
				    "remove the suppression, or move it "
				    "before the command it is meant for",
				    s->rules[k].rule);
		}
	}
}
