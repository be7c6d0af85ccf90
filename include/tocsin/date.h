/* tocsin/date.h - calendar arithmetic on the proleptic Gregorian calendar
 * (day numbers, days since 1970-01-01, to and from year, month and day), the
 * one parser of dates as people and programs write them, and the spans of
 * time an event's text gives ("in April", "since May 2022"). */
#ifndef TOCSIN_DATE_H
#define TOCSIN_DATE_H

#include "tocsin/status.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The day number of y-m-d (m 1..12, d 1..31; not checked). */
long tocsin_days_from_civil(int y, int m, int d);

/* The year, month (1..12) and day (1..31) of a day number. */
void tocsin_civil_from_days(long days, int *y, int *m, int *d);

/* Days in month m (1..12) of year y; 0 for a month out of range. */
int tocsin_days_in_month(int y, int m);

/* Day of the week of a day number: 0 Monday .. 6 Sunday. */
int tocsin_weekday(long days);

/* Longest date string looked at, in bytes; a longer one is not a date. */
#define TOCSIN_DATE_MAX 200

/* Parses a date written as
 *   ISO 8601 / RFC 3339   2024-07-01, 2024-07-01T10:00:00Z, 2024-07-01 10:00+02:00, 20240701
 *   RFC 822 / 2822        Mon, 01 Jul 2024 10:00:00 +0000 (two-digit years: 1950-2049)
 *   prose                 July 1, 2024; Monday, July 1st, 2024; 1 July 2024; 1st of July 2024
 * Unicode spaces (no-break, thin, ...) count as spaces and Unicode dashes as
 * '-'; month and day names are English in any case, whatever the locale. A
 * time and zone may follow the date; the date kept is the one written, in the
 * writer's own zone (not moved to UTC), since "yesterday" in the text counts
 * from it. Returns 0 and *days, or TOCSIN_EPARSE with err->message saying why
 * ("no such day: 2024-02-30", "not a date: ...", "unexpected text after the
 * date: ..."). err may be NULL. */
int tocsin_date_parse(const char *s, size_t n, long *days, tocsin_error *err);

/* Finds the first date in a short line of free text ("Published: Thursday,
 * July 18, 2024 10:00"): only full dates with a four-digit year from 1900 to
 * 2100 count. Returns 1 and *days; 0 when there is none; -1 when the line
 * names an impossible day ("February 30, 2024"; err says which). */
int tocsin_date_find(const char *s, size_t n, long *days, tocsin_error *err);

/* Writes the day as YYYY-MM-DD plus NUL. */
void tocsin_date_format(long days, char out[11]);

/* How precisely a span of time is known. */
typedef enum tocsin_date_precision {
    TOCSIN_WHEN_NONE = 0,    /* unknown */
    TOCSIN_WHEN_DAY = 1,     /* one day */
    TOCSIN_WHEN_MONTH = 2,   /* a calendar month: start is its first day, end its last */
    TOCSIN_WHEN_YEAR = 3,    /* a calendar year */
    TOCSIN_WHEN_INTERVAL = 4 /* any other span of days, ends included */
} tocsin_date_precision;

/* Longest text tocsin_when_format writes, NUL included. */
#define TOCSIN_WHEN_LEN 24

/* Writes a span as the `when` field shows it: "2024-11-05" (day), "2024-04"
 * (month), "2015" (year), "2022-05-01/2024-11-06" (interval), "" (none).
 * Returns the length written. */
size_t tocsin_when_format(long start, long end, int precision, char out[TOCSIN_WHEN_LEN]);

/* Reads that text back. Returns 0, or TOCSIN_EPARSE. */
int tocsin_when_parse(const char *s, size_t n, long *start, long *end, int *precision);

#ifdef __cplusplus
}
#endif
#endif
