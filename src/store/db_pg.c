/* db_pg.c - db.h over PostgreSQL (libpq). The store's statements are written
 * in SQLite's dialect; ts_pg_translate below is the one place where they are
 * turned into PostgreSQL's, so that both backends answer alike:
 *
 *   ?N                       -> $N
 *   INSERT OR IGNORE INTO .. -> INSERT INTO .. ON CONFLICT DO NOTHING
 *   min(x, y), max(x, y)     -> LEAST(x, y), GREATEST(x, y)   (the scalar forms)
 *   group_concat(x, s)       -> string_agg(x, s)
 *   CAST(x AS BLOB)          -> convert_to(x, 'UTF8')         (length in bytes)
 *   ORDER BY t [DESC]        -> ORDER BY t NULLS FIRST | t DESC NULLS LAST
 *                               (SQLite sorts NULL lowest)
 *   GROUP BY g (no ORDER BY) -> GROUP BY g ORDER BY g         (SQLite hands groups
 *                               back in order; some callers fold ties in that order)
 *   GROUP BY g ORDER BY t    -> GROUP BY g ORDER BY t, g      (and sorts them stably)
 *   BEGIN IMMEDIATE          -> BEGIN and the database's writer lock (an advisory
 *                               lock: one writing batch at a time, as SQLite)
 *
 * Text columns use the "C" collation (schema in store.c), so comparisons and
 * orders are SQLite's byte order. Statements run through the extended protocol
 * with text parameters (blobs in binary); a statement run more than once is
 * prepared on the server. Results are read whole, or with TS_STMT_STREAM
 * through a cursor in chunks of FETCH_ROWS (in the caller's transaction, or
 * one of its own), so that memory stays flat on millions of rows.
 *
 * Writes whose answers nobody reads (ts_stmt_send, ts_db_exec_later) are
 * queued in libpq's pipeline mode and go out with the next statement that
 * waits for an answer: a transaction's inserts cost one round trip to the
 * server, not one each. Every other call settles the pipeline first. */
#include "db_int.h"

#include "base/internal.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SQL_MAX (1u << 20)    /* a translated statement, at most */
#define FETCH_ROWS 20000      /* rows per FETCH of a streamed statement */
#define MAX_PARAMS 65535 /* PostgreSQL's own limit */
/* statements queued in the pipeline before it is settled: their answers,
   unread, must fit the socket's buffers, or server and client wait on
   each other */
#define PIPE_MAX 256
/* the key of the advisory lock that BEGIN IMMEDIATE takes ("tocs") */
#define WRITER_LOCK "1953457011"

typedef struct pg_db {
    ts_db base;
    PGconn *c;
    char err[512];
    long long last_id, changes;
    unsigned long serial; /* names of prepared statements and cursors */
    int lock_pending;     /* a lazy batch whose writer lock is not taken yet */
    int piped;            /* statements sent in the pipeline, answers not read yet */
    /* statements whose PREPARE is in the pipeline, and its number there */
    struct pg_stmt *prep[PIPE_MAX + 2];
    int prep_seq[PIPE_MAX + 2], nprep;
} pg_db;

typedef struct pg_stmt {
    ts_stmt base;
    char *sql; /* translated */
    unsigned flags;
    int nparams;
    char **vals; /* nparams of each */
    int *lens, *fmts;
    char name[32];
    int prepared, runs, started, cursor_open, cursor_done;
    int own_txn; /* the cursor's transaction, begun for it (a read outside any) */
    int inflight; /* sent by ts_stmt_start, its answer not read yet */
    PGresult *res;
    int row, nrows;
    unsigned char *blob; /* the last blob column read, decoded */
} pg_stmt;

#define PDB(d) ((pg_db *)(d))
#define PST(s) ((pg_stmt *)(s))

static void set_err(pg_db *d, const char *msg)
{
    snprintf(d->err, sizeof d->err, "%s", msg && *msg ? msg : "PostgreSQL error");
    size_t n = strlen(d->err);
    while (n && (d->err[n - 1] == '\n' || d->err[n - 1] == ' '))
        d->err[--n] = '\0';
}

/* ---- translation ---- */

static int is_word(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

/* the end of the parenthesis that opens at s[i] ('('), or n if unbalanced */
static size_t close_paren(const char *s, size_t i, size_t n)
{
    int depth = 0;
    for (; i < n; i++) {
        if (s[i] == '\'' || s[i] == '"') {
            char q = s[i];
            for (i++; i < n && s[i] != q; i++)
                ;
            continue;
        }
        if (s[i] == '(')
            depth++;
        else if (s[i] == ')' && --depth == 0)
            return i;
    }
    return n;
}

/* whether s[from, to) holds a comma outside parentheses and quotes */
static int has_top_comma(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (s[i] == '(')
            i = close_paren(s, i, to);
        else if (s[i] == '\'' || s[i] == '"') {
            char q = s[i];
            for (i++; i < to && s[i] != q; i++)
                ;
        } else if (s[i] == ',')
            return 1;
    }
    return 0;
}

static int kw(const char *s, size_t i, size_t n, const char *w)
{
    size_t k = strlen(w);
    return i + k <= n && !memcmp(s + i, w, k) && (i == 0 || !is_word(s[i - 1])) &&
           (i + k == n || !is_word(s[i + k]));
}

enum { M_NONE, M_ORDER, M_GROUP };

typedef struct level {
    ts_buf *out;
    int mode, ordered, grouped;
    ts_buf term;  /* the ORDER BY term being read */
    ts_buf group; /* the GROUP BY list, to order by it */
} level;

static int xlate(const char *s, size_t n, ts_buf *out);

static int put_term(level *L)
{
    size_t n = L->term.len;
    while (n && L->term.p[n - 1] == ' ')
        n--;
    size_t lead = 0;
    while (lead < n && L->term.p[lead] == ' ')
        lead++;
    int rc = 0;
    if (n > lead) {
        int desc = n - lead >= 5 && !memcmp(L->term.p + n - 5, " DESC", 5);
        rc |= ts_buf_put(L->out, L->term.p, n);
        rc |= ts_buf_printf(L->out, desc ? " NULLS LAST" : " NULLS FIRST");
        if (L->term.len > n)
            rc |= ts_buf_put(L->out, L->term.p + n, L->term.len - n);
    } else if (L->term.len) {
        rc |= ts_buf_put(L->out, L->term.p, L->term.len);
    }
    L->term.len = 0;
    return rc;
}

/* ends the ORDER BY or GROUP BY being read, before a clause that follows */
static int end_mode(level *L, int final)
{
    int rc = 0, ties = 0;
    if (L->mode == M_ORDER) {
        rc = put_term(L);
        /* SQLite sorts grouped rows stably, in the groups' order: ties follow it */
        ties = final && L->grouped && L->group.len;
    }
    L->mode = M_NONE;
    if (ties || (final && L->grouped && !L->ordered && L->group.len)) {
        /* order the groups as SQLite hands them back */
        while (L->out->len && L->out->p[L->out->len - 1] == ' ')
            L->out->len--;
        rc |= ts_buf_printf(L->out, ties ? ", " : " ORDER BY ");
        size_t i = 0;
        const char *g = L->group.p;
        size_t gn = L->group.len;
        while (gn && g[gn - 1] == ' ')
            gn--;
        while (i < gn) {
            size_t j = i;
            while (j < gn && g[j] != ',') {
                if (g[j] == '(')
                    j = close_paren(g, j, gn);
                j++;
            }
            if (j > gn)
                j = gn;
            while (i < j && g[i] == ' ')
                i++;
            rc |= ts_buf_put(L->out, g + i, j - i);
            rc |= ts_buf_printf(L->out, " NULLS FIRST%s", j < gn ? ", " : " ");
            i = j + 1;
        }
        L->ordered = 1;
    }
    return rc;
}

/* output of a piece of text: into the ORDER BY term, the output, and the
   GROUP BY list as they are being read */
static int emit(level *L, const char *p, size_t n)
{
    if (L->mode == M_ORDER)
        return ts_buf_put(&L->term, p, n);
    int rc = ts_buf_put(L->out, p, n);
    if (L->mode == M_GROUP)
        rc |= ts_buf_put(&L->group, p, n);
    return rc;
}

static int xlate(const char *s, size_t n, ts_buf *out)
{
    level L;
    memset(&L, 0, sizeof L);
    L.out = out;
    L.term.max = L.group.max = SQL_MAX;
    int rc = 0;
    size_t i = 0;
    while (i < n && !rc) {
        char c = s[i];
        if (c == '\'' || c == '"') {
            size_t j = i + 1;
            while (j < n && s[j] != c)
                j++;
            j = j < n ? j + 1 : n;
            rc = emit(&L, s + i, j - i);
            i = j;
        } else if (c == '?' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
            rc = emit(&L, "$", 1);
            i++;
        } else if (c == '(') {
            size_t j = close_paren(s, i, n);
            ts_buf in = {0};
            in.max = SQL_MAX;
            rc = ts_buf_putc(&in, '(');
            if (!rc && j > i + 1)
                rc = xlate(s + i + 1, (j < n ? j : n) - i - 1, &in);
            if (!rc && j < n)
                rc = ts_buf_putc(&in, ')');
            if (!rc)
                rc = emit(&L, in.p, in.len);
            ts_buf_free(&in);
            i = j < n ? j + 1 : n;
        } else if (c == ',' && L.mode == M_ORDER) {
            rc = put_term(&L);
            rc |= ts_buf_putc(L.out, ',');
            i++;
        } else if (c == ';') {
            rc = end_mode(&L, 1);
            rc |= ts_buf_putc(L.out, ';');
            L.grouped = L.ordered = 0;
            L.group.len = 0;
            i++;
        } else if (is_word(c) && (i == 0 || !is_word(s[i - 1]))) {
            size_t j = i;
            while (j < n && is_word(s[j]))
                j++;
            size_t wl = j - i;
            const char *w = s + i;
            if (kw(s, i, n, "INSERT") && !strncmp(s + j, " OR IGNORE", 10)) {
                rc = emit(&L, "INSERT", 6);
                j += 10;
            } else if (((wl == 3 && (!memcmp(w, "min", 3) || !memcmp(w, "max", 3)))) && j < n && s[j] == '(' &&
                       has_top_comma(s, j + 1, close_paren(s, j, n))) {
                rc = emit(&L, w[1] == 'i' ? "LEAST" : "GREATEST", w[1] == 'i' ? 5 : 8);
            } else if (wl == 12 && !memcmp(w, "group_concat", 12)) {
                rc = emit(&L, "string_agg", 10);
            } else if (wl == 4 && !memcmp(w, "CAST", 4) && j < n && s[j] == '(') {
                size_t k = close_paren(s, j, n);
                if (k < n && k - j > 8 && !memcmp(s + k - 8, " AS BLOB", 8)) {
                    ts_buf in = {0};
                    in.max = SQL_MAX;
                    rc = ts_buf_printf(&in, "convert_to(");
                    rc |= xlate(s + j + 1, k - 8 - j - 1, &in);
                    rc |= ts_buf_printf(&in, ", 'UTF8')");
                    if (!rc)
                        rc = emit(&L, in.p, in.len);
                    ts_buf_free(&in);
                    j = k + 1;
                } else {
                    rc = emit(&L, w, wl);
                }
            } else if (kw(s, i, n, "ORDER") && !strncmp(s + j, " BY", 3)) {
                rc = end_mode(&L, 0);
                rc |= ts_buf_printf(L.out, "ORDER BY");
                j += 3;
                L.mode = M_ORDER;
                L.ordered = 1;
            } else if (kw(s, i, n, "GROUP") && !strncmp(s + j, " BY", 3)) {
                rc = end_mode(&L, 0);
                rc |= ts_buf_printf(L.out, "GROUP BY");
                j += 3;
                L.mode = M_GROUP;
                L.grouped = 1;
                L.group.len = 0;
            } else if (kw(s, i, n, "HAVING")) {
                rc = end_mode(&L, 0);
                rc |= emit(&L, w, wl);
            } else if (kw(s, i, n, "LIMIT") || kw(s, i, n, "OFFSET")) {
                /* the space before the keyword went to the term: end it first */
                rc = end_mode(&L, 1);
                rc |= emit(&L, w, wl);
            } else {
                rc = emit(&L, w, wl);
            }
            i = j;
        } else {
            rc = emit(&L, s + i, 1);
            i++;
        }
    }
    if (!rc)
        rc = end_mode(&L, 1);
    ts_buf_free(&L.term);
    ts_buf_free(&L.group);
    return rc;
}

/* The PostgreSQL form of a statement written for SQLite (see the top). */
char *ts_pg_translate(const char *sql, unsigned flags)
{
    ts_buf out = {0};
    out.max = SQL_MAX;
    size_t n = strlen(sql);
    while (n && (sql[n - 1] == ' ' || sql[n - 1] == ';'))
        n--;
    int rc = xlate(sql, n, &out);
    /* the conflict clause and RETURNING of the statement as a whole */
    if (!rc && !strncmp(sql, "INSERT OR IGNORE", 16))
        rc = ts_buf_printf(&out, " ON CONFLICT DO NOTHING");
    if (!rc && (flags & TS_STMT_RETURNS_ID))
        rc = ts_buf_printf(&out, " RETURNING id");
    if (rc || !out.p) {
        ts_buf_free(&out);
        return NULL;
    }
    return out.p;
}

/* ---- connection ---- */

static void pg_close(ts_db *db)
{
    PQfinish(PDB(db)->c);
    free(db);
}

static const char *pg_errmsg(ts_db *db) { return PDB(db)->err; }

/* ---- the pipeline ---- */

/* Sends a statement (prepared, or with its text) in pipeline mode. */
static int pipe_send(pg_db *d, const char *name, const char *sql, int nparams, const char *const *vals,
                     const int *lens, const int *fmts)
{
    if (PQpipelineStatus(d->c) == PQ_PIPELINE_OFF && !PQenterPipelineMode(d->c)) {
        set_err(d, PQerrorMessage(d->c));
        return TOCSIN_EIO;
    }
    int ok = name ? PQsendQueryPrepared(d->c, name, nparams, vals, lens, fmts, 0)
                  : PQsendQueryParams(d->c, sql, nparams, NULL, vals, lens, fmts, 0);
    if (!ok) {
        set_err(d, PQerrorMessage(d->c));
        return TOCSIN_EIO;
    }
    d->piped++;
    return 0;
}

/* Ends the pipeline: a sync, then every answer read. The answer of the
 * statement sent as number `want` (from 0; -1: none) is kept in *mine; the
 * first error of the others is the connection's. 0 or TOCSIN_EIO. */
static int pipe_end(pg_db *d, int want, PGresult **mine)
{
    int failed = 0, seq = 0, nulls = 0;
    if (mine)
        *mine = NULL;
    if (!PQpipelineSync(d->c)) {
        set_err(d, PQerrorMessage(d->c));
        failed = 1;
    }
    while (!failed || PQstatus(d->c) == CONNECTION_OK) {
        PGresult *r = PQgetResult(d->c);
        if (!r) {
            /* a statement's answers end; more of them than were sent: the
               connection is gone */
            seq++;
            if (++nulls > d->piped + 1 || PQstatus(d->c) != CONNECTION_OK)
                break;
            continue;
        }
        ExecStatusType t = PQresultStatus(r);
        if (t == PGRES_PIPELINE_SYNC) {
            PQclear(r);
            break;
        }
        for (int k = 0; k < d->nprep; k++)
            if (d->prep_seq[k] == seq && t != PGRES_COMMAND_OK)
                d->prep[k]->prepared = 0; /* not prepared after all (an error before it) */
        if (seq == want && mine && !*mine) {
            *mine = r;
            continue;
        }
        if ((t == PGRES_FATAL_ERROR || t == PGRES_BAD_RESPONSE || t == PGRES_NONFATAL_ERROR) && !failed) {
            set_err(d, PQresultErrorMessage(r));
            failed = 1;
        }
        PQclear(r);
    }
    d->piped = d->nprep = 0;
    if (!PQexitPipelineMode(d->c) && !failed) {
        set_err(d, PQerrorMessage(d->c));
        failed = 1;
    }
    if (failed && mine) {
        PQclear(*mine);
        *mine = NULL;
    }
    return failed ? TOCSIN_EIO : 0;
}

/* Reads the answers of what was queued: before anything that waits. */
static int settle(pg_db *d)
{
    return d->piped ? pipe_end(d, -1, NULL) : 0;
}

static int run(pg_db *d, const char *sql)
{
    if (settle(d))
        return TOCSIN_EIO;
    PGresult *r = PQexec(d->c, sql);
    ExecStatusType t = PQresultStatus(r);
    int ok = t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK || t == PGRES_EMPTY_QUERY;
    if (!ok)
        set_err(d, PQresultErrorMessage(r));
    PQclear(r);
    d->changes = 0;
    return ok ? 0 : TOCSIN_EIO;
}

static void pg_busy_timeout(ts_db *db, int ms)
{
    char sql[64];
    snprintf(sql, sizeof sql, "SET lock_timeout = %d", ms > 0 ? ms : 0);
    run(PDB(db), sql);
}

/* One statement without results: queued (later) or sent with the queue and
   waited for. */
static int pipe_exec(pg_db *d, const char *sql, int later)
{
    if (pipe_send(d, NULL, sql, 0, NULL, NULL, NULL))
        return TOCSIN_EIO;
    d->changes = 0;
    if (later)
        return d->piped >= PIPE_MAX ? settle(d) : 0;
    return pipe_end(d, -1, NULL);
}

static int pg_exec_later(ts_db *db, const char *sql)
{
    if (strchr(sql, ';'))
        return run(PDB(db), sql);
    return pipe_exec(PDB(db), sql, 1);
}

static int pg_exec(ts_db *db, const char *sql)
{
    pg_db *d = PDB(db);
    if (!strcmp(sql, "COMMIT") || !strcmp(sql, "ROLLBACK"))
        d->lock_pending = 0;
    if (!strcmp(sql, "ROLLBACK") || !strcmp(sql, "ROLLBACK TO article"))
        settle(d); /* after an error the pipeline skips everything up to its end */
    else if (d->piped && !strchr(sql, ';'))
        return pipe_exec(d, sql, 0); /* a COMMIT: one round trip with the queued writes */
    if (!strncmp(sql, "BEGIN IMMEDIATE", 15)) {
        int rc = run(PDB(db), "BEGIN; SELECT pg_advisory_xact_lock(" WRITER_LOCK ")");
        sql += 15;
        while (*sql == ';' || *sql == ' ')
            sql++;
        if (rc || !*sql)
            return rc;
    }
    return run(PDB(db), sql);
}

static long long pg_table_count(ts_db *db)
{
    if (settle(PDB(db)))
        return -1;
    PGresult *r = PQexec(PDB(db)->c, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()");
    long long v = -1;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
        v = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    else
        set_err(PDB(db), PQresultErrorMessage(r));
    PQclear(r);
    return v;
}

static int pg_writer_setup(ts_db *db) { return 0; }

static int pg_begin_batch(ts_db *db, int lazy)
{
    if (!lazy)
        return pg_exec(db, "BEGIN IMMEDIATE");
    int rc = pipe_exec(PDB(db), "BEGIN", 1);
    PDB(db)->lock_pending = !rc;
    return rc;
}

/* queued: the next statement that waits for an answer waits for the lock */
static int pg_writer_lock(ts_db *db)
{
    if (!PDB(db)->lock_pending)
        return 0;
    PDB(db)->lock_pending = 0;
    return pipe_exec(PDB(db), "SELECT pg_advisory_xact_lock(" WRITER_LOCK ")", 1);
}
static int pg_ids_follow(ts_db *db, const char *table)
{
    char sql[256];
    snprintf(sql, sizeof sql,
             "SELECT setval(pg_get_serial_sequence('%s', 'id'), coalesce((SELECT max(id) FROM %s), 0) + 1, false)",
             table, table);
    return run(PDB(db), sql);
}

static long long pg_last_id(ts_db *db) { return PDB(db)->last_id; }
static long long pg_changes(ts_db *db) { return PDB(db)->changes; }

/* ---- statements ---- */

static ts_stmt *pg_prepare(ts_db *db, const char *sql, unsigned flags)
{
    pg_stmt *st = calloc(1, sizeof *st);
    if (!st) {
        set_err(PDB(db), "out of memory");
        return NULL;
    }
    st->base.db = db;
    st->flags = flags;
    st->sql = ts_pg_translate(sql, flags);
    if (!st->sql) {
        set_err(PDB(db), "statement too long");
        free(st);
        return NULL;
    }
    /* the parameters are numbered: their count is the highest number */
    for (const char *p = st->sql; *p; p++)
        if (*p == '$' && p[1] >= '0' && p[1] <= '9') {
            long v = strtol(p + 1, NULL, 10);
            if (v > st->nparams)
                st->nparams = (int)(v > MAX_PARAMS ? MAX_PARAMS : v);
        }
    size_t np = st->nparams ? (size_t)st->nparams : 1;
    st->vals = calloc(np, sizeof *st->vals);
    st->lens = calloc(np, sizeof *st->lens);
    st->fmts = calloc(np, sizeof *st->fmts);
    if (!st->vals || !st->lens || !st->fmts) {
        set_err(PDB(db), "out of memory");
        free(st->vals);
        free(st->lens);
        free(st->fmts);
        free(st->sql);
        free(st);
        return NULL;
    }
    snprintf(st->name, sizeof st->name, "ts%lu", ++PDB(db)->serial);
    return &st->base;
}

static void drop_result(pg_stmt *st)
{
    PQclear(st->res);
    st->res = NULL;
    st->row = st->nrows = 0;
    PQfreemem(st->blob);
    st->blob = NULL;
}

/* The answer of a statement sent by pg_start: its result (the last of them),
   the connection free again. */
static PGresult *await(pg_stmt *st)
{
    PGconn *c = PDB(st->base.db)->c;
    PGresult *res = NULL, *r;
    while ((r = PQgetResult(c))) {
        PQclear(res);
        res = r;
    }
    st->inflight = 0;
    return res;
}

static void pg_reset(ts_stmt *s)
{
    pg_stmt *st = PST(s);
    if (st->inflight)
        PQclear(await(st));
    drop_result(st);
    if (st->cursor_open) {
        char sql[64];
        snprintf(sql, sizeof sql, "CLOSE c%s", st->name);
        run(PDB(s->db), sql);
        st->cursor_open = 0;
    }
    if (st->own_txn) {
        run(PDB(s->db), "COMMIT");
        st->own_txn = 0;
    }
    st->started = st->cursor_done = 0;
}

static void pg_clear(ts_stmt *s)
{
    pg_stmt *st = PST(s);
    for (int i = 0; i < st->nparams; i++) {
        free(st->vals[i]);
        st->vals[i] = NULL;
        st->lens[i] = st->fmts[i] = 0;
    }
}

static void pg_finalize(ts_stmt *s)
{
    pg_stmt *st = PST(s);
    pg_reset(s);
    pg_clear(s);
    if (st->prepared) {
        char sql[64];
        snprintf(sql, sizeof sql, "DEALLOCATE %s", st->name);
        run(PDB(s->db), sql);
    }
    free(st->vals);
    free(st->lens);
    free(st->fmts);
    free(st->sql);
    free(st);
}

static void put_param(ts_stmt *s, int i, char *v, int len, int fmt)
{
    pg_stmt *st = PST(s);
    if (i < 1 || i > st->nparams) {
        free(v);
        return;
    }
    free(st->vals[i - 1]);
    st->vals[i - 1] = v;
    st->lens[i - 1] = len;
    st->fmts[i - 1] = fmt;
}

static void pg_bind_text(ts_stmt *s, int i, const char *v, int len)
{
    size_t n = len < 0 ? strlen(v) : (size_t)len;
    char *c = malloc(n + 1);
    if (c) {
        memcpy(c, v, n);
        c[n] = '\0';
    }
    put_param(s, i, c, (int)n, 0);
}

static void pg_bind_int64(ts_stmt *s, int i, long long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", v);
    pg_bind_text(s, i, buf, -1);
}

static void pg_bind_double(ts_stmt *s, int i, double v)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.17g", v);
    pg_bind_text(s, i, buf, -1);
}

static void pg_bind_null(ts_stmt *s, int i) { put_param(s, i, NULL, 0, 0); }

static void pg_bind_blob(ts_stmt *s, int i, const void *v, int len)
{
    char *c = malloc(len > 0 ? (size_t)len : 1);
    if (c && len > 0)
        memcpy(c, v, (size_t)len);
    put_param(s, i, c, len, 1);
}

/* the statement's result: rows to read, or a command's count */
static int take_result(pg_stmt *st, PGresult *r)
{
    pg_db *d = PDB(st->base.db);
    ExecStatusType t = PQresultStatus(r);
    if (t != PGRES_COMMAND_OK && t != PGRES_TUPLES_OK) {
        set_err(d, PQresultErrorMessage(r));
        PQclear(r);
        return TOCSIN_EIO;
    }
    const char *ct = PQcmdTuples(r);
    if (t == PGRES_COMMAND_OK || (st->flags & TS_STMT_RETURNS_ID)) {
        d->changes = ct && *ct ? strtoll(ct, NULL, 10) : 0;
        if ((st->flags & TS_STMT_RETURNS_ID) && PQntuples(r) > 0)
            d->last_id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
        PQclear(r);
        return TS_DONE;
    }
    st->res = r;
    st->nrows = PQntuples(r);
    st->row = -1;
    return TS_ROW;
}

static int fetch_chunk(pg_stmt *st)
{
    char sql[64];
    snprintf(sql, sizeof sql, "FETCH %d FROM c%s", FETCH_ROWS, st->name);
    drop_result(st);
    int rc = take_result(st, PQexec(PDB(st->base.db)->c, sql));
    if (rc == TS_ROW && st->nrows < FETCH_ROWS)
        st->cursor_done = 1;
    return rc;
}

/* Sends a statement in the pipeline: prepared, or prepared now (in the
   pipeline too) when it is run more than once, or with its text. */
static int pipe_stmt(pg_stmt *st)
{
    pg_db *d = PDB(st->base.db);
    const char *const *vals = (const char *const *)st->vals;
    if (!st->prepared && (st->runs > 0 || (st->flags & TS_STMT_PERSISTENT))) {
        if (PQpipelineStatus(d->c) == PQ_PIPELINE_OFF && !PQenterPipelineMode(d->c)) {
            set_err(d, PQerrorMessage(d->c));
            return TOCSIN_EIO;
        }
        if (!PQsendPrepare(d->c, st->name, st->sql, st->nparams, NULL)) {
            set_err(d, PQerrorMessage(d->c));
            return TOCSIN_EIO;
        }
        d->prep[d->nprep] = st;
        d->prep_seq[d->nprep++] = d->piped++;
        st->prepared = 1;
    }
    st->runs++;
    return pipe_send(d, st->prepared ? st->name : NULL, st->sql, st->nparams, vals, st->lens, st->fmts);
}

static int pg_send(ts_stmt *s)
{
    pg_stmt *st = PST(s);
    pg_db *d = PDB(s->db);
    pg_reset(s);
    if (st->flags & TS_STMT_STREAM)
        return TOCSIN_EINVAL;
    /* room for this statement and its PREPARE, and for the one that waits */
    if (d->piped + 3 > PIPE_MAX && settle(d))
        return TOCSIN_EIO;
    return pipe_stmt(st);
}

static int pg_start(ts_stmt *s)
{
    pg_stmt *st = PST(s);
    pg_db *d = PDB(s->db);
    pg_reset(s);
    if ((st->flags & TS_STMT_STREAM) || settle(d))
        return st->flags & TS_STMT_STREAM ? 0 : TOCSIN_EIO; /* a cursor: its step runs it */
    if (!st->prepared && (st->runs > 0 || (st->flags & TS_STMT_PERSISTENT))) {
        PGresult *r = PQprepare(d->c, st->name, st->sql, st->nparams, NULL);
        int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            set_err(d, PQresultErrorMessage(r));
        PQclear(r);
        if (!ok)
            return TOCSIN_EIO;
        st->prepared = 1;
    }
    st->runs++;
    const char *const *vals = (const char *const *)st->vals;
    int ok = st->prepared ? PQsendQueryPrepared(d->c, st->name, st->nparams, vals, st->lens, st->fmts, 0)
                          : PQsendQueryParams(d->c, st->sql, st->nparams, NULL, vals, st->lens, st->fmts, 0);
    if (!ok) {
        set_err(d, PQerrorMessage(d->c));
        return TOCSIN_EIO;
    }
    st->inflight = 1;
    return 0;
}

static int pg_step(ts_stmt *s)
{
    pg_stmt *st = PST(s);
    pg_db *d = PDB(s->db);
    if (!st->started && st->inflight) {
        st->started = 1;
        int rc = take_result(st, await(st));
        if (rc != TS_ROW)
            return rc;
    } else if (!st->started) {
        st->started = 1;
        PGresult *r;
        const char *const *vals = (const char *const *)st->vals;
        if ((st->flags & TS_STMT_STREAM) && settle(d))
            return TOCSIN_EIO;
        if ((st->flags & TS_STMT_STREAM) && PQtransactionStatus(d->c) == PQTRANS_IDLE) {
            /* a cursor lives in a transaction: a read outside one gets its own */
            if (run(d, "BEGIN"))
                return TOCSIN_EIO;
            st->own_txn = 1;
        }
        if (st->flags & TS_STMT_STREAM) {
            ts_buf q = {0};
            q.max = SQL_MAX + 64;
            if (ts_buf_printf(&q, "DECLARE c%s NO SCROLL CURSOR FOR ", st->name) ||
                ts_buf_put(&q, st->sql, strlen(st->sql))) {
                ts_buf_free(&q);
                set_err(d, "out of memory");
                return TOCSIN_ENOMEM;
            }
            r = PQexecParams(d->c, q.p, st->nparams, NULL, vals, st->lens, st->fmts, 0);
            ts_buf_free(&q);
            int rc = take_result(st, r);
            if (rc < 0)
                return rc;
            st->cursor_open = 1;
            if ((rc = fetch_chunk(st)) != TS_ROW)
                return rc;
        } else if (d->piped) {
            /* sent after the queue, read with its answers: one round trip */
            if (pipe_stmt(st))
                return TOCSIN_EIO;
            int rc = pipe_end(d, d->piped - 1, &r);
            if (rc)
                return rc;
            if ((rc = take_result(st, r)) != TS_ROW)
                return rc;
        } else {
            if (!st->prepared && (st->runs > 0 || (st->flags & TS_STMT_PERSISTENT))) {
                r = PQprepare(d->c, st->name, st->sql, st->nparams, NULL);
                ExecStatusType t = PQresultStatus(r);
                if (t != PGRES_COMMAND_OK) {
                    set_err(d, PQresultErrorMessage(r));
                    PQclear(r);
                    return TOCSIN_EIO;
                }
                PQclear(r);
                st->prepared = 1;
            }
            st->runs++;
            if (st->prepared)
                r = PQexecPrepared(d->c, st->name, st->nparams, vals, st->lens, st->fmts, 0);
            else
                r = PQexecParams(d->c, st->sql, st->nparams, NULL, vals, st->lens, st->fmts, 0);
            int rc = take_result(st, r);
            if (rc != TS_ROW)
                return rc;
        }
    }
    if (!st->res)
        return TS_DONE;
    PQfreemem(st->blob);
    st->blob = NULL;
    if (++st->row < st->nrows)
        return TS_ROW;
    if (st->cursor_open && !st->cursor_done) {
        int rc = fetch_chunk(st);
        if (rc != TS_ROW)
            return rc;
        st->row = 0;
        return st->nrows > 0 ? TS_ROW : TS_DONE;
    }
    return TS_DONE;
}

static int have(pg_stmt *st, int i)
{
    return st->res && st->row >= 0 && st->row < st->nrows && i >= 0 && i < PQnfields(st->res) &&
           !PQgetisnull(st->res, st->row, i);
}

static const char *pg_col_text(ts_stmt *s, int i)
{
    pg_stmt *st = PST(s);
    return have(st, i) ? PQgetvalue(st->res, st->row, i) : NULL;
}

static long long pg_col_int64(ts_stmt *s, int i)
{
    const char *v = pg_col_text(s, i);
    if (!v)
        return 0;
    if (v[0] == 't' && !v[1])
        return 1; /* a boolean */
    return strtoll(v, NULL, 10);
}

static double pg_col_double(ts_stmt *s, int i)
{
    const char *v = pg_col_text(s, i);
    return v ? strtod(v, NULL) : 0;
}

static int pg_col_is_null(ts_stmt *s, int i) { return !have(PST(s), i); }

static const void *pg_col_blob(ts_stmt *s, int i, int *len)
{
    pg_stmt *st = PST(s);
    *len = 0;
    const char *v = pg_col_text(s, i);
    if (!v)
        return NULL;
    PQfreemem(st->blob);
    size_t n = 0;
    st->blob = PQunescapeBytea((const unsigned char *)v, &n);
    *len = st->blob && n < (size_t)1 << 30 ? (int)n : 0;
    return st->blob;
}

static const ts_db_ops pg_ops = {
    pg_close, pg_errmsg, pg_busy_timeout, pg_exec, pg_table_count, pg_writer_setup, pg_begin_batch, pg_writer_lock, pg_ids_follow, pg_last_id, pg_changes,
    pg_prepare, pg_step, pg_send, pg_start, pg_exec_later, pg_reset, pg_clear, pg_finalize, pg_bind_text, pg_bind_int64, pg_bind_double,
    pg_bind_null, pg_bind_blob, pg_col_text, pg_col_int64, pg_col_double, pg_col_is_null, pg_col_blob,
};

/* The library never prints: the server's notices are dropped. */
static void no_notice(void *arg, const char *msg)
{
    (void)arg;
    (void)msg;
}

int ts_db_open_pg(const char *uri, unsigned flags, ts_db **out, tocsin_error *err)
{
    *out = NULL;
    pg_db *d = calloc(1, sizeof *d);
    if (!d)
        return TOCSIN_ENOMEM;
    d->base.ops = &pg_ops;
    d->base.kind = TS_DB_PG;
    d->c = PQconnectdb(uri);
    if (!d->c || PQstatus(d->c) != CONNECTION_OK) {
        set_err(d, d->c ? PQerrorMessage(d->c) : "out of memory");
        ts_error_set(err, TOCSIN_EIO, NULL, 0, -1, "cannot open database: %s", d->err);
        PQfinish(d->c);
        free(d);
        return TOCSIN_EIO;
    }
    PQsetNoticeProcessor(d->c, no_notice, NULL);
    /* a streamed statement's cursor is read to its end: planned as a whole
       result (not for its first rows, the default 0.1) */
    if (run(d, "SET client_min_messages = warning; SET cursor_tuple_fraction = 1") ||
        ((flags & TS_DB_READONLY) && run(d, "SET default_transaction_read_only = on"))) {
        ts_error_set(err, TOCSIN_EIO, NULL, 0, -1, "cannot set up the connection: %s", d->err);
        PQfinish(d->c);
        free(d);
        return TOCSIN_EIO;
    }
    *out = &d->base;
    return 0;
}
