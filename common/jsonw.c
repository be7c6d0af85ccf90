/* jsonw.c - the JSON objects shared by the commands and the HTTP API, written
 * through the library's JSON writer (see jsonw.h). */
#include "jsonw.h"
#include "tocsin/date.h"

#include "names.h"

#include "tocsin/format.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int jw_line(tocsin_json *j, FILE *f)
{
    int rc = tocsin_json_next(j, "\n");
    size_t n;
    const char *t = tocsin_json_text(j, &n);
    if (!rc && fwrite(t, 1, n, f) != n)
        rc = TOCSIN_EIO;
    tocsin_json_clear(j);
    return rc;
}

void jw_actor_name(tocsin_json *j, const char *key, const char *code)
{
    char name[2 * TOCSIN_NAME_MAX];
    tocsin_json_kstr(j, key, fe_actor_name(code, name, sizeof name));
}

void jw_names(tocsin_json *j, const char *source, const char *target, const char *code)
{
    jw_actor_name(j, "source_name", source);
    jw_actor_name(j, "target_name", target);
    tocsin_json_kstr(j, "code_name", fe_cameo_name(code));
}

/* (pointer, length) of a string that may be NULL */
static tocsin_slice slice(const char *s)
{
    tocsin_slice v = {s ? s : "", s ? strlen(s) : 0};
    return v;
}

int jw_event_open(tocsin_json *j, const tocsin_stored_event *e)
{
    /* the fields of `tocsin code`, written by the library's formatter */
    tocsin_event ev;
    memset(&ev, 0, sizeof ev);
    ev.doc = slice(e->doc);
    ev.sentence = (uint32_t)e->sentence_idx;
    ev.offset = (uint64_t)e->offset;
    ev.length = (uint32_t)e->length;
    ev.date = slice(e->date);
    snprintf(ev.source, sizeof ev.source, "%s", e->source ? e->source : "");
    snprintf(ev.target, sizeof ev.target, "%s", e->target ? e->target : "");
    snprintf(ev.code, sizeof ev.code, "%s", e->code ? e->code : "");
    snprintf(ev.root, sizeof ev.root, "%s", e->root ? e->root : "");
    ev.quad = e->quad;
    ev.goldstein = e->goldstein;
    ev.source_text = slice(e->source_text);
    ev.verb_text = slice(e->verb_text);
    ev.target_text = slice(e->target_text);
    ev.sentence_text = slice(e->sentence);
    ev.flags = e->flags;
    if (e->when && tocsin_when_parse(e->when, strlen(e->when), &ev.when_start, &ev.when_end, &ev.when_precision))
        ev.when_precision = TOCSIN_WHEN_NONE;
    /* where it happened: the "where" object of `tocsin code` */
    ev.geo_type = e->geo_type;
    ev.geo_name = slice(e->geo_name);
    snprintf(ev.geo_country, sizeof ev.geo_country, "%s", e->geo_country ? e->geo_country : "");
    snprintf(ev.geo_adm1, sizeof ev.geo_adm1, "%s", e->geo_adm1 ? e->geo_adm1 : "");
    snprintf(ev.geo_feature, sizeof ev.geo_feature, "%s", e->geo_feature ? e->geo_feature : "");
    ev.geo_lat = e->geo_has_ll ? e->geo_lat : NAN;
    ev.geo_lon = e->geo_has_ll ? e->geo_lon : NAN;
    /* the stored fields in front, then those of `tocsin code` */
    tocsin_json_object(j);
    tocsin_json_kint(j, "id", e->id);
    tocsin_json_kint(j, "story", e->story_id);
    tocsin_json_kint(j, "n_sources", e->n_sources);
    tocsin_json_kint(j, "n_articles", e->n_articles);
    tocsin_json_kstr(j, "origin", e->origin);
    tocsin_format_event_fields(j, &ev);
    jw_names(j, e->source, e->target, e->code);
    return tocsin_json_error(j);
}

int jw_event(tocsin_json *j, const tocsin_stored_event *e)
{
    jw_event_open(j, e);
    return tocsin_json_object_end(j);
}

/* "where":{"type","name","country","adm1","lat","lon","feature"} as tocsin
 * code writes it (absent fields left out), or null when no place is known */
static void jw_where(tocsin_json *j, const tocsin_stored_event *e)
{
    tocsin_json_key(j, "where");
    if (!e->geo_type && !(e->geo_name && *e->geo_name)) {
        tocsin_json_null(j);
        return;
    }
    tocsin_json_object(j);
    tocsin_json_kint(j, "type", e->geo_type > 0 ? e->geo_type : 0);
    tocsin_json_kstr(j, "name", e->geo_name);
    if (e->geo_country && *e->geo_country)
        tocsin_json_kstr(j, "country", e->geo_country);
    if (e->geo_adm1 && *e->geo_adm1)
        tocsin_json_kstr(j, "adm1", e->geo_adm1);
    if (e->geo_has_ll) {
        tocsin_json_kfixed(j, "lat", e->geo_lat, 4);
        tocsin_json_kfixed(j, "lon", e->geo_lon, 4);
    }
    if (e->geo_feature && *e->geo_feature)
        tocsin_json_kstr(j, "feature", e->geo_feature);
    tocsin_json_object_end(j);
}

void jw_evidence(tocsin_json *j, const tocsin_stored_event *e)
{
    tocsin_json_object(j);
    tocsin_json_kint(j, "id", e->id);
    tocsin_json_kstr(j, "date", e->date);
    tocsin_json_kstr_or_null(j, "when", e->when);
    tocsin_json_kstr(j, "source", e->source);
    tocsin_json_kstr(j, "target", e->target);
    tocsin_json_kstr(j, "code", e->code);
    jw_names(j, e->source, e->target, e->code);
    jw_where(j, e);
    tocsin_json_kint(j, "n_sources", e->n_sources);
    tocsin_json_kstr(j, "text", e->sentence ? e->sentence : e->verb_text);
    tocsin_json_kstr(j, "title", e->title);
    tocsin_json_object_end(j);
}

static int evidence_item(void *ud, const tocsin_stored_event *e)
{
    jw_evidence(ud, e);
    return 0;
}

void jw_alert(tocsin_json *j, tocsin_store *s, const tocsin_ladder *l, const tocsin_alert *a, size_t rank)
{
    tocsin_json_object(j);
    tocsin_json_kint(j, "rank", (long long)rank);
    tocsin_json_kstr(j, "kind", tocsin_alert_kind_name(a->kind));
    tocsin_json_kstr(j, "a", a->actor_a);
    tocsin_json_kstr(j, "b", a->actor_b);
    tocsin_json_kstr(j, "third", a->third);
    jw_actor_name(j, "a_name", a->actor_a);
    jw_actor_name(j, "b_name", a->actor_b);
    jw_actor_name(j, "third_name", a->third);
    tocsin_json_kstr(j, "first", a->first);
    tocsin_json_kstr(j, "last", a->last);
    tocsin_json_kint(j, "rung", a->rung);
    tocsin_json_kstr(j, "rung_name", tocsin_ladder_name(l, a->rung));
    tocsin_json_kfixed(j, "severity", a->severity, 1);
    tocsin_json_kstr(j, "why", a->why);
    tocsin_json_key(j, "reasons");
    tocsin_json_array(j);
    for (int k = 1; k < 32; k++)
        if (a->reasons & (1u << k))
            tocsin_json_str(j, tocsin_alert_kind_name((tocsin_alert_kind)k));
    tocsin_json_array_end(j);
    tocsin_json_kint(j, "scored_rung", a->scored_rung);
    tocsin_json_kfixed(j, "count", a->count, 0);
    tocsin_json_kfixed(j, "expected", a->expected, 2);
    tocsin_json_kfixed(j, "independent", a->independent, 1);
    tocsin_json_kfixed(j, "log10p", a->log10p, 2);
    tocsin_json_kfixed(j, "attention", a->attention, 2);
    tocsin_json_key(j, "previous");
    if (a->previous >= 0)
        tocsin_json_fixed(j, a->previous, 0);
    else
        tocsin_json_null(j);
    tocsin_json_kstr(j, "rarity", a->rarity);
    tocsin_json_kstr(j, "involvement", tocsin_involvement_name((tocsin_involvement)a->involvement));
    tocsin_json_key(j, "evidence");
    tocsin_json_array(j);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    for (int e = 0; e < a->n_evidence; e++)
        tocsin_store_event(s, a->evidence[e], evidence_item, j, &err);
    tocsin_json_array_end(j);
    tocsin_json_object_end(j);
}

void jw_ladder_point(tocsin_json *j, const tocsin_ladder *l, const tocsin_ladder_point *p)
{
    tocsin_json_object(j);
    tocsin_json_kstr(j, "period", p->period);
    tocsin_json_kint(j, "events", p->events);
    tocsin_json_key(j, "quad");
    tocsin_json_array(j);
    for (int q = 1; q <= 4; q++)
        tocsin_json_int(j, p->quad[q]);
    tocsin_json_array_end(j);
    tocsin_json_kfixed(j, "goldstein_sum", p->goldstein_sum, 1);
    tocsin_json_kfixed(j, "goldstein_mean", p->goldstein_mean, 2);
    tocsin_json_kint(j, "max_rung", p->max_rung);
    tocsin_json_kstr(j, "rung_name", tocsin_ladder_name(l, p->max_rung));
    tocsin_json_kfixed(j, "level", p->level, 2);
    tocsin_json_kfixed(j, "per_1000", p->share, 2);
    tocsin_json_key(j, "roots");
    tocsin_json_object(j);
    for (int r = 1; r <= 20; r++)
        if (p->root[r]) {
            char key[4] = {(char)('0' + r / 10), (char)('0' + r % 10), '\0'};
            tocsin_json_kint(j, key, p->root[r]);
        }
    tocsin_json_object_end(j);
    tocsin_json_object_end(j);
}

void jw_edge(tocsin_json *j, const tocsin_edge *e)
{
    tocsin_json_object(j);
    tocsin_json_kstr(j, "a", e->a);
    tocsin_json_kstr(j, "b", e->b);
    tocsin_json_kint(j, "cooperation", e->coop);
    tocsin_json_kint(j, "conflict", e->conflict);
    tocsin_json_kfixed(j, "goldstein", e->goldstein, 1);
    /* the sign of (cooperation - conflict) / events, 0 counting as +1 */
    tocsin_json_kint(j, "sign", e->coop >= e->conflict ? 1 : -1);
    tocsin_json_kint(j, "max_rung", e->max_rung);
    jw_actor_name(j, "a_name", e->a);
    jw_actor_name(j, "b_name", e->b);
    tocsin_json_object_end(j);
}

void jw_story(tocsin_json *j, const tocsin_story *st)
{
    jw_story_open(j, st);
    tocsin_json_object_end(j);
}

void jw_story_open(tocsin_json *j, const tocsin_story *st)
{
    tocsin_json_object(j);
    tocsin_json_kint(j, "id", st->id);
    tocsin_json_kstr_or_null(j, "title", st->title);
    tocsin_json_kstr_or_null(j, "date", st->date);
    tocsin_json_kint(j, "n_articles", st->n_articles);
    tocsin_json_kint(j, "n_sources", st->n_sources);
    tocsin_json_kint(j, "n_events", st->n_events);
    tocsin_json_key(j, "sources");
    tocsin_json_array(j);
    /* the store gives the outlets' names joined by ", " */
    const char *p = st->sources;
    while (p && *p) {
        const char *end = strstr(p, ", ");
        size_t n = end ? (size_t)(end - p) : strlen(p);
        tocsin_json_strn(j, p, n < 255 ? n : 255);
        p = end ? end + 2 : p + n;
    }
    tocsin_json_array_end(j);
}

void jw_article(tocsin_json *j, const tocsin_stored_article *a)
{
    tocsin_json_object(j);
    tocsin_json_kint(j, "id", a->id);
    tocsin_json_kstr_or_null(j, "url", a->url);
    tocsin_json_kstr_or_null(j, "source", a->source);
    tocsin_json_kstr_or_null(j, "title", a->title);
    tocsin_json_kstr_or_null(j, "date", a->date);
    tocsin_json_object_end(j);
}
