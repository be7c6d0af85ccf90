/* places.h - where the events a filter selects happened, place by place
 * (tocsin_store_places, kept in memory): for the dashboard's map
 * (api/v1/places) and the brief's map. */
#ifndef TOCSIN_COMMON_PLACES_H
#define TOCSIN_COMMON_PLACES_H

#include "tocsin/store.h"

#include <stddef.h>

#define FE_PLACES_MAX 20000 /* places kept, the ones with the most events */

typedef struct fe_place {
    char *key, *name, *country, *adm1, *feature;
    int type;
    double lat, lon;
    long events;
    long quad[5]; /* quad[1..4]: verbal and material cooperation, verbal and material conflict */
    char first[11], last[11]; /* the events' first and last day */
} fe_place;

typedef struct fe_places {
    fe_place *v;
    size_t n, cap;
    long located, unlocated; /* events with a place on the map, without */
    long places;             /* distinct places of the located events (n of them kept) */
} fe_places;

/* Fills p (zeroed by the caller) with the places of the events f selects
 * (f->limit and f->offset are ignored), most events first, then by key; at
 * most max (0: FE_PLACES_MAX). Returns 0 or a negative status; p is freed by
 * fe_places_free either way. */
int fe_places_collect(tocsin_store *s, const tocsin_event_filter *f, size_t max, fe_places *p,
                      tocsin_error *err);
void fe_places_free(fe_places *p);

/* The quad class with the most events (ties: the more conflictual). */
int fe_place_quad(const fe_place *pl);

/* The event's place in words for text output: ", in Kyiv, Kyiv City,
 * Ukraine", ", in Foo (not in the gazetteer)" for a name left unresolved,
 * "" when none. Returns buf. */
const char *fe_place_words(const tocsin_stored_event *e, char *buf, size_t cap);

#endif
