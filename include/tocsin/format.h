/* tocsin/format.h - writing events as JSON Lines or TSV.
 *
 * JSON fields: doc, sentence, offset, length, date, source, target, code, root,
 * quad, goldstein, source_text, verb_text, target_text, flags (array of
 * names), text (the evidence sentence). TSV has the same columns in the same
 * order, tab-separated, tabs and newlines inside text replaced by spaces,
 * flags comma-separated, and an optional header line. */
#ifndef TOCSIN_FORMAT_H
#define TOCSIN_FORMAT_H

#include "tocsin/event.h"
#include "tocsin/json.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* TOCSIN_FORMAT_EXPLAIN: a block of text per event for an analyst: the
 * sentence with its source, verb and target marked, the flags, and the verb
 * pattern (dictionary file:line and the line itself, read from the file). */
typedef enum tocsin_format {
    TOCSIN_FORMAT_JSON = 0,
    TOCSIN_FORMAT_TSV = 1,
    TOCSIN_FORMAT_EXPLAIN = 2
} tocsin_format;

/* Appends one line (with its newline) to *buf, growing it with realloc.
 * buf, len and cap describe a caller-owned buffer (may start as NULL/0/0).
 * Returns 0 or TOCSIN_ENOMEM. */
int tocsin_format_event(const tocsin_event *ev, tocsin_format fmt, char **buf, size_t *len,
                        size_t *cap);

/* The same with a JSON writer the caller keeps (tocsin_json_new) for many
 * events, so that JSON output allocates nothing per event; j is reset
 * before each event. NULL: one is made for the call. */
int tocsin_format_event_with(tocsin_json *j, const tocsin_event *ev, tocsin_format fmt,
                             char **buf, size_t *len, size_t *cap);

/* The event's JSON object into j (without a newline), and its fields alone
 * (doc ... where) into an object the caller has opened, for callers that
 * add fields of their own (tocsin events, the HTTP API). Return 0 or j's
 * error. */
int tocsin_format_event_json(tocsin_json *j, const tocsin_event *ev);
int tocsin_format_event_fields(tocsin_json *j, const tocsin_event *ev);

/* The TSV header line, with newline. */
const char *tocsin_tsv_header(void);

/* Comma-separated names of the flags set in `flags` into out[cap]. */
void tocsin_flag_names(unsigned flags, char *out, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
