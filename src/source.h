/*
 * source.h - input buffers (a file, standard input, or the lines typed in
 * the shell) and the mapping from byte offsets to line:column.
 *
 * Every location in mqtls is a byte offset into a source; line and column
 * are computed only when a diagnostic is printed, so continuation lines
 * still point at the physical text the user wrote.
 */
#ifndef MQTLS_SOURCE_H
#define MQTLS_SOURCE_H

#include <stddef.h>

struct source {
	char	*name;		/* as shown in diagnostics: path or "<stdin>" */
	char	*buf;		/* contents, NUL-terminated for convenience */
	size_t	 len;
	size_t	 cap;
	size_t	*lines;		/* start offset of each line, built lazily */
	size_t	 nlines;
	size_t	 indexed;	/* bytes of buf covered by lines[] */
};

/*
 * Read a whole file ("-" is standard input).  On failure returns NULL and
 * sets *err to a message that says what went wrong (allocated).
 */
struct source	*source_read(const char *path, char **err);
struct source	*source_new(const char *name, const char *text, size_t len);
void		 source_append(struct source *, const char *, size_t);
void		 source_free(struct source *);

/* 1-based line and byte column of an offset (offset may equal len). */
void		 source_linecol(struct source *, size_t off, unsigned *line,
		    unsigned *col);
/* Start and length (without the line end) of 1-based line number. */
const char	*source_line(struct source *, unsigned line, size_t *len);

#endif
