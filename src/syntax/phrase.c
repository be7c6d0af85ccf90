/* phrase.c - cuts tagged words into phrases in one left-to-right scan:
 * verb groups (auxiliaries, modals, negation and adverbs up to the main
 * verb), noun phrases (determiner .. head noun, possessives inside),
 * prepositions with their noun phrase, subordinators, conjunctions, adverbs.
 * Also repairs a lone VBN/VBD by its neighbours. */
#include "parse.h"

/* may continue a noun phrase (after its first word) */
static int np_inner(const P *p, size_t i)
{
    unsigned x = X(p, i);
    if (ts_word_in(p, i, KW_TIME) || (ts_word_in(p, i, KW_TIME_DET) && ts_word_in(p, i + 1, KW_TIME_NOUN)))
        return 0; /* "a dead battery | last week" */
    /* "keep your mouth shut", "found the food cold": an adjective after a
     * noun or a number, not before another, is said of the phrase ("left four
     * dead"), not in it */
    if ((x == TOCSIN_X_JJ || x == TOCSIN_X_JJR || x == TOCSIN_X_JJS) && i > 0 &&
        (is_noun_tag(X(p, i - 1)) || X(p, i - 1) == TOCSIN_X_CD) &&
        !is_noun_tag(X(p, i + 1)) && X(p, i + 1) != TOCSIN_X_JJ && X(p, i + 1) != TOCSIN_X_HYPH &&
        X(p, i + 1) != TOCSIN_X_CD)
        return 0;
    if (is_noun_tag(x) || x == TOCSIN_X_JJ || x == TOCSIN_X_JJR || x == TOCSIN_X_JJS || x == TOCSIN_X_CD ||
        x == TOCSIN_X_POS || x == TOCSIN_X_AFX)
        return 1;
    /* "nuclear or chemical weapons", "the brave and loyal troops": two
     * adjectives joined before their noun */
    if (x == TOCSIN_X_CC && i > 0 && i + 2 < p->n && X(p, i - 1) == TOCSIN_X_JJ && X(p, i + 1) == TOCSIN_X_JJ &&
        (is_noun_tag(X(p, i + 2)) || X(p, i + 2) == TOCSIN_X_JJ))
        return 1;
    /* a quoted word inside the phrase: a "peace" plan, the "so-called" rebels */
    if ((x == TOCSIN_X_LQUOTE || x == TOCSIN_X_RQUOTE) && i + 1 < p->n &&
        (is_noun_tag(X(p, i + 1)) || X(p, i + 1) == TOCSIN_X_JJ) &&
        (x == TOCSIN_X_LQUOTE || is_noun_tag(X(p, i - 1)) || X(p, i - 1) == TOCSIN_X_JJ))
        return 1;
    /* "a very large crowd", "the newly elected council": an adverb on an
     * adjective or participle inside the phrase */
    if ((x == TOCSIN_X_RB || x == TOCSIN_X_RBR || x == TOCSIN_X_RBS) && i > 0 && i + 2 < p->n &&
        (X(p, i - 1) == TOCSIN_X_DT || X(p, i - 1) == TOCSIN_X_PRPS || X(p, i - 1) == TOCSIN_X_JJ) &&
        (X(p, i + 1) == TOCSIN_X_JJ || X(p, i + 1) == TOCSIN_X_JJR || X(p, i + 1) == TOCSIN_X_JJS ||
         X(p, i + 1) == TOCSIN_X_VBN) &&
        (is_noun_tag(X(p, i + 2)) || X(p, i + 2) == TOCSIN_X_JJ))
        return 1;
    /* "Iran-backed", "the wounded soldiers": a participle between modifiers and a noun */
    if ((x == TOCSIN_X_VBN || x == TOCSIN_X_VBG) && i > 0 &&
        (X(p, i - 1) == TOCSIN_X_HYPH || X(p, i - 1) == TOCSIN_X_DT || X(p, i - 1) == TOCSIN_X_JJ ||
         X(p, i - 1) == TOCSIN_X_RB ||
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
    /* "the $ 750 price cap" */
    if (x == TOCSIN_X_DOLLAR && X(p, i + 1) == TOCSIN_X_CD)
        return 1;
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
    /* "this conflict", "those troops": a demonstrative read as a pronoun
     * before its noun is its determiner */
    if (x == TOCSIN_X_DT && U(p, i) == TOCSIN_U_PRON &&
        (X(p, i + 1) == TOCSIN_X_NN || X(p, i + 1) == TOCSIN_X_NNS ||
         (X(p, i + 1) == TOCSIN_X_JJ && is_noun_tag(X(p, i + 2)))))
        p->pos[i].upos = TOCSIN_U_DET;
    int single = x == TOCSIN_X_PRP || x == TOCSIN_X_EX || (x == TOCSIN_X_DT && U(p, i) == TOCSIN_U_PRON) ||
                 (x == TOCSIN_X_DT && (X(p, i + 1) == TOCSIN_X_MD || X(p, i + 1) == TOCSIN_X_VBD ||
                                       X(p, i + 1) == TOCSIN_X_VBZ || X(p, i + 1) == TOCSIN_X_VBP));
    if (ts_word_in(p, i, KW_TIME)) {
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
    if (X(p, head) == TOCSIN_X_NNP && !ts_word_in(p, head, KW_ORG)) {
        size_t a = head;
        while (a > i && (X(p, a - 1) == TOCSIN_X_NNP || X(p, a - 1) == TOCSIN_X_NNPS ||
                         (X(p, a - 1) == TOCSIN_X_HYPH && a - 1 > i && X(p, a - 2) == TOCSIN_X_NNP)))
            a--;
        while (a < head && (ts_word_in(p, a, KW_TITLE) || X(p, a) == TOCSIN_X_HYPH))
            a++;
        /* "the Iraqi leader Saddam Hussein": the common noun heads; "the
         * Hayes Street Grill": a name after "the" is no person's (nine in
         * ten in the treebank), its last word heads */
        if (a > i && (X(p, a - 1) == TOCSIN_X_NN || X(p, a - 1) == TOCSIN_X_NNS))
            head = a - 1;
        else if (!(a > i && X(p, a - 1) == TOCSIN_X_DT) && !(a < head && ts_word_in(p, a, KW_PLACE_FIRST)))
            head = a; /* "New Delhi", "East Jerusalem", "South Korea" head on their last word */
    }
    /* "$ 20,000", "$ 3 M": the currency sign heads the amount */
    if (X(p, head) == TOCSIN_X_CD) {
        size_t a = head;
        while (a > i && X(p, a - 1) == TOCSIN_X_CD)
            a--;
        if (a > i && X(p, a - 1) == TOCSIN_X_DOLLAR)
            head = a - 1;
    }
    /* adjectives alone ("feel welcome", "keeps them alive") are no noun phrase */
    unsigned hx = X(p, head);
    /* ... but a quantity standing for one is: "read several of them", "knows more" */
    if ((hx == TOCSIN_X_JJ || hx == TOCSIN_X_JJR || hx == TOCSIN_X_JJS) && X(p, i) != TOCSIN_X_DT &&
        !(head == i && ts_word_in(p, i, KW_QUANT) && !ts_word_is(p, i + 1, "than")) && U(p, head) != TOCSIN_U_NOUN &&
        U(p, head) != TOCSIN_U_PROPN && U(p, head) != TOCSIN_U_PRON) {
        *idx = add(p, i, j, head, TOCSIN_PH_ADJP);
        return j;
    }
    *idx = add(p, i, j, head, TOCSIN_PH_NP);
    /* "last week", "this morning", "all the time": a phrase of time */
    if (*idx >= 0 && j - i >= 2 && ts_word_in(p, head, KW_TIME_NOUN) && ts_word_in(p, i, KW_TIME_DET))
        p->out->phrase[*idx].time = 1;
    /* "waited a bit": a degree, like a phrase of time (six times in seven
     * in the treebank; "a lot" is an object one time in three) */
    if (*idx >= 0 && j == i + 2 && ts_word_is(p, i, "a") && !ts_word_is(p, j, "of") &&
        ts_word_is(p, head, "bit"))
        p->out->phrase[*idx].time = 1;
    /* "met three times", "was shelled 20 times": how often, not an object
     * (30 times in 31 in the treebank) */
    if (*idx >= 0 && j == i + 2 && X(p, i) == TOCSIN_X_CD && ts_word_is(p, head, "times"))
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
        if (ts_word_in(p, i, KW_NEG))
            f |= TOCSIN_VG_NEG;
        if (!finite_seen && (x == TOCSIN_X_MD || x == TOCSIN_X_VBD || x == TOCSIN_X_VBZ || x == TOCSIN_X_VBP)) {
            finite_seen = 1;
            if (x == TOCSIN_X_MD)
                f |= ts_word_in(p, i, KW_FUT) ? TOCSIN_VG_FUTURE : TOCSIN_VG_MODAL;
            else
                f |= x == TOCSIN_X_VBD ? TOCSIN_VG_PAST : TOCSIN_VG_PRESENT;
        }
        if (i < main && U(p, i) == TOCSIN_U_AUX) {
            /* the next verb of the group decides what this auxiliary does */
            size_t k = i + 1;
            while (k < main && !is_verb_tag(X(p, k)))
                k++;
            unsigned nx = X(p, k);
            if ((ts_word_in(p, i, KW_BE) || ts_word_in(p, i, KW_GET)) && nx == TOCSIN_X_VBN)
                f |= TOCSIN_VG_PASSIVE;
            else if (ts_word_in(p, i, KW_BE) && nx == TOCSIN_X_VBG)
                f |= TOCSIN_VG_PROGRESSIVE;
            else if (ts_word_in(p, i, KW_HAVE) && nx == TOCSIN_X_VBN)
                f |= TOCSIN_VG_PERFECT;
        }
    }
    if (U(p, main) == TOCSIN_U_AUX && ts_word_in(p, main, KW_BE))
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
        /* the noun phrase may end an apposition, or stand before an adverb:
           "Kenya's minister, Aden Duale, publicly accused Somalia" */
        size_t pi = p->nph - 1, edge = i;
        for (int back = 0; back < 3 && pi > 0; back++) {
            const tocsin_phrase *q = &p->out->phrase[pi];
            if (q->t1 != edge || !(q->kind == TOCSIN_PH_ADVP ||
                                   (q->kind == TOCSIN_PH_PUNCT && X(p, q->t0) == TOCSIN_X_COMMA)))
                break;
            edge = q->t0;
            pi--;
        }
        const tocsin_phrase *prev = &p->out->phrase[pi];
        if (prev->kind == TOCSIN_PH_NP && prev->up < 0 && prev->t1 == edge) {
            size_t k = skip_adv(p, j);
            if (X(p, k) == TOCSIN_X_LQUOTE && k + 1 < p->n) /* 'sent "humanitarian" aid' */
                k++;
            if (X(p, main) == TOCSIN_X_VBN && k < p->n && np_start(p, k) && !ts_word_in(p, k, KW_TIME) &&
                X(p, k) != TOCSIN_X_EX)
                p->pos[main].xpos = TOCSIN_X_VBD;
            else if (X(p, main) == TOCSIN_X_VBD && ts_word_is(p, k, "by"))
                p->pos[main].xpos = TOCSIN_X_VBN;
        }
    }
    /* negation right after a lone auxiliary: "is not", "did n't" */
    while (j < p->n && ts_word_in(p, j, KW_NEG) && main + 1 == j && U(p, main) == TOCSIN_U_AUX)
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

/* Before "him", "them", "me", "us" the treebank never has a noun or an
 * adjective: a word tagged so there is a verb ("egg him on", "ban employees"
 * is left alone). */
static void repair_before_object_pronoun(P *p)
{
    for (size_t i = 1; i < p->n; i++) {
        unsigned x = X(p, i - 1);
        if (!(x == TOCSIN_X_NN || x == TOCSIN_X_NNS || x == TOCSIN_X_JJ) || X(p, i) != TOCSIN_X_PRP ||
            !ts_word_in(p, i, KW_OBJ_PRON))
            continue;
        const tocsin_word *w = &p->w[i - 1];
        unsigned before = i >= 2 ? X(p, i - 2) : 0;
        unsigned nx;
        if (w->len > 2 && w->s[w->len - 2] == 'e' && w->s[w->len - 1] == 'd')
            nx = TOCSIN_X_VBD;
        else if (i < 2 || before == TOCSIN_X_MD || before == TOCSIN_X_TO || before == TOCSIN_X_RB ||
                 U(p, i - 2) == TOCSIN_U_PUNCT || U(p, i - 2) == TOCSIN_U_INTJ)
            nx = TOCSIN_X_VB;
        else if (w->s[w->len - 1] == 's' && before != TOCSIN_X_NNS && before != TOCSIN_X_PRP)
            nx = TOCSIN_X_VBZ;
        else
            nx = TOCSIN_X_VBP;
        p->pos[i - 1].xpos = (uint8_t)nx;
        p->pos[i - 1].upos = TOCSIN_U_VERB;
    }
}

/* "a control group", "their launch site": a bare verb cannot follow a
 * determiner, a possessive or an adjective; before a noun it is a noun */
static void repair_bare_verb_in_noun_phrase(P *p)
{
    for (size_t i = 1; i + 1 < p->n; i++) {
        unsigned b = X(p, i - 1);
        if (X(p, i) != TOCSIN_X_VB || !is_noun_tag(X(p, i + 1)) ||
            !((b == TOCSIN_X_DT && !ts_word_is(p, i - 1, "that") && !ts_word_in(p, i - 1, KW_QUANT)) ||
              b == TOCSIN_X_PRPS || b == TOCSIN_X_POS || b == TOCSIN_X_JJ))
            continue;
        p->pos[i].xpos = TOCSIN_X_NN;
        p->pos[i].upos = TOCSIN_U_NOUN;
    }
}

/* "said her government would resign", "believes her party will win": after
 * a verb of saying or thinking that takes no second object, "her" before a
 * noun or an adjective is the possessive, not the object */
static void repair_her_possessive(P *p)
{
    for (size_t i = 1; i + 1 < p->n; i++) {
        if (X(p, i) != TOCSIN_X_PRP || !ts_word_is(p, i, "her") || !ts_word_in(p, i - 1, KW_THINK) ||
            ts_word_in(p, i - 1, KW_DITRANS) || ts_word_in(p, i - 1, KW_IOBJ))
            continue;
        unsigned nx = X(p, i + 1);
        if (nx == TOCSIN_X_NN || nx == TOCSIN_X_NNS || nx == TOCSIN_X_JJ || nx == TOCSIN_X_NNP ||
            nx == TOCSIN_X_NNPS)
            p->pos[i].xpos = TOCSIN_X_PRPS;
    }
}

/* Between "to" or a modal and a determiner the treebank has a bare verb
 * (over a thousand times, a noun twice): "to store the luggage", "could
 * shape the outcome". A word tagged noun or adjective there is that verb,
 * and its "to" the infinitive's. */
static void repair_after_to(P *p)
{
    for (size_t i = 1; i + 1 < p->n; i++) {
        unsigned x = X(p, i), nx = X(p, i + 1);
        if (!(x == TOCSIN_X_NN || x == TOCSIN_X_JJ || x == TOCSIN_X_NNP) ||
            !(nx == TOCSIN_X_DT || nx == TOCSIN_X_PRPS))
            continue;
        int to = ts_word_is(p, i - 1, "to");
        if (!to && X(p, i - 1) != TOCSIN_X_MD)
            continue;
        p->pos[i].xpos = TOCSIN_X_VB;
        p->pos[i].upos = TOCSIN_U_VERB;
        if (to) {
            p->pos[i - 1].xpos = TOCSIN_X_TO;
            p->pos[i - 1].upos = TOCSIN_U_PART;
        }
    }
}

/* "had about 5 repairs", "spent over $ 200": before an amount right after
 * a verb, "about" and "over" modify the number (an adverb 40 times in 42
 * in the treebank), they do not open a prepositional phrase. */
static void repair_about_amount(P *p)
{
    for (size_t i = 1; i + 1 < p->n; i++) {
        unsigned nx = X(p, i + 1);
        if (X(p, i) != TOCSIN_X_IN || !is_verb_tag(X(p, i - 1)) || !(nx == TOCSIN_X_CD || nx == TOCSIN_X_DOLLAR) ||
            !(ts_word_is(p, i, "about") || ts_word_is(p, i, "over")))
            continue;
        p->pos[i].xpos = TOCSIN_X_RB;
        p->pos[i].upos = TOCSIN_U_ADV;
    }
}

void ts_syn_phrases(P *p)
{
    repair_about_amount(p);
    repair_before_object_pronoun(p);
    repair_her_possessive(p);
    repair_bare_verb_in_noun_phrase(p);
    repair_after_to(p);
    size_t i = 0;
    int last_pp = -1;
    while (i < p->n) {
        unsigned x = X(p, i), u = U(p, i);
        int idx = -1;
        size_t j;
        /* "by armed men", "with improvised explosives": a participle after a
         * preposition and before a noun modifies the noun */
        if (((x == TOCSIN_X_VBN && i > 0 && (U(p, i - 1) == TOCSIN_U_ADP || U(p, i - 1) == TOCSIN_U_VERB)) ||
             (x == TOCSIN_X_VBG && ts_word_in(p, i, KW_ING_ADJ)) ||
             /* "the resulting scores", "a thought-provoking film", "their
              * escalating dispute": an -ing form after a determiner, a
              * possessive or an adjective describes the noun after it */
             (x == TOCSIN_X_VBG && i > 0 &&
              ((X(p, i - 1) == TOCSIN_X_DT && !ts_word_is(p, i - 1, "that")) || X(p, i - 1) == TOCSIN_X_PRPS ||
               X(p, i - 1) == TOCSIN_X_POS || X(p, i - 1) == TOCSIN_X_JJ || X(p, i - 1) == TOCSIN_X_HYPH))) &&
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
        int ing_prep = x == TOCSIN_X_VBG && ts_word_in(p, i, KW_ING_PREP);
        j = ing_prep ? i : verb_group(p, i, &idx);
        if (j > i) {
            i = j;
            last_pp = -1;
            continue;
        }
        unsigned nx1 = X(p, i + 1);
        int dt_pron = x == TOCSIN_X_DT && (nx1 == TOCSIN_X_MD || nx1 == TOCSIN_X_VBD || nx1 == TOCSIN_X_VBZ ||
                                           nx1 == TOCSIN_X_VBP);
        /* a determiner alone is no noun phrase, but "some of them", "all" are */
        if (dt_pron || (np_start(p, i) && !(x == TOCSIN_X_DT && U(p, i) == TOCSIN_U_DET && !np_inner(p, i + 1) &&
                                            !is_noun_tag(X(p, i + 1)) && !ts_word_in(p, i, KW_QUANT)))) {
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
        if (((x == TOCSIN_X_IN || x == TOCSIN_X_TO) && u == TOCSIN_U_ADP) || ing_prep)
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
    conjuncts(p);
}
