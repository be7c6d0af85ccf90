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
    if (cap)
        out[0] = '\0';
    for (size_t k = 0; k < sizeof flag_name / sizeof flag_name[0]; k++) {
        if (!(flags & (1u << k)))
            continue;
        int n = snprintf(out + o, cap > o ? cap - o : 0, "%s%s", o ? "," : "", flag_name[k]);
        if (n < 0 || (size_t)n >= cap - o)
            break;
        o += (size_t)n;
    }
}

const char *tocsin_tsv_header(void)
{
    return "doc\tsentence\toffset\tlength\tdate\twhen\tsource\ttarget\tcode\troot\tquad\tgoldstein\t"
           "source_text\tverb_text\ttarget_text\tflags\ttext\t"
           "geo_type\tgeo_name\tgeo_country\tgeo_adm1\tgeo_lat\tgeo_lon\tgeo_feature\n";
}

static int tsv_str(ts_buf *b, const char *p, size_t n)
{
    if (!p)
        return 0;
    if (ts_buf_reserve(b, n))
        return TOCSIN_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        b->p[b->len++] = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
    b->p[b->len] = '\0';
    return 0;
}

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
        rc |= ts_buf_printf(&b, "\t%u\t%llu\t%u\t", ev->sentence, (unsigned long long)ev->offset,
                            ev->length);
        rc |= tsv_str(&b, ev->date.ptr, ev->date.len);
        rc |= ts_buf_putc(&b, '\t');
        rc |= ts_buf_put(&b, when, wn);
        rc |= ts_buf_printf(&b, "\t%s\t%s\t%s\t%s\t%d\t%.1f\t", ev->source, ev->target, ev->code,
                            ev->root, ev->quad, ev->goldstein);
        rc |= tsv_str(&b, ev->source_text.ptr, ev->source_text.len);
        rc |= ts_buf_putc(&b, '\t');
        rc |= tsv_str(&b, ev->verb_text.ptr, ev->verb_text.len);
        rc |= ts_buf_putc(&b, '\t');
        rc |= tsv_str(&b, ev->target_text.ptr, ev->target_text.len);
        rc |= ts_buf_printf(&b, "\t%s\t", flags);
        rc |= tsv_str(&b, ev->sentence_text.ptr, ev->sentence_text.len);
        rc |= ts_buf_printf(&b, "\t%d\t", ev->geo_type);
        rc |= tsv_str(&b, ev->geo_name.ptr, ev->geo_name.len);
        rc |= ts_buf_printf(&b, "\t%s\t%s\t", ev->geo_country, ev->geo_adm1);
        if (tocsin_event_has_ll(ev)) {
            rc |= put_deg(&b, ev->geo_lat);
            rc |= ts_buf_putc(&b, '\t');
            rc |= put_deg(&b, ev->geo_lon);
        } else {
            rc |= ts_buf_putc(&b, '\t');
        }
        rc |= ts_buf_printf(&b, "\t%s\n", ev->geo_feature);
    }
    *buf = b.p;
    *len = b.len;
    *cap = b.cap;
    return rc ? TOCSIN_ENOMEM : 0;
}
