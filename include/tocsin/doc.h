/* tocsin/doc.h - what is known of a document before its text is read: its
 * id, date, name and outlet. The readers fill it, the coder and the store
 * take it (it belongs to the first stage that makes it, the readers). */
#ifndef TOCSIN_DOC_H
#define TOCSIN_DOC_H

#ifdef __cplusplus
extern "C" {
#endif

/* Document metadata. The strings are copied by tocsin_coder_begin. */
typedef struct tocsin_doc_info {
    const char *id;     /* document id (file name, JSON "id"); NULL = "" */
    const char *date;   /* YYYY-MM-DD or NULL; selects dated actor entries */
    const char *name;   /* input name used in diagnostics ("file.txt", "feed.jsonl:12") */
    int has_title;      /* 1: the first line is a headline (plain-text files) */
    const char *source; /* outlet name (JSON "source", a page's og:site_name), or NULL; not
                         * used by the coder */
    const char *url;    /* the article's URL (JSON "url"), or NULL; not used by the coder */
} tocsin_doc_info;

#ifdef __cplusplus
}
#endif
#endif
