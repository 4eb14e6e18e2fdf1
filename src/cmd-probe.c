/*
 * cmd-probe.c - `mqtls probe`: real TLS handshakes against MQ listeners,
 * reported in MQ's terms and held against the intended definitions
 * (mqtls-probe(1)):
 *
 *	mqtls probe [-f FILE... | -m QMGR] [--channel NAME] [--sslciph SPEC]
 *	    [--cert FILE --key FILE | --pkcs12 FILE [--label LABEL]]
 *	    [--password-file FILE] [--ca FILE] [--sni channel|host|none]
 *	    [--no-cert-check] [--timeout SECONDS] [--parallel N]
 *	    [--format text|json] [--targets FILE] [--warn-days N] HOST:PORT...
 *
 * This file owns the command line and what the definitions intend: the
 * channel's SSLCIPH and SSLCAUTH from its receiving end (SVRCONN, RCVR,
 * ...: the listener enforces them), and SSLPEER from its initiating end
 * (CLNTCONN, SDR, ...: there SSLPEER filters the server's certificate).
 * The handshakes are probe-engine.c's.
 *
 * Exit status: 0 every endpoint as intended, 1 findings (warnings or
 * errors), 2 usage error (or a file named by an option that cannot be
 * used), 3 an endpoint could not be reached or handshaken.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cert.h"
#include "cipherspec.h"
#include "cmd.h"
#include "dn.h"
#include "model-load.h"
#include "model.h"
#include "options.h"
#include "probe.h"
#include "schema.h"
#include "source.h"
#include "store.h"
#include "xmalloc.h"

/* Where a key password may come from besides --password-file. */
#define PASSWORD_ENV	"MQTLS_PASSWORD"

enum {
	OPT_CA, OPT_CERT, OPT_CHANNEL, OPT_FILE, OPT_FORMAT, OPT_HELP,
	OPT_KEY, OPT_LABEL, OPT_NOCERTCHECK, OPT_PARALLEL, OPT_PASSWORDFILE,
	OPT_PERHOST, OPT_PKCS12, OPT_POSTREAD, OPT_QMGR, OPT_SNI,
	OPT_SSLCIPH, OPT_STORE, OPT_TARGETS, OPT_TIMEOUT, OPT_WARNDAYS
};

static const struct option_def probe_options[] = {
	{ "ca", 0, "FILE", "verify the server chain against these CA "
	  "certificates (PEM)", OPT_CA },
	{ "cert", 0, "FILE", "client certificate chain (PEM), with --key",
	  OPT_CERT },
	{ "channel", 0, "NAME", "the channel: SNI, and its definitions with "
	  "-f or -m", OPT_CHANNEL },
	{ "file", 'f', "FILE", "MQSC definitions (repeat for more, in order)",
	  OPT_FILE },
	{ "format", 0, "FORMAT", "text or json (default text)", OPT_FORMAT },
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ "key", 0, "FILE", "private key of --cert (PEM or DER, may be "
	  "encrypted)", OPT_KEY },
	{ "label", 0, "LABEL", "the identity in --pkcs12 (MQ CERTLABL; "
	  "default: the channel's)", OPT_LABEL },
	{ "no-cert-check", 0, NULL, "skip the second handshake without a "
	  "client certificate", OPT_NOCERTCHECK },
	{ "parallel", 0, "N", "endpoints in flight at once (default 32)",
	  OPT_PARALLEL },
	{ "password-file", 0, "FILE", "key or PKCS#12 password: the first "
	  "line of FILE (else $" PASSWORD_ENV ")", OPT_PASSWORDFILE },
	{ "per-host", 0, "N", "of them, at most N to one host (default 8)",
	  OPT_PERHOST },
	{ "pkcs12", 0, "FILE", "client identity from a PKCS#12 file",
	  OPT_PKCS12 },
	{ "post-read", 0, "MS", "wait for a TLS 1.3 rejection this long "
	  "after the handshake (default 300)", OPT_POSTREAD },
	{ "qmgr", 'm', "QMGR", "definitions from the queue manager model "
	  "QMGR", OPT_QMGR },
	{ "sni", 0, "MODE", "channel, host or none (default: channel if "
	  "--channel, else host)", OPT_SNI },
	{ "sslciph", 0, "SPEC", "CipherSpec or ANY_* alias to offer "
	  "(default: the channel's SSLCIPH)", OPT_SSLCIPH },
	{ "store", 's', "PATH", "definitions from the model in directory "
	  "PATH", OPT_STORE },
	{ "targets", 0, "FILE", "more endpoints, one HOST:PORT a line",
	  OPT_TARGETS },
	{ "timeout", 0, "SECONDS", "per endpoint, all handshakes included "
	  "(default 10)", OPT_TIMEOUT },
	{ "warn-days", 0, "N", "flag certificates that expire within N days "
	  "(default 30)", OPT_WARNDAYS },
	{ NULL, 0, NULL, NULL, 0 }
};

#define PROBE_USAGE \
	"mqtls probe [-f FILE... | -m QMGR] [--channel NAME] " \
	"[--sslciph SPEC] [--cert FILE --key FILE | --pkcs12 FILE " \
	"[--label LABEL]] [--password-file FILE] [--ca FILE] " \
	"[--sni channel|host|none] [--no-cert-check] [--timeout SECONDS] " \
	"[--parallel N] [--format text|json] [--targets FILE] " \
	"[--warn-days N] HOST:PORT..."

struct probe_cli {
	const char	*qmgr, *store;
	const char	**files;
	size_t		 nfiles;
	const char	*channel, *sslciph, *cert, *key, *pkcs12, *label;
	const char	*password_file, *ca, *targets;
	enum probe_sni	 sni;
	int		 no_cert_check, json, help;
	unsigned	 timeout_ms, parallel, per_host, postread_ms;
	int		 warn_days;
};

static int
usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A usage problem: say it, point at --help, return EXIT_USAGE. */
static int
usage_error(const char *fmt, ...)
{
	va_list	ap;

	fputs("mqtls probe: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'mqtls probe --help'.\n", stderr);
	return EXIT_USAGE;
}

/* A whole number in [min, max] for option name, or -1 after saying so. */
static int
number(const char *name, const char *arg, long min, long max, long *out)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || v < min || v > max) {
		usage_error("--%s takes a whole number from %ld to %ld, not "
		    "'%s'", name, min, max, arg);
		return -1;
	}
	*out = v;
	return 0;
}

static int
probe_option(void *arg, int id, const char *optarg)
{
	struct probe_cli	*cli = arg;
	char			*end;
	double			 d;
	long			 v;

	switch (id) {
	case OPT_CA:
		cli->ca = optarg;
		break;
	case OPT_CERT:
		cli->cert = optarg;
		break;
	case OPT_CHANNEL:
		cli->channel = optarg;
		break;
	case OPT_FILE:
		cli->files = xreallocarray(cli->files, cli->nfiles + 1,
		    sizeof *cli->files);
		cli->files[cli->nfiles++] = optarg;
		break;
	case OPT_FORMAT:
		if (options_format(optarg, &cli->json, "probe") == -1)
			return -1;
		break;
	case OPT_HELP:
		cli->help = 1;
		break;
	case OPT_KEY:
		cli->key = optarg;
		break;
	case OPT_LABEL:
		cli->label = optarg;
		break;
	case OPT_NOCERTCHECK:
		cli->no_cert_check = 1;
		break;
	case OPT_PARALLEL:
		if (number("parallel", optarg, 1, 4096, &v) != 0)
			return -1;
		cli->parallel = (unsigned)v;
		break;
	case OPT_PASSWORDFILE:
		cli->password_file = optarg;
		break;
	case OPT_PERHOST:
		if (number("per-host", optarg, 1, 4096, &v) != 0)
			return -1;
		cli->per_host = (unsigned)v;
		break;
	case OPT_PKCS12:
		cli->pkcs12 = optarg;
		break;
	case OPT_POSTREAD:
		if (number("post-read", optarg, 0, 60000, &v) != 0)
			return -1;
		cli->postread_ms = (unsigned)v;
		break;
	case OPT_QMGR:
		cli->qmgr = optarg;
		break;
	case OPT_SNI:
		if (strcmp(optarg, "channel") == 0)
			cli->sni = PROBE_SNI_CHANNEL;
		else if (strcmp(optarg, "host") == 0)
			cli->sni = PROBE_SNI_HOST;
		else if (strcmp(optarg, "none") == 0)
			cli->sni = PROBE_SNI_NONE;
		else {
			usage_error("--sni takes channel, host or none, not "
			    "'%s'", optarg);
			return -1;
		}
		break;
	case OPT_SSLCIPH:
		cli->sslciph = optarg;
		break;
	case OPT_STORE:
		cli->store = optarg;
		break;
	case OPT_TARGETS:
		cli->targets = optarg;
		break;
	case OPT_TIMEOUT:
		errno = 0;
		d = strtod(optarg, &end);
		if (errno != 0 || end == optarg || *end != '\0' || d < 0.1 ||
		    d > 3600) {
			usage_error("--timeout takes seconds from 0.1 to 3600, "
			    "not '%s'", optarg);
			return -1;
		}
		cli->timeout_ms = (unsigned)(d * 1000 + 0.5);
		break;
	case OPT_WARNDAYS:
		if (number("warn-days", optarg, 0, 36500, &v) != 0)
			return -1;
		cli->warn_days = (int)v;
		break;
	}
	return 0;
}

static int
check_usage(const struct probe_cli *cli)
{
	int	 sources = (cli->qmgr != NULL) + (cli->store != NULL) +
		    (cli->nfiles > 0);

	if (sources > 1)
		return usage_error("give the definitions with one of -f "
		    "FILE..., -m QMGR or -s PATH");
	if (sources > 0 && cli->channel == NULL)
		return usage_error("with definitions (-f, -m, -s), name the "
		    "channel to hold the listener against with --channel NAME");
	if ((cli->cert != NULL) != (cli->key != NULL))
		return usage_error("--cert and --key go together");
	if (cli->cert != NULL && cli->pkcs12 != NULL)
		return usage_error("give the client identity with --cert and "
		    "--key, or with --pkcs12, not both");
	if (cli->label != NULL && cli->pkcs12 == NULL)
		return usage_error("--label selects an identity in --pkcs12 "
		    "FILE");
	if (cli->sni == PROBE_SNI_CHANNEL && cli->channel == NULL)
		return usage_error("--sni channel needs --channel NAME");
	return 0;
}

/* Append the targets of a --targets file; -1 after a usage message. */
static int
read_targets(const char *path, char ***v, size_t *n)
{
	FILE	*f;
	char	*line = NULL, *p, *e, *host, *port, *why;
	size_t	 cap = 0;
	unsigned lineno = 0;

	if ((f = fopen(path, "r")) == NULL) {
		usage_error("--targets %s: %s", path, strerror(errno));
		return -1;
	}
	while (getline(&line, &cap, f) >= 0) {
		lineno++;
		if ((p = strchr(line, '#')) != NULL)
			*p = '\0';
		for (p = line; *p == ' ' || *p == '\t'; p++)
			;
		e = p + strlen(p);
		while (e > p && (e[-1] == '\n' || e[-1] == '\r' ||
		    e[-1] == ' ' || e[-1] == '\t'))
			*--e = '\0';
		if (*p == '\0')
			continue;
		if (probe_parse_target(p, &host, &port, &why) != 0) {
			fprintf(stderr, "mqtls probe: %s:%u: %s\n", path,
			    lineno, why);
			free(why);
			free(line);
			fclose(f);
			return -1;
		}
		free(host);
		free(port);
		*v = xreallocarray(*v, *n + 1, sizeof **v);
		(*v)[(*n)++] = xstrdup(p);
	}
	free(line);
	fclose(f);
	return 0;
}

static const char *
chltype_of(const struct mobj *o)
{
	if (o == NULL || o->subtype < 0 || o->obj->subtypes == NULL)
		return "";
	return o->obj->subtypes[o->subtype];
}

static int
blank(const char *s)
{
	if (s == NULL)
		return 1;
	while (*s == ' ')
		s++;
	return *s == '\0';
}

/*
 * What the definitions intend for the channel.  Returns 0, or
 * EXIT_USAGE after saying what is wrong.
 */
static int
find_intent(struct model *m, const char *channel, struct probe_intent *in,
    struct dn_filter *filter, char **where, char **peer_where,
    const char **certlabl)
{
	const struct schema_object	*chl = schema_object("CHANNEL");
	const struct mobj		*recv, *init, *o;
	const char			*t, *v;
	struct dn_error			 err;

	recv = model_find_ns(m, NS_CHANNEL, chl, channel);
	init = model_find_ns(m, NS_CLNTCONN, chl, channel);
	if (recv == NULL && init == NULL) {
		fprintf(stderr, "mqtls probe: no channel %s in the "
		    "definitions\n", channel);
		return EXIT_USAGE;
	}
	in->known = 1;
	in->channel = channel;
	in->sslcauth = -1;
	/* The receiving end's SSLCIPH and SSLCAUTH: the listener's. */
	o = recv != NULL ? recv : init;
	xasprintf(where, "CHANNEL(%s) CHLTYPE(%s)", o->name, chltype_of(o));
	in->where = *where;
	v = mobj_get(o, "SSLCIPH");
	in->sslciph_text = v != NULL ? v : "";
	if (!blank(v) && (in->sslciph = cipherspec_find(v)) == NULL) {
		fprintf(stderr, "mqtls probe: %s has SSLCIPH(%s), which is no "
		    "CipherSpec mqtls knows; run mqtls lint on it\n",
		    in->where, v);
		return EXIT_USAGE;
	}
	if (recv != NULL && (v = mobj_get(recv, "SSLCAUTH")) != NULL)
		in->sslcauth = strcmp(v, "OPTIONAL") != 0;
	/* The initiating end's SSLPEER filters the server's certificate. */
	if (init == NULL && recv != NULL) {
		t = chltype_of(recv);
		if (strcmp(t, "SDR") == 0 || strcmp(t, "SVR") == 0 ||
		    strcmp(t, "CLUSSDR") == 0 || strcmp(t, "RQSTR") == 0)
			init = recv;
	}
	if (init != NULL) {
		*certlabl = mobj_get(init, "CERTLABL");
		v = mobj_get(init, "SSLPEER");
		if (!blank(v)) {
			if (dn_filter_parse(v, strlen(v), filter, &err) != 0) {
				fprintf(stderr, "mqtls probe: SSLPEER('%s') of "
				    "CHANNEL(%s): %s\n", v, init->name,
				    err.message);
				return EXIT_USAGE;
			}
			in->sslpeer = filter;
			in->sslpeer_text = v;
			xasprintf(peer_where, "CHANNEL(%s) CHLTYPE(%s)",
			    init->name, chltype_of(init));
			in->sslpeer_where = *peer_where;
		}
	}
	if (blank(*certlabl))
		*certlabl = NULL;
	return 0;
}

static int
load_identity(const struct probe_cli *cli, const char *certlabl,
    struct probe_identity **id)
{
	char	*password = NULL, *why = NULL;
	int	 ret;

	*id = NULL;
	if (cli->cert == NULL && cli->pkcs12 == NULL)
		return 0;
	if (probe_password(cli->password_file, PASSWORD_ENV, &password,
	    &why) != 0) {
		fprintf(stderr, "mqtls probe: --password-file %s\n", why);
		free(why);
		return -1;
	}
	if (cli->cert != NULL)
		ret = probe_identity_pem(cli->cert, cli->key, password, id,
		    &why);
	else
		ret = probe_identity_pkcs12(cli->pkcs12, cli->label != NULL ?
		    cli->label : certlabl, password, id, &why);
	if (password != NULL) {
		explicit_bzero(password, strlen(password));
		free(password);
	}
	if (ret != 0) {
		fprintf(stderr, "mqtls probe: %s\n", why);
		free(why);
		return -1;
	}
	return 0;
}

static int
exit_status(const struct probe_result *res, size_t n)
{
	size_t	i, j;
	int	rc = EXIT_OK;

	for (i = 0; i < n; i++) {
		if (!res[i].ok)
			return EXIT_INPUT;
		for (j = 0; j < res[i].findings.n; j++)
			if (res[i].findings.v[j]->sev >= DIAG_WARNING)
				rc = EXIT_FINDINGS;
	}
	return rc;
}

int
cmd_probe(int argc, char **argv)
{
	struct probe_cli	 cli;
	struct probe_config	 cfg;
	struct probe_result	*res = NULL;
	struct dn_filter	 filter;
	struct store		*st = NULL;
	struct model		*m = NULL;
	struct model_load	 ml;
	int			 loaded = 0;
	char			**targets = NULL, *where = NULL;
	char			*peer_where = NULL, *why = NULL, *host, *port;
	const char		*certlabl = NULL;
	size_t			 ntargets = 0, i;
	int			 first, rc;

	memset(&cli, 0, sizeof cli);
	memset(&cfg, 0, sizeof cfg);
	memset(&filter, 0, sizeof filter);
	cli.timeout_ms = 10000;
	cli.parallel = 32;
	cli.per_host = 8;
	cli.postread_ms = 300;
	cli.warn_days = 30;
	first = options_parse(argc, argv, probe_options, probe_option, &cli,
	    "probe");
	if (first == -1) {
		free(cli.files);
		return EXIT_USAGE;
	}
	if (cli.help) {
		options_help(stdout, PROBE_USAGE, "Run TLS handshakes with MQ "
		    "listeners and report them in MQ's terms, held against "
		    "the channel definitions.", probe_options);
		free(cli.files);
		return EXIT_OK;
	}
	rc = EXIT_USAGE;
	if (check_usage(&cli) != 0)
		goto out;
	for (i = (size_t)first; i < (size_t)argc; i++) {
		if (probe_parse_target(argv[i], &host, &port, &why) != 0) {
			usage_error("%s", why);
			goto out;
		}
		free(host);
		free(port);
		targets = xreallocarray(targets, ntargets + 1,
		    sizeof *targets);
		targets[ntargets++] = xstrdup(argv[i]);
	}
	if (cli.targets != NULL &&
	    read_targets(cli.targets, &targets, &ntargets) != 0)
		goto out;
	if (ntargets == 0) {
		usage_error("give at least one endpoint as HOST:PORT (or "
		    "--targets FILE)");
		goto out;
	}

	cfg.channel = cli.channel;
	cfg.sni = cli.sni;
	cfg.cafile = cli.ca;
	cfg.no_cert_check = cli.no_cert_check;
	cfg.timeout_ms = cli.timeout_ms;
	cfg.postread_ms = cli.postread_ms;
	cfg.parallel = cli.parallel;
	cfg.per_host = cli.per_host;
	cfg.warn_days = cli.warn_days;
	cfg.intent.sslcauth = -1;

	if (cli.qmgr != NULL || cli.store != NULL) {
		if ((st = cmd_open_store(cli.qmgr, cli.store, "probe", 0)) ==
		    NULL)
			goto out;
		m = st->model;
	} else if (cli.nfiles > 0) {
		loaded = 1;
		if (model_load_files(&ml, cli.files, cli.nfiles, 0, "probe") !=
		    0)
			goto out;
		m = ml.model;
	}
	if (m != NULL && (rc = find_intent(m, cli.channel, &cfg.intent,
	    &filter, &where, &peer_where, &certlabl)) != 0)
		goto out;
	rc = EXIT_USAGE;

	if (cli.sslciph != NULL) {
		if ((cfg.offer = cipherspec_find_input(cli.sslciph)) == NULL) {
			const char *s = cipherspec_suggest(cli.sslciph);

			usage_error("--sslciph '%s' is no CipherSpec%s%s%s",
			    cli.sslciph, s != NULL ? " (did you mean " : "",
			    s != NULL ? s : "", s != NULL ? "?)" : "");
			goto out;
		}
	} else if (cfg.intent.sslciph != NULL)
		cfg.offer = cfg.intent.sslciph;
	else
		cfg.offer = cipherspec_find("ANY_TLS12_OR_HIGHER");

	if (load_identity(&cli, certlabl, &cfg.identity) != 0)
		goto out;

	/* Belt and braces: writes use MSG_NOSIGNAL already. */
	signal(SIGPIPE, SIG_IGN);
	if (probe_run(&cfg, targets, ntargets, &res, &why) != 0) {
		fprintf(stderr, "mqtls probe: %s\n", why);
		goto out;
	}
	if (cli.json)
		probe_print_json(stdout, res, ntargets);
	else
		probe_print_text(stdout, res, ntargets, &cfg);
	rc = exit_status(res, ntargets);
	if (fflush(stdout) != 0)
		rc = EXIT_INPUT;
out:
	probe_results_free(res, ntargets);
	probe_identity_free(cfg.identity);
	dn_filter_free(&filter);
	if (st != NULL)
		store_close(st);
	if (loaded)
		model_load_free(&ml);
	for (i = 0; i < ntargets; i++)
		free(targets[i]);
	free(targets);
	free(where);
	free(peer_where);
	free(why);
	free(cli.files);
	return rc;
}
