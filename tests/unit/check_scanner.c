/*
 * check_scanner.c - unit tests for the MQSC front end: how lines become
 * commands (mqsc-reader.c), how commands become items and values
 * (grammar/), and where every token is reported (locations that survive
 * continuations).  Each rule of mqsc.md section 1 has a case here.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "mqsc-parse.h"
#include "mqsc-reader.h"
#include "source.h"
#include "template.h"

/*
 * Parse all of text; render each command as "VERB OBJ(NAME) KW(v1|v2)"
 * with quoted values in quotes, commands separated by " ; ".  Syntax
 * errors appear as "!rule@line:col".
 */
struct run {
	char		 out[4096];
	struct diag_list dl;
	struct source	*src;
	struct ast_span	 spans[64];	/* keyword spans, in order */
	size_t		 nspans;
	unsigned long	 ncmds;
};

static void
put(struct run *r, const char *s, size_t n)
{
	size_t	 len = strlen(r->out);

	if (len + n + 1 < sizeof r->out) {
		memcpy(r->out + len, s, n);
		r->out[len + n] = '\0';
	}
}

static void
puts_(struct run *r, const char *s)
{
	put(r, s, strlen(s));
}

static void
run_text(struct run *r, const char *text, size_t len, int templates,
    const char *define)
{
	struct mqsc_reader	 rd;
	struct mqsc_parser	 ps;
	struct ast_command	*c;
	struct ast_item		*it;
	struct tmpl_defs	 defs = { NULL, 0 };
	size_t			 i, k;
	char			 buf[64];
	unsigned		 line, col;

	memset(r, 0, sizeof *r);
	diag_list_init(&r->dl);
	r->src = source_new("t.mqsc", text, len);
	if (define != NULL)
		tmpl_define(&defs, define);
	mqsc_reader_init(&rd, r->src, &r->dl, &defs);
	mqsc_parser_init(&ps, templates);
	while (mqsc_reader_next(&rd, 1)) {
		if (r->ncmds++ > 0)
			puts_(r, " ; ");
		c = mqsc_parse(&ps, &rd.cmd, r->src, &r->dl);
		if (c == NULL) {
			puts_(r, "<error>");
			continue;
		}
		for (it = c->items, k = 0; it != NULL; it = it->next, k++) {
			if (k > 0)
				puts_(r, " ");
			put(r, it->kw, it->kwlen);
			if (r->nspans < 64)
				r->spans[r->nspans++] = it->kwspan;
			if (!it->parens)
				continue;
			puts_(r, "(");
			for (i = 0; i < it->nvalues; i++) {
				const struct ast_value *v = &it->values[i];

				if (i > 0)
					puts_(r, "|");
				if (v->flags & AV_QUOTED)
					puts_(r, "'");
				put(r, v->s, v->len);
				if (v->flags & AV_QUOTED)
					puts_(r, "'");
				if (v->flags & AV_TEMPLATE)
					puts_(r, "{T}");
			}
			puts_(r, ")");
		}
	}
	for (i = 0; i < r->dl.n; i++) {
		source_linecol(r->src, r->dl.v[i]->loc.start, &line, &col);
		snprintf(buf, sizeof buf, " !%s@%u:%u", r->dl.v[i]->rule,
		    line, col);
		puts_(r, buf);
	}
	mqsc_parser_free(&ps);
	mqsc_reader_free(&rd);
	tmpl_free(&defs);
}

static void
run_free(struct run *r)
{
	diag_list_clear(&r->dl);
	source_free(r->src);
}

struct parse_case {
	const char	*in;
	const char	*want;
};

/* mqsc.md section 1, rule by rule. */
static const struct parse_case cases[] = {
	/* 1.3 case folding outside quotes, kept inside */
	{ "define ql(queue1) descr('Mixed Case')\n",
	  "DEFINE QL(QUEUE1) DESCR('Mixed Case')" },
	/* 1.4 '' inside quotes is one quote */
	{ "ALTER QMGR DESCR('It''s here')\n",
	  "ALTER QMGR DESCR('It's here')" },
	{ "ALTER QMGR DESCR('')\n", "ALTER QMGR DESCR('')" },
	/* 1.2 commas equal blanks, several count as one */
	{ "SET AUTHREC AUTHADD(PUT,GET, INQ ,,BROWSE)\n",
	  "SET AUTHREC AUTHADD(PUT|GET|INQ|BROWSE)" },
	{ "DEFINE,QLOCAL(A),,MAXDEPTH(5)\n",
	  "DEFINE QLOCAL(A) MAXDEPTH(5)" },
	/* 1.2 blanks before and inside parentheses */
	{ "DEFINE CHL (X) CHLTYPE ( SVRCONN )\n",
	  "DEFINE CHL(X) CHLTYPE(SVRCONN)" },
	{ "ALTER QLOCAL ('Account' )      TRIGDPTH ( 1)\n",
	  "ALTER QLOCAL('Account') TRIGDPTH(1)" },
	/* tabs are blanks */
	{ "DEFINE\tQLOCAL(A)\tMAXDEPTH(5)\n", "DEFINE QLOCAL(A) MAXDEPTH(5)" },
	/* 1.6 '+' continuation drops the next line's leading blanks */
	{ "DEFINE QLOCAL(A) +\n     MAXDEPTH(5)\n",
	  "DEFINE QLOCAL(A) MAXDEPTH(5)" },
	/* ... even inside a quoted string */
	{ "ALTER QMGR DESCR('Fr+\n   ed')\n", "ALTER QMGR DESCR('Fred')" },
	/* '-' continuation keeps column 1 on */
	{ "ALTER QMGR DESCR('Fr-\ned')\n", "ALTER QMGR DESCR('Fred')" },
	{ "ALTER QMGR DESCR('Fr-\n  ed')\n", "ALTER QMGR DESCR('Fr  ed')" },
	/* ... and in the middle of a keyword */
	{ "ALTER QMGR MAXMS+\n   GL(100)\n", "ALTER QMGR MAXMSGL(100)" },
	/* and inside a list */
	{ "SET AUTHREC AUTHADD(PUT,+\n   GET)\n", "SET AUTHREC AUTHADD(PUT|GET)" },
	/* without a blank before '+', parameters are glued */
	{ "DEFINE QLOCAL(A) REPLACE+\n  DESCR('x')\n",
	  "DEFINE QLOCAL(A) REPLACEDESCR('x')" },
	/* '+' inside a value is not a continuation */
	{ "DEFINE SERVICE(S) STARTARG(+QMNAME+)          +\n  CONTROL(QMGR)\n",
	  "DEFINE SERVICE(S) STARTARG(+QMNAME+) CONTROL(QMGR)" },
	/* comment and blank lines inside a continued command (dmpmqcfg) */
	{ "DEFINE QLOCAL(A) +\n*  ALTDATE(2026-01-01) +\n\n   MAXDEPTH(5)\n",
	  "DEFINE QLOCAL(A) MAXDEPTH(5)" },
	/* '*' only in column 1 makes a comment */
	{ "* comment\n  * not a comment\n", "* NOT A COMMENT" },
	/* ';' ends a command, even after a continuation */
	{ "DEFINE QLOCAL(A) +\n;\nDEFINE QLOCAL(B)\n",
	  "DEFINE QLOCAL(A) ; DEFINE QLOCAL(B)" },
	{ "DEFINE QLOCAL(A); DEFINE QLOCAL(B)\n",
	  "DEFINE QLOCAL(A) ; DEFINE QLOCAL(B)" },
	{ "ALTER QMGR DESCR('a;b');\n", "ALTER QMGR DESCR('a;b')" },
	/* CRLF and a missing final newline */
	{ "DEFINE QLOCAL(A) +\r\n  MAXDEPTH(5)\r\nDEFINE QLOCAL(B)",
	  "DEFINE QLOCAL(A) MAXDEPTH(5) ; DEFINE QLOCAL(B)" },
	/* UTF-8 in comments and quoted strings */
	{ "* \xc2\xa9 Copyright\nALTER QMGR DESCR('caf\xc3\xa9')\n",
	  "ALTER QMGR DESCR('caf\xc3\xa9')" },
	/* generic names */
	{ "DISPLAY CHANNEL(APP.*) ALL\n", "DISPLAY CHANNEL(APP.*) ALL" },
	{ "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN')\n",
	  "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN')" },
	/* nested parentheses in an unquoted value */
	{ "DEFINE CHANNEL(X) CHLTYPE(SDR) CONNAME(host(1414),h2(1415))\n",
	  "DEFINE CHANNEL(X) CHLTYPE(SDR) CONNAME(HOST(1414)|H2(1415))" },
	/* double quotes are ordinary characters */
	{ "ALTER QMGR DESCR(\"x\")\n", "ALTER QMGR DESCR(\"X\")" },
	/* blank lines and empty input give no command */
	{ "\n\n   \n", "" },
	{ "", "" },
	/* errors, then the next command is still read */
	{ "DEFINE QLOCAL(A) DESCR('open\nDEFINE QLOCAL(B)\n",
	  "<error> ; DEFINE QLOCAL(B) !unterminated-string@1:24" },
	{ "DEFINE QLOCAL(A\nDEFINE QLOCAL(B)\n",
	  "<error> ; DEFINE QLOCAL(B) !unbalanced-parenthesis@1:14" },
	{ "DEFINE QLOCAL(A))\n", "<error> !unbalanced-parenthesis@1:17" },
	{ "DEFINE QLOCAL(A) +\n", "DEFINE QLOCAL(A) !continuation-at-eof@1:18" },
	{ "'DEFINE' QLOCAL(A)\n", "<error> !syntax@1:1" },
};

START_TEST(test_parse_cases)
{
	const struct parse_case	*c = &cases[_i];
	struct run		 r;

	run_text(&r, c->in, strlen(c->in), 0, NULL);
	ck_assert_msg(strcmp(r.out, c->want) == 0,
	    "input %d:\n%s\nwant: %s\ngot:  %s", _i, c->in, c->want, r.out);
	run_free(&r);
}
END_TEST

/* Locations point at the physical text, across continuations. */
START_TEST(test_locations)
{
	static const char in[] =
	    "DEFINE QLOCAL(A) +\n"
	    "*  ALTDATE(2026-01-01) +\n"
	    "\n"
	    "     MAXDEPTH(5) -\n"
	    "DESCR('x')\n";
	struct run	 r;
	unsigned	 line, col;

	run_text(&r, in, strlen(in), 0, NULL);
	ck_assert_uint_eq(r.nspans, 4);
	source_linecol(r.src, r.spans[2].start, &line, &col);
	ck_assert_uint_eq(line, 4);
	ck_assert_uint_eq(col, 6);
	source_linecol(r.src, r.spans[3].start, &line, &col);
	ck_assert_uint_eq(line, 5);
	ck_assert_uint_eq(col, 1);
	ck_assert_uint_eq(r.spans[3].end - r.spans[3].start, 5);
	run_free(&r);
}
END_TEST

/* A keyword split by a continuation spans both physical pieces. */
START_TEST(test_location_split_word)
{
	static const char in[] = "ALTER QMGR MAXMS+\n   GL(100)\n";
	struct run	 r;
	unsigned	 line, col;

	run_text(&r, in, strlen(in), 0, NULL);
	ck_assert_uint_eq(r.nspans, 3);
	source_linecol(r.src, r.spans[2].start, &line, &col);
	ck_assert_uint_eq(line, 1);
	ck_assert_uint_eq(col, 12);
	source_linecol(r.src, r.spans[2].end - 1, &line, &col);
	ck_assert_uint_eq(line, 2);
	ck_assert_uint_eq(col, 5);
	run_free(&r);
}
END_TEST

START_TEST(test_line_too_long)
{
	char		*in;
	struct run	 r;
	size_t		 n = 2100;

	in = malloc(n + 2);
	memset(in, 'A', n);
	in[n] = '\n';
	in[n + 1] = '\0';
	run_text(&r, in, n + 1, 0, NULL);
	ck_assert_ptr_nonnull(strstr(r.out, "!line-too-long@1:2049"));
	run_free(&r);
	free(in);
	/* Exactly 2048 bytes is fine. */
	in = malloc(2050);
	memset(in, 'A', 2048);
	in[2048] = '\n';
	run_text(&r, in, 2049, 0, NULL);
	ck_assert_ptr_null(strstr(r.out, "line-too-long"));
	run_free(&r);
	free(in);
}
END_TEST

START_TEST(test_nul_byte)
{
	static const char in[] = "DEFINE QLOCAL(A)\0 MAXDEPTH(5)\nDEFINE QLOCAL(B)\n";
	struct run	 r;

	run_text(&r, in, sizeof in - 1, 0, NULL);
	ck_assert_str_eq(r.out, "DEFINE QLOCAL(A) MAXDEPTH(5) ; DEFINE QLOCAL(B) "
	    "!nul-byte@1:17");
	run_free(&r);
}
END_TEST

START_TEST(test_templates)
{
	static const char in[] =
	    "ALTER QMGR SSLKEYR('{{ .SSLKeyR }}') SSLFIPS({{ .SSLFips }})\n"
	    "DEFINE QLOCAL(${Q}) MAXDEPTH($DEPTH) DESCR('<WHAT>')\n";
	struct run	 r;

	run_text(&r, in, sizeof in - 1, 1, NULL);
	ck_assert_str_eq(r.out,
	    "ALTER QMGR SSLKEYR('{{ .SSLKeyR }}'{T}) "
	    "SSLFIPS({{ .SSLFIPS }}{T}) ; "
	    "DEFINE QLOCAL(${Q}{T}) MAXDEPTH($DEPTH{T}) DESCR('<WHAT>'{T})");
	run_free(&r);
	/* Without --templates the braces are ordinary words. */
	run_text(&r, in, sizeof in - 1, 0, NULL);
	ck_assert_ptr_nonnull(strstr(r.out, "SSLFIPS({{|.SSLFIPS|}})"));
	run_free(&r);
}
END_TEST

START_TEST(test_define_substitution)
{
	static const char in[] = "DEFINE QLOCAL(${Q}) DESCR('for {{ .Values.Q }}')\n";
	struct run	 r;
	unsigned	 line, col;

	run_text(&r, in, sizeof in - 1, 1, "Q=APP.IN");
	ck_assert_str_eq(r.out, "DEFINE QLOCAL(APP.IN) DESCR('for APP.IN')");
	/* The substituted keyword after it still points at the file. */
	source_linecol(r.src, r.spans[2].start, &line, &col);
	ck_assert_uint_eq(col, 21);
	run_free(&r);
}
END_TEST

/* The shell feeds lines one at a time. */
START_TEST(test_incremental)
{
	struct diag_list	 dl;
	struct source		*src;
	struct mqsc_reader	 rd;

	diag_list_init(&dl);
	src = source_new("<shell>", "", 0);
	mqsc_reader_init(&rd, src, &dl, NULL);
	source_append(src, "DEFINE QLOCAL(A) +\n", 19);
	ck_assert_int_eq(mqsc_reader_next(&rd, 0), 0);
	ck_assert_int_eq(mqsc_reader_pending(&rd), 1);
	source_append(src, "  MAXDEPTH(5)\n", 14);
	ck_assert_int_eq(mqsc_reader_next(&rd, 0), 1);
	ck_assert_int_eq(mqsc_reader_pending(&rd), 0);
	ck_assert_int_eq((int)rd.cmd.len, 28);
	source_append(src, "DEFINE QLOCAL(B) +\n", 19);
	ck_assert_int_eq(mqsc_reader_next(&rd, 0), 0);
	mqsc_reader_cancel(&rd);
	ck_assert_int_eq(mqsc_reader_pending(&rd), 0);
	source_append(src, "END\n", 4);
	ck_assert_int_eq(mqsc_reader_next(&rd, 0), 1);
	ck_assert_int_eq((int)rd.cmd.len, 3);
	mqsc_reader_free(&rd);
	source_free(src);
	diag_list_clear(&dl);
}
END_TEST

static Suite *
scanner_suite(void)
{
	Suite	*s = suite_create("scanner");
	TCase	*tc = tcase_create("core");

	tcase_add_loop_test(tc, test_parse_cases, 0,
	    (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, test_locations);
	tcase_add_test(tc, test_location_split_word);
	tcase_add_test(tc, test_line_too_long);
	tcase_add_test(tc, test_nul_byte);
	tcase_add_test(tc, test_templates);
	tcase_add_test(tc, test_define_substitution);
	tcase_add_test(tc, test_incremental);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner	*sr = srunner_create(scanner_suite());
	int	 failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
