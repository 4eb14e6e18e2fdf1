/*
 * diag.h - diagnostics as records: severity, stable rule id, message, a
 * primary location and related ones.  Records are queued while input is
 * checked and rendered afterwards, as text or JSON, by one renderer that
 * every subcommand shares.
 */
#ifndef MQTLS_DIAG_H
#define MQTLS_DIAG_H

#include <stdio.h>
#include <stddef.h>

struct source;

/* Ordered: a higher value is more severe. */
enum diag_severity {
	DIAG_NOTE = 0,
	DIAG_WARNING,
	DIAG_ERROR,
};
#define DIAG_NSEVERITY 3

struct diag_loc {
	struct source	*src;	/* NULL: no location (a whole-run message) */
	size_t		 start;	/* byte offsets, end exclusive */
	size_t		 end;
};

#define DIAG_MAXRELATED 3

struct diag {
	enum diag_severity sev;
	const char	*rule;		/* static kebab-case id */
	char		*message;
	struct diag_loc	 loc;
	size_t		 nrelated;
	struct diag_loc	 related[DIAG_MAXRELATED];
	char		*related_msg[DIAG_MAXRELATED];
	unsigned long	 seq;		/* insertion order, for stable sorts */
	unsigned long long ctxhash;	/* hash of the normalised command the
					   finding is in (SARIF fingerprints);
					   0: not known */
};

struct diag_list {
	struct diag	**v;
	size_t		 n, cap;
	size_t		 count[DIAG_NSEVERITY];
	unsigned long	 seq;
	struct source	**owned;	/* freed with the list */
	size_t		 nowned;
};

void		 diag_list_init(struct diag_list *);
void		 diag_list_clear(struct diag_list *);
/* The list takes src and frees it when cleared (its diags point there). */
void		 diag_list_own(struct diag_list *, struct source *);
struct diag	*diag_add(struct diag_list *, enum diag_severity,
		    const char *rule, const struct diag_loc *,
		    const char *fmt, ...)
		    __attribute__((format(printf, 5, 6)));
void		 diag_relate(struct diag *, const struct diag_loc *,
		    const char *fmt, ...)
		    __attribute__((format(printf, 3, 4)));
/* Sort by source order (stable), so output follows the file. */
void		 diag_list_sort(struct diag_list *);
/*
 * Keep the diagnostics for which keep() returns 1 (it may change their
 * severity), free the others, and count the severities again.
 */
void		 diag_list_filter(struct diag_list *,
		    int (*keep)(struct diag *, void *), void *);

/*
 * A hash of MQSC text that survives reformatting: case is folded and runs
 * of blanks and commas become one blank, outside quotes.  Never 0.
 */
unsigned long long diag_text_hash(const char *, size_t);

const char	*diag_severity_name(enum diag_severity);
int		 diag_severity_parse(const char *, enum diag_severity *);

/* Should text output use colour on this stream?  (tty and no NO_COLOR) */
int		 diag_want_color(FILE *);
void		 diag_render_text(FILE *, const struct diag *, int color);
/* One JSON object, as in mqtls-lint(1). */
void		 diag_render_json(FILE *, const struct diag *);
/* file:line:col: severity: message [rule], one line, no source or caret. */
void		 diag_render_gcc(FILE *, const struct diag *);
/* A GitHub Actions workflow command (::error file=...::message). */
void		 diag_render_github(FILE *, const struct diag *);

#endif
