/*
 * check_dn.c - unit tests for dn.c (SSLPEER/SSLCERTI filters, DN parsing
 * and rendering, MQ's matching rules) and cert.c (certificates read with
 * GnuTLS, verification against a CA file).
 *
 * Most tests are tables run with tcase_add_loop_test: one row per case,
 * with the exact error offset for rejected filters and the exact rendering
 * for accepted ones.  The certificate tests build a small PKI with
 * certtool in a temporary directory (nothing is committed) and are left
 * out, with a note, when certtool is not installed.
 */
#include "config.h"

#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "cert.h"
#include "dn.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * Helpers.
 */

static void
parse_ok(const char *s, struct dn_filter *f)
{
	struct dn_error	err;

	memset(&err, 0, sizeof err);
	ck_assert_msg(dn_filter_parse(s, strlen(s), f, &err) == 0,
	    "filter '%s' rejected at %zu: %s", s, err.offset, err.message);
}

static void
dn_ok(const char *s, struct dn *d)
{
	struct dn_error	err;

	memset(&err, 0, sizeof err);
	ck_assert_msg(dn_from_rfc4514(s, strlen(s), d, &err) == 0,
	    "DN '%s' rejected at %zu: %s", s, err.offset, err.message);
}

static void
assert_contains(const char *haystack, const char *needle, const char *what)
{
	ck_assert_msg(haystack != NULL && strstr(haystack, needle) != NULL,
	    "%s: '%s' does not contain '%s'", what,
	    haystack != NULL ? haystack : "(null)", needle);
}

/*
 * Type names.
 */

START_TEST(test_type_names)
{
	enum dn_type	t;
	size_t		i;

	for (i = 1; i < dn_ntype_names; i++) {
		ck_assert_msg(strcmp(dn_type_names[i - 1].name,
		    dn_type_names[i].name) < 0, "dn_type_names not sorted at "
		    "%s", dn_type_names[i].name);
	}
	for (i = 0; i < dn_ntype_names; i++) {
		ck_assert_int_eq(dn_type_lookup(dn_type_names[i].name,
		    strlen(dn_type_names[i].name), &t), 0);
		ck_assert_int_eq(t, dn_type_names[i].type);
	}
	/* Every type has a keyword that is itself a name for it. */
	for (t = DN_T_SERIALNUMBER; t < DN_NTYPES; t++) {
		enum dn_type	back;

		ck_assert_int_eq(dn_type_lookup(dn_type_name(t),
		    strlen(dn_type_name(t)), &back), 0);
		ck_assert_int_eq(back, t);
	}
	ck_assert_int_eq(dn_type_lookup("cn", 2, &t), -1);
	ck_assert_int_eq(dn_type_lookup("CNX", 3, &t), -1);
	ck_assert_int_eq(dn_type_lookup("CN", 1, &t), 0);	/* "C" */
	ck_assert_int_eq(t, DN_T_C);
	ck_assert_int_eq(dn_type_from_oid("2.5.4.11", 8), DN_T_OU);
	ck_assert_int_eq(dn_type_from_oid("1.2.840.113549.1.9.1", 20),
	    DN_T_MAIL);
	ck_assert_int_eq(dn_type_from_oid("2.5.4.4", 7), DN_T_OTHER);
}
END_TEST

/*
 * Filters that parse, and their normalised text (chlauth.md 3.6).
 */

static const struct {
	const char	*in;
	const char	*norm;
	size_t		 navas;
} filter_ok[] = {
	{ "CN=QM1", "CN=QM1", 1 },
	{ "CN=John Smith, O=IBM ,OU=Test , C=GB",
	  "CN=John Smith,O=IBM,OU=Test,C=GB", 4 },
	{ "CN=a;OU=b ; OU=c", "CN=a,OU=b,OU=c", 3 },
	{ "  CN=x  ", "CN=x", 1 },
	{ "CN=   x y   ", "CN=x y", 1 },
	{ "CN=\"Smith, John\",O=IBM", "CN=\"Smith, John\",O=IBM", 2 },
	{ "CN=\" padded \"", "CN=\" padded \"", 1 },
	{ "O=\"Say \"\"hi\"\"\"", "O=\"Say \"\"hi\"\"\"", 1 },
	{ "OU=Dept \"A\"", "OU=Dept \"A\"", 1 },
	{ "CN=\"a;b=c\" ;O=x", "CN=\"a;b=c\",O=x", 2 },
	{ "CN=\"CN=x\"", "CN=\"CN=x\"", 1 },
	{ "SP=Hants,L=x", "ST=Hants,L=x", 2 },
	{ "S=Hants", "ST=Hants", 1 },
	{ "USERID=js,E=a@b.com", "UID=js,MAIL=a@b.com", 2 },
	{ "CN=*", "CN=*", 1 },
	{ "CN=QMGR.*, OU=IBM, OU=WEBSPHERE", "CN=QMGR.*,OU=IBM,OU=WEBSPHERE",
	  3 },
	{ "CN=a*b", "CN=a*b", 1 },
	{ "SERIALNUMBER=53:B1:37:A1", "SERIALNUMBER=53:B1:37:A1", 1 },
	{ "CN=a OU=b", "CN=a OU=b", 1 },
	{ "UNSTRUCTUREDNAME=h,UNSTRUCTUREDADDRESS=1.2.3.4,DNQ=q,PC=SO21 2JN,"
	  "STREET=High St,T=Mr,DC=example,DC=com,MAIL=x",
	  "UNSTRUCTUREDNAME=h,UNSTRUCTUREDADDRESS=1.2.3.4,DNQ=q,PC=SO21 2JN,"
	  "STREET=High St,T=Mr,DC=example,DC=com,MAIL=x", 9 },
	{ "", "", 0 },
	{ "   ", "", 0 },
};

START_TEST(test_filter_ok)
{
	struct dn_filter	 f;
	char			*s;

	parse_ok(filter_ok[_i].in, &f);
	ck_assert_uint_eq(f.navas, filter_ok[_i].navas);
	s = dn_filter_render(&f, 0);
	ck_assert_str_eq(s, filter_ok[_i].norm);
	free(s);
	dn_filter_free(&f);
}
END_TEST

/*
 * Filters MQ rejects: where the error points and what it says.
 */

static const struct {
	const char	*in;
	size_t		 offset;
	const char	*message;
} filter_bad[] = {
	{ "cn=x", 0, "'cn' must be written in upper case: CN" },
	{ "Cn=x", 0, "upper case: CN" },
	{ "CN=a,ou=x", 5, "upper case: OU" },
	{ "CN =x", 2, "blank between 'CN' and '='" },
	{ "CN=a,O  =b", 6, "blank between 'O' and '='" },
	{ "XX=1", 0, "unknown attribute type 'XX': use SERIALNUMBER, MAIL" },
	{ "CN=a,,O=b", 5, "empty attribute before ','" },
	{ "CN=a;;", 5, "empty attribute before ';'" },
	{ "CN=a,", 4, "',' at the end" },
	{ "CN=x,  ", 4, "',' at the end" },
	{ "CN=", 3, "empty value for CN" },
	{ "CN=  ,O=x", 5, "empty value for CN" },
	{ "CN=\"\"", 3, "empty value for CN" },
	{ "CN=\"abc", 3, "unterminated quoted value of CN" },
	{ "CN=\"abc\"x", 8, "unexpected text after the closing quote" },
	{ "CN=\"abc\" O=x", 9, "unexpected text after the closing quote" },
	{ "CN", 2, "expected '=' after 'CN'" },
	{ "CN x", 2, "expected '=' after 'CN'" },
	{ "=x", 0, "'=' without an attribute type" },
	{ "\"x\"", 0, "quoted value without an attribute type" },
	{ "CN=a,@=b", 5, "unexpected character '@'" },
	{ "CN=a,\x01=b", 5, "unexpected byte 0x01" },
	{ "EMAIL=a@b", 0, "write it as MAIL" },
	{ "TITLE=Dr", 0, "write it as T" },
	{ "2.5.4.3=x", 0, "write 2.5.4.3 as CN" },
	{ "2.5.4.4=x", 0, "cannot filter on 2.5.4.4" },
	{ "GN=Bob", 0, "MQ cannot filter on 'GN' (OID 2.5.4.42)" },
};

START_TEST(test_filter_bad)
{
	struct dn_filter	f;
	struct dn_error		err;
	const char		*s = filter_bad[_i].in;

	memset(&err, 0, sizeof err);
	f.avas = (void *)&err;	/* must be reset on failure */
	f.navas = 99;
	ck_assert_msg(dn_filter_parse(s, strlen(s), &f, &err) == -1,
	    "filter '%s' accepted", s);
	ck_assert_ptr_null(f.avas);
	ck_assert_uint_eq(f.navas, 0);
	ck_assert_msg(err.offset == filter_bad[_i].offset,
	    "filter '%s': error at %zu, expected %zu (%s)", s, err.offset,
	    filter_bad[_i].offset, err.message);
	assert_contains(err.message, filter_bad[_i].message, s);
	ck_assert(err.offset + err.length <= strlen(s));
	/* A sentence that says what to do, without a newline. */
	ck_assert_ptr_null(strchr(err.message, '\n'));
}
END_TEST

/* Flags, offsets and folded patterns of parsed attributes. */
START_TEST(test_filter_details)
{
	struct dn_filter	 f;
	const char		*s;
	char			*r;

	s = " CN=QMGR.* ;OU=\"a,b\" , OU=*x*,SP=H,CN=y";
	parse_ok(s, &f);
	ck_assert_uint_eq(f.navas, 5);
	ck_assert_int_eq(f.avas[0].type, DN_T_CN);
	ck_assert_uint_eq(f.avas[0].offset, 1);
	ck_assert_uint_eq(f.avas[0].length, 9);
	ck_assert_uint_eq(f.avas[0].value_offset, 4);
	ck_assert_str_eq(f.avas[0].value, "QMGR.*");
	ck_assert_str_eq(f.avas[0].fold, "QMGR.");
	ck_assert_uint_eq(f.avas[0].flags, DN_FA_STAR_TAIL);
	ck_assert_uint_eq(f.avas[1].nth, 0);
	ck_assert_uint_eq(f.avas[1].flags, DN_FA_QUOTED);
	ck_assert_str_eq(f.avas[1].value, "a,b");
	ck_assert_uint_eq(f.avas[1].value_offset, 15);
	ck_assert_uint_eq(f.avas[1].value_length, 5);
	ck_assert_uint_eq(f.avas[2].nth, 1);
	ck_assert_uint_eq(f.avas[2].flags, DN_FA_STAR_HEAD | DN_FA_STAR_TAIL);
	ck_assert_str_eq(f.avas[2].fold, "X");
	ck_assert_int_eq(f.avas[3].type, DN_T_ST);
	ck_assert_uint_eq(f.avas[3].flags, DN_FA_SYNONYM);
	ck_assert_uint_eq(f.avas[4].nth, 1);
	ck_assert_uint_eq(f.avas[4].flags, DN_FA_REPEATED);
	r = dn_filter_render(&f, DN_RENDER_FOLD);
	ck_assert_str_eq(r, "CN=QMGR.*,OU=\"A,B\",OU=*X*,ST=H,CN=Y");
	free(r);
	dn_filter_free(&f);

	/* Odd characters and inner stars are flagged at their offset. */
	parse_ok("CN=a_b,MAIL=x@y,CN=a*b,CN=**,CN=\"q*\"", &f);
	ck_assert_uint_eq(f.avas[0].flags, DN_FA_ODD_CHAR);
	ck_assert_uint_eq(f.avas[0].odd_offset, 4);
	ck_assert_uint_eq(f.avas[1].odd_offset, 13);
	ck_assert(f.avas[2].flags & DN_FA_STAR_MID);
	ck_assert_uint_eq(f.avas[2].odd_offset, 20);
	ck_assert_uint_eq(f.avas[3].flags & ~DN_FA_REPEATED,
	    DN_FA_STAR_HEAD | DN_FA_STAR_TAIL);
	ck_assert_uint_eq(f.avas[3].fold_len, 0);
	ck_assert_uint_eq(f.avas[4].flags & ~DN_FA_REPEATED,
	    DN_FA_QUOTED | DN_FA_STAR_TAIL);
	ck_assert_str_eq(f.avas[4].fold, "Q");
	dn_filter_free(&f);

	parse_ok("CN=a OU=b", &f);
	ck_assert(f.avas[0].flags & DN_FA_ODD_CHAR);
	ck_assert_uint_eq(f.avas[0].odd_offset, 7);	/* the '=' */
	dn_filter_free(&f);

	/* Freeing an empty or failed filter is harmless. */
	parse_ok("", &f);
	ck_assert_ptr_null(f.avas);
	dn_filter_free(&f);
	dn_filter_free(&f);
}
END_TEST

/*
 * DNs typed by users or printed by GnuTLS, rendered the MQ way.
 */

static const struct {
	const char	*in;
	const char	*mq;
} render_cases[] = {
	{ "CN=QM1,OU=MQ Admin,OU=Messaging,O=MQTLS Test,L=Hursley,"
	  "ST=Hampshire,C=GB",
	  "CN=QM1,OU=MQ Admin,OU=Messaging,O=MQTLS Test,L=Hursley,"
	  "ST=Hampshire,C=GB" },
	{ "cn=app1, ou=Pay; o=Example", "CN=app1,OU=Pay,O=Example" },
	{ "CN = app1 ,O= Example", "CN=app1,O=Example" },
	{ "EMAIL=js@example.com,UID=js2,CN=Smith\\, John,OU=Sub\\+Unit",
	  "MAIL=js@example.com,UID=js2,CN=\"Smith, John\",OU=\"Sub+Unit\"" },
	{ "title=Dr,street=1 High St,postalCode=SO21 2JN,serialNumber=42,"
	  "dnQualifier=q",
	  "T=Dr,STREET=1 High St,PC=SO21 2JN,SERIALNUMBER=42,DNQ=q" },
	{ "UID=js2+CN=Smith\\, John", "UID=js2,CN=\"Smith, John\"" },
	{ "1.2.840.113549.1.9.2=#0c0c686f73742e6578616d706c65",
	  "UNSTRUCTUREDNAME=host.example" },
	{ "2.5.4.4=Smith,GN=John,surname=Jones",
	  "2.5.4.4=Smith,2.5.4.42=John,2.5.4.4=Jones" },
	{ "CN=Dept \\\"A\\\"", "CN=\"Dept \"\"A\"\"\"" },
	{ "CN=\"Smith, John\"", "CN=\"Smith, John\"" },
	{ "CN=\\20lead", "CN=\" lead\"" },
	{ "CN=trail\\ ", "CN=\"trail \"" },
	{ "CN=x   ,O=y", "CN=x,O=y" },
	{ "CN=caf\\C3\\A9", "CN=caf\xc3\xa9" },
	{ "CN=a=b", "CN=\"a=b\"" },
	{ "SP=Hants,S=Dorset,E=a@b,MAIL=c@d,USERID=u,emailAddress=e@f",
	  "ST=Hants,ST=Dorset,MAIL=a@b,MAIL=c@d,UID=u,MAIL=e@f" },
	{ "1.2.3.4=#0403414243", "1.2.3.4=#0403414243" },
	{ "CN=#1e0400410042", "CN=AB" },
	{ "CN=#1c0400000041", "CN=A" },
	{ "CN=#1401e9", "CN=\xc3\xa9" },
	{ "CN=", "CN=" },
	{ "", "" },
};

START_TEST(test_render)
{
	struct dn	 d;
	char		*s;

	dn_ok(render_cases[_i].in, &d);
	s = dn_render_mq(&d);
	ck_assert_str_eq(s, render_cases[_i].mq);
	free(s);
	dn_free(&d);
}
END_TEST

static const struct {
	const char	*in;
	size_t		 offset;
	const char	*message;
} rfc_bad[] = {
	{ "CN", 2, "expected '=' after 'CN'" },
	{ "FOO=x", 0, "unknown attribute type 'FOO'" },
	{ "CN=x,,O=y", 5, "unexpected ','" },
	{ "CN=\"abc", 3, "unterminated quoted value" },
	{ "CN=#abc", 3, "bad hexadecimal value" },
	{ "CN=#zz", 3, "bad hexadecimal value" },
	{ "CN=x,", 4, "',' at the end" },
	{ "CN=a+", 4, "'+' at the end" },
	{ "CN=a\\", 4, "'\\' at the end" },
	{ "CN=\"a\"b", 6, "unexpected 'b' after a value" },
	{ "CN=a;b", 5, "unknown attribute type 'b'" },
	{ "=x", 0, "unexpected '='" },
	{ "CN=x,\xc3\xa9=y", 5, "unexpected byte 0xc3" },
};

START_TEST(test_rfc_bad)
{
	struct dn	d;
	struct dn_error	err;
	const char	*s = rfc_bad[_i].in;

	memset(&err, 0, sizeof err);
	ck_assert_msg(dn_from_rfc4514(s, strlen(s), &d, &err) == -1,
	    "DN '%s' accepted", s);
	ck_assert_uint_eq(d.navas, 0);
	ck_assert_msg(err.offset == rfc_bad[_i].offset,
	    "DN '%s': error at %zu, expected %zu (%s)", s, err.offset,
	    rfc_bad[_i].offset, err.message);
	assert_contains(err.message, rfc_bad[_i].message, s);
	dn_free(&d);
}
END_TEST

/* Structure of a parsed DN: chains by type, multi-valued RDN flags. */
START_TEST(test_dn_structure)
{
	struct dn	d;

	dn_ok("CN=a,OU=x+OU=y,O=o,OU=z,GN=g", &d);
	ck_assert_uint_eq(d.navas, 6);
	ck_assert_int_eq(d.first[DN_T_OU], 1);
	ck_assert_int_eq(d.avas[1].next, 2);
	ck_assert_int_eq(d.avas[2].next, 4);
	ck_assert_int_eq(d.avas[4].next, -1);
	ck_assert_uint_eq(d.avas[2].flags, DN_AVA_MULTI);
	ck_assert_uint_eq(d.avas[3].flags, 0);
	ck_assert_int_eq(d.first[DN_T_L], -1);
	ck_assert_int_eq(d.avas[5].type, DN_T_OTHER);
	ck_assert_str_eq(d.avas[5].oid, "2.5.4.42");
	ck_assert_str_eq(d.avas[0].fold, "A");
	dn_free(&d);
	ck_assert_uint_eq(d.navas, 0);
	ck_assert_int_eq(d.first[DN_T_OU], -1);
	dn_free(&d);
}
END_TEST

/*
 * Matching (chlauth.md 3.4, tls.md 3.4).  dn is a certificate DN in MQ's
 * order (RFC 4514 form); why is part of the trace sentence on mismatch.
 */

#define POT	"SERIALNUMBER=53:B1:37:A1,CN=TEST,OU=Test Group,O=IBM"
#define JAVA	"CN=QMGR.1,OU=IBM,OU=WEBSPHERE,O=Example"
#define LAB_CA	"CN=WEBSPHERE MQ CA,OU=WEBSPHERE MQ DEVELOPMENT,O=IBM," \
		"L=HURSLEY,ST=HAMPSHIRE,C=UK"

static const struct {
	const char	*filter;
	const char	*dn;
	unsigned	 flags;
	int		 match;
	enum dn_why	 why;
	const char	*message;
} match_cases[] = {
	/* Partial filters: unnamed attributes are not checked. */
	{ "CN=TEST,OU=Test Group", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=TEST", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "O=IBM,CN=TEST", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=test, o=ibm", POT, 0, -1, 0, NULL },	/* bad filter: skip */
	{ "CN=test,O=ibm", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "SERIALNUMBER=53:b1:37:a1", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=TEST,L=Hursley", POT, 0, 0, DN_WHY_ABSENT,
	  "the certificate DN has no L attribute, which the filter's "
	  "L=Hursley requires" },
	{ "CN=TES", POT, 0, 0, DN_WHY_VALUE,
	  "CN 'TEST' in the certificate DN is not 'TES'" },
	{ "CN=TESTS", POT, 0, 0, DN_WHY_VALUE, "is not 'TESTS'" },
	/* Wildcards at either end, none in the middle. */
	{ "CN=TE*", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=te*", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=*ST", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=*ES*", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=*TEST*", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=TEST*", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=*", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=X*", POT, 0, 0, DN_WHY_VALUE, "does not start with 'X'" },
	{ "CN=*X", POT, 0, 0, DN_WHY_VALUE, "does not end with 'X'" },
	{ "CN=*X*", POT, 0, 0, DN_WHY_VALUE, "does not contain 'X'" },
	{ "CN=TESTER*", POT, 0, 0, DN_WHY_VALUE, "start with 'TESTER'" },
	{ "CN=T*T", POT, 0, 0, DN_WHY_VALUE, "is not 'T*T'" },
	{ "CN=T*T", "CN=t*t", 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=*", "CN=", 0, 1, DN_WHY_MATCH, NULL },
	{ "OU=*", POT, 0, 1, DN_WHY_MATCH, NULL },
	{ "L=*", POT, 0, 0, DN_WHY_ABSENT, "has no L attribute" },
	/* Repeated OU by position (the IBM Java/.NET example). */
	{ "CN=QMGR.*, OU=IBM, OU=WEBSPHERE", JAVA, 0, 1, DN_WHY_MATCH, NULL },
	{ "OU=IBM", JAVA, 0, 1, DN_WHY_MATCH, NULL },
	{ "OU=ibm,OU=WebSphere", JAVA, 0, 1, DN_WHY_MATCH, NULL },
	{ "OU=IBM,OU=*SPHERE", JAVA, 0, 1, DN_WHY_MATCH, NULL },
	{ "OU=WEBSPHERE,CN=QMGR.*", JAVA, 0, 0, DN_WHY_VALUE,
	  "1st OU 'IBM' in the certificate DN is not 'WEBSPHERE'" },
	{ "CN=QMGR.*, OU=WEBSPHERE, OU=IBM", JAVA, 0, 0, DN_WHY_VALUE,
	  "1st OU 'IBM'" },
	{ "OU=IBM,OU=WEBSPHERE,OU=X", JAVA, 0, 0, DN_WHY_TOO_FEW,
	  "the filter wants OU=X as the 3rd OU, but the certificate DN has "
	  "only 2 OU" },
	{ "CN=QMGR.*", "CN=QMGR,OU=IBM", 0, 0, DN_WHY_VALUE,
	  "does not start with 'QMGR.'" },
	/* The same with the subsequence alternative (tls.md 3.4). */
	{ "OU=WEBSPHERE", JAVA, DN_MATCH_SUBSEQ, 1, DN_WHY_MATCH, NULL },
	{ "OU=IBM,OU=WEBSPHERE", JAVA, DN_MATCH_SUBSEQ, 1, DN_WHY_MATCH,
	  NULL },
	{ "OU=WEBSPHERE,OU=IBM", JAVA, DN_MATCH_SUBSEQ, 0, DN_WHY_VALUE,
	  "no later OU in the certificate DN matches OU=IBM (the filter's "
	  "OU values must appear in this order)" },
	{ "OU=X", JAVA, DN_MATCH_SUBSEQ, 0, DN_WHY_VALUE,
	  "no OU in the certificate DN matches OU=X" },
	{ "L=X", JAVA, DN_MATCH_SUBSEQ, 0, DN_WHY_ABSENT, "has no L" },
	/* DC follows the OU rule. */
	{ "DC=example,DC=com", "CN=x,DC=example,DC=com", 0, 1, DN_WHY_MATCH,
	  NULL },
	{ "DC=com", "CN=x,DC=example,DC=com", 0, 0, DN_WHY_VALUE,
	  "1st DC 'example'" },
	{ "DC=com", "CN=x,DC=example,DC=com", DN_MATCH_SUBSEQ, 1,
	  DN_WHY_MATCH, NULL },
	/* Any type written twice is positional too. */
	{ "CN=b", "CN=a,CN=b", 0, 0, DN_WHY_VALUE, "CN 'a'" },
	{ "CN=a,CN=b", "CN=a,CN=b", 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=a,CN=c", "CN=a,CN=b", 0, 0, DN_WHY_VALUE,
	  "2nd CN 'b' in the certificate DN is not 'c'" },
	/* Quoted values with separators. */
	{ "CN=\"Smith, John\"", "CN=Smith\\, John,O=Example", 0, 1,
	  DN_WHY_MATCH, NULL },
	{ "CN=\"smith, j*\";O=example", "CN=Smith\\, John,O=Example", 0, 1,
	  DN_WHY_MATCH, NULL },
	{ "CN=Smith", "CN=Smith\\, John,O=Example", 0, 0, DN_WHY_VALUE,
	  "is not 'Smith'" },
	{ "O=\"a;b\"", "O=a\\;b", 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=\" x\"", "CN=x", 0, 0, DN_WHY_VALUE, "is not ' x'" },
	/* Synonyms. */
	{ "E=A@B.COM", "CN=x,EMAIL=a@b.com", 0, 1, DN_WHY_MATCH, NULL },
	{ "MAIL=a@b.com", "CN=x,E=a@b.com", 0, 1, DN_WHY_MATCH, NULL },
	{ "S=hampshire", "CN=x,ST=Hampshire", 0, 1, DN_WHY_MATCH, NULL },
	{ "SP=Hants", "CN=x,ST=Hampshire", 0, 0, DN_WHY_VALUE,
	  "ST 'Hampshire'" },
	{ "USERID=JS2", "UID=js2,CN=x", 0, 1, DN_WHY_MATCH, NULL },
	{ "T=Dr", "title=dr", 0, 1, DN_WHY_MATCH, NULL },
	{ "UNSTRUCTUREDNAME=*.example", "CN=x,UNSTRUCTUREDNAME=h.example",
	  0, 1, DN_WHY_MATCH, NULL },
	/* An attribute MQ has no keyword for never satisfies a filter. */
	{ "CN=x", "2.5.4.3=x", 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=x", "GN=x", 0, 0, DN_WHY_ABSENT, "has no CN" },
	/* SSLCERTI: the same rules on the issuer DN (chlauth.md 3.2). */
	{ "CN=WEBSPHERE MQ CA,O=IBM,L=HURSLEY", LAB_CA, 0, 1, DN_WHY_MATCH,
	  NULL },
	{ "CN=WebSphere MQ CA,C=uk", LAB_CA, 0, 1, DN_WHY_MATCH, NULL },
	{ "CN=OTHER CA,O=IBM", LAB_CA, 0, 0, DN_WHY_VALUE,
	  "CN 'WEBSPHERE MQ CA' in the certificate DN is not 'OTHER CA'" },
	{ "CN=WEBSPHERE MQ CA,OU=WEBSPHERE MQ DEVELOPMENT,O=IBM,L=HURSLEY,"
	  "ST=HAMPSHIRE,C=UK", LAB_CA, 0, 1, DN_WHY_MATCH, NULL },
};

START_TEST(test_match)
{
	struct dn_filter	f;
	struct dn_error		err;
	struct dn		d;
	struct dn_match_trace	why;
	const char		*fs = match_cases[_i].filter;
	int			m;

	if (match_cases[_i].match == -1) {
		ck_assert_int_eq(dn_filter_parse(fs, strlen(fs), &f, &err), -1);
		return;
	}
	parse_ok(fs, &f);
	dn_ok(match_cases[_i].dn, &d);
	memset(&why, 0x55, sizeof why);
	m = dn_match_flags(&f, &d, match_cases[_i].flags, &why);
	ck_assert_msg(m == match_cases[_i].match, "'%s' vs '%s': got %d (%s)",
	    fs, match_cases[_i].dn, m, why.message);
	ck_assert_int_eq(why.why, match_cases[_i].why);
	if (m) {
		ck_assert_str_eq(why.message, "");
		ck_assert_int_eq(why.filter_index, -1);
	} else {
		assert_contains(why.message, match_cases[_i].message, fs);
		ck_assert_int_ge(why.filter_index, 0);
		ck_assert_int_lt(why.filter_index, (int)f.navas);
	}
	/* Without a trace the answer is the same. */
	ck_assert_int_eq(dn_match_flags(&f, &d, match_cases[_i].flags, NULL),
	    m);
	if (match_cases[_i].flags == 0)
		ck_assert_int_eq(dn_match(&f, &d, NULL), m);
	dn_filter_free(&f);
	dn_free(&d);
}
END_TEST

/* The trace points at the failing filter and certificate attributes. */
START_TEST(test_match_trace)
{
	struct dn_filter	f;
	struct dn		d;
	struct dn_match_trace	why;

	parse_ok("CN=QMGR.*,OU=IBM,OU=X", &f);
	dn_ok(JAVA, &d);
	ck_assert_int_eq(dn_match(&f, &d, &why), 0);
	ck_assert_int_eq(why.filter_index, 2);
	ck_assert_int_eq(why.dn_index, 2);
	ck_assert_int_eq(why.why, DN_WHY_VALUE);
	ck_assert_str_eq(why.message, "2nd OU 'WEBSPHERE' in the certificate "
	    "DN is not 'X' (compared ignoring case)");
	dn_filter_free(&f);
	dn_free(&d);
}
END_TEST

/* No certificate: only an empty filter matches (chlauth.md 3.5). */
START_TEST(test_match_no_cert)
{
	struct dn_filter	f;
	struct dn_match_trace	why;

	parse_ok("CN=*", &f);
	ck_assert_int_eq(dn_match(&f, NULL, &why), 0);
	ck_assert_int_eq(why.why, DN_WHY_NO_CERT);
	assert_contains(why.message, "no certificate", "no cert");
	dn_filter_free(&f);
	parse_ok("", &f);
	ck_assert_int_eq(dn_match(&f, NULL, &why), 1);
	dn_filter_free(&f);
}
END_TEST

/* Built by hand (the way cert.c does), values with odd bytes. */
START_TEST(test_dn_add)
{
	struct dn		 d;
	struct dn_filter	 f;
	char			*s;

	dn_init(&d);
	dn_add(&d, DN_T_CN, NULL, "ab\0cd", 5, 0);
	dn_add(&d, DN_T_OTHER, "1.2.3", "v", 1, 0);
	dn_add(&d, (enum dn_type)99, NULL, "w", 1, 0);
	ck_assert_uint_eq(d.avas[0].len, 5);
	ck_assert_int_eq(memcmp(d.avas[0].fold, "AB\0CD", 5), 0);
	ck_assert_int_eq(d.avas[2].type, DN_T_OTHER);
	ck_assert_str_eq(d.avas[2].oid, "?");
	s = dn_render_mq(&d);
	ck_assert_str_eq(s, "CN=ab");	/* stops at the NUL */
	free(s);
	parse_ok("CN=ab*", &f);
	ck_assert_int_eq(dn_match(&f, &d, NULL), 1);
	dn_filter_free(&f);
	dn_free(&d);
}
END_TEST

/* dn_string_to_utf8 on the ASN.1 string types. */
START_TEST(test_string_types)
{
	size_t	 n;
	char	*s;

	s = dn_string_to_utf8(12, "\xc3\xa9t\xc3\xa9", 6, &n);
	ck_assert_uint_eq(n, 6);
	free(s);
	s = dn_string_to_utf8(30, "\xd8\x3d\xde\x00", 4, &n);	/* U+1F600 */
	ck_assert_uint_eq(n, 4);
	ck_assert_int_eq(memcmp(s, "\xf0\x9f\x98\x80", 4), 0);
	free(s);
	s = dn_string_to_utf8(30, "\xdc\x00", 2, &n);	/* lone surrogate */
	ck_assert_str_eq(s, "\xef\xbf\xbd");
	free(s);
	s = dn_string_to_utf8(28, "\x00\x01\xf6\x00", 4, &n);
	ck_assert_str_eq(s, "\xf0\x9f\x98\x80");
	free(s);
	s = dn_string_to_utf8(20, "\xa3", 1, &n);	/* Latin-1 pound */
	ck_assert_str_eq(s, "\xc2\xa3");
	free(s);
	ck_assert_ptr_null(dn_string_to_utf8(4, "x", 1, &n));
}
END_TEST

/*
 * Certificates, from a PKI made with certtool at test time.
 */

static char	pki[256];

#define LEAF_DN	"CN=QM1,OU=MQ Admin,OU=Messaging,O=MQTLS Test,L=Hursley," \
		"ST=Hampshire,C=GB"
#define CA_DN	"CN=MQTLS Test CA,O=MQTLS Test,C=GB"

static void run(const char *, ...) __attribute__((format(printf, 1, 2)));

static void
run(const char *fmt, ...)
{
	va_list	 ap;
	char	*cmd, *full;
	int	 rc;

	va_start(ap, fmt);
	ck_assert_int_ge(vasprintf(&cmd, fmt, ap), 0);
	va_end(ap);
	ck_assert_int_ge(asprintf(&full, "cd '%s' && { %s; } >>log 2>&1", pki,
	    cmd), 0);
	rc = system(full);
	ck_assert_msg(rc == 0, "'%s' failed (%d); see %s/log", cmd, rc, pki);
	free(full);
	free(cmd);
}

static void
write_file(const char *name, const char *text)
{
	char	 path[512];
	FILE	*f;

	snprintf(path, sizeof path, "%s/%s", pki, name);
	ck_assert_ptr_nonnull(f = fopen(path, "w"));
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
}

static const char *
in_pki(const char *name)
{
	static char	path[4][512];
	static int	next;

	next = (next + 1) % 4;
	snprintf(path[next], sizeof path[next], "%s/%s", pki, name);
	return (path[next]);
}

#define KEY	"certtool --generate-privkey --key-type=ecdsa --outfile "
#define SIGN	"certtool --generate-certificate " \
		"--load-ca-certificate ca.pem --load-ca-privkey ca.key "

static void
pki_setup(void)
{
	const char	*tmp = getenv("TMPDIR");

	snprintf(pki, sizeof pki, "%s/check_dn.XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(pki));

	write_file("ca.tmpl", "cn = \"MQTLS Test CA\"\n"
	    "organization = \"MQTLS Test\"\ncountry = GB\nserial = 1\n"
	    "ca\ncert_signing_key\nexpiration_days = 30\n");
	write_file("rogue.tmpl", "cn = \"MQTLS Test CA\"\n"
	    "organization = \"MQTLS Test\"\ncountry = GB\nserial = 2\n"
	    "ca\ncert_signing_key\nexpiration_days = 30\n");
	write_file("leaf.tmpl", "dn = \"" LEAF_DN "\"\n"
	    "serial = 0x53B137A1\ndns_name = \"qm1.example.com\"\n"
	    "dns_name = \"www.qm1.example.com\"\ntls_www_client\n"
	    "signing_key\nexpiration_days = 30\n");
	write_file("odd.tmpl", "cn = \"Smith, John\"\nuid = js2\n"
	    "pkcs9_email = \"js@example.com\"\nunit = \"Sub+Unit\"\n"
	    "serial = 5\ntls_www_client\nsigning_key\n"
	    "expiration_days = 30\n");
	write_file("old.tmpl", "cn = \"Old\"\nserial = 6\n"
	    "activation_date = \"2020-01-01 00:00:00\"\n"
	    "expiration_date = \"2021-01-01 00:00:00\"\n");

	run(KEY "ca.key");
	run("certtool --generate-self-signed --load-privkey ca.key "
	    "--template ca.tmpl --outfile ca.pem");
	run(KEY "rogue.key");
	run("certtool --generate-self-signed --load-privkey rogue.key "
	    "--template rogue.tmpl --outfile rogue.pem");
	run(KEY "leaf.key");
	run(SIGN "--load-privkey leaf.key --template leaf.tmpl "
	    "--outfile leaf.pem");
	run("certtool --certificate-info --infile leaf.pem --outder "
	    "--outfile leaf.der");
	run("cat leaf.pem ca.pem > chain.pem");
	run(SIGN "--load-privkey leaf.key --template odd.tmpl "
	    "--outfile odd.pem");
	run(SIGN "--load-privkey leaf.key --template old.tmpl "
	    "--outfile old.pem");
	write_file("junk.pem", "-----BEGIN CERTIFICATE-----\nnot base64\n"
	    "-----END CERTIFICATE-----\n");
	write_file("junk.der", "\x30\x03\x02\x01");
	write_file("empty", "");
}

static void
pki_teardown(void)
{
	char	*cmd;

	if (pki[0] == '\0')
		return;
	if (asprintf(&cmd, "rm -rf '%s'", pki) >= 0) {
		if (system(cmd) != 0)
			fprintf(stderr, "check_dn: cannot remove %s\n", pki);
		free(cmd);
	}
}

static struct cert *
load(const char *name, unsigned flags)
{
	struct cert	*c;
	char		*why = NULL;

	ck_assert_msg(cert_load(in_pki(name), flags, &c, &why) == 0,
	    "%s: %s", name, why);
	ck_assert_ptr_null(why);
	return (c);
}

static void
assert_render(const struct dn *d, const char *expect)
{
	char	*s = dn_render_mq(d);

	ck_assert_str_eq(s, expect);
	free(s);
}

START_TEST(test_cert_leaf)
{
	struct cert		*c;
	struct dn_filter	 f;
	struct dn_match_trace	 why;
	time_t			 now = time(NULL);

	c = load("leaf.pem", 0);
	assert_render(&c->subject, LEAF_DN);
	assert_render(&c->issuer, CA_DN);
	ck_assert_str_eq(c->serial, "53:B1:37:A1");
	assert_render(&c->peer, "SERIALNUMBER=53:B1:37:A1," LEAF_DN);
	ck_assert(c->not_before <= now + 60);
	ck_assert(c->not_after > now + 29 * 86400);
	ck_assert(c->not_after < now + 31 * 86400);
	ck_assert_uint_eq(c->ndns_names, 2);
	ck_assert_str_eq(c->dns_names[0], "qm1.example.com");
	ck_assert_str_eq(c->dns_names[1], "www.qm1.example.com");
	ck_assert_uint_eq(c->nchain, 0);
	ck_assert_uint_gt(c->der.len, 100);

	/* SSLPEER against the peer view, SSLCERTI against the issuer. */
	parse_ok("CN=QM1,OU=MQ Admin,OU=Messaging,SERIALNUMBER=53:B1:37:A1",
	    &f);
	ck_assert_int_eq(dn_match(&f, &c->peer, &why), 1);
	dn_filter_free(&f);
	parse_ok("OU=Messaging", &f);
	ck_assert_int_eq(dn_match(&f, &c->peer, &why), 0);
	assert_contains(why.message, "1st OU 'MQ Admin'", "OU order");
	dn_filter_free(&f);
	parse_ok("CN=MQTLS Test CA,C=gb", &f);
	ck_assert_int_eq(dn_match(&f, &c->issuer, NULL), 1);
	dn_filter_free(&f);
	cert_free(c);

	/* SAN dNSNames as UNSTRUCTUREDNAME, last first, on request. */
	c = load("leaf.pem", CERT_SAN_NAMES);
	assert_render(&c->peer, "SERIALNUMBER=53:B1:37:A1," LEAF_DN
	    ",UNSTRUCTUREDNAME=www.qm1.example.com"
	    ",UNSTRUCTUREDNAME=qm1.example.com");
	assert_render(&c->subject, LEAF_DN);
	cert_free(c);
}
END_TEST

START_TEST(test_cert_der)
{
	struct cert	*pem, *der, *mem;
	char		*why = NULL;

	pem = load("leaf.pem", 0);
	der = load("leaf.der", 0);
	assert_render(&der->subject, LEAF_DN);
	ck_assert_str_eq(der->serial, pem->serial);
	ck_assert_uint_eq(der->der.len, pem->der.len);
	ck_assert_int_eq(memcmp(der->der.data, pem->der.data, der->der.len),
	    0);
	ck_assert_int_eq(cert_from_der(pem->der.data, pem->der.len, 0, &mem,
	    &why), 0);
	assert_render(&mem->issuer, CA_DN);
	cert_free(mem);
	ck_assert_int_eq(cert_from_der("\x30\x00", 2, 0, &mem, &why), -1);
	assert_contains(why, "not a DER X.509 certificate", "bad DER");
	free(why);
	cert_free(pem);
	cert_free(der);
}
END_TEST

/* Our AVA path agrees with GnuTLS's own RFC 4514 string, re-parsed. */
START_TEST(test_cert_odd_dn)
{
	struct cert		*c;
	gnutls_x509_crt_t	 crt;
	gnutls_datum_t		 d, str;
	struct dn		 parsed;
	char			*a, *b;

	c = load("odd.pem", 0);
	a = dn_render_mq(&c->subject);
	assert_contains(a, "CN=\"Smith, John\"", "odd DN");
	assert_contains(a, "OU=\"Sub+Unit\"", "odd DN");
	assert_contains(a, "MAIL=js@example.com", "odd DN");
	assert_contains(a, "UID=js2", "odd DN");
	ck_assert_str_eq(c->serial, "05");

	ck_assert_int_eq(gnutls_x509_crt_init(&crt), 0);
	d.data = c->der.data;
	d.size = (unsigned)c->der.len;
	ck_assert_int_eq(gnutls_x509_crt_import(crt, &d, GNUTLS_X509_FMT_DER),
	    0);
	ck_assert_int_eq(gnutls_x509_crt_get_dn3(crt, &str, 0), 0);
	dn_ok((const char *)str.data, &parsed);
	b = dn_render_mq(&parsed);
	ck_assert_str_eq(a, b);
	free(a);
	free(b);
	dn_free(&parsed);
	gnutls_free(str.data);
	gnutls_x509_crt_deinit(crt);
	cert_free(c);
}
END_TEST

START_TEST(test_cert_verify)
{
	struct cert	*c;
	char		*why = NULL, *ids;
	unsigned	 status;

	c = load("leaf.pem", 0);
	ck_assert_int_eq(cert_verify(c, in_pki("ca.pem"), &why), 0);
	ck_assert_ptr_null(why);

	/* Same issuer name, other key: trust, not the DN, decides. */
	ck_assert_int_eq(cert_verify(c, in_pki("rogue.pem"), &why), -1);
	assert_contains(why, "The certificate is NOT trusted. The "
	    "certificate issuer is unknown.", "rogue CA");
	free(why);
	ck_assert_int_eq(cert_verify_flags(c, in_pki("rogue.pem"), 0,
	    &status, NULL), 1);
	ck_assert(status & GNUTLS_CERT_SIGNER_NOT_FOUND);
	ids = cert_status_ids(status);
	ck_assert_str_eq(ids, "signer-not-found");
	free(ids);

	/* No CA file, or one without certificates. */
	ck_assert_int_eq(cert_verify_flags(c, in_pki("missing.pem"), 0,
	    &status, &why), -1);
	ck_assert_uint_eq(status, 0);
	assert_contains(why, "missing.pem: No such file or directory",
	    "missing CA");
	free(why);
	ck_assert_int_eq(cert_verify(c, in_pki("leaf.tmpl"), &why), -1);
	assert_contains(why, "leaf.tmpl: no CA certificate found", "not CA");
	free(why);
	cert_free(c);

	/* A chain file: the intermediate travels with the leaf. */
	c = load("chain.pem", 0);
	ck_assert_uint_eq(c->nchain, 1);
	assert_render(&c->subject, LEAF_DN);
	ck_assert_int_eq(cert_verify(c, in_pki("ca.pem"), &why), 0);
	cert_free(c);

	/* Expired. */
	c = load("old.pem", 0);
	ck_assert_int_eq(cert_verify_flags(c, in_pki("ca.pem"), 0, &status,
	    &why), 1);
	assert_contains(why, "expired", "expired");
	free(why);
	ids = cert_status_ids(status);
	ck_assert_str_eq(ids, "expired");
	free(ids);
	cert_free(c);
}
END_TEST

START_TEST(test_cert_errors)
{
	struct cert	*c = (void *)1;
	char		*why = NULL;

	ck_assert_int_eq(cert_load(in_pki("nope.pem"), 0, &c, &why), -1);
	ck_assert_ptr_null(c);
	assert_contains(why, "nope.pem: No such file or directory", "ENOENT");
	free(why);
	ck_assert_int_eq(cert_load(in_pki("junk.pem"), 0, &c, &why), -1);
	assert_contains(why, "junk.pem: no readable PEM certificate",
	    "bad PEM");
	free(why);
	ck_assert_int_eq(cert_load(in_pki("junk.der"), 0, &c, &why), -1);
	assert_contains(why, "junk.der: not a DER X.509 certificate", "DER");
	free(why);
	ck_assert_int_eq(cert_load(in_pki("empty"), 0, &c, &why), -1);
	assert_contains(why, "empty: empty file", "empty");
	free(why);
	ck_assert_int_eq(cert_load(in_pki("ca.tmpl"), 0, &c, NULL), -1);
	ck_assert_ptr_null(c);
}
END_TEST

START_TEST(test_status_ids)
{
	char	*s;

	s = cert_status_ids(0);
	ck_assert_str_eq(s, "");
	free(s);
	s = cert_status_ids(GNUTLS_CERT_INVALID);
	ck_assert_str_eq(s, "invalid");
	free(s);
	s = cert_status_ids(GNUTLS_CERT_INVALID | GNUTLS_CERT_EXPIRED |
	    GNUTLS_CERT_SIGNER_NOT_FOUND | GNUTLS_CERT_INSECURE_ALGORITHM);
	ck_assert_str_eq(s, "signer-not-found,insecure-algorithm,expired");
	free(s);
}
END_TEST

static int
have_certtool(void)
{
	return (system("certtool --version >/dev/null 2>&1") == 0);
}

int
main(void)
{
	Suite	*s = suite_create("dn");
	TCase	*tc = tcase_create("dn"), *tcert;
	SRunner	*sr;
	int	 failed;

	tcase_add_test(tc, test_type_names);
	tcase_add_loop_test(tc, test_filter_ok, 0, NITEMS(filter_ok));
	tcase_add_loop_test(tc, test_filter_bad, 0, NITEMS(filter_bad));
	tcase_add_test(tc, test_filter_details);
	tcase_add_loop_test(tc, test_render, 0, NITEMS(render_cases));
	tcase_add_loop_test(tc, test_rfc_bad, 0, NITEMS(rfc_bad));
	tcase_add_test(tc, test_dn_structure);
	tcase_add_loop_test(tc, test_match, 0, NITEMS(match_cases));
	tcase_add_test(tc, test_match_trace);
	tcase_add_test(tc, test_match_no_cert);
	tcase_add_test(tc, test_dn_add);
	tcase_add_test(tc, test_string_types);
	tcase_add_test(tc, test_status_ids);
	suite_add_tcase(s, tc);

	if (have_certtool()) {
		tcert = tcase_create("cert");
		tcase_add_unchecked_fixture(tcert, pki_setup, pki_teardown);
		tcase_set_timeout(tcert, 30);
		tcase_add_test(tcert, test_cert_leaf);
		tcase_add_test(tcert, test_cert_der);
		tcase_add_test(tcert, test_cert_odd_dn);
		tcase_add_test(tcert, test_cert_verify);
		tcase_add_test(tcert, test_cert_errors);
		suite_add_tcase(s, tcert);
	} else
		printf("check_dn: certtool not found (gnutls-bin), "
		    "certificate tests skipped\n");

	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
