/*
 * simulate-batch.c - `mqtls simulate --batch FILE`: replay connections,
 * one a line, through the decision engine and write one verdict a line,
 * streaming, so a day of connection history can be run through a
 * proposed change (mqtls-simulate(1), BATCH).
 *
 * Input is CSV (RFC 4180: fields in double quotes may hold commas, line
 * ends and "" for a quote) with a header naming the columns, in any
 * order: channel (required), address, sslpeer, sslcerti, clntuser,
 * qmname.  Output is CSV or JSON lines.  A line that cannot be read gets
 * an "error" verdict that says where and why, and the rest goes on.
 *
 * Speed: the index is built once; a decision without a trace does not
 * allocate; DNs are parsed once per distinct text (a bounded cache),
 * since a day of traffic repeats the same few certificates.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "address.h"
#include "decide.h"
#include "dn.h"
#include "json.h"
#include "model.h"
#include "schema.h"
#include "simulate-batch.h"
#include "xmalloc.h"

enum col {
	COL_CHANNEL = 0, COL_ADDRESS, COL_SSLPEER, COL_SSLCERTI, COL_CLNTUSER,
	COL_QMNAME, NCOLS
};

static const char *const col_names[NCOLS] = {
	"channel", "address", "sslpeer", "sslcerti", "clntuser", "qmname",
};

#define MAXFIELDS	32

/* One CSV record: fields point into buf. */
struct record {
	char		*buf;
	size_t		 cap, len;
	char		*field[MAXFIELDS];
	size_t		 flen[MAXFIELDS];
	size_t		 fcol[MAXFIELDS];	/* 1-based column of the value
						   (after an opening quote) */
	size_t		 nfields;
	unsigned long	 line;			/* where it starts */
	unsigned long	 lines;			/* physical lines it took */
};

/* One output line is built here and written with one fwrite. */
struct obuf {
	char	*p;
	size_t	 len, cap;
};

/* A parsed DN, cached by its text. */
struct dn_slot {
	char		*text;
	size_t		 len;
	uint32_t	 hash;
	int		 ok;
	struct dn	 dn;
	struct dn_error	 err;
};

/* Slots, a power of two: 131,072 DNs before the cache starts over. */
#define DNCACHE	(1 << 18)

struct batch {
	const struct decide_index	*idx;
	const struct batch_opts		*opts;
	FILE				*in, *out;
	const char			*name;
	int				 map[MAXFIELDS]; /* field -> col */
	size_t				 ncols;
	struct dn_slot			**cache;	/* DNCACHE */
	size_t				 cached;
	struct batch_stats		*st;
	char				*line;
	size_t				 linecap;
	struct obuf			 ob;
	unsigned long			 lineno;
};

/* Eight bytes at a time: DNs are long, and hashed once a line. */
static uint32_t
hash(const char *s, size_t n)
{
	uint64_t	 h = 0x9e3779b97f4a7c15ULL ^ n, w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	return (uint32_t)(h ^ (h >> 29));
}

static void
cache_clear(struct batch *b)
{
	size_t	 i;

	for (i = 0; i < DNCACHE; i++)
		if (b->cache[i] != NULL) {
			free(b->cache[i]->text);
			dn_free(&b->cache[i]->dn);
			free(b->cache[i]);
			b->cache[i] = NULL;
		}
	b->cached = 0;
}

/*
 * The parsed DN for text (check ->ok).  The table holds pointers, so a
 * probe touches 8 bytes a slot; a slot stays valid until the cache is
 * cleared, which only a later dn_get can do.
 */
static const struct dn_slot *
dn_get(struct batch *b, const char *s, size_t n)
{
	uint32_t	 h = hash(s, n);
	size_t		 i = h & (DNCACHE - 1);
	struct dn_slot	*sl;

	for (; (sl = b->cache[i]) != NULL; i = (i + 1) & (DNCACHE - 1))
		if (sl->hash == h && sl->len == n &&
		    memcmp(sl->text, s, n) == 0)
			return sl;
	if (b->cached >= DNCACHE / 2) {		/* full enough: start over */
		cache_clear(b);
		i = h & (DNCACHE - 1);
	}
	sl = b->cache[i] = xcalloc(1, sizeof *sl);
	sl->text = xstrndup(s, n);
	sl->len = n;
	sl->hash = h;
	dn_init(&sl->dn);
	sl->ok = dn_from_rfc4514(s, n, &sl->dn, &sl->err) == 0;
	b->cached++;
	return sl;
}

/*
 * Read one CSV record.  Returns 1, 0 at the end, or -1 with *why for a
 * record that is not CSV (the record is still consumed).
 */
static int
read_record(struct batch *b, struct record *r, const char **why,
    size_t *whycol)
{
	ssize_t		 got;
	size_t		 i, start, col;
	int		 inq;
	char		*p;

	r->len = 0;
	r->nfields = 0;
	r->lines = 0;
	*why = NULL;
	inq = 0;
	do {
		if ((got = getline(&b->line, &b->linecap, b->in)) <= 0) {
			if (r->lines == 0)
				return 0;
			*why = "a quoted field is not closed before the end of "
			    "the input";
			*whycol = 1;
			return -1;
		}
		b->lineno++;
		if (r->lines++ == 0)
			r->line = b->lineno;
		if (r->len + (size_t)got + 1 > r->cap) {
			r->cap = (r->len + (size_t)got + 1) * 2;
			r->buf = xrealloc(r->buf, r->cap);
		}
		memcpy(r->buf + r->len, b->line, (size_t)got);
		/* Is a quote still open at the end of this line? */
		for (i = r->len; i < r->len + (size_t)got; i++)
			if (r->buf[i] == '"')
				inq = !inq;
		r->len += (size_t)got;
	} while (inq);
	while (r->len > 0 && (r->buf[r->len - 1] == '\n' ||
	    r->buf[r->len - 1] == '\r'))
		r->len--;
	r->buf[r->len] = '\0';

	/* Split in place: unquote, and "" -> ". */
	p = r->buf;
	i = 0;
	for (;;) {
		char *w = p + i;

		start = i;
		col = i + 1;
		if (r->buf[i] == '"') {
			col++;		/* errors point into the value */
			i++;
			for (;;) {
				if (r->buf[i] == '\0')
					break;
				if (r->buf[i] == '"') {
					if (r->buf[i + 1] == '"') {
						*w++ = '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				*w++ = r->buf[i++];
			}
			if (r->buf[i] != ',' && r->buf[i] != '\0') {
				*why = "text after a closing quote: a quoted "
				    "field ends at '\"' followed by ',' or the "
				    "end of the line (write \"\" for a quote "
				    "inside)";
				*whycol = i + 1;
				return -1;
			}
		} else {
			while (r->buf[i] != ',' && r->buf[i] != '\0') {
				if (r->buf[i] == '"') {
					*why = "a quote inside an unquoted "
					    "field: quote the whole field and "
					    "write \"\" for the quote";
					*whycol = i + 1;
					return -1;
				}
				*w++ = r->buf[i++];
			}
		}
		if (r->nfields == MAXFIELDS) {
			*why = "too many fields";
			*whycol = col;
			return -1;
		}
		r->field[r->nfields] = p + start;
		r->flen[r->nfields] = (size_t)(w - (p + start));
		r->fcol[r->nfields] = col;
		r->nfields++;
		if (r->buf[i] == '\0')
			break;
		*w = '\0';
		i++;		/* the ',' */
	}
	for (i = 0; i < r->nfields; i++)
		r->field[i][r->flen[i]] = '\0';
	return 1;
}


static void
ob_add(struct obuf *o, const char *s, size_t n)
{
	if (o->len + n + 1 > o->cap) {
		o->cap = (o->len + n + 1) * 2;
		o->p = xrealloc(o->p, o->cap);
	}
	memcpy(o->p + o->len, s, n);
	o->len += n;
}

static void
ob_str(struct obuf *o, const char *s)
{
	if (s != NULL)
		ob_add(o, s, strlen(s));
}

static void
ob_ulong(struct obuf *o, unsigned long v)
{
	char	 d[24];
	size_t	 i = sizeof d;

	do {
		d[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	ob_add(o, d + i, sizeof d - i);
}

/* A CSV field: quoted only when it must be (RFC 4180). */
static void
ob_csv(struct obuf *o, const char *s)
{
	const char	*p;

	if (s == NULL || *s == '\0')
		return;
	if (strpbrk(s, ",\"\r\n") == NULL) {
		ob_str(o, s);
		return;
	}
	ob_add(o, "\"", 1);
	for (p = s; *p != '\0'; p++) {
		if (*p == '"')
			ob_add(o, "\"", 1);
		ob_add(o, p, 1);
	}
	ob_add(o, "\"", 1);
}

static void
put_json(FILE *f, const char *s)
{
	if (s == NULL)
		fputs("null", f);
	else
		json_cstring(f, s);
}

static const char *
subtype(const struct mobj *o)
{
	return o->subtype >= 0 && o->obj->subtypes != NULL ?
	    o->obj->subtypes[o->subtype] : NULL;
}

/* Write a verdict, or an error (msg != NULL) for line. */
static void
emit(struct batch *b, unsigned long line, const char *channel,
    const struct decide_verdict *v, const char *msg)
{
	FILE		*f = b->out;
	const char	*decision = msg != NULL ? "error" : v->allowed ?
			    "allow" : "block";
	const struct mobj *rec = msg == NULL ? v->record : NULL;
	size_t		 i;

	if (b->opts->json) {
		fprintf(f, "{\"line\": %lu, \"channel\": ", line);
		put_json(f, channel);
		fprintf(f, ", \"decision\": \"%s\", \"mcauser\": ", decision);
		put_json(f, msg == NULL ? v->mcauser : NULL);
		fputs(", \"blocked_by\": ", f);
		put_json(f, msg == NULL && v->blocked_by != DBLK_NONE ?
		    decide_block_name(v->blocked_by) : NULL);
		fputs(", \"record\": ", f);
		if (rec != NULL) {
			fputs("{\"profile\": ", f);
			put_json(f, rec->name);
			fputs(", \"type\": ", f);
			put_json(f, subtype(rec));
			fputs(", \"file\": ", f);
			put_json(f, rec->src_file);
			if (rec->src_file != NULL)
				fprintf(f, ", \"line\": %u}", rec->src_line);
			else
				fputs(", \"line\": null}", f);
		} else
			fputs("null", f);
		fputs(", \"warnings\": [", f);
		for (i = 0; msg == NULL && i < v->nwarnings; i++) {
			if (i > 0)
				fputs(", ", f);
			json_cstring(f, v->warnings[i].text);
		}
		fputs("], \"error\": ", f);
		put_json(f, msg);
		fputs("}\n", f);
		return;
	}
	b->ob.len = 0;
	ob_ulong(&b->ob, line);
	ob_add(&b->ob, ",", 1);
	ob_csv(&b->ob, channel);
	ob_add(&b->ob, ",", 1);
	ob_str(&b->ob, decision);
	ob_add(&b->ob, ",", 1);
	if (msg == NULL) {
		ob_csv(&b->ob, v->mcauser);
		ob_add(&b->ob, ",", 1);
		if (v->blocked_by != DBLK_NONE)
			ob_str(&b->ob, decide_block_name(v->blocked_by));
		ob_add(&b->ob, ",", 1);
		if (rec != NULL) {
			ob_csv(&b->ob, rec->name);
			ob_add(&b->ob, ",", 1);
			ob_csv(&b->ob, subtype(rec));
			ob_add(&b->ob, ",", 1);
			ob_csv(&b->ob, rec->src_file);
			ob_add(&b->ob, ",", 1);
			if (rec->src_file != NULL)
				ob_ulong(&b->ob, rec->src_line);
		} else
			ob_add(&b->ob, ",,,", 3);
		ob_add(&b->ob, ",", 1);
		ob_ulong(&b->ob, v->nwarnings);
		ob_add(&b->ob, ",\n", 2);
	} else {
		ob_add(&b->ob, ",,,,,,0,", 8);
		ob_csv(&b->ob, msg);
		ob_add(&b->ob, "\n", 1);
	}
	fwrite(b->ob.p, 1, b->ob.len, f);
}

static void	line_error(struct batch *, const struct record *, size_t,
		    const char *, const char *, ...)
		    __attribute__((format(printf, 5, 6)));

/* An error verdict for record r: "file:line:col: message". */
static void
line_error(struct batch *b, const struct record *r, size_t col,
    const char *channel, const char *fmt, ...)
{
	char	 buf[512];
	int	 n;
	va_list	 ap;

	n = snprintf(buf, sizeof buf, "%s:%lu:%zu: ", b->name, r->line, col);
	if (n < 0 || (size_t)n >= sizeof buf)
		n = 0;
	va_start(ap, fmt);
	vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
	va_end(ap);
	emit(b, r->line, channel, NULL, buf);
	b->st->errors++;
}

static int
read_header(struct batch *b, struct record *r)
{
	const char	*why;
	size_t		 i, c, whycol;
	int		 seen[NCOLS] = { 0 }, rc;

	while ((rc = read_record(b, r, &why, &whycol)) == 1 &&
	    r->nfields == 1 && r->flen[0] == 0)
		;	/* blank lines before the header */
	if (rc == 0) {
		fprintf(stderr, "%s: no header line: the first line names "
		    "the columns, e.g. channel,address,sslpeer,sslcerti,"
		    "clntuser,qmname\n", b->name);
		return -1;
	}
	if (rc < 0) {
		fprintf(stderr, "%s:%lu:%zu: %s\n", b->name, r->line, whycol,
		    why);
		return -1;
	}
	for (i = 0; i < r->nfields; i++) {
		for (c = 0; c < NCOLS; c++)
			if (r->flen[i] == strlen(col_names[c]) &&
			    strncasecmp(r->field[i], col_names[c],
			    r->flen[i]) == 0)
				break;
		if (c == NCOLS) {
			fprintf(stderr, "%s:%lu:%zu: unknown column '%s': "
			    "columns are channel, address, sslpeer, "
			    "sslcerti, clntuser and qmname\n", b->name,
			    r->line, r->fcol[i], r->field[i]);
			return -1;
		}
		if (seen[c]++) {
			fprintf(stderr, "%s:%lu:%zu: column '%s' is named "
			    "twice\n", b->name, r->line, r->fcol[i],
			    col_names[c]);
			return -1;
		}
		b->map[i] = (int)c;
	}
	if (!seen[COL_CHANNEL]) {
		fprintf(stderr, "%s:%lu:1: the header has no 'channel' "
		    "column: every connection names its channel\n", b->name,
		    r->line);
		return -1;
	}
	b->ncols = r->nfields;
	return 0;
}

static const char *
ip_error(int code)
{
	switch (code) {
	case ADDR_IP_GENERIC:
		return "is a pattern: give the one address the partner "
		    "connects from";
	case ADDR_IP_HOSTNAME:
		return "is a host name: give the partner's IP address";
	default:
		return "is not an IPv4 or IPv6 address";
	}
}

static void
one(struct batch *b, struct record *r, struct decide_verdict *v)
{
	struct decide_conn	 c;
	struct addr_ip		 ip;
	const struct dn_slot	*peer = NULL, *issuer = NULL;
	const char		*f[NCOLS] = { NULL };
	size_t			 fc[NCOLS] = { 0 }, i;
	int			 code;

	if (r->nfields != b->ncols) {
		line_error(b, r, 1, NULL, "this line has %zu field%s, the "
		    "header names %zu columns", r->nfields, r->nfields == 1 ?
		    "" : "s", b->ncols);
		return;
	}
	for (i = 0; i < r->nfields; i++) {
		f[b->map[i]] = r->flen[i] > 0 ? r->field[i] : NULL;
		fc[b->map[i]] = r->fcol[i];
	}
	if (f[COL_CHANNEL] == NULL) {
		line_error(b, r, fc[COL_CHANNEL], NULL, "no channel: every "
		    "connection names its channel");
		return;
	}
	decide_conn_init(&c);
	c.channel = f[COL_CHANNEL];
	c.clntuser = f[COL_CLNTUSER];
	c.qmname = f[COL_QMNAME];
	c.privileged = b->opts->privileged;
	c.nprivileged = b->opts->nprivileged;
	if (f[COL_ADDRESS] != NULL) {
		if ((code = addr_parse_ip(f[COL_ADDRESS], &ip)) != ADDR_IP_OK) {
			line_error(b, r, fc[COL_ADDRESS], c.channel,
			    "address '%s' %s", f[COL_ADDRESS],
			    ip_error(code));
			return;
		}
		c.address = &ip;
	}
	if (f[COL_SSLPEER] != NULL) {
		peer = dn_get(b, f[COL_SSLPEER], strlen(f[COL_SSLPEER]));
		if (!peer->ok) {
			line_error(b, r, fc[COL_SSLPEER] + peer->err.offset,
			    c.channel, "sslpeer: %s", peer->err.message);
			return;
		}
		c.subject = &peer->dn;
	}
	if (f[COL_SSLCERTI] != NULL) {
		if (peer == NULL) {
			line_error(b, r, fc[COL_SSLCERTI], c.channel,
			    "sslcerti without sslpeer: an issuer without a "
			    "subject is no certificate");
			return;
		}
		issuer = dn_get(b, f[COL_SSLCERTI], strlen(f[COL_SSLCERTI]));
		if (!issuer->ok) {
			line_error(b, r, fc[COL_SSLCERTI] +
			    issuer->err.offset, c.channel, "sslcerti: %s",
			    issuer->err.message);
			return;
		}
		c.issuer = &issuer->dn;
		/* Adding the issuer may have cleared the cache. */
		peer = dn_get(b, f[COL_SSLPEER], strlen(f[COL_SSLPEER]));
		c.subject = &peer->dn;
	}
	decide(b->idx, &c, 0, v);
	if (v->allowed)
		b->st->allowed++;
	else
		b->st->blocked++;
	emit(b, r->line, c.channel, v, NULL);
}

int
simulate_batch(const struct decide_index *idx, const struct batch_opts *o,
    const char *path, FILE *out, struct batch_stats *st)
{
	FILE	*in;
	int	 rc;

	if (strcmp(path, "-") == 0)
		return simulate_batch_stream(idx, o, stdin, "<stdin>", out, st);
	if ((in = fopen(path, "r")) == NULL) {
		memset(st, 0, sizeof *st);
		fprintf(stderr, "mqtls simulate: cannot read %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	rc = simulate_batch_stream(idx, o, in, path, out, st);
	fclose(in);
	return rc;
}

int
simulate_batch_stream(const struct decide_index *idx,
    const struct batch_opts *o, FILE *in, const char *name, FILE *out,
    struct batch_stats *st)
{
	struct batch		 b;
	struct record		 r;
	struct decide_verdict	 v;
	const char		*why;
	size_t			 whycol;
	int			 rc = 0, got;

	memset(&b, 0, sizeof b);
	memset(&r, 0, sizeof r);
	memset(st, 0, sizeof *st);
	b.idx = idx;
	b.opts = o;
	b.out = out;
	b.st = st;
	b.in = in;
	b.name = name;
	b.cache = xcalloc(DNCACHE, sizeof *b.cache);
	decide_verdict_init(&v);
	if (read_header(&b, &r) != 0) {
		rc = -1;
		goto out;
	}
	if (o->json == 0)
		fputs("line,channel,decision,mcauser,blocked_by,"
		    "record_profile,record_type,record_file,record_line,"
		    "warnings,error\n", out);
	while ((got = read_record(&b, &r, &why, &whycol)) != 0) {
		if (got < 0) {
			line_error(&b, &r, whycol, NULL, "%s", why);
			continue;
		}
		if (r.nfields == 1 && r.flen[0] == 0)
			continue;	/* a blank line */
		one(&b, &r, &v);
	}
	if (ferror(b.in)) {
		fprintf(stderr, "mqtls simulate: reading %s: %s\n", b.name,
		    strerror(errno));
		rc = -1;
	}
out:
	decide_verdict_free(&v);
	cache_clear(&b);
	free(b.cache);
	free(b.line);
	free(b.ob.p);
	free(r.buf);
	return rc;
}
