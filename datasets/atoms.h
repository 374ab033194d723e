/* The atoms of a dataset: its rows counted by year, region and, for every indicator on it,
 * whether they pass its denominator and its where, and its category. Every number a run
 * publishes from the dataset is a sum of atoms, which is what the disclosure audit needs to
 * see every published count as one linear system (stats/ledger.h). Memory grows with the
 * distinct combinations, never with rows. */
#ifndef RP_ATOMS_H
#define RP_ATOMS_H

#include <stddef.h>

enum { RP_ATOM_DEN = 1, RP_ATOM_WHERE = 2 };

/* Ownership: rp_atoms_new returns atoms the caller (the scan) frees with rp_atoms_free
 * (NULL ok). */
typedef struct rp_atoms {
    size_t n;              /* atoms */
    size_t nind;           /* indicators of the dataset, in the scan's order */
    double *weight;        /* per atom: the rows (or counts) in it */
    int *year;             /* per atom */
    int *region;           /* per atom: index in the regions file, -1 for none */
    unsigned char *code;   /* n * nind: RP_ATOM_DEN | RP_ATOM_WHERE */
    int *cat;              /* n * nind: the category of the indicator's `by`, -1 without */
    struct rp_hash *keys;
    size_t cap;
} rp_atoms;

rp_atoms *rp_atoms_new(size_t nind);
void rp_atoms_free(rp_atoms *a);

/* Adds weight to the atom of a row: its year, region, and per indicator its code and
 * category. Returns 0, or -1 when memory runs out. */
int rp_atoms_add(rp_atoms *a, int year, int region, const unsigned char *code, const int *cat,
                 double weight);

#endif
