/* SOURCE_DATE_EPOCH read strictly, and epochs as UTC calendar times within four-digit years. */
#include "base/epoch.h"

#include <stdlib.h>
#include <string.h>

int rp_epoch_env(long long *out)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (!sde || !*sde)
        return 1;
    size_t digits = strspn(sde, "0123456789");
    if (digits == 0 || digits > 12 || sde[digits])
        return -1;
    long long v = strtoll(sde, NULL, 10);
    if (v > RP_EPOCH_MAX)
        return -1;
    *out = v;
    return 0;
}

void rp_epoch_tm(long long epoch, struct tm *tm)
{
    time_t t = (time_t)(epoch < 0 ? 0 : epoch > RP_EPOCH_MAX ? RP_EPOCH_MAX : epoch);
    if (!gmtime_r(&t, tm)) {
        memset(tm, 0, sizeof *tm);
        tm->tm_mday = 1;
        tm->tm_year = 70;
    }
}
