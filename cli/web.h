/* web.h - what `ingest` and `watch` share for the web: fetching a page or a
 * feed and turning a page into an article. */
#ifndef TOCSIN_CLI_WEB_H
#define TOCSIN_CLI_WEB_H

#include "tocsin/feed.h"
#include "tocsin/fetch.h"
#include "tocsin/ingest.h"

#include <stddef.h>

typedef struct web_article {
    char *key, *url, *source, *title, *date;
    char *text; /* headline, blank line, main text */
    size_t len;
} web_article;

/* Fetches url and extracts an article (HTML main text, or plain text).
 * title and date from a feed item win over the page's own when given.
 * Returns 0, or a negative status with a message in err (wrong content
 * type, not HTML, empty page, HTTP error). */
int web_fetch_article(const char *url, const char *title, const char *date, web_article *out,
                      tocsin_error *err);
void web_article_free(web_article *a);

/* Ingests a fetched article inside the current batch (see tocsin/ingest.h). */
int web_ingest(tocsin_ingester *g, const web_article *a, tocsin_error *err);

/* Says on stderr that a feed item's date could not be read (and that the
 * page's own date is used instead), if so. */
void web_warn_item_date(const char *prog, const char *feed_url, const tocsin_feed_item *it);

/* Is this response a feed (RSS/Atom) rather than a page? */
int web_is_feed(const tocsin_fetch_result *r);

/* The host of a URL, without "www.", into out[cap] (empty if none). */
void web_host(const char *url, char *out, size_t cap);

#endif
