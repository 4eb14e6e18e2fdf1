/*
 * dn.h - distinguished names the way IBM MQ sees them: SSLPEER and
 * SSLCERTI filters (struct dn_filter), certificate DNs (struct dn), and
 * MQ's matching of one against the other.
 *
 * Both sides keep their attributes in MQ's order (most specific first,
 * CN ... C, as DISPLAY CHSTATUS shows them) and carry an upper-cased copy
 * of every value, so that dn_match() compares bytes and never allocates.
 * See ../shared/reference/chlauth.md section 3 and tls.md sections 3.2-3.4.
 */
#ifndef MQTLS_DN_H
#define MQTLS_DN_H

#include <stddef.h>

/*
 * Attribute types MQ can filter on.  E and MAIL are one type (see dn.c),
 * SP and S are ST, USERID is UID.  DN_T_OTHER is any attribute MQ has no
 * keyword for; it is kept (with its OID) for display but never matches.
 */
enum dn_type {
	DN_T_OTHER = 0,
	DN_T_SERIALNUMBER,
	DN_T_MAIL,
	DN_T_UID,
	DN_T_CN,
	DN_T_T,
	DN_T_OU,
	DN_T_DC,
	DN_T_O,
	DN_T_STREET,
	DN_T_L,
	DN_T_ST,
	DN_T_PC,
	DN_T_C,
	DN_T_UNSTRUCTUREDNAME,
	DN_T_UNSTRUCTUREDADDRESS,
	DN_T_DNQ,
	DN_NTYPES
};

/* An attribute type name MQ accepts in a filter, and what it means. */
struct dn_type_name {
	const char	*name;
	enum dn_type	 type;
};

/* Every name MQ accepts, synonyms included, sorted by strcmp(). */
extern const struct dn_type_name	dn_type_names[];
extern const size_t			dn_ntype_names;

/* Where and why a parse failed: offset and length are bytes into s. */
struct dn_error {
	size_t	offset;
	size_t	length;
	char	message[256];
};

/*
 * A certificate DN.  Each AVA holds the value as UTF-8 and, right after its
 * NUL, the same value upper-cased (fold).  next links the AVAs of one type
 * in order; first[] starts each chain (-1 when the type is absent).
 */
#define DN_AVA_MULTI	0x1	/* continues the previous AVA's RDN ('+') */

struct dn_ava {
	enum dn_type	 type;
	unsigned	 flags;
	int		 next;
	char		*oid;		/* dotted OID, DN_T_OTHER only */
	char		*value;
	const char	*fold;
	size_t		 len;
};

struct dn {
	struct dn_ava	*avas;
	size_t		 navas;
	size_t		 cap;
	int		 first[DN_NTYPES];
	int		 last[DN_NTYPES];
};

/*
 * A parsed SSLPEER or SSLCERTI filter.  value is what the user wrote with
 * quotes removed and (unless quoted) blanks trimmed; fold is the value
 * upper-cased with the wildcard stars at either end removed.  nth counts
 * earlier attributes of the same type, so the second OU has nth 1.
 * Offsets are bytes into the string given to dn_filter_parse().
 */
#define DN_FA_QUOTED	0x01	/* the value was in double quotes */
#define DN_FA_STAR_HEAD	0x02	/* leading '*': value must end with fold */
#define DN_FA_STAR_TAIL	0x04	/* trailing '*': value must start with fold */
#define DN_FA_STAR_MID	0x08	/* a '*' inside the value (literal) */
#define DN_FA_ODD_CHAR	0x10	/* a character outside MQ's advice */
#define DN_FA_REPEATED	0x20	/* a second CN, O, ...: not OU or DC */
#define DN_FA_SYNONYM	0x40	/* written as SP, S, USERID or E */

struct dn_filter_ava {
	enum dn_type	 type;
	unsigned	 flags;
	unsigned	 nth;
	char		*value;
	size_t		 value_len;
	char		*fold;
	size_t		 fold_len;
	size_t		 offset;	/* "TYPE=value" in the source */
	size_t		 length;
	size_t		 value_offset;	/* the value, quotes included */
	size_t		 value_length;
	size_t		 odd_offset;	/* with DN_FA_ODD_CHAR or _STAR_MID */
};

struct dn_filter {
	struct dn_filter_ava	*avas;
	size_t			 navas;
};

/* Why dn_match() said no.  message is one sentence, no final newline. */
enum dn_why {
	DN_WHY_MATCH = 0,	/* it matched */
	DN_WHY_NO_CERT,		/* no certificate, so no DN */
	DN_WHY_ABSENT,		/* the certificate lacks the attribute */
	DN_WHY_TOO_FEW,		/* fewer OUs (or ...) than the filter names */
	DN_WHY_VALUE		/* the value differs */
};

struct dn_match_trace {
	enum dn_why	 why;
	int		 filter_index;	/* failing filter AVA, or -1 */
	int		 dn_index;	/* certificate AVA compared, or -1 */
	char		 message[256];
};

/* dn_match_flags() flags. */
#define DN_MATCH_SUBSEQ	0x1	/* repeated types: in-order subsequence */

/* dn_filter_render() flags. */
#define DN_RENDER_FOLD	0x1	/* values upper-cased (comparison key) */

const char	*dn_type_name(enum dn_type);
int		 dn_type_lookup(const char *, size_t, enum dn_type *);
enum dn_type	 dn_type_from_oid(const char *, size_t);

int		 dn_filter_parse(const char *, size_t, struct dn_filter *,
		     struct dn_error *);
void		 dn_filter_free(struct dn_filter *);
char		*dn_filter_render(const struct dn_filter *, unsigned);

void		 dn_init(struct dn *);
void		 dn_free(struct dn *);
void		 dn_add(struct dn *, enum dn_type, const char *,
		     const char *, size_t, unsigned);
int		 dn_from_rfc4514(const char *, size_t, struct dn *,
		     struct dn_error *);
char		*dn_render_mq(const struct dn *);
char		*dn_string_to_utf8(unsigned long, const void *, size_t,
		     size_t *);

int		 dn_match(const struct dn_filter *, const struct dn *,
		     struct dn_match_trace *);
int		 dn_match_flags(const struct dn_filter *, const struct dn *,
		     unsigned, struct dn_match_trace *);

#endif
