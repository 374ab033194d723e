/* The tables written out: one CSV each, their data dictionary and the workbook. */
#ifndef RP_TABLES_WRITE_H
#define RP_TABLES_WRITE_H

#include "reports/tables.h"

/* Writes every table as NAME.csv into subdir of the staged folder in the monitor's CSV
 * dialect ([monitor] csv), their data dictionary datapackage.json, and all of them into one
 * workbook (tables.xlsx) dated epoch (at least 1: libxlsxwriter reads 0 as "now"). Returns 0,
 * or -1 with a message in err. */
struct rp_outdir;
int rp_tables_write(const rp_tables *ts, struct rp_outdir *o, const char *subdir,
                    const rp_monitor *mon, long long epoch, char *err, size_t n);

#endif
