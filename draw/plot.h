/* plot.h - the ladder chart of `tocsin chart` and `tocsin report`, drawn by
 * gnuplot (Debian package gnuplot-nox) run as a child process: the script
 * and its data go to gnuplot's standard input, only the picture is written
 * to disk. No user text reaches the script unquoted: actor codes are
 * checked, every string is written as a single-quoted gnuplot string (no
 * backquote or macro substitution happens there). */
#ifndef TOCSIN_CLI_PLOT_H
#define TOCSIN_CLI_PLOT_H

#include "tocsin/analytics.h"
#include "tocsin/store.h"

#include <stdio.h>

typedef enum plot_format { PLOT_NONE = 0, PLOT_PNG, PLOT_SVG } plot_format;

/* PLOT_PNG or PLOT_SVG from the file name's extension (.png, .svg, any
 * case); PLOT_NONE for anything else. */
plot_format plot_format_of(const char *path);

/* 1 if code is an actor code the charts take: 3 to 15 capital letters A-Z. */
int plot_actor_ok(const char *code);

/* 1 if an executable called name is on $PATH. */
int plot_have_program(const char *name);

/* 1 if path can be opened for writing (without truncating it; a missing
 * file is created and *created set, so that a failure can remove it);
 * otherwise prints "prog: cannot write PATH: reason" and returns 0. */
int plot_writable(const char *prog, const char *path, int *created);

/* Days from 1970-01-01 to a YYYY-MM-DD date; LONG_MIN for a malformed one. */
long plot_day_number(const char *date);

/* 1 if the alert is about dyad a-b (either order; first three letters). */
int plot_alert_matches(const tocsin_alert *al, const char *a, const char *b);

/* Writes s as a single-quoted gnuplot string (a quote doubled, a newline
 * a concatenated "\n", other control characters a space). */
void plot_gp_str(FILE *g, const char *s);

/* Runs gnuplot on the script (its standard input; its output discarded).
 * Returns 0, or prints why not (prefixed by prog) and returns 1. */
int plot_run_gnuplot(const char *prog, const char *script, size_t len);

typedef struct plot_ladder_spec {
    const char *a, *b;         /* the dyad (plot_actor_ok codes) */
    tocsin_period by;          /* day, week or month */
    const char *since, *until; /* YYYY-MM-DD, or NULL for open */
    plot_format format;        /* PNG (pngcairo, else png) or SVG, 1200 x 600 */
    const char *out;           /* the file written */
    const char *alerts_since;  /* the alerts marked are those of alerts_since .. until
                                  (NULL: of the chart's range) */
} plot_ladder_spec;

/* Draws the ladder of dyad a-b: the highest rung per period as steps on a
 * scale named by the rungs of the ladder, the smoothed level as a line,
 * events per period as light bars on the right axis, and the dyad's alerts
 * of the same range (tocsin_alerts) as arrows labelled with the rule at
 * their first day. Returns 0, or prints why not (prefixed by prog) and
 * returns 1. */
int plot_ladder(const char *prog, tocsin_store *s, const tocsin_ladder *l, const plot_ladder_spec *sp);

#endif
