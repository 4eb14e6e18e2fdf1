/*
 * exec.c - what each MQSC command does to the offline queue manager, and
 * what runmqsc prints for it (mqsc.md 4, 5, 6, 8; chlauth.md 1.5, 7).
 *
 *  DEFINE	copies LIKE(...), else the SYSTEM.DEF.* object of its type,
 *		else the schema defaults; NOREPLACE fails on an existing
 *		name (AMQ8150E); REPLACE overwrites.
 *  ALTER	changes only the parameters given.
 *  DELETE	removes; IGNSTATE(YES) makes a missing object a success.
 *  DISPLAY	generic names, TYPE/CHLTYPE selection, ALL or named
 *		attributes, WHERE filters; runmqsc's two-column layout.
 *  SET CHLAUTH	ADD, REPLACE, REMOVE, REMOVEALL on records identified as
 *		chlauth.md 1.5 says.
 *  DISPLAY CHLAUTH MATCH(RUNCHECK)	the access decision of decide.c.
 *  SET/DELETE/DISPLAY AUTHREC	authority records.
 *
 * Commands that need a running queue manager (START, STOP, PING, RESET,
 * REFRESH, ...) are reported as not applicable, not as failures.
 *
 * Where runmqsc's message id is not known from a source, the message
 * names the PCF reason instead of inventing an AMQ number.
 */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address.h"
#include "ast.h"
#include "decide.h"
#include "display.h"
#include "dn.h"
#include "exec.h"
#include "model.h"
#include "oam.h"
#include "mqsc-check.h"
#include "schema.h"
#include "strpool.h"
#include "xmalloc.h"

/*
 * Messages per object class: created, changed, deleted, display header.
 * AMQ8014I/8016I (channel), 8006I/8007I/8008I/8409I (queue), 8005I/8408I
 * (queue manager), 8414I (channel display) are sourced in mqsc.md 8.4;
 * AMQ8015I's text follows the queue pattern (UNCONFIRMED there).  The
 * authentication information and listener ids are as recalled from the
 * AMQ8xxx catalogue (UNCONFIRMED: mqsc.md has no source for them).
 */
struct obj_messages {
	const char	*object;
	const char	*created, *changed, *deleted, *display;
};

static const struct obj_messages obj_messages[] = {
	{ "AUTHINFO",
	  "AMQ8563I: IBM MQ authentication information object created.",
	  "AMQ8565I: IBM MQ authentication information object changed.",
	  "AMQ8564I: IBM MQ authentication information object deleted.",
	  "AMQ8566I: Display authentication information details." },
	{ "CHANNEL", "AMQ8014I: IBM MQ channel created.",
	  "AMQ8016I: IBM MQ channel changed.",
	  "AMQ8015I: IBM MQ channel deleted.",
	  "AMQ8414I: Display Channel details." },
	{ "LISTENER", "AMQ8626I: IBM MQ listener created.",
	  "AMQ8627I: IBM MQ listener changed.",
	  "AMQ8628I: IBM MQ listener deleted.",
	  "AMQ8630I: Display listener information details." },
	{ "QUEUE", "AMQ8006I: IBM MQ queue created.",
	  "AMQ8008I: IBM MQ queue changed.",
	  "AMQ8007I: IBM MQ queue deleted.",
	  "AMQ8409I: Display Queue details." },
	{ NULL, "IBM MQ object created.", "IBM MQ object changed.",
	  "IBM MQ object deleted.", "Display object details." },
};

#define MSG_QMGR_CHANGED	"AMQ8005I: IBM MQ queue manager changed."
#define MSG_QMGR_DISPLAY	"AMQ8408I: Display Queue Manager details."
#define MSG_CHLAUTH_SET		"AMQ8877I: IBM MQ channel authentication " \
				"record set."
#define MSG_CHLAUTH_DISPLAY	"AMQ8878I: Display channel authentication " \
				"record details."
#define MSG_AUTHREC_SET		"AMQ8862I: IBM MQ authority record set."
/* UNCONFIRMED ids (mqsc.md 6): believed AMQ8864I for the display. */
#define MSG_AUTHREC_DELETED	"AMQ8863I: IBM MQ authority record deleted."
#define MSG_AUTHREC_DISPLAY	"AMQ8864I: Display authority record details."

/* Default object per type (mqsc.md 4.1, 7; UNCONFIRMED for MQTT). */
static const struct {
	const char	*object, *subtype, *name;
} default_objects[] = {
	{ "AUTHINFO", "CRLLDAP", "SYSTEM.DEFAULT.AUTHINFO.CRLLDAP" },
	{ "AUTHINFO", "IDPWLDAP", "SYSTEM.DEFAULT.AUTHINFO.IDPWLDAP" },
	{ "AUTHINFO", "IDPWOS", "SYSTEM.DEFAULT.AUTHINFO.IDPWOS" },
	{ "AUTHINFO", "OCSP", "SYSTEM.DEFAULT.AUTHINFO.OCSP" },
	{ "CHANNEL", "AMQP", "SYSTEM.DEF.AMQP" },
	{ "CHANNEL", "CLNTCONN", "SYSTEM.DEF.CLNTCONN" },
	{ "CHANNEL", "CLUSRCVR", "SYSTEM.DEF.CLUSRCVR" },
	{ "CHANNEL", "CLUSSDR", "SYSTEM.DEF.CLUSSDR" },
	{ "CHANNEL", "RCVR", "SYSTEM.DEF.RECEIVER" },
	{ "CHANNEL", "RQSTR", "SYSTEM.DEF.REQUESTER" },
	{ "CHANNEL", "SDR", "SYSTEM.DEF.SENDER" },
	{ "CHANNEL", "SVR", "SYSTEM.DEF.SERVER" },
	{ "CHANNEL", "SVRCONN", "SYSTEM.DEF.SVRCONN" },
	{ "LISTENER", NULL, "SYSTEM.DEFAULT.LISTENER.TCP" },
	{ "QALIAS", NULL, "SYSTEM.DEFAULT.ALIAS.QUEUE" },
	{ "QLOCAL", NULL, "SYSTEM.DEFAULT.LOCAL.QUEUE" },
	{ "QMODEL", NULL, "SYSTEM.DEFAULT.MODEL.QUEUE" },
	{ "QREMOTE", NULL, "SYSTEM.DEFAULT.REMOTE.QUEUE" },
	{ NULL, NULL, NULL }
};

const char *
exec_default_object(const char *object, const char *subtype)
{
	size_t	 i;

	for (i = 0; default_objects[i].object != NULL; i++) {
		if (strcmp(default_objects[i].object, object) != 0)
			continue;
		if (default_objects[i].subtype == NULL ||
		    (subtype != NULL &&
		    strcmp(default_objects[i].subtype, subtype) == 0))
			return default_objects[i].name;
	}
	return NULL;
}

static void
say(struct exec_ctx *x, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
say(struct exec_ctx *x, const char *fmt, ...)
{
	va_list	 ap;
	char	*line;

	va_start(ap, fmt);
	if (vasprintf(&line, fmt, ap) < 0)
		line = NULL;
	va_end(ap);
	if (line != NULL) {
		x->out(x->arg, line);
		free(line);
	}
}

static const struct obj_messages *
messages_for(const struct schema_object *obj)
{
	const char	*name = obj->name;
	size_t		 i;

	if (name[0] == 'Q' && strcmp(name, "QMGR") != 0 &&
	    strncmp(name, "QMS", 3) != 0 && strncmp(name, "QS", 2) != 0)
		name = "QUEUE";
	for (i = 0; obj_messages[i].object != NULL; i++)
		if (strcmp(obj_messages[i].object, name) == 0)
			break;
	return &obj_messages[i];
}

/* The value text of a parameter as the model stores it. */
static char *
param_text(const struct mqsc_param *p)
{
	const struct schema_attr	*a = p->attr;
	const struct ast_item		*it = p->item;
	size_t				 i, n = 0, k;
	char				*s;
	int				 up;

	for (i = 0; i < it->nvalues; i++)
		n += it->values[i].len + 1;
	s = xmalloc(n + 1);
	n = 0;
	up = a->type == VT_ENUM || a->type == VT_INT_ENUM ||
	    a->type == VT_CIPHER;
	for (i = 0; i < it->nvalues; i++) {
		if (i > 0)
			s[n++] = ',';
		for (k = 0; k < it->values[i].len; k++) {
			char c = it->values[i].s[k];

			s[n++] = up ? (char)toupper((unsigned char)c) : c;
		}
	}
	s[n] = '\0';
	/* ' ' is how a blank value is written: store it as empty. */
	if (strspn(s, " ") == n)
		s[0] = '\0';
	return s;
}

/* Apply the parameters of cmd to o (only attributes o stores). */
static void
apply_params(const struct mqsc_cmd *cmd, struct mobj *o)
{
	const struct schema_attr	*a, *pos;
	size_t				 i;
	char				*v;

	for (i = 0; i < cmd->nparams; i++) {
		a = cmd->params[i].attr;
		if (a == NULL)
			continue;
		if (a->type == VT_FLAG && (a->flags & AF_NEGATED)) {
			/* NOTRIGGER: the positive flag TRIGGER says NO. */
			size_t k;

			for (k = 0; k < o->obj->nattrs; k++) {
				pos = &o->obj->attrs[k];
				if (pos->negation != NULL &&
				    strcmp(pos->negation, a->name) == 0)
					mobj_set(o, pos, "NO");
			}
			continue;
		}
		if (!model_stored_attr(a))
			continue;
		if (a->subtypes != 0 && o->subtype >= 0 &&
		    !(a->subtypes & SUBTYPE(o->subtype)))
			continue;
		if (a->type == VT_FLAG) {
			mobj_set(o, a, "YES");
			continue;
		}
		v = param_text(&cmd->params[i]);
		mobj_set(o, a, v);
		free(v);
	}
}

static const char *
norm(const char *s)
{
	return s != NULL ? s : "";
}

static const char *
subtype_name(const struct mobj *o)
{
	return o->subtype >= 0 && o->obj->subtypes != NULL ?
	    o->obj->subtypes[o->subtype] : NULL;
}

static char *
name_of(const struct mqsc_cmd *cmd)
{
	return cmd->name != NULL ? xstrndup(cmd->name->s, cmd->name->len) :
	    xstrdup("");
}

/* The parameter item named name, by keyword (also for unmodelled objects). */
static const struct ast_item *
item_named(const struct mqsc_cmd *cmd, const char *name)
{
	const struct schema_attr	*a;
	size_t				 i;

	for (i = 0; i < cmd->nparams; i++) {
		const struct ast_item *it = cmd->params[i].item;

		a = cmd->params[i].attr;
		if ((a != NULL && strcmp(a->name, name) == 0) ||
		    (it->kwlen == strlen(name) &&
		    memcmp(it->kw, name, it->kwlen) == 0))
			return it;
	}
	return NULL;
}

static int
has_flag(const struct mqsc_cmd *cmd, const char *name)
{
	return item_named(cmd, name) != NULL;
}

static char *
word_of(const struct mqsc_cmd *cmd, const char *name)
{
	const struct ast_item	*it = item_named(cmd, name);
	char			*s;
	size_t			 i;

	if (it == NULL || it->nvalues != 1)
		return NULL;
	s = xstrndup(it->values[0].s, it->values[0].len);
	for (i = 0; s[i] != '\0'; i++)
		s[i] = (char)toupper((unsigned char)s[i]);
	return s;
}

static void
set_origin(struct exec_ctx *x, struct mobj *o)
{
	/* Interned: one copy per file name, not one per object. */
	o->src_file = x->file != NULL ? strpool_intern(x->file) : NULL;
	o->src_line = x->line;
	o->src_off = x->offset;
	model_touch(x->model, o);
}

/*
 * Raw parameters of an object the schema does not model, as MQSC that
 * can be replayed: quoted values stay quoted; REPLACE, NOREPLACE and LIKE
 * belong to the command, not to the object.
 */
static void
append(char **s, const char *add, size_t n)
{
	size_t	 len = strlen(*s);

	*s = xrealloc(*s, len + n + 1);
	memcpy(*s + len, add, n);
	(*s)[len + n] = '\0';
}

static char *
raw_params(const struct mqsc_cmd *cmd, const char *old)
{
	char	*s = xstrdup(old != NULL ? old : "");
	size_t	 i, k, c;

	for (i = 0; i < cmd->nparams; i++) {
		const struct ast_item *it = cmd->params[i].item;

		if ((it->kwlen == 7 && memcmp(it->kw, "REPLACE", 7) == 0) ||
		    (it->kwlen == 9 && memcmp(it->kw, "NOREPLACE", 9) == 0) ||
		    (it->kwlen == 4 && memcmp(it->kw, "LIKE", 4) == 0))
			continue;
		if (*s != '\0')
			append(&s, " ", 1);
		append(&s, it->kw, it->kwlen);
		if (!it->parens)
			continue;
		append(&s, "(", 1);
		for (k = 0; k < it->nvalues; k++) {
			const struct ast_value *v = &it->values[k];

			if (k > 0)
				append(&s, ",", 1);
			if (!(v->flags & AV_QUOTED)) {
				append(&s, v->s, v->len);
				continue;
			}
			append(&s, "'", 1);
			for (c = 0; c < v->len; c++) {
				if (v->s[c] == '\'')
					append(&s, "'", 1);
				append(&s, v->s + c, 1);
			}
			append(&s, "'", 1);
		}
		append(&s, ")", 1);
	}
	return s;
}

static enum exec_status
exec_define(struct exec_ctx *x, const struct mqsc_cmd *cmd)
{
	const struct obj_messages	*msg = messages_for(cmd->obj);
	struct model			*m = x->model;
	struct mobj			*old, *base = NULL, *o;
	const char			*defname;
	char				*name = name_of(cmd), *like;

	old = model_find(m, cmd->obj, cmd->subtype, name);
	if (old != NULL && !has_flag(cmd, "REPLACE")) {
		say(x, "AMQ8150E: IBM MQ object already exists.");
		free(name);
		return EXEC_FAILED;
	}
	if (old != NULL && (old->obj != cmd->obj ||
	    old->subtype != cmd->subtype)) {
		/* REPLACE cannot turn a QALIAS into a QLOCAL, nor change
		 * a CHLTYPE (UNCONFIRMED, mqsc.md 4.1). */
		say(x, "AMQ8150E: IBM MQ object already exists.");
		say(x, "mqtls: %s is a %s%s%s; REPLACE keeps the type: "
		    "DELETE it first", name, old->obj->name,
		    subtype_name(old) ? " of type " : "",
		    subtype_name(old) ? subtype_name(old) : "");
		free(name);
		return EXEC_FAILED;
	}
	if ((like = word_of(cmd, "LIKE")) != NULL) {
		base = model_find(m, cmd->obj, cmd->subtype, like);
		if (base == NULL || base->obj != cmd->obj) {
			say(x, "AMQ8147E: IBM MQ object %s not found.", like);
			free(like);
			free(name);
			return EXEC_FAILED;
		}
		free(like);
	} else if ((defname = exec_default_object(cmd->obj->name,
	    cmd->subtype >= 0 ? cmd->obj->subtypes[cmd->subtype] : NULL))
	    != NULL && strcmp(defname, name) != 0) {
		base = model_find(m, cmd->obj, cmd->subtype, defname);
		if (base != NULL && (base->obj != cmd->obj ||
		    base->subtype != cmd->subtype))
			base = NULL;
	}
	if (x->verify) {
		free(name);
		return EXEC_OK;
	}
	if (base != NULL) {
		o = mobj_clone(base);
		free(o->name);
		o->name = name;
		o->seq = 0;
	} else {
		o = mobj_new(cmd->obj, name, cmd->subtype);
		free(name);
		mobj_schema_defaults(o);
	}
	if (o->vals == NULL)
		o->raw = raw_params(cmd, NULL);
	else
		apply_params(cmd, o);
	set_origin(x, o);
	if (old != NULL)
		model_replace(m, old, o);
	else
		model_insert(m, o);
	x->changed = 1;
	say(x, "%s", msg->created);
	return EXEC_OK;
}

static enum exec_status
exec_alter(struct exec_ctx *x, const struct mqsc_cmd *cmd)
{
	const struct obj_messages	*msg = messages_for(cmd->obj);
	struct model			*m = x->model;
	struct mobj			*old, *o;
	char				*name;

	if (strcmp(cmd->obj->name, "QMGR") == 0) {
		if (!x->verify) {
			o = mobj_clone(m->qmgr);
			apply_params(cmd, o);
			set_origin(x, o);
			model_replace(m, m->qmgr, o);
			x->changed = 1;
		}
		say(x, "%s", MSG_QMGR_CHANGED);
		return EXEC_OK;
	}
	name = name_of(cmd);
	old = model_find(m, cmd->obj, cmd->subtype, name);
	if (old == NULL || old->obj != cmd->obj ||
	    (cmd->subtype >= 0 && old->subtype != cmd->subtype)) {
		say(x, "AMQ8147E: IBM MQ object %s not found.", name);
		free(name);
		return EXEC_FAILED;
	}
	free(name);
	if (x->verify)
		return EXEC_OK;
	o = mobj_clone(old);
	if (o->vals == NULL) {
		char *raw = raw_params(cmd, o->raw);

		free(o->raw);
		o->raw = raw;
	} else
		apply_params(cmd, o);
	set_origin(x, o);
	model_replace(m, old, o);
	x->changed = 1;
	say(x, "%s", msg->changed);
	return EXEC_OK;
}

static enum exec_status
exec_delete(struct exec_ctx *x, const struct mqsc_cmd *cmd)
{
	const struct obj_messages	*msg = messages_for(cmd->obj);
	struct mobj			*o;
	char				*name = name_of(cmd), *ign;
	int				 ignstate;

	ign = word_of(cmd, "IGNSTATE");
	ignstate = ign != NULL && strcmp(ign, "YES") == 0;
	free(ign);
	o = model_find(x->model, cmd->obj, cmd->subtype, name);
	if (o == NULL || (o->obj != cmd->obj &&
	    strcmp(cmd->obj->name, "QUEUE") != 0)) {
		free(name);
		if (ignstate) {
			say(x, "%s", msg->deleted);
			return EXEC_OK;
		}
		say(x, "AMQ8147E: IBM MQ object %.*s not found.",
		    cmd->name != NULL ? (int)cmd->name->len : 0,
		    cmd->name != NULL ? cmd->name->s : "");
		return EXEC_FAILED;
	}
	free(name);
	if (!x->verify) {
		model_remove(x->model, o);
		x->changed = 1;
	}
	say(x, "%s", msg->deleted);
	return EXEC_OK;
}

/* Generic name match: a trailing '*' matches any suffix (mqsc.md 1.5). */
static int
generic_match(const char *pattern, const char *name)
{
	size_t	 n = strlen(pattern);

	if (n > 0 && pattern[n - 1] == '*')
		return strncmp(pattern, name, n - 1) == 0;
	return strcmp(pattern, name) == 0;
}

/* CHLAUTH profiles: '*' anywhere, any number of times (chlauth.md 1.2). */
static int
wild_match(const char *p, const char *s)
{
	if (*p == '\0')
		return *s == '\0';
	if (*p == '*')
		return wild_match(p + 1, s) || (*s != '\0' &&
		    wild_match(p, s + 1));
	return *p == *s && wild_match(p + 1, s + 1);
}

struct where {
	const struct schema_attr	*attr;
	char				*op;
	char				*value;
};

/* Does o pass WHERE(attr op value)? */
static int
where_match(const struct where *w, const struct mobj *o)
{
	const char	*v;
	long long	 a, b;
	char		*end1, *end2;
	int		 c, numeric;
	size_t		 n;

	if (w->attr == NULL)
		return 1;
	if (o->vals == NULL || (v = o->vals[w->attr - o->obj->attrs]) == NULL)
		return 0;	/* no such attribute for this type */
	a = strtoll(v, &end1, 10);
	b = strtoll(w->value, &end2, 10);
	numeric = *v != '\0' && *end1 == '\0' && *w->value != '\0' &&
	    *end2 == '\0';
	c = numeric ? (a > b) - (a < b) : strcmp(v, w->value);
	if (strcmp(w->op, "EQ") == 0)
		return c == 0;
	if (strcmp(w->op, "NE") == 0)
		return c != 0;
	if (strcmp(w->op, "LT") == 0)
		return c < 0;
	if (strcmp(w->op, "GT") == 0)
		return c > 0;
	if (strcmp(w->op, "LE") == 0)
		return c <= 0;
	if (strcmp(w->op, "GE") == 0)
		return c >= 0;
	n = strlen(w->value);
	if (strcmp(w->op, "LK") == 0 || strcmp(w->op, "NL") == 0) {
		int lk = n > 0 && w->value[n - 1] == '*' ?
		    strncmp(v, w->value, n - 1) == 0 : strcmp(v, w->value) == 0;

		return strcmp(w->op, "LK") == 0 ? lk : !lk;
	}
	/* CT/EX (list contains), CTG/EXG (generic item). */
	{
		char	*copy = xstrdup(v), *item, *save = NULL;
		int	 found = 0;

		for (item = strtok_r(copy, ",", &save); item != NULL;
		    item = strtok_r(NULL, ",", &save))
			if (generic_match(w->value, item))
				found = 1;
		free(copy);
		return strncmp(w->op, "CT", 2) == 0 ? found : !found;
	}
}

int
exec_chlauth_shows(const struct mobj *o, const struct schema_attr *a)
{
	const char	*type = subtype_name(o), *src;
	int		 blocking;

	if (type == NULL || !model_stored_attr(a) ||
	    strcmp(a->name, "ACTION") == 0)
		return 0;
	if (a->subtypes != 0 && !(a->subtypes & SUBTYPE(o->subtype)))
		return 0;
	blocking = strcmp(type, "BLOCKUSER") == 0 ||
	    strcmp(type, "BLOCKADDR") == 0;
	src = norm(mobj_get(o, "USERSRC"));
	if (strcmp(a->name, "WARN") == 0)
		return blocking || strcmp(src, "NOACCESS") == 0;
	if (strcmp(a->name, "MCAUSER") == 0)
		return !blocking && strcmp(src, "MAP") == 0;
	if (strcmp(a->name, "CHCKCLNT") == 0)
		return !blocking && strcmp(src, "NOACCESS") != 0;
	return 1;
}

/* Print one object: the name and type first, then the attributes asked. */
static void
show_object(struct exec_ctx *x, const struct mqsc_cmd *cmd,
    const struct mobj *o, const char *header)
{
	const struct schema_object	*obj = o->obj;
	const struct schema_attr	*a;
	struct display			 d;
	size_t				 i;
	int				 all = has_flag(cmd, "ALL");
	const char			*v;

	say(x, "%s", header);
	display_begin(&d, x->out, x->arg);
	if (strcmp(obj->name, "QMGR") == 0)
		display_item(&d, "QMNAME", o->name);
	else if (strcmp(obj->name, "CHLAUTH") == 0)
		display_item(&d, "CHLAUTH", o->name);
	else {
		display_item(&d, strncmp(obj->name, "Q", 1) == 0 ? "QUEUE" :
		    obj->name, o->name);
		if (obj->subtype_attr != NULL && o->subtype >= 0)
			display_item(&d, obj->subtype_attr, subtype_name(o));
		else if (strncmp(obj->name, "Q", 1) == 0)
			display_item(&d, "TYPE", obj->name);
	}
	if (strcmp(obj->name, "CHLAUTH") == 0)
		display_item(&d, "TYPE", subtype_name(o));
	/* ALTDATE and ALTTIME follow the name, as 9.4.2 shows (4.4). */
	if (all || has_flag(cmd, "ALTDATE"))
		display_item(&d, "ALTDATE", o->altdate);
	if (all || has_flag(cmd, "ALTTIME"))
		display_item(&d, "ALTTIME", o->alttime);
	if (o->vals == NULL) {
		if (all && o->raw != NULL && *o->raw != '\0')
			d.out(d.arg, "   (attributes as given) ");
		display_end(&d);
		if (all && o->raw != NULL && *o->raw != '\0')
			say(x, "   %s", o->raw);
		return;
	}
	for (i = 0; i < obj->nattrs; i++) {
		a = &obj->attrs[i];
		if ((v = o->vals[i]) == NULL)
			continue;
		if (strcmp(obj->name, "CHLAUTH") == 0) {
			/* Always shown per type (chlauth.md 7.1). */
			if (!exec_chlauth_shows(o, a))
				continue;
			if (!all && !has_flag(cmd, a->name) &&
			    (strcmp(a->name, "DESCR") == 0 ||
			    strcmp(a->name, "CUSTOM") == 0 ||
			    strcmp(a->name, "CHCKCLNT") == 0 ||
			    ((strcmp(a->name, "ADDRESS") == 0 ||
			    strcmp(a->name, "MCAUSER") == 0 ||
			    strcmp(a->name, "SSLCERTI") == 0) && *v == '\0')))
				continue;
		} else if (!all && !has_flag(cmd, a->name))
			continue;
		if (a->flags & AF_SECRET)
			v = *v != '\0' ? "********" : "";
		if (a->type == VT_FLAG)
			display_item(&d, strcmp(v, "YES") == 0 ? a->name :
			    a->negation, NULL);
		else
			display_item(&d, a->name, v);
	}
	display_end(&d);
}

static int
parse_where(const struct mqsc_cmd *cmd, struct where *w)
{
	const struct mqsc_param	*p = mqsc_cmd_param(cmd, "WHERE");
	size_t			 i;

	memset(w, 0, sizeof *w);
	if (p == NULL || p->item->nvalues < 3)
		return 0;
	w->attr = schema_attr(cmd->obj, p->item->values[0].s);
	w->op = xstrndup(p->item->values[1].s, p->item->values[1].len);
	for (i = 0; w->op[i] != '\0'; i++)
		w->op[i] = (char)toupper((unsigned char)w->op[i]);
	w->value = xstrndup(p->item->values[2].s, p->item->values[2].len);
	if (w->attr != NULL && (w->attr->type == VT_ENUM ||
	    w->attr->type == VT_INT_ENUM))
		for (i = 0; w->value[i] != '\0'; i++)
			w->value[i] = (char)toupper((unsigned char)w->value[i]);
	if (strspn(w->value, " ") == strlen(w->value))
		w->value[0] = '\0';
	return 0;
}

static enum exec_status
exec_display(struct exec_ctx *x, const struct mqsc_cmd *cmd)
{
	struct model	*m = x->model;
	struct mobj	**v;
	struct where	 w;
	size_t		 n, i, shown = 0;
	char		*name, *type;
	const char	*header = messages_for(cmd->obj)->display;
	int		 queue_any = strcmp(cmd->obj->name, "QUEUE") == 0;

	if (strcmp(cmd->obj->name, "QMGR") == 0) {
		show_object(x, cmd, m->qmgr, MSG_QMGR_DISPLAY);
		return EXEC_OK;
	}
	name = name_of(cmd);
	type = word_of(cmd, "TYPE");
	if (type == NULL && cmd->obj->subtype_attr != NULL)
		type = word_of(cmd, cmd->obj->subtype_attr);
	parse_where(cmd, &w);
	v = model_list(m, &n);
	for (i = 0; i < n; i++) {
		struct mobj *o = v[i];

		if (queue_any ? model_ns(o->obj, -1) != NS_QUEUE :
		    o->obj != cmd->obj)
			continue;
		if (!generic_match(name, o->name))
			continue;
		if (type != NULL && strcmp(type, "ALL") != 0 &&
		    !(subtype_name(o) != NULL &&
		    strcmp(subtype_name(o), type) == 0) &&
		    !(queue_any && strcmp(o->obj->name, type) == 0))
			continue;
		if (!where_match(&w, o))
			continue;
		show_object(x, cmd, o, header);
		shown++;
	}
	free(v);
	free(w.op);
	free(w.value);
	free(type);
	if (shown == 0) {
		say(x, "AMQ8147E: IBM MQ object %s not found.", name);
		free(name);
		return EXEC_FAILED;
	}
	free(name);
	return EXEC_OK;
}

/*
 * CHLAUTH record identity (chlauth.md 1.5): the parameters that name a
 * record, per TYPE.  ADDRESS is part of every mapping record's key.
 */
static const char *const *
chlauth_key(const char *type)
{
	static const char *const blockuser[] = { NULL };
	static const char *const sslpeermap[] = { "SSLPEER", "SSLCERTI",
	    "ADDRESS", NULL };
	static const char *const addressmap[] = { "ADDRESS", NULL };
	static const char *const usermap[] = { "CLNTUSER", "ADDRESS", NULL };
	static const char *const qmgrmap[] = { "QMNAME", "ADDRESS", NULL };

	if (strcmp(type, "SSLPEERMAP") == 0)
		return sslpeermap;
	if (strcmp(type, "ADDRESSMAP") == 0)
		return addressmap;
	if (strcmp(type, "USERMAP") == 0)
		return usermap;
	if (strcmp(type, "QMGRMAP") == 0)
		return qmgrmap;
	return blockuser;
}

/* Find the record with the same identity as candidate c. */
static struct mobj *
chlauth_find(struct model *m, const struct mobj *c)
{
	const char *const	*key = chlauth_key(subtype_name(c));
	struct mobj		*r;
	size_t			 k;

	for (r = model_rec_first(m, c->obj, c->name); r != NULL;
	    r = model_rec_next(r)) {
		if (r->subtype != c->subtype)
			continue;
		for (k = 0; key[k] != NULL; k++)
			if (strcmp(norm(mobj_get(r, key[k])),
			    norm(mobj_get(c, key[k]))) != 0)
				break;
		if (key[k] == NULL)
			return r;
	}
	return NULL;
}

/*
 * The record a SET CHLAUTH command names (same profile, type and key), or
 * NULL: for lint, which reports ACTION(ADD) of an existing record and a
 * record replaced in the file that set it.
 */
struct mobj *
exec_chlauth_same(struct model *m, const struct mqsc_cmd *cmd)
{
	struct mobj	*c, *r;

	if (cmd->obj == NULL || cmd->name == NULL || cmd->subtype < 0)
		return NULL;
	c = mobj_new(cmd->obj, "", cmd->subtype);
	free(c->name);
	c->name = name_of(cmd);
	mobj_schema_defaults(c);
	apply_params(cmd, c);
	r = chlauth_find(m, c);
	mobj_free(c);
	return r;
}

/* Items of a comma list, one per line in out[], NULL-terminated. */
static char **
split_list(const char *s, size_t *n)
{
	char	**v, *copy, *item, *save = NULL;
	size_t	 cap = 8;

	*n = 0;
	v = xcalloc(cap, sizeof *v);
	if (s == NULL || *s == '\0')
		return v;
	copy = xstrdup(s);
	for (item = strtok_r(copy, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save)) {
		if (*n + 1 >= cap) {
			cap *= 2;
			v = xreallocarray(v, cap, sizeof *v);
		}
		v[(*n)++] = xstrdup(item);
	}
	v[*n] = NULL;
	free(copy);
	return v;
}

static void
free_list(char **v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static char *
join_list(char **v, size_t n)
{
	size_t	 i, len = 0;
	char	*s;

	for (i = 0; i < n; i++)
		len += strlen(v[i]) + 1;
	s = xcalloc(1, len + 1);
	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(s, ",");
		strcat(s, v[i]);
	}
	return s;
}

/*
 * BLOCKUSER and BLOCKADDR hold a list per profile: ADD appends, REPLACE
 * replaces the list, REMOVE takes entries out and REMOVEALL drops the
 * record (chlauth.md 1.5, list column: UNCONFIRMED, best reading).
 */
static enum exec_status
chlauth_list(struct exec_ctx *x, const struct mqsc_cmd *cmd,
    struct mobj *c, const char *action, const char *listname)
{
	struct model	*m = x->model;
	struct mobj	*r = chlauth_find(m, c), *nr;
	const char	*given = mobj_get(c, listname);
	char		**cur, **add, *joined;
	size_t		 ncur, nadd, i, k;

	(void)cmd;
	if (strcmp(action, "REMOVEALL") == 0) {
		if (r != NULL && !x->verify) {
			model_remove_record(m, r);
			x->changed = 1;
		}
		mobj_free(c);
		say(x, "%s", MSG_CHLAUTH_SET);
		return EXEC_OK;
	}
	cur = split_list(r != NULL ? mobj_get(r, listname) : NULL, &ncur);
	add = split_list(given, &nadd);
	if (strcmp(action, "REPLACE") == 0) {
		free_list(cur, ncur);
		cur = add;
		ncur = nadd;
		add = NULL;
		nadd = 0;
	} else if (strcmp(action, "REMOVE") == 0) {
		if (r == NULL) {
			say(x, "mqtls: channel authentication record not "
			    "found (MQRCCF_CHLAUTH_NOT_FOUND, 3338)");
			free_list(cur, ncur);
			free_list(add, nadd);
			mobj_free(c);
			return EXEC_FAILED;
		}
		for (i = 0; i < nadd; i++) {
			for (k = 0; k < ncur; k++) {
				if (strcmp(cur[k], add[i]) == 0) {
					free(cur[k]);
					memmove(&cur[k], &cur[k + 1],
					    (ncur - k) * sizeof *cur);
					ncur--;
					break;
				}
			}
		}
	} else {
		for (i = 0; i < nadd; i++) {
			for (k = 0; k < ncur; k++)
				if (strcmp(cur[k], add[i]) == 0)
					break;
			if (k < ncur)
				continue;
			cur = xreallocarray(cur, ncur + 2, sizeof *cur);
			cur[ncur++] = xstrdup(add[i]);
			cur[ncur] = NULL;
		}
	}
	if (ncur > 100) {
		say(x, "mqtls: the list would hold %zu entries; at most 100 "
		    "are allowed (MQRCCF_CHLAUTH_MAX_EXCEEDED, 3344)", ncur);
		free_list(cur, ncur);
		free_list(add, nadd);
		mobj_free(c);
		return EXEC_FAILED;
	}
	if (!x->verify) {
		if (ncur == 0) {
			if (r != NULL)
				model_remove_record(m, r);
			mobj_free(c);
		} else {
			joined = join_list(cur, ncur);
			if (r != NULL) {
				/* Keep the record; take DESCR, WARN... */
				nr = mobj_clone(r);
				apply_params(cmd, nr);
				mobj_free(c);
			} else
				nr = c;
			mobj_set(nr, schema_attr(nr->obj, listname), joined);
			free(joined);
			set_origin(x, nr);
			model_put_record(m, r, nr);
		}
		x->changed = 1;
	} else
		mobj_free(c);
	free_list(cur, ncur);
	free_list(add, nadd);
	say(x, "%s", MSG_CHLAUTH_SET);
	return EXEC_OK;
}

/*
 * Address ranges on one profile must nest or stay apart: a range that
 * partly overlaps another is refused (MQRCCF_IPADDR_RANGE_CONFLICT,
 * chlauth.md 1.6).  Compared with the other records of the same profile
 * and type, except the one being replaced.
 */
static const struct mobj *
range_conflict(const struct model *m, const struct mobj *c,
    const struct mobj *replaced)
{
	struct addr_pattern	 a, b;
	const char		*ca = mobj_get(c, "ADDRESS"), *ra;
	const struct mobj	*hit = NULL, *r;

	if (ca == NULL || strchr(ca, '-') == NULL ||
	    addr_pattern_parse(ca, strlen(ca), 1, &a, NULL) != 0)
		return NULL;
	for (r = model_rec_first(m, c->obj, c->name); r != NULL &&
	    hit == NULL; r = model_rec_next(r)) {
		if (r == replaced || r->subtype != c->subtype ||
		    (ra = mobj_get(r, "ADDRESS")) == NULL || *ra == '\0' ||
		    addr_pattern_parse(ra, strlen(ra), 1, &b, NULL) != 0)
			continue;
		if (addr_ranges_conflict(&a, &b))
			hit = r;
		addr_pattern_free(&b);
	}
	addr_pattern_free(&a);
	return hit;
}

static enum exec_status
exec_set_chlauth(struct exec_ctx *x, const struct mqsc_cmd *cmd)
{
	struct model	*m = x->model;
	struct mobj	*c, *r;
	char		*action = word_of(cmd, "ACTION");
	const char	*type, *act;
	enum exec_status st;
	size_t		 i;

	act = action != NULL ? action : "ADD";
	c = mobj_new(cmd->obj, cmd->name != NULL ? "" : "", cmd->subtype);
	free(c->name);
	c->name = name_of(cmd);
	mobj_schema_defaults(c);
	/* Keys default to blank, not to a schema default. */
	apply_params(cmd, c);
	type = subtype_name(c);
	if (type != NULL && (strcmp(type, "BLOCKUSER") == 0 ||
	    strcmp(type, "BLOCKADDR") == 0)) {
		st = chlauth_list(x, cmd, c, act, strcmp(type, "BLOCKUSER") ==
		    0 ? "USERLIST" : "ADDRLIST");
		free(action);
		return st;
	}
	if (strcmp(act, "REMOVEALL") == 0) {
		if (!x->verify) {
			for (i = m->nrecs; i-- > 0; ) {
				r = m->recs[i];
				if (r->obj == c->obj && r->subtype ==
				    c->subtype && strcmp(r->name, c->name) == 0) {
					model_remove_record(m, r);
					x->changed = 1;
				}
			}
		}
		mobj_free(c);
		free(action);
		say(x, "%s", MSG_CHLAUTH_SET);
		return EXEC_OK;
	}
	r = chlauth_find(m, c);
	if (strcmp(act, "REMOVE") == 0) {
		mobj_free(c);
		free(action);
		if (r == NULL) {
			say(x, "mqtls: channel authentication record not "
			    "found (MQRCCF_CHLAUTH_NOT_FOUND, 3338)");
			return EXEC_FAILED;
		}
		if (!x->verify) {
			model_remove_record(m, r);
			x->changed = 1;
		}
		say(x, "%s", MSG_CHLAUTH_SET);
		return EXEC_OK;
	}
	if (r != NULL && strcmp(act, "ADD") == 0) {
		mobj_free(c);
		free(action);
		say(x, "mqtls: a channel authentication record with this "
		    "identity already exists (MQRCCF_CHLAUTH_ALREADY_EXISTS, "
		    "3337): use ACTION(REPLACE) to change it");
		return EXEC_FAILED;
	}
	free(action);
	{
		const struct mobj *other = range_conflict(m, c, r);

		if (other != NULL) {
			say(x, "mqtls: ADDRESS(%s) partly overlaps ADDRESS(%s) "
			    "of another %s record on this profile; ranges must "
			    "nest or be apart (MQRCCF_IPADDR_RANGE_CONFLICT, "
			    "3343)", mobj_get(c, "ADDRESS"),
			    mobj_get(other, "ADDRESS"), subtype_name(c));
			mobj_free(c);
			return EXEC_FAILED;
		}
	}
	if (x->verify) {
		mobj_free(c);
		say(x, "%s", MSG_CHLAUTH_SET);
		return EXEC_OK;
	}
	set_origin(x, c);
	model_put_record(m, r, c);
	x->changed = 1;
	say(x, "%s", MSG_CHLAUTH_SET);
	return EXEC_OK;
}

/* A RUNCHECK input as given (quoted case kept), or NULL. */
static char *
raw_of(const struct mqsc_cmd *cmd, const char *name)
{
	const struct ast_item	*it = item_named(cmd, name);

	if (it == NULL || it->nvalues != 1)
		return NULL;
	return xstrndup(it->values[0].s, it->values[0].len);
}

/*
 * DISPLAY CHLAUTH('chl') MATCH(RUNCHECK) ADDRESS() SSLPEER() SSLCERTI()
 * CLNTUSER() QMNAME(): what a real inbound connection with these
 * attributes meets, decided by decide.c without the TLS checks, as
 * runmqsc answers it (chlauth.md 7.2, 7.3): the record that blocks or
 * decides in the AMQ8878I layout, or AMQ9783I with the user the channel
 * runs as when no record decides.  Whether runmqsc shows a USERSRC(MAP)
 * or CHANNEL record or AMQ9783I is UNCONFIRMED (7.3); the record is shown.
 */
/* A RUNCHECK DN input (SSLPEER, SSLCERTI): parsed into *dn, or reported. */
static int
runcheck_dn(struct exec_ctx *x, const char *key, const char *value,
    struct dn *dn, const struct dn **slot)
{
	struct dn_error	 err;

	if (value == NULL || *value == '\0')
		return 0;
	if (dn_from_rfc4514(value, strlen(value), dn, &err) != 0) {
		say(x, "mqtls: %s('%s') is not a distinguished name: %s", key,
		    value, err.message);
		return -1;
	}
	*slot = dn;
	return 0;
}

static enum exec_status
exec_runcheck(struct exec_ctx *x, const struct mqsc_cmd *cmd,
    const char *name)
{
	static const char *const generic[] = { "ADDRESS", "SSLPEER",
	    "SSLCERTI", "CLNTUSER", "QMNAME", NULL };
	struct decide_index	*idx;
	struct decide_conn	 c;
	struct decide_verdict	 v;
	struct addr_ip		 ip;
	struct dn		 peer, issuer;
	enum exec_status	 st = EXEC_FAILED;
	char			*address, *sslpeer, *sslcerti, *clntuser;
	char			*qmname, *type;
	size_t			 i;

	address = raw_of(cmd, "ADDRESS");
	sslpeer = raw_of(cmd, "SSLPEER");
	sslcerti = raw_of(cmd, "SSLCERTI");
	clntuser = raw_of(cmd, "CLNTUSER");
	qmname = raw_of(cmd, "QMNAME");
	type = word_of(cmd, "TYPE");
	dn_init(&peer);
	dn_init(&issuer);
	decide_conn_init(&c);
	decide_verdict_init(&v);
	if (strchr(name, '*') != NULL) {
		say(x, "mqtls: MATCH(RUNCHECK) checks one channel: '%s' is "
		    "generic (MQRCCF_CHLAUTH_RUNCHECK_ERROR, 3350)", name);
		goto out;
	}
	for (i = 0; generic[i] != NULL; i++) {
		const struct ast_item *it = item_named(cmd, generic[i]);

		if (it != NULL && it->nvalues == 1 &&
		    memchr(it->values[0].s, '*', it->values[0].len) != NULL) {
			say(x, "mqtls: MATCH(RUNCHECK) checks one connection: "
			    "%s must not be generic "
			    "(MQRCCF_CHLAUTH_RUNCHECK_ERROR, 3350)",
			    generic[i]);
			goto out;
		}
	}
	if (type != NULL && strcmp(type, "ALL") != 0) {
		say(x, "mqtls: MATCH(RUNCHECK) takes TYPE(ALL) only "
		    "(MQRCCF_WRONG_CHLAUTH_MATCH, 3342)");
		goto out;
	}
	if (strcmp(norm(mobj_get(x->model->qmgr, "CHLAUTH")),
	    "DISABLED") == 0) {
		say(x, "mqtls: channel authentication records are disabled: "
		    "ALTER QMGR CHLAUTH(ENABLED) first "
		    "(MQRCCF_CHLAUTH_DISABLED, 3357)");
		goto out;
	}
	if (address != NULL && *address != '\0') {
		if (addr_parse_ip(address, &ip) != ADDR_IP_OK) {
			say(x, "mqtls: MATCH(RUNCHECK) needs the partner's IP "
			    "address, not '%s' (MQRCCF_CHLAUTH_RUNCHECK_ERROR, "
			    "3350)", address);
			goto out;
		}
		c.address = &ip;
	}
	if (runcheck_dn(x, "SSLPEER", sslpeer, &peer, &c.subject) != 0 ||
	    runcheck_dn(x, "SSLCERTI", sslcerti, &issuer, &c.issuer) != 0)
		goto out;
	c.channel = name;
	c.clntuser = clntuser;
	c.qmname = qmname;
	idx = decide_index_new(x->model);
	decide(idx, &c, DECIDE_RUNCHECK, &v);
	if (v.record != NULL) {
		show_object(x, cmd, v.record, MSG_CHLAUTH_DISPLAY);
		st = EXEC_OK;
	} else if (v.allowed) {
		say(x, "AMQ9783I: Channel will run using MCAUSER('%s').",
		    v.mcauser != NULL ? v.mcauser : "");
		st = EXEC_OK;
	} else
		say(x, "mqtls: a %s channel does not accept inbound "
		    "connections", v.chltype != NULL ? v.chltype : "");
	decide_verdict_free(&v);
	decide_index_free(idx);
out:
	dn_free(&peer);
	dn_free(&issuer);
	free(address);
	free(sslpeer);
	free(sslcerti);
	free(clntuser);
	free(qmname);
	free(type);
	return st;
}

static enum exec_status
exec_display_chlauth(struct exec_ctx *x, const struct mqsc_cmd *cmd)
{
	struct model	*m = x->model;
	char		*name = name_of(cmd), *match, *type;
	size_t		 i, shown = 0;
	int		 all;
	enum exec_status st;

	match = word_of(cmd, "MATCH");
	if (match != NULL && strcmp(match, "RUNCHECK") == 0) {
		st = exec_runcheck(x, cmd, name);
		free(match);
		free(name);
		return st;
	}
	type = word_of(cmd, "TYPE");
	all = match != NULL && strcmp(match, "ALL") == 0;
	for (i = 0; i < m->nrecs; i++) {
		struct mobj *r = m->recs[i];
		int hit;

		if (strcmp(r->obj->name, "CHLAUTH") != 0)
			continue;
		if (match != NULL && strcmp(match, "EXACT") == 0)
			hit = strcmp(r->name, name) == 0;
		else if (all)
			hit = wild_match(r->name, name);
		else
			hit = wild_match(name, r->name);
		if (!hit || (type != NULL && strcmp(type, "ALL") != 0 &&
		    strcmp(subtype_name(r), type) != 0))
			continue;
		show_object(x, cmd, r, MSG_CHLAUTH_DISPLAY);
		shown++;
	}
	free(match);
	free(type);
	if (shown == 0) {
		say(x, "AMQ8147E: IBM MQ object %s not found.", name);
		free(name);
		return EXEC_FAILED;
	}
	free(name);
	return EXEC_OK;
}

/* Authority records: name = PROFILE, keys OBJTYPE and the entity. */
static struct mobj *
authrec_find(struct model *m, const char *profile, const char *objtype,
    const char *principal, const char *group)
{
	struct mobj	*r;

	for (r = model_rec_first(m, schema_object("AUTHREC"), profile);
	    r != NULL; r = model_rec_next(r)) {
		if (strcmp(norm(mobj_get(r, "OBJTYPE")), objtype) != 0 ||
		    strcmp(norm(mobj_get(r, "PRINCIPAL")), norm(principal)) ||
		    strcmp(norm(mobj_get(r, "GROUP")), norm(group)))
			continue;
		return r;
	}
	return NULL;
}

static char *
value_of(const struct mqsc_cmd *cmd, const char *name)
{
	const struct mqsc_param	*p = mqsc_cmd_param(cmd, name);

	if (p == NULL || p->item->nvalues != 1)
		return NULL;
	return xstrndup(p->item->values[0].s, p->item->values[0].len);
}

/* The parameters that name an authority record (mqsc.md 6). */
struct authrec_key {
	char	*profile, *objtype, *principal, *group;
};

static void
authrec_key_get(const struct mqsc_cmd *cmd, struct authrec_key *k)
{
	k->profile = value_of(cmd, "PROFILE");
	k->objtype = word_of(cmd, "OBJTYPE");
	k->principal = value_of(cmd, "PRINCIPAL");
	k->group = value_of(cmd, "GROUP");
}

static void
authrec_key_free(struct authrec_key *k)
{
	free(k->profile);
	free(k->objtype);
	free(k->principal);
	free(k->group);
}

static enum exec_status
exec_authrec(struct exec_ctx *x, const struct mqsc_cmd *cmd)
{
	struct model	*m = x->model;
	struct authrec_key key;
	char		*profile, *objtype, *principal, *group;
	char		 joined[256];
	enum oam_objtype ot;
	oam_mask	 mask;
	struct mobj	*r, *nr;
	enum exec_status st = EXEC_OK;
	const char	*lists[2] = { "AUTHADD", "AUTHRMV" };
	int		 l;

	authrec_key_get(cmd, &key);
	if (key.profile == NULL)
		key.profile = xstrdup(key.objtype != NULL &&
		    strcmp(key.objtype, "QMGR") == 0 ? x->model->qmname : "");
	profile = key.profile;
	objtype = key.objtype;
	principal = key.principal;
	group = key.group;
	r = authrec_find(m, profile, norm(objtype), principal, group);
	if (cmd->verb->id == VERB_DELETE) {
		if (r == NULL) {
			say(x, "AMQ8147E: IBM MQ object %s not found.",
			    profile);
			st = EXEC_FAILED;
		} else {
			if (!x->verify) {
				model_remove_record(m, r);
				x->changed = 1;
			}
			say(x, "%s", MSG_AUTHREC_DELETED);
		}
		goto out;
	}
	/*
	 * The record keeps single authorities, as the OAM does: ALLMQI is
	 * what it stands for on this object type, so AUTHRMV(GET) after
	 * AUTHADD(ALLMQI) leaves the others (oam.c).
	 */
	if (oam_objtype_parse(norm(objtype), &ot) != 0)
		ot = OT_QUEUE;
	mask = oam_list_mask(r != NULL ? mobj_get(r, "AUTHLIST") : NULL, ot);
	for (l = 0; l < 2; l++) {
		const struct mqsc_param *p = mqsc_cmd_param(cmd, lists[l]);
		char *given;

		if (p == NULL)
			continue;
		given = param_text(p);
		if (l == 0)
			mask |= oam_list_mask(given, ot);
		else
			mask &= ~oam_list_mask(given, ot);
		free(given);
	}
	oam_mask_list(mask, joined, sizeof joined);
	if (!x->verify) {
		nr = mobj_new(cmd->obj, profile, -1);
		mobj_set(nr, schema_attr(nr->obj, "OBJTYPE"), norm(objtype));
		if (principal != NULL)
			mobj_set(nr, schema_attr(nr->obj, "PRINCIPAL"),
			    principal);
		if (group != NULL)
			mobj_set(nr, schema_attr(nr->obj, "GROUP"), group);
		if (schema_attr(nr->obj, "AUTHLIST") != NULL)
			mobj_set(nr, schema_attr(nr->obj, "AUTHLIST"),
			    joined);
		set_origin(x, nr);
		model_put_record(m, r, nr);
		x->changed = 1;
	}
	say(x, "%s", MSG_AUTHREC_SET);
out:
	authrec_key_free(&key);
	return st;
}

static enum exec_status
exec_display_authrec(struct exec_ctx *x, const struct mqsc_cmd *cmd)
{
	struct model	*m = x->model;
	struct authrec_key key;
	const char	*profile, *objtype, *principal, *group;
	struct display	 d;
	size_t		 i, shown = 0;
	const char	*ent;
	enum exec_status st = EXEC_OK;

	authrec_key_get(cmd, &key);
	profile = key.profile;
	objtype = key.objtype;
	principal = key.principal;
	group = key.group;

	for (i = 0; i < m->nrecs; i++) {
		struct mobj *r = m->recs[i];

		if (strcmp(r->obj->name, "AUTHREC") != 0)
			continue;
		if ((profile != NULL && !generic_match(profile, r->name)) ||
		    (objtype != NULL && strcmp(objtype, "ALL") != 0 &&
		    strcmp(objtype, norm(mobj_get(r, "OBJTYPE"))) != 0) ||
		    (principal != NULL && strcmp(principal,
		    norm(mobj_get(r, "PRINCIPAL"))) != 0) ||
		    (group != NULL && strcmp(group,
		    norm(mobj_get(r, "GROUP"))) != 0))
			continue;
		say(x, "%s", MSG_AUTHREC_DISPLAY);
		display_begin(&d, x->out, x->arg);
		display_item(&d, "PROFILE", r->name);
		ent = mobj_get(r, "PRINCIPAL");
		display_item(&d, "ENTITY", ent != NULL && *ent != '\0' ? ent :
		    norm(mobj_get(r, "GROUP")));
		display_item(&d, "ENTTYPE", ent != NULL && *ent != '\0' ?
		    "PRINCIPAL" : "GROUP");
		display_item(&d, "OBJTYPE", norm(mobj_get(r, "OBJTYPE")));
		display_item(&d, "AUTHLIST", norm(mobj_get(r, "AUTHLIST")));
		display_end(&d);
		shown++;
	}
	if (shown == 0) {
		say(x, "AMQ8147E: IBM MQ object %s not found.",
		    profile != NULL ? profile : "AUTHREC");
		st = EXEC_FAILED;
	}
	authrec_key_free(&key);
	return st;
}

enum exec_status
exec_command(struct exec_ctx *x, const struct mqsc_cmd *cmd)
{
	unsigned	 verb;
	const char	*obj;

	if (cmd->verb == NULL || cmd->skipped)
		return EXEC_OK;
	verb = cmd->verb->id;
	if (cmd->obj == NULL)
		return EXEC_OK;		/* END and friends */
	obj = cmd->obj->name;
	if ((cmd->verb->flags & VF_ONLINE) ||
	    (verb == VERB_DISPLAY && cmd->obj->attrs == NULL &&
	    strcmp(obj, "QUEUE") != 0 && cmd->obj->name_rule ==
	    NAME_OPTIONAL && strstr(obj, "STATUS") != NULL)) {
		say(x, "mqtls: %s %s needs a running queue manager; the "
		    "offline model is unchanged", cmd->verb->name, obj);
		return EXEC_OFFLINE;
	}
	if (strcmp(obj, "CHLAUTH") == 0)
		return verb == VERB_SET ? exec_set_chlauth(x, cmd) :
		    exec_display_chlauth(x, cmd);
	if (strcmp(obj, "AUTHREC") == 0)
		return verb == VERB_DISPLAY ? exec_display_authrec(x, cmd) :
		    exec_authrec(x, cmd);
	switch (verb) {
	case VERB_DEFINE:
		return exec_define(x, cmd);
	case VERB_ALTER:
		return exec_alter(x, cmd);
	case VERB_DELETE:
		return exec_delete(x, cmd);
	case VERB_DISPLAY:
		return exec_display(x, cmd);
	default:
		say(x, "mqtls: %s %s is not applied to the offline model",
		    cmd->verb->name, obj);
		return EXEC_OFFLINE;
	}
}
