/* fuzz_legacy.c - libFuzzer target for the legacy dictionary reader: the
 * input is read as a TABARI or PETRARCH2 file (recognised by content, as
 * --dict-add does) and every converted line is checked to be one line of
 * text. */
#include "tocsin/dict.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void noop(void *ud, const tocsin_error *e)
{
    (void)ud;
    (void)e;
}

static int line(void *ud, int section, const char *s, size_t n, long src_line)
{
    size_t *count = ud;
    if ((section != 'a' && section != 'v') || !n || memchr(s, '\n', n) || src_line < 1)
        abort();
    (*count)++;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t count = 0;
    tocsin_convert_stats st;
    tocsin_dict_convert_buf("fuzz", (const char *)data, size, 0, NULL, line, &count, &st, noop,
                            NULL);
    if (count != st.out_lines)
        abort();
    return 0;
}
