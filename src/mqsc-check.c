/*
 * mqsc-check.c - the meaning of one MQSC command, checked against the
 * schema the way runmqsc checks it before running it.
 *
 * Order of the checks follows what runmqsc reports first: the verb, the
 * object type, the object name, then each parameter (known keyword, valid
 * for this verb and channel/record type, value of the right type, length
 * and range), then the rules that span parameters (repeats, required
 * parameters, CHLTYPE/TYPE position, the CHLAUTH and AUTHREC combination
 * rules of chlauth.md 1.3-1.5 and mqsc.md 6).
 *
 * Every error says what to do instead.  Nothing here prints: findings go
 * to the diagnostic list, and the caller decides how to render them.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "cipherspec.h"
#include "address.h"
#include "diag.h"
#include "dn.h"
#include "mqsc-check.h"
#include "rules.h"
#include "schema.h"
#include "source.h"
#include "xmalloc.h"

/* Verbs whose keywords we know fully; others accept any KEY(value). */
#define CHECKED_VERBS	(VERB_DEFINE | VERB_ALTER | VERB_SET | \
			 VERB_DELETE | VERB_DISPLAY)

/* Report a finding with the rule's severity from the catalogue. */
static struct diag *
report(struct mqsc_checker *ck, struct mqsc_cmd *cmd, const char *rule,
    struct ast_span sp, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static struct diag *
report(struct mqsc_checker *ck, struct mqsc_cmd *cmd, const char *rule,
    struct ast_span sp, const char *fmt, ...)
{
	struct diag_loc	 loc;
	struct diag	*d;
	va_list		 ap;
	char		*msg;
	enum diag_severity sev = rule_severity(rule);

	loc.src = ck->src;
	loc.start = sp.start;
	loc.end = sp.end;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	d = diag_add(ck->diags, sev, rule, &loc, "%s",
	    msg != NULL ? msg : "(out of memory)");
	free(msg);
	if (sev == DIAG_ERROR)
		cmd->errors++;
	return d;
}

#define REPORT(ck, cmd, rule, sp, ...) \
	report(ck, cmd, rule, sp, __VA_ARGS__)

/* "MAXDEPTH" or "MAXDEPTH(5000)": how a keyword is quoted in messages. */
static const char *
verb_name(const struct mqsc_cmd *cmd)
{
	return cmd->verb != NULL ? cmd->verb->name : "?";
}

static const char *
obj_name(const struct mqsc_cmd *cmd)
{
	return cmd->obj != NULL ? cmd->obj->name : "?";
}

const struct mqsc_param *
mqsc_cmd_param(const struct mqsc_cmd *cmd, const char *name)
{
	const struct schema_attr	*a;
	size_t				 i;

	if (cmd->obj == NULL || (a = schema_attr(cmd->obj, name)) == NULL)
		return NULL;
	for (i = 0; i < cmd->nparams; i++) {
		if (cmd->params[i].attr == a)
			return &cmd->params[i];
	}
	return NULL;
}

/* The single value of a parameter, upper-cased into buf, or NULL. */
static const char *
param_word(const struct mqsc_param *p, char *buf, size_t size)
{
	const struct ast_value	*v;
	size_t			 i;

	if (p == NULL || p->item->nvalues != 1)
		return NULL;
	v = &p->item->values[0];
	if (v->len >= size)
		return NULL;
	for (i = 0; i < v->len; i++)
		buf[i] = (char)toupper((unsigned char)v->s[i]);
	buf[v->len] = '\0';
	return buf;
}

/* Names: A-Z a-z 0-9 . / _ %  (mqsc.md section 3). */
static int
name_char(int c)
{
	return isalnum(c) || c == '.' || c == '/' || c == '_' || c == '%';
}

/*
 * Check characters of a name; returns the first bad character or -1.
 * generic: '*' allowed anywhere (CHLAUTH profiles, OAM profiles with '?'
 * too) or only at the end (DISPLAY).
 */
enum generic_rule { GEN_NONE, GEN_TRAILING, GEN_ANYWHERE, GEN_OAM };

/* Length of a "+NAME+" insert at s, or 0. */
static size_t
insert_len(const char *s, size_t len)
{
	size_t	 i;

	for (i = 1; i < len && (isupper((unsigned char)s[i]) || s[i] == '_');
	    i++)
		;
	return i > 1 && i < len && s[i] == '+' ? i + 1 : 0;
}

static int
name_bad_char(const char *s, size_t len, enum generic_rule gen)
{
	size_t	 i, j;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (name_char(c))
			continue;
		/*
		 * Inserts such as +QMNAME+ and +AUTOCL+, which the queue
		 * manager replaces in cluster channel definitions and in
		 * uniform-cluster auto-configuration (mqsc.md 4.1).
		 */
		if (c == '+' && (j = insert_len(s + i, len - i)) > 0) {
			i += j - 1;
			continue;
		}
		if (c == '*' && (gen == GEN_ANYWHERE || gen == GEN_OAM ||
		    (gen == GEN_TRAILING && i == len - 1)))
			continue;
		if (c == '?' && gen == GEN_OAM)
			continue;
		return c;
	}
	return -1;
}

static void
check_name(struct mqsc_checker *ck, struct mqsc_cmd *cmd)
{
	const struct schema_object	*obj = cmd->obj;
	const struct ast_item		*it = cmd->objitem;
	const struct ast_value		*v;
	const char			*what;
	enum generic_rule		 gen;
	int				 bad;
	unsigned			 verb = cmd->verb->id;

	what = strcmp(obj->name, "CHLAUTH") == 0 ? "profile" : "name";
	if (obj->name_rule == NAME_NONE) {
		if (it->parens)
			REPORT(ck, cmd, "unexpected-name", it->span,
			    "%s %s takes no name in parentheses: remove "
			    "'(%.*s)'", verb_name(cmd), obj->name,
			    it->nvalues > 0 ? (int)it->values[0].len : 0,
			    it->nvalues > 0 ? it->values[0].s : "");
		return;
	}
	if (!it->parens) {
		if (obj->name_rule == NAME_REQUIRED)
			REPORT(ck, cmd, "missing-name", it->span,
			    "%s %s needs the %s in parentheses, as in "
			    "%s %s(%s)", verb_name(cmd), obj->name, what,
			    verb_name(cmd), obj->name,
			    strcmp(obj->name, "CHLAUTH") == 0 ? "'*'" :
			    "NAME");
		return;
	}
	if (it->nvalues == 0) {
		/* runmqsc: AMQ8405 for ( ), AMQ8424 for '' (mqsc.md 1.4) */
		REPORT(ck, cmd, "missing-name", it->span,
		    "the %s %s is empty: give a name", obj->name, what);
		return;
	}
	if (it->nvalues > 1) {
		REPORT(ck, cmd, "invalid-name", it->values[1].span,
		    "%s takes one %s, not a list: quote names that contain "
		    "blanks or commas (which then are not valid either)",
		    obj->name, what);
		return;
	}
	v = &it->values[0];
	cmd->name = v;
	if (v->flags & AV_TEMPLATE)
		return;
	if (v->len == 0) {
		REPORT(ck, cmd, "missing-name", v->span,
		    "the %s %s is empty (runmqsc: AMQ8424): give a name",
		    obj->name, what);
		return;
	}
	if (strcmp(obj->name, "CHLAUTH") == 0)
		gen = GEN_ANYWHERE;
	else if (verb == VERB_DISPLAY || verb == VERB_DELETE ||
	    obj->name_rule == NAME_OPTIONAL)
		gen = verb == VERB_DISPLAY || obj->name_rule == NAME_OPTIONAL ?
		    GEN_TRAILING : GEN_NONE;
	else
		gen = GEN_NONE;
	if (obj->name_maxlen > 0 && v->len > obj->name_maxlen)
		REPORT(ck, cmd, "name-too-long", v->span,
		    "%s %s '%.*s' is %zu characters long; the limit is %u",
		    obj->name, what, (int)v->len, v->s, v->len,
		    obj->name_maxlen);
	if (obj->name_rule == NAME_OPTIONAL && obj->attrs == NULL)
		return;		/* names of objects we do not model */
	if ((bad = name_bad_char(v->s, v->len, gen)) >= 0) {
		if (bad == '*' && gen == GEN_NONE)
			REPORT(ck, cmd, "invalid-name", v->span,
			    "%s %s takes one object, not a generic name: "
			    "'*' is only allowed on DISPLAY", verb_name(cmd),
			    obj->name);
		else if (bad == '*')
			REPORT(ck, cmd, "invalid-name", v->span,
			    "a generic %s has '*' only as its last character",
			    what);
		else
			REPORT(ck, cmd, "invalid-name", v->span,
			    "%s %s '%.*s' contains '%c'; names may only use "
			    "A-Z, a-z, 0-9, '.', '/', '_' and '%%'",
			    obj->name, what, (int)v->len, v->s, bad);
	}
}

/* Parse a decimal integer; -1 if it is not one. */
static int
parse_int(const char *s, size_t len, long long *out)
{
	char		 buf[32], *end;
	long long	 n;

	if (len == 0 || len >= sizeof buf)
		return -1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	if (!isdigit((unsigned char)buf[0]) &&
	    !(buf[0] == '-' && len > 1 && isdigit((unsigned char)buf[1])))
		return -1;
	errno = 0;
	n = strtoll(buf, &end, 10);
	if (*end != '\0' || errno != 0)
		return -1;
	*out = n;
	return 0;
}

/* Upper-cased copy of a value, for enum and CipherSpec comparisons. */
static const char *
value_upper(struct mqsc_checker *ck, const struct ast_value *v)
{
	char	*s;
	size_t	 i;

	/* Unquoted values are folded already (and NUL-terminated). */
	if (!(v->flags & AV_QUOTED))
		return v->s;
	s = arena_strndup(ck->arena, v->s, v->len);
	for (i = 0; i < v->len; i++)
		s[i] = (char)toupper((unsigned char)s[i]);
	return s;
}

static void
check_enum(struct mqsc_checker *ck, struct mqsc_cmd *cmd,
    const struct schema_attr *a, const struct ast_value *v)
{
	const char	*val = value_upper(ck, v), *hint, *sug;
	char		 list[512];

	if (schema_enum_index(a, val) >= 0)
		return;
	hint = mqsc_hint_find(verb_name(cmd), obj_name(cmd), a->name, val);
	if (hint != NULL) {
		REPORT(ck, cmd, "invalid-value", v->span, "%s(%s) is not valid: "
		    "%s", a->name, val, hint);
		return;
	}
	schema_values_list(a, list, sizeof list);
	if ((sug = schema_suggest_value(a, val)) != NULL)
		REPORT(ck, cmd, "invalid-value", v->span, "%s(%s) is not valid; "
		    "did you mean %s? (valid values: %s)", a->name, val, sug,
		    list);
	else if (v->len == 0)
		REPORT(ck, cmd, "invalid-value", v->span, "%s needs a value: "
		    "one of %s", a->name, list);
	else
		REPORT(ck, cmd, "invalid-value", v->span, "%s(%s) is not valid: "
		    "use one of %s", a->name, val, list);
}

static void
check_int(struct mqsc_checker *ck, struct mqsc_cmd *cmd,
    const struct schema_attr *a, const struct ast_value *v)
{
	long long	 n;
	char		 list[256];

	if (a->type == VT_INT_ENUM &&
	    schema_enum_index(a, value_upper(ck, v)) >= 0)
		return;
	if (parse_int(v->s, v->len, &n) == -1) {
		if (a->type == VT_INT_ENUM) {
			schema_values_list(a, list, sizeof list);
			REPORT(ck, cmd, "invalid-value", v->span,
			    "%s takes %s or an integer from %lld to %lld, "
			    "not '%.*s'", a->name, list, a->min, a->max,
			    (int)v->len, v->s);
		} else
			REPORT(ck, cmd, "invalid-value", v->span,
			    "%s takes an integer from %lld to %lld, not "
			    "'%.*s'%s", a->name, a->min, a->max, (int)v->len,
			    v->s, !ck->templates && (memchr(v->s, '$',
			    v->len) || memchr(v->s, '{', v->len)) ?
			    " (for templated MQSC use --templates or -D)" :
			    "");
		return;
	}
	if (n < a->min || n > a->max)
		REPORT(ck, cmd, "value-out-of-range", v->span,
		    "%s(%lld) is out of range: use a value from %lld to %lld",
		    a->name, n, a->min, a->max);
}

static void
check_cipher(struct mqsc_checker *ck, struct mqsc_cmd *cmd,
    const struct schema_attr *a, const struct ast_value *v)
{
	const struct cipherspec	*cs;
	const char		*val, *sug;
	size_t			 i;

	for (i = 0; i < v->len && v->s[i] == ' '; i++)
		;
	if (i == v->len)
		return;			/* blank: no TLS */
	val = value_upper(ck, v);
	if ((cs = cipherspec_find(val)) == NULL) {
		sug = cipherspec_suggest(val);
		REPORT(ck, cmd, "unknown-cipherspec", v->span,
		    "%s(%s) is not an IBM MQ CipherSpec%s%s%s", a->name, val,
		    sug != NULL ? "; did you mean " : "",
		    sug != NULL ? sug : "", sug != NULL ? "?" :
		    " (MQ names differ from IANA names; for example "
		    "ANY_TLS12_OR_HIGHER or TLS_AES_256_GCM_SHA384)");
		return;
	}
	if (cs->status == CS_DEPRECATED)
		REPORT(ck, cmd, "deprecated-cipherspec", v->span,
		    "CipherSpec %s is deprecated: runmqsc rejects it with "
		    "AMQ8242 unless deprecated CipherSpecs were re-enabled "
		    "on the queue manager; use %s", cs->name,
		    cs->replacement != NULL ? cs->replacement :
		    "ANY_TLS12_OR_HIGHER");
}

static void
check_where(struct mqsc_checker *ck, struct mqsc_cmd *cmd,
    const struct ast_item *it)
{
	static const char *const ops[] = { "LT", "GT", "EQ", "NE", "LE",
	    "GE", "LK", "NL", "CT", "EX", "CTG", "EXG", NULL };
	const struct schema_attr	*fa;
	const char			*op;
	size_t				 i;

	if (it->nvalues < 3) {
		REPORT(ck, cmd, "invalid-value", it->span,
		    "WHERE takes a keyword, an operator and a value, as in "
		    "WHERE(SSLCIPH EQ ' ')");
		return;
	}
	if (cmd->obj->attrs != NULL &&
	    !(it->values[0].flags & AV_TEMPLATE) &&
	    (fa = schema_attr(cmd->obj, it->values[0].s)) == NULL)
		REPORT(ck, cmd, "unknown-keyword", it->values[0].span,
		    "WHERE filters on an attribute of %s; '%.*s' is not one",
		    cmd->obj->name, (int)it->values[0].len, it->values[0].s);
	op = value_upper(ck, &it->values[1]);
	for (i = 0; ops[i] != NULL; i++)
		if (strcmp(ops[i], op) == 0)
			break;
	if (ops[i] == NULL)
		REPORT(ck, cmd, "invalid-value", it->values[1].span,
		    "'%s' is not a WHERE operator: use LT, GT, EQ, NE, LE, "
		    "GE, LK, NL, CT, EX, CTG or EXG", op);
}

/*
 * Physical span of bytes [off, off + len) of a value's text.  In a quoted
 * value each '' is one character, so offsets shift past them; a value
 * split by a continuation is not mapped finer than the whole value.
 */
static struct ast_span
value_subspan(const struct mqsc_checker *ck, const struct ast_value *v,
    size_t off, size_t len)
{
	struct ast_span	 sp = v->span;
	const char	*p = ck->src->buf + v->span.start;
	size_t		 phys = v->span.end - v->span.start, i, k, n;

	if (!(v->flags & AV_QUOTED)) {
		n = phys == v->len ? 0 : (size_t)-1;
	} else
		n = 1;		/* the opening quote */
	if (n == (size_t)-1 || (v->flags & AV_TEMPLATE))
		return sp;
	/* Walk the physical text, counting logical characters. */
	for (i = n, k = 0; i < phys && k < off; k++)
		i += (p[i] == '\'' && (v->flags & AV_QUOTED)) ? 2 : 1;
	if (i >= phys || memchr(p, '\n', phys) != NULL)
		return sp;
	sp.start = v->span.start + i;
	for (k = 0; i < phys && k < (len > 0 ? len : 1); k++)
		i += (p[i] == '\'' && (v->flags & AV_QUOTED)) ? 2 : 1;
	sp.end = v->span.start + (i < phys ? i : phys);
	return sp;
}

/* A module's message mid-sentence: lower-case start, no final stop. */
static void
msg_sentence(char *m)
{
	size_t	 n = strlen(m);

	if (n > 1 && m[0] >= 'A' && m[0] <= 'Z' && m[1] >= 'a' && m[1] <= 'z')
		m[0] += 'a' - 'A';
	if (n > 0 && m[n - 1] == '.')
		m[n - 1] = '\0';
}

/* SSLPEER and SSLCERTI filters: MQ's DN syntax (chlauth.md 3.1). */
static void
check_dn(struct mqsc_checker *ck, struct mqsc_cmd *cmd,
    const struct schema_attr *a, const struct ast_value *v)
{
	struct dn_filter	 f;
	struct dn_error		 err;

	if (v->len == 0 || strspn(v->s, " ") == v->len)
		return;
	memset(&f, 0, sizeof f);
	if (dn_filter_parse(v->s, v->len, &f, &err) == 0) {
		dn_filter_free(&f);
		return;
	}
	msg_sentence(err.message);
	REPORT(ck, cmd, "invalid-dn", value_subspan(ck, v, err.offset,
	    err.length), "%s: %s", a->name, err.message);
}

/*
 * CHLAUTH ADDRESS and ADDRLIST patterns (chlauth.md 4): host names are
 * allowed in ADDRESS, never in BLOCKADDR's ADDRLIST.  A RUNCHECK input on
 * DISPLAY is an address, checked by the simulation.
 */
static void
check_address(struct mqsc_checker *ck, struct mqsc_cmd *cmd,
    const struct schema_attr *a, const struct ast_value *v)
{
	struct addr_pattern	 pat;
	struct addr_error	 err;
	int			 hostnames = strcmp(a->name, "ADDRLIST") != 0;

	if (v->len == 0 || strspn(v->s, " ") == v->len)
		return;
	if (addr_pattern_parse(v->s, v->len, hostnames, &pat, &err) == 0) {
		addr_pattern_free(&pat);
		return;
	}
	msg_sentence(err.message);
	REPORT(ck, cmd, "invalid-address", value_subspan(ck, v, err.offset,
	    v->len - err.offset), "%s: %s (runmqsc: %s, %d)", a->name,
	    err.message,
	    err.reason == ADDR_RC_RANGE_ERROR ? "MQRCCF_IPADDR_RANGE_ERROR" :
	    "MQRCCF_IPADDR_ERROR", err.reason);
}

/* One value against the attribute's type. */
static void
check_value(struct mqsc_checker *ck, struct mqsc_cmd *cmd,
    const struct schema_attr *a, const struct ast_value *v)
{
	int		 bad;
	enum generic_rule gen;

	if (v->flags & AV_TEMPLATE)
		return;
	switch (a->type) {
	case VT_FLAG:
	case VT_WHERE:
		break;
	case VT_STRING:
		if (a->maxlen > 0 && v->len > a->maxlen)
			REPORT(ck, cmd, "value-too-long", v->span,
			    "%s is at most %u characters; this value has %zu",
			    a->name, a->maxlen, v->len);
		else if ((a->flags & AF_DN) && cmd->verb->id != VERB_DISPLAY)
			check_dn(ck, cmd, a, v);
		else if ((a->flags & AF_ADDRESS) &&
		    cmd->verb->id != VERB_DISPLAY)
			check_address(ck, cmd, a, v);
		break;
	case VT_NAME:
		if (v->len == 0 || (v->len == 1 && v->s[0] == ' '))
			break;		/* blank: not set */
		if (a->maxlen > 0 && v->len > a->maxlen)
			REPORT(ck, cmd, "value-too-long", v->span,
			    "%s is a name of at most %u characters; '%.*s' "
			    "has %zu", a->name, a->maxlen, (int)v->len, v->s,
			    v->len);
		if (a->flags & AF_GENERIC)
			gen = strcmp(obj_name(cmd), "AUTHREC") == 0 ? GEN_OAM :
			    cmd->verb->id == VERB_DISPLAY ? GEN_TRAILING :
			    GEN_ANYWHERE;
		else
			gen = GEN_NONE;
		if ((bad = name_bad_char(v->s, v->len, gen)) >= 0)
			REPORT(ck, cmd, "invalid-value", v->span,
			    "%s '%.*s' contains '%c'; names may only use "
			    "A-Z, a-z, 0-9, '.', '/', '_' and '%%'", a->name,
			    (int)v->len, v->s, bad);
		break;
	case VT_INT:
	case VT_INT_ENUM:
		check_int(ck, cmd, a, v);
		break;
	case VT_ENUM:
		check_enum(ck, cmd, a, v);
		break;
	case VT_CIPHER:
		check_cipher(ck, cmd, a, v);
		break;
	}
}

/* "SDR, SVR and RCVR" for the subtypes in mask. */
static const char *
subtype_list(struct mqsc_checker *ck, const struct schema_object *obj,
    uint32_t mask)
{
	char	 buf[256];
	size_t	 n = 0, i;

	buf[0] = '\0';
	for (i = 0; obj->subtypes != NULL && obj->subtypes[i] != NULL; i++) {
		if (!(mask & SUBTYPE(i)))
			continue;
		n += (size_t)snprintf(buf + n, n < sizeof buf ?
		    sizeof buf - n : 0, "%s%s", n > 0 ? ", " : "",
		    obj->subtypes[i]);
		if (n >= sizeof buf)
			break;
	}
	return arena_strndup(ck->arena, buf, strlen(buf));
}

/* Where the subtype is given: CHLTYPE on channels, TYPE on CHLAUTH. */
static void
find_subtype(struct mqsc_checker *ck, struct mqsc_cmd *cmd)
{
	const struct schema_object	*obj = cmd->obj;
	const struct mqsc_param		*p;
	const struct ast_value		*v;
	unsigned			 verb = cmd->verb->id;

	cmd->subtype = -1;
	if (obj->subtype_attr == NULL || obj->subtypes == NULL)
		return;
	p = mqsc_cmd_param(cmd, obj->subtype_attr);
	if (p == NULL || p->item->nvalues != 1) {
		if (p == NULL && (verb == VERB_DEFINE || verb == VERB_ALTER ||
		    (verb == VERB_SET && strcmp(obj->name, "CHLAUTH") == 0)) &&
		    !mqsc_cmd_param(cmd, "LIKE"))
			REPORT(ck, cmd, "missing-required", cmd->objitem->span,
			    "%s %s needs %s(...) straight after the %s",
			    verb_name(cmd), obj->name, obj->subtype_attr,
			    strcmp(obj->name, "CHLAUTH") == 0 ? "profile" :
			    "name");
		return;
	}
	v = &p->item->values[0];
	if (v->flags & AV_TEMPLATE)
		return;
	cmd->subtype = schema_subtype(obj, value_upper(ck, v));
	/*
	 * CHLTYPE must follow the channel name (mqsc.md 4.1, note 1 of every
	 * distributed syntax diagram); TYPE must follow the CHLAUTH profile
	 * (chlauth.md 1.1: UNCONFIRMED for runmqsc, reported as an error as
	 * the reference recommends).
	 */
	if ((verb == VERB_DEFINE || verb == VERB_ALTER || verb == VERB_SET) &&
	    cmd->nparams > 0 && cmd->params[0].item != p->item)
		REPORT(ck, cmd, "subtype-position", p->item->span,
		    "%s must come straight after the %s %s, before any other "
		    "parameter", obj->subtype_attr, obj->name,
		    strcmp(obj->name, "CHLAUTH") == 0 ? "profile" : "name");
}

/*
 * "REPLACE+" followed by "  DESCR(...)" reads as REPLACEDESCR: '+' drops
 * the next line's leading blanks (mqsc.md 1.6).  If an unknown keyword is
 * two known ones glued at a line break, say so.
 */
static int
glued(struct mqsc_checker *ck, struct mqsc_cmd *cmd, const struct ast_item *it)
{
	unsigned	 l1, c1, l2, c2;
	size_t		 k;
	char		 left[64];

	if (it->kwlen >= sizeof left)
		return 0;
	source_linecol(ck->src, it->kwspan.start, &l1, &c1);
	source_linecol(ck->src, it->kwspan.end - 1, &l2, &c2);
	if (l1 == l2)
		return 0;
	for (k = 1; k < it->kwlen; k++) {
		memcpy(left, it->kw, k);
		left[k] = '\0';
		if (schema_attr(cmd->obj, left) != NULL &&
		    schema_attr(cmd->obj, it->kw + k) != NULL) {
			REPORT(ck, cmd, "glued-continuation", it->kwspan,
			    "%s and %s run together: a '+' at the end of a "
			    "line drops the leading blanks of the next one, so "
			    "put a blank before the '+' (or end the line with "
			    "'-')", left, it->kw + k);
			return 1;
		}
	}
	return 0;
}

/* Keyword known and allowed for this verb and subtype? Returns attr. */
static const struct schema_attr *
check_keyword(struct mqsc_checker *ck, struct mqsc_cmd *cmd,
    const struct ast_item *it, const struct schema_attr *a)
{
	const struct schema_object	*obj = cmd->obj;
	const char			*sug, *hint;
	unsigned			 verb = cmd->verb->id;

	if (it->kwflags & AV_TEMPLATE)
		return NULL;
	if (a == NULL && !it->parens && memchr(it->kw, '=', it->kwlen) &&
	    it->kw[0] != '=') {
		size_t k = (size_t)((const char *)memchr(it->kw, '=',
		    it->kwlen) - it->kw);

		REPORT(ck, cmd, "syntax", it->kwspan, "'=' introduces a value "
		    "only on z/OS: write %.*s(%s)", (int)k, it->kw,
		    it->kw + k + 1);
		return NULL;
	}
	if (a == NULL) {
		if (!(verb & CHECKED_VERBS))
			return NULL;	/* START/STOP/...: not modelled */
		hint = mqsc_hint_find(verb_name(cmd), obj->name, it->kw,
		    NULL);
		sug = schema_suggest_attr(obj, it->kw, verb);
		if (hint == NULL && glued(ck, cmd, it))
			return NULL;
		if (hint != NULL)
			REPORT(ck, cmd, "unknown-keyword", it->kwspan,
			    "%s is not a keyword of %s %s: %s", it->kw,
			    verb_name(cmd), obj->name, hint);
		else if (sug != NULL)
			REPORT(ck, cmd, "unknown-keyword", it->kwspan,
			    "%s is not a keyword of %s %s; did you mean %s?",
			    it->kw, verb_name(cmd), obj->name, sug);
		else
			REPORT(ck, cmd, "unknown-keyword", it->kwspan,
			    "%s is not a keyword of %s %s", it->kw,
			    verb_name(cmd), obj->name);
		return NULL;
	}
	if (a->flags & AF_ZOS) {
		REPORT(ck, cmd, "zos-only", it->kwspan,
		    "%s is only valid on z/OS: remove it for a queue manager "
		    "on AIX, Linux or Windows", a->name);
		return a;
	}
	if (verb == VERB_DISPLAY) {
		if ((schema_attr_for_verb(a, VERB_DISPLAY) &&
		    a->verbs != 0) || (it->parens && (a->flags & AF_SUBTYPE)))
			return a;	/* a selector such as TYPE or WHERE */
		if (!it->parens && !(a->flags & AF_INPUT))
			return a;	/* an attribute to display */
		if (it->parens)
			REPORT(ck, cmd, "invalid-keyword-for-verb", it->span,
			    "DISPLAY %s does not select by %s(...): list %s "
			    "alone to show it, or filter with WHERE(%s EQ "
			    "value)", obj->name, a->name, a->name, a->name);
		else
			REPORT(ck, cmd, "invalid-keyword-for-verb", it->span,
			    "%s is not an attribute DISPLAY can show",
			    a->name);
		return NULL;
	}
	if (a->flags & AF_OUTPUT) {
		REPORT(ck, cmd, "display-only", it->kwspan,
		    "%s is set by the queue manager and only shown by "
		    "DISPLAY: remove it", a->name);
		return NULL;
	}
	if (!schema_attr_for_verb(a, verb)) {
		if (!(verb & CHECKED_VERBS))
			return NULL;
		hint = mqsc_hint_find(verb_name(cmd), obj->name, a->name,
		    NULL);
		REPORT(ck, cmd, "invalid-keyword-for-verb", it->kwspan,
		    "%s is not valid on %s %s%s%s", a->name, verb_name(cmd),
		    obj->name, hint != NULL ? ": " : "",
		    hint != NULL ? hint : "");
		return NULL;
	}
	return a;
}

/* Does a value list look like an unexpanded template? */
static int
looks_templated(const struct ast_item *it)
{
	size_t	 i;

	for (i = 0; i < it->nvalues; i++)
		if (memchr(it->values[i].s, '$', it->values[i].len) ||
		    memchr(it->values[i].s, '{', it->values[i].len) ||
		    memchr(it->values[i].s, '<', it->values[i].len))
			return 1;
	return 0;
}

static void
check_param_values(struct mqsc_checker *ck, struct mqsc_cmd *cmd,
    const struct schema_attr *a, const struct ast_item *it)
{
	size_t	 i;

	if (cmd->verb->id == VERB_DISPLAY && !it->parens)
		return;
	if (a->type == VT_FLAG) {
		if (it->parens)
			REPORT(ck, cmd, "unexpected-value", it->span,
			    "%s takes no value: write %s alone", a->name,
			    a->name);
		return;
	}
	if (!it->parens) {
		REPORT(ck, cmd, "missing-value", it->span,
		    "%s needs a value in parentheses, as in %s(...)", a->name,
		    a->name);
		return;
	}
	if (a->type == VT_WHERE) {
		check_where(ck, cmd, it);
		return;
	}
	if (it->nvalues == 0) {
		if (a->type == VT_STRING || a->type == VT_NAME ||
		    a->type == VT_CIPHER || (a->flags & AF_LIST))
			return;		/* KEY( ) is a blank value */
		REPORT(ck, cmd, "missing-value", it->span,
		    "%s( ) is empty: give a value", a->name);
		return;
	}
	if (it->nvalues > 1 && !(a->flags & AF_LIST)) {
		REPORT(ck, cmd, "too-many-values", it->values[1].span,
		    "%s takes one value, not a list%s%s", a->name,
		    a->type == VT_STRING ? ": quote a value that contains "
		    "blanks or commas" : "", !ck->templates &&
		    looks_templated(it) ? " (for templated MQSC use "
		    "--templates or -D)" : "");
		return;
	}
	if ((a->flags & AF_LIST) && a->maxitems > 0 &&
	    it->nvalues > a->maxitems)
		REPORT(ck, cmd, "too-many-values", it->values[a->maxitems].span,
		    "%s holds at most %u entries; this list has %zu",
		    a->name, a->maxitems, it->nvalues);
	for (i = 0; i < it->nvalues; i++)
		check_value(ck, cmd, a, &it->values[i]);
}

/* Repeats, including a flag together with its NO form (mqsc.md 1.4). */
static void
relate_first(struct mqsc_checker *ck, struct diag *d,
    const struct mqsc_param *first)
{
	struct diag_loc	 loc;

	loc.src = ck->src;
	loc.start = first->item->kwspan.start;
	loc.end = first->item->kwspan.end;
	diag_relate(d, &loc, "%.*s is first given here",
	    (int)first->item->kwlen, first->item->kw);
}

static void
check_repeats(struct mqsc_checker *ck, struct mqsc_cmd *cmd)
{
	size_t	 i, j;
	const struct mqsc_param *p, *q;
	struct diag *d;

	for (i = 1; i < cmd->nparams; i++) {
		p = &cmd->params[i];
		for (j = 0; j < i; j++) {
			q = &cmd->params[j];
			if (p->attr != NULL && q->attr != NULL) {
				if (p->attr == q->attr) {
					d = REPORT(ck, cmd, "duplicate-keyword",
					    p->item->kwspan, "%s is given "
					    "twice: remove one",
					    p->attr->name);
					relate_first(ck, d, q);
					break;
				}
				if ((p->attr->negation != NULL &&
				    strcmp(p->attr->negation,
				    q->attr->name) == 0) ||
				    (q->attr->negation != NULL &&
				    strcmp(q->attr->negation,
				    p->attr->name) == 0)) {
					d = REPORT(ck, cmd, "duplicate-keyword",
					    p->item->kwspan, "%s contradicts "
					    "%s: keep one of them",
					    p->attr->name, q->attr->name);
					relate_first(ck, d, q);
					break;
				}
			} else if (p->attr == NULL && q->attr == NULL &&
			    p->item->kwlen == q->item->kwlen &&
			    memcmp(p->item->kw, q->item->kw,
			    p->item->kwlen) == 0 &&
			    !(p->item->kwflags & AV_TEMPLATE)) {
				d = REPORT(ck, cmd, "duplicate-keyword",
				    p->item->kwspan, "%s is given twice: "
				    "remove one", p->item->kw);
				relate_first(ck, d, q);
				break;
			}
		}
	}
}

/* An attribute's help line, first letter lowered, to quote mid-sentence. */
static const char *
help_text(struct mqsc_checker *ck, const struct schema_attr *a)
{
	char	*s;

	if (a->help == NULL)
		return "";
	s = arena_strndup(ck->arena, a->help, strlen(a->help));
	if (s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z')
		s[0] += 'a' - 'A';
	return s;
}

static void
check_required(struct mqsc_checker *ck, struct mqsc_cmd *cmd)
{
	const struct schema_object	*obj = cmd->obj;
	const struct schema_attr	*a, *const *req;
	size_t				 i, k, nreq;
	uint32_t			 bit;

	if (cmd->subtype < 0 && obj->subtype_attr != NULL)
		return;
	bit = cmd->subtype >= 0 ? SUBTYPE(cmd->subtype) : UINT32_MAX;
	req = schema_required(obj, &nreq);
	for (i = 0; i < nreq; i++) {
		a = req[i];
		if (!(a->required & bit))
			continue;
		for (k = 0; k < cmd->nparams && cmd->params[k].attr != a; k++)
			;
		if (k < cmd->nparams)
			continue;
		if (cmd->subtype >= 0)
			REPORT(ck, cmd, "missing-required", cmd->objitem->span,
			    "%s %s with %s(%s) needs %s(...)%s%s%s",
			    verb_name(cmd), obj->name, obj->subtype_attr,
			    obj->subtypes[cmd->subtype], a->name,
			    a->help != NULL ? " (" : "", help_text(ck, a),
			    a->help != NULL ? ")" : "");
		else
			REPORT(ck, cmd, "missing-required", cmd->objitem->span,
			    "%s %s needs %s(...)%s%s%s", verb_name(cmd),
			    obj->name, a->name, a->help != NULL ? " (" : "",
			    help_text(ck, a), a->help != NULL ? ")" : "");
	}
}

/* Is value one of the enum values of the object's attribute name? */
static int
valid_word(const struct mqsc_cmd *cmd, const char *name, const char *value)
{
	return schema_enum_index(schema_attr(cmd->obj, name), value) >= 0;
}

static int
chlauth_removeall(const struct mqsc_cmd *cmd)
{
	char	 buf[16];
	const char *act;

	act = param_word(mqsc_cmd_param(cmd, "ACTION"), buf, sizeof buf);
	return act != NULL && strcmp(act, "REMOVEALL") == 0;
}

static int
chlauth_action_valid(const struct mqsc_cmd *cmd)
{
	char		 buf[16];
	const char	*act;

	act = param_word(mqsc_cmd_param(cmd, "ACTION"), buf, sizeof buf);
	return act == NULL || valid_word(cmd, "ACTION", act);
}

/*
 * SET CHLAUTH rules that tie parameters together (chlauth.md 1.3-1.5),
 * each with the PCF reason runmqsc reports.
 */
static void
check_chlauth(struct mqsc_checker *ck, struct mqsc_cmd *cmd)
{
	static const char *const identity[] = { "ADDRESS", "ADDRLIST",
	    "CLNTUSER", "QMNAME", "SSLPEER", "SSLCERTI", "USERLIST", NULL };
	const struct mqsc_param	*p;
	char			 action[16], usersrc[16], type[16];
	const char		*act, *src, *t;
	size_t			 i, k;
	int			 mapping, is_id;

	act = param_word(mqsc_cmd_param(cmd, "ACTION"), action,
	    sizeof action);
	if (act == NULL)
		act = "ADD";
	src = param_word(mqsc_cmd_param(cmd, "USERSRC"), usersrc,
	    sizeof usersrc);
	/* An invalid ACTION or USERSRC was reported; guessing on is noise. */
	if (!valid_word(cmd, "ACTION", act) ||
	    (src != NULL && !valid_word(cmd, "USERSRC", src)))
		return;
	t = cmd->subtype >= 0 ? cmd->obj->subtypes[cmd->subtype] : NULL;
	mapping = t != NULL && strcmp(t, "BLOCKUSER") != 0 &&
	    strcmp(t, "BLOCKADDR") != 0;
	(void)type;

	/* BLOCKADDR lives on profile '*' only (MQRCCF_CHLAUTH_NAME_ERROR). */
	if (t != NULL && strcmp(t, "BLOCKADDR") == 0 && cmd->name != NULL &&
	    !(cmd->name->flags & AV_TEMPLATE) &&
	    (cmd->name->len != 1 || cmd->name->s[0] != '*'))
		REPORT(ck, cmd, "chlauth-blockaddr-profile", cmd->name->span,
		    "TYPE(BLOCKADDR) applies to the listener, so its profile "
		    "must be '*' (runmqsc: MQRCCF_CHLAUTH_NAME_ERROR, 3349): "
		    "write SET CHLAUTH('*') TYPE(BLOCKADDR) ...");

	/* Parameters allowed per ACTION (MQRCCF_WRONG_CHLAUTH_ACTION). */
	if (strcmp(act, "REMOVE") == 0 || strcmp(act, "REMOVEALL") == 0) {
		for (i = 0; i < cmd->nparams; i++) {
			p = &cmd->params[i];
			if (p->attr == NULL ||
			    strcmp(p->attr->name, "TYPE") == 0 ||
			    strcmp(p->attr->name, "ACTION") == 0)
				continue;
			for (is_id = 0, k = 0; identity[k] != NULL; k++)
				if (strcmp(identity[k], p->attr->name) == 0)
					is_id = 1;
			if (is_id && strcmp(act, "REMOVE") == 0)
				continue;
			REPORT(ck, cmd, "chlauth-action-param", p->item->kwspan,
			    "%s is not allowed with ACTION(%s) (runmqsc: "
			    "MQRCCF_WRONG_CHLAUTH_ACTION, 3339)%s",
			    p->attr->name, act, is_id ? ": REMOVEALL removes "
			    "every record of this TYPE on the profile" :
			    ": only the parameters that identify the record "
			    "are given");
		}
		return;
	}
	if (!mapping)
		goto warn;
	if (src == NULL)
		src = "MAP";		/* USERSRC defaults to MAP */
	p = mqsc_cmd_param(cmd, "MCAUSER");
	if (strcmp(src, "MAP") == 0 && p == NULL)
		REPORT(ck, cmd, "chlauth-mcauser", cmd->objitem->span,
		    "USERSRC(MAP)%s needs MCAUSER('user'), the user ID the "
		    "channel will run as; to refuse use USERSRC(NOACCESS), to "
		    "keep the flowed user use USERSRC(CHANNEL)",
		    mqsc_cmd_param(cmd, "USERSRC") ? "" :
		    " (the default)");
	else if (strcmp(src, "MAP") != 0 && p != NULL)
		REPORT(ck, cmd, "chlauth-mcauser", p->item->kwspan,
		    "MCAUSER is only used with USERSRC(MAP), not with "
		    "USERSRC(%s) (runmqsc: MQRCCF_WRONG_CHLAUTH_USERSRC, 3340)",
		    src);
	p = mqsc_cmd_param(cmd, "CHCKCLNT");
	if (p != NULL && strcmp(src, "NOACCESS") == 0)
		REPORT(ck, cmd, "chlauth-chckclnt", p->item->kwspan,
		    "CHCKCLNT has no effect on a record that refuses access "
		    "(USERSRC(NOACCESS)): remove it (runmqsc: "
		    "MQRCCF_CHLAUTH_CHKCLI_ERROR, 3370; UNCONFIRMED, see "
		    "chlauth.md 1.3)");
warn:
	p = mqsc_cmd_param(cmd, "WARN");
	if (p != NULL && mapping && strcmp(src, "NOACCESS") != 0)
		REPORT(ck, cmd, "chlauth-warn", p->item->kwspan,
		    "WARN is only valid on blocking records and on mapping "
		    "records with USERSRC(NOACCESS) (runmqsc: "
		    "MQRCCF_CHLAUTH_WARN_ERROR, 3341)");
	p = mqsc_cmd_param(cmd, "CLNTUSER");
	if (p != NULL && p->item->nvalues == 1 &&
	    !(p->item->values[0].flags & AV_TEMPLATE) &&
	    memchr(p->item->values[0].s, '*', p->item->values[0].len))
		REPORT(ck, cmd, "chlauth-clntuser", p->item->values[0].span,
		    "CLNTUSER names one user exactly; it takes no '*' "
		    "(runmqsc: MQRCCF_CHLAUTH_CLNTUSER_ERROR, 3348)");
}

/* SET/DELETE AUTHREC (mqsc.md section 6). */
static void
check_authrec(struct mqsc_checker *ck, struct mqsc_cmd *cmd)
{
	const struct mqsc_param	*prof, *ot, *pr, *gr;
	char			 buf[16];
	const char		*objtype;
	unsigned		 verb = cmd->verb->id;

	if (verb != VERB_SET && verb != VERB_DELETE)
		return;
	prof = mqsc_cmd_param(cmd, "PROFILE");
	ot = mqsc_cmd_param(cmd, "OBJTYPE");
	pr = mqsc_cmd_param(cmd, "PRINCIPAL");
	gr = mqsc_cmd_param(cmd, "GROUP");
	objtype = param_word(ot, buf, sizeof buf);
	if (ot == NULL)
		REPORT(ck, cmd, "missing-required", cmd->objitem->span,
		    "%s AUTHREC needs OBJTYPE(...): the type of object the "
		    "profile protects", verb_name(cmd));
	else if (prof == NULL && objtype != NULL &&
	    strcmp(objtype, "QMGR") != 0)
		REPORT(ck, cmd, "missing-required", cmd->objitem->span,
		    "%s AUTHREC needs PROFILE(...) unless OBJTYPE(QMGR)",
		    verb_name(cmd));
	if (pr == NULL && gr == NULL)
		REPORT(ck, cmd, "missing-required", cmd->objitem->span,
		    "%s AUTHREC needs PRINCIPAL('user') or GROUP('group')",
		    verb_name(cmd));
	else if (pr != NULL && gr != NULL)
		REPORT(ck, cmd, "authrec-principal-group", gr->item->kwspan,
		    "give PRINCIPAL or GROUP, not both: an authority record "
		    "is for one entity");
	if (verb == VERB_SET && !mqsc_cmd_param(cmd, "AUTHADD") &&
	    !mqsc_cmd_param(cmd, "AUTHRMV"))
		REPORT(ck, cmd, "missing-required", cmd->objitem->span,
		    "SET AUTHREC needs AUTHADD(...) or AUTHRMV(...): the "
		    "authorities to grant or take away");
}

/* User IDs folded to upper case: the classic lower-case-user mistake. */
static void
check_case(struct mqsc_checker *ck, struct mqsc_cmd *cmd,
    const struct mqsc_param *p)
{
	const struct ast_value	*v;
	size_t			 i;

	for (i = 0; i < p->item->nvalues; i++) {
		v = &p->item->values[i];
		if (!(v->flags & AV_FOLDED) || (v->flags & AV_TEMPLATE))
			continue;
		REPORT(ck, cmd, "case-folded", v->span,
		    "unquoted %.*s is folded to upper case; user IDs are "
		    "case-sensitive on Linux and UNIX: write %s('%.*s') to "
		    "keep lower case", (int)v->len, v->s, p->attr->name,
		    (int)(v->span.end - v->span.start),
		    ck->src->buf + v->span.start);
	}
}

int
mqsc_check(struct mqsc_checker *ck, const struct ast_command *ast,
    struct mqsc_cmd *cmd)
{
	const struct ast_item	*verbit, *it;
	const char		*hint, *sug;
	size_t			 i;

	memset(cmd, 0, sizeof *cmd);
	cmd->ast = ast;
	cmd->subtype = -1;
	verbit = ast->items;

	/* The verb. */
	if (verbit->kwflags & AV_TEMPLATE) {
		cmd->skipped = 1;	/* {{ if ... }} and the like */
		return 0;
	}
	if ((cmd->verb = schema_verb(verbit->kw)) == NULL) {
		hint = mqsc_hint_find(verbit->kw, NULL, NULL, NULL);
		sug = schema_suggest_verb(verbit->kw);
		if (hint != NULL)
			REPORT(ck, cmd, "unknown-command", verbit->kwspan,
			    "%s is not an MQSC command: %s", verbit->kw, hint);
		else if (sug != NULL)
			REPORT(ck, cmd, "unknown-command", verbit->kwspan,
			    "%s is not an MQSC command; did you mean %s?",
			    verbit->kw, sug);
		else
			REPORT(ck, cmd, "unknown-command", verbit->kwspan,
			    "%s is not an MQSC command (runmqsc: AMQ8426): "
			    "commands start with a verb such as DEFINE, ALTER, "
			    "SET or DISPLAY", verbit->kw);
		return -1;
	}
	if (cmd->verb->flags & VF_ZOS) {
		REPORT(ck, cmd, "zos-only", verbit->kwspan,
		    "%s is a z/OS command: queue managers on AIX, Linux and "
		    "Windows reject it", cmd->verb->name);
		return -1;
	}
	if (verbit->parens) {
		REPORT(ck, cmd, "syntax", verbit->span,
		    "%s is followed by an object type, as in %s QLOCAL(NAME), "
		    "not by a value in parentheses", cmd->verb->name,
		    cmd->verb->name);
		return -1;
	}
	if (cmd->verb->flags & VF_NOOBJECT) {
		if (verbit->next != NULL) {
			REPORT(ck, cmd, "syntax", verbit->next->span,
			    "%s takes nothing after it", cmd->verb->name);
			return -1;
		}
		return 0;
	}

	/* The object type. */
	if ((it = verbit->next) == NULL) {
		REPORT(ck, cmd, "missing-object", verbit->kwspan,
		    "%s needs an object type, as in %s %s", cmd->verb->name,
		    cmd->verb->name, cmd->verb->id == VERB_SET ?
		    "CHLAUTH('*') TYPE(...)" : "QLOCAL(NAME)");
		return -1;
	}
	cmd->objitem = it;
	if (it->kwflags & AV_TEMPLATE)
		return 0;
	if ((cmd->obj = schema_object(it->kw)) == NULL) {
		sug = schema_suggest_object(it->kw);
		if (sug != NULL)
			REPORT(ck, cmd, "unknown-object", it->kwspan,
			    "%s is not an object type %s works on; did you "
			    "mean %s?", it->kw, cmd->verb->name, sug);
		else
			REPORT(ck, cmd, "unknown-object", it->kwspan,
			    "%s is not an MQSC object type", it->kw);
		return -1;
	}
	if (!(cmd->obj->verbs & cmd->verb->id)) {
		hint = mqsc_hint_find(cmd->verb->name, cmd->obj->name, NULL,
		    NULL);
		REPORT(ck, cmd, "invalid-command", it->kwspan,
		    "%s %s is not an MQSC command%s%s", cmd->verb->name,
		    cmd->obj->name, hint != NULL ? ": " : "",
		    hint != NULL ? hint : "");
		return -1;
	}
	if (cmd->obj->zos_verbs & cmd->verb->id) {
		REPORT(ck, cmd, "zos-only", it->kwspan,
		    "%s %s is a z/OS command: queue managers on AIX, Linux "
		    "and Windows reject it", cmd->verb->name, cmd->obj->name);
		return -1;
	}
	check_name(ck, cmd);

	/* Parameters. */
	for (i = 0, it = it->next; it != NULL; it = it->next)
		i++;
	cmd->params = arena_alloc(ck->arena, (i + 1) * sizeof *cmd->params);
	for (it = cmd->objitem->next; it != NULL; it = it->next) {
		cmd->params[cmd->nparams].item = it;
		cmd->params[cmd->nparams].attr = cmd->obj->attrs != NULL ?
		    schema_attr(cmd->obj, it->kw) : NULL;
		cmd->nparams++;
	}
	if (cmd->obj->attrs != NULL) {
		find_subtype(ck, cmd);
		for (i = 0; i < cmd->nparams; i++) {
			struct mqsc_param *p = &cmd->params[i];
			const struct schema_attr *a = p->attr;

			p->attr = a = check_keyword(ck, cmd, p->item, a);
			if (a == NULL || (a->flags & AF_ZOS))
				continue;
			if (a->subtypes != 0 && cmd->subtype >= 0 &&
			    !(a->subtypes & SUBTYPE(cmd->subtype)))
				REPORT(ck, cmd, "invalid-for-type",
				    p->item->kwspan, "%s is not valid for "
				    "%s(%s); it applies to %s", a->name,
				    cmd->obj->subtype_attr,
				    cmd->obj->subtypes[cmd->subtype],
				    subtype_list(ck, cmd->obj,
				    a->subtypes));
			check_param_values(ck, cmd, a, p->item);
			if (a->flags & AF_USERID)
				check_case(ck, cmd, p);
		}
	}
	check_repeats(ck, cmd);
	if (cmd->obj->attrs != NULL) {
		if ((cmd->verb->id == VERB_DEFINE &&
		    !mqsc_cmd_param(cmd, "LIKE")) ||
		    (cmd->verb->id == VERB_SET &&
		    strcmp(cmd->obj->name, "CHLAUTH") == 0 &&
		    !chlauth_removeall(cmd) && chlauth_action_valid(cmd)))
			check_required(ck, cmd);
		if (strcmp(cmd->obj->name, "CHLAUTH") == 0 &&
		    cmd->verb->id == VERB_SET)
			check_chlauth(ck, cmd);
		if (strcmp(cmd->obj->name, "AUTHREC") == 0)
			check_authrec(ck, cmd);
	}
	return cmd->errors > 0 ? -1 : 0;
}
