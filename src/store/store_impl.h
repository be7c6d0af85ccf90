/* store_impl.h - what the analytics stage may see of a store: its database
 * connection (db.h: SQLite or PostgreSQL; never installed). */
#ifndef TS_STORE_IMPL_H
#define TS_STORE_IMPL_H

#include "tocsin/store.h"

#include "db.h"

ts_db *ts_store_db(tocsin_store *s);
const char *ts_store_path(const tocsin_store *s);
int ts_store_readonly(const tocsin_store *s);

/* Whether other processes may write the database at the same time as this
 * one (PostgreSQL): the ingester then codes an article before it takes the
 * writer lock. */
int ts_store_shared(const tocsin_store *s);
/* Batches begun from now on take the writer lock at their first write, not
 * at once (PostgreSQL; nothing changes on SQLite). */
void ts_store_set_lazy(tocsin_store *s, int on);
/* A hint for the next tocsin_store_article: the article was new when peeked,
 * so the stories of its MinHash bands are read with its key, one statement
 * (and one round trip under the writer lock) fewer. */
void ts_store_expect_new(tocsin_store *s, int on);
/* What tocsin_store_article would say of an article from what is committed,
 * without writing or locking: TOCSIN_ARTICLE_SEEN, _COPY (an exact copy),
 * _NEW, or a negative status. A hint: the answer under the lock decides. */
int ts_store_article_peek(tocsin_store *s, const tocsin_article *a, const tocsin_fingerprint *fp,
                          tocsin_error *err);

#endif
