/* The analyst's reading of a project's outputs (tests/check_disclosure.c): each table and
 * chart data file of a report or nulmeting folder, and the csv of the commands, turned into
 * the published counts of tests/attacker.h. The analyst knows what every output means (the
 * project's monitor.ini: each indicator's filters, the regions file, the dataset's columns),
 * not the records. Outputs in the English csv dialect (',' and '.'). */
#ifndef RP_TEST_ATTACK_READ_H
#define RP_TEST_ATTACK_READ_H

#include "tests/attacker.h"

/* Ownership: att_proj_load returns a model of the project freed with att_proj_free; it adds
 * the project's input files to A as record tables (records and counts datasets by their own
 * columns; recidivism people by cohort, their grouping columns, sy the year they started,
 * tt the years at risk, ev 1 with an offence; capture histories by stratum, syear the
 * stratum's year, each list 0/1 and only_LIST 1 for a history on that list alone). */
typedef struct att_proj att_proj;

att_proj *att_proj_load(att *A, const char *dir, char **why);
void att_proj_free(att_proj *P);
int att_proj_below(const att_proj *P);

/* Every count an output folder of a run of year `year` publishes (the csv files of tables/ and charts/
 * and the Kaplan-Meier chart's script for its groups), labelled with run. */
void att_read_folder(att *A, const att_proj *P, const char *dir, int year, const char *run);

/* The csv of a command on the project, labelled with what:
 *   "regions"    regions --format csv (any --year, --indicator, --baseline)
 *   "recidivism" recidivism --format csv (--by cohort or the report's grouping; by is the
 *                grouping column, NULL for cohort), a run of year `year`
 *   "estimate"   estimate --format csv (with or without --leave-one-out)
 *   "targets"    targets --format csv
 *   "tabulate"   tabulate --format csv on dataset (NULL: the first records dataset) with
 *                the --where filter `where` (NULL: none)
 * Counts a note marks as perturbed are not counts and are left out. */
void att_read_command(att *A, const att_proj *P, const char *kind, const char *csv, int year,
                      const char *by, const char *dataset, const char *where, const char *what);

#endif
