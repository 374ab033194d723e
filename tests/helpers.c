/* Helpers shared by the Check suites. */
#include "tests/helpers.h"
#include "base/buf.h"

#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

char *t_tmpdir(void)
{
    const char *base = getenv("RP_TEST_TMP");
    char *tmpl = rp_strfmt("%s/t-XXXXXX", base ? base : "/tmp");
    if (!tmpl || !mkdtemp(tmpl)) {
        free(tmpl);
        return NULL;
    }
    return tmpl;
}

char *t_write_n(const char *dir, const char *name, const void *data, size_t n)
{
    char *path = rp_strfmt("%s/%s", dir, name);
    FILE *f = path ? fopen(path, "wb") : NULL;
    if (!f) {
        free(path);
        return NULL;
    }
    fwrite(data, 1, n, f);
    fclose(f);
    return path;
}

char *t_write(const char *dir, const char *name, const char *text)
{
    return t_write_n(dir, name, text, strlen(text));
}

char *t_read(const char *path, size_t *len)
{
    rp_buf b;
    rp_buf_init(&b);
    if (rp_buf_read_file(&b, path) != 0) {
        rp_buf_free(&b);
        return NULL;
    }
    if (len)
        *len = b.len;
    return rp_buf_steal(&b);
}

char *t_src(const char *rel)
{
    const char *top = getenv("RP_TOP");
    return rp_strfmt("%s/%s", top ? top : ".", rel);
}

char *t_sh(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rp_buf cmd;
    rp_buf_init(&cmd);
    rp_buf_vprintf(&cmd, fmt, ap);
    va_end(ap);
    FILE *p = popen(rp_buf_str(&cmd), "r");
    rp_buf out;
    rp_buf_init(&out);
    if (p) {
        rp_buf_read_stream(&out, p);
        pclose(p);
    }
    rp_buf_free(&cmd);
    return rp_buf_steal(&out);
}

int t_has(const char *haystack, const char *needle)
{
    return haystack && needle && strstr(haystack, needle) != NULL;
}

int t_run(const char *dir, const char *args, char **out, char **err)
{
    const char *bin = getenv("RP_BIN");
    const char *vg = getenv("RP_VALGRIND");
    char *tmp = t_tmpdir();
    char *o = rp_strfmt("%s/stdout", tmp), *e = rp_strfmt("%s/stderr", tmp);
    const char *top = getenv("RP_TOP");
    char *valgrind = vg && *vg ? rp_strfmt("valgrind -q --leak-check=full --show-leak-kinds=definite "
                                           "--errors-for-leak-kinds=definite --error-exitcode=99 "
                                           "--suppressions='%s/tools/valgrind.supp' ",
                                           top ? top : ".")
                               : rp_strdup("");
    char *cmd = rp_strfmt("cd '%s' && %s'%s' %s >'%s' 2>'%s'", dir ? dir : ".", valgrind,
                          bin ? bin : "rapporteur", args, o, e);
    free(valgrind);
    int st = system(cmd);
    int status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    if (out)
        *out = t_read(o, NULL);
    if (err)
        *err = t_read(e, NULL);
    unlink(o);
    unlink(e);
    rmdir(tmp);
    free(o);
    free(e);
    free(cmd);
    free(tmp);
    return status;
}

void t_text_eq(const char *got, const char *expected, const char *file, int line)
{
    if (got && expected && strcmp(got, expected) == 0)
        return;
    size_t i = 0;
    while (got && expected && got[i] && got[i] == expected[i])
        i++;
    fprintf(stderr, "%s:%d: texts differ at byte %zu\n--- expected:\n%s\n--- got:\n%s\n---\n",
            file, line, i, expected ? expected : "(null)", got ? got : "(null)");
    ck_abort_msg("%s:%d: text differs at byte %zu: expected \"%.60s\", got \"%.60s\"", file,
                 line, i, expected ? expected + i : "(null)", got ? got + i : "(null)");
}
