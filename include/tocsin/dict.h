/* tocsin/dict.h - the compiled dictionaries: actors, verb patterns, grammar.
 *
 * A tocsin_dict is built once from a directory of plain-text files (see
 * doc/dictionaries.md) and is immutable afterwards: any number of threads may
 * share one, each with its own tocsin_coder. */
#ifndef TOCSIN_DICT_H
#define TOCSIN_DICT_H

#include "tocsin/status.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tocsin_dict tocsin_dict;

typedef struct tocsin_dict_options {
    /* Folder of WordNet's data (verb.exc, noun.exc) used to inflect verbs and
     * nouns; NULL = $TOCSIN_WORDNET, else /usr/share/wordnet. Without it the
     * coder falls back to regular English inflection and warns. */
    const char *wordnet_dir;
    /* Receives one diagnostic per bad dictionary line (file:line); the line is
     * skipped and loading goes on. May be NULL. */
    tocsin_diag_fn diag;
    void *diag_ud;
} tocsin_dict_options;

/* Loads every *.txt under dir/actors, dir/verbs and dir/grammar.txt.
 * Returns 0 and sets *out, or a negative status (err filled) when the
 * directory cannot be read or holds no usable actor or verb entry. Bad lines
 * are reported through opts->diag and do not make the load fail. */
int tocsin_dict_load(const char *dir, const tocsin_dict_options *opts, tocsin_dict **out,
                     tocsin_error *err);

/* Frees a dictionary; NULL is allowed. No coder may still use it. */
void tocsin_dict_free(tocsin_dict *d);

typedef struct tocsin_dict_stats {
    size_t files;          /* files read */
    size_t actor_entries;  /* country/adj/actor/person/agent phrases */
    size_t people;         /* person phrases */
    size_t verb_patterns;  /* patterns */
    size_t verbs;          /* distinct verb lemmas with patterns */
    size_t words;          /* lexicon size, inflections included */
    size_t errors;         /* lines skipped */
    int wordnet;           /* 1 if WordNet's exception lists were used */
    double load_ms;        /* wall time of tocsin_dict_load */
    unsigned long long version; /* hash of the dictionaries' content: which dictionaries coded an event */
} tocsin_dict_stats;

void tocsin_dict_get_stats(const tocsin_dict *d, tocsin_dict_stats *st);

/* Looks up a CAMEO code ("190", "0871"): quad class (1-4) and Goldstein
 * weight. Returns 0, or TOCSIN_ENOTFOUND. name may be NULL; *name points to a
 * static string. */
int tocsin_cameo_lookup(const char *code, int *quad, double *goldstein, const char **name);

/* The CAMEO name of a code ("195" -> "Employ aerial weapons", "19" -> "Fight"),
 * a static string, or NULL for an unknown code. */
const char *tocsin_cameo_name(const char *code);

/* ---- Names: what a reader calls an actor code ----
 *
 * A tocsin_names is the table of names in the files <dictionaries>/names/NAME.txt (see
 * dict/names/codes.txt for the format): countries, organisations and regions
 * with a name and an adjective, and sectors. It is small and quick to load, so
 * front ends that only show stored events need not load the whole dictionary.
 * Immutable after loading: any number of threads may share one. */
typedef struct tocsin_names tocsin_names;

#define TOCSIN_NAMES_MAX 8192     /* entries in all files together */
#define TOCSIN_NAME_MAX 96        /* bytes of one name or adjective, NUL included */
#define TOCSIN_NAMES_LINE_MAX 512 /* bytes of one line; a longer line is an error */

/* Reads every .txt file in dir/names in name order; the first line for a code
 * wins. Returns 0 and sets *out, or a negative status (err filled: file and
 * line) when the folder cannot be read, a line is malformed or a cap is hit. */
int tocsin_names_load(const char *dir, tocsin_names **out, tocsin_error *err);

/* Frees a table; NULL is allowed. */
void tocsin_names_free(tocsin_names *n);

/* Writes the name of an actor code into out[cap]: a base alone by its name
 * ("PRK" -> "North Korea", "WST" -> "the West"), a base with sectors by its
 * adjective and the sectors ("PRKMIL" -> "North Korean military", "WSTGOV" ->
 * "Western government", "NATOMIL" -> "NATO military"). Returns 0;
 * TOCSIN_ENOTFOUND (out = "") when a part of the code is unknown or n is NULL;
 * TOCSIN_ELIMIT when the name did not fit (out holds what fitted);
 * TOCSIN_EINVAL for a NULL code or out, or cap 0. */
int tocsin_actor_name(const tocsin_names *n, const char *code, char *out, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
