/* What every harness does with its diagnostics: format each message, as the program would
 * print it (a crash in formatting is a crash), to /dev/null, and free them. */
#ifndef RP_FUZZ_COMMON_H
#define RP_FUZZ_COMMON_H

#include "base/diag.h"
#include <stdio.h>

static inline void fuzz_print_and_free(rp_diag *diag)
{
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        rp_diag_print(diag, null);
        fclose(null);
    }
    rp_diag_free(diag);
}

#endif
