/*
 * mqsc-hints.c - exact help for the invalid forms people copy from
 * tutorials and other products (chlauth.md 1.7).  Data only: the checker
 * looks here before printing its generic message.
 *
 * verb: the word as written (folded) when no such verb exists, else the
 * canonical verb.  A NULL field matches anything.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "mqsc-check.h"

const struct mqsc_hint mqsc_hints[] = {
	/* Verbs other tools use. */
	{ "CREATE", NULL, NULL, NULL,
	  "MQSC creates objects with DEFINE (and CHLAUTH records with "
	  "SET CHLAUTH)" },
	{ "ADD", NULL, NULL, NULL,
	  "MQSC creates objects with DEFINE, and CHLAUTH or authority "
	  "records with SET" },
	{ "REMOVE", NULL, NULL, NULL,
	  "MQSC deletes objects with DELETE; CHLAUTH records are removed "
	  "with SET CHLAUTH ... ACTION(REMOVE)" },
	{ "DEL", NULL, NULL, NULL,
	  "DELETE has no short form, on purpose, so that a mistyped DEF "
	  "cannot delete anything: write DELETE" },
	{ "SHOW", NULL, NULL, NULL, "MQSC shows objects with DISPLAY" },
	{ "LIST", NULL, NULL, NULL, "MQSC lists objects with DISPLAY" },
	{ "UPDATE", NULL, NULL, NULL, "MQSC changes objects with ALTER" },
	{ "MODIFY", NULL, NULL, NULL, "MQSC changes objects with ALTER" },

	/* CHLAUTH records exist only through SET and DISPLAY. */
	{ "DEFINE", "CHLAUTH", NULL, NULL,
	  "channel authentication records are created with SET CHLAUTH, "
	  "not DEFINE: SET CHLAUTH('profile') TYPE(...) ..." },
	{ "ALTER", "CHLAUTH", NULL, NULL,
	  "channel authentication records are changed with SET CHLAUTH "
	  "... ACTION(REPLACE)" },
	{ "DELETE", "CHLAUTH", NULL, NULL,
	  "channel authentication records are removed with SET CHLAUTH "
	  "... ACTION(REMOVE), or ACTION(REMOVEALL) for every record of "
	  "that TYPE on the profile" },
	{ "DEFINE", "AUTHREC", NULL, NULL,
	  "authority records are created with SET AUTHREC, not DEFINE" },
	{ "ALTER", "AUTHREC", NULL, NULL,
	  "authority records are changed with SET AUTHREC ... AUTHADD(...) "
	  "or AUTHRMV(...)" },
	{ "SET", "CHANNEL", NULL, NULL,
	  "channels are created with DEFINE CHANNEL and changed with "
	  "ALTER CHANNEL" },
	{ "SET", "QMGR", NULL, NULL,
	  "queue manager attributes are changed with ALTER QMGR" },

	/* Values that belong to another keyword. */
	{ "SET", "CHLAUTH", "ACTION", "MAP",
	  "MAP is a USERSRC value; ACTION takes ADD, REPLACE, REMOVE or "
	  "REMOVEALL (map with USERSRC(MAP) MCAUSER('user'))" },
	{ "SET", "CHLAUTH", "ACTION", "ALLOW",
	  "ACTION takes ADD, REPLACE, REMOVE or REMOVEALL; to allow a "
	  "connection use USERSRC(CHANNEL) or USERSRC(MAP) MCAUSER('user')" },
	{ "SET", "CHLAUTH", "ACTION", "BLOCK",
	  "ACTION takes ADD, REPLACE, REMOVE or REMOVEALL; to block use "
	  "USERSRC(NOACCESS), TYPE(BLOCKUSER) or TYPE(BLOCKADDR)" },
	{ "SET", "CHLAUTH", "ACTION", "NOACCESS",
	  "NOACCESS is a USERSRC value; ACTION takes ADD, REPLACE, REMOVE "
	  "or REMOVEALL" },
	{ "SET", "CHLAUTH", "TYPE", "BLOCK",
	  "TYPE(BLOCKUSER) blocks user IDs and TYPE(BLOCKADDR) blocks IP "
	  "addresses" },
	{ "SET", "CHLAUTH", "TYPE", "SSLPEER",
	  "certificate DNs are mapped with TYPE(SSLPEERMAP) "
	  "SSLPEER('CN=...')" },
	{ "SET", "CHLAUTH", "TYPE", "USER",
	  "client user IDs are mapped with TYPE(USERMAP) CLNTUSER('user')" },
	{ "SET", "CHLAUTH", "TYPE", "ADDRESS",
	  "IP addresses are mapped with TYPE(ADDRESSMAP) ADDRESS('...')" },
	{ "SET", "CHLAUTH", "USERSRC", "MCAUSER",
	  "USERSRC takes MAP, NOACCESS or CHANNEL: write USERSRC(MAP) "
	  "MCAUSER('user')" },
	{ "DEFINE", "CHANNEL", "TYPE", NULL,
	  "the channel type is given with CHLTYPE(...), straight after the "
	  "channel name" },
	{ "SET", "CHLAUTH", "CHLTYPE", NULL,
	  "the record type is given with TYPE(...), straight after the "
	  "profile name" },
	{ NULL, NULL, NULL, NULL, NULL }
};

static int
field_match(const char *want, const char *have)
{
	if (want == NULL)
		return 1;
	return have != NULL && strcmp(want, have) == 0;
}

const char *
mqsc_hint_find(const char *verb, const char *object, const char *keyword,
    const char *value)
{
	const struct mqsc_hint	*h;

	for (h = mqsc_hints; h->message != NULL; h++) {
		if ((h->keyword == NULL) != (keyword == NULL))
			continue;
		if (field_match(h->verb, verb) &&
		    field_match(h->object, object) &&
		    field_match(h->keyword, keyword) &&
		    field_match(h->value, value))
			return h->message;
	}
	return NULL;
}
