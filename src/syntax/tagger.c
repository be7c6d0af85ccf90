/* tagger.c - the part-of-speech tagger: loads the averaged-perceptron model
 * (dict/model/tagger.model, made by tools/train-tagger.c) and tags words
 * greedily left to right.
 *
 * Speed: a word is hashed once (feat.h); each of its TG_NFEAT features is one
 * probe into a flat open-addressing table whose slot points at the feature's
 * weights, (tag, int16) pairs or, for the few with many, a dense row; scores
 * are int16 sums. In the coder the model is out of cache whenever it tags
 * (a few sentences in a hundred): a position asks for all its slots, then
 * all their weights, before it adds any (the misses overlap), and the table
 * is kept small (8-byte slots; 16-byte slots holding the weights were
 * slower, measured).
 * Frequent unambiguous words ("the", ",", "of") skip scoring. */
#include "tocsin/syntax.h"

#include "base/internal.h"
#include "feat.h"
#include "tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TG_MODEL_MAX (16u << 20) /* bytes of a model file */
#define TG_FEAT_MAX (4u << 20)   /* features in a model */
#define TG_ENTRY_MAX (16u << 20) /* weights in a model (24-bit offsets) */

typedef struct tg_slot {
    uint32_t key; /* 0 = empty */
    uint32_t ref; /* offset << 8 | count (sparse), or row << 8 | TG_DENSE */
} tg_slot;

/* A feature with more than TG_SPARSE_MAX weights keeps a dense row of all
 * tags: adding a row is a vector loop, scattering many pairs is not. */
#define TG_SPARSE_MAX 4
#define TG_DENSE 255u
#define TG_ROW TG_MAX_TAGS /* int16 per dense row */
/* Scores add up in int16 (8 tags per vector step): weights are scaled so that
 * TG_NFEAT of them cannot overflow. */
#define TG_W_MAX (32767 / TG_NFEAT)

/* Eight scores of a row (TG_ROW is a multiple of 8), added as one vector. */
typedef uint16_t tg_v8 __attribute__((vector_size(16)));

typedef struct tg_entry {
    int16_t w;
    uint16_t tag;
} tg_entry;

typedef struct tg_lex {
    uint32_t key; /* 0 = empty */
    uint32_t amb;
    uint32_t tag; /* tagged directly, or TG_NO_TAG */
} tg_lex;

#define TG_NO_TAG 255u

struct tocsin_tagger {
    unsigned ntags;
    uint8_t xpos[TG_MAX_TAGS], upos[TG_MAX_TAGS];
    tg_slot *slot;
    size_t mask;
    tg_entry *entry;
    int16_t *dense; /* rows of TG_ROW */
    int16_t bias[TG_ROW]; /* the weights of feature 0, the same at every position */
    tg_lex *lex;
    size_t lmask;
};

static const char *const xpos_names[TOCSIN_X_COUNT] = {
    "?",   "CC",  "CD",   "DT",  "EX",  "FW",   "IN",   "JJ",  "JJR", "JJS",  "LS",  "MD",  "NN",
    "NNS", "NNP", "NNPS", "PDT", "POS", "PRP",  "PRP$", "RB",  "RBR", "RBS",  "RP",  "SYM", "TO",
    "UH",  "VB",  "VBD",  "VBG", "VBN", "VBP",  "VBZ",  "WDT", "WP",  "WP$",  "WRB", ".",   ",",
    ":",   "``",  "''",   "-LRB-", "-RRB-", "HYPH", "NFP", "$", "ADD", "AFX", "GW", "XX"};

static const char *const upos_names[TOCSIN_U_COUNT] = {
    "?",    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET",  "INTJ", "NOUN",
    "NUM",  "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM",  "VERB", "X"};

const char *tocsin_xpos_name(unsigned x)
{
    return x < TOCSIN_X_COUNT ? xpos_names[x] : "?";
}

const char *tocsin_upos_name(unsigned u)
{
    return u < TOCSIN_U_COUNT ? upos_names[u] : "?";
}

static unsigned name_index(const char *const *names, unsigned count, const char *s, size_t n)
{
    for (unsigned i = 1; i < count; i++)
        if (strlen(names[i]) == n && !memcmp(names[i], s, n))
            return i;
    return 0;
}

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static size_t slot_of(uint32_t key, size_t mask)
{
    return (size_t)(key * 2654435761u) & mask;
}

static size_t pow2_above(size_t n)
{
    size_t s = 16;
    while (s < n * 2)
        s <<= 1;
    return s;
}

/* Reads a whole file (at most TG_MODEL_MAX bytes). */
static int slurp(const char *path, unsigned char **out, size_t *len, tocsin_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ts_error_set(err, TOCSIN_ENOTFOUND, path, 0, -1, "cannot open the tagger model");
        return TOCSIN_ENOTFOUND;
    }
    size_t cap = 1u << 21, n = 0;
    unsigned char *b = malloc(cap);
    int rc = TOCSIN_OK;
    if (!b) {
        rc = TOCSIN_ENOMEM;
        goto out;
    }
    for (;;) {
        if (n == cap) {
            if (cap >= TG_MODEL_MAX) {
                ts_error_set(err, TOCSIN_ELIMIT, path, 0, -1, "tagger model larger than %u bytes",
                             TG_MODEL_MAX);
                rc = TOCSIN_ELIMIT;
                goto out;
            }
            unsigned char *nb = realloc(b, cap * 2);
            if (!nb) {
                rc = TOCSIN_ENOMEM;
                goto out;
            }
            b = nb;
            cap *= 2;
        }
        size_t k = fread(b + n, 1, cap - n, f);
        n += k;
        if (k == 0)
            break;
    }
    if (ferror(f)) {
        ts_error_set(err, TOCSIN_EIO, path, 0, -1, "cannot read the tagger model");
        rc = TOCSIN_EIO;
    }
out:
    fclose(f);
    if (rc) {
        free(b);
        return rc;
    }
    *out = b;
    *len = n;
    return TOCSIN_OK;
}

static int parse_model(tocsin_tagger *t, const unsigned char *b, size_t n)
{
    /* the text header ends with a line "%%" */
    size_t i = 0;
    if (n < 14 || memcmp(b, "tocsin-tagger ", 14))
        return TOCSIN_EPARSE;
    for (;;) {
        const unsigned char *nl = memchr(b + i, '\n', n - i);
        if (!nl)
            return TOCSIN_EPARSE;
        size_t L = (size_t)(nl - (b + i));
        int end = L == 2 && b[i] == '%' && b[i + 1] == '%';
        i += L + 1;
        if (end)
            break;
    }
    if (n - i < 24 || memcmp(b + i, "TGMODEL1", 8))
        return TOCSIN_EPARSE;
    uint32_t ntags = rd32(b + i + 8), nfeat = rd32(b + i + 12), nentry = rd32(b + i + 16),
             nlex = rd32(b + i + 20);
    i += 24;
    if (ntags == 0 || ntags > TG_MAX_TAGS || nfeat > TG_FEAT_MAX || nentry > TG_ENTRY_MAX ||
        nlex > TG_FEAT_MAX)
        return TOCSIN_ELIMIT;
    size_t need = (size_t)ntags * 16 + (size_t)nfeat * 5 + (size_t)nentry * 3 + (size_t)nlex * 9;
    if (n - i != need)
        return TOCSIN_EPARSE;
    t->ntags = ntags;
    for (uint32_t k = 0; k < ntags; k++) {
        const char *nm = (const char *)b + i + 16 * k;
        const char *sp = memchr(nm, ' ', 16);
        if (!sp)
            return TOCSIN_EPARSE;
        size_t ul = strnlen(sp + 1, (size_t)(nm + 16 - (sp + 1)));
        t->xpos[k] = (uint8_t)name_index(xpos_names, TOCSIN_X_COUNT, nm, (size_t)(sp - nm));
        t->upos[k] = (uint8_t)name_index(upos_names, TOCSIN_U_COUNT, sp + 1, ul);
    }
    i += (size_t)ntags * 16;
    size_t nslots = pow2_above(nfeat);
    t->slot = calloc(nslots, sizeof *t->slot);
    t->entry = malloc((nentry ? nentry : 1) * sizeof *t->entry);
    size_t lslots = pow2_above(nlex);
    t->lex = calloc(lslots, sizeof *t->lex);
    if (!t->slot || !t->entry || !t->lex)
        return TOCSIN_ENOMEM;
    t->mask = nslots - 1;
    t->lmask = lslots - 1;
    const unsigned char *fp = b + i, *ep = fp + (size_t)nfeat * 5;
    size_t ndense = 0;
    for (uint32_t k = 0; k < nfeat; k++)
        ndense += fp[5 * k + 4] > TG_SPARSE_MAX;
    t->dense = calloc(ndense ? ndense * TG_ROW : 1, sizeof *t->dense);
    if (!t->dense)
        return TOCSIN_ENOMEM;
    uint32_t off = 0, row = 0, soff = 0;
    uint32_t bias_key = (uint32_t)(TG_F1(0, 0) >> 32);
    bias_key = bias_key ? bias_key : 1;
    for (uint32_t k = 0; k < nfeat; k++) {
        uint32_t key = rd32(fp + 5 * k), cnt = fp[5 * k + 4];
        if (!key || cnt > ntags || off + cnt > nentry)
            return TOCSIN_EPARSE;
        size_t j = slot_of(key, t->mask);
        while (t->slot[j].key && t->slot[j].key != key)
            j = (j + 1) & t->mask;
        if (t->slot[j].key) /* duplicate: the file is not what the trainer writes */
            return TOCSIN_EPARSE;
        t->slot[j].key = key;
        int dense = cnt > TG_SPARSE_MAX;
        t->slot[j].ref = dense ? row << 8 | TG_DENSE : soff << 8 | cnt;
        for (uint32_t m = 0; m < cnt; m++) {
            const unsigned char *e = ep + 3 * (size_t)(off + m);
            int32_t q = (int16_t)(uint16_t)(e[1] | e[2] << 8);
            int16_t wt = (int16_t)((q * TG_W_MAX + (q >= 0 ? 16383 : -16383)) / 32767);
            if (e[0] >= ntags)
                return TOCSIN_EPARSE;
            if (dense) {
                t->dense[(size_t)row * TG_ROW + e[0]] = wt;
            } else {
                t->entry[soff + m].tag = e[0];
                t->entry[soff + m].w = wt;
            }
            if (key == bias_key)
                t->bias[e[0]] = wt;
        }
        if (dense)
            row++;
        else
            soff += cnt;
        off += cnt;
    }
    if (off != nentry)
        return TOCSIN_EPARSE;
    const unsigned char *lp = ep + (size_t)nentry * 3;
    for (uint32_t k = 0; k < nlex; k++) {
        uint32_t key = rd32(lp + 9 * k), amb = rd32(lp + 9 * k + 4), tag = lp[9 * k + 8];
        if (!key || (tag != TG_NO_TAG && tag >= ntags))
            return TOCSIN_EPARSE;
        size_t j = slot_of(key, t->lmask);
        while (t->lex[j].key && t->lex[j].key != key)
            j = (j + 1) & t->lmask;
        t->lex[j] = (tg_lex){key, amb, tag};
    }
    return TOCSIN_OK;
}

int tocsin_tagger_load(const char *path, tocsin_tagger **out, tocsin_error *err)
{
    if (!path || !out) {
        ts_error_set(err, TOCSIN_EINVAL, path ? path : "", 0, -1, "no tagger model given");
        return TOCSIN_EINVAL;
    }
    *out = NULL;
    /* a dictionary directory holds the model under model/ */
    size_t pl = strlen(path);
    char *file = malloc(pl + 32);
    if (!file)
        return TOCSIN_ENOMEM;
    memcpy(file, path, pl + 1);
    FILE *probe = fopen(path, "rb");
    int isfile = 0;
    if (probe) {
        char hdr[14];
        isfile = fread(hdr, 1, sizeof hdr, probe) == sizeof hdr && !memcmp(hdr, "tocsin-tagger ", 14);
        fclose(probe);
    }
    if (!isfile)
        snprintf(file, pl + 32, "%s/model/tagger.model", path);
    unsigned char *b = NULL;
    size_t n = 0;
    tocsin_tagger *t = NULL;
    int rc = slurp(file, &b, &n, err);
    if (rc)
        goto out;
    t = calloc(1, sizeof *t);
    if (!t) {
        rc = TOCSIN_ENOMEM;
        goto out;
    }
    rc = parse_model(t, b, n);
    if (rc) {
        ts_error_set(err, rc, file, 0, -1, "%s", rc == TOCSIN_ENOMEM ? "out of memory" : "malformed tagger model");
        tocsin_tagger_free(t);
        t = NULL;
        goto out;
    }
    *out = t;
out:
    free(b);
    free(file);
    return rc;
}

void tocsin_tagger_free(tocsin_tagger *t)
{
    if (!t)
        return;
    free(t->slot);
    free(t->entry);
    free(t->dense);
    free(t->lex);
    free(t);
}

static const tg_lex *lex_find(const tocsin_tagger *t, uint64_t h)
{
    uint32_t key = (uint32_t)(h >> 32);
    key = key ? key : 1;
    size_t j = slot_of(key, t->lmask);
    while (t->lex[j].key) {
        if (t->lex[j].key == key)
            return &t->lex[j];
        j = (j + 1) & t->lmask;
    }
    return NULL;
}

/* Fills a ring slot with word i (or an edge sentinel); returns its direct tag. */
static unsigned load_word(const tocsin_tagger *t, const tocsin_word *w, size_t n, size_t i,
                          tg_word *f)
{
    if (i >= n) {
        tg_word_edge(f, 2 + (i - n > 0));
        return TG_NO_TAG;
    }
    tg_word_init(f, w[i].s, w[i].len);
    const tg_lex *l = lex_find(t, f->w);
    if (!l)
        return TG_NO_TAG;
    f->amb = l->amb;
    return l->tag;
}

/* Measured in the coder, where the model is out of cache: asking for all of
 * a position's slots, then all their weights, before reading any pays;
 * prefetching the next positions' did not, in the tagger alone. */
/* The keys and slots of features f[from..to) into key[], at[], the slots
 * asked for (prefetched) at once so that their cache misses overlap. */
static void ask_slots(const tocsin_tagger *t, const uint64_t *f, int from, int to, uint32_t *key, size_t *at)
{
    for (int k = from; k < to; k++) {
        uint32_t kk = (uint32_t)(f[k] >> 32);
        key[k] = kk ? kk : 1;
        at[k] = slot_of(key[k], t->mask);
        __builtin_prefetch(&t->slot[at[k]]);
    }
}

/* Eight signed scores, for their maximum. */
typedef int16_t tg_s8 __attribute__((vector_size(16)));

/* The tag of the best score of sc[0..ntags), the first (lowest) of equal
 * ones: the maximum taken eight scores at a time (the rows' padding past
 * ntags made the lowest score, so it never wins), then the first score
 * equal to it. sc has TG_ROW entries, ntags <= TG_ROW. */
static unsigned best_tag(int16_t sc[TG_ROW], unsigned ntags)
{
    unsigned nv = (ntags + 7) / 8;
    for (unsigned k = ntags; k < nv * 8; k++)
        sc[k] = INT16_MIN;
    tg_s8 mx;
    memcpy(&mx, sc, sizeof mx);
    for (unsigned m = 1; m < nv; m++) {
        tg_s8 v;
        memcpy(&v, sc + 8 * m, sizeof v);
        tg_s8 gt = v > mx;
        mx = (v & gt) | (mx & ~gt);
    }
    int16_t best = mx[0];
    for (int k = 1; k < 8; k++)
        best = mx[k] > best ? mx[k] : best;
    for (unsigned k = 0; k < ntags; k++)
        if (sc[k] == best)
            return k;
    return 0; /* not reached: best is one of sc[0..ntags) */
}

unsigned ts_tag_ids(const tocsin_tagger *t, const tocsin_word *w, size_t n, uint8_t *ids)
{
    /* the words at i-2 .. i+3: a position's window and the next one's */
    tg_word ring[6];
    const tg_word *c[6];
    unsigned direct[6];
    for (int k = 0; k < 6; k++)
        c[k] = &ring[k];
    tg_word_edge(&ring[0], 0);
    tg_word_edge(&ring[1], 1);
    direct[0] = direct[1] = TG_NO_TAG;
    for (int k = 2; k < 6; k++)
        direct[k] = load_word(t, w, n, (size_t)(k - 2), &ring[k]);
    unsigned t1 = t->ntags, t2 = t->ntags + 1;
    /* the features that do not depend on the tags (TG_NSTATIC, feature 0 the
       bias) of position i, made while position i - 1 is scored so that their
       slots come into cache meanwhile; ready: they are made */
    uint64_t fs[TG_NFEAT], next_fs[TG_NSTATIC];
    uint32_t key[TG_NFEAT], next_key[TG_NSTATIC];
    size_t at[TG_NFEAT], next_at[TG_NSTATIC];
    int ready = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned tag = direct[2];
        if (tag == TG_NO_TAG) {
            if (ready) {
                memcpy(fs, next_fs, sizeof next_fs);
                memcpy(key, next_key, sizeof next_key);
                memcpy(at, next_at, sizeof next_at);
            } else {
                tg_features_static(c, i == 0, fs);
                ask_slots(t, fs, 1, TG_NSTATIC, key, at);
            }
            tg_features_dynamic(c[2], t1, t2, fs + TG_NSTATIC);
            ask_slots(t, fs, TG_NSTATIC, TG_NFEAT, key, at);
            ready = 0;
            if (i + 1 < n && direct[3] == TG_NO_TAG) {
                tg_features_static(c + 1, 0, next_fs);
                ask_slots(t, next_fs, 1, TG_NSTATIC, next_key, next_at);
                ready = 1;
            }
            /* feature 0 is the bias, the same everywhere: its weights come
               from t->bias (integer sums: the order does not matter). Dense
               rows are added first, as vectors, the sparse pairs after, one
               by one: a vector read of scores just written one by one would
               wait for the writes to reach the cache */
            int16_t sc[TG_ROW];
            memcpy(sc, t->bias, sizeof t->bias);
            const tg_entry *sparse[TG_NFEAT];
            unsigned nent[TG_NFEAT];
            const int16_t *rows[TG_NFEAT];
            int nsparse = 0, nrows = 0;
            for (int k = 1; k < TG_NFEAT; k++) {
                size_t j = at[k];
                while (t->slot[j].key && t->slot[j].key != key[k])
                    j = (j + 1) & t->mask;
                uint32_t ref = t->slot[j].ref;
                if ((ref & 255) != TG_DENSE) {
                    if (ref & 255) {
                        sparse[nsparse] = t->entry + (ref >> 8);
                        nent[nsparse++] = ref & 255;
                        __builtin_prefetch(t->entry + (ref >> 8));
                    }
                    continue;
                }
                const int16_t *r = t->dense + (size_t)(ref >> 8) * TG_ROW;
                for (size_t m = 0; m < TG_ROW * sizeof *r; m += 64)
                    __builtin_prefetch((const char *)r + m);
                __builtin_prefetch((const char *)(r + TG_ROW) - 1);
                rows[nrows++] = r;
            }
            /* the scores summed in registers, eight to a vector, over all the
               rows (unsigned: int16 sums wrap, as the casts below do) */
            tg_v8 acc[TG_ROW / 8];
            memcpy(acc, sc, sizeof acc);
            for (int k = 0; k < nrows; k++) {
                const int16_t *r = rows[k];
#pragma GCC unroll 16
                for (int m = 0; m < TG_ROW / 8; m++) {
                    tg_v8 x;
                    memcpy(&x, r + 8 * m, sizeof x);
                    acc[m] += x;
                }
            }
            memcpy(sc, acc, sizeof acc);
            for (int k = 0; k < nsparse; k++)
                for (const tg_entry *e = sparse[k], *end = e + nent[k]; e < end; e++)
                    sc[e->tag] = (int16_t)(sc[e->tag] + e->w);
            tag = best_tag(sc, t->ntags);
        } else {
            ready = 0;
        }
        ids[i] = (uint8_t)tag;
        t2 = t1;
        t1 = tag;
        /* slide the window: the oldest slot takes word i + 4 */
        const tg_word *old = c[0];
        for (int k = 0; k < 5; k++) {
            c[k] = c[k + 1];
            direct[k] = direct[k + 1];
        }
        c[5] = old;
        direct[5] = load_word(t, w, n, i + 4, (tg_word *)old);
    }
    return t->ntags;
}

void ts_tag_pos(const tocsin_tagger *t, unsigned id, tocsin_pos *p)
{
    p->xpos = id < t->ntags ? t->xpos[id] : 0;
    p->upos = id < t->ntags ? t->upos[id] : 0;
}

void tocsin_tag(const tocsin_tagger *t, const tocsin_word *w, size_t n, tocsin_pos *pos)
{
    if (!t || !n)
        return;
    /* the tag ids go into the first half of pos (2 bytes a word), then are
     * mapped from the end, so no id is overwritten before it is read */
    uint8_t *ids = (uint8_t *)pos;
    ts_tag_ids(t, w, n, ids);
    for (size_t i = n; i-- > 0;)
        ts_tag_pos(t, ids[i], &pos[i]);
}
