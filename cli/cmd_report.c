/* cmd_report.c - tocsin report: a one-page HTML brief of a window: the top
 * alerts with their evidence and sources, the ladders of the dyads they
 * name, and the network. One self-contained file: inline CSS, the charts as
 * inline SVG, nothing fetched when it is opened. */
#include "common/analytics_args.h"
#include "cli.h"
#include "common/names.h"
#include "common/places.h"
#include "draw/geomap.h"
#include "draw/netdraw.h"
#include "draw/plot.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define REPORT_MAX_TOP 100       /* alerts in a brief */
#define REPORT_DYADS 3           /* ladder charts */
#define REPORT_EVIDENCE 3        /* evidence sentences per alert */
#define REPORT_OUTLETS 6         /* outlets named per evidence sentence */
#define REPORT_MAX_EDGES 40      /* the network stays readable */
#define REPORT_MAX_SVG (16 << 20)
#define REPORT_PLACES 200        /* places on the map */
#define REPORT_PLACE_ROWS 10     /* places listed under it */

/* ---- HTML text ---- */

static void esc(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&#39;", f); break;
        default:
            if ((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t')
                fputc(' ', f);
            else
                fputc(*s, f);
        }
    }
}

/* an actor as a reader wants it: "North Korean military <span class="code">PRKMIL</span>",
 * or the code alone when it has no name */
static void esc_actor(FILE *f, const char *code)
{
    char name[200];
    fe_actor_name(code, name, sizeof name);
    if (!name[0]) {
        esc(f, code && *code ? code : "-");
        return;
    }
    esc(f, name);
    fputs(" <span class=\"code\">", f);
    esc(f, code);
    fputs("</span>", f);
}

/* A picture made by gnuplot or dot, inlined: from "<svg" on, without the
 * XML namespace declarations (HTML does not need them) and gnuplot's
 * generic title. */
static int inline_svg(FILE *f, const char *path)
{
    FILE *in = fopen(path, "rb");
    if (!in)
        return -1;
    char *buf = malloc(REPORT_MAX_SVG + 1);
    size_t n = buf ? fread(buf, 1, REPORT_MAX_SVG, in) : 0;
    int over = buf && n == REPORT_MAX_SVG && fgetc(in) != EOF;
    fclose(in);
    char *p = buf ? (buf[n] = '\0', strstr(buf, "<svg")) : NULL;
    if (!p || over) {
        free(buf);
        return -1;
    }
    static const char *const drop[] = {" xmlns=\"http://www.w3.org/2000/svg\"",
                                       " xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
                                       "\n xmlns=\"http://www.w3.org/2000/svg\"",
                                       "\n xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
                                       "<title>Gnuplot</title>"};
    while (*p) {
        size_t k, skip = 0;
        for (k = 0; k < sizeof drop / sizeof drop[0] && !skip; k++)
            if (!strncmp(p, drop[k], strlen(drop[k])))
                skip = strlen(drop[k]);
        if (skip) {
            p += skip;
            continue;
        }
        fputc(*p++, f);
    }
    free(buf);
    return 0;
}

/* a temporary file for a picture; "" on failure */
static void temp_path(char *out, size_t cap)
{
    const char *dir = getenv("TMPDIR");
    snprintf(out, cap, "%s/tocsin-report-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(out);
    if (fd < 0)
        out[0] = '\0';
    else
        close(fd);
}

/* ---- evidence ---- */

typedef struct evid {
    long long id, story_id;
    char *date, *source, *target, *code, *text, *where;
} evid;

static int copy_event(void *ud, const tocsin_stored_event *e)
{
    evid *v = ud;
    v->id = e->id;
    v->story_id = e->story_id;
    /* the event's own time; its articles' dates are listed after it */
    v->date = strdup(e->when ? e->when : e->date ? e->date : "");
    v->source = strdup(e->source ? e->source : "");
    v->target = strdup(e->target ? e->target : "");
    v->code = strdup(e->code ? e->code : "");
    v->text = strdup(e->sentence ? e->sentence : e->verb_text ? e->verb_text : "");
    char where[300];
    v->where = strdup(fe_place_words(e, where, sizeof where));
    return 0;
}

static void evid_free(evid *v)
{
    free(v->date);
    free(v->source);
    free(v->target);
    free(v->code);
    free(v->text);
    free(v->where);
}

typedef struct outlets {
    FILE *f;
    int n;
} outlets;

static int is_web_url(const char *u)
{
    return u && (!strncmp(u, "http://", 7) || !strncmp(u, "https://", 8));
}

static int show_article(void *ud, const tocsin_stored_article *a)
{
    outlets *o = ud;
    if (o->n++ >= REPORT_OUTLETS)
        return 0;
    FILE *f = o->f;
    const char *name = a->source && *a->source ? a->source : a->key ? a->key : "source";
    fputs(o->n > 1 ? ", " : " &mdash; ", f);
    /* a link to the article is a reference, not a resource: nothing is loaded */
    if (is_web_url(a->url)) {
        fputs("<a href=\"", f);
        esc(f, a->url);
        fputs("\" rel=\"noopener noreferrer\"", f);
        if (a->title) {
            fputs(" title=\"", f);
            esc(f, a->title);
            fputs("\"", f);
        }
        fputs(">", f);
        esc(f, name);
        fputs("</a>", f);
    } else {
        esc(f, name);
    }
    if (a->date) {
        fputs(" <span class=\"d\">", f);
        esc(f, a->date);
        fputs("</span>", f);
    }
    return 0;
}

/* The alert's evidence, most telling first; a sentence that carries two
 * events (a joint action coded both ways) is shown once. */
static void show_evidence(FILE *f, tocsin_store *s, const tocsin_alert *al)
{
    tocsin_error err;
    char *shown[REPORT_EVIDENCE];
    int ns = 0;
    fputs("<ul class=\"ev\">\n", f);
    for (int k = 0; k < al->n_evidence && k < TOCSIN_ALERT_EVIDENCE && ns < REPORT_EVIDENCE; k++) {
        evid v;
        memset(&v, 0, sizeof v);
        memset(&err, 0, sizeof err);
        int dup = 0;
        if (tocsin_store_event(s, al->evidence[k], copy_event, &v, &err) || !v.text || !v.date || !v.source ||
            !v.target || !v.code || !v.where) {
            evid_free(&v);
            continue;
        }
        for (int j = 0; j < ns && !dup; j++)
            dup = !strcmp(shown[j], v.text);
        if (dup) {
            evid_free(&v);
            continue;
        }
        fputs("<li><q>", f);
        esc(f, v.text);
        char sname[200], tname[200];
        fe_actor_name(v.source, sname, sizeof sname);
        fe_actor_name(v.target, tname, sizeof tname);
        fputs("</q> <span class=\"who\">", f);
        esc(f, sname[0] ? sname : v.source);
        fputs(" &rarr; ", f);
        esc(f, tname[0] ? tname : (v.target[0] ? v.target : "-"));
        if (fe_cameo_name(v.code)[0]) {
            fputs(": ", f);
            esc(f, fe_cameo_name(v.code));
        }
        esc(f, v.where); /* ", in Kursk, Russia" */
        fputs("</span> <span class=\"code\">", f);
        esc(f, v.source);
        fputs(" &rarr; ", f);
        esc(f, v.target[0] ? v.target : "-");
        fputs(" CAMEO ", f);
        esc(f, v.code);
        fputs(", ", f);
        esc(f, v.date);
        fprintf(f, ", event %lld</span>", v.id);
        outlets o = {f, 0};
        if (v.story_id > 0)
            tocsin_store_story_articles(s, v.story_id, show_article, &o, &err);
        if (o.n > REPORT_OUTLETS)
            fprintf(f, " and %d more", o.n - REPORT_OUTLETS);
        fputs("</li>\n", f);
        shown[ns++] = v.text;
        v.text = NULL;
        evid_free(&v);
    }
    for (int j = 0; j < ns; j++)
        free(shown[j]);
    fputs("</ul>\n", f);
}

/* ---- the page ---- */

static const char css[] =
    "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#222;"
    "max-width:1000px;margin:2em auto;padding:0 1.2em}\n"
    "h1{font-size:1.7em;margin:0 0 .1em}h2{font-size:1.25em;border-bottom:1px solid #ddd;padding-bottom:.2em;"
    "margin-top:1.8em}\n"
    ".period{color:#555;margin:0 0 1em}\n"
    "ol.alerts{padding-left:1.6em}ol.alerts>li{margin:0 0 1.1em}\n"
    ".head{font-weight:600}.kind{display:inline-block;font:600 11px/1.6 monospace;padding:0 .5em;"
    "border-radius:3px;color:#fff;background:#777;vertical-align:1px}\n"
    ".k-new-rung{background:#c8261e}.k-third-party{background:#d9730d}.k-alliance{background:#1f5fbf}"
    ".k-balance{background:#6a4c9c}.k-surge{background:#8c1d18}\n"
    ".sev,.dates{font-weight:400;color:#555}.why{margin:.2em 0}\n"
    "ul.ev{margin:.2em 0;padding-left:1.2em;font-size:.93em;color:#333}ul.ev li{margin:.25em 0}\n"
    "q{font-style:italic}.code,.d{color:#777;font-size:.92em}a{color:#1f5fbf}.who{color:#333}\n"
    "figure{margin:1em 0}figure svg{max-width:100%;height:auto;display:block}"
    "table.places{border-collapse:collapse;font-size:.9em}table.places td,table.places th{text-align:left;"
    "padding:.1em .8em .1em 0;border-bottom:1px solid #ddd}\n"
    "figcaption{color:#555;font-size:.9em}\n"
    ".note{color:#a5520a}footer{margin-top:2em;color:#888;font-size:.85em}\n"
    "@media print{body{margin:0;max-width:none}h2{break-after:avoid}figure{break-inside:avoid}}\n";

/* Where the window's events happened: the map (gnuplot over the Natural
 * Earth outlines made at build time) and the places with the most events;
 * without the outlines the brief says so and keeps the list. */
static void where_section(FILE *f, tocsin_store *s, const char *since, const char *until, const char *map_data)
{
    static const char *const quads[] = {"", "verbal cooperation", "material cooperation", "verbal conflict",
                                        "material conflict"};
    tocsin_event_filter ef;
    memset(&ef, 0, sizeof ef);
    ef.since = since;
    ef.until = until;
    fe_places p;
    memset(&p, 0, sizeof p);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    fputs("<section id=\"where\">\n<h2>Where</h2>\n", f);
    if (fe_places_collect(s, &ef, REPORT_PLACES, &p, &err)) {
        fputs("<p class=\"note\">(the places could not be read: ", f);
        esc(f, err.message);
        fputs(")</p>\n</section>\n", f);
        fe_places_free(&p);
        return;
    }
    if (!p.n) {
        fprintf(f, "<p>No event of the window has a place on the map (%ld without one).</p>\n</section>\n",
                p.unlocated);
        fe_places_free(&p);
        return;
    }
    const char *outlines = geomap_outlines(map_data);
    int drawn = 0;
    fputs("<figure>\n", f);
    if (!outlines || access(outlines, R_OK)) {
        fputs("<p class=\"note map-missing\">(no map: its country outlines ", f);
        if (outlines) {
            fputs("(", f);
            esc(f, outlines);
            fputs(") cannot be read", f);
        } else {
            fputs("(map/countries.dat) were not found next to tocsin, in $TOCSIN_MAP_DATA or in " TOCSIN_DATADIR
                  "/map",
                  f);
        }
        fputs("; <code>make web</code> makes them from the world-atlas npm package, "
              "<code>--map-data FILE</code> names them. The places are listed below.)</p>\n",
              f);
        fprintf(stderr, "tocsin report: note: no map in the brief: the country outlines (%s) %s; make web makes them\n",
                outlines ? outlines : "map/countries.dat", outlines ? "cannot be read" : "were not found");
    } else {
        char tmp[4096];
        temp_path(tmp, sizeof tmp);
        drawn = tmp[0] && !geomap_render("tocsin report", outlines, &p, REPORT_PLACES, tmp) && !inline_svg(f, tmp);
        if (!drawn)
            fputs("<p class=\"note map-missing\">(the map could not be drawn)</p>\n", f);
        if (tmp[0])
            remove(tmp);
    }
    fprintf(f, "<figcaption>Where the events of %s to %s happened: %ld at %ld place%s (%ld with no place).%s"
               "</figcaption>\n</figure>\n",
            since, until, p.located, p.places, p.places == 1 ? "" : "s", p.unlocated,
            drawn ? " Circles sized by the number of events, coloured by their largest class: verbal cooperation "
                    "light blue, material cooperation dark blue, verbal conflict orange, material conflict red. "
                    "Borders: Natural Earth 1:110m." : "");
    fputs("<table class=\"places\">\n<tr><th>Place</th><th>Events</th><th>Mostly</th><th>Days</th></tr>\n", f);
    for (size_t k = 0; k < p.n && k < REPORT_PLACE_ROWS; k++) {
        const fe_place *pl = &p.v[k];
        fputs("<tr><td>", f);
        esc(f, pl->name);
        fprintf(f, "</td><td>%ld</td><td>%s</td><td>", pl->events, quads[fe_place_quad(pl)]);
        esc(f, pl->first);
        if (strcmp(pl->first, pl->last)) {
            fputs(" to ", f);
            esc(f, pl->last);
        }
        fputs("</td></tr>\n", f);
    }
    fputs("</table>\n</section>\n", f);
    fe_places_free(&p);
}

typedef struct dyad {
    char a[4], b[4];
} dyad;

/* the distinct dyads (countries) of the alerts, in rank order */
static int top_dyads(const tocsin_alert *v, size_t n, dyad *out, int max)
{
    int k = 0;
    for (size_t i = 0; i < n && k < max; i++) {
        dyad d;
        snprintf(d.a, sizeof d.a, "%.3s", v[i].actor_a);
        snprintf(d.b, sizeof d.b, "%.3s", v[i].actor_b);
        if (!plot_actor_ok(d.a) || !plot_actor_ok(d.b) || !strcmp(d.a, d.b))
            continue;
        int seen = 0;
        for (int j = 0; j < k && !seen; j++)
            seen = (!strcmp(out[j].a, d.a) && !strcmp(out[j].b, d.b)) ||
                   (!strcmp(out[j].a, d.b) && !strcmp(out[j].b, d.a));
        if (!seen)
            out[k++] = d;
    }
    return k;
}

static void report_usage(FILE *f)
{
    fprintf(f, "usage: tocsin report [--out brief.html] [--since D] [--until D] [--limit N] [--db PATH]\n"
               "       [--dict DIR] [--ladder FILE] [--map-data FILE]\n\n"
               "--limit N: the N top alerts (default 10; --top is the same).\n\n"
               "Writes a one-page HTML brief of a window (default: the last 30 days of data):\n"
               "the top alerts (10) with their rule, dyad, dates, severity, why they fired\n"
               "and evidence sentences with the outlets that carried them; a map of where\n"
               "the window's events happened, with the places that had the most; the escalation\n"
               "ladder of the first three dyads named by the alerts (from 90 days before\n"
               "the window); and the network of cooperation and hostility of the window.\n"
               "The file is self-contained (inline CSS and SVG). Needs gnuplot and graphviz\n"
               "(Debian packages gnuplot-nox and graphviz). Prints the file's path.\n\n"
               "--map-data FILE: the map's country outlines (default $TOCSIN_MAP_DATA, else\n"
               "map/countries.dat next to the executable, else %s/map/countries.dat;\n"
               "make web makes it from Natural Earth's borders in the world-atlas npm\n"
               "package). Without it the brief has no map and says so; the places stay.\n\n"
               "The footer gives the time the brief was made; $SOURCE_DATE_EPOCH (seconds\n"
               "since 1970), when set, is used instead, so that the same data give the\n"
               "same file.\n",
               TOCSIN_DATADIR);
}

int cmd_report(int argc, char **argv)
{
    analytics_args aa = {"tocsin.db", NULL, NULL, NULL, NULL};
    const char *out = "brief.html", *map_data = NULL;
    int top = 10;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
            report_usage(stdout);
            return 0;
        }
        if (!v || o[0] != '-') {
            fprintf(stderr, "tocsin report: unexpected '%s' (see --help)\n", o);
            return 2;
        }
        i++;
        int took = analytics_option("tocsin report", o, v, &aa);
        if (took < 0)
            return 2;
        if (took)
            continue;
        if (!strcmp(o, "--out") || !strcmp(o, "-o"))
            out = v;
        else if (!strcmp(o, "--map-data"))
            map_data = v;
        else if (!strcmp(o, "--top") || !strcmp(o, "--limit")) {
            char *end;
            long t = strtol(v, &end, 10);
            if (*end || t < 1 || t > REPORT_MAX_TOP) {
                fprintf(stderr, "tocsin report: --top wants a number from 1 to %d\n", REPORT_MAX_TOP);
                return 2;
            }
            top = (int)t;
        } else {
            fprintf(stderr, "tocsin report: unknown option '%s'\n", o);
            return 2;
        }
    }
    if (aa.since && aa.until && strcmp(aa.since, aa.until) > 0) {
        fprintf(stderr, "tocsin report: --since %s is after --until %s\n", aa.since, aa.until);
        return 2;
    }
    if (!plot_have_program("gnuplot")) {
        fprintf(stderr, "tocsin report: gnuplot is not installed (not found on PATH): install the Debian "
                        "package gnuplot-nox\n");
        return 1;
    }
    if (!plot_have_program("dot")) {
        fprintf(stderr, "tocsin report: graphviz's dot is not installed (not found on PATH): install the "
                        "Debian package graphviz\n");
        return 1;
    }
    int created;
    if (!plot_writable("tocsin report", out, &created))
        return 1;

    int rc = 1;
    tocsin_store *s = NULL;
    tocsin_ladder *l = NULL;
    tocsin_alert *al = NULL;
    tocsin_edge *edges = NULL;
    size_t nal = 0, ned = 0, len = 0;
    char *page = NULL;
    FILE *f = NULL;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (open_analytics("tocsin report", aa.db, aa.dict, aa.ladder, &s, &l))
        goto done;

    /* the window: as `tocsin alerts` takes it */
    char until[11], since[11], chart_from[11];
    if (aa.until)
        snprintf(until, sizeof until, "%s", aa.until);
    else if (tocsin_last_date(s, until, &err) || !until[0]) {
        fprintf(stderr, "tocsin report: %s has no dated events to report on\n", aa.db);
        goto done;
    }
    if (aa.since)
        snprintf(since, sizeof since, "%s", aa.since);
    else if (tocsin_date_shift(until, -29, since)) {
        fprintf(stderr, "tocsin report: bad date %s\n", until);
        goto done;
    }
    tocsin_date_shift(since, -90, chart_from);

    tocsin_alert_options ao;
    memset(&ao, 0, sizeof ao);
    ao.since = since;
    ao.until = until;
    ao.max_alerts = top;
    int r = tocsin_alerts(s, l, &ao, &al, &nal, &err);
    if (!r)
        r = tocsin_network(s, l, since, until, 1, REPORT_MAX_EDGES, &edges, &ned, &err);
    if (r) {
        fprintf(stderr, "tocsin report: %s\n", err.message[0] ? err.message : tocsin_strerror(r));
        goto done;
    }

    f = open_memstream(&page, &len);
    if (!f) {
        fprintf(stderr, "tocsin report: out of memory\n");
        goto done;
    }
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
          f);
    fprintf(f, "<title>Escalation brief, %s to %s</title>\n<style>\n%s</style>\n</head>\n<body>\n", since, until,
            css);
    fprintf(f, "<header>\n<h1>Escalation brief</h1>\n<p class=\"period\">%s to %s &middot; %zu alert%s &middot; "
               "%zu pair%s of actors in the network</p>\n</header>\n",
            since, until, nal, nal == 1 ? "" : "s", ned, ned == 1 ? "" : "s");

    fprintf(f, "<section>\n<h2>Top alerts</h2>\n");
    if (!nal)
        fputs("<p>No alerts in the window.</p>\n", f);
    else
        fputs("<ol class=\"alerts\">\n", f);
    for (size_t k = 0; k < nal; k++) {
        const tocsin_alert *a = &al[k];
        const char *kind = tocsin_alert_kind_name(a->kind);
        fprintf(f, "<li>\n<div class=\"head\"><span class=\"kind k-%s\">%s</span> ", kind, kind);
        if (a->third[0]) { /* "North Korea backs Russia against Ukraine" */
            esc_actor(f, a->third);
            fputs(" backs ", f);
        }
        esc_actor(f, a->actor_a);
        fputs(a->third[0] ? " against " : " &ndash; ", f);
        esc_actor(f, a->actor_b);
        fputs(" <span class=\"dates\">", f);
        esc(f, a->first);
        if (strcmp(a->first, a->last)) {
            fputs(" to ", f);
            esc(f, a->last);
        }
        fprintf(f, "</span> <span class=\"sev\">&middot; severity %.0f", a->severity);
        if (a->kind == TOCSIN_ALERT_NEW_RUNG && a->rung > 0) {
            fprintf(f, " &middot; rung %d, ", a->rung);
            esc(f, tocsin_ladder_name(l, a->rung));
        }
        fputs("</span></div>\n<p class=\"why\">", f);
        esc(f, a->why);
        fputs("</p>\n", f);
        show_evidence(f, s, a);
        fputs("</li>\n", f);
    }
    if (nal)
        fputs("</ol>\n", f);
    fputs("</section>\n", f);

    where_section(f, s, since, until, map_data);

    dyad dy[REPORT_DYADS];
    int nd = top_dyads(al, nal, dy, REPORT_DYADS);
    if (nd) {
        fputs("<section>\n<h2>Escalation ladders</h2>\n", f);
        /* weekly from 90 days before the window; monthly over long windows */
        long span = plot_day_number(until) - plot_day_number(chart_from);
        for (int k = 0; k < nd; k++) {
            char tmp[4096];
            temp_path(tmp, sizeof tmp);
            plot_ladder_spec sp = {dy[k].a, dy[k].b, span >= 800 ? TOCSIN_BY_MONTH : TOCSIN_BY_WEEK,
                                   chart_from, until, PLOT_SVG, tmp, since};
            fputs("<figure>\n<h3>", f);
            esc_actor(f, dy[k].a);
            fputs(" and ", f);
            esc_actor(f, dy[k].b);
            fputs("</h3>\n", f);
            if (!tmp[0] || plot_ladder("tocsin report", s, l, &sp) || inline_svg(f, tmp)) {
                fputs("<p class=\"note\">(the ladder of ", f);
                fprintf(f, "%s&ndash;%s could not be drawn)</p>\n", dy[k].a, dy[k].b);
            }
            fprintf(f, "<figcaption>%s&ndash;%s from %s to %s: highest rung per %s (red steps), smoothed level "
                       "(blue line), events (bars, right scale), alerts (dashed arrows).</figcaption>\n</figure>\n",
                    dy[k].a, dy[k].b, chart_from, until, span >= 800 ? "month" : "week");
            if (tmp[0])
                remove(tmp);
        }
        fputs("</section>\n", f);
    }

    fputs("<section>\n<h2>Network of the window</h2>\n<figure>\n", f);
    if (!ned) {
        fputs("<p>No events between actors in the window.</p>\n", f);
    } else {
        char tmp[4096];
        temp_path(tmp, sizeof tmp);
        if (!tmp[0] || netdraw_render("tocsin report", edges, ned, "svg", tmp) || inline_svg(f, tmp))
            fputs("<p class=\"note\">(the network could not be drawn)</p>\n", f);
        if (tmp[0])
            remove(tmp);
        fprintf(f, "<figcaption>Countries and organisations, %s to %s (the %zu strongest pairs): cooperation "
                   "solid blue, hostility dashed red, line width by the number of events.</figcaption>\n",
                since, until, ned);
    }
    fputs("</figure>\n</section>\n", f);

    char stamp[32] = "";
    time_t now = time(NULL);
    /* SOURCE_DATE_EPOCH (reproducible-builds.org) fixes the stamp, so that two
       runs on the same data give the same file */
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        long long v = strtoll(sde, &end, 10);
        if (!*end && v >= 0)
            now = (time_t)v;
    }
    struct tm tmv;
    if (gmtime_r(&now, &tmv))
        strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M UTC", &tmv);
    fprintf(f, "<footer>Made by tocsin report on %s. Events are coded automatically from news text; "
               "read the evidence before relying on an alert.</footer>\n</body>\n</html>\n",
            stamp);
    if (fclose(f)) {
        f = NULL;
        fprintf(stderr, "tocsin report: out of memory\n");
        goto done;
    }
    f = NULL;

    FILE *o = fopen(out, "w");
    int bad = !o || fwrite(page, 1, len, o) != len;
    if ((o && fclose(o)) || bad) {
        fprintf(stderr, "tocsin report: cannot write %s: %s\n", out, strerror(errno));
        goto done;
    }
    printf("%s\n", out);
    rc = 0;
done:
    if (f)
        fclose(f);
    if (rc && created)
        remove(out);
    free(page);
    free(al);
    free(edges);
    tocsin_store_close(s);
    tocsin_ladder_free(l);
    return rc;
}
