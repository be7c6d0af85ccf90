/* gazetteer_impl.h - the gazetteer's table, shared by the lookups
 * (gazetteer.c), the table that tools/gen-gazetteer.c writes into the build
 * directory at build time (gazetteer_data.c there, compiled into the
 * library), and that generator. Names are keyed by the folded token hashes of
 * their words (gazetteer_key.c), the same hashes the tokenizer gives the text. */
#ifndef TS_GAZETTEER_IMPL_H
#define TS_GAZETTEER_IMPL_H

#include "gazetteer.h"

#define TS_GAZ_MAX_NAME_TOKENS 16 /* words in a place name */
#define TS_GAZ_BLOOM_WORDS 16384  /* 2^20 bits: about 0.3% false hits for 30,000 first words */
#define TS_GAZ_BLOOM_A(h) ((size_t)((h) >> 20) & (TS_GAZ_BLOOM_WORDS * 64 - 1))
#define TS_GAZ_BLOOM_B(h) ((size_t)((h) >> 40) & (TS_GAZ_BLOOM_WORDS * 64 - 1))

typedef struct ts_gaz_key {
    uint64_t key;
    uint32_t id;
    uint8_t flags; /* TS_GK_* */
} ts_gaz_key;

struct ts_gaz {
    const ts_place *pl; /* countries first */
    uint32_t npl;
    const ts_gaz_key *k; /* sorted by key, then id */
    uint32_t nk;
    const uint32_t *slot; /* key -> index+1 of its first entry in k; open addressing */
    uint32_t nslot;       /* a power of two */
    const uint64_t *first; /* set of first-word hashes (0 counts as 1), 0 = empty */
    uint32_t nfirst;       /* a power of two */
    const uint64_t *bloom; /* the same set as a small filter that stays in cache */
};

/* The table generated at build time. */
extern const struct ts_gaz ts_gaz_table;

/* The key of a name being read: its words' hashes folded in order. */
typedef struct ts_gaz_name {
    const char *text;
    uint64_t h, first;
    size_t n;
    int core;        /* skip region words ("oblast", "province", ...) */
    char words[256]; /* folded words joined by spaces */
    size_t wlen;
} ts_gaz_name;

/* Reads name s[0..len) into a; core: its bare core ("Kherson" of "Kherson
 * Oblast"). Returns the number of words keyed (0: no key). */
size_t ts_gaz_name_key(const char *s, size_t len, int core, ts_gaz_name *a);

#endif
