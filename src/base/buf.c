/* buf.c - capped growable buffers and arrays: news text is untrusted, so every
 * buffer that grows with input has a named maximum. */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ts_buf_reserve(ts_buf *b, size_t extra)
{
    size_t max = b->max ? b->max : ((size_t)1 << 30);
    if (extra > max || b->len > max - extra)
        return TOCSIN_ELIMIT;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        return TOCSIN_ENOMEM;
    b->p = p;
    b->cap = cap;
    return 0;
}

int ts_buf_put(ts_buf *b, const void *p, size_t n)
{
    int rc = ts_buf_reserve(b, n);
    if (rc)
        return rc;
    if (n)
        memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = '\0';
    return 0;
}

int ts_buf_putc(ts_buf *b, char c)
{
    if (b->len + 1 < b->cap) {
        b->p[b->len++] = c;
        b->p[b->len] = '\0';
        return 0;
    }
    return ts_buf_put(b, &c, 1);
}

int ts_buf_printf(ts_buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return TOCSIN_EINVAL;
    if ((size_t)n < sizeof tmp)
        return ts_buf_put(b, tmp, (size_t)n);
    int rc = ts_buf_reserve(b, (size_t)n);
    if (rc)
        return rc;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void ts_buf_free(ts_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

int ts_vec_grow(void **v, size_t *cap, size_t need, size_t item, size_t max)
{
    if (need <= *cap)
        return 0;
    if (max && need > max)
        return TOCSIN_ELIMIT;
    size_t c = *cap ? *cap * 2 : 16;
    while (c < need)
        c *= 2;
    if (max && c > max)
        c = max;
    if (c > SIZE_MAX / item)
        return TOCSIN_ENOMEM;
    void *p = realloc(*v, c * item);
    if (!p)
        return TOCSIN_ENOMEM;
    *v = p;
    *cap = c;
    return 0;
}
