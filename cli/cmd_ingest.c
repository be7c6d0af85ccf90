/* cmd_ingest.c - tocsin ingest: read articles, drop copies, code the new
 * ones and store stories, sources, sentences and events in the database. */
#include "cli.h"
#include "tocsin/coder.h"
#include "tocsin/fingerprint.h"
#include "tocsin/reader.h"
#include "tocsin/store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_ARTICLE (16u * 1024u * 1024u)

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin ingest [OPTIONS] [FILE|DIR|-]...\n"
"\n"
"Reads articles (plain text, directories, JSON Lines with id, date, source,\n"
"url, title, text; or stdin), stores them in the database with the events\n"
"coded from them, and keeps one story per piece of news: an exact or\n"
"near-exact copy of a stored article (syndicated wire copy under another\n"
"headline or with other boilerplate) is recorded as one more article and\n"
"source of its story instead of being coded again. Ingesting the same input\n"
"twice adds nothing. Work is committed in batches; after a crash, run the\n"
"same command again to finish.\n"
"\n"
"options:\n"
"      --db PATH        database file (default ./tocsin.db, created if missing)\n"
"  -d, --date DATE      article date when a record has none (YYYY-MM-DD)\n"
"      --dict DIR       dictionary folder\n"
"      --batch N        articles per committed batch (default 500)\n"
"      --input text|jsonl  force the input format\n"
"  -q, --quiet          no progress and no summary\n"
"  -h, --help           this help\n"
"\n"
"Then: tocsin events, tocsin show ID, tocsin stories.\n");
}

typedef struct ingest {
    tocsin_store *store;
    tocsin_coder *coder;
    char version[32];
    long long story;
    int stop;
    tocsin_error err;
    /* the document being read */
    char *key, *date, *source, *url, *name;
    int has_title;
    char *text;
    size_t len, cap;
    /* batch and progress */
    long batch, in_batch;
    unsigned long long n_new, n_copy, n_seen, n_events, bytes_done, bytes_total;
    double t0, last_shown;
    int tty, quiet;
    const tocsin_read_stats *rs;
} ingest;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *dupz(const char *s) { return s ? strdup(s) : NULL; }

static int on_event(void *ud, const tocsin_event *ev)
{
    ingest *g = ud;
    if (tocsin_store_add_event(g->store, g->story, ev, &g->err)) {
        g->stop = 1;
        return 1;
    }
    g->n_events++;
    return 0;
}

static void progress(ingest *g, int final)
{
    if (g->quiet || (!g->tty && !final))
        return;
    double t = now();
    if (!final && t - g->last_shown < 0.2)
        return;
    g->last_shown = t;
    double el = t - g->t0 > 1e-6 ? t - g->t0 : 1e-6;
    unsigned long long arts = g->n_new + g->n_copy + g->n_seen;
    double done = g->rs ? (double)g->rs->bytes : 0;
    char eta[32] = "";
    if (g->bytes_total && done > 0 && done < g->bytes_total)
        snprintf(eta, sizeof eta, ", ETA %.0f s", el * ((double)g->bytes_total - done) / done);
    fprintf(stderr, "%s%llu articles (%llu new, %llu copies, %llu already stored), %llu events; "
                    "%.0f articles/s, %.0f events/s%s%s",
            g->tty ? "\r\033[K" : "", arts, g->n_new, g->n_copy, g->n_seen, g->n_events, arts / el,
            g->n_events / el, eta, final || !g->tty ? "\n" : "");
}

static int doc_begin(void *ud, const tocsin_doc_info *info)
{
    ingest *g = ud;
    free(g->key);
    free(g->date);
    free(g->source);
    free(g->url);
    free(g->name);
    g->key = dupz(info->id);
    g->date = dupz(info->date);
    g->source = dupz(info->source);
    g->url = dupz(info->url);
    g->name = dupz(info->name);
    g->has_title = info->has_title;
    g->len = 0;
    return 0;
}

static int doc_feed(void *ud, const char *t, size_t n)
{
    ingest *g = ud;
    if (g->len + n > MAX_ARTICLE) {
        n = MAX_ARTICLE > g->len ? MAX_ARTICLE - g->len : 0; /* the rest is cut */
        if (!n)
            return 0;
    }
    if (g->len + n > g->cap) {
        size_t c = g->cap ? g->cap * 2 : 65536;
        while (c < g->len + n)
            c *= 2;
        char *p = realloc(g->text, c);
        if (!p)
            return TOCSIN_ENOMEM;
        g->text = p;
        g->cap = c;
    }
    memcpy(g->text + g->len, t, n);
    g->len += n;
    return 0;
}

/* The outlet: the record's source, else the URL's host. */
static const char *outlet(const ingest *g, char *buf, size_t cap)
{
    if (g->source && *g->source)
        return g->source;
    if (g->url) {
        const char *h = strstr(g->url, "://");
        h = h ? h + 3 : g->url;
        size_t n = strcspn(h, "/:?#");
        if (n && n < cap) {
            memcpy(buf, h, n);
            buf[n] = '\0';
            return strncmp(buf, "www.", 4) ? buf : buf + 4;
        }
    }
    return NULL;
}

static int doc_end(void *ud)
{
    ingest *g = ud;
    tocsin_fingerprint fp;
    tocsin_fingerprint_text(g->text ? g->text : "", g->len, &fp);
    char host[256];
    char title[512] = "";
    if (g->has_title && g->text) {
        size_t n = strcspn(g->text, "\n");
        if (n > g->len)
            n = g->len;
        if (n >= sizeof title)
            n = sizeof title - 1;
        memcpy(title, g->text, n);
        title[n] = '\0';
    }
    tocsin_article a = {g->key, g->url, outlet(g, host, sizeof host), title[0] ? title : NULL, g->date,
                        g->len};
    int v = tocsin_store_article(g->store, &a, &fp, g->version, &g->story, &g->err);
    if (v < 0)
        return v;
    if (v == TOCSIN_ARTICLE_NEW) {
        g->n_new++;
        tocsin_doc_info info = {g->key, g->date, g->name, g->has_title, g->source, g->url};
        int rc = tocsin_code_text(g->coder, &info, g->text ? g->text : "", g->len);
        if (g->stop)
            return TOCSIN_EIO;
        if (rc && rc != TOCSIN_ESTOPPED)
            return rc;
    } else if (v == TOCSIN_ARTICLE_COPY) {
        g->n_copy++;
    } else {
        g->n_seen++;
    }
    if (++g->in_batch >= g->batch) {
        int rc = tocsin_store_commit(g->store, &g->err);
        if (!rc)
            rc = tocsin_store_begin(g->store, &g->err);
        if (rc)
            return rc;
        g->in_batch = 0;
    }
    progress(g, 0);
    return 0;
}

static unsigned long long input_bytes(const char *path)
{
    struct stat sb;
    if (!strcmp(path, "-") || stat(path, &sb))
        return 0;
    return S_ISREG(sb.st_mode) ? (unsigned long long)sb.st_size : 0;
}

int cmd_ingest(int argc, char **argv)
{
    const char *db = "tocsin.db", *dict = NULL, *date = NULL;
    tocsin_input_format in = TOCSIN_INPUT_AUTO;
    long batch = 500;
    int quiet = 0, nin = 0;
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    if (!inputs)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = !strcmp(a, "--db") || !strcmp(a, "--dict") || !strcmp(a, "-d") || !strcmp(a, "--date") ||
                    !strcmp(a, "--batch") || !strcmp(a, "--input");
        if (takes && !val) {
            fprintf(stderr, "tocsin ingest: option %s needs a value\n", a);
            free(inputs);
            return 2;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            free(inputs);
            return 0;
        } else if (!strcmp(a, "--db")) {
            db = argv[++i];
        } else if (!strcmp(a, "--dict")) {
            dict = argv[++i];
        } else if (!strcmp(a, "-d") || !strcmp(a, "--date")) {
            date = argv[++i];
        } else if (!strcmp(a, "--batch")) {
            char *end;
            errno = 0;
            batch = strtol(argv[++i], &end, 10);
            if (errno || *end || batch < 1 || batch > 1000000) {
                fprintf(stderr, "tocsin ingest: --batch wants a number from 1 to 1000000\n");
                free(inputs);
                return 2;
            }
        } else if (!strcmp(a, "--input")) {
            const char *f = argv[++i];
            if (!strcmp(f, "text"))
                in = TOCSIN_INPUT_TEXT;
            else if (!strcmp(f, "jsonl"))
                in = TOCSIN_INPUT_JSONL;
            else {
                fprintf(stderr, "tocsin ingest: unknown input format '%s' (text or jsonl)\n", f);
                free(inputs);
                return 2;
            }
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "tocsin ingest: unknown option '%s' (see tocsin ingest --help)\n", a);
            free(inputs);
            return 2;
        } else {
            inputs[nin++] = argv[i];
        }
    }
    if (!nin)
        inputs[nin++] = "-";
    ingest g;
    memset(&g, 0, sizeof g);
    g.batch = batch;
    g.quiet = quiet;
    g.tty = isatty(2);
    int status = 1;
    tocsin_dict *d = cli_load_dict(dict, 1);
    if (!d)
        goto out;
    tocsin_dict_stats ds;
    tocsin_dict_get_stats(d, &ds);
    snprintf(g.version, sizeof g.version, "%016llx", ds.version);
    if (tocsin_store_open(db, TOCSIN_STORE_CREATE, &g.store, &g.err)) {
        fprintf(stderr, "tocsin ingest: %s: %s\n", g.err.file, g.err.message);
        goto out;
    }
    g.coder = tocsin_coder_new(d);
    if (!g.coder)
        goto out;
    tocsin_coder_set_sink(g.coder, on_event, &g);
    tocsin_coder_set_diag(g.coder, cli_diag, NULL);
    for (int i = 0; i < nin; i++)
        g.bytes_total += input_bytes(inputs[i]);
    g.t0 = now();
    if (tocsin_store_begin(g.store, &g.err)) {
        fprintf(stderr, "tocsin ingest: %s: %s\n", g.err.file, g.err.message);
        goto out;
    }
    tocsin_doc_sink sink = {doc_begin, doc_feed, doc_end, &g};
    tocsin_read_options ro = {in, date, cli_diag, NULL};
    tocsin_read_stats rs;
    memset(&rs, 0, sizeof rs);
    g.rs = &rs;
    int rc = 0, failed = 0;
    for (int i = 0; i < nin && !rc; i++) {
        rc = tocsin_read_path(inputs[i], &ro, &sink, &rs);
        if (rc == TOCSIN_ENOTFOUND || rc == TOCSIN_EIO) {
            if (g.err.message[0]) /* a database error, not a missing input */
                break;
            failed++;
            rc = 0;
        }
    }
    if (rc) {
        tocsin_store_rollback(g.store);
        fprintf(stderr, "tocsin ingest: %s%s%s\n", g.err.file[0] ? g.err.file : "",
                g.err.file[0] ? ": " : "", g.err.message[0] ? g.err.message : tocsin_strerror(rc));
        fprintf(stderr, "tocsin ingest: the last batch was not stored; run the same command again\n");
        goto out;
    }
    if (tocsin_store_commit(g.store, &g.err)) {
        fprintf(stderr, "tocsin ingest: %s: %s\n", g.err.file, g.err.message);
        goto out;
    }
    progress(&g, 1);
    status = (g.n_new + g.n_copy + g.n_seen) ? 0 : 1;
    if (status)
        fprintf(stderr, "tocsin ingest: nothing could be read\n");
out:
    tocsin_coder_free(g.coder);
    tocsin_store_close(g.store);
    tocsin_dict_free(d);
    free(g.key);
    free(g.date);
    free(g.source);
    free(g.url);
    free(g.name);
    free(g.text);
    free(inputs);
    return status;
}
