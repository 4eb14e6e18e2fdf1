/*
 * arena.h - bump allocation for everything that lives as long as one MQSC
 * command (tokens, AST nodes, folded strings).  Reset per command, so a
 * 100 MB file is checked in constant memory without a malloc per token.
 */
#ifndef MQTLS_ARENA_H
#define MQTLS_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block	*head;
};

void	 arena_init(struct arena *);
void	*arena_alloc(struct arena *, size_t);
char	*arena_strndup(struct arena *, const char *, size_t);
/* Free everything but keep the first block for reuse. */
void	 arena_reset(struct arena *);
void	 arena_free(struct arena *);

#endif
