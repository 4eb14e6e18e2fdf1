/*
 * template.h - placeholders in templated MQSC (lint --templates, -D).
 *
 * Recognised forms: Go/Helm "{{ ... }}", shell "${NAME}" and "$NAME", and
 * "<NAME>" markers.  With --templates a value holding a placeholder is
 * opaque: it stands for whatever the keyword needs.  -D NAME=VALUE
 * substitutes VALUE before checking.
 */
#ifndef MQTLS_TEMPLATE_H
#define MQTLS_TEMPLATE_H

#include <stddef.h>

struct tmpl_def {
	char	*name;
	char	*value;
};

struct tmpl_defs {
	struct tmpl_def	*v;
	size_t		 n;
};

/* Add "NAME=VALUE"; returns -1 if the text has no '=' or no name. */
int	 tmpl_define(struct tmpl_defs *, const char *arg);
void	 tmpl_free(struct tmpl_defs *);

/*
 * If a placeholder starts at p (left bytes available), return its length
 * and set *name and *namelen to the name it refers to ("qm" for
 * "{{ .Values.qm }}").  Otherwise return 0.
 */
size_t	 tmpl_match(const char *p, size_t left, const char **name,
	    size_t *namelen);
/* Value of a -D definition for that name, or NULL. */
const char *tmpl_lookup(const struct tmpl_defs *, const char *name,
	    size_t namelen);
/* Does s contain a placeholder anywhere? */
int	 tmpl_contains(const char *s, size_t len);

#endif
