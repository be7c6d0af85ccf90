/* fuzz_import.c - libFuzzer target for the import line parsers: arbitrary
 * bytes cut into lines and read as KEDS, WEIS, ICEWS or GDELT event lines
 * (the first byte picks the format) with the bundled tables; every event
 * read is written back as a CAMEO export line, and the first field is also
 * mapped as an actor code. */
#include "tocsin/interchange.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static tocsin_ext_maps *maps;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!maps) {
        const char *dir = getenv("TOCSIN_DICT");
        tocsin_error err;
        if (tocsin_ext_load_maps(dir ? dir : "dict", &maps, &err))
            abort();
    }
    if (!size)
        return 0;
    static const tocsin_ext_format fmts[] = {TOCSIN_EXT_KEDS, TOCSIN_EXT_WEIS, TOCSIN_EXT_ICEWS, TOCSIN_EXT_GDELT};
    tocsin_ext_format fmt = fmts[data[0] % 4];
    const char *p = (const char *)data + 1, *end = (const char *)data + size;
    while (p <= end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = (size_t)((nl ? nl : end) - p);
        tocsin_ext_event ev;
        tocsin_error err;
        if (tocsin_ext_parse_line(maps, fmt, p, n, &ev, &err) == 1) {
            char buf[2048];
            tocsin_ext_format_line(maps, TOCSIN_EXT_CAMEO, &ev, 1, 1, 1, buf, sizeof buf);
            tocsin_ext_format_line(maps, TOCSIN_EXT_PLOVER, &ev, 1, 1, 1, buf, sizeof buf);
        }
        /* the first field as an actor code of a KEDS or WEIS series */
        const char *tab = memchr(p, '\t', n);
        size_t fn = tab ? (size_t)(tab - p) : n;
        if (fn < 64) {
            char code[64], out[16];
            memcpy(code, p, fn);
            code[fn] = '\0';
            tocsin_ext_map_actor(maps, fmt == TOCSIN_EXT_WEIS ? TOCSIN_EXT_WEIS : TOCSIN_EXT_KEDS, code, out, &err);
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    return 0;
}
