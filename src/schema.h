/*
 * schema.h - what mqtls knows about MQSC: verbs, object types and their
 * attributes, as data.
 *
 * The grammar (grammar/mqsc.y) knows nothing about keywords: every command
 * is a verb followed by KEYWORD[(values)] items.  Meaning comes from the
 * tables declared here and defined in mqsc-schema.c (objects, attributes)
 * and cipherspec.c (CipherSpecs).  Lookup and checking live in schema.c.
 *
 * Every name table is sorted by strcmp() on the canonical name so it can be
 * searched with bsearch(); tests/unit/check_schema.c enforces the order and
 * that no name or synonym appears twice.
 */
#ifndef MQTLS_SCHEMA_H
#define MQTLS_SCHEMA_H

#include <stddef.h>
#include <stdint.h>

/* Verbs, as bits so an attribute can say which verbs take it. */
enum schema_verb_id {
	VERB_ALTER	= 1u << 0,
	VERB_ARCHIVE	= 1u << 1,
	VERB_BACKUP	= 1u << 2,
	VERB_CLEAR	= 1u << 3,
	VERB_DEFINE	= 1u << 4,
	VERB_DELETE	= 1u << 5,
	VERB_DISPLAY	= 1u << 6,
	VERB_END	= 1u << 7,
	VERB_EXIT	= 1u << 8,
	VERB_MOVE	= 1u << 9,
	VERB_PING	= 1u << 10,
	VERB_PURGE	= 1u << 11,
	VERB_QUIT	= 1u << 12,
	VERB_RECOVER	= 1u << 13,
	VERB_REFRESH	= 1u << 14,
	VERB_RESET	= 1u << 15,
	VERB_RESOLVE	= 1u << 16,
	VERB_RESUME	= 1u << 17,
	VERB_SET	= 1u << 18,
	VERB_START	= 1u << 19,
	VERB_STOP	= 1u << 20,
	VERB_SUSPEND	= 1u << 21,
};

/* Shorthands for attribute verb masks. */
#define VERBS_DEFALT	(VERB_DEFINE | VERB_ALTER)
#define VERBS_NONE	0u

/* What a command does with its object name. */
enum schema_name_rule {
	NAME_OPTIONAL = 0,	/* (name) may be given; not checked */
	NAME_REQUIRED,		/* DEFINE CHANNEL(name) */
	NAME_NONE,		/* ALTER QMGR: no (name) allowed */
};

struct schema_verb {
	const char	*name;		/* canonical, upper case: "DEFINE" */
	const char	*synonym;	/* fixed synonym or NULL: "DEF" */
	unsigned	 id;		/* one enum schema_verb_id bit */
	unsigned	 flags;		/* VF_* */
	const char	*help;		/* one line */
};

#define VF_NOOBJECT	0x01u	/* END, EXIT, QUIT: nothing follows */
#define VF_ONLINE	0x02u	/* needs a running queue manager */
#define VF_ZOS		0x04u	/* z/OS only: recognised, invalid on distributed */

enum schema_vtype {
	VT_FLAG = 0,	/* keyword alone, no value: REPLACE, ALL */
	VT_STRING,	/* any string, quoted or not, up to maxlen */
	VT_NAME,	/* MQ object name: A-Z a-z 0-9 . / _ %, up to maxlen */
	VT_INT,		/* integer in [min, max] */
	VT_ENUM,	/* one of values[] */
	VT_INT_ENUM,	/* an integer in [min, max] or one of values[] */
	VT_CIPHER,	/* a CipherSpec name (cipherspec.h) or blank */
	VT_WHERE,	/* DISPLAY ... WHERE(keyword op value) */
};

/* Attribute flags. */
#define AF_LIST		0x0001u	/* a list: KEY(a,b,c) */
#define AF_INPUT	0x0002u	/* input only, never displayed: LIKE */
#define AF_OUTPUT	0x0004u	/* display only: ALTDATE, RESETSEQ */
#define AF_ZOS		0x0008u	/* z/OS only: an error on distributed */
#define AF_GENERIC	0x0010u	/* value may be generic (trailing *) */
#define AF_SECRET	0x0020u	/* a password: never echoed in diagnostics */
#define AF_DEPRECATED	0x0040u	/* accepted but obsolete */
#define AF_SUBTYPE	0x0080u	/* this attribute selects the subtype */
#define AF_BLANKOK	0x0100u	/* ' ' or '' is a valid (blank) value */
#define AF_NEGATED	0x0200u	/* flag that is the NO form of another */
#define AF_USERID	0x0400u	/* user IDs: case matters, folding is a trap */
#define AF_DN		0x0800u	/* a DN filter: SSLPEER, SSLCERTI (dn.c) */
#define AF_ADDRESS	0x1000u	/* a CHLAUTH address pattern (address.c) */

/*
 * A default that differs by subtype (DISCINT is 6000 but 0 on SVRCONN).
 * Terminated by a {0, NULL} entry.
 */
struct schema_subdefault {
	uint32_t	 subtypes;	/* mask of subtype indexes */
	const char	*value;
};

struct schema_attr {
	const char	*name;		/* canonical, upper case */
	const char	*synonym;	/* or NULL */
	enum schema_vtype type;
	unsigned	 flags;		/* AF_* */
	unsigned	 verbs;		/* verbs that take it; 0 = DEFINE|ALTER */
	long long	 min, max;	/* VT_INT, VT_INT_ENUM */
	unsigned	 maxlen;	/* VT_STRING, VT_NAME: 0 = no limit */
	unsigned	 maxitems;	/* AF_LIST: 0 = no limit */
	const char *const *values;	/* VT_ENUM, VT_INT_ENUM: NULL-ended */
	uint32_t	 subtypes;	/* valid for these subtypes; 0 = all */
	uint32_t	 required;	/* required on DEFINE/SET for these */
	const char	*defval;	/* default as DISPLAY prints it, or NULL;
					   on a flag with a negation, "YES" or
					   "NO": is the flag on by default */
	const struct schema_subdefault *subdefs; /* per-subtype defaults */
	const char	*negation;	/* NOTRIGGER for TRIGGER, and so on */
	const char	*help;		/* one line, for HELP and diagnostics */
};

struct schema_object {
	const char	*name;		/* canonical: "CHANNEL" */
	const char	*synonym;	/* "CHL" or NULL */
	const char	*alt_synonym;	/* a second accepted spelling or NULL */
	unsigned	 verbs;		/* verbs that accept this object */
	enum schema_name_rule name_rule;
	unsigned	 name_maxlen;	/* 0 = no limit */
	const char	*subtype_attr;	/* "CHLTYPE", "TYPE" or NULL */
	const char *const *subtypes;	/* subtype values, index = mask bit */
	const struct schema_attr *attrs; /* sorted by name; NULL = unknown */
	size_t		 nattrs;
	const char	*help;		/* one line */
	unsigned	 zos_verbs;	/* subset of verbs valid only on z/OS */
};

extern const struct schema_verb schema_verbs[];
extern const size_t schema_nverbs;
extern const struct schema_object schema_objects[];
extern const size_t schema_nobjects;

/* Subtype mask bit for index i of an object's subtypes[]. */
#define SUBTYPE(i)	(UINT32_C(1) << (i))

/*
 * Every subtype.  As the required mask of an attribute of an object with no
 * subtypes (AUTHREC OBJTYPE) it means "always required".
 */
#define SUBTYPE_ANY	UINT32_MAX

/*
 * Lookups.  Names are compared exactly: callers pass upper-case text, as
 * MQSC folds unquoted words.  Synonyms are accepted; no other abbreviation
 * is (mqsc.md section 2).
 */
const struct schema_verb *schema_verb(const char *word);
const struct schema_object *schema_object(const char *word);
const struct schema_attr *schema_attr(const struct schema_object *obj,
    const char *word);
int schema_subtype(const struct schema_object *obj, const char *value);
/* The attributes of obj that are required for some subtype. */
const struct schema_attr *const *schema_required(
    const struct schema_object *obj, size_t *n);
int schema_enum_index(const struct schema_attr *attr, const char *value);

/* Is attr valid with this verb (one VERB_* bit)? */
int schema_attr_for_verb(const struct schema_attr *attr, unsigned verb);

/*
 * The closest known name to a misspelt one, or NULL when nothing is close
 * enough to suggest.  Used for "did you mean FAILDLAY?".
 */
const char *schema_suggest_attr(const struct schema_object *obj,
    const char *word, unsigned verb);
const char *schema_suggest_verb(const char *word);
/* The same, among the NULL-terminated list of names cands. */
const char *schema_suggest_word(const char *word, const char *const *cands);
const char *schema_suggest_object(const char *word);
const char *schema_suggest_value(const struct schema_attr *attr,
    const char *word);
/* The same measure over any list of n names (rule ids, for one). */
const char *schema_suggest_among(const char *word, const char *const *names,
    size_t n);

/* "REQUIRED, OPTIONAL" for messages; writes into buf. */
const char *schema_values_list(const struct schema_attr *attr, char *buf,
    size_t size);

#endif
