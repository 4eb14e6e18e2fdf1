/*
 * source.c - reading inputs into memory and turning byte offsets into
 * line:column.  The line index is built on first use, so a file with no
 * diagnostics never pays for it.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "source.h"
#include "xmalloc.h"

static void
source_reserve(struct source *src, size_t extra)
{
	size_t	 need = src->len + extra + 1;

	if (need <= src->cap)
		return;
	if (src->cap == 0)
		src->cap = 4096;
	while (src->cap < need)
		src->cap *= 2;
	src->buf = xrealloc(src->buf, src->cap);
}

struct source *
source_new(const char *name, const char *text, size_t len)
{
	struct source	*src;

	src = xcalloc(1, sizeof *src);
	src->name = xstrdup(name);
	source_reserve(src, len);
	if (len > 0)
		memcpy(src->buf, text, len);
	src->len = len;
	src->buf[len] = '\0';
	return src;
}

void
source_append(struct source *src, const char *text, size_t len)
{
	source_reserve(src, len);
	memcpy(src->buf + src->len, text, len);
	src->len += len;
	src->buf[src->len] = '\0';
}

static int
read_fd(struct source *src, int fd)
{
	struct stat	 st;
	ssize_t		 n;

	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		source_reserve(src, (size_t)st.st_size);
	for (;;) {
		source_reserve(src, 65536);
		n = read(fd, src->buf + src->len, src->cap - src->len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0)
			break;
		src->len += (size_t)n;
	}
	src->buf[src->len] = '\0';
	return 0;
}

struct source *
source_read(const char *path, char **err)
{
	struct source	*src;
	struct stat	 st;
	int		 fd, saved;

	*err = NULL;
	if (strcmp(path, "-") == 0) {
		src = source_new("<stdin>", "", 0);
		if (read_fd(src, STDIN_FILENO) == -1) {
			xasprintf(err, "cannot read standard input: %s",
			    strerror(errno));
			source_free(src);
			return NULL;
		}
		return src;
	}
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		xasprintf(err, "cannot open %s: %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		xasprintf(err, "%s is a directory: give the MQSC files inside "
		    "it (for example %s/*.mqsc)", path, path);
		close(fd);
		return NULL;
	}
	src = source_new(path, "", 0);
	if (read_fd(src, fd) == -1) {
		saved = errno;
		xasprintf(err, "cannot read %s: %s", path, strerror(saved));
		close(fd);
		source_free(src);
		return NULL;
	}
	close(fd);
	return src;
}

void
source_free(struct source *src)
{
	if (src == NULL)
		return;
	free(src->name);
	free(src->buf);
	free(src->lines);
	free(src);
}

/* Extend the line index to cover the whole buffer. */
static void
source_index(struct source *src)
{
	size_t		 cap = src->nlines;
	const char	*p, *end;

	if (src->lines == NULL) {
		cap = 64;
		src->lines = xreallocarray(NULL, cap, sizeof *src->lines);
		src->lines[0] = 0;
		src->nlines = 1;
		src->indexed = 0;
	}
	p = src->buf + src->indexed;
	end = src->buf + src->len;
	while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		p++;
		if (src->nlines == cap || cap < src->nlines + 1) {
			cap = src->nlines * 2;
			src->lines = xreallocarray(src->lines, cap,
			    sizeof *src->lines);
		}
		src->lines[src->nlines++] = (size_t)(p - src->buf);
	}
	src->indexed = src->len;
}

void
source_linecol(struct source *src, size_t off, unsigned *line, unsigned *col)
{
	size_t	 lo, hi, mid;

	if (src->lines == NULL || src->indexed < src->len)
		source_index(src);
	if (off > src->len)
		off = src->len;
	lo = 0;
	hi = src->nlines;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (src->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	*line = (unsigned)(lo + 1);
	*col = (unsigned)(off - src->lines[lo] + 1);
}

const char *
source_line(struct source *src, unsigned line, size_t *len)
{
	size_t	 start, end;

	if (src->lines == NULL || src->indexed < src->len)
		source_index(src);
	if (line == 0 || line > src->nlines) {
		*len = 0;
		return "";
	}
	start = src->lines[line - 1];
	end = line < src->nlines ? src->lines[line] : src->len;
	while (end > start && (src->buf[end - 1] == '\n' ||
	    src->buf[end - 1] == '\r'))
		end--;
	*len = end - start;
	return src->buf + start;
}
