/*
 * qmgr-defaults.c - a new queue manager, as MQSC run through the same
 * front end as everything else.  Attribute values come from the schema
 * defaults (mqsc-schema.c, taken from the 9.4.2 DISPLAY output of the
 * SYSTEM.DEF.* objects, mqsc.md 4.5); only the names and the values that
 * differ from the schema are written here.
 *
 * The three default CHLAUTH records are the documented ones (chlauth.md
 * 6: three records on 9.3 and 9.4, confidence high; one capture showed
 * only two).
 */
#include "config.h"

#include "qmgr-defaults.h"

const char qmgr_defaults_mqsc[] =
    "* Objects a new queue manager defines; DEFINE copies them.\n"
    "DEFINE QLOCAL('SYSTEM.DEFAULT.LOCAL.QUEUE')\n"
    "DEFINE QMODEL('SYSTEM.DEFAULT.MODEL.QUEUE')\n"
    "DEFINE QALIAS('SYSTEM.DEFAULT.ALIAS.QUEUE')\n"
    "DEFINE QREMOTE('SYSTEM.DEFAULT.REMOTE.QUEUE')\n"
    "DEFINE QLOCAL('SYSTEM.DEAD.LETTER.QUEUE') MAXDEPTH(640000)\n"
    "DEFINE CHANNEL('SYSTEM.DEF.SENDER') CHLTYPE(SDR) CONNAME(' ') "
    "XMITQ(' ')\n"
    "DEFINE CHANNEL('SYSTEM.DEF.SERVER') CHLTYPE(SVR) XMITQ(' ')\n"
    "DEFINE CHANNEL('SYSTEM.DEF.RECEIVER') CHLTYPE(RCVR)\n"
    "DEFINE CHANNEL('SYSTEM.DEF.REQUESTER') CHLTYPE(RQSTR) CONNAME(' ')\n"
    "DEFINE CHANNEL('SYSTEM.DEF.SVRCONN') CHLTYPE(SVRCONN)\n"
    "DEFINE CHANNEL('SYSTEM.AUTO.SVRCONN') CHLTYPE(SVRCONN)\n"
    "DEFINE CHANNEL('SYSTEM.DEF.CLNTCONN') CHLTYPE(CLNTCONN) "
    "CONNAME(' ')\n"
    "DEFINE CHANNEL('SYSTEM.DEF.CLUSSDR') CHLTYPE(CLUSSDR) CONNAME(' ')\n"
    "DEFINE CHANNEL('SYSTEM.DEF.CLUSRCVR') CHLTYPE(CLUSRCVR)\n"
    "DEFINE CHANNEL('SYSTEM.AUTO.RECEIVER') CHLTYPE(RCVR)\n"
    "DEFINE CHANNEL('SYSTEM.DEF.AMQP') CHLTYPE(AMQP)\n"
    "DEFINE LISTENER('SYSTEM.DEFAULT.LISTENER.TCP') TRPTYPE(TCP)\n"
    "DEFINE AUTHINFO('SYSTEM.DEFAULT.AUTHINFO.CRLLDAP') AUTHTYPE(CRLLDAP) "
    "CONNAME(' ')\n"
    "DEFINE AUTHINFO('SYSTEM.DEFAULT.AUTHINFO.OCSP') AUTHTYPE(OCSP) "
    "OCSPURL(' ')\n"
    "DEFINE AUTHINFO('SYSTEM.DEFAULT.AUTHINFO.IDPWOS') AUTHTYPE(IDPWOS)\n"
    "DEFINE AUTHINFO('SYSTEM.DEFAULT.AUTHINFO.IDPWLDAP') "
    "AUTHTYPE(IDPWLDAP) CONNAME(' ') SHORTUSR(' ')\n"
    "* The default channel authentication records (chlauth.md 6).\n"
    "SET CHLAUTH('SYSTEM.*') TYPE(ADDRESSMAP) ADDRESS('*') "
    "USERSRC(NOACCESS) WARN(NO) "
    "DESCR('Default rule to disable all SYSTEM channels')\n"
    "SET CHLAUTH('SYSTEM.ADMIN.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') "
    "USERSRC(CHANNEL) CHCKCLNT(ASQMGR) "
    "DESCR('Default rule to allow MQ Explorer access')\n"
    "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN') WARN(NO) "
    "DESCR('Default rule to disallow privileged users')\n";
