/* alerts.c - what escalated in a window, ranked by one score and explained.
 *
 * Every dyad with conflict in the window is scored against its own history
 * (doc/alerts.md): for each rung k, the window's events at rung k or above
 * are compared with what the dyad's history predicts, volume-normalised and
 * shrunk toward dyads like it, through a negative-binomial tail; an alert
 * can be no more surprising than the chance that all its independent events
 * are miscodings; the rung's seriousness weighs the result. The rules (new
 * rung, escalation, surge, balance, third party, alliance) say why an alert
 * fired; the score ranks. One alert per dyad: its rules are merged. */
#include "tocsin/analytics.h"
#include "tocsin/date.h"

#include "base/internal.h"
#include "store/db.h"
#include "store/store_impl.h"
#include "surprise.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CANDIDATES 20000
#define MAX_PAIRS 200000      /* directed pairs with events in a window */
#define MAX_SPAN_DAYS 20000   /* history + window, for the per-day arrays */
#define DEFAULT_HISTORY 180   /* days; older ones would weigh under 1/8 (HALF_LIFE) */
#define MISCODE_RATE 0.1      /* chance that one independent event is a miscoding */
#define SURPRISE_CAP 12.0     /* -log10 p beyond this says nothing more */
#define PRIOR_WINDOWS 1.0     /* the prior weighs as much as one window of history */
#define DISPERSION_PRIOR 0.5  /* overdispersion of news counts between windows (1/size) */
#define SCAN_DAYS 7           /* a burst within the window is scanned for over this many days */
#define HALF_LIFE 60.0        /* days: older history counts less toward the expected rate */
#define DISPERSION_MAX 1.0    /* one burst in the history must not hide the next */
#define FIGHTING_MIN 5.0      /* independent events of fighting that make a dyad's war an alert */
#define EVIDENCE_HALF 2.0     /* independent events at which an alert weighs half */
#define SURPRISE_FLOOR 1.0    /* added to the surprise: a count that is no surprise still weighs by its size */
#define MAX_CODES 6           /* codes named in a third party's alert */

/* Evidence is looked up only for the alerts that make the list. */
typedef struct evreq {
    char x[16], y[16];
    char since[11], until[11]; /* "" = the window */
    int directed, rung, done;
    const char *const *codes;
} evreq;

typedef struct cand {
    tocsin_alert a; /* first: a cand is ranked as its alert */
    evreq r;
    char k1[16], k2[16]; /* the unordered pair that merges alerts */
    char reason[8][200]; /* per rule (kind): its phrase ("" if it did not fire) */
    char score_text[400];
    int main_kind;
} cand;

typedef struct alist {
    cand *v;
    size_t n, cap;
} alist;

static int dberr(tocsin_store *s, tocsin_error *err, const char *what)
{
    ts_error_set(err, TOCSIN_EIO, ts_store_path(s), 0, -1, "%s: %s", what,
                 ts_db_errmsg(ts_store_db(s)));
    return TOCSIN_EIO;
}

static cand *add(alist *l)
{
    if (ts_vec_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v, MAX_CANDIDATES))
        return NULL;
    cand *c = &l->v[l->n++];
    memset(c, 0, sizeof *c);
    return c;
}

static void shift_days(const char *d, int delta, char out[11])
{
    if (tocsin_date_shift(d, delta, out))
        snprintf(out, 11, "%s", d);
}

static void want_evidence(cand *c, const char *x, const char *y, int directed, int rung,
                          const char *const *codes)
{
    snprintf(c->r.x, sizeof c->r.x, "%s", x);
    snprintf(c->r.y, sizeof c->r.y, "%s", y);
    c->r.directed = directed;
    c->r.rung = rung;
    c->r.codes = codes;
}

/* ---- the score ---- */

/* The window's context: lengths, and the news volume of each day. */
typedef struct ctx {
    const tocsin_ladder *l;
    int top, fight;
    int hist, wd, lb;      /* days of history, window, look-back */
    int32_t h0;            /* first day of the history */
    double *tot;           /* events of all dyads per day, [0, hist + wd) */
    double tw, th;         /* events in the window, in the history */
    double tau;            /* history volume in windows: th / tw */
    double pairs;          /* directed pairs with events in the window */
    double tau_w;          /* the same with the history discounted by its age (HALF_LIFE) */
    double tau_lb;         /* the look-back's volume in windows (third parties, alliances) */
    int roots[21], nroots; /* the CAMEO roots on the ladder, read per dyad-day */
    /* coverage: the database's first event day, as an index from h0 (0 when
       it covers the whole history), and the covered share of the history
       (weighed by age, as the history is) and of the look-back */
    int cov0;
    double cov, cov_lb;
    double *age_w;         /* per history day: its weight, 0.5^(age / HALF_LIFE) */
    int root_rung[21];
} ctx;

typedef struct score {
    double sev, log10p, count, expected, indep;
    int k, scan; /* scan: the count is the window's busiest SCAN_DAYS, from day scan - 1 */
    double attention; /* doublings of the dyad's news over its usual rate (0 if not more) */
} score;

/* log10 of how likely x or more events are (on e independent ones) when
 * the history holds h of them in tau windows, the prior expects m per window
 * and the counts vary with overdispersion phi; no less likely than the
 * chance that every independent event is a miscoding. The mean into *mu. */
static double count_log10p(double x, double e, double h, double tau, double m, double phi, double share,
                           double penalty, double *mu)
{
    double a = PRIOR_WINDOWS * m;
    if (a < 1e-6)
        a = 1e-6;
    *mu = share * (h + a) / (tau + PRIOR_WINDOWS);
    double size = 1.0 / (1.0 / (h + a) + phi);
    double lp = ts_nb_log10_tail(x, *mu, size) + penalty;
    if (lp > 0)
        lp = 0;
    /* no more surprising than the chance that every independent event is a
       miscoding. Repeats of one story on one day already count as one
       (e is per day, 1 + log2 of the reports), so the events left are
       independent and the chance falls with their number: MISCODE_RATE^e.
       (It fell with sqrt(e): that bound every onset's surprise, which then
       said nothing but the number of events.) */
    double lmis = (e > 1 ? e : 1) * log10(MISCODE_RATE);
    double hi = lp > lmis ? lp : lmis, lo = lp > lmis ? lmis : lp;
    return hi + log10(1 + pow(10.0, lo - hi));
}

/* How surprising x events are (on e independent ones) when the history
 * holds h of them in tau windows, the prior expects m per window and the
 * counts vary between windows with overdispersion phi; w is the rung's
 * seriousness (0-1), att the doublings of the dyad's news over its usual
 * rate (0 for third parties and alliances). cov is the share of the
 * history the database covers (1: all of it; weighed by age, as the history
 * is): the rest is no history yet, not a history without events, and tells
 * nothing of what is usual, so the surprise (log10 p) and the doublings of
 * the dyad's news count for the covered share only (doc/alerts.md, 'The
 * start of a database'). */
static score score_count(double x, double e, double h, double tau, double m, double phi, double w, int k,
                         double share, double penalty, double att, double cov)
{
    score s = {0, 0, x, 0, e, k, 0, att};
    if (x <= 0)
        return s;
    double mu, l10 = count_log10p(x, e, h, tau, m, phi, share, penalty, &mu);
    if (cov < 1) {
        if (cov < 0)
            cov = 0;
        if (l10 < -SURPRISE_CAP)
            l10 = -SURPRISE_CAP;
        l10 *= cov;
        att *= cov;
        s.attention = att;
    }
    double surprise = -l10 > SURPRISE_CAP ? SURPRISE_CAP : -l10;
    s.log10p = l10;
    s.expected = mu;
    /* magnitude times surprise: the doublings of independent evidence, each
       weighed by how surprising the count is, so that ten surprising events
       outrank three as surprising, and a steady war is listed below one that
       escalates. The surprise has a second part, the doublings of the
       dyad's whole news (events of every kind) over its usual rate: an
       episode puts a dyad in the news far more than usual, not only more of
       its fighting (the ingredient of the weekly-spike baseline), and a war
       that goes on at its usual level is not */
    s.sev = 10.0 * w * (surprise + SURPRISE_FLOOR + att) * log2(1 + (e > 0 ? e : 0));
    /* evidence weight: one report is a third of an alert, many are whole */
    s.sev *= (e > 1 ? e : 1) / ((e > 1 ? e : 1) + EVIDENCE_HALF);
    return s;
}

/* ---- dyads with conflict in the window ---- */

typedef struct dyad {
    char x[16], y[16];
    int w_rung, lb_rung;          /* highest rung in the window, in the look-back */
    double nw, cw, nl, cl, q4w, q4l;
    double vol_h;                 /* all events of the dyad in the history */
    double xw[TOCSIN_MAX_RUNG + 1], hh[TOCSIN_MAX_RUNG + 1]; /* events at rung >= k */
    double ev[TOCSIN_MAX_RUNG + 1];
    /* overdispersion between the history's windows, and between its spans
       of SCAN_DAYS (the burst's) */
    double phi[TOCSIN_MAX_RUNG + 1], phs[TOCSIN_MAX_RUNG + 1];
    /* the scan: the busiest SCAN_DAYS of the window at each rung (most
       independent events), their events, the other dyads' news in them (a
       tie goes to the least) and their independent events */
    double sx[TOCSIN_MAX_RUNG + 1], sv[TOCSIN_MAX_RUNG + 1], se[TOCSIN_MAX_RUNG + 1];
    int sday[TOCSIN_MAX_RUNG + 1]; /* its first day (index from the history's start) */
    /* the first and last day of the window (index from the history's start)
       with events at rung >= k, and the same within the burst */
    int wfirst[TOCSIN_MAX_RUNG + 1], wlast[TOCSIN_MAX_RUNG + 1];
    int sfirst[TOCSIN_MAX_RUNG + 1], slast[TOCSIN_MAX_RUNG + 1];
    long long fight_w[2]; /* fighting events in the window, (x, y) and (y, x) */
    /* events at rung >= k in the wd days just before the window (the
       history's last days; -1 where the database does not cover them all) */
    double xp[TOCSIN_MAX_RUNG + 1];
    score best;
} dyad;

/* A directed pair of the window and its highest rung. */
typedef struct wpair {
    char x[16], y[16];
    int rung;
} wpair;

static int wpair_cmp(const void *p, const void *q)
{
    const wpair *a = p, *b = q;
    int c = strcmp(a->x, b->x);
    return c ? c : strcmp(a->y, b->y);
}

/* The window's pairs, one statement: how many directed pairs have events
 * (c->pairs: the prior of a pair's support is the support of all pairs
 * shared among them), and the dyads (unordered pairs, sorted) with conflict, rung 1
 * or above either way round. */
static int load_dyads(ts_db *db, ctx *c, const char *w0, const char *w1, dyad **out, size_t *n)
{
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(db, "SELECT a, b, max(max_rung) FROM dyad_days WHERE day >= ?1 AND day <= ?2"
                                 " GROUP BY a, b", 0)))
        return -1;
    ts_bind_text(st, 1, w0, -1);
    ts_bind_text(st, 2, w1, -1);
    wpair *p = NULL;
    size_t np = 0, pcap = 0;
    long long rows = 0;
    int rc = 0, step;
    while ((step = ts_stmt_step(st)) == TS_ROW) {
        rows++;
        const char *a = ts_col_text(st, 0), *b = ts_col_text(st, 1);
        if (!a || !b)
            continue;
        if ((rc = ts_vec_grow((void **)&p, &pcap, np + 1, sizeof *p, MAX_PAIRS)))
            break;
        wpair *w = &p[np++];
        int swap = strcmp(a, b) > 0;
        snprintf(w->x, sizeof w->x, "%s", swap ? b : a);
        snprintf(w->y, sizeof w->y, "%s", swap ? a : b);
        w->rung = ts_col_int(st, 2);
    }
    ts_stmt_finalize(st);
    if (!rc && step != TS_DONE)
        rc = -1;
    c->pairs = (double)rows;
    if (np)
        qsort(p, np, sizeof *p, wpair_cmp);
    dyad *v = NULL;
    size_t len = 0, cap = 0;
    for (size_t k = 0; k < np && !rc;) {
        int rung = p[k].rung;
        size_t e = k + 1;
        for (; e < np && !wpair_cmp(&p[k], &p[e]); e++)
            if (p[e].rung > rung)
                rung = p[e].rung;
        if (rung >= 1) {
            if ((rc = ts_vec_grow((void **)&v, &cap, len + 1, sizeof *v, MAX_CANDIDATES)))
                break;
            dyad *d = &v[len++];
            memset(d, 0, sizeof *d);
            memcpy(d->x, p[k].x, sizeof d->x);
            memcpy(d->y, p[k].y, sizeof d->y);
        }
        k = e;
    }
    free(p);
    if (rc) {
        free(v);
        return rc;
    }
    *out = v;
    *n = len;
    return 0;
}

/* A dyad's days, both directions, from the history's first day to the
 * window's last. On a database server each statement is a round trip, so the
 * days of up to DYAD_BATCH dyads are read by one (a list of pairs); SQLite,
 * in the process, reads a dyad's days a direction at a time by its primary
 * key (its planner would take the day index for a list of pairs). The rows
 * are kept as dayrows, sorted by dyad, direction ((x, y) before (y, x)) and
 * day, and summed in that order whatever order the database gave them in, so
 * that both backends add the same numbers in the same order. */
#define DYAD_BATCH 128
#define BATCH_ROWS 65536 /* rows of a batch, at most: fewer dyads when the span is long */

typedef struct dayrow {
    unsigned j;      /* the dyad, in its batch */
    int dir, di, mr; /* direction, day (from the history's start), highest rung */
    long long n, q3, q4;
    long r[20]; /* events at each of the ladder's roots (ctx.roots) */
} dayrow;

static int dayrow_cmp(const void *x, const void *y)
{
    const dayrow *a = x, *b = y;
    if (a->j != b->j)
        return a->j < b->j ? -1 : 1;
    if (a->dir != b->dir)
        return a->dir < b->dir ? -1 : 1;
    return a->di < b->di ? -1 : a->di > b->di;
}

/* Starts a dyad: no days read yet. cnt is (hist + wd) * (top + 1), own
 * (hist + wd): the dyad's events of every kind per day. */
static void dyad_start(const ctx *c, dyad *d, long *cnt, double *own)
{
    memset(cnt, 0, (size_t)(c->hist + c->wd) * (size_t)(c->top + 1) * sizeof *cnt);
    memset(own, 0, (size_t)(c->hist + c->wd) * sizeof *own);
    d->w_rung = -1;
}

/* Reads a row (columns from col: day, n, max_rung, q3, q4, then the ladder's
 * roots) into r: 0, or -1 for a day outside the span. */
static int dayrow_read(ts_stmt *q, int col, const ctx *c, dayrow *r)
{
    int32_t day;
    const char *ds = ts_col_text(q, col);
    if (!ds || ts_parse_date(ds, 10, &day))
        return -1;
    r->di = (int)(day - c->h0);
    if (r->di < 0 || r->di >= c->hist + c->wd)
        return -1;
    r->n = ts_col_int64(q, col + 1);
    r->mr = ts_col_int(q, col + 2);
    r->q3 = ts_col_int64(q, col + 3);
    r->q4 = ts_col_int64(q, col + 4);
    for (int j = 0; j < c->nroots; j++)
        r->r[j] = (long)ts_col_int64(q, col + 5 + j);
    return 0;
}

/* Adds one of the dyad's days to its per-day counts at each rung and its
 * sums: window, history, look-back. */
static void dyad_row(const dayrow *r, const ctx *c, dyad *d, long *cnt, double *own)
{
    int top = c->top, di = r->di, mr = r->mr;
    double n = (double)r->n;
    own[di] += n;
    double conf = (double)(r->q3 + r->q4);
    double q4 = (double)r->q4;
    long at[TOCSIN_MAX_RUNG + 2] = {0};
    int rmax = 0;
    for (int j = 0; j < c->nroots; j++) {
        long cr = r->r[j];
        int rr = c->root_rung[c->roots[j]];
        if (cr > 0 && rr > 0) {
            at[rr] += cr;
            if (rr > rmax)
                rmax = rr;
        }
    }
    /* a code more specific than its root (138 under 13) stands higher: one
       of the day's events, counted at its root's rung above, reached the
       day's highest rung; it moves there (one event, not one at each rung
       between) */
    if (mr > rmax && mr <= top) {
        at[mr] += 1;
        if (rmax > 0 && at[rmax] > 0)
            at[rmax] -= 1;
    }
    long acc = 0;
    for (int k = top; k >= 1; k--) {
        acc += at[k];
        cnt[(size_t)di * (size_t)(top + 1) + (size_t)k] += acc;
    }
    if (di >= c->hist) {
        for (int j = 0; j < c->nroots; j++)
            if (c->fight > 0 && c->root_rung[c->roots[j]] >= c->fight)
                d->fight_w[r->dir] += r->r[j];
        d->nw += n;
        d->cw += conf;
        d->q4w += q4;
        if (mr > d->w_rung)
            d->w_rung = mr;
    } else {
        d->vol_h += n * c->age_w[di];
        if (di >= c->hist - c->lb) {
            d->nl += n;
            d->cl += conf;
            d->q4l += q4;
            if (mr > d->lb_rung)
                d->lb_rung = mr;
        }
    }
}

/* The overdispersion of a dyad's counts at rung >= k between the history's
 * spans of len days (complete ones, counted back from the window), by the
 * method of moments, shrunk toward the prior; bins has room for 2 * (hist
 * / len) values. */
static double dispersion(const ctx *c, const long *cnt, int k, int len, double hk, double *bins)
{
    /* spans before the database's first event are no history: not counted */
    int top = c->top, nb = len > 0 ? (c->hist - c->cov0) / len : 0;
    if (nb < 3 || hk < 3)
        return DISPERSION_PRIOR;
    double vsum = 0, csum = 0;
    for (int b = 0; b < nb; b++) {
        double cb = 0, vb = 0;
        for (int i = 0; i < len; i++) {
            int di = c->hist - 1 - b * len - i;
            cb += (double)cnt[(size_t)di * (size_t)(top + 1) + (size_t)k];
            vb += c->tot[di];
        }
        bins[2 * b] = cb;
        bins[2 * b + 1] = vb;
        csum += cb;
        vsum += vb;
    }
    if (vsum <= 0)
        return DISPERSION_PRIOR;
    double lam = csum / vsum, num = 0, den = 0;
    for (int b = 0; b < nb; b++) {
        double e = lam * bins[2 * b + 1];
        num += (bins[2 * b] - e) * (bins[2 * b] - e) - e;
        den += e * e;
    }
    double ph = den > 0 && num > 0 ? num / den : 0;
    ph = (nb * ph + 3 * DISPERSION_PRIOR) / (nb + 3);
    return ph > DISPERSION_MAX ? DISPERSION_MAX : ph;
}

/* Ends a dyad whose days were read: its counts at each rung, independent
 * events, the scan, and the dispersion of the history's windows. */
static void dyad_finish(const ctx *c, dyad *d, const long *cnt, const double *own, double *bins)
{
    int span = c->hist + c->wd, top = c->top;
    for (int k = 1; k <= top; k++) {
        d->xw[k] = d->hh[k] = d->ev[k] = d->xp[k] = 0;
        d->wfirst[k] = d->wlast[k] = d->sfirst[k] = d->slast[k] = -1;
        for (int di = 0; di < span; di++) {
            long x = cnt[(size_t)di * (size_t)(top + 1) + (size_t)k];
            if (di >= c->hist) {
                if (x > 0) {
                    if (d->wfirst[k] < 0)
                        d->wfirst[k] = di;
                    d->wlast[k] = di;
                }
                d->xw[k] += (double)x;
                if (x > 0)
                    d->ev[k] += 1 + log2((double)x);
            } else {
                d->hh[k] += (double)x * c->age_w[di];
                if (di >= c->hist - c->wd)
                    d->xp[k] += (double)x;
            }
        }
        if (c->hist - c->wd < c->cov0)
            d->xp[k] = -1; /* the days before the window are not all covered: unknown */
        /* the scan: the SCAN_DAYS with the most independent events (a day of
           copies of one story is one report, as in the window), then the most
           events, then the least news of the other dyads */
        d->sx[k] = d->sv[k] = d->se[k] = 0;
        for (int st = c->hist; c->wd > SCAN_DAYS && st + SCAN_DAYS <= span; st++) {
            double x = 0, v = 0, e = 0;
            for (int di = st; di < st + SCAN_DAYS; di++) {
                long n = cnt[(size_t)di * (size_t)(top + 1) + (size_t)k];
                x += (double)n;
                v += c->tot[di] - own[di];
                if (n > 0)
                    e += 1 + log2((double)n);
            }
            if (e > d->se[k] || (e == d->se[k] && e > 0 && (x > d->sx[k] || (x == d->sx[k] && v < d->sv[k])))) {
                d->sday[k] = st;
                d->sx[k] = x;
                d->sv[k] = v;
                d->se[k] = e;
            }
        }
        for (int di = d->sday[k]; d->sx[k] > 0 && di < d->sday[k] + SCAN_DAYS && di < span; di++)
            if (cnt[(size_t)di * (size_t)(top + 1) + (size_t)k] > 0) {
                if (d->sfirst[k] < 0)
                    d->sfirst[k] = di;
                d->slast[k] = di;
            }
        /* dispersion between the history's windows, and between its spans
           of SCAN_DAYS for the burst */
        d->phi[k] = dispersion(c, cnt, k, c->wd, d->hh[k], bins);
        d->phs[k] = dispersion(c, cnt, k, SCAN_DAYS, d->hh[k], bins);
    }
}

static double rung_weight(const ctx *c, int k)
{
    return c->top > 0 ? (double)k / c->top : 0;
}

/* Scores every dyad at every rung it reached in the window; the prior of a
 * dyad is the share of events at each rung of the dyads in conflict in the
 * same window, averaged over those dyads (each dyad counts once: the war
 * that is most of the events must not lend its rungs to every dyad), times
 * the dyad's own volume. */
static void score_dyads(const ctx *c, dyad *v, size_t n)
{
    double pooled[TOCSIN_MAX_RUNG + 1] = {0}, vol = 0;
    for (size_t i = 0; i < n; i++) {
        double dv = v[i].vol_h + v[i].nw;
        if (dv <= 0)
            continue;
        vol += 1;
        for (int k = 1; k <= c->top; k++)
            pooled[k] += (v[i].hh[k] + v[i].xw[k]) / dv;
    }
    for (size_t i = 0; i < n; i++) {
        dyad *d = &v[i];
        /* the news volume is that of the other dyads: a dyad that is most of
           the news must not be normalised by its own escalation */
        double tau = c->tau_w;
        if (c->tw - d->nw > 0) {
            double thw = c->tau_w * c->tw; /* the history's discounted volume */
            tau = (thw - d->vol_h > 0 ? thw - d->vol_h : 0) / (c->tw - d->nw);
        }
        double per_window = (d->vol_h + 1) / (tau + 1);
        double att = log2((d->nw + 1) / (per_window + 1));
        if (att < 0)
            att = 0;
        d->best.sev = -1;
        for (int k = 1; k <= c->top; k++) {
            if (d->xw[k] <= 0)
                continue;
            double m = vol > 0 ? pooled[k] / vol * per_window : 0;
            score s = score_count(d->xw[k], d->ev[k], d->hh[k], tau, m, d->phi[k], rung_weight(c, k), k, 1, 0, att, c->cov);
            if (s.sev > d->best.sev)
                d->best = s;
            if (d->sx[k] > 0 && c->wd > SCAN_DAYS) {
                /* the burst: the window's expected count scaled to its days,
                   not to its share of the window's news (the news of a region
                   crowds into the week its war breaks out, and a steady war's
                   quiet-news week is no escalation); varying as the history's
                   weeks vary (news of fighting comes in bursts of days: a
                   week's count strays further from its mean than a month's);
                   tested in about wd / SCAN_DAYS places, so its p is
                   multiplied by that */
                s = score_count(d->sx[k], d->se[k], d->hh[k], tau, m, d->phs[k], rung_weight(c, k), k,
                                (double)SCAN_DAYS / c->wd, log10((double)c->wd / SCAN_DAYS), att, c->cov);
                if (s.sev > d->best.sev) {
                    s.scan = d->sday[k] + 1;
                    d->best = s;
                }
            }
        }
    }
}

static void set_score(cand *cd, const score *s, int window_days, const char *who)
{
    tocsin_alert *a = &cd->a;
    a->severity = s->sev;
    a->scored_rung = s->k;
    a->count = s->count;
    a->expected = s->expected;
    a->independent = s->indep;
    a->log10p = s->log10p;
    a->attention = s->attention;
    char words[56];
    ts_rarity_words(s->log10p, window_days, words, sizeof words);
    snprintf(a->rarity, sizeof a->rarity, "%.44s for this %.5s", words, who);
    a->previous = -1;
}

/* The conflict rules of one scored dyad; a candidate if any fired. */
static int conflict_rules(const ctx *c, const dyad *d, int min_rung, alist *out)
{
    int fired = 0;
    char rs[5][200];
    memset(rs, 0, sizeof rs);
    const score *s = &d->best;
    if (s->sev <= 0)
        return 0;
    const tocsin_ladder *l = c->l;
    int internal = !strcmp(d->x, d->y);
    /* new rung */
    if (d->w_rung >= min_rung && d->w_rung > d->lb_rung) {
        snprintf(rs[0], sizeof rs[0], "%s-%s reached rung %d (%s); highest in the %d-day look-back: rung %d%s%s%s",
                 d->x, d->y, d->w_rung, tocsin_ladder_name(l, d->w_rung), c->lb, d->lb_rung,
                 d->lb_rung ? " (" : "", d->lb_rung ? tocsin_ladder_name(l, d->lb_rung) : "", d->lb_rung ? ")" : "");
        fired |= 1 << TOCSIN_ALERT_NEW_RUNG;
    }
    /* escalation: already at the rung, its events at twice what was expected */
    int k = s->k;
    if (!(fired & (1 << TOCSIN_ALERT_NEW_RUNG)) && k >= min_rung && d->lb_rung >= k &&
        s->count >= 3 && s->count >= 2 * s->expected && s->log10p <= -1.3) {
        snprintf(rs[1], sizeof rs[1], "%s-%s, already at rung %d (%s), escalated: %.0f events at that rung or above, "
                 "%.1f times the %.1f expected",
                 d->x, d->y, k, tocsin_ladder_name(l, k), s->count, s->count / (s->expected > 0 ? s->expected : 1),
                 s->expected);
        fired |= 1 << TOCSIN_ALERT_ESCALATION;
    }
    /* surge of material conflict against the look-back rate */
    /* against the look-back's rate over the days the database covers: with
       under SCAN_DAYS of them there is no rate to surge over */
    double lbd = c->cov_lb * c->lb;
    if (d->q4w >= 5 && lbd >= SCAN_DAYS) {
        double rate_w = d->q4w / c->wd, rate_l = (d->q4l + 1) / lbd;
        double ratio = rate_w / rate_l;
        if (ratio >= 3) {
            snprintf(rs[2], sizeof rs[2], "%s-%s%s: %.0f material-conflict events in %d days, %.1f times the look-back rate "
                     "(%.0f in %.0f days)",
                     d->x, d->y, internal ? " (internal)" : "", d->q4w, c->wd, ratio, d->q4l, lbd);
            fired |= 1 << TOCSIN_ALERT_SURGE;
        }
    }
    /* balance */
    if (d->nw >= 5 && d->nl >= 5) {
        double sw = d->cw / d->nw, sl = d->cl / d->nl, dd = sw - sl;
        if (fabs(dd) >= 0.4) {
            snprintf(rs[3], sizeof rs[3], "conflict share of %s-%s events %s from %.0f%% (%.0f events, look-back) to "
                     "%.0f%% (%.0f events, window)",
                     d->x, d->y, dd > 0 ? "rose" : "fell", 100 * sl, d->nl, 100 * sw, d->nw);
            fired |= 1 << TOCSIN_ALERT_BALANCE;
        }
    }
    /* fighting goes on: listed, ranked by the same score */
    if (!fired && c->fight > 0 && s->k >= c->fight && s->indep >= FIGHTING_MIN) {
        snprintf(rs[4], sizeof rs[4], "%s-%s%s fights on: %.0f events at rung %d (%s) or above, %.1f expected",
                 d->x, d->y, internal ? " (internal)" : "", s->count, s->k, tocsin_ladder_name(l, s->k), s->expected);
        fired |= 1 << TOCSIN_ALERT_FIGHTING;
    }
    if (!fired)
        return 0;
    cand *cd = add(out);
    if (!cd)
        return TOCSIN_ENOMEM;
    tocsin_alert *a = &cd->a;
    static const int order[5] = {TOCSIN_ALERT_NEW_RUNG, TOCSIN_ALERT_ESCALATION, TOCSIN_ALERT_SURGE,
                                 TOCSIN_ALERT_BALANCE, TOCSIN_ALERT_FIGHTING};
    for (int i = 0; i < 5; i++)
        if (rs[i][0]) {
            if (!a->kind)
                a->kind = (tocsin_alert_kind)order[i];
            memcpy(cd->reason[order[i]], rs[i], sizeof rs[i]);
        }
    a->reasons = (unsigned)fired;
    snprintf(a->actor_a, sizeof a->actor_a, "%s", d->x);
    snprintf(a->actor_b, sizeof a->actor_b, "%s", d->y);
    snprintf(cd->k1, sizeof cd->k1, "%s", d->x);
    snprintf(cd->k2, sizeof cd->k2, "%s", d->y);
    a->rung = d->w_rung > 0 ? d->w_rung : 0;
    a->prior_rung = d->lb_rung;
    set_score(cd, s, c->wd, "dyad");
    a->previous = d->xp[s->k];
    snprintf(cd->score_text, sizeof cd->score_text,
             "%.0f event%s at rung %d (%s) or above in %d days (%.1f independent), %.1f expected from its history: %s",
             s->count, s->count == 1 ? "" : "s", s->k, tocsin_ladder_name(l, s->k), s->scan ? SCAN_DAYS : c->wd,
             s->indep, s->expected, a->rarity);
    if (s->attention >= 1) {
        size_t used = strlen(cd->score_text);
        snprintf(cd->score_text + used, sizeof cd->score_text - used,
                 "; the dyad is in the news %.1f times as much as usual", pow(2.0, s->attention));
    }
    if (a->previous >= 0) {
        /* onset or continuation, in plain words: the same count over as
           many days just before the window (doc/alerts.md) */
        size_t used = strlen(cd->score_text);
        if (a->previous > 0)
            snprintf(cd->score_text + used, sizeof cd->score_text - used, "; %.0f in the %d days before the window",
                     a->previous, c->wd);
        else
            snprintf(cd->score_text + used, sizeof cd->score_text - used, "; none in the %d days before the window",
                     c->wd);
    }
    if (c->cov < 1) {
        size_t used = strlen(cd->score_text);
        snprintf(cd->score_text + used, sizeof cd->score_text - used,
                 "; no history yet: the database covers %d of the %d days before the window", c->hist - c->cov0,
                 c->hist);
    }
    want_evidence(cd, d->x, d->y, 0, s->k, NULL);
    if (s->scan) {
        /* the burst is the episode: its evidence and dates are the burst's */
        char h0[11];
        tocsin_date_format(c->h0, h0);
        shift_days(h0, s->scan - 1, cd->r.since);
        shift_days(cd->r.since, SCAN_DAYS - 1, cd->r.until);
    }
    /* the episode's days: those of every event the score counts, not only of
       the few shown as evidence */
    int f0 = s->scan ? d->sfirst[s->k] : d->wfirst[s->k], f1 = s->scan ? d->slast[s->k] : d->wlast[s->k];
    if (f0 >= 0 && f1 >= f0) {
        tocsin_date_format(c->h0 + f0, a->first);
        tocsin_date_format(c->h0 + f1, a->last);
    }
    return 0;
}

/* A batch's dyads sorted by pair, to find a row's dyad. */
typedef struct batch {
    const dyad *v;
    unsigned ord[DYAD_BATCH];
    size_t m;
} batch;

static int pair_less(const dyad *a, const dyad *b)
{
    int c = strcmp(a->x, b->x);
    return c ? c < 0 : strcmp(a->y, b->y) < 0;
}

/* The dyad of pair (x, y) in the batch, or -1. */
static long batch_find(const batch *B, const char *x, const char *y)
{
    size_t lo = 0, hi = B->m;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const dyad *d = &B->v[B->ord[mid]];
        int c = strcmp(d->x, x);
        if (!c)
            c = strcmp(d->y, y);
        if (!c)
            return (long)B->ord[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* Binds the pairs of the dyads v[0, m) to a batch's statement. */
static void bind_batch(ts_stmt *q, const dyad *v, size_t m)
{
    ts_stmt_reset(q);
    for (size_t j = 0; j < DYAD_BATCH; j++) {
        const dyad *d = &v[j < m ? j : m - 1]; /* the last one again: the list is as long */
        ts_bind_text(q, 3 + 2 * (int)j, d->x, -1);
        ts_bind_text(q, 4 + 2 * (int)j, d->y, -1);
    }
}

/* Reads the days of the dyads v[0, m) into rows (room for m * 2 * span):
 * with q, the batch's statement (PostgreSQL; bound by bind_batch), or with
 * q1, a direction's (SQLite). With next, the next batch's statement (its
 * dyads nv[0, nm)) is sent as soon as q's answer is in, so that the server
 * reads the next batch while this one is summed. 0, or -1 on a database
 * error. */
static int read_batch(ts_stmt *q, ts_stmt *q1, const ctx *c, const dyad *v, size_t m, dayrow *rows,
                      size_t *nrows, ts_stmt *next, const dyad *nv, size_t nm)
{
    size_t nr = 0;
    int step = TS_DONE;
    if (q1) {
        for (size_t j = 0; j < m; j++)
            for (int dir = 0; dir < 2; dir++) {
                if (dir && !strcmp(v[j].x, v[j].y))
                    break;
                ts_stmt_reset(q1);
                ts_bind_text(q1, 3, dir ? v[j].y : v[j].x, -1);
                ts_bind_text(q1, 4, dir ? v[j].x : v[j].y, -1);
                while ((step = ts_stmt_step(q1)) == TS_ROW) {
                    dayrow *r = &rows[nr];
                    if (nr >= m * 2 * (size_t)(c->hist + c->wd) || dayrow_read(q1, 0, c, r))
                        continue;
                    r->j = (unsigned)j;
                    r->dir = dir;
                    nr++;
                }
                if (step != TS_DONE)
                    return -1;
            }
    } else {
        batch B = {v, {0}, m};
        for (size_t j = 0; j < m; j++)
            B.ord[j] = (unsigned)j;
        for (size_t j = 1; j < m; j++) /* insertion: a few, most often sorted already */
            for (size_t k = j; k > 0 && pair_less(&v[B.ord[k]], &v[B.ord[k - 1]]); k--) {
                unsigned t = B.ord[k];
                B.ord[k] = B.ord[k - 1];
                B.ord[k - 1] = t;
            }
        int sent = 0;
        while ((step = ts_stmt_step(q)) == TS_ROW) {
            if (next && !sent) {
                bind_batch(next, nv, nm);
                if (ts_stmt_start(next))
                    return -1;
                sent = 1;
            }
            const char *a = ts_col_text(q, 0), *b = ts_col_text(q, 1);
            if (!a || !b)
                continue;
            int dir = strcmp(a, b) > 0;
            long j = dir ? batch_find(&B, b, a) : batch_find(&B, a, b);
            dayrow *r = &rows[nr];
            if (j < 0 || nr >= m * 2 * (size_t)(c->hist + c->wd) || dayrow_read(q, 2, c, r))
                continue;
            r->j = (unsigned)j;
            r->dir = dir;
            nr++;
        }
        if (next && !sent)
            bind_batch(next, nv, nm); /* no rows: its first step runs it */
        if (step != TS_DONE)
            return -1;
    }
    qsort(rows, nr, sizeof *rows, dayrow_cmp);
    *nrows = nr;
    return 0;
}

/* Fighting in the window per directed pair (events at the fighting rung or
 * above), for the third parties: summed from the dyads' days as they are
 * read (a pair with fighting in the window is a dyad with conflict there),
 * sorted by pair. */
typedef struct pair_fight {
    char a[16], b[16];
    long long n;
} pair_fight;

typedef struct fighting {
    pair_fight *v;
    size_t n;
} fighting;

static int fight_cmp(const void *x, const void *y)
{
    const pair_fight *p = x, *q = y;
    int c = strcmp(p->a, q->a);
    return c ? c : strcmp(p->b, q->b);
}

/* The window's fighting of the dyads v[0, n), both ways round. */
static int keep_fighting(const dyad *v, size_t n, fighting *f)
{
    size_t len = 0, cap = 0;
    for (size_t i = 0; i < n; i++)
        for (int dir = 0; dir < 2; dir++) {
            if (v[i].fight_w[dir] <= 0)
                continue;
            if (ts_vec_grow((void **)&f->v, &cap, len + 1, sizeof *f->v, 2 * MAX_CANDIDATES))
                return TOCSIN_ENOMEM;
            pair_fight *p = &f->v[len++];
            snprintf(p->a, sizeof p->a, "%s", dir ? v[i].y : v[i].x);
            snprintf(p->b, sizeof p->b, "%s", dir ? v[i].x : v[i].y);
            p->n = v[i].fight_w[dir];
        }
    if (len)
        qsort(f->v, len, sizeof *f->v, fight_cmp);
    f->n = len;
    return 0;
}

/* Fighting between x and y, both directions. */
static double fighting_between(const fighting *f, const char *x, const char *y)
{
    double n = 0;
    for (int dir = 0; dir < 2; dir++) {
        pair_fight key;
        snprintf(key.a, sizeof key.a, "%s", dir ? y : x);
        snprintf(key.b, sizeof key.b, "%s", dir ? x : y);
        const pair_fight *hit = f->n ? bsearch(&key, f->v, f->n, sizeof *f->v, fight_cmp) : NULL;
        if (hit)
            n += (double)hit->n;
    }
    return n;
}

/* Scores the dyads v[0, n) of the window and adds those that fire a rule to
 * out, their fighting in the window to fv; frees v. */
static int conflict_dyads(tocsin_store *s, const ctx *c, dyad *v, size_t n, const char *h0, const char *w1,
                          int min_rung, alist *out, fighting *fv, tocsin_error *err)
{
    ts_db *db = ts_store_db(s);
    int rc = 0;
    int per_pair = ts_db_kind(db) != TS_DB_PG;
    ts_buf sql = {0};
    rc = ts_buf_printf(&sql, "SELECT %sday, n, max_rung, q3, q4", per_pair ? "" : "a, b, ");
    for (int j = 0; j < c->nroots; j++)
        rc |= ts_buf_printf(&sql, ", r%02d", c->roots[j]);
    if (per_pair) {
        rc |= ts_buf_printf(&sql, " FROM dyad_days WHERE a = ?3 AND b = ?4 AND day >= ?1 AND day <= ?2");
    } else {
        /* the pairs of the batch both ways round: (x, y) and (y, x) */
        rc |= ts_buf_printf(&sql, " FROM dyad_days WHERE day >= ?1 AND day <= ?2 AND (a, b) IN (VALUES ");
        for (int j = 0; j < DYAD_BATCH; j++)
            rc |= ts_buf_printf(&sql, "%s(?%d, ?%d), (?%d, ?%d)", j ? ", " : "", 3 + 2 * j, 4 + 2 * j, 4 + 2 * j,
                                3 + 2 * j);
        rc |= ts_buf_printf(&sql, ")");
    }
    ts_stmt *q = NULL, *q2 = NULL; /* PostgreSQL: two, one read while the other runs */
    long *cnt = NULL;
    double *own = NULL;
    double *bins = NULL;
    dayrow *rows = NULL;
    size_t span = (size_t)(c->hist + c->wd);
    size_t per_batch = BATCH_ROWS / (2 * span);
    if (per_batch < 1)
        per_batch = 1;
    if (per_batch > DYAD_BATCH || per_pair)
        per_batch = per_pair ? 1 : DYAD_BATCH;
    if (rc) {
        rc = TOCSIN_ENOMEM;
        goto out;
    }
    if (n && (!(q = ts_db_prepare(db, sql.p, 0)) || (!per_pair && !(q2 = ts_db_prepare(db, sql.p, 0))))) {
        rc = dberr(s, err, "reading the dyads' history");
        goto out;
    }
    cnt = malloc(span * (size_t)(c->top + 1) * sizeof *cnt);
    own = malloc(span * sizeof *own);
    bins = malloc((size_t)(c->hist + 1) * 2 * sizeof *bins);
    rows = malloc(per_batch * 2 * span * sizeof *rows);
    if (!cnt || !own || !bins || !rows) {
        rc = TOCSIN_ENOMEM;
        goto out;
    }
    for (ts_stmt *x = q; x; x = x == q ? q2 : NULL) {
        ts_bind_text(x, 1, h0, -1);
        ts_bind_text(x, 2, w1, -1);
    }
    if (q2)
        bind_batch(q, v, n < per_batch ? n : per_batch);
    for (size_t i = 0, b = 0; i < n; i += per_batch, b ^= 1) {
        size_t m = n - i < per_batch ? n - i : per_batch, nr = 0;
        size_t ni = i + per_batch, nm = ni < n ? (n - ni < per_batch ? n - ni : per_batch) : 0;
        ts_stmt *cur = b ? q2 : q, *nxt = b ? q : q2;
        int bad = per_pair ? read_batch(NULL, q, c, v + i, m, rows, &nr, NULL, NULL, 0)
                           : read_batch(cur, NULL, c, v + i, m, rows, &nr, nm ? nxt : NULL, v + ni, nm);
        if (bad) {
            rc = dberr(s, err, "reading the dyads' history");
            goto out;
        }
        size_t k = 0;
        for (size_t j = 0; j < m; j++) {
            dyad_start(c, &v[i + j], cnt, own);
            for (; k < nr && rows[k].j == j; k++)
                dyad_row(&rows[k], c, &v[i + j], cnt, own);
            dyad_finish(c, &v[i + j], cnt, own, bins);
        }
    }
    score_dyads(c, v, n);
    for (size_t i = 0; i < n && !rc; i++)
        rc = conflict_rules(c, &v[i], min_rung, out);
    if (!rc)
        rc = keep_fighting(v, n, fv);
out:
    ts_buf_free(&sql);
    ts_stmt_finalize(q);
    ts_stmt_finalize(q2);
    free(cnt);
    free(own);
    free(bins);
    free(rows);
    free(v);
    return rc;
}

/* ---- third parties: involvement as a ladder of its own ---- */

typedef struct involve_code {
    const char *code, *words;
    int level;
} involve_code;

static const involve_code involve_codes[] = {
    {"0312", "promise of military cooperation", TOCSIN_INVOLVE_BACKING},
    {"052", "verbal defence", TOCSIN_INVOLVE_BACKING},
    {"053", "rallying support", TOCSIN_INVOLVE_BACKING},
    {"0331", "promise of economic aid", TOCSIN_INVOLVE_ARMS},
    {"0332", "promise of military aid", TOCSIN_INVOLVE_ARMS},
    {"062", "military cooperation", TOCSIN_INVOLVE_ARMS},
    {"070", "aid", TOCSIN_INVOLVE_ARMS},
    {"071", "economic aid", TOCSIN_INVOLVE_ARMS},
    {"072", "military aid", TOCSIN_INVOLVE_ARMS},
    {"0334", "promise of troops or protection", TOCSIN_INVOLVE_TROOPS},
    {"074", "troops or protection", TOCSIN_INVOLVE_TROOPS},
};
#define N_INVOLVE (sizeof involve_codes / sizeof involve_codes[0])

static const char *const support_codes[] = {"0312", "052", "053", "0331", "0332", "062", "070",
                                            "071", "072", "0334", "074", NULL};
/* agreements (057) and military ties: cooperation, intelligence, promised
   and given military aid and troops */
static const char *const alliance_codes[] = {"057", "062", "0312", "0332", "0334", "064", "072", "074", NULL};

const char *tocsin_involvement_name(tocsin_involvement v)
{
    switch (v) {
    case TOCSIN_INVOLVE_BACKING: return "diplomatic backing";
    case TOCSIN_INVOLVE_ARMS: return "arms and aid";
    case TOCSIN_INVOLVE_TROOPS: return "troops";
    case TOCSIN_INVOLVE_FIGHTING: return "fighting alongside";
    case TOCSIN_INVOLVE_NONE: break;
    }
    return "";
}

static const involve_code *involve_of(const char *code)
{
    /* longest prefix: 0332 before 033 */
    const involve_code *best = NULL;
    size_t bl = 0;
    for (size_t k = 0; k < N_INVOLVE; k++) {
        size_t n = strlen(involve_codes[k].code);
        if (n > bl && !strncmp(code, involve_codes[k].code, n)) {
            best = &involve_codes[k];
            bl = n;
        }
    }
    return best;
}

static const double involve_weight[5] = {0, 0.3, 0.6, 0.8, 0.9};

static int is_code(const char *code, const char *const *set)
{
    for (int k = 0; set[k]; k++)
        if (!strncmp(code, set[k], strlen(set[k])))
            return 1;
    return 0;
}

/* A side of a dyad at war: its enemy, the highest rung and the days of
 * fighting (both directions; a war needs WAR_MIN_DAYS of them). */
#define WAR_MIN_DAYS 1
#define ALONGSIDE_MIN 3 /* fighting events of a third party against the enemy */
#define SIDE_RATIO 2.0  /* a giver that supports both sides takes one with this many times the other's */
typedef struct war {
    char side[16], enemy[16];
    int rung;
    long n;
} war;

static int war_cmp(const void *x, const void *y)
{
    const war *a = x, *b = y;
    int c = strcmp(a->side, b->side);
    if (c)
        return c;
    if (a->rung != b->rung)
        return a->rung > b->rung ? -1 : 1;
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    return strcmp(a->enemy, b->enemy);
}

static int pair_cmp(const void *x, const void *y)
{
    const war *a = x, *b = y;
    int c = strcmp(a->side, b->side);
    return c ? c : strcmp(a->enemy, b->enemy);
}

/* Every dyad that reached rung `fight` from d0 to d1, both ways round,
 * sorted by side, then rung and events (strongest first). */
static int load_wars(ts_db *db, const char *d0, const char *d1, int fight, war **out, size_t *n)
{
    ts_stmt *q = NULL;
    if (!(q = ts_db_prepare(db,
                           "SELECT a, b, max(max_rung), count(*) FROM dyad_days WHERE day >= ?1 AND day <= ?2"
                           " AND max_rung >= ?3 AND a <> b GROUP BY a, b", 0)))
        return -1;
    ts_bind_text(q, 1, d0, -1);
    ts_bind_text(q, 2, d1, -1);
    ts_bind_int64(q, 3, fight);
    war *v = NULL;
    size_t len = 0, cap = 0;
    int rc = 0;
    while (ts_stmt_step(q) == TS_ROW) {
        const char *a = ts_col_text(q, 0), *b = ts_col_text(q, 1);
        if (!a || !b)
            continue;
        if ((rc = ts_vec_grow((void **)&v, &cap, len + 2, sizeof *v, 0)))
            break;
        for (int k = 0; k < 2; k++) {
            war *w = &v[len++];
            snprintf(w->side, sizeof w->side, "%s", k ? b : a);
            snprintf(w->enemy, sizeof w->enemy, "%s", k ? a : b);
            w->rung = ts_col_int(q, 2);
            w->n = (long)ts_col_int64(q, 3);
        }
    }
    ts_stmt_finalize(q);
    if (rc) {
        free(v);
        return rc;
    }
    /* the (a, b) and (b, a) rows of a dyad count together */
    if (len) {
        qsort(v, len, sizeof *v, pair_cmp);
        size_t m = 0;
        for (size_t k = 0; k < len; k++) {
            if (m && !pair_cmp(&v[m - 1], &v[k])) {
                v[m - 1].n += v[k].n;
                if (v[k].rung > v[m - 1].rung)
                    v[m - 1].rung = v[k].rung;
            } else {
                v[m++] = v[k];
            }
        }
        len = m;
        qsort(v, len, sizeof *v, war_cmp);
    }
    *out = v;
    *n = len;
    return 0;
}

/* Fighting before d1 (any time), per pair, for sides with no war in the
 * look-back: read once, only when needed, from the events' root index. The
 * war's last day of fighting is kept in `last`. */
typedef struct oldwar {
    war w;
    char last[11];
} oldwar;

static int load_old_wars(ts_db *db, const ctx *c, const char *d1, war **out, char (**last)[11], size_t *n)
{
    char roots[96] = "";
    size_t used = 0;
    for (int r = 1; r <= 20; r++)
        if (c->root_rung[r] >= c->fight && used + 6 < sizeof roots)
            used += (size_t)snprintf(roots + used, sizeof roots - used, "%s'%02d'", used ? ", " : "", r);
    if (!used)
        return 0;
    char sql[320];
    snprintf(sql, sizeof sql,
             "SELECT src_country, tgt_country, count(*), max(date) FROM events WHERE root IN (%s) AND date < ?1"
             " AND src_country > '' AND tgt_country > '' AND src_country <> tgt_country GROUP BY 1, 2",
             roots);
    ts_stmt *q = NULL;
    if (!(q = ts_db_prepare(db, sql, 0)))
        return -1;
    ts_bind_text(q, 1, d1, -1);
    war *v = NULL;
    char(*lv)[11] = NULL;
    size_t len = 0, cap = 0, lcap = 0;
    int rc = 0;
    while (ts_stmt_step(q) == TS_ROW) {
        const char *a = ts_col_text(q, 0), *b = ts_col_text(q, 1);
        const char *d = ts_col_text(q, 3);
        if (!a || !b || !d)
            continue;
        if ((rc = ts_vec_grow((void **)&v, &cap, len + 2, sizeof *v, 0)) ||
            (rc = ts_vec_grow((void **)&lv, &lcap, len + 2, sizeof *lv, 0)))
            break;
        for (int k = 0; k < 2; k++, len++) {
            snprintf(v[len].side, sizeof v[len].side, "%s", k ? b : a);
            snprintf(v[len].enemy, sizeof v[len].enemy, "%s", k ? a : b);
            v[len].rung = c->fight;
            v[len].n = (long)ts_col_int64(q, 2);
            snprintf(lv[len], sizeof lv[len], "%s", d);
        }
    }
    ts_stmt_finalize(q);
    if (rc) {
        free(v);
        free(lv);
        return rc;
    }
    *out = v;
    *last = lv;
    *n = len;
    return 0;
}

/* The most recent old war of side, other than with the supporter c. */
static const war *last_war(const war *v, char (*last)[11], size_t n, const char *side, const char *c,
                           const char **when)
{
    const war *best = NULL;
    for (size_t k = 0; k < n; k++)
        if (!strcmp(v[k].side, side) && strcmp(v[k].enemy, c) &&
            (!best || strcmp(last[k], *when) > 0)) {
            best = &v[k];
            *when = last[k];
        }
    return best;
}

/* The strongest enemy of side other than the supporter c, or NULL. */
static const war *strongest_enemy(const war *v, size_t n, const char *side, const char *c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(v[mid].side, side) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < n && !strcmp(v[k].side, side); k++)
        if (strcmp(v[k].enemy, c) && v[k].n >= WAR_MIN_DAYS)
            return &v[k];
    return NULL;
}

/* Support from a giver to a receiver: events per level, window and before. */
typedef struct support {
    char giver[16], side[16], first[11], last[11];
    double w[5], hist[5], lb[5]; /* events at each level: window, history, look-back */
    double ev[5];                /* independent events in the window, at each level or above */
    char codes[MAX_CODES][8];
    long code_n[MAX_CODES];
    int ncodes;
    char lastday[5][11];
    long day_n[5];
} support;

static int support_cmp(const void *x, const void *y)
{
    const support *a = x, *b = y;
    int c = strcmp(a->giver, b->giver);
    return c ? c : strcmp(a->side, b->side);
}

/* The events of support and cooperation between two countries from the
 * look-back's first day to the window's last, per (giver, receiver, day,
 * code), in that order: read once, by one statement, for the third parties
 * and the alliances (each read them, the same rows, before). */
#define MAX_SUPPORT_ROWS 4000000
typedef struct srow {
    char a[16], b[16], code[16], day[11];
    long long n;
} srow;

typedef struct srows {
    srow *v;
    size_t n;
} srows;

static int load_support_rows(ts_db *db, const char *l0, const char *w1, srows *out)
{
    ts_stmt *q = NULL;
    if (!(q = ts_db_prepare(db,
                           "SELECT src_country, tgt_country, code, date, count(*) FROM events"
                           " WHERE root IN ('03', '05', '06', '07') AND date >= ?1 AND date <= ?2"
                           " AND tgt_country > '' AND src_country > '' AND src_country <> tgt_country GROUP BY 1, 2, 4, 3", 0)))
        return TOCSIN_EIO;
    ts_bind_text(q, 1, l0, -1);
    ts_bind_text(q, 2, w1, -1);
    size_t cap = 0;
    int rc = 0, step;
    while ((step = ts_stmt_step(q)) == TS_ROW) {
        const char *a = ts_col_text(q, 0), *b = ts_col_text(q, 1);
        const char *code = ts_col_text(q, 2), *day = ts_col_text(q, 3);
        if (!a || !b || !code || !day)
            continue;
        if ((rc = ts_vec_grow((void **)&out->v, &cap, out->n + 1, sizeof *out->v, MAX_SUPPORT_ROWS)))
            break;
        srow *r = &out->v[out->n++];
        snprintf(r->a, sizeof r->a, "%s", a);
        snprintf(r->b, sizeof r->b, "%s", b);
        snprintf(r->code, sizeof r->code, "%s", code);
        snprintf(r->day, sizeof r->day, "%s", day);
        r->n = ts_col_int64(q, 4);
    }
    ts_stmt_finalize(q);
    return rc ? rc : step != TS_DONE ? TOCSIN_EIO : 0; /* EIO: the database's error */
}

/* Support events of the rows R (from the look-back's first day l0), per
 * (giver, receiver), sorted. Rows come grouped by pair and day, so
 * independent events are counted per day. */
static int load_support(const srows *R, const char *l0, const char *w0, support **out, size_t *n)
{
    support *v = NULL;
    size_t len = 0, cap = 0;
    int rc = 0;
    for (size_t i = 0; i < R->n; i++) {
        const char *a = R->v[i].a, *b = R->v[i].b;
        const char *code = R->v[i].code, *day = R->v[i].day;
        const involve_code *ic = involve_of(code);
        if (!ic)
            continue;
        double cnt = (double)R->v[i].n;
        support *p = len ? &v[len - 1] : NULL;
        if (!p || strcmp(p->giver, a) || strcmp(p->side, b)) {
            if ((rc = ts_vec_grow((void **)&v, &cap, len + 1, sizeof *v, MAX_CANDIDATES)))
                break;
            p = &v[len++];
            memset(p, 0, sizeof *p);
            snprintf(p->giver, sizeof p->giver, "%s", a);
            snprintf(p->side, sizeof p->side, "%s", b);
        }
        int lv = ic->level;
        if (strcmp(day, w0) < 0) {
            p->hist[lv] += cnt;
            if (strcmp(day, l0) >= 0)
                p->lb[lv] += cnt;
            continue;
        }
        p->w[lv] += cnt;
        if (!p->first[0])
            snprintf(p->first, sizeof p->first, "%s", day);
        snprintf(p->last, sizeof p->last, "%s", day);
        /* per level and day: reports of one day beyond the first count log2 */
        for (int k = 1; k <= lv; k++) {
            if (strcmp(p->lastday[k], day)) {
                if (p->day_n[k])
                    p->ev[k] += 1 + log2((double)p->day_n[k]);
                snprintf(p->lastday[k], sizeof p->lastday[k], "%s", day);
                p->day_n[k] = 0;
            }
            p->day_n[k] += (long)cnt;
        }
        int slot = -1;
        for (int k = 0; k < p->ncodes; k++)
            if (!strcmp(p->codes[k], code))
                slot = k;
        if (slot < 0 && p->ncodes < MAX_CODES) {
            slot = p->ncodes++;
            snprintf(p->codes[slot], sizeof p->codes[slot], "%.7s", code);
        }
        if (slot >= 0)
            p->code_n[slot] += (long)cnt;
    }
    if (rc) {
        free(v);
        return rc;
    }
    for (size_t i = 0; i < len; i++)
        for (int k = 1; k < 5; k++)
            if (v[i].day_n[k])
                v[i].ev[k] += 1 + log2((double)v[i].day_n[k]);
    /* rows came grouped by pair already, but a pair may appear in two runs
       when the GROUP BY order differs from ours: sort and fold */
    if (len) {
        qsort(v, len, sizeof *v, support_cmp);
        size_t m = 0;
        for (size_t k = 0; k < len; k++) {
            if (m && !support_cmp(&v[m - 1], &v[k])) {
                support *d = &v[m - 1], *s = &v[k];
                for (int lv = 0; lv < 5; lv++) {
                    d->w[lv] += s->w[lv];
                    d->hist[lv] += s->hist[lv];
                    d->lb[lv] += s->lb[lv];
                    d->ev[lv] += s->ev[lv];
                }
                if (s->first[0] && (!d->first[0] || strcmp(s->first, d->first) < 0))
                    memcpy(d->first, s->first, sizeof d->first);
                if (strcmp(s->last, d->last) > 0)
                    memcpy(d->last, s->last, sizeof d->last);
            } else {
                v[m++] = v[k];
            }
        }
        len = m;
    }
    *out = v;
    *n = len;
    return 0;
}

/* The giver's support for side in the window (sv sorted by giver and
 * side), or NULL. */
static const support *support_of(const support *sv, size_t ns, const char *giver, const char *side)
{
    support key;
    snprintf(key.giver, sizeof key.giver, "%s", giver);
    snprintf(key.side, sizeof key.side, "%s", side);
    return ns ? bsearch(&key, sv, ns, sizeof *sv, support_cmp) : NULL;
}

static double sum_from(const double *v, int k)
{
    double s = 0;
    for (int i = k; i < 5; i++)
        s += v[i];
    return s;
}

/* Rule: a third party backs one side of a dyad at a fighting rung: enters
 * (no such support in the look-back), steps up a level, or deepens (at least
 * twice the support its history predicts). */
static int third_parties(tocsin_store *s, const ctx *c, const char *l0, const char *w0,
                         const char *w1, const fighting *fv, const srows *R, alist *out, tocsin_error *err)
{
    ts_db *db = ts_store_db(s);
    if (c->fight <= 0)
        return 0;
    war *wars = NULL, *old = NULL;
    char(*old_last)[11] = NULL;
    size_t nwars = 0, nold = 0;
    int old_loaded = 0;
    support *sv = NULL;
    size_t ns = 0;
    int rc = load_wars(db, l0, w1, c->fight, &wars, &nwars);
    if (rc)
        return rc == TOCSIN_ENOMEM ? rc : dberr(s, err, "looking for wars");
    rc = load_support(R, l0, w0, &sv, &ns);
    if (rc) {
        free(wars);
        return rc;
    }
    /* the prior: support per pair and window, at each level, over every pair */
    double pooled[5] = {0};
    for (size_t i = 0; i < ns; i++)
        for (int k = 1; k < 5; k++)
            pooled[k] += sum_from(sv[i].hist, k) + sum_from(sv[i].w, k);
    for (size_t i = 0; i < ns && !rc; i++) {
        support *p = &sv[i];
        int wl = 0, hl = 0;
        for (int k = 1; k < 5; k++) {
            if (p->w[k] > 0)
                wl = k;
            if (p->lb[k] > 0)
                hl = k;
        }
        if (!wl)
            continue;
        const war *w = strongest_enemy(wars, nwars, p->side, p->giver);
        const char *old_when = "";
        if (!w && !old_loaded) {
            /* a side whose war has been quiet in the look-back: its last
               fighting, however old, read once for all such sides */
            old_loaded = 1;
            if (load_old_wars(db, c, l0, &old, &old_last, &nold) < 0) {
                rc = dberr(s, err, "looking for earlier wars");
                break;
            }
        }
        if (!w)
            w = last_war(old, old_last, nold, p->side, p->giver, &old_when);
        if (!w)
            continue;
        /* a giver that supports both sides of the war takes the side it
           supports at the higher level, or with SIDE_RATIO times the events
           at the same level; one that supports both about as much (aid to
           both, as a relief agency or a mediator gives it) takes neither.
           Fighting the side's enemy (ALONGSIDE_MIN events) is support above
           any other */
        double fights = fighting_between(fv, p->giver, w->enemy);
        const support *o = support_of(sv, ns, p->giver, w->enemy);
        if (fights < ALONGSIDE_MIN && o && sum_from(o->w, wl) > 0 &&
            sum_from(o->w, wl) * SIDE_RATIO > sum_from(p->w, wl))
            continue;
        score best = {-1, 0, 0, 0, 0, 0, 0, 0};
        for (int k = 1; k <= wl; k++) {
            double np = c->pairs > (double)ns ? c->pairs : (double)ns;
            double m = np > 0 ? pooled[k] / (np * (c->tau_lb + 1)) : 0;
            /* a look-back the database does not cover is no history either */
            score sc = score_count(sum_from(p->w, k), p->ev[k], sum_from(p->hist, k), c->tau_lb, m, DISPERSION_PRIOR,
                                   involve_weight[k], k, 1, 0, 0, c->cov_lb);
            if (sc.sev > best.sev)
                best = sc;
        }
        int level = wl;
        int enters = !hl, steps_up = hl && level > hl;
        int deepens = !enters && !steps_up && best.count >= 2 && best.count >= 2 * best.expected && best.log10p <= -1.3;
        if (!enters && !steps_up && !deepens)
            continue; /* support at its usual level, or less: nothing new */
        /* fighting alongside: the giver fights the side's enemy in the window
           (its wording and weight; the verdict is the support's) */
        if (fights >= ALONGSIDE_MIN) {
            /* the level and its seriousness rise; the count stays the support's
               (the fighting is the giver-enemy dyad's own alert) */
            level = TOCSIN_INVOLVE_FIGHTING;
            best.sev *= involve_weight[TOCSIN_INVOLVE_FIGHTING] / involve_weight[best.k];
        }
        cand *cd = add(out);
        if (!cd) {
            rc = TOCSIN_ENOMEM;
            break;
        }
        tocsin_alert *a = &cd->a;
        a->kind = TOCSIN_ALERT_THIRD_PARTY;
        a->reasons = 1u << TOCSIN_ALERT_THIRD_PARTY;
        a->involvement = level;
        snprintf(a->third, sizeof a->third, "%s", p->giver);
        snprintf(a->actor_a, sizeof a->actor_a, "%s", p->side);
        snprintf(a->actor_b, sizeof a->actor_b, "%s", w->enemy);
        int lt = strcmp(p->giver, p->side) < 0;
        snprintf(cd->k1, sizeof cd->k1, "%s", lt ? p->giver : p->side);
        snprintf(cd->k2, sizeof cd->k2, "%s", lt ? p->side : p->giver);
        snprintf(a->first, sizeof a->first, "%s", p->first);
        snprintf(a->last, sizeof a->last, "%s", p->last);
        a->rung = w->rung;
        a->prior_rung = hl;
        set_score(cd, &best, c->wd, "pair");
        /* worded as what happened, with the events' own codes */
        const char *verb = level == TOCSIN_INVOLVE_FIGHTING ? "fights alongside"
                           : level == TOCSIN_INVOLVE_TROOPS ? (p->w[3] > 0 && !strncmp(p->codes[0], "0334", 4) &&
                                                               p->ncodes == 1 ? "promises troops to" : "sends troops to")
                           : level == TOCSIN_INVOLVE_ARMS ? "sends arms or aid to"
                                                          : "backs diplomatically";
        char codes[160] = "";
        size_t used = 0;
        for (int k = 0; k < p->ncodes && used < sizeof codes; k++) {
            const involve_code *ic = involve_of(p->codes[k]);
            int wr = snprintf(codes + used, sizeof codes - used, "%s%s %s %ld", k ? ", " : "", p->codes[k],
                              ic ? ic->words : "", p->code_n[k]);
            if (wr < 0)
                break;
            used += (size_t)wr;
        }
        double total = sum_from(p->w, 1);
        char fightw[64] = "";
        if (level == TOCSIN_INVOLVE_FIGHTING)
            snprintf(fightw, sizeof fightw, "; it fights %s itself (%.0f events)", w->enemy, fights);
        char since_w[48] = "";
        if (old_when[0])
            snprintf(since_w, sizeof since_w, " (fighting last seen %s)", old_when);
        snprintf(cd->reason[TOCSIN_ALERT_THIRD_PARTY], sizeof cd->reason[0],
                 "%s %s %s in its war with %s%s: %.0f support event%s (%s)%s", p->giver, verb, p->side, w->enemy,
                 since_w, total, total == 1 ? "" : "s", codes, fightw);
        if (enters)
            snprintf(cd->score_text, sizeof cd->score_text, "no support in the look-back: it enters the war; %s",
                     a->rarity);
        else if (steps_up)
            snprintf(cd->score_text, sizeof cd->score_text, "it steps up from %s in the look-back; %s",
                     tocsin_involvement_name((tocsin_involvement)hl), a->rarity);
        else
            snprintf(cd->score_text, sizeof cd->score_text,
                     "%.0f events at this level or above, %.1f expected from its history: it deepens; %s",
                     best.count, best.expected, a->rarity);
        want_evidence(cd, p->giver, p->side, 1, 0, support_codes);
    }
    free(sv);
    free(wars);
    free(old);
    free(old_last);
    return rc;
}

/* Rule: an alliance forms (no agreements or military cooperation in the
 * look-back) or deepens (at least twice what the history predicts). */
/* An alliance row: the events of (x, y) either way round, a code and a part
 * of the time (2 the window, 1 the look-back), as a GROUP BY of the unordered
 * pair, the code and the part would give them, in its order. */
typedef struct arow {
    char x[16], y[16], code[16], day[11];
    int when;
    long long n;
} arow;

static int arow_cmp(const void *p, const void *q)
{
    const arow *a = p, *b = q;
    int c = strcmp(a->x, b->x);
    if (!c)
        c = strcmp(a->y, b->y);
    if (!c)
        c = strcmp(a->code, b->code);
    if (!c)
        c = a->when - b->when;
    return c ? c : strcmp(a->day, b->day);
}

static int alliances(tocsin_store *s, const ctx *c, const char *l0, const char *w0,
                     const char *w1, const srows *R, alist *out, tocsin_error *err)
{
    (void)s;
    (void)w1;
    (void)err;
    /* the support rows of the alliance codes, by unordered pair, code, part
       of the time and day; their history is the look-back (from l0) */
    arow *ar = NULL;
    size_t na = 0, acap = 0;
    int rc = 0;
    for (size_t i = 0; i < R->n && !rc; i++) {
        const srow *r = &R->v[i];
        if (!is_code(r->code, alliance_codes) || strcmp(r->day, l0) < 0)
            continue;
        if ((rc = ts_vec_grow((void **)&ar, &acap, na + 1, sizeof *ar, MAX_SUPPORT_ROWS)))
            break;
        arow *a = &ar[na++];
        int lt = strcmp(r->a, r->b) <= 0;
        memcpy(a->x, lt ? r->a : r->b, sizeof a->x);
        memcpy(a->y, lt ? r->b : r->a, sizeof a->y);
        memcpy(a->code, r->code, sizeof a->code);
        memcpy(a->day, r->day, sizeof a->day);
        a->when = strcmp(r->day, w0) >= 0 ? 2 : 1;
        a->n = r->n;
    }
    if (rc) {
        free(ar);
        return rc;
    }
    if (na)
        qsort(ar, na, sizeof *ar, arow_cmp);
    typedef struct pair {
        char x[16], y[16], first[11];
        double now, days, lb, hist, military, lb_military;
    } pair;
    pair *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t g = 0, e; g < na; g = e) {
        /* a group: count(*), count(DISTINCT day), min(day) */
        long long total = 0, ndays = 0;
        for (e = g; e < na && !strcmp(ar[e].x, ar[g].x) && !strcmp(ar[e].y, ar[g].y) &&
                    !strcmp(ar[e].code, ar[g].code) && ar[e].when == ar[g].when;
             e++) {
            total += ar[e].n;
            ndays += e == g || strcmp(ar[e].day, ar[e - 1].day) != 0;
        }
        const char *x = ar[g].x, *y = ar[g].y, *code = ar[g].code;
        pair *p = n && !strcmp(v[n - 1].x, x) && !strcmp(v[n - 1].y, y) ? &v[n - 1] : NULL;
        for (size_t k = 0; !p && k < n; k++)
            if (!strcmp(v[k].x, x) && !strcmp(v[k].y, y))
                p = &v[k];
        if (!p) {
            if (ts_vec_grow((void **)&v, &cap, n + 1, sizeof *v, MAX_CANDIDATES)) {
                rc = TOCSIN_ENOMEM;
                break;
            }
            p = &v[n++];
            memset(p, 0, sizeof *p);
            snprintf(p->x, sizeof p->x, "%s", x);
            snprintf(p->y, sizeof p->y, "%s", y);
        }
        double cnt = (double)total;
        int when = ar[g].when;
        if (when == 2) {
            p->now += cnt;
            p->days += (double)ndays;
            p->military += strncmp(code, "057", 3) ? cnt : 0;
            const char *first = ar[g].day;
            if (!p->first[0] || strcmp(first, p->first) < 0)
                snprintf(p->first, sizeof p->first, "%s", first);
        } else {
            p->hist += cnt;
            if (when == 1) {
                p->lb += cnt;
                p->lb_military += strncmp(code, "057", 3) ? cnt : 0;
            }
        }
    }
    free(ar);
    double pooled = 0;
    for (size_t k = 0; k < n; k++)
        pooled += v[k].now + v[k].hist;
    for (size_t k = 0; k < n && !rc; k++) {
        pair *p = &v[k];
        if (!p->now)
            continue;
        double np = c->pairs / 2 > (double)n ? c->pairs / 2 : (double)n;
        double m = pooled / (np * (c->tau_lb + 1));
        /* independent events: distinct days, plus log2 of the reports beyond */
        double e = p->days + log2(p->now / (p->days > 0 ? p->days : 1));
        score sc = score_count(p->now, e, p->hist, c->tau_lb, m, DISPERSION_PRIOR, p->military > 0 ? 0.5 : 0.3,
                               0, 1, 0, 0, c->cov_lb);
        int forms = !p->lb;
        /* deepens: military ties where the look-back had agreements only, or
           at least twice what the history predicts */
        int militarises = !forms && p->military > 0 && !p->lb_military;
        int deepens = !forms && (militarises || (sc.count >= 2 * sc.expected && sc.log10p <= -1.3));
        if (!forms && !deepens)
            continue;
        cand *cd = add(out);
        if (!cd) {
            rc = TOCSIN_ENOMEM;
            break;
        }
        tocsin_alert *a = &cd->a;
        a->kind = TOCSIN_ALERT_ALLIANCE;
        a->reasons = 1u << TOCSIN_ALERT_ALLIANCE;
        snprintf(a->actor_a, sizeof a->actor_a, "%s", p->x);
        snprintf(a->actor_b, sizeof a->actor_b, "%s", p->y);
        snprintf(cd->k1, sizeof cd->k1, "%s", p->x);
        snprintf(cd->k2, sizeof cd->k2, "%s", p->y);
        snprintf(a->first, sizeof a->first, "%s", p->first);
        set_score(cd, &sc, c->wd, "pair");
        snprintf(cd->reason[TOCSIN_ALERT_ALLIANCE], sizeof cd->reason[0],
                 "%s-%s: %.0f agreement and military-cooperation events (%.0f military) in the window, %.0f in the "
                 "look-back: the alliance %s",
                 p->x, p->y, p->now, p->military, p->lb,
                 forms ? "forms" : militarises ? "deepens into military ties" : "deepens");
        snprintf(cd->score_text, sizeof cd->score_text, "%.1f expected from its history: %s", sc.expected,
                 a->rarity);
        want_evidence(cd, p->x, p->y, 0, 0, alliance_codes);
    }
    free(v);
    return rc;
}

/* ---- ranking, merging, evidence ---- */

/* Evidence: events between x and y (both directions unless directed) in
 * the window, those at the given rung or above (or with the given code
 * prefixes), most widely reported first. */
static int evidence(tocsin_store *s, const tocsin_ladder *l, tocsin_alert *a, const evreq *r, const char *since,
                    const char *until)
{
    ts_stmt *st = NULL;
    const char *sql =
        r->directed ? "SELECT e.id, e.code, coalesce(st.n_sources, 0) FROM events e LEFT JOIN stories st"
                      " ON st.id = e.story_id WHERE e.src_country = ?1 AND e.tgt_country = ?2"
                      " AND e.date >= ?3 AND e.date <= ?4 ORDER BY e.date, e.id LIMIT 5000"
                    : "SELECT e.id, e.code, coalesce(st.n_sources, 0) FROM events e LEFT JOIN stories st"
                      " ON st.id = e.story_id WHERE ((e.src_country = ?1 AND e.tgt_country = ?2) OR"
                      " (e.src_country = ?2 AND e.tgt_country = ?1)) AND e.date >= ?3 AND e.date <= ?4"
                      " ORDER BY e.date, e.id LIMIT 5000";
    if (!(st = ts_db_prepare(ts_store_db(s), sql, 0)))
        return -1;
    ts_bind_text(st, 1, r->x, -1);
    ts_bind_text(st, 2, r->y, -1);
    ts_bind_text(st, 3, since, -1);
    ts_bind_text(st, 4, until, -1);
    int best_src[TOCSIN_ALERT_EVIDENCE];
    while (ts_stmt_step(st) == TS_ROW) {
        const char *code = ts_col_text(st, 1);
        int ok = 0;
        if (r->codes)
            ok = code && is_code(code, r->codes);
        else
            ok = code && tocsin_ladder_rung(l, code) >= r->rung;
        if (!ok)
            continue;
        int src = ts_col_int(st, 2);
        long long id = ts_col_int64(st, 0);
        if (a->n_evidence < TOCSIN_ALERT_EVIDENCE) {
            best_src[a->n_evidence] = src;
            a->evidence[a->n_evidence++] = id;
            continue;
        }
        /* replace the least reported */
        int worst = 0;
        for (int k = 1; k < a->n_evidence; k++)
            if (best_src[k] < best_src[worst])
                worst = k;
        if (src > best_src[worst]) {
            best_src[worst] = src;
            a->evidence[worst] = id;
        }
    }
    ts_stmt_finalize(st);
    return 0;
}

const char *tocsin_alert_kind_name(tocsin_alert_kind k)
{
    switch (k) {
    case TOCSIN_ALERT_NEW_RUNG: return "new-rung";
    case TOCSIN_ALERT_THIRD_PARTY: return "third-party";
    case TOCSIN_ALERT_ALLIANCE: return "alliance";
    case TOCSIN_ALERT_BALANCE: return "balance";
    case TOCSIN_ALERT_SURGE: return "surge";
    case TOCSIN_ALERT_ESCALATION: return "escalation";
    case TOCSIN_ALERT_FIGHTING: return "fighting";
    }
    return "?";
}

static int by_severity(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    if (a->a.severity != b->a.severity)
        return a->a.severity < b->a.severity ? 1 : -1;
    int c = strcmp(a->k1, b->k1);
    return c ? c : strcmp(a->k2, b->k2);
}

static int by_pair(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    int c = strcmp(a->k1, b->k1);
    if (c)
        return c;
    if ((c = strcmp(a->k2, b->k2)))
        return c;
    return a->a.severity < b->a.severity ? 1 : a->a.severity > b->a.severity ? -1 : 0;
}

/* One alert per pair: the best-scoring candidate keeps its alert and takes
 * the other rules' phrases. */
static size_t merge_by_pair(cand *v, size_t n)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, by_pair);
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        if (m && !strcmp(v[m - 1].k1, v[k].k1) && !strcmp(v[m - 1].k2, v[k].k2)) {
            cand *d = &v[m - 1];
            d->a.reasons |= v[k].a.reasons;
            for (int r = 1; r < 8; r++)
                if (!d->reason[r][0] && v[k].reason[r][0])
                    memcpy(d->reason[r], v[k].reason[r], sizeof d->reason[r]);
            continue;
        }
        if (m != k)
            v[m] = v[k];
        m++;
    }
    return m;
}

/* The first and last day of the episode: those of its evidence events. */
static void episode_dates(tocsin_store *s, tocsin_alert *a)
{
    ts_stmt *st = NULL;
    if (!a->n_evidence ||
        !(st = ts_db_prepare(ts_store_db(s), "SELECT min(date), max(date) FROM events WHERE id IN"
                                           " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", 0)))
        return;
    for (int k = 0; k < TOCSIN_ALERT_EVIDENCE; k++)
        ts_bind_int64(st, k + 1, a->evidence[k < a->n_evidence ? k : 0]);
    if (ts_stmt_step(st) == TS_ROW && ts_col_text(st, 0)) {
        snprintf(a->first, sizeof a->first, "%s", ts_col_text(st, 0));
        snprintf(a->last, sizeof a->last, "%s", ts_col_text(st, 1));
    }
    ts_stmt_finalize(st);
}

/* Looks up a listed alert's evidence and writes its explanation: the main
 * rule, the score in words, then the other rules that fired. */
static void finish(tocsin_store *s, const tocsin_ladder *l, const char *w0, const char *w1, cand *c)
{
    tocsin_alert *a = &c->a;
    evidence(s, l, a, &c->r, c->r.since[0] ? c->r.since : w0, c->r.until[0] ? c->r.until : w1);
    if (!a->last[0])
        episode_dates(s, a);
    size_t used = 0;
    int wr = snprintf(a->why, sizeof a->why, "%s; %s", c->reason[a->kind], c->score_text);
    used = wr > 0 ? (size_t)wr : 0;
    for (int r = 1; r < 8 && used < sizeof a->why; r++) {
        if (r == (int)a->kind || !c->reason[r][0])
            continue;
        wr = snprintf(a->why + used, sizeof a->why - used, "; also %s: %s",
                      tocsin_alert_kind_name((tocsin_alert_kind)r), c->reason[r]);
        if (wr < 0)
            break;
        used += (size_t)wr;
    }
}

/* News volume per day from h0 over span days. */
static int load_totals(tocsin_store *s, ctx *c, const char *h0, const char *w1, tocsin_error *err)
{
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(ts_store_db(s), "SELECT day, n FROM day_totals WHERE day >= ?1 AND day <= ?2", 0)))
        return dberr(s, err, "reading the daily totals");
    ts_bind_text(st, 1, h0, -1);
    ts_bind_text(st, 2, w1, -1);
    int span = c->hist + c->wd;
    while (ts_stmt_step(st) == TS_ROW) {
        int32_t day;
        const char *ds = ts_col_text(st, 0);
        if (!ds || ts_parse_date(ds, 10, &day))
            continue;
        int di = (int)(day - c->h0);
        if (di < 0 || di >= span)
            continue;
        double n = (double)ts_col_int64(st, 1);
        c->tot[di] += n;
        if (di >= c->hist)
            c->tw += n;
        else
            c->th += n;
    }
    ts_stmt_finalize(st);
    double thw = 0, wall = 0, wcov = 0;
    for (int di = 0; di < c->hist; di++) {
        c->age_w[di] = pow(0.5, (c->hist - di) / HALF_LIFE);
        thw += c->tot[di] * c->age_w[di];
        wall += c->age_w[di];
        wcov += di >= c->cov0 ? c->age_w[di] : 0;
    }
    c->cov = wall > 0 ? wcov / wall : 1;
    int lb0 = c->hist - c->lb > c->cov0 ? c->hist - c->lb : c->cov0;
    c->cov_lb = c->lb > 0 ? (double)(c->hist - lb0) / c->lb : 1;
    if (c->cov_lb < 0)
        c->cov_lb = 0;
    double tlb = 0;
    for (int di = c->hist - c->lb; di < c->hist; di++)
        tlb += di >= 0 ? c->tot[di] : 0;
    c->tau_lb = tlb / (c->tw > 0 ? c->tw : 1);
    c->tau = c->th / (c->tw > 0 ? c->tw : 1);
    c->tau_w = thw / (c->tw > 0 ? c->tw : 1);
    return 0;
}

int tocsin_alerts(tocsin_store *s, const tocsin_ladder *l, const tocsin_alert_options *o,
                  tocsin_alert **out, size_t *n, tocsin_error *err)
{
    *out = NULL;
    *n = 0;
    int rc = tocsin_analytics_refresh(s, l, err);
    if (rc)
        return rc;
    char w0[11], w1[11], l0[11], h0[11];
    tocsin_alert_options def = {0};
    if (!o)
        o = &def;
    if (o->until)
        snprintf(w1, sizeof w1, "%s", o->until);
    else if ((rc = tocsin_last_date(s, w1, err)))
        return rc;
    if (!w1[0])
        return 0; /* no dated events */
    if (o->since)
        snprintf(w0, sizeof w0, "%s", o->since);
    else
        shift_days(w1, -29, w0);
    ctx c;
    memset(&c, 0, sizeof c);
    c.l = l;
    c.top = tocsin_ladder_top(l);
    if (c.top > TOCSIN_MAX_RUNG)
        c.top = TOCSIN_MAX_RUNG;
    c.fight = tocsin_ladder_rung(l, "190");
    for (int r = 1; r <= 20; r++) {
        char code[3] = {(char)('0' + r / 10), (char)('0' + r % 10), 0};
        c.root_rung[r] = tocsin_ladder_rung(l, code);
        if (c.root_rung[r] > 0)
            c.roots[c.nroots++] = r;
    }
    c.lb = o->lookback_days > 0 ? o->lookback_days : 90;
    c.hist = o->history_days > 0 ? o->history_days : DEFAULT_HISTORY;
    if (c.hist < c.lb)
        c.hist = c.lb;
    int32_t d0, d1;
    if (ts_parse_date(w0, 10, &d0) || ts_parse_date(w1, 10, &d1) || d1 < d0) {
        ts_error_set(err, TOCSIN_EINVAL, NULL, 0, -1, "alerts: bad window %s..%s", w0, w1);
        return TOCSIN_EINVAL;
    }
    c.wd = (int)(d1 - d0 + 1);
    if (c.wd + c.lb > MAX_SPAN_DAYS) {
        ts_error_set(err, TOCSIN_ELIMIT, NULL, 0, -1, "alerts: window and look-back longer than %d days",
                     MAX_SPAN_DAYS);
        return TOCSIN_ELIMIT;
    }
    if (c.hist + c.wd > MAX_SPAN_DAYS)
        c.hist = MAX_SPAN_DAYS - c.wd;
    c.h0 = d0 - c.hist;
    /* the database's coverage starts at its first event: days before it are
       no history yet, not days without events */
    char f0[11];
    int32_t fd;
    if ((rc = tocsin_first_date(s, f0, err)))
        return rc;
    if (f0[0] && !ts_parse_date(f0, 10, &fd) && fd > c.h0)
        c.cov0 = fd - c.h0 < c.hist ? (int)(fd - c.h0) : c.hist;
    shift_days(w0, -c.lb, l0);
    shift_days(w0, -c.hist, h0);
    c.tot = calloc((size_t)(c.hist + c.wd), sizeof *c.tot);
    c.age_w = calloc((size_t)(c.hist + 1), sizeof *c.age_w);
    if (!c.tot || !c.age_w) {
        free(c.tot);
        free(c.age_w);
        return TOCSIN_ENOMEM;
    }
    alist L = {0};
    fighting fv = {NULL, 0};
    srows R = {NULL, 0};
    dyad *dv = NULL;
    size_t dn = 0;
    rc = load_totals(s, &c, h0, w1, err);
    if (!rc && (rc = load_dyads(ts_store_db(s), &c, w0, w1, &dv, &dn)))
        rc = rc == TOCSIN_ENOMEM ? rc : dberr(s, err, "reading the pairs of the window");
    if (!rc)
        rc = conflict_dyads(s, &c, dv, dn, h0, w1, o->min_rung > 0 ? o->min_rung : 3, &L, &fv, err);
    else
        free(dv);
    if (!rc && (rc = load_support_rows(ts_store_db(s), l0, w1, &R)))
        rc = rc == TOCSIN_EIO ? dberr(s, err, "looking for third parties and alliances") : rc;
    if (!rc)
        rc = third_parties(s, &c, l0, w0, w1, &fv, &R, &L, err);
    if (!rc)
        rc = alliances(s, &c, l0, w0, w1, &R, &L, err);
    free(c.tot);
    free(c.age_w);
    free(fv.v);
    free(R.v);
    if (rc) {
        free(L.v);
        return rc;
    }
    L.n = merge_by_pair(L.v, L.n);
    if (L.n)
        qsort(L.v, L.n, sizeof *L.v, by_severity);
    size_t max = o->max_alerts > 0 ? (size_t)o->max_alerts : 50;
    size_t top = L.n < max ? L.n : max;
    tocsin_alert *res = top ? malloc(top * sizeof *res) : NULL;
    if (top && !res) {
        free(L.v);
        return TOCSIN_ENOMEM;
    }
    for (size_t k = 0; k < top; k++) {
        finish(s, l, w0, w1, &L.v[k]);
        res[k] = L.v[k].a;
    }
    free(L.v);
    *out = res;
    *n = top;
    return 0;
}

int tocsin_alert_involves(const tocsin_alert *a, const char *actor)
{
    size_t n = strlen(actor);
    char key[16];
    snprintf(key, sizeof key, "%.*s", (int)(n == 3 || n == 6 ? 3 : (n < 15 ? n : 15)), actor);
    return !strcmp(a->actor_a, key) || !strcmp(a->actor_b, key) || !strcmp(a->third, key);
}
