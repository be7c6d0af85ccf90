/* tocsin/date.h - calendar arithmetic on the proleptic Gregorian calendar:
 * day numbers (days since 1970-01-01) to and from year, month and day. */
#ifndef TOCSIN_DATE_H
#define TOCSIN_DATE_H

#ifdef __cplusplus
extern "C" {
#endif

/* The day number of y-m-d (m 1..12, d 1..31; not checked). */
long tocsin_days_from_civil(int y, int m, int d);

/* The year, month (1..12) and day (1..31) of a day number. */
void tocsin_civil_from_days(long days, int *y, int *m, int *d);

#ifdef __cplusplus
}
#endif
#endif
