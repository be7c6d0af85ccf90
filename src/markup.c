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
        size_t k = u[i] < 0xC0 ? 1 : u[i] < 0xE0 ? 2 : u[i] < 0xF0 ? 3 : 4;
        if (k > n - i)
            k = n - i;
        int rc = k == 1 ? ts_buf_putc(b, (char)u[i]) : ts_buf_put(b, u + i, k);
        if (rc)
            return rc;
        i += k;
    }
    return 0;
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
