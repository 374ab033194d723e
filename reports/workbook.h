/* The tables as one XLSX workbook as statistical offices publish them (the UK Analysis
 * Function's guidance, which aftables and gptables follow): a cover sheet (title, organisation,
 * date, source, contact), a contents sheet linking every table, a notes sheet (symbols, units,
 * flags, sources, each table's note), and each table on a sheet of its own as an Excel table
 * under its title, with a frozen header, filters, fitted column widths, wrapped headers,
 * numbers as numbers (years too) and one number format per column. */
#ifndef RP_WORKBOOK_H
#define RP_WORKBOOK_H

#include <stddef.h>
#include "reports/tables.h"

/* Excel's limit on the characters (UTF-16 units) of a cell, and of a table's header. */
#define RP_XLSX_CELL_MAX 32767
#define RP_XLSX_HEADER_MAX 255

/* Writes the workbook to path, its temporary parts in tmpdir, in the monitor's language,
 * dated epoch (at least 1: libxlsxwriter reads 0 as "now"). A cell longer than Excel allows is
 * cut with an ellipsis and named on the notes sheet (the CSV keeps it whole). Returns 0, or -1
 * with a message in err. */
int rp_workbook_write(const rp_tables *ts, const char *path, const char *tmpdir,
                      const rp_monitor *mon, long long epoch, char *err, size_t n);

/* The number of UTF-16 units of s (what Excel counts), and the byte length of the longest
 * start of s that keeps within max units. */
size_t rp_utf16_len(const char *s);
size_t rp_utf16_cut(const char *s, size_t max);

#endif
