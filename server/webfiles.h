/* webfiles.h - the dashboard's files (the front-end bundle) as `tocsin
 * serve` finds and hands them out: "/" is index.html, other paths name
 * files under the bundle folder. Never anything outside it: empty, "." and
 * ".." segments, hidden names, backslashes, control bytes, and symbolic
 * links that lead out are refused (encoded forms are caught by the caller,
 * which sees the raw request). */
#ifndef TOCSIN_CLI_WEBFILES_H
#define TOCSIN_CLI_WEBFILES_H

typedef struct webfiles webfiles;

/* The bundle folder: dir if given, else $TOCSIN_WEB, else web/ next to the
 * executable (build/web), else DATADIR/web; the first that exists. NULL
 * only when out of memory. */
webfiles *webfiles_open(const char *dir);
void webfiles_free(webfiles *w); /* NULL allowed */

const char *webfiles_dir(const webfiles *w); /* the folder looked in */
int webfiles_present(const webfiles *w);     /* 1 if it has index.html */

typedef struct webfile {
    int fd;                   /* open for reading; the caller closes it */
    unsigned long long size;
    const char *type;         /* Content-Type */
} webfile;

/* Opens the file for the decoded request path. Returns an HTTP status: 200
 * with *out filled, 400 for a path that tries to leave the folder, 404. */
int webfiles_find(const webfiles *w, const char *path, webfile *out);

/* The page answered at "/" when there is no bundle (static text). */
const char *webfiles_missing_page(void);

#endif
