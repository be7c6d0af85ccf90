/* structure.h - the syntax layer's reading of a sentence, asked for by the
 * grammar only where its own rules find no subject for a verb of the
 * dictionaries: the sentence is then tagged and parsed once (structure.c). */
#ifndef TS_STRUCTURE_H
#define TS_STRUCTURE_H

#include "sentence.h"
#include "tocsin/syntax.h"

#define TS_MAX_SENT_CLAUSES (TS_MAX_SENT_TOKENS / 2)

typedef struct ts_structure {
    int state; /* 0 not parsed yet, 1 parsed, -1 no model or no parse */
    tocsin_word w[TS_MAX_SENT_TOKENS];
    tocsin_pos pos[TS_MAX_SENT_TOKENS];
    tocsin_phrase ph[TS_MAX_SENT_TOKENS];
    tocsin_clause cl[TS_MAX_SENT_CLAUSES];
    tocsin_parse p;
} ts_structure;

/* The dictionary's tagger (dict/model/tagger.model beside the dictionaries),
 * loaded on first use and kept with the dictionary; NULL without a model. */
const tocsin_tagger *ts_structure_tagger(const tocsin_dict *d);

/* Tags and parses the sentence once (later calls return at once); 1 when
 * its clauses are in x->p and x->cl, 0 without a model or a parse. */
int ts_structure_parse(ts_structure *x, const ts_sent *s);

/* Forget the previous sentence's parse. */
static inline void ts_structure_reset(ts_structure *x) { x->state = 0; }

/* The subject of the clause whose main verb is token `verb`, as a token
 * index: the relative clause's antecedent for "who"/"that" and reduced
 * relatives, the shared subject of coordinated or controlled verbs. -1 when
 * the parse gives none (or there is no model). Parses on first call. */
int ts_structure_subject(ts_structure *x, const ts_sent *s, size_t verb);

/* The flags (tocsin_vg_flag) of that clause's verb group, 0 when none. */
unsigned ts_structure_flags(ts_structure *x, const ts_sent *s, size_t verb);

#endif
