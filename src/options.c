/*
 * options.c - getopt_long() driven by an option table, and --help printed
 * from the same table (nftables does this with nft_options[]).
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "options.h"
#include "xmalloc.h"

int
options_parse(int argc, char **argv, const struct option_def *defs,
    int (*fn)(void *, int, const char *), void *arg, const char *cmdname)
{
	struct option	*lo;
	char		*so, *p;
	size_t		 n, i;
	int		 c, idx;

	for (n = 0; defs[n].lname != NULL; n++)
		;
	lo = xcalloc(n + 1, sizeof *lo);
	so = xmalloc(2 * n + 3);
	p = so;
	*p++ = '+';		/* stop at the first operand */
	*p++ = ':';		/* report a missing argument as ':' */
	for (i = 0; i < n; i++) {
		lo[i].name = defs[i].lname;
		lo[i].has_arg = defs[i].argname != NULL ? required_argument :
		    no_argument;
		lo[i].val = 256 + (int)i;
		if (defs[i].sname != 0) {
			*p++ = (char)defs[i].sname;
			if (defs[i].argname != NULL)
				*p++ = ':';
		}
	}
	*p = '\0';
	optind = 1;
	opterr = 0;
	for (;;) {
		idx = -1;
		c = getopt_long(argc, argv, so, lo, &idx);
		if (c == -1)
			break;
		if (c == '?' || c == ':') {
			if (optopt >= 256)
				fprintf(stderr, "mqtls %s: option --%s %s\n",
				    cmdname, defs[optopt - 256].lname,
				    c == ':' ? "needs an argument" :
				    "takes no argument");
			else if (optopt != 0)
				fprintf(stderr, "mqtls %s: %s -%c\n", cmdname,
				    c == ':' ? "missing argument for" :
				    "unknown option", optopt);
			else
				fprintf(stderr, "mqtls %s: unknown option "
				    "%s\n", cmdname, argv[optind - 1]);
			fprintf(stderr, "Try 'mqtls %s --help'.\n", cmdname);
			goto fail;
		}
		if (c >= 256)
			i = (size_t)(c - 256);
		else {
			for (i = 0; i < n && defs[i].sname != c; i++)
				;
		}
		if (fn(arg, defs[i].id, optarg) == -1)
			goto fail;
	}
	free(lo);
	free(so);
	return optind;
fail:
	free(lo);
	free(so);
	return -1;
}

void
options_help(FILE *f, const char *usage, const char *about,
    const struct option_def *defs)
{
	fprintf(f, "usage: %s\n", usage);
	if (about != NULL)
		fprintf(f, "%s\n", about);
	fputs("\nOptions:\n", f);
	options_list(f, defs);
}

void
options_list(FILE *f, const struct option_def *defs)
{
	const struct option_def	*d;
	char			 left[64];

	for (d = defs; d->lname != NULL; d++) {
		snprintf(left, sizeof left, "%c%c%s--%s%s%s",
		    d->sname ? '-' : ' ', d->sname ? d->sname : ' ',
		    d->sname ? ", " : "  ", d->lname,
		    d->argname ? " " : "", d->argname ? d->argname : "");
		fprintf(f, "  %-28s %s\n", left, d->help);
	}
}

int
options_format(const char *arg, int *json, const char *cmdname)
{
	if (strcmp(arg, "json") == 0)
		*json = 1;
	else if (strcmp(arg, "text") == 0)
		*json = 0;
	else {
		fprintf(stderr, "mqtls %s: --format takes text or json, not "
		    "'%s'\n", cmdname, arg);
		return -1;
	}
	return 0;
}
