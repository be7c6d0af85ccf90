/* store.c - the SQLite event database (see tocsin/store.h): schema and
 * migrations, deduplicating ingest, and the queries the commands need. */
#include "tocsin/store.h"

#include "tocsin/date.h"
#include "tocsin/dict.h"

#include "base/internal.h"
#include "store_impl.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <time.h>

enum {
    Q_DOC_BY_KEY, Q_DOC_BY_CONTENT, Q_BAND, Q_STORY_SIG, Q_SOURCE_INS, Q_SOURCE_ID, Q_STORY_INS,
    Q_BAND_INS, Q_DOC_INS, Q_STORY_SRC_INS, Q_STORY_SRC_INC, Q_STORY_ART_INC, Q_SENT_INS, Q_SENT_ID,
    Q_EVENT_INS, Q_EVENT_GEO, Q_COUNT
};

static const char *const sql_text[Q_COUNT] = {
    [Q_DOC_BY_KEY] = "SELECT story_id, content_hash, (SELECT name FROM sources WHERE id = source_id) "
                     "FROM documents WHERE key = ?1",
    [Q_DOC_BY_CONTENT] = "SELECT story_id FROM documents WHERE content_hash = ?1 LIMIT 1",
    [Q_BAND] = "SELECT story_id FROM story_bands WHERE band = ?1 LIMIT 16",
    [Q_STORY_SIG] = "SELECT minhash FROM stories WHERE id = ?1",
    [Q_SOURCE_INS] = "INSERT OR IGNORE INTO sources(name) VALUES (?1)",
    [Q_SOURCE_ID] = "SELECT id FROM sources WHERE name = ?1",
    [Q_STORY_INS] = "INSERT INTO stories(title, date, minhash, n_articles, n_sources, first_seen) "
                    "VALUES (?1, ?2, ?3, 1, ?5, ?4)",
    [Q_BAND_INS] = "INSERT INTO story_bands(band, story_id) VALUES (?1, ?2)",
    [Q_DOC_INS] = "INSERT INTO documents(key, url, source_id, story_id, title, date, content_hash, "
                  "bytes, ingested_at, dict_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [Q_STORY_SRC_INS] = "INSERT OR IGNORE INTO story_sources(story_id, source_id) VALUES (?1, ?2)",
    [Q_STORY_SRC_INC] = "UPDATE stories SET n_sources = n_sources + 1 WHERE id = ?1",
    [Q_STORY_ART_INC] = "UPDATE stories SET n_articles = n_articles + 1 WHERE id = ?1",
    [Q_SENT_INS] = "INSERT OR IGNORE INTO sentences(story_id, idx, offset, text) VALUES (?1, ?2, ?3, ?4)",
    [Q_SENT_ID] = "SELECT id FROM sentences WHERE story_id = ?1 AND idx = ?2",
    [Q_EVENT_INS] = "INSERT OR IGNORE INTO events(story_id, sentence_id, date, source, target, src_country, "
                    "tgt_country, code, root, quad, goldstein, source_text, verb_text, target_text, flags, "
                    "origin, ext_id, published, when_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                    "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
    [Q_EVENT_GEO] = "UPDATE events SET geo_type = ?2, geo_name = ?3, geo_country = ?4, geo_adm1 = ?5, "
                    "geo_lat = ?6, geo_lon = ?7, geo_feature = ?8 WHERE id = ?1",
};

/* Version 1 of the schema. Later versions are added as further steps in
 * migrations[]; each runs once, in order, in its own transaction. */
static const char schema_v1[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
    "INSERT INTO meta VALUES ('application', 'tocsin');"
    "CREATE TABLE sources(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
    "CREATE TABLE stories(id INTEGER PRIMARY KEY, title TEXT, date TEXT, minhash BLOB NOT NULL,"
    " n_articles INTEGER NOT NULL DEFAULT 1, n_sources INTEGER NOT NULL DEFAULT 0,"
    " first_seen TEXT NOT NULL);"
    "CREATE INDEX stories_date ON stories(date);"
    "CREATE TABLE story_bands(band INTEGER NOT NULL, story_id INTEGER NOT NULL);"
    "CREATE INDEX story_bands_band ON story_bands(band);"
    "CREATE TABLE story_sources(story_id INTEGER NOT NULL, source_id INTEGER NOT NULL,"
    " PRIMARY KEY(story_id, source_id)) WITHOUT ROWID;"
    "CREATE TABLE documents(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, url TEXT,"
    " source_id INTEGER, story_id INTEGER NOT NULL, title TEXT, date TEXT,"
    " content_hash INTEGER NOT NULL, bytes INTEGER NOT NULL, ingested_at TEXT NOT NULL,"
    " dict_version TEXT);"
    "CREATE INDEX documents_content ON documents(content_hash);"
    "CREATE INDEX documents_story ON documents(story_id);"
    "CREATE TABLE sentences(id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL, idx INTEGER NOT NULL,"
    " offset INTEGER NOT NULL, text TEXT NOT NULL, UNIQUE(story_id, idx));"
    "CREATE TABLE events(id INTEGER PRIMARY KEY, story_id INTEGER, sentence_id INTEGER, date TEXT,"
    " source TEXT NOT NULL, target TEXT, src_country TEXT NOT NULL, tgt_country TEXT,"
    " code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,"
    " source_text TEXT, verb_text TEXT, target_text TEXT, flags INTEGER NOT NULL DEFAULT 0,"
    " origin TEXT NOT NULL, ext_id TEXT);"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_dyad ON events(src_country, tgt_country, date);"
    "CREATE INDEX events_target ON events(tgt_country, date);"
    "CREATE INDEX events_root ON events(root, date);"
    "CREATE INDEX events_story ON events(story_id);"
    "CREATE UNIQUE INDEX events_external ON events(origin, ext_id) WHERE ext_id IS NOT NULL;"
    "CREATE UNIQUE INDEX events_coded ON events(story_id, sentence_id, source, target, code)"
    " WHERE story_id IS NOT NULL;";

/* Version 2: state for `tocsin watch` (feeds polled, items fetched). */
static const char schema_v2[] =
    "CREATE TABLE feeds(url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, next_poll INTEGER NOT NULL"
    " DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0, last_poll TEXT, last_error TEXT);"
    "CREATE TABLE feed_items(feed TEXT NOT NULL, guid TEXT NOT NULL, link TEXT, status TEXT NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0, next_try INTEGER NOT NULL DEFAULT 0, error TEXT,"
    " updated TEXT, PRIMARY KEY(feed, guid)) WITHOUT ROWID;";

/* Version 3: per-day dyad aggregates for the analytics (a cache of the
 * events table, rebuilt when the ladder changes) and daily totals. */
static const char schema_v3[] =
    "CREATE TABLE dyad_days(a TEXT NOT NULL, b TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL,"
    " q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,"
    " gold REAL NOT NULL, max_rung INTEGER NOT NULL,"
    " r01 INTEGER NOT NULL DEFAULT 0, r02 INTEGER NOT NULL DEFAULT 0, r03 INTEGER NOT NULL DEFAULT 0, r04 INTEGER NOT NULL DEFAULT 0,"
    " r05 INTEGER NOT NULL DEFAULT 0, r06 INTEGER NOT NULL DEFAULT 0, r07 INTEGER NOT NULL DEFAULT 0, r08 INTEGER NOT NULL DEFAULT 0,"
    " r09 INTEGER NOT NULL DEFAULT 0, r10 INTEGER NOT NULL DEFAULT 0, r11 INTEGER NOT NULL DEFAULT 0, r12 INTEGER NOT NULL DEFAULT 0,"
    " r13 INTEGER NOT NULL DEFAULT 0, r14 INTEGER NOT NULL DEFAULT 0, r15 INTEGER NOT NULL DEFAULT 0, r16 INTEGER NOT NULL DEFAULT 0,"
    " r17 INTEGER NOT NULL DEFAULT 0, r18 INTEGER NOT NULL DEFAULT 0, r19 INTEGER NOT NULL DEFAULT 0, r20 INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY(a, b, day)) WITHOUT ROWID;"
    "CREATE INDEX dyad_days_day ON dyad_days(day);"
    "CREATE TABLE day_totals(day TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;";

/* Version 4: the day index of the aggregates and the root index of the
 * events cover the columns the alert rules and the network read, so a
 * window is one index range scan without row lookups. */
static const char schema_v4[] =
    "DROP INDEX IF EXISTS dyad_days_day;"
    "CREATE INDEX dyad_days_day ON dyad_days(day, a, b, n, max_rung, q1, q2, q3, q4, gold);"
    "DROP INDEX IF EXISTS events_root;"
    "CREATE INDEX events_root ON events(root, date, src_country, tgt_country, code);";

/* A key stored again for another article gets "#" and 16 hex digits; a
 * longer key is shortened to fit. */
#define ALT_KEY_MAX 1024

/* Version 5: event time (issue 10). From here on `date` is the day the
 * event's own words give (the first day of "2015", "April", "since May
 * 2022"; never after the article), which every aggregate, window and filter
 * reads; `published` keeps the article's date and `when_text` the span as
 * the coder wrote it. Rows of earlier versions have both NULL: their date
 * was the article's, and is read as both. */
static const char schema_v5[] =
    "ALTER TABLE events ADD COLUMN published TEXT;"
    "ALTER TABLE events ADD COLUMN when_text TEXT;";

/* Version 6: where the event happened (issue 14), GDELT ActionGeo style:
 * type (1 country, 2 US state, 3 US city, 4 world city, 5 world region),
 * full name, ISO 3166-1 alpha-3 country, ISO 3166-2 region, coordinates,
 * feature id. NULL for earlier rows and for events with no place. */
static const char schema_v6[] =
    "ALTER TABLE events ADD COLUMN geo_type INTEGER;"
    "ALTER TABLE events ADD COLUMN geo_name TEXT;"
    "ALTER TABLE events ADD COLUMN geo_country TEXT;"
    "ALTER TABLE events ADD COLUMN geo_adm1 TEXT;"
    "ALTER TABLE events ADD COLUMN geo_lat REAL;"
    "ALTER TABLE events ADD COLUMN geo_lon REAL;"
    "ALTER TABLE events ADD COLUMN geo_feature TEXT;"
    "CREATE INDEX IF NOT EXISTS events_geo_country ON events(geo_country, date);";

static const char *const migrations[] = {schema_v1, schema_v2, schema_v3, schema_v4, schema_v5, schema_v6};

struct tocsin_store {
    sqlite3 *db;
    sqlite3_stmt *q[Q_COUNT];
    int in_batch, readonly;
    char *path;
    /* imports: whether legacy_origin holds ids of the older line form */
    sqlite3_stmt *ext_has;
    char legacy_origin[64];
    int legacy;
};

static int db_error(tocsin_store *s, tocsin_error *err, const char *what)
{
    ts_error_set(err, TOCSIN_EIO, s->path, 0, -1, "%s: %s", what, sqlite3_errmsg(s->db));
    return TOCSIN_EIO;
}

static int exec(tocsin_store *s, const char *sql, tocsin_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        ts_error_set(err, TOCSIN_EIO, s->path, 0, -1, "%s", msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return TOCSIN_EIO;
    }
    return 0;
}

static int scalar_int(tocsin_store *s, const char *sql, long long *v)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

/* Is this SQLite file ours? Empty databases are; others need meta.application. */
static int check_ours(tocsin_store *s, long long *version, tocsin_error *err)
{
    long long tables = 0;
    if (scalar_int(s, "SELECT count(*) FROM sqlite_master", &tables)) {
        ts_error_set(err, TOCSIN_EINVAL, s->path, 0, -1,
                     "not a tocsin database (not an SQLite file, or damaged): %s", sqlite3_errmsg(s->db));
        return TOCSIN_EINVAL;
    }
    *version = 0;
    if (tables == 0)
        return 0;
    sqlite3_stmt *st = NULL;
    int ok = sqlite3_prepare_v2(s->db,
                                "SELECT (SELECT value FROM meta WHERE key = 'application'),"
                                " (SELECT value FROM meta WHERE key = 'schema_version')",
                                -1, &st, NULL) == SQLITE_OK &&
             sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) &&
             !strcmp((const char *)sqlite3_column_text(st, 0), "tocsin");
    if (ok)
        *version = sqlite3_column_int64(st, 1);
    sqlite3_finalize(st);
    if (!ok) {
        ts_error_set(err, TOCSIN_EINVAL, s->path, 0, -1,
                     "not a tocsin database (it holds other tables); refusing to touch it");
        return TOCSIN_EINVAL;
    }
    return 0;
}

static int migrate(tocsin_store *s, long long from, tocsin_error *err)
{
    long long n = (long long)(sizeof migrations / sizeof migrations[0]);
    if (from < n && !s->readonly) {
        /* another process may be creating or migrating the same file right
           now: take the write lock first (waiting up to the busy timeout),
           then read the version again and do only what is still missing */
        int rc = exec(s, "BEGIN IMMEDIATE", err);
        if (!rc)
            rc = check_ours(s, &from, err);
        for (long long v = from; !rc && v < n; v++) {
            char set[96];
            snprintf(set, sizeof set, "INSERT OR REPLACE INTO meta VALUES ('schema_version', '%lld');", v + 1);
            rc = exec(s, migrations[v], err);
            if (!rc)
                rc = exec(s, set, err);
        }
        if (!rc)
            rc = exec(s, "COMMIT", err);
        if (rc) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return rc;
        }
        if (from < n)
            from = n;
    }
    if (from > n) {
        ts_error_set(err, TOCSIN_EINVAL, s->path, 0, -1,
                     "database schema version %lld is newer than this tocsin (%lld); upgrade tocsin",
                     from, n);
        return TOCSIN_EINVAL;
    }
    if (from < n) { /* only a read-only store is still behind here */
        ts_error_set(err, TOCSIN_EIO, s->path, 0, -1,
                     "database needs schema version %lld but is opened read-only", n);
        return TOCSIN_EIO;
    }
    return 0;
}

/* Switching to WAL needs a moment alone with the file: when another process
 * is opening (or creating) it at the same time, SQLite answers "busy" at once
 * without waiting, so wait here, up to WAL_WAIT_MS. */
#define WAL_WAIT_MS 10000
static int wal_mode(tocsin_store *s, tocsin_error *err)
{
    for (int waited = 0;; waited += 10) {
        int rc = sqlite3_exec(s->db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            break;
        if ((rc & 0xFF) != SQLITE_BUSY || waited >= WAL_WAIT_MS)
            return db_error(s, err, "switching to WAL");
        struct timespec ts = {0, 10 * 1000000L};
        nanosleep(&ts, NULL);
    }
    return exec(s, "PRAGMA synchronous=NORMAL", err);
}

int tocsin_store_open(const char *path, unsigned flags, tocsin_store **out, tocsin_error *err)
{
    *out = NULL;
    tocsin_store *s = calloc(1, sizeof *s);
    if (!s)
        return TOCSIN_ENOMEM;
    s->path = strdup(path ? path : "");
    s->readonly = (flags & TOCSIN_STORE_READONLY) != 0;
    int oflags = s->readonly ? SQLITE_OPEN_READONLY
                             : SQLITE_OPEN_READWRITE | ((flags & TOCSIN_STORE_CREATE) ? SQLITE_OPEN_CREATE : 0);
    int rc = 0;
    if (!s->path) {
        rc = TOCSIN_ENOMEM;
        goto out;
    }
    if (sqlite3_open_v2(path, &s->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        ts_error_set(err, TOCSIN_EIO, path, 0, -1, "cannot open database: %s",
                     s->db ? sqlite3_errmsg(s->db) : "out of memory");
        rc = TOCSIN_EIO;
        goto out;
    }
    sqlite3_busy_timeout(s->db, 5000);
    /* a page cache that holds the dedup and event indexes of a large store
       (grown on demand), and reads through a memory map rather than pread */
    sqlite3_exec(s->db, "PRAGMA cache_size=-131072; PRAGMA mmap_size=1073741824; PRAGMA temp_store=MEMORY;",
                 NULL, NULL, NULL);
    long long version = 0;
    rc = check_ours(s, &version, err);
    if (rc)
        goto out;
    if (!s->readonly) {
        /* WAL: readers never block the writer; NORMAL sync keeps committed
           batches safe from a process crash */
        if ((rc = wal_mode(s, err)))
            goto out;
    }
    rc = migrate(s, version, err);
    if (rc)
        goto out;
    for (int k = 0; k < Q_COUNT && !s->readonly; k++)
        if (sqlite3_prepare_v3(s->db, sql_text[k], -1, SQLITE_PREPARE_PERSISTENT, &s->q[k], NULL) !=
            SQLITE_OK) {
            rc = db_error(s, err, "preparing statements");
            goto out;
        }
out:
    if (rc) {
        tocsin_store_close(s);
        return rc;
    }
    *out = s;
    return 0;
}

void tocsin_store_close(tocsin_store *s)
{
    if (!s)
        return;
    if (s->in_batch)
        tocsin_store_rollback(s);
    for (int k = 0; k < Q_COUNT; k++)
        sqlite3_finalize(s->q[k]);
    sqlite3_finalize(s->ext_has);
    sqlite3_close(s->db);
    free(s->path);
    free(s);
}

void tocsin_store_set_busy_timeout(tocsin_store *s, int ms)
{
    if (s)
        sqlite3_busy_timeout(s->db, ms);
}

int tocsin_store_begin(tocsin_store *s, tocsin_error *err)
{
    if (s->readonly) {
        ts_error_set(err, TOCSIN_EIO, s->path, 0, -1, "database is opened read-only");
        return TOCSIN_EIO;
    }
    int rc = exec(s, "BEGIN IMMEDIATE", err);
    if (!rc)
        s->in_batch = 1;
    return rc;
}

int tocsin_store_commit(tocsin_store *s, tocsin_error *err)
{
    int rc = exec(s, "COMMIT", err);
    s->in_batch = 0;
    return rc;
}

int tocsin_store_rollback(tocsin_store *s)
{
    s->in_batch = 0;
    return sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL) == SQLITE_OK ? 0 : TOCSIN_EIO;
}

int tocsin_store_mark(tocsin_store *s, tocsin_error *err)
{
    if (!s->in_batch) {
        ts_error_set(err, TOCSIN_EINVAL, s->path, 0, -1, "a mark is set inside a batch");
        return TOCSIN_EINVAL;
    }
    return exec(s, "SAVEPOINT article", err);
}

int tocsin_store_release(tocsin_store *s, int undo, tocsin_error *err)
{
    if (undo && exec(s, "ROLLBACK TO article", err))
        return TOCSIN_EIO;
    return exec(s, "RELEASE article", err);
}

/* ---- statement helpers ---- */

static sqlite3_stmt *q(tocsin_store *s, int k)
{
    sqlite3_reset(s->q[k]);
    sqlite3_clear_bindings(s->q[k]);
    return s->q[k];
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v && *v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

static void bind_slice(sqlite3_stmt *st, int i, tocsin_slice v)
{
    if (v.ptr && v.len)
        sqlite3_bind_text(st, i, v.ptr, (int)v.len, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

/* One row, one integer column: 1 found, 0 none, negative on error. */
static int step_int(sqlite3_stmt *st, long long *v)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *v = sqlite3_column_int64(st, 0);
        return 1;
    }
    return rc == SQLITE_DONE ? 0 : TOCSIN_EIO;
}

static int step_done(tocsin_store *s, sqlite3_stmt *st, tocsin_error *err, const char *what)
{
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return db_error(s, err, what);
    return 0;
}

static void now_iso(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int source_id(tocsin_store *s, const char *name, long long *id, tocsin_error *err)
{
    *id = 0;
    if (!name || !*name)
        return 0;
    sqlite3_stmt *st = q(s, Q_SOURCE_INS);
    bind_text(st, 1, name);
    if (step_done(s, st, err, "recording the source"))
        return TOCSIN_EIO;
    st = q(s, Q_SOURCE_ID);
    bind_text(st, 1, name);
    return step_int(st, id) == 1 ? 0 : db_error(s, err, "reading the source");
}

/* A story's signature as stored: the MinHash values, then (since 0.2) the
 * number of shingles behind them. */
typedef struct story_sig {
    uint32_t minhash[TOCSIN_MINHASH];
    uint32_t shingles;
} story_sig;

#define MAX_CANDIDATES 64 /* stories compared per article, at most */

/* A near-duplicate story by MinHash bands, or 0. Each candidate story is
 * compared once however many bands it shares. */
static long long near_story(tocsin_store *s, const tocsin_fingerprint *fp)
{
    long long seen[MAX_CANDIDATES];
    int nseen = 0;
    for (int b = 0; b < TOCSIN_BANDS && nseen < MAX_CANDIDATES; b++) {
        sqlite3_stmt *st = q(s, Q_BAND);
        sqlite3_bind_int64(st, 1, (sqlite3_int64)fp->bands[b]);
        while (sqlite3_step(st) == SQLITE_ROW && nseen < MAX_CANDIDATES) {
            long long story = sqlite3_column_int64(st, 0);
            int dup = 0;
            for (int i = 0; i < nseen && !dup; i++)
                dup = seen[i] == story;
            if (dup)
                continue;
            seen[nseen++] = story;
            sqlite3_stmt *sig = q(s, Q_STORY_SIG);
            sqlite3_bind_int64(sig, 1, story);
            int len = sqlite3_step(sig) == SQLITE_ROW ? sqlite3_column_bytes(sig, 0) : 0;
            if (len == (int)sizeof fp->minhash || len == (int)sizeof(story_sig)) {
                story_sig other = {{0}, 0};
                memcpy(&other, sqlite3_column_blob(sig, 0), (size_t)len);
                if (tocsin_fingerprint_is_copy(fp->minhash, fp->shingles, other.minhash, other.shingles)) {
                    sqlite3_reset(sig);
                    sqlite3_reset(st);
                    return story;
                }
            }
            sqlite3_reset(sig);
        }
        sqlite3_reset(st);
    }
    return 0;
}

int tocsin_store_article(tocsin_store *s, const tocsin_article *a, const tocsin_fingerprint *fp,
                         const char *dict_version, long long *story_id, tocsin_error *err)
{
    if (!s->in_batch) {
        ts_error_set(err, TOCSIN_EINVAL, s->path, 0, -1, "articles are stored inside a batch");
        return TOCSIN_EINVAL;
    }
    long long story = 0;
    /* an article is its key, its content and its source: the same key with
       other text or another outlet is another article, stored under the key
       with a suffix of both */
    uint64_t content = fp->content & 0x7FFFFFFFFFFFFFFFull;
    const char *key = a->key;
    char alt[ALT_KEY_MAX];
    int clash = 0;
    for (int pass = 0; pass < 2; pass++) {
        sqlite3_stmt *st = q(s, Q_DOC_BY_KEY);
        bind_text(st, 1, key);
        int rc = sqlite3_step(st);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return db_error(s, err, "looking the article up");
        const char *had = (const char *)sqlite3_column_text(st, 2);
        const char *src = a->source && *a->source ? a->source : NULL;
        if ((uint64_t)sqlite3_column_int64(st, 1) == content &&
            ((!had && !src) || (had && src && !strcmp(had, src)))) {
            *story_id = sqlite3_column_int64(st, 0);
            sqlite3_reset(st);
            return TOCSIN_ARTICLE_SEEN;
        }
        sqlite3_reset(st);
        if (pass == 0) {
            uint64_t h = ts_mix(content ^ ts_hash(src ? src : "", src ? strlen(src) : 0));
            snprintf(alt, sizeof alt, "%.*s#%016llx", ALT_KEY_MAX - 20, a->key ? a->key : "",
                     (unsigned long long)h);
            key = alt;
            clash = TOCSIN_ARTICLE_CLASH;
        }
    }
    int verdict = TOCSIN_ARTICLE_COPY;
    sqlite3_stmt *st;
    int found = 0;
    if (fp->content) {
        st = q(s, Q_DOC_BY_CONTENT);
        sqlite3_bind_int64(st, 1, (sqlite3_int64)(fp->content & 0x7FFFFFFFFFFFFFFFull));
        found = step_int(st, &story);
        if (found < 0)
            return db_error(s, err, "looking for copies");
    }
    if (!found)
        story = near_story(s, fp);
    /* the outlet; an article that names none (a plain file) is a source of its own */
    long long src = 0;
    if (source_id(s, a->source, &src, err))
        return TOCSIN_EIO;
    char now[32];
    now_iso(now);
    if (!story) {
        verdict = TOCSIN_ARTICLE_NEW;
        st = q(s, Q_STORY_INS);
        bind_text(st, 1, a->title);
        bind_text(st, 2, a->date);
        story_sig sig;
        memcpy(sig.minhash, fp->minhash, sizeof sig.minhash);
        sig.shingles = fp->shingles;
        sqlite3_bind_blob(st, 3, &sig, sizeof sig, SQLITE_TRANSIENT);
        bind_text(st, 4, now);
        sqlite3_bind_int(st, 5, src ? 0 : 1);
        if (step_done(s, st, err, "adding the story"))
            return TOCSIN_EIO;
        story = sqlite3_last_insert_rowid(s->db);
        for (int b = 0; b < TOCSIN_BANDS; b++) {
            st = q(s, Q_BAND_INS);
            sqlite3_bind_int64(st, 1, (sqlite3_int64)fp->bands[b]);
            sqlite3_bind_int64(st, 2, story);
            if (step_done(s, st, err, "indexing the story"))
                return TOCSIN_EIO;
        }
    } else {
        st = q(s, Q_STORY_ART_INC);
        sqlite3_bind_int64(st, 1, story);
        if (step_done(s, st, err, "counting the article"))
            return TOCSIN_EIO;
        if (!src) {
            st = q(s, Q_STORY_SRC_INC);
            sqlite3_bind_int64(st, 1, story);
            if (step_done(s, st, err, "counting the outlet"))
                return TOCSIN_EIO;
        }
    }
    if (src) {
        st = q(s, Q_STORY_SRC_INS);
        sqlite3_bind_int64(st, 1, story);
        sqlite3_bind_int64(st, 2, src);
        if (step_done(s, st, err, "recording the outlet"))
            return TOCSIN_EIO;
        if (sqlite3_changes(s->db) > 0) {
            st = q(s, Q_STORY_SRC_INC);
            sqlite3_bind_int64(st, 1, story);
            if (step_done(s, st, err, "counting the outlet"))
                return TOCSIN_EIO;
        }
    }
    st = q(s, Q_DOC_INS);
    bind_text(st, 1, key);
    bind_text(st, 2, a->url);
    if (src)
        sqlite3_bind_int64(st, 3, src);
    sqlite3_bind_int64(st, 4, story);
    bind_text(st, 5, a->title);
    bind_text(st, 6, a->date);
    sqlite3_bind_int64(st, 7, (sqlite3_int64)(fp->content & 0x7FFFFFFFFFFFFFFFull));
    sqlite3_bind_int64(st, 8, (sqlite3_int64)a->bytes);
    bind_text(st, 9, now);
    bind_text(st, 10, dict_version);
    if (step_done(s, st, err, "adding the article"))
        return TOCSIN_EIO;
    *story_id = story;
    return verdict | clash;
}

static void country_of(const char *code, char out[16])
{
    size_t n = strlen(code);
    if (n == 3 || n == 6) {
        /* UNO, EUR and IGO are organisations; the rest are ISO countries */
        memcpy(out, code, 3);
        out[3] = '\0';
    } else {
        snprintf(out, 16, "%s", code);
    }
}

static int insert_event(tocsin_store *s, long long story, long long sentence, const char *date,
                        const char *src, const char *tgt, const char *code, const char *root, int quad,
                        double goldstein, tocsin_slice st_, tocsin_slice vt, tocsin_slice tt,
                        unsigned flags, const char *origin, const char *ext_id, const char *published,
                        const char *when, tocsin_error *err)
{
    char sc[16], tc[16];
    country_of(src, sc);
    country_of(tgt ? tgt : "", tc);
    sqlite3_stmt *st = q(s, Q_EVENT_INS);
    if (story)
        sqlite3_bind_int64(st, 1, story);
    if (sentence)
        sqlite3_bind_int64(st, 2, sentence);
    bind_text(st, 3, date);
    /* an imported event whose source has no tocsin code keeps "" (the column is NOT NULL) */
    sqlite3_bind_text(st, 4, src ? src : "", -1, SQLITE_TRANSIENT);
    bind_text(st, 5, tgt);
    sqlite3_bind_text(st, 6, sc, -1, SQLITE_TRANSIENT);
    bind_text(st, 7, tc);
    bind_text(st, 8, code);
    bind_text(st, 9, root);
    sqlite3_bind_int(st, 10, quad);
    sqlite3_bind_double(st, 11, goldstein);
    bind_slice(st, 12, st_);
    bind_slice(st, 13, vt);
    bind_slice(st, 14, tt);
    sqlite3_bind_int(st, 15, (int)flags);
    bind_text(st, 16, origin);
    bind_text(st, 17, ext_id);
    bind_text(st, 18, published);
    bind_text(st, 19, when);
    return step_done(s, st, err, "adding the event");
}

/* The place of the event just added (a second statement keeps insert_event
   as the imports use it). */
static int store_geo(tocsin_store *s, long long id, int type, tocsin_slice name, const char *country,
                     const char *adm1, int has_ll, double lat, double lon, const char *feature, tocsin_error *err)
{
    sqlite3_stmt *st = q(s, Q_EVENT_GEO);
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, type);
    bind_slice(st, 3, name);
    bind_text(st, 4, country && *country ? country : NULL);
    bind_text(st, 5, adm1 && *adm1 ? adm1 : NULL);
    if (has_ll) {
        sqlite3_bind_double(st, 6, lat);
        sqlite3_bind_double(st, 7, lon);
    }
    bind_text(st, 8, feature && *feature ? feature : NULL);
    return step_done(s, st, err, "adding the event's place");
}

int tocsin_store_add_event(tocsin_store *s, long long story_id, const tocsin_event *ev,
                           tocsin_error *err)
{
    sqlite3_stmt *st = q(s, Q_SENT_INS);
    sqlite3_bind_int64(st, 1, story_id);
    sqlite3_bind_int64(st, 2, ev->sentence);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)ev->offset);
    bind_slice(st, 4, ev->sentence_text);
    if (!ev->sentence_text.len)
        sqlite3_bind_text(st, 4, "", 0, SQLITE_STATIC);
    if (step_done(s, st, err, "adding the sentence"))
        return TOCSIN_EIO;
    long long sid = 0;
    st = q(s, Q_SENT_ID);
    sqlite3_bind_int64(st, 1, story_id);
    sqlite3_bind_int64(st, 2, ev->sentence);
    if (step_int(st, &sid) != 1)
        return db_error(s, err, "reading the sentence");
    char date[16] = "", day[11] = "", when[TOCSIN_WHEN_LEN] = "";
    if (ev->date.len && ev->date.len < sizeof date)
        memcpy(date, ev->date.ptr, ev->date.len);
    /* the event is placed on the first day of its own time, never after the
       article (a meeting announced for next week has not happened yet) */
    if (ev->when_precision != TOCSIN_WHEN_NONE) {
        int32_t pub;
        long at = ev->when_start;
        if (date[0] && !ts_parse_date(date, strlen(date), &pub) && at > pub)
            at = pub;
        tocsin_date_format(at, day);
        tocsin_when_format(ev->when_start, ev->when_end, ev->when_precision, when);
    }
    int rc = insert_event(s, story_id, sid, day[0] ? day : date, ev->source, ev->target, ev->code, ev->root,
                          ev->quad, ev->goldstein, ev->source_text, ev->verb_text, ev->target_text, ev->flags,
                          "tocsin", NULL, date[0] ? date : NULL, when[0] ? when : NULL, err);
    if (rc || sqlite3_changes(s->db) == 0 || (!ev->geo_type && !ev->geo_name.len))
        return rc;
    return store_geo(s, sqlite3_last_insert_rowid(s->db), ev->geo_type, ev->geo_name, ev->geo_country,
                     ev->geo_adm1, tocsin_event_has_ll(ev), ev->geo_lat, ev->geo_lon, ev->geo_feature, err);
}

/* 1 if origin has an event whose id lies in [lo, hi]; 0 if not; < 0 on error. */
static int ext_has(tocsin_store *s, const char *origin, const char *lo, const char *hi, tocsin_error *err)
{
    if (!s->ext_has && sqlite3_prepare_v2(s->db,
                                          "SELECT 1 FROM events WHERE origin = ?1 AND ext_id >= ?2"
                                          " AND ext_id <= ?3 LIMIT 1",
                                          -1, &s->ext_has, NULL) != SQLITE_OK)
        return db_error(s, err, "looking up an imported event");
    sqlite3_stmt *st = s->ext_has;
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, origin, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, lo, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, hi, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_ROW)
        return 1;
    return rc == SQLITE_DONE ? 0 : db_error(s, err, "looking up an imported event");
}

/* Whether an event was stored under its older id (ev->alt_id) by an import
 * before ids had their present form: asked only while the origin holds ids
 * of that form ("L" and a line number), so new databases pay nothing. */
static int stored_before(tocsin_store *s, const tocsin_ext_event *ev, const char *origin, tocsin_error *err)
{
    if (!ev->alt_id[0] || strlen(origin) >= sizeof s->legacy_origin)
        return 0;
    if (strcmp(s->legacy_origin, origin)) {
        int rc = ext_has(s, origin, "L", "L~", err);
        if (rc < 0)
            return rc;
        s->legacy = rc;
        memcpy(s->legacy_origin, origin, strlen(origin) + 1);
    }
    return s->legacy ? ext_has(s, origin, ev->alt_id, ev->alt_id, err) : 0;
}

int tocsin_store_add_external(tocsin_store *s, const tocsin_ext_event *ev, const char *origin,
                              tocsin_error *err)
{
    int quad = 0;
    double g = 0;
    if (tocsin_cameo_lookup(ev->code, &quad, &g, NULL)) {
        ts_error_set(err, TOCSIN_EPARSE, s->path, 0, -1, "unknown CAMEO code %s", ev->code);
        return TOCSIN_EPARSE;
    }
    if (ev->has_goldstein)
        g = ev->goldstein;
    int before = stored_before(s, ev, origin, err);
    if (before)
        return before < 0 ? before : 0;
    char root[3] = {ev->code[0], ev->code[1], '\0'};
    tocsin_slice none = {NULL, 0}, text = {ev->text, strnlen(ev->text, sizeof ev->text)};
    int rc = insert_event(s, 0, 0, ev->date, ev->source, ev->target, ev->code, root, quad, g, none, text,
                          none, 0, origin, ev->id[0] ? ev->id : NULL, NULL, NULL, err);
    if (rc)
        return rc;
    if (sqlite3_changes(s->db) == 0)
        return 0; /* this (origin, id) is already stored */
    if (ev->geo_type > 0) {
        tocsin_slice gn = {ev->geo_name, strnlen(ev->geo_name, sizeof ev->geo_name)};
        char adm1[sizeof ev->geo_adm1], feat[sizeof ev->geo_feature], cc[sizeof ev->geo_country];
        snprintf(adm1, sizeof adm1, "%.*s", (int)strnlen(ev->geo_adm1, sizeof adm1 - 1), ev->geo_adm1);
        snprintf(feat, sizeof feat, "%.*s", (int)strnlen(ev->geo_feature, sizeof feat - 1), ev->geo_feature);
        snprintf(cc, sizeof cc, "%.*s", (int)strnlen(ev->geo_country, sizeof cc - 1), ev->geo_country);
        if ((rc = store_geo(s, sqlite3_last_insert_rowid(s->db), ev->geo_type, gn, cc, adm1, ev->geo_has_ll,
                            ev->geo_lat, ev->geo_lon, feat, err)))
            return rc;
    }
    return 1;
}

/* ---- queries ---- */

#define EVENT_COLUMNS                                                                              \
    "e.id, e.story_id, COALESCE(e.published, e.date), e.source, e.target, e.code, e.root, e.quad, "\
    "e.goldstein, "                                                                                \
    "e.source_text, e.verb_text, e.target_text, se.text, st.title, e.origin, e.flags, "           \
    "COALESCE(st.n_sources, 0), COALESCE(st.n_articles, 0), COALESCE(e.when_text, e.date), e.date, " \
    "COALESCE(e.geo_type, 0), e.geo_name, e.geo_country, e.geo_adm1, e.geo_lat, e.geo_lon, e.geo_feature, " \
    "COALESCE((SELECT d.key FROM documents d WHERE d.story_id = e.story_id ORDER BY d.id LIMIT 1), "     \
    "e.ext_id), se.idx, se.offset, length(CAST(se.text AS BLOB)) "                                  \
    "FROM events e "                                                                               \
    "LEFT JOIN sentences se ON se.id = e.sentence_id LEFT JOIN stories st ON st.id = e.story_id "

static const char *col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static int emit_rows(tocsin_store *s, sqlite3_stmt *st, tocsin_stored_event_fn fn, void *ud,
                     tocsin_error *err, long long *n)
{
    int rc;
    *n = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tocsin_stored_event e;
        e.id = sqlite3_column_int64(st, 0);
        e.story_id = sqlite3_column_int64(st, 1);
        e.date = col(st, 2);
        e.source = col(st, 3);
        e.target = col(st, 4);
        e.code = col(st, 5);
        e.root = col(st, 6);
        e.quad = sqlite3_column_int(st, 7);
        e.goldstein = sqlite3_column_double(st, 8);
        e.source_text = col(st, 9);
        e.verb_text = col(st, 10);
        e.target_text = col(st, 11);
        e.sentence = col(st, 12);
        e.title = col(st, 13);
        e.origin = col(st, 14);
        e.flags = (unsigned)sqlite3_column_int(st, 15);
        e.n_sources = sqlite3_column_int(st, 16);
        e.n_articles = sqlite3_column_int(st, 17);
        e.when = col(st, 18);
        e.day = col(st, 19);
        e.geo_type = sqlite3_column_int(st, 20);
        e.geo_name = col(st, 21);
        e.geo_country = col(st, 22);
        e.geo_adm1 = col(st, 23);
        e.geo_has_ll = sqlite3_column_type(st, 24) != SQLITE_NULL && sqlite3_column_type(st, 25) != SQLITE_NULL;
        e.geo_lat = sqlite3_column_double(st, 24);
        e.geo_lon = sqlite3_column_double(st, 25);
        e.geo_feature = col(st, 26);
        e.doc = col(st, 27);
        e.sentence_idx = sqlite3_column_int64(st, 28);
        e.offset = sqlite3_column_int64(st, 29);
        e.length = sqlite3_column_int64(st, 30);
        (*n)++;
        int r = fn(ud, &e);
        if (r)
            return r;
    }
    return rc == SQLITE_DONE ? 0 : db_error(s, err, "reading events");
}

/* "PRK" matches a country column; "PRKGOV" or "NATO" the full code. */
static const char *actor_column(const char *actor, int src)
{
    size_t n = strlen(actor);
    if (n == 3)
        return src ? "e.src_country" : "e.tgt_country";
    return src ? "e.source" : "e.target";
}

int tocsin_store_events(tocsin_store *s, const tocsin_event_filter *f, tocsin_stored_event_fn fn,
                        void *ud, tocsin_error *err)
{
    ts_buf sql = {0};
    sql.max = 8192;
    int rc = ts_buf_printf(&sql, "SELECT " EVENT_COLUMNS "WHERE 1");
    int nb = 0;
    const char *binds[12];
    if (f && f->actor && *f->actor) {
        rc |= ts_buf_printf(&sql, " AND (%s = ?%d OR %s = ?%d)", actor_column(f->actor, 1), nb + 1,
                            actor_column(f->actor, 0), nb + 1);
        binds[nb++] = f->actor;
    }
    if (f && f->dyad_a && f->dyad_b) {
        const char *a = actor_column(f->dyad_a, 1), *a2 = actor_column(f->dyad_a, 0);
        const char *b = actor_column(f->dyad_b, 0), *b2 = actor_column(f->dyad_b, 1);
        if (f->directed)
            rc |= ts_buf_printf(&sql, " AND %s = ?%d AND %s = ?%d", a, nb + 1, b, nb + 2);
        else
            rc |= ts_buf_printf(&sql, " AND ((%s = ?%d AND %s = ?%d) OR (%s = ?%d AND %s = ?%d))", a,
                                nb + 1, b, nb + 2, b2, nb + 2, a2, nb + 1);
        binds[nb++] = f->dyad_a;
        binds[nb++] = f->dyad_b;
    }
    if (f && f->since) {
        rc |= ts_buf_printf(&sql, " AND e.date >= ?%d", nb + 1);
        binds[nb++] = f->since;
    }
    if (f && f->until) {
        rc |= ts_buf_printf(&sql, " AND e.date <= ?%d", nb + 1);
        binds[nb++] = f->until;
    }
    if (f && f->code && *f->code) {
        rc |= ts_buf_printf(&sql, " AND substr(e.code, 1, length(?%d)) = ?%d", nb + 1, nb + 1);
        binds[nb++] = f->code;
    }
    if (f && f->origin) {
        rc |= ts_buf_printf(&sql, " AND e.origin = ?%d", nb + 1);
        binds[nb++] = f->origin;
    }
    if (f && f->story_id > 0)
        rc |= ts_buf_printf(&sql, " AND e.story_id = %lld", f->story_id);
    if (f && f->country && *f->country) {
        rc |= ts_buf_printf(&sql, " AND e.geo_country = ?%d", nb + 1);
        binds[nb++] = f->country;
    }
    if (f && f->place && *f->place) { /* tocsin_place_key() */
        rc |= ts_buf_printf(&sql, " AND COALESCE(NULLIF(e.geo_feature, ''), e.geo_name) = ?%d", nb + 1);
        binds[nb++] = f->place;
    }
    if (f && f->has_bbox) /* numbers the caller checked: printed, not bound */
        rc |= ts_buf_printf(&sql, " AND e.geo_lat BETWEEN %.6f AND %.6f AND e.geo_lon BETWEEN %.6f AND %.6f",
                            f->min_lat, f->max_lat, f->min_lon, f->max_lon);
    if (f && f->near_km > 0) {
        /* equirectangular distance: within a fraction of a percent of the great
           circle at the distances a map search asks for */
        double kx = 111.195 * cos(f->near_lat * 3.14159265358979 / 180), ky = 111.195;
        rc |= ts_buf_printf(&sql,
                            " AND e.geo_lat IS NOT NULL AND ((e.geo_lon - %.6f) * %.6f) * ((e.geo_lon - %.6f) * %.6f)"
                            " + ((e.geo_lat - %.6f) * %.6f) * ((e.geo_lat - %.6f) * %.6f) <= %.6f",
                            f->near_lon, kx, f->near_lon, kx, f->near_lat, ky, f->near_lat, ky,
                            f->near_km * f->near_km);
    }
    rc |= ts_buf_printf(&sql, " ORDER BY e.date DESC, e.id DESC");
    if (f && (f->limit > 0 || f->offset > 0))
        rc |= ts_buf_printf(&sql, " LIMIT %lld OFFSET %lld", f->limit > 0 ? f->limit : -1LL,
                            f->offset > 0 ? f->offset : 0LL);
    if (rc) {
        ts_buf_free(&sql);
        return TOCSIN_ENOMEM;
    }
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql.p, -1, &st, NULL) != SQLITE_OK) {
        rc = db_error(s, err, "querying events");
        ts_buf_free(&sql);
        return rc;
    }
    for (int i = 0; i < nb; i++)
        sqlite3_bind_text(st, i + 1, binds[i], -1, SQLITE_TRANSIENT);
    long long n;
    rc = emit_rows(s, st, fn, ud, err, &n);
    sqlite3_finalize(st);
    ts_buf_free(&sql);
    return rc;
}

int tocsin_store_event(tocsin_store *s, long long id, tocsin_stored_event_fn fn, void *ud,
                       tocsin_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT " EVENT_COLUMNS "WHERE e.id = ?1", -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "querying the event");
    sqlite3_bind_int64(st, 1, id);
    long long n;
    int rc = emit_rows(s, st, fn, ud, err, &n);
    sqlite3_finalize(st);
    if (!rc && n == 0) {
        ts_error_set(err, TOCSIN_ENOTFOUND, s->path, 0, -1, "no event %lld", id);
        return TOCSIN_ENOTFOUND;
    }
    return rc;
}

int tocsin_store_story_articles(tocsin_store *s, long long story_id, tocsin_stored_article_fn fn,
                                void *ud, tocsin_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT d.id, d.key, d.url, so.name, d.title, d.date, d.ingested_at "
                           "FROM documents d LEFT JOIN sources so ON so.id = d.source_id "
                           "WHERE d.story_id = ?1 ORDER BY d.id",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "querying articles");
    sqlite3_bind_int64(st, 1, story_id);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tocsin_stored_article a = {sqlite3_column_int64(st, 0), col(st, 1), col(st, 2), col(st, 3),
                                   col(st, 4), col(st, 5), col(st, 6)};
        int r = fn(ud, &a);
        if (r) {
            sqlite3_finalize(st);
            return r;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : db_error(s, err, "reading articles");
}

/* stories newest first; id > 0 selects one story */
static int stories(tocsin_store *s, long long id, long long limit, long long offset, tocsin_story_fn fn,
                   void *ud, tocsin_error *err, long long *n)
{
    sqlite3_stmt *st = NULL;
    *n = 0;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT st.id, st.title, st.date, st.n_articles, st.n_sources,"
                           " (SELECT count(*) FROM events e WHERE e.story_id = st.id),"
                           " (SELECT group_concat(name, ', ') FROM (SELECT so.name FROM story_sources ss"
                           "  JOIN sources so ON so.id = ss.source_id WHERE ss.story_id = st.id ORDER BY so.name))"
                           " FROM stories st WHERE ?3 <= 0 OR st.id = ?3"
                           " ORDER BY st.date DESC, st.id DESC LIMIT ?1 OFFSET ?2",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "querying stories");
    sqlite3_bind_int64(st, 1, limit > 0 ? limit : -1);
    sqlite3_bind_int64(st, 2, offset > 0 ? offset : 0);
    sqlite3_bind_int64(st, 3, id);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tocsin_story x = {sqlite3_column_int64(st, 0), col(st, 1), col(st, 2), sqlite3_column_int(st, 3),
                          sqlite3_column_int(st, 4), sqlite3_column_int(st, 5), col(st, 6)};
        (*n)++;
        int r = fn(ud, &x);
        if (r) {
            sqlite3_finalize(st);
            return r;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : db_error(s, err, "reading stories");
}

int tocsin_store_stories(tocsin_store *s, long long limit, tocsin_story_fn fn, void *ud,
                         tocsin_error *err)
{
    long long n;
    return stories(s, 0, limit, 0, fn, ud, err, &n);
}

int tocsin_store_stories_page(tocsin_store *s, long long limit, long long offset, tocsin_story_fn fn,
                              void *ud, tocsin_error *err)
{
    long long n;
    return stories(s, 0, limit, offset, fn, ud, err, &n);
}

int tocsin_store_story(tocsin_store *s, long long id, tocsin_story_fn fn, void *ud, tocsin_error *err)
{
    long long n = 0;
    int rc = id > 0 ? stories(s, id, 1, 0, fn, ud, err, &n) : 0;
    if (!rc && n == 0) {
        ts_error_set(err, TOCSIN_ENOTFOUND, s->path, 0, -1, "no story %lld", id);
        return TOCSIN_ENOTFOUND;
    }
    return rc;
}

/* ---- watch state ---- */

static char *dup_col(sqlite3_stmt *st, int i)
{
    const char *v = (const char *)sqlite3_column_text(st, i);
    return v ? strdup(v) : NULL;
}

int tocsin_store_feed_get(tocsin_store *s, const char *url, tocsin_feed_state *fs, tocsin_error *err)
{
    memset(fs, 0, sizeof *fs);
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT etag, last_modified, next_poll, failures FROM feeds WHERE url = ?1",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "reading feed state");
    sqlite3_bind_text(st, 1, url, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        fs->etag = dup_col(st, 0);
        fs->last_modified = dup_col(st, 1);
        fs->next_poll = sqlite3_column_int64(st, 2);
        fs->failures = sqlite3_column_int(st, 3);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_error(s, err, "reading feed state");
}

void tocsin_feed_state_free(tocsin_feed_state *fs)
{
    free(fs->etag);
    free(fs->last_modified);
    memset(fs, 0, sizeof *fs);
}

int tocsin_store_feed_put(tocsin_store *s, const char *url, const tocsin_feed_state *fs,
                          const char *error, tocsin_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db,
                           "INSERT OR REPLACE INTO feeds(url, etag, last_modified, next_poll, failures,"
                           " last_poll, last_error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "saving feed state");
    char now[32];
    now_iso(now);
    sqlite3_bind_text(st, 1, url, -1, SQLITE_TRANSIENT);
    bind_text(st, 2, fs->etag);
    bind_text(st, 3, fs->last_modified);
    sqlite3_bind_int64(st, 4, fs->next_poll);
    sqlite3_bind_int(st, 5, fs->failures);
    bind_text(st, 6, now);
    bind_text(st, 7, error);
    int rc = step_done(s, st, err, "saving feed state");
    sqlite3_finalize(st);
    return rc;
}

int tocsin_store_item_get(tocsin_store *s, const char *feed, const char *guid, tocsin_item_state *is,
                          tocsin_error *err)
{
    memset(is, 0, sizeof *is);
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT status, attempts, next_try FROM feed_items WHERE feed = ?1 AND guid = ?2",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "reading item state");
    sqlite3_bind_text(st, 1, feed, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, guid, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *v = (const char *)sqlite3_column_text(st, 0);
        is->known = 1;
        is->done = v && !strcmp(v, "done");
        is->attempts = sqlite3_column_int(st, 1);
        is->next_try = sqlite3_column_int64(st, 2);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_error(s, err, "reading item state");
}

int tocsin_store_item_put(tocsin_store *s, const char *feed, const char *guid, const char *link,
                          const tocsin_item_state *is, const char *error, tocsin_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db,
                           "INSERT OR REPLACE INTO feed_items(feed, guid, link, status, attempts, next_try,"
                           " error, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "saving item state");
    char now[32];
    now_iso(now);
    sqlite3_bind_text(st, 1, feed, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, guid, -1, SQLITE_TRANSIENT);
    bind_text(st, 3, link);
    sqlite3_bind_text(st, 4, is->done ? "done" : "failed", -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 5, is->attempts);
    sqlite3_bind_int64(st, 6, is->next_try);
    bind_text(st, 7, error);
    bind_text(st, 8, now);
    int rc = step_done(s, st, err, "saving item state");
    sqlite3_finalize(st);
    return rc;
}

int tocsin_store_items_due(tocsin_store *s, const char *feed, long long now, tocsin_due_fn fn, void *ud,
                           tocsin_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT guid, link FROM feed_items WHERE feed = ?1 AND status = 'failed'"
                           " AND next_try <= ?2 ORDER BY next_try",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "reading items to retry");
    sqlite3_bind_text(st, 1, feed, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, now);
    /* collect first: the callback writes to the same table */
    char **rows = NULL;
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && n < 10000) {
        if (ts_vec_grow((void **)&rows, &cap, n + 2, sizeof *rows, 0))
            break;
        rows[n++] = dup_col(st, 0);
        rows[n++] = dup_col(st, 1);
    }
    sqlite3_finalize(st);
    int r = 0;
    for (size_t i = 0; i + 1 < n && !r; i += 2)
        if (rows[i] && rows[i + 1])
            r = fn(ud, rows[i], rows[i + 1]);
    for (size_t i = 0; i < n; i++)
        free(rows[i]);
    free(rows);
    return r;
}

sqlite3 *ts_store_db(tocsin_store *s) { return s->db; }
const char *ts_store_path(const tocsin_store *s) { return s->path; }
int ts_store_readonly(const tocsin_store *s) { return s->readonly; }

int tocsin_store_counts_get(tocsin_store *s, tocsin_store_counts *c, tocsin_error *err)
{
    memset(c, 0, sizeof *c);
    if (scalar_int(s, "SELECT count(*) FROM documents", &c->articles) ||
        scalar_int(s, "SELECT count(*) FROM stories", &c->stories) ||
        scalar_int(s, "SELECT count(*) FROM sources", &c->sources) ||
        scalar_int(s, "SELECT count(*) FROM events WHERE origin = 'tocsin'", &c->events) ||
        scalar_int(s, "SELECT count(*) FROM events WHERE origin <> 'tocsin'", &c->imported))
        return db_error(s, err, "counting");
    return 0;
}

int tocsin_store_change_token(tocsin_store *s, char *out, size_t cap, tocsin_error *err)
{
    /* max(rowid) is a seek to the end of each b-tree; nothing is ever
       deleted from these tables, so a new row always raises one of them */
    long long v[3] = {0, 0, 0};
    if (scalar_int(s, "SELECT coalesce(max(id), 0) FROM events", &v[0]) ||
        scalar_int(s, "SELECT coalesce(max(id), 0) FROM stories", &v[1]) ||
        scalar_int(s, "SELECT coalesce(max(id), 0) FROM documents", &v[2]))
        return db_error(s, err, "reading the change token");
    if (cap)
        snprintf(out, cap, "%lld.%lld.%lld", v[0], v[1], v[2]);
    return 0;
}
