/*
 * json.h - the little JSON writing mqtls needs: escaped strings.
 */
#ifndef MQTLS_JSON_H
#define MQTLS_JSON_H

#include <stdio.h>
#include <stddef.h>

/* Write s (len bytes) as a JSON string with quotes; invalid UTF-8 -> U+FFFD. */
void	json_string(FILE *, const char *s, size_t len);
void	json_cstring(FILE *, const char *s);

#endif
