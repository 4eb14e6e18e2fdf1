/*
 * probe-identity.c - the client identity mqtls probe presents: a PEM
 * certificate chain with its key (plain or encrypted PKCS#8), or one
 * identity out of a PKCS#12 file chosen by label, as MQ chooses by
 * CERTLABL.  Loaded once, before any connection (certtool's PKCS#12
 * files cost ~0.4 s of PBKDF2 each, tls.md 2.1).
 *
 * PKCS#12: gnutls_certificate_set_x509_simple_pkcs12_file() silently
 * takes the first key of a file with several (tls.md 2.1), so the file
 * is walked here: every bag is decrypted, keys are matched to their
 * label (the PKCS#12 friendlyName, which is what MQ's CERTLABL names),
 * the leaf to its key by public key, and the chain from the other
 * certificates by issuer, whatever their order in the file.
 * Labels compare exactly (MQ labels are case-sensitive on distributed
 * platforms: UNCONFIRMED, tls.md 2.1); a miss lists the labels there.
 *
 * Passwords come from a file or an environment variable, never argv
 * (developers' guide).
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gnutls/gnutls.h>
#include <gnutls/abstract.h>
#include <gnutls/pkcs12.h>
#include <gnutls/x509.h>

#include "cert.h"
#include "probe.h"
#include "xmalloc.h"

#define MAX_CHAIN	16

struct probe_identity {
	gnutls_pcert_st		*pcerts;
	unsigned		 npcerts;
	gnutls_privkey_t	 key;
	struct cert		*cert;
};

static int fail(char **, const char *, ...)
    __attribute__((format(printf, 2, 3)));

static int
fail(char **why, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	if (vasprintf(why, fmt, ap) < 0)
		*why = xstrdup("out of memory");
	va_end(ap);
	return (-1);
}

int
probe_password(const char *file, const char *envvar, char **out, char **why)
{
	FILE	*f;
	char	*line = NULL;
	size_t	 cap = 0;
	ssize_t	 n;
	const char *v;

	*out = NULL;
	if (file != NULL) {
		if ((f = fopen(file, "r")) == NULL)
			return (fail(why, "%s: %s", file, strerror(errno)));
		n = getline(&line, &cap, f);
		fclose(f);
		if (n < 0) {
			free(line);
			return (fail(why, "%s: empty; the password is its "
			    "first line", file));
		}
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		*out = line;
		return (0);
	}
	if (envvar != NULL && (v = getenv(envvar)) != NULL)
		*out = xstrdup(v);
	return (0);
}

static int
load(const char *path, gnutls_datum_t *d, char **why)
{
	int	ret;

	if ((ret = gnutls_load_file(path, d)) < 0) {
		FILE *f = fopen(path, "rb");

		if (f == NULL)
			return (fail(why, "%s: %s", path, strerror(errno)));
		fclose(f);
		return (fail(why, "%s: %s", path, gnutls_strerror(ret)));
	}
	return (0);
}

static const char *
password_hint(const char *password)
{
	return (password == NULL ? " (no password given: use --password-file "
	    "FILE or MQTLS_PASSWORD)" : " (wrong password?)");
}

/* Fill id->cert from the first pcert. */
static int
identity_cert(struct probe_identity *id, char **why)
{
	char	*msg = NULL;

	if (cert_from_der(id->pcerts[0].cert.data, id->pcerts[0].cert.size, 0,
	    &id->cert, &msg) != 0) {
		fail(why, "the client certificate: %s", msg);
		free(msg);
		return (-1);
	}
	return (0);
}

int
probe_identity_pem(const char *certfile, const char *keyfile,
    const char *password, struct probe_identity **out, char **why)
{
	struct probe_identity	*id;
	gnutls_datum_t		 d;
	unsigned		 n = MAX_CHAIN;
	int			 ret;

	*out = NULL;
	id = xcalloc(1, sizeof *id);
	id->pcerts = xcalloc(MAX_CHAIN, sizeof *id->pcerts);
	ret = gnutls_pcert_list_import_x509_file(id->pcerts, &n, certfile,
	    GNUTLS_X509_FMT_PEM, NULL, NULL, 0);
	if (ret < 0 || n == 0) {
		free(id->pcerts);
		free(id);
		if (ret == GNUTLS_E_FILE_ERROR)
			return (fail(why, "%s: cannot read it: %s", certfile,
			    strerror(errno)));
		return (fail(why, "%s: no PEM certificate (%s)", certfile,
		    ret < 0 ? gnutls_strerror(ret) : "none found"));
	}
	id->npcerts = n;
	if (load(keyfile, &d, why) != 0) {
		probe_identity_free(id);
		return (-1);
	}
	gnutls_privkey_init(&id->key);
	ret = gnutls_privkey_import_x509_raw(id->key, &d, GNUTLS_X509_FMT_PEM,
	    password, 0);
	if (ret < 0 && memmem(d.data, d.size, "-----BEGIN", 10) == NULL)
		ret = gnutls_privkey_import_x509_raw(id->key, &d,
		    GNUTLS_X509_FMT_DER, password, 0);
	if (ret < 0) {
		int encrypted = memmem(d.data, d.size, "ENCRYPTED", 9) != NULL;

		gnutls_free(d.data);
		probe_identity_free(id);
		return (fail(why, "%s: cannot read the private key: %s%s",
		    keyfile, gnutls_strerror(ret),
		    encrypted ? password_hint(password) : ""));
	}
	gnutls_free(d.data);
	if (identity_cert(id, why) != 0) {
		probe_identity_free(id);
		return (-1);
	}
	*out = id;
	return (0);
}

/* One element of a PKCS#12 file, copied out of its bag. */
struct p12_item {
	gnutls_pkcs12_bag_type_t type;
	char			*label;
	gnutls_datum_t		 data;
};

static void
items_free(struct p12_item *items, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(items[i].label);
		free(items[i].data.data);
	}
	free(items);
}

static int
p12_items(const char *file, const char *password, struct p12_item **out,
    size_t *nout, char **why)
{
	gnutls_pkcs12_t		 p12;
	gnutls_pkcs12_bag_t	 bag;
	gnutls_datum_t		 d, data;
	struct p12_item		*items = NULL;
	size_t			 n = 0;
	char			*name;
	int			 i, j, count, ret;

	if (load(file, &d, why) != 0)
		return (-1);
	gnutls_pkcs12_init(&p12);
	ret = gnutls_pkcs12_import(p12, &d, GNUTLS_X509_FMT_DER, 0);
	if (ret < 0)
		ret = gnutls_pkcs12_import(p12, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);
	if (ret < 0) {
		gnutls_pkcs12_deinit(p12);
		return (fail(why, "%s: not a PKCS#12 file: %s", file,
		    gnutls_strerror(ret)));
	}
	if ((ret = gnutls_pkcs12_verify_mac(p12, password)) < 0 &&
	    ret != GNUTLS_E_UNKNOWN_HASH_ALGORITHM) {
		gnutls_pkcs12_deinit(p12);
		return (fail(why, "%s: %s%s", file, gnutls_strerror(ret),
		    password_hint(password)));
	}
	for (i = 0;; i++) {
		gnutls_pkcs12_bag_init(&bag);
		if (gnutls_pkcs12_get_bag(p12, i, bag) < 0) {
			gnutls_pkcs12_bag_deinit(bag);
			break;
		}
		if (gnutls_pkcs12_bag_get_type(bag, 0) == GNUTLS_BAG_ENCRYPTED &&
		    (ret = gnutls_pkcs12_bag_decrypt(bag, password)) < 0) {
			gnutls_pkcs12_bag_deinit(bag);
			gnutls_pkcs12_deinit(p12);
			items_free(items, n);
			return (fail(why, "%s: cannot decrypt: %s%s", file,
			    gnutls_strerror(ret), password_hint(password)));
		}
		count = gnutls_pkcs12_bag_get_count(bag);
		for (j = 0; j < count; j++) {
			if (gnutls_pkcs12_bag_get_data(bag, j, &data) < 0)
				continue;
			items = xreallocarray(items, n + 1, sizeof *items);
			items[n].type = gnutls_pkcs12_bag_get_type(bag, j);
			name = NULL;
			gnutls_pkcs12_bag_get_friendly_name(bag, j, &name);
			items[n].label = name != NULL ? xstrdup(name) : NULL;
			items[n].data.data = xmalloc(data.size + 1);
			memcpy(items[n].data.data, data.data, data.size);
			items[n].data.size = data.size;
			n++;
		}
		gnutls_pkcs12_bag_deinit(bag);
	}
	gnutls_pkcs12_deinit(p12);
	*out = items;
	*nout = n;
	return (0);
}

static int
is_key(const struct p12_item *it)
{
	return (it->type == GNUTLS_BAG_PKCS8_KEY ||
	    it->type == GNUTLS_BAG_PKCS8_ENCRYPTED_KEY);
}

/* "a, b, c": the labels of the keys, for messages. */
static char *
labels_of(const struct p12_item *items, size_t n)
{
	char	*s = xstrdup(""), *t;
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (!is_key(&items[i]))
			continue;
		xasprintf(&t, "%s%s'%s'", s, *s ? ", " : "",
		    items[i].label != NULL ? items[i].label : "(none)");
		free(s);
		s = t;
	}
	return (s);
}

static int
key_id_equal(gnutls_x509_crt_t crt, const unsigned char *kid, size_t klen)
{
	unsigned char	buf[64];
	size_t		len = sizeof buf;

	if (gnutls_x509_crt_get_key_id(crt, 0, buf, &len) < 0)
		return (0);
	return (len == klen && memcmp(buf, kid, len) == 0);
}

int
probe_identity_pkcs12(const char *file, const char *label,
    const char *password, struct probe_identity **out, char **why)
{
	struct probe_identity	*id = NULL;
	struct p12_item		*items = NULL, *key = NULL;
	gnutls_x509_privkey_t	 xk = NULL;
	gnutls_x509_crt_t	*crts = NULL, chain[MAX_CHAIN];
	unsigned char		 kid[64];
	size_t			 n = 0, nkeys = 0, ncrts = 0, klen = sizeof kid;
	size_t			 i, k, nchain = 0;
	char			*labels;
	int			 ret, rc = -1, leaf = -1;

	*out = NULL;
	if (p12_items(file, password, &items, &n, why) != 0)
		return (-1);
	for (i = 0; i < n; i++) {
		if (!is_key(&items[i]))
			continue;
		nkeys++;
		if (label != NULL ? (items[i].label != NULL &&
		    strcmp(items[i].label, label) == 0) : key == NULL)
			key = &items[i];
	}
	if (nkeys == 0) {
		fail(why, "%s: no private key in the file", file);
		goto out;
	}
	if (key == NULL || (label == NULL && nkeys > 1)) {
		labels = labels_of(items, n);
		if (label == NULL)
			fail(why, "%s: %zu identities (labels %s): choose one "
			    "with --label LABEL", file, nkeys, labels);
		else
			fail(why, "%s: no identity labelled '%s' (labels "
			    "there: %s; labels compare exactly)", file, label,
			    labels);
		free(labels);
		goto out;
	}

	gnutls_x509_privkey_init(&xk);
	ret = gnutls_x509_privkey_import_pkcs8(xk, &key->data,
	    GNUTLS_X509_FMT_DER, password,
	    key->type == GNUTLS_BAG_PKCS8_KEY ? GNUTLS_PKCS_PLAIN : 0);
	if (ret < 0) {
		fail(why, "%s: cannot read the key '%s': %s%s", file,
		    key->label != NULL ? key->label : "", gnutls_strerror(ret),
		    password_hint(password));
		goto out;
	}
	if ((ret = gnutls_x509_privkey_get_key_id(xk, 0, kid, &klen)) < 0) {
		fail(why, "%s: %s", file, gnutls_strerror(ret));
		goto out;
	}

	crts = xcalloc(n, sizeof *crts);
	for (i = 0; i < n; i++) {
		if (items[i].type != GNUTLS_BAG_CERTIFICATE)
			continue;
		gnutls_x509_crt_init(&crts[ncrts]);
		if (gnutls_x509_crt_import(crts[ncrts], &items[i].data,
		    GNUTLS_X509_FMT_DER) < 0) {
			gnutls_x509_crt_deinit(crts[ncrts]);
			continue;
		}
		if (leaf < 0 && key_id_equal(crts[ncrts], kid, klen))
			leaf = (int)ncrts;
		ncrts++;
	}
	if (leaf < 0) {
		fail(why, "%s: no certificate for the key '%s'", file,
		    key->label != NULL ? key->label : "");
		goto out;
	}
	/* Leaf first, then each issuer found in the file, up to a root. */
	chain[nchain++] = crts[leaf];
	while (nchain < MAX_CHAIN) {
		gnutls_x509_crt_t cur = chain[nchain - 1];

		if (gnutls_x509_crt_check_issuer(cur, cur))
			break;
		for (k = 0; k < ncrts; k++)
			if (crts[k] != cur &&
			    gnutls_x509_crt_check_issuer(cur, crts[k]))
				break;
		if (k == ncrts)
			break;
		for (i = 0; i < nchain && chain[i] != crts[k]; i++)
			;
		if (i < nchain)
			break;		/* a loop */
		chain[nchain++] = crts[k];
	}

	id = xcalloc(1, sizeof *id);
	id->pcerts = xcalloc(nchain, sizeof *id->pcerts);
	for (i = 0; i < nchain; i++) {
		if ((ret = gnutls_pcert_import_x509(&id->pcerts[i], chain[i],
		    0)) < 0) {
			fail(why, "%s: %s", file, gnutls_strerror(ret));
			goto out;
		}
		id->npcerts++;
	}
	gnutls_privkey_init(&id->key);
	if ((ret = gnutls_privkey_import_x509(id->key, xk,
	    GNUTLS_PRIVKEY_IMPORT_AUTO_RELEASE)) < 0) {
		fail(why, "%s: %s", file, gnutls_strerror(ret));
		goto out;
	}
	xk = NULL;
	if (identity_cert(id, why) != 0)
		goto out;
	*out = id;
	id = NULL;
	rc = 0;
out:
	if (xk != NULL)
		gnutls_x509_privkey_deinit(xk);
	for (i = 0; i < ncrts; i++)
		gnutls_x509_crt_deinit(crts[i]);
	free(crts);
	items_free(items, n);
	probe_identity_free(id);
	return (rc);
}

void
probe_identity_free(struct probe_identity *id)
{
	unsigned	i;

	if (id == NULL)
		return;
	for (i = 0; i < id->npcerts; i++)
		gnutls_pcert_deinit(&id->pcerts[i]);
	free(id->pcerts);
	if (id->key != NULL)
		gnutls_privkey_deinit(id->key);
	cert_free(id->cert);
	free(id);
}

const struct cert *
probe_identity_cert(const struct probe_identity *id)
{
	return (id->cert);
}

void
probe_identity_gnutls(const struct probe_identity *id,
    gnutls_pcert_st **pcerts, unsigned *npcerts, gnutls_privkey_t *key)
{
	*pcerts = id->pcerts;
	*npcerts = id->npcerts;
	*key = id->key;
}
