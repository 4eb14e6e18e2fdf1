/*
 * strpool.c - a process-wide set of strings (open addressing, FNV-1a)
 * over an arena.  Strings are never freed one by one; a queue manager
 * model of 50,000 objects holds few distinct values, so this saves both
 * memory and most allocations when objects are copied.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "strpool.h"
#include "xmalloc.h"

static struct arena	 pool_arena;
static const char	**slots;
static size_t		 nslots, used;

static size_t
hash(const char *s)
{
	size_t	 h = 2166136261u;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void
grow(void)
{
	const char	**old = slots;
	size_t		 oldn = nslots, i, k;

	nslots = nslots ? nslots * 2 : 1024;
	slots = xcalloc(nslots, sizeof *slots);
	for (i = 0; i < oldn; i++) {
		if (old[i] == NULL)
			continue;
		for (k = hash(old[i]) & (nslots - 1); slots[k] != NULL;
		    k = (k + 1) & (nslots - 1))
			;
		slots[k] = old[i];
	}
	free(old);
}

const char *
strpool_intern(const char *s)
{
	size_t	 k;
	char	*copy;

	if (s == NULL)
		return NULL;
	if (used * 2 >= nslots)
		grow();
	for (k = hash(s) & (nslots - 1); slots[k] != NULL;
	    k = (k + 1) & (nslots - 1))
		if (strcmp(slots[k], s) == 0)
			return slots[k];
	copy = arena_strndup(&pool_arena, s, strlen(s));
	slots[k] = copy;
	used++;
	return copy;
}

void
strpool_free(void)
{
	arena_free(&pool_arena);
	free(slots);
	slots = NULL;
	nslots = used = 0;
}
