/* legacy_verbs.c - TABARI and PETRARCH2 verb patterns into tocsin's pattern
 * language, where they fit.
 *
 * tocsin's patterns start at the verb and name what follows it: words,
 * {a|b} alternatives, the target $T; the grammar finds the subject, the
 * passive, negation and attribution itself. So a legacy pattern converts
 * when everything in it stands after the verb (*): words, '+' (the target,
 * $T), {A | B} or a PETRARCH2 &SYNSET of one-word members (as {a|b}),
 * PETRARCH2 {NOUN PHRASE} and (PREP PHRASE) (as their words). '$' or '%'
 * before the verb is the subject and goes; '^' (skip) goes since tocsin
 * always allows short gaps; '_' connectors go for the same reason (tocsin's
 * match is looser there). [A:A] becomes "; sym". Everything else is counted
 * by reason and CAMEO root. */
#include "legacy.h"

#include "dict_impl.h"
#include "text/token.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LV_MAX_VERBS 256     /* verbs of one PETRARCH2 block */
#define LV_MAX_SYNSETS 1024  /* PETRARCH2 &SYNSETS */
#define LV_MAX_ALTS 64       /* members of one {a|b} */

typedef struct vstate {
    int petrarch;
    char code[8];            /* the current verb's or block's code; "---" none */
    ts_buf verbs;            /* verbs of the block, each followed by '\n' */
    int nverbs;
    int verb_bad;            /* reason the current TABARI verb cannot be used, 0 = fine */
    /* synsets: "NAME\n" then members "word\n", each set ended by "\n" */
    ts_buf syn;
    size_t syn_at[LV_MAX_SYNSETS];
    int nsyn;
    int in_syn;
    /* WordNet's verbs, to complete TABARI stems (hashes, open addressing) */
    uint64_t *wn;
    size_t wn_slots;
    int wn_tried;
    /* WordNet's irregular verb forms (verb.exc): "fought fight\n" lines */
    ts_buf exc;
} vstate;

/* ---- WordNet's verb list ---- */

static int wn_has(const vstate *v, const char *w, size_t n)
{
    if (!v->wn)
        return 1; /* without WordNet every verb is taken as written */
    uint64_t h = ts_hash(w, n) | 1;
    size_t j = (size_t)ts_mix(h) & (v->wn_slots - 1);
    while (v->wn[j]) {
        if (v->wn[j] == h)
            return 1;
        j = (j + 1) & (v->wn_slots - 1);
    }
    return 0;
}

static void wn_load(vstate *v, const char *dir)
{
    v->wn_tried = 1;
    if (!dir)
        return;
    char path[1024];
    snprintf(path, sizeof path, "%s/index.verb", dir);
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    v->wn_slots = 1u << 15;
    v->wn = calloc(v->wn_slots, sizeof *v->wn);
    char line[4096];
    size_t n = 0;
    while (v->wn && fgets(line, sizeof line, f)) {
        if (line[0] == ' ')
            continue; /* the licence at the top */
        char *sp = strchr(line, ' ');
        if (!sp || memchr(line, '_', (size_t)(sp - line)))
            continue;
        if (++n * 2 > v->wn_slots)
            break; /* the table's cap: WordNet has about 11,500 verbs */
        uint64_t h = ts_hash(line, (size_t)(sp - line)) | 1;
        size_t j = (size_t)ts_mix(h) & (v->wn_slots - 1);
        while (v->wn[j] && v->wn[j] != h)
            j = (j + 1) & (v->wn_slots - 1);
        v->wn[j] = h;
    }
    fclose(f);
    snprintf(path, sizeof path, "%s/verb.exc", dir);
    f = fopen(path, "rb");
    if (!f)
        return;
    v->exc.max = 1u << 20;
    while (fgets(line, sizeof line, f))
        if (ts_buf_put(&v->exc, line, strlen(line)))
            break;
    fclose(f);
}

/* The lemma of an irregular form ("fought" -> "fight") into out, or 0. */
static size_t wn_irregular(const vstate *v, const char *w, size_t n, char *out, size_t cap)
{
    const char *p = v->exc.p, *e = v->exc.p + v->exc.len;
    while (p && p < e) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        const char *le = nl ? nl : e;
        if ((size_t)(le - p) > n + 1 && !memcmp(p, w, n) && p[n] == ' ') {
            const char *l = p + n + 1, *lend = l;
            while (lend < le && *lend != ' ' && *lend != '\r')
                lend++;
            size_t k = (size_t)(lend - l);
            if (k && k < cap && !memchr(l, '_', k)) {
                memcpy(out, l, k);
                out[k] = '\0';
                return k;
            }
        }
        p = nl ? nl + 1 : e;
    }
    return 0;
}

/* ---- small helpers ---- */

static int root_of(const char *code)
{
    if (code[0] == '-')
        return 0;
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    return r >= 1 && r <= 20 ? r : 0;
}

static void count_no(leg_ctx *c, const char *code, int reason)
{
    leg_skip(c, reason);
    c->st->root_no[root_of(code)][reason]++;
}

/* Lower-cases a legacy word into dst (cap bytes); returns its length. */
static size_t lower(char *dst, size_t cap, const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        char ch = s[i];
        dst[k++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
    dst[k] = '\0';
    return k;
}

/* A code in brackets: "---", "190", "042:043". Returns 0 (code set, *sym),
 * or a reason. */
static int verb_code(const char *p, const char *e, char code[8], int *sym)
{
    *sym = 0;
    while (p < e && *p == ' ')
        p++;
    while (e > p && e[-1] == ' ')
        e--;
    if (e - p == 3 && (!memcmp(p, "---", 3) || !memcmp(p, "###", 3))) {
        memcpy(code, "---", 4); /* TABARI's [###] codes nothing too */
        return 0;
    }
    if (p < e && *p == ':')
        return TOCSIN_LR_REVERSED;
    const char *colon = memchr(p, ':', (size_t)(e - p));
    const char *ae = colon ? colon : e;
    if (ae - p < 2 || ae - p > 4)
        return TOCSIN_LR_BADCODE;
    for (const char *q = p; q < ae; q++)
        if (*q < '0' || *q > '9')
            return TOCSIN_LR_BADCODE;
    memcpy(code, p, (size_t)(ae - p));
    code[ae - p] = '\0';
    if (tocsin_cameo_lookup(code, NULL, NULL, NULL))
        return TOCSIN_LR_CAMEO;
    if (colon) {
        if ((size_t)(e - colon - 1) != strlen(code) || memcmp(colon + 1, code, strlen(code)))
            return TOCSIN_LR_ASYM;
        *sym = 1;
    }
    return 0;
}

static const char *synset(const vstate *v, const char *name, size_t n)
{
    for (int i = 0; i < v->nsyn; i++) {
        const char *s = v->syn.p + v->syn_at[i];
        const char *nl = strchr(s, '\n');
        if (nl && (size_t)(nl - s) == n && !memcmp(s, name, n))
            return nl + 1;
    }
    return NULL;
}

/* The end of a synset's members (the sets are separated by an empty line). */
static const char *synset_end(const char *m)
{
    const char *e = strstr(m, "\n\n");
    return e ? e : m + strlen(m);
}

/* Appends {a|b|...} of the one-word members in list (separated by sep);
 * returns 0, a reason, or a negative status. */
static int put_alts(leg_ctx *c, const char *p, const char *e, char sep, int *elems)
{
    size_t mark = c->out.len;
    int n = 0;
    if (ts_buf_put(&c->out, " {", 2))
        return TOCSIN_ENOMEM;
    while (p < e && n < LV_MAX_ALTS) {
        const char *q = memchr(p, sep, (size_t)(e - p));
        const char *qe = q ? q : e, *b = p;
        while (b < qe && (*b == ' ' || *b == '+'))
            b++;
        const char *t = qe;
        while (t > b && (t[-1] == ' ' || t[-1] == '_'))
            t--;
        if (t > b && !memchr(b, '_', (size_t)(t - b)) && !memchr(b, ' ', (size_t)(t - b))) {
            char w[128];
            size_t k = lower(w, sizeof w, b, (size_t)(t - b));
            if (k && leg_token_count(w, k) == 1 && !strpbrk(w, "|{}@$*;#&")) {
                if ((n && ts_buf_putc(&c->out, '|')) || ts_buf_put(&c->out, w, k))
                    return TOCSIN_ENOMEM;
                n++;
            }
        }
        p = q ? q + 1 : e;
    }
    if (!n) {
        c->out.len = mark;
        return TOCSIN_LR_MULTIALT;
    }
    (*elems)++;
    return ts_buf_putc(&c->out, '}') ? TOCSIN_ENOMEM : 0;
}

typedef struct tokw {
    leg_ctx *c;
    const char *w;
    int n, rc;
} tokw;

static int put_tok(void *ud, const ts_tok *t)
{
    tokw *k = ud;
    if (ts_buf_putc(&k->c->out, ' ') || ts_buf_put(&k->c->out, k->w + t->off, t->len)) {
        k->rc = TOCSIN_ENOMEM;
        return 1;
    }
    k->n++;
    return 0;
}

/* Appends one legacy word as tocsin elements: a word the tokenizer splits
 * ("CEASE-FIRE") becomes its tokens in a row; "BY/WITH" becomes {by|with}.
 * Adds the number of elements to *elems. */
static int put_word(leg_ctx *c, const char *s, size_t n, int *elems)
{
    char w[128];
    size_t k = lower(w, sizeof w, s, n);
    if (!k)
        return 0;
    if (memchr(w, '/', k) && k > 2 && w[0] != '/' && w[k - 1] != '/') {
        for (size_t i = 0; i < k; i++)
            if (w[i] == '/')
                w[i] = '|';
        return put_alts(c, w, w + k, '|', elems);
    }
    for (size_t i = 0; i < k; i++)
        if (w[i] == '|' || w[i] == '{' || w[i] == '}' || w[i] == '@' || w[i] == '$' ||
            w[i] == '*' || w[i] == ';' || w[i] == '#')
            w[i] = ' ';
    tokw t = {c, w, 0, 0};
    ts_tokenize(w, k, put_tok, &t);
    *elems += t.n;
    return t.rc;
}

/* One pattern body (between "- " and '[') for one verb, into c->out. */
static int convert(leg_ctx *c, vstate *v, const char *verb, const char *p, const char *e,
                   const char *code, int sym)
{
    c->out.len = 0;
    if (ts_buf_printf(&c->out, "%s %s", code, verb))
        return TOCSIN_ENOMEM;
    int seen_verb = 0, target = 0, elems = 0;
    while (p < e) {
        while (p < e && (*p == ' ' || *p == '\t' || *p == '(' || *p == ')'))
            p++;
        if (p >= e)
            break;
        const char *q = p;
        if (*p == '{') {
            const char *cb = memchr(p, '}', (size_t)(e - p));
            if (!cb)
                return TOCSIN_LR_SYNTAX;
            if (!seen_verb)
                return TOCSIN_LR_BEFORE;
            if (memchr(p, '|', (size_t)(cb - p))) {
                int rc = put_alts(c, p + 1, cb, '|', &elems);
                if (rc)
                    return rc;
            } else {
                /* PETRARCH2 {NOUN PHRASE}: its words in order */
                const char *w = p + 1;
                while (w < cb) {
                    while (w < cb && (*w == ' ' || *w == '_'))
                        w++;
                    const char *we = w;
                    while (we < cb && *we != ' ' && *we != '_')
                        we++;
                    if (we > w) {
                        if (*w == '&') {
                            const char *m = synset(v, w + 1, (size_t)(we - w - 1));
                            if (!m)
                                return TOCSIN_LR_SYNTAX;
                            int rc = put_alts(c, m, synset_end(m), '\n', &elems);
                            if (rc)
                                return rc;
                        } else {
                            int rc = put_word(c, w, (size_t)(we - w), &elems);
                            if (rc)
                                return rc;
                        }
                    }
                    w = we;
                }
            }
            p = cb + 1;
            continue;
        }
        while (q < e && *q != ' ' && *q != '\t' && *q != '(' && *q != ')' && *q != '{')
            q++;
        /* '_' joins words that must be adjacent: tocsin allows short gaps anyway */
        for (const char *w = p; w < q;) {
            const char *we = memchr(w, '_', (size_t)(q - w));
            if (!we)
                we = q;
            size_t wl = (size_t)(we - w);
            if (wl == 1 && (*w == '*')) {
                seen_verb = 1;
            } else if (wl == 1 && (*w == '$' || *w == '%')) {
                if (seen_verb)
                    return TOCSIN_LR_SOURCEAFTER;
            } else if (wl == 1 && *w == '^') {
                /* skip a phrase: gaps are allowed anyway */
            } else if (wl == 1 && *w == '+') {
                if (!seen_verb)
                    return TOCSIN_LR_TARGETBEFORE;
                if (target)
                    return TOCSIN_LR_SYNTAX;
                target = 1;
                elems++;
                if (ts_buf_put(&c->out, " $T", 3))
                    return TOCSIN_ENOMEM;
            } else if (wl > 0) {
                if (!seen_verb)
                    return TOCSIN_LR_BEFORE;
                if (*w == '&') {
                    const char *m = synset(v, w + 1, wl - 1);
                    if (!m)
                        return TOCSIN_LR_SYNTAX;
                    int rc = put_alts(c, m, synset_end(m), '\n', &elems);
                    if (rc)
                        return rc;
                } else {
                    int rc = put_word(c, w, wl, &elems);
                    if (rc)
                        return rc;
                }
            }
            w = we < q ? we + 1 : q;
        }
        p = q;
    }
    if (!seen_verb)
        return TOCSIN_LR_SYNTAX;
    if (elems > LEG_MAX_WORDS)
        return TOCSIN_LR_LONG;
    if (sym && ts_buf_put(&c->out, " ; sym", 6))
        return TOCSIN_ENOMEM;
    return 0;
}

static int verb_lemma(leg_ctx *c, vstate *v, const char *s, size_t n, char *out, size_t cap);

/* A verb as written in the legacy file: one word, lower case, a TABARI stem
 * or form made a lemma with WordNet; never an auxiliary. 0 or a reason. */
static int verb_word(leg_ctx *c, vstate *v, const char *s, size_t n, char *out, size_t cap)
{
    int why = verb_lemma(c, v, s, n, out, cap);
    if (!why && (!strcmp(out, "be") || !strcmp(out, "have") || !strcmp(out, "do")))
        why = TOCSIN_LR_AUX;
    return why;
}

static int verb_lemma(leg_ctx *c, vstate *v, const char *s, size_t n, char *out, size_t cap)
{
    while (n && (s[n - 1] == '_' || s[n - 1] == ' '))
        n--;
    while (n && (*s == '+' || *s == ' ')) {
        s++;
        n--;
    }
    if (!n)
        return TOCSIN_LR_SYNTAX;
    if (memchr(s, '_', n) || memchr(s, ' ', n) || memchr(s, '+', n))
        return TOCSIN_LR_MULTIVERB;
    size_t k = lower(out, cap, s, n);
    if (leg_token_count(out, k) != 1)
        return TOCSIN_LR_MULTIVERB;
    if (v->petrarch)
        return 0;
    if (!v->wn_tried)
        wn_load(v, c->wordnet_dir);
    if (wn_has(v, out, k))
        return 0;
    /* an irregular form (FOUGHT, GAVE): tocsin inflects the lemma itself */
    char cand[128];
    size_t cl = wn_irregular(v, out, k, cand, sizeof cand);
    if (cl && wn_has(v, cand, cl)) {
        memcpy(out, cand, cl + 1);
        c->st->stems++;
        return 0;
    }
    /* a regular form or a stem: BANNED, ALLIED, EASING, ACCELERAT, APPLI,
       CLARIF, CRITICI, ANNULL (WordNet's suffix rules, then completions) */
    static const struct {
        const char *strip, *add;
    } rules[] = {{"ied", "y"}, {"ies", "y"}, {"ing", "e"}, {"ing", ""}, {"ed", "e"}, {"ed", ""},
                 {"es", "e"},  {"es", ""},   {"s", ""},     {"", "e"},    {"i", "y"}, {"", "y"},
                 {"", "ze"},   {"", "se"},   {"", "ate"}};
    for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        size_t sl = strlen(rules[r].strip), al = strlen(rules[r].add);
        if (k <= sl + 1 || memcmp(out + k - sl, rules[r].strip, sl) || k - sl + al + 1 > sizeof cand)
            continue;
        size_t base = k - sl;
        memcpy(cand, out, base);
        memcpy(cand + base, rules[r].add, al);
        cl = base + al;
        cand[cl] = '\0';
        int found = wn_has(v, cand, cl);
        if (!found && !al && cl > 2 && cand[cl - 1] == cand[cl - 2]) {
            cand[--cl] = '\0'; /* BANNED -> bann -> ban, ANNULL -> annul */
            found = wn_has(v, cand, cl);
        }
        if (found && cl < cap) {
            memcpy(out, cand, cl + 1);
            c->st->stems++;
            return 0;
        }
    }
    return TOCSIN_LR_STEM;
}

/* Emits c->out; when count is set, counts it converted, or not converted
 * when the same line came before (TOCSIN_LR_DUP). */
static int emit(leg_ctx *c, const char *code, int count)
{
    c->quiet_dup = !count;
    int rc = leg_emit(c, 'v');
    c->quiet_dup = 0;
    if (rc < 0 || !count)
        return rc < 0 ? rc : 0;
    if (rc == 1) {
        c->st->root_no[root_of(code)][TOCSIN_LR_DUP]++;
    } else {
        c->st->converted++;
        c->st->root_ok[root_of(code)]++;
    }
    return 0;
}

/* Converts and emits one pattern line "- body [CODE]" for one verb; counts
 * the outcome when count is set (a PETRARCH2 line counts once, for the first
 * verb of its block). */
static int pattern(leg_ctx *c, vstate *v, const char *verb, int verb_bad, const char *s,
                   const char *e, int count)
{
    const char *ob = NULL;
    for (const char *q = e; q > s; q--)
        if (q[-1] == '[') {
            ob = q - 1;
            break;
        }
    const char *cb = ob ? memchr(ob, ']', (size_t)(e - ob)) : NULL;
    char code[8] = "---";
    int sym = 0;
    int why = cb ? verb_code(ob + 1, cb, code, &sym) : TOCSIN_LR_SYNTAX;
    if (!why && verb_bad)
        why = verb_bad;
    if (!why)
        why = convert(c, v, verb, s + 1, ob, code, sym);
    if (why < 0)
        return why;
    if (why) {
        if (count)
            count_no(c, code, why);
        return 0;
    }
    return emit(c, code, count);
}

static int head_code(const char *s, const char *e, char code[8], int *why)
{
    const char *ob = memchr(s, '[', (size_t)(e - s));
    const char *cb = ob ? memchr(ob, ']', (size_t)(e - ob)) : NULL;
    int sym;
    memcpy(code, "---", 4);
    *why = cb ? verb_code(ob + 1, cb, code, &sym) : 0;
    return ob ? (int)(ob - s) : (int)(e - s);
}

static int tabari_line(leg_ctx *c, const char *s, const char *e)
{
    vstate *v = c->aux;
    if (e - s >= 2 && s[0] == '~' && s[1] == '~')
        return TOCSIN_ESTOPPED; /* ~~FINISH */
    if (*s == '-') {
        c->st->records++;
        const char *verb = v->verbs.len ? v->verbs.p : "";
        return pattern(c, v, verb, v->verb_bad ? v->verb_bad : (v->verbs.len ? 0 : TOCSIN_LR_SYNTAX),
                       s, e, 1);
    }
    /* a verb: WORD [CODE] */
    c->st->records++;
    int why = 0;
    int nl = head_code(s, e, v->code, &why);
    char w[128];
    v->verbs.len = 0;
    int bad = verb_word(c, v, s, (size_t)nl, w, sizeof w);
    v->verb_bad = bad;
    if (!bad && ts_buf_put(&v->verbs, w, strlen(w) + 1))
        return TOCSIN_ENOMEM;
    if (!why)
        why = bad;
    if (why) {
        count_no(c, v->code, why);
        return 0;
    }
    if (!strcmp(v->code, "---")) {
        c->st->converted++; /* a verb that codes nothing by itself */
        c->st->root_ok[0]++;
        return 0;
    }
    c->out.len = 0;
    if (ts_buf_printf(&c->out, "%s %s", v->code, w))
        return TOCSIN_ENOMEM;
    return emit(c, v->code, 1);
}

static int petrarch_line(leg_ctx *c, const char *s, const char *e)
{
    vstate *v = c->aux;
    if (*s == '&') {
        /* a synset: &NAME then +MEMBER lines */
        v->in_syn = 0;
        if (v->nsyn >= LV_MAX_SYNSETS) {
            leg_error(c, "too many &SYNSETS (at most 1024)");
            return 0;
        }
        const char *ne = s + 1;
        while (ne < e && *ne != ' ' && *ne != '\t')
            ne++;
        if (v->syn.len && ts_buf_putc(&v->syn, '\n'))
            return TOCSIN_ENOMEM;
        v->syn_at[v->nsyn++] = v->syn.len;
        size_t k = (size_t)(ne - s - 1);
        while (k && s[k] == '_')
            k--;
        if (ts_buf_put(&v->syn, s + 1, (size_t)(ne - s - 1)) || ts_buf_putc(&v->syn, '\n'))
            return TOCSIN_ENOMEM;
        v->in_syn = 1;
        return 0;
    }
    if (*s == '+' && v->in_syn) {
        const char *ne = s + 1;
        while (ne < e && *ne != ' ' && *ne != '\t' && *ne != '{')
            ne++;
        return ts_buf_put(&v->syn, s + 1, (size_t)(ne - s - 1)) || ts_buf_putc(&v->syn, '\n')
                   ? TOCSIN_ENOMEM
                   : 0;
    }
    v->in_syn = 0;
    if (e - s > 4 && !memcmp(s, "---", 3) && (s[3] == ' ' || s[3] == '\t')) {
        /* a block: --- NAME [CODE] --- */
        int why = 0;
        head_code(s, e, v->code, &why);
        v->verbs.len = 0;
        v->nverbs = 0;
        v->verb_bad = why;
        if (why) {
            c->st->records++;
            count_no(c, "---", why);
        }
        return 0;
    }
    if (*s == '-') {
        c->st->records++;
        if (!v->nverbs) {
            count_no(c, v->code, v->verb_bad ? v->verb_bad : TOCSIN_LR_MULTIVERB);
            return 0;
        }
        /* one pattern line, converted for every verb of the block */
        for (const char *w = v->verbs.p; w < v->verbs.p + v->verbs.len; w += strlen(w) + 1) {
            int rc = pattern(c, v, w, 0, s, e, w == v->verbs.p);
            if (rc)
                return rc;
        }
        return 0;
    }
    /* a verb of the block: WORD {FORMS} */
    c->st->records++;
    const char *ne = s;
    while (ne < e && *ne != ' ' && *ne != '\t' && *ne != '{')
        ne++;
    char w[128];
    int why = verb_word(c, v, s, (size_t)(ne - s), w, sizeof w);
    if (why) {
        count_no(c, v->code, why);
        return 0;
    }
    if (v->nverbs >= LV_MAX_VERBS) {
        count_no(c, v->code, TOCSIN_LR_LONG);
        return 0;
    }
    if (ts_buf_put(&v->verbs, w, strlen(w) + 1))
        return TOCSIN_ENOMEM;
    v->nverbs++;
    if (!strcmp(v->code, "---")) {
        c->st->converted++;
        c->st->root_ok[0]++;
        return 0;
    }
    c->out.len = 0;
    if (ts_buf_printf(&c->out, "%s %s", v->code, w))
        return TOCSIN_ENOMEM;
    return emit(c, v->code, 1);
}

int leg_verbs(leg_ctx *c, const char *p, size_t n, int petrarch)
{
    vstate *v = calloc(1, sizeof *v);
    if (!v)
        return TOCSIN_ENOMEM;
    v->petrarch = petrarch;
    memcpy(v->code, "---", 4);
    v->verbs.max = 1u << 16;
    v->syn.max = 1u << 22;
    c->aux = v;
    int rc = leg_lines(c, p, n, petrarch ? petrarch_line : tabari_line);
    if (rc == TOCSIN_ESTOPPED && !c->stopped)
        rc = 0; /* ~~FINISH */
    c->aux = NULL;
    ts_buf_free(&v->verbs);
    ts_buf_free(&v->syn);
    ts_buf_free(&v->exc);
    free(v->wn);
    free(v);
    return rc;
}
