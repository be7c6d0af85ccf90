/* pubdate.c - RFC 822 and RFC 3339 dates to YYYY-MM-DD. Written by hand
 * rather than with strptime, whose month names follow the locale. */
#include "pubdate.h"

#include <string.h>

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_space(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Reads up to max digits at s[*i]; returns the number, or -1 when there are
 * fewer than min. */
static int digits(const char *s, size_t n, size_t *i, int min, int max)
{
    int v = 0, k = 0;
    while (*i < n && k < max && is_digit((unsigned char)s[*i])) {
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        k++;
    }
    return k >= min ? v : -1;
}

static int valid_day(int y, int m, int d)
{
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= mdays[m - 1] + (m == 2 && leap);
}

static int emit(int y, int m, int d, char out[11])
{
    if (!valid_day(y, m, d))
        return -1;
    const int v[8] = {y / 1000, y / 100 % 10, y / 10 % 10, y % 10, m / 10, m % 10, d / 10, d % 10};
    const int pos[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int k = 0; k < 8; k++)
        out[pos[k]] = (char)('0' + v[k]);
    out[4] = out[7] = '-';
    out[10] = '\0';
    return 0;
}

/* 2024-11-05, 2024-11-05T10:00:00Z, 2024-11-05 10:00:00+02:00 */
static int iso(const char *s, size_t n, char out[11])
{
    size_t i = 0;
    int y = digits(s, n, &i, 4, 4);
    if (y < 0 || i >= n || s[i++] != '-')
        return -1;
    int m = digits(s, n, &i, 2, 2);
    if (m < 0 || i >= n || s[i++] != '-')
        return -1;
    int d = digits(s, n, &i, 2, 2);
    if (d < 0 || (i < n && is_digit((unsigned char)s[i])))
        return -1;
    return emit(y, m, d, out);
}

/* [Tue,] 05 Nov 2024 10:00:00 GMT; two-digit years are 1950-2049 (RFC 2822
 * section 4.3); full month names are accepted too. The time and zone are
 * not needed for the date. */
static int rfc822(const char *s, size_t n, char out[11])
{
    static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    size_t i = 0;
    if (i < n && is_alpha((unsigned char)s[i])) {
        while (i < n && is_alpha((unsigned char)s[i]))
            i++;
        if (i < n && s[i] == ',')
            i++;
        while (i < n && is_space((unsigned char)s[i]))
            i++;
    }
    int d = digits(s, n, &i, 1, 2);
    if (d < 0)
        return -1;
    while (i < n && (is_space((unsigned char)s[i]) || s[i] == '-'))
        i++;
    if (n - i < 3)
        return -1;
    int m = 0;
    for (int k = 0; k < 12 && !m; k++)
        if (lower((unsigned char)s[i]) == months[3 * k] &&
            lower((unsigned char)s[i + 1]) == months[3 * k + 1] &&
            lower((unsigned char)s[i + 2]) == months[3 * k + 2])
            m = k + 1;
    if (!m)
        return -1;
    while (i < n && is_alpha((unsigned char)s[i]))
        i++;
    while (i < n && (is_space((unsigned char)s[i]) || s[i] == '-'))
        i++;
    size_t y0 = i;
    int y = digits(s, n, &i, 2, 4);
    if (y < 0 || i - y0 == 3 || (i < n && !is_space((unsigned char)s[i])))
        return -1;
    if (i - y0 == 2)
        y += y < 50 ? 2000 : 1900;
    return emit(y, m, d, out);
}

int ts_pubdate(const char *s, size_t n, char out[11])
{
    out[0] = '\0';
    if (!s)
        return -1;
    while (n && is_space((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && is_space((unsigned char)s[n - 1]))
        n--;
    if (n >= 10 && is_digit((unsigned char)s[0]) && s[4] == '-')
        return iso(s, n, out);
    int rc = rfc822(s, n, out);
    if (rc)
        out[0] = '\0';
    return rc;
}
