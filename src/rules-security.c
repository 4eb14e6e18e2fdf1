/*
 * rules-security.c - rule catalogue entries for TLS on channels and
 * CHLAUTH (issue 5): the cross-object rules of lint-tls.c, lint-chlauth.c
 * and lint-model.c.  Severities: error when the configuration cannot
 * work as written, warning when it works but is risky, note for advice.
 */
#include "config.h"

#include "rules.h"

#define W	DIAG_WARNING
#define E	DIAG_ERROR
#define N	DIAG_NOTE

const struct rule_info rules_security[] = {
	/* TLS (lint-tls.c). */
	{ "inbound-no-sslciph", W, "tls",
	  "An inbound channel has no SSLCIPH",
	  "A RCVR, RQSTR, SVR, SVRCONN or CLUSRCVR channel without SSLCIPH "
	  "accepts partners without TLS: nobody is authenticated by "
	  "certificate and messages and passwords cross the network in "
	  "clear text.",
	  "Set SSLCIPH(ANY_TLS12_OR_HIGHER) and SSLCAUTH(REQUIRED), and the "
	  "same SSLCIPH on the partner end." },
	{ "sslcauth-without-sslciph", W, "tls",
	  "SSLCAUTH is set on a channel without SSLCIPH",
	  "SSLCAUTH only takes effect in a TLS handshake.  Without SSLCIPH "
	  "there is none, so SSLCAUTH(REQUIRED) requires nothing although "
	  "it reads as if certificates were checked.",
	  "Set SSLCIPH as well, or drop SSLCAUTH until the channel gets "
	  "TLS." },
	{ "sslcauth-optional-sslpeermap", W, "tls",
	  "SSLCAUTH(OPTIONAL) on a channel with SSLPEERMAP records",
	  "With SSLCAUTH(OPTIONAL) a partner may connect without a "
	  "certificate.  SSLPEERMAP records cannot match a connection "
	  "without one, so it falls through to the address and user "
	  "records: the certificate mapping is easy to bypass.",
	  "Set SSLCAUTH(REQUIRED) once every partner has a certificate "
	  "(phase 3 of the migration in mqtls-report(1))." },
	{ "cipherspec-not-forward-secret", W, "tls",
	  "The CipherSpec uses RSA key exchange (no forward secrecy)",
	  "With RSA key exchange, anyone who later obtains the queue "
	  "manager's private key can decrypt every recorded session.  "
	  "ECDHE and TLS 1.3 CipherSpecs do not have this weakness.",
	  "Use the suggested ECDHE CipherSpec, or ANY_TLS12_OR_HIGHER on "
	  "both ends." },
	{ "cipherspec-cbc", N, "tls",
	  "The CipherSpec uses CBC mode",
	  "CBC-mode suites have a long history of padding-oracle attacks; "
	  "the GCM twin of the same key exchange is authenticated "
	  "encryption and as widely supported.",
	  "Use the suggested GCM CipherSpec." },
	{ "cipherspec-fixed-alias", N, "tls",
	  "A fixed-protocol alias (ANY_TLS12, ANY_TLS13)",
	  "ANY_TLS12 and ANY_TLS13 allow one protocol version only, so the "
	  "channel does not move to a newer protocol when both ends could. "
	  " IBM recommends the minimum-protocol aliases on both ends.",
	  "Use ANY_TLS12_OR_HIGHER or ANY_TLS13_OR_HIGHER." },
	{ "cipherspec-unconfirmed", N, "tls",
	  "A CipherSpec IBM MQ may not offer",
	  "The TLS 1.2 CHACHA20 suites are in the table only because the "
	  "suite exists; no IBM list we could confirm includes them, so "
	  "runmqsc may refuse the value or the channel may not start.",
	  "Use TLS_CHACHA20_POLY1305_SHA256 (TLS 1.3) or an alias." },
	{ "cipherspec-pair-mismatch", E, "tls",
	  "The two ends of a channel cannot agree on TLS",
	  "Both ends of a channel (SDR or SVR and RCVR or RQSTR, CLUSSDR "
	  "and CLUSRCVR, CLNTCONN and SVRCONN of the same name) must name "
	  "the same specific CipherSpec, or aliases that share a protocol "
	  "version, and either both use TLS or neither.  Otherwise the "
	  "channel cannot start.",
	  "Give both ends the same SSLCIPH, preferably "
	  "ANY_TLS12_OR_HIGHER." },
	{ "cipherspec-alias-specific", W, "tls",
	  "An alias CipherSpec on one end of a channel and a specific one on "
	  "the other",
	  "With an alias on one end and a specific CipherSpec on the other, "
	  "the handshake works only while the strongest CipherSpec both "
	  "allow is exactly that specific one; enabling a stronger "
	  "CipherSpec, or a new MQ level, breaks the channel.",
	  "Use the same alias on both ends." },
	{ "sslpeer-weak", W, "tls",
	  "An SSLPEER filter that identifies no partner",
	  "A filter matches every certificate that has the attributes it "
	  "names.  One that names only O, OU, C, L, ST or DC accepts (or "
	  "maps) every certificate the trusted CAs issued to anyone in "
	  "that organisation.",
	  "Name the partner: CN (or SERIALNUMBER, UID, MAIL), with O and "
	  "OU as extra conditions." },

	/* CHLAUTH (lint-chlauth.c, lint-model.c). */
	{ "chlauth-no-backstop", W, "chlauth",
	  "No '*' back-stop record",
	  "Without SET CHLAUTH('*') TYPE(ADDRESSMAP) ADDRESS('*') "
	  "USERSRC(NOACCESS), a channel that has no records of its own "
	  "(a new one, or one defined by a later change) admits every "
	  "partner that can complete its handshake.",
	  "Add the back-stop record, and allow the expected partners with "
	  "more specific records." },
	{ "chlauth-profile-no-channel", W, "chlauth",
	  "A record whose profile matches no defined channel",
	  "Profiles are case-sensitive and exact: a typing error or a "
	  "lower-case quoted profile leaves the channel it was written for "
	  "unprotected.  Reported only when the linted files define "
	  "channels.",
	  "Correct the profile, or remove the record." },
	{ "chlauth-type-no-effect", W, "chlauth",
	  "A record type the matching channels never evaluate",
	  "USERMAP and BLOCKUSER apply to SVRCONN channels only, QMGRMAP "
	  "to queue-manager channels only.  A record of the wrong type "
	  "for every channel it matches has no effect.",
	  "Use QMGRMAP or SSLPEERMAP for queue-manager channels, USERMAP "
	  "or SSLPEERMAP for clients." },
	{ "sslpeermap-without-sslciph", E, "chlauth",
	  "SSLPEERMAP on channels without SSLCIPH",
	  "An SSLPEERMAP record matches on the partner's certificate.  On "
	  "channels without SSLCIPH no certificate is ever presented, so "
	  "the record can never match.",
	  "Set SSLCIPH on the channel (and SSLCAUTH(REQUIRED))." },
	{ "chlauth-map-privileged", W, "chlauth",
	  "A record maps to a privileged user",
	  "A record that maps to mqm or root (or another member of the "
	  "privileged set) gives every matching partner full control of "
	  "the queue manager.",
	  "Map to a user that holds only the authorities the partner "
	  "needs." },
	{ "channel-mcauser-privileged", W, "chlauth",
	  "An inbound channel runs as a privileged user",
	  "MCAUSER('mqm') on an inbound channel gives every partner that "
	  "gets onto the channel full control of the queue manager.",
	  "Set MCAUSER to a user that holds only the authorities the "
	  "channel needs." },
	{ "chlauth-map-blocked", E, "chlauth",
	  "A mapping whose user the BLOCKUSER list then refuses",
	  "BLOCKUSER checks the user the channel will run as, after "
	  "mapping.  A record that maps to a user in the list (or to a "
	  "privileged user while *MQADMIN is listed) lets nobody in.",
	  "Map to a non-privileged user, or give the channel its own "
	  "BLOCKUSER list if administrators must use it." },
	{ "chlauth-mcauser-fan-in", W, "chlauth",
	  "Many different certificate subjects mapped to one user",
	  "When five or more different SSLPEER filters map to one MCAUSER, "
	  "the partners share one identity: their authorities cannot "
	  "differ and the queue manager's logs cannot tell them apart.",
	  "Give each partner its own user, and groups for what they "
	  "share." },
	{ "sslpeermap-without-sslcerti", W, "chlauth",
	  "An SSLPEERMAP record without SSLCERTI",
	  "Without SSLCERTI any CA in the key repository can issue a "
	  "certificate with the mapped subject and obtain its access.  "
	  "IBM recommends SSLCERTI whenever more than one CA is trusted.",
	  "Add SSLCERTI with the issuing CA's DN." },
	{ "svrconn-client-user", W, "chlauth",
	  "USERSRC(CHANNEL) on a SVRCONN with a blank MCAUSER",
	  "USERSRC(CHANNEL) keeps the channel's own MCAUSER; when that is "
	  "blank the channel runs as the user ID the client sends, which "
	  "the client chooses freely unless a password is checked and "
	  "adopted.",
	  "Set MCAUSER on the channel, map with USERSRC(MAP), or require "
	  "a password with CHCKCLNT(REQUIRED) and ADOPTCTX(YES)." },
	{ "rcvr-runs-as-mca", W, "chlauth",
	  "A RCVR or CLUSRCVR that runs as the queue manager's user",
	  "A receiver with a blank MCAUSER runs as the MCA's own user, "
	  "normally in mqm, when no record maps the partner: the partner "
	  "can put to any queue, including the command queue.  BLOCKUSER "
	  "does not apply to these channels.",
	  "Set MCAUSER, or map every partner with USERSRC(MAP) and refuse "
	  "the rest with an ADDRESS('*') USERSRC(NOACCESS) record." },
	{ "blockuser-drops-mqadmin", W, "chlauth",
	  "A channel's BLOCKUSER list drops *MQADMIN",
	  "Only the BLOCKUSER record on the most specific matching profile "
	  "is checked, so a channel's own list replaces the default '*' "
	  "list; without *MQADMIN privileged users can connect.",
	  "Add '*MQADMIN' to the list, unless administrators must use "
	  "this channel." },
	{ "chlauth-warn-yes", W, "chlauth",
	  "WARN(YES) left on a record",
	  "A WARN(YES) record only logs what it would block and lets the "
	  "connection in.  It is meant for a trial, not for production.",
	  "Remove WARN(YES) when the trial is over." },
	{ "qmgr-chlauth-disabled", W, "chlauth",
	  "QMGR CHLAUTH(DISABLED)",
	  "While CHLAUTH is disabled the queue manager ignores every "
	  "channel authentication record, the *MQADMIN block and the "
	  "SYSTEM.* block included.",
	  "ALTER QMGR CHLAUTH(ENABLED)." },
	{ "chlauth-shadowed", W, "chlauth",
	  "A record hidden behind a more specific one",
	  "The most specific matching record decides.  A record that, on "
	  "every channel it applies to, loses to a record that matches "
	  "every connection it matches can never decide anything.",
	  "Remove it, or move its filter to the profile that decides." },
	{ "chlauth-duplicate", W, "chlauth",
	  "Two records that mean the same",
	  "Two records on one profile whose filters differ only in how "
	  "they are written match the same connections; only their order "
	  "decides, and if their results differ they contradict each "
	  "other.",
	  "Keep one of them." },
	{ "chlauth-already-exists", E, "chlauth",
	  "ACTION(ADD) of a record that already exists",
	  "runmqsc refuses to add a record whose identity (profile, type "
	  "and key) exists (MQRCCF_CHLAUTH_ALREADY_EXISTS, 3337), so the "
	  "change is not made.",
	  "Use ACTION(REPLACE), or remove the earlier record." },
	{ "chlauth-replaced", W, "chlauth",
	  "A record replaced later in the same file",
	  "ACTION(REPLACE) of a record set earlier in the same file "
	  "overwrites it, so the earlier command never takes effect: one "
	  "of the two is a mistake.",
	  "Delete the command that is not wanted." },
	{ "chlauth-hostname-revdns", E, "chlauth",
	  "A host-name ADDRESS while REVDNS is disabled",
	  "Host-name records need reverse DNS lookups.  With QMGR "
	  "REVDNS(DISABLED) the queue manager never looks names up and the "
	  "record can never match.",
	  "Use IP address patterns, or ALTER QMGR REVDNS(ENABLED)." },
	{ NULL, DIAG_NOTE, NULL, NULL, NULL, NULL }
};
