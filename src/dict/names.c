/* names.c - what a reader calls an actor code ("PRKMIL" -> "North Korean
 * military") and a CAMEO code, for every output a person reads. The table is
 * the .txt files in <dictionaries>/names: bases (countries, organisations, regions) with a
 * name and an adjective, and sectors. */
#include "base/dirlist.h"
#include "base/internal.h"
#include "tocsin/dict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAMES_CODE_MAX 12 /* bytes of one code part, NUL included */
#define NAMES_FILES_MAX 64
#define NAMES_PARTS_MAX 4 /* sectors after a base: RUSGOVMIL... */

typedef struct name_entry {
    char code[NAMES_CODE_MAX];
    char name[TOCSIN_NAME_MAX];
    char adj[TOCSIN_NAME_MAX]; /* "" = none */
    unsigned char sector;      /* 1 for a sector, 0 for a base */
    unsigned order;            /* place in the files: the first line wins */
} name_entry;

struct tocsin_names {
    name_entry *v;
    size_t n, cap;
};

typedef struct load_ctx {
    tocsin_names *t;
    tocsin_error *err;
    int rc;
} load_ctx;

static int keep_txt(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

/* Copies field [p, p+n) trimmed into out[cap]; -1 if empty or too long. */
static int field(const char *p, size_t n, char *out, size_t cap)
{
    while (n && (*p == ' ' || *p == '\t'))
        p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r' || p[n - 1] == '\n'))
        n--;
    if (!n || n >= cap)
        return -1;
    memcpy(out, p, n);
    out[n] = '\0';
    return 0;
}

static int parse_line(tocsin_names *t, char *line, const char *path, long lineno,
                      tocsin_error *err)
{
    /* a comment starts at a '#' at the start or after a blank */
    for (char *h = line; (h = strchr(h, '#')) != NULL; h++) {
        if (h == line || h[-1] == ' ' || h[-1] == '\t') {
            *h = '\0';
            break;
        }
    }
    size_t end = strlen(line);
    while (end && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r' ||
                   line[end - 1] == '\n'))
        line[--end] = '\0';
    const char *f[5];
    size_t fl[5];
    int nf = 0;
    const char *p = line;
    for (;;) {
        const char *tab = strchr(p, '\t');
        size_t len = tab ? (size_t)(tab - p) : strlen(p);
        if (nf == 5)
            break;
        f[nf] = p;
        fl[nf] = len;
        nf++;
        if (!tab)
            break;
        p = tab + 1;
    }
    if (!end)
        return 0; /* a blank line */
    name_entry e;
    memset(&e, 0, sizeof e);
    char kind[16];
    if (nf < 3 || nf > 4 || field(f[0], fl[0], kind, sizeof kind) ||
        field(f[1], fl[1], e.code, sizeof e.code) || field(f[2], fl[2], e.name, sizeof e.name)) {
        ts_error_set(err, TOCSIN_EPARSE, path, lineno, -1,
                     "expected KIND<TAB>CODE<TAB>NAME[<TAB>ADJECTIVE]");
        return TOCSIN_EPARSE;
    }
    if (nf == 4 && field(f[3], fl[3], e.adj, sizeof e.adj)) {
        ts_error_set(err, TOCSIN_EPARSE, path, lineno, -1, "empty or overlong adjective");
        return TOCSIN_EPARSE;
    }
    if (strcmp(e.adj, "-") == 0)
        e.adj[0] = '\0';
    for (const char *c = e.code; *c; c++) {
        if (*c < 'A' || *c > 'Z') {
            ts_error_set(err, TOCSIN_EPARSE, path, lineno, -1,
                         "a code is written in capital letters A-Z: %s", e.code);
            return TOCSIN_EPARSE;
        }
    }
    if (strcmp(kind, "sector") == 0)
        e.sector = 1;
    else if (strcmp(kind, "country") && strcmp(kind, "org") && strcmp(kind, "region")) {
        ts_error_set(err, TOCSIN_EPARSE, path, lineno, -1,
                     "unknown kind '%s' (country, org, region or sector)", kind);
        return TOCSIN_EPARSE;
    }
    if (t->n >= TOCSIN_NAMES_MAX) {
        ts_error_set(err, TOCSIN_ELIMIT, path, lineno, -1, "more than %d names",
                     TOCSIN_NAMES_MAX);
        return TOCSIN_ELIMIT;
    }
    if (t->n == t->cap &&
        ts_vec_grow((void **)&t->v, &t->cap, t->n + 1, sizeof *t->v, TOCSIN_NAMES_MAX)) {
        ts_error_set(err, TOCSIN_ENOMEM, path, lineno, -1, "out of memory");
        return TOCSIN_ENOMEM;
    }
    e.order = (unsigned)t->n;
    t->v[t->n++] = e;
    return 0;
}

static int load_file(void *ud, const char *path)
{
    load_ctx *c = ud;
    FILE *fp = fopen(path, "r");
    if (!fp) {
        ts_error_set(c->err, TOCSIN_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
        return c->rc = TOCSIN_EIO;
    }
    char line[TOCSIN_NAMES_LINE_MAX];
    long lineno = 0;
    int rc = 0;
    while (!rc && fgets(line, sizeof line, fp)) {
        lineno++;
        size_t n = strlen(line);
        if (n == sizeof line - 1 && line[n - 1] != '\n' && !feof(fp)) {
            ts_error_set(c->err, TOCSIN_ELIMIT, path, lineno, -1, "line longer than %d bytes",
                         TOCSIN_NAMES_LINE_MAX - 2);
            rc = TOCSIN_ELIMIT;
            break;
        }
        rc = parse_line(c->t, line, path, lineno, c->err);
    }
    if (!rc && ferror(fp)) {
        ts_error_set(c->err, TOCSIN_EIO, path, lineno, -1, "read error");
        rc = TOCSIN_EIO;
    }
    fclose(fp);
    return c->rc = rc;
}

static int cmp_entry(const void *a, const void *b)
{
    const name_entry *x = a, *y = b;
    if (x->sector != y->sector)
        return x->sector - y->sector;
    int c = strcmp(x->code, y->code);
    if (c)
        return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

int tocsin_names_load(const char *dir, tocsin_names **out, tocsin_error *err)
{
    if (!dir || !out)
        return TOCSIN_EINVAL;
    *out = NULL;
    char path[4096];
    int w = snprintf(path, sizeof path, "%s/names", dir);
    if (w < 0 || (size_t)w >= sizeof path) {
        ts_error_set(err, TOCSIN_ELIMIT, dir, 0, -1, "path too long");
        return TOCSIN_ELIMIT;
    }
    tocsin_names *t = calloc(1, sizeof *t);
    if (!t)
        return TOCSIN_ENOMEM;
    load_ctx c = {t, err, 0};
    int rc = ts_each_in_dir(path, keep_txt, NAMES_FILES_MAX, load_file, &c);
    if (rc == TOCSIN_ENOTFOUND && !c.rc) {
        ts_error_set(err, TOCSIN_ENOTFOUND, path, 0, -1, "cannot read the folder: %s",
                     strerror(errno));
    }
    if (!rc && !t->n) {
        ts_error_set(err, TOCSIN_ENOTFOUND, path, 0, -1, "no names");
        rc = TOCSIN_ENOTFOUND;
    }
    if (rc) {
        tocsin_names_free(t);
        return rc;
    }
    if (t->n > 1)
        qsort(t->v, t->n, sizeof *t->v, cmp_entry);
    /* the first line for a code wins: drop the later ones */
    size_t k = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (k && t->v[k - 1].sector == t->v[i].sector &&
            strcmp(t->v[k - 1].code, t->v[i].code) == 0)
            continue;
        t->v[k++] = t->v[i];
    }
    t->n = k;
    *out = t;
    return 0;
}

void tocsin_names_free(tocsin_names *n)
{
    if (!n)
        return;
    free(n->v);
    free(n);
}

/* The entry for code [p, p+len) of the given kind, or NULL. */
static const name_entry *find(const tocsin_names *t, int sector, const char *p, size_t len)
{
    if (!len || len >= NAMES_CODE_MAX)
        return NULL;
    char key[NAMES_CODE_MAX];
    memcpy(key, p, len);
    key[len] = '\0';
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const name_entry *e = &t->v[mid];
        int c = e->sector != sector ? e->sector - sector : strcmp(e->code, key);
        if (c == 0)
            return e;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

int tocsin_actor_name(const tocsin_names *t, const char *code, char *out, size_t cap)
{
    if (!code || !out || !cap)
        return TOCSIN_EINVAL;
    out[0] = '\0';
    if (!t)
        return TOCSIN_ENOTFOUND;
    size_t len = strlen(code);
    /* the longest base that starts the code (NATO, BRICS, PRK), then sectors */
    const name_entry *base = NULL;
    size_t at = 0;
    for (size_t l = len < NAMES_CODE_MAX - 1 ? len : NAMES_CODE_MAX - 1; l >= 3 && !base; l--) {
        base = find(t, 0, code, l);
        if (base)
            at = l;
    }
    const name_entry *sec[NAMES_PARTS_MAX];
    size_t nsec = 0;
    while (at < len) {
        if (len - at < 3 || nsec == NAMES_PARTS_MAX)
            return TOCSIN_ENOTFOUND;
        const name_entry *s = find(t, 1, code + at, 3);
        if (!s)
            return TOCSIN_ENOTFOUND;
        sec[nsec++] = s;
        at += 3;
    }
    if (!base && !nsec)
        return TOCSIN_ENOTFOUND;
    const char *parts[NAMES_PARTS_MAX + 1];
    size_t np = 0;
    if (base)
        parts[np++] = nsec && base->adj[0] ? base->adj : base->name;
    for (size_t i = 0; i < nsec; i++)
        parts[np++] = sec[i]->name;
    size_t w = 0;
    int rc = 0;
    for (size_t i = 0; i < np && !rc; i++) {
        const char *s = parts[i];
        size_t n = strlen(s) + (i ? 1 : 0);
        if (w + n >= cap) {
            n = cap - 1 - w;
            rc = TOCSIN_ELIMIT;
        }
        if (i && n) {
            out[w++] = ' ';
            n--;
        }
        memcpy(out + w, s, n);
        w += n;
    }
    out[w] = '\0';
    return rc;
}

/* CAMEO writes its twenty roots in capitals ("FIGHT"); the table keeps them
 * in sentence case like the other names. */
const char *tocsin_cameo_name(const char *code)
{
    const char *name = NULL;
    if (tocsin_cameo_lookup(code, NULL, NULL, &name))
        return NULL;
    return name;
}
