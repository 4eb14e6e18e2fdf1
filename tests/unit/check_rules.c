/*
 * check_rules.c - unit tests for the rule catalogue (rules.h): ids are
 * unique kebab-case, every entry has its texts and a known area, lookups
 * agree with the table order, diag_rule() takes the catalogue's severity,
 * and suggestions find near misses.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "rules.h"

static int
kebab(const char *s)
{
	size_t	 i;

	if (s[0] < 'a' || s[0] > 'z')
		return 0;
	for (i = 1; s[i] != '\0'; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
		if (s[i] == '-' && (s[i - 1] == '-' || s[i + 1] == '\0'))
			return 0;
	}
	return 1;
}

START_TEST(test_entries)
{
	const struct rule_info	*r;
	size_t			 i, j, n = rule_count(), len;

	ck_assert_uint_gt(n, 40);
	for (i = 0; i < n; i++) {
		r = rule_at(i);
		ck_assert_ptr_nonnull(r);
		ck_assert_msg(kebab(r->id), "%s: not kebab-case", r->id);
		ck_assert_ptr_nonnull(r->area);
		ck_assert_msg(kebab(r->area), "%s: bad area", r->id);
		ck_assert_ptr_nonnull(r->summary);
		ck_assert_ptr_nonnull(r->why);
		ck_assert_ptr_nonnull(r->fix);
		len = strlen(r->summary);
		ck_assert_msg(len > 0 && r->summary[len - 1] != '.',
		    "%s: summary ends with a period", r->id);
		ck_assert_msg(strlen(r->why) > 20 && strlen(r->fix) > 10,
		    "%s: why or fix missing", r->id);
		ck_assert_msg((int)r->sev >= 0 && r->sev < DIAG_NSEVERITY,
		    "%s: bad severity", r->id);
		ck_assert_ptr_eq(rule_find(r->id), r);
		ck_assert_int_eq(rule_index(r->id), (long)i);
		ck_assert_int_eq(rule_severity(r->id), r->sev);
		ck_assert(rule_area_known(r->area));
		for (j = 0; j < i; j++)
			ck_assert_msg(strcmp(rule_at(j)->id, r->id) != 0,
			    "%s: listed twice", r->id);
	}
	ck_assert_ptr_null(rule_at(n));
	ck_assert_ptr_null(rule_find("no-such-rule"));
	ck_assert_ptr_null(rule_find(NULL));
	ck_assert_int_eq(rule_index("no-such-rule"), -1);
	ck_assert_int_eq(rule_severity("no-such-rule"), DIAG_ERROR);
	ck_assert(!rule_area_known("no-such-area"));
}
END_TEST

START_TEST(test_severities)
{
	/* The severities the code had before the catalogue. */
	ck_assert_int_eq(rule_severity("case-folded"), DIAG_NOTE);
	ck_assert_int_eq(rule_severity("store-torn-write"), DIAG_WARNING);
	ck_assert_int_eq(rule_severity("unknown-keyword"), DIAG_ERROR);
	ck_assert_int_eq(rule_severity("deprecated-cipherspec"), DIAG_ERROR);
}
END_TEST

START_TEST(test_diag_rule)
{
	struct diag_list	 dl;
	struct diag		*d;

	diag_list_init(&dl);
	d = diag_rule(&dl, "case-folded", NULL, "x %d", 1);
	ck_assert_int_eq(d->sev, DIAG_NOTE);
	ck_assert_str_eq(d->message, "x 1");
	ck_assert_uint_eq(dl.count[DIAG_NOTE], 1);
	d = diag_rule(&dl, "suppression-unused", NULL, "y");
	ck_assert_int_eq(d->sev, DIAG_WARNING);
	diag_list_clear(&dl);
}
END_TEST

START_TEST(test_suggest)
{
	ck_assert_str_eq(rule_suggest("unknwn-keyword", 0), "unknown-keyword");
	ck_assert_str_eq(rule_suggest("case-folder", 0), "case-folded");
	ck_assert_str_eq(rule_suggest("mqs", 1), "mqsc");
	ck_assert_ptr_null(rule_suggest("zzzzzzzz", 1));
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("rules");
	TCase	*tc = tcase_create("core");
	SRunner	*sr;
	int	 failed;

	tcase_add_test(tc, test_entries);
	tcase_add_test(tc, test_severities);
	tcase_add_test(tc, test_diag_rule);
	tcase_add_test(tc, test_suggest);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
