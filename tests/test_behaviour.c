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
 * Usage: test_behaviour DICT_DIR TEMPLATES THRESHOLDS [-v | -a]
 * Prints a table of pass rates; exits 1 when a cell falls below its threshold
 * (THRESHOLDS: "capability ; type ; minimum rate" per line). -v lists failures,
 * -a every verb pattern's sentence with its pattern. */
#include "dict/dict_impl.h"
#include "tocsin/coder.h"
#include "tocsin/dict.h"
#include "tocsin/syntax.h"
#include "base/internal.h"

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
    char code3[4];            /* the first three digits: a role the root does not tell (042 visit, 043 host) */
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
static int nrows, verbose, list_all;
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
    snprintf(x->code3, sizeof x->code3, "%.3s", e->code);
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

/* As has(), at the template's own code when it has three digits: a visit
 * (042) is also hosted (043) the other way, so the act of the original roles
 * is told by the code, not by the root. */
static int has_code(const evset *v, const char *s, const char *t, const char *code)
{
    if (strlen(code) < 3) {
        char root[3] = {code[0], code[1], 0};
        return has(v, s, t, root);
    }
    for (int i = 0; i < v->n; i++)
        if (!strncmp(v->e[i].s, s, 3) && (!t || !strncmp(v->e[i].t, t, 3)) && !strncmp(v->e[i].code3, code, 3))
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
               has(&got, T->code, S->code, root) && !has_code(&got, S->code, T->code, x->code), text, &got,
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

/* MFT: every verb pattern's plain sentence, the one a news writer would put
 * for it: "France ordered the withdrawal of troops from Germany." The
 * generator reads the pattern's own line (where its `*` gaps stand) and its
 * compiled elements, and applies rules over them (never over one pattern;
 * no pattern is skipped):
 *
 *  - the verb in the past tense, from the forms the dictionary's morphology
 *    knows (WordNet's exceptions over the regular rule: "admitted", not
 *    "admited"; of two irregular forms the one without a participle ending:
 *    "saw", not "seen"); "V by $T" of a reaction's root (01, 11) is an
 *    adjective: "France was concerned by Germany"; a threat (13) whose verb
 *    is an act, not a verb of threatening, warning or pledging, is the act
 *    vowed: "France vowed to crush Germany";
 *  - after a verb that takes an infinitive (the grammar's pledge, intent,
 *    aspect and negative-verb classes, and refuse, threaten, decline), a verb
 *    element gets "to" ("agreed to share"), or -ing after one that takes a
 *    gerund ("considered sending"); so does a verb after people told to act
 *    or after an intention ("ordered troops to leave", "the decision to
 *    send"); a verb English has no noun for (WordNet's index.noun) in a noun
 *    slot becomes a gerund ("approved sending troops");
 *  - a noun after a gap opens a noun phrase with "the"; a noun after an act
 *    noun across a gap is its "of" complement, in the plural ("the
 *    withdrawal of troops"); words written side by side stay side by side
 *    ("trade war"); adjectives (the tagger's JJ) run into the noun after;
 *  - the target stands where the pattern's $T is; without $T (and without
 *    `notarget`) people (the actor dictionaries' agents) take it as a
 *    possessive ("Germany's ambassador"), else it follows with the
 *    preposition the dictionary's other patterns put before $T after that
 *    noun or verb, of the pattern's root first ("sanction on $T", "retaliate
 *    against $T"; a "by" frame is written as the possessive, a place
 *    preposition is never used), as a direct object when they put $T right
 *    after the verb, else with the root's commonest preposition; "with" for
 *    a joint act (`sym`); "describe * as", "urge * to" take it before "as",
 *    "to"; a preposition left last after $T gets a neutral object ("the
 *    move", "to act").
 * Alternatives and classes give their first word that fits the slot (a
 * class in the order classes.txt writes it). */

#define GEN_TOKS 48
#define GEN_TOK_MAX 64
#define GEN_FRAMES 8 /* prepositions counted per word for the target's frame */

enum { C_NOUN, C_ADJ, C_VERB, C_GER, C_FUNC, C_DET, C_ACTOR, C_TIME };

typedef struct frame {
    int32_t prep[GEN_FRAMES]; /* the word before $T; -1 = $T right after */
    int n[GEN_FRAMES];
    char root[GEN_FRAMES][2]; /* the CAMEO root of the patterns counted */
} frame;

typedef struct gen {
    const tocsin_dict *d;
    const ts_lex *lx;
    tocsin_tagger *tagger;
    int32_t *past, *part, *ing; /* per lemma: the chosen form, -1 none */
    uint8_t *adj;               /* per word: 0 not probed, 1 adjective, 2 not */
    uint8_t *agent;             /* per word: an agent (sector) of the actor dictionaries */
    uint8_t *noun;              /* per word: a noun in WordNet's index (when it is installed) */
    int have_nouns;
    frame *vframe, *nframe;     /* per lemma: as a verb, as the noun before $T */
    frame *oframe;              /* per verb lemma: after its object ("send * troops to $T") */
    frame cframe[64];           /* per class, as the noun before $T */
    int32_t class_first[64][4]; /* the first members of each class */
    int32_t w_the, w_to, w_of, w_by;
    /* the raw line reader */
    FILE *f;
    const char *fpath;
    long fline;
} gen;

static int32_t word_id(const ts_lex *lx, const char *s)
{
    return ts_lex_find(lx, ts_hash(s, strlen(s)));
}

/* The -ed form the morphology's regular rule makes of base b. */
static void regular_ed(const char *b, char *out, size_t cap)
{
    size_t n = strlen(b);
    const char *vow = "aeiou";
    if (n && b[n - 1] == 'e')
        snprintf(out, cap, "%sd", b);
    else if (n > 1 && b[n - 1] == 'y' && !strchr(vow, b[n - 2]))
        snprintf(out, cap, "%.*sied", (int)(n - 1), b);
    else
        snprintf(out, cap, "%sed", b);
}

static int ends(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

/* A past participle's ending among irregular forms: seen, taken, shown, torn,
 * begun, sung, sunk. */
static int part_ending(const char *s)
{
    return ends(s, "en") || ends(s, "wn") || ends(s, "ne") || ends(s, "rn") || ends(s, "un") ||
           ends(s, "ung") || ends(s, "unk");
}

/* Score of form i of lemma l as the past tense (part = 0) or the participle. */
static int form_score(const gen *g, size_t i, int part)
{
    const ts_lex *lx = g->lx;
    const char *nm = ts_lex_name(lx, (int32_t)i), *base = ts_lex_name(lx, (int32_t)lx->w[i].lemma);
    char reg[GEN_TOK_MAX];
    regular_ed(base, reg, sizeof reg);
    /* from WordNet's exceptions; the base itself only where English keeps
       it (cut, set, spread: all end in t or d) */
    int same = !strcmp(nm, base);
    int irregular = strcmp(nm, reg) != 0 && (!same || ends(base, "t") || ends(base, "d"));
    int pe = part_ending(nm) && !same;
    /* a third person the exception lists also give ("has") is no past */
    int third = ends(nm, "s") && !ends(base, "s");
    return (part ? pe : !pe) * 4 + irregular * 2 - third * 8;
}

static int ing_score(const gen *g, size_t i)
{
    const ts_lex *lx = g->lx;
    const char *nm = ts_lex_name(lx, (int32_t)i), *base = ts_lex_name(lx, (int32_t)lx->w[i].lemma);
    /* the regular rule never doubles a consonant: "admitting" is WordNet's */
    size_t n = strlen(base);
    char reg[GEN_TOK_MAX];
    if (n && base[n - 1] == 'e' && n > 1 && !strchr("eoy", base[n - 2]))
        snprintf(reg, sizeof reg, "%.*sing", (int)(n - 1), base);
    else
        snprintf(reg, sizeof reg, "%sing", base);
    return strcmp(nm, reg) != 0;
}

static void pick_forms(gen *g)
{
    const ts_lex *lx = g->lx;
    for (size_t i = 0; i < lx->n; i++)
        g->past[i] = g->part[i] = g->ing[i] = -1;
    for (size_t i = 0; i < lx->n; i++) {
        const ts_word *w = &lx->w[i];
        uint32_t l = w->lemma;
        if (strchr(ts_lex_name(lx, (int32_t)i), '-') && !strchr(ts_lex_name(lx, (int32_t)l), '-'))
            continue; /* a spelling ("co-ordinate"), not a tense */
        if (w->vform & VF_PAST)
            if (g->past[l] < 0 || form_score(g, i, 0) > form_score(g, (size_t)g->past[l], 0))
                g->past[l] = (int32_t)i;
        if (w->vform & VF_PART)
            if (g->part[l] < 0 || form_score(g, i, 1) > form_score(g, (size_t)g->part[l], 1))
                g->part[l] = (int32_t)i;
        if (w->vform & VF_ING)
            if (g->ing[l] < 0 || ing_score(g, i) > ing_score(g, (size_t)g->ing[l]))
                g->ing[l] = (int32_t)i;
    }
}

static int is_agent_node(const tocsin_dict *d, uint32_t node)
{
    if (!node || node >= d->nnodes)
        return 0;
    for (int32_t j = d->nodes[node].first; j >= 0; j = d->entries[j].next)
        if (d->entries[j].kind == K_AGENT)
            return 1;
    return 0;
}

/* Particles of phrasal verbs that the grammar's classes do not hold. */
static int particle(const char *s)
{
    static const char *const p[] = {"up", "down", "out", "back", "away", "aside", "apart",
                                    "together", "forward", "ahead", "as", "by"};
    for (size_t i = 0; i < sizeof p / sizeof p[0]; i++)
        if (!strcmp(s, p[i]))
            return 1;
    return 0;
}

static int is_func(const gen *g, int32_t w)
{
    const ts_word *x = &g->lx->w[w];
    return (x->gram & (G_PREP | G_LOC | G_TO | G_BY | G_AND)) || particle(ts_lex_name(g->lx, w));
}

/* An adjective by the tagger's reading of "the W one was" (a frame where
 * nouns read NN); an agent of the actor dictionaries is a noun. */
static int is_adj(gen *g, int32_t w)
{
    if (!g->tagger || g->agent[w])
        return 0;
    if (!g->adj[w]) {
        const char *nm = ts_lex_name(g->lx, w);
        tocsin_word t[4] = {{"the", 3}, {nm, (uint32_t)strlen(nm)}, {"one", 3}, {"was", 3}};
        tocsin_pos pos[4];
        tocsin_tag(g->tagger, t, 4, pos);
        g->adj[w] = pos[1].xpos == TOCSIN_X_JJ ? 1 : 2;
    }
    return g->adj[w] == 1;
}

static int is_verb(const gen *g, int32_t w)
{
    return (g->lx->w[w].vform & VF_BASE) && g->lx->w[w].lemma == (uint32_t)w;
}

static void vote(frame *f, int32_t prep, const char *code)
{
    if (prep == -2)
        return; /* a place preposition: see count_frames */
    for (int i = 0; i < GEN_FRAMES; i++) {
        if (f->n[i] && f->prep[i] == prep && !memcmp(f->root[i], code, 2)) {
            f->n[i]++;
            return;
        }
        if (!f->n[i]) {
            f->prep[i] = prep;
            f->n[i] = 1;
            memcpy(f->root[i], code, 2);
            return;
        }
    }
}

/* The commonest frame among the patterns of root `code` (of any root when
 * none has it): 1 with *prep set, 0 when none was seen. */
static int best_frame(const frame *f, const char *code, int32_t *prep)
{
    int best = -1;
    for (int pass = 0; pass < 2 && best < 0; pass++)
        for (int i = 0; i < GEN_FRAMES; i++)
            if (f->n[i] && (pass || !memcmp(f->root[i], code, 2)) && (best < 0 || f->n[i] > f->n[best]))
                best = i;
    if (best < 0)
        return 0;
    *prep = f->prep[best];
    return 1;
}

/* The commonest frame with a preposition (of root `code` first). */
static int best_prep(const frame *f, const char *code, int32_t *prep)
{
    int best = -1;
    for (int pass = 0; pass < 2 && best < 0; pass++)
        for (int i = 0; i < GEN_FRAMES; i++)
            if (f->n[i] && f->prep[i] >= 0 && (pass || !memcmp(f->root[i], code, 2)) &&
                (best < 0 || f->n[i] > f->n[best]))
                best = i;
    if (best < 0)
        return 0;
    *prep = f->prep[best];
    return 1;
}

/* Counts, over every pattern, the word that stands before $T: after the verb
 * ("retaliate against $T", "condemn $T") and after a noun ("sanction on $T"). */
static void count_frames(gen *g)
{
    const tocsin_dict *d = g->d;
    for (size_t k = 0; k < d->npats; k++) {
        const ts_pattern *p = &d->pats[k];
        if (p->flags & (P_BLOCK | P_DERIVED))
            continue;
        const ts_elem *el = &d->elems[p->elem];
        for (uint32_t e = 0; e < p->nelem; e++) {
            if (el[e].type != E_TARGET)
                continue;
            if (e == 0) {
                vote(&g->vframe[p->verb], -1, p->code);
                break;
            }
            if (el[e - 1].type != E_WORD || !is_func(g, (int32_t)el[e - 1].a))
                break;
            /* in, at, near ... make the actor after them a place unless a
               pattern names $T there: useless to a pattern without $T */
            int32_t prep = (g->lx->w[el[e - 1].a].gram & G_LOC) ? -2 : (int32_t)el[e - 1].a;
            if (e == 1) {
                vote(&g->vframe[p->verb], prep, p->code);
                break;
            }
            const ts_elem *n = &el[e - 2];
            vote(&g->oframe[p->verb], prep, p->code);
            if (n->type == E_WORD && !is_func(g, (int32_t)n->a))
                vote(&g->nframe[n->a], prep, p->code);
            else if (n->type == E_CLASS)
                vote(&g->cframe[n->a & 63], prep, p->code);
            else if (n->type == E_ALT)
                for (uint32_t a = 0; a < n->b; a++) {
                    uint32_t v = d->alts[n->a + a];
                    if (v & ALT_CLASS)
                        vote(&g->cframe[v & 63], prep, p->code);
                    else
                        vote(&g->nframe[v], prep, p->code);
                }
            break;
        }
    }
}

/* The first words of each class in the order classes.txt writes them (the
 * most typical first). */
static void read_classes(gen *g, const char *dict_dir)
{
    char path[1024], line[2048];
    snprintf(path, sizeof path, "%s/verbs/classes.txt", dict_dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f)) {
        if (line[0] != '@')
            continue;
        size_t nl = strcspn(line + 1, " \t\r\n");
        int bit = -1;
        for (int c = 0; c < g->d->nclasses; c++)
            if (strlen(g->d->classes[c]) == nl && !memcmp(g->d->classes[c], line + 1, nl))
                bit = c;
        if (bit < 0)
            continue;
        char *save = NULL;
        for (char *w = strtok_r(line + 1 + nl, " |\t\r\n", &save); w; w = strtok_r(NULL, " |\t\r\n", &save)) {
            int32_t id = word_id(g->lx, w);
            if (id < 0)
                continue;
            for (int j = 0; j < 4; j++) {
                if (g->class_first[bit][j] == id)
                    break;
                if (g->class_first[bit][j] < 0) {
                    g->class_first[bit][j] = id;
                    break;
                }
            }
        }
    }
    fclose(f);
}

/* Marks the lexicon's words that WordNet knows as nouns (index.noun, in the
 * folder the dictionary's morphology reads its exception lists from). */
static void read_nouns(gen *g)
{
    const char *wn = getenv("TOCSIN_WORDNET");
    char path[1024], line[512];
    snprintf(path, sizeof path, "%s/index.noun", wn && *wn ? wn : "/usr/share/wordnet");
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, " \n");
        if (line[0] == ' ' || !n)
            continue; /* the licence header */
        line[n] = '\0';
        int32_t id = word_id(g->lx, line);
        if (id >= 0)
            g->noun[id] = 1;
    }
    fclose(f);
    g->have_nouns = 1;
}

static int gen_init(gen *g, const tocsin_dict *d, const char *dict_dir)
{
    memset(g, 0, sizeof *g);
    g->d = d;
    g->lx = &d->lex;
    size_t n = g->lx->n;
    g->past = malloc(n * sizeof *g->past);
    g->part = malloc(n * sizeof *g->part);
    g->ing = malloc(n * sizeof *g->ing);
    g->adj = calloc(n, 1);
    g->agent = calloc(n, 1);
    g->noun = calloc(n, 1);
    g->vframe = calloc(n, sizeof *g->vframe);
    g->nframe = calloc(n, sizeof *g->nframe);
    g->oframe = calloc(n, sizeof *g->oframe);
    if (!g->past || !g->part || !g->ing || !g->adj || !g->agent || !g->noun || !g->vframe || !g->nframe || !g->oframe)
        return -1;
    if (tocsin_tagger_load(dict_dir, &g->tagger, NULL))
        g->tagger = NULL; /* no adjectives then: the rates drop, the test says so */
    pick_forms(g);
    for (int c = 0; c < 64; c++)
        for (int j = 0; j < 4; j++)
            g->class_first[c][j] = -1;
    for (size_t i = 0; i < n; i++) {
        const ts_word *w = &g->lx->w[i];
        if (is_agent_node(d, w->root[0])) {
            g->agent[i] = 1;
            g->agent[w->lemma] = 1;
        }
    }
    read_classes(g, dict_dir);
    read_nouns(g);
    g->w_the = word_id(g->lx, "the");
    g->w_to = word_id(g->lx, "to");
    g->w_of = word_id(g->lx, "of");
    g->w_by = word_id(g->lx, "by");
    count_frames(g);
    return 0;
}

static void gen_free(gen *g)
{
    free(g->past);
    free(g->part);
    free(g->ing);
    free(g->adj);
    free(g->agent);
    free(g->noun);
    free(g->vframe);
    free(g->nframe);
    free(g->oframe);
    tocsin_tagger_free(g->tagger);
    if (g->f)
        fclose(g->f);
}

/* Line `line` of file `path` into buf ("" when unreadable). Patterns come in
 * file order, so the file is read on from where the last call stopped. */
static void raw_line(gen *g, const char *path, long line, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (!g->f || g->fpath != path || g->fline >= line) {
        if (g->f)
            fclose(g->f);
        g->f = fopen(path, "r");
        g->fpath = path;
        g->fline = 0;
        if (!g->f)
            return;
    }
    while (g->fline < line && fgets(buf, (int)cap, g->f))
        if (strchr(buf, '\n') || feof(g->f))
            g->fline++;
    if (g->fline != line)
        buf[0] = '\0';
    buf[strcspn(buf, "\r\n")] = '\0';
}

/* gap[e]: a `*` stands before element e in the pattern's line. Returns 0 when
 * the line does not match the compiled elements (then every gap is open). */
static int read_gaps(const char *line, uint32_t nelem, uint8_t *gap)
{
    const char *p = line, *end = strchr(line, ';');
    if (!end)
        end = line + strlen(line);
    int tok = -1; /* -1: the code, 0: the verb, then elements */
    uint32_t e = 0;
    int star = 0;
    while (p < end) {
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        if (p >= end)
            break;
        const char *q = p;
        if (*p == '{') {
            q = memchr(p, '}', (size_t)(end - p));
            q = q ? q + 1 : end;
        } else {
            while (q < end && *q != ' ' && *q != '\t')
                q++;
        }
        if (tok < 1) {
            tok++;
        } else if (q - p == 1 && *p == '*') {
            star = 1;
        } else {
            if (e < nelem)
                gap[e] = (uint8_t)star;
            e++;
            star = 0;
        }
        p = q;
    }
    if (e != nelem) {
        memset(gap, 1, nelem);
        return 0;
    }
    return 1;
}

typedef struct sent {
    char tok[GEN_TOKS][GEN_TOK_MAX];
    int n;
} sent;

static void add_tok(sent *s, const char *w)
{
    if (s->n < GEN_TOKS)
        snprintf(s->tok[s->n++], GEN_TOK_MAX, "%s", w);
}

static void insert_tok(sent *s, int at, const char *w)
{
    if (s->n >= GEN_TOKS || at < 0 || at > s->n)
        return;
    memmove(s->tok[at + 1], s->tok[at], (size_t)(s->n - at) * GEN_TOK_MAX);
    snprintf(s->tok[at], GEN_TOK_MAX, "%s", w);
    s->n++;
}

static const char *form(const gen *g, const int32_t *forms, int32_t w)
{
    int32_t l = (int32_t)g->lx->w[w].lemma;
    if (forms[l] >= 0)
        return ts_lex_name(g->lx, forms[l]);
    if (forms != g->ing) {
        /* a spelling whose -ed form another lemma took ("lambaste",
           "lambast"): the form is still English */
        char reg[GEN_TOK_MAX];
        regular_ed(ts_lex_name(g->lx, l), reg, sizeof reg);
        int32_t r = word_id(g->lx, reg);
        if (r >= 0)
            return ts_lex_name(g->lx, r);
    }
    return ts_lex_name(g->lx, w);
}

/* The noun plural of w, or w. */
static const char *plural(const gen *g, int32_t w)
{
    const ts_lex *lx = g->lx;
    const char *nm = ts_lex_name(lx, w);
    char buf[GEN_TOK_MAX];
    snprintf(buf, sizeof buf, "%ss", nm);
    int32_t p = word_id(lx, buf);
    if (p >= 0 && lx->w[p].lemma == (uint32_t)w && lx->w[p].nplural)
        return ts_lex_name(lx, p);
    snprintf(buf, sizeof buf, "%ses", nm);
    p = word_id(lx, buf);
    if (p >= 0 && lx->w[p].lemma == (uint32_t)w && lx->w[p].nplural)
        return ts_lex_name(lx, p);
    return nm;
}

static int in_list(const gen *g, int32_t w, const char *const *list, size_t n)
{
    const char *nm = ts_lex_name(g->lx, w);
    for (size_t i = 0; i < n; i++)
        if (!strcmp(nm, list[i]))
            return 1;
    return 0;
}
#define IN_LIST(g, w, l) in_list(g, w, l, sizeof l / sizeof l[0])

/* Verbs that take an infinitive or a gerund after them. */
static int catenative(const gen *g, int32_t v)
{
    static const char *const more[] = {"refuse", "threaten", "decline", "need", "dare"};
    return (g->lx->w[v].gram & (G_PLEDGE | G_INTENT | G_ASPECT | G_NEGV)) || IN_LIST(g, v, more);
}

static int takes_gerund(const gen *g, int32_t v)
{
    static const char *const ger[] = {"consider", "contemplate", "mull", "weigh", "study", "explore",
                                      "discuss", "debate", "examine", "avoid", "stop", "cease",
                                      "keep", "resume", "halt", "eye", "risk", "finish"};
    return IN_LIST(g, v, ger);
}

/* Verbs that take an object and then an infinitive: "ordered troops to leave". */
static int object_control(const gen *g, int32_t v)
{
    static const char *const oc[] = {"order", "urge", "ask", "force", "tell", "allow", "invite",
                                     "encourage", "press", "pressure", "persuade", "compel",
                                     "instruct", "authorize", "authorise", "warn"};
    return IN_LIST(g, v, oc);
}

/* A noun that names an act or state ("withdrawal", "suspension"): a noun
 * after it across a gap is its "of" complement; other nouns run into the
 * next one ("war crimes investigation"). */
static int nominalization(const char *s)
{
    static const char *const suf[] = {"al", "ion", "ment", "ance", "ence", "ure", "ty", "ness",
                                      "ing", "dom", "age", "ship", "ery"};
    for (size_t i = 0; i < sizeof suf / sizeof suf[0]; i++)
        if (ends(s, suf[i]))
            return 1;
    return 0;
}

/* The candidate words of an element. */
static int candidates(const gen *g, const ts_elem *el, int32_t *cand, int cap)
{
    const tocsin_dict *d = g->d;
    int nc = 0;
    if (el->type == E_WORD) {
        cand[nc++] = (int32_t)el->a;
    } else if (el->type == E_CLASS) {
        for (int j = 0; j < 4 && nc < cap; j++)
            if (g->class_first[el->a & 63][j] >= 0)
                cand[nc++] = g->class_first[el->a & 63][j];
    } else if (el->type == E_ALT) {
        for (uint32_t a = 0; a < el->b && nc < cap; a++) {
            uint32_t v = d->alts[el->a + a];
            if (!(v & ALT_CLASS)) {
                cand[nc++] = (int32_t)v;
                continue;
            }
            for (int j = 0; j < 4 && nc < cap; j++)
                if (g->class_first[v & 63][j] >= 0)
                    cand[nc++] = g->class_first[v & 63][j];
        }
    }
    return nc;
}

/* Most candidates of the element are a verb's base form. */
static int all_verbs(const gen *g, const ts_elem *el)
{
    int32_t cand[64];
    int nc = candidates(g, el, cand, 64), nv = 0;
    for (int i = 0; i < nc; i++)
        nv += is_verb(g, cand[i]);
    /* alternatives: most of them ("quell" may be known as no verb); a class
       names things, so all of them */
    return el->type == E_CLASS ? nv == nc && nc > 0 : nv * 2 > nc;
}

/* The word an element stands for: the first candidate that fits the slot (a
 * verb where a verb is wanted, else not a verb). */
static int32_t pick(const gen *g, const ts_elem *el, int want_verb)
{
    int32_t cand[64];
    int nc = candidates(g, el, cand, 64);
    if (!nc)
        return -1;
    for (int i = 0; i < nc; i++)
        if (is_verb(g, cand[i]) == want_verb)
            return cand[i];
    return cand[0];
}

/* A word of the particles list that is no preposition ("back", "up"). */
static int bare_particle(const gen *g, int32_t w)
{
    return particle(ts_lex_name(g->lx, w)) && !(g->lx->w[w].gram & (G_PREP | G_LOC | G_TO | G_BY));
}

/* The root's commonest preposition before its target, when the dictionary
 * says nothing of the words. */
static const char *root_prep(const ts_pattern *p)
{
    int r = (p->code[0] - '0') * 10 + (p->code[1] - '0');
    if (r >= 4 && r <= 6)
        return "with";
    if (r == 15 || r == 16)
        return "in";
    return r <= 9 ? "to" : "against";
}

/* Drops an article that opened a noun phrase holding no noun ("as positive"). */
static void close_np(sent *s, int *np_the, int had_noun)
{
    if (*np_the >= 0 && !had_noun && *np_the < s->n) {
        memmove(s->tok[*np_the], s->tok[*np_the + 1], (size_t)(s->n - *np_the - 1) * GEN_TOK_MAX);
        s->n--;
    }
    *np_the = -1;
}

/* A day of the week: "on Monday". */
static void add_day(sent *s, const char *nm)
{
    if (!ends(nm, "day") || !strcmp(nm, "today") || !strcmp(nm, "yesterday")) {
        add_tok(s, nm);
        return;
    }
    char day[GEN_TOK_MAX];
    snprintf(day, sizeof day, "%s", nm);
    if (day[0] >= 'a' && day[0] <= 'z')
        day[0] = (char)(day[0] - 32);
    add_tok(s, "on");
    add_tok(s, day);
}

/* Names the target as the owner of the noun phrase at np: "Germany's". */
static void possessive(sent *s, int np, const char *T)
{
    char poss[GEN_TOK_MAX];
    snprintf(poss, sizeof poss, "%.*s's", GEN_TOK_MAX - 3, T);
    if (!strcmp(s->tok[np], "the"))
        memcpy(s->tok[np], poss, sizeof poss);
    else
        insert_tok(s, np, poss);
}

/* Writes the plain sentence of pattern p into text. */
static void render(gen *g, const ts_pattern *p, const char *S, const char *T, char *text, size_t cap)
{
    const tocsin_dict *d = g->d;
    const ts_elem *el = &d->elems[p->elem];
    uint8_t gap[256]; /* nelem is a uint8_t */
    char line[1024];
    raw_line(g, d->files[p->file], (long)p->line, line, sizeof line);
    read_gaps(line, p->nelem, gap);
    sent s = {.n = 0};
    add_tok(&s, S);
    int32_t v = (int32_t)p->verb;
    /* "concern by $T" of a reaction's root (01 statements, 11 disapproval):
       the participle is an adjective ("was concerned by") */
    int passive = p->nelem == 2 && el[0].type == E_WORD && (int32_t)el[0].a == g->w_by && !gap[0] &&
                  el[1].type == E_TARGET && !gap[1] && (p->code[0] == '0' || p->code[0] == '1') &&
                  p->code[1] == '1';
    /* a threat (13) whose verb is an act, not a word of threatening ("crush
       $T", "punish $T", "respond forcefully"): the act promised, as news
       tells a threat ("vowed to crush Germany"); the grammar does not read
       the act done ("crushed Brazil 7-1") as a threat */
    int promised = p->code[0] == '1' && p->code[1] == '3' && !catenative(g, (int32_t)g->lx->w[v].lemma) &&
                   !object_control(g, (int32_t)g->lx->w[v].lemma) && !(g->lx->w[v].gram & G_SAY);
    if (passive) {
        add_tok(&s, "was");
        add_tok(&s, form(g, g->part, v));
    } else if (promised) {
        add_tok(&s, "vowed");
        add_tok(&s, "to");
        add_tok(&s, ts_lex_name(g->lx, (int32_t)g->lx->w[v].lemma));
    } else {
        add_tok(&s, form(g, g->past, v));
    }
    int cat_prev = C_VERB, main_prev = 1, np = -1, np_the = -1, np_noun = 0, np_gap = 0, has_t = 0,
        to_after_t = 0, agent_np = -1, np_after_func = 0;
    /* "describe * as * @pejorative" without $T: the object stands in the
       gap before "as" ("described Germany as ...") */
    if (!(p->flags & (P_HAS_T | P_NOTARGET)) && p->nelem > 1 && gap[0] && el[0].type == E_WORD &&
        (!strcmp(ts_lex_name(g->lx, (int32_t)el[0].a), "as") ||
         ((int32_t)el[0].a == g->w_to && object_control(g, v)))) {
        /* and "urge * to * send": "urged Germany to send" */
        add_tok(&s, T);
        has_t = 1;
        cat_prev = C_ACTOR;
    }
    int32_t last_noun = -1, first_noun = -1, last_verb = v, last_word = -1;
    uint64_t last_class = 0;
    for (uint32_t e = 0; e < p->nelem; e++) {
        if (el[e].type == E_TARGET) {
            close_np(&s, &np_the, np_noun);
            add_tok(&s, T);
            has_t = 1;
            cat_prev = C_ACTOR;
            np = -1;
            last_noun = -1;
            main_prev = 0;
            continue;
        }
        /* a verb of the pattern: after a verb that takes an infinitive, all
           its candidates verbs, and not the first word of a compound ("cease
           fire") or of a noun with its preposition ("support for") */
        int nxt_adj = e + 1 < p->nelem && !gap[e + 1] && el[e + 1].type == E_WORD &&
                      !bare_particle(g, (int32_t)el[e + 1].a);
        /* "to" right before, or after the target ("urged $T to * leave"):
           the infinitive's mark */
        int after_to = cat_prev == C_FUNC && last_word == g->w_to && (!gap[e] || to_after_t);
        /* after a noun: people told to act ("ordered troops to leave") or
           an intention ("the decision to send") */
        int after_noun = cat_prev == C_NOUN && gap[e] && last_noun >= 0 && !catenative(g, v) &&
                         (g->agent[last_noun] || object_control(g, v) ||
                          nominalization(ts_lex_name(g->lx, last_noun)));
        int verbal = ((main_prev && cat_prev == C_VERB && catenative(g, v)) || after_noun || after_to) &&
                     all_verbs(g, &el[e]) && !nxt_adj;
        int32_t w = pick(g, &el[e], verbal);
        if (w < 0)
            continue;
        int last_to = last_word == g->w_to;
        last_word = w;
        const ts_word *x = &g->lx->w[w];
        const char *nm = ts_lex_name(g->lx, w);
        int cat;
        if (x->gram & (G_DET | G_HE | G_IT | G_THEY | G_WE))
            cat = C_DET; /* a determiner or a pronoun: no article */
        else if (is_func(g, w))
            cat = C_FUNC;
        else if (verbal)
            cat = C_VERB;
        else if (g->have_nouns && is_verb(g, w) && !g->noun[w] && !is_adj(g, w))
            cat = C_GER; /* a verb English has no noun for: "approved sending troops" */
        else if ((x->vform & VF_ING) && x->lemma != (uint32_t)w && el[e].type != E_CLASS &&
                 e + 1 < p->nelem && el[e + 1].type != E_TARGET &&
                 !(el[e + 1].type == E_WORD && is_func(g, (int32_t)el[e + 1].a)))
            cat = C_GER; /* with its object after it: "demanding the resignation" */
        else if (is_adj(g, w))
            cat = C_ADJ;
        else
            cat = C_NOUN;
        if (cat != C_NOUN && cat != C_ADJ)
            close_np(&s, &np_the, np_noun);
        switch (cat) {
        case C_DET:
            np = s.n;
            np_noun = 1;
            add_tok(&s, nm);
            break;
        case C_FUNC:
            np = -1;
            to_after_t = cat_prev == C_ACTOR && w == g->w_to;
            add_tok(&s, nm);
            break;
        case C_VERB:
            if (main_prev && takes_gerund(g, v)) {
                add_tok(&s, form(g, g->ing, w));
            } else if (after_to) {
                add_tok(&s, nm);
            } else {
                add_tok(&s, "to");
                add_tok(&s, nm);
            }
            last_verb = w;
            np = -1;
            break;
        case C_GER:
            if (is_verb(g, w) && cat_prev == C_FUNC && last_to) {
                add_tok(&s, nm); /* "to provide" */
                last_verb = w;
            } else if (is_verb(g, w)) {
                add_tok(&s, form(g, g->ing, w));
                last_verb = w;
            } else {
                add_tok(&s, nm);
            }
            np = -1;
            break;
        default:
            if ((x->gram & G_TIME) && gap[e]) {
                close_np(&s, &np_the, np_noun);
                add_day(&s, nm);
                cat = C_TIME;
                break;
            }
            /* "of" after an act ("the withdrawal of troops"), or before
               people when the first noun opened its phrase after a gap
               ("the recall of ambassadors", not "set fire of") */
            if (cat_prev == C_NOUN && gap[e] && cat == C_NOUN && last_noun >= 0 &&
                (nominalization(ts_lex_name(g->lx, last_noun)) || (g->agent[w] && np_gap))) {
                close_np(&s, &np_the, np_noun);
                add_tok(&s, "of");
                np = s.n;
                add_tok(&s, plural(g, w));
            } else if (cat_prev == C_NOUN || cat_prev == C_ADJ || cat_prev == C_DET) {
                add_tok(&s, nm);
            } else {
                np = s.n;
                np_noun = 0;
                np_gap = gap[e];
                np_after_func = cat_prev == C_FUNC;
                if (gap[e] && cat_prev != C_ACTOR) {
                    np_the = s.n;
                    add_tok(&s, "the");
                }
                /* people from a class are many: "troops", "diplomats" */
                add_tok(&s, el[e].type == E_CLASS && g->agent[w] ? plural(g, w) : nm);
            }
            if (cat == C_NOUN) {
                np_noun = 1;
                last_noun = w;
                if (g->agent[w])
                    agent_np = np;
                last_class = el[e].type == E_CLASS ? 1ull << (el[e].a & 63) : 0;
                if (first_noun < 0)
                    first_noun = w;
            }
            break;
        }
        main_prev = 0;
        cat_prev = cat;
    }
    close_np(&s, &np_the, np_noun);
    if (has_t && cat_prev == C_FUNC && last_word >= 0 && !bare_particle(g, last_word)) {
        /* "criticised $T for", "urged $T to": a neutral object or verb */
        if (to_after_t) {
            add_tok(&s, "act");
        } else {
            add_tok(&s, "the");
            add_tok(&s, "move");
        }
    }
    if (!has_t && !(p->flags & P_NOTARGET)) {
        const char *prep = NULL; /* NULL: right after, as the object */
        int32_t q = -1;
        int found = 0, noun = cat_prev == C_NOUN || cat_prev == C_ADJ;
        if ((p->flags & P_SYM) && !(noun && last_noun >= 0 && g->agent[last_noun] && np_after_func)) {
            prep = "with"; /* a joint act */
        } else if (noun && last_verb != v && last_noun >= 0 && g->agent[last_noun] &&
                   best_prep(&g->oframe[g->lx->w[last_verb].lemma], p->code, &q)) {
            /* the object of a verb of the pattern: "agreed to send troops to" */
            prep = ts_lex_name(g->lx, q);
        } else if (noun && last_noun >= 0 && g->agent[last_noun] && np >= 0) {
            /* the agent's country: "summoned Germany's ambassador" */
            possessive(&s, np, T);
            T = NULL;
        } else if (cat_prev == C_VERB && last_verb != v && agent_np >= 0) {
            /* people told to act: "ordered Germany's troops to leave" */
            possessive(&s, agent_np, T);
            T = NULL;
        } else if (noun) {
            /* a class's own frame first: one word of it may have a rare one */
            for (int c = 0; !found && last_class && c < 64; c++)
                if ((last_class >> c) & 1)
                    found = best_frame(&g->cframe[c], p->code, &q);
            if (!found && last_noun >= 0)
                found = best_frame(&g->nframe[g->lx->w[last_noun].lemma], p->code, &q);
            if (!found && first_noun >= 0)
                found = best_frame(&g->nframe[g->lx->w[first_noun].lemma], p->code, &q);
            if ((!found || q < 0) && last_verb != v) /* the verb of the pattern's */
                found = best_prep(&g->oframe[g->lx->w[last_verb].lemma], p->code, &q) ||
                        best_prep(&g->vframe[g->lx->w[last_verb].lemma], p->code, &q);
            if (!found || q < 0)
                found = best_frame(&g->vframe[v], p->code, &q) && q >= 0;
            prep = found ? ts_lex_name(g->lx, q) : root_prep(p);
            if (found && q == g->w_by && np >= 0) {
                /* "the decision by $T" is written "Germany's decision" */
                possessive(&s, np, T);
                T = NULL;
            }
        } else if (cat_prev == C_FUNC && last_word >= 0 &&
                   (bare_particle(g, last_word) ||
                    (p->nelem == 1 && !gap[0] && (g->lx->w[last_word].gram & G_LOC) &&
                     strcmp(ts_lex_name(g->lx, last_word), "at")))) {
            /* a phrasal verb's particle ("gave in", "pushed back"): the verb's
               frame, else the root's */
            prep = best_frame(&g->vframe[v], p->code, &q) && q >= 0 ? ts_lex_name(g->lx, q)
                                                                      : root_prep(p);
        } else if (cat_prev != C_FUNC && cat_prev != C_DET) {
            /* a verb ends the pattern: its own frame (of the same root
               first), else its object */
            if (best_frame(&g->vframe[g->lx->w[last_verb].lemma], p->code, &q) && q >= 0)
                prep = ts_lex_name(g->lx, q);
        }
        if (T) {
            if (prep)
                add_tok(&s, prep);
            add_tok(&s, T);
        }
    }
    text[0] = '\0';
    size_t n = 0;
    for (int i = 0; i < s.n; i++)
        n += (size_t)snprintf(text + n, n < cap ? cap - n : 0, "%s%s", i ? " " : "", s.tok[i]);
    if (n + 2 < cap)
        memcpy(text + n, ".", 2);
}

static void run_patterns(const char *dict_dir)
{
    const tocsin_dict *d = dict;
    gen g;
    if (gen_init(&g, d, dict_dir)) {
        gen_free(&g);
        return;
    }
    if (!g.tagger)
        printf("note: no tagger model in %s: verb patterns are written without adjectives\n", dict_dir);
    const actor *S0 = &act[0], *T = &act[1], *troops = NULL;
    for (int a = 0; a < nact && !troops; a++) /* the subject of patterns only armed men fit */
        if (strlen(act[a].code) == 6 && !strcmp(act[a].code + 3, "MIL"))
            troops = &act[a];
    char text[SENT_MAX];
    for (size_t k = 0; k < d->npats; k++) {
        const ts_pattern *p = &d->pats[k];
        if (p->flags & (P_BLOCK | P_DERIVED)) /* derived: tested as the line they come from */
            continue;
        const actor *S = (p->flags & (P_FORCES | P_WEAPON)) && troops ? troops : S0;
        const actor *Tp = T;
        static const actor org = {"the African Union", "IGO"}; /* `org`: $T an organisation */
        if (p->flags & P_ORG)
            Tp = &org;
        if ((p->flags & P_SWAP) && troops) { /* "France fell to Brazilian troops": the troops took it */
            S = T == troops ? &act[0] : S0;
            Tp = troops;
        }
        char weapons[GEN_TOK_MAX]; /* `weapon`: the troops' weapons, "Brazilian troops" -> "Brazilian missiles" */
        const char *sname = S->name;
        size_t sl = strlen(S->name);
        if ((p->flags & P_WEAPON) && S == troops && sl > 7 && !strcmp(S->name + sl - 7, " troops")) {
            snprintf(weapons, sizeof weapons, "%.*s missiles", (int)(sl - 7), S->name);
            sname = weapons;
        }
        render(&g, p, sname, Tp->name, text, sizeof text);
        evset got;
        code_text(text, &got);
        char root[3] = {p->code[0], p->code[1], 0};
        int ok = (p->flags & P_SWAP) ? has(&got, Tp->code, S->code, root)
                                     : has(&got, S->code, NULL, root) || ((p->flags & P_SYM) && has(&got, T->code, S->code, root));
        record("verb patterns (dictionary)", MFT, ok, text, &got, "expected the pattern's root");
        if ((!ok && verbose) || list_all) {
            char line[1024];
            raw_line(&g, d->files[p->file], (long)p->line, line, sizeof line);
            if (list_all)
                printf("%s  %s\n", ok ? "ok  " : "FAIL", text);
            printf("     pattern %s:%u  %s\n", d->files[p->file], (unsigned)p->line, line);
        }
    }
    gen_free(&g);
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
    list_all = argc > 4 && !strcmp(argv[4], "-a");
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
    run_patterns(argv[1]);
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
