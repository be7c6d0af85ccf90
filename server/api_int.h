/* api_int.h - what the API's router (api.c) gives the endpoint handlers
 * (api_v1.c): the request's checked parameters, the thread's database
 * connection, the snapshot the answer belongs to, and the body stream. */
#ifndef TOCSIN_CLI_API_INT_H
#define TOCSIN_CLI_API_INT_H

#include "dbwatch.h"

#include "tocsin/analytics.h"
#include "tocsin/json.h"
#include "tocsin/store.h"

#define API_MAX_PARAMS 16

typedef struct api_req {
    tocsin_store *s;             /* this thread's connection (read-only) */
    const tocsin_ladder *l;
    dbwatch_snap snap;           /* the version this answer is for */
    int writable;
    const char *id;              /* {id} of /api/v1/events/{id} and /stories/{id} */
    struct {
        const char *key, *value; /* decoded; value "" when absent */
    } p[API_MAX_PARAMS];
    int np;
    tocsin_json *out;            /* the JSON body */
    int status;
    char msg[200];               /* why, for an error */
} api_req;

/* An endpoint: writes its JSON value to q->out and returns 200, or returns
 * api_fail()'s status (the body is then replaced by the error object). */
typedef int (*api_handler)(api_req *q);

int v1_status(api_req *q);
int v1_events(api_req *q);
int v1_places(api_req *q);
int v1_event(api_req *q);
int v1_stories(api_req *q);
int v1_story(api_req *q);
int v1_dyads(api_req *q);
int v1_ladder(api_req *q);
int v1_alerts(api_req *q);
int v1_network(api_req *q);
void v1_cleanup(void); /* frees what the endpoints keep between requests */

/* Records an error (status, printf-style message) and returns the status. */
int api_fail(api_req *q, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The request's parameters against an endpoint's (allowed: " a b c "):
 * 0, or 400 with the reason (an unknown or repeated name) in msg[cap]. */
int api_check_params(const api_req *q, const char *allowed, char *msg, size_t cap);

/* The answer cache's key of a request: path?k=v&... with the parameters
 * sorted and odd bytes escaped; -1 if it does not fit out[cap]. */
int api_cache_key(const char *path, const api_req *q, char *out, size_t cap);

/* A parameter's value, NULL when absent. */
const char *api_arg(const api_req *q, const char *name);

/* Checked parameters: each returns 0 (*out set, or left alone when the
 * parameter is absent) or a 400 recorded with api_fail naming it. */
int api_arg_date(api_req *q, const char *name, const char **out);         /* YYYY-MM-DD */
int api_arg_actor(api_req *q, const char *name, const char **out);        /* [A-Z0-9]{3,15} */
int api_arg_int(api_req *q, const char *name, long long lo, long long hi, long long *out);
int api_arg_bool(api_req *q, const char *name, int *out);                 /* 0/1/true/false */

/* The aggregates' key of an actor: RUSGOV -> RUS (as the store does). */
void api_actor_key(const char *actor, char out[16]);

#endif
