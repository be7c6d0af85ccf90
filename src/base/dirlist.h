/* dirlist.h - visiting a directory's entries in name order. */
#ifndef TS_DIRLIST_H
#define TS_DIRLIST_H

#include <stddef.h>

/* Calls fn(ud, "dir/name") for each entry that keep(name) accepts (all when
 * keep is NULL; names starting with '.' are always skipped), sorted by name,
 * at most max entries. Stops at the first non-zero return of fn and returns
 * it. Returns TOCSIN_ENOTFOUND (errno set) if dir cannot be opened. */
int ts_each_in_dir(const char *dir, int (*keep)(const char *name), size_t max,
                   int (*fn)(void *ud, const char *path), void *ud);

#endif
