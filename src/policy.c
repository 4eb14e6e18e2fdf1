/*
 * policy.c - policy test files (policy.h, mqtls-test(1)).  The file is
 * read by the MQSC front end (same reader, scanner and grammar as lint
 * and run), then its four statements are given meaning here:
 *
 *	CONFIG FILE('a.mqsc') [FILE('b.mqsc')...] [NODEFAULTS]
 *	GROUPS FILE('groups.txt')
 *	OPTIONS [PRIVILEGED('mqm','root')] [OAMPOLICY(USER|GROUP)]
 *	EXPECT CHANNEL('name') [ADDRESS() SSLPEER() SSLCERTI() CLNTUSER()
 *	       QMNAME() QUEUE(q,...) ACCESS(a,...)] RESULT(ALLOW|BLOCK)
 *	       [MCAUSER('user')] [BLOCKEDBY(type)] [DESCR('text')]
 *
 * Paths are relative to the test file.  The configuration is loaded once
 * (model-load.c) and every EXPECT is decided against it (decide.c,
 * access.c).
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "access.h"
#include "address.h"
#include "ast.h"
#include "decide.h"
#include "diag.h"
#include "dn.h"
#include "model-load.h"
#include "model.h"
#include "mqsc-parse.h"
#include "mqsc-reader.h"
#include "oam.h"
#include "policy.h"
#include "rules.h"
#include "schema.h"
#include "source.h"
#include "xmalloc.h"

#define NITEMS(a)	(sizeof (a) / sizeof ((a)[0]))

/* The single-valued fields of an EXPECT. */
enum efield {
	EF_CHANNEL = 0, EF_ADDRESS, EF_SSLPEER, EF_SSLCERTI, EF_CLNTUSER,
	EF_QMNAME, EF_RESULT, EF_MCAUSER, EF_BLOCKEDBY, EF_DESCR, EF_N
};

/* Keywords of each statement: name, how many values, field. */
enum kwkind { KW_ONE, KW_LIST, KW_FLAG };

struct kwdef {
	const char	*name;
	enum kwkind	 kind;
	int		 field;		/* efield, or -1 */
};

static const struct kwdef expect_kws[] = {
	{ "ACCESS", KW_LIST, -1 },
	{ "ADDRESS", KW_ONE, EF_ADDRESS },
	{ "BLOCKEDBY", KW_ONE, EF_BLOCKEDBY },
	{ "CHANNEL", KW_ONE, EF_CHANNEL },
	{ "CLNTUSER", KW_ONE, EF_CLNTUSER },
	{ "DESCR", KW_ONE, EF_DESCR },
	{ "MCAUSER", KW_ONE, EF_MCAUSER },
	{ "QMNAME", KW_ONE, EF_QMNAME },
	{ "QUEUE", KW_LIST, -1 },
	{ "RESULT", KW_ONE, EF_RESULT },
	{ "SSLCERTI", KW_ONE, EF_SSLCERTI },
	{ "SSLPEER", KW_ONE, EF_SSLPEER },
	{ NULL, KW_ONE, -1 }
};

static const struct kwdef config_kws[] = {
	{ "FILE", KW_LIST, -1 },
	{ "NODEFAULTS", KW_FLAG, -1 },
	{ NULL, KW_ONE, -1 }
};

static const struct kwdef groups_kws[] = {
	{ "FILE", KW_ONE, -1 },
	{ NULL, KW_ONE, -1 }
};

static const struct kwdef options_kws[] = {
	{ "OAMPOLICY", KW_ONE, -1 },
	{ "PRIVILEGED", KW_LIST, -1 },
	{ NULL, KW_ONE, -1 }
};

static const struct {
	const char		*verb;
	const struct kwdef	*kws;
} statements[] = {
	{ "CONFIG", config_kws },
	{ "EXPECT", expect_kws },
	{ "GROUPS", groups_kws },
	{ "OPTIONS", options_kws },
};

struct expect {
	unsigned	 line, col;
	char		*f[EF_N];
	struct diag_loc	 loc[EF_N];
	char		**queues, **access;
	size_t		 nqueues, naccess;
	struct diag_loc	 accessloc;
	char		*err;		/* the first error in the line */
};

struct ptest {
	struct source	*src;
	struct diag_list dl;
	char		*dir;			/* of the test file, with '/' */
	char		**files;		/* CONFIG FILE, resolved */
	struct diag_loc	*filelocs;
	size_t		 nfiles;
	int		 nodefaults;
	char		*groups;		/* GROUPS FILE, resolved */
	struct diag_loc	 groupsloc;
	char		**privileged;
	size_t		 nprivileged;
	enum oam_policy	 policy;
	struct expect	*expects;
	size_t		 nexpects;
	size_t		 printed;		/* diagnostics shown so far */
};

static void
flush_diags(struct ptest *t)
{
	for (; t->printed < t->dl.n; t->printed++)
		diag_render_text(stderr, t->dl.v[t->printed],
		    diag_want_color(stderr));
}

static struct diag_loc
loc_of(struct source *src, struct ast_span sp)
{
	struct diag_loc	 l;

	l.src = src;
	l.start = sp.start;
	l.end = sp.end;
	return l;
}

static char *
resolve(const struct ptest *t, const char *path)
{
	char	*s;

	if (path[0] == '/' || t->dir == NULL)
		return xstrdup(path);
	s = xmalloc(strlen(t->dir) + strlen(path) + 1);
	strcpy(s, t->dir);
	strcat(s, path);
	return s;
}

static char *
value_str(const struct ast_value *v)
{
	return xstrndup(v->s, v->len);
}

static void
push(char ***v, size_t *n, char *s)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = s;
}

static const struct kwdef *
find_kw(const struct kwdef *kws, const char *kw, size_t len)
{
	for (; kws->name != NULL; kws++)
		if (strlen(kws->name) == len &&
		    strncasecmp(kws->name, kw, len) == 0)
			return kws;
	return NULL;
}

static const char *
suggest_kw(const struct kwdef *kws, const char *word)
{
	const char	*names[16];
	size_t		 n = 0;

	for (; kws->name != NULL && n + 1 < NITEMS(names); kws++)
		names[n++] = kws->name;
	names[n] = NULL;
	return schema_suggest_word(word, names);
}

/* One statement: check its keywords against the table, then apply. */
static void
statement(struct ptest *t, const struct ast_command *c)
{
	const struct ast_item	*verb = c->items, *it;
	const struct kwdef	*kws = NULL, *kd;
	struct expect		 e;
	struct diag_loc		 l;
	char			 word[64], *val;
	size_t			 i, k;
	int			 bad = 0, seen[EF_N] = { 0 };
	unsigned		 col;

	snprintf(word, sizeof word, "%.*s", (int)verb->kwlen, verb->kw);
	for (i = 0; i < NITEMS(statements); i++)
		if (strcasecmp(word, statements[i].verb) == 0)
			kws = statements[i].kws;
	l = loc_of(t->src, verb->kwspan);
	if (kws == NULL) {
		const char *names[] = { "CONFIG", "EXPECT", "GROUPS",
		    "OPTIONS", NULL };
		const char *s = schema_suggest_word(word, names);

		diag_rule(&t->dl, "test-unknown-statement", &l,
		    "unknown statement '%s'%s%s%s: a test file has CONFIG, "
		    "GROUPS, OPTIONS and EXPECT", word, s != NULL ?
		    " (did you mean " : "", s != NULL ? s : "", s != NULL ?
		    "?)" : "");
		return;
	}
	if (verb->parens) {
		diag_rule(&t->dl, "test-bad-keyword", &l,
		    "%s takes no value of its own: write %s KEYWORD(value)",
		    word, word);
		return;
	}
	memset(&e, 0, sizeof e);
	source_linecol(t->src, verb->kwspan.start, &e.line, &col);
	e.col = col;
	for (it = verb->next; it != NULL; it = it->next) {
		char kw[64];

		snprintf(kw, sizeof kw, "%.*s", (int)it->kwlen, it->kw);
		l = loc_of(t->src, it->kwspan);
		if ((kd = find_kw(kws, it->kw, it->kwlen)) == NULL) {
			const char *s = suggest_kw(kws, kw);

			diag_rule(&t->dl, "test-bad-keyword", &l,
			    "%s does not take %s%s%s%s", word, kw, s != NULL ?
			    " (did you mean " : "", s != NULL ? s : "",
			    s != NULL ? "?)" : "");
			bad = 1;
			continue;
		}
		if (kd->kind == KW_FLAG) {
			if (it->parens) {
				diag_rule(&t->dl, "test-bad-keyword", &l,
				    "%s takes no value", kd->name);
				bad = 1;
			} else
				t->nodefaults = 1;
			continue;
		}
		if (!it->parens || it->nvalues == 0) {
			diag_rule(&t->dl, "test-bad-keyword", &l,
			    "%s needs a value: %s(...)", kd->name, kd->name);
			bad = 1;
			continue;
		}
		if (kd->kind == KW_ONE && it->nvalues > 1) {
			l = loc_of(t->src, it->span);
			diag_rule(&t->dl, "test-bad-keyword", &l,
			    "%s takes one value, not %zu", kd->name,
			    it->nvalues);
			bad = 1;
			continue;
		}
		if (kd->field >= 0) {
			if (seen[kd->field]++) {
				diag_rule(&t->dl, "test-bad-keyword", &l,
				    "%s is given twice", kd->name);
				bad = 1;
				continue;
			}
			e.f[kd->field] = value_str(&it->values[0]);
			e.loc[kd->field] = loc_of(t->src,
			    it->values[0].span);
			continue;
		}
		for (k = 0; k < it->nvalues; k++) {
			val = value_str(&it->values[k]);
			if (strcmp(kd->name, "QUEUE") == 0)
				push(&e.queues, &e.nqueues, val);
			else if (strcmp(kd->name, "ACCESS") == 0) {
				push(&e.access, &e.naccess, val);
				e.accessloc = loc_of(t->src, it->span);
			} else if (strcmp(kd->name, "FILE") == 0 &&
			    kws == config_kws) {
				t->filelocs = xreallocarray(t->filelocs,
				    t->nfiles + 1, sizeof *t->filelocs);
				t->filelocs[t->nfiles] = loc_of(t->src,
				    it->values[k].span);
				push(&t->files, &t->nfiles, resolve(t, val));
				free(val);
			} else if (strcmp(kd->name, "FILE") == 0) {
				free(t->groups);
				t->groups = resolve(t, val);
				t->groupsloc = loc_of(t->src,
				    it->values[k].span);
				free(val);
			} else if (strcmp(kd->name, "PRIVILEGED") == 0)
				push(&t->privileged, &t->nprivileged, val);
			else if (strcmp(kd->name, "OAMPOLICY") == 0) {
				l = loc_of(t->src, it->values[k].span);
				if (access_policy_parse(val, &t->policy) != 0)
					diag_rule(&t->dl, "test-bad-value",
					    &l, "OAMPOLICY is USER or GROUP, "
					    "not '%s'", val);
				free(val);
			} else
				free(val);
		}
	}
	if (kws != expect_kws)
		return;
	l = loc_of(t->src, verb->kwspan);
	if (!bad && e.f[EF_CHANNEL] == NULL) {
		diag_rule(&t->dl, "test-bad-keyword", &l,
		    "EXPECT needs CHANNEL('name'): the channel the partner "
		    "starts");
		bad = 1;
	}
	if (!bad && e.f[EF_RESULT] == NULL) {
		diag_rule(&t->dl, "test-bad-keyword", &l,
		    "EXPECT needs RESULT(ALLOW) or RESULT(BLOCK): what must "
		    "happen");
		bad = 1;
	}
	if (!bad && strcasecmp(e.f[EF_RESULT], "ALLOW") != 0 &&
	    strcasecmp(e.f[EF_RESULT], "BLOCK") != 0) {
		diag_rule(&t->dl, "test-bad-value",
		    &e.loc[EF_RESULT], "RESULT is ALLOW or BLOCK, not '%s'",
		    e.f[EF_RESULT]);
		bad = 1;
	}
	if (!bad && e.f[EF_BLOCKEDBY] != NULL) {
		enum decide_block b;

		for (b = DBLK_BLOCKADDR; b <= DBLK_CHCKCLNT; b++)
			if (strcasecmp(e.f[EF_BLOCKEDBY],
			    decide_block_name(b)) == 0)
				break;
		if (b > DBLK_CHCKCLNT) {
			diag_rule(&t->dl, "test-bad-value",
			    &e.loc[EF_BLOCKEDBY], "BLOCKEDBY is BLOCKADDR, "
			    "BLOCKUSER, NOACCESS, CHANNEL_NOT_DEFINED, "
			    "SSLCAUTH, SSLPEER or CHCKCLNT, not '%s'",
			    e.f[EF_BLOCKEDBY]);
			bad = 1;
		}
	}
	if (!bad && e.nqueues > 0 && e.naccess == 0) {
		diag_rule(&t->dl, "test-bad-keyword", &l,
		    "QUEUE goes with ACCESS(...): say which authorities to "
		    "check");
		bad = 1;
	}
	if (bad) {
		/* Keep it as an error case, so the count is right. */
		free(e.f[EF_RESULT]);
		e.f[EF_RESULT] = NULL;
		for (i = 0; i < t->dl.n && e.err == NULL; i++)
			if (t->dl.v[i]->loc.src == t->src &&
			    t->dl.v[i]->loc.start >= c->span.start &&
			    t->dl.v[i]->loc.start <= c->span.end)
				e.err = xstrdup(t->dl.v[i]->message);
	}
	t->expects = xreallocarray(t->expects, t->nexpects + 1,
	    sizeof *t->expects);
	t->expects[t->nexpects++] = e;
}

static void
expect_free(struct expect *e)
{
	size_t	 i;

	for (i = 0; i < EF_N; i++)
		free(e->f[i]);
	for (i = 0; i < e->nqueues; i++)
		free(e->queues[i]);
	for (i = 0; i < e->naccess; i++)
		free(e->access[i]);
	free(e->queues);
	free(e->access);
	free(e->err);
}

/* The EXPECT's inputs, in its own syntax, for reports. */
static char *
expect_text(const struct expect *e)
{
	static const char *const names[EF_N] = {
		"CHANNEL", "ADDRESS", "SSLPEER", "SSLCERTI", "CLNTUSER",
		"QMNAME", NULL, NULL, NULL, NULL
	};
	char	*buf;
	size_t	 len;
	FILE	*f;
	size_t	 i;

	if (e->f[EF_CHANNEL] == NULL)
		return xstrdup("EXPECT");
	f = open_memstream(&buf, &len);
	if (f == NULL)
		return xstrdup("EXPECT");
	for (i = 0; i < EF_N; i++)
		if (names[i] != NULL && e->f[i] != NULL)
			fprintf(f, "%s%s('%s')", i > 0 ? " " : "", names[i],
			    e->f[i]);
	for (i = 0; i < e->nqueues; i++)
		fprintf(f, "%s'%s'", i == 0 ? " QUEUE(" : ",", e->queues[i]);
	if (e->nqueues > 0)
		fputc(')', f);
	for (i = 0; i < e->naccess; i++)
		fprintf(f, "%s%s", i == 0 ? " ACCESS(" : ",", e->access[i]);
	if (e->naccess > 0)
		fputc(')', f);
	fclose(f);
	return buf;
}

/* A DN value of an EXPECT, or a diagnostic at the offending byte. */
static int
expect_dn(struct ptest *t, const struct expect *e, enum efield fld,
    struct dn *out)
{
	struct dn_error	 err;
	struct diag_loc	 l = e->loc[fld];
	const char	*v = e->f[fld];

	if (dn_from_rfc4514(v, strlen(v), out, &err) == 0)
		return 0;
	/* The value starts after its opening quote, if it has one. */
	if (l.end > l.start && t->src->buf[l.start] == '\'')
		l.start++;
	l.start += err.offset;
	l.end = l.start + (err.length > 0 ? err.length : 1);
	diag_rule(&t->dl, "bad-dn", &l, "%s", err.message);
	return -1;
}

static void
run_case(struct ptest *t, const struct model *m,
    const struct decide_index *idx, const struct access_ctx *actx,
    const struct expect *e, struct policy_case *pc)
{
	struct decide_conn	 c;
	struct decide_verdict	 v;
	struct access_req	*reqs = NULL;
	struct access_result	*res = NULL;
	struct addr_ip		 ip;
	struct dn		 peer, issuer;
	size_t			 nreqs = 0, i, errors = t->dl.count[DIAG_ERROR];
	const char		*why;
	int			 want_allow, ok = 1, got_allow;
	char			*buf;
	size_t			 len;
	FILE			*f;

	dn_init(&peer);
	dn_init(&issuer);
	decide_conn_init(&c);
	decide_verdict_init(&v);
	c.channel = e->f[EF_CHANNEL];
	c.clntuser = e->f[EF_CLNTUSER];
	c.qmname = e->f[EF_QMNAME];
	c.privileged = (const char *const *)t->privileged;
	c.nprivileged = t->nprivileged;
	if (e->f[EF_ADDRESS] != NULL) {
		if (addr_parse_ip(e->f[EF_ADDRESS], &ip) != ADDR_IP_OK)
			diag_rule(&t->dl, "test-bad-value",
			    &e->loc[EF_ADDRESS], "ADDRESS '%s' is not one "
			    "IPv4 or IPv6 address: give the address the "
			    "partner connects from", e->f[EF_ADDRESS]);
		else
			c.address = &ip;
	}
	if (e->f[EF_SSLPEER] != NULL &&
	    expect_dn(t, e, EF_SSLPEER, &peer) == 0)
		c.subject = &peer;
	if (e->f[EF_SSLCERTI] != NULL &&
	    expect_dn(t, e, EF_SSLCERTI, &issuer) == 0)
		c.issuer = &issuer;
	if (e->f[EF_SSLCERTI] != NULL && e->f[EF_SSLPEER] == NULL)
		diag_rule(&t->dl, "test-bad-keyword",
		    &e->loc[EF_SSLCERTI], "SSLCERTI needs SSLPEER: an issuer "
		    "without a subject is no certificate");
	for (i = 0; i < e->naccess; i++)
		if (access_parse(e->access[i], (const char *const *)e->queues,
		    e->nqueues, &reqs, &nreqs, &why) == -1)
			diag_rule(&t->dl, "test-bad-value",
			    &e->accessloc, "ACCESS '%s': %s", e->access[i],
			    why);
	if (t->dl.count[DIAG_ERROR] > errors) {
		pc->outcome = POL_ERROR;
		pc->detail = xstrdup(t->dl.v[t->dl.n - 1]->message);
		goto out;
	}

	decide(idx, &c, DECIDE_TRACE, &v);
	res = xcalloc(nreqs + 1, sizeof *res);
	access_eval(m, actx, &v, reqs, nreqs, res);

	/*
	 * RESULT(ALLOW) with ACCESS: allowed and every authority granted;
	 * RESULT(BLOCK) with ACCESS: no authority granted (refused, or the
	 * connection is).  Without ACCESS it is the connection's verdict.
	 */
	want_allow = strcasecmp(e->f[EF_RESULT], "ALLOW") == 0;
	if (nreqs == 0)
		got_allow = v.allowed;
	else if (want_allow)
		got_allow = v.allowed && access_all_granted(res, nreqs);
	else {
		got_allow = 0;
		for (i = 0; i < nreqs; i++)
			if (res[i].state == ACC_GRANTED)
				got_allow = 1;
	}
	if (got_allow != want_allow)
		ok = 0;
	if (e->f[EF_MCAUSER] != NULL && (v.mcauser == NULL ||
	    strcmp(v.mcauser, e->f[EF_MCAUSER]) != 0))
		ok = 0;
	if (e->f[EF_BLOCKEDBY] != NULL && (v.blocked_by == DBLK_NONE ||
	    strcasecmp(decide_block_name(v.blocked_by),
	    e->f[EF_BLOCKEDBY]) != 0))
		ok = 0;
	pc->outcome = ok ? POL_PASS : POL_FAIL;

	f = open_memstream(&buf, &len);
	fprintf(f, "RESULT(%s)", want_allow ? "ALLOW" : "BLOCK");
	if (e->f[EF_MCAUSER] != NULL)
		fprintf(f, " MCAUSER('%s')", e->f[EF_MCAUSER]);
	if (e->f[EF_BLOCKEDBY] != NULL)
		fprintf(f, " BLOCKEDBY(%s)", e->f[EF_BLOCKEDBY]);
	fclose(f);
	pc->expected = buf;

	f = open_memstream(&buf, &len);
	fprintf(f, "RESULT(%s)", got_allow ? "ALLOW" : "BLOCK");
	if (v.mcauser != NULL)
		fprintf(f, " MCAUSER('%s')", v.mcauser);
	if (v.blocked_by != DBLK_NONE)
		fprintf(f, " BLOCKEDBY(%s)", decide_block_name(v.blocked_by));
	for (i = 0; i < nreqs; i++)
		fprintf(f, " %s(%s%s%s)=%s", oam_auth_name(res[i].req.access),
		    res[i].req.object != NULL ? "'" : "QMGR",
		    res[i].req.object != NULL ? res[i].req.object : "",
		    res[i].req.object != NULL ? "'" : "",
		    res[i].state == ACC_GRANTED ? "granted" :
		    res[i].state == ACC_REFUSED ? "refused" : "unknown");
	fclose(f);
	pc->actual = buf;

	if (!ok) {
		f = open_memstream(&buf, &len);
		decide_print_text(f, &c, &v);
		access_print_text(f, res, nreqs);
		fclose(f);
		pc->detail = buf;
	}
out:
	free(reqs);
	free(res);
	decide_verdict_free(&v);
	dn_free(&peer);
	dn_free(&issuer);
}

static void
read_file(struct ptest *t)
{
	struct mqsc_reader	 rd;
	struct mqsc_parser	 ps;
	struct ast_command	*ast;

	mqsc_reader_init(&rd, t->src, &t->dl, NULL);
	mqsc_parser_init(&ps, 0);
	while (mqsc_reader_next(&rd, 1)) {
		if ((ast = mqsc_parse(&ps, &rd.cmd, t->src, &t->dl)) == NULL ||
		    ast->nitems == 0)
			continue;
		statement(t, ast);
	}
	mqsc_parser_free(&ps);
	mqsc_reader_free(&rd);
}

void
policy_run_file(const char *path, struct policy_run *run)
{
	struct ptest		 t;
	struct model_load	 ml;
	struct decide_index	*idx = NULL;
	struct access_ctx	 actx;
	struct timespec		 t0, t1;
	const char		*slash;
	char			*err;
	size_t			 i, errors, unreadable = 0;
	int			 loaded = 0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(run, 0, sizeof *run);
	memset(&t, 0, sizeof t);
	memset(&actx, 0, sizeof actx);
	run->path = xstrdup(path);
	diag_list_init(&t.dl);
	if ((t.src = source_read(path, &err)) == NULL) {
		fprintf(stderr, "mqtls test: %s\n", err);
		free(err);
		run->input_error = 1;
		goto done;
	}
	diag_list_own(&t.dl, t.src);
	if ((slash = strrchr(path, '/')) != NULL)
		t.dir = xstrndup(path, (size_t)(slash - path) + 1);
	read_file(&t);
	errors = 0;
	if (t.nfiles == 0 && t.nexpects > 0) {
		struct diag_loc nowhere = { t.src, 0, 0 };

		diag_rule(&t.dl, "test-no-config", &nowhere,
		    "no CONFIG FILE('...'): name the MQSC files under test");
	}
	for (i = 0; i < t.nfiles; i++)
		if (access(t.files[i], R_OK) != 0 && ++unreadable > 0)
			diag_rule(&t.dl, "test-no-config",
			    &t.filelocs[i], "cannot read %s: %s (paths are "
			    "relative to the test file)", t.files[i],
			    strerror(errno));
	if (t.nexpects == 0) {
		struct diag_loc nowhere = { t.src, 0, 0 };

		diag_rule(&t.dl, "test-no-expect", &nowhere,
		    "no EXPECT line: a test file states at least one "
		    "expectation");
	}
	flush_diags(&t);
	/*
	 * Errors in the file make the run an input error, but the EXPECT
	 * lines that are whole still run, so one typo does not hide the
	 * other results.  Without a configuration nothing can run.
	 */
	if (t.dl.count[DIAG_ERROR] > errors)
		run->input_error = 1;
	if (t.nfiles == 0 || t.nexpects == 0 || unreadable > 0)
		goto done;
	loaded = 1;
	if (model_load_files(&ml, (const char *const *)t.files, t.nfiles,
	    t.nodefaults, "test") != 0) {
		run->input_error = 1;
		goto done;
	}
	actx.policy = t.policy;
	if (t.groups != NULL &&
	    (actx.groups = oam_groups_load(t.groups, &t.dl)) == NULL) {
		flush_diags(&t);
		run->input_error = 1;
		goto done;
	}
	if (actx.groups != NULL)
		oam_groups_add_admins(actx.groups, &t.privileged,
		    &t.nprivileged);
	idx = decide_index_new(ml.model);
	run->cases = xcalloc(t.nexpects + 1, sizeof *run->cases);
	for (i = 0; i < t.nexpects; i++) {
		struct policy_case *pc = &run->cases[run->ncases++];
		const struct expect *e = &t.expects[i];

		pc->line = e->line;
		pc->col = e->col;
		pc->text = expect_text(e);
		if (e->f[EF_DESCR] != NULL)
			pc->descr = xstrdup(e->f[EF_DESCR]);
		if (e->f[EF_RESULT] == NULL) {	/* reported when read */
			pc->outcome = POL_ERROR;
			pc->detail = xstrdup(e->err != NULL ? e->err :
			    "the EXPECT line has errors");
		} else
			run_case(&t, ml.model, idx, &actx, e, pc);
		flush_diags(&t);
		if (pc->outcome == POL_PASS)
			run->passed++;
		else if (pc->outcome == POL_FAIL)
			run->failed++;
		else
			run->errors++;
	}
done:
	flush_diags(&t);
	decide_index_free(idx);
	oam_groups_free((struct oam_groups *)actx.groups);
	if (loaded)
		model_load_free(&ml);
	for (i = 0; i < t.nexpects; i++)
		expect_free(&t.expects[i]);
	free(t.expects);
	for (i = 0; i < t.nfiles; i++)
		free(t.files[i]);
	free(t.files);
	free(t.filelocs);
	for (i = 0; i < t.nprivileged; i++)
		free(t.privileged[i]);
	free(t.privileged);
	free(t.groups);
	free(t.dir);
	diag_list_clear(&t.dl);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	run->seconds = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

void
policy_run_free(struct policy_run *run)
{
	size_t	 i;

	for (i = 0; i < run->ncases; i++) {
		free(run->cases[i].text);
		free(run->cases[i].descr);
		free(run->cases[i].expected);
		free(run->cases[i].actual);
		free(run->cases[i].detail);
	}
	free(run->cases);
	free(run->path);
	memset(run, 0, sizeof *run);
}
