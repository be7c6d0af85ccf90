/* cmd_eval_alerts.c - tocsin eval-alerts: how well the alerts find known
 * escalation episodes, as an analyst would try them: for each episode, is it
 * among the top k alerts of the window around its onset, and how soon after
 * the onset is it first flagged; and of the top N alerts over the whole
 * database (one per dyad and month), how many fall on a known episode. With
 * --baseline a naive weekly-spike ranking (eval_baseline.c) is scored the
 * same way beside it. */
#include "cli.h"
#include "common/analytics_args.h"
#include "common/jsonw.h"
#include "eval_baseline.h"
#include "tocsin/date.h"
#include "tocsin/interchange.h"

#include <stdlib.h>
#include <string.h>

#define EVAL_MAX_EPISODES 10000 /* episodes read from the file */
#define EVAL_MAX_CODES 24       /* codes per side of an episode, after mapping */
#define EVAL_MAX_TOP 100        /* --top */
#define EVAL_MAX_GLOBAL 1000    /* --global */
#define EVAL_MAX_ALERTS 200     /* alerts asked for per month of the global ranking */
#define EVAL_USUAL_DAYS 180     /* days before a missed episode's window read for its sides' usual conflict */

typedef char code16[16];

typedef struct episode {
    long day;                        /* the onset */
    char date[11], name[120];
    code16 a[EVAL_MAX_CODES], b[EVAL_MAX_CODES];
    int na, nb;
} episode;

/* Why an episode was missed (tocsin): the events between its sides in the
 * window, and the best alert of the window that names it. */
typedef struct why {
    long events, conflict; /* all events, and those of quad 3 and 4 (both directions) */
    double usual;          /* conflict events a window of that length held in the EVAL_USUAL_DAYS before */
    int max_rung;          /* the highest rung they reach */
    int best_rank;         /* the rank of the best alert naming it in the window; 0 if none */
    double best_score, kth_score; /* its score, and that of the k-th alert (0 if fewer) */
    long alerts;           /* alerts of the window read (at most EVAL_MAX_ALERTS) */
    char best[96];         /* that alert: kind and dyad */
} why;

/* What one system scores. */
typedef struct result {
    const char *name;
    int *rank;   /* per episode: 1.. in the top k of its window, 0 if not named */
    long *delay; /* per episode: days from onset to the first flag; EVAL_NEVER if never */
    struct why *why; /* tocsin only: per missed episode, what the window holds */
    eval_item *global;
    int *global_ep; /* per global item: the episode it falls on, -1 if none */
    size_t nglobal;
} result;


/* ---- codes ---- */

static void add_code(code16 *v, int *n, const char *code)
{
    char b[16];
    eval_base_of(code, b);
    if (!b[0] || *n >= EVAL_MAX_CODES)
        return;
    for (int i = 0; i < *n; i++)
        if (!strcmp(v[i], b))
            return;
    memcpy(v[*n], b, sizeof b);
    (*n)++;
}

/* A side of an episode: codes separated by '|'. Each code counts as written
 * and as the KEDS and WEIS tables read it (SER -> SRB, BOSSER -> BIHREB). */
static int read_side(const tocsin_ext_maps *m, const char *s, size_t len, code16 *v, int *n)
{
    const char *p = s, *e = s + len;
    while (p < e) {
        const char *bar = memchr(p, '|', (size_t)(e - p));
        const char *ce = bar ? bar : e;
        while (p < ce && *p == ' ')
            p++;
        size_t cn = (size_t)(ce - p);
        while (cn && p[cn - 1] == ' ')
            cn--;
        if (cn && cn < 16) {
            char code[16], out[16];
            memcpy(code, p, cn);
            code[cn] = '\0';
            add_code(v, n, code);
            tocsin_error err;
            if (m && !tocsin_ext_map_actor(m, TOCSIN_EXT_WEIS, code, out, &err))
                add_code(v, n, out);
            if (m && !tocsin_ext_map_actor(m, TOCSIN_EXT_KEDS, code, out, &err))
                add_code(v, n, out);
        } else if (cn) {
            return -1;
        }
        p = bar ? bar + 1 : e;
    }
    return *n ? 0 : -1;
}

static void date_of(long day, char out[11])
{
    int y, m, d;
    tocsin_civil_from_days(day, &y, &m, &d);
    if (y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
        y = 0, m = 1, d = 1; /* out of range: never for dates read from the store */
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

/* Episodes: date, side A, side B, name (tab-separated; `#` comments and a
 * header line allowed). Prints what is wrong and returns -1. */
static int read_episodes(const char *path, const tocsin_ext_maps *m, episode **out, size_t *n)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "tocsin eval-alerts: cannot open %s\n", path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0, have = 0, ncap = 0;
    ssize_t len;
    long lineno = 0;
    episode *v = NULL;
    int rc = 0;
    while ((len = getline(&line, &cap, f)) > 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (!len || line[0] == '#')
            continue;
        char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        char *t3 = t2 ? strchr(t2 + 1, '\t') : NULL;
        if (!t1 || !t2) {
            fprintf(stderr, "tocsin eval-alerts: %s:%ld: expected date, side A, side B, name\n", path, lineno);
            rc = -1;
            break;
        }
        *t1 = '\0';
        if (!strcmp(line, "date"))
            continue; /* the header */
        if (have == ncap) {
            if (have >= EVAL_MAX_EPISODES) {
                fprintf(stderr, "tocsin eval-alerts: %s: more than %d episodes\n", path, EVAL_MAX_EPISODES);
                rc = -1;
                break;
            }
            size_t nc = ncap ? 2 * ncap : 32;
            episode *nv = realloc(v, nc * sizeof *nv);
            if (!nv) {
                rc = -1;
                break;
            }
            v = nv, ncap = nc;
        }
        episode *e = &v[have];
        memset(e, 0, sizeof *e);
        e->day = eval_day(line);
        if (e->day == EVAL_NEVER) {
            fprintf(stderr, "tocsin eval-alerts: %s:%ld: not a date (YYYY-MM-DD): '%s'\n", path, lineno, line);
            rc = -1;
            break;
        }
        memcpy(e->date, line, 10);
        if (read_side(m, t1 + 1, (size_t)(t2 - t1 - 1), e->a, &e->na) ||
            read_side(m, t2 + 1, t3 ? (size_t)(t3 - t2 - 1) : strlen(t2 + 1), e->b, &e->nb)) {
            fprintf(stderr, "tocsin eval-alerts: %s:%ld: a side lists no code, or a code longer than 15\n", path,
                    lineno);
            rc = -1;
            break;
        }
        snprintf(e->name, sizeof e->name, "%s", t3 ? t3 + 1 : "");
        have++;
    }
    free(line);
    fclose(f);
    if (!rc && !have) {
        fprintf(stderr, "tocsin eval-alerts: %s: no episode\n", path);
        rc = -1;
    }
    if (rc) {
        free(v);
        return -1;
    }
    *out = v, *n = have;
    return 0;
}

static int in_side(const code16 *v, int n, const char *code)
{
    char b[16];
    eval_base_of(code, b);
    for (int i = 0; i < n; i++)
        if (!strcmp(v[i], b))
            return 1;
    return 0;
}

static int pair_matches(const episode *e, const char *x, const char *y)
{
    if (!x[0] || !y[0])
        return 0;
    return (in_side(e->a, e->na, x) && in_side(e->b, e->nb, y)) ||
           (in_side(e->a, e->na, y) && in_side(e->b, e->nb, x));
}

/* An item names an episode when two of its actors stand for the two sides
 * (either order): the dyad, or the third party and either side of it. */
static int names(const episode *e, const eval_item *it)
{
    return pair_matches(e, it->a, it->b) || pair_matches(e, it->third, it->a) ||
           pair_matches(e, it->third, it->b);
}

/* ---- tocsin's alerts ---- */

typedef struct ctx {
    tocsin_store *s;
    tocsin_ladder *l;
    int lookback;
    eval_baseline *b; /* with --baseline */
} ctx;

/* The alerts of [from, to] as items, at most max; -1 after printing an error. */
static int tocsin_items(ctx *c, long from, long to, int max, eval_item **out, size_t *n)
{
    char since[11], until[11];
    date_of(from, since);
    date_of(to, until);
    tocsin_alert_options o;
    memset(&o, 0, sizeof o);
    o.since = since, o.until = until, o.max_alerts = max, o.lookback_days = c->lookback;
    tocsin_alert *v = NULL;
    size_t k = 0;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_alerts(c->s, c->l, &o, &v, &k, &err);
    if (rc) {
        fprintf(stderr, "tocsin eval-alerts: %s\n", err.message[0] ? err.message : tocsin_strerror(rc));
        return -1;
    }
    eval_item *it = k ? calloc(k, sizeof *it) : NULL;
    if (k && !it) {
        free(v);
        return -1;
    }
    for (size_t i = 0; i < k; i++) {
        memcpy(it[i].a, v[i].actor_a, sizeof it[i].a);
        memcpy(it[i].b, v[i].actor_b, sizeof it[i].b);
        memcpy(it[i].third, v[i].third, sizeof it[i].third);
        it[i].a[15] = it[i].b[15] = it[i].third[15] = '\0';
        it[i].first = eval_day(v[i].first);
        it[i].last = eval_day(v[i].last);
        if (it[i].first == EVAL_NEVER)
            it[i].first = from;
        if (it[i].last == EVAL_NEVER)
            it[i].last = to;
        it[i].score = v[i].severity;
        snprintf(it[i].kind, sizeof it[i].kind, "%s", tocsin_alert_kind_name(v[i].kind));
        snprintf(it[i].detail, sizeof it[i].detail, "%.159s", v[i].why);
    }
    free(v);
    *out = it, *n = k;
    return 0;
}

static int item_cmp(const void *x, const void *y)
{
    const eval_item *a = x, *b = y;
    if (a->score != b->score)
        return a->score < b->score ? 1 : -1;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    int c = strcmp(a->a, b->a);
    return c ? c : strcmp(a->b, b->b);
}

/* ---- scoring ---- */

typedef struct opts {
    int w0, w1, top, nglobal, step, baseline;
} opts;

/* The items of [from, to] of one system, ranked, at most top. */
static int ranked(ctx *c, int is_base, long from, long to, int top, eval_item **v, size_t *n)
{
    int rc = is_base ? eval_baseline_items(c->b, from, to, v, n) : tocsin_items(c, from, to, top, v, n);
    if (rc)
        return rc;
    if (*n > 1)
        qsort(*v, *n, sizeof **v, item_cmp);
    if (*n > (size_t)top)
        *n = (size_t)top;
    return 0;
}

static int rank_of(const episode *e, const eval_item *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (names(e, &v[i]))
            return (int)i + 1;
    return 0;
}

static int score_episodes(ctx *c, int is_base, const opts *o, const episode *ep, size_t nep, result *r)
{
    for (size_t i = 0; i < nep; i++) {
        const episode *e = &ep[i];
        long from = e->day + o->w0, to = e->day + o->w1;
        eval_item *v = NULL;
        size_t n = 0;
        if (ranked(c, is_base, from, to, o->top, &v, &n))
            return -1;
        r->rank[i] = rank_of(e, v, n);
        free(v);
        /* the first day the episode is among the top k of the window so far */
        r->delay[i] = EVAL_NEVER;
        for (long t = from; t <= to && r->delay[i] == EVAL_NEVER; t += o->step) {
            if (ranked(c, is_base, from, t, o->top, &v, &n))
                return -1;
            if (rank_of(e, v, n))
                r->delay[i] = t - e->day;
            free(v);
        }
    }
    return 0;
}

/* Adds a ladder period to a why. */
static int why_point(void *ud, const tocsin_ladder_point *p)
{
    why *w = ud;
    w->events += p->events;
    w->conflict += p->quad[3] + p->quad[4];
    if (p->events && p->max_rung > w->max_rung)
        w->max_rung = p->max_rung;
    return 0;
}

/* The dyads an episode stands for, each once (an unordered pair of codes
 * after mapping: SRB-BIH and BIH-SRB are one; a side equal to the other is
 * the internal dyad): 1 if the pair (i, j) is the first of its kind. */
static int first_pair(const episode *e, int i, int j)
{
    for (int i2 = 0; i2 <= i; i2++)
        for (int j2 = 0; j2 < e->nb && (i2 < i || j2 < j); j2++)
            if ((!strcmp(e->a[i2], e->a[i]) && !strcmp(e->b[j2], e->b[j])) ||
                (!strcmp(e->a[i2], e->b[j]) && !strcmp(e->b[j2], e->a[i])))
                return 0;
    return 1;
}

/* For each episode tocsin missed: what the database holds between its sides
 * in the window (events, conflict, highest rung), and the rank and score of
 * the best alert of the window that names it beside the k-th's, so that a
 * miss reads as "not in the data" or "ranked below". */
static int explain_misses(ctx *c, const opts *o, const episode *ep, size_t nep, result *r)
{
    r->why = calloc(nep ? nep : 1, sizeof *r->why);
    if (!r->why)
        return -1;
    for (size_t i = 0; i < nep; i++) {
        if (r->rank[i])
            continue;
        const episode *e = &ep[i];
        why *w = &r->why[i];
        char since[11], until[11];
        date_of(e->day + o->w0, since);
        date_of(e->day + o->w1, until);
        char h0[11], h1[11];
        date_of(e->day + o->w0 - EVAL_USUAL_DAYS, h0);
        date_of(e->day + o->w0 - 1, h1);
        why before;
        memset(&before, 0, sizeof before);
        for (int a = 0; a < e->na; a++)
            for (int b = 0; b < e->nb; b++) {
                if (!first_pair(e, a, b))
                    continue;
                tocsin_error err;
                memset(&err, 0, sizeof err);
                if (tocsin_ladder_series(c->s, c->l, e->a[a], e->b[b], TOCSIN_BY_DAY, since, until, why_point, w,
                                         &err) ||
                    tocsin_ladder_series(c->s, c->l, e->a[a], e->b[b], TOCSIN_BY_DAY, h0, h1, why_point, &before,
                                         &err)) {
                    fprintf(stderr, "tocsin eval-alerts: %s\n", err.message[0] ? err.message : "reading a dyad");
                    return -1;
                }
            }
        w->usual = (double)before.conflict * (double)(o->w1 - o->w0 + 1) / EVAL_USUAL_DAYS;
        eval_item *v = NULL;
        size_t n = 0;
        if (ranked(c, 0, e->day + o->w0, e->day + o->w1, EVAL_MAX_ALERTS, &v, &n))
            return -1;
        w->best_rank = rank_of(e, v, n);
        if (w->best_rank) {
            const eval_item *it = &v[w->best_rank - 1];
            w->best_score = it->score;
            snprintf(w->best, sizeof w->best, "%s %s%s%s-%s", it->kind, it->third, it->third[0] ? " joins " : "",
                     it->a, it->b);
        }
        w->alerts = (long)n;
        if (o->top >= 1 && n >= (size_t)o->top)
            w->kth_score = v[o->top - 1].score;
        free(v);
    }
    return 0;
}

static int falls_on(const eval_item *it, const opts *o, const episode *ep, size_t nep)
{
    for (size_t i = 0; i < nep; i++)
        if (it->last >= ep[i].day + o->w0 && it->first <= ep[i].day + o->w1 && names(&ep[i], it))
            return (int)i;
    return -1;
}

static int same_key(const eval_item *x, const eval_item *y, long month_x, long month_y)
{
    return month_x == month_y && !strcmp(x->a, y->a) && !strcmp(x->b, y->b) && !strcmp(x->third, y->third);
}

static long month_of(long day)
{
    int y, m, d;
    tocsin_civil_from_days(day, &y, &m, &d);
    return (long)y * 12 + m - 1;
}

/* Appends k items to the growing list all[n] (capacity cap). */
static int push_items(eval_item **all, size_t *n, size_t *cap, const eval_item *v, size_t k)
{
    if (*n + k > *cap) {
        size_t nc = *cap ? 2 * *cap : 256;
        while (nc < *n + k)
            nc *= 2;
        eval_item *na = realloc(*all, nc * sizeof *na);
        if (!na)
            return -1;
        *all = na, *cap = nc;
    }
    if (k)
        memcpy(*all + *n, v, k * sizeof *v);
    *n += k;
    return 0;
}

/* The global ranking: month by month (tocsin) or week by week (baseline,
 * the weeks that start in the month) over [from, to], one item per dyad and
 * month (the best), top N. */
static int score_global(ctx *c, int is_base, const opts *o, long from, long to, const episode *ep,
                        size_t nep, result *r)
{
    eval_item *all = NULL;
    size_t n = 0, cap = 0;
    int y, m, d, rc = 0;
    tocsin_civil_from_days(from, &y, &m, &d);
    for (long ms = tocsin_days_from_civil(y, m, 1); !rc && ms <= to;) {
        int ny = m == 12 ? y + 1 : y, nm = m == 12 ? 1 : m + 1;
        long me = tocsin_days_from_civil(ny, nm, 1) - 1;
        eval_item *v = NULL;
        size_t k = 0;
        if (is_base) {
            long w = eval_week_start(ms) < ms ? eval_week_start(ms) + 7 : ms;
            for (; !rc && w <= me && w <= to; w += 7) {
                rc = eval_baseline_items(c->b, w, w + 6, &v, &k);
                if (!rc)
                    rc = push_items(&all, &n, &cap, v, k);
                free(v);
                v = NULL;
            }
        } else {
            rc = tocsin_items(c, ms, me < to ? me : to, EVAL_MAX_ALERTS, &v, &k);
            if (!rc)
                rc = push_items(&all, &n, &cap, v, k);
            free(v);
        }
        y = ny, m = nm, ms = me + 1;
    }
    if (rc) {
        free(all);
        return -1;
    }
    if (n > 1)
        qsort(all, n, sizeof *all, item_cmp);
    /* one per dyad-month: the best, which sorts first */
    size_t w = 0;
    for (size_t i = 0; i < n && w < (size_t)o->nglobal; i++) {
        int dup = 0;
        for (size_t j = 0; j < w && !dup; j++)
            dup = same_key(&all[i], &all[j], month_of(all[i].first), month_of(all[j].first));
        if (!dup)
            all[w++] = all[i];
    }
    r->global = all;
    r->nglobal = w;
    r->global_ep = w ? malloc(w * sizeof *r->global_ep) : NULL;
    if (w && !r->global_ep)
        return -1;
    for (size_t i = 0; i < w; i++)
        r->global_ep[i] = falls_on(&all[i], o, ep, nep);
    return 0;
}

/* ---- output ---- */

/* The rank (1..) of the global item that item i continues: the same dyad
 * (and third party) listed for the month before; 0 if none. An analyst
 * scanning the list reads an onset apart from a war already flagged. */
static size_t continues(const result *r, size_t i)
{
    long m = month_of(r->global[i].first);
    for (size_t j = 0; j < r->nglobal; j++)
        if (j != i && same_key(&r->global[i], &r->global[j], m - 1, month_of(r->global[j].first)))
            return j + 1;
    return 0;
}

static int named(const result *r, size_t nep)
{
    int k = 0;
    for (size_t i = 0; i < nep; i++)
        k += r->rank[i] > 0;
    return k;
}

static int hits(const result *r)
{
    int k = 0;
    for (size_t i = 0; i < r->nglobal; i++)
        k += r->global_ep[i] >= 0;
    return k;
}

/* Known episodes the global top N falls on, each counted once: an episode
 * that spans two months, or that several dyads stand for, is one episode
 * found, however many of the top N fall on it. */
static int distinct_hits(const result *r, size_t nep)
{
    int k = 0;
    for (size_t e = 0; e < nep; e++)
        for (size_t i = 0; i < r->nglobal; i++)
            if (r->global_ep[i] == (int)e) {
                k++;
                break;
            }
    return k;
}

static int long_cmp(const void *x, const void *y)
{
    long a = *(const long *)x, b = *(const long *)y;
    return (a > b) - (a < b);
}

/* The median delay of the named episodes; EVAL_NEVER if none. */
static long median_delay(const result *r, size_t nep)
{
    long *v = malloc((nep ? nep : 1) * sizeof *v);
    size_t k = 0;
    if (!v)
        return EVAL_NEVER;
    for (size_t i = 0; i < nep; i++)
        if (r->rank[i] && r->delay[i] != EVAL_NEVER)
            v[k++] = r->delay[i];
    long m = EVAL_NEVER;
    if (k) {
        qsort(v, k, sizeof *v, long_cmp);
        m = v[k / 2];
    }
    free(v);
    return m;
}

static void print_text(const opts *o, const char *path, const char *span0, const char *span1,
                       const episode *ep, size_t nep, result *r, int nr)
{
    printf("eval-alerts: %zu episodes (%s), window %+d..%+d days, top %d; database %s..%s\n\n", nep, path, o->w0,
           o->w1, o->top, span0, span1);
    printf("%-44s", "");
    for (int s = 0; s < nr; s++)
        printf("%-16s", r[s].name);
    printf("\n%-44s", "episodes named in the top k of their window");
    for (int s = 0; s < nr; s++) {
        char b[32];
        snprintf(b, sizeof b, "%d/%zu", named(&r[s], nep), nep);
        printf("%-16s", b);
    }
    printf("\n%-44s", "days from onset to first flag (median)");
    for (int s = 0; s < nr; s++) {
        long m = median_delay(&r[s], nep);
        char b[32];
        if (m == EVAL_NEVER)
            snprintf(b, sizeof b, "-");
        else
            snprintf(b, sizeof b, "%+ld", m);
        printf("%-16s", b);
    }
    char label[64];
    snprintf(label, sizeof label, "global top %d on a known episode", o->nglobal);
    printf("\n%-44s", label);
    for (int s = 0; s < nr; s++) {
        char b[32];
        snprintf(b, sizeof b, "%d/%zu", hits(&r[s]), r[s].nglobal);
        printf("%-16s", b);
    }
    snprintf(label, sizeof label, "known episodes among the global top %d", o->nglobal);
    printf("\n%-44s", label);
    for (int s = 0; s < nr; s++) {
        char b[32];
        snprintf(b, sizeof b, "%d/%zu", distinct_hits(&r[s], nep), nep);
        printf("%-16s", b);
    }
    printf("\n\nepisodes (rank in the top %d of the window; days from onset to the first flag):\n", o->top);
    for (size_t i = 0; i < nep; i++) {
        printf("  %s  %-40.40s", ep[i].date, ep[i].name);
        for (int s = 0; s < nr; s++) {
            char b[48], dl[16];
            if (r[s].delay[i] == EVAL_NEVER)
                snprintf(dl, sizeof dl, "-");
            else
                snprintf(dl, sizeof dl, "%+ldd", r[s].delay[i]);
            if (r[s].rank[i])
                snprintf(b, sizeof b, "%s #%d %s", r[s].name, r[s].rank[i], dl);
            else
                snprintf(b, sizeof b, "%s -- %s", r[s].name, dl);
            printf("  %-22s", b);
        }
        putchar('\n');
    }
    int nmiss = 0;
    for (size_t i = 0; i < nep; i++)
        nmiss += r[0].why && !r[0].rank[i];
    if (nmiss)
        printf("\nmissed by %s: events between the sides in the window; the best alert naming the episode:\n",
               r[0].name);
    for (size_t i = 0; i < nep && nmiss; i++) {
        const why *w = &r[0].why[i];
        if (r[0].rank[i])
            continue;
        printf("  %s  %-40.40s", ep[i].date, ep[i].name);
        if (!w->events) {
            printf("  no events between the sides: not in the database\n");
            continue;
        }
        printf("  %ld event%s, %ld of conflict (usual %.1f), highest rung %d; ", w->events,
               w->events == 1 ? "" : "s", w->conflict, w->usual, w->max_rung);
        if (w->best_rank)
            printf("#%d %s %.1f", w->best_rank, w->best, w->best_score);
        else
            printf("none of its %ld alert%s names it", w->alerts, w->alerts == 1 ? "" : "s");
        if (w->kth_score > 0)
            printf(" (#%d: %.1f)", o->top, w->kth_score);
        putchar('\n');
    }
    for (int s = 0; s < nr; s++) {
        printf("\nglobal top %d of %s (one per dyad-month):\n", o->nglobal, r[s].name);
        for (size_t i = 0; i < r[s].nglobal; i++) {
            const eval_item *it = &r[s].global[i];
            char f[11], l[11];
            date_of(it->first, f);
            date_of(it->last, l);
            size_t cont = continues(&r[s], i);
            char cw[48] = "";
            if (cont)
                snprintf(cw, sizeof cw, "  (continues #%zu)", cont);
            printf("  %3zu. %s..%s  %s%s%s-%s  %s  %.1f%s%s%s\n", i + 1, f, l, it->third, it->third[0] ? " joins " : "",
                   it->a, it->b, it->kind, it->score, cw, r[s].global_ep[i] >= 0 ? "  = " : "",
                   r[s].global_ep[i] >= 0 ? ep[r[s].global_ep[i]].name : "");
        }
    }
}

static int print_json(const opts *o, const char *span0, const char *span1, const episode *ep, size_t nep,
                      result *r, int nr)
{
    tocsin_json *j = tocsin_json_new();
    if (!j)
        return TOCSIN_ENOMEM;
    tocsin_json_object(j);
    tocsin_json_kint(j, "episodes", (long long)nep);
    tocsin_json_key(j, "window");
    tocsin_json_array(j);
    tocsin_json_int(j, o->w0);
    tocsin_json_int(j, o->w1);
    tocsin_json_array_end(j);
    tocsin_json_kint(j, "top", o->top);
    tocsin_json_kint(j, "global", o->nglobal);
    tocsin_json_key(j, "span");
    tocsin_json_array(j);
    tocsin_json_str(j, span0);
    tocsin_json_str(j, span1);
    tocsin_json_array_end(j);
    tocsin_json_key(j, "systems");
    tocsin_json_array(j);
    for (int s = 0; s < nr; s++) {
        long m = median_delay(&r[s], nep);
        tocsin_json_object(j);
        tocsin_json_kstr(j, "name", r[s].name);
        tocsin_json_kint(j, "named", named(&r[s], nep));
        tocsin_json_kfixed(j, "recall", nep ? (double)named(&r[s], nep) / (double)nep : 0.0, 4);
        tocsin_json_key(j, "median_days_to_flag");
        if (m == EVAL_NEVER)
            tocsin_json_null(j);
        else
            tocsin_json_int(j, m);
        tocsin_json_kint(j, "global_hits", hits(&r[s]));
        tocsin_json_kint(j, "global_n", (long long)r[s].nglobal);
        tocsin_json_kint(j, "global_episodes", distinct_hits(&r[s], nep));
        tocsin_json_kfixed(j, "precision", r[s].nglobal ? (double)hits(&r[s]) / (double)r[s].nglobal : 0.0, 4);
        tocsin_json_key(j, "per_episode");
        tocsin_json_array(j);
        for (size_t i = 0; i < nep; i++) {
            tocsin_json_object(j);
            tocsin_json_kstr(j, "date", ep[i].date);
            tocsin_json_kstr(j, "name", ep[i].name);
            tocsin_json_key(j, "rank");
            if (r[s].rank[i])
                tocsin_json_int(j, r[s].rank[i]);
            else
                tocsin_json_null(j);
            tocsin_json_key(j, "days_to_flag");
            if (r[s].delay[i] == EVAL_NEVER)
                tocsin_json_null(j);
            else
                tocsin_json_int(j, r[s].delay[i]);
            if (r[s].why && !r[s].rank[i]) {
                const why *w = &r[s].why[i];
                tocsin_json_key(j, "missed");
                tocsin_json_object(j);
                tocsin_json_kint(j, "events", w->events);
                tocsin_json_kint(j, "conflict", w->conflict);
                tocsin_json_kfixed(j, "usual_conflict", w->usual, 2);
                tocsin_json_kint(j, "max_rung", w->max_rung);
                tocsin_json_key(j, "best_rank");
                if (w->best_rank)
                    tocsin_json_int(j, w->best_rank);
                else
                    tocsin_json_null(j);
                tocsin_json_kstr_or_null(j, "best_alert", w->best_rank ? w->best : NULL);
                tocsin_json_kfixed(j, "best_score", w->best_score, 3);
                tocsin_json_kfixed(j, "kth_score", w->kth_score, 3);
                tocsin_json_object_end(j);
            }
            tocsin_json_object_end(j);
        }
        tocsin_json_array_end(j);
        tocsin_json_key(j, "global_alerts");
        tocsin_json_array(j);
        for (size_t i = 0; i < r[s].nglobal; i++) {
            const eval_item *it = &r[s].global[i];
            char f[11], l[11];
            date_of(it->first, f);
            date_of(it->last, l);
            tocsin_json_object(j);
            tocsin_json_kint(j, "rank", (long long)(i + 1));
            tocsin_json_kstr(j, "kind", it->kind);
            tocsin_json_kstr(j, "a", it->a);
            tocsin_json_kstr(j, "b", it->b);
            tocsin_json_kstr(j, "third", it->third);
            tocsin_json_kstr(j, "first", f);
            tocsin_json_kstr(j, "last", l);
            tocsin_json_kfixed(j, "score", it->score, 3);
            tocsin_json_kstr(j, "detail", it->detail);
            tocsin_json_kstr_or_null(j, "episode", r[s].global_ep[i] >= 0 ? ep[r[s].global_ep[i]].name : NULL);
            /* the rank of the same dyad's item of the month before, or null: a continuation */
            size_t cont = continues(&r[s], i);
            tocsin_json_key(j, "continues");
            if (cont)
                tocsin_json_int(j, (long long)cont);
            else
                tocsin_json_null(j);
            tocsin_json_object_end(j);
        }
        tocsin_json_array_end(j);
        tocsin_json_object_end(j);
    }
    tocsin_json_array_end(j);
    tocsin_json_object_end(j);
    int rc = jw_line(j, stdout);
    tocsin_json_free(j);
    return rc;
}

static void help(void)
{
    printf("usage: tocsin eval-alerts --episodes FILE [--db PATH] [--window -7,+21] [--top 5]\n"
           "       [--global 30] [--baseline] [--step DAYS] [--lookback 90d] [--since D] [--until D]\n"
           "       [--format text|json] [--dict DIR] [--ladder PATH] [--actors FILE]\n\n"
           "Scores the alerts against known escalation episodes. FILE lists one episode a\n"
           "line: onset date, side A, side B, name (tab-separated; each side one or more\n"
           "actor codes separated by '|'; `#` comments and a header line allowed). Codes\n"
           "count as written and as the KEDS and WEIS tables read them (SER = SRB; with\n"
           "the codes of --actors FILE first, as tocsin import --actors reads them), and a\n"
           "sub-code matches its country (SRBMIL = SRB). An alert names an episode when\n"
           "its dyad (or its third party and one side) stands for the two sides, in\n"
           "either order. Reported:\n"
           "  recall     episodes named among the top k (--top) alerts of the window\n"
           "             around their onset (--window, days before and after)\n"
           "  delay      days from onset to the first day the episode is in the top k\n"
           "             of the window so far (the window grows by --step days)\n"
           "  precision  of the top N (--global) alerts over the whole database, one\n"
           "             per dyad and month, how many fall on a known episode (dyad\n"
           "             and dates within its window); the alerts are listed, and\n"
           "             how many different episodes they fall on (an episode that\n"
           "             spans two months, or two dyads, is found once); an alert\n"
           "             whose dyad is listed for the month before is marked as its\n"
           "             continuation, \"(continues #N)\" (json: \"continues\": N)\n"
           "  missed     for each episode tocsin does not name: the events between its\n"
           "             sides in the window (each dyad once), those of conflict beside\n"
           "             what a window held in the 180 days before, their highest rung,\n"
           "             and the rank and score of the best alert of the window naming\n"
           "             it beside the k-th's; \"not in the database\" when the sides\n"
           "             have no event there (no ranking can find it)\n"
           "--baseline scores beside it a naive ranking of dyad-weeks by max rung x\n"
           "log(1 + events at the fighting rung or above) x spike over the previous 12\n"
           "weeks (rungs from the ladder).\n");
}

static int parse_window_pair(const char *v, int *w0, int *w1)
{
    char *end = NULL;
    long a = strtol(v, &end, 10);
    if (end == v || *end != ',')
        return -1;
    const char *q = end + 1;
    long b = strtol(q, &end, 10);
    if (end == q || *end || a > b || a < -3650 || b > 3650)
        return -1;
    *w0 = (int)a, *w1 = (int)b;
    return 0;
}

static int parse_count(const char *v, int max)
{
    char *end = NULL;
    long n = strtol(v, &end, 10);
    return end != v && !*end && n >= 1 && n <= max ? (int)n : -1;
}

int cmd_eval_alerts(int argc, char **argv)
{
    analytics_args aa = {"tocsin.db", NULL, NULL, NULL, NULL};
    opts o = {-7, 21, 5, 30, 1, 0};
    const char *episodes = NULL, *actors = NULL;
    int json = 0, lookback = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help();
            return 0;
        }
        if (!strcmp(a, "--baseline")) {
            o.baseline = 1;
            continue;
        }
        if (!v || a[0] != '-') {
            fprintf(stderr, "tocsin eval-alerts: unexpected '%s' (see --help)\n", a);
            return 2;
        }
        i++;
        int took = analytics_option("tocsin eval-alerts", a, v, &aa);
        if (took < 0)
            return 2;
        if (took)
            continue;
        int bad = 0;
        if (!strcmp(a, "--episodes"))
            episodes = v;
        else if (!strcmp(a, "--actors"))
            actors = v;
        else if (!strcmp(a, "--window"))
            bad = parse_window_pair(v, &o.w0, &o.w1);
        else if (!strcmp(a, "--top"))
            bad = (o.top = parse_count(v, EVAL_MAX_TOP)) < 0;
        else if (!strcmp(a, "--global"))
            bad = (o.nglobal = parse_count(v, EVAL_MAX_GLOBAL)) < 0;
        else if (!strcmp(a, "--step"))
            bad = (o.step = parse_count(v, 365)) < 0;
        else if (!strcmp(a, "--lookback"))
            bad = (lookback = parse_window(v)) < 1;
        else if (!strcmp(a, "--format") || !strcmp(a, "-f")) {
            json = !strcmp(v, "json");
            bad = !json && strcmp(v, "text");
        } else {
            fprintf(stderr, "tocsin eval-alerts: unknown option '%s'\n", a);
            return 2;
        }
        if (bad) {
            fprintf(stderr, "tocsin eval-alerts: bad value for %s: '%s' (see --help)\n", a, v);
            return 2;
        }
    }
    if (!episodes) {
        fprintf(stderr, "tocsin eval-alerts: --episodes FILE is required (see --help)\n");
        return 2;
    }
    int status = 1;
    tocsin_ext_maps *maps = NULL;
    episode *ep = NULL;
    size_t nep = 0;
    ctx c;
    memset(&c, 0, sizeof c);
    c.lookback = lookback;
    result r[2];
    memset(r, 0, sizeof r);
    int nr = o.baseline ? 2 : 1;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (tocsin_ext_load_maps(cli_dict_dir(aa.dict), &maps, &err))
        fprintf(stderr, "tocsin eval-alerts: %s: %s (episode codes are taken as written)\n", err.file,
                err.message);
    else if (actors && tocsin_ext_load_actors(maps, actors, &err)) {
        fprintf(stderr, "tocsin eval-alerts: %s:%ld: %s\n", err.file, err.line, err.message);
        goto out;
    }
    if (read_episodes(episodes, maps, &ep, &nep))
        goto out;
    if (open_analytics("tocsin eval-alerts", aa.db, aa.dict, aa.ladder, &c.s, &c.l))
        goto out;
    char span0[11] = "", span1[11] = "";
    if (tocsin_first_date(c.s, span0, &err) || tocsin_last_date(c.s, span1, &err) || !span0[0]) {
        fprintf(stderr, "tocsin eval-alerts: %s has no dated event\n", aa.db);
        goto out;
    }
    if (aa.since && strcmp(aa.since, span0) > 0)
        memcpy(span0, aa.since, 11);
    if (aa.until && strcmp(aa.until, span1) < 0)
        memcpy(span1, aa.until, 11);
    r[0].name = "tocsin", r[1].name = "baseline";
    for (int s = 0; s < nr; s++) {
        r[s].rank = calloc(nep, sizeof *r[s].rank);
        r[s].delay = calloc(nep, sizeof *r[s].delay);
        if (!r[s].rank || !r[s].delay)
            goto out;
    }
    if (o.baseline && eval_baseline_load(c.s, c.l, &c.b))
        goto out;
    for (int s = 0; s < nr; s++)
        if (score_episodes(&c, s == 1, &o, ep, nep, &r[s]) ||
            score_global(&c, s == 1, &o, eval_day(span0), eval_day(span1), ep, nep, &r[s]))
            goto out;
    if (explain_misses(&c, &o, ep, nep, &r[0]))
        goto out;
    int bad = json ? print_json(&o, span0, span1, ep, nep, r, nr) : 0;
    if (bad) {
        fprintf(stderr, "tocsin eval-alerts: %s\n", tocsin_strerror(bad));
        goto out;
    }
    if (!json)
        print_text(&o, episodes, span0, span1, ep, nep, r, nr);
    status = 0;
out:
    for (int s = 0; s < 2; s++) {
        free(r[s].rank);
        free(r[s].delay);
        free(r[s].why);
        free(r[s].global);
        free(r[s].global_ep);
    }
    eval_baseline_free(c.b);
    free(ep);
    tocsin_store_close(c.s);
    tocsin_ladder_free(c.l);
    tocsin_ext_free_maps(maps);
    return status;
}
