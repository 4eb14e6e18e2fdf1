/*
 * sarif.c - SARIF 2.1.0 output (OASIS; tests/sarif/ holds the schema the
 * test suite validates against).
 *
 * Choices, documented in mqtls-lint(1):
 * - tool.driver.rules is the whole catalogue in rule_at() order, so
 *   result.ruleIndex is rule_index(); each rule carries its summary,
 *   why and fix text and its default level.
 * - Locations are URIs relative to the working directory, with uriBaseId
 *   %SRCROOT% (described, not given, so the log does not depend on the
 *   machine); files outside it are absolute file: URIs.  Columns count
 *   Unicode code points (run.columnKind), where the text format counts
 *   bytes; the end column is exclusive, as SARIF wants.
 * - partialFingerprints["mqtlsCommandHash/v1"] hashes the rule id, the
 *   command the finding is in (case-folded, blanks collapsed: see
 *   diag_text_hash) and how many findings of that rule came before in
 *   the same command text in the same file.  Line numbers play no part,
 *   so inserting lines above a finding keeps its fingerprint.
 */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "json.h"
#include "lint-conf.h"
#include "rules.h"
#include "sarif.h"
#include "source.h"
#include "xmalloc.h"

static const char *const levels[DIAG_NSEVERITY] = {
	[DIAG_NOTE] = "note",
	[DIAG_WARNING] = "warning",
	[DIAG_ERROR] = "error",
};

/* The URI of a source, per source, computed once. */
struct uri_cache {
	const struct source	*src[8];
	char			*uri[8];
	size_t			 next;
};

/* Percent-encode what RFC 3986 does not allow in a path. */
static char *
uri_encode(const char *path, const char *prefix)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t		 n = strlen(prefix), i;
	char		*out = xmalloc(n + 3 * strlen(path) + 1), *o;
	unsigned char	 c;

	memcpy(out, prefix, n);
	o = out + n;
	for (i = 0; path[i] != '\0'; i++) {
		c = (unsigned char)path[i];
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || strchr("-._~/!$&'()*+,;=@",
		    c) != NULL)
			*o++ = (char)c;
		else {
			*o++ = '%';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 15];
		}
	}
	*o = '\0';
	return out;
}

/* NULL for standard input. */
static const char *
source_uri(struct uri_cache *uc, const struct source *src)
{
	char	 abs[PATH_MAX], *rel;
	size_t	 i, k;

	for (i = 0; i < 8; i++)
		if (uc->src[i] == src)
			return uc->uri[i];
	k = uc->next++ % 8;
	free(uc->uri[k]);
	uc->src[k] = src;
	if (strcmp(src->name, "<stdin>") == 0)
		uc->uri[k] = NULL;
	else if (realpath(src->name, abs) == NULL)
		uc->uri[k] = uri_encode(src->name, "");
	else {
		rel = path_relative(abs);
		uc->uri[k] = uri_encode(rel, rel[0] == '/' ? "file://" : "");
		free(rel);
	}
	return uc->uri[k];
}

/* 1-based column in code points of byte offset off. */
static void
linecol_cp(struct source *src, size_t off, unsigned *line, unsigned *col)
{
	const char	*text;
	unsigned	 bcol, i, n = 1;
	size_t		 len;

	source_linecol(src, off, line, &bcol);
	text = source_line(src, *line, &len);
	for (i = 0; i + 1 < bcol && i < len; i++)
		if (((unsigned char)text[i] & 0xc0) != 0x80)
			n++;
	*col = n + (bcol > len + 1 ? bcol - (unsigned)len - 1 : 0);
}

static void
physical(FILE *f, struct uri_cache *uc, const struct diag_loc *loc)
{
	unsigned	 line, col, eline, ecol;
	const char	*uri = source_uri(uc, loc->src);

	fputs("{\"physicalLocation\": {\"artifactLocation\": {", f);
	if (uri == NULL)
		fputs("\"description\": {\"text\": \"standard input\"}", f);
	else {
		fputs("\"uri\": ", f);
		json_cstring(f, uri);
		if (strncmp(uri, "file:", 5) != 0)
			fputs(", \"uriBaseId\": \"%SRCROOT%\"", f);
	}
	linecol_cp(loc->src, loc->start, &line, &col);
	linecol_cp(loc->src, loc->end > loc->start ? loc->end : loc->start,
	    &eline, &ecol);
	fprintf(f, "}, \"region\": {\"startLine\": %u, \"startColumn\": %u, "
	    "\"endLine\": %u, \"endColumn\": %u}}", line, col, eline, ecol);
}

/* Occurrence counts per (source, rule, command hash). */
struct occ {
	const struct source	*src;
	const char		*rule;
	unsigned long long	 h;
	unsigned long		 n;
};

struct occ_map {
	struct occ	*v;
	size_t		 cap, n;
};

static unsigned long long
fnv(unsigned long long h, const void *p, size_t len)
{
	const unsigned char	*s = p;

	while (len-- > 0)
		h = (h ^ *s++) * 1099511628211ull;
	return h;
}

static unsigned long
occ_next(struct occ_map *m, const struct source *src, const char *rule,
    unsigned long long h)
{
	struct occ	*old;
	size_t		 i, k, oldcap;
	unsigned long long key;

	if (2 * (m->n + 1) > m->cap) {
		old = m->v;
		oldcap = m->cap;
		m->cap = m->cap ? m->cap * 2 : 64;
		m->v = xcalloc(m->cap, sizeof *m->v);
		m->n = 0;
		for (k = 0; k < oldcap; k++) {
			if (old[k].rule == NULL)
				continue;
			key = fnv(old[k].h, old[k].rule, strlen(old[k].rule)) ^
			    (unsigned long long)(uintptr_t)old[k].src;
			for (i = key & (m->cap - 1); m->v[i].rule != NULL;
			    i = (i + 1) & (m->cap - 1))
				;
			m->v[i] = old[k];
			m->n++;
		}
		free(old);
	}
	key = fnv(h, rule, strlen(rule)) ^ (unsigned long long)(uintptr_t)src;
	for (i = key & (m->cap - 1); m->v[i].rule != NULL;
	    i = (i + 1) & (m->cap - 1)) {
		if (m->v[i].src == src && m->v[i].h == h &&
		    strcmp(m->v[i].rule, rule) == 0)
			return m->v[i].n++;
	}
	m->v[i].src = src;
	m->v[i].rule = rule;
	m->v[i].h = h;
	m->v[i].n = 1;
	m->n++;
	return 0;
}

static unsigned long long
fingerprint(struct occ_map *m, const struct diag *d)
{
	unsigned long long	 h = d->ctxhash, fp;
	const char		*text;
	unsigned		 line, col;
	size_t			 len;
	unsigned long		 occ;
	char			 num[32];

	if (h == 0) {
		/* Not inside a command: the flagged line stands in. */
		source_linecol(d->loc.src, d->loc.start, &line, &col);
		text = source_line(d->loc.src, line, &len);
		h = diag_text_hash(text, len);
	}
	occ = occ_next(m, d->loc.src, d->rule, h);
	fp = fnv(14695981039346656037ull, d->rule, strlen(d->rule) + 1);
	snprintf(num, sizeof num, "%016llx:%lu", h, occ);
	return fnv(fp, num, strlen(num));
}

static void
rules_metadata(FILE *f)
{
	const struct rule_info	*r;
	size_t			 i, n = rule_count();

	for (i = 0; i < n; i++) {
		r = rule_at(i);
		fputs(i > 0 ? ",\n        " : "\n        ", f);
		fputs("{\"id\": ", f);
		json_cstring(f, r->id);
		fputs(", \"shortDescription\": {\"text\": ", f);
		json_cstring(f, r->summary);
		fputs("}, \"fullDescription\": {\"text\": ", f);
		json_cstring(f, r->why);
		fputs("}, \"help\": {\"text\": ", f);
		json_cstring(f, r->fix);
		fprintf(f, "}, \"defaultConfiguration\": {\"level\": \"%s\"}, "
		    "\"properties\": {\"tags\": [", levels[r->sev]);
		json_cstring(f, r->area);
		fputs("]}}", f);
	}
}

void
sarif_render(FILE *f, struct diag *const *v, size_t n, char *const *errors,
    size_t nerrors)
{
	struct uri_cache	 uc;
	struct occ_map		 om;
	const struct diag	*d;
	size_t			 i, k;
	long			 idx;

	memset(&uc, 0, sizeof uc);
	memset(&om, 0, sizeof om);
	fputs("{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/"
	    "v2.1.0/os/schemas/sarif-schema-2.1.0.json\",\n"
	    "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
	    "    \"tool\": {\"driver\": {\"name\": \"mqtls\", \"version\": \""
	    PACKAGE_VERSION "\", \"rules\": [", f);
	rules_metadata(f);
	fputs("]}},\n", f);
	fprintf(f, "    \"invocations\": [{\"executionSuccessful\": %s",
	    nerrors == 0 ? "true" : "false");
	if (nerrors > 0) {
		fputs(", \"toolExecutionNotifications\": [", f);
		for (i = 0; i < nerrors; i++) {
			fputs(i > 0 ? ", " : "", f);
			fputs("{\"level\": \"error\", \"message\": {\"text\": ",
			    f);
			json_cstring(f, errors[i]);
			fputs("}}", f);
		}
		fputc(']', f);
	}
	fputs("}],\n", f);
	fputs("    \"originalUriBaseIds\": {\"%SRCROOT%\": {\"description\": "
	    "{\"text\": \"The working directory of mqtls lint\"}}},\n"
	    "    \"columnKind\": \"unicodeCodePoints\",\n"
	    "    \"results\": [", f);
	for (i = 0; i < n; i++) {
		d = v[i];
		fputs(i > 0 ? ",\n      " : "\n      ", f);
		fputs("{", f);
		if (d->rule != NULL) {
			fputs("\"ruleId\": ", f);
			json_cstring(f, d->rule);
			if ((idx = rule_index(d->rule)) >= 0)
				fprintf(f, ", \"ruleIndex\": %ld", idx);
			fputs(", ", f);
		}
		fprintf(f, "\"level\": \"%s\", \"message\": {\"text\": ",
		    levels[d->sev]);
		json_cstring(f, d->message);
		fputs("}", f);
		if (d->loc.src != NULL) {
			fputs(", \"locations\": [", f);
			physical(f, &uc, &d->loc);
			fputs("}]", f);
		}
		if (d->nrelated > 0) {
			fputs(", \"relatedLocations\": [", f);
			for (k = 0; k < d->nrelated; k++) {
				if (k > 0)
					fputs(", ", f);
				physical(f, &uc, &d->related[k]);
				fprintf(f, ", \"id\": %zu, \"message\": "
				    "{\"text\": ", k + 1);
				json_cstring(f, d->related_msg[k]);
				fputs("}}", f);
			}
			fputs("]", f);
		}
		if (d->loc.src != NULL && d->rule != NULL)
			fprintf(f, ", \"partialFingerprints\": "
			    "{\"mqtlsCommandHash/v1\": \"%016llx\"}",
			    fingerprint(&om, d));
		fputs("}", f);
	}
	fputs(n > 0 ? "\n    ]\n  }]\n}\n" : "]\n  }]\n}\n", f);
	for (i = 0; i < 8; i++)
		free(uc.uri[i]);
	free(om.v);
}
