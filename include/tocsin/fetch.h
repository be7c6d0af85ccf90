/* tocsin/fetch.h - fetching pages and feeds over HTTP(S) with libcurl:
 * timeouts, redirects, a size cap, and conditional GET (ETag and
 * Last-Modified) so that polling an unchanged feed costs almost nothing. */
#ifndef TOCSIN_FETCH_H
#define TOCSIN_FETCH_H

#include "tocsin/status.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tocsin_fetch_options {
    long timeout_s;            /* whole transfer; 0 = 30 */
    long connect_timeout_s;    /* 0 = 10 */
    size_t max_bytes;          /* body cap; 0 = 16 MiB; larger bodies fail with TOCSIN_ELIMIT */
    long max_redirects;        /* 0 = 5 */
    const char *etag;          /* send If-None-Match; may be NULL */
    const char *last_modified; /* send If-Modified-Since; may be NULL */
} tocsin_fetch_options;

typedef struct tocsin_fetch_result {
    long status;          /* HTTP status (200, 304, 404, ...) */
    int not_modified;     /* 1 on 304 */
    char *body;           /* NUL-terminated, len bytes; NULL on 304 */
    size_t len;
    char *content_type;   /* as sent, or NULL */
    char *etag;           /* for the next conditional request, or NULL */
    char *last_modified;
    char *final_url;      /* after redirects */
} tocsin_fetch_result;

/* Fetches url into *r. Returns 0 when a response came (check r->status:
 * 4xx/5xx are results too), or a negative status with err filled (network
 * error, time-out, body over the cap, unsupported scheme). Thread-safe once
 * tocsin_fetch_global_init has run. */
int tocsin_fetch(const char *url, const tocsin_fetch_options *o, tocsin_fetch_result *r,
                 tocsin_error *err);
void tocsin_fetch_result_free(tocsin_fetch_result *r); /* NULL allowed; zeroes *r */

/* libcurl's process-wide set-up; call once before any thread fetches. */
int tocsin_fetch_global_init(void);

#ifdef __cplusplus
}
#endif
#endif
