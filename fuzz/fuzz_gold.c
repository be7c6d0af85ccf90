/* fuzz_gold.c - libFuzzer target for the gold reader of `tocsin validate`
 * (common/gold.c): one line of arbitrary bytes. */
#include "common/gold.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gold_record r;
    char why[256];
    if (gold_parse((const char *)data, size, &r, why, sizeof why) == 0) {
        volatile size_t n = 0;
        for (int k = 0; k < r.nev; k++)
            n += strlen(r.ev[k].src) + strlen(r.ev[k].tgt) + strlen(r.ev[k].code);
        n += r.text ? strlen(r.text) : 0;
        gold_free(&r);
    } else if (strchr(why, '\n')) {
        __builtin_trap(); /* a message is one line */
    }
    return 0;
}
