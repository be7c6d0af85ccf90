/* ingest.c - the store stage for one article (see tocsin/ingest.h). */
#include "tocsin/ingest.h"

#include "tocsin/fingerprint.h"
#include "tocsin/html.h"
#include "tocsin/lang.h"
#include "base/internal.h"
#include "store_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An event coded before the writer lock is taken (code-first mode), with
 * the offsets of its strings in the ingester's held_text. */
#define HELD_SLICES 7
typedef struct held {
    tocsin_event ev;
    size_t off[HELD_SLICES];
} held;

struct tocsin_ingester {
    tocsin_store *store;
    /* code-first (PostgreSQL, several writers): an article is coded before
       the writer lock is taken, its events held here, then stored with the
       article in a transaction of its own, so that writers overlap their
       coding and hold the lock only while they write */
    int code_first, holding;
    held *held;
    size_t n_held, cap_held;
    ts_buf held_text;
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

static tocsin_slice *slice_of(tocsin_event *ev, int k)
{
    tocsin_slice *s[HELD_SLICES] = {&ev->doc,         &ev->date,        &ev->sentence_text, &ev->source_text,
                                    &ev->verb_text,   &ev->target_text, &ev->geo_name};
    return s[k];
}

static int hold_event(tocsin_ingester *g, const tocsin_event *ev)
{
    if (ts_vec_grow((void **)&g->held, &g->cap_held, g->n_held + 1, sizeof *g->held, 0))
        return TOCSIN_ENOMEM;
    held *h = &g->held[g->n_held];
    h->ev = *ev;
    for (int k = 0; k < HELD_SLICES; k++) {
        tocsin_slice *s = slice_of(&h->ev, k);
        h->off[k] = g->held_text.len;
        if (s->len && ts_buf_put(&g->held_text, s->ptr, s->len))
            return TOCSIN_ENOMEM;
    }
    g->n_held++;
    return 0;
}

static int on_event(void *ud, const tocsin_event *ev)
{
    tocsin_ingester *g = ud;
    if (g->holding) {
        if (hold_event(g, ev)) {
            g->failed = 1;
            ts_error_set(&g->err, TOCSIN_ENOMEM, NULL, 0, -1, "out of memory holding the events");
            return 1;
        }
        return 0;
    }
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
    g->code_first = ts_store_shared(s);
    if (g->code_first)
        ts_store_set_lazy(s, 1);
    *out = g;
    return 0;
}

void tocsin_ingester_free(tocsin_ingester *g)
{
    if (!g)
        return;
    tocsin_coder_free(g->coder);
    tocsin_langid_free(g->lang);
    free(g->held);
    ts_buf_free(&g->held_text);
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
static int ingest_code_first(tocsin_ingester *g, const tocsin_article *a, const tocsin_fingerprint *fp,
                             const char *where, const char *text, size_t n, int has_title, tocsin_error *err);

int tocsin_ingest_article(tocsin_ingester *g, const tocsin_article *a, const char *text, size_t n,
                          int has_title, tocsin_error *err)
{
    tocsin_fingerprint fp;
    tocsin_fingerprint_article(text, n, has_title, &fp);
    const char *where = a->where ? a->where : (a->url ? a->url : a->key);
    if (g->code_first)
        return ingest_code_first(g, a, &fp, where, text, n, has_title, err);
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

static void note_clash(tocsin_ingester *g, const tocsin_article *a, const char *where)
{
    g->st.clashes++;
    ts_diag(g->diag, g->diag_ud, TOCSIN_OK, where, 0, -1,
            "id \"%s\" was stored before for a different article (other text or source); "
            "this one is stored as well", a->key ? a->key : "");
}

/* tocsin_ingest_article in code-first mode: the store is asked first what it
 * holds (committed, without the lock); a new article is coded then, its events
 * held; the article is stored under the writer lock, which decides, with the
 * held events when it is new after all; and the article's transaction is
 * committed, so that the lock is let go before the next article is coded. */
static int ingest_code_first(tocsin_ingester *g, const tocsin_article *a, const tocsin_fingerprint *fp,
                             const char *where, const char *text, size_t n, int has_title, tocsin_error *err)
{
    int pre = ts_store_article_peek(g->store, a, fp, err);
    if (pre < 0)
        return pre;
    g->n_held = 0;
    g->held_text.len = 0;
    int english = 1;
    tocsin_lang_guess lg;
    memset(&lg, 0, sizeof lg);
    if (pre == TOCSIN_ARTICLE_NEW) {
        tocsin_langid_guess(g->lang, text, n, &lg);
        english = tocsin_lang_codes(g->lang_mode, &lg);
        if (english) {
            tocsin_doc_info info = {a->key, a->date, where, has_title, a->source, a->url};
            g->failed = 0;
            memset(&g->err, 0, sizeof g->err);
            g->holding = 1;
            int rc = tocsin_code_text(g->coder, &info, text ? text : "", n);
            g->holding = 0;
            if (g->failed || rc == TOCSIN_ENOMEM) {
                if (err && g->failed)
                    *err = g->err;
                return TOCSIN_ENOMEM;
            }
            if (rc && rc != TOCSIN_ESTOPPED) { /* this article only, nothing stored */
                g->st.skipped++;
                ts_diag(g->diag, g->diag_ud, rc, where, 0, -1, "cannot be coded (%s); article skipped",
                        tocsin_strerror(rc));
                return TOCSIN_ARTICLE_SKIPPED;
            }
        }
    }
    int v = tocsin_store_mark(g->store, err);
    if (v < 0)
        return v;
    ts_store_expect_new(g->store, pre == TOCSIN_ARTICLE_NEW);
    v = tocsin_store_article(g->store, a, fp, g->version, &g->story, err);
    ts_store_expect_new(g->store, 0);
    if (v > 0 && (v & TOCSIN_ARTICLE_CLASH)) {
        v &= ~TOCSIN_ARTICLE_CLASH;
        note_clash(g, a, where);
    }
    if (v == TOCSIN_ARTICLE_NEW && pre != TOCSIN_ARTICLE_NEW) {
        v = ingest_coded(g, a, v, where, text, n, has_title, err); /* seen before, gone now: coded here */
    } else if (v == TOCSIN_ARTICLE_NEW) {
        g->st.fresh++;
        memcpy(g->last_lang, lg.lang, sizeof g->last_lang);
        if (!english) {
            g->st.not_english++;
            ts_diag(g->diag, g->diag_ud, TOCSIN_OK, a->key, 0, -1, "not coded: read as %s, not English%s",
                    lg.lang, g->lang_mode == TOCSIN_LANG_MODE_EN ? " (--lang en)" : " (--lang any codes it)");
        }
        for (size_t i = 0; i < g->n_held && v > 0; i++) {
            held *h = &g->held[i];
            for (int k = 0; k < HELD_SLICES; k++) {
                tocsin_slice *s = slice_of(&h->ev, k);
                s->ptr = s->len ? g->held_text.p + h->off[k] : NULL;
            }
            if (tocsin_store_add_event(g->store, g->story, &h->ev, err))
                v = TOCSIN_EIO;
            else
                g->st.events++;
        }
    } else if (v == TOCSIN_ARTICLE_COPY) {
        g->st.copies++;
    } else if (v == TOCSIN_ARTICLE_SEEN) {
        g->st.seen++;
    }
    int rc = v < 0 ? 0 : tocsin_store_release(g->store, v == TOCSIN_ARTICLE_SKIPPED, err);
    if (!rc && v >= 0)
        rc = tocsin_store_commit(g->store, err);
    if (!rc && v >= 0)
        rc = tocsin_store_begin(g->store, err);
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
