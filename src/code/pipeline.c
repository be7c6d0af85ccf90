/* pipeline.c - parallel coding with ordered output (see tocsin/pipeline.h). */
#include "tocsin/pipeline.h"

#include "base/internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define BATCH_BYTES (1u << 20)
#define DOC_PART_MAX (8u << 20)
#define MAX_JOBS 256

typedef struct item {
    char *id, *date, *name;
    int has_title;
    size_t off, len; /* text in batch->text */
} item;

typedef struct batch {
    item *items;
    size_t n, cap;
    ts_buf text;
    char *out;
    size_t out_len, out_cap;
    tocsin_format fmt;
    tocsin_json *json;   /* the worker's writer, while it codes this batch */
    int done, err;
    struct batch *next;  /* work queue */
    struct batch *onext; /* output order */
} batch;

struct tocsin_pipeline {
    const tocsin_dict *d;
    tocsin_pipeline_options o;
    /* single-thread mode */
    tocsin_coder *coder;
    tocsin_json *json; /* one writer for every event */
    char *out;
    size_t out_len, out_cap;
    int err;
    /* threaded mode */
    pthread_t *th;
    int nth;
    pthread_mutex_t mu;
    pthread_cond_t cv_work, cv_done;
    batch *queue_head, *queue_tail; /* waiting for a worker */
    batch *order_head, *order_tail; /* all in flight, in input order */
    size_t inflight;
    int quit;
    batch *cur;    /* being filled */
    int cur_open;  /* a document is open in cur */
    tocsin_coder_stats sum;
};

static int collect(void *ud, const tocsin_event *ev)
{
    batch *b = ud;
    if (tocsin_format_event_with(b->json, ev, b->fmt, &b->out, &b->out_len, &b->out_cap))
        b->err = TOCSIN_ENOMEM;
    return 0;
}

static void add_stats(tocsin_coder_stats *a, const tocsin_coder_stats *b)
{
    a->documents += b->documents;
    a->sentences += b->sentences;
    a->events += b->events;
    a->bytes += b->bytes;
    a->repeated += b->repeated;
    a->boiler += b->boiler;
    a->bad_utf8 += b->bad_utf8;
}

/* ---- single thread ---- */

static int st_emit(void *ud, const tocsin_event *ev)
{
    tocsin_pipeline *p = ud;
    if (tocsin_format_event_with(p->json, ev, p->o.format, &p->out, &p->out_len, &p->out_cap)) {
        p->err = TOCSIN_ENOMEM;
        return 1;
    }
    if (p->out_len >= 64 * 1024) {
        if (p->o.write(p->o.write_ud, p->out, p->out_len))
            p->err = TOCSIN_EIO;
        p->out_len = 0;
    }
    return p->err != 0;
}

static int st_begin(void *ud, const tocsin_doc_info *info)
{
    tocsin_pipeline *p = ud;
    return tocsin_coder_begin(p->coder, info);
}
static int st_feed(void *ud, const char *t, size_t n)
{
    tocsin_pipeline *p = ud;
    int rc = tocsin_coder_feed(p->coder, t, n);
    return p->err ? p->err : rc;
}
static int st_end(void *ud)
{
    tocsin_pipeline *p = ud;
    int rc = tocsin_coder_end(p->coder);
    return p->err ? p->err : rc;
}

/* ---- threads ---- */

static void free_batch(batch *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->n; i++) {
        free(b->items[i].id);
        free(b->items[i].date);
        free(b->items[i].name);
    }
    free(b->items);
    ts_buf_free(&b->text);
    free(b->out);
    free(b);
}

static void *worker(void *arg)
{
    tocsin_pipeline *p = arg;
    tocsin_coder *c = tocsin_coder_new(p->d);
    tocsin_json *json = tocsin_json_new();
    if (c && !json) {
        tocsin_coder_free(c);
        c = NULL;
    }
    if (c) {
        tocsin_coder_set_options(c, p->o.coder_options);
        tocsin_coder_set_diag(c, p->o.diag, p->o.diag_ud);
    }
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (!p->queue_head && !p->quit)
            pthread_cond_wait(&p->cv_work, &p->mu);
        if (!p->queue_head && p->quit) {
            pthread_mutex_unlock(&p->mu);
            break;
        }
        batch *b = p->queue_head;
        p->queue_head = b->next;
        if (!p->queue_head)
            p->queue_tail = NULL;
        b->next = NULL;
        pthread_mutex_unlock(&p->mu);
        if (!c) {
            b->err = TOCSIN_ENOMEM;
        } else {
            b->json = json;
            b->fmt = p->o.format;
            tocsin_coder_set_sink(c, collect, b);
            for (size_t i = 0; i < b->n && !b->err; i++) {
                item *it = &b->items[i];
                tocsin_doc_info info = {it->id, it->date, it->name, it->has_title, NULL, NULL};
                tocsin_code_text(c, &info, b->text.p + it->off, it->len);
            }
        }
        pthread_mutex_lock(&p->mu);
        b->done = 1;
        pthread_cond_broadcast(&p->cv_done);
        pthread_mutex_unlock(&p->mu);
    }
    if (c) {
        tocsin_coder_stats st;
        tocsin_coder_get_stats(c, &st);
        pthread_mutex_lock(&p->mu);
        add_stats(&p->sum, &st);
        pthread_mutex_unlock(&p->mu);
    }
    tocsin_coder_free(c);
    tocsin_json_free(json);
    return NULL;
}

/* Writes finished batches at the head of the order; with wait, blocks until
 * the inflight count is below `limit`. */
static int flush_ready(tocsin_pipeline *p, size_t limit)
{
    int rc = 0;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        batch *b = p->order_head;
        if (!b)
            break;
        if (!b->done) {
            if (p->inflight < limit)
                break;
            pthread_cond_wait(&p->cv_done, &p->mu);
            continue;
        }
        p->order_head = b->onext;
        if (!p->order_head)
            p->order_tail = NULL;
        pthread_mutex_unlock(&p->mu);
        if (!rc && b->err)
            rc = b->err;
        if (!rc && b->out_len && p->o.write(p->o.write_ud, b->out, b->out_len))
            rc = TOCSIN_EIO;
        pthread_mutex_lock(&p->mu);
        p->inflight--;
        free_batch(b);
    }
    pthread_mutex_unlock(&p->mu);
    return rc;
}

static batch *new_batch(void)
{
    batch *b = calloc(1, sizeof *b);
    if (b)
        b->text.max = BATCH_BYTES + DOC_PART_MAX + 64;
    return b;
}

static int submit(tocsin_pipeline *p);

static int th_begin(void *ud, const tocsin_doc_info *info);
static int th_feed(void *ud, const char *t, size_t n);
static int th_end(void *ud);

static char *dupz(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *r = malloc(n + 1);
    if (r)
        memcpy(r, s, n + 1);
    return r;
}

static int th_begin(void *ud, const tocsin_doc_info *info)
{
    tocsin_pipeline *p = ud;
    if (!p->cur && !(p->cur = new_batch()))
        return TOCSIN_ENOMEM;
    batch *b = p->cur;
    if (ts_vec_grow((void **)&b->items, &b->cap, b->n + 1, sizeof *b->items, 0))
        return TOCSIN_ENOMEM;
    item *it = &b->items[b->n++];
    memset(it, 0, sizeof *it);
    it->id = dupz(info && info->id ? info->id : "");
    it->date = info && info->date ? dupz(info->date) : NULL;
    it->name = dupz(info && info->name ? info->name : "");
    it->has_title = info ? info->has_title : 0;
    it->off = b->text.len;
    p->cur_open = 1;
    return it->id && it->name ? 0 : TOCSIN_ENOMEM;
}

static int th_feed(void *ud, const char *t, size_t n)
{
    tocsin_pipeline *p = ud;
    while (n) {
        batch *b = p->cur;
        item *it = &b->items[b->n - 1];
        size_t room = DOC_PART_MAX - it->len;
        size_t take = n < room ? n : room;
        if (ts_buf_put(&b->text, t, take))
            return TOCSIN_ENOMEM;
        it->len += take;
        t += take;
        n -= take;
        if (n) {
            /* an oversized document continues as a new part in a new batch */
            tocsin_doc_info info = {it->id, it->date, it->name, 0, NULL, NULL};
            char *id = dupz(it->id), *date = dupz(it->date), *name = dupz(it->name);
            info.id = id;
            info.date = date;
            info.name = name;
            int rc = submit(p);
            if (!rc)
                rc = th_begin(p, &info);
            free(id);
            free(date);
            free(name);
            if (rc)
                return rc;
        }
    }
    return 0;
}

static int th_end(void *ud)
{
    tocsin_pipeline *p = ud;
    p->cur_open = 0;
    if (p->cur && p->cur->text.len >= BATCH_BYTES)
        return submit(p);
    return 0;
}

static int submit(tocsin_pipeline *p)
{
    batch *b = p->cur;
    p->cur = NULL;
    if (!b)
        return 0;
    if (b->n == 0) {
        free_batch(b);
        return 0;
    }
    int rc = flush_ready(p, (size_t)p->nth * 2);
    pthread_mutex_lock(&p->mu);
    b->next = NULL;
    if (p->queue_tail)
        p->queue_tail->next = b;
    else
        p->queue_head = b;
    p->queue_tail = b;
    b->onext = NULL;
    if (p->order_tail)
        p->order_tail->onext = b;
    else
        p->order_head = b;
    p->order_tail = b;
    p->inflight++;
    pthread_mutex_unlock(&p->mu);
    pthread_cond_signal(&p->cv_work);
    return rc;
}

int tocsin_pipeline_new(const tocsin_dict *d, const tocsin_pipeline_options *o,
                        tocsin_pipeline **out)
{
    *out = NULL;
    if (!d || !o || !o->write)
        return TOCSIN_EINVAL;
    tocsin_pipeline *p = calloc(1, sizeof *p);
    if (!p)
        return TOCSIN_ENOMEM;
    p->d = d;
    p->o = *o;
    if (p->o.jobs < 1)
        p->o.jobs = 1;
    if (p->o.jobs > MAX_JOBS)
        p->o.jobs = MAX_JOBS;
    if (p->o.jobs == 1) {
        p->coder = tocsin_coder_new(d);
        p->json = tocsin_json_new();
        if (!p->coder || !p->json) {
            tocsin_coder_free(p->coder);
            tocsin_json_free(p->json);
            free(p);
            return TOCSIN_ENOMEM;
        }
        tocsin_coder_set_options(p->coder, o->coder_options);
        tocsin_coder_set_diag(p->coder, o->diag, o->diag_ud);
        tocsin_coder_set_sink(p->coder, st_emit, p);
        *out = p;
        return 0;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv_work, NULL);
    pthread_cond_init(&p->cv_done, NULL);
    p->th = calloc((size_t)p->o.jobs, sizeof *p->th);
    if (!p->th) {
        free(p);
        return TOCSIN_ENOMEM;
    }
    for (int i = 0; i < p->o.jobs; i++) {
        if (pthread_create(&p->th[i], NULL, worker, p))
            break;
        p->nth++;
    }
    if (!p->nth) {
        free(p->th);
        free(p);
        return TOCSIN_ENOMEM;
    }
    *out = p;
    return 0;
}

tocsin_doc_sink tocsin_pipeline_sink(tocsin_pipeline *p)
{
    tocsin_doc_sink s;
    if (p->coder) {
        s.begin = st_begin;
        s.feed = st_feed;
        s.end = st_end;
    } else {
        s.begin = th_begin;
        s.feed = th_feed;
        s.end = th_end;
    }
    s.ud = p;
    return s;
}

int tocsin_pipeline_finish(tocsin_pipeline *p, tocsin_coder_stats *st)
{
    int rc = 0;
    if (p->coder) {
        if (p->out_len && p->o.write(p->o.write_ud, p->out, p->out_len))
            rc = TOCSIN_EIO;
        p->out_len = 0;
        if (st)
            tocsin_coder_get_stats(p->coder, st);
        return rc ? rc : p->err;
    }
    rc = submit(p);
    int rc2 = flush_ready(p, 1);
    pthread_mutex_lock(&p->mu);
    p->quit = 1;
    pthread_cond_broadcast(&p->cv_work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nth; i++)
        pthread_join(p->th[i], NULL);
    p->nth = 0;
    if (st)
        *st = p->sum;
    return rc ? rc : rc2;
}

void tocsin_pipeline_free(tocsin_pipeline *p)
{
    if (!p)
        return;
    if (p->coder) {
        tocsin_coder_free(p->coder);
        tocsin_json_free(p->json);
        free(p->out);
        free(p);
        return;
    }
    if (p->nth)
        tocsin_pipeline_finish(p, NULL);
    free_batch(p->cur);
    free(p->th);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv_work);
    pthread_cond_destroy(&p->cv_done);
    free(p);
}
