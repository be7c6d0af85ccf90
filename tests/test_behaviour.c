/* test_behaviour.c - behavioural tests of the coder in the manner of CheckList
 * (Ribeiro et al., ACL 2020): tests generated from the dictionaries and from
 * templates of our own sentences (tests/behaviour/templates.txt), grouped by
 * capability and by test type:
 *
 *   MFT  minimum functionality: every verb pattern of the dictionaries codes its
 *        plain sentence; every template and every country name codes;
 *   INV  invariance: a time adverbial, an apposition or relative clause, an
 *        attribution, another tense or another actor of the same kind keeps
 *        the event;
 *   DIR  directional: negation, modals, conditionals and questions remove the
 *        event; the passive keeps its roles; swapping subject and object swaps
 *        them.
 *
 * Usage: test_behaviour DICT_DIR TEMPLATES THRESHOLDS [-v]
 * Prints a table of pass rates; exits 1 when a cell falls below its threshold
 * (THRESHOLDS: "capability ; type ; minimum rate" per line). -v lists failures. */
#include "dict/dict_impl.h"
#include "tocsin/coder.h"
#include "tocsin/dict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_EV 32
#define MAX_TEMPLATES 64
#define MAX_ACTORS 16
#define MAX_ROWS 24
#define SENT_MAX 1024

enum { MFT, INV, DIR, NTYPES };
static const char *const type_name[NTYPES] = {"MFT", "INV", "DIR"};

typedef struct ev {
    char s[4], t[4], root[3]; /* countries and root: the project's scoring level */
} ev;

typedef struct evset {
    ev e[MAX_EV];
    int n;
} evset;

typedef struct row {
    const char *cap;
    int pass[NTYPES], total[NTYPES];
} row;

typedef struct tmpl {
    char base[32], past[32], part[32], third[32], ing[32];
    char code[8];
    char rest[256]; /* with {T} */
} tmpl;

typedef struct actor {
    char name[64], code[16];
} actor;

static tocsin_dict *dict;
static row rows[MAX_ROWS];
static int nrows, verbose;
static tmpl tm[MAX_TEMPLATES];
static int ntm;
static actor act[MAX_ACTORS];
static int nact;

static row *get_row(const char *cap)
{
    for (int i = 0; i < nrows; i++)
        if (!strcmp(rows[i].cap, cap))
            return &rows[i];
    if (nrows == MAX_ROWS)
        return &rows[MAX_ROWS - 1];
    rows[nrows].cap = cap;
    return &rows[nrows++];
}

static int sink(void *ud, const tocsin_event *e)
{
    evset *v = ud;
    if (v->n >= MAX_EV)
        return 0;
    ev *x = &v->e[v->n++];
    snprintf(x->s, sizeof x->s, "%.3s", e->source);
    snprintf(x->t, sizeof x->t, "%.3s", e->target);
    snprintf(x->root, sizeof x->root, "%.2s", e->code);
    return 0;
}

static void code_text(const char *text, evset *out)
{
    memset(out, 0, sizeof *out);
    tocsin_coder *c = tocsin_coder_new(dict);
    if (!c)
        return;
    tocsin_coder_set_sink(c, sink, out);
    tocsin_doc_info info = {"behaviour", "2025-06-01", "behaviour", 0, NULL, NULL};
    tocsin_code_text(c, &info, text, strlen(text));
    tocsin_coder_free(c);
}

static int has(const evset *v, const char *s, const char *t, const char *root)
{
    for (int i = 0; i < v->n; i++)
        if (!strncmp(v->e[i].s, s, 3) && (!t || !strncmp(v->e[i].t, t, 3)) &&
            !strncmp(v->e[i].root, root, 2))
            return 1;
    return 0;
}

static void show(const char *cap, int type, const char *text, const evset *got, const char *why)
{
    if (!verbose)
        return;
    printf("FAIL %-28s %s  %s\n     got:", cap, type_name[type], text);
    for (int i = 0; i < got->n; i++)
        printf(" %s>%s %s;", got->e[i].s, got->e[i].t[0] ? got->e[i].t : "-", got->e[i].root);
    printf("%s  (%s)\n", got->n ? "" : " none", why);
}

static void record(const char *cap, int type, int ok, const char *text, const evset *got, const char *why)
{
    row *r = get_row(cap);
    r->total[type]++;
    r->pass[type] += ok != 0;
    if (!ok)
        show(cap, type, text, got, why);
}

/* ---- sentences from templates ---- */

/* Appends src to dst (cap SENT_MAX), replacing {T} by t. */
static void put(char *dst, const char *src, const char *t)
{
    size_t n = strlen(dst);
    for (const char *p = src; *p && n + 1 < SENT_MAX; p++) {
        if (!strncmp(p, "{T}", 3)) {
            size_t l = strlen(t);
            if (n + l + 1 >= SENT_MAX)
                break;
            memcpy(dst + n, t, l);
            n += l;
            p += 2;
            continue;
        }
        dst[n++] = *p;
    }
    dst[n] = '\0';
}

/* Builds a sentence from a format: %S source, %T target, %B base, %P past,
 * %A participle, %3 third person, %G -ing, %R rest; the first letter is made
 * upper case. */
static void build(char *out, const char *fmt, const tmpl *x, const char *s, const char *t)
{
    out[0] = '\0';
    char one[2] = {0, 0};
    for (const char *p = fmt; *p; p++) {
        if (*p != '%' || !p[1]) {
            one[0] = *p;
            put(out, one, t);
            continue;
        }
        p++;
        switch (*p) {
        case 'S': put(out, s, t); break;
        case 'T': put(out, t, t); break;
        case 'B': put(out, x->base, t); break;
        case 'P': put(out, x->past, t); break;
        case 'A': put(out, x->part, t); break;
        case '3': put(out, x->third, t); break;
        case 'G': put(out, x->ing, t); break;
        case 'R': put(out, x->rest, t); break;
        case 'r': put(out, x->rest + 3, t); break; /* the rest after its leading {T} */
        default: one[0] = *p; put(out, one, t); break;
        }
    }
    if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)(out[0] - 32);
}

typedef struct variant {
    const char *cap;
    const char *fmt;
} variant;

/* INV: the event must stay exactly the same. */
static const variant inv[] = {
    {"time adverbial", "%S on Tuesday %P %R."},
    {"time adverbial", "%S %P %R on Tuesday."},
    {"time adverbial", "On Tuesday, %S %P %R."},
    {"time adverbial", "%S late on Monday %P %R."},
    {"time adverbial", "Last week %S %P %R."},
    {"time adverbial", "%S %P %R earlier this month."},
    {"time adverbial", "%S on Jan. 6 %P %R."},
    {"apposition, relative clause", "%S, which holds the rotating chair of the bloc, %P %R."},
    {"apposition, relative clause", "%S, a longtime trading partner of the region, %P %R."},
    {"apposition, relative clause", "%S, in a statement, %P %R."},
    {"apposition, relative clause", "%S %P %R, which analysts called a turning point."},
    {"attribution", "%S %P %R, officials said."},
    {"attribution", "%S %P %R, according to state media."},
    {"attribution", "Officials said %S had %A %R."},
    {"attribution", "%S %P %R, the foreign ministry said in a statement."},
    {"tense", "%S has %A %R."},
    {"tense", "%S %3 %R."},
    {"tense", "%S had %A %R."},
    {"tense", "%S has repeatedly %A %R."},
};

/* DIR: the event must disappear. */
static const variant gone[] = {
    {"negation", "%S did not %B %R."},
    {"negation", "%S has not %A %R."},
    {"negation", "%S never %P %R."},
    {"modal", "%S may %B %R."},
    {"modal", "%S could %B %R."},
    {"modal", "%S should %B %R."},
    {"conditional", "If %S %3 %R, the talks will collapse."},
    {"conditional", "The talks will collapse if %S %3 %R."},
    {"question", "Will %S %B %R?"},
    {"question", "Did %S %B %R?"},
};

static void run_templates(void)
{
    char text[SENT_MAX];
    evset base, got;
    const actor *S = &act[0], *T = &act[1];
    for (int k = 0; k < ntm; k++) {
        const tmpl *x = &tm[k];
        char root[3] = {x->code[0], x->code[1], 0};
        build(text, "%S %P %R.", x, S->name, T->name);
        code_text(text, &base);
        int ok = has(&base, S->code, T->code, root);
        record("templates (base sentence)", MFT, ok, text, &base, "expected the template's event");
        if (!ok)
            continue; /* invariance is measured against a working base */
        for (size_t v = 0; v < sizeof inv / sizeof inv[0]; v++) {
            build(text, inv[v].fmt, x, S->name, T->name);
            code_text(text, &got);
            int same = got.n == base.n;
            for (int i = 0; same && i < base.n; i++)
                same = has(&got, base.e[i].s, base.e[i].t, base.e[i].root);
            record(inv[v].cap, INV, same, text, &got, "expected the base sentence's events");
        }
        for (int a = 0; a < nact; a++)
            for (int b = 0; b < nact; b++) {
                if (a == b || !strncmp(act[a].code, act[b].code, 3))
                    continue;
                build(text, "%S %P %R.", x, act[a].name, act[b].name);
                code_text(text, &got);
                record("actor replaced by another", INV, has(&got, act[a].code, act[b].code, root), text, &got,
                       "expected the same event between the new actors");
            }
        for (size_t v = 0; v < sizeof gone / sizeof gone[0]; v++) {
            build(text, gone[v].fmt, x, S->name, T->name);
            code_text(text, &got);
            record(gone[v].cap, DIR, !has(&got, S->code, T->code, root), text, &got, "expected no event");
        }
        if (!strncmp(x->rest, "{T}", 3)) {
            build(text, "%T was %A%r by %S.", x, S->name, T->name);
            code_text(text, &got);
            record("passive keeps roles", DIR, has(&got, S->code, T->code, root), text, &got,
                   "expected the source as the by-agent");
        }
        build(text, "%S %P %R.", x, T->name, S->name);
        code_text(text, &got);
        record("subject and object swapped", DIR,
               has(&got, T->code, S->code, root) && !has(&got, S->code, T->code, root), text, &got,
               "expected the roles swapped");
    }
}

/* ---- tests from the dictionaries ---- */

/* MFT: every country's first name, as source of the first template. */
static void run_countries(const char *dict_dir)
{
    char path[1024], line[1024], text[SENT_MAX];
    snprintf(path, sizeof path, "%s/actors/countries.txt", dict_dir);
    FILE *f = fopen(path, "r");
    if (!f || ntm == 0) {
        if (f)
            fclose(f);
        return;
    }
    while (fgets(line, sizeof line, f)) {
        char code[8], name[256];
        if (strncmp(line, "country ", 8))
            continue;
        const char *p = line + 8;
        size_t n = 0;
        while (*p && *p != ' ' && n + 1 < sizeof code)
            code[n++] = *p++;
        code[n] = '\0';
        while (*p == ' ')
            p++;
        n = 0;
        while (*p && *p != '|' && *p != '\n' && n + 1 < sizeof name)
            name[n++] = *p++;
        while (n && name[n - 1] == ' ')
            n--;
        name[n] = '\0';
        const actor *T = strcmp(code, act[1].code) ? &act[1] : &act[0];
        const tmpl *x = &tm[0];
        char root[3] = {x->code[0], x->code[1], 0};
        build(text, "%S %P %R.", x, name, T->name);
        evset got;
        code_text(text, &got);
        record("country names (dictionary)", MFT, has(&got, code, T->code, root), text, &got,
               "expected the country as source");
    }
    fclose(f);
}

/* MFT: every verb pattern's plain sentence: "France <past> <elements> Germany." */
static void run_patterns(void)
{
    const tocsin_dict *d = dict;
    const ts_lex *lx = &d->lex;
    int32_t *past = malloc(lx->n * sizeof *past);
    if (!past)
        return;
    for (size_t i = 0; i < lx->n; i++)
        past[i] = -1;
    /* the past tense: an irregular form ("froze", "withdrew") over the regular
       one the morphology also adds ("freezed"), the base when it is the past
       ("cut") */
    for (size_t i = 0; i < lx->n; i++) {
        const ts_word *w = &lx->w[i];
        if (!(w->vform & VF_PAST))
            continue;
        const char *nm = ts_lex_name(lx, (int32_t)i);
        size_t l = strlen(nm);
        int irregular = l < 2 || strcmp(nm + l - 2, "ed");
        int32_t cur = past[w->lemma];
        if (cur < 0 || (irregular && (i == w->lemma || cur != (int32_t)w->lemma)))
            past[w->lemma] = (int32_t)i;
    }
    int32_t class_word[64];
    for (int c = 0; c < 64; c++)
        class_word[c] = -1;
    for (size_t i = 0; i < lx->n; i++)
        for (int c = 0; c < 64; c++)
            if (((lx->w[i].classes >> c) & 1) && class_word[c] < 0 && lx->w[i].lemma == i)
                class_word[c] = (int32_t)i;
    const actor *S = &act[0], *T = &act[1];
    char text[SENT_MAX];
    for (size_t k = 0; k < d->npats; k++) {
        const ts_pattern *p = &d->pats[k];
        if (p->flags & P_BLOCK)
            continue;
        int32_t v = past[p->verb] >= 0 ? past[p->verb] : (int32_t)p->verb;
        snprintf(text, sizeof text, "%s %s", S->name, ts_lex_name(lx, v));
        int has_t = 0;
        for (uint32_t e = 0; e < p->nelem; e++) {
            const ts_elem *el = &d->elems[p->elem + e];
            int32_t word = -1;
            if (el->type == E_WORD)
                word = (int32_t)el->a;
            else if (el->type == E_CLASS)
                word = class_word[el->a & 63];
            else if (el->type == E_ALT) {
                uint32_t a = d->alts[el->a];
                word = (a & ALT_CLASS) ? class_word[a & 63] : (int32_t)a;
            }
            size_t n = strlen(text);
            if (el->type == E_TARGET) {
                snprintf(text + n, sizeof text - n, " %s", T->name);
                has_t = 1;
            } else if (word >= 0) {
                snprintf(text + n, sizeof text - n, " %s", ts_lex_name(lx, word));
            }
        }
        size_t n = strlen(text);
        if (!has_t && !(p->flags & P_NOTARGET)) {
            /* no $T: the target in the commonest frame of the root */
            int r = (p->code[0] - '0') * 10 + (p->code[1] - '0');
            const char *prep = r == 15 || r == 16 ? "in" : r <= 9 ? "to" : "against";
            if (r == 4 || r == 5 || r == 6)
                prep = "with";
            snprintf(text + n, sizeof text - n, " %s %s", prep, T->name);
        }
        n = strlen(text);
        snprintf(text + n, sizeof text - n, ".");
        evset got;
        code_text(text, &got);
        char root[3] = {p->code[0], p->code[1], 0};
        int ok = has(&got, S->code, NULL, root) || ((p->flags & P_SYM) && has(&got, T->code, S->code, root));
        if (!ok && verbose)
            printf("     pattern %s:%u\n", d->files[p->file], (unsigned)p->line);
        record("verb patterns (dictionary)", MFT, ok, text, &got, "expected the pattern's root");
    }
    free(past);
}

/* ---- input files ---- */

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static void copy_field(char *dst, size_t cap, const char *src)
{
    snprintf(dst, cap, "%s", src);
}

static int load_templates(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        char *l = trim(line);
        if (!*l || *l == '#')
            continue;
        char *semi = strchr(l, ';');
        if (!strncmp(l, "@actor ", 7)) {
            if (!semi || nact == MAX_ACTORS)
                continue;
            *semi = '\0';
            copy_field(act[nact].name, sizeof act[nact].name, trim(l + 7));
            copy_field(act[nact].code, sizeof act[nact].code, trim(semi + 1));
            nact++;
            continue;
        }
        if (!semi || ntm == MAX_TEMPLATES)
            continue;
        *semi = '\0';
        char *code = semi + 1, *semi2 = strchr(code, ';');
        if (!semi2)
            continue;
        *semi2 = '\0';
        tmpl *x = &tm[ntm];
        char *forms[5] = {x->base, x->past, x->part, x->third, x->ing};
        char *save = NULL;
        int nf = 0;
        for (char *tok = strtok_r(l, "|", &save); tok && nf < 5; tok = strtok_r(NULL, "|", &save))
            copy_field(forms[nf++], 32, trim(tok));
        if (nf != 5)
            continue;
        copy_field(x->code, sizeof x->code, trim(code));
        copy_field(x->rest, sizeof x->rest, trim(semi2 + 1));
        ntm++;
    }
    fclose(f);
    return nact >= 2 && ntm > 0 ? 0 : -1;
}

/* Checks every row against the thresholds; returns the number below. */
static int check_thresholds(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "test_behaviour: cannot read %s\n", path);
        return 1;
    }
    char line[512];
    int bad = 0, checked = 0;
    while (fgets(line, sizeof line, f)) {
        char *l = trim(line);
        if (!*l || *l == '#')
            continue;
        char *a = strchr(l, ';'), *b = a ? strchr(a + 1, ';') : NULL;
        if (!b)
            continue;
        *a = *b = '\0';
        const char *cap = trim(l), *type = trim(a + 1);
        double min = strtod(trim(b + 1), NULL);
        for (int i = 0; i < nrows; i++) {
            if (strcmp(rows[i].cap, cap))
                continue;
            for (int t = 0; t < NTYPES; t++) {
                if (strcmp(type_name[t], type) || !rows[i].total[t])
                    continue;
                checked++;
                double rate = (double)rows[i].pass[t] / rows[i].total[t];
                if (rate + 1e-9 < min) {
                    printf("below threshold: %s %s %.3f < %.3f\n", cap, type, rate, min);
                    bad++;
                }
            }
        }
    }
    fclose(f);
    if (!checked) {
        printf("no threshold matched a row\n");
        bad++;
    }
    return bad;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: test_behaviour DICT_DIR TEMPLATES THRESHOLDS [-v]\n");
        return 2;
    }
    verbose = argc > 4 && !strcmp(argv[4], "-v");
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (tocsin_dict_load(argv[1], NULL, &dict, &err)) {
        fprintf(stderr, "test_behaviour: cannot load %s\n", argv[1]);
        return 2;
    }
    if (load_templates(argv[2])) {
        fprintf(stderr, "test_behaviour: %s needs templates and two @actor lines\n", argv[2]);
        tocsin_dict_free(dict);
        return 2;
    }
    run_patterns();
    run_countries(argv[1]);
    run_templates();
    printf("behavioural tests (CheckList): pass rate by capability and test type\n");
    printf("%-30s %-17s %-17s %-17s\n", "capability", "MFT", "INV", "DIR");
    for (int i = 0; i < nrows; i++) {
        printf("%-30s", rows[i].cap);
        for (int t = 0; t < NTYPES; t++) {
            char cell[32];
            if (rows[i].total[t])
                snprintf(cell, sizeof cell, "%d/%d %5.1f%%", rows[i].pass[t], rows[i].total[t],
                         100.0 * rows[i].pass[t] / rows[i].total[t]);
            else
                snprintf(cell, sizeof cell, "-");
            printf(" %-17s", cell);
        }
        printf("\n");
    }
    int bad = check_thresholds(argv[3]);
    tocsin_dict_free(dict);
    return bad ? 1 : 0;
}
