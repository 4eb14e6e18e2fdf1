/*
 * store.c - durable queue manager models.
 *
 * Files in the store directory:
 *   qmgr.mqsc     snapshot: "* mqtls store format 1", "* queue manager Q",
 *                 "* generation N", then the model as MQSC (dump.c) with
 *                 "* mqtls: time=..." lines that keep ALTDATE/ALTTIME.
 *   journal.mqsc  "* mqtls journal generation N", then one entry per
 *                 change: "* mqtls: seq=S time=T len=L crc=C" and the
 *                 command text (L bytes, then a newline).
 *   lock          flock(2) target.
 *
 * Guarantees (each has a test): a failed command is never written; a
 * command reported done was fsync'ed; a journal entry cut short by a
 * crash (its length or CRC does not match) is reported and ignored, and
 * cut off by the next writer; a damaged entry before the end, or a
 * snapshot that does not load, is an error with file:line, and the store
 * is then never written; two writers serialise on the lock and each
 * applies the other's entries first; a snapshot of a newer format is
 * refused.
 */
#include "config.h"

#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "crc32.h"
#include "diag.h"
#include "rules.h"
#include "dump.h"
#include "model.h"
#include "qmgr-defaults.h"
#include "runner.h"
#include "source.h"
#include "store.h"
#include "xmalloc.h"

static int
set_err(struct store *st, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int
set_err(struct store *st, const char *fmt, ...)
{
	va_list	 ap;

	free(st->err);
	va_start(ap, fmt);
	if (vasprintf(&st->err, fmt, ap) < 0)
		st->err = NULL;
	va_end(ap);
	return -1;
}

char *
store_path_for(const char *qmname)
{
	const char	*home = getenv("MQTLS_HOME"), *xdg, *h;
	char		*p;

	if (home != NULL && *home != '\0')
		xasprintf(&p, "%s/qmgrs/%s", home, qmname);
	else if ((xdg = getenv("XDG_DATA_HOME")) != NULL && *xdg == '/')
		xasprintf(&p, "%s/mqtls/qmgrs/%s", xdg, qmname);
	else {
		h = getenv("HOME");
		xasprintf(&p, "%s/.local/share/mqtls/qmgrs/%s",
		    h != NULL ? h : ".", qmname);
	}
	return p;
}

static int
mkdir_p(const char *path)
{
	char	*copy = xstrdup(path), *p;

	for (p = copy + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) == -1 && errno != EEXIST) {
			free(copy);
			return -1;
		}
		*p = '/';
	}
	free(copy);
	return mkdir(path, 0700) == -1 && errno != EEXIST ? -1 : 0;
}

static int
fsync_dir(const char *dir)
{
	int	 fd, rc;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/* Write a file atomically: temporary file, fsync, rename, fsync dir. */
static int
write_atomic(struct store *st, const char *path,
    int (*fill)(FILE *, void *), void *arg)
{
	char	*tmp;
	FILE	*f;
	int	 fd, rc = -1;

	xasprintf(&tmp, "%s.tmp.%ld", path, (long)getpid());
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600))
	    == -1 || (f = fdopen(fd, "w")) == NULL) {
		set_err(st, "cannot write %s: %s", tmp, strerror(errno));
		if (fd != -1)
			close(fd);
		free(tmp);
		return -1;
	}
	if (fill(f, arg) == 0 && fflush(f) == 0 && fsync(fd) == 0)
		rc = 0;
	else
		set_err(st, "cannot write %s: %s", tmp, strerror(errno));
	if (fclose(f) != 0)
		rc = -1;
	if (rc == 0 && rename(tmp, path) == -1)
		rc = set_err(st, "cannot rename %s to %s: %s", tmp, path,
		    strerror(errno));
	if (rc == 0)
		fsync_dir(st->dir);
	else
		unlink(tmp);
	free(tmp);
	return rc;
}

static int
fill_snapshot(FILE *f, void *arg)
{
	struct store	*st = arg;

	fprintf(f, "* mqtls store format %d\n* queue manager %s\n"
	    "* generation %lu\n* Written by mqtls; replayable with runmqsc.  "
	    "Change it with mqtls run.\n", STORE_FORMAT, st->model->qmname,
	    st->generation);
	return dump_model(f, st->model, DUMP_TIMES);
}

static int
fill_journal(FILE *f, void *arg)
{
	struct store	*st = arg;

	fprintf(f, "* mqtls journal generation %lu\n", st->generation);
	return 0;
}

/* Run MQSC text against the model, silently; errors go to st->diags. */
static int
replay(struct store *st, struct source *src)
{
	struct runner	 r;
	size_t		 i;
	int		 bad = 0;

	runner_init(&r, st->model, NULL);
	r.replay = 1;
	r.echo = 0;
	runner_start(&r, src);
	runner_step(&r, 1);
	for (i = 0; i < r.diags.n; i++) {
		struct diag *d = r.diags.v[i];

		if (d->sev != DIAG_ERROR)
			continue;
		diag_add(st->diags, d->sev, d->rule, &d->loc, "%s",
		    d->message);
		bad = 1;
	}
	if (r.nfailed > 0)
		bad = 1;
	runner_free(&r);
	if (bad) {
		/* The diagnostics point into src: the list keeps a copy. */
		struct source *copy = source_new(src->name, src->buf,
		    src->len);

		diag_list_own(st->diags, copy);
		for (i = 0; i < st->diags->n; i++)
			if (st->diags->v[i]->loc.src == src)
				st->diags->v[i]->loc.src = copy;
	}
	return bad ? -1 : 0;
}

/* Header line "* mqtls store format N" etc.: read a number after key. */
static int
header_number(const char *buf, size_t len, const char *key,
    unsigned long *out)
{
	const char	*p = memmem(buf, len < 512 ? len : 512, key,
			    strlen(key));

	if (p == NULL)
		return -1;
	*out = strtoul(p + strlen(key), NULL, 10);
	return 0;
}

/* "* queue manager NAME" names the model's queue manager. */
static void
set_qmname(struct store *st, const struct source *src)
{
	const char	*p, *nl;
	char		*name;

	p = memmem(src->buf, src->len < 512 ? src->len : 512,
	    "* queue manager ", 16);
	if (p == NULL)
		return;
	p += 16;
	nl = memchr(p, '\n', (size_t)(src->buf + src->len - p));
	name = xstrndup(p, nl != NULL ? (size_t)(nl - p) : strlen(p));
	free(st->model->qmname);
	st->model->qmname = name;
	free(st->model->qmgr->name);
	st->model->qmgr->name = xstrdup(name);
}

static off_t
journal_header_len(const struct store *st)
{
	char	 buf[64];

	return (off_t)snprintf(buf, sizeof buf, "* mqtls journal generation "
	    "%lu\n", st->generation);
}

static int
load_snapshot(struct store *st)
{
	struct source	*src;
	char		*err;
	unsigned long	 format;

	if ((src = source_read(st->snap_path, &err)) == NULL) {
		set_err(st, "%s", err);
		free(err);
		return -1;
	}
	if (header_number(src->buf, src->len, "* mqtls store format ",
	    &format) == -1) {
		source_free(src);
		return set_err(st, "%s is not an mqtls store (its first line "
		    "is not \"* mqtls store format N\")", st->snap_path);
	}
	if (format > STORE_FORMAT) {
		source_free(src);
		return set_err(st, "%s was written by a newer mqtls (store "
		    "format %lu); this mqtls reads format %d: upgrade mqtls "
		    "to use it", st->snap_path, format, STORE_FORMAT);
	}
	header_number(src->buf, src->len, "* generation ", &st->generation);
	set_qmname(st, src);
	if (replay(st, src) != 0) {
		source_free(src);
		return set_err(st, "%s does not load (see the errors above); "
		    "it is left as it is: fix it, or restore it from a backup",
		    st->snap_path);
	}
	source_free(src);
	return 0;
}

/* 1-based line number of byte off in a file (for error messages). */
static unsigned
file_line_of(const char *path, off_t off)
{
	FILE		*f = fopen(path, "r");
	unsigned	 line = 1;
	int		 c;

	if (f == NULL)
		return 0;
	while (off-- > 0 && (c = getc(f)) != EOF)
		if (c == '\n')
			line++;
	fclose(f);
	return line;
}

/*
 * Read the journal's generation, the length of its header line, and its
 * bytes from offset from on (0: after the header).  Only the new part is
 * read, so a change costs the same whatever the journal's size.
 */
static struct source *
journal_tail(struct store *st, off_t *from, unsigned long *gen, int *missing)
{
	struct source	*src;
	struct stat	 sb;
	char		 head[128], *nl;
	ssize_t		 n;
	off_t		 hdrlen, size, pos;
	int		 fd;

	*missing = 0;
	*gen = 0;
	if ((fd = open(st->journal_path, O_RDONLY | O_CLOEXEC)) == -1) {
		if (errno == ENOENT)
			*missing = 1;
		else
			set_err(st, "cannot open %s: %s", st->journal_path,
			    strerror(errno));
		return NULL;
	}
	n = pread(fd, head, sizeof head - 1, 0);
	head[n > 0 ? n : 0] = '\0';
	header_number(head, (size_t)(n > 0 ? n : 0),
	    "* mqtls journal generation ", gen);
	nl = strchr(head, '\n');
	hdrlen = nl != NULL ? nl - head + 1 : (off_t)(n > 0 ? n : 0);
	if (fstat(fd, &sb) == -1) {
		close(fd);
		set_err(st, "cannot read %s: %s", st->journal_path,
		    strerror(errno));
		return NULL;
	}
	size = sb.st_size;
	if (*from < hdrlen)
		*from = hdrlen;
	if (*from > size)
		*from = size;
	src = source_new(st->journal_path, "", 0);
	for (pos = *from; pos < size; pos += n) {
		char buf[65536];

		n = pread(fd, buf, sizeof buf, pos);
		if (n <= 0) {
			if (n == -1 && errno == EINTR) {
				n = 0;
				continue;
			}
			break;
		}
		source_append(src, buf, (size_t)n);
	}
	close(fd);
	return src;
}

/*
 * Apply journal entries from st->jvalid on.  Entries are checked by
 * length and CRC; a bad entry at the very end is a torn write.
 */
static int
load_journal(struct store *st, int *torn)
{
	struct source	*src, *cmds;
	char		*line, hdr[128];
	const char	*p, *nl;
	size_t		 off, len, hl;
	unsigned long	 gen, seq;
	unsigned	 crc;
	char		 date[11], tod[9];
	off_t		 base = st->jvalid;
	int		 missing;

	*torn = 0;
	if ((src = journal_tail(st, &base, &gen, &missing)) == NULL)
		return missing ? 0 : -1;	/* no journal: nothing since */
	if (gen != st->generation) {
		/* A journal of an older generation is in the snapshot. */
		st->jvalid = base + (off_t)src->len;
		source_free(src);
		return 0;
	}
	cmds = source_new(st->journal_path, "", 0);
	off = 0;
	while (off < src->len) {
		p = src->buf + off;
		nl = memchr(p, '\n', src->len - off);
		hl = nl != NULL ? (size_t)(nl - p) : src->len - off;
		if (nl == NULL || hl >= sizeof hdr)
			goto torn;
		memcpy(hdr, p, hl);
		hdr[hl] = '\0';
		if (sscanf(hdr, "* mqtls: seq=%lu time=%10s %8s len=%zu "
		    "crc=%x", &seq, date, tod, &len, &crc) != 5)
			goto damaged;
		if (off + hl + 1 + len + 1 > src->len)
			goto torn;
		line = src->buf + off + hl + 1;
		if (line[len] != '\n' || crc32_update(0, line, len) != crc)
			goto torn_or_damaged;
		/* Keep the time line: the runner sets ALTDATE from it. */
		source_append(cmds, p, hl + 1 + len + 1);
		off += hl + 1 + len + 1;
		st->jseq = seq;
		continue;
torn_or_damaged:
		if (off + hl + 1 + len + 1 < src->len)
			goto damaged;
torn:
		*torn = 1;
		break;
damaged:
		set_err(st, "%s:%u: journal entry is damaged (its header or "
		    "checksum does not match) and more entries follow: the "
		    "store is left as it is; restore it from a backup or "
		    "remove the entry by hand", st->journal_path,
		    file_line_of(st->journal_path, base + (off_t)off));
		source_free(src);
		source_free(cmds);
		return -1;
	}
	if (*torn && !st->torn_warned++)
		diag_rule(st->diags, "store-torn-write", NULL,
		    "%s:%u: the last journal entry was not completely "
		    "written (a crash during a write); that command was never "
		    "reported done and is ignored", st->journal_path,
		    file_line_of(st->journal_path, base + (off_t)off));
	if (cmds->len > 0 && replay(st, cmds) != 0) {
		source_free(src);
		source_free(cmds);
		return set_err(st, "%s does not replay (see the errors "
		    "above); the store is left as it is", st->journal_path);
	}
	st->jvalid = base + (off_t)off;
	source_free(src);
	source_free(cmds);
	return 0;
}

static int
load_all(struct store *st)
{
	int	 torn;

	model_free(st->model);
	st->model = model_new("");
	st->jvalid = 0;
	st->jseq = 0;
	if (load_snapshot(st) != 0)
		return -1;
	return load_journal(st, &torn);
}

static int
create_store(struct store *st, const char *qmname)
{
	struct source	*src;

	if (mkdir_p(st->dir) != 0)
		return set_err(st, "cannot create %s: %s", st->dir,
		    strerror(errno));
	st->model = model_new(qmname);
	src = source_new("<new queue manager>", qmgr_defaults_mqsc,
	    strlen(qmgr_defaults_mqsc));
	if (replay(st, src) != 0) {
		source_free(src);
		return set_err(st, "internal error: the default objects of "
		    "a new queue manager do not load");
	}
	source_free(src);
	st->generation = 1;
	if (write_atomic(st, st->snap_path, fill_snapshot, st) != 0 ||
	    write_atomic(st, st->journal_path, fill_journal, st) != 0)
		return -1;
	st->jvalid = journal_header_len(st);
	st->created = 1;
	return 0;
}

struct store *
store_open(const char *dir, const char *qmname, int create,
    struct diag_list *diags, char **err)
{
	struct store	*st;
	struct stat	 sb;
	int		 exists, torn;
	char		*name;

	st = xcalloc(1, sizeof *st);
	st->dir = xstrdup(dir);
	st->diags = diags;
	st->lockfd = -1;
	xasprintf(&st->snap_path, "%s/qmgr.mqsc", dir);
	xasprintf(&st->journal_path, "%s/journal.mqsc", dir);
	xasprintf(&st->lock_path, "%s/lock", dir);
	exists = stat(st->snap_path, &sb) == 0;
	if (!exists && !create) {
		set_err(st, "no queue manager model in %s: run mqtls run "
		    "-s %s to create one", dir, dir);
		goto fail;
	}
	if (!exists) {
		if (mkdir_p(dir) != 0) {
			set_err(st, "cannot create %s: %s", dir,
			    strerror(errno));
			goto fail;
		}
	}
	st->lockfd = open(st->lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (st->lockfd == -1) {
		set_err(st, "cannot open %s: %s", st->lock_path,
		    strerror(errno));
		goto fail;
	}
	/* Exclusive while creating or loading: compaction renames files. */
	flock(st->lockfd, LOCK_EX);
	if (stat(st->snap_path, &sb) != 0) {
		if (qmname == NULL) {
			name = strrchr(dir, '/');
			qmname = name != NULL ? name + 1 : dir;
		}
		if (create_store(st, qmname) != 0) {
			flock(st->lockfd, LOCK_UN);
			goto fail;
		}
	} else {
		st->model = model_new("");
		if (load_snapshot(st) != 0 ||
		    load_journal(st, &torn) != 0) {
			flock(st->lockfd, LOCK_UN);
			goto fail;
		}
	}
	flock(st->lockfd, LOCK_UN);
	/* The caller's list is gone after this call; keep our own. */
	st->later = xcalloc(1, sizeof *st->later);
	diag_list_init(st->later);
	st->diags = st->later;
	return st;
fail:
	*err = st->err != NULL ? xstrdup(st->err) : xstrdup("store error");
	store_close(st);
	return NULL;
}

static void
journal_generation(struct store *st, unsigned long *gen)
{
	char	 head[128];
	ssize_t	 n;
	int	 fd;

	*gen = 0;
	if ((fd = open(st->journal_path, O_RDONLY | O_CLOEXEC)) == -1)
		return;
	n = pread(fd, head, sizeof head - 1, 0);
	close(fd);
	if (n > 0)
		header_number(head, (size_t)n, "* mqtls journal generation ",
		    gen);
}

int
store_lock(struct store *st)
{
	unsigned long	 gen = 0;
	int		 torn;

	if (flock(st->lockfd, LOCK_EX) == -1)
		return set_err(st, "cannot lock %s: %s", st->lock_path,
		    strerror(errno));
	st->locked = 1;
	/* Catch up with other writers. */
	journal_generation(st, &gen);
	if (gen == st->generation)
		return load_journal(st, &torn);
	/* Someone compacted, or a compaction was cut short: reload. */
	if (load_all(st) != 0)
		return -1;
	journal_generation(st, &gen);
	if (gen != st->generation) {
		/* The old journal is part of the snapshot: start anew. */
		if (write_atomic(st, st->journal_path, fill_journal, st) != 0)
			return -1;
		st->jvalid = journal_header_len(st);
		st->jseq = 0;
	}
	return 0;
}

/*
 * A command as journal lines: runmqsc reads lines of at most 2048 bytes,
 * so a longer command is cut with '-' continuations, which resume at
 * column 1 and so rebuild the text exactly (mqsc.md 1.6).  A cut is never
 * made before '*', which in column 1 would start a comment.
 */
static char *
journal_lines(const char *text, size_t len, size_t *outlen)
{
	const size_t	 width = 2000;
	char		*out = xmalloc(len + len / width * 2 + 1);
	size_t		 i = 0, n = 0, cut;

	while (len - i > width) {
		cut = width;
		while (cut > 1 && text[i + cut] == '*')
			cut--;
		memcpy(out + n, text + i, cut);
		n += cut;
		out[n++] = '-';
		out[n++] = '\n';
		i += cut;
	}
	memcpy(out + n, text + i, len - i);
	n += len - i;
	*outlen = n;
	return out;
}

int
store_commit(struct store *st, const char *text, size_t len)
{
	char		 hdr[160];
	time_t		 now = time(NULL);
	struct tm	 tm;
	char		 when[20];
	char		*buf, *body;
	size_t		 n, hl, blen;
	int		 fd;
	ssize_t		 w;

	localtime_r(&now, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H.%M.%S", &tm);
	if (getenv("MQTLS_FIXED_TIME") != NULL)
		strcpy(when, "2026-01-01 00.00.00");
	body = journal_lines(text, len, &blen);
	hl = (size_t)snprintf(hdr, sizeof hdr, "* mqtls: seq=%lu time=%s "
	    "len=%zu crc=%08" PRIx32 "\n", st->jseq + 1, when, blen,
	    crc32_update(0, body, blen));
	n = hl + blen + 1;
	buf = xmalloc(n);
	memcpy(buf, hdr, hl);
	memcpy(buf + hl, body, blen);
	buf[hl + blen] = '\n';
	free(body);
	fd = open(st->journal_path, O_WRONLY | O_CLOEXEC);
	if (fd == -1) {
		free(buf);
		return set_err(st, "cannot open %s: %s", st->journal_path,
		    strerror(errno));
	}
	/* Cut off a torn entry a crashed writer left behind. */
	if (ftruncate(fd, st->jvalid) == -1 ||
	    lseek(fd, st->jvalid, SEEK_SET) == -1 ||
	    (w = write(fd, buf, n)) != (ssize_t)n || fdatasync(fd) == -1) {
		set_err(st, "cannot write %s: %s", st->journal_path,
		    strerror(errno));
		close(fd);
		free(buf);
		return -1;
	}
	close(fd);
	free(buf);
	st->jvalid += (off_t)n;
	st->jseq++;
	return 0;
}

void
store_unlock(struct store *st)
{
	if (st->locked)
		flock(st->lockfd, LOCK_UN);
	st->locked = 0;
}

int
store_compact(struct store *st, int force)
{
	struct stat	 js, ss;
	int		 rc = 0;

	if (store_lock(st) != 0)
		return -1;
	if (!force && stat(st->journal_path, &js) == 0 &&
	    stat(st->snap_path, &ss) == 0 &&
	    js.st_size < ss.st_size && js.st_size < 1024 * 1024)
		goto out;
	st->generation++;
	if (write_atomic(st, st->snap_path, fill_snapshot, st) != 0 ||
	    write_atomic(st, st->journal_path, fill_journal, st) != 0)
		rc = -1;
	st->jvalid = journal_header_len(st);
	st->jseq = 0;
out:
	store_unlock(st);
	return rc;
}

void
store_report(struct store *st, FILE *f)
{
	size_t	 i;

	if (st->later == NULL)
		return;
	diag_list_sort(st->later);
	for (i = 0; i < st->later->n; i++)
		diag_render_text(f, st->later->v[i], diag_want_color(f));
	diag_list_clear(st->later);
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	if (st->later != NULL) {
		store_report(st, stderr);
		free(st->later);
	}
	store_unlock(st);
	if (st->lockfd != -1)
		close(st->lockfd);
	model_free(st->model);
	free(st->dir);
	free(st->snap_path);
	free(st->journal_path);
	free(st->lock_path);
	free(st->err);
	free(st);
}
