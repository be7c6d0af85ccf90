/* ingest.c - the store stage for one article (see tocsin/ingest.h). */
#include "tocsin/ingest.h"

#include "tocsin/fingerprint.h"
#include "tocsin/html.h"
#include "tocsin/lang.h"
#include "base/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tocsin_ingester {
    tocsin_store *store;
    tocsin_coder *coder;
    char version[32];
    long long story;
    int failed;
    tocsin_error err;
    tocsin_ingest_stats st;
    tocsin_langid *lang; /* NULL when the models are missing: function words decide */
    tocsin_lang_mode lang_mode;
    char last_lang[16]; /* the language guessed for the last article */
    tocsin_diag_fn diag;
    void *diag_ud;
};

static int on_event(void *ud, const tocsin_event *ev)
{
    tocsin_ingester *g = ud;
    if (tocsin_store_add_event(g->store, g->story, ev, &g->err)) {
        g->failed = 1;
        return 1;
    }
    g->st.events++;
    return 0;
}

int tocsin_ingester_new(tocsin_store *s, const tocsin_dict *d, tocsin_ingester **out)
{
    *out = NULL;
    tocsin_ingester *g = calloc(1, sizeof *g);
    if (!g)
        return TOCSIN_ENOMEM;
    g->store = s;
    g->coder = tocsin_coder_new(d);
    if (!g->coder) {
        free(g);
        return TOCSIN_ENOMEM;
    }
    tocsin_coder_set_sink(g->coder, on_event, g);
    tocsin_langid_new(NULL, &g->lang, NULL);
    tocsin_dict_stats ds;
    tocsin_dict_get_stats(d, &ds);
    snprintf(g->version, sizeof g->version, "%016llx", ds.version);
    *out = g;
    return 0;
}

void tocsin_ingester_free(tocsin_ingester *g)
{
    if (!g)
        return;
    tocsin_coder_free(g->coder);
    tocsin_langid_free(g->lang);
    free(g);
}

void tocsin_ingester_set_diag(tocsin_ingester *g, tocsin_diag_fn fn, void *ud)
{
    tocsin_coder_set_diag(g->coder, fn, ud);
    g->diag = fn;
    g->diag_ud = ud;
}

void tocsin_ingester_set_lang(tocsin_ingester *g, tocsin_lang_mode m)
{
    g->lang_mode = m;
}

static int ingest_coded(tocsin_ingester *g, const tocsin_article *a, int v, const char *where,
                        const char *text, size_t n, int has_title, tocsin_error *err);

int tocsin_ingest_article(tocsin_ingester *g, const tocsin_article *a, const char *text, size_t n,
                          int has_title, tocsin_error *err)
{
    tocsin_fingerprint fp;
    tocsin_fingerprint_article(text, n, has_title, &fp);
    const char *where = a->where ? a->where : (a->url ? a->url : a->key);
    /* a mark, so that an article the coder refuses is undone alone */
    int v = tocsin_store_mark(g->store, err);
    if (v < 0)
        return v;
    v = tocsin_store_article(g->store, a, &fp, g->version, &g->story, err);
    if (v > 0 && (v & TOCSIN_ARTICLE_CLASH)) {
        v &= ~TOCSIN_ARTICLE_CLASH;
        g->st.clashes++;
        ts_diag(g->diag, g->diag_ud, TOCSIN_OK, where, 0, -1,
                "id \"%s\" was stored before for a different article (other text or source); "
                "this one is stored as well", a->key ? a->key : "");
    }
    v = ingest_coded(g, a, v, where, text, n, has_title, err);
    if (v == TOCSIN_ARTICLE_SKIPPED) {
        int rc = tocsin_store_release(g->store, 1, err);
        return rc ? rc : v;
    }
    int rc = v < 0 ? 0 : tocsin_store_release(g->store, 0, err);
    return rc ? rc : v;
}

/* The rest of tocsin_ingest_article for a verdict v of the store. */
static int ingest_coded(tocsin_ingester *g, const tocsin_article *a, int v, const char *where,
                        const char *text, size_t n, int has_title, tocsin_error *err)
{
    if (v < 0)
        return v;
    if (v == TOCSIN_ARTICLE_COPY) {
        g->st.copies++;
        return v;
    }
    if (v == TOCSIN_ARTICLE_SEEN) {
        g->st.seen++;
        return v;
    }
    g->st.fresh++;
    tocsin_lang_guess lg;
    tocsin_langid_guess(g->lang, text, n, &lg);
    memcpy(g->last_lang, lg.lang, sizeof g->last_lang);
    if (!tocsin_lang_codes(g->lang_mode, &lg)) {
        g->st.not_english++;
        ts_diag(g->diag, g->diag_ud, TOCSIN_OK, a->key, 0, -1, "not coded: read as %s, not English%s",
                lg.lang, g->lang_mode == TOCSIN_LANG_MODE_EN ? " (--lang en)" : " (--lang any codes it)");
        return v; /* stored, so not fetched again, but not coded as English */
    }
    tocsin_doc_info info = {a->key, a->date, where, has_title, a->source, a->url};
    g->failed = 0;
    memset(&g->err, 0, sizeof g->err);
    int rc = tocsin_code_text(g->coder, &info, text ? text : "", n);
    if (g->failed) {
        if (err)
            *err = g->err;
        return TOCSIN_EIO;
    }
    if (rc == TOCSIN_ENOMEM)
        return rc;
    if (rc && rc != TOCSIN_ESTOPPED) {
        /* this article only: reported, undone, and the batch goes on */
        g->st.fresh--;
        g->st.skipped++;
        ts_diag(g->diag, g->diag_ud, rc, where, 0, -1, "cannot be coded (%s); article skipped",
                tocsin_strerror(rc));
        return TOCSIN_ARTICLE_SKIPPED;
    }
    return v;
}

void tocsin_ingester_get_stats(const tocsin_ingester *g, tocsin_ingest_stats *st)
{
    *st = g->st;
}

const char *tocsin_ingester_last_language(const tocsin_ingester *g)
{
    return g->last_lang[0] ? g->last_lang : "und";
}
