/* api.c - routing and answering the requests of `tocsin serve` (see api.h):
 * refusals first (method, length, hostile targets), then the API with its
 * parameter checks and cache, else the dashboard's files. */
#include "api.h"

#include "api_int.h"
#include "respcache.h"
#include "tocsin/date.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#define CACHE_ENTRIES 1024
#define CACHE_BYTES (64u << 20)
#define MAX_KEY 2048 /* normalised request: path and sorted query */

struct api_server {
    api_config cfg;
    respcache *cache;
    pthread_key_t store_key; /* each worker thread's own database connection */
};

/* one request, from its first line to its end */
typedef struct api_call {
    double t0;
    unsigned status;
    int hit;
    char method[8];
    size_t uri_len; /* of the raw target; uri holds at most API_MAX_URI bytes of it */
    char uri[];
} api_call;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void close_store(void *p)
{
    tocsin_store_close(p);
}

api_server *api_new(const api_config *cfg)
{
    api_server *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->cfg = *cfg;
    a->cache = respcache_new(CACHE_ENTRIES, CACHE_BYTES);
    if (!a->cache || pthread_key_create(&a->store_key, close_store)) {
        respcache_free(a->cache);
        free(a);
        return NULL;
    }
    return a;
}

void api_free(api_server *a)
{
    if (!a)
        return;
    respcache_free(a->cache);
    pthread_key_delete(a->store_key);
    v1_cleanup();
    free(a);
}

void *api_begin(void *cls, const char *uri, struct MHD_Connection *c)
{
    (void)cls;
    (void)c;
    size_t n = strlen(uri);
    size_t keep = n > API_MAX_URI ? API_MAX_URI : n;
    api_call *call = malloc(sizeof *call + keep + 1);
    if (!call)
        return NULL;
    memset(call, 0, sizeof *call);
    call->t0 = now_ms();
    call->uri_len = n;
    memcpy(call->uri, uri, keep);
    call->uri[keep] = '\0';
    return call;
}

void api_end(void *cls, struct MHD_Connection *c, void **req_cls, enum MHD_RequestTerminationCode toe)
{
    api_server *a = cls;
    api_call *call = *req_cls;
    (void)c;
    if (!call)
        return;
    if (a->cfg.verbose) {
        char shown[201];
        size_t k = 0;
        for (const char *p = call->uri; *p && k < sizeof shown - 1; p++)
            shown[k++] = (unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f ? '?' : *p;
        shown[k] = '\0';
        char st[16] = "-";
        if (call->status)
            snprintf(st, sizeof st, "%u", call->status);
        fprintf(stderr, "tocsin serve: %s %s%s %s %.2f ms%s%s\n", call->method[0] ? call->method : "-", shown,
                call->uri_len > k ? "..." : "", st, now_ms() - call->t0, call->hit ? " (cached)" : "",
                toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (not completed)");
    }
    free(call);
    *req_cls = NULL;
}

/* ---- answers ---- */

static void common_headers(struct MHD_Response *r, const char *type)
{
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
}

static void api_headers(struct MHD_Response *r)
{
    common_headers(r, "application/json; charset=utf-8");
    MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
}

static void page_headers(struct MHD_Response *r, const char *type)
{
    common_headers(r, type);
    MHD_add_response_header(r, "Content-Security-Policy", "default-src 'self'");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
}

static enum MHD_Result queue(api_call *call, struct MHD_Connection *c, unsigned status, struct MHD_Response *r)
{
    if (!r)
        return MHD_NO;
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    call->status = status;
    return ret;
}

/* {"error":{"status":400,"message":"..."}} */
static enum MHD_Result answer_error(api_call *call, struct MHD_Connection *c, unsigned status, const char *msg)
{
    tocsin_json *j = tocsin_json_new();
    if (!j)
        return MHD_NO;
    tocsin_json_object(j);
    tocsin_json_key(j, "error");
    tocsin_json_object(j);
    tocsin_json_kint(j, "status", status);
    tocsin_json_kstr(j, "message", msg);
    tocsin_json_object_end(j);
    tocsin_json_object_end(j);
    int bad = tocsin_json_next(j, "\n");
    size_t len;
    const char *body = tocsin_json_text(j, &len);
    struct MHD_Response *r = bad ? NULL : MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY);
    tocsin_json_free(j);
    if (!r)
        return MHD_NO;
    api_headers(r);
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
    return queue(call, c, status, r);
}

/* A request-supplied string fit to quote in a message: printable ASCII. */
static void echo(char out[48], const char *in)
{
    size_t k = 0;
    for (; in && *in && k < 40; in++)
        out[k++] = (unsigned char)*in < 0x20 || (unsigned char)*in >= 0x7f ? '?' : *in;
    if (in && *in)
        out[k++] = '.', out[k++] = '.', out[k++] = '.';
    out[k] = '\0';
}

/* ---- parameters ---- */

int api_fail(api_req *q, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(q->msg, sizeof q->msg, fmt, ap);
    va_end(ap);
    q->status = status;
    return status;
}

const char *api_arg(const api_req *q, const char *name)
{
    for (int k = 0; k < q->np; k++)
        if (!strcmp(q->p[k].key, name))
            return q->p[k].value;
    return NULL;
}

/* Dates go through the program's one parser (tocsin/date.h); the API takes
 * them in the one form it documents, YYYY-MM-DD, so that cache keys and
 * answers name a day one way only. */
int api_arg_date(api_req *q, const char *name, const char **out)
{
    const char *v = api_arg(q, name);
    if (!v)
        return 0;
    long days;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (tocsin_date_parse(v, strlen(v), &days, &err))
        return api_fail(q, 400, "bad '%s': %s", name, err.message);
    char iso[11];
    tocsin_date_format(days, iso);
    if (strcmp(iso, v))
        return api_fail(q, 400, "bad '%s': expected YYYY-MM-DD (%s)", name, iso);
    *out = v;
    return 0;
}

int api_arg_actor(api_req *q, const char *name, const char **out)
{
    const char *v = api_arg(q, name);
    if (!v)
        return 0;
    size_t n = strlen(v);
    int ok = n >= 3 && n <= 15;
    for (size_t i = 0; ok && i < n; i++)
        ok = (v[i] >= 'A' && v[i] <= 'Z') || (v[i] >= '0' && v[i] <= '9');
    if (!ok)
        return api_fail(q, 400, "bad '%s': expected an actor code like PRK or PRKGOV ([A-Z0-9]{3,15})", name);
    *out = v;
    return 0;
}

int api_arg_int(api_req *q, const char *name, long long lo, long long hi, long long *out)
{
    const char *v = api_arg(q, name);
    if (!v)
        return 0;
    long long x = 0;
    int ok = *v != '\0' && strlen(v) <= 12;
    for (const char *p = v; ok && *p; p++) {
        ok = *p >= '0' && *p <= '9';
        x = x * 10 + (*p - '0');
    }
    if (!ok || x < lo || x > hi)
        return api_fail(q, 400, "bad '%s': expected a whole number from %lld to %lld", name, lo, hi);
    *out = x;
    return 0;
}

int api_arg_bool(api_req *q, const char *name, int *out)
{
    const char *v = api_arg(q, name);
    if (!v)
        return 0;
    if (!strcmp(v, "1") || !strcmp(v, "true"))
        *out = 1;
    else if (!strcmp(v, "0") || !strcmp(v, "false"))
        *out = 0;
    else
        return api_fail(q, 400, "bad '%s': expected 1 or 0", name);
    return 0;
}

void api_actor_key(const char *actor, char out[16])
{
    size_t n = strlen(actor);
    snprintf(out, 16, "%.*s", (int)(n == 3 || n == 6 ? 3 : (n < 15 ? n : 15)), actor);
}

/* ---- routing ---- */

static const struct route {
    const char *path;
    int with_id; /* path is a prefix followed by a number */
    api_handler fn;
    const char *params; /* the parameters it takes, space-separated */
} routes[] = {
    {"/api/v1/status", 0, v1_status, ""},
    {"/api/v1/events", 0, v1_events, " actor a b directed since until code limit offset country bbox place "},
    {"/api/v1/places", 0, v1_places, " actor a b directed since until code limit country bbox place "},
    {"/api/v1/events/", 1, v1_event, ""},
    {"/api/v1/stories", 0, v1_stories, " limit offset "},
    {"/api/v1/stories/", 1, v1_story, ""},
    {"/api/v1/dyads", 0, v1_dyads, " q since until limit "},
    {"/api/v1/ladder", 0, v1_ladder, " a b by since until "},
    {"/api/v1/alerts", 0, v1_alerts, " since until lookback min_rung max actor sort place country "},
    {"/api/v1/network", 0, v1_network, " since until min_events max_edges actor "},
};

typedef struct collect {
    api_req *q;
    int overflow;
} collect;

static enum MHD_Result add_param(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    collect *c = cls;
    (void)kind;
    if (c->q->np >= API_MAX_PARAMS) {
        c->overflow = 1;
        return MHD_NO;
    }
    c->q->p[c->q->np].key = key ? key : "";
    c->q->p[c->q->np].value = value ? value : "";
    c->q->np++;
    return MHD_YES;
}

static int by_key(const void *x, const void *y)
{
    const char *const *a = x, *const *b = y;
    return strcmp(*a, *b);
}

/* path?k=v&k=v with the parameters sorted and '%', '&', '=' and odd
 * bytes of values escaped, so that distinct requests get distinct keys */
int api_cache_key(const char *path, const api_req *q, char *out, size_t cap)
{
    char items[API_MAX_PARAMS][256];
    const char *sorted[API_MAX_PARAMS];
    for (int k = 0; k < q->np; k++) {
        size_t o = 0;
        o += (size_t)snprintf(items[k], sizeof items[k], "%s=", q->p[k].key);
        for (const char *v = q->p[k].value; *v && o + 4 < sizeof items[k]; v++) {
            unsigned char ch = (unsigned char)*v;
            if (ch <= 0x20 || ch >= 0x7f || ch == '%' || ch == '&' || ch == '=')
                o += (size_t)snprintf(items[k] + o, 4, "%%%02X", ch);
            else
                items[k][o++] = (char)ch;
        }
        if (o + 4 >= sizeof items[k])
            return -1; /* longer than any valid value */
        items[k][o] = '\0';
        sorted[k] = items[k];
    }
    qsort(sorted, (size_t)q->np, sizeof *sorted, by_key);
    size_t o = (size_t)snprintf(out, cap, "%s", path);
    for (int k = 0; k < q->np && o < cap; k++)
        o += (size_t)snprintf(out + o, cap - o, "%c%s", k ? '&' : '?', sorted[k]);
    return o < cap ? 0 : -1;
}

int api_check_params(const api_req *q, const char *allowed, char *msg, size_t cap)
{
    char shown[48];
    for (int k = 0; k < q->np; k++) {
        char pat[72];
        int unknown = strlen(q->p[k].key) > 32 || strchr(q->p[k].key, ' ');
        if (!unknown) {
            snprintf(pat, sizeof pat, " %s ", q->p[k].key);
            unknown = !q->p[k].key[0] || !strstr(allowed, pat);
        }
        echo(shown, q->p[k].key);
        if (unknown) {
            snprintf(msg, cap, "unknown parameter '%s'", shown);
            return 400;
        }
        for (int j = 0; j < k; j++)
            if (!strcmp(q->p[j].key, q->p[k].key)) {
                snprintf(msg, cap, "parameter '%s' given twice", shown);
                return 400;
            }
    }
    return 0;
}

static tocsin_store *thread_store(api_server *a, char *why, size_t cap)
{
    tocsin_store *s = pthread_getspecific(a->store_key);
    if (s)
        return s;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (tocsin_store_open(a->cfg.db, TOCSIN_STORE_READONLY, &s, &err)) {
        snprintf(why, cap, "database unavailable: %s", err.message);
        return NULL;
    }
    if (pthread_setspecific(a->store_key, s)) {
        tocsin_store_close(s);
        snprintf(why, cap, "out of memory");
        return NULL;
    }
    return s;
}

static enum MHD_Result answer_api(api_server *a, api_call *call, struct MHD_Connection *c, const char *path)
{
    const struct route *rt = NULL;
    const char *id = NULL;
    for (size_t k = 0; k < sizeof routes / sizeof routes[0] && !rt; k++) {
        size_t n = strlen(routes[k].path);
        if (!routes[k].with_id && !strcmp(path, routes[k].path)) {
            rt = &routes[k];
        } else if (routes[k].with_id && !strncmp(path, routes[k].path, n) && path[n] &&
                   strspn(path + n, "0123456789") == strlen(path + n) && strlen(path + n) <= 18) {
            rt = &routes[k];
            id = path + n;
        }
    }
    if (!rt)
        return answer_error(call, c, MHD_HTTP_NOT_FOUND, "no such endpoint (see doc/api.md)");
    api_req q;
    memset(&q, 0, sizeof q);
    q.l = a->cfg.ladder;
    q.writable = a->cfg.writable;
    q.id = id;
    collect col = {&q, 0};
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_param, &col);
    if (col.overflow)
        return answer_error(call, c, MHD_HTTP_BAD_REQUEST, "too many parameters");
    char msg[160];
    if (api_check_params(&q, rt->params, msg, sizeof msg))
        return answer_error(call, c, MHD_HTTP_BAD_REQUEST, msg);
    dbwatch_get(a->cfg.watch, &q.snap);
    char key[MAX_KEY];
    int cacheable = api_cache_key(path, &q, key, sizeof key) == 0;
    enum MHD_Result ret;
    if (cacheable && respcache_queue(a->cache, key, q.snap.gen, c, &ret, &call->status)) {
        call->hit = 1;
        return ret;
    }
    char why[300];
    q.s = thread_store(a, why, sizeof why);
    if (!q.s)
        return answer_error(call, c, MHD_HTTP_SERVICE_UNAVAILABLE, why);
    q.out = tocsin_json_new();
    if (!q.out)
        return answer_error(call, c, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
    int status = rt->fn(&q);
    /* a handler that returns 200 has written one complete value */
    int bad = status == 200 ? tocsin_json_next(q.out, "\n") : 0;
    if (status != 200 || bad) {
        tocsin_json_free(q.out);
        return answer_error(call, c, bad ? 500 : (unsigned)status, bad ? tocsin_strerror(bad) : q.msg);
    }
    size_t len;
    const char *body = tocsin_json_text(q.out, &len);
    struct MHD_Response *r = MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY);
    tocsin_json_free(q.out);
    if (!r)
        return MHD_NO;
    api_headers(r);
    ret = MHD_queue_response(c, MHD_HTTP_OK, r);
    call->status = MHD_HTTP_OK;
    if (cacheable)
        respcache_put(a->cache, key, q.snap.gen, r, MHD_HTTP_OK, len);
    else
        MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result answer_file(api_server *a, api_call *call, struct MHD_Connection *c, const char *path)
{
    webfile f;
    int st = webfiles_find(a->cfg.web, path, &f);
    if (st == 200) {
        struct MHD_Response *r = MHD_create_response_from_fd((uint64_t)f.size, f.fd);
        if (!r) {
            close(f.fd);
            return MHD_NO;
        }
        page_headers(r, f.type);
        return queue(call, c, MHD_HTTP_OK, r);
    }
    if (st == 404 && !strcmp(path, "/")) {
        const char *page = webfiles_missing_page();
        struct MHD_Response *r =
            MHD_create_response_from_buffer(strlen(page), (void *)page, MHD_RESPMEM_PERSISTENT);
        if (!r)
            return MHD_NO;
        page_headers(r, "text/html; charset=utf-8");
        return queue(call, c, MHD_HTTP_OK, r);
    }
    return answer_error(call, c, (unsigned)st, st == 400 ? "bad path" : "not found");
}

/* Encoded slashes, backslashes and NUL bytes have no business in a path;
 * '%' must start an escape. The decoded path is checked again later. */
int api_hostile_target(const char *uri)
{
    if (uri[0] != '/')
        return 1; /* absolute-form or garbage */
    size_t path_end = strcspn(uri, "?");
    for (size_t i = 0; uri[i]; i++) {
        unsigned char ch = (unsigned char)uri[i];
        if (ch < 0x20 || ch == 0x7f || (ch == '\\' && i < path_end))
            return 1;
        if (ch != '%')
            continue;
        const char *h = uri + i + 1;
        if (!h[0] || !h[1] || !strchr("0123456789abcdefABCDEF", h[0]) || !strchr("0123456789abcdefABCDEF", h[1]))
            return 1;
        if (h[0] == '0' && h[1] == '0')
            return 1;
        if (i < path_end && h[0] == '2' && (h[1] == 'f' || h[1] == 'F'))
            return 1;
        if (i < path_end && h[0] == '5' && (h[1] == 'c' || h[1] == 'C'))
            return 1;
    }
    return 0;
}

static int ip_literal(const char *h, size_t n)
{
    if (n >= 2 && h[0] == '[' && h[n - 1] == ']')
        return strspn(h + 1, "0123456789abcdef:.") == n - 2;
    int dots = 0;
    for (size_t i = 0; i < n; i++) {
        if (h[i] == '.')
            dots++;
        else if (h[i] < '0' || h[i] > '9')
            return 0;
    }
    return dots == 3;
}

static int same_name(const char *a, size_t n, const char *b)
{
    return b && strlen(b) == n && !strncasecmp(a, b, n);
}

int api_host_ok(const api_config *cfg, const char *host, const char *version)
{
    if (!host)
        return !version || strcmp(version, MHD_HTTP_VERSION_1_1) != 0;
    size_t len = strlen(host);
    if (len == 0 || len > API_MAX_HOST)
        return 0;
    /* name[:port] or [v6][:port] */
    const char *colon = host[0] == '[' ? strchr(host, ']') : strchr(host, ':');
    if (host[0] == '[') {
        if (!colon)
            return 0;
        colon = colon[1] == ':' ? colon + 1 : (colon[1] ? NULL : colon + 1);
        if (!colon)
            return 0;
    }
    size_t n = colon ? (size_t)(colon - host) : len;
    if (colon && *colon == ':') {
        const char *p = colon + 1;
        if (!*p || strspn(p, "0123456789") != strlen(p) || strlen(p) > 5 || strtoul(p, NULL, 10) != cfg->port)
            return 0;
    }
    if (n && host[n - 1] == '.') /* "localhost." names the same host */
        n--;
    if (!n)
        return 0;
    if (same_name(host, n, "localhost") || same_name(host, n, cfg->listen_host))
        return 1;
    if (cfg->listen_any && ip_literal(host, n))
        return 1;
    for (int k = 0; k < cfg->nallow; k++)
        if (same_name(host, n, cfg->allow[k]))
            return 1;
    return 0;
}

enum MHD_Result api_answer(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                           const char *version, const char *upload_data, size_t *upload_data_size,
                           void **req_cls)
{
    api_server *a = cls;
    api_call *call = *req_cls;
    (void)upload_data;
    if (!call)
        return MHD_NO; /* api_begin ran out of memory: drop the connection */
    if (!call->method[0]) {
        snprintf(call->method, sizeof call->method, "%s", method);
        /* a page the analyst visits may rebind its own name to 127.0.0.1:
           only names of this server are answered */
        const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
        if (!host && version && !strcmp(version, MHD_HTTP_VERSION_1_1))
            return answer_error(call, c, MHD_HTTP_BAD_REQUEST, "HTTP/1.1 request without a Host header");
        if (!api_host_ok(&a->cfg, host, version))
            return answer_error(call, c, 421,
                                "this server does not answer for that host name (tocsin serve --allow-host NAME)");
        /* other methods are refused at once (MHD then closes the
           connection rather than read a body); GET and HEAD are answered
           at the next call, once the request is read, which keeps the
           connection alive for the next request */
        if (strcmp(method, MHD_HTTP_METHOD_GET) && strcmp(method, MHD_HTTP_METHOD_HEAD))
            return answer_error(call, c, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET and HEAD are served");
        return MHD_YES;
    }
    if (*upload_data_size) {
        *upload_data_size = 0; /* a body sent with GET: ignored */
        return MHD_YES;
    }
    if (call->uri_len > API_MAX_URI)
        return answer_error(call, c, MHD_HTTP_URI_TOO_LONG, "request target too long");
    if (api_hostile_target(call->uri))
        return answer_error(call, c, MHD_HTTP_BAD_REQUEST, "bad request target");
    if (!strncmp(url, "/api/", 5) || !strcmp(url, "/api"))
        return answer_api(a, call, c, url);
    return answer_file(a, call, c, url);
}
