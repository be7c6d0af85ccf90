/* dict.c - reads the plain-text dictionaries and compiles them into one
 * immutable tocsin_dict: a lexicon, a phrase trie for actors and grammar
 * phrases, and verb patterns ordered most specific first. */

#include "tocsin/date.h"

#include "dict_impl.h"
#include "base/internal.h"
#include "base/dirlist.h"
#include "text/token.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DICT_MAX_LINE 8192
#define DICT_MAX_FILES 4096
#define DICT_MAX_PHRASE_TOKENS 12
#define DICT_MAX_PATTERN_ELEMS 12

typedef struct loader {
    tocsin_dict *d;
    const tocsin_dict_options *o;
    const char *file;
    uint16_t fileno;
    long line;
    uint16_t group; /* source group of the file (see dict_impl.h) */
} loader;

static void bad(loader *L, const char *fmt, const char *arg)
{
    L->d->st.errors++;
    if (L->o && L->o->diag)
        ts_diag(L->o->diag, L->o->diag_ud, TOCSIN_EPARSE, L->file, L->line, -1, fmt, arg);
}

/* ---- trie ---- */

static int32_t new_node(tocsin_dict *d)
{
    if (ts_vec_grow((void **)&d->nodes, &d->nodes_cap, d->nnodes + 1, sizeof *d->nodes, 1u << 24))
        return TOCSIN_ENOMEM;
    d->nodes[d->nnodes].first = -1;
    d->nodes[d->nnodes].kids = 0;
    return (int32_t)d->nnodes++;
}

static int edge_rehash(tocsin_dict *d)
{
    size_t ns = d->eslots ? d->eslots * 2 : 4096;
    ts_edge *e = calloc(ns, sizeof *e);
    if (!e)
        return TOCSIN_ENOMEM;
    for (size_t i = 0; i < d->eslots; i++) {
        if (!d->edges[i].key)
            continue;
        uint64_t h = (d->edges[i].key - 1) * 0x9E3779B97F4A7C15ull;
        size_t j = (size_t)(h >> 20) & (ns - 1);
        while (e[j].key)
            j = (j + 1) & (ns - 1);
        e[j] = d->edges[i];
    }
    free(d->edges);
    d->edges = e;
    d->eslots = ns;
    return 0;
}

static int32_t edge(tocsin_dict *d, uint32_t node, int32_t word, int cas)
{
    if (node == 0)
        d->lex.w[word].first |= (uint16_t)(1u << cas);
    else
        d->lex.w[word].inner = 1;
    uint64_t key = ((uint64_t)node << 34) | ((uint64_t)(uint32_t)word << 2) | (uint64_t)cas;
    if ((d->nedges + 1) * 4 > d->eslots && edge_rehash(d))
        return TOCSIN_ENOMEM;
    uint64_t h = key * 0x9E3779B97F4A7C15ull;
    size_t mask = d->eslots - 1, i = (size_t)(h >> 20) & mask;
    while (d->edges[i].key) {
        if (d->edges[i].key == key + 1)
            return (int32_t)d->edges[i].child;
        i = (i + 1) & mask;
    }
    int32_t c = new_node(d);
    if (c < 0)
        return c;
    d->edges[i].key = key + 1;
    d->edges[i].child = (uint32_t)c;
    d->nodes[node].kids |= ts_node_kid_bit(word);
    d->nedges++;
    if (node == 0 && cas >= 0 && cas < 3)
        d->lex.w[word].root[cas] = (uint32_t)c;
    return c;
}

typedef struct keyed {
    tocsin_dict *d;
    const char *text;
    int32_t *out;
    uint8_t *cas;
    int n, max, err;
} keyed;

static int keyed_tok(void *ud, const ts_tok *t)
{
    keyed *k = ud;
    if (k->n >= k->max) {
        k->err = TOCSIN_ELIMIT;
        return 1;
    }
    char key[TS_KEY_MAX + 8];
    int len = ts_tok_key(k->text, t, key, sizeof key);
    if (len < 0) {
        k->err = TOCSIN_ELIMIT;
        return 1;
    }
    int32_t id = ts_lex_add(&k->d->lex, key, (size_t)len);
    if (id < 0) {
        k->err = id;
        return 1;
    }
    k->out[k->n] = id;
    if (k->cas)
        k->cas[k->n] = t->cas;
    k->n++;
    return 0;
}

/* Tokenises s[0..n) into word ids; returns count or a negative status. */
static int words_of(tocsin_dict *d, const char *s, size_t n, int32_t *out, uint8_t *cas, int max)
{
    keyed k = {d, s, out, cas, 0, max, 0};
    ts_tokenize(s, n, keyed_tok, &k);
    return k.err ? k.err : k.n;
}

/* The node where a source group other than grp names this phrase already,
 * in any case, or -1. Depth is at most DICT_MAX_PHRASE_TOKENS. */
static int32_t name_taken(const tocsin_dict *d, uint32_t node, const int32_t *w, int n,
                          uint16_t grp)
{
    if (n == 0) {
        for (int32_t j = d->nodes[node].first; j >= 0; j = d->entries[j].next)
            if (d->entries[j].kind != K_GRAM && d->fgroup[d->entries[j].file] != grp)
                return (int32_t)node;
        return -1;
    }
    for (uint64_t r = CASE_LOWER; r <= CASE_UPPER; r++) {
        if (node == 0 && !((d->lex.w[w[0]].first >> r) & 1))
            continue; /* no phrase starts with this word in this case */
        /* the edge of exactly this case (ts_trie_step also tries the lower ones) */
        uint64_t key = ((uint64_t)node << 34) | ((uint64_t)(uint32_t)w[0] << 2) | r;
        size_t mask = d->eslots - 1, i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
        for (; d->edges[i].key; i = (i + 1) & mask)
            if (d->edges[i].key == key + 1) {
                int32_t t = name_taken(d, d->edges[i].child, w + 1, n - 1, grp);
                if (t >= 0)
                    return t;
                break;
            }
    }
    return -1;
}

static int add_phrase(loader *L, const char *s, size_t n, ts_entry *proto)
{
    tocsin_dict *d = L->d;
    int32_t w[DICT_MAX_PHRASE_TOKENS];
    uint8_t cas[DICT_MAX_PHRASE_TOKENS];
    int k = words_of(d, s, n, w, cas, DICT_MAX_PHRASE_TOKENS);
    if (k == TOCSIN_ELIMIT) {
        bad(L, "phrase too long (at most 12 words): %s", "");
        return 0;
    }
    if (k < 0)
        return k;
    int start = 0;
    if (k > 1 && strcmp(ts_lex_name(&d->lex, w[0]), "the") == 0)
        start = 1;
    if (k - start <= 0)
        return 0;
    int32_t taken = -1;
    if (d->prec && proto->kind != K_GRAM) {
        /* precedence: the first source group to name a phrase keeps it; a
           later one only adds dated codes, after the first one's, so that
           they fill the dates the first leaves open (see mention.c choose) */
        size_t gx = L->group ? (size_t)L->group - 1 : 0;
        taken = name_taken(d, 0, w + start, k - start, L->group);
        int fill = taken >= 0 && proto->dated && proto->code[0] != '-';
        if (fill) {
            /* only names the first source dates itself (people with offices):
               its undated code is then a fallback; else it holds for all dates */
            fill = 0;
            for (int32_t j = d->nodes[taken].first; j >= 0; j = d->entries[j].next)
                if (d->entries[j].dated && d->entries[j].kind != K_GRAM)
                    fill = 1;
        }
        if (L->group && gx < d->nxst)
            taken < 0 ? d->xst[gx].added++ : fill ? d->xst[gx].filled++ : d->xst[gx].shadowed++;
        if (taken >= 0 && !fill)
            return 0;
    }
    uint32_t node = 0;
    for (int i = start; i < k && taken < 0; i++) {
        int c = cas[i];
        /* a single capital letter word ("I") or a capitalised word: require a capital */
        int32_t nx = edge(d, node, w[i], c);
        if (nx < 0)
            return nx;
        node = (uint32_t)nx;
    }
    if (taken >= 0)
        node = (uint32_t)taken;
    if (ts_vec_grow((void **)&d->entries, &d->entries_cap, d->nentries + 1, sizeof *d->entries,
                    1u << 22))
        return TOCSIN_ENOMEM;
    ts_entry *e = &d->entries[d->nentries];
    *e = *proto;
    e->next = -1;
    /* keep entries of a node in file order */
    if (d->nodes[node].first < 0) {
        d->nodes[node].first = (int32_t)d->nentries;
    } else {
        int32_t j = d->nodes[node].first;
        while (d->entries[j].next >= 0)
            j = d->entries[j].next;
        d->entries[j].next = (int32_t)d->nentries;
    }
    d->nentries++;
    if (proto->kind != K_GRAM) {
        d->st.actor_entries++;
        if (proto->kind == K_PERSON)
            d->st.people++;
    }
    return 0;
}

/* ---- small line helpers ---- */

static const char *skip_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

static const char *field_end(const char *p, const char *e)
{
    while (p < e && *p != ' ' && *p != '\t')
        p++;
    return p;
}

static void trim(const char **b, const char **e)
{
    while (*b < *e && (**b == ' ' || **b == '\t'))
        (*b)++;
    while (*e > *b && ((*e)[-1] == ' ' || (*e)[-1] == '\t' || (*e)[-1] == '\r'))
        (*e)--;
}

static int valid_code(const char *s, size_t n, int sector_only)
{
    if (sector_only)
        return n == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
               s[2] >= 'A' && s[2] <= 'Z';
    if (n < 3 || n >= TS_CODE_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!(s[i] >= 'A' && s[i] <= 'Z'))
            return 0;
    return 1;
}

static int for_each_alt(loader *L, const char *p, const char *e, ts_entry *proto)
{
    int any = 0;
    while (p < e) {
        const char *q = memchr(p, '|', (size_t)(e - p));
        const char *end = q ? q : e;
        const char *b = p, *t = end;
        trim(&b, &t);
        if (t > b) {
            int rc = add_phrase(L, b, (size_t)(t - b), proto);
            if (rc)
                return rc;
            any = 1;
        }
        p = q ? q + 1 : e;
    }
    if (!any)
        bad(L, "no phrase given%s", "");
    return 0;
}

/* ---- actors ---- */

static int actor_line(loader *L, const char *p, const char *e)
{
    const char *k = p, *ke = field_end(p, e);
    static const struct {
        const char *name;
        int kind;
    } kinds[] = {{"country", K_COUNTRY}, {"adj", K_ADJ}, {"actor", K_ACTOR},
                 {"person", K_PERSON},   {"agent", K_AGENT}, {"group", K_ACTOR}};
    ts_entry proto;
    memset(&proto, 0, sizeof proto);
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if ((size_t)(ke - k) == strlen(kinds[i].name) && !memcmp(k, kinds[i].name, (size_t)(ke - k))) {
            proto.kind = (uint8_t)kinds[i].kind;
            proto.roams = !strcmp(kinds[i].name, "group"); /* an armed group that acts in many countries */
        }
    if (!proto.kind) {
        bad(L, "unknown kind (expected country, adj, actor, group, person or agent)%s", "");
        return 0;
    }
    p = skip_ws(ke, e);
    const char *c = p, *ce = field_end(p, e);
    int null_code = proto.kind != K_AGENT && ce - c == 3 && !memcmp(c, "---", 3);
    if (!null_code && !valid_code(c, (size_t)(ce - c), proto.kind == K_AGENT)) {
        bad(L, proto.kind == K_AGENT ? "bad sector code (expected three capital letters, e.g. MIL)%s"
                                     : "bad actor code (expected 3-11 capital letters, e.g. RUS or RUSGOV)%s",
            "");
        return 0;
    }
    memcpy(proto.code, c, (size_t)(ce - c));
    proto.from = DAY_MIN;
    proto.to = DAY_MAX;
    proto.file = L->fileno;
    proto.line = (uint32_t)L->line;
    p = skip_ws(ce, e);
    /* optional date range */
    const char *de = field_end(p, e);
    const char *dots = NULL;
    for (const char *q = p; q + 1 < de; q++)
        if (q[0] == '.' && q[1] == '.') {
            dots = q;
            break;
        }
    if (dots && p < de && ((*p >= '0' && *p <= '9') || *p == '.')) {
        if (dots > p && ts_parse_date(p, (size_t)(dots - p), &proto.from)) {
            bad(L, "bad start date in range (expected YYYY-MM-DD..YYYY-MM-DD)%s", "");
            return 0;
        }
        if (dots + 2 < de && ts_parse_date(dots + 2, (size_t)(de - dots - 2), &proto.to)) {
            bad(L, "bad end date in range (expected YYYY-MM-DD..YYYY-MM-DD)%s", "");
            return 0;
        }
        if (proto.from != DAY_MIN && proto.to != DAY_MAX && proto.to <= proto.from) {
            bad(L, "date range ends before it starts%s", "");
            return 0;
        }
        proto.dated = 1;
        p = skip_ws(de, e);
    }
    if (p >= e) {
        bad(L, "no phrase given%s", "");
        return 0;
    }
    return for_each_alt(L, p, e, &proto);
}

/* ---- grammar ---- */

static const struct {
    const char *name;
    uint32_t bit;
} gclasses[] = {
    {"det", G_DET},       {"prep", G_PREP},     {"loc", G_LOC},       {"and", G_AND},
    {"conj", G_CONJ},     {"sub", G_SUB},       {"rel", G_REL},       {"he", G_HE},
    {"it", G_IT},         {"they", G_THEY},     {"we", G_WE},         {"modal", G_MODAL},
    {"future", G_FUT},    {"be", G_BE},         {"have", G_HAVE},     {"do", G_DO},
    {"neg", G_NEG},       {"say", G_SAY},       {"intent", G_INTENT}, {"pledge", G_PLEDGE},
    {"aspect", G_ASPECT}, {"negverb", G_NEGV},  {"if", G_IF},         {"adv", G_ADV},
    {"time", G_TIME},     {"to", G_TO},         {"by", G_BY},         {"according", G_ACCORDING},
    {"hedge", G_HYPO},    {"quote", G_QUOTE},   {"wh", G_WH},         {"quant", G_QUANT},
};

static int grammar_line(loader *L, const char *p, const char *e)
{
    const char *k = p, *ke = field_end(p, e);
    uint32_t bit = 0;
    for (size_t i = 0; i < sizeof gclasses / sizeof gclasses[0]; i++)
        if ((size_t)(ke - k) == strlen(gclasses[i].name) &&
            !memcmp(k, gclasses[i].name, (size_t)(ke - k)))
            bit = gclasses[i].bit;
    if (!bit) {
        bad(L, "unknown grammar class%s", "");
        return 0;
    }
    p = skip_ws(ke, e);
    while (p < e) {
        const char *q = memchr(p, '|', (size_t)(e - p));
        const char *end = q ? q : e, *b = p, *t = end;
        trim(&b, &t);
        if (t > b) {
            int32_t w[DICT_MAX_PHRASE_TOKENS];
            int n = words_of(L->d, b, (size_t)(t - b), w, NULL, DICT_MAX_PHRASE_TOKENS);
            if (n < 0)
                return n == TOCSIN_ELIMIT ? 0 : n;
            if (n == 1) {
                L->d->lex.w[w[0]].gram |= bit;
            } else if (n > 1) {
                ts_entry proto;
                memset(&proto, 0, sizeof proto);
                proto.kind = K_GRAM;
                proto.gram = bit;
                proto.from = DAY_MIN;
                proto.to = DAY_MAX;
                proto.file = L->fileno;
                proto.line = (uint32_t)L->line;
                int rc = add_phrase(L, b, (size_t)(t - b), &proto);
                if (rc)
                    return rc;
            }
        }
        p = q ? q + 1 : e;
    }
    return 0;
}

/* ---- verbs ---- */

static int class_bit(tocsin_dict *d, const char *s, size_t n, int create)
{
    for (int i = 0; i < d->nclasses; i++)
        if (strlen(d->classes[i]) == n && !memcmp(d->classes[i], s, n))
            return i;
    if (!create || d->nclasses >= 64 || n >= sizeof d->classes[0])
        return -1;
    memcpy(d->classes[d->nclasses], s, n);
    d->classes[d->nclasses][n] = '\0';
    return d->nclasses++;
}

static int one_word(loader *L, const char *s, size_t n, int32_t *id)
{
    int32_t w[4];
    int k = words_of(L->d, s, n, w, NULL, 4);
    if (k < 0 && k != TOCSIN_ELIMIT)
        return k;
    if (k != 1) {
        char tmp[64];
        snprintf(tmp, sizeof tmp, "'%.*s'", (int)(n < 60 ? n : 60), s);
        bad(L, "expected a single word, got %s", tmp);
        return 1;
    }
    *id = w[0];
    return 0;
}

static int class_line(loader *L, const char *p, const char *e)
{
    const char *c = p, *ce = field_end(p, e);
    if (*c != '@' || ce - c < 2) {
        bad(L, "expected @class followed by words%s", "");
        return 0;
    }
    int bit = class_bit(L->d, c + 1, (size_t)(ce - c - 1), 1);
    if (bit < 0) {
        bad(L, "too many word classes (at most 64)%s", "");
        return 0;
    }
    p = skip_ws(ce, e);
    while (p < e) {
        const char *q = memchr(p, '|', (size_t)(e - p));
        const char *end = q ? q : e, *b = p, *t = end;
        trim(&b, &t);
        if (t > b) {
            int32_t id;
            int rc = one_word(L, b, (size_t)(t - b), &id);
            if (rc < 0)
                return rc;
            if (rc == 0)
                L->d->lex.w[id].classes |= 1ull << bit;
        }
        p = q ? q + 1 : e;
    }
    return 0;
}

/* a verb pattern's options after ';' (doc/dictionaries.md) */
static const struct {
    const char *name;
    unsigned flag;
} pattern_options[] = {{"sym", P_SYM},       {"notarget", P_NOTARGET}, {"armed", P_ARMED}, {"forces", P_FORCES},
                       {"weapon", P_WEAPON}, {"swap", P_SWAP},         {"home", P_HOME},
                       {"org", P_ORG}};
#define N_PATTERN_OPTIONS (sizeof pattern_options / sizeof pattern_options[0])

static int push_elem(tocsin_dict *d, ts_elem el)
{
    if (ts_vec_grow((void **)&d->elems, &d->elems_cap, d->nelems + 1, sizeof *d->elems, 1u << 22))
        return TOCSIN_ENOMEM;
    d->elems[d->nelems++] = el;
    return 0;
}

static int verb_line(loader *L, const char *p, const char *e)
{
    tocsin_dict *d = L->d;
    const char *c = p, *ce = field_end(p, e);
    ts_pattern pat;
    memset(&pat, 0, sizeof pat);
    size_t cl = (size_t)(ce - c);
    if (cl == 3 && !memcmp(c, "---", 3)) {
        pat.flags |= P_BLOCK;
        memcpy(pat.code, "---", 3);
    } else {
        char code[8];
        if (cl < 2 || cl > 4) {
            bad(L, "bad CAMEO code (expected 2 to 4 digits, or ---)%s", "");
            return 0;
        }
        memcpy(code, c, cl);
        code[cl] = '\0';
        if (tocsin_cameo_lookup(code, NULL, NULL, NULL)) {
            bad(L, "unknown CAMEO code %s", code);
            return 0;
        }
        memcpy(pat.code, code, cl + 1);
    }
    p = skip_ws(ce, e);
    const char *semi = memchr(p, ';', (size_t)(e - p));
    const char *pe = semi ? semi : e;
    /* options */
    if (semi) {
        const char *o = semi + 1;
        while (o < e) {
            o = skip_ws(o, e);
            const char *oe = field_end(o, e);
            if (oe == o)
                break;
            size_t k = 0;
            while (k < N_PATTERN_OPTIONS && !((size_t)(oe - o) == strlen(pattern_options[k].name) &&
                                              !memcmp(o, pattern_options[k].name, (size_t)(oe - o))))
                k++;
            if (k < N_PATTERN_OPTIONS)
                pat.flags |= pattern_options[k].flag;
            else
                bad(L, "unknown option (expected sym, notarget, armed, forces, weapon, swap or home)%s", "");
            o = oe;
        }
    }
    pat.elem = (uint32_t)d->nelems;
    pat.file = L->fileno;
    pat.line = (uint32_t)L->line;
    int first = 1, nel = 0;
    size_t mark = d->nelems;
    while (p < pe) {
        p = skip_ws(p, pe);
        if (p >= pe)
            break;
        const char *te = field_end(p, pe);
        size_t tl = (size_t)(te - p);
        int rc = 0;
        if (first) {
            int32_t id;
            rc = one_word(L, p, tl, &id);
            if (rc) {
                d->nelems = mark;
                return rc < 0 ? rc : 0;
            }
            pat.verb = (uint32_t)id;
            first = 0;
        } else if (tl == 1 && *p == '*') {
            /* documentation only: gaps are always allowed */
        } else if (tl == 2 && !memcmp(p, "$T", 2)) {
            if (pat.flags & P_HAS_T) {
                bad(L, "more than one $T%s", "");
                d->nelems = mark;
                return 0;
            }
            pat.flags |= P_HAS_T;
            rc = push_elem(d, (ts_elem){E_TARGET, 0, 0, 0, 0});
            nel++;
        } else if (*p == '@') {
            int bit = class_bit(d, p + 1, tl - 1, 0);
            if (bit < 0) {
                char name[32];
                snprintf(name, sizeof name, "%.*s", (int)(tl < 30 ? tl : 30), p);
                bad(L, "unknown word class %s (define it in classes.txt)", name);
                d->nelems = mark;
                return 0;
            }
            rc = push_elem(d, (ts_elem){E_CLASS, (uint32_t)bit, 0, 0, 0});
            nel++;
        } else if (*p == '{') {
            const char *close = memchr(p, '}', (size_t)(pe - p));
            if (!close) {
                bad(L, "unclosed {%s", "");
                d->nelems = mark;
                return 0;
            }
            te = close + 1;
            uint32_t start = (uint32_t)d->nalts, cnt = 0;
            const char *a = p + 1;
            while (a < close) {
                const char *bar = memchr(a, '|', (size_t)(close - a));
                const char *ae = bar ? bar : close, *b = a, *t = ae;
                trim(&b, &t);
                if (t > b) {
                    uint32_t v;
                    if (*b == '@') {
                        /* a class inside alternatives: {@war|@attack} */
                        int bit = class_bit(d, b + 1, (size_t)(t - b - 1), 0);
                        if (bit < 0) {
                            bad(L, "unknown word class in {}: %s", "");
                            d->nelems = mark;
                            return 0;
                        }
                        v = ALT_CLASS | (uint32_t)bit;
                    } else {
                        int32_t id;
                        int r2 = one_word(L, b, (size_t)(t - b), &id);
                        if (r2) {
                            d->nelems = mark;
                            return r2 < 0 ? r2 : 0;
                        }
                        v = (uint32_t)id;
                        d->lex.w[id].nplural |= 2; /* literal: gets noun plurals */
                    }
                    if (ts_vec_grow((void **)&d->alts, &d->alts_cap, d->nalts + 1,
                                    sizeof *d->alts, 1u << 22))
                        return TOCSIN_ENOMEM;
                    d->alts[d->nalts++] = v;
                    cnt++;
                }
                a = bar ? bar + 1 : close;
            }
            if (!cnt) {
                bad(L, "empty {}%s", "");
                d->nelems = mark;
                return 0;
            }
            rc = push_elem(d, (ts_elem){E_ALT, start, cnt, 0, 0});
            nel++;
        } else {
            int32_t id;
            rc = one_word(L, p, tl, &id);
            if (rc) {
                d->nelems = mark;
                return rc < 0 ? rc : 0;
            }
            d->lex.w[id].nplural |= 2;
            rc = push_elem(d, (ts_elem){E_WORD, (uint32_t)id, 0, 0, 0});
            nel++;
        }
        if (rc < 0)
            return rc;
        if (nel > DICT_MAX_PATTERN_ELEMS) {
            bad(L, "pattern too long (at most 12 elements)%s", "");
            d->nelems = mark;
            return 0;
        }
        p = te;
    }
    if (first) {
        bad(L, "no pattern after the code%s", "");
        return 0;
    }
    pat.nelem = (uint8_t)nel;
    if (d->prec) {
        /* precedence: the first source group to give a verb patterns keeps
           the verb (marked in its word until index_verbs) */
        int32_t *mark_w = &d->lex.w[pat.verb].verb, mine = -2 - (int32_t)L->group;
        size_t gx = L->group ? (size_t)L->group - 1 : 0;
        int taken = *mark_w <= -2 && *mark_w != mine;
        if (L->group && gx < d->nxst)
            taken ? d->xst[gx].shadowed++ : d->xst[gx].added++;
        if (taken) {
            d->nelems = mark;
            return 0;
        }
        *mark_w = mine;
    }
    if (ts_vec_grow((void **)&d->pats, &d->pats_cap, d->npats + 1, sizeof *d->pats, 1u << 22))
        return TOCSIN_ENOMEM;
    d->pats[d->npats++] = pat;
    d->st.verb_patterns++;
    return 0;
}

/* ---- files ---- */

typedef int (*line_fn)(loader *L, const char *p, const char *e);

static int read_file(tocsin_dict *d, const tocsin_dict_options *o, const char *path, line_fn fn,
                     tocsin_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ts_error_set(err, TOCSIN_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
        return TOCSIN_EIO;
    }
    uint16_t fileno;
    int rc = ts_dict_add_file(d, path, 0, &fileno);
    if (rc) {
        fclose(f);
        if (rc == TOCSIN_ELIMIT)
            ts_error_set(err, TOCSIN_ELIMIT, path, 0, -1, "too many dictionary files");
        return rc;
    }
    loader L = {d, o, path, fileno, 0, 0};
    char buf[DICT_MAX_LINE];
    while (fgets(buf, sizeof buf, f)) {
        L.line++;
        size_t n = strlen(buf);
        if (n == sizeof buf - 1 && buf[n - 1] != '\n') {
            bad(&L, "line too long (at most 8191 bytes)%s", "");
            int ch;
            while ((ch = fgetc(f)) != EOF && ch != '\n')
                ;
            continue;
        }
        d->st.version = ts_mix(d->st.version ^ ts_hash(buf, n));
        char *hash = memchr(buf, '#', n);
        const char *e = hash ? hash : buf + n;
        const char *p = buf;
        trim(&p, &e);
        while (e > p && (e[-1] == '\n' || e[-1] == '\r'))
            e--;
        trim(&p, &e);
        if (p >= e)
            continue;
        if (memchr(p, '\0', (size_t)(e - p))) {
            bad(&L, "NUL byte in line%s", "");
            continue;
        }
        rc = fn(&L, p, e);
        if (rc < 0)
            break;
    }
    if (rc == 0 && ferror(f)) {
        ts_error_set(err, TOCSIN_EIO, path, L.line, -1, "read error");
        rc = TOCSIN_EIO;
    } else if (rc < 0) {
        ts_error_set(err, rc, path, L.line, -1, "%s", tocsin_strerror(rc));
    }
    fclose(f);
    return rc;
}

int ts_dict_add_file(tocsin_dict *d, const char *path, uint16_t grp, uint16_t *fileno)
{
    if (d->nfiles >= DICT_MAX_FILES)
        return TOCSIN_ELIMIT;
    char **nf = realloc(d->files, (d->nfiles + 1) * sizeof *nf);
    if (!nf)
        return TOCSIN_ENOMEM;
    d->files = nf;
    uint16_t *ng = realloc(d->fgroup, (d->nfiles + 1) * sizeof *ng);
    if (!ng)
        return TOCSIN_ENOMEM;
    d->fgroup = ng;
    d->files[d->nfiles] = strdup(path);
    if (!d->files[d->nfiles])
        return TOCSIN_ENOMEM;
    d->fgroup[d->nfiles] = grp;
    *fileno = (uint16_t)d->nfiles++;
    d->st.files++;
    return 0;
}

/* Acts told as a noun after a light verb: "announced the suspension of trade
 * with Israel", "ordered the expulsion of three diplomats". Each pattern of a verb below (with words after the
 * verb, not a particle) also reads as LIGHT * NOUN of <rest> (or NOUN <prep>
 * <rest> where the rest opens with a preposition: "withdrawal from"), with
 * the same code, options, file and line, and only for a source that can bear
 * arms (a state and its organs, an armed group; not a firm). */
static const char *const nominal_verbs[][3] = {
    {"suspend", "suspension", NULL},   {"expel", "expulsion", NULL},
    {"deport", "deportation", NULL},   {"revoke", "revocation", NULL},
    {"freeze", "freezing", NULL},      {"recall", "recall", NULL},
    {"withdraw", "withdrawal", NULL},
    {"arrest", "arrest", NULL},        {"detain", "detention", NULL},
    {"impose", "imposition", NULL},    {"sever", "severing", "severance"},
    {"terminate", "termination", NULL}, {"cancel", "cancellation", NULL},
    {"seize", "seizure", NULL},        {"confiscate", "confiscation", NULL},
    {"dissolve", "dissolution", NULL},
    {"extradite", "extradition", NULL}, {"ban", "banning", NULL},
    /* concessions: "announced the lifting of the curfew", "ordered the
       reopening of the border crossing", "announced the return of 40 bodies" */
    {"lift", "lifting", NULL},         {"ease", "easing", NULL},
    {"relax", "relaxation", "relaxing"}, {"reopen", "reopening", NULL},
    {"return", "return", NULL},        {"release", "release", NULL},
    {"remove", "removal", NULL},       {"restore", "restoration", NULL},
    {"unfreeze", "unfreezing", NULL},
};
/* not "confirm": what is confirmed may be another's act ("Hungary confirmed
 * the freezing of EU funds") */
static const char *const nominal_light[] = {"announce", "order"};

static int nominal_lines(loader *L, const char *p, const char *e)
{
    const char *ce = field_end(p, e), *v = skip_ws(ce, e), *ve = field_end(v, e);
    const char *r = skip_ws(ve, e), *re = field_end(r, e);
    if (r >= e || *r == ';')
        return 0; /* a bare verb: "announced the suspension" names nothing */
    static const char *const particle[] = {"off", "out", "up", "down", "back", "away", "over", "on", "in", "apart"};
    static const char *const prep[] = {"from", "to", "with", "against", "into", "of", "for"};
    for (size_t k = 0; k < sizeof particle / sizeof particle[0]; k++)
        if ((size_t)(re - r) == strlen(particle[k]) && !memcmp(r, particle[k], (size_t)(re - r)))
            return 0;
    int has_prep = 0;
    for (size_t k = 0; k < sizeof prep / sizeof prep[0]; k++)
        has_prep |= (size_t)(re - r) == strlen(prep[k]) && !memcmp(r, prep[k], (size_t)(re - r));
    const char *r2 = skip_ws(re, e);
    if (has_prep && (r2 >= e || *r2 == ';'))
        return 0; /* "withdraw from": "announced a withdrawal from" names nothing */
    for (size_t n = 0; n < sizeof nominal_verbs / sizeof nominal_verbs[0]; n++) {
        if ((size_t)(ve - v) != strlen(nominal_verbs[n][0]) || memcmp(v, nominal_verbs[n][0], (size_t)(ve - v)))
            continue;
        for (int f = 1; f < 3 && nominal_verbs[n][f]; f++)
            for (size_t l = 0; l < sizeof nominal_light / sizeof nominal_light[0]; l++) {
                char buf[1024];
                int len = snprintf(buf, sizeof buf, "%.*s %s * %s%s %.*s", (int)(ce - p), p, nominal_light[l],
                                   nominal_verbs[n][f], has_prep ? "" : " of", (int)(e - r), r);
                if (len <= 0 || (size_t)len >= sizeof buf)
                    continue;
                size_t before = L->d->npats;
                int rc = verb_line(L, buf, buf + len);
                if (rc < 0)
                    return rc;
                if (L->d->npats > before) /* a firm's "suspension of flights" is business */
                    L->d->pats[before].flags |=
                        (L->d->pats[before].flags & P_BLOCK) ? P_DERIVED : P_ARMED | P_DERIVED;
            }
        return 0;
    }
    return 0;
}

/* verb_line, and for tocsin's own verb files the nominal readings (of its
 * blocks as well) */
static int own_verb_line(loader *L, const char *p, const char *e)
{
    size_t before = L->d->npats;
    int rc = verb_line(L, p, e);
    if (rc || L->d->npats == before)
        return rc;
    /* a block derives too: "announced the release of its report" is no
       prisoner freed, as "released its report" is not */
    trim(&p, &e);
    return nominal_lines(L, p, e);
}

int ts_dict_feed(tocsin_dict *d, const tocsin_dict_options *o, uint16_t fileno, long line,
                 int section, const char *p, const char *e)
{
    loader L = {d, o, fileno < d->nfiles ? d->files[fileno] : "", fileno, line,
                fileno < d->nfiles ? d->fgroup[fileno] : 0};
    d->st.version = ts_mix(d->st.version ^ ts_hash(p, (size_t)(e - p)));
    trim(&p, &e);
    if (p >= e)
        return 0;
    if (memchr(p, '\0', (size_t)(e - p))) {
        bad(&L, "NUL byte in line%s", "");
        return 0;
    }
    switch (section) {
    case 'a': return actor_line(&L, p, e);
    case 'v': return verb_line(&L, p, e);
    case 'c': return class_line(&L, p, e);
    default: return TOCSIN_EINVAL;
    }
}

typedef struct dir_ctx {
    tocsin_dict *d;
    const tocsin_dict_options *o;
    line_fn fn;
    tocsin_error *err;
    const char *skip;
} dir_ctx;

static int is_txt(const char *name)
{
    size_t l = strlen(name);
    return l >= 5 && !strcmp(name + l - 4, ".txt");
}

static int read_one(void *ud, const char *path)
{
    dir_ctx *c = ud;
    const char *base = strrchr(path, '/');
    if (c->skip && !strcmp(base ? base + 1 : path, c->skip))
        return 0;
    return read_file(c->d, c->o, path, c->fn, c->err);
}

/* Reads every *.txt in dir (sorted by name); skip names a file to leave out. */
static int read_dir(tocsin_dict *d, const tocsin_dict_options *o, const char *dir, const char *skip,
                    line_fn fn, tocsin_error *err)
{
    dir_ctx c = {d, o, fn, err, skip};
    return ts_each_in_dir(dir, is_txt, DICT_MAX_FILES, read_one, &c);
}

static const tocsin_dict *sort_dict;

/* Specificity: literal words weigh most, classes less, the target slot least,
 * so "carry out air strikes" (195) beats "carry out @attack on $T" (190). */
static int weight(const tocsin_dict *d, const ts_pattern *p)
{
    int w = 0;
    for (uint32_t k = 0; k < p->nelem; k++)
        switch (d->elems[p->elem + k].type) {
        case E_WORD:
            /* a function word ("to", "on") says less than a content word */
            w += d->lex.w[d->elems[p->elem + k].a].gram ? 1 : 4;
            break;
        case E_ALT: w += 4; break;
        case E_CLASS: w += 2; break;
        default: w += 1; break;
        }
    /* a source restricted to armed men says more than the same words for
       anyone: "shells landed on a market in Kherson" before "landed in $T" */
    if (p->flags & (P_FORCES | P_WEAPON | P_ORG))
        w += 2; /* and a target restricted to organisations: "withdrew from $T ; org" before "withdrew from $T" */
    else if (p->flags & P_ARMED)
        w += 1;
    if (p->flags & P_DERIVED) {
        /* "announce * suspension of <words>" ranks as "suspend <words>" did:
           below a line written for the light verb with as much said */
        w -= (p->flags & P_BLOCK) ? 4 : 5; /* the noun and the armed option the loader added (none to a block) */
        if (p->nelem > 1 && d->elems[p->elem + 1].type == E_WORD &&
            !strcmp(ts_lex_name(&d->lex, (int32_t)d->elems[p->elem + 1].a), "of"))
            w -= 1;
    }
    return w;
}

static int cmp_pat(const void *a, const void *b)
{
    const ts_pattern *x = &sort_dict->pats[*(const uint32_t *)a];
    const ts_pattern *y = &sort_dict->pats[*(const uint32_t *)b];
    if (x->verb != y->verb)
        return x->verb < y->verb ? -1 : 1;
    int wx = weight(sort_dict, x), wy = weight(sort_dict, y);
    if (wx != wy)
        return wx > wy ? -1 : 1;
    uint32_t ia = *(const uint32_t *)a, ib = *(const uint32_t *)b;
    return ia < ib ? -1 : ia > ib;
}

/* What a pattern needs to be found in a clause: checked against the clause's
 * signature before any scanning, so most patterns are rejected at once. */
static void pattern_needs(tocsin_dict *d, ts_pattern *p)
{
    p->need_lem = p->need_cls = 0;
    memset(p->alt_lem, 0, sizeof p->alt_lem);
    memset(p->alt_cls, 0, sizeof p->alt_cls);
    p->need_sig = 0;
    memset(p->alt_sig, 0, sizeof p->alt_sig);
    int nalt = 0;
    for (uint32_t k = 0; k < p->nelem; k++) {
        ts_elem *e = &d->elems[p->elem + k];
        if (e->type == E_ALT) {
            e->alt_bits = 0;
            e->alt_class = 0;
            for (uint32_t q = 0; q < e->b; q++) {
                uint32_t a = d->alts[e->a + q];
                if (a & ALT_CLASS)
                    e->alt_class = 1;
                else
                    e->alt_bits |= 1ull << (a & 63);
            }
        }
        if (e->type == E_WORD) {
            p->need_lem |= 1ull << (d->lex.w[e->a].lemma & 63);
            p->need_sig |= ts_sig_bit(e->a);
        } else if (e->type == E_CLASS) {
            p->need_cls |= 1ull << e->a;
        } else if (e->type == E_ALT && nalt < 2) {
            for (uint32_t q = 0; q < e->b; q++) {
                uint32_t a = d->alts[e->a + q];
                if (a & ALT_CLASS)
                    p->alt_cls[nalt] |= 1ull << (a & 63);
                else {
                    p->alt_lem[nalt] |= 1ull << (d->lex.w[a].lemma & 63) | 1ull << (a & 63);
                    p->alt_sig[nalt] |= ts_sig_bit(a);
                }
            }
            nalt++;
        }
    }
}

static int index_verbs(tocsin_dict *d)
{
    for (size_t i = 0; d->prec && i < d->lex.n; i++)
        if (d->lex.w[i].verb < -1)
            d->lex.w[i].verb = -1; /* the precedence marks of verb_line */
    if (!d->npats)
        return 0;
    for (size_t i = 0; i < d->npats; i++)
        pattern_needs(d, &d->pats[i]);
    d->porder = malloc(d->npats * sizeof *d->porder);
    if (!d->porder)
        return TOCSIN_ENOMEM;
    for (size_t i = 0; i < d->npats; i++)
        d->porder[i] = (uint32_t)i;
    sort_dict = d; /* loading is single-threaded per call; see note in tocsin_dict_load */
    qsort(d->porder, d->npats, sizeof *d->porder, cmp_pat);
    sort_dict = NULL;
    /* lay the patterns out in that order: a verb's patterns are then read
       sequentially by the coder */
    ts_pattern *sorted = malloc(d->npats * sizeof *sorted);
    if (!sorted)
        return TOCSIN_ENOMEM;
    for (size_t i = 0; i < d->npats; i++)
        sorted[i] = d->pats[d->porder[i]];
    free(d->pats);
    d->pats = sorted;
    d->pats_cap = d->npats;
    for (size_t i = 0; i < d->npats; i++)
        d->porder[i] = (uint32_t)i;
    d->pneed = malloc(d->npats * 2 * sizeof *d->pneed);
    if (!d->pneed)
        return TOCSIN_ENOMEM;
    for (size_t i = 0; i < d->npats; i++) {
        d->pneed[2 * i] = d->pats[d->porder[i]].need_lem;
        d->pneed[2 * i + 1] = d->pats[d->porder[i]].need_cls;
    }
    size_t nv = 0;
    for (size_t i = 0; i < d->npats; i++)
        if (i == 0 || d->pats[d->porder[i]].verb != d->pats[d->porder[i - 1]].verb)
            nv++;
    d->verbs = calloc(nv, sizeof *d->verbs);
    if (!d->verbs)
        return TOCSIN_ENOMEM;
    for (size_t i = 0; i < d->npats; i++) {
        const ts_pattern *p = &d->pats[d->porder[i]];
        if (i == 0 || p->verb != d->pats[d->porder[i - 1]].verb) {
            ts_verb *v = &d->verbs[d->nverbs++];
            v->lemma = p->verb;
            v->first = (uint32_t)i;
            d->lex.w[p->verb].verb = (int32_t)(d->nverbs - 1);
            d->lex.w[p->verb].vform |= VF_BASE;
        }
        d->verbs[d->nverbs - 1].count++;
    }
    d->st.verbs = d->nverbs;
    return 0;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

#include <pthread.h>
static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;

int tocsin_dict_load(const char *dir, const tocsin_dict_options *opts, tocsin_dict **out,
                     tocsin_error *err)
{
    double t0 = now_ms();
    if (!dir || !out) {
        ts_error_set(err, TOCSIN_EINVAL, dir ? dir : "", 0, -1, "no dictionary directory given");
        return TOCSIN_EINVAL;
    }
    *out = NULL;
    tocsin_dict *d = calloc(1, sizeof *d);
    if (!d)
        return TOCSIN_ENOMEM;
    pthread_mutex_init(&d->aux_mu, NULL);
    d->dir = strdup(dir);
    int rc = d->dir ? ts_lex_init(&d->lex) : TOCSIN_ENOMEM;
    if (!rc && new_node(d) < 0) /* root */
        rc = TOCSIN_ENOMEM;
    size_t pl = strlen(dir) + 64;
    char *path = malloc(pl);
    if (!path)
        rc = TOCSIN_ENOMEM;
    if (!rc) {
        snprintf(path, pl, "%s/grammar.txt", dir);
        rc = read_file(d, opts, path, grammar_line, err);
        if (rc == TOCSIN_EIO) {
            ts_error_set(err, TOCSIN_ENOTFOUND, path, 0, -1,
                         "not a tocsin dictionary directory (grammar.txt is missing)");
            rc = TOCSIN_ENOTFOUND;
        }
    }
    if (!rc) {
        snprintf(path, pl, "%s/verbs/classes.txt", dir);
        FILE *f = fopen(path, "rb");
        if (f) {
            fclose(f);
            rc = read_file(d, opts, path, class_line, err);
        }
    }
    int first = opts && opts->nextra && opts->extra_first;
    if (!rc && opts && opts->nextra) {
        d->prec = 1;
        d->xst = calloc(opts->nextra, sizeof *d->xst);
        d->nxst = opts->nextra;
        if (!d->xst)
            rc = TOCSIN_ENOMEM;
    }
    if (!rc && first)
        rc = ts_legacy_load(d, opts, 'v', err);
    if (!rc) {
        snprintf(path, pl, "%s/verbs", dir);
        rc = read_dir(d, opts, path, "classes.txt", own_verb_line, err);
        if (rc == TOCSIN_ENOTFOUND) {
            ts_error_set(err, rc, path, 0, -1, "no verbs directory");
        }
    }
    if (!rc && opts && opts->nextra && !first)
        rc = ts_legacy_load(d, opts, 'v', err);
    if (!rc) {
        pthread_mutex_lock(&sort_lock);
        rc = index_verbs(d);
        pthread_mutex_unlock(&sort_lock);
    }
    if (!rc) {
        const char *wn = opts && opts->wordnet_dir ? opts->wordnet_dir : getenv("TOCSIN_WORDNET");
        if (!wn)
            wn = "/usr/share/wordnet";
        rc = ts_morph_expand(d, wn, &d->st.wordnet);
        if (!rc && !d->st.wordnet && opts && opts->diag)
            ts_diag(opts->diag, opts->diag_ud, TOCSIN_ENOTFOUND, wn, 0, -1,
                    "WordNet exception lists not found; irregular verbs (sent, struck, fought) "
                    "will not be recognised. Install wordnet-base or set TOCSIN_WORDNET");
    }
    if (!rc && first)
        rc = ts_legacy_load(d, opts, 'a', err);
    if (!rc) {
        snprintf(path, pl, "%s/actors", dir);
        rc = read_dir(d, opts, path, NULL, actor_line, err);
        if (rc == TOCSIN_ENOTFOUND)
            ts_error_set(err, rc, path, 0, -1, "no actors directory");
    }
    if (!rc && opts && opts->nextra && !first)
        rc = ts_legacy_load(d, opts, 'a', err);
    free(path);
    if (!rc && (d->st.actor_entries == 0 || d->st.verb_patterns == 0)) {
        ts_error_set(err, TOCSIN_ENOTFOUND, dir, 0, -1,
                     "the dictionaries hold no usable %s", d->st.actor_entries ? "verb pattern" : "actor");
        rc = TOCSIN_ENOTFOUND;
    }
    if (rc) {
        tocsin_dict_free(d);
        return rc;
    }
    d->st.words = d->lex.n;
    ts_lex_align(&d->lex); /* only speed is lost if it cannot */
    d->st.load_ms = now_ms() - t0;
    *out = d;
    return 0;
}

void tocsin_dict_free(tocsin_dict *d)
{
    if (!d)
        return;
    ts_lex_free(&d->lex);
    free(d->edges);
    free(d->nodes);
    free(d->entries);
    free(d->pats);
    free(d->porder);
    free(d->pneed);
    free(d->elems);
    free(d->alts);
    free(d->verbs);
    for (size_t i = 0; i < d->nfiles; i++)
        free(d->files[i]);
    free(d->files);
    free(d->fgroup);
    free(d->xst);
    if (d->aux && d->aux_free)
        d->aux_free(d->aux);
    pthread_mutex_destroy(&d->aux_mu);
    free(d->dir);
    free(d);
}

void tocsin_dict_get_stats(const tocsin_dict *d, tocsin_dict_stats *st)
{
    if (d && st)
        *st = d->st;
}
