/* Disclosure control shared by every output. */
#include "stats/disclosure.h"

int rp_small(double count, int below) { return count > 0 && count < below; }
