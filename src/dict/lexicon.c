/* lexicon.c - the word table: an open-addressing hash of folded keys. */
#include "lexicon.h"
#include "base/internal.h"

#include <stdlib.h>
#include <string.h>

#define LEX_MAX_WORDS (1u << 22)

int ts_lex_init(ts_lex *lx)
{
    memset(lx, 0, sizeof *lx);
    lx->nslots = 1024;
    lx->slots = calloc(lx->nslots, sizeof *lx->slots);
    return lx->slots ? 0 : TOCSIN_ENOMEM;
}

void ts_lex_free(ts_lex *lx)
{
    free(lx->w);
    free(lx->slots);
    free(lx->names);
    memset(lx, 0, sizeof *lx);
}

static int rehash(ts_lex *lx)
{
    size_t ns = lx->nslots * 2;
    ts_slot *s = calloc(ns, sizeof *s);
    if (!s)
        return TOCSIN_ENOMEM;
    for (size_t k = 0; k < lx->n; k++) {
        uint64_t h = lx->w[k].hash;
        size_t i = (size_t)(h ^ (h >> 29)) & (ns - 1);
        while (s[i].id)
            i = (i + 1) & (ns - 1);
        s[i].hash = h;
        s[i].id = (uint32_t)k + 1;
    }
    free(lx->slots);
    lx->slots = s;
    lx->nslots = ns;
    return 0;
}

int ts_lex_align(ts_lex *lx)
{
    if (!lx->cap || ((uintptr_t)lx->w & 63) == 0)
        return 0;
    ts_word *a = aligned_alloc(64, lx->cap * sizeof *a); /* sizeof *a is 64: a multiple of the alignment */
    if (!a)
        return TOCSIN_ENOMEM;
    memcpy(a, lx->w, lx->n * sizeof *a);
    free(lx->w);
    lx->w = a;
    return 0;
}

int32_t ts_lex_add(ts_lex *lx, const char *key, size_t n)
{
    uint64_t h = ts_hash(key, n);
    int32_t id = ts_lex_find(lx, h);
    if (id >= 0)
        return id;
    if (lx->n >= LEX_MAX_WORDS)
        return TOCSIN_ELIMIT;
    if ((lx->n + 1) * 2 > lx->nslots && rehash(lx))
        return TOCSIN_ENOMEM;
    if (ts_vec_grow((void **)&lx->w, &lx->cap, lx->n + 1, sizeof *lx->w, LEX_MAX_WORDS))
        return TOCSIN_ENOMEM;
    if (lx->names_len + n + 1 > lx->names_cap) {
        size_t c = lx->names_cap ? lx->names_cap * 2 : 4096;
        while (c < lx->names_len + n + 1)
            c *= 2;
        char *p = realloc(lx->names, c);
        if (!p)
            return TOCSIN_ENOMEM;
        lx->names = p;
        lx->names_cap = c;
    }
    ts_word *w = &lx->w[lx->n];
    memset(w, 0, sizeof *w);
    w->hash = h;
    w->lemma = (uint32_t)lx->n;
    w->verb = -1;
    w->name = (uint32_t)lx->names_len;
    memcpy(lx->names + lx->names_len, key, n);
    lx->names[lx->names_len + n] = '\0';
    lx->names_len += n + 1;
    size_t i = ts_lex_slot(lx, h);
    while (lx->slots[i].id)
        i = (i + 1) & (lx->nslots - 1);
    lx->slots[i].hash = h;
    lx->slots[i].id = (uint32_t)lx->n + 1;
    return (int32_t)lx->n++;
}
