/* db_sqlite.c - db.h over SQLite: each call is the SQLite call of the same
 * name, so the SQLite store behaves (and performs) as it did when it called
 * SQLite directly. */
#include "db_int.h"

#include "base/internal.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <time.h>

typedef struct lite_db {
    ts_db base;
    sqlite3 *h;
} lite_db;

typedef struct lite_stmt {
    ts_stmt base;
    sqlite3_stmt *h;
} lite_stmt;

#define DB(d) (((lite_db *)(d))->h)
#define ST(s) (((lite_stmt *)(s))->h)

static void l_close(ts_db *db)
{
    sqlite3_close(DB(db));
    free(db);
}

static const char *l_errmsg(ts_db *db) { return sqlite3_errmsg(DB(db)); }
static void l_busy_timeout(ts_db *db, int ms) { sqlite3_busy_timeout(DB(db), ms); }

static int l_exec(ts_db *db, const char *sql)
{
    return sqlite3_exec(DB(db), sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : TOCSIN_EIO;
}

static long long l_table_count(ts_db *db)
{
    sqlite3_stmt *st;
    long long v = -1;
    if (sqlite3_prepare_v2(DB(db), "SELECT count(*) FROM sqlite_master", -1, &st, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Switching to WAL needs a moment alone with the file: when another process
 * is opening (or creating) it at the same time, SQLite answers "busy" at once
 * without waiting, so wait here, up to WAL_WAIT_MS. WAL: readers never block
 * the writer; NORMAL sync keeps committed batches safe from a process crash. */
#define WAL_WAIT_MS 10000
static int l_writer_setup(ts_db *db)
{
    for (int waited = 0;; waited += 10) {
        int rc = sqlite3_exec(DB(db), "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            break;
        if ((rc & 0xFF) != SQLITE_BUSY || waited >= WAL_WAIT_MS)
            return TOCSIN_EIO;
        struct timespec ts = {0, 10 * 1000000L};
        nanosleep(&ts, NULL);
    }
    return l_exec(db, "PRAGMA synchronous=NORMAL");
}

static int l_ids_follow(ts_db *db, const char *table) { return 0; }
static int l_begin_batch(ts_db *db, int lazy) { return l_exec(db, "BEGIN IMMEDIATE"); }
static int l_writer_lock(ts_db *db) { return 0; }
static long long l_last_id(ts_db *db) { return sqlite3_last_insert_rowid(DB(db)); }
static long long l_changes(ts_db *db) { return sqlite3_changes(DB(db)); }

static ts_stmt *l_prepare(ts_db *db, const char *sql, unsigned flags)
{
    lite_stmt *st = malloc(sizeof *st);
    if (!st)
        return NULL;
    st->base.db = db;
    if (sqlite3_prepare_v3(DB(db), sql, -1, (flags & TS_STMT_PERSISTENT) ? SQLITE_PREPARE_PERSISTENT : 0,
                           &st->h, NULL) != SQLITE_OK) {
        sqlite3_finalize(st->h);
        free(st);
        return NULL;
    }
    return &st->base;
}

static int l_step(ts_stmt *st)
{
    int rc = sqlite3_step(ST(st));
    return rc == SQLITE_ROW ? TS_ROW : rc == SQLITE_DONE ? TS_DONE : TOCSIN_EIO;
}

static void l_reset(ts_stmt *st) { sqlite3_reset(ST(st)); }

/* in the process nothing runs meanwhile: the first step runs it */
static int l_start(ts_stmt *st)
{
    (void)st;
    return 0;
}

/* in the process, nothing to gain by waiting: run at once */
static int l_send(ts_stmt *st)
{
    int rc = l_step(st);
    l_reset(st);
    return rc < 0 ? rc : 0;
}
static void l_clear(ts_stmt *st) { sqlite3_clear_bindings(ST(st)); }

static void l_finalize(ts_stmt *st)
{
    sqlite3_finalize(ST(st));
    free(st);
}

static void l_bind_text(ts_stmt *st, int i, const char *v, int len)
{
    sqlite3_bind_text(ST(st), i, v, len, SQLITE_TRANSIENT);
}
static void l_bind_int64(ts_stmt *st, int i, long long v) { sqlite3_bind_int64(ST(st), i, v); }
static void l_bind_double(ts_stmt *st, int i, double v) { sqlite3_bind_double(ST(st), i, v); }
static void l_bind_null(ts_stmt *st, int i) { sqlite3_bind_null(ST(st), i); }
static void l_bind_blob(ts_stmt *st, int i, const void *v, int len)
{
    sqlite3_bind_blob(ST(st), i, v, len, SQLITE_TRANSIENT);
}

static const char *l_col_text(ts_stmt *st, int i) { return (const char *)sqlite3_column_text(ST(st), i); }
static long long l_col_int64(ts_stmt *st, int i) { return sqlite3_column_int64(ST(st), i); }
static double l_col_double(ts_stmt *st, int i) { return sqlite3_column_double(ST(st), i); }
static int l_col_is_null(ts_stmt *st, int i) { return sqlite3_column_type(ST(st), i) == SQLITE_NULL; }

static const void *l_col_blob(ts_stmt *st, int i, int *len)
{
    const void *p = sqlite3_column_blob(ST(st), i);
    *len = sqlite3_column_bytes(ST(st), i);
    return p;
}

static const ts_db_ops lite_ops = {
    l_close, l_errmsg, l_busy_timeout, l_exec, l_table_count, l_writer_setup, l_begin_batch, l_writer_lock, l_ids_follow, l_last_id, l_changes,
    l_prepare, l_step, l_send, l_start, l_exec, l_reset, l_clear, l_finalize, l_bind_text, l_bind_int64, l_bind_double,
    l_bind_null, l_bind_blob, l_col_text, l_col_int64, l_col_double, l_col_is_null, l_col_blob,
};

int ts_db_open_sqlite(const char *path, unsigned flags, ts_db **out, tocsin_error *err)
{
    *out = NULL;
    lite_db *d = calloc(1, sizeof *d);
    if (!d)
        return TOCSIN_ENOMEM;
    d->base.ops = &lite_ops;
    d->base.kind = TS_DB_SQLITE;
    int oflags = (flags & TS_DB_READONLY) ? SQLITE_OPEN_READONLY
                                          : SQLITE_OPEN_READWRITE | ((flags & TS_DB_CREATE) ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path, &d->h, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        ts_error_set(err, TOCSIN_EIO, path, 0, -1, "cannot open database: %s",
                     d->h ? sqlite3_errmsg(d->h) : "out of memory");
        sqlite3_close(d->h);
        free(d);
        return TOCSIN_EIO;
    }
    sqlite3_busy_timeout(d->h, 5000);
    /* a page cache that holds the dedup and event indexes of a large store
       (grown on demand), and reads through a memory map rather than pread */
    sqlite3_exec(d->h, "PRAGMA cache_size=-131072; PRAGMA mmap_size=1073741824; PRAGMA temp_store=MEMORY;",
                 NULL, NULL, NULL);
    *out = &d->base;
    return 0;
}
