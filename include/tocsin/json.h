/* tocsin/json.h - how deep a JSON text nests, measured before any parser
 * builds a tree of it. yajl's tree is built and freed recursively, so a
 * hostile line of 300,000 '[' would exhaust the stack: every caller that
 * builds a tree (page metadata, gold files, data tables) asks first. */
#ifndef TOCSIN_JSON_H
#define TOCSIN_JSON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The deepest nesting of arrays and objects in s[0..n), strings skipped;
 * counting stops once it passes cap, so the answer is at most cap + 1. */
int tocsin_json_depth(const char *s, size_t n, int cap);

#ifdef __cplusplus
}
#endif
#endif
