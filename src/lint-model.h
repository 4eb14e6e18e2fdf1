/*
 * lint-model.h - the security rules of `mqtls lint`: cross-object checks
 * that need the whole configuration (mqtls-rules(7), TLS AND CHLAUTH
 * RULES).
 *
 * The linted files run in order, as runmqsc would run them, on top of a
 * new queue manager's objects and CHLAUTH records (qmgr-defaults.c): the
 * default records are part of every real queue manager and rules such as
 * the back-stop and *MQADMIN ones depend on them.  Only commands the
 * language lint accepts are run, and only those that change channels,
 * CHLAUTH records, the queue manager or authentication information: no
 * rule looks at anything else, and skipping queues keeps the model small.
 * Findings are never placed in the defaults; a default record may appear
 * as a related location.
 *
 * Use: lint_model_new(); set lint_opts.on_command = lint_model_command
 * and cb_arg to it; lint the files with lint_source() (the sources must
 * stay alive); lint_model_finish() adds the findings; lint_model_free().
 *
 * The rest of this header is for the rule files (lint-tls.c,
 * lint-chlauth.c) and the posture report (report.c).
 */
#ifndef MQTLS_LINT_MODEL_H
#define MQTLS_LINT_MODEL_H

#include <stdarg.h>
#include <stddef.h>

#include "diag.h"

struct decide_index;
struct lint_model;
struct mobj;
struct model;
struct mqsc_cmd;
struct mqsc_text;
struct source;
struct tmpl_defs;

struct lint_model	*lint_model_new(void);
/* Read commands again as lint did: lint --templates and -D. */
void			 lint_model_templates(struct lint_model *,
			    int templates, const struct tmpl_defs *);
/* lint_opts.on_command: run one checked command against the model. */
void			 lint_model_command(void *lm, struct source *,
			    const struct mqsc_text *, const struct mqsc_cmd *);
/* Run every rule; findings go to dl. */
void			 lint_model_finish(struct lint_model *,
			    struct diag_list *dl);
/* The model and what the rules found, after lint_model_finish(). */
struct lm_ctx		*lint_model_ctx(struct lint_model *);
void			 lint_model_free(struct lint_model *);

/*
 * For the rule files.
 */

/* A string map for the rules (keys are taken over and freed). */
struct lm_map_slot {
	char	*key;
	void	*val;
};
struct lm_map {
	struct lm_map_slot *s;
	size_t		 mask, n;
};
/* The value slot for key (NULL when new); takes key if it was new. */
void		**lm_map_put(struct lm_map *, char *key);
void		*lm_map_get(const struct lm_map *, const char *key);
void		 lm_map_free(struct lm_map *);

/* A finding and the object it was reported at (for mqtls report). */
struct lm_owner {
	const struct diag	*d;
	const struct mobj	*o;	/* NULL: a channel pair, see name */
	const char		*name;	/* the channel of a pair finding */
};

/*
 * One file's view of a channel, for the channel-pair rules: the model
 * holds the last definition of each name, defs[] the ones a later file
 * replaced (owned strings there) or could not define.
 */
struct lm_chandef {
	const char	*name;
	const char	*chltype;	/* static */
	const char	*sslciph;	/* "" when blank */
	struct source	*src;
	size_t		 off;		/* command */
};

/* The channels a CHLAUTH profile matches (cached per profile). */
struct lm_prof {
	const char	*profile;
	struct mobj	**chans;	/* &one for a channel name */
	size_t		 n;
	struct mobj	*one;
};

struct lm_ctx {
	struct model		*m;
	struct decide_index	*idx;		/* use lm_index() */
	struct diag_list	*dl;
	struct source		**srcs;		/* linted files, borrowed */
	size_t			 nsrcs;
	struct source		*defaults;	/* the new queue manager */
	const char		*defaults_name;	/* its name, interned */
	struct mobj		**chans;	/* channels, creation order */
	size_t			 nchans;
	size_t			 nuserchans;	/* defined in the files */
	struct lm_chandef	*defs;		/* every DEFINE CHANNEL seen */
	size_t			 ndefs;
	struct lm_map		 defnames;	/* name -> 1: in defs[] */
	struct lm_owner		*owners;	/* what each finding is about */
	size_t			 nowners;
	struct lm_prof		*profs;		/* open hash by profile */
	size_t			 profmask;
	/* Private to lint-model.c. */
	void			*priv;
};

/* Was the object last set by a linted file (not the defaults)? */
int		 lm_user(const struct lm_ctx *, const struct mobj *);
/* CHLTYPE or TYPE of an object, or "". */
const char	*lm_type(const struct mobj *);
/* An attribute's value, "" when blank or absent. */
const char	*lm_get(const struct mobj *, const char *attr);
int		 lm_blank(const char *);
/* Is a CHLAUTH record of this type evaluated for this channel type? */
int		 lm_applies(const char *rectype, const char *chltype);
/* Does *MQADMIN stand for this user (decide_default_privileged)? */
int		 lm_privileged(const char *user);
/* The channels (of any type) a profile matches. */
const struct lm_prof *lm_profile(struct lm_ctx *, const char *profile);
/* A model channel's view; its strings belong to the model. */
void		 lm_chanview(struct lm_ctx *, const struct mobj *,
		    struct lm_chandef *);
/* The channel of that name (not CLNTCONN), or NULL. */
struct mobj	*lm_channel(struct lm_ctx *, const char *name);

/*
 * Where an object was last set: its attribute attr in that command (NULL
 * or not written there: the object's name).  Returns 1 when attr was
 * found, 0 for the name, -1 when the object has no known location.
 */
int		 lm_loc(struct lm_ctx *, const struct mobj *, const char *attr,
		    struct diag_loc *);
/* The same for the command at byte off of src. */
int		 lm_loc_at(struct lm_ctx *, struct source *, size_t off,
		    const char *attr, struct diag_loc *);
/* Report rule (default severity from the catalogue) at o's attr. */
struct diag	*lm_report(struct lm_ctx *, const char *rule,
		    const struct mobj *o, const char *attr, const char *fmt,
		    ...) __attribute__((format(printf, 5, 6)));
struct diag	*lm_report_at(struct lm_ctx *, const char *rule,
		    const struct diag_loc *, const char *fmt, ...)
		    __attribute__((format(printf, 4, 5)));
/* Remember that finding d is about o (or the channel pair name). */
void		 lm_own(struct lm_ctx *, const struct diag *,
		    const struct mobj *o, const char *name);
void		 lm_relate(struct lm_ctx *, struct diag *, const struct mobj *o,
		    const char *attr, const char *fmt, ...)
		    __attribute__((format(printf, 5, 6)));
/* The decision engine's index of the model, built on first use. */
struct decide_index *lm_index(struct lm_ctx *);
/* One line naming a record, for messages: CHLAUTH('p') TYPE(t) ... */
void		 lm_describe(const struct mobj *, char *buf, size_t len);

/* The rules, by area. */
void		 lint_tls(struct lm_ctx *);
void		 lint_chlauth(struct lm_ctx *);

#endif
