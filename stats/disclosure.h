/* Disclosure control shared by every output: counts from 1 to below-1 are never shown (they
 * appear as "<below"), a second count is hidden ("x") where a published total would give a
 * small one back, and a figure derived from a hidden count is withheld with it. */
#ifndef RP_DISCLOSURE_H
#define RP_DISCLOSURE_H

#include <stddef.h>

/* What a published cell shows instead of its value. Code that tests a mark for truth asks
 * "is it hidden"; RP_HIDE_SECOND prints as "x", RP_HIDE_SMALL as "<below". */
typedef enum { RP_SHOWN = 0, RP_HIDE_SMALL = 1, RP_HIDE_SECOND = 2 } rp_hide;

/* Whether a count must be suppressed: 0 < count < below. Zero is shown: it reveals nobody. */
int rp_small(double count, int below);

/* Primary and secondary suppression of n counts that add up to a published total (Hundepool
 * et al., Statistical Disclosure Control, 2012, sec. 5.2). hide[i] is RP_HIDE_SMALL for every
 * small count. The total less the shown counts gives the sum of the hidden ones, so that sum
 * must itself be safe: when one count is hidden, or several whose sum is still below the
 * threshold, the smallest shown count above zero is hidden too (RP_HIDE_SECOND). Returns the
 * number hidden. */
size_t rp_secondary(const double *count, size_t n, int below, unsigned char *hide);

/* The rule of rp_secondary applied once more to counts some of which are already hidden
 * (hide holds rp_hide marks): hides one more cell when the hidden part is a single cell or
 * adds up to a small number. Returns 1 when it hid one. */
int rp_secondary_more(const double *count, size_t n, int below, unsigned char *hide);

/* Suppression of a table of n cells with ncols key columns (key[i * ncols + k] the code of
 * cell i's value in column k; codes are compared for equality only): every line along one
 * column (the cells that share all other keys) adds up to a margin that coarser tables
 * publish, so rp_secondary's rule holds in each line, repeated until no line changes (the
 * usual heuristic for hierarchical tables; Hundepool et al. 2012, sec. 5.4). Returns the
 * number of cells hidden, or -1 when memory runs out. */
long rp_secondary_table(const double *count, const size_t *key, size_t n, size_t ncols,
                        int below, unsigned char *hide);

/* The same rule for a margin that is a sum over some of the cells: given the cells already
 * hidden (hide, from rp_secondary) and the cells a published sum covers (in[i] != 0), whether
 * that sum would give back a hidden cell or a hidden part below the threshold. It is safe when
 * it covers no hidden cell, or all of them (then it tells no more than the total does). */
int rp_margin_leaks(const unsigned char *hide, const unsigned char *in, size_t n);

#endif
