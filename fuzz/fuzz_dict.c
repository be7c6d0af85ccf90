/* fuzz_dict.c - libFuzzer target for the dictionary loader: the input is
 * split at the first NUL into an actor file and a verb file, written to a
 * private folder next to the bundled grammar and classes, and loaded. */
#include "tocsin/dict.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[256];

static void put(const char *name, const uint8_t *p, size_t n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(p, 1, n, f);
    fclose(f);
}

static void copy(const char *from, const char *to)
{
    FILE *a = fopen(from, "rb");
    if (!a)
        abort();
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, to);
    FILE *b = fopen(path, "wb");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, a)) > 0)
        fwrite(buf, 1, n, b);
    fclose(a);
    fclose(b);
}

static void noop(void *ud, const tocsin_error *e)
{
    (void)ud;
    (void)e;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/tocsin-fuzz-dict-%d", (int)getpid());
        char cmd[600];
        snprintf(cmd, sizeof cmd, "mkdir -p %s/actors %s/verbs", dir, dir);
        if (system(cmd))
            abort();
        const char *src = getenv("TOCSIN_DICT");
        char p[512];
        snprintf(p, sizeof p, "%s/grammar.txt", src ? src : "dict");
        copy(p, "grammar.txt");
        snprintf(p, sizeof p, "%s/verbs/classes.txt", src ? src : "dict");
        copy(p, "verbs/classes.txt");
    }
    const uint8_t *nul = memchr(data, 0, size);
    size_t a = nul ? (size_t)(nul - data) : size;
    put("actors/f.txt", data, a);
    put("verbs/f.txt", nul ? nul + 1 : data, nul ? size - a - 1 : 0);
    tocsin_dict_options o = {.wordnet_dir = "/nonexistent", .diag = noop, .diag_ud = NULL};
    tocsin_dict *d = NULL;
    tocsin_error err;
    if (tocsin_dict_load(dir, &o, &d, &err) == 0)
        tocsin_dict_free(d);
    return 0;
}
