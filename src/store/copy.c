/* copy.c - one database into another, either backend (tocsin_store_copy in
 * tocsin/store.h): table by table in id order, in committed batches, rows
 * the target holds skipped, so that running it again completes or repeats a
 * copy without adding anything twice. */
#include "tocsin/store.h"

#include "base/internal.h"
#include "db.h"
#include "store_impl.h"

#include <stdio.h>
#include <string.h>

#define COPY_BATCH 5000 /* rows per committed batch */
#define COPY_COLS 32

/* A table as copied: its columns with their kinds (i integer, d real,
 * t text, b blob), the first being its id when keyed. Tables without an id
 * are copied with the stories (story_bands, story_sources: rows of the
 * stories of the batch) or whole (the watch state: small, keyed by URL). */
typedef struct copy_table {
    const char *name, *cols, *kinds;
    int keyed;
} copy_table;

static const copy_table tables[] = {
    {"sources", "id, name", "it", 1},
    {"stories", "id, title, date, minhash, n_articles, n_sources, first_seen", "ittbiit", 1},
    {"story_bands", "band, story_id", "ii", 0},
    {"story_sources", "story_id, source_id", "ii", 0},
    {"documents", "id, key, url, source_id, story_id, title, date, content_hash, bytes, ingested_at, dict_version",
     "ittiittiitt", 1},
    {"sentences", "id, story_id, idx, \"offset\", text", "iiiit", 1},
    {"events",
     "id, story_id, sentence_id, date, source, target, src_country, tgt_country, code, root, quad, goldstein, "
     "source_text, verb_text, target_text, flags, origin, ext_id, published, when_text, geo_type, geo_name, "
     "geo_country, geo_adm1, geo_lat, geo_lon, geo_feature",
     "iiitttttttidtttittttitttddt", 1},
    {"feeds", "url, etag, last_modified, next_poll, failures, last_poll, last_error", "tttiitt", 0},
    {"feed_items", "feed, guid, link, status, attempts, next_try, error, updated", "ttttiitt", 0},
};
#define T_BANDS 2
#define T_STORY_SOURCES 3

static int fail(tocsin_store *s, tocsin_error *err, const char *what)
{
    ts_error_set(err, TOCSIN_EIO, ts_store_path(s), 0, -1, "%s: %s", what, ts_db_errmsg(ts_store_db(s)));
    return TOCSIN_EIO;
}

/* one row of src's current result into ins (same columns and kinds) */
static int put_row(ts_stmt *src, ts_stmt *ins, const char *kinds)
{
    ts_stmt_reset(ins);
    for (int c = 0; kinds[c]; c++) {
        if (ts_col_is_null(src, c)) {
            ts_bind_null(ins, c + 1);
            continue;
        }
        if (kinds[c] == 'i') {
            ts_bind_int64(ins, c + 1, ts_col_int64(src, c));
        } else if (kinds[c] == 'd') {
            ts_bind_double(ins, c + 1, ts_col_double(src, c));
        } else if (kinds[c] == 'b') {
            int len = 0;
            const void *p = ts_col_blob(src, c, &len);
            ts_bind_blob(ins, c + 1, p ? p : "", len);
        } else {
            const char *v = ts_col_text(src, c);
            ts_bind_text(ins, c + 1, v ? v : "", -1);
        }
    }
    return ts_stmt_step(ins) == TS_DONE ? 0 : -1;
}

static ts_stmt *insert_stmt(ts_db *db, const copy_table *t)
{
    size_t ncols = 1;
    for (const char *p = t->cols; *p; p++)
        ncols += *p == ',';
    if (ncols != strlen(t->kinds) || ncols > COPY_COLS)
        return NULL; /* the table above is wrong */
    char sql[1024];
    int n = snprintf(sql, sizeof sql, "INSERT OR IGNORE INTO %s(%s) VALUES (", t->name, t->cols);
    for (int c = 0; t->kinds[c] && n > 0 && (size_t)n < sizeof sql - 8; c++)
        n += snprintf(sql + n, sizeof sql - (size_t)n, "%s?%d", c ? ", " : "", c + 1);
    if (n <= 0 || (size_t)n >= sizeof sql - 8)
        return NULL;
    snprintf(sql + n, sizeof sql - (size_t)n, ")");
    return ts_db_prepare(db, sql, TS_STMT_PERSISTENT);
}

/* Rows of table t from src whose `col` lies in (lo, hi] into the target:
 * the stories' bands and outlets with their batch. Counts into *rows. */
static int copy_range(tocsin_store *from, tocsin_store *to, const copy_table *t, const char *col, long long lo,
                      long long hi, long long *rows, tocsin_error *err)
{
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE %s > ?1 AND %s <= ?2", t->cols, t->name, col, col);
    ts_stmt *src = ts_db_prepare(ts_store_db(from), sql, 0);
    ts_stmt *ins = src ? insert_stmt(ts_store_db(to), t) : NULL;
    int rc = 0, step;
    if (!src) {
        rc = fail(from, err, "reading");
        goto out;
    }
    if (!ins) {
        rc = fail(to, err, "copying");
        goto out;
    }
    ts_bind_int64(src, 1, lo);
    ts_bind_int64(src, 2, hi);
    while ((step = ts_stmt_step(src)) == TS_ROW) {
        if (put_row(src, ins, t->kinds)) {
            rc = fail(to, err, t->name);
            goto out;
        }
        (*rows)++;
    }
    if (step != TS_DONE)
        rc = fail(from, err, t->name);
out:
    ts_stmt_finalize(src);
    ts_stmt_finalize(ins);
    return rc;
}

static long long max_id(tocsin_store *s, const char *name)
{
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT coalesce(max(id), 0) FROM %s", name);
    ts_stmt *st = ts_db_prepare(ts_store_db(s), sql, 0);
    long long v = -1;
    if (st && ts_stmt_step(st) == TS_ROW)
        v = ts_col_int64(st, 0);
    ts_stmt_finalize(st);
    return v;
}

/* A keyed table from the target's highest id on, in batches; with the
 * stories, their bands and outlets. */
static int copy_keyed(tocsin_store *from, tocsin_store *to, const copy_table *t, tocsin_copy_fn fn, void *ud,
                      tocsin_error *err)
{
    long long last = max_id(to, t->name), rows = 0;
    if (last < 0)
        return fail(to, err, t->name);
    char sql[1024];
    snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE id > ?1 ORDER BY id LIMIT %d", t->cols, t->name, COPY_BATCH);
    ts_stmt *src = ts_db_prepare(ts_store_db(from), sql, TS_STMT_PERSISTENT);
    ts_stmt *ins = src ? insert_stmt(ts_store_db(to), t) : NULL;
    int rc = 0;
    if (!src || !ins) {
        rc = !src ? fail(from, err, "reading") : fail(to, err, "copying");
        goto out;
    }
    for (;;) {
        ts_stmt_reset(src);
        ts_bind_int64(src, 1, last);
        long long lo = last, n = 0;
        int step;
        if ((rc = tocsin_store_begin(to, err)))
            goto out;
        while ((step = ts_stmt_step(src)) == TS_ROW) {
            if (put_row(src, ins, t->kinds)) {
                rc = fail(to, err, t->name);
                break;
            }
            last = ts_col_int64(src, 0);
            n++;
        }
        if (!rc && step != TS_DONE)
            rc = fail(from, err, t->name);
        if (!rc && n && !strcmp(t->name, "stories")) {
            long long extra = 0;
            rc = copy_range(from, to, &tables[T_BANDS], "story_id", lo, last, &extra, err);
            if (!rc)
                rc = copy_range(from, to, &tables[T_STORY_SOURCES], "story_id", lo, last, &extra, err);
        }
        if (!rc && ts_db_ids_follow(ts_store_db(to), t->name))
            rc = fail(to, err, t->name);
        if (rc) {
            tocsin_store_rollback(to);
            goto out;
        }
        if ((rc = tocsin_store_commit(to, err)))
            goto out;
        rows += n;
        if (fn && (rc = fn(ud, t->name, rows)))
            goto out;
        if (n < COPY_BATCH)
            break;
    }
out:
    ts_stmt_finalize(src);
    ts_stmt_finalize(ins);
    return rc;
}

/* The watch state, whole: rows the target has are kept as they are. */
static int copy_whole(tocsin_store *from, tocsin_store *to, const copy_table *t, tocsin_copy_fn fn, void *ud,
                      tocsin_error *err)
{
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT %s FROM %s", t->cols, t->name);
    ts_stmt *src = ts_db_prepare(ts_store_db(from), sql, 0);
    ts_stmt *ins = src ? insert_stmt(ts_store_db(to), t) : NULL;
    int rc = 0, step;
    long long rows = 0;
    if (!src || !ins) {
        rc = !src ? fail(from, err, "reading") : fail(to, err, "copying");
        goto out;
    }
    if ((rc = tocsin_store_begin(to, err)))
        goto out;
    while ((step = ts_stmt_step(src)) == TS_ROW) {
        if (put_row(src, ins, t->kinds)) {
            rc = fail(to, err, t->name);
            break;
        }
        rows++;
    }
    if (!rc && step != TS_DONE)
        rc = fail(from, err, t->name);
    if (rc) {
        tocsin_store_rollback(to);
        goto out;
    }
    if (!(rc = tocsin_store_commit(to, err)) && fn)
        rc = fn(ud, t->name, rows);
out:
    ts_stmt_finalize(src);
    ts_stmt_finalize(ins);
    return rc;
}

int tocsin_store_copy(tocsin_store *from, tocsin_store *to, tocsin_copy_fn fn, void *ud, tocsin_error *err)
{
    if (ts_store_readonly(to)) {
        ts_error_set(err, TOCSIN_EIO, ts_store_path(to), 0, -1, "the target is opened read-only");
        return TOCSIN_EIO;
    }
    int rc = 0;
    for (size_t k = 0; k < sizeof tables / sizeof tables[0] && !rc; k++) {
        if (k == T_BANDS || k == T_STORY_SOURCES)
            continue; /* with the stories */
        rc = tables[k].keyed ? copy_keyed(from, to, &tables[k], fn, ud, err)
                             : copy_whole(from, to, &tables[k], fn, ud, err);
    }
    return rc;
}
