/* tocsin/status.h - one status convention for the whole library.
 *
 * Every function that can fail returns an int: 0 (TOCSIN_OK) on success, a
 * negative tocsin_status otherwise. Loaders and parsers also fill an optional
 * tocsin_error with the place of the problem; it is left untouched on success
 * and may be NULL. New codes are only ever appended. */
#ifndef TOCSIN_STATUS_H
#define TOCSIN_STATUS_H

/* The release of the library and its programs. */
#define TOCSIN_VERSION "0.1.0"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum tocsin_status {
    TOCSIN_OK = 0,
    TOCSIN_ENOMEM = -1,   /* out of memory */
    TOCSIN_EIO = -2,      /* a file could not be opened or read */
    TOCSIN_EPARSE = -3,   /* malformed input: a dictionary line, a JSON record */
    TOCSIN_EINVAL = -4,   /* invalid argument */
    TOCSIN_ENOTFOUND = -5,/* a file, directory or code does not exist */
    TOCSIN_ELIMIT = -6,   /* a size cap was reached (see the caps in each header) */
    TOCSIN_EENCODING = -7,/* invalid UTF-8 (repaired where possible) */
    TOCSIN_EBINARY = -8,  /* input looks like a binary file, skipped */
    TOCSIN_ESTOPPED = -9  /* a callback asked to stop */
} tocsin_status;

/* Where and why something failed. file is the input's name as given by the
 * caller ("-" for stdin); line is 1-based (0 = unknown); offset is a byte
 * offset into the file (-1 = unknown). */
typedef struct tocsin_error {
    int code;
    char message[256];
    char file[256];
    long line;
    long long offset;
} tocsin_error;

/* Static English name of a status code; never NULL. */
const char *tocsin_strerror(int code);

/* Receives warnings (repaired input, skipped lines) while work goes on. The
 * tocsin_error is only valid during the call. */
typedef void (*tocsin_diag_fn)(void *ud, const tocsin_error *diag);

#ifdef __cplusplus
}
#endif
#endif
