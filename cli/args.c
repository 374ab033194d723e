/* Command-line options of the subcommands. */
#include "cli/args.h"
#include "cli/common.h"
#include "base/value.h"
#include "words/word_diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif

static int find_opt(const rp_cmd *cmd, const char *name, size_t len)
{
    for (int i = 0; cmd->opts && cmd->opts[i].name; i++)
        if (strlen(cmd->opts[i].name) == len && !strncmp(cmd->opts[i].name, name, len))
            return i;
    return -1;
}

void rp_print_help(const rp_cmd *cmd)
{
    printf("usage: rapporteur %s %s\n\n%s\n", cmd->name, cmd->usage, cmd->summary);
    if (cmd->details)
        printf("\n%s\n", cmd->details);
    printf("\noptions:\n");
    for (int i = 0; cmd->opts && cmd->opts[i].name; i++) {
        const rp_opt *o = &cmd->opts[i];
        char left[64];
        snprintf(left, sizeof left, "%s%s%s%s", strlen(o->name) == 1 ? "-" : "--", o->name,
                 o->arg ? " " : "", o->arg ? o->arg : "");
        printf("  %-24s %s\n", left, o->help);
    }
    printf("  %-24s %s\n", "--help", "show this help");
    printf("  %-24s %s\n", "--version", "show the program's version");
}

/* In the locale's language: a usage error comes before any project is known. */
int rp_usage_error(const rp_cmd *cmd, const char *fmt, ...)
{
    rp_lang lang = rp_cli_locale_lang();
    va_list ap;
    fprintf(stderr, "rapporteur %s: ", cmd->name);
    va_start(ap, fmt);
    vfprintf(stderr, rp_word_msg(fmt, lang), ap);
    va_end(ap);
    fputc('\n', stderr);
    char *usage = rp_word_msgf(lang, "usage: rapporteur %s %s (--help for more)", cmd->name,
                               cmd->usage);
    fprintf(stderr, "%s\n", usage ? usage : cmd->usage);
    free(usage);
    return RP_EXIT_USAGE;
}

int rp_args_parse(const rp_cmd *cmd, int argc, char **argv, rp_args *a)
{
    memset(a, 0, sizeof *a);
    a->cmd = cmd;
    int only_pos = 0, nopts = 0;
    while (cmd->opts && cmd->opts[nopts].name)
        nopts++;
    if (nopts > RP_ARGS_MAX_OPTS || cmd->max_pos > RP_ARGS_MAX_POS) {
        rp_cli_msg(rp_cli_locale_lang(), cmd->name, "internal error: more than %d options or "
                   "%d arguments declared", RP_ARGS_MAX_OPTS, RP_ARGS_MAX_POS);
        return RP_EXIT_IO;
    }
    for (int i = 0; i < argc; i++) {
        const char *s = argv[i];
        if (only_pos || s[0] != '-' || s[1] == '\0') {
            if (a->npos >= cmd->max_pos)
                return rp_usage_error(cmd, "unexpected argument \"%s\"", s);
            a->pos[a->npos++] = s;
            continue;
        }
        if (!strcmp(s, "--")) {
            only_pos = 1;
            continue;
        }
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) {
            rp_print_help(cmd);
            return -1;
        }
        if (!strcmp(s, "--version")) { /* the version from any command, as from none */
            printf("rapporteur %s\n", RP_VERSION);
            return -1;
        }
        const char *name = s + (s[1] == '-' ? 2 : 1);
        const char *eq = strchr(name, '=');
        size_t len = eq ? (size_t)(eq - name) : strlen(name);
        int k = find_opt(cmd, name, len);
        /* one-letter options may be written -o or --o; longer ones need -- */
        if (k < 0 || (s[1] != '-' && strlen(cmd->opts[k].name) != 1))
            return rp_usage_error(cmd, "unknown option %.*s", (int)(len + (name - s)), s);
        const rp_opt *o = &cmd->opts[k];
        if (!o->arg) {
            if (eq)
                return rp_usage_error(cmd, "option --%s takes no value", o->name);
            a->val[k] = "";
        } else if (eq) {
            a->val[k] = eq + 1;
        } else if (i + 1 < argc) {
            a->val[k] = argv[++i];
        } else {
            return rp_usage_error(cmd, "option %s needs a value (%s)", s, o->arg);
        }
    }
    if (a->npos < cmd->min_pos)
        return rp_usage_error(cmd, "missing argument");
    return 0;
}

const char *rp_args_get(const rp_args *a, const char *name)
{
    int k = find_opt(a->cmd, name, strlen(name));
    return k < 0 ? NULL : a->val[k];
}

int rp_args_format(const rp_args *a)
{
    const char *f = rp_args_get(a, "format");
    if (!f || !strcmp(f, "text"))
        return 0;
    if (!strcmp(f, "csv"))
        return 1;
    rp_usage_error(a->cmd, "--format %s: expected text or csv", f);
    return -1;
}

int rp_args_double(const rp_args *a, const char *name, double lo, double hi, double *out)
{
    const char *s = rp_args_get(a, name);
    if (!s)
        return 0;
    if (rp_parse_double(s, '.', out) || !(*out >= lo && *out <= hi))
        return rp_usage_error(a->cmd, "--%s %s: expected a number from %g to %g", name, s, lo,
                              hi);
    return 0;
}

int rp_args_int(const rp_args *a, const char *name, long lo, long hi, long *out)
{
    const char *s = rp_args_get(a, name);
    if (!s)
        return 0;
    if (rp_parse_long(s, out) || *out < lo || *out > hi)
        return rp_usage_error(a->cmd, "--%s %s: expected a whole number from %ld to %ld", name,
                              s, lo, hi);
    return 0;
}

int rp_args_begin(const rp_cmd *cmd, int argc, char **argv, rp_args *a, int *fmt, int *status)
{
    int r = rp_args_parse(cmd, argc, argv, a);
    *fmt = 0;
    if (r) {
        *status = r < 0 ? RP_EXIT_OK : r;
        return 0;
    }
    *fmt = rp_args_format(a);
    *status = *fmt < 0 ? RP_EXIT_USAGE : RP_EXIT_OK;
    return *fmt >= 0;
}
