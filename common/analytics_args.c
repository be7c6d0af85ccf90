/* analytics_args.c - shared set-up for ladder, alerts, network, chart, report. */
#include "analytics_args.h"
#include "clidate.h"
#include "names.h"

#include "dictload.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int analytics_option(const char *prog, const char *opt, const char *val, analytics_args *a)
{
    if (!strcmp(opt, "--db"))
        a->db = val;
    else if (!strcmp(opt, "--dict"))
        a->dict = val;
    else if (!strcmp(opt, "--ladder"))
        a->ladder = val;
    else if (!strcmp(opt, "--since") || !strcmp(opt, "--until")) {
        const char *d = cli_date(prog, opt, val);
        if (!d)
            return -1;
        *(opt[2] == 's' ? &a->since : &a->until) = d;
    } else
        return 0;
    return 1;
}

int parse_window(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || v <= 0 || v > 100000)
        return -1;
    if (!*end || !strcmp(end, "d"))
        return (int)v;
    if (!strcmp(end, "w"))
        return (int)(v * 7);
    if (!strcmp(end, "m"))
        return (int)(v * 30);
    if (!strcmp(end, "y"))
        return (int)(v * 365);
    return -1;
}

int open_analytics(const char *prog, const char *db, const char *dict, const char *ladder_path,
                   tocsin_store **s, tocsin_ladder **l)
{
    tocsin_error err;
    memset(&err, 0, sizeof err);
    *s = NULL;
    *l = NULL;
    char path[4096];
    fe_names_dir(dict); /* the names of codes come from the same dictionaries */
    if (!ladder_path) {
        snprintf(path, sizeof path, "%s/ladder.txt", cli_dict_dir(dict));
        ladder_path = path;
    }
    if (tocsin_ladder_load(ladder_path, l, &err)) {
        if (err.line)
            fprintf(stderr, "%s: %s:%ld: %s\n", prog, err.file, err.line, err.message);
        else
            fprintf(stderr, "%s: %s: %s\n", prog, err.file, err.message);
        return 1;
    }
    /* writable when possible, so the aggregates can be brought up to date */
    if (tocsin_store_open(db, 0, s, &err)) {
        memset(&err, 0, sizeof err);
        if (tocsin_store_open(db, TOCSIN_STORE_READONLY, s, &err)) {
            fprintf(stderr, "%s: %s: %s\n", prog, err.file, err.message);
            tocsin_ladder_free(*l);
            *l = NULL;
            return 1;
        }
    }
    /* the first query on a large store aggregates every event once: say so */
    long long pending = tocsin_analytics_pending(*s, *l);
    if (pending >= 200000)
        fprintf(stderr, "%s: bringing the per-day aggregates up to date (%lld events; about %lld s,"
                        " done once, then incremental)...\n",
                prog, pending, pending / 50000 + 1);
    return 0;
}
