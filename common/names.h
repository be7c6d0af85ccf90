/* names.h - the names of actor and CAMEO codes for every front end: the
 * table is loaded once, on first use, from the dictionaries' folder
 * (dict/names, through tocsin_names_load). Without it the front ends show the
 * bare codes, as before. Thread-safe after the first call. */
#ifndef TOCSIN_COMMON_NAMES_H
#define TOCSIN_COMMON_NAMES_H

#include "tocsin/dict.h"

#include <stddef.h>

/* Where to load the names from (a --dict given on the command line); call
 * before the first fe_names(). NULL: cli_dict_dir's search. */
void fe_names_dir(const char *dictdir);

/* The table, or NULL when it cannot be loaded (then every name is ""). */
const tocsin_names *fe_names(void);

/* The actor's name ("North Korean military" for PRKMIL) in buf, or "" when
 * the code is NULL or unknown. Returns buf. */
const char *fe_actor_name(const char *code, char *buf, size_t cap);

/* The CAMEO name of a code ("Employ aerial weapons" for 195), or "". */
const char *fe_cameo_name(const char *code);

/* "PRKMIL (North Korean military)" in buf: the code and, when known, its
 * name; "" for NULL. Returns buf. */
const char *fe_actor_label(const char *code, char *buf, size_t cap);

#endif
