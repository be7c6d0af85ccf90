/* test_syntax.c - measures the syntactic layer on a CoNLL-U treebank (the
 * English Web Treebank's test file): tag accuracy (universal = coarse, Penn =
 * fine), and subject-verb and verb-object pairs against the treebank's
 * nsubj / nsubj:pass and obj relations whose head is a verb, matched by word
 * position. Also the speed (words/s of CPU time on one core) and the load time.
 *
 *   test_syntax DICTDIR TREEBANK.conllu [min-coarse [min-pairs]]
 *
 * Exits 1 when coarse accuracy is under min-coarse (default 0.95) or a pair
 * precision or recall is under min-pairs (default 0: reported only); exits 0
 * with a note when the treebank is absent (it lives outside the project). */
#include "tocsin/syntax.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_WORDS 1024

typedef struct gold_sent {
    size_t n;
    size_t off;  /* first word in the corpus arrays */
} gold_sent;

static char **form;
static tocsin_word *words;
static unsigned char *gx, *gu; /* gold tags */
static int *ghead;             /* gold head (1-based, 0 root) */
static char (*grel)[16];
static size_t nwords, capwords;
static gold_sent *sents;
static size_t nsents, capsents;

static unsigned lookup(const char *(*name)(unsigned), unsigned count, const char *s)
{
    for (unsigned i = 1; i < count; i++)
        if (!strcmp(name(i), s))
            return i;
    return 0;
}

static int grow(void)
{
    if (nwords < capwords)
        return 0;
    size_t c = capwords ? capwords * 2 : 1u << 16;
    char **f = realloc(form, c * sizeof *f);
    if (f)
        form = f;
    tocsin_word *w = realloc(words, c * sizeof *w);
    if (w)
        words = w;
    unsigned char *x = realloc(gx, c), *u = realloc(gu, c);
    if (x)
        gx = x;
    if (u)
        gu = u;
    int *h = realloc(ghead, c * sizeof *h);
    if (h)
        ghead = h;
    char(*r)[16] = realloc(grel, c * sizeof *r);
    if (r)
        grel = r;
    if (!f || !w || !x || !u || !h || !r)
        return -1;
    capwords = c;
    return 0;
}

static int end_sentence(size_t first)
{
    if (nwords == first)
        return 0;
    if (nsents == capsents) {
        size_t c = capsents ? capsents * 2 : 4096;
        gold_sent *s = realloc(sents, c * sizeof *s);
        if (!s)
            return -1;
        sents = s;
        capsents = c;
    }
    sents[nsents].off = first;
    sents[nsents].n = nwords - first;
    nsents++;
    return 0;
}

static int read_treebank(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[8192];
    size_t first = 0;
    int rc = 0;
    while (fgets(line, sizeof line, f)) {
        size_t L = strlen(line);
        while (L && (line[L - 1] == '\n' || line[L - 1] == '\r'))
            line[--L] = 0;
        if (L == 0) {
            if (end_sentence(first)) {
                rc = -1;
                break;
            }
            first = nwords;
            continue;
        }
        if (line[0] == '#')
            continue;
        char *fld[8];
        int nf = 0;
        char *p = line;
        fld[nf++] = p;
        while (nf < 8 && (p = strchr(p, '\t'))) {
            *p++ = 0;
            fld[nf++] = p;
        }
        if (nf < 8 || strchr(fld[0], '-') || strchr(fld[0], '.'))
            continue;
        char *tab = strchr(fld[7], '\t');
        if (tab)
            *tab = 0;
        if (nwords - first >= MAX_WORDS || grow()) {
            rc = nwords - first >= MAX_WORDS ? 0 : -1;
            if (rc)
                break;
            continue;
        }
        size_t fl = strlen(fld[1]);
        form[nwords] = malloc(fl + 1);
        if (!form[nwords]) {
            rc = -1;
            break;
        }
        memcpy(form[nwords], fld[1], fl + 1);
        gu[nwords] = (unsigned char)lookup(tocsin_upos_name, TOCSIN_U_COUNT, fld[3]);
        gx[nwords] = (unsigned char)lookup(tocsin_xpos_name, TOCSIN_X_COUNT, fld[4]);
        ghead[nwords] = (int)strtol(fld[6], NULL, 10);
        snprintf(grel[nwords], sizeof grel[0], "%s", fld[7]);
        nwords++;
    }
    if (!rc)
        rc = end_sentence(first);
    fclose(f);
    for (size_t i = 0; i < nwords; i++)
        words[i] = (tocsin_word){form[i], (uint32_t)strlen(form[i])};
    return rc;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU time of this thread: speed on one core, whatever else the machine runs */
static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct counts {
    long gold, pred, hit;
} counts;

static void ratio_line(const char *name, const counts *c, double *p, double *r)
{
    *p = c->pred ? (double)c->hit / (double)c->pred : 0;
    *r = c->gold ? (double)c->hit / (double)c->gold : 0;
    printf("  %-14s precision %.4f  recall %.4f  (gold %ld, found %ld, right %ld)\n", name, *p, *r,
           c->gold, c->pred, c->hit);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: test_syntax DICTDIR TREEBANK.conllu [min-coarse [min-pairs]]\n");
        return 2;
    }
    double min_coarse = argc > 3 ? strtod(argv[3], NULL) : 0.95;
    double min_pairs = argc > 4 ? strtod(argv[4], NULL) : 0;
    FILE *probe = fopen(argv[2], "r");
    if (!probe) {
        printf("test_syntax: %s not found, skipped\n", argv[2]);
        return 0;
    }
    fclose(probe);
    tocsin_tagger *tg;
    tocsin_error err;
    double t0 = now_s();
    if (tocsin_tagger_load(argv[1], &tg, &err)) {
        fprintf(stderr, "test_syntax: %s: %s\n", err.file, err.message);
        return 1;
    }
    double load_ms = (now_s() - t0) * 1e3;
    if (read_treebank(argv[2])) {
        fprintf(stderr, "test_syntax: cannot read %s\n", argv[2]);
        return 1;
    }
    tocsin_pos *pos = calloc(nwords ? nwords : 1, sizeof *pos);
    int16_t *phr = calloc(MAX_WORDS, sizeof *phr);
    tocsin_phrase *ph = calloc(MAX_WORDS, sizeof *ph);
    tocsin_clause *cl = calloc(MAX_WORDS, sizeof *cl);
    if (!pos || !phr || !ph || !cl)
        return 1;

    /* tags: as the tagger gives them, then as the parse repairs them */
    long fine = 0, coarse = 0, fine0 = 0;
    for (size_t s = 0; s < nsents; s++)
        tocsin_tag(tg, words + sents[s].off, sents[s].n, pos + sents[s].off);
    for (size_t i = 0; i < nwords; i++)
        fine0 += pos[i].xpos == gx[i];
    for (size_t s = 0; s < nsents; s++) {
        tocsin_parse p = {pos + sents[s].off, phr, ph, MAX_WORDS, 0, cl, MAX_WORDS, 0};
        tocsin_syntax_parse(tg, words + sents[s].off, sents[s].n, &p);
    }
    for (size_t i = 0; i < nwords; i++) {
        fine += pos[i].xpos == gx[i];
        coarse += pos[i].upos == gu[i];
    }
    double acc_c = nwords ? (double)coarse / (double)nwords : 0;
    double acc_f = nwords ? (double)fine / (double)nwords : 0;
    double acc_f0 = nwords ? (double)fine0 / (double)nwords : 0;

    /* speed: tag the whole file again for at least half a second */
    long reps = 0;
    double ts = cpu_s(), el;
    do {
        for (size_t s = 0; s < nsents; s++)
            tocsin_tag(tg, words + sents[s].off, sents[s].n, pos + sents[s].off);
        reps++;
        el = cpu_s() - ts;
    } while (el < 0.5);
    double wps = (double)nwords * (double)reps / el;

    /* pairs */
    counts sv = {0}, vo = {0};
    long clauses = 0;
    double tp = cpu_s();
    for (size_t s = 0; s < nsents; s++) {
        size_t off = sents[s].off, n = sents[s].n;
        tocsin_parse p = {pos + off, phr, ph, MAX_WORDS, 0, cl, MAX_WORDS, 0};
        tocsin_syntax_parse(NULL, words + off, n, &p);
        clauses += (long)p.nclause;
        for (size_t i = 0; i < n; i++) {
            int h = ghead[off + i];
            if (h <= 0 || gu[off + h - 1] != TOCSIN_U_VERB)
                continue;
            if (!strcmp(grel[off + i], "nsubj") || !strcmp(grel[off + i], "nsubj:pass"))
                sv.gold++;
            else if (!strcmp(grel[off + i], "obj"))
                vo.gold++;
        }
        for (size_t c = 0; c < p.nclause; c++) {
            const tocsin_clause *k = &cl[c];
            /* the treebank's basic dependencies give a shared subject to the first
             * verb only, and make the predicate, not the copula, the head */
            if (k->flags & (TOCSIN_VG_COPULA | TOCSIN_CL_SUBJ_SHARED))
                goto objects;
            if (k->subj >= 0) {
                sv.pred++;
                const char *r = grel[off + (size_t)k->subj];
                sv.hit += ghead[off + (size_t)k->subj] == k->verb + 1 &&
                          (!strcmp(r, "nsubj") || !strcmp(r, "nsubj:pass"));
            }
        objects:
            /* an object shared by coordinated verbs is the first verb's there */
            if (k->obj >= 0 && !(k->flags & (TOCSIN_VG_COPULA | TOCSIN_CL_OBJ_SHARED))) {
                vo.pred++;
                vo.hit += ghead[off + (size_t)k->obj] == k->verb + 1 &&
                          !strcmp(grel[off + (size_t)k->obj], "obj");
            }
        }
    }
    double parse_s = cpu_s() - tp;

    printf("syntax on %s: %zu sentences, %zu words\n", argv[2], nsents, nwords);
    printf("  tags          coarse (universal) %.4f  fine (Penn) %.4f (%.4f before the parse's repairs)\n",
           acc_c, acc_f, acc_f0);
    double svp, svr, vop, vor;
    ratio_line("subject-verb", &sv, &svp, &svr);
    ratio_line("verb-object", &vo, &vop, &vor);
    printf("  speed         tagging %.2f M words/s; phrases and clauses %.2f M words/s (one core, CPU time);"
           " model load %.1f ms\n",
           wps / 1e6, parse_s > 0 ? (double)nwords / parse_s / 1e6 : 0, load_ms);
    int fail = 0;
    if (acc_c < min_coarse) {
        printf("test_syntax: FAIL coarse accuracy %.4f < %.2f\n", acc_c, min_coarse);
        fail = 1;
    }
    if (svp < min_pairs || svr < min_pairs || vop < min_pairs || vor < min_pairs) {
        printf("test_syntax: FAIL a pair score is under %.2f\n", min_pairs);
        fail = 1;
    }
    (void)clauses;
    for (size_t i = 0; i < nwords; i++)
        free(form[i]);
    free(form);
    free(words);
    free(gx);
    free(gu);
    free(ghead);
    free(grel);
    free(sents);
    free(pos);
    free(phr);
    free(ph);
    free(cl);
    tocsin_tagger_free(tg);
    return fail;
}
