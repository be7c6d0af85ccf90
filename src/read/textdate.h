/* textdate.h - finding the publication date at the top of a text article. */
#ifndef TS_TEXTDATE_H
#define TS_TEXTDATE_H

#include "tocsin/status.h"

#include <stddef.h>

/* Looks for a date (tocsin_date_find) in the short lines among the first 15
 * of text[0..n). Returns 1 and out = YYYY-MM-DD; 0 when none holds a date;
 * -1 when the first dated line names an impossible day (why says which, with
 * why->line its 1-based line). */
int ts_find_date(const char *text, size_t n, char out[11], tocsin_error *why);

#endif
