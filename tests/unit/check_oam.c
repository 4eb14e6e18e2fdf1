/*
 * check_oam.c - unit tests for the OAM rules (oam.c): generic profile
 * matching ('?', '*', '**'), the profile priority comparator, what the
 * composite authorities stand for per object type, and AUTHLIST
 * rendering.  All tables, one loop test each.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "oam.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

static const struct {
	const char	*profile, *name;
	int		 match;
} match_cases[] = {
	/* Names match themselves only. */
	{ "PAY.IN", "PAY.IN", 1 },
	{ "PAY.IN", "PAY.IN2", 0 },
	{ "PAY.IN", "pay.in", 0 },
	/* '?' is one character, never a '.' and never none. */
	{ "AB.?D", "AB.CD", 1 },
	{ "AB.?D", "AB.D", 0 },
	{ "AB?CD", "AB.CD", 0 },
	/* '*' inside a qualifier: any run, none included, not over '.'. */
	{ "ABC.DE*.JKL", "ABC.DE.JKL", 1 },
	{ "ABC.DE*.JKL", "ABC.DEGH.JKL", 1 },
	{ "ABC*", "ABCDEF", 1 },
	{ "ABC*", "ABCDEF.XYZ", 0 },
	{ "A*C", "ABBBC", 1 },
	{ "A*C", "ABBBD", 0 },
	/* '*' as a whole qualifier: exactly one qualifier. */
	{ "ABC.*.JKL", "ABC.DEF.JKL", 1 },
	{ "ABC.*.JKL", "ABC.JKL", 0 },
	{ "ABC.*.JKL", "ABC.D.E.JKL", 0 },
	{ "*", "ANYTHING", 1 },
	{ "*", "TWO.PARTS", 0 },
	/* '**': zero or more qualifiers, anywhere. */
	{ "**", "A", 1 },
	{ "**", "A.B.C", 1 },
	{ "ABC.**", "ABC.DEF", 1 },
	{ "ABC.**", "ABC.D.E.F", 1 },
	{ "ABC.**", "ABC", 1 },
	{ "ABC.**", "ABCD.E", 0 },
	{ "**.JKL", "ABC.JKL", 1 },
	{ "**.JKL", "JKL", 1 },
	{ "**.JKL", "A.B.JKL", 1 },
	{ "**.JKL", "A.B.JKLM", 0 },
	{ "ABC.**.JKL", "ABC.JKL", 1 },
	{ "ABC.**.JKL", "ABC.D.E.JKL", 1 },
	{ "ABC.**.JKL", "ABD.D.JKL", 0 },
	{ "PAY.**", "PAY", 1 },
	{ "PAY.**", "PAYROLL.IN", 0 },
};

START_TEST(test_match)
{
	int	 got = oam_profile_match(match_cases[_i].profile,
		    match_cases[_i].name);

	ck_assert_msg(got == match_cases[_i].match, "'%s' vs '%s': %d",
	    match_cases[_i].profile, match_cases[_i].name, got);
}
END_TEST

/*
 * a is more specific than b ("Profile priorities"); reading: the answer
 * rests on our tie-breaks, not on IBM's literal-beats-wildcard rule.
 */
static const struct {
	const char	*a, *b;
	int		 reading;
} cmp_cases[] = {
	{ "AB.C*", "AB.*", 0 },		/* IBM's own example */
	{ "PAY.IN", "PAY.*", 0 },	/* a name beats a generic profile */
	{ "PAY.IN", "PAY.**", 0 },
	{ "PAY.*", "PAY.**", 1 },	/* '*' before '**' */
	{ "PAY.?N", "PAY.*", 1 },	/* '?' before '*' */
	{ "A*B", "A*", 1 },		/* longer, equal so far */
	{ "APP.*.IN", "APP.**", 1 },
	{ "X.IN", "*.IN", 0 },
};

START_TEST(test_cmp)
{
	const char *a = cmp_cases[_i].a, *b = cmp_cases[_i].b;

	ck_assert_msg(oam_profile_cmp(a, b) < 0, "'%s' should beat '%s'", a,
	    b);
	ck_assert_msg(oam_profile_cmp(b, a) > 0, "'%s' should lose to '%s'",
	    b, a);
	ck_assert_int_eq(oam_profile_cmp(a, a), 0);
	{
		int r1 = 0, r2 = 0;

		oam_profile_cmp_r(a, b, &r1);
		oam_profile_cmp_r(b, a, &r2);
		ck_assert_msg(r1 == cmp_cases[_i].reading &&
		    r2 == cmp_cases[_i].reading, "'%s' vs '%s': reading "
		    "%d/%d, expected %d", a, b, r1, r2,
		    cmp_cases[_i].reading);
	}
}
END_TEST

/* Composites as single authorities, rendered as DISPLAY shows them. */
static const struct {
	const char		*list;
	enum oam_objtype	 type;
	const char		*shown;
} list_cases[] = {
	{ "ALLMQI", OT_QUEUE, "BROWSE,GET,INQ,PASSALL,PASSID,PUT,SET,SETALL,"
	  "SETID" },
	{ "ALLMQI", OT_QMGR, "ALTUSR,CONNECT,INQ,SET,SETALL,SETID" },
	{ "ALLADM", OT_QUEUE, "CHG,CLR,CRT,DLT,DSP" },
	{ "ALLADM", OT_CHANNEL, "CHG,CRT,CTRL,CTRLX,DLT,DSP" },
	{ "ALL", OT_QMGR, "ALTUSR,CHG,CONNECT,CRT,DLT,DSP,INQ,SET,SETALL,"
	  "SETID,SYSTEM" },
	{ "ALLMQI", OT_TOPIC, "PASSALL,PASSID,PUB,RESUME,SETALL,SETID,SUB" },
	{ "put, get ,Inq", OT_QUEUE, "GET,INQ,PUT" },
	{ "NONE", OT_QUEUE, "NONE" },
	{ "BOGUS,PUT", OT_QUEUE, "PUT" },
	{ "", OT_QUEUE, "NONE" },
};

START_TEST(test_list)
{
	char	 buf[256];

	oam_mask_list(oam_list_mask(list_cases[_i].list, list_cases[_i].type),
	    buf, sizeof buf);
	ck_assert_str_eq(buf, list_cases[_i].shown);
}
END_TEST

START_TEST(test_parse)
{
	oam_mask	 m;

	ck_assert_int_eq(oam_auth_parse("put", OT_QUEUE, &m), 0);
	ck_assert_str_eq(oam_auth_name(m), "put");
	ck_assert(oam_auth_applies(m, OT_QUEUE));
	ck_assert(!oam_auth_applies(m, OT_QMGR));
	ck_assert_int_eq(oam_auth_parse("CONNECT", OT_QUEUE, &m), 0);
	ck_assert(oam_auth_applies(m, OT_QMGR));
	ck_assert(!oam_auth_applies(m, OT_QUEUE));
	ck_assert_int_eq(oam_auth_parse("fly", OT_QUEUE, &m), -1);
	ck_assert_int_eq(oam_auth_parse("", OT_QUEUE, &m), -1);
	ck_assert_int_eq(oam_auth_parse("none", OT_QUEUE, &m), 0);
	ck_assert_int_eq(m, 0);
	ck_assert_ptr_null(oam_auth_name(3));	/* not a single bit */
}
END_TEST

static Suite *
oam_suite(void)
{
	Suite	*s = suite_create("oam");
	TCase	*tc = tcase_create("core");

	tcase_add_loop_test(tc, test_match, 0, (int)NITEMS(match_cases));
	tcase_add_loop_test(tc, test_cmp, 0, (int)NITEMS(cmp_cases));
	tcase_add_loop_test(tc, test_list, 0, (int)NITEMS(list_cases));
	tcase_add_test(tc, test_parse);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner	*sr = srunner_create(oam_suite());
	int	 failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
