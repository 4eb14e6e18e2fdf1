/*
 * arena.h - bump allocation for everything that lives as long as one MQSC
 * command (tokens, AST nodes, folded strings).  Reset per command, so a
 * 100 MB file is checked in constant memory without a malloc per token.
 */
#ifndef MQTLS_ARENA_H
#define MQTLS_ARENA_H

#include <stddef.h>
#include <stdalign.h>

struct arena_block {
	struct arena_block	*next;
	size_t			 size, used;
	max_align_t		 data[];
};

struct arena {
	struct arena_block	*head;
};

void	 arena_init(struct arena *);
void	*arena_alloc_slow(struct arena *, size_t);

/* The common case inline: room left in the current block. */
static inline void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block	*b = a->head;
	void			*p;

	n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	if (b == NULL || b->size - b->used < n)
		return arena_alloc_slow(a, n);
	p = (char *)b->data + b->used;
	b->used += n;
	return p;
}

char	*arena_strndup(struct arena *, const char *, size_t);
/* Free everything but keep the first block for reuse. */
void	 arena_reset(struct arena *);
void	 arena_free(struct arena *);

#endif
