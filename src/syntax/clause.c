/* clause.c - a clause for every verb group: its subject is the nearest noun
 * phrase to the left, skipping adverbs, prepositional phrases and commas
 * around an apposition or a relative clause; a conjunction met first means a
 * coordinated verb that shares the previous clause's subject. Objects and
 * prepositional phrases are read to the right. Every scan is capped
 * (SCAN_MAX phrases), so the whole parse is linear in the sentence.
 * tocsin_syntax_parse, the entry point, is here. */
#include "parse.h"

#include <string.h>

static int is_comma(const P *p, long k)
{
    const tocsin_phrase *ph = PH(p, k);
    return ph->kind == TOCSIN_PH_PUNCT && X(p, ph->t0) == TOCSIN_X_COMMA;
}

/* The first conjunct of a coordinated noun phrase ending at phrase k:
 * "Russia and China vetoed" -> Russia. Only when nothing verbal precedes. */
static long first_conjunct(const P *p, long k)
{
    /* "..., and there are": "there" is no conjunct */
    if (k < 2 || PH(p, k - 1)->kind != TOCSIN_PH_CC || X(p, PH(p, k)->head) == TOCSIN_X_EX)
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
                if (j == k - 1 && ts_word_in(p, PH(p, c->up)->head, KW_SUBORD) &&
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
            /* "talks between Iran and the United States resumed": a conjunct
               of a preposition's object belongs to the preposition too */
            if (j >= 2 && PH(p, j - 1)->kind == TOCSIN_PH_CC && PH(p, j - 2)->kind == TOCSIN_PH_NP &&
                PH(p, j - 2)->up >= 1 && PH(p, PH(p, j - 2)->up - 1)->kind == TOCSIN_PH_NP) {
                j = PH(p, j - 2)->up - 1;
                continue;
            }
            if (j >= 3 && PH(p, j - 1)->kind == TOCSIN_PH_CC && PH(p, j - 2)->kind == TOCSIN_PH_ADJP &&
                PH(p, j - 3)->kind == TOCSIN_PH_PP && j >= 4 && PH(p, j - 4)->kind == TOCSIN_PH_NP) {
                /* "clashes between Indian and Chinese troops" */
                j -= 4;
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
                (ts_word_is(p, c->head, "that") && U(p, c->head) == TOCSIN_U_PRON)) {
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
            if (ts_word_in(p, c->head, KW_QUANT))
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

/* Is the lone auxiliary of the verb group at phrase k a main verb "have"
 * or "do" with an object ("Israel has 200 warheads", "they do banners"),
 * not one waiting for its verb ("has the army left?")? */
static int main_have_do(const P *p, size_t k, size_t np)
{
    size_t h = PH(p, (long)k)->head;
    if (!(ts_word_in(p, h, KW_HAVE) || ts_word_is(p, h, "do") || ts_word_is(p, h, "does") ||
          ts_word_is(p, h, "did")) ||
        ts_word_is(p, h, "'d"))
        return 0;
    /* a statement: its subject (or relative pronoun) before it, not a
     * question ("Did the rebels free ...?", "What do you want?") */
    long b = (long)k - 1;
    while (b >= 0 && PH(p, b)->kind == TOCSIN_PH_ADVP)
        b--;
    if (b < 0 || !(PH(p, b)->kind == TOCSIN_PH_NP ||
                   (PH(p, b)->kind == TOCSIN_PH_SUB && U(p, PH(p, b)->head) == TOCSIN_U_PRON &&
                    X(p, PH(p, b)->head) != TOCSIN_X_WP)))
        return 0;
    size_t j = k + 1;
    while (j < np && PH(p, (long)j)->kind == TOCSIN_PH_ADVP)
        j++;
    if (j >= np || PH(p, (long)j)->kind != TOCSIN_PH_NP || PH(p, (long)j)->time)
        return 0;
    /* the verb it waits for may come past the subject's phrases and adverbs:
     * "do you really think", "did those reports first come" */
    for (size_t m = j + 1; m < np && m < j + 8; m++) {
        const tocsin_phrase *q = PH(p, (long)m);
        if (q->kind == TOCSIN_PH_VG) {
            unsigned x = X(p, q->head);
            /* "has the army left?": only an infinitive may follow a main
             * "have" ("has the means to strike"); "do" before any verb is
             * the question's or negation's */
            (void)x;
            return (q->flags & TOCSIN_VG_INFINITIVE) && ts_word_in(p, h, KW_HAVE);
        }
        if (!(q->kind == TOCSIN_PH_NP || q->kind == TOCSIN_PH_ADVP || q->kind == TOCSIN_PH_PP ||
              (q->kind == TOCSIN_PH_PUNCT && X(p, q->head) == TOCSIN_X_COMMA)))
            break;
    }
    return 1;
}

/* Does "what" after the verb h open a free relative, its object ("did what
 * they wanted"), rather than a question ("asked what they wanted")? */
static int free_relative_verb(const P *p, size_t h)
{
    return U(p, h) == TOCSIN_U_VERB && !ts_word_in(p, h, KW_THINK) && !ts_word_in(p, h, KW_SAY) &&
           !ts_word_in(p, h, KW_IOBJ) && !ts_word_in(p, h, KW_WONDER) && !ts_word_in(p, h, KW_BE);
}

/* "Thousands fled across the border", "The tanks rolled into the town and
 * shelled it": an -ed form read as a bare participle after the sentence's
 * first noun phrase, with no verb before, is the sentence's past tense unless
 * a finite verb follows that has no subject of its own ("The hostages held
 * by the group were freed"). Retags it and returns 1. */
static int participle_is_past(P *p, size_t k, size_t np)
{
    const tocsin_phrase *vg = PH(p, (long)k);
    size_t h = vg->head;
    if (!(vg->flags & TOCSIN_VG_PARTICIPLE) || vg->t1 != vg->t0 + 1 || k == 0 ||
        (X(p, h) != TOCSIN_X_VBN && X(p, h) != TOCSIN_X_VBD))
        return 0;
    const tocsin_word *w = &p->w[h];
    if (w->len < 3 || w->s[w->len - 2] != 'e' || w->s[w->len - 1] != 'd')
        return 0; /* "taken", "seen": never a past */
    const tocsin_phrase *n1 = PH(p, (long)k - 1);
    if (n1->kind != TOCSIN_PH_NP || n1->up >= 0 || n1->time || X(p, n1->head) == TOCSIN_X_EX)
        return 0;
    /* "the talk delivered by ...": an agent makes it a passive; a title or a
     * caption ("Lessons learned") has no full stop */
    if (k + 1 < np && PH(p, (long)k + 1)->kind == TOCSIN_PH_PP && ts_word_is(p, PH(p, (long)k + 1)->head, "by"))
        return 0;
    if (p->n == 0 || X(p, p->n - 1) != TOCSIN_X_PERIOD)
        return 0;
    /* nothing verbal before the noun phrase: it opens the sentence */
    for (long b = (long)k - 2; b >= 0 && b >= (long)k - 2 - SCAN_MAX; b--) {
        unsigned kk = PH(p, b)->kind;
        if (kk == TOCSIN_PH_VG || kk == TOCSIN_PH_SUB || kk == TOCSIN_PH_CC ||
            (kk == TOCSIN_PH_NP && PH(p, b)->up < 0 && !PH(p, b)->time))
            return 0;
    }
    /* the first finite verb after it, and what stands before that verb */
    for (size_t m = k + 1; m < np && m < k + 1 + SCAN_MAX; m++) {
        const tocsin_phrase *q = PH(p, (long)m);
        if (q->kind == TOCSIN_PH_SUB || q->kind == TOCSIN_PH_CC)
            break; /* a clause or a conjunct of its own: ours is the main verb */
        if (q->kind != TOCSIN_PH_VG)
            continue;
        if (!(q->flags & (TOCSIN_VG_PAST | TOCSIN_VG_PRESENT | TOCSIN_VG_FUTURE | TOCSIN_VG_MODAL)))
            continue;
        long b = (long)m - 1;
        while (b > (long)k && PH(p, b)->kind == TOCSIN_PH_ADVP)
            b--;
        const tocsin_phrase *sp = PH(p, b);
        if (!(sp->kind == TOCSIN_PH_NP && sp->up < 0 && !sp->time))
            return 0; /* "the hostages held by the group were freed" */
        break;        /* "..., officials said": that verb has its own subject */
    }
    p->pos[h].xpos = TOCSIN_X_VBD;
    p->out->phrase[k].flags =
        (uint16_t)((vg->flags & ~(unsigned)(TOCSIN_VG_PARTICIPLE | TOCSIN_VG_PASSIVE)) | TOCSIN_VG_PAST);
    return 1;
}

/* "Has the army left the town?", "Never before has Iran lost a war", "Did
 * the rebels free anyone?": an auxiliary with no subject before it, then a
 * noun phrase and the verb it waits for. The auxiliary makes no clause of
 * its own; the verb after the noun phrase takes the auxiliary's tense and
 * the noun phrase as subject. Returns whether phrase k was such an auxiliary. */
static int inverted_aux(P *p, size_t k, size_t np)
{
    const tocsin_phrase *vg = PH(p, (long)k);
    size_t h = vg->head;
    if (vg->t1 != vg->t0 + 1 || k + 2 >= np)
        return 0;
    int have = ts_word_in(p, h, KW_HAVE) && !ts_word_is(p, h, "'d") && !ts_word_is(p, h, "having");
    int be = ts_word_in(p, h, KW_BE) && !ts_word_is(p, h, "being") && !ts_word_is(p, h, "been") &&
             !ts_word_is(p, h, "be");
    int do_ = ts_word_is(p, h, "do") || ts_word_is(p, h, "does") || ts_word_is(p, h, "did");
    int md = X(p, h) == TOCSIN_X_MD;
    if (!have && !be && !do_ && !md)
        return 0;
    /* nothing that could be its subject before it */
    long b = (long)k - 1;
    while (b >= 0 && PH(p, b)->kind == TOCSIN_PH_ADVP)
        b--;
    /* "Which of these towns has the army taken?", "In which town did the
     * rebels ...?": in a question, past the wh-word's noun phrase */
    if (b >= 1 && PH(p, b)->kind == TOCSIN_PH_NP && p->n > 0 && ts_word_is(p, p->n - 1, "?")) {
        long u = PH(p, b)->up >= 0 ? PH(p, b)->up - 1 : b - 1;
        if (u >= 0 && PH(p, u)->kind == TOCSIN_PH_SUB)
            b = u;
    }
    if (b >= 0 && !(PH(p, b)->kind == TOCSIN_PH_PUNCT || PH(p, b)->kind == TOCSIN_PH_CC ||
                    (PH(p, b)->kind == TOCSIN_PH_SUB && (X(p, PH(p, b)->head) == TOCSIN_X_WRB ||
                                                        X(p, PH(p, b)->head) == TOCSIN_X_WP ||
                                                        X(p, PH(p, b)->head) == TOCSIN_X_WDT))))
        return 0;
    const tocsin_phrase *n1 = PH(p, (long)k + 1), *v2 = PH(p, (long)k + 2);
    if (n1->kind != TOCSIN_PH_NP || n1->up >= 0 || n1->time || v2->kind != TOCSIN_PH_VG || v2->t0 != n1->t1)
        return 0;
    unsigned x2 = X(p, v2->t0);
    /* the tagger may read the participle as a past ("has the army lost") */
    int part = x2 == TOCSIN_X_VBN || x2 == TOCSIN_X_VBD;
    int fits = (have && part) || (be && (part || x2 == TOCSIN_X_VBG)) ||
               ((do_ || md) && (x2 == TOCSIN_X_VB || x2 == TOCSIN_X_VBP));
    if (part)
        p->pos[v2->t0].xpos = TOCSIN_X_VBN;
    if (!fits)
        return 0;
    unsigned fl = v2->flags & ~(unsigned)(TOCSIN_VG_PARTICIPLE | TOCSIN_VG_PASSIVE | TOCSIN_VG_INFINITIVE |
                                          TOCSIN_VG_PAST | TOCSIN_VG_PRESENT);
    unsigned hx = X(p, h);
    fl |= md ? TOCSIN_VG_MODAL : hx == TOCSIN_X_VBD ? TOCSIN_VG_PAST : TOCSIN_VG_PRESENT;
    if (have)
        fl |= TOCSIN_VG_PERFECT;
    else if (be)
        fl |= x2 == TOCSIN_X_VBN ? TOCSIN_VG_PASSIVE : TOCSIN_VG_PROGRESSIVE;
    p->out->phrase[k + 2].flags = (uint16_t)fl;
    if (!md)
        p->pos[h].upos = TOCSIN_U_AUX;
    return 1;
}

void ts_syn_clauses(P *p)
{
    tocsin_parse *o = p->out;
    size_t np = p->nph < o->phrase_cap ? p->nph : o->phrase_cap;
    /* a relative pronoun waiting for the infinitive at phrase pending_at */
    long pending_wh = -1;
    size_t pending_at = 0;
    for (size_t k = 0; k < np; k++) {
        const tocsin_phrase *vg = PH(p, (long)k);
        if (vg->kind != TOCSIN_PH_VG)
            continue;
        if (inverted_aux(p, k, np))
            continue;
        participle_is_past(p, k, np);
        unsigned vf = vg->flags;
        int lone_aux = U(p, vg->head) == TOCSIN_U_AUX || X(p, vg->head) == TOCSIN_X_MD;
        if (lone_aux && !(vf & TOCSIN_VG_COPULA)) {
            if (!main_have_do(p, k, np))
                continue; /* "did", "will" standing alone: ellipsis or a question */
            p->pos[vg->head].upos = TOCSIN_U_VERB; /* "Israel has nuclear weapons" */
        }
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
            /* "have seized and burned": a bare participle after "and" shares
             * the perfect's auxiliary; it is no passive */
            if ((PH(p, share)->flags & TOCSIN_VG_PERFECT) && vg->t1 == vg->t0 + 1 &&
                X(p, vg->head) == TOCSIN_X_VBN) {
                fl = (fl & ~(unsigned)(TOCSIN_VG_PASSIVE | TOCSIN_VG_PARTICIPLE)) | TOCSIN_VG_PERFECT;
                vf = fl;
            }
        }
        /* objects and prepositional phrases, to the right */
        size_t j = k + 1, steps = 0;
        /* "marched up the avenue", "fled across the border": after a verb of
         * motion, "up" or "down" before a noun phrase is its preposition */
        if (ts_word_in(p, vg->head, KW_MOTION)) {
            size_t r = j;
            while (r < np && r < j + 3 && PH(p, (long)r)->kind == TOCSIN_PH_ADVP)
                r++;
            if (r + 1 < np && PH(p, (long)r)->kind == TOCSIN_PH_OTHER && X(p, PH(p, (long)r)->t0) == TOCSIN_X_RP &&
                ts_word_in(p, PH(p, (long)r)->head, KW_PATH) && PH(p, (long)r + 1)->kind == TOCSIN_PH_NP &&
                PH(p, (long)r + 1)->up < 0) {
                o->phrase[r].kind = TOCSIN_PH_PP;
                o->phrase[r].obj = (int16_t)(r + 1);
                o->phrase[r + 1].up = (int16_t)r;
                p->pos[PH(p, (long)r)->head].xpos = TOCSIN_X_IN;
                p->pos[PH(p, (long)r)->head].upos = TOCSIN_U_ADP;
            }
        }
        /* past adverbs, particles and an opening quote ('sent "aid"') */
        while (j < np && steps++ < SCAN_MAX &&
               (PH(p, (long)j)->kind == TOCSIN_PH_ADVP ||
                (PH(p, (long)j)->kind == TOCSIN_PH_OTHER && X(p, PH(p, (long)j)->t0) == TOCSIN_X_RP) ||
                (PH(p, (long)j)->kind == TOCSIN_PH_PUNCT && X(p, PH(p, (long)j)->t0) == TOCSIN_X_LQUOTE &&
                 j + 1 < np && PH(p, (long)j + 1)->kind == TOCSIN_PH_NP) ||
                /* "both Iran and Syria" */
                (PH(p, (long)j)->kind == TOCSIN_PH_CC && j + 1 < np && PH(p, (long)j + 1)->kind == TOCSIN_PH_NP &&
                 (ts_word_is(p, PH(p, (long)j)->head, "both") || ts_word_is(p, PH(p, (long)j)->head, "either") ||
                  ts_word_is(p, PH(p, (long)j)->head, "neither")))))
            j++;
        /* "killed more than 300 people": past "more than" before a number */
        if (j + 2 < np && PH(p, (long)j)->kind == TOCSIN_PH_ADJP && PH(p, (long)j)->t1 == PH(p, (long)j)->t0 + 1 &&
            (ts_word_is(p, PH(p, (long)j)->head, "more") || ts_word_is(p, PH(p, (long)j)->head, "fewer") ||
             ts_word_is(p, PH(p, (long)j)->head, "less")) &&
            ts_word_is(p, PH(p, (long)j + 1)->head, "than") && PH(p, (long)j + 1)->t1 == PH(p, (long)j + 1)->t0 + 1 &&
            PH(p, (long)j + 2)->kind == TOCSIN_PH_NP && X(p, PH(p, (long)j + 2)->t0) == TOCSIN_X_CD)
            j += 2;
        /* a passive or a bare past participle takes no object ("hostages held ...") */
        int no_obj = (fl & (TOCSIN_VG_COPULA | TOCSIN_VG_PASSIVE)) || ts_word_in(p, vg->head, KW_LINK) ||
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
            int think = ts_word_in(p, vg->head, KW_THINK) || ts_word_in(p, vg->head, KW_SAY);
            /* "said the talks in Geneva had failed": past the subject's own
             * prepositional phrases and adverbs */
            for (int hop = 0; think && hop < 6 && nx < np; hop++) {
                const tocsin_phrase *q = PH(p, (long)nx);
                if (q->kind == TOCSIN_PH_PP && q->obj >= 0 && (size_t)q->obj > nx)
                    nx = (size_t)q->obj + 1;
                else if (q->kind == TOCSIN_PH_ADVP)
                    nx++;
                /* "said the people killed in the strike were civilians" */
                else if (q->kind == TOCSIN_PH_VG && (q->flags & TOCSIN_VG_PARTICIPLE) && nx == j + 1)
                    nx++;
                else
                    break;
            }
            /* in a relative, subordinate or infinitive clause, a noun phrase
             * before a finite verb is the object, the verb the main clause's:
             * "the temples that served the town were destroyed" */
            int inner = (fl & (TOCSIN_CL_RELATIVE | TOCSIN_CL_SUBORDINATE | TOCSIN_VG_INFINITIVE)) != 0;
            if (nx < np && PH(p, (long)nx)->kind == TOCSIN_PH_VG && (think || !inner) &&
                (!(vf & TOCSIN_VG_PARTICIPLE) || ts_word_in(p, vg->head, KW_SAY))) {
                const tocsin_phrase *nv = PH(p, (long)nx);
                unsigned nf = nv->flags;
                subj_of_next = (nf & (TOCSIN_VG_PAST | TOCSIN_VG_PRESENT | TOCSIN_VG_FUTURE | TOCSIN_VG_MODAL)) != 0;
                /* "has a cat named Max", "bought a boat called Hope": after a
                 * verb that takes no clause, a lone -ed form describes the noun */
                if (!think && nv->t1 == nv->t0 + 1 && X(p, nv->head) == TOCSIN_X_VBD && nx == j + 1 &&
                    X(p, n1->head) != TOCSIN_X_PRP && U(p, nv->head) == TOCSIN_U_VERB) {
                    subj_of_next = 0;
                    /* ... as a participle: its clause will describe the noun */
                    p->pos[nv->head].xpos = TOCSIN_X_VBN;
                    o->phrase[nx].flags = TOCSIN_VG_PARTICIPLE | TOCSIN_VG_PASSIVE;
                }
            }
            if (!subj_of_next) {
                c->obj = (int16_t)n1->head;
                j++;
                /* "gave him the book", not "thank you all" */
                if (j < np && PH(p, (long)j)->kind == TOCSIN_PH_NP && !PH(p, (long)j)->time &&
                    (X(p, n1->head) == TOCSIN_X_PRP || ts_word_in(p, vg->head, KW_DITRANS)) &&
                    !ts_word_in(p, vg->head, KW_XCOMP) &&
                    !(PH(p, (long)j)->t1 == PH(p, (long)j)->t0 + 1 && X(p, PH(p, (long)j)->head) == TOCSIN_X_DT)) {
                    c->iobj = c->obj;
                    c->obj = (int16_t)PH(p, (long)j)->head;
                    j++;
                }
            }
        }
        /* "did what the army wanted", "will get whatever it needs": a free
         * relative is the object (a verb of knowing, saying or asking takes
         * a question instead: "asked what Iran wanted") */
        if (!no_obj && c->obj < 0 && j + 1 < np && PH(p, (long)j)->kind == TOCSIN_PH_SUB &&
            X(p, PH(p, (long)j)->head) == TOCSIN_X_WP && free_relative_verb(p, vg->head) &&
            (ts_word_is(p, PH(p, (long)j)->head, "what") || ts_word_is(p, PH(p, (long)j)->head, "whatever")) &&
            (PH(p, (long)j + 1)->kind == TOCSIN_PH_NP ||
             (PH(p, (long)j + 1)->kind == TOCSIN_PH_VG && !(PH(p, (long)j + 1)->flags & TOCSIN_VG_INFINITIVE))))
            c->obj = (int16_t)PH(p, (long)j)->head;
        /* "is there a way", "was there any warning": an inverted "there" is no object */
        if (c->obj >= 0 && X(p, (size_t)c->obj) == TOCSIN_X_EX) {
            c->obj = -1;
            if (c->iobj >= 0) {
                c->obj = c->iobj;
                c->iobj = -1;
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
            ts_word_in(p, vg->head, KW_SAY) && c->obj >= 0 && c->iobj < 0 &&
            (j >= np || PH(p, (long)j)->kind == TOCSIN_PH_PUNCT) && k > 0 &&
            PH(p, (long)k - 1)->kind == TOCSIN_PH_PUNCT) {
            subj = c->obj;
            c->obj = -1;
            fl |= TOCSIN_CL_INVERTED;
        }
        /* "told him (that) ...", "asked them to leave", "warned Iran.": the
         * person told or asked is an indirect object (what is said is the
         * verb's object, a clause), as the treebank has it */
        if (c->obj >= 0 && c->iobj < 0 && !(fl & TOCSIN_CL_INVERTED) && ts_word_in(p, vg->head, KW_IOBJ)) {
            size_t jn = j;
            /* "told supporters of the party that ...": past the person's "of" */
            if (jn + 1 < np && PH(p, (long)jn)->kind == TOCSIN_PH_PP && ts_word_is(p, PH(p, (long)jn)->head, "of") &&
                PH(p, (long)jn)->obj >= 0 && (size_t)PH(p, (long)jn)->obj > jn)
                jn = (size_t)PH(p, (long)jn)->obj + 1;
            const tocsin_phrase *q = jn < np ? PH(p, (long)jn) : NULL;
            unsigned ox = X(p, (size_t)c->obj);
            /* "told reporters", "notified the sender": after "tell" or
             * "inform" any noun but what is told is the person */
            int person = ox == TOCSIN_X_PRP || ox == TOCSIN_X_NNP || ox == TOCSIN_X_NNPS ||
                         (ts_word_in(p, vg->head, KW_TELL) && !ts_word_in(p, (size_t)c->obj, KW_TOLD_THING));
            int clause_next = q && ((q->kind == TOCSIN_PH_VG && (q->flags & TOCSIN_VG_INFINITIVE)) ||
                                    (q->kind == TOCSIN_PH_SUB && !ts_word_in(p, q->head, KW_SUBORD)) ||
                                    ts_word_is(p, q->head, "if") || ts_word_is(p, q->head, "whether"));
            /* "told reporters.", "told them about the plan", "notify us immediately" */
            int ends = !q || (q->kind == TOCSIN_PH_PUNCT && X(p, q->head) != TOCSIN_X_HYPH) ||
                       q->kind == TOCSIN_PH_PP || q->kind == TOCSIN_PH_ADVP;
            if (clause_next || (ends && person)) {
                c->iobj = c->obj;
                c->obj = -1;
            }
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
            int inverted = 0; /* "what do you want": an auxiliary before the subject */
            if (q >= 0 && PH(p, q)->kind == TOCSIN_PH_VG && U(p, PH(p, q)->head) == TOCSIN_U_AUX) {
                q--;
                inverted = 1;
            }
            /* "the plan which Moscow called for", "the group that Iran is
             * accused of backing": a preposition left without its noun after
             * the verb takes the relative word; the verb has no object */
            int stranded = j < np && PH(p, (long)j)->kind == TOCSIN_PH_PP && PH(p, (long)j)->obj < 0 &&
                           !ts_word_is(p, PH(p, (long)j)->head, "that");
            /* "did what the army wanted", "whatever Kyiv needs": a free
             * relative is the object of the verb before it (or the subject
             * of the verb after it), not of its own verb, as the treebank has
             * it; after a verb of knowing or asking it is a question ("knew
             * what Iran wanted") and its own verb's object */
            int free_wh = 0;
            if (!inverted && q >= 0 && PH(p, q)->kind == TOCSIN_PH_SUB && PH(p, q)->t1 == PH(p, q)->t0 + 1) {
                size_t wh = PH(p, q)->head;
                if (ts_word_is(p, wh, "whatever"))
                    free_wh = 1;
                else if (ts_word_is(p, wh, "what"))
                    free_wh = q == 0 || (PH(p, q - 1)->kind == TOCSIN_PH_VG && (free_relative_verb(p, PH(p, q - 1)->head) ||
                                                                              ts_word_in(p, PH(p, q - 1)->head, KW_BE)));
            }
            if (stranded || free_wh)
                q = -1;
            /* "which town the army seized", "what effect will it have": the
             * noun of the question word */
            if (sp > 0 && q >= 1 && PH(p, q)->kind == TOCSIN_PH_NP && PH(p, q)->up < 0 &&
                PH(p, q - 1)->kind == TOCSIN_PH_SUB && PH(p, q - 1)->t1 == PH(p, q)->t0 &&
                (X(p, PH(p, q - 1)->head) == TOCSIN_X_WDT || X(p, PH(p, q - 1)->head) == TOCSIN_X_WP) &&
                (ts_word_is(p, PH(p, q - 1)->head, "what") || ts_word_is(p, PH(p, q - 1)->head, "which") ||
                 ts_word_is(p, PH(p, q - 1)->head, "whatever")) &&
                !(k + 1 < np && PH(p, (long)k + 1)->kind == TOCSIN_PH_VG))
                c->obj = (int16_t)PH(p, q)->head;
            else if (sp > 0 && q >= 0 && PH(p, q)->kind == TOCSIN_PH_SUB && U(p, PH(p, q)->head) == TOCSIN_U_PRON &&
                X(p, PH(p, q)->head) != TOCSIN_X_WRB && !(q > 0 && PH(p, q - 1)->kind == TOCSIN_PH_PP)) {
                /* "what they say matters": a clause of "what" before a finite
                 * verb is that verb's subject, as the treebank has it */
                int free_rel = X(p, PH(p, q)->head) == TOCSIN_X_WP && k + 1 < np &&
                               PH(p, (long)k + 1)->kind == TOCSIN_PH_VG &&
                               (PH(p, (long)k + 1)->flags & (TOCSIN_VG_PAST | TOCSIN_VG_PRESENT |
                                                             TOCSIN_VG_FUTURE | TOCSIN_VG_MODAL));
                /* "the pipeline which Moscow hopes to build": the object of the infinitive */
                if (free_rel)
                    ;
                else if (k + 1 < np && PH(p, (long)k + 1)->kind == TOCSIN_PH_VG &&
                    (PH(p, (long)k + 1)->flags & TOCSIN_VG_INFINITIVE)) {
                    pending_wh = PH(p, q)->head;
                    pending_at = k + 1;
                } else {
                    c->obj = (int16_t)PH(p, q)->head;
                }
            }
        } else if (pending_wh >= 0 && pending_at == k && c->obj < 0 && c->iobj < 0 &&
                   !(fl & (TOCSIN_VG_COPULA | TOCSIN_VG_PASSIVE))) {
            if (k + 1 < np && PH(p, (long)k + 1)->kind == TOCSIN_PH_VG &&
                (PH(p, (long)k + 1)->flags & TOCSIN_VG_INFINITIVE))
                pending_at = k + 1; /* "hopes to try to build" */
            else if (!(j < np && PH(p, (long)j)->kind == TOCSIN_PH_PP && PH(p, (long)j)->obj < 0))
                c->obj = (int16_t)pending_wh; /* not "the aid which they had to do without" */
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
            if ((fl & TOCSIN_VG_PASSIVE) && c->agent < 0 && h >= 0 && ts_word_is(p, q->head, "by"))
                c->agent = (int16_t)h;
            j = q->obj >= 0 ? (size_t)q->obj + 1 : j + 1;
        }
        /* the content of saying: the next clause after "said (that)" */
        if (c->parent < 0 && o->nclause > 0) {
            const tocsin_clause *pc = &o->clause[o->nclause - 1];
            if (ts_word_in(p, pc->verb, KW_SAY) && pc->obj < 0 && c->subj >= 0 && pc->verb < c->verb)
                c->parent = (int16_t)(o->nclause - 1);
        }
        /* "seized and burned the trucks": an object after the second of two
         * coordinated verbs is the first's too, if it has none */
        long cc = (long)k - 1;
        while (cc > share && PH(p, cc)->kind == TOCSIN_PH_ADVP) /* "or even subdue" */
            cc--;
        if (share >= 0 && c->obj >= 0 && c->parent >= 0 && cc == share + 1 && PH(p, cc)->kind == TOCSIN_PH_CC) {
            tocsin_clause *pc = &o->clause[c->parent];
            if (pc->obj < 0 && pc->iobj < 0 && pc->nprep == 0 &&
                !(pc->flags & (TOCSIN_VG_COPULA | TOCSIN_VG_PASSIVE))) {
                pc->obj = c->obj;
                fl |= TOCSIN_CL_OBJ_SHARED;
            }
        }
        c->flags = fl;
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
        long pobj = pc->obj >= 0 ? pc->obj : pc->iobj; /* "asked them to leave": them */
        int after_obj = pobj >= 0 && ob >= first && PH(p, ob)->kind == TOCSIN_PH_NP && PH(p, ob)->head == pobj;
        int plain = 1;
        for (long m = first; m <= last && plain; m++) {
            unsigned kk = PH(p, m)->kind;
            plain = kk == TOCSIN_PH_NP || kk == TOCSIN_PH_PP || kk == TOCSIN_PH_ADVP ||
                    (kk == TOCSIN_PH_PUNCT && X(p, PH(p, m)->head) != TOCSIN_X_COMMA) ||
                    (inf && kk == TOCSIN_PH_CC && m == last);
        }
        if (!plain || (ger && last >= first && !after_obj))
            continue;
        if (after_obj && !ts_word_in(p, pc->verb, KW_CONTROL))
            after_obj = 0; /* "barricaded highways to push": the subject acts */
        c->subj = (int16_t)(after_obj ? pobj : pc->subj);
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
    uint32_t kw[TOCSIN_SYNTAX_MAX_WORDS];
    P p = {w, out->pos, n < TOCSIN_SYNTAX_MAX_WORDS ? n : TOCSIN_SYNTAX_MAX_WORDS, out, 0, 0, kw};
    ts_word_lists(w, p.n, kw);
    ts_syn_phrases(&p);
    out->nphrase = p.nph < out->phrase_cap ? p.nph : out->phrase_cap;
    if (out->clause && out->clause_cap)
        ts_syn_clauses(&p);
    return p.full || n > TOCSIN_SYNTAX_MAX_WORDS ? TOCSIN_ELIMIT : TOCSIN_OK;
}
