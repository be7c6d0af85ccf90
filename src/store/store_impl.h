/* store_impl.h - what the analytics stage may see of a store: its database
 * connection (db.h: SQLite or PostgreSQL; never installed). */
#ifndef TS_STORE_IMPL_H
#define TS_STORE_IMPL_H

#include "tocsin/store.h"

#include "db.h"

ts_db *ts_store_db(tocsin_store *s);
const char *ts_store_path(const tocsin_store *s);
int ts_store_readonly(const tocsin_store *s);

#endif
