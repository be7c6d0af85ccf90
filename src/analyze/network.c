/* network.c - the signed, weighted actor graph of a window. */
#include "tocsin/analytics.h"

#include "base/internal.h"
#include "store/db.h"
#include "store/store_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int tocsin_network(tocsin_store *s, const tocsin_ladder *l, const char *since, const char *until,
                   int min_events, int max_edges, tocsin_edge **out, size_t *n, tocsin_error *err)
{
    *out = NULL;
    *n = 0;
    int rc = tocsin_analytics_refresh(s, l, err);
    if (rc)
        return rc;
    ts_stmt *st = NULL;
    if (!(st = ts_db_prepare(ts_store_db(s),
                           "SELECT min(a, b), max(a, b), sum(q1 + q2), sum(q3 + q4), sum(gold), max(max_rung),"
                           " sum(n) FROM dyad_days WHERE day >= ?1 AND day <= ?2 AND a <> b GROUP BY 1, 2"
                           " HAVING sum(n) >= ?3 ORDER BY sum(n) DESC LIMIT ?4", 0))) {
        ts_error_set(err, TOCSIN_EIO, ts_store_path(s), 0, -1, "querying the network: %s",
                     ts_db_errmsg(ts_store_db(s)));
        return TOCSIN_EIO;
    }
    ts_bind_text(st, 1, since ? since : "0000-00-00", -1);
    ts_bind_text(st, 2, until ? until : "9999-99-99", -1);
    ts_bind_int64(st, 3, min_events > 0 ? min_events : 1);
    ts_bind_int64(st, 4, max_edges > 0 ? max_edges : 200);
    tocsin_edge *v = NULL;
    size_t cap = 0;
    while (ts_stmt_step(st) == TS_ROW) {
        if (ts_vec_grow((void **)&v, &cap, *n + 1, sizeof *v, 0)) {
            rc = TOCSIN_ENOMEM;
            break;
        }
        tocsin_edge *e = &v[(*n)++];
        memset(e, 0, sizeof *e);
        snprintf(e->a, sizeof e->a, "%s", ts_col_text(st, 0));
        snprintf(e->b, sizeof e->b, "%s", ts_col_text(st, 1));
        e->coop = (long)ts_col_int64(st, 2);
        e->conflict = (long)ts_col_int64(st, 3);
        e->goldstein = ts_col_double(st, 4);
        e->max_rung = ts_col_int(st, 5);
    }
    ts_stmt_finalize(st);
    if (rc) {
        free(v);
        *n = 0;
        return rc;
    }
    *out = v;
    return 0;
}
