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

#ifdef __cplusplus
}
#endif
#endif
