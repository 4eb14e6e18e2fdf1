/*
 * complete.h - what may come next in an MQSC command, for the shell's
 * tab completion: verbs, object types, the keywords valid for the object
 * (for a channel, for its CHLTYPE), allowed values, CipherSpec names and
 * the names of existing objects.  Walks the schema; no keyword lists here.
 */
#ifndef MQTLS_COMPLETE_H
#define MQTLS_COMPLETE_H

struct model;

/*
 * Candidates for word, given the command text before it.  Returns a
 * NULL-terminated, sorted array (free with complete_free).  *open_paren
 * says whether a chosen keyword takes a value (so the shell adds "(").
 */
char	**complete_candidates(struct model *, const char *before,
	    const char *word);
void	  complete_free(char **);
/* Does this candidate take a value?  (A keyword followed by "(".) */
int	  complete_takes_value(const char *before, const char *candidate);

#endif
