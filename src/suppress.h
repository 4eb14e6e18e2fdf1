/*
 * suppress.h - suppressions written in MQSC comments:
 *
 *	* mqtls: disable=RULE[,RULE...] -- reason	the next command
 *	* mqtls: disable-file=RULE[,RULE...] -- reason	the whole file
 *
 * The lint engine feeds every comment line and every command's extent;
 * at the end the matching findings are dropped and the suppressions that
 * are malformed, name unknown rules, give no reason or suppress nothing
 * are reported in their place.  "* mqtls: seq=..." comments belong to
 * the store's journal (store.c) and are left alone.
 */
#ifndef MQTLS_SUPPRESS_H
#define MQTLS_SUPPRESS_H

#include <stddef.h>

struct diag_list;
struct source;

struct supp_rule {
	const char	*rule;		/* catalogued id */
	size_t		 at, len;	/* where it is written */
	unsigned long	 used;		/* findings it suppressed */
};

struct supp {
	int		 file;		/* disable-file */
	size_t		 at;		/* start of the comment line */
	int		 attached;	/* a command followed */
	size_t		 start, end;	/* that command's extent */
	struct supp_rule *rules;
	size_t		 nrules;
};

struct suppress_set {
	struct source	*src;
	struct supp	*v;		/* disable=, in file order */
	size_t		 n, cap;
	size_t		 pending;	/* first one without its command */
	struct supp	*fv;		/* disable-file= */
	size_t		 nf, fcap;
};

void	suppress_init(struct suppress_set *, struct source *);
void	suppress_free(struct suppress_set *);
/* A comment line [start, end) of the source; problems go to dl. */
void	suppress_comment(struct suppress_set *, struct diag_list *,
	    size_t start, size_t end);
/* A command spanning [start, end) has been read. */
void	suppress_command(struct suppress_set *, size_t start, size_t end);
/*
 * Drop the findings of dl that a suppression covers, then report the
 * suppressions that suppressed nothing.
 */
void	suppress_apply(struct suppress_set *, struct diag_list *);

#endif
