/*
 * probe.h - live TLS handshakes against MQ listeners (mqtls-probe(1)):
 * the engine that runs them (probe-engine.c), the client identity it
 * presents (probe-identity.c), the facts it keeps and the findings it
 * draws from them (probe-facts.c), and the report (probe-output.c).
 *
 * The design follows ../shared/reference/tls.md: one thread, one poll()
 * loop, non-blocking sockets and GnuTLS sessions, every deadline owned by
 * the loop (section 1.1, 1.2), a retrieve callback to see each
 * CertificateRequest (2.2) and a second handshake without a certificate,
 * read late enough to catch TLS 1.3 rejections (2.4).
 */
#ifndef MQTLS_PROBE_H
#define MQTLS_PROBE_H

#include <stddef.h>
#include <stdio.h>

#include <gnutls/gnutls.h>
#include <gnutls/abstract.h>

#include "diag.h"

struct cipherspec;
struct dn_filter;
struct cert;

/* What to put in the server_name extension. */
enum probe_sni {
	PROBE_SNI_AUTO = 0,	/* channel if known, else host, else none */
	PROBE_SNI_CHANNEL,	/* MQ's encoding of the channel name */
	PROBE_SNI_HOST,		/* the host name (never an IP literal) */
	PROBE_SNI_NONE,
};

/* A client identity, loaded once (probe-identity.c). */
struct probe_identity;

/*
 * Where the password for an encrypted key or a PKCS#12 file comes from:
 * a file (first line) or an environment variable.  Never argv.
 */
int	 probe_password(const char *file, const char *envvar, char **out,
	     char **why);
int	 probe_identity_pem(const char *certfile, const char *keyfile,
	     const char *password, struct probe_identity **, char **why);
int	 probe_identity_pkcs12(const char *file, const char *label,
	     const char *password, struct probe_identity **, char **why);
void	 probe_identity_free(struct probe_identity *);
/* The identity's certificate as MQ sees it (subject, issuer). */
const struct cert *probe_identity_cert(const struct probe_identity *);
/* Internal to the engine: the GnuTLS objects to hand out. */
void	 probe_identity_gnutls(const struct probe_identity *,
	     gnutls_pcert_st **pcerts, unsigned *npcerts,
	     gnutls_privkey_t *privkey);

/* What was intended: the channel definitions, when given. */
struct probe_intent {
	int			 known;		/* definitions were given */
	const char		*channel;
	const char		*where;		/* "CHANNEL(X) CHLTYPE(SVRCONN)" */
	const struct cipherspec	*sslciph;	/* NULL: blank or unknown */
	const char		*sslciph_text;	/* as written */
	int			 sslcauth;	/* -1 unknown, 0 OPTIONAL, 1 REQ */
	const struct dn_filter	*sslpeer;	/* filter on the server DN */
	const char		*sslpeer_text;
	const char		*sslpeer_where;	/* the channel that has it */
};

struct probe_config {
	const char		*channel;	/* --channel, for SNI */
	const struct cipherspec	*offer;		/* what to offer */
	enum probe_sni		 sni;
	struct probe_identity	*identity;	/* or NULL: send none */
	const char		*cafile;	/* or NULL: no verification */
	int			 no_cert_check;	/* skip the second handshake */
	unsigned		 timeout_ms;	/* per endpoint, all in */
	unsigned		 postread_ms;	/* TLS 1.3 late-alert window */
	unsigned		 parallel;	/* endpoints in flight */
	unsigned		 per_host;	/* of them, to one host */
	int			 warn_days;
	struct probe_intent	 intent;
};

/* Why an endpoint failed.  code NULL: it did not. */
struct probe_error {
	const char	*code;		/* stable id: "refused", "timeout"... */
	const char	*stage;		/* "resolve", "connect", "handshake",
					   "after-handshake" */
	const char	*alert;		/* TLS alert name, or NULL */
	char		*message;
};

struct probe_cert_info {
	char	*subject;		/* MQ rendering (dn_render_mq) */
	char	*issuer;
	char	*serial;		/* "5E:C8:76:52" */
	char	*not_before;		/* "2026-01-01T00:00:00Z" */
	char	*not_after;
	long	 days_left;		/* floor((notAfter - now) / 86400) */
	char	*key;			/* "RSA 2048", "ECDSA SECP256R1 256" */
	char	*signature;		/* "RSA-SHA256" */
};

struct probe_result {
	char			*endpoint;	/* as given */
	char			*host;		/* parsed */
	char			*port;
	int			 ok;
	struct probe_error	 err;
	char			*sni;		/* sent, or NULL */
	char			*address;	/* the address connected to */
	char			*tls_version;	/* "TLS1.3" */
	char			*cipher_suite;	/* IANA name */
	const struct cipherspec	*cipherspec;	/* MQ's, or NULL */
	int			 cert_requested;
	char			**cas;		/* advertised CA names, MQ form */
	size_t			 ncas;
	int			 cert_sent;
	int			 cert_required;	/* -1 unknown */
	char			*required_why;
	struct probe_cert_info	*chain;
	size_t			 nchain;
	struct cert		*leaf;		/* the server certificate */
	int			 verified;	/* -1: no --ca */
	char			**verify_errors; /* cert_status_ids() names */
	size_t			 nverify_errors;
	char			*verify_text;	/* GnuTLS's sentence */
	int			 sslpeer_match;	/* -1: no SSLPEER */
	char			*sslpeer_why;
	/* Offered any CipherSpec after the named one failed: the choice. */
	int			 fallback_ok;	/* -1 not tried */
	char			*fallback_suite;
	const struct cipherspec	*fallback_cs;
	double			 elapsed;	/* seconds */
	struct diag_list	 findings;
};

/* Split "host:port", "[v6]:port" or MQ's "host(port)". */
int	 probe_parse_target(const char *, char **host, char **port,
	     char **why);
/* MQ's SNI name for a channel (ciphers.md 6), allocated. */
char	*probe_sni_channel(const char *channel);

/* Run every target; results[i] belongs to targets[i]. */
int	 probe_run(const struct probe_config *, char *const *targets,
	     size_t ntargets, struct probe_result **results, char **why);
void	 probe_results_free(struct probe_result *, size_t);

/* probe-facts.c: what the engine calls while a session is open. */
void	 probe_facts_chain(struct probe_result *, const gnutls_datum_t *,
	     unsigned, const struct probe_config *);
void	 probe_facts_verify(struct probe_result *, gnutls_session_t);
void	 probe_facts_ca_name(struct probe_result *, const gnutls_datum_t *);
/* After all handshakes of an endpoint: the findings. */
void	 probe_findings(struct probe_result *, const struct probe_config *);

/* probe-output.c */
void	 probe_print_json(FILE *, const struct probe_result *, size_t);
void	 probe_print_text(FILE *, const struct probe_result *, size_t,
	     const struct probe_config *);

#endif
