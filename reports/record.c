/* Writes an edition of a run into the project's editions folder, whole or not at all. */
#include "words/numfmt.h"
#include "reports/record.h"
#include "reports/report.h"
#include "base/csvwrite.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The run's rows: what it was, when, which program, and the settings its marks depend on. */
static int run_rows(rp_cells *l, const rp_project *p, const rp_record_info *info)
{
    char date[11], epoch[32];
    rp_edition_date(info->epoch, date);
    snprintf(epoch, sizeof epoch, "%lld", info->epoch);
    struct {
        const char *field;
        double value;
        int year;
        const char *text;
    } rows[] = {
        {"format", RP_EDITION_FORMAT, 0, NULL},
        {"kind", NAN, 0, rp_ed_kind_name(info->kind)},
        {"date", NAN, 0, date},
        {"epoch", (double)info->epoch, 0, NULL},
        {"year", info->year, 0, NULL},
        {"period", NAN, 0, info->period},
        {"version", NAN, 0, RP_VERSION},
        {"language", NAN, 0, rp_fmt_lang_code(p->m->lang)},
        {"title", NAN, 0, p->m->title},
        {"confidence", info->confidence, 0, NULL},
        {"suppress_below", p->m->suppress_below, 0, NULL},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        if (!strcmp(rows[i].field, "period") && !rows[i].text)
            continue;
        rp_pcell c = {RP_PT_EDITION, "", rows[i].year, "", NAN, (char *)rows[i].field,
                      rows[i].value, RP_PM_SHOWN, 0, (char *)rows[i].text, 0};
        if (rp_cells_add(l, &c))
            return -1;
    }
    return 0;
}

/* The keyed checksums of the inputs (manifest.sha256's lines "HEX  FILE"); none without the
 * project's key. */
static int manifest_rows(rp_cells *l, const rp_project *p)
{
    char *text = rp_manifest(p);
    if (!text)
        return -1;
    int r = 0;
    for (char *line = strtok(text, "\n"); line && !r; line = strtok(NULL, "\n")) {
        char *sep = strstr(line, "  ");
        if (line[0] == '#' || !sep)
            continue;
        *sep = '\0';
        rp_pcell c = {RP_PT_MANIFEST, "", 0, sep + 2, NAN, "hmac-sha256", NAN, RP_PM_SHOWN, 0,
                      line, 0};
        r = rp_cells_add(l, &c);
    }
    free(text);
    return r;
}

static void write_cell(rp_csvw *w, const rp_pcell *c)
{
    char flags[8];
    rp_csvw_text(w, rp_ptable_name(c->table));
    rp_csvw_text(w, c->item);
    if (c->year)
        rp_csvw_int(w, c->year);
    else
        rp_csvw_empty(w);
    rp_csvw_text(w, c->key);
    rp_csvw_num(w, c->followup);
    rp_csvw_text(w, c->field);
    /* never a hidden value, whatever a caller left in the cell */
    rp_csvw_num(w, c->mark == RP_PM_SHOWN ? c->value : NAN);
    rp_csvw_text(w, rp_pmark_name(c->mark));
    rp_pflags_letters(c->flags, flags);
    rp_csvw_text(w, flags);
    rp_csvw_text(w, c->text);
    rp_csvw_end(w);
}

int rp_record_write(FILE *f, const rp_project *p, const rp_cells *cells,
                    const rp_record_info *info)
{
    rp_cells all = {0};
    int r = run_rows(&all, p, info) || manifest_rows(&all, p) ? -1 : 0;
    for (size_t i = 0; r == 0 && i < cells->n; i++)
        if (cells->c[i].table > RP_PT_MANIFEST)
            r = rp_cells_add(&all, &cells->c[i]);
    if (r == 0) {
        rp_cells_sort(&all);
        rp_csvw w;
        rp_csvw_init(&w, f, ',', '.');
        rp_csvw_header(&w, "table,item,year,key,followup,field,value,mark,flags,text");
        for (size_t i = 0; i < all.n; i++)
            write_cell(&w, &all.c[i]);
        r = ferror(f) ? -1 : 0;
    }
    rp_cells_free(&all);
    return r;
}

struct rp_record {
    char *tmp, *path, *dir;
};

void rp_record_discard(rp_record *r)
{
    if (!r)
        return;
    if (r->tmp)
        unlink(r->tmp);
    free(r->tmp);
    free(r->path);
    free(r->dir);
    free(r);
}

const char *rp_record_path(const rp_record *r) { return r->path; }

/* The staged file's names, and the folder made when missing. NULL with why in err. */
static rp_record *names(const rp_project *p, const rp_record_info *info, char *err, size_t n)
{
    char name[64];
    rp_edition_name(info->kind, info->epoch, info->period, name, sizeof name);
    rp_record *r = calloc(1, sizeof *r);
    if (!r)
        return snprintf(err, n, "out of memory"), NULL;
    r->dir = rp_strfmt("%s/editions", p->m->dir);
    r->path = r->dir ? rp_strfmt("%s/%s.csv", r->dir, name) : NULL;
    char *tmp = r->dir ? rp_strfmt("%s/.%s.csv.%ld", r->dir, name, (long)getpid()) : NULL;
    if (!r->path || !tmp) {
        snprintf(err, n, "out of memory");
        free(tmp);
        rp_record_discard(r);
        return NULL;
    }
    if (mkdir(r->dir, 0777) != 0 && errno != EEXIST) {
        snprintf(err, n, "cannot make %s: %s", r->dir, strerror(errno));
        free(tmp);
        rp_record_discard(r);
        return NULL;
    }
    /* a file of this name is a run of this process id that died: never anyone's edition */
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
    if (fd < 0 && errno == EEXIST && unlink(tmp) == 0)
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
    if (fd < 0) {
        snprintf(err, n, "cannot write in %s: %s", r->dir, strerror(errno));
        free(tmp);
        rp_record_discard(r);
        return NULL;
    }
    close(fd);
    r->tmp = tmp; /* from here on, discarding removes it */
    return r;
}

rp_record *rp_record_stage(const rp_project *p, const rp_cells *cells, const rp_record_info *info,
                           char *err, size_t n)
{
    rp_record *r = names(p, info, err, n);
    if (!r)
        return NULL;
    FILE *f = fopen(r->tmp, "w");
    int bad = !f || rp_record_write(f, p, cells, info) || fflush(f) || fsync(fileno(f));
    if ((f && fclose(f) != 0) || bad) {
        snprintf(err, n, "cannot write %s (is the disk full?)", r->path);
        rp_record_discard(r);
        return NULL;
    }
    return r;
}

int rp_record_commit(rp_record *r, char *err, size_t n)
{
    int rc = rename(r->tmp, r->path);
    if (rc != 0) {
        snprintf(err, n, "cannot record %s: %s", r->path, strerror(errno));
        rp_record_discard(r);
        return -1;
    }
    free(r->tmp);
    r->tmp = NULL;
    int dfd = open(r->dir, O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) { /* the rename itself survives a crash */
        fsync(dfd);
        close(dfd);
    }
    rp_record_discard(r);
    return 0;
}
