/* event_json.c - an event as JSON, through the program's JSON writer
 * (tocsin/json.h): the object of `tocsin code`, and its fields for callers
 * that add their own (the stored events of `tocsin events` and the API). */
#include "tocsin/format.h"
#include "tocsin/date.h"

#include "base/internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* g rounded to `places` decimals (half away from zero) into d[32], without
 * printf's cost: Goldstein weights have one decimal (-10.0 .. 10.0),
 * coordinates four (about 11 m); places is 1 or 4. Returns the length. */
static size_t fixed_digits(double g, int places, char d[32])
{
    long scale = places == 1 ? 10 : 10000;
    long t = (long)(g * (double)scale + (g < 0 ? -0.5 : 0.5));
    size_t n = 0;
    if (t < 0) {
        d[n++] = '-';
        t = -t;
    }
    char rev[24];
    size_t k = 0;
    long whole = t / scale;
    do {
        rev[k++] = (char)('0' + whole % 10);
        whole /= 10;
    } while (whole);
    while (k)
        d[n++] = rev[--k];
    d[n++] = '.';
    long frac = t % scale;
    for (int p = places - 1; p >= 0; p--, frac /= 10)
        d[n + (size_t)p] = (char)('0' + frac % 10);
    return n + (size_t)places;
}

/* The keys are literals: their lengths are known when compiling. After the
 * first key, the fields are written as raw text (tocsin/json.h): each key
 * with its ',', '"' and ':' is one copy of a literal, in place of a trip
 * through yajl's generator per key */
#define KEY(j, lit) TOCSIN_JSON_KEY(j, lit)
#define RAW(j, lit) TOCSIN_JSON_RAW(j, lit)

static void raw_fixed(tocsin_json *j, double g, int places)
{
    char d[32];
    tocsin_json_raw(j, d, fixed_digits(g, places, d));
}

/* Length of a code held in a fixed-size array (NUL-terminated within it, or
 * filling it): a few bytes, cheaper counted here than by a call to strnlen */
static inline size_t code_len(const char *a, size_t cap)
{
    size_t n = 0;
    while (n < cap && a[n])
        n++;
    return n;
}

/* A fixed-size code field, its key given with the separators (",\"k\":") */
#define FIELD(j, rawkey, arr)                                                           \
    (RAW(j, rawkey), tocsin_json_raw_str((j), (arr), code_len((arr), sizeof(arr))))

/* ,"where":{"type":4,"name":"Kherson, ...","country":"UKR","country2":"UA",
   "adm1":"UA-65","lat":46.6354,"lon":32.6169,"feature":"gn:20353"}, or null */
static void json_where(tocsin_json *j, const tocsin_event *ev)
{
    if (!ev->geo_type && !ev->geo_name.len) {
        RAW(j, ",\"where\":null");
        return;
    }
    RAW(j, ",\"where\":{\"type\":");
    tocsin_json_raw_int(j, ev->geo_type > 0 ? ev->geo_type : 0);
    RAW(j, ",\"name\":");
    tocsin_json_raw_str(j, ev->geo_name.ptr, ev->geo_name.len);
    if (ev->geo_country[0])
        FIELD(j, ",\"country\":", ev->geo_country);
    if (ev->geo_country2[0])
        FIELD(j, ",\"country2\":", ev->geo_country2);
    if (ev->geo_adm1[0])
        FIELD(j, ",\"adm1\":", ev->geo_adm1);
    if (tocsin_event_has_ll(ev)) {
        RAW(j, ",\"lat\":");
        raw_fixed(j, ev->geo_lat, 4);
        RAW(j, ",\"lon\":");
        raw_fixed(j, ev->geo_lon, 4);
    }
    if (ev->geo_feature[0])
        FIELD(j, ",\"feature\":", ev->geo_feature);
    RAW(j, "}");
}

int tocsin_format_event_fields(tocsin_json *j, const tocsin_event *ev)
{
    char when[TOCSIN_WHEN_LEN];
    size_t wn = tocsin_when_format(ev->when_start, ev->when_end, ev->when_precision, when);
    KEY(j, "doc");
    if (tocsin_json_raw_value(j))
        return tocsin_json_error(j);
    tocsin_json_raw_str(j, ev->doc.ptr, ev->doc.len);
    RAW(j, ",\"sentence\":");
    tocsin_json_raw_int(j, ev->sentence);
    RAW(j, ",\"offset\":");
    tocsin_json_raw_int(j, (long long)ev->offset);
    RAW(j, ",\"length\":");
    tocsin_json_raw_int(j, ev->length);
    if (ev->date.len) {
        RAW(j, ",\"date\":");
        tocsin_json_raw_str(j, ev->date.ptr, ev->date.len);
    } else {
        RAW(j, ",\"date\":null");
    }
    if (wn) {
        RAW(j, ",\"when\":");
        tocsin_json_raw_str(j, when, wn);
    } else {
        RAW(j, ",\"when\":null");
    }
    FIELD(j, ",\"source\":", ev->source);
    if (ev->target[0])
        FIELD(j, ",\"target\":", ev->target);
    else
        RAW(j, ",\"target\":null");
    FIELD(j, ",\"code\":", ev->code);
    FIELD(j, ",\"root\":", ev->root);
    RAW(j, ",\"quad\":");
    tocsin_json_raw_int(j, ev->quad > 0 ? ev->quad : 0);
    RAW(j, ",\"goldstein\":");
    raw_fixed(j, ev->goldstein, 1);
    RAW(j, ",\"source_text\":");
    tocsin_json_raw_str(j, ev->source_text.ptr, ev->source_text.len);
    RAW(j, ",\"verb_text\":");
    tocsin_json_raw_str(j, ev->verb_text.ptr, ev->verb_text.len);
    RAW(j, ",\"target_text\":");
    tocsin_json_raw_str(j, ev->target_text.ptr, ev->target_text.len);
    RAW(j, ",\"flags\":[");
    int first = 1;
    for (unsigned k = 0; k < 32; k++)
        if (ev->flags & (1u << k)) {
            char name[32];
            tocsin_flag_names(1u << k, name, sizeof name);
            if (name[0]) {
                if (!first)
                    RAW(j, ",");
                first = 0;
                tocsin_json_raw_str(j, name, strlen(name));
            }
        }
    RAW(j, "],\"text\":");
    tocsin_json_raw_str(j, ev->sentence_text.ptr, ev->sentence_text.len);
    json_where(j, ev);
    return tocsin_json_error(j);
}

int tocsin_format_event_json(tocsin_json *j, const tocsin_event *ev)
{
    tocsin_json_object(j);
    tocsin_format_event_fields(j, ev);
    return tocsin_json_object_end(j);
}

int tocsin_format_event_with(tocsin_json *j, const tocsin_event *ev, tocsin_format fmt,
                             char **buf, size_t *len, size_t *cap)
{
    if (fmt != TOCSIN_FORMAT_JSON)
        return tocsin_format_event(ev, fmt, buf, len, cap);
    /* one writer for many events when the caller keeps one */
    tocsin_json *own = j ? NULL : tocsin_json_new();
    tocsin_json *w = j ? j : own;
    if (!w)
        return TOCSIN_ENOMEM;
    tocsin_json_reset(w);
    int rc = tocsin_format_event_json(w, ev);
    size_t n;
    const char *t = tocsin_json_text(w, &n);
    ts_buf b = {*buf, *len, *cap, 0};
    if (!rc && (ts_buf_put(&b, t, n) || ts_buf_putc(&b, '\n')))
        rc = TOCSIN_ENOMEM;
    *buf = b.p;
    *len = b.len;
    *cap = b.cap;
    tocsin_json_free(own);
    return rc;
}
