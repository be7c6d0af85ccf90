/* dbwatch.c - the database poller of `tocsin serve` (see dbwatch.h). One
 * connection of its own, used by this thread only. */
#include "dbwatch.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define REFRESH_WAIT_MS 50 /* a refresh waits this long for a writer's lock, then tries next tick */

struct dbwatch {
    pthread_t thread;
    int started, stop;
    pthread_mutex_t mu; /* guards snap and stop */
    pthread_cond_t wake;
    tocsin_store *s;
    const tocsin_ladder *l;
    const char *prog;
    int refreshing, verbose, period_ms;
    char token[64];  /* the store's change token last published */
    unsigned late;   /* refreshes that completed after their version was out */
    int pending;     /* a version is out whose aggregates could not be refreshed */
    dbwatch_snap snap;
};

static void say(const dbwatch *w, const char *what, const tocsin_error *err, int rc)
{
    fprintf(stderr, "%s: %s: %s\n", w->prog, what, err->message[0] ? err->message : tocsin_strerror(rc));
}

/* counts and dates for the snapshot: read once per version, not per request */
static void publish(dbwatch *w)
{
    dbwatch_snap n;
    memset(&n, 0, sizeof n);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    tocsin_store_counts c;
    if (tocsin_store_counts_get(w->s, &c, &err) == 0) {
        n.events = c.events + c.imported;
        n.stories = c.stories;
        n.articles = c.articles;
    }
    tocsin_first_date(w->s, n.first_date, &err);
    tocsin_last_date(w->s, n.last_date, &err);
    if (w->late)
        snprintf(n.version, sizeof n.version, "%s-%u", w->token, w->late);
    else
        snprintf(n.version, sizeof n.version, "%s", w->token);
    pthread_mutex_lock(&w->mu);
    n.gen = w->snap.gen + 1;
    w->snap = n;
    pthread_mutex_unlock(&w->mu);
}

static void tick(dbwatch *w)
{
    tocsin_error err;
    memset(&err, 0, sizeof err);
    char tok[64];
    int rc = tocsin_store_change_token(w->s, tok, sizeof tok, &err);
    if (rc) {
        if (w->verbose)
            say(w, "polling the database", &err, rc);
        return;
    }
    int moved = strcmp(tok, w->token) != 0;
    if (!moved && !w->pending)
        return;
    if (w->refreshing) {
        rc = tocsin_analytics_refresh(w->s, w->l, &err);
        if (rc) {
            if (w->verbose)
                say(w, "refreshing the aggregates", &err, rc);
            /* a writer holds the lock (an ingest commits every half
               second or so): the new counts are published now, and the
               aggregates follow when the lock is free */
            if (!moved)
                return;
            w->pending = 1;
        } else if (!moved) {
            w->pending = 0; /* the aggregates caught up with a version that is out */
            w->late++;
        } else {
            w->pending = 0;
        }
    }
    snprintf(w->token, sizeof w->token, "%s", tok);
    publish(w);
}

static void *run(void *arg)
{
    dbwatch *w = arg;
    pthread_mutex_lock(&w->mu);
    while (!w->stop) {
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        t.tv_nsec += (long)(w->period_ms % 1000) * 1000000L;
        t.tv_sec += w->period_ms / 1000 + t.tv_nsec / 1000000000L;
        t.tv_nsec %= 1000000000L;
        int r = 0;
        while (!w->stop && r != ETIMEDOUT)
            r = pthread_cond_timedwait(&w->wake, &w->mu, &t);
        if (w->stop)
            break;
        pthread_mutex_unlock(&w->mu);
        tick(w);
        pthread_mutex_lock(&w->mu);
    }
    pthread_mutex_unlock(&w->mu);
    return NULL;
}

int dbwatch_start(const char *prog, const char *db, const tocsin_ladder *l, int period_ms, int verbose,
                  dbwatch **out)
{
    *out = NULL;
    dbwatch *w = calloc(1, sizeof *w);
    if (!w) {
        fprintf(stderr, "%s: out of memory\n", prog);
        return 1;
    }
    w->prog = prog;
    w->l = l;
    w->verbose = verbose;
    w->period_ms = period_ms > 0 ? period_ms : 250;
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->wake, NULL);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    /* writable when possible, so the aggregates can be brought up to date */
    w->refreshing = tocsin_store_open(db, 0, &w->s, &err) == 0;
    if (!w->refreshing) {
        memset(&err, 0, sizeof err);
        if (tocsin_store_open(db, TOCSIN_STORE_READONLY, &w->s, &err)) {
            fprintf(stderr, "%s: %s: %s\n", prog, err.file[0] ? err.file : db, err.message);
            dbwatch_stop(w);
            return 1;
        }
    }
    int rc = w->refreshing ? tocsin_analytics_refresh(w->s, l, &err) : 0;
    if (w->refreshing)
        tocsin_store_set_busy_timeout(w->s, REFRESH_WAIT_MS);
    if (rc) {
        /* a file we may read but not write: serve the aggregates as they are */
        fprintf(stderr, "%s: cannot refresh the aggregates (%s); analytics read them as they are\n", prog,
                err.message[0] ? err.message : tocsin_strerror(rc));
        tocsin_store_close(w->s);
        w->s = NULL;
        w->refreshing = 0;
        memset(&err, 0, sizeof err);
        if (tocsin_store_open(db, TOCSIN_STORE_READONLY, &w->s, &err)) {
            fprintf(stderr, "%s: %s: %s\n", prog, db, err.message);
            dbwatch_stop(w);
            return 1;
        }
    }
    if ((rc = tocsin_store_change_token(w->s, w->token, sizeof w->token, &err))) {
        fprintf(stderr, "%s: %s: %s\n", prog, db, err.message[0] ? err.message : tocsin_strerror(rc));
        dbwatch_stop(w);
        return 1;
    }
    publish(w);
    if (pthread_create(&w->thread, NULL, run, w)) {
        fprintf(stderr, "%s: cannot start a thread\n", prog);
        dbwatch_stop(w);
        return 1;
    }
    w->started = 1;
    *out = w;
    return 0;
}

void dbwatch_get(dbwatch *w, dbwatch_snap *out)
{
    pthread_mutex_lock(&w->mu);
    *out = w->snap;
    pthread_mutex_unlock(&w->mu);
}

int dbwatch_refreshing(dbwatch *w)
{
    return w->refreshing;
}

void dbwatch_stop(dbwatch *w)
{
    if (!w)
        return;
    if (w->started) {
        pthread_mutex_lock(&w->mu);
        w->stop = 1;
        pthread_cond_signal(&w->wake);
        pthread_mutex_unlock(&w->mu);
        pthread_join(w->thread, NULL);
    }
    tocsin_store_close(w->s);
    pthread_cond_destroy(&w->wake);
    pthread_mutex_destroy(&w->mu);
    free(w);
}
