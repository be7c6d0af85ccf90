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
    long b_start, b_end; /* "since the summer": the summer itself */
    int b_prec;
    int nominal;     /* dates a noun ("the 2014 seizure", "the invasion of February 2022") */
    int weekday;     /* a bare weekday ("on Thursday"): 1 + the days back to it; a deed
                        still to come takes the next one */
} ts_when;

/* What a paragraph has told so far: its latest time expression, which a
 * sentence that goes on with the story ("Weeks later, ...", "During the
 * takeover, ...") takes when it names no time of its own. */
typedef struct ts_when_doc {
    ts_when anchor;
    int has;
} ts_when_doc;

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

/* The time of an event of the sentence: ts_when_pick's expression (the span
 * itself when the event's clause hangs on it: "since the summer, when Putin
 * signed"), else the paragraph's anchor when the sentence goes on with the
 * story. Returns 1 and sets *out, or 0 (the article date). */
int ts_when_resolve(const ts_when_doc *d, const char *text, const ts_tok *tok, size_t n, const ts_when *x,
                    size_t nx, size_t first, size_t verb, ts_when *out);

/* Remembers the sentence's last expression as the paragraph's anchor. */
void ts_when_remember(ts_when_doc *d, const ts_when *x, size_t nx);

#endif
