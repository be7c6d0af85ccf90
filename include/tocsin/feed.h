/* tocsin/feed.h - RSS 2.0 and Atom feeds (libxml2's XML parser). */
#ifndef TOCSIN_FEED_H
#define TOCSIN_FEED_H

#include "tocsin/status.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One entry of a feed; strings are owned by the feed, NULL when absent. */
typedef struct tocsin_feed_item {
    char *guid;    /* RSS <guid>, Atom <id>; falls back to the link */
    char *link;    /* RSS <link>, Atom <link rel="alternate" href> (or the first link) */
    char *title;
    char *date;    /* YYYY-MM-DD from pubDate (RFC 822) / published / updated (RFC 3339) */
    char *summary; /* description / summary / content, tags stripped */
    char *date_text; /* the item's date as written when it could not be read (date is
                        then NULL), so the caller can say which and why; else NULL */
} tocsin_feed_item;

typedef struct tocsin_feed {
    char *title;
    tocsin_feed_item *items;
    size_t n;
} tocsin_feed;

/* Parses a feed of n bytes. At most TOCSIN_FEED_MAX_ITEMS items are kept.
 * Returns 0, TOCSIN_EPARSE (not XML, or neither RSS nor Atom; err says
 * which), or TOCSIN_ENOMEM. */
#define TOCSIN_FEED_MAX_ITEMS 10000
int tocsin_feed_parse(const char *xml, size_t n, tocsin_feed *out, tocsin_error *err);
void tocsin_feed_free(tocsin_feed *f); /* NULL allowed; leaves *f zeroed */

#ifdef __cplusplus
}
#endif
#endif
