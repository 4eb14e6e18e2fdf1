/*
 * store.h - a queue manager model kept on disk, as MQSC that runmqsc
 * could replay (mqtls-store(5)).
 *
 * A store is a directory with a snapshot (qmgr.mqsc, dmpmqcfg layout) and
 * a journal (journal.mqsc) of the commands applied since, each entry
 * preceded by a line with its length and CRC.  Every change is appended
 * and fsync'ed before it is reported done; a process takes an exclusive
 * lock (flock on the lock file), first applies what other processes
 * appended, then its own command.  Compaction writes a new snapshot to a
 * temporary file, fsyncs it and renames it into place.
 */
#ifndef MQTLS_STORE_H
#define MQTLS_STORE_H

#include <sys/types.h>

#include <stdio.h>

struct model;
struct diag_list;

#define STORE_FORMAT	1

struct store {
	char		*dir;
	char		*snap_path, *journal_path, *lock_path;
	int		 lockfd;
	int		 locked;
	unsigned long	 generation;	/* snapshot generation */
	off_t		 jvalid;	/* journal bytes applied */
	unsigned long	 jseq;		/* last journal sequence number */
	struct model	*model;
	struct diag_list *diags;	/* problems found while loading */
	struct diag_list *later;	/* found later, by store_lock */
	int		 torn_warned;
	char		*err;		/* last error, for the caller */
	int		 created;	/* a new queue manager was made */
};

/* Where -m QMGR lives: $MQTLS_HOME/qmgrs/QMGR or the XDG data dir. */
char	*store_path_for(const char *qmname);

/*
 * Open (and with create, make) the store in dir for queue manager
 * qmname; load it into a new model.  Returns NULL with *err set.
 * Problems with file:line:col go to diags.
 */
struct store *store_open(const char *dir, const char *qmname, int create,
	    struct diag_list *diags, char **err);
/* Print and forget what store_lock found (torn writes...) to f. */
void	store_report(struct store *, FILE *);
/* Lock for a change and apply what others appended since. */
int	store_lock(struct store *);
/* Append one command (logical text) and make it durable. */
int	store_commit(struct store *, const char *text, size_t len);
void	store_unlock(struct store *);
/* Rewrite the snapshot and empty the journal, if worth it (or forced). */
int	store_compact(struct store *, int force);
void	store_close(struct store *);

#endif
