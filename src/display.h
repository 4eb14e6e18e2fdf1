/*
 * display.h - DISPLAY output in runmqsc's layout: three blanks, then
 * KEY(value) items two to a line in 40-character columns, an item of 40
 * characters or more on a line of its own (mqsc.md 4.4).
 */
#ifndef MQTLS_DISPLAY_H
#define MQTLS_DISPLAY_H

#include <stddef.h>

struct display {
	void	(*out)(void *, const char *);
	void	*arg;
	char	 pending[64];	/* left column waiting for a partner */
	int	 have_pending;
};

void	display_begin(struct display *, void (*)(void *, const char *),
	    void *);
/* One KEY(value) item; value NULL prints the bare keyword. */
void	display_item(struct display *, const char *key, const char *value);
void	display_end(struct display *);

#endif
