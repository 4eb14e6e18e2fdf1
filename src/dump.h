/*
 * dump.h - writing the model as MQSC in dmpmqcfg's layout: what
 * `mqtls dump` prints and what the store's snapshot holds.  Replaying the
 * output with runmqsc (or mqtls run) rebuilds the same definitions.
 */
#ifndef MQTLS_DUMP_H
#define MQTLS_DUMP_H

#include <stdio.h>

struct model;

#define DUMP_ALL	0x01	/* every attribute, not only non-default */
#define DUMP_TIMES	0x02	/* "* mqtls: time=..." after each command */

int	dump_model(FILE *, struct model *, int flags);

#endif
