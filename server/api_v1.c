/* api_v1.c - the endpoints of the JSON API v1 (doc/api.md). Items are
 * written by jsonw.c, so they are those of the commands' JSON output. Every
 * list is bounded: limits are checked by the router's helpers and the
 * ladder's number of periods is capped. */
#include "api_int.h"
#include "common/jsonw.h"
#include "common/names.h"
#include "common/places.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define MAX_OFFSET 100000 /* deeper paging is an export: tocsin export */
#define MAX_POINTS 5000   /* periods of one ladder answer */
#define MAX_STORY_EVENTS 1000
#define ALL_ALERTS 1000   /* alerts asked of the library before filtering */
#define ALL_EDGES 100000  /* edges asked of the library before filtering */

static const char *or_null(const char *d)
{
    return d && d[0] ? d : NULL;
}

static int store_fail(api_req *q, int rc, const tocsin_error *err)
{
    if (rc == TOCSIN_ENOTFOUND)
        return api_fail(q, 404, "%s", err->message[0] ? err->message : "not found");
    return api_fail(q, 500, "%s", err->message[0] ? err->message : tocsin_strerror(rc));
}

static int window_start(const char *until, int days, char out[11])
{
    return until ? tocsin_date_shift(until, -(days - 1), out) : -1;
}

static int check_range(api_req *q, const char *since, const char *until)
{
    if (since && until && strcmp(since, until) > 0)
        return api_fail(q, 400, "bad 'since': after 'until'");
    return 0;
}

int v1_status(api_req *q)
{
    tocsin_json *j = q->out;
    tocsin_json_object(j);
    tocsin_json_kint(j, "events", q->snap.events);
    tocsin_json_kint(j, "stories", q->snap.stories);
    tocsin_json_kint(j, "articles", q->snap.articles);
    tocsin_json_kstr_or_null(j, "first_date", or_null(q->snap.first_date));
    tocsin_json_kstr_or_null(j, "last_date", or_null(q->snap.last_date));
    tocsin_json_kstr(j, "version", q->snap.version);
    tocsin_json_key(j, "read_only");
    tocsin_json_bool(j, !q->writable);
    tocsin_json_kstr(j, "tocsin", TOCSIN_VERSION);
    tocsin_json_object_end(j);
    return 200;
}

/* ---- events and stories ---- */

typedef struct list {
    tocsin_json *j;
    long long n, limit;
} list;

static int event_item(void *ud, const tocsin_stored_event *e)
{
    list *c = ud;
    if (c->n++ >= c->limit)
        return 0; /* the one past the page: there is a next page */
    return jw_event(c->j, e);
}

/* {"items":[ ... */
static void page_start(tocsin_json *j)
{
    tocsin_json_object(j);
    tocsin_json_key(j, "items");
    tocsin_json_array(j);
}

/* ... ],"limit":..,"offset":..,"next_offset":..} */
static void page_end(tocsin_json *j, const list *c, long long offset)
{
    tocsin_json_array_end(j);
    tocsin_json_kint(j, "limit", c->limit);
    tocsin_json_kint(j, "offset", offset);
    tocsin_json_key(j, "next_offset");
    if (c->n > c->limit)
        tocsin_json_int(j, offset + c->limit);
    else
        tocsin_json_null(j);
    tocsin_json_object_end(j);
}

/* "minLon,minLat,maxLon,maxLat" (GeoJSON's order) into the filter; -1 if bad. */
static int parse_bbox(const char *v, tocsin_event_filter *f)
{
    double x[4];
    const char *p = v;
    for (int k = 0; k < 4; k++) {
        char *end;
        errno = 0;
        x[k] = strtod(p, &end);
        if (errno || end == p || (k < 3 ? *end != ',' : *end != '\0'))
            return -1;
        p = end + 1;
    }
    if (!(x[0] >= -180 && x[2] <= 180 && x[0] <= x[2] && x[1] >= -90 && x[3] <= 90 && x[1] <= x[3]))
        return -1;
    f->has_bbox = 1;
    f->min_lon = x[0], f->min_lat = x[1], f->max_lon = x[2], f->max_lat = x[3];
    return 0;
}

#define MAX_PLACE_KEY 200 /* bytes of a place's key (feature id or name) */

/* place=KEY (tocsin_place_key: "gn:703448", "UKR", a name): printable, bounded */
static int arg_place(api_req *q, const char **out)
{
    const char *v = api_arg(q, "place");
    if (!v)
        return 0;
    size_t n = strlen(v);
    for (size_t k = 0; k < n; k++)
        if ((unsigned char)v[k] < 0x20 || v[k] == 0x7f)
            n = 0;
    if (!n || n > MAX_PLACE_KEY)
        return api_fail(q, 400, "bad 'place': expected a place's key (its feature id, as api/v1/places gives)");
    *out = v;
    return 0;
}

/* The filters events and places share: actor, a, b, directed, since, until,
 * code, country, bbox, place. */
static int event_filter_args(api_req *q, tocsin_event_filter *f)
{
    int directed = 0;
    const char *code = api_arg(q, "code");
    if (api_arg_actor(q, "actor", &f->actor) || api_arg_actor(q, "a", &f->dyad_a) ||
        api_arg_actor(q, "b", &f->dyad_b) || api_arg_bool(q, "directed", &directed) ||
        api_arg_date(q, "since", &f->since) || api_arg_date(q, "until", &f->until) ||
        check_range(q, f->since, f->until) || arg_place(q, &f->place))
        return q->status;
    if (code && (strlen(code) < 2 || strlen(code) > 4 || strspn(code, "0123456789") != strlen(code)))
        return api_fail(q, 400, "bad 'code': expected a CAMEO code or prefix of 2 to 4 digits");
    if (!f->dyad_a != !f->dyad_b)
        return api_fail(q, 400, "bad '%s': 'a' and 'b' go together", f->dyad_a ? "b" : "a");
    if (directed && !f->dyad_a)
        return api_fail(q, 400, "bad 'directed': needs 'a' and 'b'");
    /* where: country=UKR (ISO 3166-1 alpha-3), bbox=minLon,minLat,maxLon,maxLat */
    const char *country = api_arg(q, "country"), *bbox = api_arg(q, "bbox");
    if (country && (strlen(country) != 3 || strspn(country, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3))
        return api_fail(q, 400, "bad 'country': expected an ISO 3166-1 alpha-3 code (UKR)");
    f->country = country;
    if (bbox && parse_bbox(bbox, f))
        return api_fail(q, 400, "bad 'bbox': expected minLon,minLat,maxLon,maxLat in degrees");
    f->directed = directed;
    f->code = code;
    return 0;
}

int v1_events(api_req *q)
{
    tocsin_event_filter f;
    memset(&f, 0, sizeof f);
    long long limit = 100, offset = 0;
    if (event_filter_args(q, &f) || api_arg_int(q, "limit", 1, 1000, &limit) ||
        api_arg_int(q, "offset", 0, MAX_OFFSET, &offset))
        return q->status;
    f.limit = limit + 1;
    f.offset = offset;
    list c = {q->out, 0, limit};
    tocsin_error err;
    memset(&err, 0, sizeof err);
    page_start(q->out);
    int rc = tocsin_store_events(q->s, &f, event_item, &c, &err);
    if (rc)
        return store_fail(q, rc, &err);
    page_end(q->out, &c, offset);
    return 200;
}

#define MAX_PLACES 5000 /* places of one answer */

/* The located events of the filter, place by place, most events first: the
 * dashboard's map. */
int v1_places(api_req *q)
{
    tocsin_event_filter f;
    memset(&f, 0, sizeof f);
    long long limit = 1000;
    if (event_filter_args(q, &f) || api_arg_int(q, "limit", 1, MAX_PLACES, &limit))
        return q->status;
    fe_places p;
    memset(&p, 0, sizeof p);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = fe_places_collect(q->s, &f, (size_t)limit, &p, &err);
    if (rc) {
        fe_places_free(&p);
        return store_fail(q, rc, &err);
    }
    tocsin_json *j = q->out;
    size_t n = p.n;
    long shown = 0;
    for (size_t k = 0; k < n; k++)
        shown += p.v[k].events;
    tocsin_json_object(j);
    tocsin_json_kint(j, "located", p.located);
    tocsin_json_kint(j, "unlocated", p.unlocated);
    tocsin_json_kint(j, "places", p.places);
    tocsin_json_kint(j, "shown_events", shown);
    tocsin_json_key(j, "items");
    tocsin_json_array(j);
    for (size_t k = 0; k < n; k++) {
        const fe_place *pl = &p.v[k];
        tocsin_json_object(j);
        tocsin_json_kstr(j, "key", pl->key);
        tocsin_json_kstr(j, "name", pl->name);
        tocsin_json_kstr(j, "country", pl->country);
        tocsin_json_kstr(j, "adm1", pl->adm1);
        tocsin_json_kstr(j, "feature", pl->feature);
        tocsin_json_kint(j, "type", pl->type);
        tocsin_json_kfixed(j, "lat", pl->lat, 5);
        tocsin_json_kfixed(j, "lon", pl->lon, 5);
        tocsin_json_kint(j, "events", pl->events);
        tocsin_json_key(j, "quad");
        tocsin_json_array(j);
        for (int c = 1; c <= 4; c++)
            tocsin_json_int(j, pl->quad[c]);
        tocsin_json_array_end(j);
        tocsin_json_kint(j, "quad_class", fe_place_quad(pl));
        tocsin_json_kstr(j, "first", pl->first);
        tocsin_json_kstr(j, "last", pl->last);
        tocsin_json_object_end(j);
    }
    tocsin_json_array_end(j);
    tocsin_json_kint(j, "limit", limit);
    tocsin_json_object_end(j);
    fe_places_free(&p);
    return 200;
}

static int article_item(void *ud, const tocsin_stored_article *a)
{
    list *c = ud;
    jw_article(c->j, a);
    return tocsin_json_error(c->j);
}

typedef struct one {
    tocsin_json *j;
    long long story;
} one;

static int event_head(void *ud, const tocsin_stored_event *e)
{
    one *o = ud;
    jw_event_open(o->j, e);
    tocsin_json_kstr_or_null(o->j, "title", e->title);
    o->story = e->story_id;
    return tocsin_json_error(o->j);
}

/* the event as `tocsin show --format json` writes it */
int v1_event(api_req *q)
{
    tocsin_error err;
    memset(&err, 0, sizeof err);
    one o = {q->out, 0};
    int rc = tocsin_store_event(q->s, strtoll(q->id, NULL, 10), event_head, &o, &err);
    if (rc)
        return store_fail(q, rc, &err);
    tocsin_json_key(q->out, "sources");
    tocsin_json_array(q->out);
    list c = {q->out, 0, 0};
    if (o.story && (rc = tocsin_store_story_articles(q->s, o.story, article_item, &c, &err)))
        return store_fail(q, rc, &err);
    tocsin_json_array_end(q->out);
    tocsin_json_object_end(q->out);
    return 200;
}

static int story_item(void *ud, const tocsin_story *st)
{
    list *c = ud;
    if (c->n++ >= c->limit)
        return 0;
    jw_story(c->j, st);
    return tocsin_json_error(c->j);
}

int v1_stories(api_req *q)
{
    long long limit = 50, offset = 0;
    if (api_arg_int(q, "limit", 1, 1000, &limit) || api_arg_int(q, "offset", 0, MAX_OFFSET, &offset))
        return q->status;
    list c = {q->out, 0, limit};
    tocsin_error err;
    memset(&err, 0, sizeof err);
    page_start(q->out);
    int rc = tocsin_store_stories_page(q->s, limit + 1, offset, story_item, &c, &err);
    if (rc)
        return store_fail(q, rc, &err);
    page_end(q->out, &c, offset);
    return 200;
}

static int story_head(void *ud, const tocsin_story *st)
{
    jw_story_open(ud, st);
    return tocsin_json_error(ud);
}

int v1_story(api_req *q)
{
    long long id = strtoll(q->id, NULL, 10);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_store_story(q->s, id, story_head, q->out, &err);
    if (rc)
        return store_fail(q, rc, &err);
    tocsin_json_key(q->out, "articles");
    tocsin_json_array(q->out);
    list c = {q->out, 0, 0};
    if ((rc = tocsin_store_story_articles(q->s, id, article_item, &c, &err)))
        return store_fail(q, rc, &err);
    tocsin_json_array_end(q->out);
    tocsin_json_key(q->out, "events");
    tocsin_json_array(q->out);
    tocsin_event_filter f;
    memset(&f, 0, sizeof f);
    f.story_id = id;
    f.limit = MAX_STORY_EVENTS;
    list e = {q->out, 0, MAX_STORY_EVENTS};
    if ((rc = tocsin_store_events(q->s, &f, event_item, &e, &err)))
        return store_fail(q, rc, &err);
    tocsin_json_array_end(q->out);
    tocsin_json_object_end(q->out);
    return 200;
}

/* ---- analytics ---- */

/* Alerts are the costly answer (a scan of the window's aggregates and
 * events per rule), and /alerts with its filters and every /ladder ask for
 * the same window: the list of a window is computed once per generation,
 * by one thread while the others wait, and kept for the next askers. */
#define MEMO_SLOTS 4

typedef struct alert_memo {
    unsigned long long gen;
    char since[11], until[11];
    int lookback, min_rung, busy, used;
    unsigned long long last_use;
    tocsin_alert *v;
    size_t n;
} alert_memo;

static pthread_mutex_t memo_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t memo_done = PTHREAD_COND_INITIALIZER;
static alert_memo memo[MEMO_SLOTS];
static unsigned long long memo_clock;

static int memo_is(const alert_memo *m, unsigned long long gen, const tocsin_alert_options *o)
{
    return m->used && m->gen == gen && !strcmp(m->since, o->since) && !strcmp(m->until, o->until) &&
           m->lookback == o->lookback_days && m->min_rung == o->min_rung;
}

/* The alerts of the window o->since..o->until (both set), up to
 * ALL_ALERTS of them, ranked; a copy for the caller to free. */
static int window_alerts(api_req *q, const tocsin_alert_options *o, tocsin_alert **out, size_t *n,
                         tocsin_error *err)
{
    *out = NULL;
    *n = 0;
    pthread_mutex_lock(&memo_mu);
    alert_memo *m = NULL;
    for (;;) {
        m = NULL;
        for (int k = 0; k < MEMO_SLOTS && !m; k++)
            if (memo_is(&memo[k], q->snap.gen, o))
                m = &memo[k];
        if (!m || !m->busy)
            break;
        pthread_cond_wait(&memo_done, &memo_mu); /* another thread is computing it */
    }
    if (m) {
        m->last_use = ++memo_clock;
        size_t bytes = m->n * sizeof *m->v;
        *out = malloc(bytes ? bytes : 1);
        if (*out) {
            if (bytes)
                memcpy(*out, m->v, bytes);
            *n = m->n;
        }
        pthread_mutex_unlock(&memo_mu);
        return *out ? 0 : TOCSIN_ENOMEM;
    }
    /* take the least recently used idle slot and compute outside the lock */
    for (int k = 0; k < MEMO_SLOTS; k++)
        if (!memo[k].busy && (!m || memo[k].last_use < m->last_use))
            m = &memo[k];
    if (m) {
        free(m->v);
        memset(m, 0, sizeof *m);
        m->used = m->busy = 1;
        m->gen = q->snap.gen;
        snprintf(m->since, sizeof m->since, "%s", o->since);
        snprintf(m->until, sizeof m->until, "%s", o->until);
        m->lookback = o->lookback_days;
        m->min_rung = o->min_rung;
        m->last_use = ++memo_clock;
    }
    pthread_mutex_unlock(&memo_mu);
    tocsin_alert_options all = *o;
    all.max_alerts = ALL_ALERTS;
    int rc = tocsin_alerts(q->s, q->l, &all, out, n, err);
    if (!m)
        return rc;
    pthread_mutex_lock(&memo_mu);
    m->busy = 0;
    if (rc || !(m->v = malloc(*n ? *n * sizeof **out : 1))) {
        m->used = 0; /* not kept: the next asker tries again */
    } else {
        if (*n)
            memcpy(m->v, *out, *n * sizeof **out);
        m->n = *n;
    }
    pthread_cond_broadcast(&memo_done);
    pthread_mutex_unlock(&memo_mu);
    return rc;
}

void v1_cleanup(void)
{
    pthread_mutex_lock(&memo_mu);
    for (int k = 0; k < MEMO_SLOTS; k++) {
        free(memo[k].v);
        memset(&memo[k], 0, sizeof memo[k]);
    }
    pthread_mutex_unlock(&memo_mu);
}

static int ci_contains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++) {
        size_t i = 0;
        while (i < n && hay[i] && (hay[i] | 0x20) == (needle[i] | 0x20))
            i++;
        if (i == n)
            return 1;
    }
    return n == 0;
}

int v1_dyads(api_req *q)
{
    const char *since = NULL, *until = NULL, *needle = api_arg(q, "q");
    long long limit = 200;
    if (api_arg_date(q, "since", &since) || api_arg_date(q, "until", &until) ||
        api_arg_int(q, "limit", 1, 1000, &limit) || check_range(q, since, until))
        return q->status;
    if (needle && (strlen(needle) > 15 || strspn(needle, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                        "0123456789") != strlen(needle)))
        return api_fail(q, 400, "bad 'q': expected up to 15 letters or digits");
    tocsin_edge *v = NULL;
    size_t n = 0;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_network(q->s, q->l, since, until, 1, needle && *needle ? ALL_EDGES : (int)limit, &v, &n, &err);
    if (rc)
        return store_fail(q, rc, &err);
    tocsin_json *j = q->out;
    tocsin_json_object(j);
    tocsin_json_key(j, "items");
    tocsin_json_array(j);
    long long shown = 0;
    for (size_t k = 0; k < n && shown < limit; k++) {
        const tocsin_edge *e = &v[k];
        if (needle && !ci_contains(e->a, needle) && !ci_contains(e->b, needle))
            continue;
        shown++;
        tocsin_json_object(j);
        tocsin_json_kstr(j, "a", e->a);
        tocsin_json_kstr(j, "b", e->b);
        tocsin_json_kint(j, "events", e->coop + e->conflict);
        tocsin_json_kint(j, "cooperation", e->coop);
        tocsin_json_kint(j, "conflict", e->conflict);
        tocsin_json_kint(j, "max_rung", e->max_rung);
        tocsin_json_kstr(j, "rung_name", tocsin_ladder_name(q->l, e->max_rung));
        jw_actor_name(j, "a_name", e->a);
        jw_actor_name(j, "b_name", e->b);
        tocsin_json_object_end(j);
    }
    tocsin_json_array_end(j);
    tocsin_json_object_end(j);
    free(v);
    return 200;
}

typedef struct points {
    tocsin_json *j;
    const tocsin_ladder *l;
    long n;
} points;

static int point_item(void *ud, const tocsin_ladder_point *p)
{
    points *c = ud;
    if (c->n++ >= MAX_POINTS)
        return TOCSIN_ELIMIT;
    jw_ladder_point(c->j, c->l, p);
    return tocsin_json_error(c->j);
}

static int same_side(const char *x, const char *key)
{
    return !strcmp(x, key);
}

int v1_ladder(api_req *q)
{
    const char *a = NULL, *b = NULL, *since = NULL, *until = NULL, *by = api_arg(q, "by");
    if (api_arg_actor(q, "a", &a) || api_arg_actor(q, "b", &b) || api_arg_date(q, "since", &since) ||
        api_arg_date(q, "until", &until) || check_range(q, since, until))
        return q->status;
    if (!a || !b)
        return api_fail(q, 400, "bad '%s': required", a ? "b" : "a");
    tocsin_period period = TOCSIN_BY_WEEK;
    if (by && !strcmp(by, "day"))
        period = TOCSIN_BY_DAY;
    else if (by && !strcmp(by, "month"))
        period = TOCSIN_BY_MONTH;
    else if (by && strcmp(by, "week"))
        return api_fail(q, 400, "bad 'by': expected day, week or month");
    tocsin_json *j = q->out;
    tocsin_json_object(j);
    tocsin_json_kstr(j, "a", a);
    tocsin_json_kstr(j, "b", b);
    jw_actor_name(j, "a_name", a);
    jw_actor_name(j, "b_name", b);
    tocsin_json_kstr(j, "by", period == TOCSIN_BY_DAY ? "day" : period == TOCSIN_BY_MONTH ? "month" : "week");
    tocsin_json_key(j, "rungs");
    tocsin_json_array(j);
    for (int r = 1; r <= tocsin_ladder_top(q->l); r++) {
        tocsin_json_object(j);
        tocsin_json_kint(j, "rung", r);
        tocsin_json_kstr(j, "name", tocsin_ladder_name(q->l, r));
        tocsin_json_object_end(j);
    }
    tocsin_json_array_end(j);
    tocsin_json_key(j, "points");
    tocsin_json_array(j);
    points c = {j, q->l, 0};
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_ladder_series(q->s, q->l, a, b, period, since, until, point_item, &c, &err);
    if (rc == TOCSIN_ELIMIT)
        return api_fail(q, 400, "bad 'since': more than %d periods; narrow since/until or use a longer 'by'",
                        MAX_POINTS);
    if (rc)
        return store_fail(q, rc, &err);
    tocsin_json_array_end(j);
    tocsin_json_key(j, "alerts");
    tocsin_json_array(j);
    /* the dyad's alerts (both ways round, or a third party joining it) in
       the window /api/v1/alerts takes by default, ending at until: the
       same computation, shared */
    tocsin_alert_options o;
    memset(&o, 0, sizeof o);
    char w0[11];
    o.until = until ? until : or_null(q->snap.last_date);
    if (!window_start(o.until, 30, w0))
        o.since = w0;
    tocsin_alert *v = NULL;
    size_t n = 0;
    if (o.since && (rc = window_alerts(q, &o, &v, &n, &err)))
        return store_fail(q, rc, &err);
    char ka[16], kb[16];
    api_actor_key(a, ka);
    api_actor_key(b, kb);
    for (size_t k = 0; k < n; k++) {
        const tocsin_alert *x = &v[k];
        if (!((same_side(x->actor_a, ka) && same_side(x->actor_b, kb)) ||
              (same_side(x->actor_a, kb) && same_side(x->actor_b, ka))))
            continue;
        jw_alert(j, q->s, q->l, x, k + 1);
    }
    free(v);
    tocsin_json_array_end(j);
    tocsin_json_object_end(j);
    return 200;
}

typedef struct ranked {
    const tocsin_alert *a;
    size_t rank;
} ranked;

static int newest_first(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    int c = strcmp(b->a->last, a->a->last);
    return c ? c : (a->rank > b->rank) - (a->rank < b->rank);
}

typedef struct at {
    const char *place, *country;
    int yes;
} at;

static int evidence_at(void *ud, const tocsin_stored_event *e)
{
    at *w = ud;
    const char *key = tocsin_place_key(e->geo_feature, e->geo_name);
    if ((!w->place || (key && !strcmp(key, w->place))) &&
        (!w->country || (e->geo_country && !strcmp(e->geo_country, w->country))))
        w->yes = 1;
    return 0;
}

/* place=, country=: an alert is kept when one of its evidence events happened
 * there (the events the alert shows; its other events are not looked at). */
static int alert_at(api_req *q, const tocsin_alert *a, const char *place, const char *country)
{
    if (!place && !country)
        return 1;
    at w = {place, country, 0};
    tocsin_error err;
    for (int e = 0; e < a->n_evidence && !w.yes; e++) {
        memset(&err, 0, sizeof err);
        tocsin_store_event(q->s, a->evidence[e], evidence_at, &w, &err);
    }
    return w.yes;
}

int v1_alerts(api_req *q)
{
    const char *since = NULL, *until = NULL, *actor = NULL, *sort = api_arg(q, "sort");
    const char *lookback = api_arg(q, "lookback");
    const char *place = NULL, *country = api_arg(q, "country");
    long long min_rung = 0, max = 50;
    if (country && (strlen(country) != 3 || strspn(country, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3))
        return api_fail(q, 400, "bad 'country': expected an ISO 3166-1 alpha-3 code (UKR)");
    if (api_arg_date(q, "since", &since) || api_arg_date(q, "until", &until) ||
        api_arg_actor(q, "actor", &actor) || check_range(q, since, until) || arg_place(q, &place) ||
        api_arg_int(q, "min_rung", 1, tocsin_ladder_top(q->l), &min_rung) ||
        api_arg_int(q, "max", 1, 1000, &max))
        return q->status;
    int newest = sort && !strcmp(sort, "newest");
    if (sort && !newest && strcmp(sort, "severity"))
        return api_fail(q, 400, "bad 'sort': expected severity or newest");
    tocsin_alert_options o;
    memset(&o, 0, sizeof o);
    if (lookback) {
        long long days = 0;
        if (api_arg_int(q, "lookback", 1, 3650, &days))
            return q->status;
        o.lookback_days = (int)days;
    }
    /* the window the CLI takes: the last 30 days of data */
    char w0[11] = "";
    o.until = until ? until : or_null(q->snap.last_date);
    if (since)
        o.since = since;
    else if (!window_start(o.until, 30, w0))
        o.since = w0;
    o.min_rung = (int)min_rung;
    tocsin_json *j = q->out;
    tocsin_json_object(j);
    tocsin_json_kstr_or_null(j, "since", o.since);
    tocsin_json_kstr_or_null(j, "until", o.until);
    tocsin_json_key(j, "items");
    tocsin_json_array(j);
    tocsin_alert *v = NULL;
    size_t n = 0;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = o.since && o.until ? window_alerts(q, &o, &v, &n, &err) : 0;
    if (rc)
        return store_fail(q, rc, &err);
    ranked *pick = calloc(n ? n : 1, sizeof *pick);
    if (!pick) {
        free(v);
        return api_fail(q, 500, "out of memory");
    }
    size_t m = 0;
    for (size_t k = 0; k < n && m < (size_t)max; k++)
        if ((!actor || tocsin_alert_involves(&v[k], actor)) && alert_at(q, &v[k], place, country))
            pick[m++] = (ranked){&v[k], k + 1};
    if (newest)
        qsort(pick, m, sizeof *pick, newest_first);
    for (size_t k = 0; k < m; k++)
        jw_alert(j, q->s, q->l, pick[k].a, pick[k].rank);
    tocsin_json_array_end(j);
    tocsin_json_object_end(j);
    free(pick);
    free(v);
    return 200;
}

typedef struct node {
    const char *id;
    long events;
} node;

static int by_events(const void *x, const void *y)
{
    const node *a = x, *b = y;
    if (a->events != b->events)
        return a->events < b->events ? 1 : -1;
    return strcmp(a->id, b->id);
}

int v1_network(api_req *q)
{
    const char *since = NULL, *until = NULL, *actor = NULL;
    long long min_events = 1, max_edges = 200;
    if (api_arg_date(q, "since", &since) || api_arg_date(q, "until", &until) ||
        api_arg_actor(q, "actor", &actor) || check_range(q, since, until) ||
        api_arg_int(q, "min_events", 1, 1000000000, &min_events) ||
        api_arg_int(q, "max_edges", 1, 5000, &max_edges))
        return q->status;
    /* the window the CLI takes: 90 days up to the last event */
    char from[11] = "";
    const char *end = until ? until : or_null(q->snap.last_date);
    if (since)
        snprintf(from, sizeof from, "%s", since);
    else if (window_start(end, 90, from))
        from[0] = '\0';
    tocsin_edge *v = NULL;
    size_t n = 0;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_network(q->s, q->l, or_null(from), end, (int)min_events, actor ? ALL_EDGES : (int)max_edges,
                            &v, &n, &err);
    if (rc)
        return store_fail(q, rc, &err);
    char key[16];
    if (actor)
        api_actor_key(actor, key);
    size_t m = 0;
    for (size_t k = 0; k < n && m < (size_t)max_edges; k++)
        if (!actor || !strcmp(v[k].a, key) || !strcmp(v[k].b, key))
            v[m++] = v[k];
    node *nodes = calloc(2 * m + 1, sizeof *nodes);
    if (!nodes) {
        free(v);
        return api_fail(q, 500, "out of memory");
    }
    size_t nn = 0;
    for (size_t k = 0; k < m; k++)
        for (int side = 0; side < 2; side++) {
            const char *id = side ? v[k].b : v[k].a;
            size_t j = 0;
            while (j < nn && strcmp(nodes[j].id, id))
                j++;
            if (j == nn)
                nodes[nn++] = (node){id, 0};
            nodes[j].events += v[k].coop + v[k].conflict;
        }
    qsort(nodes, nn, sizeof *nodes, by_events);
    tocsin_json *w = q->out;
    tocsin_json_object(w);
    tocsin_json_kstr(w, "from", from);
    tocsin_json_kstr(w, "until", end);
    tocsin_json_key(w, "nodes");
    tocsin_json_array(w);
    for (size_t k = 0; k < nn; k++) {
        tocsin_json_object(w);
        tocsin_json_kstr(w, "id", nodes[k].id);
        jw_actor_name(w, "name", nodes[k].id);
        tocsin_json_kint(w, "events", nodes[k].events);
        tocsin_json_object_end(w);
    }
    tocsin_json_array_end(w);
    tocsin_json_key(w, "edges");
    tocsin_json_array(w);
    for (size_t k = 0; k < m; k++)
        jw_edge(w, &v[k]);
    tocsin_json_array_end(w);
    tocsin_json_object_end(w);
    free(nodes);
    free(v);
    return 200;
}
