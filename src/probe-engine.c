/*
 * probe-engine.c - the handshake engine of mqtls probe: many endpoints in
 * one thread, one poll() loop, non-blocking sockets and GnuTLS sessions.
 *
 * Each endpoint runs up to three connections, one after the other:
 *
 *	main		the offer (SSLCIPH) with the client identity, if any
 *	no-cert		the same without a certificate, when the server
 *			asked for one and got it: does it also accept none?
 *	fallback	ANY_TLS12_OR_HIGHER, when a specific CipherSpec was
 *			refused before any CertificateRequest: what would
 *			the server have chosen?  (tls.md 1.7)
 *
 * and each connection goes CONNECT -> HANDSHAKE -> POSTREAD -> closed.
 * The loop owns every deadline: one per endpoint for all of its
 * connections (--timeout), and the post-handshake read window.  GnuTLS's
 * own handshake timeout is set only as a backstop: it is checked only
 * when GnuTLS is called, which never happens on a silent socket
 * (tls.md 1.2).
 *
 * The post-handshake read (tls.md 1.1 step 4, 2.4) runs on TLS 1.3
 * connections where the server sent a CertificateRequest: a TLS 1.3
 * server rejects the client's certificate, or its absence, after the
 * client has finished the handshake.  A fatal alert, a close or a reset
 * in that window is a rejection; silence is not (an MQ listener waits
 * for the client's first flow).
 *
 * Limits: at most cfg->parallel endpoints in flight, and cfg->per_host
 * of them to one host, because listeners have small backlogs
 * (gnutls-serv's is 10; tls.md 1.1).  Sockets are closed as soon as
 * their facts are read: openssl s_server serves one connection at a
 * time.  Writes use send(MSG_NOSIGNAL): a server that drops us must not
 * kill the process with SIGPIPE.
 *
 * Host names are resolved before the loop starts (getaddrinfo blocks),
 * once per distinct host; every address is tried in turn on connect
 * failure.
 */
#include "config.h"

#include <sys/types.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <gnutls/gnutls.h>
#include <gnutls/abstract.h>

#include "cert.h"
#include "cipherspec.h"
#include "probe.h"
#include "xmalloc.h"

enum attempt {
	AT_MAIN,
	AT_NOCERT,
	AT_FALLBACK,
};

enum cstate {
	ST_PENDING,		/* not started */
	ST_CONNECT,		/* waiting for connect() */
	ST_HANDSHAKE,
	ST_POSTREAD,		/* TLS 1.3: waiting for a late alert */
	ST_DONE,
};

struct host {
	char		*name;
	struct addrinfo	*ai;
	int		 gai_err;
	unsigned	 active;
};

struct engine;

struct ep {
	struct engine		*eng;
	struct probe_result	*r;
	struct host		*host;
	enum attempt		 at;
	enum cstate		 st;
	struct addrinfo		*cur;		/* address being tried */
	int			 fd;
	gnutls_session_t	 s;
	short			 events;
	int			 started;
	uint64_t		 start;
	uint64_t		 deadline;	/* the endpoint's, all in */
	uint64_t		 read_until;	/* ST_POSTREAD */
	/* This connection. */
	int			 requested;
	int			 sent;
	int			 sys_errno;
	size_t			 nread;
	int			 hs_done;
	int			 ticket;	/* a TLS 1.3 NewSessionTicket came */
	struct probe_error	 err;
	int			 cert_fail;	/* err is about our cert */
};

struct engine {
	const struct probe_config *cfg;
	gnutls_certificate_credentials_t cred;
	gnutls_priority_t	 prio;		/* the offer */
	gnutls_priority_t	 prio_any;	/* fallback */
	int			 may_fallback;
	struct host		*hosts;
	size_t			 nhosts, hcap;
	struct ep		*eps;
	size_t			 neps;
	size_t			 ndone;
	unsigned		 active;
};

static uint64_t
now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000);
}

static void
set_error(struct probe_error *e, const char *code, const char *stage,
    const char *alert, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void
set_error(struct probe_error *e, const char *code, const char *stage,
    const char *alert, const char *fmt, ...)
{
	va_list	ap;

	free(e->message);
	e->code = code;
	e->stage = stage;
	e->alert = alert;
	va_start(ap, fmt);
	if (vasprintf(&e->message, fmt, ap) < 0)
		e->message = xstrdup(code);
	va_end(ap);
}

static void
clear_error(struct probe_error *e)
{
	free(e->message);
	memset(e, 0, sizeof *e);
}

static void
move_error(struct probe_error *to, struct probe_error *from)
{
	free(to->message);
	*to = *from;
	memset(from, 0, sizeof *from);
}

/* ---- targets and SNI ------------------------------------------------ */

int
probe_parse_target(const char *s, char **host, char **port, char **why)
{
	const char	*p, *h, *e;
	size_t		 hl;

	*host = *port = NULL;
	if (s[0] == '[') {
		if ((e = strchr(s, ']')) == NULL || e[1] != ':' ||
		    e[2] == '\0') {
			xasprintf(why, "'%s': write an IPv6 address as "
			    "[ADDRESS]:PORT", s);
			return (-1);
		}
		h = s + 1;
		hl = (size_t)(e - h);
		p = e + 2;
	} else if ((e = strchr(s, '(')) != NULL) {
		/* MQ's CONNAME form: host(port). */
		h = s;
		hl = (size_t)(e - s);
		p = e + 1;
		if (strlen(p) < 2 || p[strlen(p) - 1] != ')') {
			xasprintf(why, "'%s': expected HOST(PORT)", s);
			return (-1);
		}
	} else {
		if ((e = strrchr(s, ':')) == NULL || e == s || e[1] == '\0' ||
		    memchr(s, ':', (size_t)(e - s)) != NULL) {
			xasprintf(why, "'%s': expected HOST:PORT (IPv6: "
			    "[ADDRESS]:PORT)", s);
			return (-1);
		}
		h = s;
		hl = (size_t)(e - s);
		p = e + 1;
	}
	if (hl == 0) {
		xasprintf(why, "'%s': no host", s);
		return (-1);
	}
	*port = xstrdup(p);
	if ((*port)[strlen(*port) - 1] == ')')
		(*port)[strlen(*port) - 1] = '\0';
	if (strspn(*port, "0123456789") != strlen(*port) || **port == '\0' ||
	    strlen(*port) > 5 || atoi(*port) < 1 || atoi(*port) > 65535) {
		xasprintf(why, "'%s': the port must be a number from 1 to "
		    "65535", s);
		free(*port);
		*port = NULL;
		return (-1);
	}
	*host = xstrndup(h, hl);
	return (0);
}

/*
 * MQ's SNI name for a channel (ciphers.md 6, tls.md 5): upper-case
 * letters in lower case, digits as they are, every other byte (lower-case
 * letters too) as two lower-case hex digits and '-', then
 * ".chl.mq.ibm.com".  Trailing blanks are not part of the name.
 */
char *
probe_sni_channel(const char *channel)
{
	static const char	 hex[] = "0123456789abcdef";
	size_t			 len = strlen(channel), i, n = 0;
	char			*out;

	while (len > 0 && channel[len - 1] == ' ')
		len--;
	out = xmalloc(3 * len + sizeof ".chl.mq.ibm.com");
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)channel[i];

		if (c >= 'A' && c <= 'Z')
			out[n++] = (char)(c - 'A' + 'a');
		else if (c >= '0' && c <= '9')
			out[n++] = (char)c;
		else {
			out[n++] = hex[c >> 4];
			out[n++] = hex[c & 15];
			out[n++] = '-';
		}
	}
	strcpy(out + n, ".chl.mq.ibm.com");
	return (out);
}

static int
is_ip_literal(const char *host)
{
	struct in6_addr	a6;
	struct in_addr	a4;

	return (inet_pton(AF_INET, host, &a4) == 1 ||
	    inet_pton(AF_INET6, host, &a6) == 1);
}

static char *
sni_for(const struct probe_config *cfg, const char *host)
{
	switch (cfg->sni) {
	case PROBE_SNI_AUTO:
		if (cfg->channel != NULL)
			return (probe_sni_channel(cfg->channel));
		/* FALLTHROUGH */
	case PROBE_SNI_HOST:
		/* IP literals are not allowed in SNI (RFC 6066 3). */
		return (is_ip_literal(host) ? NULL : xstrdup(host));
	case PROBE_SNI_CHANNEL:
		return (cfg->channel != NULL ?
		    probe_sni_channel(cfg->channel) : NULL);
	case PROBE_SNI_NONE:
		break;
	}
	return (NULL);
}

/* ---- hosts ---------------------------------------------------------- */

/*
 * The host table is open addressing over a power of two at least twice
 * the number of targets, sized once: endpoints keep pointers into it.
 */
static void
hosts_init(struct engine *eng, size_t ntargets)
{
	eng->hcap = 64;
	while (eng->hcap < 2 * ntargets + 2)
		eng->hcap *= 2;
	eng->hosts = xcalloc(eng->hcap, sizeof *eng->hosts);
}

static struct host *
host_get(struct engine *eng, const char *name)
{
	uint32_t	 h = 2166136261u;	/* FNV-1a */
	const char	*p;
	size_t		 i, mask = eng->hcap - 1;

	for (p = name; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	for (i = h & mask; eng->hosts[i].name != NULL; i = (i + 1) & mask)
		if (strcmp(eng->hosts[i].name, name) == 0)
			return (&eng->hosts[i]);
	eng->hosts[i].name = xstrdup(name);
	eng->nhosts++;
	return (&eng->hosts[i]);
}

/* Addresses of a host; the port is each endpoint's (connect_next()). */
static void
resolve(struct host *h)
{
	struct addrinfo	hints;

	memset(&hints, 0, sizeof hints);
	hints.ai_socktype = SOCK_STREAM;
	h->gai_err = getaddrinfo(h->name, NULL, &hints, &h->ai);
	if (h->gai_err != 0)
		h->ai = NULL;
}

/* ---- GnuTLS callbacks ----------------------------------------------- */

static ssize_t
ep_push(gnutls_transport_ptr_t p, const void *buf, size_t len)
{
	struct ep	*e = p;
	ssize_t		 n;

	n = send(e->fd, buf, len, MSG_NOSIGNAL);
	if (n < 0) {
		e->sys_errno = errno;
		gnutls_transport_set_errno(e->s, errno);
	}
	return (n);
}

static ssize_t
ep_pull(gnutls_transport_ptr_t p, void *buf, size_t len)
{
	struct ep	*e = p;
	ssize_t		 n;

	n = recv(e->fd, buf, len, 0);
	if (n < 0) {
		e->sys_errno = errno;
		gnutls_transport_set_errno(e->s, errno);
	} else
		e->nread += (size_t)n;
	return (n);
}

static int
ep_pull_timeout(gnutls_transport_ptr_t p, unsigned ms)
{
	struct ep	*e = p;
	struct pollfd	 pfd;

	pfd.fd = e->fd;
	pfd.events = POLLIN;
	return (poll(&pfd, 1, ms == GNUTLS_INDEFINITE_TIMEOUT ? 0 :
	    (int)ms));
}

/*
 * Called by GnuTLS when, and only when, the server sends a
 * CertificateRequest (tls.md 2.2): note it, keep the CA names (main
 * connection), and hand out the identity or nothing.
 */
static int
retrieve(gnutls_session_t s, const gnutls_datum_t *req_ca, int nreqs,
    const gnutls_pk_algorithm_t *algos, int nalgos, gnutls_pcert_st **pcert,
    unsigned *npcert, gnutls_privkey_t *key)
{
	struct ep	*e = gnutls_session_get_ptr(s);
	int		 i;

	(void)algos;
	(void)nalgos;
	e->requested = 1;
	if (e->at == AT_MAIN) {
		e->r->cert_requested = 1;
		for (i = 0; i < nreqs; i++)
			probe_facts_ca_name(e->r, &req_ca[i]);
	}
	*pcert = NULL;
	*npcert = 0;
	*key = NULL;
	if (e->at != AT_NOCERT && e->eng->cfg->identity != NULL) {
		probe_identity_gnutls(e->eng->cfg->identity, pcert, npcert,
		    key);
		e->sent = 1;
	}
	return (0);
}

/* ---- one connection --------------------------------------------------- */

static void
close_conn(struct ep *e)
{
	if (e->s != NULL) {
		if (e->hs_done)
			gnutls_bye(e->s, GNUTLS_SHUT_WR);	/* best effort */
		gnutls_deinit(e->s);
		e->s = NULL;
	}
	if (e->fd >= 0) {
		close(e->fd);
		e->fd = -1;
	}
}

static const char *
stage_of(const struct ep *e)
{
	switch (e->st) {
	case ST_PENDING:
		return ("resolve");
	case ST_CONNECT:
		return ("connect");
	case ST_HANDSHAKE:
		return ("handshake");
	default:
		return ("after-handshake");
	}
}

static void attempt_done(struct ep *);
static void step(struct ep *, short);

/* Start connecting to e->cur, or to the next address that works. */
static void
connect_next(struct ep *e)
{
	struct addrinfo		*ai;
	struct sockaddr_storage	 ss;
	char			 buf[INET6_ADDRSTRLEN];
	uint16_t		 port = htons((uint16_t)atoi(e->r->port));
	int			 fd, one = 1, err = 0;

	for (ai = e->cur; ai != NULL; ai = ai->ai_next) {
		if ((ai->ai_family != AF_INET && ai->ai_family != AF_INET6) ||
		    ai->ai_addrlen > sizeof ss)
			continue;
		memcpy(&ss, ai->ai_addr, ai->ai_addrlen);
		if (ai->ai_family == AF_INET6)
			((struct sockaddr_in6 *)(void *)&ss)->sin6_port = port;
		else
			((struct sockaddr_in *)(void *)&ss)->sin_port = port;
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK |
		    SOCK_CLOEXEC, ai->ai_protocol);
		if (fd < 0) {
			err = errno;
			continue;
		}
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
		e->cur = ai;
		e->fd = fd;
		free(e->r->address);
		if (ai->ai_family == AF_INET6)
			inet_ntop(AF_INET6, &((struct sockaddr_in6 *)
			    (void *)ai->ai_addr)->sin6_addr, buf, sizeof buf);
		else
			inet_ntop(AF_INET, &((struct sockaddr_in *)
			    (void *)ai->ai_addr)->sin_addr, buf, sizeof buf);
		e->r->address = xstrdup(buf);
		if (connect(fd, (struct sockaddr *)&ss, ai->ai_addrlen) == 0 ||
		    errno == EINPROGRESS) {
			e->st = ST_CONNECT;
			e->events = POLLOUT;
			return;
		}
		err = errno;
		close(fd);
		e->fd = -1;
	}
	e->st = ST_CONNECT;
	if (err == ECONNREFUSED)
		set_error(&e->err, "refused", "connect", NULL,
		    "connection refused: nothing listens on %s port %s",
		    e->r->host, e->r->port);
	else
		set_error(&e->err, "connect-failed", "connect", NULL,
		    "cannot connect to %s port %s: %s", e->r->host,
		    e->r->port, strerror(err));
	attempt_done(e);
}

/*
 * A TLS 1.3 server sends NewSessionTicket only after it has processed
 * the client's Finished, so after it has checked (and accepted) the
 * client's certificate: a rejection would have come as an alert
 * instead.  Seeing one ends the post-handshake wait early; a server
 * that sends no tickets still gets the whole window (tls.md 2.4).
 */
static int
ticket_hook(gnutls_session_t s, unsigned htype, unsigned when,
    unsigned incoming, const gnutls_datum_t *msg)
{
	struct ep	*e = gnutls_session_get_ptr(s);

	(void)when;
	(void)msg;
	if (incoming && htype == GNUTLS_HANDSHAKE_NEW_SESSION_TICKET &&
	    e != NULL)
		e->ticket = 1;
	return 0;
}

static void
start_tls(struct ep *e)
{
	struct engine	*eng = e->eng;
	int		 ret;

	gnutls_init(&e->s, GNUTLS_CLIENT | GNUTLS_NONBLOCK);
	gnutls_session_set_ptr(e->s, e);
	e->ticket = 0;
	gnutls_handshake_set_hook_function(e->s,
	    GNUTLS_HANDSHAKE_NEW_SESSION_TICKET, GNUTLS_HOOK_POST, ticket_hook);
	ret = gnutls_priority_set(e->s, e->at == AT_FALLBACK ? eng->prio_any :
	    eng->prio);
	if (ret == 0)
		ret = gnutls_credentials_set(e->s, GNUTLS_CRD_CERTIFICATE,
		    eng->cred);
	if (ret == 0 && e->r->sni != NULL)
		ret = gnutls_server_name_set(e->s, GNUTLS_NAME_DNS, e->r->sni,
		    strlen(e->r->sni));
	if (ret != 0) {
		set_error(&e->err, "tls-error", "handshake", NULL,
		    "cannot set up the TLS session: %s", gnutls_strerror(ret));
		attempt_done(e);
		return;
	}
	gnutls_transport_set_ptr(e->s, e);
	gnutls_transport_set_push_function(e->s, ep_push);
	gnutls_transport_set_pull_function(e->s, ep_pull);
	gnutls_transport_set_pull_timeout_function(e->s, ep_pull_timeout);
	/* A backstop only: the loop owns the deadline (tls.md 1.2). */
	gnutls_handshake_set_timeout(e->s, (unsigned)(e->deadline -
	    now_ms() + 1000));
	e->st = ST_HANDSHAKE;
	step(e, 0);
}

/* TLS alert names as the RFCs spell them (GnuTLS only has sentences). */
static const char *
alert_name(int a)
{
	static const struct {
		int		 code;
		const char	*name;
	} names[] = {
		{ 0, "close_notify" }, { 10, "unexpected_message" },
		{ 20, "bad_record_mac" }, { 21, "decryption_failed" },
		{ 22, "record_overflow" }, { 30, "decompression_failure" },
		{ 40, "handshake_failure" }, { 41, "no_certificate" },
		{ 42, "bad_certificate" }, { 43, "unsupported_certificate" },
		{ 44, "certificate_revoked" }, { 45, "certificate_expired" },
		{ 46, "certificate_unknown" }, { 47, "illegal_parameter" },
		{ 48, "unknown_ca" }, { 49, "access_denied" },
		{ 50, "decode_error" }, { 51, "decrypt_error" },
		{ 60, "export_restriction" }, { 70, "protocol_version" },
		{ 71, "insufficient_security" }, { 80, "internal_error" },
		{ 86, "inappropriate_fallback" }, { 90, "user_canceled" },
		{ 100, "no_renegotiation" }, { 109, "missing_extension" },
		{ 110, "unsupported_extension" },
		{ 111, "certificate_unobtainable" },
		{ 112, "unrecognized_name" },
		{ 113, "bad_certificate_status_response" },
		{ 114, "bad_certificate_hash_value" },
		{ 115, "unknown_psk_identity" },
		{ 116, "certificate_required" },
		{ 120, "no_application_protocol" },
	};
	size_t	i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].code == a)
			return (names[i].name);
	return ("unknown_alert");
}

static int
is_cert_alert(gnutls_alert_description_t a)
{
	switch (a) {
	case GNUTLS_A_BAD_CERTIFICATE:
	case GNUTLS_A_UNSUPPORTED_CERTIFICATE:
	case GNUTLS_A_CERTIFICATE_REVOKED:
	case GNUTLS_A_CERTIFICATE_EXPIRED:
	case GNUTLS_A_CERTIFICATE_UNKNOWN:
	case GNUTLS_A_UNKNOWN_CA:
	case GNUTLS_A_ACCESS_DENIED:
	case GNUTLS_A_CERTIFICATE_REQUIRED:
		return (1);
	default:
		return (0);
	}
}

/*
 * A rejection that came after the server's CertificateRequest: about our
 * certificate (sent) or its absence (not sent).  how says what happened.
 */
static void
cert_error(struct ep *e, const char *stage, const char *alert,
    const char *how)
{
	e->cert_fail = 1;
	if (e->sent)
		set_error(&e->err, "cert-rejected", stage, alert,
		    "the server rejected our client certificate: %s%s", how,
		    strcmp(stage, "after-handshake") == 0 ?
		    " after the handshake" : "");
	else
		set_error(&e->err, "cert-required", stage, alert,
		    "the server wants a client certificate and got none: "
		    "%s%s", how, strcmp(stage, "after-handshake") == 0 ?
		    " after the handshake" : "");
}

/* Turn a fatal GnuTLS error into e->err. */
static void
classify(struct ep *e, int ret)
{
	const char	*stage = stage_of(e), *alert = NULL;
	char		 how[160];
	int		 a;

	switch (ret) {
	case GNUTLS_E_FATAL_ALERT_RECEIVED:
	case GNUTLS_E_WARNING_ALERT_RECEIVED:
		a = (int)gnutls_alert_get(e->s);
		alert = alert_name(a);
		snprintf(how, sizeof how, "alert %s (%d)", alert, a);
		if (e->requested || is_cert_alert((gnutls_alert_description_t)a))
			cert_error(e, stage, alert, how);
		else if (a == GNUTLS_A_PROTOCOL_VERSION)
			set_error(&e->err, "protocol-version", stage, alert,
			    "the server accepts none of the protocol versions "
			    "offered: %s", how);
		else if (a == GNUTLS_A_HANDSHAKE_FAILURE ||
		    a == GNUTLS_A_INSUFFICIENT_SECURITY)
			set_error(&e->err, "no-shared-cipher", stage, alert,
			    "the server accepts none of the CipherSpecs "
			    "offered, or none of the protocol versions: %s",
			    how);
		else
			set_error(&e->err, "alert", stage, alert,
			    "the server ended the handshake: %s", how);
		return;
	case GNUTLS_E_PREMATURE_TERMINATION:
	case GNUTLS_E_PULL_ERROR:
	case GNUTLS_E_PUSH_ERROR:
		if (e->sys_errno == ECONNRESET || e->sys_errno == EPIPE)
			snprintf(how, sizeof how, "connection reset");
		else if (ret == GNUTLS_E_PREMATURE_TERMINATION)
			snprintf(how, sizeof how, "connection closed");
		else
			snprintf(how, sizeof how, "%s",
			    strerror(e->sys_errno));
		if (e->requested) {
			cert_error(e, stage, NULL, how);
			return;
		}
		if (e->nread == 0)
			set_error(&e->err, e->sys_errno == ECONNRESET ?
			    "reset" : "closed", stage, NULL, "%s before the "
			    "server sent anything (not a TLS listener, or it "
			    "refuses us)", how);
		else
			set_error(&e->err, e->sys_errno == ECONNRESET ?
			    "reset" : "closed", stage, NULL, "%s during the "
			    "TLS handshake", how);
		return;
	case GNUTLS_E_NO_CIPHER_SUITES:
	case GNUTLS_E_UNKNOWN_CIPHER_SUITE:
	case GNUTLS_E_NO_COMMON_KEY_SHARE:
	case GNUTLS_E_INSUFFICIENT_CREDENTIALS:
		set_error(&e->err, "no-shared-cipher", stage, NULL,
		    "no CipherSpec in common: %s", gnutls_strerror(ret));
		return;
	case GNUTLS_E_UNSUPPORTED_VERSION_PACKET:
		set_error(&e->err, "protocol-version", stage, NULL,
		    "the server chose a protocol version not offered: %s",
		    gnutls_strerror(ret));
		return;
	case GNUTLS_E_HANDSHAKE_TOO_LARGE:
		set_error(&e->err, "protocol-error", stage, NULL,
		    "the server sent a handshake message too large to "
		    "accept (a huge certificate chain?): %s",
		    gnutls_strerror(ret));
		return;
	case GNUTLS_E_UNEXPECTED_PACKET_LENGTH:
	case GNUTLS_E_UNEXPECTED_PACKET:
	case GNUTLS_E_UNEXPECTED_HANDSHAKE_PACKET:
	case GNUTLS_E_RECORD_OVERFLOW:
	case GNUTLS_E_DECRYPTION_FAILED:
	case GNUTLS_E_RECEIVED_ILLEGAL_PARAMETER:
	case GNUTLS_E_RECEIVED_ILLEGAL_EXTENSION:
	case GNUTLS_E_ILLEGAL_PARAMETER:
	case GNUTLS_E_BASE64_DECODING_ERROR:
	case GNUTLS_E_ASN1_DER_ERROR:
		set_error(&e->err, "protocol-error", stage, NULL,
		    "the peer does not speak TLS as expected (%s)",
		    gnutls_strerror(ret));
		return;
	default:
		set_error(&e->err, "tls-error", stage, NULL, "%s",
		    gnutls_strerror(ret));
		return;
	}
}

static enum cs_protocol
cs_proto_of(gnutls_protocol_t v)
{
	switch (v) {
	case GNUTLS_TLS1_3:
		return (CS_PROTO_TLS13);
	case GNUTLS_TLS1_2:
		return (CS_PROTO_TLS12);
	case GNUTLS_TLS1_0:
		return (CS_PROTO_TLS10);
	default:
		return (CS_PROTO_SSL30);
	}
}

/* The suite's IANA name (tls.md 1.6: not gnutls_cipher_suite_get_name). */
static const char *
suite_name(gnutls_session_t s)
{
#if GNUTLS_VERSION_NUMBER >= 0x030703
	return (gnutls_ciphersuite_get(s));
#else
	(void)s;
	return (NULL);
#endif
}

/* The handshake finished: read the facts, while the session is open. */
static void
handshake_facts(struct ep *e)
{
	struct probe_result	*r = e->r;
	const gnutls_datum_t	*peers;
	gnutls_protocol_t	 v = gnutls_protocol_get_version(e->s);
	const char		*suite = suite_name(e->s), *vn;
	unsigned		 n = 0;

	if (e->at == AT_FALLBACK) {
		r->fallback_ok = 1;
		free(r->fallback_suite);
		r->fallback_suite = suite != NULL ? xstrdup(suite) : NULL;
		r->fallback_cs = cipherspec_find_iana(suite, cs_proto_of(v));
		return;
	}
	if (e->at != AT_MAIN)
		return;
	vn = gnutls_protocol_get_name(v);
	r->tls_version = vn != NULL ? xstrdup(vn) : NULL;
	r->cipher_suite = suite != NULL ? xstrdup(suite) : NULL;
	r->cipherspec = cipherspec_find_iana(suite, cs_proto_of(v));
	r->cert_sent = e->sent;
	peers = gnutls_certificate_get_peers(e->s, &n);
	if (peers != NULL && n > 0)
		probe_facts_chain(r, peers, n, e->eng->cfg);
	if (e->eng->cfg->cafile != NULL)
		probe_facts_verify(r, e->s);
}

static void
step(struct ep *e, short revents)
{
	socklen_t	len;
	char		buf[4096];
	int		ret, err;

	switch (e->st) {
	case ST_CONNECT:
		if (!(revents & (POLLOUT | POLLERR | POLLHUP)))
			return;
		err = 0;
		len = sizeof err;
		if (getsockopt(e->fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
			err = errno;
		if (err != 0) {
			close(e->fd);
			e->fd = -1;
			if (e->cur->ai_next != NULL) {
				e->cur = e->cur->ai_next;
				connect_next(e);
				return;
			}
			if (err == ECONNREFUSED)
				set_error(&e->err, "refused", "connect", NULL,
				    "connection refused: nothing listens on "
				    "%s port %s", e->r->host, e->r->port);
			else
				set_error(&e->err, err == ETIMEDOUT ?
				    "timeout" : "connect-failed", "connect",
				    NULL, "cannot connect to %s port %s: %s",
				    e->r->host, e->r->port, strerror(err));
			attempt_done(e);
			return;
		}
		start_tls(e);
		return;
	case ST_HANDSHAKE:
		for (;;) {
			ret = gnutls_handshake(e->s);
			if (ret == 0)
				break;
			if (ret == GNUTLS_E_AGAIN ||
			    ret == GNUTLS_E_INTERRUPTED) {
				e->events = gnutls_record_get_direction(e->s) ?
				    POLLOUT : POLLIN;
				return;
			}
			if (!gnutls_error_is_fatal(ret))
				continue;
			classify(e, ret);
			attempt_done(e);
			return;
		}
		e->hs_done = 1;
		handshake_facts(e);
		if (e->requested && e->at != AT_FALLBACK &&
		    gnutls_protocol_get_version(e->s) == GNUTLS_TLS1_3 &&
		    e->eng->cfg->postread_ms > 0) {
			e->st = ST_POSTREAD;
			e->events = POLLIN;
			e->read_until = now_ms() + e->eng->cfg->postread_ms;
			if (e->read_until > e->deadline)
				e->read_until = e->deadline;
			step(e, POLLIN);
			return;
		}
		attempt_done(e);
		return;
	case ST_POSTREAD:
		if (!(revents & (POLLIN | POLLERR | POLLHUP)))
			return;
		for (;;) {
			ret = (int)gnutls_record_recv(e->s, buf, sizeof buf);
			if (ret > 0)
				continue;	/* data: not a rejection */
			if (ret == GNUTLS_E_AGAIN ||
			    ret == GNUTLS_E_INTERRUPTED) {
				if (e->ticket)
					break;	/* accepted: see ticket_hook */
				return;
			}
			if (ret == 0) {
				cert_error(e, "after-handshake", NULL,
				    "connection closed");
				break;
			}
			if (!gnutls_error_is_fatal(ret) &&
			    ret != GNUTLS_E_WARNING_ALERT_RECEIVED)
				continue;	/* tickets and the like */
			classify(e, ret);
			break;
		}
		attempt_done(e);
		return;
	default:
		return;
	}
}

/* The deadline (or the post-read window) ran out for e. */
static void
expire(struct ep *e, uint64_t now)
{
	if (e->st == ST_POSTREAD && now >= e->read_until) {
		attempt_done(e);	/* silence: not rejected */
		return;
	}
	if (now < e->deadline)
		return;
	switch (e->st) {
	case ST_CONNECT:
		set_error(&e->err, "timeout", "connect", NULL,
		    "no TCP connection within %g s",
		    e->eng->cfg->timeout_ms / 1000.0);
		break;
	case ST_HANDSHAKE:
		set_error(&e->err, "timeout", "handshake", NULL,
		    "the TLS handshake did not finish within %g s (%zu "
		    "bytes received: %s)", e->eng->cfg->timeout_ms / 1000.0,
		    e->nread, e->nread == 0 ? "the server never answered" :
		    "the server stopped or is too slow");
		break;
	default:
		break;
	}
	attempt_done(e);
}

/* Start connection `at` of endpoint e. */
static void
attempt_start(struct ep *e, enum attempt at)
{
	e->at = at;
	e->requested = 0;
	e->sent = 0;
	e->sys_errno = 0;
	e->nread = 0;
	e->hs_done = 0;
	e->cert_fail = 0;
	clear_error(&e->err);
	e->cur = e->host->ai;
	connect_next(e);
}

static void
finish(struct ep *e)
{
	struct probe_result	*r = e->r;

	e->st = ST_DONE;
	e->host->active--;
	e->eng->active--;
	e->eng->ndone++;
	r->elapsed = (double)(now_ms() - e->start) / 1000.0;
}

/* A connection ended (well or not): record it and pick the next one. */
static void
attempt_done(struct ep *e)
{
	struct probe_result	*r = e->r;
	const struct probe_config *cfg = e->eng->cfg;
	int			 failed = e->err.code != NULL;
	int			 timeout_left = now_ms() < e->deadline;

	close_conn(e);
	switch (e->at) {
	case AT_MAIN:
		r->ok = !failed;
		if (failed)
			move_error(&r->err, &e->err);
		if (!e->requested) {
			if (e->hs_done) {
				r->cert_required = 0;
				r->required_why = xstrdup("the server did not "
				    "request a client certificate");
			}
		} else if (!e->sent) {
			if (!failed) {
				r->cert_required = 0;
				r->required_why = xstrdup("the server "
				    "accepted a handshake without a client "
				    "certificate");
			} else if (e->cert_fail) {
				r->cert_required = 1;
				xasprintf(&r->required_why, "without a client "
				    "certificate: %s", r->err.message);
			}
		} else if (!failed && !cfg->no_cert_check && timeout_left) {
			attempt_start(e, AT_NOCERT);
			return;
		}
		if (failed && !e->requested && !e->hs_done &&
		    e->eng->may_fallback && timeout_left &&
		    (strcmp(r->err.code, "no-shared-cipher") == 0 ||
		    strcmp(r->err.code, "protocol-version") == 0 ||
		    strcmp(r->err.code, "alert") == 0)) {
			attempt_start(e, AT_FALLBACK);
			return;
		}
		break;
	case AT_NOCERT:
		if (!failed) {
			r->cert_required = 0;
			r->required_why = xstrdup("the server also completed "
			    "a handshake without a client certificate");
		} else if (e->cert_fail) {
			r->cert_required = 1;
			xasprintf(&r->required_why, "without a client "
			    "certificate: %s", e->err.message);
		} else
			xasprintf(&r->required_why, "the handshake without "
			    "a client certificate failed: %s", e->err.message);
		clear_error(&e->err);
		break;
	case AT_FALLBACK:
		if (failed)
			r->fallback_ok = 0;
		clear_error(&e->err);
		break;
	}
	finish(e);
}

/* ---- the loop --------------------------------------------------------- */

static void
ep_start(struct ep *e, uint64_t now)
{
	struct probe_result	*r = e->r;

	e->started = 1;
	e->start = now;
	e->deadline = now + e->eng->cfg->timeout_ms;
	e->host->active++;
	e->eng->active++;
	if (e->host->ai == NULL) {
		e->st = ST_PENDING;
		set_error(&r->err, "resolve-failed", "resolve", NULL,
		    "cannot resolve '%s': %s", r->host,
		    gai_strerror(e->host->gai_err));
		finish(e);
		return;
	}
	attempt_start(e, AT_MAIN);
}

static uint64_t
next_timer(const struct ep *e)
{
	if (e->st == ST_POSTREAD && e->read_until < e->deadline)
		return (e->read_until);
	return (e->deadline);
}

static int
engine_setup(struct engine *eng, const struct probe_config *cfg, char **why)
{
	const struct cipherspec	*any;
	const char		*errpos = NULL;
	int			 ret;

	eng->cfg = cfg;
	gnutls_certificate_allocate_credentials(&eng->cred);
	gnutls_certificate_set_retrieve_function2(eng->cred, retrieve);
	if (cfg->cafile != NULL) {
		ret = gnutls_certificate_set_x509_trust_file(eng->cred,
		    cfg->cafile, GNUTLS_X509_FMT_PEM);
		if (ret <= 0)
			ret = gnutls_certificate_set_x509_trust_file(eng->cred,
			    cfg->cafile, GNUTLS_X509_FMT_DER);
		if (ret <= 0) {
			xasprintf(why, "%s: no CA certificate found (%s)",
			    cfg->cafile, ret < 0 ? gnutls_strerror(ret) :
			    "expected PEM or DER certificates");
			return (-1);
		}
	}
	ret = gnutls_priority_init(&eng->prio, cfg->offer->gnutls, &errpos);
	if (ret < 0) {
		xasprintf(why, "GnuTLS cannot offer %s here (priority "
		    "\"%s\" rejected at \"%s\": %s)", cfg->offer->name,
		    cfg->offer->gnutls, errpos != NULL ? errpos : "",
		    gnutls_strerror(ret));
		return (-1);
	}
	any = cipherspec_find("ANY_TLS12_OR_HIGHER");
	eng->may_fallback = !(cfg->offer->flags & CS_ALIAS);
	if (eng->may_fallback &&
	    gnutls_priority_init(&eng->prio_any, any->gnutls, NULL) < 0)
		eng->may_fallback = 0;
	return (0);
}

static void
engine_free(struct engine *eng)
{
	size_t	i;

	for (i = 0; i < eng->hcap; i++) {
		if (eng->hosts[i].ai != NULL)
			freeaddrinfo(eng->hosts[i].ai);
		free(eng->hosts[i].name);
	}
	free(eng->hosts);
	free(eng->eps);
	if (eng->prio != NULL)
		gnutls_priority_deinit(eng->prio);
	if (eng->prio_any != NULL)
		gnutls_priority_deinit(eng->prio_any);
	if (eng->cred != NULL)
		gnutls_certificate_free_credentials(eng->cred);
}

static void
result_init(struct probe_result *r, const char *target)
{
	r->endpoint = xstrdup(target);
	r->cert_required = -1;
	r->verified = -1;
	r->sslpeer_match = -1;
	r->fallback_ok = -1;
	diag_list_init(&r->findings);
}

/*
 * The CipherSpec to offer is one GnuTLS cannot do (SSL 3.0, single DES,
 * export, MD5): say so for every endpoint, offer nothing else
 * (tls.md 1.7).
 */
static int
unsupported(const struct probe_config *cfg, char *const *targets, size_t n,
    struct probe_result **out)
{
	struct probe_result	*res;
	char			*msg = NULL;
	size_t			 i;

	res = xcalloc(n, sizeof *res);
	for (i = 0; i < n; i++) {
		result_init(&res[i], targets[i]);
		if (probe_parse_target(targets[i], &res[i].host, &res[i].port,
		    &msg) != 0)
			free(msg);
		msg = NULL;
		set_error(&res[i].err, "unsupported-cipherspec", "handshake",
		    NULL, "GnuTLS cannot offer CipherSpec %s (%s): not "
		    "probed; nothing else was offered instead",
		    cfg->offer->name, cipherspec_proto_name(cfg->offer->proto));
		probe_findings(&res[i], cfg);
	}
	*out = res;
	return (0);
}

int
probe_run(const struct probe_config *cfg, char *const *targets, size_t n,
    struct probe_result **out, char **why)
{
	struct engine		 eng;
	struct probe_result	*res;
	struct pollfd		*pfds;
	struct ep		**live, *e;
	size_t			 i, next = 0, lo = 0, hi = 0, npfd;
	uint64_t		 now, t;
	int			 timeout;

	memset(&eng, 0, sizeof eng);
	*out = NULL;
	if (cfg->offer->gnutls == NULL)
		return (unsupported(cfg, targets, n, out));
	if (engine_setup(&eng, cfg, why) != 0) {
		engine_free(&eng);
		return (-1);
	}
	res = xcalloc(n, sizeof *res);
	eng.eps = xcalloc(n, sizeof *eng.eps);
	eng.neps = n;
	hosts_init(&eng, n);
	for (i = 0; i < n; i++) {
		struct probe_result *r = &res[i];
		char *msg = NULL;

		e = &eng.eps[i];
		e->eng = &eng;
		e->r = r;
		e->fd = -1;
		result_init(r, targets[i]);
		if (probe_parse_target(targets[i], &r->host, &r->port,
		    &msg) != 0) {
			/* The caller checks targets; still, never crash. */
			set_error(&r->err, "bad-target", "resolve", NULL,
			    "%s", msg);
			free(msg);
			e->st = ST_DONE;
			e->started = 1;
			eng.ndone++;
			continue;
		}
		e->host = host_get(&eng, r->host);
		r->sni = sni_for(cfg, r->host);
	}
	/* Resolve each host once (blocking; see the top of the file). */
	for (i = 0; i < n; i++) {
		e = &eng.eps[i];
		if (e->st == ST_PENDING && e->host->ai == NULL &&
		    e->host->gai_err == 0)
			resolve(e->host);
	}

	pfds = xcalloc(n, sizeof *pfds);
	live = xcalloc(n, sizeof *live);
	while (eng.ndone < n) {
		now = now_ms();
		/* Start what the caps allow, in order. */
		for (i = next; i < n && eng.active < cfg->parallel; i++) {
			e = &eng.eps[i];
			if (e->started || e->host->active >= cfg->per_host)
				continue;
			ep_start(e, now);
			if (i >= hi)
				hi = i + 1;
		}
		while (next < n && eng.eps[next].started)
			next++;
		while (lo < hi && eng.eps[lo].st == ST_DONE)
			lo++;

		npfd = 0;
		t = UINT64_MAX;
		for (i = lo; i < hi; i++) {
			e = &eng.eps[i];
			if (!e->started || e->st == ST_DONE)
				continue;
			live[npfd] = e;
			pfds[npfd].fd = e->fd;
			pfds[npfd].events = e->events;
			pfds[npfd].revents = 0;
			npfd++;
			if (next_timer(e) < t)
				t = next_timer(e);
		}
		if (npfd == 0)
			continue;	/* all done, or room to start more */
		timeout = t <= now ? 0 : (t - now > 60000 ? 60000 :
		    (int)(t - now));
		if (poll(pfds, npfd, timeout) < 0 && errno != EINTR) {
			/* Cannot happen with valid descriptors; do not spin. */
			for (i = 0; i < npfd; i++) {
				live[i]->deadline = 0;	/* no retry */
				set_error(&live[i]->err, "internal",
				    stage_of(live[i]), NULL, "poll: %s",
				    strerror(errno));
				attempt_done(live[i]);
			}
			continue;
		}
		now = now_ms();
		for (i = 0; i < npfd; i++) {
			e = live[i];
			if (pfds[i].revents != 0)
				step(e, pfds[i].revents);
			if (e->st != ST_DONE && now >= next_timer(e))
				expire(e, now);
		}
	}
	free(pfds);
	free(live);
	for (i = 0; i < n; i++) {
		close_conn(&eng.eps[i]);
		clear_error(&eng.eps[i].err);
		probe_findings(&res[i], cfg);
	}
	engine_free(&eng);
	*out = res;
	return (0);
}

void
probe_results_free(struct probe_result *res, size_t n)
{
	struct probe_result	*r;
	size_t			 i, j;

	for (i = 0; res != NULL && i < n; i++) {
		r = &res[i];
		free(r->endpoint);
		free(r->host);
		free(r->port);
		free(r->err.message);
		free(r->sni);
		free(r->address);
		free(r->tls_version);
		free(r->cipher_suite);
		for (j = 0; j < r->ncas; j++)
			free(r->cas[j]);
		free(r->cas);
		free(r->required_why);
		for (j = 0; j < r->nchain; j++) {
			free(r->chain[j].subject);
			free(r->chain[j].issuer);
			free(r->chain[j].serial);
			free(r->chain[j].not_before);
			free(r->chain[j].not_after);
			free(r->chain[j].key);
			free(r->chain[j].signature);
		}
		free(r->chain);
		cert_free(r->leaf);
		for (j = 0; j < r->nverify_errors; j++)
			free(r->verify_errors[j]);
		free(r->verify_errors);
		free(r->verify_text);
		free(r->sslpeer_why);
		free(r->fallback_suite);
		diag_list_clear(&r->findings);
	}
	free(res);
}
