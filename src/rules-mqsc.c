/*
 * rules-mqsc.c - rule catalogue entries for the language (syntax, schema,
 * values, runmqsc command semantics) and for the lint machinery itself
 * (suppression comments and .mqtls.conf).
 *
 * The severity here is the one the code reports by default: diag_rule()
 * and the checker's report() take it from this table.  Every entry has a
 * subsection in man/mqtls-rules.7 (tests/rules.sh checks both ways).
 */
#include "config.h"

#include "rules.h"

#define E	DIAG_ERROR
#define W	DIAG_WARNING
#define N	DIAG_NOTE

const struct rule_info rules_mqsc[] = {
	/* Reading lines (mqsc-reader.c; mqsc.md 1.6). */
	{ "line-too-long", E, "mqsc",
	  "A physical line is longer than runmqsc accepts",
	  "runmqsc on AIX, Linux and Windows reads lines of at most 2048 "
	  "bytes and rejects the command on a longer one.",
	  "Split the line with '+' or '-' continuation lines." },
	{ "nul-byte", E, "mqsc",
	  "The input contains a NUL byte",
	  "A NUL byte means the file is binary or damaged; runmqsc stops "
	  "reading the command at it.",
	  "Remove the byte, or convert the file to plain text." },
	{ "continuation-at-eof", E, "mqsc",
	  "The input ends inside a continued command",
	  "The last line ends with '+' or '-', so runmqsc waits for more "
	  "of the command, and the command is never run.",
	  "Remove the trailing '+' or '-', or add the rest of the command." },

	/* Parsing (grammar/mqsc.y). */
	{ "syntax", E, "mqsc",
	  "The command is not well-formed MQSC",
	  "runmqsc rejects a command it cannot parse, such as a quoted "
	  "string standing on its own, a '(' that does not follow a "
	  "keyword, or KEY=VALUE (z/OS only).",
	  "Write the command as VERB OBJTYPE(NAME) KEYWORD(value) ...; put "
	  "values that contain blanks, commas or parentheses in quotes." },
	{ "unterminated-string", E, "mqsc",
	  "A quoted string is not closed",
	  "Without the closing quote the rest of the command is read as "
	  "part of the string, and runmqsc rejects it.",
	  "Add the closing quote; a quote inside a string is written as "
	  "two quotes ('')." },
	{ "unbalanced-parenthesis", E, "mqsc",
	  "A parenthesis has no partner",
	  "runmqsc rejects a command whose parentheses do not pair up.",
	  "Add the missing '(' or ')', or quote a value that contains "
	  "parentheses, as in CONNAME('host(1414)')." },

	/* Verbs and object types (mqsc-check.c; mqsc.md 2-3). */
	{ "unknown-command", E, "mqsc",
	  "The first word is not an MQSC command",
	  "runmqsc rejects the command (AMQ8426).  Other products' "
	  "commands and words from tutorials, such as CREATE, are "
	  "common here.",
	  "Start the command with an MQSC verb such as DEFINE, ALTER, SET "
	  "or DISPLAY; the message suggests the closest one." },
	{ "missing-object", E, "mqsc",
	  "A verb is not followed by an object type",
	  "runmqsc cannot tell what the command acts on.",
	  "Give the object type after the verb, as in DEFINE QLOCAL(NAME)." },
	{ "unknown-object", E, "mqsc",
	  "The object type is not one MQSC knows",
	  "runmqsc rejects a command on an object type it does not have.",
	  "Use an MQSC object type such as QLOCAL, CHANNEL or CHLAUTH; the "
	  "message suggests the closest one." },
	{ "invalid-command", E, "mqsc",
	  "The verb does not apply to this object type",
	  "Some pairs that read naturally do not exist, such as DEFINE "
	  "CHLAUTH (records are set with SET CHLAUTH); runmqsc rejects "
	  "them.",
	  "Use the verb the object type has; the message says which." },
	{ "zos-only", E, "mqsc",
	  "The command or keyword exists only on z/OS",
	  "Queue managers on AIX, Linux and Windows reject z/OS commands "
	  "and keywords such as CMDSCOPE.",
	  "Remove the keyword, or use the multiplatform form of the "
	  "command." },

	/* Names. */
	{ "missing-name", E, "mqsc",
	  "An object name or CHLAUTH profile is missing or empty",
	  "runmqsc rejects the command (AMQ8405 or AMQ8424): the object "
	  "must be named.",
	  "Give the name in parentheses after the object type, as in "
	  "DEFINE QLOCAL(APP.IN) or SET CHLAUTH('*')." },
	{ "unexpected-name", E, "mqsc",
	  "An object type that takes no name is given one",
	  "Objects such as QMGR have no name; runmqsc rejects a name in "
	  "parentheses after them.",
	  "Remove the parenthesised name." },
	{ "invalid-name", E, "mqsc",
	  "An object name has characters or a form MQSC does not allow",
	  "Names may only use A-Z, a-z, 0-9, '.', '/', '_' and '%', and "
	  "'*' is a generic name that only DISPLAY and CHLAUTH profiles "
	  "take; runmqsc rejects other names.",
	  "Rename the object with the allowed characters, or name one "
	  "object instead of a generic name or a list." },
	{ "name-too-long", E, "mqsc",
	  "An object name is longer than its type allows",
	  "Each object type has a name length limit, such as 20 "
	  "characters for channels and 48 for queues; runmqsc rejects a "
	  "longer name.",
	  "Shorten the name to the limit the message gives." },

	/* Keywords. */
	{ "unknown-keyword", E, "mqsc",
	  "A keyword is not one the command and object type have",
	  "runmqsc rejects a command with an unknown keyword; MQSC accepts "
	  "no abbreviations beyond the fixed short forms, and misspellings "
	  "such as SSLCIPHER for SSLCIPH are common.",
	  "Use the keyword the message suggests, or remove it." },
	{ "glued-continuation", E, "mqsc",
	  "Two keywords run together at a '+' continuation",
	  "A '+' at the end of a line drops the leading blanks of the next "
	  "line, so 'REPLACE+' followed by '  DESCR(...)' reads as "
	  "REPLACEDESCR, which runmqsc rejects.",
	  "Put a blank before the '+', or end the line with '-', which "
	  "keeps the next line's blanks." },
	{ "invalid-keyword-for-verb", E, "mqsc",
	  "A keyword exists but not with this verb",
	  "Some keywords belong to one verb only, such as LIKE on DEFINE, "
	  "or select rather than set on DISPLAY; runmqsc rejects them "
	  "elsewhere.",
	  "Remove the keyword, or use the verb that takes it; on DISPLAY "
	  "filter with WHERE(...)." },
	{ "display-only", E, "mqsc",
	  "An attribute the queue manager sets is given a value",
	  "Attributes such as ALTDATE are set by the queue manager and only "
	  "shown by DISPLAY; runmqsc rejects them on DEFINE and ALTER.",
	  "Remove the attribute." },
	{ "invalid-for-type", E, "mqsc",
	  "An attribute does not belong to the object's subtype",
	  "Attributes depend on CHLTYPE (channels) or TYPE (CHLAUTH "
	  "records): SSLCAUTH on a sender channel, or MCAUSER on a "
	  "BLOCKUSER record, is rejected by runmqsc.",
	  "Remove the attribute, or change the subtype to one it applies "
	  "to; the message lists them." },
	{ "subtype-position", E, "mqsc",
	  "CHLTYPE or TYPE is not given straight after the name",
	  "The distributed syntax diagrams require CHLTYPE right after the "
	  "channel name (mqsc.md 4.1); for SET CHLAUTH the TYPE position "
	  "is UNCONFIRMED for runmqsc and reported as an error, as the "
	  "reference recommends (chlauth.md 1.1).",
	  "Move CHLTYPE(...) or TYPE(...) directly after the name or "
	  "profile." },
	{ "duplicate-keyword", E, "mqsc",
	  "A keyword is given twice, or together with its NO form",
	  "runmqsc rejects a repeated keyword, and REPLACE with NOREPLACE "
	  "contradict each other.",
	  "Keep one of them." },
	{ "missing-required", E, "mqsc",
	  "A parameter the command needs is missing",
	  "Some parameters are required, such as CHLTYPE on DEFINE "
	  "CHANNEL, XMITQ on a sender channel, or OBJTYPE on SET AUTHREC; "
	  "runmqsc rejects the command without them.",
	  "Add the parameter the message names." },

	/* Values. */
	{ "missing-value", E, "mqsc",
	  "A keyword that takes a value has none",
	  "runmqsc rejects KEYWORD or KEYWORD( ) where the keyword needs a "
	  "value.",
	  "Give the value in parentheses, as in MAXDEPTH(5000)." },
	{ "unexpected-value", E, "mqsc",
	  "A keyword that takes no value is given one",
	  "Flags such as REPLACE take no value; runmqsc rejects "
	  "REPLACE(YES).",
	  "Write the flag alone, or its NO form to turn it off." },
	{ "too-many-values", E, "mqsc",
	  "A keyword is given a list it does not take",
	  "Single-valued keywords reject a list, and lists such as "
	  "USERLIST have a maximum length; an unquoted value with blanks "
	  "or commas is read as several values.",
	  "Quote a value that contains blanks or commas, or shorten the "
	  "list." },
	{ "invalid-value", E, "mqsc",
	  "A value is not one the keyword accepts",
	  "runmqsc rejects a value outside the keyword's set, such as "
	  "SSLCAUTH(NEVER) or ACTION(MAP), or a name with characters names "
	  "may not use.",
	  "Use one of the values the message lists; it suggests the "
	  "closest one and the intended form for common mistakes." },
	{ "value-out-of-range", E, "mqsc",
	  "An integer is outside the keyword's range",
	  "runmqsc rejects an integer outside the documented range.",
	  "Use a value within the range the message gives." },
	{ "value-too-long", E, "mqsc",
	  "A string or name value is longer than the keyword allows",
	  "runmqsc rejects values longer than the attribute's length, such "
	  "as a DESCR of more than 64 characters.",
	  "Shorten the value to the limit the message gives." },
	{ "unknown-cipherspec", E, "mqsc",
	  "SSLCIPH names no IBM MQ CipherSpec",
	  "The channel cannot start with a CipherSpec name MQ does not "
	  "know; IANA or OpenSSL suite names differ from MQ's names.",
	  "Use an MQ CipherSpec name, such as ANY_TLS12_OR_HIGHER or "
	  "TLS_AES_256_GCM_SHA384; the message suggests the closest one." },
	{ "deprecated-cipherspec", E, "mqsc",
	  "SSLCIPH names a deprecated CipherSpec",
	  "runmqsc rejects deprecated CipherSpecs (AMQ8242) unless they "
	  "were re-enabled on the queue manager, which weakens every "
	  "channel (ciphers.md).",
	  "Use the replacement the message names, or ANY_TLS12_OR_HIGHER, "
	  "on both ends of the channel." },
	{ "invalid-dn", E, "mqsc",
	  "An SSLPEER or SSLCERTI filter is not a valid distinguished name",
	  "runmqsc rejects a filter that does not follow MQ's DN syntax "
	  "(chlauth.md 3.1), such as an unknown attribute name or a "
	  "missing '='.",
	  "Write the filter as ATTR=value pairs separated by commas, as in "
	  "SSLPEER('CN=app1,O=Example'); quote values with commas." },
	{ "invalid-address", E, "mqsc",
	  "A CHLAUTH ADDRESS or ADDRLIST pattern is not valid",
	  "runmqsc rejects malformed patterns and ranges "
	  "(MQRCCF_IPADDR_ERROR, MQRCCF_IPADDR_RANGE_ERROR); BLOCKADDR "
	  "lists take no host names (chlauth.md 4).",
	  "Write an IPv4 or IPv6 address, with '*' or a range such as "
	  "192.0.2.1-20 in one part; use ADDRESS for host names." },
	{ "case-folded", N, "mqsc",
	  "An unquoted user ID is folded to upper case",
	  "MQSC folds unquoted text to upper case, and user IDs are "
	  "case-sensitive on Linux and UNIX: MCAUSER(app) means the user "
	  "APP, which usually does not exist.",
	  "Quote the user ID to keep its case, as in MCAUSER('app')." },

	/* SET CHLAUTH and AUTHREC consistency (chlauth.md 1.3-1.5). */
	{ "chlauth-blockaddr-profile", E, "mqsc",
	  "A BLOCKADDR record is set on a profile other than '*'",
	  "BLOCKADDR applies to the listener, not to a channel, so runmqsc "
	  "requires the profile '*' (MQRCCF_CHLAUTH_NAME_ERROR).",
	  "Write SET CHLAUTH('*') TYPE(BLOCKADDR) ADDRLIST(...)." },
	{ "chlauth-action-param", E, "mqsc",
	  "A parameter is not allowed with this ACTION",
	  "ACTION(REMOVE) takes only the parameters that identify the "
	  "record, and ACTION(REMOVEALL) none of them; runmqsc rejects "
	  "the others (MQRCCF_WRONG_CHLAUTH_ACTION).",
	  "Remove the parameters the message names." },
	{ "chlauth-mcauser", E, "mqsc",
	  "MCAUSER is missing with USERSRC(MAP), or given without it",
	  "A mapping record with USERSRC(MAP), the default, needs the user "
	  "ID the channel runs as; with any other USERSRC runmqsc rejects "
	  "MCAUSER (MQRCCF_WRONG_CHLAUTH_USERSRC).",
	  "Add MCAUSER('user') for USERSRC(MAP); remove it otherwise.  To "
	  "refuse access use USERSRC(NOACCESS)." },
	{ "chlauth-chckclnt", E, "mqsc",
	  "CHCKCLNT is given on a record that refuses access",
	  "CHCKCLNT has no effect with USERSRC(NOACCESS); runmqsc rejects "
	  "it (MQRCCF_CHLAUTH_CHKCLI_ERROR; UNCONFIRMED, chlauth.md 1.3).",
	  "Remove CHCKCLNT from the record." },
	{ "chlauth-warn", E, "mqsc",
	  "WARN is given on a record that cannot take it",
	  "WARN applies to blocking records and to mapping records with "
	  "USERSRC(NOACCESS) only; runmqsc rejects it elsewhere "
	  "(MQRCCF_CHLAUTH_WARN_ERROR).",
	  "Remove WARN." },
	{ "chlauth-clntuser", E, "mqsc",
	  "CLNTUSER contains '*'",
	  "CLNTUSER names one asserted user exactly and takes no pattern; "
	  "runmqsc rejects '*' (MQRCCF_CHLAUTH_CLNTUSER_ERROR).",
	  "Give one user ID, and one record per user." },
	{ "authrec-principal-group", E, "mqsc",
	  "An authority record names both PRINCIPAL and GROUP",
	  "An authority record is for one entity; runmqsc rejects both "
	  "together.",
	  "Give PRINCIPAL or GROUP, in two commands if both need "
	  "authorities." },

	/* Running commands (runner.c, store.c, cmd-simulate.c). */
	{ "command-failed", E, "mqsc",
	  "A command fails when run against the queue manager model",
	  "The command is well-formed but fails on the objects it acts "
	  "on, as runmqsc would report it: for example ALTER of an object "
	  "that does not exist, or DEFINE of one that does without "
	  "REPLACE.",
	  "Read the message that runmqsc would print and fix the order of "
	  "the commands or the object names." },
	{ "store-torn-write", W, "mqsc",
	  "The last journal entry of a store was not completely written",
	  "A crash during a write left a partial entry; the command it "
	  "held was never reported done, so it is ignored.",
	  "Check whether the last command took effect and run it again if "
	  "needed (mqtls-store(5))." },
	{ "bad-dn", E, "mqsc",
	  "A distinguished name given on the command line is not valid",
	  "mqtls simulate reads --sslpeer and --sslcerti as RFC 4514 "
	  "distinguished names; it cannot simulate a name it cannot "
	  "parse.",
	  "Write the name as ATTR=value pairs separated by commas, as in "
	  "--sslpeer 'CN=app1,O=Example'." },

	/* Suppression comments and configuration (suppress.c, lint-conf.c). */
	{ "suppression-invalid", E, "lint",
	  "A '* mqtls:' comment is not a valid directive",
	  "Comments starting with '* mqtls:' are read by mqtls; one that "
	  "is not 'disable=' or 'disable-file=' followed by rule ids "
	  "suppresses nothing.",
	  "Write '* mqtls: disable=RULE[,RULE] -- reason' or '* mqtls: "
	  "disable-file=RULE -- reason'." },
	{ "suppression-unknown-rule", E, "lint",
	  "A suppression names a rule id mqtls does not have",
	  "A misspelt rule id suppresses nothing, so the finding it was "
	  "meant for is still reported, or a later one is hidden by a "
	  "different name than the reviewer read.",
	  "Use an id from mqtls-rules(7) or 'mqtls lint --list-rules'; "
	  "the message suggests the closest one." },
	{ "suppression-no-reason", W, "lint",
	  "A suppression gives no reason",
	  "A suppression hides a finding from every later review; without "
	  "a reason nobody can tell whether it still applies.",
	  "Add ' -- ' and the reason after the rule ids, as in '* mqtls: "
	  "disable=rule -- partner cannot rotate until Q3'." },
	{ "suppression-unused", W, "lint",
	  "A suppression suppresses nothing",
	  "The finding it was written for is gone, or it is on the wrong "
	  "command; a stale suppression would silently hide a new finding "
	  "of the same rule.",
	  "Remove the suppression, or move it to the line before the "
	  "command it is meant for." },
	{ "config-invalid", E, "lint",
	  "A line of .mqtls.conf is not valid",
	  "mqtls cannot apply a setting it cannot read; the other lines "
	  "of the file still apply.",
	  "Write 'disable = RULE, ...', 'enable = RULE, ...', 'severity "
	  "RULE = LEVEL' or 'fail-level = LEVEL' (mqtls-lint(1))." },
	{ "config-unknown-rule", E, "lint",
	  "The configuration names a rule id or area mqtls does not have",
	  "A misspelt rule id in .mqtls.conf changes nothing, so a rule "
	  "meant to be off stays on, or the other way round.",
	  "Use an id or area from mqtls-rules(7) or 'mqtls lint "
	  "--list-rules'; the message suggests the closest one." },

	/* Input files of simulate and test (area "input"). */
	{ "bad-groups-file", E, "input",
	  "A line of a groups file (--groups, GROUPS FILE) is not valid",
	  "Group membership decides which authority records count for a "
	  "user and who is privileged (members of mqm); a file mqtls "
	  "cannot read would make those answers wrong, so nothing is "
	  "decided until it is fixed.",
	  "Write one user a line as 'user: group,group', with the primary "
	  "group first, each user once, and no blanks inside names." },
	{ "test-bad-keyword", E, "input",
	  "A statement of a policy test file has a keyword it does not "
	  "take, or lacks one it needs",
	  "An EXPECT that cannot be read cannot be checked; it is counted "
	  "as an error, and the run ends with exit status 3.",
	  "Use the keywords of mqtls-test(1): EXPECT needs CHANNEL() and "
	  "RESULT(); QUEUE() goes with ACCESS(); each keyword once." },
	{ "test-bad-value", E, "input",
	  "A value in a policy test file is not one the keyword takes",
	  "RESULT, BLOCKEDBY, ADDRESS, ACCESS and OAMPOLICY take fixed "
	  "values or one IP address; anything else would test nothing.",
	  "Use a value the message lists: RESULT(ALLOW|BLOCK), one IPv4 or "
	  "IPv6 address, authority names of SET AUTHREC." },
	{ "test-no-config", E, "input",
	  "A policy test file names no configuration, or one that cannot "
	  "be read",
	  "Without the MQSC files under test there is nothing to decide "
	  "the expectations against.",
	  "Add CONFIG FILE('file.mqsc'), with a path relative to the test "
	  "file." },
	{ "test-no-expect", E, "input",
	  "A policy test file has no EXPECT statement",
	  "A test file that states nothing always passes, which hides a "
	  "file that was emptied or mistyped.",
	  "Add at least one EXPECT CHANNEL(...) RESULT(...) line." },
	{ "test-unknown-statement", E, "input",
	  "A policy test file has a statement other than CONFIG, GROUPS, "
	  "OPTIONS and EXPECT",
	  "A mistyped EXPECT would otherwise be skipped, and the file "
	  "would pass without checking what it was meant to check.",
	  "Use CONFIG, GROUPS, OPTIONS or EXPECT; the message suggests the "
	  "closest one." },

	{ NULL, DIAG_NOTE, NULL, NULL, NULL, NULL }
};
