/* libFuzzer harness: any bytes through the CSV reader and the checks of the well-known
 * columns, as every dataset file is read. */
#include "datasets/table.h"

#include "fuzz/common.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    /* the first byte picks the decimal convention, as monitor.ini's `decimal` would */
    char decimal = n && data[0] == '.' ? '.' : n && data[0] == ',' ? ',' : 0;
    rp_diag *diag = rp_diag_new();
    if (!diag)
        return 0;
    rp_table *t = rp_table_wrap(rp_csv_open_mem(data, n, "fuzz.csv", decimal, diag), NULL, diag);
    rp_trow row;
    long rows = 0;
    while (t && rp_table_next(t, &row) > 0)
        rows++;
    if (t && rows > rp_table_rows(t))
        abort(); /* more good rows than rows seen */
    rp_table_close(t);
    fuzz_print_and_free(diag);
    return 0;
}
