/* analytics.c - ladder series, alerts and the network from per-day dyad
 * aggregates (see tocsin/analytics.h). The aggregates are a cache of the
 * events table: refreshed incrementally, rebuilt when the ladder changes. */
#include "tocsin/analytics.h"
#include "tocsin/date.h"

#include "base/internal.h"
#include "store/db.h"
#include "store/store_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FLUSH_EVERY 200000 /* events aggregated in memory before an upsert */
#define AGG_VERSION 2ull   /* bump when the aggregation rules change */

static int dberr(tocsin_store *s, tocsin_error *err, const char *what)
{
    ts_error_set(err, TOCSIN_EIO, ts_store_path(s), 0, -1, "%s: %s", what,
                 ts_db_errmsg(ts_store_db(s)));
    return TOCSIN_EIO;
}

/* ---- dates ---- */

static int days_of(const char *d, int32_t *out)
{
    return d && strlen(d) >= 10 ? ts_parse_date(d, 10, out) : -1;
}

static void date_of(int32_t z, char out[11])
{
    int y, m, d;
    tocsin_civil_from_days(z, &y, &m, &d);
    if (y < 0)
        y = 0;
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
}

int tocsin_date_shift(const char *date, int days, char out[11])
{
    int32_t z;
    if (days_of(date, &z))
        return TOCSIN_EINVAL;
    date_of(z + days, out);
    return 0;
}

/* ---- refresh ---- */

typedef struct agg {
    char a[12], b[12], day[11];
    long n, q[5], r[21];
    double gold;
    int max_rung;
} agg;

typedef struct aggmap {
    agg *v;
    size_t n, cap;
    uint32_t *slots;
    size_t nslots;
} aggmap;

static uint64_t agg_key(const char *a, const char *b, const char *day)
{
    return ts_mix(ts_hash(a, strlen(a)) ^ ts_mix(ts_hash(b, strlen(b)) ^ ts_hash(day, 10)));
}

static agg *agg_get(aggmap *m, const char *a, const char *b, const char *day)
{
    if ((m->n + 1) * 2 > m->nslots) {
        size_t ns = m->nslots ? m->nslots * 2 : 4096;
        uint32_t *s = calloc(ns, sizeof *s);
        if (!s)
            return NULL;
        for (size_t k = 0; k < m->n; k++) {
            size_t i = (size_t)agg_key(m->v[k].a, m->v[k].b, m->v[k].day) & (ns - 1);
            while (s[i])
                i = (i + 1) & (ns - 1);
            s[i] = (uint32_t)k + 1;
        }
        free(m->slots);
        m->slots = s;
        m->nslots = ns;
    }
    size_t i = (size_t)agg_key(a, b, day) & (m->nslots - 1);
    while (m->slots[i]) {
        agg *x = &m->v[m->slots[i] - 1];
        if (!strcmp(x->a, a) && !strcmp(x->b, b) && !strcmp(x->day, day))
            return x;
        i = (i + 1) & (m->nslots - 1);
    }
    if (ts_vec_grow((void **)&m->v, &m->cap, m->n + 1, sizeof *m->v, 0))
        return NULL;
    agg *x = &m->v[m->n];
    memset(x, 0, sizeof *x);
    snprintf(x->a, sizeof x->a, "%s", a);
    snprintf(x->b, sizeof x->b, "%s", b);
    memcpy(x->day, day, 10);
    x->day[10] = '\0';
    m->slots[i] = (uint32_t)++m->n;
    return x;
}

/* Rows per upsert statement: one for SQLite (in-process, a statement is
 * cheap), more for PostgreSQL, where each statement is a round trip. */
#define PG_FLUSH_ROWS 64
#define AGG_COLS 30

/* The upsert of `rows` aggregate rows; NULL when out of memory or refused. */
static ts_stmt *upsert_stmt(ts_db *db, int rows)
{
    ts_buf sql = {0};
    int rc = ts_buf_printf(&sql, "INSERT INTO dyad_days(a, b, day, n, q1, q2, q3, q4, gold, max_rung");
    for (int r = 1; r <= 20; r++)
        rc |= ts_buf_printf(&sql, ", r%02d", r);
    rc |= ts_buf_printf(&sql, ") VALUES ");
    for (int j = 0; j < rows; j++) {
        for (int c = 1; c <= AGG_COLS; c++)
            rc |= ts_buf_printf(&sql, "%s?%d", c == 1 ? (j ? ", (" : "(") : ", ", j * AGG_COLS + c);
        rc |= ts_buf_putc(&sql, ')');
    }
    rc |= ts_buf_printf(&sql, " ON CONFLICT(a, b, day) DO UPDATE SET n = dyad_days.n + excluded.n, q1 = dyad_days.q1"
                              " + excluded.q1, q2 = dyad_days.q2 + excluded.q2, q3 = dyad_days.q3 + excluded.q3,"
                              " q4 = dyad_days.q4 + excluded.q4, gold = dyad_days.gold + excluded.gold, max_rung ="
                              " max(dyad_days.max_rung, excluded.max_rung)");
    for (int r = 1; r <= 20; r++)
        rc |= ts_buf_printf(&sql, ", r%02d = dyad_days.r%02d + excluded.r%02d", r, r, r);
    ts_stmt *st = rc ? NULL : ts_db_prepare(db, sql.p, 0);
    ts_buf_free(&sql);
    return st;
}

static void bind_agg(ts_stmt *st, int j, const agg *x)
{
    int o = j * AGG_COLS;
    ts_bind_text(st, o + 1, x->a, -1);
    ts_bind_text(st, o + 2, x->b, -1);
    ts_bind_text(st, o + 3, x->day, -1);
    ts_bind_int64(st, o + 4, x->n);
    for (int q = 1; q <= 4; q++)
        ts_bind_int64(st, o + 4 + q, x->q[q]);
    ts_bind_double(st, o + 9, x->gold);
    ts_bind_int64(st, o + 10, x->max_rung);
    for (int r = 1; r <= 20; r++)
        ts_bind_int64(st, o + 10 + r, x->r[r]);
}

static int flush(tocsin_store *s, aggmap *m, tocsin_error *err)
{
    ts_db *db = ts_store_db(s);
    int many = ts_db_kind(db) == TS_DB_PG ? PG_FLUSH_ROWS : 1;
    ts_stmt *one = upsert_stmt(db, 1), *st = many > 1 ? upsert_stmt(db, many) : NULL;
    int rc = 0;
    if (!one || (many > 1 && !st)) {
        rc = dberr(s, err, "updating aggregates");
        goto out;
    }
    for (size_t k = 0; k < m->n && !rc;) {
        /* a full statement of `many` rows while there are enough, then one by one */
        ts_stmt *q = m->n - k >= (size_t)many && st ? st : one;
        int rows = q == one ? 1 : many;
        ts_stmt_reset(q);
        for (int j = 0; j < rows; j++)
            bind_agg(q, j, &m->v[k + (size_t)j]);
        if (ts_stmt_step(q) != TS_DONE)
            rc = dberr(s, err, "updating aggregates");
        k += (size_t)rows;
    }
out:
    ts_stmt_finalize(one);
    ts_stmt_finalize(st);
    if (rc)
        return rc;
    m->n = 0;
    if (m->nslots) /* none when no event had a date: memset(NULL, 0, 0) is undefined */
        memset(m->slots, 0, m->nslots * sizeof *m->slots);
    return 0;
}

static long long meta_int(ts_db *db, const char *key, long long def)
{
    ts_stmt *st = NULL;
    long long v = def;
    if ((st = ts_db_prepare(db, "SELECT value FROM meta WHERE key = ?1", 0)) != NULL) {
        ts_bind_text(st, 1, key, -1);
        if (ts_stmt_step(st) == TS_ROW)
            v = ts_col_int64(st, 0);
    }
    ts_stmt_finalize(st);
    return v;
}

static int meta_set(ts_db *db, const char *key, long long v)
{
    ts_stmt *st = NULL;
    int ok = (st = ts_db_prepare(db, "INSERT INTO meta(key, value) VALUES (?1, ?2)"
                                         " ON CONFLICT(key) DO UPDATE SET value = excluded.value", 0)) != NULL;
    if (ok) {
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", v);
        ts_bind_text(st, 1, key, -1);
        ts_bind_text(st, 2, buf, -1);
        ok = ts_stmt_step(st) == TS_DONE;
    }
    ts_stmt_finalize(st);
    return ok ? 0 : -1;
}

/* Where the aggregates stand: the ladder's hash (the ladder and the
 * aggregation rules: a change to either rebuilds), the last event
 * aggregated, the last event stored; returns 1 if everything must be rebuilt. */
static int staleness(ts_db *db, const tocsin_ladder *l, long long *hash, long long *last, long long *max_id)
{
    *hash = (long long)((tocsin_ladder_hash(l) ^ AGG_VERSION) & 0x7FFFFFFFFFFFFFFFull);
    *last = meta_int(db, "agg_last_event", 0);
    *max_id = 0;
    ts_stmt *st = NULL;
    if ((st = ts_db_prepare(db, "SELECT coalesce(max(id), 0) FROM events", 0)) != NULL &&
        ts_stmt_step(st) == TS_ROW)
        *max_id = ts_col_int64(st, 0);
    ts_stmt_finalize(st);
    return meta_int(db, "agg_ladder", -1) != *hash;
}

long long tocsin_analytics_pending(tocsin_store *s, const tocsin_ladder *l)
{
    if (ts_store_readonly(s))
        return 0;
    long long hash, last, max_id;
    if (staleness(ts_store_db(s), l, &hash, &last, &max_id))
        return max_id;
    return max_id > last ? max_id - last : 0;
}

int tocsin_analytics_refresh(tocsin_store *s, const tocsin_ladder *l, tocsin_error *err)
{
    ts_db *db = ts_store_db(s);
    long long hash, last, max_id;
    int rebuild = staleness(db, l, &hash, &last, &max_id);
    ts_stmt *st = NULL;
    if (!rebuild && last >= max_id)
        return 0;
    if (ts_store_readonly(s))
        return 0; /* stale aggregates are still right for what was aggregated */
    if (ts_db_exec(db, "BEGIN IMMEDIATE"))
        return dberr(s, err, "updating aggregates");
    if (rebuild) {
        last = 0;
        if (ts_db_exec(db, "DELETE FROM dyad_days; DELETE FROM day_totals;")) {
            ts_db_exec(db, "ROLLBACK");
            return dberr(s, err, "rebuilding aggregates");
        }
    }
    int rc = 0;
    aggmap m;
    memset(&m, 0, sizeof m);
    /* streamed: all events on a first aggregation (PostgreSQL reads them by chunks) */
    if (!(st = ts_db_prepare(db,
                             "SELECT id, src_country, tgt_country, date, code, quad, goldstein FROM events"
                             " WHERE id > ?1 AND id <= ?2 AND date IS NOT NULL AND length(date) = 10",
                             TS_STMT_STREAM))) {
        ts_db_exec(db, "ROLLBACK");
        return dberr(s, err, "reading events");
    }
    ts_bind_int64(st, 1, last);
    ts_bind_int64(st, 2, max_id);
    long pending = 0;
    /* daily totals: all dated events, with or without a target */
    aggmap totals;
    memset(&totals, 0, sizeof totals);
    int step;
    while ((step = ts_stmt_step(st)) == TS_ROW) {
        const char *a = ts_col_text(st, 1);
        const char *b = ts_col_text(st, 2);
        const char *day = ts_col_text(st, 3);
        const char *code = ts_col_text(st, 4);
        int quad = ts_col_int(st, 5);
        double g = ts_col_double(st, 6);
        if (!a || !day || !code)
            continue;
        agg *t = agg_get(&totals, "", "", day);
        if (!t) {
            rc = TOCSIN_ENOMEM;
            break;
        }
        t->n++;
        if (!*a || !b || !*b)
            continue; /* a dyad needs a source and a target (an imported actor may have no
                         code); a == b is internal conflict (TURMIL-TURREB) */
        agg *x = agg_get(&m, a, b, day);
        if (!x) {
            rc = TOCSIN_ENOMEM;
            break;
        }
        x->n++;
        if (quad >= 1 && quad <= 4)
            x->q[quad]++;
        int root = (code[0] - '0') * 10 + (code[1] - '0');
        if (root >= 1 && root <= 20)
            x->r[root]++;
        x->gold += g;
        int rung = tocsin_ladder_rung(l, code);
        if (rung > x->max_rung)
            x->max_rung = rung;
        if (++pending >= FLUSH_EVERY) {
            rc = flush(s, &m, err);
            if (rc)
                break;
            pending = 0;
        }
    }
    if (!rc && step != TS_DONE && step != TS_ROW)
        rc = dberr(s, err, "reading events");
    ts_stmt_finalize(st);
    if (!rc)
        rc = flush(s, &m, err);
    if (!rc && totals.n) {
        ts_stmt *tt = NULL;
        if (!(tt = ts_db_prepare(db, "INSERT INTO day_totals(day, n) VALUES (?1, ?2) ON CONFLICT(day)"
                                   " DO UPDATE SET n = day_totals.n + excluded.n", 0)))
            rc = dberr(s, err, "updating totals");
        for (size_t k = 0; !rc && k < totals.n; k++) {
            ts_stmt_reset(tt);
            ts_bind_text(tt, 1, totals.v[k].day, -1);
            ts_bind_int64(tt, 2, totals.v[k].n);
            if (ts_stmt_step(tt) != TS_DONE)
                rc = dberr(s, err, "updating totals");
        }
        ts_stmt_finalize(tt);
    }
    free(m.v);
    free(m.slots);
    free(totals.v);
    free(totals.slots);
    if (!rc && (meta_set(db, "agg_last_event", max_id) || meta_set(db, "agg_ladder", hash)))
        rc = dberr(s, err, "saving aggregate state");
    if (rc) {
        ts_db_exec(db, "ROLLBACK");
        return rc;
    }
    return !ts_db_exec(db, "COMMIT") ? 0 : dberr(s, err, "committing aggregates");
}

/* The country part of an actor code for the aggregates: RUSGOV -> RUS. */
static void key_of(const char *code, char out[12])
{
    size_t n = strlen(code);
    snprintf(out, 12, "%.*s", (int)(n == 3 || n == 6 ? 3 : (n < 11 ? n : 11)), code);
}

static int edge_date(tocsin_store *s, const char *sql, char out[11], tocsin_error *err)
{
    out[0] = '\0';
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(ts_store_db(s), sql, 0)))
        return dberr(s, err, "reading dates");
    if (ts_stmt_step(st) == TS_ROW && ts_col_text(st, 0))
        snprintf(out, 11, "%s", ts_col_text(st, 0));
    ts_stmt_finalize(st);
    return 0;
}

int tocsin_last_date(tocsin_store *s, char out[11], tocsin_error *err)
{
    return edge_date(s, "SELECT max(date) FROM events WHERE length(date) = 10", out, err);
}

int tocsin_first_date(tocsin_store *s, char out[11], tocsin_error *err)
{
    /* the range condition lets SQLite read the first entry of events_date */
    return edge_date(s, "SELECT min(date) FROM events WHERE date >= '0000-01-01' AND length(date) = 10", out,
                     err);
}

/* ---- ladder series ---- */

static int32_t period_start(int32_t day, tocsin_period by)
{
    if (by == TOCSIN_BY_WEEK) {
        int wd = (int)((day % 7 + 7 + 3) % 7); /* 1970-01-01 was a Thursday; 0 = Monday */
        return day - wd;
    }
    if (by == TOCSIN_BY_MONTH) {
        char d[11];
        date_of(day, d);
        d[8] = '0';
        d[9] = '1';
        int32_t z;
        ts_parse_date(d, 10, &z);
        return z;
    }
    return day;
}

static int32_t period_next(int32_t start, tocsin_period by)
{
    if (by == TOCSIN_BY_WEEK)
        return start + 7;
    if (by == TOCSIN_BY_MONTH)
        return period_start(start + 32, by);
    return start + 1;
}

int tocsin_ladder_series(tocsin_store *s, const tocsin_ladder *l, const char *a, const char *b,
                         tocsin_period by, const char *since, const char *until, tocsin_ladder_fn fn,
                         void *ud, tocsin_error *err)
{
    int rc = tocsin_analytics_refresh(s, l, err);
    if (rc)
        return rc;
    char ka[12], kb[12];
    key_of(a, ka);
    key_of(b, kb);
    ts_db *db = ts_store_db(s);
    ts_buf sql = {0};
    rc = ts_buf_printf(&sql, "SELECT day, n, q1, q2, q3, q4, gold, max_rung");
    for (int r = 1; r <= 20; r++)
        rc |= ts_buf_printf(&sql, ", r%02d", r);
    rc |= ts_buf_printf(&sql, " FROM dyad_days d"
                              " WHERE ((a = ?1 AND b = ?2) OR (a = ?2 AND b = ?1)) AND day >= ?3 AND day <= ?4"
                              " ORDER BY day");
    if (rc) {
        ts_buf_free(&sql);
        return TOCSIN_ENOMEM;
    }
    ts_stmt *st = NULL, *tot = NULL;
    if (!(st = ts_db_prepare(db, sql.p, 0)) ||
        !(tot = ts_db_prepare(db, "SELECT coalesce(sum(n), 0) FROM day_totals WHERE day >= ?1 AND day < ?2", 0))) {
        ts_buf_free(&sql);
        ts_stmt_finalize(st);
        return dberr(s, err, "querying the ladder");
    }
    ts_buf_free(&sql);
    ts_bind_text(st, 1, ka, -1);
    ts_bind_text(st, 2, kb, -1);
    ts_bind_text(st, 3, since ? since : "0000-00-00", -1);
    ts_bind_text(st, 4, until ? until : "9999-99-99", -1);
    tocsin_ladder_point p;
    memset(&p, 0, sizeof p);
    int32_t cur = 0, have = 0, since_day;
    long total = 0;
    double level = 0;
    const double alpha = 1 - pow(0.5, 0.5); /* half-life of 2 periods */
    int started = 0, step;
    if (since && days_of(since, &since_day) == 0) {
        cur = period_start(since_day, by);
        have = 1;
    }
#define EMIT_POINT()                                                                               \
    do {                                                                                           \
        date_of(cur, p.period);                                                                    \
        char next_[11];                                                                            \
        date_of(period_next(cur, by), next_);                                                      \
        ts_stmt_reset(tot);                                                                        \
        ts_bind_text(tot, 1, p.period, -1);                                 \
        ts_bind_text(tot, 2, next_, -1);                                    \
        total = ts_stmt_step(tot) == TS_ROW ? (long)ts_col_int64(tot, 0) : 0;          \
        p.goldstein_mean = p.events ? p.goldstein_sum / p.events : 0;                             \
        level = started ? alpha * p.max_rung + (1 - alpha) * level : p.max_rung;                  \
        started = 1;                                                                               \
        p.level = level;                                                                           \
        p.share = total ? 1000.0 * p.events / total : 0;                                          \
        int r_ = fn(ud, &p);                                                                       \
        if (r_) {                                                                                  \
            ts_stmt_finalize(st);                                                                  \
            ts_stmt_finalize(tot);                                                                 \
            return r_;                                                                             \
        }                                                                                          \
        memset(&p, 0, sizeof p);                                                                   \
        total = 0;                                                                                 \
    } while (0)
    while ((step = ts_stmt_step(st)) == TS_ROW) {
        int32_t day;
        if (days_of(ts_col_text(st, 0), &day))
            continue;
        int32_t ps = period_start(day, by);
        if (!have) {
            cur = ps;
            have = 1;
        }
        while (cur < ps) { /* close the current period and any empty ones */
            EMIT_POINT();
            cur = period_next(cur, by);
        }
        p.events += ts_col_int64(st, 1);
        for (int q = 1; q <= 4; q++)
            p.quad[q] += ts_col_int64(st, 1 + q);
        p.goldstein_sum += ts_col_double(st, 6);
        int mr = ts_col_int(st, 7);
        if (mr > p.max_rung)
            p.max_rung = mr;
        for (int r = 1; r <= 20; r++)
            p.root[r] += ts_col_int64(st, 7 + r);
    }
    if (step != TS_DONE) {
        ts_stmt_finalize(st);
        ts_stmt_finalize(tot);
        return dberr(s, err, "reading the ladder");
    }
    int32_t end_day = cur;
    if (until && days_of(until, &end_day) == 0)
        end_day = period_start(end_day, by);
    if (have) {
        EMIT_POINT();
        for (cur = period_next(cur, by); cur <= end_day; cur = period_next(cur, by))
            EMIT_POINT();
    }
#undef EMIT_POINT
    ts_stmt_finalize(st);
    ts_stmt_finalize(tot);
    return 0;
}
