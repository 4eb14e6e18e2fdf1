/*
 * helper.c - test helper for tests/probe.sh and bench/probe.sh:
 *
 *	helper peer MODE ADDRESS
 *		listen on ADDRESS (127.0.0.1 or ::1), port chosen by the
 *		kernel, print "PORT n" and serve every connection as MODE
 *		until killed: silent (accept, never answer), garbage (answer
 *		with bytes that are not TLS), close (close at once), drip
 *		(start a TLS record, then one byte a second), reset (read
 *		the ClientHello, then reset the connection).
 *	helper port ADDRESS
 *		print a port that is free on ADDRESS right now (bind to
 *		port 0, read it, release it), for peers that need one given.
 *	helper mkp12 OUT PASSWORD LABEL CERT KEY [LABEL CERT KEY]...
 *		write a PKCS#12 file with one identity per LABEL, CERT a
 *		PEM chain with the leaf first (neither
 *		certtool nor openssl can put several in one file; tls.md
 *		6.1 item 9).
 *
 * Loopback only: ADDRESS must be 127.0.0.1 or ::1.
 */
#include "config.h"

#include <sys/types.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <gnutls/gnutls.h>
#include <gnutls/pkcs12.h>
#include <gnutls/x509.h>

#define MAXCONN	256

enum mode { M_SILENT, M_GARBAGE, M_CLOSE, M_DRIP, M_RESET };

struct conn {
	int	fd;
	size_t	got;
	size_t	sent;
	time_t	next;
};

static int
listen_on(const char *addr, unsigned *port)
{
	struct sockaddr_storage	ss;
	struct sockaddr_in	*s4 = (struct sockaddr_in *)&ss;
	struct sockaddr_in6	*s6 = (struct sockaddr_in6 *)&ss;
	socklen_t		 len;
	int			 fd, one = 1;

	memset(&ss, 0, sizeof ss);
	if (strcmp(addr, "127.0.0.1") == 0) {
		s4->sin_family = AF_INET;
		inet_pton(AF_INET, addr, &s4->sin_addr);
		len = sizeof *s4;
	} else if (strcmp(addr, "::1") == 0) {
		s6->sin6_family = AF_INET6;
		inet_pton(AF_INET6, addr, &s6->sin6_addr);
		len = sizeof *s6;
	} else {
		fprintf(stderr, "helper: loopback only (127.0.0.1 or ::1)\n");
		return -1;
	}
	if ((fd = socket(ss.ss_family, SOCK_STREAM, 0)) < 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0 ||
	    bind(fd, (struct sockaddr *)&ss, len) < 0 || listen(fd, 64) < 0 ||
	    getsockname(fd, (struct sockaddr *)&ss, &len) < 0) {
		perror("helper");
		return -1;
	}
	*port = ntohs(ss.ss_family == AF_INET ? s4->sin_port : s6->sin6_port);
	return fd;
}

static int
peer(enum mode mode, const char *addr)
{
	static const unsigned char record[] = { 0x16, 0x03, 0x03, 0x40, 0x00,
	    0x02, 0x00, 0x3f, 0xfc };
	struct conn	 c[MAXCONN];
	struct pollfd	 pfd[MAXCONN + 1];
	struct linger	 lg = { 1, 0 };
	unsigned char	 buf[4096];
	unsigned	 port;
	size_t		 n = 0, i, k;
	ssize_t		 r;
	int		 lfd, fd;

	signal(SIGPIPE, SIG_IGN);
	if ((lfd = listen_on(addr, &port)) < 0)
		return 1;
	printf("PORT %u\n", port);
	fflush(stdout);
	for (;;) {
		pfd[0].fd = lfd;
		pfd[0].events = POLLIN;
		for (i = 0; i < n; i++) {
			pfd[i + 1].fd = c[i].fd;
			pfd[i + 1].events = POLLIN;
		}
		poll(pfd, n + 1, mode == M_DRIP ? 200 : -1);
		if ((pfd[0].revents & POLLIN) &&
		    (fd = accept(lfd, NULL, NULL)) >= 0) {
			if (n == MAXCONN) {
				close(fd);
			} else {
				/*
				 * "close": end our side at once with a FIN,
				 * then drain what the client sends until it
				 * closes.  close() alone would send a reset
				 * when the ClientHello is already queued,
				 * and the test expects "closed".
				 */
				if (mode == M_CLOSE)
					shutdown(fd, SHUT_WR);
				c[n].fd = fd;
				c[n].got = c[n].sent = 0;
				c[n].next = time(NULL);
				if (mode == M_GARBAGE) {
					static const char junk[] =
					    "HTTP/1.0 400 Bad Request\r\n"
					    "\x01\x02\xff\xfe garbage\r\n\r\n";
					r = write(fd, junk, sizeof junk - 1);
					(void)r;
				}
				n++;
			}
		}
		for (i = 0; i < n; i++) {
			int drop = 0;

			if (pfd[i + 1].revents & (POLLIN | POLLHUP | POLLERR)) {
				r = read(c[i].fd, buf, sizeof buf);
				if (r <= 0)
					drop = 1;
				else
					c[i].got += (size_t)r;
			}
			if (!drop && mode == M_RESET && c[i].got > 0) {
				setsockopt(c[i].fd, SOL_SOCKET, SO_LINGER, &lg,
				    sizeof lg);
				drop = 1;
			}
			if (!drop && mode == M_DRIP && c[i].got > 0 &&
			    time(NULL) >= c[i].next) {
				unsigned char b = c[i].sent < sizeof record ?
				    record[c[i].sent] : 0;

				if (write(c[i].fd, &b, 1) == 1)
					c[i].sent++;
				c[i].next = time(NULL) + 1;
			}
			if (drop) {
				close(c[i].fd);
				for (k = i; k + 1 < n; k++) {
					c[k] = c[k + 1];
					pfd[k + 1] = pfd[k + 2];
				}
				n--;
				i--;
			}
		}
	}
}

static int
load(const char *path, gnutls_datum_t *d)
{
	if (gnutls_load_file(path, d) < 0) {
		fprintf(stderr, "helper: cannot read %s\n", path);
		return -1;
	}
	return 0;
}

#define CHECK(x) do { int ret_ = (x); if (ret_ < 0) { \
	fprintf(stderr, "helper: %s: %s\n", #x, gnutls_strerror(ret_)); \
	return 1; } } while (0)

static int
mkp12(int argc, char **argv)
{
	const char		*out = argv[0], *pass = argv[1];
	gnutls_pkcs12_t		 p12;
	gnutls_pkcs12_bag_t	 bag, kbag;
	gnutls_x509_crt_t	 crt;
	gnutls_x509_privkey_t	 key;
	gnutls_datum_t		 d, kid, der;
	unsigned char		 id[64];
	size_t			 idlen;
	FILE			*f;
	int			 i, idx;

	CHECK(gnutls_pkcs12_init(&p12));
	for (i = 2; i + 2 < argc; i += 3) {
		gnutls_x509_crt_t	*list;
		unsigned		 ncrt, j;

		/* CERT may hold a chain: leaf first, then its issuers. */
		if (load(argv[i + 1], &d) != 0)
			return 1;
		CHECK(gnutls_x509_crt_list_import2(&list, &ncrt, &d,
		    GNUTLS_X509_FMT_PEM, 0));
		gnutls_free(d.data);
		crt = list[0];
		if (load(argv[i + 2], &d) != 0)
			return 1;
		CHECK(gnutls_x509_privkey_init(&key));
		CHECK(gnutls_x509_privkey_import(key, &d,
		    GNUTLS_X509_FMT_PEM));
		gnutls_free(d.data);
		idlen = sizeof id;
		CHECK(gnutls_x509_crt_get_key_id(crt, 0, id, &idlen));
		kid.data = id;
		kid.size = (unsigned)idlen;

		/* Issuers first, leaf last: the walker must not rely on order. */
		CHECK(gnutls_pkcs12_bag_init(&bag));
		for (j = ncrt; j-- > 1;)
			CHECK(gnutls_pkcs12_bag_set_crt(bag, list[j]));
		CHECK(idx = gnutls_pkcs12_bag_set_crt(bag, crt));
		CHECK(gnutls_pkcs12_bag_set_friendly_name(bag, idx,
		    argv[i]));
		CHECK(gnutls_pkcs12_bag_set_key_id(bag, idx, &kid));
		CHECK(gnutls_pkcs12_bag_encrypt(bag, pass,
		    GNUTLS_PKCS_PBES2_AES_128));
		CHECK(gnutls_pkcs12_set_bag(p12, bag));

		CHECK(gnutls_x509_privkey_export2_pkcs8(key,
		    GNUTLS_X509_FMT_DER, pass, GNUTLS_PKCS_PBES2_AES_128,
		    &der));
		CHECK(gnutls_pkcs12_bag_init(&kbag));
		CHECK(idx = gnutls_pkcs12_bag_set_data(kbag,
		    GNUTLS_BAG_PKCS8_ENCRYPTED_KEY, &der));
		CHECK(gnutls_pkcs12_bag_set_friendly_name(kbag, idx,
		    argv[i]));
		CHECK(gnutls_pkcs12_bag_set_key_id(kbag, idx, &kid));
		CHECK(gnutls_pkcs12_set_bag(p12, kbag));
		gnutls_free(der.data);
		gnutls_pkcs12_bag_deinit(bag);
		gnutls_pkcs12_bag_deinit(kbag);
		for (j = 0; j < ncrt; j++)
			gnutls_x509_crt_deinit(list[j]);
		gnutls_free(list);
		gnutls_x509_privkey_deinit(key);
	}
	CHECK(gnutls_pkcs12_generate_mac2(p12, GNUTLS_MAC_SHA256, pass));
	CHECK(gnutls_pkcs12_export2(p12, GNUTLS_X509_FMT_DER, &d));
	if ((f = fopen(out, "wb")) == NULL ||
	    fwrite(d.data, 1, d.size, f) != d.size || fclose(f) != 0) {
		fprintf(stderr, "helper: cannot write %s\n", out);
		return 1;
	}
	gnutls_free(d.data);
	gnutls_pkcs12_deinit(p12);
	return 0;
}

int
main(int argc, char **argv)
{
	static const char *const modes[] = { "silent", "garbage", "close",
	    "drip", "reset" };
	size_t	i;

	if (argc == 3 && strcmp(argv[1], "port") == 0) {
		/* A free port: bind, report, release. */
		unsigned port;
		int fd = listen_on(argv[2], &port);

		if (fd < 0)
			return 1;
		close(fd);
		printf("%u\n", port);
		return 0;
	}
	if (argc == 4 && strcmp(argv[1], "peer") == 0) {
		for (i = 0; i < sizeof modes / sizeof modes[0]; i++)
			if (strcmp(argv[2], modes[i]) == 0)
				return peer((enum mode)i, argv[3]);
	}
	if (argc >= 7 && (argc - 4) % 3 == 0 && strcmp(argv[1], "mkp12") == 0)
		return mkp12(argc - 2, argv + 2);
	fprintf(stderr, "usage: helper port 127.0.0.1|::1\n       helper peer silent|garbage|close|drip|reset "
	    "127.0.0.1|::1\n       helper mkp12 OUT PASSWORD LABEL CERT KEY "
	    "[LABEL CERT KEY]...\n");
	return 2;
}
