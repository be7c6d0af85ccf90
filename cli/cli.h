/* cli.h - what the subcommands share: finding the dictionaries, printing
 * diagnostics. One file per subcommand; main.c dispatches. */
#ifndef TOCSIN_CLI_H
#define TOCSIN_CLI_H

#include "common/dictload.h"
#include "tocsin/dict.h"

#include <stdio.h>


int cmd_code(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_stories(int argc, char **argv);
int cmd_watch(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_ladder(int argc, char **argv);
int cmd_alerts(int argc, char **argv);
int cmd_eval_alerts(int argc, char **argv);
int cmd_network(int argc, char **argv);
int cmd_chart(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_copy(int argc, char **argv);

#endif
