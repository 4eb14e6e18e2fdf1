/*
 * rules-mqsc.c - rule catalogue entries for the language: syntax, schema, values, runmqsc command semantics (filled in by the catalogue work of issue 5).
 */
#include "config.h"

#include "rules.h"

const struct rule_info rules_mqsc[] = {
	{ NULL, DIAG_NOTE, NULL, NULL, NULL, NULL }
};
