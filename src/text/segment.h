/* segment.h - sentence boundaries within a paragraph's tokens. */
#ifndef TS_SEGMENT_H
#define TS_SEGMENT_H

#include "token.h"

#include <stddef.h>

/* Returns the index one past the last token of the sentence that starts at
 * `from` (tokens[from..n)). text is the base of the token offsets. */
size_t ts_sentence_end(const char *text, const ts_tok *tok, size_t from, size_t n);

#endif
