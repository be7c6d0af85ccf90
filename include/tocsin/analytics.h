/* tocsin/analytics.h - the escalation picture from stored events: a ladder
 * level per dyad over time, alerts with their evidence, and the network of
 * cooperation and hostility.
 *
 * Analytics read per-day dyad aggregates that tocsin keeps beside the events
 * (tocsin_analytics_refresh brings them up to date incrementally; it is
 * called by every query below), so that a ladder, the alerts of a window or
 * a network answer in well under a second on millions of events. */
#ifndef TOCSIN_ANALYTICS_H
#define TOCSIN_ANALYTICS_H

#include "tocsin/status.h"
#include "tocsin/store.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the ladder table (dict/ladder.txt) ---- */

#define TOCSIN_MAX_RUNG 16
typedef struct tocsin_ladder tocsin_ladder;
int tocsin_ladder_load(const char *path, tocsin_ladder **out, tocsin_error *err);
void tocsin_ladder_free(tocsin_ladder *l);
int tocsin_ladder_rung(const tocsin_ladder *l, const char *code); /* 0 = not on the ladder */
const char *tocsin_ladder_name(const tocsin_ladder *l, int rung);  /* "" if none */
int tocsin_ladder_top(const tocsin_ladder *l);                     /* highest rung */
unsigned long long tocsin_ladder_hash(const tocsin_ladder *l);

/* Brings the per-day dyad aggregates up to date (new events only, or all of
 * them when the ladder changed). */
int tocsin_analytics_refresh(tocsin_store *s, const tocsin_ladder *l, tocsin_error *err);

/* About how many events the next refresh will aggregate (0 if none, or if
 * the store is read-only): for telling the user before a long first run. */
long long tocsin_analytics_pending(tocsin_store *s, const tocsin_ladder *l);

/* ---- ladder series ---- */

typedef enum tocsin_period { TOCSIN_BY_DAY = 1, TOCSIN_BY_WEEK, TOCSIN_BY_MONTH } tocsin_period;

typedef struct tocsin_ladder_point {
    char period[11];   /* first day of the period, YYYY-MM-DD */
    long events;       /* events of the dyad in the period (both directions) */
    long quad[5];      /* by quad class 1..4 (index 0 unused) */
    long root[21];     /* by CAMEO root 1..20 */
    double goldstein_sum, goldstein_mean;
    int max_rung;      /* highest rung reached in the period */
    double level;      /* smoothed level (exponential, half-life 2 periods) */
    double share;      /* events per 1,000 coded events of the period (all dyads) */
} tocsin_ladder_point;

typedef int (*tocsin_ladder_fn)(void *ud, const tocsin_ladder_point *p);

/* The ladder of dyad a-b (countries or full codes, both directions) from
 * since to until (NULL = open), period by period; empty periods between the
 * first and the last one are included with zero counts. */
int tocsin_ladder_series(tocsin_store *s, const tocsin_ladder *l, const char *a, const char *b,
                         tocsin_period by, const char *since, const char *until, tocsin_ladder_fn fn,
                         void *ud, tocsin_error *err);

/* ---- alerts ---- */

typedef enum tocsin_alert_kind {
    TOCSIN_ALERT_NEW_RUNG = 1,   /* a dyad reaches a rung not reached in the look-back window */
    TOCSIN_ALERT_THIRD_PARTY,    /* a third party enters an active conflict on one side */
    TOCSIN_ALERT_ALLIANCE,       /* an alliance forms or deepens */
    TOCSIN_ALERT_BALANCE,        /* the balance of cooperation and conflict shifts sharply */
    TOCSIN_ALERT_SURGE,          /* material conflict far above its look-back rate */
    TOCSIN_ALERT_ESCALATION,     /* a dyad already at a rung: that rung's events at twice or more
                                    their expected level (fighting that doubles) */
    TOCSIN_ALERT_FIGHTING        /* none of the above, but the dyad fights on 5 or more independent
                                    events: the war goes on (ranked by the same score) */
} tocsin_alert_kind;

/* A third party's involvement in a war, a ladder of its own. */
typedef enum tocsin_involvement {
    TOCSIN_INVOLVE_NONE = 0,
    TOCSIN_INVOLVE_BACKING,   /* diplomatic backing: 051-053, 032, 0312 */
    TOCSIN_INVOLVE_ARMS,      /* arms and aid: 062, 070-072, 0311, 0331, 0332 */
    TOCSIN_INVOLVE_TROOPS,    /* troops deployed: 074, 0334 */
    TOCSIN_INVOLVE_FIGHTING   /* fighting alongside: the third party fights the enemy */
} tocsin_involvement;

/* "diplomatic backing", "arms and aid", "troops", "fighting alongside" ("" for none). */
const char *tocsin_involvement_name(tocsin_involvement v);

/* "new-rung", "third-party", "alliance", "balance", "surge", "escalation", "fighting"
 * ("?" otherwise):
 * the names the CLI, the API and the charts use. */
const char *tocsin_alert_kind_name(tocsin_alert_kind k);

#define TOCSIN_ALERT_EVIDENCE 8

typedef struct tocsin_alert {
    tocsin_alert_kind kind;
    char actor_a[16], actor_b[16]; /* the dyad (for third parties: the side joined, the enemy) */
    char third[16];                /* the third party, or "" */
    char first[11], last[11];      /* the episode's first and last day */
    int rung, prior_rung;          /* the window's highest rung and the look-back's */
    double severity;               /* the one score (doc/alerts.md), 0-120; higher first */
    char why[640];                 /* the rules that fired and their numbers */
    long long evidence[TOCSIN_ALERT_EVIDENCE]; /* event ids, most telling first */
    int n_evidence;
    /* the score's parts (doc/alerts.md) */
    unsigned reasons;              /* the rules that fired: bit (1 << kind) each; kind is the main one */
    int scored_rung;               /* the rung (or involvement level) the score counts at and above */
    double count, expected;        /* the window's events there, and how many the history predicts */
    double independent;            /* independent events: per day, 1 + log2(reports) */
    double log10p;                 /* log10 of how likely so many (or a miscoding of all) were */
    char rarity[64];               /* that in plain words: "about once in 40 years for this dyad" */
    int involvement;               /* third parties: a tocsin_involvement */
    double attention;              /* doublings of the dyad's news (events of every kind) over its
                                      usual rate, 0 if not more; 0 for third parties and alliances */
    double previous;               /* events at the scored rung or above in the days just before the
                                      window, as many as it has: an onset has none, a war that goes
                                      on has its last weeks; -1 for third parties and alliances */
} tocsin_alert;

/* 1 if the alert names actor as one of its sides or its third party. Alerts
 * are between countries and organisations, so a country code with a sector
 * (RUSMIL) matches its country (RUS). */
int tocsin_alert_involves(const tocsin_alert *a, const char *actor);

typedef struct tocsin_alert_options {
    const char *since, *until; /* the window (NULL = the last 30 days of data .. the end) */
    int lookback_days;         /* 0 = 90 */
    int min_rung;              /* only new-rung alerts at or above; 0 = 3 */
    int max_alerts;            /* 0 = 50 */
    int history_days;          /* the history the score compares with; 0 = 180 */
} tocsin_alert_options;

/* Alerts of the window, ranked by severity, one per dyad (its rules merged
 * into one alert; a third party's alert is keyed on the third party and the
 * side it backs). The
 * array is malloc'ed into *out (free it), its length in *n. */
int tocsin_alerts(tocsin_store *s, const tocsin_ladder *l, const tocsin_alert_options *o,
                  tocsin_alert **out, size_t *n, tocsin_error *err);

/* ---- network ---- */

typedef struct tocsin_edge {
    char a[16], b[16];    /* countries or organisations (first three letters of codes) */
    long coop, conflict;  /* events of quad 1-2 and 3-4, both directions */
    double goldstein;     /* sum */
    int max_rung;
} tocsin_edge;

/* Edges of the actor graph from since to until, strongest first (by
 * events), at most max_edges (0 = 200), dyads with at least min_events. */
int tocsin_network(tocsin_store *s, const tocsin_ladder *l, const char *since, const char *until,
                   int min_events, int max_edges, tocsin_edge **out, size_t *n, tocsin_error *err);

/* out = date + days (YYYY-MM-DD); returns 0, or TOCSIN_EINVAL for a bad date. */
int tocsin_date_shift(const char *date, int days, char out[11]);

/* The last event date in the database (YYYY-MM-DD) into out[11]; "" if none. */
int tocsin_last_date(tocsin_store *s, char out[11], tocsin_error *err);
/* The first one; "" if none. */
int tocsin_first_date(tocsin_store *s, char out[11], tocsin_error *err);

#ifdef __cplusplus
}
#endif
#endif
