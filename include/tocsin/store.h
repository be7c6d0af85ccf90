/* tocsin/store.h - the event database: articles, sources, stories
 * (deduplicated copies), evidence sentences and events, in one SQLite file
 * (WAL mode, versioned schema) or, when the path is a PostgreSQL URI
 * (postgresql://... or postgres://...), in a PostgreSQL database with the
 * same tables.
 *
 * A tocsin_store is one connection: use it from one thread at a time. Any
 * number of readers (other processes or connections) may read while writers
 * ingest. Writes happen inside batches (tocsin_store_begin/commit), one batch
 * at a time across all writers (SQLite's lock, PostgreSQL's advisory writer
 * lock): a crash loses at most the batch in flight and never corrupts what
 * was committed; ingesting the same input again adds nothing. */
#ifndef TOCSIN_STORE_H
#define TOCSIN_STORE_H

#include "tocsin/event.h"
#include "tocsin/fingerprint.h"
#include "tocsin/interchange.h"
#include "tocsin/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tocsin_store tocsin_store;

enum tocsin_store_flags {
    TOCSIN_STORE_READONLY = 1u << 0, /* open for queries only */
    TOCSIN_STORE_CREATE = 1u << 1    /* create the file if it does not exist */
};

#define TOCSIN_SCHEMA_VERSION 3

/* Opens (and if needed creates or migrates) a database. Fails with
 * TOCSIN_EINVAL and a clear message if the file is not a tocsin database
 * (another application's SQLite file, or not SQLite at all), and with
 * TOCSIN_EIO if it cannot be opened or written as asked. */
int tocsin_store_open(const char *path, unsigned flags, tocsin_store **out, tocsin_error *err);
void tocsin_store_close(tocsin_store *s); /* NULL allowed; rolls back an open batch */

/* How long a statement waits for another connection's lock before it fails
 * as busy (default 5000 ms). */
void tocsin_store_set_busy_timeout(tocsin_store *s, int ms);

int tocsin_store_begin(tocsin_store *s, tocsin_error *err);
int tocsin_store_commit(tocsin_store *s, tocsin_error *err);
int tocsin_store_rollback(tocsin_store *s);

/* ---- ingest ---- */

typedef struct tocsin_article {
    const char *key;    /* JSON id, URL or path: with the content and the source, the article's
                           identity (the same article is stored once) */
    const char *url;    /* may be NULL */
    const char *source; /* outlet name (JSON "source", the URL's host, ...); may be NULL */
    const char *title;  /* may be NULL */
    const char *date;   /* YYYY-MM-DD or NULL */
    size_t bytes;       /* length of the text */
    const char *where;  /* where it was read ("file:line"), for messages; may be NULL */
} tocsin_article;

enum tocsin_article_verdict {
    TOCSIN_ARTICLE_NEW = 1,  /* a new story: code it and add its events */
    TOCSIN_ARTICLE_SEEN = 2, /* this key is already stored: nothing to do */
    TOCSIN_ARTICLE_COPY = 3, /* a copy of a stored story (same or near-same text from
                                another key): recorded as one more article and source
                                of that story; nothing to code */
    /* or'ed into NEW or COPY: the key was stored before for another article
       (other text or another source); this one is kept too, under the key
       followed by "#" and a hash of its content and source */
    TOCSIN_ARTICLE_CLASH = 0x100
};

/* Near-duplicates: an article whose signature tocsin_fingerprint_is_copy
 * finds a copy of a story's is one more article of that story. */

/* Records an article inside a batch and says what to do with it; *story_id
 * is the story it belongs to. Returns a verdict (> 0) or a negative status. */
int tocsin_store_article(tocsin_store *s, const tocsin_article *a, const tocsin_fingerprint *fp,
                         const char *dict_version, long long *story_id, tocsin_error *err);

/* Inside a batch: a mark (an SQL savepoint), then its release; with undo,
 * what was stored since the mark is dropped and the batch goes on. */
int tocsin_store_mark(tocsin_store *s, tocsin_error *err);
int tocsin_store_release(tocsin_store *s, int undo, tocsin_error *err);

/* Adds a coded event of a story (its sentence is stored once). */
int tocsin_store_add_event(tocsin_store *s, long long story_id, const tocsin_event *ev,
                           tocsin_error *err);

/* Adds an imported event (no story); origin names the data set ("keds").
 * An event with an id (ev->id) is stored once per origin and id. Returns 1
 * if it was added, 0 if that origin and id are already stored, or a
 * negative status. ev->source may be "" (an actor with no tocsin code); the
 * analytics leave such events out of every dyad. */
int tocsin_store_add_external(tocsin_store *s, const tocsin_ext_event *ev, const char *origin,
                              tocsin_error *err);

/* ---- queries ---- */

typedef struct tocsin_event_filter {
    const char *actor;  /* source or target: a country ("PRK" matches PRKGOV) or a full code */
    const char *dyad_a; /* with dyad_b: events between the two, both directions */
    const char *dyad_b;
    int directed;       /* with a dyad: only dyad_a -> dyad_b */
    const char *since;  /* YYYY-MM-DD, inclusive, on the event's own day; NULL = open */
    const char *until;  /* YYYY-MM-DD, inclusive; NULL = open */
    const char *code;   /* CAMEO code prefix ("07", "190") */
    const char *origin; /* "tocsin", "keds", ... ; NULL = all */
    long long limit;    /* 0 = no limit */
    long long offset;
    long long story_id; /* only the events of this story; 0 = any */
    const char *country; /* the event's place in this country (ISO 3166-1 alpha-3); NULL = any */
    double near_lat, near_lon, near_km; /* with near_km > 0: placed within near_km of the point */
    int has_bbox;        /* placed inside [min_lat, max_lat] x [min_lon, max_lon] */
    double min_lat, min_lon, max_lat, max_lon;
    /* one place: its feature id ("gn:703448", "UKR", "tocsin:donbas"), or its
     * name where it has none; what tocsin_place_key() gives. NULL = any */
    const char *place;
} tocsin_event_filter;

/* The key that identifies an event's place for tocsin_event_filter.place:
 * the feature id when there is one, else the place's name; NULL when the
 * event has no place. */
static inline const char *tocsin_place_key(const char *geo_feature, const char *geo_name)
{
    return geo_feature && *geo_feature ? geo_feature : (geo_name && *geo_name ? geo_name : (const char *)0);
}

/* An event as stored, with its evidence. Strings are valid during the
 * callback only; NULL when absent. */
typedef struct tocsin_stored_event {
    long long id, story_id;
    const char *date, *source, *target, *code, *root;
    int quad;
    double goldstein;
    const char *source_text, *verb_text, *target_text;
    const char *sentence; /* the evidence sentence */
    const char *title;    /* the story's headline */
    const char *origin;
    unsigned flags;       /* tocsin_event_flags */
    int n_sources, n_articles;
    /* date above is the article's publication date (an imported event's own
     * date); when is the event's time as `tocsin code` writes it ("2024-11-05",
     * "2015", "2022-05-01/2024-11-06"), day the day the analytics, --since and
     * --until place it on (the first day of when, never after the article). */
    const char *when, *day;
    /* where it happened (tocsin_event's geo_* fields): type 0 and NULLs when
     * no place is known; geo_lat/geo_lon only with geo_has_ll */
    int geo_type, geo_has_ll;
    const char *geo_name, *geo_country, *geo_adm1, *geo_feature;
    double geo_lat, geo_lon;
    /* where it was read: the document coded (the story's first article; an
     * imported event's file and line), the sentence's 0-based index in it, and
     * the sentence's byte offset and length in the document's text (0 for
     * imported events) */
    const char *doc;
    long long sentence_idx, offset, length;
} tocsin_stored_event;

typedef int (*tocsin_stored_event_fn)(void *ud, const tocsin_stored_event *e);

/* Calls fn for each matching event, newest date first then id. Returns 0,
 * a negative status, or fn's non-zero return. */
int tocsin_store_events(tocsin_store *s, const tocsin_event_filter *f, tocsin_stored_event_fn fn,
                        void *ud, tocsin_error *err);
/* One event by id: TOCSIN_ENOTFOUND if none. */
int tocsin_store_event(tocsin_store *s, long long id, tocsin_stored_event_fn fn, void *ud,
                       tocsin_error *err);

/* One place of tocsin_store_places: the events there that the filter
 * selects. Strings are valid during the callback only. */
typedef struct tocsin_place_count {
    const char *key;                          /* tocsin_place_key(): what filter.place takes */
    const char *name, *country, *adm1, *feature; /* the event's geo_* fields; NULL when absent */
    int type;
    double lat, lon;
    long long events;
    long long quad[5]; /* quad[1..4]: verbal and material cooperation, verbal and material conflict */
    const char *first, *last; /* the events' first and last day */
} tocsin_place_count;

typedef struct tocsin_place_totals {
    long long located;   /* events the filter selects that have a place with coordinates */
    long long unlocated; /* the others */
    long long places;    /* distinct places of the located ones */
} tocsin_place_totals;

typedef int (*tocsin_place_fn)(void *ud, const tocsin_place_count *p);

/* The events f selects that have coordinates (f->limit and f->offset are
 * ignored), grouped by place (tocsin_place_key), most events first then by
 * key; at most max places (0 = all). tot (may be NULL) gets the totals.
 * Returns 0, a negative status, or fn's non-zero return. */
int tocsin_store_places(tocsin_store *s, const tocsin_event_filter *f, long long max, tocsin_place_fn fn,
                        void *ud, tocsin_place_totals *tot, tocsin_error *err);

typedef struct tocsin_stored_article {
    long long id;
    const char *key, *url, *source, *title, *date, *ingested_at;
} tocsin_stored_article;

typedef int (*tocsin_stored_article_fn)(void *ud, const tocsin_stored_article *a);

/* The articles (one per outlet copy) of a story, oldest first. */
int tocsin_store_story_articles(tocsin_store *s, long long story_id, tocsin_stored_article_fn fn,
                                void *ud, tocsin_error *err);

typedef struct tocsin_story {
    long long id;
    const char *title, *date;
    int n_articles, n_sources, n_events;
    const char *sources; /* outlet names, comma-separated */
} tocsin_story;

typedef int (*tocsin_story_fn)(void *ud, const tocsin_story *st);

/* Stories, newest first (limit 0 = all). */
int tocsin_store_stories(tocsin_store *s, long long limit, tocsin_story_fn fn, void *ud,
                         tocsin_error *err);
/* The same from the offset-th story on (for paging). */
int tocsin_store_stories_page(tocsin_store *s, long long limit, long long offset, tocsin_story_fn fn,
                              void *ud, tocsin_error *err);
/* One story by id: TOCSIN_ENOTFOUND if none. */
int tocsin_store_story(tocsin_store *s, long long id, tocsin_story_fn fn, void *ud, tocsin_error *err);

/* ---- state kept for `tocsin watch` ---- */

typedef struct tocsin_feed_state {
    char *etag, *last_modified; /* for conditional GET; NULL when unknown */
    long long next_poll;        /* unix time of the next poll */
    int failures;               /* consecutive failed polls (for back-off) */
} tocsin_feed_state;

int tocsin_store_feed_get(tocsin_store *s, const char *url, tocsin_feed_state *fs, tocsin_error *err);
int tocsin_store_feed_put(tocsin_store *s, const char *url, const tocsin_feed_state *fs,
                          const char *error, tocsin_error *err);
void tocsin_feed_state_free(tocsin_feed_state *fs);

/* Claims a feed for one poll at `now`, so that watch processes sharing a
 * database (on one machine or several) share its feeds: 1 if the feed was due
 * and is now this process's (its next poll moves to now + lease, so that the
 * others pass it by until this one saves its state with tocsin_store_feed_put,
 * or the lease runs out when it died); 0 if it is not due or another process
 * holds it (*next_poll says when to look again); or a negative status. Outside
 * a batch. On PostgreSQL the row is taken with FOR UPDATE SKIP LOCKED: a
 * process never waits for another's claim. */
int tocsin_store_feed_claim(tocsin_store *s, const char *url, long long now, long long lease,
                            long long *next_poll, tocsin_error *err);

typedef struct tocsin_item_state {
    int known, done, attempts;
    long long next_try; /* unix time of the next retry of a failed item */
} tocsin_item_state;

int tocsin_store_item_get(tocsin_store *s, const char *feed, const char *guid, tocsin_item_state *is,
                          tocsin_error *err);
int tocsin_store_item_put(tocsin_store *s, const char *feed, const char *guid, const char *link,
                          const tocsin_item_state *is, const char *error, tocsin_error *err);

/* Failed items of a feed whose retry is due at `now`: fn(ud, guid, link). */
typedef int (*tocsin_due_fn)(void *ud, const char *guid, const char *link);
int tocsin_store_items_due(tocsin_store *s, const char *feed, long long now, tocsin_due_fn fn, void *ud,
                           tocsin_error *err);

/* ---- copying a database (tocsin copy) ---- */

/* Called after each committed batch of a copy: the table and the rows of it
 * copied so far; a non-zero return stops the copy (returned). */
typedef int (*tocsin_copy_fn)(void *ud, const char *table, long long rows);

/* Copies the articles, sources, stories, sentences, events and watch state
 * of `from` into `to` (either backend, each at this tocsin's schema version),
 * keeping their ids; the analytics' per-day aggregates are not copied (the
 * target builds its own). Rows `to` already holds are skipped and each table
 * goes on from the highest id `to` holds, in committed batches: a copy that
 * was interrupted is completed by running it again, and running it twice adds
 * nothing. `to` must be empty or an earlier copy of `from` (ids are kept).
 * fn may be NULL. */
int tocsin_store_copy(tocsin_store *from, tocsin_store *to, tocsin_copy_fn fn, void *ud, tocsin_error *err);

typedef struct tocsin_store_counts {
    long long articles, stories, sources, events, imported;
} tocsin_store_counts;
int tocsin_store_counts_get(tocsin_store *s, tocsin_store_counts *c, tocsin_error *err);

/* A short text that changes whenever events, stories or articles are added
 * (by any connection or process), into out[cap]. Cheap enough to poll: it
 * reads the highest row ids, not counts. Derived tables (the analytics'
 * aggregates) and watch state do not change it. */
int tocsin_store_change_token(tocsin_store *s, char *out, size_t cap, tocsin_error *err);

#ifdef __cplusplus
}
#endif
#endif
