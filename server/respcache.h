/* respcache.h - finished HTTP answers of `tocsin serve`, kept in memory.
 * The key is the normalised request (path and sorted query); an entry is
 * valid while the database's generation (dbwatch.h) is the one it was made
 * in. Bounded in entries and bytes, least recently used out first. Every
 * function may be called from any thread. */
#ifndef TOCSIN_CLI_RESPCACHE_H
#define TOCSIN_CLI_RESPCACHE_H

#include <microhttpd.h>
#include <stddef.h>

typedef struct respcache respcache;

respcache *respcache_new(size_t max_entries, size_t max_bytes); /* NULL: out of memory */
void respcache_free(respcache *c);                               /* NULL allowed */

/* Queues the answer cached for key in generation gen on conn. Returns 1
 * (MHD's result in *ret, the status in *status) or 0 if there is none. */
int respcache_queue(respcache *c, const char *key, unsigned long long gen, struct MHD_Connection *conn,
                    enum MHD_Result *ret, unsigned *status);

/* Keeps r, which must not change any more, as the answer to key. Takes the
 * caller's reference: r is destroyed here or when it leaves the cache (MHD
 * frees it once the last connection sending it is done). */
void respcache_put(respcache *c, const char *key, unsigned long long gen, struct MHD_Response *r,
                   unsigned status, size_t bytes);

typedef struct respcache_stats {
    unsigned long long hits, misses;
    size_t entries, bytes;
} respcache_stats;
void respcache_get_stats(respcache *c, respcache_stats *st);

#endif
