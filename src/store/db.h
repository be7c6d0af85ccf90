/* db.h - the SQL connection the store and the analytics speak through: one
 * small interface over SQLite (db_sqlite.c) and PostgreSQL (db_pg.c), shaped
 * like SQLite's own (prepare, bind, step, column, reset, finalize).
 *
 * Statements are written once, in SQLite's dialect with numbered parameters
 * (?1, ?2, ...); the PostgreSQL side translates the few constructs that
 * differ (db_pg.c, ts_pg_translate), so that the SQL that differs lives in
 * one place per backend. A connection and its statements are used from one
 * thread at a time. Never installed. */
#ifndef TS_STORE_DB_H
#define TS_STORE_DB_H

#include "tocsin/status.h"

#include <stddef.h>

typedef struct ts_db ts_db;
typedef struct ts_stmt ts_stmt;

enum ts_db_kind { TS_DB_SQLITE = 1, TS_DB_PG = 2 };

enum ts_db_open_flags {
    TS_DB_READONLY = 1u << 0,
    TS_DB_CREATE = 1u << 1
};

enum ts_stmt_flags {
    TS_STMT_PERSISTENT = 1u << 0, /* kept for the connection's life (SQLite: a hint) */
    TS_STMT_RETURNS_ID = 1u << 1, /* an INSERT whose new row id ts_db_last_id gives */
    TS_STMT_STREAM = 1u << 2      /* rows are read in chunks, not whole (large results):
                                     on PostgreSQL a cursor, in the caller's transaction
                                     or in one of its own that ends at reset; other
                                     statements may run between its steps */
};

/* ts_stmt_step's answers; errors are negative (TOCSIN_EIO, message in ts_db_errmsg) */
#define TS_DONE 0
#define TS_ROW 1

/* Is target a PostgreSQL connection URI (postgresql://, postgres://)? */
int ts_db_is_pg_uri(const char *target);

/* Opens a connection: target is a file name or a PostgreSQL URI. */
int ts_db_open(const char *target, unsigned flags, ts_db **out, tocsin_error *err);
void ts_db_close(ts_db *db); /* NULL allowed */
int ts_db_kind(const ts_db *db);
const char *ts_db_errmsg(ts_db *db);      /* the last error's message */
void ts_db_busy_timeout(ts_db *db, int ms);
/* Runs statements without results (several, separated by ';'): 0 or TOCSIN_EIO. */
int ts_db_exec(ts_db *db, const char *sql);
/* ts_db_exec for one statement without results whose success nobody waits
 * for (SAVEPOINT, RELEASE, BEGIN): SQLite runs it at once; PostgreSQL queues
 * it, as ts_stmt_send. 0 or TOCSIN_EIO. */
int ts_db_exec_later(ts_db *db, const char *sql);
/* Opens a batch of writes. SQLite: BEGIN IMMEDIATE (the file's write lock at
 * once; lazy is ignored). PostgreSQL: BEGIN and the database's writer lock
 * (an advisory lock held to the end of the transaction) at once, or with lazy
 * at the first ts_db_writer_lock: what is read before it sees what other
 * writers committed, so that work can be prepared without holding the lock.
 * 0 or TOCSIN_EIO. */
int ts_db_begin_batch(ts_db *db, int lazy);
/* Takes the writer lock of a lazy batch unless it is held: 0 or TOCSIN_EIO. */
int ts_db_writer_lock(ts_db *db);
/* Number of tables in the database (0: empty, ours to create), or -1. */
long long ts_db_table_count(ts_db *db);
/* Makes a connection ready to write (SQLite: WAL mode, waiting for a moment
 * alone with the file): 0 or TOCSIN_EIO. */
int ts_db_writer_setup(ts_db *db);
/* After rows were added with given ids: the table's next new id follows them
 * (PostgreSQL's identity sequence; SQLite needs nothing). 0 or TOCSIN_EIO. */
int ts_db_ids_follow(ts_db *db, const char *table);
long long ts_db_last_id(ts_db *db); /* of the last TS_STMT_RETURNS_ID insert */
long long ts_db_changes(ts_db *db); /* rows changed by the last statement */

/* NULL on failure (message in ts_db_errmsg). */
ts_stmt *ts_db_prepare(ts_db *db, const char *sql, unsigned flags);
int ts_stmt_step(ts_stmt *st);
/* Runs a statement whose answer nobody reads (a write whose row count and id
 * are not needed), then resets it: SQLite runs it at once; PostgreSQL queues
 * it in a pipeline that goes out with the next statement that waits for an
 * answer (step, exec, COMMIT), so that a transaction's writes cost one round
 * trip, not one each. Its error may so be the answer of that later
 * statement. 0 or TOCSIN_EIO. */
int ts_stmt_send(ts_stmt *st);
/* Sends a statement without waiting for its answer (PostgreSQL), so that the
 * server works on it while the caller does something else; its first
 * ts_stmt_step waits for the answer. Until then no other statement of the
 * connection may run (stepping through the rows another one has read whole
 * is fine). SQLite: nothing (the first step runs it). 0 or TOCSIN_EIO. */
int ts_stmt_start(ts_stmt *st);
void ts_stmt_reset(ts_stmt *st);      /* ready to step again; bindings kept */
void ts_stmt_clear(ts_stmt *st);      /* bindings back to NULL */
void ts_stmt_finalize(ts_stmt *st);   /* NULL allowed */

/* Parameters count from 1; len -1 means NUL-terminated. Values are copied. */
void ts_bind_text(ts_stmt *st, int i, const char *v, int len);
void ts_bind_int64(ts_stmt *st, int i, long long v);
void ts_bind_double(ts_stmt *st, int i, double v);
void ts_bind_null(ts_stmt *st, int i);
void ts_bind_blob(ts_stmt *st, int i, const void *v, int len);

/* Columns count from 0. Text and blobs stay valid until the next step,
 * reset or finalize; NULL for SQL NULL. */
const char *ts_col_text(ts_stmt *st, int i);
long long ts_col_int64(ts_stmt *st, int i);
int ts_col_int(ts_stmt *st, int i);
double ts_col_double(ts_stmt *st, int i);
int ts_col_is_null(ts_stmt *st, int i);
const void *ts_col_blob(ts_stmt *st, int i, int *len);

#endif
