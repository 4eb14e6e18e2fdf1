/*
 * cmd-simulate.c - `mqtls simulate`: what the queue manager does when a
 * partner with this address and certificate starts this channel, and
 * why (mqtls-simulate(1)):
 *
 *	mqtls simulate [-m QMGR | -s PATH | -f FILE...] [--no-defaults]
 *	    --channel NAME [--address IP] [--sslpeer DN] [--sslcerti DN]
 *	    [--cert FILE [--ca FILE]] [--clntuser USER] [--qmname QMGR]
 *	    [--privileged USER,...] [--format text|json]
 *
 * The configuration is a stored model (-m, -s) or MQSC files (-f) run in
 * order, silently, on top of a new queue manager's objects and CHLAUTH
 * records.  The decision itself is decide.c's.
 *
 * Exit status: 0 allowed, 1 blocked, 2 usage error, 3 input error (a
 * file that cannot be read or does not run cleanly, a bad DN, address or
 * certificate).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address.h"
#include "cert.h"
#include "cmd.h"
#include "decide.h"
#include "diag.h"
#include "rules.h"
#include "dn.h"
#include "model.h"
#include "options.h"
#include "qmgr-defaults.h"
#include "runner.h"
#include "source.h"
#include "store.h"
#include "xmalloc.h"

enum {
	OPT_ADDRESS, OPT_CA, OPT_CERT, OPT_CHANNEL, OPT_CLNTUSER, OPT_FILE,
	OPT_FORMAT, OPT_HELP, OPT_NODEFAULTS, OPT_PRIVILEGED, OPT_QMGR,
	OPT_QMNAME, OPT_SSLCERTI, OPT_SSLPEER, OPT_STORE
};

static const struct option_def simulate_options[] = {
	{ "address", 0, "IP", "the partner's IP address", OPT_ADDRESS },
	{ "ca", 0, "FILE", "CA certificates the queue manager trusts (PEM); "
	  "with --cert", OPT_CA },
	{ "cert", 0, "FILE", "the partner's certificate (PEM or DER): "
	  "subject and issuer", OPT_CERT },
	{ "channel", 0, "NAME", "the channel the partner starts (required)",
	  OPT_CHANNEL },
	{ "clntuser", 0, "USER", "the user ID a client flows (SVRCONN)",
	  OPT_CLNTUSER },
	{ "file", 'f', "FILE", "apply this MQSC file (repeat for more, in "
	  "order)", OPT_FILE },
	{ "format", 0, "FORMAT", "text or json (default text)", OPT_FORMAT },
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ "no-defaults", 0, NULL, "with -f: start from an empty queue "
	  "manager, not a new one's defaults", OPT_NODEFAULTS },
	{ "privileged", 0, "USER,...", "users *MQADMIN stands for (default "
	  "mqm,root)", OPT_PRIVILEGED },
	{ "qmgr", 'm', "QMGR", "the queue manager model named QMGR",
	  OPT_QMGR },
	{ "qmname", 0, "QMGR", "the partner queue manager (message "
	  "channels)", OPT_QMNAME },
	{ "sslcerti", 0, "DN", "the issuer DN of the partner's certificate",
	  OPT_SSLCERTI },
	{ "sslpeer", 0, "DN", "the subject DN of the partner's certificate, "
	  "as MQ shows it", OPT_SSLPEER },
	{ "store", 's', "PATH", "the queue manager model in directory PATH",
	  OPT_STORE },
	{ NULL, 0, NULL, NULL, 0 }
};

#define SIMULATE_USAGE \
	"mqtls simulate [-m QMGR | -s PATH | -f FILE...] [--no-defaults] " \
	"--channel NAME [--address IP] [--sslpeer DN] [--sslcerti DN] " \
	"[--cert FILE [--ca FILE]] [--clntuser USER] [--qmname QMGR] " \
	"[--privileged USER,...] [--format text|json]"

struct simulate_cli {
	const char	*qmgr, *store;
	const char	**files;
	size_t		 nfiles;
	int		 nodefaults, json, help;
	const char	*channel, *address, *sslpeer, *sslcerti, *cert, *ca;
	const char	*clntuser, *qmname, *privileged;
};

static int
simulate_option(void *arg, int id, const char *optarg)
{
	struct simulate_cli *cli = arg;

	switch (id) {
	case OPT_ADDRESS:
		cli->address = optarg;
		break;
	case OPT_CA:
		cli->ca = optarg;
		break;
	case OPT_CERT:
		cli->cert = optarg;
		break;
	case OPT_CHANNEL:
		cli->channel = optarg;
		break;
	case OPT_CLNTUSER:
		cli->clntuser = optarg;
		break;
	case OPT_FILE:
		cli->files = xreallocarray(cli->files, cli->nfiles + 1,
		    sizeof *cli->files);
		cli->files[cli->nfiles++] = optarg;
		break;
	case OPT_FORMAT:
		if (options_format(optarg, &cli->json, "simulate") == -1)
			return -1;
		break;
	case OPT_HELP:
		cli->help = 1;
		break;
	case OPT_NODEFAULTS:
		cli->nodefaults = 1;
		break;
	case OPT_PRIVILEGED:
		cli->privileged = optarg;
		break;
	case OPT_QMGR:
		cli->qmgr = optarg;
		break;
	case OPT_QMNAME:
		cli->qmname = optarg;
		break;
	case OPT_SSLCERTI:
		cli->sslcerti = optarg;
		break;
	case OPT_SSLPEER:
		cli->sslpeer = optarg;
		break;
	case OPT_STORE:
		cli->store = optarg;
		break;
	}
	return 0;
}

/* A usage problem: say it, point at --help, return EXIT_USAGE. */
static int
usage_error(const char *msg)
{
	fprintf(stderr, "mqtls simulate: %s\nTry 'mqtls simulate --help'.\n",
	    msg);
	return EXIT_USAGE;
}

static int
check_usage(const struct simulate_cli *cli, int extra)
{
	int	 sources = (cli->qmgr != NULL) + (cli->store != NULL) +
		    (cli->nfiles > 0);

	if (extra)
		return usage_error("unexpected operand: give MQSC files with "
		    "-f FILE");
	if (cli->channel == NULL)
		return usage_error("give the channel with --channel NAME");
	if (sources > 1)
		return usage_error("give the configuration with one of -m "
		    "QMGR, -s PATH or -f FILE...");
	if (cli->nodefaults && (cli->qmgr != NULL || cli->store != NULL))
		return usage_error("--no-defaults goes with -f, not with a "
		    "stored model (-m, -s)");
	if (cli->cert != NULL && (cli->sslpeer != NULL ||
	    cli->sslcerti != NULL))
		return usage_error("give the certificate with --cert FILE or "
		    "its DNs with --sslpeer/--sslcerti, not both");
	if (cli->sslcerti != NULL && cli->sslpeer == NULL)
		return usage_error("--sslcerti needs --sslpeer: an issuer "
		    "without a subject is no certificate");
	if (cli->ca != NULL && cli->cert == NULL)
		return usage_error("--ca checks the certificate given with "
		    "--cert FILE");
	return 0;
}

/* Report the errors of a list (file:line:col, source line, caret). */
static int
report_errors(struct diag_list *dl)
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

/*
 * Build the model from the defaults and -f files.  Sources are kept in
 * *srcs (the diagnostics point into them).  Returns 0, or -1 after
 * reporting.
 */
static int
load_files(const struct simulate_cli *cli, struct model *m,
    struct source ***srcs, size_t *nsrcs)
{
	struct runner	 r;
	struct source	*src;
	char		*err;
	size_t		 i;
	int		 bad = 0, nerr;

	*srcs = xcalloc(cli->nfiles + 1, sizeof **srcs);
	*nsrcs = 0;
	runner_init(&r, m, NULL);
	if (!cli->nodefaults) {
		src = source_new("<new queue manager>", qmgr_defaults_mqsc,
		    strlen(qmgr_defaults_mqsc));
		(*srcs)[(*nsrcs)++] = src;
		runner_start(&r, src);
		runner_step(&r, 1);
	}
	for (i = 0; i < cli->nfiles; i++) {
		if ((src = source_read(cli->files[i], &err)) == NULL) {
			fprintf(stderr, "mqtls simulate: %s\n", err);
			free(err);
			bad = 1;
			continue;
		}
		(*srcs)[(*nsrcs)++] = src;
		r.ended = 0;
		runner_start(&r, src);
		runner_step(&r, 1);
	}
	nerr = report_errors(&r.diags);
	if (nerr > 0) {
		fprintf(stderr, "mqtls simulate: %d command%s could not be "
		    "applied; fix the configuration first\n", nerr,
		    nerr == 1 ? "" : "s");
		bad = 1;
	}
	runner_free(&r);
	return bad ? -1 : 0;
}

/* A DN option: parsed, or a diagnostic pointing into the value. */
static int
parse_dn_option(const char *opt, const char *value, struct dn *out)
{
	struct dn_error	 err;
	struct diag_list dl;
	struct diag_loc	 loc;
	struct source	*src;

	dn_init(out);
	if (dn_from_rfc4514(value, strlen(value), out, &err) == 0)
		return 0;
	diag_list_init(&dl);
	src = source_new(opt, value, strlen(value));
	diag_list_own(&dl, src);
	loc.src = src;
	loc.start = err.offset;
	loc.end = err.offset + (err.length > 0 ? err.length : 1);
	if (loc.end > src->len)
		loc.end = src->len;
	if (loc.start > loc.end)
		loc.start = loc.end;
	diag_rule(&dl, "bad-dn", &loc, "%s", err.message);
	report_errors(&dl);
	diag_list_clear(&dl);
	return -1;
}

static int
parse_address(const char *s, struct addr_ip *ip)
{
	switch (addr_parse_ip(s, ip)) {
	case ADDR_IP_OK:
		return 0;
	case ADDR_IP_GENERIC:
		fprintf(stderr, "mqtls simulate: --address '%s' is a pattern; "
		    "give the one address the partner connects from\n", s);
		break;
	case ADDR_IP_HOSTNAME:
		fprintf(stderr, "mqtls simulate: --address '%s' is a host "
		    "name; give the partner's IP address (the queue manager "
		    "looks its name up itself)\n", s);
		break;
	default:
		fprintf(stderr, "mqtls simulate: --address '%s' is not an "
		    "IPv4 or IPv6 address\n", s);
		break;
	}
	return -1;
}

/* "a,b,c" to a vector of its non-empty items. */
static char **
split_users(const char *s, size_t *n)
{
	char	**v, *copy, *item, *save = NULL;
	size_t	 k = 0;

	v = xcalloc(strlen(s) + 2, sizeof *v);
	copy = xstrdup(s);
	for (item = strtok_r(copy, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save))
		v[k++] = xstrdup(item);
	free(copy);
	*n = k;
	return v;
}

int
cmd_simulate(int argc, char **argv)
{
	struct simulate_cli	 cli;
	struct decide_conn	 conn;
	struct decide_verdict	 v;
	struct decide_index	*idx = NULL;
	struct store		*st = NULL;
	struct model		*m = NULL;
	struct source		**srcs = NULL;
	struct cert		*cert = NULL;
	struct addr_ip		 ip;
	struct dn		 peer, issuer;
	char			**priv = NULL, *err = NULL;
	size_t			 npriv = 0, nsrcs = 0, i;
	int			 first, rc = EXIT_INPUT;

	memset(&cli, 0, sizeof cli);
	first = options_parse(argc, argv, simulate_options, simulate_option,
	    &cli, "simulate");
	if (first == -1) {
		free(cli.files);
		return EXIT_USAGE;
	}
	if (cli.help) {
		options_help(stdout, SIMULATE_USAGE, "Say whether a partner "
		    "may start a channel, as the queue manager would decide, "
		    "and why.", simulate_options);
		free(cli.files);
		return EXIT_OK;
	}
	if ((rc = check_usage(&cli, first < argc)) != 0) {
		free(cli.files);
		return rc;
	}
	rc = EXIT_INPUT;
	decide_conn_init(&conn);
	decide_verdict_init(&v);
	dn_init(&peer);
	dn_init(&issuer);
	conn.channel = cli.channel;
	conn.clntuser = cli.clntuser;
	conn.qmname = cli.qmname;
	if (cli.address != NULL) {
		if (parse_address(cli.address, &ip) != 0)
			goto out;
		conn.address = &ip;
	}
	if (cli.sslpeer != NULL) {
		if (parse_dn_option("--sslpeer", cli.sslpeer, &peer) != 0)
			goto out;
		conn.subject = &peer;
	}
	if (cli.sslcerti != NULL) {
		if (parse_dn_option("--sslcerti", cli.sslcerti, &issuer) != 0)
			goto out;
		conn.issuer = &issuer;
	}
	if (cli.cert != NULL) {
		if (cert_load(cli.cert, 0, &cert, &err) != 0) {
			fprintf(stderr, "mqtls simulate: %s\n", err);
			goto out;
		}
		conn.subject = &cert->peer;
		conn.issuer = &cert->issuer;
		if (cli.ca != NULL) {
			unsigned status;

			switch (cert_verify_flags(cert, cli.ca, 0, &status,
			    &err)) {
			case 0:
				conn.trust = DTRUST_YES;
				break;
			case 1:
				/* GnuTLS ends its sentences with a blank. */
				while (*err != '\0' &&
				    err[strlen(err) - 1] == ' ')
					err[strlen(err) - 1] = '\0';
				conn.trust = DTRUST_NO;
				conn.trust_why = err;
				break;
			default:
				fprintf(stderr, "mqtls simulate: %s\n", err);
				goto out;
			}
		}
	}
	if (cli.privileged != NULL) {
		priv = split_users(cli.privileged, &npriv);
		conn.privileged = (const char *const *)priv;
		conn.nprivileged = npriv;
	}

	if (cli.qmgr != NULL || cli.store != NULL) {
		if ((st = cmd_open_store(cli.qmgr, cli.store, "simulate", 0)) ==
		    NULL)
			goto out;
		m = st->model;
	} else {
		m = model_new("MQTLS");
		m->no_timestamps = 1;
		if (load_files(&cli, m, &srcs, &nsrcs) != 0)
			goto out;
	}

	idx = decide_index_new(m);
	decide(idx, &conn, DECIDE_TRACE, &v);
	if (cli.json)
		decide_print_json(stdout, &conn, &v);
	else
		decide_print_text(stdout, &conn, &v);
	rc = v.allowed ? EXIT_OK : EXIT_FINDINGS;
	if (fflush(stdout) != 0)
		rc = EXIT_INPUT;
out:
	decide_verdict_free(&v);
	decide_index_free(idx);
	if (st != NULL)
		store_close(st);
	else
		model_free(m);
	for (i = 0; i < nsrcs; i++)
		source_free(srcs[i]);
	free(srcs);
	dn_free(&peer);
	dn_free(&issuer);
	cert_free(cert);
	free(err);
	for (i = 0; i < npriv; i++)
		free(priv[i]);
	free(priv);
	free(cli.files);
	return rc;
}
