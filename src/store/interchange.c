/* interchange.c - event data in other projects' formats.
 *
 * Reads one line of a GDELT, ICEWS, KEDS or WEIS event file into a tocsin_ext_event
 * with tocsin's actor codes, and writes CAMEO-, GDELT- and PLOVER-style export
 * lines. The knowledge lives in plain-text tables under dict/interchange/ (each
 * file documents its own format and choices):
 *
 *   codes.txt           the non-ISO parts of tocsin's code scheme: org, region, sector
 *   country-names.txt   English country names -> ISO 3166-1 alpha-3 (generated)
 *   keds.txt            KEDS/CAMEO actor codes -> tocsin codes
 *   cameo-types.txt     CAMEO actor types (GDELT Actor*Type1Code) -> sectors
 *   icews-sectors.txt   ICEWS sectors -> sectors, in priority order
 *   icews-actors.txt    ICEWS actors without a country (organisations) -> codes
 *   cameo2plover.txt    CAMEO codes -> PLOVER event, mode, context (generated)
 *   weis2cameo.txt      WEIS event codes -> CAMEO codes
 *   weis-actors.txt     actor codes WEIS-coded series use in another sense than keds.txt
 *
 * The tables are loaded once into an immutable tocsin_ext_maps that any number
 * of threads may share; parsing and formatting touch nothing else. */
#include "tocsin/interchange.h"

#include "base/internal.h"
#include "dict/gazetteer.h"
#include "tocsin/dict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXT_MAX_LINE 1024      /* longest table line */
#define EXT_MAX_ENTRIES 100000 /* entries per table */
#define EXT_KEY_MAX 128        /* longest key (an ICEWS name), NUL included */
#define EXT_VAL_MAX 64         /* longest value (a PLOVER triple), NUL included */
#define EXT_MAX_FIELDS 64      /* fields kept per input line (GDELT 2.0 has 61) */
#define EXT_SHOW 60            /* bytes of an offending value quoted in a message */

enum {
    T_CODES, T_COUNTRY, T_KEDS, T_TYPES, T_ISECTOR, T_IACTOR, T_PLOVER, T_WEIS, T_WACT,
    T_WGOLD, /* WEIS Goldstein weights, on request (tocsin_ext_load_weis_goldstein) */
    T_UACT,  /* the user's own actor codes, on request (tocsin_ext_load_actors) */
    T_ISO,
    T_COUNT
};

/* Loaded in this order: later tables are checked against codes.txt and the
 * country codes of country-names.txt. fold = keys compared ignoring ASCII case. */
static const struct {
    const char *file;
    int table, fold;
} ext_files[] = {
    {"codes.txt", T_CODES, 0},         {"country-names.txt", T_COUNTRY, 1},
    {"keds.txt", T_KEDS, 0},           {"cameo-types.txt", T_TYPES, 0},
    {"icews-sectors.txt", T_ISECTOR, 1}, {"icews-actors.txt", T_IACTOR, 1},
    {"cameo2plover.txt", T_PLOVER, 0}, {"weis2cameo.txt", T_WEIS, 0},
    {"weis-actors.txt", T_WACT, 0},
};

typedef struct ext_ent {
    char key[EXT_KEY_MAX];
    char val[EXT_VAL_MAX];
    long line; /* file line (for duplicate reports); for T_ISECTOR the priority */
} ext_ent;

typedef TS_VEC(ext_ent) ext_table;

struct tocsin_ext_maps {
    ext_table t[T_COUNT];
};

typedef struct slice {
    const char *p;
    size_t n;
} slice;

/* ---- small helpers ---- */

static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static char lower(char c) { return is_upper(c) ? (char)(c - 'A' + 'a') : c; }

static slice trim(slice s)
{
    while (s.n && (s.p[0] == ' ' || s.p[0] == '\t' || s.p[0] == '\r'))
        s.p++, s.n--;
    while (s.n && (s.p[s.n - 1] == ' ' || s.p[s.n - 1] == '\t' || s.p[s.n - 1] == '\r'))
        s.n--;
    return s;
}

static int slice_is(slice s, const char *lit)
{
    size_t n = strlen(lit);
    return s.n == n && !memcmp(s.p, lit, n);
}

static int slice_is_nocase(slice s, const char *lit)
{
    size_t n = strlen(lit);
    if (s.n != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower(s.p[i]) != lower(lit[i]))
            return 0;
    return 1;
}

/* Copies s into dst[cap] (NUL-terminated); -1 if it does not fit. */
static int copy(char *dst, size_t cap, slice s)
{
    if (s.n >= cap)
        return -1;
    memcpy(dst, s.p, s.n);
    dst[s.n] = '\0';
    return 0;
}

/* Copies as much of s as fits, cut at a UTF-8 character boundary: free text
 * (a description) may be shortened, unlike a code or an id. */
static void copy_cut(char *dst, size_t cap, slice s)
{
    size_t n = s.n < cap ? s.n : cap - 1;
    if (n < s.n)
        while (n && ((unsigned char)s.p[n] & 0xC0) == 0x80)
            n--;
    memcpy(dst, s.p, n);
    dst[n] = '\0';
}

/* Splits at tabs; stores at most max fields, returns how many there are. */
static size_t split_tabs(slice line, slice *f, size_t max)
{
    size_t nf = 0;
    const char *p = line.p, *e = line.p + line.n;
    for (;;) {
        const char *t = memchr(p, '\t', (size_t)(e - p));
        const char *fe = t ? t : e;
        if (nf < max)
            f[nf] = (slice){p, (size_t)(fe - p)};
        nf++;
        if (!t)
            break;
        p = t + 1;
    }
    return nf;
}

/* ---- tables ---- */

static int ent_cmp(const void *a, const void *b)
{
    const ext_ent *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return (x->line > y->line) - (x->line < y->line);
}

/* key: the slice as is, or ASCII-lowercased for folded tables; NULL if too long. */
static const ext_ent *find(const tocsin_ext_maps *m, int table, slice key, int fold)
{
    ext_ent probe;
    if (key.n == 0 || key.n >= sizeof probe.key)
        return NULL;
    for (size_t i = 0; i < key.n; i++)
        probe.key[i] = fold ? lower(key.p[i]) : key.p[i];
    probe.key[key.n] = '\0';
    const ext_table *t = &m->t[table];
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(t->v[mid].key, probe.key);
        if (c == 0) {
            /* entries with equal keys only survive in T_ISO, where any will do */
            return &t->v[mid];
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static const char *code_kind(const tocsin_ext_maps *m, slice s)
{
    const ext_ent *e = find(m, T_CODES, s, 0);
    return e ? e->val : "";
}

static int is_country(const tocsin_ext_maps *m, slice s)
{
    return s.n == 3 && find(m, T_ISO, s, 0) != NULL;
}

static int is_sector(const tocsin_ext_maps *m, slice s)
{
    return !strcmp(code_kind(m, s), "sector");
}

static int is_base(const tocsin_ext_maps *m, slice s)
{
    const char *k = code_kind(m, s);
    return is_country(m, s) || !strcmp(k, "org") || !strcmp(k, "region");
}

/* A tocsin code is BASE or BASE+SECTOR (codes.txt); sectors are 3 letters. */
static int valid_code(const tocsin_ext_maps *m, slice s)
{
    if (s.n >= sizeof ((tocsin_ext_event *)0)->source)
        return 0;
    for (size_t i = 0; i < s.n; i++)
        if (!is_upper(s.p[i]))
            return 0;
    if (is_base(m, s))
        return 1;
    return s.n > 3 && is_base(m, (slice){s.p, s.n - 3}) && is_sector(m, (slice){s.p + s.n - 3, 3});
}

typedef struct loader {
    tocsin_ext_maps *m;
    int table, fold;
    const char *path;
    long line;
    tocsin_error *err;
} loader;

static int bad_line(loader *L, const char *what, slice s)
{
    ts_error_set(L->err, TOCSIN_EPARSE, L->path, L->line, -1, "%s '%.*s'", what,
                 (int)(s.n > EXT_SHOW ? EXT_SHOW : s.n), s.p);
    return TOCSIN_EPARSE;
}

/* PLOVER rows keep their three fields tab-separated in val. */
static int check_plover(loader *L, slice key, slice val)
{
    for (size_t i = 0; i < key.n; i++)
        if (!is_digit(key.p[i]))
            return bad_line(L, "not a CAMEO code:", key);
    if (key.n < 2 || key.n > 4)
        return bad_line(L, "not a CAMEO code:", key);
    slice f[4];
    if (split_tabs(val, f, 4) != 3)
        return bad_line(L, "expected CODE<TAB>EVENT<TAB>MODE<TAB>CONTEXT, got", val);
    for (int i = 0; i < 3; i++)
        if (trim(f[i]).n == 0 || trim(f[i]).n != f[i].n)
            return bad_line(L, "empty or padded PLOVER field (write '-' for none):", val);
    return 0;
}

/* A CAMEO event code tocsin's CAMEO table knows. */
static int check_cameo(loader *L, slice val)
{
    char code[8];
    int digits = val.n >= 2 && val.n <= 4;
    for (size_t i = 0; digits && i < val.n; i++)
        digits = is_digit(val.p[i]);
    if (!digits || copy(code, sizeof code, val) || tocsin_cameo_lookup(code, NULL, NULL, NULL))
        return bad_line(L, "not a CAMEO event code:", val);
    return 0;
}

/* A Goldstein weight: a number from -10 to 10. */
static int check_weight(loader *L, slice val)
{
    char num[32];
    if (copy(num, sizeof num, val))
        return bad_line(L, "not a Goldstein weight:", val);
    char *end = NULL;
    errno = 0;
    double g = strtod(num, &end);
    if (errno || end == num || *end || !(g >= -10.0 && g <= 10.0))
        return bad_line(L, "not a Goldstein weight (-10 to 10):", val);
    return 0;
}

static int check_value(loader *L, slice key, slice val)
{
    tocsin_ext_maps *m = L->m;
    switch (L->table) {
    case T_CODES:
        if (!slice_is(val, "org") && !slice_is(val, "region") && !slice_is(val, "sector"))
            return bad_line(L, "kind must be org, region or sector, not", val);
        for (size_t i = 0; i < key.n; i++)
            if (!is_upper(key.p[i]))
                return bad_line(L, "codes are capital letters:", key);
        if (key.n < 3 || key.n > 5 || (slice_is(val, "sector") && key.n != 3))
            return bad_line(L, "bad code length:", key);
        return 0;
    case T_COUNTRY:
        if (val.n != 3 || !is_upper(val.p[0]) || !is_upper(val.p[1]) || !is_upper(val.p[2]))
            return bad_line(L, "not a 3-letter country code:", val);
        return 0;
    case T_KEDS:
    case T_IACTOR:
    case T_WACT:
    case T_UACT:
        if (!slice_is(val, "none") && !valid_code(m, val))
            return bad_line(L, "not a valid tocsin code (see codes.txt):", val);
        return 0;
    case T_TYPES:
        if (!slice_is(val, "-") && !slice_is(val, "none") && !is_sector(m, val))
            return bad_line(L, "expected a sector, '-' or 'none', not", val);
        return 0;
    case T_ISECTOR:
        if (!slice_is(val, "IGO") && !slice_is(val, "none") && !is_sector(m, val))
            return bad_line(L, "expected a sector, IGO or none, not", val);
        return 0;
    case T_PLOVER:
        return check_plover(L, key, val);
    case T_WEIS:
        if (key.n != 3 || !is_digit(key.p[0]) || !is_digit(key.p[1]) || !is_digit(key.p[2]))
            return bad_line(L, "not a 3-digit WEIS code:", key);
        return check_cameo(L, val);
    case T_WGOLD:
        if (key.n != 3 || !is_digit(key.p[0]) || !is_digit(key.p[1]) || !is_digit(key.p[2]))
            return bad_line(L, "not a 3-digit WEIS code:", key);
        return check_weight(L, val);
    default:
        return 0;
    }
}

static int add(tocsin_ext_maps *m, int table, slice key, int fold, slice val, long line)
{
    ext_ent e;
    if (copy(e.key, sizeof e.key, key) || copy(e.val, sizeof e.val, val))
        return TOCSIN_ELIMIT;
    if (fold)
        for (char *p = e.key; *p; p++)
            *p = lower(*p);
    e.line = line;
    return ts_vec_push(&m->t[table], e, EXT_MAX_ENTRIES);
}

static int load_line(loader *L, slice line)
{
    const char *tab = memchr(line.p, '\t', line.n);
    if (!tab)
        return bad_line(L, "expected KEY<TAB>VALUE, got", line);
    slice key = trim((slice){line.p, (size_t)(tab - line.p)});
    slice val = (slice){tab + 1, (size_t)(line.p + line.n - tab - 1)};
    if (L->table != T_PLOVER) {
        val = trim(val);
        if (memchr(val.p, '\t', val.n))
            return bad_line(L, "more than one value in", line);
    }
    if (!key.n || !val.n)
        return bad_line(L, "empty key or value in", line);
    if (L->table == T_WGOLD && L->line == 1 && !is_digit(key.p[0]))
        return 0; /* the header of a weights table ("code<TAB>goldstein") */
    int rc = check_value(L, key, val);
    if (rc)
        return rc;
    rc = add(L->m, L->table, key, L->fold, val, L->line);
    if (rc == TOCSIN_ELIMIT)
        return bad_line(L, "key or value too long:", line);
    if (rc)
        return rc;
    /* the country codes of the names table are the valid country codes */
    if (L->table == T_COUNTRY)
        rc = add(L->m, T_ISO, val, 0, val, L->line);
    return rc;
}

/* Sorts a table and refuses a key listed twice (naming both lines). */
static int finish_table(tocsin_ext_maps *m, int table, const char *path, tocsin_error *err)
{
    ext_table *t = &m->t[table];
    if (t->n)
        qsort(t->v, t->n, sizeof *t->v, ent_cmp);
    if (table == T_ISO)
        return 0;
    for (size_t i = 1; i < t->n; i++)
        if (!strcmp(t->v[i].key, t->v[i - 1].key)) {
            ts_error_set(err, TOCSIN_EPARSE, path, t->v[i].line, -1, "'%s' is already listed on line %ld",
                         t->v[i].key, t->v[i - 1].line);
            return TOCSIN_EPARSE;
        }
    return 0;
}

static int load_path(tocsin_ext_maps *m, const char *path, int table, int fold, tocsin_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        int code = errno == ENOENT ? TOCSIN_ENOTFOUND : TOCSIN_EIO;
        ts_error_set(err, code, path, 0, -1, "cannot open: %s", strerror(errno));
        return code;
    }
    loader L = {m, table, fold, path, 0, err};
    char buf[EXT_MAX_LINE];
    int rc = 0;
    while (!rc && fgets(buf, sizeof buf, f)) {
        L.line++;
        size_t n = strlen(buf);
        if (n == sizeof buf - 1 && buf[n - 1] != '\n') {
            ts_error_set(err, TOCSIN_EPARSE, path, L.line, -1, "line too long (at most %d bytes)",
                         EXT_MAX_LINE - 2);
            rc = TOCSIN_EPARSE;
            break;
        }
        char *hash = memchr(buf, '#', n);
        slice s = {buf, hash ? (size_t)(hash - buf) : n};
        while (s.n && (s.p[s.n - 1] == '\n' || s.p[s.n - 1] == '\r' || s.p[s.n - 1] == ' ' ||
                       s.p[s.n - 1] == '\t'))
            s.n--;
        if (!trim(s).n)
            continue;
        rc = load_line(&L, s);
        if (rc == TOCSIN_ENOMEM)
            ts_error_set(err, rc, path, L.line, -1, "out of memory");
    }
    if (!rc && ferror(f)) {
        ts_error_set(err, TOCSIN_EIO, path, L.line, -1, "read error");
        rc = TOCSIN_EIO;
    }
    fclose(f);
    if (!rc)
        rc = finish_table(m, L.table, path, err);
    if (!rc && L.table == T_COUNTRY)
        rc = finish_table(m, T_ISO, path, err);
    return rc;
}

static int load_file(tocsin_ext_maps *m, const char *dir, int which, tocsin_error *err)
{
    char path[4096];
    int pn = snprintf(path, sizeof path, "%s/interchange/%s", dir, ext_files[which].file);
    if (pn < 0 || (size_t)pn >= sizeof path) {
        ts_error_set(err, TOCSIN_EINVAL, dir, 0, -1, "dictionary path too long");
        return TOCSIN_EINVAL;
    }
    return load_path(m, path, ext_files[which].table, ext_files[which].fold, err);
}

/* Replaces an optional table with the one in path; on error it is empty. */
static int load_optional(tocsin_ext_maps *m, const char *path, int table, tocsin_error *err)
{
    if (!m || !path) {
        ts_error_set(err, TOCSIN_EINVAL, NULL, 0, -1, "no maps or path");
        return TOCSIN_EINVAL;
    }
    free(m->t[table].v);
    memset(&m->t[table], 0, sizeof m->t[table]);
    int rc = load_path(m, path, table, 0, err);
    if (rc) {
        free(m->t[table].v);
        memset(&m->t[table], 0, sizeof m->t[table]);
    }
    return rc;
}

int tocsin_ext_load_weis_goldstein(tocsin_ext_maps *m, const char *path, tocsin_error *err)
{
    return load_optional(m, path, T_WGOLD, err);
}

int tocsin_ext_load_actors(tocsin_ext_maps *m, const char *path, tocsin_error *err)
{
    return load_optional(m, path, T_UACT, err);
}

int tocsin_ext_load_maps(const char *dict_dir, tocsin_ext_maps **out, tocsin_error *err)
{
    if (!dict_dir || !out) {
        ts_error_set(err, TOCSIN_EINVAL, NULL, 0, -1, "no dictionary directory or output");
        return TOCSIN_EINVAL;
    }
    *out = NULL;
    tocsin_ext_maps *m = calloc(1, sizeof *m);
    if (!m) {
        ts_error_set(err, TOCSIN_ENOMEM, dict_dir, 0, -1, "out of memory");
        return TOCSIN_ENOMEM;
    }
    for (size_t i = 0; i < sizeof ext_files / sizeof ext_files[0]; i++) {
        int rc = load_file(m, dict_dir, (int)i, err);
        if (rc) {
            tocsin_ext_free_maps(m);
            return rc;
        }
    }
    *out = m;
    return 0;
}

void tocsin_ext_free_maps(tocsin_ext_maps *m)
{
    if (!m)
        return;
    for (int i = 0; i < T_COUNT; i++)
        free(m->t[i].v);
    free(m);
}

/* ---- parsing ---- */

static int fail(tocsin_error *err, const char *what, slice s)
{
    ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "%s '%.*s'", what,
                 (int)(s.n > EXT_SHOW ? EXT_SHOW : s.n), s.p);
    return TOCSIN_EPARSE;
}

/* Writes "none" as "" and anything else as is (validated when loaded). */
static void set_code(char out[16], const char *v)
{
    if (!strcmp(v, "none"))
        v = "";
    size_t n = strlen(v);
    memcpy(out, v, n + 1);
}

static int put_code(const tocsin_ext_maps *m, slice s, char out[16])
{
    if (!valid_code(m, s))
        return -1;
    memcpy(out, s.p, s.n);
    out[s.n] = '\0';
    return 0;
}

/* A code the user's table or weis-actors.txt (WEIS series only) lists: they
 * come before keds.txt. NULL if neither does. */
static const ext_ent *override(const tocsin_ext_maps *m, slice s, int weis)
{
    const ext_ent *e = find(m, T_UACT, s, 0);
    return e ? e : weis ? find(m, T_WACT, s, 0) : NULL;
}

/* A code as listed: in the user's table, in weis-actors.txt (WEIS series
 * only), in keds.txt, or already a tocsin code. 0 and out set, or -1. */
static int keds_listed(const tocsin_ext_maps *m, slice s, int weis, char out[16])
{
    const ext_ent *e = override(m, s, weis);
    if (!e)
        e = find(m, T_KEDS, s, 0);
    if (e) {
        set_code(out, e->val);
        return 0;
    }
    return put_code(m, s, out);
}

/* 1 if a tocsin code already carries a sector (BASE+SECTOR, codes.txt). */
static int has_sector(const tocsin_ext_maps *m, const char *code)
{
    size_t n = strlen(code);
    return n > 3 && is_sector(m, (slice){code + n - 3, 3}) && is_base(m, (slice){code, n - 3});
}

/* A code no table lists, read as a listed code followed by CAMEO role codes
 * (cameo-types.txt), longest listed prefix first: UNKGOV = UNK (GBR) + GOV,
 * AZRREBMIL = AZR + REB (+ MIL: a code keeps its first sector). A role
 * mapped to `none` makes the whole actor none. 0 and out set, or -1. */
static int keds_composed(const tocsin_ext_maps *m, slice s, int weis, int overrides_only, char out[16])
{
    for (size_t cut = s.n >= 6 ? s.n - 3 : 0; cut >= 3; cut -= 3) {
        size_t k;
        for (k = cut; k < s.n && find(m, T_TYPES, (slice){s.p + k, 3}, 0); k += 3)
            ;
        if (k != s.n) /* a chunk after the cut is not a role */
            continue;
        char code[16];
        const ext_ent *w = overrides_only ? override(m, (slice){s.p, cut}, weis) : NULL;
        if (overrides_only ? !w : keds_listed(m, (slice){s.p, cut}, weis, code) != 0)
            continue;
        if (w)
            set_code(code, w->val);
        for (k = cut; k < s.n && code[0]; k += 3) {
            const ext_ent *t = find(m, T_TYPES, (slice){s.p + k, 3}, 0);
            if (!strcmp(t->val, "none"))
                code[0] = '\0';
            else if (strcmp(t->val, "-") && !has_sector(m, code) && strlen(code) + strlen(t->val) < sizeof code) {
                size_t cn = strlen(code), vn = strlen(t->val);
                char with[16];
                memcpy(with, code, cn);
                memcpy(with + cn, t->val, vn + 1);
                if (valid_code(m, (slice){with, cn + vn}))
                    memcpy(code, with, cn + vn + 1);
            }
        }
        memcpy(out, code, strlen(code) + 1);
        return 0;
    }
    return -1;
}

/* KEDS and WEIS series: a listed code, a tocsin code, or a listed code with
 * CAMEO roles after it. */
static int map_keds(const tocsin_ext_maps *m, slice s, char out[16], const char *what, int weis,
                    tocsin_error *err)
{
    s = trim(s);
    if (!s.n) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "empty %s actor code", what);
        return TOCSIN_EPARSE;
    }
    /* the user's codes and a WEIS series' own sense of a code come first, also
       as a prefix (AUSGOV is Austria's government there, whatever keds.txt lists) */
    const ext_ent *w = s.n < 16 ? override(m, s, weis) : NULL;
    if (w) {
        set_code(out, w->val);
        return 0;
    }
    if (s.n < 16 && (!keds_composed(m, s, weis, 1, out) || !keds_listed(m, s, weis, out) ||
                     !keds_composed(m, s, weis, 0, out)))
        return 0;
    ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "unknown %s %s actor code '%.*s'", weis ? "WEIS" : "KEDS",
                 what, (int)(s.n > EXT_SHOW ? EXT_SHOW : s.n), s.p);
    return TOCSIN_EPARSE;
}

int tocsin_ext_map_actor(const tocsin_ext_maps *m, tocsin_ext_format fmt, const char *code, char out[16],
                         tocsin_error *err)
{
    if (!m || !code || !out || (fmt != TOCSIN_EXT_KEDS && fmt != TOCSIN_EXT_WEIS)) {
        ts_error_set(err, TOCSIN_EINVAL, NULL, 0, -1, "no maps or code, or not a KEDS or WEIS format");
        return TOCSIN_EINVAL;
    }
    out[0] = '\0';
    return map_keds(m, (slice){code, strlen(code)}, out, "episode", fmt == TOCSIN_EXT_WEIS, err);
}

/* An event code without the brackets that TABARI's dictionaries write
 * around codes ("[0841]") and that some of its output files carry on one
 * side ("0841]", "[145"): one '[' before and one ']' after, if what is left
 * is digits (the caller checks the code itself). */
static slice unbracket(slice s)
{
    s = trim(s);
    slice in = s;
    if (in.n && in.p[0] == '[')
        in.p++, in.n--;
    if (in.n && in.p[in.n - 1] == ']')
        in.n--;
    for (size_t i = 0; i < in.n; i++)
        if (!is_digit(in.p[i]))
            return s;
    return in.n ? in : s;
}

/* A CAMEO event code: 2 to 4 digits that tocsin's CAMEO table knows. */
static int read_event_code(slice s, char out[8], tocsin_error *err)
{
    s = unbracket(s);
    int digits = s.n >= 2 && s.n <= 4;
    for (size_t i = 0; digits && i < s.n; i++)
        digits = is_digit(s.p[i]);
    if (!digits || copy(out, 8, s) || tocsin_cameo_lookup(out, NULL, NULL, NULL))
        return fail(err, "not a CAMEO event code:", s);
    return 0;
}

/* YYYY-MM-DD; YYMMDD (KEDS: 69-99 are 19xx, 00-68 20xx, as POSIX %y); or
 * YYYYMMDD (GDELT's SQLDATE). */
static int read_date(slice s, int allow_yymmdd, int allow_yyyymmdd, char out[11], tocsin_error *err)
{
    s = trim(s);
    char d[11];
    int ok = 1;
    for (size_t i = 0; i < s.n && ok; i++)
        ok = is_digit(s.p[i]) || (s.n == 10 && (i == 4 || i == 7) && s.p[i] == '-');
    if (ok && s.n == 10) {
        memcpy(d, s.p, 10);
    } else if (ok && s.n == 6 && allow_yymmdd) {
        int yy = (s.p[0] - '0') * 10 + (s.p[1] - '0');
        memcpy(d, yy >= 69 ? "19" : "20", 2);
        memcpy(d + 2, s.p, 2);
        d[4] = '-', memcpy(d + 5, s.p + 2, 2), d[7] = '-', memcpy(d + 8, s.p + 4, 2);
    } else if (ok && s.n == 8 && allow_yyyymmdd) {
        memcpy(d, s.p, 4);
        d[4] = '-', memcpy(d + 5, s.p + 4, 2), d[7] = '-', memcpy(d + 8, s.p + 6, 2);
    } else {
        return fail(err, "bad date:", s);
    }
    d[10] = '\0';
    int32_t days;
    if (ts_parse_date(d, 10, &days))
        return fail(err, "bad date:", s);
    memcpy(out, d, 11);
    return 0;
}

static int read_id(slice s, char *out, size_t cap, tocsin_error *err)
{
    s = trim(s);
    if (!s.n || copy(out, cap, s))
        return fail(err, s.n ? "record id too long:" : "empty record id", s);
    return 0;
}

static int parse_keds(const tocsin_ext_maps *m, slice *f, size_t nf, tocsin_ext_event *out,
                      tocsin_error *err)
{
    if (slice_is_nocase(trim(f[0]), "date"))
        return 0; /* header */
    if (nf < 4) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1,
                     "KEDS line has %zu field(s), expected 4 tab-separated: date, source, target, code",
                     nf);
        return TOCSIN_EPARSE;
    }
    int rc;
    if ((rc = read_date(f[0], 1, 0, out->date, err)) ||
        (rc = map_keds(m, f[1], out->source, "source", 0, err)) ||
        (rc = map_keds(m, f[2], out->target, "target", 0, err)) || (rc = read_event_code(f[3], out->code, err)))
        return rc;
    /* TABARI-style files carry the event's label or sentence in a 5th column */
    if (nf > 4)
        copy_cut(out->text, sizeof out->text, trim(f[4]));
    return 1;
}

/* WEIS series: as KEDS, with a 3-digit WEIS code that weis2cameo.txt turns
 * into CAMEO; the WEIS code and the line's label are kept in the text. */
static int parse_weis(const tocsin_ext_maps *m, slice *f, size_t nf, tocsin_ext_event *out,
                      tocsin_error *err)
{
    if (slice_is_nocase(trim(f[0]), "date"))
        return 0; /* header */
    if (nf < 4) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1,
                     "WEIS line has %zu field(s), expected 4 tab-separated: date, source, target, code",
                     nf);
        return TOCSIN_EPARSE;
    }
    slice code = unbracket(f[3]);
    int rc;
    if ((rc = read_date(f[0], 1, 0, out->date, err)) ||
        (rc = map_keds(m, f[1], out->source, "source", 1, err)) ||
        (rc = map_keds(m, f[2], out->target, "target", 1, err)))
        return rc;
    /* a 2-digit code is its cue category: the category's general code (22 = 220) */
    char three[3];
    slice key = code;
    if (code.n == 2 && is_digit(code.p[0]) && is_digit(code.p[1])) {
        three[0] = code.p[0], three[1] = code.p[1], three[2] = '0';
        key = (slice){three, 3};
    }
    const ext_ent *e = key.n == 3 ? find(m, T_WEIS, key, 0) : NULL;
    if (!e)
        return fail(err, "unknown WEIS event code (not in weis2cameo.txt)", code);
    code = key;
    memcpy(out->code, e->val, strlen(e->val) + 1);
    const ext_ent *g = find(m, T_WGOLD, code, 0);
    if (g) {
        out->goldstein = strtod(g->val, NULL); /* checked when loaded */
        out->has_goldstein = 1;
    }
    memcpy(out->text, "WEIS ", 5);
    memcpy(out->text + 5, code.p, 3);
    out->text[8] = '\0';
    if (nf > 4 && trim(f[4]).n) {
        out->text[8] = ' ';
        copy_cut(out->text + 9, sizeof out->text - 9, trim(f[4]));
    }
    return 1;
}

/* ICEWS sectors: the listed sector that comes first in icews-sectors.txt.
 * Returns the entry, or NULL; *any_listed / *igo say what else was seen. */
static const ext_ent *best_sector(const tocsin_ext_maps *m, slice sectors, int *any_listed, int *igo)
{
    const ext_ent *best = NULL;
    *any_listed = *igo = 0;
    const char *p = sectors.p, *e = sectors.p + sectors.n;
    while (p < e) {
        const char *c = memchr(p, ',', (size_t)(e - p));
        const char *se = c ? c : e;
        const ext_ent *x = find(m, T_ISECTOR, trim((slice){p, (size_t)(se - p)}), 1);
        if (x) {
            *any_listed = 1;
            if (!strcmp(x->val, "IGO"))
                *igo = 1;
            else if (strcmp(x->val, "none") && (!best || x->line < best->line))
                best = x;
        }
        p = c ? c + 1 : e;
    }
    return best;
}

static int map_icews(const tocsin_ext_maps *m, slice name, slice sectors, slice country, char out[16],
                     tocsin_error *err)
{
    name = trim(name), sectors = trim(sectors), country = trim(country);
    int any_listed, igo;
    const ext_ent *sec = best_sector(m, sectors, &any_listed, &igo);
    if (country.n && !slice_is(country, "NA")) {
        const ext_ent *c = find(m, T_COUNTRY, country, 1);
        slice base = c ? (slice){c->val, 3} : country;
        if (!c && !is_country(m, base))
            return fail(err, "unknown ICEWS country", country);
        memcpy(out, base.p, 3);
        if (sec)
            memcpy(out + 3, sec->val, 4);
        else
            out[3] = '\0';
        return 0;
    }
    /* no country: an organisation, a region or an unidentified actor */
    const ext_ent *a = find(m, T_IACTOR, name, 1);
    if (!a && name.n > 2 && name.p[name.n - 1] == ')') {
        const char *lp = NULL; /* the last '(' */
        for (const char *p = name.p; p < name.p + name.n; p++)
            if (*p == '(')
                lp = p;
        if (lp)
            a = find(m, T_IACTOR, trim((slice){lp + 1, (size_t)(name.p + name.n - 1 - lp - 1)}), 1);
    }
    if (a)
        set_code(out, a->val);
    else if (igo)
        set_code(out, "IGO");
    else if (any_listed || !name.n)
        out[0] = '\0'; /* a sector without a country names no tocsin actor */
    else
        return fail(err, "unknown ICEWS actor without a country:", name);
    return 0;
}

/* A coordinate field: a number in [-lim, lim], else 0 (left out). */
static int read_coord(slice v, double lim, double *out)
{
    char num[32];
    v = trim(v);
    if (!v.n || v.n >= sizeof num)
        return 0;
    memcpy(num, v.p, v.n);
    num[v.n] = '\0';
    char *end;
    double d = strtod(num, &end);
    if (*end || !(d >= -lim && d <= lim))
        return 0;
    *out = d;
    return 1;
}

/* The place columns of an ICEWS or GDELT line (country: a name, or a code
 * kept as the data set writes it). */
static void read_geo(tocsin_ext_event *out, int type, slice name, slice country, slice adm1, slice lat, slice lon,
                     slice feature)
{
    double la = 0, lo = 0;
    out->geo_has_ll = read_coord(lat, 90, &la) && read_coord(lon, 180, &lo);
    out->geo_lat = la;
    out->geo_lon = lo;
    copy_cut(out->geo_name, sizeof out->geo_name, trim(name));
    copy_cut(out->geo_adm1, sizeof out->geo_adm1, trim(adm1));
    copy_cut(out->geo_feature, sizeof out->geo_feature, trim(feature));
    country = trim(country);
    if (country.n == 2 || country.n == 3) {
        copy_cut(out->geo_country, sizeof out->geo_country, country);
    } else if (country.n) {
        const ts_gaz *g = ts_gaz_get();
        int32_t id = g ? ts_gaz_lookup(g, country.p, country.n, TS_PL_COUNTRY) : -1;
        const ts_place *p = id >= 0 ? ts_gaz_place(g, (uint32_t)id) : NULL;
        if (p)
            memcpy(out->geo_country, p->iso3, sizeof out->geo_country);
    }
    out->geo_type = out->geo_name[0] || out->geo_country[0] || out->geo_has_ll ? type : 0;
}

static int parse_icews(const tocsin_ext_maps *m, slice *f, size_t nf, tocsin_ext_event *out,
                       tocsin_error *err)
{
    if (slice_is_nocase(trim(f[0]), "Event ID"))
        return 0; /* header */
    if (nf != 20) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "ICEWS line has %zu field(s), expected 20", nf);
        return TOCSIN_EPARSE;
    }
    int rc;
    if ((rc = read_id(f[0], out->id, sizeof out->id, err)) || (rc = read_date(f[1], 0, 0, out->date, err)) ||
        (rc = map_icews(m, f[2], f[3], f[4], out->source, err)) ||
        (rc = map_icews(m, f[8], f[9], f[10], out->target, err)) ||
        (rc = read_event_code(f[6], out->code, err)))
        return rc;
    copy_cut(out->text, sizeof out->text, trim(f[5]));
    /* 14 City, 15 District, 16 Province, 17 Country, 18 Latitude, 19 Longitude */
    slice city = trim(f[14]), prov = trim(f[16]), ctry = trim(f[17]);
    char full[160];
    size_t o = 0;
    slice parts[3] = {city, prov, ctry};
    for (int k = 0; k < 3; k++) {
        if (!parts[k].n)
            continue;
        if (o && o + 2 < sizeof full)
            memcpy(full + o, ", ", 2), o += 2;
        size_t take = parts[k].n < sizeof full - 1 - o ? parts[k].n : sizeof full - 1 - o;
        memcpy(full + o, parts[k].p, take), o += take;
    }
    int us = slice_is(ctry, "United States");
    int type = city.n ? (us ? 3 : 4) : prov.n ? (us ? 2 : 5) : 1;
    read_geo(out, type, (slice){full, o}, ctry, prov, f[18], f[19], (slice){"", 0});
    return 1;
}

/* GDELT actor: Actor*Code, Actor*CountryCode, Actor*KnownGroupCode, Actor*Type1Code. */
static int map_gdelt(const tocsin_ext_maps *m, slice code, slice country, slice group, slice type,
                     char out[16], tocsin_error *err)
{
    code = trim(code), country = trim(country), group = trim(group), type = trim(type);
    out[0] = '\0';
    if (!code.n)
        return 0; /* GDELT leaves actors it could not identify empty */
    const ext_ent *e = find(m, T_KEDS, code, 0);
    if (e) {
        set_code(out, e->val);
        return 0;
    }
    if (!put_code(m, code, out))
        return 0;
    /* intergovernmental bodies: IGO + known group ("IGOWSTNAT", group NAT) */
    int igo_prefix = code.n >= 3 && !memcmp(code.p, "IGO", 3);
    if (igo_prefix) {
        char k[8] = "IGO";
        if (group.n == 3) {
            memcpy(k + 3, group.p, 3);
            if ((e = find(m, T_KEDS, (slice){k, 6}, 0)) != NULL) {
                set_code(out, e->val);
                return 0;
            }
        }
        set_code(out, "IGO");
        return 0;
    }
    const ext_ent *t = type.n ? find(m, T_TYPES, type, 0) : NULL;
    if (type.n && !t)
        return fail(err, "unknown GDELT actor type", type);
    if (country.n) {
        char base[16];
        if ((e = find(m, T_KEDS, country, 0)) != NULL) {
            set_code(base, e->val);
        } else if (is_country(m, country) || !strcmp(code_kind(m, country), "region")) {
            memcpy(base, country.p, country.n);
            base[country.n] = '\0';
        } else {
            return fail(err, "unknown GDELT country code", country);
        }
        if (!base[0] || (t && !strcmp(t->val, "none")))
            return 0;
        size_t bn = strlen(base);
        memcpy(out, base, bn + 1);
        /* a mapped country that already carries a sector keeps it */
        if (t && strcmp(t->val, "-") && bn == 3)
            memcpy(out + 3, t->val, 4);
        return 0;
    }
    if (t)
        return 0; /* a role without a country names no tocsin actor */
    return fail(err, "unknown GDELT actor code", code);
}

static int parse_gdelt(const tocsin_ext_maps *m, slice *f, size_t nf, tocsin_ext_event *out,
                       tocsin_error *err)
{
    if (slice_is(trim(f[0]), "GLOBALEVENTID"))
        return 0; /* header (GDELT's own files have none; exports often do) */
    if (nf != 57 && nf != 58 && nf != 61) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1,
                     "GDELT line has %zu field(s), expected 57 or 58 (1.0) or 61 (2.0)", nf);
        return TOCSIN_EPARSE;
    }
    slice id = trim(f[0]);
    for (size_t i = 0; i < id.n; i++)
        if (!is_digit(id.p[i]))
            return fail(err, "GLOBALEVENTID is not a number:", id);
    /* The first 35 columns are the same in GDELT 1.0 and 2.0: 0 GLOBALEVENTID,
     * 1 SQLDATE, 5-14 Actor1 (Code, Name, CountryCode, KnownGroupCode,
     * EthnicCode, Religion1/2Code, Type1/2/3Code), 15-24 Actor2 likewise,
     * 25 IsRootEvent, 26 EventCode, ... 34 AvgTone. 1.0 historical files end
     * with DATEADDED (57), daily files add SOURCEURL (58); 2.0 adds an ADM2 code
     * to each of the three geographies (61). */
    int rc;
    if ((rc = read_id(id, out->id, sizeof out->id, err)) || (rc = read_date(f[1], 0, 1, out->date, err)) ||
        (rc = map_gdelt(m, f[5], f[7], f[8], f[12], out->source, err)) ||
        (rc = map_gdelt(m, f[15], f[17], f[18], f[22], out->target, err)) ||
        (rc = read_event_code(f[26], out->code, err)))
        return rc;
    /* ActionGeo: 49-55 in 1.0 (Type, FullName, CountryCode, ADM1Code, Lat,
       Long, FeatureID), 51-58 in 2.0 (ADM2Code after ADM1Code) */
    size_t a = nf == 61 ? 51 : 49, ll = nf == 61 ? a + 5 : a + 4;
    slice t = trim(f[a]);
    int type = t.n == 1 && t.p[0] >= '1' && t.p[0] <= '5' ? t.p[0] - '0' : 0;
    if (type) {
        /* GDELT's country code is FIPS 10-4 ("UP" for Ukraine), which no
           Debian package maps to ISO: the country is read from the last part
           of the full name ("Kharkiv, Kharkivs'ka Oblast', Ukraine") instead,
           and left empty when the gazetteer does not know it. A three-letter
           code (tocsin's own GDELT export) is ISO already. */
        slice ctry = trim(f[a + 2]), name = trim(f[a + 1]);
        if (ctry.n != 3) {
            size_t k = name.n;
            while (k && name.p[k - 1] != ',')
                k--;
            ctry = trim((slice){name.p + k, name.n - k});
            if (ctry.n == 2 || ctry.n == 3)
                ctry.n = 0; /* a code, not a name: nothing to resolve */
        }
        read_geo(out, type, f[a + 1], ctry, f[a + 3], f[ll], f[ll + 1], f[ll + 2]);
    }
    return 1;
}

int tocsin_ext_parse_line(const tocsin_ext_maps *m, tocsin_ext_format fmt, const char *line, size_t n,
                          tocsin_ext_event *out, tocsin_error *err)
{
    if (!m || !out || (!line && n)) {
        ts_error_set(err, TOCSIN_EINVAL, NULL, 0, -1, "no maps, line or output");
        return TOCSIN_EINVAL;
    }
    memset(out, 0, sizeof *out);
    slice s = {line ? line : "", n};
    if (s.n >= 3 && !memcmp(s.p, "\xEF\xBB\xBF", 3))
        s.p += 3, s.n -= 3; /* a byte-order mark before a header */
    while (s.n && (s.p[s.n - 1] == '\n' || s.p[s.n - 1] == '\r'))
        s.n--;
    if (!trim(s).n)
        return 0;
    if (memchr(s.p, '\0', s.n)) {
        ts_error_set(err, TOCSIN_EPARSE, NULL, 0, -1, "NUL byte in line");
        return TOCSIN_EPARSE;
    }
    slice f[EXT_MAX_FIELDS];
    size_t nf = split_tabs(s, f, EXT_MAX_FIELDS);
    int rc;
    switch (fmt) {
    case TOCSIN_EXT_KEDS: rc = parse_keds(m, f, nf, out, err); break;
    case TOCSIN_EXT_WEIS: rc = parse_weis(m, f, nf, out, err); break;
    case TOCSIN_EXT_ICEWS: rc = parse_icews(m, f, nf, out, err); break;
    case TOCSIN_EXT_GDELT: rc = parse_gdelt(m, f, nf, out, err); break;
    default:
        ts_error_set(err, TOCSIN_EINVAL, NULL, 0, -1, "format %d cannot be read", (int)fmt);
        return TOCSIN_EINVAL;
    }
    if (rc != 1)
        memset(out, 0, sizeof *out);
    return rc;
}

/* ---- export ---- */

/* GDELT export columns: a subset of GDELT 1.0's, with tocsin's values.
 * ActionGeo_CountryCode is ISO 3166-1 alpha-3 (GDELT writes FIPS 10-4),
 * ActionGeo_ADM1Code ISO 3166-2, ActionGeo_FeatureID a GeoNames id ("gn:"),
 * an ISO code or one of tocsin's own regions ("tocsin:donbas").
 * ActorNCode is tocsin's code; ActorNCountryCode its country or region part;
 * ActorNType1Code its sector, or IGO for an organisation (NATO, UNO, EUR, IGO,
 * BRICS: codes.txt `org`). */
static const char gdelt_header[] =
    "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor1CountryCode\tActor1Type1Code\tActor2Code\t"
    "Actor2CountryCode\tActor2Type1Code\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\t"
    "GoldsteinScale\tNumSources\tNumArticles\tDATEADDED\tActionGeo_Type\tActionGeo_FullName\t"
    "ActionGeo_CountryCode\tActionGeo_ADM1Code\tActionGeo_Lat\tActionGeo_Long\tActionGeo_FeatureID\n";
/* the CAMEO and PLOVER exports end with the place as tocsin code's TSV gives it */
#define GEO_COLUMNS "geo_type\tgeo_name\tgeo_country\tgeo_adm1\tgeo_lat\tgeo_lon\tgeo_feature\n"
static const char cameo_header[] =
    "id\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\tn_sources\tn_articles\t" GEO_COLUMNS;
static const char plover_header[] =
    "id\tdate\tsource\ttarget\tplover_event\tplover_mode\tplover_context\tcameo\t" GEO_COLUMNS;

int tocsin_ext_header(tocsin_ext_format fmt, char *buf, size_t cap)
{
    const char *h;
    size_t n;
    switch (fmt) {
    case TOCSIN_EXT_GDELT: h = gdelt_header, n = sizeof gdelt_header - 1; break;
    case TOCSIN_EXT_CAMEO: h = cameo_header, n = sizeof cameo_header - 1; break;
    case TOCSIN_EXT_PLOVER: h = plover_header, n = sizeof plover_header - 1; break;
    default: return TOCSIN_EINVAL; /* KEDS and ICEWS are read, not written */
    }
    if (!buf)
        return TOCSIN_EINVAL;
    if (n >= cap)
        return TOCSIN_ELIMIT;
    memcpy(buf, h, n + 1);
    return (int)n;
}

typedef struct writer {
    char *p;
    size_t cap, len;
    int over;
} writer;

static void w_put(writer *w, const char *s, size_t n)
{
    if (w->over || n >= w->cap - w->len) {
        w->over = 1;
        return;
    }
    memcpy(w->p + w->len, s, n);
    w->len += n;
    w->p[w->len] = '\0';
}

/* A field from a fixed-size array: at most its size, controls as spaces so
 * that a stray tab or newline cannot shift the columns. */
static void w_field(writer *w, const char *s, size_t size)
{
    size_t n = strnlen(s, size);
    for (size_t i = 0; i < n; i++) {
        char c = (unsigned char)s[i] < 0x20 ? ' ' : s[i];
        w_put(w, &c, 1);
    }
}
#define W_FIELD(w, arr) w_field((w), (arr), sizeof(arr))

static void w_tab(writer *w) { w_put(w, "\t", 1); }

static void w_fmt(writer *w, const char *fmt, long long a, double g, int which)
{
    char tmp[48];
    int n = which ? snprintf(tmp, sizeof tmp, fmt, g) : snprintf(tmp, sizeof tmp, fmt, a);
    if (n < 0 || (size_t)n >= sizeof tmp)
        w->over = 1;
    else
        w_put(w, tmp, (size_t)n);
}
#define W_INT(w, v) w_fmt((w), "%lld", (long long)(v), 0.0, 0)
#define W_TENTHS(w, g) w_fmt((w), "%.1f", 0, (g), 1)

static int is_org(const tocsin_ext_maps *m, const char *base, size_t n)
{
    if (m)
        return !strcmp(code_kind(m, (slice){base, n}), "org");
    /* without tables: the organisations of codes.txt */
    static const char *const orgs[] = {"NATO", "UNO", "EUR", "IGO", "NGO", "BRICS"};
    for (size_t i = 0; i < sizeof orgs / sizeof orgs[0]; i++)
        if (strlen(orgs[i]) == n && !memcmp(orgs[i], base, n))
            return 1;
    return 0;
}

/* Code, country and type columns of one actor. Sectors are the last 3 letters
 * of a code of 6 or more (bases are 3 letters, NATO 4, BRICS 5). */
static void w_gdelt_actor(writer *w, const tocsin_ext_maps *m, const char *code, size_t size)
{
    size_t n = strnlen(code, size);
    size_t bn = n >= 6 ? n - 3 : n;
    w_field(w, code, n);
    w_tab(w);
    int org = n && is_org(m, code, bn);
    if (!org)
        w_field(w, code, bn);
    w_tab(w);
    if (bn < n)
        w_field(w, code + bn, 3);
    else if (org)
        w_put(w, bn == 3 && !memcmp(code, "NGO", 3) ? "NGO" : "IGO", 3);
}

/* where it happened, seven columns: type (empty when none), full name,
 * country, ADM1, latitude and longitude (4 decimals, empty when unknown),
 * feature id */
static void w_geo(writer *w, const tocsin_ext_event *ev)
{
    if (ev->geo_type > 0)
        W_INT(w, ev->geo_type);
    w_tab(w);
    W_FIELD(w, ev->geo_name), w_tab(w);
    W_FIELD(w, ev->geo_country), w_tab(w);
    W_FIELD(w, ev->geo_adm1), w_tab(w);
    if (ev->geo_has_ll)
        w_fmt(w, "%.4f", 0, ev->geo_lat, 1);
    w_tab(w);
    if (ev->geo_has_ll)
        w_fmt(w, "%.4f", 0, ev->geo_lon, 1);
    w_tab(w);
    W_FIELD(w, ev->geo_feature);
}

int tocsin_ext_format_line(const tocsin_ext_maps *m, tocsin_ext_format fmt, const tocsin_ext_event *ev,
                           long long event_id, int n_sources, int n_articles, char *buf, size_t cap)
{
    if (!ev || !buf)
        return TOCSIN_EINVAL;
    if (fmt != TOCSIN_EXT_CAMEO && fmt != TOCSIN_EXT_GDELT && fmt != TOCSIN_EXT_PLOVER)
        return TOCSIN_EINVAL; /* KEDS and ICEWS are read, not written */
    if (fmt == TOCSIN_EXT_PLOVER && !m)
        return TOCSIN_EINVAL;
    if (!cap)
        return TOCSIN_ELIMIT;
    char code[sizeof ev->code];
    size_t cn = strnlen(ev->code, sizeof ev->code);
    if (cn == sizeof ev->code)
        return TOCSIN_EINVAL;
    memcpy(code, ev->code, cn + 1);
    int quad;
    double goldstein;
    if (tocsin_cameo_lookup(code, &quad, &goldstein, NULL))
        return TOCSIN_ENOTFOUND;
    writer w = {buf, cap, 0, 0};
    buf[0] = '\0';
    if (fmt == TOCSIN_EXT_GDELT) {
        /* SQLDATE is the event's own day, DATEADDED its article's */
        char sqldate[9] = "", added[9] = "";
        const char *ad = ev->added[0] ? ev->added : ev->date;
        if (ev->date[0]) {
            if (strnlen(ev->date, sizeof ev->date) != 10)
                return TOCSIN_EINVAL;
            memcpy(sqldate, ev->date, 4), memcpy(sqldate + 4, ev->date + 5, 2);
            memcpy(sqldate + 6, ev->date + 8, 2), sqldate[8] = '\0';
        }
        if (ad[0]) {
            if (strnlen(ad, sizeof ev->added) != 10)
                return TOCSIN_EINVAL;
            memcpy(added, ad, 4), memcpy(added + 4, ad + 5, 2), memcpy(added + 6, ad + 8, 2), added[8] = '\0';
        }
        W_INT(&w, event_id), w_tab(&w);
        W_FIELD(&w, sqldate), w_tab(&w);
        w_gdelt_actor(&w, m, ev->source, sizeof ev->source), w_tab(&w);
        w_gdelt_actor(&w, m, ev->target, sizeof ev->target), w_tab(&w);
        w_field(&w, code, cn), w_tab(&w);
        w_field(&w, code, cn < 3 ? cn : 3), w_tab(&w);
        w_field(&w, code, 2), w_tab(&w);
        W_INT(&w, quad), w_tab(&w);
        W_TENTHS(&w, goldstein), w_tab(&w);
        W_INT(&w, n_sources), w_tab(&w);
        W_INT(&w, n_articles), w_tab(&w);
        W_FIELD(&w, added), w_tab(&w);
        w_geo(&w, ev);
    } else if (fmt == TOCSIN_EXT_CAMEO) {
        W_INT(&w, event_id), w_tab(&w);
        W_FIELD(&w, ev->date), w_tab(&w);
        W_FIELD(&w, ev->source), w_tab(&w);
        W_FIELD(&w, ev->target), w_tab(&w);
        w_field(&w, code, cn), w_tab(&w);
        w_field(&w, code, 2), w_tab(&w);
        W_INT(&w, quad), w_tab(&w);
        W_TENTHS(&w, goldstein), w_tab(&w);
        W_INT(&w, n_sources), w_tab(&w);
        W_INT(&w, n_articles), w_tab(&w);
        w_geo(&w, ev);
    } else {
        /* the code itself, else its 3-digit, else its 2-digit parent */
        const ext_ent *p = NULL;
        for (size_t k = cn; k >= 2 && !p; k--)
            p = find(m, T_PLOVER, (slice){code, k}, 0);
        W_INT(&w, event_id), w_tab(&w);
        W_FIELD(&w, ev->date), w_tab(&w);
        W_FIELD(&w, ev->source), w_tab(&w);
        W_FIELD(&w, ev->target), w_tab(&w);
        slice pf[3] = {{"", 0}, {"", 0}, {"", 0}};
        if (p)
            split_tabs((slice){p->val, strlen(p->val)}, pf, 3);
        for (int i = 0; i < 3; i++) {
            if (!slice_is(pf[i], "-"))
                w_put(&w, pf[i].p, pf[i].n);
            w_tab(&w);
        }
        w_field(&w, code, cn), w_tab(&w);
        w_geo(&w, ev);
    }
    w_put(&w, "\n", 1);
    if (w.over) {
        buf[0] = '\0';
        return TOCSIN_ELIMIT;
    }
    return (int)w.len;
}
