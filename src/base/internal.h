/* internal.h - small helpers shared by the library's modules (never installed). */
#ifndef TS_INTERNAL_H
#define TS_INTERNAL_H

#include "tocsin/status.h"

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define TS_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define TS_LIKELY(x) __builtin_expect(!!(x), 1)
#define TS_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define TS_PRINTF(a, b)
#define TS_LIKELY(x) (x)
#define TS_UNLIKELY(x) (x)
#endif

void ts_error_set(tocsin_error *e, int code, const char *file, long line, long long offset,
                  const char *fmt, ...) TS_PRINTF(6, 7);
void ts_diag(tocsin_diag_fn fn, void *ud, int code, const char *file, long line,
             long long offset, const char *fmt, ...) TS_PRINTF(7, 8);

/* datetime.c: days since 1970-01-01 of a strict YYYY-MM-DD date (an
 * impossible day such as 2024-02-30 is refused); returns 0 on success. */
int ts_parse_date(const char *s, size_t n, int32_t *days);
/* datetime.c: any date tocsin_date_parse reads, as YYYY-MM-DD; 0 or -1 (out = ""). */
int ts_date_iso(const char *s, size_t n, char out[11]);
/* datetime.c: 1..12 for a month name ("July", "Jul", "Sept"), else 0;
 * 0 (Monday) .. 6 for a weekday name ("Tuesday", "Tue"), else -1. */
int ts_month_name(const char *p, size_t n);
int ts_weekday_name(const char *p, size_t n);

/* FNV-1a, 64 bit: the offset basis and prime, also for the loops that fold
 * and hash a token's key in one pass (token.c) or hash token hashes
 * (coder.c, fingerprint.c). */
#define TS_FNV_OFFSET 1469598103934665603ull
#define TS_FNV_PRIME 1099511628211ull
static inline uint64_t ts_hash(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = TS_FNV_OFFSET;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= TS_FNV_PRIME;
    }
    return h;
}

/* The first set bit of bits[] from bit `from` on, or n when there is none
 * before n: for a loop over the items (tokens) that a test without branches
 * has marked in bits[] (words enough for n bits), when which pass is no
 * pattern a branch predictor could learn. */
static inline size_t ts_next_bit(const uint64_t *bits, size_t from, size_t n)
{
    while (from < n) {
        uint64_t m = bits[from / 64] >> (from % 64);
        if (m) {
            size_t k = from + (size_t)__builtin_ctzll(m);
            return k < n ? k : n;
        }
        from = (from / 64 + 1) * 64;
    }
    return n;
}

static inline uint64_t ts_mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

/* A growable byte buffer with a hard cap; every append checks it. */
typedef struct ts_buf {
    char *p;
    size_t len, cap, max;
} ts_buf;

int ts_buf_reserve(ts_buf *b, size_t extra);
int ts_buf_put(ts_buf *b, const void *p, size_t n);
int ts_buf_putc(ts_buf *b, char c);
int ts_buf_printf(ts_buf *b, const char *fmt, ...) TS_PRINTF(2, 3);
void ts_buf_free(ts_buf *b);

/* Growable array of fixed-size items, also capped. */
#define TS_VEC(T)                                                                       \
    struct {                                                                            \
        T *v;                                                                           \
        size_t n, cap;                                                                  \
    }
int ts_vec_grow(void **v, size_t *cap, size_t need, size_t item, size_t max);
#define ts_vec_push(vec, item, max)                                                     \
    (((vec)->n < (vec)->cap ||                                                          \
      ts_vec_grow((void **)&(vec)->v, &(vec)->cap, (vec)->n + 1, sizeof *(vec)->v,       \
                  (max)) == 0)                                                          \
         ? ((vec)->v[(vec)->n++] = (item), 0)                                           \
         : TOCSIN_ENOMEM)

#endif
