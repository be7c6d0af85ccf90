/* segment.c - splits a paragraph's tokens into sentences: at . ! ? followed
 * by a capital, a number or a quote, but not after abbreviations (Mr., Gen.,
 * Jan.) or initials (J. Smith). */
#include "segment.h"

#include <string.h>

static const char *const abbrev[] = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
    "gov", "sen", "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "corp", "co", "jr", "sr", "dept",
    "est", "approx", "fig", "mt", "ft", "pres", "gens", "rev", "hon", "sgt", "cpl", "pvt",
};

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int is_abbrev(const char *text, const ts_tok *t)
{
    if (t->kind != TK_WORD)
        return 0;
    if (t->len == 1 && t->cas != CASE_LOWER)
        return 1; /* an initial */
    if (t->len > 6)
        return 0; /* no abbreviation is that long */
    /* the first letter rules out most; the abbreviation's end is its length */
    int c0 = lower((unsigned char)text[t->off]);
    for (size_t k = 0; k < sizeof abbrev / sizeof abbrev[0]; k++) {
        const char *a = abbrev[k];
        if (a[0] != c0)
            continue;
        size_t i = 1;
        while (i < t->len && a[i] && lower((unsigned char)text[t->off + i]) == a[i])
            i++;
        if (i == t->len && !a[i])
            return 1;
    }
    return 0;
}

static int punct_is(const char *text, const ts_tok *t, char c)
{
    return t->kind == TK_PUNCT && t->len == 1 && text[t->off] == c;
}

static int closing(const char *text, const ts_tok *t)
{
    if (t->kind != TK_PUNCT)
        return 0;
    unsigned char c = (unsigned char)text[t->off];
    if (c == '"' || c == '\'' || c == ')' || c == ']')
        return 1;
    /* ” ’ */
    return t->len == 3 && c == 0xE2 && (unsigned char)text[t->off + 1] == 0x80 &&
           ((unsigned char)text[t->off + 2] == 0x9D || (unsigned char)text[t->off + 2] == 0x99);
}

/* A straight quote with space before it and a word right after it opens the
 * next sentence: 'Jets struck. "We will retaliate," he said.' */
static int straight_opening(const char *text, const ts_tok *tok, size_t k, size_t n)
{
    char c = text[tok[k].off];
    if ((c != '"' && c != '\'') || tok[k].len != 1 || k == 0 || k + 1 >= n)
        return 0;
    return tok[k].off > tok[k - 1].off + tok[k - 1].len && tok[k + 1].off == tok[k].off + 1;
}

size_t ts_sentence_end(const char *text, const ts_tok *tok, size_t from, size_t n)
{
    for (size_t i = from; i < n; i++) {
        const ts_tok *t = &tok[i];
        /* most tokens end nothing: one test of the byte that would, the last
           (a '.', '!' or '?' token is that byte alone) */
        if (!t->len)
            continue;
        unsigned char last = (unsigned char)text[t->off + t->len - 1];
        if (last != '.' && last != '!' && last != '?')
            continue;
        int end = t->kind == TK_PUNCT && t->len == 1;
        int acro = !end && t->kind == TK_WORD && t->len >= 2 && last == '.'; /* U.S. at the end of a sentence */
        if (!end && !acro)
            continue;
        if (end && punct_is(text, t, '.') && i > from && is_abbrev(text, &tok[i - 1]) &&
            i + 1 < n && (tok[i + 1].kind == TK_WORD || tok[i + 1].kind == TK_NUM))
            continue; /* "Gen. Smith", "Dec. 30" */
        size_t k = i + 1;
        while (k < n && closing(text, &tok[k]) && !straight_opening(text, tok, k, n))
            k++;
        if (k >= n)
            return n;
        const ts_tok *nx = &tok[k];
        int starts = nx->cas != CASE_LOWER || nx->kind == TK_NUM ||
                     (nx->kind == TK_PUNCT && (text[nx->off] == '"' || (unsigned char)text[nx->off] == 0xE2));
        if (!starts)
            continue;
        if (acro) {
            /* "the U.S. The ..." splits only before a typical sentence opener */
            static const char *const openers[] = {"the", "it", "he", "she", "they", "we", "but",
                                                  "in", "on", "a", "this", "that", "i"};
            int ok = 0;
            for (size_t q = 0; q < sizeof openers / sizeof openers[0] && !ok; q++) {
                size_t m = strlen(openers[q]);
                if (nx->len == m) {
                    size_t z = 0;
                    while (z < m && lower((unsigned char)text[nx->off + z]) == openers[q][z])
                        z++;
                    ok = z == m;
                }
            }
            if (!ok)
                continue;
        }
        return k;
    }
    return n;
}
