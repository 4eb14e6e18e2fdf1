/*
 * report.h - the security posture of a queue manager's inbound channels
 * (mqtls-report(1)): per channel its TLS mode, CipherSpec, SSLPEER, the
 * CHLAUTH records that apply and the users they give, the phase of the
 * migration from passwords to mutual TLS, and the lint findings about
 * it; printed as text, JSON or a Graphviz picture.
 */
#ifndef MQTLS_REPORT_H
#define MQTLS_REPORT_H

#include <stdio.h>

struct lm_ctx;

enum report_format {
	REPORT_TEXT = 0,
	REPORT_JSON,
	REPORT_DOT,
};

/* The model and findings of a finished lint_model (lint-model.h). */
void	report_print(FILE *, struct lm_ctx *, enum report_format);

#endif
