/* when.c - the time an event's own words give. A sentence's time
 * expressions are found on its tokens and resolved against the article date:
 * absolute ("on July 4", "on 5 March", "in April", "in 2015", "in early
 * 2021"), relative ("on Tuesday", "yesterday", "last month", "earlier this
 * week", "three years ago", "a year ago today") and ongoing ("since May
 * 2022"). A date without a year is the latest one not far after the article
 * date ("on December 30" in a January article is last year's). An event then
 * takes the expression of its own clause, else the one opening the sentence. */
#include "when.h"
#include "when_openers.h"

#include "base/internal.h"
#include "tocsin/date.h"

#include <string.h>

/* Tokens of a sentence looked at for clauses and quotes (the coder cuts
 * sentences at 512 tokens). */
#define TS_MAX_SENT_SCAN 512

/* A date without a year may lie this many days after the article date
 * (announced plans) before it is taken for last year's. */
#define FUTURE_SLACK 45

typedef struct wctx {
    const char *text;
    const ts_tok *tok;
    size_t n;
    long pub;
    int have_pub, py, pm, pd;
    int guessed; /* set by infer_year */
} wctx;

static int is_word(const wctx *c, size_t i, const char *lit)
{
    if (i >= c->n || c->tok[i].kind != TK_WORD)
        return 0;
    const char *p = c->text + c->tok[i].off;
    /* the first letter rules out most words; the literal's end is its length */
    if ((p[0] | 32) != lit[0])
        return 0;
    size_t n = c->tok[i].len;
    for (size_t k = 1; k < n; k++) {
        char ch = p[k];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch + 32);
        if (!lit[k] || ch != lit[k])
            return 0;
    }
    return lit[n] == '\0';
}

static int is_punct(const wctx *c, size_t i, char ch)
{
    return i < c->n && c->tok[i].kind == TK_PUNCT && c->tok[i].len == 1 && c->text[c->tok[i].off] == ch;
}

static int word_in(const wctx *c, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (is_word(c, i, *list))
            return 1;
    return 0;
}

/* A capitalised month name ("July", "Jul", "Sept"), optionally with a '.'
 * token after an abbreviation; returns 1..12 and sets *next. */
static int month_at(const wctx *c, size_t i, size_t *next)
{
    if (i >= c->n || c->tok[i].kind != TK_WORD || c->tok[i].cas == CASE_LOWER)
        return 0;
    int m = ts_month_name(c->text + c->tok[i].off, c->tok[i].len);
    if (!m)
        return 0;
    *next = i + 1;
    if (c->tok[i].len <= 4 && is_punct(c, i + 1, '.'))
        *next = i + 2;
    return m;
}

static int weekday_at(const wctx *c, size_t i)
{
    if (i >= c->n || c->tok[i].kind != TK_WORD || c->tok[i].cas == CASE_LOWER || c->tok[i].len < 3)
        return -1;
    /* only full names: "Sat" or "Sun" in running text are rarely days */
    int w = ts_weekday_name(c->text + c->tok[i].off, c->tok[i].len);
    return w >= 0 && c->tok[i].len >= 6 ? w : -1;
}

/* A day of the month: "5", "05", "5th". */
static int day_at(const wctx *c, size_t i)
{
    if (i >= c->n || c->tok[i].kind != TK_NUM)
        return 0;
    const char *p = c->text + c->tok[i].off;
    size_t len = c->tok[i].len, k = 0;
    int v = 0;
    while (k < len && k < 3 && p[k] >= '0' && p[k] <= '9')
        v = v * 10 + (p[k++] - '0');
    if (k == 0 || k > 2)
        return 0;
    if (k < len) {
        if (len - k != 2)
            return 0;
        char a = (char)(p[k] | 32), b = (char)(p[k + 1] | 32);
        if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
            return 0;
    }
    return v >= 1 && v <= 31 ? v : 0;
}

/* A year "2015" (1800..2100); with decade, "1990s" too (*decade set). */
static int year_at(const wctx *c, size_t i, int *decade)
{
    if (i >= c->n || c->tok[i].kind != TK_NUM)
        return 0;
    const char *p = c->text + c->tok[i].off;
    size_t len = c->tok[i].len;
    if (len != 4 && !(decade && len == 5 && p[4] == 's'))
        return 0;
    int v = 0;
    for (size_t k = 0; k < 4; k++) {
        if (p[k] < '0' || p[k] > '9')
            return 0;
        v = v * 10 + (p[k] - '0');
    }
    if (decade)
        *decade = len == 5;
    if (len == 5 && v % 10)
        return 0;
    return v >= 1800 && v <= 2100 ? v : 0;
}

static int num2_at(const wctx *c, size_t i)
{
    if (i >= c->n || c->tok[i].kind != TK_NUM || c->tok[i].len != 2)
        return -1;
    const char *p = c->text + c->tok[i].off;
    if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
        return -1;
    return (p[0] - '0') * 10 + (p[1] - '0');
}

/* "three", "a", "12" before a unit of time. */
static int count_at(const wctx *c, size_t i)
{
    static const char *const words[] = {"zero", "one", "two",   "three",  "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve", NULL};
    if (is_word(c, i, "a") || is_word(c, i, "an"))
        return 1;
    for (int k = 1; words[k]; k++)
        if (is_word(c, i, words[k]))
            return k;
    if (is_word(c, i, "twenty"))
        return 20;
    if (is_word(c, i, "thirty"))
        return 30;
    if (i < c->n && c->tok[i].kind == TK_NUM && c->tok[i].len <= 3) {
        int v = 0;
        for (size_t k = 0; k < c->tok[i].len; k++) {
            char ch = c->text[c->tok[i].off + k];
            if (ch < '0' || ch > '9')
                return 0;
            v = v * 10 + (ch - '0');
        }
        return v;
    }
    return 0;
}

static void set_day(ts_when *e, long d)
{
    e->start = e->end = d;
    e->prec = TOCSIN_WHEN_DAY;
}

static void set_month(ts_when *e, int y, int m)
{
    while (m < 1)
        m += 12, y--;
    while (m > 12)
        m -= 12, y++;
    e->start = tocsin_days_from_civil(y, m, 1);
    e->end = tocsin_days_from_civil(y, m, tocsin_days_in_month(y, m));
    e->prec = TOCSIN_WHEN_MONTH;
}

static void set_year(ts_when *e, int y)
{
    e->start = tocsin_days_from_civil(y, 1, 1);
    e->end = tocsin_days_from_civil(y, 12, 31);
    e->prec = TOCSIN_WHEN_YEAR;
}

static void set_span(ts_when *e, long a, long z)
{
    e->start = a;
    e->end = z;
    e->prec = TOCSIN_WHEN_INTERVAL;
}

/* The year of a day or month written without one: the article's, unless that
 * lies well after the article date. */
static int infer_year(wctx *c, int m, int d)
{
    c->guessed = 1;
    long cand = tocsin_days_from_civil(c->py, m, d);
    return cand > c->pub + FUTURE_SLACK ? c->py - 1 : c->py;
}

/* Day d of month m, the year written at token yq if there is one (then the
 * date ends after it), else inferred from the article (then it ends at
 * no_year_end). 0 for a day the month does not have. */
static int day_of_month(wctx *c, ts_when *e, int m, int d, size_t yq, size_t no_year_end, size_t *t1)
{
    int y = year_at(c, yq, NULL);
    if (y) {
        *t1 = yq + 1;
    } else {
        if (!c->have_pub)
            return 0;
        y = infer_year(c, m, d > tocsin_days_in_month(c->py, m) ? 1 : d);
        *t1 = no_year_end;
    }
    if (d > tocsin_days_in_month(y, m))
        return 0;
    set_day(e, tocsin_days_from_civil(y, m, d));
    return 1;
}

/* Absolute dates at token i. ctx: a preposition or modifier comes before, so
 * a bare month or year may be read as a time ("in April", "in 2015"). */
static int absolute(wctx *c, size_t i, int ctx, ts_when *e, size_t *t1)
{
    size_t j = i, k;
    /* "Tuesday, July 4" / "Tuesday 4 July": the weekday adds nothing */
    if (weekday_at(c, j) >= 0) {
        size_t q = j + 1 + is_punct(c, j + 1, ',');
        if (month_at(c, q, &k) || day_at(c, q))
            j = q;
    }
    int m, d, y, dec = 0;
    if ((m = month_at(c, j, &k)) != 0) {
        if ((d = day_at(c, k)) != 0) /* "July 4, 2024", "July 4" */
            return day_of_month(c, e, m, d, k + 1 + is_punct(c, k + 1, ','), k + 1, t1);
        size_t q = k + is_punct(c, k, ',');
        if ((y = year_at(c, q, NULL)) != 0) {
            set_month(e, y, m);
            *t1 = q + 1;
            return 1;
        }
        if (!ctx || !c->have_pub)
            return 0;
        set_month(e, infer_year(c, m, 1), m);
        *t1 = k;
        return 1;
    }
    if ((d = day_at(c, j)) != 0) {
        size_t q = j + 1 + is_word(c, j + 1, "of");
        if ((m = month_at(c, q, &k)) == 0)
            return 0;
        return day_of_month(c, e, m, d, k, k, t1); /* "4 July 2024", "the 4th of July" */
    }
    size_t q = j + is_word(c, j, "the");
    if ((y = year_at(c, q, &dec)) != 0) {
        int mo = num2_at(c, q + 2), da = num2_at(c, q + 4);
        if (!dec && is_punct(c, q + 1, '-') && is_punct(c, q + 3, '-') && mo >= 1 && mo <= 12 && da >= 1 &&
            da <= tocsin_days_in_month(y, mo)) {
            set_day(e, tocsin_days_from_civil(y, mo, da)); /* 2024-11-05 */
            *t1 = q + 5;
            return 1;
        }
        if (dec) {
            set_span(e, tocsin_days_from_civil(y, 1, 1), tocsin_days_from_civil(y + 9, 12, 31));
            *t1 = q + 1;
            return ctx || q > j;
        }
        if (!ctx && !is_punct(c, q + 1, ','))
            return 0;
        set_year(e, y);
        *t1 = q + 1;
        return 1;
    }
    return 0;
}

static const char *const part_of_day[] = {"morning", "afternoon", "evening", "night", NULL};

/* Relative times at token i. */
static int relative(const wctx *c, size_t i, ts_when *e, size_t *t1)
{
    if (!c->have_pub)
        return 0;
    long p = c->pub;
    int w;
    if (is_word(c, i, "yesterday")) {
        set_day(e, p - 1);
        *t1 = i + 1 + word_in(c, i + 1, part_of_day);
        return 1;
    }
    if (is_word(c, i, "today") || is_word(c, i, "tonight")) {
        set_day(e, p);
        *t1 = i + 1;
        return 1;
    }
    if ((w = weekday_at(c, i)) >= 0) {
        /* the latest such day on or before the article's */
        int back = (tocsin_weekday(p) - w + 7) % 7;
        set_day(e, p - back);
        e->weekday = 1 + back;
        *t1 = i + 1 + word_in(c, i + 1, part_of_day);
        return 1;
    }
    if ((is_word(c, i, "over") && is_word(c, i + 1, "the") && is_word(c, i + 2, "weekend")) ||
        (is_word(c, i, "the") && is_word(c, i + 1, "weekend"))) {
        /* the latest weekend begun by the article date */
        int wk = tocsin_weekday(p);
        long sat = wk >= 5 ? p - (wk - 5) : p - wk - 2;
        set_span(e, sat, sat + 1);
        *t1 = i + 2 + is_word(c, i, "over");
        return 1;
    }
    int last = is_word(c, i, "last"), this_ = is_word(c, i, "this"), next = is_word(c, i, "next");
    if (last || this_ || next) {
        size_t j = i + 1, k;
        int m;
        int wk = tocsin_weekday(p);
        *t1 = j + 1;
        if (last && is_word(c, j, "night")) {
            set_day(e, p - 1);
        } else if (this_ && word_in(c, j, part_of_day)) {
            set_day(e, p);
        } else if (is_word(c, j, "week")) {
            long mon = p - wk + (last ? -7 : next ? 7 : 0);
            set_span(e, mon, this_ ? p : mon + 6);
        } else if (is_word(c, j, "weekend")) {
            long sat = p - wk + 5 - (last || wk < 5 ? 7 : 0) + (next ? 7 : 0);
            set_span(e, sat, sat + 1);
        } else if (is_word(c, j, "month")) {
            set_month(e, c->py, c->pm + (last ? -1 : next ? 1 : 0));
        } else if (is_word(c, j, "year")) {
            set_year(e, c->py + (last ? -1 : next ? 1 : 0));
        } else if ((w = weekday_at(c, j)) >= 0) {
            int back = (wk - w + 7) % 7;
            if (last)
                set_day(e, p - (back ? back : 7));
            else if (next)
                set_day(e, p + ((w - wk + 7) % 7 ? (w - wk + 7) % 7 : 7));
            else
                set_day(e, p - back);
            *t1 = j + 1 + word_in(c, j + 1, part_of_day);
        } else if ((m = month_at(c, j, &k)) != 0) {
            int y = last ? (m < c->pm ? c->py : c->py - 1) : next ? (m > c->pm ? c->py : c->py + 1) : c->py;
            set_month(e, y, m);
            *t1 = k;
        } else {
            return 0;
        }
        return 1;
    }
    /* three years ago, a week ago, a year ago today */
    int nb = count_at(c, i);
    if (nb > 0) {
        size_t u = i + 1;
        int unit = is_word(c, u, "day") || is_word(c, u, "days") ? 1
                 : is_word(c, u, "week") || is_word(c, u, "weeks") ? 2
                 : is_word(c, u, "month") || is_word(c, u, "months") ? 3
                 : is_word(c, u, "year") || is_word(c, u, "years") ? 4
                 : is_word(c, u, "decade") || is_word(c, u, "decades") ? 5 : 0;
        /* "a week earlier" counts from the article date too */
        if (!unit || !(is_word(c, u + 1, "ago") || is_word(c, u + 1, "earlier")) || nb > 200)
            return 0;
        *t1 = u + 2;
        int today = is_word(c, u + 2, "today");
        if (unit == 1) {
            set_day(e, p - nb);
        } else if (unit == 2 && is_word(c, u + 1, "earlier")) {
            set_day(e, p - 7L * nb); /* "a week earlier": that many days */
        } else if (unit == 2) {
            long d = p - 7L * nb;
            set_span(e, d - tocsin_weekday(d), d - tocsin_weekday(d) + 6);
        } else if (unit == 3) {
            set_month(e, c->py, c->pm - nb);
        } else {
            int y = c->py - (unit == 5 ? 10 * nb : nb);
            if (today) {
                int dd = c->pd > tocsin_days_in_month(y, c->pm) ? tocsin_days_in_month(y, c->pm) : c->pd;
                set_day(e, tocsin_days_from_civil(y, c->pm, dd));
                *t1 = u + 3;
            } else {
                set_year(e, y);
            }
        }
        return 1;
    }
    return 0;
}

/* Seasons: "the summer", "last winter", "this spring", "the autumn of 2022". */
static int season(const wctx *c, size_t i, int ctx, ts_when *e, size_t *t1)
{
    size_t j = i;
    int last = 0, this_ = 0;
    if (is_word(c, j, "the"))
        j++;
    else if (is_word(c, j, "last"))
        last = 1, j++;
    else if (is_word(c, j, "this"))
        this_ = 1, j++;
    else if (!ctx)
        return 0;
    int sm = is_word(c, j, "spring") ? 3 : is_word(c, j, "summer") ? 6
           : is_word(c, j, "autumn") || is_word(c, j, "fall") ? 9 : is_word(c, j, "winter") ? 12 : 0;
    if (!sm)
        return 0;
    size_t k = j + 1;
    int y = 0;
    if (is_word(c, k, "of") && (y = year_at(c, k + 1, NULL)) != 0)
        k += 2;
    else if ((y = year_at(c, k, NULL)) != 0)
        k += 1;
    else if (is_word(c, j, "fall") && is_word(c, k, "of"))
        return 0; /* "the fall of Kabul" */
    if (!y) {
        if (!c->have_pub)
            return 0;
        y = c->py;
        if (tocsin_days_from_civil(y, sm, 1) > c->pub)
            y--; /* the latest season begun by the article date */
        if (this_ && sm == 12 && c->pm <= 2)
            y = c->py - 1;
    }
    long a = tocsin_days_from_civil(y, sm, 1);
    long z = tocsin_days_from_civil(sm == 12 ? y + 1 : y, sm == 12 ? 3 : sm + 3, 1) - 1;
    if (last && z >= c->pub) {
        a = tocsin_days_from_civil(y - 1, sm, 1);
        z = tocsin_days_from_civil(sm == 12 ? y : y - 1, sm == 12 ? 3 : sm + 3, 1) - 1;
    }
    set_span(e, a, z);
    *t1 = k;
    return 1;
}

/* An expression at token i, with an optional "early", "late", "mid(-)" or
 * "earlier"/"later" before it. */
/* Parts of a year: the first and last month of each (early, mid, late; the
 * halves; the quarters; its start and its end). */
enum { P_NONE, P_EARLY, P_MID, P_LATE, P_H1, P_H2, P_Q1, P_Q2, P_Q3, P_Q4, P_START, P_END };
static const int8_t part_months[][2] = {{0, 0}, {1, 4},  {5, 8}, {9, 12}, {1, 6}, {7, 12},
                                        {1, 3}, {4, 6},  {7, 9}, {10, 12}, {1, 1}, {12, 12}};

/* "the end of", "the first half of", "the third quarter of": a part, or 0. */
static int part_of(const wctx *c, size_t j, size_t *next)
{
    static const char *const nth[] = {"first", "second", "third", "fourth", NULL};
    if (!is_word(c, j, "the"))
        return P_NONE;
    int p = P_NONE;
    size_t k = j + 2;
    if (is_word(c, j + 1, "end"))
        p = P_END;
    else if (is_word(c, j + 1, "start") || is_word(c, j + 1, "beginning"))
        p = P_START;
    else if (is_word(c, j + 1, "middle"))
        p = P_MID;
    else if (word_in(c, j + 1, nth) && (is_word(c, j + 2, "half") || is_word(c, j + 2, "quarter"))) {
        int n = is_word(c, j + 1, "first") ? 0 : is_word(c, j + 1, "second") ? 1 : is_word(c, j + 1, "third") ? 2 : 3;
        p = is_word(c, j + 2, "half") ? (n < 2 ? P_H1 + n : P_NONE) : P_Q1 + n;
        k = j + 3;
    }
    if (!p || !is_word(c, k, "of"))
        return P_NONE;
    *next = k + 1;
    return p;
}

static int expression(wctx *c, size_t i, int ctx, ts_when *e, size_t *t1)
{
    int part = P_NONE;
    size_t j = i;
    if (is_word(c, j, "earlier") || is_word(c, j, "later")) {
        j++; /* "earlier this week", "earlier today" */
    } else if (is_word(c, j, "early") || is_word(c, j, "late") || is_word(c, j, "mid")) {
        part = is_word(c, j, "early") ? P_EARLY : is_word(c, j, "mid") ? P_MID : P_LATE;
        j += 1 + is_punct(c, j + 1, '-');
        ctx = 1;
    } else if ((part = part_of(c, j, &j)) != P_NONE) {
        ctx = 1;
    }
    if (!absolute(c, j, ctx, e, t1) && !relative(c, j, e, t1) && !season(c, j, ctx, e, t1))
        return 0;
    if (part && e->prec == TOCSIN_WHEN_YEAR) {
        int y, m, d;
        tocsin_civil_from_days(e->start, &y, &m, &d);
        int m0 = part_months[part][0], m1 = part_months[part][1];
        if (m0 == m1)
            set_month(e, y, m0);
        else
            set_span(e, tocsin_days_from_civil(y, m0, 1), tocsin_days_from_civil(y, m1, tocsin_days_in_month(y, m1)));
    }
    return 1;
}

/* The slots of openers[] in use, a bit each (made once a thread). */
static _Thread_local uint64_t opener_used[WHEN_SLOTS / 64];
static _Thread_local int opener_used_ready;

/* The kind of word token i is in when_openers.h (W_SUB or'ed in), or -1. */
static int word_kind(const wctx *c, size_t i)
{
    if (i >= c->n || c->tok[i].kind != TK_WORD || c->tok[i].len > 10)
        return -1;
    uint64_t h = c->tok[i].hash;
    for (size_t k = (size_t)((h * 0x9E3779B97F4A7C15ull) >> 55), probes = 0; probes < WHEN_SLOTS;
         k = (k + 1) % WHEN_SLOTS, probes++) {
        if (openers[k].hash == h)
            return openers[k].kind;
        if (!openers[k].hash)
            return -1;
    }
    return -1;
}

static int opener_kind(const wctx *c, size_t i)
{
    int k = word_kind(c, i);
    return k < 0 ? -1 : (k & ~W_SUB);
}

/* Can an expression start at token i? A number, a capitalised month or
 * weekday name, or a word that opens one (when_openers.h, found by the hash
 * the tokenizer already computed); the commonest ("the", "a", "of", "in")
 * only before a word that goes on with one. Most tokens are ruled out here. */
static int may_start(const wctx *c, size_t i)
{
    if (i >= c->n)
        return 0;
    if (c->tok[i].kind == TK_NUM)
        return 1;
    switch (opener_kind(c, i)) {
    case W_OPEN:
        return 1;
    case W_NAME:
        return c->tok[i].cas != CASE_LOWER;
    case W_THE:
        return i + 1 < c->n && (c->tok[i + 1].kind == TK_NUM || opener_kind(c, i + 1) == W_AFTER_THE);
    case W_A:
        return opener_kind(c, i + 1) == W_UNIT;
    case W_PREP:
        return may_start(c, i + 1) || is_word(c, i + 1, "weekend"); /* "over the weekend" passes "the" */
    default:
        return 0;
    }
}

/* "In 2022, Russia seized the plant on 4 March": a day or month written
 * without its year takes the year the same sentence names. */
static void anchor(ts_when *x, size_t n)
{
    int year = 0;
    for (size_t k = 0; k < n && !year; k++)
        if (x[k].prec == TOCSIN_WHEN_YEAR && !x[k].guessed) {
            int m, d;
            tocsin_civil_from_days(x[k].start, &year, &m, &d);
        }
    for (size_t k = 0; k < n && year; k++) {
        int y, m, d;
        if (!x[k].guessed || (x[k].prec != TOCSIN_WHEN_DAY && x[k].prec != TOCSIN_WHEN_MONTH))
            continue;
        tocsin_civil_from_days(x[k].start, &y, &m, &d);
        if (x[k].prec == TOCSIN_WHEN_MONTH)
            set_month(&x[k], year, m);
        else if (d <= tocsin_days_in_month(year, m))
            set_day(&x[k], tocsin_days_from_civil(year, m, d));
    }
}

size_t ts_when_scan(const char *text, const ts_tok *tok, size_t n, long pub, int have_pub, ts_when *out,
                    size_t max)
{
    static const char *const preps[] = {"on", "in", "during", "at", "from", "of", "through", "throughout", NULL};
    static const char *const limits[] = {"before", "after", "until", "till", "by", "around", "about", NULL};
    static const char *const lead[] = {"the", "and", "or", "to", NULL};
    wctx c = {text, tok, n, pub, have_pub, 0, 0, 0, 0};
    if (have_pub)
        tocsin_civil_from_days(pub, &c.py, &c.pm, &c.pd);
    /* the tokens may_start can take (a number; a word whose hash has a slot of
       when_openers.h in use, or none), marked without a branch a token: the
       others are passed over (from TS_MAX_SENT_SCAN on, each is asked) */
    if (!opener_used_ready) {
        for (size_t q = 0; q < WHEN_SLOTS; q++)
            opener_used[q / 64] |= (uint64_t)(openers[q].hash != 0) << (q % 64);
        opener_used_ready = 1;
    }
    uint64_t cand[TS_MAX_SENT_SCAN / 64] = {0};
    size_t nb = n < TS_MAX_SENT_SCAN ? n : TS_MAX_SENT_SCAN;
    for (size_t q = 0; q < nb; q++) {
        uint64_t h = tok[q].hash;
        size_t slot = (size_t)((h * 0x9E3779B97F4A7C15ull) >> 55);
        int word = (tok[q].kind == TK_WORD) & (tok[q].len <= 10) &
                   ((int)((opener_used[slot / 64] >> (slot % 64)) & 1) | (h == 0));
        cand[q / 64] |= (uint64_t)((tok[q].kind == TK_NUM) | word) << (q % 64);
    }
    size_t k = 0;
    for (size_t i = 0; i < n && k < max;) {
        if (i < nb && !((cand[i / 64] >> (i % 64)) & 1)) {
            i = ts_next_bit(cand, i, nb);
            continue;
        }
        if (!may_start(&c, i)) {
            i++;
            continue;
        }
        size_t j = i, t1 = 0;
        int since = 0, skip = 0;
        /* every word of preps and limits, and "since", is a W_PREP of the table */
        int prep = opener_kind(&c, i) == W_PREP;
        if (prep && word_in(&c, i, preps)) {
            j = i + 1;
        } else if (prep && is_word(&c, i, "since")) {
            since = 1;
            j = i + 1;
        } else if (prep && word_in(&c, i, limits)) {
            skip = 1; /* "before 2014" is not 2014: read, then left out */
            j = i + 1;
        }
        int ctx = j > i || (i > 0 && word_in(&c, i - 1, lead));
        ts_when e;
        memset(&e, 0, sizeof e);
        c.guessed = 0;
        if (!expression(&c, j, ctx, &e, &t1)) {
            i++;
            continue;
        }
        e.b_start = e.start, e.b_end = e.end, e.b_prec = e.prec;
        if (since && have_pub && e.start <= pub)
            set_span(&e, e.start, pub);
        if (!skip) {
            e.t0 = (uint16_t)i;
            e.t1 = (uint16_t)t1;
            e.guessed = c.guessed;
            e.nominal = is_word(&c, i, "of") || (j == i && i > 0 && is_word(&c, i - 1, "the"));
            out[k++] = e;
        }
        i = t1 > i ? t1 : i + 1;
    }
    anchor(out, k);
    return k;
}

/* ---- which expression dates which event ---- */

enum { B_NONE = 0, B_SOFT = 1, B_HARD = 2 };

static int boundary(const wctx *c, size_t i)
{
    const ts_tok *t = &c->tok[i];
    if (t->kind == TK_WORD) {
        int k = word_kind(c, i);
        return k >= 0 && (k & W_SUB) ? B_HARD : B_NONE;
    }
    if (t->kind != TK_PUNCT)
        return B_NONE;
    const unsigned char *p = (const unsigned char *)c->text + t->off;
    /* quotation marks are no boundary: a quoted nickname sits inside a clause,
       and a quotation keeps its times to itself through quotes() */
    if (t->len == 1)
        return p[0] == ',' ? B_SOFT : (p[0] == ';' || p[0] == ':' || p[0] == '(' || p[0] == ')') ? B_HARD : B_NONE;
    /* — – */
    if (t->len == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94))
        return B_HARD;
    return B_NONE;
}

/* A reporting verb in the few words after token i, before the next boundary. */
static int reporting_after(const wctx *c, size_t i, size_t m)
{
    static const char *const say[] = {"said", "says", "told", "added", "stated", "reported", "announced",
                                      "according", "claimed", "confirmed", "wrote", "alleged", NULL};
    for (size_t k = i; k < m && k < i + 8; k++) {
        if (word_in(c, k, say))
            return 1;
        if (boundary(c, k))
            return 0;
    }
    return 0;
}

/* 1 inside a quotation: straight quotes toggle, curly ones open and close. */
static void quotes(const wctx *c, uint8_t *q, size_t n)
{
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        const ts_tok *t = &c->tok[i];
        const unsigned char *p = (const unsigned char *)c->text + t->off;
        if (t->kind == TK_PUNCT && t->len == 1 && p[0] == '"') {
            q[i] = 1;
            in = !in;
            continue;
        }
        if (t->kind == TK_PUNCT && t->len == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x9D)) {
            q[i] = 1;
            in = p[2] == 0x9C;
            continue;
        }
        q[i] = (uint8_t)in;
    }
}

int ts_when_pick(const char *text, const ts_tok *tok, size_t n, const ts_when *x, size_t nx, size_t first,
                 size_t verb)
{
    if (nx == 0 || verb >= n)
        return -1;
    (void)first;
    wctx c = {text, tok, n, 0, 0, 0, 0, 0, 0};
    uint8_t q[TS_MAX_SENT_SCAN], inx[TS_MAX_SENT_SCAN];
    size_t m = n < sizeof q ? n : sizeof q;
    if (verb >= m)
        return -1;
    quotes(&c, q, m);
    memset(inx, 0, m);
    for (size_t k = 0; k < nx; k++)
        for (size_t i = x[k].t0; i < x[k].t1 && i < m; i++)
            inx[i] = 1;
    /* the verb's clause: up to the nearest boundary on either side */
    size_t L = verb, R = verb + 1, R3;
    while (L > 0 && (inx[L - 1] || !boundary(&c, L - 1)))
        L--;
    /* "killed dozens and on Saturday, ... authorised": "and" before a time
       opens the next clause */
    while (R < m && (inx[R] || !boundary(&c, R)) &&
           !(R + 1 < m && inx[R + 1] && (is_word(&c, R, "and") || is_word(&c, R, "but"))))
        R++;
    /* the clause chain after it: commas crossed, not subordinate clauses nor
       the reporting clause ("..., the White House said on Thursday") */
    R3 = R;
    while (R3 < m && (inx[R3] || boundary(&c, R3) != B_HARD)) {
        if (!inx[R3] && boundary(&c, R3) == B_SOFT && reporting_after(&c, R3 + 1, m))
            break;
        R3++;
    }
    int best = -1;
    size_t bestd = (size_t)-1;
    for (size_t k = 0; k < nx; k++) {
        if (x[k].t0 >= m || x[k].t1 > m || q[x[k].t0] != q[verb])
            continue;
        if (x[k].t0 >= L && x[k].t1 <= R) {
            size_t d = x[k].t0 > verb ? x[k].t0 - verb : verb - x[k].t1 + 1;
            if (d < bestd)
                best = (int)k, bestd = d;
        }
    }
    if (best >= 0)
        return best;
    /* the clause chain before it, back across commas: a segment that is a
       subordinate clause ("Russia, which annexed Crimea in 2014, attacked")
       is passed over; the nearest time of the others counts ("and on
       Saturday, despite appeals, Tokayev authorised") */
    for (size_t end = L; end > 0;) {
        size_t b = end - 1; /* only commas are crossed */
        if (inx[b] || boundary(&c, b) != B_SOFT)
            break;
        size_t start = b;
        while (start > 0 && (inx[start - 1] || !boundary(&c, start - 1)))
            start--;
        int sub = start > 0 && c.tok[start - 1].kind == TK_WORD && boundary(&c, start - 1) == B_HARD;
        if (sub) {
            end = start - 1; /* before the subordinating word */
            continue;
        }
        for (size_t k = nx; k-- > 0;)
            if (x[k].t0 >= start && x[k].t1 <= b && q[x[k].t0] == q[verb] && !x[k].nominal)
                return (int)k;
        end = start;
    }
    for (size_t k = 0; k < nx; k++) {
        if (x[k].t0 >= m || q[x[k].t0] != q[verb] || x[k].nominal)
            continue;
        int opening = x[k].t0 <= 1 && x[k].t1 <= verb; /* "On Tuesday, ...", "Back in 2014, ..." */
        for (size_t i = 0; opening && i < x[k].t0; i++)
            opening = boundary(&c, i) == B_NONE;
        if (opening)
            return (int)k;
    }
    for (size_t k = 0; k < nx; k++)
        if (x[k].t0 >= R && x[k].t1 <= R3 && x[k].t0 < m && q[x[k].t0] == q[verb] && !x[k].nominal)
            return (int)k;
    return -1;
}

/* Does the sentence go on with the story told before it? "Weeks later",
 * "During the takeover", "At the time", "Then", "The following day". */
static int continues(const wctx *c)
{
    static const char *const conj[] = {"and", "but", "yet", "so", NULL};
    static const char *const alone[] = {"during", "then", "afterwards", "afterward", "thereafter",
                                        "subsequently", "meanwhile", NULL};
    static const char *const unit[] = {"day", "week", "month", "year", "morning", "night", NULL};
    size_t i = 0;
    while (i < c->n && (word_in(c, i, conj) || is_punct(c, i, ',')))
        i++;
    if (word_in(c, i, alone))
        return 1;
    for (size_t k = i; k < c->n && k < i + 3; k++)
        if (is_word(c, k, "later"))
            return 1; /* "Weeks later", "Two years later", "Later that year" */
    if ((is_word(c, i, "shortly") || is_word(c, i, "soon")) &&
        (is_word(c, i + 1, "after") || is_word(c, i + 1, "afterwards") || is_word(c, i + 1, "thereafter")))
        return 1;
    if (is_word(c, i, "at") && (is_word(c, i + 1, "the") || is_word(c, i + 1, "that")) && is_word(c, i + 2, "time"))
        return 1;
    if ((is_word(c, i, "by") || is_word(c, i, "back")) && is_word(c, i + 1, "then"))
        return 1;
    if (is_word(c, i, "that") && word_in(c, i + 1, unit))
        return 1;
    if (is_word(c, i, "the") && (is_word(c, i + 1, "following") || is_word(c, i + 1, "next")) &&
        word_in(c, i + 2, unit))
        return 1;
    return 0;
}

int ts_when_resolve(const ts_when_doc *d, const char *text, const ts_tok *tok, size_t n, const ts_when *x,
                    size_t nx, size_t first, size_t verb, ts_when *out)
{
    wctx c = {text, tok, n, 0, 0, 0, 0, 0, 0};
    if (verb >= n || verb >= TS_MAX_SENT_SCAN)
        return 0;
    if (nx == 0)
        goto story;
    /* a clause that hangs on a time: "since the summer, when Putin signed" */
    size_t L = verb;
    while (L > 0) {
        int in = 0;
        for (size_t k = 0; k < nx && !in; k++)
            in = L - 1 >= x[k].t0 && L - 1 < x[k].t1;
        if (!in && boundary(&c, L - 1))
            break;
        L--;
    }
    if (L >= 2 && is_word(&c, L - 1, "when")) {
        size_t end = L - 1 - (is_punct(&c, L - 2, ',') ? 1 : 0);
        for (size_t k = 0; k < nx; k++)
            if (x[k].t1 == end) {
                *out = x[k];
                out->start = x[k].b_start, out->end = x[k].b_end, out->prec = x[k].b_prec;
                return 1;
            }
    }
    int k = ts_when_pick(text, tok, n, x, nx, first, verb);
    if (k >= 0) {
        *out = x[k];
        /* "will meet on Thursday", "offered to hold talks Thursday": the next one */
        if (x[k].weekday > 1 && verb > 0 &&
            (is_word(&c, verb - 1, "will") || is_word(&c, verb - 1, "to") ||
             (verb > 1 && (is_word(&c, verb - 2, "will") || is_word(&c, verb - 2, "to")))))
            out->start = out->end = x[k].start + 7;
        return 1;
    }
story:
    if (d && d->has && continues(&c)) {
        *out = d->anchor;
        return 1;
    }
    return 0;
}

void ts_when_remember(ts_when_doc *d, const ts_when *x, size_t nx)
{
    if (!d || nx == 0)
        return;
    d->anchor = x[nx - 1];
    d->anchor.start = x[nx - 1].b_start;
    d->anchor.end = x[nx - 1].b_end;
    d->anchor.prec = x[nx - 1].b_prec;
    d->has = 1;
}
