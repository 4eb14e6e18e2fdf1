/*
 * rules-security.c - rule catalogue entries for TLS on channels and CHLAUTH (issue 5).
 */
#include "config.h"

#include "rules.h"

const struct rule_info rules_security[] = {
	{ NULL, DIAG_NOTE, NULL, NULL, NULL, NULL }
};
