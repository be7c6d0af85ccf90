/* api.h - the requests of `tocsin serve`: routing, the JSON API v1
 * (doc/api.md) with its parameter checks and answer cache, the dashboard's
 * files, and the refusals (405, 414, 400 for hostile paths). The three
 * callbacks below are given to libmicrohttpd; its worker threads call
 * them, each with a database connection of its own, opened on first use. */
#ifndef TOCSIN_CLI_API_H
#define TOCSIN_CLI_API_H

#include "dbwatch.h"
#include "webfiles.h"

#include "tocsin/analytics.h"

#include <microhttpd.h>

#define API_MAX_URI 4096 /* longer request targets get 414 */
#define API_MAX_HOST 255 /* a longer Host header is refused */

typedef struct api_config {
    const char *db;              /* the database file */
    const tocsin_ladder *ladder; /* shared, read-only */
    dbwatch *watch;              /* versions and the cache generation */
    webfiles *web;               /* the dashboard's files */
    int writable;                /* --writable (no write endpoint exists in v1) */
    int verbose;                 /* one line per request on stderr */
    /* Host headers answered (against DNS rebinding); others get 421 */
    const char *listen_host;     /* the listening address as shown: "127.0.0.1", "[::1]" */
    int listen_any;              /* bound to every address: any IP literal names us */
    unsigned port;               /* the listening port; a Host with another port is refused */
    const char *const *allow;    /* more names (--allow-host), lowercase */
    int nallow;
} api_config;

typedef struct api_server api_server;

api_server *api_new(const api_config *cfg); /* NULL: out of memory */
void api_free(api_server *a);               /* after the daemon stopped; NULL allowed */

/* MHD_OPTION_URI_LOG_CALLBACK: keeps the raw request target. */
void *api_begin(void *cls, const char *uri, struct MHD_Connection *c);

/* The MHD access handler. */
enum MHD_Result api_answer(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                           const char *version, const char *upload_data, size_t *upload_data_size,
                           void **req_cls);

/* 1 if a request with this Host header (NULL: none) and HTTP version may be
 * answered: the listening address or localhost or an allowed name, with the
 * listening port or none; HTTP/1.1 must name a host, HTTP/1.0 need not. */
int api_host_ok(const api_config *cfg, const char *host, const char *version);

/* 1 if a raw request target is hostile (not a plain absolute path, encoded
 * slashes or dot segments): answered 400. */
int api_hostile_target(const char *uri);

/* MHD_OPTION_NOTIFY_COMPLETED: logs (with -v) and frees the request. */
void api_end(void *cls, struct MHD_Connection *c, void **req_cls, enum MHD_RequestTerminationCode toe);

#endif
