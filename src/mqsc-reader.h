/*
 * mqsc-reader.h - turns physical lines into MQSC commands, following
 * runmqsc's line rules (../shared/reference/mqsc.md section 1.6): '*'
 * comment lines, blank lines, '+' and '-' continuation (also inside
 * quoted strings, and across comment and blank lines), ';' as an explicit
 * end, CRLF, the 2048-byte line limit.
 *
 * The result is the command's logical text plus a segment map from each
 * logical offset back to the physical byte that produced it, so every
 * token can be reported where the user wrote it.
 */
#ifndef MQTLS_MQSC_READER_H
#define MQTLS_MQSC_READER_H

#include <stddef.h>

struct source;
struct diag_list;
struct tmpl_defs;

/* Multiplatforms line limit (mqsc.md 1.6). */
#define MQSC_MAX_LINE	2048

struct mqsc_seg {
	size_t	 log;		/* first logical offset of the segment */
	size_t	 phys;		/* physical offset it came from */
	size_t	 physlen;	/* physical bytes it covers */
	int	 fixed;		/* substituted text: all of it maps to phys */
};

struct mqsc_text {
	char		*text;	/* logical text, followed by two NUL bytes */
	size_t		 len, cap;
	struct mqsc_seg	*segs;
	size_t		 nsegs, segcap;
	size_t		 start;	/* physical offset of the first character */
	size_t		 end;	/* physical offset after the last one */
	size_t		 line_start; /* physical start of the first line */
	int		 incomplete; /* input ended inside a continuation */
	int		 bad;	/* the reader already reported an error */
	size_t		 hint;	/* segment of the last lookup */
};

struct mqsc_reader {
	struct source		*src;
	struct diag_list	*diags;
	const struct tmpl_defs	*defs;	/* -D substitutions, or NULL */
	size_t			 pos;	/* next unread physical byte */
	size_t			 line;	/* start of the line holding pos */
	int			 line_bad; /* this line already has an error */
	struct mqsc_text	 cmd;
	int			 in_cmd;
	int			 cont;	/* '+', '-' or 0 */
	int			 inquote;
	size_t			 cont_at; /* offset of the continuation char */
	unsigned long		 ncomments;
	/* Called for each comment line [start, end), if set. */
	void			(*on_comment)(void *, size_t, size_t);
	void			*cb_arg;
};

void	mqsc_reader_init(struct mqsc_reader *, struct source *,
	    struct diag_list *, const struct tmpl_defs *);
void	mqsc_reader_free(struct mqsc_reader *);

/*
 * Read lines until a command is complete: returns 1 and leaves it in
 * r->cmd.  Returns 0 when the input is used up.  Only whole lines are read
 * unless at_eof is set, so the shell can feed the source line by line;
 * with at_eof a command left open by a continuation is returned with
 * cmd.incomplete set (and an error reported).
 */
int	mqsc_reader_next(struct mqsc_reader *, int at_eof);

/* Is a command open (the shell shows its continuation prompt)? */
int	mqsc_reader_pending(const struct mqsc_reader *);
/* Forget a half-typed command (Ctrl-C in the shell). */
void	mqsc_reader_cancel(struct mqsc_reader *);

/* Map logical [start, end) to physical offsets. */
size_t	mqsc_text_phys(const struct mqsc_text *, size_t log);
void	mqsc_text_span(const struct mqsc_text *, size_t lstart, size_t lend,
	    size_t *pstart, size_t *pend);

#endif
