/* tocsin/ingest.h - one article into the database: fingerprint it, decide
 * whether it is new, a copy of a stored story or already stored, and code and
 * store the events of new stories. Shared by `tocsin ingest` and `tocsin
 * watch`. An ingester is single-threaded; the dictionary may be shared. */
#ifndef TOCSIN_INGEST_H
#define TOCSIN_INGEST_H

#include "tocsin/coder.h"
#include "tocsin/lang.h"
#include "tocsin/store.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tocsin_ingester tocsin_ingester;

typedef struct tocsin_ingest_stats {
    unsigned long long fresh, copies, seen, events, not_english;
    unsigned long long clashes; /* articles whose key was stored before for another article */
    unsigned long long skipped; /* articles the coder refused (reported; nothing stored) */
} tocsin_ingest_stats;

int tocsin_ingester_new(tocsin_store *s, const tocsin_dict *d, tocsin_ingester **out);
void tocsin_ingester_free(tocsin_ingester *g); /* NULL allowed */
void tocsin_ingester_set_diag(tocsin_ingester *g, tocsin_diag_fn fn, void *ud);

/* Which articles are coded (tocsin/lang.h; default TOCSIN_LANG_MODE_AUTO).
 * One left out is stored (so not fetched again), counted in not_english and
 * named to the diag callback with its guessed language. */
void tocsin_ingester_set_lang(tocsin_ingester *g, tocsin_lang_mode m);

/* Stores one article whose text is text[0..n) (the first line a headline if
 * has_title). Must run inside a store batch. Returns a tocsin_article_verdict
 * (> 0), or a negative status. Text left out by the language mode is recorded
 * as an article (so it is not fetched again) but not coded, and counted in
 * not_english; it returns TOCSIN_ARTICLE_NEW with no events. */
/* Returned for an article the coder refuses: it is reported to the diag
 * callback and nothing of it is stored; the batch goes on. */
#define TOCSIN_ARTICLE_SKIPPED 4

int tocsin_ingest_article(tocsin_ingester *g, const tocsin_article *a, const char *text, size_t n,
                          int has_title, tocsin_error *err);

void tocsin_ingester_get_stats(const tocsin_ingester *g, tocsin_ingest_stats *st);

/* The language guessed for the last new article ("en", "fr", "und"); valid
 * until the next call on g. */
const char *tocsin_ingester_last_language(const tocsin_ingester *g);

#ifdef __cplusplus
}
#endif
#endif
