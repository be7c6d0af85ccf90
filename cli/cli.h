/* cli.h - what the subcommands share: finding the dictionaries, printing
 * diagnostics. One file per subcommand; main.c dispatches. */
#ifndef TOCSIN_CLI_H
#define TOCSIN_CLI_H

#include "tocsin/dict.h"

#include <stdio.h>

#define TOCSIN_CLI_VERSION "0.1.0"

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
int cmd_network(int argc, char **argv);
int cmd_chart(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_serve(int argc, char **argv);

/* Where the dictionaries are: --dict, $TOCSIN_DICT, the installed folder, or
 * dict/ next to the build. Never NULL. */
const char *cli_dict_dir(const char *given);

/* Loads the dictionaries or prints why not; NULL on failure. */
tocsin_dict *cli_load_dict(const char *given, int quiet_warnings);

/* Prints "tocsin: file:line: message" to stderr (thread-safe). */
void cli_diag(void *ud, const tocsin_error *e);

/* counts diagnostics printed by cli_diag */
extern unsigned long cli_diag_count;

extern const char *cli_prog;

#endif
