/* Cell-key perturbation of the counts of ad-hoc tables (tabulate on a project): every record
 * has a fixed random key, a cell's key is the sum of its records' keys, and a lookup table
 * turns (count, cell key) into a small change of zero mean, so that the same cell always gets
 * the same change however it is asked for, and differences of overlapping queries do not give
 * a count back exactly (Fraser and Wooton 2005, "A proposed method for confidentialising
 * tabular output to protect against differencing", UNECE work session on statistical data
 * confidentiality; Thompson, Broadfoot and Elazar 2013, "Methodology for the automatic
 * confidentialisation of statistical outputs from remote servers at the Australian Bureau of
 * Statistics"; the ABS TableBuilder method). */
#ifndef RP_CELLKEY_H
#define RP_CELLKEY_H

#include <stdint.h>

/* The largest change: a perturbed count lies within RP_CELLKEY_D of the count. */
#define RP_CELLKEY_D 2

/* The perturbed count of a cell of n records (a whole number >= 0) whose records' keys add up
 * to ckey (modulo 2^64: a uniform cell key u = ckey / 2^64). 0 stays 0 (no records, no key);
 * the result is never negative. The change d is taken from the lookup table by the inverse
 * distribution function at u:
 *   n = 1:   d = -1, 0, 1, 2  with p = 0.25, 0.55, 0.15, 0.05  (mean 0, variance 0.6)
 *   n >= 2:  d = -2, -1, 0, 1, 2 with p = 0.05, 0.20, 0.50, 0.20, 0.05  (mean 0, variance 0.8)
 * For counts that are not whole (weighted rows) the change is added all the same. */
double rp_cellkey_perturb(double n, uint64_t ckey);

/* One row of the lookup table: the changes -D..D for a count n (probabilities, p[d + D]). */
void rp_cellkey_ptable(double n, double p[2 * RP_CELLKEY_D + 1]);

#endif
