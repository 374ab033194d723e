/* Check suite of words/: citations of published figures in the rapporteur's text, in both
 * languages (tests/check_text.c). */
#include "tests/helpers.h"

Suite *rp_suite_words(void)
{
    Suite *s = suite_create("words");
    suite_add_tcase(s, rp_tcase_text_cite());
    return s;
}
