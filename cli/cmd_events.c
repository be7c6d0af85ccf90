/* cmd_events.c - tocsin events: query stored events by dyad, actor, dates
 * and code, as a table, JSON Lines, CSV or TSV. */
#include "cli.h"
#include "common/clidate.h"
#include "common/jsonw.h"
#include "common/names.h"
#include "common/places.h"
#include "tocsin/format.h"
#include "tocsin/store.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin events [OPTIONS]\n"
"\n"
"Lists stored events, newest first: by the day the event's own words give\n"
"(\"in 2015\", \"on Tuesday\"), which --since and --until select too; date is\n"
"the article's, when the event's own time.\n"
"\n"
"options:\n"
"      --db PATH          database (default ./tocsin.db)\n"
"      --dyad A-B         events between A and B, both directions (RUS-PRK);\n"
"                         a three-letter code matches the whole country\n"
"                         (PRK matches PRKGOV), a longer one exactly\n"
"      --directed         with --dyad: only A -> B\n"
"      --actor X          events where X is source or target\n"
"      --since DATE       from this date (YYYY-MM-DD), inclusive\n"
"      --until DATE       to this date, inclusive\n"
"      --code C           CAMEO code or prefix (07, 190)\n"
"      --country ISO3     events that happened in this country (UKR)\n"
"      --near LAT,LON,KM  events that happened within KM kilometres of a point\n"
"      --place KEY        events that happened at this place: its feature id\n"
"                         (gn:703448, UKR, RU-KRS, tocsin:donbas; geo_feature),\n"
"                         or its name where it has none\n"
"      --origin NAME      tocsin (coded here) or an import's name (keds, icews, gdelt)\n"
"      --limit N          at most N events (default: all; table: 50)\n"
"  -f, --format F         table, jsonl, csv or tsv (default table)\n"
"  -h, --help             this help\n"
"\n"
"The table gives each event a second line with what the codes mean: the\n"
"actors' names and the CAMEO name (\"North Korean military -> Russia: Provide\n"
"military aid\"; names from dict/names). JSON fields are those of tocsin code\n"
"plus id, story, n_sources, n_articles, title, origin, source_name,\n"
"target_name and code_name. CSV and TSV have a header line; the three name\n"
"columns and when follow the stored ones, then where it happened as tocsin\n"
"code --format tsv gives it: geo_type geo_name geo_country geo_adm1 geo_lat\n"
"geo_lon geo_feature (GDELT's ActionGeo; empty when no place is known). The\n"
"table names the place on each event's second line.\n");
}

enum { F_TABLE, F_JSONL, F_CSV, F_TSV };

typedef struct out {
    int fmt;
    long long n;
    tocsin_json *json; /* the writer of F_JSONL */
} out;

static void csv_field(const char *s, int last)
{
    if (!s)
        s = "";
    if (strpbrk(s, ",\"\n\r")) {
        putchar('"');
        for (; *s; s++) {
            if (*s == '"')
                putchar('"');
            putchar(*s);
        }
        putchar('"');
    } else {
        fputs(s, stdout);
    }
    putchar(last ? '\n' : ',');
}

static void tsv_field(const char *s, int last)
{
    for (; s && *s; s++)
        putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
    putchar(last ? '\n' : '\t');
}

static int row(void *ud, const tocsin_stored_event *e)
{
    out *o = ud;
    char id[32], story[32], quad[8], gold[16], ns[16], na[16], flags[128];
    snprintf(id, sizeof id, "%lld", e->id);
    snprintf(story, sizeof story, "%lld", e->story_id);
    snprintf(quad, sizeof quad, "%d", e->quad);
    snprintf(gold, sizeof gold, "%.1f", e->goldstein);
    snprintf(ns, sizeof ns, "%d", e->n_sources);
    snprintf(na, sizeof na, "%d", e->n_articles);
    tocsin_flag_names(e->flags, flags, sizeof flags);
    o->n++;
    char sname[200], tname[200];
    fe_actor_name(e->source, sname, sizeof sname);
    fe_actor_name(e->target, tname, sizeof tname);
    if (o->fmt == F_TABLE) {
        const char *text = e->sentence ? e->sentence : (e->verb_text ? e->verb_text : "");
        printf("%-7s %-10s %-8s %-8s %-5s %5s %3s  %.70s%s\n", id, e->date ? e->date : "", e->source,
               e->target ? e->target : "-", e->code, gold, ns, text, strlen(text) > 70 ? "..." : "");
        /* what the codes mean, under them */
        char where[300];
        printf("%-18s %s -> %s: %s%s\n", "", sname[0] ? sname : e->source,
               tname[0] ? tname : (e->target ? e->target : "-"),
               fe_cameo_name(e->code)[0] ? fe_cameo_name(e->code) : e->code,
               fe_place_words(e, where, sizeof where));
        return 0;
    }
    char gtype[8] = "", glat[24] = "", glon[24] = "";
    if (e->geo_type || (e->geo_name && *e->geo_name))
        snprintf(gtype, sizeof gtype, "%d", e->geo_type);
    if (e->geo_has_ll) {
        snprintf(glat, sizeof glat, "%.4f", e->geo_lat);
        snprintf(glon, sizeof glon, "%.4f", e->geo_lon);
    }
    const char *v[] = {id, e->date, e->source, e->target, e->code, e->root, quad, gold,
                       e->source_text, e->verb_text, e->target_text, flags, story, ns, na,
                       e->title, e->origin, e->sentence, sname, tname, fe_cameo_name(e->code), e->when,
                       gtype, e->geo_name, e->geo_country, e->geo_adm1, glat, glon, e->geo_feature};
    int n = (int)(sizeof v / sizeof v[0]);
    if (o->fmt == F_CSV || o->fmt == F_TSV) {
        for (int k = 0; k < n; k++)
            (o->fmt == F_CSV ? csv_field : tsv_field)(v[k], k == n - 1);
        return 0;
    }
    /* JSON Lines, the same names as tocsin code */
    jw_event(o->json, e);
    return jw_line(o->json, stdout);
}

static void upcase(char *p)
{
    for (; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
}

static int count_row(void *ud, const tocsin_stored_event *e)
{
    (void)e;
    ++*(long long *)ud;
    return 0;
}

/* After an empty answer: is each named actor in the database at all? */
static int say_unknown_actor(tocsin_store *s, const char *code)
{
    tocsin_event_filter one;
    memset(&one, 0, sizeof one);
    one.actor = code;
    one.limit = 1;
    long long n = 0;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (tocsin_store_events(s, &one, count_row, &n, &err) || n)
        return 0;
    fprintf(stderr, "tocsin events: no such actor '%s' in this database (codes are like RUS, RUSGOV, NATO; "
                    "tocsin events --format csv lists what is there)\n", code);
    return 1;
}

int cmd_events(int argc, char **argv)
{
    const char *db = "tocsin.db";
    tocsin_event_filter f;
    memset(&f, 0, sizeof f);
    out o = {F_TABLE, 0, NULL};
    int limit_given = 0;
    char dyad[64] = "", actor[64] = "";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            return 0;
        }
        if (!strcmp(a, "--directed")) {
            f.directed = 1;
            continue;
        }
        if (a[0] != '-') {
            fprintf(stderr, "tocsin events: unexpected argument '%s' (see --help)\n", a);
            return 2;
        }
        static const char *const takes[] = {"--db", "--actor", "--since", "--until", "--code", "--origin",
                                            "--dyad", "--limit", "-f", "--format", "--country", "--near",
                                            "--place"};
        int known = 0;
        for (size_t k = 0; k < sizeof takes / sizeof takes[0] && !known; k++)
            known = !strcmp(a, takes[k]);
        if (!known) {
            fprintf(stderr, "tocsin events: unknown option '%s' (see --help)\n", a);
            return 2;
        }
        if (!val) {
            fprintf(stderr, "tocsin events: option %s needs a value\n", a);
            return 2;
        }
        i++;
        if (!strcmp(a, "--db"))
            db = val;
        else if (!strcmp(a, "--actor")) {
            snprintf(actor, sizeof actor, "%s", val);
            upcase(actor); /* codes are upper case: "rus" is RUS */
            f.actor = actor;
        } else if (!strcmp(a, "--since")) {
            if (!(f.since = cli_date("tocsin events", a, val)))
                return 2;
        }
        else if (!strcmp(a, "--until")) {
            if (!(f.until = cli_date("tocsin events", a, val)))
                return 2;
        }
        else if (!strcmp(a, "--code"))
            f.code = val;
        else if (!strcmp(a, "--origin"))
            f.origin = val;
        else if (!strcmp(a, "--country")) {
            size_t n = strlen(val);
            if (n != 3 || !isupper((unsigned char)val[0]) || !isupper((unsigned char)val[1]) ||
                !isupper((unsigned char)val[2])) {
                fprintf(stderr, "tocsin events: --country wants an ISO 3166-1 alpha-3 code, e.g. UKR\n");
                return 2;
            }
            f.country = val;
        } else if (!strcmp(a, "--place")) {
            f.place = val;
        } else if (!strcmp(a, "--near")) {
            char *e1, *e2 = NULL, *e3 = NULL;
            errno = 0;
            f.near_lat = strtod(val, &e1);
            f.near_lon = *e1 == ',' ? strtod(e1 + 1, &e2) : 0;
            f.near_km = *e1 == ',' && *e2 == ',' ? strtod(e2 + 1, &e3) : -1;
            if (errno || *e1 != ',' || *e2 != ',' || *e3 || f.near_lat < -90 || f.near_lat > 90 ||
                f.near_lon < -180 || f.near_lon > 180 || !(f.near_km > 0 && f.near_km <= 20000)) {
                fprintf(stderr, "tocsin events: --near wants LAT,LON,KM (46.6,32.6,50)\n");
                return 2;
            }
        }
        else if (!strcmp(a, "--dyad")) {
            snprintf(dyad, sizeof dyad, "%s", val);
            upcase(dyad);
            char *dash = strchr(dyad, '-');
            if (!dash || dash == dyad || !dash[1]) {
                fprintf(stderr, "tocsin events: --dyad wants A-B, e.g. RUS-UKR\n");
                return 2;
            }
            *dash = '\0';
            f.dyad_a = dyad;
            f.dyad_b = dash + 1;
        } else if (!strcmp(a, "--limit")) {
            char *end;
            errno = 0;
            f.limit = strtoll(val, &end, 10);
            if (errno || *end || f.limit < 1) {
                fprintf(stderr, "tocsin events: --limit wants a positive number\n");
                return 2;
            }
            limit_given = 1;
        } else if (!strcmp(a, "-f") || !strcmp(a, "--format")) {
            if (!strcmp(val, "table") || !strcmp(val, "text"))
                o.fmt = F_TABLE;
            else if (!strcmp(val, "jsonl") || !strcmp(val, "json"))
                o.fmt = F_JSONL;
            else if (!strcmp(val, "csv"))
                o.fmt = F_CSV;
            else if (!strcmp(val, "tsv"))
                o.fmt = F_TSV;
            else {
                fprintf(stderr, "tocsin events: unknown format '%s' (table, jsonl, csv, tsv)\n", val);
                return 2;
            }
        } else {
            fprintf(stderr, "tocsin events: unknown option '%s' (see --help)\n", a);
            return 2;
        }
    }
    if (f.since && f.until && strcmp(f.since, f.until) > 0) {
        fprintf(stderr, "tocsin events: --since %s is after --until %s\n", f.since, f.until);
        return 2;
    }
    if (o.fmt == F_TABLE && !limit_given)
        f.limit = 50;
    tocsin_store *s;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (tocsin_store_open(db, TOCSIN_STORE_READONLY, &s, &err)) {
        fprintf(stderr, "tocsin events: %s: %s\n", err.file, err.message);
        return 1;
    }
    static const char *const cols[] = {"id", "date", "source", "target", "code", "root", "quad",
                                       "goldstein", "source_text", "verb_text", "target_text", "flags",
                                       "story", "n_sources", "n_articles", "title", "origin", "text",
                                       "source_name", "target_name", "code_name", "when",
                                       "geo_type", "geo_name", "geo_country", "geo_adm1", "geo_lat",
                                       "geo_lon", "geo_feature"};
    int n = (int)(sizeof cols / sizeof cols[0]);
    if (o.fmt == F_CSV || o.fmt == F_TSV)
        for (int k = 0; k < n; k++)
            printf("%s%c", cols[k], k == n - 1 ? '\n' : (o.fmt == F_CSV ? ',' : '\t'));
    if (o.fmt == F_TABLE)
        printf("%-7s %-10s %-8s %-8s %-5s %5s %3s  %s\n", "id", "date", "source", "target", "code", "gold",
               "src", "evidence");
    if (o.fmt == F_JSONL)
        o.json = tocsin_json_new();
    int rc = o.fmt == F_JSONL && !o.json ? TOCSIN_ENOMEM : tocsin_store_events(s, &f, row, &o, &err);
    tocsin_json_free(o.json);
    if (rc)
        fprintf(stderr, "tocsin events: %s\n", err.message[0] ? err.message : tocsin_strerror(rc));
    else if (!o.n) {
        int unknown = 0;
        if (f.actor)
            unknown |= say_unknown_actor(s, f.actor);
        if (f.dyad_a)
            unknown |= say_unknown_actor(s, f.dyad_a);
        if (f.dyad_b)
            unknown |= say_unknown_actor(s, f.dyad_b);
        if (unknown)
            rc = TOCSIN_ENOTFOUND;
    }
    else if (o.fmt == F_TABLE && o.n == f.limit && !limit_given)
        fprintf(stderr, "(first %lld shown; --limit N for more)\n", f.limit);
    tocsin_store_close(s);
    return rc ? 1 : 0;
}
