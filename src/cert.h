/*
 * cert.h - X.509 certificates read with GnuTLS, seen the way IBM MQ sees
 * them: subject and issuer as struct dn in MQ's order, the subject with
 * the certificate serial in front (what SSLPEER matches), and the serial
 * as MQ prints it.  Errors come back as messages; nothing is printed.
 */
#ifndef MQTLS_CERT_H
#define MQTLS_CERT_H

#include <stddef.h>
#include <time.h>

#include "dn.h"

/* cert_load() and cert_from_der() flags. */
#define CERT_SAN_NAMES		0x1	/* peer gets SAN dNSNames (below) */

/* cert_verify_flags() flags. */
#define CERT_VERIFY_ALLOW_SHA1	0x1	/* accept SHA-1 signatures */

struct cert_der {
	unsigned char	*data;
	size_t		 len;
};

struct cert {
	struct dn	 subject;	/* the subject DN, MQ order */
	struct dn	 issuer;	/* the issuer DN, what SSLCERTI sees */
	struct dn	 peer;		/* SERIALNUMBER + subject, SSLPEER's */
	char		*serial;	/* "53:B1:37:A1", DER bytes kept */
	time_t		 not_before;
	time_t		 not_after;
	char		**dns_names;	/* subjectAltName dNSNames, in order */
	size_t		 ndns_names;
	struct cert_der	 der;		/* this certificate */
	struct cert_der	*chain;		/* the rest of a PEM file, in order */
	size_t		 nchain;
};

int	 cert_load(const char *, unsigned, struct cert **, char **);
int	 cert_from_der(const void *, size_t, unsigned, struct cert **,
	     char **);
void	 cert_free(struct cert *);
int	 cert_dn_from_der(const void *, size_t, struct dn *, char **);
int	 cert_verify(const struct cert *, const char *, char **);
int	 cert_verify_flags(const struct cert *, const char *, unsigned,
	     unsigned *, char **);
char	*cert_status_ids(unsigned);

#endif
