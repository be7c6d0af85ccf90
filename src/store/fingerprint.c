/* fingerprint.c - content hash and MinHash signatures for deduplication.
 * Words come from the tokenizer, so curly and straight quotes, dashes and
 * spacing do not make two copies of a wire story look different. */
#include "tocsin/fingerprint.h"

#include "base/internal.h"
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
    c->content = (c->content ^ t->hash) * 1099511628211ull;
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

void tocsin_fingerprint_text(const char *text, size_t n, tocsin_fingerprint *fp)
{
    memset(fp, 0, sizeof *fp);
    for (int k = 0; k < TOCSIN_MINHASH; k++)
        fp->minhash[k] = UINT32_MAX;
    fpctx c;
    memset(&c, 0, sizeof c);
    c.fp = fp;
    c.content = 1469598103934665603ull;
    ts_tokenize(text, n, on_word, &c);
    fp->words = c.nwords;
    fp->content = c.nwords ? c.content : 0;
    if (c.nwords > 0 && c.nwords < SHINGLE) {
        /* very short texts: one shingle of what there is */
        uint64_t sh = 0;
        for (int k = 0; k < SHINGLE; k++)
            sh = ts_mix(sh ^ c.window[k]);
        for (int k = 0; k < TOCSIN_MINHASH; k++)
            fp->minhash[k] = (uint32_t)(ts_mix(sh * seed(k)) >> 32);
    }
    const int rows = TOCSIN_MINHASH / TOCSIN_BANDS;
    for (int b = 0; b < TOCSIN_BANDS; b++) {
        uint64_t h = ts_mix((uint64_t)(b + 1) * 0xA24BAED4963EE407ull);
        for (int r = 0; r < rows; r++)
            h = ts_mix(h ^ fp->minhash[b * rows + r]);
        fp->bands[b] = h & 0x7FFFFFFFFFFFFFFFull; /* fits SQLite's signed integers */
    }
}

double tocsin_fingerprint_similarity(const uint32_t *a, const uint32_t *b)
{
    int same = 0;
    for (int k = 0; k < TOCSIN_MINHASH; k++)
        same += a[k] == b[k];
    return (double)same / TOCSIN_MINHASH;
}
