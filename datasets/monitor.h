/* monitor.ini: the project's settings, datasets, indicators and targets (SPEC section 3),
 * parsed with inih and checked key by key, each problem reported with its line. */
#ifndef RP_MONITOR_H
#define RP_MONITOR_H

#include "base/diag.h"
#include "datasets/filter.h"
#include "base/lang.h"

typedef enum {
    RP_KIND_AUTO = 0, RP_KIND_RECORDS, RP_KIND_COUNTS, RP_KIND_RECIDIVISM, RP_KIND_CAPTURES
} rp_kind;
typedef enum {
    RP_MEASURE_COUNT = 0, RP_MEASURE_SHARE, RP_MEASURE_RATE, RP_MEASURE_MEAN,
    RP_MEASURE_RECIDIVISM
} rp_measure;
typedef enum { RP_POLARITY_NEUTRAL = 0, RP_POLARITY_UP, RP_POLARITY_DOWN } rp_polarity;
typedef enum { RP_TYPE_EFFECT = 0, RP_TYPE_PERFORMANCE } rp_indtype;
typedef enum { RP_TARGET_ABSOLUTE = 0, RP_TARGET_CHANGE, RP_TARGET_ANNUAL } rp_target_kind;

typedef struct rp_dataset_def {
    char *id;
    char *file;        /* as written in monitor.ini */
    char *path;        /* resolved: project folder + file; NULL for a database */
    char *database;    /* instead of a file: a libpq connection string or URI (never with a
                        * password: credentials come from the environment or ~/.pgpass) */
    char *table;       /* with database: the table (or view) to read, or */
    char *query;       /* the query whose rows are the dataset */
    char *source;      /* how messages name a database dataset: "[dataset ID] table T" or
                        * "[dataset ID] query"; NULL for a file */
    rp_kind kind;      /* RP_KIND_AUTO until the header is read */
    char decimal;      /* 0: from the delimiter */
    char *title;       /* optional description */
    int *breaks;       /* years from which the definition changed, ascending; every indicator
                        * on the dataset honours them (merged into its own breaks) */
    size_t nbreaks;
    int absent_zero;   /* counts: a category-year without a row is 0, not missing */
    int percent;       /* unit = percent: published shares without % are percentages */
    long line, file_line, unit_line, breaks_line, database_line, table_line, query_line,
        decimal_line;
} rp_dataset_def;

typedef struct rp_indicator_def {
    char *id;
    char *title;
    char *dataset;     /* id of a dataset_def */
    rp_measure measure;
    rp_filter *where;        /* numerator filter (all measures); NULL: every row */
    rp_filter *denominator;  /* share only; NULL: every row */
    char *where_text, *denominator_text;
    char *column;            /* mean: the numeric column */
    char *by;                /* optional: a categorical column for a breakdown per year */
    double per;              /* rate: per how many inhabitants */
    rp_polarity polarity;
    rp_indtype type;
    int *breaks;             /* years from which the definition changed, ascending */
    size_t nbreaks;
    double years;            /* recidivism: prevalence at this many years */
    char *unit;              /* optional unit label */
    char *definition;        /* optional: the population the indicator counts */
    char *source;            /* optional: the source of this indicator (else the monitor's) */
    char *note;              /* optional: a note shown under its chart and in its section */
    char *labels_text;       /* labels = code: Label, code: Label (as written) */
    char **label_code, **label_text; /* parsed from labels_text */
    size_t nlabels;
    long labels_line, breaks_line;
    long line, where_line, denominator_line, column_line, dataset_line, by_line;
} rp_indicator_def;

typedef struct rp_target_def {
    char *id;
    char *title;
    char *indicator;
    int baseline_year;
    rp_target_kind kind;
    double value;       /* absolute value; or change as a fraction (0.25 for +25%) */
    char *value_text;   /* as written */
    int target_year;    /* 0 when missing */
    char *owner;        /* NULL when missing */
    int direction;      /* 1 the target asks for a rise, -1 a fall, 0 from the values */
    long line, target_line, indicator_line, baseline_line, direction_line;
} rp_target_def;

/* Models of multiple systems estimation, in the order of stats/mse.h's rp_mse_method. */
typedef enum { RP_EST_MAIN = 0, RP_EST_FIXED, RP_EST_STEPWISE } rp_est_model;

typedef struct rp_estimate_def {
    char *id;
    char *title;
    char *dataset;           /* id of a dataset_def of kind captures */
    char **lists;            /* the list columns; NULL: every column but count and strata */
    size_t nlists;
    char *count;             /* the count column; NULL: count, aantal or frequency */
    char *strata;            /* a stratum column (an estimate per value, and one for all) */
    rp_est_model model;
    char *terms;             /* fixed: "A:B, C:D", checked against the file's lists */
    double threshold;        /* stepwise: 0.02 */
    int bootstrap;           /* replicates of the BCa interval; 0: log-normal */
    unsigned long seed;
    long line, dataset_line, terms_line;
} rp_estimate_def;

/* How the CSV files of the outputs are written ([monitor] csv): nl for Dutch Excel (UTF-8
 * with a BOM, ';' and a decimal comma), en for English Excel (a BOM, ',' and '.'), machine
 * for programs (RFC 4180: no BOM, ',' and '.'); by default the language's. */
typedef enum { RP_CSV_NL, RP_CSV_EN, RP_CSV_MACHINE } rp_csv_dialect;

/* Ownership: rp_monitor_load returns a monitor the caller frees with rp_monitor_free (NULL
 * ok); all strings and arrays in it belong to it. */
typedef struct rp_monitor {
    char *dir;           /* the project folder */
    char *ini;           /* path of monitor.ini as named in messages */
    char *title, *organisation, *source, *author;
    rp_lang lang;
    int report_year;     /* 0: the latest year with data */
    double confidence;
    int suppress_below;
    int illustrative;
    const char *missing; /* the sign of a year without data in tables: ".", ":", ".." or "-"
                            (a literal, not owned) */
    /* findings = the key findings pinned (in this order, first) or dropped (-name): indicator
     * and estimate ids, or the kinds recidivism, regions, changes, trends, targets, new,
     * provisional (see rp_finding_kind_name) */
    char **findings;
    unsigned char *findings_drop;
    size_t nfindings;
    long findings_line;
    rp_csv_dialect csv;  /* the dialect of the tables' and charts' CSV files */
    char *regions_file, *regions_path;
    long regions_line;
    /* template = the Word house style (.dotx or .docx) of report.docx and baseline.docx; its
     * path inside the project folder, or NULL for the built-in style */
    char *template_file, *template_path;
    long template_line;
    int funnel;          /* [regions] funnel: 0 auto, 1 exact, 2 multiplicative, 3 additive
                            (stats/regions.h's rp_funnel_method) */
    rp_dataset_def *datasets;
    size_t ndatasets;
    rp_indicator_def *indicators;
    size_t nindicators;
    rp_target_def *targets;
    size_t ntargets;
    rp_estimate_def *estimates;
    size_t nestimates;
} rp_monitor;

/* Reads DIR/monitor.ini (or the file itself when path names a file). Every problem goes to
 * diag; returns NULL when there was any, unless partial is set: then whatever could be read
 * is returned (entries with problems may lack fields, and datasets whose file is unusable
 * have no path) so that validate can go on to check the data files. Checks what can be
 * checked without the data: keys, values, references between sections, and that every file
 * exists inside the folder. NULL also when monitor.ini itself cannot be opened. */
rp_monitor *rp_monitor_load(const char *path, int partial, rp_diag *diag);
/* The language of the project at path (a folder or its monitor.ini) before the rest is read,
 * so that every message of its load can speak it: [monitor] language, Dutch when it is not
 * given (as rp_monitor_load). Returns 0 with *lang set, or -1 when monitor.ini cannot be
 * read (no project is known: *lang unchanged). */
int rp_monitor_lang(const char *path, rp_lang *lang);
void rp_monitor_free(rp_monitor *m);

const rp_dataset_def *rp_monitor_dataset(const rp_monitor *m, const char *id);
/* How a dataset's data are named to users: its file as written in monitor.ini, or its
 * database source ("[dataset ID] table T"); borrowed from d. */
const char *rp_dataset_name(const rp_dataset_def *d);
/* The same with the file's resolved path (the project folder and the file). */
const char *rp_dataset_path(const rp_dataset_def *d);
const rp_indicator_def *rp_monitor_indicator(const rp_monitor *m, const char *id);
/* The label of a category code of an indicator's `by` column (labels = ...), or the code
 * itself; borrowed from d or code. */
const char *rp_indicator_label(const rp_indicator_def *d, const char *code);

/* The kinds of key finding that findings = may pin or drop, NULL-terminated. */
extern const char *const rp_finding_kinds[];
/* One name of a list of key findings, as findings = and text/findings.md write them: "name"
 * pins that finding, "-name" drops it (spaces around are ignored). Appended to m->findings.
 * Returns 0, or -1 when the name is empty or memory runs out. */
int rp_monitor_finding_add(rp_monitor *m, const char *token);
/* 1 when name is what a findings list may name: an indicator or estimate id, or a kind. */
int rp_monitor_finding_known(const rp_monitor *m, const char *name);

const char *rp_measure_name(rp_measure m);
const char *rp_polarity_name(rp_polarity p);
const char *rp_kind_name(rp_kind k);
/* The CSV dialect's separator, decimal sign and whether files start with a BOM. */
char rp_dialect_delim(rp_csv_dialect d);
char rp_dialect_decimal(rp_csv_dialect d);
int rp_dialect_bom(rp_csv_dialect d);

#endif
