/*
 * decide.h - the access decision: what IBM MQ does when a partner with
 * this address and this certificate starts this channel, following
 * ../shared/reference/chlauth.md section 9 (the algorithm), with a trace
 * that says why.
 *
 * A decision runs against an index (struct decide_index) built once per
 * model: CHLAUTH records with their DN filters and address patterns
 * compiled, grouped by profile, and for every defined channel the
 * profiles that match it, most specific first.  decide() then does no
 * allocation per record and looks at only the records whose profile
 * matches the channel (and, without a trace, only those whose identity
 * can match), so its cost does not grow with the size of the model.
 * The index is a snapshot: build a new one after the model changes.
 *
 * Where the reference leaves a rule UNCONFIRMED, decide.c implements the
 * best-supported reading in one table or comparator each, and every
 * verdict lists the unconfirmed rules it relied on (decide_rules[]).
 */
#ifndef MQTLS_DECIDE_H
#define MQTLS_DECIDE_H

#include <stdio.h>
#include <stddef.h>

#include "address.h"
#include "dn.h"

struct model;
struct mobj;
struct decide_index;

/* What refused the connection (the JSON "blocked_by" values). */
enum decide_block {
	DBLK_NONE = 0,
	DBLK_BLOCKADDR,		/* the listener's BLOCKADDR list (9 step 1) */
	DBLK_CHANNEL_NOT_DEFINED, /* no such inbound channel (step 2) */
	DBLK_SSLCAUTH,		/* TLS handshake: no or untrusted cert (3) */
	DBLK_SSLPEER,		/* the channel's own SSLPEER filter (3) */
	DBLK_NOACCESS,		/* the deciding record is USERSRC(NOACCESS) */
	DBLK_BLOCKUSER,		/* the final user is blocked (step 9) */
	DBLK_CHCKCLNT,		/* the record's CHCKCLNT is not met (10) */
};

/* Where the user the channel runs as comes from. */
enum decide_user_src {
	DUSER_NONE = 0,		/* blocked before the user was known */
	DUSER_RECORD,		/* the deciding record's MCAUSER (MAP) */
	DUSER_CHANNEL,		/* the channel definition's MCAUSER */
	DUSER_CLIENT,		/* the user ID the client flowed */
	DUSER_MCA,		/* the MCA's own user ID (message channel
				   with a blank MCAUSER): name unknown */
};

/*
 * The precedence steps that choose one mapping record among several
 * that match (chlauth.md 2.3, 9 step 6).  The comparator applies them in
 * the order of decide_precedence[] in decide.c.
 */
enum decide_step {
	DSTEP_NONE = 0,		/* no mapping record matched */
	DSTEP_ONLY,		/* the only matching record */
	DSTEP_PROFILE,		/* more specific channel profile */
	DSTEP_TYPE,		/* record type rank */
	DSTEP_QUALIFIER,	/* has ADDRESS / SSLCERTI, the other not */
	DSTEP_ADDRESS,		/* more specific ADDRESS */
	DSTEP_IDENTITY,		/* more specific SSLPEER/SSLCERTI/QMNAME */
	DSTEP_ORDER,		/* a tie: the record set first */
	DSTEP_WARN,		/* the records before it had WARN(YES) */
};

/*
 * Rules the reference marks UNCONFIRMED.  A verdict's rules field has bit
 * (1 << DRULE_x) set for each one it relied on; decide_rules[] names
 * them and gives the reference section.
 */
enum decide_rule {
	DRULE_PROFILE_ORDER = 0,	/* two generic profiles */
	DRULE_PROFILE_FIRST,		/* profile beats record type */
	DRULE_STAR_EMPTY,		/* '*' matching no character */
	DRULE_TYPE_RANK,		/* SSLPEERMAP > USERMAP/QMGRMAP > ... */
	DRULE_QUALIFIER,		/* ADDRESS/SSLCERTI beats none */
	DRULE_ADDRESS,			/* address specificity */
	DRULE_IDENTITY,			/* DN / QMNAME specificity */
	DRULE_TIE,			/* undecided: record order */
	DRULE_WARN_FALLTHROUGH,		/* WARN(YES) NOACCESS: next record */
	DRULE_BLOCKUSER_PROFILE,	/* generic BLOCKUSER replaces '*' */
	DRULE_BLOCKUSER_WARN,		/* WARN(YES) BLOCKUSER still replaces */
	DRULE_PRIVILEGED,		/* who counts for *MQADMIN */
	DRULE_DISABLED,			/* CHLAUTH(DISABLED) skips BLOCK* too */
	DRULE_CHANNEL_TYPES,		/* record types per channel type */
	DRULE_NRULES
};

struct decide_rule_info {
	const char	*name;		/* stable kebab-case id */
	const char	*summary;	/* the reading we implement */
	const char	*source;	/* chlauth.md section */
};

extern const struct decide_rule_info decide_rules[DRULE_NRULES];

/* Was a client's user ID and password checked?  (CHCKCLNT, step 10) */
enum decide_auth {
	DAUTH_UNKNOWN = 0,	/* not simulated: CHCKCLNT gives a warning */
	DAUTH_NONE,		/* no credentials: CHCKCLNT can block */
	DAUTH_OK,		/* authenticated */
};

/* Did the certificate pass the TLS handshake's trust check? */
enum decide_trust {
	DTRUST_UNKNOWN = 0,	/* not checked (no CA given) */
	DTRUST_YES,
	DTRUST_NO,
};

/*
 * One inbound connection.  Pointers are borrowed; NULL means "not known"
 * or "none".  Fill with decide_conn_init() first.
 */
struct decide_conn {
	const char		*channel;	/* name the partner asked for */
	const struct addr_ip	*address;	/* NULL: not given */
	const char		*hostname;	/* reverse lookup, or NULL */
	const struct dn		*subject;	/* SSLPEER's DN (SERIALNUMBER
						   first), NULL: no cert */
	const struct dn		*issuer;	/* SSLCERTI's DN */
	enum decide_trust	 trust;
	const char		*trust_why;	/* why not trusted */
	const char		*clntuser;	/* SVRCONN: asserted user */
	const char		*qmname;	/* message channel: partner */
	enum decide_auth	 auth;
	/* DECIDE_RUNCHECK: the type of a channel that is not defined. */
	const char		*chltype;
	/* Privileged users for *MQADMIN; NULL: decide_default_privileged. */
	const char *const	*privileged;
	size_t			 nprivileged;
};

extern const char *const	decide_default_privileged[];
extern const size_t		decide_ndefault_privileged;

/* Trace: what each step of the decision looked at. */
enum decide_phase {
	DPH_CHLAUTH = 0,	/* QMGR CHLAUTH(ENABLED|DISABLED) */
	DPH_BLOCKADDR,
	DPH_CHANNEL,
	DPH_TLS,
	DPH_MAPPING,
	DPH_USER,
	DPH_BLOCKUSER,
	DPH_CHCKCLNT,
};

enum decide_result {
	DRES_INFO = 0,		/* a fact, no test */
	DRES_PASS,		/* a check that let the connection on */
	DRES_BLOCK,		/* a check that refused it */
	DRES_NOMATCH,		/* a record that does not match */
	DRES_NA,		/* a record of a type this channel ignores */
	DRES_DECIDED,		/* the mapping record that decided */
	DRES_OUTRANKED,		/* matched, but a more specific one won */
	DRES_WARNED,		/* matched with WARN(YES): reported only */
	DRES_REPLACED,		/* BLOCKUSER on a less specific profile */
	DRES_SKIPPED,		/* not evaluated (input missing, ...) */
};

#define DECIDE_DETAIL	320

struct decide_trace {
	enum decide_phase	 phase;
	enum decide_result	 result;
	const struct mobj	*rec;		/* CHLAUTH record or channel */
	enum decide_step	 step;		/* DECIDED, OUTRANKED */
	char			 detail[DECIDE_DETAIL];
};

struct decide_warning {
	const struct mobj	*rec;		/* the record concerned */
	char			 text[DECIDE_DETAIL];
};

struct decide_cand;

/*
 * The verdict.  Keep one and pass it to decide() again and again: its
 * arrays are reused, so steady-state decisions do not allocate.
 */
struct decide_verdict {
	int			 allowed;
	enum decide_block	 blocked_by;
	const struct mobj	*record;	/* deciding CHLAUTH record */
	enum decide_step	 step;		/* how the mapping record won */
	const struct mobj	*channel;	/* definition, or NULL */
	const char		*chltype;	/* NULL when not defined */
	const char		*mcauser;	/* NULL: unknown or blocked */
	enum decide_user_src	 user_from;
	unsigned		 rules;		/* 1 << DRULE_x relied on */

	struct decide_warning	*warnings;
	size_t			 nwarnings, capwarnings;
	struct decide_trace	*trace;		/* only with DECIDE_TRACE */
	size_t			 ntrace, captrace;

	/* private scratch */
	struct decide_cand	*cands;
	size_t			 ncands, capcands;
};

/* decide() flags. */
#define DECIDE_TRACE	0x1	/* fill the trace (and look at every record
				   on a matching profile) */
#define DECIDE_RUNCHECK	0x2	/* as DISPLAY CHLAUTH MATCH(RUNCHECK): the
				   channel need not be defined, TLS is not
				   checked (chlauth.md 7.2, 7.4) */

struct decide_index *decide_index_new(const struct model *);
void		 decide_index_free(struct decide_index *);

void		 decide_conn_init(struct decide_conn *);
void		 decide_verdict_init(struct decide_verdict *);
void		 decide_verdict_free(struct decide_verdict *);

/* Decide one connection; returns v->allowed. */
int		 decide(const struct decide_index *, const struct decide_conn *,
		    unsigned flags, struct decide_verdict *v);

/*
 * Does a CHLAUTH profile (or QMNAME pattern) match name?  '*' matches any
 * run of characters, none included, anywhere and any number of times
 * (chlauth.md 1.2); everything else compares exactly (case matters).
 */
int		 decide_profile_match(const char *profile, const char *name);
/*
 * Order two profiles that both match one name, most specific first: < 0
 * when a is more specific, > 0 when b is, 0 when equal.  *rule (may be
 * NULL) is set to DRULE_PROFILE_ORDER when the answer rests on the
 * UNCONFIRMED rule for two generic profiles, else to DRULE_NRULES.
 */
int		 decide_profile_cmp(const char *a, const char *b,
		    enum decide_rule *rule);
/*
 * Compare two mapping records as decide() does for a connection on
 * channel (which must be defined), for unit tests and lint: < 0 when a
 * wins.  *step gets the precedence step that separated them, *rules the
 * unconfirmed rules the answer relied on.  Returns 0 with DSTEP_NONE
 * when either record is not a mapping record on a matching profile.
 */
int		 decide_compare(const struct decide_index *,
		    const char *channel, const struct mobj *a,
		    const struct mobj *b, enum decide_step *step,
		    unsigned *rules);

const char	*decide_block_name(enum decide_block);	/* "BLOCKADDR"... */
const char	*decide_step_name(enum decide_step);	/* "profile"... */
const char	*decide_phase_name(enum decide_phase);
const char	*decide_result_name(enum decide_result);
const char	*decide_user_src_name(enum decide_user_src);

/* A record's TYPE (or an object's CHLTYPE), or NULL. */
const char	*decide_record_type(const struct mobj *);
/* Where an object was last set, "file:line", or "(unknown)". */
void		 decide_where(const struct mobj *, char *buf, size_t len);
/* Why a precedence step chose the record, in a few words. */
const char	*decide_step_explain(enum decide_step);

/* One line naming a record: CHLAUTH('p') TYPE(t) ... key fields. */
void		 decide_describe(const struct mobj *, char *buf, size_t len);

/* The verdict as mqtls-simulate(1) prints it. */
void		 decide_print_text(FILE *, const struct decide_conn *,
		    const struct decide_verdict *);
void		 decide_print_json(FILE *, const struct decide_conn *,
		    const struct decide_verdict *);
/* The same, with more fields: more() prints ",\n \"key\": value"... */
void		 decide_print_json_more(FILE *, const struct decide_conn *,
		    const struct decide_verdict *,
		    void (*more)(FILE *, void *), void *);

#endif
