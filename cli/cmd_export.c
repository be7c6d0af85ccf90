/* cmd_export.c - tocsin export: stored events in GDELT-, PLOVER- or
 * CAMEO-style columns. */
#include "cli.h"
#include "common/clidate.h"
#include "tocsin/interchange.h"
#include "tocsin/store.h"

#include <stdlib.h>
#include <string.h>

typedef struct ex {
    const tocsin_ext_maps *maps;
    tocsin_ext_format fmt;
    char line[4096];
    long long n;
} ex;

static int row(void *ud, const tocsin_stored_event *e)
{
    ex *x = ud;
    tocsin_ext_event ev;
    memset(&ev, 0, sizeof ev);
    /* the event's own day; the article's date as GDELT's DATEADDED */
    snprintf(ev.date, sizeof ev.date, "%s", e->day ? e->day : (e->date ? e->date : ""));
    snprintf(ev.added, sizeof ev.added, "%s", e->date ? e->date : "");
    snprintf(ev.source, sizeof ev.source, "%s", e->source);
    snprintf(ev.target, sizeof ev.target, "%s", e->target ? e->target : "");
    snprintf(ev.code, sizeof ev.code, "%s", e->code);
    snprintf(ev.text, sizeof ev.text, "%s", e->sentence ? e->sentence : "");
    ev.geo_type = e->geo_type;
    ev.geo_has_ll = e->geo_has_ll;
    ev.geo_lat = e->geo_lat;
    ev.geo_lon = e->geo_lon;
    snprintf(ev.geo_name, sizeof ev.geo_name, "%s", e->geo_name ? e->geo_name : "");
    snprintf(ev.geo_country, sizeof ev.geo_country, "%s", e->geo_country ? e->geo_country : "");
    snprintf(ev.geo_adm1, sizeof ev.geo_adm1, "%s", e->geo_adm1 ? e->geo_adm1 : "");
    snprintf(ev.geo_feature, sizeof ev.geo_feature, "%s", e->geo_feature ? e->geo_feature : "");
    int n = tocsin_ext_format_line(x->maps, x->fmt, &ev, e->id, e->n_sources, e->n_articles, x->line,
                                   sizeof x->line);
    if (n < 0)
        return n;
    fwrite(x->line, 1, (size_t)n, stdout);
    x->n++;
    return 0;
}

int cmd_export(int argc, char **argv)
{
    const char *db = "tocsin.db", *dict = NULL;
    tocsin_event_filter f;
    memset(&f, 0, sizeof f);
    ex x;
    memset(&x, 0, sizeof x);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            printf("usage: tocsin export --format gdelt|plover|cameo [--db PATH] [--since D] [--until D]\n"
                   "       [--actor X] [--code C] [--origin NAME]\n\n"
                   "Writes stored events with a header line, tab-separated:\n"
                   "  cameo   id date source target code root quad goldstein n_sources n_articles,\n"
                   "          then where it happened as tocsin code --format tsv gives it: geo_type\n"
                   "          geo_name geo_country geo_adm1 geo_lat geo_lon geo_feature\n"
                   "  gdelt   GDELT 1.0 column names: GLOBALEVENTID SQLDATE Actor1Code Actor1CountryCode\n"
                   "          Actor1Type1Code Actor2Code Actor2CountryCode Actor2Type1Code EventCode\n"
                   "          EventBaseCode EventRootCode QuadClass GoldsteinScale NumSources NumArticles\n"
                   "          DATEADDED (SQLDATE is the event's own day, DATEADDED its article's),\n"
                   "          then where it happened: ActionGeo_Type ActionGeo_FullName\n"
                   "          ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_Lat ActionGeo_Long\n"
                   "          ActionGeo_FeatureID. The country code is ISO 3166-1 alpha-3 and the\n"
                   "          ADM1 code ISO 3166-2, not GDELT's FIPS 10-4: no Debian package holds a\n"
                   "          FIPS table (iso-codes and libgeonames give ISO codes only)\n"
                   "  plover  id date source target plover_event plover_mode plover_context cameo,\n"
                   "          then the same seven geo_* columns (CAMEO to PLOVER table, 2021,\n"
                   "          CC BY-SA 4.0)\n");
            return 0;
        }
        if (a[0] != '-' || i + 1 >= argc) {
            fprintf(stderr, "tocsin export: unexpected '%s' (see --help)\n", a);
            return 2;
        }
        const char *v = argv[++i];
        if (!strcmp(a, "--db"))
            db = v;
        else if (!strcmp(a, "--dict"))
            dict = v;
        else if (!strcmp(a, "--since")) {
            if (!(f.since = cli_date("tocsin export", a, v)))
                return 2;
        }
        else if (!strcmp(a, "--until")) {
            if (!(f.until = cli_date("tocsin export", a, v)))
                return 2;
        }
        else if (!strcmp(a, "--actor"))
            f.actor = v;
        else if (!strcmp(a, "--code"))
            f.code = v;
        else if (!strcmp(a, "--origin"))
            f.origin = v;
        else if (!strcmp(a, "--format"))
            x.fmt = !strcmp(v, "gdelt")    ? TOCSIN_EXT_GDELT
                    : !strcmp(v, "plover") ? TOCSIN_EXT_PLOVER
                    : !strcmp(v, "cameo")  ? TOCSIN_EXT_CAMEO
                                           : 0;
        else {
            fprintf(stderr, "tocsin export: unknown option '%s' (see --help)\n", a);
            return 2;
        }
    }
    if (!x.fmt) {
        fprintf(stderr, "tocsin export: --format gdelt, plover or cameo is required\n");
        return 2;
    }
    tocsin_error err;
    memset(&err, 0, sizeof err);
    tocsin_ext_maps *maps = NULL;
    tocsin_store *s = NULL;
    int status = 1;
    if (tocsin_ext_load_maps(cli_dict_dir(dict), &maps, &err) ||
        tocsin_store_open(db, TOCSIN_STORE_READONLY, &s, &err)) {
        fprintf(stderr, "tocsin export: %s: %s\n", err.file, err.message);
        goto out;
    }
    x.maps = maps;
    int n = tocsin_ext_header(x.fmt, x.line, sizeof x.line);
    if (n > 0)
        fwrite(x.line, 1, (size_t)n, stdout);
    int rc = tocsin_store_events(s, &f, row, &x, &err);
    if (rc)
        fprintf(stderr, "tocsin export: %s\n", err.message[0] ? err.message : tocsin_strerror(rc));
    status = rc ? 1 : 0;
out:
    tocsin_store_close(s);
    tocsin_ext_free_maps(maps);
    return status;
}
