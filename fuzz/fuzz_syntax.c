/* fuzz_syntax.c - libFuzzer target for the syntactic layer: arbitrary bytes
 * cut into words at spaces (and at every 300th byte, so words of any bytes
 * and lengths occur), tagged and parsed with the bundled model; then parsed
 * again with tags taken from the input itself (any values), with output
 * arrays whose sizes the input picks; the parse is written out as text. */
#include "tocsin/syntax.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FZ_WORDS 4096

static tocsin_tagger *tagger;
static tocsin_word words[FZ_WORDS];
static tocsin_pos pos[FZ_WORDS];
static int16_t phrase_of[FZ_WORDS];
static tocsin_phrase phrases[FZ_WORDS];
static tocsin_clause clauses[FZ_WORDS];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!tagger) {
        const char *dir = getenv("TOCSIN_DICT");
        tocsin_error err;
        if (tocsin_tagger_load(dir ? dir : "dict", &tagger, &err))
            abort();
    }
    size_t n = 0, i = 0;
    while (i < size && n < FZ_WORDS) {
        while (i < size && data[i] == ' ')
            i++;
        size_t j = i;
        while (j < size && data[j] != ' ' && j - i < 300)
            j++;
        if (j > i)
            words[n++] = (tocsin_word){(const char *)data + i, (uint32_t)(j - i)};
        i = j;
    }
    size_t cap = size ? 1 + data[0] % 64 : 1;
    tocsin_parse p = {pos, phrase_of, phrases, FZ_WORDS, 0, clauses, FZ_WORDS, 0};
    tocsin_syntax_parse(tagger, words, n, &p);
    for (size_t k = 0; k < n; k++)
        if (pos[k].xpos >= TOCSIN_X_COUNT || pos[k].upos >= TOCSIN_U_COUNT)
            abort();
    for (size_t k = 0; k < p.nclause; k++)
        if (clauses[k].verb >= n || clauses[k].subj >= (int)n || clauses[k].obj >= (int)n)
            abort();
    static char text[1 << 16];
    size_t room = 1 + (size ? data[size - 1] : 0) * 97u % sizeof text;
    size_t need = tocsin_syntax_explain(words, n, &p, text, room);
    if (text[need < room ? need : room - 1] != '\0') /* words may hold NULs: no strlen */
        abort();
    /* caller-given tags of any value, small output arrays */
    for (size_t k = 0; k < n; k++) {
        pos[k].xpos = data[k % size];
        pos[k].upos = data[(k * 7) % size];
    }
    tocsin_parse q = {pos, NULL, phrases, cap, 0, clauses, cap / 2, 0};
    tocsin_syntax_parse(NULL, words, n, &q);
    if (q.nphrase > cap || q.nclause > cap / 2)
        abort();
    return 0;
}
