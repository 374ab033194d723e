/* Check suite of reports/. */
#include "tests/helpers.h"

Suite *rp_suite_reports(void)
{
    Suite *s = suite_create("reports");
    return s;
}
