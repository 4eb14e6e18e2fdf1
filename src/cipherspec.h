/*
 * cipherspec.h - IBM MQ CipherSpecs (SSLCIPH values) and what they mean on
 * the wire.  The table itself is in cipherspec.c; its content follows
 * ../shared/reference/ciphers.md section 1.2 and is keyed by the MQ name,
 * never by the suite code (one code can carry two MQ names).
 */
#ifndef MQTLS_CIPHERSPEC_H
#define MQTLS_CIPHERSPEC_H

#include <stddef.h>

enum cs_protocol {
	CS_PROTO_ANY = 0,	/* alias ANY */
	CS_PROTO_SSL30,
	CS_PROTO_TLS10,
	CS_PROTO_TLS12,
	CS_PROTO_TLS13,
};

enum cs_status {
	CS_ENABLED = 0,		/* enabled by default on 9.3/9.4 */
	CS_DEPRECATED,		/* disabled unless re-enabled (AMQ8242) */
};

/* Flags. */
#define CS_ALIAS	0x01u	/* ANY_* alias, not a single suite */
#define CS_MIN_PROTO	0x02u	/* alias meaning "this version or newer" */
#define CS_FIPS		0x04u	/* FIPS-approved per IBM's table */
#define CS_FS		0x08u	/* forward secret (ECDHE or TLS 1.3) */
#define CS_WEAK		0x10u	/* NULL, RC4, DES, 3DES, export or MD5 */
#define CS_CBC		0x20u	/* CBC mode (no AEAD) */
#define CS_NOT_IN_MQ	0x40u	/* UNCONFIRMED that MQ offers it at all */

struct cipherspec {
	const char	*name;		/* MQ name, as in SSLCIPH */
	enum cs_protocol proto;
	unsigned	 code;		/* TLS suite code, 0 for aliases */
	const char	*iana;		/* IANA suite name, NULL if none */
	enum cs_status	 status;
	unsigned	 flags;		/* CS_* */
	const char	*replacement;	/* suggested modern CipherSpec */
	const char	*gnutls;	/* GnuTLS priority offering exactly
					   this suite (aliases: their set),
					   or NULL: GnuTLS cannot offer it */
};

extern const struct cipherspec cipherspecs[];
extern const size_t ncipherspecs;

/* Exact, case-sensitive lookup by MQ name (SSLCIPH values are upper case). */
const struct cipherspec *cipherspec_find(const char *name);
const char *cipherspec_proto_name(enum cs_protocol proto);
/*
 * What a user may type for a CipherSpec: the MQ name, or the IANA name of
 * a suite (what Java users know), which stands for the MQ CipherSpec of
 * that code on TLS 1.2 or 1.3 (tls.md 1.5).  NULL if neither.
 */
const struct cipherspec *cipherspec_find_input(const char *name);
/* The MQ CipherSpec for a negotiated suite (IANA name) on proto, or NULL. */
const struct cipherspec *cipherspec_find_iana(const char *iana,
    enum cs_protocol proto);
/*
 * Does SSLCIPH value want (a CipherSpec or an alias) accept the specific
 * CipherSpec got?  An alias accepts the enabled CipherSpecs of its
 * protocols (ciphers.md 1.1); a specific value only itself.
 */
int cipherspec_accepts(const struct cipherspec *want,
    const struct cipherspec *got);
/* The closest CipherSpec name to a misspelt one, or NULL. */
const char *cipherspec_suggest(const char *name);

#endif
