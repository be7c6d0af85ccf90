/* fuzz_text.c - libFuzzer target for the text entry point: arbitrary bytes
 * coded as a document (fed in uneven chunks) with the bundled dictionaries. */
#include "tocsin/coder.h"
#include "tocsin/format.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static tocsin_dict *dict;
static char *out;
static size_t out_len, out_cap;

static int sink(void *ud, const tocsin_event *ev)
{
    (void)ud;
    out_len = 0;
    tocsin_format_event(ev, TOCSIN_FORMAT_JSON, &out, &out_len, &out_cap);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dict) {
        const char *dir = getenv("TOCSIN_DICT");
        tocsin_error err;
        if (tocsin_dict_load(dir ? dir : "dict", NULL, &dict, &err))
            abort();
    }
    tocsin_coder *c = tocsin_coder_new(dict);
    tocsin_coder_set_sink(c, sink, NULL);
    tocsin_doc_info info = {"fuzz", size > 2 && data[0] & 1 ? "2024-11-05" : NULL, "fuzz", data[0] & 2, NULL, NULL};
    tocsin_coder_begin(c, &info);
    size_t chunk = size ? 1 + data[size - 1] % 97 : 1;
    for (size_t i = 0; i < size; i += chunk)
        tocsin_coder_feed(c, (const char *)data + i, size - i < chunk ? size - i : chunk);
    tocsin_coder_end(c);
    tocsin_coder_free(c);
    return 0;
}
