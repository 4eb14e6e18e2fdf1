/*
 * dn.c - distinguished names for CHLAUTH SSLPEER/SSLCERTI and the channel
 * SSLPEER attribute: the filter parser, certificate DNs typed by users or
 * printed by GnuTLS, MQ's rendering of a DN, and MQ's matching rules.
 *
 * This file owns what MQ means by an SSLPEER filter (chlauth.md 3.1-3.6,
 * tls.md 3.3-3.4, ciphers.md 2.2).  Matching is on the hot path of the
 * simulator (hundreds of thousands of calls a second against thousands of
 * records), so everything that can be done once is done when a filter or a
 * DN is built: values are upper-cased, wildcard stars are stripped into
 * flags, and each DN links its attributes of one type into a chain.
 * dn_match() then walks chains and compares bytes; it never allocates.
 *
 * Decisions on points the reference leaves UNCONFIRMED:
 *
 * - Repeated attributes (OU, DC, and any other type written twice): the
 *   i-th occurrence in the filter is compared with the i-th occurrence in
 *   the certificate, in MQ's rendered order; extra certificate values are
 *   allowed.  Source: IBM MQ classes for Java, "Using the distinguished
 *   name of the queue manager" (ibm.com/docs/SSFKSJ_9.2.0/
 *   com.ibm.mq.dev.doc/q031230_.htm) and the .NET twin (9.1, "Using the
 *   Distinguished Name of the queue manager"): CN=QMGR.*, OU=IBM,
 *   OU=WEBSPHERE needs at least two OUs, the first IBM and the second
 *   WEBSPHERE, i.e. by position.  tls.md 3.4's alternative (the filter's
 *   values as an in-order subsequence) is kept behind DN_MATCH_SUBSEQ.  The
 *   same positional rule is applied to DC and, for regularity, to every
 *   type, so CN=x compares with the first CN of a certificate with two.
 * - E and MAIL are one type, matching PKCS#9 emailAddress and rfc822Mailbox
 *   alike, and a DN renders it as MAIL.  tls.md 3.3 (from IBM's
 *   "Distinguished Names" table, [I-DN]) says E is deprecated in favour of
 *   MAIL, which makes them names for one attribute; chlauth.md 3.1's
 *   "not synonyms" guess is not followed.  Which keyword DISPLAY CHSTATUS
 *   prints is still open; it is this one table entry.
 * - The serialNumber attribute (2.5.4.5) inside a subject renders as
 *   SERIALNUMBER in its place, after the SERIALNUMBER that MQ puts first
 *   for the certificate serial.  Source: APAR IT39745
 *   (ibm.com/support/pages/apar/IT39745): a certificate with a DN serial
 *   number gave "SERIALNUMBER (x2)" in the peer name.  By the positional
 *   rule a filter's first SERIALNUMBER is the certificate serial.
 * - '*' is a wildcard at the start and/or end of a value only, and matches
 *   any number of characters, none included (IBM's wording is "any number
 *   of characters"; chlauth.md 3.1).  A '*' elsewhere is an ordinary
 *   character (chlauth.md 3.1 says to treat it so); DN_FA_STAR_MID lets
 *   the linter warn.  Quoting does not turn wildcards off: IBM's rule 6 has
 *   the quotes removed before comparison.
 * - Quoting: a value is quoted only when its first non-blank character is
 *   '"' (IBM lists '"' among the characters a value may contain).  Inside
 *   quotes "" stands for one '"', as '' does in MQSC strings; a backslash is
 *   an ordinary character (the backslash-comma escape IBM documents is for
 *   MQIPT route properties, not SSLPEER).  After the closing quote only
 *   blanks may come before the separator.
 * - Rejected as errors: an empty value, an empty attribute between two
 *   separators, and a separator at the end.  Accepted with a flag for the
 *   linter: characters outside IBM's advised set, a '*' inside a value, a
 *   single-valued type written twice.
 * - Case folding is ASCII only; bytes of multi-byte UTF-8 are compared as
 *   they are.
 * - Rendering (dn_render_mq): values holding , ; = + or " or with blanks
 *   at either end are put in double quotes, with " doubled (tls.md 3.3
 *   rule 5); a multi-valued RDN is written as separate attributes; a type
 *   MQ has no keyword for is written as its dotted OID.
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dn.h"
#include "xmalloc.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/* Longest value or pattern quoted in a trace or error message. */
#define MSGVAL		60

/*
 * The names MQ accepts in a filter, sorted by strcmp() for the binary
 * search in dn_type_lookup(); check_dn.c verifies the order.
 */
const struct dn_type_name dn_type_names[] = {
	{ "C",			DN_T_C },
	{ "CN",			DN_T_CN },
	{ "DC",			DN_T_DC },
	{ "DNQ",		DN_T_DNQ },
	{ "E",			DN_T_MAIL },
	{ "L",			DN_T_L },
	{ "MAIL",		DN_T_MAIL },
	{ "O",			DN_T_O },
	{ "OU",			DN_T_OU },
	{ "PC",			DN_T_PC },
	{ "S",			DN_T_ST },
	{ "SERIALNUMBER",	DN_T_SERIALNUMBER },
	{ "SP",			DN_T_ST },
	{ "ST",			DN_T_ST },
	{ "STREET",		DN_T_STREET },
	{ "T",			DN_T_T },
	{ "UID",		DN_T_UID },
	{ "UNSTRUCTUREDADDRESS", DN_T_UNSTRUCTUREDADDRESS },
	{ "UNSTRUCTUREDNAME",	DN_T_UNSTRUCTUREDNAME },
	{ "USERID",		DN_T_UID },
};
const size_t dn_ntype_names = NITEMS(dn_type_names);

/* The list quoted when a filter names a type MQ does not know. */
#define DN_TYPE_LIST	"SERIALNUMBER, MAIL, E, UID, USERID, CN, T, OU, " \
			"DC, O, STREET, L, ST, SP, S, PC, C, " \
			"UNSTRUCTUREDNAME, UNSTRUCTUREDADDRESS or DNQ"

/* MQ's keyword for each type, as rendered and in normalised filters. */
static const char *const type_keywords[DN_NTYPES] = {
	[DN_T_OTHER] = NULL,
	[DN_T_SERIALNUMBER] = "SERIALNUMBER",
	[DN_T_MAIL] = "MAIL",
	[DN_T_UID] = "UID",
	[DN_T_CN] = "CN",
	[DN_T_T] = "T",
	[DN_T_OU] = "OU",
	[DN_T_DC] = "DC",
	[DN_T_O] = "O",
	[DN_T_STREET] = "STREET",
	[DN_T_L] = "L",
	[DN_T_ST] = "ST",
	[DN_T_PC] = "PC",
	[DN_T_C] = "C",
	[DN_T_UNSTRUCTUREDNAME] = "UNSTRUCTUREDNAME",
	[DN_T_UNSTRUCTUREDADDRESS] = "UNSTRUCTUREDADDRESS",
	[DN_T_DNQ] = "DNQ",
};

/* Certificate attribute OIDs with an MQ keyword (tls.md 3.3 rule 4). */
static const struct {
	const char	*oid;
	enum dn_type	 type;
} type_oids[] = {
	{ "2.5.4.3",			DN_T_CN },
	{ "2.5.4.11",			DN_T_OU },
	{ "2.5.4.10",			DN_T_O },
	{ "2.5.4.7",			DN_T_L },
	{ "2.5.4.8",			DN_T_ST },
	{ "2.5.4.6",			DN_T_C },
	{ "2.5.4.12",			DN_T_T },
	{ "2.5.4.9",			DN_T_STREET },
	{ "2.5.4.17",			DN_T_PC },
	{ "2.5.4.5",			DN_T_SERIALNUMBER },
	{ "2.5.4.46",			DN_T_DNQ },
	{ "0.9.2342.19200300.100.1.25",	DN_T_DC },
	{ "0.9.2342.19200300.100.1.1",	DN_T_UID },
	{ "0.9.2342.19200300.100.1.3",	DN_T_MAIL },
	{ "1.2.840.113549.1.9.1",	DN_T_MAIL },
	{ "1.2.840.113549.1.9.2",	DN_T_UNSTRUCTUREDNAME },
	{ "1.2.840.113549.1.9.8",	DN_T_UNSTRUCTUREDADDRESS },
};

/*
 * Other spellings, compared without case: RFC 4514 and X.520 names, and
 * the ones GnuTLS and OpenSSL print.  In a DN typed by a user they are
 * accepted; in an MQ filter they are an error that names MQ's keyword.
 * Types MQ cannot filter on carry their OID.
 */
static const struct {
	const char	*name;
	enum dn_type	 type;
	const char	*oid;
} other_names[] = {
	{ "COMMONNAME",			DN_T_CN, NULL },
	{ "COUNTRYNAME",		DN_T_C, NULL },
	{ "DESCRIPTION",		DN_T_OTHER, "2.5.4.13" },
	{ "DNQUALIFIER",		DN_T_DNQ, NULL },
	{ "DOMAINCOMPONENT",		DN_T_DC, NULL },
	{ "EMAIL",			DN_T_MAIL, NULL },
	{ "EMAILADDRESS",		DN_T_MAIL, NULL },
	{ "GENERATIONQUALIFIER",	DN_T_OTHER, "2.5.4.44" },
	{ "GIVENNAME",			DN_T_OTHER, "2.5.4.42" },
	{ "GN",				DN_T_OTHER, "2.5.4.42" },
	{ "INITIALS",			DN_T_OTHER, "2.5.4.43" },
	{ "LOCALITYNAME",		DN_T_L, NULL },
	{ "NAME",			DN_T_OTHER, "2.5.4.41" },
	{ "ORGANIZATIONALUNITNAME",	DN_T_OU, NULL },
	{ "ORGANIZATIONIDENTIFIER",	DN_T_OTHER, "2.5.4.97" },
	{ "ORGANIZATIONNAME",		DN_T_O, NULL },
	{ "POSTALCODE",			DN_T_PC, NULL },
	{ "PSEUDONYM",			DN_T_OTHER, "2.5.4.65" },
	{ "RFC822MAILBOX",		DN_T_MAIL, NULL },
	{ "SN",				DN_T_OTHER, "2.5.4.4" },
	{ "STATEORPROVINCENAME",	DN_T_ST, NULL },
	{ "STREETADDRESS",		DN_T_STREET, NULL },
	{ "SURNAME",			DN_T_OTHER, "2.5.4.4" },
	{ "TITLE",			DN_T_T, NULL },
};

/*
 * Small helpers.
 */

static int
is_blank(int c)
{
	return (c == ' ' || c == '\t');
}

static int
is_sep(int c)
{
	return (c == ',' || c == ';');
}

static int
is_word(int c)
{
	return ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_');
}

static int
fold_char(int c)
{
	return (c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
}

/* Is c in the set IBM advises for values (SSLPEER rule 3)? */
static int
is_advised(int c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= '0' && c <= '9'))
		return (1);
	return (c != '\0' && strchr(" ,.;'\"()/-", c) != NULL);
}

static size_t
skip_blanks(const char *s, size_t len, size_t pos)
{
	while (pos < len && is_blank((unsigned char)s[pos]))
		pos++;
	return (pos);
}

static void
fold_copy(char *dst, const char *src, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++)
		dst[i] = (char)fold_char((unsigned char)src[i]);
	dst[len] = '\0';
}

static const char *
ordinal(unsigned n)
{
	if (n % 100 >= 11 && n % 100 <= 13)
		return ("th");
	switch (n % 10) {
	case 1:
		return ("st");
	case 2:
		return ("nd");
	case 3:
		return ("rd");
	}
	return ("th");
}

static int set_error(struct dn_error *, size_t, size_t, const char *, ...)
    __attribute__((format(printf, 4, 5)));

/* Fill err (if any) and return -1, so callers can "return set_error()". */
static int
set_error(struct dn_error *err, size_t offset, size_t length,
    const char *fmt, ...)
{
	va_list	ap;

	if (err == NULL)
		return (-1);
	err->offset = offset;
	err->length = length;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return (-1);
}

/* Compare a counted string with a C string the way strcmp() would. */
static int
name_cmp(const char *s, size_t len, const char *name)
{
	size_t	nlen = strlen(name);
	int	c;

	c = memcmp(s, name, len < nlen ? len : nlen);
	if (c != 0)
		return (c);
	if (len == nlen)
		return (0);
	return (len < nlen ? -1 : 1);
}

/*
 * Attribute types.
 */

const char *
dn_type_name(enum dn_type type)
{
	if ((unsigned)type >= DN_NTYPES || type_keywords[type] == NULL)
		return ("?");
	return (type_keywords[type]);
}

/* Look up an MQ type name, exactly as MQ wants it (upper case). */
int
dn_type_lookup(const char *name, size_t len, enum dn_type *type)
{
	size_t	lo = 0, hi = dn_ntype_names, mid;
	int	c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = name_cmp(name, len, dn_type_names[mid].name);
		if (c == 0) {
			*type = dn_type_names[mid].type;
			return (0);
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return (-1);
}

enum dn_type
dn_type_from_oid(const char *oid, size_t len)
{
	size_t	i;

	for (i = 0; i < NITEMS(type_oids); i++) {
		if (name_cmp(oid, len, type_oids[i].oid) == 0)
			return (type_oids[i].type);
	}
	return (DN_T_OTHER);
}

/* Index into other_names[] of a name in any case, or -1. */
static int
other_lookup(const char *name, size_t len)
{
	char	up[32];
	size_t	i;

	if (len >= sizeof up)
		return (-1);
	fold_copy(up, name, len);
	for (i = 0; i < NITEMS(other_names); i++) {
		if (strcmp(up, other_names[i].name) == 0)
			return ((int)i);
	}
	return (-1);
}

static int
is_oid(const char *s, size_t len)
{
	size_t	i;

	if (len == 0 || s[0] < '0' || s[0] > '9' || s[len - 1] == '.')
		return (0);
	for (i = 0; i < len; i++) {
		if ((s[i] < '0' || s[i] > '9') && s[i] != '.')
			return (0);
		if (s[i] == '.' && i > 0 && s[i - 1] == '.')
			return (0);
	}
	return (1);
}

/*
 * Resolve a filter's attribute type name, or explain what is wrong with it
 * and what to write instead.
 */
static int
filter_type(const char *s, size_t off, size_t len, enum dn_type *type,
    unsigned *flags, struct dn_error *err)
{
	const char	*name = s + off;
	char		 up[32];
	int		 i;

	*flags = 0;
	if (dn_type_lookup(name, len, type) == 0) {
		if (name_cmp(name, len, type_keywords[*type]) != 0)
			*flags |= DN_FA_SYNONYM;
		return (0);
	}
	if (len < sizeof up) {
		fold_copy(up, name, len);
		if (dn_type_lookup(up, len, type) == 0) {
			return (set_error(err, off, len, "attribute type "
			    "'%.*s' must be written in upper case: %s",
			    (int)len, name, up));
		}
	}
	if ((i = other_lookup(name, len)) != -1) {
		if (other_names[i].type != DN_T_OTHER) {
			return (set_error(err, off, len, "MQ does not know "
			    "the attribute type '%.*s': write it as %s",
			    (int)len, name,
			    type_keywords[other_names[i].type]));
		}
		return (set_error(err, off, len, "MQ cannot filter on "
		    "'%.*s' (OID %s): use " DN_TYPE_LIST, (int)len, name,
		    other_names[i].oid));
	}
	if (is_oid(name, len)) {
		*type = dn_type_from_oid(name, len);
		if (*type != DN_T_OTHER) {
			return (set_error(err, off, len, "MQ filters cannot "
			    "name attributes by OID: write %.*s as %s",
			    (int)len, name, type_keywords[*type]));
		}
		return (set_error(err, off, len, "MQ filters cannot name "
		    "attributes by OID, and MQ cannot filter on %.*s: use "
		    DN_TYPE_LIST, (int)len, name));
	}
	return (set_error(err, off, len, "unknown attribute type '%.*s': "
	    "use " DN_TYPE_LIST, len > 40 ? 40 : (int)len, name));
}

/*
 * Filters.
 */

/* Append one attribute to a filter being parsed. */
static void
filter_add(struct dn_filter *f, size_t *cap, const struct dn_filter_ava *a)
{
	if (f->navas == *cap) {
		*cap = *cap == 0 ? 8 : *cap * 2;
		f->avas = xreallocarray(f->avas, *cap, sizeof *f->avas);
	}
	f->avas[f->navas++] = *a;
}

/*
 * Work out the wildcard flags, the odd characters and the folded pattern
 * of a value whose text in the source is s[cs, ce) (quotes excluded).
 */
static void
filter_value(const char *s, size_t cs, size_t ce, struct dn_filter_ava *a)
{
	const char	*v = a->value;
	size_t		 n = a->value_len, b = 0, e = n, i;

	if (n == 1 && v[0] == '*') {
		a->flags |= DN_FA_STAR_HEAD | DN_FA_STAR_TAIL;
		b = 1;
	} else if (n > 0) {
		if (v[0] == '*') {
			a->flags |= DN_FA_STAR_HEAD;
			b = 1;
		}
		if (n > b && v[n - 1] == '*') {
			a->flags |= DN_FA_STAR_TAIL;
			e = n - 1;
		}
	}
	a->fold = xmalloc(n + 1);
	a->fold_len = e > b ? e - b : 0;
	fold_copy(a->fold, v + b, a->fold_len);

	/* Scan the source, where offsets are meaningful. */
	if (a->flags & DN_FA_STAR_HEAD)
		cs++;
	if ((a->flags & DN_FA_STAR_TAIL) && ce > cs)
		ce--;
	for (i = cs; i < ce; i++) {
		if (s[i] == '*') {
			if ((a->flags & (DN_FA_STAR_MID | DN_FA_ODD_CHAR)) == 0)
				a->odd_offset = i;
			a->flags |= DN_FA_STAR_MID;
		} else if (!is_advised((unsigned char)s[i])) {
			if ((a->flags & (DN_FA_STAR_MID | DN_FA_ODD_CHAR)) == 0)
				a->odd_offset = i;
			a->flags |= DN_FA_ODD_CHAR;
		}
	}
}

/*
 * Parse one value starting at *pos (blanks after '=' already skipped) into
 * a.  On return *pos is at the separator or the end.
 */
static int
filter_parse_value(const char *s, size_t len, size_t *pos, const char *tname,
    size_t tlen, struct dn_filter_ava *a, struct dn_error *err)
{
	size_t	start = *pos, p = *pos, end, cs, ce, n;
	char	*v;

	if (p < len && s[p] == '"') {
		/* Find the closing quote; "" is a quote inside. */
		for (p++;; p++) {
			if (p == len) {
				return (set_error(err, start, 1, "unterminated "
				    "quoted value of %.*s: add the closing "
				    "'\"'", (int)tlen, tname));
			}
			if (s[p] == '"') {
				if (p + 1 < len && s[p + 1] == '"')
					p++;
				else
					break;
			}
		}
		cs = start + 1;
		ce = p;
		end = ++p;
		v = a->value = xmalloc(ce - cs + 1);
		for (n = 0, p = cs; p < ce; p++) {
			v[n++] = s[p];
			if (s[p] == '"')
				p++;
		}
		v[n] = '\0';
		a->value_len = n;
		a->flags |= DN_FA_QUOTED;
		p = skip_blanks(s, len, end);
		if (p < len && !is_sep((unsigned char)s[p])) {
			free(a->value);
			a->value = NULL;
			return (set_error(err, p, 1, "unexpected text after "
			    "the closing quote of %.*s: separate attributes "
			    "with ',' or move the text inside the quotes",
			    (int)tlen, tname));
		}
	} else {
		while (p < len && !is_sep((unsigned char)s[p]))
			p++;
		end = p;
		while (end > start && is_blank((unsigned char)s[end - 1]))
			end--;
		cs = start;
		ce = end;
		a->value = xstrndup(s + cs, ce - cs);
		a->value_len = ce - cs;
	}
	if (a->value_len == 0) {
		free(a->value);
		a->value = NULL;
		return (set_error(err, start, end > start ? end - start : 0,
		    "empty value for %.*s: give a value, or write %.*s=* to "
		    "accept any", (int)tlen, tname, (int)tlen, tname));
	}
	a->value_offset = start;
	a->value_length = end - start;
	filter_value(s, cs, ce, a);
	*pos = p;
	return (0);
}

int
dn_filter_parse(const char *s, size_t len, struct dn_filter *out,
    struct dn_error *err)
{
	struct dn_filter	 f = { NULL, 0 };
	struct dn_filter_ava	 a;
	unsigned		 count[DN_NTYPES] = { 0 };
	size_t			 cap = 0, pos, start, nlen, q;
	unsigned		 flags;
	enum dn_type		 type;
	int			 c;

	pos = skip_blanks(s, len, 0);
	while (pos < len) {
		start = pos;
		while (pos < len && is_word((unsigned char)s[pos]))
			pos++;
		nlen = pos - start;
		if (nlen == 0) {
			c = (unsigned char)s[pos];
			if (is_sep(c)) {
				set_error(err, pos, 1, "empty attribute before "
				    "'%c': remove the extra separator", c);
			} else if (c == '=') {
				set_error(err, pos, 1, "'=' without an "
				    "attribute type: write TYPE=value, for "
				    "example CN=QM1");
			} else if (c == '"') {
				set_error(err, pos, 1, "quoted value without "
				    "an attribute type: write CN=\"...\"");
			} else if (c < 0x20 || c >= 0x7f) {
				set_error(err, pos, 1, "unexpected byte 0x%02x: "
				    "an attribute type such as CN was expected",
				    (unsigned)c);
			} else {
				set_error(err, pos, 1, "unexpected character "
				    "'%c': an attribute type such as CN was "
				    "expected", c);
			}
			goto fail;
		}
		if (pos < len && is_blank((unsigned char)s[pos])) {
			q = skip_blanks(s, len, pos);
			if (q < len && s[q] == '=') {
				set_error(err, pos, q - pos, "blank between "
				    "'%.*s' and '=': MQ does not allow one; "
				    "remove it", (int)nlen, s + start);
				goto fail;
			}
		}
		if (pos == len || s[pos] != '=') {
			set_error(err, pos, pos < len ? 1 : 0, "expected '=' "
			    "after '%.*s': write %.*s=value", (int)nlen,
			    s + start, (int)nlen, s + start);
			goto fail;
		}
		if (filter_type(s, start, nlen, &type, &flags, err) != 0)
			goto fail;

		memset(&a, 0, sizeof a);
		a.type = type;
		a.flags = flags;
		a.offset = start;
		pos = skip_blanks(s, len, pos + 1);
		if (filter_parse_value(s, len, &pos, s + start, nlen, &a,
		    err) != 0)
			goto fail;
		a.length = a.value_offset + a.value_length - start;
		a.nth = count[type]++;
		if (a.nth > 0 && type != DN_T_OU && type != DN_T_DC)
			a.flags |= DN_FA_REPEATED;
		filter_add(&f, &cap, &a);

		if (pos == len)
			break;
		q = pos;
		pos = skip_blanks(s, len, pos + 1);
		if (pos == len) {
			set_error(err, q, 1, "'%c' at the end with no "
			    "attribute after it: remove it", s[q]);
			goto fail;
		}
	}
	*out = f;
	return (0);

fail:
	dn_filter_free(&f);
	out->avas = NULL;
	out->navas = 0;
	return (-1);
}

void
dn_filter_free(struct dn_filter *f)
{
	size_t	i;

	for (i = 0; i < f->navas; i++) {
		free(f->avas[i].value);
		free(f->avas[i].fold);
	}
	free(f->avas);
	f->avas = NULL;
	f->navas = 0;
}

/*
 * The normalised text of a filter (chlauth.md 3.6): MQ's keyword for each
 * type (ST for SP and S, UID for USERID, MAIL for E), no blanks around
 * separators, ',' as the separator, unquoted values trimmed, quoted values
 * kept in quotes with '"' doubled.  With DN_RENDER_FOLD the values are
 * upper-cased, which gives a key under which filters MQ treats as equal
 * compare equal.
 */
char *
dn_filter_render(const struct dn_filter *f, unsigned flags)
{
	const struct dn_filter_ava	*a;
	size_t				 size = 1, i, j, n = 0;
	char				*out;
	int				 c;

	for (i = 0; i < f->navas; i++)
		size += strlen(dn_type_name(f->avas[i].type)) + 4 +
		    2 * f->avas[i].value_len;
	out = xmalloc(size);
	for (i = 0; i < f->navas; i++) {
		a = &f->avas[i];
		if (i > 0)
			out[n++] = ',';
		n += (size_t)sprintf(out + n, "%s=", dn_type_name(a->type));
		if (a->flags & DN_FA_QUOTED)
			out[n++] = '"';
		for (j = 0; j < a->value_len; j++) {
			c = (unsigned char)a->value[j];
			if (flags & DN_RENDER_FOLD)
				c = fold_char(c);
			out[n++] = (char)c;
			if (c == '"' && (a->flags & DN_FA_QUOTED))
				out[n++] = '"';
		}
		if (a->flags & DN_FA_QUOTED)
			out[n++] = '"';
	}
	out[n] = '\0';
	return (out);
}

/*
 * Certificate DNs.
 */

void
dn_init(struct dn *d)
{
	int	t;

	d->avas = NULL;
	d->navas = d->cap = 0;
	for (t = 0; t < DN_NTYPES; t++)
		d->first[t] = d->last[t] = -1;
}

void
dn_free(struct dn *d)
{
	size_t	i;

	for (i = 0; i < d->navas; i++) {
		free(d->avas[i].value);
		free(d->avas[i].oid);
	}
	free(d->avas);
	dn_init(d);
}

/*
 * Append an attribute (MQ order: call for the most specific first).  oid
 * is needed only for DN_T_OTHER.  The value may hold any bytes.
 */
void
dn_add(struct dn *d, enum dn_type type, const char *oid, const char *value,
    size_t len, unsigned flags)
{
	struct dn_ava	*a;
	int		 idx;

	if ((unsigned)type >= DN_NTYPES)
		type = DN_T_OTHER;
	if (d->navas == d->cap) {
		d->cap = d->cap == 0 ? 8 : d->cap * 2;
		d->avas = xreallocarray(d->avas, d->cap, sizeof *d->avas);
	}
	idx = (int)d->navas++;
	a = &d->avas[idx];
	a->type = type;
	a->flags = flags;
	a->next = -1;
	a->oid = type == DN_T_OTHER ? xstrdup(oid != NULL ? oid : "?") : NULL;
	a->value = xmalloc(2 * len + 2);
	memcpy(a->value, value, len);
	a->value[len] = '\0';
	fold_copy(a->value + len + 1, value, len);
	a->fold = a->value + len + 1;
	a->len = len;
	if (type == DN_T_OTHER)
		return;
	if (d->last[type] == -1)
		d->first[type] = idx;
	else
		d->avas[d->last[type]].next = idx;
	d->last[type] = idx;
}

/* Append the UTF-8 encoding of code point cp to out. */
static size_t
put_utf8(char *out, uint32_t cp)
{
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return (1);
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return (2);
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return (3);
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return (4);
}

/*
 * Convert the content of an ASN.1 string of the given universal tag to
 * UTF-8 (tls.md 3.3 rule 5).  Returns NULL when the tag is not a string
 * type.  TeletexString is taken as Latin-1, as most software does.
 */
char *
dn_string_to_utf8(unsigned long tag, const void *data, size_t len,
    size_t *outlen)
{
	const unsigned char	*p = data;
	char			*out;
	size_t			 i, n = 0;
	uint32_t		 cp, lo;

	switch (tag) {
	case 12:	/* UTF8String */
	case 18:	/* NumericString */
	case 19:	/* PrintableString */
	case 22:	/* IA5String */
	case 26:	/* VisibleString */
		out = xmalloc(len + 1);
		memcpy(out, p, len);
		n = len;
		break;
	case 20:	/* TeletexString */
		out = xmalloc(2 * len + 1);
		for (i = 0; i < len; i++)
			n += put_utf8(out + n, p[i]);
		break;
	case 30:	/* BMPString: UTF-16BE, surrogates allowed */
		out = xmalloc(2 * len + 4);
		for (i = 0; i + 1 < len; i += 2) {
			cp = (uint32_t)p[i] << 8 | p[i + 1];
			if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < len) {
				lo = (uint32_t)p[i + 2] << 8 | p[i + 3];
				if (lo >= 0xDC00 && lo <= 0xDFFF) {
					cp = 0x10000 + ((cp - 0xD800) << 10) +
					    (lo - 0xDC00);
					i += 2;
				}
			}
			n += put_utf8(out + n, cp);
		}
		break;
	case 28:	/* UniversalString: UCS-4BE */
		out = xmalloc(len + 4);
		for (i = 0; i + 3 < len; i += 4) {
			cp = (uint32_t)p[i] << 24 | (uint32_t)p[i + 1] << 16 |
			    (uint32_t)p[i + 2] << 8 | p[i + 3];
			n += put_utf8(out + n, cp);
		}
		break;
	default:
		return (NULL);
	}
	out[n] = '\0';
	if (outlen != NULL)
		*outlen = n;
	return (out);
}

static int
hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return (c - '0');
	if (c >= 'a' && c <= 'f')
		return (c - 'a' + 10);
	if (c >= 'A' && c <= 'F')
		return (c - 'A' + 10);
	return (-1);
}

/*
 * Decode an RFC 4514 "#hex" value: the BER encoding of the attribute
 * value.  Strings become their text; anything else keeps the "#hex" form.
 * Returns the value (xmalloc) or NULL on bad hex.
 */
static char *
rfc_hex_value(const char *s, size_t len, size_t *outlen)
{
	unsigned char	*ber;
	size_t		 n = len / 2, i, clen, hdr;
	char		*text;

	if (len % 2 != 0 || len == 0)
		return (NULL);
	ber = xmalloc(n);
	for (i = 0; i < n; i++) {
		if (hex_value((unsigned char)s[2 * i]) < 0 ||
		    hex_value((unsigned char)s[2 * i + 1]) < 0) {
			free(ber);
			return (NULL);
		}
		ber[i] = (unsigned char)(hex_value((unsigned char)s[2 * i]) <<
		    4 | hex_value((unsigned char)s[2 * i + 1]));
	}
	text = NULL;
	if (n >= 2 && (ber[1] & 0x80) == 0) {
		clen = ber[1];
		hdr = 2;
	} else if (n >= 3 && ber[1] == 0x81) {
		clen = ber[2];
		hdr = 3;
	} else if (n >= 4 && ber[1] == 0x82) {
		clen = (size_t)ber[2] << 8 | ber[3];
		hdr = 4;
	} else
		clen = hdr = 0;
	if (hdr != 0 && hdr + clen == n)
		text = dn_string_to_utf8(ber[0], ber + hdr, clen, outlen);
	free(ber);
	if (text == NULL) {
		text = xmalloc(len + 2);
		text[0] = '#';
		memcpy(text + 1, s, len);
		text[len + 1] = '\0';
		*outlen = len + 1;
	}
	return (text);
}

/*
 * Resolve an attribute type in a DN typed by a user or printed by GnuTLS:
 * MQ's names and the usual long names in any case, or a dotted OID.
 */
static int
rfc_type(const char *s, size_t off, size_t len, enum dn_type *type,
    const char **oid, struct dn_error *err)
{
	char	up[32];
	int	i;

	*oid = NULL;
	if (is_oid(s + off, len)) {
		*type = dn_type_from_oid(s + off, len);
		return (0);
	}
	if (len < sizeof up) {
		fold_copy(up, s + off, len);
		if (dn_type_lookup(up, len, type) == 0)
			return (0);
	}
	if ((i = other_lookup(s + off, len)) != -1) {
		*type = other_names[i].type;
		*oid = other_names[i].oid;
		return (0);
	}
	return (set_error(err, off, len, "unknown attribute type '%.*s': "
	    "use CN, OU, O, L, ST, C, DC, UID, MAIL, SERIALNUMBER, another "
	    "MQ keyword, or a dotted OID", len > 40 ? 40 : (int)len,
	    s + off));
}

/*
 * Parse one RFC 4514 value at *pos into buf (which has room for the rest
 * of the string).  Quoted values (RFC 1779) are accepted too.
 */
static int
rfc_value(const char *s, size_t len, size_t *pos, char **value,
    size_t *vlen, struct dn_error *err)
{
	size_t	p = *pos, start = *pos, n = 0, keep = 0;
	char	*buf;
	int	 quoted = 0, hi, lo;

	if (p < len && s[p] == '#') {
		for (p++; p < len && hex_value((unsigned char)s[p]) >= 0; p++)
			/* nothing */;
		*value = rfc_hex_value(s + start + 1, p - start - 1, vlen);
		if (*value == NULL) {
			return (set_error(err, start, p - start, "bad "
			    "hexadecimal value: '#' must be followed by an "
			    "even number of hex digits"));
		}
		*pos = p;
		return (0);
	}
	buf = xmalloc(len - p + 1);
	if (p < len && s[p] == '"') {
		quoted = 1;
		p++;
	}
	for (; p < len; p++) {
		if (quoted && s[p] == '"')
			break;
		if (!quoted && (is_sep((unsigned char)s[p]) || s[p] == '+'))
			break;
		if (s[p] == '\\') {
			if (++p == len) {
				free(buf);
				return (set_error(err, p - 1, 1, "'\\' at the "
				    "end of the DN: escape something or drop "
				    "it"));
			}
			hi = hex_value((unsigned char)s[p]);
			lo = p + 1 < len ? hex_value((unsigned char)s[p + 1]) :
			    -1;
			if (hi >= 0 && lo >= 0) {
				buf[n++] = (char)(hi << 4 | lo);
				p++;
			} else
				buf[n++] = s[p];
			keep = n;
			continue;
		}
		buf[n++] = s[p];
		if (quoted || !is_blank((unsigned char)s[p]))
			keep = n;
	}
	if (quoted) {
		if (p == len) {
			free(buf);
			return (set_error(err, start, 1, "unterminated quoted "
			    "value: add the closing '\"'"));
		}
		p++;
	}
	buf[keep] = '\0';
	*value = buf;
	*vlen = keep;
	*pos = p;
	return (0);
}

/*
 * Parse a DN in RFC 4514 form as users type it and GnuTLS prints it:
 * "CN=app1,OU=Pay,O=Example".  Lenient where that costs nothing: type
 * names in any case, ';' as well as ',', blanks around separators and
 * '=', quoted values, backslash escapes, "#hex" values, '+' for
 * multi-valued RDNs (kept as separate attributes).  The string's order is
 * already MQ's (most specific first) and is kept.
 */
int
dn_from_rfc4514(const char *s, size_t len, struct dn *out,
    struct dn_error *err)
{
	struct dn	 d;
	enum dn_type	 type;
	const char	*oid;
	char		*value = NULL, *oidbuf;
	size_t		 pos, start, nlen, vlen = 0;
	unsigned	 flags = 0;
	int		 c;

	dn_init(&d);
	pos = skip_blanks(s, len, 0);
	while (pos < len) {
		start = pos;
		while (pos < len && is_word((unsigned char)s[pos]))
			pos++;
		nlen = pos - start;
		if (nlen == 0) {
			c = (unsigned char)s[pos];
			if (c < 0x20 || c >= 0x7f) {
				set_error(err, pos, 1, "unexpected byte 0x%02x: "
				    "an attribute type such as CN was expected",
				    (unsigned)c);
			} else {
				set_error(err, pos, 1, "unexpected '%c': an "
				    "attribute type such as CN was expected", c);
			}
			goto fail;
		}
		if (rfc_type(s, start, nlen, &type, &oid, err) != 0)
			goto fail;
		pos = skip_blanks(s, len, pos);
		if (pos == len || s[pos] != '=') {
			set_error(err, pos, pos < len ? 1 : 0, "expected '=' "
			    "after '%.*s'", (int)nlen, s + start);
			goto fail;
		}
		pos = skip_blanks(s, len, pos + 1);
		if (rfc_value(s, len, &pos, &value, &vlen, err) != 0)
			goto fail;
		oidbuf = NULL;
		if (type == DN_T_OTHER && oid == NULL)
			oid = oidbuf = xstrndup(s + start, nlen);
		dn_add(&d, type, oid, value, vlen, flags);
		free(oidbuf);
		free(value);

		pos = skip_blanks(s, len, pos);
		if (pos == len)
			break;
		c = (unsigned char)s[pos];
		if (!is_sep(c) && c != '+') {
			set_error(err, pos, 1, "unexpected '%c' after a value: "
			    "separate attributes with ','", c);
			goto fail;
		}
		flags = c == '+' ? DN_AVA_MULTI : 0;
		start = pos;
		pos = skip_blanks(s, len, pos + 1);
		if (pos == len) {
			set_error(err, start, 1, "'%c' at the end with no "
			    "attribute after it: remove it", c);
			goto fail;
		}
	}
	*out = d;
	return (0);

fail:
	dn_free(&d);
	dn_init(out);
	return (-1);
}

/* Does MQ-style output need this value in double quotes? */
static int
needs_quotes(const char *v, size_t len)
{
	size_t	i;

	if (len > 0 && (is_blank((unsigned char)v[0]) ||
	    is_blank((unsigned char)v[len - 1])))
		return (1);
	for (i = 0; i < len; i++) {
		if (strchr(",;=+\"", v[i]) != NULL && v[i] != '\0')
			return (1);
	}
	return (0);
}

/*
 * Render a DN as MQ shows it in DISPLAY CHSTATUS: "TYPE=value" joined by
 * ',' without blanks, in the DN's order, MQ keywords (dotted OIDs for
 * the rest).  See the decisions at the top for quoting.
 */
char *
dn_render_mq(const struct dn *d)
{
	const struct dn_ava	*a;
	const char		*name;
	size_t			 size = 1, i, j, n = 0;
	char			*out;
	int			 q;

	for (i = 0; i < d->navas; i++) {
		a = &d->avas[i];
		name = a->type == DN_T_OTHER ? a->oid : type_keywords[a->type];
		size += strlen(name) + 4 + 2 * a->len;
	}
	out = xmalloc(size);
	for (i = 0; i < d->navas; i++) {
		a = &d->avas[i];
		name = a->type == DN_T_OTHER ? a->oid : type_keywords[a->type];
		if (i > 0)
			out[n++] = ',';
		n += (size_t)sprintf(out + n, "%s=", name);
		q = needs_quotes(a->value, a->len);
		if (q)
			out[n++] = '"';
		for (j = 0; j < a->len; j++) {
			out[n++] = a->value[j];
			if (q && a->value[j] == '"')
				out[n++] = '"';
		}
		if (q)
			out[n++] = '"';
	}
	out[n] = '\0';
	return (out);
}

/*
 * Matching.
 */

/* Does the folded certificate value v match filter attribute f? */
static inline int
value_match(const struct dn_filter_ava *f, const struct dn_ava *v)
{
	switch (f->flags & (DN_FA_STAR_HEAD | DN_FA_STAR_TAIL)) {
	case 0:
		return (v->len == f->fold_len &&
		    memcmp(v->fold, f->fold, f->fold_len) == 0);
	case DN_FA_STAR_TAIL:
		return (v->len >= f->fold_len &&
		    memcmp(v->fold, f->fold, f->fold_len) == 0);
	case DN_FA_STAR_HEAD:
		return (v->len >= f->fold_len &&
		    memcmp(v->fold + v->len - f->fold_len, f->fold,
		    f->fold_len) == 0);
	default:
		return (f->fold_len == 0 ||
		    memmem(v->fold, v->len, f->fold, f->fold_len) != NULL);
	}
}

static unsigned
count_type(const struct dn *d, enum dn_type type)
{
	unsigned	n = 0;
	int		j;

	for (j = d->first[type]; j != -1; j = d->avas[j].next)
		n++;
	return (n);
}

/* "OU" for a first occurrence, "2nd OU" and so on after it. */
static void
where(char *buf, size_t size, const struct dn_filter_ava *f)
{
	if (f->nth == 0 && f->type != DN_T_OU && f->type != DN_T_DC)
		snprintf(buf, size, "%s", dn_type_name(f->type));
	else
		snprintf(buf, size, "%u%s %s", f->nth + 1, ordinal(f->nth + 1),
		    dn_type_name(f->type));
}

/* Explain, in why, a failure of filter attribute i.  Returns 0. */
static int
explain(struct dn_match_trace *why, const struct dn_filter *filter,
    size_t i, const struct dn *d, int j, unsigned flags)
{
	const struct dn_filter_ava	*f = &filter->avas[i];
	const char			*how, *pat;
	char				 at[48];
	unsigned			 have;
	int				 plen;

	if (why == NULL)
		return (0);
	why->filter_index = (int)i;
	why->dn_index = j;
	where(at, sizeof at, f);
	pat = f->value + (f->flags & DN_FA_STAR_HEAD ? 1 : 0);
	plen = (int)(f->fold_len > MSGVAL ? MSGVAL : f->fold_len);
	have = count_type(d, f->type);
	if (j == -1 && have == 0) {
		why->why = DN_WHY_ABSENT;
		snprintf(why->message, sizeof why->message, "the certificate "
		    "DN has no %s attribute, which the filter's %s=%.*s "
		    "requires", dn_type_name(f->type), dn_type_name(f->type),
		    MSGVAL, f->value);
		return (0);
	}
	if (j == -1 && !(flags & DN_MATCH_SUBSEQ)) {
		why->why = DN_WHY_TOO_FEW;
		snprintf(why->message, sizeof why->message, "the filter wants "
		    "%s=%.*s as the %s, but the certificate DN has only %u %s",
		    dn_type_name(f->type), MSGVAL, f->value, at, have,
		    dn_type_name(f->type));
		return (0);
	}
	if (j == -1) {
		why->why = DN_WHY_VALUE;
		if (f->nth == 0) {
			snprintf(why->message, sizeof why->message, "no %s in "
			    "the certificate DN matches %s=%.*s",
			    dn_type_name(f->type), dn_type_name(f->type),
			    MSGVAL, f->value);
		} else {
			snprintf(why->message, sizeof why->message, "no later "
			    "%s in the certificate DN matches %s=%.*s (the "
			    "filter's %s values must appear in this order)",
			    dn_type_name(f->type), dn_type_name(f->type),
			    MSGVAL, f->value, dn_type_name(f->type));
		}
		return (0);
	}
	switch (f->flags & (DN_FA_STAR_HEAD | DN_FA_STAR_TAIL)) {
	case 0:
		how = "is not";
		break;
	case DN_FA_STAR_TAIL:
		how = "does not start with";
		break;
	case DN_FA_STAR_HEAD:
		how = "does not end with";
		break;
	default:
		how = "does not contain";
		break;
	}
	why->why = DN_WHY_VALUE;
	snprintf(why->message, sizeof why->message, "%s '%.*s' in the "
	    "certificate DN %s '%.*s' (compared ignoring case)", at,
	    (int)(d->avas[j].len > MSGVAL ? MSGVAL : d->avas[j].len),
	    d->avas[j].value, how, plen, pat);
	return (0);
}

/*
 * Does certificate DN d match filter f?  d is NULL when no certificate was
 * presented (chlauth.md 3.5): then only an empty filter matches.  Returns
 * 1 or 0; on 0, why (if not NULL) says which attribute failed.
 */
int
dn_match_flags(const struct dn_filter *f, const struct dn *d,
    unsigned flags, struct dn_match_trace *why)
{
	const struct dn_filter_ava	*fa;
	int				 cur[DN_NTYPES];
	size_t				 i;
	unsigned			 k;
	int				 j;

	if (why != NULL) {
		why->why = DN_WHY_MATCH;
		why->filter_index = why->dn_index = -1;
		why->message[0] = '\0';
	}
	if (f->navas == 0)
		return (1);
	if (d == NULL) {
		if (why != NULL) {
			why->why = DN_WHY_NO_CERT;
			snprintf(why->message, sizeof why->message, "no "
			    "certificate was presented, so there is no DN to "
			    "match");
		}
		return (0);
	}
	if (flags & DN_MATCH_SUBSEQ) {
		memcpy(cur, d->first, sizeof cur);
		for (i = 0; i < f->navas; i++) {
			fa = &f->avas[i];
			j = cur[fa->type];
			while (j != -1 && !value_match(fa, &d->avas[j]))
				j = d->avas[j].next;
			if (j == -1)
				return (explain(why, f, i, d, -1, flags));
			cur[fa->type] = d->avas[j].next;
		}
		return (1);
	}
	for (i = 0; i < f->navas; i++) {
		fa = &f->avas[i];
		j = d->first[fa->type];
		for (k = fa->nth; k > 0 && j != -1; k--)
			j = d->avas[j].next;
		if (j == -1 || !value_match(fa, &d->avas[j]))
			return (explain(why, f, i, d, j, flags));
	}
	return (1);
}

int
dn_match(const struct dn_filter *f, const struct dn *d,
    struct dn_match_trace *why)
{
	return (dn_match_flags(f, d, 0, why));
}
