/* when.h - the time an event's own words give: time expressions of a
 * sentence ("on Tuesday", "in early 2021", "since May 2022", "three years
 * ago"), resolved against the article date, and the choice of the one that
 * belongs to an event's clause. */
#ifndef TS_WHEN_H
#define TS_WHEN_H

#include "text/token.h"

#include <stddef.h>
#include <stdint.h>

#define TS_MAX_WHEN 16 /* time expressions kept per sentence */

/* Events lying more than this many days before their article retell history. */
#define TS_RETOLD_DAYS 60

typedef struct ts_when {
    uint16_t t0, t1; /* token span [t0, t1), leading preposition included */
    long start, end; /* day numbers, end included */
    int prec;        /* tocsin_date_precision */
    int guessed;     /* the year was not written but inferred */
} ts_when;

/* Finds and resolves the time expressions of the sentence tok[0..n) over
 * text. pub is the article's day number, or have_pub 0 when it is unknown
 * (then only expressions with a year resolve). Returns how many were written
 * to out (at most max), in token order. */
size_t ts_when_scan(const char *text, const ts_tok *tok, size_t n, long pub, int have_pub, ts_when *out,
                    size_t max);

/* The expression that dates an event whose verb is token verb and whose words
 * start at token first: one in the verb's own clause (nearest first), else
 * one opening the sentence, else one later in the same clause chain. Returns
 * its index in x, or -1 (the event then takes the article date). */
int ts_when_pick(const char *text, const ts_tok *tok, size_t n, const ts_when *x, size_t nx, size_t first,
                 size_t verb);

#endif
