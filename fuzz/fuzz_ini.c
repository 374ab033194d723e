/* libFuzzer harness: any bytes as monitor.ini of a project whose data files exist, so that
 * sections, keys, references, targets and `where` filters are all checked; each filter is
 * then bound to a real header and run on real rows, as the dataset scan does.
 * RP_FUZZ_PROJECT names the project folder (fuzz/run.sh makes one from the example). */
#include "base/buf.h"
#include "datasets/monitor.h"
#include "datasets/filter.h"

#include "fuzz/common.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

/* Set once before the first input; the fuzzer's worker processes each get their own file.
 * The rows are copied out of the reader so that no input pays for parsing CSV. */
#define NROWS 12
static char *ini;
static rp_csv *header;
static rp_csv_row rows[NROWS];
static size_t nrows;

static void keep_row(const rp_csv_row *r)
{
    rp_csv_row *k = &rows[nrows++];
    const char **f = calloc(r->n, sizeof *f);
    size_t *len = calloc(r->n, sizeof *len);
    long *line = calloc(r->n, sizeof *line);
    if (!f || !len || !line)
        abort();
    for (size_t i = 0; i < r->n; i++) {
        f[i] = rp_strdup(r->f[i]);
        len[i] = r->len[i];
        line[i] = r->fline[i];
    }
    *k = *r;
    k->f = f;
    k->len = len;
    k->fline = line;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *dir = getenv("RP_FUZZ_PROJECT");
    char *victims = dir ? rp_strfmt("%s/victims.csv", dir) : NULL;
    rp_diag *diag = rp_diag_new();
    rp_csv *c = victims ? rp_csv_open(victims, NULL, 0, diag) : NULL;
    header = victims ? rp_csv_open(victims, NULL, 0, diag) : NULL;
    if (!c || !header) {
        fprintf(stderr, "fuzz_ini: set RP_FUZZ_PROJECT to a project folder with victims.csv "
                        "(fuzz/run.sh makes one)\n");
        exit(2);
    }
    rp_csv_row r;
    while (nrows < NROWS && rp_csv_next(c, &r) > 0)
        keep_row(&r);
    rp_csv_close(c);
    rp_diag_free(diag);
    free(victims);
    ini = rp_strfmt("%s/fuzz-%ld.ini", dir, (long)getpid());
    return 0;
}

static void run_filter(rp_filter *f)
{
    const char *missing;
    if (rp_filter_bind(f, header, &missing) == 0)
        for (size_t i = 0; i < nrows; i++)
            (void)rp_filter_match(f, &rows[i], rp_csv_decimal(header));
    free(rp_filter_text(f));
}

/* Loads in partial mode (as validate does: everything reported, nothing refused) and returns
 * the number of problems. */
static size_t load(int partial)
{
    rp_diag *diag = rp_diag_new();
    if (!diag)
        return 0;
    rp_monitor *m = rp_monitor_load(ini, partial, diag);
    size_t errors = rp_diag_errors(diag);
    if (!m && (partial || errors == 0))
        abort(); /* partial mode never refuses; a refusal always says why */
    for (size_t i = 0; m && i < m->nindicators; i++) {
        if (m->indicators[i].where)
            run_filter(m->indicators[i].where);
        if (m->indicators[i].denominator)
            run_filter(m->indicators[i].denominator);
    }
    rp_monitor_free(m);
    fuzz_print_and_free(diag);
    return errors;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    FILE *f = fopen(ini, "wb");
    if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0)
        abort(); /* the harness itself is broken */
    /* a file without problems must load in full as well */
    if (load(1) == 0 && load(0) != 0)
        abort();
    return 0;
}
