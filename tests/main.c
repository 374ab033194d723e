/* Runs every Check suite and ends with Check's summary line. */
#include "tests/helpers.h"
#include "base/buf.h"

#include <gsl/gsl_errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    setlocale(LC_ALL, "C");
    gsl_set_error_handler_off();
    /* every temporary file of the tests goes under one folder, removed at the end */
    char tmpl[] = "/tmp/rapporteur-check-XXXXXX";
    if (!mkdtemp(tmpl))
        return 3;
    setenv("RP_TEST_TMP", tmpl, 1);
    /* the binary speaks the locale's language on a bare file: the expected texts are English,
     * whatever the developer's locale (a case that wants Dutch says so, tests/e2e/README) */
    setenv("LANG", "C.UTF-8", 1);
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    SRunner *sr = srunner_create(rp_suite_base());
    srunner_add_suite(sr, rp_suite_datasets());
    srunner_add_suite(sr, rp_suite_stats());
    srunner_add_suite(sr, rp_suite_words());
    srunner_add_suite(sr, rp_suite_plots());
    srunner_add_suite(sr, rp_suite_reports());
    srunner_add_suite(sr, rp_suite_e2e());
    srunner_add_suite(sr, rp_suite_database());
    srunner_run_all(sr, CK_SILENT);
    TestResult **fails = srunner_failures(sr);
    for (int i = 0; i < srunner_ntests_failed(sr); i++) {
        TestResult *t = fails[i];
        printf("%s:%d:%c:%s: %s\n", tr_lfile(t), tr_lno(t),
               tr_rtype(t) == CK_ERROR ? 'E' : 'F', tr_tcname(t), tr_msg(t));
    }
    free(fails);
    srunner_print(sr, CK_MINIMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    char *rm = rp_strfmt("rm -rf '%s'", tmpl);
    if (rm && !getenv("RP_KEEP_TMP") && system(rm) != 0)
        fprintf(stderr, "could not remove %s\n", tmpl);
    free(rm);
    return failed ? 1 : 0;
}
