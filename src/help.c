/*
 * help.c - help text from the schema tables.
 *
 *	HELP			the verbs
 *	HELP verb		the objects the verb works on
 *	HELP verb object	its keywords, with values and channel types
 *	HELP keyword		where the keyword is used, its values, default
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cipherspec.h"
#include "help.h"
#include "schema.h"
#include "xmalloc.h"

static void
help_verbs(FILE *f)
{
	size_t	 i;

	fputs("MQSC commands (HELP VERB, HELP VERB OBJECT or HELP KEYWORD "
	    "for more):\n", f);
	for (i = 0; i < schema_nverbs; i++) {
		const struct schema_verb *v = &schema_verbs[i];

		if (v->flags & VF_ZOS)
			continue;
		fprintf(f, "  %-9s %-5s %s\n", v->name,
		    v->synonym != NULL ? v->synonym : "",
		    v->help != NULL ? v->help : "");
	}
}

static void
help_verb(FILE *f, const struct schema_verb *v)
{
	size_t	 i;

	fprintf(f, "%s%s%s%s: %s\n", v->name, v->synonym ? " (" : "",
	    v->synonym ? v->synonym : "", v->synonym ? ")" : "",
	    v->help ? v->help : "");
	if (v->flags & VF_NOOBJECT)
		return;
	fputs("Objects:\n", f);
	for (i = 0; i < schema_nobjects; i++) {
		const struct schema_object *o = &schema_objects[i];

		if (!(o->verbs & v->id) || (o->zos_verbs & v->id))
			continue;
		fprintf(f, "  %-9s %-5s %s\n", o->name,
		    o->synonym ? o->synonym : "", o->help ? o->help : "");
	}
}

static void
subtypes_of(FILE *f, const struct schema_object *o, uint32_t mask)
{
	size_t	 i;
	int	 first = 1;

	for (i = 0; o->subtypes != NULL && o->subtypes[i] != NULL; i++) {
		if (!(mask & SUBTYPE(i)))
			continue;
		fprintf(f, "%s%s", first ? "" : " ", o->subtypes[i]);
		first = 0;
	}
}

static void
attr_line(FILE *f, const struct schema_object *o, const struct schema_attr *a)
{
	char	 vals[512];

	fprintf(f, "  %-9s", a->name);
	switch (a->type) {
	case VT_FLAG:
		fputs(" (no value)", f);
		break;
	case VT_INT:
		fprintf(f, " %lld-%lld", a->min, a->max);
		break;
	case VT_ENUM:
	case VT_INT_ENUM:
		schema_values_list(a, vals, sizeof vals);
		fprintf(f, " %s%s", vals, a->type == VT_INT_ENUM ?
		    " or a number" : "");
		break;
	case VT_CIPHER:
		fputs(" a CipherSpec (HELP SSLCIPH)", f);
		break;
	case VT_WHERE:
		fputs(" (keyword operator value)", f);
		break;
	default:
		if (a->maxlen > 0)
			fprintf(f, " text, up to %u", a->maxlen);
		else
			fputs(" text", f);
	}
	if (a->defval != NULL && a->type != VT_FLAG)
		fprintf(f, "; default %s", *a->defval ? a->defval : "blank");
	if (a->help != NULL)
		fprintf(f, "\n            %s", a->help);
	if (a->subtypes != 0 && o->subtypes != NULL) {
		fprintf(f, "\n            %s: ", o->subtype_attr);
		subtypes_of(f, o, a->subtypes);
	}
	putc('\n', f);
}

static void
help_object(FILE *f, const struct schema_verb *v, const struct schema_object *o)
{
	size_t	 i;

	fprintf(f, "%s %s(name): %s\n", v->name, o->name,
	    o->help ? o->help : "");
	if (o->attrs == NULL) {
		fputs("mqtls accepts its keywords without checking them.\n",
		    f);
		return;
	}
	if (o->subtype_attr != NULL)
		fprintf(f, "%s comes straight after the name.\n",
		    o->subtype_attr);
	for (i = 0; i < o->nattrs; i++) {
		const struct schema_attr *a = &o->attrs[i];

		if ((a->flags & (AF_ZOS | AF_OUTPUT)) ||
		    !schema_attr_for_verb(a, v->id))
			continue;
		attr_line(f, o, a);
	}
}

static void
help_keyword(FILE *f, const char *word)
{
	size_t	 i, k;
	int	 found = 0;

	for (i = 0; i < schema_nobjects; i++) {
		const struct schema_object *o = &schema_objects[i];
		const struct schema_attr *a = schema_attr(o, word);

		if (a == NULL || (a->flags & AF_ZOS))
			continue;
		fprintf(f, "%s on %s:\n", a->name, o->name);
		attr_line(f, o, a);
		found = 1;
	}
	if (strcmp(word, "SSLCIPH") == 0) {
		fputs("CipherSpecs (deprecated ones are marked):\n", f);
		for (k = 0; k < ncipherspecs; k++)
			fprintf(f, "  %-36s %s%s\n", cipherspecs[k].name,
			    cipherspec_proto_name(cipherspecs[k].proto),
			    cipherspecs[k].status == CS_DEPRECATED ?
			    ", deprecated" : "");
	}
	if (!found)
		fprintf(f, "No help for %s: try HELP for the list of "
		    "commands.\n", word);
}

void
help_print(FILE *f, const char *args)
{
	char			*copy = xstrdup(args), *w1, *w2, *save = NULL;
	const struct schema_verb *v;
	const struct schema_object *o;
	size_t			 i;

	for (i = 0; copy[i] != '\0'; i++)
		copy[i] = (char)toupper((unsigned char)copy[i]);
	w1 = strtok_r(copy, " \t,;", &save);
	w2 = w1 != NULL ? strtok_r(NULL, " \t,;", &save) : NULL;
	if (w1 == NULL)
		help_verbs(f);
	else if ((v = schema_verb(w1)) != NULL && w2 == NULL)
		help_verb(f, v);
	else if (v != NULL && (o = schema_object(w2)) != NULL)
		help_object(f, v, o);
	else
		help_keyword(f, w1);
	free(copy);
}
