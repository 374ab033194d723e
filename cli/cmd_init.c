/* rapporteur init DIR: writes the example monitor project into a new folder. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/example.h"
#include "base/buf.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const rp_opt opts[] = {{NULL, NULL, NULL}};

static const rp_cmd spec = {
    "init", "DIR",
    "Writes a working monitor project (monitor.ini and its CSV files, a copy of the bundled "
    "illustrative example) into DIR, which must not exist yet or be empty.",
    "The example is illustrative, not official statistics. Edit monitor.ini and replace the "
    "CSV files with your own exports; then run: rapporteur validate DIR",
    1, 1, opts};

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

static int write_file(const char *dir, const rp_embedded_file *f)
{
    char *path = rp_strfmt("%s/%s", dir, f->name);
    FILE *out = path ? fopen(path, "wb") : NULL;
    int ok = out && fwrite(f->data, 1, f->size, out) == f->size;
    if (out && fclose(out) != 0)
        ok = 0;
    if (!ok)
        fprintf(stderr, "rapporteur init: cannot write %s: %s\n", path ? path : f->name,
                strerror(errno));
    free(path);
    return ok ? 0 : -1;
}

static void remove_tree(const char *dir)
{
    for (size_t i = 0; i < rp_example_nfiles; i++) {
        char *p = rp_strfmt("%s/%s", dir, rp_example_files[i].name);
        if (p)
            unlink(p);
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
    struct stat st;
    int exists = stat(dir, &st) == 0;
    if (exists && (!S_ISDIR(st.st_mode) || !is_empty_dir(dir)))
        return rp_usage_error(&spec, "%s already exists and is not an empty folder; choose a "
                              "new one", dir);
    /* write into a sibling folder and rename it at the end: no half-written project */
    char *tmp = rp_strfmt("%s.tmp-%ld", dir, (long)getpid());
    if (!tmp || mkdir(tmp, 0777) != 0) {
        fprintf(stderr, "rapporteur init: cannot create %s: %s\n", tmp ? tmp : dir,
                strerror(errno));
        free(tmp);
        return RP_EXIT_IO;
    }
    for (size_t i = 0; i < rp_example_nfiles; i++)
        if (write_file(tmp, &rp_example_files[i])) {
            remove_tree(tmp);
            free(tmp);
            return RP_EXIT_IO;
        }
    if ((exists && rmdir(dir) != 0) || rename(tmp, dir) != 0) {
        fprintf(stderr, "rapporteur init: cannot create %s: %s\n", dir, strerror(errno));
        remove_tree(tmp);
        free(tmp);
        return RP_EXIT_IO;
    }
    free(tmp);
    printf("Wrote the example monitor project to %s (%zu files; illustrative data, not official "
           "statistics).\nNext: rapporteur validate %s\n", dir, rp_example_nfiles, dir);
    return RP_EXIT_OK;
}
