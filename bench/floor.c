/* The parse floor of tabulate: libcsv over a file with callbacks that do nothing, split over
 * the same byte ranges as tabulate (rp_csv_split) on one thread each, reading in the same
 * 64 KiB chunks. What a tabulate of this design cannot beat: make bench sets it beside the
 * real thing. Usage: floor FILE [THREADS] (prints the records seen). */
#include "datasets/csvfile.h"

#include <csv.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
    const char *path;
    long long start, end;
    long records;
} part;

static void on_field(void *s, size_t len, void *data)
{
    (void)s;
    (void)len;
    (void)data;
}

static void on_row(int term, void *data)
{
    (void)term;
    ((part *)data)->records++;
}

static void *parse(void *arg)
{
    part *p = arg;
    FILE *f = fopen(p->path, "rb");
    static __thread unsigned char buf[65536];
    struct csv_parser cp;
    if (!f || csv_init(&cp, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
        return NULL;
    csv_set_delim(&cp, ';');
    fseeko(f, p->start, SEEK_SET);
    long long left = p->end - p->start;
    while (left > 0) {
        size_t n = fread(buf, 1, left < (long long)sizeof buf ? (size_t)left : sizeof buf, f);
        if (n == 0)
            break;
        csv_parse(&cp, buf, n, on_field, on_row, p);
        left -= (long long)n;
    }
    csv_fini(&cp, on_field, on_row, p);
    csv_free(&cp);
    fclose(f);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: floor FILE [THREADS]\n");
        return 2;
    }
    size_t threads = argc > 2 ? (size_t)atoi(argv[2]) : 2;
    if (threads < 1 || threads > 16)
        threads = 1;
    long long off[17];
    long line[17];
    size_t k = rp_csv_split(argv[1], 1, threads, off, line);
    if (k == 0)
        return 3;
    part p[16];
    pthread_t tid[16];
    for (size_t i = 0; i < k; i++) {
        p[i] = (part){argv[1], off[i], off[i + 1], 0};
        pthread_create(&tid[i], NULL, parse, &p[i]);
    }
    long total = 0;
    for (size_t i = 0; i < k; i++) {
        pthread_join(tid[i], NULL);
        total += p[i].records;
    }
    printf("%ld\n", total);
    return 0;
}
