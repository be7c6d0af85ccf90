/* feed.c - RSS 2.0 (also RSS 1.0/RDF) and Atom feeds to a list of items.
 * libxml2 parses in recovery mode, because real feeds are often slightly
 * broken (a bare "&" in a URL, an HTML entity XML does not know); a feed
 * cut off in transfer is refused all the same, so that the caller fetches
 * it again instead of silently missing its end. External entities and DTDs
 * are never loaded and XML_PARSE_HUGE is off, so libxml2's limits on depth,
 * text size and entity amplification stay in force. */
#include "tocsin/feed.h"

#include "base/internal.h"
#include "markup.h"

#include <libxml/parser.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define FEED_MAX_BYTES (64u * 1024u * 1024u) /* larger input: TOCSIN_ELIMIT */
#define FIELD_MAX 4096                       /* title, guid; longer is cut */
#define LINK_MAX 4096                        /* a longer link is dropped: a cut URL is wrong */
#define SUMMARY_MAX (64u * 1024u)            /* summary; longer is cut */
#define DATE_MAX 128                         /* longer is no date */
#define PARSE_OPTS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER)

static const char ATOM_NS[] = "http://www.w3.org/2005/Atom";
static const char RSS1_NS[] = "http://purl.org/rss/1.0/";
static const char RDF_NS[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
static const char DC_NS[] = "http://purl.org/dc/elements/1.1/";
static const char CONTENT_NS[] = "http://purl.org/rss/1.0/modules/content/";

/* Element name in namespace ns (NULL: no namespace). A feed's own elements
 * are matched with their namespace, so that <media:title> is no <title>. */
static int is_el(const xmlNode *n, const char *name, const char *ns)
{
    if (n->type != XML_ELEMENT_NODE || !n->name || strcmp((const char *)n->name, name))
        return 0;
    if (!ns)
        return !n->ns || !n->ns->href;
    return n->ns && n->ns->href && !strcmp((const char *)n->ns->href, ns);
}

static const char *ns_of(const xmlNode *n)
{
    return n->ns && n->ns->href ? (const char *)n->ns->href : NULL;
}

static xmlNode *child(const xmlNode *n, const char *name, const char *ns)
{
    for (xmlNode *c = n->children; c; c = c->next)
        if (is_el(c, name, ns))
            return c;
    return NULL;
}

/* ---------- HTML in feeds ---------- */

/* Characters for the named entities that turn up in feed HTML; the rest
 * are kept as written. */
static const struct {
    const char *name;
    uint32_t cp;
} entities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026}, {"laquo", 0xAB},  {"raquo", 0xBB},
    {"copy", 0xA9},    {"reg", 0xAE},     {"euro", 0x20AC},  {"pound", 0xA3},   {"bull", 0x2022},
    {"middot", 0xB7},
};

static size_t utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* An entity at s[0] == '&': its character into out, and its length in s;
 * 0 when it is not one (the '&' is then text). */
static size_t entity(const char *s, size_t n, char out[4], size_t *outn)
{
    size_t i = 1;
    uint32_t cp = 0;
    if (i < n && s[i] == '#') {
        int hex = i + 1 < n && (s[i + 1] | 0x20) == 'x';
        i += 1 + (size_t)hex;
        size_t d0 = i;
        for (; i < n && i - d0 < 8; i++) {
            int c = (unsigned char)s[i], v;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                v = (c | 0x20) - 'a' + 10;
            else
                break;
            cp = cp * (hex ? 16u : 10u) + (uint32_t)v;
        }
        if (i == d0 || i >= n || s[i] != ';')
            return 0;
        /* controls become spaces; surrogates and out-of-range are not text */
        if (cp < 0x20 || cp == 0x7F)
            cp = ' ';
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return 0;
    } else {
        size_t d0 = i;
        while (i < n && i - d0 < 8 && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')))
            i++;
        if (i == d0 || i >= n || s[i] != ';')
            return 0;
        size_t k = 0, m = i - d0;
        for (; k < sizeof entities / sizeof entities[0]; k++)
            if (strlen(entities[k].name) == m && !memcmp(entities[k].name, s + d0, m))
                break;
        if (k == sizeof entities / sizeof entities[0])
            return 0;
        cp = entities[k].cp;
    }
    *outn = utf8_encode(cp, out);
    return i + 1;
}

static int tag_name_is(const char *s, size_t n, const char *name)
{
    size_t m = strlen(name);
    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++)
        if ((s[i] | 0x20) != name[i])
            return 0;
    return n == m || !(((s[m] | 0x20) >= 'a' && (s[m] | 0x20) <= 'z') || (s[m] >= '0' && s[m] <= '9'));
}

/* Tags that separate words; other tags (<b>, <a>, <span>) do not. */
static const char *const word_breaks[] = {"p",  "br", "div", "li",  "ul",  "ol",  "h1",
                                          "h2", "h3", "h4",  "h5",  "h6",  "tr",  "td",
                                          "th", "hr", "img", "blockquote", "table", "figure",
                                          "figcaption"};

/* HTML text to plain text: tags out (script and style with their content),
 * comments out, entities decoded, white space collapsed. A '<' that opens
 * no tag ("a < b") is text. */
static int strip_html(const char *s, size_t n, ts_buf *b)
{
    int rc = 0;
    size_t i = 0, run = 0; /* s[run..i) is text not yet copied */
    while (i < n && !rc) {
        char c = s[i];
        if (c != '<' && c != '&') {
            i++;
            continue;
        }
        if (i > run && (rc = ts_text_put(b, s + run, i - run)))
            break;
        if (c == '&') {
            char u[4];
            size_t un = 0, k = entity(s + i, n - i, u, &un);
            rc = k ? ts_text_put(b, u, un) : ts_text_put(b, "&", 1);
            i += k ? k : 1;
            run = i;
            continue;
        }
        const char *t = s + i + 1;
        size_t left = n - i - 1;
        int close = left && *t == '/';
        const char *name = t + close;
        int is_tag = left > (size_t)close && (((name[0] | 0x20) >= 'a' && (name[0] | 0x20) <= 'z') ||
                                              (!close && (name[0] == '!' || name[0] == '?')));
        if (!is_tag) {
            rc = ts_text_put(b, "<", 1);
            run = ++i;
            continue;
        }
        const char *end;
        if (left >= 3 && !memcmp(t, "!--", 3)) {
            const char *e = NULL;
            for (const char *p = t + 3; p + 2 < s + n && !e; p++)
                if (p[0] == '-' && p[1] == '-' && p[2] == '>')
                    e = p + 2;
            end = e ? e : s + n - 1;
        } else {
            /* the tag ends at '>' outside quotes */
            char quote = 0;
            end = NULL;
            for (const char *p = t; p < s + n && !end; p++) {
                if (quote)
                    quote = *p == quote ? 0 : quote;
                else if (*p == '"' || *p == '\'')
                    quote = *p;
                else if (*p == '>')
                    end = p;
            }
            if (!end)
                end = s + n - 1;
        }
        size_t name_n = (size_t)(s + n - name);
        if (!close && (tag_name_is(name, name_n, "script") || tag_name_is(name, name_n, "style"))) {
            /* skip to the matching end tag */
            const char *which = (name[1] | 0x20) == 'c' ? "</script" : "</style";
            size_t wl = strlen(which);
            const char *p = end + 1, *stop = NULL;
            for (; p + wl <= s + n && !stop; p++)
                if (p[0] == '<' && p[1] == '/' && tag_name_is(p + 2, (size_t)(s + n - p - 2), which + 2))
                    stop = p;
            if (stop) {
                end = memchr(stop, '>', (size_t)(s + n - stop));
                if (!end)
                    end = s + n - 1;
            } else {
                end = s + n - 1;
            }
        }
        for (size_t k = 0; k < sizeof word_breaks / sizeof word_breaks[0]; k++)
            if (tag_name_is(name, name_n, word_breaks[k])) {
                rc = ts_text_put(b, " ", 1);
                break;
            }
        i = (size_t)(end - s) + 1;
        run = i;
    }
    if (!rc && i > run)
        rc = ts_text_put(b, s + run, i - run);
    return rc;
}

/* ---------- fields ---------- */

enum { PLAIN, HTML };

/* The text of element n as a new string (NULL when empty). HTML text has
 * its tags stripped; cut at max bytes. */
static int field(const xmlNode *n, int kind, size_t max, char **out)
{
    *out = NULL;
    if (!n)
        return 0;
    ts_buf raw = {.max = max}, b = {.max = max};
    int rc = ts_xml_text(n, &raw);
    if (rc == TOCSIN_ELIMIT)
        rc = 0;
    if (!rc && kind == HTML && raw.len) {
        rc = strip_html(raw.p, raw.len, &b);
        if (rc == TOCSIN_ELIMIT)
            rc = 0;
        ts_buf_free(&raw);
        raw = b;
    }
    if (rc) {
        ts_buf_free(&raw);
        return rc;
    }
    *out = ts_text_take(&raw);
    return 0;
}

/* The item's date into *out; a date that is there but cannot be read is
 * kept as written in *bad (the first such), so that it is never dropped
 * silently. */
static int date_field(const xmlNode *n, char **out, char **bad)
{
    *out = NULL;
    if (!n)
        return 0;
    ts_buf b = {.max = DATE_MAX};
    int rc = ts_xml_text(n, &b);
    char d[11];
    if (!rc && b.len) {
        if (!ts_date_iso(b.p, b.len, d)) {
            if (!(*out = strdup(d)))
                rc = TOCSIN_ENOMEM;
        } else if (!*bad && !(*bad = strndup(b.p, b.len))) {
            rc = TOCSIN_ENOMEM;
        }
    } else if (rc == TOCSIN_ELIMIT && !*bad && !(*bad = strdup("(a date longer than 128 bytes)"))) {
        rc = TOCSIN_ENOMEM;
    }
    ts_buf_free(&b);
    return rc == TOCSIN_ELIMIT ? 0 : rc;
}

/* a date found after all: no complaint about an earlier field */
static void date_found(tocsin_feed_item *it)
{
    if (it->date) {
        free(it->date_text);
        it->date_text = NULL;
    }
}

static int link_field(const char *s, char **out)
{
    *out = NULL;
    if (!s)
        return 0;
    ts_buf b = {.max = LINK_MAX};
    int rc = ts_text_put(&b, s, strlen(s));
    if (rc) {
        ts_buf_free(&b);
        return rc == TOCSIN_ELIMIT ? 0 : rc;
    }
    *out = ts_text_take(&b);
    return 0;
}

/* Atom text constructs say how they are written: text, html or xhtml. */
static int atom_kind(const xmlNode *n)
{
    const char *type = n ? ts_xml_attr(n, "type") : NULL;
    return type && (!strcmp(type, "html") || !strcmp(type, "text/html")) ? HTML : PLAIN;
}

/* ---------- items ---------- */

static void item_free(tocsin_feed_item *it)
{
    free(it->guid);
    free(it->link);
    free(it->title);
    free(it->date);
    free(it->summary);
    free(it->date_text);
    memset(it, 0, sizeof *it);
}

static int rss_item(const xmlNode *n, const char *ns, tocsin_feed_item *it)
{
    const xmlNode *link = child(n, "link", ns), *guid = child(n, "guid", ns);
    const xmlNode *desc = child(n, "description", ns);
    const xmlNode *date = child(n, "pubDate", ns);
    int rc = field(child(n, "title", ns), HTML, FIELD_MAX, &it->title);
    if (!rc && link) {
        ts_buf b = {.max = LINK_MAX};
        rc = ts_xml_text(link, &b);
        if (!rc)
            rc = link_field(b.p, &it->link);
        else if (rc == TOCSIN_ELIMIT)
            rc = 0;
        ts_buf_free(&b);
    }
    if (!rc)
        rc = field(guid, PLAIN, FIELD_MAX, &it->guid);
    /* a guid is the item's address unless it says isPermaLink="false" */
    if (!rc && !it->link && it->guid && !strncmp(it->guid, "http", 4)) {
        const char *perma = ts_xml_attr(guid, "isPermaLink");
        if (!perma || strcmp(perma, "false"))
            rc = link_field(it->guid, &it->link);
    }
    if (!rc)
        rc = date_field(date, &it->date, &it->date_text);
    if (!rc && !it->date)
        rc = date_field(child(n, "date", DC_NS), &it->date, &it->date_text);
    date_found(it);
    if (!rc)
        rc = field(desc, HTML, SUMMARY_MAX, &it->summary);
    if (!rc && !it->summary)
        rc = field(child(n, "encoded", CONTENT_NS), HTML, SUMMARY_MAX, &it->summary);
    return rc;
}

static int atom_entry(const xmlNode *n, const char *ns, tocsin_feed_item *it)
{
    const xmlNode *title = child(n, "title", ns), *summary = child(n, "summary", ns);
    if (!summary)
        summary = child(n, "content", ns);
    int rc = field(title, atom_kind(title), FIELD_MAX, &it->title);
    if (!rc)
        rc = field(child(n, "id", ns), PLAIN, FIELD_MAX, &it->guid);
    /* rel="alternate" (the default) is the article; else the first link */
    const char *href = NULL, *first = NULL;
    for (const xmlNode *c = n->children; c && !href; c = c->next) {
        if (!is_el(c, "link", ns))
            continue;
        const char *h = ts_xml_attr(c, "href"), *rel = ts_xml_attr(c, "rel");
        if (h && !first)
            first = h;
        if (h && (!rel || !strcmp(rel, "alternate")))
            href = h;
    }
    if (!rc)
        rc = link_field(href ? href : first, &it->link);
    if (!rc)
        rc = date_field(child(n, "published", ns), &it->date, &it->date_text);
    if (!rc && !it->date)
        rc = date_field(child(n, "updated", ns), &it->date, &it->date_text);
    date_found(it);
    if (!rc)
        rc = field(summary, atom_kind(summary), SUMMARY_MAX, &it->summary);
    return rc;
}

/* ---------- document ---------- */

typedef struct parse_state {
    xmlParserCtxtPtr ctxt;
    int truncated;
    int line;
} parse_state;

/* An error raised with the input used up while an element is still open
 * means the data ended inside the document: the feed was cut off. (A cut
 * in a comment after the root element loses nothing.) */
static void on_error(void *ud, xmlErrorPtr e)
{
    parse_state *ps = ((xmlParserCtxtPtr)ud)->_private;
    xmlParserCtxtPtr c = ps->ctxt;
    if (!ps->truncated && c->nameNr > 0 && c->input && c->input->cur && c->input->end &&
        c->input->cur >= c->input->end) {
        ps->truncated = 1;
        ps->line = e ? e->line : 0;
    }
}

void tocsin_feed_free(tocsin_feed *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n; i++)
        item_free(&f->items[i]);
    free(f->items);
    free(f->title);
    memset(f, 0, sizeof *f);
}

int tocsin_feed_parse(const char *xml, size_t n, tocsin_feed *out, tocsin_error *err)
{
    if (!out || (!xml && n)) {
        ts_error_set(err, TOCSIN_EINVAL, NULL, 0, -1, "no feed or no output");
        return TOCSIN_EINVAL;
    }
    memset(out, 0, sizeof *out);
    if (n > FEED_MAX_BYTES) {
        ts_error_set(err, TOCSIN_ELIMIT, NULL, 0, -1, "feed of %zu bytes is over the %u-byte cap", n,
                     FEED_MAX_BYTES);
        return TOCSIN_ELIMIT;
    }
    if (!n) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, 0, "empty feed");
        return TOCSIN_EPARSE;
    }

    int rc = 0;
    ts_xml_quiet q;
    ts_xml_quiet_begin(&q);
    xmlDocPtr doc = NULL;
    parse_state ps = {0};
    size_t cap = 0;
    ps.ctxt = xmlNewParserCtxt();
    if (!ps.ctxt) {
        rc = TOCSIN_ENOMEM;
        ts_error_set(err, rc, NULL, 0, -1, "out of memory starting the XML parser");
        goto out;
    }
    ps.ctxt->_private = &ps;
    ps.ctxt->sax->serror = on_error;
    doc = xmlCtxtReadMemory(ps.ctxt, xml, (int)n, NULL, NULL, PARSE_OPTS);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        const xmlError *e = &ps.ctxt->lastError;
        rc = e->code == XML_ERR_NO_MEMORY ? TOCSIN_ENOMEM : TOCSIN_EPARSE;
        int len = e->message ? (int)strcspn(e->message, "\n") : 0;
        ts_error_set(err, rc, NULL, e->line, -1, "not XML%s%.*s%s", len ? " (" : "", len,
                     len ? e->message : "", len ? ")" : "");
        goto out;
    }

    /* RSS 2.0: rss/channel/item; RSS 1.0: rdf:RDF/item beside its channel;
     * Atom: feed/entry */
    enum { RSS, RDF, ATOM } kind;
    const char *ns = ns_of(root);
    xmlNode *list, *channel;
    if (is_el(root, "rss", ns)) {
        kind = RSS;
        list = channel = child(root, "channel", ns);
        if (!list) {
            rc = TOCSIN_EPARSE;
            ts_error_set(err, rc, NULL, root->line, -1, "RSS without a <channel>");
            goto out;
        }
    } else if (is_el(root, "RDF", RDF_NS)) {
        kind = RDF;
        ns = RSS1_NS;
        list = root;
        channel = child(root, "channel", ns);
    } else if (is_el(root, "feed", ATOM_NS) || is_el(root, "feed", NULL)) {
        kind = ATOM;
        list = channel = root;
    } else {
        rc = TOCSIN_EPARSE;
        ts_error_set(err, rc, NULL, root->line, -1, "neither RSS nor Atom (the root element is <%.40s>)",
                     (const char *)root->name);
        goto out;
    }
    if (ps.truncated) {
        rc = TOCSIN_EPARSE;
        ts_error_set(err, rc, NULL, ps.line, (long long)n, "the feed is cut off (it ends inside an element)");
        goto out;
    }
    /* in recovery mode only a fatal problem (an entity loop or blow-up, a
     * nesting deeper than libxml2's limit) stops the parser; what followed
     * it is lost */
    if (ps.ctxt->disableSAX) {
        const xmlError *e = &ps.ctxt->lastError;
        int len = e->message ? (int)strcspn(e->message, "\n") : 0;
        rc = TOCSIN_EPARSE;
        ts_error_set(err, rc, NULL, e->line, -1, "the XML parser stopped%s%.*s%s", len ? " (" : "", len,
                     len ? e->message : "", len ? ")" : "");
        goto out;
    }

    const char *item_name = kind == ATOM ? "entry" : "item";
    if (channel) {
        const xmlNode *title = child(channel, "title", ns);
        rc = field(title, kind == ATOM ? atom_kind(title) : HTML, FIELD_MAX, &out->title);
    }
    for (xmlNode *c = list->children; c && !rc && out->n < TOCSIN_FEED_MAX_ITEMS; c = c->next) {
        if (!is_el(c, item_name, ns))
            continue;
        tocsin_feed_item it;
        memset(&it, 0, sizeof it);
        rc = kind == ATOM ? atom_entry(c, ns, &it) : rss_item(c, ns, &it);
        if (!rc && !it.guid && it.link && !(it.guid = strdup(it.link)))
            rc = TOCSIN_ENOMEM;
        if (!rc && !it.guid && !it.link && !it.title && !it.summary) {
            item_free(&it); /* an empty <item/>, or one with only a date */
            continue;
        }
        if (!rc && (rc = ts_vec_grow((void **)&out->items, &cap, out->n + 1, sizeof *out->items,
                                     TOCSIN_FEED_MAX_ITEMS)) == 0)
            out->items[out->n++] = it;
        else
            item_free(&it);
    }
    if (rc)
        ts_error_set(err, rc, NULL, 0, -1, "%s reading the feed", tocsin_strerror(rc));
out:
    if (rc)
        tocsin_feed_free(out);
    xmlFreeDoc(doc);
    if (ps.ctxt)
        xmlFreeParserCtxt(ps.ctxt);
    ts_xml_quiet_end(&q);
    return rc;
}
