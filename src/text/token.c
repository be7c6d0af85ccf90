/* token.c - splits UTF-8 text into tokens, folding case and accents for lookup.
 *
 * Offsets always refer to the original bytes, so evidence spans stay exact;
 * normalisation (curly quotes, dashes, non-breaking spaces, accents) only
 * affects the lookup key. ASCII takes a fast path; utf8proc handles the rest. */
#include "token.h"
#include "base/internal.h"

#include <string.h>
#include <utf8proc.h>

enum { C_SPACE, C_LETTER, C_DIGIT, C_APOS, C_QUOTE, C_HYPHEN, C_DASH, C_PUNCT, C_ELLIPSIS };

static unsigned char ascii_class[128];
static unsigned char ascii_letter[256]; /* 1 for A-Z and a-z: the letter loop's one test */
static int ascii_ready;

static void init_ascii(void)
{
    for (int c = 0; c < 128; c++) {
        unsigned char k = C_PUNCT;
        if (c <= ' ' || c == 127)
            k = C_SPACE;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            k = C_LETTER;
        else if (c >= '0' && c <= '9')
            k = C_DIGIT;
        else if (c == '\'' || c == '`')
            k = C_APOS;
        else if (c == '"')
            k = C_QUOTE;
        else if (c == '-')
            k = C_HYPHEN;
        ascii_class[c] = k;
        ascii_letter[c] = k == C_LETTER;
    }
    ascii_ready = 1;
}

/* Decodes one code point at s[i..n); returns its byte length (>= 1) and class. */
static size_t decode(const unsigned char *s, size_t i, size_t n, int *cls, int32_t *cpo)
{
    unsigned char c = s[i];
    if (c < 128) {
        *cls = ascii_class[c];
        *cpo = c;
        return 1;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) {
        *cls = C_SPACE;
        *cpo = -1;
        return 1;
    }
    *cpo = cp;
    switch (cp) {
    case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF: case 0x85:
        *cls = C_SPACE;
        return (size_t)k;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0xB4:
        *cls = C_APOS;
        return (size_t)k;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB: case 0x2033:
        *cls = C_QUOTE;
        return (size_t)k;
    case 0x2010: case 0x2011:
        *cls = C_HYPHEN;
        return (size_t)k;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        *cls = C_DASH;
        return (size_t)k;
    case 0x2026:
        *cls = C_ELLIPSIS;
        return (size_t)k;
    default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200B) {
        *cls = C_SPACE;
        return (size_t)k;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        *cls = C_LETTER;
        break;
    case UTF8PROC_CATEGORY_ND:
        *cls = C_DIGIT;
        break;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN:
        *cls = C_SPACE;
        break;
    default:
        *cls = C_PUNCT;
        break;
    }
    return (size_t)k;
}

static int is_upper_cp(int32_t cp)
{
    if (cp < 128)
        return cp >= 'A' && cp <= 'Z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static int is_letter_cp(int32_t cp)
{
    if (cp < 128)
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* Folds a non-ASCII word: case fold, strip accents, compose. */
static int fold_utf8(const char *s, size_t n, char *out, size_t cap)
{
    utf8proc_int32_t cps[TS_TOKEN_MAX + 8];
    utf8proc_ssize_t k = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                            cps, (utf8proc_ssize_t)(sizeof cps / sizeof cps[0]),
                                            UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    if (k < 0 || k > (utf8proc_ssize_t)(sizeof cps / sizeof cps[0]))
        return -1;
    size_t o = 0;
    for (utf8proc_ssize_t i = 0; i < k; i++) {
        int32_t cp = cps[i];
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0xB4)
            cp = '\'';
        else if (cp == 0x2010 || cp == 0x2011)
            cp = '-';
        utf8proc_uint8_t tmp[4];
        utf8proc_ssize_t m = utf8proc_encode_char(cp, tmp);
        if (m <= 0)
            continue;
        if (o + (size_t)m + 1 > cap)
            return -1;
        memcpy(out + o, tmp, (size_t)m);
        o += (size_t)m;
    }
    out[o] = '\0';
    return (int)o;
}

int ts_tok_key(const char *text, const ts_tok *t, char *out, size_t cap)
{
    const unsigned char *s = (const unsigned char *)text + t->off;
    size_t n = t->len;
    if (cap == 0)
        return -1;
    if (t->kind == TK_PUNCT) {
        int cls;
        int32_t cp;
        decode(s, 0, n, &cls, &cp);
        const char *k = NULL;
        if (cls == C_QUOTE)
            k = "\"";
        else if (cls == C_DASH)
            k = "--";
        else if (cls == C_ELLIPSIS)
            k = "...";
        else if (cls == C_HYPHEN)
            k = "-";
        else if (cls == C_APOS)
            k = n > 1 && (s[n - 1] == 's' || s[n - 1] == 'S') ? "'s" : "'";
        if (k) {
            size_t m = strlen(k);
            if (m + 1 > cap)
                return -1;
            memcpy(out, k, m + 1);
            return (int)m;
        }
    }
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 128) {
            ascii = 0;
            break;
        }
    if (!ascii)
        return fold_utf8((const char *)s, n, out, cap);
    if (n + 1 > cap)
        return -1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : (c == '`' ? '\'' : c));
    }
    out[n] = '\0';
    return (int)n;
}

static int finish(const char *text, ts_tok *t, ts_tok_fn emit, void *ud, int ascii)
{
    if (ascii && t->kind != TK_PUNCT && t->len <= TS_KEY_MAX) {
        /* the common case: fold and hash in one pass, as ts_tok_key + ts_hash would */
        const unsigned char *p = (const unsigned char *)text + t->off;
        uint64_t h = TS_FNV_OFFSET;
        for (size_t i = 0; i < t->len; i++) {
            unsigned char c = p[i];
            c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : (c == '`' ? '\'' : c));
            h ^= c;
            h *= TS_FNV_PRIME;
        }
        t->hash = h;
    } else {
        char key[TS_KEY_MAX + 8];
        int k = ts_tok_key(text, t, key, sizeof key);
        t->hash = k < 0 ? 0 : ts_hash(key, (size_t)k);
    }
    t->word = -1;
    t->aux = 0;
    return emit(ud, t);
}

/* Acronyms with dots (U.S., U.N., a.m.) at s[i]: their end, with t's length
 * and case set; 0 when there is none. */
static inline size_t scan_acronym(const unsigned char *s, size_t i, size_t n, int first_upper, ts_tok *t)
{
    if (!(i + 3 < n && s[i + 1] == '.' && ascii_class[s[i + 2] & 127] == C_LETTER && s[i + 2] < 128 &&
          s[i + 3] == '.'))
        return 0;
    int letters = 0, uppers = 0;
    size_t j = i;
    while (j + 1 < n && s[j] < 128 && ascii_class[s[j]] == C_LETTER && s[j + 1] == '.') {
        if (s[j] >= 'A' && s[j] <= 'Z')
            uppers++;
        letters++;
        j += 2;
    }
    t->len = (uint16_t)(j - i);
    t->cas = uppers == letters ? (letters > 1 ? CASE_UPPER : CASE_CAP) : (first_upper ? CASE_CAP : CASE_LOWER);
    return j;
}

/* A word or number from s[i]: letters and digits, inner apostrophes of names
 * (O'Brien; n't and 's are split off), digit groups (10,000 and 1.25), at
 * most TS_TOKEN_MAX bytes. Sets t's length and case. *hash is the folded
 * key's hash when the word is ASCII letters only and short enough to be a
 * key (then returns with *plain = 1), computed on the way at no extra pass. */
static inline size_t scan_word(const unsigned char *s, size_t i, size_t n, int first_upper, ts_tok *t,
                               uint64_t *hash, int *plain, int *ascii_out)
{
    int letters = 0, uppers = 0, ascii = s[i] < 128;
    size_t j = i;
    uint64_t h = TS_FNV_OFFSET;
    while (j < n) {
        int c2;
        int32_t cp2;
        size_t k2;
        if (s[j] < 128) {
            c2 = ascii_class[s[j]];
            cp2 = s[j];
            k2 = 1;
            if (c2 == C_LETTER) {
                /* a run of ASCII letters, the common case, in a loop of its own */
                size_t lim = n - i > TS_TOKEN_MAX ? i + TS_TOKEN_MAX : n, j0 = j;
                do {
                    unsigned char c = s[j];
                    uppers += c <= 'Z';
                    h = (h ^ (c | 0x20)) * TS_FNV_PRIME; /* an ASCII letter's lower case */
                    j++;
                } while (j < lim && ascii_letter[s[j]]);
                letters += (int)(j - j0);
                if (j - i >= TS_TOKEN_MAX)
                    break;
                continue;
            }
        } else {
            k2 = decode(s, j, n, &c2, &cp2);
            ascii = 0;
        }
        if (c2 == C_LETTER || c2 == C_DIGIT) {
            if (c2 == C_LETTER && is_letter_cp(cp2)) {
                letters++;
                if (is_upper_cp(cp2))
                    uppers++;
            }
            j += k2;
        } else if (c2 == C_APOS && j > i) {
            /* split n't and 's; keep O'Brien, d'Ivoire */
            size_t a = j + k2;
            int nxt = a < n && s[a] < 128 ? ascii_class[s[a]] : C_SPACE;
            int nxt2 = a + 1 < n && s[a + 1] < 128 ? ascii_class[s[a + 1]] : C_SPACE;
            if (a < n && (s[a] == 't' || s[a] == 'T') && (s[j - 1] == 'n' || s[j - 1] == 'N') &&
                nxt2 != C_LETTER && j - 1 > i) {
                j -= 1; /* word ends before the n of n't */
                break;
            }
            if (nxt == C_LETTER && !((s[a] == 's' || s[a] == 'S') && nxt2 != C_LETTER))
                j = a; /* apostrophe inside a name */
            else
                break;
        } else if (c2 == C_PUNCT && (s[j] == ',' || s[j] == '.') && t->kind == TK_NUM && j + 1 < n &&
                   s[j + 1] >= '0' && s[j + 1] <= '9') {
            j += 1; /* 10,000 and 1.25 */
        } else {
            break;
        }
        if (j - i >= TS_TOKEN_MAX)
            break;
    }
    t->len = (uint16_t)(j - i);
    if (letters >= 2 && uppers == letters)
        t->cas = CASE_UPPER;
    else if (first_upper)
        t->cas = CASE_CAP;
    *plain = ascii && letters == (int)(j - i) && j - i <= TS_KEY_MAX;
    *hash = h;
    for (size_t q = i; q < j && ascii && !*plain; q++)
        if (s[q] == '\'' || s[q] == '`')
            ascii = 0; /* keys with apostrophes take the general path */
    *ascii_out = ascii;
    return j;
}

/* The tokenizer's loop, made once for each kind of caller below: inlined
 * there, its calls of emit are direct (and ts_tokenize_into's inlined). */
static inline __attribute__((always_inline)) int tokenize(const char *text, size_t n, ts_tok_fn emit,
                                                          void *ud)
{
    if (!ascii_ready)
        init_ascii();
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    int rc;
    while (i < n) {
        if (s[i] <= ' ') { /* ASCII spaces, the commonest byte */
            i++;
            continue;
        }
        if (ascii_letter[s[i]]) {
            /* the common case, a word of ASCII letters that a space or
               punctuation ends, in one loop: its length, case and key's hash
               as scan_word would give them. Anything else (a digit, an
               apostrophe or a non-ASCII byte after it, a letter and a dot that
               may be an acronym, a word too long for a key) is left to the
               general path below, from its start */
            size_t lim = n - i > TS_KEY_MAX ? i + TS_KEY_MAX : n, j = i;
            uint64_t h = TS_FNV_OFFSET;
            unsigned bits = 0; /* the OR of its bytes: 0x20 is clear when all are capitals */
            do {
                unsigned char c = s[j];
                bits |= c;
                h = (h ^ (c | 0x20)) * TS_FNV_PRIME;
                j++;
            } while (j < lim && ascii_letter[s[j]]);
            int ends = j == n || (s[j] < 128 && ascii_class[s[j]] != C_DIGIT && ascii_class[s[j]] != C_APOS &&
                                  !ascii_letter[s[j]] && !(s[j] == '.' && j - i == 1));
            if (ends) {
                ts_tok t;
                t.off = (uint32_t)i;
                t.len = (uint16_t)(j - i);
                t.kind = TK_WORD;
                t.cas = j - i >= 2 && !(bits & 0x20) ? CASE_UPPER : (s[i] <= 'Z' ? CASE_CAP : CASE_LOWER);
                t.hash = h;
                t.word = -1;
                t.aux = 0;
                if ((rc = emit(ud, &t)))
                    return rc;
                i = j;
                continue;
            }
        }
        if (s[i] < 128 && (ascii_class[s[i]] == C_PUNCT || ascii_class[s[i]] == C_QUOTE ||
                           ascii_class[s[i]] == C_HYPHEN)) {
            /* ASCII punctuation but the apostrophes: its key is itself */
            ts_tok t;
            t.off = (uint32_t)i;
            t.len = 1;
            t.kind = TK_PUNCT;
            t.cas = CASE_LOWER;
            t.hash = ts_hash(s + i, 1);
            t.word = -1;
            t.aux = 0;
            if ((rc = emit(ud, &t)))
                return rc;
            i++;
            continue;
        }
        int cls;
        int32_t cp;
        size_t k = 1;
        if (s[i] < 128) { /* decode's own first case, without the call */
            cls = ascii_class[s[i]];
            cp = s[i];
        } else {
            k = decode(s, i, n, &cls, &cp);
        }
        if (cls == C_SPACE) {
            i += k;
            continue;
        }
        ts_tok t;
        t.off = (uint32_t)i;
        t.cas = CASE_LOWER;
        if (cls == C_LETTER || cls == C_DIGIT) {
            int first_upper = is_upper_cp(cp);
            t.kind = cls == C_DIGIT ? TK_NUM : TK_WORD;
            size_t j = cls == C_LETTER && k == 1 ? scan_acronym(s, i, n, first_upper, &t) : 0;
            if (j) {
                if ((rc = finish(text, &t, emit, ud, 1)))
                    return rc;
                i = j;
                continue;
            }
            uint64_t h;
            int plain, ascii;
            j = scan_word(s, i, n, first_upper, &t, &h, &plain, &ascii);
            if (plain) { /* letters only: the hash is already computed */
                t.hash = h;
                t.word = -1;
                t.aux = 0;
                rc = emit(ud, &t);
            } else {
                rc = finish(text, &t, emit, ud, ascii);
            }
            if (rc)
                return rc;
            i = j;
            continue;
        }
        t.kind = TK_PUNCT;
        t.len = (uint16_t)k;
        if (cls == C_APOS) {
            /* possessive 's (n't is split off its word above) */
            size_t a = i + k;
            if (a < n && (s[a] == 's' || s[a] == 'S') &&
                (a + 1 >= n || s[a + 1] >= 128 || ascii_class[s[a + 1]] != C_LETTER))
                t.len = (uint16_t)(a + 1 - i);
        }
        if ((rc = finish(text, &t, emit, ud, 0)))
            return rc;
        i += t.len;
    }
    return 0;
}

int ts_tokenize(const char *text, size_t n, ts_tok_fn emit, void *ud)
{
    return tokenize(text, n, emit, ud);
}

typedef struct tok_vec {
    ts_tok *v;
    size_t len, cap, max;
    int err;
} tok_vec;

static inline __attribute__((always_inline)) int vec_put(void *ud, const ts_tok *t)
{
    tok_vec *x = ud;
    if (x->len >= x->max)
        return 1;
    if (x->len == x->cap && ts_vec_grow((void **)&x->v, &x->cap, x->len + 1, sizeof *x->v, x->max)) {
        x->err = TOCSIN_ENOMEM;
        return 1;
    }
    x->v[x->len++] = *t;
    return 0;
}

int ts_tokenize_into(const char *text, size_t n, ts_tok **v, size_t *len, size_t *cap, size_t max)
{
    tok_vec x = {*v, *len, *cap, max, 0};
    tokenize(text, n, vec_put, &x);
    *v = x.v;
    *len = x.len;
    *cap = x.cap;
    return x.err;
}
