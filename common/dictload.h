/* dictload.h - what every front end (the CLI, the HTTP server) shares about the
 * dictionaries: where they are, loading them, printing diagnostics. */
#ifndef TOCSIN_COMMON_DICTLOAD_H
#define TOCSIN_COMMON_DICTLOAD_H

#include "tocsin/dict.h"

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
