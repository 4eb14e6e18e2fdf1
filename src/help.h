/*
 * help.h - HELP in the shell: short, accurate text generated from the
 * schema (verbs, objects, attributes), never written by hand per keyword.
 */
#ifndef MQTLS_HELP_H
#define MQTLS_HELP_H

#include <stdio.h>

/* "HELP", "HELP DEFINE CHANNEL", "HELP SSLCAUTH": args after HELP. */
void	help_print(FILE *, const char *args);

#endif
