/* fuzz_date.c - libFuzzer target for the one date parser and event time:
 * the bytes as a written date (tocsin_date_parse), as a short line holding
 * one (tocsin_date_find), as the top of a text article (ts_find_date), as a
 * `when` span (tocsin_when_parse), and as a sentence whose time expressions
 * are found and given to each of its words as a verb (when.c).
 * What is accepted must round-trip: a parsed day written out reads back as
 * the same day; a span written out reads back as the same span. */
#include "code/when.h"
#include "read/textdate.h"
#include "text/token.h"
#include "tocsin/date.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_TOKENS 512

typedef struct toks {
    ts_tok t[FUZZ_TOKENS];
    size_t n;
} toks;

static int grab(void *ud, const ts_tok *t)
{
    toks *k = ud;
    if (k->n >= FUZZ_TOKENS)
        return 1;
    k->t[k->n++] = *t;
    return 0;
}

static void same_day(long d)
{
    char out[11];
    long back = -1;
    tocsin_date_format(d, out);
    if (tocsin_date_parse(out, 10, &back, NULL) || back != d)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    tocsin_error err;
    long d;
    memset(&err, 0, sizeof err);
    if (tocsin_date_parse(s, size, &d, &err) == 0)
        same_day(d);
    else if (!err.message[0])
        abort();
    int r = tocsin_date_find(s, size, &d, NULL);
    if (r > 0)
        same_day(d);
    char top[11];
    if (ts_find_date(s, size, top, NULL) > 0 && (strlen(top) != 10 || tocsin_date_parse(top, 10, &d, NULL)))
        abort();
    long a, z;
    int p;
    if (tocsin_when_parse(s, size, &a, &z, &p) == 0) {
        char w[TOCSIN_WHEN_LEN];
        long a2, z2;
        int p2;
        size_t n = tocsin_when_format(a, z, p, w);
        if (tocsin_when_parse(w, n, &a2, &z2, &p2) || a2 != a || z2 != z || p2 != p)
            abort();
    }
    /* a sentence: expressions in token order, each within the sentence */
    static toks k;
    k.n = 0;
    ts_tokenize(s, size, grab, &k);
    ts_when x[TS_MAX_WHEN];
    long pub = tocsin_days_from_civil(2024, 11, 6);
    size_t nx = ts_when_scan(s, k.t, k.n, pub, 1, x, TS_MAX_WHEN);
    for (size_t i = 0; i < nx; i++)
        if (x[i].t0 >= x[i].t1 || x[i].t1 > k.n || x[i].start > x[i].end || (i && x[i].t0 < x[i - 1].t1))
            abort();
    ts_when_doc doc;
    memset(&doc, 0, sizeof doc);
    ts_when_remember(&doc, x, nx);
    for (size_t v = 0; v < k.n; v++) {
        ts_when w;
        if (ts_when_resolve(&doc, s, k.t, k.n, x, nx, 0, v, &w) && w.prec == TOCSIN_WHEN_NONE)
            abort();
    }
    return 0;
}
