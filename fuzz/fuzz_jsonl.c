/* fuzz_jsonl.c - libFuzzer target for the reader: arbitrary bytes read as a
 * JSON Lines file (or, when the first byte is odd, as a file whose format is
 * found from its first bytes: text, JSON Lines, a page), records handed to a
 * sink that only looks at them. */
#include "tocsin/reader.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static size_t seen;

static int d_begin(void *ud, const tocsin_doc_info *info)
{
    (void)ud;
    seen += (info->id ? strlen(info->id) : 0) + (info->date ? strlen(info->date) : 0) +
            (info->source ? strlen(info->source) : 0) + (info->url ? strlen(info->url) : 0);
    return 0;
}

static int d_feed(void *ud, const char *t, size_t n)
{
    (void)ud;
    if (n)
        seen += (unsigned char)t[0] + (unsigned char)t[n - 1];
    return 0;
}

static int d_end(void *ud)
{
    (void)ud;
    return 0;
}

static void diag(void *ud, const tocsin_error *e)
{
    (void)ud;
    seen += strlen(e->message);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    FILE *f = fmemopen((void *)(data + 1), size - 1, "rb");
    if (!f)
        return 0;
    tocsin_doc_sink sink = {d_begin, d_feed, d_end, NULL};
    tocsin_read_options o = {data[0] & 1 ? TOCSIN_INPUT_AUTO : TOCSIN_INPUT_JSONL, "2024-11-05", diag, NULL};
    tocsin_read_stats st;
    memset(&st, 0, sizeof st);
    tocsin_read_stream(f, data[0] & 2 ? "in.jsonl" : "in", &o, &sink, &st);
    fclose(f);
    return 0;
}
