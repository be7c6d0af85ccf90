/* cameo.c - lookups in the CAMEO code table. */
#include "cameo_table.h"
#include "tocsin/dict.h"

#include <string.h>

int tocsin_cameo_lookup(const char *code, int *quad, double *goldstein, const char **name)
{
    if (!code)
        return TOCSIN_EINVAL;
    unsigned lo = 0, hi = ts_cameo_count;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        int c = strcmp(ts_cameo_table[mid].code, code);
        if (c == 0) {
            if (quad)
                *quad = ts_cameo_table[mid].quad;
            if (goldstein)
                *goldstein = ts_cameo_table[mid].goldstein;
            if (name)
                *name = ts_cameo_table[mid].name;
            return 0;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return TOCSIN_ENOTFOUND;
}
