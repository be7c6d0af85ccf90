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

typedef struct api_config {
    const char *db;              /* the database file */
    const tocsin_ladder *ladder; /* shared, read-only */
    dbwatch *watch;              /* versions and the cache generation */
    webfiles *web;               /* the dashboard's files */
    int writable;                /* --writable (no write endpoint exists in v1) */
    int verbose;                 /* one line per request on stderr */
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

/* MHD_OPTION_NOTIFY_COMPLETED: logs (with -v) and frees the request. */
void api_end(void *cls, struct MHD_Connection *c, void **req_cls, enum MHD_RequestTerminationCode toe);

#endif
