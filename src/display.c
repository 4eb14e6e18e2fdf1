/*
 * display.c - the two-column KEY(value) layout of runmqsc DISPLAY output.
 * Values are printed without quotes and blank values as "( )", as the
 * observed 9.4.2 output does (mqsc.md 4.4).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "xmalloc.h"

void
display_begin(struct display *d, void (*out)(void *, const char *),
    void *arg)
{
	memset(d, 0, sizeof *d);
	d->out = out;
	d->arg = arg;
}

static void
flush_pending(struct display *d)
{
	char	 line[80];

	if (!d->have_pending)
		return;
	snprintf(line, sizeof line, "   %s", d->pending);
	d->out(d->arg, line);
	d->have_pending = 0;
}

void
display_item(struct display *d, const char *key, const char *value)
{
	char	*item, *line;
	size_t	 len;

	if (value == NULL)
		item = xstrdup(key);
	else
		xasprintf(&item, "%s(%s)", key, *value == '\0' ? " " : value);
	len = strlen(item);
	if (len >= 40) {
		flush_pending(d);
		xasprintf(&line, "   %s", item);
		d->out(d->arg, line);
		free(line);
	} else if (d->have_pending) {
		xasprintf(&line, "   %-40s%s", d->pending, item);
		d->out(d->arg, line);
		free(line);
		d->have_pending = 0;
	} else {
		memcpy(d->pending, item, len + 1);
		d->have_pending = 1;
	}
	free(item);
}

void
display_end(struct display *d)
{
	flush_pending(d);
}
