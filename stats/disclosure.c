/* Disclosure control shared by every output. */
#include "stats/disclosure.h"

int rp_small(double count, int below) { return count > 0 && count < below; }

size_t rp_secondary(const double *count, size_t n, int below, unsigned char *hide)
{
    size_t hidden = 0;
    for (size_t i = 0; i < n; i++) {
        hide[i] = (unsigned char)rp_small(count[i], below);
        hidden += hide[i];
    }
    if (hidden != 1)
        return hidden;
    size_t best = n;
    for (size_t i = 0; i < n; i++)
        if (!hide[i] && count[i] > 0 && (best == n || count[i] < count[best]))
            best = i;
    if (best < n) {
        hide[best] = 1;
        hidden++;
    }
    return hidden;
}
