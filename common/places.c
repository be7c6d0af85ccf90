/* places.c - the located events of a filter grouped by place (places.h). */
#include "places.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct collect {
    fe_places *p;
    size_t *slot;   /* open-addressing table of indices + 1 into p->v */
    size_t nslot;
    int oom;
} collect;

static size_t hash(const char *s)
{
    size_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static char *dup(const char *s)
{
    return strdup(s ? s : "");
}

static int grow(collect *c)
{
    size_t n = c->nslot ? c->nslot * 2 : 256;
    size_t *t = calloc(n, sizeof *t);
    if (!t)
        return -1;
    for (size_t k = 0; k < c->nslot; k++)
        if (c->slot[k]) {
            size_t h = hash(c->p->v[c->slot[k] - 1].key) & (n - 1);
            while (t[h])
                h = (h + 1) & (n - 1);
            t[h] = c->slot[k];
        }
    free(c->slot);
    c->slot = t;
    c->nslot = n;
    return 0;
}

static fe_place *add(collect *c, const char *key, const tocsin_stored_event *e)
{
    fe_places *p = c->p;
    if (p->n >= FE_PLACES_MAX)
        return NULL;
    if ((p->n + 1) * 2 > c->nslot && grow(c))
        return NULL;
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 64;
        fe_place *v = realloc(p->v, cap * sizeof *v);
        if (!v)
            return NULL;
        p->v = v;
        p->cap = cap;
    }
    fe_place *pl = &p->v[p->n];
    memset(pl, 0, sizeof *pl);
    pl->key = dup(key);
    pl->name = dup(e->geo_name);
    pl->country = dup(e->geo_country);
    pl->adm1 = dup(e->geo_adm1);
    pl->feature = dup(e->geo_feature);
    if (!pl->key || !pl->name || !pl->country || !pl->adm1 || !pl->feature) {
        free(pl->key), free(pl->name), free(pl->country), free(pl->adm1), free(pl->feature);
        return NULL;
    }
    pl->type = e->geo_type;
    pl->lat = e->geo_lat;
    pl->lon = e->geo_lon;
    size_t h = hash(key) & (c->nslot - 1);
    while (c->slot[h])
        h = (h + 1) & (c->nslot - 1);
    c->slot[h] = ++p->n;
    return pl;
}

static int one(void *ud, const tocsin_stored_event *e)
{
    collect *c = ud;
    const char *key = tocsin_place_key(e->geo_feature, e->geo_name);
    if (!key || !e->geo_has_ll) {
        c->p->unlocated++;
        return 0;
    }
    fe_place *pl = NULL;
    if (c->nslot)
        for (size_t h = hash(key) & (c->nslot - 1); c->slot[h]; h = (h + 1) & (c->nslot - 1))
            if (!strcmp(c->p->v[c->slot[h] - 1].key, key)) {
                pl = &c->p->v[c->slot[h] - 1];
                break;
            }
    if (!pl && !(pl = add(c, key, e))) {
        if (c->p->n < FE_PLACES_MAX) {
            c->oom = 1;
            return TOCSIN_ENOMEM;
        }
        c->p->dropped++;
        return 0;
    }
    c->p->located++;
    pl->events++;
    if (e->quad >= 1 && e->quad <= 4)
        pl->quad[e->quad]++;
    const char *day = e->day ? e->day : e->date;
    if (day && strlen(day) >= 10) {
        if (!pl->first[0] || memcmp(day, pl->first, 10) < 0)
            memcpy(pl->first, day, 10);
        if (!pl->last[0] || memcmp(day, pl->last, 10) > 0)
            memcpy(pl->last, day, 10);
    }
    return 0;
}

static int most_first(const void *x, const void *y)
{
    const fe_place *a = x, *b = y;
    if (a->events != b->events)
        return a->events > b->events ? -1 : 1;
    return strcmp(a->key, b->key);
}

int fe_places_collect(tocsin_store *s, const tocsin_event_filter *f, fe_places *p, tocsin_error *err)
{
    tocsin_event_filter all;
    memset(&all, 0, sizeof all);
    if (f)
        all = *f;
    all.limit = 0;
    all.offset = 0;
    collect c = {p, NULL, 0, 0};
    int rc = tocsin_store_events(s, &all, one, &c, err);
    free(c.slot);
    if (c.oom && err) {
        memset(err, 0, sizeof *err);
        err->code = TOCSIN_ENOMEM;
        snprintf(err->message, sizeof err->message, "out of memory grouping the events by place");
    }
    if (!rc && p->n)
        qsort(p->v, p->n, sizeof *p->v, most_first);
    return rc;
}

void fe_places_free(fe_places *p)
{
    if (!p)
        return;
    for (size_t k = 0; k < p->n; k++) {
        fe_place *pl = &p->v[k];
        free(pl->key), free(pl->name), free(pl->country), free(pl->adm1), free(pl->feature);
    }
    free(p->v);
    memset(p, 0, sizeof *p);
}

int fe_place_quad(const fe_place *pl)
{
    int best = 0;
    for (int q = 1; q <= 4; q++)
        if (pl->quad[q] && (!best || pl->quad[q] >= pl->quad[best]))
            best = q;
    return best;
}

const char *fe_place_words(const tocsin_stored_event *e, char *buf, size_t cap)
{
    if (!cap)
        return buf;
    buf[0] = '\0';
    if (e->geo_name && *e->geo_name)
        snprintf(buf, cap, ", in %s%s", e->geo_name, e->geo_type ? "" : " (not in the gazetteer)");
    else if (e->geo_country && *e->geo_country)
        snprintf(buf, cap, ", in %s", e->geo_country);
    return buf;
}
