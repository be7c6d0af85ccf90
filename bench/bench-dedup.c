/* bench-dedup.c - how deduplication scales: stores N generated articles (a
 * fifth of them near-copies of earlier ones: a changed headline, a byline, a
 * few words swapped) in a fresh database and reports the time per article and
 * how many planted copies were found. Usage: bench-dedup N [DB] */
#include "tocsin/fingerprint.h"
#include "tocsin/store.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static const char *const words[] = {
    "the", "government", "said", "on", "Monday", "that", "talks", "with", "officials", "would",
    "continue", "after", "troops", "moved", "near", "border", "and", "ministers", "met", "in",
    "capital", "to", "discuss", "trade", "security", "aid", "sanctions", "president", "warned",
    "rebels", "attacked", "convoy", "north", "army", "denied", "reports", "of", "casualties",
    "while", "protesters", "gathered", "outside", "parliament", "demanding", "elections", "police",
    "arrested", "leaders", "opposition", "agreement", "signed", "ceasefire", "violated", "drones",
};
#define NW (sizeof words / sizeof words[0])

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Article i's text: 120-220 words drawn from a seed of its own. */
static size_t article(uint64_t seed, char *buf, size_t cap, int variant)
{
    uint64_t save = rng;
    rng = seed * 2654435761u + 1;
    size_t n = 0, len = 120 + next() % 100;
    if (variant)
        n += (size_t)snprintf(buf + n, cap - n, "By Staff Reporter\n\n");
    for (size_t w = 0; w < len && n + 32 < cap; w++) {
        const char *word = words[next() % NW];
        if (variant && w % 40 == 7)
            word = "reportedly"; /* a few words differ in the copy */
        n += (size_t)snprintf(buf + n, cap - n, "%s%s", word, w % 17 == 16 ? ". " : " ");
    }
    rng = save;
    return n;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 10000;
    char path[256];
    snprintf(path, sizeof path, "%s", argc > 2 ? argv[2] : "/tmp/tocsin-bench-dedup.db");
    unlink(path);
    char wal[300];
    snprintf(wal, sizeof wal, "%s-wal", path);
    unlink(wal);
    tocsin_store *s;
    tocsin_error err;
    if (tocsin_store_open(path, TOCSIN_STORE_CREATE, &s, &err)) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    static char buf[8192];
    long planted = 0, found = 0, false_hits = 0, norig = 0;
    uint64_t *orig = malloc((size_t)n * sizeof *orig);
    if (!orig)
        return 1;
    double t0 = now();
    tocsin_store_begin(s, &err);
    for (long i = 0; i < n; i++) {
        int copy = norig > 10 && next() % 5 == 0;
        /* a copy reuses an earlier original's seed; originals never collide */
        uint64_t seed = copy ? orig[next() % (uint64_t)norig] : (uint64_t)i + 1000000;
        if (!copy)
            orig[norig++] = seed;
        size_t len = article(seed, buf, sizeof buf, copy);
        tocsin_fingerprint fp;
        tocsin_fingerprint_article(buf, len, 0, &fp); /* as ingest does: bylines left out */
        char key[32];
        snprintf(key, sizeof key, "a%ld", i);
        tocsin_article a = {key, NULL, copy ? "Copy Desk" : "Wire", NULL, "2024-01-01", len};
        long long story;
        int v = tocsin_store_article(s, &a, &fp, "bench", &story, &err);
        if (v < 0) {
            fprintf(stderr, "%s\n", err.message);
            return 1;
        }
        if (copy) {
            planted++;
            found += v == TOCSIN_ARTICLE_COPY;
        } else {
            false_hits += v == TOCSIN_ARTICLE_COPY;
        }
        if ((i + 1) % 5000 == 0) {
            tocsin_store_commit(s, &err);
            tocsin_store_begin(s, &err);
        }
    }
    tocsin_store_commit(s, &err);
    double t = now() - t0;
    printf("%8ld articles: %7.2f s, %6.1f us/article, %8.0f articles/min; copies found %ld/%ld, "
           "originals merged by mistake %ld\n",
           n, t, t / n * 1e6, n / t * 60, found, planted, false_hits);
    tocsin_store_close(s);
    free(orig);
    unlink(path);
    unlink(wal);
    return 0;
}
