/* Disclosure control shared by every output: counts from 1 to below-1 are never shown (they
 * appear as "<below"), and a share or rate whose numerator is such a count is withheld too,
 * since with its denominator it would give the count away. */
#ifndef RP_DISCLOSURE_H
#define RP_DISCLOSURE_H

/* Whether a count must be suppressed: 0 < count < below. Zero is shown: it reveals nobody. */
int rp_small(double count, int below);

#endif
