/* The project's secret: 32 random bytes in monitor.key beside monitor.ini, written by init.
 * It keys what a reader of the outputs must not be able to recompute: the checksums of the
 * inputs in manifest.sha256 (HMAC-SHA256, so a small file's hidden cell cannot be confirmed
 * by trying values) and the order in which disclosure control picks second cells (so which
 * one it took says nothing of their size). It is never written into an output. */
#ifndef RP_KEYFILE_H
#define RP_KEYFILE_H

#include "base/diag.h"

#include <stddef.h>

#define RP_KEY_BYTES 32
#define RP_KEY_FILE "monitor.key"

/* Reads DIR/monitor.key (64 hexadecimal digits and a newline). Returns 1 with key filled,
 * 0 when the file is absent, -1 when it is there but unreadable or malformed (why: n bytes,
 * in the language of lang's messages; NULL: English). */
int rp_key_read(const char *dir, unsigned char key[RP_KEY_BYTES], const rp_diag *lang, char *why,
                size_t n);

/* Writes a new key from the system's random source to DIR/monitor.key (mode 0600, never over
 * an existing file). Returns 0 with key filled, or -1 with why. */
int rp_key_create(const char *dir, unsigned char key[RP_KEY_BYTES], const rp_diag *lang,
                  char *why, size_t n);

#endif
