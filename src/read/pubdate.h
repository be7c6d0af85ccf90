/* pubdate.h - publication dates as pages and feeds write them (RFC 822 in
 * RSS, RFC 3339 / ISO 8601 in Atom and HTML metadata), reduced to a
 * YYYY-MM-DD calendar date. */
#ifndef TS_PUBDATE_H
#define TS_PUBDATE_H

#include <stddef.h>

/* Parses s[0..n) and writes "YYYY-MM-DD" plus NUL into out. The date is the
 * one written, in the writer's own time zone (not moved to UTC): relative
 * dates in the text ("yesterday") count from it. Returns 0, or -1 when s is
 * not a valid date (out is then ""). */
int ts_pubdate(const char *s, size_t n, char out[11]);

#endif
