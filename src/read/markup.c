/* markup.c - libxml2 set-up and text collection shared by the HTML and feed
 * readers (see markup.h). */
#include "markup.h"

#include <libxml/parser.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void quiet_generic(void *ctx, const char *msg, ...) {}
static void quiet_structured(void *ctx, xmlErrorPtr e) {}

void ts_xml_quiet_begin(ts_xml_quiet *q)
{
    pthread_once(&init_once, xmlInitParser);
    q->generic = xmlGenericError;
    q->generic_ctx = xmlGenericErrorContext;
    q->structured = xmlStructuredError;
    q->structured_ctx = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(NULL, quiet_generic);
    xmlSetStructuredErrorFunc(NULL, quiet_structured);
}

void ts_xml_quiet_end(const ts_xml_quiet *q)
{
    xmlSetGenericErrorFunc(q->generic_ctx, q->generic);
    xmlSetStructuredErrorFunc(q->structured_ctx, q->structured);
}

const char *ts_xml_attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && ts_ascii_ieq((const char *)a->name, name))
            return a->children && a->children->type == XML_TEXT_NODE && a->children->content
                       ? (const char *)a->children->content
                       : NULL;
    return NULL;
}

int ts_ascii_ieq(const char *a, const char *b)
{
    for (;; a++, b++) {
        int x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x += 32;
        if (y >= 'A' && y <= 'Z')
            y += 32;
        if (x != y)
            return 0;
        if (!x)
            return 1;
    }
}

/* Length of the valid UTF-8 sequence at s[0], or 0 (overlong forms,
 * surrogates and code points past U+10FFFF are invalid). */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t k = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!k || k > n)
        return 0;
    for (size_t j = 1; j < k; j++)
        if ((s[j] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) || (c == 0xF0 && s[1] < 0x90) ||
        (c == 0xF4 && s[1] > 0x8F))
        return 0;
    return k;
}

int ts_text_put(ts_buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        int space = u[i] <= ' ' || (u[i] == 0xC2 && i + 1 < n && u[i + 1] == 0xA0);
        if (space) {
            i += u[i] == 0xC2 ? 2 : 1;
            if (b->len && b->p[b->len - 1] != ' ') {
                int rc = ts_buf_putc(b, ' ');
                if (rc)
                    return rc;
            }
            continue;
        }
        /* libxml2 hands over UTF-8, but a page can smuggle bad bytes through
         * its recovery: they become U+FFFD, so the output is always valid */
        size_t k = utf8_len(u + i, n - i);
        int rc = k == 1 ? ts_buf_putc(b, (char)u[i])
                 : k    ? ts_buf_put(b, u + i, k)
                        : ts_buf_put(b, "\xEF\xBF\xBD", 3);
        if (rc)
            return rc;
        i += k ? k : 1;
    }
    return 0;
}

int ts_utf8_valid(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_len(u + i, n - i);
        if (!k)
            return 0;
        i += k;
    }
    return 1;
}

int ts_xml_text(const xmlNode *top, ts_buf *b)
{
    const xmlNode *n = top->children;
    while (n) {
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
            int rc = ts_text_put(b, (const char *)n->content, strlen((const char *)n->content));
            if (rc)
                return rc;
        } else if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        while (n != top && !n->next)
            n = n->parent;
        n = n == top ? NULL : n->next;
    }
    return 0;
}

char *ts_text_take(ts_buf *b)
{
    while (b->len && b->p[b->len - 1] == ' ')
        b->p[--b->len] = '\0';
    char *s = b->len ? b->p : NULL;
    if (!s)
        free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
    return s;
}
