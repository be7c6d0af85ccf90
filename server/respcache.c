/* respcache.c - a bounded LRU of MHD responses (see respcache.h): a hash
 * table for lookup and a doubly linked list for recency, under one mutex.
 * Lookups are short (hash, compare, queue), so one lock is no bottleneck
 * at the thread counts a server of this size runs. */
#include "respcache.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKETS 1024 /* a power of two */

typedef struct entry {
    struct entry *next_in_bucket, *newer, *older;
    struct MHD_Response *r;
    unsigned long long gen;
    uint64_t hash;
    size_t bytes;
    unsigned status;
    char key[];
} entry;

struct respcache {
    pthread_mutex_t mu;
    entry *bucket[NBUCKETS];
    entry *newest, *oldest;
    size_t n, bytes, max_entries, max_bytes;
    unsigned long long gen; /* the newest generation seen */
    unsigned long long hits, misses;
};

static uint64_t hash_key(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

respcache *respcache_new(size_t max_entries, size_t max_bytes)
{
    respcache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    if (pthread_mutex_init(&c->mu, NULL)) {
        free(c);
        return NULL;
    }
    c->max_entries = max_entries ? max_entries : 1;
    c->max_bytes = max_bytes;
    return c;
}

static void unlink_entry(respcache *c, entry *e)
{
    entry **p = &c->bucket[e->hash & (NBUCKETS - 1)];
    while (*p && *p != e)
        p = &(*p)->next_in_bucket;
    if (*p)
        *p = e->next_in_bucket;
    if (e->newer)
        e->newer->older = e->older;
    else
        c->newest = e->older;
    if (e->older)
        e->older->newer = e->newer;
    else
        c->oldest = e->newer;
    c->n--;
    c->bytes -= e->bytes;
    MHD_destroy_response(e->r);
    free(e);
}

static void clear(respcache *c)
{
    while (c->oldest)
        unlink_entry(c, c->oldest);
}

void respcache_free(respcache *c)
{
    if (!c)
        return;
    clear(c);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

static entry *find(respcache *c, const char *key, uint64_t h)
{
    for (entry *e = c->bucket[h & (NBUCKETS - 1)]; e; e = e->next_in_bucket)
        if (e->hash == h && !strcmp(e->key, key))
            return e;
    return NULL;
}

/* a new generation makes every entry stale: drop them all at once */
static void see_gen(respcache *c, unsigned long long gen)
{
    if (gen > c->gen) {
        clear(c);
        c->gen = gen;
    }
}

int respcache_queue(respcache *c, const char *key, unsigned long long gen, struct MHD_Connection *conn,
                    enum MHD_Result *ret, unsigned *status)
{
    uint64_t h = hash_key(key);
    pthread_mutex_lock(&c->mu);
    see_gen(c, gen);
    entry *e = find(c, key, h);
    if (!e || e->gen != gen) {
        c->misses++;
        pthread_mutex_unlock(&c->mu);
        return 0;
    }
    if (e != c->newest) { /* move to the front */
        e->newer->older = e->older;
        if (e->older)
            e->older->newer = e->newer;
        else
            c->oldest = e->newer;
        e->older = c->newest;
        e->newer = NULL;
        c->newest->newer = e;
        c->newest = e;
    }
    c->hits++;
    /* queueing takes MHD's own reference, so eviction after this is safe */
    *ret = MHD_queue_response(conn, e->status, e->r);
    *status = e->status;
    pthread_mutex_unlock(&c->mu);
    return 1;
}

void respcache_put(respcache *c, const char *key, unsigned long long gen, struct MHD_Response *r,
                   unsigned status, size_t bytes)
{
    size_t klen = strlen(key);
    if (bytes > c->max_bytes / 4 || klen > 8192) {
        MHD_destroy_response(r); /* too big to be worth a slot */
        return;
    }
    entry *e = malloc(sizeof *e + klen + 1);
    if (!e) {
        MHD_destroy_response(r);
        return;
    }
    memcpy(e->key, key, klen + 1);
    e->hash = hash_key(key);
    e->r = r;
    e->gen = gen;
    e->bytes = bytes + sizeof *e + klen;
    e->status = status;
    pthread_mutex_lock(&c->mu);
    see_gen(c, gen);
    if (gen < c->gen) { /* made from data that is already stale */
        pthread_mutex_unlock(&c->mu);
        MHD_destroy_response(r);
        free(e);
        return;
    }
    entry *old = find(c, key, e->hash);
    if (old)
        unlink_entry(c, old);
    while (c->oldest && (c->n + 1 > c->max_entries || c->bytes + e->bytes > c->max_bytes))
        unlink_entry(c, c->oldest);
    size_t b = e->hash & (NBUCKETS - 1);
    e->next_in_bucket = c->bucket[b];
    c->bucket[b] = e;
    e->newer = NULL;
    e->older = c->newest;
    if (c->newest)
        c->newest->newer = e;
    c->newest = e;
    if (!c->oldest)
        c->oldest = e;
    c->n++;
    c->bytes += e->bytes;
    pthread_mutex_unlock(&c->mu);
}

void respcache_get_stats(respcache *c, respcache_stats *st)
{
    pthread_mutex_lock(&c->mu);
    st->hits = c->hits;
    st->misses = c->misses;
    st->entries = c->n;
    st->bytes = c->bytes;
    pthread_mutex_unlock(&c->mu);
}
