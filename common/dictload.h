/* dictload.h - what every front end (the CLI, the HTTP server) shares about the
 * dictionaries: where they are, loading them, printing diagnostics. */
#ifndef TOCSIN_COMMON_DICTLOAD_H
#define TOCSIN_COMMON_DICTLOAD_H

#include "tocsin/dict.h"

/* Where the dictionaries are: --dict, $TOCSIN_DICT, the installed folder, or
 * dict/ next to the build. Never NULL. */
const char *cli_dict_dir(const char *given);

/* rel ("/../dict", "/map/countries.dat") appended to the folder of the
 * running executable, into buf; NULL when that path cannot be made. */
const char *cli_beside_exe(const char *rel, char *buf, size_t cap);

/* Loads the dictionaries or prints why not; NULL on failure. */
tocsin_dict *cli_load_dict(const char *given, int quiet_warnings);

/* --dict-add FILE (repeatable) and --dict-add-first, taken out of any
 * command's arguments by cli_take_dict_add before the command parses the
 * rest; cli_load_dict merges the files (see doc/dictionaries.md). */
#define CLI_MAX_DICT_ADD 64
extern const char *cli_dict_add[CLI_MAX_DICT_ADD];
extern size_t cli_ndict_add;
extern int cli_dict_add_first;
/* Removes the options above from argv (argv[0] is kept); -1 on a bad one. */
int cli_take_dict_add(int *argc, char **argv);

/* Prints "tocsin: file:line: message" to stderr (thread-safe). */
void cli_diag(void *ud, const tocsin_error *e);

/* counts diagnostics printed by cli_diag */
extern unsigned long cli_diag_count;

extern const char *cli_prog;

#endif
