/* webfiles.c - finding and opening the dashboard's files (see webfiles.h). */
#define _XOPEN_SOURCE 700 /* realpath */
#include "webfiles.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef TOCSIN_DATADIR
#define TOCSIN_DATADIR "/usr/local/share/tocsin"
#endif

#define MAX_WEB_PATH 1024 /* longer request paths name no file of ours */

struct webfiles {
    char *dir;  /* as looked for */
    char *root; /* its real path, or NULL if it does not exist */
};

static int is_dir(const char *p)
{
    struct stat st;
    return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* web/ beside the running executable: build/web for build/tocsin */
static char *beside_exe(void)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    size_t len = strlen(exe) + 5;
    char *p = malloc(len);
    if (p)
        snprintf(p, len, "%s/web", exe);
    return p;
}

webfiles *webfiles_open(const char *dir)
{
    webfiles *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    const char *env = getenv("TOCSIN_WEB");
    if (dir) {
        w->dir = strdup(dir);
    } else if (env && *env) {
        w->dir = strdup(env);
    } else {
        w->dir = beside_exe();
        if (!is_dir(w->dir) && is_dir(TOCSIN_DATADIR "/web")) {
            free(w->dir);
            w->dir = strdup(TOCSIN_DATADIR "/web");
        }
        if (!w->dir)
            w->dir = strdup("web");
    }
    if (!w->dir) {
        free(w);
        return NULL;
    }
    if (is_dir(w->dir))
        w->root = realpath(w->dir, NULL);
    return w;
}

void webfiles_free(webfiles *w)
{
    if (!w)
        return;
    free(w->dir);
    free(w->root);
    free(w);
}

const char *webfiles_dir(const webfiles *w)
{
    return w->dir;
}

int webfiles_present(const webfiles *w)
{
    webfile f;
    if (webfiles_find(w, "/", &f) != 200)
        return 0;
    close(f.fd);
    return 1;
}

static const char *type_of(const char *name)
{
    static const struct {
        const char *ext, *type;
    } types[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".json", "application/json; charset=utf-8"},
        {".map", "application/json; charset=utf-8"},
        {".woff2", "font/woff2"},
        {".txt", "text/plain; charset=utf-8"},
    };
    const char *dot = strrchr(name, '.');
    for (size_t k = 0; dot && k < sizeof types / sizeof types[0]; k++)
        if (!strcmp(dot, types[k].ext))
            return types[k].type;
    return "application/octet-stream";
}

/* 1 if the relative path is made of plain names only */
static int plain_path(const char *p)
{
    if (!*p || strlen(p) > MAX_WEB_PATH)
        return 0;
    for (const char *seg = p; seg;) {
        const char *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        if (n == 0 || seg[0] == '.') /* "//", a trailing "/", ".", "..", hidden files */
            return 0;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)seg[i];
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':')
                return 0;
        }
        seg = end ? end + 1 : NULL;
    }
    return 1;
}

int webfiles_find(const webfiles *w, const char *path, webfile *out)
{
    memset(out, 0, sizeof *out);
    out->fd = -1;
    if (!path || path[0] != '/')
        return 400;
    const char *rel = strcmp(path, "/") ? path + 1 : "index.html";
    if (!plain_path(rel))
        return 400;
    if (!w->root)
        return 404;
    size_t len = strlen(w->root) + strlen(rel) + 2;
    char *full = malloc(len);
    if (!full)
        return 404;
    snprintf(full, len, "%s/%s", w->root, rel);
    char *real = realpath(full, NULL);
    free(full);
    if (!real)
        return 404;
    /* symbolic links inside the bundle may not lead out of it */
    size_t rl = strlen(w->root);
    int inside = !strncmp(real, w->root, rl) && real[rl] == '/';
    int fd = inside ? open(real, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) : -1;
    free(real);
    if (!inside)
        return 404;
    struct stat st;
    if (fd < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode)) {
        if (fd >= 0)
            close(fd);
        return 404;
    }
    out->fd = fd;
    out->size = (unsigned long long)st.st_size;
    out->type = type_of(rel);
    return 200;
}

const char *webfiles_missing_page(void)
{
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>tocsin</title></head>\n"
           "<body><h1>tocsin</h1>\n"
           "<p>The dashboard's files (the front-end bundle) are missing. Build them with\n"
           "<code>make web</code> (they go to build/web), or point <code>tocsin serve --web DIR</code>\n"
           "or <code>$TOCSIN_WEB</code> at a folder that has index.html.</p>\n"
           "<p>The JSON API works without them: <a href=\"/api/v1/status\">/api/v1/status</a>,\n"
           "<a href=\"/api/v1/alerts\">/api/v1/alerts</a>, <a href=\"/api/v1/events\">/api/v1/events</a>\n"
           "(see doc/api.md).</p>\n</body></html>\n";
}
