/* lexicon.h - every word the dictionaries know, with its lemma, grammar class
 * and verb patterns. Keys are folded token hashes (see token.h). */
#ifndef TS_LEXICON_H
#define TS_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* grammar classes (bit set per word) */
enum {
    G_DET = 1u << 0,     /* the, a, an, this ... */
    G_PREP = 1u << 1,    /* of, to, with, against ... */
    G_LOC = 1u << 2,     /* in, at, near: a following actor is a place */
    G_AND = 1u << 3,     /* and, or, as well as */
    G_CONJ = 1u << 4,    /* but, yet, while: a new clause */
    G_SUB = 1u << 5,     /* that, because, after, if ... */
    G_REL = 1u << 6,     /* which, who, whom, whose */
    G_HE = 1u << 7,      /* he, she, his, her, him */
    G_IT = 1u << 8,      /* it, its */
    G_THEY = 1u << 9,    /* they, them, their */
    G_WE = 1u << 10,     /* we, our, us, i */
    G_MODAL = 1u << 11,  /* may, might, could, should, must, can */
    G_FUT = 1u << 12,    /* will, would, shall */
    G_BE = 1u << 13,     /* forms of be */
    G_HAVE = 1u << 14,   /* forms of have */
    G_DO = 1u << 15,     /* forms of do */
    G_NEG = 1u << 16,    /* not, n't, never, no */
    G_SAY = 1u << 17,    /* say, tell, announce ... (attribution) */
    G_INTENT = 1u << 18, /* consider, plan, intend ... */
    G_PLEDGE = 1u << 19, /* pledge, promise, vow, agree, offer ... */
    G_ASPECT = 1u << 20, /* begin, start, continue, resume, try ... */
    G_NEGV = 1u << 21,   /* fail, refrain (negate their complement) */
    G_IF = 1u << 22,     /* if, unless: conditional */
    G_ADV = 1u << 23,    /* adverbs that may stand between subject and verb */
    G_TIME = 1u << 24,   /* Monday, week, ... */
    G_TO = 1u << 25,     /* to */
    G_BY = 1u << 26,     /* by */
    G_ACCORDING = 1u << 27, /* "according to" (multi-word) */
    G_HYPO = 1u << 28,   /* likely, expected, reportedly? no: hedges that void a clause */
    G_QUOTE = 1u << 29,  /* quotation marks */
    G_WH = 1u << 30,     /* whether, what, how */
    G_QUANT = 1u << 31,  /* thousands, some, half, members: "thousands of X" is X */
};

/* verb forms */
enum { VF_NONE = 0, VF_BASE = 1, VF_S = 2, VF_PAST = 4, VF_PART = 8, VF_ING = 16 };

typedef struct ts_word {
    uint64_t hash;
    uint32_t lemma;     /* id of the lemma (itself for base forms) */
    uint32_t gram;      /* G_* of this form, plus its lemma's verb classes */
    int32_t verb;       /* index into dict->verbs when a form of a pattern verb, else -1 */
    uint8_t vform;      /* VF_* bits this form can have */
    uint8_t nplural;    /* a noun plural */
    uint16_t first;     /* bit r: a phrase starts with this word under case rule r */
    uint64_t classes;   /* @class membership (of the lemma) */
    uint32_t name;      /* offset of the key in the name pool */
    uint32_t root[3];   /* the phrase trie's child of the root for this word under case rule r, 0 = none
                           (a child is never the root): the walk's first step without a look in the
                           edge table, whose slots are seldom in cache */
    uint8_t inner;      /* 1: a later word of some phrase (the phrase walk goes on only through these) */
    uint8_t pad[3];
    uint32_t past_of;   /* 1 + the pattern verb this base form is also the past of ("wound": wind), 0 = none */
    uint8_t spare[8];   /* to 64 bytes: with the table aligned (ts_lex_align), a word is one cache line */
} ts_word;
_Static_assert(sizeof(ts_word) == 64, "a ts_word is one cache line");

typedef struct ts_slot {
    uint64_t hash;
    uint32_t id;
} ts_slot;

typedef struct ts_lex {
    ts_word *w;
    size_t n, cap;
    ts_slot *slots;  /* open addressing: hash beside id (+1, 0 = empty), one cache line per probe */
    size_t nslots;
    char *names;
    size_t names_len, names_cap;
} ts_lex;

int ts_lex_init(ts_lex *lx);
void ts_lex_free(ts_lex *lx);
/* The slot where the search for hash h starts. */
static inline size_t ts_lex_slot(const ts_lex *lx, uint64_t h)
{
    return (size_t)(h ^ (h >> 29)) & (lx->nslots - 1);
}
/* Asks for that slot's cache line ahead of ts_lex_find(lx, h), so that a
 * caller with many words to find has their misses overlap. */
static inline void ts_lex_prefetch(const ts_lex *lx, uint64_t h)
{
    __builtin_prefetch(&lx->slots[ts_lex_slot(lx, h)]);
}
/* Finds a word by the hash of its folded key; -1 if absent. */
static inline int32_t ts_lex_find(const ts_lex *lx, uint64_t h)
{
    size_t mask = lx->nslots - 1, i = ts_lex_slot(lx, h);
    for (;;) {
        const ts_slot *s = &lx->slots[i];
        if (!s->id)
            return -1;
        if (s->hash == h)
            return (int32_t)(s->id - 1);
        i = (i + 1) & mask;
    }
}
/* Moves the words to memory aligned on cache lines, so that reading a word
 * touches one line (most straddled two); called when a dictionary is
 * loaded. Returns 0, or TOCSIN_ENOMEM with the words left where they were. */
int ts_lex_align(ts_lex *lx);
/* Adds (or finds) a word by its folded key; returns its id or a negative status. */
int32_t ts_lex_add(ts_lex *lx, const char *key, size_t n);
static inline const char *ts_lex_name(const ts_lex *lx, int32_t id)
{
    return lx->names + lx->w[id].name;
}

#endif
