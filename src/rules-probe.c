/*
 * rules-probe.c - rule catalogue entries for findings of mqtls probe against live listeners (issue 6).
 */
#include "config.h"

#include "rules.h"

const struct rule_info rules_probe[] = {
	{ NULL, DIAG_NOTE, NULL, NULL, NULL, NULL }
};
