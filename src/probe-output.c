/*
 * probe-output.c - the report of mqtls probe: JSON (an array with one
 * object per endpoint, the fields of mqtls-probe(1) and nothing else, in
 * that order) and text for people (one block per endpoint, findings
 * rendered like lint's).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cert.h"
#include "cipherspec.h"
#include "dn.h"
#include "json.h"
#include "probe.h"

static void
jstr(FILE *f, const char *s)
{
	if (s == NULL)
		fputs("null", f);
	else
		json_cstring(f, s);
}

static void
jbool3(FILE *f, int v)
{
	fputs(v < 0 ? "null" : v ? "true" : "false", f);
}

static void
jstrings(FILE *f, char *const *v, size_t n)
{
	size_t	i;

	putc('[', f);
	for (i = 0; i < n; i++) {
		if (i > 0)
			fputs(", ", f);
		jstr(f, v[i]);
	}
	putc(']', f);
}

static void
json_one(FILE *f, const struct probe_result *r)
{
	const struct probe_cert_info	*ci;
	size_t				 i;

	fputs("  {\"endpoint\": ", f);
	jstr(f, r->endpoint);
	fprintf(f, ", \"ok\": %s, \"error\": ", r->ok ? "true" : "false");
	if (r->err.code == NULL)
		fputs("null", f);
	else {
		fputs("{\"code\": ", f);
		jstr(f, r->err.code);
		fputs(", \"stage\": ", f);
		jstr(f, r->err.stage);
		fputs(", \"alert\": ", f);
		jstr(f, r->err.alert);
		fputs(", \"message\": ", f);
		jstr(f, r->err.message);
		putc('}', f);
	}
	fputs(",\n   \"sni\": ", f);
	jstr(f, r->sni);
	fputs(", \"tls_version\": ", f);
	jstr(f, r->tls_version);
	fputs(", \"cipher_suite\": ", f);
	jstr(f, r->cipher_suite);
	fputs(", \"cipherspec\": ", f);
	jstr(f, r->cipherspec != NULL ? r->cipherspec->name : NULL);
	fprintf(f, ",\n   \"client_cert_requested\": %s, \"acceptable_cas\": ",
	    r->cert_requested ? "true" : "false");
	jstrings(f, r->cas, r->ncas);
	fputs(", \"client_cert_required\": ", f);
	jbool3(f, r->cert_required);
	fputs(",\n   \"server_chain\": [", f);
	for (i = 0; i < r->nchain; i++) {
		ci = &r->chain[i];
		fputs(i > 0 ? ",\n    {" : "\n    {", f);
		fputs("\"subject\": ", f);
		jstr(f, ci->subject);
		fputs(", \"issuer\": ", f);
		jstr(f, ci->issuer);
		fputs(", \"serial\": ", f);
		jstr(f, ci->serial);
		fputs(", \"not_before\": ", f);
		jstr(f, ci->not_before);
		fputs(", \"not_after\": ", f);
		jstr(f, ci->not_after);
		if (ci->not_after != NULL)
			fprintf(f, ", \"days_left\": %ld", ci->days_left);
		else
			fputs(", \"days_left\": null", f);
		fputs(", \"key\": ", f);
		jstr(f, ci->key);
		fputs(", \"signature\": ", f);
		jstr(f, ci->signature);
		putc('}', f);
	}
	fputs("],\n   \"verified\": ", f);
	jbool3(f, r->verified);
	fputs(", \"verify_errors\": ", f);
	jstrings(f, r->verify_errors, r->nverify_errors);
	fputs(", \"sslpeer_match\": ", f);
	jbool3(f, r->sslpeer_match);
	fputs(",\n   \"findings\": [", f);
	for (i = 0; i < r->findings.n; i++) {
		fputs(i > 0 ? ",\n    " : "\n    ", f);
		diag_render_json(f, r->findings.v[i]);
	}
	fputs("]}", f);
}

void
probe_print_json(FILE *f, const struct probe_result *res, size_t n)
{
	size_t	i;

	fputs("[\n", f);
	for (i = 0; i < n; i++) {
		json_one(f, &res[i]);
		fputs(i + 1 < n ? ",\n" : "\n", f);
	}
	fputs("]\n", f);
}

static const char *
yes_no_unknown(int v)
{
	return (v < 0 ? "unknown" : v ? "yes" : "no");
}

static void
text_one(FILE *f, const struct probe_result *r,
    const struct probe_config *cfg, int color)
{
	const struct probe_cert_info	*ci;
	size_t				 i;

	fprintf(f, "%s: %s", r->endpoint, r->ok ? "handshake ok" :
	    "FAILED");
	if (r->address != NULL && strcmp(r->address, r->host) != 0)
		fprintf(f, " (%s)", r->address);
	fprintf(f, ", %.2f s\n", r->elapsed);
	if (r->err.code != NULL) {
		fprintf(f, "  error:       %s [%s, %s]\n", r->err.message,
		    r->err.code, r->err.stage);
	}
	fprintf(f, "  sni:         %s\n", r->sni != NULL ? r->sni : "(none)");
	if (r->tls_version != NULL) {
		fprintf(f, "  protocol:    %s\n", r->tls_version);
		fprintf(f, "  suite:       %s", r->cipher_suite != NULL ?
		    r->cipher_suite : "?");
		if (r->cipherspec != NULL)
			fprintf(f, " = CipherSpec %s\n", r->cipherspec->name);
		else
			fputs(" (no MQ CipherSpec)\n", f);
	}
	if (r->tls_version != NULL || r->cert_requested) {
		fprintf(f, "  client cert: %s",
		    r->cert_requested ? "requested" : "not requested");
		if (r->cert_requested)
			fprintf(f, ", %s", r->cert_sent ? "sent" : "none sent");
		fprintf(f, "; required: %s", yes_no_unknown(r->cert_required));
		if (r->required_why != NULL)
			fprintf(f, " (%s)", r->required_why);
		putc('\n', f);
	}
	if (r->cert_requested) {
		if (r->ncas == 0)
			fputs("  CA names:    (none advertised)\n", f);
		for (i = 0; i < r->ncas; i++)
			fprintf(f, "  %s %s\n", i == 0 ? "CA names:   " :
			    "           ", r->cas[i]);
	}
	for (i = 0; i < r->nchain; i++) {
		ci = &r->chain[i];
		fprintf(f, "  chain[%zu]:    %s\n", i, ci->subject);
		if (ci->issuer != NULL)
			fprintf(f, "    issuer:    %s\n", ci->issuer);
		if (ci->serial != NULL)
			fprintf(f, "    serial:    %s\n", ci->serial);
		if (ci->not_after != NULL)
			fprintf(f, "    valid:     %s to %s (%ld days left)\n",
			    ci->not_before != NULL ? ci->not_before : "?",
			    ci->not_after, ci->days_left);
		if (ci->key != NULL || ci->signature != NULL)
			fprintf(f, "    key:       %s, signed %s\n",
			    ci->key != NULL ? ci->key : "?",
			    ci->signature != NULL ? ci->signature : "?");
	}
	if (r->verified >= 0) {
		fprintf(f, "  verified:    %s", r->verified ? "yes" : "no");
		if (!r->verified) {
			fputs(" (", f);
			for (i = 0; i < r->nverify_errors; i++)
				fprintf(f, "%s%s", i > 0 ? ", " : "",
				    r->verify_errors[i]);
			fputs(")", f);
		}
		fprintf(f, " against %s\n", cfg->cafile);
	}
	if (r->sslpeer_match >= 0)
		fprintf(f, "  SSLPEER:     %s\n", r->sslpeer_match ?
		    "matches" : "does not match");
	for (i = 0; i < r->findings.n; i++)
		diag_render_text(f, r->findings.v[i], color);
}

void
probe_print_text(FILE *f, const struct probe_result *res, size_t n,
    const struct probe_config *cfg)
{
	int	color = diag_want_color(f);
	size_t	i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			putc('\n', f);
		text_one(f, &res[i], cfg, color);
	}
}
