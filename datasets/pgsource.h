/* Datasets in PostgreSQL through libpq: a table's or query's rows read as a CSV file's rows
 * are, and for records counted in the database by the columns the caller reads, so that only
 * counts come back (memory stays flat whatever the table's size). */
#ifndef RP_PGSOURCE_H
#define RP_PGSOURCE_H

#include <stddef.h>
#include "datasets/csvfile.h"
#include "datasets/monitor.h"

/* Opens the table or query of def (which has a database) as a reader with the source's
 * columns, named in messages as def->source. group lists the columns the caller reads
 * (case-insensitive; a name the source lacks is left to the caller to report). When the
 * source holds records (no count, aantal, lo, hi, value or waarde column) and group is not
 * NULL, the database counts the records by those columns (GROUP BY) and each row read is one
 * group, its count in the row's weight, the columns outside group empty; an id column is
 * checked for repeats there too. With key (nkey bytes, at most 64), each group also brings its
 * records' keys added up (rp_csv_row.keysum; datasets/tabulate.h says how a record is keyed).
 * Otherwise every row comes as it is. Rows of a table come in
 * its physical order (groups by their first row), as the table was loaded; a query's as it
 * returns them (groups sorted). Problems with the connection, the table or the columns'
 * types go to diag, attributed to monitor.ini or named by def->source; NULL then. The caller
 * frees the reader with rp_csv_close, which closes the connection. */
rp_csv *rp_pg_open(const rp_monitor *m, const rp_dataset_def *def, const char *const *group,
                   size_t ngroup, const unsigned char *key, size_t nkey, rp_diag *diag);

#endif
