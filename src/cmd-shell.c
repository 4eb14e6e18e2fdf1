/*
 * cmd-shell.c - `mqtls shell`: runmqsc's interactive mode against a queue
 * manager model, with GNU readline: history kept per store, a
 * continuation prompt while a command goes on, Ctrl-C to drop the command
 * being typed, tab completion (complete.c) and HELP (help.c).  Commands go
 * through the same runner as `mqtls run`.  On a standard input that is
 * not a terminal it reads lines without prompts, for scripted sessions.
 */
#include "config.h"

#include <sys/select.h>

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "cmd.h"
#include "complete.h"
#include "help.h"
#include "model.h"
#include "options.h"
#include "runner.h"
#include "source.h"
#include "store.h"
#include "xmalloc.h"

enum { OPT_QMGR, OPT_STORE, OPT_HELP };

static const struct option_def shell_options[] = {
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ "qmgr", 'm', "QMGR",
	  "the queue manager model named QMGR, kept under $MQTLS_HOME",
	  OPT_QMGR },
	{ "store", 's', "PATH", "the queue manager model in directory PATH",
	  OPT_STORE },
	{ NULL, 0, NULL, NULL, 0 }
};

struct shell {
	struct store	*st;
	/* The store loads in a thread, so the prompt comes at once. */
	const char	*qmgr, *path;
	pthread_t	 loader;
	int		 loading, ready;
	struct runner	 r;
	struct source	*src;
	char		*histfile;
	char		*prompt, *prompt2;
	int		 done;
	int		 tty;
};

static struct shell		*the_shell;	/* for readline callbacks */
static volatile sig_atomic_t	 got_sigint;

static void
on_sigint(int sig)
{
	(void)sig;
	got_sigint = 1;
}

static int
shell_option(void *arg, int id, const char *optarg)
{
	const char	**v = arg;

	if (id == OPT_QMGR)
		v[0] = optarg;
	else if (id == OPT_STORE)
		v[1] = optarg;
	else
		v[2] = "help";
	return 0;
}

static void *
load_store(void *arg)
{
	struct shell	*sh = arg;

	sh->st = cmd_open_store(sh->qmgr, sh->path, "shell", 1);
	return NULL;
}

/*
 * The model, waiting for the loader if it is still at work.  Returns
 * NULL if the store could not be opened (already reported).
 */
static struct store *
shell_store(struct shell *sh)
{
	if (sh->loading) {
		pthread_join(sh->loader, NULL);
		sh->loading = 0;
	}
	if (sh->st != NULL && !sh->ready) {
		runner_init(&sh->r, sh->st->model, stdout);
		sh->r.store = sh->st;
		sh->r.color = sh->tty && diag_want_color(stdout);
		runner_start(&sh->r, sh->src);
		sh->ready = 1;
	}
	return sh->st;
}

/* HELP is the shell's own; everything else is MQSC. */
static int
is_help(const char *line, const char **args)
{
	while (*line == ' ' || *line == '\t')
		line++;
	if (strncasecmp(line, "HELP", 4) != 0 ||
	    (line[4] != '\0' && !isspace((unsigned char)line[4])))
		return 0;
	*args = line + 4;
	return 1;
}

static void
shell_line(struct shell *sh, const char *line)
{
	const char	*args;

	if ((!sh->ready || !mqsc_reader_pending(&sh->r.rd)) &&
	    is_help(line, &args)) {
		help_print(stdout, args);
		fflush(stdout);
		return;
	}
	if (shell_store(sh) == NULL) {
		sh->done = 1;
		return;
	}
	source_append(sh->src, line, strlen(line));
	source_append(sh->src, "\n", 1);
	runner_step(&sh->r, 0);
	fflush(stdout);
	if (sh->r.ended || sh->r.fatal)
		sh->done = 1;
}

static void
remember(struct shell *sh, const char *line)
{
	HIST_ENTRY	*last;

	if (*line == '\0')
		return;
	last = history_length > 0 ? history_get(history_base +
	    history_length - 1) : NULL;
	if (last != NULL && strcmp(last->line, line) == 0)
		return;
	add_history(line);
	if (sh->histfile != NULL) {
		/* append_history() does not create the file. */
		if (access(sh->histfile, F_OK) != 0)
			write_history(sh->histfile);
		else
			append_history(1, sh->histfile);
		history_truncate_file(sh->histfile, 1000);
	}
}

static void
readline_cb(char *line)
{
	struct shell	*sh = the_shell;

	if (line == NULL) {
		sh->done = 1;
		putchar('\n');
		return;
	}
	remember(sh, line);
	shell_line(sh, line);
	free(line);
	rl_set_prompt(sh->ready && mqsc_reader_pending(&sh->r.rd) ?
	    sh->prompt2 : sh->prompt);
}

/* Readline completion: candidates from the command typed so far. */
static char **cands;
static size_t cand_next;

static char *
cand_gen(const char *text, int state)
{
	(void)text;
	if (state == 0)
		cand_next = 0;
	if (cands == NULL || cands[cand_next] == NULL)
		return NULL;
	return xstrdup(cands[cand_next++]);
}

static char **
shell_complete(const char *text, int start, int end)
{
	struct shell	*sh = the_shell;
	char		*before, **matches;
	const char	*pending = "";
	size_t		 plen = 0;

	(void)end;
	rl_attempted_completion_over = 1;
	if (shell_store(sh) == NULL)
		return NULL;
	if (mqsc_reader_pending(&sh->r.rd)) {
		pending = sh->r.rd.cmd.text;
		plen = sh->r.rd.cmd.len;
	}
	before = xmalloc(plen + (size_t)start + 2);
	memcpy(before, pending, plen);
	before[plen] = ' ';
	memcpy(before + plen + 1, rl_line_buffer, (size_t)start);
	before[plen + 1 + (size_t)start] = '\0';
	complete_free(cands);
	cands = complete_candidates(sh->st->model, before, text);
	rl_attempted_completion_over = 1;
	rl_completion_append_character = cands[0] != NULL && cands[1] == NULL &&
	    complete_takes_value(before, cands[0]) ? '(' : ' ';
	free(before);
	matches = rl_completion_matches(text, cand_gen);
	return matches;
}

static void
interactive(struct shell *sh)
{
	struct sigaction sa;
	fd_set		 fds;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);		/* no SA_RESTART */
	rl_catch_signals = 0;
	rl_readline_name = "mqtls";
	rl_attempted_completion_function = shell_complete;
	rl_basic_word_break_characters = " \t,()'";
	rl_completer_word_break_characters = " \t,()'";
	rl_callback_handler_install(sh->prompt, readline_cb);
	while (!sh->done) {
		FD_ZERO(&fds);
		FD_SET(STDIN_FILENO, &fds);
		if (select(STDIN_FILENO + 1, &fds, NULL, NULL, NULL) == -1) {
			if (errno != EINTR)
				break;
			if (got_sigint) {
				/* Ctrl-C: drop the command being typed. */
				got_sigint = 0;
				rl_free_line_state();
				rl_crlf();
				rl_replace_line("", 0);
				if (sh->ready)
					mqsc_reader_cancel(&sh->r.rd);
				rl_set_prompt(sh->prompt);
				rl_on_new_line();
				rl_redisplay();
			}
			continue;
		}
		rl_callback_read_char();
	}
	rl_callback_handler_remove();
	complete_free(cands);
	cands = NULL;
}

static void
scripted(struct shell *sh)
{
	char	*line = NULL;
	size_t	 cap = 0;
	ssize_t	 n;

	while (!sh->done && (n = getline(&line, &cap, stdin)) != -1) {
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		if (n > 0 && line[n - 1] == '\r')
			line[--n] = '\0';
		shell_line(sh, line);
	}
	free(line);
	if (!sh->done && shell_store(sh) != NULL)
		runner_step(&sh->r, 1);
}

int
cmd_shell(int argc, char **argv)
{
	const char	*opt[3] = { NULL, NULL, NULL };
	const char	*mp, *base;
	char		*name;
	struct shell	 sh;
	int		 first, rc;

	first = options_parse(argc, argv, shell_options, shell_option, opt,
	    "shell");
	if (first == -1)
		return EXIT_USAGE;
	if (opt[2] != NULL) {
		options_help(stdout, "mqtls shell [-m QMGR | -s PATH]",
		    "Type MQSC commands against a queue manager model, as in "
		    "runmqsc; HELP for help, END to leave.", shell_options);
		return EXIT_OK;
	}
	if (cmd_store_usage(opt[0], opt[1], first < argc, "shell", "") == -1)
		return EXIT_USAGE;
	memset(&sh, 0, sizeof sh);
	sh.qmgr = opt[0];
	sh.path = opt[1];
	if (pthread_create(&sh.loader, NULL, load_store, &sh) == 0)
		sh.loading = 1;
	else
		load_store(&sh);
	the_shell = &sh;
	sh.tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	/* The name for the prompt, before the model is loaded. */
	if (sh.qmgr != NULL)
		name = xstrdup(sh.qmgr);
	else {
		base = strrchr(sh.path, '/');
		name = xstrdup(base != NULL && base[1] != '\0' ? base + 1 :
		    sh.path);
	}
	mp = getenv("MQPROMPT");
	if (mp != NULL)
		sh.prompt = xstrdup(mp);
	else
		xasprintf(&sh.prompt, "%s> ", name);
	xasprintf(&sh.prompt2, "%*s ", (int)strlen(sh.prompt) - 1, "+");
	if (sh.path != NULL)
		xasprintf(&sh.histfile, "%s/history", sh.path);
	else {
		char *dir = store_path_for(sh.qmgr);

		xasprintf(&sh.histfile, "%s/history", dir);
		free(dir);
	}
	sh.src = source_new("<shell>", "", 0);
	printf("Starting MQSC for queue manager %s.\n", name);
	free(name);
	if (sh.tty) {
		using_history();
		read_history(sh.histfile);
		puts("Type HELP for help, END to leave.\n");
		fflush(stdout);
		interactive(&sh);
	} else
		scripted(&sh);
	if (shell_store(&sh) == NULL) {
		source_free(sh.src);
		free(sh.prompt);
		free(sh.prompt2);
		free(sh.histfile);
		return 20;
	}
	rc = runner_summary(&sh.r);
	runner_free(&sh.r);
	if (!sh.r.fatal)
		store_compact(sh.st, 0);
	store_close(sh.st);
	source_free(sh.src);
	free(sh.prompt);
	free(sh.prompt2);
	free(sh.histfile);
	return rc;
}
