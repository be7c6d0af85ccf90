/* tocsin/coder.h - the event coder: raw news text in, CAMEO events out.
 *
 * A tocsin_coder is per-thread scratch state bound to one shared, immutable
 * tocsin_dict. Feed it one document at a time:
 *
 *     tocsin_coder_begin(c, &info);
 *     tocsin_coder_feed(c, chunk, n);   // as many chunks as you like
 *     tocsin_coder_end(c);
 *
 * Events reach the sink as soon as their sentence is complete. Text is
 * streamed: memory does not grow with the document's size (a paragraph longer
 * than TOCSIN_MAX_PARAGRAPH is cut at a sentence end, else a space, else a
 * character boundary, and the cut is reported). Invalid UTF-8 is repaired
 * (each bad byte becomes a space) and reported to the diag callback with the
 * document name and byte offset. A coder is not thread-safe; use one per
 * thread. */
#ifndef TOCSIN_CODER_H
#define TOCSIN_CODER_H

#include "tocsin/dict.h"
#include "tocsin/doc.h"
#include "tocsin/event.h"
#include "tocsin/status.h"

#ifdef __cplusplus
extern "C" {
#endif

#define TOCSIN_MAX_PARAGRAPH (256u * 1024u)

typedef struct tocsin_coder tocsin_coder;

/* Receives each event; the event and every slice in it are valid only during
 * the call. Return 0 to go on, non-zero to stop coding the document. */
typedef int (*tocsin_event_fn)(void *ud, const tocsin_event *ev);

enum tocsin_code_options {
    TOCSIN_CODE_ALL = 1u << 0,       /* also emit negated and hypothetical events, flagged */
    TOCSIN_CODE_NO_BOILER = 1u << 1, /* keep lines that look like boilerplate */
    TOCSIN_CODE_NGO = 1u << 2        /* also emit events of non-governmental organisations (NGO): by
                                        default, as hand coders of event data do, an NGO's statement is
                                        attribution (the event it reports is coded) and no event has
                                        an NGO as its source or target */
};

tocsin_coder *tocsin_coder_new(const tocsin_dict *d); /* NULL when out of memory */
void tocsin_coder_free(tocsin_coder *c);              /* NULL allowed */

void tocsin_coder_set_sink(tocsin_coder *c, tocsin_event_fn fn, void *ud);
void tocsin_coder_set_diag(tocsin_coder *c, tocsin_diag_fn fn, void *ud);
void tocsin_coder_set_options(tocsin_coder *c, unsigned options);

int tocsin_coder_begin(tocsin_coder *c, const tocsin_doc_info *info);
int tocsin_coder_feed(tocsin_coder *c, const char *text, size_t n);
int tocsin_coder_end(tocsin_coder *c);

/* begin + feed + end on one buffer. */
int tocsin_code_text(tocsin_coder *c, const tocsin_doc_info *info, const char *text, size_t n);

typedef struct tocsin_coder_stats {
    uint64_t documents, sentences, events, bytes;
    uint64_t repeated;   /* sentences skipped as repeats inside their document */
    uint64_t boiler;     /* lines dropped as boilerplate */
    uint64_t bad_utf8;   /* bytes repaired */
} tocsin_coder_stats;

void tocsin_coder_get_stats(const tocsin_coder *c, tocsin_coder_stats *st);

#ifdef __cplusplus
}
#endif
#endif
