/* jsonw.h - the JSON objects tocsin prints, written with the library's one
 * JSON writer (tocsin/json.h: yajl's generator). The commands' JSON output
 * (events, alerts, ladder, network, stories, show, eval-alerts) and the HTTP
 * API (tocsin serve) both use these, so a field has one name and one format
 * everywhere. Each function writes one value where the writer stands (an
 * array item, the value after a key); the caller ends a JSON Lines record
 * with jw_line. */
#ifndef TOCSIN_CLI_JSONW_H
#define TOCSIN_CLI_JSONW_H

#include "tocsin/analytics.h"
#include "tocsin/json.h"
#include "tocsin/store.h"

#include <stdio.h>

/* Ends the value written with a newline, writes the text to f and empties
 * the writer for the next record. Returns 0, the writer's error, or
 * TOCSIN_EIO when f refuses it. */
int jw_line(tocsin_json *j, FILE *f);

/* "key":"North Korean military": an actor code's name ("" when unknown,
 * common/names.h), into an open object. */
void jw_actor_name(tocsin_json *j, const char *key, const char *code);

/* "source_name":..,"target_name":..,"code_name":..: what a reader calls
 * the codes, into an open object. */
void jw_names(tocsin_json *j, const char *source, const char *target, const char *code);

/* An event as `tocsin events --format jsonl` prints it: id, story,
 * n_sources, n_articles, origin, then the fields of `tocsin code` (doc ...
 * where), then source_name, target_name and code_name. Returns 0 or the
 * writer's error. */
int jw_event(tocsin_json *j, const tocsin_stored_event *e);

/* The same with the object left open, for callers that append fields. */
int jw_event_open(tocsin_json *j, const tocsin_stored_event *e);

/* An alert's evidence event: id, date, when, source, target, code, source_name,
 * target_name, code_name, where (as tocsin code writes it), n_sources, text, title. */
void jw_evidence(tocsin_json *j, const tocsin_stored_event *e);

/* An alert as `tocsin alerts --format jsonl` prints it: rank (from 1),
 * kind, a, b, third, a_name, b_name, third_name, first, last, rung,
 * rung_name, severity, why, reasons, scored_rung, count, expected,
 * independent, log10p, attention, rarity, involvement and its evidence
 * events, read from s. */
void jw_alert(tocsin_json *j, tocsin_store *s, const tocsin_ladder *l, const tocsin_alert *a, size_t rank);

/* A point of `tocsin ladder --format jsonl`: period, events, quad,
 * goldstein_sum, goldstein_mean, max_rung, rung_name, level, per_1000,
 * roots. */
void jw_ladder_point(tocsin_json *j, const tocsin_ladder *l, const tocsin_ladder_point *p);

/* An edge of `tocsin network --format json`: a, b, cooperation, conflict,
 * goldstein, sign (+1 when cooperation >= conflict, else -1), max_rung,
 * a_name, b_name. */
void jw_edge(tocsin_json *j, const tocsin_edge *e);

/* A story: id, title, date, n_articles, n_sources, n_events, sources (the
 * outlets' names). */
void jw_story(tocsin_json *j, const tocsin_story *st);

/* The same with the object left open. */
void jw_story_open(tocsin_json *j, const tocsin_story *st);

/* An article of a story: id, url, source, title, date (null when unknown). */
void jw_article(tocsin_json *j, const tocsin_stored_article *a);

#endif
