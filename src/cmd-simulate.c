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

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "address.h"
#include "cert.h"
#include "cmd.h"
#include "decide.h"
#include "diag.h"
#include "rules.h"
#include "dn.h"
#include "model.h"
#include "options.h"
#include "model-load.h"
#include "simulate-batch.h"
#include "source.h"
#include "store.h"
#include "xmalloc.h"

enum {
	OPT_ACCESS, OPT_ADDRESS, OPT_BATCH, OPT_CA, OPT_CERT, OPT_CHANNEL, OPT_CLNTUSER,
	OPT_FILE, OPT_FORMAT, OPT_GROUPS, OPT_HELP, OPT_NODEFAULTS,
	OPT_OAMPOLICY, OPT_PRIVILEGED, OPT_QMGR, OPT_QMNAME, OPT_QUEUE,
	OPT_SSLCERTI, OPT_SSLPEER, OPT_STORE
};

static const struct option_def simulate_options[] = {
	{ "access", 0, "AUTH,...", "check these authorities for the user "
	  "the channel runs as: put, get, browse, inq, connect... (repeat "
	  "or list)", OPT_ACCESS },
	{ "address", 0, "IP", "the partner's IP address", OPT_ADDRESS },
	{ "batch", 0, "FILE", "decide every connection of this CSV file "
	  "('-': standard input), one verdict a line", OPT_BATCH },
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
	{ "format", 0, "FORMAT", "text or json (default text; with --batch "
	  "CSV or JSON lines)", OPT_FORMAT },
	{ "groups", 0, "FILE", "the users' groups for --access, one "
	  "'user: group,group' a line", OPT_GROUPS },
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ "no-defaults", 0, NULL, "with -f: start from an empty queue "
	  "manager, not a new one's defaults", OPT_NODEFAULTS },
	{ "oam-policy", 0, "POLICY", "user or group: how PRINCIPAL authority "
	  "records apply (qm.ini SecurityPolicy; default user)",
	  OPT_OAMPOLICY },
	{ "privileged", 0, "USER,...", "users *MQADMIN stands for (default "
	  "mqm,root)", OPT_PRIVILEGED },
	{ "qmgr", 'm', "QMGR", "the queue manager model named QMGR",
	  OPT_QMGR },
	{ "qmname", 0, "QMGR", "the partner queue manager (message "
	  "channels)", OPT_QMNAME },
	{ "queue", 0, "NAME", "with --access: the queue to check (repeat "
	  "for more)", OPT_QUEUE },
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
	"[--privileged USER,...] [--queue NAME... --access AUTH,... " \
	"[--groups FILE] [--oam-policy user|group]] [--format text|json]\n" \
	"       mqtls simulate [-m QMGR | -s PATH | -f FILE...] " \
	"[--no-defaults] --batch FILE [--privileged USER,...] " \
	"[--format text|json]"

struct simulate_cli {
	const char	*qmgr, *store;
	const char	**files;
	size_t		 nfiles;
	int		 nodefaults, json, help;
	const char	*channel, *address, *sslpeer, *sslcerti, *cert, *ca;
	const char	*clntuser, *qmname, *privileged;
	const char	**queues, **access;
	size_t		 nqueues, naccess;
	const char	*groups, *batch;
	enum oam_policy	 policy;
};

static void
push(const char ***v, size_t *n, const char *s)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = s;
}

static int
simulate_option(void *arg, int id, const char *optarg)
{
	struct simulate_cli *cli = arg;

	switch (id) {
	case OPT_ACCESS:
		push(&cli->access, &cli->naccess, optarg);
		break;
	case OPT_ADDRESS:
		cli->address = optarg;
		break;
	case OPT_BATCH:
		cli->batch = optarg;
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
		push(&cli->files, &cli->nfiles, optarg);
		break;
	case OPT_FORMAT:
		if (options_format(optarg, &cli->json, "simulate") == -1)
			return -1;
		break;
	case OPT_GROUPS:
		cli->groups = optarg;
		break;
	case OPT_HELP:
		cli->help = 1;
		break;
	case OPT_OAMPOLICY:
		if (access_policy_parse(optarg, &cli->policy) != 0) {
			fprintf(stderr, "mqtls simulate: --oam-policy takes "
			    "user or group, not '%s'\n", optarg);
			return -1;
		}
		break;
	case OPT_QUEUE:
		push(&cli->queues, &cli->nqueues, optarg);
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
	if (cli->batch != NULL) {
		if (cli->channel != NULL || cli->address != NULL ||
		    cli->sslpeer != NULL || cli->sslcerti != NULL ||
		    cli->cert != NULL || cli->clntuser != NULL ||
		    cli->qmname != NULL)
			return usage_error("with --batch the connections come "
			    "from the file: leave out --channel, --address, "
			    "--sslpeer, --sslcerti, --cert, --clntuser and "
			    "--qmname");
		if (cli->naccess > 0 || cli->nqueues > 0 ||
		    cli->groups != NULL)
			return usage_error("--access is not available with "
			    "--batch: check authority one connection at a "
			    "time, or with mqtls test");
	} else if (cli->channel == NULL)
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
	if (cli->naccess == 0 && (cli->nqueues > 0 || cli->groups != NULL))
		return usage_error("--queue and --groups go with --access: "
		    "say which authorities to check");
	return 0;
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
	model_load_report(&dl);
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

/*
 * --batch: exit 3 when the file could not be read or a line had an
 * error, else 1 when a connection was refused, else 0.  A summary goes
 * to standard error.
 */
static int
run_batch(const struct simulate_cli *cli, const struct decide_index *idx,
    const struct decide_conn *conn)
{
	struct batch_opts	 o;
	struct batch_stats	 st;
	static char		 buf[1 << 16];

	memset(&o, 0, sizeof o);
	o.json = cli->json;
	o.privileged = conn->privileged;
	o.nprivileged = conn->nprivileged;
	setvbuf(stdout, buf, _IOFBF, sizeof buf);
	if (simulate_batch(idx, &o, cli->batch, stdout, &st) != 0)
		return EXIT_INPUT;
	if (fflush(stdout) != 0) {
		fprintf(stderr, "mqtls simulate: writing the verdicts: %s\n",
		    strerror(errno));
		return EXIT_INPUT;
	}
	fprintf(stderr, "mqtls simulate: %lu connection%s: %lu allowed, "
	    "%lu blocked, %lu with errors\n", st.allowed + st.blocked +
	    st.errors, st.allowed + st.blocked + st.errors == 1 ? "" : "s",
	    st.allowed, st.blocked, st.errors);
	if (st.errors > 0)
		return EXIT_INPUT;
	return st.blocked > 0 ? EXIT_FINDINGS : EXIT_OK;
}

static void
cli_free(struct simulate_cli *cli)
{
	free(cli->files);
	free(cli->queues);
	free(cli->access);
}

/* The "authority" member of the JSON verdict. */
struct more_json {
	const struct access_result	*res;
	size_t				 n;
};

static void
print_more_json(FILE *f, void *arg)
{
	const struct more_json *mj = arg;

	fputs(",\n \"authority\": ", f);
	access_print_json(f, mj->res, mj->n);
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
	struct model_load	 ml;
	int			 loaded = 0;
	struct cert		*cert = NULL;
	struct addr_ip		 ip;
	struct dn		 peer, issuer;
	struct access_req	*reqs = NULL;
	struct access_result	*res = NULL;
	struct access_ctx	 actx;
	struct more_json	 mj;
	struct diag_list	 gdl;
	size_t			 nreqs = 0;
	char			**priv = NULL, *err = NULL;
	size_t			 npriv = 0, i;
	int			 first, rc = EXIT_INPUT;

	memset(&cli, 0, sizeof cli);
	first = options_parse(argc, argv, simulate_options, simulate_option,
	    &cli, "simulate");
	if (first == -1) {
		cli_free(&cli);
		return EXIT_USAGE;
	}
	if (cli.help) {
		options_help(stdout, SIMULATE_USAGE, "Say whether a partner "
		    "may start a channel, as the queue manager would decide, "
		    "and why.", simulate_options);
		cli_free(&cli);
		return EXIT_OK;
	}
	if ((rc = check_usage(&cli, first < argc)) != 0) {
		cli_free(&cli);
		return rc;
	}
	for (i = 0; i < cli.naccess; i++) {
		const char *why;

		if (access_parse(cli.access[i], cli.queues, cli.nqueues, &reqs,
		    &nreqs, &why) == -1) {
			fprintf(stderr, "mqtls simulate: --access '%s': %s\n"
			    "Try 'mqtls simulate --help'.\n", cli.access[i],
			    why);
			free(reqs);
			cli_free(&cli);
			return EXIT_USAGE;
		}
	}
	rc = EXIT_INPUT;
	memset(&actx, 0, sizeof actx);
	actx.policy = cli.policy;
	diag_list_init(&gdl);
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
	if (cli.groups != NULL &&
	    (actx.groups = oam_groups_load(cli.groups, &gdl)) == NULL) {
		model_load_report(&gdl);
		goto out;
	}
	if (cli.privileged != NULL)
		priv = split_users(cli.privileged, &npriv);
	if (actx.groups != NULL)
		oam_groups_add_admins(actx.groups, &priv, &npriv);
	if (priv != NULL) {
		conn.privileged = (const char *const *)priv;
		conn.nprivileged = npriv;
	}

	if (cli.qmgr != NULL || cli.store != NULL) {
		if ((st = cmd_open_store(cli.qmgr, cli.store, "simulate", 0)) ==
		    NULL)
			goto out;
		m = st->model;
	} else {
		loaded = 1;
		if (model_load_files(&ml, cli.files, cli.nfiles,
		    cli.nodefaults, "simulate") != 0)
			goto out;
		m = ml.model;
	}

	idx = decide_index_new(m);
	if (cli.batch != NULL) {
		rc = run_batch(&cli, idx, &conn);
		goto out;
	}
	decide(idx, &conn, DECIDE_TRACE, &v);
	res = xcalloc(nreqs + 1, sizeof *res);
	access_eval(m, &actx, &v, reqs, nreqs, res);
	mj.res = res;
	mj.n = nreqs;
	if (cli.json)
		decide_print_json_more(stdout, &conn, &v, nreqs > 0 ?
		    print_more_json : NULL, &mj);
	else {
		decide_print_text(stdout, &conn, &v);
		access_print_text(stdout, res, nreqs);
	}
	rc = v.allowed && access_all_granted(res, nreqs) ? EXIT_OK :
	    EXIT_FINDINGS;
	if (fflush(stdout) != 0)
		rc = EXIT_INPUT;
out:
	decide_verdict_free(&v);
	decide_index_free(idx);
	if (st != NULL)
		store_close(st);
	if (loaded)
		model_load_free(&ml);
	dn_free(&peer);
	dn_free(&issuer);
	cert_free(cert);
	free(err);
	for (i = 0; i < npriv; i++)
		free(priv[i]);
	free(priv);
	free(reqs);
	free(res);
	oam_groups_free((struct oam_groups *)actx.groups);
	diag_list_clear(&gdl);
	cli_free(&cli);
	return rc;
}
