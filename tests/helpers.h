/* Helpers shared by the Check suites: temporary files and folders, running the binary. */
#ifndef RP_TEST_HELPERS_H
#define RP_TEST_HELPERS_H

#include <check.h>
#include <stddef.h>

Suite *rp_suite_base(void);
Suite *rp_suite_datasets(void);
Suite *rp_suite_stats(void);
Suite *rp_suite_words(void);
Suite *rp_suite_plots(void);
Suite *rp_suite_reports(void);
Suite *rp_suite_e2e(void);
Suite *rp_suite_database(void); /* a throw-away PostgreSQL server (check_database.c) */
TCase *rp_tcase_disclosure(void);
TCase *rp_tcase_ledger(void);   /* in check_ledger.c, part of the stats suite */
TCase *rp_tcase_publish_units(void); /* in check_publish.c, part of the reports suite */
TCase *rp_tcase_publish(void);
TCase *rp_tcase_publish_cli(void);   /* in check_publish.c, part of the e2e suite */
TCase *rp_tcase_office(void);     /* in check_office.c, part of the reports suite */
TCase *rp_tcase_faults(void);     /* in check_faults.c, part of the reports suite */
TCase *rp_tcase_interrupt(void);  /* in check_interrupt.c, part of the e2e suite */
TCase *rp_tcase_property(void);   /* in check_property.c, part of the e2e suite */
TCase *rp_tcase_mse(void);        /* in check_mse.c, part of the stats suite */ /* in check_disclosure.c, part of the reports suite */
TCase *rp_tcase_mse_panel(void);  /* in check_mse_panel.c, part of the stats suite */
TCase *rp_tcase_eb(void);         /* in check_eb.c, part of the stats suite */
TCase *rp_tcase_messages(void);   /* in check_messages.c, part of the base suite */
TCase *rp_tcase_editions(void);   /* in check_editions.c, part of the stats suite */
TCase *rp_tcase_editions_cli(void); /* in check_editions_cli.c, part of the e2e suite */
TCase *rp_tcase_editions_tables(void); /* in check_editions.c, part of the reports suite */

/* The project of check_editions.c in state k (1, 2, 3: the data of three yearly monitors, see
 * there) with cases' 2018 count as given, written into dir; and the dates of its editions. */
void t_editions_state(const char *dir, int k, int cases_2018);
#define T_EPOCH_E1 1688083200LL   /* 2023-06-30 00:00 UTC */
#define T_EPOCH_E2 1719705600LL   /* 2024-06-30 */
#define T_EPOCH_E3 1751241600LL   /* 2025-06-30 */
TCase *rp_tcase_text_read(void);  /* in check_text.c, part of the datasets suite */
TCase *rp_tcase_text_cite(void);  /* in check_text.c, the words suite */
TCase *rp_tcase_text_reports(void); /* in check_text.c, part of the reports suite */

/* A fresh temporary folder for this test (removed by the runner at exit); caller frees. */
char *t_tmpdir(void);
/* Writes text to dir/name and returns the path; caller frees. */
char *t_write(const char *dir, const char *name, const char *text);
/* Same with an explicit length (for NUL bytes). */
char *t_write_n(const char *dir, const char *name, const void *data, size_t n);
/* Whole file, NUL-terminated, or NULL; caller frees. */
char *t_read(const char *path, size_t *len);

/* Runs the built binary with a shell command line of arguments (cwd: dir, NULL for the
 * current one). Captures stdout and stderr (caller frees) and returns the exit status. */
int t_run(const char *dir, const char *args, char **out, char **err);
/* Path of a file in the source tree (RP_TOP); caller frees. */
char *t_src(const char *rel);
/* Compares long texts; on a difference prints both to stderr and fails with the position
 * (Check's own messages are too short for whole outputs). */
#define t_assert_text(got, expected) t_text_eq(got, expected, __FILE__, __LINE__)
void t_text_eq(const char *got, const char *expected, const char *file, int line);
/* Standard output of a shell command built like printf's; caller frees. */
char *t_sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Whether haystack contains needle. */
int t_has(const char *haystack, const char *needle);

#endif
