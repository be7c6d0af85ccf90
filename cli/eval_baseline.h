/* eval_baseline.h - what tocsin eval-alerts ranks and the naive baseline it
 * scores the alerts against: dyad-weeks ranked by max rung x log(1 + events
 * at the fighting rung or above) x spike over the 12 weeks before. */
#ifndef TOCSIN_CLI_EVAL_BASELINE_H
#define TOCSIN_CLI_EVAL_BASELINE_H

#include "tocsin/analytics.h"
#include "tocsin/store.h"

#include <stddef.h>

#define EVAL_NEVER (-1000000L) /* no day */

/* One ranked item: an alert of tocsin or a dyad-week of the baseline. */
typedef struct eval_item {
    char a[16], b[16], third[16]; /* countries or organisations; third "" if none */
    long first, last;             /* day numbers (tocsin/date.h) */
    double score;
    char kind[24];
    char detail[160];
} eval_item;

/* The country or organisation of a code: a trailing 3-letter sector is
 * dropped (SRBMIL -> SRB, NATOMIL -> NATO), as the alerts name dyads. */
void eval_base_of(const char *code, char out[16]);

/* The day number of YYYY-MM-DD; EVAL_NEVER if it is not a real day. */
long eval_day(const char *date);

/* The Monday of a day's week. */
long eval_week_start(long day);

typedef struct eval_baseline eval_baseline;

/* Reads every dated event of the store once (both directions of a dyad
 * together, rungs from l). Prints what went wrong and returns -1. */
int eval_baseline_load(tocsin_store *s, const tocsin_ladder *l, eval_baseline **out);
void eval_baseline_free(eval_baseline *b); /* NULL allowed */

/* The baseline's items for days [from, to]: each dyad's best week (weeks
 * from Monday, clipped to the window), one item per dyad, unsorted, into a
 * malloc'ed *out. Returns 0 or -1 (out of memory). */
int eval_baseline_items(const eval_baseline *b, long from, long to, eval_item **out, size_t *n);

#endif
