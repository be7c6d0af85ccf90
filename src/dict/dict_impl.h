/* dict_impl.h - the compiled dictionary's layout, shared by the loader and
 * the coder's stages (never installed). */
#ifndef TS_DICT_IMPL_H
#define TS_DICT_IMPL_H

#include "lexicon.h"
#include "tocsin/dict.h"

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum { K_COUNTRY = 1, K_ADJ, K_ACTOR, K_PERSON, K_AGENT, K_GRAM, K_NULL };

#define TS_CODE_MAX 12
#define DAY_MIN INT_MIN
#define DAY_MAX INT_MAX

typedef struct ts_entry {
    uint8_t kind;
    uint8_t roams;          /* a `group` line: coded by where it acts, the code a fallback */
    char code[TS_CODE_MAX]; /* actor code, or sector for agents */
    int32_t from, to;       /* days since 1970-01-01; [from, to) */
    uint32_t gram;          /* grammar class for K_GRAM */
    int32_t next;           /* next entry on the same trie node, -1 */
    uint16_t file;          /* index into files */
    uint16_t dated;
    uint32_t line;
} ts_entry;

typedef struct ts_node {
    int32_t first; /* first entry, -1 if not terminal */
    uint32_t kids; /* a filter of its children's words (ts_node_kid_bit of each): a walk tests the next
                      word here, in the line it has just read, before a look in the edge table */
} ts_node;

/* A word's bit in the second bloom of a clause's words (ts_pattern_candidates'
 * sig): the clause sets it for each word's lemma and for the word itself, a
 * pattern needs it for each word it names (a word it names matches a clause
 * word whose lemma or self is that word, so its bit is there either way).
 * The first bloom (lemma % 64) lets a third of the patterns through that
 * fail on a word the clause lacks; this other hash of the same ids rejects
 * most of them. */
static inline uint64_t ts_sig_bit(uint32_t word) { return 1ull << ((word * 2654435761u) >> 26); }

/* The bit of word in ts_node.kids. */
static inline uint32_t ts_node_kid_bit(int32_t word)
{
    return 1u << (((uint32_t)word * 2654435761u) >> 27);
}

enum { E_WORD = 1, E_ALT, E_CLASS, E_TARGET };
#define ALT_CLASS 0x80000000u /* an alternative that is a @class (low bits: class) */

typedef struct ts_elem {
    uint8_t type;
    uint32_t a, b; /* WORD: a = lemma; ALT: a = first alt, b = count; CLASS: a = bit */
    /* ALT, set when the verbs are indexed: a filter of its words (bits id % 64;
       0 = none or not set) and whether it has a @class alternative, so that most
       words are ruled out without a look at each alternative */
    uint32_t alt_class;
    uint64_t alt_bits;
} ts_elem;

enum { P_SYM = 1, P_NOTARGET = 2, P_BLOCK = 4, P_HAS_T = 8, P_ARMED = 16, P_FORCES = 32, P_WEAPON = 64, P_SWAP = 128,
       P_HOME = 256, /* no target found: the source's own country (grammar.c, home_act) */
       P_DERIVED = 512, /* made by the loader from another line (dict.c, nominal_lines) */
       P_ORG = 1024 /* only when $T is an international organisation ("left ECOWAS") */ };

typedef struct ts_pattern {
    uint64_t need_lem; /* bloom bits (lemma % 64) of the literal words it needs */
    uint64_t need_cls; /* word classes it needs */
    uint64_t alt_lem[2], alt_cls[2]; /* for its first two {a|b}: any one of these */
    uint64_t need_sig, alt_sig[2]; /* the same words' second bloom bits (ts_sig_bit of the word itself) */
    char code[6];
    uint16_t flags;
    uint8_t nelem; /* elements after the verb */
    uint32_t elem; /* index of the first element */
    uint32_t verb; /* lemma id of the verb */
    uint16_t file;
    uint32_t line;
} ts_pattern;

typedef struct ts_verb {
    uint32_t lemma;
    uint32_t first, count; /* into pattern order (most specific first) */
} ts_verb;

typedef struct ts_edge {
    uint64_t key;
    uint32_t child;
} ts_edge;

struct tocsin_dict {
    ts_lex lex;
    /* actor/grammar phrase trie: edges in an open-addressing table */
    ts_edge *edges;     /* open addressing: key + 1 (0 = empty) beside the child node */
    size_t nedges, eslots;
    ts_node *nodes;
    size_t nnodes, nodes_cap;
    ts_entry *entries;
    size_t nentries, entries_cap;
    ts_pattern *pats;
    size_t npats, pats_cap;
    uint32_t *porder;
    /* each pattern's need_lem and need_cls, two words a pattern, in pattern
       order: the candidates filter reads a verb's patterns' needs as one run
       of memory (16 bytes a pattern, not a 96-byte ts_pattern each) */
    uint64_t *pneed;
    ts_elem *elems;
    size_t nelems, elems_cap;
    uint32_t *alts;
    size_t nalts, alts_cap;
    ts_verb *verbs;
    size_t nverbs;
    char classes[64][24];
    int nclasses;
    char **files;
    size_t nfiles;
    tocsin_dict_stats st;
    /* legacy dictionaries (legacy.c): the source group of each file (0 =
       tocsin's own, i + 1 = extra file i); precedence checks are on when any
       extra file is given */
    uint16_t *fgroup;
    int prec;
    tocsin_convert_stats *xst; /* one per extra file */
    size_t nxst;
    char *dir; /* the folder it was loaded from */
    /* a model a later stage loads from dir on first use and keeps here (the
       coder's tagger, code/syntax_use.c); freed with the dictionary */
    pthread_mutex_t aux_mu;
    int aux_tried;
    void *aux;
    void (*aux_free)(void *);
};

/* Which of the patterns [k0, k0 + 64) of verb v (bit k - k0, in pattern
 * order) can match a clause whose words have the lemma bloom bits lem, the
 * second bloom's bits sig (ts_sig_bit) and the classes cls: the words each
 * needs are there, and one word of each of its first two {a|b}. A verb has
 * dozens of patterns and most fail on the words they need, which ones no
 * branch predictor can learn: that test (first bloom, classes) is made for
 * all of them without a branch, the rest (second bloom, alternatives) for
 * the few left. */
static inline uint64_t ts_pattern_candidates(const tocsin_dict *d, const ts_verb *v, uint32_t k0, uint64_t lem,
                                              uint64_t cls, uint64_t sig)
{
    uint32_t n = v->count - k0 < 64 ? v->count - k0 : 64;
    const uint32_t *order = d->porder + v->first + k0;
    const uint64_t *need = d->pneed + 2 * ((size_t)v->first + k0);
    uint64_t ok = 0;
    uint32_t k = 0;
#ifdef __SSE2__
    /* the words it needs, four patterns a step (x86-64 always has SSE2): a
       pattern's two needs less the clause's words are zero in all four
       32-bit lanes, packed to one byte a lane, then to one bit a pattern */
    const __m128i lack = _mm_set_epi64x((long long)~cls, (long long)~lem), zero = _mm_setzero_si128();
    for (; k + 4 <= n; k += 4) {
        const __m128i *q = (const __m128i *)(need + 2 * k);
        __m128i a = _mm_cmpeq_epi32(_mm_and_si128(_mm_loadu_si128(q), lack), zero);
        __m128i b = _mm_cmpeq_epi32(_mm_and_si128(_mm_loadu_si128(q + 1), lack), zero);
        __m128i c = _mm_cmpeq_epi32(_mm_and_si128(_mm_loadu_si128(q + 2), lack), zero);
        __m128i e = _mm_cmpeq_epi32(_mm_and_si128(_mm_loadu_si128(q + 3), lack), zero);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_packs_epi16(_mm_packs_epi32(a, b), _mm_packs_epi32(c, e)));
        m &= m >> 1; /* nibble j (pattern k + j) all set: its bit 4j */
        m &= m >> 2;
        m &= 0x1111u;
        ok |= (uint64_t)(((m * 0x249u) >> 9) & 15u) << k; /* bits 0, 4, 8, 12 to 9, 10, 11, 12 */
    }
#endif
    for (; k < n; k++) /* the words it needs: most fail here */
        ok |= (uint64_t)(((need[2 * k] & ~lem) | (need[2 * k + 1] & ~cls)) == 0) << k;
    for (uint64_t m = ok; m; m &= m - 1) { /* its alternatives and second bloom, for the few left */
        const ts_pattern *q = &d->pats[order[__builtin_ctzll(m)]];
        uint64_t a0 = q->alt_lem[0] | q->alt_cls[0], a1 = q->alt_lem[1] | q->alt_cls[1];
        uint64_t fit = (a0 == 0) | (((q->alt_lem[0] & lem) | (q->alt_cls[0] & cls)) != 0);
        fit &= (a1 == 0) | (((q->alt_lem[1] & lem) | (q->alt_cls[1] & cls)) != 0);
        fit &= (q->need_sig & ~sig) == 0;
        fit &= (a0 == 0) | (((q->alt_sig[0] & sig) | (q->alt_cls[0] & cls)) != 0);
        fit &= (a1 == 0) | (((q->alt_sig[1] & sig) | (q->alt_cls[1] & cls)) != 0);
        ok &= ~((fit ^ 1) << __builtin_ctzll(m));
    }
    return ok;
}

/* An actor entry whose code is "---": the phrase is known and codes nothing
 * (TABARI's [---] and [###], PETRARCH2's discards). */
static inline int ts_entry_null(const ts_entry *e)
{
    return e->code[0] == '-';
}

/* Trie edge lookup: child node of `node` by word with case requirement. */
static inline int32_t ts_trie_step(const struct tocsin_dict *d, uint32_t node, int32_t word,
                                   int cas)
{
    if (word < 0 || !d->eslots)
        return -1;
    for (int r = 0; r <= cas; r++) {
        uint64_t key = ((uint64_t)node << 34) | ((uint64_t)(uint32_t)word << 2) | (uint64_t)r;
        uint64_t h = key * 0x9E3779B97F4A7C15ull;
        size_t mask = d->eslots - 1, i = (size_t)(h >> 20) & mask;
        for (;;) {
            uint64_t k = d->edges[i].key;
            if (k == 0)
                break;
            if (k == key + 1)
                return (int32_t)d->edges[i].child;
            i = (i + 1) & mask;
        }
    }
    return -1;
}


/* dict.c: registers a dictionary file of source group grp (0 = tocsin's own,
 * i + 1 = extra file i); *fileno is its index for entries' file:line. */
int ts_dict_add_file(struct tocsin_dict *d, const char *path, uint16_t grp, uint16_t *fileno);
/* dict.c: reads one line in tocsin's own format as if it stood at file:line:
 * section 'a' an actor line, 'v' a verb pattern, 'c' a word class. Bad lines
 * go to o->diag; returns 0 or a negative status (out of memory). */
int ts_dict_feed(struct tocsin_dict *d, const tocsin_dict_options *o, uint16_t fileno, long line,
                 int section, const char *p, const char *e);
/* legacy.c: reads the extra files of o for one section ('a' or 'v'). */
int ts_legacy_load(struct tocsin_dict *d, const tocsin_dict_options *o, int section,
                   tocsin_error *err);

/* morphology (morph.c): adds inflected forms of every verb and literal noun */
int ts_morph_expand(struct tocsin_dict *d, const char *wordnet_dir, int *used_wordnet);

#endif
