/*
 * oam.h - the object authority manager's decision, offline: which
 * authority records (SET AUTHREC) give a user an authority on an object,
 * the third step after CHLAUTH has chosen the user (chlauth.md 9 step 15).
 *
 * The rules and their sources are in mqtls-simulate(1), AUTHORITY:
 *  - generic profiles: '?' one character, '*' any run of characters
 *    inside a qualifier or, alone, exactly one qualifier, '**' zero or
 *    more qualifiers (IBM MQ "Using OAM generic profiles");
 *  - of the profiles of one entity that match an object, only the most
 *    specific counts, compared left to right (IBM MQ "Profile
 *    priorities"); a user has the union of what its own records and the
 *    records of each of its groups give (IBM MQ "Principals and groups");
 *  - members of the group mqm administer the queue manager and pass
 *    every check.
 */
#ifndef MQTLS_OAM_H
#define MQTLS_OAM_H

#include <stddef.h>
#include <stdint.h>

struct model;
struct mobj;
struct diag_list;

/* SET AUTHREC OBJTYPE values (mqsc.md 6). */
enum oam_objtype {
	OT_AUTHINFO = 0, OT_CHANNEL, OT_CLNTCONN, OT_COMMINFO, OT_LISTENER,
	OT_NAMELIST, OT_PROCESS, OT_QMGR, OT_QUEUE, OT_RQMNAME, OT_SERVICE,
	OT_TOPIC, OT_NOBJTYPES
};

/* One bit per single authority; composites expand to a mask. */
typedef uint32_t oam_mask;

const char	*oam_objtype_name(enum oam_objtype);
int		 oam_objtype_parse(const char *, enum oam_objtype *);

/*
 * One authority name (PUT, get, ...; case does not matter) as a mask:
 * a single authority, or a composite (ALL, ALLADM, ALLMQI) expanded for
 * objtype, or 0 for NONE.  Returns -1 for an unknown name.
 */
int		 oam_auth_parse(const char *, enum oam_objtype, oam_mask *);
/* A single authority's name in lower case ("put"), or NULL. */
const char	*oam_auth_name(oam_mask bit);
/* Does this single authority apply to objects of this type? */
int		 oam_auth_applies(oam_mask bit, enum oam_objtype);
/* The authorities an AUTHLIST ("PUT,ALLMQI") gives on objtype. */
oam_mask	 oam_list_mask(const char *list, enum oam_objtype);
/*
 * The names of mask as DISPLAY AUTHREC shows them, comma-separated in
 * upper case, in the fixed order of the authority table; written to buf.
 */
void		 oam_mask_list(oam_mask, char *buf, size_t len);

/* Does an OAM profile match an object name?  (generic rules above) */
int		 oam_profile_match(const char *profile, const char *name);
/* < 0 when profile a is more specific than b, > 0 when b is, 0 equal. */
int		 oam_profile_cmp(const char *a, const char *b);
/*
 * The same; *reading is set to 1 when the answer rests on our tie-breaks
 * rather than on IBM's rule (a literal beats a wildcard at the first
 * difference): wildcard against wildcard, or equal up to the end of one.
 */
int		 oam_profile_cmp_r(const char *a, const char *b, int *reading);

/* Group membership: "user: group,group" a line (--groups FILE). */
struct oam_groups;

/*
 * Read a groups file.  Problems are diagnostics in dl at file:line:col
 * (the file's source is owned by dl); returns NULL when the file cannot
 * be read or has errors.
 */
struct oam_groups *oam_groups_load(const char *path, struct diag_list *dl);
void		 oam_groups_free(struct oam_groups *);
/* The groups of user, in file order (the first is the primary group). */
const char *const *oam_groups_of(const struct oam_groups *, const char *user,
		    size_t *n);

/*
 * The privileged users (*MQADMIN, chlauth.md 5.4) once group membership
 * is known: the list *v of *n allocated names (NULL: start from
 * decide_default_privileged) grows by the members of the group mqm.
 */
void		 oam_groups_add_admins(const struct oam_groups *, char ***v,
		    size_t *n);

/* How PRINCIPAL records are kept (qm.ini SecurityPolicy, crtmqm -oa). */
enum oam_policy {
	OAM_POLICY_USER = 0,	/* a PRINCIPAL record is that user's */
	OAM_POLICY_GROUP,	/* it is the principal's primary group's */
};

struct oam_query {
	const char		*user;
	const struct oam_groups	*groups;	/* may be NULL: no groups */
	enum oam_policy		 policy;
	enum oam_objtype	 objtype;
	const char		*object;	/* name; QMGR: the qmgr's */
	oam_mask		 access;	/* one authority */
};

enum oam_via {
	OAM_VIA_NONE = 0,	/* refused: nothing grants it */
	OAM_VIA_RECORD,		/* granted by an authority record */
	OAM_VIA_ADMIN,		/* granted: the user administers (mqm) */
};

#define OAM_DETAIL	400

struct oam_answer {
	int			 granted;
	enum oam_via		 via;
	const struct mobj	*record;	/* the granting record */
	const char		*entity;	/* its principal or group */
	int			 entity_group;	/* entity is a group */
	int			 reading;	/* choosing the most specific
						   profile used our tie-breaks
						   (OAM_READING) */
	char			 detail[OAM_DETAIL];
};

/* The name of the tie-break reading, as verdicts list it. */
#define OAM_READING	"oam-profile-tiebreak"

/* Decide one query against the model's AUTHREC records. */
int		 oam_check(const struct model *, const struct oam_query *,
		    struct oam_answer *);

#endif
