/* where.c - locates events (where.h). A name is looked up in the gazetteer by
 * the folded hashes of its words, longest first. It is a place phrase when a
 * locative word leads to it, over articles, compass adjectives, a possessive
 * place and nominal heads ("in the Ukrainian city of", "off the coast of",
 * "along the border with"); a name that heads a noun phrase ("the US embassy")
 * is a modifier, not a place. Same-name places are told apart by a
 * qualifier ("Santiago, Chile"), the actors' countries, the story's places,
 * the kind of place and its population. */
#include "where.h"

#include "dict/gazetteer.h"

#include <math.h>
#include <pthread.h>
#include <string.h>

#define MAX_NAME_WORDS 6 /* words of a place name tried */
#define MAX_LOOKBACK 8   /* tokens between a locative word and the name */
#define MAX_UNRES_WORDS 4

void ts_where_begin(ts_where_doc *d)
{
    memset(d, 0, sizeof *d);
    d->dateline = -1;
}

static const char *const LOC_PREP[] = {"in", "near", "outside", "at", "inside", "within", "across", "throughout",
                                       "around", "off", "along", "into", "on", "over", "beside", "toward",
                                       "towards", "through", "nearby", NULL};
static const char *const SKIP_ADJ[] = {"the", "eastern", "western", "northern", "southern", "central", "northeastern",
                                       "northwestern", "southeastern", "southwestern", "north-eastern",
                                       "north-western", "south-eastern", "south-western", "far", "occupied",
                                       "rural", "coastal", "mountainous", "neighbouring", "neighboring", "war-torn",
                                       "restive", "northeast", "northwest", "southeast", "southwest", NULL};
/* "the city of X", "the coast of X": the head before "of" */
static const char *const NOMINAL[] = {"city", "town", "village", "region", "province", "district", "capital",
                                      "coast", "outskirts", "port", "suburb", "suburbs", "settlement", "camp",
                                      "state", "island", "islands", "waters", "shores", "center", "centre",
                                      "streets", "heart", "north", "south", "east", "west", "area", "oblast",
                                      "governorate", "county", "neighbourhood", "neighborhood", NULL};
/* "the border with X" */
static const char *const WITH_HEAD[] = {"border", "frontier", "boundary", NULL};
/* a region word after the name: "the Kherson region", "Kursk Oblast" */
static const char *const REGION_WORD[] = {"region", "oblast", "province", "governorate", "state", "district",
                                          "prefecture", "county", NULL};
/* nouns a country or city name modifies ("the US embassy", "Gaza ceasefire") */
static const char *const HEAD_NOUN[] = {
    "embassy", "consulate", "forces", "force", "troops", "army", "military", "government", "officials", "official",
    "authorities", "police", "president", "minister", "ministry", "navy", "soldiers", "citizens", "nationals",
    "delegation", "leader", "leaders", "counterpart", "counterparts", "envoy", "ambassador", "talks", "war",
    "border", "side", "officers", "diplomats", "mission", "office", "team", "officer", "spokesman",
    "spokeswoman", "ceasefire", "truce", "deal", "agreement", "crisis", "conflict", "policy", "sanctions",
    "mayor", "governor", "residents", "people", "-based", "based", "backed", "-backed", "company", "firm",
    "bank", "media", "state", "court", "parliament", "lawmakers", "election", "elections", NULL};
static const char *const MONTHS[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december", "monday", "tuesday",
                                     "wednesday", "thursday", "friday", "saturday", "sunday", NULL};

static const char *const NAME_PARTICLE[] = {"of", "de", "del", "la", "los", "las", "el", "al", "ez", "es",
                                             "ad", "an", "upon", "on", "le", "da", "do", "dos", "du", "am", "im",
                                             "au", "aux", "en", "sur", "les", "di", "strip", NULL};

/* The word lists above as one table: a token's folded hash to the lists it
   is in (bit k: the k-th of WORD_LISTS), built once. */
enum { W_LOC_PREP = 1, W_SKIP_ADJ = 2, W_NOMINAL = 4, W_WITH_HEAD = 8, W_REGION_WORD = 16, W_HEAD_NOUN = 32,
       W_MONTHS = 64, W_NAME_PARTICLE = 128 };
#define WORD_SLOTS 1024 /* more than twice the words of all lists */
static uint64_t w_key[WORD_SLOTS];
static uint8_t w_bits[WORD_SLOTS];
static pthread_once_t w_once = PTHREAD_ONCE_INIT;

static int w_on_tok(void *ud, const ts_tok *t)
{
    *(uint64_t *)ud = t->hash;
    return 1; /* one-word entries */
}

static void w_build(void)
{
    const char *const *lists[] = {LOC_PREP, SKIP_ADJ, NOMINAL, WITH_HEAD, REGION_WORD, HEAD_NOUN, MONTHS,
                                  NAME_PARTICLE};
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (size_t k = 0; lists[l][k]; k++) {
            uint64_t h = 0;
            ts_tokenize(lists[l][k], strlen(lists[l][k]), w_on_tok, &h);
            if (!h)
                continue;
            size_t i = (size_t)(h >> 7) & (WORD_SLOTS - 1);
            while (w_key[i] && w_key[i] != h)
                i = (i + 1) & (WORD_SLOTS - 1);
            w_key[i] = h;
            w_bits[i] |= (uint8_t)(1u << l);
        }
}

/* Is token i a word of the lists in mask? */
static int word_in(const ts_sent *s, size_t i, unsigned mask)
{
    if (i >= s->ntok || s->tok[i].kind != TK_WORD)
        return 0;
    uint64_t h = s->tok[i].hash;
    size_t k = (size_t)(h >> 7) & (WORD_SLOTS - 1);
    while (w_key[k]) {
        if (w_key[k] == h)
            return (w_bits[k] & mask) != 0;
        k = (k + 1) & (WORD_SLOTS - 1);
    }
    return 0;
}


#define FUNCTION_WORD                                                                                          \
    (G_DET | G_PREP | G_LOC | G_AND | G_CONJ | G_SUB | G_REL | G_HE | G_IT | G_THEY | G_WE | G_MODAL | G_FUT |   \
     G_BE | G_HAVE | G_DO | G_NEG | G_IF | G_TO | G_BY | G_WH)

static int is_poss(const ts_sent *s, size_t i)
{
    /* all four start with an apostrophe: punctuation to the tokenizer */
    if (i >= s->ntok || s->tok[i].kind != TK_PUNCT)
        return 0;
    return TOK_IS(s, i, "'s") || TOK_IS(s, i, "’s") || TOK_IS(s, i, "'") || TOK_IS(s, i, "’");
}

static int capitalised(const ts_sent *s, size_t i)
{
    return i < s->ntok && s->tok[i].kind == TK_WORD && s->tok[i].cas != CASE_LOWER;
}

/* Is tokens [t0, ...) led by a locative? 2 yes (a place phrase), 3 by "to"
   (a destination), 0 no. */
static int cue_before(const ts_sent *s, size_t t0)
{
    size_t k = t0, steps = 0;
    while (k > 0 && steps++ < MAX_LOOKBACK) {
        size_t j = k - 1;
        if (word_in(s, j, W_LOC_PREP))
            return 2;
        if (TOK_IS(s, j, "to"))
            return 3;
        if (word_in(s, j, W_SKIP_ADJ)) {
            k = j;
            continue;
        }
        if (TOK_IS(s, j, "of") && j > 0 && word_in(s, j - 1, W_NOMINAL))
            return 2;
        if (TOK_IS(s, j, "with") && j > 0 && word_in(s, j - 1, W_WITH_HEAD))
            return 2;
        if (is_poss(s, j)) { /* "in Ukraine's Kherson region" */
            k = j;
            while (k > 0 && capitalised(s, k - 1) && steps++ < MAX_LOOKBACK)
                k--;
            continue;
        }
        /* "in the Ukrainian city of", "in the Russian-held town of": an adjective
           before a nominal head is skipped by the "of" rule above; others stop */
        if (s->tok[j].kind == TK_WORD && s->tok[j].cas != CASE_LOWER && k < t0 &&
            (word_in(s, k, W_NOMINAL) || word_in(s, k, W_SKIP_ADJ))) {
            k = j;
            continue;
        }
        return 0;
    }
    return 0;
}

/* The longest gazetteer name starting at token i: its end (exclusive) and hits. */
static size_t longest(const ts_gaz *g, const ts_sent *s, size_t i, uint32_t *ids, uint8_t *fl, size_t *nh)
{
    uint64_t h = TS_GAZ_KEY0, hc = TS_GAZ_KEY0;
    size_t best = 0;
    *nh = 0;
    uint32_t tid[TS_GAZ_MAX_HITS];
    uint8_t tfl[TS_GAZ_MAX_HITS];
    for (size_t k = i; k < s->ntok && k < i + MAX_NAME_WORDS; k++) {
        const ts_tok *t = &s->tok[k];
        int hyphen = t->kind == TK_PUNCT && t->len == 1 && s->text[t->off] == '-';
        if (k > i && t->kind == TK_PUNCT && !(t->len == 1 && (s->text[t->off] == '-' || s->text[t->off] == '.' ||
                                                             s->text[t->off] == '\'')))
            break;
        /* names go on with capitalised words and a few particles ("Sea of Azov",
           "Santiago de los Caballeros", "Bab el-Mandeb") */
        if (k > i && t->kind == TK_WORD && t->cas == CASE_LOWER && !word_in(s, k, W_NAME_PARTICLE))
            break;
        h = ts_gaz_key_add(h, t->hash);
        if (!hyphen) /* a name's core key has no punctuation: "North-West" is "North West Region"'s */
            hc = ts_gaz_key_add(hc, t->hash);
        size_t n = ts_gaz_find(g, h, tid, tfl, TS_GAZ_MAX_HITS);
        if (hc != h && !hyphen) {
            uint32_t cid[TS_GAZ_MAX_HITS];
            uint8_t cfl[TS_GAZ_MAX_HITS];
            size_t nc = ts_gaz_find(g, hc, cid, cfl, TS_GAZ_MAX_HITS);
            for (size_t q = 0; q < nc && n < TS_GAZ_MAX_HITS; q++) {
                size_t r = 0;
                while (r < n && tid[r] != cid[q])
                    r++;
                if (r == n) {
                    tid[n] = cid[q];
                    tfl[n++] = cfl[q];
                }
            }
        }
        if (n) {
            best = k + 1;
            memcpy(ids, tid, n * sizeof *ids);
            memcpy(fl, tfl, n);
            *nh = n;
        }
    }
    return best;
}

/* Does an actor of the sentence, outside the name itself, belong to iso3? */
static int sent_has_country(const ts_sent *s, const char *iso3, size_t t0, size_t t1)
{
    for (size_t m = 0; m < s->nm; m++)
        if ((s->m[m].t1 <= t0 || s->m[m].t0 >= t1) && (s->m[m].kind == M_NAME || s->m[m].kind == M_ADJ) && !memcmp(s->m[m].code, iso3, 3))
            return 1;
    return 0;
}

static int doc_country(const ts_where_doc *d, const char *iso3)
{
    for (size_t k = 0; k < d->nc; k++)
        if (!memcmp(d->country[k], iso3, 3))
            return d->ncountry[k];
    return 0;
}

/* Chooses among same-name places. q is the qualifier's place or -1. */
static int32_t choose(const ts_gaz *g, const ts_where_doc *d, const ts_sent *s, size_t t0, size_t t1,
                      const uint32_t *ids, const uint8_t *fl, size_t nh, int region_word, int cue, int32_t q)
{
    const ts_place *qp = q >= 0 ? ts_gaz_place(g, (uint32_t)q) : NULL;
    const ts_place *dl = d->dateline >= 0 ? ts_gaz_place(g, (uint32_t)d->dateline) : NULL;
    double best = -1e9;
    int32_t pick = -1;
    for (size_t k = 0; k < nh; k++) {
        const ts_place *p = ts_gaz_place(g, ids[k]);
        if (!p || ((fl[k] & TS_GK_CORE) && !region_word) || (p->kind == TS_PL_COUNTRY && !cue))
            continue; /* a bare country name is an actor ("Russia said") */
        double sc = 5.0 * log10((double)p->pop + 1.0);
        if (region_word && (p->kind == TS_PL_ADM1 || p->kind == TS_PL_REGION))
            sc += 500;
        if (p->kind == TS_PL_COUNTRY || p->kind == TS_PL_REGION)
            sc += 60;
        else if (p->kind == TS_PL_ADM1)
            sc -= 15; /* "Bamako", "Washington": the city before its region */
        if (qp && p->iso3[0] && (!memcmp(p->iso3, qp->iso3, 4) || (int32_t)p->parent == q))
            sc += 1000;
        if (p->iso3[0]) {
            if (sent_has_country(s, p->iso3, t0, t1))
                sc += 100;
            int n = doc_country(d, p->iso3);
            sc += 15.0 * (n > 5 ? 5 : n);
            if (dl && !memcmp(dl->iso3, p->iso3, 4))
                sc += 40;
            for (size_t j = 0; j < d->nseen; j++) {
                const ts_place *o = ts_gaz_place(g, (uint32_t)d->seen[j]);
                if (o && !memcmp(o->iso3, p->iso3, 4)) {
                    sc += 20;
                    break;
                }
            }
        }
        if (sc > best) {
            best = sc;
            pick = (int32_t)ids[k];
        }
    }
    return pick;
}

/* "Bamako, Mali", "Atlanta, Georgia": a country or region after a comma. */
static size_t qualifier(const ts_gaz *g, const ts_sent *s, size_t e, int32_t *q)
{
    *q = -1;
    if (e + 1 >= s->ntok || !TOK_IS(s, e, ",") || !capitalised(s, e + 1) || !ts_gaz_first(g, s->tok[e + 1].hash))
        return e;
    uint32_t ids[TS_GAZ_MAX_HITS];
    uint8_t fl[TS_GAZ_MAX_HITS];
    size_t nh;
    size_t qe = longest(g, s, e + 1, ids, fl, &nh);
    for (size_t k = 0; k < nh; k++) {
        const ts_place *p = ts_gaz_place(g, ids[k]);
        if (!(fl[k] & TS_GK_CORE) && p && (p->kind == TS_PL_COUNTRY || p->kind == TS_PL_ADM1)) {
            *q = (int32_t)ids[k];
            if (p->kind == TS_PL_COUNTRY)
                break;
        }
    }
    return *q >= 0 ? qe : e;
}

/* The country that owns the name at [t0, t1): a country's possessive before
 * it ("Cameroon's", "Burkina Faso's") or "of" and a country after a region
 * word ("the North-West region of Cameroon"); its place id, or -1. */
static int32_t owner_country(const ts_gaz *g, const ts_sent *s, size_t t0, size_t t1)
{
    const ts_mention *m = NULL;
    if (t0 >= 2 && is_poss(s, t0 - 1) && s->mid[t0 - 2] >= 0)
        m = &s->m[s->mid[t0 - 2]];
    else if (t1 > t0 && word_in(s, t1 - 1, W_REGION_WORD) && t1 + 1 < s->ntok && TOK_IS(s, t1, "of")) {
        size_t k = t1 + 1 + (t1 + 2 < s->ntok && TOK_IS(s, t1 + 1, "the"));
        if (s->mid[k] >= 0)
            m = &s->m[s->mid[k]];
    }
    else if (t0 >= 3 && TOK_IS(s, t0 - 1, "of") && word_in(s, t0 - 2, W_NOMINAL)) {
        size_t k = t0 - 2; /* "the northern Mozambican town of Palma": the adjective's, not Mallorca's */
        while (k > 0 && s->mid[k - 1] < 0 && word_in(s, k - 1, W_SKIP_ADJ))
            k--;
        if (k > 0 && s->mid[k - 1] >= 0 && s->m[s->mid[k - 1]].kind == M_ADJ)
            m = &s->m[s->mid[k - 1]];
    }
    if (!m || (m->kind != M_NAME && m->kind != M_ADJ) || strlen(m->code) < 3)
        return -1;
    char cc[4] = {m->code[0], m->code[1], m->code[2], '\0'}; /* "soldiers in Pakistan's": PAKMIL */
    return ts_gaz_country(g, cc);
}

/* A country name the dictionaries read as another country than the
 * gazetteer does ("Congo": the DRC in news, the Republic of the Congo in
 * ISO 3166): the dictionaries' country, so that the place and the actors agree. */
static int32_t dict_country(const ts_gaz *g, const ts_sent *s, size_t t0, size_t t1, int32_t pick)
{
    int16_t mi = s->mid[t0];
    /* the name alone, or ending the phrase it places ("women in Congo": CODCVL) */
    if (mi < 0 || s->m[mi].t0 > t0 || s->m[mi].t1 != t1 || s->m[mi].kind != M_NAME ||
        (strlen(s->m[mi].code) != 3 && (s->m[mi].t0 == t0 || strlen(s->m[mi].code) != 6)) ||
        !memcmp(s->m[mi].code, ts_gaz_place(g, (uint32_t)pick)->iso3, 3))
        return pick;
    char cc[4] = {s->m[mi].code[0], s->m[mi].code[1], s->m[mi].code[2], '\0'};
    int32_t alt = ts_gaz_country(g, cc);
    return alt >= 0 ? alt : pick;
}

static int in_mention_beyond(const ts_sent *s, size_t t0, size_t t1)
{
    int16_t m = s->mid[t0];
    if (m < 0)
        return 0;
    return s->m[m].t1 > t1 && s->m[m].t0 <= t0; /* "the [US embassy]" */
}

static long static_cue(const ts_sent *s, size_t t0);

/* "Shoal", "Reef", "Atoll", "Cay", "Bank" after a name */
static int sea_feature(const ts_sent *s, size_t i)
{
    return TOK_IS(s, i, "shoal") || TOK_IS(s, i, "shoals") || TOK_IS(s, i, "reef") || TOK_IS(s, i, "reefs") ||
           TOK_IS(s, i, "atoll") || TOK_IS(s, i, "cay") || TOK_IS(s, i, "cays") || TOK_IS(s, i, "bank") ||
           TOK_IS(s, i, "banks");
}

size_t ts_where_scan(ts_where_doc *d, const ts_sent *s, int events, ts_loc *out, size_t max)
{
    const ts_gaz *g = ts_gaz_get();
    size_t n = 0;
    if (!g)
        return 0;
    pthread_once(&w_once, w_build);
    /* capitalised words that are no function words ("The", "In", "He"),
       marked without a branch a token; only those are read */
    uint64_t cand[(TS_MAX_SENT_TOKENS + 63) / 64] = {0};
    size_t nt = s->ntok < TS_MAX_SENT_TOKENS ? s->ntok : TS_MAX_SENT_TOKENS;
    for (size_t i = 0; i < nt; i++) {
        const ts_tok *t = &s->tok[i];
        int c = (t->kind == TK_WORD) & (t->cas != CASE_LOWER) & ((s->gram[i] & FUNCTION_WORD) == 0);
        cand[i / 64] |= (uint64_t)c << (i % 64);
    }
    for (size_t i = ts_next_bit(cand, 0, nt); i < nt && n < max; i = ts_next_bit(cand, i + 1, nt)) {
        /* a sentence without events only tells the story's places: phrases only,
           and a phrase has a preposition a few words before the name */
        if (!events) {
            size_t j = i, lim = i > MAX_LOOKBACK ? i - MAX_LOOKBACK : 0;
            while (j > lim && !(s->gram[j - 1] & (G_LOC | G_PREP)))
                j--;
            if (j == lim)
                continue;
        }
        int cue = cue_before(s, i);
        if (!cue && (!events || (!(events & TS_WHERE_STRUCK) && s->mid[i] >= 0)))
            continue; /* a bare actor name is a place only where it is struck or visited */
        uint32_t ids[TS_GAZ_MAX_HITS];
        uint8_t fl[TS_GAZ_MAX_HITS];
        size_t nh = 0, e = 0;
        if (ts_gaz_first(g, s->tok[i].hash))
            e = longest(g, s, i, ids, fl, &nh);
        if (e && e < s->ntok && capitalised(s, e) && sea_feature(s, e))
            continue; /* "Scarborough Shoal", "Mischief Reef": a feature at sea, not the town of its name */
        if (e == i + 1 && word_in(s, i, W_SKIP_ADJ) && capitalised(s, i + 1) &&
            !word_in(s, i + 1, W_REGION_WORD | W_NOMINAL) && !in_mention_beyond(s, i, e))
            continue; /* "in Northern Mali", "Central Mali": an adjective, not Ghana's Northern Region */
        if ((!e || in_mention_beyond(s, i, e)) && cue == 2 && s->mid[i] >= 0 && s->m[s->mid[i]].t0 == i &&
            s->m[s->mid[i]].kind == M_NAME &&
            strlen(s->m[s->mid[i]].code) == 3 && capitalised(s, (size_t)s->m[s->mid[i]].t1 - 1) &&
            (static_cue(s, i) >= 0 || owner_country(g, s, i, s->m[s->mid[i]].t1) >= 0)) {
            /* "in Oromia", "in Mocimboa da Praia": a place of the dictionaries
               (cities.txt) the gazetteer spells otherwise ("Oromiya"), lacks, or
               holds only a part of ("Mocimboa"; not Cape Verde's "Praia"): its country */
            int32_t own = ts_gaz_country(g, s->m[s->mid[i]].code);
            if (own >= 0) {
                size_t k = s->m[s->mid[i]].t1;
                k += word_in(s, k, W_REGION_WORD);
                out[n++] = (ts_loc){(uint16_t)i, (uint16_t)k, own, 2, 0, 0};
                i = k - 1;
                continue;
            }
        }
        if (!e && cue == 2 && s->mid[i] < 0 && !word_in(s, i, W_MONTHS)) {
            /* "in Cameroon's Northwest region": a region the gazetteer does not
               hold, of the country whose possessive names it: that country */
            size_t k = i + 1;
            while (k < s->ntok && k < i + MAX_UNRES_WORDS && capitalised(s, k) && s->mid[k] < 0 &&
                   !word_in(s, k, W_REGION_WORD))
                k++;
            int32_t own = word_in(s, k, W_REGION_WORD) ? owner_country(g, s, i, k + 1) : -1;
            if (own >= 0) {
                out[n++] = (ts_loc){(uint16_t)i, (uint16_t)(k + 1), own, 2, 0, 0};
                i = k;
                continue;
            }
        }
        if (!e) {
            /* "the village of Zzyx": a place the gazetteer does not hold */
            if (i >= 2 && TOK_IS(s, i - 1, "of") && word_in(s, i - 2, W_NOMINAL) && s->mid[i] < 0 &&
                !word_in(s, i, W_MONTHS) && s->tok[i].word < 0) {
                size_t k = i + 1;
                while (k < s->ntok && k < i + MAX_UNRES_WORDS && capitalised(s, k) && s->mid[k] < 0)
                    k++;
                out[n++] = (ts_loc){(uint16_t)i, (uint16_t)k, -1, 2, 0, 0};
                i = k - 1;
            }
            continue;
        }
        int32_t q;
        size_t qe = qualifier(g, s, e, &q);
        int region_word = word_in(s, qe, W_REGION_WORD);
        size_t after = qe + (size_t)region_word;
        /* "Cameroon's North-West region", "the North-West region of Cameroon":
           the country named with it holds the place, or the gazetteer lacks it */
        int32_t owner = q < 0 ? owner_country(g, s, i, after) : -1;
        if (owner >= 0)
            q = owner;
        /* a name that modifies a noun or another place is not the place */
        int modifier = 0;
        if (after < s->ntok && s->tok[after].kind == TK_WORD && !region_word) {
            if (word_in(s, after, W_HEAD_NOUN) || in_mention_beyond(s, i, e))
                modifier = 1;
            else if (is_poss(s, after) && capitalised(s, after + 1))
                modifier = 1;
        }
        if (after < s->ntok && is_poss(s, after) && capitalised(s, after + 1))
            modifier = 1;
        if (!region_word && s->mid[i] >= 0 && s->m[s->mid[i]].kind == M_ADJ && after < s->ntok &&
            s->tok[after].kind == TK_WORD && s->tok[after].cas == CASE_LOWER)
            modifier = 1; /* "in the Somali capital": an adjective, not Ethiopia's Somali region */
        /* without a locative, a name that ends a longer one ("Kim Jong Un") is none */
        if (!cue && i > 0 && capitalised(s, i - 1))
            modifier = 1;
        int32_t pick = modifier ? -1 : choose(g, d, s, i, e, ids, fl, nh, region_word, cue, q);
        if (pick >= 0 && owner >= 0 && pick != owner && ts_gaz_place(g, (uint32_t)pick)->kind != TS_PL_COUNTRY &&
            memcmp(ts_gaz_place(g, (uint32_t)pick)->iso3, ts_gaz_place(g, (uint32_t)owner)->iso3, 4))
            pick = -1; /* "Pakistan's North-West" is not South Africa's province; "Denmark's Greenland" is Greenland */
        if (pick >= 0 && ts_gaz_place(g, (uint32_t)pick)->kind == TS_PL_COUNTRY)
            pick = dict_country(g, s, i, e, pick); /* "eastern Congo": the DRC, as the dictionaries read it */
        if (pick >= 0) {
            const ts_place *p = ts_gaz_place(g, (uint32_t)pick);
            /* "to" leads to a destination: a country only for a visit, a city or
               region ("deployed to Russia's Kursk region") like a bare name */
            int strength = cue == 2 ? 2 : cue == 3 ? (p->kind == TS_PL_COUNTRY ? 2 : 1) : p->kind != TS_PL_COUNTRY;
            int to = cue == 3 && p->kind == TS_PL_COUNTRY;
            int actor = !cue && s->mid[i] >= 0 && s->mid[e - 1] >= 0;
            if (strength)
                out[n++] = (ts_loc){(uint16_t)i, (uint16_t)after, pick, (uint8_t)strength, (uint8_t)to,
                                    (uint8_t)actor};
        }
        i = (after > i ? after : i + 1) - 1;
    }
    return n;
}

/* The locative word a few tokens before t0 that leads to a place where
   someone is ("police in Kakamega", "clashed near the Kenyan capital"), or
   -1: over articles, compass adjectives and nominal heads ("in the Malian
   town of"), not over another name or a verb. */
static long static_cue(const ts_sent *s, size_t t0)
{
    static const ts_lit moving[] = {LIT("into"),   LIT("on"),      LIT("across"),  LIT("over"), LIT("toward"),
                                    LIT("towards"), LIT("through"), LIT("off"),     LIT("along")};
    size_t k = t0;
    for (size_t steps = 0; k > 0 && steps < MAX_LOOKBACK; steps++) {
        size_t j = k - 1;
        if (word_in(s, j, W_LOC_PREP))
            return ts_tok_in(s, j, moving, sizeof moving / sizeof moving[0]) ? -1 : (long)j;
        int adj = s->mid[j] >= 0 && s->m[s->mid[j]].kind == M_ADJ; /* "in the Kenyan city of" */
        if (!adj && (!(word_in(s, j, W_SKIP_ADJ) || word_in(s, j, W_NOMINAL) || TOK_IS(s, j, "of")) ||
                     s->mid[j] >= 0))
            return -1;
        k = j;
    }
    return -1;
}

size_t ts_where_phrases(ts_where_doc *d, const ts_sent *s, ts_where_cc *out, size_t max)
{
    ts_loc lx[TS_MAX_WHERE];
    size_t nl = ts_where_scan(d, s, TS_WHERE_EVENTS, lx, TS_MAX_WHERE), n = 0;
    const ts_gaz *g = ts_gaz_get();
    for (size_t k = 0; g && k < nl && n < max; k++) {
        const ts_place *p = lx[k].place >= 0 ? ts_gaz_place(g, (uint32_t)lx[k].place) : NULL;
        long cue = p && p->iso3[0] && lx[k].strength == 2 && !lx[k].to ? static_cue(s, lx[k].t0) : -1;
        if (cue < 0 || (is_poss(s, lx[k].t1) && word_in(s, lx[k].t1 + 1, W_WITH_HEAD)))
            continue; /* "near Niger's border": on the line, on either side */
        out[n] = (ts_where_cc){(uint16_t)cue, lx[k].t0, lx[k].t1, {0}};
        memcpy(out[n++].cc, p->iso3, 3);
    }
    /* "in the Kenyan capital", "in the Malian town of Moura": the adjective's country */
    for (size_t m = 0; m < s->nm && n < max; m++) {
        const ts_mention *a = &s->m[m];
        if (a->kind != M_ADJ || strlen(a->code) != 3 || !word_in(s, a->t1, W_NOMINAL))
            continue;
        long cue = static_cue(s, a->t0);
        if (cue < 0)
            continue;
        out[n] = (ts_where_cc){(uint16_t)cue, a->t0, a->t1, {0}};
        memcpy(out[n++].cc, a->code, 3);
    }
    return n;
}

void ts_where_dateline(ts_where_doc *d, const char *text, const ts_tok *tok, size_t n)
{
    const ts_gaz *g = ts_gaz_get();
    if (!g || n == 0)
        return;
    pthread_once(&w_once, w_build);
    ts_sent s;
    memset(&s, 0, sizeof s);
    s.text = text;
    s.tok = (ts_tok *)tok;
    s.ntok = n < TS_MAX_SENT_TOKENS ? n : TS_MAX_SENT_TOKENS;
    for (size_t k = 0; k < s.ntok; k++)
        s.mid[k] = -1;
    for (size_t i = 0; i < s.ntok; i++) {
        if (!capitalised(&s, i) || !ts_gaz_first(g, tok[i].hash))
            continue;
        uint32_t ids[TS_GAZ_MAX_HITS];
        uint8_t fl[TS_GAZ_MAX_HITS];
        size_t nh;
        size_t e = longest(g, &s, i, ids, fl, &nh);
        if (!e)
            continue;
        int32_t q;
        qualifier(g, &s, e, &q);
        d->dateline = choose(g, d, &s, i, e, ids, fl, nh, 0, 1, q);
        return;
    }
}

const char *ts_where_story_country(const ts_where_doc *d)
{
    const char *dl = ts_where_dateline_country(d);
    if (dl)
        return dl;
    uint16_t most = 0;
    const char *c = NULL;
    for (size_t k = 0; k < d->nc; k++)
        if (d->ncountry[k] > most) {
            most = d->ncountry[k];
            c = d->country[k];
        } else if (d->ncountry[k] == most) {
            c = NULL; /* two countries named as often: none */
        }
    return c && c[0] ? c : NULL;
}

const char *ts_where_dateline_country(const ts_where_doc *d)
{
    const ts_gaz *g = ts_gaz_get();
    const ts_place *p = g && d->dateline >= 0 ? ts_gaz_place(g, (uint32_t)d->dateline) : NULL;
    return p && p->iso3[0] ? p->iso3 : NULL;
}

static void set_place(tocsin_event *ev, const ts_place *p)
{
    ev->geo_type = p->gtype;
    ev->geo_name.ptr = p->name;
    ev->geo_name.len = strlen(p->name);
    memcpy(ev->geo_country, p->iso3, sizeof ev->geo_country);
    memcpy(ev->geo_country2, p->iso2, sizeof ev->geo_country2);
    size_t al = strlen(p->adm1);
    if (al >= sizeof ev->geo_adm1)
        al = sizeof ev->geo_adm1 - 1;
    memcpy(ev->geo_adm1, p->adm1, al);
    ev->geo_adm1[al] = '\0';
    ev->geo_lat = p->lat;
    ev->geo_lon = p->lon;
    memcpy(ev->geo_feature, p->feature, sizeof p->feature);
}

static int actors_country(const tocsin_event *ev, const ts_place *p)
{
    return p && p->iso3[0] && (!memcmp(ev->source, p->iso3, 3) || !memcmp(ev->target, p->iso3, 3));
}

static int overlaps(size_t a0, size_t a1, size_t b0, size_t b1) { return a0 < b1 && b0 < a1; }

/* Whether a comma that opens a time told against another event (", a day
 * after ...") stands between tokens a and b. */
static int time_clause_between(const ts_sent *s, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b && k < s->ntok; k++)
        if (ts_time_clause_at(s, k))
            return 1;
    return 0;
}

/* A place phrase at t0 that says where an act was told, not done: "told
 * reporters in Abidjan", "a news conference in Geneva", "speaking in Paris",
 * after the act's verb at verb_t and not that verb's own words. */
static int told_at(const ts_sent *s, size_t t0, size_t verb_t)
{
    size_t k = t0;
    if (k > 0 && TOK_IS(s, k - 1, "the"))
        k--;
    if (k < 3 || !TOK_IS(s, k - 1, "in") || verb_t + 3 >= k)
        return 0;
    return TOK_IS(s, k - 2, "reporters") || TOK_IS(s, k - 2, "journalists") || TOK_IS(s, k - 2, "conference") ||
           TOK_IS(s, k - 2, "briefing") || TOK_IS(s, k - 2, "speaking") || TOK_IS(s, k - 2, "interview");
}

int ts_where_event(const ts_where_doc *d, const ts_sent *s, const ts_loc *x, size_t nx, const ts_raw_event *r,
                    tocsin_event *ev)
{
    ev->geo_type = 0;
    ev->geo_name.ptr = "";
    ev->geo_name.len = 0;
    ev->geo_lat = ev->geo_lon = NAN;
    const ts_gaz *g = ts_gaz_get();
    if (!g)
        return 0;
    long bestd = 1L << 30;
    int bests = 0;
    const ts_loc *pick = NULL;
    /* CAMEO 042-044: a visit, made, hosted or at a third place */
    int visit = ev->code[0] == '0' && ev->code[1] == '4' && ev->code[2] >= '2' && ev->code[2] <= '4';
    for (size_t k = 0; k < nx; k++) {
        const ts_loc *l = &x[k];
        if (l->to && !visit)
            continue; /* "sent arms to Ukraine": a recipient, not a place */
        /* a bare name that is the event's own actor ("Moscow said", "shelled
           Kherson" coded as the target) is not its place; a place phrase inside
           the actor's words ("protesters in Santiago") is */
        int struck = overlaps(l->t0, l->t1, r->tgt_t0, r->tgt_t1) && (ev->quad == 4 || visit);
        if (l->strength < 2 && (overlaps(l->t0, l->t1, r->src_t0, r->src_t1) ||
                                (overlaps(l->t0, l->t1, r->tgt_t0, r->tgt_t1) && !struck)))
            continue; /* but a city struck, shelled, seized is where it happened */
        if (l->strength < 2 && l->actor && !struck)
            continue; /* "ties between Pyongyang and Moscow": capitals as actors */
        if (l->t0 > r->verb_t && time_clause_between(s, r->verb_t, l->t0))
            continue; /* "fired shells near the border, a day after talks in Tokyo": the talks' place */
        if (ev->quad == 4 && told_at(s, l->t0, r->verb_t))
            continue; /* "banned rallies, officials told reporters in Abidjan": where it was told */
        long dist = l->t0 > r->verb_t ? (long)l->t0 - r->verb_t : 2L * ((long)r->verb_t - l->t1) + 1;
        if (l->strength > bests || (l->strength == bests && dist < bestd)) {
            bests = l->strength;
            bestd = dist;
            pick = l;
        }
    }
    /* "the jihadists in Mali, who ambushed convoys": a place phrase right
       after the actor says where the actor is, not where it acted */
    int own = pick && r->src_t1 > r->src_t0 && pick->t0 >= r->src_t0 && pick->t0 <= r->src_t1 + 2 &&
              pick->t1 <= r->verb_t; /* also inside the actor's words: "the jihadists in Mali" */
    if (pick && pick->place >= 0) {
        set_place(ev, ts_gaz_place(g, (uint32_t)pick->place));
        return own ? 2 : 1;
    }
    if (pick) { /* not in the gazetteer: the name, unresolved */
        ev->geo_name.ptr = s->text + s->tok[pick->t0].off;
        ev->geo_name.len = s->tok[pick->t1 - 1].off + s->tok[pick->t1 - 1].len - s->tok[pick->t0].off;
        return own ? 2 : 1;
    }
    /* the story's place, only in one of the event's actors' countries: a
       Seoul dateline does not place North Korea's pact with Russia */
    int32_t id = -1;
    if (d->dateline >= 0 && actors_country(ev, ts_gaz_place(g, (uint32_t)d->dateline)))
        id = d->dateline;
    uint16_t most = 0;
    for (size_t k = 0; k < d->nseen && id < 0; k++)
        if (d->nseen_of[k] > most && actors_country(ev, ts_gaz_place(g, (uint32_t)d->seen[k])))
            most = d->nseen_of[k];
    for (size_t k = 0; k < d->nseen && id < 0 && most; k++)
        if (d->nseen_of[k] == most && actors_country(ev, ts_gaz_place(g, (uint32_t)d->seen[k])))
            id = d->seen[k];
    if (id >= 0)
        set_place(ev, ts_gaz_place(g, (uint32_t)id));
    return 0;
}

const char *ts_where_city_country(const ts_loc *x, size_t nx, size_t t0, size_t t1)
{
    const ts_gaz *g = ts_gaz_get();
    for (size_t k = 0; g && k < nx; k++) {
        if (x[k].place < 0 || x[k].to || x[k].t0 != t0 || x[k].t1 < t1)
            continue;
        const ts_place *p = ts_gaz_place(g, (uint32_t)x[k].place);
        if (p && p->kind != TS_PL_COUNTRY && p->kind != TS_PL_REGION && p->iso3[0])
            return p->iso3;
    }
    return NULL;
}

void ts_where_remember(ts_where_doc *d, const ts_sent *s, const ts_loc *x, size_t nx)
{
    for (size_t k = 0; k < nx; k++) {
        if (x[k].place < 0 || x[k].strength < 2 || x[k].to)
            continue;
        size_t j = 0;
        while (j < d->nseen && d->seen[j] != x[k].place)
            j++;
        if (j == d->nseen) {
            if (d->nseen >= TS_WHERE_DOC_PLACES)
                continue;
            d->seen[d->nseen] = x[k].place;
            d->nseen_of[d->nseen++] = 0;
        }
        if (d->nseen_of[j] < UINT16_MAX)
            d->nseen_of[j]++;
    }
    for (size_t m = 0; m < s->nm; m++) {
        const char *c = s->m[m].code;
        if ((s->m[m].kind != M_NAME && s->m[m].kind != M_ADJ) || !(c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' && c[2] >= 'A' &&
                                         c[2] <= 'Z'))
            continue;
        size_t j = 0;
        while (j < d->nc && memcmp(d->country[j], c, 3))
            j++;
        if (j == d->nc) {
            if (d->nc >= TS_WHERE_DOC_COUNTRIES)
                continue;
            memcpy(d->country[j], c, 3);
            d->country[j][3] = '\0';
            d->ncountry[d->nc++] = 0;
        }
        if (d->ncountry[j] < UINT16_MAX)
            d->ncountry[j]++;
    }
}

const char *ts_where_country_within(const ts_loc *x, size_t nx, size_t t0, size_t t1)
{
    const ts_gaz *g = ts_gaz_get();
    for (size_t k = 0; g && k < nx; k++) {
        if (x[k].place < 0 || x[k].strength < 2 || x[k].to || x[k].t0 < t0 || x[k].t1 > t1)
            continue;
        const ts_place *p = ts_gaz_place(g, (uint32_t)x[k].place);
        if (p && p->iso3[0])
            return p->iso3;
    }
    return NULL;
}

/* the country of gazetteer place id, or "" */
static const char *place_country(const ts_gaz *g, int32_t id)
{
    const ts_place *p = id >= 0 ? ts_gaz_place(g, (uint32_t)id) : NULL;
    return p ? p->iso3 : "";
}

int ts_where_elsewhere(const ts_where_doc *d, const ts_loc *x, size_t nx, const char *cc)
{
    const ts_gaz *g = ts_gaz_get();
    if (!g)
        return 0;
    for (size_t k = 0; k < nx; k++) {
        const char *c = x[k].strength == 2 && !x[k].to ? place_country(g, x[k].place) : "";
        if (c[0] && strncmp(c, cc, 3))
            return 1; /* "Speaking in Geneva, ...": a place of this sentence elsewhere */
    }
    const char *dl = place_country(g, d->dateline);
    if (dl[0] && strncmp(dl, cc, 3))
        return 1;
    /* the story's most named place, and its most named country: cc among them, or none */
    uint16_t most = 0;
    int here = 0, other = 0;
    for (size_t k = 0; k < d->nseen; k++)
        most = d->nseen_of[k] > most ? d->nseen_of[k] : most;
    for (size_t k = 0; k < d->nseen && most; k++)
        if (d->nseen_of[k] == most) {
            const char *c = place_country(g, d->seen[k]);
            here |= c[0] && !strncmp(c, cc, 3);
            other |= c[0] && strncmp(c, cc, 3);
        }
    if (other && !here)
        return 1;
    most = 0;
    here = other = 0;
    for (size_t k = 0; k < d->nc; k++)
        most = d->ncountry[k] > most ? d->ncountry[k] : most;
    for (size_t k = 0; k < d->nc && most; k++)
        if (d->ncountry[k] == most) {
            here |= !strncmp(d->country[k], cc, 3);
            other |= strncmp(d->country[k], cc, 3) != 0;
        }
    return other && !here;
}
