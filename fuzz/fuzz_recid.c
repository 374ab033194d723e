/* libFuzzer harness: any bytes as a recidivism file (one row per person, dates, detention). */
#include "datasets/recid.h"

#include "fuzz/common.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    rp_diag *diag = rp_diag_new();
    if (!diag)
        return 0;
    rp_recid *r = rp_recid_read(rp_csv_open_mem(data, n, "fuzz.csv", 0, diag), "fuzz.csv", diag);
    /* what the loader accepts must be usable: time at risk is never negative or NaN */
    for (size_t i = 0; r && i < r->n; i++)
        if (!(r->time[i] >= 0))
            abort();
    if (!r && rp_diag_errors(diag) == 0)
        abort(); /* a refusal always says why */
    rp_recid_free(r);
    fuzz_print_and_free(diag);
    return 0;
}
