/* The tables written out: one CSV each, the data dictionary and the workbook, apart from
 * tables.c, which builds them (and which the workbook and the dictionary read). */
#include "reports/tables_write.h"
#include "base/buf.h"
#include "reports/datapackage.h"
#include "reports/outdir.h"
#include "reports/workbook.h"

#include <stdio.h>
#include <stdlib.h>

/* Every table as NAME.csv in the monitor's CSV dialect, their data dictionary
 * (datapackage.json) and the workbook (reports/workbook.h). */
int rp_tables_write(const rp_tables *ts, rp_outdir *o, const char *subdir, const rp_monitor *mon,
                    long long epoch, char *err, size_t n)
{
    const char *sep = subdir ? "/" : "";
    subdir = subdir ? subdir : "";
    for (size_t i = 0; i < ts->n; i++) {
        char *name = rp_strfmt("%s%s%s.csv", subdir, sep, ts->t[i]->name);
        FILE *f = name ? rp_outdir_create(o, name) : NULL;
        int bad = !f || rp_dtable_write_csv(ts->t[i], f, mon->csv) != 0;
        if (rp_outdir_close(f) != 0 || bad) {
            snprintf(err, n, "cannot write %s", name ? name : "a table");
            free(name);
            return -1;
        }
        free(name);
    }
    char *rel = rp_strfmt("%s%sdatapackage.json", subdir, sep);
    char *json = rp_datapackage(ts, mon, epoch);
    FILE *f = rel && json ? rp_outdir_create(o, rel) : NULL;
    int bad = !f || fputs(json, f) < 0;
    if (rp_outdir_close(f) != 0 || bad) {
        snprintf(err, n, "cannot write %s", rel ? rel : "datapackage.json");
        free(rel);
        free(json);
        return -1;
    }
    free(rel);
    free(json);
    rel = rp_strfmt("%s%stables.xlsx", subdir, sep);
    char *path = rel ? rp_outdir_path(o, rel) : NULL;
    int r = path ? rp_workbook_write(ts, path, rp_outdir_staging(o), mon, epoch, err, n) : -1;
    if (!path)
        snprintf(err, n, "out of memory");
    free(rel);
    free(path);
    return r;
}
