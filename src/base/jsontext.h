/* jsontext.h - JSON text written without the generator, byte for byte as the
 * JSON writer (tocsin/json.h, jsonout.c) writes it: for output built in one
 * piece, where yajl's calls per key and value cost more than the text. */
#ifndef TS_BASE_JSONTEXT_H
#define TS_BASE_JSONTEXT_H

#include "internal.h"
#include "tocsin/json.h"

/* Appends s[0..n) as a JSON string, quotes included, exactly as
 * tocsin_json_strn writes it: each byte that starts no valid UTF-8 sequence
 * becomes U+FFFD, and what yajl escapes is escaped as yajl does. */
int ts_json_put_string(ts_buf *b, const char *s, size_t n);

/* Writes text[0..n), one complete JSON value made by the caller (with
 * ts_json_put_string and the like), where a value may go, as
 * tocsin_json_strn would write a value there. */
int ts_json_raw(tocsin_json *j, const char *text, size_t n);

#endif
