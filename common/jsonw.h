/* jsonw.h - the JSON objects tocsin prints, written to a FILE*. The
 * commands' JSON output (events, alerts, ladder, network, stories, show)
 * and the HTTP API (tocsin serve, into memory streams) both use these, so a
 * field has one name and one format everywhere. Nothing here writes a
 * newline: JSON Lines callers add it. Strings are escaped per RFC 8259. */
#ifndef TOCSIN_CLI_JSONW_H
#define TOCSIN_CLI_JSONW_H

#include "tocsin/analytics.h"
#include "tocsin/store.h"

#include <stdio.h>

/* A JSON string; NULL writes "". */
void jw_str(FILE *f, const char *s);

/* A JSON string; NULL writes null. */
void jw_str_or_null(FILE *f, const char *s);

/* ,"source_name":..,"target_name":..,"code_name":..: what a reader calls the
 * codes (common/names.h; "" when unknown). */
void jw_names(FILE *f, const char *source, const char *target, const char *code);

/* An event as `tocsin events --format jsonl` prints it: id, story,
 * n_sources, n_articles, origin, then the fields of `tocsin code` (doc ...
 * text), then source_name, target_name and code_name. Returns 0 or
 * TOCSIN_ENOMEM. */
int jw_event(FILE *f, const tocsin_stored_event *e);

/* The same without the closing brace, for callers that append fields. */
int jw_event_open(FILE *f, const tocsin_stored_event *e);

/* An alert's evidence event: id, date, when, source, target, code, source_name,
 * target_name, code_name, n_sources, text, title. */
void jw_evidence(FILE *f, const tocsin_stored_event *e);

/* An alert as `tocsin alerts --format jsonl` prints it: rank (from 1),
 * kind, a, b, third, a_name, b_name, third_name, first, last, rung,
 * rung_name, severity, why and its
 * evidence events, read from s. */
void jw_alert(FILE *f, tocsin_store *s, const tocsin_ladder *l, const tocsin_alert *a, size_t rank);

/* A point of `tocsin ladder --format jsonl`: period, events, quad,
 * goldstein_sum, goldstein_mean, max_rung, rung_name, level, per_1000,
 * roots. */
void jw_ladder_point(FILE *f, const tocsin_ladder *l, const tocsin_ladder_point *p);

/* An edge of `tocsin network --format json`: a, b, cooperation, conflict,
 * goldstein, sign (+1 when cooperation >= conflict, else -1), max_rung,
 * a_name, b_name. */
void jw_edge(FILE *f, const tocsin_edge *e);

/* A story: id, title, date, n_articles, n_sources, n_events, sources (the
 * outlets' names). */
void jw_story(FILE *f, const tocsin_story *st);

/* The same without the closing brace. */
void jw_story_open(FILE *f, const tocsin_story *st);

/* An article of a story: id, url, source, title, date (null when unknown). */
void jw_article(FILE *f, const tocsin_stored_article *a);

#endif
