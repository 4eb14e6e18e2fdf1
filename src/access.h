/*
 * access.h - the authority step of a simulated connection: after the
 * CHLAUTH decision has named the user a channel runs as, may that user
 * PUT to this queue, GET from it, CONNECT...?  Used by `mqtls simulate
 * --queue --access` and by `mqtls test` expectations; the OAM rules
 * themselves are oam.c's.
 */
#ifndef MQTLS_ACCESS_H
#define MQTLS_ACCESS_H

#include <stdio.h>

#include "oam.h"

struct model;
struct decide_verdict;

/* One question: this authority on this object. */
struct access_req {
	enum oam_objtype	 objtype;	/* QUEUE or QMGR */
	const char		*object;	/* queue name; NULL for QMGR */
	oam_mask		 access;	/* one authority */
};

enum access_state {
	ACC_GRANTED = 0,
	ACC_REFUSED,
	ACC_UNKNOWN,	/* not evaluated: connection refused or no user */
};

struct access_result {
	struct access_req	 req;
	enum access_state	 state;
	struct oam_answer	 ans;		/* GRANTED, REFUSED */
	char			 why[OAM_DETAIL]; /* UNKNOWN */
};

struct access_ctx {
	const struct oam_groups	*groups;	/* NULL: none known */
	enum oam_policy		 policy;
};

/*
 * Parse "put,get" (names or composites) into requests: every authority
 * that applies to queues is asked of each queue, every one that applies
 * only to the queue manager (connect, altusr, ...) of the queue manager.
 * Returns the number added to *v (grown), or -1 with *err set (static).
 */
int	access_parse(const char *list, const char *const *queues,
	    size_t nqueues, struct access_req **v, size_t *n,
	    const char **err);

/* Evaluate each request for the verdict's user; results in out[]. */
void	access_eval(const struct model *, const struct access_ctx *,
	    const struct decide_verdict *, const struct access_req *,
	    size_t n, struct access_result *out);

/* Any request refused or unknown? */
int	access_all_granted(const struct access_result *, size_t n);

void	access_print_text(FILE *, const struct access_result *, size_t n);
/* The JSON array (no key). */
void	access_print_json(FILE *, const struct access_result *, size_t n);

/* Parse --oam-policy: "user" or "group". */
int	access_policy_parse(const char *, enum oam_policy *);

#endif
