/* web.c - fetching articles from the web for ingest and watch. */
#include "web.h"

#include "tocsin/html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void web_host(const char *url, char *out, size_t cap)
{
    out[0] = '\0';
    if (!url)
        return;
    const char *h = strstr(url, "://");
    h = h ? h + 3 : url;
    size_t n = strcspn(h, "/:?#");
    if (n >= 4 && !strncmp(h, "www.", 4)) {
        h += 4;
        n -= 4;
    }
    if (n && n < cap) {
        memcpy(out, h, n);
        out[n] = '\0';
    }
}

int web_is_feed(const tocsin_fetch_result *r)
{
    const char *ct = r->content_type ? r->content_type : "";
    if (strstr(ct, "rss") || strstr(ct, "atom"))
        return 1;
    if (r->body && (strstr(ct, "xml") || !*ct)) {
        const char *head = r->body;
        size_t n = r->len < 2048 ? r->len : 2048;
        for (size_t i = 0; i + 5 < n; i++)
            if (!strncmp(head + i, "<rss", 4) || !strncmp(head + i, "<feed", 5))
                return 1;
    }
    return 0;
}

static char *dupz(const char *s) { return s ? strdup(s) : NULL; }

int web_fetch_article(const char *url, const char *title, const char *date, web_article *out,
                      tocsin_error *err)
{
    memset(out, 0, sizeof *out);
    tocsin_fetch_result r;
    int rc = tocsin_fetch(url, NULL, &r, err);
    if (rc)
        return rc;
    const char *ct = r.content_type ? r.content_type : "";
    if (r.status >= 400) {
        snprintf(err->message, sizeof err->message, "HTTP status %ld", r.status);
        snprintf(err->file, sizeof err->file, "%s", url);
        err->code = rc = TOCSIN_EIO;
        goto out;
    }
    int html = strstr(ct, "html") != NULL, plain = !strncasecmp(ct, "text/plain", 10);
    if (!html && !plain) {
        snprintf(err->message, sizeof err->message, "not a web page (content type \"%s\")",
                 *ct ? ct : "none");
        snprintf(err->file, sizeof err->file, "%s", url);
        err->code = rc = TOCSIN_EPARSE;
        goto out;
    }
    tocsin_page page;
    memset(&page, 0, sizeof page);
    if (html) {
        rc = tocsin_html_extract(r.body, r.len, &page, err);
        if (rc) {
            snprintf(err->file, sizeof err->file, "%s", url);
            goto out;
        }
    } else {
        page.text = dupz(r.body);
        page.text_len = r.len;
    }
    if (!page.text || page.text_len == 0) {
        tocsin_page_free(&page);
        snprintf(err->message, sizeof err->message, "no article text found on the page");
        snprintf(err->file, sizeof err->file, "%s", url);
        err->code = rc = TOCSIN_EPARSE;
        goto out;
    }
    const char *t = title && *title ? title : page.title;
    out->url = dupz(page.canonical ? page.canonical : (r.final_url ? r.final_url : url));
    out->key = dupz(url);
    /* the outlet: the site's own name when the page says it, else the host */
    char host[256];
    web_host(out->url, host, sizeof host);
    out->source = page.site ? dupz(page.site) : host[0] ? dupz(host) : NULL;
    out->title = dupz(t);
    out->date = dupz(date && *date ? date : page.date);
    size_t tl = t ? strlen(t) : 0;
    out->text = malloc(tl + 2 + page.text_len + 1);
    if (out->text) {
        memcpy(out->text, t ? t : "", tl);
        memcpy(out->text + tl, "\n\n", 2);
        memcpy(out->text + tl + 2, page.text, page.text_len);
        out->len = tl + 2 + page.text_len;
        out->text[out->len] = '\0';
    } else {
        rc = TOCSIN_ENOMEM;
    }
    tocsin_page_free(&page);
out:
    tocsin_fetch_result_free(&r);
    if (rc)
        web_article_free(out);
    return rc;
}

void web_article_free(web_article *a)
{
    free(a->key);
    free(a->url);
    free(a->source);
    free(a->title);
    free(a->date);
    free(a->text);
    memset(a, 0, sizeof *a);
}

int web_ingest(tocsin_ingester *g, const web_article *a, tocsin_error *err)
{
    tocsin_article art = {a->key, a->url, a->source, a->title, a->date, a->len, a->url};
    return tocsin_ingest_article(g, &art, a->text, a->len, 1, err);
}

void web_warn_item_date(const char *prog, const char *feed_url, const tocsin_feed_item *it)
{
    if (it->date_text && !it->date)
        fprintf(stderr, "%s: %s: item %s: date \"%s\" not understood; the page's own date is used\n", prog,
                feed_url, it->link ? it->link : it->guid ? it->guid : "(no link)", it->date_text);
}
