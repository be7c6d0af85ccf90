/* textdate.c - the publication date printed at the top of a plain-text
 * article ("November 5, 2024", "Thursday, July 18, 2024", "5 Nov 2024",
 * "2024-11-05"): only short lines among the first ones count, so that a date
 * mentioned in the story itself is not taken for the article's. */
#include "textdate.h"

#include <stdio.h>
#include <string.h>

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int month_at(const char *p, size_t n)
{
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++)
        if (lower(p[0]) == months[m][0] && lower(p[1]) == months[m][1] && lower(p[2]) == months[m][2])
            return m + 1;
    return 0;
}

static int number(const char *p, size_t n, size_t *len)
{
    int v = 0;
    size_t k = 0;
    while (k < n && k < 4 && p[k] >= '0' && p[k] <= '9')
        v = v * 10 + (p[k++] - '0');
    *len = k;
    return k ? v : -1;
}

static int valid(int y, int m, int d) { return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31; }

/* One line: finds a date in it; 1 if found. */
static int in_line(const char *p, size_t n, char out[11])
{
    for (size_t i = 0; i < n; i++) {
        size_t l1, l2, l3;
        /* 2024-11-05 */
        int y = number(p + i, n - i, &l1);
        if (y >= 1900 && l1 == 4 && i + 10 <= n && p[i + 4] == '-' && p[i + 7] == '-') {
            int m = number(p + i + 5, 2, &l2), d = number(p + i + 8, 2, &l3);
            if (l2 == 2 && l3 == 2 && valid(y, m, d)) {
                snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
                return 1;
            }
        }
        if (i > 0 && ((p[i - 1] >= 'a' && p[i - 1] <= 'z') || (p[i - 1] >= 'A' && p[i - 1] <= 'Z')))
            continue;
        int m = month_at(p + i, n - i);
        if (m) {
            /* Month D, YYYY  /  Month D,YYYY */
            size_t k = i;
            while (k < n && ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z') || p[k] == '.'))
                k++;
            while (k < n && p[k] == ' ')
                k++;
            int d = number(p + k, n - k, &l1);
            if (d > 0 && l1 <= 2) {
                k += l1;
                while (k < n && (p[k] == ',' || p[k] == ' '))
                    k++;
                int yy = number(p + k, n - k, &l2);
                if (l2 == 4 && valid(yy, m, d)) {
                    snprintf(out, 11, "%04d-%02d-%02d", yy, m, d);
                    return 1;
                }
            }
        }
        /* D Month YYYY */
        int d = number(p + i, n - i, &l1);
        if (d > 0 && l1 <= 2 && i + l1 + 1 < n && p[i + l1] == ' ') {
            size_t k = i + l1 + 1;
            int mm = month_at(p + k, n - k);
            if (mm) {
                while (k < n && ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z') || p[k] == '.'))
                    k++;
                while (k < n && (p[k] == ' ' || p[k] == ','))
                    k++;
                int yy = number(p + k, n - k, &l2);
                if (l2 == 4 && valid(yy, mm, d)) {
                    snprintf(out, 11, "%04d-%02d-%02d", yy, mm, d);
                    return 1;
                }
            }
        }
    }
    return 0;
}

int ts_find_date(const char *text, size_t n, char out[11])
{
    size_t i = 0;
    for (int line = 0; line < 15 && i < n; line++) {
        const char *nl = memchr(text + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - text) : n;
        size_t len = e - i;
        int words = 0, in = 0;
        for (size_t k = i; k < e; k++) {
            int sp = text[k] == ' ' || text[k] == '\t';
            words += !sp && !in;
            in = !sp;
        }
        if (len > 0 && len < 120 && words <= 8 && in_line(text + i, len, out))
            return 1;
        i = e + 1;
    }
    return 0;
}
