/* fuzz_ladder.c - libFuzzer target for the ladder table (dict/ladder.txt,
 * src/analyze/ladder.c): arbitrary bytes written to a file, loaded, and
 * every rung and some codes looked up. */
#include "tocsin/analytics.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char path[64];

static void cleanup(void)
{
    unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!path[0]) {
        /* in memory where there is a tmpfs: the table is read by path */
        snprintf(path, sizeof path, "%s/fuzz_ladder.%ld", access("/dev/shm", W_OK) ? "/tmp" : "/dev/shm",
                 (long)getpid());
        atexit(cleanup);
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    tocsin_ladder *l = NULL;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (tocsin_ladder_load(path, &l, &err) == 0) {
        volatile size_t n = 0;
        int top = tocsin_ladder_top(l);
        for (int r = -1; r <= top + 1; r++)
            n += strlen(tocsin_ladder_name(l, r));
        static const char *codes[] = {"", "0", "01", "042", "0873", "19", "190", "195", "2041", "x9", "20"};
        for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
            n += (size_t)tocsin_ladder_rung(l, codes[k]);
        n += (size_t)tocsin_ladder_hash(l);
        tocsin_ladder_free(l);
    }
    return 0;
}
