/* feat.h - the tagger's features, shared by the library (tagger.c) and the
 * trainer (tools/train-tagger.c) so that both hash exactly the same things.
 *
 * A word is summarised once (tg_word) as a few 64-bit hashes: the lowercased
 * word, its suffixes and prefixes, its shape. The features of a position are
 * those hashes combined with a template number and the two previous tags. */
#ifndef TS_SYNTAX_FEAT_H
#define TS_SYNTAX_FEAT_H

#include <stddef.h>
#include <stdint.h>

#define TG_SHAPE_MAX 12   /* shape characters hashed */
#define TG_NFEAT 29       /* features per position */
#define TG_MAX_TAGS 72    /* tags a model may have (a multiple of 8: rows of int16 vectors) */

/* Word flags. */
enum { TG_F_DIGIT = 1, TG_F_UPPER = 2, TG_F_HYPHEN = 4, TG_F_ALLCAP = 8, TG_F_FIRSTCAP = 16, TG_F_ALPHA = 32 };

typedef struct tg_word {
    uint64_t w;            /* lowercased word */
    uint64_t suf1, suf2, suf3, suf4, pre1, pre3;
    uint64_t shape;        /* Xx, dd, X.X. (runs of a class kept to two) */
    uint32_t flags;
    uint32_t amb;          /* the word's ambiguity class in the model's lexicon, 0 = unknown */
} tg_word;

static inline uint64_t tg_mix(uint64_t x)
{
    x ^= x >> 31;
    x *= 0xd6e8feb86659fd93ull;
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ull;
    x ^= x >> 32;
    return x;
}

static inline uint64_t tg_fnv(const unsigned char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        h = (h ^ c) * 1099511628211ull;
    }
    return h;
}

/* Fills f from the word's bytes. Words longer than 64 bytes are hashed whole
 * (so linear in their length) and their shape is cut at TG_SHAPE_MAX. */
static inline void tg_word_init(tg_word *f, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    f->w = tg_fnv(s, n);
    f->suf1 = tg_fnv(s + (n > 1 ? n - 1 : 0), n > 1 ? 1 : n) + 1;
    f->suf2 = tg_fnv(s + (n > 2 ? n - 2 : 0), n > 2 ? 2 : n) + 2;
    f->suf3 = tg_fnv(s + (n > 3 ? n - 3 : 0), n > 3 ? 3 : n) + 3;
    f->suf4 = tg_fnv(s + (n > 4 ? n - 4 : 0), n > 4 ? 4 : n) + 4;
    f->pre1 = tg_fnv(s, n > 1 ? 1 : n) + 5;
    f->pre3 = tg_fnv(s, n > 3 ? 3 : n) + 6;
    uint32_t fl = 0;
    unsigned char shape[TG_SHAPE_MAX];
    size_t k = 0, upper = 0, alpha = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i], cl;
        if (c >= 'A' && c <= 'Z') {
            cl = 'X';
            upper++;
            alpha++;
        } else if (c >= 'a' && c <= 'z') {
            cl = 'x';
            alpha++;
        } else if (c >= '0' && c <= '9') {
            cl = 'd';
            fl |= TG_F_DIGIT;
        } else if (c >= 128) {
            cl = 'u';
            alpha++;
        } else {
            cl = c;
            if (c == '-')
                fl |= TG_F_HYPHEN;
        }
        if (k < TG_SHAPE_MAX && !(k >= 2 && shape[k - 1] == cl && shape[k - 2] == cl))
            shape[k++] = cl;
    }
    if (upper)
        fl |= TG_F_UPPER;
    if (n && s[0] >= 'A' && s[0] <= 'Z')
        fl |= TG_F_FIRSTCAP;
    if (upper >= 2 && upper == alpha)
        fl |= TG_F_ALLCAP;
    if (alpha)
        fl |= TG_F_ALPHA;
    f->shape = tg_fnv(shape, k) + 7;
    f->flags = fl;
    f->amb = 0;
}

/* The sentinel words before the start and after the end. */
static inline void tg_word_edge(tg_word *f, uint64_t which)
{
    uint64_t h = tg_mix(0x5151 + which);
    f->w = f->suf1 = f->suf2 = f->suf3 = f->suf4 = f->pre1 = f->pre3 = f->shape = h;
    f->flags = 0;
    f->amb = (uint32_t)which + 1;
}

#define TG_F1(k, a) tg_mix((a) ^ ((uint64_t)(k) * 0x9E3779B97F4A7C15ull))
#define TG_F2(k, a, b) tg_mix(TG_F1(k, a) ^ ((b) * 0xC2B2AE3D27D4EB4Full))

/* The features of position i: c[0..4] are the words at i-2 .. i+2; t1, t2
 * the previous two tags (a sentinel past the start); first: i == 0.
 * tg_features_static writes the TG_NSTATIC features that do not depend on
 * the tags (they can be computed, and their weights fetched, ahead);
 * tg_features_dynamic the TG_NFEAT - TG_NSTATIC others after them. */
#define TG_NSTATIC 23

static inline void tg_features_static(const tg_word *const c[5], int first, uint64_t *f)
{
    const tg_word *p2 = c[0], *p1 = c[1], *w = c[2], *n1 = c[3], *n2 = c[4];
    f[0] = TG_F1(0, 0);
    f[1] = TG_F1(1, w->w);
    f[2] = TG_F1(2, w->suf3);
    f[3] = TG_F1(3, w->pre1);
    f[4] = TG_F1(8, p1->w);
    f[5] = TG_F1(9, p1->suf3);
    f[6] = TG_F1(10, p2->w);
    f[7] = TG_F1(11, n1->w);
    f[8] = TG_F1(12, n1->suf3);
    f[9] = TG_F1(13, n2->w);
    f[10] = TG_F1(14, w->shape);
    f[11] = TG_F1(15, w->suf2);
    f[12] = TG_F1(16, w->suf4);
    f[13] = TG_F1(17, w->pre3);
    f[14] = TG_F2(18, w->w, n1->w);
    f[15] = TG_F2(19, p1->w, w->w);
    f[16] = TG_F1(21, n1->shape);
    f[17] = TG_F2(23, w->flags, (uint64_t)first);
    f[18] = TG_F2(24, w->w, w->flags & (TG_F_FIRSTCAP | TG_F_ALLCAP));
    f[19] = TG_F1(25, w->amb);
    f[20] = TG_F1(26, n1->amb);
    f[21] = TG_F2(27, w->amb, n1->amb);
    f[22] = TG_F1(28, n2->amb);
}

static inline void tg_features_dynamic(const tg_word *w, unsigned t1, unsigned t2, uint64_t *f)
{
    uint64_t T1 = t1 + 1, T2 = t2 + 1;
    f[0] = TG_F1(4, T1);
    f[1] = TG_F1(5, T2);
    f[2] = TG_F2(6, T1, T2);
    f[3] = TG_F2(7, T1, w->w);
    f[4] = TG_F2(20, T1, w->shape);
    f[5] = TG_F2(22, T1, w->suf3);
}

/* All TG_NFEAT features of position i. */
static inline void tg_features(const tg_word *const c[5], unsigned t1, unsigned t2, int first,
                               uint64_t *f)
{
    tg_features_static(c, first, f);
    tg_features_dynamic(c[2], t1, t2, f + TG_NSTATIC);
}

#endif
