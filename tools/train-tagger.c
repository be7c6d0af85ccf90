/* train-tagger.c - trains tocsin's part-of-speech tagger (an averaged
 * perceptron, greedy left to right) on CoNLL-U files and writes the model
 * file that src/syntax/tagger.c loads. Not part of the normal build:
 *
 *   make tagger-model        (SHARED=../shared by default)
 *   build/train-tagger [--iter N] [--prune W] [--mode joint|xpos] [--seed S]
 *                      train.conllu dev.conllu out.model
 *
 * The tags are Penn Treebank tags joined with the universal tag where the
 * treebank splits one Penn tag ("IN ADP", "IN SCONJ"; rare pairs fold into
 * the commonest for their Penn tag), or Penn tags alone (--mode xpos).
 * Prints the accuracy on dev (fine and coarse) of the pruned, quantised model.
 * The features are in src/syntax/feat.h, shared with the library.
 *
 * Model file: a text header (how it was made, credits), a line "%%", then
 * little-endian binary:
 *   "TGMODEL1", u32 ntags, u32 nfeat, u32 nentry, u32 nlex,
 *   ntags x 16 bytes    tag names "XPOS UPOS", NUL-padded
 *   nfeat x (u32 key, u8 count)   key = high 32 bits of the feature hash,
 *                                 sorted by key; count = its entries
 *   nentry x (u8 tag, i16 weight) the features' weights, in feature order
 *   nlex x (u32 key, u32 amb, u8 tag)  the lexicon: key of the lowercased
 *                                 word hash, its ambiguity class (a hash of
 *                                 its set of tags, a feature), and its tag if
 *                                 it is frequent and unambiguous (else 255):
 *                                 such words are tagged without scoring */
#include "syntax/feat.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_SENT_WORDS 512
#define MIN_PAIR 20        /* a (Penn, universal) pair needs this many uses to be a tag */
static long dict_min = 20;        /* tag dictionary: word seen this often ... */
static double dict_ratio = 0.97;  /* ... with one tag this often (--dict MIN RATIO) */
#define AMB_MIN 3          /* lexicon: words seen this often get an ambiguity class: */
#define AMB_SHARE 0.05     /* the tags of at least this share of their uses */

typedef struct sent {
    int n;
    char **word;
    int *tag;    /* training tag */
    char (*xpos)[8], (*upos)[8];
} sent;

typedef struct corpus {
    sent *s;
    int n, cap;
} corpus;

static char tagname[TG_MAX_TAGS][24];
static int ntags;
static char mode_joint = 1;

/* raw pair names seen in training, with counts */
typedef struct pair {
    char x[8], u[8];
    long n;
} pair;
static pair pairs[256];
static int npairs;

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "train-tagger: out of memory\n");
        exit(1);
    }
    return p;
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        fprintf(stderr, "train-tagger: out of memory\n");
        exit(1);
    }
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static void copy_field(char *dst, size_t cap, const char *s, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = 0;
}

static void read_conllu(const char *path, corpus *c)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(1);
    }
    char line[8192];
    sent cur = {0};
    cur.word = xmalloc(MAX_SENT_WORDS * sizeof *cur.word);
    cur.xpos = xmalloc(MAX_SENT_WORDS * sizeof *cur.xpos);
    cur.upos = xmalloc(MAX_SENT_WORDS * sizeof *cur.upos);
    for (;;) {
        char *ok = fgets(line, sizeof line, f);
        size_t L = ok ? strlen(line) : 0;
        while (L && (line[L - 1] == '\n' || line[L - 1] == '\r'))
            line[--L] = 0;
        if (!ok || L == 0) {
            if (cur.n) {
                if (c->n == c->cap) {
                    c->cap = c->cap ? c->cap * 2 : 1024;
                    c->s = xrealloc(c->s, (size_t)c->cap * sizeof *c->s);
                }
                sent s = cur;
                s.word = xmalloc((size_t)cur.n * sizeof *s.word);
                s.xpos = xmalloc((size_t)cur.n * sizeof *s.xpos);
                s.upos = xmalloc((size_t)cur.n * sizeof *s.upos);
                s.tag = xmalloc((size_t)cur.n * sizeof *s.tag);
                memcpy(s.word, cur.word, (size_t)cur.n * sizeof *s.word);
                memcpy(s.xpos, cur.xpos, (size_t)cur.n * sizeof *s.xpos);
                memcpy(s.upos, cur.upos, (size_t)cur.n * sizeof *s.upos);
                c->s[c->n++] = s;
                cur.n = 0;
            }
            if (!ok)
                break;
            continue;
        }
        if (line[0] == '#')
            continue;
        /* fields: id form lemma upos xpos ... */
        char *fld[6];
        int nf = 0;
        char *p = line;
        fld[nf++] = p;
        while (nf < 6 && (p = strchr(p, '\t'))) {
            *p++ = 0;
            fld[nf++] = p;
        }
        if (nf < 6)
            continue;
        for (char *q = fld[0]; *q; q++)
            if (*q < '0' || *q > '9')
                goto next; /* multiword range or empty node */
        if (cur.n < MAX_SENT_WORDS) {
            char *tab = strchr(fld[5], '\t');
            size_t xl = tab ? (size_t)(tab - fld[5]) : strlen(fld[5]);
            cur.word[cur.n] = xstrndup(fld[1], strlen(fld[1]));
            copy_field(cur.upos[cur.n], 8, fld[3], strlen(fld[3]));
            copy_field(cur.xpos[cur.n], 8, fld[4], strlen(fld[4]));
            (void)xl;
            cur.n++;
        }
    next:;
    }
    fclose(f);
    free(cur.word);
    free(cur.xpos);
    free(cur.upos);
}

static int pair_find(const char *x, const char *u)
{
    for (int i = 0; i < npairs; i++)
        if (!strcmp(pairs[i].x, x) && !strcmp(pairs[i].u, u))
            return i;
    return -1;
}

static int tag_find(const char *name)
{
    for (int i = 0; i < ntags; i++)
        if (!strcmp(tagname[i], name))
            return i;
    return -1;
}

/* Builds the tag set from the training corpus. */
static void make_tags(const corpus *c)
{
    for (int i = 0; i < c->n; i++)
        for (int j = 0; j < c->s[i].n; j++) {
            int k = pair_find(c->s[i].xpos[j], c->s[i].upos[j]);
            if (k < 0) {
                if (npairs == 256)
                    continue;
                k = npairs++;
                memcpy(pairs[k].x, c->s[i].xpos[j], 8);
                memcpy(pairs[k].u, c->s[i].upos[j], 8);
            }
            pairs[k].n++;
        }
    /* a tag per kept pair (joint) or per Penn tag (the commonest pair names it) */
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < npairs; k++) {
            int best = 1;
            for (int m = 0; m < npairs; m++)
                if (m != k && !strcmp(pairs[m].x, pairs[k].x) && pairs[m].n > pairs[k].n)
                    best = 0;
            int keep = mode_joint ? (pass == 0 ? best : pairs[k].n >= MIN_PAIR && !best) : (pass == 0 && best);
            if (keep && ntags < TG_MAX_TAGS)
                snprintf(tagname[ntags++], sizeof tagname[0], "%.7s %.7s", pairs[k].x, pairs[k].u);
        }
}

/* The training tag of a word: its pair if that is a tag, else the tag of its Penn tag. */
static int tag_of(const char *x, const char *u)
{
    char nm[24];
    snprintf(nm, sizeof nm, "%s %s", x, u);
    int t = tag_find(nm);
    if (t >= 0)
        return t;
    size_t xl = strlen(x);
    for (int i = 0; i < ntags; i++)
        if (!strncmp(tagname[i], x, xl) && tagname[i][xl] == ' ')
            return i;
    return 0;
}

static void assign_tags(corpus *c)
{
    for (int i = 0; i < c->n; i++) {
        if (!c->s[i].tag)
            c->s[i].tag = xmalloc((size_t)c->s[i].n * sizeof(int));
        for (int j = 0; j < c->s[i].n; j++)
            c->s[i].tag[j] = tag_of(c->s[i].xpos[j], c->s[i].upos[j]);
    }
}

/* ---- the perceptron ---- */

typedef struct param {
    uint8_t tag;
    float w;
    double tot;
    long ts;
    double sum; /* sum of the averaged weights of the runs done */
    int16_t q;  /* quantised average */
} param;

typedef struct feat {
    uint32_t key;
    int n, cap;
    param *p;
} feat;

static feat *F;
static size_t fslots, nfeat;
static long now;

static size_t slot_of(uint32_t key)
{
    return (size_t)((key * 2654435761u) & (uint32_t)(fslots - 1));
}

static void grow_table(void)
{
    size_t old = fslots;
    feat *o = F;
    fslots = fslots ? fslots * 2 : 1u << 16;
    F = calloc(fslots, sizeof *F);
    if (!F)
        exit(1);
    for (size_t i = 0; i < old; i++)
        if (o[i].key) {
            size_t j = slot_of(o[i].key);
            while (F[j].key)
                j = (j + 1) & (fslots - 1);
            F[j] = o[i];
        }
    free(o);
}

static uint32_t key_of(uint64_t h)
{
    uint32_t k = (uint32_t)(h >> 32);
    return k ? k : 1;
}

static feat *find(uint64_t h, int add)
{
    if (add && (nfeat + 1) * 2 > fslots)
        grow_table();
    if (!fslots)
        return NULL;
    uint32_t k = key_of(h);
    size_t j = slot_of(k);
    while (F[j].key) {
        if (F[j].key == k)
            return &F[j];
        j = (j + 1) & (fslots - 1);
    }
    if (!add)
        return NULL;
    F[j].key = k;
    nfeat++;
    return &F[j];
}

static void update(uint64_t h, int tag, float d)
{
    feat *f = find(h, 1);
    int i;
    for (i = 0; i < f->n; i++)
        if (f->p[i].tag == tag)
            break;
    if (i == f->n) {
        if (f->n == f->cap) {
            f->cap = f->cap ? f->cap * 2 : 2;
            f->p = xrealloc(f->p, (size_t)f->cap * sizeof *f->p);
        }
        f->p[i] = (param){(uint8_t)tag, 0, 0, now, 0, 0};
        f->n++;
    }
    param *p = &f->p[i];
    p->tot += (double)(now - p->ts) * p->w;
    p->ts = now;
    p->w += d;
}

/* which: 0 = raw weights (training), 1 = quantised (after finish) */
static int predict(const uint64_t *fs, int which)
{
    double sc[TG_MAX_TAGS] = {0};
    for (int k = 0; k < TG_NFEAT; k++) {
        feat *f = find(fs[k], 0);
        if (!f)
            continue;
        for (int i = 0; i < f->n; i++)
            sc[f->p[i].tag] += which ? f->p[i].q : f->p[i].w;
    }
    int best = 0;
    for (int t = 1; t < ntags; t++)
        if (sc[t] > sc[best])
            best = t;
    return best;
}

/* ---- tag dictionary ---- */

typedef struct dent {
    uint32_t key;
    int tag;
    uint32_t amb;
    long n, counts[TG_MAX_TAGS];
} dent;
static dent *D;
static size_t dslots = 1u << 17;

static dent *dfind(uint64_t h, int add)
{
    uint32_t k = key_of(h);
    size_t j = (k * 2654435761u) & (dslots - 1);
    while (D[j].key) {
        if (D[j].key == k)
            return &D[j];
        j = (j + 1) & (dslots - 1);
    }
    if (!add)
        return NULL;
    D[j].key = k;
    D[j].tag = -1;
    return &D[j];
}

static int use_dict = 1;
static double dropout = 0;  /* --dropout P MAX: words seen at most MAX times look unknown with chance P */
static long dropout_max = 5;
static long ndict, namb;

static void make_dict(const corpus *c)
{
    D = calloc(dslots, sizeof *D);
    if (!D)
        exit(1);
    for (int i = 0; i < c->n; i++)
        for (int j = 0; j < c->s[i].n; j++) {
            tg_word w;
            tg_word_init(&w, c->s[i].word[j], strlen(c->s[i].word[j]));
            dent *d = dfind(w.w, 1);
            d->n++;
            d->counts[c->s[i].tag[j]]++;
        }
    for (size_t j = 0; j < dslots; j++) {
        if (!D[j].key)
            continue;
        int best = 0;
        for (int t = 1; t < ntags; t++)
            if (D[j].counts[t] > D[j].counts[best])
                best = t;
        if (D[j].n >= AMB_MIN) {
            /* the set of tags that make up AMB_SHARE of the word's uses, hashed */
            uint64_t h = 0x1234;
            for (int t = 0; t < ntags; t++)
                if (D[j].counts[t] >= AMB_SHARE * (double)D[j].n)
                    h = tg_mix(h ^ (uint64_t)(t + 1));
            D[j].amb = (uint32_t)(h >> 32) | 16; /* never 0..15 (unknown, edges) */
            namb++;
        }
        if (use_dict && D[j].n >= dict_min && D[j].counts[best] >= dict_ratio * (double)D[j].n) {
            D[j].tag = best;
            ndict++;
        }
    }
}

/* ---- tagging a sentence (training or evaluating) ---- */

static tg_word words[MAX_SENT_WORDS + 4];

static void tag_sentence(const sent *s, int *out, int train, int which)
{
    int n = s->n;
    tg_word *W = words + 2;
    tg_word_edge(&words[0], 0);
    tg_word_edge(&words[1], 1);
    tg_word_edge(&W[n], 2);
    tg_word_edge(&W[n + 1], 3);
    for (int i = 0; i < n; i++) {
        tg_word_init(&W[i], s->word[i], strlen(s->word[i]));
        dent *d = dfind(W[i].w, 0);
        W[i].amb = d ? d->amb : 0;
        /* word dropout: a rare training word sometimes looks unknown, so that
         * context, suffix and shape learn to carry words never seen */
        if (train && dropout > 0 && (!d || d->n <= dropout_max) && (double)rand() / RAND_MAX < dropout) {
            W[i].amb = 0;
            W[i].w = tg_mix(0xdead);
        }
    }
    unsigned t1 = (unsigned)ntags, t2 = (unsigned)ntags + 1;
    for (int i = 0; i < n; i++) {
        const tg_word *c[5] = {&W[i - 2], &W[i - 1], &W[i], &W[i + 1], &W[i + 2]};
        dent *d = dfind(W[i].w, 0);
        int t;
        if (d && d->tag >= 0) {
            t = d->tag;
        } else {
            uint64_t fs[TG_NFEAT];
            tg_features(c, t1, t2, i == 0, fs);
            t = predict(fs, which);
            if (train) {
                now++;
                if (t != s->tag[i])
                    for (int k = 0; k < TG_NFEAT; k++) {
                        update(fs[k], s->tag[i], 1);
                        update(fs[k], t, -1);
                    }
            }
        }
        out[i] = t;
        t2 = t1;
        t1 = (unsigned)t;
    }
}

/* xpos/upos of a tag */
static void split_tag(int t, char *x, char *u)
{
    const char *sp = strchr(tagname[t], ' ');
    size_t xl = (size_t)(sp - tagname[t]);
    memcpy(x, tagname[t], xl);
    x[xl] = 0;
    memcpy(u, sp + 1, strlen(sp + 1) + 1);
}

static void evaluate(const corpus *c, const char *label)
{
    long n = 0, fine = 0, coarse = 0;
    int out[MAX_SENT_WORDS];
    for (int i = 0; i < c->n; i++) {
        tag_sentence(&c->s[i], out, 0, 1);
        for (int j = 0; j < c->s[i].n; j++) {
            char x[16], u[16];
            split_tag(out[j], x, u);
            n++;
            fine += !strcmp(x, c->s[i].xpos[j]);
            coarse += !strcmp(u, c->s[i].upos[j]);
            if (getenv("TG_CONFUSION") && strcmp(u, c->s[i].upos[j]))
                fprintf(stderr, "%s\t%s\t%s\t%s\n", c->s[i].upos[j], u, c->s[i].xpos[j], c->s[i].word[j]);
        }
    }
    printf("%s: %ld words, fine %.4f, coarse %.4f\n", label, n, (double)fine / (double)n,
           (double)coarse / (double)n);
}

/* Averages, prunes |w| < prune and quantises to int16; returns entries kept. */
/* Ends one run: adds its averaged weights (over the run's steps since
 * start) to sum, and starts the next run from zero weights. */
static void end_run(long start)
{
    for (size_t j = 0; j < fslots; j++)
        for (int i = 0; i < F[j].n; i++) {
            param *p = &F[j].p[i];
            long since = p->ts > start ? p->ts : start;
            p->tot += (double)(now - since) * p->w;
            p->sum += now > start ? p->tot / (double)(now - start) : 0;
            p->w = 0;
            p->tot = 0;
            p->ts = now;
        }
}

/* Averages the runs' weights, prunes |w| < prune, quantises to int16. */
static long finish(double prune, int runs, double *scale_out)
{
    double mx = 0;
    for (size_t j = 0; j < fslots; j++)
        for (int i = 0; i < F[j].n; i++) {
            param *p = &F[j].p[i];
            double a = p->sum / runs;
            p->w = (float)a;
            if (fabs(a) > mx)
                mx = fabs(a);
        }
    double scale = mx > 0 ? 32000.0 / mx : 1;
    long kept = 0;
    for (size_t j = 0; j < fslots; j++) {
        int m = 0;
        for (int i = 0; i < F[j].n; i++) {
            param p = F[j].p[i];
            if (fabs(p.w) < prune)
                continue;
            p.q = (int16_t)lrint(p.w * scale);
            if (!p.q)
                continue;
            F[j].p[m++] = p;
        }
        F[j].n = m;
        kept += m;
    }
    *scale_out = scale;
    return kept;
}

static int cmp_feat(const void *a, const void *b)
{
    uint32_t x = (*(feat *const *)a)->key, y = (*(feat *const *)b)->key;
    return x < y ? -1 : x > y;
}

static void put32(FILE *f, uint32_t v)
{
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    fwrite(b, 1, 4, f);
}

static void write_model(const char *path, int runs, int iters, double prune, const char *train_path)
{
    feat **list = xmalloc(fslots * sizeof *list);
    size_t nl = 0;
    long nentry = 0;
    for (size_t j = 0; j < fslots; j++)
        if (F[j].key && F[j].n) {
            list[nl++] = &F[j];
            nentry += F[j].n;
        }
    qsort(list, nl, sizeof *list, cmp_feat);
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        exit(1);
    }
    const char *base = strrchr(train_path, '/');
    fprintf(f,
            "tocsin-tagger 1\n"
            "# Part-of-speech model for tocsin (src/syntax/tagger.c): an averaged perceptron,\n"
            "# greedy left to right, features in src/syntax/feat.h.\n"
            "# Trained by tools/train-tagger.c (make tagger-model) on %s,\n"
            "# %d run(s) of %d iterations averaged, mode %s, word dropout %.2f (words seen <= %ld times),\n"
            "# weights |w| < %.2f pruned, quantised to int16.\n"
            "# Tags: %d; features: %zu; weights: %ld; lexicon words: %ld, %ld of them tagged directly.\n"
            "# Data: Universal Dependencies English Web Treebank (Silveira et al., 2014),\n"
            "# CC BY-SA 4.0, https://universaldependencies.org/ ; this model is a work derived\n"
            "# from it and is shared under the same licence.\n"
            "# Layout after the line %%%%: see the comment at the top of tools/train-tagger.c.\n"
            "%%%%\n",
            base ? base + 1 : train_path, runs, iters, mode_joint ? "joint" : "xpos", dropout, dropout_max, prune, ntags, nl,
            nentry, namb, ndict);
    long nlex = 0;
    for (size_t j = 0; j < dslots; j++)
        nlex += D[j].key && (D[j].amb || D[j].tag >= 0);
    fwrite("TGMODEL1", 1, 8, f);
    put32(f, (uint32_t)ntags);
    put32(f, (uint32_t)nl);
    put32(f, (uint32_t)nentry);
    put32(f, (uint32_t)nlex);
    for (int t = 0; t < ntags; t++) {
        char nm[16] = {0};
        memcpy(nm, tagname[t], strlen(tagname[t]));
        fwrite(nm, 1, 16, f);
    }
    for (size_t i = 0; i < nl; i++) {
        put32(f, list[i]->key);
        fputc(list[i]->n, f);
    }
    for (size_t i = 0; i < nl; i++)
        for (int k = 0; k < list[i]->n; k++) {
            uint16_t q = (uint16_t)list[i]->p[k].q;
            fputc(list[i]->p[k].tag, f);
            fputc(q & 255, f);
            fputc(q >> 8, f);
        }
    for (size_t j = 0; j < dslots; j++)
        if (D[j].key && (D[j].amb || D[j].tag >= 0)) {
            put32(f, D[j].key);
            put32(f, D[j].amb);
            fputc(D[j].tag >= 0 ? D[j].tag : 255, f);
        }
    fclose(f);
    free(list);
}

int main(int argc, char **argv)
{
    int iters = 8, runs = 1;
    double prune = 0.5;
    unsigned seed = 1;
    int a = 1;
    for (; a < argc && argv[a][0] == '-' && argv[a][1] == '-'; a++) {
        if (!strcmp(argv[a], "--iter") && a + 1 < argc)
            iters = (int)strtol(argv[++a], NULL, 10);
        else if (!strcmp(argv[a], "--prune") && a + 1 < argc)
            prune = strtod(argv[++a], NULL);
        else if (!strcmp(argv[a], "--runs") && a + 1 < argc)
            runs = (int)strtol(argv[++a], NULL, 10);
        else if (!strcmp(argv[a], "--seed") && a + 1 < argc)
            seed = (unsigned)strtoul(argv[++a], NULL, 10);
        else if (!strcmp(argv[a], "--dict") && a + 2 < argc) {
            dict_min = strtol(argv[++a], NULL, 10);
            dict_ratio = strtod(argv[++a], NULL);
        } else if (!strcmp(argv[a], "--dropout") && a + 2 < argc) {
            dropout = strtod(argv[++a], NULL);
            dropout_max = strtol(argv[++a], NULL, 10);
        } else if (!strcmp(argv[a], "--no-dict"))
            use_dict = 0;
        else if (!strcmp(argv[a], "--mode") && a + 1 < argc)
            mode_joint = strcmp(argv[++a], "xpos") != 0;
        else {
            fprintf(stderr, "train-tagger: unknown option %s\n", argv[a]);
            return 2;
        }
    }
    if (argc - a != 3) {
        fprintf(stderr, "usage: train-tagger [--iter N] [--prune W] [--mode joint|xpos] [--seed S] "
                        "[--no-dict] train.conllu dev.conllu out.model\n");
        return 2;
    }
    corpus train = {0}, dev = {0};
    read_conllu(argv[a], &train);
    read_conllu(argv[a + 1], &dev);
    make_tags(&train);
    assign_tags(&train);
    assign_tags(&dev);
    make_dict(&train);
    printf("train: %d sentences, dev: %d; %d tags, %ld dictionary words\n", train.n, dev.n, ntags,
           ndict);
    int *order = xmalloc((size_t)train.n * sizeof *order);
    for (int i = 0; i < train.n; i++)
        order[i] = i;
    int out[MAX_SENT_WORDS];
    srand(seed);
    for (int run = 0; run < runs; run++) {
        long start = now;
        for (int it = 0; it < iters; it++) {
            for (int i = train.n - 1; i > 0; i--) {
                int j = rand() % (i + 1), t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            long err = 0, tot = 0;
            for (int i = 0; i < train.n; i++) {
                const sent *s = &train.s[order[i]];
                tag_sentence(s, out, 1, 0);
                for (int j = 0; j < s->n; j++)
                    err += out[j] != s->tag[j];
                tot += s->n;
            }
            printf("run %d, iteration %d: training errors %.4f, %zu features\n", run + 1, it + 1,
                   (double)err / (double)tot, nfeat);
        }
        end_run(start);
    }
    double scale;
    long kept = finish(prune, runs, &scale);
    printf("kept %ld weights (scale %.1f)\n", kept, scale);
    evaluate(&dev, "dev");
    write_model(argv[a + 2], runs, iters, prune, argv[a]);
    return 0;
}
