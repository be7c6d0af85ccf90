/* fuzz_query.c - libFuzzer target for what `tocsin serve` does with a
 * request before any database is read (server/api.c): the Host check, the
 * raw target's refusal, the query's parameters against an endpoint's, the
 * cache key, and every checked parameter reader. Input: a Host line, then a
 * request target; the query is split and %-decoded as the HTTP layer does. */
#include "server/api.h"
#include "server/api_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int hexval(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* in place: '+' is a space, %XX a byte (a NUL ends the string, as in MHD) */
static void decode(char *s)
{
    char *o = s;
    for (; *s; s++) {
        if (*s == '+') {
            *o++ = ' ';
        } else if (*s == '%' && hexval(s[1]) >= 0 && hexval(s[2]) >= 0) {
            *o++ = (char)(hexval(s[1]) * 16 + hexval(s[2]));
            s += 2;
        } else {
            *o++ = *s;
        }
    }
    *o = '\0';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    char *buf = malloc(size + 1);
    if (!buf)
        return 0;
    memcpy(buf, data, size);
    buf[size] = '\0';
    char *target = strchr(buf, '\n');
    if (target)
        *target++ = '\0';
    else
        target = buf + size;
    static const char *const allow[] = {"dash.example", "intranet"};
    api_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.listen_host = "127.0.0.1";
    cfg.port = 8080;
    cfg.listen_any = size & 1;
    cfg.allow = allow;
    cfg.nallow = 2;
    volatile int x = api_host_ok(&cfg, buf, "HTTP/1.1") + api_host_ok(&cfg, buf[0] ? buf : NULL, "HTTP/1.0");
    x += api_hostile_target(target);
    api_req q;
    memset(&q, 0, sizeof q);
    char *query = strchr(target, '?');
    if (query) {
        *query++ = '\0';
        for (char *item = query; item && q.np < API_MAX_PARAMS;) {
            char *next = strchr(item, '&');
            if (next)
                *next++ = '\0';
            char *eq = strchr(item, '=');
            if (eq)
                *eq++ = '\0';
            decode(item);
            if (eq)
                decode(eq);
            q.p[q.np].key = item;
            q.p[q.np].value = eq ? eq : "";
            q.np++;
            item = next;
        }
    }
    char msg[160], key[2048];
    x += api_check_params(&q, " actor a b directed since until code limit offset q by lookback min_rung max sort ",
                          msg, sizeof msg);
    x += api_cache_key(target, &q, key, sizeof key);
    const char *s = NULL;
    long long v = 0;
    int b = 0;
    static const char *const names[] = {"since", "until", "actor", "a", "b", "limit", "offset", "directed", "q", "code"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        x += api_arg_date(&q, names[k], &s);
        x += api_arg_actor(&q, names[k], &s);
        x += api_arg_int(&q, names[k], 1, 1000, &v);
        x += api_arg_bool(&q, names[k], &b);
        s = api_arg(&q, names[k]);
    }
    (void)x;
    free(buf);
    return 0;
}
