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
    /* Extra dictionary files (TABARI or PETRARCH2 actors, agents, discards or
     * verbs, or files in tocsin's own line format), recognised by content and
     * merged in after tocsin's own (see doc/dictionaries.md, "Legacy
     * dictionaries"). nextra = 0: none. The paths are read during the call. */
    const char *const *extra;
    size_t nextra;
    /* 0: where both define the same name (case aside), tocsin's own entries win
     * and earlier extra files win over later ones; 1: the extra files win over
     * tocsin's own. */
    int extra_first;
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

/* ---- legacy dictionaries (TABARI, PETRARCH2) ---- */

/* Kinds of extra dictionary file, recognised by content. */
typedef enum tocsin_dict_format {
    TOCSIN_FMT_UNKNOWN = 0,
    TOCSIN_FMT_ACTORS,         /* TABARI .actors or PETRARCH2 actors: NAME_ [CODE ...] */
    TOCSIN_FMT_AGENTS,         /* TABARI .agents or PETRARCH2 agents: NAME [~SEC] */
    TOCSIN_FMT_DISCARDS,       /* PETRARCH2 discards: one phrase a line */
    TOCSIN_FMT_VERBS_TABARI,   /* TABARI .verbs: VERB [CODE], "- * pattern [CODE]" */
    TOCSIN_FMT_VERBS_PETRARCH, /* PETRARCH2 verbs: &synsets, "--- NAME [CODE] ---" blocks */
    TOCSIN_FMT_OPTIONS,        /* TABARI .options: coder settings, nothing to read */
    TOCSIN_FMT_OWN_ACTORS,     /* tocsin's own actor lines */
    TOCSIN_FMT_OWN_VERBS       /* tocsin's own verb pattern lines */
} tocsin_dict_format;

/* Static name of a format ("TABARI/PETRARCH2 actors", ...); never NULL. */
const char *tocsin_dict_format_name(int fmt);

/* Why an entry of a legacy file was not converted, or how it was changed.
 * New reasons are only appended. */
enum {
    TOCSIN_LR_NOCODE = 0,  /* a name that never gets a [CODE] */
    TOCSIN_LR_BADCODE,     /* a code with digits or punctuation, or too short */
    TOCSIN_LR_COMPOUND,    /* a compound code [A/B]: tocsin gives a phrase one actor */
    TOCSIN_LR_BADDATE,     /* a date that is not YYMMDD or YYYYMMDD */
    TOCSIN_LR_PREFIXAGENT, /* a prefix agent [SEC~] */
    TOCSIN_LR_LONG,        /* a phrase of more than 12 words, or a pattern of more than 12 elements */
    TOCSIN_LR_BADNAME,     /* an empty name, or one with | */
    TOCSIN_LR_POSLIST,     /* a <NOUN>/<ADJECTIVE> part-of-speech list: not actors */
    TOCSIN_LR_SYNTAX,      /* a line not understood */
    TOCSIN_LR_BEFORE,      /* verb pattern: words before the verb */
    TOCSIN_LR_TARGETBEFORE,/* verb pattern: the target (+) before the verb (passive) */
    TOCSIN_LR_SOURCEAFTER, /* verb pattern: the source ($) after the verb */
    TOCSIN_LR_STEM,        /* verb pattern: the verb is a TABARI stem WordNet cannot complete */
    TOCSIN_LR_MULTIALT,    /* verb pattern: an alternative or synset of several words */
    TOCSIN_LR_ASYM,        /* verb pattern: a reciprocal code [A:B] with A != B */
    TOCSIN_LR_DUP,         /* the same line twice in the file */
    TOCSIN_LR_OPTIONS,     /* an options file: nothing to convert */
    TOCSIN_LR_MULTIVERB,   /* a verb of several words (ANGERED_BY, AIR_STRIKE) */
    TOCSIN_LR_CAMEO,       /* verb pattern: a code that is not in CAMEO */
    TOCSIN_LR_REVERSED,    /* verb pattern: [:173], the target acting on the source */
    TOCSIN_LR_AUX,         /* verb pattern: the verb is be, have or do (BEEN, HAS, DID) */
    TOCSIN_LR_COUNT
};
/* Static English description of a reason; never NULL. */
const char *tocsin_dict_reason(int reason);

/* What reading one legacy file gave. */
typedef struct tocsin_convert_stats {
    int format;                 /* tocsin_dict_format */
    size_t lines;               /* lines read */
    size_t records;             /* names (actors, agents, discards) or patterns (verbs) read */
    size_t converted;           /* records converted */
    size_t out_lines;           /* lines written in tocsin's format */
    size_t phrases;             /* actor phrases in those lines */
    size_t nulls;               /* phrases that code nothing: [---], [###], discards */
    size_t skipped;             /* records (or names) left out, by reason: */
    size_t reason[TOCSIN_LR_COUNT];
    long reason_line[TOCSIN_LR_COUNT]; /* first line of each reason (0 = none) */
    size_t century;             /* YYMMDD years read as 19YY because the range ran backwards */
    size_t dayfix;              /* days past the end of their month (080631) moved to its last day */
    size_t shortened;           /* codes longer than 11 letters cut to 9; sectors cut to 3 */
    size_t stems;               /* TABARI verb stems and forms made lemmas with WordNet (ABUS -> abuse, FOUGHT -> fight) */
    size_t mapped;              /* codes put in tocsin's conventions (IGOUNO -> UNO, PAL -> PSE) */
    size_t errors;              /* malformed lines reported through diag */
    /* verb patterns per CAMEO root (index 1..20; 0 = patterns coding nothing, ---) */
    size_t root_ok[21];
    size_t root_no[21][TOCSIN_LR_COUNT];
    /* filled by tocsin_dict_load: phrases merged into the dictionary as new
     * names; dated codes added to a name a source of higher precedence
     * already has (they fill the dates it leaves open); phrases dropped
     * because a source of higher precedence names them */
    size_t added, filled, shadowed;
} tocsin_convert_stats;

/* Receives each converted line in tocsin's own format: section 'a' (an actor
 * line for dict/actors) or 'v' (a pattern line for dict/verbs); src_line is
 * the line of the legacy file it comes from. Return non-zero to stop. */
typedef int (*tocsin_convert_fn)(void *ud, int section, const char *line, size_t n, long src_line);

/* Converts a legacy file (TABARI or PETRARCH2; from: 0 = recognise, 't' =
 * TABARI, 'p' = PETRARCH2, a hint only) into tocsin's format. wordnet_dir
 * (may be NULL) completes TABARI verb stems. Malformed lines go to diag
 * (file:line) and are counted in st->errors; unsupported constructs are
 * counted by reason. Returns 0, or a negative status when the file cannot be
 * read (err filled) or fn stopped (TOCSIN_ESTOPPED). */
int tocsin_dict_convert(const char *path, int from, const char *wordnet_dir, tocsin_convert_fn fn,
                        void *ud, tocsin_convert_stats *st, tocsin_diag_fn diag, void *diag_ud,
                        tocsin_error *err);
/* The same on a buffer; name is used in diagnostics. Caps: 64 MiB, lines of 8 KiB. */
int tocsin_dict_convert_buf(const char *name, const char *buf, size_t n, int from,
                            const char *wordnet_dir, tocsin_convert_fn fn, void *ud,
                            tocsin_convert_stats *st, tocsin_diag_fn diag, void *diag_ud);

/* Statistics of extra file i (0 .. opts->nextra-1) of a loaded dictionary:
 * 0, or TOCSIN_ENOTFOUND. */
int tocsin_dict_extra_stats(const tocsin_dict *d, size_t i, tocsin_convert_stats *st);

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
