/* parse.c - phrases and clauses over tagged words, by rules.
 *
 * Pass 1 cuts the sentence into phrases in one left-to-right scan: verb
 * groups (auxiliaries, modals, negation and adverbs up to the main verb),
 * noun phrases (determiner .. head noun, possessives inside), prepositions
 * with their noun phrase, subordinators, conjunctions, adverbs.
 * Pass 2 makes a clause of every verb group: its subject is the nearest noun
 * phrase to the left, skipping adverbs, prepositional phrases and commas
 * around an apposition; a conjunction met first means a coordinated verb that
 * shares the previous clause's subject. Objects and prepositional phrases
 * are read to the right. Every scan is capped (SCAN_MAX phrases), so the
 * whole parse is linear in the sentence. */
#include "tocsin/syntax.h"

#include "tagger.h"

#include <string.h>

#define SCAN_MAX 40 /* phrases a subject or object scan looks through */

typedef struct P {
    const tocsin_word *w;
    tocsin_pos *pos;
    size_t n;
    tocsin_parse *out;
    size_t nph; /* phrases made (may exceed what fits: counted, not kept) */
    int full;
} P;

/* Is word i (ASCII, case-insensitive; a typographic apostrophe reads as ')
 * the literal lit? */
static int wis(const P *p, size_t i, const char *lit)
{
    if (i >= p->n)
        return 0;
    const unsigned char *s = (const unsigned char *)p->w[i].s;
    size_t n = p->w[i].len, k = 0;
    for (size_t j = 0; j < n; j++, k++) {
        unsigned char c = s[j];
        if (c == 0xE2 && j + 2 < n && s[j + 1] == 0x80 && s[j + 2] == 0x99) {
            c = '\'';
            j += 2;
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (!lit[k] || lit[k] != (char)c)
            return 0;
    }
    return lit[k] == 0;
}

static int wis_any(const P *p, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (wis(p, i, *list))
            return 1;
    return 0;
}

static const char *const BE[] = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "s", NULL};
static const char *const HAVE[] = {"have", "has", "had", "having", "'ve", "'d", NULL};
static const char *const GET[] = {"get", "gets", "got", "gotten", "getting", NULL};
static const char *const FUT[] = {"will", "shall", "'ll", "wo", "ll", NULL};
static const char *const NEG[] = {"not", "n't", "never", "nt", NULL};
static const char *const TIME[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                   "sunday", "today", "yesterday", "tomorrow", "tonight", NULL};
/* -ing forms that before a noun describe it: "neighbouring Mali", "ruling party" */
static const char *const ING_ADJ[] = {"neighboring", "neighbouring", "ruling", "opposing", "remaining",
                                      "leading", "following", "growing", "ongoing", "warring", "governing",
                                      "rising", "existing", "increasing", "continuing", "upcoming",
                                      "outgoing", "incoming", "surrounding", "sweeping", "breaking",
                                      "retreating", "advancing", "invading", "occupying", "fleeing",
                                      "visiting", "striking", "emerging", "developing", "working",
                                      "founding", "reigning", "sitting", "acting", "presiding", NULL};

/* prepositions that also open clauses */
static const char *const SUBORD[] = {"as", "after", "before", "since", "until", "till", "because", "while",
                                     "once", "though", "although", "if", "when", "than", "like", "unless",
                                     "whether", "whereas", NULL};
/* quantities that stand for a noun phrase: "many see", "most of them agree" */
static const char *const QUANT[] = {"many", "most", "some", "several", "few", "all", "both", "each", "none",
                                    "more", "others", "much", NULL};

static const char *const TIME_NOUN[] = {"week", "weeks", "month", "months", "year", "years", "day", "days",
                                        "morning", "afternoon", "evening", "night", "weekend", "time", "times",
                                        "hour", "hours", "minute", "minutes", "summer", "winter", "spring",
                                        "autumn", "fall", "season", "decade", "century", NULL};
static const char *const TIME_DET[] = {"this", "last", "next", "every", "each", "all", "that", "later",
                                       "earlier", "these", "those", "some", "several", "many", "few", NULL};

/* last words of names of organisations and places: the head is the last word */
static const char *const ORG[] = {"commission", "council", "committee", "states", "state", "province", "party",
                                  "union", "ministry", "army", "forces", "force", "front", "government",
                                  "court", "accord", "order", "tigers", "nations", "bank", "company", "corp",
                                  "corporation", "inc", "group", "agency", "department", "office", "university",
                                  "house", "times", "post", "news", "assembly", "parliament", "kingdom",
                                  "republic", "league", "organization", "organisation", "movement", "authority",
                                  "river", "street", "city", "county", "center", "centre", "institute", "school",
                                  "association", "airlines", "brigade", "brigades", "guard", "police", "navy",
                                  "command", "congress", "senate", "club", "church", "network", "board",
                                  "fund", "foundation", "service", "services", "system", "systems", "bureau",
                                  "mountains", "islands", "sea", "gulf", "valley", "strait", "bay", "square",
                                  "airport", "hospital", "hotel", "project", "program", "programme", NULL};
/* titles before a person's name: the head is the name's first word */
static const char *const TITLE[] = {"president", "prime", "minister", "gen", "gen.", "general", "col", "col.",
                                    "sheikh", "shaikh", "judge", "gov", "gov.", "governor", "mr", "mr.", "mrs",
                                    "mrs.", "ms", "ms.", "dr", "dr.", "king", "queen", "prince", "senator", "sen",
                                    "sen.", "rep", "rep.", "secretary", "chairman", "ayatollah", "pope", "lt",
                                    "lt.", "capt", "capt.", "maj", "maj.", "adm", "adm.", "sgt", "sgt.", "premier",
                                    "chancellor", "foreign", "defence", "defense", "federal", "district", "sir",
                                    "lord", "emir", "sultan", "imam", "cardinal", "bishop", "rabbi", "mullah",
                                    "commander", "chief", "deputy", "vice", "ambassador", "spokesman", NULL};

/* verbs whose object is the subject of a following infinitive or gerund:
 * "urged Iran to stop", "accused Algeria of harbouring" */
static const char *const CONTROL[] = {"urge", "urges", "urged", "urging", "ask", "asks", "asked",
                                      "asking", "tell", "tells", "told", "telling", "order", "orders",
                                      "ordered", "ordering", "force", "forces", "forced", "forcing",
                                      "allow", "allows", "allowed", "allowing", "persuade",
                                      "persuades", "persuaded", "persuading", "invite", "invites",
                                      "invited", "inviting", "encourage", "encourages", "encouraged",
                                      "encouraging", "warn", "warns", "warned", "warning", "compel",
                                      "compels", "compelled", "compelling", "instruct", "instructs",
                                      "instructed", "instructing", "permit", "permits", "permitted",
                                      "permitting", "enable", "enables", "enabled", "enabling",
                                      "require", "requires", "required", "requiring", "press",
                                      "presses", "pressed", "pressing", "pressure", "pressures",
                                      "pressured", "pressuring", "help", "helps", "helped", "helping",
                                      "want", "wants", "wanted", "wanting", "expect", "expects",
                                      "expected", "expecting", "advise", "advises", "advised",
                                      "advising", "authorize", "authorizes", "authorized",
                                      "authorizing", "authorise", "authorises", "authorised",
                                      "authorising", "request", "requests", "requested", "requesting",
                                      "call", "calls", "called", "calling", "accuse", "accuses",
                                      "accused", "accusing", "prevent", "prevents", "prevented",
                                      "preventing", "stop", "stops", "stopped", "stopping", "ban",
                                      "bans", "banned", "banning", "bar", "bars", "barred", "barring",
                                      "blame", "blames", "blamed", "blaming", "thank", "thanks",
                                      "thanked", "thanking", "suspect", "suspects", "suspected",
                                      "suspecting", "charge", "charges", "charged", "charging",
                                      "convict", "convicts", "convicted", "convicting", "punish",
                                      "punishes", "punished", "punishing", "prohibit", "prohibits",
                                      "prohibited", "prohibiting", "deter", "deters", "deterred",
                                      "deterring", "discourage", "discourages", "discouraged",
                                      "discouraging", "keep", "keeps", "kept", "keeping", NULL};

static const char *const SAY[] = {"said", "say", "says", "saying", "told", "tell", "tells", "added",
                                  "stated", "claimed", "announced", "warned", "insisted", "wrote",
                                  "reported", "according", NULL};

static unsigned X(const P *p, size_t i)
{
    return i < p->n ? p->pos[i].xpos : 0;
}

static unsigned U(const P *p, size_t i)
{
    return i < p->n ? p->pos[i].upos : 0;
}

static int is_verb_tag(unsigned x)
{
    return x >= TOCSIN_X_VB && x <= TOCSIN_X_VBZ;
}

static int is_noun_tag(unsigned x)
{
    return x == TOCSIN_X_NN || x == TOCSIN_X_NNS || x == TOCSIN_X_NNP || x == TOCSIN_X_NNPS;
}

/* may continue a noun phrase (after its first word) */
static int np_inner(const P *p, size_t i)
{
    unsigned x = X(p, i);
    if (wis_any(p, i, TIME) || (wis_any(p, i, TIME_DET) && wis_any(p, i + 1, TIME_NOUN)))
        return 0; /* "a dead battery | last week" */
    if (is_noun_tag(x) || x == TOCSIN_X_JJ || x == TOCSIN_X_JJR || x == TOCSIN_X_JJS || x == TOCSIN_X_CD ||
        x == TOCSIN_X_POS || x == TOCSIN_X_AFX)
        return 1;
    /* "Iran-backed", "the wounded soldiers": a participle between modifiers and a noun */
    if ((x == TOCSIN_X_VBN || x == TOCSIN_X_VBG) && i > 0 &&
        (X(p, i - 1) == TOCSIN_X_HYPH || X(p, i - 1) == TOCSIN_X_DT || X(p, i - 1) == TOCSIN_X_JJ ||
         X(p, i - 1) == TOCSIN_X_PRPS || X(p, i - 1) == TOCSIN_X_CD) &&
        (is_noun_tag(X(p, i + 1)) || X(p, i + 1) == TOCSIN_X_JJ))
        return 1;
    if (x == TOCSIN_X_HYPH && i + 1 < p->n && (is_noun_tag(X(p, i + 1)) || X(p, i + 1) == TOCSIN_X_JJ ||
                                               X(p, i + 1) == TOCSIN_X_VBN || X(p, i + 1) == TOCSIN_X_CD))
        return 1;
    /* "the minister 's": a possessive may take a new determiner-less noun phrase */
    /* "all the", "all my": a predeterminer takes a determiner */
    if ((x == TOCSIN_X_DT || x == TOCSIN_X_PRPS) && i > 0 && X(p, i - 1) == TOCSIN_X_PDT)
        return 1;
    if (x == TOCSIN_X_DOLLAR || x == TOCSIN_X_NFP)
        return 0;
    return 0;
}

static int np_start(const P *p, size_t i)
{
    unsigned x = X(p, i);
    return x == TOCSIN_X_DT || x == TOCSIN_X_PDT || x == TOCSIN_X_PRPS || x == TOCSIN_X_WPS ||
           x == TOCSIN_X_CD || x == TOCSIN_X_JJ || x == TOCSIN_X_JJR || x == TOCSIN_X_JJS || is_noun_tag(x) ||
           x == TOCSIN_X_PRP || x == TOCSIN_X_EX || x == TOCSIN_X_DOLLAR;
}

static int add(P *p, size_t t0, size_t t1, size_t head, unsigned kind)
{
    size_t k = p->nph++;
    if (k >= p->out->phrase_cap) {
        p->full = 1;
        return -1;
    }
    tocsin_phrase *ph = &p->out->phrase[k];
    ph->t0 = (uint16_t)t0;
    ph->t1 = (uint16_t)t1;
    ph->head = (uint16_t)head;
    ph->kind = (uint8_t)kind;
    ph->time = 0;
    ph->flags = 0;
    ph->obj = -1;
    ph->up = -1;
    if (p->out->phrase_of)
        for (size_t i = t0; i < t1; i++)
            p->out->phrase_of[i] = (int16_t)k;
    return (int)k;
}

/* A noun phrase from i; returns its end. */
static size_t noun_phrase(P *p, size_t i, int *idx)
{
    size_t j = i + 1;
    unsigned x = X(p, i);
    int single = x == TOCSIN_X_PRP || x == TOCSIN_X_EX || (x == TOCSIN_X_DT && U(p, i) == TOCSIN_U_PRON) ||
                 (x == TOCSIN_X_DT && (X(p, i + 1) == TOCSIN_X_MD || X(p, i + 1) == TOCSIN_X_VBD ||
                                       X(p, i + 1) == TOCSIN_X_VBZ || X(p, i + 1) == TOCSIN_X_VBP));
    if (wis_any(p, i, TIME)) {
        /* "Tuesday", "today": a phrase of its own */
        *idx = add(p, i, j, i, TOCSIN_PH_NP);
        if (*idx >= 0)
            p->out->phrase[*idx].time = 1;
        return j;
    }
    if (!single)
        while (j < p->n && np_inner(p, j))
            j++;
    size_t head = j - 1;
    while (head > i && (X(p, head) == TOCSIN_X_POS || X(p, head) == TOCSIN_X_HYPH))
        head--;
    /* a person's name heads on its first word ("Muqtada al-Sadr", "President
     * Hamid Karzai" -> Hamid), as the treebank has it; organisations and
     * places on their last ("the Electoral Commission") */
    if (X(p, head) == TOCSIN_X_NNP && !wis_any(p, head, ORG)) {
        size_t a = head;
        while (a > i && (X(p, a - 1) == TOCSIN_X_NNP || X(p, a - 1) == TOCSIN_X_NNPS ||
                         (X(p, a - 1) == TOCSIN_X_HYPH && a - 1 > i && X(p, a - 2) == TOCSIN_X_NNP)))
            a--;
        while (a < head && (wis_any(p, a, TITLE) || X(p, a) == TOCSIN_X_HYPH))
            a++;
        /* "the Iraqi leader Saddam Hussein": the common noun heads */
        head = a > i && (X(p, a - 1) == TOCSIN_X_NN || X(p, a - 1) == TOCSIN_X_NNS) ? a - 1 : a;
    }
    /* adjectives alone ("feel welcome", "keeps them alive") are no noun phrase */
    unsigned hx = X(p, head);
    if ((hx == TOCSIN_X_JJ || hx == TOCSIN_X_JJR || hx == TOCSIN_X_JJS) && X(p, i) != TOCSIN_X_DT && U(p, head) != TOCSIN_U_NOUN &&
        U(p, head) != TOCSIN_U_PROPN && U(p, head) != TOCSIN_U_PRON) {
        *idx = add(p, i, j, head, TOCSIN_PH_ADJP);
        return j;
    }
    *idx = add(p, i, j, head, TOCSIN_PH_NP);
    /* "last week", "this morning", "all the time": a phrase of time */
    if (*idx >= 0 && j - i >= 2 && wis_any(p, head, TIME_NOUN) && wis_any(p, i, TIME_DET))
        p->out->phrase[*idx].time = 1;
    return j;
}

/* Flags of a verb group's words [t0, t1). */
static unsigned vg_flags(const P *p, size_t t0, size_t t1, size_t main)
{
    unsigned f = 0;
    int finite_seen = 0;
    for (size_t i = t0; i < t1; i++) {
        unsigned x = X(p, i);
        if (x == TOCSIN_X_TO && i == t0)
            f |= TOCSIN_VG_INFINITIVE;
        if (wis_any(p, i, NEG))
            f |= TOCSIN_VG_NEG;
        if (!finite_seen && (x == TOCSIN_X_MD || x == TOCSIN_X_VBD || x == TOCSIN_X_VBZ || x == TOCSIN_X_VBP)) {
            finite_seen = 1;
            if (x == TOCSIN_X_MD)
                f |= wis_any(p, i, FUT) ? TOCSIN_VG_FUTURE : TOCSIN_VG_MODAL;
            else
                f |= x == TOCSIN_X_VBD ? TOCSIN_VG_PAST : TOCSIN_VG_PRESENT;
        }
        if (i < main && U(p, i) == TOCSIN_U_AUX) {
            /* the next verb of the group decides what this auxiliary does */
            size_t k = i + 1;
            while (k < main && !is_verb_tag(X(p, k)))
                k++;
            unsigned nx = X(p, k);
            if ((wis_any(p, i, BE) || wis_any(p, i, GET)) && nx == TOCSIN_X_VBN)
                f |= TOCSIN_VG_PASSIVE;
            else if (wis_any(p, i, BE) && nx == TOCSIN_X_VBG)
                f |= TOCSIN_VG_PROGRESSIVE;
            else if (wis_any(p, i, HAVE) && nx == TOCSIN_X_VBN)
                f |= TOCSIN_VG_PERFECT;
        }
    }
    if (U(p, main) == TOCSIN_U_AUX && wis_any(p, main, BE))
        f |= TOCSIN_VG_COPULA;
    if (main == t0 && (X(p, main) == TOCSIN_X_VBN || X(p, main) == TOCSIN_X_VBG))
        f |= TOCSIN_VG_PARTICIPLE;
    if (main == t0 && X(p, main) == TOCSIN_X_VBN) /* "Backed by Iran, ...": a passive */
        f |= TOCSIN_VG_PASSIVE;
    return f;
}

/* next word that is not an adverb, from i */
static size_t skip_adv(const P *p, size_t i)
{
    while (i < p->n && (X(p, i) == TOCSIN_X_RB || X(p, i) == TOCSIN_X_RBR) && i < (size_t)-1)
        i++;
    return i;
}

/* A verb group from i, if one starts there; returns its end or i. */
static size_t verb_group(P *p, size_t i, int *idx)
{
    unsigned x = X(p, i), u = U(p, i);
    size_t j = i, main = (size_t)-1;
    if (x == TOCSIN_X_TO) {
        size_t k = skip_adv(p, i + 1);
        if (!is_verb_tag(X(p, k)))
            return i;
        j = k;
    } else if (!(x == TOCSIN_X_MD || (is_verb_tag(x) && (u == TOCSIN_U_AUX || u == TOCSIN_U_VERB)))) {
        return i;
    }
    /* j is at a verb or modal */
    size_t adv_limit = 0;
    for (;;) {
        unsigned xj = X(p, j), uj = U(p, j);
        if (uj == TOCSIN_U_VERB || (is_verb_tag(xj) && uj != TOCSIN_U_AUX)) {
            main = j;
            j++;
            break;
        }
        /* an auxiliary or modal: does a verb follow (past adverbs, negation)? */
        size_t k = skip_adv(p, j + 1);
        if (k < p->n && (X(p, k) == TOCSIN_X_MD || is_verb_tag(X(p, k))) && k - j <= 4 && adv_limit++ < 8) {
            j = k;
            continue;
        }
        main = j;
        j++;
        break;
    }
    /* The treebank is web text: news verbs it saw rarely ("attacked") lean to
     * the participle. A lone -ed form after a noun phrase and before another
     * is a past tense ("Russia attacked Ukraine"); a lone past tense before
     * "by" is a participle ("the town shelled by ..."). */
    if (main == i && j == i + 1 && p->nph > 0 && p->nph <= p->out->phrase_cap) {
        const tocsin_phrase *prev = &p->out->phrase[p->nph - 1];
        if (prev->kind == TOCSIN_PH_NP && prev->up < 0 && prev->t1 == i) {
            size_t k = skip_adv(p, j);
            if (X(p, main) == TOCSIN_X_VBN && k < p->n && np_start(p, k) && !wis_any(p, k, TIME) &&
                X(p, k) != TOCSIN_X_EX)
                p->pos[main].xpos = TOCSIN_X_VBD;
            else if (X(p, main) == TOCSIN_X_VBD && wis(p, k, "by"))
                p->pos[main].xpos = TOCSIN_X_VBN;
        }
    }
    /* negation right after a lone auxiliary: "is not", "did n't" */
    while (j < p->n && wis_any(p, j, NEG) && main + 1 == j && U(p, main) == TOCSIN_U_AUX)
        j++;
    *idx = add(p, i, j, main, TOCSIN_PH_VG);
    if (*idx >= 0)
        p->out->phrase[*idx].flags = (uint16_t)vg_flags(p, i, j, main);
    return j;
}

/* Links coordinated noun phrases: "Sudan and Chad", "A, B and C". */
static void conjuncts(P *p)
{
    size_t np = p->nph < p->out->phrase_cap ? p->nph : p->out->phrase_cap;
    tocsin_phrase *ph = p->out->phrase;
    for (size_t k = 1; k + 1 < np; k++) {
        if (ph[k].kind != TOCSIN_PH_CC || ph[k - 1].kind != TOCSIN_PH_NP || ph[k + 1].kind != TOCSIN_PH_NP)
            continue;
        ph[k - 1].obj = (int16_t)(k + 1);
        /* back over ", B" */
        size_t m = k - 1;
        while (m >= 2 && ph[m - 1].kind == TOCSIN_PH_PUNCT && X(p, ph[m - 1].head) == TOCSIN_X_COMMA &&
               ph[m - 2].kind == TOCSIN_PH_NP && ph[m - 2].obj < 0 && k - m < 16) {
            ph[m - 2].obj = (int16_t)m;
            m -= 2;
        }
    }
}

static void phrases(P *p)
{
    size_t i = 0;
    int last_pp = -1;
    while (i < p->n) {
        unsigned x = X(p, i), u = U(p, i);
        int idx = -1;
        size_t j;
        /* "by armed men", "with improvised explosives": a participle after a
         * preposition and before a noun modifies the noun */
        if (((x == TOCSIN_X_VBN && i > 0 && (U(p, i - 1) == TOCSIN_U_ADP || U(p, i - 1) == TOCSIN_U_VERB)) ||
             (x == TOCSIN_X_VBG && wis_any(p, i, ING_ADJ))) &&
            is_noun_tag(X(p, i + 1))) {
            j = noun_phrase(p, i, &idx);
            if (idx >= 0 && last_pp >= 0 && (size_t)last_pp < p->out->phrase_cap &&
                p->out->phrase[last_pp].t1 == i) {
                p->out->phrase[last_pp].obj = (int16_t)idx;
                p->out->phrase[idx].up = (int16_t)last_pp;
            }
            i = j;
            last_pp = -1;
            continue;
        }
        j = verb_group(p, i, &idx);
        if (j > i) {
            i = j;
            last_pp = -1;
            continue;
        }
        unsigned nx1 = X(p, i + 1);
        int dt_pron = x == TOCSIN_X_DT && (nx1 == TOCSIN_X_MD || nx1 == TOCSIN_X_VBD || nx1 == TOCSIN_X_VBZ ||
                                           nx1 == TOCSIN_X_VBP);
        if (dt_pron || (np_start(p, i) && !(x == TOCSIN_X_DT && U(p, i) == TOCSIN_U_DET && !np_inner(p, i + 1) &&
                                            !is_noun_tag(X(p, i + 1))))) {
            j = noun_phrase(p, i, &idx);
            if (idx >= 0 && last_pp >= 0 && (size_t)last_pp < p->out->phrase_cap &&
                p->out->phrase[last_pp].t1 == i) {
                p->out->phrase[last_pp].obj = (int16_t)idx;
                p->out->phrase[idx].up = (int16_t)last_pp;
            }
            i = j;
            last_pp = -1;
            continue;
        }
        last_pp = -1;
        unsigned kind = TOCSIN_PH_OTHER;
        if ((x == TOCSIN_X_IN || x == TOCSIN_X_TO) && u == TOCSIN_U_ADP)
            kind = TOCSIN_PH_PP;
        else if (x == TOCSIN_X_IN || x == TOCSIN_X_WDT || x == TOCSIN_X_WP || x == TOCSIN_X_WRB)
            kind = TOCSIN_PH_SUB;
        else if (x == TOCSIN_X_CC)
            kind = TOCSIN_PH_CC;
        else if (x == TOCSIN_X_RB || x == TOCSIN_X_RBR || x == TOCSIN_X_RBS)
            kind = TOCSIN_PH_ADVP;
        else if (x == TOCSIN_X_JJ || x == TOCSIN_X_JJR || x == TOCSIN_X_JJS)
            kind = TOCSIN_PH_ADJP;
        else if (u == TOCSIN_U_PUNCT)
            kind = TOCSIN_PH_PUNCT;
        idx = add(p, i, i + 1, i, kind);
        if (kind == TOCSIN_PH_PP)
            last_pp = idx;
        i++;
    }
}

/* ---- clauses ---- */

static const tocsin_phrase *PH(const P *p, long k)
{
    return &p->out->phrase[k];
}

static int is_comma(const P *p, long k)
{
    const tocsin_phrase *ph = PH(p, k);
    return ph->kind == TOCSIN_PH_PUNCT && X(p, ph->t0) == TOCSIN_X_COMMA;
}

/* The first conjunct of a coordinated noun phrase ending at phrase k:
 * "Russia and China vetoed" -> Russia. Only when nothing verbal precedes. */
static long first_conjunct(const P *p, long k)
{
    if (k < 2 || PH(p, k - 1)->kind != TOCSIN_PH_CC)
        return k;
    long m = k - 2, first = k, steps = 0;
    if (m >= 1 && is_comma(p, m)) /* "A, B, and C" */
        m--;
    while (m >= 0 && steps++ < SCAN_MAX && PH(p, m)->kind == TOCSIN_PH_NP && PH(p, m)->up < 0 &&
           !PH(p, m)->time) {
        first = m;
        if (m >= 2 && is_comma(p, m - 1))
            m -= 2;
        else
            break;
    }
    if (first == k)
        return k;
    /* an object of an earlier verb ("attacked A and B then C ...") is no subject */
    if (first > 0) {
        unsigned kk = PH(p, first - 1)->kind;
        if (kk == TOCSIN_PH_VG || kk == TOCSIN_PH_PP)
            return k;
    }
    return first;
}

/* The subject of the verb group at phrase k. Sets *flags, *ante (antecedent
 * word) and *from (clause phrase whose subject is shared). Returns a word or -1. */
static long find_subject(const P *p, long k, unsigned *flags, long *ante, long *share_vg)
{
    long j = k - 1, steps = 0;
    *ante = -1;
    *share_vg = -1;
    unsigned vf = PH(p, k)->flags;
    if (vf & TOCSIN_VG_INFINITIVE)
        return -1;
    if (vf & TOCSIN_VG_PARTICIPLE) {
        if (j >= 0 && PH(p, j)->kind == TOCSIN_PH_NP && PH(p, j)->up < 0) {
            *flags |= TOCSIN_CL_RELATIVE; /* "hostages held by", "protesters carrying" */
            *ante = PH(p, j)->head;
            if (X(p, PH(p, k)->head) == TOCSIN_X_VBN)
                *flags |= TOCSIN_VG_PASSIVE;
            return -1;
        }
        if (j < 0 || (PH(p, j)->kind == TOCSIN_PH_PUNCT && j == 0)) {
            *flags |= TOCSIN_CL_OPENER;
            return -1;
        }
        if (PH(p, j)->kind == TOCSIN_PH_PP || PH(p, j)->kind == TOCSIN_PH_SUB) {
            *flags |= TOCSIN_CL_SUBORDINATE;
            return -1;
        }
    }
    while (j >= 0 && steps++ < SCAN_MAX) {
        const tocsin_phrase *c = PH(p, j);
        switch (c->kind) {
        case TOCSIN_PH_ADVP:
            j--;
            continue;
        case TOCSIN_PH_NP:
            if (c->up >= 0) { /* the object of a preposition: skip both */
                /* ... unless the "preposition" opens a clause: "as family members fled" */
                if (j == k - 1 && wis_any(p, PH(p, c->up)->head, SUBORD) &&
                    (vf & (TOCSIN_VG_PAST | TOCSIN_VG_PRESENT | TOCSIN_VG_FUTURE | TOCSIN_VG_MODAL))) {
                    *flags |= TOCSIN_CL_SUBORDINATE;
                    return c->head;
                }
                j = c->up - 1;
                continue;
            }
            if (c->time) {
                j--;
                continue;
            }
            /* "let me know", "help them leave": the noun phrase is the earlier
             * verb's object, and a bare verb after it has no subject of its own */
            if (j > 0 && PH(p, j - 1)->kind == TOCSIN_PH_VG && U(p, PH(p, j - 1)->head) == TOCSIN_U_VERB &&
                !(vf & (TOCSIN_VG_PAST | TOCSIN_VG_PRESENT | TOCSIN_VG_FUTURE | TOCSIN_VG_MODAL)))
                return -1;
            j = first_conjunct(p, j);
            return PH(p, j)->head;
        case TOCSIN_PH_PP:
            j--;
            continue;
        case TOCSIN_PH_PUNCT:
            if (X(p, c->head) == TOCSIN_X_RRB) { /* "Google and Amazon (GOOGLEZON) create" */
                long m = j - 1, s2 = 0;
                while (m >= 0 && s2++ < 12 && X(p, PH(p, m)->head) != TOCSIN_X_LRB)
                    m--;
                if (m > 0 && X(p, PH(p, m)->head) == TOCSIN_X_LRB) {
                    j = m - 1;
                    continue;
                }
                return -1;
            }
            if (is_comma(p, j)) {
                /* "Putin, the president, said", "Iraqis, who suffer ..., relate":
                 * an apposition or a relative clause between commas is skipped */
                long m = j - 1, s2 = 0;
                int verbs = 0;
                while (m >= 0 && s2++ < 16 && !is_comma(p, m)) {
                    verbs += PH(p, m)->kind == TOCSIN_PH_VG;
                    m--;
                }
                if (m > 0 && is_comma(p, m) && m < j - 1 &&
                    (!verbs || (PH(p, m + 1)->kind == TOCSIN_PH_SUB && U(p, PH(p, m + 1)->head) == TOCSIN_U_PRON)) &&
                    PH(p, m - 1)->kind == TOCSIN_PH_NP) {
                    j = m - 1;
                    continue;
                }
            }
            return -1;
        case TOCSIN_PH_SUB: {
            unsigned x = X(p, c->head);
            if (x == TOCSIN_X_WP || (x == TOCSIN_X_WDT && U(p, c->head) == TOCSIN_U_PRON) ||
                (wis(p, c->head, "that") && U(p, c->head) == TOCSIN_U_PRON)) {
                *flags |= TOCSIN_CL_RELATIVE;
                if (j > 0 && PH(p, j - 1)->kind == TOCSIN_PH_NP)
                    *ante = PH(p, j - 1)->head;
                return c->head;
            }
            *flags |= TOCSIN_CL_SUBORDINATE;
            return -1;
        }
        case TOCSIN_PH_CC: {
            /* "attacked the town and seized ...": share the earlier subject */
            long m = j - 1, s2 = 0;
            while (m >= 0 && s2++ < SCAN_MAX && PH(p, m)->kind != TOCSIN_PH_VG &&
                   PH(p, m)->kind != TOCSIN_PH_SUB)
                m--;
            if (m >= 0 && PH(p, m)->kind == TOCSIN_PH_VG) {
                *flags |= TOCSIN_CL_SUBJ_SHARED;
                *share_vg = m;
            }
            return -1;
        }
        case TOCSIN_PH_ADJP:
            if (wis_any(p, c->head, QUANT))
                return c->head;
            return -1;
        case TOCSIN_PH_VG:
            if ((c->flags & TOCSIN_VG_PARTICIPLE) && j > 0 && PH(p, j - 1)->kind == TOCSIN_PH_NP &&
                PH(p, j - 1)->up < 0) {
                j--;
                continue;
            }
            return -1;
        default:
            return -1;
        }
    }
    return -1;
}

static void clauses(P *p)
{
    tocsin_parse *o = p->out;
    size_t np = p->nph < o->phrase_cap ? p->nph : o->phrase_cap;
    for (size_t k = 0; k < np; k++) {
        const tocsin_phrase *vg = PH(p, (long)k);
        if (vg->kind != TOCSIN_PH_VG)
            continue;
        unsigned vf = vg->flags;
        int lone_aux = U(p, vg->head) == TOCSIN_U_AUX || X(p, vg->head) == TOCSIN_X_MD;
        if (lone_aux && !(vf & TOCSIN_VG_COPULA))
            continue; /* "did", "will" standing alone: ellipsis or a question */
        if (o->nclause >= o->clause_cap) {
            p->full = 1;
            return;
        }
        tocsin_clause *c = &o->clause[o->nclause];
        memset(c, 0, sizeof *c);
        c->vg = (uint16_t)k;
        c->verb = vg->head;
        c->obj = c->iobj = c->agent = c->antecedent = c->parent = -1;
        unsigned fl = vf;
        long ante, share;
        long subj = find_subject(p, (long)k, &fl, &ante, &share);
        c->antecedent = (int16_t)ante;
        if (share >= 0) {
            for (size_t q = o->nclause; q-- > 0;)
                if (o->clause[q].vg == share) {
                    subj = o->clause[q].subj;
                    c->parent = (int16_t)q;
                    break;
                }
        }
        /* objects and prepositional phrases, to the right */
        size_t j = k + 1, steps = 0;
        while (j < np && steps++ < SCAN_MAX &&
               (PH(p, (long)j)->kind == TOCSIN_PH_ADVP ||
                (PH(p, (long)j)->kind == TOCSIN_PH_OTHER && X(p, PH(p, (long)j)->t0) == TOCSIN_X_RP)))
            j++;
        /* a passive or a bare past participle takes no object ("hostages held ...") */
        int no_obj = (fl & (TOCSIN_VG_COPULA | TOCSIN_VG_PASSIVE)) ||
                     (X(p, vg->head) == TOCSIN_X_VBN && !(vf & TOCSIN_VG_PERFECT));
        if (!no_obj && j < np && PH(p, (long)j)->kind == TOCSIN_PH_NP && !PH(p, (long)j)->time) {
            const tocsin_phrase *n1 = PH(p, (long)j);
            /* a noun phrase followed by a finite verb is that verb's subject */
            int subj_of_next = 0;
            size_t nx = j + 1;
            /* "think Russia and China are ...", not "have a dog and my mother is" */
            while (nx + 1 < np && PH(p, (long)nx)->kind == TOCSIN_PH_CC && PH(p, (long)nx + 1)->kind == TOCSIN_PH_NP &&
                   X(p, n1->t0) != TOCSIN_X_DT && X(p, n1->t0) != TOCSIN_X_PRPS)
                nx += 2;
            if (nx < np && PH(p, (long)nx)->kind == TOCSIN_PH_VG &&
                (!(vf & TOCSIN_VG_PARTICIPLE) || wis_any(p, vg->head, SAY))) {
                unsigned nf = PH(p, (long)nx)->flags;
                subj_of_next = (nf & (TOCSIN_VG_PAST | TOCSIN_VG_PRESENT | TOCSIN_VG_FUTURE | TOCSIN_VG_MODAL)) != 0;
            }
            if (!subj_of_next) {
                c->obj = (int16_t)n1->head;
                j++;
                if (j < np && PH(p, (long)j)->kind == TOCSIN_PH_NP && !PH(p, (long)j)->time &&
                    X(p, n1->head) == TOCSIN_X_PRP) {
                    c->iobj = c->obj;
                    c->obj = (int16_t)PH(p, (long)j)->head;
                    j++;
                }
            }
        }
        /* "there is no delivery": the noun phrase after the verb is the subject */
        if (subj >= 0 && X(p, (size_t)subj) == TOCSIN_X_EX && (c->obj >= 0 || (j < np && PH(p, (long)j)->kind == TOCSIN_PH_NP))) {
            if (c->obj < 0) {
                c->obj = (int16_t)PH(p, (long)j)->head;
                j++;
            }
            subj = c->obj;
            c->obj = -1;
            fl &= ~(unsigned)TOCSIN_VG_COPULA;
        }
        /* inversion: ", said the minister" */
        if (subj < 0 && share < 0 && !(fl & (TOCSIN_CL_RELATIVE | TOCSIN_CL_SUBORDINATE | TOCSIN_CL_OPENER)) &&
            wis_any(p, vg->head, SAY) && c->obj >= 0 && c->iobj < 0 &&
            (j >= np || PH(p, (long)j)->kind == TOCSIN_PH_PUNCT) && k > 0 &&
            PH(p, (long)k - 1)->kind == TOCSIN_PH_PUNCT) {
            subj = c->obj;
            c->obj = -1;
            fl |= TOCSIN_CL_INVERTED;
        }
        if (c->obj < 0 && subj >= 0 && !(fl & (TOCSIN_VG_COPULA | TOCSIN_VG_PASSIVE)) &&
            !(fl & (TOCSIN_CL_RELATIVE | TOCSIN_CL_SUBJ_SHARED))) {
            long sp = -1;
            /* the phrase holding the subject, then before it a lone auxiliary, then the word */
            for (long q = (long)k - 1; q >= 0 && q >= (long)k - 6; q--)
                if (PH(p, q)->t0 <= (size_t)subj && (size_t)subj < PH(p, q)->t1) {
                    sp = q;
                    break;
                }
            long q = sp - 1;
            if (q >= 0 && PH(p, q)->kind == TOCSIN_PH_VG && U(p, PH(p, q)->head) == TOCSIN_U_AUX)
                q--;
            if (sp > 0 && q >= 0 && PH(p, q)->kind == TOCSIN_PH_SUB && U(p, PH(p, q)->head) == TOCSIN_U_PRON &&
                X(p, PH(p, q)->head) != TOCSIN_X_WRB && !(q > 0 && PH(p, q - 1)->kind == TOCSIN_PH_PP))
                c->obj = (int16_t)PH(p, q)->head;
        }
        c->subj = (int16_t)subj;
        steps = 0;
        while (j < np && steps++ < SCAN_MAX && c->nprep < TOCSIN_CLAUSE_MAX_PREPS) {
            const tocsin_phrase *q = PH(p, (long)j);
            if (q->kind == TOCSIN_PH_ADVP || (q->kind == TOCSIN_PH_NP && q->time)) {
                j++;
                continue;
            }
            if (q->kind != TOCSIN_PH_PP)
                break;
            long h = q->obj >= 0 ? PH(p, q->obj)->head : -1;
            c->prep[c->nprep].prep = q->head;
            c->prep[c->nprep].head = (int16_t)h;
            c->nprep++;
            if ((fl & TOCSIN_VG_PASSIVE) && c->agent < 0 && h >= 0 && wis(p, q->head, "by"))
                c->agent = (int16_t)h;
            j = q->obj >= 0 ? (size_t)q->obj + 1 : j + 1;
        }
        /* the content of saying: the next clause after "said (that)" */
        if (c->parent < 0 && o->nclause > 0) {
            const tocsin_clause *pc = &o->clause[o->nclause - 1];
            if (wis_any(p, pc->verb, SAY) && pc->obj < 0 && c->subj >= 0 && pc->verb < c->verb)
                c->parent = (int16_t)(o->nclause - 1);
        }
        c->flags = (uint16_t)fl;
        o->nclause++;
    }
    /* "attempted to break into", "urged Iran to stop", "accused Algeria of
     * harbouring": an infinitive or a gerund after a preposition right after
     * a clause takes its object, or else its subject, as subject */
    for (size_t q = 1; q < o->nclause; q++) {
        tocsin_clause *c = &o->clause[q];
        const tocsin_clause *pc = &o->clause[q - 1];
        if (c->subj >= 0 || pc->subj < 0 || (c->flags & TOCSIN_CL_RELATIVE))
            continue;
        int inf = (c->flags & TOCSIN_VG_INFINITIVE) != 0;
        int ger = (c->flags & TOCSIN_CL_SUBORDINATE) && X(p, c->verb) == TOCSIN_X_VBG && c->vg > 0 &&
                  PH(p, (long)c->vg - 1)->kind == TOCSIN_PH_PP;
        if (!inf && !ger)
            continue;
        /* what lies between the two verb groups: the object, then (for an
         * infinitive of purpose) phrases of time, place and the like */
        long first = (long)pc->vg + 1, last = (long)c->vg - 1 - ger;
        /* the object, followed at most by adverbs and quotes ("ask X
         * 'respectfully' to consider") */
        long ob = last;
        while (ob >= first && (PH(p, ob)->kind == TOCSIN_PH_ADVP ||
                               (PH(p, ob)->kind == TOCSIN_PH_PUNCT && X(p, PH(p, ob)->head) != TOCSIN_X_COMMA)))
            ob--;
        int after_obj = pc->obj >= 0 && ob >= first && PH(p, ob)->kind == TOCSIN_PH_NP && PH(p, ob)->head == pc->obj;
        int plain = 1;
        for (long m = first; m <= last && plain; m++) {
            unsigned kk = PH(p, m)->kind;
            plain = kk == TOCSIN_PH_NP || kk == TOCSIN_PH_PP || kk == TOCSIN_PH_ADVP ||
                    (kk == TOCSIN_PH_PUNCT && X(p, PH(p, m)->head) != TOCSIN_X_COMMA) ||
                    (inf && kk == TOCSIN_PH_CC && m == last);
        }
        if (!plain || (ger && last >= first && !after_obj))
            continue;
        if (after_obj && !wis_any(p, pc->verb, CONTROL))
            after_obj = 0; /* "barricaded highways to push": the subject acts */
        c->subj = after_obj ? pc->obj : pc->subj;
        c->parent = (int16_t)(q - 1);
        c->flags |= TOCSIN_CL_SUBJ_SHARED;
    }
    /* a participial opener takes the subject of the clause it opens */
    for (size_t q = 0; q < o->nclause; q++) {
        tocsin_clause *c = &o->clause[q];
        if (!(c->flags & TOCSIN_CL_OPENER) || c->subj >= 0)
            continue;
        for (size_t m = q + 1; m < o->nclause && m < q + 4; m++)
            if (o->clause[m].subj >= 0 && !(o->clause[m].flags & TOCSIN_CL_SUBORDINATE)) {
                c->subj = o->clause[m].subj;
                c->parent = (int16_t)m;
                c->flags |= TOCSIN_CL_SUBJ_SHARED;
                break;
            }
    }
}

int tocsin_syntax_parse(const tocsin_tagger *tagger, const tocsin_word *w, size_t n, tocsin_parse *out)
{
    if (!out || !out->pos || (n && !w))
        return TOCSIN_EINVAL;
    out->nphrase = out->nclause = 0;
    if (tagger)
        tocsin_tag(tagger, w, n, out->pos);
    if (out->phrase_of)
        for (size_t i = 0; i < n; i++)
            out->phrase_of[i] = -1;
    if (!out->phrase || !out->phrase_cap)
        return n ? TOCSIN_ELIMIT : TOCSIN_OK;
    P p = {w, out->pos, n < TOCSIN_SYNTAX_MAX_WORDS ? n : TOCSIN_SYNTAX_MAX_WORDS, out, 0, 0};
    phrases(&p);
    conjuncts(&p);
    out->nphrase = p.nph < out->phrase_cap ? p.nph : out->phrase_cap;
    if (out->clause && out->clause_cap)
        clauses(&p);
    return p.full || n > TOCSIN_SYNTAX_MAX_WORDS ? TOCSIN_ELIMIT : TOCSIN_OK;
}
