/* The project's secret key: read from, or written to, monitor.key. */
#include "datasets/keyfile.h"
#include "base/buf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

static int hexval(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

int rp_key_read(const char *dir, unsigned char key[RP_KEY_BYTES], const rp_diag *lang, char *why,
                size_t n)
{
    char *path = rp_strfmt("%s/%s", dir, RP_KEY_FILE);
    char text[2 * RP_KEY_BYTES + 8];
    FILE *f = path ? fopen(path, "r") : NULL;
    if (!f) {
        int e = errno;
        free(path);
        if (e == ENOENT)
            return 0;
        rp_diag_snprintf(lang, why, n, "cannot read %s: %s", RP_KEY_FILE, strerror(e));
        return -1;
    }
    size_t got = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    free(path);
    text[got] = '\0';
    while (got > 0 && (text[got - 1] == '\n' || text[got - 1] == '\r'))
        text[--got] = '\0';
    for (size_t i = 0; got == 2 * RP_KEY_BYTES && i < RP_KEY_BYTES; i++) {
        int hi = hexval(text[2 * i]), lo = hexval(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            break;
        key[i] = (unsigned char)(hi * 16 + lo);
        if (i + 1 == RP_KEY_BYTES)
            return 1;
    }
    rp_diag_snprintf(lang, why, n, "%s is not 64 hexadecimal digits; expected the key "
                     "rapporteur init wrote (delete the file to have a new one made)",
                     RP_KEY_FILE);
    return -1;
}

int rp_key_create(const char *dir, unsigned char key[RP_KEY_BYTES], const rp_diag *lang,
                  char *why, size_t n)
{
    size_t got = 0;
    while (got < RP_KEY_BYTES) {
        ssize_t r = getrandom(key + got, RP_KEY_BYTES - got, 0);
        if (r < 0 && errno != EINTR) {
            rp_diag_snprintf(lang, why, n, "no random bytes for %s: %s", RP_KEY_FILE,
                             strerror(errno));
            return -1;
        }
        got += r > 0 ? (size_t)r : 0;
    }
    char text[2 * RP_KEY_BYTES + 2];
    for (size_t i = 0; i < RP_KEY_BYTES; i++)
        snprintf(text + 2 * i, 3, "%02x", key[i]);
    text[2 * RP_KEY_BYTES] = '\n';
    char *path = rp_strfmt("%s/%s", dir, RP_KEY_FILE);
    int fd = path ? open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600) : -1;
    int ok = fd >= 0 && write(fd, text, 2 * RP_KEY_BYTES + 1) == 2 * RP_KEY_BYTES + 1;
    if (fd >= 0 && close(fd) != 0)
        ok = 0;
    if (!ok)
        rp_diag_snprintf(lang, why, n, "cannot write %s: %s", path ? path : RP_KEY_FILE,
                         strerror(errno));
    free(path);
    return ok ? 0 : -1;
}
