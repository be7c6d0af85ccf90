/* cmd_chart.c - tocsin chart: pictures of the analytics (drawn by gnuplot);
 * today the escalation ladder of one dyad. */
#include "common/analytics_args.h"
#include "cli.h"
#include "draw/plot.h"

#include <stdio.h>
#include <string.h>

static void chart_usage(FILE *f)
{
    fprintf(f, "usage: tocsin chart ladder A B --out FILE.png|FILE.svg [--by day|week|month]\n"
               "       [--since D] [--until D] [--db PATH] [--dict DIR] [--ladder FILE]\n\n"
               "Draws the escalation ladder of the dyad A-B (both directions; actor codes\n"
               "are capital letters, RUS matches RUSGOV) as a 1200x600 PNG or SVG picture,\n"
               "the format taken from the file name: the highest rung reached per period\n"
               "(steps, on a scale named by the rungs of dict/ladder.txt), the smoothed\n"
               "level (line), the events per period (light bars, right scale) and the\n"
               "alerts of the dyad in the same range (dashed arrows at their first day,\n"
               "labelled with the rule). Needs gnuplot (Debian package gnuplot-nox).\n");
}

int cmd_chart(int argc, char **argv)
{
    analytics_args aa = {"tocsin.db", NULL, NULL, NULL, NULL};
    const char *what = NULL;
    plot_ladder_spec sp;
    memset(&sp, 0, sizeof sp);
    sp.by = TOCSIN_BY_WEEK;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
            chart_usage(stdout);
            return 0;
        }
        if (o[0] != '-') {
            if (!what)
                what = o;
            else if (!sp.a)
                sp.a = o;
            else if (!sp.b)
                sp.b = o;
            else {
                fprintf(stderr, "tocsin chart: too many arguments ('%s')\n", o);
                return 2;
            }
            continue;
        }
        if (!v) {
            fprintf(stderr, "tocsin chart: option %s needs a value\n", o);
            return 2;
        }
        i++;
        int took = analytics_option("tocsin chart", o, v, &aa);
        if (took < 0)
            return 2;
        if (took)
            continue;
        if (!strcmp(o, "--out") || !strcmp(o, "-o"))
            sp.out = v;
        else if (!strcmp(o, "--by")) {
            sp.by = !strcmp(v, "day") ? TOCSIN_BY_DAY : !strcmp(v, "week") ? TOCSIN_BY_WEEK
                    : !strcmp(v, "month") ? TOCSIN_BY_MONTH : 0;
            if (!sp.by) {
                fprintf(stderr, "tocsin chart: --by day, week or month\n");
                return 2;
            }
        } else {
            fprintf(stderr, "tocsin chart: unknown option '%s'\n", o);
            return 2;
        }
    }
    sp.since = aa.since;
    sp.until = aa.until;
    if (!what) {
        chart_usage(stderr);
        return 2;
    }
    if (strcmp(what, "ladder")) {
        fprintf(stderr, "tocsin chart: unknown chart '%s' (charts: ladder)\n", what);
        return 2;
    }
    if (!sp.a || !sp.b) {
        fprintf(stderr, "usage: tocsin chart ladder A B --out FILE.png|FILE.svg (see --help)\n");
        return 2;
    }
    for (int k = 0; k < 2; k++) {
        const char *c = k ? sp.b : sp.a;
        if (!plot_actor_ok(c)) {
            fprintf(stderr, "tocsin chart: '%s' is not an actor code: 3 to 15 capital letters A-Z, like RUS or "
                            "RUSMIL\n", c);
            return 2;
        }
    }
    if (!sp.out) {
        fprintf(stderr, "tocsin chart: --out FILE.png or FILE.svg is required\n");
        return 2;
    }
    sp.format = plot_format_of(sp.out);
    if (!sp.format) {
        fprintf(stderr, "tocsin chart: --out %s: the file name must end in .png or .svg\n", sp.out);
        return 2;
    }
    if (sp.since && sp.until && strcmp(sp.since, sp.until) > 0) {
        fprintf(stderr, "tocsin chart: --since %s is after --until %s\n", sp.since, sp.until);
        return 2;
    }
    if (!plot_have_program("gnuplot")) {
        fprintf(stderr, "tocsin chart: gnuplot is not installed (not found on PATH): install the Debian "
                        "package gnuplot-nox\n");
        return 1;
    }
    tocsin_store *s;
    tocsin_ladder *l;
    if (open_analytics("tocsin chart", aa.db, aa.dict, aa.ladder, &s, &l))
        return 1;
    int rc = plot_ladder("tocsin chart", s, l, &sp);
    tocsin_store_close(s);
    tocsin_ladder_free(l);
    if (!rc)
        printf("%s\n", sp.out);
    return rc ? 1 : 0;
}
