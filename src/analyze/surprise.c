/* surprise.c - negative-binomial tail probabilities through the
 * regularised incomplete beta function (continued fraction, modified
 * Lentz), and their reading as a return period. */
#include "surprise.h"

#include <math.h>
#include <stdio.h>

#define CF_MAX_ITER 20000 /* enough for shapes up to ~1e8 */
#define CF_EPS 1e-12
#define CF_TINY 1e-300
#define NB_POISSON_SIZE 1e7

/* The continued fraction of I_z(a, b), valid for z < (a + 1) / (a + b + 2). */
static double beta_cf(double a, double b, double z)
{
    double qab = a + b, qap = a + 1, qam = a - 1;
    double c = 1, d = 1 - qab * z / qap;
    if (fabs(d) < CF_TINY)
        d = CF_TINY;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= CF_MAX_ITER; m++) {
        double m2 = 2.0 * m;
        double aa = m * (b - m) * z / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (fabs(d) < CF_TINY)
            d = CF_TINY;
        c = 1 + aa / c;
        if (fabs(c) < CF_TINY)
            c = CF_TINY;
        d = 1 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * z / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (fabs(d) < CF_TINY)
            d = CF_TINY;
        c = 1 + aa / c;
        if (fabs(c) < CF_TINY)
            c = CF_TINY;
        d = 1 / d;
        double del = d * c;
        h *= del;
        if (fabs(del - 1) < CF_EPS)
            break;
    }
    return h;
}

/* ln I_z(a, b), the regularised incomplete beta function. */
static double log_ibeta(double a, double b, double z)
{
    if (z <= 0)
        return -INFINITY;
    if (z >= 1)
        return 0;
    double front = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(z) + b * log1p(-z);
    if (z < (a + 1) / (a + b + 2))
        return front + log(beta_cf(a, b, z)) - log(a);
    double rest = exp(front + log(beta_cf(b, a, 1 - z)) - log(b));
    return rest < 1 ? log1p(-rest) : log(CF_TINY);
}

double ts_nb_log10_tail(double x, double mean, double size)
{
    if (x <= 0)
        return 0;
    if (!(mean > 0))
        return TS_LOG10P_MIN;
    if (!(size > 0))
        size = 1e-6;
    if (size > NB_POISSON_SIZE)
        size = NB_POISSON_SIZE;
    /* X counts failures before `size` successes with success probability
       size / (size + mean): P(X >= x) = I_{mean / (size + mean)}(x, size) */
    double z = mean / (size + mean);
    double lp = log_ibeta(x, size, z) / log(10.0);
    if (!(lp > TS_LOG10P_MIN))
        lp = TS_LOG10P_MIN;
    return lp > 0 ? 0 : lp;
}

void ts_rarity_words(double log10p, int window_days, char *out, size_t n)
{
    if (window_days < 1)
        window_days = 1;
    /* return period: windows between two such windows, in years */
    double years = pow(10.0, -log10p) * window_days / 365.25;
    if (log10p > -0.3)
        snprintf(out, n, "common (about every other window)");
    else if (years < 1.0 / 12)
        snprintf(out, n, "about once in %.0f weeks", years * 52.18 < 1 ? 1 : years * 52.18);
    else if (years < 1)
        snprintf(out, n, "about once in %.0f month%s", years * 12 < 1.5 ? 1 : years * 12,
                 years * 12 < 1.5 ? "" : "s");
    else if (years < 1000)
        snprintf(out, n, "about once in %.0f year%s", years, years < 1.5 ? "" : "s");
    else
        snprintf(out, n, "rarer than once in a thousand years");
}
