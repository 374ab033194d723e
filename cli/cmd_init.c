/* rapporteur init DIR: writes the example monitor project into a new folder. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/example.h"
#include "base/buf.h"
#include "datasets/keyfile.h"
#include "words/phrases.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const rp_opt opts[] = {
    {"key", NULL, "only give the existing project DIR its secret key (monitor.key), if it has "
                  "none"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "init", "DIR [--key]",
    "Writes a working monitor project (monitor.ini and its CSV files, the rapporteur's own "
    "text in text/, a copy of the bundled illustrative example, and the project's secret key "
    "monitor.key) into DIR, which must not exist yet or be empty. With --key, gives an "
    "existing project its key.",
    "The example is illustrative, not official statistics. Edit monitor.ini and replace the "
    "CSV files with your own exports; then run: rapporteur validate DIR\n"
    "monitor.key keys the checksums in manifest.sha256 and the order in which disclosure "
    "control picks covering cells: keep it with the project, never publish it.",
    1, 1, opts};

/* The project's secret, beside monitor.ini. */
static int write_key(const char *dir, rp_lang lang)
{
    unsigned char key[RP_KEY_BYTES];
    char why[256];
    rp_diag *d = rp_cli_diag(lang);
    int r = rp_key_create(dir, key, d, why, sizeof why);
    rp_diag_free(d);
    if (r == 0)
        return 0;
    rp_cli_msg(lang, "init", "%s", why);
    return -1;
}

/* init --key: an existing project gets a key; one that has a key keeps it. */
static int add_key(const char *dir)
{
    unsigned char key[RP_KEY_BYTES];
    char why[256];
    char *ini = rp_strfmt("%s/monitor.ini", dir);
    struct stat st;
    int project = ini && stat(ini, &st) == 0;
    free(ini);
    if (!project)
        return rp_usage_error(&spec, "%s has no monitor.ini; expected a project folder", dir);
    rp_lang lang = rp_cli_lang(dir);
    rp_diag *d = rp_cli_diag(lang);
    int r = rp_key_read(dir, key, d, why, sizeof why);
    rp_diag_free(d);
    if (r > 0)
        rp_cli_msg(lang, "init", "the project has a key already: kept as it is");
    else if (r < 0)
        rp_cli_msg(lang, "init", "%s", why);
    if (r != 0)
        return r > 0 ? RP_EXIT_OK : RP_EXIT_DATA;
    if (write_key(dir, lang))
        return RP_EXIT_IO;
    printf(RP_PH(lang, RP_PH_INIT_KEY), dir, RP_KEY_FILE);
    return RP_EXIT_OK;
}

static int is_empty_dir(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return 0;
    struct dirent *e;
    int empty = 1;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            empty = 0;
    closedir(d);
    return empty;
}

/* The folder of a file below the project (text/), made when it is not there yet. */
static int make_parent(const char *dir, const char *name, rp_lang lang)
{
    const char *slash = strrchr(name, '/');
    if (!slash)
        return 0;
    char *sub = rp_strfmt("%s/%.*s", dir, (int)(slash - name), name);
    int r = sub && (mkdir(sub, 0777) == 0 || errno == EEXIST) ? 0 : -1;
    if (r)
        rp_cli_msg(lang, "init", "cannot create %s: %s", sub ? sub : name, strerror(errno));
    free(sub);
    return r;
}

static int write_file(const char *dir, const rp_embedded_file *f, rp_lang lang)
{
    if (make_parent(dir, f->name, lang))
        return -1;
    char *path = rp_strfmt("%s/%s", dir, f->name);
    FILE *out = path ? fopen(path, "wb") : NULL;
    int ok = out && fwrite(f->data, 1, f->size, out) == f->size;
    if (out && fclose(out) != 0)
        ok = 0;
    if (!ok)
        rp_cli_msg(lang, "init", "cannot write %s: %s", path ? path : f->name, strerror(errno));
    free(path);
    return ok ? 0 : -1;
}

static void remove_tree(const char *dir)
{
    char *key = rp_strfmt("%s/%s", dir, RP_KEY_FILE);
    if (key)
        unlink(key);
    free(key);
    for (size_t i = 0; i < rp_example_nfiles; i++) {
        const char *name = rp_example_files[i].name, *slash = strrchr(name, '/');
        char *p = rp_strfmt("%s/%s", dir, name);
        if (p)
            unlink(p);
        free(p);
        p = slash ? rp_strfmt("%s/%.*s", dir, (int)(slash - name), name) : NULL;
        if (p)
            rmdir(p); /* once it is empty */
        free(p);
    }
    rmdir(dir);
}

int rp_cmd_init(int argc, char **argv)
{
    rp_args a;
    int r = rp_args_parse(&spec, argc, argv, &a);
    if (r)
        return r < 0 ? RP_EXIT_OK : r;
    const char *dir = a.pos[0];
    if (rp_args_get(&a, "key"))
        return add_key(dir);
    rp_lang lang = rp_cli_locale_lang(); /* no project yet */
    struct stat st;
    int exists = stat(dir, &st) == 0;
    if (exists && (!S_ISDIR(st.st_mode) || !is_empty_dir(dir)))
        return rp_usage_error(&spec, "%s already exists and is not an empty folder; choose a "
                              "new one", dir);
    /* write into a sibling folder and rename it at the end: no half-written project */
    char *tmp = rp_strfmt("%s.tmp-%ld", dir, (long)getpid());
    if (!tmp || mkdir(tmp, 0777) != 0) {
        rp_cli_msg(lang, "init", "cannot create %s: %s", tmp ? tmp : dir, strerror(errno));
        free(tmp);
        return RP_EXIT_IO;
    }
    for (size_t i = 0; i <= rp_example_nfiles; i++)
        if (i < rp_example_nfiles ? write_file(tmp, &rp_example_files[i], lang)
                                  : write_key(tmp, lang)) {
            remove_tree(tmp);
            free(tmp);
            return RP_EXIT_IO;
        }
    if ((exists && rmdir(dir) != 0) || rename(tmp, dir) != 0) {
        rp_cli_msg(lang, "init", "cannot create %s: %s", dir, strerror(errno));
        remove_tree(tmp);
        free(tmp);
        return RP_EXIT_IO;
    }
    free(tmp);
    printf(RP_PH(lang, RP_PH_INIT_WROTE), dir, rp_example_nfiles, dir);
    return RP_EXIT_OK;
}
