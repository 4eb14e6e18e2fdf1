/*
 * replay.c - run the fuzz harness over files without libFuzzer, so that
 * "make check" replays the seed corpus and every past crasher with the
 * ordinary (and the sanitizer) build.  Arguments are files or
 * directories; with none, the directories corpus/ and crashers/ next to
 * this file are used (via $srcdir).
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
run_file(const char *path)
{
	struct source	*src;
	char		*err;

	if ((src = source_read(path, &err)) == NULL) {
		fprintf(stderr, "replay: %s\n", err);
		free(err);
		return -1;
	}
	LLVMFuzzerTestOneInput((const uint8_t *)src->buf, src->len);
	source_free(src);
	return 0;
}

static int
run_path(const char *path, unsigned long *n)
{
	struct stat	 st;
	struct dirent	*de;
	DIR		*d;
	char		*full;
	int		 rc = 0;

	if (stat(path, &st) == -1) {
		fprintf(stderr, "replay: cannot stat %s\n", path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		(*n)++;
		return run_file(path);
	}
	if ((d = opendir(path)) == NULL)
		return -1;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (asprintf(&full, "%s/%s", path, de->d_name) < 0)
			abort();
		if (run_path(full, n) == -1)
			rc = -1;
		free(full);
	}
	closedir(d);
	return rc;
}

int
main(int argc, char **argv)
{
	const char	*srcdir = getenv("srcdir");
	char		*dir;
	unsigned long	 n = 0;
	int		 i, rc = 0;
	static const char *const sub[] = { "corpus", "crashers" };

	if (argc > 1) {
		for (i = 1; i < argc; i++)
			if (run_path(argv[i], &n) == -1)
				rc = 1;
	} else {
		for (i = 0; i < 2; i++) {
			if (asprintf(&dir, "%s/tests/fuzz/%s",
			    srcdir != NULL ? srcdir : ".", sub[i]) < 0)
				abort();
			if (run_path(dir, &n) == -1)
				rc = 1;
			free(dir);
		}
	}
	printf("replayed %lu inputs\n", n);
	return n == 0 ? 1 : rc;
}
