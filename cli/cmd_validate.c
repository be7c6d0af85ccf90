/* cmd_validate.c - tocsin validate: code hand-coded gold sentences and score
 * the events at the level of (source country, target country, CAMEO root),
 * with events the gold marks uncertain counted as optional. */
#include "cli.h"
#include "common/gold.h"
#include "tocsin/coder.h"

#include <stdlib.h>
#include <string.h>

#define MAXK 64

typedef struct key {
    char s[4], t[4], r[3];
} key;

typedef struct pred {
    key k[MAXK];
    char full[MAXK][48];
    int n;
} pred;

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin validate [OPTIONS] GOLD.jsonl...\n"
"\n"
"Codes each gold sentence (one JSON object per line with id, text, date and\n"
"events [{src, tgt, code, root, quad, uncertain}]) and prints precision,\n"
"recall and F1 over events matched on (first three letters of the source,\n"
"first three letters of the target, CAMEO root). Gold events marked\n"
"uncertain are optional: predicting one is neither a hit nor a false\n"
"positive. Then lists the sentences with misses.\n"
"\n"
"options:\n"
"      --dict DIR      dictionary folder\n"
"      --sentences     code every record on its own. By default consecutive\n"
"                      records with the same \"source\" are coded as one\n"
"                      article, in file order, as hand coders read them and as\n"
"                      'tocsin code' reads a page: \"he\", \"the president\" and\n"
"                      \"the two countries\" resolve across them. A run of more\n"
"                      than 60 records from one source is a collection of\n"
"                      examples, not a page, and its records stay separate.\n"
"      --context       the default (kept for scripts)\n"
"      --min-f1 X      exit 1 if F1 is below X (for scripts and tests)\n"
"      --min-precision X  exit 1 if precision is below X\n"
"  -q, --quiet         print only the scores\n"
"  -h, --help          this help\n");
}

static void mk(key *k, const char *s, const char *t, const char *code)
{
    memset(k, 0, sizeof *k);
    snprintf(k->s, sizeof k->s, "%.3s", s ? s : "");
    snprintf(k->t, sizeof k->t, "%.3s", t ? t : "");
    snprintf(k->r, sizeof k->r, "%.2s", code ? code : "");
}

static int same(const key *a, const key *b)
{
    return !strcmp(a->s, b->s) && !strcmp(a->t, b->t) && !strcmp(a->r, b->r);
}

static int has(const key *v, int n, const key *k)
{
    for (int i = 0; i < n; i++)
        if (same(&v[i], k))
            return 1;
    return 0;
}

static int collect(void *ud, const tocsin_event *ev)
{
    pred *p = ud;
    if (p->n >= MAXK)
        return 0;
    mk(&p->k[p->n], ev->source, ev->target, ev->code);
    snprintf(p->full[p->n], sizeof p->full[p->n], "%s->%s %s", ev->source,
             ev->target[0] ? ev->target : "-", ev->code);
    p->n++;
    return 0;
}

/* More consecutive records from one source than a page gives: a collection
 * of examples that share a label, each to be coded alone. */
#define ARTICLE_MAX 60

/* For each line of a gold file (from 1), the number of consecutive records
 * that share its "source" (0: none); NULL when the file cannot be read. */
static long *source_runs(const char *path, long *nlines)
{
    FILE *in = fopen(path, "r");
    if (!in)
        return NULL;
    long *run = NULL, cap = 0, n = 0, start = 1;
    char *prev = NULL, *line = NULL;
    size_t lcap = 0;
    ssize_t got;
    while ((got = getline(&line, &lcap, in)) > 0) {
        if (n + 2 > cap) {
            long nc = cap ? cap * 2 : 256;
            long *nr = realloc(run, (size_t)nc * sizeof *nr);
            if (!nr)
                break;
            run = nr;
            cap = nc;
        }
        n++;
        run[n] = 0;
        gold_record r;
        char why[64];
        int ok = !gold_parse(line, (size_t)got, &r, why, sizeof why);
        const char *src = ok ? r.source : NULL;
        if (!src || !prev || strcmp(src, prev)) {
            for (long k = start; k < n; k++)
                run[k] = prev ? n - start : 0;
            start = n;
            free(prev);
            prev = src ? strdup(src) : NULL;
        }
        if (ok)
            gold_free(&r);
    }
    for (long k = start; k <= n && run; k++)
        run[k] = prev ? n + 1 - start : 0;
    free(prev);
    free(line);
    fclose(in);
    *nlines = n;
    return run;
}

int cmd_validate(int argc, char **argv)
{
    const char *dict = NULL;
    double min_f1 = -1, min_p = -1;
    int quiet = 0, context = 1;
    const char *files[64];
    int nf = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            return 0;
        } else if (!strcmp(a, "--dict") && i + 1 < argc) {
            dict = argv[++i];
        } else if (!strcmp(a, "--min-f1") && i + 1 < argc) {
            min_f1 = strtod(argv[++i], NULL);
        } else if (!strcmp(a, "--min-precision") && i + 1 < argc) {
            min_p = strtod(argv[++i], NULL);
        } else if (!strcmp(a, "--context")) {
            context = 1;
        } else if (!strcmp(a, "--sentences") || !strcmp(a, "--no-context")) {
            context = 0;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (a[0] == '-') {
            fprintf(stderr, "tocsin validate: unknown option '%s' (see --help)\n", a);
            return 2;
        } else if (nf < 64) {
            files[nf++] = a;
        }
    }
    if (!nf) {
        help(stderr);
        return 2;
    }
    tocsin_dict *d = cli_load_dict(dict, 1);
    if (!d)
        return 1;
    tocsin_coder *c = tocsin_coder_new(d);
    pred p;
    tocsin_coder_set_sink(c, collect, &p);
    long tp = 0, fp = 0, fn = 0, sentences = 0, bad = 0;
    char prev_source[512] = "";
    for (int f = 0; f < nf; f++) {
        FILE *in = fopen(files[f], "r");
        if (!in) {
            fprintf(stderr, "tocsin validate: cannot open %s\n", files[f]);
            tocsin_coder_free(c);
            tocsin_dict_free(d);
            return 1;
        }
        long nruns = 0, *runs = context ? source_runs(files[f], &nruns) : NULL;
        char *line = NULL;
        size_t cap = 0;
        long lineno = 0;
        int open_doc = 0;
        ssize_t got;
        while ((got = getline(&line, &cap, in)) > 0) {
            lineno++;
            char why[256];
            gold_record r;
            if (gold_parse(line, (size_t)got, &r, why, sizeof why)) {
                fprintf(stderr, "tocsin validate: %s:%ld: malformed JSON (%s); skipped\n", files[f], lineno,
                        why);
                bad++;
                continue;
            }
            const char *id = r.id, *text = r.text, *date = r.date, *source = r.source;
            if (!text || !r.has_events) {
                fprintf(stderr, "tocsin validate: %s:%ld: record needs text and events; skipped\n",
                        files[f], lineno);
                gold_free(&r);
                bad++;
                continue;
            }
            sentences++;
            key gold[MAXK], opt[MAXK];
            int ng = 0, no = 0;
            for (int k = 0; k < r.nev; k++) {
                const gold_event *e = &r.ev[k];
                key kk;
                mk(&kk, e->src, e->tgt, e->code);
                if (e->uncertain) {
                    if (no < MAXK)
                        opt[no++] = kk;
                } else if (ng < MAXK && !has(gold, ng, &kk)) {
                    gold[ng++] = kk;
                }
            }
            p.n = 0;
            tocsin_doc_info info = {id, date, files[f], 0, NULL, NULL};
            /* one article: consecutive records of one source, unless the run is a collection */
            int chain = context && source && runs && lineno <= nruns && runs[lineno] <= ARTICLE_MAX;
            if (open_doc && chain && !strcmp(source, prev_source)) {
                tocsin_coder_feed(c, text, strlen(text));
                tocsin_coder_feed(c, "\n\n", 2); /* a blank line: the paragraph is complete */
            } else {
                if (open_doc)
                    tocsin_coder_end(c);
                tocsin_coder_begin(c, &info);
                tocsin_coder_feed(c, text, strlen(text));
                tocsin_coder_feed(c, "\n\n", 2);
                open_doc = chain;
                if (!chain)
                    tocsin_coder_end(c);
            }
            snprintf(prev_source, sizeof prev_source, "%s", chain ? source : "");
            /* unique predicted keys */
            key pk[MAXK];
            int np = 0;
            for (int i = 0; i < p.n; i++)
                if (!has(pk, np, &p.k[i]))
                    pk[np++] = p.k[i];
            int stp = 0, sfp = 0, sfn = 0;
            for (int i = 0; i < np; i++) {
                if (has(gold, ng, &pk[i]))
                    stp++;
                else if (!has(opt, no, &pk[i]))
                    sfp++;
            }
            for (int i = 0; i < ng; i++)
                if (!has(pk, np, &gold[i]))
                    sfn++;
            tp += stp;
            fp += sfp;
            fn += sfn;
            if (!quiet && (sfp || sfn)) {
                printf("%s: %s\n", id ? id : "?", text);
                for (int i = 0; i < p.n; i++) {
                    int ok = has(gold, ng, &p.k[i]), o = has(opt, no, &p.k[i]);
                    printf("    %s %s\n", ok ? "ok  " : o ? "opt " : "FP  ", p.full[i]);
                }
                for (int i = 0; i < ng; i++)
                    if (!has(pk, np, &gold[i]))
                        printf("    FN   %s->%s %s\n", gold[i].s, gold[i].t[0] ? gold[i].t : "-",
                               gold[i].r);
            }
            gold_free(&r);
        }
        if (open_doc)
            tocsin_coder_end(c);
        prev_source[0] = '\0';
        free(runs);
        free(line);
        fclose(in);
    }
    double P = tp + fp ? (double)tp / (double)(tp + fp) : 0;
    double R = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    double F = P + R ? 2 * P * R / (P + R) : 0;
    printf("sentences %ld  tp %ld  fp %ld  fn %ld  precision %.3f  recall %.3f  F1 %.3f\n",
           sentences, tp, fp, fn, P, R, F);
    tocsin_coder_free(c);
    tocsin_dict_free(d);
    if (bad && sentences == 0)
        return 1;
    if ((min_f1 >= 0 && F < min_f1) || (min_p >= 0 && P < min_p))
        return 1;
    return 0;
}
