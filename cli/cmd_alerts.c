/* cmd_alerts.c - tocsin alerts: what escalated in a window, ranked, with the
 * rule that fired, its numbers and the evidence. */
#include "common/analytics_args.h"
#include "cli.h"
#include "common/jsonw.h"
#include "common/names.h"
#include "common/places.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int show_ev(void *ud, const tocsin_stored_event *e)
{
    (void)ud;
    const char *t = e->sentence ? e->sentence : (e->verb_text ? e->verb_text : "");
    char sname[200], tname[200];
    fe_actor_name(e->source, sname, sizeof sname);
    fe_actor_name(e->target, tname, sizeof tname);
    printf("      #%lld %s %s->%s %s (%d src): %.110s%s\n", e->id, e->date ? e->date : "", e->source,
           e->target ? e->target : "-", e->code, e->n_sources, t, strlen(t) > 110 ? "..." : "");
    char where[300];
    printf("        %s -> %s: %s%s\n", sname[0] ? sname : e->source,
           tname[0] ? tname : (e->target ? e->target : "-"),
           fe_cameo_name(e->code)[0] ? fe_cameo_name(e->code) : e->code, fe_place_words(e, where, sizeof where));
    return 0;
}

int cmd_alerts(int argc, char **argv)
{
    analytics_args aa = {"tocsin.db", NULL, NULL, NULL, NULL};
    tocsin_alert_options o;
    memset(&o, 0, sizeof o);
    int json = 0, evidence = 3;
    char actor[16] = "";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            printf("usage: tocsin alerts [--since D] [--until D] [--actor X] [--min-rung N] [--lookback 90d]\n"
                   "       [--history 180d] [--limit N] [--evidence N] [--format text|jsonl] [--db PATH]\n\n"
                   "--limit N shows the N highest (default 50; --max is the same); --actor X\n"
                   "only the alerts naming X (RUSMIL is RUS) as a side or third party, with\n"
                   "their ranks in the whole list; --format table is text, json is jsonl.\n\n"
                   "Alerts of a window (default: the last 30 days of data), one per dyad, ranked\n"
                   "by one severity: how surprising the window's events are against the dyad's own\n"
                   "history (--history, discounted with age), how serious their rung is and how many\n"
                   "independent events they rest on (doc/alerts.md explains each part):\n\n"
                   "  severity = 10 * (k / top) * (S + 1 + A) * log2(1 + e) * e / (e + 2)\n\n"
                   "k the rung scored (the one that gives the highest value), top the ladder's\n"
                   "highest, e the independent events at rung k or above (per day: 1 + log2 of\n"
                   "its reports), S = -log10 of the chance of so many (negative binomial), or\n"
                   "of all e being miscodings (0.1^e) if that is likelier, at most 12, A the\n"
                   "doublings of the dyad's news (its events of every kind) over its usual\n"
                   "rate, 0 if not more (third parties and alliances: 0). The score is\n"
                   "taken over the whole window (w days) and over its burst, the 7 days with\n"
                   "the most independent events at rung k, and the higher counts: the\n"
                   "burst's expected count is the window's scaled to its days (7/w of it),\n"
                   "its p multiplied by w/7 (the places a burst was looked for), so that an\n"
                   "onset packed into one week of a quiet dyad ranks as the rare event it is.\n"
                   "An alert's dates are the first and last day of the events it counts. Each\n"
                   "alert says how rare it is in plain words and lists the rules that fired:\n"
                   "  new-rung     a dyad reaches a rung (dict/ladder.txt) not reached in the\n"
                   "               look-back window before (default 90 days); --min-rung (3)\n"
                   "  escalation   a dyad already at a rung: that rung's events at twice or more\n"
                   "               what its history predicts (fighting that doubles)\n"
                   "  fighting     none of the above, but the dyad fights on 5 or more independent\n"
                   "               events: the war goes on (listed, ranked by the same score)\n"
                   "  third-party  a third party backs one side of a dyad at a fighting rung, on a\n"
                   "               ladder of its own: diplomatic backing, arms and aid, troops,\n"
                   "               fighting alongside; it enters, steps up, or deepens (twice what\n"
                   "               its history predicts); its events' codes are named; one that\n"
                   "               supports both sides about as much (aid to both) takes neither\n"
                   "  alliance     agreements and military ties between a pair appear (forms),\n"
                   "               turn military, or reach twice what the history predicts\n"
                   "  balance      the share of conflict in a dyad's events shifts by 40\n"
                   "               points or more\n"
                   "  surge        material conflict (quad 4) at 3 times or more its look-back\n"
                   "               rate (at least 5 events); a dyad like TUR-TUR is internal\n");
            return 0;
        }
        if (!v || a[0] != '-') {
            fprintf(stderr, "tocsin alerts: unexpected '%s' (see --help)\n", a);
            return 2;
        }
        i++;
        int took = analytics_option("tocsin alerts", a, v, &aa);
        if (took < 0)
            return 2;
        if (took)
            continue;
        if (!strcmp(a, "--min-rung"))
            o.min_rung = atoi(v);
        else if (!strcmp(a, "--max") || !strcmp(a, "--limit"))
            o.max_alerts = atoi(v);
        else if (!strcmp(a, "--actor")) {
            snprintf(actor, sizeof actor, "%s", v);
            for (char *p = actor; *p; p++)
                if (*p >= 'a' && *p <= 'z')
                    *p = (char)(*p - 'a' + 'A');
        }
        else if (!strcmp(a, "--evidence"))
            evidence = atoi(v);
        else if (!strcmp(a, "--history")) {
            o.history_days = parse_window(v);
            if (o.history_days < 1) {
                fprintf(stderr, "tocsin alerts: --history wants a duration like 365d\n");
                return 2;
            }
        } else if (!strcmp(a, "--lookback")) {
            o.lookback_days = parse_window(v);
            if (o.lookback_days < 1) {
                fprintf(stderr, "tocsin alerts: --lookback wants a duration like 90d\n");
                return 2;
            }
        } else if (!strcmp(a, "--format") || !strcmp(a, "-f")) {
            json = !strcmp(v, "jsonl") || !strcmp(v, "json");
            if (!json && strcmp(v, "text") && strcmp(v, "table")) {
                fprintf(stderr, "tocsin alerts: --format text (or table), or jsonl (or json)\n");
                return 2;
            }
        } else {
            fprintf(stderr, "tocsin alerts: unknown option '%s'\n", a);
            return 2;
        }
    }
    tocsin_store *s;
    tocsin_ladder *l;
    int limit = o.max_alerts > 0 ? o.max_alerts : 50;
    if (actor[0])
        o.max_alerts = 1000; /* filter the ranked list, then keep --limit */
    o.since = aa.since;
    o.until = aa.until;
    if (open_analytics("tocsin alerts", aa.db, aa.dict, aa.ladder, &s, &l))
        return 1;
    tocsin_alert *v = NULL;
    size_t n = 0;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_alerts(s, l, &o, &v, &n, &err);
    tocsin_json *j = json && !rc ? tocsin_json_new() : NULL;
    if (json && !rc && !j)
        rc = TOCSIN_ENOMEM;
    if (rc)
        fprintf(stderr, "tocsin alerts: %s\n", err.message[0] ? err.message : tocsin_strerror(rc));
    for (size_t k = 0, shown = 0; k < n && !rc && shown < (size_t)limit; k++) {
        tocsin_alert *a = &v[k];
        if (actor[0] && !tocsin_alert_involves(a, actor))
            continue; /* ranks stay those of the whole list */
        shown++;
        if (json) {
            jw_alert(j, s, l, a, k + 1);
            if ((rc = jw_line(j, stdout)) != 0)
                fprintf(stderr, "tocsin alerts: %s\n", tocsin_strerror(rc));
            continue;
        }
        printf("%2zu. [%s] %s%s%s-%s  %s..%s  severity %.0f\n", k + 1, tocsin_alert_kind_name(a->kind),
               a->third[0] ? a->third : "", a->third[0] ? " backs " : "", a->actor_a, a->actor_b, a->first,
               a->last, a->severity);
        char na[200], nb[200], nt[200];
        fe_actor_name(a->actor_a, na, sizeof na);
        fe_actor_name(a->actor_b, nb, sizeof nb);
        fe_actor_name(a->third, nt, sizeof nt);
        /* "North Korea backs Russia against Ukraine", "Russia and Ukraine" */
        printf("    %s%s%s %s %s\n    %s\n", a->third[0] ? (nt[0] ? nt : a->third) : "",
               a->third[0] ? " backs " : "", na[0] ? na : a->actor_a, a->third[0] ? "against" : "and",
               nb[0] ? nb : a->actor_b, a->why);
        for (int e = 0; e < a->n_evidence && e < evidence; e++)
            tocsin_store_event(s, a->evidence[e], show_ev, NULL, &err);
    }
    if (!rc && !n && !json)
        printf("no alerts in the window\n");
    tocsin_json_free(j);
    free(v);
    tocsin_store_close(s);
    tocsin_ladder_free(l);
    return rc ? 1 : 0;
}
