/* fingerprint.c - content hash and MinHash signatures for deduplication.
 * Words come from the tokenizer, so curly and straight quotes, dashes and
 * spacing do not make two copies of a wire story look different. */
#include "tocsin/fingerprint.h"

#include "base/internal.h"
#include "read/boiler.h"
#include "text/token.h"

#include <string.h>

#define SHINGLE 4

typedef struct fpctx {
    tocsin_fingerprint *fp;
    uint64_t window[SHINGLE];
    uint32_t nwords;
    uint64_t content;
} fpctx;

/* Seeds for the TOCSIN_MINHASH hash functions (odd multipliers). */
static uint64_t seed(int k) { return ts_mix(0x9E3779B97F4A7C15ull * (uint64_t)(k + 1)) | 1; }

static int on_word(void *ud, const ts_tok *t)
{
    fpctx *c = ud;
    if (t->kind == TK_PUNCT || !t->hash)
        return 0;
    c->content = (c->content ^ t->hash) * TS_FNV_PRIME;
    memmove(c->window, c->window + 1, (SHINGLE - 1) * sizeof c->window[0]);
    c->window[SHINGLE - 1] = t->hash;
    c->nwords++;
    if (c->nwords < SHINGLE)
        return 0;
    uint64_t sh = 0;
    for (int k = 0; k < SHINGLE; k++)
        sh = ts_mix(sh ^ c->window[k]);
    for (int k = 0; k < TOCSIN_MINHASH; k++) {
        uint32_t v = (uint32_t)(ts_mix(sh * seed(k)) >> 32);
        if (v < c->fp->minhash[k])
            c->fp->minhash[k] = v;
    }
    return 0;
}

static void fp_begin(tocsin_fingerprint *fp, fpctx *c)
{
    memset(fp, 0, sizeof *fp);
    for (int k = 0; k < TOCSIN_MINHASH; k++)
        fp->minhash[k] = UINT32_MAX;
    memset(c, 0, sizeof *c);
    c->fp = fp;
    c->content = TS_FNV_OFFSET;
}

static void fp_end(tocsin_fingerprint *fp, fpctx *c)
{
    fp->words = c->nwords;
    fp->content = c->nwords ? c->content : 0;
    fp->shingles = c->nwords >= SHINGLE ? c->nwords - SHINGLE + 1 : c->nwords ? 1 : 0;
    if (c->nwords > 0 && c->nwords < SHINGLE) {
        /* very short texts: one shingle of what there is */
        uint64_t sh = 0;
        for (int k = 0; k < SHINGLE; k++)
            sh = ts_mix(sh ^ c->window[k]);
        for (int k = 0; k < TOCSIN_MINHASH; k++)
            fp->minhash[k] = (uint32_t)(ts_mix(sh * seed(k)) >> 32);
    }
    /* coarse bands: 4 rows each, keyed as databases before 0.2 keyed them */
    const int rows = TOCSIN_MINHASH / TOCSIN_BANDS_COARSE;
    for (int b = 0; b < TOCSIN_BANDS_COARSE; b++) {
        uint64_t h = ts_mix((uint64_t)(b + 1) * 0xA24BAED4963EE407ull);
        for (int r = 0; r < rows; r++)
            h = ts_mix(h ^ fp->minhash[b * rows + r]);
        fp->bands[b] = h & 0x7FFFFFFFFFFFFFFFull; /* fits SQLite's signed integers */
    }
    /* fine bands: 2 rows each, in a key space of their own */
    const int frows = TOCSIN_MINHASH / TOCSIN_BANDS_FINE;
    for (int b = 0; b < TOCSIN_BANDS_FINE; b++) {
        uint64_t h = ts_mix((uint64_t)(b + 1) * 0x9FB21C651E98DF25ull);
        for (int r = 0; r < frows; r++)
            h = ts_mix(h ^ fp->minhash[b * frows + r]);
        fp->bands[TOCSIN_BANDS_COARSE + b] = h & 0x7FFFFFFFFFFFFFFFull;
    }
}

void tocsin_fingerprint_text(const char *text, size_t n, tocsin_fingerprint *fp)
{
    fpctx c;
    fp_begin(fp, &c);
    ts_tokenize(text, n, on_word, &c);
    fp_end(fp, &c);
}

void tocsin_fingerprint_article(const char *text, size_t n, int has_title, tocsin_fingerprint *fp)
{
    fpctx c;
    fp_begin(fp, &c);
    size_t i = 0, kept = 0;
    if (!text)
        n = 0;
    if (has_title) { /* the headline is the first line */
        while (i < n && text[i] != '\n')
            i++;
    }
    while (i < n) {
        size_t e = i;
        while (e < n && text[e] != '\n')
            e++;
        if (e > i && !ts_is_boiler(text + i, e - i, 0)) {
            ts_tokenize(text + i, e - i, on_word, &c);
            kept++;
        }
        i = e + 1;
    }
    if (!kept && n) /* nothing but headline or furniture: use all of it */
        ts_tokenize(text, n, on_word, &c);
    fp_end(fp, &c);
}

int tocsin_fingerprint_is_copy(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb)
{
    double j = tocsin_fingerprint_similarity(a, b);
    if (j >= TOCSIN_COPY_JACCARD)
        return 1;
    if (!na || !nb || j < TOCSIN_COPY_MIN_JACCARD)
        return 0;
    uint32_t small = na < nb ? na : nb;
    if (small < TOCSIN_COPY_MIN_SHINGLES)
        return 0;
    /* |A and B| = J (|A| + |B|) / (1 + J) */
    double inter = j * ((double)na + nb) / (1.0 + j);
    return inter / small >= TOCSIN_COPY_CONTAINED;
}

double tocsin_fingerprint_similarity(const uint32_t *a, const uint32_t *b)
{
    int same = 0;
    for (int k = 0; k < TOCSIN_MINHASH; k++)
        same += a[k] == b[k];
    return (double)same / TOCSIN_MINHASH;
}
