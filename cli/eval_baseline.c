/* eval_baseline.c - the naive ranking tocsin eval-alerts scores the alerts
 * against (eval_baseline.h): every event read once into per-dyad days with
 * prefix sums, so that any window's dyad-weeks score in a few lookups. */
#include "eval_baseline.h"
#include "tocsin/date.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EVAL_MAX_EVENTS 50000000LL /* events the baseline reads */
#define EVAL_LOOKBACK_WEEKS 12     /* the spike compares with these weeks before */

void eval_base_of(const char *code, char out[16])
{
    size_t n = strnlen(code, 15);
    if (n >= 6)
        n -= 3;
    memcpy(out, code, n);
    out[n] = '\0';
}

long eval_day(const char *date)
{
    if (!date || strlen(date) != 10 || date[4] != '-' || date[7] != '-')
        return EVAL_NEVER;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (date[i] < '0' || date[i] > '9'))
            return EVAL_NEVER;
    int y = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
    int mo = (date[5] - '0') * 10 + (date[6] - '0'), d = (date[8] - '0') * 10 + (date[9] - '0');
    if (mo < 1 || mo > 12 || d < 1 || d > tocsin_days_in_month(y, mo))
        return EVAL_NEVER; /* 2020-13-01, 2023-02-29 */
    return tocsin_days_from_civil(y, mo, d);
}

/* A day of a dyad: events at rung >= 1, at a fighting rung or above, and
 * the highest rung. */
typedef struct bday {
    long day;
    int n, fight, max_rung;
} bday;

typedef struct bdyad {
    char a[16], b[16]; /* a <= b */
    bday *d;
    size_t n, cap;
    long *cum_n, *cum_f; /* prefix sums over d */
} bdyad;

struct eval_baseline {
    bdyad *dy;
    size_t ndy;
    int fight; /* the fighting rung */
    const tocsin_ladder *l;
};

typedef struct loader {
    eval_baseline *c;
    long long seen;
    int err;
    /* dyads by hash, open addressing */
    size_t *slot, nslot;
} loader;

static unsigned long long hash2(const char *a, const char *b)
{
    unsigned long long h = 1469598103934665603ull;
    for (const char *p = a; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    h = (h ^ '|') * 1099511628211ull;
    for (const char *p = b; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    return h;
}

static bdyad *dyad_get(loader *L, const char *a, const char *b)
{
    eval_baseline *c = L->c;
    if (c->ndy * 2 >= L->nslot) {
        size_t ns = L->nslot ? 2 * L->nslot : 1024;
        size_t *sl = malloc(ns * sizeof *sl);
        bdyad *nd = realloc(c->dy, ns / 2 * sizeof *nd);
        if (!sl || !nd) {
            free(sl);
            if (nd)
                c->dy = nd;
            return NULL;
        }
        c->dy = nd;
        for (size_t i = 0; i < ns; i++)
            sl[i] = (size_t)-1;
        for (size_t k = 0; k < c->ndy; k++) {
            size_t h = (size_t)(hash2(c->dy[k].a, c->dy[k].b) & (ns - 1));
            while (sl[h] != (size_t)-1)
                h = (h + 1) & (ns - 1);
            sl[h] = k;
        }
        free(L->slot);
        L->slot = sl, L->nslot = ns;
    }
    size_t h = (size_t)(hash2(a, b) & (L->nslot - 1));
    while (L->slot[h] != (size_t)-1) {
        bdyad *d = &c->dy[L->slot[h]];
        if (!strcmp(d->a, a) && !strcmp(d->b, b))
            return d;
        h = (h + 1) & (L->nslot - 1);
    }
    bdyad *d = &c->dy[c->ndy];
    memset(d, 0, sizeof *d);
    memcpy(d->a, a, 16);
    memcpy(d->b, b, 16);
    L->slot[h] = c->ndy++;
    return d;
}

static int load_event(void *ud, const tocsin_stored_event *e)
{
    loader *L = ud;
    if (++L->seen > EVAL_MAX_EVENTS) {
        L->err = 1;
        return 1;
    }
    if (!e->source || !e->target || !e->source[0] || !e->target[0] || !e->code)
        return 0;
    long day = eval_day(e->date);
    if (day == EVAL_NEVER)
        return 0;
    char a[16], b[16];
    eval_base_of(e->source, a);
    eval_base_of(e->target, b);
    if (strcmp(a, b) > 0) {
        char t[16];
        memcpy(t, a, 16), memcpy(a, b, 16), memcpy(b, t, 16);
    }
    int rung = tocsin_ladder_rung(L->c->l, e->code);
    bdyad *d = dyad_get(L, a, b);
    if (!d) {
        L->err = 2;
        return 1;
    }
    if (d->n == d->cap) {
        size_t nc = d->cap ? 2 * d->cap : 8;
        bday *nd = realloc(d->d, nc * sizeof *nd);
        if (!nd) {
            L->err = 2;
            return 1;
        }
        d->d = nd, d->cap = nc;
    }
    /* events come newest first: a day is appended once, then reversed */
    bday *last = d->n ? &d->d[d->n - 1] : NULL;
    if (!last || last->day != day) {
        last = &d->d[d->n++];
        memset(last, 0, sizeof *last);
        last->day = day;
    }
    if (rung >= 1)
        last->n++;
    if (rung >= L->c->fight)
        last->fight++;
    if (rung > last->max_rung)
        last->max_rung = rung;
    return 0;
}

static int bday_cmp(const void *x, const void *y)
{
    const bday *a = x, *b = y;
    return (a->day > b->day) - (a->day < b->day);
}

/* Reads every event once into per-dyad days with prefix sums. */
int eval_baseline_load(tocsin_store *s, const tocsin_ladder *l, eval_baseline **out)
{
    eval_baseline *c = calloc(1, sizeof *c);
    *out = c;
    if (!c) {
        fprintf(stderr, "tocsin eval-alerts: out of memory\n");
        return -1;
    }
    c->l = l;
    int top = tocsin_ladder_top(c->l);
    c->fight = 0;
    for (int r = 1; r <= top && !c->fight; r++)
        if (!strcmp(tocsin_ladder_name(c->l, r), "fighting"))
            c->fight = r;
    if (!c->fight)
        c->fight = top > 1 ? top - 1 : 1; /* a ladder without a rung named so: the one below the top */
    loader L;
    memset(&L, 0, sizeof L);
    L.c = c;
    tocsin_event_filter f;
    memset(&f, 0, sizeof f);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_store_events(s, &f, load_event, &L, &err);
    free(L.slot);
    if (L.err || rc < 0) {
        fprintf(stderr, "tocsin eval-alerts: %s\n",
                L.err == 1 ? "too many events for the baseline"
                : L.err    ? "out of memory"
                           : (err.message[0] ? err.message : tocsin_strerror(rc)));
        return -1;
    }
    for (size_t k = 0; k < c->ndy; k++) {
        bdyad *d = &c->dy[k];
        qsort(d->d, d->n, sizeof *d->d, bday_cmp);
        /* merge days split by the order events came in */
        size_t w = 0;
        for (size_t i = 0; i < d->n; i++) {
            if (w && d->d[w - 1].day == d->d[i].day) {
                d->d[w - 1].n += d->d[i].n, d->d[w - 1].fight += d->d[i].fight;
                if (d->d[i].max_rung > d->d[w - 1].max_rung)
                    d->d[w - 1].max_rung = d->d[i].max_rung;
            } else {
                d->d[w++] = d->d[i];
            }
        }
        d->n = w;
        d->cum_n = malloc((d->n + 1) * sizeof *d->cum_n);
        d->cum_f = malloc((d->n + 1) * sizeof *d->cum_f);
        if (!d->cum_n || !d->cum_f) {
            fprintf(stderr, "tocsin eval-alerts: out of memory\n");
            return -1;
        }
        d->cum_n[0] = d->cum_f[0] = 0;
        for (size_t i = 0; i < d->n; i++) {
            d->cum_n[i + 1] = d->cum_n[i] + d->d[i].n;
            d->cum_f[i + 1] = d->cum_f[i] + d->d[i].fight;
        }
    }
    return 0;
}

/* The first index with day >= day. */
static size_t lower(const bdyad *d, long day)
{
    size_t lo = 0, hi = d->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->d[mid].day < day)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The baseline's score of a dyad over [p0, p1] (a week, or the part of one
 * in a window): max rung x log(1 + events at a fighting rung or above) x
 * spike, the spike being (events at rung >= 1 + 1) over (their mean over the
 * 12 weeks before, for as many days, + 1). */
static double bscore(const bdyad *d, long p0, long p1, int *max_rung, long *nf, double *spike)
{
    size_t i0 = lower(d, p0), i1 = lower(d, p1 + 1);
    *max_rung = 0, *nf = 0, *spike = 0;
    if (i0 == i1)
        return 0;
    for (size_t i = i0; i < i1; i++)
        if (d->d[i].max_rung > *max_rung)
            *max_rung = d->d[i].max_rung;
    long n = d->cum_n[i1] - d->cum_n[i0];
    *nf = d->cum_f[i1] - d->cum_f[i0];
    size_t j0 = lower(d, p0 - 7L * EVAL_LOOKBACK_WEEKS);
    double prev = (double)(d->cum_n[i0] - d->cum_n[j0]);
    double expect = prev / (7.0 * EVAL_LOOKBACK_WEEKS) * (double)(p1 - p0 + 1);
    *spike = ((double)n + 1.0) / (expect + 1.0);
    return (double)*max_rung * log1p((double)*nf) * *spike;
}

long eval_week_start(long day)
{
    return day - tocsin_weekday(day); /* Monday */
}

/* The baseline's items for [from, to]: each dyad's best week (weeks from
 * Monday, clipped to the window); one eval_item per dyad, best first. */
int eval_baseline_items(const eval_baseline *c, long from, long to, eval_item **out, size_t *n)
{
    eval_item *v = NULL;
    size_t k = 0, cap = 0;
    for (size_t i = 0; i < c->ndy; i++) {
        const bdyad *d = &c->dy[i];
        size_t i0 = lower(d, from);
        if (i0 == d->n || d->d[i0].day > to)
            continue;
        double best = 0;
        long bw = 0, bnf = 0;
        int brung = 0;
        double bspike = 0;
        for (long w = eval_week_start(from); w <= to; w += 7) {
            long p0 = w < from ? from : w, p1 = w + 6 > to ? to : w + 6;
            int mr;
            long nf;
            double sp, sc = bscore(d, p0, p1, &mr, &nf, &sp);
            if (sc > best)
                best = sc, bw = p0, bnf = nf, brung = mr, bspike = sp;
        }
        if (best <= 0)
            continue;
        if (k == cap) {
            size_t nc = cap ? 2 * cap : 64;
            eval_item *nv = realloc(v, nc * sizeof *nv);
            if (!nv) {
                free(v);
                return -1;
            }
            v = nv, cap = nc;
        }
        eval_item *it = &v[k++];
        memset(it, 0, sizeof *it);
        memcpy(it->a, d->a, 16);
        memcpy(it->b, d->b, 16);
        it->first = bw;
        it->last = eval_week_start(bw) + 6 > to ? to : eval_week_start(bw) + 6;
        it->score = best;
        snprintf(it->kind, sizeof it->kind, "weekly-spike");
        snprintf(it->detail, sizeof it->detail, "max rung %d x log(1 + %ld fighting) x spike %.1f", brung, bnf,
                 bspike);
    }
    *out = v, *n = k;
    return 0;
}

void eval_baseline_free(eval_baseline *c)
{
    if (!c)
        return;
    for (size_t k = 0; k < c->ndy; k++) {
        free(c->dy[k].d);
        free(c->dy[k].cum_n);
        free(c->dy[k].cum_f);
    }
    free(c->dy);
    free(c);
}
