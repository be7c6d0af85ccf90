/* boiler.h - recognises scraped page furniture (bylines, share and subscribe
 * boxes, cookie notices) so that no event comes from it. */
#ifndef TS_BOILER_H
#define TS_BOILER_H

#include <stddef.h>

/* 1 if the line is boilerplate. `first` is 1 for the document's first
 * non-empty line (a headline is kept even without final punctuation). */
int ts_is_boiler(const char *line, size_t n, int first);

#endif
