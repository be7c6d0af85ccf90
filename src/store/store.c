/* store.c - the SQLite event database (see tocsin/store.h): schema and
 * migrations, deduplicating ingest, and the queries the commands need. */
#include "tocsin/store.h"

#include "tocsin/date.h"
#include "tocsin/dict.h"

#include "base/internal.h"
#include "db.h"
#include "store_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <time.h>

enum {
    Q_LOOKUP, Q_LOOKUP_BANDS, Q_SOURCE_INS, Q_STORY_INS, Q_DOC_INS, Q_STORY_SRC_INS, Q_STORY_SRC_INC,
    Q_STORY_ART_INC, Q_SENT_INS, Q_EVENT_INS, Q_EVENT_GEO, Q_BANDS, Q_BANDS_INS, Q_STORY_SRC_NEW, Q_EVENT_CODED,
    Q_EVENT_CODED_GEO, Q_COUNT
};

/* the columns of an event as insert_event binds them (?1 to ?19) */
#define EVENT_INS_COLUMNS                                                                           \
    "story_id, sentence_id, date, source, target, src_country, tgt_country, code, root, quad, "     \
    "goldstein, source_text, verb_text, target_text, flags, origin, ext_id, published, when_text"
#define EVENT_INS_VALUES "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19"
/* the same for a coded event, ?2 its sentence's number in the story */
#define EVENT_CODED_VALUES                                                                          \
    "?1, (SELECT id FROM sentences WHERE story_id = ?1 AND idx = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, " \
    "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19"
/* an outlet's id by its name (?N) */
#define SOURCE_OF(n) "(SELECT id FROM sources WHERE name = ?" #n ")"
/* the stories of an article's MinHash bands, with their signatures, in one
   statement: a subquery per band, so that a band shared by many stories
   gives its first 16 as a statement per band did */
#define BAND_SQL(k) "SELECT * FROM (SELECT " #k " AS k, story_id, (SELECT minhash FROM stories WHERE id = story_id)" \
                    " FROM story_bands WHERE band = ?" #k " LIMIT 16) AS b" #k
/* the same with the columns of Q_LOOKUP_BANDS: band 100 + k, no content or outlet */
#define BAND_SQL5(k) "SELECT * FROM (SELECT 100 + " #k " AS k, story_id, CAST(NULL AS INTEGER), CAST(NULL AS TEXT), " \
                     "(SELECT minhash FROM stories WHERE id = story_id) FROM story_bands WHERE band = ?" #k     \
                     " LIMIT 16) AS b" #k
#define BAND_ROW(k) "(?" #k ", ?25)"
#define BANDS8(f, s, a, b, c, d, e, g, h, i) f(a) s f(b) s f(c) s f(d) s f(e) s f(g) s f(h) s f(i)
#define BANDS24(f, s) BANDS8(f, s, 1, 2, 3, 4, 5, 6, 7, 8) s BANDS8(f, s, 9, 10, 11, 12, 13, 14, 15, 16) \
    s BANDS8(f, s, 17, 18, 19, 20, 21, 22, 23, 24)

static const char *const sql_text[Q_COUNT] = {
    /* an article's key (?1), the key it takes if another article holds that
       one (?2), and its content (?3): rows 1 and 2 (the document's story,
       content and outlet), row 3 (a document of the same content), in one
       round trip */
    [Q_LOOKUP] = "SELECT 1, story_id, content_hash, (SELECT name FROM sources WHERE id = source_id) "
                 "FROM documents WHERE key = ?1 UNION ALL "
                 "SELECT 2, story_id, content_hash, (SELECT name FROM sources WHERE id = source_id) "
                 "FROM documents WHERE key = ?2 UNION ALL "
                 "SELECT * FROM (SELECT 3, story_id, content_hash, NULL FROM documents WHERE content_hash = ?3 "
                 "LIMIT 1) AS c",
    /* the same for an article that was new a moment ago, with its bands'
       stories (?1 to ?24; key, alternative and content ?25 to ?27): what
       storing it will need, in one round trip under the writer lock */
    [Q_LOOKUP_BANDS] = "SELECT 1, story_id, content_hash, (SELECT name FROM sources WHERE id = source_id), "
                       "CAST(NULL AS BLOB) FROM documents WHERE key = ?25 UNION ALL "
                       "SELECT 2, story_id, content_hash, (SELECT name FROM sources WHERE id = source_id), "
                       "CAST(NULL AS BLOB) FROM documents WHERE key = ?26 UNION ALL "
                       "SELECT * FROM (SELECT 3, story_id, content_hash, NULL, CAST(NULL AS BLOB) FROM documents "
                       "WHERE content_hash = ?27 LIMIT 1) AS c UNION ALL " BANDS24(BAND_SQL5, " UNION ALL "),
    [Q_SOURCE_INS] = "INSERT OR IGNORE INTO sources(name) VALUES (?1)",
    [Q_STORY_INS] = "INSERT INTO stories(title, date, minhash, n_articles, n_sources, first_seen) "
                    "VALUES (?1, ?2, ?3, 1, ?5, ?4)",
    [Q_DOC_INS] = "INSERT INTO documents(key, url, source_id, story_id, title, date, content_hash, "
                  "bytes, ingested_at, dict_version) VALUES (?1, ?2, " SOURCE_OF(3) ", ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [Q_STORY_SRC_INS] = "INSERT OR IGNORE INTO story_sources(story_id, source_id) SELECT ?1, id FROM sources"
                        " WHERE name = ?2",
    [Q_STORY_SRC_INC] = "UPDATE stories SET n_sources = n_sources + 1 WHERE id = ?1",
    [Q_STORY_ART_INC] = "UPDATE stories SET n_articles = n_articles + 1 WHERE id = ?1",
    [Q_SENT_INS] = "INSERT OR IGNORE INTO sentences(story_id, idx, \"offset\", text) VALUES (?1, ?2, ?3, ?4)",
    [Q_EVENT_INS] = "INSERT OR IGNORE INTO events(" EVENT_INS_COLUMNS ") VALUES (" EVENT_INS_VALUES ")",
    [Q_EVENT_GEO] = "UPDATE events SET geo_type = ?2, geo_name = ?3, geo_country = ?4, geo_adm1 = ?5, "
                    "geo_lat = ?6, geo_lon = ?7, geo_feature = ?8 WHERE id = ?1",
    /* a new article's statements in as few round trips as can be (a server's
       pipeline): its bands' stories read by one, its bands stored by one;
       the ids of its outlet and sentences looked up by the writes that need
       them, so that nothing waits for them */
    [Q_BANDS] = BANDS24(BAND_SQL, " UNION ALL "),
    [Q_BANDS_INS] = "INSERT INTO story_bands(band, story_id) VALUES " BANDS24(BAND_ROW, ","),
    [Q_STORY_SRC_NEW] = "UPDATE stories SET n_sources = n_sources + 1 WHERE id = ?1 AND NOT EXISTS "
                        "(SELECT 1 FROM story_sources WHERE story_id = ?1 AND source_id = " SOURCE_OF(2) ")",
    [Q_EVENT_CODED] = "INSERT OR IGNORE INTO events(" EVENT_INS_COLUMNS ") VALUES (" EVENT_CODED_VALUES ")",
    [Q_EVENT_CODED_GEO] = "INSERT OR IGNORE INTO events(" EVENT_INS_COLUMNS ", geo_type, geo_name, geo_country, "
                          "geo_adm1, geo_lat, geo_lon, geo_feature) VALUES (" EVENT_CODED_VALUES ", ?20, ?21, ?22, "
                          "?23, ?24, ?25, ?26)",
};
_Static_assert(TOCSIN_BANDS == 24, "Q_BANDS and Q_BANDS_INS name 24 bands, the story ?25");

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

/* events listed with a LIMIT above this are streamed (TS_STMT_STREAM) */
#define STREAM_ABOVE 5000

/* "no limit" in a LIMIT clause (SQLite's -1 is an error to PostgreSQL) */
#define NO_LIMIT 9223372036854775807LL

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

/* Version 7: a dyad's aggregate rows in key order with the columns the
 * alerts read (PostgreSQL's dyad_days_hist). SQLite's dyad_days is stored in
 * that order already (WITHOUT ROWID): nothing to do. */
static const char schema_v7[] = "";

static const char *const migrations[] = {schema_v1, schema_v2, schema_v3, schema_v4, schema_v5, schema_v6,
                                         schema_v7};

/* The same versions for PostgreSQL, step for step (a new version adds a step
 * to both arrays): the tables and columns are the same, the types are
 * PostgreSQL's. Text compares and sorts byte by byte as in SQLite (the "C"
 * collation); ids are identity columns that also take given values (tocsin
 * copy keeps them); dates sort NULL first as in SQLite. */
#define PG_TEXT "TEXT COLLATE \"C\""
#define PG_ID "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
#define PG_INT "BIGINT NOT NULL DEFAULT 0"
static const char pg_v1[] =
    "CREATE TABLE meta(key " PG_TEXT " PRIMARY KEY, value " PG_TEXT " NOT NULL);"
    "INSERT INTO meta VALUES ('application', 'tocsin');"
    "CREATE TABLE sources(id " PG_ID ", name " PG_TEXT " NOT NULL UNIQUE);"
    "CREATE TABLE stories(id " PG_ID ", title " PG_TEXT ", date " PG_TEXT ", minhash BYTEA NOT NULL,"
    " n_articles BIGINT NOT NULL DEFAULT 1, n_sources " PG_INT ", first_seen " PG_TEXT " NOT NULL);"
    "CREATE INDEX stories_date ON stories(date NULLS FIRST);"
    "CREATE TABLE story_bands(band BIGINT NOT NULL, story_id BIGINT NOT NULL);"
    "CREATE INDEX story_bands_band ON story_bands(band);"
    "CREATE TABLE story_sources(story_id BIGINT NOT NULL, source_id BIGINT NOT NULL,"
    " PRIMARY KEY(story_id, source_id));"
    "CREATE TABLE documents(id " PG_ID ", key " PG_TEXT " NOT NULL UNIQUE, url " PG_TEXT ","
    " source_id BIGINT, story_id BIGINT NOT NULL, title " PG_TEXT ", date " PG_TEXT ","
    " content_hash BIGINT NOT NULL, bytes BIGINT NOT NULL, ingested_at " PG_TEXT " NOT NULL,"
    " dict_version " PG_TEXT ");"
    "CREATE INDEX documents_content ON documents(content_hash);"
    "CREATE INDEX documents_story ON documents(story_id);"
    "CREATE TABLE sentences(id " PG_ID ", story_id BIGINT NOT NULL, idx BIGINT NOT NULL,"
    " \"offset\" BIGINT NOT NULL, text " PG_TEXT " NOT NULL, UNIQUE(story_id, idx));"
    "CREATE TABLE events(id " PG_ID ", story_id BIGINT, sentence_id BIGINT, date " PG_TEXT ","
    " source " PG_TEXT " NOT NULL, target " PG_TEXT ", src_country " PG_TEXT " NOT NULL, tgt_country " PG_TEXT ","
    " code " PG_TEXT " NOT NULL, root " PG_TEXT " NOT NULL, quad BIGINT NOT NULL, goldstein DOUBLE PRECISION NOT NULL,"
    " source_text " PG_TEXT ", verb_text " PG_TEXT ", target_text " PG_TEXT ", flags " PG_INT ","
    " origin " PG_TEXT " NOT NULL, ext_id " PG_TEXT ");"
    "CREATE INDEX events_date ON events(date NULLS FIRST);"
    "CREATE INDEX events_dyad ON events(src_country, tgt_country, date);"
    "CREATE INDEX events_target ON events(tgt_country, date);"
    "CREATE INDEX events_root ON events(root, date);"
    "CREATE INDEX events_story ON events(story_id);"
    "CREATE UNIQUE INDEX events_external ON events(origin, ext_id) WHERE ext_id IS NOT NULL;"
    "CREATE UNIQUE INDEX events_coded ON events(story_id, sentence_id, source, target, code)"
    " WHERE story_id IS NOT NULL;";
static const char pg_v2[] =
    "CREATE TABLE feeds(url " PG_TEXT " PRIMARY KEY, etag " PG_TEXT ", last_modified " PG_TEXT ","
    " next_poll " PG_INT ", failures " PG_INT ", last_poll " PG_TEXT ", last_error " PG_TEXT ");"
    "CREATE TABLE feed_items(feed " PG_TEXT " NOT NULL, guid " PG_TEXT " NOT NULL, link " PG_TEXT ","
    " status " PG_TEXT " NOT NULL, attempts " PG_INT ", next_try " PG_INT ", error " PG_TEXT ","
    " updated " PG_TEXT ", PRIMARY KEY(feed, guid));";
static const char pg_v3[] =
    "CREATE TABLE dyad_days(a " PG_TEXT " NOT NULL, b " PG_TEXT " NOT NULL, day " PG_TEXT " NOT NULL,"
    " n BIGINT NOT NULL, q1 BIGINT NOT NULL, q2 BIGINT NOT NULL, q3 BIGINT NOT NULL, q4 BIGINT NOT NULL,"
    " gold DOUBLE PRECISION NOT NULL, max_rung BIGINT NOT NULL,"
    " r01 " PG_INT ", r02 " PG_INT ", r03 " PG_INT ", r04 " PG_INT ", r05 " PG_INT ", r06 " PG_INT ","
    " r07 " PG_INT ", r08 " PG_INT ", r09 " PG_INT ", r10 " PG_INT ", r11 " PG_INT ", r12 " PG_INT ","
    " r13 " PG_INT ", r14 " PG_INT ", r15 " PG_INT ", r16 " PG_INT ", r17 " PG_INT ", r18 " PG_INT ","
    " r19 " PG_INT ", r20 " PG_INT ", PRIMARY KEY(a, b, day));"
    "CREATE INDEX dyad_days_day ON dyad_days(day);"
    "CREATE TABLE day_totals(day " PG_TEXT " PRIMARY KEY, n BIGINT NOT NULL);";
static const char pg_v4[] =
    "DROP INDEX IF EXISTS dyad_days_day;"
    "CREATE INDEX dyad_days_day ON dyad_days(day, a, b, n, max_rung, q1, q2, q3, q4, gold);"
    "DROP INDEX IF EXISTS events_root;"
    "CREATE INDEX events_root ON events(root, date, src_country, tgt_country, code);";
static const char pg_v5[] =
    "ALTER TABLE events ADD COLUMN published " PG_TEXT ";"
    "ALTER TABLE events ADD COLUMN when_text " PG_TEXT ";";
static const char pg_v6[] =
    "ALTER TABLE events ADD COLUMN geo_type BIGINT;"
    "ALTER TABLE events ADD COLUMN geo_name " PG_TEXT ";"
    "ALTER TABLE events ADD COLUMN geo_country " PG_TEXT ";"
    "ALTER TABLE events ADD COLUMN geo_adm1 " PG_TEXT ";"
    "ALTER TABLE events ADD COLUMN geo_lat DOUBLE PRECISION;"
    "ALTER TABLE events ADD COLUMN geo_lon DOUBLE PRECISION;"
    "ALTER TABLE events ADD COLUMN geo_feature " PG_TEXT ";"
    "CREATE INDEX IF NOT EXISTS events_geo_country ON events(geo_country, date);";

/* a heap table keeps rows in the order they were written, so a dyad's days
   lie scattered over it; this index holds them in key order with what the
   alerts read (index-only scans: a window's history is read from a few
   thousand pages, not one page a row) */
static const char pg_v7[] =
    "CREATE INDEX IF NOT EXISTS dyad_days_hist ON dyad_days(a, b, day) INCLUDE (n, max_rung, q3, q4,"
    " r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20);";

static const char *const migrations_pg[] = {pg_v1, pg_v2, pg_v3, pg_v4, pg_v5, pg_v6, pg_v7};
_Static_assert(sizeof migrations_pg == sizeof migrations,
               "each schema version has a SQLite and a PostgreSQL step (migrations_pg)");

struct tocsin_store {
    ts_db *db;
    ts_stmt *q[Q_COUNT];
    int in_batch, readonly;
    int lazy; /* batches take the writer lock at their first write (ts_store_set_lazy) */
    /* the last sentence stored, to the end of its mark or batch: an
       article's events of one sentence store it once */
    long long sent_story, sent_idx;
    int sent;
    int expect_new; /* ts_store_expect_new */
    char *path;
    /* imports: whether legacy_origin holds ids of the older line form */
    ts_stmt *ext_has;
    char legacy_origin[64];
    int legacy;
};

static int db_error(tocsin_store *s, tocsin_error *err, const char *what)
{
    ts_error_set(err, TOCSIN_EIO, s->path, 0, -1, "%s: %s", what, ts_db_errmsg(s->db));
    return TOCSIN_EIO;
}

static int exec(tocsin_store *s, const char *sql, tocsin_error *err)
{
    if (ts_db_exec(s->db, sql)) {
        ts_error_set(err, TOCSIN_EIO, s->path, 0, -1, "%s", ts_db_errmsg(s->db));
        return TOCSIN_EIO;
    }
    return 0;
}

/* a statement whose success nobody waits for (ts_db_exec_later) */
static int exec_later(tocsin_store *s, const char *sql, tocsin_error *err)
{
    if (ts_db_exec_later(s->db, sql)) {
        ts_error_set(err, TOCSIN_EIO, s->path, 0, -1, "%s", ts_db_errmsg(s->db));
        return TOCSIN_EIO;
    }
    return 0;
}

static int scalar_int(tocsin_store *s, const char *sql, long long *v)
{
    ts_stmt *st;
    if (!(st = ts_db_prepare(s->db, sql, 0)))
        return -1;
    int rc = ts_stmt_step(st);
    if (rc == TS_ROW)
        *v = ts_col_int64(st, 0);
    ts_stmt_finalize(st);
    return rc == TS_ROW ? 0 : -1;
}

/* Is this database ours? Empty databases are; others need meta.application. */
static int check_ours(tocsin_store *s, long long *version, tocsin_error *err)
{
    long long tables = ts_db_table_count(s->db);
    if (tables < 0) {
        ts_error_set(err, TOCSIN_EINVAL, s->path, 0, -1,
                     ts_db_kind(s->db) == TS_DB_PG ? "not a tocsin database (cannot list its tables): %s"
                                                   : "not a tocsin database (not an SQLite file, or damaged): %s",
                     ts_db_errmsg(s->db));
        return TOCSIN_EINVAL;
    }
    *version = 0;
    if (tables == 0)
        return 0;
    ts_stmt *st = NULL;
    int ok = (st = ts_db_prepare(s->db,
                                 "SELECT (SELECT value FROM meta WHERE key = 'application'),"
                                 " (SELECT value FROM meta WHERE key = 'schema_version')",
                                 0)) != NULL &&
             ts_stmt_step(st) == TS_ROW && ts_col_text(st, 0) &&
             !strcmp(ts_col_text(st, 0), "tocsin");
    if (ok)
        *version = ts_col_int64(st, 1);
    ts_stmt_finalize(st);
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
    const char *const *steps = ts_db_kind(s->db) == TS_DB_PG ? migrations_pg : migrations;
    if (from < n && !s->readonly) {
        /* another process may be creating or migrating the same file right
           now: take the write lock first (waiting up to the busy timeout),
           then read the version again and do only what is still missing */
        int rc = exec(s, "BEGIN IMMEDIATE", err);
        if (!rc)
            rc = check_ours(s, &from, err);
        for (long long v = from; !rc && v < n; v++) {
            char set[160];
            snprintf(set, sizeof set,
                     "INSERT INTO meta(key, value) VALUES ('schema_version', '%lld')"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value;", v + 1);
            rc = exec(s, steps[v], err);
            if (!rc)
                rc = exec(s, set, err);
        }
        if (!rc)
            rc = exec(s, "COMMIT", err);
        if (rc) {
            ts_db_exec(s->db, "ROLLBACK");
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

/* The name of the database in messages: a PostgreSQL URI without its password. */
static char *display_name(const char *target)
{
    const char *t = target ? target : "";
    const char *at = ts_db_is_pg_uri(t) ? strchr(t, '@') : NULL;
    const char *auth = at ? strstr(t, "://") + 3 : NULL;
    const char *colon = auth ? memchr(auth, ':', (size_t)(at - auth)) : NULL;
    if (!colon)
        return strdup(t);
    size_t head = (size_t)(colon - t) + 1, n = head + 3 + strlen(at) + 1;
    char *d = malloc(n);
    if (d)
        snprintf(d, n, "%.*s***%s", (int)head, t, at);
    return d;
}

int tocsin_store_open(const char *path, unsigned flags, tocsin_store **out, tocsin_error *err)
{
    *out = NULL;
    tocsin_store *s = calloc(1, sizeof *s);
    if (!s)
        return TOCSIN_ENOMEM;
    s->path = display_name(path);
    s->readonly = (flags & TOCSIN_STORE_READONLY) != 0;
    int rc = 0;
    if (!s->path) {
        rc = TOCSIN_ENOMEM;
        goto out;
    }
    rc = ts_db_open(path ? path : "",
                    s->readonly ? TS_DB_READONLY : (flags & TOCSIN_STORE_CREATE) ? TS_DB_CREATE : 0, &s->db, err);
    if (rc) {
        if (err && ts_db_is_pg_uri(path))
            snprintf(err->file, sizeof err->file, "%s", s->path);
        goto out;
    }
    long long version = 0;
    rc = check_ours(s, &version, err);
    if (rc)
        goto out;
    if (!s->readonly) {
        /* WAL: readers never block the writer; NORMAL sync keeps committed
           batches safe from a process crash */
        if (ts_db_writer_setup(s->db)) {
            rc = db_error(s, err, "switching to WAL");
            goto out;
        }
    }
    rc = migrate(s, version, err);
    if (rc)
        goto out;
    for (int k = 0; k < Q_COUNT && !s->readonly; k++)
        if (!(s->q[k] = ts_db_prepare(s->db, sql_text[k],
                                      TS_STMT_PERSISTENT | (k == Q_STORY_INS || k == Q_EVENT_INS ? TS_STMT_RETURNS_ID : 0)))) {
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
        ts_stmt_finalize(s->q[k]);
    ts_stmt_finalize(s->ext_has);
    ts_db_close(s->db);
    free(s->path);
    free(s);
}

void tocsin_store_set_busy_timeout(tocsin_store *s, int ms)
{
    if (s)
        ts_db_busy_timeout(s->db, ms);
}

int tocsin_store_begin(tocsin_store *s, tocsin_error *err)
{
    if (s->readonly) {
        ts_error_set(err, TOCSIN_EIO, s->path, 0, -1, "database is opened read-only");
        return TOCSIN_EIO;
    }
    s->sent = 0;
    int rc = s->lazy ? (ts_db_begin_batch(s->db, 1) ? db_error(s, err, "beginning a batch") : 0)
                     : exec(s, "BEGIN IMMEDIATE", err);
    if (!rc)
        s->in_batch = 1;
    return rc;
}

/* Every write of a batch comes here first: a lazy batch takes the writer
 * lock now, before the reads its writes depend on. */
static int lock_for_write(tocsin_store *s, tocsin_error *err)
{
    return ts_db_writer_lock(s->db) ? db_error(s, err, "taking the writer lock") : 0;
}

void ts_store_expect_new(tocsin_store *s, int on) { s->expect_new = on; }
void ts_store_set_lazy(tocsin_store *s, int on) { s->lazy = on && ts_db_kind(s->db) == TS_DB_PG; }
int ts_store_shared(const tocsin_store *s) { return ts_db_kind(s->db) == TS_DB_PG; }

int tocsin_store_commit(tocsin_store *s, tocsin_error *err)
{
    int rc = exec(s, "COMMIT", err);
    s->in_batch = 0;
    s->sent = 0;
    return rc;
}

int tocsin_store_rollback(tocsin_store *s)
{
    s->in_batch = 0;
    s->sent = 0;
    return ts_db_exec(s->db, "ROLLBACK") ? TOCSIN_EIO : 0;
}

int tocsin_store_mark(tocsin_store *s, tocsin_error *err)
{
    if (!s->in_batch) {
        ts_error_set(err, TOCSIN_EINVAL, s->path, 0, -1, "a mark is set inside a batch");
        return TOCSIN_EINVAL;
    }
    s->sent = 0;
    return exec_later(s, "SAVEPOINT article", err);
}

int tocsin_store_release(tocsin_store *s, int undo, tocsin_error *err)
{
    s->sent = 0;
    if (undo && exec(s, "ROLLBACK TO article", err))
        return TOCSIN_EIO;
    return exec_later(s, "RELEASE article", err);
}

/* ---- statement helpers ---- */

static ts_stmt *q(tocsin_store *s, int k)
{
    ts_stmt_reset(s->q[k]);
    ts_stmt_clear(s->q[k]);
    return s->q[k];
}

static void bind_text(ts_stmt *st, int i, const char *v)
{
    if (v && *v)
        ts_bind_text(st, i, v, -1);
    else
        ts_bind_null(st, i);
}

static void bind_slice(ts_stmt *st, int i, tocsin_slice v)
{
    if (v.ptr && v.len)
        ts_bind_text(st, i, v.ptr, (int)v.len);
    else
        ts_bind_null(st, i);
}

static int step_done(tocsin_store *s, ts_stmt *st, tocsin_error *err, const char *what)
{
    int rc = ts_stmt_step(st);
    if (rc != TS_DONE && rc != TS_ROW)
        return db_error(s, err, what);
    return 0;
}

/* A write whose answer nobody reads: queued on a server (ts_stmt_send). */
static int send(tocsin_store *s, ts_stmt *st, tocsin_error *err, const char *what)
{
    return ts_stmt_send(st) ? db_error(s, err, what) : 0;
}

static void now_iso(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Records an outlet by name (the writes that need its id look it up by
   name); 1 if it has one, 0 if the article names none. */
static int add_source(tocsin_store *s, const char *name, tocsin_error *err)
{
    if (!name || !*name)
        return 0;
    ts_stmt *st = q(s, Q_SOURCE_INS);
    bind_text(st, 1, name);
    return send(s, st, err, "recording the source") ? TOCSIN_EIO : 1;
}

/* A story's signature as stored: the MinHash values, then (since 0.2) the
 * number of shingles behind them. */
typedef struct story_sig {
    uint32_t minhash[TOCSIN_MINHASH];
    uint32_t shingles;
} story_sig;

#define MAX_CANDIDATES 64 /* stories compared per article, at most */

/* A near-duplicate story by MinHash bands, or 0: the stories of each band
 * (its first 16), band by band, each compared once however many bands it
 * shares, MAX_CANDIDATES at most; the first that is a copy. One statement
 * reads them all with their signatures; its rows are taken band by band,
 * whatever order the database gave the bands in. */
#define BAND_ROWS (TOCSIN_BANDS * 16)
/* a row of the bands' stories: its band (1 to TOCSIN_BANDS), story and signature */
typedef struct band_row {
    int band;
    long long story;
    story_sig sig;
    int has_sig;
} band_row;

/* Keeps a row of the bands' stories (its signature in column col). */
static void band_row_add(ts_stmt *st, int band, int col, band_row *rows, int *n)
{
    if (*n >= BAND_ROWS)
        return;
    band_row *r = &rows[(*n)++];
    r->band = band;
    r->story = ts_col_int64(st, 1);
    int len = 0;
    const void *blob = ts_col_blob(st, col, &len);
    r->has_sig = blob && (len == (int)(TOCSIN_MINHASH * sizeof(uint32_t)) || len == (int)sizeof(story_sig));
    memset(&r->sig, 0, sizeof r->sig);
    if (r->has_sig)
        memcpy(&r->sig, blob, (size_t)len);
}

static long long pick_story(const tocsin_fingerprint *fp, const band_row *rows, int n);

static long long near_story(tocsin_store *s, const tocsin_fingerprint *fp, int *failed)
{
    ts_stmt *st = q(s, Q_BANDS);
    for (int b = 0; b < TOCSIN_BANDS; b++)
        ts_bind_int64(st, b + 1, (long long)fp->bands[b]);
    band_row *rows = malloc(BAND_ROWS * sizeof *rows);
    if (!rows) {
        *failed = TOCSIN_ENOMEM;
        return 0;
    }
    int n = 0, step;
    while ((step = ts_stmt_step(st)) == TS_ROW)
        band_row_add(st, ts_col_int(st, 0), 2, rows, &n);
    ts_stmt_reset(st);
    long long found = step == TS_DONE ? pick_story(fp, rows, n) : 0;
    if (step != TS_DONE)
        *failed = TOCSIN_EIO;
    free(rows);
    return found;
}

/* The first story of the rows, band by band, that is a copy; 0 if none. */
static long long pick_story(const tocsin_fingerprint *fp, const band_row *rows, int n)
{
    long long seen[MAX_CANDIDATES];
    int nseen = 0;
    long long found = 0;
    for (int b = 1; b <= TOCSIN_BANDS && !found && nseen < MAX_CANDIDATES; b++)
        for (int i = 0; i < n && !found && nseen < MAX_CANDIDATES; i++) {
            if (rows[i].band != b)
                continue;
            int dup = 0;
            for (int k = 0; k < nseen && !dup; k++)
                dup = seen[k] == rows[i].story;
            if (dup)
                continue;
            seen[nseen++] = rows[i].story;
            if (rows[i].has_sig &&
                tocsin_fingerprint_is_copy(fp->minhash, fp->shingles, rows[i].sig.minhash, rows[i].sig.shingles))
                found = rows[i].story;
        }
    return found;
}

/* The article's key as stored: 1 when this key, content and source are
 * already there (*story set); else 0, with *key the key to store it under:
 * its own, or, when the key is taken by another article (other text or
 * another outlet), the key with "#" and a hash of both (*clash set); *copy,
 * a story that has a document of the same content (0: none); a negative
 * status on error. One statement answers all. */
static int key_lookup(tocsin_store *s, const tocsin_article *a, const tocsin_fingerprint *fp, char alt[ALT_KEY_MAX],
                      const char **key, int *clash, long long *story, long long *copy, band_row *bands,
                      int *nbands, tocsin_error *err)
{
    const char *src = a->source && *a->source ? a->source : NULL;
    uint64_t content = fp->content & 0x7FFFFFFFFFFFFFFFull;
    uint64_t h = ts_mix(content ^ ts_hash(src ? src : "", src ? strlen(src) : 0));
    snprintf(alt, ALT_KEY_MAX, "%.*s#%016llx", ALT_KEY_MAX - 20, a->key ? a->key : "", (unsigned long long)h);
    /* with bands, the bands' stories too (Q_LOOKUP_BANDS) */
    ts_stmt *st = q(s, bands ? Q_LOOKUP_BANDS : Q_LOOKUP);
    int p = bands ? TOCSIN_BANDS : 0;
    bind_text(st, p + 1, a->key);
    bind_text(st, p + 2, alt);
    if (fp->content)
        ts_bind_int64(st, p + 3, (long long)content);
    for (int b = 0; bands && b < TOCSIN_BANDS; b++)
        ts_bind_int64(st, b + 1, (long long)fp->bands[b]);
    /* found[k]: 0 none, 1 this article, 2 another one under that key */
    int found[3] = {0, 0, 0}, rc;
    long long found_story[3] = {0, 0, 0};
    *copy = 0;
    while ((rc = ts_stmt_step(st)) == TS_ROW) {
        int k = ts_col_int(st, 0);
        if (bands && k > 100 && k <= 100 + TOCSIN_BANDS)
            band_row_add(st, k - 100, 4, bands, nbands);
        if (k < 1 || k > 3)
            continue;
        long long sid = ts_col_int64(st, 1);
        if (k == 3) {
            *copy = sid;
            continue;
        }
        const char *had = ts_col_text(st, 3);
        int same = (uint64_t)ts_col_int64(st, 2) == content && ((!had && !src) || (had && src && !strcmp(had, src)));
        found[k - 1] = same ? 1 : 2;
        found_story[k - 1] = sid;
    }
    ts_stmt_reset(st);
    if (rc != TS_DONE)
        return db_error(s, err, "looking the article up");
    *key = a->key;
    for (int pass = 0; pass < 2; pass++) {
        if (!found[pass])
            break;
        if (found[pass] == 1) {
            *story = found_story[pass];
            return 1;
        }
        if (pass == 0) {
            *key = alt;
            *clash = TOCSIN_ARTICLE_CLASH;
        }
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
    if (lock_for_write(s, err))
        return TOCSIN_EIO;
    long long story = 0;
    /* an article is its key, its content and its source: the same key with
       other text or another outlet is another article, stored under the key
       with a suffix of both */
    const char *key;
    char alt[ALT_KEY_MAX];
    int clash = 0;
    /* an article new a moment ago: its bands' stories are read with its key */
    band_row *bands = s->expect_new ? malloc(BAND_ROWS * sizeof *bands) : NULL;
    int nbands = 0;
    if (s->expect_new && !bands)
        return TOCSIN_ENOMEM;
    int seen = key_lookup(s, a, fp, alt, &key, &clash, story_id, &story, bands, &nbands, err);
    if (!seen && !story && bands)
        story = pick_story(fp, bands, nbands);
    else if (!seen && !story) {
        int failed = 0;
        story = near_story(s, fp, &failed);
        if (failed) {
            free(bands);
            return failed == TOCSIN_EIO ? db_error(s, err, "looking for near copies") : failed;
        }
    }
    free(bands);
    if (seen)
        return seen > 0 ? TOCSIN_ARTICLE_SEEN : seen;
    int verdict = TOCSIN_ARTICLE_COPY;
    ts_stmt *st;
    /* the outlet; an article that names none (a plain file) is a source of its own */
    int src = add_source(s, a->source, err);
    if (src < 0)
        return src;
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
        ts_bind_blob(st, 3, &sig, sizeof sig);
        bind_text(st, 4, now);
        ts_bind_int64(st, 5, src ? 0 : 1);
        if (step_done(s, st, err, "adding the story"))
            return TOCSIN_EIO;
        story = ts_db_last_id(s->db);
        st = q(s, Q_BANDS_INS);
        for (int b = 0; b < TOCSIN_BANDS; b++)
            ts_bind_int64(st, b + 1, (long long)fp->bands[b]);
        ts_bind_int64(st, TOCSIN_BANDS + 1, story);
        if (send(s, st, err, "indexing the story"))
            return TOCSIN_EIO;
    } else {
        st = q(s, Q_STORY_ART_INC);
        ts_bind_int64(st, 1, story);
        if (send(s, st, err, "counting the article"))
            return TOCSIN_EIO;
        if (!src) {
            st = q(s, Q_STORY_SRC_INC);
            ts_bind_int64(st, 1, story);
            if (send(s, st, err, "counting the outlet"))
                return TOCSIN_EIO;
        }
    }
    if (src) {
        /* the outlet is counted once per story: counted if it is new there,
           then recorded (the writer lock keeps the two together) */
        st = q(s, Q_STORY_SRC_NEW);
        ts_bind_int64(st, 1, story);
        bind_text(st, 2, a->source);
        if (send(s, st, err, "counting the outlet"))
            return TOCSIN_EIO;
        st = q(s, Q_STORY_SRC_INS);
        ts_bind_int64(st, 1, story);
        bind_text(st, 2, a->source);
        if (send(s, st, err, "recording the outlet"))
            return TOCSIN_EIO;
    }
    st = q(s, Q_DOC_INS);
    bind_text(st, 1, key);
    bind_text(st, 2, a->url);
    bind_text(st, 3, a->source);
    ts_bind_int64(st, 4, story);
    bind_text(st, 5, a->title);
    bind_text(st, 6, a->date);
    ts_bind_int64(st, 7, (long long)(fp->content & 0x7FFFFFFFFFFFFFFFull));
    ts_bind_int64(st, 8, (long long)a->bytes);
    bind_text(st, 9, now);
    bind_text(st, 10, dict_version);
    if (send(s, st, err, "adding the article"))
        return TOCSIN_EIO;
    *story_id = story;
    return verdict | clash;
}

int ts_store_article_peek(tocsin_store *s, const tocsin_article *a, const tocsin_fingerprint *fp,
                          tocsin_error *err)
{
    /* tocsin_store_article's lookups, without its writes */
    const char *key;
    char alt[ALT_KEY_MAX];
    int clash = 0;
    long long seen_story = 0, copy = 0;
    int seen = key_lookup(s, a, fp, alt, &key, &clash, &seen_story, &copy, NULL, NULL, err);
    if (seen)
        return seen > 0 ? TOCSIN_ARTICLE_SEEN : seen;
    return copy ? TOCSIN_ARTICLE_COPY : TOCSIN_ARTICLE_NEW;
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

/* Binds an event's columns (EVENT_INS_COLUMNS) to st. */
static void bind_event(ts_stmt *st, long long story, long long sentence, const char *date, const char *src,
                       const char *tgt, const char *code, const char *root, int quad, double goldstein,
                       tocsin_slice st_, tocsin_slice vt, tocsin_slice tt, unsigned flags, const char *origin,
                       const char *ext_id, const char *published, const char *when)
{
    char sc[16], tc[16];
    country_of(src, sc);
    country_of(tgt ? tgt : "", tc);
    if (story)
        ts_bind_int64(st, 1, story);
    if (sentence)
        ts_bind_int64(st, 2, sentence);
    bind_text(st, 3, date);
    /* an imported event whose source has no tocsin code keeps "" (the column is NOT NULL) */
    ts_bind_text(st, 4, src ? src : "", -1);
    bind_text(st, 5, tgt);
    ts_bind_text(st, 6, sc, -1);
    bind_text(st, 7, tc);
    bind_text(st, 8, code);
    bind_text(st, 9, root);
    ts_bind_int64(st, 10, quad);
    ts_bind_double(st, 11, goldstein);
    bind_slice(st, 12, st_);
    bind_slice(st, 13, vt);
    bind_slice(st, 14, tt);
    ts_bind_int64(st, 15, (int)flags);
    bind_text(st, 16, origin);
    bind_text(st, 17, ext_id);
    bind_text(st, 18, published);
    bind_text(st, 19, when);
}

static int insert_event(tocsin_store *s, long long story, long long sentence, const char *date,
                        const char *src, const char *tgt, const char *code, const char *root, int quad,
                        double goldstein, tocsin_slice st_, tocsin_slice vt, tocsin_slice tt,
                        unsigned flags, const char *origin, const char *ext_id, const char *published,
                        const char *when, tocsin_error *err)
{
    ts_stmt *st = q(s, Q_EVENT_INS);
    bind_event(st, story, sentence, date, src, tgt, code, root, quad, goldstein, st_, vt, tt, flags, origin,
               ext_id, published, when);
    return step_done(s, st, err, "adding the event");
}

/* A place's columns (geo_type to geo_feature) to st, from parameter i. */
static void bind_geo(ts_stmt *st, int i, int type, tocsin_slice name, const char *country, const char *adm1,
                     int has_ll, double lat, double lon, const char *feature)
{
    ts_bind_int64(st, i, type);
    bind_slice(st, i + 1, name);
    bind_text(st, i + 2, country && *country ? country : NULL);
    bind_text(st, i + 3, adm1 && *adm1 ? adm1 : NULL);
    if (has_ll) {
        ts_bind_double(st, i + 4, lat);
        ts_bind_double(st, i + 5, lon);
    }
    bind_text(st, i + 6, feature && *feature ? feature : NULL);
}

/* The place of the event just added (a second statement keeps insert_event
   as the imports use it). */
static int store_geo(tocsin_store *s, long long id, int type, tocsin_slice name, const char *country,
                     const char *adm1, int has_ll, double lat, double lon, const char *feature, tocsin_error *err)
{
    ts_stmt *st = q(s, Q_EVENT_GEO);
    ts_bind_int64(st, 1, id);
    bind_geo(st, 2, type, name, country, adm1, has_ll, lat, lon, feature);
    return step_done(s, st, err, "adding the event's place");
}

int tocsin_store_add_event(tocsin_store *s, long long story_id, const tocsin_event *ev,
                           tocsin_error *err)
{
    if (lock_for_write(s, err))
        return TOCSIN_EIO;
    if (!s->sent || s->sent_story != story_id || s->sent_idx != (long long)ev->sentence) {
        /* the sentence is stored once: a second event of it would be ignored */
        ts_stmt *st = q(s, Q_SENT_INS);
        ts_bind_int64(st, 1, story_id);
        ts_bind_int64(st, 2, ev->sentence);
        ts_bind_int64(st, 3, (long long)ev->offset);
        bind_slice(st, 4, ev->sentence_text);
        if (!ev->sentence_text.len)
            ts_bind_text(st, 4, "", 0);
        if (send(s, st, err, "adding the sentence"))
            return TOCSIN_EIO;
        s->sent_story = story_id;
        s->sent_idx = (long long)ev->sentence;
        s->sent = 1;
    }
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
    /* with its sentence's id looked up by the statement, and its place, if
       it has one, in the same statement (an event coded twice is stored once,
       its place with it) */
    int geo = ev->geo_type || ev->geo_name.len;
    ts_stmt *st = q(s, geo ? Q_EVENT_CODED_GEO : Q_EVENT_CODED);
    bind_event(st, story_id, (long long)ev->sentence, day[0] ? day : date, ev->source, ev->target, ev->code, ev->root, ev->quad,
               ev->goldstein, ev->source_text, ev->verb_text, ev->target_text, ev->flags, "tocsin", NULL,
               date[0] ? date : NULL, when[0] ? when : NULL);
    ts_bind_int64(st, 2, (long long)ev->sentence); /* the first is 0 */
    if (geo)
        bind_geo(st, 20, ev->geo_type, ev->geo_name, ev->geo_country, ev->geo_adm1, tocsin_event_has_ll(ev),
                 ev->geo_lat, ev->geo_lon, ev->geo_feature);
    return send(s, st, err, "adding the event");
}

/* 1 if origin has an event whose id lies in [lo, hi]; 0 if not; < 0 on error. */
static int ext_has(tocsin_store *s, const char *origin, const char *lo, const char *hi, tocsin_error *err)
{
    if (!s->ext_has && !(s->ext_has = ts_db_prepare(s->db,
                                                    "SELECT 1 FROM events WHERE origin = ?1 AND ext_id >= ?2"
                                                    " AND ext_id <= ?3 LIMIT 1", 0)))
        return db_error(s, err, "looking up an imported event");
    ts_stmt *st = s->ext_has;
    ts_stmt_reset(st);
    ts_bind_text(st, 1, origin, -1);
    ts_bind_text(st, 2, lo, -1);
    ts_bind_text(st, 3, hi, -1);
    int rc = ts_stmt_step(st);
    ts_stmt_reset(st);
    if (rc == TS_ROW)
        return 1;
    return rc == TS_DONE ? 0 : db_error(s, err, "looking up an imported event");
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
    if (lock_for_write(s, err))
        return TOCSIN_EIO;
    int before = stored_before(s, ev, origin, err);
    if (before)
        return before < 0 ? before : 0;
    char root[3] = {ev->code[0], ev->code[1], '\0'};
    tocsin_slice none = {NULL, 0}, text = {ev->text, strnlen(ev->text, sizeof ev->text)};
    int rc = insert_event(s, 0, 0, ev->date, ev->source, ev->target, ev->code, root, quad, g, none, text,
                          none, 0, origin, ev->id[0] ? ev->id : NULL, NULL, NULL, err);
    if (rc)
        return rc;
    if (ts_db_changes(s->db) == 0)
        return 0; /* this (origin, id) is already stored */
    if (ev->geo_type > 0) {
        tocsin_slice gn = {ev->geo_name, strnlen(ev->geo_name, sizeof ev->geo_name)};
        char adm1[sizeof ev->geo_adm1], feat[sizeof ev->geo_feature], cc[sizeof ev->geo_country];
        snprintf(adm1, sizeof adm1, "%.*s", (int)strnlen(ev->geo_adm1, sizeof adm1 - 1), ev->geo_adm1);
        snprintf(feat, sizeof feat, "%.*s", (int)strnlen(ev->geo_feature, sizeof feat - 1), ev->geo_feature);
        snprintf(cc, sizeof cc, "%.*s", (int)strnlen(ev->geo_country, sizeof cc - 1), ev->geo_country);
        if ((rc = store_geo(s, ts_db_last_id(s->db), ev->geo_type, gn, cc, adm1, ev->geo_has_ll,
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
    "e.ext_id), se.idx, se.\"offset\", length(CAST(se.text AS BLOB)) "                                  \
    "FROM events e "                                                                               \
    "LEFT JOIN sentences se ON se.id = e.sentence_id LEFT JOIN stories st ON st.id = e.story_id "

static const char *col(ts_stmt *st, int i)
{
    return ts_col_text(st, i);
}

static int emit_rows(tocsin_store *s, ts_stmt *st, tocsin_stored_event_fn fn, void *ud,
                     tocsin_error *err, long long *n)
{
    int rc;
    *n = 0;
    while ((rc = ts_stmt_step(st)) == TS_ROW) {
        tocsin_stored_event e;
        e.id = ts_col_int64(st, 0);
        e.story_id = ts_col_int64(st, 1);
        e.date = col(st, 2);
        e.source = col(st, 3);
        e.target = col(st, 4);
        e.code = col(st, 5);
        e.root = col(st, 6);
        e.quad = ts_col_int(st, 7);
        e.goldstein = ts_col_double(st, 8);
        e.source_text = col(st, 9);
        e.verb_text = col(st, 10);
        e.target_text = col(st, 11);
        e.sentence = col(st, 12);
        e.title = col(st, 13);
        e.origin = col(st, 14);
        e.flags = (unsigned)ts_col_int(st, 15);
        e.n_sources = ts_col_int(st, 16);
        e.n_articles = ts_col_int(st, 17);
        e.when = col(st, 18);
        e.day = col(st, 19);
        e.geo_type = ts_col_int(st, 20);
        e.geo_name = col(st, 21);
        e.geo_country = col(st, 22);
        e.geo_adm1 = col(st, 23);
        e.geo_has_ll = !ts_col_is_null(st, 24) && !ts_col_is_null(st, 25);
        e.geo_lat = ts_col_double(st, 24);
        e.geo_lon = ts_col_double(st, 25);
        e.geo_feature = col(st, 26);
        e.doc = col(st, 27);
        e.sentence_idx = ts_col_int64(st, 28);
        e.offset = ts_col_int64(st, 29);
        e.length = ts_col_int64(st, 30);
        (*n)++;
        int r = fn(ud, &e);
        if (r)
            return r;
    }
    return rc == TS_DONE ? 0 : db_error(s, err, "reading events");
}

/* "PRK" matches a country column; "PRKGOV" or "NATO" the full code. */
static const char *actor_column(const char *actor, int src)
{
    size_t n = strlen(actor);
    if (n == 3)
        return src ? "e.src_country" : "e.tgt_country";
    return src ? "e.source" : "e.target";
}

#define FILTER_BINDS 12 /* text parameters a filter binds */

/* " AND ..." for each condition of the filter (columns of events e), with
 * its text parameters appended to binds from *nb on; non-zero when out of
 * memory. */
static int filter_sql(ts_buf *sql, const tocsin_event_filter *f, const char **binds, int *nb)
{
    int rc = 0;
    if (f && f->actor && *f->actor) {
        rc |= ts_buf_printf(sql, " AND (%s = ?%d OR %s = ?%d)", actor_column(f->actor, 1), *nb + 1,
                            actor_column(f->actor, 0), *nb + 1);
        binds[(*nb)++] = f->actor;
    }
    if (f && f->dyad_a && f->dyad_b) {
        const char *a = actor_column(f->dyad_a, 1), *a2 = actor_column(f->dyad_a, 0);
        const char *b = actor_column(f->dyad_b, 0), *b2 = actor_column(f->dyad_b, 1);
        if (f->directed)
            rc |= ts_buf_printf(sql, " AND %s = ?%d AND %s = ?%d", a, *nb + 1, b, *nb + 2);
        else
            rc |= ts_buf_printf(sql, " AND ((%s = ?%d AND %s = ?%d) OR (%s = ?%d AND %s = ?%d))", a,
                                *nb + 1, b, *nb + 2, b2, *nb + 2, a2, *nb + 1);
        binds[(*nb)++] = f->dyad_a;
        binds[(*nb)++] = f->dyad_b;
    }
    if (f && f->since) {
        rc |= ts_buf_printf(sql, " AND e.date >= ?%d", *nb + 1);
        binds[(*nb)++] = f->since;
    }
    if (f && f->until) {
        rc |= ts_buf_printf(sql, " AND e.date <= ?%d", *nb + 1);
        binds[(*nb)++] = f->until;
    }
    if (f && f->code && *f->code) {
        rc |= ts_buf_printf(sql, " AND substr(e.code, 1, length(?%d)) = ?%d", *nb + 1, *nb + 1);
        binds[(*nb)++] = f->code;
    }
    if (f && f->origin) {
        rc |= ts_buf_printf(sql, " AND e.origin = ?%d", *nb + 1);
        binds[(*nb)++] = f->origin;
    }
    if (f && f->story_id > 0)
        rc |= ts_buf_printf(sql, " AND e.story_id = %lld", f->story_id);
    if (f && f->country && *f->country) {
        rc |= ts_buf_printf(sql, " AND e.geo_country = ?%d", *nb + 1);
        binds[(*nb)++] = f->country;
    }
    if (f && f->place && *f->place) { /* tocsin_place_key() */
        rc |= ts_buf_printf(sql, " AND COALESCE(NULLIF(e.geo_feature, ''), e.geo_name) = ?%d", *nb + 1);
        binds[(*nb)++] = f->place;
    }
    if (f && f->has_bbox) /* numbers the caller checked: printed, not bound */
        rc |= ts_buf_printf(sql, " AND e.geo_lat BETWEEN %.6f AND %.6f AND e.geo_lon BETWEEN %.6f AND %.6f",
                            f->min_lat, f->max_lat, f->min_lon, f->max_lon);
    if (f && f->near_km > 0) {
        /* equirectangular distance: within a fraction of a percent of the great
           circle at the distances a map search asks for */
        double kx = 111.195 * cos(f->near_lat * 3.14159265358979 / 180), ky = 111.195;
        rc |= ts_buf_printf(sql,
                            " AND e.geo_lat IS NOT NULL AND ((e.geo_lon - %.6f) * %.6f) * ((e.geo_lon - %.6f) * %.6f)"
                            " + ((e.geo_lat - %.6f) * %.6f) * ((e.geo_lat - %.6f) * %.6f) <= %.6f",
                            f->near_lon, kx, f->near_lon, kx, f->near_lat, ky, f->near_lat, ky,
                            f->near_km * f->near_km);
    }
    return rc;
}

int tocsin_store_events(tocsin_store *s, const tocsin_event_filter *f, tocsin_stored_event_fn fn,
                        void *ud, tocsin_error *err)
{
    ts_buf sql = {0};
    sql.max = 8192;
    int rc = ts_buf_printf(&sql, "SELECT " EVENT_COLUMNS "WHERE 1 = 1");
    int nb = 0;
    const char *binds[FILTER_BINDS];
    rc |= filter_sql(&sql, f, binds, &nb);
    rc |= ts_buf_printf(&sql, " ORDER BY e.date DESC, e.id DESC");
    if (f && (f->limit > 0 || f->offset > 0))
        rc |= ts_buf_printf(&sql, " LIMIT %lld OFFSET %lld", f->limit > 0 ? f->limit : NO_LIMIT,
                            f->offset > 0 ? f->offset : 0LL);
    if (rc) {
        ts_buf_free(&sql);
        return TOCSIN_ENOMEM;
    }
    /* a result that may be long is read in chunks, not whole (PostgreSQL) */
    unsigned flags = !f || f->limit <= 0 || f->limit > STREAM_ABOVE ? TS_STMT_STREAM : 0;
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(s->db, sql.p, flags))) {
        rc = db_error(s, err, "querying events");
        ts_buf_free(&sql);
        return rc;
    }
    for (int i = 0; i < nb; i++)
        ts_bind_text(st, i + 1, binds[i], -1);
    long long n;
    rc = emit_rows(s, st, fn, ud, err, &n);
    ts_stmt_finalize(st);
    ts_buf_free(&sql);
    return rc;
}


int tocsin_store_places(tocsin_store *s, const tocsin_event_filter *f, long long max, tocsin_place_fn fn,
                        void *ud, tocsin_place_totals *tot, tocsin_error *err)
{
    /* tocsin_place_key() of an event with coordinates, else NULL: one scan
       groups the located events by place and counts the others in one row */
    static const char key[] = "CASE WHEN e.geo_lat IS NOT NULL AND e.geo_lon IS NOT NULL "
                              "THEN COALESCE(NULLIF(e.geo_feature, ''), NULLIF(e.geo_name, '')) END";
    const char *binds[FILTER_BINDS];
    int nb = 0, rc = 0;
    tocsin_place_totals t = {0, 0, 0};
    ts_buf sql = {0};
    sql.max = 8192;
    ts_stmt *st = NULL;
    rc |= ts_buf_printf(&sql,
                        "SELECT %s, MIN(COALESCE(e.geo_type, 0)), MIN(e.geo_name), MIN(e.geo_country), "
                        "MIN(e.geo_adm1), MIN(e.geo_feature), MIN(e.geo_lat), MIN(e.geo_lon), COUNT(*), "
                        "SUM(CASE WHEN e.quad = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad = 2 THEN 1 ELSE 0 END), "
                        "SUM(CASE WHEN e.quad = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad = 4 THEN 1 ELSE 0 END), "
                        "MIN(e.date), MAX(e.date) FROM events e WHERE 1 = 1",
                        key);
    rc |= filter_sql(&sql, f, binds, &nb);
    rc |= ts_buf_printf(&sql, " GROUP BY %s ORDER BY COUNT(*) DESC, %s", key, key);
    if (rc) {
        rc = TOCSIN_ENOMEM;
        goto out;
    }
    if (!(st = ts_db_prepare(s->db, sql.p, 0))) {
        rc = db_error(s, err, "grouping the events by place");
        goto out;
    }
    for (int i = 0; i < nb; i++)
        ts_bind_text(st, i + 1, binds[i], -1);
    int r;
    while ((r = ts_stmt_step(st)) == TS_ROW) {
        long long n = ts_col_int64(st, 8);
        if (ts_col_is_null(st, 0)) {
            t.unlocated += n;
            continue;
        }
        t.located += n;
        if (max > 0 && t.places++ >= max)
            continue; /* counted, not given */
        if (max <= 0)
            t.places++;
        tocsin_place_count p;
        memset(&p, 0, sizeof p);
        p.key = col(st, 0);
        p.type = ts_col_int(st, 1);
        p.name = col(st, 2);
        p.country = col(st, 3);
        p.adm1 = col(st, 4);
        p.feature = col(st, 5);
        p.lat = ts_col_double(st, 6);
        p.lon = ts_col_double(st, 7);
        p.events = n;
        for (int q = 1; q <= 4; q++)
            p.quad[q] = ts_col_int64(st, 8 + q);
        p.first = col(st, 13);
        p.last = col(st, 14);
        if ((rc = fn(ud, &p)))
            goto out;
    }
    if (r != TS_DONE)
        rc = db_error(s, err, "grouping the events by place");
out:
    if (tot)
        *tot = t;
    ts_stmt_finalize(st);
    ts_buf_free(&sql);
    return rc;
}

int tocsin_store_event(tocsin_store *s, long long id, tocsin_stored_event_fn fn, void *ud,
                       tocsin_error *err)
{
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(s->db, "SELECT " EVENT_COLUMNS "WHERE e.id = ?1", 0)))
        return db_error(s, err, "querying the event");
    ts_bind_int64(st, 1, id);
    long long n;
    int rc = emit_rows(s, st, fn, ud, err, &n);
    ts_stmt_finalize(st);
    if (!rc && n == 0) {
        ts_error_set(err, TOCSIN_ENOTFOUND, s->path, 0, -1, "no event %lld", id);
        return TOCSIN_ENOTFOUND;
    }
    return rc;
}

int tocsin_store_story_articles(tocsin_store *s, long long story_id, tocsin_stored_article_fn fn,
                                void *ud, tocsin_error *err)
{
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(s->db,
                           "SELECT d.id, d.key, d.url, so.name, d.title, d.date, d.ingested_at "
                           "FROM documents d LEFT JOIN sources so ON so.id = d.source_id "
                           "WHERE d.story_id = ?1 ORDER BY d.id", 0)))
        return db_error(s, err, "querying articles");
    ts_bind_int64(st, 1, story_id);
    int rc;
    while ((rc = ts_stmt_step(st)) == TS_ROW) {
        tocsin_stored_article a = {ts_col_int64(st, 0), col(st, 1), col(st, 2), col(st, 3),
                                   col(st, 4), col(st, 5), col(st, 6)};
        int r = fn(ud, &a);
        if (r) {
            ts_stmt_finalize(st);
            return r;
        }
    }
    ts_stmt_finalize(st);
    return rc == TS_DONE ? 0 : db_error(s, err, "reading articles");
}

/* stories newest first; id > 0 selects one story */
static int stories(tocsin_store *s, long long id, long long limit, long long offset, tocsin_story_fn fn,
                   void *ud, tocsin_error *err, long long *n)
{
    ts_stmt *st = NULL;
    *n = 0;
    if (!(st = ts_db_prepare(s->db,
                           "SELECT st.id, st.title, st.date, st.n_articles, st.n_sources,"
                           " (SELECT count(*) FROM events e WHERE e.story_id = st.id),"
                           " (SELECT group_concat(name, ', ') FROM (SELECT so.name FROM story_sources ss"
                           "  JOIN sources so ON so.id = ss.source_id WHERE ss.story_id = st.id ORDER BY so.name) AS t)"
                           " FROM stories st WHERE ?3 <= 0 OR st.id = ?3"
                           " ORDER BY st.date DESC, st.id DESC LIMIT ?1 OFFSET ?2", 0)))
        return db_error(s, err, "querying stories");
    ts_bind_int64(st, 1, limit > 0 ? limit : NO_LIMIT);
    ts_bind_int64(st, 2, offset > 0 ? offset : 0);
    ts_bind_int64(st, 3, id);
    int rc;
    while ((rc = ts_stmt_step(st)) == TS_ROW) {
        tocsin_story x = {ts_col_int64(st, 0), col(st, 1), col(st, 2), ts_col_int(st, 3),
                          ts_col_int(st, 4), ts_col_int(st, 5), col(st, 6)};
        (*n)++;
        int r = fn(ud, &x);
        if (r) {
            ts_stmt_finalize(st);
            return r;
        }
    }
    ts_stmt_finalize(st);
    return rc == TS_DONE ? 0 : db_error(s, err, "reading stories");
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

static char *dup_col(ts_stmt *st, int i)
{
    const char *v = ts_col_text(st, i);
    return v ? strdup(v) : NULL;
}

int tocsin_store_feed_get(tocsin_store *s, const char *url, tocsin_feed_state *fs, tocsin_error *err)
{
    memset(fs, 0, sizeof *fs);
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(s->db, "SELECT etag, last_modified, next_poll, failures FROM feeds WHERE url = ?1", 0)))
        return db_error(s, err, "reading feed state");
    ts_bind_text(st, 1, url, -1);
    int rc = ts_stmt_step(st);
    if (rc == TS_ROW) {
        fs->etag = dup_col(st, 0);
        fs->last_modified = dup_col(st, 1);
        fs->next_poll = ts_col_int64(st, 2);
        fs->failures = ts_col_int(st, 3);
    }
    ts_stmt_finalize(st);
    return rc == TS_ROW || rc == TS_DONE ? 0 : db_error(s, err, "reading feed state");
}

/* The one statement written for each backend: SQLite has one writer at a
   time and no row locks to skip; PostgreSQL takes the feed's row unless
   another process holds it. */
static const char *const claim_sql[] = {
    "UPDATE feeds SET next_poll = ?3 WHERE url = ?1 AND next_poll <= ?2",
    "UPDATE feeds SET next_poll = ?3 WHERE url = (SELECT url FROM feeds WHERE url = ?1 AND next_poll <= ?2"
    " FOR UPDATE SKIP LOCKED)",
};

int tocsin_store_feed_claim(tocsin_store *s, const char *url, long long now, long long lease,
                            long long *next_poll, tocsin_error *err)
{
    *next_poll = now + lease;
    ts_stmt *st = ts_db_prepare(s->db, "INSERT OR IGNORE INTO feeds(url) VALUES (?1)", 0);
    if (!st)
        return db_error(s, err, "claiming the feed");
    ts_bind_text(st, 1, url, -1);
    int rc = step_done(s, st, err, "claiming the feed");
    ts_stmt_finalize(st);
    if (rc)
        return rc;
    if (!(st = ts_db_prepare(s->db, claim_sql[ts_db_kind(s->db) == TS_DB_PG], 0)))
        return db_error(s, err, "claiming the feed");
    ts_bind_text(st, 1, url, -1);
    ts_bind_int64(st, 2, now);
    ts_bind_int64(st, 3, now + lease);
    rc = step_done(s, st, err, "claiming the feed");
    ts_stmt_finalize(st);
    if (rc)
        return rc;
    if (ts_db_changes(s->db) > 0)
        return 1;
    tocsin_feed_state fs;
    if ((rc = tocsin_store_feed_get(s, url, &fs, err)))
        return rc;
    /* held by another process: look again when its lease would run out */
    *next_poll = fs.next_poll > now ? fs.next_poll : now + 1;
    tocsin_feed_state_free(&fs);
    return 0;
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
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(s->db,
                           "INSERT INTO feeds(url, etag, last_modified, next_poll, failures,"
                           " last_poll, last_error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                           " ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified ="
                           " excluded.last_modified, next_poll = excluded.next_poll, failures ="
                           " excluded.failures, last_poll = excluded.last_poll, last_error = excluded.last_error", 0)))
        return db_error(s, err, "saving feed state");
    char now[32];
    now_iso(now);
    ts_bind_text(st, 1, url, -1);
    bind_text(st, 2, fs->etag);
    bind_text(st, 3, fs->last_modified);
    ts_bind_int64(st, 4, fs->next_poll);
    ts_bind_int64(st, 5, fs->failures);
    bind_text(st, 6, now);
    bind_text(st, 7, error);
    int rc = step_done(s, st, err, "saving feed state");
    ts_stmt_finalize(st);
    return rc;
}

int tocsin_store_item_get(tocsin_store *s, const char *feed, const char *guid, tocsin_item_state *is,
                          tocsin_error *err)
{
    memset(is, 0, sizeof *is);
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(s->db, "SELECT status, attempts, next_try FROM feed_items WHERE feed = ?1 AND guid = ?2", 0)))
        return db_error(s, err, "reading item state");
    ts_bind_text(st, 1, feed, -1);
    ts_bind_text(st, 2, guid, -1);
    int rc = ts_stmt_step(st);
    if (rc == TS_ROW) {
        const char *v = ts_col_text(st, 0);
        is->known = 1;
        is->done = v && !strcmp(v, "done");
        is->attempts = ts_col_int(st, 1);
        is->next_try = ts_col_int64(st, 2);
    }
    ts_stmt_finalize(st);
    return rc == TS_ROW || rc == TS_DONE ? 0 : db_error(s, err, "reading item state");
}

int tocsin_store_item_put(tocsin_store *s, const char *feed, const char *guid, const char *link,
                          const tocsin_item_state *is, const char *error, tocsin_error *err)
{
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(s->db,
                           "INSERT INTO feed_items(feed, guid, link, status, attempts, next_try,"
                           " error, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                           " ON CONFLICT(feed, guid) DO UPDATE SET link = excluded.link, status ="
                           " excluded.status, attempts = excluded.attempts, next_try = excluded.next_try,"
                           " error = excluded.error, updated = excluded.updated", 0)))
        return db_error(s, err, "saving item state");
    char now[32];
    now_iso(now);
    ts_bind_text(st, 1, feed, -1);
    ts_bind_text(st, 2, guid, -1);
    bind_text(st, 3, link);
    ts_bind_text(st, 4, is->done ? "done" : "failed", -1);
    ts_bind_int64(st, 5, is->attempts);
    ts_bind_int64(st, 6, is->next_try);
    bind_text(st, 7, error);
    bind_text(st, 8, now);
    int rc = step_done(s, st, err, "saving item state");
    ts_stmt_finalize(st);
    return rc;
}

int tocsin_store_items_due(tocsin_store *s, const char *feed, long long now, tocsin_due_fn fn, void *ud,
                           tocsin_error *err)
{
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(s->db,
                           "SELECT guid, link FROM feed_items WHERE feed = ?1 AND status = 'failed'"
                           " AND next_try <= ?2 ORDER BY next_try", 0)))
        return db_error(s, err, "reading items to retry");
    ts_bind_text(st, 1, feed, -1);
    ts_bind_int64(st, 2, now);
    /* collect first: the callback writes to the same table */
    char **rows = NULL;
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = ts_stmt_step(st)) == TS_ROW && n < 10000) {
        if (ts_vec_grow((void **)&rows, &cap, n + 2, sizeof *rows, 0))
            break;
        rows[n++] = dup_col(st, 0);
        rows[n++] = dup_col(st, 1);
    }
    ts_stmt_finalize(st);
    int r = 0;
    for (size_t i = 0; i + 1 < n && !r; i += 2)
        if (rows[i] && rows[i + 1])
            r = fn(ud, rows[i], rows[i + 1]);
    for (size_t i = 0; i < n; i++)
        free(rows[i]);
    free(rows);
    return r;
}

ts_db *ts_store_db(tocsin_store *s) { return s->db; }
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
