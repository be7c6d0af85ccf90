/* cmd_import.c - tocsin import: bring GDELT, ICEWS, KEDS or WEIS event data
 * into the database so that the analytics run on it. */
#include "cli.h"
#include "tocsin/interchange.h"
#include "tocsin/store.h"

#include <stdlib.h>
#include <string.h>

#define IMPORT_SHOW 20      /* lines not imported that are named one by one */
#define IMPORT_REASONS 32   /* kinds of reason counted apart; the rest are "other" */
#define IMPORT_EXAMPLES 3   /* offending values shown per reason */

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin import --format gdelt|icews|keds|weis [--db PATH] [--name NAME]\n"
"                     [--dict DIR] [--actors FILE] [--weis-goldstein FILE] FILE...\n"
"\n"
"Reads event files of other projects and stores their events (no article\n"
"text) with actor codes mapped to tocsin's (tables in dict/interchange/).\n"
"  gdelt  GDELT 1.0/2.0 event tables (tab-separated)\n"
"  icews  ICEWS event files (20 tab-separated columns with a header line)\n"
"  keds   KEDS/CAMEO series: date, source, target, code (tab-separated; a\n"
"         code in TABARI's brackets, [0841] or 0841], is the code)\n"
"  weis   WEIS-coded KEDS series: date, source, target, WEIS code[, label];\n"
"         codes become CAMEO through weis2cameo.txt, the WEIS code is kept\n"
"         in the event's text; --weis-goldstein FILE (WEIS<TAB>WEIGHT) stores\n"
"         those weights instead of the CAMEO codes' own\n"
"--actors FILE (keds, weis): actor codes of your own, CODE<TAB>TOCSIN lines as\n"
"in dict/interchange/keds.txt, read before every other table (a series' own\n"
"sense of a code, such as MOS for the Bosnian Muslims of one series).\n"
"Every line is one report: lines that read the same (one day, dyad and code)\n"
"are all kept. Events are marked with their origin (--name, default the\n"
"format), which tocsin events --origin selects. Importing the same file\n"
"again adds nothing: GDELT and ICEWS events are known by their own ids, KEDS\n"
"and WEIS lines by their number and the file's text up to them (wherever the\n"
"file lies), so a series that grew adds only its new lines. A line that\n"
"cannot be imported is named (file:line: reason, the first %d) and the\n"
"summary counts them by reason.\n", IMPORT_SHOW);
}

typedef struct reason {
    char key[96];
    long long n;
    char ex[IMPORT_EXAMPLES][32];
    long long exn[IMPORT_EXAMPLES];
} reason;

typedef struct tally {
    reason r[IMPORT_REASONS + 1]; /* the last one is "other" */
    int nr;
    long long shown;
} tally;

/* Counts a message under its kind: the text before a quoted value, which
 * becomes one of the kind's examples. */
static void count_reason(tally *t, const char *msg)
{
    const char *q = strstr(msg, " '");
    size_t kn = q ? (size_t)(q - msg) : strlen(msg);
    while (kn && (msg[kn - 1] == ':' || msg[kn - 1] == ' '))
        kn--;
    if (kn >= sizeof t->r[0].key)
        kn = sizeof t->r[0].key - 1;
    reason *r = NULL;
    for (int i = 0; i < t->nr && !r; i++)
        if (strlen(t->r[i].key) == kn && !memcmp(t->r[i].key, msg, kn))
            r = &t->r[i];
    if (!r && t->nr < IMPORT_REASONS) {
        r = &t->r[t->nr++];
        memcpy(r->key, msg, kn);
        r->key[kn] = '\0';
    }
    if (!r) {
        r = &t->r[IMPORT_REASONS];
        snprintf(r->key, sizeof r->key, "other reasons");
        r->n++;
        return;
    }
    r->n++;
    if (!q)
        return;
    const char *v = q + 2, *e = strrchr(v, '\'');
    size_t vn = e && e > v ? (size_t)(e - v) : strlen(v);
    if (vn >= sizeof r->ex[0])
        vn = sizeof r->ex[0] - 1;
    for (int i = 0; i < IMPORT_EXAMPLES; i++) {
        if (r->exn[i] && strlen(r->ex[i]) == vn && !memcmp(r->ex[i], v, vn)) {
            r->exn[i]++;
            return;
        }
        if (!r->exn[i]) {
            memcpy(r->ex[i], v, vn);
            r->ex[i][vn] = '\0';
            r->exn[i] = 1;
            return;
        }
    }
}

static void refuse(tally *t, const char *file, long lineno, const char *msg)
{
    if (t->shown++ < IMPORT_SHOW)
        fprintf(stderr, "tocsin import: %s:%ld: %s\n", file, lineno, msg);
    count_reason(t, msg);
}

/* A line's identity is its number and a hash (FNV-1a) of the file's text
 * up to it: the same file imported again, from any path, gives the same
 * ids; a file that grew keeps the ids of its old lines; lines that read
 * alike differ by their place. */
static unsigned long long fnv(unsigned long long h, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
    return h;
}

typedef struct counts {
    long long lines, added, stored, refused, no_code;
} counts;

/* Imports one file; returns 0, or -1 after a store error (printed). */
static int import_file(tocsin_store *s, const tocsin_ext_maps *maps, tocsin_ext_format fmt, const char *name,
                       const char *path, counts *c, tally *t)
{
    FILE *in = fopen(path, "r");
    unsigned long long prefix = 1469598103934665603ull;
    if (!in) {
        fprintf(stderr, "tocsin import: cannot read %s\n", path);
        c->refused++;
        return 0;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    int rc = 0;
    tocsin_error err;
    while ((n = getline(&line, &cap, in)) > 0) {
        lineno++;
        prefix = fnv(prefix, line, (size_t)n);
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        tocsin_ext_event ev;
        tocsin_error le;
        memset(&le, 0, sizeof le);
        int pr = tocsin_ext_parse_line(maps, fmt, line, (size_t)n, &ev, &le);
        if (pr == 0)
            continue; /* a header or a blank line */
        c->lines++;
        if (pr < 0) {
            refuse(t, path, lineno, le.message);
            c->refused++;
            continue;
        }
        if (!ev.id[0])
            snprintf(ev.id, sizeof ev.id, "F%016llx:%ld", prefix, lineno);
        /* imports before this form of id keyed KEDS lines on their number and text */
        if (fmt == TOCSIN_EXT_KEDS)
            snprintf(ev.alt_id, sizeof ev.alt_id, "L%ld:%016llx", lineno,
                     fnv(1469598103934665603ull, line, (size_t)n));
        int ar = tocsin_store_add_external(s, &ev, name, &le);
        if (ar == TOCSIN_EPARSE) {
            refuse(t, path, lineno, le.message);
            c->refused++;
            continue;
        }
        if (ar < 0) {
            fprintf(stderr, "tocsin import: %s\n", le.message);
            rc = -1;
            break;
        }
        if (ar == 1)
            c->added++;
        else
            c->stored++;
        c->no_code += !ev.source[0] || !ev.target[0];
        memset(&err, 0, sizeof err);
        if (c->added && c->added % 20000 == 0 && ar == 1 &&
            (tocsin_store_commit(s, &err) || tocsin_store_begin(s, &err))) {
            fprintf(stderr, "tocsin import: %s\n", err.message);
            rc = -1;
            break;
        }
    }
    if (!rc && ferror(in)) {
        fprintf(stderr, "tocsin import: %s: read error after line %ld\n", path, lineno);
        c->refused++;
    }
    free(line);
    fclose(in);
    return rc;
}

static void summary(const char *what, const counts *c)
{
    double share = c->lines ? 100.0 * (double)(c->added + c->stored) / (double)c->lines : 0.0;
    fprintf(stderr,
            "tocsin import: %s: %lld lines, %lld events added, %lld already stored, %lld not imported "
            "(%.2f%% imported)",
            what, c->lines, c->added, c->stored, c->refused, share);
    if (c->no_code)
        fprintf(stderr, "; %lld with an actor that has no tocsin code (kept without it)", c->no_code);
    fputc('\n', stderr);
}

int cmd_import(int argc, char **argv)
{
    const char *db = "tocsin.db", *dict = NULL, *name = NULL, *weights = NULL, *actors = NULL;
    tocsin_ext_format fmt = 0;
    const char *fmtname = NULL;
    int nf = 0;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            free(files);
            return 0;
        } else if ((!strcmp(a, "--db") || !strcmp(a, "--format") || !strcmp(a, "--dict") ||
                    !strcmp(a, "--name") || !strcmp(a, "--weis-goldstein") || !strcmp(a, "--actors")) &&
                   i + 1 < argc) {
            const char *v = argv[++i];
            if (!strcmp(a, "--db"))
                db = v;
            else if (!strcmp(a, "--dict"))
                dict = v;
            else if (!strcmp(a, "--name"))
                name = v;
            else if (!strcmp(a, "--weis-goldstein"))
                weights = v;
            else if (!strcmp(a, "--actors"))
                actors = v;
            else {
                fmtname = v;
                fmt = !strcmp(v, "gdelt") ? TOCSIN_EXT_GDELT
                      : !strcmp(v, "icews") ? TOCSIN_EXT_ICEWS
                      : !strcmp(v, "keds")  ? TOCSIN_EXT_KEDS
                      : !strcmp(v, "weis")  ? TOCSIN_EXT_WEIS
                                            : 0;
            }
        } else if (a[0] == '-') {
            fprintf(stderr, "tocsin import: unknown option or missing value '%s' (see --help)\n", a);
            free(files);
            return 2;
        } else {
            files[nf++] = argv[i];
        }
    }
    if (!fmt || !nf || (weights && fmt != TOCSIN_EXT_WEIS) ||
        (actors && fmt != TOCSIN_EXT_WEIS && fmt != TOCSIN_EXT_KEDS)) {
        fprintf(stderr, !fmt      ? "tocsin import: --format gdelt, icews, keds or weis is required\n"
                        : !nf     ? "tocsin import: no file given\n"
                        : weights && fmt != TOCSIN_EXT_WEIS ? "tocsin import: --weis-goldstein goes with --format weis\n"
                                  : "tocsin import: --actors goes with --format keds or weis\n");
        free(files);
        return 2;
    }
    if (!name)
        name = fmtname;
    int status = 1;
    tocsin_ext_maps *maps = NULL;
    tocsin_store *s = NULL;
    tally *t = calloc(1, sizeof *t);
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (!t)
        goto out;
    if (tocsin_ext_load_maps(cli_dict_dir(dict), &maps, &err) ||
        (weights && tocsin_ext_load_weis_goldstein(maps, weights, &err)) ||
        (actors && tocsin_ext_load_actors(maps, actors, &err))) {
        fprintf(stderr, "tocsin import: %s:%ld: %s\n", err.file, err.line, err.message);
        goto out;
    }
    if (tocsin_store_open(db, TOCSIN_STORE_CREATE, &s, &err) || tocsin_store_begin(s, &err)) {
        fprintf(stderr, "tocsin import: %s: %s\n", err.file, err.message);
        goto out;
    }
    counts all;
    memset(&all, 0, sizeof all);
    for (int f = 0; f < nf; f++) {
        counts c;
        memset(&c, 0, sizeof c);
        int rc = import_file(s, maps, fmt, name, files[f], &c, t);
        summary(files[f], &c);
        all.lines += c.lines, all.added += c.added, all.stored += c.stored;
        all.refused += c.refused, all.no_code += c.no_code;
        if (rc)
            goto out;
    }
    if (tocsin_store_commit(s, &err)) {
        fprintf(stderr, "tocsin import: %s\n", err.message);
        goto out;
    }
    if (t->shown > IMPORT_SHOW)
        fprintf(stderr, "tocsin import: ... and %lld more lines not imported\n", t->shown - IMPORT_SHOW);
    if (nf > 1)
        summary("all files", &all);
    for (int i = 0; i <= IMPORT_REASONS; i++) {
        const reason *r = &t->r[i];
        if (!r->n)
            continue;
        fprintf(stderr, "  %8lld  %s", r->n, r->key);
        for (int k = 0; k < IMPORT_EXAMPLES && r->exn[k]; k++)
            fprintf(stderr, "%s'%s' %lld", k ? ", " : " (", r->ex[k], r->exn[k]);
        fprintf(stderr, "%s\n", r->exn[0] ? ")" : "");
    }
    /* WEIS codes read as CAMEO: 205-226 are no CAMEO code (and 1 line in 20 is plenty) */
    for (int i = 0; i < t->nr; i++)
        if (fmt == TOCSIN_EXT_KEDS && !strcmp(t->r[i].key, "not a CAMEO event code") &&
            t->r[i].n * 20 > all.lines)
            fprintf(stderr, "tocsin import: many event codes are not CAMEO: a WEIS-coded series wants "
                            "--format weis\n");
    fprintf(stderr, "tocsin import: events stored as origin '%s'\n", name);
    status = all.added + all.stored ? 0 : 1;
out:
    tocsin_store_close(s);
    tocsin_ext_free_maps(maps);
    free(t);
    free(files);
    return status;
}
