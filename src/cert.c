/*
 * cert.c - reading X.509 certificates (PEM or DER) with GnuTLS and turning
 * them into what MQ matches: subject and issuer DNs in MQ's order, the
 * SSLPEER view with the serial in front, and chain verification against a
 * CA file with GnuTLS's own reason when it fails.
 *
 * DNs are built from the certificate's AVAs (gnutls_x509_dn_get_rdn_ava),
 * never from a GnuTLS DN string: those use RFC 4514 escapes, GnuTLS's own
 * names and hex for unknown OIDs (tls.md 3.2).  RDNs are emitted last
 * encoded first, members of a multi-valued RDN in encoding order, as
 * separate attributes (tls.md 3.3 rules 2 and 6).
 *
 * Decisions on points the reference leaves UNCONFIRMED:
 * - The serial keeps every DER content byte, a leading 00 included, as
 *   upper-case hex pairs joined by ':' (tls.md 3.3 rule 3; the third
 *   DISPLAY CHSTATUS example there shows "SERIALNUMBER=00:94:71:...").
 * - subjectAltName dNSNames are added to the SSLPEER view as
 *   UNSTRUCTUREDNAME, last SAN first, only with CERT_SAN_NAMES: tls.md 3.3
 *   rule 7 wants this off until it is seen on a real queue manager.
 * - A PEM file with several certificates: the first is the certificate,
 *   the rest are kept in order as its chain and offered to verification
 *   (the usual leaf + intermediates file).
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "cert.h"
#include "dn.h"
#include "xmalloc.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/* Larger files are not certificates; refuse rather than read gigabytes. */
#define CERT_MAX_FILE	(16 * 1024 * 1024)

/* Stable names for GnuTLS verification status bits (tls.md 3.6). */
static const struct {
	unsigned	 bit;
	const char	*id;
} status_ids[] = {
	{ GNUTLS_CERT_REVOKED, "revoked" },
	{ GNUTLS_CERT_SIGNER_NOT_FOUND, "signer-not-found" },
	{ GNUTLS_CERT_SIGNER_NOT_CA, "signer-not-ca" },
	{ GNUTLS_CERT_INSECURE_ALGORITHM, "insecure-algorithm" },
	{ GNUTLS_CERT_NOT_ACTIVATED, "not-yet-valid" },
	{ GNUTLS_CERT_EXPIRED, "expired" },
	{ GNUTLS_CERT_SIGNATURE_FAILURE, "signature-failure" },
	{ GNUTLS_CERT_REVOCATION_DATA_SUPERSEDED,
	  "revocation-data-superseded" },
	{ GNUTLS_CERT_UNEXPECTED_OWNER, "unexpected-owner" },
	{ GNUTLS_CERT_REVOCATION_DATA_ISSUED_IN_FUTURE,
	  "revocation-data-in-future" },
	{ GNUTLS_CERT_SIGNER_CONSTRAINTS_FAILURE,
	  "signer-constraints-failure" },
	{ GNUTLS_CERT_MISMATCH, "mismatch" },
	{ GNUTLS_CERT_PURPOSE_MISMATCH, "purpose-mismatch" },
	{ GNUTLS_CERT_MISSING_OCSP_STATUS, "missing-ocsp-status" },
	{ GNUTLS_CERT_INVALID_OCSP_STATUS, "invalid-ocsp-status" },
	{ GNUTLS_CERT_UNKNOWN_CRIT_EXTENSIONS, "unknown-critical-extension" },
};

static int fail(char **, const char *, ...)
    __attribute__((format(printf, 2, 3)));

/* Set *why (when why is not NULL) and return -1. */
static int
fail(char **why, const char *fmt, ...)
{
	va_list	ap;

	if (why == NULL)
		return (-1);
	va_start(ap, fmt);
	if (vasprintf(why, fmt, ap) < 0)
		*why = xstrdup("out of memory");
	va_end(ap);
	return (-1);
}

static int
read_file(const char *path, unsigned char **data, size_t *len, char **why)
{
	FILE		*f;
	unsigned char	*buf = NULL;
	size_t		 size = 0, n = 0, got;

	if ((f = fopen(path, "rb")) == NULL)
		return (fail(why, "%s: %s", path, strerror(errno)));
	for (;;) {
		if (n == size) {
			if (size >= CERT_MAX_FILE) {
				fclose(f);
				free(buf);
				return (fail(why, "%s: too large to be a "
				    "certificate file", path));
			}
			size = size == 0 ? 8192 : size * 2;
			buf = xrealloc(buf, size);
		}
		got = fread(buf + n, 1, size - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		fclose(f);
		free(buf);
		return (fail(why, "%s: read error", path));
	}
	fclose(f);
	*data = buf;
	*len = n;
	return (0);
}

static void
der_copy(struct cert_der *to, const void *data, size_t len)
{
	to->data = xmalloc(len);
	memcpy(to->data, data, len);
	to->len = len;
}

/* An attribute value that is not a string: RFC 4514's "#" + hex BER. */
static char *
hex_ber(unsigned long tag, const unsigned char *p, size_t len, size_t *outlen)
{
	unsigned char	hdr[6];
	size_t		nh = 0, i, n = 0;
	char		*out;

	hdr[nh++] = (unsigned char)(tag < 31 ? tag : 0x1f);
	if (len < 0x80)
		hdr[nh++] = (unsigned char)len;
	else if (len < 0x100) {
		hdr[nh++] = 0x81;
		hdr[nh++] = (unsigned char)len;
	} else {
		hdr[nh++] = 0x82;
		hdr[nh++] = (unsigned char)(len >> 8);
		hdr[nh++] = (unsigned char)len;
	}
	out = xmalloc(2 * (nh + len) + 2);
	out[n++] = '#';
	for (i = 0; i < nh; i++)
		n += (size_t)sprintf(out + n, "%02x", hdr[i]);
	for (i = 0; i < len; i++)
		n += (size_t)sprintf(out + n, "%02x", p[i]);
	*outlen = n;
	return (out);
}

static void
add_ava(struct dn *d, const gnutls_x509_ava_st *ava, unsigned flags)
{
	enum dn_type	 type;
	char		*oid, *value;
	size_t		 len;

	oid = xstrndup((const char *)ava->oid.data, ava->oid.size);
	type = dn_type_from_oid(oid, strlen(oid));
	value = dn_string_to_utf8(ava->value_tag, ava->value.data,
	    ava->value.size, &len);
	if (value == NULL)
		value = hex_ber(ava->value_tag, ava->value.data,
		    ava->value.size, &len);
	dn_add(d, type, oid, value, len, flags);
	free(value);
	free(oid);
}

/* Build a struct dn from a GnuTLS DN, last RDN first (MQ's order). */
static void
dn_from_gnutls(gnutls_x509_dn_t gdn, struct dn *out)
{
	gnutls_x509_ava_st	ava;
	int			nrdn, i, j;

	dn_init(out);
	for (nrdn = 0; gnutls_x509_dn_get_rdn_ava(gdn, nrdn, 0, &ava) == 0;
	    nrdn++)
		/* count */;
	for (i = nrdn - 1; i >= 0; i--) {
		for (j = 0; gnutls_x509_dn_get_rdn_ava(gdn, i, j, &ava) == 0;
		    j++)
			add_ava(out, &ava, j > 0 ? DN_AVA_MULTI : 0);
	}
}

static int
get_serial(gnutls_x509_crt_t crt, char **out, char **why)
{
	unsigned char	 small[64], *buf = small;
	size_t		 size = sizeof small, i, n;
	char		*s;
	int		 ret;

	ret = gnutls_x509_crt_get_serial(crt, buf, &size);
	if (ret == GNUTLS_E_SHORT_MEMORY_BUFFER) {
		buf = xmalloc(size);
		ret = gnutls_x509_crt_get_serial(crt, buf, &size);
	}
	if (ret < 0) {
		if (buf != small)
			free(buf);
		return (fail(why, "cannot read the serial number: %s",
		    gnutls_strerror(ret)));
	}
	s = xmalloc(3 * size + 1);
	s[0] = '\0';
	for (i = 0, n = 0; i < size; i++) {
		if (i > 0)
			s[n++] = ':';
		n += (size_t)sprintf(s + n, "%02X", buf[i]);
	}
	if (buf != small)
		free(buf);
	*out = s;
	return (0);
}

static void
get_dns_names(gnutls_x509_crt_t crt, struct cert *c)
{
	unsigned	 seq;
	size_t		 size;
	char		*buf;
	int		 ret;

	for (seq = 0;; seq++) {
		size = 0;
		ret = gnutls_x509_crt_get_subject_alt_name(crt, seq, NULL,
		    &size, NULL);
		if (ret >= 0)
			continue;	/* an empty name */
		if (ret != GNUTLS_E_SHORT_MEMORY_BUFFER)
			break;		/* the end, or a broken extension */
		buf = xmalloc(size + 1);
		ret = gnutls_x509_crt_get_subject_alt_name(crt, seq, buf,
		    &size, NULL);
		if (ret != GNUTLS_SAN_DNSNAME) {
			free(buf);
			if (ret < 0)
				break;
			continue;
		}
		buf[size] = '\0';
		c->dns_names = xreallocarray(c->dns_names, c->ndns_names + 1,
		    sizeof *c->dns_names);
		c->dns_names[c->ndns_names++] = buf;
	}
}

/* Fill everything but der and chain from an imported certificate. */
static int
from_crt(gnutls_x509_crt_t crt, unsigned flags, struct cert **out,
    char **why)
{
	struct cert		*c;
	gnutls_x509_dn_t	 gdn;
	const struct dn_ava	*a;
	size_t			 i;
	int			 ret;

	c = xcalloc(1, sizeof *c);
	dn_init(&c->subject);
	dn_init(&c->issuer);
	dn_init(&c->peer);
	if ((ret = gnutls_x509_crt_get_subject(crt, &gdn)) < 0) {
		cert_free(c);
		return (fail(why, "cannot read the subject: %s",
		    gnutls_strerror(ret)));
	}
	dn_from_gnutls(gdn, &c->subject);
	if ((ret = gnutls_x509_crt_get_issuer(crt, &gdn)) < 0) {
		cert_free(c);
		return (fail(why, "cannot read the issuer: %s",
		    gnutls_strerror(ret)));
	}
	dn_from_gnutls(gdn, &c->issuer);
	if (get_serial(crt, &c->serial, why) != 0) {
		cert_free(c);
		return (-1);
	}
	c->not_before = gnutls_x509_crt_get_activation_time(crt);
	c->not_after = gnutls_x509_crt_get_expiration_time(crt);
	get_dns_names(crt, c);

	/* What SSLPEER is matched against (chlauth.md 3.3). */
	dn_add(&c->peer, DN_T_SERIALNUMBER, NULL, c->serial,
	    strlen(c->serial), 0);
	for (i = 0; i < c->subject.navas; i++) {
		a = &c->subject.avas[i];
		dn_add(&c->peer, a->type, a->oid, a->value, a->len, a->flags);
	}
	if (flags & CERT_SAN_NAMES) {
		for (i = c->ndns_names; i > 0; i--) {
			dn_add(&c->peer, DN_T_UNSTRUCTUREDNAME, NULL,
			    c->dns_names[i - 1], strlen(c->dns_names[i - 1]),
			    0);
		}
	}
	*out = c;
	return (0);
}

/* Export a certificate as DER into to. */
static int
export_der(gnutls_x509_crt_t crt, struct cert_der *to, char **why)
{
	gnutls_datum_t	d;
	int		ret;

	if ((ret = gnutls_x509_crt_export2(crt, GNUTLS_X509_FMT_DER, &d)) < 0)
		return (fail(why, "cannot encode the certificate: %s",
		    gnutls_strerror(ret)));
	der_copy(to, d.data, d.size);
	gnutls_free(d.data);
	return (0);
}

int
cert_from_der(const void *der, size_t len, unsigned flags, struct cert **out,
    char **why)
{
	gnutls_x509_crt_t	crt;
	gnutls_datum_t		d;
	int			ret;

	if (len > 0xffffffffu)
		return (fail(why, "certificate too large"));
	if ((ret = gnutls_x509_crt_init(&crt)) < 0)
		return (fail(why, "%s", gnutls_strerror(ret)));
	d.data = (unsigned char *)(uintptr_t)der;
	d.size = (unsigned)len;
	if ((ret = gnutls_x509_crt_import(crt, &d, GNUTLS_X509_FMT_DER)) < 0) {
		gnutls_x509_crt_deinit(crt);
		return (fail(why, "not a DER X.509 certificate: %s",
		    gnutls_strerror(ret)));
	}
	ret = from_crt(crt, flags, out, why);
	gnutls_x509_crt_deinit(crt);
	if (ret != 0)
		return (-1);
	der_copy(&(*out)->der, der, len);
	return (0);
}

/*
 * Read a certificate file: PEM (the first certificate; the others become
 * the chain) or DER.  Messages in *why name the file.
 */
int
cert_load(const char *path, unsigned flags, struct cert **out, char **why)
{
	gnutls_x509_crt_t	*list = NULL;
	gnutls_datum_t		 d;
	unsigned char		*data;
	unsigned		 n = 0, i;
	size_t			 len;
	char			*msg = NULL;
	int			 ret;

	*out = NULL;
	if (read_file(path, &data, &len, why) != 0)
		return (-1);
	if (len == 0) {
		free(data);
		return (fail(why, "%s: empty file, expected a PEM or DER "
		    "certificate", path));
	}
	if (memmem(data, len, "-----BEGIN", 10) == NULL) {
		ret = cert_from_der(data, len, flags, out, &msg);
		free(data);
		if (ret != 0) {
			fail(why, "%s: %s (and no PEM header)", path, msg);
			free(msg);
		}
		return (ret);
	}
	d.data = data;
	d.size = (unsigned)len;
	ret = gnutls_x509_crt_list_import2(&list, &n, &d, GNUTLS_X509_FMT_PEM,
	    0);
	free(data);
	if (ret < 0 || n == 0) {
		if (ret >= 0)
			gnutls_free(list);
		return (fail(why, "%s: no readable PEM certificate (%s)", path,
		    ret < 0 ? gnutls_strerror(ret) : "none found"));
	}
	ret = from_crt(list[0], flags, out, &msg);
	if (ret == 0)
		ret = export_der(list[0], &(*out)->der, &msg);
	if (ret == 0 && n > 1) {
		(*out)->chain = xcalloc(n - 1, sizeof *(*out)->chain);
		for (i = 1; ret == 0 && i < n; i++) {
			ret = export_der(list[i], &(*out)->chain[i - 1], &msg);
			if (ret == 0)
				(*out)->nchain++;
		}
	}
	for (i = 0; i < n; i++)
		gnutls_x509_crt_deinit(list[i]);
	gnutls_free(list);
	if (ret != 0) {
		cert_free(*out);
		*out = NULL;
		fail(why, "%s: %s", path, msg);
		free(msg);
		return (-1);
	}
	return (0);
}

void
cert_free(struct cert *c)
{
	size_t	i;

	if (c == NULL)
		return;
	dn_free(&c->subject);
	dn_free(&c->issuer);
	dn_free(&c->peer);
	free(c->serial);
	for (i = 0; i < c->ndns_names; i++)
		free(c->dns_names[i]);
	free(c->dns_names);
	free(c->der.data);
	for (i = 0; i < c->nchain; i++)
		free(c->chain[i].data);
	free(c->chain);
	free(c);
}

/*
 * A DER-encoded X.501 Name (a CA name from a CertificateRequest, say) as
 * a struct dn in MQ's order, built from its AVAs like a certificate's.
 */
int
cert_dn_from_der(const void *der, size_t len, struct dn *out, char **why)
{
	gnutls_x509_dn_t	gdn;
	gnutls_datum_t		d;
	int			ret;

	dn_init(out);
	if (len > 0xffffffffu)
		return (fail(why, "name too large"));
	if ((ret = gnutls_x509_dn_init(&gdn)) < 0)
		return (fail(why, "%s", gnutls_strerror(ret)));
	d.data = (unsigned char *)(uintptr_t)der;
	d.size = (unsigned)len;
	if ((ret = gnutls_x509_dn_import(gdn, &d)) < 0) {
		gnutls_x509_dn_deinit(gdn);
		return (fail(why, "not a DER distinguished name: %s",
		    gnutls_strerror(ret)));
	}
	dn_from_gnutls(gdn, out);
	gnutls_x509_dn_deinit(gdn);
	return (0);
}

/* Import a DER blob kept in a struct cert. */
static int
import_der(const struct cert_der *der, gnutls_x509_crt_t *crt)
{
	gnutls_datum_t	d;
	int		ret;

	if ((ret = gnutls_x509_crt_init(crt)) < 0)
		return (ret);
	d.data = der->data;
	d.size = (unsigned)der->len;
	if ((ret = gnutls_x509_crt_import(*crt, &d, GNUTLS_X509_FMT_DER)) < 0)
		gnutls_x509_crt_deinit(*crt);
	return (ret);
}

/*
 * Verify c (with its chain) against the CA certificates in cafile (PEM,
 * or DER with one certificate); every certificate there is a trust anchor
 * (tls.md 3.6).  No host name is checked: MQ does not, SSLPEER is the
 * identity check.  Returns 0 when trusted (*why NULL), 1 when not (*why is
 * GnuTLS's explanation, *status its bits), -1 when verification could
 * not run (*why says why, *status 0).
 */
int
cert_verify_flags(const struct cert *c, const char *cafile, unsigned flags,
    unsigned *status, char **why)
{
	gnutls_x509_trust_list_t	 tl;
	gnutls_x509_crt_t		*crts;
	gnutls_datum_t			 out, d;
	unsigned char			*data;
	unsigned			 vflags = 0, n = 0, i;
	size_t				 len;
	int				 ret;

	*status = 0;
	if (why != NULL)
		*why = NULL;
	if (read_file(cafile, &data, &len, why) != 0)
		return (-1);
	if ((ret = gnutls_x509_trust_list_init(&tl, 0)) < 0) {
		free(data);
		return (fail(why, "%s", gnutls_strerror(ret)));
	}
	d.data = data;
	d.size = (unsigned)len;
	ret = gnutls_x509_trust_list_add_trust_mem(tl, &d, NULL,
	    GNUTLS_X509_FMT_PEM, 0, 0);
	if (ret <= 0 && memmem(data, len, "-----BEGIN", 10) == NULL) {
		ret = gnutls_x509_trust_list_add_trust_mem(tl, &d, NULL,
		    GNUTLS_X509_FMT_DER, 0, 0);
	}
	free(data);
	if (ret <= 0) {
		gnutls_x509_trust_list_deinit(tl, 1);
		return (fail(why, "%s: no CA certificate found (expected PEM "
		    "or DER certificates)", cafile));
	}

	crts = xcalloc(1 + c->nchain, sizeof *crts);
	ret = import_der(&c->der, &crts[n]);
	if (ret >= 0)
		n++;
	for (i = 0; ret >= 0 && i < c->nchain; i++) {
		if ((ret = import_der(&c->chain[i], &crts[n])) >= 0)
			n++;
	}
	if (ret >= 0) {
		if (flags & CERT_VERIFY_ALLOW_SHA1)
			vflags |= GNUTLS_VERIFY_ALLOW_SIGN_WITH_SHA1;
		ret = gnutls_x509_trust_list_verify_crt2(tl, crts, n, NULL, 0,
		    vflags, status, NULL);
	}
	for (i = 0; i < n; i++)
		gnutls_x509_crt_deinit(crts[i]);
	free(crts);
	gnutls_x509_trust_list_deinit(tl, 1);
	if (ret < 0) {
		*status = 0;
		return (fail(why, "cannot verify the certificate: %s",
		    gnutls_strerror(ret)));
	}
	if (*status == 0)
		return (0);
	if (why != NULL) {
		ret = gnutls_certificate_verification_status_print(*status,
		    GNUTLS_CRT_X509, &out, 0);
		if (ret < 0)
			xasprintf(why, "not trusted (status 0x%x)", *status);
		else {
			*why = xstrndup((const char *)out.data, out.size);
			gnutls_free(out.data);
		}
	}
	return (1);
}

/* 0 when c verifies against cafile, -1 with the reason in *why if not. */
int
cert_verify(const struct cert *c, const char *cafile, char **why)
{
	unsigned	status;

	return (cert_verify_flags(c, cafile, 0, &status, why) == 0 ? 0 : -1);
}

/*
 * Stable, comma-separated names for verification status bits, for JSON
 * and tests ("signer-not-found,expired").  Empty when status is 0.
 */
char *
cert_status_ids(unsigned status)
{
	char	*out;
	size_t	 size = 1, n = 0, i;

	for (i = 0; i < NITEMS(status_ids); i++)
		size += strlen(status_ids[i].id) + 1;
	size += sizeof "invalid";
	out = xmalloc(size);
	out[0] = '\0';
	for (i = 0; i < NITEMS(status_ids); i++) {
		if (status & status_ids[i].bit)
			n += (size_t)sprintf(out + n, "%s%s", n > 0 ? "," : "",
			    status_ids[i].id);
	}
	if (n == 0 && (status & GNUTLS_CERT_INVALID))
		strcpy(out, "invalid");
	return (out);
}
