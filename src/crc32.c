/*
 * crc32.c - bitwise-table CRC-32 as zlib computes it (polynomial
 * 0xedb88320, reflected, inverted): crc32_update(0, "123456789", 9) is
 * 0xcbf43926.
 */
#include "config.h"

#include "crc32.h"

static uint32_t	table[256];
static int	ready;

static void
crc32_init(void)
{
	uint32_t	 c;
	unsigned	 i, k;

	for (i = 0; i < 256; i++) {
		c = i;
		for (k = 0; k < 8; k++)
			c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
		table[i] = c;
	}
	ready = 1;
}

uint32_t
crc32_update(uint32_t crc, const void *buf, size_t len)
{
	const unsigned char	*p = buf;

	if (!ready)
		crc32_init();
	crc = ~crc;
	while (len-- > 0)
		crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}
