/* cmd_watch.c - tocsin watch: poll RSS/Atom feeds, fetch new articles and
 * ingest them. State lives in the database: an item fetched once is never
 * fetched again; a failed fetch is retried with back-off and reported. */
#include "cli.h"
#include "tocsin/feed.h"
#include "tocsin/fetch.h"
#include "tocsin/ingest.h"
#include "tocsin/store.h"
#include "web.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_BACKOFF (24 * 3600)

static volatile sig_atomic_t stopping;
static void on_signal(int sig)
{
    (void)sig;
    stopping = 1;
}

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin watch [OPTIONS] FEED_URL...\n"
"\n"
"Polls RSS 2.0 and Atom feeds, fetches each new item's page, extracts its\n"
"main text and ingests it (see tocsin ingest). Polls use conditional GET\n"
"(ETag, Last-Modified): a feed that has not changed costs one small request.\n"
"An item fetched once is never fetched again; a failed item is retried\n"
"later with growing delays (1, 2, 4 ... minutes, at most a day) and every\n"
"failure is reported on standard error. Stop with Ctrl-C: the current item\n"
"is finished and stored first.\n"
"\n"
"Several watch processes, on one machine or several, may share a database\n"
"(PostgreSQL: --db postgresql://...) and the same feed list: each poll of a\n"
"feed is claimed by one of them, so that adding a process adds capacity.\n"
"\n"
"options:\n"
"      --db PATH        database (default ./tocsin.db, created if missing), or a\n"
"                       PostgreSQL URI\n"
"      --every T        poll interval: 90s, 15m, 1h (default 15m)\n"
"      --once           poll each feed once (and retry due items), then exit:\n"
"                       1 if a feed could not be polled (unreachable, an HTTP\n"
"                       error, not a feed); articles that failed are retried\n"
"                       at a later poll and do not change the exit status\n"
"      --dict DIR       dictionary folder\n"
"  -q, --quiet          report failures only\n"
"  -h, --help           this help\n");
}

static long parse_every(const char *s)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || v <= 0 || end == s)
        return -1;
    if (!*end || !strcmp(end, "s"))
        return v;
    if (!strcmp(end, "m"))
        return v * 60;
    if (!strcmp(end, "h"))
        return v * 3600;
    return -1;
}

static long backoff(int attempts)
{
    long d = 60;
    for (int i = 1; i < attempts && d < MAX_BACKOFF; i++)
        d *= 2;
    return d < MAX_BACKOFF ? d : MAX_BACKOFF;
}

typedef struct watcher {
    tocsin_store *store;
    tocsin_ingester *ing;
    long every;
    int quiet;
    unsigned long long fetched, failed;
    unsigned long long feeds_failed; /* polls refused: unreachable, HTTP error, not a feed */
} watcher;

/* One item of a feed: fetch and ingest unless done or not yet due. */
static int do_item(watcher *w, const char *feed, const tocsin_feed_item *it, long long now)
{
    const char *guid = it->guid ? it->guid : it->link;
    if (!guid || !it->link)
        return 0;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    tocsin_item_state is;
    if (tocsin_store_item_get(w->store, feed, guid, &is, &err))
        return TOCSIN_EIO;
    if (is.done || (is.known && now < is.next_try))
        return 0;
    web_article a;
    web_warn_item_date("tocsin watch", feed, it);
    /* fetched before the batch: the database's writer lock is not held
       while the network answers (other processes write meanwhile) */
    int rc = web_fetch_article(it->link, it->title, it->date, &a, &err), got = rc == 0;
    int brc = tocsin_store_begin(w->store, &err);
    if (brc) {
        if (got)
            web_article_free(&a);
        return brc;
    }
    if (got) {
        rc = web_ingest(w->ing, &a, &err);
        web_article_free(&a);
        if (rc < 0 && rc != TOCSIN_EPARSE) {
            tocsin_store_rollback(w->store);
            return rc; /* the database failed: stop */
        }
    }
    is.attempts++;
    if (rc >= 0) {
        is.done = 1;
        w->fetched++;
        if (!w->quiet)
            fprintf(stderr, "tocsin watch: fetched %s\n", it->link);
        rc = tocsin_store_item_put(w->store, feed, guid, it->link, &is, NULL, &err);
    } else {
        is.done = 0;
        is.next_try = now + backoff(is.attempts);
        w->failed++;
        fprintf(stderr, "tocsin watch: %s: %s (attempt %d; retry in %ld s)\n", it->link, err.message,
                is.attempts, (long)(is.next_try - now));
        rc = tocsin_store_item_put(w->store, feed, guid, it->link, &is, err.message, &err);
    }
    if (rc) {
        tocsin_store_rollback(w->store);
        return rc;
    }
    return tocsin_store_commit(w->store, &err);
}

typedef struct due_ctx {
    watcher *w;
    const char *feed;
    long long now;
} due_ctx;

static int retry_due(void *ud, const char *guid, const char *link)
{
    due_ctx *c = ud;
    tocsin_feed_item it = {.guid = (char *)guid, .link = (char *)link};
    return do_item(c->w, c->feed, &it, c->now);
}

/* Longest a claimed feed stays away from other watch processes sharing the
 * database when this one dies during the poll. */
#define CLAIM_LEASE 600

/* One poll of one feed: claimed first (watch processes sharing a database
 * share its feeds), each item fetched, then stored in a batch of its own.
 * Returns a negative status only when the database fails. */
static int poll_feed(watcher *w, const char *url, long long now, long long *next)
{
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_store_feed_claim(w->store, url, now, CLAIM_LEASE < w->every ? CLAIM_LEASE : w->every, next, &err);
    if (rc <= 0) {
        if (rc < 0)
            fprintf(stderr, "tocsin watch: %s\n", err.message);
        return rc;
    }
    rc = 0;
    tocsin_feed_state fs;
    if (tocsin_store_feed_get(w->store, url, &fs, &err))
        return TOCSIN_EIO;
    tocsin_fetch_options o = {0, 0, 0, 0, fs.etag, fs.last_modified};
    tocsin_fetch_result r;
    char problem[300] = "";
    if (tocsin_fetch(url, &o, &r, &err)) {
        snprintf(problem, sizeof problem, "%s", err.message);
    } else if (r.not_modified) {
        if (!w->quiet)
            fprintf(stderr, "tocsin watch: %s: not modified\n", url);
        /* the feed did not change, but failed items may be due again */
        due_ctx dc = {w, url, now};
        rc = tocsin_store_items_due(w->store, url, now, retry_due, &dc, &err);
    } else if (r.status >= 400) {
        snprintf(problem, sizeof problem, "HTTP status %ld", r.status);
    } else {
        tocsin_feed feed;
        if (tocsin_feed_parse(r.body, r.len, &feed, &err)) {
            snprintf(problem, sizeof problem, "not a feed: %s", err.message);
        } else {
            for (size_t i = 0; i < feed.n && !stopping && rc >= 0; i++)
                rc = do_item(w, url, &feed.items[i], now);
            tocsin_feed_free(&feed);
            free(fs.etag);
            free(fs.last_modified);
            fs.etag = r.etag ? strdup(r.etag) : NULL;
            fs.last_modified = r.last_modified ? strdup(r.last_modified) : NULL;
        }
    }
    if (problem[0]) {
        w->feeds_failed++;
        fs.failures++;
        long d = backoff(fs.failures);
        fs.next_poll = now + (d < w->every ? d : w->every);
        fprintf(stderr, "tocsin watch: %s: %s (failure %d; next poll in %lld s)\n", url, problem,
                fs.failures, fs.next_poll - now);
    } else {
        fs.failures = 0;
        fs.next_poll = now + w->every;
    }
    tocsin_fetch_result_free(&r);
    if (rc >= 0)
        rc = tocsin_store_feed_put(w->store, url, &fs, problem[0] ? problem : NULL, &err);
    if (rc < 0)
        fprintf(stderr, "tocsin watch: %s\n", err.message);
    *next = fs.next_poll;
    tocsin_feed_state_free(&fs);
    return rc < 0 ? rc : 0;
}

int cmd_watch(int argc, char **argv)
{
    const char *db = "tocsin.db", *dict = NULL;
    long every = 15 * 60;
    int once = 0, quiet = 0, nf = 0;
    char **feeds = calloc((size_t)argc + 1, sizeof *feeds);
    if (!feeds)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            free(feeds);
            return 0;
        } else if ((!strcmp(a, "--db") || !strcmp(a, "--dict") || !strcmp(a, "--every")) && i + 1 == argc) {
            fprintf(stderr, "tocsin watch: option %s needs a value\n", a);
            free(feeds);
            return 2;
        } else if (!strcmp(a, "--db")) {
            db = argv[++i];
        } else if (!strcmp(a, "--dict")) {
            dict = argv[++i];
        } else if (!strcmp(a, "--every")) {
            every = parse_every(argv[++i]);
            if (every < 1) {
                fprintf(stderr, "tocsin watch: --every wants a duration like 90s, 15m or 1h\n");
                free(feeds);
                return 2;
            }
        } else if (!strcmp(a, "--once")) {
            once = 1;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (a[0] == '-') {
            fprintf(stderr, "tocsin watch: unknown option '%s' (see --help)\n", a);
            free(feeds);
            return 2;
        } else if (strncmp(a, "http://", 7) && strncmp(a, "https://", 8)) {
            fprintf(stderr, "tocsin watch: '%s' is not an http(s) feed URL\n", a);
            free(feeds);
            return 2;
        } else {
            feeds[nf++] = argv[i];
        }
    }
    if (!nf) {
        help(stderr);
        free(feeds);
        return 2;
    }
    int status = 1;
    watcher w;
    memset(&w, 0, sizeof w);
    w.every = every;
    w.quiet = quiet;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    tocsin_dict *d = cli_load_dict(dict, 1);
    if (!d || tocsin_fetch_global_init())
        goto out;
    if (tocsin_store_open(db, TOCSIN_STORE_CREATE, &w.store, &err)) {
        fprintf(stderr, "tocsin watch: %s: %s\n", err.file, err.message);
        goto out;
    }
    if (tocsin_ingester_new(w.store, d, &w.ing))
        goto out;
    tocsin_ingester_set_diag(w.ing, cli_diag, NULL);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    status = 0;
    while (!stopping) {
        long long now = (long long)time(NULL), next = now + every;
        for (int i = 0; i < nf && !stopping; i++) {
            long long nx = next;
            if (poll_feed(&w, feeds[i], now, &nx) < 0) {
                status = 1;
                stopping = 1;
                break;
            }
            if (nx < next)
                next = nx;
        }
        if (once || stopping)
            break;
        long long wait = next - (long long)time(NULL);
        while (wait > 0 && !stopping) {
            sleep(wait > 1 ? 1 : (unsigned)wait);
            wait--;
        }
    }
    tocsin_ingest_stats st;
    tocsin_ingester_get_stats(w.ing, &st);
    if (!quiet)
        fprintf(stderr,
                "tocsin watch: %llu articles fetched (%llu new, %llu copies), %llu events, %llu failed fetch%s "
                "(%llu of feeds, %llu of articles)\n",
                w.fetched, st.fresh, st.copies, st.events, w.failed + w.feeds_failed,
                w.failed + w.feeds_failed == 1 ? "" : "es", w.feeds_failed, w.failed);
    if (once && !status && w.feeds_failed)
        status = 1; /* a feed could not be polled: say so to scripts */
out:
    tocsin_ingester_free(w.ing);
    tocsin_store_close(w.store);
    tocsin_dict_free(d);
    free(feeds);
    return status;
}
