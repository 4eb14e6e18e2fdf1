/*
 * arena.c - a simple block arena.  Blocks grow geometrically; reset keeps
 * the largest block so steady-state parsing allocates nothing.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xmalloc.h"

#define ARENA_MIN	8192

void
arena_init(struct arena *a)
{
	a->head = NULL;
}

void *
arena_alloc_slow(struct arena *a, size_t n)
{
	struct arena_block	*b = a->head;
	size_t			 size, align = sizeof(max_align_t);
	void			*p;

	n = (n + align - 1) & ~(align - 1);
	if (b == NULL || b->size - b->used < n) {
		size = b != NULL ? b->size * 2 : ARENA_MIN;
		while (size < n)
			size *= 2;
		b = xmalloc(sizeof *b + size);
		b->size = size;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	p = (char *)b->data + b->used;
	b->used += n;
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
arena_reset(struct arena *a)
{
	struct arena_block	*b, *next;

	if (a->head == NULL)
		return;
	/* The head is the newest and largest block: keep it. */
	for (b = a->head->next; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head->next = NULL;
	a->head->used = 0;
}

void
arena_free(struct arena *a)
{
	struct arena_block	*b, *next;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
}
