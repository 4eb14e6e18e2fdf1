/*
 * mqsc-schema.c - MQSC verbs, object types and their attributes, as data.
 *
 * This file owns what mqtls knows about the MQSC language of IBM MQ 9.3 and
 * 9.4 on the distributed platforms: which verbs exist (and their fixed
 * synonyms), which object types each verb takes, and for the objects we
 * check in depth (CHANNEL, CHLAUTH, AUTHREC, AUTHINFO, LISTENER, QMGR and
 * the four queue types) every keyword with its type, limits, values,
 * defaults and the subtypes (CHLTYPE, TYPE, AUTHTYPE, TRPTYPE) it is valid
 * for.  It holds no code: lookup and checking live in schema.c, and the
 * grammar never names a keyword.  Keeping the knowledge here means a new MQ
 * keyword is a one-line change and the unit test (tests/unit/check_schema.c)
 * keeps every table sorted and free of duplicates.
 *
 * Facts come from ../shared/reference/mqsc.md, chlauth.md and ciphers.md,
 * with keyword spellings, ranges and per-type validity checked against the
 * IBM MQ 9.x command pages (ALTER queues parameter table, DEFINE CHANNEL
 * (MQTT), DEFINE AUTHINFO, RESET QMGR, SET LOG).  Where the reference marks
 * an item UNCONFIRMED, the entry carries a comment naming the choice made
 * and why.
 *
 * Conventions used below:
 * - verbs == 0 means DEFINE and ALTER.  Selectors and options of other
 *   verbs (DISPLAY ... WHERE, DELETE ... IGNSTATE, STOP ... MODE) name
 *   their verbs explicitly.  Any attribute may also be named on DISPLAY as
 *   a requested attribute; the checker applies that rule, not this table.
 * - For an AF_LIST attribute, maxlen limits each item.
 * - Objects that exist on z/OS only are listed (so that they are recognised)
 *   with zos_verbs == verbs; verbs that take an object only on z/OS are in
 *   its zos_verbs mask.  z/OS-only keywords are listed with AF_ZOS.
 */

#include <stddef.h>
#include <stdint.h>

#include "schema.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/* A keyword accepted only on z/OS: recognised, then rejected. */
#define ZOS_ATTR(n, v, h)						\
	{ .name = (n), .type = VT_STRING, .flags = AF_ZOS, .verbs = (v),\
	  .help = (h) }

/* A value DISPLAY shows but no command sets. */
#define OUT_ATTR(n, h)							\
	{ .name = (n), .type = VT_STRING, .flags = AF_OUTPUT,		\
	  .verbs = VERB_DISPLAY, .help = (h) }

#define MAX9		999999999LL	/* the usual MQ integer ceiling */

/*
 * Value lists shared by several attributes.
 */
static const char *const v_no_yes[] = { "NO", "YES", NULL };
static const char *const v_yes_no[] = { "YES", "NO", NULL };
static const char *const v_enabled[] = { "ENABLED", "DISABLED", NULL };
static const char *const v_disabled[] = { "DISABLED", "ENABLED", NULL };
static const char *const v_off_on[] = { "OFF", "ON", NULL };
static const char *const v_qmgr_on_off[] = { "QMGR", "ON", "OFF", NULL };
static const char *const v_qmgr_mon[] = {
	"QMGR", "OFF", "LOW", "MEDIUM", "HIGH", NULL
};
static const char *const v_auto[] = { "AUTO", NULL };
static const char *const v_nolimit[] = { "NOLIMIT", NULL };
static const char *const v_trptype[] = {
	"TCP", "LU62", "NETBIOS", "SPX", NULL
};
static const char *const v_zos_qsgdisp[] = {
	"QMGR", "COPY", "GROUP", "PRIVATE", "SHARED", "ALL", "LIVE", NULL
};

/*
 * CHANNEL.  Subtype indexes follow the order of chl_types[]; the masks
 * below encode the parameter x CHLTYPE matrix of mqsc.md 4.5.
 */
static const char *const chl_types[] = {
	"SDR", "SVR", "RCVR", "RQSTR", "CLNTCONN", "SVRCONN", "CLUSSDR",
	"CLUSRCVR", "AMQP", "MQTT", NULL
};

#define C_SDR		SUBTYPE(0)
#define C_SVR		SUBTYPE(1)
#define C_RCVR		SUBTYPE(2)
#define C_RQSTR		SUBTYPE(3)
#define C_CLNTCONN	SUBTYPE(4)
#define C_SVRCONN	SUBTYPE(5)
#define C_CLUSSDR	SUBTYPE(6)
#define C_CLUSRCVR	SUBTYPE(7)
#define C_AMQP		SUBTYPE(8)
#define C_MQTT		SUBTYPE(9)

/* Cluster channels. */
#define C_CLUS		(C_CLUSSDR | C_CLUSRCVR)
/* Message channels (queue manager to queue manager). */
#define C_MSG		(C_SDR | C_SVR | C_RCVR | C_RQSTR | C_CLUS)
/* The eight classic MQ channel types (no AMQP, no MQTT). */
#define C_MQ		(C_MSG | C_CLNTCONN | C_SVRCONN)
/* Types that may start a conversation and so retry, batch and time out. */
#define C_SEND		(C_SDR | C_SVR | C_CLUS)
/* Types that give a connection name: everything that can initiate. */
#define C_CONN		(C_SDR | C_SVR | C_RQSTR | C_CLNTCONN | C_CLUS)
/* Types that receive messages and so may retry a failed put. */
#define C_MR		(C_RCVR | C_RQSTR | C_CLUSRCVR)
/* Types that run an MCA process or thread of their own. */
#define C_MCA		(C_SDR | C_SVR | C_RQSTR | C_CLUS)
/* LU 6.2 security on the initiating side. */
#define C_LUSEC		(C_SDR | C_SVR | C_RQSTR | C_CLNTCONN | C_CLUSSDR)
#define C_ALL		(C_MQ | C_AMQP | C_MQTT)

static const char *const chl_type_sel[] = {
	"ALL", "SDR", "SVR", "RCVR", "RQSTR", "CLNTCONN", "SVRCONN",
	"CLUSSDR", "CLUSRCVR", "AMQP", NULL
};
static const char *const chl_affinity[] = { "PREFERRED", "NONE", NULL };
static const char *const chl_chltable[] = { "QMGRTBL", "CLNTTBL", NULL };
static const char *const chl_comphdr[] = { "NONE", "SYSTEM", NULL };
/*
 * ANY is accepted only on receiving types; LZ4FAST and LZ4HIGH appear in
 * the 10.0 documentation only and are left out for 9.3/9.4 (mqsc.md 4.5).
 */
static const char *const chl_compmsg[] = {
	"NONE", "RLE", "ZLIBFAST", "ZLIBHIGH", "ANY", NULL
};
static const char *const chl_defcdisp[] = {
	"PRIVATE", "FIXSHARED", "SHARED", NULL
};
static const char *const chl_defrecon[] = {
	"NO", "YES", "QMGR", "DISABLED", NULL
};
static const char *const chl_mcatype[] = { "PROCESS", "THREAD", NULL };
static const char *const chl_mode[] = {
	"QUIESCE", "FORCE", "TERMINATE", NULL
};
static const char *const chl_npmspeed[] = { "FAST", "NORMAL", NULL };
static const char *const chl_propctl[] = { "COMPAT", "NONE", "ALL", NULL };
static const char *const chl_protocol[] = {
	"MQTTV311", "MQTTV3", "HTTP", NULL
};
/* ONLYMCA and ALTMCA exist on z/OS only: left out so they are reported. */
static const char *const chl_putaut[] = { "DEF", "CTX", NULL };
static const char *const chl_resolve[] = { "COMMIT", "BACKOUT", NULL };
static const char *const chl_resetseq[] = { "NO", NULL };
static const char *const chl_splprot[] = {
	"PASSTHRU", "REMOVE", "ASPOLICY", NULL
};
/*
 * REQUIRED and OPTIONAL (ciphers.md 2.1).  IBM's MQTT channel page also
 * shows NEVER; enum values cannot differ by CHLTYPE here, and accepting
 * NEVER on every type would hide a real error on the common types, so MQTT
 * channels with SSLCAUTH(NEVER) are reported (a known false positive).
 */
static const char *const chl_sslcauth[] = {
	"REQUIRED", "OPTIONAL", NULL
};
static const char *const chl_status[] = { "STOPPED", "INACTIVE", NULL };

static const struct schema_subdefault chl_discint_def[] = {
	{ C_SVRCONN, "0" },
	{ 0, NULL }
};
static const struct schema_subdefault chl_mcatype_def[] = {
	{ C_CLUS, "THREAD" },
	{ 0, NULL }
};
static const struct schema_subdefault chl_port_def[] = {
	{ C_AMQP, "5672" },
	{ C_MQTT, "1883" },
	{ 0, NULL }
};

#define CHL_VERBS	(VERB_ALTER | VERB_DEFINE | VERB_DELETE |	\
			 VERB_DISPLAY | VERB_PING | VERB_PURGE |	\
			 VERB_RESET | VERB_RESOLVE | VERB_START | VERB_STOP)

static const struct schema_attr chl_attrs[] = {
	{ .name = "ACTION", .type = VT_ENUM, .verbs = VERB_RESOLVE,
	  .values = chl_resolve,
	  .help = "RESOLVE: commit or back out the in-doubt batch" },
	{ .name = "AFFINITY", .type = VT_ENUM, .values = chl_affinity,
	  .subtypes = C_CLNTCONN, .defval = "PREFERRED",
	  .help = "Prefer the definition a process connected with first" },
	{ .name = "ALL", .type = VT_FLAG, .verbs = VERB_DISPLAY,
	  .help = "Display every attribute" },
	{ .name = "ALTDATE", .type = VT_STRING, .flags = AF_OUTPUT,
	  .verbs = VERB_DISPLAY,
	  .help = "Date of the last change (yyyy-mm-dd)" },
	{ .name = "ALTTIME", .type = VT_STRING, .flags = AF_OUTPUT,
	  .verbs = VERB_DISPLAY,
	  .help = "Time of the last change (hh.mm.ss)" },
	/* Range UNCONFIRMED (mqsc.md 4.5): accept any MQ integer. */
	{ .name = "AMQPKA", .type = VT_INT_ENUM, .min = 0, .max = MAX9,
	  .values = v_auto, .subtypes = C_AMQP, .defval = "AUTO",
	  .help = "AMQP keepalive in milliseconds, or AUTO" },
	{ .name = "BACKLOG", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_MQTT, .defval = "4096",
	  .help = "Outstanding connection requests the MQTT channel queues" },
	/* Range UNCONFIRMED (mqsc.md 4.5): same ceiling as BATCHINT. */
	{ .name = "BATCHHB", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_SEND, .defval = "0",
	  .help = "Batch heartbeat interval in milliseconds (0 = none)" },
	{ .name = "BATCHINT", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_SEND, .defval = "0",
	  .help = "Milliseconds to keep a batch open waiting for messages" },
	/* Range UNCONFIRMED (mqsc.md 4.5): accept any MQ integer. */
	{ .name = "BATCHLIM", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_SEND, .defval = "5000",
	  .help = "Kilobytes after which a batch is ended (0 = no limit)" },
	{ .name = "BATCHSZ", .type = VT_INT, .min = 1, .max = 9999,
	  .subtypes = C_MSG, .defval = "50",
	  .help = "Most messages sent before a sync point" },
	{ .name = "CERTLABL", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 64, .subtypes = (C_MQ & ~C_CLUSSDR) | C_AMQP,
	  .defval = "",
	  .help = "Label of this channel's certificate; blank = the "
	      "queue manager's" },
	ZOS_ATTR("CHLDISP", VERB_PING | VERB_RESET | VERB_RESOLVE |
	    VERB_START | VERB_STOP, "Channel disposition in a QSG (z/OS)"),
	{ .name = "CHLTABLE", .type = VT_ENUM, .verbs = VERB_DELETE,
	  .values = chl_chltable, .defval = "QMGRTBL",
	  .help = "DELETE: queue manager or client channel table" },
	{ .name = "CHLTYPE", .type = VT_ENUM, .flags = AF_SUBTYPE,
	  .verbs = VERB_DEFINE | VERB_ALTER | VERB_DISPLAY | VERB_START |
	      VERB_STOP | VERB_PURGE,
	  .values = chl_types, .required = C_ALL,
	  .help = "Channel type; must follow the channel name" },
	{ .name = "CLIENTID", .type = VT_STRING, .maxlen = 23,
	  .verbs = VERB_STOP | VERB_PURGE, .subtypes = C_MQTT,
	  .help = "MQTT client identifier to stop or purge" },
	/* Range UNCONFIRMED (mqsc.md 4.5). */
	{ .name = "CLNTWGHT", .type = VT_INT, .min = 0, .max = 99,
	  .subtypes = C_CLNTCONN, .defval = "0",
	  .help = "Weight for choosing among client channel definitions" },
	{ .name = "CLUSNL", .type = VT_NAME, .flags = AF_BLANKOK,
	  .maxlen = 48, .subtypes = C_CLUS, .defval = "",
	  .help = "Namelist of clusters this channel belongs to" },
	{ .name = "CLUSTER", .type = VT_NAME, .flags = AF_BLANKOK,
	  .maxlen = 48, .subtypes = C_CLUS, .defval = "",
	  .help = "Cluster this channel belongs to" },
	/* Ranges of the three CLWL* UNCONFIRMED (mqsc.md 4.5). */
	{ .name = "CLWLPRTY", .type = VT_INT, .min = 0, .max = 9,
	  .subtypes = C_CLUS, .defval = "0",
	  .help = "Cluster workload priority of the channel" },
	{ .name = "CLWLRANK", .type = VT_INT, .min = 0, .max = 9,
	  .subtypes = C_CLUS, .defval = "0",
	  .help = "Cluster workload rank of the channel" },
	{ .name = "CLWLWGHT", .type = VT_INT, .min = 1, .max = 99,
	  .subtypes = C_CLUS, .defval = "50",
	  .help = "Cluster workload weight of the channel" },
	ZOS_ATTR("CMDSCOPE", CHL_VERBS, "Where in the QSG to run (z/OS)"),
	{ .name = "COMPHDR", .type = VT_ENUM, .flags = AF_LIST,
	  .values = chl_comphdr, .subtypes = C_MQ, .defval = "NONE",
	  .help = "Header compression techniques, in order of preference" },
	{ .name = "COMPMSG", .type = VT_ENUM, .flags = AF_LIST,
	  .values = chl_compmsg, .subtypes = C_MQ, .defval = "NONE",
	  .help = "Message data compression techniques, in order of "
	      "preference" },
	/* STOP CHANNEL ... CONNAME(x) selects the instance to stop. */
	{ .name = "CONNAME", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = VERBS_DEFALT | VERB_STOP, .maxlen = 264,
	  .subtypes = C_CONN,
	  /*
	   * SDR: required per the older sender diagram (mqsc.md 4.1);
	   * CLUSRCVR: optional on Multiplatforms (UNCONFIRMED note 2),
	   * so not required.
	   */
	  .required = C_SDR | C_RQSTR | C_CLNTCONN | C_CLUSSDR,
	  .defval = "",
	  .help = "Partner address: host(port), or a comma list of them" },
	{ .name = "CONVERT", .type = VT_ENUM, .values = v_no_yes,
	  .subtypes = C_SEND, .defval = "NO",
	  .help = "Convert message data before sending" },
	{ .name = "DATALEN", .type = VT_INT, .min = 16, .max = 32768,
	  .verbs = VERB_PING, .defval = "64",
	  .help = "PING: bytes of data to send" },
	{ .name = "DEFCDISP", .type = VT_ENUM, .flags = AF_ZOS,
	  .values = chl_defcdisp,
	  .subtypes = C_SDR | C_SVR | C_RCVR | C_RQSTR | C_SVRCONN,
	  .help = "Default channel disposition (z/OS)" },
	{ .name = "DEFRECON", .type = VT_ENUM, .values = chl_defrecon,
	  .subtypes = C_CLNTCONN, .defval = "NO",
	  .help = "Reconnect a client automatically after a break" },
	{ .name = "DESCR", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 64, .subtypes = C_MQ | C_AMQP, .defval = "",
	  .help = "Description" },
	{ .name = "DISCINT", .type = VT_INT, .min = 0, .max = 999999,
	  .subtypes = C_SEND | C_SVRCONN, .defval = "6000",
	  .subdefs = chl_discint_def,
	  .help = "Seconds without messages before the channel ends "
	      "(0 = never)" },
	/* Range UNCONFIRMED (mqsc.md 4.5): the MQCD field takes 0-999999. */
	{ .name = "HBINT", .type = VT_INT, .min = 0, .max = 999999,
	  .subtypes = C_MQ, .defval = "300",
	  .help = "Heartbeat interval in seconds" },
	{ .name = "IGNSTATE", .type = VT_ENUM, .verbs = VERB_DELETE,
	  .values = v_no_yes, .defval = "NO",
	  .help = "DELETE: succeed even if the channel does not exist" },
	/* Length UNCONFIRMED: not limited. */
	{ .name = "JAASCFG", .type = VT_STRING, .flags = AF_BLANKOK,
	  .subtypes = C_MQTT, .defval = "",
	  .help = "JAAS configuration stanza for MQTT authentication" },
	{ .name = "KAINT", .type = VT_INT_ENUM, .min = 0, .max = 99999,
	  .values = v_auto, .subtypes = C_MQ, .defval = "AUTO",
	  .help = "TCP keepalive interval in seconds, or AUTO" },
	{ .name = "LIKE", .type = VT_NAME, .flags = AF_INPUT,
	  .verbs = VERB_DEFINE, .maxlen = 20,
	  /*
	   * AMQP is "?" in the matrix (UNCONFIRMED): accepted on every type
	   * so that real DEFINE scripts do not get false errors.
	   */
	  .help = "Copy unspecified attributes from this channel" },
	/* Port-range form UNCONFIRMED: checked as a plain string. */
	{ .name = "LOCLADDR", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 48, .subtypes = C_CONN | C_AMQP | C_MQTT, .defval = "",
	  .help = "Local address and port range for outbound connections" },
	{ .name = "LONGRTY", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_SEND, .defval = "999999999",
	  .help = "Slow retries after the short retries are used up" },
	{ .name = "LONGTMR", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_SEND, .defval = "1200",
	  .help = "Seconds between slow retries" },
	/* Ranges of MAXINST and MAXINSTC UNCONFIRMED (mqsc.md 4.5). */
	{ .name = "MAXINST", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_SVRCONN | C_AMQP, .defval = "999999999",
	  .help = "Most simultaneous instances of this channel" },
	{ .name = "MAXINSTC", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_SVRCONN, .defval = "999999999",
	  .help = "Most simultaneous instances from one client address" },
	/* Channel range UNCONFIRMED: the queue manager limit is used. */
	{ .name = "MAXMSGL", .type = VT_INT, .min = 0, .max = 104857600,
	  .subtypes = C_MQ | C_AMQP, .defval = "4194304",
	  .help = "Largest message in bytes (0 = queue manager maximum)" },
	{ .name = "MCANAME", .type = VT_STRING,
	  .flags = AF_BLANKOK | AF_DEPRECATED, .maxlen = 20,
	  .subtypes = C_MCA, .defval = "",
	  .help = "Reserved; leave blank" },
	{ .name = "MCATYPE", .type = VT_ENUM, .values = chl_mcatype,
	  .subtypes = C_MCA, .defval = "PROCESS",
	  .subdefs = chl_mcatype_def,
	  .help = "Run the channel agent as a process or a thread" },
	/*
	 * Length UNCONFIRMED (12 on UNIX, 64 on Windows per mqsc.md 3):
	 * 64 chosen so that Windows user@domain values are not rejected.
	 */
	{ .name = "MCAUSER", .type = VT_STRING, .flags = AF_USERID | AF_BLANKOK,
	  .maxlen = 64, .subtypes = C_MSG | C_SVRCONN | C_AMQP | C_MQTT,
	  .defval = "",
	  .help = "User the receiving channel runs as; blank = default" },
	{ .name = "MODE", .type = VT_ENUM, .verbs = VERB_STOP,
	  .values = chl_mode, .defval = "QUIESCE",
	  .help = "STOP: finish the batch, stop now, or end the process" },
	{ .name = "MODENAME", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 8, .subtypes = C_CONN, .defval = "",
	  .help = "LU 6.2 mode name" },
	{ .name = "MONCHL", .type = VT_ENUM, .values = v_qmgr_mon,
	  .subtypes = C_MSG | C_SVRCONN, .defval = "QMGR",
	  .help = "Online monitoring data collection level" },
	{ .name = "MRDATA", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 32, .subtypes = C_MR, .defval = "",
	  .help = "Data passed to the message-retry exit" },
	{ .name = "MREXIT", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 128, .subtypes = C_MR, .defval = "",
	  .help = "Message-retry exit name" },
	{ .name = "MRRTY", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_MR, .defval = "10",
	  .help = "Retries of a failed put before the message is "
	      "dead-lettered" },
	{ .name = "MRTMR", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_MR, .defval = "1000",
	  .help = "Milliseconds between message retries" },
	{ .name = "MSGDATA", .type = VT_STRING,
	  .flags = AF_LIST | AF_BLANKOK, .maxlen = 32, .subtypes = C_MSG,
	  .defval = "",
	  .help = "Data passed to each message exit" },
	{ .name = "MSGEXIT", .type = VT_STRING,
	  .flags = AF_LIST | AF_BLANKOK, .maxlen = 128, .subtypes = C_MSG,
	  .defval = "",
	  .help = "Message exit names" },
	/* Range UNCONFIRMED (mqsc.md 4.5). */
	{ .name = "NETPRTY", .type = VT_INT, .min = 0, .max = 9,
	  .subtypes = C_CLUSRCVR, .defval = "0",
	  .help = "Network priority among connections to this channel" },
	{ .name = "NOREPLACE", .type = VT_FLAG,
	  .flags = AF_INPUT | AF_NEGATED, .verbs = VERB_DEFINE,
	  .help = "Fail if the channel already exists (the default)" },
	{ .name = "NPMSPEED", .type = VT_ENUM, .values = chl_npmspeed,
	  .subtypes = C_MSG, .defval = "FAST",
	  .help = "Send nonpersistent messages outside sync point (FAST)" },
	{ .name = "PASSWORD", .type = VT_STRING,
	  .flags = AF_BLANKOK | AF_SECRET, .maxlen = 12,
	  .subtypes = C_LUSEC, .defval = "",
	  .help = "LU 6.2 password sent with USERID" },
	{ .name = "PORT", .type = VT_INT, .min = 0, .max = 65535,
	  .subtypes = C_AMQP | C_MQTT, .required = C_MQTT,
	  .subdefs = chl_port_def,
	  .help = "TCP port the AMQP or MQTT channel listens on" },
	{ .name = "PROPCTL", .type = VT_ENUM, .values = chl_propctl,
	  .subtypes = C_SEND, .defval = "COMPAT",
	  .help = "What happens to message properties sent to an older "
	      "partner" },
	{ .name = "PROTOCOL", .type = VT_ENUM, .flags = AF_LIST,
	  .values = chl_protocol, .subtypes = C_MQTT,
	  .defval = "MQTTV311,MQTTV3,HTTP",
	  .help = "Client protocols the MQTT channel accepts" },
	{ .name = "PUTAUT", .type = VT_ENUM, .values = chl_putaut,
	  /* SVRCONN takes PUTAUT on z/OS only (mqsc.md 4.5). */
	  .subtypes = C_MR, .defval = "DEF",
	  .help = "Put with the channel's user (DEF) or the message's (CTX)" },
	/* A leading '*' picks any queue manager in a group: a string. */
	{ .name = "QMNAME", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = VERBS_DEFALT | VERB_STOP, .maxlen = 48,
	  .subtypes = C_CLNTCONN, .defval = "",
	  .help = "Queue manager (or *group) a client connects to" },
	{ .name = "QSGDISP", .type = VT_ENUM, .flags = AF_ZOS,
	  .verbs = VERBS_DEFALT | VERB_DELETE | VERB_DISPLAY,
	  .values = v_zos_qsgdisp,
	  .help = "Disposition in a queue sharing group (z/OS)" },
	{ .name = "RCVDATA", .type = VT_STRING,
	  .flags = AF_LIST | AF_BLANKOK, .maxlen = 32, .subtypes = C_MQ,
	  .defval = "",
	  .help = "Data passed to each receive exit" },
	{ .name = "RCVEXIT", .type = VT_STRING,
	  .flags = AF_LIST | AF_BLANKOK, .maxlen = 128, .subtypes = C_MQ,
	  .defval = "",
	  .help = "Receive exit names" },
	{ .name = "REPLACE", .type = VT_FLAG, .flags = AF_INPUT,
	  .verbs = VERB_DEFINE, .negation = "NOREPLACE",
	  .help = "Overwrite the channel if it already exists" },
	{ .name = "RESETSEQ", .type = VT_INT_ENUM,
	  .flags = AF_OUTPUT, .verbs = VERB_DISPLAY, .min = 1, .max = MAX9,
	  .values = chl_resetseq, .subtypes = C_MSG, .defval = "NO",
	  .help = "Pending sequence number reset, or NO" },
	{ .name = "SCYDATA", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 32, .subtypes = C_MQ, .defval = "",
	  .help = "Data passed to the security exit" },
	{ .name = "SCYEXIT", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 128, .subtypes = C_MQ, .defval = "",
	  .help = "Security exit name" },
	{ .name = "SENDDATA", .type = VT_STRING,
	  .flags = AF_LIST | AF_BLANKOK, .maxlen = 32, .subtypes = C_MQ,
	  .defval = "",
	  .help = "Data passed to each send exit" },
	{ .name = "SENDEXIT", .type = VT_STRING,
	  .flags = AF_LIST | AF_BLANKOK, .maxlen = 128, .subtypes = C_MQ,
	  .defval = "",
	  .help = "Send exit names" },
	{ .name = "SEQNUM", .type = VT_INT, .min = 1, .max = MAX9,
	  .verbs = VERB_RESET, .subtypes = C_MSG, .defval = "1",
	  .help = "RESET: next message sequence number" },
	{ .name = "SEQWRAP", .type = VT_INT, .min = 100, .max = MAX9,
	  .subtypes = C_MSG, .defval = "999999999",
	  .help = "Highest message sequence number before it wraps to 1" },
	/* Range UNCONFIRMED: accept any MQ integer. */
	{ .name = "SHARECNV", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_CLNTCONN | C_SVRCONN, .defval = "10",
	  .help = "Conversations that may share one TCP connection" },
	{ .name = "SHORTRTY", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_SEND, .defval = "10",
	  .help = "Fast connection retries before the slow ones" },
	{ .name = "SHORTTMR", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = C_SEND, .defval = "60",
	  .help = "Seconds between fast retries" },
	{ .name = "SPLPROT", .type = VT_ENUM, .flags = AF_ZOS,
	  .values = chl_splprot, .subtypes = C_SDR | C_SVR | C_RCVR | C_RQSTR,
	  .help = "AMS security policy protection (z/OS)" },
	{ .name = "SSLCAUTH", .type = VT_ENUM, .values = chl_sslcauth,
	  .subtypes = C_SVR | C_RCVR | C_RQSTR | C_SVRCONN | C_CLUSRCVR |
	      C_AMQP | C_MQTT,
	  .defval = "REQUIRED",
	  .help = "Whether the partner must send a certificate" },
	{ .name = "SSLCIPH", .type = VT_CIPHER, .flags = AF_BLANKOK,
	  .maxlen = 32, .defval = "",
	  .help = "CipherSpec for TLS; blank = no TLS" },
	{ .name = "SSLKEYP", .type = VT_STRING,
	  .flags = AF_BLANKOK | AF_SECRET, .subtypes = C_MQTT, .defval = "",
	  .help = "Pass phrase of the MQTT channel's key store" },
	{ .name = "SSLKEYR", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 256, .subtypes = C_MQTT, .defval = "",
	  .help = "Key store file of the MQTT channel" },
	{ .name = "SSLPEER", .type = VT_STRING, .flags = AF_DN | AF_BLANKOK,
	  .maxlen = 1024, .subtypes = C_MQ | C_AMQP, .defval = "",
	  .help = "Filter on the partner certificate's subject DN" },
	{ .name = "STATCHL", .type = VT_ENUM, .values = v_qmgr_mon,
	  .subtypes = C_MSG, .defval = "QMGR",
	  .help = "Statistics data collection level" },
	{ .name = "STATUS", .type = VT_ENUM, .verbs = VERB_STOP,
	  .values = chl_status, .defval = "STOPPED",
	  .help = "STOP: leave the channel STOPPED or INACTIVE" },
	{ .name = "TMPMODEL", .type = VT_NAME, .maxlen = 48,
	  .subtypes = C_AMQP, .defval = "SYSTEM.DEFAULT.MODEL.QUEUE",
	  .help = "Model queue for AMQP temporary queues" },
	{ .name = "TMPQPRFX", .type = VT_STRING, .maxlen = 48,
	  .subtypes = C_AMQP, .defval = "AMQP.*",
	  .help = "Name prefix of AMQP temporary queues" },
	/*
	 * SVRCONN is "?" in the matrix and the 9.4.2 display of a SVRCONN
	 * shows no TPNAME: left out (UNCONFIRMED).
	 */
	{ .name = "TPNAME", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 64, .subtypes = C_CONN, .defval = "",
	  .help = "LU 6.2 transaction program name" },
	{ .name = "TPROOT", .type = VT_STRING, .maxlen = 10240,
	  .subtypes = C_AMQP, .defval = "SYSTEM.BASE.TOPIC",
	  .help = "Topic root for AMQP publications" },
	/* NETBIOS and SPX only for Windows clients (mqsc.md 4.5). */
	{ .name = "TRPTYPE", .type = VT_ENUM, .values = v_trptype,
	  .subtypes = C_MQ | C_MQTT, .required = C_MQTT, .defval = "TCP",
	  .help = "Transport type" },
	{ .name = "TYPE", .type = VT_ENUM, .verbs = VERB_DISPLAY,
	  .values = chl_type_sel, .defval = "ALL",
	  .help = "DISPLAY: show only channels of this type" },
	{ .name = "USECLTID", .type = VT_ENUM, .values = v_no_yes,
	  .subtypes = C_AMQP | C_MQTT, .defval = "NO",
	  .help = "Use the client ID as the user for authority checks" },
	{ .name = "USEDLQ", .type = VT_ENUM, .values = v_yes_no,
	  .subtypes = C_MSG, .defval = "YES",
	  .help = "Put undeliverable messages on the dead-letter queue" },
	{ .name = "USERID", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 12, .subtypes = C_LUSEC, .defval = "",
	  .help = "LU 6.2 user ID sent to the partner" },
	{ .name = "WHERE", .type = VT_WHERE, .verbs = VERB_DISPLAY,
	  .help = "DISPLAY: filter on one attribute" },
	/*
	 * Blank is accepted: SYSTEM.DEF.SENDER and SYSTEM.DEF.SERVER hold a
	 * blank XMITQ (mqsc.md 4.4), so dumps of them may carry XMITQ(' ').
	 */
	{ .name = "XMITQ", .type = VT_NAME, .flags = AF_BLANKOK,
	  .maxlen = 48, .subtypes = C_SDR | C_SVR, .required = C_SDR | C_SVR,
	  .help = "Transmission queue the channel sends from" },
};

/*
 * CHLAUTH (SET and DISPLAY only).  Per-type validity and required
 * parameters follow chlauth.md 1.3, limits 1.4, DISPLAY keywords 7.1.
 */
static const char *const cha_types[] = {
	"BLOCKUSER", "BLOCKADDR", "SSLPEERMAP", "ADDRESSMAP", "USERMAP",
	"QMGRMAP", NULL
};

#define A_BLOCKUSER	SUBTYPE(0)
#define A_BLOCKADDR	SUBTYPE(1)
#define A_SSLPEERMAP	SUBTYPE(2)
#define A_ADDRESSMAP	SUBTYPE(3)
#define A_USERMAP	SUBTYPE(4)
#define A_QMGRMAP	SUBTYPE(5)
#define A_MAPS		(A_SSLPEERMAP | A_ADDRESSMAP | A_USERMAP | A_QMGRMAP)
#define A_ALL		(A_BLOCKUSER | A_BLOCKADDR | A_MAPS)

/* TYPE doubles as a DISPLAY selector, where ALL is also allowed. */
static const char *const cha_type_values[] = {
	"BLOCKUSER", "BLOCKADDR", "SSLPEERMAP", "ADDRESSMAP", "USERMAP",
	"QMGRMAP", "ALL", NULL
};
static const char *const cha_action[] = {
	"ADD", "REPLACE", "REMOVE", "REMOVEALL", NULL
};
static const char *const cha_chckclnt[] = {
	"ASQMGR", "REQUIRED", "REQDADM", NULL
};
static const char *const cha_match[] = {
	"GENERIC", "RUNCHECK", "EXACT", "ALL", NULL
};
static const char *const cha_usersrc[] = {
	"MAP", "NOACCESS", "CHANNEL", NULL
};

#define CHA_SETDIS	(VERB_SET | VERB_DISPLAY)

static const struct schema_attr cha_attrs[] = {
	{ .name = "ACTION", .type = VT_ENUM, .verbs = VERB_SET,
	  .values = cha_action, .defval = "ADD",
	  .help = "Add, replace or remove the record, or remove all of them" },
	/*
	 * Limit UNCONFIRMED (chlauth.md 1.4): the PCF field length 264 is
	 * used.  Also a RUNCHECK input on DISPLAY.
	 */
	{ .name = "ADDRESS", .type = VT_STRING,
	  .flags = AF_ADDRESS | AF_BLANKOK | AF_GENERIC, .verbs = CHA_SETDIS,
	  .maxlen = 264, .subtypes = A_MAPS,
	  .required = A_ADDRESSMAP,
	  .help = "Partner IP address pattern or host name to match" },
	{ .name = "ADDRLIST", .type = VT_STRING,
	  .flags = AF_ADDRESS | AF_LIST | AF_GENERIC, .verbs = VERB_SET,
	  .maxitems = 100,
	  .subtypes = A_BLOCKADDR, .required = A_BLOCKADDR,
	  .help = "IP address patterns to block before any channel starts" },
	{ .name = "ALL", .type = VT_FLAG, .verbs = VERB_DISPLAY,
	  .help = "Display every attribute" },
	OUT_ATTR("ALTDATE", "Date of the last change (yyyy-mm-dd)"),
	OUT_ATTR("ALTTIME", "Time of the last change (hh.mm.ss)"),
	/*
	 * Valid types UNCONFIRMED (chlauth.md 1.3): the USERMAP diagram,
	 * real ADDRESSMAP records and our belief about SSLPEERMAP; not
	 * QMGRMAP, where no client user is involved.
	 */
	{ .name = "CHCKCLNT", .type = VT_ENUM, .verbs = VERB_SET,
	  .values = cha_chckclnt,
	  .subtypes = A_SSLPEERMAP | A_ADDRESSMAP | A_USERMAP,
	  .defval = "ASQMGR",
	  .help = "Whether a client must also pass user ID and password "
	      "checks" },
	/* No wildcards: not AF_GENERIC (MQRCCF_CHLAUTH_CLNTUSER_ERROR). */
	{ .name = "CLNTUSER", .type = VT_STRING, .flags = AF_USERID,
	  .verbs = CHA_SETDIS,
	  .maxlen = 1024, .subtypes = A_USERMAP, .required = A_USERMAP,
	  .help = "User ID asserted by the client" },
	ZOS_ATTR("CMDSCOPE", CHA_SETDIS, "Where in the QSG to run (z/OS)"),
	{ .name = "CUSTOM", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = VERB_SET, .maxlen = 128, .defval = "",
	  .help = "Reserved for future keywords" },
	{ .name = "DESCR", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = VERB_SET, .maxlen = 64, .defval = "",
	  .help = "Description" },
	/* Default GENERIC inferred from the diagram (chlauth.md 7.1). */
	{ .name = "MATCH", .type = VT_ENUM, .verbs = VERB_DISPLAY,
	  .values = cha_match, .defval = "GENERIC",
	  .help = "DISPLAY: how the profile is matched; RUNCHECK simulates" },
	/* Required with USERSRC(MAP): a cross-attribute rule, not here. */
	{ .name = "MCAUSER", .type = VT_STRING, .flags = AF_USERID | AF_BLANKOK,
	  .verbs = VERB_SET, .maxlen = 64, .subtypes = A_MAPS,
	  .help = "User the channel runs as when USERSRC(MAP)" },
	{ .name = "QMNAME", .type = VT_STRING, .flags = AF_GENERIC,
	  .verbs = CHA_SETDIS, .maxlen = 48, .subtypes = A_QMGRMAP,
	  .required = A_QMGRMAP,
	  .help = "Partner queue manager name pattern" },
	/* Limit UNCONFIRMED (chlauth.md 1.4): same as SSLPEER. */
	{ .name = "SSLCERTI", .type = VT_STRING,
	  .flags = AF_DN | AF_BLANKOK | AF_GENERIC, .verbs = CHA_SETDIS,
	  .maxlen = 1024, .subtypes = A_SSLPEERMAP, .defval = "",
	  .help = "Issuer DN pattern of the partner certificate" },
	{ .name = "SSLPEER", .type = VT_STRING, .flags = AF_DN | AF_GENERIC,
	  .verbs = CHA_SETDIS, .maxlen = 1024, .subtypes = A_SSLPEERMAP,
	  .required = A_SSLPEERMAP,
	  .help = "Subject DN pattern of the partner certificate" },
	{ .name = "TYPE", .type = VT_ENUM, .flags = AF_SUBTYPE,
	  .verbs = CHA_SETDIS, .values = cha_type_values,
	  .required = A_ALL,
	  .help = "Record type; must follow the profile name" },
	/* Item count UNCONFIRMED (chlauth.md 1.4): 100 as for ADDRLIST. */
	{ .name = "USERLIST", .type = VT_STRING, .flags = AF_USERID | AF_LIST,
	  .verbs = VERB_SET, .maxlen = 64, .maxitems = 100,
	  .subtypes = A_BLOCKUSER, .required = A_BLOCKUSER,
	  .help = "User IDs to block, or *MQADMIN for privileged users" },
	{ .name = "USERSRC", .type = VT_ENUM, .verbs = VERB_SET,
	  .values = cha_usersrc, .subtypes = A_MAPS, .defval = "MAP",
	  .help = "Run as MCAUSER (MAP), refuse (NOACCESS) or as the "
	      "channel says" },
	/* On map types only with USERSRC(NOACCESS): checked elsewhere. */
	{ .name = "WARN", .type = VT_ENUM, .verbs = VERB_SET,
	  .values = v_no_yes, .defval = "NO",
	  .help = "Only report (do not block) connections this record "
	      "refuses" },
	{ .name = "WHERE", .type = VT_WHERE, .verbs = VERB_DISPLAY,
	  .help = "DISPLAY: filter on one attribute" },
};

/*
 * AUTHREC (SET, DELETE and DISPLAY; Multiplatforms only).  mqsc.md 6.
 */
static const char *const ar_auths[] = {
	"NONE", "ALTUSR", "BROWSE", "CHG", "CLR", "CONNECT", "CRT", "DLT",
	"DSP", "GET", "INQ", "PUT", "PASSALL", "PASSID", "SET", "SETALL",
	"SETID", "SUB", "RESUME", "PUB", "SYSTEM", "CTRL", "CTRLX", "ALL",
	"ALLADM", "ALLMQI", NULL
};
static const char *const ar_match[] = {
	"PROFILE", "EXACT", "MEMBERSHIP", NULL
};
static const char *const ar_objtype[] = {
	"AUTHINFO", "CHANNEL", "CLNTCONN", "COMMINFO", "LISTENER",
	"NAMELIST", "PROCESS", "QUEUE", "QMGR", "RQMNAME", "SERVICE",
	"TOPIC", NULL
};

#define AR_VERBS	(VERB_SET | VERB_DELETE | VERB_DISPLAY)

static const struct schema_attr ar_attrs[] = {
	{ .name = "ALL", .type = VT_FLAG, .verbs = VERB_DISPLAY,
	  .help = "Display every attribute" },
	{ .name = "AUTHADD", .type = VT_ENUM, .flags = AF_LIST,
	  .verbs = VERB_SET, .values = ar_auths,
	  .help = "Authorities to grant" },
	OUT_ATTR("AUTHLIST", "Authorities held"),
	{ .name = "AUTHRMV", .type = VT_ENUM, .flags = AF_LIST,
	  .verbs = VERB_SET, .values = ar_auths,
	  .help = "Authorities to take away" },
	OUT_ATTR("ENTITY", "User or group the record belongs to"),
	OUT_ATTR("ENTTYPE", "Whether ENTITY is a user or a group"),
	/* Exactly one of GROUP and PRINCIPAL: a cross-attribute rule. */
	{ .name = "GROUP", .type = VT_STRING, .flags = AF_USERID,
	  .verbs = AR_VERBS,
	  .maxlen = 1024,
	  .help = "Group the authorities apply to" },
	{ .name = "MATCH", .type = VT_ENUM, .verbs = VERB_DISPLAY,
	  .values = ar_match, .defval = "PROFILE",
	  .help = "DISPLAY: generic match, exact profile, or group "
	      "membership" },
	{ .name = "OBJTYPE", .type = VT_ENUM, .verbs = AR_VERBS,
	  .values = ar_objtype, .required = SUBTYPE_ANY,
	  .help = "Type of object the profile protects" },
	{ .name = "PRINCIPAL", .type = VT_STRING, .flags = AF_USERID,
	  .verbs = AR_VERBS,
	  .maxlen = 1024,
	  .help = "User the authorities apply to (Windows: user@domain)" },
	/* Required unless OBJTYPE(QMGR): a cross-attribute rule. */
	{ .name = "PROFILE", .type = VT_STRING, .flags = AF_GENERIC,
	  .verbs = AR_VERBS, .maxlen = 48,
	  .help = "Object name or OAM generic profile" },
	{ .name = "SERVCOMP", .type = VT_STRING, .verbs = AR_VERBS,
	  .maxlen = 48,
	  .help = "Authorization service component to use" },
};

/*
 * AUTHINFO.  Subtype is AUTHTYPE.
 */
static const char *const ai_types[] = {
	"CRLLDAP", "OCSP", "IDPWOS", "IDPWLDAP", NULL
};

#define I_CRLLDAP	SUBTYPE(0)
#define I_OCSP		SUBTYPE(1)
#define I_IDPWOS	SUBTYPE(2)
#define I_IDPWLDAP	SUBTYPE(3)
#define I_IDPW		(I_IDPWOS | I_IDPWLDAP)
#define I_LDAP		(I_CRLLDAP | I_IDPWLDAP)
#define I_ALL		(I_CRLLDAP | I_OCSP | I_IDPW)

static const char *const ai_authenmd[] = { "OS", "PAM", NULL };
static const char *const ai_authormd[] = {
	"OS", "SEARCHGRP", "SEARCHUSR", "SRCHGRPSN", NULL
};
static const char *const ai_chck[] = {
	"NONE", "OPTIONAL", "REQUIRED", "REQDADM", NULL
};
static const char *const ai_seccomm[] = { "NO", "YES", "ANON", NULL };

#define AI_VERBS	(VERB_ALTER | VERB_DEFINE | VERB_DELETE | VERB_DISPLAY)

static const struct schema_attr ai_attrs[] = {
	{ .name = "ADOPTCTX", .type = VT_ENUM, .values = v_no_yes,
	  .subtypes = I_IDPW, .defval = "NO",
	  .help = "Run the application as the user it authenticated as" },
	{ .name = "ALL", .type = VT_FLAG, .verbs = VERB_DISPLAY,
	  .help = "Display every attribute" },
	OUT_ATTR("ALTDATE", "Date of the last change (yyyy-mm-dd)"),
	OUT_ATTR("ALTTIME", "Time of the last change (hh.mm.ss)"),
	{ .name = "AUTHENMD", .type = VT_ENUM, .values = ai_authenmd,
	  .subtypes = I_IDPWOS, .defval = "OS",
	  .help = "Check passwords with the OS or with PAM (UNIX only)" },
	{ .name = "AUTHORMD", .type = VT_ENUM, .values = ai_authormd,
	  .subtypes = I_IDPWLDAP, .defval = "OS",
	  .help = "How group membership is found for authorization" },
	{ .name = "AUTHTYPE", .type = VT_ENUM, .flags = AF_SUBTYPE,
	  .verbs = VERBS_DEFALT | VERB_DISPLAY, .values = ai_types,
	  .required = I_ALL,
	  .help = "Kind of authentication information" },
	{ .name = "BASEDNG", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 1024, .subtypes = I_IDPWLDAP, .defval = "",
	  .help = "LDAP base DN for group searches" },
	{ .name = "BASEDNU", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 1024, .subtypes = I_IDPWLDAP, .defval = "",
	  .help = "LDAP base DN for user searches" },
	{ .name = "CHCKCLNT", .type = VT_ENUM, .values = ai_chck,
	  .subtypes = I_IDPW, .defval = "REQDADM",
	  .help = "Password checks required of client connections" },
	{ .name = "CHCKLOCL", .type = VT_ENUM, .values = ai_chck,
	  .subtypes = I_IDPW, .defval = "OPTIONAL",
	  .help = "Password checks required of local bindings "
	      "connections" },
	{ .name = "CLASSGRP", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 128, .subtypes = I_IDPWLDAP, .defval = "groupOfNames",
	  .help = "LDAP object class of group records" },
	{ .name = "CLASSUSR", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 128, .subtypes = I_IDPWLDAP, .defval = "inetOrgPerson",
	  .help = "LDAP object class of user records" },
	ZOS_ATTR("CMDSCOPE", AI_VERBS, "Where in the QSG to run (z/OS)"),
	{ .name = "CONNAME", .type = VT_STRING, .maxlen = 264,
	  .subtypes = I_LDAP, .required = I_LDAP,
	  .help = "LDAP server host(port), or a comma list of them" },
	{ .name = "DESCR", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 64, .defval = "",
	  .help = "Description" },
	{ .name = "FAILDLAY", .type = VT_INT, .min = 0, .max = 60,
	  .subtypes = I_IDPW, .defval = "1",
	  .help = "Seconds to wait before reporting a failed password "
	      "check" },
	{ .name = "FINDGRP", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 128, .subtypes = I_IDPWLDAP, .defval = "",
	  .help = "LDAP attribute that lists group members" },
	{ .name = "GRPFIELD", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 128, .subtypes = I_IDPWLDAP, .defval = "",
	  .help = "LDAP attribute holding a group's short name" },
	{ .name = "IGNSTATE", .type = VT_ENUM, .verbs = VERB_DELETE,
	  .values = v_no_yes, .defval = "NO",
	  .help = "DELETE: succeed even if the object does not exist" },
	{ .name = "LDAPPWD", .type = VT_STRING,
	  .flags = AF_BLANKOK | AF_SECRET, .maxlen = 32,
	  .subtypes = I_LDAP, .defval = "",
	  .help = "Password for LDAPUSER" },
	{ .name = "LDAPUSER", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 1024, .subtypes = I_LDAP, .defval = "",
	  .help = "DN the queue manager binds to the LDAP server as" },
	{ .name = "LIKE", .type = VT_NAME, .flags = AF_INPUT,
	  .verbs = VERB_DEFINE, .maxlen = 48,
	  .help = "Copy unspecified attributes from this object" },
	{ .name = "NESTGRP", .type = VT_ENUM, .values = v_no_yes,
	  .subtypes = I_IDPWLDAP, .defval = "NO",
	  .help = "Follow groups that are members of groups" },
	{ .name = "NOREPLACE", .type = VT_FLAG,
	  .flags = AF_INPUT | AF_NEGATED, .verbs = VERB_DEFINE,
	  .help = "Fail if the object already exists (the default)" },
	{ .name = "OCSPURL", .type = VT_STRING, .maxlen = 256,
	  .subtypes = I_OCSP, .required = I_OCSP,
	  .help = "URL of the OCSP responder" },
	ZOS_ATTR("QSGDISP", VERBS_DEFALT | VERB_DELETE | VERB_DISPLAY,
	    "Disposition in a queue sharing group (z/OS)"),
	{ .name = "REPLACE", .type = VT_FLAG, .flags = AF_INPUT,
	  .verbs = VERB_DEFINE, .negation = "NOREPLACE",
	  .help = "Overwrite the object if it already exists" },
	{ .name = "SECCOMM", .type = VT_ENUM, .values = ai_seccomm,
	  .subtypes = I_IDPWLDAP, .defval = "NO",
	  .help = "Use TLS to the LDAP server (ANON: without a client "
	      "certificate)" },
	{ .name = "SHORTUSR", .type = VT_STRING, .maxlen = 128,
	  .subtypes = I_IDPWLDAP, .required = I_IDPWLDAP,
	  .help = "LDAP attribute used as the short user ID" },
	{ .name = "USRFIELD", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 128, .subtypes = I_IDPWLDAP, .defval = "",
	  .help = "LDAP attribute matched when the user ID has no "
	      "attribute name" },
	{ .name = "WHERE", .type = VT_WHERE, .verbs = VERB_DISPLAY,
	  .help = "DISPLAY: filter on one attribute" },
};

/*
 * LISTENER.  Subtype is TRPTYPE; which keywords go with which transport
 * follows the DEFINE LISTENER diagram.
 */
#define L_TCP		SUBTYPE(0)
#define L_LU62		SUBTYPE(1)
#define L_NETBIOS	SUBTYPE(2)
#define L_SPX		SUBTYPE(3)
#define L_ALL		(L_TCP | L_LU62 | L_NETBIOS | L_SPX)

static const char *const ls_control[] = {
	"MANUAL", "QMGR", "STARTONLY", NULL
};

#define LS_VERBS	(VERB_ALTER | VERB_DEFINE | VERB_DELETE |	\
			 VERB_DISPLAY | VERB_START | VERB_STOP)

static const struct schema_attr ls_attrs[] = {
	{ .name = "ADAPTER", .type = VT_INT, .min = 0, .max = 7,
	  .subtypes = L_NETBIOS, .defval = "0",
	  .help = "NetBIOS adapter number" },
	{ .name = "ALL", .type = VT_FLAG, .verbs = VERB_DISPLAY,
	  .help = "Display every attribute" },
	OUT_ATTR("ALTDATE", "Date of the last change (yyyy-mm-dd)"),
	OUT_ATTR("ALTTIME", "Time of the last change (hh.mm.ss)"),
	{ .name = "BACKLOG", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = L_TCP | L_SPX, .defval = "0",
	  .help = "Outstanding connection requests allowed (0 = default)" },
	ZOS_ATTR("CMDSCOPE", LS_VERBS, "Where in the QSG to run (z/OS)"),
	{ .name = "COMMANDS", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = L_NETBIOS, .defval = "0",
	  .help = "NetBIOS commands the listener may use" },
	{ .name = "CONTROL", .type = VT_ENUM, .values = ls_control,
	  .defval = "MANUAL",
	  .help = "Start with the queue manager (QMGR, STARTONLY) or by "
	      "hand" },
	{ .name = "DESCR", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 64, .defval = "",
	  .help = "Description" },
	{ .name = "IGNSTATE", .type = VT_ENUM, .verbs = VERB_DELETE,
	  .values = v_no_yes, .defval = "NO",
	  .help = "DELETE: succeed even if the listener does not exist" },
	ZOS_ATTR("INDISP", VERB_START | VERB_STOP,
	    "Inbound disposition handled (z/OS)"),
	{ .name = "IPADDR", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 48, .subtypes = L_TCP, .defval = "",
	  .help = "Local address to listen on; blank = all" },
	{ .name = "LIKE", .type = VT_NAME, .flags = AF_INPUT,
	  .verbs = VERB_DEFINE, .maxlen = 48,
	  .help = "Copy unspecified attributes from this listener" },
	{ .name = "LOCLNAME", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 16, .subtypes = L_NETBIOS, .defval = "",
	  .help = "NetBIOS local name" },
	ZOS_ATTR("LUNAME", VERB_START | VERB_STOP,
	    "LU name of the LU 6.2 listener (z/OS)"),
	{ .name = "NOREPLACE", .type = VT_FLAG,
	  .flags = AF_INPUT | AF_NEGATED, .verbs = VERB_DEFINE,
	  .help = "Fail if the listener already exists (the default)" },
	{ .name = "NTBNAMES", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = L_NETBIOS, .defval = "0",
	  .help = "NetBIOS names the listener may use" },
	{ .name = "PORT", .type = VT_INT, .min = 0, .max = 65535,
	  .subtypes = L_TCP, .defval = "0",
	  .help = "TCP port to listen on" },
	{ .name = "REPLACE", .type = VT_FLAG, .flags = AF_INPUT,
	  .verbs = VERB_DEFINE, .negation = "NOREPLACE",
	  .help = "Overwrite the listener if it already exists" },
	{ .name = "SESSIONS", .type = VT_INT, .min = 0, .max = MAX9,
	  .subtypes = L_NETBIOS, .defval = "0",
	  .help = "NetBIOS sessions the listener may use" },
	{ .name = "SOCKET", .type = VT_INT, .min = 0, .max = 65535,
	  .subtypes = L_SPX, .defval = "0",
	  .help = "SPX socket to listen on" },
	{ .name = "TPNAME", .type = VT_STRING, .flags = AF_BLANKOK,
	  .maxlen = 64, .subtypes = L_LU62, .defval = "",
	  .help = "LU 6.2 transaction program name (Windows)" },
	{ .name = "TRPTYPE", .type = VT_ENUM, .flags = AF_SUBTYPE,
	  .verbs = VERBS_DEFALT | VERB_DISPLAY, .values = v_trptype,
	  .required = L_ALL,
	  .help = "Transport the listener uses" },
	{ .name = "WHERE", .type = VT_WHERE, .verbs = VERB_DISPLAY,
	  .help = "DISPLAY: filter on one attribute" },
};

/*
 * QMGR (ALTER, DISPLAY and the queue-manager-wide operations).  The TLS
 * and security attributes follow ciphers.md 3; the rest are the other
 * ALTER QMGR keywords of 9.3/9.4 that real scripts and dmpmqcfg output
 * carry, so that they do not raise false errors.
 */
static const char *const qm_acctq[] = { "OFF", "ON", "NONE", NULL };
static const char *const qm_activrec[] = {
	"DISABLED", "MSG", "QUEUE", NULL
};
static const char *const qm_certvpol[] = { "ANY", "RFC5280", NULL };
static const char *const qm_chlev[] = {
	"DISABLED", "ENABLED", "EXCEPTION", NULL
};
static const char *const qm_clwluseq[] = { "LOCAL", "ANY", NULL };
static const char *const qm_cmdev[] = {
	"DISABLED", "ENABLED", "NODISPLAY", NULL
};
static const char *const qm_defclxq[] = { "SCTQ", "CHANNEL", NULL };
static const char *const qm_imgsched[] = { "MANUAL", "AUTO", NULL };
static const char *const qm_ipaddrv[] = { "IPV4", "IPV6", NULL };
static const char *const qm_maxpropl[] = { "NOLIMIT", NULL };
static const char *const qm_mon[] = {
	"OFF", "NONE", "LOW", "MEDIUM", "HIGH", NULL
};
static const char *const qm_mode[] = { "QUIESCE", "FORCE", NULL };
static const char *const qm_object[] = {
	"ALL", "AUTHINFO", "CFSTRUCT", "CHANNEL", "CHLAUTH", "COMMINFO",
	"LISTENER", "NAMELIST", "NONE", "PROCESS", "QALIAS", "QLOCAL",
	"QMGR", "QMODEL", "QREMOTE", "QUEUE", "SERVICE", "STGCLASS", "SUB",
	"TOPIC", NULL
};
static const char *const qm_off_img[] = { "OFF", NULL };
static const char *const qm_psmode[] = {
	"COMPAT", "DISABLED", "ENABLED", NULL
};
static const char *const qm_psnpmsg[] = { "DISCARD", "KEEP", NULL };
static const char *const qm_psnpres[] = {
	"NORMAL", "SAFE", "DISCARD", "KEEP", NULL
};
static const char *const qm_pssyncpt[] = { "IFPER", "YES", "NO", NULL };
static const char *const qm_qmgr_manual[] = { "QMGR", "MANUAL", NULL };
static const char *const qm_reduce[] = { "AUTO", "ONE", "MAX", NULL };
static const char *const qm_statq[] = { "OFF", "NONE", "ON", NULL };
/* Spellings UNCONFIRMED (ciphers.md 3); these are the MQ ones we know. */
static const char *const qm_suiteb[] = {
	"NONE", "128_BIT", "192_BIT", NULL
};
/* REFRESH QMGR and RESET QMGR share TYPE; their values differ. */
static const char *const qm_type[] = {
	"CONFIGEV", "EARLY", "EXPIRY", "PROXYSUB", "ADVANCELOG", "ARCHLOG",
	"PUBSUB", "REDUCELOG", "STATISTICS", NULL
};

#define QM_VERBS	(VERB_ALTER | VERB_DISPLAY | VERB_PING |	\
			 VERB_REFRESH | VERB_RESET | VERB_RESUME |	\
			 VERB_SUSPEND | VERB_START | VERB_STOP)
#define QM_CLUS		(VERB_RESUME | VERB_SUSPEND)
/* Queue manager attributes are set by ALTER only. */
#define QM_ALT		VERB_ALTER

static const struct schema_attr qm_attrs[] = {
	{ .name = "ACCTCONO", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Let applications override the MQI accounting setting" },
	{ .name = "ACCTINT", .type = VT_INT, .verbs = QM_ALT, .min = 1,
	  .max = 604800, .defval = "1800",
	  .help = "Seconds between intermediate accounting records" },
	{ .name = "ACCTMQI", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_off_on, .defval = "OFF",
	  .help = "Collect MQI accounting data" },
	{ .name = "ACCTQ", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_acctq, .defval = "OFF",
	  .help = "Collect queue accounting data (queues with ACCTQ(QMGR))" },
	ZOS_ATTR("ACTCHL", QM_ALT, "Most active channels (z/OS)"),
	{ .name = "ACTIVREC", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_activrec, .defval = "MSG",
	  .help = "Where activity reports go: reply message, queue or "
	      "nowhere" },
	{ .name = "ACTVCONO", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Let applications override the activity trace setting" },
	{ .name = "ACTVTRC", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_off_on, .defval = "OFF",
	  .help = "Collect MQI application activity trace" },
	ZOS_ATTR("ADOPTCHK", QM_ALT, "Checks before adopting an MCA (z/OS)"),
	ZOS_ATTR("ADOPTMCA", QM_ALT, "Adopt orphaned MCAs (z/OS)"),
	OUT_ATTR("ADVCAP", "Whether advanced message security is "
	    "available"),
	{ .name = "ALL", .type = VT_FLAG, .verbs = VERB_DISPLAY,
	  .help = "Display every attribute" },
	OUT_ATTR("ALTDATE", "Date of the last change (yyyy-mm-dd)"),
	OUT_ATTR("ALTTIME", "Time of the last change (hh.mm.ss)"),
	OUT_ATTR("AMQPCAP", "Whether AMQP is available"),
	{ .name = "ARCHIVED", .type = VT_STRING, .verbs = VERB_RESET,
	  .help = "RESET TYPE(ARCHLOG): last log extent now archived" },
	{ .name = "AUTHOREV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Generate authority (not authorized) events" },
	ZOS_ATTR("BRIDGEEV", QM_ALT, "IMS bridge events (z/OS)"),
	{ .name = "CCSID", .type = VT_INT, .verbs = QM_ALT, .min = 1,
	  .max = 65535,
	  .help = "Coded character set of the queue manager's strings" },
	{ .name = "CERTLABL", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 64,
	  .help = "Label of the queue manager's own certificate" },
	ZOS_ATTR("CERTQSGL", QM_ALT, "Certificate label of the QSG (z/OS)"),
	{ .name = "CERTVPOL", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_certvpol, .defval = "ANY",
	  .help = "Certificate validation policy" },
	ZOS_ATTR("CFCONLOS", QM_ALT, "Reaction to loss of CF connectivity "
	    "(z/OS)"),
	{ .name = "CHAD", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Define receiver and server-connection channels "
	      "automatically" },
	{ .name = "CHADEV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Generate channel auto-definition events" },
	{ .name = "CHADEXIT", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 128, .defval = "",
	  .help = "Channel auto-definition exit" },
	ZOS_ATTR("CHIADAPS", QM_ALT, "Channel initiator adapter tasks "
	    "(z/OS)"),
	ZOS_ATTR("CHIDISPS", QM_ALT, "Channel initiator dispatchers (z/OS)"),
	{ .name = "CHILD", .type = VT_NAME, .verbs = VERB_RESET,
	  .maxlen = 48,
	  .help = "RESET TYPE(PUBSUB): child queue manager to forget" },
	ZOS_ATTR("CHISERVP", QM_ALT, "Reserved (z/OS)"),
	/* ENABLED on queue managers created on 7.1 or later (ciphers.md 3). */
	{ .name = "CHLAUTH", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "ENABLED",
	  .help = "Enforce channel authentication records" },
	{ .name = "CHLEV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_chlev, .defval = "DISABLED",
	  .help = "Generate channel events" },
	{ .name = "CLUSNL", .type = VT_NAME, .verbs = QM_CLUS, .maxlen = 48,
	  .help = "RESUME/SUSPEND: namelist of clusters" },
	{ .name = "CLUSTER", .type = VT_NAME, .verbs = QM_CLUS, .maxlen = 48,
	  .help = "RESUME/SUSPEND: cluster; DISPLAY: cluster attributes" },
	{ .name = "CLWLDATA", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 32, .defval = "",
	  .help = "Data passed to the cluster workload exit" },
	{ .name = "CLWLEXIT", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 128, .defval = "",
	  .help = "Cluster workload exit" },
	{ .name = "CLWLLEN", .type = VT_INT, .verbs = QM_ALT, .min = 0,
	  .max = MAX9, .defval = "100",
	  .help = "Bytes of message data passed to the workload exit" },
	{ .name = "CLWLMRUC", .type = VT_INT, .verbs = QM_ALT, .min = 1,
	  .max = MAX9, .defval = "999999999",
	  .help = "Most recently used outbound cluster channels to keep "
	      "using" },
	{ .name = "CLWLUSEQ", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_clwluseq, .defval = "LOCAL",
	  .help = "Prefer the local instance of a cluster queue (LOCAL)" },
	{ .name = "CMDEV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_cmdev, .defval = "DISABLED",
	  .help = "Generate command events" },
	OUT_ATTR("CMDLEVEL", "Command level of the queue manager"),
	ZOS_ATTR("CMDSCOPE", QM_VERBS, "Where in the QSG to run (z/OS)"),
	OUT_ATTR("COMMANDQ", "Name of the command input queue"),
	{ .name = "CONFIGEV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Generate configuration events" },
	{ .name = "CONNAUTH", .type = VT_NAME, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 48,
	  .help = "AUTHINFO object used for user ID and password checks" },
	OUT_ATTR("CPILEVEL", "Reserved"),
	OUT_ATTR("CRDATE", "Date the queue manager was created"),
	OUT_ATTR("CRTIME", "Time the queue manager was created"),
	{ .name = "CUSTOM", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 128, .defval = "",
	  .help = "Reserved for future keywords" },
	{ .name = "DEADQ", .type = VT_NAME, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 48, .defval = "",
	  .help = "Dead-letter queue" },
	{ .name = "DEFCLXQ", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_defclxq, .defval = "SCTQ",
	  .help = "One cluster transmission queue, or one per channel" },
	{ .name = "DEFXMITQ", .type = VT_NAME, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 48, .defval = "",
	  .help = "Transmission queue used when no other applies" },
	{ .name = "DESCR", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 64, .defval = "",
	  .help = "Description" },
	OUT_ATTR("DISTL", "Whether distribution lists are supported"),
	ZOS_ATTR("DNSGROUP", QM_ALT, "Obsolete DNS group (z/OS)"),
	ZOS_ATTR("DNSWLM", QM_ALT, "Obsolete WLM registration (z/OS)"),
	{ .name = "EVENT", .type = VT_FLAG, .verbs = VERB_DISPLAY,
	  .help = "DISPLAY: show the event attributes" },
	ZOS_ATTR("EXPRYINT", QM_ALT, "Expired message scan interval "
	    "(z/OS)"),
	ZOS_ATTR("FACILITY", QM_CLUS, "Suspend or resume DB2 or IMS "
	    "access (z/OS)"),
	{ .name = "FORCE", .type = VT_FLAG, .verbs = VERB_ALTER,
	  .help = "Apply the change even if it affects open queues" },
	ZOS_ATTR("GROUPUR", QM_ALT, "Group units of recovery (z/OS)"),
	ZOS_ATTR("IGQ", QM_ALT, "Intra-group queuing (z/OS)"),
	ZOS_ATTR("IGQAUT", QM_ALT, "Intra-group queuing authority (z/OS)"),
	ZOS_ATTR("IGQUSER", QM_ALT, "Intra-group queuing user (z/OS)"),
	{ .name = "IMGINTVL", .type = VT_INT, .verbs = QM_ALT, .min = 1,
	  .max = MAX9, .defval = "60",
	  .help = "Minutes between automatic media images" },
	/* Range UNCONFIRMED: accept any MQ integer (megabytes) or OFF. */
	{ .name = "IMGLOGLN", .type = VT_INT_ENUM, .verbs = QM_ALT,
	  .min = 1, .max = MAX9, .values = qm_off_img, .defval = "OFF",
	  .help = "Megabytes of log written before an automatic media "
	      "image" },
	{ .name = "IMGRCOVO", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_yes_no, .defval = "YES",
	  .help = "Objects other than queues can be recovered from media "
	      "images" },
	{ .name = "IMGRCOVQ", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_yes_no, .defval = "YES",
	  .help = "Default media recoverability of queues" },
	{ .name = "IMGSCHED", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_imgsched, .defval = "MANUAL",
	  .help = "Write media images automatically" },
	{ .name = "INCLINT", .type = VT_INT, .verbs = VERB_REFRESH,
	  .min = 0, .max = 999999,
	  .help = "REFRESH TYPE(CONFIGEV): only objects changed in the last "
	      "minutes" },
	{ .name = "INHIBTEV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Generate put and get inhibited events" },
	/* Length UNCONFIRMED: not limited. */
	{ .name = "INITKEY", .type = VT_STRING,
	  .flags = AF_BLANKOK | AF_SECRET, .verbs = QM_ALT, .defval = "",
	  .help = "Initial key that protects stored passwords" },
	{ .name = "IPADDRV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_ipaddrv, .defval = "IPV4",
	  .help = "IP version used when a host name resolves to both" },
	/* Length UNCONFIRMED: not limited. */
	{ .name = "KEYRPWD", .type = VT_STRING,
	  .flags = AF_BLANKOK | AF_SECRET, .verbs = QM_ALT, .defval = "",
	  .help = "Key repository password (instead of a stash file)" },
	{ .name = "LOCALEV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Generate local error events" },
	ZOS_ATTR("LOG", QM_CLUS, "Suspend or resume logging (z/OS)"),
	{ .name = "LOGGEREV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Generate recovery log events" },
	ZOS_ATTR("LSTRTMR", QM_ALT, "Listener restart interval (z/OS)"),
	ZOS_ATTR("LU62ARM", QM_ALT, "APPC ARM suffix (z/OS)"),
	ZOS_ATTR("LU62CHL", QM_ALT, "Most LU 6.2 channels (z/OS)"),
	ZOS_ATTR("LUGROUP", QM_ALT, "Generic LU name (z/OS)"),
	ZOS_ATTR("LUNAME", QM_ALT, "LU name for outbound LU 6.2 (z/OS)"),
	{ .name = "MARKINT", .type = VT_INT_ENUM, .verbs = QM_ALT,
	  .min = 0, .max = MAX9, .values = v_nolimit, .defval = "5000",
	  .help = "Milliseconds a browse mark stays on a message" },
	ZOS_ATTR("MAXCHL", QM_ALT, "Most current channels (z/OS)"),
	{ .name = "MAXHANDS", .type = VT_INT, .verbs = QM_ALT, .min = 0,
	  .max = MAX9, .defval = "256",
	  .help = "Most open handles one connection may hold" },
	{ .name = "MAXMSGL", .type = VT_INT, .verbs = QM_ALT, .min = 32768,
	  .max = 104857600, .defval = "4194304",
	  .help = "Largest message the queue manager handles, in bytes" },
	{ .name = "MAXPROPL", .type = VT_INT_ENUM, .verbs = QM_ALT,
	  .min = 0, .max = 104857600, .values = qm_maxpropl,
	  .defval = "NOLIMIT",
	  .help = "Largest property data per message, in bytes" },
	OUT_ATTR("MAXPRTY", "Highest message priority"),
	{ .name = "MAXUMSGS", .type = VT_INT, .verbs = QM_ALT, .min = 1,
	  .max = MAX9, .defval = "10000",
	  .help = "Most uncommitted messages in one unit of work" },
	{ .name = "MODE", .type = VT_ENUM, .verbs = VERB_SUSPEND,
	  .values = qm_mode, .defval = "QUIESCE",
	  .help = "SUSPEND: leave the cluster gently or at once" },
	{ .name = "MONACLS", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_qmgr_on_off, .defval = "QMGR",
	  .help = "Monitoring of auto-defined cluster-sender channels" },
	{ .name = "MONCHL", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_mon, .defval = "OFF",
	  .help = "Online monitoring of channels with MONCHL(QMGR)" },
	{ .name = "MONQ", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_mon, .defval = "OFF",
	  .help = "Online monitoring of queues with MONQ(QMGR)" },
	{ .name = "NAME", .type = VT_STRING, .flags = AF_GENERIC,
	  .verbs = VERB_REFRESH, .maxlen = 48,
	  .help = "REFRESH TYPE(CONFIGEV): objects to include" },
	{ .name = "OBJECT", .type = VT_ENUM, .verbs = VERB_REFRESH,
	  .values = qm_object, .defval = "ALL",
	  .help = "REFRESH TYPE(CONFIGEV): object type to include" },
	ZOS_ATTR("OPORTMAX", QM_ALT, "Highest outbound port (z/OS)"),
	ZOS_ATTR("OPORTMIN", QM_ALT, "Lowest outbound port (z/OS)"),
	{ .name = "PARENT", .type = VT_NAME, .flags = AF_BLANKOK,
	  .verbs = QM_ALT | VERB_RESET, .maxlen = 48, .defval = "",
	  .help = "Parent queue manager in a publish/subscribe hierarchy" },
	{ .name = "PERFMEV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Generate performance events" },
	OUT_ATTR("PLATFORM", "Platform the queue manager runs on"),
	{ .name = "PSCLUS", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_enabled, .defval = "ENABLED",
	  .help = "Take part in publish/subscribe clustering" },
	{ .name = "PSMODE", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_psmode, .defval = "ENABLED",
	  .help = "Publish/subscribe engine and queued interface state" },
	{ .name = "PSNPMSG", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_psnpmsg, .defval = "DISCARD",
	  .help = "Discard or keep undeliverable nonpersistent inputs" },
	{ .name = "PSNPRES", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_psnpres, .defval = "NORMAL",
	  .help = "Handling of undeliverable nonpersistent responses" },
	{ .name = "PSRTYCNT", .type = VT_INT, .verbs = QM_ALT, .min = 0,
	  .max = MAX9, .defval = "5",
	  .help = "Retries of a failed queued publish/subscribe command" },
	{ .name = "PSSYNCPT", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_pssyncpt, .defval = "IFPER",
	  .help = "Process queued publish/subscribe messages under sync "
	      "point" },
	{ .name = "PUBSUB", .type = VT_FLAG, .verbs = VERB_DISPLAY,
	  .help = "DISPLAY: show the publish/subscribe attributes" },
	OUT_ATTR("QMID", "Unique queue manager identifier"),
	OUT_ATTR("QMNAME", "Queue manager name"),
	ZOS_ATTR("QSGNAME", VERB_DISPLAY, "Queue sharing group name (z/OS)"),
	ZOS_ATTR("RCVTIME", QM_ALT, "Receive wait time (z/OS)"),
	ZOS_ATTR("RCVTMIN", QM_ALT, "Minimum receive wait time (z/OS)"),
	ZOS_ATTR("RCVTTYPE", QM_ALT, "How RCVTIME is applied (z/OS)"),
	{ .name = "REDUCE", .type = VT_ENUM, .verbs = VERB_RESET,
	  .values = qm_reduce, .defval = "AUTO",
	  .help = "RESET TYPE(REDUCELOG): how many log extents to free" },
	{ .name = "REMOTEEV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Generate remote error events" },
	{ .name = "REPOS", .type = VT_NAME, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 48, .defval = "",
	  .help = "Cluster for which this is a full repository" },
	{ .name = "REPOSNL", .type = VT_NAME, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 48, .defval = "",
	  .help = "Namelist of clusters for which this is a full "
	      "repository" },
	{ .name = "REVDNS", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_enabled, .defval = "ENABLED",
	  .help = "Look up host names of partners (for CHLAUTH and "
	      "messages)" },
	{ .name = "ROUTEREC", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_activrec, .defval = "MSG",
	  .help = "Where trace-route reports go: reply message, queue or "
	      "nowhere" },
	{ .name = "SCHINIT", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_qmgr_manual, .defval = "QMGR",
	  .help = "Start the channel initiator with the queue manager" },
	{ .name = "SCMDSERV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_qmgr_manual, .defval = "QMGR",
	  .help = "Start the command server with the queue manager" },
	ZOS_ATTR("SCYCASE", QM_ALT, "Case of security profiles (z/OS)"),
	OUT_ATTR("SPLCAP", "Whether security policies are available"),
	ZOS_ATTR("SQQMNAME", QM_ALT, "Shared queue open behaviour (z/OS)"),
	{ .name = "SSLCRLNL", .type = VT_NAME, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 48, .defval = "",
	  .help = "Namelist of AUTHINFO objects for revocation checks" },
	{ .name = "SSLCRYP", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 256, .defval = "",
	  .help = "Cryptographic hardware configuration" },
	{ .name = "SSLEV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_disabled, .defval = "DISABLED",
	  .help = "Generate TLS events" },
	{ .name = "SSLFIPS", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_no_yes, .defval = "NO",
	  .help = "Use only FIPS-certified cryptography" },
	{ .name = "SSLKEYR", .type = VT_STRING, .flags = AF_BLANKOK,
	  .verbs = QM_ALT, .maxlen = 256,
	  .help = "Key repository stem (or file) of the queue manager" },
	{ .name = "SSLRKEYC", .type = VT_INT, .verbs = QM_ALT, .min = 0,
	  .max = MAX9, .defval = "0",
	  .help = "Bytes sent and received before the secret key is "
	      "renegotiated" },
	ZOS_ATTR("SSLTASKS", QM_ALT, "TLS server subtasks (z/OS)"),
	{ .name = "STATACLS", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_qmgr_on_off, .defval = "QMGR",
	  .help = "Statistics of auto-defined cluster-sender channels" },
	{ .name = "STATCHL", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_mon, .defval = "OFF",
	  .help = "Statistics of channels with STATCHL(QMGR)" },
	{ .name = "STATINT", .type = VT_INT, .verbs = QM_ALT, .min = 1,
	  .max = 604800, .defval = "1800",
	  .help = "Seconds between statistics records" },
	{ .name = "STATMQI", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_off_on, .defval = "OFF",
	  .help = "Collect MQI statistics" },
	{ .name = "STATQ", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = qm_statq, .defval = "OFF",
	  .help = "Statistics of queues with STATQ(QMGR)" },
	{ .name = "STRSTPEV", .type = VT_ENUM, .verbs = QM_ALT,
	  .values = v_enabled, .defval = "ENABLED",
	  .help = "Generate start and stop events" },
	{ .name = "SUITEB", .type = VT_ENUM, .flags = AF_LIST,
	  .verbs = QM_ALT, .values = qm_suiteb, .defval = "NONE",
	  .help = "Restrict TLS to Suite B strengths" },
	OUT_ATTR("SYNCPT", "Sync point support (always shown bare)"),
	{ .name = "SYSTEM", .type = VT_FLAG, .verbs = VERB_DISPLAY,
	  .help = "DISPLAY: show the system attributes" },
	ZOS_ATTR("TCPCHL", QM_ALT, "Most TCP/IP channels (z/OS)"),
	ZOS_ATTR("TCPKEEP", QM_ALT, "TCP keepalive (z/OS)"),
	ZOS_ATTR("TCPNAME", QM_ALT, "TCP/IP stack name (z/OS)"),
	ZOS_ATTR("TCPSTACK", QM_ALT, "Single or multiple stacks (z/OS)"),
	ZOS_ATTR("TRAXSTR", QM_ALT, "Start channel initiator trace "
	    "(z/OS)"),
	ZOS_ATTR("TRAXTBL", QM_ALT, "Channel initiator trace size (z/OS)"),
	/* 0 or 60-604000 per MQ; the gap is not expressed here. */
	{ .name = "TREELIFE", .type = VT_INT, .verbs = QM_ALT, .min = 0,
	  .max = 604000, .defval = "1800",
	  .help = "Seconds an unused topic tree node is kept" },
	{ .name = "TRIGINT", .type = VT_INT, .verbs = QM_ALT, .min = 0,
	  .max = MAX9, .defval = "999999999",
	  .help = "Milliseconds before a FIRST trigger may repeat" },
	{ .name = "TYPE", .type = VT_ENUM,
	  .verbs = VERB_REFRESH | VERB_RESET, .values = qm_type,
	  .help = "REFRESH/RESET: which operation to perform" },
	OUT_ATTR("VERSION", "Version of the queue manager (VVRRMMFF)"),
	OUT_ATTR("XRCAP", "Whether telemetry (MQXR) is available"),
};

/*
 * Queues.  One macro per keyword; each queue type lists the keywords the
 * 9.4 "ALTER queues" parameter table gives it, in name order.
 */
static const char *const q_clwluseq[] = { "QMGR", "ANY", "LOCAL", NULL };
static const char *const q_defbind[] = {
	"OPEN", "NOTFIXED", "GROUP", NULL
};
static const char *const q_defpresp[] = { "SYNC", "ASYNC", NULL };
static const char *const q_defreada[] = { "NO", "YES", "DISABLED", NULL };
static const char *const q_defsopt[] = { "EXCL", "SHARED", NULL };
/* SHAREDYN is z/OS only; kept so that the value is recognised. */
static const char *const q_deftype[] = {
	"TEMPDYN", "PERMDYN", "SHAREDYN", NULL
};
static const char *const q_imgrcovq[] = { "QMGR", "NO", "YES", NULL };
static const char *const q_maxfsize[] = { "DEFAULT", NULL };
static const char *const q_msgdlvsq[] = { "PRIORITY", "FIFO", NULL };
static const char *const q_npmclass[] = { "NORMAL", "HIGH", NULL };
static const char *const q_propctl[] = {
	"COMPAT", "ALL", "FORCE", "NONE", "V6COMPAT", NULL
};
static const char *const q_qsvciev[] = { "NONE", "HIGH", "OK", NULL };
/* CELL is obsolete but still accepted. */
static const char *const q_scope[] = { "QMGR", "CELL", NULL };
static const char *const q_strmqos[] = { "BESTEF", "MUSTDUP", NULL };
static const char *const q_targtype[] = { "QUEUE", "TOPIC", NULL };
static const char *const q_trigtype[] = {
	"FIRST", "EVERY", "DEPTH", "NONE", NULL
};
static const char *const q_usage[] = { "NORMAL", "XMITQ", NULL };

#define Q_VERBS		(VERB_ALTER | VERB_DEFINE | VERB_DELETE | VERB_DISPLAY)
#define QL_VERBS	(Q_VERBS | VERB_CLEAR | VERB_MOVE)

#define Q_ACCTQ								\
	{ .name = "ACCTQ", .type = VT_ENUM, .values = v_qmgr_on_off,	\
	  .defval = "QMGR", .help = "Collect accounting data for the queue" }
#define Q_ALL								\
	{ .name = "ALL", .type = VT_FLAG, .verbs = VERB_DISPLAY,	\
	  .help = "Display every attribute" }
#define Q_ALTDATE	OUT_ATTR("ALTDATE", "Date of the last change")
#define Q_ALTTIME	OUT_ATTR("ALTTIME", "Time of the last change")
#define Q_AUTHREC							\
	{ .name = "AUTHREC", .type = VT_ENUM, .verbs = VERB_DELETE,	\
	  .values = v_yes_no, .defval = "YES",				\
	  .help = "DELETE: also delete the queue's authority records" }
#define Q_BOQNAME							\
	{ .name = "BOQNAME", .type = VT_NAME, .flags = AF_BLANKOK,	\
	  .maxlen = 48, .defval = "",					\
	  .help = "Queue for messages backed out too often" }
#define Q_BOTHRESH							\
	{ .name = "BOTHRESH", .type = VT_INT, .min = 0, .max = MAX9,	\
	  .defval = "0",						\
	  .help = "Backouts after which a message is requeued to BOQNAME" }
#define Q_CAPEXPRY							\
	{ .name = "CAPEXPRY", .type = VT_INT_ENUM, .min = 1, .max = MAX9,\
	  .values = v_nolimit, .defval = "NOLIMIT",			\
	  .help = "Upper limit on message expiry, in tenths of a second" }
#define Q_CFSTRUCT	ZOS_ATTR("CFSTRUCT", VERBS_DEFALT,		\
	"Coupling facility structure (z/OS)")
/* May hold generic characters ('*'): a string, not a name. */
#define Q_CLCHNAME							\
	{ .name = "CLCHNAME", .type = VT_STRING,			\
	  .flags = AF_BLANKOK | AF_GENERIC, .maxlen = 48, .defval = "",	\
	  .help = "Cluster-sender channels that use this transmission "	\
	      "queue" }
#define Q_CLUSINFO							\
	{ .name = "CLUSINFO", .type = VT_FLAG, .verbs = VERB_DISPLAY,	\
	  .help = "DISPLAY: also show cluster queues from the repository" }
#define Q_CLUSNL							\
	{ .name = "CLUSNL", .type = VT_NAME, .flags = AF_BLANKOK,	\
	  .maxlen = 48, .defval = "",					\
	  .help = "Namelist of clusters the queue is advertised in" }
#define Q_CLUSTER							\
	{ .name = "CLUSTER", .type = VT_NAME, .flags = AF_BLANKOK,	\
	  .maxlen = 48, .defval = "",					\
	  .help = "Cluster the queue is advertised in" }
#define Q_CLWLPRTY							\
	{ .name = "CLWLPRTY", .type = VT_INT, .min = 0, .max = 9,	\
	  .defval = "0", .help = "Cluster workload priority" }
#define Q_CLWLRANK							\
	{ .name = "CLWLRANK", .type = VT_INT, .min = 0, .max = 9,	\
	  .defval = "0", .help = "Cluster workload rank" }
#define Q_CLWLUSEQ							\
	{ .name = "CLWLUSEQ", .type = VT_ENUM, .values = q_clwluseq,	\
	  .defval = "QMGR",						\
	  .help = "Whether puts prefer the local instance of the queue" }
#define Q_CMDSCOPE(v)	ZOS_ATTR("CMDSCOPE", (v),			\
	"Where in the QSG to run (z/OS)")
#define Q_CRDATE	OUT_ATTR("CRDATE", "Date the queue was created")
#define Q_CRTIME	OUT_ATTR("CRTIME", "Time the queue was created")
#define Q_CURDEPTH	OUT_ATTR("CURDEPTH", "Messages on the queue now")
#define Q_CUSTOM							\
	{ .name = "CUSTOM", .type = VT_STRING, .flags = AF_BLANKOK,	\
	  .maxlen = 128, .defval = "",					\
	  .help = "Reserved for future keywords" }
#define Q_DEFBIND							\
	{ .name = "DEFBIND", .type = VT_ENUM, .values = q_defbind,	\
	  .defval = "OPEN",						\
	  .help = "Default binding to a cluster queue instance" }
#define Q_DEFPRESP							\
	{ .name = "DEFPRESP", .type = VT_ENUM, .values = q_defpresp,	\
	  .defval = "SYNC",						\
	  .help = "Default put response type (asynchronous put)" }
#define Q_DEFPRTY							\
	{ .name = "DEFPRTY", .type = VT_INT, .min = 0, .max = 9,	\
	  .defval = "0", .help = "Default message priority" }
#define Q_DEFPSIST							\
	{ .name = "DEFPSIST", .type = VT_ENUM, .values = v_no_yes,	\
	  .defval = "NO", .help = "Default message persistence" }
#define Q_DEFREADA							\
	{ .name = "DEFREADA", .type = VT_ENUM, .values = q_defreada,	\
	  .defval = "NO",						\
	  .help = "Read ahead nonpersistent messages for clients" }
#define Q_DEFSOPT							\
	{ .name = "DEFSOPT", .type = VT_ENUM, .values = q_defsopt,	\
	  .defval = "SHARED",						\
	  .help = "Default share option when opened for input" }
#define Q_DESCR								\
	{ .name = "DESCR", .type = VT_STRING, .flags = AF_BLANKOK,	\
	  .maxlen = 64, .defval = "", .help = "Description" }
#define Q_DISTL								\
	{ .name = "DISTL", .type = VT_ENUM, .values = v_no_yes,		\
	  .defval = "NO",						\
	  .help = "Whether the partner supports distribution lists" }
#define Q_FORCE								\
	{ .name = "FORCE", .type = VT_FLAG, .verbs = VERB_ALTER,	\
	  .help = "Apply the change even if the queue is open" }
#define Q_GET								\
	{ .name = "GET", .type = VT_ENUM, .values = v_enabled,		\
	  .defval = "ENABLED", .help = "Whether gets are allowed" }
#define Q_HARDENBO							\
	{ .name = "HARDENBO", .type = VT_FLAG, .negation = "NOHARDENBO",\
	  .defval = "NO",						\
	  .help = "Keep the backout count accurate across restarts" }
#define Q_IGNSTATE							\
	{ .name = "IGNSTATE", .type = VT_ENUM, .verbs = VERB_DELETE,	\
	  .values = v_no_yes, .defval = "NO",				\
	  .help = "DELETE: succeed even if the queue does not exist" }
#define Q_IMGRCOVQ							\
	{ .name = "IMGRCOVQ", .type = VT_ENUM, .values = q_imgrcovq,	\
	  .defval = "QMGR",						\
	  .help = "Whether the queue can be recovered from a media image" }
#define Q_INDXTYPE	ZOS_ATTR("INDXTYPE", VERBS_DEFALT,		\
	"Index kept for faster gets (z/OS)")
#define Q_INITQ								\
	{ .name = "INITQ", .type = VT_NAME, .flags = AF_BLANKOK,	\
	  .maxlen = 48, .defval = "",					\
	  .help = "Initiation queue for trigger messages" }
#define Q_IPPROCS	OUT_ATTR("IPPROCS", "Handles open for input")
#define Q_LIKE								\
	{ .name = "LIKE", .type = VT_NAME, .flags = AF_INPUT,		\
	  .verbs = VERB_DEFINE, .maxlen = 48,				\
	  .help = "Copy unspecified attributes from this queue" }
#define Q_MAXDEPTH							\
	{ .name = "MAXDEPTH", .type = VT_INT, .min = 0, .max = MAX9,	\
	  .defval = "5000", .help = "Most messages the queue may hold" }
#define Q_MAXFSIZE							\
	{ .name = "MAXFSIZE", .type = VT_INT_ENUM, .min = 20,		\
	  .max = 267386880, .values = q_maxfsize, .defval = "DEFAULT",	\
	  .help = "Largest queue file, in megabytes" }
#define Q_MAXMSGL							\
	{ .name = "MAXMSGL", .type = VT_INT, .min = 0, .max = 104857600,\
	  .defval = "4194304", .help = "Largest message, in bytes" }
#define Q_MONQ								\
	{ .name = "MONQ", .type = VT_ENUM, .values = v_qmgr_mon,	\
	  .defval = "QMGR", .help = "Online monitoring level" }
#define Q_MOVE_ZOS	ZOS_ATTR("TOQLOCAL", VERB_MOVE,			\
	"MOVE: destination queue (z/OS)")
#define Q_MSGDLVSQ							\
	{ .name = "MSGDLVSQ", .type = VT_ENUM, .values = q_msgdlvsq,	\
	  .defval = "PRIORITY",						\
	  .help = "Deliver messages by priority or first in, first out" }
#define Q_NOHARDENBO							\
	{ .name = "NOHARDENBO", .type = VT_FLAG, .flags = AF_NEGATED,	\
	  .help = "Do not harden the backout count" }
#define Q_NOPURGE							\
	{ .name = "NOPURGE", .type = VT_FLAG, .flags = AF_NEGATED,	\
	  .verbs = VERB_DELETE,						\
	  .help = "DELETE: fail if the queue holds messages (default)" }
#define Q_NOREPLACE							\
	{ .name = "NOREPLACE", .type = VT_FLAG,				\
	  .flags = AF_INPUT | AF_NEGATED, .verbs = VERB_DEFINE,	\
	  .help = "Fail if the queue already exists (the default)" }
#define Q_NOSHARE							\
	{ .name = "NOSHARE", .type = VT_FLAG, .flags = AF_NEGATED,	\
	  .help = "Only one application may get from the queue at a time" }
#define Q_NOTRIGGER							\
	{ .name = "NOTRIGGER", .type = VT_FLAG, .flags = AF_NEGATED,	\
	  .help = "Do not send trigger messages" }
#define Q_NPMCLASS							\
	{ .name = "NPMCLASS", .type = VT_ENUM, .values = q_npmclass,	\
	  .defval = "NORMAL",						\
	  .help = "Reliability of nonpersistent messages over restarts" }
#define Q_OPPROCS	OUT_ATTR("OPPROCS", "Handles open for output")
#define Q_PROCESS							\
	{ .name = "PROCESS", .type = VT_NAME, .flags = AF_BLANKOK,	\
	  .maxlen = 48, .defval = "",					\
	  .help = "Process definition named in trigger messages" }
#define Q_PROPCTL							\
	{ .name = "PROPCTL", .type = VT_ENUM, .values = q_propctl,	\
	  .defval = "COMPAT",						\
	  .help = "How message properties are returned to getters" }
#define Q_PURGE								\
	{ .name = "PURGE", .type = VT_FLAG, .verbs = VERB_DELETE,	\
	  .negation = "NOPURGE",					\
	  .help = "DELETE: delete the queue even if it holds messages" }
#define Q_PUT								\
	{ .name = "PUT", .type = VT_ENUM, .values = v_enabled,		\
	  .defval = "ENABLED", .help = "Whether puts are allowed" }
#define Q_QDEPTHHI							\
	{ .name = "QDEPTHHI", .type = VT_INT, .min = 0, .max = 100,	\
	  .defval = "80",						\
	  .help = "Queue depth high event threshold, percent of MAXDEPTH" }
#define Q_QDEPTHLO							\
	{ .name = "QDEPTHLO", .type = VT_INT, .min = 0, .max = 100,	\
	  .defval = "20",						\
	  .help = "Queue depth low event threshold, percent of MAXDEPTH" }
#define Q_QDPHIEV							\
	{ .name = "QDPHIEV", .type = VT_ENUM, .values = v_enabled,	\
	  .defval = "DISABLED", .help = "Generate queue depth high events" }
#define Q_QDPLOEV							\
	{ .name = "QDPLOEV", .type = VT_ENUM, .values = v_enabled,	\
	  .defval = "DISABLED", .help = "Generate queue depth low events" }
#define Q_QDPMAXEV							\
	{ .name = "QDPMAXEV", .type = VT_ENUM, .values = v_enabled,	\
	  .defval = "ENABLED", .help = "Generate queue full events" }
#define Q_QSGDISP(v)							\
	{ .name = "QSGDISP", .type = VT_ENUM, .flags = AF_ZOS,		\
	  .verbs = (v), .values = v_zos_qsgdisp,			\
	  .help = "Disposition in a queue sharing group (z/OS)" }
#define Q_QSVCIEV							\
	{ .name = "QSVCIEV", .type = VT_ENUM, .values = q_qsvciev,	\
	  .defval = "NONE", .help = "Generate service interval events" }
#define Q_QSVCINT							\
	{ .name = "QSVCINT", .type = VT_INT, .min = 0, .max = MAX9,	\
	  .defval = "999999999",					\
	  .help = "Service interval in milliseconds for QSVCIEV" }
#define Q_QTYPE		OUT_ATTR("QTYPE", "Type of the queue")
#define Q_REPLACE							\
	{ .name = "REPLACE", .type = VT_FLAG, .flags = AF_INPUT,	\
	  .verbs = VERB_DEFINE, .negation = "NOREPLACE",		\
	  .help = "Overwrite the queue if it already exists" }
#define Q_RETINTVL							\
	{ .name = "RETINTVL", .type = VT_INT, .min = 0, .max = MAX9,	\
	  .defval = "999999999",					\
	  .help = "Hours the queue is needed (informational only)" }
#define Q_SCOPE								\
	{ .name = "SCOPE", .type = VT_ENUM, .values = q_scope,		\
	  .defval = "QMGR",						\
	  .help = "Name service scope; CELL is obsolete" }
#define Q_SHARE								\
	{ .name = "SHARE", .type = VT_FLAG, .negation = "NOSHARE",	\
	  .defval = "YES",						\
	  .help = "Several applications may get from the queue at once" }
#define Q_STATQ								\
	{ .name = "STATQ", .type = VT_ENUM, .values = v_qmgr_on_off,	\
	  .defval = "QMGR", .help = "Collect statistics for the queue" }
#define Q_STGCLASS	ZOS_ATTR("STGCLASS", VERBS_DEFALT,		\
	"Storage class (z/OS)")
#define Q_STREAMQ							\
	{ .name = "STREAMQ", .type = VT_NAME, .flags = AF_BLANKOK,	\
	  .maxlen = 48, .defval = "",					\
	  .help = "Queue that receives a copy of every message put" }
#define Q_STRMQOS							\
	{ .name = "STRMQOS", .type = VT_ENUM, .values = q_strmqos,	\
	  .defval = "BESTEF",						\
	  .help = "Whether a stream copy must succeed (MUSTDUP) or not" }
#define Q_TRIGDATA							\
	{ .name = "TRIGDATA", .type = VT_STRING, .flags = AF_BLANKOK,	\
	  .maxlen = 64, .defval = "",					\
	  .help = "Data put into trigger messages" }
#define Q_TRIGDPTH							\
	{ .name = "TRIGDPTH", .type = VT_INT, .min = 1, .max = MAX9,	\
	  .defval = "1", .help = "Depth that fires a DEPTH trigger" }
#define Q_TRIGGER							\
	{ .name = "TRIGGER", .type = VT_FLAG, .negation = "NOTRIGGER",	\
	  .defval = "NO",						\
	  .help = "Send trigger messages" }
#define Q_TRIGMPRI							\
	{ .name = "TRIGMPRI", .type = VT_INT, .min = 0, .max = 9,	\
	  .defval = "0",						\
	  .help = "Lowest message priority that counts for triggering" }
#define Q_TRIGTYPE							\
	{ .name = "TRIGTYPE", .type = VT_ENUM, .values = q_trigtype,	\
	  .defval = "FIRST", .help = "When a trigger message is sent" }
#define Q_USAGE								\
	{ .name = "USAGE", .type = VT_ENUM, .values = q_usage,		\
	  .defval = "NORMAL",						\
	  .help = "Normal queue or transmission queue" }
#define Q_WHERE								\
	{ .name = "WHERE", .type = VT_WHERE, .verbs = VERB_DISPLAY,	\
	  .help = "DISPLAY: filter on one attribute" }

static const struct schema_attr ql_attrs[] = {
	Q_ACCTQ, Q_ALL, Q_ALTDATE, Q_ALTTIME, Q_AUTHREC, Q_BOQNAME,
	Q_BOTHRESH, Q_CAPEXPRY, Q_CFSTRUCT, Q_CLCHNAME, Q_CLUSINFO,
	Q_CLUSNL, Q_CLUSTER, Q_CLWLPRTY, Q_CLWLRANK, Q_CLWLUSEQ,
	Q_CMDSCOPE(QL_VERBS), Q_CRDATE, Q_CRTIME, Q_CURDEPTH, Q_CUSTOM,
	Q_DEFBIND, Q_DEFPRESP, Q_DEFPRTY, Q_DEFPSIST, Q_DEFREADA,
	Q_DEFSOPT,
	OUT_ATTR("DEFTYPE", "How the queue was created (PREDEFINED, ...)"),
	Q_DESCR, Q_DISTL, Q_FORCE, Q_GET, Q_HARDENBO, Q_IGNSTATE,
	Q_IMGRCOVQ, Q_INDXTYPE, Q_INITQ, Q_IPPROCS, Q_LIKE, Q_MAXDEPTH,
	Q_MAXFSIZE, Q_MAXMSGL, Q_MONQ, Q_MSGDLVSQ, Q_NOHARDENBO,
	Q_NOPURGE, Q_NOREPLACE, Q_NOSHARE, Q_NOTRIGGER, Q_NPMCLASS,
	Q_OPPROCS, Q_PROCESS, Q_PROPCTL, Q_PURGE, Q_PUT, Q_QDEPTHHI,
	Q_QDEPTHLO, Q_QDPHIEV, Q_QDPLOEV, Q_QDPMAXEV,
	Q_QSGDISP(QL_VERBS), Q_QSVCIEV, Q_QSVCINT, Q_QTYPE, Q_REPLACE,
	Q_RETINTVL, Q_SCOPE, Q_SHARE, Q_STATQ, Q_STGCLASS, Q_STREAMQ,
	Q_STRMQOS, Q_MOVE_ZOS, Q_TRIGDATA, Q_TRIGDPTH, Q_TRIGGER,
	Q_TRIGMPRI, Q_TRIGTYPE, Q_USAGE, Q_WHERE,
};

static const struct schema_attr qm_model_attrs[] = {
	Q_ACCTQ, Q_ALL, Q_ALTDATE, Q_ALTTIME, Q_AUTHREC, Q_BOQNAME,
	Q_BOTHRESH, Q_CAPEXPRY, Q_CFSTRUCT, Q_CMDSCOPE(Q_VERBS), Q_CRDATE,
	Q_CRTIME, Q_CUSTOM, Q_DEFPRESP, Q_DEFPRTY, Q_DEFPSIST, Q_DEFREADA,
	Q_DEFSOPT,
	{ .name = "DEFTYPE", .type = VT_ENUM, .values = q_deftype,
	  .defval = "TEMPDYN",
	  .help = "Kind of dynamic queue created from this model" },
	Q_DESCR, Q_DISTL, Q_GET, Q_HARDENBO, Q_IGNSTATE, Q_IMGRCOVQ,
	Q_INDXTYPE, Q_INITQ, Q_LIKE, Q_MAXDEPTH, Q_MAXFSIZE, Q_MAXMSGL,
	Q_MONQ, Q_MSGDLVSQ, Q_NOHARDENBO, Q_NOREPLACE, Q_NOSHARE,
	Q_NOTRIGGER, Q_NPMCLASS, Q_PROCESS, Q_PROPCTL, Q_PUT, Q_QDEPTHHI,
	Q_QDEPTHLO, Q_QDPHIEV, Q_QDPLOEV, Q_QDPMAXEV, Q_QSGDISP(Q_VERBS),
	Q_QSVCIEV, Q_QSVCINT, Q_QTYPE, Q_REPLACE, Q_RETINTVL, Q_SHARE,
	Q_STATQ, Q_STGCLASS, Q_STREAMQ, Q_STRMQOS, Q_TRIGDATA, Q_TRIGDPTH,
	Q_TRIGGER, Q_TRIGMPRI, Q_TRIGTYPE, Q_USAGE, Q_WHERE,
};

static const struct schema_attr qa_attrs[] = {
	Q_ALL, Q_ALTDATE, Q_ALTTIME, Q_AUTHREC, Q_CAPEXPRY, Q_CLUSINFO,
	Q_CLUSNL, Q_CLUSTER, Q_CLWLPRTY, Q_CLWLRANK, Q_CMDSCOPE(Q_VERBS),
	Q_CUSTOM, Q_DEFBIND, Q_DEFPRESP, Q_DEFPRTY, Q_DEFPSIST, Q_DEFREADA,
	Q_DESCR, Q_FORCE, Q_GET, Q_IGNSTATE, Q_LIKE, Q_NOREPLACE,
	Q_PROPCTL, Q_PUT, Q_QSGDISP(Q_VERBS), Q_QTYPE, Q_REPLACE, Q_SCOPE,
	{ .name = "TARGET", .synonym = "TARGQ", .type = VT_NAME,
	  .flags = AF_BLANKOK, .maxlen = 48, .defval = "",
	  .help = "Queue or topic object the alias resolves to" },
	{ .name = "TARGTYPE", .type = VT_ENUM, .values = q_targtype,
	  .defval = "QUEUE",
	  .help = "Whether TARGET names a queue or a topic" },
	Q_WHERE,
};

static const struct schema_attr qr_attrs[] = {
	Q_ALL, Q_ALTDATE, Q_ALTTIME, Q_AUTHREC, Q_CAPEXPRY, Q_CLUSINFO,
	Q_CLUSNL, Q_CLUSTER, Q_CLWLPRTY, Q_CLWLRANK, Q_CMDSCOPE(Q_VERBS),
	Q_CUSTOM, Q_DEFBIND, Q_DEFPRESP, Q_DEFPRTY, Q_DEFPSIST, Q_DESCR,
	Q_FORCE, Q_IGNSTATE, Q_LIKE, Q_NOREPLACE, Q_PUT,
	Q_QSGDISP(Q_VERBS), Q_QTYPE, Q_REPLACE,
	{ .name = "RNAME", .type = VT_NAME, .flags = AF_BLANKOK,
	  .maxlen = 48, .defval = "",
	  .help = "Queue name at the remote queue manager; blank = a "
	      "queue manager alias" },
	{ .name = "RQMNAME", .type = VT_NAME, .flags = AF_BLANKOK,
	  .maxlen = 48, .defval = "",
	  .help = "Remote queue manager name" },
	Q_SCOPE, Q_WHERE,
	{ .name = "XMITQ", .type = VT_NAME, .flags = AF_BLANKOK,
	  .maxlen = 48, .defval = "",
	  .help = "Transmission queue; blank = resolve from RQMNAME" },
};

/*
 * Verbs, sorted by name.  Synonyms are the fixed ones of mqsc.md 2;
 * DELETE deliberately has none.
 */
#define ON	VF_ONLINE

const struct schema_verb schema_verbs[] = {
	{ "ALTER", "ALT", VERB_ALTER, 0,
	  "Change attributes of an existing object" },
	{ "ARCHIVE", NULL, VERB_ARCHIVE, ON | VF_ZOS,
	  "Archive the active log (z/OS only)" },
	{ "BACKUP", NULL, VERB_BACKUP, ON | VF_ZOS,
	  "Back up a coupling facility structure (z/OS only)" },
	{ "CLEAR", NULL, VERB_CLEAR, ON,
	  "Delete every message on a local queue, or retained "
	  "publications" },
	{ "DEFINE", "DEF", VERB_DEFINE, 0,
	  "Create an object" },
	{ "DELETE", NULL, VERB_DELETE, 0,
	  "Delete an object" },
	{ "DISPLAY", "DIS", VERB_DISPLAY, 0,
	  "Show objects, records or status" },
	{ "END", NULL, VERB_END, VF_NOOBJECT,
	  "Leave the MQSC session" },
	{ "EXIT", NULL, VERB_EXIT, VF_NOOBJECT,
	  "Leave the MQSC session" },
	{ "MOVE", NULL, VERB_MOVE, ON | VF_ZOS,
	  "Move messages from one local queue to another (z/OS only)" },
	{ "PING", NULL, VERB_PING, ON,
	  "Check that a channel or the queue manager responds" },
	{ "PURGE", NULL, VERB_PURGE, ON,
	  "Discard the saved state of an MQTT client" },
	{ "QUIT", NULL, VERB_QUIT, VF_NOOBJECT,
	  "Leave the MQSC session" },
	{ "RECOVER", NULL, VERB_RECOVER, ON | VF_ZOS,
	  "Recover the BSDS or a CF structure (z/OS only)" },
	{ "REFRESH", "REF", VERB_REFRESH, ON,
	  "Rebuild cluster, queue manager or security caches" },
	{ "RESET", NULL, VERB_RESET, ON,
	  "Reset a channel, a cluster or queue manager state" },
	{ "RESOLVE", NULL, VERB_RESOLVE, ON,
	  "Commit or back out a channel's in-doubt batch" },
	{ "RESUME", NULL, VERB_RESUME, ON,
	  "Rejoin clusters after SUSPEND QMGR" },
	{ "SET", NULL, VERB_SET, 0,
	  "Set authority, channel authentication, log or policy records" },
	{ "START", "STA", VERB_START, ON,
	  "Start a channel, listener, service or channel initiator" },
	{ "STOP", NULL, VERB_STOP, ON,
	  "Stop a channel, connection, listener or service" },
	{ "SUSPEND", NULL, VERB_SUSPEND, ON,
	  "Leave clusters for a while (SUSPEND QMGR)" },
};
const size_t schema_nverbs = NITEMS(schema_verbs);

#undef ON

/*
 * Object types, sorted by name.  Objects whose attributes we do not model
 * have attrs == NULL and NAME_OPTIONAL: the checker then accepts any
 * KEYWORD(values) and does not judge the (name).
 *
 * The z/OS synonyms DQM (CHINIT), MAXSM (MAXSMSGS) and STC (STGCLASS) are
 * not in mqsc.md 2 and come from memory (UNCONFIRMED); they only make
 * z/OS scripts recognised, and clash with nothing.
 */
#define V_ALT		VERB_ALTER
#define V_DEF		VERB_DEFINE
#define V_DEL		VERB_DELETE
#define V_DIS		VERB_DISPLAY
#define V_ADDD		(V_ALT | V_DEF | V_DEL | V_DIS)

const struct schema_object schema_objects[] = {
	{ .name = "APSTATUS", .verbs = V_DIS, .name_rule = NAME_OPTIONAL,
	  .name_maxlen = 28,
	  .help = "Status of applications across a uniform cluster" },
	{ .name = "ARCHIVE", .verbs = V_DIS | VERB_SET,
	  .zos_verbs = V_DIS | VERB_SET,
	  .help = "Archive log parameters (z/OS only)" },
	{ .name = "AUTHINFO", .verbs = V_ADDD, .name_rule = NAME_REQUIRED,
	  .name_maxlen = 48, .subtype_attr = "AUTHTYPE",
	  .subtypes = ai_types, .attrs = ai_attrs,
	  .nattrs = NITEMS(ai_attrs),
	  .help = "Authentication information: CRL, OCSP, passwords" },
	{ .name = "AUTHREC", .verbs = VERB_SET | V_DEL | V_DIS,
	  .name_rule = NAME_NONE, .attrs = ar_attrs,
	  .nattrs = NITEMS(ar_attrs),
	  .help = "OAM authority records (PROFILE, OBJTYPE, PRINCIPAL)" },
	{ .name = "AUTHSERV", .verbs = V_DIS, .name_rule = NAME_OPTIONAL,
	  .help = "Installed authorization services" },
	{ .name = "BSDS", .verbs = VERB_RECOVER, .zos_verbs = VERB_RECOVER,
	  .help = "Bootstrap data set (z/OS only)" },
	{ .name = "BUFFPOOL", .verbs = V_ALT | V_DEF | V_DEL,
	  .zos_verbs = V_ALT | V_DEF | V_DEL,
	  .help = "Buffer pool (z/OS only)" },
	{ .name = "CFSTATUS", .verbs = V_DIS, .zos_verbs = V_DIS,
	  .help = "Coupling facility structure status (z/OS only)" },
	{ .name = "CFSTRUCT",
	  .verbs = V_ADDD | VERB_BACKUP | VERB_RECOVER | VERB_RESET,
	  .zos_verbs = V_ADDD | VERB_BACKUP | VERB_RECOVER | VERB_RESET,
	  .help = "Coupling facility structure (z/OS only)" },
	{ .name = "CHANNEL", .synonym = "CHL", .verbs = CHL_VERBS,
	  .name_rule = NAME_REQUIRED, .name_maxlen = 20,
	  .subtype_attr = "CHLTYPE", .subtypes = chl_types,
	  .attrs = chl_attrs, .nattrs = NITEMS(chl_attrs),
	  .help = "Channel definition" },
	/*
	 * START CHINIT INITQ(...) exists on distributed; DISPLAY and STOP
	 * CHINIT on z/OS only.
	 */
	{ .name = "CHINIT", .synonym = "DQM",
	  .verbs = VERB_START | VERB_STOP | V_DIS,
	  .zos_verbs = VERB_STOP | V_DIS, .name_rule = NAME_OPTIONAL,
	  .help = "Channel initiator" },
	{ .name = "CHLAUTH", .verbs = VERB_SET | V_DIS,
	  .name_rule = NAME_REQUIRED, .name_maxlen = 20,
	  .subtype_attr = "TYPE", .subtypes = cha_types,
	  .attrs = cha_attrs, .nattrs = NITEMS(cha_attrs),
	  .help = "Channel authentication records" },
	{ .name = "CHSTATUS", .synonym = "CHS", .verbs = V_DIS,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 20,
	  .help = "Channel status" },
	{ .name = "CLUSQMGR", .verbs = V_DIS, .name_rule = NAME_OPTIONAL,
	  .name_maxlen = 48,
	  .help = "Cluster channels known to this queue manager" },
	{ .name = "CLUSTER", .verbs = VERB_REFRESH | VERB_RESET,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 48,
	  .help = "A cluster (REFRESH CLUSTER, RESET CLUSTER)" },
	{ .name = "CMDSERV", .verbs = V_DIS | VERB_START | VERB_STOP,
	  .zos_verbs = V_DIS | VERB_START | VERB_STOP,
	  .help = "Command server (z/OS only)" },
	{ .name = "COMMINFO", .verbs = V_ADDD, .name_rule = NAME_OPTIONAL,
	  .name_maxlen = 48,
	  .help = "Multicast communication information" },
	{ .name = "CONN", .verbs = V_DIS | VERB_STOP,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 48,
	  .help = "Application connections" },
	{ .name = "ENTAUTH", .verbs = V_DIS, .name_rule = NAME_OPTIONAL,
	  .help = "Authorities an entity has on an object" },
	{ .name = "GROUP", .verbs = V_DIS, .zos_verbs = V_DIS,
	  .help = "Queue sharing group (z/OS only)" },
	{ .name = "INDOUBT", .verbs = VERB_RESOLVE,
	  .zos_verbs = VERB_RESOLVE,
	  .help = "In-doubt threads (z/OS only)" },
	{ .name = "LISTENER", .synonym = "LSTR", .verbs = LS_VERBS,
	  .name_rule = NAME_REQUIRED, .name_maxlen = 48,
	  .subtype_attr = "TRPTYPE", .subtypes = v_trptype,
	  .attrs = ls_attrs, .nattrs = NITEMS(ls_attrs),
	  .help = "Listener definition" },
	/* SET LOG is distributed too; ARCHIVE, DEFINE, DISPLAY LOG z/OS. */
	{ .name = "LOG", .verbs = VERB_ARCHIVE | V_DEF | V_DIS | VERB_SET,
	  .zos_verbs = VERB_ARCHIVE | V_DEF | V_DIS,
	  .name_rule = NAME_OPTIONAL,
	  .help = "Recovery log (SET LOG ARCHIVED)" },
	{ .name = "LSSTATUS", .verbs = V_DIS, .name_rule = NAME_OPTIONAL,
	  .name_maxlen = 48,
	  .help = "Listener status" },
	{ .name = "MAXSMSGS", .synonym = "MAXSM", .verbs = V_DEF | V_DIS,
	  .zos_verbs = V_DEF | V_DIS,
	  .help = "Most messages in a unit of work (z/OS only)" },
	{ .name = "NAMELIST", .synonym = "NL", .verbs = V_ADDD,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 48,
	  .help = "List of names (clusters, AUTHINFO objects, queues)" },
	{ .name = "POLICY", .verbs = VERB_SET | V_DEL | V_DIS,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 48,
	  .help = "Advanced Message Security policy" },
	/*
	 * PROC per the 9.3 synonym table; PRO per the DELETE PROCESS page
	 * and IBM's Atom grammar.  Which one runmqsc takes is UNCONFIRMED
	 * (mqsc.md 2), so both are accepted.
	 */
	{ .name = "PROCESS", .synonym = "PROC", .alt_synonym = "PRO",
	  .verbs = V_ADDD, .name_rule = NAME_OPTIONAL, .name_maxlen = 48,
	  .help = "Process definition (what a trigger starts)" },
	{ .name = "PSID", .verbs = V_ALT | V_DEF | V_DEL,
	  .zos_verbs = V_ALT | V_DEF | V_DEL,
	  .help = "Page set (z/OS only)" },
	{ .name = "PUBSUB", .verbs = V_DIS, .name_rule = NAME_OPTIONAL,
	  .help = "Publish/subscribe status and hierarchy" },
	{ .name = "QALIAS", .synonym = "QA", .verbs = Q_VERBS,
	  .name_rule = NAME_REQUIRED, .name_maxlen = 48,
	  .attrs = qa_attrs, .nattrs = NITEMS(qa_attrs),
	  .help = "Alias queue" },
	{ .name = "QCLUSTER", .synonym = "QC", .verbs = V_DIS,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 48,
	  .help = "Cluster queues known to this queue manager" },
	{ .name = "QLOCAL", .synonym = "QL", .verbs = QL_VERBS,
	  .zos_verbs = VERB_MOVE, .name_rule = NAME_REQUIRED,
	  .name_maxlen = 48, .attrs = ql_attrs, .nattrs = NITEMS(ql_attrs),
	  .help = "Local queue" },
	/* START QMGR and STOP QMGR are z/OS commands. */
	{ .name = "QMGR", .verbs = QM_VERBS,
	  .zos_verbs = VERB_START | VERB_STOP, .name_rule = NAME_NONE,
	  .attrs = qm_attrs, .nattrs = NITEMS(qm_attrs),
	  .help = "The queue manager itself" },
	{ .name = "QMODEL", .synonym = "QM", .verbs = Q_VERBS,
	  .name_rule = NAME_REQUIRED, .name_maxlen = 48,
	  .attrs = qm_model_attrs, .nattrs = NITEMS(qm_model_attrs),
	  .help = "Model queue (template for dynamic queues)" },
	{ .name = "QMSTATUS", .verbs = V_DIS, .name_rule = NAME_OPTIONAL,
	  .help = "Queue manager status" },
	{ .name = "QREMOTE", .synonym = "QR", .verbs = Q_VERBS,
	  .name_rule = NAME_REQUIRED, .name_maxlen = 48,
	  .attrs = qr_attrs, .nattrs = NITEMS(qr_attrs),
	  .help = "Remote queue, queue manager alias or reply-to alias" },
	{ .name = "QSTATS", .verbs = VERB_RESET, .zos_verbs = VERB_RESET,
	  .help = "Queue performance statistics (z/OS only)" },
	{ .name = "QSTATUS", .synonym = "QS", .verbs = V_DIS,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 48,
	  .help = "Queue status and open handles" },
	{ .name = "QUEUE", .synonym = "Q", .verbs = V_DIS,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 48,
	  .help = "Queues of any type" },
	{ .name = "SBSTATUS", .verbs = V_DIS, .name_rule = NAME_OPTIONAL,
	  .name_maxlen = 10240,
	  .help = "Subscription status" },
	{ .name = "SECURITY", .synonym = "SEC",
	  .verbs = VERB_REFRESH | V_ALT | V_DIS, .zos_verbs = V_ALT | V_DIS,
	  .help = "Security caches (REFRESH SECURITY)" },
	{ .name = "SERVICE", .verbs = V_ADDD | VERB_START | VERB_STOP,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 48,
	  .help = "Service definition" },
	{ .name = "SMDS", .verbs = V_ALT | V_DIS | VERB_RESET,
	  .zos_verbs = V_ALT | V_DIS | VERB_RESET,
	  .help = "Shared message data set (z/OS only)" },
	{ .name = "SMDSCONN", .verbs = V_DIS | VERB_START | VERB_STOP,
	  .zos_verbs = V_DIS | VERB_START | VERB_STOP,
	  .help = "Shared message data set connection (z/OS only)" },
	{ .name = "STGCLASS", .synonym = "STC", .verbs = V_ADDD,
	  .zos_verbs = V_ADDD,
	  .help = "Storage class (z/OS only)" },
	{ .name = "SUB", .verbs = V_ADDD, .name_rule = NAME_OPTIONAL,
	  .name_maxlen = 10240,
	  .help = "Subscription" },
	{ .name = "SVSTATUS", .verbs = V_DIS, .name_rule = NAME_OPTIONAL,
	  .name_maxlen = 48,
	  .help = "Service status" },
	{ .name = "SYSTEM", .verbs = V_DIS | VERB_SET,
	  .zos_verbs = V_DIS | VERB_SET,
	  .help = "System parameters (z/OS only)" },
	{ .name = "TCLUSTER", .verbs = V_DIS, .name_rule = NAME_OPTIONAL,
	  .name_maxlen = 48,
	  .help = "Cluster topics known to this queue manager" },
	{ .name = "THREAD", .verbs = V_DIS, .zos_verbs = V_DIS,
	  .help = "Threads (z/OS only)" },
	{ .name = "TOPIC", .synonym = "TPC", .verbs = V_ADDD,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 48,
	  .help = "Topic object" },
	{ .name = "TOPICSTR", .verbs = VERB_CLEAR,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 10240,
	  .help = "Topic string (CLEAR TOPICSTR)" },
	{ .name = "TPIPE", .verbs = VERB_RESET, .zos_verbs = VERB_RESET,
	  .help = "IMS tpipe (z/OS only)" },
	{ .name = "TPSTATUS", .synonym = "TPS", .verbs = V_DIS,
	  .name_rule = NAME_OPTIONAL, .name_maxlen = 10240,
	  .help = "Topic status" },
	{ .name = "TRACE", .verbs = V_ALT | V_DIS | VERB_START | VERB_STOP,
	  .zos_verbs = V_ALT | V_DIS | VERB_START | VERB_STOP,
	  .help = "Trace (z/OS only)" },
	{ .name = "USAGE", .verbs = V_DIS, .zos_verbs = V_DIS,
	  .help = "Page set and buffer pool usage (z/OS only)" },
};
const size_t schema_nobjects = NITEMS(schema_objects);
