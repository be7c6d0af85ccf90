/* reader.c - inputs to documents: files, directories, JSON Lines, saved web
 * pages, stdin. Plain text streams through in blocks; JSON records are parsed
 * with yajl one line at a time, with a cap on the line length; an HTML page
 * is read whole (up to TOCSIN_HTML_MAX) and its main text extracted. */

#include "tocsin/reader.h"
#include "tocsin/html.h"

#include "base/dirlist.h"
#include "base/internal.h"
#include "tocsin/date.h"
#include "textdate.h"

#include <errno.h>
#include <yajl/yajl_parse.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define BLOCK (64u * 1024u)
#define MAX_DEPTH 64                 /* directories inside directories */
#define MAX_DIR_ENTRIES 1000000      /* entries of one directory */
#define MAX_WALK_FILES (1u << 24)    /* files and directories of one walk */

static void warn(const tocsin_read_options *o, int code, const char *file, long line,
                 long long off, const char *msg)
{
    if (o && o->diag)
        ts_diag(o->diag, o->diag_ud, code, file, line, off, "%s", msg);
}

static int has_ext(const char *name, const char *ext)
{
    size_t n = strlen(name), m = strlen(ext);
    return n > m && !strcmp(name + n - m, ext);
}

/* Binary: more than one byte in ten a control character, or several NULs
 * among more than one in twenty. A stray NUL in a text is read as a space
 * and reported (text_doc). */
static int looks_binary(const unsigned char *p, size_t n)
{
    size_t ctl = 0, nul = 0;
    for (size_t i = 0; i < n; i++) {
        nul += p[i] == 0;
        if (p[i] < 9 || (p[i] > 13 && p[i] < 32))
            ctl++;
    }
    return n > 0 && (ctl * 10 > n || (nul >= 2 && ctl * 20 > n));
}

/* NUL bytes become spaces; counts them and keeps the first one's offset. */
static void blank_nuls(char *p, size_t n, long long base, unsigned long long *count, long long *first)
{
    for (char *z = memchr(p, 0, n); z; z = memchr(z, 0, n - (size_t)(z - p))) {
        if (!*count)
            *first = base + (z - p);
        (*count)++;
        *z = ' ';
    }
}

/* A date as written (any form tocsin_date_parse reads) to YYYY-MM-DD; one
 * that cannot be read is dropped with a warning naming where and why. */
static void norm_date(const tocsin_read_options *o, const char *s, const char *file, long line,
                      const char *what, char out[11])
{
    out[0] = '\0';
    if (!s || !*s)
        return;
    long d;
    tocsin_error e;
    memset(&e, 0, sizeof e);
    if (tocsin_date_parse(s, strlen(s), &d, &e)) {
        if (o && o->diag)
            ts_diag(o->diag, o->diag_ud, TOCSIN_EPARSE, file, line, -1, "%s dropped: %s", what, e.message);
        return;
    }
    tocsin_date_format(d, out);
}

/* The date line at the top of a text article, else --date. */
static void top_date(const tocsin_read_options *o, const char *text, size_t n, const char *file,
                     char out[11])
{
    tocsin_error why;
    memset(&why, 0, sizeof why);
    int found = ts_find_date(text, n, out, &why);
    if (found < 0 && o && o->diag)
        ts_diag(o->diag, o->diag_ud, TOCSIN_EPARSE, file, why.line, -1, "date line dropped: %s",
                why.message);
    if (found <= 0)
        norm_date(o, o ? o->default_date : NULL, file, 0, "--date", out);
}


static int text_doc(FILE *f, const char *name, unsigned char *head, size_t hn, long long base,
                    const tocsin_read_options *o, const tocsin_doc_sink *sink, tocsin_read_stats *st)
{
    unsigned long long nuls = 0;
    long long first_nul = -1, off = base + (long long)hn;
    blank_nuls((char *)head, hn, base, &nuls, &first_nul);
    /* the date printed at the top of the article, else --date */
    char date[11];
    top_date(o, (const char *)head, hn, name, date);
    tocsin_doc_info info = {name, date[0] ? date : NULL, name, 1, NULL, NULL};
    int rc = sink->begin(sink->ud, &info);
    if (rc)
        return rc;
    if (hn)
        rc = sink->feed(sink->ud, (const char *)head, hn);
    char *buf = malloc(BLOCK);
    if (!buf)
        return TOCSIN_ENOMEM;
    while (!rc) {
        size_t n = fread(buf, 1, BLOCK, f);
        if (n == 0)
            break;
        if (st)
            st->bytes += n;
        blank_nuls(buf, n, off, &nuls, &first_nul);
        off += (long long)n;
        rc = sink->feed(sink->ud, buf, n);
    }
    free(buf);
    if (nuls) {
        char msg[128];
        snprintf(msg, sizeof msg, "%llu NUL byte%s read as space%s (the first at byte %lld)", nuls,
                 nuls == 1 ? "" : "s", nuls == 1 ? "" : "s", first_nul);
        warn(o, TOCSIN_EENCODING, name, 0, first_nul, msg);
    }
    if (rc == TOCSIN_ESTOPPED)
        rc = 0;
    int rc2 = sink->end(sink->ud);
    if (st)
        st->documents++;
    if (!rc && ferror(f)) {
        warn(o, TOCSIN_EIO, name, 0, -1, "read error");
        return TOCSIN_EIO;
    }
    return rc ? rc : rc2;
}

/* A saved web page: the headline, date and canonical URL from its markup,
 * the main text without page furniture. */
static int html_doc(FILE *f, const char *name, const unsigned char *head, size_t hn,
                    const tocsin_read_options *o, const tocsin_doc_sink *sink, tocsin_read_stats *st)
{
    size_t cap = hn + BLOCK, n = hn;
    char *buf = malloc(cap + 1);
    if (!buf)
        return TOCSIN_ENOMEM;
    memcpy(buf, head, hn);
    for (;;) {
        if (n == cap) {
            if (cap > TOCSIN_HTML_MAX) {
                free(buf);
                warn(o, TOCSIN_ELIMIT, name, 0, -1, "web page over 16 MiB; skipped");
                if (st)
                    st->skipped_files++;
                return 0;
            }
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                free(buf);
                return TOCSIN_ENOMEM;
            }
            buf = nb;
            cap *= 2;
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        if (k == 0)
            break;
        n += k;
        if (st)
            st->bytes += k;
    }
    if (ferror(f)) {
        free(buf);
        warn(o, TOCSIN_EIO, name, 0, -1, "read error");
        return TOCSIN_EIO;
    }
    tocsin_page pg;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_html_extract(buf, n, &pg, &err);
    free(buf);
    if (rc) {
        warn(o, rc, name, 0, -1, err.message[0] ? err.message : "cannot read the page");
        if (st)
            st->skipped_files++;
        return 0;
    }
    char date[11];
    if (!pg.date && pg.date_dropped && o && o->diag)
        ts_diag(o->diag, o->diag_ud, TOCSIN_EPARSE, name, 0, -1, "page date dropped: %s", pg.date_dropped);
    if (pg.date)
        norm_date(o, pg.date, name, 0, "page date", date);
    else
        top_date(o, pg.text ? pg.text : "", pg.text ? (pg.text_len < 4096 ? pg.text_len : 4096) : 0, name, date);
    int titled = pg.title && pg.title[0];
    /* the outlet is the site's name when the page gives it */
    tocsin_doc_info info = {name, date[0] ? date : NULL, name, titled, pg.site, pg.canonical};
    rc = sink->begin(sink->ud, &info);
    if (!rc && titled) {
        rc = sink->feed(sink->ud, pg.title, strlen(pg.title));
        if (!rc)
            rc = sink->feed(sink->ud, "\n\n", 2);
    }
    if (!rc && pg.text_len)
        rc = sink->feed(sink->ud, pg.text, pg.text_len);
    if (rc == TOCSIN_ESTOPPED)
        rc = 0;
    int rc2 = sink->end(sink->ud);
    if (st)
        st->documents++;
    tocsin_page_free(&pg);
    return rc ? rc : rc2;
}

/* 1 if the first bytes of a file are an HTML document's. */
static int looks_html(const unsigned char *p, size_t n)
{
    size_t k = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        k = 3;
    while (k < n && (p[k] == ' ' || p[k] == '\n' || p[k] == '\r' || p[k] == '\t'))
        k++;
    return (n - k >= 14 && !strncasecmp((const char *)p + k, "<!doctype html", 14)) ||
           (n - k >= 5 && !strncasecmp((const char *)p + k, "<html", 5));
}

/* One JSON record, parsed with yajl's streaming callbacks: only the top-level
 * string fields we need are kept, in buffers reused from record to record. */
enum { F_NONE, F_ID, F_DATE, F_TITLE, F_TEXT, F_SOURCE, F_URL, F_COUNT };

typedef struct record {
    int depth, field, top_is_map, too_deep;
    int has[F_COUNT];
    ts_buf v[F_COUNT]; /* id, date, title, text, source, url (indexed by F_*) */
    char num_id[32];
} record;

static int r_set(record *r, const unsigned char *s, size_t n)
{
    if (r->depth != 1 || r->field == F_NONE)
        return 1;
    ts_buf *b = &r->v[r->field];
    b->len = 0;
    if (ts_buf_put(b, s, n))
        return 0;
    r->has[r->field] = 1;
    r->field = F_NONE;
    return 1;
}
static int r_string(void *ud, const unsigned char *s, size_t n) { return r_set(ud, s, n); }
static int r_number(void *ud, const char *s, size_t n)
{
    record *r = ud;
    if (r->depth == 1 && (r->field == F_ID || r->field == F_DATE)) /* a numeric id, a date 20240701 */
        return r_set(r, (const unsigned char *)s, n);
    r->field = F_NONE;
    return 1;
}
static int r_other(void *ud) { ((record *)ud)->field = F_NONE; return 1; }
static int r_bool(void *ud, int b) { (void)b; return r_other(ud); }
static int r_key(void *ud, const unsigned char *k, size_t n)
{
    record *r = ud;
    r->field = F_NONE;
    if (r->depth != 1)
        return 1;
    if (n == 2 && !memcmp(k, "id", 2))
        r->field = F_ID;
    else if (n == 4 && !memcmp(k, "date", 4))
        r->field = F_DATE;
    else if (n == 5 && !memcmp(k, "title", 5))
        r->field = F_TITLE;
    else if (n == 4 && !memcmp(k, "text", 4))
        r->field = F_TEXT;
    else if (n == 6 && !memcmp(k, "source", 6))
        r->field = F_SOURCE;
    else if (n == 3 && !memcmp(k, "url", 3))
        r->field = F_URL;
    return 1;
}
static int r_start_map(void *ud)
{
    record *r = ud;
    if (r->depth >= TOCSIN_MAX_JSON_DEPTH) {
        r->too_deep = 1;
        return 0; /* stops the parse */
    }
    if (r->depth == 0)
        r->top_is_map = 1;
    r->depth++;
    r->field = F_NONE;
    return 1;
}
static int r_end(void *ud)
{
    record *r = ud;
    r->depth--;
    r->field = F_NONE;
    return 1;
}
static int r_start_array(void *ud)
{
    record *r = ud;
    if (r->depth >= TOCSIN_MAX_JSON_DEPTH) {
        r->too_deep = 1;
        return 0;
    }
    r->depth++;
    r->field = F_NONE;
    return 1;
}

static const yajl_callbacks record_callbacks = {
    r_other, r_bool, NULL, NULL, r_number, r_string, r_start_map, r_key, r_end, r_start_array, r_end,
};

/* yajl's messages end in a newline (and may hold more): one line, trimmed */
static void one_line(char *out, size_t cap, const char *s)
{
    size_t k = 0;
    for (; *s && k + 1 < cap; s++) {
        char ch = *s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s;
        if (ch == ' ' && (k == 0 || out[k - 1] == ' '))
            continue;
        out[k++] = ch;
    }
    while (k && out[k - 1] == ' ')
        k--;
    out[k] = '\0';
}

static int json_record(record *r, const char *line, size_t n, const char *name, long lineno,
                       const tocsin_read_options *o, const tocsin_doc_sink *sink,
                       tocsin_read_stats *st)
{
    r->depth = r->field = r->top_is_map = r->too_deep = 0;
    memset(r->has, 0, sizeof r->has);
    yajl_handle h = yajl_alloc(&record_callbacks, NULL, r);
    if (!h)
        return TOCSIN_ENOMEM;
    /* invalid UTF-8 inside strings is repaired (and reported) by the coder */
    yajl_config(h, yajl_dont_validate_strings, 1);
    yajl_status ys = yajl_parse(h, (const unsigned char *)line, n);
    if (ys == yajl_status_ok)
        ys = yajl_complete_parse(h);
    char msg[320];
    if (r->too_deep) {
        yajl_free(h);
        snprintf(msg, sizeof msg, "JSON record nested deeper than %d levels; line skipped",
                 TOCSIN_MAX_JSON_DEPTH);
        warn(o, TOCSIN_ELIMIT, name, lineno, -1, msg);
        if (st)
            st->bad_records++;
        return 0;
    }
    if (ys != yajl_status_ok || !r->top_is_map) {
        unsigned char *e = ys != yajl_status_ok ? yajl_get_error(h, 0, (const unsigned char *)line, n) : NULL;
        char why[160];
        one_line(why, sizeof why, e ? (const char *)e : "not an object");
        snprintf(msg, sizeof msg, "malformed JSON record (%s); line skipped", why);
        if (e)
            yajl_free_error(h, e);
        yajl_free(h);
        warn(o, TOCSIN_EPARSE, name, lineno, -1, msg);
        if (st)
            st->bad_records++;
        return 0;
    }
    yajl_free(h);
    if (!r->has[F_TEXT] && !r->has[F_TITLE]) {
        warn(o, TOCSIN_EPARSE, name, lineno, -1, "record has no \"text\" string; line skipped");
        if (st)
            st->bad_records++;
        return 0;
    }
    char fallback[300];
    const char *id;
    if (r->has[F_ID] && r->v[F_ID].len) {
        id = r->v[F_ID].p;
    } else {
        snprintf(fallback, sizeof fallback, "%s:%ld", name, lineno);
        id = fallback;
    }
    char date[11];
    norm_date(o, r->has[F_DATE] ? r->v[F_DATE].p : NULL, name, lineno, "\"date\"", date);
    if (!date[0])
        norm_date(o, o ? o->default_date : NULL, name, lineno, "--date", date);
    char where[300];
    snprintf(where, sizeof where, "%s:%ld", name, lineno);
    tocsin_doc_info info = {id, date[0] ? date : NULL, where, r->has[F_TITLE],
                            r->has[F_SOURCE] ? r->v[F_SOURCE].p : NULL,
                            r->has[F_URL] ? r->v[F_URL].p : NULL};
    int rc = sink->begin(sink->ud, &info);
    if (!rc && r->has[F_TITLE]) {
        rc = sink->feed(sink->ud, r->v[F_TITLE].p, r->v[F_TITLE].len);
        if (!rc)
            rc = sink->feed(sink->ud, "\n\n", 2);
    }
    if (!rc && r->has[F_TEXT])
        rc = sink->feed(sink->ud, r->v[F_TEXT].p, r->v[F_TEXT].len);
    if (rc == TOCSIN_ESTOPPED)
        rc = 0;
    int rc2 = sink->end(sink->ud);
    if (st)
        st->documents++;
    return rc ? rc : rc2;
}

static int jsonl_doc(FILE *f, const char *name, const unsigned char *head, size_t hn,
                     const tocsin_read_options *o, const tocsin_doc_sink *sink, tocsin_read_stats *st)
{
    ts_buf line = {0};
    line.max = TOCSIN_MAX_JSON_LINE + 16;
    record rec;
    memset(&rec, 0, sizeof rec);
    long lineno = 1;
    int too_long = 0, rc = 0;
    char *blk = malloc(BLOCK);
    if (!blk)
        return TOCSIN_ENOMEM;
    size_t hpos = 0;
    for (;;) {
        size_t n;
        const char *src;
        if (hpos < hn) {
            src = (const char *)head + hpos;
            n = hn - hpos;
            hpos = hn;
        } else {
            n = fread(blk, 1, BLOCK, f);
            src = blk;
            if (st)
                st->bytes += n;
        }
        if (n == 0)
            break;
        size_t i = 0;
        while (i < n && !rc) {
            const char *nl = memchr(src + i, '\n', n - i);
            size_t e = nl ? (size_t)(nl - src) : n;
            if (!too_long) {
                if (line.len + (e - i) > TOCSIN_MAX_JSON_LINE) {
                    too_long = 1;
                    line.len = 0;
                } else if (ts_buf_put(&line, src + i, e - i)) {
                    rc = TOCSIN_ENOMEM;
                    break;
                }
            }
            if (!nl) {
                i = n;
                break;
            }
            if (too_long) {
                warn(o, TOCSIN_ELIMIT, name, lineno, -1,
                     "JSON line longer than 16 MiB; line skipped");
                if (st)
                    st->bad_records++;
            } else {
                size_t a = 0;
                while (a < line.len && (unsigned char)line.p[a] <= ' ')
                    a++;
                if (a < line.len)
                    rc = json_record(&rec, line.p + a, line.len - a, name, lineno, o, sink, st);
            }
            too_long = 0;
            line.len = 0;
            lineno++;
            i = e + 1;
        }
        if (rc)
            break;
    }
    if (!rc && !too_long && line.len) {
        size_t a = 0;
        while (a < line.len && (unsigned char)line.p[a] <= ' ')
            a++;
        if (a < line.len)
            rc = json_record(&rec, line.p + a, line.len - a, name, lineno, o, sink, st);
    } else if (!rc && too_long) {
        warn(o, TOCSIN_ELIMIT, name, lineno, -1, "JSON line longer than 16 MiB; line skipped");
    }
    free(blk);
    ts_buf_free(&line);
    for (int k = 0; k < F_COUNT; k++)
        ts_buf_free(&rec.v[k]);
    return rc;
}

int tocsin_read_stream(FILE *f, const char *name, const tocsin_read_options *o,
                       const tocsin_doc_sink *sink, tocsin_read_stats *st)
{
    unsigned char head[4096];
    size_t hn = fread(head, 1, sizeof head, f);
    if (st) {
        st->files++;
        st->bytes += hn;
    }
    if (hn == 0) {
        if (ferror(f)) {
            warn(o, TOCSIN_EIO, name, 0, -1, "cannot read");
            return TOCSIN_EIO;
        }
        warn(o, TOCSIN_EPARSE, name, 0, 0, "empty input; nothing to code");
        return 0;
    }
    tocsin_input_format fmt = o ? o->format : TOCSIN_INPUT_AUTO;
    int sniffed = 0; /* the format guessed from the bytes, not named by the file */
    if (fmt == TOCSIN_INPUT_AUTO) {
        int json = has_ext(name, ".jsonl") || has_ext(name, ".ndjson") || has_ext(name, ".json");
        int html = has_ext(name, ".html") || has_ext(name, ".htm");
        sniffed = !json && !html;
        if (json)
            fmt = TOCSIN_INPUT_JSONL;
        else if (html || looks_html(head, hn))
            fmt = TOCSIN_INPUT_HTML;
        else {
            size_t k = 0;
            if (hn >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
                k = 3;
            while (k < hn && (head[k] == ' ' || head[k] == '\n' || head[k] == '\r' || head[k] == '\t'))
                k++;
            fmt = k < hn && head[k] == '{' ? TOCSIN_INPUT_JSONL : TOCSIN_INPUT_TEXT;
        }
    }
    if ((fmt == TOCSIN_INPUT_TEXT || sniffed) && looks_binary(head, hn)) {
        /* (a binary file that happens to start with '{' or '<' is binary still) */
        warn(o, TOCSIN_EBINARY, name, 0, 0, "looks like a binary file; skipped");
        if (st)
            st->skipped_files++;
        return 0;
    }
    if (fmt == TOCSIN_INPUT_HTML)
        return html_doc(f, name, head, hn, o, sink, st);
    /* a UTF-8 byte-order mark is not text, and would spoil the first record */
    size_t bom = hn >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
    if (fmt == TOCSIN_INPUT_JSONL)
        return jsonl_doc(f, name, head + bom, hn - bom, o, sink, st);
    return text_doc(f, name, head + bom, hn - bom, (long long)bom, o, sink, st);
}

/* The files and directories a walk has read, by device and inode, so that
 * links (symbolic or hard) to one file read it once and a link to a folder
 * above cannot loop. An open-addressing set; at most MAX_WALK_FILES. */
typedef struct seen_set {
    uint64_t *k; /* pairs (dev, ino + 1); ino + 1 == 0 marks an empty slot */
    size_t n, cap;
} seen_set;

/* 1 if (dev, ino) was seen, 0 if it is added now, negative on failure */
static int seen_add(seen_set *z, uint64_t dev, uint64_t ino)
{
    if (2 * (z->n + 1) > z->cap) {
        if (z->n >= MAX_WALK_FILES)
            return TOCSIN_ELIMIT;
        size_t cap = z->cap ? 2 * z->cap : 1024;
        uint64_t *k = calloc(cap, 2 * sizeof *k);
        if (!k)
            return TOCSIN_ENOMEM;
        for (size_t i = 0; i < z->cap; i++) {
            if (!z->k[2 * i + 1])
                continue;
            size_t j = (size_t)ts_mix(z->k[2 * i] ^ ts_mix(z->k[2 * i + 1])) & (cap - 1);
            while (k[2 * j + 1])
                j = (j + 1) & (cap - 1);
            k[2 * j] = z->k[2 * i];
            k[2 * j + 1] = z->k[2 * i + 1];
        }
        free(z->k);
        z->k = k;
        z->cap = cap;
    }
    ino++;
    size_t j = (size_t)ts_mix(dev ^ ts_mix(ino)) & (z->cap - 1);
    while (z->k[2 * j + 1]) {
        if (z->k[2 * j] == dev && z->k[2 * j + 1] == ino)
            return 1;
        j = (j + 1) & (z->cap - 1);
    }
    z->k[2 * j] = dev;
    z->k[2 * j + 1] = ino;
    z->n++;
    return 0;
}

static int read_any(const char *path, const tocsin_read_options *o, const tocsin_doc_sink *sink,
                    tocsin_read_stats *st, int depth, seen_set *seen);

typedef struct walk_ctx {
    const tocsin_read_options *o;
    const tocsin_doc_sink *sink;
    tocsin_read_stats *st;
    int depth;
    seen_set *seen;
} walk_ctx;

static int read_entry(void *ud, const char *path)
{
    walk_ctx *w = ud;
    return read_any(path, w->o, w->sink, w->st, w->depth + 1, w->seen);
}

static int read_dir(const char *path, const tocsin_read_options *o, const tocsin_doc_sink *sink,
                    tocsin_read_stats *st, int depth, seen_set *seen)
{
    if (depth > MAX_DEPTH) {
        warn(o, TOCSIN_ELIMIT, path, 0, -1, "directories nested too deep; skipped");
        return 0;
    }
    walk_ctx w = {o, sink, st, depth, seen};
    int rc = ts_each_in_dir(path, NULL, MAX_DIR_ENTRIES, read_entry, &w);
    if (rc == TOCSIN_ENOTFOUND) {
        char msg[300];
        snprintf(msg, sizeof msg, "cannot open directory: %s", strerror(errno));
        warn(o, TOCSIN_EIO, path, 0, -1, msg);
        return 0;
    }
    return rc;
}

static int read_any(const char *path, const tocsin_read_options *o, const tocsin_doc_sink *sink,
                    tocsin_read_stats *st, int depth, seen_set *seen)
{
    struct stat sb;
    if (stat(path, &sb)) {
        char msg[300];
        snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
        warn(o, TOCSIN_ENOTFOUND, path, 0, -1, msg);
        if (st)
            st->skipped_files++;
        return depth == 0 ? TOCSIN_ENOTFOUND : 0;
    }
    if (!S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode) && depth > 0)
        return 0;
    int again = seen_add(seen, (uint64_t)sb.st_dev, (uint64_t)sb.st_ino);
    if (again < 0)
        return again;
    if (again) {
        warn(o, TOCSIN_OK, path, 0, -1,
             S_ISDIR(sb.st_mode) ? "folder already read (a link back into the walk); skipped"
                                 : "same file as one read under another name; skipped");
        return 0;
    }
    if (S_ISDIR(sb.st_mode))
        return read_dir(path, o, sink, st, depth, seen);
    FILE *f = fopen(path, "rb");
    if (!f) {
        char msg[300];
        snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
        warn(o, TOCSIN_EIO, path, 0, -1, msg);
        if (st)
            st->skipped_files++;
        return depth == 0 ? TOCSIN_EIO : 0;
    }
    int rc = tocsin_read_stream(f, path, o, sink, st);
    fclose(f);
    return rc;
}

int tocsin_read_path(const char *path, const tocsin_read_options *o, const tocsin_doc_sink *sink,
                     tocsin_read_stats *st)
{
    if (!path || !sink)
        return TOCSIN_EINVAL;
    if (!strcmp(path, "-"))
        return tocsin_read_stream(stdin, "-", o, sink, st);
    seen_set seen = {NULL, 0, 0};
    int rc = read_any(path, o, sink, st, 0, &seen);
    free(seen.k);
    return rc;
}
