/* test_surprise.c - the negative-binomial tail that ranks the alerts
 * (src/analyze/surprise.c) against a direct sum of the probabilities, its
 * Poisson limit, and its reading in plain words. Run from test_units.c's
 * main as its own group. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "analyze/surprise.h"

int run_surprise_tests(void);

/* log10 P(X >= x) by summing the mass function directly (slow, simple) */
static double direct(int x, double mean, double size)
{
    double p = size / (size + mean), tail = 0;
    for (int j = x; j < x + 20000; j++) {
        double lp = lgamma(j + size) - lgamma(size) - lgamma(j + 1.0) + size * log(p) + j * log1p(-p);
        tail += exp(lp);
    }
    return log10(tail);
}

static void t_nb_matches_direct_sum(void **st)
{
    (void)st;
    static const double cases[][3] = {
        {1, 0.2, 0.5}, {3, 0.5, 1}, {10, 2.5, 1.6}, {25, 3, 0.9}, {60, 26, 8}, {5, 40, 2}, {200, 80, 10},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double got = ts_nb_log10_tail(cases[i][0], cases[i][1], cases[i][2]);
        double want = direct((int)cases[i][0], cases[i][1], cases[i][2]);
        if (fabs(got - want) > 1e-6 * (1 + fabs(want)))
            fail_msg("x=%g mean=%g size=%g: %.9f, summed %.9f", cases[i][0], cases[i][1], cases[i][2], got, want);
    }
}

static void t_nb_edges(void **st)
{
    (void)st;
    assert_true(ts_nb_log10_tail(0, 3, 1) == 0);       /* at least nothing: certain */
    assert_true(ts_nb_log10_tail(4, 0, 1) == TS_LOG10P_MIN); /* something where nothing is expected */
    assert_true(ts_nb_log10_tail(1e6, 1, 1) >= TS_LOG10P_MIN);
    /* Poisson limit: P(X >= 2 | mean 1) = 1 - 2/e */
    assert_true(fabs(ts_nb_log10_tail(2, 1, 1e12) - log10(1 - 2 / exp(1.0))) < 1e-6);
    /* more is rarer; more overdispersion makes the same count less rare */
    double prev = 0;
    for (int x = 1; x < 40; x++) {
        double lp = ts_nb_log10_tail(x, 5, 2);
        assert_true(lp < prev);
        prev = lp;
    }
    assert_true(ts_nb_log10_tail(20, 5, 0.5) > ts_nb_log10_tail(20, 5, 50));
}

static void t_rarity_words(void **st)
{
    (void)st;
    char w[64];
    ts_rarity_words(-log10(40 * 365.25 / 30), 30, w, sizeof w);
    assert_string_equal(w, "about once in 40 years");
    ts_rarity_words(-log10(3.0), 30, w, sizeof w);
    assert_string_equal(w, "about once in 3 months");
    ts_rarity_words(-0.1, 30, w, sizeof w);
    assert_true(strstr(w, "common") != NULL);
    ts_rarity_words(-12, 30, w, sizeof w);
    assert_string_equal(w, "rarer than once in a thousand years");
}

int run_surprise_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_nb_matches_direct_sum),
        cmocka_unit_test(t_nb_edges),
        cmocka_unit_test(t_rarity_words),
    };
    return cmocka_run_group_tests_name("alert scores", tests, NULL, NULL);
}
