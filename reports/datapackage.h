/* The tables' data dictionary: a Frictionless Data Package (datapackage.json, Table Schema)
 * naming every CSV file, its dialect, and each column with its type, what it holds and the
 * marks that can stand in it instead of a number. */
#ifndef RP_DATAPACKAGE_H
#define RP_DATAPACKAGE_H

#include "reports/tables.h"

/* The JSON text of the package for the tables ts, written as NAME.csv in the monitor's CSV
 * dialect, dated epoch. Caller frees; NULL when memory runs out. */
char *rp_datapackage(const rp_tables *ts, const rp_monitor *mon, long long epoch);

/* Appends s as a JSON string (quoted, escaped; control characters as \u00XX). */
void rp_json_string(rp_buf *b, const char *s);

#endif
