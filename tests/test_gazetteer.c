/* test_gazetteer.c - the gazetteer's table generated at build time
 * (gen/gazetteer_data.c, by tools/gen-gazetteer.c) against the gazetteer
 * built from the packages as it used to be at run time
 * (tools/gazetteer-build.c): every place with all its fields, every key,
 * every first word, and the lookups of every place's name and its parts, of
 * tocsin's own spellings, of every run of 1 to 4 words of the texts given,
 * and of random keys. Usage: test_gazetteer [TEXTFILE...] */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tools/gazetteer-build.h"
#include "dict/place_table.h"
#include "text/token.h"

#define MAX_TEXT (16u << 20)
#define MAX_TOKS 2000000

static const gazb *O;     /* old: built from the packages */
static const ts_gaz *N;   /* new: the generated table */
static char **texts;
static int ntexts;
static size_t nnames, nfound; /* names looked up, and found */

static int setup(void **st)
{
    (void)st;
    O = gazb_get();
    N = ts_gaz_get();
    return O && N ? 0 : -1;
}

static void same_double(double a, double b)
{
    if (isnan(a) || isnan(b))
        assert_true(isnan(a) && isnan(b));
    else
        assert_memory_equal(&a, &b, sizeof a); /* bit for bit */
}

static void t_places(void **st)
{
    (void)st;
    assert_true(O->npl > 20000); /* countries, regions and the cities of libgeonames */
    for (uint32_t i = 0; i <= O->npl + 1; i++) {
        const ts_place *a = gazb_place(O, i), *b = ts_gaz_place(N, i);
        if (!a) {
            assert_null(b);
            continue;
        }
        assert_non_null(b);
        assert_string_equal(a->name, b->name);
        assert_string_equal(a->adm1, b->adm1);
        /* the fixed fields as strings: what follows the NUL is no part of them */
        assert_int_equal(strnlen(a->iso3, sizeof a->iso3), strnlen(b->iso3, sizeof b->iso3));
        assert_memory_equal(a->iso3, b->iso3, strnlen(a->iso3, sizeof a->iso3));
        assert_int_equal(strnlen(a->iso2, sizeof a->iso2), strnlen(b->iso2, sizeof b->iso2));
        assert_memory_equal(a->iso2, b->iso2, strnlen(a->iso2, sizeof a->iso2));
        assert_int_equal(strnlen(a->feature, sizeof a->feature), strnlen(b->feature, sizeof b->feature));
        assert_memory_equal(a->feature, b->feature, strnlen(a->feature, sizeof a->feature));
        same_double(a->lat, b->lat);
        same_double(a->lon, b->lon);
        assert_int_equal(a->pop, b->pop);
        assert_int_equal(a->kind, b->kind);
        assert_int_equal(a->gtype, b->gtype);
        assert_int_equal(a->parent, b->parent);
        if (a->kind == TS_PL_COUNTRY)
            assert_int_equal(gazb_country(O, a->iso3), ts_gaz_country(N, a->iso3));
    }
    assert_int_equal(gazb_country(O, "QQQ"), ts_gaz_country(N, "QQQ"));
    assert_int_equal(gazb_country(O, ""), ts_gaz_country(N, ""));
}

static void same_find(uint64_t key, size_t max)
{
    uint32_t ia[TS_GAZ_MAX_HITS], ib[TS_GAZ_MAX_HITS];
    uint8_t fa[TS_GAZ_MAX_HITS], fb[TS_GAZ_MAX_HITS];
    size_t na = gazb_find(O, key, ia, fa, max), nb = ts_gaz_find(N, key, ib, fb, max);
    assert_int_equal(na, nb);
    if (na) {
        assert_memory_equal(ia, ib, na * sizeof *ia);
        assert_memory_equal(fa, fb, na);
    }
}

static void t_keys(void **st)
{
    (void)st;
    for (size_t i = 0; i < O->nk; i++) {
        same_find(O->k[i].key, TS_GAZ_MAX_HITS);
        same_find(O->k[i].key, 1);
        same_find(O->k[i].key ^ 1, TS_GAZ_MAX_HITS);
        assert_true(ts_gaz_first(N, O->k[i].first));
        assert_int_equal(gazb_first(O, O->k[i].first ^ 0x100000), ts_gaz_first(N, O->k[i].first ^ 0x100000));
    }
    /* random keys and words: misses, and the filter's false hits */
    uint64_t x = 88172645463325252ull;
    for (int i = 0; i < 500000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        assert_int_equal(gazb_first(O, x), ts_gaz_first(N, x));
        same_find(x, TS_GAZ_MAX_HITS);
    }
    assert_int_equal(gazb_first(O, 0), ts_gaz_first(N, 0));
}

static void same_lookup(const char *s, size_t n)
{
    nnames++;
    int found = 0;
    for (int kind = 0; kind <= TS_PL_REGION; kind++) {
        int32_t a = gazb_lookup(O, s, n, kind);
        assert_int_equal(a, ts_gaz_lookup(N, s, n, kind));
        found |= a >= 0;
    }
    nfound += (size_t)found;
}

static void t_names(void **st)
{
    (void)st;
    for (uint32_t i = 0; i < O->npl; i++) { /* "Kherson, Kherson Oblast, Ukraine" and its parts */
        const char *s = O->pl[i].name;
        same_lookup(s, strlen(s));
        for (const char *p = s; p;) {
            const char *c = strstr(p, ", ");
            same_lookup(p, c ? (size_t)(c - p) : strlen(p));
            p = c ? c + 2 : NULL;
        }
    }
    for (const ts_own_region *r = ts_own_regions; r->key; r++)
        for (const char *s = r->names; *s;) {
            const char *e = strchr(s, '|');
            size_t l = e ? (size_t)(e - s) : strlen(s);
            same_lookup(s, l);
            s += l + (e ? 1 : 0);
        }
    for (const ts_alias *a = ts_country_aliases; a->name; a++)
        same_lookup(a->name, strlen(a->name));
    for (const ts_city_alias *a = ts_city_aliases; a->alias; a++)
        same_lookup(a->alias, strlen(a->alias));
    static const char *const other[] = {"", " ", "the", "Georgia", "Santiago", "the Kursk region", "Kursk Oblast",
                                        "Qqqqville", "KIEV", "kyiv", "São Paulo", "Sao Paulo", "Zürich"};
    for (size_t i = 0; i < sizeof other / sizeof *other; i++)
        same_lookup(other[i], strlen(other[i]));
    assert_true(nfound > 20000);
}

/* runs of 1 to 4 words of a text, as the coder keys them */
typedef struct toks {
    ts_tok *t;
    size_t n;
} toks;

static int on_tok(void *ud, const ts_tok *t)
{
    toks *v = ud;
    if (v->n < MAX_TOKS)
        v->t[v->n++] = *t;
    return 0;
}

static void t_texts(void **st)
{
    (void)st;
    toks v = {calloc(MAX_TOKS, sizeof(ts_tok)), 0};
    assert_non_null(v.t);
    size_t hits = 0;
    for (int f = 0; f < ntexts; f++) {
        FILE *fp = fopen(texts[f], "rb");
        assert_non_null(fp);
        char *buf = malloc(MAX_TEXT);
        assert_non_null(buf);
        size_t len = fread(buf, 1, MAX_TEXT, fp);
        fclose(fp);
        v.n = 0;
        ts_tokenize(buf, len, on_tok, &v);
        for (size_t i = 0; i < v.n; i++) {
            assert_int_equal(gazb_first(O, v.t[i].hash), ts_gaz_first(N, v.t[i].hash));
            uint64_t h = TS_GAZ_KEY0;
            for (size_t j = i; j < v.n && j < i + 4; j++) {
                h = ts_gaz_key_add(h, v.t[j].hash);
                uint32_t ids[TS_GAZ_MAX_HITS];
                uint8_t fl[TS_GAZ_MAX_HITS];
                hits += ts_gaz_find(N, h, ids, fl, TS_GAZ_MAX_HITS) > 0;
                same_find(h, TS_GAZ_MAX_HITS);
                same_lookup(buf + v.t[i].off, v.t[j].off + v.t[j].len - v.t[i].off);
            }
        }
        free(buf);
    }
    free(v.t);
    if (ntexts)
        assert_true(hits > 0);
}

int main(int argc, char **argv)
{
    texts = argv + 1;
    ntexts = argc - 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_places),
        cmocka_unit_test(t_keys),
        cmocka_unit_test(t_names),
        cmocka_unit_test(t_texts),
    };
    int rc = cmocka_run_group_tests_name("gazetteer: generated table = built from the packages", tests, setup, NULL);
    printf("gazetteer: %zu places, %zu keys, %zu names looked up (%zu found) alike\n", O ? O->npl : 0,
           O ? O->nk : 0, nnames, nfound);
    return rc;
}
