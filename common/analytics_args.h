/* analytics_args.h - what the analytics subcommands share: opening the
 * database and the ladder table, parsing dates. */
#ifndef TOCSIN_CLI_ANALYTICS_H
#define TOCSIN_CLI_ANALYTICS_H

#include "tocsin/analytics.h"
#include "tocsin/store.h"

/* Opens db (writable if possible: the aggregates are refreshed) and the
 * ladder (dict/ladder.txt of the dictionary folder, or ladder_path).
 * Prints the problem and returns non-zero on failure. */
int open_analytics(const char *prog, const char *db, const char *dict, const char *ladder_path,
                   tocsin_store **s, tocsin_ladder **l);

/* The options ladder, alerts, chart and report share. */
typedef struct analytics_args {
    const char *db, *dict, *ladder; /* db defaults to "tocsin.db" */
    const char *since, *until;      /* validated YYYY-MM-DD, or NULL */
} analytics_args;

/* Takes --db, --dict, --ladder, --since or --until with its value into a:
 * returns 1 if opt is one of them, 0 if not, -1 after printing what is wrong
 * with the value (exit status 2). */
int analytics_option(const char *prog, const char *opt, const char *val, analytics_args *a);

/* "30d", "12w", "6m", "1y" -> days; -1 if bad. */
int parse_window(const char *s);

#endif
