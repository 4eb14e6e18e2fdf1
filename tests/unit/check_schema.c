/*
 * check_schema.c - unit tests for the schema tables and their lookups.
 *
 * The tables in mqsc-schema.c and cipherspec.c are searched with bsearch()
 * and checked by code that trusts their shape, so this test owns the rules
 * that keep them usable: every table strictly sorted, no name or synonym
 * twice, value lists present, subtype masks inside the object's subtypes,
 * defaults that are themselves valid values.  It then spot-checks facts
 * from the reference (the channel matrix of mqsc.md 4.5, CHLAUTH per-type
 * rules, synonyms) and the lookup and suggestion functions of schema.c.
 */

#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cipherspec.h"
#include "schema.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * Helpers.
 */

static const struct schema_object *
object(const char *name)
{
	const struct schema_object	*o;

	o = schema_object(name);
	ck_assert_msg(o != NULL, "object %s missing", name);
	return (o);
}

static const struct schema_attr *
attr(const char *objname, const char *name)
{
	const struct schema_attr	*a;

	a = schema_attr(object(objname), name);
	ck_assert_msg(a != NULL, "%s attribute %s missing", objname, name);
	return (a);
}

static int
nsubtypes(const struct schema_object *o)
{
	int	n = 0;

	while (o->subtypes != NULL && o->subtypes[n] != NULL)
		n++;
	return (n);
}

static int
valid_for(const struct schema_attr *a, int subtype)
{
	return (a->subtypes == 0 || (a->subtypes & SUBTYPE(subtype)) != 0);
}

static const char *
default_for(const struct schema_attr *a, int subtype)
{
	const struct schema_subdefault	*d;

	for (d = a->subdefs; d != NULL && d->value != NULL; d++) {
		if (d->subtypes & SUBTYPE(subtype))
			return (d->value);
	}
	return (a->defval);
}

/* Is text a decimal integer in [min, max]? */
static int
int_in_range(const char *text, long long min, long long max)
{
	char		*end;
	long long	 v;

	if (*text == '\0')
		return (0);
	v = strtoll(text, &end, 10);
	return (*end == '\0' && v >= min && v <= max);
}

/* Is one (non-list) default valid for the attribute's type? */
static int
default_item_ok(const struct schema_attr *a, const char *v)
{
	switch (a->type) {
	case VT_ENUM:
		return (schema_enum_index(a, v) >= 0);
	case VT_INT:
		return (int_in_range(v, a->min, a->max));
	case VT_INT_ENUM:
		return (schema_enum_index(a, v) >= 0 ||
		    int_in_range(v, a->min, a->max));
	case VT_STRING:
	case VT_NAME:
		return (a->maxlen == 0 || strlen(v) <= a->maxlen);
	case VT_CIPHER:
		return (*v == '\0' || cipherspec_find(v) != NULL);
	case VT_FLAG:
		/* A flag pair's default says whether the flag is on. */
		return (a->negation != NULL &&
		    (strcmp(v, "YES") == 0 || strcmp(v, "NO") == 0));
	case VT_WHERE:
		return (0);
	}
	return (0);
}

static int
default_ok(const struct schema_attr *a, const char *v)
{
	char	 buf[256], *item, *save;

	if (!(a->flags & AF_LIST))
		return (default_item_ok(a, v));
	ck_assert_uint_lt(strlen(v), sizeof buf);
	strcpy(buf, v);
	for (item = strtok_r(buf, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save)) {
		if (!default_item_ok(a, item))
			return (0);
	}
	return (1);
}

/*
 * Table shape.
 */

START_TEST(test_verbs_sorted_unique)
{
	size_t	i, j;

	ck_assert_uint_gt(schema_nverbs, 0);
	for (i = 1; i < schema_nverbs; i++)
		ck_assert_msg(strcmp(schema_verbs[i - 1].name,
		    schema_verbs[i].name) < 0, "verbs not sorted at %s",
		    schema_verbs[i].name);
	for (i = 0; i < schema_nverbs; i++) {
		const struct schema_verb *v = &schema_verbs[i];

		ck_assert_msg(v->id != 0 && (v->id & (v->id - 1)) == 0,
		    "%s: id is not one bit", v->name);
		ck_assert_ptr_nonnull(v->help);
		for (j = 0; j < schema_nverbs; j++) {
			const struct schema_verb *w = &schema_verbs[j];

			if (i == j)
				continue;
			ck_assert_uint_ne(v->id, w->id);
			if (v->synonym == NULL)
				continue;
			ck_assert_str_ne(v->synonym, w->name);
			if (w->synonym != NULL)
				ck_assert_str_ne(v->synonym, w->synonym);
		}
	}
}
END_TEST

/* Every spelling of an object: name, synonym, alt_synonym. */
static const char *
object_spelling(const struct schema_object *o, int k)
{
	switch (k) {
	case 0:
		return (o->name);
	case 1:
		return (o->synonym);
	default:
		return (o->alt_synonym);
	}
}

START_TEST(test_objects_sorted_unique)
{
	size_t		 i, j;
	int		 k, l;
	const char	*a, *b;

	ck_assert_uint_gt(schema_nobjects, 0);
	for (i = 1; i < schema_nobjects; i++)
		ck_assert_msg(strcmp(schema_objects[i - 1].name,
		    schema_objects[i].name) < 0, "objects not sorted at %s",
		    schema_objects[i].name);
	for (i = 0; i < schema_nobjects; i++) {
		for (k = 0; k < 3; k++) {
			a = object_spelling(&schema_objects[i], k);
			if (a == NULL)
				continue;
			for (j = 0; j < schema_nobjects; j++) {
				for (l = 0; l < 3; l++) {
					if (i == j && k == l)
						continue;
					b = object_spelling(&schema_objects[j],
					    l);
					if (b != NULL)
						ck_assert_msg(strcmp(a, b) != 0,
						    "object spelling %s twice",
						    a);
				}
			}
		}
	}
}
END_TEST

/* Loop over objects: attributes sorted, unique, consistent. */
START_TEST(test_object_attrs)
{
	const struct schema_object	*o = &schema_objects[_i];
	const struct schema_attr	*a, *b;
	uint32_t			 all;
	size_t				 i, j;
	int				 n, k;

	ck_assert_ptr_nonnull(o->help);
	ck_assert_msg(o->verbs != 0, "%s: no verbs", o->name);
	ck_assert_msg((o->zos_verbs & ~o->verbs) == 0,
	    "%s: z/OS verbs outside verbs", o->name);
	ck_assert_msg((o->attrs == NULL) == (o->nattrs == 0),
	    "%s: attrs and nattrs disagree", o->name);
	ck_assert_msg((o->subtype_attr == NULL) == (o->subtypes == NULL),
	    "%s: subtype_attr and subtypes disagree", o->name);

	n = nsubtypes(o);
	ck_assert_int_le(n, 32);
	all = n == 32 ? UINT32_MAX : (UINT32_C(1) << n) - 1;

	if (o->subtype_attr != NULL) {
		a = schema_attr(o, o->subtype_attr);
		ck_assert_msg(a != NULL, "%s: subtype attribute %s missing",
		    o->name, o->subtype_attr);
		ck_assert(a->flags & AF_SUBTYPE);
		for (k = 0; k < n; k++) {
			ck_assert_msg(schema_enum_index(a, o->subtypes[k]) >= 0,
			    "%s: subtype %s not a value of %s", o->name,
			    o->subtypes[k], a->name);
			ck_assert_int_eq(schema_subtype(o, o->subtypes[k]), k);
		}
	}

	for (i = 0; i < o->nattrs; i++) {
		a = &o->attrs[i];
		if (i > 0)
			ck_assert_msg(strcmp(o->attrs[i - 1].name, a->name) < 0,
			    "%s: attributes not sorted at %s", o->name,
			    a->name);
		for (j = 0; j < o->nattrs; j++) {
			b = &o->attrs[j];
			if (i != j)
				ck_assert_str_ne(a->name, b->name);
			if (a->synonym == NULL)
				continue;
			ck_assert_str_ne(a->synonym, b->name);
			if (i != j && b->synonym != NULL)
				ck_assert_str_ne(a->synonym, b->synonym);
		}

		ck_assert_msg(a->help != NULL && *a->help != '\0',
		    "%s %s: no help", o->name, a->name);
		if (a->type == VT_ENUM || a->type == VT_INT_ENUM) {
			ck_assert_msg(a->values != NULL &&
			    a->values[0] != NULL, "%s %s: enum without values",
			    o->name, a->name);
			for (j = 0; a->values[j] != NULL; j++)
				ck_assert_int_eq(schema_enum_index(a,
				    a->values[j]), (int)j);
		}
		if (a->type == VT_INT || a->type == VT_INT_ENUM)
			ck_assert_msg(a->min <= a->max, "%s %s: min > max",
			    o->name, a->name);
		if (a->type == VT_FLAG)
			ck_assert_ptr_null(a->values);

		/* Verbs of an attribute must be verbs of its object. */
		ck_assert_msg(((a->verbs != 0 ? a->verbs : VERBS_DEFALT) &
		    ~o->verbs) == 0, "%s %s: verb not taken by the object",
		    o->name, a->name);

		/* Subtype masks stay inside the object's subtypes. */
		if (n > 0) {
			ck_assert_msg((a->subtypes & ~all) == 0,
			    "%s %s: unknown subtype bit", o->name, a->name);
			ck_assert_msg((a->required & ~all) == 0,
			    "%s %s: unknown required bit", o->name, a->name);
		} else {
			ck_assert_msg(a->subtypes == 0,
			    "%s %s: subtypes on an object without", o->name,
			    a->name);
			ck_assert_msg(a->required == 0 ||
			    a->required == SUBTYPE_ANY,
			    "%s %s: bad required mask", o->name, a->name);
		}
		ck_assert_msg((a->required & ~(a->subtypes ? a->subtypes :
		    SUBTYPE_ANY)) == 0,
		    "%s %s: required where not valid", o->name, a->name);

		/* Defaults are valid values. */
		if (a->defval != NULL)
			ck_assert_msg(default_ok(a, a->defval),
			    "%s %s: bad default %s", o->name, a->name,
			    a->defval);
		if (a->subdefs != NULL) {
			const struct schema_subdefault *d;

			ck_assert_int_gt(n, 0);
			for (d = a->subdefs; d->value != NULL; d++) {
				ck_assert((d->subtypes & ~all) == 0);
				ck_assert(d->subtypes != 0);
				ck_assert_msg(default_ok(a, d->value),
				    "%s %s: bad subtype default %s", o->name,
				    a->name, d->value);
			}
		}

		/* A negation names an AF_NEGATED flag of the same object. */
		if (a->negation != NULL) {
			b = schema_attr(o, a->negation);
			ck_assert_msg(b != NULL, "%s %s: negation %s missing",
			    o->name, a->name, a->negation);
			ck_assert(b->type == VT_FLAG);
			ck_assert(b->flags & AF_NEGATED);
		}

		/* Lookup finds every attribute by name and synonym. */
		ck_assert_ptr_eq(schema_attr(o, a->name), a);
		if (a->synonym != NULL)
			ck_assert_ptr_eq(schema_attr(o, a->synonym), a);
	}
}
END_TEST

START_TEST(test_cipherspecs_sorted_unique)
{
	const struct cipherspec	*cs, *r;
	size_t			 i;

	ck_assert_uint_gt(ncipherspecs, 0);
	for (i = 0; i < ncipherspecs; i++) {
		cs = &cipherspecs[i];
		if (i > 0)
			ck_assert_msg(strcmp(cipherspecs[i - 1].name,
			    cs->name) < 0, "cipherspecs not sorted at %s",
			    cs->name);
		ck_assert_ptr_eq(cipherspec_find(cs->name), cs);
		ck_assert_msg(((cs->flags & CS_ALIAS) != 0) ==
		    (cs->code == 0), "%s: alias and code disagree", cs->name);
		if (cs->flags & CS_MIN_PROTO)
			ck_assert(cs->flags & CS_ALIAS);
		if (cs->replacement != NULL) {
			r = cipherspec_find(cs->replacement);
			ck_assert_msg(r != NULL, "%s: replacement %s unknown",
			    cs->name, cs->replacement);
			ck_assert(r->status == CS_ENABLED);
			ck_assert(!(r->flags & (CS_WEAK | CS_NOT_IN_MQ)));
			ck_assert_str_ne(r->name, cs->name);
		}
		/* Everything deprecated, weak or not FS has a way out. */
		if (!(cs->flags & CS_ALIAS) && (cs->status == CS_DEPRECATED ||
		    (cs->flags & CS_WEAK) || !(cs->flags & CS_FS)))
			ck_assert_msg(cs->replacement != NULL,
			    "%s: no replacement", cs->name);
	}
}
END_TEST

/*
 * Lookups.
 */

static const struct {
	const char	*word;
	const char	*verb;
} verb_cases[] = {
	{ "DEF", "DEFINE" },
	{ "DEFINE", "DEFINE" },
	{ "ALT", "ALTER" },
	{ "DIS", "DISPLAY" },
	{ "REF", "REFRESH" },
	{ "STA", "START" },
	{ "DELETE", "DELETE" },
	{ "SET", "SET" },
	{ "DEFI", NULL },	/* synonyms only, no abbreviations */
	{ "DEL", NULL },	/* DELETE has no synonym */
	{ "def", NULL },	/* callers fold case */
	{ "", NULL },
};

START_TEST(test_verb_lookup)
{
	const struct schema_verb	*v;

	v = schema_verb(verb_cases[_i].word);
	if (verb_cases[_i].verb == NULL)
		ck_assert_ptr_null(v);
	else {
		ck_assert_ptr_nonnull(v);
		ck_assert_str_eq(v->name, verb_cases[_i].verb);
	}
}
END_TEST

static const struct {
	const char	*word;
	const char	*object;
} object_cases[] = {
	{ "QL", "QLOCAL" },
	{ "QLOCAL", "QLOCAL" },
	{ "CHL", "CHANNEL" },
	{ "CHS", "CHSTATUS" },
	{ "QA", "QALIAS" },
	{ "QR", "QREMOTE" },
	{ "QM", "QMODEL" },
	{ "QC", "QCLUSTER" },
	{ "QS", "QSTATUS" },
	{ "Q", "QUEUE" },
	{ "NL", "NAMELIST" },
	{ "LSTR", "LISTENER" },
	{ "PROC", "PROCESS" },
	{ "PRO", "PROCESS" },
	{ "TPC", "TOPIC" },
	{ "TPS", "TPSTATUS" },
	{ "SEC", "SECURITY" },
	{ "CHLAUTH", "CHLAUTH" },
	{ "AUTHREC", "AUTHREC" },
	{ "QMGR", "QMGR" },
	{ "QLOC", NULL },
	{ "CHAN", NULL },
};

START_TEST(test_object_lookup)
{
	const struct schema_object	*o;

	o = schema_object(object_cases[_i].word);
	if (object_cases[_i].object == NULL)
		ck_assert_ptr_null(o);
	else {
		ck_assert_ptr_nonnull(o);
		ck_assert_str_eq(o->name, object_cases[_i].object);
	}
}
END_TEST

static const struct {
	const char	*verb;
	const char	*object;
	int		 ok;
} verb_object_cases[] = {
	{ "DEFINE", "CHANNEL", 1 },
	{ "DEFINE", "QLOCAL", 1 },
	{ "DEFINE", "AUTHINFO", 1 },
	{ "DEFINE", "LISTENER", 1 },
	{ "DEFINE", "CHLAUTH", 0 },
	{ "DEFINE", "AUTHREC", 0 },
	{ "DEFINE", "QMGR", 0 },
	{ "ALTER", "CHLAUTH", 0 },
	{ "DELETE", "CHLAUTH", 0 },
	{ "SET", "CHLAUTH", 1 },
	{ "DISPLAY", "CHLAUTH", 1 },
	{ "SET", "AUTHREC", 1 },
	{ "SET", "LOG", 1 },
	{ "SET", "POLICY", 1 },
	{ "SET", "CHANNEL", 0 },
	{ "DELETE", "AUTHREC", 1 },
	{ "ALTER", "QMGR", 1 },
	{ "REFRESH", "SECURITY", 1 },
	{ "CLEAR", "QLOCAL", 1 },
	{ "CLEAR", "QREMOTE", 0 },
	{ "START", "CHANNEL", 1 },
	{ "PING", "QMGR", 1 },
};

START_TEST(test_verb_object)
{
	const struct schema_verb	*v;
	const struct schema_object	*o;

	v = schema_verb(verb_object_cases[_i].verb);
	o = object(verb_object_cases[_i].object);
	ck_assert_ptr_nonnull(v);
	ck_assert_msg(((o->verbs & v->id) != 0) == verb_object_cases[_i].ok,
	    "%s %s", v->name, o->name);
}
END_TEST

START_TEST(test_verb_flags)
{
	static const char *const online[] = {
		"START", "STOP", "PING", "RESET", "RESOLVE", "REFRESH",
		"RESUME", "SUSPEND", "PURGE", "CLEAR", "ARCHIVE", "BACKUP",
		"RECOVER", "MOVE"
	};
	static const char *const zos[] = {
		"ARCHIVE", "BACKUP", "MOVE", "RECOVER"
	};
	size_t	i;

	for (i = 0; i < NITEMS(online); i++)
		ck_assert(schema_verb(online[i])->flags & VF_ONLINE);
	for (i = 0; i < NITEMS(zos); i++)
		ck_assert(schema_verb(zos[i])->flags & VF_ZOS);
	ck_assert(schema_verb("END")->flags & VF_NOOBJECT);
	ck_assert(schema_verb("EXIT")->flags & VF_NOOBJECT);
	ck_assert(schema_verb("QUIT")->flags & VF_NOOBJECT);
	ck_assert(!(schema_verb("DEFINE")->flags & VF_ONLINE));
	ck_assert_ptr_null(schema_verb("DELETE")->synonym);
	ck_assert_int_eq((int)schema_nverbs, 22);
}
END_TEST

START_TEST(test_object_rules)
{
	const struct schema_object	*o;

	o = object("QMGR");
	ck_assert_int_eq(o->name_rule, NAME_NONE);
	ck_assert(o->zos_verbs & VERB_START);
	ck_assert_int_eq(object("AUTHREC")->name_rule, NAME_NONE);
	ck_assert_int_eq(object("CHANNEL")->name_rule, NAME_REQUIRED);
	ck_assert_uint_eq(object("CHANNEL")->name_maxlen, 20);
	ck_assert_int_eq(object("CHLAUTH")->name_rule, NAME_REQUIRED);
	ck_assert_uint_eq(object("CHLAUTH")->name_maxlen, 20);
	ck_assert_int_eq(object("QLOCAL")->name_rule, NAME_REQUIRED);
	ck_assert_uint_eq(object("QLOCAL")->name_maxlen, 48);
	ck_assert_int_eq(object("AUTHINFO")->name_rule, NAME_REQUIRED);
	ck_assert_int_eq(object("LISTENER")->name_rule, NAME_REQUIRED);
	ck_assert_int_eq(object("NAMELIST")->name_rule, NAME_OPTIONAL);
	ck_assert_ptr_null(object("NAMELIST")->attrs);
	ck_assert_ptr_null(schema_attr(object("NAMELIST"), "NAMES"));
	/* z/OS-only objects are known, and marked. */
	o = object("CFSTRUCT");
	ck_assert_uint_eq(o->zos_verbs, o->verbs);
	o = object("CHINIT");
	ck_assert(o->verbs & VERB_START);
	ck_assert(!(o->zos_verbs & VERB_START));
	ck_assert(o->zos_verbs & VERB_DISPLAY);
}
END_TEST

/*
 * The channel matrix (mqsc.md 4.5) and other facts.
 */

static const struct {
	const char	*attr;
	const char	*chltype;
	int		 valid;
	int		 required;
} chl_cases[] = {
	{ "SSLCAUTH", "SDR", 0, 0 },
	{ "SSLCAUTH", "CLNTCONN", 0, 0 },
	{ "SSLCAUTH", "CLUSSDR", 0, 0 },
	{ "SSLCAUTH", "SVR", 1, 0 },
	{ "SSLCAUTH", "RCVR", 1, 0 },
	{ "SSLCAUTH", "SVRCONN", 1, 0 },
	{ "SSLCAUTH", "CLUSRCVR", 1, 0 },
	{ "SSLCAUTH", "AMQP", 1, 0 },
	{ "SSLCAUTH", "MQTT", 1, 0 },
	{ "CERTLABL", "CLUSSDR", 0, 0 },
	{ "CERTLABL", "CLUSRCVR", 1, 0 },
	{ "CERTLABL", "SDR", 1, 0 },
	{ "CERTLABL", "AMQP", 1, 0 },
	{ "CERTLABL", "MQTT", 0, 0 },
	{ "SSLCIPH", "MQTT", 1, 0 },
	{ "SSLCIPH", "CLUSSDR", 1, 0 },
	{ "SSLPEER", "MQTT", 0, 0 },
	{ "SSLPEER", "AMQP", 1, 0 },
	{ "XMITQ", "SDR", 1, 1 },
	{ "XMITQ", "SVR", 1, 1 },
	{ "XMITQ", "RCVR", 0, 0 },
	{ "XMITQ", "CLUSSDR", 0, 0 },
	{ "CONNAME", "SDR", 1, 1 },
	{ "CONNAME", "SVR", 1, 0 },
	{ "CONNAME", "RQSTR", 1, 1 },
	{ "CONNAME", "CLNTCONN", 1, 1 },
	{ "CONNAME", "CLUSSDR", 1, 1 },
	{ "CONNAME", "CLUSRCVR", 1, 0 },
	{ "CONNAME", "RCVR", 0, 0 },
	{ "CONNAME", "SVRCONN", 0, 0 },
	{ "MCAUSER", "CLNTCONN", 0, 0 },
	{ "MCAUSER", "SDR", 1, 0 },
	{ "MCAUSER", "MQTT", 1, 0 },
	{ "CHLTYPE", "SVRCONN", 1, 1 },
	{ "CHLTYPE", "MQTT", 1, 1 },
	{ "TRPTYPE", "MQTT", 1, 1 },
	{ "TRPTYPE", "AMQP", 0, 0 },
	{ "PORT", "MQTT", 1, 1 },
	{ "PORT", "AMQP", 1, 0 },
	{ "SHARECNV", "SVRCONN", 1, 0 },
	{ "SHARECNV", "SDR", 0, 0 },
	{ "BATCHSZ", "RCVR", 1, 0 },
	{ "BATCHSZ", "SVRCONN", 0, 0 },
	{ "DISCINT", "RCVR", 0, 0 },
	{ "DISCINT", "SVRCONN", 1, 0 },
	{ "PUTAUT", "SVRCONN", 0, 0 },
	{ "PUTAUT", "RCVR", 1, 0 },
	{ "NETPRTY", "CLUSRCVR", 1, 0 },
	{ "NETPRTY", "CLUSSDR", 0, 0 },
	{ "USERID", "CLUSRCVR", 0, 0 },
	{ "USERID", "CLUSSDR", 1, 0 },
	{ "MAXINSTC", "SVRCONN", 1, 0 },
	{ "MAXINST", "AMQP", 1, 0 },
	{ "TPROOT", "AMQP", 1, 0 },
	{ "COMPMSG", "AMQP", 0, 0 },
	{ "LOCLADDR", "MQTT", 1, 0 },
	{ "LOCLADDR", "RCVR", 0, 0 },
	{ "AFFINITY", "CLNTCONN", 1, 0 },
	{ "AFFINITY", "SVRCONN", 0, 0 },
};

START_TEST(test_channel_matrix)
{
	const struct schema_object	*o = object("CHANNEL");
	const struct schema_attr	*a;
	int				 st;

	a = attr("CHANNEL", chl_cases[_i].attr);
	st = schema_subtype(o, chl_cases[_i].chltype);
	ck_assert_int_ge(st, 0);
	ck_assert_msg(valid_for(a, st) == chl_cases[_i].valid,
	    "%s on %s", chl_cases[_i].attr, chl_cases[_i].chltype);
	ck_assert_msg(((a->required & SUBTYPE(st)) != 0) ==
	    chl_cases[_i].required, "%s required on %s",
	    chl_cases[_i].attr, chl_cases[_i].chltype);
}
END_TEST

START_TEST(test_channel_facts)
{
	const struct schema_object	*o = object("CHANNEL");
	static const char *const order[] = {
		"SDR", "SVR", "RCVR", "RQSTR", "CLNTCONN", "SVRCONN",
		"CLUSSDR", "CLUSRCVR", "AMQP", "MQTT"
	};
	const struct schema_attr	*a;
	size_t				 i;

	ck_assert_str_eq(o->subtype_attr, "CHLTYPE");
	ck_assert_int_eq(nsubtypes(o), 10);
	for (i = 0; i < NITEMS(order); i++)
		ck_assert_int_eq(schema_subtype(o, order[i]), (int)i);

	a = attr("CHANNEL", "DISCINT");
	ck_assert_str_eq(default_for(a, schema_subtype(o, "SVRCONN")), "0");
	ck_assert_str_eq(default_for(a, schema_subtype(o, "SDR")), "6000");
	a = attr("CHANNEL", "MCATYPE");
	ck_assert_str_eq(default_for(a, schema_subtype(o, "CLUSSDR")),
	    "THREAD");
	ck_assert_str_eq(default_for(a, schema_subtype(o, "SDR")),
	    "PROCESS");
	ck_assert_str_eq(default_for(attr("CHANNEL", "PORT"),
	    schema_subtype(o, "AMQP")), "5672");

	ck_assert_int_eq(attr("CHANNEL", "SSLCIPH")->type, VT_CIPHER);
	ck_assert_int_eq(attr("CHANNEL", "WHERE")->type, VT_WHERE);
	ck_assert(attr("CHANNEL", "CMDSCOPE")->flags & AF_ZOS);
	ck_assert(attr("CHANNEL", "QSGDISP")->flags & AF_ZOS);
	ck_assert(attr("CHANNEL", "ALTDATE")->flags & AF_OUTPUT);
	ck_assert(attr("CHANNEL", "RESETSEQ")->flags & AF_OUTPUT);
	ck_assert(attr("CHANNEL", "LIKE")->flags & AF_INPUT);
	ck_assert(attr("CHANNEL", "COMPMSG")->flags & AF_LIST);
	ck_assert(attr("CHANNEL", "MSGEXIT")->flags & AF_LIST);
	ck_assert_uint_eq(attr("CHANNEL", "DESCR")->maxlen, 64);
	ck_assert_uint_eq(attr("CHANNEL", "CONNAME")->maxlen, 264);
	ck_assert_uint_eq(attr("CHANNEL", "SSLPEER")->maxlen, 1024);
	ck_assert_uint_eq(attr("CHANNEL", "CERTLABL")->maxlen, 64);
	ck_assert_uint_eq(attr("CHANNEL", "MCAUSER")->maxlen, 64);
	ck_assert_str_eq(attr("CHANNEL", "REPLACE")->negation, "NOREPLACE");
	ck_assert_int_eq(schema_enum_index(attr("CHANNEL", "KAINT"), "AUTO"),
	    0);
}
END_TEST

START_TEST(test_chlauth_facts)
{
	const struct schema_object	*o = object("CHLAUTH");
	static const char *const order[] = {
		"BLOCKUSER", "BLOCKADDR", "SSLPEERMAP", "ADDRESSMAP",
		"USERMAP", "QMGRMAP"
	};
	const struct schema_attr	*a;
	size_t				 i;

	ck_assert_str_eq(o->subtype_attr, "TYPE");
	for (i = 0; i < NITEMS(order); i++)
		ck_assert_int_eq(schema_subtype(o, order[i]), (int)i);
	ck_assert_int_eq(schema_subtype(o, "ALL"), -1);

	a = attr("CHLAUTH", "ACTION");
	ck_assert_str_eq(a->defval, "ADD");
	ck_assert_int_ge(schema_enum_index(a, "REMOVEALL"), 0);
	ck_assert_int_lt(schema_enum_index(a, "MAP"), 0);
	ck_assert_str_eq(attr("CHLAUTH", "USERSRC")->defval, "MAP");
	ck_assert_str_eq(attr("CHLAUTH", "MATCH")->defval, "GENERIC");
	ck_assert_uint_eq(attr("CHLAUTH", "ADDRLIST")->maxitems, 100);

	/* Per-type validity and required parameters (chlauth.md 1.3). */
	a = attr("CHLAUTH", "ADDRESS");
	ck_assert(a->required & SUBTYPE(3));		/* ADDRESSMAP */
	ck_assert(!valid_for(a, 0) && !valid_for(a, 1));
	ck_assert(valid_for(a, 2) && !(a->required & SUBTYPE(2)));
	a = attr("CHLAUTH", "USERLIST");
	ck_assert(a->required == SUBTYPE(0) && a->subtypes == SUBTYPE(0));
	a = attr("CHLAUTH", "SSLCERTI");
	ck_assert(a->subtypes == SUBTYPE(2) && a->required == 0);
	a = attr("CHLAUTH", "QMNAME");
	ck_assert(a->required == SUBTYPE(5));
	ck_assert(!valid_for(attr("CHLAUTH", "CHCKCLNT"), 5));
	ck_assert(!valid_for(attr("CHLAUTH", "USERSRC"), 0));
	ck_assert(valid_for(attr("CHLAUTH", "WARN"), 1));

	/* Only SET and DISPLAY take CHLAUTH. */
	ck_assert_uint_eq(o->verbs, VERB_SET | VERB_DISPLAY);
}
END_TEST

START_TEST(test_other_objects)
{
	const struct schema_object	*o;
	const struct schema_attr	*a;

	a = attr("AUTHINFO", "LDAPPWD");
	ck_assert(a->flags & AF_SECRET);
	o = object("AUTHINFO");
	ck_assert_int_eq(schema_subtype(o, "IDPWLDAP"), 3);
	ck_assert(attr("AUTHINFO", "SHORTUSR")->required & SUBTYPE(3));
	ck_assert(attr("AUTHINFO", "OCSPURL")->required & SUBTYPE(1));

	a = attr("AUTHREC", "AUTHADD");
	ck_assert(a->flags & AF_LIST);
	ck_assert_int_ge(schema_enum_index(a, "ALLMQI"), 0);
	ck_assert_int_ge(schema_enum_index(a, "CONNECT"), 0);
	ck_assert_uint_eq(attr("AUTHREC", "OBJTYPE")->required, SUBTYPE_ANY);

	ck_assert_uint_eq(attr("QMGR", "SSLKEYR")->verbs, VERB_ALTER);
	ck_assert(attr("QMGR", "SUITEB")->flags & AF_LIST);
	ck_assert(attr("QMGR", "KEYRPWD")->flags & AF_SECRET);
	ck_assert_ptr_nonnull(schema_attr(object("QMGR"), "CHLAUTH"));
	ck_assert_ptr_nonnull(schema_attr(object("QMGR"), "CONNAUTH"));

	ck_assert_ptr_eq(schema_attr(object("QALIAS"), "TARGQ"),
	    attr("QALIAS", "TARGET"));
	ck_assert_str_eq(attr("QLOCAL", "TRIGGER")->negation, "NOTRIGGER");
	ck_assert_str_eq(attr("QLOCAL", "SHARE")->negation, "NOSHARE");
	ck_assert_str_eq(attr("QLOCAL", "HARDENBO")->negation,
	    "NOHARDENBO");
	ck_assert_ptr_nonnull(schema_attr(object("QMODEL"), "DEFTYPE"));
	ck_assert_ptr_null(schema_attr(object("QREMOTE"), "GET"));
	ck_assert_ptr_nonnull(schema_attr(object("QREMOTE"), "RQMNAME"));

	ck_assert_int_eq(schema_subtype(object("LISTENER"), "TCP"), 0);
	ck_assert(!valid_for(attr("LISTENER", "PORT"), 1));	/* LU62 */
}
END_TEST

START_TEST(test_attr_for_verb)
{
	const struct schema_attr	*a;

	a = attr("CHANNEL", "DESCR");
	ck_assert(schema_attr_for_verb(a, VERB_DEFINE));
	ck_assert(schema_attr_for_verb(a, VERB_ALTER));
	/* DISPLAY of attribute names is the checker's rule. */
	ck_assert(!schema_attr_for_verb(a, VERB_DISPLAY));
	a = attr("CHANNEL", "LIKE");
	ck_assert(schema_attr_for_verb(a, VERB_DEFINE));
	ck_assert(!schema_attr_for_verb(a, VERB_ALTER));
	a = attr("CHANNEL", "CHLTABLE");
	ck_assert(schema_attr_for_verb(a, VERB_DELETE));
	ck_assert(!schema_attr_for_verb(a, VERB_DEFINE));
	a = attr("CHANNEL", "WHERE");
	ck_assert(schema_attr_for_verb(a, VERB_DISPLAY));
	ck_assert(!schema_attr_for_verb(a, VERB_ALTER));
	ck_assert(schema_attr_for_verb(attr("QLOCAL", "PURGE"),
	    VERB_DELETE));
	ck_assert(!schema_attr_for_verb(NULL, VERB_DEFINE));
}
END_TEST

/*
 * Suggestions.
 */

static const struct {
	const char	*object;
	const char	*word;
	unsigned	 verb;
	const char	*want;
} attr_suggest_cases[] = {
	{ "AUTHINFO", "FAILEDDLAY", VERB_DEFINE, "FAILDLAY" },
	{ "AUTHINFO", "FAILDELAY", VERB_ALTER, "FAILDLAY" },
	{ "CHANNEL", "SSLCIPHER", VERB_DEFINE, "SSLCIPH" },
	{ "CHANNEL", "SSLCAUT", VERB_ALTER, "SSLCAUTH" },
	{ "CHANNEL", "MCAUSR", VERB_DEFINE, "MCAUSER" },
	{ "CHANNEL", "XMTIQ", VERB_DEFINE, "XMITQ" },
	{ "CHANNEL", "CONNNAME", 0, "CONNAME" },
	{ "CHANNEL", "CHLTABLES", VERB_DELETE, "CHLTABLE" },
	{ "CHANNEL", "ALTDAT", VERB_DISPLAY, "ALTDATE" },
	{ "CHLAUTH", "USERLST", VERB_SET, "USERLIST" },
	{ "QLOCAL", "MAXDPETH", VERB_DEFINE, "MAXDEPTH" },
	{ "QALIAS", "TARGQQ", VERB_DEFINE, "TARGET" },
	{ "QMGR", "SSLKEYREPO", VERB_ALTER, "SSLKEYR" },
	{ "CHANNEL", "XYZZY", VERB_DEFINE, NULL },
	{ "CHANNEL", "Q", VERB_DEFINE, NULL },
	{ "NAMELIST", "NAMES", VERB_DEFINE, NULL },
};

START_TEST(test_suggest_attr)
{
	const char	*got;

	got = schema_suggest_attr(object(attr_suggest_cases[_i].object),
	    attr_suggest_cases[_i].word, attr_suggest_cases[_i].verb);
	if (attr_suggest_cases[_i].want == NULL)
		ck_assert_msg(got == NULL, "%s: got %s",
		    attr_suggest_cases[_i].word, got);
	else {
		ck_assert_msg(got != NULL, "%s: no suggestion",
		    attr_suggest_cases[_i].word);
		ck_assert_str_eq(got, attr_suggest_cases[_i].want);
	}
}
END_TEST

START_TEST(test_suggest_other)
{
	ck_assert_str_eq(schema_suggest_verb("DEFIEN"), "DEFINE");
	ck_assert_str_eq(schema_suggest_verb("DISPALY"), "DISPLAY");
	ck_assert_str_eq(schema_suggest_verb("DEFI"), "DEFINE");
	ck_assert_ptr_null(schema_suggest_verb("XYZZY"));
	ck_assert_str_eq(schema_suggest_object("QLOACL"), "QLOCAL");
	ck_assert_str_eq(schema_suggest_object("CHANNELS"), "CHANNEL");
	ck_assert_str_eq(schema_suggest_object("CHLAUHT"), "CHLAUTH");
	ck_assert_ptr_null(schema_suggest_object("FOOBARBAZ"));
	ck_assert_str_eq(schema_suggest_value(attr("CHANNEL", "SSLCAUTH"),
	    "REQIURED"), "REQUIRED");
	ck_assert_str_eq(schema_suggest_value(attr("CHANNEL", "CHLTYPE"),
	    "SVRCON"), "SVRCONN");
	ck_assert_str_eq(schema_suggest_value(attr("CHLAUTH", "TYPE"),
	    "ADRESSMAP"), "ADDRESSMAP");
	ck_assert_str_eq(schema_suggest_value(attr("CHANNEL", "SSLCIPH"),
	    "TLS_AES_256_GCM_SHA348"), "TLS_AES_256_GCM_SHA384");
	ck_assert_str_eq(schema_suggest_value(attr("CHANNEL", "SSLCIPH"),
	    "any_tls12_or_higher"), "ANY_TLS12_OR_HIGHER");
	ck_assert_ptr_null(schema_suggest_value(attr("CHANNEL", "SSLCAUTH"),
	    "MAYBE"));
	ck_assert_ptr_null(schema_suggest_value(NULL, "X"));
}
END_TEST

START_TEST(test_values_list)
{
	char	buf[128], tiny[8];

	ck_assert_str_eq(schema_values_list(attr("CHANNEL", "SSLCAUTH"), buf,
	    sizeof buf), "REQUIRED, OPTIONAL");
	ck_assert_str_eq(schema_values_list(attr("CHANNEL", "KAINT"), buf,
	    sizeof buf), "AUTO, 0-99999");
	ck_assert_str_eq(schema_values_list(attr("CHANNEL", "BATCHSZ"), buf,
	    sizeof buf), "1-9999");
	ck_assert_str_eq(schema_values_list(attr("CHANNEL", "COMPHDR"), buf,
	    sizeof buf), "NONE, SYSTEM (a comma-separated list)");
	schema_values_list(attr("CHANNEL", "SSLCAUTH"), tiny, sizeof tiny);
	ck_assert_uint_eq(strlen(tiny), sizeof tiny - 1);
	ck_assert_str_eq(tiny, "REQUIRE");
	ck_assert_str_eq(schema_values_list(NULL, buf, sizeof buf), "");
	ck_assert_str_eq(schema_values_list(attr("CHANNEL", "SSLCAUTH"), buf,
	    0), "");
}
END_TEST

/*
 * CipherSpecs.
 */

static const struct {
	const char	*name;
	int		 found;
	enum cs_protocol proto;
	unsigned	 set;		/* flags that must be set */
	unsigned	 clear;		/* flags that must be clear */
	enum cs_status	 status;
} cs_cases[] = {
	{ "ANY", 1, CS_PROTO_ANY, CS_ALIAS | CS_MIN_PROTO, 0, CS_ENABLED },
	{ "ANY_TLS12", 1, CS_PROTO_TLS12, CS_ALIAS, CS_MIN_PROTO,
	  CS_ENABLED },
	{ "ANY_TLS12_OR_HIGHER", 1, CS_PROTO_TLS12, CS_ALIAS | CS_MIN_PROTO,
	  0, CS_ENABLED },
	{ "ANY_TLS13", 1, CS_PROTO_TLS13, CS_ALIAS, CS_MIN_PROTO,
	  CS_ENABLED },
	{ "ANY_TLS13_OR_HIGHER", 1, CS_PROTO_TLS13, CS_ALIAS | CS_MIN_PROTO,
	  0, CS_ENABLED },
	{ "TLS_AES_256_GCM_SHA384", 1, CS_PROTO_TLS13, CS_FS,
	  CS_WEAK | CS_CBC, CS_ENABLED },
	{ "TLS_CHACHA20_POLY1305_SHA256", 1, CS_PROTO_TLS13, CS_FS, CS_FIPS,
	  CS_ENABLED },
	{ "ECDHE_RSA_AES_256_GCM_SHA384", 1, CS_PROTO_TLS12, CS_FS,
	  CS_CBC | CS_WEAK, CS_ENABLED },
	{ "ECDHE_ECDSA_AES_128_CBC_SHA256", 1, CS_PROTO_TLS12,
	  CS_FS | CS_CBC | CS_FIPS, CS_WEAK, CS_ENABLED },
	{ "TLS_RSA_WITH_AES_128_CBC_SHA256", 1, CS_PROTO_TLS12,
	  CS_CBC | CS_FIPS, CS_FS, CS_ENABLED },
	{ "ECDHE_RSA_CHACHA20_POLY1305_SHA256", 1, CS_PROTO_TLS12,
	  CS_NOT_IN_MQ, 0, CS_ENABLED },
	{ "ECDHE_ECDSA_CHACHA20_POLY1305_SHA256", 1, CS_PROTO_TLS12,
	  CS_NOT_IN_MQ, 0, CS_ENABLED },
	{ "TLS_RSA_WITH_AES_128_CBC_SHA", 1, CS_PROTO_TLS10, CS_CBC, CS_FS,
	  CS_DEPRECATED },
	{ "TLS_RSA_WITH_3DES_EDE_CBC_SHA", 1, CS_PROTO_TLS10, CS_WEAK, 0,
	  CS_DEPRECATED },
	{ "ECDHE_RSA_NULL_SHA256", 1, CS_PROTO_TLS12, CS_WEAK, CS_CBC,
	  CS_DEPRECATED },
	{ "RC4_MD5_US", 1, CS_PROTO_SSL30, CS_WEAK, 0, CS_DEPRECATED },
	{ "AES_SHA_US", 1, CS_PROTO_SSL30, CS_CBC, CS_WEAK, CS_DEPRECATED },
	{ "TRIPLE_DES_SHA_US", 1, CS_PROTO_SSL30, CS_WEAK, 0,
	  CS_DEPRECATED },
	{ "any_tls12", 0, 0, 0, 0, 0 },
	{ "TLS_AES_256_GCM", 0, 0, 0, 0, 0 },
	{ "", 0, 0, 0, 0, 0 },
};

START_TEST(test_cipherspec_find)
{
	const struct cipherspec	*cs;

	cs = cipherspec_find(cs_cases[_i].name);
	if (!cs_cases[_i].found) {
		ck_assert_ptr_null(cs);
		return;
	}
	ck_assert_msg(cs != NULL, "%s missing", cs_cases[_i].name);
	ck_assert_str_eq(cs->name, cs_cases[_i].name);
	ck_assert_int_eq(cs->proto, cs_cases[_i].proto);
	ck_assert_msg((cs->flags & cs_cases[_i].set) == cs_cases[_i].set,
	    "%s: flags %#x lack %#x", cs->name, cs->flags, cs_cases[_i].set);
	ck_assert_msg((cs->flags & cs_cases[_i].clear) == 0,
	    "%s: flags %#x have %#x", cs->name, cs->flags,
	    cs_cases[_i].clear);
	ck_assert_int_eq(cs->status, cs_cases[_i].status);
}
END_TEST

START_TEST(test_cipherspec_misc)
{
	const struct cipherspec	*cs;
	const char		*sug;

	ck_assert_uint_eq(ncipherspecs, 49);
	ck_assert_ptr_null(cipherspec_find(NULL));
	cs = cipherspec_find("TLS_RSA_WITH_RC4_128_SHA256");
	ck_assert_ptr_nonnull(cs);
	ck_assert_uint_eq(cs->code, 0x0005);
	ck_assert_str_eq(cs->iana, "TLS_RSA_WITH_RC4_128_SHA");
	/* Same code, two MQ names on different protocols. */
	ck_assert_uint_eq(cipherspec_find("AES_SHA_US")->code,
	    cipherspec_find("TLS_RSA_WITH_AES_128_CBC_SHA")->code);
	ck_assert_ptr_null(cipherspec_find("FIPS_WITH_DES_CBC_SHA")->iana);
	ck_assert_str_eq(cipherspec_suggest("ECDHE_RSA_AES_256_GCM_SHA348"),
	    "ECDHE_RSA_AES_256_GCM_SHA384");
	ck_assert_str_eq(cipherspec_suggest("ANY_TLS12_OR_HIGER"),
	    "ANY_TLS12_OR_HIGHER");
	/* Suites MQ may not offer are never suggested. */
	sug = cipherspec_suggest("ECDHE_RSA_CHACHA20_POLY1305_SHA25");
	ck_assert(sug == NULL ||
	    strcmp(sug, "ECDHE_RSA_CHACHA20_POLY1305_SHA256") != 0);
	ck_assert_ptr_null(cipherspec_suggest("NONSENSE"));
	ck_assert_ptr_null(cipherspec_suggest(NULL));
	ck_assert_str_eq(cipherspec_proto_name(CS_PROTO_TLS12), "TLS 1.2");
	ck_assert_str_eq(cipherspec_proto_name(CS_PROTO_TLS13), "TLS 1.3");
	ck_assert_str_eq(cipherspec_proto_name(CS_PROTO_SSL30), "SSL 3.0");
	ck_assert_str_eq(cipherspec_proto_name(CS_PROTO_ANY), "any");
}
END_TEST

static Suite *
schema_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("schema");

	tc = tcase_create("tables");
	tcase_add_test(tc, test_verbs_sorted_unique);
	tcase_add_test(tc, test_objects_sorted_unique);
	tcase_add_loop_test(tc, test_object_attrs, 0, (int)schema_nobjects);
	tcase_add_test(tc, test_cipherspecs_sorted_unique);
	suite_add_tcase(s, tc);

	tc = tcase_create("lookup");
	tcase_add_loop_test(tc, test_verb_lookup, 0, NITEMS(verb_cases));
	tcase_add_loop_test(tc, test_object_lookup, 0,
	    NITEMS(object_cases));
	tcase_add_loop_test(tc, test_verb_object, 0,
	    NITEMS(verb_object_cases));
	tcase_add_test(tc, test_verb_flags);
	tcase_add_test(tc, test_object_rules);
	tcase_add_test(tc, test_attr_for_verb);
	suite_add_tcase(s, tc);

	tc = tcase_create("facts");
	tcase_add_loop_test(tc, test_channel_matrix, 0, NITEMS(chl_cases));
	tcase_add_test(tc, test_channel_facts);
	tcase_add_test(tc, test_chlauth_facts);
	tcase_add_test(tc, test_other_objects);
	suite_add_tcase(s, tc);

	tc = tcase_create("suggest");
	tcase_add_loop_test(tc, test_suggest_attr, 0,
	    NITEMS(attr_suggest_cases));
	tcase_add_test(tc, test_suggest_other);
	tcase_add_test(tc, test_values_list);
	suite_add_tcase(s, tc);

	tc = tcase_create("cipherspec");
	tcase_add_loop_test(tc, test_cipherspec_find, 0, NITEMS(cs_cases));
	tcase_add_test(tc, test_cipherspec_misc);
	suite_add_tcase(s, tc);

	return (s);
}

int
main(void)
{
	SRunner	*sr;
	int	 failed;

	sr = srunner_create(schema_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
