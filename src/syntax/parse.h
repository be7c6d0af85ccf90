/* parse.h - what the phrase finder (phrase.c) and the clause finder
 * (clause.c) share: the sentence under analysis, its tags, the word lists. */
#ifndef TS_SYNTAX_PARSE_H
#define TS_SYNTAX_PARSE_H

#include "tocsin/syntax.h"

#include <stddef.h>
#include <stdint.h>

#define SCAN_MAX 40 /* phrases a subject or object scan looks through */

typedef struct P {
    const tocsin_word *w;
    tocsin_pos *pos;
    size_t n;
    tocsin_parse *out;
    size_t nph; /* phrases made (may exceed what fits: counted, not kept) */
    int full;
} P;

/* Is word i (ASCII, case-insensitive; a typographic apostrophe reads as ')
 * the literal lit? Is it one of the NULL-ended list? (words.c) */
int ts_word_is(const P *p, size_t i, const char *lit);
int ts_word_in(const P *p, size_t i, const char *const *list);

extern const char *const ts_kw_be[];
extern const char *const ts_kw_have[];
extern const char *const ts_kw_get[];
extern const char *const ts_kw_fut[];
extern const char *const ts_kw_neg[];
extern const char *const ts_kw_time[];
extern const char *const ts_kw_ing_adj[];
extern const char *const ts_kw_ing_prep[];
extern const char *const ts_kw_subord[];
extern const char *const ts_kw_quant[];
extern const char *const ts_kw_time_noun[];
extern const char *const ts_kw_time_det[];
extern const char *const ts_kw_org[];
extern const char *const ts_kw_title[];
extern const char *const ts_kw_control[];
extern const char *const ts_kw_say[];

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
