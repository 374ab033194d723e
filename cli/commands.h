/* The subcommands of rapporteur; each returns the process exit status (cli/args.h). */
#ifndef RP_COMMANDS_H
#define RP_COMMANDS_H

int rp_cmd_init(int argc, char **argv);
int rp_cmd_validate(int argc, char **argv);
int rp_cmd_tabulate(int argc, char **argv);
int rp_cmd_ci(int argc, char **argv);
int rp_cmd_trend(int argc, char **argv);
int rp_cmd_recidivism(int argc, char **argv);
int rp_cmd_regions(int argc, char **argv);
int rp_cmd_targets(int argc, char **argv);
int rp_cmd_baseline(int argc, char **argv);
int rp_cmd_charts(int argc, char **argv);
int rp_cmd_report(int argc, char **argv);
int rp_cmd_estimate(int argc, char **argv);

#endif
