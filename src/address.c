/*
 * address.c - CHLAUTH address filters: parsing the generic IP addresses
 * and host name patterns of ADDRESS and ADDRLIST into a compiled form,
 * matching a connection against them, ranking two filters by specificity
 * and detecting the partly overlapping ranges runmqsc refuses (3343).
 *
 * An IP pattern is a list of parts separated by '.' (IPv4, 4 parts) or
 * ':' (IPv6, 8 groups).  A part is a number, a range lo-hi, or '*' for
 * one or more whole parts (chlauth.md 4.1, 4.2).  Compiling places each
 * '*' over concrete part positions, so that matching is a comparison of
 * at most eight integers per placement, with no allocation or strings.
 *
 * Decisions on points chlauth.md leaves UNCONFIRMED, with their sources:
 *
 * - Host name or bad IP address.  APAR PH59144 (ibm.com/support/pages/
 *   apar/PH59144) says SET CHLAUTH first tries the value as an IP address
 *   and then as a host name, and that a host name may not have digits in
 *   its top-level label unless that label is an "xn--" name: so 192.0.2
 *   and 1.2.3.4-1.2.3.5 are rejected, not taken as host names.  We apply
 *   the top-level rule only to names with a dot: the IBM PoT lab 8
 *   (chlauth.md [POT-LAB8]) sets ADDRESS('win10').  A value made only of
 *   digits, '.', '*', '-', '/' and blanks, or containing ':', is treated
 *   as an IP address attempt and gets the IP address diagnostic.
 * - Host name syntax: letters, digits and '-' in dot-separated labels of
 *   at most 63 characters, 253 in all (RFC 1123).  '*' is allowed only at
 *   the start and/or end, and matches any run of characters (possibly
 *   none); comparison ignores case; one trailing '.' is ignored.  This is
 *   the assumption of chlauth.md 4.3 (same '*' rule as SSLPEER values);
 *   IBM documentation we could search says nothing more.
 * - Length: ADDR_TEXT_MAX (264) is the PCF field length; the real limit
 *   is unknown (chlauth.md 1.4).  Trailing blanks are ignored (MQ pads
 *   fields with blanks); any other blank is an error.
 * - IPv4-mapped peers.  IBM's "Generic IP addresses" page (q086080_)
 *   only says that MQ understands IPv4-mapped IPv6.  A peer ::ffff:a.b.c.d is
 *   matched as a.b.c.d by IPv4 patterns (chlauth.md 4.1); in turn IPv6
 *   patterns see an IPv4 peer as ::ffff:a.b.c.d (our choice, so that
 *   0:0:0:0:0:FFFF:* covers every IPv4 peer, as on an IPv6 socket).
 * - '::' with '*'.  The IBM page forbids '::' with a trailing '*' because
 *   the number of groups '::' stands for becomes ambiguous; the same is
 *   true of any '*', so we reject '::' with '*' anywhere.  '*' next to
 *   the trailing '*' is refused (as IBM documents); other adjacent '*'s
 *   (*.*.1) are accepted and mean what they say.
 * - Leading zeros (010) are accepted and read as decimal.
 * - Specificity: see addr_specificity_cmp().  Range conflicts: see
 *   addr_ranges_conflict().
 */
#include "config.h"

#include <arpa/inet.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address.h"
#include "xmalloc.h"

/* Most ways a pattern's '*'s can be placed (C(6,2) = 20 for IPv6). */
#define MAXALT		64
/* Work allowed to decide whether one pattern covers another. */
#define COVER_BUDGET	4096

#define HOST_MAX	253
#define LABEL_MAX	63

/* A part as written: number, range or '*'. */
struct tok {
	uint16_t	 lo;
	uint16_t	 hi;
	uint8_t		 star;
	uint8_t		 range;
	size_t		 off;
};

/* How one family writes its parts. */
struct family {
	int		 nparts;
	int		 base;
	unsigned	 max;
	size_t		 maxdigits;
	char		 sep;
	const char	*part;		/* "part" or "group" */
};

static const struct family fam4 = { 4, 10, 255, 3, '.', "part" };
static const struct family fam6 = { 8, 16, 0xffff, 4, ':', "group" };

struct parse {
	const char		*s;
	size_t			 len;
	const struct family	*f;
	struct addr_error	*err;
	struct tok		 tok[ADDR_MAXPARTS];
	int			 ntok;
};

static int	fail(struct addr_error *, size_t, int, const char *, ...)
		    __attribute__((format(printf, 4, 5)));

static int
fail(struct addr_error *err, size_t off, int reason, const char *fmt, ...)
{
	va_list	ap;

	err->offset = off;
	err->reason = reason;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return -1;
}

/* Describe a byte for a message: 'x', or its value if not printable. */
static const char *
byte_name(char c, char *buf, size_t len)
{
	unsigned char	u = (unsigned char)c;

	if (u == ' ')
		snprintf(buf, len, "a blank");
	else if (u > 0x20 && u < 0x7f)
		snprintf(buf, len, "'%c'", c);
	else
		snprintf(buf, len, "byte 0x%02X", u);
	return buf;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int
digit_value(char c, int base)
{
	if (is_digit(c))
		return c - '0';
	if (base == 16 && c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (base == 16 && c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Error for a byte that cannot appear in an IP part. */
static int
bad_ip_byte(struct parse *p, size_t i)
{
	char	name[16];
	char	c = p->s[i];

	if (c == '*')
		return fail(p->err, i, ADDR_RC_IPADDR_ERROR,
		    "'*' must be a whole %s on its own, between '%c' "
		    "separators: write 192.0.* or 2001:DB8:*, not 192.0* "
		    "or 2001:DB8*.", p->f->part, p->f->sep);
	if (c == '/' && p->f == &fam4)
		return fail(p->err, i, ADDR_RC_IPADDR_ERROR,
		    "Prefix lengths such as /24 are not supported: use '*' "
		    "for whole trailing parts (192.0.2.*) or a range in one "
		    "part (192.0.2.0-127).");
	if (c == '/')
		return fail(p->err, i, ADDR_RC_IPADDR_ERROR,
		    "Prefix lengths such as /64 are not supported: use '*' "
		    "for whole trailing groups (2001:DB8:0:0:*) or a range "
		    "in one group (2001:DB8:0:0:0:0:0:0-FF).");
	if (c == ' ')
		return fail(p->err, i, ADDR_RC_IPADDR_ERROR,
		    "A blank is not allowed inside an address; remove it.");
	if (p->f == &fam4)
		return fail(p->err, i, ADDR_RC_IPADDR_ERROR,
		    "%s is not allowed in an IPv4 address: each part is a "
		    "number 0-255, a range such as 1-8, or '*' for one or "
		    "more whole parts.", byte_name(c, name, sizeof name));
	return fail(p->err, i, ADDR_RC_IPADDR_ERROR,
	    "%s is not allowed in an IPv6 address: each group is a hex "
	    "number 0-FFFF, a range such as 0-8, or '*' for one or more "
	    "whole groups.", byte_name(c, name, sizeof name));
}

/* A number in s[b..e), which is not empty. */
static int
parse_number(struct parse *p, size_t b, size_t e, uint16_t *out)
{
	const struct family	*f = p->f;
	unsigned long		 v = 0;
	size_t			 i;
	int			 d;

	for (i = b; i < e; i++) {
		if ((d = digit_value(p->s[i], f->base)) == -1)
			return bad_ip_byte(p, i);
		if (v <= f->max)
			v = v * (unsigned)f->base + (unsigned)d;
	}
	if (e - b > f->maxdigits || v > f->max) {
		if (f == &fam4)
			return fail(p->err, b, ADDR_RC_IPADDR_ERROR,
			    "%.*s is not a number from 0 to 255, which each "
			    "IPv4 part must be.", (int)(e - b > 12 ? 12 :
			    e - b), p->s + b);
		return fail(p->err, b, ADDR_RC_IPADDR_ERROR,
		    "%.*s is more than four hex digits: each IPv6 group is "
		    "a number from 0 to FFFF.", (int)(e - b > 12 ? 12 :
		    e - b), p->s + b);
	}
	*out = (uint16_t)v;
	return 0;
}

/* One part in s[b..e): a number, a range lo-hi or '*'. */
static int
parse_part(struct parse *p, size_t b, size_t e)
{
	const struct family	*f = p->f;
	struct tok		*t = &p->tok[p->ntok];
	const char		*dash;
	size_t			 d;

	memset(t, 0, sizeof *t);
	t->off = b;
	if (b == e) {
		if (f == &fam4)
			return fail(p->err, b, ADDR_RC_IPADDR_ERROR,
			    "Empty part: every part between dots is a number "
			    "0-255, a range such as 1-8, or '*'.");
		return fail(p->err, b, ADDR_RC_IPADDR_ERROR,
		    "Empty group: every group between colons is a hex "
		    "number 0-FFFF, a range such as 0-8, or '*'; use '::' "
		    "once for a run of zero groups.");
	}
	if (e - b == 1 && p->s[b] == '*') {
		t->star = 1;
		t->lo = 0;
		t->hi = (uint16_t)f->max;
		p->ntok++;
		return 0;
	}
	if ((dash = memchr(p->s + b, '-', e - b)) != NULL) {
		d = (size_t)(dash - p->s);
		if (d == b || d + 1 == e)
			return fail(p->err, d, ADDR_RC_IPADDR_ERROR,
			    "A range needs a number on each side of '-', "
			    "such as 1-8.");
		if (memchr(p->s + d + 1, '-', e - d - 1) != NULL)
			return fail(p->err, b, ADDR_RC_IPADDR_ERROR,
			    "Only one '-' is allowed in a %s: a range is "
			    "low-high, such as 1-8.", f->part);
		if (parse_number(p, b, d, &t->lo) == -1 ||
		    parse_number(p, d + 1, e, &t->hi) == -1)
			return -1;
		if (t->lo >= t->hi) {
			if (t->lo == t->hi)
				return fail(p->err, b, ADDR_RC_RANGE_ERROR,
				    f->base == 10 ?
				    "Range %u-%u is empty: the low end must be "
				    "lower than the high end. Write the single "
				    "value %u." :
				    "Range %X-%X is empty: the low end must be "
				    "lower than the high end. Write the single "
				    "value %X.", t->lo, t->hi, t->lo);
			return fail(p->err, b, ADDR_RC_RANGE_ERROR,
			    f->base == 10 ?
			    "Range %u-%u is reversed: the low end must be "
			    "lower than the high end. Write %u-%u." :
			    "Range %X-%X is reversed: the low end must be "
			    "lower than the high end. Write %X-%X.",
			    t->lo, t->hi, t->hi, t->lo);
		}
		t->range = 1;
	} else {
		if (parse_number(p, b, e, &t->lo) == -1)
			return -1;
		t->hi = t->lo;
	}
	p->ntok++;
	return 0;
}

/* Rules shared by both families once the parts are read. */
static int
check_stars(struct parse *p)
{
	const struct family	*f = p->f;
	int			 i, nstar = 0;

	for (i = 0; i < p->ntok; i++)
		nstar += p->tok[i].star;
	if (p->ntok >= 2 && p->tok[p->ntok - 1].star &&
	    p->tok[p->ntok - 2].star)
		return fail(p->err, p->tok[p->ntok - 2].off,
		    ADDR_RC_IPADDR_ERROR,
		    "'*' next to the trailing '*': the trailing '*' already "
		    "matches one or more %ss, so write one (%s, not %s).",
		    f->part, f == &fam4 ? "192.0.*" : "2001:DB8:*",
		    f == &fam4 ? "192.0.*.*" : "2001:DB8:*:*");
	if (nstar == 0 && p->ntok < f->nparts) {
		if (f == &fam4)
			return fail(p->err, p->len, ADDR_RC_IPADDR_ERROR,
			    "An IPv4 address has 4 parts but this has %d: add "
			    "the missing parts, or end with '.*' to match any "
			    "rest (192.0.2.*).", p->ntok);
		return fail(p->err, p->len, ADDR_RC_IPADDR_ERROR,
		    "An IPv6 address has 8 groups but this has %d: add the "
		    "missing groups, use '::' for a run of zero groups, or "
		    "end with ':*' to match any rest.", p->ntok);
	}
	return 0;
}

static int
too_many(struct parse *p, size_t off)
{
	if (p->f == &fam4)
		return fail(p->err, off, ADDR_RC_IPADDR_ERROR,
		    "Too many parts: an IPv4 address has 4. Remove the extra "
		    "part.");
	return fail(p->err, off, ADDR_RC_IPADDR_ERROR,
	    "Too many groups: an IPv6 address has 8. Remove the extra "
	    "group.");
}

static int
parse_ipv4(struct parse *p)
{
	const char	*dash;
	size_t		 b = 0, e, i;
	int		 dots = 0;

	p->f = &fam4;
	for (i = 0; i < p->len; i++)
		dots += p->s[i] == '.';
	if (dots > 3 && (dash = memchr(p->s, '-', p->len)) != NULL)
		return fail(p->err, (size_t)(dash - p->s),
		    ADDR_RC_IPADDR_ERROR,
		    "A range goes inside one part (192.0.2.1-8); a range "
		    "between two whole addresses (192.0.2.1-192.0.2.8) is "
		    "not supported.");
	for (;;) {
		for (e = b; e < p->len && p->s[e] != '.'; e++)
			;
		if (b != e && p->ntok == fam4.nparts)
			return too_many(p, b);
		if (parse_part(p, b, e) == -1)
			return -1;
		if (e == p->len)
			break;
		b = e + 1;
	}
	return check_stars(p);
}

static int
tail_error(struct parse *p, size_t off)
{
	return fail(p->err, off, ADDR_RC_IPADDR_ERROR,
	    "An IPv4 address inside an IPv6 address must be its last part "
	    "and four plain numbers (::FFFF:192.0.2.1). For a pattern use "
	    "IPv4 form (192.0.2.*): it also matches IPv4-mapped peers.");
}

/* The a.b.c.d that may end an IPv6 address, as two groups. */
static int
parse_ipv6_tail(struct parse *p, size_t b, size_t e)
{
	uint16_t	v[4];
	size_t		i, pb = b;
	int		n = 0;

	for (i = b; i <= e; i++) {
		if (i < e && p->s[i] != '.') {
			if (!is_digit(p->s[i]))
				goto bad;
			continue;
		}
		if (i == pb || i - pb > 3 || n == 4)
			goto bad;
		v[n] = 0;
		for (; pb < i; pb++)
			v[n] = (uint16_t)(v[n] * 10 + (p->s[pb] - '0'));
		if (v[n] > 255)
			goto bad;
		n++;
		pb = i + 1;
	}
	if (n != 4)
		goto bad;
	if (p->ntok + 2 > fam6.nparts)
		return too_many(p, b);
	for (i = 0; i < 2; i++) {
		memset(&p->tok[p->ntok], 0, sizeof p->tok[0]);
		p->tok[p->ntok].off = b;
		p->tok[p->ntok].lo = p->tok[p->ntok].hi =
		    (uint16_t)(v[2 * i] << 8 | v[2 * i + 1]);
		p->ntok++;
	}
	return 0;

bad:
	return tail_error(p, b);
}

static int
parse_ipv6(struct parse *p)
{
	const char	*s = p->s;
	size_t		 len = p->len, b = 0, e, dcolon_off = 0;
	int		 dcolon_at = -1, i, n, nstar = 0;

	p->f = &fam6;
	if (len >= 2 && s[0] == ':' && s[1] == ':') {
		dcolon_at = 0;
		b = 2;
		if (b < len && s[b] == ':')
			return fail(p->err, b, ADDR_RC_IPADDR_ERROR,
			    "':::' is not valid: '::' stands for a run of zero "
			    "groups and the groups are separated by one ':'.");
	} else if (s[0] == ':')
		return fail(p->err, 0, ADDR_RC_IPADDR_ERROR,
		    "An IPv6 address cannot start with a single ':': write "
		    "'::' for leading zero groups, or add the first group.");
	while (b < len) {
		for (e = b; e < len && s[e] != ':'; e++)
			;
		if (memchr(s + b, '.', e - b) != NULL) {
			if (e != len)
				return tail_error(p, b);
			if (parse_ipv6_tail(p, b, e) == -1)
				return -1;
			break;
		}
		if (b != e && p->ntok == fam6.nparts)
			return too_many(p, b);
		if (parse_part(p, b, e) == -1)
			return -1;
		if (e == len)
			break;
		if (e + 1 < len && s[e + 1] == ':') {
			if (dcolon_at != -1)
				return fail(p->err, e, ADDR_RC_IPADDR_ERROR,
				    "'::' can appear only once in an IPv6 "
				    "address: write the other run of zero "
				    "groups as 0:0.");
			dcolon_at = p->ntok;
			dcolon_off = e;
			b = e + 2;
			if (b < len && s[b] == ':')
				return fail(p->err, b, ADDR_RC_IPADDR_ERROR,
				    "':::' is not valid: '::' stands for a run "
				    "of zero groups and the groups are "
				    "separated by one ':'.");
		} else {
			b = e + 1;
			if (b == len)
				return fail(p->err, e, ADDR_RC_IPADDR_ERROR,
				    "An IPv6 address cannot end with a single "
				    "':': add the last group, write '::' for "
				    "trailing zero groups, or end with ':*'.");
		}
	}
	if (dcolon_at == -1)
		return check_stars(p);

	for (i = 0; i < p->ntok; i++)
		nstar += p->tok[i].star;
	if (nstar > 0)
		return fail(p->err, dcolon_off, ADDR_RC_IPADDR_ERROR,
		    "'::' cannot be combined with '*': the number of zero "
		    "groups it stands for would be ambiguous. Write the zero "
		    "groups out (2001:DB8:0:0:0:*, not 2001:DB8::*).");
	if (p->ntok >= fam6.nparts)
		return fail(p->err, dcolon_off, ADDR_RC_IPADDR_ERROR,
		    "'::' stands for at least one zero group, but the "
		    "address already has 8 groups: replace '::' with ':'.");
	n = fam6.nparts - p->ntok;
	memmove(&p->tok[dcolon_at + n], &p->tok[dcolon_at],
	    (size_t)(p->ntok - dcolon_at) * sizeof p->tok[0]);
	for (i = dcolon_at; i < dcolon_at + n; i++) {
		memset(&p->tok[i], 0, sizeof p->tok[i]);
		p->tok[i].off = dcolon_off;
	}
	p->ntok += n;
	return 0;
}

/*
 * Place the '*'s: each covers at least one part; the free parts are
 * shared out in every possible way.  Writes up to MAXALT placements.
 */
static void
place_stars(const struct parse *p, int tokno, int part, int free_parts,
    struct addr_iv *cur, struct addr_iv (*alts)[ADDR_MAXPARTS], int *nalt)
{
	const struct tok	*t;
	int			 extra, i, last;

	if (tokno == p->ntok) {
		for (i = 0; i < *nalt; i++)
			if (memcmp(alts[i], cur,
			    (size_t)p->f->nparts * sizeof *cur) == 0)
				return;
		if (*nalt < MAXALT)
			memcpy(alts[(*nalt)++], cur,
			    (size_t)p->f->nparts * sizeof *cur);
		return;
	}
	t = &p->tok[tokno];
	if (!t->star) {
		cur[part].lo = t->lo;
		cur[part].hi = t->hi;
		place_stars(p, tokno + 1, part + 1, free_parts, cur, alts,
		    nalt);
		return;
	}
	last = 1;
	for (i = tokno + 1; i < p->ntok; i++)
		if (p->tok[i].star)
			last = 0;
	for (extra = last ? free_parts : 0; extra <= free_parts; extra++) {
		for (i = 0; i <= extra; i++) {
			cur[part + i].lo = 0;
			cur[part + i].hi = (uint16_t)p->f->max;
		}
		place_stars(p, tokno + 1, part + extra + 1,
		    free_parts - extra, cur, alts, nalt);
	}
}

/* Append a number in the family's base. */
static size_t
render_number(char *buf, size_t len, int base, unsigned v)
{
	if (base == 10)
		return (size_t)snprintf(buf, len, "%u", v);
	return (size_t)snprintf(buf, len, "%X", v);
}

static char *
render_ip(const struct parse *p)
{
	char	buf[128];	/* 8 * strlen("FFFF-FFFF:") */
	size_t	n = 0;
	int	i;

	for (i = 0; i < p->ntok; i++) {
		if (i > 0)
			buf[n++] = p->f->sep;
		if (p->tok[i].star) {
			buf[n++] = '*';
			continue;
		}
		n += render_number(buf + n, sizeof buf - n, p->f->base,
		    p->tok[i].lo);
		if (p->tok[i].range) {
			buf[n++] = '-';
			n += render_number(buf + n, sizeof buf - n,
			    p->f->base, p->tok[i].hi);
		}
	}
	buf[n] = '\0';
	return xstrdup(buf);
}

static void
compile_ip(const struct parse *p, struct addr_pattern *out)
{
	struct addr_iv	 alts[MAXALT][ADDR_MAXPARTS], cur[ADDR_MAXPARTS];
	int		 i, nalt = 0;

	out->kind = p->f == &fam4 ? ADDR_IPV4 : ADDR_IPV6;
	out->nparts = (uint8_t)p->f->nparts;
	for (i = 0; i < p->ntok; i++) {
		out->nstar += p->tok[i].star;
		out->nrange += p->tok[i].range;
	}
	place_stars(p, 0, 0, p->f->nparts - p->ntok, cur, alts, &nalt);
	out->nalt = (uint8_t)nalt;
	memcpy(out->iv, alts[0], sizeof out->iv);
	if (out->kind == ADDR_IPV4) {
		for (i = 0; i < 4; i++) {
			out->v4lo = out->v4lo << 16 | out->iv[i].lo;
			out->v4width = out->v4width << 16 |
			    (uint16_t)(out->iv[i].hi - out->iv[i].lo);
		}
	}
	if (nalt > 1) {
		out->more = xreallocarray(NULL, (size_t)(nalt - 1),
		    (size_t)p->f->nparts * sizeof out->more[0]);
		for (i = 1; i < nalt; i++)
			memcpy(out->more + (size_t)(i - 1) * p->f->nparts,
			    alts[i], (size_t)p->f->nparts * sizeof cur[0]);
	}
	out->text = render_ip(p);
}

/*
 * Host name or host name pattern in s[0..len).  On success sets the
 * body (without the '*'s) as s[*bodyb..*bodye).
 */
static int
parse_host(const char *s, size_t len, struct addr_error *err, int *lead,
    int *trail, size_t *bodyb, size_t *bodye)
{
	char	name[16];
	size_t	b = 0, e = len, lb, le, i;
	int	first, last, dotted;

	*lead = *trail = 0;
	if (s[0] == '*') {
		*lead = 1;
		b = 1;
	}
	if (e > b && s[e - 1] == '*') {
		*trail = 1;
		e--;
	}
	if (!*trail && e > b + 1 && s[e - 1] == '.')
		e--;			/* a fully qualified name.  */
	if (b == e)
		return fail(err, 0, ADDR_RC_IPADDR_ERROR,
		    "A host name pattern needs text besides '*' "
		    "(*.example.com); '*' alone matches any address.");
	for (i = b; i < e; i++) {
		if (s[i] == '*')
			return fail(err, i, ADDR_RC_IPADDR_ERROR,
			    "'*' can only start or end a host name pattern "
			    "(*.example.com, mqhost*), not stand inside it.");
		if (!is_alpha(s[i]) && !is_digit(s[i]) && s[i] != '-' &&
		    s[i] != '.')
			return fail(err, i, ADDR_RC_IPADDR_ERROR,
			    "%s is not allowed in a host name: use letters, "
			    "digits, '-' and '.', with '*' only at the start "
			    "or end of a pattern.",
			    byte_name(s[i], name, sizeof name));
	}
	if (e - b > HOST_MAX)
		return fail(err, b + HOST_MAX, ADDR_RC_IPADDR_ERROR,
		    "A host name has at most %d characters; this is longer.",
		    HOST_MAX);
	dotted = memchr(s + b, '.', e - b) != NULL;
	for (lb = b; lb <= e; lb = le + 1) {
		for (le = lb; le < e && s[le] != '.'; le++)
			;
		first = lb == b;
		last = le == e;
		if (lb == le && !(first && *lead) && !(last && *trail))
			return fail(err, lb, ADDR_RC_IPADDR_ERROR,
			    "Empty label in a host name (a dot at the start "
			    "or two dots together): remove the extra dot.");
		if (le - lb > LABEL_MAX)
			return fail(err, lb + LABEL_MAX, ADDR_RC_IPADDR_ERROR,
			    "A host name label (the text between dots) has "
			    "at most %d characters; this one is longer.",
			    LABEL_MAX);
		if (lb < le && s[lb] == '-' && !(first && *lead))
			return fail(err, lb, ADDR_RC_IPADDR_ERROR,
			    "A host name label cannot start with '-'.");
		if (lb < le && s[le - 1] == '-' && !(last && *trail))
			return fail(err, le - 1, ADDR_RC_IPADDR_ERROR,
			    "A host name label cannot end with '-'.");
		if (last && dotted && !*trail) {
			if (le - lb >= 4 && lower(s[lb]) == 'x' &&
			    lower(s[lb + 1]) == 'n' && s[lb + 2] == '-' &&
			    s[lb + 3] == '-')
				break;
			for (i = lb; i < le; i++)
				if (is_digit(s[i]))
					return fail(err, lb,
					    ADDR_RC_IPADDR_ERROR,
					    "Neither an IP address nor a host "
					    "name: the last label of a host "
					    "name has no digits (unless it is "
					    "an xn-- name). Check the "
					    "address.");
		}
		if (last)
			break;
	}
	*bodyb = b;
	*bodye = e;
	return 0;
}

/* Could s[0..len) only have been meant as an IP address? */
static int
looks_like_ip(const char *s, size_t len)
{
	size_t	i;

	if (memchr(s, ':', len) != NULL)
		return 1;
	for (i = 0; i < len; i++)
		if (!is_digit(s[i]) && (s[i] == '\0' ||
		    strchr(".*-/ ", s[i]) == NULL))
			return 0;
	return 1;
}

int
addr_pattern_parse(const char *s, size_t len, int allow_hostnames,
    struct addr_pattern *out, struct addr_error *err)
{
	struct addr_error	 dummy, herr;
	struct parse		 p;
	size_t			 hb = 0, he = 0, i;
	int			 lead = 0, trail = 0, rc;

	if (err == NULL)
		err = &dummy;
	memset(out, 0, sizeof *out);
	memset(err, 0, sizeof *err);

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0)
		return fail(err, 0, ADDR_RC_IPADDR_ERROR,
		    "The address is empty: give an IP address (192.0.2.1), "
		    "a pattern (192.0.2.*, 192.0.2.1-8) or '*' for any "
		    "address.");
	if (len > ADDR_TEXT_MAX)
		return fail(err, ADDR_TEXT_MAX, ADDR_RC_IPADDR_ERROR,
		    "The address is longer than %d characters, the most MQ "
		    "stores; shorten it.", ADDR_TEXT_MAX);
	if (len == 1 && s[0] == '*') {
		out->kind = ADDR_ANY;
		out->text = xstrdup("*");
		return 0;
	}

	memset(&p, 0, sizeof p);
	p.s = s;
	p.len = len;
	p.err = err;
	if (memchr(s, ':', len) != NULL)
		rc = parse_ipv6(&p);
	else
		rc = parse_ipv4(&p);
	if (rc == 0) {
		compile_ip(&p, out);
		return 0;
	}
	if (looks_like_ip(s, len))
		return -1;

	memset(&herr, 0, sizeof herr);
	if (parse_host(s, len, &herr, &lead, &trail, &hb, &he) == -1) {
		if (allow_hostnames)
			*err = herr;
		return -1;
	}
	if (!allow_hostnames)
		return fail(err, 0, ADDR_RC_IPADDR_ERROR,
		    "Host names are not allowed in ADDRLIST: BLOCKADDR is "
		    "checked before any reverse lookup. Give IP addresses or "
		    "patterns (192.0.2.*).");

	out->kind = ADDR_HOST;
	out->host_lead = (uint8_t)lead;
	out->host_trail = (uint8_t)trail;
	out->hostlen = he - hb;
	out->host = xmalloc(out->hostlen + 1);
	for (i = 0; i < out->hostlen; i++)
		out->host[i] = lower(s[hb + i]);
	out->host[out->hostlen] = '\0';
	xasprintf(&out->text, "%s%s%s", lead ? "*" : "", out->host,
	    trail ? "*" : "");
	return 0;
}

void
addr_pattern_free(struct addr_pattern *p)
{
	free(p->more);
	free(p->host);
	free(p->text);
	memset(p, 0, sizeof *p);
}

const char *
addr_pattern_text(const struct addr_pattern *p)
{
	return p->text != NULL ? p->text : "";
}

int
addr_ip_set(struct addr_ip *out, const void *bytes, size_t len)
{
	const unsigned char	*b = bytes;
	static const unsigned char mapped[12] = {
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff
	};
	int			 i;

	memset(out, 0, sizeof *out);
	if (len == 16 && memcmp(b, mapped, sizeof mapped) == 0) {
		b += 12;
		len = 4;
	}
	if (len == 4) {
		out->family = ADDR_FAMILY_IPV4;
		for (i = 0; i < 4; i++) {
			out->v4[i] = b[i];
			out->v4packed = out->v4packed << 16 | b[i];
		}
		out->v6[5] = 0xffff;
		out->v6[6] = (uint16_t)(b[0] << 8 | b[1]);
		out->v6[7] = (uint16_t)(b[2] << 8 | b[3]);
		return 0;
	}
	if (len != 16)
		return -1;
	out->family = ADDR_FAMILY_IPV6;
	for (i = 0; i < 8; i++)
		out->v6[i] = (uint16_t)(b[2 * i] << 8 | b[2 * i + 1]);
	return 0;
}

int
addr_parse_ip(const char *s, struct addr_ip *out)
{
	struct addr_pattern	p;
	unsigned char		b[16];
	int			i, rc;

	memset(out, 0, sizeof *out);
	if (s == NULL || *s == '\0' || *s == ' ')
		return ADDR_IP_INVALID;
	/*
	 * The common case, a plain dotted quad, without the pattern
	 * parser (batch replays parse one address a line).  Whatever
	 * inet_pton accepts the pattern parser reads the same way.
	 */
	if (inet_pton(AF_INET, s, b) == 1) {
		addr_ip_set(out, b, 4);
		return ADDR_IP_OK;
	}
	if (addr_pattern_parse(s, strlen(s), 1, &p, NULL) == -1)
		return ADDR_IP_INVALID;
	if (p.kind == ADDR_HOST)
		rc = ADDR_IP_HOSTNAME;
	else if (p.kind == ADDR_ANY || p.nstar > 0 || p.nrange > 0)
		rc = ADDR_IP_GENERIC;
	else
		rc = ADDR_IP_OK;
	if (rc == ADDR_IP_OK && p.kind == ADDR_IPV4) {
		for (i = 0; i < 4; i++)
			b[i] = (unsigned char)p.iv[i].lo;
		addr_ip_set(out, b, 4);
	} else if (rc == ADDR_IP_OK) {
		for (i = 0; i < 8; i++) {
			b[2 * i] = (unsigned char)(p.iv[i].lo >> 8);
			b[2 * i + 1] = (unsigned char)(p.iv[i].lo & 0xff);
		}
		addr_ip_set(out, b, 16);
	}
	addr_pattern_free(&p);
	return rc;
}

void
addr_ip_format(const struct addr_ip *ip, char *buf, size_t len)
{
	unsigned char	b[16];
	int		i;

	if (len == 0)
		return;
	if (ip->family == ADDR_FAMILY_IPV4) {
		snprintf(buf, len, "%u.%u.%u.%u", ip->v4[0], ip->v4[1],
		    ip->v4[2], ip->v4[3]);
		return;
	}
	for (i = 0; i < 8; i++) {
		b[2 * i] = (unsigned char)(ip->v6[i] >> 8);
		b[2 * i + 1] = (unsigned char)(ip->v6[i] & 0xff);
	}
	if (len < INET6_ADDRSTRLEN ||
	    inet_ntop(AF_INET6, b, buf, (socklen_t)len) == NULL)
		snprintf(buf, len, "?");
}

/* Placement i of an IP pattern. */
static const struct addr_iv *
alt_at(const struct addr_pattern *p, int i)
{
	return i == 0 ? p->iv : p->more + (size_t)(i - 1) * p->nparts;
}

static int
parts_match(const struct addr_iv *iv, const uint16_t *v, int n)
{
	int	i;

	for (i = 0; i < n; i++)
		if (v[i] < iv[i].lo || v[i] > iv[i].hi)
			return 0;
	return 1;
}

static int
host_match(const struct addr_pattern *p, const char *h)
{
	size_t	n = strlen(h), m = p->hostlen, i, j;

	if (n > 0 && h[n - 1] == '.')
		n--;
	if (n < m)
		return 0;
	if (p->host_lead && p->host_trail) {
		for (i = 0; i + m <= n; i++) {
			for (j = 0; j < m && lower(h[i + j]) == p->host[j];
			    j++)
				;
			if (j == m)
				return 1;
		}
		return 0;
	}
	if (!p->host_lead && !p->host_trail && n != m)
		return 0;
	if (p->host_lead && !p->host_trail)
		h += n - m;
	for (j = 0; j < m; j++)
		if (lower(h[j]) != p->host[j])
			return 0;
	return 1;
}

/*
 * All four IPv4 parts at once, in 16-bit lanes whose top bit guards
 * against borrows: lane d is 0x8000 + v - lo, whose top bit says v >= lo;
 * lane e is 0x8000 + width - (v - lo), whose top bit says v <= hi.
 */
#define LANE_TOPS	0x8000800080008000ULL

static int
v4_match(uint64_t v, uint64_t lo, uint64_t width)
{
	uint64_t	d, e;

	d = (v | LANE_TOPS) - lo;
	e = (width | LANE_TOPS) - (d & ~LANE_TOPS);
	return (d & e & LANE_TOPS) == LANE_TOPS;
}

int
addr_match(const struct addr_pattern *p, const struct addr_ip *ip,
    const char *hostname)
{
	const uint16_t	*v;
	int		 i;

	switch (p->kind) {
	case ADDR_IPV4:
		if (ip == NULL || ip->family != ADDR_FAMILY_IPV4)
			return 0;
		if (v4_match(ip->v4packed, p->v4lo, p->v4width))
			return 1;
		if (p->nalt == 1)
			return 0;
		v = ip->v4;
		break;
	case ADDR_ANY:
		return 1;
	case ADDR_HOST:
		return hostname != NULL && host_match(p, hostname);
	case ADDR_IPV6:
		if (ip == NULL)
			return 0;
		v = ip->v6;
		break;
	default:
		return 0;
	}
	if (p->kind == ADDR_IPV6 && parts_match(p->iv, v, p->nparts))
		return 1;
	for (i = 1; i < p->nalt; i++)
		if (parts_match(alt_at(p, i), v, p->nparts))
			return 1;
	return 0;
}

/*
 * Specificity classes, most specific first (chlauth.md 2.3 level 3 and
 * the order of 9 step 6(d)): exact IP > range without '*' > pattern with
 * '*' > '*' alone > host name.
 */
enum spec_class {
	SPEC_EXACT,
	SPEC_RANGE,
	SPEC_WILD,
	SPEC_ANY,
	SPEC_HOST,
	SPEC_NONE,		/* not a pattern: last, never matches */
};

static enum spec_class
spec_class(const struct addr_pattern *p)
{
	switch (p->kind) {
	case ADDR_NONE:
		return SPEC_NONE;
	case ADDR_ANY:
		return SPEC_ANY;
	case ADDR_HOST:
		return SPEC_HOST;
	default:
		if (p->nstar > 0)
			return SPEC_WILD;
		if (p->nrange > 0)
			return SPEC_RANGE;
		return SPEC_EXACT;
	}
}

/*
 * The address specificity comparator.  IBM documents only that the most
 * specific record wins; the table that says how was never retrieved, so
 * this ranking is UNCONFIRMED.  It implements the best-supported reading
 * of chlauth.md 2.3 (level 3) and 9 (step 6(d)):
 *
 * 1. Class: exact IP, then a range pattern without '*', then a pattern
 *    with '*', then '*' alone, then host names.  "Range beats *" is from
 *    IBM's APP2.CHAN example (9.95.100.1-5 beats '*'); host names at
 *    the very bottom is IBM's statement in PoT lab 8, read (as 9 does)
 *    as below '*' too.
 * 2. IP patterns of one class: IPv4 before IPv6 (our choice, for the
 *    rare IPv4-mapped overlap), then part by part, left to right, the
 *    narrower part wins: a number beats a range, a narrower range a
 *    wider one, and both beat '*'.  This makes the narrower of two
 *    nested ranges win and, among '*' patterns, the one with more
 *    literal leading parts.  Patterns with several '*'s are compared on
 *    their first placement.
 * 3. Host name patterns: an exact name beats a pattern; among patterns,
 *    the one with more literal characters wins (our choice).
 */
int
addr_specificity_cmp(const struct addr_pattern *a,
    const struct addr_pattern *b)
{
	enum spec_class	ca = spec_class(a), cb = spec_class(b);
	unsigned	wa, wb;
	int		i, ea, eb;

	if (ca != cb)
		return ca < cb ? -1 : 1;
	switch (ca) {
	case SPEC_ANY:
	case SPEC_NONE:
		return 0;
	case SPEC_HOST:
		ea = !a->host_lead && !a->host_trail;
		eb = !b->host_lead && !b->host_trail;
		if (ea != eb)
			return ea ? -1 : 1;
		if (a->hostlen != b->hostlen)
			return a->hostlen > b->hostlen ? -1 : 1;
		return 0;
	default:
		break;
	}
	if (a->kind != b->kind)
		return a->kind == ADDR_IPV4 ? -1 : 1;
	for (i = 0; i < a->nparts; i++) {
		wa = (unsigned)a->iv[i].hi - a->iv[i].lo;
		wb = (unsigned)b->iv[i].hi - b->iv[i].lo;
		if (wa != wb)
			return wa < wb ? -1 : 1;
	}
	return 0;
}

static int
box_overlap(const struct addr_iv *x, const struct addr_iv *y, int n)
{
	int	i;

	for (i = 0; i < n; i++)
		if (x[i].hi < y[i].lo || y[i].hi < x[i].lo)
			return 0;
	return 1;
}

static int
box_inside(const struct addr_iv *x, const struct addr_iv *y, int n)
{
	int	i;

	for (i = 0; i < n; i++)
		if (x[i].lo < y[i].lo || x[i].hi > y[i].hi)
			return 0;
	return 1;
}

/*
 * Is the box x covered by the union of the placements of p, starting at
 * placement k?  Splits x around each placement in turn.  When the work
 * budget runs out the answer is "covered": we only report conflicts we
 * can prove.
 */
static int
box_covered(const struct addr_iv *x, const struct addr_pattern *p, int k,
    int *budget)
{
	struct addr_iv		 rest[ADDR_MAXPARTS], piece[ADDR_MAXPARTS];
	const struct addr_iv	*y;
	int			 n = p->nparts, d;

	if (--*budget < 0)
		return 1;
	if (k == p->nalt)
		return 0;
	y = alt_at(p, k);
	if (!box_overlap(x, y, n))
		return box_covered(x, p, k + 1, budget);
	if (box_inside(x, y, n))
		return 1;
	memcpy(rest, x, (size_t)n * sizeof rest[0]);
	for (d = 0; d < n; d++) {
		if (rest[d].lo < y[d].lo) {
			memcpy(piece, rest, (size_t)n * sizeof piece[0]);
			piece[d].hi = (uint16_t)(y[d].lo - 1);
			if (!box_covered(piece, p, k + 1, budget))
				return 0;
			rest[d].lo = y[d].lo;
		}
		if (rest[d].hi > y[d].hi) {
			memcpy(piece, rest, (size_t)n * sizeof piece[0]);
			piece[d].lo = (uint16_t)(y[d].hi + 1);
			if (!box_covered(piece, p, k + 1, budget))
				return 0;
			rest[d].hi = y[d].hi;
		}
	}
	return 1;
}

/* Does b match every address a matches? */
static int
pattern_within(const struct addr_pattern *a, const struct addr_pattern *b)
{
	int	i, budget = COVER_BUDGET;

	for (i = 0; i < a->nalt; i++)
		if (!box_covered(alt_at(a, i), b, 0, &budget))
			return 0;
	return 1;
}

/*
 * MQRCCF_IPADDR_RANGE_CONFLICT.  IBM's reason code page (q048090_) says a
 * range must be a superset or a subset of any existing range on the same
 * profile, or completely separate.  We read "range" as the set of
 * addresses a pattern with a lo-hi part covers, compared with every
 * other IP pattern ('*' parts included), in the same family; '*' alone
 * and host names cover everything or nothing comparable and never
 * conflict.  Whether MQ also compares '*'-only patterns, and whether it
 * compares across record types, is UNCONFIRMED (chlauth.md 4.1).
 */
int
addr_ranges_conflict(const struct addr_pattern *a,
    const struct addr_pattern *b)
{
	int	i, j, meet = 0;

	if (a->kind != b->kind ||
	    (a->kind != ADDR_IPV4 && a->kind != ADDR_IPV6))
		return 0;
	if (a->nrange == 0 && b->nrange == 0)
		return 0;
	for (i = 0; i < a->nalt && !meet; i++)
		for (j = 0; j < b->nalt && !meet; j++)
			meet = box_overlap(alt_at(a, i), alt_at(b, j),
			    a->nparts);
	if (!meet)
		return 0;
	return !pattern_within(a, b) && !pattern_within(b, a);
}
