/* jsonw.c - the JSON objects shared by the commands and the HTTP API (see
 * jsonw.h). */
#include "jsonw.h"
#include "tocsin/date.h"

#include "names.h"

#include "tocsin/format.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void jw_str(FILE *f, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    if (!s)
        s = "";
    putc('"', f);
    const char *run = s;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        fwrite(run, 1, (size_t)(s - run), f);
        run = s + 1;
        switch (c) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default: fprintf(f, "\\u00%c%c", hex[c >> 4], hex[c & 15]);
        }
    }
    fwrite(run, 1, (size_t)(s - run), f);
    putc('"', f);
}

/* ,"key":"name" for an actor code ("" when unknown) */
static void actor_name_field(FILE *f, const char *key, const char *code)
{
    char name[2 * TOCSIN_NAME_MAX];
    fprintf(f, ",\"%s\":", key);
    jw_str(f, fe_actor_name(code, name, sizeof name));
}

void jw_names(FILE *f, const char *source, const char *target, const char *code)
{
    actor_name_field(f, "source_name", source);
    actor_name_field(f, "target_name", target);
    fputs(",\"code_name\":", f);
    jw_str(f, fe_cameo_name(code));
}

void jw_str_or_null(FILE *f, const char *s)
{
    if (s)
        jw_str(f, s);
    else
        fputs("null", f);
}

/* (pointer, length) of a string that may be NULL */
static tocsin_slice slice(const char *s)
{
    tocsin_slice v = {s ? s : "", s ? strlen(s) : 0};
    return v;
}

int jw_event_open(FILE *f, const tocsin_stored_event *e)
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
    char *buf = NULL;
    size_t len = 0, cap = 0;
    if (tocsin_format_event(&ev, TOCSIN_FORMAT_JSON, &buf, &len, &cap) || len < 3) {
        free(buf);
        return TOCSIN_ENOMEM;
    }
    /* the stored fields in front: {"id":..,"story":..,"n_sources":..,... */
    fprintf(f, "{\"id\":%lld,\"story\":%lld,\"n_sources\":%d,\"n_articles\":%d,\"origin\":", e->id,
            e->story_id, e->n_sources, e->n_articles);
    jw_str(f, e->origin);
    putc(',', f);
    fwrite(buf + 1, 1, len - 3, f); /* without '{' and "}\n" */
    free(buf);
    jw_names(f, e->source, e->target, e->code);
    return 0;
}

int jw_event(FILE *f, const tocsin_stored_event *e)
{
    int rc = jw_event_open(f, e);
    if (!rc)
        putc('}', f);
    return rc;
}

/* ,"where":{"type","name","country","adm1","lat","lon","feature"} as tocsin
 * code writes it (absent fields left out), or null when no place is known */
static void jw_where(FILE *f, const tocsin_stored_event *e)
{
    fputs(",\"where\":", f);
    if (!e->geo_type && !(e->geo_name && *e->geo_name)) {
        fputs("null", f);
        return;
    }
    fprintf(f, "{\"type\":%d,\"name\":", e->geo_type > 0 ? e->geo_type : 0);
    jw_str(f, e->geo_name ? e->geo_name : "");
    static const char *const keys[] = {"country", "adm1"};
    const char *vals[] = {e->geo_country, e->geo_adm1};
    for (int k = 0; k < 2; k++)
        if (vals[k] && *vals[k]) {
            fprintf(f, ",\"%s\":", keys[k]);
            jw_str(f, vals[k]);
        }
    if (e->geo_has_ll)
        fprintf(f, ",\"lat\":%.4f,\"lon\":%.4f", e->geo_lat, e->geo_lon);
    if (e->geo_feature && *e->geo_feature) {
        fputs(",\"feature\":", f);
        jw_str(f, e->geo_feature);
    }
    putc('}', f);
}

void jw_evidence(FILE *f, const tocsin_stored_event *e)
{
    fprintf(f, "{\"id\":%lld,\"date\":", e->id);
    jw_str(f, e->date);
    fputs(",\"when\":", f);
    jw_str_or_null(f, e->when);
    fputs(",\"source\":", f);
    jw_str(f, e->source);
    fputs(",\"target\":", f);
    jw_str(f, e->target);
    fputs(",\"code\":", f);
    jw_str(f, e->code);
    jw_names(f, e->source, e->target, e->code);
    jw_where(f, e);
    fprintf(f, ",\"n_sources\":%d,\"text\":", e->n_sources);
    jw_str(f, e->sentence ? e->sentence : e->verb_text);
    fputs(",\"title\":", f);
    jw_str(f, e->title);
    putc('}', f);
}

typedef struct evctx {
    FILE *f;
    int first;
} evctx;

static int evidence_item(void *ud, const tocsin_stored_event *e)
{
    evctx *c = ud;
    if (!c->first)
        putc(',', c->f);
    jw_evidence(c->f, e);
    c->first = 0;
    return 0;
}

void jw_alert(FILE *f, tocsin_store *s, const tocsin_ladder *l, const tocsin_alert *a, size_t rank)
{
    fprintf(f, "{\"rank\":%zu,\"kind\":\"%s\",\"a\":", rank, tocsin_alert_kind_name(a->kind));
    jw_str(f, a->actor_a);
    fputs(",\"b\":", f);
    jw_str(f, a->actor_b);
    fputs(",\"third\":", f);
    jw_str(f, a->third);
    actor_name_field(f, "a_name", a->actor_a);
    actor_name_field(f, "b_name", a->actor_b);
    actor_name_field(f, "third_name", a->third);
    fputs(",\"first\":", f);
    jw_str(f, a->first);
    fputs(",\"last\":", f);
    jw_str(f, a->last);
    fprintf(f, ",\"rung\":%d,\"rung_name\":", a->rung);
    jw_str(f, tocsin_ladder_name(l, a->rung));
    fprintf(f, ",\"severity\":%.1f,\"why\":", a->severity);
    jw_str(f, a->why);
    fputs(",\"reasons\":[", f);
    for (int k = 1, first = 1; k < 32; k++)
        if (a->reasons & (1u << k)) {
            fprintf(f, "%s\"%s\"", first ? "" : ",", tocsin_alert_kind_name((tocsin_alert_kind)k));
            first = 0;
        }
    fprintf(f, "],\"scored_rung\":%d,\"count\":%.0f,\"expected\":%.2f,\"independent\":%.1f,"
               "\"log10p\":%.2f,\"rarity\":",
            a->scored_rung, a->count, a->expected, a->independent, a->log10p);
    jw_str(f, a->rarity);
    fputs(",\"involvement\":", f);
    jw_str(f, tocsin_involvement_name((tocsin_involvement)a->involvement));
    fputs(",\"evidence\":[", f);
    evctx c = {f, 1};
    tocsin_error err;
    memset(&err, 0, sizeof err);
    for (int e = 0; e < a->n_evidence; e++)
        tocsin_store_event(s, a->evidence[e], evidence_item, &c, &err);
    fputs("]}", f);
}

void jw_ladder_point(FILE *f, const tocsin_ladder *l, const tocsin_ladder_point *p)
{
    fprintf(f, "{\"period\":\"%s\",\"events\":%ld,\"quad\":[%ld,%ld,%ld,%ld],\"goldstein_sum\":%.1f,"
               "\"goldstein_mean\":%.2f,\"max_rung\":%d,\"rung_name\":",
            p->period, p->events, p->quad[1], p->quad[2], p->quad[3], p->quad[4], p->goldstein_sum,
            p->goldstein_mean, p->max_rung);
    jw_str(f, tocsin_ladder_name(l, p->max_rung));
    fprintf(f, ",\"level\":%.2f,\"per_1000\":%.2f,\"roots\":{", p->level, p->share);
    int first = 1;
    for (int r = 1; r <= 20; r++)
        if (p->root[r]) {
            fprintf(f, "%s\"%02d\":%ld", first ? "" : ",", r, p->root[r]);
            first = 0;
        }
    fputs("}}", f);
}

void jw_edge(FILE *f, const tocsin_edge *e)
{
    /* the sign of (cooperation - conflict) / events, 0 counting as +1 */
    int sign = e->coop >= e->conflict ? 1 : -1;
    fputs("{\"a\":", f);
    jw_str(f, e->a);
    fputs(",\"b\":", f);
    jw_str(f, e->b);
    fprintf(f, ",\"cooperation\":%ld,\"conflict\":%ld,\"goldstein\":%.1f,\"sign\":%d,\"max_rung\":%d",
            e->coop, e->conflict, e->goldstein, sign, e->max_rung);
    actor_name_field(f, "a_name", e->a);
    actor_name_field(f, "b_name", e->b);
    putc('}', f);
}

void jw_story(FILE *f, const tocsin_story *st)
{
    jw_story_open(f, st);
    putc('}', f);
}

void jw_story_open(FILE *f, const tocsin_story *st)
{
    fprintf(f, "{\"id\":%lld,\"title\":", st->id);
    jw_str_or_null(f, st->title);
    fputs(",\"date\":", f);
    jw_str_or_null(f, st->date);
    fprintf(f, ",\"n_articles\":%d,\"n_sources\":%d,\"n_events\":%d,\"sources\":[", st->n_articles,
            st->n_sources, st->n_events);
    /* the store gives the outlets' names joined by ", " */
    const char *p = st->sources;
    int first = 1;
    while (p && *p) {
        const char *end = strstr(p, ", ");
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char name[256];
        snprintf(name, sizeof name, "%.*s", (int)(n < sizeof name ? n : sizeof name - 1), p);
        if (!first)
            putc(',', f);
        jw_str(f, name);
        first = 0;
        p = end ? end + 2 : p + n;
    }
    putc(']', f);
}

void jw_article(FILE *f, const tocsin_stored_article *a)
{
    fprintf(f, "{\"id\":%lld,\"url\":", a->id);
    jw_str_or_null(f, a->url);
    fputs(",\"source\":", f);
    jw_str_or_null(f, a->source);
    fputs(",\"title\":", f);
    jw_str_or_null(f, a->title);
    fputs(",\"date\":", f);
    jw_str_or_null(f, a->date);
    putc('}', f);
}
