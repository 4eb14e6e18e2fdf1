/*
 * json.c - JSON string output.  Everything mqtls prints as JSON goes
 * through here, so control characters and bad UTF-8 in user input can
 * never produce invalid JSON.
 */
#include "config.h"

#include <string.h>

#include "json.h"

/* Length of the valid UTF-8 sequence at p, or 0 if it is not valid. */
static size_t
utf8_len(const unsigned char *p, size_t left)
{
	size_t		 n, i;
	unsigned	 c = p[0], cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		n = 2, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4, cp = c & 0x07;
	else
		return 0;
	if (left < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
	    (n == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	return n;
}

void
json_string(FILE *f, const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n;

	putc('"', f);
	while (i < len) {
		unsigned c = p[i];

		switch (c) {
		case '"':
			fputs("\\\"", f);
			break;
		case '\\':
			fputs("\\\\", f);
			break;
		case '\n':
			fputs("\\n", f);
			break;
		case '\r':
			fputs("\\r", f);
			break;
		case '\t':
			fputs("\\t", f);
			break;
		default:
			if (c < 0x20 || c == 0x7f) {
				fprintf(f, "\\u%04x", c);
				break;
			}
			if ((n = utf8_len(p + i, len - i)) == 0) {
				fputs("\\ufffd", f);
				break;
			}
			fwrite(p + i, 1, n, f);
			i += n;
			continue;
		}
		i++;
	}
	putc('"', f);
}

void
json_cstring(FILE *f, const char *s)
{
	json_string(f, s, strlen(s));
}
