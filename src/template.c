/*
 * template.c - recognising and substituting template placeholders.  The
 * patterns are deliberately narrow (an identifier inside the markers) so
 * ordinary MQSC text such as TOPICSTR('$SYS/MQ') substitutes nothing
 * unless SYS is defined.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "template.h"
#include "xmalloc.h"

int
tmpl_define(struct tmpl_defs *defs, const char *arg)
{
	const char	*eq = strchr(arg, '=');
	size_t		 i;

	if (eq == NULL || eq == arg)
		return -1;
	for (i = 0; arg + i < eq; i++) {
		if (!isalnum((unsigned char)arg[i]) && arg[i] != '_' &&
		    arg[i] != '.' && arg[i] != '-')
			return -1;
	}
	defs->v = xreallocarray(defs->v, defs->n + 1, sizeof *defs->v);
	defs->v[defs->n].name = xstrndup(arg, (size_t)(eq - arg));
	defs->v[defs->n].value = xstrdup(eq + 1);
	defs->n++;
	return 0;
}

void
tmpl_free(struct tmpl_defs *defs)
{
	size_t	 i;

	for (i = 0; i < defs->n; i++) {
		free(defs->v[i].name);
		free(defs->v[i].value);
	}
	free(defs->v);
	defs->v = NULL;
	defs->n = 0;
}

static int
is_ident(int c)
{
	return isalnum(c) || c == '_';
}

size_t
tmpl_match(const char *p, size_t left, const char **name, size_t *namelen)
{
	size_t	 i, j, k;

	if (left >= 4 && p[0] == '{' && p[1] == '{') {
		for (i = 2; i + 1 < left && p[i] != '\n'; i++) {
			if (p[i] == '}' && p[i + 1] == '}')
				break;
		}
		if (i + 1 >= left || p[i] != '}')
			return 0;
		/* The name is the last identifier inside: .Values.qm -> qm */
		j = i;
		while (j > 2 && !is_ident((unsigned char)p[j - 1]))
			j--;
		k = j;
		while (k > 2 && is_ident((unsigned char)p[k - 1]))
			k--;
		*name = p + k;
		*namelen = j - k;
		return i + 2;
	}
	if (left >= 2 && p[0] == '$') {
		if (p[1] == '{') {
			for (i = 2; i < left && is_ident((unsigned char)p[i]);
			    i++)
				;
			if (i == 2 || i >= left || p[i] != '}')
				return 0;
			*name = p + 2;
			*namelen = i - 2;
			return i + 1;
		}
		if (!isalpha((unsigned char)p[1]) && p[1] != '_')
			return 0;
		for (i = 1; i < left && is_ident((unsigned char)p[i]); i++)
			;
		*name = p + 1;
		*namelen = i - 1;
		return i;
	}
	if (left >= 3 && p[0] == '<' && (isalpha((unsigned char)p[1]) ||
	    p[1] == '_')) {
		for (i = 1; i < left && (is_ident((unsigned char)p[i]) ||
		    p[i] == '.' || p[i] == '-'); i++)
			;
		if (i >= left || p[i] != '>')
			return 0;
		*name = p + 1;
		*namelen = i - 1;
		return i + 1;
	}
	return 0;
}

const char *
tmpl_lookup(const struct tmpl_defs *defs, const char *name, size_t namelen)
{
	size_t	 i;

	if (defs == NULL)
		return NULL;
	for (i = defs->n; i-- > 0; ) {
		if (strlen(defs->v[i].name) == namelen &&
		    memcmp(defs->v[i].name, name, namelen) == 0)
			return defs->v[i].value;
	}
	return NULL;
}

int
tmpl_contains(const char *s, size_t len)
{
	const char	*name;
	size_t		 i, nl;

	for (i = 0; i < len; i++) {
		if ((s[i] == '{' || s[i] == '$' || s[i] == '<') &&
		    tmpl_match(s + i, len - i, &name, &nl) > 0)
			return 1;
	}
	return 0;
}
