/* db.c - the backend-neutral face of db.h: picks the backend by the target's
 * form and forwards each call to its table of operations. */
#include "db_int.h"

#include <string.h>

int ts_db_is_pg_uri(const char *t)
{
    return t && (!strncmp(t, "postgresql://", 13) || !strncmp(t, "postgres://", 11));
}

int ts_db_open(const char *target, unsigned flags, ts_db **out, tocsin_error *err)
{
    *out = NULL;
    if (ts_db_is_pg_uri(target))
        return ts_db_open_pg(target, flags, out, err);
    return ts_db_open_sqlite(target, flags, out, err);
}

void ts_db_close(ts_db *db)
{
    if (db)
        db->ops->close(db);
}

int ts_db_kind(const ts_db *db) { return db->kind; }
const char *ts_db_errmsg(ts_db *db) { return db->ops->errmsg(db); }
void ts_db_busy_timeout(ts_db *db, int ms) { db->ops->busy_timeout(db, ms); }
int ts_db_exec(ts_db *db, const char *sql) { return db->ops->exec(db, sql); }
long long ts_db_table_count(ts_db *db) { return db->ops->table_count(db); }
int ts_db_begin_batch(ts_db *db, int lazy) { return db->ops->begin_batch(db, lazy); }
int ts_db_writer_lock(ts_db *db) { return db->ops->writer_lock(db); }
int ts_db_writer_setup(ts_db *db) { return db->ops->writer_setup(db); }
int ts_db_ids_follow(ts_db *db, const char *table) { return db->ops->ids_follow(db, table); }
long long ts_db_last_id(ts_db *db) { return db->ops->last_id(db); }
long long ts_db_changes(ts_db *db) { return db->ops->changes(db); }

ts_stmt *ts_db_prepare(ts_db *db, const char *sql, unsigned flags) { return db->ops->prepare(db, sql, flags); }
int ts_stmt_step(ts_stmt *st) { return st->db->ops->step(st); }
int ts_stmt_send(ts_stmt *st) { return st->db->ops->send(st); }
int ts_stmt_start(ts_stmt *st) { return st->db->ops->start(st); }
int ts_db_exec_later(ts_db *db, const char *sql) { return db->ops->exec_later(db, sql); }
void ts_stmt_reset(ts_stmt *st) { st->db->ops->reset(st); }
void ts_stmt_clear(ts_stmt *st) { st->db->ops->clear(st); }

void ts_stmt_finalize(ts_stmt *st)
{
    if (st)
        st->db->ops->finalize(st);
}

void ts_bind_text(ts_stmt *st, int i, const char *v, int len) { st->db->ops->bind_text(st, i, v, len); }
void ts_bind_int64(ts_stmt *st, int i, long long v) { st->db->ops->bind_int64(st, i, v); }
void ts_bind_double(ts_stmt *st, int i, double v) { st->db->ops->bind_double(st, i, v); }
void ts_bind_null(ts_stmt *st, int i) { st->db->ops->bind_null(st, i); }
void ts_bind_blob(ts_stmt *st, int i, const void *v, int len) { st->db->ops->bind_blob(st, i, v, len); }

const char *ts_col_text(ts_stmt *st, int i) { return st->db->ops->col_text(st, i); }
long long ts_col_int64(ts_stmt *st, int i) { return st->db->ops->col_int64(st, i); }
int ts_col_int(ts_stmt *st, int i) { return (int)st->db->ops->col_int64(st, i); }
double ts_col_double(ts_stmt *st, int i) { return st->db->ops->col_double(st, i); }
int ts_col_is_null(ts_stmt *st, int i) { return st->db->ops->col_is_null(st, i); }
const void *ts_col_blob(ts_stmt *st, int i, int *len) { return st->db->ops->col_blob(st, i, len); }
