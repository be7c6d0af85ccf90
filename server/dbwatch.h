/* dbwatch.h - what `tocsin serve` knows of its database between requests:
 * a thread polls the store's change token (a few times a second, never per
 * request), brings the analytics' per-day aggregates up to date when it
 * moves, and publishes a snapshot: the version answered by /api/v1/status,
 * the counts and date range, and a generation that invalidates cached
 * answers. Writers (tocsin ingest, tocsin watch) may run at the same time. */
#ifndef TOCSIN_CLI_DBWATCH_H
#define TOCSIN_CLI_DBWATCH_H

#include "tocsin/analytics.h"

typedef struct dbwatch_snap {
    unsigned long long gen;           /* grows whenever the answers may change */
    char version[96];                 /* opaque; changes with the data */
    long long events, stories, articles;
    char first_date[11], last_date[11]; /* of dated events; "" when none */
} dbwatch_snap;

typedef struct dbwatch dbwatch;

/* Opens db (writable when it can be, only to refresh the aggregates, the
 * way tocsin alerts does), refreshes them, takes the first snapshot and
 * starts polling every period_ms. Prints what went wrong (prefixed by
 * prog) and returns non-zero on failure. l must outlive the watcher. */
int dbwatch_start(const char *prog, const char *db, const tocsin_ladder *l, int period_ms, int verbose,
                  dbwatch **out);

/* The current snapshot (a copy). */
void dbwatch_get(dbwatch *w, dbwatch_snap *out);

/* 1 if the aggregates are kept up to date, 0 if the database cannot be
 * written here (analytics then read the aggregates as they are). */
int dbwatch_refreshing(dbwatch *w);

void dbwatch_stop(dbwatch *w); /* NULL allowed; joins the thread */

#endif
