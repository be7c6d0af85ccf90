/* tocsin/json.h - JSON in and out.
 *
 * In: how deep a JSON text nests, measured before any parser builds a tree
 * of it. yajl's tree is built and freed recursively, so a hostile line of
 * 300,000 '[' would exhaust the stack: every caller that builds a tree (page
 * metadata, gold files, data tables) asks first.
 *
 * Out: the one JSON writer of the program (the coder's events, the
 * commands' JSON, the HTTP API), yajl's generator into a growing buffer:
 * compact (no spaces, no newlines but those asked for), '/' not escaped,
 * '"', '\\' and control characters escaped by yajl (\n, \t, \u001F ...).
 * String values are checked as UTF-8 (with utf8proc, strictly: no overlong
 * forms, surrogates or code points past U+10FFFF; yajl's laxer check is off);
 * a byte that is not part of valid UTF-8 is written as U+FFFD, so whatever
 * the input, the text is valid JSON. Errors are sticky: after the first
 * (out of memory, TOCSIN_JSON_TEXT_MAX reached, a value where a key belongs,
 * an unbalanced close) every call returns it and writes nothing until
 * tocsin_json_reset. A writer is used by one thread at a time. */
#ifndef TOCSIN_JSON_H
#define TOCSIN_JSON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The deepest nesting of arrays and objects in s[0..n), strings skipped;
 * counting stops once it passes cap, so the answer is at most cap + 1. */
int tocsin_json_depth(const char *s, size_t n, int cap);

/* The most text a writer holds between two tocsin_json_clear calls. */
#define TOCSIN_JSON_TEXT_MAX ((size_t)1 << 30)

typedef struct tocsin_json tocsin_json;

/* A writer, or NULL when out of memory; free accepts NULL. */
tocsin_json *tocsin_json_new(void);
void tocsin_json_free(tocsin_json *j);

/* The text written since the last clear (NUL-terminated, never NULL) and its
 * length (len may be NULL). Valid until the next call on j. */
const char *tocsin_json_text(const tocsin_json *j, size_t *len);
/* Empties the text but keeps the place in the value being written, so that
 * a long answer can be handed out piece by piece. */
void tocsin_json_clear(tocsin_json *j);
/* After a complete value: writes sep (NULL for nothing; "\n" for JSON
 * Lines) so that another value can follow. Returns the sticky error. */
int tocsin_json_next(tocsin_json *j, const char *sep);
/* Empties the text, forgets the value being written and the error. */
void tocsin_json_reset(tocsin_json *j);
/* 0, or the first error: TOCSIN_ENOMEM, TOCSIN_ELIMIT, TOCSIN_EINVAL. */
int tocsin_json_error(const tocsin_json *j);

/* Values. Each returns 0 or the sticky error. Inside an object, a key
 * comes before each value. */
int tocsin_json_object(tocsin_json *j);     /* { */
int tocsin_json_object_end(tocsin_json *j); /* } */
int tocsin_json_array(tocsin_json *j);      /* [ */
int tocsin_json_array_end(tocsin_json *j);  /* ] */
int tocsin_json_key(tocsin_json *j, const char *key);
/* The same with its length: keys are the program's own names, written as
 * they are (not checked as UTF-8). TOCSIN_JSON_KEY takes a string literal
 * and spares the strlen, for writers that run once per event. */
int tocsin_json_keyn(tocsin_json *j, const char *key, size_t n);
#define TOCSIN_JSON_KEY(j, lit) tocsin_json_keyn((j), "" lit, sizeof(lit) - 1)
int tocsin_json_str(tocsin_json *j, const char *s); /* NULL writes "" */
int tocsin_json_strn(tocsin_json *j, const char *s, size_t n);
int tocsin_json_str_or_null(tocsin_json *j, const char *s); /* NULL writes null */
int tocsin_json_null(tocsin_json *j);
int tocsin_json_bool(tocsin_json *j, int b);
int tocsin_json_int(tocsin_json *j, long long v);
/* v with `decimals` digits after the point, as printf's "%.*f" (0..17);
 * null when v is not finite (JSON has no NaN or infinity). */
int tocsin_json_fixed(tocsin_json *j, double v, int decimals);
/* A number the caller has written (s[0..n)): refused with TOCSIN_EINVAL,
 * and nothing written, unless it is a JSON number. */
int tocsin_json_number(tocsin_json *j, const char *s, size_t n);

/* Raw text, for a writer that runs once per event (the coder's): after
 * tocsin_json_raw_value, where a value belongs, the caller writes that
 * value's text and then, inside an object, as many more keys and values
 * of it as it likes (",\"key\":value"), ending after a value; any array or
 * object it opens it closes. yajl prints the separator before the first
 * value and takes it as written. tocsin_json_raw copies s[0..n) as it is;
 * tocsin_json_raw_str writes a string value exactly as tocsin_json_strn
 * would (NULL as ""); tocsin_json_raw_int an integer as tocsin_json_int. */
int tocsin_json_raw_value(tocsin_json *j);
int tocsin_json_raw(tocsin_json *j, const char *s, size_t n);
int tocsin_json_raw_str(tocsin_json *j, const char *s, size_t n);
int tocsin_json_raw_int(tocsin_json *j, long long v);
#define TOCSIN_JSON_RAW(j, lit) tocsin_json_raw((j), "" lit, sizeof(lit) - 1)

/* A key and its value, for the common case. */
int tocsin_json_kstr(tocsin_json *j, const char *key, const char *s);
int tocsin_json_kstr_or_null(tocsin_json *j, const char *key, const char *s);
int tocsin_json_kint(tocsin_json *j, const char *key, long long v);
int tocsin_json_kfixed(tocsin_json *j, const char *key, double v, int decimals);

#ifdef __cplusplus
}
#endif
#endif
