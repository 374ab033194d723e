/* Command-line options of the subcommands: --name value, --name=value, -o DIR, positional
 * arguments, --help, and usage errors that end the program with status 2. */
#ifndef RP_ARGS_H
#define RP_ARGS_H

#include <stddef.h>

#define RP_EXIT_OK 0
#define RP_EXIT_DATA 1
#define RP_EXIT_USAGE 2
#define RP_EXIT_IO 3

typedef struct rp_opt {
    const char *name;      /* "format", or "o" for a short option */
    const char *arg;       /* NULL for a flag, else the placeholder shown in help ("DIR") */
    const char *help;
} rp_opt;

typedef struct rp_cmd {
    const char *name;
    const char *usage;     /* "PROJECT -o DIR [--year Y]" */
    const char *summary;   /* one sentence */
    const char *details;   /* further help text, or NULL */
    int min_pos, max_pos;  /* positional arguments */
    const rp_opt *opts;    /* terminated by {NULL} */
} rp_cmd;

/* The most options a command may declare and positional arguments it may take; a command
 * table beyond them is refused by rp_args_parse (tests run every command's --help). */
#define RP_ARGS_MAX_OPTS 32
#define RP_ARGS_MAX_POS 8

/* Ownership: values point into argv. */
typedef struct rp_args {
    const rp_cmd *cmd;
    const char *val[RP_ARGS_MAX_OPTS]; /* per option in cmd->opts: its value ("" for a set
                                        * flag) or NULL */
    const char *pos[RP_ARGS_MAX_POS];
    int npos;
} rp_args;

/* Parses argv (after the subcommand name). Returns 0; or prints help (--help) or the version
 * (--version) to stdout and returns -1 (the caller exits 0); or prints a usage error to
 * stderr and returns RP_EXIT_USAGE. */
int rp_args_parse(const rp_cmd *cmd, int argc, char **argv, rp_args *a);
const char *rp_args_get(const rp_args *a, const char *name);   /* NULL when not given */
/* Usage error: prints "rapporteur CMD: message" and the usage line; returns RP_EXIT_USAGE. */
int rp_usage_error(const rp_cmd *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rp_print_help(const rp_cmd *cmd);

/* --format text|csv (and more when allowed): returns 0 text, 1 csv, or -1 after a usage
 * error. */
int rp_args_format(const rp_args *a);
/* The start of every command with --format: rp_args_parse, then rp_args_format. Returns 1 to
 * go on with *fmt set; else 0, and *status is what the command returns (0 after --help). */
int rp_args_begin(const rp_cmd *cmd, int argc, char **argv, rp_args *a, int *fmt, int *status);
/* A number option within [lo, hi]; returns 0, or RP_EXIT_USAGE after saying why. */
int rp_args_double(const rp_args *a, const char *name, double lo, double hi, double *out);
int rp_args_int(const rp_args *a, const char *name, long lo, long hi, long *out);

#endif
