/*
 * strpool.h - interned strings: one copy of each attribute value for the
 * whole process.  Values in the model are interned, so copying an object
 * (DEFINE copies SYSTEM.DEF.*) copies pointers, not strings.
 */
#ifndef MQTLS_STRPOOL_H
#define MQTLS_STRPOOL_H

/* The pool's copy of s; equal strings give the same pointer. */
const char	*strpool_intern(const char *s);
/* Release every interned string (end of process, tests). */
void		 strpool_free(void);

#endif
