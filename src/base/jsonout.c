/* jsonout.c - the program's one JSON writer: yajl's generator printing into
 * a capped buffer (see tocsin/json.h). yajl escapes and keeps the commas,
 * colons and nesting right; this file adds what yajl leaves to its caller:
 * strict UTF-8 (invalid bytes become U+FFFD instead of an error), numbers in
 * the program's own formats, and errors as status codes. yajl's own buffer
 * is not used: it does not survive a failed allocation. */
#include "tocsin/json.h"

#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <utf8proc.h>
#include <yajl/yajl_gen.h>

/* Nesting kept here too: yajl does not check that a close matches its open
 * or that a key has its value, and a key written where a value belongs would
 * come out as a value. Below yajl's own limit (128). */
#define JSON_DEPTH_MAX 64

#if defined(__GNUC__)
#define JSON_COLD __attribute__((noinline, cold))
#else
#define JSON_COLD
#endif

struct tocsin_json {
    yajl_gen g;
    yajl_gen esc; /* the strings of raw text that need escaping (made when first needed) */
    ts_buf out;
    ts_buf fix; /* a string with its invalid UTF-8 replaced */
    int err;
    int depth;
    int want_value;                /* a key was written, its value not yet */
    char open[JSON_DEPTH_MAX];     /* '{' or '[' per level */
};

/* Room for n more bytes ran out: grow, or keep the sticky error. Out of
 * line so that print's common case saves no registers. */
static JSON_COLD void print_grow(tocsin_json *j, const char *s, size_t n)
{
    int rc = j->err ? 0 : ts_buf_put(&j->out, s, n);
    if (rc)
        j->err = rc;
}

/* yajl prints in small pieces (a quote, a comma, a run of text): the common
 * case is a copy into room already there. The text is NUL-terminated only
 * when it is asked for. */
static void print(void *ctx, const char *s, size_t n)
{
    tocsin_json *j = ctx;
    ts_buf *b = &j->out;
    if (TS_UNLIKELY(b->cap - b->len <= n)) {
        print_grow(j, s, n);
        return;
    }
    char *d = b->p + b->len;
    b->len += n;
    /* a quote, comma or colon (most of the calls), then keys and codes:
       fixed-size copies, overlapping, that stay within s[0..n) */
    if (TS_LIKELY(n == 1)) {
        *d = *s;
    } else if (n <= 3) {
        if (n) {
            memcpy(d, s, 2);
            memcpy(d + n - 2, s + n - 2, 2);
        }
    } else if (n <= 8) {
        memcpy(d, s, 4);
        memcpy(d + n - 4, s + n - 4, 4);
    } else {
        memcpy(d, s, n);
    }
}

/* A generator printing into j's text, or NULL when out of memory */
static yajl_gen new_gen(tocsin_json *j)
{
    yajl_gen g = yajl_gen_alloc(NULL);
    if (g && (!yajl_gen_config(g, yajl_gen_print_callback, print, j) ||
              /* yajl's own UTF-8 check is off: every string is checked
                 (strictly, with utf8proc) and repaired before it reaches
                 yajl, and yajl's check let surrogates and overlong forms
                 through anyway; it cost about a tenth of the coder's output
                 time twice over */
              !yajl_gen_config(g, yajl_gen_validate_utf8, 0) ||
              !yajl_gen_config(g, yajl_gen_beautify, 0) ||
              !yajl_gen_config(g, yajl_gen_escape_solidus, 0))) {
        yajl_gen_free(g);
        g = NULL;
    }
    return g;
}

tocsin_json *tocsin_json_new(void)
{
    tocsin_json *j = calloc(1, sizeof *j);
    if (!j)
        return NULL;
    j->out.max = TOCSIN_JSON_TEXT_MAX;
    j->fix.max = TOCSIN_JSON_TEXT_MAX;
    j->g = new_gen(j);
    if (!j->g || ts_buf_reserve(&j->out, 0)) {
        tocsin_json_free(j);
        return NULL;
    }
    return j;
}

void tocsin_json_free(tocsin_json *j)
{
    if (!j)
        return;
    if (j->g)
        yajl_gen_free(j->g);
    if (j->esc)
        yajl_gen_free(j->esc);
    ts_buf_free(&j->out);
    ts_buf_free(&j->fix);
    free(j);
}

const char *tocsin_json_text(const tocsin_json *j, size_t *len)
{
    if (len)
        *len = j->out.len;
    j->out.p[j->out.len] = '\0'; /* there is always room: print keeps one byte */
    return j->out.p;
}

void tocsin_json_clear(tocsin_json *j)
{
    j->out.len = 0;
    if (j->out.p)
        j->out.p[0] = '\0';
}

int tocsin_json_next(tocsin_json *j, const char *sep)
{
    if (!j->err && j->depth)
        j->err = TOCSIN_EINVAL; /* the value is not complete */
    if (!j->err)
        yajl_gen_reset(j->g, sep);
    return j->err;
}

void tocsin_json_reset(tocsin_json *j)
{
    tocsin_json_clear(j);
    j->err = 0;
    j->depth = j->want_value = 0;
    yajl_gen_reset(j->g, NULL);
}

int tocsin_json_error(const tocsin_json *j)
{
    return j->err;
}

/* yajl's answer as the sticky status: a misuse (a value where a key
 * belongs, too deep, after the end) is TOCSIN_EINVAL */
static int done(tocsin_json *j, yajl_gen_status st)
{
    if (st != yajl_gen_status_ok && !j->err)
        j->err = TOCSIN_EINVAL;
    return j->err;
}

/* 0 if a value may be written here (top level, in an array, after a key),
 * else the sticky error */
static int value_here(tocsin_json *j)
{
    if (!j->err && j->depth && j->open[j->depth - 1] == '{' && !j->want_value)
        j->err = TOCSIN_EINVAL;
    j->want_value = 0;
    return j->err;
}

static int open_here(tocsin_json *j, char kind)
{
    if (value_here(j))
        return j->err;
    if (j->depth >= JSON_DEPTH_MAX)
        return j->err = TOCSIN_ELIMIT;
    j->open[j->depth++] = kind;
    return done(j, kind == '{' ? yajl_gen_map_open(j->g) : yajl_gen_array_open(j->g));
}

static int close_here(tocsin_json *j, char kind)
{
    if (!j->err && (!j->depth || j->open[j->depth - 1] != kind || j->want_value))
        j->err = TOCSIN_EINVAL;
    if (j->err)
        return j->err;
    j->depth--;
    return done(j, kind == '{' ? yajl_gen_map_close(j->g) : yajl_gen_array_close(j->g));
}

int tocsin_json_object(tocsin_json *j)
{
    return open_here(j, '{');
}

int tocsin_json_object_end(tocsin_json *j)
{
    return close_here(j, '{');
}

int tocsin_json_array(tocsin_json *j)
{
    return open_here(j, '[');
}

int tocsin_json_array_end(tocsin_json *j)
{
    return close_here(j, '[');
}

int tocsin_json_null(tocsin_json *j)
{
    return value_here(j) ? j->err : done(j, yajl_gen_null(j->g));
}

int tocsin_json_bool(tocsin_json *j, int b)
{
    return value_here(j) ? j->err : done(j, yajl_gen_bool(j->g, b != 0));
}

/* The first byte of s[0..n) that does not start valid UTF-8, or n. ASCII is
 * skipped eight bytes at a time; utf8proc judges the rest. */
static size_t bad_utf8(const char *s, size_t n, size_t from)
{
    for (size_t i = from; i < n;) {
        uint64_t w, v;
        if (n - i >= 16 && (memcpy(&w, s + i, 8), memcpy(&v, s + i + 8, 8),
                            !((w | v) & 0x8080808080808080ull))) {
            i += 16; /* a sentence of news is mostly ASCII */
            continue;
        }
        if (n - i >= 8 && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ull))) {
            i += 8;
            continue;
        }
        /* a short tail (codes, dates), or the ASCII before the non-ASCII
           byte of a block: fewer than 8 bytes, one at a time */
        while (i < n && (unsigned char)s[i] < 0x80)
            i++;
        if (i == n)
            break;
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            return i;
        i += (size_t)k;
    }
    return n;
}

/* The first byte of s[0..n) that does not start valid UTF-8 (n: none), and
 * in *plain whether no byte before it is one that yajl escapes in a string
 * (a control character below 0x20, '"' or '\\'; '/' is not escaped, see
 * tocsin_json_new): both in one pass, eight ASCII bytes at a time, where
 * each test is exact as to whether some byte of the word is one of them (a
 * borrow only ever leaves a byte that is one). A string of news is mostly
 * ASCII; from a word of eight bytes that holds a non-ASCII byte, the bytes
 * are read one at a time up to the sequence it starts, which utf8proc
 * judges. */
static size_t scan_string(const char *s, size_t n, int *plain)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t esc = 0;
    size_t i = 0;
    while (i < n) {
        uint64_t w;
#ifdef __SSE2__
        if (n - i >= 16) { /* sixteen ASCII bytes in one test, when SSE2 is there (x86-64 always) */
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            if (!_mm_movemask_epi8(x)) {
                __m128i e = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                      _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                                         _mm_cmplt_epi8(x, _mm_set1_epi8(0x20))); /* (signed: ASCII here) */
                esc |= _mm_movemask_epi8(e) ? high : 0;
                i += 16;
                continue;
            }
        }
#endif
        if (n - i >= 8 && (memcpy(&w, s + i, 8), !(w & high))) {
            uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
            esc |= ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b);
            i += 8;
            continue;
        }
        if (n - i < 8) {
            /* the last 1 to 7 bytes (the whole of a code or a date) as one
               word: the string's last eight when it has them (bytes before i
               read again change nothing: they are in esc already), else its
               last bytes twice over or padded with 'A'; all ASCII, in one test */
            size_t r = n - i;
            if (n >= 8) {
                memcpy(&w, s + n - 8, 8);
            } else if (r >= 4) {
                uint32_t a, z;
                memcpy(&a, s + i, 4);
                memcpy(&z, s + n - 4, 4);
                w = (uint64_t)a | (uint64_t)z << 32;
            } else {
                w = (uint64_t)(unsigned char)s[i] | (uint64_t)(unsigned char)s[i + r / 2] << 8 |
                    (uint64_t)(unsigned char)s[n - 1] << 16 | (ones * 'A') << 24;
            }
            if (!(w & high)) {
                uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
                esc |= ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b);
                i = n;
                continue;
            }
        }
        /* a short tail (codes, dates), or the ASCII before the non-ASCII
           byte of a block: fewer than 8 bytes, one at a time */
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            esc |= (c < 0x20 || c == '"' || c == '\\') ? high : 0;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            break;
        i += (size_t)k;
    }
    *plain = !(esc & high);
    return i;
}

/* s[0..n) as a JSON string, its first invalid byte at `bad` (n: none);
 * plain: no byte before it is one yajl escapes */
static int string_from(tocsin_json *j, yajl_gen g, const char *s, size_t n, size_t bad,
                       int plain)
{
    if (TS_LIKELY(bad == n) && plain) {
        /* the common case (a sentence of news, a code): yajl would copy it
           between its quotes byte by byte, unchanged; it is handed to yajl
           quoted already, as an atom that yajl prints as it is (with the
           commas and nesting it keeps). Too long for the buffer: below */
        ts_buf *f = &j->fix;
        f->len = 0;
        if ((n + 2 < f->cap && n + 2 <= f->max) || !ts_buf_reserve(f, n + 2)) {
            f->p[0] = '"';
            memcpy(f->p + 1, s, n);
            f->p[n + 1] = '"';
            return done(j, yajl_gen_number(g, f->p, n + 2));
        }
    }
    if (TS_UNLIKELY(bad < n)) {
        /* each byte that starts no valid sequence becomes U+FFFD */
        ts_buf *f = &j->fix;
        f->len = 0;
        size_t run = 0;
        int rc = 0;
        while (bad < n && !rc) {
            rc = ts_buf_put(f, s + run, bad - run);
            rc = rc ? rc : ts_buf_put(f, "\xEF\xBF\xBD", 3);
            run = bad + 1;
            bad = bad_utf8(s, n, run);
        }
        rc = rc ? rc : ts_buf_put(f, s + run, n - run);
        if (rc)
            return j->err = rc;
        s = f->p;
        n = f->len;
    }
    return done(j, yajl_gen_string(g, (const unsigned char *)s, n));
}

static int string(tocsin_json *j, const char *s, size_t n)
{
    if (!s)
        s = "", n = 0;
    int plain;
    size_t bad = scan_string(s, n, &plain);
    return string_from(j, j->g, s, n, bad, plain);
}

int tocsin_json_strn(tocsin_json *j, const char *s, size_t n)
{
    return value_here(j) ? j->err : string(j, s, n);
}

int tocsin_json_str(tocsin_json *j, const char *s)
{
    return tocsin_json_strn(j, s, s ? strlen(s) : 0);
}

int tocsin_json_str_or_null(tocsin_json *j, const char *s)
{
    return s ? tocsin_json_str(j, s) : tocsin_json_null(j);
}

int tocsin_json_keyn(tocsin_json *j, const char *key, size_t n)
{
    if (!j->err && (!j->depth || j->open[j->depth - 1] != '{' || j->want_value))
        j->err = TOCSIN_EINVAL;
    if (j->err)
        return j->err;
    j->want_value = 1;
    /* a name the program chose: not checked as UTF-8 (yajl's own check is
       off, see tocsin_json_new), straight to yajl */
    if (!key)
        key = "", n = 0;
    return done(j, yajl_gen_string(j->g, (const unsigned char *)key, n));
}

int tocsin_json_key(tocsin_json *j, const char *key)
{
    return tocsin_json_keyn(j, key, key ? strlen(key) : 0);
}

/* v in decimal at the end of tmp[24] (the text of "%lld"); returns where it
 * starts */
static size_t int_digits(long long v, char tmp[24])
{
    size_t k = 24;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[--k] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--k] = '-';
    return k;
}

int tocsin_json_int(tocsin_json *j, long long v)
{
    if (value_here(j))
        return j->err;
    /* digits by hand rather than yajl's sprintf: the coder writes several
       integers per event (the same text as "%lld") */
    char tmp[24];
    size_t k = int_digits(v, tmp);
    return done(j, yajl_gen_number(j->g, tmp + k, sizeof tmp - k));
}

int tocsin_json_fixed(tocsin_json *j, double v, int decimals)
{
    if (!isfinite(v))
        return tocsin_json_null(j);
    if (value_here(j))
        return j->err;
    if (decimals < 0 || decimals > 17)
        return j->err = TOCSIN_EINVAL;
    char tmp[400]; /* %.17f of DBL_MAX is 327 bytes */
    int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    if (n < 0 || (size_t)n >= sizeof tmp)
        return j->err = TOCSIN_EINVAL;
    return done(j, yajl_gen_number(j->g, tmp, (size_t)n));
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int is_number(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && s[i] == '-')
        i++;
    if (i < n && s[i] == '0')
        i++;
    else if (i < n && s[i] >= '1' && s[i] <= '9')
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    else
        return 0;
    if (i < n && s[i] == '.') {
        size_t d = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d)
            return 0;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t d = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d)
            return 0;
    }
    return i == n;
}

int tocsin_json_number(tocsin_json *j, const char *s, size_t n)
{
    if (value_here(j))
        return j->err;
    if (!s || !is_number(s, n))
        return j->err = TOCSIN_EINVAL;
    return done(j, yajl_gen_number(j->g, s, n));
}

int tocsin_json_kstr(tocsin_json *j, const char *key, const char *s)
{
    tocsin_json_key(j, key);
    return tocsin_json_str(j, s);
}

int tocsin_json_kstr_or_null(tocsin_json *j, const char *key, const char *s)
{
    tocsin_json_key(j, key);
    return tocsin_json_str_or_null(j, s);
}

int tocsin_json_kint(tocsin_json *j, const char *key, long long v)
{
    tocsin_json_key(j, key);
    return tocsin_json_int(j, v);
}

int tocsin_json_kfixed(tocsin_json *j, const char *key, double v, int decimals)
{
    tocsin_json_key(j, key);
    return tocsin_json_fixed(j, v, decimals);
}

/* Raw text (see tocsin/json.h). It goes straight into the text, after the
 * separator that yajl printed for the value it was told of: yajl keeps
 * its place (the value is complete as far as it knows) and prints the
 * separator of whatever follows. */
int tocsin_json_raw_value(tocsin_json *j)
{
    if (value_here(j))
        return j->err;
    /* an empty atom: yajl prints the ':' or ',' in front of it */
    return done(j, yajl_gen_number(j->g, "", 0));
}

int tocsin_json_raw(tocsin_json *j, const char *s, size_t n)
{
    if (TS_UNLIKELY(j->err))
        return j->err;
    print(j, s, n);
    return j->err;
}

int tocsin_json_raw_int(tocsin_json *j, long long v)
{
    char tmp[24];
    size_t k = int_digits(v, tmp);
    return tocsin_json_raw(j, tmp + k, sizeof tmp - k);
}

int tocsin_json_raw_str(tocsin_json *j, const char *s, size_t n)
{
    if (TS_UNLIKELY(j->err))
        return j->err;
    if (!s)
        s = "", n = 0;
    int plain;
    size_t bad = scan_string(s, n, &plain);
    ts_buf *b = &j->out;
    if (TS_LIKELY(bad == n) && plain && n + 2 < b->cap - b->len) {
        /* as yajl would print it: between quotes, unchanged */
        char *d = b->p + b->len;
        d[0] = '"';
        memcpy(d + 1, s, n);
        d[n + 1] = '"';
        b->len += n + 2;
        return 0;
    }
    /* escapes, invalid UTF-8, or no room: yajl's own way, by a generator
       of its own that starts afresh with each string */
    if (!j->esc && !(j->esc = new_gen(j)))
        return j->err = TOCSIN_ENOMEM;
    yajl_gen_reset(j->esc, NULL);
    return string_from(j, j->esc, s, n, bad, plain);
}
