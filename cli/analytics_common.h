/* analytics_common.h - what the analytics subcommands share: opening the
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

/* 1 if s is YYYY-MM-DD. */
int valid_date(const char *s);

/* "30d", "12w", "6m", "1y" -> days; -1 if bad. */
int parse_window(const char *s);

#endif
