/*
 * qmgr-defaults.h - what a newly created queue manager holds: the
 * SYSTEM.DEF.* and SYSTEM.DEFAULT.* objects that DEFINE copies, and the
 * default channel authentication records (chlauth.md section 6).
 */
#ifndef MQTLS_QMGR_DEFAULTS_H
#define MQTLS_QMGR_DEFAULTS_H

extern const char qmgr_defaults_mqsc[];

#endif
