/* gazetteer.c - the place lookups. The table itself (countries from
 * iso-codes' ISO 3166-1, first-level regions and cities from libgeonames,
 * tocsin's own regions and spellings from place_table.c) is generated at build
 * time by tools/gen-gazetteer.c from the installed Debian packages and
 * compiled into the library as constant arrays: nothing is read or built when
 * a process starts. Names are looked up by the folded token hashes of their
 * words, the same hashes the tokenizer gives the text. */
#include "gazetteer.h"

#include "gazetteer_impl.h"

#include <string.h>

const ts_gaz *ts_gaz_get(void) { return &ts_gaz_table; }

int ts_gaz_first(const ts_gaz *g, uint64_t h)
{
    if (!h)
        h = 1;
    if (!(g->bloom[TS_GAZ_BLOOM_A(h) / 64] & (1ull << (TS_GAZ_BLOOM_A(h) % 64))) ||
        !(g->bloom[TS_GAZ_BLOOM_B(h) / 64] & (1ull << (TS_GAZ_BLOOM_B(h) % 64))))
        return 0;
    size_t s = (size_t)(h >> 11) & (g->nfirst - 1);
    while (g->first[s]) {
        if (g->first[s] == h)
            return 1;
        s = (s + 1) & (g->nfirst - 1);
    }
    return 0;
}

size_t ts_gaz_find(const ts_gaz *g, uint64_t key, uint32_t *ids, uint8_t *flags, size_t max)
{
    size_t s = (size_t)(key >> 11) & (g->nslot - 1);
    while (g->slot[s]) {
        size_t i = g->slot[s] - 1;
        if (g->k[i].key == key) {
            size_t n = 0;
            for (; i < g->nk && g->k[i].key == key && n < max; i++) {
                if (n && ids[n - 1] == g->k[i].id) {
                    flags[n - 1] &= g->k[i].flags; /* a full name beats a core */
                    continue;
                }
                ids[n] = g->k[i].id;
                flags[n] = g->k[i].flags;
                n++;
            }
            return n;
        }
        s = (s + 1) & (g->nslot - 1);
    }
    return 0;
}

const ts_place *ts_gaz_place(const ts_gaz *g, uint32_t id) { return id < g->npl ? &g->pl[id] : NULL; }

int32_t ts_gaz_country(const ts_gaz *g, const char *iso3)
{
    for (size_t i = 0; i < g->npl && g->pl[i].kind == TS_PL_COUNTRY; i++) /* countries come first */
        if (g->pl[i].iso3[0] == iso3[0] && !strcmp(g->pl[i].iso3, iso3))
            return (int32_t)i;
    return -1;
}

int32_t ts_gaz_lookup(const ts_gaz *g, const char *name, size_t n, int kind)
{
    ts_gaz_name a;
    if (!ts_gaz_name_key(name, n, 0, &a))
        return -1;
    uint32_t ids[TS_GAZ_MAX_HITS];
    uint8_t fl[TS_GAZ_MAX_HITS];
    size_t nh = ts_gaz_find(g, a.h, ids, fl, TS_GAZ_MAX_HITS);
    int32_t best = -1;
    for (size_t k = 0; k < nh; k++) {
        const ts_place *p = &g->pl[ids[k]];
        if ((fl[k] & TS_GK_CORE) || (kind && p->kind != kind))
            continue;
        if (best < 0 || p->pop > g->pl[best].pop)
            best = (int32_t)ids[k];
    }
    return best;
}
