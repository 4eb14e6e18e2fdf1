/*
 * decide-print.c - what a decision looks like to people and scripts:
 * the names of blocks, steps, phases and results, one line per record,
 * and the verdict as mqtls-simulate(1) prints it in text and JSON.  The
 * decision itself is decide.c's.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "decide.h"
#include "json.h"
#include "model.h"
#include "schema.h"

static const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

static int
blank(const char *s)
{
	return s == NULL || s[strspn(s, " ")] == '\0';
}

const char *
decide_step_explain(enum decide_step s)
{
	switch (s) {
	case DSTEP_PROFILE:
		return "its channel profile is more specific";
	case DSTEP_TYPE:
		return "its record type ranks higher on equally specific "
		    "profiles";
	case DSTEP_QUALIFIER:
		return "it has a matching ADDRESS or SSLCERTI filter and the "
		    "other has not";
	case DSTEP_ADDRESS:
		return "its ADDRESS is more specific";
	case DSTEP_IDENTITY:
		return "its SSLPEER, SSLCERTI or QMNAME filter is more "
		    "specific";
	case DSTEP_ORDER:
		return "nothing separates them, so the record set first is "
		    "taken";
	case DSTEP_WARN:
		return "the records that ranked higher have WARN(YES)";
	case DSTEP_ONLY:
		return "it is the only matching record";
	default:
		return "no mapping record matched";
	}
}

void
decide_where(const struct mobj *o, char *buf, size_t len)
{
	if (o != NULL && o->src_file != NULL)
		snprintf(buf, len, "%s:%u", o->src_file, o->src_line);
	else
		snprintf(buf, len, "(unknown)");
}


const char *
decide_block_name(enum decide_block b)
{
	static const char *const n[] = {
		[DBLK_NONE] = "none",
		[DBLK_BLOCKADDR] = "BLOCKADDR",
		[DBLK_CHANNEL_NOT_DEFINED] = "CHANNEL_NOT_DEFINED",
		[DBLK_SSLCAUTH] = "SSLCAUTH",
		[DBLK_SSLPEER] = "SSLPEER",
		[DBLK_NOACCESS] = "NOACCESS",
		[DBLK_BLOCKUSER] = "BLOCKUSER",
		[DBLK_CHCKCLNT] = "CHCKCLNT",
	};

	return n[b];
}

const char *
decide_step_name(enum decide_step s)
{
	static const char *const n[] = {
		[DSTEP_NONE] = "none",
		[DSTEP_ONLY] = "only",
		[DSTEP_PROFILE] = "profile",
		[DSTEP_TYPE] = "type",
		[DSTEP_QUALIFIER] = "qualifier",
		[DSTEP_ADDRESS] = "address",
		[DSTEP_IDENTITY] = "identity",
		[DSTEP_ORDER] = "order",
		[DSTEP_WARN] = "warn",
	};

	return n[s];
}

const char *
decide_phase_name(enum decide_phase p)
{
	static const char *const n[] = {
		[DPH_CHLAUTH] = "chlauth",
		[DPH_BLOCKADDR] = "blockaddr",
		[DPH_CHANNEL] = "channel",
		[DPH_TLS] = "tls",
		[DPH_MAPPING] = "mapping",
		[DPH_USER] = "user",
		[DPH_BLOCKUSER] = "blockuser",
		[DPH_CHCKCLNT] = "chckclnt",
	};

	return n[p];
}

const char *
decide_result_name(enum decide_result r)
{
	static const char *const n[] = {
		[DRES_INFO] = "info",
		[DRES_PASS] = "pass",
		[DRES_BLOCK] = "block",
		[DRES_NOMATCH] = "no-match",
		[DRES_NA] = "not-applicable",
		[DRES_DECIDED] = "decided",
		[DRES_OUTRANKED] = "outranked",
		[DRES_WARNED] = "warned",
		[DRES_REPLACED] = "replaced",
		[DRES_SKIPPED] = "skipped",
	};

	return n[r];
}

const char *
decide_user_src_name(enum decide_user_src s)
{
	static const char *const n[] = {
		[DUSER_NONE] = "none",
		[DUSER_RECORD] = "record",
		[DUSER_CHANNEL] = "channel",
		[DUSER_CLIENT] = "client",
		[DUSER_MCA] = "mca",
	};

	return n[s];
}

/* Append KEY('value') with quotes doubled; list values item by item. */
static void
put_kv(char *buf, size_t len, size_t *pos, const char *key, const char *val,
    int list)
{
	size_t	 p = *pos;
	int	 n;

#define PUT(c)	do { if (p + 1 < len) buf[p] = (c); p++; } while (0)
	n = snprintf(buf + (p < len ? p : len), p < len ? len - p : 0,
	    "%s%s(", p > 0 ? " " : "", key);
	p += n > 0 ? (size_t)n : 0;
	PUT('\'');
	for (; *val != '\0'; val++) {
		if (list && *val == ',') {
			PUT('\'');
			PUT(',');
			PUT('\'');
			continue;
		}
		if (*val == '\'')
			PUT('\'');
		PUT(*val);
	}
	PUT('\'');
	PUT(')');
#undef PUT
	if (len > 0)
		buf[p < len ? p : len - 1] = '\0';
	*pos = p;
}

static void
put_word(char *buf, size_t len, size_t *pos, const char *key, const char *val)
{
	int	 n;

	n = snprintf(buf + (*pos < len ? *pos : len), *pos < len ?
	    len - *pos : 0, " %s(%s)", key, val);
	*pos += n > 0 ? (size_t)n : 0;
}

void
decide_describe(const struct mobj *o, char *buf, size_t len)
{
	const char	*t = decide_record_type(o), *v;
	size_t		 pos = 0;

	if (len == 0)
		return;
	buf[0] = '\0';
	if (strcmp(o->obj->name, "QMGR") == 0) {
		snprintf(buf, len, "QMGR");
		return;
	}
	if (strcmp(o->obj->name, "CHLAUTH") != 0) {
		put_kv(buf, len, &pos, o->obj->name, o->name, 0);
		if (t != NULL && o->obj->subtype_attr != NULL)
			put_word(buf, len, &pos, o->obj->subtype_attr, t);
		return;
	}
	put_kv(buf, len, &pos, "CHLAUTH", o->name, 0);
	put_word(buf, len, &pos, "TYPE", nz(t));
	if (t == NULL)
		return;
	if (strcmp(t, "BLOCKUSER") == 0 || strcmp(t, "BLOCKADDR") == 0) {
		put_kv(buf, len, &pos, t[5] == 'U' ? "USERLIST" : "ADDRLIST",
		    nz(mobj_get(o, t[5] == 'U' ? "USERLIST" : "ADDRLIST")), 1);
		if (strcmp(nz(mobj_get(o, "WARN")), "YES") == 0)
			put_word(buf, len, &pos, "WARN", "YES");
		return;
	}
	if ((v = mobj_get(o, "SSLPEER")) != NULL)
		put_kv(buf, len, &pos, "SSLPEER", v, 0);
	if ((v = mobj_get(o, "SSLCERTI")) != NULL && !blank(v))
		put_kv(buf, len, &pos, "SSLCERTI", v, 0);
	if ((v = mobj_get(o, "CLNTUSER")) != NULL)
		put_kv(buf, len, &pos, "CLNTUSER", v, 0);
	if ((v = mobj_get(o, "QMNAME")) != NULL)
		put_kv(buf, len, &pos, "QMNAME", v, 0);
	if ((v = mobj_get(o, "ADDRESS")) != NULL && !blank(v))
		put_kv(buf, len, &pos, "ADDRESS", v, 0);
	v = nz(mobj_get(o, "USERSRC"));
	put_word(buf, len, &pos, "USERSRC", *v != '\0' ? v : "MAP");
	if (strcmp(v, "NOACCESS") != 0 && strcmp(v, "CHANNEL") != 0)
		put_kv(buf, len, &pos, "MCAUSER", blank(mobj_get(o,
		    "MCAUSER")) ? " " : mobj_get(o, "MCAUSER"), 0);
	if (strcmp(nz(mobj_get(o, "WARN")), "YES") == 0)
		put_word(buf, len, &pos, "WARN", "YES");
	v = nz(mobj_get(o, "CHCKCLNT"));
	if (*v != '\0' && strcmp(v, "ASQMGR") != 0)
		put_word(buf, len, &pos, "CHCKCLNT", v);
}

static const char *
user_from_text(enum decide_user_src s)
{
	switch (s) {
	case DUSER_RECORD:
		return "the deciding record's MCAUSER, USERSRC(MAP)";
	case DUSER_CHANNEL:
		return "the channel's MCAUSER";
	case DUSER_CLIENT:
		return "the user ID the client flowed";
	case DUSER_MCA:
		return "the MCA's own user ID: MCAUSER is blank";
	default:
		return "none";
	}
}

void
decide_print_text(FILE *f, const struct decide_conn *c,
    const struct decide_verdict *v)
{
	char		 desc[1024], at[512];
	size_t		 i, k;
	unsigned	 r;

	if (v->allowed) {
		fprintf(f, "allow: %s channel '%s' ", nz(v->chltype),
		    nz(c->channel));
		if (v->mcauser != NULL)
			fprintf(f, "runs as '%s'\n", v->mcauser);
		else if (v->user_from == DUSER_MCA)
			fputs("runs as the MCA's own user ID\n", f);
		else
			fputs("runs as the client's user ID (not given)\n", f);
	} else if (v->chltype != NULL)
		fprintf(f, "block: %s channel '%s' refused by %s\n",
		    v->chltype, nz(c->channel),
		    decide_block_name(v->blocked_by));
	else
		fprintf(f, "block: channel '%s' refused by %s\n",
		    nz(c->channel), decide_block_name(v->blocked_by));

	fputs("trace:\n", f);
	for (i = 0; i < v->ntrace; i++) {
		const struct decide_trace *t = &v->trace[i];

		fprintf(f, "  %-9s  ", decide_phase_name(t->phase));
		if (t->rec != NULL && t->rec->src_file != NULL) {
			/* The record in full once; after that, where. */
			for (k = 0; k < i; k++)
				if (v->trace[k].rec == t->rec)
					break;
			decide_where(t->rec, at, sizeof at);
			decide_describe(t->rec, desc, sizeof desc);
			if (k < i)
				fprintf(f, "%s: ", at);
			else
				fprintf(f, "%s: %s: ", at, desc);
		}
		if (t->result != DRES_INFO)
			fprintf(f, "%s: ", decide_result_name(t->result));
		fprintf(f, "%s\n", t->detail);
	}
	if (v->record != NULL) {
		decide_where(v->record, at, sizeof at);
		decide_describe(v->record, desc, sizeof desc);
		fprintf(f, "decided by: %s: %s\n", at, desc);
	} else
		fputs("decided by: no record\n", f);
	/* The step that chose the mapping record, when that decided. */
	if (v->step != DSTEP_NONE && (v->blocked_by == DBLK_NONE ||
	    v->blocked_by == DBLK_NOACCESS || v->blocked_by == DBLK_CHCKCLNT))
		fprintf(f, "precedence: %s: %s\n", decide_step_name(v->step),
		    decide_step_explain(v->step));
	if (v->mcauser != NULL)
		fprintf(f, "user: '%s', from %s%s\n", v->mcauser,
		    user_from_text(v->user_from), v->allowed ? "" :
		    " (refused)");
	else if (v->user_from == DUSER_MCA)
		fputs("user: the MCA's own user ID, because MCAUSER is blank "
		    "(its name is not known here)\n", f);
	else if (v->user_from == DUSER_CLIENT)
		fputs("user: the user ID the client flowed, because MCAUSER "
		    "is blank (not given: --clntuser)\n", f);
	else
		fputs("user: none: refused before a user was chosen\n", f);
	if (v->nwarnings == 0)
		fputs("warnings: none\n", f);
	else {
		fputs("warnings:\n", f);
		for (i = 0; i < v->nwarnings; i++) {
			const struct decide_warning *w = &v->warnings[i];

			if (w->rec != NULL && w->rec->src_file != NULL) {
				decide_where(w->rec, at, sizeof at);
				fprintf(f, "  %s: %s\n", at, w->text);
			} else
				fprintf(f, "  %s\n", w->text);
		}
	}
	if (v->rules == 0)
		fputs("unconfirmed: none\n", f);
	else {
		fputs("unconfirmed:\n", f);
		for (r = 0; r < DRULE_NRULES; r++)
			if (v->rules & (1u << r))
				fprintf(f, "  %s: %s (%s)\n",
				    decide_rules[r].name,
				    decide_rules[r].summary,
				    decide_rules[r].source);
	}
}

static void
json_or_null(FILE *f, const char *s)
{
	if (s == NULL)
		fputs("null", f);
	else
		json_cstring(f, s);
}

static void
json_where(FILE *f, const struct mobj *o)
{
	fputs("\"file\": ", f);
	json_or_null(f, o != NULL ? o->src_file : NULL);
	if (o != NULL && o->src_file != NULL)
		fprintf(f, ", \"line\": %u", o->src_line);
	else
		fputs(", \"line\": null", f);
}

void
decide_print_json(FILE *f, const struct decide_conn *c,
    const struct decide_verdict *v)
{
	decide_print_json_more(f, c, v, NULL, NULL);
}

void
decide_print_json_more(FILE *f, const struct decide_conn *c,
    const struct decide_verdict *v, void (*more)(FILE *, void *), void *arg)
{
	char		 desc[1024];
	size_t		 i;
	unsigned	 r, n;

	fputs("{\"channel\": ", f);
	json_or_null(f, c->channel);
	fputs(",\n \"chltype\": ", f);
	json_or_null(f, v->chltype);
	fprintf(f, ",\n \"decision\": \"%s\"", v->allowed ? "allow" :
	    "block");
	fputs(",\n \"mcauser\": ", f);
	json_or_null(f, v->mcauser);
	fputs(",\n \"blocked_by\": ", f);
	if (v->blocked_by == DBLK_NONE)
		fputs("null", f);
	else
		json_cstring(f, decide_block_name(v->blocked_by));
	fputs(",\n \"record\": ", f);
	if (v->record == NULL)
		fputs("null", f);
	else {
		fputs("{\"profile\": ", f);
		json_cstring(f, v->record->name);
		fputs(", \"type\": ", f);
		json_or_null(f, decide_record_type(v->record));
		fputs(", ", f);
		json_where(f, v->record);
		fputs("}", f);
	}
	fputs(",\n \"warnings\": [", f);
	for (i = 0; i < v->nwarnings; i++) {
		fputs(i > 0 ? ",\n   " : "\n   ", f);
		json_cstring(f, v->warnings[i].text);
	}
	fputs(v->nwarnings > 0 ? "\n ]" : "]", f);
	fputs(",\n \"unconfirmed\": [", f);
	for (r = 0, n = 0; r < DRULE_NRULES; r++) {
		if (!(v->rules & (1u << r)))
			continue;
		fputs(n++ > 0 ? ", " : "", f);
		json_cstring(f, decide_rules[r].name);
	}
	fputs("]", f);
	fputs(",\n \"trace\": [", f);
	for (i = 0; i < v->ntrace; i++) {
		const struct decide_trace *t = &v->trace[i];

		fputs(i > 0 ? ",\n   " : "\n   ", f);
		fprintf(f, "{\"phase\": \"%s\", \"result\": \"%s\", ",
		    decide_phase_name(t->phase), decide_result_name(t->result));
		fputs("\"object\": ", f);
		if (t->rec != NULL) {
			decide_describe(t->rec, desc, sizeof desc);
			json_cstring(f, desc);
		} else
			fputs("null", f);
		fputs(", ", f);
		json_where(f, t->rec);
		fputs(", \"step\": ", f);
		if (t->step == DSTEP_NONE)
			fputs("null", f);
		else
			json_cstring(f, decide_step_name(t->step));
		fputs(", \"detail\": ", f);
		json_cstring(f, t->detail);
		fputs("}", f);
	}
	fputs(v->ntrace > 0 ? "\n ]" : "]", f);
	if (more != NULL)
		more(f, arg);
	fputs("}\n", f);
}
