/* cmd_ladder.c - tocsin ladder: a dyad's escalation level over time. */
#include "common/analytics_args.h"
#include "cli.h"
#include "common/names.h"
#include "common/jsonw.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct lctx {
    const tocsin_ladder *l;
    tocsin_json *json; /* NULL: the table */
} lctx;

static int point(void *ud, const tocsin_ladder_point *p)
{
    lctx *c = ud;
    if (c->json) {
        jw_ladder_point(c->json, c->l, p);
        return jw_line(c->json, stdout);
    }
    char bar[32];
    int lv = (int)(p->level + 0.5);
    memset(bar, '#', (size_t)(lv > 20 ? 20 : lv));
    bar[lv > 20 ? 20 : lv] = '\0';
    printf("%-10s %6ld %5ld %5ld %5ld %5ld %8.1f %6.2f  %2d %-24.24s %5.2f %-10s %7.2f\n", p->period, p->events,
           p->quad[1], p->quad[2], p->quad[3], p->quad[4], p->goldstein_sum, p->goldstein_mean, p->max_rung,
           p->max_rung ? tocsin_ladder_name(c->l, p->max_rung) : "-", p->level, bar, p->share);
    return 0;
}

int cmd_ladder(int argc, char **argv)
{
    analytics_args aa = {"tocsin.db", NULL, NULL, NULL, NULL};
    const char *a = NULL, *b = NULL;
    tocsin_period by = TOCSIN_BY_WEEK;
    int json = 0;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
            printf("usage: tocsin ladder A B [--by day|week|month] [--since D] [--until D] [--format table|jsonl]\n"
                   "       [--db PATH] [--ladder FILE]\n\n"
                   "The escalation ladder of the dyad A-B (both directions; RUS matches RUSGOV),\n"
                   "period by period: events, events by quad class (1 verbal cooperation, 2\n"
                   "material cooperation, 3 verbal conflict, 4 material conflict), Goldstein sum\n"
                   "and mean, the highest rung reached (rungs in dict/ladder.txt), a smoothed\n"
                   "level (half-life two periods) and the dyad's events per 1,000 events coded\n"
                   "in the period (news volume grows; raw counts mislead).\n");
            return 0;
        }
        if (o[0] != '-') {
            if (!a)
                a = o;
            else if (!b)
                b = o;
            else {
                fprintf(stderr, "tocsin ladder: too many actors ('%s')\n", o);
                return 2;
            }
            continue;
        }
        if (!v) {
            fprintf(stderr, "tocsin ladder: option %s needs a value\n", o);
            return 2;
        }
        i++;
        int took = analytics_option("tocsin ladder", o, v, &aa);
        if (took < 0)
            return 2;
        if (took)
            continue;
        if (!strcmp(o, "--by")) {
            by = !strcmp(v, "day") ? TOCSIN_BY_DAY : !strcmp(v, "week") ? TOCSIN_BY_WEEK
                 : !strcmp(v, "month") ? TOCSIN_BY_MONTH : 0;
            if (!by) {
                fprintf(stderr, "tocsin ladder: --by day, week or month\n");
                return 2;
            }
        } else if (!strcmp(o, "--format") || !strcmp(o, "-f")) {
            json = !strcmp(v, "jsonl") || !strcmp(v, "json");
            if (!json && strcmp(v, "table") && strcmp(v, "text")) {
                fprintf(stderr, "tocsin ladder: --format table (or text), or jsonl (or json)\n");
                return 2;
            }
        } else {
            fprintf(stderr, "tocsin ladder: unknown option '%s'\n", o);
            return 2;
        }
    }
    if (!a || !b) {
        fprintf(stderr, "usage: tocsin ladder A B [options] (see --help)\n");
        return 2;
    }
    tocsin_store *s;
    tocsin_ladder *l;
    if (open_analytics("tocsin ladder", aa.db, aa.dict, aa.ladder, &s, &l))
        return 1;
    lctx c = {l, json ? tocsin_json_new() : NULL};
    if (!json) {
        char na[200], nb[200];
        printf("%s and %s\n", fe_actor_label(a, na, sizeof na), fe_actor_label(b, nb, sizeof nb));
    }
    if (!json)
        printf("%-10s %6s %5s %5s %5s %5s %8s %6s  %2s %-24s %5s %-10s %7s\n", "period", "events", "q1", "q2",
               "q3", "q4", "gold", "mean", "r", "highest rung", "level", "", "per1000");
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = json && !c.json ? TOCSIN_ENOMEM
                             : tocsin_ladder_series(s, l, a, b, by, aa.since, aa.until, point, &c, &err);
    tocsin_json_free(c.json);
    if (rc)
        fprintf(stderr, "tocsin ladder: %s\n", err.message[0] ? err.message : tocsin_strerror(rc));
    tocsin_store_close(s);
    tocsin_ladder_free(l);
    return rc ? 1 : 0;
}
