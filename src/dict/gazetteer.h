/* gazetteer.h - the places an event can happen in: countries (Debian's
 * iso-codes), their first-level regions and the cities of 15,000 or more
 * people (libgeonames), and tocsin's own table of regions, seas and old
 * spellings that news uses and no gazetteer holds (Donbas, the Sahel, the
 * West Bank, Kiev). Generated at build time (tools/gen-gazetteer.c) and
 * compiled in as constant tables: read-only, any number of threads may share it. */
#ifndef TS_GAZETTEER_H
#define TS_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

enum { TS_PL_COUNTRY = 1, TS_PL_ADM1, TS_PL_CITY, TS_PL_REGION };

/* GDELT's ActionGeo_Type */
enum { TS_GEO_COUNTRY = 1, TS_GEO_USSTATE = 2, TS_GEO_USCITY = 3, TS_GEO_WORLDCITY = 4, TS_GEO_WORLDADM1 = 5 };

typedef struct ts_place {
    const char *name;  /* full name: "Kherson, Kherson Oblast, Ukraine" */
    const char *adm1;  /* ISO 3166-2 code of its first-level region, or "" */
    char iso3[4];      /* ISO 3166-1 alpha-3, "" for places across borders (the Sahel) */
    char iso2[3];
    char feature[24];  /* "gn:<GeoNames id>", the ISO code, or "tocsin:<key>" */
    double lat, lon;   /* NAN when unknown */
    uint32_t pop;      /* people (cities; regions and countries: their cities' sum) */
    uint8_t kind;      /* TS_PL_* */
    uint8_t gtype;     /* TS_GEO_* */
    int32_t parent;    /* a city's region, a region's country; -1 */
} ts_place;

/* Key flags: a region's bare core ("Kherson" of "Kherson Oblast") counts only
 * before a region word ("the Kherson region", "Kursk Oblast"). */
enum { TS_GK_CORE = 1 };

typedef struct ts_gaz ts_gaz;

/* The gazetteer (never NULL: the table is compiled in; callers may still test
 * for NULL). It lives as long as the process. */
const ts_gaz *ts_gaz_get(void);

/* Key of a name: fold the token hashes of its words in order. */
static inline uint64_t ts_gaz_key_add(uint64_t h, uint64_t tokhash)
{
    return (h ^ tokhash) * 1099511628211ull;
}
#define TS_GAZ_KEY0 1469598103934665603ull

/* Could a place name start with the token whose hash is h? */
int ts_gaz_first(const ts_gaz *g, uint64_t h);

#define TS_GAZ_MAX_HITS 24 /* same-name places considered */

/* The places named by key: writes up to max place ids to ids and their key
 * flags to flags; returns how many. */
size_t ts_gaz_find(const ts_gaz *g, uint64_t key, uint32_t *ids, uint8_t *flags, size_t max);

const ts_place *ts_gaz_place(const ts_gaz *g, uint32_t id);

/* The place of kind TS_PL_* (0 = any) named name[0..n) ("Ukraine",
 * "Russian Federation"): the most populous, or -1. */
int32_t ts_gaz_lookup(const ts_gaz *g, const char *name, size_t n, int kind);

/* The country place of an ISO3 code, or -1. */
int32_t ts_gaz_country(const ts_gaz *g, const char *iso3);

#endif
