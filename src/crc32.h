/*
 * crc32.h - CRC-32 (IEEE 802.3), to detect torn or damaged journal
 * entries in the store.
 */
#ifndef MQTLS_CRC32_H
#define MQTLS_CRC32_H

#include <stddef.h>
#include <stdint.h>

uint32_t	crc32_update(uint32_t crc, const void *, size_t);

#endif
