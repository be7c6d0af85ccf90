/* textdate.c - the publication date printed at the top of a plain-text
 * article ("November 5, 2024", "Thursday, July 18, 2024", "5 Nov 2024",
 * "2024-11-05", with ordinary or no-break spaces): only short lines among the
 * first ones count, so that a date mentioned in the story itself is not taken
 * for the article's. The date itself is read by tocsin_date_find. */
#include "textdate.h"

#include "tocsin/date.h"

#include <string.h>

#define DATE_LINES 15      /* lines looked at */
#define DATE_LINE_MAX 120  /* bytes of a date line */
#define DATE_LINE_WORDS 12 /* words of a date line ("November 16, 2024 - 2:14 PM ET | Updated 3 hours ago") */

int ts_find_date(const char *text, size_t n, char out[11], tocsin_error *why)
{
    size_t i = 0;
    out[0] = '\0';
    for (int line = 0; line < DATE_LINES && i < n; line++) {
        const char *nl = memchr(text + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - text) : n;
        size_t len = e - i;
        int words = 0, in = 0;
        for (size_t k = i; k < e; k++) {
            int sp = text[k] == ' ' || text[k] == '\t';
            words += !sp && !in;
            in = !sp;
        }
        if (len > 0 && len < DATE_LINE_MAX && words <= DATE_LINE_WORDS) {
            long d;
            int r = tocsin_date_find(text + i, len, &d, why);
            if (r > 0) {
                tocsin_date_format(d, out);
                return 1;
            }
            if (r < 0) {
                if (why)
                    why->line = line + 1;
                return -1;
            }
        }
        i = e + 1;
    }
    return 0;
}
