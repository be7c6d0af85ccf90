/* fetch.c - HTTP(S) GET with libcurl (see tocsin/fetch.h). Only http and
 * https are allowed, also across redirects. */
#include "tocsin/fetch.h"

#include "base/internal.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct sink {
    ts_buf body;
    int over;
    tocsin_fetch_result *r;
} sink;

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
    sink *s = ud;
    size_t len = size * n;
    if (ts_buf_put(&s->body, p, len)) {
        s->over = 1;
        return 0; /* aborts the transfer */
    }
    return len;
}

static char *header_value(const char *line, size_t n, const char *name)
{
    size_t k = strlen(name);
    if (n <= k || strncasecmp(line, name, k) || line[k] != ':')
        return NULL;
    const char *v = line + k + 1, *e = line + n;
    while (v < e && (*v == ' ' || *v == '\t'))
        v++;
    while (e > v && (e[-1] == '\r' || e[-1] == '\n' || e[-1] == ' '))
        e--;
    char *out = malloc((size_t)(e - v) + 1);
    if (out) {
        memcpy(out, v, (size_t)(e - v));
        out[e - v] = '\0';
    }
    return out;
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
    sink *s = ud;
    size_t len = size * n;
    char *v;
    if ((v = header_value(p, len, "ETag"))) {
        free(s->r->etag);
        s->r->etag = v;
    } else if ((v = header_value(p, len, "Last-Modified"))) {
        free(s->r->last_modified);
        s->r->last_modified = v;
    }
    return len;
}

int tocsin_fetch_global_init(void)
{
    return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : TOCSIN_EIO;
}

int tocsin_fetch(const char *url, const tocsin_fetch_options *o, tocsin_fetch_result *r,
                 tocsin_error *err)
{
    memset(r, 0, sizeof *r);
    tocsin_fetch_options def = {0};
    if (!o)
        o = &def;
    CURL *c = curl_easy_init();
    if (!c)
        return TOCSIN_ENOMEM;
    sink s = {{0}, 0, r};
    s.body.max = o->max_bytes ? o->max_bytes : 16u * 1024u * 1024u;
    struct curl_slist *hdr = NULL;
    char line[512];
    if (o->etag && *o->etag) {
        snprintf(line, sizeof line, "If-None-Match: %s", o->etag);
        hdr = curl_slist_append(hdr, line);
    }
    if (o->last_modified && *o->last_modified) {
        snprintf(line, sizeof line, "If-Modified-Since: %s", o->last_modified);
        hdr = curl_slist_append(hdr, line);
    }
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, o->max_redirects ? o->max_redirects : 5L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, o->timeout_s ? o->timeout_s : 30L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, o->connect_timeout_s ? o->connect_timeout_s : 10L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); /* gzip and friends */
    curl_easy_setopt(c, CURLOPT_USERAGENT, "tocsin/0.1 (+news event coder)");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &s);
    if (hdr)
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdr);
    CURLcode cc = curl_easy_perform(c);
    int rc = 0;
    if (cc != CURLE_OK) {
        rc = s.over ? TOCSIN_ELIMIT : TOCSIN_EIO;
        ts_error_set(err, rc, url, 0, -1, "%s",
                     s.over ? "response larger than the size cap" : curl_easy_strerror(cc));
        goto out;
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
    r->not_modified = r->status == 304;
    char *ct = NULL, *fu = NULL;
    curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
    curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &fu);
    r->content_type = ct ? strdup(ct) : NULL;
    r->final_url = fu ? strdup(fu) : NULL;
    if (!r->not_modified) {
        if (ts_buf_reserve(&s.body, 0)) {
            rc = TOCSIN_ENOMEM;
            goto out;
        }
        r->body = s.body.p;
        r->len = s.body.len;
        r->body[r->len] = '\0';
        s.body.p = NULL;
    }
out:
    ts_buf_free(&s.body);
    curl_slist_free_all(hdr);
    curl_easy_cleanup(c);
    if (rc)
        tocsin_fetch_result_free(r);
    return rc;
}

void tocsin_fetch_result_free(tocsin_fetch_result *r)
{
    if (!r)
        return;
    free(r->body);
    free(r->content_type);
    free(r->etag);
    free(r->last_modified);
    free(r->final_url);
    memset(r, 0, sizeof *r);
}
