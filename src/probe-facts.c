/*
 * probe-facts.c - what mqtls probe keeps of a handshake, in MQ's terms,
 * and the findings it draws when that is held against the definitions.
 *
 * Facts: the server chain (subject and issuer rendered as MQ renders
 * DNs, from the AVAs; serial, validity, days left, key, signature;
 * tls.md 3.1-3.5), the CA names of the CertificateRequest, and the
 * verification against --ca (tls.md 3.6: no host name, MQ does not
 * check one; the reasons as stable ids from cert_status_ids()).
 *
 * Findings compare what was seen with what the channel definitions say
 * (SSLCAUTH, SSLCIPH, SSLPEER) and flag certificates that expire within
 * --warn-days or do not verify.  SSLPEER is matched with dn_match(), the
 * matcher the simulation engine uses, on the SSLPEER view of the server
 * certificate (serial first, then the subject).  Rule ids are in
 * rules-probe.c.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "cert.h"
#include "cipherspec.h"
#include "dn.h"
#include "probe.h"
#include "xmalloc.h"

static char *
iso_time(time_t t)
{
	struct tm	tm;
	char		buf[32];

	if (t == (time_t)-1 || gmtime_r(&t, &tm) == NULL)
		return (NULL);
	strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return (xstrdup(buf));
}

/* floor((t - now) / 86400): negative once expired. */
static long
days_left(time_t t, time_t now)
{
	long long	d = (long long)t - (long long)now;

	return (long)(d >= 0 ? d / 86400 : -((-d + 86399) / 86400));
}

/* "RSA 2048", "EC/ECDSA SECP256R1 256", "EdDSA (Ed25519) 256". */
static char *
key_desc(gnutls_x509_crt_t crt)
{
	gnutls_ecc_curve_t	 curve;
	unsigned		 bits = 0;
	const char		*name, *cn;
	char			*out;
	int			 alg;

	alg = gnutls_x509_crt_get_pk_algorithm(crt, &bits);
	if (alg < 0)
		return (NULL);
	name = gnutls_pk_algorithm_get_name((gnutls_pk_algorithm_t)alg);
	if (name == NULL)
		name = "unknown";
	if (alg == GNUTLS_PK_ECDSA &&
	    gnutls_x509_crt_get_pk_ecc_raw(crt, &curve, NULL, NULL) >= 0 &&
	    (cn = gnutls_ecc_curve_get_name(curve)) != NULL)
		xasprintf(&out, "%s %s %u", name, cn, bits);
	else
		xasprintf(&out, "%s %u", name, bits);
	return (out);
}

void
probe_facts_chain(struct probe_result *r, const gnutls_datum_t *der,
    unsigned n, const struct probe_config *cfg)
{
	struct probe_cert_info	*ci;
	struct cert		*c;
	gnutls_x509_crt_t	 crt;
	const char		*sig;
	time_t			 now = time(NULL);
	char			*msg = NULL;
	unsigned		 i;

	(void)cfg;
	r->chain = xcalloc(n, sizeof *r->chain);
	for (i = 0; i < n; i++) {
		ci = &r->chain[r->nchain++];
		if (cert_from_der(der[i].data, der[i].size, 0, &c, &msg) != 0) {
			xasprintf(&ci->subject, "(unreadable certificate: %s)",
			    msg);
			free(msg);
			msg = NULL;
			continue;
		}
		ci->subject = dn_render_mq(&c->subject);
		ci->issuer = dn_render_mq(&c->issuer);
		ci->serial = xstrdup(c->serial);
		ci->not_before = iso_time(c->not_before);
		ci->not_after = iso_time(c->not_after);
		ci->days_left = days_left(c->not_after, now);
		if (gnutls_x509_crt_init(&crt) >= 0) {
			if (gnutls_x509_crt_import(crt, &der[i],
			    GNUTLS_X509_FMT_DER) >= 0) {
				ci->key = key_desc(crt);
				sig = gnutls_sign_get_name(
				    (gnutls_sign_algorithm_t)
				    gnutls_x509_crt_get_signature_algorithm(
				    crt));
				ci->signature = sig != NULL ? xstrdup(sig) :
				    NULL;
			}
			gnutls_x509_crt_deinit(crt);
		}
		if (i == 0 && r->leaf == NULL)
			r->leaf = c;
		else
			cert_free(c);
	}
}

void
probe_facts_ca_name(struct probe_result *r, const gnutls_datum_t *name)
{
	struct dn	 d;
	char		*msg = NULL, *s;

	if (cert_dn_from_der(name->data, name->size, &d, &msg) != 0) {
		xasprintf(&s, "(unreadable name: %s)", msg);
		free(msg);
	} else
		s = dn_render_mq(&d);
	dn_free(&d);
	r->cas = xreallocarray(r->cas, r->ncas + 1, sizeof *r->cas);
	r->cas[r->ncas++] = s;
}

void
probe_facts_verify(struct probe_result *r, gnutls_session_t s)
{
	gnutls_datum_t	 out;
	unsigned	 status = 0;
	char		*ids, *p, *save = NULL;
	int		 ret;

	ret = gnutls_certificate_verify_peers3(s, NULL, &status);
	if (ret < 0) {
		r->verified = 0;
		r->verify_errors = xcalloc(1, sizeof *r->verify_errors);
		r->verify_errors[r->nverify_errors++] = xstrdup(
		    ret == GNUTLS_E_NO_CERTIFICATE_FOUND ? "no-certificate" :
		    "cannot-verify");
		r->verify_text = xstrdup(gnutls_strerror(ret));
		return;
	}
	r->verified = status == 0;
	if (status == 0)
		return;
	ids = cert_status_ids(status);
	for (p = strtok_r(ids, ",", &save); p != NULL;
	    p = strtok_r(NULL, ",", &save)) {
		r->verify_errors = xreallocarray(r->verify_errors,
		    r->nverify_errors + 1, sizeof *r->verify_errors);
		r->verify_errors[r->nverify_errors++] = xstrdup(p);
	}
	free(ids);
	if (gnutls_certificate_verification_status_print(status,
	    GNUTLS_CRT_X509, &out, 0) >= 0) {
		r->verify_text = xstrndup((const char *)out.data, out.size);
		gnutls_free(out.data);
		/* GnuTLS ends its sentences with a blank. */
		p = r->verify_text + strlen(r->verify_text);
		while (p > r->verify_text && p[-1] == ' ')
			*--p = '\0';
	}
}

static const struct diag_loc no_loc = { NULL, 0, 0 };

static void
expiry(struct probe_result *r, const struct probe_config *cfg)
{
	const struct probe_cert_info	*ci;
	size_t				 i;

	for (i = 0; i < r->nchain; i++) {
		ci = &r->chain[i];
		if (ci->not_after == NULL)
			continue;
		if (ci->days_left < 0)
			diag_add(&r->findings, DIAG_ERROR, "probe-cert-expired",
			    &no_loc, "%s certificate %s expired on %s (%ld "
			    "day%s ago)", i == 0 ? "the server" :
			    "a chain", ci->subject, ci->not_after,
			    -ci->days_left, ci->days_left == -1 ? "" : "s");
		else if (ci->days_left < cfg->warn_days)
			diag_add(&r->findings, DIAG_WARNING,
			    "probe-cert-expiring", &no_loc, "%s certificate "
			    "%s expires on %s, in %ld day%s (--warn-days "
			    "%d)", i == 0 ? "the server" : "a chain",
			    ci->subject, ci->not_after, ci->days_left,
			    ci->days_left == 1 ? "" : "s", cfg->warn_days);
	}
}

static void
cipher_findings(struct probe_result *r, const struct probe_config *cfg)
{
	const struct probe_intent	*in = &cfg->intent;

	if (r->cipher_suite != NULL && r->cipherspec == NULL)
		diag_add(&r->findings, DIAG_WARNING, "probe-cipherspec-not-mq",
		    &no_loc, "the server chose %s on %s, which is no IBM MQ "
		    "CipherSpec: a queue manager would not accept it",
		    r->cipher_suite, r->tls_version != NULL ?
		    r->tls_version : "?");
	else if (r->cipherspec != NULL &&
	    (r->cipherspec->flags & CS_NOT_IN_MQ))
		diag_add(&r->findings, DIAG_WARNING, "probe-cipherspec-not-mq",
		    &no_loc, "the server chose %s (%s), which IBM MQ may not "
		    "offer at all", r->cipherspec->name, r->cipher_suite);
	else if (in->sslciph != NULL && r->cipherspec != NULL &&
	    !cipherspec_accepts(in->sslciph, r->cipherspec))
		diag_add(&r->findings, DIAG_ERROR, "probe-cipherspec-mismatch",
		    &no_loc, "negotiated CipherSpec %s, but %s has "
		    "SSLCIPH(%s): the queue manager ends such a channel "
		    "after the handshake (AMQ9631)", r->cipherspec->name,
		    in->where, in->sslciph->name);
	if (r->fallback_ok == 1)
		diag_add(&r->findings, DIAG_ERROR, "probe-cipherspec-refused",
		    &no_loc, "the server refused CipherSpec %s; offered any "
		    "TLS 1.2 or 1.3 CipherSpec, it chose %s%s%s%s",
		    cfg->offer->name, r->fallback_cs != NULL ?
		    r->fallback_cs->name : (r->fallback_suite != NULL ?
		    r->fallback_suite : "?"),
		    r->fallback_cs != NULL ? " (" : "",
		    r->fallback_cs != NULL ? r->fallback_suite : "",
		    r->fallback_cs != NULL ? ")" : "");
}

void
probe_findings(struct probe_result *r, const struct probe_config *cfg)
{
	const struct probe_intent	*in = &cfg->intent;
	struct dn_match_trace		 t;
	size_t				 len;

	if (r->err.code != NULL &&
	    strcmp(r->err.code, "unsupported-cipherspec") == 0)
		diag_add(&r->findings, DIAG_WARNING,
		    "probe-cipherspec-unsupported", &no_loc, "%s",
		    r->err.message);
	if (r->sni != NULL && (len = strlen(r->sni)) > 16 &&
	    strcmp(r->sni + len - 16, "-.chl.mq.ibm.com") == 0)
		diag_add(&r->findings, DIAG_NOTE, "probe-sni-not-hostname",
		    &no_loc, "SNI name %s is not a valid host name (the "
		    "channel name does not end in an upper-case letter or "
		    "digit): routers that route on host names cannot route "
		    "it", r->sni);
	if (r->tls_version != NULL) {
		if (in->sslcauth == 1 && !r->cert_requested)
			diag_add(&r->findings, DIAG_WARNING,
			    "probe-cert-not-requested", &no_loc, "the server "
			    "did not request a client certificate, but %s "
			    "has SSLCAUTH(REQUIRED)", in->where);
		else if (in->sslcauth == 1 && r->cert_required == 0)
			diag_add(&r->findings, DIAG_NOTE,
			    "probe-cert-not-required", &no_loc, "%s, though "
			    "%s has SSLCAUTH(REQUIRED): the TLS layer does "
			    "not enforce it (a queue manager may still end "
			    "the channel afterwards)", r->required_why,
			    in->where);
	}
	cipher_findings(r, cfg);
	if (in->sslpeer != NULL && r->leaf != NULL) {
		r->sslpeer_match = dn_match(in->sslpeer, &r->leaf->peer, &t);
		if (!r->sslpeer_match) {
			char *dn = dn_render_mq(&r->leaf->peer);

			r->sslpeer_why = xstrdup(t.message);
			diag_add(&r->findings, DIAG_ERROR,
			    "probe-sslpeer-mismatch", &no_loc, "the server "
			    "certificate %s does not match SSLPEER('%s') of "
			    "%s: %s", dn, in->sslpeer_text, in->sslpeer_where,
			    t.message);
			free(dn);
		}
	}
	expiry(r, cfg);
	if (r->verified == 0)
		diag_add(&r->findings, DIAG_ERROR, "probe-chain-untrusted",
		    &no_loc, "the server chain does not verify against %s: "
		    "%s", cfg->cafile, r->verify_text != NULL ?
		    r->verify_text : "not trusted");
}
