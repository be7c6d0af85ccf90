/* token.h - the tokenizer: UTF-8 text to words, numbers and punctuation. */
#ifndef TS_TOKEN_H
#define TS_TOKEN_H

#include <stddef.h>
#include <stdint.h>

enum { TK_WORD = 1, TK_NUM = 2, TK_PUNCT = 3 };
enum { CASE_LOWER = 0, CASE_CAP = 1, CASE_UPPER = 2 };

/* Longest token in bytes; longer runs of letters are cut (and match nothing). */
#define TS_TOKEN_MAX 255
/* Longest folded key kept for lookups. */
#define TS_KEY_MAX 64

typedef struct ts_tok {
    uint32_t off;   /* byte offset into the text passed to ts_tokenize */
    uint16_t len;   /* bytes */
    uint8_t kind;   /* TK_* */
    uint8_t cas;    /* CASE_*: CAP = first letter upper, UPPER = 2+ letters, all upper */
    uint64_t hash;  /* hash of the folded key (lowercase, accents stripped,
                       typographic quotes and dashes normalised) */
    int32_t word;   /* lexicon id, -1 if unknown (set by the caller) */
    uint32_t aux;   /* free for later stages */
} ts_tok;

/* Tokenises text[0..n). Calls emit for each token; stops early if emit returns
 * non-zero and returns that value. Invalid UTF-8 bytes are treated as spaces. */
typedef int (*ts_tok_fn)(void *ud, const ts_tok *t);
int ts_tokenize(const char *text, size_t n, ts_tok_fn emit, void *ud);
/* The same tokens appended to the array *v (*len of them, room for *cap,
 * grown as needed), at most max in all: tokens past max are left out.
 * Returns 0, or TOCSIN_ENOMEM (the tokens so far kept). */
int ts_tokenize_into(const char *text, size_t n, ts_tok **v, size_t *len, size_t *cap, size_t max);

/* Writes the folded key of a token (NUL-terminated) into out[cap]; returns its
 * length, or -1 if it does not fit. */
int ts_tok_key(const char *text, const ts_tok *t, char *out, size_t cap);

#endif
