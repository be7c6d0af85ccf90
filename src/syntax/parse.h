/* parse.h - what the phrase finder (phrase.c) and the clause finder
 * (clause.c) share: the sentence under analysis, its tags, the word lists. */
#ifndef TS_SYNTAX_PARSE_H
#define TS_SYNTAX_PARSE_H

#include "tocsin/syntax.h"

#include <stddef.h>
#include <stdint.h>

#define SCAN_MAX 40 /* phrases a subject or object scan looks through */

/* The word lists the rules consult (words.c): a word's lists are looked up
 * once per parse, as a bit set (P.kw), so a rule's test is one bit. */
enum {
    KW_BE, KW_HAVE, KW_GET, KW_FUT, KW_NEG, KW_TIME, KW_ING_ADJ, KW_ING_PREP, KW_SUBORD, KW_QUANT,
    KW_TIME_NOUN, KW_TIME_DET, KW_ORG, KW_TITLE, KW_CONTROL, KW_SAY, KW_OBJ_PRON, KW_IOBJ, KW_THINK, KW_LINK, KW_XCOMP, KW_DITRANS, KW_WONDER, KW_TELL, KW_TOLD_THING, KW_MOTION, KW_PATH, KW_PLACE_FIRST, KW_COUNT
};

typedef struct P {
    const tocsin_word *w;
    tocsin_pos *pos;
    size_t n;
    tocsin_parse *out;
    size_t nph; /* phrases made (may exceed what fits: counted, not kept) */
    int full;
    const uint32_t *kw; /* per word: bit KW_* when it is in that list */
} P;

/* Is word i (ASCII, case-insensitive; a typographic apostrophe reads as ')
 * the literal lit? (words.c) */
int ts_word_is(const P *p, size_t i, const char *lit);

/* The lists (bits KW_*) of each of the n words into kw[n] (words.c). */
void ts_word_lists(const tocsin_word *w, size_t n, uint32_t *kw);

/* Is word i in list `list` (KW_*), read as ts_word_is reads it? */
static inline int ts_word_in(const P *p, size_t i, unsigned list)
{
    return i < p->n && ((p->kw[i] >> list) & 1);
}

static inline unsigned X(const P *p, size_t i)
{
    return i < p->n ? p->pos[i].xpos : 0;
}

static inline unsigned U(const P *p, size_t i)
{
    return i < p->n ? p->pos[i].upos : 0;
}

static inline int is_verb_tag(unsigned x)
{
    return x >= TOCSIN_X_VB && x <= TOCSIN_X_VBZ;
}

static inline int is_noun_tag(unsigned x)
{
    return x == TOCSIN_X_NN || x == TOCSIN_X_NNS || x == TOCSIN_X_NNP || x == TOCSIN_X_NNPS;
}

static inline const tocsin_phrase *PH(const P *p, long k)
{
    return &p->out->phrase[k];
}

/* phrase.c: cuts the words into phrases (p->out->phrase, p->nph) */
void ts_syn_phrases(P *p);
/* clause.c: a clause for every verb group */
void ts_syn_clauses(P *p);

#endif
