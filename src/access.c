/*
 * access.c - the authority step of a simulated connection (access.h):
 * turns --access lists into questions, asks the OAM (oam.c) for the user
 * the CHLAUTH decision chose, and prints the answers with the record that
 * granted each one.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "access.h"
#include "decide.h"
#include "json.h"
#include "model.h"
#include "xmalloc.h"

static void
add_req(struct access_req **v, size_t *n, enum oam_objtype t,
    const char *object, oam_mask bit)
{
	size_t	 i;

	for (i = 0; i < *n; i++)
		if ((*v)[i].objtype == t && (*v)[i].access == bit &&
		    (object == NULL ? (*v)[i].object == NULL :
		    (*v)[i].object != NULL &&
		    strcmp((*v)[i].object, object) == 0))
			return;		/* asked already */
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[*n].objtype = t;
	(*v)[*n].object = object;
	(*v)[*n].access = bit;
	(*n)++;
}

int
access_parse(const char *list, const char *const *queues, size_t nqueues,
    struct access_req **v, size_t *n, const char **err)
{
	char		*copy, *item, *save = NULL;
	oam_mask	 qm, mm, bit;
	size_t		 before = *n, i;
	int		 rc = 0;

	copy = xstrdup(list);
	for (item = strtok_r(copy, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save)) {
		if (oam_auth_parse(item, OT_QUEUE, &qm) != 0 ||
		    oam_auth_parse(item, OT_QMGR, &mm) != 0) {
			*err = "unknown authority: give put, get, browse, "
			    "inq, set, connect, altusr, passid, passall, "
			    "setid, setall, dsp, chg, clr, dlt, crt, system "
			    "or allmqi, alladm, all";
			rc = -1;
			break;
		}
		/* Keep what applies: composites expand per type already. */
		for (bit = 1; bit != 0; bit <<= 1) {
			if ((qm & bit) && !oam_auth_applies(bit, OT_QUEUE))
				qm &= ~bit;
			if ((mm & bit) && !oam_auth_applies(bit, OT_QMGR))
				mm &= ~bit;
		}
		if (qm == 0 && mm == 0) {
			*err = "that authority applies neither to queues nor "
			    "to the queue manager (or is none): name the "
			    "authorities to check";
			rc = -1;
			break;
		}
		if (nqueues == 0 && mm == 0) {
			*err = "that authority is checked on a queue: give "
			    "the queue with --queue NAME";
			rc = -1;
			break;
		}
		/*
		 * An authority that applies to queues is a question about
		 * each queue given; one that applies only to the queue
		 * manager (connect, altusr, system), or any with no queue
		 * given, is one about the queue manager.
		 */
		for (bit = 1; bit != 0; bit <<= 1) {
			if ((qm & bit) && nqueues > 0) {
				for (i = 0; i < nqueues; i++)
					add_req(v, n, OT_QUEUE, queues[i],
					    bit);
			} else if (mm & bit)
				add_req(v, n, OT_QMGR, NULL, bit);
		}
	}
	free(copy);
	return rc == 0 ? (int)(*n - before) : -1;
}

int
access_policy_parse(const char *s, enum oam_policy *p)
{
	if (strcasecmp(s, "user") == 0)
		*p = OAM_POLICY_USER;
	else if (strcasecmp(s, "group") == 0)
		*p = OAM_POLICY_GROUP;
	else
		return -1;
	return 0;
}

void
access_eval(const struct model *m, const struct access_ctx *ctx,
    const struct decide_verdict *v, const struct access_req *req, size_t n,
    struct access_result *out)
{
	struct oam_query q;
	size_t		 i;

	for (i = 0; i < n; i++) {
		struct access_result *r = &out[i];

		memset(r, 0, sizeof *r);
		r->req = req[i];
		r->state = ACC_UNKNOWN;
		if (!v->allowed) {
			snprintf(r->why, sizeof r->why, "not checked: the "
			    "connection is refused");
			continue;
		}
		if (v->mcauser == NULL) {
			snprintf(r->why, sizeof r->why, "not checked: %s",
			    v->user_from == DUSER_MCA ? "the channel runs as "
			    "the MCA's own user ID, whose name is not known "
			    "here (normally mqm, which passes every check)" :
			    "the channel runs as the user ID the client "
			    "flows; give it with --clntuser");
			continue;
		}
		q.user = v->mcauser;
		q.groups = ctx->groups;
		q.policy = ctx->policy;
		q.objtype = req[i].objtype;
		q.object = req[i].object;
		q.access = req[i].access;
		r->state = oam_check(m, &q, &r->ans) ? ACC_GRANTED :
		    ACC_REFUSED;
	}
}

int
access_all_granted(const struct access_result *r, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (r[i].state != ACC_GRANTED)
			return 0;
	return 1;
}

static const char *
state_name(enum access_state s)
{
	switch (s) {
	case ACC_GRANTED:
		return "granted";
	case ACC_REFUSED:
		return "refused";
	default:
		return "unknown";
	}
}

static const char *
object_of(const struct access_result *r)
{
	return r->req.object != NULL ? r->req.object : "";
}

void
access_print_text(FILE *f, const struct access_result *r, size_t n)
{
	size_t	 i;

	if (n == 0)
		return;
	fputs("authority:\n", f);
	for (i = 0; i < n; i++) {
		fprintf(f, "  %-7s %s%s%s%s: %s: ",
		    oam_auth_name(r[i].req.access),
		    oam_objtype_name(r[i].req.objtype),
		    r[i].req.object != NULL ? " '" : "", object_of(&r[i]),
		    r[i].req.object != NULL ? "'" : "",
		    state_name(r[i].state));
		if (r[i].state == ACC_UNKNOWN) {
			fprintf(f, "%s\n", r[i].why);
			continue;
		}
		if (r[i].ans.record != NULL &&
		    r[i].ans.record->src_file != NULL)
			fprintf(f, "%s:%u: ", r[i].ans.record->src_file,
			    r[i].ans.record->src_line);
		fprintf(f, "%s%s\n", r[i].ans.detail, r[i].ans.reading ?
		    " (unconfirmed: " OAM_READING ", mqtls-simulate(1) "
		    "AUTHORITY)" : "");
	}
}

void
access_print_json(FILE *f, const struct access_result *r, size_t n)
{
	const struct mobj *rec;
	size_t		 i;

	fputc('[', f);
	for (i = 0; i < n; i++) {
		rec = r[i].ans.record;
		fputs(i > 0 ? ",\n   " : "\n   ", f);
		fputs("{\"objtype\": ", f);
		json_cstring(f, oam_objtype_name(r[i].req.objtype));
		fputs(", \"object\": ", f);
		if (r[i].req.object != NULL)
			json_cstring(f, r[i].req.object);
		else
			fputs("null", f);
		fputs(", \"access\": ", f);
		json_cstring(f, oam_auth_name(r[i].req.access));
		fputs(", \"result\": ", f);
		json_cstring(f, state_name(r[i].state));
		fputs(", \"entity\": ", f);
		if (r[i].ans.entity != NULL) {
			json_cstring(f, r[i].ans.entity);
			fprintf(f, ", \"entity_type\": \"%s\"",
			    r[i].ans.entity_group ? "group" : "principal");
		} else
			fputs("null, \"entity_type\": null", f);
		fputs(", \"record\": ", f);
		if (rec != NULL) {
			fputs("{\"profile\": ", f);
			json_cstring(f, rec->name);
			fputs(", \"file\": ", f);
			if (rec->src_file != NULL) {
				json_cstring(f, rec->src_file);
				fprintf(f, ", \"line\": %u}", rec->src_line);
			} else
				fputs("null, \"line\": null}", f);
		} else
			fputs("null", f);
		fputs(", \"detail\": ", f);
		json_cstring(f, r[i].state == ACC_UNKNOWN ? r[i].why :
		    r[i].ans.detail);
		fputs(r[i].ans.reading ? ", \"unconfirmed\": [\"" OAM_READING
		    "\"]}" : ", \"unconfirmed\": []}", f);
	}
	fputs(n > 0 ? "\n ]" : "]", f);
}
