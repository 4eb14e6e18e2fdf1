/*
 * cmd-test.c - `mqtls test`: run policy test files and report each
 * expectation as passed or failed, as text for people or JUnit XML for
 * CI (mqtls-test(1)).  The tests themselves are policy.c's.
 *
 * Exit status: 0 every expectation holds, 1 one fails, 2 usage error,
 * 3 a test file or its configuration cannot be used (3 wins over 1).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "options.h"
#include "policy.h"
#include "xmalloc.h"

enum { OPT_FORMAT, OPT_HELP };

static const struct option_def test_options[] = {
	{ "format", 0, "FORMAT", "text or junit (default text)",
	  OPT_FORMAT },
	{ "help", 'h', NULL, "show this help and exit", OPT_HELP },
	{ NULL, 0, NULL, NULL, 0 }
};

#define TEST_USAGE	"mqtls test [--format text|junit] FILE..."

struct test_cli {
	int	 junit, help;
};

static int
test_option(void *arg, int id, const char *optarg)
{
	struct test_cli	*cli = arg;

	switch (id) {
	case OPT_FORMAT:
		if (strcmp(optarg, "text") == 0)
			cli->junit = 0;
		else if (strcmp(optarg, "junit") == 0)
			cli->junit = 1;
		else {
			fprintf(stderr, "mqtls test: --format takes text or "
			    "junit, not '%s'\n", optarg);
			return -1;
		}
		break;
	case OPT_HELP:
		cli->help = 1;
		break;
	}
	return 0;
}

static const char *
outcome_name(enum policy_outcome o)
{
	switch (o) {
	case POL_PASS:
		return "PASS";
	case POL_FAIL:
		return "FAIL";
	default:
		return "ERROR";
	}
}

/* Print text with every line prefixed. */
static void
indent(FILE *f, const char *prefix, const char *text)
{
	const char	*p, *nl;

	for (p = text; *p != '\0'; p = nl + 1) {
		if ((nl = strchr(p, '\n')) == NULL)
			nl = p + strlen(p);
		fprintf(f, "%s%.*s\n", prefix, (int)(nl - p), p);
		if (*nl == '\0')
			break;
	}
}

static void
print_text(FILE *f, const struct policy_run *r)
{
	size_t	 i;

	for (i = 0; i < r->ncases; i++) {
		const struct policy_case *c = &r->cases[i];

		/* A pass is one line; a failure says everything. */
		fprintf(f, "%s:%u:%u: %s: %s\n", r->path, c->line, c->col,
		    outcome_name(c->outcome), c->descr != NULL ? c->descr :
		    c->text);
		if (c->outcome != POL_PASS && c->descr != NULL)
			fprintf(f, "  test:     EXPECT %s\n", c->text);
		if (c->outcome == POL_FAIL) {
			fprintf(f, "  expected: %s\n", c->expected);
			fprintf(f, "  actual:   %s\n", c->actual);
			indent(f, "  | ", c->detail);
		} else if (c->outcome == POL_ERROR)
			fprintf(f, "  error: %s\n", c->detail);
	}
	fprintf(f, "%s: %zu test%s: %u passed, %u failed, %u error%s%s\n",
	    r->path, r->ncases, r->ncases == 1 ? "" : "s", r->passed,
	    r->failed, r->errors, r->errors == 1 ? "" : "s",
	    r->input_error ? " (the file has errors: see above)" : "");
}

/*
 * XML text (attr 0) or attribute value (attr 1): escaped, and bytes XML
 * 1.0 does not allow dropped.
 */
static void
xml_out(FILE *f, const char *s, int attr)
{
	for (; s != NULL && *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '&':
			fputs("&amp;", f);
			break;
		case '<':
			fputs("&lt;", f);
			break;
		case '>':
			fputs("&gt;", f);
			break;
		case '"':
			fputs(attr ? "&quot;" : "\"", f);
			break;
		default:
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
				break;
			fputc(c, f);
		}
	}
}

#define xml(f, s)	xml_out((f), (s), 1)
#define xml_text(f, s)	xml_out((f), (s), 0)

static void
print_junit(FILE *f, struct policy_run *runs, size_t n)
{
	unsigned long	 tests = 0, failures = 0, errors = 0;
	size_t		 i, k;

	for (i = 0; i < n; i++) {
		tests += runs[i].ncases + (runs[i].input_error ? 1 : 0);
		failures += runs[i].failed;
		errors += runs[i].errors + (runs[i].input_error ? 1 : 0);
	}
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
	fprintf(f, "<testsuites name=\"mqtls test\" tests=\"%lu\" "
	    "failures=\"%lu\" errors=\"%lu\">\n", tests, failures, errors);
	for (i = 0; i < n; i++) {
		struct policy_run *r = &runs[i];

		fputs("  <testsuite name=\"", f);
		xml(f, r->path);
		fprintf(f, "\" tests=\"%zu\" failures=\"%u\" errors=\"%u\" "
		    "time=\"%.3f\">\n", r->ncases + (r->input_error ? 1 : 0),
		    r->failed, r->errors + (r->input_error ? 1 : 0),
		    r->seconds);
		if (r->input_error) {
			/* One case stands for the file, so CI sees it. */
			fputs("    <testcase classname=\"", f);
			xml(f, r->path);
			fputs("\" name=\"the test file\" file=\"", f);
			xml(f, r->path);
			fputs("\">\n      <error message=\"the test file or its "
			    "configuration has errors (see the log of mqtls "
			    "test)\"/>\n    </testcase>\n", f);
		}
		for (k = 0; k < r->ncases; k++) {
			const struct policy_case *c = &r->cases[k];

			fputs("    <testcase classname=\"", f);
			xml(f, r->path);
			fprintf(f, "\" name=\"line %u: ", c->line);
			xml(f, c->descr != NULL ? c->descr : c->text);
			fputs("\" file=\"", f);
			xml(f, r->path);
			fprintf(f, "\" line=\"%u\"", c->line);
			if (c->outcome == POL_PASS) {
				fputs("/>\n", f);
				continue;
			}
			fputs(">\n", f);
			if (c->outcome == POL_FAIL) {
				fputs("      <failure message=\"expected ", f);
				xml(f, c->expected);
				fputs(", got ", f);
				xml(f, c->actual);
				fputs("\">", f);
				xml_text(f, c->detail);
				fputs("</failure>\n", f);
			} else {
				fputs("      <error message=\"", f);
				xml(f, c->detail);
				fputs("\"/>\n", f);
			}
			fputs("    </testcase>\n", f);
		}
		fputs("  </testsuite>\n", f);
	}
	fputs("</testsuites>\n", f);
}

int
cmd_test(int argc, char **argv)
{
	struct test_cli		 cli;
	struct policy_run	*runs;
	size_t			 i, n;
	unsigned long		 passed = 0, failed = 0, errors = 0;
	int			 first, rc = EXIT_OK, input = 0;

	memset(&cli, 0, sizeof cli);
	first = options_parse(argc, argv, test_options, test_option, &cli,
	    "test");
	if (first == -1)
		return EXIT_USAGE;
	if (cli.help) {
		options_help(stdout, TEST_USAGE, "Check that a configuration "
		    "lets in, maps and refuses the connections its policy "
		    "tests say.", test_options);
		return EXIT_OK;
	}
	if (first >= argc) {
		fprintf(stderr, "mqtls test: give one or more test files\n"
		    "Try 'mqtls test --help'.\n");
		return EXIT_USAGE;
	}
	n = (size_t)(argc - first);
	runs = xcalloc(n, sizeof *runs);
	for (i = 0; i < n; i++) {
		policy_run_file(argv[first + (int)i], &runs[i]);
		if (!cli.junit)
			print_text(stdout, &runs[i]);
		passed += runs[i].passed;
		failed += runs[i].failed;
		errors += runs[i].errors;
		if (runs[i].input_error || runs[i].errors > 0)
			input = 1;
	}
	if (cli.junit)
		print_junit(stdout, runs, n);
	else if (n > 1)
		printf("total: %lu passed, %lu failed, %lu error%s in %zu "
		    "files\n", passed, failed, errors, errors == 1 ? "" : "s",
		    n);
	if (input)
		rc = EXIT_INPUT;
	else if (failed > 0)
		rc = EXIT_FINDINGS;
	if (fflush(stdout) != 0)
		rc = EXIT_INPUT;
	for (i = 0; i < n; i++)
		policy_run_free(&runs[i]);
	free(runs);
	return rc;
}
