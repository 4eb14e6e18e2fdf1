/*
 * check_address.c - unit tests for CHLAUTH address filters (address.c):
 * which ADDRESS/ADDRLIST values compile and to what canonical text, the
 * byte offset and reason code of every rejection, matching of IPv4, IPv6,
 * IPv4-mapped and host name peers, the specificity order and the range
 * conflicts runmqsc refuses with 3343.  All tables, one loop test each.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/* Sample: a long host name label and a value longer than the field. */
#define L16	"aaaaaaaaaaaaaaaa"
#define L64	L16 L16 L16 L16
#define L256	L64 L64 L64 L64

static void
compile(const char *s, int hosts, struct addr_pattern *p)
{
	struct addr_error	err;

	if (addr_pattern_parse(s, strlen(s), hosts, p, &err) == -1)
		ck_abort_msg("'%s' rejected at %zu (%d): %s", s, err.offset,
		    err.reason, err.message);
}

/* Accepted values and their canonical text. */
static const struct {
	const char	*in;
	int		 hosts;
	enum addr_kind	 kind;
	const char	*text;
	int		 nalt;
} accept_cases[] = {
	{ "*", 0, ADDR_ANY, "*", 0 },
	{ "192.0.2.1", 0, ADDR_IPV4, "192.0.2.1", 1 },
	{ "192.0.2.*", 0, ADDR_IPV4, "192.0.2.*", 1 },
	{ "192.0.*", 0, ADDR_IPV4, "192.0.*", 1 },
	{ "192.0.*.2", 0, ADDR_IPV4, "192.0.*.2", 1 },
	{ "192.*.2", 0, ADDR_IPV4, "192.*.2", 1 },
	{ "192.*.2.*", 0, ADDR_IPV4, "192.*.2.*", 1 },
	{ "10.*", 0, ADDR_IPV4, "10.*", 1 },
	{ "*.1", 0, ADDR_IPV4, "*.1", 1 },
	{ "192.0.2.1-8", 0, ADDR_IPV4, "192.0.2.1-8", 1 },
	{ "192.0.*.1-8", 0, ADDR_IPV4, "192.0.*.1-8", 1 },
	{ "9.95.100.1-5", 0, ADDR_IPV4, "9.95.100.1-5", 1 },
	{ "0-9.0.0.0", 0, ADDR_IPV4, "0-9.0.0.0", 1 },
	{ "010.001.000.255", 0, ADDR_IPV4, "10.1.0.255", 1 },
	{ "192.0.2.1   ", 0, ADDR_IPV4, "192.0.2.1", 1 },
	{ "*.*.1", 0, ADDR_IPV4, "*.*.1", 1 },
	{ "1.*.*.2", 0, ADDR_IPV4, "1.*.*.2", 1 },
	{ "*.1.*", 0, ADDR_IPV4, "*.1.*", 2 },
	{ "2001:DB8:0:0:0:0:0:0", 0, ADDR_IPV6, "2001:DB8:0:0:0:0:0:0", 1 },
	{ "2001:db8::1", 0, ADDR_IPV6, "2001:DB8:0:0:0:0:0:1", 1 },
	{ "::", 0, ADDR_IPV6, "0:0:0:0:0:0:0:0", 1 },
	{ "::1", 0, ADDR_IPV6, "0:0:0:0:0:0:0:1", 1 },
	{ "fe80::", 0, ADDR_IPV6, "FE80:0:0:0:0:0:0:0", 1 },
	{ "2001:DB8:0:0:0:0:0:*", 0, ADDR_IPV6, "2001:DB8:0:0:0:0:0:*", 1 },
	{ "2001:DB8:0:0:0:*", 0, ADDR_IPV6, "2001:DB8:0:0:0:*", 1 },
	{ "2001:DB8:0:0:0:*:0:1", 0, ADDR_IPV6, "2001:DB8:0:0:0:*:0:1", 1 },
	{ "2001:*:1", 0, ADDR_IPV6, "2001:*:1", 1 },
	{ "2001:DB8:0:0:0:0:0:0-8", 0, ADDR_IPV6,
	  "2001:DB8:0:0:0:0:0:0-8", 1 },
	{ "2001:DB8:0:0:0:*:0:0-8", 0, ADDR_IPV6,
	  "2001:DB8:0:0:0:*:0:0-8", 1 },
	{ "2001:db8::a-ff", 0, ADDR_IPV6, "2001:DB8:0:0:0:0:0:A-FF", 1 },
	{ "::ffff:192.0.2.1", 0, ADDR_IPV6, "0:0:0:0:0:FFFF:C000:201", 1 },
	{ "*:1:*:2:*", 0, ADDR_IPV6, "*:1:*:2:*", 10 },
	{ "win10", 1, ADDR_HOST, "win10", 0 },
	{ "MQHost.Example.COM", 1, ADDR_HOST, "mqhost.example.com", 0 },
	{ "host.example.com.", 1, ADDR_HOST, "host.example.com", 0 },
	{ "*.example.com", 1, ADDR_HOST, "*.example.com", 0 },
	{ "mqhost*", 1, ADDR_HOST, "mqhost*", 0 },
	{ "host.*", 1, ADDR_HOST, "host.*", 0 },
	{ "*prod*", 1, ADDR_HOST, "*prod*", 0 },
	{ "host-1.example.org", 1, ADDR_HOST, "host-1.example.org", 0 },
	{ "*-prod.example.org", 1, ADDR_HOST, "*-prod.example.org", 0 },
	{ "mq01.xn--p1ai", 1, ADDR_HOST, "mq01.xn--p1ai", 0 },
	/* PH59144: the last label has no digit, so a host name. */
	{ "192.0.2.a", 1, ADDR_HOST, "192.0.2.a", 0 },
};

START_TEST(test_accept)
{
	struct addr_pattern	p;
	struct addr_error	err;
	const char		*in = accept_cases[_i].in;

	ck_assert_msg(addr_pattern_parse(in, strlen(in),
	    accept_cases[_i].hosts, &p, &err) == 0,
	    "'%s' rejected at %zu (%d): %s", in, err.offset, err.reason,
	    err.message);
	ck_assert_int_eq(p.kind, accept_cases[_i].kind);
	ck_assert_str_eq(addr_pattern_text(&p), accept_cases[_i].text);
	if (p.kind == ADDR_IPV4 || p.kind == ADDR_IPV6)
		ck_assert_int_eq(p.nalt, accept_cases[_i].nalt);
	addr_pattern_free(&p);
}
END_TEST

/* Rejected values: byte offset and reason code. */
static const struct {
	const char	*in;
	int		 hosts;
	size_t		 offset;
	int		 reason;
} reject_cases[] = {
	{ "", 1, 0, 3345 },
	{ "   ", 1, 0, 3345 },
	{ " 192.0.2.1", 1, 0, 3345 },
	{ "192.0.2", 1, 7, 3345 },		/* too few parts */
	{ "192.0*", 1, 5, 3345 },		/* '*' not a whole part */
	{ "192.0.*.*", 1, 6, 3345 },		/* '*' next to trailing '*' */
	{ "192.168.*.*", 1, 8, 3345 },
	{ "*.*", 1, 0, 3345 },
	{ "**", 1, 0, 3345 },
	{ "192.0.2.8-1", 1, 8, 3346 },		/* reversed range */
	{ "192.0.2.5-5", 1, 8, 3346 },		/* empty range */
	{ "192.0.2.256", 1, 8, 3345 },
	{ "192.0.2.1-256", 1, 10, 3345 },
	{ "192.0.2.0001", 1, 8, 3345 },
	{ "1.2.3.4.5", 1, 8, 3345 },
	{ "1.2.3.4.", 1, 8, 3345 },
	{ "1..2.3", 1, 2, 3345 },
	{ ".1.2.3", 1, 0, 3345 },
	{ "192.0.2.0/24", 1, 9, 3345 },
	{ "192.0.2.-5", 1, 8, 3345 },
	{ "192.0.2.1-", 1, 9, 3345 },
	{ "1-2-3.0.0.0", 1, 0, 3345 },
	{ "1.2.3.4-1.2.3.5", 1, 7, 3345 },	/* APAR PH59144 */
	{ "192.0.2.1,192.0.2.2", 1, 9, 3345 },
	{ "192.0.2.1,192.0.2.2", 0, 9, 3345 },
	{ "192. 0.2.1", 1, 4, 3345 },
	{ "1:2:3:4:5:6:7", 1, 13, 3345 },	/* too few groups */
	{ "1:2:3:4:5:6:7:8:9", 1, 16, 3345 },
	{ "1::2::3", 1, 4, 3345 },
	{ ":1:2:3:4:5:6:7", 1, 0, 3345 },
	{ "1:2:3:4:5:6:7:", 1, 13, 3345 },
	{ ":::1", 1, 2, 3345 },
	{ "1:::2", 1, 3, 3345 },
	{ "1:2:3:4::5:6:7:8", 1, 7, 3345 },	/* '::' for no group */
	{ "2001:DB8::*", 1, 8, 3345 },		/* '::' with '*' */
	{ "2001::*:1", 1, 4, 3345 },
	{ "2001:db8::g", 1, 10, 3345 },
	{ "12345::1", 1, 0, 3345 },
	{ "2001:db8::/32", 1, 10, 3345 },
	{ "2001:DB8:*:*", 1, 9, 3345 },
	{ "2001:DB8:0:0:0:0:0:8-0", 1, 19, 3346 },
	{ "::ffff:192.0.2.*", 1, 7, 3345 },
	{ "::ffff:1.2.3.4:5", 1, 7, 3345 },
	{ "::ffff:1.2.3.256", 1, 7, 3345 },
	{ "fe80::1%eth0", 1, 7, 3345 },
	{ "[::1]", 1, 0, 3345 },
	{ "host.example.com", 0, 0, 3345 },	/* no host names in ADDRLIST */
	{ "*.example.com", 0, 0, 3345 },
	{ "my_host", 0, 0, 3345 },
	{ "my_host", 1, 2, 3345 },
	{ "a*b.example.com", 1, 1, 3345 },
	{ "this is an invalid address", 1, 4, 3345 },
	{ "10.57.xyz24.1-10.57.227.254", 1, 24, 3345 },	/* PH59144 */
	{ "mq.example.c0m", 1, 11, 3345 },
	{ "-host.example.com", 1, 0, 3345 },
	{ "host-.example.com", 1, 4, 3345 },
	{ "host..example.com", 1, 5, 3345 },
	{ "host.example.com..", 1, 17, 3345 },
	{ L64 ".com", 1, 63, 3345 },
	{ L256 L64, 1, 264, 3345 },
};

START_TEST(test_reject)
{
	struct addr_pattern	p;
	struct addr_error	err;
	const char		*in = reject_cases[_i].in;

	ck_assert_msg(addr_pattern_parse(in, strlen(in),
	    reject_cases[_i].hosts, &p, &err) == -1,
	    "'%s' accepted as %s", in, addr_pattern_text(&p));
	ck_assert_msg(err.offset == reject_cases[_i].offset,
	    "'%s': offset %zu, expected %zu (%s)", in, err.offset,
	    reject_cases[_i].offset, err.message);
	ck_assert_msg(err.reason == reject_cases[_i].reason,
	    "'%s': reason %d, expected %d (%s)", in, err.reason,
	    reject_cases[_i].reason, err.message);
	ck_assert(err.message[0] != '\0');
	ck_assert_ptr_null(strchr(err.message, '\n'));
	ck_assert(err.message[strlen(err.message) - 1] == '.');
	ck_assert_int_eq(p.kind, ADDR_NONE);
	ck_assert_ptr_null(p.text);
	addr_pattern_free(&p);
}
END_TEST

/* Matching: pattern, peer address (NULL: none), host name, result. */
static const struct {
	const char	*pattern;
	const char	*ip;
	const char	*host;
	int		 match;
} match_cases[] = {
	{ "192.0.2.1", "192.0.2.1", NULL, 1 },
	{ "192.0.2.1", "192.0.2.2", NULL, 0 },
	{ "192.0.2.*", "192.0.2.200", NULL, 1 },
	{ "192.0.2.*", "192.0.3.1", NULL, 0 },
	{ "192.0.*", "192.0.9.9", NULL, 1 },
	{ "192.0.*", "192.1.0.0", NULL, 0 },
	{ "192.*.2", "192.7.8.2", NULL, 1 },
	{ "192.*.2", "192.7.8.3", NULL, 0 },
	{ "192.0.*.2", "192.0.5.2", NULL, 1 },
	{ "192.0.*.2", "192.0.5.3", NULL, 0 },
	{ "9.95.100.1-5", "9.95.100.1", NULL, 1 },
	{ "9.95.100.1-5", "9.95.100.5", NULL, 1 },
	{ "9.95.100.1-5", "9.95.100.6", NULL, 0 },
	{ "9.95.100.1-5", "9.95.100.0", NULL, 0 },
	{ "192.0.*.1-8", "192.0.77.8", NULL, 1 },
	{ "192.0.*.1-8", "192.0.77.9", NULL, 0 },
	{ "10.*", "10.255.255.255", NULL, 1 },
	{ "10.*", "11.0.0.0", NULL, 0 },
	{ "*.1", "7.8.9.1", NULL, 1 },
	{ "*.1.*", "5.1.7.8", NULL, 1 },
	{ "*.1.*", "5.6.1.8", NULL, 1 },
	{ "*.1.*", "5.6.7.1", NULL, 0 },
	{ "*.1.*", "1.2.3.4", NULL, 0 },
	{ "*.*.1", "9.9.9.1", NULL, 1 },
	{ "*", "192.0.2.1", NULL, 1 },
	{ "*", "2001:db8::1", NULL, 1 },
	{ "*", NULL, "host.example.com", 1 },
	/* IPv4-mapped peers are IPv4 peers. */
	{ "192.0.2.1", "::ffff:192.0.2.1", NULL, 1 },
	{ "192.0.2.*", "::ffff:c000:2ff", NULL, 1 },
	{ "::ffff:192.0.2.1", "192.0.2.1", NULL, 1 },
	{ "0:0:0:0:0:FFFF:*", "203.0.113.7", NULL, 1 },
	{ "2001:*", "192.0.2.1", NULL, 0 },
	{ "192.0.2.1", "2001:db8::c000:201", NULL, 0 },
	/* IPv6. */
	{ "2001:DB8:0:0:0:0:0:*", "2001:db8::5", NULL, 1 },
	{ "2001:DB8:0:0:0:0:0:*", "2001:db9::5", NULL, 0 },
	{ "2001:DB8:0:0:0:*", "2001:db8::1:2:3", NULL, 1 },
	{ "2001:DB8:0:0:0:*", "2001:db8:1::", NULL, 0 },
	{ "2001:DB8:0:0:0:*:0:1", "2001:db8::abcd:0:1", NULL, 1 },
	{ "2001:DB8:0:0:0:*:0:1", "2001:db8::abcd:0:2", NULL, 0 },
	{ "2001:*:1", "2001:1:2:3:4:5:6:1", NULL, 1 },
	{ "2001:*:1", "2002::1", NULL, 0 },
	{ "2001:DB8:0:0:0:0:0:0-8", "2001:db8::8", NULL, 1 },
	{ "2001:DB8:0:0:0:0:0:0-8", "2001:db8::9", NULL, 0 },
	{ "2001:db8::a-ff", "2001:DB8::FF", NULL, 1 },
	{ "2001:db8::a-ff", "2001:db8::100", NULL, 0 },
	{ "*:1:*:2:*", "9:9:1:9:9:2:9:9", NULL, 1 },
	{ "*:1:*:2:*", "9:9:1:9:9:9:9:2", NULL, 0 },
	{ "::1", "::1", NULL, 1 },
	/* Host names, only when the reverse lookup gave one. */
	{ "win10", "10.0.0.9", "WIN10", 1 },
	{ "win10", "10.0.0.9", NULL, 0 },
	{ "win10", NULL, "win10.example.com", 0 },
	{ "*.example.com", NULL, "mq1.example.com", 1 },
	{ "*.example.com", NULL, "MQ1.EXAMPLE.COM.", 1 },
	{ "*.example.com", NULL, "example.com", 0 },
	{ "*.example.com", NULL, "mq1.example.org", 0 },
	{ "mqhost*", NULL, "mqhost07.corp", 1 },
	{ "mqhost*", NULL, "mqhost", 1 },
	{ "mqhost*", NULL, "xmqhost", 0 },
	{ "*prod*", NULL, "app-prod-3.example.com", 1 },
	{ "*prod*", NULL, "app.example.com", 0 },
	{ "*prod*", NULL, "pro", 0 },
	{ "host.example.com.", NULL, "host.example.com", 1 },
	{ "host.example.com", "192.0.2.1", NULL, 0 },
	{ "192.0.2.1", NULL, "192.0.2.1", 0 },
};

START_TEST(test_match)
{
	struct addr_pattern	p;
	struct addr_ip		ip;
	const char		*pat = match_cases[_i].pattern;
	const char		*s = match_cases[_i].ip;

	compile(pat, 1, &p);
	if (s != NULL)
		ck_assert_int_eq(addr_parse_ip(s, &ip), ADDR_IP_OK);
	ck_assert_msg(addr_match(&p, s != NULL ? &ip : NULL,
	    match_cases[_i].host) == match_cases[_i].match,
	    "'%s' vs %s / %s: expected %d", pat, s ? s : "-",
	    match_cases[_i].host ? match_cases[_i].host : "-",
	    match_cases[_i].match);
	addr_pattern_free(&p);
}
END_TEST

/* Concrete addresses as given with --address or RUNCHECK ADDRESS. */
static const struct {
	const char	*in;
	int		 rc;
	int		 family;
	const char	*shown;
} ip_cases[] = {
	{ "192.0.2.10", ADDR_IP_OK, ADDR_FAMILY_IPV4, "192.0.2.10" },
	{ "0.0.0.0", ADDR_IP_OK, ADDR_FAMILY_IPV4, "0.0.0.0" },
	{ "2001:db8::1", ADDR_IP_OK, ADDR_FAMILY_IPV6, "2001:db8::1" },
	{ "2001:DB8:0:0:0:0:0:1", ADDR_IP_OK, ADDR_FAMILY_IPV6,
	  "2001:db8::1" },
	{ "::1", ADDR_IP_OK, ADDR_FAMILY_IPV6, "::1" },
	{ "::ffff:192.0.2.9", ADDR_IP_OK, ADDR_FAMILY_IPV4, "192.0.2.9" },
	{ "0:0:0:0:0:ffff:c000:209", ADDR_IP_OK, ADDR_FAMILY_IPV4,
	  "192.0.2.9" },
	{ "192.0.2.*", ADDR_IP_GENERIC, 0, NULL },
	{ "192.0.2.1-5", ADDR_IP_GENERIC, 0, NULL },
	{ "*", ADDR_IP_GENERIC, 0, NULL },
	{ "2001:db8:0:0:0:0:0:*", ADDR_IP_GENERIC, 0, NULL },
	{ "host.example.com", ADDR_IP_HOSTNAME, 0, NULL },
	{ "192.0.2", ADDR_IP_INVALID, 0, NULL },
	{ "", ADDR_IP_INVALID, 0, NULL },
	{ " 192.0.2.1", ADDR_IP_INVALID, 0, NULL },
	{ "2001:db8::*", ADDR_IP_INVALID, 0, NULL },
	{ "fe80::1%eth0", ADDR_IP_INVALID, 0, NULL },
	{ "[::1]", ADDR_IP_INVALID, 0, NULL },
};

START_TEST(test_parse_ip)
{
	struct addr_ip	ip;
	char		buf[64];

	ck_assert_int_eq(addr_parse_ip(ip_cases[_i].in, &ip),
	    ip_cases[_i].rc);
	if (ip_cases[_i].rc != ADDR_IP_OK)
		return;
	ck_assert_int_eq(ip.family, ip_cases[_i].family);
	addr_ip_format(&ip, buf, sizeof buf);
	ck_assert_str_eq(buf, ip_cases[_i].shown);
}
END_TEST

/* Addresses in network byte order, as from a struct sockaddr. */
START_TEST(test_ip_set)
{
	static const unsigned char	v4[4] = { 192, 0, 2, 7 };
	static const unsigned char	mapped[16] = {
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 7
	};
	static const unsigned char	v6[16] = {
		0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
	};
	struct addr_ip			ip, ref;
	struct addr_pattern		p;
	char				buf[64];

	ck_assert_int_eq(addr_parse_ip("192.0.2.7", &ref), ADDR_IP_OK);
	ck_assert_int_eq(addr_ip_set(&ip, v4, sizeof v4), 0);
	ck_assert_mem_eq(&ip, &ref, sizeof ip);
	ck_assert_int_eq(addr_ip_set(&ip, mapped, sizeof mapped), 0);
	ck_assert_mem_eq(&ip, &ref, sizeof ip);
	ck_assert_int_eq(addr_ip_set(&ip, v6, sizeof v6), 0);
	ck_assert_int_eq(ip.family, ADDR_FAMILY_IPV6);
	addr_ip_format(&ip, buf, sizeof buf);
	ck_assert_str_eq(buf, "2001:db8::1");
	compile("2001:DB8:0:0:0:0:0:0-8", 0, &p);
	ck_assert_int_eq(addr_match(&p, &ip, NULL), 1);
	addr_pattern_free(&p);
	ck_assert_int_eq(addr_ip_set(&ip, v4, 3), -1);
}
END_TEST

/*
 * The packed IPv4 matcher agrees with a part-by-part check of every
 * placement, on values at and around each pattern's bounds.
 */
static const char *const v4_patterns[] = {
	"0-9.0.0.0", "255.255.255.255", "*.255", "1-254.*", "10.*.0-1.*",
	"*.1.*", "0.*", "128-255.0-127.*.7", "*",
};

static int
slow_match(const struct addr_pattern *p, const struct addr_ip *ip)
{
	const struct addr_iv	*iv;
	int			 a, i, ok;

	if (p->kind == ADDR_ANY)
		return 1;
	for (a = 0; a < p->nalt; a++) {
		iv = a == 0 ? p->iv : p->more + (a - 1) * p->nparts;
		for (ok = 1, i = 0; i < 4; i++)
			if (ip->v4[i] < iv[i].lo || ip->v4[i] > iv[i].hi)
				ok = 0;
		if (ok)
			return 1;
	}
	return 0;
}

START_TEST(test_v4_packed)
{
	static const unsigned char	vals[] = {
		0, 1, 2, 6, 7, 8, 9, 10, 126, 127, 128, 129, 253, 254, 255
	};
	struct addr_pattern		p;
	struct addr_ip			ip;
	unsigned char			b[4];
	size_t				i, n = NITEMS(vals), k;

	compile(v4_patterns[_i], 0, &p);
	for (k = 0; k < n * n * n * n; k++) {
		for (i = 0; i < 4; i++)
			b[i] = vals[k / (i == 0 ? 1 : i == 1 ? n : i == 2 ?
			    n * n : n * n * n) % n];
		addr_ip_set(&ip, b, 4);
		ck_assert_msg(addr_match(&p, &ip, NULL) ==
		    slow_match(&p, &ip), "%s vs %u.%u.%u.%u",
		    v4_patterns[_i], b[0], b[1], b[2], b[3]);
	}
	addr_pattern_free(&p);
}
END_TEST

/* Specificity: < 0 when a is the more specific. */
static const struct {
	const char	*a;
	const char	*b;
	int		 sign;
} spec_cases[] = {
	{ "192.0.2.1", "192.0.2.1-5", -1 },	/* exact > range */
	{ "192.0.2.1-5", "192.0.2.*", -1 },	/* range > '*' pattern */
	{ "9.95.100.1-5", "*", -1 },		/* IBM's APP2.CHAN */
	{ "192.0.2.1-100", "192.0.*.5", -1 },	/* class before parts */
	{ "192.0.2.1-3", "192.0.2.1-5", -1 },	/* nested: narrower */
	{ "192.0.2.*", "192.0.*", -1 },		/* more literal parts */
	{ "192.0.*", "192.*.2", -1 },		/* literal earlier */
	{ "192.0.1-2.*", "192.0.*.5", -1 },
	{ "192.0.*.1", "192.0.*", -1 },
	{ "*", "win10", -1 },			/* host names at the bottom */
	{ "192.0.2.5", "win10", -1 },
	{ "*.example.com", "*", 1 },
	{ "win10", "*.example.com", -1 },	/* exact name > pattern */
	{ "*.prod.example.com", "*.example.com", -1 },
	{ "192.0.2.1", "192.0.2.1", 0 },
	{ "192.0.2.1", "0:0:0:0:0:FFFF:C000:201", -1 },
	{ "2001:DB8:0:0:0:0:0:*", "2001:DB8:0:0:0:*", -1 },
	{ "2001:DB8:0:0:0:0:0:1", "2001:DB8:0:0:0:0:0:0-8", -1 },
	{ "*", "*", 0 },
	{ "mqhost*", "*host", -1 },		/* more literal text */
	{ "mqhost*", "*mqhost", 0 },
};

START_TEST(test_specificity)
{
	struct addr_pattern	a, b;
	int			r, want = spec_cases[_i].sign;

	compile(spec_cases[_i].a, 1, &a);
	compile(spec_cases[_i].b, 1, &b);
	r = addr_specificity_cmp(&a, &b);
	ck_assert_msg((r < 0) == (want < 0) && (r > 0) == (want > 0),
	    "cmp(%s, %s) = %d, expected sign %d", spec_cases[_i].a,
	    spec_cases[_i].b, r, want);
	r = addr_specificity_cmp(&b, &a);
	ck_assert_msg((r < 0) == (want > 0) && (r > 0) == (want < 0),
	    "cmp(%s, %s) = %d is not antisymmetric", spec_cases[_i].b,
	    spec_cases[_i].a, r);
	addr_pattern_free(&a);
	addr_pattern_free(&b);
}
END_TEST

/* qsort() with the comparator gives the documented order. */
static const char *const spec_order[] = {
	"192.0.2.1", "192.0.2.1-3", "192.0.2.1-5", "192.0.2.*",
	"192.0.*.1", "192.0.*", "192.*.2", "*", "host.example.com",
	"*.example.com",
};

static int
cmp_patterns(const void *x, const void *y)
{
	return addr_specificity_cmp(x, y);
}

START_TEST(test_specificity_sort)
{
	struct addr_pattern	v[NITEMS(spec_order)];
	size_t			i, n = NITEMS(spec_order);

	/* Compile in reverse so that the sort has work to do. */
	for (i = 0; i < n; i++)
		compile(spec_order[n - 1 - i], 1, &v[i]);
	qsort(v, n, sizeof v[0], cmp_patterns);
	for (i = 0; i < n; i++) {
		ck_assert_str_eq(addr_pattern_text(&v[i]), spec_order[i]);
		addr_pattern_free(&v[i]);
	}
}
END_TEST

/* MQRCCF_IPADDR_RANGE_CONFLICT between two filters of one profile. */
static const struct {
	const char	*a;
	const char	*b;
	int		 conflict;
} conflict_cases[] = {
	{ "192.0.2.1-10", "192.0.2.5-20", 1 },	/* partial overlap */
	{ "192.0.2.1-10", "192.0.2.2-5", 0 },	/* nested */
	{ "192.0.2.1-10", "192.0.2.1-10", 0 },	/* equal */
	{ "192.0.2.1-10", "192.0.2.11-20", 0 },	/* separate */
	{ "192.0.2.1-10", "192.0.2.*", 0 },
	{ "192.0.2.1-10", "192.0.2.5", 0 },
	{ "192.0.2.1-10", "192.0.*", 0 },
	{ "192.0.2.1-10", "*", 0 },
	{ "192.0.2.1-10", "2001:*", 0 },
	{ "192.0.2.1-10", "host.example.com", 0 },
	{ "192.0.1-5.*", "192.0.*.7", 1 },
	{ "10.1-5.*", "10.3-9.1-2.*", 1 },
	{ "192.0.2.*", "192.0.*.1", 0 },	/* no range at all */
	{ "2001:DB8:0:0:0:0:0:0-8", "2001:DB8:0:0:0:0:0:5-F", 1 },
	{ "2001:DB8:0:0:0:0:0:0-8", "2001:DB8:0:0:0:*", 0 },
	/* Covered only by the union of the two placements of *.5.* */
	{ "1.4-5.5.1-9", "*.5.*", 0 },
	{ "1.4-5.4-5.1-9", "*.5.*", 1 },
};

START_TEST(test_conflict)
{
	struct addr_pattern	a, b;
	int			want = conflict_cases[_i].conflict;

	compile(conflict_cases[_i].a, 1, &a);
	compile(conflict_cases[_i].b, 1, &b);
	ck_assert_msg(addr_ranges_conflict(&a, &b) == want,
	    "conflict(%s, %s) != %d", conflict_cases[_i].a,
	    conflict_cases[_i].b, want);
	ck_assert_msg(addr_ranges_conflict(&b, &a) == want,
	    "conflict(%s, %s) != %d", conflict_cases[_i].b,
	    conflict_cases[_i].a, want);
	addr_pattern_free(&a);
	addr_pattern_free(&b);
}
END_TEST

/* The parser reads s[0..len) only, and err may be NULL. */
START_TEST(test_bounds)
{
	static const char	buf[] = "192.0.2.1XYZ";
	struct addr_pattern	p, q;

	ck_assert_int_eq(addr_pattern_parse(buf, 9, 0, &p, NULL), 0);
	ck_assert_str_eq(addr_pattern_text(&p), "192.0.2.1");
	addr_pattern_free(&p);
	ck_assert_int_eq(addr_pattern_parse(buf, 12, 0, &p, NULL), -1);
	ck_assert_str_eq(addr_pattern_text(&p), "");
	/* What a failed parse leaves matches nothing, and ranks last. */
	ck_assert_int_eq(addr_match(&p, NULL, "x"), 0);
	ck_assert_int_eq(addr_pattern_parse("*", 1, 0, &q, NULL), 0);
	ck_assert_int_eq(addr_match(&q, NULL, "x"), 1);
	ck_assert_int_gt(addr_specificity_cmp(&p, &q), 0);
	addr_pattern_free(&q);
	addr_pattern_free(&p);
	ck_assert_int_eq(ADDR_LIST_MAX, 100);
}
END_TEST

static Suite *
address_suite(void)
{
	Suite	*s = suite_create("address");
	TCase	*tc = tcase_create("core");

	tcase_add_loop_test(tc, test_accept, 0, (int)NITEMS(accept_cases));
	tcase_add_loop_test(tc, test_reject, 0, (int)NITEMS(reject_cases));
	tcase_add_loop_test(tc, test_match, 0, (int)NITEMS(match_cases));
	tcase_add_loop_test(tc, test_parse_ip, 0, (int)NITEMS(ip_cases));
	tcase_add_test(tc, test_ip_set);
	tcase_add_loop_test(tc, test_v4_packed, 0,
	    (int)NITEMS(v4_patterns));
	tcase_add_loop_test(tc, test_specificity, 0,
	    (int)NITEMS(spec_cases));
	tcase_add_test(tc, test_specificity_sort);
	tcase_add_loop_test(tc, test_conflict, 0,
	    (int)NITEMS(conflict_cases));
	tcase_add_test(tc, test_bounds);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner	*sr = srunner_create(address_suite());
	int	 failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
