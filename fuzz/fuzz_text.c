/* libFuzzer harness: any bytes as a Markdown file of a project's text/ (the introduction, the
 * key findings or an indicator's commentary, by the first byte), read as validate reads it:
 * cmark's tree into blocks, citations found with their places, links checked. Checks that no
 * link the reader keeps leads anywhere but http, https or mailto. */
#include "base/buf.h"
#include "datasets/text.h"

#include "fuzz/common.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

static char *dir;

static void write_file(const char *name, const void *data, size_t n)
{
    char *path = rp_strfmt("%s/%s", dir, name);
    FILE *f = path ? fopen(path, "wb") : NULL;
    if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0)
        abort();
    free(path);
}

static void cleanup(void)
{
    static const char *const files[] = {"monitor.ini", "v.csv", "text/inleiding.md",
                                        "text/findings.md", "text/v.en.md", "text", ""};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char *path = rp_strfmt("%s/%s", dir, files[i]);
        if (path)
            remove(path); /* the folders last, once empty */
        free(path);
    }
}

/* A project of its own per worker: monitor.ini with an indicator v and its data, removed
 * when the worker ends. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    dir = rp_strfmt("%s/rapporteur-fuzz-text-%ld", tmp && *tmp ? tmp : "/tmp", (long)getpid());
    char *text = dir ? rp_strfmt("%s/text", dir) : NULL;
    if (!text || (mkdir(dir, 0700) != 0 && access(dir, W_OK) != 0) ||
        (mkdir(text, 0700) != 0 && access(text, W_OK) != 0))
        abort();
    free(text);
    static const char ini[] = "[monitor]\ntitle = T\n[dataset v]\nfile = v.csv\n"
                              "[indicator v]\ntitle = V\ndataset = v\n";
    static const char csv[] = "jaar;aantal\n2020;10\n2021;12\n";
    write_file("monitor.ini", ini, sizeof ini - 1);
    write_file("v.csv", csv, sizeof csv - 1);
    atexit(cleanup);
    return 0;
}

static int safe(const char *href)
{
    return !strncasecmp(href, "http://", 7) || !strncasecmp(href, "https://", 8) ||
           !strncasecmp(href, "mailto:", 7);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    static const char *const names[] = {"text/inleiding.md", "text/findings.md", "text/v.en.md"};
    const char *name = names[n ? data[0] % 3 : 0];
    for (size_t i = 0; i < 3; i++) {
        char *path = rp_strfmt("%s/%s", dir, names[i]);
        unlink(path);
        free(path);
    }
    write_file(name, n ? data + 1 : data, n ? n - 1 : 0);
    rp_diag *diag = rp_diag_new();
    rp_monitor *m = rp_monitor_load(dir, 1, diag);
    rp_texts *t = m ? rp_texts_load(m, diag) : NULL;
    for (size_t i = 0; t && i < t->n; i++)
        for (size_t j = 0; j < t->f[i].n; j++)
            for (size_t k = 0; k < t->f[i].b[j].nruns; k++) {
                const rp_trun *r = &t->f[i].b[j].runs[k];
                if ((r->href && !safe(r->href)) || !r->text)
                    abort();
            }
    rp_texts_free(t);
    rp_monitor_free(m);
    fuzz_print_and_free(diag);
    return 0;
}
