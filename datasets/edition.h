/* Editions: what earlier runs of a project published (report --record, baseline --record),
 * one CSV file per edition in PROJECT/editions/, read back for the chapter on revisions, the
 * nulmeting as published and the disclosure step. The published cells of a run (stats/cells.h)
 * have the same shape, so that an edition and a run compare cell by cell.
 *
 * The file (format 1): RFC 4180, UTF-8 without BOM, ',' and '.', one cell per line under the
 * header
 *
 *     table,item,year,key,followup,field,value,mark,flags,text
 *
 * table     edition (the run: kind, date, version, settings), manifest (the keyed checksums
 *           of the inputs), definition (of indicators, targets and estimates), then the
 *           published figures: series, category, region, recidivism, estimate, target, trend,
 *           change
 * item      the indicator, target or estimate id; for recidivism the table
 * year      the year the figure is of (a cohort for recidivism by cohort); empty for none
 * key       the category code, region code, group, stratum or target part; empty for none
 * followup  recidivism: the years of follow-up; empty otherwise
 * field     value (the figure itself), lo, hi, num, den, n, events, at_risk, ...
 * value     the number as published (%.10g), empty when it has none
 * mark      empty (shown), x (hidden: an edition never holds a hidden value), missing (no
 *           data that year), na (data, but no figure could be made)
 * flags     p provisional, e estimated, r revised, b first year after a series break
 * text      a text value (a setting, a definition, a target's category) or the data's note
 *
 * Rows are sorted by table, item, year, key, followup and field, so that two editions of one
 * project differ, line by line, only where a published cell changed. */
#ifndef RP_EDITION_H
#define RP_EDITION_H

#include <stddef.h>
#include "base/diag.h"

#define RP_EDITION_FORMAT 1

typedef enum {
    RP_PT_EDITION = 0, RP_PT_MANIFEST, RP_PT_DEFINITION, RP_PT_SERIES, RP_PT_CATEGORY,
    RP_PT_REGION, RP_PT_RECIDIVISM, RP_PT_ESTIMATE, RP_PT_TARGET, RP_PT_TREND, RP_PT_CHANGE,
    RP_PT_N
} rp_ptable;

typedef enum { RP_PM_SHOWN = 0, RP_PM_HIDDEN, RP_PM_MISSING, RP_PM_NA } rp_pmark;

/* Beside datasets/scan.h's RP_FLAG_P, RP_FLAG_E and RP_FLAG_R: the first year after a
 * series break. */
#define RP_PFLAG_BREAK 8u

/* One published cell. Ownership: the strings belong to the list that holds the cell. */
typedef struct rp_pcell {
    rp_ptable table;
    char *item;          /* never NULL: "" for none */
    int year;            /* 0 for none */
    char *key;           /* never NULL */
    double followup;     /* NaN for none */
    char *field;
    double value;        /* NaN unless shown with a number */
    rp_pmark mark;
    unsigned flags;      /* RP_FLAG_* | RP_PFLAG_BREAK */
    char *text;          /* NULL for none */
    long line;           /* its line in an edition file; 0 for a run's cell */
} rp_pcell;

/* A list of cells. Ownership: rp_cells_free frees the cells and their strings; a zeroed
 * struct is an empty list. */
typedef struct rp_cells {
    rp_pcell *c;
    size_t n, cap;
    int failed;          /* memory ran out on some rp_cells_add: the list is incomplete */
} rp_cells;

/* Appends a copy of *c (its strings copied; NULL item, key become ""). Returns 0 or -1. */
int rp_cells_add(rp_cells *l, const rp_pcell *c);
void rp_cells_free(rp_cells *l);
/* Frees the strings of one cell of a list (for lists that drop cells in place). */
void rp_pcell_clear(rp_pcell *c);
/* Sorts into the order of the file (rp_pcell_cmp). */
void rp_cells_sort(rp_cells *l);
/* The order of the file: table, item, year, key, followup, then field (value, lo, hi and the
 * counts first). 0 when two cells are the same cell. */
int rp_pcell_cmp(const rp_pcell *a, const rp_pcell *b);
/* The cell with the identity of *like (its value, mark, flags, text ignored) in a sorted
 * list, or NULL. */
const rp_pcell *rp_cells_find(const rp_cells *l, const rp_pcell *like);
/* The same by its parts (key NULL as ""; followup NaN for none). */
const rp_pcell *rp_cells_get(const rp_cells *l, rp_ptable t, const char *item, int year,
                             const char *key, double followup, const char *field);

/* Whether a cell is a published figure itself (field value of a table of figures), rather
 * than its interval, a count behind it, a setting or a definition. */
int rp_pcell_is_figure(const rp_pcell *c);

const char *rp_ptable_name(rp_ptable t);   /* "series", ... */
const char *rp_pmark_name(rp_pmark m);     /* "", "x", "missing", "na" */
/* The flags' letters in the file's order ("p", "e", "r", "b") into buf (at least 5 bytes). */
void rp_pflags_letters(unsigned flags, char *buf);

typedef enum { RP_ED_REPORT = 0, RP_ED_BASELINE, RP_ED_LETTER } rp_ed_kind;
const char *rp_ed_kind_name(rp_ed_kind k);  /* "report", "baseline", "letter" */

/* One edition. Ownership: rp_edition_load returns an edition freed by rp_edition_free (NULL
 * ok); every string belongs to it. */
typedef struct rp_edition {
    char *name;          /* the file name without .csv */
    char *path;
    rp_ed_kind kind;
    char date[11];       /* YYYY-MM-DD of epoch (UTC) */
    long long epoch;     /* the run's date (SOURCE_DATE_EPOCH or the inputs' newest) */
    int year;            /* the monitor's year: data up to it */
    char *version;       /* of rapporteur that wrote it */
    char *period;        /* a letter's half year, "2025-H1"; NULL otherwise */
    char *language;
    double confidence;
    int suppress_below;
    rp_cells cells;      /* every row, sorted */
} rp_edition;

/* Reads one edition file (name: how it is called in messages, NULL: path). Every problem goes
 * to diag as file:line:column; returns NULL when there was any. */
rp_edition *rp_edition_load(const char *path, const char *name, rp_diag *diag);
void rp_edition_free(rp_edition *e);
/* A definition's text: field of the indicator, target or estimate item (key "indicator",
 * "target", "estimate"), or NULL. Borrowed from e. */
const char *rp_edition_definition(const rp_edition *e, const char *kind, const char *item,
                                  const char *field);

/* The editions of a project. Ownership: rp_editions_load returns a list freed by
 * rp_editions_free (NULL ok). */
typedef struct rp_editions {
    rp_edition **e;      /* by epoch, then name: the latest last */
    size_t n;
} rp_editions;

/* Reads every DIR/editions/NAME.csv (names starting with '.' are left alone: a run's file
 * before it is complete). A project without the folder has none (an empty list). Problems go
 * to diag; NULL when there was any, or memory ran out. */
rp_editions *rp_editions_load(const char *dir, rp_diag *diag);
void rp_editions_free(rp_editions *es);
/* The edition named name (with or without .csv), or NULL. */
const rp_edition *rp_editions_find(const rp_editions *es, const char *name);
/* The latest edition of one of the kinds in mask (bit 1 << rp_ed_kind) dated no later than
 * epoch and not named except (NULL: none), or NULL. */
const rp_edition *rp_editions_latest(const rp_editions *es, unsigned mask, long long epoch,
                                     const char *except);

/* The name a run records its edition under: the date, "-baseline" for the nulmeting, "-h1" or
 * "-h2" for a half-year letter (period "2025-H1"). Into buf of n bytes. */
void rp_edition_name(rp_ed_kind kind, long long epoch, const char *period, char *buf,
                     size_t n);
/* The date of an epoch, YYYY-MM-DD (UTC), into buf (11 bytes). */
void rp_edition_date(long long epoch, char *buf);

#endif
