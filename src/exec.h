/*
 * exec.h - running checked MQSC commands against the queue manager model,
 * with runmqsc's messages.  The batch mode, the shell and the store's
 * loader all execute through exec_command(); they differ only in where
 * the output lines go.
 */
#ifndef MQTLS_EXEC_H
#define MQTLS_EXEC_H

#include <stddef.h>

struct model;
struct mobj;
struct mqsc_cmd;
struct schema_attr;

enum exec_status {
	EXEC_OK = 0,		/* done (or a DISPLAY that found objects) */
	EXEC_FAILED,		/* runmqsc would report the command failed */
	EXEC_OFFLINE,		/* needs a running queue manager: not applied */
};

struct exec_ctx {
	struct model	*model;
	/* Each output line, without its newline. */
	void		(*out)(void *arg, const char *line);
	void		*arg;
	const char	*file;		/* for where-defined traces */
	unsigned	 line;
	size_t		 offset;	/* the command's first byte there */
	int		 verify;	/* runmqsc -v: check, change nothing */
	int		 changed;	/* set when the model was changed */
};

enum exec_status exec_command(struct exec_ctx *, const struct mqsc_cmd *);

/*
 * Does a CHLAUTH record carry this attribute?  WARN goes with blocking
 * and NOACCESS records, MCAUSER with USERSRC(MAP), CHCKCLNT with MAP and
 * CHANNEL (chlauth.md 1.3, 7.3).  DISPLAY and dump both ask here.
 */
int		 exec_chlauth_shows(const struct mobj *,
		    const struct schema_attr *);

/* The CHLAUTH record a SET CHLAUTH command names, or NULL. */
struct mobj	*exec_chlauth_same(struct model *, const struct mqsc_cmd *);

/* The default object a DEFINE of (object, subtype) copies, or NULL. */
const char	*exec_default_object(const char *object, const char *subtype);

#endif
