/* cmd_ingest.c - tocsin ingest: read articles, drop copies, code the new
 * ones and store stories, sources, sentences and events in the database. */
#include "cli.h"
#include "common/clidate.h"
#include "tocsin/feed.h"
#include "tocsin/ingest.h"
#include "web.h"
#include "tocsin/reader.h"
#include "tocsin/store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_ARTICLE (16u * 1024u * 1024u)
#define COMMIT_EVERY 0.5 /* seconds: the longest a batch stays open */

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin ingest [OPTIONS] [FILE|DIR|URL|-]...\n"
"\n"
"Reads articles (plain text, directories, JSON Lines with id, date, source,\n"
"url, title, text; web pages and RSS/Atom feeds by URL; or stdin), stores\n"
"them in the database with the events\n"
"coded from them, and keeps one story per piece of news: an exact or\n"
"near-exact copy of a stored article (syndicated wire copy under another\n"
"headline or with other boilerplate) is recorded as one more article and\n"
"source of its story instead of being coded again. Ingesting the same input\n"
"twice adds nothing. Work is committed in batches (every --batch articles\n"
"or half a second, whichever comes first); after a crash, run the same\n"
"command again to finish.\n"
"\n"
"options:\n"
"      --db PATH        database file (default ./tocsin.db, created if missing)\n"
"  -d, --date DATE      article date when a record has none (YYYY-MM-DD)\n"
"      --dict DIR       dictionary folder\n"
"      --batch N        articles per committed batch (default 500)\n"
"      --input text|jsonl|html  force the input format\n"
"      --report FILE    write one line per article not coded, and why, as TSV\n"
"                       (input, id, status, why: a copy of a stored story, already\n"
"                       stored, not English, empty, unreadable, malformed, too\n"
"                       large), and the coded articles that have no date\n"
"      --lang auto|en|any  which articles are coded: auto (default) leaves out\n"
"                       only those clearly in another language, en codes only\n"
"                       those read as English, any codes all; each left out is\n"
"                       named with its guessed language (libexttextcat)\n"
"  -q, --quiet          no progress and no summary\n"
"  -h, --help           this help\n"
"\n"
"Exit status: 0 when every input was stored; 3 when the rest was stored but\n"
"some input was reported and skipped (a file that cannot be read, a binary\n"
"file, a malformed JSON record, an article over 16 MiB or one that cannot be\n"
"coded); 1 when nothing could be read or the database failed; 2 for usage\n"
"errors.\n"
"\n"
"Then: tocsin events, tocsin show ID, tocsin stories.\n");
}

typedef struct ingest {
    tocsin_store *store;
    tocsin_ingester *ing;
    tocsin_error err;
    /* the document being read */
    char *key, *date, *source, *url, *name;
    int has_title;
    char *text;
    size_t len, cap;
    int oversized; /* over MAX_ARTICLE: reported and skipped at its end */
    unsigned long long skipped;
    FILE *report; /* --report: one line per article not coded, and why */
    /* batch and progress */
    long batch, in_batch;
    unsigned long long bytes_total;
    double t0, last_shown, last_commit;
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

static void progress(ingest *g, int final)
{
    if (g->quiet || (!g->tty && !final))
        return;
    double t = now();
    if (!final && t - g->last_shown < 0.2)
        return;
    g->last_shown = t;
    double el = t - g->t0 > 1e-6 ? t - g->t0 : 1e-6;
    tocsin_ingest_stats st;
    tocsin_ingester_get_stats(g->ing, &st);
    unsigned long long arts = st.fresh + st.copies + st.seen;
    double done = g->rs ? (double)g->rs->bytes : 0;
    char eta[32] = "";
    if (g->bytes_total && done > 0 && done < g->bytes_total)
        snprintf(eta, sizeof eta, ", ETA %.0f s", el * ((double)g->bytes_total - done) / done);
    char lang[64] = "";
    if (st.not_english)
        snprintf(lang, sizeof lang, " (%llu not English, not coded)", st.not_english);
    fprintf(stderr, "%s%llu article%s (%llu new%s, %llu cop%s, %llu already stored), %llu event%s; "
                    "%.0f articles/s, %.0f events/s%s%s",
            g->tty ? "\r\033[K" : "", arts, arts == 1 ? "" : "s", st.fresh, lang, st.copies,
            st.copies == 1 ? "y" : "ies", st.seen, st.events, st.events == 1 ? "" : "s", arts / el,
            st.events / el, eta, final || !g->tty ? "\n" : "");
}

/* A TSV field: tabs and newlines as spaces. */
static void report_field(FILE *f, const char *s, int last)
{
    for (; s && *s; s++)
        putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
    putc(last ? '\n' : '\t', f);
}

static void report_row(ingest *g, const char *input, const char *id, const char *status, const char *why)
{
    if (!g->report)
        return;
    report_field(g->report, input, 0);
    report_field(g->report, id, 0);
    report_field(g->report, status, 0);
    report_field(g->report, why, 1);
}

/* The reader's complaints go to the terminal as always and, for what kept an
 * input from being read at all, to the report. */
static void ingest_diag(void *ud, const tocsin_error *e)
{
    ingest *g = ud;
    cli_diag(NULL, e);
    const char *what = e->code == TOCSIN_EIO || e->code == TOCSIN_ENOTFOUND || e->code == TOCSIN_EBINARY
                           ? "unreadable"
                       : e->code == TOCSIN_EPARSE ? "malformed"
                       : e->code == TOCSIN_ELIMIT ? "too large"
                                                  : NULL;
    if (what && g->report) {
        char where[320];
        if (e->line > 0)
            snprintf(where, sizeof where, "%s:%ld", e->file, e->line);
        else
            snprintf(where, sizeof where, "%s", e->file);
        report_row(g, where, "", what, e->message);
    }
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
    g->oversized = 0;
    return 0;
}

static int doc_feed(void *ud, const char *t, size_t n)
{
    ingest *g = ud;
    if (g->oversized || g->len + n > MAX_ARTICLE) {
        g->oversized = 1; /* its fingerprint needs the whole text: skipped */
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
    char host[256];
    char title[512] = "";
    if (g->oversized) {
        fprintf(stderr, "tocsin ingest: %s: article over %u MiB; skipped\n", g->name ? g->name : "-",
                MAX_ARTICLE >> 20);
        g->skipped++;
        report_row(g, g->name, g->key, "skipped", "over 16 MiB");
        return 0;
    }
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
                        g->len, g->name};
    tocsin_ingest_stats before, after;
    tocsin_ingester_get_stats(g->ing, &before);
    int v = tocsin_ingest_article(g->ing, &a, g->text, g->len, g->has_title, &g->err);
    if (v < 0)
        return v;
    if (g->report) {
        tocsin_ingester_get_stats(g->ing, &after);
        int verdict = v & ~TOCSIN_ARTICLE_CLASH;
        char why[96];
        if (verdict == TOCSIN_ARTICLE_COPY) {
            report_row(g, g->name, g->key, "not coded", "a copy of a stored story");
        } else if (verdict == TOCSIN_ARTICLE_SEEN) {
            report_row(g, g->name, g->key, "not coded", "already stored");
        } else if (after.not_english > before.not_english) {
            snprintf(why, sizeof why, "not English (read as %s)", tocsin_ingester_last_language(g->ing));
            report_row(g, g->name, g->key, "not coded", why);
        } else if (!g->len || strspn(g->text, " \t\r\n") == g->len) {
            report_row(g, g->name, g->key, "not coded", "empty");
        } else if (!g->date || !*g->date) {
            report_row(g, g->name, g->key, "coded", "no date: its events are undated");
        }
    }
    /* a batch is committed when full, or after COMMIT_EVERY seconds, so
       readers (tocsin serve) see a long ingest grow */
    if (++g->in_batch >= g->batch || now() - g->last_commit >= COMMIT_EVERY) {
        int rc = tocsin_store_commit(g->store, &g->err);
        if (!rc)
            rc = tocsin_store_begin(g->store, &g->err);
        if (rc)
            return rc;
        g->in_batch = 0;
        g->last_commit = now();
    }
    progress(g, 0);
    return 0;
}

/* A URL: a page is one article; a feed is its items' pages. Fetch problems
 * are reported and skipped; a database failure stops the run. */
static int ingest_url(ingest *g, const char *url)
{
    tocsin_error err;
    memset(&err, 0, sizeof err);
    tocsin_fetch_result r;
    if (tocsin_fetch(url, NULL, &r, &err)) {
        fprintf(stderr, "tocsin ingest: %s: %s\n", url, err.message);
        return 0;
    }
    int rc = 0;
    if (r.status >= 400) {
        fprintf(stderr, "tocsin ingest: %s: HTTP status %ld\n", url, r.status);
    } else if (web_is_feed(&r)) {
        tocsin_feed feed;
        if (tocsin_feed_parse(r.body, r.len, &feed, &err)) {
            fprintf(stderr, "tocsin ingest: %s: not a usable feed: %s\n", url, err.message);
        } else {
            for (size_t i = 0; i < feed.n && rc >= 0; i++) {
                web_article a;
                if (!feed.items[i].link)
                    continue;
                web_warn_item_date("tocsin ingest", url, &feed.items[i]);
                if (web_fetch_article(feed.items[i].link, feed.items[i].title, feed.items[i].date, &a, &err)) {
                    fprintf(stderr, "tocsin ingest: %s: %s\n", feed.items[i].link, err.message);
                    continue;
                }
                rc = web_ingest(g->ing, &a, &g->err);
                web_article_free(&a);
            }
            tocsin_feed_free(&feed);
        }
    } else {
        web_article a;
        if (web_fetch_article(url, NULL, NULL, &a, &err)) {
            fprintf(stderr, "tocsin ingest: %s: %s\n", url, err.message);
        } else {
            rc = web_ingest(g->ing, &a, &g->err);
            web_article_free(&a);
        }
    }
    tocsin_fetch_result_free(&r);
    return rc < 0 ? rc : 0;
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
    int quiet = 0, nin = 0, lang_mode = TOCSIN_LANG_MODE_AUTO;
    const char *report_path = NULL;
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    if (!inputs)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = !strcmp(a, "--db") || !strcmp(a, "--dict") || !strcmp(a, "-d") || !strcmp(a, "--date") ||
                    !strcmp(a, "--batch") || !strcmp(a, "--input") || !strcmp(a, "--lang") ||
                    !strcmp(a, "--report");
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
            if (!(date = cli_date("tocsin ingest", a, argv[++i]))) {
                free(inputs);
                return 2;
            }
        } else if (!strcmp(a, "--report")) {
            report_path = argv[++i];
        } else if (!strcmp(a, "--lang")) {
            lang_mode = tocsin_lang_mode_parse(val);
            if (lang_mode < 0) {
                fprintf(stderr, "tocsin ingest: --lang wants auto, en or any, not '%s'\n", val);
                free(inputs);
                return 2;
            }
            i++;
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
            else if (!strcmp(f, "html"))
                in = TOCSIN_INPUT_HTML;
            else {
                fprintf(stderr, "tocsin ingest: unknown input format '%s' (text, jsonl or html)\n", f);
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
    tocsin_dict *d = NULL;
    /* a database is not created for input that is not there at all */
    int any = 0;
    for (int k = 0; k < nin && !any; k++)
        any = !strcmp(inputs[k], "-") || strstr(inputs[k], "://") || access(inputs[k], R_OK) == 0;
    if (!any && access(db, F_OK) != 0) {
        for (int k = 0; k < nin; k++)
            fprintf(stderr, "tocsin ingest: %s: cannot read: %s\n", inputs[k], strerror(errno));
        fprintf(stderr, "tocsin ingest: nothing could be read; %s was not created\n", db);
        goto out;
    }
    d = cli_load_dict(dict, 1);
    if (!d)
        goto out;
    if (tocsin_store_open(db, TOCSIN_STORE_CREATE, &g.store, &g.err)) {
        fprintf(stderr, "tocsin ingest: %s: %s\n", g.err.file, g.err.message);
        goto out;
    }
    if (tocsin_ingester_new(g.store, d, &g.ing))
        goto out;
    tocsin_ingester_set_diag(g.ing, cli_diag, NULL);
    tocsin_ingester_set_lang(g.ing, (tocsin_lang_mode)lang_mode);
    for (int i = 0; i < nin; i++)
        g.bytes_total += input_bytes(inputs[i]);
    g.t0 = g.last_commit = now();
    tocsin_fetch_global_init();
    if (tocsin_store_begin(g.store, &g.err)) {
        fprintf(stderr, "tocsin ingest: %s: %s\n", g.err.file, g.err.message);
        goto out;
    }
    if (report_path) {
        if (!(g.report = fopen(report_path, "w"))) {
            fprintf(stderr, "tocsin ingest: %s: cannot write the report: %s\n", report_path, strerror(errno));
            goto out;
        }
        fputs("input\tid\tstatus\twhy\n", g.report);
    }
    tocsin_doc_sink sink = {doc_begin, doc_feed, doc_end, &g};
    tocsin_read_options ro = {in, date, ingest_diag, &g};
    tocsin_read_stats rs;
    memset(&rs, 0, sizeof rs);
    g.rs = &rs;
    int rc = 0, failed = 0;
    for (int i = 0; i < nin && !rc; i++) {
        if (!strncmp(inputs[i], "http://", 7) || !strncmp(inputs[i], "https://", 8)) {
            rc = ingest_url(&g, inputs[i]);
            continue;
        }
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
    tocsin_ingest_stats st;
    tocsin_ingester_get_stats(g.ing, &st);
    status = (st.fresh + st.copies + st.seen) ? 0 : 1;
    if (!status && (failed || g.skipped || st.skipped || rs.bad_records || rs.skipped_files))
        status = 3; /* stored, but some input was reported and skipped */
    if (status == 1)
        fprintf(stderr, "tocsin ingest: nothing could be read\n");
out:
    if (g.report && fclose(g.report)) {
        fprintf(stderr, "tocsin ingest: %s: the report could not be written in full\n", report_path);
        if (!status)
            status = 1;
    }
    tocsin_ingester_free(g.ing);
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
