/* store_impl.h - what the analytics stage may see of a store: its SQLite
 * connection (never installed). */
#ifndef TS_STORE_IMPL_H
#define TS_STORE_IMPL_H

#include "tocsin/store.h"

#include <sqlite3.h>

sqlite3 *ts_store_db(tocsin_store *s);
const char *ts_store_path(const tocsin_store *s);
int ts_store_readonly(const tocsin_store *s);

#endif
