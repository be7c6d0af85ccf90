/* html.c - the main text and metadata of a news web page. libxml2's HTML
 * parser, in recovery mode, builds the tree; one walk over the whole tree
 * collects the metadata and the candidate containers, a second walk takes
 * the text of the chosen container and skips page furniture, recognised by
 * tag, role and class or id words. If that leaves no text at all, a lenient
 * walk that trusts only the tags runs instead. The walks are iterative, so
 * the depth of a page never matters to the stack. */
#include "tocsin/html.h"
#include "tocsin/json.h"
#include "tocsin/date.h"

#include "base/internal.h"
#include "markup.h"

#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_tree.h>

#define FIELD_MAX 2048        /* title, byline, lang: longer ones are cut */
#define URL_MAX 4096          /* a longer canonical URL is dropped: a cut URL is wrong */
#define BYLINE_MAX 160        /* a longer "byline" is an author biography */
#define LANG_MAX 64
#define JSONLD_MAX (1u << 20) /* bytes of JSON-LD searched for datePublished */
#define JSONLD_DEPTH_MAX 32   /* deeper JSON-LD is not parsed for its headline (yajl frees by recursion) */
#define SITE_MAX 160          /* a longer "site name" is not one */
#define MAX_ARTICLES 64       /* <article> elements compared */
#define SNIFF 4096            /* bytes looked at to refuse binary input */
#define PARSE_OPTS                                                                      \
    (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | \
     HTML_PARSE_NOBLANKS)

/* How far a box is kept out. FURNITURE stays out of the text (share bars,
 * the article's own header and byline); FOREIGN is not even searched for
 * the article's metadata, since it belongs to other pages or to readers
 * (navigation, related stories, comments). */
enum { KEEP = 0, FURNITURE = 1, FOREIGN = 2 };

typedef struct marker {
    const char *word;
    int kind;
    int always; /* tags: never prose, dropped even by the lenient second walk */
} marker;

static const marker drop_tags[] = {
    {"script", FURNITURE, 1},   {"style", FURNITURE, 1},    {"noscript", FOREIGN, 1},
    {"iframe", FOREIGN, 1},     {"template", FOREIGN, 1},   {"head", FURNITURE, 1},
    {"svg", FURNITURE, 1},      {"canvas", FURNITURE, 1},   {"object", FURNITURE, 1},
    {"embed", FURNITURE, 1},    {"video", FURNITURE, 1},    {"audio", FURNITURE, 1},
    {"select", FURNITURE, 1},   {"textarea", FURNITURE, 1}, {"button", FURNITURE, 1},
    {"nav", FOREIGN, 1},        {"aside", FOREIGN, 1},      {"footer", FOREIGN, 1},
    {"menu", FOREIGN, 1},       {"dialog", FOREIGN, 1},     {"header", FURNITURE, 0},
    {"figure", FURNITURE, 0},   {"figcaption", FURNITURE, 0},
    /* some sites wrap the whole page in one <form> (ASP.NET) */
    {"form", FURNITURE, 0},
};

/* Words of class and id values (split at non-letters and at camelCase
 * humps, compared whole, plural "s" allowed) that mark a box. Whole words,
 * because substrings would hit "lead" for "ad" or "commentary" for
 * "comment". Layout words (sidebar, nav) also name wrappers around the
 * article ("content-sidebar-wrap"), so they count only without a content
 * word beside them. */
enum { LAYOUT = 3 };
static const marker box_words[] = {
    {"share", FURNITURE, 0},       {"sharing", FURNITURE, 0},    {"sharebar", FURNITURE, 0},
    {"social", FURNITURE, 0},      {"toolbar", FURNITURE, 0},    {"tools", FURNITURE, 0},
    {"byline", FURNITURE, 0},      {"author", FURNITURE, 0},     {"caption", FURNITURE, 0},
    {"credit", FURNITURE, 0},      {"breadcrumb", FURNITURE, 0}, {"subscribe", FOREIGN, 0},
    {"subscription", FOREIGN, 0},  {"newsletter", FOREIGN, 0},   {"signup", FOREIGN, 0},
    {"login", FOREIGN, 0},         {"paywall", FOREIGN, 0},      {"cookie", FOREIGN, 0},
    {"consent", FOREIGN, 0},       {"gdpr", FOREIGN, 0},         {"related", FOREIGN, 0},
    {"recommended", FOREIGN, 0},   {"recommendation", FOREIGN, 0}, {"trending", FOREIGN, 0},
    {"popular", FOREIGN, 0},       {"comment", FOREIGN, 0},      {"disqus", FOREIGN, 0},
    {"ad", FOREIGN, 0},            {"advert", FOREIGN, 0},       {"advertisement", FOREIGN, 0},
    {"adslot", FOREIGN, 0},        {"adunit", FOREIGN, 0},       {"sponsor", FOREIGN, 0},
    {"sponsored", FOREIGN, 0},     {"promo", FOREIGN, 0},        {"promotion", FOREIGN, 0},
    {"popup", FOREIGN, 0},         {"modal", FOREIGN, 0},        {"outbrain", FOREIGN, 0},
    {"taboola", FOREIGN, 0},       {"donate", FOREIGN, 0},       {"donation", FOREIGN, 0},
    {"nav", LAYOUT, 0},            {"navbar", LAYOUT, 0},        {"navigation", LAYOUT, 0},
    {"menu", LAYOUT, 0},           {"sidebar", LAYOUT, 0},       {"widget", LAYOUT, 0},
};

static const char *const content_words[] = {"content", "main",    "article", "story",  "body",
                                            "page",    "wrap",    "wrapper", "layout", "site",
                                            "column",  "container"};

/* "has-sidebar", "no-comments", "with-ads": the word after these describes
 * the page, not the box. */
static const char *const modifiers[] = {"has", "with", "no", "without", "show", "hide",
                                        "enable", "disable", "allow"};

static const char *const drop_roles[] = {"navigation", "banner",  "contentinfo", "complementary",
                                         "search",     "dialog",  "alertdialog", "menu",
                                         "menubar",    "toolbar"};

/* Never dropped for their class or id: content management systems load the
 * page's own containers with words like "has-sidebar" or "comments-open". */
static const char *const structural[] = {"html", "body", "main", "article"};

/* Elements that end a paragraph of the text. */
static const char *const blocks[] = {
    "p",       "div",     "section", "h1",    "h2",    "h3",    "h4",  "h5", "h6",
    "li",      "ul",      "ol",      "dl",    "dt",    "dd",    "pre", "br", "hr",
    "table",   "tr",      "td",      "th",    "blockquote", "article", "main", "body",
    "address", "details", "summary", "center",
};

#define COUNT(a) (sizeof(a) / sizeof(a)[0])

static int in_list(const char *name, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(name, list[i]))
            return 1;
    return 0;
}

static int is_el(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && !strcmp((const char *)n->name, name);
}

static int has_attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && ts_ascii_ieq((const char *)a->name, name))
            return 1;
    return 0;
}

static int word_kind(const char *w, size_t wl)
{
    for (size_t k = 0; k < COUNT(box_words); k++) {
        size_t m = strlen(box_words[k].word);
        if (!memcmp(w, box_words[k].word, m < wl ? m : wl) && (wl == m || (wl == m + 1 && w[m] == 's')))
            return box_words[k].kind;
    }
    return KEEP;
}

/* The strongest marker among the words of a class or id value. */
static int marked_words(const char *v)
{
    int kind = KEEP, layout = 0, content = 0, modified = 0;
    char w[32];
    size_t wl = 0, cut = 0;
    for (size_t i = 0;; i++) {
        unsigned char c = (unsigned char)v[i];
        int alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        int hump = c >= 'A' && c <= 'Z' && i > 0 && v[i - 1] >= 'a' && v[i - 1] <= 'z';
        if ((!alpha || hump) && wl) {
            w[wl] = '\0';
            int k = cut || modified ? KEEP : word_kind(w, wl);
            if (k == LAYOUT)
                layout = 1;
            else if (k > kind)
                kind = k;
            content |= in_list(w, content_words, COUNT(content_words));
            modified = in_list(w, modifiers, COUNT(modifiers));
            wl = cut = 0;
        }
        if (!c)
            break;
        if (!alpha && c != '-' && c != '_' && !(c >= '0' && c <= '9'))
            modified = 0; /* a new class name */
        if (alpha) {
            if (wl + 1 < sizeof w)
                w[wl++] = (char)(c | 0x20);
            else
                cut = 1;
        }
    }
    if (layout && !content)
        kind = FOREIGN;
    return kind;
}

/* strict = 0: the lenient walk, after the strict one found no text. */
static int drop_kind(const xmlNode *n, int strict)
{
    const char *name = (const char *)n->name;
    int kind = KEEP;
    for (size_t i = 0; i < COUNT(drop_tags); i++)
        if (!strcmp(name, drop_tags[i].word)) {
            if (drop_tags[i].always || strict)
                kind = drop_tags[i].kind;
            break;
        }
    if (kind == FOREIGN || !n->properties || !strict)
        return kind;
    const char *v;
    if (!in_list(name, structural, COUNT(structural))) {
        if ((v = ts_xml_attr(n, "class"))) {
            int k = marked_words(v);
            kind = k > kind ? k : kind;
        }
        if ((v = ts_xml_attr(n, "id"))) {
            int k = marked_words(v);
            kind = k > kind ? k : kind;
        }
    }
    if ((v = ts_xml_attr(n, "role")) && in_list(v, drop_roles, COUNT(drop_roles)))
        kind = FOREIGN;
    /* hidden boxes: pop-ups, screen-reader labels ("Share on ...") */
    int hidden = has_attr(n, "hidden");
    if ((v = ts_xml_attr(n, "aria-hidden")) && ts_ascii_ieq(v, "true"))
        hidden = 1;
    if ((v = ts_xml_attr(n, "style"))) {
        char sq[64];
        size_t k = 0;
        for (; *v && k + 1 < sizeof sq; v++)
            if (*v != ' ')
                sq[k++] = (char)(*v >= 'A' && *v <= 'Z' ? *v + 32 : *v);
        sq[k] = '\0';
        hidden |= strstr(sq, "display:none") || strstr(sq, "visibility:hidden");
    }
    if (hidden && kind < FURNITURE)
        kind = FURNITURE;
    return kind;
}

/* Pre-order step: into n's children when descend is set, else to the next
 * node after n's subtree; NULL after the last node under top. marks[k],
 * when set, is the root of a subtree being walked through (a dropped box,
 * an article); it is cleared on the way out of that subtree. */
static xmlNode *step(xmlNode *n, xmlNode *top, int descend, xmlNode **marks, size_t nmarks)
{
    if (descend && n->type == XML_ELEMENT_NODE && n->children)
        return n->children;
    for (; n && n != top; n = n->parent) {
        for (size_t k = 0; k < nmarks; k++)
            if (n == marks[k])
                marks[k] = NULL;
        if (n->next)
            return n->next;
    }
    return NULL;
}

/* ---------- metadata ---------- */

enum { D_OG, D_LD, D_TIME, D_META, D_N }; /* date sources, best first */

typedef struct meta {
    const char *og_title, *og_url, *canonical, *author, *article_author, *lang;
    const char *tw_title, *og_site, *app_name;
    xmlNode *title, *h1, *art_h1, *byline, *main, *body;
    char ld_headline[FIELD_MAX], ld_site[SITE_MAX + 1]; /* from JSON-LD: headline, publisher name */
    xmlNode *articles[MAX_ARTICLES];
    size_t narticles;
    char date[D_N][11];
    char bad_date[320]; /* the first date written that is none, and why */
    size_t ld_seen;
} meta;

/* A date of the page's metadata, through the one date parser; the first that
 * fails is kept with its reason, said if the page has no other date. */
static void read_date(meta *m, char out[11], const char *s, size_t n)
{
    long d;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    out[0] = '\0';
    if (!tocsin_date_parse(s, n, &d, &err))
        tocsin_date_format(d, out);
    else if (!m->bad_date[0])
        snprintf(m->bad_date, sizeof m->bad_date, "\"%.*s\": %s", (int)(n < 40 ? n : 40), s, err.message);
}

static void set_date(meta *m, int which, const char *s)
{
    if (s && !m->date[which][0])
        read_date(m, m->date[which], s, strnlen(s, 64));
}

static void from_meta(meta *m, const xmlNode *n)
{
    const char *content = ts_xml_attr(n, "content");
    if (!content)
        return;
    const char *keys[3] = {ts_xml_attr(n, "property"), ts_xml_attr(n, "name"), ts_xml_attr(n, "itemprop")};
    for (int k = 0; k < 3; k++) {
        const char *key = keys[k];
        if (!key)
            continue;
        if (ts_ascii_ieq(key, "og:title") && !m->og_title)
            m->og_title = content;
        else if (ts_ascii_ieq(key, "twitter:title") && !m->tw_title)
            m->tw_title = content;
        else if (ts_ascii_ieq(key, "og:site_name") && !m->og_site)
            m->og_site = content;
        else if (ts_ascii_ieq(key, "application-name") && !m->app_name)
            m->app_name = content;
        else if (ts_ascii_ieq(key, "og:url") && !m->og_url)
            m->og_url = content;
        else if (ts_ascii_ieq(key, "author") && !m->author)
            m->author = content;
        else if (ts_ascii_ieq(key, "article:author") && !m->article_author)
            m->article_author = content;
        else if (ts_ascii_ieq(key, "article:published_time"))
            set_date(m, D_OG, content);
        else if (ts_ascii_ieq(key, "datePublished"))
            set_date(m, D_LD, content);
        else if (ts_ascii_ieq(key, "date") || ts_ascii_ieq(key, "pubdate") ||
                 ts_ascii_ieq(key, "publish-date") || ts_ascii_ieq(key, "dc.date") ||
                 ts_ascii_ieq(key, "dc.date.issued") || ts_ascii_ieq(key, "dcterms.created") ||
                 ts_ascii_ieq(key, "parsely-pub-date") || ts_ascii_ieq(key, "sailthru.date"))
            set_date(m, D_META, content);
    }
}

/* "datePublished": "2024-11-05T..." anywhere in a JSON-LD script. A full
 * JSON parse would buy nothing: the key is unambiguous. */
static void from_jsonld(meta *m, const xmlNode *script)
{
    static const char key[] = "\"datePublished\"";
    for (const xmlNode *c = script->children; c && !m->date[D_LD][0]; c = c->next) {
        if ((c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE) || !c->content)
            continue;
        const char *s = (const char *)c->content;
        size_t n = strnlen(s, JSONLD_MAX - m->ld_seen);
        m->ld_seen += n;
        for (const char *p = s; (p = memchr(p, '"', (size_t)(s + n - p))); p++) {
            if ((size_t)(s + n - p) < sizeof key || memcmp(p, key, sizeof key - 1))
                continue;
            const char *q = p + sizeof key - 1, *e = s + n;
            while (q < e && (*q == ' ' || *q == ':' || *q == '\t' || *q == '\n' || *q == '\r'))
                q++;
            if (q < e && *q == '"') {
                const char *end = memchr(q + 1, '"', (size_t)(e - q - 1));
                if (end && end - q - 1 < 64) {
                    read_date(m, m->date[D_LD], q + 1, (size_t)(end - q - 1));
                    if (m->date[D_LD][0])
                        break;
                }
            }
        }
        if (m->ld_seen >= JSONLD_MAX)
            break;
    }
}

/* 1 when JSON text of n bytes nests no deeper than JSONLD_DEPTH_MAX. */
static void ld_copy(char *dst, size_t cap, const char *v)
{
    size_t n = v ? strlen(v) : 0;
    while (n && (*v == ' ' || *v == '\n' || *v == '\t'))
        v++, n--;
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\n' || v[n - 1] == '\t'))
        n--;
    if (n && n < cap && !dst[0]) {
        memcpy(dst, v, n);
        dst[n] = '\0';
    }
}

/* The first "headline" and the publisher's "name" in a JSON-LD tree (an
 * object, an array of them, or an @graph). */
static void ld_walk(meta *m, yajl_val v, int depth)
{
    if (!v || depth > JSONLD_DEPTH_MAX)
        return;
    if (YAJL_IS_ARRAY(v)) {
        for (size_t i = 0; i < v->u.array.len; i++)
            ld_walk(m, v->u.array.values[i], depth + 1);
        return;
    }
    if (!YAJL_IS_OBJECT(v))
        return;
    for (size_t i = 0; i < v->u.object.len; i++) {
        const char *k = v->u.object.keys[i];
        yajl_val x = v->u.object.values[i];
        if (!strcmp(k, "headline") && YAJL_IS_STRING(x)) {
            ld_copy(m->ld_headline, sizeof m->ld_headline, YAJL_GET_STRING(x));
        } else if (!strcmp(k, "publisher")) {
            yajl_val pub = YAJL_IS_ARRAY(x) && x->u.array.len ? x->u.array.values[0] : x;
            if (YAJL_IS_STRING(pub)) {
                ld_copy(m->ld_site, sizeof m->ld_site, YAJL_GET_STRING(pub));
            } else if (YAJL_IS_OBJECT(pub)) {
                for (size_t j = 0; j < pub->u.object.len; j++)
                    if (!strcmp(pub->u.object.keys[j], "name") && YAJL_IS_STRING(pub->u.object.values[j]))
                        ld_copy(m->ld_site, sizeof m->ld_site, YAJL_GET_STRING(pub->u.object.values[j]));
            }
        } else if (YAJL_IS_OBJECT(x) || YAJL_IS_ARRAY(x)) {
            ld_walk(m, x, depth + 1);
        }
    }
}

static void from_jsonld_tree(meta *m, const xmlNode *script)
{
    for (const xmlNode *c = script->children; c; c = c->next) {
        if ((c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE) || !c->content)
            continue;
        const char *s = (const char *)c->content;
        size_t n = strnlen(s, JSONLD_MAX + 1);
        if (n > JSONLD_MAX || tocsin_json_depth(s, n, JSONLD_DEPTH_MAX) > JSONLD_DEPTH_MAX)
            continue;
        char errbuf[64];
        yajl_val tree = yajl_tree_parse(s, errbuf, sizeof errbuf);
        ld_walk(m, tree, 0);
        yajl_tree_free(tree);
    }
}

static int has_word(const char *v, const char *word)
{
    size_t m = strlen(word);
    for (const char *p = v; (p = strstr(p, word)); p += m) {
        int before = p == v || !((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z');
        int after = !((p[m] | 0x20) >= 'a' && (p[m] | 0x20) <= 'z');
        if (before && after)
            return 1;
    }
    return 0;
}

static int is_byline(const xmlNode *n)
{
    const char *v;
    if ((v = ts_xml_attr(n, "rel")) && has_word(v, "author"))
        return 1;
    if ((v = ts_xml_attr(n, "itemprop")) && has_word(v, "author"))
        return 1;
    if ((v = ts_xml_attr(n, "class")) && (has_word(v, "byline") || has_word(v, "author")))
        return 1;
    return 0;
}

/* 1 if n lies inside box (at most 256 levels up). */
static int inside(const xmlNode *n, const xmlNode *box)
{
    int up = 0;
    for (const xmlNode *p = n; box && p && up < 256; p = p->parent, up++)
        if (p == box)
            return 1;
    return 0;
}

static void collect_meta(xmlNode *root, meta *m)
{
    /* marks[0]: the foreign box being walked through; marks[1]: the
     * article (an article inside it is never bigger, so not compared) */
    xmlNode *marks[2] = {NULL, NULL};
    for (xmlNode *n = root; n;) {
        if (n->type != XML_ELEMENT_NODE || !n->name) {
            n = step(n, root, 0, marks, 2);
            continue;
        }
        const char *name = (const char *)n->name;
        if (n == root)
            m->lang = ts_xml_attr(n, "lang");
        if (!strcmp(name, "meta")) {
            from_meta(m, n);
        } else if (!strcmp(name, "link")) {
            const char *rel = ts_xml_attr(n, "rel"), *href = ts_xml_attr(n, "href");
            if (!m->canonical && rel && href && has_word(rel, "canonical"))
                m->canonical = href;
        } else if (!strcmp(name, "title")) {
            if (!m->title && n->parent && is_el(n->parent, "head"))
                m->title = n;
        } else if (!strcmp(name, "script")) {
            const char *type = ts_xml_attr(n, "type");
            if (type && ts_ascii_ieq(type, "application/ld+json") && m->ld_seen < JSONLD_MAX) {
                from_jsonld(m, n);
                if (!m->ld_headline[0] || !m->ld_site[0])
                    from_jsonld_tree(m, n);
            }
        } else if (!marks[0]) {
            if (!strcmp(name, "time"))
                set_date(m, D_TIME, ts_xml_attr(n, "datetime"));
            else if (!strcmp(name, "h1") && !m->h1)
                m->h1 = n;
            if (!strcmp(name, "h1") && !m->art_h1 && (marks[1] || inside(n, m->main)))
                m->art_h1 = n; /* the headline of the article (or of <main>) */
            else if (!strcmp(name, "body") && !m->body)
                m->body = n;
            else if (!strcmp(name, "main") && !m->main)
                m->main = n;
            if (!m->main && n->properties) {
                const char *role = ts_xml_attr(n, "role");
                if (role && ts_ascii_ieq(role, "main"))
                    m->main = n;
            }
            if (!m->byline && n->properties && is_byline(n))
                m->byline = n;
        }
        int kind = marks[0] ? KEEP : drop_kind(n, 1);
        if (kind == FOREIGN) {
            marks[0] = n;
        } else if (!marks[0] && !marks[1] && !strcmp(name, "article") && m->narticles < MAX_ARTICLES) {
            m->articles[m->narticles++] = n;
            marks[1] = n;
        }
        n = step(n, root, 1, marks, 2);
    }
}

/* ---------- main text ---------- */

typedef struct textw {
    ts_buf para, out;
    int full; /* TOCSIN_HTML_MAX_TEXT reached */
    int strict;
    int count_only;
    size_t counted;
} textw;

/* Ends the current paragraph: a line of its own, a blank line before it. */
static int flush(textw *t)
{
    while (t->para.len && t->para.p[t->para.len - 1] == ' ')
        t->para.len--;
    if (!t->para.len)
        return 0;
    if (t->count_only) {
        t->counted += t->para.len;
        t->para.len = 0;
        return 0;
    }
    int rc = 0;
    size_t room = TOCSIN_HTML_MAX_TEXT - t->out.len;
    size_t need = t->para.len + 1 + (t->out.len ? 1 : 0);
    size_t take = t->para.len;
    if (need > room) {
        /* cut the last paragraph on a character boundary */
        t->full = 1;
        if (room < 2 + (t->out.len ? 1 : 0)) {
            t->para.len = 0;
            return 0;
        }
        take = room - 1 - (t->out.len ? 1 : 0);
        while (take && ((unsigned char)t->para.p[take] & 0xC0) == 0x80)
            take--;
    }
    if (t->out.len)
        rc = ts_buf_putc(&t->out, '\n');
    if (!rc && take)
        rc = ts_buf_put(&t->out, t->para.p, take);
    if (!rc)
        rc = ts_buf_putc(&t->out, '\n');
    t->para.len = 0;
    return rc;
}

static int walk_text(xmlNode *top, textw *t)
{
    int rc = 0;
    xmlNode *n = top;
    while (n && !rc && !t->full) {
        int descend = 1;
        if (n->type == XML_ELEMENT_NODE && n->name) {
            const char *name = (const char *)n->name;
            if (n != top && drop_kind(n, t->strict) != KEEP) {
                descend = 0;
            } else if (in_list(name, blocks, COUNT(blocks))) {
                rc = flush(t);
            }
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
            rc = ts_text_put(&t->para, (const char *)n->content, strlen((const char *)n->content));
            if (rc == TOCSIN_ELIMIT) /* one paragraph as long as the whole text cap */
                rc = flush(t);
        }
        if (rc)
            break;
        if (descend && n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        /* on the way up, each closed block ends a paragraph */
        for (; n && n != top; n = n->parent) {
            if (n->next) {
                n = n->next;
                break;
            }
            if (n->parent && n->parent != top && n->parent->type == XML_ELEMENT_NODE &&
                n->parent->name &&
                in_list((const char *)n->parent->name, blocks, COUNT(blocks)) &&
                (rc = flush(t)))
                break;
        }
        if (n == top)
            break;
    }
    if (!rc)
        rc = flush(t);
    return rc;
}

static size_t text_size(xmlNode *top)
{
    textw t;
    memset(&t, 0, sizeof t);
    t.count_only = 1;
    t.strict = 1;
    t.para.max = TOCSIN_HTML_MAX_TEXT;
    walk_text(top, &t);
    ts_buf_free(&t.para);
    return t.counted;
}

/* The biggest <article> (listing pages hold one per teaser), unless it is a
 * stub of under 200 bytes beside a main text at least twice as long (some
 * sites wrap only the headline in <article>); else <main>, else <body>. */
static xmlNode *container(meta *m, xmlNode *root)
{
    xmlNode *best = NULL;
    size_t best_n = 0;
    for (size_t i = 0; i < m->narticles; i++) {
        size_t k = text_size(m->articles[i]);
        if (!best || k > best_n) {
            best = m->articles[i];
            best_n = k;
        }
    }
    xmlNode *outer = m->main ? m->main : m->body ? m->body : root;
    if (best && best_n < 200 && text_size(outer) >= 2 * best_n + 200)
        best = NULL;
    return best ? best : outer;
}

/* ---------- fields ---------- */

static int copy_field(const char *s, size_t max, char **out)
{
    ts_buf b = {.max = max};
    int rc = ts_text_put(&b, s, strlen(s));
    if (rc && rc != TOCSIN_ELIMIT) {
        ts_buf_free(&b);
        return rc;
    }
    *out = ts_text_take(&b);
    return 0;
}

static int node_field(const xmlNode *n, size_t max, char **out)
{
    ts_buf b = {.max = max};
    int rc = ts_xml_text(n, &b);
    if (rc && rc != TOCSIN_ELIMIT) {
        ts_buf_free(&b);
        return rc;
    }
    *out = ts_text_take(&b);
    return 0;
}

/* "Headline | Site" or "Headline - Site": cut a short last part. */
static void cut_site(char *t)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
                                       " \xC2\xB7 ", " \xE2\x80\xA2 "};
    char *best = NULL;
    size_t best_len = 0;
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++)
        for (char *p = t; (p = strstr(p, seps[k])); p++)
            if (!best || p > best) {
                best = p;
                best_len = strlen(seps[k]);
            }
    if (!best || best == t)
        return;
    const char *suffix = best + best_len;
    int words = 0;
    for (const char *p = suffix; *p; p++)
        words += *p != ' ' && (p == suffix || p[-1] == ' ');
    if (words <= 4 && strlen(suffix) < (size_t)(best - t))
        *best = '\0';
}

/* n bytes of a and b equal, ASCII letters in either case */
static int ieq_n(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x |= 0x20;
        if (y >= 'A' && y <= 'Z')
            y |= 0x20;
        if (x != y)
            return 0;
    }
    return 1;
}

/* "Headline | The Site" or "The Site - Headline": cut the site's own name
 * from either end, whatever its length. */
static void cut_named_site(char *t, const char *site)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
                                       " \xC2\xB7 ", " \xE2\x80\xA2 ", ": "};
    size_t n = strlen(t), sn = site ? strlen(site) : 0;
    if (!sn)
        return;
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
        size_t kn = strlen(seps[k]);
        if (n > sn + kn && ieq_n(t + n - sn, site, sn) && !memcmp(t + n - sn - kn, seps[k], kn)) {
            t[n - sn - kn] = '\0';
            return;
        }
        if (n > sn + kn && ieq_n(t, site, sn) && !memcmp(t + sn, seps[k], kn)) {
            memmove(t, t + sn + kn, n - sn - kn + 1);
            return;
        }
    }
}

/* A headline candidate that is only page furniture or the site's name. */
static int furniture_title(const char *t, const char *site)
{
    static const char *const words[] = {
        "close", "menu", "news", "home", "search", "skip to content", "skip to main content",
        "subscribe", "sign in", "log in", "advertisement", "breaking news", "latest news",
        "top stories", "main menu", "navigation", "share", "loading", "untitled", "article",
    };
    while (*t == ' ')
        t++;
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (n < 3)
        return 1;
    if (site && strlen(site) == n && ieq_n(t, site, n))
        return 1;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strlen(words[k]) == n && ieq_n(t, words[k], n))
            return 1;
    return 0;
}

/* Takes the first candidate headline that is more than furniture. */
static int pick_title(char **title, const char *site)
{
    if (*title) {
        cut_named_site(*title, site);
        if (furniture_title(*title, site)) {
            free(*title);
            *title = NULL;
        }
    }
    return 0;
}

static int is_url(const char *s)
{
    return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8) || !strncmp(s, "//", 2);
}

static int fill_page(xmlNode *root, tocsin_page *p)
{
    meta m;
    memset(&m, 0, sizeof m);
    collect_meta(root, &m);
    int rc = 0;

    /* the outlet: what the page calls itself */
    const char *site = m.og_site ? m.og_site : m.ld_site[0] ? m.ld_site : m.app_name;
    if (site && strlen(site) <= SITE_MAX)
        rc = copy_field(site, SITE_MAX + 1, &p->site);
    if (!rc && p->site && furniture_title(p->site, NULL)) {
        free(p->site);
        p->site = NULL;
    }
    site = p->site;

    /* the headline: og:title, twitter:title, the article's own <h1>,
     * <title>, the first <h1>, and last JSON-LD's headline (often a shortened
     * one); candidates that are only the site's name or furniture are passed
     * over */
    const char *meta_titles[] = {m.og_title, m.tw_title};
    for (size_t k = 0; k < 2 && !rc && !p->title; k++)
        if (meta_titles[k] && !(rc = copy_field(meta_titles[k], FIELD_MAX, &p->title)))
            rc = pick_title(&p->title, site);
    if (!rc && !p->title && m.art_h1 && !(rc = node_field(m.art_h1, FIELD_MAX, &p->title)))
        rc = pick_title(&p->title, site);
    if (!rc && !p->title && m.title && !(rc = node_field(m.title, FIELD_MAX, &p->title))) {
        if (p->title && !site)
            cut_site(p->title);
        rc = pick_title(&p->title, site);
    }
    if (!rc && !p->title && m.h1 && m.h1 != m.art_h1 && !(rc = node_field(m.h1, FIELD_MAX, &p->title)))
        rc = pick_title(&p->title, site);
    if (!rc && !p->title && m.ld_headline[0] && !(rc = copy_field(m.ld_headline, FIELD_MAX, &p->title)))
        rc = pick_title(&p->title, site);

    if (!rc && m.author && !is_url(m.author))
        rc = copy_field(m.author, BYLINE_MAX, &p->byline);
    if (!rc && !p->byline && m.article_author && !is_url(m.article_author))
        rc = copy_field(m.article_author, BYLINE_MAX, &p->byline);
    if (!rc && !p->byline && m.byline) {
        ts_buf b = {.max = 4 * BYLINE_MAX};
        rc = ts_xml_text(m.byline, &b);
        char *s = ts_text_take(&b);
        if (rc == TOCSIN_ELIMIT)
            rc = 0;
        if (s) {
            size_t skip = (s[0] | 0x20) == 'b' && (s[1] | 0x20) == 'y' && s[2] == ' ' ? 3 : 0;
            size_t len = strlen(s + skip);
            if (len && len <= BYLINE_MAX) {
                memmove(s, s + skip, len + 1);
                p->byline = s;
            } else {
                free(s);
            }
        }
    }

    for (int k = 0; k < D_N && !p->date; k++)
        if (m.date[k][0] && !(p->date = strdup(m.date[k])))
            rc = TOCSIN_ENOMEM;
    if (!rc && !p->date && m.bad_date[0] && !(p->date_dropped = strdup(m.bad_date)))
        rc = TOCSIN_ENOMEM;

    const char *url = m.canonical && strlen(m.canonical) < URL_MAX ? m.canonical : NULL;
    if (!url && m.og_url && strlen(m.og_url) < URL_MAX)
        url = m.og_url;
    if (!rc && url)
        rc = copy_field(url, URL_MAX, &p->canonical);
    if (!rc && m.lang)
        rc = copy_field(m.lang, LANG_MAX, &p->lang);
    if (rc)
        return rc;

    textw t;
    memset(&t, 0, sizeof t);
    t.para.max = TOCSIN_HTML_MAX_TEXT;
    t.out.max = TOCSIN_HTML_MAX_TEXT;
    t.strict = 1;
    rc = walk_text(container(&m, root), &t);
    if (!rc && !t.out.len) {
        /* every paragraph sat in a marked box: rather a page with some
         * furniture than none of its text */
        t.strict = 0;
        rc = walk_text(m.main ? m.main : m.body ? m.body : root, &t);
    }
    ts_buf_free(&t.para);
    if (rc) {
        ts_buf_free(&t.out);
        return rc;
    }
    p->text_len = t.out.len;
    if (!t.out.len) {
        ts_buf_free(&t.out);
        return 0;
    }
    /* the buffer grew by doubling: give back the slack it kept */
    char *shrunk = realloc(t.out.p, t.out.len + 1);
    p->text = shrunk ? shrunk : t.out.p;
    return 0;
}

/* ---------- entry points ---------- */

static int sniff(const unsigned char *s, size_t n, const char **why)
{
    /* UTF-16 has NUL bytes in every ASCII character; libxml2 reads it */
    if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return 0;
    size_t m = n < SNIFF ? n : SNIFF, ctl = 0;
    for (size_t i = 0; i < m; i++) {
        if (s[i] == 0) {
            *why = "binary data (NUL bytes), not HTML";
            return -1;
        }
        ctl += s[i] < 9 || (s[i] > 13 && s[i] < 32 && s[i] != 27);
    }
    if (ctl * 10 > m) {
        *why = "binary data (control bytes), not HTML";
        return -1;
    }
    /* plain text is not a page: it belongs to the text reader */
    size_t lim = n < 65536 ? n : 65536;
    for (size_t i = 0; i + 1 < lim; i++)
        if (s[i] == '<' && (((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z') || s[i + 1] == '!'))
            return 0;
    *why = "no HTML markup";
    return -1;
}

void tocsin_page_free(tocsin_page *p)
{
    if (!p)
        return;
    free(p->title);
    free(p->site);
    free(p->byline);
    free(p->date);
    free(p->date_dropped);
    free(p->canonical);
    free(p->lang);
    free(p->text);
    memset(p, 0, sizeof *p);
}

int tocsin_html_extract(const char *html, size_t n, tocsin_page *out, tocsin_error *err)
{
    if (!out || (!html && n)) {
        ts_error_set(err, TOCSIN_EINVAL, NULL, 0, -1, "no page or no output");
        return TOCSIN_EINVAL;
    }
    memset(out, 0, sizeof *out);
    if (n > TOCSIN_HTML_MAX) {
        ts_error_set(err, TOCSIN_ELIMIT, NULL, 0, -1, "page of %zu bytes is over the %u-byte cap", n,
                     TOCSIN_HTML_MAX);
        return TOCSIN_ELIMIT;
    }
    const char *why = "empty page";
    if (!n || sniff((const unsigned char *)html, n, &why)) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, 0, "%s", why);
        return TOCSIN_EPARSE;
    }

    int rc = 0;
    ts_xml_quiet q;
    ts_xml_quiet_begin(&q);
    htmlDocPtr doc = NULL;
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) {
        rc = TOCSIN_ENOMEM;
        ts_error_set(err, rc, NULL, 0, -1, "out of memory starting the HTML parser");
        goto out;
    }
    /* Without a declared charset libxml2 reads ISO-8859-1, yet most pages
     * are UTF-8 and many declare it only in the HTTP header, or declare it
     * wrongly. Input that is valid UTF-8 throughout is read as UTF-8: text
     * in a legacy charset practically never is. */
    const char *enc = ts_utf8_valid(html, n) ? "UTF-8" : NULL;
    doc = htmlCtxtReadMemory(ctxt, html, (int)n, NULL, enc, PARSE_OPTS);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        rc = ctxt->lastError.code == XML_ERR_NO_MEMORY ? TOCSIN_ENOMEM : TOCSIN_EPARSE;
        ts_error_set(err, rc, NULL, 0, -1, "%s",
                     rc == TOCSIN_ENOMEM ? "out of memory parsing the page" : "no HTML document");
        goto out;
    }
    rc = fill_page(root, out);
    if (rc) {
        ts_error_set(err, rc, NULL, 0, -1, "%s extracting the page", tocsin_strerror(rc));
        goto out;
    }
    if (!out->title && !out->text) {
        rc = TOCSIN_EPARSE;
        ts_error_set(err, rc, NULL, 0, -1, "no title and no text in the page");
    }
out:
    if (rc)
        tocsin_page_free(out);
    xmlFreeDoc(doc);
    if (ctxt)
        htmlFreeParserCtxt(ctxt);
    ts_xml_quiet_end(&q);
    return rc;
}
