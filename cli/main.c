/* rapporteur: dispatches to the subcommands. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "datasets/project.h"

#include <errno.h>
#include <gsl/gsl_errno.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *name;
    int (*run)(int, char **);
    const char *summary;
} command;

static const command commands[] = {
    {"init", rp_cmd_init, "write the example monitor project into a new folder"},
    {"validate", rp_cmd_validate, "check every file of a project and list all problems"},
    {"tabulate", rp_cmd_tabulate, "count the rows of a CSV file by columns"},
    {"ci", rp_cmd_ci, "one confidence interval, for quick checks"},
    {"trend", rp_cmd_trend, "the trend of one series: poisson, linear, mk, joinpoint"},
    {"recidivism", rp_cmd_recidivism, "Kaplan-Meier prevalence of reoffending at 2, 5, 7 years"},
    {"regions", rp_cmd_regions, "rates per region, funnel limits, heterogeneity, concentration"},
    {"targets", rp_cmd_targets, "every target: baseline, progress, category, SMART audit"},
    {"estimate", rp_cmd_estimate, "the hidden number of victims by multiple systems estimation"},
    {"charts", rp_cmd_charts, "every chart as PNG, SVG and PDF with its data and script"},
    {"baseline", rp_cmd_baseline, "the nulmeting: baseline, required change, SMART audit"},
    {"report", rp_cmd_report, "the yearly monitor as PDF, HTML, tables and charts"},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: rapporteur COMMAND [ARGS] (rapporteur help COMMAND for more)\n\n"
               "Indicators, trends, targets, charts and reports for the monitor of a national "
               "rapporteur\non human trafficking.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\nEvery command takes --help and --version; rapporteur help COMMAND is COMMAND "
               "--help.\n");
}

/* "rapporteur help CMD" is "rapporteur CMD --help". */
static int help_of(int argc, char **argv)
{
    for (size_t i = 0; argc == 1 && i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(argv[0], commands[i].name)) {
            char *help[] = {"--help", NULL};
            return commands[i].run(1, help);
        }
    if (argc == 1)
        rp_cli_msg(rp_cli_locale_lang(), "help", "unknown command \"%s\"", argv[0]);
    else
        rp_cli_msg(rp_cli_locale_lang(), "help", "one command at a time");
    usage(stderr);
    return RP_EXIT_USAGE;
}

int main(int argc, char **argv)
{
    /* numbers in files and pipes always use '.', whatever the user's locale */
    setlocale(LC_ALL, "C");
    gsl_set_error_handler_off();
    signal(SIGPIPE, SIG_IGN);
    if (argc < 2) {
        usage(stderr);
        return RP_EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
        (!strcmp(argv[1], "help") && argc == 2)) {
        usage(stdout);
        return RP_EXIT_OK;
    }
    if (!strcmp(argv[1], "help")) /* help CMD: that command's own help */
        return help_of(argc - 2, argv + 2);
    long long epoch;
    if (rp_epoch_env(&epoch) < 0) {
        rp_cli_msg(rp_cli_locale_lang(), NULL, "SOURCE_DATE_EPOCH=%.40s is not a time; expected "
                   "whole seconds since 1970-01-01 UTC, from 0 to %lld (9999-12-31)",
                   getenv("SOURCE_DATE_EPOCH"), RP_EPOCH_MAX);
        return RP_EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("rapporteur %s\n", RP_VERSION);
        return RP_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(argv[1], commands[i].name)) {
            int r = commands[i].run(argc - 2, argv + 2);
            if (fflush(stdout) != 0 && r == RP_EXIT_OK) {
                rp_cli_msg(rp_cli_locale_lang(), NULL, "writing output: %s", strerror(errno));
                return RP_EXIT_IO;
            }
            return r;
        }
    rp_cli_msg(rp_cli_locale_lang(), NULL, "unknown command \"%s\"", argv[1]);
    usage(stderr);
    return RP_EXIT_USAGE;
}
