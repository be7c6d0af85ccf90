/* db_int.h - what a backend of db.h provides: a table of operations. A
 * backend's connection and statement structs begin with ts_db and ts_stmt. */
#ifndef TS_STORE_DB_INT_H
#define TS_STORE_DB_INT_H

#include "db.h"

typedef struct ts_db_ops {
    void (*close)(ts_db *db);
    const char *(*errmsg)(ts_db *db);
    void (*busy_timeout)(ts_db *db, int ms);
    int (*exec)(ts_db *db, const char *sql);
    long long (*table_count)(ts_db *db);
    int (*writer_setup)(ts_db *db);
    int (*begin_batch)(ts_db *db, int lazy);
    int (*writer_lock)(ts_db *db);
    int (*ids_follow)(ts_db *db, const char *table);
    long long (*last_id)(ts_db *db);
    long long (*changes)(ts_db *db);
    ts_stmt *(*prepare)(ts_db *db, const char *sql, unsigned flags);
    int (*step)(ts_stmt *st);
    int (*send)(ts_stmt *st);
    int (*start)(ts_stmt *st);
    int (*exec_later)(ts_db *db, const char *sql);
    void (*reset)(ts_stmt *st);
    void (*clear)(ts_stmt *st);
    void (*finalize)(ts_stmt *st);
    void (*bind_text)(ts_stmt *st, int i, const char *v, int len);
    void (*bind_int64)(ts_stmt *st, int i, long long v);
    void (*bind_double)(ts_stmt *st, int i, double v);
    void (*bind_null)(ts_stmt *st, int i);
    void (*bind_blob)(ts_stmt *st, int i, const void *v, int len);
    const char *(*col_text)(ts_stmt *st, int i);
    long long (*col_int64)(ts_stmt *st, int i);
    double (*col_double)(ts_stmt *st, int i);
    int (*col_is_null)(ts_stmt *st, int i);
    const void *(*col_blob)(ts_stmt *st, int i, int *len);
} ts_db_ops;

struct ts_db {
    const ts_db_ops *ops;
    int kind;
};

struct ts_stmt {
    ts_db *db;
};

int ts_db_open_sqlite(const char *path, unsigned flags, ts_db **out, tocsin_error *err);
int ts_db_open_pg(const char *uri, unsigned flags, ts_db **out, tocsin_error *err);

/* The PostgreSQL form of a statement written in SQLite's dialect (db_pg.c;
 * flags as for ts_db_prepare), malloc'ed; NULL when out of memory. */
char *ts_pg_translate(const char *sql, unsigned flags);

#endif
