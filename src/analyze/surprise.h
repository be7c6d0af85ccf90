/* surprise.h - how surprising a count is: the negative-binomial tail that
 * ranks the alerts (see doc/alerts.md) and its reading in plain words. */
#ifndef TS_SURPRISE_H
#define TS_SURPRISE_H

#include <stddef.h>

/* log10 P(X >= x) for X negative-binomial with the given mean and size
 * (variance mean + mean^2 / size; a size of 1e7 or more is Poisson).
 * 0 for x <= 0; at least TS_LOG10P_MIN. */
#define TS_LOG10P_MIN -300.0
double ts_nb_log10_tail(double x, double mean, double size);

/* "about once in 40 years", "about once in 3 months", "several times a
 * year" for an event of probability 10^log10p per window of window_days. */
void ts_rarity_words(double log10p, int window_days, char *out, size_t n);

#endif
