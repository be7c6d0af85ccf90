/* cameo.c - lookups in the CAMEO code table. */
#include "cameo_table.h"
#include "tocsin/dict.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

/* The codes (at most 4 bytes) packed big-endian into integers, zero-padded:
 * integer order is strcmp's, so the table's order holds and a lookup
 * compares integers instead of calling strcmp (the coder asks once an
 * event). Made once. */
#define CODE_BYTES 4
static uint32_t packed[512];
static int packed_ok; /* every code fits: else the lookup is strcmp's */
static pthread_once_t packed_once = PTHREAD_ONCE_INIT;

/* s packed, or 0 when it is longer than CODE_BYTES (or empty) */
static uint32_t pack(const char *s)
{
    uint32_t k = 0;
    size_t i = 0;
    for (; i < CODE_BYTES && s[i]; i++)
        k |= (uint32_t)(unsigned char)s[i] << (8 * (CODE_BYTES - 1 - i));
    return s[i] ? 0 : k;
}

static void pack_table(void)
{
    if (ts_cameo_count > sizeof packed / sizeof packed[0])
        return;
    for (unsigned k = 0; k < ts_cameo_count; k++)
        if (!(packed[k] = pack(ts_cameo_table[k].code)) || (k && packed[k] <= packed[k - 1]))
            return;
    packed_ok = 1;
}

static void found(unsigned k, int *quad, double *goldstein, const char **name)
{
    if (quad)
        *quad = ts_cameo_table[k].quad;
    if (goldstein)
        *goldstein = ts_cameo_table[k].goldstein;
    if (name)
        *name = ts_cameo_table[k].name;
}

int tocsin_cameo_lookup(const char *code, int *quad, double *goldstein, const char **name)
{
    if (!code)
        return TOCSIN_EINVAL;
    pthread_once(&packed_once, pack_table);
    if (packed_ok) {
        uint32_t key = pack(code);
        if (!key)
            return TOCSIN_ENOTFOUND; /* longer than any code, or empty */
        unsigned lo = 0, hi = ts_cameo_count;
        while (lo < hi) {
            unsigned mid = (lo + hi) / 2;
            if (packed[mid] == key) {
                found(mid, quad, goldstein, name);
                return 0;
            }
            if (packed[mid] < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        return TOCSIN_ENOTFOUND;
    }
    unsigned lo = 0, hi = ts_cameo_count;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        int c = strcmp(ts_cameo_table[mid].code, code);
        if (c == 0) {
            found(mid, quad, goldstein, name);
            return 0;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return TOCSIN_ENOTFOUND;
}
