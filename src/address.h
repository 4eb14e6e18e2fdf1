/*
 * address.h - CHLAUTH address filters: the generic IP addresses and host
 * name patterns of ADDRESS and ADDRLIST, compiled once and then matched
 * against connecting addresses without allocation or string work.
 *
 * The rules follow ../shared/reference/chlauth.md section 4; decisions on
 * the points it leaves UNCONFIRMED are recorded in address.c.
 */
#ifndef MQTLS_ADDRESS_H
#define MQTLS_ADDRESS_H

#include <stddef.h>
#include <stdint.h>

/* PCF reason codes runmqsc reports for bad addresses (chlauth.md 1.6). */
#define ADDR_RC_RANGE_CONFLICT	3343	/* MQRCCF_IPADDR_RANGE_CONFLICT */
#define ADDR_RC_MAX_EXCEEDED	3344	/* MQRCCF_CHLAUTH_MAX_EXCEEDED */
#define ADDR_RC_IPADDR_ERROR	3345	/* MQRCCF_IPADDR_ERROR */
#define ADDR_RC_RANGE_ERROR	3346	/* MQRCCF_IPADDR_RANGE_ERROR */

/* At most this many patterns in one BLOCKADDR ADDRLIST (else 3344). */
#define ADDR_LIST_MAX		100
/* Longest ADDRESS value accepted: the PCF field (MQ_CONN_NAME_LENGTH). */
#define ADDR_TEXT_MAX		264

#define ADDR_MAXPARTS		8	/* IPv6 groups; IPv4 uses 4 */

enum addr_kind {
	ADDR_NONE = 0,		/* zeroed or failed parse: matches nothing */
	ADDR_ANY,		/* '*': every address */
	ADDR_IPV4,		/* dotted pattern, 4 parts */
	ADDR_IPV6,		/* colon pattern, 8 groups */
	ADDR_HOST,		/* host name or host name pattern */
};

/* One part of an address pattern: lo..hi inclusive ('*' is 0..max). */
struct addr_iv {
	uint16_t	 lo;
	uint16_t	 hi;
};

/*
 * A compiled pattern.  A '*' covers one or more whole parts; with a
 * single '*' its width is fixed by the address length, so the pattern
 * compiles to one interval per part (iv[]).  Several '*'s can be placed
 * in more than one way (*.1.* puts the 1 second or third): each placement
 * is an "alternative", the first in iv[] and the rest in more[].
 *
 * The struct owns heap memory (more, host, text): release it with
 * addr_pattern_free().  It may be moved with memcpy, but only one copy
 * may be freed.
 */
struct addr_pattern {
	enum addr_kind	 kind;
	uint8_t		 nparts;	/* 4 or 8 for IP kinds, else 0 */
	uint8_t		 nalt;		/* alternatives, 1 + extra in more[] */
	uint8_t		 nstar;		/* '*' parts as written */
	uint8_t		 nrange;	/* lo-hi parts as written */
	uint64_t	 v4lo;		/* IPv4: iv[] packed, 16 bits a part */
	uint64_t	 v4width;	/* IPv4: hi - lo, packed likewise */
	struct addr_iv	 iv[ADDR_MAXPARTS];
	struct addr_iv	*more;		/* (nalt - 1) * nparts intervals */

	/* ADDR_HOST: lower case, without the leading/trailing '*'. */
	char		*host;
	size_t		 hostlen;
	uint8_t		 host_lead;	/* pattern started with '*' */
	uint8_t		 host_trail;	/* pattern ended with '*' */

	char		*text;		/* canonical rendering */
};

/* Why a pattern was rejected. */
struct addr_error {
	size_t		 offset;	/* byte offset into the input */
	int		 reason;	/* ADDR_RC_* (3345 or 3346) */
	char		 message[224];	/* what is wrong, what to write */
};

/*
 * A concrete connecting address.  Fill it with addr_parse_ip() or
 * addr_ip_set(), not by hand: v4packed must agree with v4[].
 */
#define ADDR_FAMILY_IPV4	4
#define ADDR_FAMILY_IPV6	6

struct addr_ip {
	int		 family;	/* ::ffff:a.b.c.d counts as IPv4 */
	uint16_t	 v4[4];		/* family IPv4 only */
	uint16_t	 v6[8];		/* always; IPv4 as ::ffff:a.b.c.d */
	uint64_t	 v4packed;	/* v4[], 16 bits a part, for matching */
};

/* addr_parse_ip() results. */
#define ADDR_IP_OK		0
#define ADDR_IP_INVALID		(-1)	/* not an address at all */
#define ADDR_IP_GENERIC		(-2)	/* a pattern, not one address */
#define ADDR_IP_HOSTNAME	(-3)	/* a host name, not an address */

/*
 * Compile the ADDRESS or ADDRLIST value s[0..len) (without its quotes).
 * Host names are accepted only if allow_hostnames (ADDRESS; never in
 * ADDRLIST).  Returns 0, or -1 with *err (if not NULL) filled in and
 * *out zeroed.
 */
int		 addr_pattern_parse(const char *s, size_t len,
		    int allow_hostnames, struct addr_pattern *out,
		    struct addr_error *err);
void		 addr_pattern_free(struct addr_pattern *);
/*
 * Canonical text: numbers without leading zeros, IPv6 in eight upper-case
 * groups with no '::', host names in lower case.  Two patterns with the
 * same text match the same addresses.
 */
const char	*addr_pattern_text(const struct addr_pattern *);

/*
 * Parse the address of a connection as the user gives it: an IPv4 dotted
 * quad or an IPv6 literal.  Returns ADDR_IP_OK or an ADDR_IP_* error.
 */
int		 addr_parse_ip(const char *s, struct addr_ip *out);
/*
 * Fill *out from an address in network byte order: 4 bytes (struct
 * in_addr) or 16 (struct in6_addr).  Returns 0, or -1 if len is wrong.
 */
int		 addr_ip_set(struct addr_ip *out, const void *bytes,
		    size_t len);
/* Render an address (IPv4 dotted, IPv6 as RFC 5952); len >= 46. */
void		 addr_ip_format(const struct addr_ip *, char *buf, size_t len);

/*
 * Does a connection from ip (may be NULL), whose reverse lookup gave
 * hostname (NULL: REVDNS disabled or lookup failed), match the pattern?
 * Returns 1 or 0.  No allocation; no string work unless the pattern is
 * a host name pattern.
 */
int		 addr_match(const struct addr_pattern *,
		    const struct addr_ip *ip, const char *hostname);

/*
 * Order two ADDRESS filters by specificity, most specific first: < 0 if
 * a is more specific than b, > 0 if b is, 0 if the order is not decided
 * (the caller should log such a tie).  Usable with qsort() on patterns
 * that all match one connection.  The ranking is UNCONFIRMED; see
 * address.c.
 */
int		 addr_specificity_cmp(const struct addr_pattern *a,
		    const struct addr_pattern *b);

/*
 * MQRCCF_IPADDR_RANGE_CONFLICT (3343): 1 if a and b are IP patterns, at
 * least one has a lo-high range, and the addresses they cover overlap
 * without one containing the other.  The caller applies it to filters on
 * the same channel profile.
 */
int		 addr_ranges_conflict(const struct addr_pattern *a,
		    const struct addr_pattern *b);

#endif
