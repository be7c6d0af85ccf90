/* markup.h - what html.c and feed.c share around libxml2: one-time
 * initialisation, silenced error reporting, attribute lookup and capped,
 * whitespace-collapsed text collection. */
#ifndef TS_MARKUP_H
#define TS_MARKUP_H

#include "base/internal.h"

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* libxml2 reports some errors (encoding conversion, out of memory) through
 * its per-thread global handlers, which print to stderr by default; the
 * library never prints, so a parse runs between begin and end, which
 * install silent handlers and then put the caller's back. begin also
 * initialises libxml2 once per process (xmlInitParser is not safe to race). */
typedef struct ts_xml_quiet {
    xmlGenericErrorFunc generic;
    void *generic_ctx;
    xmlStructuredErrorFunc structured;
    void *structured_ctx;
} ts_xml_quiet;

void ts_xml_quiet_begin(ts_xml_quiet *q);
void ts_xml_quiet_end(const ts_xml_quiet *q);

/* The value of attribute name (lower case) of element n, or NULL. Points
 * into the tree. */
const char *ts_xml_attr(const xmlNode *n, const char *name);

/* Appends s[0..n) to b with every run of white space (ASCII spaces,
 * controls, U+00A0) turned into one space and none at the start of b.
 * Invalid UTF-8 becomes U+FFFD. Whole characters only: at b->max it stops
 * on a character boundary and returns TOCSIN_ELIMIT (what fitted is kept);
 * TOCSIN_ENOMEM; 0. */
int ts_text_put(ts_buf *b, const char *s, size_t n);

/* 1 if s[0..n) is valid UTF-8. */
int ts_utf8_valid(const char *s, size_t n);

/* Appends the text under n (text and CDATA, not entity references: their
 * children are shared with the declaration, and following them would
 * expand nested entities) with ts_text_put. Iterative, so any depth is
 * fine. Returns like ts_text_put. */
int ts_xml_text(const xmlNode *n, ts_buf *b);

/* Drops a trailing space and hands b's bytes over as a NUL-terminated
 * string owned by the caller (NULL when b is empty); b is left empty. */
char *ts_text_take(ts_buf *b);

/* 1 if the ASCII strings are equal ignoring case. */
int ts_ascii_ieq(const char *a, const char *b);

#endif
