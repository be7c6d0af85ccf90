/* legacy.h - what the two halves of the legacy reader share: legacy.c reads
 * TABARI and PETRARCH2 actor, agent and discard files and drives the
 * conversion; legacy_verbs.c reads their verb files. Both turn each entry
 * into lines of tocsin's own format (doc/dictionaries.md) handed to a
 * callback: the loader parses them like its own files, tocsin dict import
 * writes them out. */
#ifndef TS_LEGACY_H
#define TS_LEGACY_H

#include "base/internal.h"
#include "tocsin/dict.h"

#include <stdint.h>

#define LEG_MAX_FILE (64u << 20) /* bytes of one legacy file */
#define LEG_MAX_LINE 8192        /* bytes of one line */
#define LEG_OUT_MAX 4000         /* a converted line is split before this many bytes */
#define LEG_MAX_WORDS 12         /* words of a phrase, elements of a pattern (tocsin's caps) */

typedef struct leg_ctx {
    const char *name; /* file name for diagnostics */
    int fmt;
    tocsin_convert_fn fn;
    void *ud;
    tocsin_convert_stats *st;
    tocsin_diag_fn diag;
    void *dud;
    const char *wordnet_dir;
    long line;   /* current line, 1-based */
    int stopped; /* fn asked to stop, or out of memory */
    ts_buf out;  /* the line being built */
    /* lines already emitted (hashes, open addressing), for TOCSIN_LR_DUP */
    uint64_t *seen;
    size_t nseen, seen_slots;
    void *aux; /* the reader's own state */
    int quiet_dup; /* a duplicate line is not counted (a PETRARCH2 pattern's other verbs) */
} leg_ctx;

/* Counts a record left out for a reason (and remembers its first line). */
void leg_skip(leg_ctx *c, int reason);
/* Reports a malformed line through diag (file:line) and counts it. */
void leg_error(leg_ctx *c, const char *what);
/* Emits c->out as one line of section 'a' or 'v' unless the same line was
 * emitted before (counted as TOCSIN_LR_DUP; returns 1). 0, 1, or negative. */
int leg_emit(leg_ctx *c, int section);
/* Splits p[0..n) into lines at '\n'; calls fn for each with the comment
 * stripped (TABARI ';', PETRARCH2 '#' outside [...]) and c->line set. */
int leg_lines(leg_ctx *c, const char *p, size_t n, int (*fn)(leg_ctx *c, const char *s, const char *e));
/* Counts the tokens tocsin's tokenizer makes of s[0..n). */
int leg_token_count(const char *s, size_t n);

/* legacy_verbs.c */
int leg_verbs(leg_ctx *c, const char *p, size_t n, int petrarch);

#endif
