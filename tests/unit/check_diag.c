/*
 * check_diag.c - unit tests for diagnostic records and their rendering:
 * the text layout editors parse (file:line:col: severity: message [rule]),
 * the caret line (tabs kept so it lines up), spans that run past the end
 * of a line, JSON escaping and positions, severity names, ordering.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "source.h"

static char *
render(const struct diag *d, int json)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*f = open_memstream(&buf, &len);

	if (json)
		diag_render_json(f, d);
	else
		diag_render_text(f, d, 0);
	fclose(f);
	return buf;
}

START_TEST(test_text_caret)
{
	struct source		*src;
	struct diag_list	 dl;
	struct diag_loc		 loc;
	char			*out;
	static const char	 text[] = "DEFINE QLOCAL(A)\n\tMAXDEPTH(x)\n";

	src = source_new("f.mqsc", text, sizeof text - 1);
	diag_list_init(&dl);
	loc.src = src;
	loc.start = 17 + 1 + 9;		/* the x */
	loc.end = loc.start + 1;
	diag_add(&dl, DIAG_ERROR, "invalid-value", &loc, "bad %s", "value");
	out = render(dl.v[0], 0);
	ck_assert_str_eq(out,
	    "f.mqsc:2:11: error: bad value [invalid-value]\n"
	    "\tMAXDEPTH(x)\n"
	    "\t         ^\n");
	free(out);
	diag_list_clear(&dl);
	source_free(src);
}
END_TEST

START_TEST(test_text_span_and_related)
{
	struct source		*src;
	struct diag_list	 dl;
	struct diag_loc		 loc, rel;
	struct diag		*d;
	char			*out;
	static const char	 text[] = "ALTER QMGR SSLCIPHER(X) +\n  MORE\n";

	src = source_new("g.mqsc", text, sizeof text - 1);
	diag_list_init(&dl);
	loc.src = src;
	loc.start = 11;
	loc.end = 20;			/* SSLCIPHER */
	d = diag_add(&dl, DIAG_WARNING, "r", &loc, "m");
	rel.src = src;
	rel.start = 28;			/* MORE, spanning to the end */
	rel.end = 60;
	diag_relate(d, &rel, "see %s", "here");
	out = render(d, 0);
	ck_assert_str_eq(out,
	    "g.mqsc:1:12: warning: m [r]\n"
	    "ALTER QMGR SSLCIPHER(X) +\n"
	    "           ^~~~~~~~~\n"
	    "g.mqsc:2:3: note: see here\n"
	    "  MORE\n"
	    "  ^~~~\n");
	free(out);
	diag_list_clear(&dl);
	source_free(src);
}
END_TEST

START_TEST(test_json)
{
	struct source		*src;
	struct diag_list	 dl;
	struct diag_loc		 loc;
	char			*out;
	static const char	 text[] = "A\nBCD\n";

	src = source_new("dir/\"q\".mqsc", text, sizeof text - 1);
	diag_list_init(&dl);
	loc.src = src;
	loc.start = 2;
	loc.end = 5;
	diag_add(&dl, DIAG_NOTE, "case-folded", &loc, "tab\there \"q\" \\ \x01"
	    " \xff");
	out = render(dl.v[0], 1);
	ck_assert_str_eq(out,
	    "{\"file\": \"dir/\\\"q\\\".mqsc\", \"line\": 2, \"column\": 1, "
	    "\"end_line\": 2, \"end_column\": 4, \"severity\": \"note\", "
	    "\"rule\": \"case-folded\", \"message\": \"tab\\there \\\"q\\\" "
	    "\\\\ \\u0001 \\ufffd\"}");
	free(out);
	diag_list_clear(&dl);
	source_free(src);
}
END_TEST

START_TEST(test_no_location)
{
	struct diag_list	 dl;
	char			*out;

	diag_list_init(&dl);
	diag_add(&dl, DIAG_ERROR, NULL, NULL, "cannot open x");
	out = render(dl.v[0], 0);
	ck_assert_str_eq(out, "mqtls: error: cannot open x\n");
	free(out);
	ck_assert_uint_eq(dl.count[DIAG_ERROR], 1);
	diag_list_clear(&dl);
	ck_assert_uint_eq(dl.n, 0);
}
END_TEST

START_TEST(test_sort_and_severity)
{
	struct source		*src;
	struct diag_list	 dl;
	struct diag_loc		 loc;
	enum diag_severity	 sev;

	src = source_new("s", "abcdef", 6);
	diag_list_init(&dl);
	loc.src = src;
	loc.start = 4;
	loc.end = 5;
	diag_add(&dl, DIAG_ERROR, "b", &loc, "later");
	loc.start = 1;
	diag_add(&dl, DIAG_ERROR, "a", &loc, "earlier");
	diag_add(&dl, DIAG_NOTE, "c", &loc, "same place, added last");
	diag_list_sort(&dl);
	ck_assert_str_eq(dl.v[0]->rule, "a");
	ck_assert_str_eq(dl.v[1]->rule, "c");
	ck_assert_str_eq(dl.v[2]->rule, "b");
	ck_assert_int_eq(diag_severity_parse("warning", &sev), 0);
	ck_assert_int_eq(sev, DIAG_WARNING);
	ck_assert_int_eq(diag_severity_parse("fatal", &sev), -1);
	ck_assert_str_eq(diag_severity_name(DIAG_NOTE), "note");
	diag_list_clear(&dl);
	source_free(src);
}
END_TEST

START_TEST(test_linecol)
{
	struct source	*src;
	unsigned	 line, col;
	size_t		 len;
	const char	*l;

	src = source_new("s", "ab\r\ncd\n\nef", 10);
	source_linecol(src, 0, &line, &col);
	ck_assert_uint_eq(line, 1);
	ck_assert_uint_eq(col, 1);
	source_linecol(src, 5, &line, &col);
	ck_assert_uint_eq(line, 2);
	ck_assert_uint_eq(col, 2);
	source_linecol(src, 10, &line, &col);
	ck_assert_uint_eq(line, 4);
	ck_assert_uint_eq(col, 3);
	l = source_line(src, 1, &len);
	ck_assert_uint_eq(len, 2);
	ck_assert_int_eq(memcmp(l, "ab", 2), 0);
	source_line(src, 3, &len);
	ck_assert_uint_eq(len, 0);
	/* Appending extends the index (the shell does this). */
	source_append(src, "\ngh", 3);
	source_linecol(src, 12, &line, &col);
	ck_assert_uint_eq(line, 5);
	ck_assert_uint_eq(col, 2);
	source_free(src);
}
END_TEST

static char *
render_with(void (*fn)(FILE *, const struct diag *), const struct diag *d)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*f = open_memstream(&buf, &len);

	fn(f, d);
	fclose(f);
	return buf;
}

START_TEST(test_gcc)
{
	struct source		*src;
	struct diag_list	 dl;
	struct diag_loc		 loc, rel;
	struct diag		*d;
	char			*out;
	static const char	 text[] = "A B\nC D\n";

	src = source_new("f.mqsc", text, sizeof text - 1);
	diag_list_init(&dl);
	loc.src = src;
	loc.start = 6;
	loc.end = 7;
	rel.src = src;
	rel.start = 2;
	rel.end = 3;
	d = diag_add(&dl, DIAG_WARNING, "duplicate-keyword", &loc, "twice");
	diag_relate(d, &rel, "first here");
	out = render_with(diag_render_gcc, d);
	ck_assert_str_eq(out,
	    "f.mqsc:2:3: warning: twice [duplicate-keyword]\n"
	    "f.mqsc:1:3: note: first here\n");
	free(out);
	diag_list_clear(&dl);
	source_free(src);
}
END_TEST

/* GitHub workflow commands: %, CR, LF everywhere; ':' ',' in properties. */
START_TEST(test_github_escaping)
{
	struct source		*src;
	struct diag_list	 dl;
	struct diag_loc		 loc;
	char			*out;
	static const char	 text[] = "DEFINE QLOCAL(A)\nX YZ\n";

	src = source_new("dir,1/a:b%.mqsc", text, sizeof text - 1);
	diag_list_init(&dl);
	loc.src = src;
	loc.start = 19;
	loc.end = 21;
	diag_add(&dl, DIAG_NOTE, "case-folded", &loc,
	    "50%% done,\r\nnext: line");
	out = render_with(diag_render_github, dl.v[0]);
	ck_assert_str_eq(out, "::notice file=dir%2C1/a%3Ab%25.mqsc,line=2,"
	    "endLine=2,col=3,endColumn=4,title=case-folded::"
	    "50%25 done,%0D%0Anext: line\n");
	free(out);
	/* A span over two lines: no endColumn. */
	dl.v[0]->loc.start = 7;
	dl.v[0]->sev = DIAG_ERROR;
	out = render_with(diag_render_github, dl.v[0]);
	ck_assert_str_eq(out, "::error file=dir%2C1/a%3Ab%25.mqsc,line=1,"
	    "endLine=2,col=8,title=case-folded::"
	    "50%25 done,%0D%0Anext: line\n");
	free(out);
	diag_list_clear(&dl);
	source_free(src);
}
END_TEST

/* Reformatting a command does not change its hash; its content does. */
START_TEST(test_text_hash)
{
	unsigned long long	 a, b, c, d;

	a = diag_text_hash("DEFINE QLOCAL(A) DESCR('x  y')", 30);
	b = diag_text_hash("define  qlocal(a),descr('x  y') ", 32);
	c = diag_text_hash("DEFINE QLOCAL(A) DESCR('X  Y')", 30);
	d = diag_text_hash("DEFINE QLOCAL(A) DESCR('x y')", 29);
	ck_assert(a == b);
	ck_assert(a != c);
	ck_assert(a != d);
	ck_assert(diag_text_hash("", 0) != 0);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("diag");
	TCase	*tc = tcase_create("core");
	SRunner	*sr;
	int	 failed;

	tcase_add_test(tc, test_text_caret);
	tcase_add_test(tc, test_text_span_and_related);
	tcase_add_test(tc, test_json);
	tcase_add_test(tc, test_no_location);
	tcase_add_test(tc, test_sort_and_severity);
	tcase_add_test(tc, test_linecol);
	tcase_add_test(tc, test_gcc);
	tcase_add_test(tc, test_github_escaping);
	tcase_add_test(tc, test_text_hash);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
