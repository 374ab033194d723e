/* Opening an input file safely: only a regular file of bounded size. */
#ifndef RP_OPENFILE_H
#define RP_OPENFILE_H

#include <stddef.h>
#include <stdio.h>

/* Opens path for reading only when it is a regular file of at most max bytes: a device
 * (/dev/zero), a pipe or a folder named as an input would block or never end. Returns the
 * stream, or NULL with why (n bytes) saying what is wrong, in the language of the messages
 * of lang (base/diag.h; NULL: English). */
struct rp_diag;
FILE *rp_open_regular(const char *path, long long max, const struct rp_diag *lang, char *why,
                      size_t n);

#endif
