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

/* Suggested replacements. */
#define R_RSA128	"ECDHE_RSA_AES_128_GCM_SHA256"
#define R_RSA256	"ECDHE_RSA_AES_256_GCM_SHA384"
#define R_ECDSA128	"ECDHE_ECDSA_AES_128_GCM_SHA256"
#define R_ECDSA256	"ECDHE_ECDSA_AES_256_GCM_SHA384"

const struct cipherspec cipherspecs[] = {
	{ "AES_SHA_US", CS_PROTO_SSL30, 0x002F,
	  "TLS_RSA_WITH_AES_128_CBC_SHA", DEP, CBC, R_RSA128 },
	{ "ANY", CS_PROTO_ANY, 0, NULL, EN, ALIAS | MINP,
	  "ANY_TLS12_OR_HIGHER" },
	{ "ANY_TLS12", CS_PROTO_TLS12, 0, NULL, EN, ALIAS,
	  "ANY_TLS12_OR_HIGHER" },
	{ "ANY_TLS12_OR_HIGHER", CS_PROTO_TLS12, 0, NULL, EN, ALIAS | MINP,
	  NULL },
	{ "ANY_TLS13", CS_PROTO_TLS13, 0, NULL, EN, ALIAS | FS,
	  "ANY_TLS13_OR_HIGHER" },
	{ "ANY_TLS13_OR_HIGHER", CS_PROTO_TLS13, 0, NULL, EN,
	  ALIAS | MINP | FS, NULL },
	{ "DES_SHA_EXPORT", CS_PROTO_SSL30, 0x0009,
	  "TLS_RSA_WITH_DES_CBC_SHA", DEP, WEAK | CBC, R_RSA256 },
	/* 0x0062 is a withdrawn draft code with no IANA name. */
	{ "DES_SHA_EXPORT1024", CS_PROTO_SSL30, 0x0062, NULL, DEP,
	  WEAK | CBC, R_RSA256 },
	{ "ECDHE_ECDSA_3DES_EDE_CBC_SHA256", CS_PROTO_TLS12, 0xC008,
	  "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", DEP,
	  FIPS | FS | WEAK | CBC, R_ECDSA256 },
	{ "ECDHE_ECDSA_AES_128_CBC_SHA256", CS_PROTO_TLS12, 0xC023,
	  "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", EN, FIPS | FS | CBC,
	  R_ECDSA128 },
	{ "ECDHE_ECDSA_AES_128_GCM_SHA256", CS_PROTO_TLS12, 0xC02B,
	  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", EN, FIPS | FS, NULL },
	{ "ECDHE_ECDSA_AES_256_CBC_SHA384", CS_PROTO_TLS12, 0xC024,
	  "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", EN, FIPS | FS | CBC,
	  R_ECDSA256 },
	{ "ECDHE_ECDSA_AES_256_GCM_SHA384", CS_PROTO_TLS12, 0xC02C,
	  "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", EN, FIPS | FS, NULL },
	{ "ECDHE_ECDSA_CHACHA20_POLY1305_SHA256", CS_PROTO_TLS12, 0xCCA9,
	  "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", EN, FS | NOTMQ,
	  "TLS_CHACHA20_POLY1305_SHA256" },
	{ "ECDHE_ECDSA_NULL_SHA256", CS_PROTO_TLS12, 0xC006,
	  "TLS_ECDHE_ECDSA_WITH_NULL_SHA", DEP, FS | WEAK, R_ECDSA256 },
	{ "ECDHE_ECDSA_RC4_128_SHA256", CS_PROTO_TLS12, 0xC007,
	  "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", DEP, FS | WEAK, R_ECDSA256 },
	{ "ECDHE_RSA_3DES_EDE_CBC_SHA256", CS_PROTO_TLS12, 0xC012,
	  "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", DEP,
	  FIPS | FS | WEAK | CBC, R_RSA256 },
	{ "ECDHE_RSA_AES_128_CBC_SHA256", CS_PROTO_TLS12, 0xC027,
	  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", EN, FIPS | FS | CBC,
	  R_RSA128 },
	{ "ECDHE_RSA_AES_128_GCM_SHA256", CS_PROTO_TLS12, 0xC02F,
	  "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", EN, FIPS | FS, NULL },
	{ "ECDHE_RSA_AES_256_CBC_SHA384", CS_PROTO_TLS12, 0xC028,
	  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", EN, FIPS | FS | CBC,
	  R_RSA256 },
	{ "ECDHE_RSA_AES_256_GCM_SHA384", CS_PROTO_TLS12, 0xC030,
	  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", EN, FIPS | FS, NULL },
	{ "ECDHE_RSA_CHACHA20_POLY1305_SHA256", CS_PROTO_TLS12, 0xCCA8,
	  "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", EN, FS | NOTMQ,
	  "TLS_CHACHA20_POLY1305_SHA256" },
	{ "ECDHE_RSA_NULL_SHA256", CS_PROTO_TLS12, 0xC010,
	  "TLS_ECDHE_RSA_WITH_NULL_SHA", DEP, FS | WEAK, R_RSA256 },
	{ "ECDHE_RSA_RC4_128_SHA256", CS_PROTO_TLS12, 0xC011,
	  "TLS_ECDHE_RSA_WITH_RC4_128_SHA", DEP, FS | WEAK, R_RSA256 },
	/* 0xFEFE and 0xFEFF are vendor-private codes with no IANA name. */
	{ "FIPS_WITH_3DES_EDE_CBC_SHA", CS_PROTO_SSL30, 0xFEFF, NULL, DEP,
	  WEAK | CBC, R_RSA256 },
	{ "FIPS_WITH_DES_CBC_SHA", CS_PROTO_SSL30, 0xFEFE, NULL, DEP,
	  WEAK | CBC, R_RSA256 },
	{ "NULL_MD5", CS_PROTO_SSL30, 0x0001, "TLS_RSA_WITH_NULL_MD5", DEP,
	  WEAK, R_RSA256 },
	{ "NULL_SHA", CS_PROTO_SSL30, 0x0002, "TLS_RSA_WITH_NULL_SHA", DEP,
	  WEAK, R_RSA256 },
	{ "RC2_MD5_EXPORT", CS_PROTO_SSL30, 0x0006,
	  "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5", DEP, WEAK | CBC, R_RSA256 },
	/* 0x0064 is a withdrawn draft code with no IANA name. */
	{ "RC4_56_SHA_EXPORT1024", CS_PROTO_SSL30, 0x0064, NULL, DEP, WEAK,
	  R_RSA256 },
	{ "RC4_MD5_EXPORT", CS_PROTO_SSL30, 0x0003,
	  "TLS_RSA_EXPORT_WITH_RC4_40_MD5", DEP, WEAK, R_RSA256 },
	{ "RC4_MD5_US", CS_PROTO_SSL30, 0x0004, "TLS_RSA_WITH_RC4_128_MD5",
	  DEP, WEAK, R_RSA256 },
	{ "RC4_SHA_US", CS_PROTO_SSL30, 0x0005, "TLS_RSA_WITH_RC4_128_SHA",
	  DEP, WEAK, R_RSA256 },
	{ "TLS_AES_128_CCM_8_SHA256", CS_PROTO_TLS13, 0x1305,
	  "TLS_AES_128_CCM_8_SHA256", EN, FS, NULL },
	{ "TLS_AES_128_CCM_SHA256", CS_PROTO_TLS13, 0x1304,
	  "TLS_AES_128_CCM_SHA256", EN, FS, NULL },
	{ "TLS_AES_128_GCM_SHA256", CS_PROTO_TLS13, 0x1301,
	  "TLS_AES_128_GCM_SHA256", EN, FS, NULL },
	{ "TLS_AES_256_GCM_SHA384", CS_PROTO_TLS13, 0x1302,
	  "TLS_AES_256_GCM_SHA384", EN, FS, NULL },
	{ "TLS_CHACHA20_POLY1305_SHA256", CS_PROTO_TLS13, 0x1303,
	  "TLS_CHACHA20_POLY1305_SHA256", EN, FS, NULL },
	{ "TLS_RSA_WITH_3DES_EDE_CBC_SHA", CS_PROTO_TLS10, 0x000A,
	  "TLS_RSA_WITH_3DES_EDE_CBC_SHA", DEP, FIPS | WEAK | CBC,
	  R_RSA256 },
	/* TLS 1.0 deprecation release UNCONFIRMED; deprecated on 9.3/9.4. */
	{ "TLS_RSA_WITH_AES_128_CBC_SHA", CS_PROTO_TLS10, 0x002F,
	  "TLS_RSA_WITH_AES_128_CBC_SHA", DEP, FIPS | CBC, R_RSA128 },
	{ "TLS_RSA_WITH_AES_128_CBC_SHA256", CS_PROTO_TLS12, 0x003C,
	  "TLS_RSA_WITH_AES_128_CBC_SHA256", EN, FIPS | CBC, R_RSA128 },
	{ "TLS_RSA_WITH_AES_128_GCM_SHA256", CS_PROTO_TLS12, 0x009C,
	  "TLS_RSA_WITH_AES_128_GCM_SHA256", EN, FIPS, R_RSA128 },
	{ "TLS_RSA_WITH_AES_256_CBC_SHA", CS_PROTO_TLS10, 0x0035,
	  "TLS_RSA_WITH_AES_256_CBC_SHA", DEP, FIPS | CBC, R_RSA256 },
	{ "TLS_RSA_WITH_AES_256_CBC_SHA256", CS_PROTO_TLS12, 0x003D,
	  "TLS_RSA_WITH_AES_256_CBC_SHA256", EN, FIPS | CBC, R_RSA256 },
	{ "TLS_RSA_WITH_AES_256_GCM_SHA384", CS_PROTO_TLS12, 0x009D,
	  "TLS_RSA_WITH_AES_256_GCM_SHA384", EN, FIPS, R_RSA256 },
	{ "TLS_RSA_WITH_DES_CBC_SHA", CS_PROTO_TLS10, 0x0009,
	  "TLS_RSA_WITH_DES_CBC_SHA", DEP, WEAK | CBC, R_RSA256 },
	{ "TLS_RSA_WITH_NULL_SHA256", CS_PROTO_TLS12, 0x003B,
	  "TLS_RSA_WITH_NULL_SHA256", DEP, WEAK, R_RSA256 },
	{ "TLS_RSA_WITH_RC4_128_SHA256", CS_PROTO_TLS12, 0x0005,
	  "TLS_RSA_WITH_RC4_128_SHA", DEP, WEAK, R_RSA256 },
	{ "TRIPLE_DES_SHA_US", CS_PROTO_SSL30, 0x000A,
	  "TLS_RSA_WITH_3DES_EDE_CBC_SHA", DEP, WEAK | CBC, R_RSA256 },
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
