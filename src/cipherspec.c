/*
 * cipherspec.c - the IBM MQ CipherSpec table and its lookups.
 *
 * SSLCIPH takes MQ CipherSpec names, which are not IANA suite names: some
 * differ for the same wire code, and one code can carry two MQ names on
 * different protocols.  This file owns the mapping from each MQ name to its
 * protocol, suite code, IANA name, 9.3/9.4 status and properties (alias,
 * FIPS, forward secrecy, weakness, CBC), plus the replacement the linter
 * suggests.  Rows follow ../shared/reference/ciphers.md section 1.2, keyed
 * and sorted by MQ name so that cipherspec_find() can use bsearch().
 *
 * Decisions on items the reference marks UNCONFIRMED or "?":
 * - FIPS is set only where IBM's tables (as summarised in ciphers.md) say
 *   Yes, plus the three ECDHE_RSA AES suites marked "Yes expected": they
 *   use the same FIPS algorithms as their ECDHE_ECDSA twins.  The TLS 1.3
 *   AES suites ("?") are not flagged.
 * - The TLS 1.2 TLS_RSA_WITH_AES_* suites are taken as still enabled on
 *   9.4 (status UNCONFIRMED); they are flagged non-forward-secret instead.
 * - The two TLS 1.2 CHACHA20 rows carry CS_NOT_IN_MQ: it is unconfirmed
 *   that MQ offers them at all, so their status field means nothing.
 * - TRIPLE_DES_SHA_US uses code 0x000A (hex UNCONFIRMED; the suite name
 *   comes from the JSSE mapping).
 * - Replacements: the GCM twin for CBC suites, ECDHE_RSA AES-GCM for
 *   RSA key exchange and old protocols (most MQ certificates are RSA),
 *   ECDHE_ECDSA AES-GCM for weak ECDSA suites, and the "or higher" alias
 *   for the fixed-protocol aliases.
 */

#include <stdlib.h>
#include <string.h>

#include "cipherspec.h"
#include "schema.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/* Shorthands for the flag combinations used below. */
#define ALIAS		CS_ALIAS
#define MINP		CS_MIN_PROTO
#define FIPS		CS_FIPS
#define FS		CS_FS
#define WEAK		CS_WEAK
#define CBC		CS_CBC
#define NOTMQ		CS_NOT_IN_MQ

#define EN		CS_ENABLED
#define DEP		CS_DEPRECATED

/*
 * GnuTLS priority strings (tls.md 1.4 and 1.5, each checked there with
 * gnutls-cli --list and real handshakes).  A suite is pinned by starting
 * from NORMAL (sane groups and signature algorithms) and replacing the
 * version, cipher, MAC and key exchange lists.  NULL ciphers never share
 * a string with TLS 1.3 ("+NULL" removes TLS 1.3, tls.md 1.4).  SSL 3.0,
 * single DES, export and MD5 suites have no string: GnuTLS 3.7 cannot
 * offer them (tls.md 1.7), and probe says so instead of offering
 * something else.
 */
#define P12(c, m, k)	"NORMAL:-VERS-ALL:+VERS-TLS1.2:-CIPHER-ALL:+" c \
			":-MAC-ALL:+" m ":-KX-ALL:+" k
#define P13(c)		"NORMAL:-VERS-ALL:+VERS-TLS1.3:-CIPHER-ALL:+" c \
			":-MAC-ALL:+AEAD"
#define P10(c)		"NORMAL:-VERS-ALL:+VERS-TLS1.0:-CIPHER-ALL:+" c \
			":-MAC-ALL:+SHA1:-KX-ALL:+RSA"
/* MQ's five TLS 1.3 CipherSpecs: NORMAL lacks CCM-8. */
#define P_ANY13		"NORMAL:-VERS-ALL:+VERS-TLS1.3:+AES-128-CCM-8"
/* MQ's twelve enabled TLS 1.2 CipherSpecs, exactly. */
#define P_ANY12		"NORMAL:-VERS-ALL:+VERS-TLS1.2:-CIPHER-ALL:" \
			"+AES-256-GCM:+AES-128-GCM:+AES-256-CBC:+AES-128-CBC:" \
			"-MAC-ALL:+AEAD:+SHA256:+SHA384:" \
			"-KX-ALL:+ECDHE-ECDSA:+ECDHE-RSA:+RSA"
/*
 * Both, plus the TLS 1.2 ChaCha20 suites.  Enabling CCM for TLS 1.3 also
 * enables four TLS 1.2 CCM suites MQ does not have: a superset that
 * cannot be avoided (tls.md 1.5); probe flags such a suite if chosen.
 * ANY is taken as ANY_TLS12_OR_HIGHER: older protocols are off in MQ
 * unless re-enabled.
 */
#define P_ANY		"NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2:" \
			"-CIPHER-ALL:+AES-256-GCM:+AES-128-GCM:" \
			"+CHACHA20-POLY1305:+AES-128-CCM:+AES-128-CCM-8:" \
			"+AES-256-CBC:+AES-128-CBC:-MAC-ALL:+AEAD:+SHA256:" \
			"+SHA384:-KX-ALL:+ECDHE-ECDSA:+ECDHE-RSA:+RSA"

/* Suggested replacements. */
#define R_RSA128	"ECDHE_RSA_AES_128_GCM_SHA256"
#define R_RSA256	"ECDHE_RSA_AES_256_GCM_SHA384"
#define R_ECDSA128	"ECDHE_ECDSA_AES_128_GCM_SHA256"
#define R_ECDSA256	"ECDHE_ECDSA_AES_256_GCM_SHA384"

const struct cipherspec cipherspecs[] = {
	{ "AES_SHA_US", CS_PROTO_SSL30, 0x002F,
	  "TLS_RSA_WITH_AES_128_CBC_SHA", DEP, CBC, R_RSA128, NULL },
	{ "ANY", CS_PROTO_ANY, 0, NULL, EN, ALIAS | MINP,
	  "ANY_TLS12_OR_HIGHER",
	  P_ANY },
	{ "ANY_TLS12", CS_PROTO_TLS12, 0, NULL, EN, ALIAS,
	  "ANY_TLS12_OR_HIGHER",
	  P_ANY12 },
	{ "ANY_TLS12_OR_HIGHER", CS_PROTO_TLS12, 0, NULL, EN, ALIAS | MINP,
	  NULL,
	  P_ANY },
	{ "ANY_TLS13", CS_PROTO_TLS13, 0, NULL, EN, ALIAS | FS,
	  "ANY_TLS13_OR_HIGHER",
	  P_ANY13 },
	{ "ANY_TLS13_OR_HIGHER", CS_PROTO_TLS13, 0, NULL, EN,
	  ALIAS | MINP | FS, NULL,
	  P_ANY13 },
	{ "DES_SHA_EXPORT", CS_PROTO_SSL30, 0x0009,
	  "TLS_RSA_WITH_DES_CBC_SHA", DEP, WEAK | CBC, R_RSA256, NULL },
	/* 0x0062 is a withdrawn draft code with no IANA name. */
	{ "DES_SHA_EXPORT1024", CS_PROTO_SSL30, 0x0062, NULL, DEP,
	  WEAK | CBC, R_RSA256, NULL },
	{ "ECDHE_ECDSA_3DES_EDE_CBC_SHA256", CS_PROTO_TLS12, 0xC008,
	  "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", DEP,
	  FIPS | FS | WEAK | CBC, R_ECDSA256,
	  P12("3DES-CBC", "SHA1", "ECDHE-ECDSA") },
	{ "ECDHE_ECDSA_AES_128_CBC_SHA256", CS_PROTO_TLS12, 0xC023,
	  "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", EN, FIPS | FS | CBC,
	  R_ECDSA128,
	  P12("AES-128-CBC", "SHA256", "ECDHE-ECDSA") },
	{ "ECDHE_ECDSA_AES_128_GCM_SHA256", CS_PROTO_TLS12, 0xC02B,
	  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", EN, FIPS | FS, NULL,
	  P12("AES-128-GCM", "AEAD", "ECDHE-ECDSA") },
	{ "ECDHE_ECDSA_AES_256_CBC_SHA384", CS_PROTO_TLS12, 0xC024,
	  "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", EN, FIPS | FS | CBC,
	  R_ECDSA256,
	  P12("AES-256-CBC", "SHA384", "ECDHE-ECDSA") },
	{ "ECDHE_ECDSA_AES_256_GCM_SHA384", CS_PROTO_TLS12, 0xC02C,
	  "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", EN, FIPS | FS, NULL,
	  P12("AES-256-GCM", "AEAD", "ECDHE-ECDSA") },
	{ "ECDHE_ECDSA_CHACHA20_POLY1305_SHA256", CS_PROTO_TLS12, 0xCCA9,
	  "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", EN, FS | NOTMQ,
	  "TLS_CHACHA20_POLY1305_SHA256",
	  P12("CHACHA20-POLY1305", "AEAD", "ECDHE-ECDSA") },
	{ "ECDHE_ECDSA_NULL_SHA256", CS_PROTO_TLS12, 0xC006,
	  "TLS_ECDHE_ECDSA_WITH_NULL_SHA", DEP, FS | WEAK, R_ECDSA256,
	  P12("NULL", "SHA1", "ECDHE-ECDSA") },
	{ "ECDHE_ECDSA_RC4_128_SHA256", CS_PROTO_TLS12, 0xC007,
	  "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", DEP, FS | WEAK, R_ECDSA256,
	  P12("ARCFOUR-128", "SHA1", "ECDHE-ECDSA") },
	{ "ECDHE_RSA_3DES_EDE_CBC_SHA256", CS_PROTO_TLS12, 0xC012,
	  "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", DEP,
	  FIPS | FS | WEAK | CBC, R_RSA256,
	  P12("3DES-CBC", "SHA1", "ECDHE-RSA") },
	{ "ECDHE_RSA_AES_128_CBC_SHA256", CS_PROTO_TLS12, 0xC027,
	  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", EN, FIPS | FS | CBC,
	  R_RSA128,
	  P12("AES-128-CBC", "SHA256", "ECDHE-RSA") },
	{ "ECDHE_RSA_AES_128_GCM_SHA256", CS_PROTO_TLS12, 0xC02F,
	  "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", EN, FIPS | FS, NULL,
	  P12("AES-128-GCM", "AEAD", "ECDHE-RSA") },
	{ "ECDHE_RSA_AES_256_CBC_SHA384", CS_PROTO_TLS12, 0xC028,
	  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", EN, FIPS | FS | CBC,
	  R_RSA256,
	  P12("AES-256-CBC", "SHA384", "ECDHE-RSA") },
	{ "ECDHE_RSA_AES_256_GCM_SHA384", CS_PROTO_TLS12, 0xC030,
	  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", EN, FIPS | FS, NULL,
	  P12("AES-256-GCM", "AEAD", "ECDHE-RSA") },
	{ "ECDHE_RSA_CHACHA20_POLY1305_SHA256", CS_PROTO_TLS12, 0xCCA8,
	  "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", EN, FS | NOTMQ,
	  "TLS_CHACHA20_POLY1305_SHA256",
	  P12("CHACHA20-POLY1305", "AEAD", "ECDHE-RSA") },
	{ "ECDHE_RSA_NULL_SHA256", CS_PROTO_TLS12, 0xC010,
	  "TLS_ECDHE_RSA_WITH_NULL_SHA", DEP, FS | WEAK, R_RSA256,
	  P12("NULL", "SHA1", "ECDHE-RSA") },
	{ "ECDHE_RSA_RC4_128_SHA256", CS_PROTO_TLS12, 0xC011,
	  "TLS_ECDHE_RSA_WITH_RC4_128_SHA", DEP, FS | WEAK, R_RSA256,
	  P12("ARCFOUR-128", "SHA1", "ECDHE-RSA") },
	/* 0xFEFE and 0xFEFF are vendor-private codes with no IANA name. */
	{ "FIPS_WITH_3DES_EDE_CBC_SHA", CS_PROTO_SSL30, 0xFEFF, NULL, DEP,
	  WEAK | CBC, R_RSA256, NULL },
	{ "FIPS_WITH_DES_CBC_SHA", CS_PROTO_SSL30, 0xFEFE, NULL, DEP,
	  WEAK | CBC, R_RSA256, NULL },
	{ "NULL_MD5", CS_PROTO_SSL30, 0x0001, "TLS_RSA_WITH_NULL_MD5", DEP,
	  WEAK, R_RSA256, NULL },
	{ "NULL_SHA", CS_PROTO_SSL30, 0x0002, "TLS_RSA_WITH_NULL_SHA", DEP,
	  WEAK, R_RSA256, NULL },
	{ "RC2_MD5_EXPORT", CS_PROTO_SSL30, 0x0006,
	  "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5", DEP, WEAK | CBC, R_RSA256, NULL },
	/* 0x0064 is a withdrawn draft code with no IANA name. */
	{ "RC4_56_SHA_EXPORT1024", CS_PROTO_SSL30, 0x0064, NULL, DEP, WEAK,
	  R_RSA256, NULL },
	{ "RC4_MD5_EXPORT", CS_PROTO_SSL30, 0x0003,
	  "TLS_RSA_EXPORT_WITH_RC4_40_MD5", DEP, WEAK, R_RSA256, NULL },
	{ "RC4_MD5_US", CS_PROTO_SSL30, 0x0004, "TLS_RSA_WITH_RC4_128_MD5",
	  DEP, WEAK, R_RSA256, NULL },
	{ "RC4_SHA_US", CS_PROTO_SSL30, 0x0005, "TLS_RSA_WITH_RC4_128_SHA",
	  DEP, WEAK, R_RSA256, NULL },
	{ "TLS_AES_128_CCM_8_SHA256", CS_PROTO_TLS13, 0x1305,
	  "TLS_AES_128_CCM_8_SHA256", EN, FS, NULL,
	  P13("AES-128-CCM-8") },
	{ "TLS_AES_128_CCM_SHA256", CS_PROTO_TLS13, 0x1304,
	  "TLS_AES_128_CCM_SHA256", EN, FS, NULL,
	  P13("AES-128-CCM") },
	{ "TLS_AES_128_GCM_SHA256", CS_PROTO_TLS13, 0x1301,
	  "TLS_AES_128_GCM_SHA256", EN, FS, NULL,
	  P13("AES-128-GCM") },
	{ "TLS_AES_256_GCM_SHA384", CS_PROTO_TLS13, 0x1302,
	  "TLS_AES_256_GCM_SHA384", EN, FS, NULL,
	  P13("AES-256-GCM") },
	{ "TLS_CHACHA20_POLY1305_SHA256", CS_PROTO_TLS13, 0x1303,
	  "TLS_CHACHA20_POLY1305_SHA256", EN, FS, NULL,
	  P13("CHACHA20-POLY1305") },
	{ "TLS_RSA_WITH_3DES_EDE_CBC_SHA", CS_PROTO_TLS10, 0x000A,
	  "TLS_RSA_WITH_3DES_EDE_CBC_SHA", DEP, FIPS | WEAK | CBC,
	  R_RSA256,
	  P10("3DES-CBC") },
	/* TLS 1.0 deprecation release UNCONFIRMED; deprecated on 9.3/9.4. */
	{ "TLS_RSA_WITH_AES_128_CBC_SHA", CS_PROTO_TLS10, 0x002F,
	  "TLS_RSA_WITH_AES_128_CBC_SHA", DEP, FIPS | CBC, R_RSA128,
	  P10("AES-128-CBC") },
	{ "TLS_RSA_WITH_AES_128_CBC_SHA256", CS_PROTO_TLS12, 0x003C,
	  "TLS_RSA_WITH_AES_128_CBC_SHA256", EN, FIPS | CBC, R_RSA128,
	  P12("AES-128-CBC", "SHA256", "RSA") },
	{ "TLS_RSA_WITH_AES_128_GCM_SHA256", CS_PROTO_TLS12, 0x009C,
	  "TLS_RSA_WITH_AES_128_GCM_SHA256", EN, FIPS, R_RSA128,
	  P12("AES-128-GCM", "AEAD", "RSA") },
	{ "TLS_RSA_WITH_AES_256_CBC_SHA", CS_PROTO_TLS10, 0x0035,
	  "TLS_RSA_WITH_AES_256_CBC_SHA", DEP, FIPS | CBC, R_RSA256,
	  P10("AES-256-CBC") },
	{ "TLS_RSA_WITH_AES_256_CBC_SHA256", CS_PROTO_TLS12, 0x003D,
	  "TLS_RSA_WITH_AES_256_CBC_SHA256", EN, FIPS | CBC, R_RSA256,
	  P12("AES-256-CBC", "SHA256", "RSA") },
	{ "TLS_RSA_WITH_AES_256_GCM_SHA384", CS_PROTO_TLS12, 0x009D,
	  "TLS_RSA_WITH_AES_256_GCM_SHA384", EN, FIPS, R_RSA256,
	  P12("AES-256-GCM", "AEAD", "RSA") },
	{ "TLS_RSA_WITH_DES_CBC_SHA", CS_PROTO_TLS10, 0x0009,
	  "TLS_RSA_WITH_DES_CBC_SHA", DEP, WEAK | CBC, R_RSA256, NULL },
	{ "TLS_RSA_WITH_NULL_SHA256", CS_PROTO_TLS12, 0x003B,
	  "TLS_RSA_WITH_NULL_SHA256", DEP, WEAK, R_RSA256,
	  P12("NULL", "SHA256", "RSA") },
	{ "TLS_RSA_WITH_RC4_128_SHA256", CS_PROTO_TLS12, 0x0005,
	  "TLS_RSA_WITH_RC4_128_SHA", DEP, WEAK, R_RSA256,
	  P12("ARCFOUR-128", "SHA1", "RSA") },
	{ "TRIPLE_DES_SHA_US", CS_PROTO_SSL30, 0x000A,
	  "TLS_RSA_WITH_3DES_EDE_CBC_SHA", DEP, WEAK | CBC, R_RSA256, NULL },
};
const size_t ncipherspecs = NITEMS(cipherspecs);

static int
cipherspec_cmp(const void *key, const void *elem)
{
	const struct cipherspec	*cs = elem;

	return (strcmp(key, cs->name));
}

const struct cipherspec *
cipherspec_find(const char *name)
{
	if (name == NULL)
		return (NULL);
	return (bsearch(name, cipherspecs, ncipherspecs, sizeof cipherspecs[0],
	    cipherspec_cmp));
}

/*
 * The closest CipherSpec name to a misspelt one.  The edit-distance search
 * lives in schema.c; it treats VT_CIPHER values as this table's names.
 */
const char *
cipherspec_suggest(const char *name)
{
	static const struct schema_attr	sslciph = {
		.name = "SSLCIPH",
		.type = VT_CIPHER,
		.help = "CipherSpec",
	};

	return (schema_suggest_value(&sslciph, name));
}

const char *
cipherspec_proto_name(enum cs_protocol proto)
{
	switch (proto) {
	case CS_PROTO_ANY:
		return ("any");
	case CS_PROTO_SSL30:
		return ("SSL 3.0");
	case CS_PROTO_TLS10:
		return ("TLS 1.0");
	case CS_PROTO_TLS12:
		return ("TLS 1.2");
	case CS_PROTO_TLS13:
		return ("TLS 1.3");
	}
	return ("unknown");
}

const struct cipherspec *
cipherspec_find_input(const char *name)
{
	const struct cipherspec	*cs;
	size_t			 i;

	if ((cs = cipherspec_find(name)) != NULL)
		return (cs);
	if (name == NULL)
		return (NULL);
	for (i = 0; i < ncipherspecs; i++) {
		cs = &cipherspecs[i];
		if (cs->iana != NULL && strcmp(cs->iana, name) == 0 &&
		    (cs->proto == CS_PROTO_TLS12 || cs->proto == CS_PROTO_TLS13))
			return (cs);
	}
	return (NULL);
}

const struct cipherspec *
cipherspec_find_iana(const char *iana, enum cs_protocol proto)
{
	const struct cipherspec	*cs;
	size_t			 i;

	if (iana == NULL)
		return (NULL);
	for (i = 0; i < ncipherspecs; i++) {
		cs = &cipherspecs[i];
		if (cs->proto == proto && cs->iana != NULL &&
		    !(cs->flags & CS_ALIAS) && strcmp(cs->iana, iana) == 0)
			return (cs);
	}
	return (NULL);
}

int
cipherspec_accepts(const struct cipherspec *want,
    const struct cipherspec *got)
{
	if (want == NULL || got == NULL || (got->flags & CS_ALIAS))
		return (0);
	if (!(want->flags & CS_ALIAS))
		return (want == got);
	if (got->status != CS_ENABLED)
		return (0);
	if (want->proto == CS_PROTO_ANY)
		return (got->proto == CS_PROTO_TLS12 ||
		    got->proto == CS_PROTO_TLS13);
	if (want->flags & CS_MIN_PROTO)
		return (got->proto >= want->proto);
	return (got->proto == want->proto);
}
