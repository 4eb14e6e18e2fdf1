/*
 * cmd-lint.c - `mqtls lint`: check MQSC files and report in text, gcc,
 * JSON, SARIF or GitHub Actions form, with the rules chosen by
 * --enable/--disable and .mqtls.conf (lint-conf.c).
 *
 * Each file is checked command by command (lint.c); unless
 * --language-only, the accepted commands also build one model of the
 * whole configuration, whose security rules (lint-model.c) run after the
 * last file.  Then, per file, its suppression comments and its
 * configuration apply to all its findings, both kinds alike.
 *
 * Contract (mqtls-lint(1)): exit 0 when nothing reaches the fail level,
 * 1 when something does, 2 on a usage error, 3 when an input or a
 * configuration file could not be read (3 wins over 1: an unchecked file
 * is worse than a finding).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "diag.h"
#include "json.h"
#include "lint-conf.h"
#include "lint-model.h"
#include "lint.h"
#include "options.h"
#include "rules.h"
#include "sarif.h"
#include "source.h"
#include "suppress.h"
#include "xmalloc.h"

enum {
	OPT_FORMAT, OPT_FAIL, OPT_TEMPLATES, OPT_DEFINE, OPT_HELP,
	OPT_ENABLE, OPT_DISABLE, OPT_CONFIG, OPT_NOCONFIG, OPT_LIST,
	OPT_LANGUAGE
};

static const struct option_def lint_options[] = {
	{ "config", 0, "FILE", "read rule settings from FILE instead of the "
	  "nearest .mqtls.conf", OPT_CONFIG },
	{ "define", 'D', "NAME=VALUE",
	  "substitute VALUE for the placeholder NAME (implies --templates)",
	  OPT_DEFINE },
	{ "disable", 0, "RULE[,RULE]", "do not report these rules (ids, "
	  "areas or all)", OPT_DISABLE },
	{ "enable", 0, "RULE[,RULE]", "report these rules again after a "
	  "--disable or the configuration", OPT_ENABLE },
	{ "fail-level", 0, "LEVEL",
	  "exit 1 on findings of this severity or worse: error, warning "
	  "or note (default error)", OPT_FAIL },
	{ "format", 0, "FORMAT", "text, gcc, json, sarif or github "
	  "(default text)", OPT_FORMAT },
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ "language-only", 0, NULL,
	  "check each command on its own: skip the TLS and CHLAUTH rules "
	  "that need the whole configuration", OPT_LANGUAGE },
	{ "list-rules", 0, NULL, "list every rule id with its severity and "
	  "exit", OPT_LIST },
	{ "no-config", 0, NULL, "read no .mqtls.conf", OPT_NOCONFIG },
	{ "templates", 0, NULL,
	  "treat {{ }}, ${VAR}, $VAR and <NAME> placeholders as opaque "
	  "values", OPT_TEMPLATES },
	{ NULL, 0, NULL, NULL, 0 }
};

enum lint_format { FMT_TEXT, FMT_GCC, FMT_JSON, FMT_SARIF, FMT_GITHUB };

static const char *const format_names[] = {
	[FMT_TEXT] = "text", [FMT_GCC] = "gcc", [FMT_JSON] = "json",
	[FMT_SARIF] = "sarif", [FMT_GITHUB] = "github",
};

struct lint_cli {
	struct lint_opts	 opts;
	enum lint_format	 format;
	int			 fail;		/* -1: not given */
	struct conf_ops		 ops;		/* --enable, --disable */
	const char		*config;	/* --config */
	int			 noconfig;
	int			 list;
	int			 help;
	int			 language_only;
};

static int
lint_option(void *arg, int id, const char *optarg)
{
	struct lint_cli		*cli = arg;
	enum diag_severity	 sev;
	size_t			 i;

	switch (id) {
	case OPT_FORMAT:
		for (i = 0; i < sizeof format_names / sizeof format_names[0];
		    i++)
			if (strcmp(optarg, format_names[i]) == 0)
				break;
		if (i == sizeof format_names / sizeof format_names[0]) {
			fprintf(stderr, "mqtls lint: --format takes text, gcc, "
			    "json, sarif or github, not '%s'\n", optarg);
			return -1;
		}
		cli->format = (enum lint_format)i;
		break;
	case OPT_FAIL:
		if (diag_severity_parse(optarg, &sev) == -1) {
			fprintf(stderr, "mqtls lint: --fail-level takes "
			    "error, warning or note, not '%s'\n", optarg);
			return -1;
		}
		cli->fail = (int)sev;
		break;
	case OPT_ENABLE:
	case OPT_DISABLE:
		return conf_ops_parse_arg(&cli->ops, id == OPT_ENABLE ?
		    CONF_ENABLE : CONF_DISABLE, optarg, id == OPT_ENABLE ?
		    "--enable" : "--disable");
	case OPT_CONFIG:
		cli->config = optarg;
		cli->noconfig = 0;
		break;
	case OPT_NOCONFIG:
		cli->noconfig = 1;
		cli->config = NULL;
		break;
	case OPT_LIST:
		cli->list = 1;
		break;
	case OPT_LANGUAGE:
		cli->language_only = 1;
		break;
	case OPT_TEMPLATES:
		cli->opts.templates = 1;
		break;
	case OPT_DEFINE:
		if (tmpl_define(&cli->opts.defs, optarg) == -1) {
			fprintf(stderr, "mqtls lint: -D takes NAME=VALUE, "
			    "not '%s'\n", optarg);
			return -1;
		}
		cli->opts.templates = 1;
		break;
	case OPT_HELP:
		cli->help = 1;
		break;
	}
	return 0;
}

static int
reached(const struct diag_list *dl, int fail)
{
	int	 s;

	for (s = fail; s < DIAG_NSEVERITY; s++)
		if (dl->count[s] > 0)
			return 1;
	return 0;
}

static void
summary(const unsigned long count[DIAG_NSEVERITY], unsigned long files)
{
	if (count[DIAG_ERROR] + count[DIAG_WARNING] + count[DIAG_NOTE] == 0)
		return;
	fprintf(stderr, "mqtls lint: %lu error%s, %lu warning%s and %lu "
	    "note%s in %lu file%s\n",
	    count[DIAG_ERROR], count[DIAG_ERROR] == 1 ? "" : "s",
	    count[DIAG_WARNING], count[DIAG_WARNING] == 1 ? "" : "s",
	    count[DIAG_NOTE], count[DIAG_NOTE] == 1 ? "" : "s",
	    files, files == 1 ? "" : "s");
}

static void
list_rules(FILE *f)
{
	const struct rule_info	*r;
	size_t			 i, n = rule_count(), w = 0;

	for (i = 0; i < n; i++)
		if (strlen(rule_at(i)->id) > w)
			w = strlen(rule_at(i)->id);
	for (i = 0; i < n; i++) {
		r = rule_at(i);
		fprintf(f, "%-*s  %-7s  %-8s  %s\n", (int)w, r->id,
		    diag_severity_name(r->sev), r->area, r->summary);
	}
}

/* Configuration files by path, each read once. */
struct conf_cache {
	struct lint_conf	**v;
	char			**path;
	size_t			  n;
};

/* The configuration for input (NULL: none); *bad set if unreadable. */
static struct lint_conf *
conf_for(struct lint_cli *cli, struct conf_cache *cc, const char *input,
    int *bad)
{
	struct lint_conf	*c;
	char			*path, *err;
	size_t			 i;

	if (cli->noconfig)
		return NULL;
	if (cli->config != NULL)
		path = xstrdup(cli->config);
	else if ((path = conf_find(input)) == NULL)
		return NULL;
	for (i = 0; i < cc->n; i++) {
		if (strcmp(cc->path[i], path) == 0) {
			free(path);
			if (cc->v[i] == NULL)
				*bad = 1;
			return cc->v[i];
		}
	}
	if ((c = conf_load(path, &err)) == NULL) {
		fprintf(stderr, "mqtls lint: configuration: %s\n", err);
		free(err);
		*bad = 1;
	}
	cc->v = xreallocarray(cc->v, cc->n + 1, sizeof *cc->v);
	cc->path = xreallocarray(cc->path, cc->n + 1, sizeof *cc->path);
	cc->v[cc->n] = c;
	cc->path[cc->n] = path;
	cc->n++;
	return c;
}

static void
list_append(struct diag_list *to, struct diag *d)
{
	if (to->n == to->cap) {
		to->cap = to->cap ? to->cap * 2 : 64;
		to->v = xreallocarray(to->v, to->cap, sizeof *to->v);
	}
	to->v[to->n++] = d;
	to->count[d->sev]++;
}

/* One input: its source, configuration, suppressions and findings. */
struct input {
	struct source		*src;
	struct lint_conf	*conf;
	struct suppress_set	 ss;
	struct diag_list	 own;
};

/*
 * The findings of one input, suppressed, filtered by its policy and
 * sorted, into dl: first its configuration file's problems (reported
 * with the first input that file governs), then the input's own.
 */
static int
finish_one(struct lint_cli *cli, struct input *in, struct diag_list *dl)
{
	struct lint_conf	*conf = in->conf;
	struct lint_policy	 pol;
	struct diag_list	 cd;
	size_t			 k;
	int			 fail;

	diag_list_init(&cd);
	suppress_apply(&in->ss, &in->own);
	if (conf != NULL && !conf->reported) {
		for (k = 0; k < conf->diags.n; k++)
			list_append(&cd, conf->diags.v[k]);
		conf->diags.n = 0;
		memset(conf->diags.count, 0, sizeof conf->diags.count);
		conf->reported = 1;
	}
	policy_init(&pol);
	if (conf != NULL)
		policy_apply(&pol, &conf->ops);
	policy_apply(&pol, &cli->ops);
	policy_filter(&pol, &cd);
	policy_filter(&pol, &in->own);
	policy_free(&pol);
	diag_list_sort(&cd);
	diag_list_sort(&in->own);
	for (k = 0; k < cd.n; k++)
		list_append(dl, cd.v[k]);
	for (k = 0; k < in->own.n; k++)
		list_append(dl, in->own.v[k]);
	free(cd.v);
	free(in->own.v);
	diag_list_init(&in->own);
	fail = cli->fail >= 0 ? cli->fail : conf != NULL && conf->fail >= 0 ?
	    conf->fail : DIAG_ERROR;
	return reached(dl, fail);
}

/*
 * Give each finding of the whole-configuration rules to the input it
 * points into; the list itself is emptied (the records move).
 */
static void
distribute(struct diag_list *md, struct input *in, size_t nin)
{
	size_t	 k, j;

	for (k = 0; k < md->n; k++) {
		for (j = 0; j < nin; j++)
			if (md->v[k]->loc.src == in[j].src)
				break;
		/* Never in the defaults; a stray one goes to the first. */
		list_append(&in[j < nin ? j : 0].own, md->v[k]);
	}
	free(md->v);
	md->v = NULL;
	md->n = md->cap = 0;
	memset(md->count, 0, sizeof md->count);
}

static void
render_stream(struct lint_cli *cli, const struct diag_list *dl, int color)
{
	size_t	 k;

	for (k = 0; k < dl->n; k++) {
		switch (cli->format) {
		case FMT_GCC:
			diag_render_gcc(stdout, dl->v[k]);
			break;
		case FMT_GITHUB:
			diag_render_github(stdout, dl->v[k]);
			break;
		default:
			diag_render_text(stdout, dl->v[k], color);
			break;
		}
	}
}

int
cmd_lint(int argc, char **argv)
{
	struct lint_cli	  cli;
	struct lint_stats st;
	struct diag_list  all;
	struct conf_cache cc;
	struct input	 *in;
	struct lint_model *lm = NULL;
	unsigned long	  count[DIAG_NSEVERITY] = { 0 };
	char		 *err, **errors = NULL;
	int		  first, i, unreadable = 0, failed = 0, color, keep;
	size_t		  k, j, nin = 0, nerrors = 0;

	memset(&cli, 0, sizeof cli);
	cli.fail = -1;
	first = options_parse(argc, argv, lint_options, lint_option, &cli,
	    "lint");
	if (first == -1) {
		tmpl_free(&cli.opts.defs);
		conf_ops_free(&cli.ops);
		return EXIT_USAGE;
	}
	if (cli.help || cli.list) {
		if (cli.help)
			options_help(stdout, "mqtls lint [options] FILE...",
			    "Check MQSC files as runmqsc would read them; - "
			    "reads standard input.", lint_options);
		else
			list_rules(stdout);
		tmpl_free(&cli.opts.defs);
		conf_ops_free(&cli.ops);
		return EXIT_OK;
	}
	if (first >= argc) {
		fprintf(stderr, "mqtls lint: no input files: give MQSC files "
		    "or - for standard input\nTry 'mqtls lint --help'.\n");
		tmpl_free(&cli.opts.defs);
		conf_ops_free(&cli.ops);
		return EXIT_USAGE;
	}

	memset(&st, 0, sizeof st);
	memset(&cc, 0, sizeof cc);
	diag_list_init(&all);
	in = xcalloc((size_t)(argc - first) + 1, sizeof *in);
	keep = cli.format == FMT_JSON || cli.format == FMT_SARIF;
	color = cli.format == FMT_TEXT && diag_want_color(stdout);
	/* The security rules need every file: sources live to the end. */
	if (!cli.language_only) {
		lm = lint_model_new();
		lint_model_templates(lm, cli.opts.templates, &cli.opts.defs);
		cli.opts.on_command = lint_model_command;
		cli.opts.cb_arg = lm;
	}
	for (i = first; i < argc; i++) {
		struct input	*p = &in[nin];

		p->conf = conf_for(&cli, &cc, argv[i], &unreadable);
		if ((p->src = source_read(argv[i], &err)) == NULL) {
			fprintf(stderr, "mqtls lint: %s\n", err);
			if (cli.format == FMT_SARIF) {
				errors = xreallocarray(errors, nerrors + 1,
				    sizeof *errors);
				errors[nerrors++] = err;
			} else
				free(err);
			unreadable = 1;
			continue;
		}
		diag_list_init(&p->own);
		suppress_init(&p->ss, p->src);
		lint_source_supp(&cli.opts, p->src, &p->own, &st, &p->ss);
		nin++;
	}
	if (lm != NULL && nin > 0) {
		struct diag_list md;

		diag_list_init(&md);
		lint_model_finish(lm, &md);
		distribute(&md, in, nin);
	}
	for (k = 0; k < nin; k++) {
		struct diag_list dl;

		diag_list_init(&dl);
		if (finish_one(&cli, &in[k], &dl))
			failed = 1;
		suppress_free(&in[k].ss);
		for (j = 0; j < DIAG_NSEVERITY; j++)
			count[j] += dl.count[j];
		if (keep) {
			/* Keep records for the one document. */
			for (j = 0; j < dl.n; j++)
				list_append(&all, dl.v[j]);
			free(dl.v);
		} else {
			render_stream(&cli, &dl, color);
			diag_list_clear(&dl);
		}
	}
	if (cli.format == FMT_JSON) {
		printf("{\"files\": %lu, \"commands\": %lu, \"diagnostics\": [",
		    st.files, st.commands);
		for (k = 0; k < all.n; k++) {
			fputs(k > 0 ? ",\n  " : "\n  ", stdout);
			diag_render_json(stdout, all.v[k]);
		}
		printf("%s]}\n", all.n > 0 ? "\n" : "");
	} else if (cli.format == FMT_SARIF)
		sarif_render(stdout, all.v, all.n, errors, nerrors);
	/* Findings first, then the summary, even when both go to one file. */
	fflush(stdout);
	if (cli.format == FMT_TEXT || cli.format == FMT_GCC)
		summary(count, st.files);
	diag_list_clear(&all);
	lint_model_free(lm);
	for (k = 0; k < nin; k++)
		source_free(in[k].src);
	free(in);
	for (k = 0; k < nerrors; k++)
		free(errors[k]);
	free(errors);
	for (k = 0; k < cc.n; k++) {
		conf_free(cc.v[k]);
		free(cc.path[k]);
	}
	free(cc.v);
	free(cc.path);
	tmpl_free(&cli.opts.defs);
	conf_ops_free(&cli.ops);
	if (unreadable)
		return EXIT_INPUT;
	return failed ? EXIT_FINDINGS : EXIT_OK;
}
