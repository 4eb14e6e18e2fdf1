/*
 * lint-conf.c - rule selection for `mqtls lint` (lint-conf.h): parsing
 * --enable/--disable and .mqtls.conf, finding the file, and applying the
 * result to a file's findings.
 *
 * The configuration file is found like .editorconfig or .clang-format:
 * the nearest one in the linted file's directory or any directory above
 * it; only that one is read (no merging), so a project can stop the
 * search with a file of its own.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lint-conf.h"
#include "rules.h"
#include "source.h"
#include "xmalloc.h"

static void
ops_add(struct conf_ops *ops, enum conf_op_kind kind, const char *target,
    enum diag_severity sev)
{
	if (ops->n == ops->cap) {
		ops->cap = ops->cap ? ops->cap * 2 : 8;
		ops->v = xreallocarray(ops->v, ops->cap, sizeof *ops->v);
	}
	ops->v[ops->n].kind = kind;
	ops->v[ops->n].target = target;
	ops->v[ops->n].sev = sev;
	ops->n++;
}

void
conf_ops_free(struct conf_ops *ops)
{
	free(ops->v);
	memset(ops, 0, sizeof *ops);
}

/* The static spelling of a rule id, area or "all"; NULL if none. */
static const char *
target_of(const char *name)
{
	const struct rule_info	*r;
	size_t			 i, n;

	if (strcmp(name, "all") == 0)
		return "all";
	if ((r = rule_find(name)) != NULL)
		return r->id;
	n = rule_count();
	for (i = 0; i < n; i++)
		if (strcmp(rule_at(i)->area, name) == 0)
			return rule_at(i)->area;
	return NULL;
}

int
conf_ops_parse_arg(struct conf_ops *ops, enum conf_op_kind kind,
    const char *arg, const char *option)
{
	char		*copy, *p, *name;
	const char	*t, *sug;
	int		 rc = 0;

	copy = xstrdup(arg);
	for (p = copy; (name = strsep(&p, ",")) != NULL;) {
		name += strspn(name, " \t");
		name[strcspn(name, " \t")] = '\0';
		if (*name == '\0') {
			fprintf(stderr, "mqtls lint: %s takes rule ids "
			    "separated by commas, not '%s'\n", option, arg);
			rc = -1;
			break;
		}
		if ((t = target_of(name)) == NULL) {
			sug = rule_suggest(name, 1);
			fprintf(stderr, "mqtls lint: %s: '%s' is not a rule id "
			    "or area%s%s%s (see 'mqtls lint --list-rules')\n",
			    option, name, sug != NULL ? "; did you mean " : "",
			    sug != NULL ? sug : "", sug != NULL ? "?" : "");
			rc = -1;
			break;
		}
		ops_add(ops, kind, t, DIAG_ERROR);
	}
	free(copy);
	return rc;
}

char *
path_relative(const char *abs)
{
	char	 cwd[PATH_MAX];
	size_t	 n;

	if (getcwd(cwd, sizeof cwd) == NULL)
		return xstrdup(abs);
	n = strlen(cwd);
	if (n == 1)
		return xstrdup(abs[0] == '/' ? abs + 1 : abs);
	if (strncmp(abs, cwd, n) == 0 && abs[n] == '/')
		return xstrdup(abs + n + 1);
	return xstrdup(abs);
}

char *
conf_find(const char *input)
{
	char		 dir[PATH_MAX], *slash, *res = NULL, *d, *path;
	struct stat	 st;

	if (strcmp(input, "-") == 0) {
		if (getcwd(dir, sizeof dir) == NULL)
			return NULL;
	} else {
		d = xstrdup(input);
		if ((slash = strrchr(d, '/')) == NULL)
			strcpy(d, ".");
		else if (slash == d)
			d[1] = '\0';
		else
			*slash = '\0';
		if (realpath(d, dir) == NULL) {
			free(d);
			return NULL;
		}
		free(d);
	}
	for (;;) {
		xasprintf(&path, "%s%s%s", dir, strcmp(dir, "/") == 0 ? "" :
		    "/", LINT_CONF_NAME);
		if (stat(path, &st) == 0 && !S_ISDIR(st.st_mode)) {
			res = path;
			break;
		}
		free(path);
		if (strcmp(dir, "/") == 0)
			break;
		slash = strrchr(dir, '/');
		if (slash == dir)
			dir[1] = '\0';
		else
			*slash = '\0';
	}
	return res;
}

static struct diag_loc
cloc(struct lint_conf *c, size_t start, size_t end)
{
	struct diag_loc	 loc;

	loc.src = c->src;
	loc.start = start;
	loc.end = end > start ? end : start + 1;
	if (loc.end > c->src->len && c->src->len > 0)
		loc.end = c->src->len;
	if (loc.start > loc.end)
		loc.start = loc.end;
	return loc;
}

static int
blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* A list of rule ids or areas at [p, e). */
static void
conf_list(struct lint_conf *c, enum conf_op_kind kind, size_t p, size_t e)
{
	const char	*buf = c->src->buf, *t, *sug;
	struct diag_loc	 loc;
	char		*name;
	size_t		 q;

	for (;;) {
		while (p < e && blank(buf[p]))
			p++;
		q = p;
		while (q < e && !blank(buf[q]) && buf[q] != ',')
			q++;
		if (q == p) {
			loc = cloc(c, p, p + 1);
			diag_rule(&c->diags, "config-invalid", &loc,
			    "a rule id or area is missing here");
			return;
		}
		name = xstrndup(buf + p, q - p);
		if ((t = target_of(name)) == NULL) {
			sug = rule_suggest(name, 1);
			loc = cloc(c, p, q);
			diag_rule(&c->diags, "config-unknown-rule", &loc,
			    "'%s' is not a rule id or area%s%s%s", name,
			    sug != NULL ? "; did you mean " : "",
			    sug != NULL ? sug : "", sug != NULL ? "?" : "");
		} else
			ops_add(&c->ops, kind, t, DIAG_ERROR);
		free(name);
		p = q;
		while (p < e && blank(buf[p]))
			p++;
		if (p == e)
			return;
		if (buf[p] != ',') {
			loc = cloc(c, p, e);
			diag_rule(&c->diags, "config-invalid", &loc,
			    "separate rule ids with commas");
			return;
		}
		p++;
	}
}

/* A severity word at [p, e), or -1 after reporting it. */
static int
conf_level(struct lint_conf *c, size_t p, size_t e, enum diag_severity *sev)
{
	const char	*buf = c->src->buf;
	struct diag_loc	 loc;
	char		*w;
	int		 rc;

	while (p < e && blank(buf[p]))
		p++;
	while (e > p && blank(buf[e - 1]))
		e--;
	w = xstrndup(buf + p, e - p);
	rc = diag_severity_parse(w, sev);
	if (rc == -1) {
		loc = cloc(c, p, e);
		diag_rule(&c->diags, "config-invalid", &loc,
		    "'%s' is not a severity: use error, warning or note", w);
	}
	free(w);
	return rc;
}

static void
conf_line(struct lint_conf *c, size_t ls, size_t le)
{
	const char		*buf = c->src->buf, *eq;
	const struct rule_info	*r;
	struct diag_loc		 loc;
	enum diag_severity	 sev;
	size_t			 p = ls, k, ke, q, e = le;
	char			*id;

	/* '#' starts a comment anywhere on the line. */
	if ((eq = memchr(buf + ls, '#', le - ls)) != NULL)
		e = (size_t)(eq - buf);
	while (p < e && blank(buf[p]))
		p++;
	while (e > p && blank(buf[e - 1]))
		e--;
	if (p == e)
		return;
	k = p;
	while (p < e && !blank(buf[p]) && buf[p] != '=')
		p++;
	ke = p;
	if ((eq = memchr(buf + p, '=', e - p)) == NULL) {
		loc = cloc(c, k, e);
		diag_rule(&c->diags, "config-invalid", &loc,
		    "expected 'setting = value': one of disable, enable, "
		    "severity RULE or fail-level");
		return;
	}
	q = (size_t)(eq - buf);
	if (ke - k == 7 && memcmp(buf + k, "disable", 7) == 0 &&
	    strspn(buf + ke, " \t") >= q - ke)
		conf_list(c, CONF_DISABLE, q + 1, e);
	else if (ke - k == 6 && memcmp(buf + k, "enable", 6) == 0 &&
	    strspn(buf + ke, " \t") >= q - ke)
		conf_list(c, CONF_ENABLE, q + 1, e);
	else if (ke - k == 10 && memcmp(buf + k, "fail-level", 10) == 0 &&
	    strspn(buf + ke, " \t") >= q - ke) {
		if (conf_level(c, q + 1, e, &sev) == 0)
			c->fail = (int)sev;
	} else if (ke - k == 8 && memcmp(buf + k, "severity", 8) == 0) {
		p = ke;
		while (p < q && blank(buf[p]))
			p++;
		ke = q;
		while (ke > p && blank(buf[ke - 1]))
			ke--;
		if (p == ke || memchr(buf + p, ' ', ke - p) != NULL ||
		    memchr(buf + p, '\t', ke - p) != NULL) {
			loc = cloc(c, k, q);
			diag_rule(&c->diags, "config-invalid", &loc,
			    "write 'severity RULE = LEVEL', one rule id");
			return;
		}
		id = xstrndup(buf + p, ke - p);
		if ((r = rule_find(id)) == NULL) {
			const char *sug = rule_suggest(id, 0);

			loc = cloc(c, p, ke);
			diag_rule(&c->diags, "config-unknown-rule", &loc,
			    "'%s' is not a rule id%s%s%s", id,
			    sug != NULL ? "; did you mean " : "",
			    sug != NULL ? sug : "", sug != NULL ? "?" : "");
		} else if (conf_level(c, q + 1, e, &sev) == 0)
			ops_add(&c->ops, CONF_SEVERITY, r->id, sev);
		free(id);
	} else {
		loc = cloc(c, k, ke > k ? ke : q);
		diag_rule(&c->diags, "config-invalid", &loc,
		    "unknown setting '%.*s': use disable, enable, severity "
		    "RULE or fail-level", (int)((ke > k ? ke : q) - k),
		    buf + k);
	}
}

struct lint_conf *
conf_load(const char *path, char **err)
{
	struct lint_conf	*c;
	struct source		*src;
	const char		*nl;
	size_t			 ls, le;
	char			*shown;

	if ((src = source_read(path, err)) == NULL)
		return NULL;
	c = xcalloc(1, sizeof *c);
	c->path = xstrdup(path);
	c->fail = -1;
	diag_list_init(&c->diags);
	shown = path_relative(path);
	free(src->name);
	src->name = shown;
	c->src = src;
	for (ls = 0; ls < src->len; ls = le + 1) {
		nl = memchr(src->buf + ls, '\n', src->len - ls);
		le = nl != NULL ? (size_t)(nl - src->buf) : src->len;
		if (memchr(src->buf + ls, '\0', le - ls) != NULL) {
			struct diag_loc loc = cloc(c, ls, le);

			diag_rule(&c->diags, "config-invalid", &loc,
			    "NUL byte: this is not a text file");
			continue;
		}
		conf_line(c, ls, le);
	}
	return c;
}

void
conf_free(struct lint_conf *c)
{
	if (c == NULL)
		return;
	free(c->path);
	conf_ops_free(&c->ops);
	diag_list_clear(&c->diags);
	source_free(c->src);
	free(c);
}

void
policy_init(struct lint_policy *p)
{
	p->n = rule_count();
	p->off = xcalloc(p->n + 1, 1);
	p->sev = xcalloc(p->n + 1, 1);
	memset(p->sev, -1, p->n + 1);
}

void
policy_free(struct lint_policy *p)
{
	free(p->off);
	free(p->sev);
	memset(p, 0, sizeof *p);
}

void
policy_apply(struct lint_policy *p, const struct conf_ops *ops)
{
	const struct conf_op	*o;
	const struct rule_info	*r;
	size_t			 i, k;

	for (k = 0; k < ops->n; k++) {
		o = &ops->v[k];
		for (i = 0; i < p->n; i++) {
			r = rule_at(i);
			if (strcmp(o->target, "all") != 0 &&
			    strcmp(o->target, r->id) != 0 &&
			    strcmp(o->target, r->area) != 0)
				continue;
			if (o->kind == CONF_SEVERITY)
				p->sev[i] = (signed char)o->sev;
			else
				p->off[i] = o->kind == CONF_DISABLE;
		}
	}
}

static int
policy_keep(struct diag *d, void *arg)
{
	const struct lint_policy	*p = arg;
	long				 i = rule_index(d->rule);

	if (i < 0 || (size_t)i >= p->n)
		return 1;
	if (p->off[i])
		return 0;
	if (p->sev[i] >= 0)
		d->sev = (enum diag_severity)p->sev[i];
	return 1;
}

void
policy_filter(struct lint_policy *p, struct diag_list *dl)
{
	diag_list_filter(dl, policy_keep, p);
}
