/* format.c - events as TSV and as the explain text; JSON is written by
 * event_json.c through the program's JSON writer (tocsin/json.h). */
#include "tocsin/format.h"
#include "tocsin/date.h"

#include "base/internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const flag_name[] = {"negated", "attributed", "intent", "passive",
                                        "symmetric", "resolved", "hypothetical", "retold"};

void tocsin_flag_names(unsigned flags, char *out, size_t cap)
{
    size_t o = 0;
    if (!cap)
        return;
    out[0] = '\0';
    for (size_t k = 0; k < sizeof flag_name / sizeof flag_name[0]; k++) {
        if (!(flags & (1u << k)))
            continue;
        char one[16] = ",";
        size_t l = strlen(flag_name[k]);
        memcpy(one + 1, flag_name[k], l + 1);
        const char *add = o ? one : one + 1;
        size_t n = o ? l + 1 : l;
        if (n >= cap - o) { /* truncated as snprintf would */
            memcpy(out + o, add, cap - o - 1);
            out[cap - 1] = '\0';
            break;
        }
        memcpy(out + o, add, n + 1);
        o += n;
    }
}

const char *tocsin_tsv_header(void)
{
    return "doc\tsentence\toffset\tlength\tdate\twhen\tsource\ttarget\tcode\troot\tquad\tgoldstein\t"
           "source_text\tverb_text\ttarget_text\tflags\ttext\t"
           "geo_type\tgeo_name\tgeo_country\tgeo_adm1\tgeo_lat\tgeo_lon\tgeo_feature\n";
}

/* A field of the sentence's text with its tabs and line breaks as spaces:
 * eight bytes at a time while none of them is below 14 (exact for the
 * bytes 0..127; a byte of 128 or more never sets its own flag). */
static int tsv_str(ts_buf *b, const char *p, size_t n)
{
    if (!p)
        return 0;
    if (ts_buf_reserve(b, n))
        return TOCSIN_ENOMEM;
    char *d = b->p + b->len;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, p + i, 8);
        if ((x - 0x0e0e0e0e0e0e0e0eull) & ~x & 0x8080808080808080ull)
            break;
        memcpy(d + i, &x, 8);
    }
    for (; i < n; i++) {
        char c = p[i];
        d[i] = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
    b->len += n;
    b->p[b->len] = '\0';
    return 0;
}

static int put_str(ts_buf *b, const char *s) { return ts_buf_put(b, s, strlen(s)); }

/* Fast number formatting: the output path runs once per event. */
static int put_u64(ts_buf *b, unsigned long long v)
{
    char tmp[24];
    size_t n = 0;
    do {
        tmp[sizeof tmp - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return ts_buf_put(b, tmp + sizeof tmp - n, n);
}

static int put_int(ts_buf *b, long long v)
{
    int rc = 0;
    if (v < 0)
        rc |= ts_buf_putc(b, '-');
    return rc | put_u64(b, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v);
}

/* printf's "%.1f" of a weight: a whole number of tenths (all the Goldstein
 * scale has) is written directly, anything else and zero (its sign) by
 * printf; a value within 1e-6 tenths of n/10 rounds to n/10 either way. */
static int put_tenths(ts_buf *b, double g)
{
    double t = g * 10;
    if (t > -1e6 && t < 1e6) {
        long long n = (long long)(t < 0 ? t - 0.5 : t + 0.5);
        if (n != 0 && fabs(t - (double)n) < 1e-6) {
            unsigned long long a = n < 0 ? 0ull - (unsigned long long)n : (unsigned long long)n;
            int rc = n < 0 ? ts_buf_putc(b, '-') : 0;
            rc |= put_u64(b, a / 10);
            rc |= ts_buf_putc(b, '.');
            return rc | ts_buf_putc(b, (char)('0' + a % 10));
        }
    }
    return ts_buf_printf(b, "%.1f", g);
}

/* a coordinate with 4 decimals (about 11 m), without printf's cost */
static int put_deg(ts_buf *b, double g)
{
    long t = (long)(g * 10000 + (g < 0 ? -0.5 : 0.5));
    char d[4];
    int rc = 0;
    if (t < 0) {
        rc |= ts_buf_putc(b, '-');
        t = -t;
    }
    rc |= put_u64(b, (unsigned long long)(t / 10000));
    for (int k = 3; k >= 0; k--, t /= 10)
        d[k] = (char)('0' + t % 10);
    rc |= ts_buf_putc(b, '.');
    return rc | ts_buf_put(b, d, 4);
}

#define EXPLAIN_LINE_MAX 512      /* longest dictionary line shown */
#define EXPLAIN_MAX_LINES 1000000 /* lines read to find a pattern */

/* Line n (1-based) of a dictionary file, without its newline, into dst. */
static void dict_line(const char *path, uint32_t n, char *dst, size_t cap)
{
    dst[0] = '\0';
    FILE *f = path ? fopen(path, "r") : NULL;
    if (!f)
        return;
    char line[EXPLAIN_LINE_MAX];
    uint32_t k = 0;
    while (k < EXPLAIN_MAX_LINES && fgets(line, sizeof line, f)) {
        size_t l = strlen(line);
        int whole = l > 0 && line[l - 1] == '\n';
        if (++k == n) {
            while (l && (line[l - 1] == '\n' || line[l - 1] == '\r'))
                line[--l] = '\0';
            snprintf(dst, cap, "%s", line);
            break;
        }
        while (!whole && fgets(line, sizeof line, f)) { /* the rest of a long line */
            l = strlen(line);
            whole = l > 0 && line[l - 1] == '\n';
        }
    }
    fclose(f);
}

/* Where slice x starts and ends inside the sentence, or -1. */
static long slice_at(const tocsin_event *ev, tocsin_slice x)
{
    if (!x.len || !x.ptr || x.ptr < ev->sentence_text.ptr ||
        x.ptr + x.len > ev->sentence_text.ptr + ev->sentence_text.len)
        return -1;
    return (long)(x.ptr - ev->sentence_text.ptr);
}

/* "[Hezbollah]S on Tuesday <rejected>V the [French]T plan." */
static int explain_event(ts_buf *b, const tocsin_event *ev)
{
    int rc = 0;
    char flags[128], line[EXPLAIN_LINE_MAX];
    tocsin_flag_names(ev->flags, flags, sizeof flags);
    rc |= ts_buf_put(b, "doc ", 4);
    rc |= ts_buf_put(b, ev->doc.ptr, ev->doc.len);
    rc |= ts_buf_printf(b, ", sentence %u\n  structure: ", ev->sentence);
    const tocsin_slice part[3] = {ev->source_text, ev->verb_text, ev->target_text};
    static const char open[3] = {'[', '<', '['}, close[3] = {']', '>', ']'}, tag[3] = {'S', 'V', 'T'};
    long at[3];
    for (int k = 0; k < 3; k++)
        at[k] = slice_at(ev, part[k]);
    for (size_t i = 0; i <= ev->sentence_text.len; i++) {
        for (int k = 0; k < 3; k++)
            if (at[k] >= 0 && (size_t)at[k] + part[k].len == i && i > 0) {
                rc |= ts_buf_putc(b, close[k]);
                rc |= ts_buf_putc(b, tag[k]);
            }
        for (int k = 0; k < 3; k++)
            if (at[k] >= 0 && (size_t)at[k] == i && i < ev->sentence_text.len)
                rc |= ts_buf_putc(b, open[k]);
        if (i < ev->sentence_text.len) {
            char c = ev->sentence_text.ptr[i];
            rc |= ts_buf_putc(b, c == '\n' || c == '\t' ? ' ' : c);
        }
    }
    rc |= ts_buf_printf(b, "\n  event:     %s -> %s  %s (root %s, quad %d, goldstein %.1f)%s%s\n",
                        ev->source, ev->target[0] ? ev->target : "-", ev->code, ev->root, ev->quad,
                        ev->goldstein, flags[0] ? "  flags: " : "", flags);
    if (ev->pattern_file) {
        const char *shown = ev->pattern_file, *p = ev->pattern_file;
        while ((p = strstr(p, "dict/")) != NULL) /* the path from the last "dict/" on */
            shown = p++;
        dict_line(ev->pattern_file, ev->pattern_line, line, sizeof line);
        rc |= ts_buf_printf(b, "  pattern:   %s:%u   %s\n", shown, (unsigned)ev->pattern_line, line);
        if (ev->rule)
            rc |= ts_buf_printf(b, "  rule:      %s\n", ev->rule);
    } else {
        rc |= ts_buf_printf(b, "  pattern:   none: the grammar's own rule (%s)\n",
                            ev->rule ? ev->rule : "an event noun as the subject of its clause");
    }
    return rc;
}

int tocsin_format_event(const tocsin_event *ev, tocsin_format fmt, char **buf, size_t *len,
                        size_t *cap)
{
    if (fmt != TOCSIN_FORMAT_EXPLAIN && fmt != TOCSIN_FORMAT_TSV) /* JSON: event_json.c */
        return tocsin_format_event_with(NULL, ev, TOCSIN_FORMAT_JSON, buf, len, cap);
    ts_buf b = {*buf, *len, *cap, 0};
    char flags[128], when[TOCSIN_WHEN_LEN];
    size_t wn = tocsin_when_format(ev->when_start, ev->when_end, ev->when_precision, when);
    int rc = 0;
    if (fmt == TOCSIN_FORMAT_EXPLAIN) {
        rc |= explain_event(&b, ev);
    } else if (fmt == TOCSIN_FORMAT_TSV) {
        tocsin_flag_names(ev->flags, flags, sizeof flags);
        rc |= tsv_str(&b, ev->doc.ptr, ev->doc.len);
        rc |= ts_buf_putc(&b, '\t');
        rc |= put_u64(&b, ev->sentence);
        rc |= ts_buf_putc(&b, '\t');
        rc |= put_u64(&b, (unsigned long long)ev->offset);
        rc |= ts_buf_putc(&b, '\t');
        rc |= put_u64(&b, ev->length);
        rc |= ts_buf_putc(&b, '\t');
        rc |= tsv_str(&b, ev->date.ptr, ev->date.len);
        rc |= ts_buf_putc(&b, '\t');
        rc |= ts_buf_put(&b, when, wn);
        const char *col[4] = {ev->source, ev->target, ev->code, ev->root};
        for (int k = 0; k < 4; k++) {
            rc |= ts_buf_putc(&b, '\t');
            rc |= put_str(&b, col[k]);
        }
        rc |= ts_buf_putc(&b, '\t');
        rc |= put_int(&b, ev->quad);
        rc |= ts_buf_putc(&b, '\t');
        rc |= put_tenths(&b, ev->goldstein);
        rc |= ts_buf_putc(&b, '\t');
        rc |= tsv_str(&b, ev->source_text.ptr, ev->source_text.len);
        rc |= ts_buf_putc(&b, '\t');
        rc |= tsv_str(&b, ev->verb_text.ptr, ev->verb_text.len);
        rc |= ts_buf_putc(&b, '\t');
        rc |= tsv_str(&b, ev->target_text.ptr, ev->target_text.len);
        rc |= ts_buf_putc(&b, '\t');
        rc |= put_str(&b, flags);
        rc |= ts_buf_putc(&b, '\t');
        rc |= tsv_str(&b, ev->sentence_text.ptr, ev->sentence_text.len);
        rc |= ts_buf_putc(&b, '\t');
        rc |= put_int(&b, ev->geo_type);
        rc |= ts_buf_putc(&b, '\t');
        rc |= tsv_str(&b, ev->geo_name.ptr, ev->geo_name.len);
        rc |= ts_buf_putc(&b, '\t');
        rc |= put_str(&b, ev->geo_country);
        rc |= ts_buf_putc(&b, '\t');
        rc |= put_str(&b, ev->geo_adm1);
        rc |= ts_buf_putc(&b, '\t');
        if (tocsin_event_has_ll(ev)) {
            rc |= put_deg(&b, ev->geo_lat);
            rc |= ts_buf_putc(&b, '\t');
            rc |= put_deg(&b, ev->geo_lon);
        } else {
            rc |= ts_buf_putc(&b, '\t');
        }
        rc |= ts_buf_putc(&b, '\t');
        rc |= put_str(&b, ev->geo_feature);
        rc |= ts_buf_putc(&b, '\n');
    }
    *buf = b.p;
    *len = b.len;
    *cap = b.cap;
    return rc ? TOCSIN_ENOMEM : 0;
}
