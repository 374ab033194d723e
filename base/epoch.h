/* The time outputs are stamped with, as the reproducible-builds specification asks. */
#ifndef RP_EPOCH_H
#define RP_EPOCH_H

#include <time.h>

/* The last second a four-digit year can write: 9999-12-31 23:59:59 UTC. */
#define RP_EPOCH_MAX 253402300799LL

/* SOURCE_DATE_EPOCH as the reproducible-builds specification asks: whole seconds, here from 0
 * to RP_EPOCH_MAX. Returns 1 when unset or empty, 0 with *out set, -1 when it is something
 * else (the caller refuses to run: a silently ignored value would stamp today's date). */
int rp_epoch_env(long long *out);

/* The UTC calendar time of an epoch (clamped to 0 .. RP_EPOCH_MAX, so gmtime_r always
 * succeeds). */
void rp_epoch_tm(long long epoch, struct tm *tm);

#endif
