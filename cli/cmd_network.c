/* cmd_network.c - tocsin network: the signed, weighted actor graph of a
 * window as JSON, DOT or GraphML (drawn to SVG/PNG with graphviz's dot). */
#include "common/analytics_args.h"
#include "common/clidate.h"
#include "cli.h"
#include "common/names.h"
#include "common/jsonw.h"
#include "draw/netdraw.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void graphml(FILE *f, const tocsin_edge *v, size_t n)
{
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
               "  <key id=\"coop\" for=\"edge\" attr.name=\"cooperation\" attr.type=\"long\"/>\n"
               "  <key id=\"conflict\" for=\"edge\" attr.name=\"conflict\" attr.type=\"long\"/>\n"
               "  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein\" attr.type=\"double\"/>\n"
               "  <key id=\"sign\" for=\"edge\" attr.name=\"sign\" attr.type=\"int\"/>\n"
               "  <key id=\"rung\" for=\"edge\" attr.name=\"max_rung\" attr.type=\"int\"/>\n"
               "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
               "  <graph id=\"tocsin\" edgedefault=\"undirected\">\n");
    /* nodes, once each */
    for (size_t k = 0; k < n; k++)
        for (int side = 0; side < 2; side++) {
            const char *id = side ? v[k].b : v[k].a;
            int seen = 0;
            for (size_t j = 0; j < k && !seen; j++)
                seen = !strcmp(v[j].a, id) || !strcmp(v[j].b, id);
            if (side && !strcmp(v[k].a, id))
                seen = 1;
            if (seen)
                continue;
            char name[200];
            fe_actor_name(id, name, sizeof name);
            fprintf(f, "    <node id=\"%s\"><data key=\"name\">", id);
            for (const char *p = name; *p; p++) { /* names come from text files: escape */
                if (*p == '&')
                    fputs("&amp;", f);
                else if (*p == '<')
                    fputs("&lt;", f);
                else if (*p == '>')
                    fputs("&gt;", f);
                else
                    putc(*p, f);
            }
            fputs("</data></node>\n", f);
        }
    for (size_t k = 0; k < n; k++)
        fprintf(f, "    <edge source=\"%s\" target=\"%s\"><data key=\"coop\">%ld</data>"
                   "<data key=\"conflict\">%ld</data><data key=\"goldstein\">%.1f</data>"
                   "<data key=\"sign\">%d</data><data key=\"rung\">%d</data></edge>\n",
                v[k].a, v[k].b, v[k].coop, v[k].conflict, v[k].goldstein, network_tone(&v[k]) >= 0 ? 1 : -1,
                v[k].max_rung);
    fprintf(f, "  </graph>\n</graphml>\n");
}

int cmd_network(int argc, char **argv)
{
    const char *db = "tocsin.db", *dict = NULL, *fmt = "json", *out = NULL, *until = NULL, *since = NULL;
    int window = 90, min_events = 1, max_edges = 200;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            printf("usage: tocsin network [--window 90d | --since D] [--until D]\n"
                   "       [--format json|dot|graphml|svg|png] [--out FILE] [--min-events N]\n"
                   "       [--limit N] [--db PATH]\n\n"
                   "--since D starts the window on D (instead of --window before --until);\n"
                   "--limit N keeps the N strongest edges (default 200; --max-edges is the\n"
                   "same); --format jsonl is json.\n\n"
                   "The actor graph of the window ending at --until (default: the last event):\n"
                   "one edge per pair of countries or organisations with its cooperative\n"
                   "(quad 1-2) and conflictual (quad 3-4) events, Goldstein sum, sign (more\n"
                   "cooperation or more conflict) and highest rung. svg and png are drawn with\n"
                   "graphviz (dot): cooperation solid blue, hostility dashed red, line width\n"
                   "by the number of events.\n");
            return 0;
        }
        if (!v || a[0] != '-') {
            fprintf(stderr, "tocsin network: unexpected '%s' (see --help)\n", a);
            return 2;
        }
        i++;
        if (!strcmp(a, "--db"))
            db = v;
        else if (!strcmp(a, "--dict"))
            dict = v;
        else if (!strcmp(a, "--format") || !strcmp(a, "-f"))
            fmt = v;
        else if (!strcmp(a, "--out") || !strcmp(a, "-o"))
            out = v;
        else if (!strcmp(a, "--until")) {
            if (!(v = cli_date("tocsin network", "--until", v))) {
                return 2;
            }
            until = v;
        } else if (!strcmp(a, "--since")) {
            if (!(since = cli_date("tocsin network", "--since", v)))
                return 2;
        } else if (!strcmp(a, "--window")) {
            window = parse_window(v);
            if (window < 1) {
                fprintf(stderr, "tocsin network: --window wants a duration like 90d or 6m\n");
                return 2;
            }
        } else if (!strcmp(a, "--min-events"))
            min_events = atoi(v);
        else if (!strcmp(a, "--max-edges") || !strcmp(a, "--limit"))
            max_edges = atoi(v);
        else {
            fprintf(stderr, "tocsin network: unknown option '%s'\n", a);
            return 2;
        }
    }
    int json = !strcmp(fmt, "json") || !strcmp(fmt, "jsonl"), dot = !strcmp(fmt, "dot"), gml = !strcmp(fmt, "graphml");
    int img = !strcmp(fmt, "svg") || !strcmp(fmt, "png");
    if (!json && !dot && !gml && !img) {
        fprintf(stderr, "tocsin network: --format json, dot, graphml, svg or png\n");
        return 2;
    }
    if (since && until && strcmp(since, until) > 0) {
        fprintf(stderr, "tocsin network: --since %s is after --until %s\n", since, until);
        return 2;
    }
    if (img && !out) {
        fprintf(stderr, "tocsin network: --format %s needs --out FILE\n", fmt);
        return 2;
    }
    tocsin_store *s;
    tocsin_ladder *l;
    if (open_analytics("tocsin network", db, dict, NULL, &s, &l))
        return 1;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    char last[11] = "", first[11] = "";
    if (!until) {
        tocsin_last_date(s, last, &err);
        until = last[0] ? last : NULL;
    }
    if (since) /* --since sets the window's start; --window then does not count */
        snprintf(first, sizeof first, "%s", since);
    else if (until && tocsin_date_shift(until, -(window - 1), first))
        first[0] = '\0';

    tocsin_edge *v = NULL;
    size_t n = 0;
    int rc = tocsin_network(s, l, first[0] ? first : NULL, until, min_events, max_edges, &v, &n, &err);
    if (rc) {
        fprintf(stderr, "tocsin network: %s\n", err.message[0] ? err.message : tocsin_strerror(rc));
        goto done;
    }
    if (img) {
        rc = netdraw_render("tocsin network", v, n, fmt, out);
        goto done;
    }
    FILE *f = out ? fopen(out, "w") : stdout;
    if (!f) {
        fprintf(stderr, "tocsin network: cannot write %s: %s\n", out, strerror(errno));
        rc = 1;
        goto done;
    }
    if (json) {
        tocsin_json *j = tocsin_json_new();
        if (j) {
            tocsin_json_object(j);
            tocsin_json_kstr(j, "from", first);
            tocsin_json_kstr(j, "until", until);
            tocsin_json_key(j, "edges");
            tocsin_json_array(j);
            for (size_t k = 0; k < n; k++)
                jw_edge(j, &v[k]); /* the same fields as the HTTP API's */
            tocsin_json_array_end(j);
            tocsin_json_object_end(j);
        }
        int bad = j ? jw_line(j, f) : TOCSIN_ENOMEM;
        tocsin_json_free(j);
        if (bad) {
            fprintf(stderr, "tocsin network: %s\n", tocsin_strerror(bad));
            rc = 1;
        }
    } else if (gml) {
        graphml(f, v, n);
    } else {
        network_dot(f, v, n);
    }
    if (f != stdout && fclose(f)) {
        fprintf(stderr, "tocsin network: cannot write %s: %s\n", out, strerror(errno));
        rc = 1;
    }
done:
    free(v);
    tocsin_store_close(s);
    tocsin_ladder_free(l);
    return rc ? 1 : 0;
}
