/* status.c - names of the status codes and helpers to fill tocsin_error. */
#include "tocsin/status.h"
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *tocsin_strerror(int code)
{
    switch (code) {
    case TOCSIN_OK: return "success";
    case TOCSIN_ENOMEM: return "out of memory";
    case TOCSIN_EIO: return "input/output error";
    case TOCSIN_EPARSE: return "parse error";
    case TOCSIN_EINVAL: return "invalid argument";
    case TOCSIN_ENOTFOUND: return "not found";
    case TOCSIN_ELIMIT: return "size limit reached";
    case TOCSIN_EENCODING: return "invalid UTF-8";
    case TOCSIN_EBINARY: return "binary input";
    case TOCSIN_ESTOPPED: return "stopped by callback";
    default: return "unknown error";
    }
}

void ts_error_set(tocsin_error *e, int code, const char *file, long line, long long offset,
                  const char *fmt, ...)
{
    if (!e)
        return;
    e->code = code;
    e->line = line;
    e->offset = offset;
    size_t n = file ? strlen(file) : 0;
    if (n >= sizeof e->file)
        n = sizeof e->file - 1;
    if (n)
        memcpy(e->file, file, n);
    e->file[n] = '\0';
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
}

void ts_diag(tocsin_diag_fn fn, void *ud, int code, const char *file, long line,
             long long offset, const char *fmt, ...)
{
    if (!fn)
        return;
    tocsin_error e;
    memset(&e, 0, sizeof e);
    e.code = code;
    e.line = line;
    e.offset = offset;
    size_t n = file ? strlen(file) : 0;
    if (n >= sizeof e.file)
        n = sizeof e.file - 1;
    if (n)
        memcpy(e.file, file, n);
    e.file[n] = '\0';
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.message, sizeof e.message, fmt, ap);
    va_end(ap);
    fn(ud, &e);
}
