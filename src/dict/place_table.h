/* place_table.h - tocsin's own place tables (place_table.c). */
#ifndef TS_PLACE_TABLE_H
#define TS_PLACE_TABLE_H

typedef struct ts_own_region {
    const char *key;   /* feature id after "tocsin:" */
    const char *names; /* variants separated by '|', the first is the display name */
    const char *iso3;  /* "" across borders */
    const char *adm1;  /* ISO 3166-2 when it is one, else "" */
    double lat, lon;   /* approximate centre */
} ts_own_region;

typedef struct ts_alias {
    const char *name, *iso3;
} ts_alias;

typedef struct ts_city_alias {
    const char *alias, *name, *iso2;
} ts_city_alias;

extern const ts_own_region ts_own_regions[]; /* end: key NULL */
extern const ts_alias ts_country_aliases[];  /* end: name NULL */
extern const ts_city_alias ts_city_aliases[]; /* end: alias NULL */

#endif
