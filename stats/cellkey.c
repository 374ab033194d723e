/* The lookup table of cell-key perturbation and the change it gives a cell. */
#include "stats/cellkey.h"

#include <math.h>

void rp_cellkey_ptable(double n, double p[2 * RP_CELLKEY_D + 1])
{
    /* rows of zero mean whose changes never take a count below 0; one record cannot lose
     * two */
    static const double one[] = {0, 0.25, 0.55, 0.15, 0.05};
    static const double more[] = {0.05, 0.20, 0.50, 0.20, 0.05};
    for (int d = 0; d <= 2 * RP_CELLKEY_D; d++)
        p[d] = n <= 0 ? (d == RP_CELLKEY_D) : n < 1.5 ? one[d] : more[d];
}

double rp_cellkey_perturb(double n, uint64_t ckey)
{
    if (!(n > 0))
        return n;
    double p[2 * RP_CELLKEY_D + 1], u = ldexp((double)(ckey >> 11), -53), cum = 0;
    rp_cellkey_ptable(n, p);
    for (int d = 0; d < 2 * RP_CELLKEY_D; d++) {
        cum += p[d];
        if (u < cum)
            return n + (d - RP_CELLKEY_D) < 0 ? 0 : n + (d - RP_CELLKEY_D);
    }
    return n + RP_CELLKEY_D;
}
