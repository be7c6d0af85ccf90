/* tagger.h - the tagger's internal entry points, for the parser and tests. */
#ifndef TS_SYNTAX_TAGGER_H
#define TS_SYNTAX_TAGGER_H

#include "tocsin/syntax.h"

#include <stddef.h>
#include <stdint.h>

/* Tags n words into model tag ids ids[n]; returns the number of tags. */
unsigned ts_tag_ids(const tocsin_tagger *t, const tocsin_word *w, size_t n, uint8_t *ids);
/* The Penn and universal tags of a model tag id. */
void ts_tag_pos(const tocsin_tagger *t, unsigned id, tocsin_pos *p);

#endif
