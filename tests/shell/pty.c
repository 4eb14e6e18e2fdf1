/*
 * pty.c - drives `mqtls shell` through a real pseudo-terminal, as a
 * person would: completion of a keyword, of a CipherSpec and of an
 * object name, Ctrl-C dropping a half-typed command, and history that
 * survives into a second session.  Exit 0 pass, 1 fail, 77 skip.
 *
 * Usage: pty MQTLS STOREDIR
 *        pty --time-prompt MQTLS STOREDIR   (milliseconds to the prompt,
 *                                            for bench/store.sh)
 */
#include "config.h"

#include <sys/select.h>
#include <sys/wait.h>

#include <errno.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char	 screen[65536];
static size_t	 nscreen;
static int	 failures;

/* Read what the shell prints for up to ms milliseconds. */
static void
drain(int fd, int ms)
{
	struct timeval	 tv;
	fd_set		 fds;
	ssize_t		 n;

	for (;;) {
		FD_ZERO(&fds);
		FD_SET(fd, &fds);
		tv.tv_sec = 0;
		tv.tv_usec = ms * 1000;
		if (select(fd + 1, &fds, NULL, NULL, &tv) <= 0)
			return;
		n = read(fd, screen + nscreen, sizeof screen - nscreen - 1);
		if (n <= 0)
			return;
		nscreen += (size_t)n;
		screen[nscreen] = '\0';
		if (nscreen > sizeof screen - 4096) {
			memmove(screen, screen + 32768, nscreen - 32768);
			nscreen -= 32768;
			screen[nscreen] = '\0';
		}
	}
}

static void
type(int fd, const char *keys)
{
	if (write(fd, keys, strlen(keys)) != (ssize_t)strlen(keys))
		perror("write");
	drain(fd, 300);
}

/* Wait until the screen, since mark, shows want (or 5 s pass). */
static int
expect(int fd, size_t mark, const char *want, const char *what)
{
	time_t	 end = time(NULL) + 5;

	while (time(NULL) < end) {
		if (strstr(screen + mark, want) != NULL) {
			printf("ok: %s\n", what);
			return 1;
		}
		drain(fd, 100);
	}
	printf("FAIL: %s: expected '%s' in:\n%s\n", what, want,
	    screen + mark);
	failures++;
	return 0;
}

static pid_t
start(const char *mqtls, const char *store, int *fd, int settle)
{
	struct winsize	 ws = { 40, 200, 0, 0 };
	pid_t		 pid;

	pid = forkpty(fd, NULL, NULL, &ws);
	if (pid == 0) {
		setenv("TERM", "xterm", 1);
		setenv("NO_COLOR", "1", 1);
		unsetenv("MQPROMPT");
		unsetenv("INPUTRC");
		setenv("INPUTRC", "/dev/null", 1);
		execl(mqtls, "mqtls", "shell", "-s", store, (char *)NULL);
		_exit(127);
	}
	nscreen = 0;
	screen[0] = '\0';
	if (settle)
		drain(*fd, 500);
	return pid;
}

static int
finish(pid_t pid, int fd)
{
	int	 status = 0;

	type(fd, "END\r");
	drain(fd, 300);
	close(fd);
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

int
main(int argc, char **argv)
{
	size_t	 mark;
	pid_t	 pid;
	int	 fd;

	if (argc == 4 && strcmp(argv[1], "--time-prompt") == 0) {
		struct timespec	 t0, t1;

		clock_gettime(CLOCK_MONOTONIC, &t0);
		pid = start(argv[2], argv[3], &fd, 0);
		while (strstr(screen, "> ") == NULL)
			drain(fd, 1);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		printf("%.1f\n", (t1.tv_sec - t0.tv_sec) * 1e3 +
		    (t1.tv_nsec - t0.tv_nsec) / 1e6);
		finish(pid, fd);
		return 0;
	}
	if (argc != 3) {
		fprintf(stderr, "usage: pty MQTLS STOREDIR\n");
		return 2;
	}
	pid = start(argv[1], argv[2], &fd, 1);
	if (pid == -1) {
		perror("forkpty");
		return 77;
	}
	expect(fd, 0, "> ", "prompt");

	/* A keyword, completed with its "(". */
	mark = nscreen;
	type(fd, "DEFINE CHANNEL(PTY.SVRCONN) CHLTYPE(SVRCONN) SSLCI\t");
	expect(fd, mark, "SSLCIPH(", "keyword completion");
	/* A CipherSpec value. */
	mark = nscreen;
	type(fd, "ANY_TLS13_OR\t");
	expect(fd, mark, "ANY_TLS13_OR_HIGHER", "CipherSpec completion");
	mark = nscreen;
	type(fd, ") MCAUSER('pty')\r");
	expect(fd, mark, "AMQ8014I", "channel defined");

	/* An existing object's name. */
	mark = nscreen;
	type(fd, "DISPLAY CHANNEL(PTY.S\t");
	expect(fd, mark, "PTY.SVRCONN", "object name completion");
	type(fd, ") MCAUSER\r");
	expect(fd, mark, "MCAUSER(pty)", "display after completion");

	/* Ctrl-C drops a command that goes on over two lines. */
	mark = nscreen;
	type(fd, "DEFINE QLOCAL(PTY.DROPPED) +\r");
	type(fd, "  DESCR('never')\003");
	type(fd, "DISPLAY QLOCAL(PTY.DROPPED)\r");
	expect(fd, mark, "AMQ8147E", "Ctrl-C dropped the command");

	if (finish(pid, fd) != 10) {
		printf("FAIL: first session exit status\n");
		failures++;
	}

	/* History: the second session recalls the first one's lines. */
	pid = start(argv[1], argv[2], &fd, 1);
	expect(fd, 0, "> ", "second prompt");
	mark = nscreen;
	type(fd, "\033[A");		/* Up: END, the last line typed */
	type(fd, "\033[A");		/* Up again: the one before */
	expect(fd, mark, "DISPLAY QLOCAL(PTY.DROPPED)", "history recall");
	type(fd, "\025");		/* Ctrl-U: clear the line */
	finish(pid, fd);

	printf("%d passed, %d failed\n", failures == 0 ? 1 : 0, failures);
	return failures == 0 ? 0 : 1;
}
