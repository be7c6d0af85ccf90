/* lang.c - is this text English? The share of very common English function
 * words tells: about 35-50% of the words of English news prose are among
 * the ones below, while French, Spanish, German or Russian text scores a
 * few percent (some words, like "a" or "in", are shared). No language
 * model, no table of scripts: enough to keep non-English pages out of an
 * English event coder. */
#include "tocsin/html.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MIN_WORDS 20    /* fewer: too short to tell */
#define MAX_WORDS 5000  /* the first 5,000 words decide; the rest is not read */
#define THRESHOLD 20    /* percent of function words above which text is English */
#define WORD_MAX 8      /* no listed word is longer */

/* Sorted for bsearch. Words that are common function words in other
 * languages of the news are left out ("also" and "die" in German, "i" in
 * Italian and Polish, "no" in Spanish). */
static const char *const function_words[] = {
    "a",    "about", "after", "an",    "and",  "are",  "as",    "at",   "be",   "been",
    "but",  "by",    "could", "for",   "from", "had",  "has",   "have", "he",   "her",
    "his",  "in",    "into",  "is",    "it",   "its",  "not",   "of",   "on",   "or",
    "over", "said",  "says",  "she",   "than", "that", "the",   "their", "there", "they",
    "this", "to",    "was",   "were",  "which", "who", "will",  "with", "would", "you",
};

static int cmp_word(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

/* Decodes one UTF-8 character at s[i]; invalid bytes come out as U+FFFD of
 * length 1, so that nothing is skipped or read twice. */
static uint32_t decode(const unsigned char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = s[i];
    *len = 1;
    if (c < 0x80)
        return c;
    size_t k = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? (c < 0xF0 ? 3 : 0) : c >= 0xC2 ? 2 : 0;
    if (!k || k > n - i)
        return 0xFFFD;
    uint32_t cp = c & (0x7F >> k);
    for (size_t j = 1; j < k; j++) {
        if ((s[i + j] & 0xC0) != 0x80)
            return 0xFFFD;
        cp = cp << 6 | (s[i + j] & 0x3F);
    }
    *len = k;
    return cp;
}

enum { SEP, LETTER, IDEOGRAPH };

static int char_class(uint32_t cp)
{
    if (cp < 0x80) {
        uint32_t l = cp | 0x20;
        return l >= 'a' && l <= 'z' ? LETTER : SEP;
    }
    /* Han, kana: written without spaces, so each counts as a word */
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
        (cp >= 0xF900 && cp <= 0xFAFF))
        return IDEOGRAPH;
    /* Latin-1 symbols, general and CJK punctuation, full-width forms, U+FFFD */
    if (cp < 0xC0 || (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F) || cp >= 0xFFF0)
        return SEP;
    return LETTER;
}

int tocsin_text_is_english(const char *text, size_t n)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t words = 0, hits = 0, i = 0;
    char w[WORD_MAX + 1];
    size_t wl = 0;
    int in_word = 0, ascii = 1;
    while (text && words < MAX_WORDS) {
        size_t len = 0;
        int cls = SEP;
        uint32_t cp = 0;
        if (i < n) {
            cp = decode(s, n, i, &len);
            cls = char_class(cp);
            /* apostrophes inside words: "Russia's", "don't" */
            if (in_word && (cp == '\'' || cp == 0x2019))
                cls = LETTER;
        }
        if (cls == LETTER) {
            if (!in_word) {
                in_word = 1;
                wl = 0;
                ascii = 1;
            }
            if (cp < 0x80 && wl < WORD_MAX)
                w[wl++] = (char)(cp | 0x20);
            else
                ascii = 0;
        } else if (in_word) {
            in_word = 0;
            words++;
            w[wl] = '\0';
            if (ascii && bsearch(w, function_words, sizeof function_words / sizeof function_words[0],
                                 sizeof function_words[0], cmp_word))
                hits++;
        }
        if (cls == IDEOGRAPH)
            words++;
        if (i >= n)
            break;
        i += len;
    }
    if (words < MIN_WORDS)
        return -1;
    return hits * 100 > words * THRESHOLD ? 1 : 0;
}
