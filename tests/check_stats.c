/* Check suite of stats/. */
#include "tests/helpers.h"

Suite *rp_suite_stats(void)
{
    Suite *s = suite_create("stats");
    return s;
}
