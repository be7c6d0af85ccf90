/* textdate.h - finding the publication date at the top of a text article. */
#ifndef TS_TEXTDATE_H
#define TS_TEXTDATE_H

#include <stddef.h>

/* 1 and out = YYYY-MM-DD if a short line among the first 15 of text[0..n)
 * holds a date; else 0. */
int ts_find_date(const char *text, size_t n, char out[11]);

#endif
