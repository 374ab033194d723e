/* Opening an input file safely: a device, a pipe or a folder named as an input would block
 * or never end, and a huge file would fill memory; the refusal in the messages' language. */
#include "base/openfile.h"
#include "base/diag.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

FILE *rp_open_regular(const char *path, long long max, const rp_diag *lang, char *why,
                      size_t n)
{
    /* O_NONBLOCK: opening a named pipe must not wait for a writer */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0) {
        rp_diag_snprintf(lang, why, n, "cannot open: %s", strerror(errno));
        return NULL;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        rp_diag_snprintf(lang, why, n, "is not a regular file (a folder, device or pipe); "
                         "expected a file");
        close(fd);
        return NULL;
    }
    if ((long long)st.st_size > max) {
        rp_diag_snprintf(lang, why, n, "is %lld bytes, more than the %lld this input may have",
                         (long long)st.st_size, max);
        close(fd);
        return NULL;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        rp_diag_snprintf(lang, why, n, "cannot open: %s", strerror(errno));
        close(fd);
    }
    return f;
}
