/* Disclosure control shared by every output: counts from 1 to below-1 are never shown (they
 * appear as "<below"), and a share or rate whose numerator is such a count is withheld too,
 * since with its denominator it would give the count away. */
#ifndef RP_DISCLOSURE_H
#define RP_DISCLOSURE_H

#include <stddef.h>

/* Whether a count must be suppressed: 0 < count < below. Zero is shown: it reveals nobody. */
int rp_small(double count, int below);

/* Primary and secondary suppression of n counts that add up to a published total: hide[i] is
 * set for every small count, and when exactly one is small, also for the smallest other
 * count above zero, so that the total less the shown counts no longer gives it away
 * (secondary suppression; Hundepool et al., Statistical Disclosure Control, 2012, ch. 5).
 * Returns the number hidden. */
size_t rp_secondary(const double *count, size_t n, int below, unsigned char *hide);

#endif
