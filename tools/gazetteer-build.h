/* gazetteer-build.h - the gazetteer as it is built from the installed Debian
 * packages (iso-codes, libgeonames) and tocsin's own tables: used at build
 * time by gen-gazetteer.c, which writes it out as the library's table, and by
 * tests/test_gazetteer.c, which checks every lookup of that table against it. */
#ifndef TOOLS_GAZETTEER_BUILD_H
#define TOOLS_GAZETTEER_BUILD_H

#include "dict/gazetteer_impl.h"

typedef struct gazb_key {
    uint64_t key, first;
    uint32_t id;
    uint8_t flags;
} gazb_key;

typedef struct gazb {
    ts_place *pl;
    size_t npl, cappl;
    gazb_key *k;
    size_t nk, capk;
    uint32_t *slot; /* key -> index+1 of its first entry in k (sorted) */
    size_t nslot;
    uint64_t *first; /* set of first-word hashes, 0 = empty */
    uint64_t bloom[TS_GAZ_BLOOM_WORDS];
    size_t nfirst;
    int32_t by_iso2[26 * 26];
    double *wlat, *wlon, *wsum; /* building: population-weighted centres */
    size_t wcap;
} gazb;

/* Builds it (once; later calls return the same object); NULL on failure. */
const gazb *gazb_get(void);

/* The lookups of gazetteer.h, on the built object. */
int gazb_first(const gazb *g, uint64_t h);
size_t gazb_find(const gazb *g, uint64_t key, uint32_t *ids, uint8_t *flags, size_t max);
const ts_place *gazb_place(const gazb *g, uint32_t id);
int32_t gazb_lookup(const gazb *g, const char *name, size_t n, int kind);
int32_t gazb_country(const gazb *g, const char *iso3);

#endif
