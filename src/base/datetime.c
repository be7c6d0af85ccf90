/* datetime.c - the one parser of written dates (publication dates of text,
 * pages, feeds and JSON Lines; --date, --since, --until; imports) and the
 * text of event time spans. The input is first copied into a small buffer
 * with Unicode spaces and dashes folded to ASCII; the date itself is then
 * read by hand, because strptime's month names follow the locale, and the
 * time of day after it with strptime, which is locale-free for numbers. */
#define _XOPEN_SOURCE 700
#include "tocsin/date.h"

#include "internal.h"

#include <string.h>
#include <time.h>

int tocsin_days_in_month(int y, int m)
{
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return mdays[m - 1] + (m == 2 && leap);
}

int tocsin_weekday(long days)
{
    /* 1970-01-01 was a Thursday (3) */
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

void tocsin_date_format(long days, char out[11])
{
    int y, m, d;
    tocsin_civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999)
        y = y < 0 ? 0 : 9999;
    const int v[8] = {y / 1000, y / 100 % 10, y / 10 % 10, y % 10, m / 10, m % 10, d / 10, d % 10};
    const int pos[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int k = 0; k < 8; k++)
        out[pos[k]] = (char)('0' + v[k]);
    out[4] = out[7] = '-';
    out[10] = '\0';
}

/* ---- folding ---- */

/* Copies s[0..n) into out with Unicode spaces as ' ' and dashes as '-';
 * returns the length, or 0 when s is too long to be a date. */
static size_t fold(const char *s, size_t n, char out[TOCSIN_DATE_MAX + 1])
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (o >= TOCSIN_DATE_MAX)
            return 0;
        unsigned char c = (unsigned char)s[i];
        unsigned char c1 = i + 1 < n ? (unsigned char)s[i + 1] : 0;
        unsigned char c2 = i + 2 < n ? (unsigned char)s[i + 2] : 0;
        if (c == 0xC2 && c1 == 0xA0) { /* U+00A0 no-break space */
            out[o++] = ' ';
            i += 1;
        } else if (c == 0xE2 && c1 == 0x80 && ((c2 >= 0x80 && c2 <= 0x8B) || c2 == 0xAF)) {
            out[o++] = ' '; /* U+2000..U+200B, U+202F narrow no-break space */
            i += 2;
        } else if (c == 0xE2 && c1 == 0x81 && c2 == 0x9F) { /* U+205F */
            out[o++] = ' ';
            i += 2;
        } else if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) { /* U+3000 */
            out[o++] = ' ';
            i += 2;
        } else if (c == 0xE2 && c1 == 0x80 && c2 >= 0x90 && c2 <= 0x95) { /* U+2010..U+2015 */
            out[o++] = '-';
            i += 2;
        } else if (c == 0xE2 && c1 == 0x88 && c2 == 0x92) { /* U+2212 minus */
            out[o++] = '-';
            i += 2;
        } else if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) { /* byte order mark */
            i += 2;
        } else {
            out[o++] = (char)(c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' ? ' ' : c);
        }
    }
    out[o] = '\0';
    return o;
}

/* ---- the date itself ---- */

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int word_is(const char *p, size_t n, const char *lit)
{
    size_t k = 0;
    for (; k < n; k++)
        if (!lit[k] || lower((unsigned char)p[k]) != lit[k])
            return 0;
    return lit[k] == '\0';
}

/* A month's full name, its three-letter abbreviation, or "sept". */
int ts_month_name(const char *p, size_t n)
{
    static const char *const full[12] = {"january", "february", "march",     "april",   "may",      "june",
                                         "july",    "august",   "september", "october", "november", "december"};
    for (int m = 0; m < 12; m++) {
        if (word_is(p, n, full[m]))
            return m + 1;
        if (n == 3 && word_is(p, n, (char[4]){full[m][0], full[m][1], full[m][2], 0}))
            return m + 1;
    }
    return word_is(p, n, "sept") ? 9 : 0;
}

/* A weekday's full name or usual abbreviation: 0 Monday .. 6 Sunday, or -1. */
int ts_weekday_name(const char *p, size_t n)
{
    static const char *const full[7] = {"monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
    for (int w = 0; w < 7; w++) {
        if (word_is(p, n, full[w]))
            return w;
        if (n == 3 && word_is(p, n, (char[4]){full[w][0], full[w][1], full[w][2], 0}))
            return w;
    }
    if (word_is(p, n, "tues"))
        return 1;
    if (word_is(p, n, "thur") || word_is(p, n, "thurs"))
        return 3;
    return -1;
}

typedef struct scan {
    const char *b;
    size_t n, i;
} scan;

static void skip_space(scan *s)
{
    while (s->i < s->n && s->b[s->i] == ' ')
        s->i++;
}

/* Up to max digits; returns the value and sets *len (0 when none). */
static int digits(scan *s, int max, int *len)
{
    int v = 0, k = 0;
    while (s->i < s->n && k < max && is_digit((unsigned char)s->b[s->i])) {
        v = v * 10 + (s->b[s->i++] - '0');
        k++;
    }
    *len = k;
    return v;
}

static size_t word_len(const scan *s)
{
    size_t k = s->i;
    while (k < s->n && is_alpha((unsigned char)s->b[k]))
        k++;
    return k - s->i;
}

/* A month name at s->i, with an optional '.' after it. */
static int month_word(scan *s)
{
    size_t wl = word_len(s);
    int m = wl ? ts_month_name(s->b + s->i, wl) : 0;
    if (m) {
        s->i += wl;
        if (s->i < s->n && s->b[s->i] == '.')
            s->i++;
    }
    return m;
}

/* "st", "nd", "rd", "th" after a day number. */
static void ordinal(scan *s)
{
    size_t wl = word_len(s);
    if (wl == 2 && (word_is(s->b + s->i, 2, "st") || word_is(s->b + s->i, 2, "nd") ||
                    word_is(s->b + s->i, 2, "rd") || word_is(s->b + s->i, 2, "th")))
        s->i += 2;
}

enum { D_NONE = 0, D_OK = 1, D_BAD = 2 };

typedef struct ymd {
    int y, m, d;
} ymd;

/* A year after a month: four digits, or (RFC 822) two. */
static int year(scan *s, int allow2, int *y)
{
    int len;
    int v = digits(s, 5, &len);
    if (s->i < s->n && (is_digit((unsigned char)s->b[s->i]) || is_alpha((unsigned char)s->b[s->i])))
        return 0;
    if (len == 4) {
        *y = v;
        return 1;
    }
    if (len == 2 && allow2) {
        *y = v + (v < 50 ? 2000 : 1900);
        return 1;
    }
    return 0;
}

/* Reads a date at s->i. loose: a prefix of free text (four-digit years only,
 * no compact 20240701). Returns D_NONE (not a date; s->i unchanged), D_OK or
 * D_BAD (shaped like a date but no such day; *out says which). */
static int date_at(scan *s, int loose, ymd *out)
{
    size_t start = s->i;
    /* an optional weekday: "Mon, ", "Thursday " */
    size_t wl = word_len(s);
    if (wl && ts_weekday_name(s->b + s->i, wl) >= 0) {
        s->i += wl;
        if (s->i < s->n && s->b[s->i] == '.')
            s->i++;
        if (s->i < s->n && s->b[s->i] == ',')
            s->i++;
        skip_space(s);
    }
    int len, y = 0, m = 0, d = 0, ok = 0;
    size_t at = s->i;
    if (s->i < s->n && is_digit((unsigned char)s->b[s->i])) {
        int v = digits(s, 9, &len);
        char sep = s->i < s->n ? s->b[s->i] : '\0';
        if (len == 4 && (sep == '-' || sep == '/' || sep == '.')) {
            /* 2024-07-01, 2024/07/01 */
            int l2, l3;
            s->i++;
            m = digits(s, 2, &l2);
            if (l2 && s->i < s->n && s->b[s->i] == sep) {
                s->i++;
                d = digits(s, 2, &l3);
                /* ISO writes two digits; slashes and dots may write one */
                ok = l3 && !(s->i < s->n && is_digit((unsigned char)s->b[s->i])) &&
                     (sep != '-' || (l2 == 2 && l3 == 2));
                y = v;
            }
        } else if (len == 8 && !loose) {
            y = v / 10000, m = v / 100 % 100, d = v % 100; /* 20240701 */
            ok = 1;
        } else if (len >= 1 && len <= 2) {
            /* 1 July 2024, 01 Jul 2024, 1st of July, 2024, 05-Nov-24 */
            d = v;
            ordinal(s);
            int dash = s->i < s->n && s->b[s->i] == '-';
            if (dash)
                s->i++;
            skip_space(s);
            if (!dash && word_len(s) == 2 && word_is(s->b + s->i, 2, "of")) {
                s->i += 2;
                skip_space(s);
            }
            m = month_word(s);
            if (m) {
                if (s->i < s->n && (s->b[s->i] == ',' || s->b[s->i] == '-'))
                    s->i++;
                skip_space(s);
                ok = year(s, !loose, &y);
            }
        }
    } else if ((m = month_word(s)) != 0) {
        /* July 1, 2024; Jul 1st 2024 */
        skip_space(s);
        d = digits(s, 2, &len);
        if (len && !(s->i < s->n && is_digit((unsigned char)s->b[s->i]))) {
            ordinal(s);
            if (s->i < s->n && s->b[s->i] == ',')
                s->i++;
            skip_space(s);
            ok = year(s, 0, &y);
        }
    }
    (void)at;
    if (!ok) {
        s->i = start;
        return D_NONE;
    }
    out->y = y, out->m = m, out->d = d;
    int lo = loose ? 1900 : 1000, hi = loose ? 2100 : 9999;
    if (y < lo || y > hi)
        return loose ? (s->i = start, D_NONE) : D_BAD;
    if (d < 1 || d > tocsin_days_in_month(y, m))
        return D_BAD;
    return D_OK;
}

/* The time and zone after a date: [T| |, |at ]HH:MM[:SS[.f]] [am|pm] [Z|+HH[:MM]|UTC|(comment)].
 * Returns 1 when s is then at its end. */
static int time_tail(scan *s)
{
    skip_space(s);
    if (s->i < s->n && (s->b[s->i] == 'T' || s->b[s->i] == 't' || s->b[s->i] == ','))
        s->i++;
    skip_space(s);
    if (word_len(s) == 2 && word_is(s->b + s->i, 2, "at")) {
        s->i += 2;
        skip_space(s);
    }
    if (s->i >= s->n)
        return 1;
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    /* strptime wants a NUL-terminated string: the folded buffer is one */
    const char *e = NULL;
    if (is_digit((unsigned char)s->b[s->i]))
        e = strptime(s->b + s->i, "%H:%M", &tm);
    if (!e) {
        /* basic ISO: T100000 */
        int len;
        size_t t0 = s->i;
        int v = digits(s, 6, &len);
        if (!(len == 4 || len == 6) || v / (len == 6 ? 10000 : 100) > 23) {
            s->i = t0;
            return 0;
        }
    } else {
        s->i = (size_t)(e - s->b);
        if (s->i < s->n && s->b[s->i] == ':') {
            e = strptime(s->b + s->i, ":%S", &tm);
            if (!e)
                return 0;
            s->i = (size_t)(e - s->b);
            if (s->i < s->n && (s->b[s->i] == '.' || s->b[s->i] == ',')) {
                int len;
                s->i++;
                digits(s, 9, &len);
                if (!len)
                    return 0;
                while (s->i < s->n && is_digit((unsigned char)s->b[s->i]))
                    s->i++;
            }
        }
    }
    skip_space(s);
    size_t wl = word_len(s);
    if (wl == 2 && (word_is(s->b + s->i, 2, "am") || word_is(s->b + s->i, 2, "pm"))) {
        s->i += 2;
        skip_space(s);
    }
    if (s->i < s->n && (s->b[s->i] == '+' || s->b[s->i] == '-')) {
        int len, l2 = 0;
        s->i++;
        int v = digits(s, 4, &len);
        if (len == 2 && s->i < s->n && s->b[s->i] == ':') {
            s->i++;
            digits(s, 2, &l2);
            if (l2 != 2)
                return 0;
        } else if (len != 2 && len != 4) {
            return 0;
        }
        if ((len == 4 ? v / 100 : v) > 18)
            return 0;
        skip_space(s);
    } else if (s->i < s->n && (s->b[s->i] == 'Z' || s->b[s->i] == 'z') && word_len(s) == 1) {
        s->i++;
        skip_space(s);
    } else if ((wl = word_len(s)) >= 1 && wl <= 5) {
        /* UTC, GMT, EST, CEST ... written in capitals */
        for (size_t k = 0; k < wl; k++)
            if (s->b[s->i + k] < 'A' || s->b[s->i + k] > 'Z')
                return 0;
        s->i += wl;
        skip_space(s);
    }
    if (s->i < s->n && s->b[s->i] == '(') {
        const char *close = memchr(s->b + s->i, ')', s->n - s->i);
        if (!close)
            return 0;
        s->i = (size_t)(close - s->b) + 1;
        skip_space(s);
    }
    return s->i >= s->n;
}

/* The input, shortened for a message. */
static const char *quoted(const char *b, size_t n, char out[48])
{
    size_t k = n < 40 ? n : 40;
    memcpy(out, b, k);
    if (k < n)
        memcpy(out + k, "...", 4);
    else
        out[k] = '\0';
    return out;
}

int tocsin_date_parse(const char *s, size_t n, long *days, tocsin_error *err)
{
    char b[TOCSIN_DATE_MAX + 1], q[48];
    if (!s || n == 0) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "empty date");
        return TOCSIN_EPARSE;
    }
    if (n > TOCSIN_DATE_MAX) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "not a date: %s (over %d bytes)",
                     quoted(s, n, q), TOCSIN_DATE_MAX);
        return TOCSIN_EPARSE;
    }
    size_t bn = fold(s, n, b);
    scan sc = {b, bn, 0};
    skip_space(&sc);
    while (sc.n > sc.i && b[sc.n - 1] == ' ')
        sc.n--;
    b[sc.n] = '\0';
    ymd v = {0, 0, 0};
    int r = date_at(&sc, 0, &v);
    if (r == D_NONE) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1,
                     "not a date: \"%s\" (expected e.g. 2024-07-01, 1 July 2024, July 1, 2024 or "
                     "Mon, 01 Jul 2024 10:00:00 +0000)", quoted(b + sc.i, sc.n - sc.i, q));
        return TOCSIN_EPARSE;
    }
    if (r == D_BAD) {
        if (v.m < 1 || v.m > 12)
            ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "no such month: %d in \"%s\"", v.m,
                         quoted(b, sc.n, q));
        else if (v.y < 1000 || v.y > 9999)
            ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "year out of range in \"%s\"",
                         quoted(b, sc.n, q));
        else
            ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "no such day: %04d-%02d-%02d", v.y, v.m, v.d);
        return TOCSIN_EPARSE;
    }
    if (!time_tail(&sc)) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "unexpected text after the date: \"%s\"",
                     quoted(b + sc.i, sc.n - sc.i, q));
        return TOCSIN_EPARSE;
    }
    *days = tocsin_days_from_civil(v.y, v.m, v.d);
    return 0;
}

int tocsin_date_find(const char *s, size_t n, long *days, tocsin_error *err)
{
    char b[TOCSIN_DATE_MAX + 1];
    if (!s || n == 0 || n > TOCSIN_DATE_MAX)
        return 0;
    size_t bn = fold(s, n, b);
    for (size_t i = 0; i < bn; i++) {
        unsigned char prev = i ? (unsigned char)b[i - 1] : ' ';
        if (is_alpha(prev) || is_digit(prev))
            continue;
        scan sc = {b, bn, i};
        ymd v;
        int r = date_at(&sc, 1, &v);
        if (r == D_OK) {
            *days = tocsin_days_from_civil(v.y, v.m, v.d);
            return 1;
        }
        if (r == D_BAD) {
            ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "no such day: %04d-%02d-%02d", v.y, v.m, v.d);
            return -1;
        }
    }
    return 0;
}

/* The strict YYYY-MM-DD the store and the dictionaries write. */
int ts_parse_date(const char *s, size_t n, int32_t *days)
{
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    int v[8];
    const int pos[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; i++) {
        if (s[pos[i]] < '0' || s[pos[i]] > '9')
            return -1;
        v[i] = s[pos[i]] - '0';
    }
    int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    int m = v[4] * 10 + v[5], dd = v[6] * 10 + v[7];
    if (dd < 1 || dd > tocsin_days_in_month(y, m))
        return -1;
    *days = (int32_t)tocsin_days_from_civil(y, m, dd);
    return 0;
}

int ts_date_iso(const char *s, size_t n, char out[11])
{
    long d;
    out[0] = '\0';
    if (tocsin_date_parse(s, n, &d, NULL))
        return -1;
    tocsin_date_format(d, out);
    return 0;
}

/* ---- event time spans ---- */

size_t tocsin_when_format(long start, long end, int precision, char out[TOCSIN_WHEN_LEN])
{
    char a[11], z[11];
    out[0] = '\0';
    switch (precision) {
    case TOCSIN_WHEN_DAY:
        tocsin_date_format(start, out);
        return 10;
    case TOCSIN_WHEN_MONTH:
        tocsin_date_format(start, a);
        memcpy(out, a, 7);
        out[7] = '\0';
        return 7;
    case TOCSIN_WHEN_YEAR:
        tocsin_date_format(start, a);
        memcpy(out, a, 4);
        out[4] = '\0';
        return 4;
    case TOCSIN_WHEN_INTERVAL:
        tocsin_date_format(start, a);
        tocsin_date_format(end, z);
        memcpy(out, a, 10);
        out[10] = '/';
        memcpy(out + 11, z, 11);
        return 21;
    default:
        return 0;
    }
}

int tocsin_when_parse(const char *s, size_t n, long *start, long *end, int *precision)
{
    int32_t a, z;
    int y = 0, m = 0;
    for (size_t k = 0; k < n && k < 4; k++) {
        if (!is_digit((unsigned char)s[k]))
            return TOCSIN_EPARSE;
        y = y * 10 + (s[k] - '0');
    }
    if (n == 4) {
        *start = tocsin_days_from_civil(y, 1, 1);
        *end = tocsin_days_from_civil(y, 12, 31);
        *precision = TOCSIN_WHEN_YEAR;
        return 0;
    }
    if (n == 7 && s[4] == '-' && is_digit((unsigned char)s[5]) && is_digit((unsigned char)s[6])) {
        m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m < 1 || m > 12)
            return TOCSIN_EPARSE;
        *start = tocsin_days_from_civil(y, m, 1);
        *end = tocsin_days_from_civil(y, m, tocsin_days_in_month(y, m));
        *precision = TOCSIN_WHEN_MONTH;
        return 0;
    }
    if (n == 10 && !ts_parse_date(s, 10, &a)) {
        *start = *end = a;
        *precision = TOCSIN_WHEN_DAY;
        return 0;
    }
    if (n == 21 && s[10] == '/' && !ts_parse_date(s, 10, &a) && !ts_parse_date(s + 11, 10, &z) && a <= z) {
        *start = a;
        *end = z;
        *precision = TOCSIN_WHEN_INTERVAL;
        return 0;
    }
    return TOCSIN_EPARSE;
}
