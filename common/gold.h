/* gold.h - one line of a gold file for `tocsin validate`: a JSON object
 * with id, text, date, source and events [{src, tgt, code, uncertain}].
 * Kept apart from the command so that a fuzzer can drive it. */
#ifndef TOCSIN_COMMON_GOLD_H
#define TOCSIN_COMMON_GOLD_H

#include <stddef.h>
#include <yajl/yajl_tree.h>

#define GOLD_MAX_EVENTS 64 /* events of one sentence; more are ignored */
#define GOLD_MAX_DEPTH 32  /* deeper nesting is refused before any tree is built */

typedef struct gold_event {
    char src[16], tgt[16], code[8]; /* "" when absent */
    int uncertain;
} gold_event;

typedef struct gold_record {
    yajl_val tree;                  /* owns the strings below */
    const char *id, *text, *date, *source; /* NULL when absent or not strings */
    gold_event ev[GOLD_MAX_EVENTS];
    int nev;
    int has_events;                 /* "events" is an array */
} gold_record;

/* Parses line[0..n) (NUL bytes end it). Returns 0, or -1 with a one-line
 * reason in why[cap] when the line is not a JSON object (malformed, or
 * nested deeper than GOLD_MAX_DEPTH). On success free with gold_free. */
int gold_parse(const char *line, size_t n, gold_record *r, char *why, size_t cap);
void gold_free(gold_record *r);

#endif
