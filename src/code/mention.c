/* mention.c - finds actor mentions in a sentence: dictionary phrases by
 * longest match, then composition ("North Korean" + "troops" -> PRKMIL,
 * "Russia" 's "defence ministry" -> RUSMIL, "NATO chief Mark Rutte" -> NATO),
 * compound groups ("Russia and North Korea"), and pronouns from the
 * document's memory. Multi-word grammar phrases ("according to") are marked
 * here too, because they share the phrase trie. */
#include "sentence.h"

#include <string.h>

#define MAX_PHRASE 12
#define MOVED_WORDS 4 /* determiners and numbers between a verb and the troops it moves */
/* sectors of people whose country sets a domestic scene ("Peruvian protesters") */
#define SCENE_PEOPLE "CVL OPP LAB HLH EDU REL MED"

/* Whether a pattern of the verb at token v puts the noun at token n "in $T"
 * (the word at token in): "station * troops in $T" for "stationed the troops
 * in Germany". */
static int places_in(const ts_sent *s, size_t v, size_t n, size_t in)
{
    const tocsin_dict *d = s->d;
    const ts_word *vw = ts_w(s, v), *nw = ts_w(s, n), *iw = ts_w(s, in);
    if (!vw || !nw || !iw || vw->verb < 0 || (size_t)vw->verb >= d->nverbs)
        return 0;
    const ts_verb *vb = &d->verbs[vw->verb];
    for (uint32_t k = 0; k < vb->count; k++) {
        const ts_pattern *p = &d->pats[d->porder[vb->first + k]];
        for (uint32_t e = 0; e + 2 < p->nelem; e++) {
            const ts_elem *el = &d->elems[p->elem + e];
            if (el[2].type == E_TARGET && el[1].type == E_WORD && ts_elem_match(iw, &el[1], d) &&
                el[0].type != E_TARGET && ts_elem_match(nw, &el[0], d))
                return 1;
        }
    }
    return 0;
}


typedef struct piece {
    int kind;            /* K_* of the chosen entry, 0 = none */
    const ts_entry *e;   /* chosen entry */
    size_t end;          /* token after the phrase */
    uint32_t gram;       /* grammar bits when the phrase is K_GRAM */
    const ts_entry *alt; /* with an agent: an actor of the same words ("the Senate", "the Security Council") */
} piece;

static int is_possessive(const ts_sent *s, size_t i)
{
    if (i >= s->ntok || s->tok[i].kind != TK_PUNCT)
        return 0;
    const ts_word *w = ts_w(s, i);
    if (!w)
        return 0;
    const char *n = ts_lex_name(&s->d->lex, s->tok[i].word);
    return n[0] == '\'' && (n[1] == 's' || n[1] == '\0');
}

/* Chooses among the entries of a trie node: a dated entry that covers the
 * date, else the undated one, else the nearest range. */
static const ts_entry *choose(const tocsin_dict *d, int32_t first, int32_t date)
{
    const ts_entry *best = NULL, *undated = NULL, *near = NULL;
    long long near_dist = 0;
    for (int32_t j = first; j >= 0; j = d->entries[j].next) {
        const ts_entry *e = &d->entries[j];
        if (e->kind == K_GRAM)
            continue;
        if (!e->dated) {
            if (!undated)
                undated = e;
            continue;
        }
        if (date == DAY_MIN) {
            /* no article date: the most recent office */
            if (!best || e->to > best->to || (e->to == best->to && e->from > best->from))
                best = e;
            continue;
        }
        if (date >= e->from && date < e->to) {
            if (!best)
                best = e;
            continue;
        }
        long long dist = date < e->from ? (long long)e->from - date : (long long)date - e->to;
        if (!near || dist < near_dist) {
            near = e;
            near_dist = dist;
        }
    }
    /* no article date and every office over: the undated line says who the
       person is now ("Raila Odinga": prime minister until 2013, then leader
       of the opposition) */
    if (best && date == DAY_MIN && best->to != DAY_MAX && undated)
        return undated;
    if (best)
        return best;
    if (undated)
        return undated;
    return near;
}

static uint32_t gram_of(const tocsin_dict *d, int32_t first)
{
    uint32_t g = 0;
    for (int32_t j = first; j >= 0; j = d->entries[j].next)
        if (d->entries[j].kind == K_GRAM)
            g |= d->entries[j].gram;
    return g;
}

/* Per-thread memo of longest() for the current sentence: composition looks
 * ahead at the same positions several times. */
static _Thread_local uint32_t memo_cur;
static _Thread_local uint32_t memo_gen[TS_MAX_SENT_TOKENS];
static _Thread_local piece memo[TS_MAX_SENT_TOKENS];

static piece longest_uncached(const ts_sent *s, size_t i);

/* Longest dictionary phrase starting at token i. Inline: it is asked for
 * every token, and most start no phrase (its first test). */
static inline piece longest(const ts_sent *s, size_t i)
{
    if (i >= s->ntok)
        return (piece){0, NULL, i, 0, NULL};
    const ts_word *w = ts_w(s, i);
    /* most words start no phrase: one look at the word, no trie walk (and
       nothing worth remembering) */
    if (!w || !(w->first & ((2u << s->tok[i].cas) - 1)))
        return (piece){0, NULL, i, 0, NULL};
    if (memo_gen[i] == memo_cur)
        return memo[i];
    piece p = longest_uncached(s, i);
    memo[i] = p;
    memo_gen[i] = memo_cur;
    return p;
}

/* Walks the trie from node at token k, trying every case branch the token
 * allows ("El Salvador" under "El", "el Fasher" under "el"); keeps the
 * longest phrase in best. Depth is capped by MAX_PHRASE. */
static void walk(const ts_sent *s, uint32_t node, size_t i, size_t k, piece *best)
{
    const tocsin_dict *d = s->d;
    if (k >= s->ntok || k >= i + MAX_PHRASE || s->tok[k].word < 0)
        return;
    /* past the first word, only a word that is a later word of some phrase
       has an edge: the others are known without a look in the edge table */
    if (k > i && (!d->lex.w[s->tok[k].word].inner || !(d->nodes[node].kids & ts_node_kid_bit(s->tok[k].word))))
        return; /* nor does one that no child of this node has (the node's filter) */
    for (int r = 0; r <= s->tok[k].cas; r++) {
        int32_t nx = -1;
        if (node == 0) { /* the root's children are kept in the word */
            uint32_t ch = d->lex.w[s->tok[k].word].root[r];
            if (ch)
                nx = (int32_t)ch;
            else
                continue;
        }
        uint64_t key = ((uint64_t)node << 34) | ((uint64_t)(uint32_t)s->tok[k].word << 2) | (uint64_t)r;
        uint64_t h = key * 0x9E3779B97F4A7C15ull;
        size_t mask = d->eslots - 1, q = (size_t)(h >> 20) & mask;
        for (; nx < 0;) {
            uint64_t kk = d->edges[q].key;
            if (kk == 0)
                break;
            if (kk == key + 1) {
                nx = (int32_t)d->edges[q].child;
                break;
            }
            q = (q + 1) & mask;
        }
        if (nx < 0)
            continue;
        int32_t first = d->nodes[nx].first;
        if (first >= 0 && k + 1 > best->end) {
            const ts_entry *e = choose(d, first, s->ctx->date);
            uint32_t g = gram_of(d, first);
            if (e || g) {
                /* a null entry ("---") is a known phrase that codes nothing */
                best->kind = e ? (ts_entry_null(e) ? K_NULL : e->kind) : K_GRAM;
                best->e = e;
                best->end = k + 1;
                best->gram = g;
                best->alt = NULL;
            }
        } else if (first >= 0 && k + 1 == best->end && best->kind == K_AGENT && !best->alt) {
            /* the same words in capitals as an actor: "senate" is an agent,
               "the Senate" Washington's */
            const ts_entry *e = choose(d, first, s->ctx->date);
            if (e && (e->kind == K_ACTOR || e->kind == K_COUNTRY) && !ts_entry_null(e))
                best->alt = e;
        }
        walk(s, (uint32_t)nx, i, k + 1, best);
    }
}

static piece longest_uncached(const ts_sent *s, size_t i)
{
    piece best = {0, NULL, i, 0, NULL};
    if (s->d->eslots)
        walk(s, 0, i, i, &best);
    if (best.kind == K_PERSON && i >= 2 && s->tok[i - 1].kind == TK_PUNCT && s->text[s->tok[i - 1].off] == '-' &&
        s->tok[i - 1].off + s->tok[i - 1].len == s->tok[i].off &&
        s->tok[i - 2].off + s->tok[i - 2].len == s->tok[i - 1].off && s->tok[i - 2].kind == TK_WORD &&
        s->tok[i - 2].cas != CASE_LOWER)
        best = (piece){0, NULL, i, 0, NULL}; /* "Abdel-Ghani al-Kikli": part of another's name, not Ghani */
    return best;
}

/* organisations take no sector: NATO, BRICS, UNO, EUR, IGO */

/* country part + sector: RUS + MIL -> RUSMIL; NATO + GOV -> NATO */
static void compose(char *out, const char *base, const char *sector)
{
    char b[TS_CODE_MAX] = {0};
    memcpy(b, base, strnlen(base, TS_CODE_MAX - 1)); /* base may be a shorter array */
    if (!sector || !*sector) {
        memcpy(out, b, TS_CODE_MAX);
        return;
    }
    if (strlen(b) == 6 && !ts_igo_code(b)) {
        /* Moscow (RUSGOV) + military -> RUSMIL; Hezbollah (LBNREB) positions stay LBNREB */
        if (strcmp(b + 3, "GOV")) {
            memcpy(out, b, TS_CODE_MAX);
            return;
        }
        b[3] = '\0';
    }
    if (ts_igo_code(b) || strlen(b) != 3) {
        memcpy(out, b, TS_CODE_MAX);
        return;
    }
    memcpy(out, b, 3);
    memcpy(out + 3, sector, 3);
    out[6] = '\0';
}

static void set_code(char *dst, const char *src)
{
    size_t n = strnlen(src, TS_CODE_MAX - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

int ts_mention_new(ts_sent *s, size_t t0, size_t t1, size_t head, int kind, const char *code)
{
    if (s->nm >= TS_MAX_MENTIONS)
        return -1;
    ts_mention *m = &s->m[s->nm];
    memset(m, 0, sizeof *m);
    m->t0 = (uint16_t)t0;
    m->t1 = (uint16_t)t1;
    m->head = (uint16_t)head;
    m->kind = (uint8_t)kind;
    m->group = (int16_t)s->nm;
    if (code)
        set_code(m->code, code);
    return (int)s->nm++;
}

/* A mention that owns its tokens. */
static int add_mention(ts_sent *s, size_t t0, size_t t1, size_t head, int kind, const char *code)
{
    int mi = ts_mention_new(s, t0, t1, head, kind, code);
    for (size_t k = t0; mi >= 0 && k < t1; k++)
        s->mid[k] = (int16_t)mi;
    return mi;
}

/* A weapon's model designation at k, its length in tokens, or 0: "F-16",
 * "Su-25", "MiG-29", "T-72" (a short capitalised word, a hyphen, a number),
 * "F16", or one token holding capitals and digits. */
static size_t model_len(const ts_sent *s, size_t k)
{
    if (k >= s->ntok)
        return 0;
    const ts_tok *t = &s->tok[k];
    if (t->kind == TK_WORD && t->cas != CASE_LOWER && t->len <= 3) {
        if (k + 2 < s->ntok && TOK_IS(s, k + 1, "-") && s->tok[k + 2].kind == TK_NUM)
            return 3;
        if (k + 1 < s->ntok && s->tok[k + 1].kind == TK_NUM && s->tok[k + 1].off == t->off + t->len)
            return 2;
        return 0;
    }
    int up = 0, dig = 0;
    for (size_t q = 0; q < t->len && q < 12; q++) {
        char c = s->text[t->off + q];
        up |= c >= 'A' && c <= 'Z';
        dig |= c >= '0' && c <= '9';
    }
    return (t->kind == TK_WORD || t->kind == TK_NUM) && up && dig && t->len <= 8 ? 1 : 0;
}

static int capitalised_name(const ts_sent *s, size_t i)
{
    if (i >= s->ntok)
        return 0;
    const ts_tok *t = &s->tok[i];
    if (t->kind != TK_WORD || t->cas == CASE_LOWER)
        return 0;
    const ts_word *w = ts_w(s, i);
    /* function words and verbs are not names */
    if (w && (w->gram & (G_DET | G_PREP | G_SUB | G_CONJ | G_AND | G_REL | G_BE | G_HAVE |
                         G_HE | G_IT | G_THEY | G_WE | G_TIME)))
        return 0;
    if (w && w->verb >= 0 && (w->vform & (VF_PAST | VF_S)))
        return 0;
    return 1;
}

#define REGION_NAME_WORDS 3 /* "Rio Grande do Sul" */

/* "the governor of Russia's Belgorod region", "the governor of India's
 * Manipur state": after an office "of" or "in" a country, the country's possessive
 * and a region it names (a name, then a region word) are part of the office's
 * phrase, which stays the country's. k is the token after the country; the
 * token after the region word, or 0. */
static size_t possessed_region_end(const ts_sent *s, size_t k)
{
    static const ts_lit region[] = {LIT("state"),    LIT("region"),      LIT("province"),   LIT("oblast"),
                                    LIT("district"), LIT("governorate"), LIT("prefecture"), LIT("county")};
    if (!is_possessive(s, k))
        return 0;
    size_t q = k + 1;
    piece p = longest(s, q);
    size_t e = (p.kind == K_COUNTRY || p.kind == K_ACTOR) && p.end > q ? p.end : q;
    if (e > q + 1 && ts_tok_in(s, e - 1, region, sizeof region / sizeof region[0]))
        return e; /* "Kursk region" is one name */
    while (e < q + REGION_NAME_WORDS && capitalised_name(s, e))
        e++;
    if (e == q || e >= s->ntok || s->tok[e].cas != CASE_LOWER ||
        !ts_tok_in(s, e, region, sizeof region / sizeof region[0]))
        return 0;
    return e + 1;
}

/* The code of a state's leader or government named before token t0 in this
 * sentence ("President Vucic urged the students"), or NULL. */
static const char *leader_before(const ts_sent *s, size_t t0)
{
    for (size_t k = s->nm; k-- > 0;) {
        const ts_mention *x = &s->m[k];
        if (x->t1 > t0 || x->kind != M_NAME || x->modifier)
            continue;
        if (strlen(x->code) == 6 && !ts_igo_code(x->code) && (x->person || !strcmp(x->code + 3, "GOV")))
            return x->code;
    }
    return NULL;
}

/* A title that names one person: "the president", "the prime minister". */
static int singular_title(const ts_sent *s, size_t head)
{
    static const ts_lit titles[] = {LIT("president"), LIT("minister"),    LIT("premier"),   LIT("chancellor"),
                                    LIT("leader"),    LIT("king"),        LIT("spokesman"), LIT("spokeswoman"),
                                    LIT("spokesperson"), LIT("secretary"), LIT("chief"),     LIT("commander"),
                                    LIT("general"),   LIT("ambassador"),  LIT("envoy"),     LIT("emir"),
                                    LIT("sultan"),    LIT("monarch"),     LIT("ruler")};
    /* a token's hash is its folded key's (token.h): a title's key has its
       title's hash, so the key is folded only for a token with one */
    int hashed = 0;
    for (size_t k = 0; k < sizeof titles / sizeof titles[0] && !hashed; k++)
        hashed = !titles[k].h || s->tok[head].hash == titles[k].h;
    char key[TS_KEY_MAX + 8];
    if (!hashed || ts_tok_key(s->text, &s->tok[head], key, sizeof key) < 0)
        return 0;
    for (size_t k = 0; k < sizeof titles / sizeof titles[0]; k++)
        if (!strcmp(key, titles[k].s))
            return 1;
    return 0;
}

/* The office a title names, for agreement: a president is not a prime
 * minister ("Pashinyan, the Armenian prime minister, said ... The president
 * imposed"). 0: no office of head of state or government. */
static const struct {
    ts_lit word;
    int office;
} offices[] = {{LIT("president"), 1}, {LIT("minister"), 2}, {LIT("premier"), 2}, {LIT("chancellor"), 2},
               {LIT("king"), 3},      {LIT("emir"), 3},     {LIT("sultan"), 3},  {LIT("monarch"), 3}};

static int title_office(const char *key)
{
    for (size_t k = 0; k < sizeof offices / sizeof offices[0]; k++)
        if (!strcmp(key, offices[k].word.s))
            return offices[k].office;
    return 0;
}

/* Whether token k can be a word of offices[]: a token's hash is its folded
 * key's (token.h), so only a token with an office word's hash can be one; a
 * cheap test before its key is folded. */
static int may_be_office(const ts_sent *s, size_t k)
{
    for (size_t q = 0; q < sizeof offices / sizeof offices[0]; q++)
        if (!offices[q].word.h || s->tok[k].hash == offices[q].word.h)
            return 1;
    return 0;
}

/* "the president" may name the story's last person unless that person was
 * named with another office */
static int title_agrees(const ts_sent *s, size_t head)
{
    char key[TS_KEY_MAX + 8];
    if (!s->ctx->person_title[0] || ts_tok_key(s->text, &s->tok[head], key, sizeof key) < 0)
        return 1;
    int a = title_office(key), b = title_office(s->ctx->person_title);
    return !a || !b || a == b;
}

/* The words of singular_title (offices[] among them), as TS_LIT_BIT bits:
 * a token whose bit is not set is none of them. */
static const uint64_t title_words =
    TS_LIT_BIT("president") | TS_LIT_BIT("minister") | TS_LIT_BIT("premier") | TS_LIT_BIT("chancellor") |
    TS_LIT_BIT("leader") | TS_LIT_BIT("king") | TS_LIT_BIT("spokesman") | TS_LIT_BIT("spokeswoman") |
    TS_LIT_BIT("spokesperson") | TS_LIT_BIT("secretary") | TS_LIT_BIT("chief") | TS_LIT_BIT("commander") |
    TS_LIT_BIT("general") | TS_LIT_BIT("ambassador") | TS_LIT_BIT("envoy") | TS_LIT_BIT("emir") |
    TS_LIT_BIT("sultan") | TS_LIT_BIT("monarch") | TS_LIT_BIT("ruler");

/* A title word within `back` words before a person's name or inside it:
 * an office (title_office: "Prime Minister of Malaysia Anwar Ibrahim",
 * "President Tokayev") or, with rank, any title of one person
 * (singular_title: "Libyan commander Khalifa Haftar", "General Abdel Fattah
 * al-Burhan", for "forces loyal to the eastern commander"). */
static void title_near(const ts_sent *s, const ts_mention *x, size_t back, int rank, char out[16])
{
    out[0] = '\0';
    size_t lo = x->t0 > back ? x->t0 - back : 0;
    for (size_t k = x->t1; k-- > lo;) {
        if (k < x->t0 && (s->tok[k].kind != TK_WORD || (s->gram[k] & ~(G_PREP | G_DET))))
            break;
        char key[TS_KEY_MAX + 8];
        if (!ts_tok_bit_in(s, k, title_words) || !(rank ? singular_title(s, k) : may_be_office(s, k)) ||
            ts_tok_key(s->text, &s->tok[k], key, sizeof key) < 0 || (rank ? strlen(key) >= 16 : !title_office(key)))
            continue; /* title_office() knows no word longer than 10 */
        memcpy(out, key, strlen(key) + 1);
        return;
    }
}

static void person_title(const ts_sent *s, const ts_mention *x, char out[16])
{
    title_near(s, x, 5, 0, out);
}

static void person_rank(const ts_sent *s, const ts_mention *x, char out[16])
{
    title_near(s, x, 3, 1, out);
}

/* Whether token at opens its sentence, past adverbs, a time phrase and a
 * comma ("He said", "On Tuesday, he said"): a subject pronoun there points
 * back to the last sentence's subject. */
static int opens_sentence(const ts_sent *s, size_t at)
{
    for (size_t k = 0; k < at; k++)
        if (s->tok[k].kind == TK_WORD && !(s->gram[k] & (G_ADV | G_TIME | G_PREP | G_LOC | G_DET)))
            return 0;
    return at < 6;
}

/* Pronoun code: an earlier actor of this sentence ("South Korea raised its
 * alert level"), else the document's memory. */
static const char *pronoun_code(const ts_sent *s, uint32_t g, size_t at)
{
    /* within the sentence, a possessive usually points back to the subject,
       which comes first: "Turkey condemned Israel and recalled its ambassador" */
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *m = &s->m[k];
        if (m->kind != M_NAME || !m->code[0] || m->modifier == 1 || (size_t)m->t0 >= at)
            continue; /* "They stormed the assembly hall": not the assembly after it */
        if ((g & G_HE) && m->person)
            return m->code;
        if ((g & G_THEY) && m->person && k + 1 < s->nm && s->m[k + 1].group == m->group &&
            s->m[k + 1].person && (size_t)s->m[k + 1].t0 < at)
            return m->code; /* "Pashinyan and Aliyev met in Prague, where they agreed": the pair */
        if ((g & (G_IT | G_THEY)) && !m->person &&
            !(m->t0 > 0 && (s->gram[m->t0 - 1] & G_LOC) && !(s->gram[m->t0 - 1] & G_PREP)))
            return m->code; /* (but not the venue "in Prague") */
    }
    for (size_t k = 0; (g & G_HE) && k < s->nm; k++) {
        /* "Kenya's president said his country ...": an office held by one person */
        const ts_mention *m = &s->m[k];
        if (m->kind == M_NAME && m->modifier != 1 && strlen(m->code) == 6 &&
            (!strcmp(m->code + 3, "GOV") || !strcmp(m->code + 3, "MIL")) && m->head + 1 == m->t1 &&
            s->tok[m->head].kind == TK_WORD && s->tok[m->head].cas == CASE_LOWER &&
            m->head > 0 && !TOK_IS(s, m->head, "government") && !TOK_IS(s, m->head, "ministry") &&
            s->tok[m->head].len > 1 && s->text[s->tok[m->head].off + s->tok[m->head].len - 1] != 's')
            return m->code;
    }
    if ((g & G_HE) && s->ctx->person_subj[0] && opens_sentence(s, at))
        return s->ctx->person_subj; /* "Blinken met Rinkevics in Riga. He accused Moscow": the subject */
    if (g & G_HE)
        return s->ctx->person[0] ? s->ctx->person : NULL;
    if ((g & G_IT) && s->ctx->thing_subj[0] && opens_sentence(s, at))
        return s->ctx->thing_subj; /* "The UN said hundreds were held in Myanmar. It urged": the subject */
    if (g & G_IT)
        return s->ctx->thing[0] ? s->ctx->thing : NULL;
    if (g & G_THEY)
        return s->ctx->group[0] ? s->ctx->group : (s->ctx->thing[0] ? s->ctx->thing : NULL);
    return NULL;
}

/* The story's last state: its last country or organisation when that is no
 * organisation, else the newest state among its last actors ("the
 * government", after "... suspend talks with the European Union") when the
 * sentence has named no state before; or NULL. */
/* The story's home state for a bare "the government" where the state its
 * memory last named was named in passing (ts_ctx_home_over); NULL where the
 * sentence has named another state before it. */
static const char *home_over_passing(const ts_sent *s)
{
    const ts_ctx *x = s->ctx;
    if (!ts_ctx_home_over(x))
        return NULL;
    for (size_t k = 0; k < s->nm; k++)
        if ((s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && strlen(s->m[k].code) >= 3 &&
            !ts_igo_code(s->m[k].code) && strncmp(s->m[k].code, x->home, 3))
            return NULL;
    return x->home;
}

static const char *last_state(const ts_sent *s)
{
    const ts_ctx *x = s->ctx;
    if (s->nm > 0 && s->m[0].t0 == 1 && TOK_IS(s, 0, "in") && s->m[0].kind == M_NAME && !s->m[0].person &&
        (size_t)s->m[0].t1 < s->ntok && s->tok[s->m[0].t1].kind == TK_PUNCT && TOK_IS(s, s->m[0].t1, ",") &&
        strlen(s->m[0].code) >= 3 && !ts_igo_code(s->m[0].code) && !ts_region_code(s->m[0].code))
        return s->m[0].code; /* "In Washington, the Treasury sanctioned ...": the scene the sentence opens in */
    const char *home = home_over_passing(s);
    if (home)
        return home;
    if (x->thing[0] && !ts_igo_code(x->thing) && !ts_region_code(x->thing))
        return x->thing;
    if (!x->thing[0])
        return NULL;
    for (size_t k = 0; k < s->nm; k++) /* "Armenian authorities ... overthrow the government": not a memory's */
        if ((s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && strlen(s->m[k].code) >= 3 &&
            !ts_igo_code(s->m[k].code))
            return NULL;
    for (int k = 0; k < 4; k++)
        if (strlen(x->recent[k]) >= 3 && !ts_igo_code(x->recent[k]) && !ts_region_code(x->recent[k]))
            return x->recent[k]; /* (not "West African states": a region, no state of a junta) */
    if (x->named[0][0] && !ts_region_code(x->named[0]))
        return x->named[0]; /* "The army seized power in Myanmar. A UN office said ... It urged the
                               junta ...": the state last named, a venue too, when no party was one */
    return NULL;
}

/* Has the story so far named one country only (its memory of the last
 * country and of its last actors), and this sentence no other yet? */
static int one_country_story(const ts_sent *s)
{
    const ts_ctx *x = s->ctx;
    if (strlen(x->thing) < 3 || ts_igo_code(x->thing))
        return 0;
    for (int k = 0; k < 4; k++)
        if (x->recent[k][0] && (strlen(x->recent[k]) < 3 || strncmp(x->recent[k], x->thing, 3)))
            return 0;
    for (size_t k = 0; k < s->nm; k++)
        if ((s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && s->m[k].code[0] && strncmp(s->m[k].code, x->thing, 3))
            return 0;
    return 1;
}

/* An object pronoun ("him", "them") is not the subject of its own clause
 * ("Trump recognised him": not Trump; but "Putin said the West had
 * provoked him"): an earlier actor of the sentence with no clause boundary
 * (a comma, "and", "that", a subordinator, another actor) between it and
 * the pronoun at i is passed over for the document's memory. */
/* Where the object of a word right after an actor ending at t starts, when
 * that word is one lower-case verb that is not one of saying, with only
 * determiners after it ("confronted the"); else 0. */
static size_t acted_on(const ts_sent *s, size_t t)
{
    if (t + 1 >= s->ntok || s->tok[t].kind != TK_WORD || s->tok[t].cas != CASE_LOWER || s->mid[t] >= 0 ||
        (s->gram[t] & (G_SAY | G_PREP | G_LOC | G_BY | G_DET | G_SUB | G_REL | G_CONJ | G_AND | G_TO)))
        return 0;
    size_t q = t + 1;
    while (q < s->ntok && (s->gram[q] & G_DET) && s->mid[q] < 0)
        q++;
    return q;
}

static const char *object_pronoun_code(const ts_sent *s, uint32_t g, size_t i)
{
    const char *pc = pronoun_code(s, g, i);
    if (!pc || !(TOK_IS(s, i, "him") || TOK_IS(s, i, "them")))
        return pc;
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *m = &s->m[k];
        if (m->code != pc)
            continue;
        if ((size_t)m->t1 > i)
            return pc;
        for (size_t q = m->t1; q < i; q++) {
            if (s->mid[q] >= 0 && (g & G_HE) && s->m[s->mid[q]].kind == M_NAME && strlen(s->m[s->mid[q]].code) >= 3 &&
                !strncmp(s->m[s->mid[q]].code, pc, 3) && s->ctx->person[0] && strncmp(s->ctx->person, pc, 3))
                return s->ctx->person; /* "Trump said Washington recognised him": not Trump's own side */
            if (s->mid[q] >= 0 && q == acted_on(s, m->t1) && (g & G_HE) && s->m[s->mid[q]].kind != M_ADJ) {
                /* "Arce confronted Zuniga and ordered him": Zuniga, the object, when
                   a person; an agent not yet known ("the army chief"): nobody yet */
                const ts_mention *o = &s->m[s->mid[q]];
                if (o->person && strlen(o->code) >= 3 && strcmp(o->code, pc))
                    return o->code;
                if (!o->code[0])
                    return NULL;
            }
            if (s->tok[q].kind == TK_PUNCT || (s->gram[q] & (G_SUB | G_REL | G_CONJ | G_AND)) ||
                TOK_IS(s, q, "that") || s->mid[q] >= 0)
                return pc; /* another clause, or another actor its subject: "Trump said Maduro had insulted him" */
        }
        if (g & G_HE)
            return s->ctx->person[0] && strcmp(s->ctx->person, pc) ? s->ctx->person : NULL;
        return s->ctx->group[0] && strcmp(s->ctx->group, pc) ? s->ctx->group : NULL;
    }
    return pc; /* the memory's, not a mention of this sentence */
}

/* "the country": the first country this sentence names, else the last one of
 * the article; but "the country" at i inside an object's phrase ("imposed
 * sanctions on the country's morality police", "urged the country's leaders")
 * is not the subject's own when the story has named another: that one.
 * Returns its three-letter code in buf, or NULL. */
static const char *country_in_context(const ts_sent *s, size_t i, char buf[4])
{
    const char *c = NULL;
    size_t at = 0;
    for (size_t k = 0; k < s->nm && !c; k++) {
        const ts_mention *m = &s->m[k];
        if ((m->kind == M_NAME || m->kind == M_PRON) && (strlen(m->code) == 3 || strlen(m->code) == 6) &&
            !ts_igo_code(m->code)) {
            c = m->code;
            at = k;
        }
    }
    if (c && at == 0 && i >= 2 && s->m[0].t0 <= 1 && !s->m[0].person && TOK_IS(s, i - 1, "the") &&
        ((s->gram[i - 2] & (G_PREP | G_LOC | G_TO)) || (ts_w(s, i - 2) && ts_w(s, i - 2)->verb >= 0 &&
                                                         s->tok[i - 2].cas == CASE_LOWER && !s->gram[i - 2]))) {
        const char *r = ts_ctx_other_state(s->ctx, c); /* the subject acts on another country: the story's */
        if (r)
            c = r;
    }
    if (!c && s->ctx->thing[0] && !ts_igo_code(s->ctx->thing))
        c = s->ctx->thing;
    for (int k = 0; k < 4 && !c; k++) /* after "asked the CSTO for help", the country before it */
        if (s->ctx->recent[k][0] && !ts_igo_code(s->ctx->recent[k]))
            c = s->ctx->recent[k];
    if (!c)
        return NULL;
    memcpy(buf, c, 3);
    buf[3] = '\0';
    return buf;
}

/* "Saudi Arabia, Egypt and Bahrain said they ...": a plural pronoun joins the
 * compound group it points back to within the sentence. */
static void plural_pronoun_group(ts_sent *s, int mi, uint32_t g)
{
    if (mi < 0 || !(g & G_THEY))
        return;
    const char *code = s->m[mi].code;
    for (int k = 0; k < mi; k++) {
        const ts_mention *a = &s->m[k];
        if (a->kind != M_NAME || strcmp(a->code, code))
            continue;
        int n = 0;
        for (int q = 0; q < mi; q++)
            n += s->m[q].group == a->group;
        if (n > 1)
            s->m[mi].group = a->group;
        return;
    }
}

/* Each token's grammar class from the lexicon; quotation marks marked. */
static void mark_tokens(ts_sent *s)
{
    const tocsin_dict *d = s->d;
    for (size_t i = 0; i < s->ntok; i++) {
        s->mid[i] = -1;
        const ts_word *w = ts_w(s, i);
        s->gram[i] = w ? w->gram : 0;
        if (s->tok[i].cas == CASE_UPPER && (s->gram[i] & (G_HE | G_IT | G_THEY | G_WE)) &&
            ((i > 0 && s->tok[i - 1].kind == TK_WORD && s->tok[i - 1].cas != CASE_UPPER) ||
             (i + 1 < s->ntok && s->tok[i + 1].kind == TK_WORD && s->tok[i + 1].cas != CASE_UPPER)))
            s->gram[i] &= ~(uint32_t)(G_HE | G_IT | G_THEY | G_WE); /* "the US embargo": a name, not "us" */
        if (s->tok[i].kind == TK_PUNCT) {
            const char *n = w ? ts_lex_name(&d->lex, s->tok[i].word) : "";
            if (n[0] == '"' && n[1] == '\0')
                s->gram[i] |= G_QUOTE;
        }
    }
}

/* "the two leaders", "the two countries", "both sides", "both governments":
 * what the two stand for (two_kind), and the two themselves: the last two
 * named earlier in this sentence ("Starmer spoke with Tinubu, and the two
 * leaders agreed"), else the story's last two. */
enum { TWO_NONE, TWO_AS_NAMED, TWO_COUNTRY, TWO_GOV, TWO_MIL };

static int two_kind(const ts_sent *s, size_t k)
{
    static const ts_lit named[] = {LIT("leaders"), LIT("presidents"), LIT("sides"),       LIT("parties"),
                                   LIT("factions"), LIT("camps"),      LIT("foes"),        LIT("adversaries"),
                                   LIT("enemies"),  LIT("belligerents"), LIT("generals"),  LIT("commanders")};
    static const ts_lit country[] = {LIT("countries"),  LIT("nations"), LIT("neighbours"), LIT("neighbors"),
                                     LIT("states"),     LIT("capitals"), LIT("allies"),    LIT("rivals"),
                                     LIT("powers"),     LIT("giants"),   LIT("koreas")};
    static const ts_lit gov[] = {LIT("governments"), LIT("delegations"), LIT("ministers")};
    static const ts_lit mil[] = {LIT("armies"), LIT("militaries")};
    if (ts_tok_in(s, k, named, sizeof named / sizeof named[0]))
        return TWO_AS_NAMED;
    if (ts_tok_in(s, k, country, sizeof country / sizeof country[0]))
        return TWO_COUNTRY;
    if (ts_tok_in(s, k, gov, sizeof gov / sizeof gov[0]))
        return TWO_GOV;
    if (TOK_IS(s, k, "heads") && k + 2 < s->ntok && TOK_IS(s, k + 1, "of") &&
        (TOK_IS(s, k + 2, "state") || TOK_IS(s, k + 2, "government")))
        return TWO_GOV; /* "the two heads of state" */
    if (ts_tok_in(s, k, mil, sizeof mil / sizeof mil[0]))
        return TWO_MIL;
    return TWO_NONE;
}

/* "the leaders of both sides" after Israel and Hamas: Hamas's leaders are
 * Hamas (a rebel code as named), not a Palestinian government. */
static int armed_non_state(const char *c, int kind)
{
    return kind == TWO_GOV && strlen(c) >= 6 && !strncmp(c + 3, "REB", 3);
}

/* the code the two-word reference at [i, i + 2) gives the party named as c */
static void two_code(char out[TS_CODE_MAX], const char *c, int kind)
{
    if (kind == TWO_AS_NAMED || strlen(c) < 3 || ts_igo_code(c) || armed_non_state(c, kind)) {
        set_code(out, c);
        return;
    }
    char cc[4] = {c[0], c[1], c[2], '\0'};
    compose(out, cc, kind == TWO_GOV ? "GOV" : kind == TWO_MIL ? "MIL" : "");
}

/* Whether a and b, joined by "and", are the subject of a verb whose object
 * is the two-word reference at i: "Qatar and Egypt urged both sides", not
 * "Russia and Ukraine said both sides would ..." (saying and pledging verbs
 * speak of themselves). */
#define SUBJECT_PAIR_OBJECT 6 /* words from the verb to "between": "welcomed the new rapprochement between" */
static int subject_pair(const ts_sent *s, const ts_mention *a, const ts_mention *b, size_t i)
{
    if (a->t1 > b->t0 || b->t1 > i)
        return 0;
    for (size_t k = a->t1; k < b->t0; k++)
        if (!(s->gram[k] & G_AND) && !TOK_IS(s, k, ","))
            return 0;
    size_t verbs = 0;
    /* "Oman and Qatar welcomed the rapprochement between the two neighbours":
       the act's object names the two after "between", the subject's own words */
    size_t bw = i > 0 && TOK_IS(s, i - 1, "between") ? i - 1 : i > 1 && TOK_IS(s, i - 2, "between") ? i - 2 : 0;
    for (size_t k = b->t1; k < i; k++) {
        const ts_word *w = ts_w(s, k);
        if (bw > b->t1 && k > b->t1 && verbs >= 1 && k <= bw && bw - b->t1 <= SUBJECT_PAIR_OBJECT &&
            s->mid[k] < 0 && s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER &&
            !(s->gram[k] & (G_SAY | G_PLEDGE | G_SUB | G_REL | G_AND | G_CONJ)))
            continue;
        int appeal = (s->gram[k] & G_SAY) && k + 1 < i && (TOK_IS(s, k + 1, "on") || TOK_IS(s, k + 1, "upon"));
        if (s->mid[k] >= 0 || ((s->gram[k] & (G_SAY | G_PLEDGE | G_SUB | G_AND | G_CONJ | G_QUOTE)) && !appeal) ||
            s->tok[k].kind != TK_WORD)
            return 0; /* but "called on both sides": an appeal to them, not words about them */
        if (w && w->verb >= 0)
            verbs++;
        else if (!(s->gram[k] & (G_ADV | G_DET | G_PREP)))
            return 0;
    }
    return verbs >= 1 && i - b->t1 <= (bw > b->t1 ? SUBJECT_PAIR_OBJECT + 2 : 4);
}

#define SUBJECT_PAIR_PREDICATES 12 /* words from the subject to the reference: "welcomed the truce and called on the warring" */

/* Whether a and b, joined by "and", are the subject of two coordinated
 * predicates, the second of which has the reference at i as its object:
 * "Saudi Arabia and the UAE welcomed the truce and called on the warring
 * parties to respect it": two others, not each other. A verb right after b;
 * no other actor, subordinate clause, relative or quote before i; the words
 * before the reference are not "and" or a comma ("..., and the two sides
 * agreed": a new subject, the pair itself); no saying verb but an appeal. */
static int subject_pair_predicates(const ts_sent *s, const ts_mention *a, const ts_mention *b, size_t i)
{
    if (a->t1 > b->t0 || b->t1 >= i || i - b->t1 > SUBJECT_PAIR_PREDICATES)
        return 0;
    for (size_t k = a->t1; k < b->t0; k++)
        if (!(s->gram[k] & (G_AND | G_DET)) && !TOK_IS(s, k, ","))
            return 0; /* "Saudi Arabia and the UAE" */
    const ts_word *v = ts_w(s, b->t1);
    if (!v || v->verb < 0 || s->tok[b->t1].cas != CASE_LOWER || !(v->vform & (VF_PAST | VF_S)))
        return 0;
    size_t p = i > 0 && (s->gram[i - 1] & G_DET) ? i - 1 : i;
    if (p == 0 || (s->gram[p - 1] & G_AND) || TOK_IS(s, p - 1, ","))
        return 0;
    int and_verb = 0;
    for (size_t k = b->t1; k < p; k++) {
        int appeal = (s->gram[k] & G_SAY) && k + 1 < i && (TOK_IS(s, k + 1, "on") || TOK_IS(s, k + 1, "upon"));
        if (s->mid[k] >= 0 || ((s->gram[k] & (G_SAY | G_PLEDGE | G_SUB | G_REL | G_QUOTE)) && !appeal))
            return 0;
        if ((s->gram[k] & G_AND) && k + 1 < p) {
            const ts_word *w = ts_w(s, k + 1);
            if (w && w->verb >= 0 && s->tok[k + 1].cas == CASE_LOWER)
                and_verb = 1;
        }
    }
    return and_verb;
}

#define TWO_MODIFIERS 4 /* words between "the two" and its noun: "the two nuclear-armed neighbours" */

/* A capitalised modifier of the two: "the two Gulf states", "the two Balkan
 * neighbours", "the two Asian giants": a word of no grammar that names no
 * party of its own (a region's adjective, not "the two Russian generals"). */
static int two_region_word(const ts_sent *s, size_t n)
{
    if (s->tok[n].kind != TK_WORD || s->tok[n].cas != CASE_CAP || s->gram[n] || (n > 0 && TOK_IS(s, n - 1, "former")))
        return 0; /* "the two former Soviet states": what they once were (the old rule's business) */
    if (s->mid[n] < 0)
        return 1;
    const char *c = s->m[s->mid[n]].code;
    return !c[0] || (strlen(c) >= 3 && ts_igo_code(c)) || !strncmp(c, "---", 3);
}

/* Whether the noun after the capitalised modifiers at n is one of states
 * ("the two Gulf states", "the two Asian giants"), not of people. */
static int two_region_noun(const ts_sent *s, size_t n)
{
    for (size_t k = n + 1; k < s->ntok && k <= n + TWO_MODIFIERS; k++) {
        int kind = two_kind(s, k);
        if (kind != TWO_NONE)
            return kind == TWO_COUNTRY || kind == TWO_GOV;
        if (!two_region_word(s, k) && !TOK_IS(s, k, "-"))
            return 0;
    }
    return 0;
}

/* The noun of "the two ..." / "both ..." at i: i + 1, or past a few
 * lower-case modifiers ("the two nuclear-armed neighbours"); 0 if none. */
static size_t two_noun(const ts_sent *s, size_t i)
{
    for (size_t n = i + 1; n < s->ntok && n <= i + 1 + TWO_MODIFIERS; n++) {
        if (two_kind(s, n) != TWO_NONE)
            return n;
        int hyphen = TOK_IS(s, n, "-");
        if (!hyphen && !two_region_word(s, n) &&
            (s->tok[n].kind != TK_WORD || s->tok[n].cas != CASE_LOWER || s->gram[n] || s->mid[n] >= 0))
            return 0;
        if (two_region_word(s, n) && !two_region_noun(s, n))
            return 0; /* "the two Russian generals": of one side, not the story's two */
    }
    return 0;
}

/* Whether mention x is the agent of a hosting or brokering participle
 * ("talks between Armenia and Azerbaijan hosted by Kazakhstan", "a truce
 * brokered by Qatar"): a third party, not one of "both sides". */
static int broker_agent(const ts_sent *s, const ts_mention *x)
{
    static const ts_lit brokered[] = {LIT("hosted"),   LIT("brokered"),  LIT("mediated"), LIT("sponsored"),
                                      LIT("convened"), LIT("organised"), LIT("organized"), LIT("facilitated")};
    size_t b = x->t0;
    while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--;
    return b >= 2 && TOK_IS(s, b - 1, "by") && ts_tok_in(s, b - 2, brokered, sizeof brokered / sizeof brokered[0]);
}

/* The story's only two states so far, when it has no pair of one event:
 * "Maduro laid claim to Guyana's Essequibo region. Brazil urged both
 * countries to avoid unilateral steps". Not when either is the story's
 * venue ("talks in Havana after Ecuador ...": a host), nor when this
 * sentence names either (its speaker, whose words are of its own side).
 * Sets two[0] (the older) and two[1]; 1 when it did. */
static int story_two_states(const ts_sent *s, const char *two[2])
{
    const ts_ctx *x = s->ctx;
    if (!x->named[0][0] || !x->named[1][0] || x->named[2][0] || !strcmp(x->named[0], x->named[1]) ||
        !strcmp(x->named[0], x->scene) || !strcmp(x->named[1], x->scene))
        return 0; /* (the list holds no organisation nor region) */
    for (size_t k = 0; k < s->nm; k++)
        if (strlen(s->m[k].code) >= 3 &&
            (!strncmp(s->m[k].code, x->named[0], 3) || !strncmp(s->m[k].code, x->named[1], 3)))
            return 0;
    two[0] = x->named[1];
    two[1] = x->named[0];
    return 1;
}

/* "the warring parties", "the rival factions" at i (after "the") in a
 * story with no pair of sides, whose strife is inside one country (its
 * venue, or its only state): that country's parties, as for "all sides"
 * ("Libya's rival governments traded accusations. The UN envoy urged the
 * rival factions to reach a deal"). Adds the mention; 1 when it did. */
static int rival_sides_at_home(ts_sent *s, size_t i)
{
    static const ts_lit sides[] = {LIT("parties"), LIT("sides"), LIT("factions")};
    if (i + 1 >= s->ntok || !(TOK_IS(s, i, "warring") || TOK_IS(s, i, "rival")) ||
        !ts_tok_in(s, i + 1, sides, sizeof sides / sizeof sides[0]) || s->ctx->pair[0][0] ||
        s->nm + 1 > TS_MAX_MENTIONS)
        return 0;
    const char *cc = s->ctx->scene[0] ? s->ctx->scene : ts_ctx_only_state(s->ctx);
    if (!cc || ts_igo_code(cc))
        return 0;
    for (size_t k = 0; k < s->nm; k++)
        if (s->m[k].kind == M_NAME && strlen(s->m[k].code) >= 3 && !strncmp(s->m[k].code, cc, 3))
            return 0; /* "Libya's prime minister urged the rival factions": its own, not a third party's appeal */
    int mi = add_mention(s, i, i + 2, i + 1, M_NAME, cc);
    if (mi < 0)
        return 0;
    s->m[mi].resolved = 1;
    return 1;
}

#define RELATIVE_ASIDE_WORDS 10 /* from ", which" to the mention: ", which co-chairs the Minsk Group with" */

/* "Indonesia, which holds the bloc's chair, called on both sides": a party named in a
 * relative clause set off by commas, closed before token i, tells about the
 * subject; it is not one of the two sides nor any party of the main verb. */
static int relative_aside(const ts_sent *s, const ts_mention *x, size_t i)
{
    size_t r = (size_t)x->t0;
    int opened = 0;
    for (size_t k = r; k-- > 0 && k + RELATIVE_ASIDE_WORDS >= r;) {
        if (TOK_IS(s, k, "which") || TOK_IS(s, k, "who")) {
            opened = k > 0 && ts_is_comma(s, k - 1);
            break;
        }
        if (s->tok[k].kind == TK_PUNCT && !TOK_IS(s, k, "-"))
            return 0;
    }
    if (!opened)
        return 0;
    for (size_t k = (size_t)x->t1; k < i; k++)
        if (ts_is_comma(s, k))
            return 1;
    return 0;
}

/* Whether the story's last sentence told a joint act of two states (one
 * coded both ways: "Qatar and Kuwait signed a trade pact", "Ruto met
 * Hassan"): its two are the newest pair, before the story's first one. */
static int last_joint_pair(const ts_ctx *x)
{
    const char *a = x->last_src, *b = x->last_tgt;
    return x->joint && strlen(a) >= 3 && strlen(b) >= 3 && strncmp(a, b, 3) &&
           !ts_igo_code(a) && !ts_igo_code(b);
}

static int take_two(ts_sent *s, size_t i, int kind, size_t n)
{
    /* two sides may be of one country (a government and its rebels); two countries may not */
    size_t same = kind == TWO_AS_NAMED && (TOK_IS(s, n, "sides") || TOK_IS(s, n, "parties") ||
                                           TOK_IS(s, n, "factions") || TOK_IS(s, n, "camps") || TOK_IS(s, n, "side"))
                      ? TS_CODE_MAX
                      : 3;
    const char *two[2] = {s->ctx->recent[1], s->ctx->recent[0]};
    const ts_mention *near[2] = {NULL, NULL};
    for (size_t k = s->nm; k-- > 0 && !near[0];) {
        const ts_mention *x = &s->m[k];
        if (x->kind != M_NAME || strlen(x->code) < 3 || x->resolved ||
            (kind != TWO_AS_NAMED && x->t0 > 0 && (s->gram[x->t0 - 1] & G_LOC) && !(s->gram[x->t0 - 1] & G_PREP)) ||
            broker_agent(s, x) || relative_aside(s, x, i))
            continue; /* "met in Tokyo": a place, not one of the two countries; "hosted by Kazakhstan": a third */
        if (!near[1])
            near[1] = x;
        else if (strncmp(x->code, near[1]->code, same))
            near[0] = x;
    }
    if (near[0] && (subject_pair(s, near[0], near[1], i) || subject_pair_predicates(s, near[0], near[1], i)))
        near[0] = NULL; /* "Qatar and Egypt urged both sides": two others */
    if (near[0] && (ts_igo_code(near[0]->code) || ts_igo_code(near[1]->code)) && s->ctx->pair[0][0] &&
        s->ctx->pair[1][0] && !ts_igo_code(s->ctx->pair[0]) && !ts_igo_code(s->ctx->pair[1]))
        near[0] = NULL; /* "Phnom Penh asked the Security Council to meet, while Jakarta urged both
                           sides ...": the story's two at war, not a state and the body it asked */
    int struck_speaks = 0; /* "the rebels would make the two countries pay": the attacked speak of the two attackers */
    for (size_t k = 0; k < s->nm && s->ctx->co_attacker[0][0] && s->ctx->attacked[0]; k++)
        struck_speaks |= s->m[k].t0 < i && s->m[k].kind == M_NAME && !strncmp(s->m[k].code, s->ctx->attacked, 3);
    if (TOK_IS(s, n, "koreas")) {
        two[0] = "PRK"; /* "the two Koreas": the North and the South, whatever the story named */
        two[1] = "KOR";
    } else if (near[0]) {
        two[0] = near[0]->code;
        two[1] = near[1]->code;
    } else if (struck_speaks && kind != TWO_AS_NAMED) {
        two[0] = s->ctx->attacker;
        two[1] = s->ctx->co_attacker[0];
    } else if (same == 3 && last_joint_pair(s->ctx)) {
        two[0] = s->ctx->last_src; /* "Qatar and Kuwait signed a deal. The two countries also ...": the newest pair */
        two[1] = s->ctx->last_tgt;
    } else if (s->ctx->pair[0][0] && s->ctx->pair[1][0] &&
               (kind == TWO_AS_NAMED ? strcmp(s->ctx->pair[0], s->ctx->pair[1])
                                     : strncmp(s->ctx->pair[0], s->ctx->pair[1], 3))) {
        two[0] = s->ctx->pair[0]; /* the two parties of the story's last event between two */
        two[1] = s->ctx->pair[1];
    } else if ((kind == TWO_COUNTRY || kind == TWO_GOV) && story_two_states(s, two)) {
        ; /* "Maduro laid claim to Guyana's Essequibo region. Brazil urged both countries to ..." */
    } else if (kind != TWO_AS_NAMED || TOK_IS(s, i + 1, "sides") || TOK_IS(s, i + 1, "side")) {
        return 0; /* the story's last two actors are too often a host and a venue ("talks in Havana after Ecuador ...") */
    }
    if (!two[0][0] || !two[1][0] || (kind != TWO_AS_NAMED && !strncmp(two[0], two[1], same)))
        return 0;
    char c0[TS_CODE_MAX], c1[TS_CODE_MAX];
    two_code(c0, two[0], kind);
    two_code(c1, two[1], kind);
    int a = add_mention(s, i, n + 1, n, M_NAME, c0);
    int b = add_mention(s, n, n + 1, n, M_NAME, c1);
    if (a >= 0 && b >= 0) {
        s->m[a].resolved = s->m[b].resolved = 1;
        s->m[b].group = (int16_t)a;
        for (size_t k = i; k < n; k++)
            s->mid[k] = (int16_t)a;
        s->mid[n] = (int16_t)b;
    }
    return 1;
}

#define EACH_OTHER_WORDS 8 /* words from "each side" to "the other" */

/* "Each blamed the other", "each accused the other": "each" alone as the
 * subject, a verb of the dictionaries (not a noun of the patterns) right after it. */
static int each_verb(const ts_sent *s, size_t n)
{
    const ts_word *w = ts_w(s, n);
    return w && w->verb >= 0 && s->tok[n].kind == TK_WORD && s->tok[n].cas == CASE_LOWER && s->mid[n] < 0 &&
           (w->vform & VF_PAST);
}

/* "Each side accused the other of shelling civilians", "each country blamed
 * the other side": the story's two, each of them acting on the other (the
 * grammar reads "the other" after a verb whose subject opens with "each" as
 * "each other"); not "each side said it was ready", of no other. */
static int take_each(ts_sent *s, size_t *ip)
{
    static const ts_lit named[] = {LIT("side"), LIT("party"), LIT("camp"), LIT("faction")};
    static const ts_lit country[] = {LIT("country"), LIT("nation"), LIT("neighbour"), LIT("neighbor")};
    size_t i = *ip, n = i + 1;
    if (n + 2 >= s->ntok || s->nm + 2 > TS_MAX_MENTIONS)
        return 0;
    int kind = ts_tok_in(s, n, named, sizeof named / sizeof named[0])       ? TWO_AS_NAMED
               : ts_tok_in(s, n, country, sizeof country / sizeof country[0]) ? TWO_COUNTRY
               : TOK_IS(s, n, "government")                                 ? TWO_GOV
               : TOK_IS(s, n, "army")                                       ? TWO_MIL
                                                                            : TWO_NONE;
    if (kind == TWO_NONE && each_verb(s, n))
        kind = TWO_AS_NAMED, n = i; /* "Each blamed the other": "each" alone */
    if (kind == TWO_NONE)
        return 0;
    int other = 0;
    for (size_t k = n + 2; k < s->ntok && k <= n + EACH_OTHER_WORDS && !other; k++)
        other = TOK_IS(s, k, "other") && TOK_IS(s, k - 1, "the");
    if (!other || !take_two(s, i, kind, n))
        return 0;
    *ip = n + 1;
    return 1;
}

/* "called the junta illegitimate", "branded the protesters criminals": a
 * label of the pejorative class (one or two of them) that ends its phrase
 * (punctuation, a word of grammar such as "and", "last", "in", or nothing
 * after it) is the complement of a verb of calling, not the head of a
 * compound noun ("the police station"). */
static int label_after(const ts_sent *s, size_t k)
{
    if (!ts_in_class(s->d, ts_w(s, k), CL_PEJORATIVE))
        return 0;
    if (k + 2 < s->ntok && s->tok[k + 1].kind == TK_WORD && ts_in_class(s->d, ts_w(s, k + 1), CL_PEJORATIVE))
        k++; /* "fascist fanatics" */
    return k + 1 >= s->ntok || s->tok[k + 1].kind == TK_PUNCT || s->gram[k + 1]; /* "and", "last week", "in" */
}

/* Whether the story's last two actors are its pair, in either order, and
 * the last sentence told of a joint act: "Iran and Saudi Arabia met in
 * Beijing" (not "Police fired tear gas at protesters"). */
static int pair_is_last(const ts_ctx *x)
{
    if (!x->joint || !x->pair[0][0] || !x->pair[1][0] || !strcmp(x->pair[0], x->pair[1]))
        return 0;
    return (!strcmp(x->recent[0], x->pair[0]) && !strcmp(x->recent[1], x->pair[1])) ||
           (!strcmp(x->recent[0], x->pair[1]) && !strcmp(x->recent[1], x->pair[0]));
}

/* "Armenia and Azerbaijan held talks on Friday. Washington urged them to
 * sign the treaty", "... The UN called on them to": "them" right after
 * the verb (or its "on") of a sentence that named only its subject so far,
 * when the last sentence told the story's pair's joint act, is the two. */
static int them_pair(const ts_sent *s, size_t i)
{
    if (!TOK_IS(s, i, "them") || i < 2 || s->nm > 1 || s->nm + 2 > TS_MAX_MENTIONS || !pair_is_last(s->ctx))
        return 0;
    size_t v = TOK_IS(s, i - 1, "on") || TOK_IS(s, i - 1, "upon") ? i - 2 : i - 1;
    const ts_word *w = ts_w(s, v);
    return w && w->verb >= 0 && s->tok[v].kind == TK_WORD && s->tok[v].cas == CASE_LOWER && s->mid[v] < 0;
}

/* "found the journalist guilty", "held the company liable": a verdict's
 * adjective after an unnamed agent is its complement, not a compound's head */
static int verdict_after(const ts_sent *s, size_t k)
{
    static const ts_lit verdict[] = {LIT("guilty"), LIT("liable"), LIT("responsible")};
    return k < s->ntok && ts_tok_in(s, k, verdict, sizeof verdict / sizeof verdict[0]);
}

/* Whether a party is a state's organ (a country, its government, army,
 * police, courts or parliament), not an armed group or people. */
static int state_organ(const char *c)
{
    size_t n = strlen(c);
    if (n == 3)
        return !ts_igo_code(c);
    return n == 6 && !ts_igo_code(c) &&
           (!strcmp(c + 3, "GOV") || !strcmp(c + 3, "MIL") || !strcmp(c + 3, "COP") || !strcmp(c + 3, "JUD") ||
            !strcmp(c + 3, "LEG"));
}

/* "Serb gunmen attacked a police patrol. The attackers barricaded themselves
 * in a monastery": a noun of the doers of force after "the" names a party of
 * the story's last use of force (ctx->assailant: not one that struck back at
 * the one before). "The attackers", "the assailants", "the perpetrators",
 * "the invaders", "the occupiers" are its doer; "the gunmen", "the
 * kidnappers", "the captors", "the hijackers" are armed men no state sends:
 * its doer when that is no state's organ, else its victim when that is an
 * armed group ("Israeli troops killed three gunmen in Jenin. The gunmen had
 * fired on ..."). NULL when the story told of none (unknown men it never
 * named are no actor) or a name follows ("the gunmen Hamas sent"). */
static const char *story_attacker(const ts_sent *s, size_t i)
{
    static const ts_lit doers[] = {LIT("attackers"), LIT("attacker"),  LIT("assailants"), LIT("assailant"),
                                   LIT("perpetrators"), LIT("perpetrator"), LIT("invaders"), LIT("occupiers")};
    static const ts_lit armed[] = {LIT("gunmen"),    LIT("gunman"),  LIT("kidnappers"), LIT("kidnapper"),
                                   LIT("abductors"), LIT("captors"), LIT("hijackers"),  LIT("raiders")};
    const ts_ctx *x = s->ctx;
    if (!x->assailant[0] || (i + 1 < s->ntok && s->tok[i + 1].kind == TK_WORD && s->tok[i + 1].cas != CASE_LOWER) ||
        is_possessive(s, i + 1))
        return NULL; /* "the attackers' car": left to the phrase composer, as before */
    if (ts_tok_in(s, i, doers, sizeof doers / sizeof doers[0]))
        return x->assailant;
    if (!ts_tok_in(s, i, armed, sizeof armed / sizeof armed[0]))
        return NULL;
    if (!state_organ(x->assailant))
        return x->assailant;
    return x->assailed[0] && !state_organ(x->assailed) && strlen(x->assailed) == 6 && !strcmp(x->assailed + 3, "REB")
               ? x->assailed
               : NULL;
}

/* "Pakistan's army said all six attackers had been killed", "police said
 * one attacker was shot dead and another captured": the doers of the
 * story's last use of force counted, as story_attacker's after "the"; only
 * the words that name them by the act itself ("attackers", "assailants"). */
static int counted_attackers(const ts_sent *s, size_t i, int kind)
{
    static const ts_lit doers[] = {LIT("attackers"), LIT("attacker"), LIT("assailants"), LIT("assailant")};
    static const ts_lit counts[] = {LIT("all"),  LIT("both"), LIT("one"),   LIT("two"),   LIT("three"),
                                    LIT("four"), LIT("five"), LIT("six"),   LIT("seven"), LIT("eight"),
                                    LIT("nine"), LIT("ten"),  LIT("several"), LIT("another")};
    if (kind || i == 0 || !ts_tok_in(s, i, doers, sizeof doers / sizeof doers[0]))
        return 0;
    return s->tok[i - 1].kind == TK_NUM || ts_tok_in(s, i - 1, counts, sizeof counts / sizeof counts[0]);
}

/* "Thousands of Iraqis protested outside the US embassy ... Police dispersed
 * the protesters": a noun of the crowd after "the" (the protesters, the
 * demonstrators, the rioters, the mob, the crowd) names the people of the
 * story's last protest (ctx->protesters), not the country last named (the
 * embassy's); code gets its code, a people's as their civilians. 0: the
 * story told of no protest, or the noun is not one of them. */
static int story_protesters(const ts_sent *s, size_t i, char code[TS_CODE_MAX])
{
    static const ts_lit crowd[] = {LIT("protesters"), LIT("protestors"), LIT("demonstrators"), LIT("rioters"),
                                   LIT("marchers"),   LIT("mob"),        LIT("crowd"),         LIT("crowds")};
    const char *p = s->ctx->protesters;
    if (!p[0] || !ts_tok_in(s, i, crowd, sizeof crowd / sizeof crowd[0]) || is_possessive(s, i + 1))
        return 0;
    if (i + 1 < s->ntok && s->tok[i + 1].kind == TK_WORD && s->tok[i + 1].cas == CASE_LOWER && !s->gram[i + 1] &&
        !(ts_w(s, i + 1) && ts_w(s, i + 1)->verb >= 0))
        return 0; /* "the crowd control unit": a noun's modifier */
    if (strlen(p) == 3)
        compose(code, p, "CVL");
    else
        set_code(code, p);
    return 1;
}

static const ts_lit envoy_nouns[] = {LIT("ambassador"), LIT("envoy")};

/* "Niger's junta ordered police to expel France's ambassador. The junta had
 * given the envoy 48 hours to leave": "the ambassador", "the envoy" (an
 * agent at i after "the", no "of" or "to" after it) is the envoy the story
 * named with a country (ctx->envoy), not the country it named last. NULL:
 * it named none. */
static const char *story_envoy(const ts_sent *s, const piece *p, size_t i)
{
    if (!s->ctx->envoy[0] || p->kind != K_AGENT || p->end != i + 1 ||
        !ts_tok_in(s, i, envoy_nouns, sizeof envoy_nouns / sizeof envoy_nouns[0]) || is_possessive(s, p->end))
        return NULL;
    if (i + 1 < s->ntok && (TOK_IS(s, i + 1, "of") || TOK_IS(s, i + 1, "to") || TOK_IS(s, i + 1, "for")))
        return NULL; /* "the ambassador to Moscow", "the envoy for Yemen": named here */
    return s->ctx->envoy;
}

/* Whether the phrase [t0, end) names soldiers who seized or seek power:
 * "junta", "putschists", "mutineers", "coup leaders", "military rulers". */
static int rulers_noun(const ts_sent *s, size_t t0, size_t end)
{
    static const ts_lit alone[] = {LIT("junta"), LIT("putschists"), LIT("mutineers")};
    static const ts_lit of_coup[] = {LIT("leaders"), LIT("plotters"), LIT("makers")};
    if (end <= t0 || end > s->ntok)
        return 0;
    size_t h = end - 1;
    if (ts_tok_in(s, h, alone, sizeof alone / sizeof alone[0]))
        return 1;
    return h > t0 && ((TOK_IS(s, h - 1, "coup") && ts_tok_in(s, h, of_coup, sizeof of_coup / sizeof of_coup[0])) ||
                      (TOK_IS(s, h - 1, "military") && TOK_IS(s, h, "rulers")));
}

#define COUP_CLAUSE_WORDS 4 /* words from "who" to the power or coup it seized */

/* "the soldiers who seized power", "the officers who staged the coup": a
 * relative clause at k that says soldiers took power. */
static int coup_clause(const ts_sent *s, size_t k)
{
    static const ts_lit took[] = {LIT("seized"), LIT("took"), LIT("grabbed"), LIT("staged"), LIT("led")};
    static const ts_lit what[] = {LIT("power"), LIT("coup"), LIT("putsch"), LIT("mutiny")};
    if (k + 2 >= s->ntok || !(TOK_IS(s, k, "who") || TOK_IS(s, k, "that")))
        return 0;
    size_t v = k + 1;
    if (v + 1 < s->ntok && (TOK_IS(s, v, "have") || TOK_IS(s, v, "had")))
        v++;
    if (!ts_tok_in(s, v, took, sizeof took / sizeof took[0]))
        return 0;
    for (size_t q = v + 1; q < s->ntok && q <= v + COUP_CLAUSE_WORDS; q++)
        if (ts_tok_in(s, q, what, sizeof what / sizeof what[0]))
            return 1;
    return 0;
}

/* "Soldiers in Niger seized power", "Army officers in Burkina Faso staged a
 * coup": the verb at k says that soldiers took power. */
static int seized_power(const ts_sent *s, size_t k)
{
    static const ts_lit took[] = {LIT("seized"), LIT("took"), LIT("grabbed"), LIT("staged"), LIT("launched")};
    if (k + 1 < s->ntok && (TOK_IS(s, k, "have") || TOK_IS(s, k, "has") || TOK_IS(s, k, "had")))
        k++;
    if (k + 1 >= s->ntok || !ts_tok_in(s, k, took, sizeof took / sizeof took[0]))
        return 0;
    if (TOK_IS(s, k + 1, "power"))
        return TOK_IS(s, k, "seized") || TOK_IS(s, k, "took") || TOK_IS(s, k, "grabbed");
    return k + 2 < s->ntok && TOK_IS(s, k + 1, "a") && TOK_IS(s, k + 2, "coup") &&
           (TOK_IS(s, k, "staged") || TOK_IS(s, k, "launched"));
}

/* "Niger's military rulers expelled the ambassador. France condemned the
 * coup. The junta ordered ...": "the junta", "the putschists", "the
 * mutineers", "the coup leaders", "the soldiers who seized power" (an agent
 * phrase p at i after "the") are the rulers of the country whose junta the
 * story named (ctx->rulers), not of the country it named last. 0: the story
 * named none. */
static int story_rulers(const ts_sent *s, const piece *p, size_t i, char code[TS_CODE_MAX])
{
    if (!s->ctx->rulers[0] || p->kind != K_AGENT ||
        !(rulers_noun(s, i, p->end) || (!strcmp(p->e->code, "MIL") && coup_clause(s, p->end))))
        return 0;
    compose(code, s->ctx->rulers, p->e->code);
    return 1;
}

/* "the junta's spokesman", "the junta's leader": the agent after the
 * possessive, of the story's coup rulers' country (story_rulers); the
 * token after the phrase, or 0 when no agent follows. */
static size_t rulers_agent(const ts_sent *s, const piece *p, char code[TS_CODE_MAX])
{
    if (!is_possessive(s, p->end) || p->end + 1 >= s->ntok)
        return 0;
    piece ag = longest(s, p->end + 1);
    if (ag.kind != K_AGENT || !strcmp(ag.e->code, "WPN"))
        return 0;
    compose(code, s->ctx->rulers, ag.e->code);
    return ag.end;
}

/* "Russian troops shelled Kharkiv. Ukraine's foreign ministry condemned the
 * attack. The soldiers also fired on a hospital": "the troops", "the
 * soldiers", "the forces" are the army of the story's last use of force
 * (ctx->assailant) when it struck no army (a town, people, a state), not of
 * the country named last; NULL when the story's force was a battle of two
 * armies, or no army's. */
static const char *story_troops(const ts_sent *s, const piece *p, size_t i)
{
    static const ts_lit troops[] = {LIT("troops"), LIT("soldiers"), LIT("forces")};
    const ts_ctx *x = s->ctx;
    if (p->kind != K_AGENT || p->end != i + 1 || !ts_tok_in(s, i, troops, sizeof troops / sizeof troops[0]) ||
        strlen(x->assailant) != 6 || strcmp(x->assailant + 3, "MIL") || ts_igo_code(x->assailant) ||
        (strlen(x->assailed) == 6 && (!strcmp(x->assailed + 3, "MIL") || !strcmp(x->assailed + 3, "REB"))) ||
        is_possessive(s, p->end) || coup_clause(s, p->end))
        return NULL;
    return x->assailant;
}

/* "Hamas gunmen took 200 Israelis hostage. ... The captors freed the
 * hostages in Gaza": "the hostages", "the captives", "the abductees" (an
 * agent at i after "the") are the people the story's last abduction took
 * (ctx->captives), a people's as their civilians; not the place where they
 * are held. 0: the story told of none. */
static int story_captives(const ts_sent *s, const piece *p, size_t i, char code[TS_CODE_MAX])
{
    static const ts_lit taken[] = {LIT("hostages"), LIT("captives"), LIT("abductees")};
    const char *c = s->ctx->captives;
    if (!c[0] || (p->kind && p->end != i + 1) || is_possessive(s, i + 1) ||
        !ts_tok_in(s, i, taken, sizeof taken / sizeof taken[0]))
        return 0;
    if (strlen(c) == 3)
        compose(code, c, "CVL");
    else
        set_code(code, c);
    return 1;
}

/* The states that wire copy names by their region or kind instead of their
 * name ("the South American country", "the Gulf kingdom", "the ex-Soviet
 * republic", "the Horn of Africa nation"): a key among the words before the
 * noun (lower case, hyphens as spaces, between spaces) and the states it
 * may be. The first key found counts, so a narrower one comes first. */
static const struct {
    const char *key, *states;
} state_regions[] = {
    {" south american ", "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN"},
    {" central american ", "BLZ GTM HND SLV NIC CRI PAN"},
    {" latin american ", "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN MEX GTM HND SLV NIC CRI PAN CUB DOM"},
    {" north american ", "USA CAN MEX"},
    {" andean ", "BOL COL ECU PER CHL VEN"},
    {" caribbean ", "CUB DOM HTI JAM TTO BHS BRB DMA GRD KNA LCA VCT ATG"},
    {" west african ", "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO"},
    {" sahel ", "MLI NER BFA TCD MRT"},
    {" sahelian ", "MLI NER BFA TCD MRT"},
    {" horn of africa ", "ETH SOM DJI ERI"},
    {" east african ", "KEN TZA UGA RWA BDI ETH SOM DJI ERI SSD"},
    {" central african ", "CAF COD COG CMR GAB TCD GNQ"},
    {" north african ", "DZA EGY LBY MAR TUN MRT SDN"},
    {" southern african ", "ZAF ZWE ZMB MOZ NAM BWA LSO SWZ MWI AGO MDG"},
    {" african ", "DZA AGO BEN BWA BFA BDI CMR CPV CAF TCD COM COD COG CIV DJI EGY GNQ ERI SWZ ETH GAB GMB "
                  "GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM "
                  "ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE"},
    {" indian ocean ", "MDG MUS SYC MDV COM LKA"},
    {" gulf ", "SAU ARE QAT KWT BHR OMN"},
    {" arab ", "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM"},
    {" middle eastern ", "SAU ARE QAT KWT BHR OMN IRQ IRN ISR JOR LBN SYR YEM TUR EGY PSE"},
    {" himalayan ", "NPL BTN"},
    {" south asian ", "IND PAK BGD LKA NPL BTN MDV AFG"},
    {" southeast asian ", "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM"},
    {" south east asian ", "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM"},
    {" central asian ", "KAZ KGZ TJK TKM UZB"},
    {" east asian ", "CHN JPN KOR PRK MNG TWN"},
    {" asian ", "AFG BGD BTN BRN KHM CHN IND IDN JPN KAZ KGZ LAO MYS MDV MNG MMR NPL PRK KOR PAK PHL SGP "
                "LKA TWN TJK THA TLS TKM UZB VNM"},
    {" caucasus ", "ARM AZE GEO"},
    {" caucasian ", "ARM AZE GEO"},
    {" caspian ", "AZE KAZ TKM IRN"},
    {" soviet ", "ARM AZE BLR EST GEO KAZ KGZ LVA LTU MDA TJK TKM UKR UZB"},
    {" baltic ", "EST LVA LTU"},
    {" nordic ", "DNK FIN ISL NOR SWE"},
    {" scandinavian ", "DNK NOR SWE"},
    {" balkan ", "ALB BIH BGR HRV GRC KSV MNE MKD ROU SRB SVN"},
    {" alpine ", "AUT CHE LIE"},
    {" central european ", "AUT CZE DEU HUN POL SVK SVN CHE"},
    {" eastern european ", "BLR BGR CZE HUN MDA POL ROU SVK UKR"},
    {" european ", "ALB AND AUT BEL BIH BGR BLR CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN IRL ISL "
                   "ITA KSV LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU SMR SRB SVK SVN SWE UKR VAT"},
    {" mediterranean ", "CYP MLT GRC ITA ESP LBN ISR TUN LBY DZA MAR EGY SYR TUR FRA HRV MNE ALB"},
    {" pacific ", "FJI PNG SLB VUT WSM TON KIR TUV NRU PLW FSM MHL"},
};

/* ... and the states a kind of state may be: "the island", "the emirate". */
static const struct {
    const char *noun, *states;
} state_nouns[] = {
    {"island", "CYP CUB TWN MDG LKA JPN IRL ISL MLT JAM HTI DOM SGP BHR MUS SYC MDV COM CPV STP TTO BHS "
               "BRB FJI PNG SLB VUT WSM TON KIR TUV NRU PLW FSM MHL NZL PHL IDN GBR GRL TLS"},
    {"emirate", "ARE QAT KWT"},
    {"kingdom", "SAU JOR MAR BHR GBR ESP THA NLD BEL SWE NOR DNK BTN KHM LSO SWZ TON"},
    {"sultanate", "OMN BRN"},
    {"monarchy", "SAU JOR MAR BHR GBR ESP THA NLD BEL SWE NOR DNK BTN KHM LSO SWZ TON ARE QAT KWT OMN BRN"},
};

/* Capitalised words a region is told with ("the Horn of Africa nation", "the
 * Muslim-majority country"); any other capitalised word names something. */
static const ts_lit region_caps[] = {
    LIT("south"),    LIT("north"),      LIT("east"),      LIT("west"),        LIT("central"),   LIT("southeast"),
    LIT("southern"), LIT("northern"),   LIT("eastern"),   LIT("western"),     LIT("horn"),      LIT("africa"),
    LIT("african"),  LIT("american"),   LIT("asian"),     LIT("european"),    LIT("gulf"),      LIT("himalayan"),
    LIT("balkan"),   LIT("baltic"),     LIT("nordic"),    LIT("scandinavian"), LIT("andean"),   LIT("sahel"),
    LIT("sahelian"), LIT("caribbean"),  LIT("pacific"),   LIT("arab"),        LIT("soviet"),    LIT("caucasus"),
    LIT("caucasian"), LIT("caspian"),   LIT("alpine"),    LIT("mediterranean"), LIT("ocean"),   LIT("middle"),
    LIT("latin"),    LIT("muslim"),     LIT("communist"), LIT("christian"),   LIT("buddhist"),  LIT("catholic"),
    LIT("arctic"),   LIT("indian")};

/* Words before the noun that make it no state of the story: a part of one
 * ("the breakaway republic", "the federal state"), or no state at all ("the
 * police state", "the member state"). */
static const ts_lit state_not[] = {
    LIT("breakaway"), LIT("self"),    LIT("separatist"), LIT("rebel"), LIT("autonomous"), LIT("federal"),
    LIT("member"),    LIT("host"),    LIT("home"),       LIT("police"), LIT("welfare"),   LIT("deep"),
    LIT("nanny"),     LIT("surveillance"), LIT("nation"), LIT("islamic"), LIT("sovereign"), LIT("independent"),
    LIT("new"),       LIT("future"),  LIT("own"),        LIT("same"),   LIT("other"),     LIT("first"),
    LIT("only"),      LIT("whole"),   LIT("entire"),     LIT("rest")};

static const ts_lit compass_adj[] = {LIT("north"),    LIT("south"),    LIT("east"),    LIT("west"),
                                     LIT("northern"), LIT("southern"), LIT("eastern"), LIT("western"),
                                     LIT("central"),  LIT("northeastern"), LIT("northwestern"), LIT("southeastern"),
                                     LIT("southwestern")};

static int state_noun(const ts_sent *s, size_t k)
{
    static const ts_lit nouns[] = {LIT("country"),  LIT("nation"), LIT("state"),     LIT("kingdom"),
                                   LIT("emirate"),  LIT("republic"), LIT("island"), LIT("sultanate"),
                                   LIT("monarchy"), LIT("archipelago")};
    return s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER &&
           ts_tok_in(s, k, nouns, sizeof nouns / sizeof nouns[0]);
}

static int code_listed(const char *list, const char *c)
{
    for (const char *p = list; *p; p += p[3] ? 4 : 3)
        if (!strncmp(p, c, 3))
            return 1;
    return 0;
}

/* The state this sentence named last before token i that is of region
 * and kind (either NULL: any), in cc; 0 when none. */
static int sentence_state(const ts_sent *s, size_t i, const char *region, const char *kind, char cc[4])
{
    for (size_t q = s->nm; q-- > 0;) {
        const char *c = s->m[q].code;
        if (s->m[q].t0 < i && (s->m[q].kind == M_NAME || s->m[q].kind == M_ADJ) && strlen(c) >= 3 &&
            !ts_igo_code(c) && !ts_region_code(c) && (!region || code_listed(region, c)) &&
            (!kind || code_listed(kind, c))) {
            memcpy(cc, c, 3);
            cc[3] = '\0';
            return 1;
        }
    }
    return 0;
}

/* "Taiwan's coast guard said Chinese vessels circled the island": the
 * state that reports, before a verb of saying, what the last party named
 * before i (the doer) did to the state told by its kind or region at i is
 * that state, when it is of that kind and not the doer's. Its code in cc;
 * 0 when none. */
static int reporting_state(const ts_sent *s, size_t i, const char *region, const char *kind, char cc[4])
{
    int doer = -1;
    for (size_t q = s->nm; q-- > 0 && doer < 0;)
        if (s->m[q].t0 < i && (s->m[q].kind == M_NAME || s->m[q].kind == M_ADJ) && strlen(s->m[q].code) >= 3)
            doer = (int)q;
    if (doer < 0)
        return 0;
    int said = 0;
    for (size_t k = (size_t)s->m[doer].t0; k-- > 0;) {
        said |= (s->gram[k] & G_SAY) != 0;
        int mq = s->mid[k];
        if (!said || mq < 0 || s->m[mq].t0 != k)
            continue;
        const char *c = s->m[mq].code;
        if ((s->m[mq].kind == M_NAME || s->m[mq].kind == M_ADJ) && strlen(c) >= 3 && !ts_igo_code(c) &&
            !ts_region_code(c) && strncmp(c, s->m[doer].code, 3) && (!region || code_listed(region, c)) &&
            (!kind || code_listed(kind, c))) {
            memcpy(cc, c, 3);
            cc[3] = '\0';
            return 1;
        }
    }
    return 0;
}

/* "Trump threatened tariffs against the South American country", "Iran
 * offered food to the gas-rich emirate", "the city-state's ambassador": a
 * state told by its region or kind after "the" at i (a word or more before
 * one of the nouns above, no name after it) is the story's last state of that
 * region and kind that this sentence has not named before it (a sentence
 * names a state and then its epithet for another: "Moscow warned the Nordic
 * nation"); with a region or kind, else one this sentence named ("Peru's
 * president said the Andean nation would ..."), or the one it stands in
 * apposition to. Returns the token after the noun, 0 when not such a phrase
 * or no state fits; its state in cc ("" when a name follows, "the nation of
 * Togo", the name's; "-" when a region's words fit no state: nobody). */
static size_t described_state(const ts_sent *s, size_t i, char cc[4])
{
    static const uint64_t noun_bits = TS_LIT_BIT("country") | TS_LIT_BIT("nation") | TS_LIT_BIT("state") |
                                      TS_LIT_BIT("kingdom") | TS_LIT_BIT("emirate") | TS_LIT_BIT("republic") |
                                      TS_LIT_BIT("island") | TS_LIT_BIT("sultanate") | TS_LIT_BIT("monarchy") |
                                      TS_LIT_BIT("archipelago");
    int any = 0; /* most "the ..." phrases hold no state noun: a cheap test first */
    for (size_t k = i; k < s->ntok && k < i + 6 && !any; k++)
        any = ts_tok_bit_in(s, k, noun_bits) && state_noun(s, k);
    if (!any)
        return 0;
    char mods[96] = " ";
    size_t ml = 1, head = 0, words = 0, compass = 0;
    for (size_t k = i; k < s->ntok && k < i + 6 && !head; k++) {
        const ts_tok *t = &s->tok[k];
        if (t->kind == TK_PUNCT) {
            if (!TOK_IS(s, k, "-") || k == i)
                return 0;
            continue;
        }
        if (t->kind != TK_WORD)
            return 0;
        if (state_noun(s, k) && !(k + 1 < s->ntok && state_noun(s, k + 1)) &&
            !(k + 1 < s->ntok && TOK_IS(s, k + 1, "-"))) {
            head = k; /* "the island nation": the last of them */
            break;
        }
        if (ts_tok_in(s, k, state_not, sizeof state_not / sizeof state_not[0]))
            return 0;
        if (t->cas == CASE_LOWER) {
            const ts_word *w = ts_w(s, k);
            int hyphened = k > i && TOK_IS(s, k - 1, "-");
            if (TOK_IS(s, k, "of") ? !(k > i && TOK_IS(s, k - 1, "horn")) : (s->gram[k] && !hyphened))
                return 0; /* "the rest of the country", "the two-state solution" */
            if (w && w->verb >= 0 && (w->vform & (VF_PAST | VF_S)) && !hyphened)
                return 0;
            if (t->len > 5 && !memcmp(s->text + t->off + t->len - 3, "est", 3))
                return 0; /* "the largest country in Africa", "the poorest nation": a description, no reference */
        } else if (!ts_tok_in(s, k, region_caps, sizeof region_caps / sizeof region_caps[0]) ||
                   (TOK_IS(s, k, "indian") && !(k + 1 < s->ntok && TOK_IS(s, k + 1, "ocean"))))
            return 0; /* "the Russian state", "the Islamic State": a name */
        compass += ts_tok_in(s, k, compass_adj, sizeof compass_adj / sizeof compass_adj[0]);
        words++;
        if (ml + t->len + 1 < sizeof mods) {
            for (size_t b = 0; b < t->len; b++) {
                char ch = s->text[t->off + b];
                mods[ml++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            }
            mods[ml++] = ' ';
        }
    }
    mods[ml] = '\0';
    int bare_kind = head && !words && (TOK_IS(s, head, "island") || TOK_IS(s, head, "emirate") ||
                                       TOK_IS(s, head, "sultanate"));
    if (bare_kind && (head != i || (s->ctx->land[0] && code_listed(state_nouns[0].states, s->ctx->land))))
        return 0; /* the story's island acted on (story_land), when an island */
    if (!head || (!words && !bare_kind) || (words && compass == words))
        return 0; /* "the state", "the northern state" (of a federation) */
    size_t e = head + 1;
    if (e < s->ntok && !is_possessive(s, e)) {
        const ts_tok *t = &s->tok[e];
        const ts_word *w = ts_w(s, e);
        if (t->kind == TK_WORD && t->cas != CASE_LOWER)
            return 0; /* "the island nation Tuvalu" */
        if (TOK_IS(s, e, "of") && e + 1 < s->ntok && s->tok[e + 1].cas != CASE_LOWER) {
            if (TOK_IS(s, head, "island"))
                return 0; /* "the Greek island of Crete", "the island of Lampedusa": often a part of a state */
            cc[0] = '\0';
            return e + 1; /* "the West African nation of Togo": its name follows, the name's */
        }
        if (t->kind == TK_WORD && !s->gram[e] && !(w && w->verb >= 0))
            return 0; /* "the island nation economy": a longer noun */
    }
    const char *region = NULL, *kind = NULL;
    for (size_t r = 0; r < sizeof state_regions / sizeof state_regions[0] && !region; r++)
        if (strstr(mods, state_regions[r].key))
            region = state_regions[r].states;
    for (size_t r = 0; r < sizeof state_nouns / sizeof state_nouns[0] && !kind; r++)
        if (ts_tok_is(s, head, state_nouns[r].noun, strlen(state_nouns[r].noun)))
            kind = state_nouns[r].states;
    if (!kind && (TOK_IS(s, head, "archipelago") || strstr(mods, " island ")))
        kind = state_nouns[0].states; /* "the island nation", "the Indian Ocean archipelago" */
    if (TOK_IS(s, head, "state") && strstr(mods, " city "))
        kind = "SGP VAT MCO"; /* "the city-state" */
    static const char *const struck[] = {"quake", "earthquake", "flood", "storm", "cyclone", "typhoon", "hurricane",
                                         "disaster", "drought", "tsunami"};
    for (size_t r = 0; r < sizeof struck / sizeof struck[0] && s->ctx->stricken[0] && !region; r++)
        if (strstr(mods, struck[r]))
            region = s->ctx->stricken; /* "the quake-hit country": the one the story's disaster struck */
    /* the mention in apposition before it: "Gustavo Petro, the South American country's leader" */
    if (i >= 3 && TOK_IS(s, i - 2, ",") && s->mid[i - 3] >= 0) {
        const char *c = s->m[s->mid[i - 3]].code;
        if (strlen(c) >= 3 && !ts_igo_code(c) && !ts_region_code(c) && (!region || code_listed(region, c)) &&
            (!kind || code_listed(kind, c))) {
            memcpy(cc, c, 3);
            cc[3] = '\0';
            return e;
        }
    }
    /* a subject ("Peru's president said the Andean nation would ..."): of its
       sentence first; what a verb or preposition acts on is another's */
    int object = i >= 2 && ((s->gram[i - 2] & (G_PREP | G_LOC | G_TO)) ||
                            (ts_w(s, i - 2) && ts_w(s, i - 2)->verb >= 0 && s->tok[i - 2].cas == CASE_LOWER &&
                             !s->gram[i - 2]));
    if (!object && sentence_state(s, i, region, kind, cc))
        return e;
    if (object && (region || kind) && reporting_state(s, i, region, kind, cc))
        return e;
    for (int k = 0; k < 8; k++) {
        const char *c = s->ctx->named[k];
        if (!c[0] || (region && !code_listed(region, c)) || (kind && !code_listed(kind, c)))
            continue;
        int here = 0;
        for (size_t q = 0; q < s->nm && !here; q++)
            here = s->m[q].t0 < i && !strncmp(s->m[q].code, c, 3);
        if (!here) {
            memcpy(cc, c, 4);
            return e;
        }
    }
    if ((region || kind) && sentence_state(s, i, region, kind, cc))
        return e;
    for (size_t k = i; k < head; k++) {
        piece r = longest(s, k);
        if ((r.kind == K_ADJ || r.kind == K_COUNTRY) && r.e && ts_region_code(r.e->code)) {
            memcpy(cc, "-", 2);
            return e; /* "the South American country" of no state the story named: no region either */
        }
    }
    return 0;
}

/* "Kinshasa accused its eastern neighbour of backing the rebels", "its
 * arch-rival", "its former colony": "its neighbour" after "its" at *ip,
 * pointing back to pc, is the state last named other than pc's, in the
 * sentence before it, else in the story. */
static int its_neighbour(ts_sent *s, const char *pc, size_t *ip)
{
    static const ts_lit sides[] = {LIT("eastern"), LIT("western"), LIT("northern"), LIT("southern"),
                                   LIT("giant"),   LIT("larger"),  LIT("smaller"),  LIT("small"), LIT("tiny"),
                                   LIT("former"),  LIT("arch"),    LIT("old"),      LIT("nuclear")};
    static const ts_lit others[] = {LIT("neighbour"), LIT("neighbor"), LIT("rival"), LIT("archrival"),
                                    LIT("foe"),       LIT("colony"),   LIT("adversary"), LIT("enemy")};
    size_t i = *ip, n = i + 1;
    if (n < s->ntok && ts_tok_in(s, n, sides, sizeof sides / sizeof sides[0]))
        n++;
    if (n + 1 < s->ntok && TOK_IS(s, n, "-") && s->tok[n + 1].cas == CASE_LOWER)
        n++; /* "its arch-rival", "its nuclear-armed neighbour" */
    if (n < s->ntok && TOK_IS(s, n, "armed"))
        n++;
    if (n >= s->ntok || strlen(pc) < 3 || ts_igo_code(pc) ||
        !ts_tok_in(s, n, others, sizeof others / sizeof others[0]) || is_possessive(s, n + 1))
        return 0;
    const char *c = NULL;
    for (size_t k = s->nm; k-- > 0 && !c;)
        if (s->m[k].t1 <= i && s->m[k].kind == M_NAME && strlen(s->m[k].code) >= 3 && !ts_igo_code(s->m[k].code) &&
            !ts_region_code(s->m[k].code) && strncmp(s->m[k].code, pc, 3))
            c = s->m[k].code;
    if (!c)
        c = ts_ctx_other_state(s->ctx, pc);
    if (!c || !c[0])
        return 0;
    char cc[4] = {c[0], c[1], c[2], '\0'};
    int mi = add_mention(s, i, n + 1, n, M_NAME, cc);
    if (mi >= 0)
        s->m[mi].resolved = 1;
    *ip = n + 1;
    return 1;
}

static size_t take_phrase(ts_sent *s, piece p, size_t i);

/* described_state's phrase as a mention, with the agent after it when
 * possessive ("the Sahel country's army": its army). */
static int take_described_state(ts_sent *s, size_t *ip)
{
    char cc[4];
    size_t i = *ip, end = described_state(s, i, cc);
    if (!end)
        return 0;
    if (cc[0] == '-') {
        *ip = end;
        return 1;
    }
    if (!cc[0]) {
        /* words that only describe the name after them: the name's phrase */
        piece np = longest(s, end);
        size_t nm0 = s->nm;
        if (np.kind != K_COUNTRY && np.kind != K_ACTOR)
            return 0;
        *ip = take_phrase(s, np, end);
        if (s->nm == nm0 + 1 && s->m[nm0].t0 == end) {
            s->m[nm0].t0 = (uint16_t)i;
            for (size_t k = i; k < end; k++)
                s->mid[k] = (int16_t)nm0;
        }
        return 1;
    }
    char code[TS_CODE_MAX];
    memcpy(code, cc, 4);
    size_t to = end;
    if (is_possessive(s, end)) {
        piece ag = longest(s, end + 1);
        if (ag.kind == K_AGENT && strcmp(ag.e->code, "WPN")) {
            compose(code, cc, ag.e->code);
            to = ag.end;
        }
    }
    int mi = add_mention(s, i, to, to - 1, M_NAME, code);
    if (mi >= 0)
        s->m[mi].resolved = 1;
    *ip = to;
    return 1;
}

/* "China launched drills around Taiwan. Beijing imposed trade restrictions
 * on the island": "the island", "the enclave" (at i after "the") are the
 * story's last state acted on as a whole (ctx->land), when the sentence
 * named no other state before it but the one that acts; NULL when it named
 * two, or the land is the actor's own ("the island's beaches" neither: a
 * possessive is left to the phrase composer). */
static const char *story_land(const ts_sent *s, const piece *p, size_t i)
{
    static const ts_lit land[] = {LIT("island"), LIT("enclave")}; /* not "the peninsula": Korea's in a story of
                                                                     missiles that fell off Japan */
    if (p->kind || !ts_tok_in(s, i, land, sizeof land / sizeof land[0]) || is_possessive(s, i + 1) ||
        (i + 1 < s->ntok && s->tok[i + 1].kind == TK_WORD && s->tok[i + 1].cas != CASE_LOWER))
        return NULL;
    const char *named = NULL;
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if ((x->kind != M_NAME && x->kind != M_ADJ) || strlen(x->code) < 3 || ts_igo_code(x->code) ||
            !strncmp(x->code, "WST", 3))
            continue;
        if (named && strncmp(named, x->code, 3))
            return NULL; /* two states named before it: it may be either's */
        named = x->code;
    }
    const char *c = s->ctx->land;
    return c[0] && !(named && !strncmp(named, c, 3)) ? c : NULL;
}

#define IT_VEHICLE_WORDS 8 /* words back from "it" to the vehicle it names */

/* Whether "it" at token i names an unnamed vehicle a few words before it in
 * the sentence ("torched a light aircraft with four aboard after it
 * touched down", "the ferry sank after it hit rocks"): no actor nor named weapon
 * ("a Russian jet") stands between. Such an "it" is no party, nor the
 * story's last state. */
static int vehicle_before(const ts_sent *s, size_t i)
{
    static const ts_lit vehicles[] = {LIT("plane"),   LIT("airliner"), LIT("aircraft"), LIT("flight"),
                                      LIT("helicopter"), LIT("ship"),  LIT("vessel"),   LIT("boat"),
                                      LIT("ferry"),   LIT("tanker"),   LIT("freighter"), LIT("train"),
                                      LIT("bus"),     LIT("truck"),    LIT("car"),      LIT("convoy")};
    if (!TOK_IS(s, i, "it"))
        return 0;
    for (size_t k = i; k-- > 0 && k + IT_VEHICLE_WORDS > i;) {
        if (s->mid[k] >= 0 || s->tok[k].kind != TK_WORD)
            return 0;
        if (ts_tok_in(s, k, vehicles, sizeof vehicles / sizeof vehicles[0]))
            return 1;
    }
    return 0;
}

/* The references that are not dictionary phrases: pronouns ("its troops",
 * "they"), a quoted "we", "the two leaders", and definite descriptions ("the
 * bloc", "the group", "the country", "the country's regulator") resolved from
 * the document's context. 1 if a mention was taken at *ip (then *ip is past
 * it), 0 if the token is left to the phrase composer. Asked only where
 * may_reference says one of its cases may apply: a new case must keep that
 * test true for its tokens. */
/* "Argentina temporarily closed its embassy": "its" (at i) right after a verb
 * (doing or saying) in the past or present whose subject, a state named just
 * before it (adverbs aside), opens the clause after a comma, "and" or the
 * sentence's start: that subject's. -1: not so (then the story decides; "X
 * accused Y of violating its airspace" is not this shape). */
static int clause_subject_before(const ts_sent *s, size_t i)
{
    if (i < 2 || s->mid[i - 1] >= 0 || s->tok[i - 1].cas != CASE_LOWER)
        return -1;
    const ts_word *w = ts_w(s, i - 1);
    if (!w || w->verb < 0 || !(w->vform & (VF_PAST | VF_S)))
        return -1;
    size_t e = i - 1;
    while (e > 0 && s->mid[e - 1] < 0 && s->tok[e - 1].kind == TK_WORD && s->tok[e - 1].cas == CASE_LOWER &&
           ((s->gram[e - 1] & (G_ADV | G_HAVE)) ||
            (s->tok[e - 1].len > 4 && !memcmp(s->text + s->tok[e - 1].off + s->tok[e - 1].len - 2, "ly", 2))))
        e--;
    if (e == 0 || s->mid[e - 1] < 0)
        return -1;
    int m = s->mid[e - 1];
    const ts_mention *x = &s->m[m];
    if (x->kind != M_NAME || x->t1 != e || strlen(x->code) != 3 || x->person)
        return -1;
    size_t b = x->t0;
    while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--;
    return b == 0 || (s->gram[b - 1] & G_AND) || TOK_IS(s, b - 1, ",") ? m : -1;
}

/* "the 15-nation bloc", "the 27-member bloc", "the regional bloc": the token
 * of "bloc" when the words from i (just after "the") up to it only count or
 * describe it, else 0. */
#define BLOC_DESC_WORDS 4 /* "15 - nation": tokens before "bloc" */
static size_t described_bloc(const ts_sent *s, size_t i)
{
    static const ts_lit desc[] = {LIT("nation"),   LIT("member"),   LIT("country"),  LIT("state"),
                                  LIT("regional"), LIT("trade"),    LIT("economic"), LIT("political"),
                                  LIT("monetary"), LIT("customs"),  LIT("strong")};
    for (size_t k = i; k < s->ntok && k < i + BLOC_DESC_WORDS + 1; k++) {
        if (TOK_IS(s, k, "bloc"))
            return k > i ? k : 0;
        if (s->mid[k] >= 0 || !(s->tok[k].kind == TK_NUM || TOK_IS(s, k, "-") ||
                                (s->tok[k].cas == CASE_LOWER && ts_tok_in(s, k, desc, sizeof desc / sizeof desc[0]))))
            return 0;
    }
    return 0;
}

/* The organisation "the bloc" at token i stands for: the last one named in
 * this sentence before it, else the story's (as for a bare "the bloc"). */
static const char *story_bloc(const ts_sent *s, size_t i)
{
    for (size_t k = s->nm; k-- > 0;)
        if (s->m[k].kind == M_NAME && (size_t)s->m[k].t1 <= i && ts_igo_code(s->m[k].code) &&
            strncmp(s->m[k].code, "UNO", 3) && strncmp(s->m[k].code, "NGO", 3) && strlen(s->m[k].code) <= 4)
            return s->m[k].code;
    return s->ctx->igo[0] ? s->ctx->igo : NULL;
}

/* "The leaders agreed", "The delegations signed": a sentence that opens
 * with "the" and a plural noun of parties (two_kind), then a lower-case
 * word; after a joint act of the story's pair it is the pair (take_two). */
static int the_pair_noun(const ts_sent *s)
{
    static const ts_lit nouns[] = {LIT("leaders"), LIT("sides"), LIT("presidents"), LIT("delegations"),
                                   LIT("governments"), LIT("neighbours"), LIT("neighbors")};
    return s->ntok > 2 && TOK_IS(s, 0, "the") && ts_tok_in(s, 1, nouns, sizeof nouns / sizeof nouns[0]) &&
           s->tok[2].kind == TK_WORD && s->tok[2].cas == CASE_LOWER && s->mid[1] < 0 &&
           !(s->gram[2] & (G_PREP | G_LOC | G_SUB | G_REL)); /* not "The leaders of the EU", "The leaders who" */
}

/* "the rival neighbours", "the feuding nations", "the former foes": a word
 * of enmity at i (and a second modifier at most), then a noun of two
 * countries or foes; that noun's token, else 0. */
static size_t feud_noun(const ts_sent *s, size_t i)
{
    static const ts_lit feud[] = {LIT("rival"),   LIT("feuding"), LIT("estranged"), LIT("hostile"),
                                  LIT("former"),  LIT("quarrelling"), LIT("quarreling"), LIT("warring")};
    static const ts_lit nouns[] = {LIT("neighbours"), LIT("neighbors"), LIT("countries"), LIT("nations"),
                                   LIT("foes"),       LIT("enemies"),   LIT("adversaries")};
    if (!ts_tok_in(s, i, feud, sizeof feud / sizeof feud[0]))
        return 0;
    for (size_t n = i + 1; n < s->ntok && n <= i + 2; n++) {
        if (ts_tok_in(s, n, nouns, sizeof nouns / sizeof nouns[0]))
            return n + 1 < s->ntok && (TOK_IS(s, n + 1, "of") || TOK_IS(s, n + 1, "'s")) ? 0 : n;
        if (s->tok[n].kind != TK_WORD || s->tok[n].cas != CASE_LOWER || s->gram[n] || s->mid[n] >= 0)
            return 0;
    }
    return 0;
}

/* "ministers", "premiers", "envoys" at k: officials of a government */
static int ministers_noun(const ts_sent *s, size_t k)
{
    static const ts_lit nouns[] = {LIT("ministers"), LIT("premiers"), LIT("envoys"), LIT("diplomats")};
    return ts_tok_in(s, k, nouns, sizeof nouns / sizeof nouns[0]);
}

/* The head of "foreign ministers", "prime ministers", "top diplomats" at i
 * (one or two office words, then ministers_noun), or i itself; 0 when i
 * opens office words with no such noun after them. */
static size_t office_head(const ts_sent *s, size_t i)
{
    static const ts_lit office[] = {LIT("foreign"),  LIT("prime"), LIT("defence"), LIT("defense"),
                                    LIT("interior"), LIT("top"),   LIT("chief"),   LIT("senior")};
    size_t h = i;
    while (h < i + 2 && h < s->ntok && s->tok[h].cas == CASE_LOWER && ts_tok_in(s, h, office, sizeof office / sizeof office[0]))
        h++;
    return h == i ? i : ministers_noun(s, h) ? h : 0;
}

/* What may stand before "the leaders of both sides": "the", or no
 * determiner ("met leaders of both sides"), not "their", "its", a name. */
static int heads_before_ok(const ts_sent *s, size_t i)
{
    return i > 0 && (TOK_IS(s, i - 1, "the") || (s->mid[i - 1] < 0 && !(s->gram[i - 1] & G_DET) &&
                                                  s->tok[i - 1].kind == TK_WORD && s->tok[i - 1].cas == CASE_LOWER));
}

/* "spoke with the leaders of both sides", "urged the governments of the two
 * countries": the heads or governments of the story's two (take_two), the
 * whole phrase theirs; their governments when the two are two countries,
 * else the two as named. 1 when taken (*ip past the phrase). */
static int take_heads_of_two(ts_sent *s, size_t *ip)
{
    static const ts_lit heads[] = {LIT("leaders"), LIT("presidents"), LIT("governments"), LIT("heads")};
    size_t i = *ip, h = office_head(s, i), b = h + 2;
    if (!h || !heads_before_ok(s, i) || b + 1 >= s->ntok ||
        (h == i && !ts_tok_in(s, i, heads, sizeof heads / sizeof heads[0]) && !ministers_noun(s, i)) ||
        !TOK_IS(s, h + 1, "of") || s->nm + 2 > TS_MAX_MENTIONS)
        return 0;
    if (TOK_IS(s, b, "the") && TOK_IS(s, b + 1, "two"))
        b++;
    else if (!TOK_IS(s, b, "both"))
        return 0;
    size_t n = two_noun(s, b);
    int kind = n ? two_kind(s, n) : TWO_NONE;
    if ((kind != TWO_AS_NAMED && kind != TWO_COUNTRY) || TOK_IS(s, n, "leaders") || TOK_IS(s, n, "presidents"))
        return 0;
    if (!take_two(s, i, TWO_GOV, n) && !take_two(s, i, TWO_AS_NAMED, n))
        return 0;
    *ip = n + 1;
    return 1;
}

static int take_reference(ts_sent *s, const piece *pp, size_t *ip)
{
    const tocsin_dict *d = s->d;
    const piece p = *pp;
    size_t i = *ip;
    if (take_heads_of_two(s, ip))
        return 1;
    if (!p.kind && i == 0 && TOK_IS(s, 0, "they") && s->ntok > 1 && s->tok[1].kind == TK_WORD &&
        s->tok[1].cas == CASE_LOWER && pair_is_last(s->ctx) && s->nm + 2 <= TS_MAX_MENTIONS &&
        take_two(s, 0, TWO_AS_NAMED, 0)) {
        *ip = 1; /* "Iran and Saudi Arabia met in Beijing. They agreed to reopen embassies": the two */
        return 1;
    }
    if (them_pair(s, i) && take_two(s, i, TWO_AS_NAMED, i)) {
        *ip = i + 1; /* "Armenia and Azerbaijan held talks. Washington urged them to sign": the two */
        return 1;
    }
    if (i == 1 && the_pair_noun(s) && pair_is_last(s->ctx) && s->nm + 2 <= TS_MAX_MENTIONS &&
        take_two(s, 0, two_kind(s, 1), 1)) {
        *ip = 2; /* "Greek and Turkish leaders met in Athens. The leaders agreed ...": the two */
        return 1;
    }
    /* pronoun possessive + agent: "its troops" */
    uint32_t g = s->gram[i];
    if (!p.kind && (g & (G_HE | G_IT | G_THEY))) {
        const char *pc = pronoun_code(s, g, i);
        piece a = longest(s, i + 1);
        int own = a.kind == K_AGENT && (g & (G_IT | G_THEY)) ? clause_subject_before(s, i) : -1;
        if (own >= 0)
            pc = s->m[own].code; /* "..., and Argentina recalled its ambassador": Argentina's */
        if (a.kind == K_AGENT && (g & (G_IT | G_THEY | G_HE)) && pc) {
            char code[TS_CODE_MAX];
            compose(code, pc, a.e->code);
            int mi = add_mention(s, i, a.end, a.end - 1, M_NAME, code);
            if (mi >= 0)
                s->m[mi].resolved = 1;
            *ip = a.end;
            return 1;
        }
        if (pc && (g & G_IT) && its_neighbour(s, pc, ip))
            return 1;
        size_t h = i + 1 < s->ntok && TOK_IS(s, i + 1, "home") ? i + 2 : i + 1; /* "his home country" */
        if (pc && strlen(pc) >= 3 && h < s->ntok &&
            (TOK_IS(s, h, "country") || TOK_IS(s, h, "nation")) && !is_possessive(s, h + 1)) {
            /* "said his country would send", "its nation": the country of the one it points back to */
            char cc[4] = {pc[0], pc[1], pc[2], '\0'};
            for (size_t k = s->nm; h == i + 2 && k-- > 0;) /* "expelled Peru's envoy, who was visiting his
                                                              home country": the nearest one named */
                if (s->m[k].kind == M_NAME && (size_t)s->m[k].t1 <= i && strlen(s->m[k].code) >= 3 &&
                    !ts_igo_code(s->m[k].code)) {
                    memcpy(cc, s->m[k].code, 3);
                    break;
                }
            int mi = add_mention(s, i, h + 1, h, M_NAME, cc);
            if (mi >= 0)
                s->m[mi].resolved = 1;
            *ip = h + 1;
            return 1;
        }
        /* subject/object pronouns only; possessives before nouns are not actors */
        const char *n = s->tok[i].word >= 0 ? ts_lex_name(&d->lex, s->tok[i].word) : "";
        int possessive = !strcmp(n, "its") || !strcmp(n, "their") || !strcmp(n, "his") ||
                         (!strcmp(n, "her") && i + 1 < s->ntok && s->tok[i + 1].kind == TK_WORD &&
                          !(s->gram[i + 1] & (G_PREP | G_LOC | G_AND | G_CONJ | G_SUB)));
        if (!possessive && s->tok[i].kind == TK_WORD && (g & G_IT) && vehicle_before(s, i)) {
            *ip = i + 1; /* "torched a light aircraft after it touched down": the aircraft, no party */
            return 1;
        }
        if (!possessive && s->tok[i].kind == TK_WORD) {
            pc = object_pronoun_code(s, g, i);
            /* "Thousands of students gathered outside city hall, where they
               clashed with riot police": the people named before it, of no
               country yet, whose country the grammar finds as for them */
            const char *crowd = NULL;
            for (size_t k = s->nm; (g & G_THEY) && k-- > 0 && !crowd;) {
                const ts_mention *x = &s->m[k];
                if (x->kind == M_UNRES && x->t0 > 0 && TOK_IS(s, x->t0 - 1, "on") && !strcmp(x->sector, "MED"))
                    continue; /* "The mutineers announced on state television that they": a channel */
                if (x->kind == M_UNRES && x->sector[0] && strstr("CVL OPP LAB MED EDU", x->sector))
                    crowd = x->sector;
                else if (x->kind == M_NAME || x->kind == M_PRON)
                    break;
            }
            int mi = add_mention(s, i, i + 1, i, pc && !crowd ? M_PRON : M_UNRES, crowd ? NULL : pc);
            if (mi >= 0) {
                s->m[mi].resolved = 1;
                s->m[mi].person = (g & G_HE) != 0;
                if (crowd)
                    memcpy(s->m[mi].sector, crowd, 4);
                else if (pc)
                    plural_pronoun_group(s, mi, g);
            }
        }
        *ip = i + 1;
        return 1;
    }
    if (!p.kind && TOK_IS(s, i, "each") && take_each(s, ip))
        return 1;
    if (!p.kind && (g & G_WE) && TOK_IS(s, i, "we") && s->tok[i].kind == TK_WORD) {
        /* "'We will respond,' Iran said": an unnamed speaker's side; the
           grammar gives it the speaker of the sentence, else no event */
        int mi = add_mention(s, i, i + 1, i, M_UNRES, NULL);
        if (mi >= 0)
            s->m[mi].resolved = 1;
        *ip = i + 1;
        return 1;
    }
    /* the definite descriptions below follow "the": looked at once */
    int after_the = !p.kind && i > 0 && TOK_IS(s, i - 1, "the");
    if (after_the && (TOK_IS(s, i, "three") || TOK_IS(s, i, "four")) && i + 1 < s->ntok &&
        s->ctx->nmany == (TOK_IS(s, i, "three") ? 3 : 4) && s->nm + s->ctx->nmany <= TS_MAX_MENTIONS) {
        /* "the three countries", after "Spain, Ireland and Norway recognised ..." */
        size_t n = two_noun(s, i);
        if (n > i + 1 && two_region_word(s, i + 1))
            n = 0; /* "the three Baltic states — Latvia, ...": a kind, often listed right there */
        int kind = n ? two_kind(s, n) : TWO_NONE;
        if (kind == TWO_COUNTRY || kind == TWO_GOV || kind == TWO_MIL) {
            int first = -1;
            for (int k = 0; k < s->ctx->nmany; k++) {
                char c[TS_CODE_MAX];
                two_code(c, s->ctx->many[k], kind);
                int mi = add_mention(s, k ? n : i, n + 1, n, M_NAME, c);
                if (mi < 0)
                    break;
                s->m[mi].resolved = 1;
                if (first < 0)
                    first = mi;
                s->m[mi].group = (int16_t)first;
            }
            if (first >= 0) {
                for (size_t k = i; k <= n; k++)
                    s->mid[k] = (int16_t)first;
                *ip = n + 1;
                return 1;
            }
        }
    }
    if (after_the && (TOK_IS(s, i, "warring") || TOK_IS(s, i, "rival")) && i + 1 < s->ntok &&
        (TOK_IS(s, i + 1, "parties") || TOK_IS(s, i + 1, "sides") || TOK_IS(s, i + 1, "factions") ||
         TOK_IS(s, i + 1, "generals")) &&
        s->nm + 2 <= TS_MAX_MENTIONS && take_two(s, i, TWO_AS_NAMED, i + 1)) {
        *ip = i + 2; /* "called on the warring parties to halt the fighting": the story's two */
        return 1;
    }
    if (after_the && rival_sides_at_home(s, i)) {
        *ip = i + 2; /* "Libya's rival governments traded blame. The UN urged the rival factions to talk" */
        return 1;
    }
    size_t fn = after_the ? feud_noun(s, i) : 0;
    if (fn && s->nm + 2 <= TS_MAX_MENTIONS && take_two(s, i, two_kind(s, fn), fn)) {
        *ip = fn + 1; /* "urged the feuding neighbours to talk", "hosted the former foes" */
        return 1;
    }
    static const ts_lit strife[] = {LIT("conflict"), LIT("war"), LIT("fighting"), LIT("dispute")};
    int paired = s->ctx->pair[0][0] && s->ctx->pair[1][0];
    if (after_the && paired && TOK_IS(s, i, "belligerents") && s->nm + 2 <= TS_MAX_MENTIONS &&
        take_two(s, i, TWO_AS_NAMED, i)) {
        *ip = i + 1; /* "called on the belligerents to halt the fighting": the story's two */
        return 1;
    }
    if (after_the && paired && TOK_IS(s, i, "parties") && i + 3 < s->ntok && TOK_IS(s, i + 1, "to") &&
        TOK_IS(s, i + 2, "the") && ts_tok_in(s, i + 3, strife, sizeof strife / sizeof strife[0]) &&
        s->nm + 2 <= TS_MAX_MENTIONS && take_two(s, i, TWO_AS_NAMED, i + 3)) {
        *ip = i + 4; /* "urged the parties to the conflict to show restraint" */
        return 1;
    }
    if (TOK_IS(s, i, "all") && i > 0 && !after_the && i + 1 < s->ntok &&
        (TOK_IS(s, i + 1, "parties") || TOK_IS(s, i + 1, "sides") || TOK_IS(s, i + 1, "factions")) &&
        s->nm + 2 <= TS_MAX_MENTIONS) {
        /* "urged all parties to exercise restraint", "called on all sides to the
           conflict to stop": the story's two, or in a story of strife inside one
           country with no pair yet, that country's parties */
        size_t e = i + 2;
        if (e + 2 < s->ntok && TOK_IS(s, e, "to") && TOK_IS(s, e + 1, "the") &&
            ts_tok_in(s, e + 2, strife, sizeof strife / sizeof strife[0]))
            e += 3;
        if (paired && take_two(s, i, TWO_AS_NAMED, e - 1)) {
            *ip = e;
            return 1;
        }
        const char *cc = s->ctx->scene[0] ? s->ctx->scene : ts_ctx_only_state(s->ctx);
        if (cc && !ts_igo_code(cc)) { /* (also when the story's pair could not be taken) */
            int mi = add_mention(s, i, e, i + 1, M_NAME, cc);
            if (mi >= 0) {
                s->m[mi].resolved = 1;
                *ip = e;
                return 1;
            }
        }
    }
    if (after_the && (TOK_IS(s, i, "neighbours") || TOK_IS(s, i, "neighbors")) && s->nm + 2 <= TS_MAX_MENTIONS &&
        !(i + 1 < s->ntok && (TOK_IS(s, i + 1, "of") || TOK_IS(s, i + 1, "'s"))) && take_two(s, i, TWO_COUNTRY, i)) {
        *ip = i + 1; /* "welcomed the rapprochement between the neighbours": the story's two countries */
        return 1;
    }
    if (((after_the && TOK_IS(s, i, "two")) || (!p.kind && TOK_IS(s, i, "both"))) && i + 1 < s->ntok &&
        s->nm + 2 <= TS_MAX_MENTIONS) {
        size_t n = two_noun(s, i);
        int kind = n ? two_kind(s, n) : TWO_NONE;
        if (kind != TWO_NONE && take_two(s, i, kind, n)) {
            *ip = n + 1;
            if (TOK_IS(s, n, "heads") && n + 2 < s->ntok && s->mid[n] >= 0) {
                int b = s->mid[n]; /* "the two heads of state": the phrase is theirs */
                s->m[b].t1 = (uint16_t)(n + 3);
                s->mid[n + 1] = s->mid[n + 2] = (int16_t)b;
                *ip = n + 3;
            }
            return 1;
        }
    }
    static const ts_lit armed[] = {LIT("militant"), LIT("armed"),    LIT("rebel"),      LIT("insurgent"),
                                   LIT("jihadist"), LIT("islamist"), LIT("paramilitary"), LIT("separatist"),
                                   LIT("extremist"), LIT("terrorist")};
    if (i > 0 && TOK_IS(s, i - 1, "the") && i + 2 < s->ntok && s->ctx->reb[0] &&
        ts_tok_in(s, i, armed, sizeof armed / sizeof armed[0]) &&
        (TOK_IS(s, i + 1, "group") || TOK_IS(s, i + 1, "militia") || TOK_IS(s, i + 1, "movement") ||
         TOK_IS(s, i + 1, "faction") || TOK_IS(s, i + 1, "organisation") || TOK_IS(s, i + 1, "organization")) &&
        !(s->tok[i + 2].kind == TK_WORD && s->tok[i + 2].cas != CASE_LOWER)) {
        /* "the militant group thanked Qatar": the story's armed group, not a
           country of its sentence (but "the militant group Hamas" names it) */
        int mi = add_mention(s, i, i + 2, i + 1, M_NAME, s->ctx->reb);
        if (mi >= 0)
            s->m[mi].resolved = 1;
        *ip = i + 2;
        return 1;
    }
    static const ts_lit linked[] = {LIT("linked"), LIT("affiliated"), LIT("allied"), LIT("aligned"),
                                    LIT("backed"), LIT("inspired")};
    if (i > 0 && TOK_IS(s, i - 1, "the") && s->ctx->reb[0] && s->tok[i].kind == TK_WORD) {
        /* "the al Qaeda-linked group claimed the attack", "the Iran-backed militia":
           the story's armed group, not its patron */
        size_t q = i;
        while (q < s->ntok && q < i + 4 && !TOK_IS(s, q, "-"))
            q++;
        if (q > i && q + 2 < s->ntok && TOK_IS(s, q, "-") && ts_tok_in(s, q + 1, linked, sizeof linked / sizeof linked[0]) &&
            (TOK_IS(s, q + 2, "group") || TOK_IS(s, q + 2, "militia") || TOK_IS(s, q + 2, "movement") ||
             TOK_IS(s, q + 2, "faction") || TOK_IS(s, q + 2, "militants") || TOK_IS(s, q + 2, "rebels") ||
             TOK_IS(s, q + 2, "fighters") || TOK_IS(s, q + 2, "insurgents")) &&
            !(q + 3 < s->ntok && s->tok[q + 3].kind == TK_WORD && s->tok[q + 3].cas != CASE_LOWER)) {
            int mi = add_mention(s, i, q + 3, q + 2, M_NAME, s->ctx->reb);
            if (mi >= 0)
                s->m[mi].resolved = 1;
            *ip = q + 3;
            return 1;
        }
    }
    static const ts_lit fighters[] = {LIT("militia"), LIT("militias"), LIT("militants"), LIT("insurgents"),
                                      LIT("rebels"), LIT("jihadists"), LIT("guerrillas"), LIT("paramilitaries"),
                                      LIT("fighters"), LIT("separatists")};
    if (i > 0 && TOK_IS(s, i - 1, "the") && i + 1 < s->ntok && s->ctx->reb[0] &&
        ts_tok_in(s, i, fighters, sizeof fighters / sizeof fighters[0]) &&
        !(s->tok[i + 1].kind == TK_WORD && s->tok[i + 1].cas != CASE_LOWER)) {
        /* "members of the militia", "the rebels said": the story's armed group */
        int mi = add_mention(s, i, i + 1, i, M_NAME, s->ctx->reb);
        if (mi >= 0)
            s->m[mi].resolved = 1;
        *ip = i + 1;
        return 1;
    }
    if (i > 0 && TOK_IS(s, i - 1, "the") && take_described_state(s, ip))
        return 1;
    const char *defc = after_the || counted_attackers(s, i, p.kind) ? story_attacker(s, i) : NULL;
    char cbuf[4], crowd[TS_CODE_MAX];
    if (!defc && i > 0 && TOK_IS(s, i - 1, "the") && (!p.kind || p.end == i + 1) && story_protesters(s, i, crowd))
        defc = crowd; /* an agent of the dictionaries too ("protesters"), named from the story */
    if (!defc && i > 0 && TOK_IS(s, i - 1, "the"))
        defc = story_envoy(s, &p, i);
    if (!defc && i > 0 && TOK_IS(s, i - 1, "the"))
        defc = story_troops(s, &p, i);
    if (!defc && i > 0 && TOK_IS(s, i - 1, "the") && story_captives(s, &p, i, crowd))
        defc = crowd;
    if (!defc && after_the)
        defc = story_land(s, &p, i);
    if (!defc && i > 0 && TOK_IS(s, i - 1, "the") && story_rulers(s, &p, i, crowd)) {
        size_t end = p.end;
        if (is_possessive(s, p.end)) {
            end = rulers_agent(s, &p, crowd); /* "the junta's spokesman" */
            if (!end)
                return 0; /* "the junta's jet fuel suppliers": left to the phrase composer */
        }
        int mi = add_mention(s, i, end, end - 1, M_NAME, crowd); /* "the coup leaders": a phrase */
        if (mi >= 0)
            s->m[mi].resolved = 1;
        *ip = end;
        return 1;
    }
    size_t bw = after_the && !defc ? described_bloc(s, i) : 0;
    const char *bc = bw ? story_bloc(s, i) : NULL;
    if (bc) { /* "the 15-nation bloc": as "the bloc" */
        int mi = add_mention(s, i, bw + 1, bw, M_NAME, bc);
        if (mi >= 0)
            s->m[mi].resolved = 1;
        *ip = bw + 1;
        return 1;
    }
    if (after_the && !defc) {
        if (TOK_IS(s, i, "bloc") || TOK_IS(s, i, "alliance") || TOK_IS(s, i, "union")) {
            defc = s->ctx->igo[0] ? s->ctx->igo : NULL;
            for (size_t k = s->nm; k-- > 0;) /* "were leaving ECOWAS, accusing the bloc of ...": this sentence's */
                if (s->m[k].kind == M_NAME && (size_t)s->m[k].t1 <= i && ts_igo_code(s->m[k].code) &&
                    strncmp(s->m[k].code, "UNO", 3) && strncmp(s->m[k].code, "NGO", 3) && strlen(s->m[k].code) <= 4) {
                    defc = s->m[k].code;
                    break;
                }
        }
        else if (TOK_IS(s, i, "group") || TOK_IS(s, i, "militia") || TOK_IS(s, i, "movement") ||
                 TOK_IS(s, i, "militants") || TOK_IS(s, i, "insurgents")) {
            defc = s->ctx->reb[0] ? s->ctx->reb : NULL;
            for (size_t k = s->nm; k-- > 0;) /* "blamed Hezbollah and vowed that the group would pay" */
                if (s->m[k].kind == M_NAME && strlen(s->m[k].code) == 6 && !strcmp(s->m[k].code + 3, "REB")) {
                    defc = s->m[k].code;
                    break;
                }
        }
        else if ((TOK_IS(s, i, "country") || TOK_IS(s, i, "nation") || TOK_IS(s, i, "kingdom") ||
                  TOK_IS(s, i, "republic")) && !is_possessive(s, i + 1))
            defc = country_in_context(s, i, cbuf); /* "... said that the country is cutting ties" */
    }
    if (!defc && after_the && is_possessive(s, i + 1) &&
        (TOK_IS(s, i, "country") || TOK_IS(s, i, "nation") || TOK_IS(s, i, "kingdom"))) {
        /* "the country's media regulator", "the country's morality police": the country's agent */
        piece ag = longest(s, i + 2);
        for (size_t q = i + 2; ag.kind != K_AGENT && q < i + 4 && q + 1 < s->ntok && s->tok[q].kind == TK_WORD &&
                               s->tok[q].cas == CASE_LOWER && !s->gram[q] && !longest(s, q).kind;
             q++)
            ag = longest(s, q + 1);
        const char *cc = country_in_context(s, i, cbuf);
        if (ag.kind == K_AGENT && cc && strcmp(ag.e->code, "WPN")) {
            char code[TS_CODE_MAX];
            compose(code, cc, ag.e->code);
            int mi = add_mention(s, i, ag.end, ag.end - 1, M_NAME, code);
            if (mi >= 0)
                s->m[mi].resolved = 1;
            *ip = ag.end;
            return 1;
        }
    }
    if (defc) {
        int mi = add_mention(s, i, i + 1, i, M_NAME, defc);
        if (mi >= 0)
            s->m[mi].resolved = 1;
        *ip = i + 1;
        return 1;
    }
    return 0;
}

/* Whether take_reference can take token i (what each of its cases needs
 * first): a pronoun, "both" or "each" that starts no phrase, or any word after
 * "the". Most tokens are none, and are known here without the call. */
static inline int may_reference(const ts_sent *s, const piece *p, size_t i)
{
    return (!p->kind &&
            ((s->gram[i] & (G_HE | G_IT | G_THEY | G_WE)) || TOK_IS(s, i, "both") || TOK_IS(s, i, "each") ||
             TOK_IS(s, i, "all") || (s->tok[i].len >= 8 && counted_attackers(s, i, p->kind)))) ||
           (i > 0 && TOK_IS(s, i - 1, "the")) ||
           (i + 3 < s->ntok && TOK_IS(s, i + 1, "of") && /* "met leaders of both sides" (take_heads_of_two) */
            (TOK_IS(s, i + 2, "both") || (TOK_IS(s, i + 2, "the") && TOK_IS(s, i + 3, "two"))));
}

/* Nouns that describe an organisation in an apposition before its name. */
static int group_noun(const ts_sent *s, size_t i)
{
    static const ts_lit nouns[] = {LIT("group"),   LIT("movement"), LIT("organisation"), LIT("organization"),
                                   LIT("faction"), LIT("militia"),  LIT("outfit"),       LIT("party")};
    return ts_tok_in(s, i, nouns, sizeof nouns / sizeof nouns[0]);
}

#define MAX_DESC_WORDS 3 /* words between a description's country and its group noun */

/* "the Palestinian group Hamas", "the Lebanese militant group Hezbollah",
 * "the Syrian rebel group Hayat Tahrir al-Sham": a description (a country's
 * adjective, modifiers, a group noun) in apposition before a known
 * organisation. The phrase read so far ends at end with its head at head;
 * returns the organisation's first token, or 0 when no such name follows. */
static size_t described_name(const ts_sent *s, size_t head, size_t end)
{
    size_t k = end;
    int grp = group_noun(s, head);
    for (size_t n = 0; k < s->ntok && n <= MAX_DESC_WORDS; n++, k++) {
        const ts_tok *t = &s->tok[k];
        if (grp && t->kind == TK_WORD && t->cas != CASE_LOWER) {
            piece nx = longest(s, k);
            /* an organisation of its own: not a country ("the Gulf state Qatar"),
               nor a capital ("the group Washington designated") */
            if (nx.kind == K_ACTOR && nx.e && strlen(nx.e->code) == 6 && strcmp(nx.e->code + 3, "GOV"))
                return k;
        }
        if (n == MAX_DESC_WORDS || t->kind != TK_WORD)
            return 0;
        const ts_word *w = ts_w(s, k);
        int verb = w && w->verb >= 0 && (w->vform & (VF_PAST | VF_S));
        int plain = t->cas == CASE_LOWER ? !(s->gram[k] & ~(uint32_t)G_QUANT) && !verb /* "group": a quantity too */
                                         : capitalised_name(s, k) && !longest(s, k).kind;
        if (!plain)
            return 0; /* "Lebanese" ... "said", "and": no description */
        grp = group_noun(s, k);
    }
    return 0;
}

/* Composes one actor phrase from a run of dictionary pieces starting with p
 * at token i ("Russia's defence ministry", "the Supreme Leader of Iran",
 * "Turkish Bayraktar drones", "Foreign Secretary Vikram Misri") and adds its
 * mention. Returns the token after what was read. */
static int compass_word(const ts_sent *s, size_t k)
{
    static const ts_lit compass[] = {LIT("west"),  LIT("east"),    LIT("north"),
                                     LIT("south"), LIT("central"), LIT("far")};
    return ts_tok_in(s, k, compass, sizeof compass / sizeof compass[0]);
}

/* A compass word that is part of a region's name: joined to another by a
 * hyphen ("North-West", "South-East") or before a kind of region ("the West
 * region", "the East province"). Regions so named are many (Cameroon,
 * Nigeria's geopolitical zones, Burkina Faso, South Africa, Sierra Leone). */
static int compass_place(const ts_sent *s, size_t t0)
{
    static const ts_lit region[] = {LIT("region"),   LIT("regions"),    LIT("province"), LIT("provinces"),
                                    LIT("state"),    LIT("states"),     LIT("district"), LIT("department"),
                                    LIT("zone"),     LIT("governorate"), LIT("county"),  LIT("division")};
    if (!compass_word(s, t0) || s->tok[t0].cas == CASE_LOWER)
        return 0;
    if (t0 >= 2 && TOK_IS(s, t0 - 1, "-") && compass_word(s, t0 - 2))
        return 1; /* "North-West" */
    if (t0 + 2 < s->ntok && TOK_IS(s, t0 + 1, "-") && compass_word(s, t0 + 2))
        return 1; /* "West-Central" */
    return t0 + 1 < s->ntok && ts_tok_in(s, t0 + 1, region, sizeof region / sizeof region[0]);
}

/* "Militants linked to Islamic State", "fighters allied with the army": a
 * participle the lexicon lacks, with its preposition, after an agent: no noun
 * the agent modifies. */
static int participle_after(const ts_sent *s, size_t k)
{
    const ts_tok *t = &s->tok[k];
    if (k + 1 >= s->ntok || t->len < 5 || s->text[t->off + t->len - 2] != 'e' || s->text[t->off + t->len - 1] != 'd')
        return 0;
    return (s->gram[k + 1] & (G_PREP | G_BY | G_TO)) != 0;
}

/* "detained the protesters ahead of the vote", "held the activists
 * arbitrarily": an adverb the lexicon lacks after an agent, not a noun the
 * agent modifies ("police station"). Words in -ly are adverbs but for the
 * nouns among them ("the opposition rally", "the army's ally"). */
static int adverb_after(const ts_sent *s, size_t k)
{
    static const ts_lit adverbs[] = {LIT("ahead"),    LIT("prior"),     LIT("instead"),  LIT("abroad"),
                                     LIT("together"), LIT("alike"),     LIT("outright"), LIT("overseas"),
                                     LIT("anew"),     LIT("back"),      LIT("away"),     LIT("nearby"),
                                     LIT("elsewhere"), LIT("home"),     LIT("aside"),    LIT("apart"),
                                     LIT("there"),    LIT("here"),      LIT("too"),      LIT("en")};
    static const ts_lit ly_nouns[] = {LIT("rally"),   LIT("ally"),    LIT("assembly"), LIT("family"),
                                      LIT("supply"),  LIT("reply"),   LIT("monopoly"), LIT("tally"),
                                      LIT("anomaly"), LIT("daily"),   LIT("weekly"),   LIT("monthly"),
                                      LIT("quarterly"), LIT("melee"), LIT("bully"),    LIT("homily")};
    static const ts_lit when[] = {LIT("next"), LIT("last"), LIT("coming"), LIT("following")};
    if (ts_tok_in(s, k, adverbs, sizeof adverbs / sizeof adverbs[0]))
        return 1;
    if (k + 1 < s->ntok && (s->gram[k + 1] & G_TIME) && ts_tok_in(s, k, when, sizeof when / sizeof when[0]))
        return 1; /* "will meet opposition leaders next week": a time, not a noun the agent modifies */
    const ts_tok *t = &s->tok[k];
    return t->len > 4 && s->text[t->off + t->len - 2] == 'l' && s->text[t->off + t->len - 1] == 'y' &&
           !ts_tok_in(s, k, ly_nouns, sizeof ly_nouns / sizeof ly_nouns[0]);
}

/* The key of a learned name: token i folded to lower case; 0 if it does not fit. */
static int name_key(const ts_sent *s, size_t i, char key[TS_NAME_KEY])
{
    const ts_tok *t = &s->tok[i];
    if (t->kind != TK_WORD || t->len < 3 || t->len >= TS_NAME_KEY)
        return 0;
    for (size_t q = 0; q < t->len; q++) {
        char c = s->text[t->off + q];
        key[q] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    key[t->len] = '\0';
    return 1;
}

/* The code of a name the story taught (ts_ctx.names) that token i spells,
 * or NULL: "Zuniga", after "Bolivia's army chief, General Juan Jose Zuniga". */
static const char *learned_name(const ts_sent *s, size_t i)
{
    char key[TS_NAME_KEY];
    if (!s->ctx->nnames || !capitalised_name(s, i) || !name_key(s, i, key))
        return NULL;
    for (int k = 0; k < s->ctx->nnames; k++)
        if (!strcmp(s->ctx->names[k].key, key))
            return s->ctx->names[k].code;
    return NULL;
}

/* Remembers the surname of mention m's unknown name (uname) with code. */
static void learn_name(ts_sent *s, const ts_mention *m, const char *code)
{
    char key[TS_NAME_KEY];
    if (!m->uname || strlen(code) < 3 || (strlen(code) != 3 && strlen(code) != 6) || !strncmp(code, "NGO", 3) ||
        !name_key(s, (size_t)m->uname - 1, key))
        return; /* (an organisation's officer too: "OCHA spokesman Jens Laerke" is the UN's) */
    int n = s->ctx->nnames;
    for (int k = 0; k < n; k++)
        if (!strcmp(s->ctx->names[k].key, key)) {
            set_code(s->ctx->names[k].code, code);
            return;
        }
    if (n == TS_CTX_NAMES) { /* full: the oldest goes */
        memmove(&s->ctx->names[0], &s->ctx->names[1], (TS_CTX_NAMES - 1) * sizeof s->ctx->names[0]);
        n--;
    }
    memcpy(s->ctx->names[n].key, key, sizeof key);
    set_code(s->ctx->names[n].code, code);
    s->ctx->nnames = n + 1;
}

/* One person of a country, told by its adjective after "a" or "an": "A
 * Palestinian stabbed two Israeli soldiers", "an Israeli settler shot a
 * Palestinian teenager" (the assailant or the victim of a single act of
 * violence, as wire copy names them). The adjective ends at end; a noun for a
 * person may follow it, else a verb in the past must ("A Palestinian stabbed").
 * The end of the phrase, or 0 when it is an adjective ("a Russian drone"). */
static size_t lone_national(const ts_sent *s, size_t t0, size_t end)
{
    static const ts_lit one[] = {LIT("man"),     LIT("woman"),   LIT("boy"),     LIT("girl"),
                                 LIT("youth"),   LIT("teenager"), LIT("teen"),   LIT("settler"),
                                 LIT("gunman"),  LIT("assailant"), LIT("attacker"), LIT("driver"),
                                 LIT("farmer"),  LIT("shepherd"), LIT("worker"), LIT("student")};
    if (t0 == 0 || end >= s->ntok || !(TOK_IS(s, t0 - 1, "a") || TOK_IS(s, t0 - 1, "an")))
        return 0;
    if (t0 >= 2 && TOK_IS(s, t0 - 2, "by") && !(s->tok[end].kind == TK_WORD && s->tok[end].cas == CASE_LOWER &&
                                                 !s->gram[end]))
        return end; /* "were stabbed by a Palestinian in Hebron" */
    if (ts_tok_in(s, end, one, sizeof one / sizeof one[0]) && s->tok[end].cas == CASE_LOWER)
        return end + 1;
    const ts_word *w = ts_w(s, end);
    if (w && w->verb >= 0 && (w->vform & VF_PAST) && !(w->vform & VF_BASE) && s->tok[end].cas == CASE_LOWER)
        return end; /* "A Palestinian stabbed" */
    return 0;
}

/* A people named by a demonym that is its own plural ("Sudanese", "Chinese",
 * "Swiss") after a count: "Thousands of Sudanese marched", "hundreds of
 * Lebanese fled". n (nl bytes) is the demonym's last word. */
static int counted_people(const ts_sent *s, size_t t0, const char *n, size_t nl)
{
    static const ts_lit counts[] = {LIT("hundreds"), LIT("thousands"), LIT("dozens"), LIT("scores"),
                                    LIT("millions"), LIT("tens"),      LIT("many")};
    int invariant = (nl > 3 && (n[nl - 3] | 0x20) == 'e' && (n[nl - 2] | 0x20) == 's' && (n[nl - 1] | 0x20) == 'e') ||
                    (nl == 5 && (n[0] | 0x20) == 's' && (n[1] | 0x20) == 'w' && (n[2] | 0x20) == 'i' &&
                     (n[3] | 0x20) == 's' && (n[4] | 0x20) == 's');
    return invariant && t0 >= 2 && TOK_IS(s, t0 - 1, "of") &&
           ts_tok_in(s, t0 - 2, counts, sizeof counts / sizeof counts[0]);
}

/* A people named by its adjective alone after "the", ending its phrase:
 * "ethnic cleansing of the Rohingya", "attacks on the Rohingya in Rakhine".
 * Not before a noun or a list ("the British and French governments"). */
static int the_people(const ts_sent *s, size_t t0, size_t end)
{
    if (t0 == 0 || !TOK_IS(s, t0 - 1, "the") || s->tok[t0 - 1].cas != CASE_LOWER)
        return 0;
    if (end >= s->ntok)
        return 1;
    const ts_tok *t = &s->tok[end];
    if (t->kind == TK_PUNCT)
        return t->len == 1 && strchr(".,;:)", s->text[t->off]) != NULL; /* not "-", "'s" */
    return t->kind == TK_WORD && (s->gram[end] & (G_PREP | G_LOC)) && !(s->gram[end] & G_AND);
}

/* The words that describe a party or a movement between "of the" and its name:
 * "leaders of the main opposition CHP", "officials of the ruling AKP", "members of
 * the pro-Kurdish HDP", "leaders of the far-right AfD". Returns the index after
 * them (i itself when there are none); at most four tokens. */
static size_t party_described(const ts_sent *s, size_t i)
{
    static const ts_lit words[] = {LIT("main"),      LIT("opposition"), LIT("ruling"),    LIT("governing"),
                                   LIT("former"),    LIT("banned"),     LIT("outlawed"),  LIT("dissolved"),
                                   LIT("nationalist"), LIT("conservative"), LIT("islamist"), LIT("populist")};
    size_t c = i;
    while (c < s->ntok && c < i + 4) {
        if (s->tok[c].cas == CASE_LOWER && ts_tok_in(s, c, words, sizeof words / sizeof words[0])) {
            c++;
        } else if (c + 2 < s->ntok && s->tok[c].cas == CASE_LOWER && TOK_IS(s, c + 1, "-") &&
                   (TOK_IS(s, c, "pro") || (TOK_IS(s, c, "far") && (TOK_IS(s, c + 2, "right") ||
                                                                    TOK_IS(s, c + 2, "left"))))) {
            c += 3; /* "pro-Kurdish", "far-right" */
        } else {
            break;
        }
    }
    return c;
}

/* "the president of the Senate", "the leader of the opposition", "the
 * president of the constitutional court": a chair's title (an agent of
 * the government) with "of (the) <body>" after it names the body's
 * officer, of the body's sector (LEG, JUD, OPP, MIL, COP), not the
 * government's. h is the title's last token, k the token after it; the
 * body's end is put in *end. 1 when so. */
static int chair_of_body(const ts_sent *s, size_t h, size_t k, const char *sector, char out[4], size_t *end)
{
    static const ts_lit chairs[] = {LIT("president"), LIT("vice-president"), LIT("leader"), LIT("leaders")};
    static const char bodies[][4] = {"LEG", "JUD", "OPP", "MIL", "COP"};
    if (strcmp(sector, "GOV") || !TOK_IS(s, k, "of") || !ts_tok_in(s, h, chairs, sizeof chairs / sizeof chairs[0]))
        return 0;
    size_t q = k + 1 < s->ntok && TOK_IS(s, k + 1, "the") ? k + 2 : k + 1;
    piece nx = q < s->ntok ? longest(s, q) : (piece){0};
    if (nx.kind != K_AGENT && q + 1 < s->ntok && s->tok[q].kind == TK_WORD && !s->gram[q] &&
        (s->tok[q].cas == CASE_LOWER || (!nx.kind && TOK_IS(s, q, "national"))))
        nx = longest(s, q + 1); /* "of the national congress", "of the upper house" */
    if (nx.kind != K_AGENT || !nx.e)
        return 0;
    for (size_t b = 0; b < sizeof bodies / sizeof bodies[0]; b++)
        if (!strcmp(nx.e->code, bodies[b])) {
            memcpy(out, bodies[b], 4);
            *end = nx.end;
            return 1;
        }
    return 0;
}

/* "Khan's party", "Modi's party", "the president's camp": the party or camp
 * a person leads is coded as the person is (an opposition leader's party is
 * the opposition, a ruling leader's the government). k is the token after
 * the person's name; the token after the party's word, or 0. */
static size_t person_party(const ts_sent *s, size_t k)
{
    static const ts_lit party[] = {LIT("party"), LIT("camp"), LIT("movement"), LIT("coalition"), LIT("alliance"),
                                   LIT("bloc")};
    if (k + 1 >= s->ntok || !is_possessive(s, k) || s->tok[k + 1].cas != CASE_LOWER ||
        !ts_tok_in(s, k + 1, party, sizeof party / sizeof party[0]))
        return 0;
    return k + 2;
}

/* A currency named by its country's adjective at token k: "Canadian dollars",
 * "Hong Kong dollars", "Chinese yuan", "Indian rupees" (money, not the country). */
static int currency_after(const ts_sent *s, size_t k)
{
    static const ts_lit money[] = {LIT("dollar"), LIT("dollars"), LIT("yuan"),   LIT("rupee"),  LIT("rupees"),
                                   LIT("yen"),    LIT("ruble"),   LIT("rubles"), LIT("rouble"), LIT("roubles"),
                                   LIT("peso"),   LIT("pesos"),   LIT("pound"),  LIT("pounds"), LIT("won"),
                                   LIT("rand"),   LIT("lira"),    LIT("dinar"),  LIT("dinars"), LIT("riyal"),
                                   LIT("riyals"), LIT("shekel"),  LIT("shekels"), LIT("franc"), LIT("francs"),
                                   LIT("krona"),  LIT("kronor"),  LIT("krone"),  LIT("kroner"),
                                   LIT("reais"),  LIT("naira"),   LIT("shilling"), LIT("shillings"), LIT("ringgit"),
                                   LIT("baht"),   LIT("dong"),    LIT("zloty"),  LIT("forint"), LIT("rial"),
                                   LIT("rials"),  LIT("hryvnia"), LIT("hryvnias"), LIT("cedi"), LIT("cedis")};
    return k < s->ntok && s->tok[k].cas == CASE_LOWER && ts_tok_in(s, k, money, sizeof money / sizeof money[0]);
}

/* "protesters in Kano and Abuja", "police in Lyon, Paris and Marseille": the
 * towns of one country after the place that names where people are are more
 * places of the same phrase, not other parties ("and Abuja" is no second
 * target standing for Nigeria's government). end is the token after the
 * first place, cc its code; the token after the last place. */
static size_t more_places(const ts_sent *s, size_t end, const char *cc)
{
    while (end + 1 < s->ntok && (TOK_IS(s, end, "and") || ts_is_comma(s, end))) {
        size_t q = end + 1;
        if (ts_is_comma(s, end) && TOK_IS(s, q, "and"))
            q++;
        piece nx = q < s->ntok ? longest(s, q) : (piece){0};
        if ((nx.kind != K_COUNTRY && nx.kind != K_ACTOR) || !nx.e || strlen(nx.e->code) < 3 ||
            strncmp(nx.e->code, cc, 3))
            break;
        if (nx.end < s->ntok && !ts_is_comma(s, nx.end) && s->tok[nx.end].kind != TK_PUNCT &&
            !(s->gram[nx.end] & (G_PREP | G_LOC | G_AND | G_TIME)))
            break; /* "in Kano and Abuja's governor", "in Kano and Abuja said": no place list */
        end = nx.end;
    }
    return end;
}

/* "the army-backed government", "the military-appointed cabinet": a
 * backer told by a lower-case word and a hyphen before the body, at token
 * at ("backed"); the token before the backer (where "the" may stand), else
 * at. A named backer ("the Russian-backed government") is left alone: whose
 * body it is, the name does not tell. */
static size_t past_backer(const ts_sent *s, size_t at)
{
    static const ts_lit backed[] = {LIT("backed"), LIT("installed"), LIT("appointed"), LIT("supported"),
                                    LIT("dominated")};
    if (at < 3 || !ts_tok_in(s, at, backed, sizeof backed / sizeof backed[0]) || !TOK_IS(s, at - 1, "-") ||
        s->tok[at - 2].kind != TK_WORD || s->tok[at - 2].cas != CASE_LOWER)
        return at;
    return at - 3;
}

/* "The International Criminal Court issued a warrant for Putin. ... The
 * court accused him of ...": a bare "the court" or "the tribunal" (one word,
 * no kind of court) in a story that named a world court (ts_ctx.world_court)
 * is that court, not the judiciary of the last country named; unless the
 * sentence named a country's court before it ("A Manila court freed him, but
 * the court ..."). */
static int world_court_ref(const ts_sent *s, size_t t0, size_t end, size_t head, const char *sector)
{
    static const ts_lit heads[] = {LIT("court"), LIT("tribunal")};
    if (!s->ctx->world_court[0] || strcmp(sector, "JUD") || end != t0 + 1 || head != t0 ||
        !ts_tok_in(s, head, heads, sizeof heads / sizeof heads[0]))
        return 0;
    for (size_t k = 0; k < s->nm; k++)
        if (strlen(s->m[k].code) == 6 && !strcmp(s->m[k].code + 3, "JUD"))
            return 0;
    return 1;
}

/* "European Union leaders agreed to ... The leaders also demanded ...",
 * "West African heads of state met in Abuja. The leaders gave the junta a
 * week": a bare "the leaders" (tokens t0 to end), not "the leaders of ...",
 * in a sentence that names no party before it, is the story's last leaders
 * named with their bloc or country (ctx->leaders), not the country of the
 * sentence or story last named (the summit's host, a member that spoke). */
static int story_leaders(const ts_sent *s, size_t t0, size_t end)
{
    if (!s->ctx->leaders[0] || end != t0 + 1 || t0 == 0 || !TOK_IS(s, t0, "leaders") || !TOK_IS(s, t0 - 1, "the") ||
        (end < s->ntok && (TOK_IS(s, end, "of") || is_possessive(s, end))))
        return 0;
    for (size_t k = 0; k < s->nm; k++)
        if (s->m[k].t0 < t0 && (s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ))
            return 0; /* "Putin thanked the leaders": others may be meant */
    return 1;
}

/* Does mention x name leaders by their bloc or country ("EU leaders", "West
 * African heads of state"), for story_leaders? */
static int names_leaders(const ts_sent *s, const ts_mention *x)
{
    if (x->kind != M_NAME || x->resolved || x->person || x->t1 < x->t0 + 2 || !x->code[0])
        return 0;
    size_t e = x->t1 - 1;
    return TOK_IS(s, e, "leaders") ||
           (x->t1 >= x->t0 + 4 && TOK_IS(s, e, "state") && TOK_IS(s, e - 1, "of") && TOK_IS(s, e - 2, "heads"));
}

static size_t take_phrase(ts_sent *s, piece p, size_t i)
{
    const tocsin_dict *d = s->d;
    size_t t0 = i, end = p.end, head = p.end - 1;
    char base[TS_CODE_MAX] = "", sector[4] = "", person[TS_CODE_MAX] = "";
    char last_sector[4] = ""; /* the sector of a later agent of the phrase, its head */
    int have_base = 0, have_agent = 0, is_person = 0, adj_only = 0, unres_name = 0, of_sector = 0, in_place = 0;
    int roams = 0; /* the base is a `group`: coded by where it acts (ts_grammar) */
    static const ts_lit once[] = {LIT("republic"), LIT("republics"), LIT("colony"),       LIT("colonies"),
                                  LIT("state"),    LIT("states"),    LIT("protectorate"), LIT("territory"),
                                  LIT("territories"), LIT("satellite"), LIT("satellites"), LIT("bloc")};
    if (p.kind == K_ADJ && i > 0 && (TOK_IS(s, i - 1, "former") || TOK_IS(s, i - 1, "ex")) && p.end < s->ntok &&
        ts_tok_in(s, p.end, once, sizeof once / sizeof once[0]))
        return p.end; /* "the two former Soviet republics", "the former French colony": what they were
                         once, no party now */
    if (p.kind == K_AGENT && i > 0 && TOK_IS(s, i - 1, "social") && TOK_IS(s, i, "media") && p.end < s->ntok &&
        s->tok[p.end].kind == TK_WORD && s->tok[p.end].cas == CASE_LOWER && !s->gram[p.end] &&
        !TOK_IS(s, p.end, "platforms") && !TOK_IS(s, p.end, "sites") && !TOK_IS(s, p.end, "apps") &&
        !TOK_IS(s, p.end, "networks"))
        return p.end; /* "protests against a social media ban": a noun's modifier, not the press
                         (a blocked "social media" or its platforms stay MED, the restricted) */
    piece cur = p;
    for (;;) {
        if (cur.kind == K_PERSON) {
            set_code(person, cur.e->code);
            is_person = 1;
            head = cur.end - 1;
        } else if (cur.kind == K_AGENT) {
            if (!have_agent)
                memcpy(sector, cur.e->code, 4);
            else
                memcpy(last_sector, cur.e->code, 4);
            have_agent = 1;
            head = cur.end - 1;
            adj_only = 0;
        } else if (cur.kind == K_COUNTRY || cur.kind == K_ACTOR || cur.kind == K_ADJ) {
            if (have_base && (have_agent || is_person))
                break; /* "Russian troops Ukrainian ..." */
            if (!have_base) {
                set_code(base, cur.e->code);
                have_base = 1;
                adj_only = cur.kind == K_ADJ;
                roams = cur.e->roams;
            } else if (cur.kind == K_ADJ || cur.kind == K_COUNTRY) {
                break;
            }
            head = cur.end - 1;
        }
        end = cur.end;
        /* look ahead: possessive, agent, person, or a name after a title */
        size_t k = end;
        if (is_person && strlen(person) >= 3 && person_party(s, k)) {
            set_code(base, person); /* "Khan's party": his, a group */
            have_base = 1;
            is_person = 0;
            end = person_party(s, k);
            head = end - 1;
            break;
        }
        if (is_person && k < s->ntok && s->tok[k].cas == CASE_LOWER && strlen(person) >= 3) {
            /* "the Biden administration", "the Assad regime", "the Netanyahu
               government": the leader's country's government, whether or not
               the leader still rules at the story's date */
            static const ts_lit govs[] = {LIT("administration"), LIT("government"), LIT("regime"),
                                          LIT("cabinet")};
            piece nx = longest(s, k);
            if (nx.kind == K_AGENT && nx.end == k + 1 && ts_tok_in(s, k, govs, sizeof govs / sizeof govs[0])) {
                char cc[4] = {person[0], person[1], person[2], '\0'};
                set_code(base, cc);
                have_base = 1;
                memcpy(sector, "GOV", 4);
                have_agent = 1;
                is_person = 0;
                end = nx.end;
                head = end - 1;
            }
            break;
        }
        if (is_person)
            break;
        if (is_possessive(s, k) && (have_base || have_agent)) {
            /* "Russia's defence ministry", "Niger's ruling junta" */
            for (size_t skip = 0; skip <= 2 && k + 1 + skip < s->ntok; skip++) {
                piece nx = longest(s, k + 1 + skip);
                if (nx.kind == K_AGENT || nx.kind == K_PERSON) {
                    end = k + 1 + skip;
                    cur = nx;
                    goto next_piece;
                }
                const ts_tok *t = &s->tok[k + 1 + skip];
                if (t->kind != TK_WORD || t->cas != CASE_LOWER || s->gram[k + 1 + skip])
                    break;
                /* "the president's resignation stormed parliament": a noun and then a
                   verb in the past ends the phrase ("Niger's newly elected junta" does not) */
                const ts_word *nw = k + 2 + skip < s->ntok ? ts_w(s, k + 2 + skip) : NULL;
                const ts_word *tw = ts_w(s, k + 1 + skip);
                if (nw && nw->verb >= 0 && (nw->vform & VF_PAST) && !(tw && tw->verb >= 0) &&
                    !(s->tok[k + 2 + skip].cas != CASE_LOWER))
                    break;
            }
            break;
        }
        /* "stationed troops in Germany": troops a verb moves are not the
           place's; "stationed the troops in Germany", "stationed 300 more
           marines in Japan" too when the verb's patterns put this noun "in $T" */
        size_t vb = t0;
        for (int steps = 0; vb > 0 && steps < MOVED_WORDS; steps++) {
            size_t q = vb - 1;
            uint32_t qg = s->gram[q];
            if (TOK_IS(s, q, "of") && q > 0 && (s->tok[q - 1].kind == TK_NUM || (s->gram[q - 1] & G_QUANT)))
                vb--; /* "thousands of troops" */
            else if (s->tok[q].kind == TK_NUM || ((qg & (G_DET | G_QUANT)) && !(qg & (G_PREP | G_LOC))) ||
                TOK_IS(s, q, "additional") || TOK_IS(s, q, "extra") || TOK_IS(s, q, "new") || TOK_IS(s, q, "fresh"))
                vb--;
            else
                break;
        }
        int moved = TOK_IS(s, k, "in") && vb > 0 && s->tok[vb - 1].kind == TK_WORD &&
                    s->tok[vb - 1].cas == CASE_LOWER && ts_w(s, vb - 1) && ts_w(s, vb - 1)->verb >= 0 &&
                    !s->gram[vb - 1] &&
                    ((vb == t0 && !strcmp(sector, "MIL")) || places_in(s, vb - 1, k - 1, k));
        if (have_agent && !have_base && !is_person && chair_of_body(s, head, k, sector, sector, &end)) {
            head = end - 1; /* "the president of the Senate": the Senate's officer */
            break;
        }
        if (have_agent && !have_base && !is_person && k + 1 < s->ntok && !moved && strcmp(sector, "WPN") &&
            (TOK_IS(s, k, "of") || (TOK_IS(s, k, "in") && !ts_briefing_at(s, k + 1)))) {
            /* but "the shelling of Kharkiv" is Kharkiv's ordeal, and "told reporters in Geneva"
               the press the speaker met there */
            /* "Supreme Leader of Iran", "the government in Tokyo", "officials of the IAEA" */
            piece nx = longest(s, k + 1);
            if (nx.kind != K_COUNTRY && nx.kind != K_ACTOR && k + 2 < s->ntok && TOK_IS(s, k + 1, "the") &&
                TOK_IS(s, k, "of")) {
                piece nt = longest(s, k + 2);
                if (nt.kind == K_ACTOR || nt.kind == K_COUNTRY)
                    nx = nt;
                size_t c = nt.kind && nt.kind != K_AGENT ? k + 2 : party_described(s, k + 2);
                if (c > k + 2 && c < s->ntok) {
                    /* "leaders of the main opposition CHP": a named group, not a country */
                    nt = longest(s, c);
                    if (nt.kind == K_ACTOR)
                        nx = nt;
                }
            }
            if (nx.kind != K_COUNTRY && nx.kind != K_ACTOR && sector[0] && strstr("CVL REF HLH", sector)) {
                /* "residents of northern Gaza", "refugees in eastern Chad":
                   a compass word before the place is part of it (for the
                   people aid goes to; armed men there stay the place's
                   scene, as "soldiers in Mozambique" does) */
                size_t c = k + 1 + (TOK_IS(s, k, "of") && TOK_IS(s, k + 1, "the"));
                if (c + 1 < s->ntok && ts_compass_word(s, c)) {
                    piece nt = longest(s, c + 1);
                    if (nt.kind == K_ACTOR || nt.kind == K_COUNTRY)
                        nx = nt;
                }
            }
            int compass = nx.end == k + 2 && nx.end < s->ntok && s->tok[nx.end].cas != CASE_LOWER &&
                          s->tok[nx.end].kind == TK_WORD &&
                          (TOK_IS(s, k + 1, "west") || TOK_IS(s, k + 1, "east") ||
                           TOK_IS(s, k + 1, "north") || TOK_IS(s, k + 1, "south"));
            if ((nx.kind == K_COUNTRY || nx.kind == K_ACTOR) && !compass) {
                set_code(base, nx.e->code);
                have_base = 1;
                of_sector = 1;
                in_place = TOK_IS(s, k, "in");
                end = nx.end;
                size_t region_end = nx.kind == K_COUNTRY ? possessed_region_end(s, end) : 0;
                if (region_end)
                    end = region_end; /* "the governor of Russia's Belgorod region",
                                         "authorities in Kenya's Mombasa county" */
                piece after = longest(s, end);
                if (after.kind == K_PERSON) {
                    cur = after;
                    continue;
                }
                if (!after.kind && capitalised_name(s, end)) {
                    size_t q = end;
                    while (q < s->ntok && q < end + 4 && capitalised_name(s, q))
                        q++;
                    end = q;
                }
                if (in_place)
                    end = more_places(s, end, base); /* "demonstrators in Kano and Abuja" */
                break;
            }
        }
        if (have_agent && !have_base && !is_person && k + 2 < s->ntok &&
            (((TOK_IS(s, k, "loyal") || TOK_IS(s, k, "allied")) && TOK_IS(s, k + 1, "to")) ||
             ((TOK_IS(s, k, "allied") || TOK_IS(s, k, "aligned") || TOK_IS(s, k, "affiliated")) &&
              TOK_IS(s, k + 1, "with")))) {
            /* "forces loyal to Haftar", "militias allied to Iran", "fighters
               aligned with the army": that actor's */
            size_t q = k + 2 < s->ntok && TOK_IS(s, k + 2, "the") && k + 3 < s->ntok ? k + 3 : k + 2;
            piece nx = longest(s, q);
            if (nx.kind == K_COUNTRY || nx.kind == K_ACTOR || nx.kind == K_PERSON) {
                set_code(base, nx.e->code);
                have_base = 1;
                end = nx.end;
                break;
            }
            /* "forces loyal to the Sudanese army": the country's; "forces loyal
               to the government": the government's, whose country the sentence
               or the story names */
            piece ag = nx.kind == K_ADJ && nx.end < s->ntok ? longest(s, nx.end) : nx;
            int title = !nx.kind && q + 1 < s->ntok && s->tok[q].kind == TK_WORD && s->tok[q].cas == CASE_CAP;
            if ((ag.kind == K_AGENT && ag.end < s->ntok) || title) {
                /* "troops loyal to President Salva Kiir", "to Colonel Assimi
                   Goita": the titled person's */
                piece pn = longest(s, title ? q + 1 : ag.end);
                if (pn.kind == K_PERSON) {
                    set_code(base, pn.e->code);
                    have_base = 1;
                    end = pn.end;
                    break;
                }
            }
            if (q > k + 2 && nx.kind != K_ADJ && s->ctx->person[0] && s->ctx->person_rank[0]) {
                /* "forces loyal to the eastern commander", "troops loyal to the
                   general": the story's last person, named with that title */
                size_t h = q;
                while (h < q + 2 && h + 1 < s->ntok && !singular_title(s, h) && s->tok[h].kind == TK_WORD &&
                       s->tok[h].cas == CASE_LOWER && !s->gram[h] && !longest(s, h).kind)
                    h++; /* "eastern", "renegade" */
                char key[TS_KEY_MAX + 8];
                if (singular_title(s, h) && ts_tok_key(s->text, &s->tok[h], key, sizeof key) >= 0 &&
                    !strcmp(key, s->ctx->person_rank)) {
                    set_code(base, s->ctx->person);
                    have_base = 1;
                    end = h + 1;
                    break;
                }
            }
            if (ag.kind == K_AGENT && q > k + 2) {
                if (nx.kind == K_ADJ) {
                    set_code(base, nx.e->code);
                    have_base = 1;
                }
                if (!strcmp(sector, "REB") && !strcmp(ag.e->code, "MIL"))
                    memcpy(sector, "MIL", 4); /* "militias allied with the Sudanese army": on its side */
                end = ag.end;
                break;
            }
        }
        piece nx = longest(s, k);
        if (nx.kind == K_AGENT || nx.kind == K_PERSON) {
            cur = nx;
            continue;
        }
        if (0) {
        next_piece:
            continue;
        }
        if (!nx.kind && have_base && !have_agent) {
            /* "Thai F-16 fighter jets", "Russian Su-25 jets": a model designation */
            size_t ml = model_len(s, k);
            for (size_t skip = 0; ml && skip <= 1 && k + ml + skip < s->ntok; skip++) {
                if (skip && (s->tok[k + ml].kind != TK_WORD || s->tok[k + ml].cas != CASE_LOWER || s->gram[k + ml]))
                    break;
                piece ag = longest(s, k + ml + skip);
                if (ag.kind == K_AGENT && strcmp(ag.e->code, "WPN")) { /* "bought Russian S-400 missiles": goods */
                    cur = ag;
                    goto next_piece;
                }
            }
            /* "Iranian oil companies", "Chinese coast guard ships" */
            for (size_t skip = 1; skip <= 2 && k + skip < s->ntok; skip++) {
                const ts_tok *t = &s->tok[k + skip - 1];
                const ts_word *tw = ts_w(s, k + skip - 1);
                /* a lowercase modifier, or a brand or model name: "Turkish
                   Bayraktar drone", "Russian Lancet drones" */
                int name = t->kind == TK_WORD && t->cas != CASE_LOWER &&
                           capitalised_name(s, k + skip - 1) && !longest(s, k + skip - 1).kind;
                if (!name && (t->kind != TK_WORD || t->cas != CASE_LOWER || s->gram[k + skip - 1] ||
                              (tw && tw->verb >= 0)))
                    break;
                piece ag = longest(s, k + skip);
                if (ag.kind == K_AGENT) {
                    cur = ag;
                    goto next_piece;
                }
            }
        }
        if (nx.kind == K_ADJ && !have_agent && have_base && adj_only) {
            /* "Ukrainian military intelligence": adjective chains stop at a new country */
            break;
        }
        if (have_agent && !nx.kind && capitalised_name(s, k)) {
            /* a title followed by an unknown name: absorb the name */
            size_t q = k;
            while (q < s->ntok && q < k + 4 && capitalised_name(s, q))
                q++;
            end = q;
            head = q - 1;
            unres_name = 1;
        }
        break;
    }
    int anti = t0 >= 2 && TOK_IS(s, t0 - 1, "-") && (TOK_IS(s, t0 - 2, "pro") || TOK_IS(s, t0 - 2, "anti"));
    if (last_sector[0] && (anti || (!strcmp(last_sector, "CVL") && !strcmp(sector, "GOV"))))
        memcpy(sector, last_sector, 4); /* "anti-government protesters", "junta supporters": the people */
    if (have_base && !is_person) {
        size_t named = described_name(s, head, end);
        if (named)
            return named; /* the name that follows is the actor, not its description */
    }
    if (!have_base && have_agent && !is_person && end < s->ntok && s->tok[end].kind == TK_WORD &&
        s->tok[end].cas != CASE_LOWER) {
        piece nx = longest(s, end);
        if (nx.kind == K_ACTOR && nx.e && strlen(nx.e->code) == 6 && strcmp(nx.e->code + 3, "GOV"))
            return end; /* "the paramilitary Rapid Support Forces", "the rebel M23": the name is the actor */
    }
    /* weapons and military craft name the armed forces that use them:
       a source, never a target ("A Turkish drone struck ...") */
    int weapon = have_agent && !strcmp(sector, "WPN");
    if (weapon && !have_base && !is_person) {
        return end; /* "ballistic missiles", "missile strikes": no actor */
    }
    if (weapon)
        memcpy(sector, "MIL", 4);
    char code[TS_CODE_MAX] = "";
    int kind = M_NAME, demonym = 0;
    if (is_person) {
        set_code(code, person);
    } else if (have_base) {
        compose(code, base, have_agent ? sector : NULL);
        if (adj_only && !have_agent) {
            /* "Russian drones": a modifier; "the Russians" or "Russian said": an actor */
            const char *n = ts_lex_name(&d->lex, s->tok[end - 1].word);
            size_t nl = strlen(n);
            int plural = nl > 1 && n[nl - 1] == 's';
            int next_noun = end < s->ntok && s->tok[end].kind == TK_WORD &&
                            !(s->gram[end] & (G_PREP | G_LOC | G_AND | G_CONJ | G_SUB | G_REL |
                                              G_BE | G_HAVE | G_MODAL | G_FUT | G_ADV | G_NEG));
            const ts_word *nw = end < s->ntok ? ts_w(s, end) : NULL;
            if (nw && nw->verb >= 0 && (nw->vform & (VF_PAST)) && !(nw->vform & VF_BASE))
                next_noun = 0;
            if (next_noun && currency_after(s, end))
                return end; /* "29.8 billion Canadian dollars of American goods": money, no actor */
            demonym = plural && !next_noun; /* "Kenyans took to the streets" */
            if (!plural || next_noun)
                kind = M_ADJ;
            if (!plural && kind == M_ADJ && the_people(s, t0, end)) {
                kind = M_NAME; /* "ethnic cleansing of the Rohingya", "the Rohingya in Rakhine" */
                demonym = 1;
            }
            if (!plural && kind == M_ADJ && !next_noun && counted_people(s, t0, n, nl)) {
                kind = M_NAME; /* "Thousands of Sudanese marched", "hundreds of Chinese protested" */
                demonym = 1;
            }
            size_t lone = plural ? 0 : lone_national(s, t0, end);
            if (lone) {
                kind = M_NAME; /* "A Palestinian stabbed two soldiers", "shot a Palestinian teenager" */
                demonym = 1;
                end = lone;
                head = end - 1;
                next_noun = 0;
            }
            if (kind == M_ADJ && next_noun && end < s->ntok) {
                /* "European countries", "Western nations": plural nouns name a group */
                char nk[TS_KEY_MAX + 8];
                const ts_tok *nt = &s->tok[end];
                int kl = ts_tok_key(s->text, nt, nk, sizeof nk);
                const char *nn = kl > 0 ? nk : NULL;
                size_t nl2 = nn ? (size_t)kl : 0;
                const ts_word *nwd = ts_w(s, end);
                if (nwd && nwd->verb >= 0 && (nwd->vform & VF_S) && !nwd->nplural)
                    nn = NULL; /* "Russian attacks": could be a verb; keep weak */
                if (ts_in_class(d, nwd, CL_HOSTILITY))
                    nn = NULL; /* "Russian strikes", "Israeli airstrikes": acts, not a group */
                /* "Iraqi Christians", "Bosnian Muslims": a country's faithful are its people */
                static const ts_lit faithful[] = {LIT("christians"), LIT("muslims"), LIT("jews"),
                                                  LIT("hindus"),     LIT("sikhs"),   LIT("buddhists"),
                                                  LIT("copts"),      LIT("catholics"), LIT("protestants"),
                                                  LIT("shias"),      LIT("shiites"), LIT("sunnis")};
                int faith = nn && ts_tok_in(s, end, faithful, sizeof faithful / sizeof faithful[0]);
                /* "Palestinian gunmen opened fire": armed men a country's adjective names are
                   its armed group (bare "gunmen" stay no actor) */
                static const ts_lit armed_men[] = {LIT("gunmen"), LIT("gunman"), LIT("assailants"),
                                                   LIT("attackers"), LIT("militiamen")};
                if (nn && nt->cas == CASE_LOWER &&
                    ts_tok_in(s, end, armed_men, sizeof armed_men / sizeof armed_men[0])) {
                    kind = M_NAME;
                    compose(code, base, "REB");
                    end++;
                    head = end - 1;
                    nn = NULL;
                }
                if (nn && (nt->cas == CASE_LOWER || faith) && nl2 > 3 && nn[nl2 - 1] == 's' && nn[nl2 - 2] != 's' &&
                    !(s->gram[end] & ~(G_TIME))) {
                    kind = M_NAME;
                    end++;
                    head = end - 1;
                }
            }
        }
    } else {
        kind = M_UNRES; /* "the troops", "Foreign Secretary Vikram Misri" */
        if (!unres_name && end < s->ntok && s->tok[end].kind == TK_WORD &&
            s->tok[end].cas == CASE_LOWER && !s->gram[end] &&
            !(ts_w(s, end) && ts_w(s, end)->verb >= 0) && !participle_after(s, end) &&
            !label_after(s, end) && !adverb_after(s, end) && !verdict_after(s, end)) {
            return end; /* "air defence systems", "police station": a noun */
        }
    }
    int resolved = 0;
    int leaders = story_leaders(s, t0, end);
    static const ts_lit state_adj[] = {LIT("new"),     LIT("interim"),  LIT("transitional"), LIT("incoming"),
                                       LIT("outgoing"), LIT("caretaker"), LIT("current"),     LIT("ruling")};
    size_t the = t0 > 0 ? t0 - 1 : 0; /* "the new government", "the interim authorities" */
    if (the > 0 && ts_tok_in(s, the, state_adj, sizeof state_adj / sizeof state_adj[0]))
        the--;
    the = past_backer(s, the); /* "the army-backed government" */
    if (kind == M_UNRES && have_agent && !unres_name && t0 > 0 && TOK_IS(s, the, "the") &&
        !(end + 2 < s->ntok && TOK_IS(s, end, "of") && TOK_IS(s, end + 1, "the") &&
          (TOK_IS(s, end + 2, "two") || TOK_IS(s, end + 2, "three") || TOK_IS(s, end + 2, "four")))) {
        /* (but "the diplomats of the three countries" are theirs) */
        /* "the president" -> the last person; "the government" -> the last country */
        if (leaders) {
            set_code(code, s->ctx->leaders); /* "EU leaders agreed ... The leaders also demanded" */
            kind = M_NAME;
            resolved = 1;
        } else if (singular_title(s, head) && s->ctx->person[0] && title_agrees(s, head)) {
            set_code(code, s->ctx->person);
            kind = M_NAME;
            resolved = 1;
        } else if (singular_title(s, head) && !s->ctx->person[0] && one_country_story(s)) {
            /* "Protesters occupied Bangkok's airports. The prime minister appealed to
               them ...": no person named yet, in a story of one country, its own */
            char cty[4] = {s->ctx->thing[0], s->ctx->thing[1], s->ctx->thing[2], '\0'};
            compose(code, cty, sector);
            kind = M_NAME;
            resolved = 1;
        } else if (world_court_ref(s, t0, end, head, sector)) {
            set_code(code, s->ctx->world_court); /* "the court" in a story of the ICC: the ICC */
            kind = M_NAME;
            resolved = 1;
        } else if (!singular_title(s, head) && last_state(s)) {
            /* the country of the last actor: after "Georgian journalists" (GEOMED)
               "the government" is GEOGOV; but people a leader of this sentence
               speaks to or of are his own ("President Vucic urged the students") */
            const char *own = (!strcmp(sector, "CVL") || !strcmp(sector, "OPP") || !strcmp(sector, "MIL") ||
                               !strcmp(sector, "COP"))
                                  ? leader_before(s, t0)
                                  : NULL; /* "Vucic placed the army on alert": his own army */
            const char *from = own ? own : last_state(s);
            char cty[4] = {from[0], from[1], from[2], '\0'};
            compose(code, strlen(from) == 6 ? cty : from, sector);
            kind = M_NAME;
            resolved = 1;
        }
    }
    if (!is_person && !have_agent && end < s->ntok && s->tok[end].kind == TK_WORD &&
        s->tok[end].cas != CASE_LOWER && s->tok[end].word < 0 && !(s->gram[end]) &&
        s->tok[end - 1].cas != CASE_LOWER) {
        /* "West Darfur", "Niger Delta", "Jordan Bardella": part of another name (but
           "UN envoy Ghassan Salame": a title's holder) */
        return end + 1;
    }
    if (!is_person && !have_agent && end == t0 + 1 && end < s->ntok && s->tok[end].kind == TK_WORD &&
        s->tok[end].cas != CASE_LOWER && !s->gram[end] &&
        (TOK_IS(s, t0, "west") || TOK_IS(s, t0, "east") || TOK_IS(s, t0, "north") || TOK_IS(s, t0, "south"))) {
        /* "West Darfur state", "West Bank": a compass word before a name is part of it */
        return end;
    }
    if (!is_person && !have_agent && end == t0 + 1 && compass_place(s, t0))
        return end; /* "Cameroon's North-West region", "the West region": a region's name, not the West */
    int mi = add_mention(s, t0, end, head, kind, code[0] ? code : NULL);
    if (mi >= 0 && roams && !is_person)
        s->m[mi].roams = 1;
    if (mi >= 0 && kind == M_UNRES && have_agent && !weapon)
        memcpy(s->m[mi].sector, sector, 4);
    if (mi >= 0 && unres_name) {
        s->m[mi].uname = (uint16_t)end;
        const char *known = learned_name(s, end - 1);
        if (known && s->m[mi].kind == M_UNRES) { /* "General Zuniga", named earlier in the story */
            set_code(s->m[mi].code, known);
            s->m[mi].kind = M_NAME;
            s->m[mi].person = 1;
        }
    }
    if (mi >= 0)
        s->m[mi].weapon = (uint8_t)weapon;
    if (mi >= 0)
        s->m[mi].people = (uint8_t)(demonym && kind == M_NAME);
    if (mi >= 0 && of_sector)
        memcpy(s->m[mi].of_sector, sector, 4);
    if (mi >= 0 && resolved) {
        s->m[mi].resolved = 1;
        memcpy(s->m[mi].ctx_sector, sector, 4); /* domestic_scene() may name it again */
        s->m[mi].person = singular_title(s, head);
    }
    if (mi >= 0) {
        s->m[mi].person = (uint8_t)(is_person || (have_agent && !have_base && 0));
        /* "Iran-backed", "Russia's war", "North Korean-made": modifiers */
        if (end < s->ntok && TOK_IS(s, end, "-"))
            s->m[mi].modifier = 1;
        if (t0 >= 2 && TOK_IS(s, t0 - 1, "-") && s->tok[t0 - 2].kind == TK_WORD && s->tok[t0 - 2].cas == CASE_LOWER &&
            s->tok[t0 - 1].off == s->tok[t0 - 2].off + s->tok[t0 - 2].len && s->tok[t0].off == s->tok[t0 - 1].off + 1 &&
            !TOK_IS(s, t0 - 2, "pro") && !TOK_IS(s, t0 - 2, "anti"))
            s->m[mi].modifier = 1; /* "the one-China principle", "non-NATO states": part of a word */
        if (t0 >= 2 && TOK_IS(s, t0 - 1, "-") && (TOK_IS(s, t0 - 2, "pro") || TOK_IS(s, t0 - 2, "anti"))) {
            /* "pro-EU protesters": protesters of no country yet; "an anti-US rally": a modifier */
            if (have_agent && sector[0]) {
                memcpy(s->m[mi].sector, sector, 4);
                s->m[mi].kind = M_UNRES;
                s->m[mi].code[0] = '\0';
            } else {
                s->m[mi].modifier = 1;
            }
        }
        if (is_possessive(s, end) && !in_place)
            s->m[mi].modifier = 2; /* but "police in Kenya's capital": the place's */
    }
    return end;
}

/* "a Shenzhen-based company", "two Turkish-registered firms", "a Greek-owned
 * shipping company": an agent with no country of its own is of the place or
 * country named before "-based" ("-registered", "-owned", "-operated") */
static void based_agents(ts_sent *s)
{
    static const ts_lit based[] = {LIT("based"), LIT("registered"), LIT("owned"), LIT("operated")};
    for (size_t m = 1; m < s->nm; m++) {
        ts_mention *x = &s->m[m], *p = &s->m[m - 1];
        if (x->kind != M_UNRES || !x->sector[0] || x->code[0] || p->kind == M_UNRES || strlen(p->code) < 3 ||
            ts_igo_code(p->code) || p->t1 + 2 != x->t0 || !TOK_IS(s, p->t1, "-") ||
            !ts_tok_in(s, p->t1 + 1, based, sizeof based / sizeof based[0]))
            continue;
        memcpy(x->code, p->code, 3);
        memcpy(x->code + 3, x->sector, 4);
        x->kind = M_NAME;
    }
}

/* "Indian and Pakistani troops": the first adjective shares the agent; read
 * from the end, so that "Chinese, Russian and Iranian diplomats" are all three */
static void share_agent(ts_sent *s)
{
    for (size_t m = s->nm > 0 ? s->nm - 1 : 0; m-- > 0;) {
        ts_mention *a = &s->m[m], *b = &s->m[m + 1];
        if (a->kind != M_ADJ || b->kind != M_NAME || strlen(b->code) != 6 || strlen(a->code) != 3)
            continue;
        const char *sector = b->code + 3;
        piece own = longest(s, b->t0);
        if (own.kind != K_AGENT && own.e && strlen(own.e->code) == 6 && own.end <= b->head) {
            /* "Israeli and Hamas negotiators": Hamas's own sector is not the
               Israelis'; theirs is the agent noun's */
            piece ag = longest(s, own.end);
            if (ag.kind != K_AGENT || !ag.e || strlen(ag.e->code) != 3 || !strcmp(ag.e->code, "WPN"))
                continue;
            sector = ag.e->code;
        }
        int ok = b->t0 > a->t1;
        for (size_t k = a->t1; k < b->t0 && ok; k++)
            if (!(s->gram[k] & G_AND) && !TOK_IS(s, k, ","))
                ok = 0;
        if (!ok)
            continue;
        memcpy(a->code + 3, sector, 4);
        a->kind = M_NAME;
    }
}

/* "the leaders of China and Japan": Japan's leaders too; and through a list,
 * "the foreign ministers of Egypt, Jordan and the United Arab Emirates" */
static void share_of_sector(ts_sent *s)
{
    for (size_t m = 0; m + 1 < s->nm; m++) {
        ts_mention *a = &s->m[m];
        if (!a->of_sector[0])
            continue;
        for (size_t n = m + 1; n < s->nm; n++) {
            ts_mention *p = &s->m[n - 1], *b = &s->m[n];
            int and = 0, comma = 0, ok = b->t0 > p->t1;
            for (size_t k = p->t1; k < b->t0 && ok; k++) {
                if (s->gram[k] & G_AND)
                    and = 1;
                else if (TOK_IS(s, k, ","))
                    comma = 1;
                else
                    ok = k > p->t1 && (s->gram[k] & G_DET) && !(s->gram[k] & G_AND); /* "and the" */
            }
            if (!ok || (!and && !comma) || b->kind != M_NAME || strlen(b->code) != 3 || ts_igo_code(b->code))
                break;
            if (!and) { /* a comma: a list only if another member follows */
                size_t e = b->t1;
                if (e >= s->ntok || !((s->gram[e] & G_AND) || TOK_IS(s, e, ",")))
                    break;
            }
            memcpy(b->code + 3, a->of_sector, 4);
            if (and)
                break; /* the list's last member */
        }
    }
}

/* "At a summit in Jakarta, China and Indonesia signed ...", "After talks in
 * Cairo, Egypt and Turkey agreed ...": a place closing a fronted adverbial
 * (the sentence opens with a preposition, the comma after the place is its
 * first) is not the first member of the list after the comma when that list
 * is followed by a lower-case word (its verb). "In Russia, Ukraine and
 * Belarus, ..." stays a list. */
static int opener_place(const ts_sent *s, const ts_mention *a, const ts_mention *b)
{
    if (a->t0 == 0 || !(s->gram[0] & (G_PREP | G_LOC | G_SUB)) || s->mid[0] >= 0)
        return 0;
    size_t p = a->t0 - 1;
    while (p > 0 && (s->gram[p] & G_DET) && s->mid[p] < 0)
        p--;
    static const ts_lit sponsor[] = {LIT("auspices"), LIT("aegis"), LIT("help"), LIT("mediation")};
    int under = p > 0 && TOK_IS(s, p, "of") && ts_tok_in(s, p - 1, sponsor, sizeof sponsor / sizeof sponsor[0]);
    if (!(s->gram[p] & (G_PREP | G_LOC)) || (TOK_IS(s, p, "of") && !under) || TOK_IS(s, p, "between") ||
        TOK_IS(s, p, "with") || TOK_IS(s, p, "and"))
        return 0; /* "talks between Egypt, Qatar and ..." (but "Under the auspices of the AU, ...") */
    for (size_t k = 0; k < a->t0; k++)
        if (TOK_IS(s, k, ","))
            return 0;
    /* the end of the list that starts at b */
    size_t e = b->t1;
    for (size_t m = (size_t)(b - s->m) + 1; m < s->nm && e < s->ntok; m++) {
        size_t k = e;
        while (k < s->m[m].t0 && (TOK_IS(s, k, ",") || (s->gram[k] & (G_AND | G_DET))))
            k++;
        if (k != s->m[m].t0 || k == e)
            break;
        e = s->m[m].t1;
    }
    return e < s->ntok && s->tok[e].kind == TK_WORD && s->tok[e].cas == CASE_LOWER &&
           !(s->gram[e] & (G_DET | G_PREP | G_LOC | G_AND));
}

/* One of the pair "the two countries" / "both sides" stands for (take_two):
 * a group of its own, joined to no list around it. */
static int two_ref(const ts_sent *s, const ts_mention *x)
{
    if (!x->resolved || x->kind != M_NAME)
        return 0;
    size_t q = x->t0;
    for (int back = 0; x->t1 == x->t0 + 1 && q > 0 && back <= TWO_MODIFIERS; back++) {
        q--;
        if (TOK_IS(s, q, "two") || TOK_IS(s, q, "both"))
            break;
    }
    return TOK_IS(s, q, "two") || TOK_IS(s, q, "both");
}

/* compound groups: "A and B", "A, B and C", "A as well as B" */
/* A lower-case agent word before an organisation's name that
 * take_phrase read past ("the paramilitary Rapid Support Forces"). */
static int described_org(const ts_sent *s, size_t k)
{
    static const ts_lit words[] = {LIT("paramilitary"), LIT("rebel"),     LIT("militant"), LIT("armed"),
                                   LIT("insurgent"),    LIT("jihadist"),  LIT("islamist"), LIT("separatist"),
                                   LIT("opposition"),   LIT("ruling")};
    return s->tok[k].cas == CASE_LOWER && ts_tok_in(s, k, words, sizeof words / sizeof words[0]);
}

/* "British warplanes and warships", "Russian troops and tanks": a bare
 * agent of the same sector right after "and" shares the country of the
 * agent before it (not "Israeli troops and militants": another sector). */
static void shared_country(ts_sent *s)
{
    for (size_t m = 1; m < s->nm; m++) {
        const ts_mention *a = &s->m[m - 1];
        ts_mention *b = &s->m[m];
        if (a->kind != M_NAME || strlen(a->code) != 6 || a->resolved || a->modifier || b->kind != M_UNRES ||
            !b->sector[0] || b->t0 != a->t1 + 1 || !(s->gram[a->t1] & G_AND) || b->t0 == 0 ||
            s->tok[b->t0].cas != CASE_LOWER)
            continue;
        const char *bs = strcmp(b->sector, "WPN") ? b->sector : "MIL";
        if (strcmp(a->code + 3, bs))
            continue;
        compose(b->code, a->code, bs); /* a's own code: its sector is b's */
        b->kind = M_NAME;
    }
}

/* "recalled its ambassador from talks with Bolivia, and Argentina closed
 * its consulate": after ", and", b opens a clause of its own (a verb in the past
 * or present follows it, adverbs aside) while a is the object of a
 * preposition in the clause before; the two are no compound. */
static int new_clause_subject(const ts_sent *s, const ts_mention *a, const ts_mention *b)
{
    size_t p = a->t0;
    while (p > 0 && (s->gram[p - 1] & G_DET) && s->mid[p - 1] < 0)
        p--;
    if (p == 0 || !(s->gram[p - 1] & (G_PREP | G_LOC)) || (s->gram[p - 1] & G_AND))
        return 0;
    size_t e = b->t1;
    while (e < s->ntok && s->mid[e] < 0 && s->tok[e].kind == TK_WORD && s->tok[e].cas == CASE_LOWER &&
           ((s->gram[e] & (G_ADV | G_HAVE | G_BE | G_MODAL | G_FUT)) ||
            (s->tok[e].len > 4 && !memcmp(s->text + s->tok[e].off + s->tok[e].len - 2, "ly", 2))))
        e++; /* "temporarily", "has", "will" */
    const ts_word *w = e < s->ntok && s->mid[e] < 0 && s->tok[e].cas == CASE_LOWER ? ts_w(s, e) : NULL;
    return w && w->verb >= 0 && (w->vform & (VF_PAST | VF_S | VF_PART));
}

/* "the government and the main opposition party", "Fatah and the rival
 * Hamas movement": a word of rank or stance between "and the" and the next
 * member of a list. */
static int rank_word(const ts_sent *s, size_t k)
{
    static const ts_lit rank[] = {LIT("main"),  LIT("largest"), LIT("biggest"), LIT("leading"), LIT("principal"),
                                  LIT("chief"), LIT("rival"),   LIT("second-largest"), LIT("smaller")};
    return s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER && s->mid[k] < 0 &&
           ts_tok_in(s, k, rank, sizeof rank / sizeof rank[0]);
}

static void group_compounds(ts_sent *s)
{
    for (size_t m = 1; m < s->nm; m++) {
        ts_mention *a = &s->m[m - 1], *b = &s->m[m];
        if (a->kind == M_PRON || b->kind == M_PRON || a->modifier || b->modifier == 1 || two_ref(s, a) ||
            two_ref(s, b))
            continue;
        int sep_and = 0, sep_comma = 0, ok = 1;
        for (size_t k = a->t1; k < b->t0 && ok; k++) { /* (no use reading on once it fails) */
            if (s->gram[k] & G_AND)
                sep_and = 1;
            else if (TOK_IS(s, k, ","))
                sep_comma = 1;
            else if (!(s->gram[k] & G_DET) && !TOK_IS(s, k, "both") &&
                     !(sep_and && (s->tok[k].kind == TK_NUM || (s->gram[k] & G_QUANT) || TOK_IS(s, k, "other"))) &&
                     !(b->kind == M_UNRES && sep_and && s->tok[k].kind == TK_WORD && s->tok[k].cas != CASE_LOWER &&
                       s->mid[k] < 0) &&
                     !(sep_and && k + 1 == b->t0 && b->kind == M_NAME && described_org(s, k)) &&
                     !(sep_and && k + 1 == b->t0 && rank_word(s, k)))
                ok = 0; /* but "the government and Tigrayan rebels": a name we lack;
                           "the army and the paramilitary Rapid Support Forces": a description;
                           "the United States and 12 other Western countries": a count */
        }
        if (!ok || (!sep_and && !sep_comma))
            continue;
        if (sep_and && sep_comma && a->group == (int16_t)(m - 1) && new_clause_subject(s, a, b))
            continue; /* "talks with Bolivia, and Argentina temporarily closed": two clauses (but
                         "sanctions on Iran, Iraq, and Syria were lifted": the end of a list) */
        if (!sep_and) {
            /* comma only: part of a list only if an "and" follows this mention */
            size_t k = b->t1;
            int list = 0;
            if (k < s->ntok && (s->gram[k] & G_AND))
                list = 1;
            if (k < s->ntok && TOK_IS(s, k, ",") && m + 1 < s->nm && s->m[m + 1].t0 <= k + 3)
                list = 1;
            if (!list)
                continue;
            if (opener_place(s, a, b))
                continue;
        }
        b->group = a->group;
    }
    /* "Israel and Lebanon's Hezbollah": the possessor joined the list for the
       party it owns; the party takes its place */
    for (size_t m = 1; m + 1 < s->nm; m++) {
        ts_mention *x = &s->m[m], *y = &s->m[m + 1];
        if (x->modifier != 2 || x->group == (int16_t)m || y->t0 != x->t1 + 1 || y->kind != M_NAME ||
            y->modifier || y->group != (int16_t)(m + 1))
            continue;
        y->group = x->group;
        x->group = (int16_t)m;
    }
}

#define ALLIES_PHRASE_WORDS 8 /* "its partners in the Gulf Cooperation Council," before the names */

/* "Chad and its allies, Sudan and Libya, closed ...", "Hungary and
 * its neighbours Slovakia and Austria": the allies named after the phrase
 * join the list of the party before it, which the phrase's "its" is. */
static void named_allies(ts_sent *s)
{
    static const ts_lit rel[] = {LIT("allies"), LIT("ally"), LIT("neighbours"), LIT("neighbour"),
                                 LIT("neighbors"), LIT("neighbor"), LIT("partners"), LIT("partner")};
    for (size_t k = 2; k + 2 < s->ntok; k++) {
        if (!(TOK_IS(s, k, "its") || TOK_IS(s, k, "their")) || !(s->gram[k - 1] & G_AND) ||
            !ts_tok_in(s, k + 1, rel, sizeof rel / sizeof rel[0]))
            continue;
        int x = s->mid[k - 2];
        if (x < 0 || s->m[x].kind != M_NAME || strlen(s->m[x].code) < 3 || (size_t)s->m[x].t1 != k - 1)
            continue;
        /* the names: right after the noun, or after its comma ("its allies in
           the Arab League, Egypt and Jordan,") */
        size_t q = k + 2;
        if (q < s->ntok && s->mid[q] < 0) {
            if (!(TOK_IS(s, q, ",") || TOK_IS(s, q, "in") || TOK_IS(s, q, "of") || TOK_IS(s, q, "from") ||
                  TOK_IS(s, q, "across")))
                continue; /* "Israel and its allies struck ...": a verb, no names */
            while (q < s->ntok && q < k + 2 + ALLIES_PHRASE_WORDS && !TOK_IS(s, q, ",") &&
                   s->tok[q].kind != TK_PUNCT && !(s->tok[q].cas == CASE_LOWER && ts_w(s, q) &&
                                                   ts_w(s, q)->verb >= 0 && !s->gram[q]))
                q++;
            if (q >= s->ntok || !TOK_IS(s, q, ","))
                continue;
            q++;
        }
        while (q < s->ntok && (s->gram[q] & G_DET) && s->mid[q] < 0)
            q++;
        int a = q < s->ntok ? s->mid[q] : -1;
        if (a < 0 || s->m[a].kind != M_NAME || strlen(s->m[a].code) < 3 || a == x)
            continue;
        int16_t from = s->m[a].group, to = s->m[x].group;
        for (size_t m = 0; m < s->nm; m++)
            if (s->m[m].group == from)
                s->m[m].group = to;
    }
}

#define TREATY_WORDS 4 /* from "treaty", "pact", "ally" on to the country it binds */

/* "Poland, which shares a defence treaty with Lithuania, said it stood with
 * its ally", "Japan, a treaty ally of the Philippines, said it would defend
 * its partner": "its ally" (partner, allies) that no name follows is the
 * one country the sentence names as bound to the speaker by a treaty, a pact
 * or an alliance ("treaty with X", "ally of X", "pact with X"). */
static void treaty_ally(ts_sent *s)
{
    static const ts_lit rel[] = {LIT("ally"), LIT("allies"), LIT("partner"), LIT("partners")};
    static const ts_lit bond[] = {LIT("treaty"), LIT("pact"), LIT("alliance"), LIT("ally"), LIT("allies"),
                                  LIT("allied"), LIT("accord")};
    for (size_t k = 2; k + 1 < s->ntok; k++) {
        if (!(TOK_IS(s, k, "its") || TOK_IS(s, k, "their")) || !ts_tok_in(s, k + 1, rel, 4) || s->mid[k + 1] >= 0 ||
            (k + 2 < s->ntok && (s->mid[k + 2] >= 0 || s->tok[k + 2].cas != CASE_LOWER)))
            continue; /* "its ally Syria", "its ally, Syria": named */
        int found = -1, n = 0;
        for (size_t m = 0; m < s->nm; m++) {
            const ts_mention *x = &s->m[m];
            if (x->kind != M_NAME || strlen(x->code) != 3 || (size_t)x->t1 > k || x->t0 < 2)
                continue;
            size_t b = x->t0;
            while (b > 0 && (s->gram[b - 1] & G_DET))
                b--;
            if (b < 2 || !(TOK_IS(s, b - 1, "with") || TOK_IS(s, b - 1, "of") || TOK_IS(s, b - 1, "to")))
                continue;
            int bound = 0;
            for (size_t q = b - 1; q-- > 0 && q + TREATY_WORDS >= b && !bound;)
                bound = ts_tok_in(s, q, bond, sizeof bond / sizeof bond[0]);
            if (bound && (found < 0 || strcmp(s->m[found].code, x->code))) {
                found = (int)m;
                n++;
            }
        }
        if (n != 1)
            continue;
        add_mention(s, k + 1, k + 2, k + 1, M_NAME, s->m[found].code);
    }
}

/* Does a country or place follow the agent that ends at token k ("the
 * Senate of Nigeria", "the security council in Moscow"), or a noun it
 * modifies? Then it stays an agent. */
static int agent_of_place(const ts_sent *s, size_t k)
{
    if (k < s->ntok && s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER && !s->gram[k] &&
        !(ts_w(s, k) && ts_w(s, k)->verb >= 0))
        return 1; /* "Security Council resolutions": a noun it modifies, as an agent's would be */
    if (k + 1 >= s->ntok || !(TOK_IS(s, k, "of") || TOK_IS(s, k, "in")))
        return 0;
    piece nx = longest(s, k + 1);
    if (!nx.kind && TOK_IS(s, k + 1, "the"))
        nx = longest(s, k + 2); /* "of the Philippines" */
    return nx.kind == K_COUNTRY || nx.kind == K_ACTOR;
}

/* "a Security Council resolution", "the draft Security Council motion": an
 * organisation's name that is also an agent word ("security council"), after
 * an article or a plain modifier and before a noun it modifies, is the
 * organisation's (as "a UN resolution" is); a country's own council takes the
 * country's name first ("Russia's Security Council", "the Russian Security
 * Council"). Bare before a plural ("breached Security Council resolutions")
 * it stays unnamed: often a body named in passing. */
static int organisation_modifier(const ts_sent *s, size_t i, const piece *p)
{
    size_t k = p->end;
    if (!p->alt || !ts_igo_code(p->alt->code) || i == 0 || k >= s->ntok || s->tok[k].kind != TK_WORD ||
        s->tok[k].cas != CASE_LOWER || s->gram[k] || (ts_w(s, k) && ts_w(s, k)->verb >= 0))
        return 0;
    const ts_word *bw = ts_w(s, i - 1);
    return (s->gram[i - 1] & G_DET) || (s->tok[i - 1].kind == TK_WORD && s->tok[i - 1].cas == CASE_LOWER &&
                                        !s->gram[i - 1] && s->mid[i - 1] < 0 && !(bw && bw->verb >= 0));
}

/* A domestic scene's country: the people who open the sentence as its
 * subject ("Georgians marched", "Peruvian protesters demanded", not "troops
 * killed civilians") and, after them, where it happens ("protesters in Lima",
 * "marched in Tbilisi"), all of one country, before mention `self`. A state's
 * organs and diplomats are no anchor: in "the ministry summoned the Russian
 * ambassador" the ambassador is the counterpart. */
static int scene_country(const ts_sent *s, size_t self, char cc[4])
{
    int people = 0, many = 0;
    cc[0] = '\0';
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if (k == self || x->resolved || x->modifier || x->t0 >= s->m[self].t0)
            continue;
        int is_people = (x->kind == M_UNRES && x->sector[0] && strstr(SCENE_PEOPLE, x->sector)) ||
                        (x->kind == M_NAME && strlen(x->code) == 6 && strstr(SCENE_PEOPLE, x->code + 3)) ||
                        (x->kind == M_NAME && strlen(x->code) == 3 && x->people);
        if (is_people && !people) {
            for (size_t q = 0; q < x->t0; q++) {
                const ts_word *w = ts_w(s, q);
                if (s->mid[q] < 0 && s->tok[q].cas == CASE_LOWER && w && w->verb >= 0 &&
                    (w->vform & (VF_PAST | VF_S)) && !(w->vform & VF_BASE))
                    return 0; /* "troops killed Palestinian civilians": people as an object */
            }
        }
        const char *code = NULL;
        if (is_people) {
            people = 1;
            size_t q = x->t1; /* "protesters in Lima" */
            if (x->kind == M_NAME)
                code = x->code; /* "Peruvian protesters", "Georgians" */
            else if (q + 1 < s->ntok && (s->gram[q] & G_LOC) && !(s->gram[q] & G_PREP) && s->mid[q + 1] >= 0)
                code = s->m[s->mid[q + 1]].code;
        } else if (people && x->kind == M_NAME && strlen(x->code) >= 3 && x->t0 > 0 &&
                   (s->gram[x->t0 - 1] & G_LOC) && !(s->gram[x->t0 - 1] & G_PREP)) {
            code = x->code; /* "marched in Tbilisi" */
        }
        if (!code || strlen(code) < 3 || ts_igo_code(code))
            continue;
        if (cc[0] && strncmp(cc, code, 3))
            many = 1;
        memcpy(cc, code, 3);
        cc[3] = '\0';
    }
    return people && !many && cc[0];
}

/* "Georgians marched in Tbilisi against the government": the government the
 * document's memory named (another country's, from earlier sentences) is
 * the scene's own; unless the sentence names that other country itself. */
/* "BRASILIA - Supporters of the former president stormed Congress": a bare
 * "Congress" or "Senate" (the US one by default, dict/actors/places.txt) in a
 * story at home in a state whose legislature bears that name (its dateline,
 * else its first event's source: ts_ctx.home) is that state's, where neither
 * the sentence nor the story's last named states name the default's. */
static void home_congress(ts_sent *s)
{
    static const char congress_cc[] = "ARG BOL BRA CHL COL DOM ECU ESP GTM HND MEX PER PHL PRY SLV URY";
    const char *home = s->ctx->home;
    if (strlen(home) != 3 || !strstr(congress_cc, home))
        return;
    for (size_t m = 0; m < s->nm; m++) {
        ts_mention *x = &s->m[m];
        if (!x->ctx_sector[0] || x->kind != M_NAME || x->resolved || strlen(x->code) != 6 ||
            !strncmp(x->code, home, 3) || !(TOK_IS(s, x->head, "congress") || TOK_IS(s, x->head, "senate")))
            continue;
        int named = 0;
        for (size_t k = 0; k < s->nm && !named; k++)
            named = k != m && (s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && strlen(s->m[k].code) >= 3 &&
                    strncmp(s->m[k].code, home, 3);
        for (int k = 0; k < 8 && !named; k++)
            named = !strncmp(s->ctx->named[k], x->code, 3); /* "... Washington. Congress voted": the US one */
        if (!named)
            compose(x->code, home, x->ctx_sector);
    }
}

static void domestic_scene(ts_sent *s)
{
    for (size_t m = 0; m < s->nm; m++) {
        ts_mention *x = &s->m[m];
        char cc[4];
        if (!x->ctx_sector[0] || x->kind != M_NAME || !scene_country(s, m, cc) || !strncmp(cc, x->code, 3))
            continue;
        int named = 0;
        for (size_t k = 0; k < s->nm && !named; k++)
            named = k != m && !s->m[k].ctx_sector[0] && (s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) &&
                    !strncmp(s->m[k].code, x->code, 3);
        if (named)
            continue;
        compose(x->code, cc, x->ctx_sector);
        x->person = 0;
        x->resolved = 0; /* the sentence names it now, not the memory */
    }
}

/* Is the person's name at [t0, end) part of a place named after them: a
 * capitalised word for a square, street or building right before it
 * ("Plaza Sucre", "Avenida Bolivar") or right after it ("Netanyahu
 * Street", "Jomo Kenyatta International Airport", "Mandela Bridge")? */
static int named_place_of_person(const ts_sent *s, size_t t0, size_t end)
{
    static const ts_lit before[] = {LIT("plaza"), LIT("avenida"), LIT("calle"), LIT("piazza"), LIT("rue"),
                                    LIT("praca"), LIT("paseo")};
    static const ts_lit after[] = {LIT("street"),  LIT("square"),   LIT("avenue"),   LIT("road"),
                                   LIT("boulevard"), LIT("airport"), LIT("international"), LIT("stadium"),
                                   LIT("bridge"),  LIT("hospital"), LIT("university"), LIT("highway"),
                                   LIT("plaza"),   LIT("park"),     LIT("port"),     LIT("tower"),
                                   LIT("mosque"),  LIT("avenida")};
    if (t0 > 0 && s->tok[t0 - 1].kind == TK_WORD && s->tok[t0 - 1].cas != CASE_LOWER &&
        ts_tok_in(s, t0 - 1, before, sizeof before / sizeof before[0]))
        return 1;
    return end < s->ntok && s->tok[end].kind == TK_WORD && s->tok[end].cas != CASE_LOWER &&
           ts_tok_in(s, end, after, sizeof after / sizeof after[0]);
}

#define COMPOUND_WORDS 6 /* tokens from a possessive to its agent: "'s Kremlin-friendly ruling" */

/* "Moldova's Kremlin-friendly opposition", "Georgia's Russia-leaning ruling
 * party", "Serbia's Moscow-backed president": a compound of another actor
 * ("Kremlin-friendly", a modifier) between a country's possessive and an
 * agent does not hide whose the agent is: the possessor's. */
static void possessed_through_compound(ts_sent *s)
{
    for (size_t m = 0; m < s->nm; m++) {
        ts_mention *x = &s->m[m];
        if (x->kind != M_UNRES || !x->sector[0] || x->t0 < 4)
            continue;
        int hyphen = 0, modifier = 0;
        size_t k = x->t0;
        while (k-- > 0 && k + COMPOUND_WORDS > x->t0 && !is_possessive(s, k)) {
            if (TOK_IS(s, k, "-"))
                hyphen = 1;
            else if (s->mid[k] >= 0 && s->m[s->mid[k]].modifier == 1)
                modifier = 1;
            else if (s->mid[k] >= 0 || s->tok[k].kind != TK_WORD || s->tok[k].cas != CASE_LOWER || s->gram[k])
                break;
        }
        if (k == (size_t)-1 || k == 0 || !is_possessive(s, k) || !hyphen || !modifier || s->mid[k - 1] < 0)
            continue;
        const ts_mention *p = &s->m[s->mid[k - 1]];
        if (p->kind != M_NAME || (strlen(p->code) != 3 && strlen(p->code) != 6) || ts_igo_code(p->code) ||
            ts_region_code(p->code) || p->person)
            continue;
        memcpy(x->code, p->code, 3);
        memcpy(x->code + 3, x->sector, 4);
        x->kind = M_NAME;
    }
}

static void them_compound(ts_sent *s);

void ts_mentions(ts_sent *s)
{
    s->nm = 0;
    if (++memo_cur == 0) {
        memset(memo_gen, 0, sizeof memo_gen);
        memo_cur = 1;
    }
    mark_tokens(s);
    size_t i = 0;
    while (i < s->ntok) {
        piece p = longest(s, i);
        if (p.kind == K_GRAM) {
            for (size_t k = i; k < p.end; k++)
                s->gram[k] |= p.gram;
            i = p.end;
            continue;
        }
        if (p.kind == K_NULL) {
            i = p.end;
            continue;
        }
        char home[4] = "";
        if (p.kind == K_AGENT && p.alt && (!agent_of_place(s, p.end) || organisation_modifier(s, i, &p))) {
            /* an agent with no country before it that is also an actor's
               name: the actor ("The Senate condemned ...", "the Security
               Council"), not an agent that names nobody */
            if (strlen(p.alt->code) == 6 && !ts_igo_code(p.alt->code) && !strcmp(p.alt->code + 3, p.e->code))
                memcpy(home, p.e->code, 4); /* "Congress": the US one unless the scene is elsewhere */
            p.kind = p.alt->kind;
            p.e = p.alt;
        }
        if (p.kind == K_PERSON && named_place_of_person(s, i, p.end)) {
            i = p.end; /* "Plaza Sucre", "Netanyahu Street", "Ben Gurion Airport": a place */
            continue;
        }
        if (may_reference(s, &p, i) && take_reference(s, &p, &i))
            continue;
        if (!p.kind) {
            /* the story taught no name: most tokens, without the call */
            const char *known = s->ctx->nnames && s->tok[i].cas != CASE_LOWER ? learned_name(s, i) : NULL;
            if (known && !is_possessive(s, i + 1)) {
                int mi = add_mention(s, i, i + 1, i, M_NAME, known); /* "Police arrested Zuniga" */
                if (mi >= 0)
                    s->m[mi].person = 1;
            }
            i++;
            continue;
        }
        size_t nm0 = s->nm;
        i = take_phrase(s, p, i);
        if (home[0] && s->nm == nm0 + 1 && s->m[nm0].kind == M_NAME && !strcmp(s->m[nm0].code, p.e->code))
            memcpy(s->m[nm0].ctx_sector, home, 4);
    }
    possessed_through_compound(s);
    share_agent(s);
    based_agents(s);
    share_of_sector(s);
    shared_country(s);
    group_compounds(s);
    them_compound(s);
    named_allies(s);
    treaty_ally(s);
    domestic_scene(s);
    home_congress(s);
}

/* Whether the compound ending with x is the subject of the verb right
 * after it ("Brazil and Mexico welcomed the deal and urged them to ..."):
 * "them" then names others, never the subject's own members. */
static int compound_subject_verb(const ts_sent *s, const ts_mention *x)
{
    size_t t = x->t1;
    if (t >= s->ntok || s->tok[t].kind != TK_WORD || s->tok[t].cas != CASE_LOWER || s->mid[t] >= 0)
        return 0;
    const ts_word *w = ts_w(s, t);
    int n = 0;
    for (size_t k = 0; k < s->nm; k++)
        n += s->m[k].group == x->group && s->m[k].kind == M_NAME;
    return n >= 2 && w && w->verb >= 0 && (w->vform & (VF_PAST | VF_S)) &&
           !(s->gram[t] & (G_PREP | G_DET | G_AND | G_SUB | G_REL));
}

/* "spoke to both generals and urged them to ...", "talked to Kagame and
 * Tshisekedi and asked them to ...": the object "them" of a second verb
 * joined by "and", whose latest party before it is a group of two or more
 * (a compound, or the story's two), is that group, not the subject nor its
 * first member alone. */
static void them_compound(ts_sent *s)
{
    for (size_t m = 0; m < s->nm; m++) {
        ts_mention *p = &s->m[m];
        if (p->kind != M_PRON || p->t1 != p->t0 + 1 || p->t0 < 2 || !TOK_IS(s, p->t0, "them") ||
            !(s->gram[p->t0 - 2] & G_AND) || s->tok[p->t0 - 1].cas != CASE_LOWER || !ts_w(s, p->t0 - 1) ||
            ts_w(s, p->t0 - 1)->verb < 0)
            continue; /* only the object of a verb joined by "and": "... and urged them" */
        int x = -1;
        for (size_t k = 0; k < s->nm; k++)
            if (s->m[k].t0 < p->t0 && s->m[k].kind == M_NAME && !s->m[k].modifier &&
                (x < 0 || s->m[k].t0 > s->m[x].t0))
                x = (int)k;
        if (x < 0 || !s->m[x].code[0] || compound_subject_verb(s, &s->m[x]))
            continue;
        int16_t grp = s->m[x].group;
        size_t n = 0;
        for (size_t k = 0; k < s->nm; k++)
            n += s->m[k].group == grp && s->m[k].t0 < p->t0 && s->m[k].kind == M_NAME;
        const ts_mention *f = &s->m[grp];
        if (n < 2 || f->kind != M_NAME || !f->code[0] || f->person || f->t0 >= p->t0)
            continue;
        set_code(p->code, f->code);
        p->group = grp;
    }
}

/* A party "they" can point back to: a plural noun ("protesters", "troops",
 * "police"), one of a compound group ("Russia and China"), or a country
 * named by its people ("the Russians"); not a singular body ("parliament",
 * "the ministry") or a country by its name, which is "it". */
static int plural_party(const ts_sent *s, size_t m)
{
    const ts_mention *x = &s->m[m];
    for (size_t k = 0; k < s->nm; k++)
        if (k != m && s->m[k].group == x->group)
            return 1;
    if (x->people)
        return 1;
    const ts_tok *h = &s->tok[x->head];
    if (h->kind != TK_WORD || (h->cas != CASE_LOWER && x->head != 0)) /* "Protesters surrounded ..." */
        return 0;
    const ts_word *w = ts_w(s, x->head);
    return (w && (w->nplural & 1)) || TOK_IS(s, x->head, "police") ||
           (h->len > 3 && s->text[h->off + h->len - 1] == 's' && s->text[h->off + h->len - 2] != 's');
}

/* A country named only as where people went ("fled to neighbouring
 * Venezuela", "crossed into Chad"): a place, not a party "it" or "the
 * government" points back to. */
static int refuge(const ts_sent *s, const ts_mention *x)
{
    size_t b = x->t0;
    while (b > 0 && s->tok[b - 1].kind == TK_WORD && s->tok[b - 1].cas == CASE_LOWER && s->mid[b - 1] < 0 &&
           !s->gram[b - 1] && b + 2 > x->t0)
        b--; /* "neighbouring" */
    if (strlen(x->code) != 3 || b < 2 || !(TOK_IS(s, b - 1, "to") || TOK_IS(s, b - 1, "into")))
        return 0;
    static const ts_lit fled[] = {LIT("fled"), LIT("crossed"), LIT("escaped"), LIT("flee"), LIT("fleeing"),
                                  LIT("returned"), LIT("moved"), LIT("travelled"), LIT("traveled")};
    return ts_tok_in(s, b - 2, fled, sizeof fled / sizeof fled[0]);
}

/* The story's last list of three or four countries (ts_ctx.many): a group
 * of this sentence's own mentions with that many countries. */
static void remember_many(ts_sent *s)
{
    for (size_t m = 0; m < s->nm; m++) {
        if (s->m[m].group != (int16_t)m)
            continue;
        char cc[5][4];
        int n = 0;
        for (size_t k = m; k < s->nm && n <= 4; k++) {
            const ts_mention *x = &s->m[k];
            if (x->group != (int16_t)m || x->kind != M_NAME || x->t1 == x->t0 || x->resolved ||
                strlen(x->code) < 3 || ts_igo_code(x->code))
                continue;
            int seen = 0;
            for (int j = 0; j < n; j++)
                seen |= !strncmp(cc[j], x->code, 3);
            if (!seen) {
                memcpy(cc[n], x->code, 3);
                cc[n++][3] = '\0';
            }
        }
        if (n == 3 || n == 4) {
            memcpy(s->ctx->many, cc, (size_t)n * sizeof cc[0]);
            s->ctx->nmany = (uint8_t)n;
        }
    }
}

#define APPOSED_NAME_WORDS 4 /* words of a name the dictionaries lack before ", the army chief," */

/* "Juan Jose Zuniga, Bolivia's army chief, said ...": a name of two to four
 * capitalised words the dictionaries lack, right before a comma and a
 * mention of one official of a country (a title as its head), is that
 * official's: the surname is remembered with its code. */
static void learn_apposed_names(ts_sent *s)
{
    for (size_t m = 0; m < s->nm; m++) {
        const ts_mention *x = &s->m[m];
        if (x->kind != M_NAME || strlen(x->code) != 6 || ts_igo_code(x->code) || x->t0 < 3 ||
            s->tok[x->t0 - 1].kind != TK_PUNCT || s->text[s->tok[x->t0 - 1].off] != ',' ||
            !singular_title(s, x->head))
            continue;
        size_t e = x->t0 - 1, b = e; /* the name is [b, e) */
        while (b > 0 && e - b < APPOSED_NAME_WORDS && s->mid[b - 1] < 0 && capitalised_name(s, b - 1) &&
               !longest(s, b - 1).kind)
            b--;
        if (e - b < 2 || (b > 0 && s->tok[b - 1].kind == TK_WORD && s->tok[b - 1].cas != CASE_LOWER))
            continue; /* one word ("Separately,") or part of a longer capitalised run */
        ts_mention tmp = *x;
        tmp.uname = (uint16_t)e;
        learn_name(s, &tmp, x->code);
    }
}

/* "Elena Marsh, a spokeswoman for the UN refugee agency, told
 * ...": the name before an apposed spokesperson of a named body is that
 * body's officer; a later "Marsh" is its. */
static void learn_apposed_spokespeople(ts_sent *s)
{
    static const ts_lit speakers[] = {LIT("spokesman"), LIT("spokeswoman"), LIT("spokesperson")};
    for (size_t m = 0; m + 1 < s->nm; m++) {
        const ts_mention *x = &s->m[m];
        if (x->kind != M_UNRES || !ts_tok_in(s, x->head, speakers, sizeof speakers / sizeof speakers[0]) ||
            (size_t)x->t1 + 2 >= s->ntok || !(TOK_IS(s, x->t1, "for") || TOK_IS(s, x->t1, "of")))
            continue;
        size_t c = x->t0;
        while (c > 0 && (s->gram[c - 1] & G_DET) && s->mid[c - 1] < 0)
            c--;
        if (c < 3 || s->tok[c - 1].kind != TK_PUNCT || s->text[s->tok[c - 1].off] != ',')
            continue;
        size_t q = (size_t)x->t1 + 1;
        while (q < s->ntok && (s->gram[q] & G_DET) && s->mid[q] < 0)
            q++;
        int bm = q < s->ntok ? s->mid[q] : -1;
        if (bm < 0 || s->m[bm].kind != M_NAME || s->m[bm].person || strlen(s->m[bm].code) < 3)
            continue;
        size_t e = c - 1, b = e; /* the name is [b, e) */
        while (b > 0 && e - b < APPOSED_NAME_WORDS && s->mid[b - 1] < 0 && capitalised_name(s, b - 1) &&
               !longest(s, b - 1).kind)
            b--;
        if (e - b < 2 || (b > 0 && s->tok[b - 1].kind == TK_WORD && s->tok[b - 1].cas != CASE_LOWER))
            continue;
        ts_mention tmp = s->m[bm];
        tmp.uname = (uint16_t)e;
        learn_name(s, &tmp, s->m[bm].code);
        if (b == 0)
            set_code(s->ctx->person, s->m[bm].code); /* the sentence opens with him: "she" later */
    }
}

/* "Thousands rallied outside a French military base": a party that only
 * modifies the noun of a place phrase (after "outside", "near", "at") is no
 * actor a later role noun may take ("the soldiers who seized power" are not
 * France's): it is not the story's last country. */
static int place_modifier(const ts_sent *s, const ts_mention *x)
{
    size_t b = x->t0;
    while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--;
    if (b == 0 || !(s->gram[b - 1] & G_LOC) || (s->gram[b - 1] & G_PREP) || x->t1 >= s->ntok)
        return 0;
    const ts_tok *n = &s->tok[x->t1];
    return n->kind == TK_WORD && n->cas == CASE_LOWER && s->mid[x->t1] < 0 && !s->gram[x->t1];
}

#define BLAST_PLACE_SPAN 12 /* tokens from the blast word to its place */

const char *ts_blast_code(const ts_sent *s, size_t end, char cc[4])
{
    static const ts_lit blast[] = {LIT("bomb"),       LIT("bombs"),     LIT("blast"),    LIT("blasts"),
                                   LIT("explosion"),  LIT("explosions"), LIT("bombing"), LIT("bombings"),
                                   LIT("bomber"),     LIT("bombers")};
    static const ts_lit at[] = {LIT("in"), LIT("at"), LIT("near"), LIT("outside")};
    if (end > s->ntok)
        end = s->ntok;
    for (size_t k = 0; k < end; k++) {
        /* every sentence asks (ts_ctx_update): a first look at the length and
           the first letter, before the word list */
        const ts_tok *t = &s->tok[k];
        if (t->kind != TK_WORD || t->len < 4 || t->len > 10 ||
            ((s->text[t->off] | 0x20) != 'b' && (s->text[t->off] | 0x20) != 'e') ||
            !ts_tok_in(s, k, blast, sizeof blast / sizeof blast[0]))
            continue;
        /* where it went off: "in Mogadishu", "at a market in Quetta" */
        cc[0] = '\0';
        for (size_t q = k + 1; q < end && q < k + BLAST_PLACE_SPAN && !cc[0]; q++) {
            if (!ts_tok_in(s, q, at, sizeof at / sizeof at[0]))
                continue;
            for (size_t r = q + 1; r < end && r < q + 4; r++) {
                int mr = s->mid[r];
                if (mr < 0)
                    continue;
                const ts_mention *x = &s->m[mr];
                if (x->kind == M_NAME && strlen(x->code) >= 3 && !ts_igo_code(x->code)) {
                    memcpy(cc, x->code, 3);
                    cc[3] = '\0';
                }
                break;
            }
        }
        if (!cc[0])
            return "";
        if (k > 0 && TOK_IS(s, k - 1, "suicide"))
            return "1831";
        if (k > 0 && TOK_IS(s, k - 1, "car"))
            return "1832";
        if (k > 0 && TOK_IS(s, k - 1, "roadside"))
            return "1833";
        return "183";
    }
    return "";
}

/* The country of the sentence's last venue, a place where something
 * happened ("in Nairobi", "at the border in Kenya"; not "to", "from", nor a
 * foreign mission there, "outside the French embassy"): the story's scene
 * (ts_ctx.scene). */
static void remember_scene(ts_sent *s)
{
    static const ts_lit missions[] = {LIT("embassy"), LIT("embassies"), LIT("consulate"), LIT("mission")};
    for (size_t m = 0; m < s->nm; m++) {
        const ts_mention *x = &s->m[m];
        size_t b = x->t0;
        while (b > 0 && b + 3 > x->t0 && s->mid[b - 1] < 0 &&
               ((s->gram[b - 1] & G_DET) || (s->tok[b - 1].cas == CASE_LOWER && !s->gram[b - 1])))
            b--; /* "in the southern Lebanon", "in war-torn Sudan" */
        if (x->kind != M_NAME || strlen(x->code) < 3 || ts_igo_code(x->code) || ts_region_code(x->code) || b == 0 ||
            !(s->gram[b - 1] & G_LOC) || (s->gram[b - 1] & G_PREP) ||
            ts_tok_in(s, x->head, missions, sizeof missions / sizeof missions[0]) || ts_briefing_at(s, x->t0))
            continue;
        memcpy(s->ctx->scene, x->code, 3);
        s->ctx->scene[3] = '\0';
    }
}

/* "A spokeswoman for the UN human rights office told reporters ...": an
 * unnamed spokesperson who opens the sentence and speaks for a named body is
 * whom a later "she", "he" or "the spokesman" names, in a sentence that
 * names no person. */
static void remember_spokesperson(ts_sent *s)
{
    static const ts_lit speakers[] = {LIT("spokesman"), LIT("spokeswoman"), LIT("spokesperson")};
    if (s->nm < 2 || s->m[0].kind != M_UNRES || s->m[0].t0 > 1 ||
        !ts_tok_in(s, s->m[0].head, speakers, sizeof speakers / sizeof speakers[0]))
        return;
    size_t t1 = (size_t)s->m[0].t1;
    if (t1 + 1 >= s->ntok || !(TOK_IS(s, t1, "for") || TOK_IS(s, t1, "of")))
        return;
    size_t q = t1 + 1;
    while (q < s->ntok && (s->gram[q] & G_DET) && s->mid[q] < 0)
        q++;
    int b = q < s->ntok ? s->mid[q] : -1;
    if (b < 0 || s->m[b].kind != M_NAME || s->m[b].person || strlen(s->m[b].code) < 3)
        return;
    for (size_t m = 0; m < s->nm; m++)
        if (s->m[m].person && s->m[m].t1 > s->m[m].t0)
            return;
    set_code(s->ctx->person, s->m[b].code);
    set_code(s->ctx->person_subj, s->m[b].code);
    memcpy(s->ctx->person_title, "spokesman", sizeof "spokesman");
}

/* The state or organisation the sentence opens with as its subject (mention
 * first, at most a determiner before it, no person, no possessive after it:
 * "Russia's army" is the army's), whom an opening "it" of the next sentence
 * names (ts_ctx.thing_subj); else none. */
static void opening_thing(ts_sent *s, int first)
{
    s->ctx->thing_subj[0] = '\0';
    if (first < 0)
        return;
    const ts_mention *x = &s->m[first];
    if (x->kind != M_NAME || x->person || x->resolved || strlen(x->code) < 3 || x->modifier ||
        ts_briefing_at(s, x->t0) || (size_t)x->t1 >= s->ntok || is_possessive(s, x->t1))
        return;
    for (size_t k = 0; k < (size_t)x->t0; k++)
        if (!(s->gram[k] & G_DET))
            return;
    const ts_word *w = ts_w(s, x->t1);
    if (!w || w->verb < 0 || s->tok[x->t1].cas != CASE_LOWER)
        return; /* its verb right after it: "The UN said", "Russia denied" */
    set_code(s->ctx->thing_subj, x->code);
}

/* The states the sentence named, in its order, to the front of the
 * story's list of them (ts_ctx.named): places too, not organisations nor
 * regions. */
static void remember_named(ts_sent *s)
{
    for (size_t m = 0; m < s->nm; m++) {
        const char *c = s->m[m].code;
        if ((s->m[m].kind != M_NAME && s->m[m].kind != M_ADJ) || strlen(c) < 3 || ts_igo_code(c) || ts_region_code(c) ||
            ts_briefing_at(s, s->m[m].t0))
            continue;
        int at = 7;
        for (int k = 0; k < 7; k++) {
            const char *n = s->ctx->named[k];
            if (n[0] == c[0] && n[1] == c[1] && n[2] == c[2]) { /* (no call per entry: every mention of every sentence) */
                at = k;
                break;
            }
        }
        memmove(s->ctx->named[1], s->ctx->named[0], (size_t)at * sizeof s->ctx->named[0]);
        memcpy(s->ctx->named[0], c, 3);
        s->ctx->named[0][3] = '\0';
    }
}

/* "Fighting erupted between Thai and Cambodian troops", "Talks between
 * Sudan's army and the RSF collapsed": a story that opens with two named
 * parties joined by "between" and no event of theirs has its pair there
 * ("Each side blamed the other", "the two sides"); the first event between
 * two, when there is one, keeps it (coder.c). "Thai and Cambodian troops":
 * the first party is of the second's kind. */
#define BETWEEN_PAIR_DET 2 /* "between | the | Sudanese army" */
static int between_party(const ts_sent *s, size_t q)
{
    for (size_t n = 0; n < BETWEEN_PAIR_DET && q < s->ntok && s->mid[q] < 0 && (s->gram[q] & G_DET); n++)
        q++;
    if (q >= s->ntok || s->mid[q] < 0)
        return -1;
    const ts_mention *x = &s->m[s->mid[q]];
    return x->kind == M_NAME && strlen(x->code) >= 3 && !ts_igo_code(x->code) ? s->mid[q] : -1;
}

static void remember_between(ts_sent *s)
{
    if (s->ctx->pair[0][0])
        return;
    for (size_t k = 0; k + 3 < s->ntok; k++) {
        if (!TOK_IS(s, k, "between"))
            continue;
        int a = between_party(s, k + 1);
        if (a < 0 || s->m[a].t1 >= s->ntok || !TOK_IS(s, s->m[a].t1, "and"))
            return;
        int b = between_party(s, s->m[a].t1 + 1);
        if (b < 0 || !strcmp(s->m[a].code, s->m[b].code))
            return;
        char ca[TS_CODE_MAX];
        set_code(ca, s->m[a].code);
        if (strlen(ca) == 3 && strlen(s->m[b].code) == 6 && s->m[a].t1 == s->m[a].t0 + 1 &&
            strncmp(ca, s->m[b].code, 3))
            compose(ca, ca, s->m[b].code + 3); /* "Thai and Cambodian troops" */
        set_code(s->ctx->pair[0], ca);
        set_code(s->ctx->pair[1], s->m[b].code);
        return;
    }
}

/* "The International Criminal Court issued a warrant", "the ICJ ruled": an
 * organisation named as a court or tribunal (or by the two courts' short
 * names) is the story's world court (ts_ctx.world_court), whom a bare "the
 * court" later names. */
static void remember_world_court(ts_sent *s)
{
    static const ts_lit courts[] = {LIT("court"), LIT("tribunal"), LIT("icc"), LIT("icj")};
    for (size_t m = 0; m < s->nm; m++) {
        const ts_mention *x = &s->m[m];
        if (x->kind != M_NAME || !ts_igo_code(x->code) || !strncmp(x->code, "NGO", 3) || x->resolved)
            continue;
        for (size_t k = x->t0; k < x->t1 && k < s->ntok; k++)
            if (s->tok[k].cas != CASE_LOWER && ts_tok_in(s, k, courts, sizeof courts / sizeof courts[0])) {
                set_code(s->ctx->world_court, x->code);
                break;
            }
    }
}

void ts_ctx_update(ts_sent *s)
{
    remember_between(s);
    remember_world_court(s);
    remember_many(s);
    remember_named(s);
    remember_scene(s);
    {
        /* "A car bomb killed six people in Mogadishu": the story's last blast, where it went off */
        char cc[4];
        const char *bc = ts_blast_code(s, s->ntok, cc);
        if (bc[0]) {
            memcpy(s->ctx->blast, cc, 4);
            memcpy(s->ctx->blast_code, bc, strlen(bc) + 1); /* at most "1833" */
        }
    }
    for (size_t m = 0; m < s->nm; m++) {
        const ts_mention *x = &s->m[m];
        if (!x->uname) {
            /* a person the dictionaries know by full name ("Interior Minister
               Ana Ruiz"): a later bare surname is the same person */
            size_t h = x->head;
            if (x->kind == M_NAME && x->person && strlen(x->code) >= 3 && h > x->t0 && h < s->ntok &&
                s->mid[h] == (int)m && s->mid[h - 1] == (int)m && capitalised_name(s, h) &&
                capitalised_name(s, h - 1) && !is_possessive(s, h + 1)) {
                ts_mention tmp = *x;
                tmp.uname = (uint16_t)(h + 1);
                learn_name(s, &tmp, x->code);
            }
            continue;
        }
        if (x->kind == M_NAME && x->code[0])
            learn_name(s, x, x->code); /* "Bolivia's army chief General Zuniga" */
        else if (m > 0 && s->m[m - 1].kind == M_NAME && strlen(s->m[m - 1].code) >= 3 && x->t0 >= 1 &&
                 s->m[m - 1].t1 + 1 == x->t0 && s->tok[x->t0 - 1].kind == TK_PUNCT && s->text[s->tok[x->t0 - 1].off] == ',')
            learn_name(s, x, s->m[m - 1].code); /* "Bolivia's army chief, General Juan Jose Zuniga," */
        else if (x->kind == M_UNRES && x->sector[0] && strcmp(x->sector, "WPN") && one_country_story(s)) {
            /* "the premier rebuked Colonel Felix Mora" in a story of one country: a
               titled person no event of this sentence placed is the story country's */
            char code[TS_CODE_MAX];
            memcpy(code, s->ctx->thing, 3);
            memcpy(code + 3, x->sector, 4);
            learn_name(s, x, code);
        }
    }
    learn_apposed_names(s);
    learn_apposed_spokespeople(s);
    {
        /* the person the sentence opens with, before any verb or preposition */
        s->ctx->person_subj[0] = '\0';
        int first = -1;
        for (size_t m = 0; m < s->nm; m++)
            if (s->m[m].kind != M_UNRES && s->m[m].t1 > s->m[m].t0 &&
                (first < 0 || s->m[m].t0 < s->m[first].t0))
                first = (int)m;
        if (first >= 0 && s->m[first].kind == M_NAME && s->m[first].person && s->m[first].code[0]) {
            int clear = 1;
            for (size_t k = 0; k < s->m[first].t0 && clear; k++) {
                const ts_word *w = ts_w(s, k);
                clear = !(s->gram[k] & (G_PREP | G_SUB | G_REL | G_SAY)) && !(w && w->verb >= 0 && s->tok[k].cas == CASE_LOWER);
            }
            if (clear)
                set_code(s->ctx->person_subj, s->m[first].code);
        }
        opening_thing(s, first);
    }
    for (size_t m = 0; m < s->nm; m++) {
        const ts_mention *x = &s->m[m];
        if (x->kind != M_NAME || !x->code[0] || x->t1 == x->t0)
            continue; /* not a party the grammar took from the story's memory (no words) */
        if (ts_briefing_at(s, x->t0))
            continue; /* "told reporters in Geneva": no party, not "it" nor the story's state */
        if (x->person) {
            set_code(s->ctx->person, x->code);
            if (!x->resolved) {
                person_title(s, x, s->ctx->person_title);
                person_rank(s, x, s->ctx->person_rank);
            }
            if (!s->ctx->thing[0] && !x->resolved && strlen(x->code) >= 3 && !ts_igo_code(x->code))
                set_code(s->ctx->thing, x->code); /* "Haiti's prime minister Claude Joseph": the story's country until another is named */
        } else if (x->modifier != 2) { /* "Ukraine's partners": not Ukraine */
            if (!refuge(s, x) && !place_modifier(s, x)) /* "Residents fled to neighbouring Venezuela": a place, not "it" */
                set_code(s->ctx->thing, x->code);
            if (plural_party(s, m)) /* "they": the protesters, not the parliament they stormed */
                set_code(s->ctx->group, x->code);
            char title[16];
            if (!x->resolved && strlen(x->code) == 6 && (!strcmp(x->code + 3, "GOV") || !strcmp(x->code + 3, "MIL")) &&
                (person_title(s, x, title), title[0])) {
                /* "Haiti's interim prime minister Claude Joseph", "Russia's defence
                   minister": one official, whom a later "he" or "the minister" names */
                set_code(s->ctx->person, x->code);
                memcpy(s->ctx->person_title, title, sizeof title);
            }
        }
        if (strlen(x->code) == 6 && !strcmp(x->code + 3, "GOV") &&
            ts_tok_in(s, x->head, envoy_nouns, sizeof envoy_nouns / sizeof envoy_nouns[0]))
            set_code(s->ctx->envoy, x->code); /* "France's ambassador", "the French envoy" */
        if (names_leaders(s, x))
            set_code(s->ctx->leaders, x->code); /* "EU leaders": whom "the leaders" name later */
        if (!x->resolved && strlen(x->code) >= 3 && !ts_igo_code(x->code) &&
            (rulers_noun(s, x->t0, x->t1) || (strlen(x->code) == 6 && !strcmp(x->code + 3, "MIL") && seized_power(s, x->t1)))) {
            memcpy(s->ctx->rulers, x->code, 3); /* "Niger's military rulers", "Soldiers in Niger seized power" */
            s->ctx->rulers[3] = '\0';
        }
        if (ts_igo_code(x->code) && strncmp(x->code, "NGO", 3))
            set_code(s->ctx->igo, x->code); /* an NGO is no bloc or alliance */
        if (strlen(x->code) == 6 && !strcmp(x->code + 3, "REB"))
            set_code(s->ctx->reb, x->code);
        size_t b = x->t0;
        for (;;) {
            if (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
                b--;
            else if (b > 1 && is_possessive(s, b - 1) && s->mid[b - 2] >= 0)
                b = s->m[s->mid[b - 2]].t0; /* "in Turkey's Istanbul" */
            else
                break;
        }
        if (b > 0 && (s->gram[b - 1] & G_LOC) && !(s->gram[b - 1] & G_PREP) && !x->people)
            continue; /* "met in Turkey's Istanbul": a venue, not one of the story's parties */
        if (strcmp(s->ctx->recent[0], x->code)) {
            memmove(s->ctx->recent[1], s->ctx->recent[0], 3 * sizeof s->ctx->recent[0]);
            set_code(s->ctx->recent[0], x->code);
        }
    }
    remember_spokesperson(s);
}
