/* Check suite of plots/. */
#include "tests/helpers.h"

Suite *rp_suite_plots(void)
{
    Suite *s = suite_create("plots");
    return s;
}
