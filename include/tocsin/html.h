/* tocsin/html.h - main-text extraction from news web pages (libxml2's HTML
 * parser), and a language check so that non-English pages are not coded as
 * English. */
#ifndef TOCSIN_HTML_H
#define TOCSIN_HTML_H

#include "tocsin/status.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The parts of a page an event coder needs. Every string is NUL-terminated
 * and owned by the page (freed by tocsin_page_free); NULL when absent. */
typedef struct tocsin_page {
    char *title;     /* headline: og:title, twitter:title, the article's <h1>, <title> (site
                      * name cut), the first <h1>, JSON-LD headline; one that is only the
                      * site's name or page furniture ("Close", "Menu", "News") is passed over */
    char *byline;    /* author: meta author / article:author / a byline element */
    char *date;      /* YYYY-MM-DD: article:published_time, datePublished (JSON-LD), <time datetime> */
    char *canonical; /* <link rel="canonical">, else og:url */
    char *lang;      /* <html lang="..."> (as written), or NULL */
    char *text;      /* main text, one paragraph per line, blank line between paragraphs */
    size_t text_len;
    char *site;      /* the outlet's name: og:site_name, else JSON-LD publisher name, else
                      * application-name; NULL when the page does not say */
    char *date_dropped; /* when date is NULL but the page wrote one that is no date: what
                         * it wrote and why it was dropped ("2024-02-30": no such day) */
} tocsin_page;

/* Parses an HTML document of n bytes (any encoding libxml2 detects; output is
 * UTF-8) and fills *out. Drops navigation, header, footer, aside, script,
 * style, form, noscript, iframe and comments, and elements whose class or id
 * marks them as share/subscribe/newsletter/cookie/related/comment/ad boxes;
 * keeps the text of <article> (else <main>, else <body>): paragraphs,
 * headings, list items, block quotes. Caps: pages over TOCSIN_HTML_MAX bytes
 * are refused (TOCSIN_ELIMIT); text is cut at TOCSIN_HTML_MAX_TEXT. Returns 0,
 * or a negative status with err filled (file left empty for the caller). */
#define TOCSIN_HTML_MAX (16u * 1024u * 1024u)
#define TOCSIN_HTML_MAX_TEXT (2u * 1024u * 1024u)
int tocsin_html_extract(const char *html, size_t n, tocsin_page *out, tocsin_error *err);
void tocsin_page_free(tocsin_page *p); /* NULL allowed; leaves *p zeroed */

/* 1 if text of n bytes reads as English (share of common English function
 * words among its words), 0 if not, -1 if too short to tell (< 20 words). */
int tocsin_text_is_english(const char *text, size_t n);

#ifdef __cplusplus
}
#endif
#endif
