/* places.c - the located events of a filter grouped by place (places.h). */
#include "places.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup(const char *s)
{
    return strdup(s ? s : "");
}

static int one(void *ud, const tocsin_place_count *c)
{
    fe_places *p = ud;
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 64;
        fe_place *v = realloc(p->v, cap * sizeof *v);
        if (!v)
            return TOCSIN_ENOMEM;
        p->v = v;
        p->cap = cap;
    }
    fe_place *pl = &p->v[p->n];
    memset(pl, 0, sizeof *pl);
    pl->key = dup(c->key);
    pl->name = dup(c->name);
    pl->country = dup(c->country);
    pl->adm1 = dup(c->adm1);
    pl->feature = dup(c->feature);
    if (!pl->key || !pl->name || !pl->country || !pl->adm1 || !pl->feature) {
        free(pl->key), free(pl->name), free(pl->country), free(pl->adm1), free(pl->feature);
        return TOCSIN_ENOMEM;
    }
    p->n++;
    pl->type = c->type;
    pl->lat = c->lat;
    pl->lon = c->lon;
    pl->events = (long)c->events;
    for (int q = 1; q <= 4; q++)
        pl->quad[q] = (long)c->quad[q];
    snprintf(pl->first, sizeof pl->first, "%s", c->first ? c->first : "");
    snprintf(pl->last, sizeof pl->last, "%s", c->last ? c->last : "");
    return 0;
}

int fe_places_collect(tocsin_store *s, const tocsin_event_filter *f, size_t max, fe_places *p,
                      tocsin_error *err)
{
    tocsin_place_totals t;
    int rc = tocsin_store_places(s, f, (long long)(max && max < FE_PLACES_MAX ? max : FE_PLACES_MAX), one, p,
                                 &t, err);
    if (rc == TOCSIN_ENOMEM && err && !err->message[0]) {
        err->code = TOCSIN_ENOMEM;
        snprintf(err->message, sizeof err->message, "out of memory grouping the events by place");
    }
    p->located = (long)t.located;
    p->unlocated = (long)t.unlocated;
    p->places = (long)t.places;
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
