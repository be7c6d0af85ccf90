/* tocsin/reader.h - reads inputs into documents: plain-text files (one
 * article each), directories of them (recursive), JSON Lines (one article per
 * line: id, date, source, url, title, text), saved web pages (.html) and
 * standard input.
 *
 * The reader streams: plain text is passed on in chunks, never slurped; a JSON
 * line longer than TOCSIN_MAX_JSON_LINE is reported and skipped. Problems
 * (unreadable file, binary file, malformed JSON line) go to the diag callback
 * naming file:line and the rest of the input is still read. */
#ifndef TOCSIN_READER_H
#define TOCSIN_READER_H

#include "tocsin/doc.h"
#include "tocsin/status.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TOCSIN_MAX_JSON_LINE (16u * 1024u * 1024u)
/* A JSON record nested deeper than this is reported and skipped. */
#define TOCSIN_MAX_JSON_DEPTH 64

/* Where documents go: the same shape as the coder's begin/feed/end. */
typedef struct tocsin_doc_sink {
    int (*begin)(void *ud, const tocsin_doc_info *info);
    int (*feed)(void *ud, const char *text, size_t n);
    int (*end)(void *ud);
    void *ud;
} tocsin_doc_sink;

typedef enum tocsin_input_format {
    TOCSIN_INPUT_AUTO = 0, /* by extension (.jsonl/.ndjson/.json, .html/.htm), else by first bytes */
    TOCSIN_INPUT_TEXT,
    TOCSIN_INPUT_JSONL,
    TOCSIN_INPUT_HTML      /* a saved web page: main text, headline, date and URL from the markup */
} tocsin_input_format;

typedef struct tocsin_read_options {
    tocsin_input_format format;
    const char *default_date; /* used when a record has no date (--date); may be NULL */
    tocsin_diag_fn diag;
    void *diag_ud;
} tocsin_read_options;

typedef struct tocsin_read_stats {
    unsigned long long files, documents, bad_records, skipped_files, bytes;
} tocsin_read_stats;

/* Reads a file or a directory (recursively, sorted by name, at most 64
 * levels deep); "-" is stdin. Each real file (device and inode) is read once
 * per call: a second link to a file or a folder (a symlink loop) is reported
 * and skipped. A UTF-8 byte-order mark at the start is skipped; a stray NUL
 * in a text file is read as a space and reported with its byte offset.
 * Returns 0, or a negative status when the path cannot be read at all (the
 * diag callback has been told) or the sink failed. */
int tocsin_read_path(const char *path, const tocsin_read_options *opts, const tocsin_doc_sink *sink,
                     tocsin_read_stats *st);

/* Reads an open stream; name is used for document ids and diagnostics. */
int tocsin_read_stream(FILE *f, const char *name, const tocsin_read_options *opts,
                       const tocsin_doc_sink *sink, tocsin_read_stats *st);

#ifdef __cplusplus
}
#endif
#endif
