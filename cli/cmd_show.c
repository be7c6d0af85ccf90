/* cmd_show.c - tocsin show: one event, its evidence and every source that
 * carried its story. */
#include "cli.h"
#include "common/jsonw.h"
#include "common/names.h"
#include "common/places.h"
#include "tocsin/format.h"
#include "tocsin/store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct showctx {
    long long story;
    int json;
    tocsin_json *j;
} showctx;

static int show_event(void *ud, const tocsin_stored_event *e)
{
    showctx *c = ud;
    long long *story = &c->story;
    if (c->json) {
        /* the event as `tocsin events` writes it, its headline, then its sources */
        jw_event_open(c->j, e);
        tocsin_json_kstr_or_null(c->j, "title", e->title);
        *story = e->story_id;
        return tocsin_json_error(c->j);
    }
    char flags[128];
    tocsin_flag_names(e->flags, flags, sizeof flags);
    printf("event %lld  %s  %s -> %s  CAMEO %s (quad %d, Goldstein %.1f)\n", e->id,
           e->date ? e->date : "(no date)", e->source, e->target ? e->target : "-", e->code, e->quad,
           e->goldstein);
    char sname[200], tname[200];
    fe_actor_name(e->source, sname, sizeof sname);
    fe_actor_name(e->target, tname, sizeof tname);
    printf("what:     %s -> %s: %s\n", sname[0] ? sname : e->source,
           tname[0] ? tname : (e->target ? e->target : "-"),
           fe_cameo_name(e->code)[0] ? fe_cameo_name(e->code) : e->code);
    if (flags[0])
        printf("flags:    %s\n", flags);
    if (e->source_text || e->verb_text)
        printf("words:    %s | %s | %s\n", e->source_text ? e->source_text : "-",
               e->verb_text ? e->verb_text : "-", e->target_text ? e->target_text : "-");
    char where[300];
    if (fe_place_words(e, where, sizeof where)[0])
        printf("where:    %s\n", where + 5); /* without ", in " */
    if (e->geo_has_ll || (e->geo_country && *e->geo_country)) {
        static const char *const kinds[] = {"unresolved", "country", "US state", "US city", "city",
                                            "region"};
        printf("place:    %s", kinds[e->geo_type >= 0 && e->geo_type <= 5 ? e->geo_type : 0]);
        if (e->geo_country && *e->geo_country)
            printf(", %s%s%s", e->geo_country, e->geo_adm1 && *e->geo_adm1 ? " " : "",
                   e->geo_adm1 ? e->geo_adm1 : "");
        if (e->geo_has_ll)
            printf(", %.4f %.4f", e->geo_lat, e->geo_lon);
        if (e->geo_feature && *e->geo_feature)
            printf(", %s", e->geo_feature);
        putchar('\n');
    }
    if (e->sentence)
        printf("evidence: %s\n", e->sentence);
    if (e->title)
        printf("story:    %lld \"%s\" (%d article%s from %d source%s)\n", e->story_id, e->title,
               e->n_articles, e->n_articles == 1 ? "" : "s", e->n_sources, e->n_sources == 1 ? "" : "s");
    if (e->origin && strcmp(e->origin, "tocsin"))
        printf("origin:   imported from %s\n", e->origin);
    *story = e->story_id;
    return 0;
}

static int show_article(void *ud, const tocsin_stored_article *a)
{
    showctx *c = ud;
    if (c->json) {
        jw_article(c->j, a);
        return tocsin_json_error(c->j);
    }
    printf("  - %s%s%s  %s\n", a->source ? a->source : "(unknown outlet)", a->date ? ", " : "",
           a->date ? a->date : "", a->url ? a->url : a->key);
    if (a->title)
        printf("    \"%s\"\n", a->title);
    return 0;
}

int cmd_show(int argc, char **argv)
{
    const char *db = "tocsin.db";
    long long id = -1;
    showctx c = {0, 0, NULL};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: tocsin show [--db PATH] [--format text|json] EVENT_ID\n\n"
                   "Prints the event, what its codes mean (the actors' names and the CAMEO\n"
                   "name), where it happened (the place's name, then its kind, country,\n"
                   "ADM1 code, latitude and longitude and feature id), the words and\n"
                   "sentence it was coded from, and every article\n"
                   "(outlet, date, URL) that carried its story. JSON: the fields of\n"
                   "tocsin events --format jsonl (source_name, target_name and code_name\n"
                   "included), title, and sources (id, url, source, title, date of each\n"
                   "article).\n");
            return 0;
        } else if (!strcmp(argv[i], "--db") && i + 1 < argc) {
            db = argv[++i];
        } else if ((!strcmp(argv[i], "--format") || !strcmp(argv[i], "-f")) && i + 1 < argc) {
            const char *v = argv[++i];
            c.json = !strcmp(v, "json") || !strcmp(v, "jsonl");
            if (!c.json && strcmp(v, "text") && strcmp(v, "table")) {
                fprintf(stderr, "tocsin show: --format text (or table), or json (or jsonl)\n");
                return 2;
            }
        } else if (argv[i][0] != '-' && id < 0) {
            char *end;
            errno = 0;
            id = strtoll(argv[i], &end, 10);
            if (errno || *end || id < 0) {
                fprintf(stderr, "tocsin show: '%s' is not an event id\n", argv[i]);
                return 2;
            }
        } else {
            fprintf(stderr, "tocsin show: unexpected argument '%s'\n", argv[i]);
            return 2;
        }
    }
    if (id < 0) {
        fprintf(stderr, "usage: tocsin show [--db PATH] EVENT_ID\n");
        return 2;
    }
    tocsin_store *s;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (tocsin_store_open(db, TOCSIN_STORE_READONLY, &s, &err)) {
        fprintf(stderr, "tocsin show: %s: %s\n", err.file, err.message);
        return 1;
    }
    int rc = c.json && !(c.j = tocsin_json_new()) ? TOCSIN_ENOMEM
                                                   : tocsin_store_event(s, id, show_event, &c, &err);
    if (!rc && c.json) {
        tocsin_json_key(c.j, "sources");
        tocsin_json_array(c.j);
    }
    if (!rc && c.story) {
        if (!c.json)
            printf("sources:\n");
        rc = tocsin_store_story_articles(s, c.story, show_article, &c, &err);
    }
    if (!rc && c.json) {
        tocsin_json_array_end(c.j);
        tocsin_json_object_end(c.j);
        rc = jw_line(c.j, stdout);
    }
    tocsin_json_free(c.j);
    if (rc)
        fprintf(stderr, "tocsin show: %s\n", err.message[0] ? err.message : tocsin_strerror(rc));
    tocsin_store_close(s);
    return rc ? 1 : 0;
}
