/* alerts.c - what escalated in a window, ranked and explained: new rungs,
 * third parties entering a war, alliances forming, balance shifts. One alert
 * per dyad and rule (an episode), each with the rule's numbers and its
 * evidence events. */
#include "tocsin/analytics.h"

#include "base/internal.h"
#include "store/store_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CANDIDATES 20000

/* Evidence is looked up only for the alerts that make the list: each
 * candidate carries what to look up, and new rungs (whose score depends on
 * the number of events on the rung) are ranked by an upper bound until then. */
typedef struct evreq {
    char x[16], y[16];
    int directed, rung, done;
    const char *const *codes;
    long n; /* new rungs: events of the dyad in the window */
} evreq;

typedef struct cand {
    tocsin_alert a; /* first: a cand is ranked as its alert */
    evreq r;
} cand;

typedef struct alist {
    cand *v;
    size_t n, cap;
} alist;

static void want_evidence(tocsin_alert *a, const char *x, const char *y, int directed, int rung,
                          const char *const *codes)
{
    evreq *r = &((cand *)a)->r;
    snprintf(r->x, sizeof r->x, "%s", x);
    snprintf(r->y, sizeof r->y, "%s", y);
    r->directed = directed;
    r->rung = rung;
    r->codes = codes;
}

static int dberr(tocsin_store *s, tocsin_error *err, const char *what)
{
    ts_error_set(err, TOCSIN_EIO, ts_store_path(s), 0, -1, "%s: %s", what,
                 sqlite3_errmsg(ts_store_db(s)));
    return TOCSIN_EIO;
}

static tocsin_alert *add(alist *l)
{
    if (ts_vec_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v, MAX_CANDIDATES))
        return NULL;
    cand *c = &l->v[l->n++];
    memset(c, 0, sizeof *c);
    return &c->a;
}

static void shift_days(const char *d, int delta, char out[11])
{
    if (tocsin_date_shift(d, delta, out))
        snprintf(out, 11, "%s", d);
}

/* Evidence: events between x and y (both directions, countries) in the
 * window, those on the given rung (or with the given code prefixes) first,
 * most widely reported first. */
static int evidence(tocsin_store *s, const tocsin_ladder *l, tocsin_alert *a, const char *x,
                    const char *y, int directed, const char *since, const char *until, int rung,
                    const char *const *codes)
{
    sqlite3_stmt *st = NULL;
    const char *sql =
        directed ? "SELECT e.id, e.code, coalesce(st.n_sources, 0) FROM events e LEFT JOIN stories st"
                   " ON st.id = e.story_id WHERE e.src_country = ?1 AND e.tgt_country = ?2"
                   " AND e.date >= ?3 AND e.date <= ?4 ORDER BY e.date, e.id LIMIT 5000"
                 : "SELECT e.id, e.code, coalesce(st.n_sources, 0) FROM events e LEFT JOIN stories st"
                   " ON st.id = e.story_id WHERE ((e.src_country = ?1 AND e.tgt_country = ?2) OR"
                   " (e.src_country = ?2 AND e.tgt_country = ?1)) AND e.date >= ?3 AND e.date <= ?4"
                   " ORDER BY e.date, e.id LIMIT 5000";
    if (sqlite3_prepare_v2(ts_store_db(s), sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, x, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, y, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, since, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, until, -1, SQLITE_TRANSIENT);
    int best_src[TOCSIN_ALERT_EVIDENCE];
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *code = (const char *)sqlite3_column_text(st, 1);
        int ok = 0;
        if (codes) {
            for (int k = 0; codes[k] && !ok; k++)
                ok = code && !strncmp(code, codes[k], strlen(codes[k]));
        } else {
            ok = code && tocsin_ladder_rung(l, code) == rung;
        }
        if (!ok)
            continue;
        int src = sqlite3_column_int(st, 2);
        long long id = sqlite3_column_int64(st, 0);
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
    sqlite3_finalize(st);
    return 0;
}

/* One pass over the aggregates of window and look-back, per unordered pair:
 * what the rules for new rungs, balance shifts and surges read. */
typedef struct pairagg {
    char x[16], y[16];
    int w_rung, lb_rung;  /* highest rung in the window (-1: no events), in the look-back */
    long nw, cw, nl, cl;  /* events and conflict events (quad 3-4), window and look-back */
    long q4w, q4l;        /* material conflict, window and look-back */
} pairagg;

static int load_pairs(tocsin_store *s, const char *w0, const char *w1, const char *l0, pairagg **out,
                      size_t *n, tocsin_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(ts_store_db(s),
                           "SELECT min(a, b) x, max(a, b) y,"
                           " coalesce(max(CASE WHEN day >= ?1 THEN max_rung END), -1),"
                           " coalesce(max(CASE WHEN day < ?1 THEN max_rung END), 0),"
                           " sum(CASE WHEN day >= ?1 THEN n ELSE 0 END),"
                           " sum(CASE WHEN day >= ?1 THEN q3 + q4 ELSE 0 END),"
                           " sum(CASE WHEN day < ?1 THEN n ELSE 0 END),"
                           " sum(CASE WHEN day < ?1 THEN q3 + q4 ELSE 0 END),"
                           " sum(CASE WHEN day >= ?1 THEN q4 ELSE 0 END),"
                           " sum(CASE WHEN day < ?1 THEN q4 ELSE 0 END)"
                           " FROM dyad_days WHERE day >= ?3 AND day <= ?2 GROUP BY x, y",
                           -1, &st, NULL) != SQLITE_OK)
        return dberr(s, err, "reading the dyads of the window");
    sqlite3_bind_text(st, 1, w0, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, w1, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, l0, -1, SQLITE_TRANSIENT);
    pairagg *v = NULL;
    size_t len = 0, cap = 0;
    int rc = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if ((rc = ts_vec_grow((void **)&v, &cap, len + 1, sizeof *v, 0)))
            break;
        pairagg *p = &v[len++];
        snprintf(p->x, sizeof p->x, "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(p->y, sizeof p->y, "%s", (const char *)sqlite3_column_text(st, 1));
        p->w_rung = sqlite3_column_int(st, 2);
        p->lb_rung = sqlite3_column_int(st, 3);
        p->nw = (long)sqlite3_column_int64(st, 4);
        p->cw = (long)sqlite3_column_int64(st, 5);
        p->nl = (long)sqlite3_column_int64(st, 6);
        p->cl = (long)sqlite3_column_int64(st, 7);
        p->q4w = (long)sqlite3_column_int64(st, 8);
        p->q4l = (long)sqlite3_column_int64(st, 9);
    }
    sqlite3_finalize(st);
    if (rc) {
        free(v);
        return rc;
    }
    *out = v;
    *n = len;
    return 0;
}

/* Rule 1: a dyad reaches a rung it has not reached in the look-back. */
static int new_rungs(const tocsin_ladder *l, const pairagg *v, size_t nv, int min_rung, alist *out)
{
    for (size_t k = 0; k < nv; k++) {
        const pairagg *p = &v[k];
        if (p->w_rung < min_rung || p->w_rung <= p->lb_rung)
            continue;
        tocsin_alert *a = add(out);
        if (!a)
            return TOCSIN_ENOMEM;
        a->kind = TOCSIN_ALERT_NEW_RUNG;
        snprintf(a->actor_a, sizeof a->actor_a, "%s", p->x);
        snprintf(a->actor_b, sizeof a->actor_b, "%s", p->y);
        a->rung = p->w_rung;
        a->prior_rung = p->lb_rung;
        ((cand *)a)->r.n = p->nw;
        want_evidence(a, a->actor_a, a->actor_b, 0, a->rung, NULL);
        /* ranked by the best score its evidence could give until it is looked up */
        a->severity = (10.0 * a->rung + 3.0 * (a->rung - a->prior_rung)) * (1 - pow(0.5, TOCSIN_ALERT_EVIDENCE)) +
                      log2(1.0 + TOCSIN_ALERT_EVIDENCE) + 0.5 * log2(1.0 + p->nw);
    }
    return 0;
}

/* Military support: aid, protection, cooperation, intent to provide them. */
static const char *const support_codes[] = {"072", "074", "062", "0332", "0334", "0312", NULL};
static const char *const alliance_codes[] = {"057", "062", "0312", "0332", "0334", "064", NULL};

static int is_code(const char *code, const char *const *set)
{
    for (int k = 0; set[k]; k++)
        if (!strncmp(code, set[k], strlen(set[k])))
            return 1;
    return 0;
}

/* A side of a dyad at war: its enemy, the highest rung and the events. */
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

/* Sorts v by pair and folds the entries of one (side, enemy) pair into
 * one: events added, the highest rung kept. Returns the new length. */
static size_t merge_pairs(war *v, size_t len)
{
    if (!len)
        return 0;
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
    return m;
}

/* Every dyad that reached rung `fight` from l0 to w1, both ways round. */
static int load_wars(sqlite3 *db, const char *l0, const char *w1, int fight, war **out, size_t *n)
{
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT a, b, max(max_rung), sum(n) FROM dyad_days WHERE day >= ?1 AND day <= ?2"
                           " AND max_rung >= ?3 AND a <> b GROUP BY a, b",
                           -1, &q, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(q, 1, l0, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 2, w1, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(q, 3, fight);
    war *v = NULL;
    size_t len = 0, cap = 0;
    int rc = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        const char *a = (const char *)sqlite3_column_text(q, 0), *b = (const char *)sqlite3_column_text(q, 1);
        if (!a || !b)
            continue;
        if ((rc = ts_vec_grow((void **)&v, &cap, len + 2, sizeof *v, 0)))
            break;
        for (int k = 0; k < 2; k++) {
            war *w = &v[len++];
            snprintf(w->side, sizeof w->side, "%s", k ? b : a);
            snprintf(w->enemy, sizeof w->enemy, "%s", k ? a : b);
            w->rung = sqlite3_column_int(q, 2);
            w->n = (long)sqlite3_column_int64(q, 3);
        }
    }
    sqlite3_finalize(q);
    if (rc) {
        free(v);
        return rc;
    }
    /* the (a, b) and (b, a) rows of a dyad count together */
    len = merge_pairs(v, len);
    if (len)
        qsort(v, len, sizeof *v, war_cmp);
    *out = v;
    *n = len;
    return 0;
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
        if (strcmp(v[k].enemy, c))
            return &v[k];
    return NULL;
}

/* The (side, enemy) entry of a table sorted by pair_cmp, or NULL. */
static const war *find_pair(const war *v, size_t n, const char *side, const char *enemy)
{
    war key;
    snprintf(key.side, sizeof key.side, "%s", side);
    snprintf(key.enemy, sizeof key.enemy, "%s", enemy);
    return n ? bsearch(&key, v, n, sizeof *v, pair_cmp) : NULL;
}

/* Events of military support from d0 (inclusive) to d1 (exclusive), counted
 * per giver (side) and receiver (enemy), sorted by pair_cmp. */
static int load_support(sqlite3 *db, const char *d0, const char *d1, war **out, size_t *n)
{
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT src_country, tgt_country, code FROM events WHERE root IN ('03', '06', '07')"
                           " AND date >= ?1 AND date < ?2 AND tgt_country IS NOT NULL"
                           " AND src_country <> tgt_country",
                           -1, &q, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(q, 1, d0, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 2, d1, -1, SQLITE_TRANSIENT);
    war *v = NULL;
    size_t len = 0, cap = 0;
    int rc = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        const char *a = (const char *)sqlite3_column_text(q, 0), *b = (const char *)sqlite3_column_text(q, 1);
        const char *code = (const char *)sqlite3_column_text(q, 2);
        if (!a || !b || !code || !is_code(code, support_codes))
            continue;
        if ((rc = ts_vec_grow((void **)&v, &cap, len + 1, sizeof *v, 0)))
            break;
        war *w = &v[len++];
        snprintf(w->side, sizeof w->side, "%s", a);
        snprintf(w->enemy, sizeof w->enemy, "%s", b);
        w->rung = 0;
        w->n = 1;
    }
    sqlite3_finalize(q);
    if (rc) {
        free(v);
        return rc;
    }
    *out = v;
    *n = merge_pairs(v, len);
    return 0;
}

/* Rule 2: a third party backs one side of a dyad that is at a fighting rung. */
static int third_parties(tocsin_store *s, const tocsin_ladder *l, const char *w0, const char *w1,
                         const char *l0, alist *out, tocsin_error *err)
{
    sqlite3 *db = ts_store_db(s);
    int fight = tocsin_ladder_rung(l, "190");
    if (fight <= 0)
        return 0;
    /* support given in the window */
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT src_country, tgt_country, code, count(*), min(date), max(date) FROM events"
                           " WHERE date >= ?1 AND date <= ?2 AND root IN ('03', '06', '07')"
                           " AND tgt_country IS NOT NULL AND src_country <> tgt_country"
                           " GROUP BY 1, 2, 3",
                           -1, &st, NULL) != SQLITE_OK)
        return dberr(s, err, "looking for third parties");
    sqlite3_bind_text(st, 1, w0, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, w1, -1, SQLITE_TRANSIENT);
    /* enemies: dyads at a fighting rung in window + look-back, read once and
       kept sorted by side, then rung and events (strongest first) */
    war *wars = NULL;
    size_t nwars = 0;
    int rc = load_wars(db, l0, w1, fight, &wars, &nwars);
    if (rc) {
        sqlite3_finalize(st);
        return rc == TOCSIN_ENOMEM ? rc : dberr(s, err, "looking for wars");
    }
    /* support before the window, per giver and receiver */
    war *before_v = NULL;
    size_t nbefore = 0;
    rc = load_support(db, l0, w0, &before_v, &nbefore);
    if (rc) {
        sqlite3_finalize(st);
        free(wars);
        return rc == TOCSIN_ENOMEM ? rc : dberr(s, err, "looking for earlier support");
    }
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        const char *c = (const char *)sqlite3_column_text(st, 0);
        const char *side = (const char *)sqlite3_column_text(st, 1);
        const char *code = (const char *)sqlite3_column_text(st, 2);
        long n = (long)sqlite3_column_int64(st, 3);
        if (!c || !side || !code || !is_code(code, support_codes))
            continue;
        /* is the supported side at war with someone other than the supporter? */
        const war *w = strongest_enemy(wars, nwars, side, c);
        if (!w)
            continue;
        const char *enemy = w->enemy;
        int war_rung = w->rung;
        /* merge with an alert for the same supporter and side */
        tocsin_alert *a = NULL;
        for (size_t k = 0; k < out->n; k++)
            if (out->v[k].a.kind == TOCSIN_ALERT_THIRD_PARTY && !strcmp(out->v[k].a.third, c) &&
                !strcmp(out->v[k].a.actor_a, side))
                a = &out->v[k].a;
        if (!a) {
            /* entering means: no support of this kind before the window */
            const war *b = find_pair(before_v, nbefore, c, side);
            int before = b ? (int)b->n : 0;
            a = add(out);
            if (!a) {
                rc = TOCSIN_ENOMEM;
                break;
            }
            a->kind = TOCSIN_ALERT_THIRD_PARTY;
            snprintf(a->third, sizeof a->third, "%s", c);
            snprintf(a->actor_a, sizeof a->actor_a, "%s", side);
            snprintf(a->actor_b, sizeof a->actor_b, "%s", enemy);
            a->rung = war_rung;
            a->prior_rung = before;
            snprintf(a->first, sizeof a->first, "%s", (const char *)sqlite3_column_text(st, 4));
            a->severity = 0;
            a->prior_rung = before;
        }
        a->severity += n; /* events of support; turned into a score below */
        const char *last = (const char *)sqlite3_column_text(st, 5);
        if (last && strcmp(last, a->last) > 0)
            snprintf(a->last, sizeof a->last, "%s", last);
        if (strcmp((const char *)sqlite3_column_text(st, 4), a->first) < 0)
            snprintf(a->first, sizeof a->first, "%s", (const char *)sqlite3_column_text(st, 4));
    }
    sqlite3_finalize(st);
    free(before_v);
    free(wars);
    for (size_t k = 0; k < out->n && !rc; k++) {
        tocsin_alert *a = &out->v[k].a;
        if (a->kind != TOCSIN_ALERT_THIRD_PARTY)
            continue;
        want_evidence(a, a->third, a->actor_a, 1, 0, support_codes);
        /* entering a war scores higher than deepening; one report is a weak signal */
        double support = a->severity;
        a->severity = (a->prior_rung ? 50 : 70) + 25 * (1 - pow(0.5, support)) + log2(1.0 + support);
    }
    return rc;
}

/* Rule 3: an alliance forms or deepens (agreements, military cooperation). */
static int alliances(tocsin_store *s, const tocsin_ladder *l, const char *w0, const char *w1,
                     const char *l0, alist *out, tocsin_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(ts_store_db(s),
                           "SELECT min(src_country, tgt_country) x, max(src_country, tgt_country) y, code,"
                           " date >= ?1 inwin, count(*), min(date) FROM events"
                           " WHERE date >= ?3 AND date <= ?2 AND root IN ('03', '05', '06', '07')"
                           " AND tgt_country IS NOT NULL AND src_country <> tgt_country GROUP BY 1, 2, 3, 4",
                           -1, &st, NULL) != SQLITE_OK)
        return dberr(s, err, "looking for alliances");
    sqlite3_bind_text(st, 1, w0, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, w1, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, l0, -1, SQLITE_TRANSIENT);
    typedef struct pair {
        char x[12], y[12], first[11];
        long now, before, military;
    } pair;
    pair *v = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *x = (const char *)sqlite3_column_text(st, 0), *y = (const char *)sqlite3_column_text(st, 1);
        const char *code = (const char *)sqlite3_column_text(st, 2);
        if (!x || !y || !code || !is_code(code, alliance_codes))
            continue;
        pair *p = NULL;
        for (size_t k = 0; k < n; k++)
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
        long c = (long)sqlite3_column_int64(st, 4);
        if (sqlite3_column_int(st, 3)) {
            p->now += c;
            p->military += strncmp(code, "057", 3) ? c : 0;
            const char *first = (const char *)sqlite3_column_text(st, 5);
            if (first && (!p->first[0] || strcmp(first, p->first) < 0))
                snprintf(p->first, sizeof p->first, "%s", first);
        } else {
            p->before += c;
        }
    }
    sqlite3_finalize(st);
    for (size_t k = 0; k < n && !rc; k++) {
        pair *p = &v[k];
        /* forming: nothing before; deepening: at least as many new agreements and
           cooperation events as in the whole look-back */
        if (!p->now || (p->before && p->now < p->before))
            continue;
        tocsin_alert *a = add(out);
        if (!a) {
            rc = TOCSIN_ENOMEM;
            break;
        }
        a->kind = TOCSIN_ALERT_ALLIANCE;
        snprintf(a->actor_a, sizeof a->actor_a, "%s", p->x);
        snprintf(a->actor_b, sizeof a->actor_b, "%s", p->y);
        snprintf(a->first, sizeof a->first, "%s", p->first);
        a->severity = 45 + 15 * (p->military > 0) + 2 * log2(1.0 + p->now) - (p->before ? 10 : 0);
        want_evidence(a, p->x, p->y, 0, 0, alliance_codes);
        snprintf(a->why, sizeof a->why,
                 "%s-%s: %ld agreement and military-cooperation events (%ld military) in the window, %ld in "
                 "the look-back: the alliance %s",
                 p->x, p->y, p->now, p->military, p->before, p->before ? "deepens" : "forms");
    }
    free(v);
    return rc;
}

static const char *const conflict_codes[] = {"1", "20", NULL};
static const char *const cooperation_codes[] = {"0", NULL};

/* Rule 4: the share of conflict in a dyad's events shifts sharply. */
static int balance(const pairagg *v, size_t nv, alist *out)
{
    for (size_t k = 0; k < nv; k++) {
        const pairagg *p = &v[k];
        if (p->nw < 5 || p->nl < 5)
            continue;
        double nw = (double)p->nw, cw = (double)p->cw, nl = (double)p->nl, cl = (double)p->cl;
        double sw = cw / nw, sl = cl / nl, d = sw - sl;
        if (fabs(d) < 0.4)
            continue;
        tocsin_alert *a = add(out);
        if (!a)
            return TOCSIN_ENOMEM;
        a->kind = TOCSIN_ALERT_BALANCE;
        snprintf(a->actor_a, sizeof a->actor_a, "%s", p->x);
        snprintf(a->actor_b, sizeof a->actor_b, "%s", p->y);
        a->severity = 25 + 40 * fabs(d) + log2(1.0 + nw) + (d > 0 ? 5 : 0);
        snprintf(a->why, sizeof a->why,
                 "conflict share of %s-%s events %s from %.0f%% (%.0f events, look-back) to %.0f%% "
                 "(%.0f events, window)",
                 a->actor_a, a->actor_b, d > 0 ? "rose" : "fell", 100 * sl, nl, 100 * sw, nw);
        want_evidence(a, a->actor_a, a->actor_b, 0, 0, d > 0 ? conflict_codes : cooperation_codes);
    }
    return 0;
}

/* Rule 5: material conflict (quad 4) in the window far above the dyad's
 * look-back rate: an offensive, an incursion, a crackdown. */
static int surges(const tocsin_ladder *l, const pairagg *v, size_t nv, int wdays, int ldays, alist *out)
{
    for (size_t k = 0; k < nv; k++) {
        const pairagg *p = &v[k];
        if (p->q4w < 5)
            continue;
        double w = (double)p->q4w, lb = (double)p->q4l;
        double rate_w = w / (wdays > 0 ? wdays : 1), rate_l = (lb + 1) / (ldays > 0 ? ldays : 1);
        double ratio = rate_w / rate_l;
        if (ratio < 3)
            continue;
        tocsin_alert *a = add(out);
        if (!a)
            return TOCSIN_ENOMEM;
        a->kind = TOCSIN_ALERT_SURGE;
        snprintf(a->actor_a, sizeof a->actor_a, "%s", p->x);
        snprintf(a->actor_b, sizeof a->actor_b, "%s", p->y);
        a->rung = p->w_rung > 0 ? p->w_rung : 0;
        a->severity = 20 + 6.0 * a->rung + 8 * log2(ratio) + 2 * log2(1 + w);
        want_evidence(a, a->actor_a, a->actor_b, 0, a->rung, NULL);
        snprintf(a->why, sizeof a->why,
                 "%s-%s%s: %.0f material-conflict events in %d days, %.1f times the look-back rate (%.0f in %d "
                 "days); highest rung %d (%s)",
                 a->actor_a, a->actor_b, strcmp(a->actor_a, a->actor_b) ? "" : " (internal)", w, wdays, ratio, lb,
                 ldays, a->rung, tocsin_ladder_name(l, a->rung));
    }
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
    }
    return "?";
}

static int by_severity(const void *x, const void *y)
{
    const tocsin_alert *a = x, *b = y;
    return a->severity < b->severity ? 1 : a->severity > b->severity ? -1 : strcmp(a->actor_a, b->actor_a);
}

/* The first day of the episode: the first evidence event's date. */
static void episode_dates(tocsin_store *s, tocsin_alert *a)
{
    sqlite3_stmt *st = NULL;
    if (!a->n_evidence ||
        sqlite3_prepare_v2(ts_store_db(s), "SELECT min(date), max(date) FROM events WHERE id IN"
                                           " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", -1, &st, NULL) != SQLITE_OK)
        return;
    for (int k = 0; k < TOCSIN_ALERT_EVIDENCE; k++)
        sqlite3_bind_int64(st, k + 1, a->evidence[k < a->n_evidence ? k : 0]);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
        snprintf(a->first, sizeof a->first, "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(a->last, sizeof a->last, "%s", (const char *)sqlite3_column_text(st, 1));
    }
    sqlite3_finalize(st);
}

/* Looks up a candidate's evidence, then scores and explains what depends on it. */
static void finish(tocsin_store *s, const tocsin_ladder *l, const char *w0, const char *w1, cand *c)
{
    tocsin_alert *a = &c->a;
    evreq *r = &c->r;
    r->done = 1;
    evidence(s, l, a, r->x, r->y, r->directed, w0, w1, r->rung, r->codes);
    if (a->kind == TOCSIN_ALERT_NEW_RUNG) {
        /* one event is a weak signal (a miscoding, a rumour): confidence grows
           with the number of events on the new rung */
        double confidence = 1 - pow(0.5, a->n_evidence > 0 ? a->n_evidence : 1);
        a->severity = (10.0 * a->rung + 3.0 * (a->rung - a->prior_rung)) * confidence +
                      log2(1.0 + a->n_evidence) + 0.5 * log2(1.0 + r->n);
        snprintf(a->why, sizeof a->why,
                 "%s-%s reached rung %d (%s) with %d event%s; highest in the %s look-back: rung %d%s%s",
                 a->actor_a, a->actor_b, a->rung, tocsin_ladder_name(l, a->rung), a->n_evidence,
                 a->n_evidence == 1 ? "" : "s", "prior", a->prior_rung, a->prior_rung ? " " : "",
                 a->prior_rung ? tocsin_ladder_name(l, a->prior_rung) : "");
    } else if (a->kind == TOCSIN_ALERT_THIRD_PARTY) {
        snprintf(a->why, sizeof a->why,
                 "%s gave military support to %s (%d event%s: aid, troops, military cooperation) while "
                 "%s-%s stood at rung %d (%s); %s",
                 a->third, a->actor_a, a->n_evidence, a->n_evidence == 1 ? "" : "s", a->actor_a, a->actor_b,
                 a->rung, tocsin_ladder_name(l, a->rung),
                 a->prior_rung ? "it had given such support before (deepening)"
                               : "no such support in the look-back: a new party to the war");
    }
}

int tocsin_alerts(tocsin_store *s, const tocsin_ladder *l, const tocsin_alert_options *o,
                  tocsin_alert **out, size_t *n, tocsin_error *err)
{
    *out = NULL;
    *n = 0;
    int rc = tocsin_analytics_refresh(s, l, err);
    if (rc)
        return rc;
    char w0[11], w1[11], l0[11];
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
    shift_days(w0, -(o->lookback_days > 0 ? o->lookback_days : 90), l0);
    alist L = {0};
    pairagg *pv = NULL;
    size_t np = 0;
    rc = load_pairs(s, w0, w1, l0, &pv, &np, err);
    if (!rc)
        rc = new_rungs(l, pv, np, o->min_rung > 0 ? o->min_rung : 3, &L);
    if (!rc)
        rc = third_parties(s, l, w0, w1, l0, &L, err);
    if (!rc)
        rc = alliances(s, l, w0, w1, l0, &L, err);
    if (!rc)
        rc = balance(pv, np, &L);
    if (!rc) {
        int32_t d0, d1, dl;
        ts_parse_date(w0, 10, &d0);
        ts_parse_date(w1, 10, &d1);
        ts_parse_date(l0, 10, &dl);
        rc = surges(l, pv, np, (int)(d1 - d0 + 1), (int)(d0 - dl), &L);
    }
    free(pv);
    if (rc) {
        free(L.v);
        return rc;
    }
    size_t max = o->max_alerts > 0 ? (size_t)o->max_alerts : 50;
    size_t top = L.n < max ? L.n : max;
    /* rank; look up the evidence of the candidates at the top; rank again
       until the top ones all have theirs (scores only fall when looked up) */
    for (;;) {
        if (L.n)
            qsort(L.v, L.n, sizeof *L.v, by_severity);
        int looked = 0;
        for (size_t k = 0; k < top; k++)
            if (!L.v[k].r.done) {
                finish(s, l, w0, w1, &L.v[k]);
                looked = 1;
            }
        if (!looked)
            break;
    }
    tocsin_alert *res = top ? malloc(top * sizeof *res) : NULL;
    if (top && !res) {
        free(L.v);
        return TOCSIN_ENOMEM;
    }
    for (size_t k = 0; k < top; k++) {
        res[k] = L.v[k].a;
        episode_dates(s, &res[k]);
    }
    free(L.v);
    *out = res;
    *n = top;
    return 0;
}
