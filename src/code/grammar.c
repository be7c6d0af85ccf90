/* grammar.c - turns a sentence with actor mentions into events.
 *
 * For each verb of the dictionaries: decide whether the word is a verb here
 * (noun/verb disambiguation), read its auxiliaries (negation, modals, passive,
 * infinitive), find what governs it (intent, pledge, aspect, attribution),
 * find its subject (skipping relative clauses and appositives, following
 * coordination), match the verb's patterns to the right, pick the target, and
 * apply CAMEO's conventions: attribution codes the reported act, negated and
 * hypothetical acts are dropped, intentions become 03x/014/13x, joint actions
 * are coded both ways, compound actors expand to one event per pair. */
#include "sentence.h"
#include "base/internal.h"
#include "structure.h"
#include "tocsin/date.h"

#include <string.h>

#define PASSIVE_OBJ_WORDS 5 /* how far back a passive's subject may hold the pattern's object */
#define GAP 8 /* words allowed between pattern elements (wire copy has long noun phrases) */
#define PARTY_PAIRS_MAX 42 /* ordered pairs one joint act of a list gives: all of 7 parties; no more for longer lists */
#define VERBISH (G_SAY | G_INTENT | G_PLEDGE | G_ASPECT | G_NEGV)
#define BOUNDARY (G_SUB | G_REL | G_CONJ)
/* sectors that name people, not an institution a capital can stand for */
#define PEOPLE_SECTORS "CVL COP REB OPP REF LAB REL MED EDU HLH"


enum { V_NONE = 0, V_FINITE, V_ING, V_INF, V_PART };
enum { GOV_NONE = 0, GOV_ASPECT, GOV_INTENT, GOV_PLEDGE, GOV_NEG, GOV_OTHER, GOV_HEDGE, GOV_PREP };

typedef struct vinfo {
    uint8_t kind;    /* V_* */
    uint8_t neg, modal, fut, passive, have, be, to, hedge, cond;
    uint8_t neg_to;  /* "pledged never to talk", "decided not to attend" */
    uint8_t gov;     /* GOV_* */
    int16_t govv;    /* governing verb token */
    int16_t subj;    /* subject mention (-1) */
    int16_t chain0;  /* first token of the auxiliary chain */
    uint8_t coded;   /* produced an event */
    uint8_t attributed;
    uint8_t root;    /* root of the verb's best pattern, 0 if none */
    int16_t speaker; /* subject mention of the saying verb */
    int16_t incorp;  /* "boosted intelligence sharing": the noun before the -ing (0: none) */
    uint8_t ordered; /* the act of forces the subject ordered ("ordered units to move up") */
    uint8_t charged; /* the act a rights group charges its object with (charged_doer) */
} vinfo;

typedef struct emitter {
    ts_raw_event *out;
    size_t n, max;
    uint8_t place_target; /* events emitted now take their place's country as target */
    char speaker_cc[4];   /* else the reporting state's */
    const char *rule;     /* the rule emitting now, for explanations */
} emitter;

typedef struct gstate {
    ts_sent *s;
    vinfo v[TS_MAX_SENT_TOKENS];
    uint8_t isverb[TS_MAX_SENT_TOKENS];
    uint64_t vbits[(TS_MAX_SENT_TOKENS + 63) / 64]; /* isverb as bits: loops over the verbs (ts_next_bit) */
    uint8_t skip[TS_MAX_SENT_TOKENS]; /* inside "according to X" */
    uint8_t incond[TS_MAX_SENT_TOKENS]; /* inside an if-clause */
    uint8_t adv[TS_MAX_SENT_TOKENS];    /* inside an adverbial: "on Tuesday", "in a statement" */
    uint16_t glim[TS_MAX_SENT_TOKENS];  /* gap_end's, once asked (0: not yet) */
    /* carried from verb to verb, left to right */
    int last_finite, main_subj; /* the last finite verb; the sentence's first subject */
    int say_speaker, said;      /* reported speech: its speaker; a saying verb was seen */
    int late_speaker;           /* closing ", X said" */
    int quote_opener;           /* "X said: \"...": the speaker whose quotation opens after the saying verb */
    size_t late_at, first_skip; /* where it starts; where "according to" starts */
    int accuse, said_neg, deny_at; /* "alleged that", "did not confirm that", "denied that" */
    size_t deny_end;            /* the denial's reach: the end of the relative clause it is in */
    size_t suppress_until;      /* the content of "demanded that X ..." */
    int last_target;            /* target of the last coded finite verb */
    /* a verbal act dropped for want of a target ("lodged a protest"), which a
       coordinated appeal with a target ("and urged China to") completes */
    int pend_src, pend_verb;
    char pend_code[6];
    unsigned pend_flags;
    const ts_pattern *pend_pat;
    unsigned options;
    emitter em;
    ts_structure st; /* the syntax layer's parse, made on demand */
    unsigned words;  /* SW_* bits: which of the passes' key words the sentence has */
    size_t from_end; /* past the sentence's last "from"; 0: none */
    uint32_t gram_any; /* the G_* bits of any of the sentence's tokens */
    int crew;          /* story_crew's mention, or -1 */
} gstate;

/* Key words of the whole-sentence passes, looked for once per sentence
 * (sentence_words) so that a pass whose first test needs one of them
 * returns at once when the sentence has none. */
enum {
    SW_THAT = 1,
    SW_BY = 2,
    SW_BLAME = 4, /* blame_clauses' and intrusion_claims' words */
    SW_ANY = 8,
    SW_IF = 16,
    SW_TELL = 32,
    SW_WITH = 64,
    SW_LINK = 128,     /* linking_verb's words: "remained", "seemed" */
    SW_ANSWER = 256,   /* any_act_answered's "unanswered", "avenged", ... */
    SW_BROKER = 512,   /* nominal_mediator's "brokered", "auspices", ... */
    SW_TIES = 1024,    /* relations_mood's "relations", "ties" */
    SW_VOTE = 2048,    /* vote_judged_in_speech's "election", "vote", ... */
    SW_PROTEST = 4096, /* protest_nouns' "protests", "riots", "strike", ... */
    SW_WILL = 8192,    /* "will", "would": any_act_answered's answer */
    SW_ARRIVE = 16384, /* aid_arrived's "arrived", "reached", "landed", ... */
    SW_DISASTER = 32768, /* disaster_country's "earthquake", "floods", ... */
    SW_OPTIONS = 65536,  /* options_on_table's "options", "option", "nothing" */
    SW_RED = 131072,     /* red_line's "red" */
    SW_LEGIT = 262144,   /* legitimate_target's "legitimate" */
    SW_RESP = 524288,    /* response_foretold's "response", "retaliation", "reply", "revenge" */
    SW_ACCUSED = 1048576, /* accused_of_atrocity's "accused", "suspected" */
    SW_WHETHER = 2097152, /* mark_skips' "whether" */
    SW_INCLUDE = 4194304, /* aid_package_includes' "includes", "contains", ... */
    SW_WARNED = 8388608,  /* warned_passive_force's "warned", "warns", "threatened", ... */
    SW_WARNING = 16777216, /* veiled_warning's "warning", "warnings" */
    SW_OR = 33554432,      /* or_face's "or" */
    SW_JOINT = 67108864,   /* joint_statement_intent's "joint" */
};

typedef struct pmatch {
    const ts_pattern *p;
    int target;   /* mention bound to $T, -1 */
    size_t last;  /* last matched token */
    int subj_filled; /* passive: an element matched the subject */
} pmatch;

/* One verb being coded: its pattern, roles and code. */
typedef struct vcode {
    pmatch pm;
    int has;             /* a pattern matched */
    size_t end;          /* end of its clause */
    int r0, demand_that; /* the pattern's root; "demanded that X ..." */
    const char *rule;    /* a rule that found a role the pattern did not, for explanations */
    int src, tgt;        /* mentions */
    unsigned flags;
    char code[6];
    int nosym; /* a refusal of a joint act is one-sided */
    int recip; /* "X and Y accused each other": each of the compound subject to the others */
    uint16_t act0, act1; /* a judged act's phrase whose place the coder resolves (judged_act); 0, 0: none */
    uint8_t act_home;    /* 1, 2: self_cc is the act's victim's country, whatever the story's places;
                            3: self_cc is a foreign judge's, whose act is where the story is, if elsewhere */
    char self_cc[4];     /* its judge's own country when nobody else can be meant, or "" */
    uint8_t story_src;   /* the source is the story's attacker (story_striker) */
} vcode;

static int is_quote(const ts_sent *s, size_t i)
{
    return i < s->ntok && (s->gram[i] & G_QUOTE);
}


/* The possessive "'s", whichever apostrophe the text uses. */
static int is_poss(const ts_sent *s, size_t i)
{
    return TOK_IS(s, i, "'s") || TOK_IS(s, i, "\xE2\x80\x99s") || TOK_IS(s, i, "\xC2\xB4s");
}

static int is_dash(const ts_sent *s, size_t i)
{
    const ts_tok *t = &s->tok[i];
    const unsigned char *p = (const unsigned char *)s->text + t->off;
    return t->kind == TK_PUNCT && t->len == 3 && p[0] == 0xE2 && p[1] == 0x80 &&
           (p[2] == 0x93 || p[2] == 0x94);
}

static inline int hard_boundary(const ts_sent *s, size_t i)
{
    const ts_tok *t = &s->tok[i];
    if (t->kind != TK_PUNCT)
        return 0;
    if (t->len == 1) {
        char c = s->text[t->off];
        return c == ';' || c == ':' || c == '(' || c == ')';
    }
    return is_dash(s, i);
}

static const ts_word *W(const ts_sent *s, size_t i) { return ts_w(s, i); }

static int is_dash(const ts_sent *s, size_t i);

static size_t np_start(const ts_sent *s, size_t t0);
static int is_place(const ts_sent *s, const ts_mention *m);

#define TRANSFER_WORDS 6 /* words from a noun of transfer's "of" to its "to" */

/* Whether token q is the "to" of a noun of transfer: "the handover of four
 * villages to Azerbaijan", "the transfer of two islands to Saudi Arabia",
 * "the sale of the port to a Chinese firm". The party after it receives
 * the thing; a protest against the transfer is not aimed at it. */
static int transfer_to(const ts_sent *s, size_t q)
{
    if (q >= s->ntok || !TOK_IS(s, q, "to"))
        return 0;
    for (size_t b = q; b-- > 1 && b + TRANSFER_WORDS > q;) {
        if (hard_boundary(s, b) || ts_is_comma(s, b))
            return 0;
        if (TOK_IS(s, b, "of"))
            return TOK_IS(s, b - 1, "handover") || TOK_IS(s, b - 1, "transfer") || TOK_IS(s, b - 1, "sale") ||
                   TOK_IS(s, b - 1, "return") || TOK_IS(s, b - 1, "cession") || TOK_IS(s, b - 1, "surrender") ||
                   TOK_IS(s, b - 1, "lease") || TOK_IS(s, b - 1, "ceding") || TOK_IS(s, b - 1, "handing");
    }
    return 0;
}

/* Whether the phrase at token q (past its articles: "to a Chinese firm")
 * follows the "to" of a noun of transfer. */
static int after_transfer_to(const ts_sent *s, size_t q)
{
    while (q > 0 && (s->gram[q - 1] & G_DET) && s->mid[q - 1] < 0)
        q--;
    return q > 0 && transfer_to(s, q - 1);
}

static int story_talks_noun(const ts_sent *s, size_t k);
static int state_or_armed(const ts_sent *s, int m);

/* Is the mention at q the partner of a deal, talks or a truce named right
 * before it ("a deal with Hamas", "talks with the Taliban")? */
static int deal_partner(const ts_sent *s, size_t q)
{
    while (q > 0 && (s->gram[q - 1] & G_DET) && s->mid[q - 1] < 0)
        q--;
    return q >= 2 && TOK_IS(s, q - 1, "with") && story_talks_noun(s, q - 2);
}

/* "with Venezuela and Cuba as guarantors": the role noun after "as" that
 * makes a listed party a third party to the act (token q). */
static int third_party_role(const ts_sent *s, size_t q)
{
    static const ts_lit roles[] = {LIT("guarantor"),   LIT("guarantors"), LIT("mediator"),  LIT("mediators"),
                                   LIT("facilitator"), LIT("facilitators"), LIT("observer"), LIT("observers"),
                                   LIT("host"),        LIT("hosts"),      LIT("witness"),   LIT("witnesses"),
                                   LIT("sponsor"),     LIT("sponsors"),   LIT("broker"),    LIT("brokers")};
    return q < s->ntok && ts_tok_in(s, q, roles, sizeof roles / sizeof roles[0]);
}

/* "resumed talks with Venezuela and Cuba as guarantors": the list after
 * "with" that mention mi is in is named in a third party's role. */
static int with_as_role(const ts_sent *s, int mi)
{
    int first = s->m[mi].group >= 0 && (size_t)s->m[mi].group < s->nm ? s->m[mi].group : mi;
    size_t last = s->m[mi].t1, b = s->m[first].t0;
    for (size_t k = 0; k < s->nm; k++)
        if (s->m[k].group == s->m[mi].group && s->m[k].t1 > last)
            last = s->m[k].t1;
    while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--;
    return b > 0 && TOK_IS(s, b - 1, "with") && last + 1 < s->ntok && TOK_IS(s, last, "as") &&
           (third_party_role(s, last + 1) || ((s->gram[last + 1] & G_DET) && third_party_role(s, last + 2)));
}

/* Is mention mi (or the compound group it ends) a third party named as a
 * mediator ("under the auspices of the EU", "with the help of China") or, with
 * by set, as a broker ("brokered by Egypt and Qatar"; but "applauded the deal
 * signed by Armenia and Azerbaijan" judges its signers), or named as its
 * sponsor before "auspices" ("under EU auspices")? Then it is no object of
 * the verb. */
static int third_party_phrase(const ts_sent *s, int mi, int by)
{
    static const ts_lit med[] = {LIT("auspices"),  LIT("aegis"),     LIT("help"),
                                 LIT("mediation"), LIT("assistance"), LIT("facilitation")};
    static const ts_lit brokered[] = {LIT("brokered"),   LIT("mediated"), LIT("facilitated"), LIT("sponsored"),
                                      LIT("guaranteed"), LIT("overseen"), LIT("hosted"),      LIT("backed")};
    int first = s->m[mi].group >= 0 && (size_t)s->m[mi].group < s->nm ? s->m[mi].group : mi;
    size_t b = s->m[first].t0;
    while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--;
    if (b > 0 && (s->gram[b - 1] & G_BY))
        return by && b > 1 && ts_tok_in(s, b - 2, brokered, sizeof brokered / sizeof brokered[0]);
    size_t e = s->m[mi].t1; /* "under EU auspices", "under Turkey's auspices": the sponsor before the noun */
    if (e + 1 < s->ntok && TOK_IS(s, e, "'s"))
        e++;
    if (e < s->ntok && b > 0 && TOK_IS(s, b - 1, "under") && (TOK_IS(s, e, "auspices") || TOK_IS(s, e, "aegis")))
        return 1;
    if (b > 0 && TOK_IS(s, b - 1, "under") && s->m[mi].t1 > s->m[mi].t0 + 1 &&
        (TOK_IS(s, s->m[mi].t1 - 1u, "auspices") || TOK_IS(s, s->m[mi].t1 - 1u, "aegis")))
        return 1; /* "under Chinese auspices", read as one mention */
    /* "met in Arusha with the backing of the AU", "with Egypt's blessing": a supporter
       after "with", not the partner the pattern's "with $T" names */
    static const ts_lit backing[] = {LIT("backing"), LIT("support"),  LIT("blessing"), LIT("consent"),
                                     LIT("approval"), LIT("endorsement"), LIT("encouragement")};
    if (b > 2 && TOK_IS(s, b - 1, "of") && ts_tok_in(s, b - 2, backing, sizeof backing / sizeof backing[0])) {
        size_t w = b - 3; /* "with the full backing of": a determiner and a word or two before the noun */
        while (w > 0 && w + 6 > b && s->mid[w] < 0 && s->tok[w].kind == TK_WORD && s->tok[w].cas == CASE_LOWER &&
               !TOK_IS(s, w, "with"))
            w--;
        if (TOK_IS(s, w, "with"))
            return 1;
    }
    if (b > 0 && TOK_IS(s, b - 1, "with") && e < s->ntok && s->m[mi].t1 < e &&
        ts_tok_in(s, e, backing, sizeof backing / sizeof backing[0]))
        return 1;
    return b > 1 && TOK_IS(s, b - 1, "of") && ts_tok_in(s, b - 2, med, sizeof med / sizeof med[0]);
}

/* The token before mention start t0 and the bare determiners before it
 * ("by the police": "by"); t0 itself when t0 is 0. */
static size_t past_det_back(const ts_sent *s, size_t t0)
{
    size_t b = t0;
    while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--;
    return b > 0 ? b - 1 : t0;
}

/* The first token from q on (before end) that is not a bare determiner. */
static size_t past_det(const ts_sent *s, size_t q, size_t end)
{
    while (q < end && (s->gram[q] & G_DET) && s->mid[q] < 0)
        q++;
    return q;
}

#define OBJECT_MODIFIERS 2 /* adjectives read before an unnamed agent: "the main opposition party" */

/* The first token from q on (before end) past determiners and up to
 * OBJECT_MODIFIERS lower-case words that are no words of grammar, verbs or
 * mentions ("the main | opposition party", "the new | military government"). */
static size_t past_modifiers(const gstate *g, size_t q, size_t end)
{
    static const ts_lit foreign_words[] = {LIT("foreign"), LIT("international"), LIT("overseas"),
                                           LIT("western"), LIT("expatriate"), LIT("exiled")};
    static const ts_lit held[] = {LIT("detained"), LIT("jailed"), LIT("arrested"), LIT("imprisoned"),
                                  LIT("abducted"), LIT("kidnapped")};
    const ts_sent *s = g->s;
    q = past_det(s, q, end);
    for (int n = 0; n < OBJECT_MODIFIERS && q + 1 < end; n++, q++) {
        const ts_word *w = W(s, q);
        if (((s->tok[q].kind == TK_NUM || (s->gram[q] & G_QUANT)) && s->mid[q] < 0) || ts_tok_in(s, q, held, sizeof held / sizeof held[0]))
            continue; /* "the release of 20 detained activists": a count, a captive's state */
        if (s->tok[q].kind != TK_WORD || s->tok[q].cas != CASE_LOWER || s->gram[q] || s->mid[q] >= 0 ||
            g->isverb[q] || (w && w->verb >= 0) || ts_tok_in(s, q, foreign_words, sizeof foreign_words / sizeof foreign_words[0]))
            break; /* "foreign relief workers": not the subject's own people */
    }
    return q;
}

/* Past a stance prefix at q ("anti-government protesters", "pro-EU
 * demonstrators", "striking workers"): the people it qualifies start after it. */
static size_t past_stance(const ts_sent *s, size_t q, size_t end)
{
    if (q + 2 < end && (TOK_IS(s, q, "anti") || TOK_IS(s, q, "pro")) && TOK_IS(s, q + 1, "-"))
        return q + 2;
    if (q + 1 < end && (TOK_IS(s, q, "striking") || TOK_IS(s, q, "protesting") || TOK_IS(s, q, "demonstrating")))
        return q + 1; /* "appealed to striking workers" */
    static const ts_lit held[] = {LIT("controlled"), LIT("led"),      LIT("dominated"), LIT("backed"),
                                  LIT("run"),        LIT("aligned"),  LIT("allied"),    LIT("friendly")};
    if (q + 3 < end && TOK_IS(s, q + 1, "-") && ts_tok_in(s, q + 2, held, sizeof held / sizeof held[0]))
        return q + 3; /* "accused the opposition-controlled parliament": the parliament */
    return q;
}

/* A verb of saying or of a charge ("says", "accuses", "blames", "denies"),
 * which a party keeps making in the present. */
static int charge_word(const ts_sent *s, size_t i)
{
    static const ts_lit charge[] = {LIT("accuses"),   LIT("blames"),     LIT("criticises"), LIT("criticizes"),
                                    LIT("condemns"),  LIT("denounces"),  LIT("denies"),     LIT("rejects"),
                                    LIT("disputes"),  LIT("alleges")};
    const ts_word *w = W(s, i);
    return (w && (w->gram & G_SAY)) || ts_tok_in(s, i, charge, sizeof charge / sizeof charge[0]);
}

/* Is token i used as a verb here? Returns V_* (before governance is known). */
static int verb_kind(const gstate *g, size_t i)
{
    const ts_sent *s = g->s;
    const ts_word *w = W(s, i);
    if (!w || s->mid[i] >= 0 || s->tok[i].kind != TK_WORD)
        return V_NONE;
    if (!(w->verb >= 0 || (w->gram & VERBISH)))
        return V_NONE;
    if (i >= 2 && TOK_IS(s, i - 1, "-") && s->tok[i - 1].off == s->tok[i - 2].off + s->tok[i - 2].len &&
        s->tok[i].off == s->tok[i - 1].off + 1 && (s->mid[i - 2] >= 0 || s->tok[i - 2].cas != CASE_LOWER))
        return V_NONE; /* "Russian-backed", "Iran-sponsored": part of a compound adjective */
    if (i >= 2 && TOK_IS(s, i - 1, "-") && s->tok[i - 1].off == s->tok[i - 2].off + s->tok[i - 2].len &&
        s->tok[i].off == s->tok[i - 1].off + 1 && (TOK_IS(s, i - 2, "state") || TOK_IS(s, i - 2, "government")) &&
        (w->vform & VF_PART))
        return V_NONE; /* "state-backed hackers", "government-linked groups": an adjective too */
    if (w->gram & (G_BE | G_HAVE | G_DO | G_MODAL | G_FUT)) {
        /* "had a phone call with": "have" as the main verb, before a noun
           phrase rather than a participle or "to" */
        const ts_word *nw = i + 1 < s->ntok ? W(s, i + 1) : NULL;
        if (!(w->gram & G_HAVE) || w->verb < 0 || i + 1 >= s->ntok || !(s->gram[i + 1] & G_DET) ||
            (nw && nw->verb >= 0 && (nw->vform & VF_PART)))
            return V_NONE;
    }
    if (s->tok[i].cas != CASE_LOWER && i > 0 && !is_quote(s, i - 1) && !ts_is_punct(s, i - 1, ':'))
        return V_NONE; /* capitalised mid-sentence: a name */
    uint8_t vf = w->vform;
    if (w->past_of)
        vf |= VF_PAST | VF_PART; /* "Russia wound down": wind's past */
    /* what stands before, skipping adverbs */
    size_t j = i;
    while (j > 0 && (((s->gram[j - 1] & G_ADV) && !(s->gram[j - 1] & (G_DET | G_PREP))) || g->adv[j - 1]) &&
           s->mid[j - 1] < 0)
        j--;
    /* "Netanyahu and the White House both condemned", "they all agreed" */
    if (j >= 2 && s->mid[j - 2] >= 0 && (TOK_IS(s, j - 1, "both") || TOK_IS(s, j - 1, "all") || TOK_IS(s, j - 1, "each")))
        j--;
    int first = j == 0;
    uint32_t pg = first ? 0 : s->gram[j - 1];
    int prev_det = !first && (pg & G_DET) && !(pg & (G_HE | G_IT | G_THEY)) && !TOK_IS(s, j - 1, "no");
    int prev_poss = !first && s->tok[j - 1].kind == TK_PUNCT && s->tok[j - 1].word >= 0 &&
                    ts_lex_name(&s->d->lex, s->tok[j - 1].word)[0] == '\'';
    /* "20 killed", but not a number that ends a name ("the G-7 condemned", "Number 10 said") */
    int prev_num = !first && s->tok[j - 1].kind == TK_NUM && s->mid[j - 1] < 0;
    int prev_mention = !first && s->mid[j - 1] >= 0;
    int prev_pron = !first && (pg & (G_HE | G_IT | G_THEY | G_WE)) && s->mid[j - 1] >= 0;
    int prev_aux = !first && (pg & (G_BE | G_HAVE | G_DO | G_MODAL | G_FUT | G_NEG | G_TO));
    int prev_adj_mod = !first && s->mid[j - 1] >= 0 && s->m[s->mid[j - 1]].kind == M_ADJ;
    if (prev_det || prev_poss || prev_num)
        return (vf & (VF_PAST | VF_PART)) && !(vf & VF_BASE) && prev_poss == 0 && 0 ? V_PART : V_NONE;
    if (prev_adj_mod && !(vf & (VF_PAST | VF_PART)))
        return V_NONE; /* "Russian attacks" */
    if (prev_mention && vf == VF_BASE && (size_t)s->m[s->mid[j - 1]].t0 + 1 < j) {
        /* "its drone campaign against Ukraine", "their air campaign": after a
           possessive and a singular noun, a bare present is the next noun (a
           singular subject would take "campaigns") */
        const ts_mention *pm = &s->m[s->mid[j - 1]];
        size_t h = j - 1;
        const ts_tok *ht = &s->tok[h];
        if ((TOK_IS(s, pm->t0, "its") || TOK_IS(s, pm->t0, "their")) && ht->kind == TK_WORD &&
            ht->cas == CASE_LOWER && s->text[ht->off + ht->len - 1] != 's')
            return V_NONE;
    }
    if (prev_mention && vf == VF_BASE && j == i && i + 1 < s->ntok && s->tok[i + 1].kind == TK_WORD &&
        s->tok[i + 1].cas == CASE_LOWER) {
        /* "Germany's latest military aid package for Ukraine includes", "the
           army's supply convoys": a bare form right before the head of a
           compound it opens is a noun, no verb (a verb's object would open
           with a determiner, a number or a name) */
        static const ts_lit heads[] = {LIT("package"),  LIT("packages"),  LIT("convoy"),    LIT("convoys"),
                                       LIT("shipment"), LIT("shipments"), LIT("delivery"),  LIT("deliveries"),
                                       LIT("flight"),   LIT("flights"),   LIT("tranche"),   LIT("tranches"),
                                       LIT("pledge"),   LIT("pledges"),   LIT("programme"), LIT("program"),
                                       LIT("worker"),   LIT("workers"),   LIT("agency"),    LIT("agencies"),
                                       LIT("route"),    LIT("routes"),    LIT("line"),      LIT("lines"),
                                       LIT("chain"),    LIT("chains"),    LIT("effort"),    LIT("efforts")};
        if (ts_tok_in(s, i + 1, heads, sizeof heads / sizeof heads[0]))
            return V_NONE;
    }
    if (prev_mention && vf == VF_BASE && j == i) {
        /* "the latest package of British military aid to Ukraine": a name
           after "of" is no subject, the bare form after it a noun */
        size_t m0 = s->m[s->mid[j - 1]].t0;
        if (m0 > 0 && TOK_IS(s, m0 - 1, "of"))
            return V_NONE;
    }
    if (prev_mention && (vf & VF_S) && !(vf & (VF_PAST | VF_PART))) {
        /* "air strikes on Kurdish militant targets", "hit hideouts and
           militant bases": a lowercase sector word as a modifier, after a
           preposition or "and", and the noun it modifies, no verb */
        const ts_mention *pm = &s->m[s->mid[j - 1]];
        size_t h = j - 1;
        const ts_tok *ht = &s->tok[h];
        size_t b = pm->t0;
        for (int steps = 0; b > 0 && steps < 3; steps++) {
            int mb = s->mid[b - 1];
            if (mb >= 0 ? mb != s->mid[j - 1] && s->m[mb].kind != M_ADJ
                        : s->tok[b - 1].kind != TK_WORD || s->tok[b - 1].cas == CASE_LOWER || s->gram[b - 1])
                break;
            b--; /* "on Kurdish militant targets": over the adjective or name too */
        }
        static const ts_lit modifier[] = {LIT("militant"),  LIT("rebel"),     LIT("jihadist"), LIT("insurgent"),
                                          LIT("separatist"), LIT("terrorist"), LIT("militia"),  LIT("military"),
                                          LIT("enemy"),      LIT("guerrilla"), LIT("extremist")};
        if (ht->kind == TK_WORD && ht->cas == CASE_LOWER && b > 0 && (s->gram[b - 1] & (G_PREP | G_LOC | G_AND)) &&
            ts_tok_in(s, h, modifier, sizeof modifier / sizeof modifier[0]))
            return V_NONE;
    }
    if (vf & VF_ING)
        return V_ING;
    if (vf & (VF_PAST | VF_PART)) {
        if (!first && (pg & G_PREP) && !(pg & (G_TO | G_BY)) && !prev_mention)
            return V_NONE; /* "of proposed" */
        if ((vf & VF_PART) && j == i && j >= 2 && ts_is_comma(s, j - 1) && s->mid[j - 2] >= 0 && i + 2 < s->ntok &&
            (s->gram[i + 1] & G_BY)) {
            /* "Hamas, led by Yahya Sinwar, accused ...": a participle between commas describes the name */
            for (size_t q = i + 2; q < s->ntok && q < i + 8; q++) {
                if (hard_boundary(s, q))
                    break;
                if (ts_is_comma(s, q))
                    return V_NONE;
            }
        }
        if (prev_mention && !prev_pron && (vf & VF_PART) && i + 2 < s->ntok && (s->gram[i + 1] & G_BY) && j == i &&
            (s->mid[i + 2] >= 0 || (i + 3 < s->ntok && (s->gram[i + 2] & G_DET) && s->mid[i + 3] >= 0))) {
            /* "rebels backed by Kigali took the town": a reduced relative, background;
               but "France stood by Germany." has no other verb to be the clause's, and
               a pronoun has no reduced relative ("said it stood by Manila") */
            for (size_t q = 0; q < s->ntok; q++) {
                const ts_word *qw = ts_w(s, q);
                if (q != i && qw && qw->verb >= 0 && s->mid[q] < 0 && s->tok[q].cas == CASE_LOWER)
                    return V_NONE;
            }
        }
        if (prev_mention && (vf & VF_PART) && j == i && i + 2 < s->ntok && (s->gram[i + 1] & (G_PREP | G_LOC)) &&
            !(s->gram[i + 1] & (G_BY | G_TO)) &&
            (!(s->gram[i + 1] & G_SUB) || (TOK_IS(s, i + 1, "since") && s->tok[i + 2].kind == TK_NUM)) &&
            !TOK_IS(s, i, "gathered") && !TOK_IS(s, i, "rallied") && !TOK_IS(s, i, "marched") &&
            !TOK_IS(s, i, "massed") && !TOK_IS(s, i, "protested") && !TOK_IS(s, i, "demonstrated")) {
            /* (but "dispersed protesters gathered outside parliament" tells their protest too) */
            /* "Iran released three Britons held for years", "freed prisoners
               jailed since 2015": a participle with no object after the object
               of a verb of the clause (not of saying: "said troops advanced in")
               describes the object; it is no verb of its own */
            size_t t0 = s->m[s->mid[j - 1]].t0;
            for (size_t q = t0; q-- > 0 && q + 4 >= t0;) {
                if (g->isverb[q] && g->v[q].kind == V_FINITE && !(s->gram[q] & G_SAY))
                    return V_NONE;
                if (hard_boundary(s, q) || ts_is_comma(s, q) || (s->gram[q] & (G_PREP | G_LOC | G_AND | G_SUB)) ||
                    s->mid[q] >= 0 || g->isverb[q])
                    break;
            }
        }
        return V_FINITE;
    }
    if (!first && (pg & G_TO))
        return V_INF;
    if (prev_aux)
        return V_FINITE;
    if ((vf & VF_S) && i + 1 < s->ntok && ts_w(s, i + 1) && (ts_w(s, i + 1)->vform & VF_PAST) &&
        !(ts_w(s, i + 1)->vform & VF_BASE) && s->mid[i + 1] < 0)
        return V_NONE; /* "coast guard ships fired": a plural noun */
    if ((vf & VF_S) && prev_mention) {
        /* "struck Hezbollah targets", "against Russian positions": a mention
           that is an object or inside a phrase modifies the plural noun after it */
        size_t t0 = s->m[s->mid[j - 1]].t0, b = np_start(s, t0);
        for (size_t q = t0; q > 0 && q + 1 >= b; q--)
            if (g->isverb[q - 1] && g->v[q - 1].kind != V_NONE)
                return V_NONE;
        if (b > 0 && (s->gram[b - 1] & (G_PREP | G_LOC)) && !(s->gram[b - 1] & G_SUB))
            return V_NONE;
    }
    if (vf & VF_S)
        return (prev_mention || prev_pron ||
                (j >= 2 && (TOK_IS(s, j - 1, "which") || TOK_IS(s, j - 1, "who")) &&
                 (s->mid[j - 2] >= 0 || (j >= 3 && ts_is_comma(s, j - 2) && s->mid[j - 3] >= 0)) &&
                 charge_word(s, i)))
                   ? V_FINITE
                   : V_NONE; /* also a charge a party stands by: "Congo, which accuses Rwanda of ...",
                                "X, who says the vote was rigged" (not "which hosts refugees": a state) */
    if (vf & VF_BASE) {
        if (prev_pron)
            return V_FINITE;
        if (prev_mention) {
            const ts_mention *m = &s->m[s->mid[j - 1]];
            const ts_tok *last = &s->tok[m->t1 - 1];
            /* "condemned the al-Shabaab attack": a singular name after an article
               modifies the noun, as a base-form verb would need a plural subject;
               so does any name after an article that a verb or preposition
               governs ("rejected the Hamas offer") */
            size_t d = m->t0;
            if (m->group == s->mid[j - 1] && d > 0 &&
                (TOK_IS(s, d - 1, "the") || TOK_IS(s, d - 1, "a") || TOK_IS(s, d - 1, "an")) &&
                last->kind == TK_WORD && last->cas != CASE_LOWER &&
                (s->text[last->off + last->len - 1] != 's' ||
                 (d >= 2 && ((g->isverb[d - 2] && !(s->gram[d - 2] & G_SAY)) ||
                             ((s->gram[d - 2] & (G_PREP | G_LOC)) && !(s->gram[d - 2] & G_SUB))))))
                return V_NONE;
            /* "a Philippine navy supply boat", "an army supply depot": after an
               indefinite article the singular noun phrase goes on, as a base-form
               verb would need a plural subject */
            if (m->group == s->mid[j - 1] && d > 0 && (TOK_IS(s, d - 1, "a") || TOK_IS(s, d - 1, "an")) &&
                last->kind == TK_WORD && s->text[last->off + last->len - 1] != 's')
                return V_NONE;
            /* plural subjects take the base form: "Russia and China condemn" */
            if (m->group != s->mid[j - 1] || (m->kind == M_NAME && strlen(m->code) > 3))
                return V_FINITE;
        }
        if (!first && (s->gram[j - 1] & G_AND) && j >= 2)
            return V_NONE; /* decided by coordination later */
        if (!first && is_dash(s, j - 1)) {
            for (size_t q = j - 1; q > 0 && q + 16 > j; q--)
                if (is_dash(s, q - 1)) {
                    /* "Chile and the two Andean states — Peru, ... — accuse" */
                    for (size_t r = q - 1; r > 0 && r + 6 > q - 1; r--) {
                        if (s->mid[r - 1] >= 0)
                            return V_FINITE;
                        if (hard_boundary(s, r - 1) || ts_is_comma(s, r - 1) || (W(s, r - 1) && W(s, r - 1)->verb >= 0 &&
                                                                                s->tok[r - 1].cas == CASE_LOWER &&
                                                                                !(s->gram[r - 1] & (G_DET | G_QUANT))))
                            break;
                    }
                    return V_NONE;
                }
        }
    }
    return V_NONE;
}

/* The agent of a participle that describes the noun before it, after the
 * participle's own short phrase ("the sanctions imposed by the EU", "the
 * sanctions imposed on Russia by the EU"): the mention after "by", else -1.
 * Only inside [q, end) and before any other verb or clause boundary. */
static int reduced_agent(const gstate *g, size_t q, size_t end)
{
    const ts_sent *s = g->s;
    const ts_word *w = q < s->ntok ? W(s, q) : NULL;
    if (!w || q == 0 || !g->isverb[q] || !(w->vform & VF_PART) || (w->vform & VF_ING) || s->mid[q - 1] >= 0 ||
        s->tok[q - 1].kind != TK_WORD || (s->gram[q - 1] & (G_BE | G_HAVE | G_DO | G_MODAL | G_FUT | G_NEG | G_TO)))
        return -1;
    if (end > s->ntok)
        end = s->ntok;
    size_t k = q + 1;
    if (k < end && !(s->gram[k] & G_BY)) {
        /* one prepositional phrase first: "imposed on Russia", "sent to Kyiv" */
        if (!(s->gram[k] & (G_PREP | G_LOC)) || TOK_IS(s, k, "of"))
            return -1;
        size_t m = past_det(s, k + 1, end);
        if (m >= end || s->mid[m] < 0 || s->m[s->mid[m]].t0 != m)
            return -1;
        k = (size_t)s->m[s->mid[m]].t1;
    }
    if (k + 1 >= end || !(s->gram[k] & G_BY))
        return -1;
    size_t a = past_det(s, k + 1, end);
    return a < end && s->mid[a] >= 0 && s->m[s->mid[a]].t0 == a ? s->mid[a] : -1;
}

/* A participle that opens a clause after a comma and takes a by-agent:
 * "its forces pressed attacks, reinforced by troops pulled from the south",
 * "the rebels, backed by Rwanda, seized the town". The words after "by" are
 * its agent, never the pattern's object ("reinforce * troops"); see
 * passive_agent_end. (Its roles are left to the rules that read it now.) */
static int comma_participle_by(const gstate *g, size_t i, size_t j)
{
    const ts_sent *s = g->s;
    const ts_word *w = W(s, i);
    return !g->v[i].be && !g->v[i].have && j == i && j > 0 && w && (w->vform & VF_PART) &&
           !(w->vform & VF_ING) && g->v[i].kind == V_FINITE && ts_is_comma(s, j - 1) && i + 1 < s->ntok &&
           TOK_IS(s, i + 1, "by");
}

/* "Troops were deployed and a curfew imposed in the state": a participle
 * right after "and" and a short noun phrase no actor names, in a sentence
 * whose verb before the "and" is a passive, shares its "were" (gapping).
 * Looks back GAP_NP_WORDS words for the "and", GAP_VERB_WORDS more for
 * the passive. */
#define GAP_NP_WORDS 4
#define GAP_VERB_WORDS 8
static int gapped_passive(const gstate *g, size_t i, size_t j)
{
    const ts_sent *s = g->s;
    const ts_word *w = W(s, i);
    if (j != i || i < 3 || !w || !(w->vform & VF_PART) || (w->vform & VF_ING) || g->v[i].kind != V_FINITE ||
        g->v[i].be || g->v[i].have)
        return 0;
    size_t a = i;
    while (a > 0 && i - a < GAP_NP_WORDS && s->tok[a - 1].kind == TK_WORD && s->mid[a - 1] < 0 &&
           !g->isverb[a - 1] && !(s->gram[a - 1] & G_AND))
        a--;
    if (a == i || a == 0 || !(s->gram[a - 1] & G_AND) || !(s->gram[a] & G_DET))
        return 0; /* "and a curfew imposed": the noun phrase opens with its determiner */
    for (size_t q = a - 1; q > 0 && a - 1 - q < GAP_VERB_WORDS; q--) {
        if (hard_boundary(s, q - 1))
            return 0;
        if (g->isverb[q - 1])
            return g->v[q - 1].passive == 1;
    }
    return 0;
}

/* "he", "she", "it", "they", "we" at token k (a clause's subject that names
 * its speaker again: "Hamas said it had been briefed") */
static int personal_pronoun(const ts_sent *s, size_t k)
{
    static const ts_lit pron[] = {LIT("he"), LIT("she"), LIT("it"), LIT("they"), LIT("we")};
    return ts_tok_in(s, k, pron, sizeof pron / sizeof pron[0]);
}

#define REDUCED_BY_WORDS 10 /* how far a finite verb is looked for after "NOUN angered by ..." */

/* "armed with", "equipped with", "laden with" at i: a participle that says what
 * its noun carries ("men armed with knives boarded ...") */
static int carried_with(const ts_sent *s, size_t i)
{
    static const ts_lit carried[] = {LIT("armed"), LIT("equipped"), LIT("laden"), LIT("loaded"),
                                     LIT("clad"),  LIT("dressed"),  LIT("tasked"), LIT("charged")};
    return i + 1 < s->ntok && TOK_IS(s, i + 1, "with") && ts_tok_in(s, i, carried, sizeof carried / sizeof carried[0]);
}

/* Reads the auxiliary chain left of verb i. */
static void read_chain(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    size_t j = i;
    while (j > 0) {
        uint32_t pg = s->gram[j - 1];
        if (s->mid[j - 1] >= 0 && !(pg & (G_IT | G_HE | G_THEY)))
            break;
        if (pg & G_NEG) {
            if (TOK_IS(s, j - 1, "no") && !TOK_IS(s, j, "longer"))
                break;
            v->neg = 1;
        } else if (pg & G_TO) {
            v->to = 1;
            j--;
            break;
        } else if (pg & G_BE) {
            v->be = 1;
        } else if (pg & G_HAVE) {
            v->have = 1;
        } else if (pg & G_MODAL) {
            v->modal = 1;
        } else if (pg & G_FUT) {
            v->fut = 1;
        } else if (pg & G_DO) {
        } else if (pg & G_HYPO) {
            v->hedge = 1;
        } else if ((pg & G_ASPECT) && !(g->isverb[j - 1])) {
            /* "in the process of": transparent */
        } else if (!(pg & G_ADV) && !g->adv[j - 1]) {
            break;
        }
        j--;
    }
    v->chain0 = (int16_t)j;
    const ts_word *w = W(s, i);
    if (v->be && w && (w->vform & VF_PART) && !(w->vform & VF_ING) && v->kind != V_ING)
        v->passive = 1;
    if (!v->be && !v->have && j == i && j > 0 && w && (w->vform & VF_PART) && v->kind == V_FINITE &&
        s->mid[j - 1] < 0 && s->tok[j - 1].kind == TK_WORD && i + 1 < s->ntok &&
        (TOK_IS(s, i + 1, "by") || TOK_IS(s, i + 1, "between")))
        v->passive = 2; /* reduced: a noun, then the participle */
    if (!v->passive && reduced_agent(g, i, s->ntok) >= 0)
        v->passive = 2; /* "sanctions imposed on Russia by the EU" */
    if (!v->passive && !v->be && !v->have && j == i && j > 0 && w && (w->vform & VF_PART) && v->kind == V_FINITE &&
        (s->mid[j - 1] >= 0 || (j > 1 && s->mid[j - 2] >= 0 && s->tok[j - 1].kind == TK_WORD)) && i + 2 < s->ntok &&
        (TOK_IS(s, i + 1, "by") || carried_with(s, i))) {
        /* "protesters angered by the ruling attacked the embassy", "guards armed
           with knives boarded the boats": a participle after its noun, when a
           finite verb of that noun follows the phrase */
        for (size_t q = i + 2; q < s->ntok && q < i + REDUCED_BY_WORDS; q++) {
            if (s->tok[q].kind == TK_PUNCT || (s->gram[q] & (G_SUB | G_REL | G_CONJ)) || TOK_IS(s, q, "that") ||
                ((s->gram[q] & G_AND) && q + 1 < s->ntok && g->isverb[q + 1]))
                break; /* (but "armed with knives and axes boarded": two nouns) */
            if (g->isverb[q] && g->v[q].kind == V_FINITE && s->mid[q] < 0 && s->tok[q].cas == CASE_LOWER) {
                v->passive = 2;
                break;
            }
        }
    }
    if (!v->be && !v->have && j == i && j > 0 && v->kind == V_FINITE && i + 1 < s->ntok && TOK_IS(s, i + 1, "of") &&
        (TOK_IS(s, i, "accused") || TOK_IS(s, i, "suspected")) && s->tok[j - 1].kind == TK_WORD &&
        !personal_pronoun(s, j - 1) && !(s->mid[j - 1] >= 0 && s->m[s->mid[j - 1]].t0 > 0 && (s->gram[s->m[s->mid[j - 1]].t0 - 1] & G_REL)))
        v->passive = 2; /* "a firm accused of shipping oil": the accused, with no accuser (but
                           "Armenia, which Azerbaijan accused of shelling", "a diplomat that it
                           accused of spying" name one) */
    if (!v->passive && gapped_passive(g, i, j))
        v->passive = 1; /* "Troops were deployed and a curfew imposed" */
    if (!v->be && !v->have && j == i && j > 1 && w && (w->vform & VF_PART) && v->kind == V_FINITE &&
        s->mid[j - 1] >= 0 && i + 1 < s->ntok &&
        (TOK_IS(s, i + 1, "hostage") || TOK_IS(s, i + 1, "captive") || TOK_IS(s, i + 1, "prisoner"))) {
        /* "freed three Israeli women held hostage in Gaza": the women are held,
           the object of a verb before them */
        size_t b = s->m[s->mid[j - 1]].t0;
        for (size_t q = b; q-- > 0 && q + 8 > b;) {
            if (hard_boundary(s, q) || ts_is_comma(s, q))
                break;
            if (g->isverb[q] && g->v[q].kind == V_FINITE) {
                v->passive = 2;
                break;
            }
        }
    }
}

/* Start of the noun phrase that ends with a mention starting at t0: back over
 * determiners, adjectives, hyphens and numbers. */
static size_t np_start(const ts_sent *s, size_t t0)
{
    size_t b = t0;
    for (int steps = 0; b > 0 && steps < 6; steps++) {
        size_t k = b - 1;
        uint32_t pg = s->gram[k];
        const ts_word *w = ts_w(s, k);
        int adj = s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER && !pg && s->mid[k] < 0 &&
                  !(w && w->verb >= 0 && !(w->vform & VF_PART));
        if (((pg & G_DET) && !(pg & (G_HE | G_IT | G_THEY))) || adj || ts_is_punct(s, k, '-') ||
            s->tok[k].kind == TK_NUM || (pg & G_QUANT))
            b--;
        else
            break;
    }
    return b;
}

/* "Protesters demanding his resignation stormed ...", "Students who
 * opposed the law blocked ...": a sentence-initial actor postmodified by a
 * participle (verb k, "-ing") or a relative clause ("who" before verb k) is
 * the subject of the main verb after that clause; the mention, or -1. */
#define POSTMOD_SPAN 10 /* words between the clause's verb and the main verb */
static int postmodified_head(const gstate *g, size_t k, size_t i)
{
    const ts_sent *s = g->s;
    if (k == 0 || k >= i || i - k > POSTMOD_SPAN || !g->isverb[k] || s->tok[k].cas != CASE_LOWER)
        return -1;
    size_t h = k; /* token after the head mention */
    if (g->v[k].kind == V_ING && !g->v[k].be)
        h = k;
    else if (g->v[k].kind == V_FINITE && h >= 2 && (s->gram[h - 1] & G_REL) && TOK_IS(s, h - 1, "who"))
        h--;
    else
        return -1;
    int m = s->mid[h - 1];
    if (m < 0 || s->m[m].t1 != h || is_place(s, &s->m[m]) || s->m[m].modifier ||
        !(s->m[m].kind == M_NAME || (s->m[m].kind == M_UNRES && s->m[m].sector[0])))
        return -1;
    size_t b = np_start(s, s->m[m].t0);
    if (b >= 2 && TOK_IS(s, b - 1, "of") && ((s->gram[b - 2] & G_QUANT) || s->tok[b - 2].kind == TK_NUM))
        b = np_start(s, b - 2); /* "thousands of protesters" */
    if (b != 0)
        return -1; /* only the sentence's opening noun phrase */
    int named = 0;
    for (size_t q = k + 1; q < i; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (g->isverb[q] && g->v[q].kind != V_NONE) ||
            (s->gram[q] & (G_SUB | G_CONJ | G_REL | G_AND)))
            return -1;
        named |= s->mid[q] >= 0 && s->m[s->mid[q]].kind == M_NAME && strlen(s->m[s->mid[q]].code) >= 3;
    }
    if (named && s->m[m].kind == M_UNRES) {
        /* "Students protesting the war in Gaza occupied buildings": a country named
           in the clause is not theirs; only a place after the verb can say */
        int place = 0;
        for (size_t q = 0; q < s->nm && !place; q++)
            place = s->m[q].t0 > i && s->m[q].kind == M_NAME && is_place(s, &s->m[q]);
        if (!place)
            return -1;
    }
    return m;
}

/* "Militants linked to Islamic State killed ...", "Rebels backed by Rwanda
 * seized ...": the sentence's opening noun phrase, a past participle and its
 * preposition, then the noun phrase starting at b, then finite verb i: the
 * participle's phrase describes the opening one, which is i's subject. */
static int reduced_relative_head(const gstate *g, size_t b, size_t i)
{
    const ts_sent *s = g->s;
    /* "rebels led by the Islamist group Hayat Tahrir al-Sham": back over the
       description before the name */
    for (size_t d = b; d > 1 && d + 4 > b && b < i; d--) {
        if (s->gram[d - 1] & (G_PREP | G_BY)) {
            b = d;
            break;
        }
        if (s->mid[d - 1] >= 0 || s->tok[d - 1].kind != TK_WORD || g->isverb[d - 1])
            break;
    }
    if (b < 3 || b >= i || !(s->gram[b - 1] & (G_PREP | G_BY)) || s->mid[b - 2] >= 0 ||
        s->tok[b - 2].kind != TK_WORD || s->tok[b - 2].cas != CASE_LOWER)
        return -1;
    if (TOK_IS(s, b - 1, "after") || TOK_IS(s, b - 1, "before") || TOK_IS(s, b - 1, "since") ||
        TOK_IS(s, b - 1, "until"))
        return -1; /* "Japan protested after Chinese ships entered its waters": a clause of its own */
    const ts_word *pw = W(s, b - 2);
    const ts_tok *pt = &s->tok[b - 2];
    int ed = pt->len > 4 && s->text[pt->off + pt->len - 2] == 'e' && s->text[pt->off + pt->len - 1] == 'd';
    if (pw ? !(pw->vform & VF_PART) || (pw->vform & VF_ING) : !ed)
        return -1; /* "linked", "backed", "allied": a participle the lexicon may lack */
    int m = s->mid[b - 3];
    if (m < 0 || s->m[m].t1 != b - 2 || is_place(s, &s->m[m]) || s->m[m].modifier ||
        !(s->m[m].kind == M_NAME || (s->m[m].kind == M_UNRES && s->m[m].sector[0])) ||
        np_start(s, s->m[m].t0) != 0)
        return -1; /* only the sentence's opening noun phrase */
    for (size_t q = b; q < i; q++)
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (g->isverb[q] && g->v[q].kind == V_FINITE) ||
            (s->gram[q] & (G_SUB | G_CONJ | G_REL | G_AND)))
            return -1;
    return m;
}

/* Finds the subject mention of verb i searching left from token `from`. */
/* A lower-case word in -ing the lexicon may not hold as a verb ("citing") */
static int ing_word(const ts_sent *s, size_t k)
{
    const ts_tok *t = &s->tok[k];
    return t->kind == TK_WORD && t->cas == CASE_LOWER && t->len > 4 && !memcmp(s->text + t->off + t->len - 3, "ing", 3);
}

/* "A suicide bomber from the Pakistani Taliban blew himself up", "Gunmen
 * from al-Shabaab stormed a hotel": a nameless assailant (a word the
 * dictionaries leave unnamed, or a bomber they read as a warplane) of a named
 * armed group, after "from" or "of" at b - 1 (or "loyal to", "linked to",
 * "affiliated with"), is the group acting. Bare "gunmen" stay no actor (the
 * gold standard's rule). */
static int assailant_of(const ts_sent *s, size_t b, int mi)
{
    static const ts_lit who[] = {LIT("gunman"),    LIT("gunmen"),     LIT("bomber"),   LIT("bombers"),
                                 LIT("attacker"),  LIT("attackers"),  LIT("assailant"), LIT("assailants"),
                                 LIT("kidnappers"), LIT("abductors")};
    const ts_mention *m = &s->m[mi];
    if (b < 2 || b >= s->ntok)
        return 0;
    size_t h = b - 2;
    if (b >= 3 && (((TOK_IS(s, b - 2, "loyal") || TOK_IS(s, b - 2, "allied") || TOK_IS(s, b - 2, "linked")) &&
                    TOK_IS(s, b - 1, "to")) ||
                   ((TOK_IS(s, b - 2, "affiliated") || TOK_IS(s, b - 2, "aligned") || TOK_IS(s, b - 2, "allied")) &&
                    TOK_IS(s, b - 1, "with"))))
        h = b - 3; /* "Gunmen loyal to al-Shabaab stormed", "attackers affiliated with the group" */
    else if (!(TOK_IS(s, b - 1, "from") || TOK_IS(s, b - 1, "of")))
        return 0;
    if (!ts_tok_in(s, h, who, sizeof who / sizeof who[0]) || s->tok[h].cas == CASE_UPPER)
        return 0;
    if (s->mid[h] >= 0 && s->m[s->mid[h]].code[0])
        return 0; /* the head names an actor of its own */
    return m->kind == M_NAME && strlen(m->code) == 6 && !strcmp(m->code + 3, "REB");
}

/* The words of a crew of hackers ("a ransomware group", "state-backed
 * hackers") for cyber_crew_of and cyber_opening_of: one of its cyber words
 * must stand in the phrase, and one of its heads end it. */
static const ts_lit cyber_words[] = {LIT("hackers"),        LIT("hacker"), LIT("hacking"),     LIT("ransomware"),
                                     LIT("cybercriminals"), LIT("cyber"),  LIT("cyberattack"), LIT("cyberattacks")};
static const ts_lit crew_heads[] = {LIT("hackers"), LIT("group"),      LIT("groups"),         LIT("gang"),
                                    LIT("gangs"),   LIT("operatives"), LIT("cybercriminals"), LIT("actors"),
                                    LIT("unit"),    LIT("units")};
#define CYBER_WORDS_N (sizeof cyber_words / sizeof cyber_words[0])
#define CREW_HEADS_N (sizeof crew_heads / sizeof crew_heads[0])

/* "Hackers linked to Iran breached ...", "A ransomware group tied to North
 * Korea stole ...", "Hackers working for Beijing": a crew of hackers the
 * dictionaries leave unnamed (the noun phrase from a: the sentence's opening
 * one, or a by-agent) tied to a state by a participle and its preposition
 * before the state's name at b is
 * that state acting, as "Iranian hackers" are Iran's. Only a cyber word
 * opens this: nameless gunmen stay no actor, rebels keep their own rules. */
#define CYBER_CREW_SPAN 5 /* words of the crew's opening noun phrase */
static int cyber_crew_of(const ts_sent *s, size_t a, size_t b, int mi)
{
    static const ts_lit ties[] = {LIT("linked"),    LIT("tied"),      LIT("backed"),  LIT("sponsored"),
                                  LIT("affiliated"), LIT("connected"), LIT("aligned"), LIT("working")};
    static const ts_lit hedges[] = {LIT("believed"), LIT("thought"), LIT("said"), LIT("alleged"), LIT("reported")};
    if (b < a + 3 || b >= s->ntok)
        return 0;
    if (!(TOK_IS(s, b - 1, "to") || TOK_IS(s, b - 1, "with") || TOK_IS(s, b - 1, "by") || TOK_IS(s, b - 1, "for")) ||
        !ts_tok_in(s, b - 2, ties, sizeof ties / sizeof ties[0]))
        return 0;
    size_t h = b - 3; /* the crew's head */
    if (h >= a + 3 && TOK_IS(s, h, "be") && TOK_IS(s, h - 1, "to") && ts_tok_in(s, h - 2, hedges, sizeof hedges / sizeof hedges[0]))
        h -= 3; /* "Hackers believed to be working for Beijing" */
    else if (h >= a + 2 && TOK_IS(s, h, "of") && TOK_IS(s, h - 1, "suspected"))
        h -= 2; /* "Hackers suspected of working for Moscow" */
    if (h - a + 1 > CYBER_CREW_SPAN || !ts_tok_in(s, h, crew_heads, CREW_HEADS_N))
        return 0;
    int cyberword = 0;
    for (size_t q = a; q <= h; q++) {
        if (s->mid[q] >= 0 || (s->tok[q].kind != TK_WORD && !ts_is_punct(s, q, '-')))
            return 0; /* "Russian hackers linked to ...": the adjective says whose */
        cyberword |= ts_tok_in(s, q, cyber_words, CYBER_WORDS_N);
    }
    const ts_mention *m = &s->m[mi];
    return cyberword && m->kind == M_NAME && (size_t)m->t0 >= b && !m->modifier && !ts_igo_code(m->code) &&
           strcmp(m->code + 3, "REB") != 0;
}

/* "Iran-linked hackers breached ...", "Chinese state-backed hackers stole
 * ...", "A North Korea-linked hacking group": a sentence that opens with a
 * crew of hackers whose one actor word is a state's name or adjective, in
 * the words [0, e) before verb chain e, is that state acting; the mention,
 * or -1. Other nameless men stay no actor. */
#define CYBER_OPENING_SPAN 8 /* words of the opening noun phrase */
static int cyber_opening_of(const gstate *g, size_t e)
{
    static const ts_lit fill[] = {LIT("state"),     LIT("linked"),  LIT("tied"),      LIT("backed"),
                                  LIT("sponsored"), LIT("aligned"), LIT("connected"), LIT("affiliated"),
                                  LIT("military"),  LIT("government"), LIT("suspected"), LIT("notorious")};
    const ts_sent *s = g->s;
    if (e < 2 || e > CYBER_OPENING_SPAN || e > s->ntok || !ts_tok_in(s, e - 1, crew_heads, CREW_HEADS_N))
        return -1;
    int mi = -1, cyberword = 0;
    for (size_t q = 0; q < e; q++) {
        int m = s->mid[q];
        if (m >= 0 && s->m[m].kind == M_UNRES && !s->m[m].code[0] && ts_tok_in(s, q, crew_heads, CREW_HEADS_N))
            continue; /* "hacking unit": an agent word no country names yet */
        if (m >= 0) {
            if (mi >= 0 && m != mi && strncmp(s->m[m].code, s->m[mi].code, 3))
                return -1; /* "Russian and Chinese hackers": another rule's */
            mi = m; /* "Russia's Sandworm hacking unit": the unit's own name */
            continue;
        }
        int c = ts_tok_in(s, q, cyber_words, CYBER_WORDS_N);
        cyberword |= c;
        if (!c && !ts_is_punct(s, q, '-') && !(q == 0 && (s->gram[q] & G_DET)) && !TOK_IS(s, q, "'s") &&
            !ts_tok_in(s, q, crew_heads, CREW_HEADS_N) && !ts_tok_in(s, q, fill, sizeof fill / sizeof fill[0]))
            return -1;
    }
    if (mi < 0 || !cyberword)
        return -1;
    const ts_mention *m = &s->m[mi];
    if (!(m->kind == M_NAME || m->kind == M_ADJ) || !m->code[0] || ts_igo_code(m->code) ||
        !strcmp(m->code + 3, "REB") || m->t1 >= e)
        return -1;
    return mi;
}

/* "Russian hackers targeted ...", "Hackers linked to Russia attacked ...":
 * whether the subject phrase of verb i, from the noun phrase of its mention
 * src (or the sentence's start, for a crew tied to it by a participle) to
 * the verb, holds a cyber word. */
static int cyber_doer(const gstate *g, size_t i, int src)
{
    const ts_sent *s = g->s;
    const ts_mention *m = &s->m[src];
    if (g->v[i].passive && m->t0 > i) {
        /* "Albania was targeted by Iranian hackers / by hackers linked to Iran" */
        size_t b = m->t0;
        while (b > i + 1 && b + CYBER_CREW_SPAN + 5 > m->t0 && !(s->gram[b - 1] & G_BY))
            b--;
        if (!(s->gram[b - 1] & G_BY))
            return 0;
        for (size_t q = b; q < m->t1; q++)
            if (ts_tok_in(s, q, cyber_words, CYBER_WORDS_N))
                return 1;
        return 0;
    }
    size_t e = (size_t)g->v[i].chain0 <= i ? (size_t)g->v[i].chain0 : i;
    if (m->t0 >= e || e > s->ntok)
        return 0;
    size_t a = np_start(s, m->t0);
    if (a >= 3 && a <= CYBER_CREW_SPAN + 5 && cyber_crew_of(s, 0, a, src))
        return 1; /* "Hackers linked to Iran", "Hackers believed to be working for" */
    if (e - a > CYBER_OPENING_SPAN)
        return 0;
    int found = 0;
    for (size_t q = a; q < e; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q))
            return 0;
        found |= ts_tok_in(s, q, cyber_words, CYBER_WORDS_N);
    }
    return found;
}

/* "Officials from both countries met", "Delegations of the two sides held
 * talks": the sentence's opening state agent no name owns (a government's or
 * army's word), then "from" or "of" at b - 1 and the pair or country mi:
 * those named are the ones acting. */
static int officials_of(const ts_sent *s, size_t b, int mi)
{
    if (b < 2 || b >= s->ntok || !(TOK_IS(s, b - 1, "from") || TOK_IS(s, b - 1, "of")))
        return 0;
    int h = s->mid[b - 2];
    if (h < 0 || s->m[h].kind != M_UNRES || s->m[h].code[0] || (size_t)s->m[h].t1 != b - 1 ||
        !(!strcmp(s->m[h].sector, "GOV") || !strcmp(s->m[h].sector, "MIL")))
        return 0;
    size_t b0 = np_start(s, s->m[h].t0);
    if (b0 == 1 && s->mid[0] < 0 && s->tok[0].kind == TK_WORD && !s->gram[0] && !(ts_w(s, 0) && ts_w(s, 0)->verb >= 0))
        b0 = 0; /* "Senior commanders from both sides" */
    if (b0 != 0)
        return 0;
    const ts_mention *m = &s->m[mi];
    return m->kind == M_NAME && strlen(m->code) >= 3 && !m->modifier; /* "from" reads as a place: not here */
}

/* A lower-case past form with no other reading before an object
 * ("confronted", "met"), the object's verb. */
static int past_form(const ts_sent *s, size_t k)
{
    const ts_word *w = ts_w(s, k);
    if (s->tok[k].kind != TK_WORD || s->tok[k].cas != CASE_LOWER)
        return 0;
    if (!w) /* a word the lexicon lacks: "confronted" */
        return s->tok[k].len >= 6 && !memcmp(s->text + s->tok[k].off + s->tok[k].len - 2, "ed", 2);
    return (w->vform & VF_PAST) && !(w->vform & (VF_BASE | VF_S)) &&
           !(w->gram & (G_SAY | G_PREP | G_LOC | G_BY | G_DET | G_AND | G_CONJ | G_SUB));
}

/* A finite verb right after a noun phrase that names no actor, opened by an
 * article right after a subordinator: "after a roadside bomb killed six
 * soldiers", "when the blast tore through the market". That thing is the
 * subject; an actor named earlier (the object of the clause before) is not.
 * At most two words between the article and the verb. */
static int thing_subject(const gstate *g, size_t j)
{
    const ts_sent *s = g->s;
    if (j < 2 || s->mid[j - 1] >= 0 || s->tok[j - 1].kind != TK_WORD || s->tok[j - 1].cas != CASE_LOWER ||
        s->gram[j - 1] || g->isverb[j - 1] || g->adv[j - 1] || g->skip[j - 1])
        return 0;
    for (size_t q = j - 1; q-- > 0 && q + 4 > j;) {
        if (TOK_IS(s, q, "a") || TOK_IS(s, q, "an") || TOK_IS(s, q, "the")) {
            /* the phrase opens a clause: not "students protesting the quota system blocked" */
            static const ts_lit opener[] = {LIT("after"), LIT("before"), LIT("when"),    LIT("as"),
                                            LIT("while"), LIT("until"),  LIT("because"), LIT("since")};
            return q > 0 && ts_tok_in(s, q - 1, opener, sizeof opener / sizeof opener[0]);
        }
        if (s->mid[q] >= 0 || s->tok[q].kind != TK_WORD || s->tok[q].cas != CASE_LOWER || s->gram[q] ||
            g->isverb[q])
            return 0;
    }
    return 0;
}

static int issuing_verb(const ts_sent *s, size_t k);
static int document_noun(const ts_sent *s, size_t k);
/* "in a report published on Thursday", "in a statement released Monday":
 * an aside between commas (tokens c..k-1) telling where something was said,
 * an adverbial of medium whose document a participle describes; no actor,
 * no other verb. */
static int published_aside(const gstate *g, size_t c, size_t k)
{
    const ts_sent *s = g->s;
    if (c + 2 > k || k > c + 10 || !TOK_IS(s, c, "in"))
        return 0;
    int part = 0, doc = 0;
    for (size_t q = c + 1; q < k; q++) {
        if (!part && !doc && s->mid[q] < 0 && (s->gram[q] & G_DET))
            continue; /* "in a" */
        if (!part && !doc && document_noun(s, q)) {
            doc = 1; /* "report", "statement" */
            continue;
        }
        if (g->adv[q] || ((s->gram[q] & G_ADV) && s->mid[q] < 0))
            continue;
        const ts_word *w = ts_w(s, q);
        if (!part && doc && document_noun(s, q - 1) && s->mid[q] < 0 && s->tok[q].cas == CASE_LOWER &&
            ((w && (w->vform & (VF_PART | VF_PAST)) && issuing_verb(s, q)) || TOK_IS(s, q, "published"))) {
            part = 1; /* "published", "released", "issued" */
            continue;
        }
        if (part && s->mid[q] < 0 && s->tok[q].kind == TK_WORD && s->tok[q].cas != CASE_LOWER && q + 1 == k)
            continue; /* "published Thursday" */
        return 0;
    }
    return part;
}

static int find_subject(gstate *g, size_t i, size_t from)
{
    ts_sent *s = g->s;
    size_t j = from;
    /* "firing on police and hiding in a church": a participle after "and"
       shares the previous one's subject, not its object */
    if (j > 0 && g->v[i].kind == V_ING && (s->gram[j - 1] & G_AND) && s->mid[j - 1] < 0)
        return -2;
    int after_and = j > 0 && (s->gram[j - 1] & G_AND) && g->v[i].kind == V_FINITE;
    if (g->v[i].kind == V_FINITE) {
        int crew = cyber_opening_of(g, j); /* "Iran-linked hackers breached the networks of ..." */
        if (crew >= 0) {
            s->m[crew].kind = M_NAME; /* "Chinese state hackers": the adjective stands for the crew */
            return crew;
        }
    }
    if (g->v[i].kind == V_FINITE && thing_subject(g, j))
        return -1; /* "after a roadside bomb killed six soldiers": no actor, not the one named before */
    while (j > 0) {
        size_t k = j - 1;
        if (g->skip[k] || g->adv[k]) {
            j--;
            continue;
        }
        int mi = s->mid[k];
        if (mi >= 0) {
            const ts_mention *m = &s->m[mi];
            /* skip objects of prepositions and modifiers */
            size_t b = np_start(s, m->t0);
            if (b > 0 && g->v[i].kind == V_FINITE) {
                int head = postmodified_head(g, b - 1, i); /* "Protesters supporting Khan stormed" */
                if (head < 0)
                    head = reduced_relative_head(g, b, i); /* "Militants linked to Islamic State killed" */
                if (head >= 0)
                    return head;
            }
            int pp = b > 0 && (s->gram[b - 1] & (G_PREP | G_LOC | G_BY)) && !(s->gram[b - 1] & G_AND) &&
                     !TOK_IS(s, b - 1, "after") && !TOK_IS(s, b - 1, "before");
            if (pp && b >= 2 && TOK_IS(s, b - 1, "of") &&
                ((s->gram[b - 2] & G_QUANT) || s->tok[b - 2].kind == TK_NUM))
                pp = 0; /* "thousands of North Korean troops" */
            if (pp && g->v[i].kind == V_FINITE && assailant_of(s, b, mi))
                return mi; /* "A suicide bomber from the Pakistani Taliban blew himself up" */
            if (pp && g->v[i].kind == V_FINITE && cyber_crew_of(s, 0, b, mi))
                return mi; /* "Hackers linked to Iran breached the networks of ..." */
            if (pp && g->v[i].kind == V_FINITE && officials_of(s, b, mi))
                return mi; /* "Officials from both countries met in Istanbul" */
            if (m->modifier == 1 || pp) {
                j = b;
                continue;
            }
            if (m->t0 >= 2 && (TOK_IS(s, m->t0 - 1, "capital") || TOK_IS(s, m->t0 - 1, "city") ||
                               TOK_IS(s, m->t0 - 1, "town") || TOK_IS(s, m->t0 - 1, "village")) &&
                (is_poss(s, m->t0 - 2) || (s->gram[m->t0 - 2] & G_LOC) ||
                 (s->mid[m->t0 - 2] >= 0 && s->m[s->mid[m->t0 - 2]].kind == M_ADJ))) {
                j = m->t0 - 1; /* "crowds in Peru's capital Lima marched": a place */
                continue;
            }
            if (m->modifier == 2) {
                j = m->t0;
                continue;
            }
            size_t o = m->t0;
            while (o > 0 && (s->gram[o - 1] & G_DET) && s->mid[o - 1] < 0)
                o--;
            if (after_and && o > 1 && past_form(s, o - 1)) {
                /* "Arce confronted General Zuniga in the doorway and ordered him":
                   the object of a verb no pattern lists is not the next verb's subject */
                int sj = find_subject(g, i, o - 1);
                return sj >= 0 ? sj : -2;
            }
            return mi;
        }
        if (ts_is_punct(s, k, ')')) {
            /* "the Rapid Support Forces (RSF) have launched": an abbreviation or
               short aside in brackets after an actor */
            size_t q = k;
            while (q > 0 && q + 6 > k && !ts_is_punct(s, q - 1, '('))
                q--;
            if (q >= 2 && ts_is_punct(s, q - 1, '(') && s->mid[q - 2] >= 0) {
                j = q - 1;
                continue;
            }
        }
        if (hard_boundary(s, k)) {
            /* "Chile and the two Andean states — Peru, ... — accuse" */
            if (is_dash(s, k)) {
                size_t q = k;
                while (q > 0 && q + 14 > k && !is_dash(s, q - 1))
                    q--;
                if (q > 0 && is_dash(s, q - 1)) {
                    int found = find_subject(g, i, q - 1);
                    if (found >= 0) {
                        /* "Poland and the three Baltic states — Latvia, Lithuania and Estonia —" */
                        for (size_t t = q; t < k; t++)
                            if (s->mid[t] >= 0 && s->m[s->mid[t]].kind == M_NAME)
                                s->m[s->mid[t]].group = s->m[found].group;
                    }
                    return found;
                }
            }
            return -1;
        }
        if (ts_is_comma(s, k)) {
            /* jump over ", which ... ," and appositives ", the ... ," */
            size_t c = k;
            while (c > 0 && !ts_is_comma(s, c - 1) && !hard_boundary(s, c - 1))
                c--;
            if (c > 0 && ts_is_comma(s, c - 1)) {
                size_t a = c; /* first token after the earlier comma */
                int all_adv = 1;
                for (size_t q = c; q < k && all_adv; q++)
                    all_adv = g->adv[q] || ((s->gram[q] & G_ADV) && s->mid[q] < 0);
                if (all_adv) {
                    j = c - 1; /* "X, in a statement, said", "X, however, said" */
                    continue;
                }
                if (published_aside(g, c, k)) {
                    j = c - 1; /* "X, in a report published on Thursday, accused" */
                    continue;
                }
                int name = c < k && c >= 2 && s->mid[c - 2] >= 0;
                for (size_t q = c; q < k && name; q++)
                    name = s->tok[q].kind == TK_WORD && (s->tok[q].cas != CASE_LOWER || s->mid[q] >= 0) &&
                           !g->isverb[q];
                if (name) {
                    j = c - 1; /* "Colombia's peace commissioner, Otty Patino, accused" */
                    continue;
                }
                if (g->v[i].kind == V_ING && s->mid[a] >= 0 && c >= 2 && s->mid[c - 2] >= 0 &&
                    s->m[s->mid[c - 2]].group == s->m[s->mid[a]].group)
                    return -2; /* "stormed the embassies of France, Belgium and the US, accusing":
                                  the end of a list, not an appositive of its first */
                const ts_word *aw = ts_w(s, a);
                if ((s->gram[a] & (G_REL | G_DET)) || s->mid[a] >= 0 || (s->gram[a] & G_SUB) ||
                    (aw && (aw->vform & VF_ING) && s->tok[a].cas == CASE_LOWER) || ing_word(s, a) ||
                    (aw && (aw->vform & VF_PART) && s->tok[a].cas == CASE_LOWER && a + 1 < k &&
                     (s->gram[a + 1] & (G_PREP | G_LOC | G_BY)))) { /* "Iran, backed by Russia, said" */
                    j = c - 1;
                    continue;
                }
            }
            /* a fronted phrase: "On Monday, X said" - keep looking only if the
               part before the comma has no verb */
            return -2;
        }
        if (g->isverb[k] && g->v[k].kind != V_NONE && g->v[i].kind == V_FINITE &&
            postmodified_head(g, k, i) >= 0)
            return postmodified_head(g, k, i);
        if (g->isverb[k] && g->v[k].passive == 2 && g->v[i].kind == V_FINITE && k + 1 < i &&
            (TOK_IS(s, k + 1, "by") || carried_with(s, k)) && k > 0 &&
            (s->mid[k - 1] >= 0 || (k > 1 && s->mid[k - 2] >= 0 && s->tok[k - 1].kind == TK_WORD))) {
            j = k; /* "protesters angered by the ruling attacked", "guards armed with knives
                      boarded": past the participle, its noun */
            continue;
        }
        if (g->isverb[k] && g->v[k].kind != V_NONE)
            return -2; /* another verb: not this verb's subject */
        uint32_t pg = s->gram[k];
        if (pg & G_REL) {
            /* "X, which ..." / "X who ...": the antecedent */
            size_t a = k;
            if (a > 0 && ts_is_comma(s, a - 1))
                a--;
            if (a > 0 && s->mid[a - 1] >= 0) {
                /* "the jihadists in Mali, who have been ambushing": the jihadists */
                int ant = s->mid[a - 1];
                size_t b = np_start(s, s->m[ant].t0);
                if (is_place(s, &s->m[ant]) && b >= 2 && (s->gram[b - 1] & G_LOC) && s->mid[b - 2] >= 0 &&
                    s->m[s->mid[b - 2]].kind != M_ADJ)
                    ant = s->mid[b - 2];
                return ant;
            }
            return -1;
        }
        if ((pg & G_SUB) && !(pg & G_PREP))
            return -1;
        if ((pg & G_CONJ) && !(pg & G_SUB))
            return -2;
        (void)i;
        j--;
    }
    return -1;
}

/* Only a short tail that tells no act of its own: "on Friday", "in a
 * statement", and where or to whom it was said: "told a news conference in
 * Ankara", "said during a visit to Riga", "wrote in a letter to the
 * Security Council". Verbs after the closing speaker are not coded, so the
 * tail may hold no verb ("said after meeting Putin"), a verb-like word only
 * as a noun after a determiner ("a visit", "a press conference"), and an
 * actor only as a place or after a preposition ("in Tallinn", "to the UN"),
 * never as the subject of a clause of its own. TAIL_WORDS words at most,
 * besides the adverbials of time and medium (mark_adverbials). */
#define TAIL_WORDS 6
#define TAIL_SPAN 12
static int tail_only(const gstate *g, size_t a, size_t n)
{
    const ts_sent *s = g->s;
    if (n > a + TAIL_SPAN)
        return 0;
    size_t words = 0;
    int prep = 0, noun_ok = 0; /* a preposition seen; the last word lets a noun follow ("a", "news") */
    for (size_t k = a; k < n; k++) {
        if (g->adv[k]) { /* "on Friday", "in a statement", "on social media" */
            prep |= (s->gram[k] & (G_PREP | G_LOC)) != 0;
            noun_ok = 0;
            continue;
        }
        if (++words > TAIL_WORDS)
            return 0;
        const ts_word *w = ts_w(s, k);
        if (s->mid[k] >= 0) {
            const ts_mention *x = &s->m[s->mid[k]];
            if (!prep && !is_place(s, x))
                return 0;
            noun_ok = 0;
            continue;
        }
        if (w && w->verb >= 0 && !(w->gram & G_SAY) &&
            (g->isverb[k] || !noun_ok || s->tok[k].cas != CASE_LOWER))
            return 0;
        prep |= (s->gram[k] & (G_PREP | G_LOC)) != 0;
        noun_ok = (s->gram[k] & G_DET) || (s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER && !s->gram[k] &&
                                           !(w && w->verb >= 0));
    }
    return 1;
}

/* Whether word w's lemma is one of list[0..n): a lexicon word's hash is its
 * key's (lexicon.c), so the lemma's is compared with each word's hash made
 * at compile time (LIT), no string; a word LIT could not hash is compared
 * as a string. */
static int lemma_in(const ts_sent *s, const ts_word *w, const ts_lit *list, size_t n)
{
    if (!w)
        return 0;
    uint64_t h = s->d->lex.w[w->lemma].hash;
    for (size_t k = 0; k < n; k++)
        if (list[k].h ? h == list[k].h : !strcmp(ts_lex_name(&s->d->lex, (int32_t)w->lemma), list[k].s))
            return 1;
    return 0;
}

/* Saying verbs whose complement is a fear, hope or guess, not a report. */
static int non_factive(const ts_sent *s, const ts_word *w)
{
    static const ts_lit words[] = {LIT("fear"),    LIT("hope"),    LIT("worry"),   LIT("doubt"),
                                   LIT("speculate"), LIT("wonder"), LIT("suspect"), LIT("predict"),
                                   LIT("expect"),  LIT("imagine"), LIT("guess")};
    return lemma_in(s, w, words, sizeof words / sizeof words[0]);
}

/* '..., the prime minister told parliament.', '... told lawmakers': the
 * audience right after a closing "told" is no actor of the reported words.
 * The token after verb e and its audience (after e alone if none). */
static size_t told_audience(const gstate *g, size_t e, size_t n)
{
    const ts_sent *s = g->s;
    size_t a = e + 1;
    if (!TOK_IS(s, e, "told") && !TOK_IS(s, e, "tells"))
        return a;
    while (a < n && (s->gram[a] & G_DET) && s->mid[a] < 0)
        a++;
    return a < n && s->mid[a] >= 0 && s->m[s->mid[a]].t0 == a ? (size_t)s->m[s->mid[a]].t1 : e + 1;
}

/* A closing attribution: '..., Chancellor Olaf Scholz said.' or '..., said
 * Scholz.' Returns the comma's position (ntok if none) and the speaker. */
#define LATE_BODY_WORDS 4 /* words of a body named after a closing speaker's possessive */
static size_t find_late_speaker(gstate *g, int *speaker)
{
    ts_sent *s = g->s;
    size_t n = s->ntok;
    while (n > 0 && s->tok[n - 1].kind == TK_PUNCT)
        n--;
    /* a comma or quote more than 16 tokens from the end ends the search, and
       no other token is read: the search ends there */
    for (size_t c = n; c-- > 1 && n - c <= 16;) {
        if (!ts_is_comma(s, c) && !is_quote(s, c))
            continue;
        size_t a = c + 1;
        while (a < n && (is_quote(s, a) || ((s->gram[a] & G_DET) && s->mid[a] < 0)))
            a++;
        size_t a0 = a; /* "health officials said", "local security officials said": their field first */
        while (a < n && a < a0 + 2 && s->mid[a] < 0 && s->tok[a].kind == TK_WORD && s->tok[a].cas == CASE_LOWER &&
               !s->gram[a] && !g->isverb[a])
            a++;
        if (a >= n || s->mid[a] < 0 || s->m[s->mid[a]].kind != M_UNRES)
            a = a0;
        if (a < n && s->mid[a] >= 0) { /* "X said" */
            int m = s->mid[a];
            size_t e = s->m[m].t1;
            /* "a Ukrainian security source said", "a US defence official said", "a UN report said"
               (a noun of saying before the verb) */
            for (size_t q = e; q < n && q < e + 3 && s->tok[q].kind == TK_WORD && s->tok[q].cas == CASE_LOWER &&
                               s->mid[q] < 0 && !(s->gram[q] & ~(uint32_t)G_SAY);
                 q++) {
                const ts_word *qw = q + 1 < n ? ts_w(s, q + 1) : NULL;
                if (qw && (qw->gram & G_SAY)) {
                    e = q + 1;
                    break;
                }
            }
            if (e < n && is_poss(s, e)) {
                /* "the U.S. military's Central Command said": a body of the actor */
                size_t q = e + 1;
                while (q < n && q < e + 1 + LATE_BODY_WORDS && s->tok[q].kind == TK_WORD && s->mid[q] < 0 &&
                       !(ts_w(s, q) && (ts_w(s, q)->gram & G_SAY)))
                    q++;
                if (q > e + 1 && q < n && ts_w(s, q) && (ts_w(s, q)->gram & G_SAY))
                    e = q;
            }
            if (e + 2 < n && (TOK_IS(s, e, "to") || TOK_IS(s, e, "at") || TOK_IS(s, e, "in") || TOK_IS(s, e, "for"))) {
                /* "the US envoy to the UN said", "China's ambassador in Paris said": the
                   speaker's post, then the saying verb */
                size_t q = e + 1;
                while (q < n && (s->gram[q] & G_DET) && s->mid[q] < 0)
                    q++;
                if (q < n && s->mid[q] >= 0 && s->m[s->mid[q]].t0 == q) {
                    q = s->m[s->mid[q]].t1;
                    if (q < n && ts_w(s, q) && (ts_w(s, q)->gram & G_SAY))
                        e = q;
                }
            }
            while (e < n && (s->gram[e] & G_ADV))
                e++;
            const ts_word *w = e < n ? ts_w(s, e) : NULL;
            if (w && (w->gram & G_SAY) && (w->vform & (VF_PAST | VF_S)) && tail_only(g, told_audience(g, e, n), n)) {
                *speaker = m;
                return c;
            }
        }
        const ts_word *w = a < n ? ts_w(s, a) : NULL; /* "said X" */
        size_t b = a + 1; /* "said a statement from X", "said a spokesman for X" */
        while (b < n && b < a + 9 && s->mid[b] < 0 &&
               ((s->gram[b] & G_DET) || g->adv[b] || TOK_IS(s, b, "statement") || TOK_IS(s, b, "spokesman") ||
                TOK_IS(s, b, "spokeswoman") || TOK_IS(s, b, "spokesperson") || TOK_IS(s, b, "from") ||
                TOK_IS(s, b, "for")))
            b++;
        if (b > a + 1 && b < n && s->mid[b] >= 0 && !TOK_IS(s, b - 1, "from") && !TOK_IS(s, b - 1, "for") &&
            !(s->gram[b - 1] & G_DET) && !g->adv[b - 1])
            b = a + 1; /* only through "a ...", "... from", "... for" */
        if (b < n && s->mid[b] >= 0 && s->m[s->mid[b]].kind == M_UNRES) {
            /* "said a spokesman for the Serbian government": the government */
            size_t e = s->m[s->mid[b]].t1;
            if (e + 1 < n && (TOK_IS(s, e, "for") || TOK_IS(s, e, "of") || TOK_IS(s, e, "from"))) {
                e++;
                while (e < n && (s->gram[e] & G_DET) && s->mid[e] < 0)
                    e++;
                if (e < n && s->mid[e] >= 0 && s->m[s->mid[e]].kind == M_NAME)
                    b = e;
            }
        }
        int content = 0; /* "South Korea, speaking at the UN, warned North Korea": no reported clause before */
        for (size_t q = 0; q < c && !content; q++)
            content = is_quote(s, q) || (g->isverb[q] && g->v[q].kind == V_FINITE) ||
                      (s->gram[q] & (G_BE | G_HAVE | G_MODAL | G_FUT));
        if (w && (w->gram & G_SAY) && (w->vform & (VF_PAST | VF_S)) && b < n && s->mid[b] >= 0 && content &&
            tail_only(g, s->m[s->mid[b]].t1, n)) {
            *speaker = s->mid[b];
            return c;
        }
        break;
    }
    return s->ntok;
}

/* Is mention m's group introduced by "with" ("with Tehran shipping drones")? */
static int with_group(const ts_sent *s, int m)
{
    int gid = s->m[m].group;
    size_t t0 = s->m[gid].t0;
    while (t0 > 0 && (s->gram[t0 - 1] & G_DET) && s->mid[t0 - 1] < 0)
        t0--;
    return t0 > 0 && TOK_IS(s, t0 - 1, "with");
}

/* Is token p inside an appositive: "X, a loose network of ..."? */
static int in_appositive(const ts_sent *s, size_t p)
{
    size_t k = p;
    while (k > 0 && !ts_is_comma(s, k - 1) && !hard_boundary(s, k - 1)) {
        const ts_word *w = ts_w(s, k - 1);
        if (w && w->verb >= 0 && s->mid[k - 1] < 0 && (w->vform & (VF_PAST | VF_S)) &&
            !(k >= 2 && ts_is_punct(s, k - 2, '-'))) /* "Iranian-backed" is an adjective */
            return 0;
        k--;
    }
    return k >= 2 && ts_is_comma(s, k - 1) && (s->gram[k] & G_DET) && s->mid[k - 2] >= 0;
}

static int is_place(const ts_sent *s, const ts_mention *m);
static void adopt_country(ts_sent *s, int m, int other, int as_source);
/* An unnamed agent ("protesters", "the troops") becomes an actor of a
 * country: the country's first three letters and its own sector. */
static void name_unresolved(ts_mention *x, const char *country)
{
    memcpy(x->code, country, 3);
    memcpy(x->code + 3, x->sector, 4);
    x->kind = M_NAME;
}
static void possessor_country(gstate *g, int m);
static int person_noun(const ts_sent *s, size_t k);
static int charged_people(const ts_sent *s, size_t from, size_t k, size_t end);

static inline int class_match(const ts_word *w, const ts_elem *e, const tocsin_dict *d)
{
    return ts_elem_match(w, e, d);
}

#define AS_PHRASE_WORDS 8 /* how far "as" is read for a verb of its own */

/* "as" at k is a preposition, not a subordinator, when no finite verb follows
 * it in its clause: "saw Iran as a threat", "acted as mediator", "described
 * the move as unacceptable", "stepped down as envoy", "used civilians as
 * shields"; "as talks resumed", "as the army advanced" open a clause. Not
 * "as soon as", "as well as", "as if", "as long as". */
#define AS_JUDGEMENT_WORDS 4 /* "as null and void": the judgement put before a long object */

/* The judgement of a verb put before its object, as wire copy writes it when
 * the object is long: "dismissed as baseless the accusations made by Kyiv",
 * "condemned as 'unacceptable' the decision to ...", "rejected as null and
 * void an agreement ...". Right after the verb, "as", a few lower-case words
 * (no preposition, auxiliary or clause word among them, the first no verb)
 * and then a determiner: a clause opened by "as" has its subject right
 * after it ("as the army advanced"). */
static int as_judgement_first(const gstate *g, size_t k)
{
    const ts_sent *s = g->s;
    if (k == 0 || !g->isverb[k - 1] || g->v[k - 1].kind == V_NONE || k + 2 >= s->ntok)
        return 0;
    size_t words = 0;
    for (size_t q = k + 1; q < s->ntok && q <= k + 3 + AS_JUDGEMENT_WORDS; q++) { /* quotes beside the words */
        uint32_t gm = s->gram[q];
        if ((gm & G_DET) && s->tok[q].kind == TK_WORD)
            return words > 0 && q + 1 < s->ntok && s->tok[q + 1].kind == TK_WORD;
        if (gm & G_QUOTE)
            continue;
        if (s->tok[q].kind != TK_WORD || s->tok[q].cas != CASE_LOWER || s->mid[q] >= 0)
            return 0;
        if (gm & (G_PREP | G_LOC | G_SUB | G_REL | G_CONJ | G_BE | G_HAVE | G_MODAL | G_FUT | G_DO | G_TO |
                  G_HE | G_IT | G_THEY | G_WE | G_WH | G_NEG | G_QUANT | G_TIME))
            return 0;
        if (gm & G_AND) {
            if (!words)
                return 0;
            continue;
        }
        if (!words && g->isverb[q])
            return 0;
        words++;
    }
    return 0;
}

static int as_preposition(const gstate *g, size_t k)
{
    const ts_sent *s = g->s;
    if (!TOK_IS(s, k, "as") || k + 1 >= s->ntok || k == 0 || TOK_IS(s, k - 1, "as") || TOK_IS(s, k - 1, "such"))
        return 0;
    if (TOK_IS(s, k + 1, "soon") || TOK_IS(s, k + 1, "well") || TOK_IS(s, k + 1, "long") || TOK_IS(s, k + 1, "if") ||
        TOK_IS(s, k + 1, "though") || TOK_IS(s, k + 1, "far") || TOK_IS(s, k + 1, "much") ||
        TOK_IS(s, k + 1, "many") || TOK_IS(s, k + 1, "part") || TOK_IS(s, k + 1, "of") || TOK_IS(s, k + 1, "yet") ||
        TOK_IS(s, k + 1, "it") || TOK_IS(s, k + 1, "they") || TOK_IS(s, k + 1, "he") || TOK_IS(s, k + 1, "she") ||
        TOK_IS(s, k + 1, "we") || TOK_IS(s, k + 1, "i") || TOK_IS(s, k + 1, "expected") ||
        TOK_IS(s, k + 1, "planned") || TOK_IS(s, k + 1, "agreed"))
        return 0;
    if (as_judgement_first(g, k))
        return 1;
    if (s->tok[k + 1].kind != TK_WORD)
        return 0;
    for (size_t q = k + 1, words = 0; q < s->ntok && words < AS_PHRASE_WORDS; q++, words++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || ts_is_punct(s, q, '.'))
            return 1;
        if (g->isverb[q] && g->v[q].kind != V_NONE && g->v[q].kind != V_PART)
            return 0;
        const ts_word *w = W(s, q); /* "as tensions rose": a verb no pattern knows */
        if (q > k + 1 && w && s->mid[q] < 0 && s->tok[q].cas == CASE_LOWER && (w->vform & VF_PAST) &&
            !(s->gram[q - 1] & G_DET))
            return 0;
        if ((s->gram[q] & (G_BE | G_HAVE | G_MODAL | G_FUT | G_DO)) && q > k + 1)
            return 0;
        if ((s->gram[q] & (G_SUB | G_REL | G_CONJ | G_AND)) && !(s->gram[q] & (G_PREP | G_LOC)) && q > k + 1)
            return 1;
    }
    return 1;
}

/* An -ing word that a pattern class names ("funding", "financing": @econaid)
 * with no object of its own after it (the sentence's end, a comma, a
 * preposition) is that noun: "gave Ukraine funding", "granted Egypt
 * financing for ..."; "saw Iran funding militias" keeps the verb. */
static int ing_noun(const gstate *g, size_t k)
{
    const ts_sent *s = g->s;
    const ts_word *w = W(s, k);
    if (g->v[k].kind != V_ING || !w || !w->classes || s->tok[k].cas != CASE_LOWER)
        return 0;
    return k + 1 >= s->ntok || s->tok[k + 1].kind == TK_PUNCT || (s->gram[k + 1] & (G_PREP | G_LOC));
}

/* A participle of demand after a place phrase: "rallied in Manama demanding
 * equal rights", "marched through Caracas calling for elections", "gathered
 * in Yerevan, demanding ...". The place (a mention after a preposition) is
 * no subject of the participle, which tells what the crowd of the clause
 * demanded: the clause goes on. */
static int demand_after_place(const gstate *g, size_t k)
{
    const ts_sent *s = g->s;
    static const ts_lit ings[] = {LIT("demanding"), LIT("calling"), LIT("chanting"), LIT("denouncing"),
                                  LIT("urging"),    LIT("seeking"), LIT("protesting")};
    if (k < 3 || g->v[k].kind != V_ING || !ts_tok_in(s, k, ings, sizeof ings / sizeof ings[0]))
        return 0;
    size_t e = ts_is_comma(s, k - 1) ? k - 1 : k; /* "gathered in Yerevan, demanding ..." */
    if (s->mid[e - 1] < 0)
        return 0;
    const ts_mention *x = &s->m[s->mid[e - 1]];
    if (x->t1 != e || x->kind == M_UNRES || x->t0 == 0)
        return 0;
    size_t b = x->t0;
    if (b >= 2 && TOK_IS(s, b - 1, "'s") && s->mid[b - 2] >= 0)
        b = (size_t)s->m[s->mid[b - 2]].t0; /* "accused Sudan's Rapid Support Forces of" */
    while (b > 0 && (s->gram[b - 1] & G_DET))
        b--;
    return b > 0 && (s->gram[b - 1] & (G_PREP | G_LOC)) && !(s->gram[b - 1] & G_BY);
}

#define CHANT_WORDS 6 /* from the participle to "against": "chanting slogans against" */

/* "marched in Beirut after Friday prayers, chanting slogans against
 * Israel": a participle of protest after the clause that ends at e
 * names, after "against", a party of another country than the crowd's.
 * The crowd protests against it (the participle's own event), not against
 * its own government. */
static int chant_against_after(const gstate *g, size_t e, int src)
{
    const ts_sent *s = g->s;
    static const ts_lit ings[] = {LIT("chanting"), LIT("denouncing"), LIT("shouting"), LIT("protesting"),
                                  LIT("waving"),   LIT("burning"),    LIT("carrying")};
    for (size_t q = e; q < s->ntok && q < e + 2; q++) {
        if (!ts_tok_in(s, q, ings, sizeof ings / sizeof ings[0]))
            continue;
        for (size_t a = q + 1; a + 1 < s->ntok && a <= q + CHANT_WORDS && !hard_boundary(s, a); a++) {
            if (!TOK_IS(s, a, "against"))
                continue;
            size_t b = past_det(s, a + 1, s->ntok);
            int m = b < s->ntok ? s->mid[b] : -1;
            return m >= 0 && s->m[m].kind == M_NAME && strlen(s->m[m].code) >= 3 &&
                   strncmp(s->m[m].code, s->m[src].code, 3) != 0;
        }
    }
    return 0;
}

/* A participle of holding people: "two Americans held in Russia",
 * "journalists jailed in Egypt" describe the people, no new clause. */
static int held_word(const ts_sent *s, size_t k)
{
    static const ts_lit words[] = {LIT("held"), LIT("detained"), LIT("jailed"), LIT("imprisoned")};
    return ts_tok_in(s, k, words, sizeof words / sizeof words[0]);
}

/* "aimed at expanding and", "by stepping up and": a gerund after a
 * preposition (and its particle) ends right before the "and" at a. */
static int coordinated_gerund(const gstate *g, size_t a)
{
    const ts_sent *s = g->s;
    size_t v = a >= 1 ? a - 1 : 0;
    if (v > 0 && (TOK_IS(s, v, "up") || TOK_IS(s, v, "down") || TOK_IS(s, v, "out") || TOK_IS(s, v, "back")))
        v--; /* "stepping up and reinforcing" */
    return v >= 1 && g->isverb[v] && g->v[v].kind == V_ING && (s->gram[v - 1] & (G_PREP | G_LOC));
}

/* Does a named actor follow at t, after an optional comma, as an example of
 * the unnamed group before it ("four states, including Kenya and Ghana",
 * "several states such as Mali")? Its mention plus one, or 0. */
#define EXAMPLE_GROUP_WORDS 6 /* "seven Latin American countries" before ", including" */
static int named_examples_after(const ts_sent *s, size_t t, size_t end)
{
    if (t < end && ts_is_comma(s, t))
        t++;
    if (t + 1 < end && TOK_IS(s, t, "including"))
        t++;
    else if (t + 2 < end && TOK_IS(s, t, "such") && TOK_IS(s, t + 1, "as"))
        t += 2;
    else
        return 0;
    t = past_det(s, t, end);
    if (t < end && s->mid[t] >= 0 && s->m[s->mid[t]].kind == M_NAME && s->m[s->mid[t]].code[0] &&
        !is_place(s, &s->m[s->mid[t]]))
        return s->mid[t] + 1;
    return 0;
}

/* The comma at c between an unnamed group and its named examples ("seven
 * states, including Kenya and Ghana"), not after a name ("bases in
 * Germany, including ..."). */
static int unnamed_group_examples(const ts_sent *s, size_t c)
{
    static const ts_lit groups[] = {LIT("countries"), LIT("nations"), LIT("states"), LIT("governments"),
                                    LIT("neighbours"), LIT("neighbors")};
    if (c == 0 || s->tok[c - 1].cas != CASE_LOWER ||
        (s->mid[c - 1] >= 0 && s->m[s->mid[c - 1]].kind != M_UNRES &&
         !ts_tok_in(s, c - 1, groups, sizeof groups / sizeof groups[0])))
        return 0; /* (but "five Gulf states, including": the examples) */
    return named_examples_after(s, c, s->ntok) != 0;
}

/* The closing comma of the example list that the comma at c opens after an
 * unnamed group (", including Kenya, Ghana and Togo, to go home"), or c
 * when there is none. */
#define EXAMPLE_LIST_WORDS 16
static size_t examples_end(const ts_sent *s, size_t c)
{
    if (!unnamed_group_examples(s, c))
        return c;
    for (size_t e = c + 2; e < s->ntok && e < c + EXAMPLE_LIST_WORDS; e++) {
        if (hard_boundary(s, e))
            return c;
        if (s->mid[e] >= 0 || (s->gram[e] & (G_AND | G_DET)))
            continue;
        if (!ts_is_comma(s, e))
            return c; /* the list ends the clause, or words other than names follow */
        size_t q = past_det(s, e + 1, s->ntok);
        if (q >= s->ntok || s->mid[q] < 0)
            return e + 1; /* the comma after the last name */
    }
    return c;
}

/* End of the clause that starts right after verb i. */
static size_t clause_end(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    for (size_t k = i + 1; k < s->ntok; k++) {
        if (hard_boundary(s, k))
            return k;
        if (g->adv[k])
            continue; /* "since Wednesday", "in a statement" */
        if ((ts_is_comma(s, k) || (k > 0 && ts_is_comma(s, k - 1) && TOK_IS(s, k, "including"))) &&
            unnamed_group_examples(s, ts_is_comma(s, k) ? k : k - 1))
            continue; /* "envoys from four states, including Kenya and Ghana, to go home" */
        uint32_t gg = s->gram[k];
        if ((gg & (G_SUB | G_REL | G_CONJ)) && !(gg & (G_PREP | G_LOC)) && s->mid[k] < 0 && !as_preposition(g, k))
            return k;
        if (s->mid[k] >= 0 && s->m[s->mid[k]].t0 == k && k > i + 1) {
            /* "..., a week after the White House accused ...": a new subject */
            size_t e2 = s->m[s->mid[k]].t1;
            while (e2 < s->ntok && (s->gram[e2] & (G_ADV | G_BE | G_HAVE | G_MODAL | G_FUT | G_NEG | G_DO)))
                e2++;
            /* "the North Korean missile launch": a weapon before a noun is a
               compound; "three French diplomats accused of ...", "hostages held
               by ...": a participle describing the noun, not a new clause */
            const ts_word *ew = e2 < s->ntok ? ts_w(s, e2) : NULL;
            int compound = (s->m[s->mid[k]].weapon && e2 == s->m[s->mid[k]].t1) ||
                           (ew && e2 == s->m[s->mid[k]].t1 && (ew->vform & VF_PART) && !(ew->vform & VF_ING) &&
                            (TOK_IS(s, e2 + 1, "of") || TOK_IS(s, e2 + 1, "by") || TOK_IS(s, e2 + 1, "hostage") ||
                             TOK_IS(s, e2 + 1, "captive") || TOK_IS(s, e2 + 1, "prisoner") ||
                             (TOK_IS(s, e2 + 1, "in") && held_word(s, e2))));
            size_t kb = k; /* "imposed on Russia by the EU took effect": an agent, not a subject */
            while (kb > i + 1 && (s->gram[kb - 1] & G_DET) && s->mid[kb - 1] < 0)
                kb--;
            if (e2 < s->ntok && g->isverb[e2] && g->v[e2].kind == V_FINITE && s->mid[e2] < 0 &&
                !(k > 0 && (s->gram[k - 1] & (G_PREP | G_LOC | G_BY)) && !(s->gram[k - 1] & G_SUB)) &&
                !(kb > 0 && (s->gram[kb - 1] & G_BY)) &&
                !(ts_w(s, e2)->gram & G_SAY) && !compound)
                return k;
        }
        if (g->isverb[k] && (g->v[k].kind == V_FINITE || g->v[k].kind == V_ING) && k > i + 1 &&
            !ing_noun(g, k) &&
            !(g->v[k].kind == V_ING && (s->gram[k - 1] & G_AND) && coordinated_gerund(g, k - 1))) {
            /* a new verb with its own subject ends the clause (but not "aimed at
               expanding and strengthening measures against Iran": one phrase) */
            if (((s->mid[k - 1] >= 0 || ts_is_comma(s, k - 1)) && !demand_after_place(g, k) &&
                 !(held_word(s, k) && !ts_is_comma(s, k - 1) && TOK_IS(s, k + 1, "in"))) ||
                (s->gram[k - 1] & G_AND) ||
                (k >= i + 3 && (g->adv[k - 1] || (s->gram[k - 1] & G_ADV)) && (s->gram[k - 2] & G_AND)))
                return k; /* (also "annexed and subsequently placed": the adverb after "and") */
        }
        size_t ka = (s->gram[k] & G_AND) && k + 1 < s->ntok ? past_det(s, k + 1, s->ntok) : s->ntok;
        if (ka < s->ntok && s->mid[ka] >= 0 && s->m[s->mid[ka]].t0 == ka) {
            /* "..., and Nigeria warned", "..., and the UN called for" */
            size_t e2 = s->m[s->mid[ka]].t1;
            if (ts_is_comma(s, e2)) {
                /* "and its defence minister, Gen Nakatani, pressed": past a name in apposition */
                size_t c = e2 + 1;
                while (c < s->ntok && c < e2 + 7 && s->tok[c].kind == TK_WORD && s->tok[c].cas != CASE_LOWER)
                    c++;
                if (c > e2 + 1 && ts_is_comma(s, c))
                    e2 = c + 1;
            }
            while (e2 < s->ntok && (s->gram[e2] & (G_ADV | G_BE | G_HAVE | G_MODAL | G_FUT | G_NEG | G_DO)))
                e2++;
            if (e2 < s->ntok && g->isverb[e2] && g->v[e2].kind != V_ING && s->mid[e2] < 0)
                return k; /* "..., and Nigeria warned" */
        }
        if (ts_is_comma(s, k) && k + 1 < s->ntok) {
            const ts_word *nw = W(s, k + 1);
            if (nw && (nw->vform & VF_ING) && nw->verb >= 0 && !demand_after_place(g, k + 1))
                return k;
            const ts_tok *nt = &s->tok[k + 1];
            if (nt->kind == TK_WORD && nt->cas == CASE_LOWER && nt->len > 4 &&
                !memcmp(s->text + nt->off + nt->len - 3, "ing", 3) && s->mid[k + 1] < 0 &&
                !demand_after_place(g, k + 1))
                return k;
            if (s->gram[k + 1] & (G_SUB | G_REL | G_CONJ))
                return k;
            size_t k1 = past_det(s, k + 1, s->ntok); /* ", the government said" */
            int mi = k1 < s->ntok ? s->mid[k1] : -1;
            if (mi >= 0) {
                size_t e2 = s->m[mi].t1;
                while (e2 < s->ntok && (s->gram[e2] & (G_ADV | G_BE | G_HAVE | G_MODAL | G_FUT | G_NEG | G_DO)))
                    e2++;
                if (e2 < s->ntok && g->isverb[e2] && g->v[e2].kind != V_ING)
                    return k;
            }
        }
    }
    return s->ntok;
}

#define BLOCK_ELEMS 8 /* elements of a blocking pattern whose places are checked */

/* A blocking pattern ("--- release * statement", "--- call * election",
 * "--- dismiss * minister") names a sense of the verb by the head of its
 * object or a phrase of its own. Its words matched at tokens at[0..n) (the
 * verb at i) make that sense only inside the verb's own clause: not in a
 * later clause or an infinitive ("released two prisoners after the
 * statement", "called on X to hold elections"), nor as a possessor
 * ("dismissed the minister's claims"). */
static int block_is_object(const gstate *g, size_t i, const size_t *at, size_t n)
{
    const ts_sent *s = g->s;
    if (n == 0 || n > BLOCK_ELEMS)
        return 1;
    size_t last = at[n - 1];
    if (last + 1 < s->ntok && (is_poss(s, last + 1) || TOK_IS(s, last + 1, "'")))
        return 0;
    for (size_t q = i + 1; q < last; q++) {
        int named = 0;
        for (size_t k = 0; k < n && !named; k++)
            named = at[k] == q;
        if (named || g->adv[q])
            continue;
        const ts_word *w = W(s, q); /* "two wounded soldiers": a participle is an adjective here */
        if ((g->isverb[q] && (g->v[q].kind == V_INF || (g->v[q].kind == V_FINITE && w && !(w->vform & VF_PART)))) ||
            (s->gram[q] & (G_SUB | G_REL | G_CONJ)))
            return 0;
    }
    return 1;
}

/* The word at k when it could be the object of another pattern of the verb:
 * a plain lower-case word of no mention, grammar class or adverbial. */
static const ts_word *particle_object_word(const gstate *g, size_t k)
{
    const ts_sent *s = g->s;
    const ts_word *w = W(s, k);
    if (!w || s->mid[k] >= 0 || s->gram[k] || g->adv[k] || s->tok[k].cas != CASE_LOWER)
        return NULL;
    return w;
}

/* A pattern's first word that is a preposition makes a prepositional verb
 * with the verb ("break with $T", "balk at $T"). An object between them
 * that another pattern of the verb names as its object is that other sense
 * of the verb: "broke the ceasefire with Ukraine" is "break * @ceasefire",
 * not "break with $T" ("broke publicly with Moscow", "pounded Gaza with
 * missiles", "trades oil with China" keep theirs). Passives and an
 * incorporated noun keep their own order. */
static int particle_next(const gstate *g, const ts_pattern *self, size_t i, size_t q)
{
    const ts_sent *s = g->s;
    const tocsin_dict *d = s->d;
    const ts_word *vw = W(s, i);
    if (q <= i + 1 || g->v[i].passive || g->v[i].incorp > 0 || !vw || vw->verb < 0 ||
        (size_t)vw->verb >= d->nverbs)
        return 1;
    if (!(s->gram[q] & (G_PREP | G_LOC)) || (s->gram[q] & (G_SUB | G_TO)))
        return 1;
    const ts_verb *vb = &d->verbs[vw->verb];
    /* the words that could be another pattern's object, as bloom bits and
       classes, so that a pattern whose first word none of them can be is
       passed over without reading them one by one */
    uint64_t lem = 0, cls = 0;
    for (size_t k = i + 1; k < q; k++) {
        const ts_word *w = particle_object_word(g, k);
        if (w) {
            lem |= 1ull << (w->lemma & 63) | 1ull << ((uint32_t)(w - d->lex.w) & 63);
            cls |= w->classes;
        }
    }
    if (!lem)
        return 1;
    for (uint32_t n = 0; n < vb->count; n++) {
        const ts_pattern *p = &d->pats[d->porder[vb->first + n]];
        if (p == self || p->nelem == 0 || (p->flags & P_BLOCK))
            continue;
        const ts_elem *e = &d->elems[p->elem];
        if (e->type == E_TARGET || (e->type == E_WORD && (e->a >= d->lex.n || (d->lex.w[e->a].gram & (G_PREP | G_LOC)))))
            continue;
        if ((e->type == E_WORD && !((lem >> (e->a & 63)) & 1)) || (e->type == E_CLASS && !((cls >> e->a) & 1)))
            continue;
        for (size_t k = i + 1; k < q; k++) {
            const ts_word *w = particle_object_word(g, k);
            if (w && class_match(w, e, d))
                return 0;
        }
    }
    return 1;
}

/* Whether the tokens [pos, q) are all of the adverbial that holds the time
 * word at q ("called Scholz | on | Monday"), so nothing stands between it
 * and the pattern's last word ("called Zelensky a dictator on Monday"). */
static int time_next(const gstate *g, size_t pos, size_t q)
{
    for (size_t k = pos; k < q; k++)
        if (!g->adv[k])
            return 0;
    return 1;
}

/* The end of the GAP + 1 words from pos, within end: a pattern's next element
 * is looked for in [pos, gap_end). Asked for every element of every pattern
 * tried, and the same for any end: kept per sentence in g->glim. */
static size_t gap_end(gstate *g, size_t pos, size_t end)
{
    const ts_sent *s = g->s;
    if (pos >= end)
        return pos;
    if (!g->glim[pos]) {
        size_t lim = pos, words = 0;
        while (lim < s->ntok && words <= GAP) {
            if (ts_is_comma(s, lim) && lim > pos) {
                size_t e = examples_end(s, lim);
                if (e > lim) {
                    lim = e; /* ", including Kenya, Ghana and Togo," counts as nothing */
                    continue;
                }
            }
            /* "IRIS-T", "short-range": a hyphenated word counts once */
            if (s->tok[lim].kind != TK_PUNCT && !(lim > pos && ts_is_punct(s, lim - 1, '-')) && !g->adv[lim])
                words++;
            lim++;
        }
        g->glim[pos] = (uint16_t)lim;
    }
    return g->glim[pos] < end ? g->glim[pos] : end;
}

/* A verb of ceasing (@cease) inside a pattern's gap turns what follows it
 * around: "to stop supporting", "to cease attacks on", "to halt its support". */
static int cessation_word(const ts_sent *s, size_t q)
{
    return s->tok[q].cas == CASE_LOWER && ts_in_class(s->d, W(s, q), CL_CEASE);
}

static int label_verb(const ts_sent *s, size_t i);

/* A name after "the island of", "the city of", "the port of": a place so
 * described is a venue, not a party. */
static int place_described(const ts_sent *s, size_t q)
{
    static const ts_lit kinds[] = {LIT("island"),  LIT("city"),     LIT("town"),   LIT("port"),
                                   LIT("village"), LIT("province"), LIT("region"), LIT("outskirts"),
                                   LIT("suburbs"), LIT("districts"), LIT("parts")};
    return q >= 2 && TOK_IS(s, q - 1, "of") && ts_tok_in(s, q - 2, kinds, sizeof kinds / sizeof kinds[0]);
}

/* Force and its posture (15-20): a place after the pattern's own preposition
 * is what the force is aimed at, also as "the (eastern) city of X". */
#define STRIKER_WORDS 4 /* words before a striking weapon's noun: "Two more artillery shells" */
#define DESCRIBED_PLACE_WORDS 6 /* "on the eastern Ukrainian city of": words from the preposition */
static int military_code(const char *code)
{
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    return code[0] != '-' && r >= 15 && r <= 20 && r != 16;
}

/* Codes whose pattern's "in $T" aims at the place even as "the city of X":
 * force, and appeals for calm or a truce there ("called for a truce in the
 * southern suburbs of Tripoli"); a meeting's is its venue. */
static int place_aimed_code(const char *code)
{
    return military_code(code) || (code[0] == '0' && code[1] == '2');
}

#define ARMED_ANY 0    /* pattern option `armed` */
#define ARMED_FORCES 1 /* `forces` */
#define ARMED_WEAPON 2 /* `weapon` */
static int armed_source(const ts_sent *s, int m, int mode);

/* The armed_source mode a pattern's options ask for, or -1 when they ask none. */
static int armed_mode(const ts_pattern *p)
{
    return (p->flags & P_WEAPON) ? ARMED_WEAPON : (p->flags & P_FORCES) ? ARMED_FORCES : (p->flags & P_ARMED) ? ARMED_ANY : -1;
}

/* "called the coup attempt a gift from God", "called Russia's aggression a
 * crime", "called the theft of the grain a tragedy": a damning word that
 * opens the verb's object (right after its "the", "this", "'s" or a
 * country's adjective, with nothing but such words before it) and does not
 * end its phrase names the thing judged, not the label. Is token q such a
 * word of verb i's object? */
#define LABEL_OBJECT_WORDS 6 /* from the verb to a damning word of its object */
/* words of grammar that no word of an object's first noun group is */
#define FUNCTION_WORD                                                                                          \
    (G_DET | G_PREP | G_LOC | G_AND | G_CONJ | G_SUB | G_REL | G_HE | G_IT | G_THEY | G_WE | G_MODAL | G_FUT | \
     G_BE | G_HAVE | G_DO | G_NEG | G_IF | G_TO | G_BY | G_QUOTE | G_WH)
static int object_det(const ts_sent *s, size_t k)
{
    static const ts_lit dets[] = {LIT("the"), LIT("this"), LIT("these"), LIT("its"), LIT("their"), LIT("his"),
                                  LIT("her")};
    return ts_tok_in(s, k, dets, sizeof dets / sizeof dets[0]) || is_poss(s, k);
}
static int label_in_object(const gstate *g, size_t i, size_t q)
{
    const ts_sent *s = g->s;
    if (q <= i + 1 || q + 1 >= s->ntok || q > i + LABEL_OBJECT_WORDS)
        return 0;
    size_t n = q + 1; /* "criminals last week", "illegitimate.", "illegal and": the phrase ends */
    if (s->tok[n].kind != TK_WORD || (s->gram[n] & (G_AND | G_TIME)) || s->mid[n] >= 0 ||
        ts_in_class(s->d, W(s, n), CL_PEJORATIVE))
        return 0;
    if (!object_det(s, q - 1) && !(s->mid[q - 1] >= 0 && s->m[s->mid[q - 1]].kind == M_ADJ))
        return 0; /* "the protesters criminals": a complement after the object's noun */
    for (size_t k = i + 1; k < q; k++) /* nothing but the object's first words before it */
        if (s->tok[k].kind != TK_WORD || g->isverb[k] ||
            (s->mid[k] < 0 && !object_det(s, k) && ((s->gram[k] & FUNCTION_WORD) || s->tok[k].cas != CASE_LOWER)))
            return 0;
    return 1;
}

#define AGENT_WORDS 6 /* words of a passive's by-agent phrase */

/* The end of the by-agent right after a participle that opens a clause after
 * a comma (", reinforced by fresh troops", ", backed by Rwandan troops"), or 0:
 * the agent's words are the act's doer, never a word of the pattern's object.
 * The phrase ends at a preposition, comma, verb or clause boundary. Only
 * patterns of force (15, 17-20) ask it: words (criticism, anger) keep their
 * own by-phrase patterns. */
static size_t passive_agent_end(const gstate *g, size_t i)
{
    const ts_sent *s = g->s;
    if (!comma_participle_by(g, i, (size_t)g->v[i].chain0) || i + 2 >= s->ntok)
        return 0;
    size_t q = i + 2;
    while (q < s->ntok && q < i + 2 + AGENT_WORDS && !hard_boundary(s, q) && !ts_is_comma(s, q) &&
           !g->isverb[q] && !(s->gram[q] & G_PREP))
        q++;
    return q;
}

/* In a passive's subject ending at c0, the "into" after an investigation's
 * noun ("An investigation into the attack on the embassy | was launched"):
 * what follows it is what is investigated, no object of the verb. Its
 * position, or (size_t)-1 when there is none. */
#define INQUIRY_SUBJ_WORDS 12
static size_t inquiry_into(const gstate *g, size_t c0)
{
    const ts_sent *s = g->s;
    static const ts_lit nouns[] = {LIT("investigation"), LIT("inquiry"), LIT("enquiry"), LIT("probe"),
                                   LIT("inquest"), LIT("investigations"), LIT("inquiries"), LIT("probes")};
    for (size_t q = c0; q > 1 && q + INQUIRY_SUBJ_WORDS > c0; q--) {
        if (g->isverb[q - 1] || hard_boundary(s, q - 1))
            break;
        if (s->tok[q - 1].len == 4 && TOK_IS(s, q - 1, "into") &&
            ts_tok_in(s, q - 2, nouns, sizeof nouns / sizeof nouns[0]))
            return q - 1;
    }
    return (size_t)-1;
}

/* An infinitive of aid after "to": "sent troops to help Estonia", "to
 * defend", "to support": the one helped is the aid's party. */
static int aid_infinitive(const ts_sent *s, size_t q)
{
    static const ts_lit aid[] = {LIT("help"),   LIT("assist"),  LIT("support"), LIT("defend"),
                                 LIT("protect"), LIT("bolster"), LIT("aid")};
    return ts_tok_in(s, q, aid, sizeof aid / sizeof aid[0]);
}

static int match_pattern(gstate *g, const ts_pattern *p, size_t i, size_t end, int subj, pmatch *out)
{
    ts_sent *s = g->s;
    const tocsin_dict *d = s->d;
    size_t pos = i + 1;
    int target = -1, subj_filled = 0;
    int in_subj = 0;   /* the previous element matched in the subject */
    int inc_filled = 0; /* "intelligence sharing": the noun before the -ing matched */
    size_t sq = 0;     /* past the subject's last matched word */
    size_t last = i;
    size_t at[BLOCK_ELEMS], nat = 0; /* where a blocking pattern's words matched */
    size_t agent_end = military_code(p->code) ? passive_agent_end(g, i) : 0; /* force: see there */
    for (uint32_t k = 0; k < p->nelem; k++) {
        const ts_elem *e = &d->elems[p->elem + k];
        size_t c0 = (size_t)g->v[i].chain0;
        if (g->v[i].incorp > 0 && !inc_filled && e->type != E_TARGET && (size_t)g->v[i].incorp < s->ntok &&
            class_match(W(s, (size_t)g->v[i].incorp), e, d)) {
            inc_filled = 1; /* "intelligence sharing with Japan": share * intelligence with $T */
            continue;
        }
        /* passive: the verb's first object may be the subject ("Niger's junta was
           given a week by ECOWAS to", "give $T * {week} to") */
        if (g->v[i].passive == 1 && e->type == E_TARGET && k == 0 && target < 0 && subj >= 0 &&
            s->m[subj].kind == M_NAME && s->m[subj].code[0]) {
            target = subj;
            subj_filled = 1;
            continue;
        }
        /* passive: the object may be the subject ("sanctions were imposed on X") */
        if (g->v[i].passive && e->type != E_TARGET && !subj_filled) {
            int hit = 0;
            for (size_t q = c0; q > 0 && q + PASSIVE_OBJ_WORDS > c0; q--) {
                if (g->isverb[q - 1] || hard_boundary(s, q - 1) || ts_is_comma(s, q - 1))
                    break;
                if (class_match(W(s, q - 1), e, d) && q - 1 < inquiry_into(g, c0)) {
                    /* (not "an investigation into the attack on X was launched": the attack) */
                    hit = 1;
                    sq = q;
                    break;
                }
            }
            if (hit) {
                subj_filled = in_subj = 1;
                continue;
            }
        } else if (in_subj && sq < c0 && c0 <= s->ntok) {
            /* the object's next words in the subject, in order: "gas supplies
               were resumed", "gas deliveries to Poland were halted" ($T right
               after the pattern's preposition) */
            if (e->type == E_TARGET) {
                size_t q = past_det(s, sq, c0);
                int mi = q < c0 ? s->mid[q] : -1;
                if (mi >= 0 && s->m[mi].t0 == q && (size_t)s->m[mi].t1 <= c0 &&
                    (s->m[mi].kind == M_NAME || (s->m[mi].kind == M_ADJ && (size_t)s->m[mi].t1 < c0)) &&
                    !g->skip[q] && sq > 0 && (s->gram[sq - 1] & (G_PREP | G_LOC))) {
                    /* (also "sanctions on Iranian oil were lifted": the adjective's country) */
                    target = mi;
                    sq = s->m[mi].t1;
                    continue;
                }
            } else if (class_match(W(s, sq), e, d)) {
                sq++;
                continue;
            }
        }
        in_subj = 0;
        size_t lim = gap_end(g, pos, end);
        int found = 0;
        for (size_t q = pos; q < lim; q++) {
            if (e->type == E_TARGET) {
                if (s->mid[q] < 0 && q <= pos + 4 && s->tok[q].cas == CASE_LOWER && charged_people(s, pos, q, end))
                    break; /* "arrested 12 people accused of spying for Israel" */
                int ag = q > pos && q > i + 1 ? reduced_agent(g, q, end) : -1;
                if (ag >= 0 && s->m[ag].kind == M_NAME && !g->skip[s->m[ag].t0] &&
                    !third_party_phrase(s, ag, 1)) { /* (not "in a meeting hosted by Tanzania": its host) */
                    /* "denounced the sanctions imposed on Russia by the EU": whose sanctions */
                    target = ag;
                    pos = s->m[ag].t1;
                    last = s->m[ag].t0;
                    found = 1;
                    break;
                }
                int mi = s->mid[q];
                if (mi >= 0 && s->m[mi].t0 == q && after_transfer_to(s, q) && p->code[0] == '1' &&
                    (p->code[1] == '4' || (p->code[1] == '1' && p->code[2] == '4')))
                    continue; /* "demonstrated against the sale of the port to a Chinese firm" */
                if (mi >= 0 && s->m[mi].t0 == q && p->code[0] == '1' && p->code[1] == '4' && subj >= 0 &&
                    (!state_or_armed(s, subj) || s->m[subj].people) && deal_partner(s, q))
                    continue; /* a crowd "marched against border talks with Azerbaijan": the partner */
                /* a place is the target right after the pattern's own
                   preposition ("into $T", "{into|to} $T") */
                int named_prep = k > 0 &&
                                 (d->elems[p->elem + k - 1].type == E_WORD ||
                                  d->elems[p->elem + k - 1].type == E_ALT) &&
                                 (last + 3 >= q || (place_aimed_code(p->code) && q > 0 && place_described(s, q) &&
                                                    last + DESCRIBED_PLACE_WORDS >= q));
                if (mi >= 0 && s->m[mi].t0 == q && s->m[mi].kind == M_UNRES && s->m[mi].sector[0] && !g->skip[q] &&
                    !s->m[mi].modifier &&
                    (past_modifiers(g, pos, lim) == q || past_stance(s, past_det(s, pos, lim), lim) == q) &&
                    ((named_prep && last + 3 >= q) || !is_place(s, &s->m[mi]))) {
                    /* "accused the Supreme Court of persecuting him": an unnamed agent right
                       after the verb is its object, which the sentence may name (adopt_country),
                       not a reason to take a later mention; after the pattern's own
                       preposition, no place ("launched a probe into the company") */
                    target = mi;
                    pos = s->m[mi].t1;
                    last = q;
                    found = 1;
                    break;
                }
                if (mi >= 0 && s->m[mi].t0 == q && place_described(s, q) && !(named_prep && place_aimed_code(p->code)))
                    continue; /* "met on the island of St Vincent": a venue; but "advanced on the
                                 eastern city of Kharkiv" is the advance's goal */
                if (mi >= 0 && s->m[mi].t0 == q && q > 0 && TOK_IS(s, q - 1, "what") &&
                    (size_t)s->m[mi].t1 < s->ntok && label_verb(s, s->m[mi].t1))
                    continue; /* "struck what New Delhi called a training camp": the label's speaker */
                if (mi >= 0 && s->m[mi].t0 == q && !(named_prep && last + 2 >= q) && third_party_phrase(s, mi, 1))
                    continue; /* "restored ties with the help of China", "a meeting hosted by X": not the pattern's $T */
                if (mi >= 0 && s->m[mi].t0 == q && with_as_role(s, mi))
                    continue; /* "with Venezuela and Cuba as guarantors": not the pattern's "with $T" */
                if (mi >= 0 && s->m[mi].t0 == q && s->m[mi].kind != M_UNRES && !g->skip[q] &&
                    s->m[mi].modifier != 1 && (named_prep || !is_place(s, &s->m[mi]))) {
                    if (named_prep && is_place(s, &s->m[mi]) && strlen(s->m[mi].code) == 6 &&
                        !strcmp(s->m[mi].code + 3, "GOV"))
                        s->m[mi].code[3] = '\0'; /* "from Tel Aviv": the country */
                    target = mi;
                    pos = s->m[mi].t1;
                    last = q;
                    found = 1;
                    break;
                }
                continue;
            }
            /* a word the element does not match is passed (the tests below only
               pass words over), unless it is a cessation word: asked first */
            if (!class_match(W(s, q), e, d)) {
                if (k > 0 && cessation_word(s, q))
                    break; /* "urged Rwanda to stop supporting the rebels": not "urge * to support $T" */
                if (k > 0 && e->type == E_WORD && d->elems[p->elem + k - 1].type == E_TARGET && target >= 0 &&
                    (((s->gram[q] & (G_BE | G_MODAL | G_FUT)) && s->mid[q] < 0 && s->tok[q].cas == CASE_LOWER) ||
                     (g->isverb[q] && g->v[q].kind == V_FINITE && (!g->v[q].passive || (size_t)g->v[q].chain0 < q))))
                    break; /* "told state radio the curfew was needed \"to keep order\"": a clause of its
                              own after the object, no "tell $T to" */
                continue;
            }
            if (s->mid[q] >= 0 && e->type != E_WORD && s->m[s->mid[q]].head != q)
                continue;
            if (g->adv[q] && !((s->gram[q] & G_TIME) && e->type != E_CLASS && time_next(g, pos, q)))
                continue; /* "at a meeting in Ramstein" is not the pattern's "meeting"; but a
                             pattern may name the day right after its last word: "call $T *
                             {monday|...}" for "called Scholz on Monday" */
            if (e->type == E_CLASS && (int)e->a == ts_class(d, CL_PEJORATIVE) && label_in_object(g, i, q))
                continue; /* "called the coup attempt a gift": the object, not its label */
            if (q < agent_end)
                continue; /* "reinforced by troops": the passive's agent is no object */
            if (p->code[0] == '1' && (p->code[1] == '4' || (p->code[1] == '1' && p->code[2] == '4')) &&
                transfer_to(s, q))
                continue; /* "protested the transfer of the islands to Saudi Arabia": no "protest to $T" */
            if (k == 0 && e->type == E_WORD && !particle_next(g, p, i, q))
                break; /* "broke the ceasefire with Ukraine" is no "break with $T" */
            if (e->type == E_WORD && k + 1 < p->nelem && d->elems[p->elem + k + 1].type == E_TARGET &&
                TOK_IS(s, q, "to") && q + 1 < s->ntok && g->isverb[q + 1] && g->v[q + 1].kind == V_INF &&
                !aid_infinitive(s, q + 1))
                continue; /* "sent police to tighten controls at its border with Bolivia": an infinitive's
                             "to", not "send * police to $T" (but "sent troops to help Estonia") */
            pos = q + 1;
            last = q;
            found = 1;
            if (nat < BLOCK_ELEMS)
                at[nat++] = q;
            break;
        }
        if (!found)
            return 0;
    }
    if ((p->flags & P_BLOCK) && !block_is_object(g, i, at, nat))
        return 0;
    out->p = p;
    out->target = target;
    out->last = last;
    out->subj_filled = subj_filled;
    return 1;
}

#define INQUIRY_OBJ_WORDS 7 /* words between a verb and its object's investigation noun */

/* "launched an investigation into the attack", "opened an inquiry into the
 * fire": the token of verb i's object's investigation noun followed by
 * "into / of / over", or 0. A pattern reaching past it without naming the
 * investigation reads the act inquired into as the verb's own ("launched
 * ... an attack", "opened ... fire"). */
static size_t inquiry_object(const gstate *g, size_t i, size_t end)
{
    const ts_sent *s = g->s;
    for (size_t q = i + 1; q + 1 < end && q < i + INQUIRY_OBJ_WORDS; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (q > i + 1 && g->isverb[q]))
            return 0;
        if (s->mid[q] < 0 && ts_in_class(s->d, W(s, q), CL_INVESTIGATION) &&
            (TOK_IS(s, q + 1, "into") || TOK_IS(s, q + 1, "of") || TOK_IS(s, q + 1, "over")))
            return q;
    }
    return 0;
}

#define PARTICLE_OBJ_WORDS 5 /* words of the object a verb's particle may follow ("pulled its troops back") */

/* A verb particle, as a pattern's first word, that may also stand after a
 * short object: "pull back", "kick out", "call off", "hand over". */
#define NPARTICLES 8
static _Thread_local const ts_lex *particle_lex; /* the lexicon particle_ids are of */
static _Thread_local int32_t particle_ids[NPARTICLES];
static _Thread_local uint64_t particle_bits; /* bit id % 64 of each: most lemmas are none */

static int particle_word(const ts_lex *lx, uint32_t lemma)
{
    static const char *const particles[NPARTICLES] = {"back", "out", "off", "down", "up", "away", "over", "in"};
    if (particle_lex != lx) { /* their ids, looked up once a lexicon and thread */
        particle_bits = 0;
        for (size_t k = 0; k < NPARTICLES; k++) {
            particle_ids[k] = ts_lex_find(lx, ts_hash(particles[k], strlen(particles[k])));
            particle_bits |= 1ull << ((uint32_t)particle_ids[k] & 63);
        }
        particle_lex = lx;
    }
    if (!((particle_bits >> (lemma & 63)) & 1))
        return 0;
    for (size_t k = 0; k < NPARTICLES; k++)
        if ((int32_t)lemma == particle_ids[k])
            return 1;
    return 0;
}

/* Whether the tokens (i, q) are a short object between verb i and a
 * particle at q, and what follows q lets q be the particle: at most
 * PARTICLE_OBJ_WORDS words with no clause, comma or preposition in them
 * and not ending in an article; after q the phrase ends or a preposition,
 * a conjunction or an adverbial comes ("sent troops in Gaza", "flew drones
 * over Gaza" are no particle). Token q's own reading as a verb is not
 * asked. */
static int particle_object(const gstate *g, size_t i, size_t q)
{
    const ts_sent *s = g->s;
    if (q < i + 2 || q > i + 1 + PARTICLE_OBJ_WORDS || q >= s->ntok || s->mid[q] >= 0 ||
        s->tok[q].cas != CASE_LOWER || (s->gram[q - 1] & G_DET))
        return 0;
    for (size_t k = i + 1; k < q; k++)
        if (g->skip[k] || g->adv[k] || hard_boundary(s, k) || ts_is_comma(s, k) ||
            (s->tok[k].kind == TK_PUNCT && !is_poss(s, k)) ||
            (s->mid[k] < 0 && (s->gram[k] & (G_PREP | G_LOC | G_SUB | G_REL | G_CONJ | G_AND | G_TO | G_BY))) ||
            (g->isverb[k] && g->v[k].kind == V_FINITE && !(W(s, k) && (W(s, k)->vform & VF_PART))))
            return 0;
    return q + 1 >= s->ntok || s->tok[q + 1].kind == TK_PUNCT || g->adv[q + 1] ||
           (s->gram[q + 1] & (G_PREP | G_LOC | G_TO | G_AND | G_CONJ | G_SUB));
}

/* Whether verb i has a pattern whose first word is particle word w. */
static int verb_has_particle(const gstate *g, size_t i, const ts_word *w)
{
    const tocsin_dict *d = g->s->d;
    const ts_word *vw = W(g->s, i);
    if (!vw || vw->verb < 0 || (size_t)vw->verb >= d->nverbs)
        return 0;
    const ts_verb *vb = &d->verbs[vw->verb];
    for (uint32_t n = 0; n < vb->count; n++) {
        const ts_pattern *p = &d->pats[d->porder[vb->first + n]];
        if (p->nelem > 0 && class_match(w, &d->elems[p->elem], d))
            return 1;
    }
    return 0;
}

/* find_verbs: "pulled its troops back from the border": a particle that is
 * also a verb ("back") after a short object of a verb with that particle
 * among its patterns is the particle, not a verb of the object ("troops
 * back ..."). */
static void particle_verbs(gstate *g)
{
    const ts_sent *s = g->s;
    /* the verbs only (g->vbits, kept as isverb is) */
    for (size_t q = ts_next_bit(g->vbits, 2, s->ntok); q < s->ntok; q = ts_next_bit(g->vbits, q + 1, s->ntok)) {
        const ts_word *w = W(s, q);
        if (!g->isverb[q] || !w || !particle_word(&s->d->lex, w->lemma))
            continue;
        for (size_t i = q - 2; i + 1 + PARTICLE_OBJ_WORDS >= q; i--) {
            if (g->isverb[i] && g->v[i].kind != V_NONE) {
                if (particle_object(g, i, q) && verb_has_particle(g, i, w)) {
                    g->isverb[q] = 0;
                    g->v[q].kind = V_NONE;
                    g->vbits[q / 64] &= ~(1ull << (q % 64));
                }
                break;
            }
            if (i == 0)
                break;
        }
    }
}

/* "Russia pulled its troops back from the border", "Mali kicked the French
 * ambassador out", "Ankara called its envoy back": pattern p's particle (its
 * first word) after a short object (particle_object) instead of before it.
 * The object is the pattern's second element: its head right before the
 * particle, or a mention for $T; the pattern's other elements follow the
 * particle as usual. Active verbs only. */
static int particle_after_object(gstate *g, const ts_pattern *p, size_t i, size_t end, int subj, pmatch *out)
{
    ts_sent *s = g->s;
    const tocsin_dict *d = s->d;
    const vinfo *v = &g->v[i];
    const ts_elem *e0 = &d->elems[p->elem];
    if (p->nelem == 0 || v->passive || v->incorp > 0 || e0->type != E_WORD || !particle_word(&d->lex, e0->a))
        return 0;
    size_t q = 0;
    for (size_t k = i + 2; k < end && k <= i + 1 + PARTICLE_OBJ_WORDS && !q; k++)
        if (class_match(W(s, k), e0, d) && particle_object(g, i, k))
            q = k;
    if (!q)
        return 0;
    int target = -1;
    if (p->nelem >= 2) {
        const ts_elem *e1 = &d->elems[p->elem + 1];
        if (e1->type == E_TARGET) {
            for (size_t k = i + 1; k < q; k++) {
                int mi = s->mid[k];
                if (mi >= 0 && s->m[mi].t0 == k && (size_t)s->m[mi].t1 <= q && s->m[mi].modifier != 1 &&
                    (s->m[mi].kind != M_UNRES || s->m[mi].sector[0]) && !is_place(s, &s->m[mi]))
                    target = mi; /* the last one: "France's ambassador" */
            }
            if (target < 0)
                return 0;
        } else if (!class_match(W(s, q - 1), e1, d)) {
            return 0;
        }
    }
    size_t last = q;
    if (p->nelem > 2) {
        ts_pattern tail = *p; /* the elements after the object, read from the particle on */
        tail.elem += 2;
        tail.nelem = (uint8_t)(p->nelem - 2);
        tail.flags &= (uint8_t)~P_BLOCK;
        pmatch rest;
        if (!match_pattern(g, &tail, q, end, subj, &rest))
            return 0;
        if (rest.target >= 0)
            target = rest.target;
        last = rest.last;
    }
    out->p = p;
    out->target = target;
    out->last = last;
    out->subj_filled = 0;
    return 1;
}

/* A labour strike's pattern told by the bare noun ("143 extend * strike",
 * "143 hold * strike"): a state, a government or a force that holds, stages
 * or extends strikes, in the plural, strikes from the air ("Israel held
 * strikes on Gaza"; a walkout is "their strike"). "Go on strike" and a strike
 * of a named kind ("general", "nationwide": an element of alternatives) stay. */
static int labour_strike(const tocsin_dict *d, const ts_pattern *p, const ts_verb *vv)
{
    if (strncmp(p->code, "143", 3) || !strcmp(ts_lex_name(&d->lex, (int32_t)vv->lemma), "go"))
        return 0;
    int strike = 0;
    for (uint32_t k = 0; k < p->nelem; k++) {
        const ts_elem *e = &d->elems[p->elem + k];
        if (e->type == E_ALT)
            return 0;
        if (e->type == E_WORD && !strcmp(ts_lex_name(&d->lex, (int32_t)e->a), "strike"))
            strike = 1;
    }
    return strike;
}

static int best_pattern(gstate *g, size_t i, size_t end, int subj, pmatch *out)
{
    ts_sent *s = g->s;
    const tocsin_dict *d = s->d;
    const ts_word *w = W(s, i);
    if (!w || w->verb < 0)
        return 0;
    const ts_verb *vb = &d->verbs[w->verb];
    /* the clause's signature: lemmas (as bloom bits) and classes present */
    uint64_t lem = 0, cls = 0;
    size_t from = i + 1;
    if (g->v[i].passive)
        from = (size_t)g->v[i].chain0 > PASSIVE_OBJ_WORDS ? (size_t)g->v[i].chain0 - PASSIVE_OBJ_WORDS : 0;
    else if (g->v[i].incorp > 0 && (size_t)g->v[i].incorp < from)
        from = (size_t)g->v[i].incorp;
    for (size_t q = from; q < end; q++) {
        const ts_word *x = W(s, q);
        if (x) {
            lem |= 1ull << (x->lemma & 63);
            lem |= 1ull << ((uint32_t)(x - d->lex.w) & 63);
            cls |= x->classes;
        }
    }
    /* "wound down its operations": the other verb's patterns first */
    const ts_verb *past_of = w->past_of && (size_t)w->past_of - 1 < d->nverbs && g->v[i].kind != V_INF
                                 ? &d->verbs[w->past_of - 1]
                                 : NULL;
    size_t inq = (size_t)-1; /* inquiry_object, when first needed */
    for (int pass = past_of ? 0 : 1; pass < 2; pass++) {
        const ts_verb *vv = pass == 0 ? past_of : vb;
        if (pass == 1 && past_of && i + 1 < s->ntok && (TOK_IS(s, i + 1, "up") || TOK_IS(s, i + 1, "down")))
            break; /* "wound up its mission": wind's particle, not "wound" */
        for (uint32_t k0 = 0; k0 < vv->count; k0 += 64) {
            /* the patterns this clause's words allow, in order (the dictionary's
               filter: most fail there, and a test a pattern at a time mispredicts) */
            for (uint64_t ok = ts_pattern_candidates(d, vv, k0, lem, cls); ok; ok &= ok - 1) {
                const ts_pattern *p = &d->pats[d->porder[vv->first + k0 + (uint32_t)__builtin_ctzll(ok)]];
                if (armed_mode(p) >= 0 && subj >= 0 && !g->v[i].passive && !(p->flags & P_SWAP) &&
                    !armed_source(s, subj, armed_mode(p)))
                    continue; /* "Putin landed in Pyongyang": no force's pattern, the visit's */
                if (!match_pattern(g, p, i, end, subj, out) && !particle_after_object(g, p, i, end, subj, out))
                    continue;
                if ((p->flags & P_ORG) && (out->target < 0 || !ts_igo_code(s->m[out->target].code) ||
                                           !strncmp(s->m[out->target].code, "NGO", 3)))
                    continue; /* "left ECOWAS" (160), not "left Kabul" */
                if (subj >= 0 && out->last < s->ntok && TOK_IS(s, out->last, "strikes") && labour_strike(d, p, vv) &&
                    armed_source(s, subj, ARMED_ANY))
                    continue; /* "Israel extended its strikes to Rafah": air strikes, no walkout */
                if (out->last > i + 2 && !g->v[i].passive) {
                    int ib = ts_class(d, CL_INVESTIGATION);
                    if (inq == (size_t)-1) /* the clause's classes hold no investigation noun: none */
                        inq = ib >= 0 && ((cls >> ib) & 1) ? inquiry_object(g, i, end) : 0;
                    if (inq && out->last > inq + 1 && ib >= 0 && !((p->need_cls >> ib) & 1))
                        continue; /* "opened an investigation into the fire": not "open fire" */
                }
                return !(p->flags & P_BLOCK);
            }
        }
    }
    return 0;
}

/* mentions of the group of m, in order */
static size_t group_of(const ts_sent *s, int m, int out[], size_t max)
{
    size_t n = 0;
    if (m < 0)
        return 0;
    int gid = s->m[m].group;
    for (size_t k = 0; k < s->nm && n < max; k++)
        if (s->m[k].group == gid && s->m[k].kind != M_UNRES && s->m[k].code[0])
            out[n++] = (int)k;
    return n;
}

static size_t group_size(const ts_sent *s, int m)
{
    size_t n = 0;
    for (size_t k = 0; k < s->nm; k++)
        if (s->m[k].group == s->m[m].group && s->m[k].kind != M_UNRES)
            n++;
    return n;
}

/* "Each side accused the other": "the other" after the verb at i, whose
 * subject m opens with "each" (mention.c take_each), is "each other". */
static int each_the_other(const ts_sent *s, size_t i, int m)
{
    int a = s->m[m].group >= 0 ? s->m[m].group : m;
    return i + 2 < s->ntok && TOK_IS(s, i + 1, "the") && TOK_IS(s, i + 2, "other") && TOK_IS(s, s->m[a].t0, "each");
}

/* Whether every member of m's compound group is of m's country
 * ("Israelis and Palestinians" are not). */
static int one_country_group(const ts_sent *s, int m)
{
    int g[16];
    size_t n = group_of(s, m, g, 16);
    for (size_t k = 0; k < n; k++)
        if (strncmp(s->m[g[k]].code, s->m[m].code, 3))
            return 0;
    return 1;
}


static int root_of(const char *code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

/* The lemma of the word at token i ("fought" -> "fight"), or "" */
static const char *lemma_of(const ts_sent *s, size_t i)
{
    const ts_word *w = ts_w(s, i);
    return w ? ts_lex_name(&s->d->lex, (int32_t)w->lemma) : "";
}


/* CAMEO's intent forms mirror the acts of roots 05-08 code by code: a pledge
   to share intelligence (064) is 0314, to send arms (072) 0332, to free
   prisoners (0841) 0353, to withdraw troops (0874) 0356. Longest prefix wins. */
static const char *const intent_of_act[][2] = {
    {"050", "032"}, {"051", "032"}, {"052", "032"}, {"053", "032"}, {"054", "032"},
    {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
    {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
    {"081", "0351"}, {"082", "0352"}, {"083", "034"}, {"0831", "0341"}, {"0832", "0342"},
    {"0833", "0343"}, {"0834", "0344"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
    {"087", "0356"},
};

static const char *intent_of_root_act(const char *code, const char *fallback)
{
    const char *best = fallback;
    size_t bestn = 0;
    for (size_t k = 0; k < sizeof intent_of_act / sizeof intent_of_act[0]; k++) {
        size_t n = strlen(intent_of_act[k][0]);
        if (n > bestn && !strncmp(code, intent_of_act[k][0], n)) {
            best = intent_of_act[k][1];
            bestn = n;
        }
    }
    return best;
}

/* intent (consider/plan) or pledge (promise/vow/will) of an act -> its code */
static int intent_code(const char *code, int pledge, char out[6])
{
    int r = root_of(code);
    const char *c = NULL;
    switch (r) {
    case 1: c = !strncmp(code, "014", 3) ? code : NULL; break; /* "would consider the request": considering */
    case 2: c = NULL; break;
    case 3: c = code; break; /* "ready to resolve the dispute" (037): an intent already */
    case 4: c = strncmp(code, "045", 3) ? "036" : "039"; break; /* to mediate: 039 */
    case 5: c = intent_of_root_act(code, "030"); break;
    case 6: c = intent_of_root_act(code, "031"); break;
    case 7: c = intent_of_root_act(code, "033"); break;
    case 8: c = intent_of_root_act(code, "035"); break;
    case 9: c = pledge ? NULL : "014"; break;
    case 13: c = pledge ? code : "014"; break; /* "would respond to any attack" (138): a threat already */
    case 10: case 11: case 12: case 14: c = pledge ? "130" : "014"; break;
    case 16: /* "said it would withdraw its mission within 48 hours": a named measure is the decision;
                "would take countermeasures" (160, no measure named) is a threat */
        c = pledge ? (strncmp(code, "160", 3) ? code : "131") : "014";
        break;
    case 17: c = pledge ? "137" : "014"; break;
    default: c = pledge ? "138" : "014"; break;
    }
    if (!c)
        return 0;
    size_t n = strnlen(c, 5); /* c may be the pattern's own code */
    memmove(out, c, n);
    out[n] = '\0';
    return 1;
}

/* "a Greek-flagged tanker", "a British-owned cargo ship", "a Dubai-based firm": a country named as
 * the flag or owner of a craft (mention mi, then "-" and the participle). */
static int flag_of(const ts_sent *s, int mi)
{
    static const ts_lit flags[] = {LIT("flagged"), LIT("owned"), LIT("registered"), LIT("operated"), LIT("based")};
    const ts_mention *m = &s->m[mi];
    return (m->kind == M_ADJ || m->kind == M_NAME) && strlen(m->code) >= 3 && !ts_igo_code(m->code) &&
           (size_t)m->t1 + 1 < s->ntok && TOK_IS(s, m->t1, "-") &&
           ts_tok_in(s, (size_t)m->t1 + 1, flags, sizeof flags / sizeof flags[0]);
}

/* "seized the MSC Aries, a Portuguese-flagged container ship": a craft named
 * right after verb i (a few capitalised words) whose flag or owner an
 * apposition names. Its mention, or -1. */
#define CRAFT_NAME_WORDS 4 /* words of a ship's name */
static int appositive_flag(const gstate *g, size_t i, size_t end, int src)
{
    const ts_sent *s = g->s;
    size_t q = past_det(s, i + 1, end), n = 0;
    while (q < end && n < CRAFT_NAME_WORDS && s->mid[q] < 0 && s->tok[q].kind == TK_WORD && s->tok[q].cas != CASE_LOWER) {
        q++;
        n++;
    }
    if (n == 0 || q >= end || !ts_is_comma(s, q))
        return -1;
    size_t d = past_det(s, q + 1, end);
    int m = d < end ? s->mid[d] : -1;
    return m >= 0 && m != src && s->m[m].t0 == d && flag_of(s, m) && strncmp(s->m[m].code, s->m[src].code, 3) ? m : -1;
}

/* "Estonia was hit by a massive cyber attack from Russia": after a passive's
 * "by" at q - 1, a cyber attack told as a noun (a few words with a cyber word
 * or "cyberattack") then "from" or "by" and its doer: the doer's mention, or -1. */
#define CYBER_ATTACK_WORDS 4 /* words of the attack's noun phrase */
static int cyber_attack_from(const gstate *g, size_t q, size_t end)
{
    const ts_sent *s = g->s;
    int cyber = 0;
    for (size_t k = q; k < end && k < q + CYBER_ATTACK_WORDS; k++) {
        if (s->mid[k] >= 0 || s->tok[k].kind != TK_WORD || s->tok[k].cas != CASE_LOWER)
            return -1;
        cyber |= ts_tok_in(s, k, cyber_words, CYBER_WORDS_N);
        if (cyber && k + 2 < end && (TOK_IS(s, k + 1, "from") || TOK_IS(s, k + 1, "by"))) {
            size_t d = past_det(s, k + 2, end);
            int m = d < end ? s->mid[d] : -1;
            return m >= 0 && s->m[m].t0 == d && (s->m[m].kind == M_NAME || s->m[m].kind == M_ADJ) ? m : -1;
        }
    }
    return -1;
}

static int find_by_agent(gstate *g, size_t i, size_t end)
{
    ts_sent *s = g->s;
    for (size_t k = i + 1; k + 1 < end; k++)
        if ((s->gram[k] & G_BY)) {
            size_t q = past_det(s, k + 1, end);
            if (q < end && s->mid[q] >= 0)
                return s->mid[q];
            int from = cyber_attack_from(g, q, end);
            if (from >= 0)
                return from; /* "was hit by a cyber attack from Russia" */
            for (size_t b = q + 3; b < end && b <= q + CYBER_CREW_SPAN + 5; b++)
                if (s->mid[b] >= 0) /* "were breached by hackers linked to Iran" */
                    return s->m[s->mid[b]].t0 == b && cyber_crew_of(s, q, b, s->mid[b]) ? s->mid[b] : -1;
            return -1;
        }
    return -1;
}

/* People who cannot bear arms (civilians, workers, an opposition, students,
 * doctors, clergy): a blockade of theirs is a protest's (144), not a siege. */
static int civil_people(const ts_mention *x)
{
    const char *sec = x->kind == M_UNRES ? x->sector : strlen(x->code) == 6 ? x->code + 3 : "";
    static const char civil[][4] = {"CVL", "OPP", "LAB", "EDU", "HLH", "REL"};
    for (size_t k = 0; k < sizeof civil / sizeof civil[0]; k++)
        if (!strcmp(sec, civil[k]))
            return 1;
    return 0;
}

/* People are never a place: "fired tear gas at protesters in Nairobi". */
static int is_people(const ts_mention *m)
{
    if (m->kind == M_UNRES) /* "fired tear gas at protesters marching on ..." */
        return m->sector[0] && strstr(PEOPLE_SECTORS, m->sector) != NULL;
    return (m->kind == M_NAME || m->kind == M_PRON) && strlen(m->code) == 6 && strstr(PEOPLE_SECTORS, m->code + 3);
}

/* A town named by a part of it: "the streets of Bamako", "the centre of
 * Minsk" (where a crowd is, for adopt_country; a force's goal stays a target). */
static int town_part_of(const ts_sent *s, const ts_mention *m)
{
    static const ts_lit parts[] = {LIT("streets"), LIT("street"), LIT("squares"), LIT("centre"),
                                   LIT("center"),  LIT("outskirts"), LIT("suburbs")};
    return m->t0 >= 2 && TOK_IS(s, m->t0 - 1, "of") && ts_tok_in(s, m->t0 - 2, parts, sizeof parts / sizeof parts[0]);
}

static int is_place(const ts_sent *s, const ts_mention *m)
{
    if (is_people(m))
        return 0;
    /* "in eastern Ukraine", "in the Gulf of Oman", "at the Kursk border" */
    size_t b = m->t0;
    int war = ts_class(s->d, CL_WAR), attack = ts_class(s->d, CL_ATTACK);
    for (int steps = 0; b > 0 && steps < 5; steps++) {
        uint32_t pg = s->gram[b - 1];
        if ((pg & G_LOC) && !(pg & G_PREP)) {
            /* "a war in Ukraine", "strikes in Gaza": the place is the target */
            const ts_word *w = b >= 2 ? ts_w(s, b - 2) : NULL;
            if (w && ((war >= 0 && ((w->classes >> war) & 1)) || (attack >= 0 && ((w->classes >> attack) & 1))) &&
                (TOK_IS(s, b - 1, "in") || TOK_IS(s, b - 1, "on")) && !TOK_IS(s, m->t1, "border"))
                return 0; /* but "a raid near the Afghan border" is a place */
            return 1;
        }
        if ((TOK_IS(s, b - 1, "into") && !(m->person && m->kind == M_NAME)) || /* "a probe into President X" */
            TOK_IS(s, b - 1, "from") || TOK_IS(s, b - 1, "across") ||
            TOK_IS(s, b - 1, "through")) /* "marched through Novi Sad" */
            return 1;
        if (b >= 2 && s->tok[b - 1].kind == TK_PUNCT && s->mid[b - 2] >= 0 &&
            s->m[s->mid[b - 2]].modifier == 2) {
            b = s->m[s->mid[b - 2]].t0; /* "in Russia's Kursk region" */
            continue;
        }
        const ts_tok *t = &s->tok[b - 1];
        int lower_adj = t->kind == TK_WORD && t->cas == CASE_LOWER && !(pg & ~(G_DET | G_ADV | G_TIME)) &&
                        s->mid[b - 1] < 0 && !(ts_w(s, b - 1) && ts_w(s, b - 1)->verb >= 0);
        if ((pg & G_DET) || TOK_IS(s, b - 1, "of") || lower_adj || (t->kind == TK_WORD && t->cas != CASE_LOWER && s->mid[b - 1] < 0))
            b--;
        else
            break;
    }
    /* "Gulf of Oman", "University of Tokyo": part of another name */
    if (m->t0 >= 2 && TOK_IS(s, m->t0 - 1, "of") && s->tok[m->t0 - 2].kind == TK_WORD &&
        s->tok[m->t0 - 2].cas != CASE_LOWER && s->mid[m->t0 - 2] < 0)
        return 1;
    return 0;
}

/* "for the killing of", "over the death of": what follows is a victim. */
static int victim_frame(const ts_sent *s, size_t of)
{
    size_t k = of;
    int nouns = 0;
    while (k > 0 && nouns < 3 && !(s->gram[k - 1] & (G_PREP | G_LOC)) && s->mid[k - 1] < 0) {
        k--;
        if (!(s->gram[k] & G_DET))
            nouns++;
    }
    return k > 0 && (TOK_IS(s, k - 1, "for") || TOK_IS(s, k - 1, "over"));
}

/* "vowed to avenge the killing of its top commander in an Israeli strike",
 * "vowed to avenge Soleimani's death", "revenge for the deaths of their
 * fighters": the one whose death a threat (verb i, root 13) would avenge is
 * its victim, not its target. Mention m, after the verb. */
#define AVENGED_WORDS 3 /* "of" to the victim: "of its top commander" */
static int avenged_victim(const gstate *g, size_t i, int m)
{
    const ts_sent *s = g->s;
    static const ts_lit death[] = {LIT("killing"), LIT("killings"),       LIT("death"),  LIT("deaths"),
                                   LIT("murder"),  LIT("assassination"), LIT("martyrdom")};
    if (g->v[i].root != 13)
        return 0;
    size_t t0 = s->m[m].t0, t1 = s->m[m].t1, k = t0;
    while (k > i + 1 && k + AVENGED_WORDS > t0 && s->mid[k - 1] < 0 && !TOK_IS(s, k - 1, "of") &&
           s->tok[k - 1].kind == TK_WORD && s->tok[k - 1].cas == CASE_LOWER && !g->isverb[k - 1] &&
           !(s->gram[k - 1] & (G_PREP | G_LOC | G_BY | G_AND)))
        k--; /* "its top", "their" */
    size_t noun = 0;
    if (k > i + 2 && TOK_IS(s, k - 1, "of") && ts_tok_in(s, k - 2, death, sizeof death / sizeof death[0]))
        noun = k - 2; /* "the killing of (its top) commander" */
    else if (t1 + 1 < s->ntok && is_poss(s, t1) && ts_tok_in(s, t1 + 1, death, sizeof death / sizeof death[0]))
        noun = t0; /* "Soleimani's killing" */
    if (!noun)
        return 0;
    size_t b = noun;
    while (b > i + 1 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--;
    if (b == 0)
        return 0;
    const char *l = lemma_of(s, b - 1);
    return !strcmp(l, "avenge") || !strcmp(l, "revenge") || TOK_IS(s, b - 1, "for") || TOK_IS(s, b - 1, "over");
}

/* "vowed to avenge the killing of its commander in an Israeli strike": the
 * striker named by the adjective of the attack that killed, after a death
 * noun, is the threat's target (verb i, root 13; mention m). */
static int avenged_killer(const gstate *g, size_t i, int m)
{
    const ts_sent *s = g->s;
    size_t t0 = s->m[m].t0, t1 = s->m[m].t1;
    int attack = 0; /* the attack noun: after the actor ("Israeli strike", "U.S. drone strike"), or its head */
    for (size_t q = t0 + 1; g->v[i].root == 13 && q < s->ntok && q <= t1 + 1 && !attack; q++)
        attack = ts_in_class(s->d, W(s, q), CL_ATTACK) || ts_in_class(s->d, W(s, q), CL_AIRSTRIKE);
    if (!attack)
        return 0;
    size_t b = t0;
    while (b > i + 1 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--;
    if (b <= i + 1 || !(TOK_IS(s, b - 1, "in") || TOK_IS(s, b - 1, "by")))
        return 0;
    for (size_t q = i + 1; q + 1 < b; q++)
        if (TOK_IS(s, q, "killing") || TOK_IS(s, q, "killings") || TOK_IS(s, q, "death") || TOK_IS(s, q, "deaths") ||
            TOK_IS(s, q, "assassination"))
            return 1;
    return 0;
}

/* A quotation closing with its comma between tokens a and b: '...," X said'. */
static int speech_closes(const ts_sent *s, size_t a, size_t b)
{
    for (size_t k = a + 1; k + 1 < b && k < s->ntok; k++)
        if ((ts_is_comma(s, k) && is_quote(s, k + 1)) || (is_quote(s, k) && ts_is_comma(s, k + 1)))
            return 1;
    return 0;
}

/* Forces a deployment sends: "send troops", "deploy warships" (threat_recipient, soldiers_after). */
static const ts_lit sent_forces[] = {LIT("troops"), LIT("soldiers"), LIT("forces"), LIT("warships"),
                                     LIT("army"),   LIT("marines"),  LIT("tanks")};
#define SENT_FORCES_N (sizeof sent_forces / sizeof sent_forces[0])

/* "threatened to ship rockets to Pyongyang": the party that would receive
 * is not the one threatened (nor is "threatened to arm the rebels"' rebels) */
static int threat_recipient(const ts_sent *s, size_t i, const ts_mention *m)
{
    static const char *const give[] = {"supply", "send", "sell", "deliver", "provide", "give",
                                       "transfer", "ship", "hand", "export", "arm"};
    size_t b = np_start(s, m->t0);
    if (b <= i + 2)
        return 0;
    for (size_t k = i + 1; k + 1 < b; k++) {
        if (!TOK_IS(s, k, "to"))
            continue;
        /* "threatened to send troops to northern Kosovo": forces sent into a
           part of it, at it; "to send troops to Belarus" sends them to a host */
        int part = 0;
        for (size_t q = b >= 1 ? b - 1 : b; q < (size_t)m->t0 + 1 && q < s->ntok && !part; q++)
            part = ts_compass_word(s, q);
        for (size_t q = k + 2; part && q + 1 < b; q++)
            if (ts_tok_in(s, q, sent_forces, SENT_FORCES_N))
                return 0;
        for (size_t n = 0; n < sizeof give / sizeof give[0]; n++)
            if (ts_tok_is(s, k + 1, give[n], strlen(give[n])))
                return !strcmp(give[n], "arm") ? k + 2 == b
                                               : TOK_IS(s, b - 1, "to") || TOK_IS(s, b - 1, "for");
        return 0; /* "threatened to attack ships bound for Israel": the first verb decides */
    }
    return 0;
}

#define NEEDY_WORDS 3 /* "to (the) flood victims": words between "to" and the people */
static const ts_lit needy[] = {LIT("victims"),   LIT("survivors"), LIT("people"),      LIT("families"),
                               LIT("displaced"), LIT("those"),     LIT("communities"), LIT("population"),
                               LIT("hospital"),  LIT("hospitals")}; /* also "to a hospital in Gaza" */
#define NEEDY_N (sizeof needy / sizeof needy[0])

/* The handing out of aid, or where it is given: the word a place after "in"
 * gives to ("aid deliveries in Gaza", "a field hospital in Gaza"); aid itself
 * sent "in" a place names no recipient ("Japan sent aid in Turkey"). */
static int aid_thing(const ts_sent *s, size_t k)
{
    static const ts_lit things[] = {LIT("delivery"), LIT("deliveries"), LIT("distribution"), LIT("distributions"),
                                    LIT("airdrop"),  LIT("airdrops"),   LIT("hospital"),
                                    LIT("hospitals"), LIT("clinic"),    LIT("clinics"),      LIT("kitchen"),
                                    LIT("kitchens")};
    return ts_tok_in(s, k, things, sizeof things / sizeof things[0]);
}

/* "airdropped food into Gaza", "sent aid trucks into northern Syria": what
 * a giving verb (07) delivers into a place goes to that place's people, who
 * are the target, where "into" otherwise marks a place only; so does what it
 * gives to people in need in a place ("aid to earthquake victims in Turkey"). */
static int aid_destination(const gstate *g, size_t i, const ts_mention *m)
{
    const ts_sent *s = g->s;
    /* aid given (07) or pledged and offered (03: "pledged 10 million pounds
       to help flood victims in Libya") */
    if ((g->v[i].root != 7 && g->v[i].root != 3) || is_people(m))
        return 0;
    size_t b = m->t0;
    while (b > i + 1 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--;
    if (b > i + 3 && TOK_IS(s, b - 1, "in") && s->mid[b - 2] < 0 && ts_tok_in(s, b - 2, needy, NEEDY_N)) {
        /* "provided emergency aid to earthquake victims in Turkey": people in need there */
        for (size_t q = b - 2; q > i + 1 && b - 2 - q < NEEDY_WORDS; q--)
            if (TOK_IS(s, q - 1, "to") || TOK_IS(s, q - 1, "for"))
                return 1;
    }
    b = m->t0;
    while (b > i + 1 && ((s->gram[b - 1] & G_DET) || ts_compass_word(s, b - 1)) && s->mid[b - 1] < 0)
        b--;
    int sj = g->v[i].subj;
    if (g->v[i].root == 7 && b > i + 2 && TOK_IS(s, b - 1, "in") && s->mid[b - 2] < 0 && aid_thing(s, b - 2) &&
        sj >= 0 && strlen(s->m[sj].code) >= 3 && strlen(m->code) >= 3 && strncmp(s->m[sj].code, m->code, 3))
        return 1; /* "resumed aid deliveries in Gaza", "opened a field kitchen in northern Syria":
                     aid handed out there, abroad ("announced new aid in Berlin" is
                     Germany's news, "pledged aid at a conference in Paris" no gift to France) */
    b = m->t0;
    for (int steps = 0; b > i + 1 && steps < 3; steps++, b--)
        if (!((s->gram[b - 1] & G_DET) || (s->tok[b - 1].kind == TK_WORD && s->tok[b - 1].cas == CASE_LOWER &&
                                            !s->gram[b - 1] && s->mid[b - 1] < 0)))
            break; /* "into (the) northern Gaza" */
    return b > i + 1 && TOK_IS(s, b - 1, "into");
}

static void joint_mediator(gstate *g, size_t i, const vcode *vc, const int *srcs, size_t ns, const int *tgts,
                           size_t nt);
static size_t hyphen_partner(const ts_sent *s, int t, int src, int *out);
static void nominal_mediator(gstate *g);
static void emit_mediators(gstate *g, const int *meds, size_t nm, const int *parties, size_t np, size_t at,
                           unsigned flags, const char *rule);
static int story_talks_noun(const ts_sent *s, size_t k);
#define STORY_TALKS_WORDS 3 /* "the talks", "the ongoing peace talks": words from "the" to its noun */

static int act_by(const gstate *g, size_t i, size_t by);
static size_t act_object_by(const gstate *g, size_t i, int t);

#define OWNER_BY_WORDS 6 /* from a participle to its "by" */

/* "rejected the agreement signed by Ukraine", "condemned the plan proposed
 * by Israel": the object of verb i is a thing that a participle right after
 * it gives to its maker, the mention after "by" at token by (the first
 * mention mi of the sentence after the verb). The verb acts on the maker.
 * Brokers and hosts are not makers (third_party_phrase); nor is an agent
 * after another clause's verb. */
static int owner_by(const gstate *g, size_t i, size_t by, size_t end, int mi)
{
    const ts_sent *s = g->s;
    for (size_t q = by; q > i + 2 && by - q < OWNER_BY_WORDS; q--) {
        size_t p = q - 1;
        if (hard_boundary(s, p) || ts_is_comma(s, p) || s->mid[p] >= 0)
            return 0;
        if (g->isverb[p]) {
            const ts_word *w = W(s, p);
            if (!w || !(w->vform & VF_PART) || (w->vform & VF_ING))
                return 0;
            for (size_t k = i + 1; k < p; k++)
                if (g->isverb[k] || s->mid[k] >= 0 || hard_boundary(s, k) || ts_is_comma(s, k))
                    return 0;
            return reduced_agent(g, p, end) == mi;
        }
    }
    return 0;
}

/* "voted to demand that the government expel US troops", "demanded that
 * the authorities kick out the French ambassador": a demand that one's own
 * government expel a foreign party is aimed at that party, not at the
 * government asked to act. Returns the expelled party's mention, else -1. */
#define EXPEL_OBJECT_WORDS 6 /* words from the verb of expulsion to its object */
static int expulsion_demanded(gstate *g, size_t i, size_t end, int src)
{
    ts_sent *s = g->s;
    if (src < 0 || strlen(s->m[src].code) < 3)
        return -1;
    if (end > s->ntok)
        end = s->ntok;
    for (size_t q = i + 1; q < end; q++) {
        int mq = s->mid[q];
        if (mq >= 0 && s->m[mq].t0 == q && s->m[mq].kind == M_NAME && strlen(s->m[mq].code) >= 3 &&
            strncmp(s->m[mq].code, s->m[src].code, 3))
            return -1; /* another country asked to act ("that Washington withdraw"): the usual target */
        const char *l = lemma_of(s, q);
        if (!l || !(!strcmp(l, "expel") || !strcmp(l, "evict") || !strcmp(l, "oust") ||
                    (!strcmp(l, "kick") && q + 1 < end && TOK_IS(s, q + 1, "out"))))
            continue;
        for (size_t k = q + 1; k < end && k <= q + EXPEL_OBJECT_WORDS; k++) {
            int mk = s->mid[k];
            if (mk >= 0 && s->m[mk].t0 == k && mk != src && s->m[mk].kind == M_NAME &&
                strlen(s->m[mk].code) >= 3 && strncmp(s->m[mk].code, s->m[src].code, 3) && !is_place(s, &s->m[mk]))
                return mk;
        }
        return -1;
    }
    return -1;
}

/* Whether token k is the head of people the verb's object names from token
 * `from`, with what they are charged with or did after it: "arrested 12
 * people accused of spying for Israel", "detained two men suspected of links
 * to ISIS", "held three men on suspicion of ...". The party their charge
 * names is not the object (people_object may name the people). */
static int charged_people(const ts_sent *s, size_t from, size_t k, size_t end)
{
    if (k + 1 >= end || k > from + 4 || s->mid[k] >= 0 || s->tok[k].kind != TK_WORD || s->tok[k].cas != CASE_LOWER ||
        s->tok[k + 1].kind != TK_WORD)
        return 0; /* (asked of every token of an object: the cheap tests first) */
    const ts_word *nw = ts_w(s, k + 1);
    const ts_word *nw2 = k + 2 < end ? ts_w(s, k + 2) : NULL;
    if (!(TOK_IS(s, k + 1, "who") || TOK_IS(s, k + 1, "on") || TOK_IS(s, k + 1, "for") ||
          (nw && (nw->vform & VF_PART) && !(nw->vform & VF_BASE) && s->tok[k + 1].cas == CASE_LOWER) ||
          (TOK_IS(s, k + 1, "with") && k + 2 < end && s->tok[k + 2].cas == CASE_LOWER && s->tok[k + 2].len > 4 &&
           ((nw2 && (nw2->vform & VF_ING)) || !memcmp(s->text + s->tok[k + 2].off + s->tok[k + 2].len - 3, "ing", 3)))) ||
        !person_noun(s, k))
        return 0; /* (also "charged three men with spying for Russia") */
    size_t q = from;
    while (q < k && (s->tok[q].kind == TK_NUM || (s->gram[q] & (G_DET | G_QUANT | G_ADV)) || TOK_IS(s, q, "of") ||
                     TOK_IS(s, q, "than") ||
                     (s->tok[q].kind == TK_WORD && s->tok[q].cas == CASE_LOWER && !s->gram[q] && s->mid[q] < 0)))
        q++;
    return q == k;
}

static int first_target(gstate *g, size_t i, size_t end, int src)
{
    ts_sent *s = g->s;

    for (size_t k = i + 1; k < end; k++) {
        if (TOK_IS(s, k, "during") || TOK_IS(s, k, "amid"))
            return -1; /* "called for a ceasefire during a visit to Cairo": the rest is circumstance */
        if (s->mid[k] < 0 && k <= i + 5 && s->tok[k].cas == CASE_LOWER && charged_people(s, i + 1, k, end))
            return -1;
        int mi = s->mid[k];
        if (mi < 0 || g->skip[k] || s->m[mi].t0 != k)
            continue;
        if (mi == src)
            continue;
        if (avenged_victim(g, i, mi))
            continue; /* "vowed to avenge the killing of its top commander", "avenge Soleimani's killing" */
        if (s->m[mi].kind != M_UNRES && s->m[mi].code[0] && avenged_killer(g, i, mi) &&
            !(src >= 0 && !strncmp(s->m[mi].code, s->m[src].code, 3)))
            return mi; /* "... the killing of its commander in an Israeli strike": the striker */
        if (k > 0 && TOK_IS(s, k - 1, "what") && (size_t)s->m[mi].t1 < s->ntok && label_verb(s, s->m[mi].t1))
            continue; /* "struck what New Delhi called a training camp": the label's speaker */
        if (g->v[i].root == 14 && after_transfer_to(s, k))
            continue; /* "rallied against the handover of villages to Azerbaijan": the receiver */
        if (g->v[i].root == 14 && src >= 0 && (!state_or_armed(s, src) || s->m[src].people) && deal_partner(s, k))
            continue; /* a crowd "rallied calling for a hostage deal with Hamas": the deal's other party;
                         but a delegation that "stormed out of the meeting with Israel" */
        if (src >= 0 && (size_t)s->m[mi].t1 < end && is_poss(s, s->m[mi].t1) &&
            strlen(s->m[src].code) >= 3 && !strncmp(s->m[mi].code, s->m[src].code, 3)) {
            /* "suspended Georgia's talks on joining the European Union": its own talks, with the other */
            int other = 0;
            for (size_t q = s->m[mi].t1; q < end && !other; q++)
                other = s->mid[q] >= 0 && s->m[s->mid[q]].kind == M_NAME && strlen(s->m[s->mid[q]].code) >= 3 &&
                        strncmp(s->m[s->mid[q]].code, s->m[src].code, 3) && !is_place(s, &s->m[s->mid[q]]);
            if (other)
                continue;
        }
        if ((size_t)s->m[mi].t1 < s->ntok && is_poss(s, s->m[mi].t1)) {
            size_t b = np_start(s, k);
            if (b > i + 1 && TOK_IS(s, b - 1, "as"))
                continue; /* "which he described as Ukraine's closest partner": the complement's */
        }
        if (s->m[mi].kind == M_UNRES && (TOK_IS(s, s->m[mi].t1, "of") || TOK_IS(s, s->m[mi].t1, "from")) &&
            !(TOK_IS(s, s->m[mi].t1, "from") && !strcmp(s->m[mi].sector, "REF"))) {
            /* (but "took in 2,000 refugees from Sudan": the refugees, whose
               country the place after "from" gives, are the party) */
            size_t q = past_det(s, (size_t)s->m[mi].t1 + 1, end);
            if (q < end && s->mid[q] >= 0 && s->m[s->mid[q]].kind != M_UNRES && s->m[s->mid[q]].code[0])
                continue; /* "two diplomats of the Japanese government": the named one */
            size_t c = q;
            while (c < end && c < q + EXAMPLE_GROUP_WORDS && !ts_is_comma(s, c) && !g->isverb[c])
                c++;
            if (c < end && ts_is_comma(s, c) && unnamed_group_examples(s, c))
                continue; /* "envoys from four states, including Kenya and Ghana" */
        }
        if ((size_t)s->m[mi].t1 < end && ts_is_comma(s, s->m[mi].t1) && unnamed_group_examples(s, s->m[mi].t1))
            continue; /* "envoys from four states, including Kenya and Ghana": the named ones */
        if (s->m[mi].kind == M_UNRES || !s->m[mi].code[0]) {
            /* the object is an actor we cannot name: no target rather than a wrong one */
            if (!is_place(s, &s->m[mi]))
                return s->m[mi].sector[0] ? mi : -1;
            continue;
        }
        int aid_to = aid_destination(g, i, &s->m[mi]);
        if (is_place(s, &s->m[mi]) && !aid_to)
            continue;
        size_t b = k;
        while (b > i + 1 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
            b--;
        if (b > 0 && (s->gram[b - 1] & G_LOC) && !(s->gram[b - 1] & G_PREP) && !is_people(&s->m[mi]) && !aid_to)
            continue; /* a place: "in Ukraine" */
        if (b > 0 && (s->gram[b - 1] & G_BY) &&
            (g->v[i].root == 13 || g->v[i].root == 9 || g->v[i].root == 10 || g->v[i].root == 2 ||
             g->v[i].root == 11) &&
            act_by(g, i, b - 1))
            return mi; /* "vowed to avenge the killing of its commander by Israel", "an inquiry into
                          abuses by the security forces", "demanded an end to attacks by X": the doer */
        if (b > 0 && (s->gram[b - 1] & G_BY) && !third_party_phrase(s, mi, 1) && owner_by(g, i, b - 1, end, mi))
            return mi; /* "rejected the agreement signed by Ukraine": the thing's maker */
        if ((b > 0 && (s->gram[b - 1] & G_BY)) || third_party_phrase(s, mi, 1))
            continue; /* "a truce brokered by Egypt and Qatar", "with the help of China" */
        if (s->m[mi].modifier == 1 && !s->m[mi].weapon)
            continue; /* but "condemned the North Korean missile launch": its forces */
        if (src >= 0 && s->m[mi].resolved && !strncmp(s->m[mi].code, s->m[src].code, 3) &&
            (!strcmp(s->m[mi].code, s->m[src].code) || k == 0 || !TOK_IS(s, k - 1, "the") || g->v[i].root != 2))
            continue; /* "recalled its ambassador": the subject's own (but an appeal, "urged the protesters": its people) */
        if (src >= 0 && s->m[mi].kind == M_ADJ && !strncmp(s->m[mi].code, s->m[src].code, 3))
            continue; /* "Kabul ... Afghan territory": the subject's own */
        if (k >= 3 && TOK_IS(s, k - 1, "of") && victim_frame(s, k - 1))
            continue; /* "revenge for the assassination of X": X is the victim */
        if (k >= 3 && TOK_IS(s, k - 1, "of") && (size_t)s->m[mi].t1 + 1 < end && TOK_IS(s, s->m[mi].t1, "by") &&
            act_by(g, i, (size_t)s->m[mi].t1))
            continue; /* "an end to the bombardment of Gaza by Israel": the doer after "by" */
        if (g->v[i].root == 11 && act_object_by(g, i, mi))
            continue; /* "denounced the strikes on Syria by the US", "the downing of the Russian jet by
                         Turkey": the judged act's doer after "by" */
        {
            size_t b2 = np_start(s, k);
            if (b2 > 0 && (TOK_IS(s, b2 - 1, "alongside") || TOK_IS(s, b2 - 1, "beside")))
                continue; /* "fighting alongside Russian forces": an ally */
        }
        return mi;
    }
    return -1;
}

static void copy_code(char *dst, const char *src, size_t cap)
{
    size_t n = strnlen(src, cap - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* A mention the grammar adds: an actor with code over tokens [t0, t1)
 * (none: 0, 0); -1 when the sentence is full. */
/* The government of a code's country: "KEN..." -> "KENGOV". */
static void country_gov(const char *code, char gov[7])
{
    memcpy(gov, code, 3);
    memcpy(gov + 3, "GOV", 4);
}

static int add_actor(ts_sent *s, const char *code, size_t t0, size_t t1)
{
    return ts_mention_new(s, t0, t1, t0, M_NAME, code);
}

/* An actor the story remembers and the sentence does not name: a mention of
 * no tokens, marked resolved (as a pronoun's is). */
static int add_remembered(ts_sent *s, const char *code)
{
    int m = add_actor(s, code, 0, 0);
    if (m >= 0)
        s->m[m].resolved = 1;
    return m;
}

/* The party a denial by src answers: the story's accuser of src's country,
 * else (unless accused_only: "denied shelling the town" names what was
 * denied, not to whom) the story's last actor of another country. */
static int context_actor(ts_sent *s, int src, int accused_only)
{
    /* the story's last accusation against this actor's country: its accuser */
    if (s->ctx->accuser[0] && !strncmp(s->ctx->accused, s->m[src].code, 3) &&
        strcmp(s->ctx->accuser, s->m[src].code) &&
        (strncmp(s->ctx->accuser, s->m[src].code, 3) || !strcmp(s->ctx->accused, s->m[src].code))) {
        /* another country's accuser, or at home the accused itself answering
           ("Abiy accused the TPLF ...; the TPLF denied the accusation") */
        int m = add_remembered(s, s->ctx->accuser);
        if (m >= 0 && s->ctx->accuser2[0] && strncmp(s->ctx->accuser2, s->m[src].code, 3) &&
            strncmp(s->ctx->accuser2, s->ctx->accuser, 3)) {
            int m2 = add_actor(s, s->ctx->accuser2, 0, 0); /* both accusers, one group */
            if (m2 >= 0) {
                s->m[m2].resolved = 1;
                s->m[m2].group = (int16_t)s->m[m].group;
            }
        }
        return m;
    }
    if (s->ctx->accuser[0] || accused_only)
        return -1; /* an accusation was made, of someone else: not this denial's */
    for (int k = 0; k < 4; k++) {
        const char *c = s->ctx->recent[k];
        if (!c[0] || !strncmp(c, s->m[src].code, 3))
            continue;
        int m = add_remembered(s, c);
        return m;
    }
    return -1;
}

/* The story's other attackers of its last attack, in the group of m, the
 * attacker's mention: "Iran condemned the action", after "The United States
 * and Britain launched strikes", condemns both. Not the judge itself. */
static void add_co_attackers(ts_sent *s, int m, const char *judge)
{
    if (m < 0)
        return;
    for (int j = 0; j < 2; j++) {
        const char *c = s->ctx->co_attacker[j];
        if (!c[0] || (judge && !strncmp(c, judge, 3)))
            continue;
        int m2 = add_actor(s, c, 0, 0);
        if (m2 < 0)
            return;
        s->m[m2].resolved = 1;
        s->m[m2].group = (int16_t)s->m[m].group;
    }
}

/* The party the story remembers as who (its asker, its attacker) of whom,
 * when whom is src's country and who is not: a refusal that names no party
 * answers the last appeal made of its country ("Washington asked Mexico to
 * extradite him. Sheinbaum ruled it out"); a vow of retaliation aims at the
 * last party to use force on it ("Pakistani jets struck Afghan border posts.
 * Kabul vowed to retaliate"). A new mention, or -1. */
static int remembered_actor(ts_sent *s, int src, const char *who, const char *whom)
{
    if (!who[0] || strncmp(whom, s->m[src].code, 3) || !strncmp(who, s->m[src].code, 3))
        return -1;
    int m = add_remembered(s, who);
    return m;
}

/* "Iran threatened to pull out of the deal", "France warned it would not
 * stand idly by", "said it would respond to any attack on its nationals":
 * a threat, vow or refusal to tolerate that names no party (threats told in
 * idioms, families7-threats.txt) is aimed at the story's other party: the
 * other of the story's last pair the speaker is in, else the story's latest
 * other state. Only states threaten so; a new mention, or -1. */
static int story_threatened(ts_sent *s, int src)
{
    const char *sc = s->m[src].code, *c = NULL;
    if (strlen(sc) < 3 || ts_igo_code(sc) || !strncmp(sc, "WST", 3))
        return -1;
    if (strlen(sc) == 6 && strcmp(sc + 3, "GOV") && strcmp(sc + 3, "MIL") && strcmp(sc + 3, "REB"))
        return -1; /* "Kenyan doctors threatened a nationwide strike": at home, not at the story's other state */
    const char *at = s->ctx->attacker;
    if (strlen(at) == 6 && !strncmp(s->ctx->attacked, sc, 3) && !strncmp(at, sc, 3) &&
        (!strcmp(at + 3, "REB") || !strcmp(at + 3, "INS")))
        c = at; /* rebels who attacked at home: "Turkey said it would not tolerate a terror corridor" */
    for (int k = 0; k < 2 && !c; k++)
        if (!strncmp(s->ctx->pair[k], sc, 3) && strlen(s->ctx->pair[1 - k]) >= 3 &&
            strncmp(s->ctx->pair[1 - k], sc, 3) && strncmp(s->ctx->pair[1 - k], "WST", 3))
            c = s->ctx->pair[1 - k];
    if (!c)
        c = ts_ctx_other_state(s->ctx, sc);
    if (!c)
        return -1;
    int m = add_remembered(s, c);
    return m;
}

/* The verbs whose threat, told with no party, is at the story's other party
 * (story_threatened): not a bare "warned", which as often passes on news. */
static int idiom_threat_verb(const ts_sent *s, size_t i)
{
    static const char *const verbs[] = {"threaten", "vow", "pledge", "tolerate", "stand", "sit", "remain", "respond"};
    const char *l = lemma_of(s, i);
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
        if (!strcmp(l, verbs[k]))
            return 1;
    return 0;
}

/* Does the folded key of token i start with one of the NULL-ended prefixes? */
static int key_starts(const ts_sent *s, size_t i, const char *const prefix[])
{
    char key[TS_KEY_MAX + 8];
    if (ts_tok_key(s->text, &s->tok[i], key, sizeof key) < 0)
        return 0;
    for (int k = 0; prefix[k]; k++)
        if (!strncmp(key, prefix[k], strlen(prefix[k])))
            return 1;
    return 0;
}

/* A verb of striking: "strike", "bomb", "hit", "attack", "destroy", "shell". */
static int strike_verb(const ts_sent *s, size_t i)
{
    static const char *const hit[] = {"strik", "struck", "bomb", "hit", "attack", "destroy", "shell", "target", NULL};
    return key_starts(s, i, hit);
}

/* "Did Beijing demand that ...?", "Has Turkey threatened Sweden?": a sentence
 * that opens with an auxiliary and ends in a question mark asks, it asserts
 * nothing (a modal's question is already hypothetical). */
static int yes_no_question(const ts_sent *s)
{
    static const ts_lit aux[] = {LIT("did"), LIT("does"), LIT("do"),  LIT("has"), LIT("have"),
                                 LIT("had"), LIT("is"),   LIT("are"), LIT("was"), LIT("were")};
    return s->ntok > 2 && ts_is_punct(s, s->ntok - 1, '?') && s->tok[0].cas != CASE_LOWER &&
           ts_tok_in(s, 0, aux, sizeof aux / sizeof aux[0]);
}

/* "send", "deploy", "move", "station", "dispatch" at i: a deployment of forces */
static int deploy_verb(const ts_sent *s, size_t i)
{
    static const char *const go[] = {"send", "sent", "deploy", "move", "station", "dispatch", NULL};
    return key_starts(s, i, go);
}

/* "The strikes hit radar sites, the Pentagon said", "Drones struck an oil
 * depot in Bryansk", "Shells landed on a market": a strike or a weapon that
 * names no country opens the sentence and does verb i's force; it is the
 * story's last attacker's. The weapon's phrase may hold a number, an article
 * and lower-case modifiers ("Two artillery shells"); a bare strike or attack
 * must be anaphoric ("The strikes", "These attacks": a bare "Strikes" may be
 * labour's). A new mention, or -1. */
static int story_striker(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    static const ts_lit weapons[] = {LIT("drone"),   LIT("drones"),      LIT("missile"),     LIT("missiles"),
                                     LIT("rocket"),  LIT("rockets"),     LIT("shell"),       LIT("shells"),
                                     LIT("bomb"),    LIT("bombs"),       LIT("projectile"),  LIT("projectiles"),
                                     LIT("munition"), LIT("munitions"),  LIT("airstrike"),   LIT("airstrikes"),
                                     LIT("mortars"), LIT("warplanes"),   LIT("jets"),        LIT("bombers")};
    static const ts_lit anaphor[] = {LIT("the"), LIT("The"), LIT("these"), LIT("These"), LIT("those"), LIT("Those")};
    const char *who = s->ctx->attacker;
    if (strlen(who) < 3 || ts_igo_code(who))
        return -1;
    size_t j = i;
    while (j > 0 && s->mid[j - 1] < 0 && ((s->gram[j - 1] & (G_BE | G_HAVE | G_ADV)) || g->adv[j - 1]))
        j--;
    if (j == 0)
        return -1;
    size_t h = j - 1;
    int mh = s->mid[h];
    if (mh >= 0 && !(s->m[mh].kind == M_UNRES && !s->m[mh].code[0] && !strcmp(s->m[mh].sector, "WPN")))
        return -1;
    int weapon = ts_tok_in(s, h, weapons, sizeof weapons / sizeof weapons[0]);
    if (weapon && h == 0 && s->text[s->tok[h].off + s->tok[h].len - 1] != 's')
        return -1; /* a bare singular opening the sentence is a name: "Shell said" */
    if (!weapon && !(s->tok[h].cas == CASE_LOWER && (ts_in_class(s->d, W(s, h), CL_ATTACK) ||
                                                   ts_in_class(s->d, W(s, h), CL_AIRSTRIKE))))
        return -1;
    size_t b = h;
    while (b > 0 && h - b < STRIKER_WORDS) {
        const ts_tok *t = &s->tok[b - 1];
        if (s->mid[b - 1] >= 0 && s->mid[b - 1] != mh)
            return -1; /* "Israeli strikes": named already */
        if (!(t->kind == TK_NUM || (s->gram[b - 1] & (G_DET | G_QUANT)) ||
              (t->kind == TK_WORD && (t->cas == CASE_LOWER || b - 1 == 0) && !g->isverb[b - 1] && !s->gram[b - 1])))
            break;
        b--;
    }
    size_t open = b; /* the phrase opens the sentence, or the clause of a saying: "said the strikes had killed" */
    if (b != 0 && !(TOK_IS(s, b - 1, "that") || ((s->gram[b - 1] & G_SAY) && s->tok[b - 1].cas == CASE_LOWER)))
        return -1;
    if (!weapon && !(h > open && ts_tok_in(s, open, anaphor, sizeof anaphor / sizeof anaphor[0])))
        return -1;
    static const ts_lit air[] = {LIT("jets"), LIT("warplanes"), LIT("bombers"), LIT("airstrike"), LIT("airstrikes")};
    int state_arms = ts_tok_in(s, h, air, sizeof air / sizeof air[0]);
    for (size_t q = b; q < h && !state_arms; q++)
        state_arms = TOK_IS(s, q, "military") || TOK_IS(s, q, "army");
    if (state_arms && strlen(who) == 6 && !strcmp(who + 3, "REB")) {
        /* "military jets bombed villages" after the rebels' attack: the state's
           air force, the rebels' foe at home, not the rebels */
        char mil[7];
        memcpy(mil, who, 3);
        memcpy(mil + 3, "MIL", 4);
        return add_remembered(s, mil);
    }
    int m = add_remembered(s, who);
    add_co_attackers(s, m, NULL); /* "The strikes hit radar sites", after the US and Britain struck */
    return m;
}

/* "Israeli strikes killed 30 people in Gaza", "Russian attacks hit Kharkiv",
 * "Israel's air raids on Beirut": an attack noun whose country's adjective
 * (or possessive) opens the sentence does verb i's force; it is that
 * country's forces. A bare "strikes" may be labour's ("French strikes hit
 * rail traffic"): only when it kills, or where the sentence places the act in
 * another country. A new mention, or -1. */
static int attack_owner(gstate *g, size_t i, size_t end)
{
    ts_sent *s = g->s;
    size_t j = i;
    while (j > 0 && s->mid[j - 1] < 0 && ((s->gram[j - 1] & (G_BE | G_HAVE | G_ADV)) || g->adv[j - 1]))
        j--;
    if (j < 2 || s->mid[j - 1] >= 0 || s->tok[j - 1].cas != CASE_LOWER)
        return -1;
    size_t h = j - 1;
    if (!ts_in_class(s->d, W(s, h), CL_ATTACK) && !ts_in_class(s->d, W(s, h), CL_AIRSTRIKE))
        return -1;
    size_t b = h; /* past lower-case modifiers: "air", "missile", "drone" */
    while (b > 0 && h - b < STRIKER_WORDS && s->mid[b - 1] < 0 && s->tok[b - 1].kind == TK_WORD &&
           s->tok[b - 1].cas == CASE_LOWER && !s->gram[b - 1] && !g->isverb[b - 1])
        b--;
    if (b == 0)
        return -1;
    size_t q = b - 1;
    if (is_poss(s, q) && q > 0)
        q--; /* "Israel's air raids" */
    int m = s->mid[q];
    if (m < 0 || (size_t)s->m[m].t1 != q + 1 || strlen(s->m[m].code) < 3 || ts_igo_code(s->m[m].code) ||
        !(s->m[m].kind == M_ADJ || s->m[m].kind == M_NAME) || is_people(&s->m[m]))
        return -1;
    int group = s->m[m].kind == M_NAME && strlen(s->m[m].code) == 6 &&
                (!strcmp(s->m[m].code + 3, "REB") || !strcmp(s->m[m].code + 3, "MIL"));
    if (strlen(s->m[m].code) != 3 && s->m[m].kind != M_ADJ && !group)
        return -1; /* "the minister's attacks": words, not force */
    size_t st = s->m[m].t0;
    if (st > 0 && (s->gram[st - 1] & G_DET))
        st--;
    if (st != 0)
        return -1; /* the phrase opens the sentence */
    if (TOK_IS(s, h, "strike") || TOK_IS(s, h, "strikes")) {
        const char *l = lemma_of(s, i);
        int abroad = 0;
        for (size_t k = i + 1; k < end && !abroad; k++) {
            int mk = s->mid[k];
            abroad = mk >= 0 && s->m[mk].t0 == k && strlen(s->m[mk].code) >= 3 && is_place(s, &s->m[mk]) &&
                     strncmp(s->m[mk].code, s->m[m].code, 3);
        }
        if (!abroad && strcmp(l, "kill"))
            return -1;
    }
    char code[7];
    memcpy(code, s->m[m].code, 3);
    memcpy(code + 3, group ? s->m[m].code + 3 : "MIL", 4); /* "Hamas's attacks": the group's own */
    int a = add_actor(s, code, s->m[m].t0, (size_t)s->m[m].t1);
    if (a >= 0)
        s->m[a].resolved = 1;
    return a;
}

static const char rule_attack_owner[] = "source: an attack noun's country is its forces (\"Israeli strikes killed\")";

/* "Russian strikes destroyed a power plant", "Israeli raids flattened the
 * block": a verb of destruction whose subject is an attack is force from the
 * air or from guns, not a seizure or a demolition (1712). */
static int razing_verb(const ts_sent *s, size_t i)
{
    static const char *const raze[] = {"destroy", "raze", "flatten", NULL};
    for (int k = 0; raze[k]; k++)
        if (!strcmp(lemma_of(s, i), raze[k]))
            return 1;
    return 0;
}

static int retaliation_verb(const ts_sent *s, size_t i)
{
    static const char *const retaliate[] = {"retaliat", NULL};
    return key_starts(s, i, retaliate);
}

/* "launched a counter-offensive", "mounted a counterattack", "counterattacked":
 * force that answers force, at the one that attacked (the verb at i, the
 * pattern's last word at last). */
static int counter_act(const ts_sent *s, size_t i, size_t last)
{
    char key[TS_KEY_MAX + 8];
    if (ts_tok_key(s->text, &s->tok[i], key, sizeof key) >= 0 && !strncmp(key, "counterattack", 13))
        return 1;
    if (last <= i || last >= s->ntok || ts_tok_key(s->text, &s->tok[last], key, sizeof key) < 0)
        return 0;
    if (!strncmp(key, "counteroffensive", 16) || !strncmp(key, "counterattack", 13) ||
        !strncmp(key, "counterstrike", 13))
        return 1;
    /* "counter-offensive": counter, hyphen, offensive */
    return last >= 2 && (TOK_IS(s, last, "offensive") || TOK_IS(s, last, "attack") || TOK_IS(s, last, "offensives") ||
                         TOK_IS(s, last, "attacks")) &&
           ts_is_punct(s, last - 1, '-') && (TOK_IS(s, last - 2, "counter") || TOK_IS(s, last - 2, "Counter"));
}

/* "Air defences shot down 40 drones", "Ukraine intercepted 12 missiles":
 * the story's incoming weapons downed, intercepted or destroyed, whose
 * launcher the story names (the verb at i, the pattern's last word at last). */
static int interception(const ts_sent *s, size_t i, size_t last)
{
    static const char *const verbs[] = {"shoot", "intercept", "down", "destroy", "neutralise", "neutralize"};
    const char *l = lemma_of(s, i);
    int hit = 0;
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0] && !hit; k++)
        hit = !strcmp(l, verbs[k]);
    if (!hit)
        return 0;
    return last > i && last < s->ntok && ts_in_class(s->d, W(s, last), CL_WEAPON);
}

/* An unnamed air defence ("Air defences shot down 40 of the drones") in a
 * story of an attack: the attacked country's. A new mention, or -1. */
static int story_defender(gstate *g, int m)
{
    ts_sent *s = g->s;
    const ts_mention *x = &s->m[m];
    if (x->kind != M_UNRES || x->code[0] || strcmp(x->sector, "MIL") || strlen(s->ctx->attacked) < 3 ||
        ts_igo_code(s->ctx->attacked))
        return -1;
    int def = 0;
    for (size_t k = x->t0; k < x->t1 && !def; k++)
        def = TOK_IS(s, k, "defence") || TOK_IS(s, k, "defences") || TOK_IS(s, k, "defense") ||
              TOK_IS(s, k, "defenses");
    if (!def)
        return -1;
    char code[7];
    memcpy(code, s->ctx->attacked, 3);
    memcpy(code + 3, "MIL", 4);
    int a = add_actor(s, code, x->t0, x->t1);
    if (a >= 0)
        s->m[a].resolved = 1;
    return a;
}

/* An accuser of src's country earlier in this sentence ("Armenia accused
 * Azerbaijan of violating the ceasefire, a charge Baku denied"), or one who
 * claimed force against it ("Russia said it had captured the village, a claim
 * Kyiv denied"): a new mention, or -1. */
static int sentence_accuser(gstate *g, int src)
{
    ts_sent *s = g->s;
    for (size_t e = g->em.n; e-- > 0;) {
        const ts_raw_event *x = &g->em.out[e];
        /* also a claim: "Russia said it had captured the village, a claim Kyiv denied" */
        int claim = (x->flags & TOCSIN_EV_ATTRIBUTED) && (x->code[0] == '1' || x->code[0] == '2');
        if (((x->code[0] == '1' && x->code[1] == '1') || claim) && !strncmp(x->tgt, s->m[src].code, 3) &&
            strncmp(x->src, s->m[src].code, 3)) {
            int m = add_remembered(s, x->src);
            return m;
        }
    }
    return -1;
}

/* The actor of an if-clause in this sentence. An if-clause whose subject is a
 * pronoun ("if it joined NATO") names its actor elsewhere, not in its object. */
static int condition_actor(gstate *g, int src)
{
    static const ts_lit pronouns[] = {LIT("it"), LIT("they"), LIT("he"), LIT("she"), LIT("we")};
    ts_sent *s = g->s;
    int pron = 0;
    for (size_t k = 0; k < s->ntok; k++) {
        if (!g->incond[k])
            continue;
        if (k == 0 || !g->incond[k - 1])
            pron = 0; /* a new if-clause */
        int mi = s->mid[k];
        if (!pron && ts_tok_in(s, k, pronouns, sizeof pronouns / sizeof pronouns[0]))
            pron = 1;
        if (pron || mi < 0 || s->m[mi].t0 != k)
            continue;
        size_t e = s->m[mi].t1;
        if (e + 1 < s->ntok && (s->gram[e] & G_BE) && W(s, e + 1) && (W(s, e + 1)->vform & VF_PART) &&
            !TOK_IS(s, e + 1, "prepared")) {
            pron = 1; /* "if Belarus was attacked (by Russia)": the struck; the agent after "by" */
            for (size_t b = e + 2; b + 1 < s->ntok && g->incond[b + 1] && b < e + 6; b++)
                if (TOK_IS(s, b, "by") && s->mid[b + 1] >= 0 && s->mid[b + 1] != src &&
                    s->m[s->mid[b + 1]].kind == M_NAME && s->m[s->mid[b + 1]].code[0])
                    return s->mid[b + 1];
            continue;
        }
        if (mi != src && s->m[mi].kind == M_NAME && s->m[mi].code[0] && !s->m[mi].resolved)
            return mi;
    }
    return -1;
}

static int across_border(const ts_sent *s, const ts_mention *x);

static int first_place(gstate *g, size_t i, size_t end, int src, int force)
{
    ts_sent *s = g->s;
    for (size_t k = i + 1; k < end; k++) {
        int mi = s->mid[k];
        if (mi < 0 || g->skip[k] || s->m[mi].t0 != k || mi == src)
            continue;
        /* troops massed "near the Syrian border" face Syria; a town seized
           "near the Ugandan border" is not in Uganda */
        if (force && (TOK_IS(s, s->m[mi].t1, "border") || TOK_IS(s, s->m[mi].t1, "frontier") ||
                      across_border(s, &s->m[mi])))
            continue;
        if ((s->m[mi].kind == M_NAME || s->m[mi].kind == M_ADJ) && s->m[mi].code[0] &&
            is_place(s, &s->m[mi])) {
            /* "recalled its ambassador from Tel Aviv": the country; "near the
               Syrian border": Syria */
            if (strlen(s->m[mi].code) == 6 && !strcmp(s->m[mi].code + 3, "GOV"))
                s->m[mi].code[3] = '\0';
            return mi;
        }
    }
    return -1;
}

/* Gives an unnamed domestic actor ("protesters", "police") the only country
 * the sentence names; with several, the only one named as a place ("stormed
 * the Swedish embassy in Baghdad": the protesters are Iraqi). */
/* A country named only as one side of a border ("near the border with
 * Niger", "Syria's border", "the Ugandan border"): the place lies on the line,
 * in that country or in the one beyond it. */
#define BORDER_LIST_MAX 6 /* countries listed after "the border with / between" */

static int across_border(const ts_sent *s, const ts_mention *x)
{
    static const ts_lit line[] = {LIT("border"), LIT("borders"), LIT("frontier"), LIT("boundary")};
    for (int listed = 0; listed < BORDER_LIST_MAX; listed++) {
        size_t t1 = x->t1, b = x->t0;
        if (t1 < s->ntok && ts_tok_in(s, t1, line, sizeof line / sizeof line[0]))
            return 1; /* "the Niger border" */
        if (t1 + 1 < s->ntok && s->tok[t1].kind == TK_PUNCT && ts_tok_in(s, t1 + 1, line, sizeof line / sizeof line[0]))
            return 1; /* "Niger's border" */
        if (b > 0 && TOK_IS(s, b - 1, "the"))
            b--;
        if (b >= 2 && (TOK_IS(s, b - 1, "with") || TOK_IS(s, b - 1, "of") || TOK_IS(s, b - 1, "between")) &&
            ts_tok_in(s, b - 2, line, sizeof line / sizeof line[0]))
            return 1; /* "the border with Niger", "the border between Mali and Niger" */
        /* "the border with Niger and Burkina Faso": the countries listed after it */
        if (b < 2 || !((s->gram[b - 1] & G_AND) || ts_is_comma(s, b - 1)) || s->mid[b - 2] < 0)
            return 0;
        x = &s->m[s->mid[b - 2]];
    }
    return 0;
}

/* The token that opens the phrase of mention x: the one before it, past
 * up to three articles and lower-case words ("at the French troops", "in
 * northwest Syria"); -1 at the sentence's start. */
static long phrase_opener(const ts_sent *s, const ts_mention *x)
{
    size_t b = x->t0;
    for (int steps = 0; b > 0 && steps < 3; steps++, b--) {
        const ts_tok *t = &s->tok[b - 1];
        if (!((s->gram[b - 1] & G_DET) ||
              (t->kind == TK_WORD && t->cas == CASE_LOWER && !s->gram[b - 1] && s->mid[b - 1] < 0)))
            break;
    }
    return b > 0 ? (long)b - 1 : -1;
}

/* Does a place preposition ("in", "near", "outside") open the phrase of
 * mention x ("in northwest Syria")? */
static int after_loc(const ts_sent *s, const ts_mention *x)
{
    long q = phrase_opener(s, x);
    return q >= 0 && (s->gram[q] & G_LOC);
}

/* Does mention x name where an attack happened, as a modifier of the
 * attack's noun ("the Paris attacks", "the Kabul airport bombing")? */
static int attack_place(const ts_sent *s, const ts_mention *x)
{
    int attack = ts_class(s->d, CL_ATTACK);
    for (size_t q = x->t1; attack >= 0 && q < s->ntok && q < (size_t)x->t1 + 3; q++) {
        const ts_word *w = ts_w(s, q);
        if (w && ((w->classes >> attack) & 1))
            return 1;
        if (s->tok[q].kind != TK_WORD || s->tok[q].cas != CASE_LOWER || s->gram[q] || s->mid[q] >= 0)
            return 0;
    }
    return 0;
}

/* A state's code (three letters, or six with a sector), not an
 * organisation's nor the West's. */
static int state_code(const char *c)
{
    size_t n = strlen(c);
    return (n == 3 || n == 6) && !ts_igo_code(c) && strncmp(c, "WST", 3);
}

/* The code of the first mention other than m (and no group) of a state's
 * sector ("Iraqi police"), not the sentence's speaker ("..., Pakistan's
 * defence minister said"); NULL when none. */
static const char *sector_country(const ts_sent *s, size_t m, const char *sector)
{
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if (k != m && !x->roams && x->kind == M_NAME && strlen(x->code) == 6 && state_code(x->code) &&
            !strcmp(x->code + 3, sector) && !(x->t1 < s->ntok && (s->gram[x->t1] & G_SAY)))
            return x->code;
    }
    return NULL;
}

/* "Islamic State fighters ambushed an Iraqi police convoy", "the Islamic
 * State claimed the bombing in Kabul": a dictionary `group` acts in many
 * countries and CAMEO codes it by where it acts. Its country is the place
 * the sentence names, else that of the police or people it meets (who are
 * at home), else the story's dateline's, else that of the soldiers it
 * fights; the dictionary's code only when none is told. */
static void roaming_groups(gstate *g)
{
    ts_sent *s = g->s;
    for (size_t m = 0; m < s->nm; m++) {
        ts_mention *r = &s->m[m];
        if (!r->roams || strlen(r->code) < 3)
            continue;
        const char *cc = NULL;
        for (size_t k = 0; k < s->nm && !cc; k++) {
            const ts_mention *x = &s->m[k];
            if (k != m && !x->roams && x->kind == M_NAME && state_code(x->code) &&
                (is_place(s, x) || after_loc(s, x) || attack_place(s, x)) && !across_border(s, x))
                cc = x->code; /* "in a raid in Syria" too, which is_place reads as the raid's target */
        }
        if (!cc && s->place_cc[0])
            cc = s->place_cc;
        if (!cc)
            cc = sector_country(s, m, "COP");
        if (!cc)
            cc = sector_country(s, m, "CVL");
        if (!cc && s->home_cc[0] && state_code(s->home_cc))
            cc = s->home_cc;
        if (!cc)
            cc = sector_country(s, m, "MIL");
        if (cc)
            memcpy(r->code, cc, 3);
    }
}

/* Is mention x aimed at ("fired at the French troops", "shot at Indian
 * soldiers"): "at" opens its phrase? */
static int aimed_at(const ts_sent *s, const ts_mention *x)
{
    long q = phrase_opener(s, x);
    return q >= 0 && TOK_IS(s, (size_t)q, "at");
}

/* "Police fired tear gas to disperse the crowds", "Lawmakers voted to lift
 * the decree", "Troops fired on protesters" in a sentence that names no
 * country: police and lawmakers, and troops acting on people of no country,
 * are of the story's scene (its last venue, else its dateline's country when
 * the story has named it lately), not of the country last named ("an attack
 * on the US embassy", "fled to India"); troops in a scene the story's last
 * attack struck from abroad are the attacker's. cc is left empty when the
 * story has no scene. */
static void scene_agent(ts_sent *s, int m, int other, char cc[4])
{
    const char *sec = s->m[m].sector;
    const char *scene = s->ctx->scene[0] ? s->ctx->scene : s->home_cc;
    if (!scene[0] || !sec[0])
        return;
    int people = other >= 0 && s->m[other].sector[0] && strstr("CVL OPP LAB", s->m[other].sector) &&
                 (s->m[other].kind == M_UNRES || !strncmp(s->m[other].code, scene, 3));
    if (!strcmp(sec, "COP") || !strcmp(sec, "LEG") || (!strcmp(sec, "MIL") && people)) {
        const char *att = s->ctx->attacker;
        if (!strcmp(sec, "MIL") && strlen(att) >= 3 && !ts_igo_code(att) && strncmp(att, scene, 3) &&
            !strncmp(s->ctx->attacked, scene, 3)) {
            if (s->m[other].kind == M_UNRES)
                name_unresolved(&s->m[other], scene); /* the people, the scene's */
            scene = att; /* "Israeli jets struck southern Lebanon ... Soldiers killed two civilians": the attacker's */
        }
        memcpy(cc, scene, 3);
        cc[3] = '\0';
    }
}

/* Is mention x the helper in an aside between commas ("Haitian police,
 * backed by Kenyan officers, exchanged fire with gangs")? Such a helper is
 * not where the fight is: the gangs are Haiti's. */
#define ASIDE_WORDS 4
static int helper_aside(const ts_sent *s, const ts_mention *x)
{
    static const ts_lit help[] = {LIT("backed"),   LIT("supported"), LIT("assisted"), LIT("aided"),
                                  LIT("helped"),   LIT("accompanied"), LIT("reinforced"), LIT("joined")};
    size_t b = x->t0;
    while (b > 0 && x->t0 - b < ASIDE_WORDS && !TOK_IS(s, b - 1, "by"))
        b--;
    if (b < 3 || !TOK_IS(s, b - 1, "by") || !ts_tok_in(s, b - 2, help, sizeof help / sizeof help[0]) ||
        !ts_is_comma(s, b - 3))
        return 0;
    for (size_t q = x->t1; q < s->ntok && q < (size_t)x->t1 + ASIDE_WORDS; q++) {
        if (ts_is_comma(s, q))
            return 1;
        if (hard_boundary(s, q) || s->mid[q] >= 0)
            return 0;
    }
    return 0;
}

static void adopt_country(ts_sent *s, int m, int other, int as_source)
{
    char cc[4] = "", pc[4] = "";
    int many = 0, many_places = 0;
    /* "NIAMEY - Protesters rallied outside a French military base": people
       are not of the party they act against; with no other country named,
       they are of the country the story reports from (home_cc, below) */
    int skip = as_source && other >= 0 && s->home_cc[0] && s->m[m].sector[0] && strstr("CVL OPP LAB", s->m[m].sector) &&
               strlen(s->m[other].code) >= 3 && strncmp(s->m[other].code, s->home_cc, 3) ? other : -1;
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if (skip >= 0 && strlen(x->code) >= 3 && !strncmp(x->code, s->m[skip].code, 3))
            continue;
        if ((int)k == m || x->kind != M_NAME || x->modifier == 1 || strlen(x->code) < 3 || strlen(x->code) == 4 ||
            strlen(x->code) == 5 || !strncmp(x->code, "UNO", 3) || !strncmp(x->code, "EUR", 3) ||
            !strncmp(x->code, "IGO", 3) || !strncmp(x->code, "NGO", 3) || !strncmp(x->code, "WST", 3) ||
            across_border(s, x) || helper_aside(s, x) ||
            TOK_IS(s, x->head, "embassy") || TOK_IS(s, x->head, "consulate") || TOK_IS(s, x->head, "embassies"))
            continue; /* a foreign mission stands in another country than its own */
        /* the party acted on after "at" is no place ("Rebels fired at French
           troops in Mali": the rebels are Mali's) */
        if (!(as_source && (int)k == other && aimed_at(s, x)) && (is_place(s, x) || town_part_of(s, x))) {
            if (pc[0] && strncmp(pc, x->code, 3))
                many_places = 1;
            memcpy(pc, x->code, 3);
            pc[3] = '\0';
        }
        if (cc[0] && strncmp(cc, x->code, 3))
            many = 1;
        memcpy(cc, x->code, 3);
        cc[3] = '\0';
    }
    if (s->place_cc[0] && !cc[0]) { /* "in Kakamega", "in the Kenyan capital": places the dictionaries lack */
        memcpy(pc, s->place_cc, 4);   /* (coder.c), the only country the sentence implies */
        memcpy(cc, s->place_cc, 4);
    } else if (s->place_cc[0] && strncmp(cc, s->place_cc, 3)) {
        many = 1; /* another country named: the dictionaries' places decide, as before */
        many_places |= pc[0] && strncmp(pc, s->place_cc, 3);
    }
    if (many && !as_source && other >= 0 && s->m[other].kind == M_NAME && strlen(s->m[other].code) >= 3 &&
        !ts_igo_code(s->m[other].code) &&
        (!strcmp(s->m[m].sector, "MIL") || !strcmp(s->m[m].sector, "OPP") || !strcmp(s->m[m].sector, "LEG") ||
         !strcmp(s->m[m].sector, "JUD"))) {
        /* "Vucic put the army on alert after clashes in Kosovo": his army; "Yoon accused
           the opposition of colluding with North Korea": his opposition, parliament, courts */
        memcpy(cc, s->m[other].code, 3);
        cc[3] = '\0';
        many = 0;
    }
    if (many) {
        /* the place decides for people where they are (protesters, police);
           not for a government or army that acts ("the embassy said ... in Germany") */
        if (!pc[0] || many_places ||
            (as_source && (!strcmp(s->m[m].sector, "GOV") || !strcmp(s->m[m].sector, "MIL"))))
            return; /* two countries: cannot tell */
        memcpy(cc, pc, 4);
    }
    if (!cc[0] && s->home_cc[0] && s->m[m].sector[0] && strstr("CVL OPP LAB", s->m[m].sector))
        memcpy(cc, s->home_cc, 4); /* people, where the sentence names none of theirs: the story's dateline's */
    if (!cc[0])
        scene_agent(s, m, other, cc);
    if (!cc[0] && s->ctx->thing[0] && !ts_igo_code(s->ctx->thing) && strncmp(s->ctx->thing, "WST", 3)) {
        memcpy(cc, s->ctx->thing, 3); /* none named here: the article's country so far */
        cc[3] = '\0';
    }
    if (!cc[0])
        return;
    name_unresolved(&s->m[m], cc);
}

/* Two people named in full or by surname, with other names: "Odinga accused
 * Ruto", "the prime minister's rival criticised him" is not (a pronoun).
 * A dispute between them (roots 09-20) is still an event inside the country
 * when they share a code (PERGOV, PERGOV); a handover of office is not. */
static int two_people(const ts_sent *s, int a, int b)
{
    const ts_mention *x = &s->m[a], *y = &s->m[b];
    if (!x->person || !y->person || x->resolved || y->resolved || x->kind != M_NAME || y->kind != M_NAME)
        return 0;
    const ts_tok *hx = &s->tok[x->t1 - 1], *hy = &s->tok[y->t1 - 1];
    return hx->len != hy->len || memcmp(s->text + hx->off, s->text + hy->off, hx->len) != 0;
}

/* A named person against "the government" or "the cabinet" of his own code:
 * "President Zourabichvili accused the government of declaring war on its
 * own people" is a dispute inside the state (a president and a cabinet). */
static int person_and_cabinet(const ts_sent *s, int a, int b)
{
    const ts_mention *x = &s->m[a], *y = &s->m[b];
    if (!x->person || x->resolved || x->kind != M_NAME || y->person || y->t1 <= y->t0)
        return 0;
    return TOK_IS(s, y->head, "government") || TOK_IS(s, y->head, "cabinet");
}

/* Two offices of one government, unnamed, in a dispute (roots 09-14): "the
 * deputy president accused the intelligence chief", "the justice department
 * summoned the vice president", "the vice president accused the government".
 * Both are coded GOV, so the event would be dropped as the state's own; it
 * is a quarrel inside the state when the two are different offices: their
 * heads differ, or one is a deputy, vice, acting or former holder of the
 * other's title. A spokesman, an official or the officials speak for the
 * government and are none of its offices, and an embassy, an envoy or a
 * delegation is often a foreign state's left unnamed; a pronoun or a named
 * person (two_people) is not asked here. */
static int office_head(const ts_sent *s, const ts_mention *x)
{
    static const ts_lit vague[] = {LIT("spokesman"), LIT("spokeswoman"), LIT("spokesperson"), LIT("official"),
                                   LIT("officials"),  LIT("authorities"), LIT("leader"),       LIT("leaders"),
                                   LIT("counterpart"), LIT("regime"),     LIT("administration"), LIT("leadership"),
                                   LIT("junta"),       LIT("embassy"),
                                   LIT("embassies"),   LIT("ambassador"), LIT("envoy"),      LIT("diplomats"),
                                   LIT("diplomat"),    LIT("consulate"),  LIT("delegation"), LIT("negotiators")};
    if ((x->kind != M_UNRES && x->kind != M_NAME) || x->person || x->t1 <= x->t0 || x->modifier)
        return 0;
    return !ts_tok_in(s, x->head, vague, sizeof vague / sizeof vague[0]);
}

static int rank_before(const ts_sent *s, const ts_mention *x)
{
    static const ts_lit rank[] = {LIT("deputy"), LIT("vice"), LIT("acting"), LIT("former"), LIT("interim"), LIT("ex")};
    return x->head > x->t0 && ts_tok_in(s, x->head - 1u, rank, sizeof rank / sizeof rank[0]);
}

static int two_offices(const ts_sent *s, int a, int b, const char *code)
{
    const ts_mention *x = &s->m[a], *y = &s->m[b];
    size_t n = strlen(x->code);
    if (n != 6 || strcmp(x->code + 3, "GOV") || strcmp(x->code, y->code) || strcmp(code, "09") < 0 ||
        strcmp(code, "15") >= 0 ||
        !office_head(s, x) || !office_head(s, y))
        return 0;
    const ts_tok *hx = &s->tok[x->head], *hy = &s->tok[y->head];
    if (hx->len != hy->len || memcmp(s->text + hx->off, s->text + hy->off, hx->len) != 0)
        return 1;
    return rank_before(s, x) != rank_before(s, y);
}

/* A state's own organ (its government, army, police, courts, legislature,
 * spies) and the bare state as the two parties of a meeting, a deal or aid
 * (roots 04-06; praise, support, an apology or an amnesty, 051, 053, 055,
 * 056, may be given to the state's own people), or
 * the bare state attacking its own organ, or the organ attacking the bare
 * state as its pair or as a compound with a foreign state (roots 18-20):
 * there the bare country is a compound's other half read wrongly ("Ecuador
 * and Peru traded fire, with Peruvian helicopters hitting ...", "said Lao
 * troops fired near a pagoda claimed by both countries"). An army that shells a
 * place of its own country (MMRMIL -> MMR) stays, as do rebels, civilians
 * and the opposition against their country. Aid (07) between two organs of
 * one state ("the government sent soldiers to assist the police") is the
 * state's own use of its forces, no aid either. */
static int state_organ_and_own_country(const ts_sent *s, int tm, const char *src, const char *tgt, const char *code,
                                       unsigned flags)
{
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    if (!((r >= 4 && r <= 7) || (r >= 18 && r <= 20)) || (r == 5 && code[2] && strchr("1356", code[2])) || strncmp(src, tgt, 3) ||
        ts_igo_code(src) || ts_igo_code(tgt))
        return 0;
    size_t ns = strlen(src), nt = strlen(tgt);
    static const char organs[][4] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
    if (r == 7) { /* "sent soldiers to assist the police": its own forces, no aid */
        int both = ns == 6 && nt == 6;
        for (int side = 0; side < 2 && both; side++) {
            const char *sec = (side ? tgt : src) + 3;
            int hit = 0;
            for (size_t k = 0; k < sizeof organs / sizeof organs[0] && !hit; k++)
                hit = !strcmp(sec, organs[k]);
            both = hit;
        }
        return both;
    }
    const char *organ = ns == 3 && nt == 6 ? tgt + 3 : nt == 3 && ns == 6 ? src + 3 : NULL;
    if (!organ)
        return 0;
    int is_organ = 0;
    for (size_t k = 0; k < sizeof organs / sizeof organs[0] && !is_organ; k++)
        is_organ = !strcmp(organ, organs[k]);
    if (!is_organ)
        return 0;
    if (r <= 6 || ns == 3)
        return 1;
    return (flags & TOCSIN_EV_SYMMETRIC) || !one_country_group(s, tm);
}

static void emit(ts_sent *s, emitter *em, int sm, int tm, const char *code, size_t verb,
                 unsigned flags, const ts_pattern *pat)
{
    const char *src = s->m[sm].code;
    const char *tgt = tm >= 0 ? s->m[tm].code : "";
    char gov[7];
    if (!src[0])
        return;
    if (tm >= 0 && !strcmp(src, tgt) && strlen(src) == 3 && is_place(s, &s->m[tm]) &&
        strcmp(code, "07") >= 0) {
        /* "Peru proclaimed a state of emergency in Lima": a country acting on a
           place of its own acts through its government (PERGOV -> PER) */
        country_gov(src, gov);
        src = gov;
    }
    if (tm >= 0 && !strcmp(src, tgt) &&
        !(strcmp(code, "09") >= 0 && (two_people(s, sm, tm) || person_and_cabinet(s, sm, tm))) &&
        !two_offices(s, sm, tm, code))
        return;
    if (tm >= 0 && (!strncmp(code, "042", 3) || !strncmp(code, "043", 3)) && !strncmp(src, tgt, 3) &&
        strlen(tgt) == 3)
        return; /* "Lula, who was visiting Sao Paulo state": a trip at home, no meeting of two */
    if (tm >= 0 && !strncmp(src, tgt, 3) && (strlen(tgt) == 3 || !strcmp(tgt + 3, "GOV")) &&
        (strlen(src) == 3 || !strcmp(src + 3, "GOV")) && !one_country_group(s, tm))
        return; /* "Kyiv proposed talks between Russia and Ukraine": not to itself */
    if (tm >= 0 && state_organ_and_own_country(s, tm, src, tgt, code, flags))
        return; /* "with Peruvian helicopters hitting ...": not Peru against its own army */
    for (size_t k = 0; k < em->n; k++)
        if (!strcmp(em->out[k].src, src) && !strcmp(em->out[k].tgt, tgt) &&
            !strcmp(em->out[k].code, code)) {
            em->out[k].verb_t = (uint16_t)verb; /* the later, more specific verb owns it */
            em->out[k].pat = pat;
            return;
        }
    if (em->n >= em->max)
        return;
    ts_raw_event *e = &em->out[em->n++];
    memset(e, 0, sizeof *e);
    copy_code(e->src, src, sizeof e->src);
    copy_code(e->tgt, tgt, sizeof e->tgt);
    copy_code(e->code, code, sizeof e->code);
    e->src_t0 = s->m[sm].t0;
    e->src_t1 = s->m[sm].t1;
    e->verb_t = (uint16_t)verb;
    e->pat = pat;
    e->place_target = tm < 0 ? em->place_target : 0;
    e->rule = em->rule;
    if (e->place_target)
        memcpy(e->speaker_cc, em->speaker_cc, 4);
    if (tm >= 0) {
        e->tgt_t0 = s->m[tm].t0;
        e->tgt_t1 = s->m[tm].t1;
    }
    e->flags = flags | (s->m[sm].resolved || (tm >= 0 && s->m[tm].resolved) ? TOCSIN_EV_RESOLVED : 0);
}

/* ---- adverbials ----
 * Wire copy puts time and manner phrases between subject and verb ("Hezbollah
 * on Tuesday rejected", "Pashinyan in a televised address accused") and
 * between verb and object. They carry no actor and no event, so the grammar
 * reads through them: verb detection, auxiliary chains, subject search,
 * clause ends and pattern gaps all skip tokens marked here. */

#define ADV_MAX_WORDS 8 /* longest adverbial phrase marked */

/* A word that names a time: "Tuesday", "week", "Jan", and "May" as a month. */
static int time_word(const ts_sent *s, size_t k)
{
    if (s->mid[k] >= 0 || s->tok[k].kind != TK_WORD)
        return 0;
    if ((k > 0 && ts_is_punct(s, k - 1, '-')) || (k + 1 < s->ntok && ts_is_punct(s, k + 1, '-')))
        return 0; /* "a two-day visit", "week-long" */
    if (s->tok[k].cas == CASE_LOWER && TOK_IS(s, k, "march"))
        return 0; /* "called off the march": the protest; the month is written "March" */
    if (s->gram[k] & G_TIME)
        return 1;
    /* "May" the month, not the modal: capitalised mid-sentence, before a day number
       or after a preposition */
    return TOK_IS(s, k, "may") && s->tok[k].cas == CASE_CAP && k > 0 &&
           ((k + 1 < s->ntok && s->tok[k + 1].kind == TK_NUM) || (s->gram[k - 1] & (G_PREP | G_LOC)));
}

/* Words that may join a time word in one phrase: "late", "earlier this month", "two days ago". */
static int time_filler(const ts_sent *s, size_t k)
{
    if (s->mid[k] >= 0)
        return 0;
    if (s->tok[k].kind == TK_NUM)
        return 1;
    if (k > 0 && ts_is_punct(s, k, '.') && time_word(s, k - 1) && k + 1 < s->ntok && s->tok[k + 1].kind == TK_NUM)
        return 1; /* "Jan. 6" */
    if (s->tok[k].kind != TK_WORD || s->tok[k].len < 3 || s->tok[k].len > 9)
        return 0; /* none of the words below, of 3 to 9 letters */
    return TOK_IS(s, k, "late") || TOK_IS(s, k, "early") || TOK_IS(s, k, "earlier") || TOK_IS(s, k, "later") ||
           TOK_IS(s, k, "last") || TOK_IS(s, k, "next") || TOK_IS(s, k, "this") || TOK_IS(s, k, "that") ||
           TOK_IS(s, k, "mid") || TOK_IS(s, k, "ago") || TOK_IS(s, k, "the") || TOK_IS(s, k, "same") ||
           TOK_IS(s, k, "previous") || TOK_IS(s, k, "following") || TOK_IS(s, k, "past");
}

/* A year after a preposition: "in 2022", "since 2014". */
static int year_number(const ts_sent *s, size_t k)
{
    const ts_tok *t = &s->tok[k];
    const char *p = s->text + t->off;
    return t->kind == TK_NUM && t->len == 4 && (p[0] == '1' || p[0] == '2') && k > 0 &&
           (s->gram[k - 1] & (G_PREP | G_LOC | G_SUB)) && !TOK_IS(s, k - 1, "of");
}

/* A preposition that opens an adverbial phrase. */
static int adv_prep(const ts_sent *s, size_t k)
{
    return s->mid[k] < 0 && (s->gram[k] & (G_PREP | G_LOC | G_SUB | G_BY)) && !TOK_IS(s, k, "of") &&
           !TOK_IS(s, k, "that") && !TOK_IS(s, k, "to") && !TOK_IS(s, k, "against") && !TOK_IS(s, k, "with");
}

/* "-ly" adverbs the dictionaries do not list: "Russia reportedly attacked". */
static int ly_adverb(const ts_sent *s, size_t k)
{
    static const char *const nouns[] = {"family", "assembly", "anomaly", "monopoly", "rally", "supply",
                                        "reply", "ally", "jelly", "belly", "bully", "homily", "folly"};
    const ts_tok *t = &s->tok[k];
    if (t->kind != TK_WORD || t->cas != CASE_LOWER || t->len < 5 || s->mid[k] >= 0 || s->gram[k])
        return 0;
    const char *p = s->text + t->off;
    if (p[t->len - 2] != 'l' || p[t->len - 1] != 'y')
        return 0;
    const ts_word *w = ts_w(s, k);
    if (w && (w->verb >= 0 || w->nplural || w->classes))
        return 0;
    for (size_t q = 0; q < sizeof nouns / sizeof nouns[0]; q++)
        if (t->len == strlen(nouns[q]) && !memcmp(p, nouns[q], t->len))
            return 0;
    return 1;
}

/* Whether the time phrase starting at a is what a form of "give" gives:
 * "was given a week", "given 48 hours" ("a"/"an"/"one" may stand between). */
static int given_span(const ts_sent *s, size_t a)
{
    size_t b = a;
    if (b > 0 && (TOK_IS(s, b - 1, "a") || TOK_IS(s, b - 1, "an") || TOK_IS(s, b - 1, "one")))
        b--;
    return b > 0 && (TOK_IS(s, b - 1, "given") || TOK_IS(s, b - 1, "gave") || TOK_IS(s, b - 1, "give") ||
                     TOK_IS(s, b - 1, "gives") || TOK_IS(s, b - 1, "giving"));
}

/* Marks the time phrase around time word k: "[prep] [late|this|...] <time
 * word> [more time words, numbers]"; returns the token after it. */
static size_t time_phrase(gstate *g, size_t k)
{
    ts_sent *s = g->s;
    size_t a = k, e = k + 1;
    while (e < s->ntok && e < k + ADV_MAX_WORDS && (time_word(s, e) || time_filler(s, e)))
        e++;
    while (e > k + 1 && (TOK_IS(s, e - 1, "the") || TOK_IS(s, e - 1, "that") || TOK_IS(s, e - 1, "this")))
        e--; /* "on Tuesday that ..." keeps its "that" */
    while (a > 0 && a + ADV_MAX_WORDS > k && time_filler(s, a - 1) && s->tok[a - 1].kind != TK_NUM)
        a--; /* "late on Monday", "earlier this month" */
    if (a > 0 && adv_prep(s, a - 1)) {
        a--;
        if (TOK_IS(s, a, "until") && e + 1 < s->ntok && TOK_IS(s, e, "to") && s->tok[e + 1].cas == CASE_LOWER &&
            a > 0 && s->mid[a - 1] >= 0)
            return e; /* a deadline granted: "gave Hamas until Friday to release" */
    } else if (e < s->ntok && TOK_IS(s, e, "to") && e + 1 < s->ntok && s->tok[e + 1].cas == CASE_LOWER)
        return e; /* a span granted, not a time: "gave Iran two months to reach a deal" */
    else if (given_span(s, a))
        return e; /* "was given a week by ECOWAS to restore" */
    for (size_t q = a; q < e; q++)
        g->adv[q] = 1;
    return e;
}

/* Marks "in|on|via|through|during|at <det> <words> @medium [on <Name>]" that
 * ends with the @medium word at q: "in a statement", "in a televised
 * address", "on its Telegram channel". Returns the token after it, or q + 1. */
static size_t medium_phrase(gstate *g, size_t q)
{
    ts_sent *s = g->s;
    size_t k = q;
    while (k > 0 && k + 6 > q) {
        k--;
        if (TOK_IS(s, k, "in") || TOK_IS(s, k, "on") || TOK_IS(s, k, "via") || TOK_IS(s, k, "through") ||
            TOK_IS(s, k, "during") || TOK_IS(s, k, "at"))
            break;
        if ((s->mid[k] >= 0 && s->m[s->mid[k]].kind != M_ADJ) ||
            (s->tok[k].kind == TK_PUNCT && !ts_is_punct(s, k, '-')) ||
            (s->gram[k] & ~(G_DET | G_HE | G_IT | G_THEY | G_WE | G_ADV | G_TIME)))
            return q + 1;
    }
    if (k == q || !(s->gram[k] & (G_PREP | G_LOC)) || s->mid[k] >= 0)
        return q + 1;
    if (TOK_IS(s, k, "at") && !(TOK_IS(s, q, "conference") || TOK_IS(s, q, "briefing") || TOK_IS(s, q, "meeting") ||
                                TOK_IS(s, q, "session") || TOK_IS(s, q, "interview") || TOK_IS(s, q, "address")))
        return q + 1; /* "at a briefing" is where it was said; "bristled at the remarks" is what at */
    static const ts_lit joined[] = {LIT("part"), LIT("participate"), LIT("participated"), LIT("participates"),
                                    LIT("participating")};
    if (k > 0 && TOK_IS(s, k, "in") && ts_tok_in(s, k - 1, joined, sizeof joined / sizeof joined[0]))
        return q + 1; /* "took part in the meeting": what was joined, not where it was said */
    size_t e = q + 1;
    if (e + 1 < s->ntok && TOK_IS(s, e, "on") && s->tok[e + 1].cas != CASE_LOWER && s->mid[e + 1] < 0)
        e += 2; /* "in a post on Telegram" */
    for (size_t r = k; r < e; r++)
        g->adv[r] = 1;
    return e;
}

/* Marks "at|after|during|following [det] [words] talks|negotiations" that
 * ends with the noun at q: the occasion of an act, not what was agreed or
 * done ("agreed to a ceasefire at talks hosted by Malaysia", "agreed not to
 * use force after talks in Kingstown"). "held talks", "agreed to talks",
 * "in talks" are not such phrases. Returns the token after it, or q + 1. */
#define OCCASION_WORDS 5
#define OCCASION_JOIN_WORDS 12 /* from "at" back to "joined": "joined the leaders of Germany and Italy at" */
static size_t occasion_phrase(gstate *g, size_t q)
{
    ts_sent *s = g->s;
    static const ts_lit preps[] = {LIT("at"), LIT("after"), LIT("during"), LIT("following")};
    size_t k = q;
    while (k > 0 && k + OCCASION_WORDS > q) {
        k--;
        if (ts_tok_in(s, k, preps, sizeof preps / sizeof preps[0]))
            break;
        if (TOK_IS(s, k, "of") || (s->mid[k] >= 0 && s->m[s->mid[k]].kind == M_ADJ) ||
            (s->tok[k].kind == TK_NUM && s->mid[k] < 0))
            continue; /* "after two days of talks", "at Saudi-hosted talks" */
        if (s->mid[k] >= 0 || s->tok[k].kind == TK_PUNCT || (s->gram[k] & ~(G_DET | G_ADV | G_TIME | G_QUANT)))
            return q + 1; /* (verbs are not known yet: find_verbs comes after) */
    }
    if (k == q || !ts_tok_in(s, k, preps, sizeof preps / sizeof preps[0]))
        return q + 1;
    static const ts_lit join[] = {LIT("join")};
    for (size_t j = k; j > 0 && j + OCCASION_JOIN_WORDS > k && !hard_boundary(s, j - 1); j--)
        if (s->mid[j - 1] < 0 && lemma_in(s, ts_w(s, j - 1), join, 1))
            return q + 1; /* "joined the leaders of Germany and Italy at talks": what was joined */
    for (size_t r = k; r <= q; r++)
        g->adv[r] = 1;
    return q + 1;
}

/* One pass; each test starts with a cheap look at the token's class, kind or
 * length, so the common word costs a few comparisons. */
static void mark_adverbials(gstate *g)
{
    ts_sent *s = g->s;
    int medium = ts_class(s->d, CL_MEDIUM);
    memset(g->adv, 0, s->ntok);
    for (size_t k = 0; k < s->ntok;) {
        const ts_tok *t = &s->tok[k];
        uint32_t gg = s->gram[k];
        if (((gg & G_TIME) || (t->cas == CASE_CAP && t->len == 3)) && time_word(s, k)) {
            k = time_phrase(g, k);
            continue;
        }
        if (t->kind == TK_NUM && t->len == 4 && year_number(s, k)) {
            g->adv[k] = 1;
            if (adv_prep(s, k - 1))
                g->adv[k - 1] = 1;
        } else if (medium >= 0 && t->word >= 0 && ((s->d->lex.w[t->word].classes >> medium) & 1) &&
                   (s->mid[k] < 0 || (k > 0 && TOK_IS(s, k - 1, "social")))) { /* "on social media" */
            k = medium_phrase(g, k);
            continue;
        } else if ((t->len == 5 || t->len == 12) && t->cas == CASE_LOWER &&
                   (TOK_IS(s, k, "talks") || TOK_IS(s, k, "negotiations"))) {
            k = occasion_phrase(g, k);
            continue;
        } else if (t->len >= 5 && !gg && t->cas == CASE_LOWER && s->text[t->off + t->len - 1] == 'y' &&
                   ly_adverb(s, k)) { /* (its "-ly" looked at before the call) */
            g->adv[k] = 1;
        } else if (is_quote(s, k) && k > 0 && k + 1 < s->ntok && s->tok[k - 1].kind == TK_WORD &&
                   s->tok[k + 1].kind == TK_WORD && s->tok[k + 1].cas == CASE_LOWER) {
            g->adv[k] = 1; /* a scare quote inside a clause: "would \u201cpay a tragic price\u201d" */
        } else if ((gg & G_SUB) && k > 0 && k + 1 < s->ntok && (s->gram[k - 1] & G_HAVE) && TOK_IS(s, k, "since") &&
                   W(s, k + 1) && (W(s, k + 1)->vform & VF_PART) && s->tok[k + 1].cas == CASE_LOWER) {
            /* "the government has since lifted the ban": an adverb, not a clause's "since" */
            g->adv[k] = 1;
            s->gram[k] = (s->gram[k] & ~(uint32_t)(G_SUB | G_PREP | G_LOC)) | G_ADV;
        } else if (t->len == 5 && k > 0 && k + 2 < s->ntok && (s->gram[k - 1] & G_BE) && TOK_IS(s, k, "going") &&
                   TOK_IS(s, k + 1, "to") && W(s, k + 2) && W(s, k + 2)->verb >= 0 &&
                   (W(s, k + 2)->vform & VF_BASE) && s->tok[k + 2].cas == CASE_LOWER && s->mid[k + 2] < 0) {
            /* "is going to visit": the future, as "will visit" */
            s->gram[k - 1] = G_FUT;
            s->gram[k] = G_FUT;
            g->adv[k + 1] = 1;
            s->gram[k + 1] = G_ADV;
        }
        k++;
    }
}

/* Is token n a claim under check: "reports", "allegations", "claims" ...
 * after a verb or noun of investigating or verifying a few words before
 * ("looking into reports", "investigating allegations", "a probe into
 * claims", "trying to verify reports")? */
#define CHECKED_CLAIM_WORDS 4
static int checked_claim(const ts_sent *s, size_t n)
{
    static const ts_lit claims[] = {LIT("reports"), LIT("report"), LIT("allegations"), LIT("allegation"),
                                    LIT("claims"), LIT("claim"), LIT("accusations"), LIT("suggestions"),
                                    LIT("rumours"), LIT("rumors")};
    static const ts_lit check[] = {LIT("investigate"), LIT("investigating"), LIT("investigates"),
                                   LIT("investigated"), LIT("investigation"), LIT("probe"), LIT("probing"),
                                   LIT("probes"), LIT("into"), LIT("examine"), LIT("examining"), LIT("checking"),
                                   LIT("check"), LIT("verify"), LIT("verifying"), LIT("inquiry"), LIT("assessing")};
    if (!ts_tok_in(s, n, claims, sizeof claims / sizeof claims[0]))
        return 0;
    for (size_t q = n; q-- > 0 && q + CHECKED_CLAIM_WORDS > n;)
        if (ts_tok_in(s, q, check, sizeof check / sizeof check[0]))
            return 1;
    return 0;
}

static void mark_skips(gstate *g)
{
    ts_sent *s = g->s;
    memset(g->skip, 0, s->ntok);
    memset(g->incond, 0, s->ntok);
    if ((TOK_IS(s, 0, "should") || TOK_IS(s, 0, "were") || TOK_IS(s, 0, "had")) && s->ntok > 1 && s->mid[1] >= 0) {
        /* "Should they fight beyond Kursk, ...": an inverted condition */
        size_t k = 0;
        while (k < s->ntok && !ts_is_comma(s, k) && !hard_boundary(s, k))
            g->incond[k++] = 1;
    }
    static const ts_lit naming[] = {LIT("naming"), LIT("mentioning"), LIT("identifying"), LIT("citing"),
                                    LIT("singling")};
    for (size_t i = 0; i + 2 < s->ntok; i++)
        if (TOK_IS(s, i, "without") && ts_tok_in(s, i + 1, naming, sizeof naming / sizeof naming[0])) {
            /* "criticised tariff increases without naming the United States": not its target */
            size_t k = i + 2;
            while (k < s->ntok && k < i + 6 && s->mid[k] < 0 && !ts_is_comma(s, k))
                k++;
            if (k < s->ntok && s->mid[k] >= 0)
                for (size_t e = (size_t)s->m[s->mid[k]].t1; k < e; k++)
                    g->skip[k] = 1;
        }
    /* the marks are only set: none of "according to", "if" or "whether" in
       the sentence (gram_any, words), none to set */
    if (!(g->gram_any & (G_ACCORDING | G_IF)) && !(g->words & (SW_WHETHER | SW_THAT)))
        return; /* (and "that": "looking into reports that ...", checked_claim) */
    for (size_t i = 0; i < s->ntok; i++) {
        if (s->gram[i] & G_ACCORDING) {
            size_t k = i;
            while (k < s->ntok && (s->gram[k] & G_ACCORDING))
                g->skip[k++] = 1;
            while (k < s->ntok && !ts_is_comma(s, k) && !hard_boundary(s, k) && k < i + 14)
                g->skip[k++] = 1;
        }
        if (i >= 2 && s->tok[i].len == 4 && TOK_IS(s, i, "that") && checked_claim(s, i - 1)) {
            /* "was looking into reports that Russia had used chemical
               weapons": what is investigated is not yet told as done */
            size_t k = i;
            while (k < s->ntok && !hard_boundary(s, k))
                g->incond[k++] = 1;
        }
        if (((s->gram[i] & G_IF) || (TOK_IS(s, i, "whether") && !TOK_IS(s, i + 1, "to") && !TOK_IS(s, i + 1, "or"))) &&
            s->mid[i] < 0) {
            /* (an open question is no more told than a condition: "whether China will supply") */
            size_t k = i;
            while (k < s->ntok && !ts_is_comma(s, k) && !hard_boundary(s, k))
                g->incond[k++] = 1;
        }
    }
}

/* "Putin ordered troops to attack", "the junta told police to expel the
 * French ambassador", "authorised security forces to open fire": an order
 * to one's own forces (an agent of force with no country, or of the
 * orderer's) is the orderer's act. Verb k orders; objm is its object. */
static int orders_own_forces(const gstate *g, size_t k, int objm)
{
    static const ts_lit orders[] = {LIT("ordered"), LIT("orders"), LIT("order"), LIT("instructed"),
                                    LIT("instructs"), LIT("directed"), LIT("directs"), LIT("authorised"),
                                    LIT("authorized"), LIT("commanded"), LIT("told"), LIT("tells")};
    const ts_sent *s = g->s;
    if (!ts_tok_in(s, k, orders, sizeof orders / sizeof orders[0]) || g->v[k].kind != V_FINITE)
        return 0;
    const ts_mention *o = &s->m[objm];
    const char *sec = o->kind == M_UNRES ? o->sector : strlen(o->code) == 6 ? o->code + 3 : "";
    if (strcmp(sec, "MIL") && strcmp(sec, "COP") && strcmp(sec, "SPY"))
        return 0;
    if (o->kind == M_UNRES)
        return 1;
    int sj = g->v[k].subj;
    return sj >= 0 && strlen(s->m[sj].code) >= 3 && !strncmp(s->m[sj].code, o->code, 3);
}

/* A verb at token k that makes its object act, as told done: "prompted",
 * "prompting", "forced", "led", "compelled", "spurred", "caused" - asserted:
 * not after a modal, a future or a negation, nor in an if-clause. */
static int causes_act(const gstate *g, size_t k)
{
    const ts_sent *s = g->s;
    if (!(TOK_IS(s, k, "prompted") || TOK_IS(s, k, "prompting") || TOK_IS(s, k, "prompts") ||
          TOK_IS(s, k, "forced") || TOK_IS(s, k, "forcing") || TOK_IS(s, k, "led") || TOK_IS(s, k, "leading") ||
          TOK_IS(s, k, "compelled") || TOK_IS(s, k, "compelling") || TOK_IS(s, k, "spurred") ||
          TOK_IS(s, k, "spurring") || TOK_IS(s, k, "caused") || TOK_IS(s, k, "causing")))
        return 0;
    if (g->incond[k] || (g->isverb[k] && (g->v[k].neg || g->v[k].modal || g->v[k].fut || g->v[k].hedge ||
                                          g->v[k].gov == GOV_INTENT || g->v[k].gov == GOV_OTHER)))
        return 0;
    for (size_t q = k; q > 0 && q + 4 > k; q--) {
        uint32_t pg = s->gram[q - 1];
        if (pg & (G_MODAL | G_FUT | G_NEG | G_HYPO | G_INTENT))
            return 0; /* "could prompt", "is likely to force", "did not lead" */
        if (!(pg & (G_ADV | G_BE | G_HAVE | G_DO)) || s->mid[q - 1] >= 0)
            break;
    }
    return 1;
}

/* A verb that steps up or resumes what the noun phrase after it names, before
 * "N V-ing" ("boosted intelligence sharing", "stepped up its information
 * sharing", "resumed prisoner swapping"): its token, else -1. k is the noun
 * before the -ing (a bare agent word, "intelligence", may be a mention); a
 * determiner may stand between the verb and the noun. */
static int light_verb_before(const gstate *g, size_t k)
{
    static const ts_lit light[] = {LIT("boost"),   LIT("increase"),  LIT("strengthen"), LIT("deepen"),
                                   LIT("enhance"), LIT("expand"),    LIT("improve"),    LIT("intensify"),
                                   LIT("resume"),  LIT("step"),      LIT("ramp"),       LIT("broaden")};
    const ts_sent *s = g->s;
    if (k == 0 || k >= s->ntok || s->tok[k].kind != TK_WORD || s->tok[k].cas != CASE_LOWER ||
        (s->mid[k] >= 0 && ((size_t)s->m[s->mid[k]].t1 != k + 1 || (size_t)s->m[s->mid[k]].t0 + 1 < k)) ||
        TOK_IS(s, k, "up") || TOK_IS(s, k, "out") || TOK_IS(s, k, "down") || TOK_IS(s, k, "back") ||
        g->isverb[k] || (s->gram[k] & (G_DET | G_PREP | G_LOC | G_AND | G_SUB | G_REL | G_CONJ | G_ADV)))
        return -1;
    size_t b = s->mid[k] >= 0 ? (size_t)s->m[s->mid[k]].t0 : k; /* "its intelligence" */
    if (b == k && b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0 && !TOK_IS(s, b - 1, "that"))
        b--;
    if (b > 0 && (TOK_IS(s, b - 1, "up") || TOK_IS(s, b - 1, "out")))
        b--; /* "stepped up", "ramped up", "expanded out" */
    if (b == 0 || !g->isverb[b - 1] || g->v[b - 1].kind == V_NONE)
        return -1;
    const ts_word *w = W(s, b - 1);
    if (!w)
        return -1;
    return lemma_in(s, w, light, sizeof light / sizeof light[0]) ? (int)(b - 1) : -1;
}

/* "became the latest country to recognise Palestine", "was the third EU
 * member to expel": before "to" (token k), a noun of an ordinal (a few words,
 * names among them), "the", and a copula or "become": the infinitive is the
 * subject's act. The copula's token, or 0. */
#define FIRST_NOUN_WORDS 3 /* "the first | European Union member" to */
static size_t ordinal_to(const ts_sent *s, size_t k)
{
    static const ts_lit nth[] = {LIT("first"),  LIT("second"), LIT("third"), LIT("fourth"),
                                 LIT("fifth"),  LIT("latest"), LIT("newest"), LIT("only")};
    static const ts_lit become[] = {LIT("become"), LIT("became"), LIT("becomes")};
    if (k >= s->ntok || k < 3 || s->tok[k].kind != TK_WORD || s->gram[k] ||
        ts_tok_in(s, k, nth, sizeof nth / sizeof nth[0]))
        return 0; /* "was the first to": prompt_to's */
    size_t o = k;
    while (o > 0 && o + FIRST_NOUN_WORDS > k && !ts_tok_in(s, o - 1, nth, sizeof nth / sizeof nth[0]) &&
           (s->mid[o - 1] >= 0 || (s->tok[o - 1].kind == TK_WORD && !s->gram[o - 1])))
        o--;
    if (o < 3 || !ts_tok_in(s, o - 1, nth, sizeof nth / sizeof nth[0]) || !TOK_IS(s, o - 2, "the"))
        return 0;
    return ((s->gram[o - 3] & G_BE) && s->mid[o - 3] < 0) || ts_tok_in(s, o - 3, become, sizeof become / sizeof become[0])
               ? o - 3
               : 0;
}

/* "was quick to", "were swift to", "was the first to": an adjective of
 * promptness after "be" (token k) whose infinitive tells what was done. */
static int prompt_to(const ts_sent *s, size_t k)
{
    if (k >= s->ntok || !(TOK_IS(s, k, "quick") || TOK_IS(s, k, "swift") || TOK_IS(s, k, "quicker") ||
                          TOK_IS(s, k, "swifter") || TOK_IS(s, k, "fast") || TOK_IS(s, k, "prompt") ||
                          TOK_IS(s, k, "first")))
        return 0;
    size_t b = k;
    if (b > 0 && TOK_IS(s, b - 1, "the"))
        b--; /* "the first" */
    if (b > 1 && TOK_IS(s, b - 1, "among"))
        b--; /* "among the first" */
    while (b > 0 && (s->gram[b - 1] & G_ADV) && s->mid[b - 1] < 0)
        b--; /* "was also quick to" */
    return b > 0 && (s->gram[b - 1] & G_BE) && s->mid[b - 1] < 0;
}

/* The verb of response before "by" at b ("responded by", "retaliated
 * swiftly by"), or -1. */
#define RESPONSE_ADV_WORDS 5 /* words of adverbials between "responded" and "by" */
static int response_before(const gstate *g, size_t b)
{
    const ts_sent *s = g->s;
    static const ts_lit answer[] = {LIT("responded"), LIT("responds"), LIT("retaliated"), LIT("retaliates"),
                                    LIT("reacted"), LIT("reacts"), LIT("replied"), LIT("answered"), LIT("respond"),
                                    LIT("retaliate"), LIT("react")};
    size_t p = b;
    while (p > 0 && p + RESPONSE_ADV_WORDS > b && (g->adv[p - 1] || ((s->gram[p - 1] & G_ADV) && s->mid[p - 1] < 0)))
        p--; /* "responded swiftly by", "responded on social media by" */
    if (p == 0 || !g->isverb[p - 1] || !ts_tok_in(s, p - 1, answer, sizeof answer / sizeof answer[0]))
        return -1;
    return (int)(p - 1);
}

/* Step 2 of a verb: what governs it ("is considering sending", "urged X to
 * strike", "accused X of sending") and the governor's state it inherits. */
/* The subject of verb a if it is a rights group (NGO) or a UN rights office
 * or rapporteur (UNO with "rights" or "rapporteur" in its name), else -1. */
static int rights_mention(const ts_sent *s, int sp);
static int rights_speaker(const gstate *g, size_t a)
{
    const vinfo *av = &g->v[a];
    int sp = av->subj >= 0 ? av->subj : (av->kind == V_ING ? g->main_subj : -1);
    return rights_mention(g->s, sp);
}

/* Mention sp if it is a rights group or a UN rights office, else -1. */
static int rights_mention(const ts_sent *s, int sp)
{
    if (sp < 0)
        return -1;
    const char *c = s->m[sp].code;
    if (!strncmp(c, "NGO", 3))
        return sp;
    if (strncmp(c, "UNO", 3))
        return -1;
    for (size_t k = s->m[sp].t0; k < (size_t)s->m[sp].t1; k++)
        if (TOK_IS(s, k, "rights") || TOK_IS(s, k, "rapporteur") || TOK_IS(s, k, "OHCHR"))
            return sp; /* "the UN human rights office", "a UN special rapporteur" */
    return -1;
}

/* A rights group's charge: "Amnesty accused Iranian police of torturing
 * detainees", "HRW blamed the army for shelling the town". The gold rules
 * treat what a non-governmental organisation (code NGO) or a UN rights office
 * or rapporteur (UNO, "rights" or "rapporteur" in its name) says as
 * attribution: the act it charges a named party with is that party's act,
 * reported. Returns the charged party (the object right before "of"/"for",
 * q being the -ing's first token), else -1. Not a state's charge (112 only),
 * nor one negated, modal, conditional, or itself governed ("urged X to
 * accuse"), nor a passive one. */
/* "Iraqi police have been accused by Amnesty of torturing detainees": the
 * passive charge's subject, when a rights group is its "by" agent; -1 if the
 * agent is one but the charge is no plain statement, -2 if no such shape. */
static int passive_charge(const gstate *g, size_t q)
{
    const ts_sent *s = g->s;
    int m = s->mid[q - 2];
    if (!TOK_IS(s, q - 1, "of") || (size_t)s->m[m].t1 != q - 1 || rights_mention(s, m) < 0)
        return -2;
    size_t b = s->m[m].t0;
    while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0 && b + 3 > (size_t)s->m[m].t0)
        b--;
    if (b < 2 || !(s->gram[b - 1] & G_BY) || !g->isverb[b - 2] || !TOK_IS(s, b - 2, "accused"))
        return -2;
    const vinfo *av = &g->v[b - 2];
    if (!av->passive || av->neg || av->modal || av->fut || av->cond || av->hedge || g->incond[b - 2] ||
        (av->gov != GOV_NONE && av->gov != GOV_ASPECT) || av->subj < 0 || strlen(s->m[av->subj].code) < 3 ||
        !strncmp(s->m[av->subj].code, "NGO", 3))
        return -1;
    return av->subj;
}

#define CHARGED_AND_WORDS 10 /* words from a charged -ing to the -ing coordinated with it */
static int charged_doer(const gstate *g, size_t q)
{
    const ts_sent *s = g->s;
    static const ts_lit for_verbs[] = {LIT("blame"),     LIT("condemn"),   LIT("criticise"), LIT("criticize"),
                                       LIT("denounce"),  LIT("fault"),     LIT("censure"),   LIT("rebuke")};
    if (q >= 3 && (s->gram[q - 1] & G_AND) && s->mid[q - 1] < 0)
        for (size_t k = q - 2; k > 0 && k + CHARGED_AND_WORDS > q; k--) {
            if (hard_boundary(s, k) || (g->isverb[k] && g->v[k].kind == V_FINITE))
                break;
            if (g->isverb[k] && g->v[k].kind == V_ING && g->v[k].charged)
                return g->v[k].subj; /* "accused X of jailing activists and torturing detainees" */
        }
    if (q < 3 || s->mid[q - 2] < 0 || s->mid[q - 1] >= 0)
        return -1;
    int by = passive_charge(g, q);
    if (by != -2)
        return by;
    int of = TOK_IS(s, q - 1, "of"), fr = TOK_IS(s, q - 1, "for");
    if (!of && !fr)
        return -1;
    int m = s->mid[q - 2];
    const ts_mention *x = &s->m[m];
    if ((size_t)x->t1 != q - 1 || strlen(x->code) < 3 || !strncmp(x->code, "NGO", 3))
        return -1; /* "accused police of ...": no named doer */
    size_t b = x->t0;
    if (b >= 2 && TOK_IS(s, b - 1, "'s") && s->mid[b - 2] >= 0)
        b = (size_t)s->m[s->mid[b - 2]].t0; /* "accused Sudan's Rapid Support Forces of" */
    while (b > 0 && !g->isverb[b - 1] && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0 && b + 3 > x->t0)
        b--; /* "accused the", "blamed the country's" */
    if (b == 0 || !g->isverb[b - 1])
        return -1;
    size_t a = b - 1;
    static const ts_lit accuse[] = {LIT("accuse")};
    const ts_word *w = W(s, a);
    if (!(of ? lemma_in(s, w, accuse, 1) : lemma_in(s, w, for_verbs, sizeof for_verbs / sizeof for_verbs[0])))
        return -1;
    const vinfo *av = &g->v[a];
    if (av->kind == V_NONE || av->neg || av->modal || av->fut || av->cond || av->hedge || av->passive ||
        g->incond[a] || (av->gov != GOV_NONE && av->gov != GOV_ASPECT))
        return -1;
    int sp = rights_speaker(g, a);
    return sp >= 0 && sp != m ? m : -1;
}

/* A document that states something: "a case", "a statement", "a letter". */
static int document_noun(const ts_sent *s, size_t k)
{
    static const ts_lit nouns[] = {LIT("case"),       LIT("complaint"), LIT("lawsuit"),    LIT("statement"),
                                   LIT("letter"),     LIT("resolution"), LIT("report"),    LIT("motion"),
                                   LIT("petition"),   LIT("note"),      LIT("communique"), LIT("declaration"),
                                   LIT("joint statement")};
    return ts_tok_in(s, k, nouns, sizeof nouns / sizeof nouns[0]);
}

/* A verb by which its subject is the author of a document: "filed a case",
 * "issued a statement" (not "vetoed a resolution condemning"). */
static int issuing_verb(const ts_sent *s, size_t k)
{
    static const ts_lit lemmas[] = {LIT("file"),    LIT("issue"),   LIT("submit"), LIT("lodge"), LIT("send"),
                                    LIT("publish"), LIT("release"), LIT("bring"),  LIT("present"), LIT("table"),
                                    LIT("deliver"), LIT("write"),   LIT("post")};
    return lemma_in(s, ts_w(s, k), lemmas, sizeof lemmas / sizeof lemmas[0]);
}

/* A document noun just before the participle at q, or before the place or
 * court its phrase names ("filed a case at the ICJ accusing"). */
static int document_before(const ts_sent *s, size_t q)
{
    if (s->mid[q - 1] < 0)
        return document_noun(s, q - 1);
    size_t b = np_start(s, s->m[s->mid[q - 1]].t0);
    return b >= 2 && (s->gram[b - 1] & (G_PREP | G_LOC)) && document_noun(s, b - 2);
}

/* A participle of protest: "protesting", "demonstrating", "rallying", "marching". */
static int protest_ing(const ts_sent *s, size_t i)
{
    static const ts_lit words[] = {LIT("protesting"), LIT("demonstrating"), LIT("rallying"), LIT("marching")};
    return ts_tok_in(s, i, words, sizeof words / sizeof words[0]);
}

/* Whether the mention ending just before q names people (civilians, an opposition). */
static int people_before(const ts_sent *s, size_t q)
{
    const ts_mention *x = &s->m[s->mid[q - 1]];
    const char *sec = x->kind == M_UNRES ? x->sector : strlen(x->code) == 6 ? x->code + 3 : "";
    if (x->t1 != q || (strcmp(sec, "CVL") && strcmp(sec, "OPP")))
        return 0;
    /* an object ("fired tear gas at students protesting"), not the clause's
       subject ("Students protesting the war occupied ...": a modifier) */
    size_t b = np_start(s, x->t0);
    return b > 0 && (s->gram[b - 1] & (G_PREP | G_LOC));
}

#define PURPOSE_SPAN 10 /* tokens from a verb to its "to" of purpose */

/* "to protest" of purpose after the act of people who cannot bear arms
 * ("Farmers drove their tractors into Brussels to protest EU rules",
 * "Students wore black armbands to protest the ruling"): the protest is
 * theirs. Not after a verb that governs the infinitive ("vowed to
 * protest"), nor a state's or an army's act ("recalled its envoy to
 * protest": a complaint, the grammar's root 11). */
static int protest_purpose(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    size_t j = (size_t)g->v[i].chain0;
    int lf = g->last_finite;
    if (!(TOK_IS(s, i, "protest") || TOK_IS(s, i, "demonstrate") || TOK_IS(s, i, "rally") || TOK_IS(s, i, "march")) ||
        j < 2 || !TOK_IS(s, j, "to") || lf < 0 ||
        (size_t)lf >= j || j - (size_t)lf > PURPOSE_SPAN || g->isverb[j - 1] || g->v[lf].subj < 0 ||
        !(civil_people(&s->m[g->v[lf].subj]) || s->m[g->v[lf].subj].people)) /* also "thousands of Turks" */
        return 0;
    for (size_t q = (size_t)lf + 1; q < j; q++)
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (s->gram[q] & (G_SUB | G_REL | G_CONJ)))
            return 0;
    return 1;
}

#define READINESS_WORDS 3 /* from the verb to the noun: "expressed | its | readiness" */

/* A noun of readiness before "to": "its readiness to", "willingness to". */
static int readiness_noun(const ts_sent *s, size_t k)
{
    static const ts_lit words[] = {LIT("readiness"), LIT("willingness"), LIT("preparedness"),
                                   LIT("eagerness")};
    return ts_tok_in(s, k, words, sizeof words / sizeof words[0]);
}

/* Whether token k (>= 0) is a verb of refusal: "declined", "refused". */
static int refusing_verb(const gstate *g, int k)
{
    const ts_sent *s = g->s;
    const ts_word *w = k >= 0 ? ts_w(s, (size_t)k) : NULL;
    if (!w)
        return 0;
    const char *l = ts_lex_name(&s->d->lex, (int32_t)w->lemma);
    return l && (!strcmp(l, "refuse") || !strcmp(l, "decline"));
}

/* The verb that took the chance whose "to" follows token q ("seized the
 * chance to", "took the opportunity to", "used the occasion to"), or -1. */
#define TIME_TAKEN_WORDS 12 /* from "time" to the "to" of its infinitive */
static int chance_taken(const gstate *g, size_t q)
{
    const ts_sent *s = g->s;
    static const ts_lit nouns[] = {LIT("chance"), LIT("opportunity"), LIT("occasion"), LIT("moment")};
    static const ts_lit takers[] = {LIT("seize"), LIT("take"), LIT("grab"), LIT("use"), LIT("exploit")};
    for (size_t t = q - 1; t >= 2 && t + TIME_TAKEN_WORDS > q; t--) {
        /* "took time out of her tour to visit Suva": the visit was made */
        if (hard_boundary(s, t) || ts_is_comma(s, t) || g->isverb[t] || (s->mid[t] >= 0 && t + 1 < q))
            break;
        if (TOK_IS(s, t, "time") && s->mid[t] < 0 && (t + 1 == q || TOK_IS(s, t + 1, "out")) &&
            g->isverb[t - 1] && g->v[t - 1].kind != V_NONE && !strcmp(lemma_of(s, t - 1), "take"))
            return (int)(t - 1);
    }
    if (q < 3 || !ts_tok_in(s, q - 1, nouns, sizeof nouns / sizeof nouns[0]) || s->mid[q - 1] >= 0)
        return -1;
    size_t b = q - 1;
    while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--; /* "the", "this" */
    if (b == 0 || b + 1 == q || !g->isverb[b - 1] || g->v[b - 1].kind == V_NONE ||
        !lemma_in(s, ts_w(s, b - 1), takers, sizeof takers / sizeof takers[0]))
        return -1;
    return (int)(b - 1);
}

#define REFUSED_OBJ_WORDS 5 /* words of the object between a refused verb and its participle */

/* The verb, refused or negated, whose object the participle at token q
 * describes: "declined to make any public remarks denying", "refused
 * to sign a statement condemning", "did not issue a statement claiming or
 * denying". A coordinated participle before it ("claiming or denying")
 * belongs to the same object. -1 when there is none. */
static int refused_object_verb(const gstate *g, size_t q)
{
    const ts_sent *s = g->s;
    if (q >= 3 && (TOK_IS(s, q - 1, "or") || TOK_IS(s, q - 1, "nor") || TOK_IS(s, q - 1, "and")) &&
        g->isverb[q - 2] && g->v[q - 2].kind == V_ING)
        q -= 2;
    for (size_t b = q; b-- > 0 && b + REFUSED_OBJ_WORDS + 1 > q;) {
        if (hard_boundary(s, b) || ts_is_comma(s, b) || (s->mid[b] >= 0 && s->m[s->mid[b]].kind != M_UNRES))
            return -1; /* (an unnamed agent word may be an adjective: "official comments") */
        if (g->isverb[b]) {
            const vinfo *rv = &g->v[b];
            return b + 1 < q && rv->kind != V_ING && (rv->gov == GOV_NEG || rv->neg || refusing_verb(g, rv->govv))
                       ? (int)b
                       : -1;
        }
    }
    return -1;
}

/* "Spain joined Ireland and Norway in recognising Palestine", "France
 * joined Germany in condemning the strike": an -ing verb whose chain starts
 * at q, after "in" and the object of a finite "join", is the joiner's act
 * (and the joined parties', verb_emit). The joining verb, or -1. */
static int joined_in(const gstate *g, size_t q)
{
    const ts_sent *s = g->s;
    if (q < 3 || !TOK_IS(s, q - 1, "in") || s->mid[q - 2] < 0)
        return -1;
    int m = s->mid[q - 2];
    if ((size_t)s->m[m].t1 != q - 1 || (s->m[m].kind != M_NAME && s->m[m].kind != M_ADJ))
        return -1;
    size_t b = s->m[m].t0;
    for (size_t k = 0; k < s->nm; k++) /* the first of the joined list */
        if (s->m[k].group == s->m[m].group && (size_t)s->m[k].t0 < b)
            b = s->m[k].t0;
    while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
        b--;
    if (b == 0 || !g->isverb[b - 1] || g->v[b - 1].kind != V_FINITE || g->v[b - 1].subj < 0)
        return -1;
    return !strcmp(lemma_of(s, b - 1), "join") ? (int)(b - 1) : -1;
}

static void govern(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    const ts_word *w = W(s, i);
    size_t j = (size_t)v->chain0; /* token left of the chain starts at j-1 */
    size_t ord;  /* ordinal_to's copula */
    int joiner;  /* joined_in's verb */
    /* governance */
    if (v->kind == V_INF || v->to) {
        v->kind = V_INF;
        if (protest_purpose(g, i)) {
            /* "Farmers drove their tractors into Brussels to protest EU rules":
               people who act to protest protest */
            v->gov = GOV_NONE;
            v->govv = (int16_t)g->last_finite;
            v->subj = g->v[g->last_finite].subj;
            return;
        }
        size_t q = j; /* j points at "to" */
        if (q > 0 && (s->gram[q - 1] & G_NEG) && s->mid[q - 1] < 0) {
            v->neg_to = 1;
            q--;
        }
        /* "urged X to": skip an object mention */
        int objm = -1;
        if (q > 0 && s->mid[q - 1] >= 0) {
            objm = s->mid[q - 1];
            q = s->m[objm].t0;
            while (q > 0 && (s->gram[q - 1] & G_DET) && s->mid[q - 1] < 0)
                q--;
            if (q > 0 && (s->gram[q - 1] & (G_PREP | G_LOC)) && !(s->gram[q - 1] & G_AND)) {
                /* "went to Pyongyang to sign": a place, not an object */
                q--;
                objm = -1;
            }
        }
        while (q > 0 && ((s->gram[q - 1] & G_ADV) || g->adv[q - 1]) && s->mid[q - 1] < 0)
            q--;
        if (objm < 0 && q >= 3 && (s->gram[q - 1] & G_AND) && !ts_is_comma(s, q - 2)) {
            /* "to visit Suva and to press Fiji's leader": the second infinitive is
               governed as the first is */
            for (size_t p = q - 1; p-- > 0 && p + 12 > q;) {
                if (hard_boundary(s, p) || (g->isverb[p] && g->v[p].kind == V_FINITE))
                    break;
                if (g->isverb[p] && g->v[p].kind == V_INF) {
                    v->gov = g->v[p].gov;
                    v->govv = g->v[p].govv;
                    v->ordered = g->v[p].ordered;
                    v->subj = g->v[p].subj;
                    return;
                }
            }
        }
        if (objm < 0 && q >= 2 && TOK_IS(s, q - 1, "whether") && g->isverb[q - 2] && W(s, q - 2) &&
            (W(s, q - 2)->gram & G_INTENT))
            q--; /* "is weighing whether to expel Russian diplomats": the option weighed (but not
                    "deciding whether to", which would read as done) */
        if (objm >= 0 && q > 0 && causes_act(g, q - 1)) {
            /* "prompting the cabinet to accuse the insurgents", "forced Kyiv
               to suspend exports": the object did it */
            v->gov = GOV_NONE;
            v->subj = (int16_t)objm;
            v->govv = -1;
            return;
        }
        if (q > 0 && g->isverb[q - 1]) {
            const ts_word *gw = W(s, q - 1);
            v->govv = (int16_t)(q - 1);
            if (objm >= 0 && orders_own_forces(g, q - 1, objm)) {
                v->gov = GOV_ASPECT; /* "ordered troops to attack": the orderer attacks */
                v->ordered = 1;
            }
            else if (objm >= 0)
                v->gov = GOV_OTHER;
            else if (gw->gram & G_NEGV)
                v->gov = GOV_NEG;
            else if (gw->gram & G_ASPECT)
                v->gov = GOV_ASPECT;
            else if (gw->gram & G_PLEDGE)
                v->gov = GOV_PLEDGE;
            else if (gw->gram & G_INTENT)
                v->gov = GOV_INTENT;
            else if ((gw->gram & G_SAY) && v->have && !(s->gram[q - 1] & (G_PLEDGE | G_INTENT)) &&
                     !g->v[q - 1].passive && !(q >= 2 && (s->gram[q - 2] & G_BE)))
                v->gov = GOV_ASPECT; /* "claimed to have shot down a jet": a past act the subject reports
                                        (not hearsay: "is said to have moved troops") */
            else
                v->gov = GOV_OTHER;
        } else if (q > 0 && (s->gram[q - 1] & G_HYPO)) {
            v->gov = GOV_HEDGE;
        } else if (q > 1 && (s->gram[q - 1] & G_ASPECT) && TOK_IS(s, q - 1, "as") && s->mid[q - 1] < 0) {
            /* "went so far as to threaten" (multi-word): it threatened */
            size_t b = q - 1;
            while (b > 0 && b + 4 > q && (s->gram[b - 1] & G_ASPECT) && !g->isverb[b - 1] && s->mid[b - 1] < 0)
                b--;
            v->gov = GOV_OTHER;
            if (b > 0 && g->isverb[b - 1] && (s->gram[b - 1] & G_ASPECT) && s->mid[b - 1] < 0) {
                v->gov = GOV_ASPECT;
                v->govv = (int16_t)(b - 1);
            }
        } else if (q > 0 && (s->gram[q - 1] & (G_PLEDGE | G_INTENT))) {
            /* "be ready to", "is set to" (multi-word) */
            v->gov = (s->gram[q - 1] & G_PLEDGE) ? GOV_PLEDGE : GOV_INTENT;
            size_t b = q - 1;
            while (b > 0 && b + 3 > q && (s->gram[b - 1] & (G_PLEDGE | G_INTENT)) && !g->isverb[b - 1] &&
                   s->mid[b - 1] < 0)
                b--;
            if (b > 0 && g->isverb[b - 1] && g->v[b - 1].kind != V_NONE && s->mid[b - 1] < 0)
                v->govv = (int16_t)(b - 1); /* "stands ready to", "remained ready to": its subject */
        } else if (j >= 2 && j <= i && (ord = ordinal_to(s, j - 1)) > 0) {
            /* "Armenia became the latest country to recognise Palestine": the
               subject before the copula did it, as its copula is told */
            size_t c = ord, p = c;
            v->gov = GOV_NONE;
            while (p > 0 && s->mid[p - 1] < 0 &&
                   ((s->gram[p - 1] & (G_ADV | G_MODAL | G_FUT | G_NEG | G_HAVE | G_BE | G_DO)) || g->adv[p - 1])) {
                uint32_t pg = s->gram[p - 1];
                v->neg |= (pg & G_NEG) != 0;
                v->modal |= (pg & G_MODAL) != 0;
                v->fut |= (pg & G_FUT) != 0;
                p--;
            }
            v->neg |= c + 1 < s->ntok && (s->gram[c + 1] & G_NEG) != 0; /* "is not the first" */
            if (p > 0 && s->mid[p - 1] >= 0 && (size_t)s->m[s->mid[p - 1]].t1 == p)
                v->subj = (int16_t)s->mid[p - 1];
        } else if (j >= 2 && j <= i && prompt_to(s, j - 1)) {
            v->gov = GOV_NONE; /* "was quick to condemn Iran": it condemned Iran */
            for (size_t b = j - 1; b > 0 && b + 6 > j && s->mid[b - 1] < 0; b--) {
                uint32_t pg = s->gram[b - 1]; /* "was not quick to", "would be quick to" */
                v->neg |= (pg & G_NEG) != 0;
                v->modal |= (pg & G_MODAL) != 0;
                v->fut |= (pg & G_FUT) != 0;
                if (!(pg & (G_BE | G_NEG | G_MODAL | G_FUT | G_ADV | G_DET)) && !TOK_IS(s, b - 1, "among"))
                    break;
            }
        } else if (objm < 0 && q >= 2 && readiness_noun(s, q - 1)) {
            /* "expressed its readiness to send troops", "signalled willingness to
               resume talks": a pledge of the one who expressed it */
            v->gov = GOV_PLEDGE;
            size_t b = q - 1;
            while (b > 0 && b + READINESS_WORDS > q && !g->isverb[b - 1] && s->mid[b - 1] < 0 &&
                   ((s->gram[b - 1] & G_DET) || b == q - 1))
                b--;
            if (b > 0 && g->isverb[b - 1] && g->v[b - 1].kind != V_NONE && s->mid[b - 1] < 0)
                v->govv = (int16_t)(b - 1);
        } else if (objm < 0 && chance_taken(g, q) >= 0) {
            /* "seized the chance to strike the commander", "took the opportunity to
               criticise Beijing": the act was done, by the taker */
            v->gov = GOV_ASPECT;
            v->govv = (int16_t)chance_taken(g, q);
        } else {
            v->gov = GOV_OTHER; /* "the decision to", "a plan to" */
            for (size_t b = q; b > 0 && b + 4 > q; b--)
                if (s->gram[b - 1] & G_INTENT)
                    v->gov = GOV_INTENT;
        }
    } else if (v->kind == V_ING && !v->be) {
        size_t q = j;
        int lv = q >= 2 ? light_verb_before(g, q - 1) : -1;
        int rv = refused_object_verb(g, q);
        int charged;
        if (rv >= 0) {
            /* "declined to issue any comment claiming or denying responsibility":
               the comment was not issued, so neither is its denial */
            v->govv = (int16_t)rv;
            v->gov = GOV_NEG;
        } else if (lv >= 0) {
            /* "boosted intelligence sharing with Japan", "stepped up information
               sharing": the -ing with its noun is the stepped-up act */
            v->govv = (int16_t)lv;
            v->gov = GOV_ASPECT;
            v->incorp = (int16_t)(q - 1);
        } else if (q > 0 && g->isverb[q - 1] && g->v[q - 1].kind != V_NONE) {
            const ts_word *gw = W(s, q - 1);
            v->govv = (int16_t)(q - 1);
            v->gov = (gw->gram & G_NEGV)     ? GOV_NEG
                     : (gw->gram & G_ASPECT) ? GOV_ASPECT
                     : (gw->gram & G_INTENT) ? GOV_INTENT
                     : (gw->gram & G_PLEDGE) ? GOV_PLEDGE
                                             : GOV_OTHER;
        } else if (q > 0 && (s->gram[q - 1] & G_NEGV)) {
            v->gov = GOV_NEG; /* "stopped short of providing" */
        } else if (q >= 2 && TOK_IS(s, q - 1, "by") && response_before(g, q - 1) >= 0) {
            /* "Bolivia responded by cutting ties with Israel": the response is the act */
            v->govv = (int16_t)response_before(g, q - 1);
            v->gov = GOV_NONE;
        } else if ((joiner = joined_in(g, q)) >= 0) {
            /* "Spain joined Ireland in recognising Palestine": the joiner's act,
               as told: "did not join", "will join" */
            const vinfo *jv = &g->v[joiner];
            v->govv = (int16_t)joiner;
            v->gov = GOV_NONE;
            v->subj = jv->subj;
            v->neg = jv->neg;
            v->modal = jv->modal;
            v->fut = jv->fut;
            v->cond = jv->cond;
            v->hedge = jv->hedge;
        } else if (q > 0 && (TOK_IS(s, q - 1, "after") || TOK_IS(s, q - 1, "before") ||
                             TOK_IS(s, q - 1, "while") || TOK_IS(s, q - 1, "upon")) &&
                   g->last_finite >= 0 && g->last_finite < (int)q && g->v[g->last_finite].gov == GOV_NONE &&
                   g->v[g->last_finite].subj >= 0 && !g->v[g->last_finite].neg && !g->v[g->last_finite].cond &&
                   !(i + 1 < s->ntok && g->isverb[i + 1])) {
            /* "troops stormed the camp after killing its guards", "was arrested
               while crossing": the -ing's doer is the subject of the clause it
               closes, told as that clause is (not "after fighting erupted") */
            const vinfo *fv = &g->v[g->last_finite];
            v->gov = GOV_NONE;
            v->subj = fv->subj;
            v->modal = fv->modal;
            v->fut = fv->fut;
            v->hedge = fv->hedge;
        } else if ((charged = charged_doer(g, q)) >= 0) {
            v->gov = GOV_NONE; /* "Amnesty accused the police of torturing detainees": their act, reported */
            v->subj = (int16_t)charged;
            v->charged = 1;
        } else if (q > 0 && (s->gram[q - 1] & (G_PREP | G_LOC | G_BY | G_SUB)) &&
                   !ts_is_comma(s, q - 1)) {
            v->gov = GOV_PREP; /* "accused X of sending", "by linking" */
        } else if (q > 0 && ts_is_comma(s, q - 1)) {
            v->gov = GOV_NONE; /* participial clause: main subject */
        } else if (q > 0 && s->mid[q - 1] >= 0 && with_group(s, s->mid[q - 1])) {
            v->gov = GOV_NONE; /* "with the U.S. and Japan condemning ..." */
            v->subj = (int16_t)s->mid[q - 1];
        } else if (q > 0 && s->mid[q - 1] >= 0 && protest_ing(s, i) && people_before(s, q)) {
            v->gov = GOV_NONE; /* "fired tear gas at students protesting against the government": they protest */
            v->subj = (int16_t)s->mid[q - 1];
        } else if (q > 0 && g->last_finite >= 0 && g->v[g->last_finite].subj >= 0 &&
                   g->v[g->last_finite].gov == GOV_NONE && document_before(s, q) &&
                   issuing_verb(s, (size_t)g->last_finite)) {
            /* "South Africa filed a case accusing Israel of genocide", "issued a
               statement condemning the raid": the filer's act */
            v->gov = GOV_NONE;
            v->subj = g->v[g->last_finite].subj;
        } else if (q > 0 && s->mid[q - 1] >= 0) {
            v->gov = GOV_PREP; /* reduced relative: "troops fighting in" */
        } else if (q > 0 && !(s->gram[q - 1] & (G_AND))) {
            v->gov = GOV_PREP; /* gerund as a noun */
        }
    }
    /* "lets Kyiv strike", "made Moscow pay": a bare verb after an object is
       the complement of the verb before the object, not an assertion */
    if (v->kind == V_FINITE && v->gov == GOV_NONE && j == i && j > 0 && s->mid[j - 1] >= 0 && w &&
        (w->vform & VF_BASE) && !(w->vform & (VF_PAST | VF_S))) {
        size_t t0 = s->m[s->mid[j - 1]].t0;
        while (t0 > 0 && (s->gram[t0 - 1] & G_DET) && s->mid[t0 - 1] < 0)
            t0--;
        if (t0 > 0 && g->isverb[t0 - 1]) {
            v->gov = GOV_OTHER;
            v->govv = (int16_t)(t0 - 1);
        }
    }
    /* the governor's own state carries over */
    if (v->govv >= 0) {
        vinfo *gv = &g->v[v->govv];
        v->subj = gv->subj;
        v->neg |= gv->neg;
        v->modal |= gv->modal;
        v->fut |= gv->fut;
        v->hedge |= gv->hedge;
        if (gv->gov == GOV_INTENT || gv->gov == GOV_PLEDGE) {
            if (v->gov == GOV_ASPECT)
                v->gov = gv->gov;
        }
        if (gv->gov == GOV_NEG)
            v->neg = 1;
        if (v->gov == GOV_NEG && gv->neg && !gv->modal && !gv->hedge && gv->gov == GOV_NONE) {
            v->neg = 0; /* "did not hesitate to strike", "has not stopped shelling": it did; "will not hesitate to": it will */
            v->gov = GOV_NONE;
        }
        if (gv->gov == GOV_OTHER || gv->gov == GOV_PREP || gv->gov == GOV_HEDGE)
            v->gov = GOV_OTHER;
    }
}

/* The possessor of the noun phrase ending before token t, a few words back
 * ("Ghana's Commissioner", "Sudan's military-led government"): a named
 * actor marked possessive; with compound, one whose words hold the "'s"
 * ("Sudan's military"-led), and the way back may cross hyphens and verbs of
 * a compound ("-led"). -1 when there is none. */
static int possessor_before(const gstate *g, size_t t, int compound)
{
    const ts_sent *s = g->s;
    for (size_t k = t; k-- > 0 && k + 5 > t;) {
        int mk = s->mid[k];
        if (mk >= 0) {
            const ts_mention *p = &s->m[mk];
            int poss = p->modifier == 2;
            for (size_t q = p->t0; compound && q < p->t1 && !poss; q++)
                poss = is_poss(s, q);
            return poss && p->kind == M_NAME ? mk : -1;
        }
        if (is_poss(s, k) || (!compound && TOK_IS(s, k, "'")))
            continue;
        if (s->tok[k].kind == TK_PUNCT && !(compound && TOK_IS(s, k, "-")))
            return -1;
        if (!compound && g->isverb[k])
            return -1;
    }
    return -1;
}

/* The actor that a subject head at token h (< i) gives verb i, or -1: an
 * actor at the head ("The spokesman for the junta, General X, told ..."),
 * the possessor of a title the dictionaries do not know, or the "by" actor
 * of an event noun ("Air strikes by the army killed ..."). */
static int subject_at(gstate *g, size_t h, size_t i)
{
    ts_sent *s = g->s;
    int m = s->mid[h];
    if (m < 0 && s->tok[h].cas != CASE_LOWER) {
        /* "Ghana's Commissioner for Refugees": a title the dictionaries do not
           know; the possessor's country ("Israel's conduct" is not an actor) */
        int mk = possessor_before(g, h, 0);
        if (mk >= 0 && !is_place(s, &s->m[mk]))
            return mk;
    }
    if (m < 0) {
        const ts_word *w = W(s, h);
        int attack = ts_class(s->d, CL_ATTACK);
        if (!w || attack < 0 || !((w->classes >> attack) & 1))
            return -1;
        for (size_t k = h + 1; k < i && k < h + 6; k++) {
            if (hard_boundary(s, k))
                break;
            if (s->gram[k] & G_BY) {
                for (size_t q = k + 1; q < i && q < k + 4; q++)
                    if (s->mid[q] >= 0)
                        return s->m[s->mid[q]].kind == M_NAME ? s->mid[q] : -1;
                return -1;
            }
        }
        return -1;
    }
    if (s->m[m].kind != M_NAME && !(s->m[m].kind == M_UNRES && s->m[m].sector[0]))
        return -1;
    if (is_place(s, &s->m[m]) || g->skip[h])
        return -1;
    return m;
}

/* The subject the syntax layer finds when the rules above find none (what
 * subject_at makes of its head). */
static int parsed_subject(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    /* parsing costs as much as the rest of the coder: only for a verb with a
       named actor before it, which is all a subject here can come from, and
       some word before it that subject_at would take as the head */
    int named = 0;
    for (size_t k = 0; k < s->nm && !named; k++)
        named = s->m[k].t0 < i && ((s->m[k].kind == M_NAME && s->m[k].code[0]) ||
                                   (s->m[k].kind == M_UNRES && s->m[k].sector[0] && s->m[k].t0 == 0));
        /* also a sentence-initial unnamed agent the place will name: "Protesters
           demanding his resignation stormed the compound in Colombo" */
    if (!named)
        return -1;
    int any = 0;
    for (size_t h = 0; h < i && h < s->ntok && !any; h++)
        any = subject_at(g, h, i) >= 0;
    if (!any)
        return -1;
    int h = ts_structure_subject(&g->st, s, i);
    if (h < 0 || (size_t)h >= i)
        return -1;
    return subject_at(g, (size_t)h, i);
}

/* Step 3: the verb's subject (coordination, participial clauses, the
 * sentence's main subject). Returns 0 when the verb is inside an appositive. */
/* A verb of saying or of words (call, brand, urge, accuse) rather than of
 * material acts: most of its patterns code a verbal root. */
static int verbal_act(const ts_sent *s, const ts_word *w)
{
    if (!w)
        return 0;
    if (w->gram & G_SAY)
        return 1;
    if (w->verb < 0)
        return 0;
    const tocsin_dict *d = s->d;
    const ts_verb *vb = &d->verbs[w->verb];
    int words = 0, acts = 0;
    for (uint32_t k = 0; k < vb->count; k++) {
        const ts_pattern *p = &d->pats[d->porder[vb->first + k]];
        if (p->flags & P_BLOCK)
            continue;
        int r = root_of(p->code);
        if (r <= 5 || (r >= 10 && r <= 14))
            words++;
        else
            acts++;
    }
    return words > acts;
}

/* The subject of the main clause after a sentence-initial participial
 * clause that starts at verb i ("Breaking off relations with Israel, Bolivia
 * accused it ..."): the named actor right after its comma, when a verb
 * follows that actor; -1 when there is none. */
#define OPENER_SPAN 16 /* words of a participial opener */
static int opener_subject(const gstate *g, size_t i)
{
    const ts_sent *s = g->s;
    size_t c = i + 1;
    while (c < s->ntok && c < i + OPENER_SPAN && !ts_is_comma(s, c) && !hard_boundary(s, c))
        c++;
    if (c >= s->ntok || !ts_is_comma(s, c))
        return -1;
    size_t q = past_det(s, c + 1, s->ntok);
    int m = q < s->ntok ? s->mid[q] : -1;
    if (m < 0 || s->m[m].kind != M_NAME || !s->m[m].code[0])
        return -1;
    size_t e = s->m[m].t1;
    while (e < s->ntok && g->adv[e])
        e++;
    return e < s->ntok && g->isverb[e] ? m : -1;
}

/* A second verb in the past tense of its own ("said it would file a
 * complaint and demanded that Tokyo withdraw the curbs") does not share the
 * first one's "would", modal or negation; a participle after the first
 * one's "have" or "be" ("had not attacked or killed") does. */
static int own_past(const ts_word *w, const vinfo *pv)
{
    return w && (w->vform & VF_PAST) && !(w->vform & VF_BASE) && !pv->have && !pv->be;
}

static int feeling_verb(const ts_sent *s, size_t i);

/* A participle of feeling after "be" ("was alarmed", "is deeply
 * concerned", "were shocked by the scenes"): a state of its subject, so a
 * verb joined to it by "and" is active ("said it was alarmed and urged
 * Hanoi to ...", "was shocked and offered help"), not a second passive as
 * in "was arrested and charged". */
static int feeling_state(const ts_sent *s, size_t i)
{
    static const ts_lit more[] = {LIT("shock"), LIT("sadden"), LIT("trouble"), LIT("disturb"),
                                  LIT("horrify"), LIT("frustrate"), LIT("stun")};
    return feeling_verb(s, i) || lemma_in(s, W(s, i), more, sizeof more / sizeof more[0]);
}

/* "Putin said Russia was ready for nuclear war, and warned Washington ...",
 * "Netanyahu said Israel would keep fighting and threatened Hezbollah": a
 * verbal act in its own past after a reported clause of state or future
 * ("was ready", "would keep") whose subject is the speaker's own country is
 * the speaker's, as the reporter's "X said ... and warned" runs; pv is the
 * reported clause's verb, w the new one's word. Not "Police said the suspect
 * was armed and threatened officers": only the speaker's own country. */
static int said_and_spoke(const gstate *g, const vinfo *pv, const ts_word *w)
{
    const ts_sent *s = g->s;
    if (!g->said || g->say_speaker < 0 || pv->subj < 0 || pv->subj == g->say_speaker ||
        !(pv->be || pv->fut || pv->modal) || !w || !(w->vform & VF_PAST) || (w->vform & VF_BASE) ||
        !verbal_act(s, w))
        return 0;
    const ts_mention *sp = &s->m[g->say_speaker], *rs = &s->m[pv->subj];
    return sp->kind == M_NAME && rs->kind == M_NAME && strlen(sp->code) > 3 && strlen(rs->code) >= 3 &&
           !ts_igo_code(sp->code) && !strncmp(sp->code, rs->code, 3) && strcmp(sp->code, rs->code);
}

static int verb_subject(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    const ts_word *w = W(s, i);
    size_t j = (size_t)v->chain0;
    /* subject */
    if (v->subj < 0 && v->gov != GOV_OTHER && v->gov != GOV_PREP && j > 0 &&
        (s->gram[j - 1] & (G_AND | G_CONJ)) && !(s->gram[j - 1] & G_SUB) && g->last_finite >= 0 &&
        v->kind == V_FINITE) {
        /* a second verb of the same subject: "Turkey condemned Israel and recalled" */
        vinfo *pv = &g->v[g->last_finite];
        v->subj = pv->subj;
        if (!v->be && !v->have && pv->passive && w && (w->vform & VF_PART) &&
            !(i + 1 < s->ntok && (s->mid[i + 1] >= 0 || (s->gram[i + 1] & G_DET))) &&
            !feeling_state(s, (size_t)g->last_finite))
            v->passive = pv->passive; /* "had been killed or wounded"; not "was concerned and urged
                                         Beijing": a past form with an object, or after a feeling, is active */
        if ((v->subj < 0 || s->m[v->subj].kind == M_UNRES) && g->main_subj >= 0)
            v->subj = (int16_t)g->main_subj; /* "X argued that the regime failed and blamed Y" */
        int spoke = said_and_spoke(g, pv, w);
        if (spoke) /* "Putin said Russia was ready for war, and warned Y", "said Iran was not seeking
                      a war, and warned Israel": the speaker's, not sharing the reported clause's "not" */
            v->subj = (int16_t)g->say_speaker;
        if (!(v->neg || v->modal || v->fut || v->have || v->be) && !own_past(w, pv) && !spoke) {
            v->neg = pv->neg;
            v->modal = pv->modal;
            v->fut = pv->fut;
        }
    }
    if (v->subj < 0 && v->gov != GOV_OTHER && v->gov != GOV_PREP) {
        int sj = find_subject(g, i, j);
        if (sj == -2 || sj == -1) {
            /* coordination or a participial clause: the previous verb's subject */
            size_t q = j;
            int coord = q > 0 && ((s->gram[q - 1] & G_AND) || ts_is_comma(s, q - 1) ||
                                  (s->gram[q - 1] & G_CONJ));
            if (coord && g->last_finite >= 0) {
                sj = g->v[g->last_finite].subj;
                if (v->kind == V_ING && ts_is_comma(s, q - 1) && g->said && g->v[g->last_finite].speaker >= 0 &&
                    g->v[g->last_finite].speaker != g->late_speaker && verbal_act(s, w))
                    sj = g->v[g->last_finite].speaker; /* "X claimed that Y ..., calling Z's acts a provocation": X calls */
                vinfo *pv = &g->v[g->last_finite];
                if (!(v->neg || v->modal || v->fut || v->have || v->be) && !own_past(w, pv)) {
                    v->neg = pv->neg && v->kind != V_ING;
                    v->modal = pv->modal;
                    v->fut = pv->fut;
                }
            } else if (v->kind == V_ING && q > 0 && ts_is_comma(s, q - 1)) {
                sj = g->main_subj;
            } else if (v->kind == V_ING && q == 0 && !(w && (w->gram & G_SAY))) {
                sj = opener_subject(g, i); /* "Severing ties with Taiwan, Honduras ..." */
            } else {
                sj = -1;
            }
        }
        v->subj = (int16_t)sj;
    }
    if (v->kind == V_FINITE && !v->have && !v->be && !v->neg && w && (w->vform & VF_PART) &&
        j > 0 && s->mid[j - 1] >= 0 && i + 1 < s->ntok && (s->gram[i + 1] & (G_PREP | G_LOC)) &&
        !(s->gram[i + 1] & G_BY) && in_appositive(s, s->m[s->mid[j - 1]].t0)) {
        return 0; /* ", a network of militias opposed to the United States," */
    }
    if ((v->kind == V_FINITE || (v->kind == V_ING && v->be)) && v->gov == GOV_NONE) {
        /* "has been expanding" is as finite as "expanded" */
        g->last_finite = (int)i;
        if (g->main_subj < 0)
            g->main_subj = v->subj;
    }
    return 1;
}

/* Step 4: attribution ("X said ...", "according to X", a closing ", X said")
 * and conditions. Returns 0 for the closing saying verb itself. */
static int verb_attribution(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    /* attribution */
    v->attributed = (uint8_t)g->said;
    v->speaker = (int16_t)g->say_speaker;
    if (g->late_at < s->ntok) {
        if (i > g->late_at)
            return 0; /* the closing "X said" itself */
        v->attributed = 1;
        g->say_speaker = g->late_speaker;
    }
    if (g->first_skip < i)
        v->attributed = 1; /* "according to X, ..." */
    if (v->charged)
        v->attributed = 1; /* a rights group's charge (charged_doer) */
    v->cond = g->incond[i];
    /* pronoun subject in reported speech: the speaker ("X said it would") */
    if (v->subj >= 0 && v->attributed && g->say_speaker >= 0 && s->m[v->subj].resolved &&
        s->m[v->subj].t1 == s->m[v->subj].t0 + 1 && !s->m[v->subj].person == !s->m[g->say_speaker].person &&
        (s->gram[s->m[v->subj].t0] & (G_HE | G_IT | G_THEY | G_WE)))
        v->subj = (int16_t)g->say_speaker; /* (but "The rebels killed two soldiers, the army said": the rebels) */
    if (v->subj >= 0 && v->attributed && g->say_speaker >= 0 && s->m[v->subj].kind == M_UNRES &&
        s->m[v->subj].resolved)
        v->subj = (int16_t)g->say_speaker;
    if (v->subj >= 0 && v->attributed && g->say_speaker >= 0 && s->m[v->subj].kind == M_UNRES &&
        (!strcmp(s->m[v->subj].sector, "MIL") || !strcmp(s->m[v->subj].sector, "COP"))) {
        /* "a spokesman for the Israeli military said troops had killed ...": the speaker's troops */
        int sp = g->say_speaker;
        if (s->m[sp].kind == M_UNRES) {
            size_t e = s->m[sp].t1;
            if (e + 1 < s->ntok && (TOK_IS(s, e, "for") || TOK_IS(s, e, "of"))) {
                e++;
                while (e < s->ntok && (s->gram[e] & G_DET) && s->mid[e] < 0)
                    e++;
                sp = e < s->ntok ? s->mid[e] : -1;
            }
        }
        if (sp >= 0 && s->m[sp].kind == M_NAME && strlen(s->m[sp].code) >= 3 && !ts_igo_code(s->m[sp].code) &&
            (strlen(s->m[sp].code) == 3 || !strcmp(s->m[sp].code + 3, "GOV") || !strcmp(s->m[sp].code + 3, "MIL") ||
             !strcmp(s->m[sp].code + 3, "COP"))) {
            name_unresolved(&s->m[v->subj], s->m[sp].code);
        }
    }
    return 1;
}

/* Is verb i the demanded act of a noun's that-clause ("rejected the demand
 * that it withdraw from Gaza", "the call that Russia should pull out")? The
 * verb is bare or after a modal, so the clause says what is wanted, not what
 * was done (a relative clause, "the proposal that Russia made", is past). */
static int demand_content(const gstate *g, size_t i)
{
    static const char *const nouns[] = {"demand", "demands", "call", "calls", "request", "requests",
                                        "insistence", "ultimatum", "appeal", "appeals", "proposal",
                                        "proposals", "suggestion", "plea", "pleas", "condition", NULL};
    const ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    const ts_word *w = W(s, i);
    if (!(g->words & SW_THAT))
        return 0; /* no "that" */
    if (!w || !(v->modal || ((w->vform & VF_BASE) && !(w->vform & (VF_PAST | VF_S)) && !v->fut)))
        return 0;
    size_t b = v->chain0 >= 0 ? (size_t)v->chain0 : i;
    if (b > i || b >= s->ntok)
        return 0;
    if (b > 0 && s->mid[b - 1] >= 0)
        b = s->m[s->mid[b - 1]].t0;
    while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0 && !TOK_IS(s, b - 1, "that"))
        b--; /* "that the rebels", not "that" itself */
    if (b < 2 || !TOK_IS(s, b - 1, "that"))
        return 0;
    for (size_t k = 0; nouns[k]; k++)
        if (ts_tok_is(s, b - 2, nouns[k], strlen(nouns[k])))
            return 1;
    return 0;
}

/* "Iran warned it would retaliate", "warned Israel would pay a price": the
 * warning's bare "$T" took the subject of the clause it reports, whose verb
 * follows at once; the warning is a saying verb and its clause the threat. */
static int warned_clause(const vcode *vc, int csubj)
{
    return csubj >= 0 && vc->has && vc->pm.target == csubj && root_of(vc->pm.p->code) == 13;
}

/* Step 5: the best pattern in the verb's clause; saying verbs open reported
 * speech instead of coding. Returns 0 when the verb codes nothing itself. */
/* "Thousands of people protested in Nairobi", "People took to the streets":
 * "people" is too generic to be an actor, but the sentence's opening
 * "(thousands of) people" as the subject of a protest are protesters, of
 * the place the sentence names (adopt_country). An unnamed CVL mention, or -1. */
#define PEOPLE_SPAN 6 /* words between "people" and the protest verb */
#define CAPTORS_SPAN 10 /* words between the captive captors and their verb: "Inmates at several jails in Ecuador took" */

/* Prisoners: "prisoners", "inmates", "detainees". */
static int prisoner_noun(const ts_sent *s, size_t k)
{
    static const ts_lit words[] = {LIT("prisoners"), LIT("inmates"), LIT("detainees"), LIT("prisoner"),
                                   LIT("inmate"),    LIT("detainee")};
    return ts_tok_in(s, k, words, sizeof words / sizeof words[0]);
}

/* A country's prisoners ("Kenyan prisoners", "Iran's inmates"): people of it. */
static int country_prisoners(const ts_sent *s, int m)
{
    const ts_mention *x = &s->m[m];
    if (strlen(x->code) != 3 || (x->kind != M_ADJ && x->kind != M_NAME))
        return 0;
    return prisoner_noun(s, x->head) || (x->t1 > 0 && prisoner_noun(s, x->t1 - 1u)) ||
           (x->t1 < s->ntok && prisoner_noun(s, x->t1));
}

/* The people a sentence (or the clause at start) opens with, up to token p
 * ("Thousands of people", "Dozens of inmates"), when nothing between p and
 * verb i starts another clause (nor names an actor, with no_mentions): a new
 * unnamed CVL mention, or -1. */
static int opening_people(gstate *g, size_t start, size_t p, size_t i, int no_mentions)
{
    ts_sent *s = g->s;
    for (size_t q = p + 1; q < i; q++)
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (no_mentions && s->mid[q] >= 0) ||
            (g->isverb[q] && g->v[q].kind != V_NONE) || (s->gram[q] & (G_REL | G_SUB | G_CONJ | G_AND)))
            return -1;
    int m = ts_mention_new(s, start, p + 1, p, M_UNRES, NULL);
    if (m >= 0)
        memcpy(s->m[m].sector, "CVL", 4);
    return m;
}

/* A count that stands for a crowd: "thousands", "hundreds", "dozens". */
static int crowd_count(const ts_sent *s, size_t k)
{
    static const ts_lit words[] = {LIT("thousands"), LIT("hundreds"), LIT("dozens"), LIT("scores"),
                                   LIT("millions")};
    return ts_tok_in(s, k, words, sizeof words / sizeof words[0]);
}

static int protesting_people(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    size_t p = 0;
    while (p < i && (s->tok[p].kind == TK_NUM || (s->gram[p] & G_QUANT) || TOK_IS(s, p, "of") ||
                     TOK_IS(s, p, "tens")))
        p++;
    if (p > 0 && crowd_count(s, p - 1) && s->mid[p - 1] < 0) {
        /* "Thousands rallied in Manama", "Tens of thousands marched through
           Caracas": a count of the crowd alone, the verb right after it */
        size_t q = p;
        while (q < i && g->adv[q])
            q++;
        if (q == i) {
            int m = ts_mention_new(s, 0, p, p - 1, M_UNRES, NULL);
            if (m >= 0)
                memcpy(s->m[m].sector, "CVL", 4);
            return m;
        }
    }
    if (p >= i || !TOK_IS(s, p, "people") || s->mid[p] >= 0 || i - p > PEOPLE_SPAN)
        return -1;
    return opening_people(g, 0, p, i, 0);
}

/* Captives who may take hostages in their jail (captive_captors). */
static const ts_lit captives[] = {LIT("inmates"), LIT("prisoners"), LIT("detainees"), LIT("convicts")};
#define CAPTIVES_N (sizeof captives / sizeof captives[0])

/* "Inmates took twelve guards hostage at a prison in Venezuela", "Rioting
 * prisoners seized guards": captives who take hostages in their jail are
 * people of its country, whom the dictionaries do not name. The sentence,
 * or the clause a saying verb opens ("Police said inmates took ..."), opens
 * with them (a number, an article or a lower-case word before), within
 * CAPTORS_SPAN words of hostage-taking verb i; only their jail's place may
 * stand between. A new unnamed CVL mention, or -1. */
static int captive_captors(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    size_t c = 0; /* the clause's start: "Ecuador's prison agency said (that) inmates took" */
    for (size_t k = i; k-- > 0 && k + CAPTORS_SPAN > i;)
        if ((s->gram[k] & G_SAY) && s->tok[k].cas == CASE_LOWER && s->mid[k] < 0) {
            c = k + 1 < i && TOK_IS(s, k + 1, "that") ? k + 2 : k + 1;
            break;
        }
    size_t p = c;
    while (p < i && p < c + PEOPLE_SPAN && s->mid[p] < 0 &&
           (s->tok[p].kind == TK_NUM || (s->gram[p] & (G_DET | G_QUANT)) || TOK_IS(s, p, "of") ||
            (s->tok[p].kind == TK_WORD && s->tok[p].cas == CASE_LOWER && !s->gram[p] && !g->isverb[p] &&
             !ts_tok_in(s, p, captives, CAPTIVES_N))))
        p++;
    if (p >= i || !ts_tok_in(s, p, captives, CAPTIVES_N) || s->mid[p] >= 0 ||
        i - p > CAPTORS_SPAN)
        return -1;
    for (size_t q = p + 1; q < i; q++)
        if (s->mid[q] >= 0 && !is_place(s, &s->m[s->mid[q]]))
            return -1; /* "Inmates at several jails in Ecuador": only their place may be named */
    for (size_t q = i + 1; q < s->ntok && q < i + CAPTORS_SPAN; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (s->gram[q] & (G_AND | G_CONJ | G_SUB | G_REL)))
            break;
        if (g->isverb[q] && g->v[q].kind == V_FINITE)
            return -1; /* "Prisoners held hostage in Gaza were freed": a participle of theirs */
    }
    return opening_people(g, c, p, i, 0);
}

/* Whether the sentence opens with captives among its first CAPTORS_SPAN
 * words ("Inmates at several jails took ..."): a sentence with no actor is
 * still read for captive_captors, in the story's (or its dateline's) country. */
int ts_opening_captives(const ts_sent *s)
{
    for (size_t q = 0; q < s->ntok && q < CAPTORS_SPAN; q++)
        if (ts_tok_in(s, q, captives, CAPTIVES_N))
            return 1;
    return 0;
}

/* Whether the story's last parties are all of one country, the story's
 * country (ctx->thing): "the prisons" of a later sentence are its. */
static int one_country_story(const ts_ctx *x)
{
    if (strlen(x->thing) < 3 || ts_igo_code(x->thing))
        return 0;
    for (size_t k = 0; k < sizeof x->recent / sizeof x->recent[0]; k++)
        if (x->recent[k][0] && strncmp(x->recent[k], x->thing, 3))
            return 0;
    return 1;
}

/* "Inmates at several jails took more than 130 guards hostage": captors
 * captive_captors found, whose hostages no actor names, hold them at home:
 * the target is the captors' country (their jail's place, else the story's). */
static int captors_home(gstate *g, size_t i, int src)
{
    ts_sent *s = g->s;
    const ts_mention *m = &s->m[src];
    if (m->kind != M_UNRES || strcmp(m->sector, "CVL") || m->head >= i ||
        !ts_tok_in(s, m->head, captives, CAPTIVES_N))
        return -1;
    static const ts_lit held[] = {LIT("guard"),    LIT("guards"),   LIT("warden"),  LIT("wardens"),
                                  LIT("officers"), LIT("staff"),    LIT("visitors"), LIT("employees"),
                                  LIT("workers"),  LIT("hostage"),  LIT("hostages")};
    int jail_people = 0;
    for (size_t q = i + 1; q < s->ntok && q <= i + CAPTORS_SPAN && !jail_people; q++)
        jail_people = ts_tok_in(s, q, held, sizeof held / sizeof held[0]);
    if (!jail_people)
        return -1; /* "Inmates hijacked a bus": whose, the place must say */
    int named = 0; /* a place or a country the sentence names ("Police in Ecuador said inmates ...") */
    for (size_t k = 0; k < s->nm && !named; k++)
        named = (int)k != src && (is_place(s, &s->m[k]) || ((s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) &&
                                                          strlen(s->m[k].code) >= 3 && !ts_igo_code(s->m[k].code)));
    if (!named && !s->place_cc[0] && !one_country_story(s->ctx))
        return -1; /* none named: only a story of one country says whose jail */
    adopt_country(s, src, -1, 1);
    if (s->m[src].kind != M_NAME || strlen(s->m[src].code) != 6)
        return -1;
    char cc[4] = {s->m[src].code[0], s->m[src].code[1], s->m[src].code[2], '\0'};
    return add_actor(s, cc, 0, 0);
}

/* "The Argentine coast guard fired warning shots at a Chinese trawler. The
 * crew ignored orders to stop": a crew, captain or craft no country names,
 * opening the sentence before a refusal (12) at i, is of the one the story's
 * last event was done to, and refuses the doer (story_crew_target). A new
 * mention, or -1. */
#define CREW_WORDS 4 /* words before the verb: "The vessel's crew" */
static const ts_lit crew_words[] = {LIT("crew"), LIT("captain"), LIT("skipper"), LIT("vessel"),
                                    LIT("ship"), LIT("boat"),    LIT("trawler"), LIT("tanker")};

/* Whether one of the sentence's first CREW_WORDS words is a crew's: a
 * sentence with no actor is still read for story_crew. */
static int opening_crew(const ts_sent *s)
{
    for (size_t q = 0; q < s->ntok && q < CREW_WORDS; q++)
        if (ts_tok_in(s, q, crew_words, sizeof crew_words / sizeof crew_words[0]))
            return 1;
    return 0;
}

static int story_crew(gstate *g, size_t i)
{
    ts_sent *s = g->s;
    const ts_ctx *x = s->ctx;
    size_t e = (size_t)g->v[i].chain0 <= i ? (size_t)g->v[i].chain0 : i;
    if (e == 0 || e > CREW_WORDS || strlen(x->last_src) < 3 || strlen(x->last_tgt) < 3 ||
        !strncmp(x->last_src, x->last_tgt, 3) || ts_igo_code(x->last_tgt) ||
        !ts_tok_in(s, e - 1, crew_words, sizeof crew_words / sizeof crew_words[0]))
        return -1;
    for (size_t q = 0; q + 1 < e; q++)
        if (s->mid[q] >= 0 || !((s->gram[q] & G_DET) || TOK_IS(s, q, "its") || TOK_IS(s, q, "'s") ||
                                ts_tok_in(s, q, crew_words, sizeof crew_words / sizeof crew_words[0])))
            return -1; /* "The Chinese crew": its adjective names it */
    int m = ts_mention_new(s, 0, e, e - 1, M_NAME, x->last_tgt);
    if (m >= 0)
        s->m[m].resolved = 1;
    g->crew = m;
    return m;
}

/* The country that runs or owns what a protest is aimed at: "boycotted
 * Serbian-run schools", "protested at Chinese-owned mines", "rallied against
 * Russian-installed officials". Its mention (a modifier), else -1. */
static int run_by(gstate *g, size_t i, size_t end, int src)
{
    ts_sent *s = g->s;
    static const ts_lit run[] = {LIT("run"),       LIT("controlled"), LIT("owned"), LIT("operated"),
                                 LIT("installed"), LIT("appointed"),  LIT("built")};
    for (size_t q = i + 1; q + 2 < end && q < s->ntok; q++) {
        int m = s->mid[q];
        if (m < 0 || m == src || s->m[m].t0 != q || s->m[m].modifier != 1 || strlen(s->m[m].code) < 3 ||
            ts_igo_code(s->m[m].code))
            continue;
        size_t e = s->m[m].t1;
        if (e + 1 < s->ntok && TOK_IS(s, e, "-") && ts_tok_in(s, e + 1, run, sizeof run / sizeof run[0]) &&
            strncmp(s->m[m].code, s->m[src].code, 3))
            return m;
    }
    return -1;
}

/* The state that holds the protesters of mention src, named between them
 * and verb i: "prisoners in Israeli jails", "activists in Egyptian custody",
 * "detainees in Iran's prisons", "Kenyan inmates in Iran". Its mention, else -1. */
#define JAIL_SPAN 8 /* tokens between the protesters and the verb */
static int jailer(gstate *g, int src, size_t i)
{
    ts_sent *s = g->s;
    static const ts_lit jail[] = {LIT("jail"),    LIT("jails"),  LIT("prison"),    LIT("prisons"),
                                  LIT("custody"), LIT("cells"),  LIT("detention"), LIT("captivity")};
    size_t from = s->m[src].t1;
    if (from >= i || i - from > JAIL_SPAN)
        return -1;
    if (country_prisoners(s, src) && TOK_IS(s, from, "in") && from + 1 < i && s->mid[from + 1] >= 0) {
        /* "two Kenyan detainees in Iran": held where they are */
        const ts_mention *x = &s->m[s->mid[from + 1]];
        if (x->kind == M_NAME && strlen(x->code) == 3 && strncmp(x->code, s->m[src].code, 3))
            return s->mid[from + 1];
    }
    for (size_t q = from; q < i; q++) {
        if (hard_boundary(s, q) || (g->isverb[q] && g->v[q].kind == V_FINITE))
            return -1;
        if (!ts_tok_in(s, q, jail, sizeof jail / sizeof jail[0]) || q < 1)
            continue;
        size_t b = q - 1; /* "Israeli jails", "Iran's prisons", "Israeli military prisons" */
        if (is_poss(s, b) && b > 0)
            b--;
        else if (b > from && s->mid[b] < 0 && s->tok[b].cas == CASE_LOWER)
            b--;
        int m = s->mid[b];
        if (m >= 0 && m != src && (s->m[m].kind == M_ADJ || s->m[m].kind == M_NAME) && strlen(s->m[m].code) >= 3 &&
            strncmp(s->m[m].code, s->m[src].code, 3))
            return m;
    }
    return -1;
}

/* The party a protest's participle of demand names, past "that" or "on":
 * "marched in Seoul demanding that Japan apologise", "rallied calling on
 * Israel to end the siege", "calling for the withdrawal of US troops". Its
 * mention, else -1. */
#define DEMAND_SPAN 12 /* tokens from the protest verb to the participle */
static int demanded_party(gstate *g, size_t i, int src)
{
    ts_sent *s = g->s;
    static const ts_lit ings[] = {LIT("demanding"), LIT("calling"), LIT("urging"), LIT("pressing")};
    static const ts_lit exits[] = {LIT("withdrawal"), LIT("departure"), LIT("expulsion"), LIT("exit"),
                                   LIT("removal"),    LIT("pullout"),   LIT("apology"),   LIT("apologies")};
    for (size_t q = i + 1; q + 2 < s->ntok && q <= i + DEMAND_SPAN; q++) {
        if (hard_boundary(s, q) || (g->isverb[q] && g->v[q].kind == V_FINITE))
            return -1;
        if (!ts_tok_in(s, q, ings, sizeof ings / sizeof ings[0]))
            continue;
        size_t k = q + 1;
        if (TOK_IS(s, k, "that") || TOK_IS(s, k, "on") || TOK_IS(s, k, "for"))
            k++;
        while (k < s->ntok && (s->gram[k] & G_DET))
            k++;
        if (k + 1 < s->ntok && ts_tok_in(s, k, exits, sizeof exits / sizeof exits[0]) &&
            (TOK_IS(s, k + 1, "of") || TOK_IS(s, k + 1, "from"))) {
            k += 2; /* "calling for the withdrawal of US troops", "an apology from Denmark" */
            while (k < s->ntok && (s->gram[k] & G_DET))
                k++;
        }
        int m = k < s->ntok ? s->mid[k] : -1;
        if (m < 0 || m == src || (s->m[m].kind != M_NAME && s->m[m].kind != M_ADJ) || strlen(s->m[m].code) < 3)
            return -1;
        size_t e = s->m[m].t1; /* a party that acts ("Japan apologise", "Israel to end"), not a thing's owner */
        if (e < s->ntok && (is_poss(s, e) || TOK_IS(s, e, "'")))
            return -1;
        return m;
    }
    return -1;
}

/* "..., a charge Ukraine rejected", "..., an accusation Beijing dismissed":
 * an allegation noun right before the subject of verb i, which has no
 * object of its own (the relative pronoun left out). */
static int fronted_allegation(const gstate *g, size_t i, int subj)
{
    const ts_sent *s = g->s;
    static const ts_lit nouns[] = {LIT("charge"), LIT("claim"), LIT("accusation"), LIT("allegation"),
                                   LIT("assertion"), LIT("charges"), LIT("claims"), LIT("accusations"),
                                   LIT("allegations")};
    static const ts_lit verbs[] = {LIT("rejected"), LIT("rejects"), LIT("dismissed"), LIT("dismisses"),
                                   LIT("disputed"), LIT("disputes"), LIT("refuted"), LIT("refutes"),
                                   LIT("rebuffed"), LIT("rebuffs")};
    if (subj < 0 || !ts_tok_in(s, i, verbs, sizeof verbs / sizeof verbs[0]) || s->m[subj].t1 != i ||
        s->m[subj].t0 < 2)
        return 0;
    if (i + 1 < s->ntok && !hard_boundary(s, i + 1) && !ts_is_comma(s, i + 1) && !ts_is_punct(s, i + 1, '.'))
        return 0; /* "rejected the offer": an object of its own */
    size_t n = s->m[subj].t0 - 1;
    return ts_tok_in(s, n, nouns, sizeof nouns / sizeof nouns[0]) &&
           (TOK_IS(s, n - 1, "a") || TOK_IS(s, n - 1, "an") || TOK_IS(s, n - 1, "the"));
}

/* A verb of attempt whose pattern is the attempt itself (185 "try * kill"). */
static int attempt_verb(const ts_sent *s, size_t k)
{
    static const ts_lit words[] = {LIT("try"),     LIT("tries"),    LIT("tried"),    LIT("trying"),
                                   LIT("attempt"), LIT("attempts"), LIT("attempted"), LIT("attempting"),
                                   LIT("plot"),    LIT("plots"),    LIT("plotted"),  LIT("plotting")};
    return ts_tok_in(s, k, words, sizeof words / sizeof words[0]);
}

static int verb_pattern(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    const ts_word *w = W(s, i);
    if (i < g->suppress_until || demand_content(g, i))
        return 0; /* the content of a demand: "demanded that X retract" */
    if (v->kind == V_INF && v->gov == GOV_NONE && v->govv >= 0 && g->v[v->govv].root && protest_purpose(g, i) &&
        strcmp(lemma_of(s, (size_t)v->govv), "defy"))
        return 0; /* "blockaded fuel depots to protest": the blockade is the protest (but "defied
                     the ban to rally": the rally is) */
    if (v->kind == V_INF && v->govv >= 0 && g->v[v->govv].root == 18 && attempt_verb(s, (size_t)v->govv))
        return 0; /* "tried to assassinate the minister": the attempt (185), not the killing */
    int is_say = w && (w->gram & G_SAY);
    vc->end = clause_end(g, i);
    if (g->late_at < s->ntok && vc->end > g->late_at)
        vc->end = g->late_at;
    memset(&vc->pm, 0, sizeof vc->pm);
    vc->has = best_pattern(g, i, vc->end, v->subj, &vc->pm);
    size_t that_at = i + 1;
    while (that_at < s->ntok && g->adv[that_at] && s->mid[that_at] < 0)
        that_at++; /* "demanded on Monday that ..." */
    if (vc->has && vc->pm.target < 0 && that_at < s->ntok && TOK_IS(s, that_at, "that") &&
        (!strcmp(vc->pm.p->code, "100") || !strcmp(vc->pm.p->code, "020"))) {
        /* "demanded that Japan release the captain", "urged that Serbia
           extradite ...": what the that-clause asks for picks the sub-code
           (the clause's subject stays the target, its act no event); not
           past a clause inside it ("explain why it froze the funds") */
        size_t q = that_at + 1;
        while (q < s->ntok && !hard_boundary(s, q) && !ts_is_comma(s, q) &&
               !(s->gram[q] & (G_SUB | G_REL | G_WH | G_CONJ)))
            q++;
        pmatch pm2;
        memset(&pm2, 0, sizeof pm2);
        int got = best_pattern(g, i, q, v->subj, &pm2), stop = 0;
        /* "demanded that Washington stop arms sales": no demand for arms, but
           "that Israel halt the offensive" is still a de-escalation (10x5) */
        static const ts_lit halts[] = {LIT("end"), LIT("suspend"), LIT("abandon"), LIT("cut"), LIT("reduce")};
        /* nor from the clause's adjuncts: "apologise for the bombing" asks
           for no bombs */
        static const ts_lit adjunct[] = {LIT("for"), LIT("about"), LIT("over"), LIT("against"), LIT("after")};
        for (size_t k = that_at + 1; got && k <= pm2.last && k < q && !stop; k++) {
            if (cessation_word(s, k) || ts_tok_in(s, k, halts, sizeof halts / sizeof halts[0]))
                stop = 1;
            else if ((k < pm2.last && ts_tok_in(s, k, adjunct, sizeof adjunct / sizeof adjunct[0])) ||
                     (s->gram[k] & G_NEG))
                stop = 2; /* nor "that Kyiv not receive weapons" */
        }
        if (got && pm2.target < 0 && pm2.p->nelem > 0 &&
            pm2.p->code[0] == vc->pm.p->code[0] && pm2.p->code[1] == vc->pm.p->code[1] &&
            strcmp(pm2.p->code, vc->pm.p->code) &&
            (!stop || (stop == 1 && (pm2.p->code[2] == '4' || pm2.p->code[2] == '5')))) {
            vc->pm.p = pm2.p;
            vc->pm.last = i;
        }
    }
    if ((!vc->has || vc->pm.p->nelem == 0) && fronted_allegation(g, i, v->subj)) {
        vc->has = 0;
        /* "Moscow accused Kyiv of ..., a charge Ukraine rejected": the charge
           before the subject is what the verb's object would be, a denial */
        const ts_verb *vb = &s->d->verbs[w->verb];
        for (uint32_t k = 0; k < vb->count && !vc->has; k++) {
            const ts_pattern *p = &s->d->pats[s->d->porder[vb->first + k]];
            if (!strcmp(p->code, "016") && !(p->flags & P_BLOCK)) {
                vc->pm.p = p;
                vc->pm.target = -1;
                vc->pm.last = i;
                vc->has = 1;
            }
        }
    }
    v->root = vc->has ? (uint8_t)root_of(vc->pm.p->code) : 0;
    if (is_say && v->gov == GOV_NONE && (v->neg || non_factive(s, w))) {
        /* "Britain did not confirm reports that ...", "they fear that ...":
           what follows is not asserted */
        g->said_neg = 1;
        return 0;
    }
    if (vc->has && !strncmp(vc->pm.p->code, "016", 3) && g->deny_at < 0) {
        g->deny_at = (int)i; /* "denied assertions that Pyongyang provided ...": disputed */
        g->deny_end = s->ntok;
        /* "Russia, which has denied targeting civilians, launched ...": inside
           a relative clause between commas, the denial reaches its comma only */
        size_t r = (size_t)v->chain0;
        while (r > 0 && !ts_is_comma(s, r - 1) && !hard_boundary(s, r - 1) && !(s->gram[r - 1] & G_REL))
            r--;
        if (r > 0 && (s->gram[r - 1] & G_REL) && r >= 2 && ts_is_comma(s, r - 2))
            for (size_t q = i + 1; q < s->ntok; q++)
                if (ts_is_comma(s, q)) {
                    g->deny_end = q;
                    break;
                }
        /* "The Kremlin denied the accusation and blamed Kyiv": a verb of the
           subject's own after "and" is no part of what was denied (but
           "denied that its troops shelled and looted the town" is) */
        /* what was denied is a noun phrase or a gerund ("denied the report",
           "denied shelling civilians"), not a clause: a party inside it is no
           subject of a later verb ("denied targeting civilians and accused the army") */
        int np_obj = i + 1 < s->ntok && s->mid[i + 1] < 0 && s->tok[i + 1].cas == CASE_LOWER &&
                     ((s->gram[i + 1] & G_DET) || (W(s, i + 1) && (W(s, i + 1)->vform & VF_ING)));
        for (size_t q = i + 1; q + 1 < g->deny_end; q++) {
            if (TOK_IS(s, q, "as") && as_preposition(g, q))
                continue; /* "rejected the allegations as unfounded and accused Chisinau" */
            if (TOK_IS(s, q, "that") || (s->gram[q] & (G_SUB | G_REL)) || (s->mid[q] >= 0 && !np_obj) ||
                is_quote(s, q))
                break;
            size_t a = ts_is_comma(s, q) && (s->gram[q + 1] & G_AND) ? q + 1 : q, v1 = a + 1;
            while (v1 < s->ntok && v1 < a + 3 && (g->adv[v1] || (s->gram[v1] & G_ADV)) && !g->isverb[v1])
                v1++; /* "and then accused" */
            if ((s->gram[a] & G_AND) && v1 < s->ntok && g->isverb[v1] && g->v[v1].kind == V_FINITE) {
                g->deny_end = q;
                break;
            }
        }
    }
    if (is_say && v->gov == GOV_NONE && !v->neg) {
        /* "X said (that) ...": a saying verb with a clause after it */
        size_t q = i + 1;
        int clause = 0, csubj = -1;
        while (q < s->ntok && g->adv[q] && s->mid[q] < 0)
            q++; /* "announced on Monday (that) they were ..." */
        if (q < s->ntok && (TOK_IS(s, q, "that") || is_quote(s, q) || ts_is_punct(s, q, ',') ||
                            ts_is_punct(s, q, ':')))
            clause = 1;
        while (q < s->ntok && s->mid[q] < 0 &&
               (s->tok[q].kind == TK_NUM || (s->gram[q] & (G_DET | G_ADV)) || TOK_IS(s, q, "of")))
            q++;
        if (clause) {
        } else if (q < s->ntok && (s->mid[q] >= 0 || person_noun(s, q))) {
            /* "said Russia had ...", "said Israel's conduct amounted to", "said 80
               people were held": a subject, then a verb */
            size_t e0 = s->mid[q] >= 0 ? s->m[s->mid[q]].t1 : q + 1;
            for (size_t e2 = e0; e2 < s->ntok && e2 < q + 10; e2++) {
                if (hard_boundary(s, e2) || ts_is_comma(s, e2))
                    break;
                if ((g->isverb[e2] && g->v[e2].kind == V_FINITE) ||
                    (e2 == e0 && (s->gram[e2] & (G_BE | G_HAVE | G_MODAL | G_FUT)))) {
                    clause = 1; /* "announced they were severing ties" */
                    if (s->mid[q] >= 0 && e0 < s->ntok &&
                        (e2 == e0 || (s->gram[e0] & (G_BE | G_HAVE | G_MODAL | G_FUT))))
                        csubj = s->mid[q];
                    break;
                }
            }
        }
        if (clause && (!vc->has || vc->pm.p->nelem == 0 || warned_clause(vc, csubj))) {
            g->said = 1;
            g->say_speaker = v->subj;
            int r = vc->has ? root_of(vc->pm.p->code) : 0;
            if (!(r >= 10 && r <= 12))
                return 0;
            g->accuse = 1; /* "alleged that X ...": the saying is itself the event */
        }
        if (!vc->has) {
            /* a quote ending in "X said" attributes what came before */
            return 0;
        }
    }
    if (!vc->has)
        return 0;
    /* "demanded that X retract ...", "urged that X ...": X is the target and
       the demanded act is not an event */
    vc->r0 = root_of(vc->pm.p->code);
    /* "reiterated its demand that X ...": the pattern's noun, then "that" */
    size_t dl = vc->pm.p->nelem == 0 ? i : vc->pm.last, dt = dl + 1;
    while (dt < s->ntok && g->adv[dt] && s->mid[dt] < 0)
        dt++; /* "demanded on Monday that X ..." */
    vc->demand_that = (vc->r0 == 2 || vc->r0 == 10) && (vc->pm.p->nelem == 0 || vc->pm.target < 0) &&
                      dt < s->ntok && TOK_IS(s, dt, "that");
    if (vc->demand_that) {
        if (vc->pm.p->nelem > 0)
            vc->rule = "target: the subject of the demand's that-clause";
        size_t q = dt + 1;
        while (q < s->ntok && !hard_boundary(s, q) && !ts_is_comma(s, q))
            q++;
        g->suppress_until = q;
    }
    if (v->subj < 0 && v->kind == V_FINITE && v->gov == GOV_NONE && !v->passive &&
        !(v->chain0 > 0 && (s->gram[v->chain0 - 1] & (G_REL | G_SUB)))) {
        /* a pattern matched and the rules found no subject: ask the parse
           (only here, so that sentences without a candidate event never pay) */
        v->subj = (int16_t)parsed_subject(g, i);
        if (v->subj >= 0) {
            /* what the rules could not read of the verb group, the parse did:
               "have not yet signed" */
            unsigned f = ts_structure_flags(&g->st, s, i);
            v->neg |= (f & TOCSIN_VG_NEG) != 0;
            v->modal |= (f & TOCSIN_VG_MODAL) != 0;
            v->fut |= (f & TOCSIN_VG_FUTURE) != 0;
        }
    }
    if (v->subj < 0 && vc->has && root_of(vc->pm.p->code) == 14 && v->kind == V_FINITE && v->gov == GOV_NONE)
        v->subj = (int16_t)protesting_people(g, i);
    if (v->subj < 0 && vc->has && !strcmp(vc->pm.p->code, "181") && v->kind == V_FINITE && v->gov == GOV_NONE)
        v->subj = (int16_t)captive_captors(g, i);
    if (v->subj < 0 && vc->has && root_of(vc->pm.p->code) == 12 && v->kind == V_FINITE && v->gov == GOV_NONE)
        v->subj = (int16_t)story_crew(g, i); /* "The crew ignored orders to stop" */
    return 1;
}

/* The by-agent of a participle inside the object: "providing shells used by
 * Russia", "drones operated by the Houthis": who receives what is given. */
static int user_of_object(gstate *g, size_t i, size_t end, int src)
{
    ts_sent *s = g->s;
    for (size_t k = i + 2; k + 1 < end && k < i + 12; k++) {
        if (!(s->gram[k] & G_BY) || s->mid[k - 1] >= 0)
            continue;
        const ts_word *w = W(s, k - 1);
        if (!w || !(w->vform & VF_PART) || (w->vform & VF_BASE))
            return -1;
        size_t q = past_det(s, k + 1, end);
        int mi = q < end ? s->mid[q] : -1;
        return mi >= 0 && mi != src && s->m[mi].kind == M_NAME && s->m[mi].code[0] ? mi : -1;
    }
    return -1;
}

/* "the proposal from Germany", "compensation from Iran": for verbal acts the
 * actor after "from" is the other party, not a place. */
static int from_party(gstate *g, size_t i, size_t end, int src)
{
    ts_sent *s = g->s;
    for (size_t k = i + 1; k + 1 < end; k++) {
        /* "the proposal from Germany"; "the statement by the OAS", after a noun */
        if (!TOK_IS(s, k, "from") &&
            !(TOK_IS(s, k, "by") && k > i + 1 && s->tok[k - 1].kind == TK_WORD && s->mid[k - 1] < 0 &&
              !g->isverb[k - 1] && !(W(s, k - 1) && (W(s, k - 1)->vform & VF_PART))))
            continue;
        size_t q = past_det(s, k + 1, end);
        int mi = q < end ? s->mid[q] : -1;
        if (mi >= 0 && mi != src && s->m[mi].t0 == q && s->m[mi].kind == M_NAME && s->m[mi].code[0] && !g->skip[q])
            return mi;
    }
    return -1;
}

/* "The government and the rebels signed a ceasefire in Juba", "the Ethiopian
 * government and Tigrayan rebels": in a joint act, an unnamed party of the
 * compound subject belongs to the country of its named partner, else to the
 * one country the sentence names. */
static void joint_partners(gstate *g, int src)
{
    ts_sent *s = g->s;
    int gid = s->m[src].group;
    char cc[4] = "";
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if (x->group != gid || x->kind != M_NAME || strlen(x->code) < 3 || ts_igo_code(x->code) ||
            !strncmp(x->code, "WST", 3))
            continue;
        if (cc[0] && strncmp(cc, x->code, 3))
            return; /* partners of two countries: the unnamed one could be either's */
        memcpy(cc, x->code, 3);
        cc[3] = '\0';
    }
    for (size_t k = 0; k < s->nm; k++) {
        ts_mention *x = &s->m[k];
        if (x->group != gid || x->kind != M_UNRES || !x->sector[0])
            continue;
        if (!cc[0]) {
            adopt_country(s, (int)k, -1, 0);
            continue;
        }
        name_unresolved(x, cc);
    }
}

/* Nouns for people that name nobody in particular: "13 men", "dozens of
 * people", "two suspects". */
static int person_noun(const ts_sent *s, size_t k)
{
    static const ts_lit nouns[] = {LIT("people"),   LIT("persons"),  LIT("men"),       LIT("women"),
                                   LIT("individuals"), LIT("suspects"), LIT("suspect"), LIT("man"),
                                   LIT("woman"),    LIT("youths"),   LIT("children"),  LIT("others"),
                                   LIT("prisoners"), LIT("inmates"), LIT("detainees"), LIT("organisers"),
                                   LIT("organizers"), LIT("ringleaders"), LIT("participants"), LIT("members")};
    return ts_tok_in(s, k, nouns, sizeof nouns / sizeof nouns[0]);
}

/* The end of an agentless passive's rule: the state cc[4] found (else the
 * speaking state) acts on the party to; 0 when none, or it is to's own. */
static int agentless_state(gstate *g, const vinfo *v, vcode *vc, char cc[4], int to, const char *rule)
{
    ts_sent *s = g->s;
    int sp = g->say_speaker;
    if (!cc[0] && v->attributed && sp >= 0 && sp != to && s->m[sp].kind == M_NAME &&
        strlen(s->m[sp].code) >= 3 && !ts_igo_code(s->m[sp].code))
        memcpy(cc, s->m[sp].code, 3);
    cc[3] = '\0';
    if (!cc[0] || !strncmp(cc, "WST", 3) || !strncmp(cc, s->m[to].code, 3))
        return 0;
    int src = add_actor(s, cc, 0, 0);
    if (src < 0)
        return 0;
    vc->src = src;
    vc->tgt = to;
    vc->rule = rule;
    return 1;
}

/* "A Colombian drug lord was extradited to the United States", "one of
 * Peru's gang bosses was sent to Chile for trial": the state that
 * extradites is the one the extradited person's phrase names, else the
 * speaking state; the target is where he is sent. */
static int passive_extradition(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    int to = vc->pm.target;
    if (to < 0 || s->m[to].kind != M_NAME || strlen(s->m[to].code) < 3)
        return 0;
    char cc[4] = "";
    size_t c0 = (size_t)v->chain0, b = c0;
    while (b > 0 && c0 - b < 12 && !hard_boundary(s, b - 1) && !ts_is_comma(s, b - 1) && !g->isverb[b - 1])
        b--;
    for (size_t k = b; k < c0 && !cc[0]; k++) {
        int mi = s->mid[k];
        if (mi >= 0 && mi != to && (s->m[mi].kind == M_NAME || s->m[mi].kind == M_ADJ) &&
            strlen(s->m[mi].code) >= 3 && !ts_igo_code(s->m[mi].code))
            memcpy(cc, s->m[mi].code, 3);
    }
    return agentless_state(g, v, vc, cc, to,
                           "an agentless extradition: the state the extradited person's phrase names, to where he is sent");
}

/* Asylum in the agentless passive: "Assad was granted asylum in Moscow",
 * "fled to Moscow, where he was granted asylum", "the Kremlin said Assad had
 * been granted asylum": the state that grants it is the place's, else the
 * place a "where" clause hangs on, else the speaking state. */
static int passive_asylum(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    int who = v->subj;
    if (who < 0 || !(s->m[who].kind == M_NAME || (s->m[who].kind == M_PRON && s->m[who].resolved)) ||
        !s->m[who].code[0])
        return 0;
    char cc[4] = "";
    int place = first_place(g, i, vc->end, who, 0);
    if (place >= 0 && s->m[place].kind == M_NAME && strlen(s->m[place].code) >= 3 && !ts_igo_code(s->m[place].code))
        memcpy(cc, s->m[place].code, 3);
    size_t c0 = (size_t)v->chain0;
    for (size_t k = c0; !cc[0] && k > 1 && k + 4 > c0; k--) {
        if (!TOK_IS(s, k - 1, "where"))
            continue;
        size_t q = k - 1;
        if (ts_is_comma(s, q - 1))
            q--;
        int mi = q > 0 ? s->mid[q - 1] : -1; /* "fled to Moscow, where": a place by its "where" */
        if (mi >= 0 && s->m[mi].kind == M_NAME && s->m[mi].t1 == q &&
            (strlen(s->m[mi].code) == 3 || !strcmp(s->m[mi].code + 3, "GOV")) && !ts_igo_code(s->m[mi].code))
            memcpy(cc, s->m[mi].code, 3);
        break;
    }
    return agentless_state(g, v, vc, cc, who, "agentless asylum: the place's state, else the speaking state");
}

#define CLASH_WORDS 8 /* words from the passive verb to the clash it happened in */

/* "Serb gunmen attacked a Kosovo police patrol. ... Three of the attackers
 * were killed in the clashes, police said": force in the agentless passive
 * on the story's assailant (a role noun mention.c resolved to
 * ctx->assailant), in a clash ("in the clashes", "in a shootout", "in the
 * fighting", "in a gun battle") a few words after the verb, is done by the
 * party it assailed and fought (ctx->assailed); not when the clash is not
 * told ("were killed when their bomb went off"). */
static int passive_clash(gstate *g, size_t i, vcode *vc)
{
    static const ts_lit clash[] = {LIT("clash"),   LIT("clashes"),  LIT("fighting"),  LIT("shootout"),
                                   LIT("gunfight"), LIT("firefight"), LIT("battle"),  LIT("exchange")};
    ts_sent *s = g->s;
    const ts_ctx *x = s->ctx;
    vinfo *v = &g->v[i];
    size_t c0 = (size_t)v->chain0;
    int who = c0 > 0 ? s->mid[c0 - 1] : -1; /* the phrase right before the verb ("Three of the attackers were") */
    if (who < 0)
        who = v->subj;
    if (who < 0 || s->m[who].kind != M_NAME || !s->m[who].resolved || strcmp(s->m[who].code, x->assailant) ||
        strlen(x->assailed) < 3 || ts_igo_code(x->assailed) || !strncmp(x->assailed, x->assailant, 3))
        return 0;
    int told = 0;
    for (size_t k = i + 1; k < vc->end && k < i + 1 + CLASH_WORDS && !told; k++) {
        if (hard_boundary(s, k) || ts_is_comma(s, k))
            break;
        told = ts_tok_in(s, k, clash, sizeof clash / sizeof clash[0]) && k > 0 &&
               (s->gram[k - 1] & (G_DET | G_LOC | G_PREP)) != 0; /* "in the clashes", "during fighting" */
    }
    if (!told)
        return 0;
    int src = add_actor(s, x->assailed, 0, 0);
    if (src < 0)
        return 0;
    s->m[src].resolved = 1;
    vc->src = src;
    vc->tgt = who;
    vc->rule = "an agentless killing of the story's attackers in a clash: by those they attacked";
    return 1;
}

#define DEPORTED_FROM_WORDS 4 /* from the verb to its "from": "were deported last month from" */

/* A deportation in the agentless passive: "Thousands of Afghans were
 * deported from Pakistan", "twenty Afghans were deported from Germany to
 * Afghanistan": the state that deports is the one they are sent away from,
 * else the speaking state; the people deported are the target. */
static int passive_deportation(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    int who = v->subj;
    if (who < 0 || !(s->m[who].kind == M_NAME || s->m[who].kind == M_ADJ) || strlen(s->m[who].code) < 3 ||
        ts_igo_code(s->m[who].code))
        return 0;
    char cc[4] = "";
    for (size_t k = i + 1; k + 1 < vc->end && k <= i + DEPORTED_FROM_WORDS; k++) {
        if (hard_boundary(s, k) || ts_is_comma(s, k))
            break;
        if (!TOK_IS(s, k, "from"))
            continue;
        size_t q = past_det(s, k + 1, vc->end);
        int mq = q < vc->end ? s->mid[q] : -1;
        if (mq >= 0 && s->m[mq].kind == M_NAME && strlen(s->m[mq].code) >= 3 && !ts_igo_code(s->m[mq].code))
            memcpy(cc, s->m[mq].code, 3);
        break;
    }
    return agentless_state(g, v, vc, cc, who, "agentless deportation: the state they are sent away from");
}

static int foreign_object(const ts_sent *s, size_t i, size_t end);

/* Is the "by" at k followed by a force of nature ("by the floods", "by
 * heavy rains", "by the earthquake")? An agent that no state is: "farmers
 * whose crops were destroyed by the floods" tells no act of a government. */
static int natural_agent(const ts_sent *s, size_t k)
{
    static const ts_lit nature[] = {LIT("flood"),     LIT("floods"),    LIT("flooding"),  LIT("floodwaters"),
                                    LIT("storm"),     LIT("storms"),    LIT("earthquake"), LIT("quake"),
                                    LIT("fire"),      LIT("fires"),     LIT("wildfire"),  LIT("wildfires"),
                                    LIT("rain"),      LIT("rains"),     LIT("cyclone"),   LIT("hurricane"),
                                    LIT("typhoon"),   LIT("landslide"), LIT("landslides"), LIT("tsunami"),
                                    LIT("drought"),   LIT("winds"),     LIT("eruption"),  LIT("mudslides")};
    size_t q = past_det(s, k + 1, s->ntok);
    for (size_t e = q; e < s->ntok && e < q + 2; e++)
        if (ts_tok_in(s, e, nature, sizeof nature / sizeof nature[0]))
            return 1;
    return 0;
}

/* A state's act at home in the agentless passive: "A curfew was imposed in
 * Imphal after clashes", "mobile internet was suspended across the
 * region", "Soldiers were sent onto the avenues of the capital"
 * (patterns marked `home`, tests/sentences/families6-admin.txt; also any
 * coercion done to a party the passive names: "The opposition leader was
 * barred from the ballot in Uganda"). The state is the place's, else the
 * speaking state's, else the story's dateline's, else the one country the
 * story has named; it acts on its own country (its troops, when they are the
 * subject, act for it). Not in a story of another state, which may be the
 * one that imposed it ("Israeli troops raided Jenin. A curfew was imposed"). */
static int passive_at_home(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    int r = root_of(vc->pm.p->code);
    if (r != 17 && r != 15)
        return 0;
    int pat = v->subj, named = 0;
    if (pat >= 0 && r == 17 &&
        ((s->m[pat].kind == M_NAME && strlen(s->m[pat].code) == 6 &&
          strstr("OPP CVL MED LEG JUD EDU LAB", s->m[pat].code + 3)) ||
         (s->m[pat].kind == M_UNRES && !s->m[pat].code[0] && s->m[pat].sector[0] &&
          strstr("OPP CVL MED LEG JUD EDU LAB", s->m[pat].sector))))
        named = 1; /* "The opposition leader was barred from the ballot": the party it is done to */
    else if (pat >= 0 && !(s->m[pat].kind == M_UNRES && !s->m[pat].code[0] &&
                           (!strcmp(s->m[pat].sector, "MIL") || (r == 17 && !strcmp(s->m[pat].sector, "COP")))))
        return 0; /* troops, or police given orders ("Police were given shoot-on-sight orders") */
    if (r == 15 && pat < 0)
        return 0; /* "air defences were deployed": posture of nobody named */
    for (size_t k = i + 1; k + 1 < vc->end && k <= i + 2; k++)
        if (TOK_IS(s, k, "by") && s->tok[k + 1].kind == TK_WORD && s->tok[k + 1].cas != CASE_LOWER)
            return 0; /* "was being persecuted by Justice Musa Ssekaana": an agent named, if not known */
        else if (TOK_IS(s, k, "by") && natural_agent(s, k))
            return 0; /* "crops destroyed by the floods" */
    char cc[4] = "";
    int place = first_place(g, i, vc->end, pat, 0);
    if (place >= 0 && s->m[place].kind != M_ADJ && strlen(s->m[place].code) >= 3 && !ts_igo_code(s->m[place].code))
        memcpy(cc, s->m[place].code, 3);
    if (!cc[0] && s->place_cc[0])
        memcpy(cc, s->place_cc, 3);
    int sp = g->say_speaker;
    if (!cc[0] && v->attributed && sp >= 0 && s->m[sp].kind == M_NAME && strlen(s->m[sp].code) >= 3 &&
        !ts_igo_code(s->m[sp].code) && (strlen(s->m[sp].code) == 3 || strstr("GOV MIL COP", s->m[sp].code + 3)))
        memcpy(cc, s->m[sp].code, 3);
    if (!cc[0] && s->home_cc[0])
        memcpy(cc, s->home_cc, 3);
    if (!cc[0] && named && s->m[pat].kind == M_NAME)
        memcpy(cc, s->m[pat].code, 3);
    if (!cc[0] && s->ctx->thing[0] && !ts_igo_code(s->ctx->thing))
        memcpy(cc, s->ctx->thing, 3); /* "in the state": the one country the story has named */
    cc[3] = '\0';
    if (!cc[0] || !strncmp(cc, "WST", 3) || ts_ctx_other_state(s->ctx, cc))
        return 0;
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if ((x->kind == M_NAME || x->kind == M_ADJ) && strlen(x->code) >= 3 && !ts_igo_code(x->code) &&
            strncmp(x->code, cc, 3) && !across_border(s, x))
            return 0; /* another country is named: it may be the one that acted */
    }
    if (foreign_object(s, i, vc->end))
        return 0;
    if (named) {
        char gov[7];
        country_gov(cc, gov);
        int gm = add_actor(s, gov, 0, 0);
        if (gm < 0)
            return 0;
        if (s->m[pat].kind == M_UNRES) { /* "the opposition leader ... in Uganda" */
            memcpy(s->m[pat].code, cc, 3);
            memcpy(s->m[pat].code + 3, s->m[pat].sector, 4);
            s->m[pat].kind = M_NAME;
        }
        vc->src = gm;
        vc->tgt = pat;
        vc->rule = "an agentless act at home on a party it names: that party's state";
        return 1;
    }
    char who[7];
    memcpy(who, cc, 3);
    memcpy(who + 3, pat >= 0 ? s->m[pat].sector : "GOV", 4);
    int src;
    if (pat >= 0) {
        memcpy(s->m[pat].code, who, 7);
        s->m[pat].kind = M_NAME;
        src = pat;
    } else {
        src = add_actor(s, who, 0, 0);
    }
    int tgt = add_actor(s, cc, 0, 0);
    if (src < 0 || tgt < 0)
        return 0;
    vc->src = src;
    vc->tgt = tgt;
    vc->rule = "an agentless act at home: the place's state, else the speaking, the dateline's or the story's";
    return 1;
}

/* "He was arrested hours later": a "he" or "she" that opens its sentence and
 * names the story's person of a state (resolved to a code with a sector) is
 * the one arrested, as the person's name would be. */
static int story_person_pronoun(const ts_sent *s, int m)
{
    const ts_mention *x = &s->m[m];
    size_t t0 = x->t0;
    return x->kind == M_PRON && x->person && x->resolved && strlen(x->code) == 6 && !ts_igo_code(x->code) &&
           (t0 == 0 || (t0 < s->ntok && (TOK_IS(s, t0, "he") || TOK_IS(s, t0, "she")) && t0 < 3));
}

/* An arrest in the agentless passive: "Imran Khan was arrested in
 * Islamabad", "a US journalist was detained in Moscow", "Georgia's interior
 * ministry said 80 people were held overnight". The state that arrests is the
 * place's, else the speaking state's, else the detainee's own. */
static int passive_arrest(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    if (v->passive != 1)
        return 0;
    if (vc->r0 >= 18)
        return passive_clash(g, i, vc);
    if (!strncmp(vc->pm.p->code, "063", 3))
        return passive_extradition(g, i, vc);
    if (!strncmp(vc->pm.p->code, "075", 3))
        return passive_asylum(g, i, vc);
    if (!strncmp(vc->pm.p->code, "174", 3))
        return passive_deportation(g, i, vc);
    if (!strncmp(vc->pm.p->code, "114", 3) && v->subj >= 0 && s->m[v->subj].kind == M_NAME) {
        /* "The Polish envoy was summoned to the Belarusian foreign ministry" */
        for (size_t k = i + 1; k + 1 < vc->end && k < i + 4; k++)
            if (TOK_IS(s, k, "to")) {
                size_t q = past_det(s, k + 1, vc->end);
                int to = q < vc->end ? s->mid[q] : -1;
                if (to >= 0 && ((s->m[to].kind == M_UNRES && !strcmp(s->m[to].sector, "GOV")) ||
                                (s->m[to].kind == M_NAME && s->m[to].resolved && !strcmp(s->m[to].ctx_sector, "GOV") &&
                                 !strncmp(s->m[to].code, s->m[v->subj].code, 3)))) {
                    /* "summoned to the Foreign Office": the story's state, not the envoy's */
                    const char *c = s->place_cc[0] && strncmp(s->place_cc, s->m[v->subj].code, 3)
                                        ? s->place_cc
                                        : ts_ctx_other_state(s->ctx, s->m[v->subj].code);
                    if (c) {
                        memcpy(s->m[to].code, c, 3);
                        memcpy(s->m[to].code + 3, "GOV", 4);
                        s->m[to].kind = M_NAME;
                    }
                }
                if (to < 0 || s->m[to].kind != M_NAME || strlen(s->m[to].code) < 3 ||
                    !strncmp(s->m[to].code, s->m[v->subj].code, 3))
                    return 0;
                vc->src = to;
                vc->tgt = v->subj;
                vc->rule = "\"was summoned to X\": X summons";
                return 1;
            }
        return 0;
    }
    if ((vc->pm.p->flags & P_HOME) ||
        (root_of(vc->pm.p->code) == 17 && strncmp(vc->pm.p->code, "173", 3) &&
         strncmp(vc->pm.p->code, "174", 3) && v->subj >= 0 && /* the expelled are most often foreigners */
         (s->m[v->subj].kind == M_NAME || s->m[v->subj].kind == M_UNRES)))
        return passive_at_home(g, i, vc); /* also "was barred from the ballot", "placed under house arrest" */
    if (strncmp(vc->pm.p->code, "173", 3))
        return 0;
    int pat = v->subj;
    size_t c0 = (size_t)v->chain0;
    if (pat >= 0 && (s->m[pat].kind == M_ADJ || (s->m[pat].kind == M_PRON && !story_person_pronoun(s, pat)) ||
                     (s->m[pat].kind == M_NAME && (strlen(s->m[pat].code) < 3 || ts_igo_code(s->m[pat].code)))))
        return 0;
    if (pat < 0 && !(c0 > 0 && person_noun(s, c0 - 1)))
        return 0;
    char cc[4] = "";
    int place = first_place(g, i, vc->end, pat, 0);
    if (place >= 0 && s->m[place].kind != M_ADJ && strlen(s->m[place].code) >= 3 && !ts_igo_code(s->m[place].code))
        memcpy(cc, s->m[place].code, 3);
    int sp = g->say_speaker;
    if (!cc[0] && sp >= 0 && s->m[sp].kind == M_UNRES && s->m[sp].sector[0])
        possessor_country(g, sp); /* "Armenia's interior ministry said" */
    if (!cc[0] && v->attributed && sp >= 0 && s->m[sp].kind == M_UNRES &&
        (!strcmp(s->m[sp].sector, "COP") || !strcmp(s->m[sp].sector, "GOV")))
        adopt_country(s, sp, -1, 1); /* "Police said 13 suspects were arrested": the story's police */
    if (!cc[0] && v->attributed && sp >= 0 && s->m[sp].kind == M_NAME && strlen(s->m[sp].code) >= 3 &&
        !ts_igo_code(s->m[sp].code) &&
        (strlen(s->m[sp].code) == 3 || !strcmp(s->m[sp].code + 3, "GOV") || !strcmp(s->m[sp].code + 3, "COP")))
        memcpy(cc, s->m[sp].code, 3);
    if (!cc[0] && pat >= 0 && (s->m[pat].kind == M_NAME || s->m[pat].kind == M_PRON))
        memcpy(cc, s->m[pat].code, 3); /* (a pronoun only as story_person_pronoun, above) */
    if (!cc[0] || !strncmp(cc, "WST", 3))
        return 0;
    cc[3] = '\0';
    if (pat < 0 || s->m[pat].kind == M_UNRES) {
        char who[7];
        memcpy(who, cc, 3);
        memcpy(who + 3, pat >= 0 && s->m[pat].sector[0] ? s->m[pat].sector : "CVL", 4);
        if (pat >= 0) {
            memcpy(s->m[pat].code, who, 7);
            s->m[pat].kind = M_NAME;
        } else {
            pat = add_actor(s, who, c0 - 1, c0);
        }
    }
    int src = add_actor(s, cc, 0, 0);
    if (pat < 0 || src < 0)
        return 0;
    vc->src = src;
    vc->tgt = pat;
    vc->rule = "an agentless arrest: the place's state, else the speaking state, else the detainee's own";
    return 1;
}

/* "denounced the Iranian test", "rejected the Russian plan":
 * disapproval of an act names its actor by an adjective. The object's
 * adjective: a few words after the verb, of another country, not a place. */
static int adjective_object(gstate *g, size_t i, size_t end, int src)
{
    ts_sent *s = g->s;
    for (size_t k = i + 1; k < end && k < i + 4; k++) {
        int mi = s->mid[k];
        if (mi < 0) {
            if (!(s->gram[k] & (G_DET | G_ADV)) && !is_quote(s, k))
                return -1;
            continue;
        }
        const ts_mention *x = &s->m[mi];
        /* "denounced the Iranian test", "blamed “Kremlin-sponsored saboteurs”" */
        if (x->t0 != k || (x->kind != M_ADJ && x->kind != M_NAME) || x->modifier != 1 || strlen(x->code) < 3 ||
            ts_igo_code(x->code) || !strncmp(x->code, s->m[src].code, 3) || is_place(s, x))
            return -1;
        return mi;
    }
    return -1;
}

/* "the premier denounced the raids, saying Sudan had started a war":
 * criticism of an act whose actor is named only in the speaker's own words
 * that follow. The first named actor of another country after ", saying". */
static int saying_party(gstate *g, size_t i, int src)
{
    ts_sent *s = g->s;
    size_t k = i + 1;
    while (k < s->ntok && !ts_is_comma(s, k) && !hard_boundary(s, k))
        k++;
    if (k + 1 >= s->ntok || !ts_is_comma(s, k) || !g->isverb[k + 1] || g->v[k + 1].kind != V_ING)
        return -1;
    const ts_word *w = W(s, k + 1);
    if (!w || (!(w->gram & G_SAY) && !TOK_IS(s, k + 1, "accusing") && !TOK_IS(s, k + 1, "blaming")))
        return -1; /* "vowed revenge ..., blaming Iran for it" */
    size_t q0 = k + 2; /* "declaring: “...", "saying, “..." */
    while (q0 < s->ntok && q0 < k + 5 && (ts_is_punct(s, q0, ':') || ts_is_comma(s, q0) || is_quote(s, q0)))
        q0++;
    for (size_t q = q0; q < s->ntok && q < q0 + 24; q++) {
        if (hard_boundary(s, q))
            break;
        int mi = s->mid[q];
        if (mi < 0 || s->m[mi].t0 != q || g->skip[q])
            continue;
        const ts_mention *x = &s->m[mi];
        if (x->kind != M_NAME || strlen(x->code) < 3 || x->resolved || x->modifier || ts_igo_code(x->code) ||
            is_place(s, x))
            continue;
        if (!strncmp(x->code, s->m[src].code, 3))
            continue; /* "saying Chad may defend itself": the speaker's own side */
        return mi;
    }
    return -1;
}

/* ---- judgements of an act ----
 * "Tinubu called the attack barbaric", "Kenya condemned the ambush on the
 * convoy", "the minister described the killings in Mandera as cowardly": a
 * verb of judgement (110-112, 051) whose object is an act, not an actor.
 * The rules before this one look for the act's doer in its phrase (its
 * possessor, adjective, "by" or "of" agent); when there is none, the act's
 * place names the target, and violence no doer is named for, judged by a
 * state in a sentence that names no other party, is that state's own: the
 * gold codes "President Kabore called the attack barbaric" BFA -> BFA.
 * Places are the gazetteer's, so the coder resolves them (coder.c): the
 * event keeps the act's phrase as its target span and the judge's country
 * in speaker_cc, with place_target set. */
#define JUDGED_ACT_WORDS 16 /* words of a judged act's phrase read */

/* violence a first report seldom names a doer for */
static const ts_lit unclaimed_violence[] = {
    LIT("attack"),   LIT("attacks"),   LIT("killing"),  LIT("killings"),  LIT("massacre"),
    LIT("massacres"), LIT("bombing"),  LIT("bombings"), LIT("ambush"),    LIT("ambushes"),
    LIT("shooting"), LIT("shootings"), LIT("murder"),   LIT("murders"),   LIT("assassination"),
    LIT("coup"),     LIT("beheading"), LIT("beheadings"), LIT("lynching"), LIT("blast"),
    LIT("riot"),     LIT("riots"),     LIT("storming"), LIT("blasts"),    LIT("explosion"),
    LIT("explosions"), LIT("destruction"), LIT("abduction"), LIT("abductions"), LIT("kidnapping"),
    LIT("kidnappings"), LIT("execution"), LIT("executions"), LIT("sabotage")};
/* other acts judged where they happen ("the arrests in Minsk", "the vote in Senegal") */
/* seizures of power, judged as their makers' ("condemned the takeover") */
static const ts_lit coups[] = {LIT("coup"), LIT("putsch"), LIT("takeover"), LIT("mutiny"), LIT("uprising"),
                               LIT("revolt"), LIT("insurrection")};
static const ts_lit placed_acts[] = {
    LIT("arrest"),     LIT("arrests"),  LIT("detention"), LIT("detentions"), LIT("crackdown"),
    LIT("execution"),  LIT("executions"), LIT("violence"), LIT("abuses"),    LIT("kidnapping"),
    LIT("kidnappings"), LIT("abduction"), LIT("election"), LIT("elections"),  LIT("vote"),
    LIT("poll"),       LIT("polls"),    LIT("referendum"), LIT("ceasefire"), LIT("truce"),
    LIT("release"),    LIT("transition"), LIT("clashes"), LIT("unrest"),   LIT("burning"),
    LIT("desecration"), LIT("seizure"), LIT("seizures"), LIT("hijacking"), LIT("hijack"),
    LIT("confiscation"), LIT("capture")};

/* acts a named act's warning may answer besides those of unclaimed_violence */
static const ts_lit answered_acts[] = {
    LIT("strike"),  LIT("strikes"),    LIT("aggression"), LIT("crime"),     LIT("crimes"),
    LIT("raid"),    LIT("raids"),      LIT("provocation"), LIT("provocations"), LIT("incursion"),
    LIT("violation"), LIT("violations"), LIT("airstrike"), LIT("airstrikes"), LIT("assault"),
    /* coercion answered: "would retaliate against any seizure of its assets by the EU" */
    LIT("seizure"), LIT("seizures"), LIT("confiscation"), LIT("expulsion"), LIT("expulsions"),
    LIT("blockade"), LIT("detention"), LIT("arrest"), LIT("arrests"),
    /* the downing of a plane, a territory taken: "the downing of the jet by Turkey" */
    LIT("downing"), LIT("shootdown"), LIT("sinking"), LIT("bombardment"), LIT("invasion"),
    LIT("annexation"), LIT("occupation")};

/* Is the "by" at token by the agent of an act noun after verb i ("the
 * killing of its commander by Israel"), not of a participle ("a truce
 * brokered by Qatar")? Looks back ACT_BY_WORDS words at most. */
#define ACT_BY_WORDS 6
static int judged_act_word(const ts_sent *s, size_t e);
static int act_by(const gstate *g, size_t i, size_t by)
{
    const ts_sent *s = g->s;
    for (size_t q = by; q > i + 1 && by - q < ACT_BY_WORDS; q--) {
        if (g->isverb[q - 1] || hard_boundary(s, q - 1) || ts_is_comma(s, q - 1))
            return 0;
        if (judged_act_word(s, q - 1) ||
            ts_tok_in(s, q - 1, answered_acts, sizeof answered_acts / sizeof answered_acts[0]))
            return 1;
    }
    return 0;
}

#define PLACE_PHRASE_WORDS 4 /* words after a locative preposition read for a place */

/* Does the locative phrase after the preposition at e name a place (a
 * mention or a capitalised word) before it ends? "in Zamfara", "in the
 * Kenyan capital", not "in a joint statement", "at a news conference". */
static int names_place_after(const ts_sent *s, size_t e, size_t end)
{
    for (size_t q = e + 1; q < end && q <= e + PLACE_PHRASE_WORDS; q++) {
        if (s->tok[q].kind != TK_WORD)
            return 0;
        if (s->mid[q] >= 0 || s->tok[q].cas != CASE_LOWER)
            return 1;
    }
    return 0;
}

static int story_act_doer(gstate *g, size_t q, int opening, const char *judge);
static int story_act_word(const ts_sent *s, size_t q);
static int story_yield_word(const ts_sent *s, size_t q);
static int lead_act_word(const ts_sent *s, size_t q);
static int story_label_doer(gstate *g, int judge, size_t lab0);

/* a noun of a judged act: violence, another act judged where it happens, an attack */
static int judged_act_word(const ts_sent *s, size_t e)
{
    return s->mid[e] < 0 &&
           (ts_tok_in(s, e, unclaimed_violence, sizeof unclaimed_violence / sizeof unclaimed_violence[0]) ||
            ts_tok_in(s, e, placed_acts, sizeof placed_acts / sizeof placed_acts[0]) ||
            ts_in_class(s->d, W(s, e), CL_ATTACK) || ts_in_class(s->d, W(s, e), CL_AIRSTRIKE));
}

/* "condemned the killing of the mayor", "the attack on the police station":
 * an unnamed agent right after a judged act's "of / on / against" is its
 * victim, not the one judged. Is mention t such a victim of verb i's object? */
static int judged_act_victim(const gstate *g, size_t i, int t)
{
    const ts_sent *s = g->s;
    size_t b = np_start(s, s->m[t].t0);
    if (b < i + 3 || !(TOK_IS(s, b - 1, "of") || TOK_IS(s, b - 1, "on") || TOK_IS(s, b - 1, "against")))
        return 0;
    for (size_t k = b - 1; k-- > i + 1 && k + 4 > b;)
        if (judged_act_word(s, k))
            return 1;
    return 0;
}

static int judging_code(const char *code)
{
    return !strncmp(code, "110", 3) || !strncmp(code, "111", 3) || !strncmp(code, "112", 3) ||
           !strncmp(code, "051", 3);
}

/* The country of an act judged or investigated when it can only be at home:
 * the source is one of a state's own bodies of the sectors listed (a
 * 6-letter code such as NGAGOV, not a bare country name) and no other coded
 * party is in the sentence. */
static void home_country(const gstate *g, int src, const char *sectors, char cc[4])
{
    const ts_sent *s = g->s;
    const ts_mention *sm = &s->m[src];
    cc[0] = '\0';
    if (sm->kind != M_NAME || strlen(sm->code) != 6 || ts_igo_code(sm->code) || !strncmp(sm->code, "WST", 3) ||
        !strstr(sectors, sm->code + 3))
        return;
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if ((x->kind == M_NAME || x->kind == M_ADJ) && x->code[0] && strncmp(x->code, sm->code, 3))
            return;
    }
    memcpy(cc, sm->code, 3);
    cc[3] = '\0';
}

/* The judge's country when the act can only be its own: a leader or a
 * government judges violence at home ("President Kabore called the attack
 * barbaric"); a bare country name is the voice of foreign reaction ("France
 * condemned the attack"): its target is where the attack was. */
static void judge_country(const gstate *g, int src, char cc[4])
{
    home_country(g, src, "GOV", cc);
}

/* "criticised the plan to send troops to Mali", "welcomed the decision to
 * lift sanctions on Russia": an actor inside the infinitive of a judged
 * plan or decision that names no doer of its own is the plan's object or
 * goal, not the one judged. Is mention t such an actor of verb i? */
static int judged_plan_object(const gstate *g, size_t i, int t)
{
    static const ts_lit plans[] = {LIT("decision"), LIT("plan"),     LIT("plans"),  LIT("move"),
                                   LIT("proposal"), LIT("bid"),      LIT("attempt"), LIT("effort"),
                                   LIT("efforts"),  LIT("order"),    LIT("offer"),  LIT("initiative"),
                                   LIT("refusal"),  LIT("failure"),  LIT("push"),   LIT("threat")};
    const ts_sent *s = g->s;
    size_t t0 = s->m[t].t0;
    for (size_t k = i + 1; k + 1 < t0 && k < i + 6; k++) {
        if (s->mid[k] >= 0 || hard_boundary(s, k) || ts_is_comma(s, k))
            return 0; /* "Turkey's decision to": its doer */
        const ts_word *w = W(s, k + 1);
        if (k > i + 1 && TOK_IS(s, k, "to") && ts_tok_in(s, k - 1, plans, sizeof plans / sizeof plans[0]) && w &&
            (w->vform & VF_BASE) && w->verb >= 0)
            return 1;
    }
    return 0;
}

/* ---- investigations of an act ----
 * "ordered a probe into the bombing in Quetta", "set up a commission to
 * investigate the killing of protesters", "called for an inquiry into the
 * killings in Rio": an investigation (09), or a call (02) or demand (10) for one, whose
 * object is an act, not an actor. Its target comes from the act's phrase as
 * a judgement's does (judged_act): the act's doer, its place, its unnamed
 * victim's country; an act with none of these, investigated by a state's
 * own government, police, prosecutors or parliament in a sentence that names
 * no other country, is at home. */
static const ts_lit investigation_words[] = {
    LIT("investigation"), LIT("investigations"), LIT("inquiry"), LIT("inquiries"), LIT("enquiry"),
    LIT("probe"),         LIT("probes"),         LIT("inquest"), LIT("investigate"), LIT("examine"),
    LIT("probing"),       LIT("investigating")};
/* incidents an inquiry examines that are no judged act */
static const ts_lit investigated_incidents[] = {
    LIT("death"),     LIT("deaths"),    LIT("collision"), LIT("crash"),     LIT("explosion"),
    LIT("stampede"),  LIT("sabotage"),  LIT("disappearance"), LIT("fire"), LIT("shipwreck"),
    LIT("sinking"),   LIT("leak"),      LIT("fraud")};

/* The first token of the act an investigation pattern of verb i names
 * ("a probe into | the bombing", "to investigate | the killing"), or 0 when
 * the pattern is no investigation (or call for one) ending in its noun or verb. */
static size_t investigated_from(const gstate *g, size_t i, const vcode *vc)
{
    const ts_sent *s = g->s;
    const char *c = vc->pm.p->code;
    size_t pl = vc->pm.last;
    if ((strncmp(c, "09", 2) && strncmp(c, "02", 2) && strncmp(c, "10", 2)) || pl >= vc->end)
        return 0;
    /* the investigation's noun or verb: the verb itself ("investigated the
       killings"), or a word of the pattern ("ordered a probe into the killings") */
    for (size_t k = i; k <= pl && k < i + JUDGED_ACT_WORDS && k + 1 < vc->end; k++) {
        if (!ts_tok_in(s, k, investigation_words, sizeof investigation_words / sizeof investigation_words[0]))
            continue;
        if (TOK_IS(s, k + 1, "into") || TOK_IS(s, k + 1, "of") || TOK_IS(s, k + 1, "over") ||
            TOK_IS(s, k + 1, "on"))
            return k + 2 < vc->end ? k + 2 : 0; /* "an inquiry into the killings" */
        if (W(s, k) && W(s, k)->verb >= 0 && !(s->gram[k + 1] & (G_PREP | G_LOC | G_BY | G_TO)))
            return k + 1; /* "a commission to investigate the killing" */
        return 0;
    }
    size_t q = inquiry_object(g, i, vc->end); /* "demanded an inquiry into the killings" */
    return q && q + 2 < vc->end ? q + 2 : 0;
}

/* The investigator's country when the act can only be at home: a state's
 * government, police, judiciary or legislature, and no other country named. */
static void investigator_country(const gstate *g, int src, char cc[4])
{
    /* not a bare country: "Poland opened an investigation into the crash" may
       be a foreign plane's; its own officers investigate at home */
    home_country(g, src, "GOV COP JUD LEG", cc);
}

/* Coercion only a state does at home: arrests, detentions, trials, bans,
 * closures, and the laws and decrees that impose them (not violence or a
 * vote, which anyone may do). Does the judged act's phrase [q0, e) name one? */
static int state_coercion(const ts_sent *s, size_t q0, size_t e)
{
    static const ts_lit coercion[] = {
        LIT("arrest"),      LIT("arrests"),       LIT("detention"), LIT("detentions"), LIT("jailing"),
        LIT("imprisonment"), LIT("crackdown"),    LIT("trial"),     LIT("trials"),     LIT("conviction"),
        LIT("prosecution"), LIT("banning"),       LIT("ban"),       LIT("dissolution"), LIT("suspension"),
        LIT("closure"),     LIT("shutdown"),      LIT("censorship"), LIT("expulsion"), LIT("disqualification"),
        LIT("postponement"), LIT("persecution"), LIT("law"),     LIT("bill"),       LIT("decree"),
        LIT("amendment"),   LIT("verdict"),     LIT("charges"),   LIT("sentence"),  LIT("sentencing")};
    for (size_t q = q0; q < e && q < s->ntok; q++)
        if (s->mid[q] < 0 && ts_tok_in(s, q, coercion, sizeof coercion / sizeof coercion[0]))
            return 1;
    return 0;
}

/* "Peru's opposition described the dissolution of Congress as a coup": a
 * body of the judge's own country right after "of" or "against" and a state's coercion
 * is the one coerced, not the doer. Is mention t of verb i such a body? */
static int coerced_at_home(const gstate *g, size_t i, int t, int src)
{
    const ts_sent *s = g->s;
    size_t b = np_start(s, s->m[t].t0);
    return b >= i + 3 && (TOK_IS(s, b - 1, "of") || TOK_IS(s, b - 1, "against")) && strlen(s->m[src].code) >= 3 &&
           (s->m[t].kind == M_UNRES || !strncmp(s->m[t].code, s->m[src].code, 3)) &&
           state_coercion(s, b - 2, b - 1); /* "the suspension of parliament": its country's, named later */
}

/* "Kenya's opposition called the arrest of its leader a coup against
 * democracy", "the journalists' union condemned the closure of the paper":
 * a state's coercion at home that no one is named for, judged by a body of
 * that state's society (its opposition, parliament, people, press, unions,
 * churches) in a sentence and a story that name no other country, is its
 * government's. The government's mention, or -1. */
static int home_coercer(gstate *g, int src)
{
    ts_sent *s = g->s;
    char cc[4];
    home_country(g, src, "OPP CVL MED LEG LAB REL EDU", cc);
    if (!cc[0] || ts_ctx_other_state(s->ctx, cc))
        return -1;
    char gov[7] = {cc[0], cc[1], cc[2], 'G', 'O', 'V', '\0'};
    int m = add_remembered(s, gov);
    return m;
}

/* The judgement of a state's coercion at home aimed at its government
 * (home_coercer); 1 when there is one. */
static int home_coercion_judged(gstate *g, vcode *vc)
{
    int m = home_coercer(g, vc->src);
    if (m < 0)
        return 0;
    vc->tgt = m;
    vc->rule = "target: a state's coercion at home, judged by a body of its own that names no doer, "
               "is its government's";
    return 1;
}

/* Does the act noun at q name its own doer before e ("the release of the
 * hostages by Hamas", "the veto by Russia")? Then it is no act of the story's
 * remembered doer. Reads ACT_OWN_DOER_WORDS words at most. */
#define ACT_OWN_DOER_WORDS 8
#define STORY_ACT_MODS 2 /* modifiers read before a story's act noun: "the sudden gas cut-off" */
static int act_own_doer(const ts_sent *s, size_t q, size_t e)
{
    for (size_t k = q + 1; k < e && k < s->ntok && k <= q + ACT_OWN_DOER_WORDS; k++)
        if (TOK_IS(s, k, "by") && k + 1 < s->ntok && s->mid[k + 1] >= 0)
            return 1;
    return 0;
}

/* "Police in Nicaragua opened fire on protesters ... The OAS condemned the
 * violence by police", "... the EU condemned the crackdown by security
 * forces": a state's force judged with no country of its own (mention t,
 * police, army, security forces) is the force of that kind the story told
 * coercing or attacking, when the story's last coercer, attacker or
 * assailant is one of the same sector and not the judge's own country. A
 * new mention, or -1. */
static int story_force(gstate *g, int t, int src)
{
    ts_sent *s = g->s;
    const char *sec = s->m[t].sector;
    if (!(!strcmp(sec, "COP") || !strcmp(sec, "MIL") || !strcmp(sec, "SPY")))
        return -1;
    const char *known[] = {s->ctx->coercer, s->ctx->attacker, s->ctx->assailant};
    for (size_t k = 0; k < sizeof known / sizeof known[0]; k++) {
        const char *c = known[k];
        if (strlen(c) != 6 || strcmp(c + 3, sec) || ts_igo_code(c) || !strncmp(c, s->m[src].code, 3))
            continue;
        int m = add_remembered(s, c);
        return m;
    }
    return -1;
}

/* Is mention t inside the infinitive of an appeal noun after verb i
 * ("rejected an ultimatum to reinstate the president", "the demand to free
 * the hostages"): the party of the act asked for, not the asker? */
static int asked_act_party(const gstate *g, size_t i, int t)
{
    const ts_sent *s = g->s;
    static const ts_lit asks[] = {LIT("ultimatum"), LIT("demand"), LIT("demands"), LIT("call"),
                                  LIT("calls"),     LIT("request"), LIT("requests"), LIT("appeal"),
                                  LIT("appeals"),   LIT("order"),  LIT("orders"),   LIT("deadline")};
    size_t t0 = s->m[t].t0;
    if (t0 <= i + 2)
        return 0;
    for (size_t k = i + 2; k + 1 < t0; k++) {
        if (hard_boundary(s, k) || s->mid[k] >= 0)
            return 0; /* "rejected a US demand to ...": the asker is named */
        if (TOK_IS(s, k, "to") && ts_tok_in(s, k - 1, asks, sizeof asks / sizeof asks[0]) && W(s, k + 1) &&
            W(s, k + 1)->verb >= 0)
            return 1;
    }
    return 0;
}

#define PRONOUN_ACT_WORDS 16 /* words back from the judging verb to the act noun "them" stands for */

/* "Taiwan sent ships to monitor the exercises and condemned them as
 * provocations", "... the strikes, which Iran condemned as a crime": a
 * pronoun object ("it", "them", "this", "these") of a judging verb, before
 * "as" or a label, stands for the act noun its own sentence told just before
 * ("the exercises"), whose doer the story remembers (story_act_doer). Sets
 * vc->tgt; not the judge's own country's act. */
static void pronoun_act_judged(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    size_t q = i + 1;
    if (q + 1 >= s->ntok || !(TOK_IS(s, q, "it") || TOK_IS(s, q, "them") || TOK_IS(s, q, "this") ||
                              TOK_IS(s, q, "these")))
        return;
    if (!(TOK_IS(s, q + 1, "as") || (label_verb(s, i) && (TOK_IS(s, q + 1, "a") || TOK_IS(s, q + 1, "an") ||
                                                           ts_in_class(s->d, W(s, q + 1), CL_PEJORATIVE)))))
        return;
    int plural = TOK_IS(s, q, "them") || TOK_IS(s, q, "these");
    size_t c0 = g->v[i].chain0 >= 0 ? (size_t)g->v[i].chain0 : i;
    for (size_t k = c0; k-- > 1 && c0 - k <= PRONOUN_ACT_WORDS;) {
        if (hard_boundary(s, k) || s->mid[k] >= 0)
            break; /* "them" would be a party the sentence named */
        if (!story_act_word(s, k) || s->tok[k].cas != CASE_LOWER)
            continue;
        const ts_tok *t = &s->tok[k];
        int pl = t->len > 1 && s->text[t->off + t->len - 1] == 's';
        if (pl != plural)
            continue; /* "them": "the exercises", not "the decision" */
        size_t d = k - 1;
        while (d > 0 && s->tok[d].kind == TK_WORD && s->tok[d].cas == CASE_LOWER && !s->gram[d] && s->mid[d] < 0 &&
               k - d <= STORY_ACT_MODS)
            d--; /* "the large-scale exercises" */
        if (!(TOK_IS(s, d, "the") || TOK_IS(s, d, "these") || TOK_IS(s, d, "this") || TOK_IS(s, d, "such")))
            return;
        int m = story_act_doer(g, d + 1, 0, s->m[vc->src].code);
        if (m >= 0 && strncmp(s->m[m].code, s->m[vc->src].code, 3)) {
            vc->tgt = m;
            vc->rule = "target: 'condemned them as provocations': the doer of the act its sentence named before";
        }
        return;
    }
}

/* "Turkish police detained the mayor. His party called the detention a
 * coup", "Government troops launched an offensive on the rebels' region.
 * The rebels called the offensive an invasion": the story's coercer or
 * attacker (code by) of the judge's (mention src) own country is the one
 * judged when it is a state's force or court and the judge a body of that
 * country's society or its rebels, not the state itself. */
static int home_coercer_judged(const ts_sent *s, const char *by, int src)
{
    const char *jc = s->m[src].code;
    return (by == s->ctx->coercer || by == s->ctx->attacker) && strlen(by) == 6 && strlen(jc) == 6 &&
           (!strcmp(by + 3, "COP") || !strcmp(by + 3, "MIL") || !strcmp(by + 3, "JUD") || !strcmp(by + 3, "SPY")) &&
           strstr("OPP CVL MED LAB REL EDU REB", jc + 3) != NULL;
}

/* Fills vc->act0/act1 (and self_cc) when verb i judges an act whose target
 * the coder can place; returns 1 then. */
static int judged_act(gstate *g, size_t i, vcode *vc, int victim)
{
    ts_sent *s = g->s;
    size_t inv = g->v[i].passive ? 0 : investigated_from(g, i, vc); /* investigations: see above */
    if (!judging_code(vc->pm.p->code) && !inv)
        return 0;
    size_t end = vc->end, q0 = i + 1;
    size_t pl = vc->pm.last; /* "expressed outrage over the killings": the act after the pattern's noun */
    if (inv) {
        q0 = inv;
    } else if (g->v[i].passive) {
        /* "The attack on the convoy was condemned by Kenya": the act is the subject */
        end = (size_t)g->v[i].chain0;
        for (q0 = end; q0 > 0 && end - q0 < JUDGED_ACT_WORDS; q0--)
            if (hard_boundary(s, q0 - 1) || ts_is_comma(s, q0 - 1) || is_quote(s, q0 - 1) || g->isverb[q0 - 1] ||
                (s->gram[q0 - 1] & (G_SUB | G_REL | G_CONJ)))
                break;
        while (q0 < end && (s->gram[q0] & G_DET) && TOK_IS(s, q0, "the") == 0 && TOK_IS(s, q0, "this") == 0 &&
               TOK_IS(s, q0, "these") == 0 && TOK_IS(s, q0, "a") == 0)
            q0++; /* not "Its attack" */
    } else if (vc->pm.p->nelem > 0 && pl > i && pl + 1 < end && (s->gram[pl] & (G_PREP | G_LOC)))
        q0 = pl + 1; /* "expressed regret over" */
    else if (vc->pm.p->nelem > 0 && pl > i && pl + 2 < end && s->mid[pl] < 0 &&
             !ts_in_class(s->d, W(s, pl), CL_PEJORATIVE) && /* "called the massacre of villagers heinous" */
             (TOK_IS(s, pl + 1, "at") || TOK_IS(s, pl + 1, "over") || TOK_IS(s, pl + 1, "about") ||
              TOK_IS(s, pl + 1, "of") || TOK_IS(s, pl + 1, "against")))
        q0 = pl + 2;
    size_t first = q0;
    while (q0 < end && g->adv[q0])
        q0++;
    if (q0 > first && q0 < end && is_poss(s, q0))
        q0++; /* "condemned Sunday's attack" */
    if (!inv && !g->v[i].passive && q0 == i + 1 && q0 + 3 < s->ntok && TOK_IS(s, q0, "what") &&
        (s->gram[q0 + 1] & (G_IT | G_HE | G_THEY | G_WE)) && label_verb(s, q0 + 2) && vc->src >= 0 &&
        vc->r0 == 11) {
        /* "Seoul condemned what it called maniacal recklessness", after "North Korea carried out a test" */
        int m = story_label_doer(g, vc->src, q0 + 3);
        if (m >= 0) {
            vc->tgt = m;
            vc->rule = "target: 'condemned what it called recklessness': the doer of the act the story told before";
            return 1;
        }
    }
    /* a direct object: not "called for", "called on", a pronoun or an actor
       (but a name before the act noun: "condemns Quetta bombing") */
    if (!inv && !g->v[i].passive && q0 == i + 1 && q0 + 2 < end && (TOK_IS(s, q0, "it") || TOK_IS(s, q0, "this")) &&
        (TOK_IS(s, q0 + 1, "a") || TOK_IS(s, q0 + 1, "an") || ts_in_class(s->d, W(s, q0 + 1), CL_PEJORATIVE)) &&
        label_verb(s, i) && strlen(s->ctx->last_src) >= 3 && vc->src >= 0 &&
        strncmp(s->ctx->last_src, s->m[vc->src].code, 3)) {
        /* "China fired missiles over Taiwan. Japan called it a provocation":
           the act the story told last, its doer */
        int m = add_remembered(s, s->ctx->last_src);
        if (m >= 0) {
            vc->tgt = m;
            vc->rule = "target: 'called it a provocation': the doer of the act the story told last";
            return 1;
        }
    }
    int named_act = q0 < end && s->mid[q0] >= 0 && s->m[s->mid[q0]].t0 == q0 &&
                    (size_t)s->m[s->mid[q0]].t1 < end && judged_act_word(s, s->m[s->mid[q0]].t1);
    if (q0 >= end || s->tok[q0].kind != TK_WORD || (s->mid[q0] >= 0 && !named_act) ||
        (s->gram[q0] & (G_PREP | G_LOC | G_BY | G_TO | G_HE | G_IT | G_THEY | G_WE | G_SUB | G_REL | G_AND)))
        return 0;
    int violent = 0, act = 0, cue = 0, doer = -1, rel = 0, home = -1, coercive = 0;
    size_t act_at = 0; /* the act's noun */
    size_t e = q0, head_end = 0; /* head_end: where the phrase's first noun group ends */
    size_t lim = end, cap = q0 + JUDGED_ACT_WORDS;
    for (; e < s->ntok && e < cap; e++) {
        uint32_t gm = s->gram[e];
        size_t r = e + (ts_is_comma(s, e) && e + 1 < s->ntok);
        int rel_start = act && !rel && e <= end && (TOK_IS(s, r, "that") || TOK_IS(s, r, "which")) &&
                        r + 1 < s->ntok && g->isverb[r + 1];
        if (e >= lim && !rel_start)
            break;
        if (rel_start) {
            /* "condemned the attack(,) which killed 12 people in Kakamega": where it happened */
            rel = 1;
            head_end = head_end ? head_end : e;
            lim = g->late_at < s->ntok && g->late_at > r ? g->late_at : s->ntok;
            cap = r + 1 + JUDGED_ACT_WORDS;
            e = r;
            continue;
        }
        if (rel) {
            if (hard_boundary(s, e) || ts_is_comma(s, e) || is_quote(s, e) || (gm & (G_REL | G_CONJ | G_IF)) ||
                TOK_IS(s, e, "that"))
                break;
            cue |= (gm & G_LOC) != 0;
            continue;
        }
        if (!head_end && !act && (ts_tok_in(s, e, coups, sizeof coups / sizeof coups[0]) ||
                                  ts_tok_in(s, e, placed_acts, sizeof placed_acts / sizeof placed_acts[0])))
            coercive = 1; /* "condemned the coup", "the arrests": a coercion's doer before an attacker */
        int act_word = !head_end && (judged_act_word(s, e) ||
                                     (inv && s->mid[e] < 0 &&
                                      ts_tok_in(s, e, investigated_incidents,
                                                sizeof investigated_incidents / sizeof investigated_incidents[0])));
        if (hard_boundary(s, e) || ts_is_comma(s, e) || (act && is_quote(s, e)) ||
            ((gm & (G_SUB | G_REL | G_CONJ | G_IF)) && !(gm & (G_PREP | G_LOC))) ||
            (g->isverb[e] && g->v[e].kind == V_FINITE && e > q0 && !act_word) ||
            ((gm & G_AND) && e + 1 < end && g->isverb[e + 1]))
            break; /* "described the killings as cowardly", "condemned the attack that ..." */
        if (!head_end && !act && s->mid[e] >= 0 && s->m[s->mid[e]].t0 == e && doer < 0 && home < 0) {
            const ts_mention *x = &s->m[s->mid[e]];
            if (x->kind == M_NAME && strlen(x->code) >= 3 && strcmp(x->code, s->m[vc->src].code) &&
                !is_place(s, x))
                doer = s->mid[e]; /* "condemned the al-Shabaab attack": the group's, at home too */
            else if (x->kind == M_NAME && !strcmp(x->code, s->m[vc->src].code) && !is_place(s, x))
                home = s->mid[e]; /* "Pakistan condemns Quetta bombing": a town of its own */
        }
        if (inv && act && doer < 0 && home < 0 && head_end && e == head_end + 1 && TOK_IS(s, head_end, "by") &&
            s->mid[e] >= 0 && s->m[s->mid[e]].t0 == e) {
            const ts_mention *x = &s->m[s->mid[e]];
            if (x->kind == M_NAME && strlen(x->code) >= 3 && strcmp(x->code, s->m[vc->src].code) && !is_place(s, x))
                doer = s->mid[e]; /* "an inquiry into the drone incursion by Russia" */
        }
        if (TOK_IS(s, e, "during") || TOK_IS(s, e, "amid") || TOK_IS(s, e, "after") || TOK_IS(s, e, "despite"))
            break; /* circumstance, not the act */
        const ts_word *w = W(s, e);
        if (act && e > q0 && ts_in_class(s->d, w, CL_PEJORATIVE) && !head_end)
            break; /* "called the attack barbaric": the judgement */
        if (act && (gm & G_DET) && !(s->gram[e - 1] & (G_PREP | G_LOC | G_BY | G_TO)))
            break; /* "called the ambush a cowardly act": the complement */
        if (!head_end && (gm & (G_PREP | G_LOC | G_BY | G_TO)))
            head_end = e;
        if (act_word) {
            act_at = act ? act_at : e;
            act = 1;
            violent |= ts_tok_in(s, e, unclaimed_violence, sizeof unclaimed_violence / sizeof unclaimed_violence[0]);
        }
        if (head_end && act && (gm & G_LOC) && names_place_after(s, e, end))
            cue = 1; /* "the attack on a village in Zamfara"; not "in a joint statement" */
    }
    /* "welcomed the release", after "Ethiopia freed 500 prisoners": a yielding the story told is its
       releaser's, though "release" is also an act judged where it happens */
    int yielded = 0;
    for (size_t k = q0 + 1; k < end && k < s->ntok && k <= q0 + 1 + STORY_ACT_MODS && !yielded && s->mid[k] < 0 &&
                            s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER;
         k++)
        yielded = (story_yield_word(s, k) || (k == q0 + 1 && ts_in_class(s->d, W(s, k), CL_STANCE) &&
                                               !strcmp(s->ctx->last_src, s->ctx->releaser))) &&
                  s->ctx->releaser[0] && !act_own_doer(s, k, e); /* "the prisoner release"; "welcomed the decision"
                                                                    right after a yielding */
    int story_det = TOK_IS(s, q0, "the") || TOK_IS(s, q0, "this") || TOK_IS(s, q0, "these") || TOK_IS(s, q0, "such");
    if ((!act || yielded) && !inv && q0 + 1 < end && story_det &&
        (strncmp(vc->pm.p->code, "051", 3) || yielded)) {
        /* praise too for a yielding: "welcomed the release" is the releaser's */
        /* "Iran condemned the action", "the move", "the decision": the act of the
           story's last sentence, its doer */
        int m = story_act_doer(g, q0 + 1, 0, s->m[vc->src].code);
        const char *mc = m >= 0 ? s->m[m].code : "", *jc = s->m[vc->src].code;
        if (m >= 0 && (strncmp(mc, jc, 3) || (strlen(mc) == 6 && strlen(jc) == 6 && strcmp(mc + 3, jc + 3)))) {
            /* another country's act, or one of another body at home ("the
               opposition described the trial as a farce": the court's) */
            vc->tgt = m;
            vc->rule = "target: the doer of the act the story told last ('condemned the move')";
            return 1;
        }
    }
    if (!act && !inv && doer < 0 && state_coercion(s, q0, e) && strncmp(vc->pm.p->code, "051", 3) &&
        home_coercion_judged(g, vc))
        return 1; /* "described the dissolution of Congress as a coup", "condemned the new media law" */
    if (!act)
        return 0;
    if (doer >= 0) {
        vc->tgt = doer;
        vc->rule = "target: the doer a judged act's phrase names";
        return 1;
    }
    if (!cue && !inv && (q0 > first || story_det)) {
        /* "Baghdad condemned the strike", after "US jets struck a militia base in Iraq":
           the act the story told, and its doer */
        int m = -1;
        const char *by = s->ctx->attacker;
        if (s->ctx->coercer[0] && (coercive || !by[0]))
            by = s->ctx->coercer; /* "France condemned the coup", after "Army officers seized power" */
        if (!by[0] && violent && !coercive && victim < 0 && home < 0 && s->ctx->charged[0] &&
            vc->r0 == 11)
            by = s->ctx->charged; /* "the EU condemned the attack", after "Ukraine accused Russian
                                     forces of blowing up the dam": the act the story charged first */
        if (!by[0] && !violent && act_at && lead_act_word(s, act_at))
            by = s->ctx->lead_doer; /* "Azerbaijan launched an offensive in Karabakh. Yerevan called the
                                       offensive a declaration of war": the sentence before's doer */
        if (by[0] && (strncmp(by, s->m[vc->src].code, 3) || home_coercer_judged(s, by, vc->src))) {
            m = add_remembered(s, by);
            if (by == s->ctx->attacker)
                add_co_attackers(s, m, s->m[vc->src].code);
        }
        if (m >= 0) {
            vc->tgt = m;
            vc->rule = "target: the doer of the story's last attack (a definite act the story told)";
            return 1;
        }
    }
    vc->self_cc[0] = '\0';
    if (home >= 0 && !cue) {
        memcpy(vc->self_cc, s->m[home].code, 3);
        vc->self_cc[3] = '\0';
        vc->act_home = 1;
    }
    if (!cue && home < 0 && state_coercion(s, q0, e) && strncmp(vc->pm.p->code, "051", 3) &&
        home_coercion_judged(g, vc))
        return 1; /* "the opposition called the arrest of its leader a coup" */
    if (victim >= 0 && !cue && !vc->self_cc[0]) {
        adopt_country(s, victim, -1, 0); /* "the storming of parliament": the one country the sentence names */
        const ts_mention *x = &s->m[victim];
        if (x->kind == M_NAME && strlen(x->code) >= 3 && !ts_igo_code(x->code)) {
            memcpy(vc->self_cc, x->code, 3);
            vc->self_cc[3] = '\0';
            vc->act_home = 1;
        }
    }
    if (!vc->self_cc[0] && violent && strncmp(vc->pm.p->code, "051", 3))
        judge_country(g, vc->src, vc->self_cc);
    if (!vc->self_cc[0] && violent && !cue && strncmp(vc->pm.p->code, "051", 3) && vc->src >= 0 &&
        s->m[vc->src].kind == M_NAME && strlen(s->m[vc->src].code) == 3 && !ts_igo_code(s->m[vc->src].code) &&
        strncmp(s->m[vc->src].code, "WST", 3)) {
        /* "Turkey condemned the bombings": a state named by its name judges
           violence where the story is, when the story is told elsewhere (coder.c) */
        memcpy(vc->self_cc, s->m[vc->src].code, 3);
        vc->self_cc[3] = '\0';
        vc->act_home = 3; /* abroad only: at home, a bare name is no judge of its own (judgement.txt) */
    }
    if (!vc->self_cc[0] && inv && !strncmp(vc->pm.p->code, "09", 2))
        investigator_country(g, vc->src, vc->self_cc); /* "Pakistan's government ordered a probe into the bombing" */
    if (!cue && !vc->self_cc[0])
        return 0;
    vc->act0 = (uint16_t)q0;
    vc->act1 = (uint16_t)e;
    vc->rule = "target: the country of the judged act (its place, else the judge's own)";
    return 1;
}

/* fight, battle, clash: verbs of two sides against each other */
static int contest_verb(const ts_sent *s, size_t i)
{
    const char *l = lemma_of(s, i);
    return !strcmp(l, "fight") || !strcmp(l, "battle") || !strcmp(l, "clash");
}

/* A verb of taking ground: "seized", "captured", "took", "overran", "occupied". */
static int seize_verb(const ts_sent *s, size_t i)
{
    static const char *const take[] = {"seiz", "captur", "took", "take", "overr", "occup", "retak", "recaptur",
                                       "grab", "control", NULL};
    return key_starts(s, i, take);
}

/* "the town of Bunagana", "a village", "the airport": a place noun right
 * after the verb, whose name the dictionaries may lack. */
static int seized_place(const ts_sent *s, size_t i, size_t end)
{
    static const ts_lit nouns[] = {LIT("town"),  LIT("city"),    LIT("village"),  LIT("villages"), LIT("airport"),
                                   LIT("district"), LIT("capital"), LIT("port"),  LIT("base"),     LIT("province"),
                                   LIT("camp"),  LIT("barracks"), LIT("garrison")};
    for (size_t k = i + 1; k < end && k < i + 4; k++) {
        if (ts_tok_in(s, k, nouns, sizeof nouns / sizeof nouns[0]))
            return 1;
        if (!(s->gram[k] & G_DET) && !(s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER && s->mid[k] < 0))
            return 0;
    }
    return 0;
}

/* A fight for a prize: "fought for control of", "battled for the town of". */
#define FOUGHT_FOR_REACH 10 /* words after the verb in which "for <prize>" is looked for */
static int fought_for(const gstate *g, size_t i)
{
    const ts_sent *s = g->s;
    const char *l = lemma_of(s, i);
    if (strcmp(l, "fight") && strcmp(l, "battle"))
        return 0;
    /* a military prize: control, ground, a town, a named place; not "leadership",
       "influence" or "the gold medal"; past a time ("fought for a second day on
       Sunday for control of the capital") */
    static const ts_lit prize[] = {LIT("control"), LIT("town"),    LIT("city"),     LIT("village"),
                                   LIT("capital"), LIT("airport"), LIT("base"),     LIT("region"),
                                   LIT("province"), LIT("hill"),   LIT("hills"),    LIT("bridge"),
                                   LIT("port"),    LIT("territory"), LIT("ground"), LIT("positions")};
    for (size_t q = i + 1; q < s->ntok && q < i + FOUGHT_FOR_REACH; q++) {
        if (s->tok[q].kind == TK_PUNCT || (g->isverb[q] && q > i + 1))
            return 0;
        if (!TOK_IS(s, q, "for"))
            continue;
        for (size_t k = q + 1; k < s->ntok && k < q + 5; k++) {
            if (s->mid[k] >= 0)
                return s->m[s->mid[k]].kind == M_NAME && !is_people(&s->m[s->mid[k]]);
            if (ts_tok_in(s, k, prize, sizeof prize / sizeof prize[0]))
                return 1;
            if (s->tok[k].kind == TK_PUNCT || TOK_IS(s, k, "for"))
                break;
        }
    }
    return 0;
}

/* Step 6: source and target (active, passive, reduced passive, joint acts,
 * unnamed domestic actors). Returns 0 when no source can be named. */
/* "French police arrested dozens of people", "troops killed 30 people":
 * people a state's own forces arrest, wound or kill are its civilians (the
 * word "people" is no agent: as a subject it names nobody). Returns a new
 * mention, or -1. */
/* "Nepal's army chief called on the prime minister to step down", "the
 * army chief criticised the government": words between a country's army and
 * its government (02-14) are an event at home, as in a coup's run-up; their
 * own forces acting for them ("scrambled jets") and a government's appeals
 * or orders to its forces ("asked the army to draw up plans") are not. */
/* "ordered the army chief to withdraw his soldiers", "told the commander
 * to pull back his troops": an order to one commander (a singular title)
 * to stand down is a demand on him, as in a coup or a mutiny, not the
 * government's own use of its forces. t is the target mention. */
static int stand_down_order(const ts_sent *s, int t)
{
    static const ts_lit heads[] = {LIT("chief"), LIT("commander"), LIT("general"), LIT("head")};
    static const ts_lit down[] = {LIT("withdraw"), LIT("pull"), LIT("retreat"), LIT("return"), LIT("stand"),
                                  LIT("surrender"), LIT("disperse"), LIT("leave")};
    const ts_mention *m = &s->m[t];
    size_t b = (size_t)m->t0;
    if (b > 0 && TOK_IS(s, b - 1, "the"))
        b--;
    int of_title = b >= 2 && TOK_IS(s, b - 1, "of") && ts_tok_in(s, b - 2, heads, sizeof heads / sizeof heads[0]);
    if (m->t1 <= m->t0 || !(of_title || ts_tok_in(s, m->head, heads, sizeof heads / sizeof heads[0])))
        return 0; /* "the army chief", "the commander of the army" */
    size_t k = (size_t)m->t1;
    return k + 1 < s->ntok && TOK_IS(s, k, "to") && ts_tok_in(s, k + 1, down, sizeof down / sizeof down[0]);
}

#define ARMY_POSS_WORDS 3 /* words before the army or government read for a possessive */
static int army_and_government(const ts_sent *s, const vcode *vc)
{
    const char *a = s->m[vc->src].code, *b = s->m[vc->tgt].code;
    size_t t0 = (size_t)s->m[vc->tgt].t0;
    for (size_t k = t0; k < s->ntok && k + ARMY_POSS_WORDS >= t0; k--) {
        if (TOK_IS(s, k, "its") || TOK_IS(s, k, "their") || TOK_IS(s, k, "his") || TOK_IS(s, k, "her"))
            return 0; /* "its latest military moves": whose, a pronoun may misread */
        if (k == 0)
            break;
    }
    if ((vc->r0 == 2 || vc->r0 == 10) && strlen(a) == 6 && !strcmp(a + 3, "GOV") && !stand_down_order(s, vc->tgt))
        return 0; /* "asked the army to draw up plans": a government directing its forces */
    return vc->r0 >= 2 && vc->r0 <= 14 && strlen(a) == 6 && strlen(b) == 6 && strcmp(a + 3, b + 3) &&
           (!strcmp(a + 3, "MIL") || !strcmp(a + 3, "GOV")) && (!strcmp(b + 3, "MIL") || !strcmp(b + 3, "GOV"));
}

/* "his own party's lawmakers", "lawmakers of his own party", "their
 * party's leaders": members of the speaker's own party, with whom a meeting
 * or a deal is the party's own business, not one of two parties. */
static int own_party_members(const ts_sent *s, int tgt)
{
    static const ts_lit poss[] = {LIT("his"), LIT("her"), LIT("their"), LIT("its")};
    const ts_mention *t = &s->m[tgt];
    size_t b = t->t0, e = t->t1;
    /* before: "his (own) party's <members>" */
    if (b >= 3 && TOK_IS(s, b - 1, "'s") && TOK_IS(s, b - 2, "party")) {
        size_t q = b - 3;
        if (TOK_IS(s, q, "own") && q > 0)
            q--;
        if (ts_tok_in(s, q, poss, sizeof poss / sizeof poss[0]))
            return 1;
    }
    /* after: "<members> of his (own) party" */
    if (e + 2 < s->ntok && TOK_IS(s, e, "of") && ts_tok_in(s, e + 1, poss, sizeof poss / sizeof poss[0])) {
        size_t q = e + 2;
        if (TOK_IS(s, q, "own"))
            q++;
        return TOK_IS(s, q, "party");
    }
    return 0;
}

/* "his supporters", "their followers": a following told by a possessive
 * that points back to the speaker, coded as the speaker himself */
static int own_followers(const ts_sent *s, int src, int tgt)
{
    static const ts_lit poss[] = {LIT("his"), LIT("her"), LIT("their"), LIT("its")};
    static const ts_lit follow[] = {LIT("supporters"), LIT("followers"), LIT("loyalists"), LIT("backers"),
                                    LIT("partisans"), LIT("sympathisers"), LIT("sympathizers"), LIT("base")};
    const ts_mention *t = &s->m[tgt];
    if (strlen(s->m[src].code) < 3 || strcmp(t->code, s->m[src].code) || t->t1 <= t->t0 ||
        (size_t)t->t1 > s->ntok)
        return 0;
    return ts_tok_in(s, (size_t)t->t0, poss, sizeof poss / sizeof poss[0]) &&
           ts_tok_in(s, (size_t)t->t1 - 1, follow, sizeof follow / sizeof follow[0]);
}

static int people_object(gstate *g, size_t i, size_t end, int src)
{
    ts_sent *s = g->s;
    const ts_mention *sm = &s->m[src];
    size_t cl = strlen(sm->code);
    if ((sm->kind != M_NAME && !(sm->kind == M_PRON && sm->resolved)) || /* "said he would release prisoners" */
        (cl != 3 && !(cl == 6 && (!strcmp(sm->code + 3, "GOV") ||
                                                       !strcmp(sm->code + 3, "MIL") ||
                                                       !strcmp(sm->code + 3, "COP") ||
                                                       !strcmp(sm->code + 3, "JUD")))) ||
        ts_igo_code(sm->code) || !strncmp(sm->code, "WST", 3))
        return -1;
    size_t lim = i + 7;
    for (size_t k = i + 1; k < end && k < lim; k++) {
        if (s->mid[k] >= 0)
            return -1;
        if (k + 1 < end && k == i + 2 && TOK_IS(s, k + 1, "of") && (s->gram[k - 1] & G_DET) &&
            s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER && !s->gram[k]) {
            /* "ordered the release of 200 prisoners", "announced the pardon of
               more than one hundred prisoners": the act's noun, then whom */
            lim = k + 9;
            continue;
        }
        if (person_noun(s, k)) {
            char code[7] = {sm->code[0], sm->code[1], sm->code[2], 'C', 'V', 'L', '\0'};
            return add_actor(s, code, k, k + 1);
        }
        const ts_word *wk = W(s, k);
        int adjective = s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER && !s->gram[k] && (!wk ||
                        wk->verb < 0); /* "political prisoners", "one hundred people" */
        if (!(s->tok[k].kind == TK_NUM || (s->gram[k] & (G_DET | G_QUANT | G_ADV)) || TOK_IS(s, k, "of") ||
              TOK_IS(s, k, "than") || adjective || (k + 1 < end && s->tok[k + 1].kind == TK_NUM)))
            return -1; /* "over 200", "nearly 40" */
    }
    return -1;
}

/* "Saudi Arabia executed 81 men", "the government hanged two prisoners": a
 * state (its bare name, government or courts) that executes people executes
 * its own prisoners (people_object names them). */
static int state_execution(const ts_sent *s, size_t i, int src)
{
    const ts_mention *x = &s->m[src];
    size_t cl = strlen(x->code);
    if (x->kind != M_NAME || ts_igo_code(x->code) ||
        !(cl == 3 || (cl == 6 && (!strcmp(x->code + 3, "GOV") || !strcmp(x->code + 3, "JUD")))))
        return 0;
    const char *l = lemma_of(s, i);
    return !strcmp(l, "execute") || !strcmp(l, "hang") || !strcmp(l, "behead");
}

#define FLED_WORDS 12 /* from the giving verb to "fled" / "fleeing" */
#define FLED_FROM_WORDS 6 /* from "fled" to the country fled */

/* "gave shelter to 9,000 people who fled Sudan", "sheltered 9,000 people who
 * fled the fighting in Sudan": refuge given to people the dictionaries cannot
 * name goes to the refugees of the country they fled (not the giver's own).
 * A new mention, or -1. */
static int fled_people(gstate *g, size_t i, int src)
{
    ts_sent *s = g->s;
    static const ts_lit fled[] = {LIT("fled"), LIT("fleeing"), LIT("escaped"), LIT("escaping")};
    size_t f = 0;
    for (size_t k = i + 1; k < s->ntok && k < i + FLED_WORDS && !f; k++) {
        if (hard_boundary(s, k) || (s->mid[k] >= 0 && s->m[s->mid[k]].kind == M_NAME && !is_place(s, &s->m[s->mid[k]])))
            return -1; /* a named recipient: the patterns' */
        if (ts_tok_in(s, k, fled, sizeof fled / sizeof fled[0]) && k > i + 1 &&
            (person_noun(s, k - 1) || TOK_IS(s, k - 1, "who") || TOK_IS(s, k - 1, "had") ||
             TOK_IS(s, k - 1, "refugees")))
            f = k;
    }
    if (!f)
        return -1;
    char code[7] = "";
    for (size_t q = f + 1; q < s->ntok && q <= f + FLED_FROM_WORDS && !code[0]; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q))
            break;
        int mq = s->mid[q];
        if (mq >= 0 && s->m[mq].kind == M_NAME && strlen(s->m[mq].code) >= 3 && !ts_igo_code(s->m[mq].code) &&
            strncmp(s->m[mq].code, s->m[src].code, 3)) {
            memcpy(code, s->m[mq].code, 3);
            memcpy(code + 3, "REF", 4);
        }
    }
    if (!code[0])
        return -1; /* displaced at home: no asylum (075 is from another state) */
    return add_actor(s, code, 0, 0);
}

#define BOMB_VICTIM_WORDS 6 /* from the relative's verb to the victims it names */

/* "planted a roadside bomb that killed five Kenyan soldiers", "detonated a
 * device which wounded two policemen": a bombing's victims, told in a
 * relative clause on the bomb (the pattern's last word at last), are its
 * target. Their mention, or -1. */
static int bomb_victims(const gstate *g, size_t last)
{
    const ts_sent *s = g->s;
    static const ts_lit harm[] = {LIT("kill"), LIT("wound"),  LIT("injure"), LIT("maim"),
                                  LIT("hit"),  LIT("strike"), LIT("target")};
    size_t r = last + 1;
    if (r + 1 >= s->ntok || !(TOK_IS(s, r, "that") || TOK_IS(s, r, "which")))
        return -1;
    if (!lemma_in(s, ts_w(s, r + 1), harm, sizeof harm / sizeof harm[0]))
        return -1;
    for (size_t q = r + 2; q < s->ntok && q < r + 2 + BOMB_VICTIM_WORDS; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (g->isverb[q] && g->v[q].kind != V_NONE))
            return -1;
        int mq = s->mid[q];
        if (mq >= 0 && s->m[mq].t0 == q)
            return s->m[mq].kind == M_NAME && strlen(s->m[mq].code) >= 3 ? mq : -1;
    }
    return -1;
}

#define STRANGER_TITLE_WORDS 3 /* "presidential candidate", "aid worker" before a name */
#define STRANGER_NAME_WORDS 4  /* "Ingrid Betancourt", "Maria de los Angeles" */

/* "FARC guerrillas kidnapped presidential candidate Ingrid Betancourt",
 * "the rebels murdered mayor Juan Perez": a person the dictionaries do not
 * know, named by two or more capitalised words (after a few lower-case words
 * of a title) right after a verb of assault, is of the one country the
 * sentence names (adopt_country: the source's own, or the place's). A new
 * mention, or -1. */
static int stranger_victim(gstate *g, size_t i, size_t end)
{
    ts_sent *s = g->s;
    size_t k = i + 1;
    while (k < end && k < i + 1 + STRANGER_TITLE_WORDS && s->mid[k] < 0 && s->tok[k].kind == TK_WORD &&
           s->tok[k].cas == CASE_LOWER && !s->gram[k] && !g->isverb[k])
        k++;
    size_t n0 = k;
    while (k < end && k < n0 + STRANGER_NAME_WORDS && s->mid[k] < 0 && s->tok[k].kind == TK_WORD &&
           s->tok[k].cas == CASE_CAP && !s->gram[k])
        k++;
    if (k - n0 < 2)
        return -1;
    int m = ts_mention_new(s, n0, k, k - 1, M_UNRES, NULL);
    if (m < 0)
        return -1;
    memcpy(s->m[m].sector, "CVL", 4);
    adopt_country(s, m, -1, 0);
    if (s->m[m].kind == M_NAME)
        return m;
    s->m[m].sector[0] = '\0'; /* no country: it names nobody */
    return -1;
}

/* An unnamed agent inside a possessed noun phrase ("Sudan's military-led
 * government", "Iran's newly elected parliament") takes the possessor's
 * country: a possessive mention a few words before, nothing but words and
 * hyphens between. */
static void possessor_country(gstate *g, int m)
{
    ts_sent *s = g->s;
    ts_mention *x = &s->m[m];
    int mk = possessor_before(g, x->t0, 1);
    if (mk < 0 || strlen(s->m[mk].code) < 3 || ts_igo_code(s->m[mk].code))
        return;
    name_unresolved(x, s->m[mk].code);
}

/* "Mali's junta expelled the French ambassador. France accused the junta
 * of ...": a state's words or acts against "the junta", "the regime" (what no
 * state calls its own rulers), or, from a state that is no person, against
 * "the government", are aimed at another state's rulers when the sentence
 * names no country but the source's: the story's last actor of another
 * country. A person's words against "the government" may be at home
 * ("President Zourabichvili accused the government"), and are left alone. */
static void foreign_government(ts_sent *s, int src, int tgt)
{
    ts_mention *t = &s->m[tgt];
    const ts_mention *sm = &s->m[src];
    /* unnamed, or named from the story's last country (mention.c), the source's own */
    int unnamed = t->kind == M_UNRES && !strcmp(t->sector, "GOV");
    int remembered = t->kind == M_NAME && t->resolved && !strcmp(t->ctx_sector, "GOV") &&
                     !strncmp(t->code, sm->code, 3);
    if (!(unnamed || remembered) || t->t0 == 0 || !TOK_IS(s, t->t0 - 1, "the") || sm->kind != M_NAME ||
        strlen(sm->code) < 3 || ts_igo_code(sm->code) || !strncmp(sm->code, "WST", 3))
        return;
    int pejorative = TOK_IS(s, t->head, "junta") || TOK_IS(s, t->head, "regime") ||
                     (TOK_IS(s, t->head, "government") && t->t1 - t->t0 == 2 && TOK_IS(s, t->t0, "military"));
    int state = strlen(sm->code) == 3 || !strcmp(sm->code + 3, "GOV");
    if (!pejorative && (!state || sm->person || !(TOK_IS(s, t->head, "government") ||
                                                  TOK_IS(s, t->head, "authorities") ||
                                                  TOK_IS(s, t->head, "administration"))))
        return;
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if ((x->kind == M_NAME || x->kind == M_ADJ) && strlen(x->code) >= 3 && !ts_igo_code(x->code) &&
            strncmp(x->code, sm->code, 3))
            return; /* another country named here: adopt_country decides */
    }
    const char *c = ts_ctx_other_state(s->ctx, sm->code);
    if (c) {
        memcpy(t->code, c, 3);
        memcpy(t->code + 3, "GOV", 4);
        t->kind = M_NAME;
        t->resolved = 1;
    }
}

/* "Thousands of Iraqis protested outside the US embassy. The protesters
 * threw stones at the building": a protest that names no party, by the
 * story's protesters named by their role (mention.c: resolved, of the
 * country of ctx->protesters), is against whom the story's protest was
 * (ctx->protested) when that is another country's; a new mention, or -1. */
static int story_protested(ts_sent *s, int src)
{
    const ts_ctx *x = s->ctx;
    const ts_mention *m = &s->m[src];
    if (!m->resolved || m->kind != M_NAME || !x->protesters[0] || strlen(x->protested) < 3 ||
        strncmp(m->code, x->protesters, 3) || !strncmp(x->protested, m->code, 3))
        return -1;
    for (size_t k = 0; k < s->nm; k++)
        if ((int)k != src && (s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && strlen(s->m[k].code) >= 3 &&
            strncmp(s->m[k].code, m->code, 3) && strncmp(s->m[k].code, x->protested, 3))
            return -1; /* another party named here: the grammar's own rules decide */
    int t = add_remembered(s, x->protested);
    return t;
}

/* "Serb gunmen attacked a Kosovo police patrol. The attackers fought police
 * for hours", "Police killed two of the attackers": force or arrest between
 * a party of the story's last use of force that a role noun named
 * (mention.c: ctx->assailant, or ctx->assailed for "the gunmen" a state's
 * troops fought) and an unnamed agent of the other party's sector (or
 * people, of a country struck as a whole) is with that other party, not with
 * the role's own country. m is the unnamed one. */
static void story_attacked(ts_sent *s, int m, int role)
{
    const ts_ctx *x = s->ctx;
    ts_mention *t = &s->m[m];
    const ts_mention *r = &s->m[role];
    if (t->kind != M_UNRES || !t->sector[0] || !r->resolved || !x->assailant[0])
        return;
    const char *other = !strcmp(r->code, x->assailant) ? x->assailed : !strcmp(r->code, x->assailed) ? x->assailant : NULL;
    if (!other || strlen(other) < 3 || ts_igo_code(other) || !strncmp(other, r->code, 3))
        return;
    /* the other's own sector, or its people when it was struck as a whole
       ("killed 1,200 people in Israel ... The militants took 240 hostages") */
    if (strlen(other) == 6 ? strcmp(other + 3, t->sector)
                           : strcmp(t->sector, "CVL") || r->weapon || r->t1 <= r->head ||
                                 ts_in_class(s->d, ts_w(s, r->head), CL_ATTACK) ||
                                 ts_in_class(s->d, ts_w(s, r->head), CL_AIRSTRIKE))
        return; /* (but "the strikes had killed 26 civilians" are left to the place) */
    name_unresolved(t, other);
    t->resolved = 1;
}

/* "Poland said Belarusian helicopters had violated its airspace. The foreign
 * ministry summoned Belarus's charge d'affaires": a government body the
 * story resolved to the country last named (mention.c) is not that of the
 * state it acts on in the same sentence; it is the story's last actor of
 * another country. */
static void foreign_speaker(ts_sent *s, int src, int tgt)
{
    ts_mention *x = &s->m[src];
    const ts_mention *t = &s->m[tgt];
    if (x->kind != M_NAME || !x->resolved || strcmp(x->ctx_sector, "GOV") || t->resolved || t->kind != M_NAME ||
        strlen(t->code) < 3 || ts_igo_code(t->code) || strncmp(x->code, t->code, 3) ||
        (strlen(t->code) == 6 && strcmp(t->code + 3, "GOV")))
        return;
    const char *c = ts_ctx_other_state(s->ctx, t->code);
    if (c) {
        memcpy(x->code, c, 3);
        memcpy(x->code + 3, "GOV", 4);
    }
}

#define POSSESSOR_WORDS 3 /* words from the verb to a possessive pronoun; and from it to its noun */

/* "Protesters are demanding her resignation", "the opposition rejected his
 * proposal": a possessive pronoun right after the verb, before a noun of what
 * its possessor proposes, decides or holds (@stance), names the party the
 * demand, criticism or rejection addresses: the person named before it in
 * the sentence, else the story's last person ("his", "her") or group
 * ("their"). */
static int possessor_pronoun(gstate *g, size_t i, size_t end, int src)
{
    ts_sent *s = g->s;
    for (size_t k = i + 1; k < end && k <= i + POSSESSOR_WORDS; k++) {
        if (s->mid[k] >= 0 || s->tok[k].kind != TK_WORD)
            return -1; /* a party named first, or the phrase ends */
        int his = TOK_IS(s, k, "his") || TOK_IS(s, k, "her"), their = TOK_IS(s, k, "their");
        if (!his && !their)
            continue;
        size_t q = k + 1; /* "her immediate resignation", "his latest proposal" */
        while (q < end && q <= k + POSSESSOR_WORDS && s->mid[q] < 0 && s->tok[q].kind == TK_WORD &&
               s->tok[q].cas == CASE_LOWER && !ts_in_class(s->d, W(s, q), CL_STANCE))
            q++;
        if (q >= end || s->mid[q] >= 0 || !ts_in_class(s->d, W(s, q), CL_STANCE))
            return -1;
        const char *c = his ? s->ctx->person : s->ctx->group;
        for (size_t m = 0; m < s->nm; m++) {
            const ts_mention *x = &s->m[m];
            if ((int)m == src || (size_t)x->t0 >= k || x->kind != M_NAME)
                continue;
            if (!his)
                return -1; /* "their": another party of this sentence may be meant */
            if (x->person)
                c = x->code;
        }
        if (strlen(c) < 3 || !strcmp(c, s->m[src].code))
            return -1;
        int mi = add_remembered(s, c);
        return mi;
    }
    return -1;
}

/* "Pakistan's military said the Indian jets had violated its airspace":
 * "its" before a word of a state's ground (airspace, territory, waters,
 * border, soil) right after a verb of intrusion at i (violated, entered,
 * crossed, breached; "intruded into its waters") is the state whose ground
 * it is, as is a country's adjective there ("into Chinese waters"): the
 * nearest party of another country before the doer in this sentence, else
 * the story's last country. A new or existing mention, or -1. */
static int sovereign_possessor(gstate *g, size_t i, size_t end, int src)
{
    ts_sent *s = g->s;
    static const ts_lit ground[] = {LIT("airspace"), LIT("territory"), LIT("waters"), LIT("border"),
                                    LIT("borders"),  LIT("soil"),      LIT("territorial")};
    static const char *const intrude[] = {"violat", "enter", "cross", "intrud", "breach", "invad", "penetrat", NULL};
    size_t k = i + 1;
    if (k + 2 < end && (TOK_IS(s, k, "into") || TOK_IS(s, k, "upon")))
        k++; /* "intruded into its waters" */
    if (k + 1 >= end || !key_starts(s, i, intrude))
        return -1; /* an intrusion only: "Riyadh closed its borders" are its own */
    int owner = s->mid[k];
    if (owner >= 0 && (s->m[owner].kind == M_ADJ || s->m[owner].kind == M_NAME) && s->m[owner].t0 == k &&
        strlen(s->m[owner].code) >= 3 && !ts_igo_code(s->m[owner].code) &&
        strncmp(s->m[owner].code, s->m[src].code, 3) && s->m[owner].t1 < end &&
        ts_tok_in(s, s->m[owner].t1, ground, sizeof ground / sizeof ground[0]))
        return owner; /* "a Philippine ship intruded into Chinese waters" */
    if (!TOK_IS(s, k, "its") || s->mid[k + 1] >= 0 || !ts_tok_in(s, k + 1, ground, sizeof ground / sizeof ground[0]))
        return -1;
    for (size_t m = s->nm; m-- > 0;) {
        const ts_mention *x = &s->m[m];
        if ((int)m == src || (size_t)x->t1 > (size_t)s->m[src].t0 || x->kind != M_NAME || strlen(x->code) < 3 ||
            ts_igo_code(x->code))
            continue;
        if (strncmp(x->code, s->m[src].code, 3))
            return (int)m;
    }
    const char *c = s->ctx->thing;
    if (strlen(c) < 3 || ts_igo_code(c) || !strncmp(c, s->m[src].code, 3))
        return -1;
    int mi = add_remembered(s, c);
    return mi;
}

/* "provinces of Ukraine that Russia annexed", "Georgia, which Russia invaded
 * in 2008": verb i of a relative clause whose subject subj follows "that" or
 * "which" right after a named party, and which has no object of its own
 * (what follows it is a preposition, a time, a comma or the end), acts on
 * that party. Its mention, or -1. */
static int gap_antecedent(const gstate *g, size_t i, int subj)
{
    const ts_sent *s = g->s;
    size_t r = s->m[subj].t0;
    if ((size_t)s->m[subj].t1 > i)
        return -1;
    for (size_t q = s->m[subj].t1; q < i; q++)
        if (!(g->adv[q] || (s->gram[q] & (G_ADV | G_HAVE))))
            return -1; /* "that Russia has annexed", "that Russia illegally annexed" */
    while (r > 0 && (s->gram[r - 1] & G_DET) && s->mid[r - 1] < 0)
        r--;
    if (r < 2 || !(TOK_IS(s, r - 1, "that") || TOK_IS(s, r - 1, "which")))
        return -1;
    size_t q = i + 1;
    while (q < s->ntok && g->adv[q])
        q++;
    if (q < s->ntok && !hard_boundary(s, q) && !ts_is_comma(s, q) && !(s->gram[q] & (G_PREP | G_LOC | G_AND | G_SUB)))
        return -1; /* an object of its own: "that Russia accused Kyiv of" */
    size_t a = r - 1;
    if (ts_is_comma(s, a - 1))
        a--; /* ", which" */
    int m = a > 0 ? s->mid[a - 1] : -1;
    if (m < 0 || m == subj || s->m[m].t1 != a || s->m[m].kind != M_NAME || strlen(s->m[m].code) < 3)
        return -1;
    return m;
}

/* "The Philippine coast guard said Chinese vessels fired water cannon at two
 * of its boats", "Seoul said the North's soldiers fired at its guard posts":
 * "its" or "their" before a state's boats, troops, posts or people in the
 * object of a hostile act is the nearest party of another country named
 * before the doer (the speaker), not the doer itself. Its mention, or -1. */
#define ASSET_WORDS 6 /* from the verb to "its" */
static int asset_possessor(gstate *g, size_t i, size_t end, int src)
{
    ts_sent *s = g->s;
    static const ts_lit assets[] = {
        LIT("boat"),    LIT("boats"),    LIT("vessel"),   LIT("vessels"),  LIT("ship"),      LIT("ships"),
        LIT("position"), LIT("positions"), LIT("troops"),  LIT("soldiers"), LIT("forces"),    LIT("base"),
        LIT("bases"),   LIT("post"),     LIT("posts"),    LIT("outpost"),  LIT("outposts"),  LIT("patrol"),
        LIT("patrols"), LIT("aircraft"), LIT("jets"),     LIT("planes"),   LIT("convoy"),    LIT("embassy"),
        LIT("consulate"), LIT("citizens"), LIT("nationals"), LIT("fishermen"), LIT("diplomats"), LIT("crew")};
    for (size_t k = i + 1; k + 1 < end && k <= i + ASSET_WORDS; k++) {
        if (s->mid[k] >= 0 && !TOK_IS(s, k, "its") && !TOK_IS(s, k, "their"))
            return -1; /* a party named first */
        if (hard_boundary(s, k) || ts_is_comma(s, k))
            return -1;
        if (!TOK_IS(s, k, "its") && !TOK_IS(s, k, "their"))
            continue;
        size_t q = k + 1;
        if (q + 1 < end && s->tok[q].kind == TK_WORD && s->tok[q].cas == CASE_LOWER && s->mid[q] < 0 &&
            !ts_tok_in(s, q, assets, sizeof assets / sizeof assets[0]))
            q++; /* "its patrol boats", "their forward positions" */
        if (!ts_tok_in(s, q, assets, sizeof assets / sizeof assets[0]))
            return -1;
        for (size_t m = s->nm; m-- > 0;) {
            const ts_mention *x = &s->m[m];
            if ((int)m == src || (size_t)x->t1 > (size_t)s->m[src].t0 ||
                (x->kind != M_NAME && x->kind != M_ADJ) || strlen(x->code) < 3 || ts_igo_code(x->code))
                continue;
            if (strncmp(x->code, s->m[src].code, 3))
                return x->kind == M_NAME ? (int)m : add_actor(s, x->code, 0, 0);
            return -1; /* the doer's own country named last: its own */
        }
        return -1;
    }
    return -1;
}

/* Verbs of feeling whose passive is an adjective: "disappointed with",
 * "concerned about", "outraged by". */
static int feeling_verb(const ts_sent *s, size_t i)
{
    static const ts_lit feel[] = {LIT("disappoint"), LIT("dismay"),    LIT("outrage"), LIT("anger"),
                                  LIT("appal"),      LIT("incense"),   LIT("infuriate"), LIT("concern"),
                                  LIT("worry"),      LIT("alarm")};
    return lemma_in(s, W(s, i), feel, sizeof feel / sizeof feel[0]);
}

/* "Germany was outraged by the killings", "Seoul was angered by the
 * launch": outrage or anger at the story's act named by a definite noun
 * right after the pattern's "by / at / over" is aimed at its doer, whom
 * the story remembers (story_act_doer); not the judge's own act. */
static void felt_story_act(gstate *g, vcode *vc)
{
    ts_sent *s = g->s;
    size_t pl = vc->pm.last;
    if (!(TOK_IS(s, pl, "by") || TOK_IS(s, pl, "at") || TOK_IS(s, pl, "over")) || pl + 2 >= vc->end)
        return;
    int m = story_act_doer(g, pl + 2, 0, s->m[vc->src].code);
    if (m < 0 || !strncmp(s->m[m].code, s->m[vc->src].code, 3))
        return;
    vc->tgt = m;
    vc->rule = "target: the doer of the story's act the feeling is about ('was outraged by the killings')";
}

/* "Authorities imposed a curfew in Dhaka": bare "authorities" that coerce
 * (17x) are of the one country where the sentence puts the act, when the
 * party coerced, if named, is of that country too ("Authorities arrested two
 * Russian nationals" names no place: they need not be Russian). */
static int authorities_at_home(gstate *g, const vcode *vc)
{
    ts_sent *s = g->s;
    if (vc->r0 != 17 || !TOK_IS(s, s->m[vc->src].head, "authorities"))
        return 0;
    char cc[4] = "";
    if (s->place_cc[0])
        memcpy(cc, s->place_cc, 4);
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if ((int)k == vc->src || x->kind != M_NAME || strlen(x->code) < 3 || ts_igo_code(x->code) || !is_place(s, x))
            continue;
        if (cc[0] && strncmp(cc, x->code, 3))
            return 0; /* two countries' places */
        memcpy(cc, x->code, 3);
        cc[3] = '\0';
    }
    int named = 0;
    for (size_t k = 0; k < s->nm && !cc[0]; k++)
        named |= (int)k != vc->src && (s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && strlen(s->m[k].code) >= 3;
    if (!cc[0] && !named && strlen(s->ctx->thing) >= 3 && !ts_igo_code(s->ctx->thing) && strncmp(s->ctx->thing, "WST", 3)) {
        memcpy(cc, s->ctx->thing, 3); /* "Authorities banned protests in the city": the story's country */
        cc[3] = '\0';
    }
    if (!cc[0])
        return 0;
    if (vc->tgt >= 0 && s->m[vc->tgt].kind == M_NAME && strlen(s->m[vc->tgt].code) >= 3 &&
        strncmp(s->m[vc->tgt].code, cc, 3))
        return 0;
    return 1;
}

/* The parties of a deal, truce or talks that a participle after them says a
 * third party brokered or mediated ("Armenia and Azerbaijan signed a peace deal
 * brokered by the United States"): the subject of the clause the participle
 * ends, not the mediator by; -1 when there is none. */
static int brokered_parties(const gstate *g, size_t i, int by)
{
    const ts_sent *s = g->s;
    for (size_t k = i; k > 0; k--) {
        if (hard_boundary(s, k - 1))
            return -1;
        if (!g->isverb[k - 1])
            continue;
        int sj = g->v[k - 1].subj;
        if (sj < 0 || sj == by || g->v[k - 1].passive)
            return -1;
        /* a party's own act on the deal, or a pair's: not "Kenya praised the truce
           brokered by Qatar", where Kenya judges it */
        static const ts_lit party_act[] = {LIT("agree"), LIT("accept"), LIT("sign"), LIT("reach"),
                                           LIT("conclude"), LIT("seal"), LIT("ink"), LIT("observe"),
                                           LIT("implement"), LIT("respect"), LIT("violate"), LIT("breach")};
        const ts_word *w = ts_w(s, k - 1);
        const char *l = w ? ts_lex_name(&s->d->lex, (int32_t)w->lemma) : "";
        int own = group_size(s, sj) > 1;
        for (size_t a = 0; a < sizeof party_act / sizeof party_act[0] && !own; a++)
            own = strlen(l) == party_act[a].n && !memcmp(l, party_act[a].s, party_act[a].n);
        return own ? sj : -1;
    }
    return -1;
}

/* "Russian strikes killed 12 people", "Israeli air strikes destroyed the
 * building": a country's adjective before an act of force (the mention ends
 * at the adjective; the act's noun, one or two words, stands right before
 * verb i) is the subject of a verb of force: that country's forces. Names
 * the mention so. */
static int striking_forces(gstate *g, size_t i, int src)
{
    ts_sent *s = g->s;
    ts_mention *x = &s->m[src];
    size_t h = x->t1;
    if (strlen(x->code) < 3 || ts_igo_code(x->code) || h >= i || i - h > 2 || s->mid[h] >= 0)
        return 0;
    const ts_word *w = W(s, i - 1);
    if (s->tok[i - 1].cas != CASE_LOWER || !(ts_in_class(s->d, w, CL_HOSTILITY) || ts_in_class(s->d, w, CL_AIRSTRIKE)))
        return 0;
    if (i - h == 2 && (s->tok[h].cas != CASE_LOWER || s->gram[h] || s->mid[h] >= 0))
        return 0; /* "air strikes", "drone attacks": one word before the act's */
    static const ts_lit harm[] = {LIT("killed"), LIT("kill"), LIT("kills"), LIT("wounded"), LIT("wound"),
                                  LIT("wounds"), LIT("injured"), LIT("injure"), LIT("injures"), LIT("maimed")};
    if (i - h == 1 && (TOK_IS(s, h, "strikes") || TOK_IS(s, h, "strike")) &&
        !ts_tok_in(s, i, harm, sizeof harm / sizeof harm[0]))
        return 0; /* "British strikes hit rail services": a labour strike, unless it kills */
    char cc[4];
    memcpy(cc, x->code, 3);
    cc[3] = '\0';
    memcpy(x->sector, "MIL", 4);
    name_unresolved(x, cc);
    return 1;
}

/* "A Chinese vessel rammed the boat carrying ...", "Chinese ships blocked a
 * Philippine resupply mission", "a Philippine ship intruded into Chinese
 * waters": a craft a country's adjective names, right before verb i's group, that
 * coerces at sea (17) or intrudes (15) is that country acting. Not a
 * merchant ship ("a Chinese cargo ship"), nor a collision, which may be an
 * accident. Names the adjective's mention the bare country; 1 if so. */
#define VESSEL_WORDS 3 /* words from the adjective to the verb: "Chinese fishing boats" */
static int state_vessel(gstate *g, size_t i, int src)
{
    static const ts_lit craft[] = {LIT("vessel"), LIT("vessels"), LIT("ship"),     LIT("ships"),
                                   LIT("boat"),   LIT("boats"),   LIT("trawler"),  LIT("trawlers")};
    static const ts_lit trade[] = {LIT("cargo"), LIT("container"), LIT("merchant"), LIT("oil"), LIT("passenger"),
                                   LIT("cruise"), LIT("commercial"), LIT("bulk"), LIT("supply"), LIT("aid")};
    ts_sent *s = g->s;
    ts_mention *x = &s->m[src];
    size_t h = x->t1, e = (size_t)g->v[i].chain0 <= i ? (size_t)g->v[i].chain0 : i; /* "had intruded" */
    if (strlen(x->code) != 3 || ts_igo_code(x->code) || h >= e || e - h > VESSEL_WORDS || x->modifier ||
        !ts_tok_in(s, e - 1, craft, sizeof craft / sizeof craft[0]) || !strcmp(lemma_of(s, i), "collide"))
        return 0;
    for (size_t q = h; q + 1 < e; q++)
        if (s->mid[q] >= 0 || s->tok[q].cas != CASE_LOWER || ts_tok_in(s, q, trade, sizeof trade / sizeof trade[0]))
            return 0;
    x->kind = M_NAME;
    return 1;
}

#define THE_DEMAND_WORDS 4 /* from a verb to "the ultimatum" */

/* "rejected the ultimatum", "defied the demands", "ignored this call": a
 * demand the story told, named by a definite noun right after verb i. */
static int the_demand(const ts_sent *s, size_t i, size_t end)
{
    static const ts_lit demands[] = {LIT("ultimatum"), LIT("demand"), LIT("demands"), LIT("call"),
                                     LIT("calls"),     LIT("request"), LIT("requests"), LIT("appeal"),
                                     LIT("appeals"),   LIT("deadline")};
    for (size_t q = i + 1; q + 1 < end && q < s->ntok && q <= i + THE_DEMAND_WORDS; q++) {
        if (s->mid[q] >= 0 || hard_boundary(s, q) || ts_is_comma(s, q))
            return 0;
        if (TOK_IS(s, q, "the") || TOK_IS(s, q, "this") || TOK_IS(s, q, "these") || TOK_IS(s, q, "that"))
            return ts_tok_in(s, q + 1, demands, sizeof demands / sizeof demands[0]) &&
                   (q + 2 >= s->ntok || !(TOK_IS(s, q + 2, "of") || TOK_IS(s, q + 2, "from") || TOK_IS(s, q + 2, "by")));
    }
    return 0;
}

/* "Egypt urged a halt to the offensive", "demanded an end to the
 * bombardment", "called for a halt to the strikes": an appeal or demand to
 * stop a one-sided use of force the story told, named by a definite noun
 * that ends the pattern with no doer of its own, is aimed at the story's
 * last attacker (not both parties, as an end to "the fighting" is). The
 * mention, or -1. */
static int story_offensive(gstate *g, const vcode *vc)
{
    ts_sent *s = g->s;
    static const ts_lit one_sided[] = {LIT("offensive"),   LIT("invasion"),  LIT("incursion"), LIT("bombing"),
                                       LIT("bombardment"), LIT("airstrikes"), LIT("strikes"),  LIT("raids"),
                                       LIT("assault"),     LIT("attacks"),   LIT("shelling"),  LIT("onslaught")};
    size_t q = vc->pm.last;
    if (q < 1 || q >= s->ntok || !s->ctx->attacker[0] ||
        !ts_tok_in(s, q, one_sided, sizeof one_sided / sizeof one_sided[0]) ||
        !(TOK_IS(s, q - 1, "the") || TOK_IS(s, q - 1, "this")))
        return -1;
    if (q + 1 < s->ntok && (TOK_IS(s, q + 1, "by") || TOK_IS(s, q + 1, "of")))
        return -1; /* "a halt to the offensive by the rebels": its own doer */
    const char *jc = s->m[vc->src].code;
    if (!strncmp(s->ctx->attacker, jc, 3))
        return -1;
    int m = add_actor(s, s->ctx->attacker, 0, 0);
    if (m < 0)
        return -1;
    s->m[m].resolved = 1;
    add_co_attackers(s, m, jc);
    return m;
}

static int story_kind_word(const ts_sent *s, size_t q);

/* The noun of a story's act an appeal, demand or rejection of verb root r0
 * may be about (story_act_object): an act of a kind the story remembers,
 * and for a rejection also a court's act, a decision or another act whose
 * doer the sentence before told ("Moscow dismissed the warrant as void",
 * "rejected the ruling"; lead_act_word). */
static int story_object_word(const ts_sent *s, size_t q, int r0)
{
    return story_kind_word(s, q) || (r0 == 12 && lead_act_word(s, q));
}

/* "Washington rejected the sanctions", "the UN demanded a reversal of the
 * ban", "urged an end to the drills", "protested against the expulsion":
 * an appeal, demand, complaint or rejection (02x, 10x-12x) with no target whose
 * object names, by a definite noun with no doer of its own, an act of a
 * kind the story remembers (story_kind_word) is aimed at that act's doer
 * (story_act_doer). Reads STORY_OBJECT_WORDS words after the verb at most,
 * and stops at a party named. The mention, or -1. */
#define STORY_OBJECT_WORDS 8
static int story_act_object(gstate *g, size_t i, const vcode *vc)
{
    ts_sent *s = g->s;
    for (size_t q = i + 1; q + 1 < vc->end && q + 1 < s->ntok && q <= i + STORY_OBJECT_WORDS; q++) {
        if (s->mid[q] >= 0 || hard_boundary(s, q) || ts_is_comma(s, q) || (q > i + 1 && g->isverb[q]))
            return -1;
        if (!(TOK_IS(s, q, "the") || TOK_IS(s, q, "this") || TOK_IS(s, q, "these") || TOK_IS(s, q, "such")))
            continue;
        size_t k = q + 1;
        while (k < vc->end && k + 1 < s->ntok && k <= q + STORY_ACT_MODS && s->mid[k] < 0 &&
               s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER && !story_object_word(s, k, vc->r0))
            k++; /* "the new tariffs", "the military drills" */
        if (k >= vc->end || k >= s->ntok || !story_object_word(s, k, vc->r0) || act_own_doer(s, k, vc->end))
            return -1;
        int m = story_act_doer(g, q + 1, 0, s->m[vc->src].code);
        if (m < 0 || !strncmp(s->m[m].code, s->m[vc->src].code, 3))
            return -1;
        return m;
    }
    return -1;
}

/* "rejected an agreement under which Ethiopia would gain access to the sea",
 * "condemned the deal by which Russia keeps its base": the subject of a
 * relative clause that tells an agreement's terms (the agreement's noun at
 * token last) is its party, the one judged. The mention, or -1. */
static int agreement_party(const gstate *g, size_t last, int src)
{
    const ts_sent *s = g->s;
    if (last + 3 >= s->ntok || !ts_in_class(s->d, W(s, last), CL_AGREEMENT) ||
        !(TOK_IS(s, last + 1, "under") || TOK_IS(s, last + 1, "by") || TOK_IS(s, last + 1, "in")) ||
        !TOK_IS(s, last + 2, "which"))
        return -1;
    size_t q = past_det(s, last + 3, s->ntok);
    int mi = q < s->ntok ? s->mid[q] : -1;
    if (mi < 0 || s->m[mi].t0 != q || s->m[mi].kind != M_NAME || strlen(s->m[mi].code) < 3 ||
        !strncmp(s->m[mi].code, s->m[src].code, 3) || is_place(s, &s->m[mi]))
        return -1;
    return mi;
}

#define DETER_WORDS 6 /* from "to deter" to the party deterred */

/* "moved armoured vehicles to the border to deter any Venezuelan incursion",
 * "deployed warships to counter Chinese patrols": a show of force (verb i)
 * whose purpose names the party it is aimed at, by name or adjective, of
 * another country than the source's. The mention, or -1. */
static int deterred(const gstate *g, size_t i, size_t end, int src)
{
    static const ts_lit aims[] = {LIT("deter"), LIT("counter"), LIT("confront"), LIT("repel"), LIT("prevent"),
                                  LIT("discourage"), LIT("thwart"), LIT("block"), LIT("warn")};
    const ts_sent *s = g->s;
    if (end > s->ntok)
        end = s->ntok;
    for (size_t q = i + 1; q + 1 < end; q++) {
        if (hard_boundary(s, q))
            return -1;
        if (!TOK_IS(s, q, "to") || !ts_tok_in(s, q + 1, aims, sizeof aims / sizeof aims[0]))
            continue;
        for (size_t k = q + 2; k < end && k < q + 2 + DETER_WORDS; k++) {
            int mi = s->mid[k];
            if (hard_boundary(s, k) || ts_is_comma(s, k))
                return -1;
            if (mi < 0 || s->m[mi].t0 != k)
                continue;
            const ts_mention *x = &s->m[mi];
            if ((x->kind == M_NAME || x->kind == M_ADJ) && strlen(x->code) >= 3 && !ts_igo_code(x->code) &&
                strncmp(x->code, s->m[src].code, 3) && !is_place(s, x))
                return mi;
            return -1;
        }
        return -1;
    }
    return -1;
}

/* "Policemen beat a young man to death", "security agents tortured detained
 * protesters", "police abducted an activist": harm done to a person on
 * purpose (torture, rape, killing by beating, abduction, a bombing, human
 * shields, assassination) stays an assault (18x) when police do it; only
 * force on a crowd in general (shooting, beating, firing) is repression (175). */
static int deliberate_harm(const char *code)
{
    static const char *const harm[] = {"181",  "1821", "1822", "1823", "183", "1831",
                                       "1832", "1833", "184",  "185",  "186"};
    for (size_t k = 0; k < sizeof harm / sizeof harm[0]; k++)
        if (!strcmp(code, harm[k]))
            return 1;
    return 0;
}

#define EXPEL_GAP 4 /* words between the people expelled and "out of" / "from" */

/* "drove hundreds of thousands of ethnic Albanians out of Kosovo": a people
 * driven out of a land (201) are that land's people, unless the land is the
 * expeller's own ("Uganda expelled thousands of Indians from Kampala": the
 * foreigners). The land's mention, or -1. */
static int expelled_from(const gstate *g, size_t end, int tgt, int src)
{
    const ts_sent *s = g->s;
    const ts_mention *t = &s->m[tgt];
    for (size_t k = t->t1; k + 1 < end && k < (size_t)t->t1 + EXPEL_GAP; k++) {
        size_t q;
        if (TOK_IS(s, k, "from"))
            q = k + 1;
        else if (TOK_IS(s, k, "out") && TOK_IS(s, k + 1, "of"))
            q = k + 2;
        else if (s->mid[k] >= 0 || hard_boundary(s, k) || ts_is_comma(s, k))
            return -1;
        else
            continue;
        q = past_det(s, q, end);
        int mq = q < end ? s->mid[q] : -1;
        if (mq >= 0 && s->m[mq].kind == M_NAME && strlen(s->m[mq].code) == 3 && !ts_igo_code(s->m[mq].code) &&
            strncmp(s->m[mq].code, t->code, 3) && (src < 0 || strncmp(s->m[mq].code, s->m[src].code, 3)))
            return mq;
        return -1;
    }
    return -1;
}

/* A denial whose clause names the denier itself ("denied that Belgrade was
 * behind the raid on a Kosovo border post", "denied it had a hand in
 * the bombing in Kabul"): the party the act named after it struck, or was
 * in; else -1. */
#define DENIED_ACT_WORDS 6 /* words from the act's noun to its party */
#define DENIED_CLAUSE_WORDS 24 /* words of the denied clause */
static int denied_act_victim(gstate *g, size_t i, const vcode *vc)
{
    ts_sent *s = g->s;
    size_t end = i + 1;
    while (end < s->ntok && end < i + DENIED_CLAUSE_WORDS && !hard_boundary(s, end) && !ts_is_comma(s, end))
        end++; /* the denied clause: "that it had a hand in the bombing in Kabul" */
    for (size_t k = vc->tgt >= 0 ? s->m[vc->tgt].t1 : i + 1; k < end; k++) {
        if (!judged_act_word(s, k))
            continue;
        for (size_t q = k + 1; q < end && q <= k + DENIED_ACT_WORDS; q++) {
            int mi = s->mid[q];
            if (mi < 0 || s->m[mi].t0 != q)
                continue;
            ts_mention *x = &s->m[mi];
            if (!(TOK_IS(s, q - 1, "on") || TOK_IS(s, q - 1, "in") || TOK_IS(s, q - 1, "against") ||
                  (q >= 2 && (s->gram[q - 1] & G_DET) && (TOK_IS(s, q - 2, "on") || TOK_IS(s, q - 2, "in") ||
                                                           TOK_IS(s, q - 2, "against")))))
                return -1;
            if (x->kind != M_NAME || strlen(x->code) < 3 || ts_igo_code(x->code) ||
                !strncmp(x->code, s->m[vc->src].code, 3))
                return -1;
            if (is_place(s, x) && strlen(x->code) == 6 && !strcmp(x->code + 3, "GOV"))
                x->code[3] = '\0'; /* "the bombing in Kabul": the country, as first_place reads it */
            return mi;
        }
        return -1;
    }
    return -1;
}

/* A show of force by one's own forces faces the foreign place it is put
 * near or in ("deployed troops near Ukraine's border"), if any; else -1. */
static int foreign_place(gstate *g, size_t i, const vcode *vc)
{
    const ts_sent *s = g->s;
    static const ts_lit cause[] = {LIT("after"), LIT("before"), LIT("following"), LIT("amid"),
                                   LIT("over"),  LIT("despite"), LIT("since"),     LIT("as")};
    for (size_t k = i + 1; k < vc->end; k++) {
        if (ts_is_comma(s, k) || (s->gram[k] & (G_SUB | G_CONJ)) || ts_tok_in(s, k, cause, sizeof cause / sizeof cause[0]))
            break; /* "put the army on alert after clashes in Kosovo": where the cause was */
        int mi = s->mid[k];
        if (mi < 0 || g->skip[k] || s->m[mi].t0 != k || mi == vc->src)
            continue;
        const ts_mention *x = &s->m[mi];
        if ((x->kind == M_NAME || x->kind == M_ADJ) && strlen(x->code) >= 3 && !ts_igo_code(x->code) &&
            strncmp(x->code, s->m[vc->src].code, 3) && (is_place(s, x) || across_border(s, x)))
            return mi; /* past its own places: "in Ladakh near the border with China" */
    }
    return -1;
}

/* The "by" of the doer of an act whose object is mention t ("any seizure
 * of [Russian assets] by the EU", "the strikes on [Syria] by the United
 * States", "the downing of the [Russian] jet by Turkey": the object's head
 * noun may follow its adjective), an act noun after verb i: its token, or 0. */
#define ACT_OBJECT_HEAD_WORDS 2 /* lowercase words of the object's head after its mention */
static size_t act_object_by(const gstate *g, size_t i, int t)
{
    const ts_sent *s = g->s;
    size_t b = np_start(s, s->m[t].t0), by = s->m[t].t1;
    for (size_t h = 0; h < ACT_OBJECT_HEAD_WORDS && by < s->ntok && !TOK_IS(s, by, "by") &&
                       s->tok[by].kind == TK_WORD && s->tok[by].cas == CASE_LOWER && !s->gram[by] &&
                       s->mid[by] < 0 && !g->isverb[by];
         h++)
        by++;
    if (b < 2 || b <= i + 1 || !(TOK_IS(s, b - 1, "of") || TOK_IS(s, b - 1, "on") || TOK_IS(s, b - 1, "against")) ||
        by + 1 >= s->ntok || !TOK_IS(s, by, "by") || !act_by(g, i, by))
        return 0;
    return by;
}

/* The doer "by Y" of an act whose object the pattern bound (act_object_by):
 * Y's mention, or -1. */
static int act_doer(gstate *g, size_t i, int t)
{
    const ts_sent *s = g->s;
    size_t by = act_object_by(g, i, t);
    if (!by)
        return -1;
    size_t q = past_det(s, by + 1, s->ntok);
    int mi = q < s->ntok ? s->mid[q] : -1;
    return mi >= 0 && s->m[mi].t0 == q && s->m[mi].kind == M_NAME && strlen(s->m[mi].code) >= 3 ? mi : -1;
}

/* "the government", and a tier of it the tagger leaves outside the agent's
 * phrase: "the state government suspended mobile internet across Manipur",
 * "the federal government", "the provincial authorities". */
static int definite_government(const ts_sent *s, size_t t0)
{
    static const ts_lit tier[] = {LIT("state"),    LIT("provincial"), LIT("federal"), LIT("regional"),
                                  LIT("local"),    LIT("municipal"),  LIT("county"),  LIT("district"),
                                  LIT("national"), LIT("central")};
    if (t0 > 0 && TOK_IS(s, t0 - 1, "the"))
        return 1;
    return t0 > 1 && TOK_IS(s, t0 - 2, "the") && ts_tok_in(s, t0 - 1, tier, sizeof tier / sizeof tier[0]);
}

/* "A powerful earthquake struck southern Turkey", "Floods swept through
 * eastern Libya, killing thousands in Derna": a sentence that tells of a
 * disaster and names one country, as a place or as what the disaster struck,
 * makes it the story's stricken country (ts_ctx.stricken), where later aid
 * that names no recipient goes ("Japan sent a 75-member rescue team"). Read
 * before the sentence's verbs, so that its own aid takes it too. */
static void disaster_country(gstate *g)
{
    if (!(g->words & SW_DISASTER))
        return;
    ts_sent *s = g->s;
    static const ts_lit struck[] = {LIT("struck"), LIT("hit"), LIT("devastated"), LIT("ravaged"),
                                    LIT("swept"), LIT("battered"), LIT("rocked"), LIT("jolted"),
                                    LIT("shook"), LIT("flooded"), LIT("hits"), LIT("strikes")};
    char cc[4] = "";
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if (x->kind != M_NAME || strlen(x->code) < 3 || ts_igo_code(x->code) || !strncmp(x->code, "WST", 3))
            continue;
        size_t b = x->t0;
        while (b > 0 && ((s->gram[b - 1] & G_DET) || ts_compass_word(s, b - 1)) && s->mid[b - 1] < 0)
            b--;
        int hit = b > 0 && ts_tok_in(s, b - 1, struck, sizeof struck / sizeof struck[0]);
        size_t a = x->t1; /* "Morocco was struck by", "Libya has been devastated by" */
        while (a < s->ntok && a < (size_t)x->t1 + 2 && (s->gram[a] & (G_BE | G_HAVE)))
            a++;
        hit |= a > (size_t)x->t1 && ts_tok_in(s, a, struck, sizeof struck / sizeof struck[0]);
        if (!hit && (!is_place(s, x) || (b > 0 && TOK_IS(s, b - 1, "from"))))
            continue; /* "Chinese rescuers", "Japan sent aid", "rescuers from Spain": no stricken country */
        if (cc[0] && strncmp(cc, x->code, 3))
            return; /* two countries: cannot tell */
        memcpy(cc, x->code, 3);
        cc[3] = '\0';
    }
    if (!cc[0] && s->place_cc[0])
        memcpy(cc, s->place_cc, 4); /* "a quake struck near Marrakech": a place the gazetteer knows */
    else if (!cc[0] && s->home_cc[0] && state_code(s->home_cc))
        memcpy(cc, s->home_cc, 4); /* "MARRAKECH, Morocco - Rescuers searched for survivors of the quake" */
    if (cc[0])
        memcpy(s->ctx->stricken, cc, 4);
}

/* Refugees or asylum seekers that no word names ("asylum seekers", "2,000
 * refugees") and that took the acting state's own country only because the
 * sentence names no other: refugees are not the state's own people, so they
 * name no party ("Hungary refused to admit asylum seekers"). Displaced people
 * may be at home ("displaced people" is not read here). */
static int unnamed_refugees_at_home(const ts_sent *s, int tgt, int src)
{
    static const ts_lit heads[] = {LIT("refugees"), LIT("refugee"), LIT("seekers"), LIT("seeker")};
    const ts_mention *t = &s->m[tgt];
    if (t->kind != M_NAME || strlen(t->code) != 6 || strcmp(t->code + 3, "REF") || strlen(s->m[src].code) < 3 ||
        strncmp(t->code, s->m[src].code, 3) || t->t1 == 0 || !ts_tok_in(s, (size_t)t->t1 - 1, heads, 4))
        return 0;
    for (size_t k = t->t0; k < t->t1 && k < s->ntok; k++)
        if (s->tok[k].kind == TK_WORD && s->tok[k].cas != CASE_LOWER)
            return 0; /* "Hungarian refugees", "Rohingya refugees": named */
    return 1;
}

/* Whether mention t, the target a pattern of aid (033x, 07x) found with no
 * $T of its own, is only the channel the aid goes through: "through UN
 * agencies and the Red Cross", "via the World Food Programme" (its list's
 * first member after "through" or "via"). */
#define CHANNEL_LIST_WORDS 8 /* from "through" to the list member: "through UN agencies and the Red Cross" */
static int aid_channel(const ts_sent *s, const char *code, int t)
{
    if (strncmp(code, "033", 3) && strncmp(code, "07", 2))
        return 0;
    size_t b = np_start(s, s->m[t].t0);
    for (size_t k = b; k > 0 && k + CHANNEL_LIST_WORDS > b; k--) {
        if (TOK_IS(s, k - 1, "through") || TOK_IS(s, k - 1, "via"))
            return 1;
        if (hard_boundary(s, k - 1) || ((s->gram[k - 1] & (G_PREP | G_LOC | G_SUB | G_REL)) && !TOK_IS(s, k - 1, "of")))
            return 0;
        if (!(s->gram[k - 1] & G_AND) && !ts_is_comma(s, k - 1) && s->mid[k - 1] < 0 &&
            (s->tok[k - 1].kind != TK_WORD || (s->gram[k - 1] & ~(uint32_t)(G_DET | G_ADV))))
            return 0;
    }
    return 0;
}

/* Relief given or pledged (070, 071, 073; 033x): what a disaster story's
 * stricken country receives. Arms, troops and refuge are not. */
static int relief_code(const char *code)
{
    return !strncmp(code, "070", 3) || !strncmp(code, "071", 3) || !strncmp(code, "073", 3) ||
           !strcmp(code, "033") || !strcmp(code, "0331") || !strcmp(code, "0333");
}

#define STRUCK_PEOPLE_WORDS 8 /* from the verb to the people it struck: "seized a large group of shoppers" */

/* Does the verb at i strike unnamed people in its clause: a plural noun for
 * people at large ("guests", "people", "passengers"), not in a place phrase? */
static int people_struck(const gstate *g, size_t i, size_t end, int src)
{
    static const ts_lit people[] = {LIT("people"),   LIT("guests"),    LIT("passengers"), LIT("shoppers"),
                                    LIT("commuters"), LIT("worshippers"), LIT("worshipers"), LIT("diners"),
                                    LIT("bystanders"), LIT("pilgrims"), LIT("travellers"), LIT("travelers"),
                                    LIT("customers"), LIT("patrons"),   LIT("motorists")};
    const ts_sent *s = g->s;
    if (g->v[i].kind == V_ING)
        return 0; /* "detonated a car bomb in Omagh, killing 29 people": the bombing's toll */
    for (size_t k = 0; k < s->nm; k++)
        if ((s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && strlen(s->m[k].code) >= 3 &&
            !ts_igo_code(s->m[k].code) && strncmp(s->m[k].code, s->m[src].code, 3))
            return 0; /* "infiltrated Israel and killed 1,200 people": another country's */
    for (size_t q = i + 1; q < end && q < i + STRUCK_PEOPLE_WORDS; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (s->mid[q] >= 0 && s->m[s->mid[q]].kind == M_NAME))
            return 0;
        if (s->tok[q].cas == CASE_LOWER && ts_tok_in(s, q, people, sizeof people / sizeof people[0]))
            return !(q > 0 && (TOK_IS(s, q - 1, "of") && q > 1 && !(s->gram[q - 2] & G_QUANT) &&
                               s->tok[q - 2].kind != TK_NUM && !TOK_IS(s, q - 2, "number") &&
                               !TOK_IS(s, q - 2, "dozens") && !TOK_IS(s, q - 2, "scores") &&
                               !TOK_IS(s, q - 2, "hundreds") && !TOK_IS(s, q - 2, "thousands")));
    }
    return 0;
}

/* "A Nigerian military jet bombed a village", "MAIDUGURI, Nigeria - Army
 * aircraft struck a crowded market": a state's forces that bomb or strike a
 * place of civilians whose whereabouts no actor names hit the civilians of
 * the story's dateline country, else of a story that has named only the
 * forces' own country. The place is the clause's object, within
 * CIVIL_PLACE_WORDS words of the verb ("a crowded weekly market"); another
 * country in the sentence may own it, so then nothing. */
#define CIVIL_PLACE_WORDS 5
static void civil_place_target(gstate *g, size_t i, vcode *vc)
{
    static const ts_lit places[] = {LIT("village"),  LIT("villages"),  LIT("market"),   LIT("markets"),
                                    LIT("marketplace"), LIT("hospital"), LIT("hospitals"), LIT("school"),
                                    LIT("schools"),  LIT("mosque"),    LIT("mosques"),  LIT("church"),
                                    LIT("churches"), LIT("monastery"), LIT("monasteries"), LIT("wedding"),
                                    LIT("funeral"),  LIT("clinic"),    LIT("homes"),    LIT("houses"),
                                    LIT("neighbourhood"), LIT("neighborhood"), LIT("settlement")};
    ts_sent *s = g->s;
    if (vc->tgt >= 0 || vc->src < 0 || vc->r0 < 18 || vc->r0 > 19 || g->v[i].kind == V_ING || g->v[i].passive)
        return;
    const ts_mention *x = &s->m[vc->src];
    if (strlen(x->code) != 6 || strcmp(x->code + 3, "MIL") || ts_igo_code(x->code))
        return;
    for (size_t k = 0; k < s->nm; k++)
        if ((s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && strlen(s->m[k].code) >= 3 &&
            !ts_igo_code(s->m[k].code) && strncmp(s->m[k].code, x->code, 3))
            return; /* "Israeli jets bombed a village near the Lebanese border": whose village? */
    int hit = 0;
    for (size_t q = i + 1; q < vc->end && q < s->ntok && q <= i + CIVIL_PLACE_WORDS && !hit; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || s->mid[q] >= 0 || g->isverb[q])
            return;
        hit = s->tok[q].cas == CASE_LOWER && ts_tok_in(s, q, places, sizeof places / sizeof places[0]) &&
              !(q + 1 < s->ntok && TOK_IS(s, q + 1, "of")); /* not "the village of X" */
    }
    if (!hit)
        return;
    char cc[7] = "";
    if (s->home_cc[0] && state_code(s->home_cc))
        memcpy(cc, s->home_cc, 3);
    else if (one_country_story(s->ctx) && !strncmp(s->ctx->thing, x->code, 3))
        memcpy(cc, x->code, 3);
    if (!cc[0])
        return;
    memcpy(cc + 3, "CVL", 4);
    vc->tgt = add_actor(s, cc, 0, 0);
    if (vc->tgt >= 0)
        vc->rule = "target: a place of civilians a state's forces struck, where no place is named: the dateline's or the story's one country's civilians";
}

static int verb_roles(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    const ts_word *w = W(s, i);
    /* passive: the by-agent acts on the subject */
    int by = -1;
    vc->src = v->subj;
    vc->tgt = -1;
    vc->flags = 0;
    int r = root_of(vc->pm.p->code);
    if (!v->passive && v->kind == V_FINITE && ((r >= 18 && r <= 20) || (r == 17 && razing_verb(s, i))) &&
        (vc->src < 0 || (s->m[vc->src].kind == M_UNRES && !s->m[vc->src].code[0]))) {
        int m = story_striker(g, i); /* also "The strikes destroyed a power plant" */
        if (m >= 0) {
            vc->src = m;
            vc->story_src = 1;
            vc->rule = TS_RULE_STORY_STRIKER;
        }
    }
    if (!v->passive && v->kind == V_FINITE && r == 19 && vc->src >= 0 && interception(s, i, vc->pm.last)) {
        int m = story_defender(g, vc->src);
        if (m >= 0) {
            vc->src = m;
            vc->rule = "source: an unnamed air defence is the attacked country's";
        }
    }
    if (!v->passive && v->kind == V_FINITE && ((r >= 18 && r <= 20) || (r == 17 && razing_verb(s, i))) &&
        (vc->src < 0 || ((s->m[vc->src].kind == M_ADJ || s->m[vc->src].modifier) && (size_t)s->m[vc->src].t1 < i))) {
        int m = attack_owner(g, i, vc->end);
        if (m >= 0) {
            vc->src = m;
            vc->rule = rule_attack_owner;
        }
    }
    if (i < g->late_at && vc->end > g->late_at)
        vc->end = g->late_at; /* ", a Ukrainian security source said": no target there */
    if (vc->src >= 0 && (vc->pm.p->flags & P_SYM) && !v->passive)
        joint_partners(g, vc->src);
    if (v->attributed)
        vc->flags |= TOCSIN_EV_ATTRIBUTED;
    if (v->passive && (vc->pm.p->flags & P_SYM) && TOK_IS(s, i + 1, "between") && i + 2 < s->ntok &&
        s->mid[i + 2] >= 0) {
        /* "the pact signed between Putin and Kim": the pair */
        vc->src = s->mid[i + 2];
        vc->tgt = -1;
        vc->flags |= TOCSIN_EV_PASSIVE;
    } else if (v->passive == 2 && feeling_verb(s, i)) {
        return 0; /* "protesters angered by the ruling attacked ...": what they felt, no act */
    } else if (v->passive && feeling_verb(s, i)) {
        /* "Britain was disappointed with X", "Japan is alarmed by X": the
           subject feels it; the pattern's actor is the target */
        vc->tgt = vc->pm.target;
    } else if (v->passive) {
        by = find_by_agent(g, i, vc->end);
        vc->flags |= TOCSIN_EV_PASSIVE;
        if (v->passive == 2)
            v->subj = -1; /* the noun before a reduced participle is not an actor */
        if (by >= 0) {
            /* the subject that is the pattern's object ("military aid was
               suspended by the US to Pakistan") is a thing, not the target */
            vc->tgt = v->subj >= 0 && !(vc->pm.subj_filled && vc->pm.target >= 0) ? v->subj : vc->pm.target;
            if (vc->tgt >= 0 && vc->tgt == v->subj && (size_t)s->m[vc->tgt].t1 < i &&
                (s->gram[s->m[vc->tgt].t1] & G_SAY) && v->chain0 > 0 && !personal_pronoun(s, (size_t)v->chain0 - 1))
                vc->tgt = -1; /* "HRW said 30 people had been killed by police": the speaker is no victim
                                 (but "Hamas said it had been briefed by Qatar") */
            int unnamed_victim = vc->tgt == by && vc->r0 >= 18;
            if (vc->tgt == by && vc->r0 >= 18)
                vc->tgt = -1; /* "Two men were killed by police": the pattern's $T took the agent; the
                                 victims are nobody the dictionaries name (the place may tell their country) */
            vc->src = by;
            /* "shells used by Russian forces ... are supplied by North Korea": the
               actor inside the subject phrase receives */
            for (size_t q = (size_t)v->chain0; vc->tgt < 0 && !unnamed_victim && q > 0; q--) {
                if (hard_boundary(s, q - 1) || (v->passive == 2 && g->isverb[q - 1]) ||
                    ((s->gram[q - 1] & (G_SUB | G_REL)) && !(s->gram[q - 1] & G_AND) && s->mid[q - 1] < 0) ||
                    ((s->gram[q - 1] & G_SAY) && s->mid[q - 1] < 0))
                    break; /* "HRW said 30 people had been killed by police": the speaker is no victim */
                int mq = s->mid[q - 1];
                if (mq >= 0 && mq != by && s->m[mq].t0 > 0 && (s->gram[past_det_back(s, s->m[mq].t0)] & G_BY) &&
                    (size_t)s->m[mq].t1 + 1 == (size_t)v->chain0 && (s->gram[s->m[mq].t1] & G_AND))
                    continue; /* "saw a paper raided by police and censured by lawmakers": the agent
                                 of the passive coordinated before, not what this one is done to
                                 (but "shells used by Russian forces are supplied by": below) */
                if (mq >= 0 && mq != by && !g->skip[q - 1] &&
                    (s->m[mq].kind == M_NAME || flag_of(s, mq) ||
                     (s->m[mq].kind == M_ADJ && (size_t)s->m[mq].t0 + 1 == q && q >= 2 &&
                      (TOK_IS(s, q - 2, "on") || TOK_IS(s, q - 2, "against")))))
                    vc->tgt = mq; /* also "A Greek-flagged tanker was seized by Iran", "curbs on Chinese
                                     investment were eased by India" */
            }
            if (vc->tgt < 0 && vc->pm.subj_filled && !unnamed_victim)
                vc->tgt = first_target(g, i, vc->end, by); /* "sanctions were announced against Russia by Britain" */
            if (vc->tgt >= 0 && s->m[vc->tgt].group == s->m[by].group && !(vc->pm.p->flags & P_SYM))
                vc->tgt = -1; /* "aid was provided by Japan and South Korea": co-agents, not its receiver */
            if (vc->tgt < 0 && v->passive == 2 && !strncmp(vc->pm.p->code, "045", 3))
                vc->tgt = brokered_parties(g, i, by); /* "agreed to a truce brokered by Qatar" */
        } else if (vc->pm.subj_filled && v->subj >= 0 && strlen(s->m[v->subj].code) == 6 &&
                   !strcmp(s->m[v->subj].code + 3, "MIL") &&
                   (root_of(vc->pm.p->code) == 7 || root_of(vc->pm.p->code) == 15)) {
            /* "10,000 troops have been sent to Russia": the troops act */
            vc->src = v->subj;
            vc->tgt = vc->pm.target >= 0 ? vc->pm.target : first_target(g, i, vc->end, vc->src);
            if (vc->tgt < 0 && (vc->pm.p->flags & P_HOME) && root_of(vc->pm.p->code) == 15) {
                /* "The army was deployed in Dhaka's streets": at home; "French
                   troops were posted across Bamako": a presence abroad,
                   a state of affairs (below) */
                int pl = first_place(g, i, vc->end, vc->src, 0);
                char cc[4] = {s->m[v->subj].code[0], s->m[v->subj].code[1], s->m[v->subj].code[2], '\0'};
                if (pl < 0 || !strncmp(s->m[pl].code, cc, 3))
                    vc->tgt = add_actor(s, cc, 0, 0);
                vc->rule = "troops deployed in their own streets or capital in the passive: at home";
            }
            if (vc->tgt < 0 && root_of(vc->pm.p->code) == 15 && strncmp(vc->pm.p->code, "152", 3))
                return 0; /* "4,000 French troops were still deployed in the region": a state of affairs;
                             but "troops were put on alert" is an order given */
        } else if (!passive_arrest(g, i, vc)) {
            return 0; /* agentless passive: no source */
        }
    } else if (v->kind == V_FINITE && v->subj < 0 && !v->have && !v->be && w &&
               (w->vform & VF_PART) && (vc->pm.p->flags & P_SYM) && i + 1 < s->ntok &&
               TOK_IS(s, i + 1, "between") && i + 2 < s->ntok && s->mid[i + 2] >= 0) {
        /* "the pact signed between Putin and Kim" */
        vc->src = s->mid[i + 2];
        vc->tgt = -1;
    } else if (v->kind == V_FINITE && v->subj < 0 && !v->have && !v->be && i + 1 < s->ntok &&
               (s->gram[i + 1] & G_BY)) {
        /* reduced passive: "a rocket attack carried out by Hezbollah" */
        by = find_by_agent(g, i, vc->end);
        if (by < 0)
            return 0;
        vc->src = by;
        vc->tgt = first_target(g, (size_t)s->m[by].t1 - 1, vc->end, vc->src);
    } else if ((vc->pm.p->flags & P_SYM) && vc->pm.target < 0 && vc->src >= 0 && group_size(s, vc->src) > 1) {
        vc->tgt = -1; /* "Israel and Iran exchanged strikes" */
    } else if ((vc->pm.target < 0 || s->m[vc->pm.target].t0 > i + 2) && vc->src >= 0 && group_size(s, vc->src) > 1 &&
               i + 2 < s->ntok &&
               ((TOK_IS(s, i + 1, "each") && TOK_IS(s, i + 2, "other")) ||
                (TOK_IS(s, i + 1, "one") && TOK_IS(s, i + 2, "another")) || each_the_other(s, i, vc->src))) {
        vc->tgt = -1; /* "Serbia and Kosovo accused each other of stoking tensions" */
        vc->recip = 1;
    } else if (vc->r0 == 19 && vc->src >= 0 && group_size(s, vc->src) > 1 && fought_for(g, i)) {
        /* "Sudanese troops and RSF fighters fought for control of Khartoum": each
           other, not the prize */
        vc->tgt = -1;
        vc->recip = 1;
    } else if (g->accuse || vc->demand_that) {
        vc->tgt = first_target(g, i, g->suppress_until > i ? g->suppress_until : s->ntok, vc->src);
        if (vc->demand_that) {
            int out = expulsion_demanded(g, i, g->suppress_until > i ? g->suppress_until : s->ntok, vc->src);
            if (out >= 0) {
                vc->tgt = out;
                vc->rule = "target: the foreign party a demand asks its own government to expel";
            }
        }
    } else {
        vc->tgt = vc->pm.target >= 0 ? vc->pm.target : first_target(g, i, vc->end, vc->src);
        if (vc->pm.target >= 0 && (vc->r0 == 13 || vc->r0 == 2 || vc->r0 == 9 || vc->r0 == 10 || vc->r0 == 11 ||
                                   (vc->r0 >= 18 && (g->v[i].fut || g->v[i].modal)))) {
            int doer = act_doer(g, i, vc->pm.target);
            if (doer >= 0)
                vc->tgt = doer; /* "retaliate against any seizure of Russian assets by the EU": the EU */
        }
        if (vc->r0 == 16 && vc->pm.target < 0 && vc->pm.last + 2 < vc->end &&
            (TOK_IS(s, vc->pm.last + 1, "from") || TOK_IS(s, vc->pm.last + 1, "to") ||
             TOK_IS(s, vc->pm.last + 1, "in"))) {
            /* "recalled its ambassador from France", "withdrew its envoy in Niger": the
               country the envoy is posted to, though "from France" reads as a place */
            size_t q = past_det(s, vc->pm.last + 2, vc->end);
            int mq = q < vc->end ? s->mid[q] : -1;
            {
                /* "told envoys from five Gulf states, including Qatar,
                   to go home": the examples the group's comma opens */
                size_t c = q;
                while (c < vc->end && c < q + EXAMPLE_GROUP_WORDS && !ts_is_comma(s, c) && !g->isverb[c])
                    c++;
                int ex = c < vc->end && ts_is_comma(s, c) && unnamed_group_examples(s, c)
                             ? named_examples_after(s, c, vc->end)
                             : 0;
                if (ex)
                    mq = ex - 1;
            }
            if (mq >= 0 && s->m[mq].kind == M_NAME && strlen(s->m[mq].code) >= 3 && vc->src >= 0 &&
                strncmp(s->m[mq].code, s->m[vc->src].code, 3)) {
                vc->tgt = mq;
                if (is_place(s, &s->m[mq]) && strlen(s->m[mq].code) == 6 && !strcmp(s->m[mq].code + 3, "GOV"))
                    s->m[mq].code[3] = '\0'; /* "from Tel Aviv": the country */
            }
        }
        if (vc->r0 == 5 && vc->pm.target < 0) {
            /* "hailed the lifting of sanctions by Washington": the one whose act is welcomed */
            int actor = from_party(g, i, vc->end, vc->src);
            if (actor >= 0 && s->tok[(size_t)s->m[actor].t0 - 1].kind == TK_WORD)
                vc->tgt = actor;
        }
        if (vc->tgt >= 0 && s->m[vc->tgt].kind == M_UNRES && !strcmp(s->m[vc->tgt].sector, "MIL") &&
            (vc->r0 == 15 || vc->r0 == 7)) {
            /* "deployed troops along the border with Germany": the troops are the
               source's own; the target comes after them */
            int after = first_target(g, (size_t)s->m[vc->tgt].t1 - 1, vc->end, vc->src);
            if (after >= 0 && s->m[after].kind != M_UNRES)
                vc->tgt = after;
        }
        if (vc->tgt < 0 && vc->pm.last > i && vc->pm.last < s->ntok && s->mid[vc->pm.last] >= 0) {
            /* "called in the German ambassador": the pattern's last word names the party */
            int ml = s->mid[vc->pm.last];
            if (ml != vc->src && s->m[ml].kind == M_NAME && strlen(s->m[ml].code) >= 3 &&
                (vc->src < 0 || strncmp(s->m[ml].code, s->m[vc->src].code, 3)))
                vc->tgt = ml;
        }
        for (size_t k = i + 1; vc->tgt < 0 && vc->r0 == 9 && k + 1 < vc->end && k < i + 8; k++)
            if (TOK_IS(s, k, "into") || (TOK_IS(s, k, "on") && k > 0 && s->mid[k - 1] < 0)) {
                /* "launched an investigation into Germany", "an inquiry on Serbia": its subject */
                size_t q = past_det(s, k + 1, vc->end);
                int mq = q < vc->end ? s->mid[q] : -1;
                if (mq >= 0 && mq != vc->src && s->m[mq].kind == M_NAME && s->m[mq].code[0] &&
                    (vc->src < 0 || strncmp(s->m[mq].code, s->m[vc->src].code, 3)))
                    vc->tgt = mq;
                break;
            }
        size_t reach = g->late_at < s->ntok && i < g->late_at ? g->late_at : s->ntok;
        for (size_t k = i + 1; vc->tgt < 0 && (vc->r0 == 6 || vc->r0 == 7) && k + 1 < reach; k++) {
            /* "extradited seven smugglers, among them a gang boss to
               Spain": a transfer's "to" party beyond the clause's comma */
            if (hard_boundary(s, k) || (g->isverb[k] && g->v[k].kind == V_FINITE))
                break;
            if (!TOK_IS(s, k, "to") || g->isverb[k + 1])
                continue;
            size_t q = past_det(s, k + 1, reach);
            int mq = q < reach ? s->mid[q] : -1;
            if (mq >= 0 && s->m[mq].kind == M_NAME && strlen(s->m[mq].code) >= 3 && vc->src >= 0 &&
                strncmp(s->m[mq].code, s->m[vc->src].code, 3) && !(vc->pm.p->flags & P_NOTARGET))
                vc->tgt = mq;
            break;
        }
        if (vc->tgt < 0 && vc->r0 == 12 && vc->src >= 0) {
            /* "Washington wanted Mexico to extradite him, but Mexico refused": the asker */
            int asker = -1, but = 0;
            for (size_t q = i; q-- > 0;) {
                but |= TOK_IS(s, q, "but");
                if (g->isverb[q] && g->v[q].kind == V_FINITE && g->v[q].gov == GOV_NONE) {
                    asker = g->v[q].subj;
                    break;
                }
            }
            if (but && asker >= 0 && s->m[asker].kind == M_NAME && strlen(s->m[asker].code) >= 3 &&
                strncmp(s->m[asker].code, s->m[vc->src].code, 3))
                vc->tgt = asker;
        }
        if (vc->tgt < 0 && (vc->r0 == 6 || vc->r0 == 7 || vc->r0 >= 18))
            vc->tgt = user_of_object(g, i, vc->end, vc->src); /* "providing shells used by Russia",
                                                                  "shot down drones launched by Hezbollah" */
        if (vc->tgt < 0 && (vc->r0 == 2 || (vc->r0 >= 10 && vc->r0 <= 13) || !strncmp(vc->pm.p->code, "016", 3)))
            vc->tgt = from_party(g, i, vc->end, vc->src); /* "rejected the proposal from Germany" */
        if (vc->tgt < 0 && (vc->r0 == 2 || (vc->r0 >= 10 && vc->r0 <= 12)) && vc->src >= 0)
            vc->tgt = possessor_pronoun(g, i, vc->end, vc->src); /* "are demanding her resignation" */
        if (vc->tgt < 0 && v->kind == V_ING && v->gov == GOV_NONE && i > 0 && (size_t)v->chain0 > 0 &&
            ts_is_comma(s, (size_t)v->chain0 - 1) && g->last_target >= 0 && vc->r0 >= 3 && vc->r0 != 13 &&
            g->last_target != vc->src)
            vc->tgt = g->last_target; /* "expanding cooperation with Russia, supplying shells": Russia */
        if (vc->tgt < 0 && v->kind == V_ING && v->gov == GOV_NONE && i > 0 && (size_t)v->chain0 > 0 &&
            ts_is_comma(s, (size_t)v->chain0 - 1) && g->last_target >= 0 && vc->r0 == 13 && vc->pm.p->nelem > 0 &&
            g->last_target != vc->src && vc->src >= 0 && s->m[g->last_target].kind != M_UNRES &&
            strlen(s->m[g->last_target].code) >= 3 && strncmp(s->m[g->last_target].code, s->m[vc->src].code, 3))
            vc->tgt = g->last_target; /* "accused Finland of stirring tensions, warning of consequences": a
                                         threat the pattern names (not a bare "warning that"), at Finland */
        if ((vc->tgt < 0 || (s->m[vc->tgt].kind == M_UNRES && !s->m[vc->tgt].sector[0])) && g->last_target >= 0 &&
            g->last_target != vc->src && i + 1 < s->ntok &&
            (TOK_IS(s, i + 1, "him") || TOK_IS(s, i + 1, "her") || TOK_IS(s, i + 1, "them")) &&
            (size_t)v->chain0 > 0 && (s->gram[(size_t)v->chain0 - 1] & G_AND))
            vc->tgt = g->last_target; /* "arrested a cleric ... and accused him of": the cleric */
        if (vc->tgt < 0 && v->kind == V_FINITE && v->subj >= 0 && (size_t)v->chain0 > 0 &&
            (s->gram[(size_t)v->chain0 - 1] & G_AND) && g->last_target >= 0 && vc->r0 >= 3 && vc->r0 <= 5 &&
            g->last_target != vc->src)
            vc->tgt = g->last_target; /* "urged the separatists to disarm and offered talks": to them */
        if (vc->r0 == 10 && vc->src >= 0 && v->kind == V_FINITE && v->subj >= 0 && (size_t)v->chain0 > 0 &&
            (s->gram[(size_t)v->chain0 - 1] & G_AND) && g->last_target >= 0 && g->last_target != vc->src &&
            strlen(s->m[g->last_target].code) >= 3 &&
            strncmp(s->m[g->last_target].code, s->m[vc->src].code, 3) &&
            (vc->tgt < 0 || !s->m[vc->tgt].code[0] ||
             (strlen(s->m[vc->tgt].code) >= 3 && !strncmp(s->m[vc->tgt].code, s->m[vc->src].code, 3)))) {
            /* "summoned the Iranian ambassador and demanded an explanation / the
               release of two French citizens": of the one just summoned, not of
               the source's own people */
            vc->tgt = g->last_target;
            vc->rule = "target: a demand joined to an act on another party is made of that party";
        }
        /* material acts with no other target: the place's people ("declared a
           state of emergency in New Caledonia") */
        if (vc->tgt < 0 && vc->r0 >= 17 && vc->src >= 0 && !(vc->pm.p->flags & P_NOTARGET)) {
            /* "targeted an Israeli-linked vessel in the Gulf of Aden": the adjective before the place */
            vc->tgt = adjective_object(g, i, vc->end, vc->src);
            if (vc->tgt < 0)
                vc->tgt = appositive_flag(g, i, vc->end, vc->src); /* "seized the MSC Aries, a Portuguese-flagged ship" */
            if (vc->tgt >= 0)
                vc->rule = "target: the country an adjective of the object names";
        }
        if (vc->tgt < 0 && (vc->r0 == 15 || vc->r0 >= 17) && vc->src >= 0)
            vc->tgt = sovereign_possessor(g, i, vc->end, vc->src); /* "the Indian jets violated its airspace" */
        if (vc->tgt < 0 && vc->src >= 0 && vc->src == v->subj && !v->passive && vc->pm.target < 0) {
            vc->tgt = gap_antecedent(g, i, vc->src);
            if (vc->tgt >= 0)
                vc->rule = "target: what a relative clause's verb left out, the party before 'that' or ', which'";
        }
        if (vc->tgt < 0 && vc->r0 >= 17 && vc->src >= 0) {
            vc->tgt = asset_possessor(g, i, vc->end, vc->src);
            if (vc->tgt >= 0)
                vc->rule = "target: whose boats, troops or posts 'its' or 'their' names: the other party named before";
        }
        if (vc->tgt < 0 && (vc->r0 == 15 || vc->r0 == 16 || vc->r0 >= 18 || !strncmp(vc->pm.p->code, "172", 3)))
            vc->tgt = first_place(g, i, vc->end, vc->src, vc->r0 >= 18);
        if (vc->tgt < 0 && vc->r0 >= 19 && vc->src >= 0 && !strcmp(s->ctx->attacker, s->m[vc->src].code) &&
            s->ctx->attacked[0] && strncmp(s->ctx->attacked, s->m[vc->src].code, 3) && !seize_verb(s, i)) {
            /* "Hezbollah fired rockets at Israel. The group said it targeted an army base": the story's foe */
            vc->tgt = add_actor(s, s->ctx->attacked, 0, 0);
            if (vc->tgt >= 0) {
                s->m[vc->tgt].resolved = 1;
                vc->rule = "target: the party the same attacker struck earlier in the story";
            }
        }
        if (vc->tgt < 0 && (vc->r0 == 17 || vc->r0 >= 19) && vc->src >= 0 && strlen(s->m[vc->src].code) == 6 &&
            !strcmp(s->m[vc->src].code + 3, "REB") && seized_place(s, i, vc->end)) {
            /* "M23 rebels seized the town of Bunagana": a rebel group's fight for a
               place the dictionaries lack is at home */
            char cc[4];
            memcpy(cc, s->m[vc->src].code, 3);
            cc[3] = '\0';
            vc->tgt = add_actor(s, cc, 0, 0);
            vc->rule = "target: a place an armed group seized, of the group's own country";
        }
        if (vc->tgt < 0 && vc->r0 >= 18 && vc->src >= 0 && strlen(s->m[vc->src].code) == 6 &&
            !strcmp(s->m[vc->src].code + 3, "REB") && people_struck(g, i, vc->end, vc->src)) {
            /* "The militants opened fire on guests", "took dozens of people hostage":
               the people an armed group strikes where no place is named are the
               civilians of the story's dateline, else of the group's own country */
            char cc[7];
            memcpy(cc, s->home_cc[0] ? s->home_cc : s->m[vc->src].code, 3);
            memcpy(cc + 3, "CVL", 4);
            vc->tgt = add_actor(s, cc, 0, 0);
            if (vc->tgt >= 0)
                vc->rule = "target: people an armed group struck, civilians of the dateline's or its own country";
        }
        civil_place_target(g, i, vc);
        if (vc->tgt < 0 && (!strncmp(vc->pm.p->code, "125", 3) || !strncmp(vc->pm.p->code, "143", 3)) &&
            vc->src >= 0) {
            /* "boycotted the summit in Beijing": a boycott of what another hosts */
            int pl = first_place(g, i, vc->end, vc->src, 0);
            if (pl >= 0 && strncmp(s->m[pl].code, s->m[vc->src].code, 3))
                vc->tgt = pl;
        }
    }
    g->accuse = 0;
    if (vc->r0 == 13 && vc->tgt >= 0 &&
        (threat_recipient(s, i, &s->m[vc->tgt]) ||
         (s->m[vc->tgt].kind == M_UNRES && !strcmp(s->m[vc->tgt].sector, "REF"))))
        vc->tgt = -1; /* "threatened to send millions of refugees to Europe": the means, not the threatened */
    if (vc->tgt >= 0 && s->m[vc->tgt].t0 > i && speech_closes(s, i, s->m[vc->tgt].t0))
        vc->tgt = -1; /* '"Ukraine will never recognise the occupation," Zelensky said': the speaker is no target */
    if (vc->r0 == 19 && vc->tgt >= 0 && vc->src >= 0 && group_size(s, vc->src) > 1 &&
        contest_verb(s, i) && np_start(s, s->m[vc->tgt].t0) > 0 &&
        (s->gram[np_start(s, s->m[vc->tgt].t0) - 1] & G_LOC) && !(s->gram[np_start(s, s->m[vc->tgt].t0) - 1] & G_PREP) &&
        !is_people(&s->m[vc->tgt])) {
        /* "Sudan's army and the RSF fought in Khartoum": each other, where they fought */
        vc->tgt = -1;
        vc->recip = 1;
    }
    /* arrests at home; killings only by police (an army's may be abroad) */
    if (vc->tgt < 0 && vc->src >= 0 && s->m[vc->src].kind == M_UNRES &&
        (!strcmp(s->m[vc->src].sector, "COP") || (!strcmp(s->m[vc->src].sector, "MIL") && vc->r0 == 17)) &&
        vc->r0 >= 17)
        adopt_country(s, vc->src, -1, 1); /* "Security forces detained 60 people": the story's, as below */
    if (vc->tgt < 0 && vc->src >= 0 && vc->src == g->crew && vc->r0 == 12) {
        vc->tgt = add_actor(s, s->ctx->last_src, 0, 0);
        if (vc->tgt >= 0)
            vc->rule = "a crew the story's last event was done to refuses its doer";
    }
    if (vc->tgt < 0 && vc->src >= 0 && vc->r0 == 18) {
        vc->tgt = captors_home(g, i, vc->src);
        if (vc->tgt >= 0)
            vc->rule = "target: inmates who take hostages hold them at home";
    }
    if (vc->tgt < 0 && vc->src >= 0 &&
        (vc->r0 == 17 || (!strncmp(vc->pm.p->code, "084", 3) && !(vc->pm.p->flags & P_SYM)) ||
         (vc->r0 >= 18 && strlen(s->m[vc->src].code) == 6 && !strcmp(s->m[vc->src].code + 3, "COP")) ||
         (vc->r0 == 18 && state_execution(s, i, vc->src))))
        vc->tgt = people_object(g, i, vc->end, vc->src); /* also "released 200 political prisoners" */
    else if (vc->tgt < 0 && vc->src >= 0 && vc->r0 == 2 && i + 2 < vc->end)
        /* "urged young people not to join the protests", "appealed to people to stay calm": its own */
        vc->tgt = people_object(g, TOK_IS(s, i + 1, "to") || TOK_IS(s, i + 1, "on") ? i + 1 : i, vc->end, vc->src);
    if (vc->tgt >= 0 && vc->src >= 0 && vc->r0 >= 3 && vc->r0 <= 6 && own_party_members(s, vc->tgt)) {
        vc->tgt = -1; /* "met his own party's lawmakers": a party's meeting of its own */
        vc->rule = "no target: the speaker's own party's members";
    }
    if (vc->tgt >= 0 && vc->src >= 0 && (vc->r0 == 2 || vc->r0 == 10) && own_followers(s, vc->src, vc->tgt)) {
        /* "Morales called on his supporters to mobilise": a leader's appeal to
           his own following is to his country's people, not to himself */
        char cvl[7] = {s->m[vc->src].code[0], s->m[vc->src].code[1], s->m[vc->src].code[2], 'C', 'V', 'L', '\0'};
        int m = add_actor(s, cvl, 0, 0);
        if (m >= 0) {
            vc->tgt = m;
            vc->rule = "target: a leader's appeal to his own supporters is to his country's people";
        }
    }
    if (vc->tgt < 0 && vc->src >= 0 && !strncmp(vc->pm.p->code, "075", 3) && !v->passive &&
        s->m[vc->src].kind == M_NAME) {
        vc->tgt = fled_people(g, i, vc->src);
        if (vc->tgt >= 0)
            vc->rule = "target: refuge for people who fled goes to the country they fled";
    }
    if (vc->tgt >= 0 && vc->src >= 0 && !v->passive && aid_channel(s, vc->pm.p->code, vc->tgt)) {
        vc->tgt = -1; /* "aid to be delivered through UN agencies": the channel, not the recipient */
        vc->rule = "target: the agencies aid goes through are its channel, not its recipient";
    }
    if (vc->tgt < 0 && vc->src >= 0 && s->ctx->stricken[0] && !v->passive && relief_code(vc->pm.p->code) &&
        strlen(s->m[vc->src].code) >= 3 && strncmp(s->m[vc->src].code, s->ctx->stricken, 3)) {
        vc->tgt = add_actor(s, s->ctx->stricken, 0, 0);
        if (vc->tgt >= 0)
            vc->rule = "target: relief that names no recipient goes to the country the story's disaster struck";
    }
    if (vc->tgt < 0 && vc->src >= 0 && !strcmp(vc->pm.p->code, "184") && !v->passive &&
        s->m[vc->src].kind == M_NAME && strlen(s->m[vc->src].code) >= 3 && !ts_igo_code(s->m[vc->src].code)) {
        /* "used civilian detainees as human shields": people the dictionaries
           cannot name, held where the force is: of the one country the sentence names */
        int m = ts_mention_new(s, 0, 0, 0, M_UNRES, NULL);
        if (m >= 0) {
            memcpy(s->m[m].sector, "CVL", 4);
            adopt_country(s, m, -1, 0);
            if (s->m[m].kind != M_NAME)
                s->m[m].sector[0] = '\0'; /* no country: it names nobody */
            else {
                vc->tgt = m;
                vc->rule = "target: human shields no one names are people of the one country the sentence names";
            }
        }
    }
    if (vc->tgt < 0 && vc->src >= 0 && !strncmp(vc->pm.p->code, "183", 3) && !v->passive) {
        vc->tgt = bomb_victims(g, vc->pm.last);
        if (vc->tgt >= 0)
            vc->rule = "target: the victims a relative clause gives the bomb";
    }
    if (vc->tgt < 0 && vc->src >= 0 && vc->r0 == 18 && !(vc->pm.p->flags & P_NOTARGET) &&
        s->m[vc->src].kind == M_NAME && strlen(s->m[vc->src].code) >= 3 && !ts_igo_code(s->m[vc->src].code)) {
        vc->tgt = stranger_victim(g, i, vc->end);
        if (vc->tgt >= 0)
            vc->rule = "target: a person the dictionaries lack is of the one country the sentence names";
    }
    if (vc->tgt < 0 && vc->src >= 0 && !strncmp(vc->pm.p->code, "175", 3) && s->m[vc->src].kind == M_NAME &&
        strlen(s->m[vc->src].code) == 6 && !ts_igo_code(s->m[vc->src].code) &&
        !strcmp(s->m[vc->src].code + 3, "COP")) {
        /* "Police fired tear gas and water cannon": riot control is used on a crowd at home */
        char cvl[7];
        memcpy(cvl, s->m[vc->src].code, 3);
        memcpy(cvl + 3, "CVL", 4);
        vc->tgt = add_actor(s, cvl, 0, 0);
        vc->rule = "target: riot control with no one named is used on the state's own people";
    }
    if (vc->src >= 0 && s->m[vc->src].kind == M_UNRES && (size_t)s->m[vc->src].t1 + 1 < s->ntok &&
        (TOK_IS(s, s->m[vc->src].t1, "for") || TOK_IS(s, s->m[vc->src].t1, "of")) && s->m[vc->src].t1 < i) {
        /* "A spokesman for the Iranian foreign ministry condemned": the body he speaks for */
        size_t q = past_det(s, (size_t)s->m[vc->src].t1 + 1, i);
        int mq = q < i ? s->mid[q] : -1;
        if (mq >= 0 && s->m[mq].kind == M_NAME && strlen(s->m[mq].code) >= 3 && !is_place(s, &s->m[mq]) &&
            mq != vc->tgt)
            vc->src = mq;
    }
    /* "Sudan's military-led government": the possessor of the noun phrase */
    if (vc->src >= 0 && s->m[vc->src].kind == M_UNRES && s->m[vc->src].sector[0])
        possessor_country(g, vc->src);
    if (vc->src >= 0 && s->m[vc->src].kind == M_UNRES && s->m[vc->src].sector[0] && s->m[vc->src].t0 >= 3 &&
        TOK_IS(s, s->m[vc->src].t0 - 1, "led") && TOK_IS(s, s->m[vc->src].t0 - 2, "-") &&
        s->mid[s->m[vc->src].t0 - 3] >= 0) {
        /* "the Saudi-led coalition": the leader's */
        const ts_mention *ld = &s->m[s->mid[s->m[vc->src].t0 - 3]];
        if ((ld->kind == M_ADJ || ld->kind == M_NAME) && strlen(ld->code) >= 3 && !ts_igo_code(ld->code)) {
            name_unresolved(&s->m[vc->src], ld->code);
        }
    }
    if (vc->src >= 0 && s->m[vc->src].kind == M_UNRES && s->m[vc->src].sector[0] && g->main_subj >= 0 &&
        g->main_subj != vc->src && s->m[g->main_subj].kind == M_NAME && strlen(s->m[g->main_subj].code) >= 3) {
        /* "the government in Seoul filed a complaint and its spokesman urged": the subject's own */
        size_t b = np_start(s, s->m[vc->src].t0);
        if (b > 0 && (TOK_IS(s, b - 1, "its") || TOK_IS(s, b - 1, "their")) && !ts_igo_code(s->m[g->main_subj].code)) {
            name_unresolved(&s->m[vc->src], s->m[g->main_subj].code);
        }
    }
    if (vc->src >= 0 && s->m[vc->src].kind == M_UNRES &&
        (!strcmp(s->m[vc->src].sector, "GOV") || !strcmp(s->m[vc->src].sector, "MIL")) &&
        s->m[vc->src].t1 > s->m[vc->src].t0 + 1 && s->tok[s->m[vc->src].t1 - 1].cas != CASE_LOWER &&
        strlen(s->ctx->recent[0]) >= 3 && !ts_igo_code(s->ctx->recent[0]) && strncmp(s->ctx->recent[0], "WST", 3)) {
        /* "Interior Minister Gerald Darmanin accused Azerbaijan ...": an official named
           with no country, before any country of the sentence, is of the story's
           country (wire copy names a foreign official's country) */
        int before = 0;
        for (size_t k = 0; k < s->nm && !before; k++)
            before = (int)k != vc->src && s->m[k].t0 < s->m[vc->src].t0 &&
                     (s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && strlen(s->m[k].code) >= 3;
        if (!before) /* the story's last party, not its last venue ("landed in Noumea") */
            name_unresolved(&s->m[vc->src], s->ctx->recent[0]);
    }
    if (vc->src >= 0 && vc->tgt >= 0 && vc->r0 >= 17)
        story_attacked(s, vc->src, vc->tgt); /* "police killed two of the attackers": those attacked */
    /* an unnamed domestic actor ("protesters", "police") takes the one country
       the sentence names */
    if (vc->src >= 0 && s->m[vc->src].kind == M_UNRES && s->m[vc->src].sector[0] &&
        (strcmp(s->m[vc->src].sector, "GOV") || definite_government(s, s->m[vc->src].t0) ||
         authorities_at_home(g, vc))) /* "Authorities imposed a curfew in Dhaka" */
    {
        adopt_country(s, vc->src, vc->tgt, 1);
        /* "The foreign ministry said it was dismayed by Peru": the
           only country named is the one spoken of, not the speaker's */
        if (s->m[vc->src].kind == M_NAME && !strcmp(s->m[vc->src].sector, "GOV") && vc->tgt >= 0 &&
            vc->r0 <= 13 && s->m[vc->tgt].code[0] &&
            !strncmp(s->m[vc->src].code, s->m[vc->tgt].code, 3))
            return 0;
        /* "Senators accused China of ...": nor is a state named as the target
           the country of the lawmakers, judges or officials who speak of it */
        if (s->m[vc->src].kind == M_NAME && vc->tgt >= 0 && vc->r0 <= 13 && s->m[vc->tgt].kind == M_NAME &&
            strlen(s->m[vc->tgt].code) == 3 && !strncmp(s->m[vc->src].code, s->m[vc->tgt].code, 3) &&
            !is_people(&s->m[vc->src]))
            return 0;
    }
    if (vc->tgt >= 0 && vc->r0 == 14 && town_part_of(s, &s->m[vc->tgt])) {
        /* "filled the streets of Bamako demanding the departure of French
           troops": the town is where the crowd is; a party named after it is
           the one it protests against */
        for (size_t q = s->m[vc->tgt].t1; q < vc->end; q++) {
            int m = s->mid[q];
            if (m >= 0 && m != vc->src && s->m[m].t0 == q && (s->m[m].kind == M_NAME || s->m[m].kind == M_ADJ) &&
                strlen(s->m[m].code) >= 3 && !is_place(s, &s->m[m])) {
                vc->tgt = m;
                break;
            }
        }
    }
    if (vc->tgt < 0 && vc->r0 == 14 && vc->src >= 0 && (vc->tgt = run_by(g, i, vc->end, vc->src)) >= 0)
        vc->rule = "target: a protest at what a country runs or owns is against that country";
    if (vc->tgt < 0 && vc->r0 == 14 && vc->src >= 0 && (vc->tgt = jailer(g, vc->src, i)) >= 0)
        vc->rule = "target: prisoners protest against the state that holds them";
    if (vc->tgt < 0 && vc->r0 == 14 && vc->src >= 0 && (vc->tgt = demanded_party(g, i, vc->src)) >= 0)
        vc->rule = "target: a protest is against the party its demand names";
    if (vc->tgt < 0 && vc->r0 == 14 && vc->src >= 0 && !(vc->pm.p->flags & P_NOTARGET) &&
        (vc->tgt = story_protested(s, vc->src)) >= 0)
        vc->rule = "target: the story's protesters, by role, protest against whom the story's protest was";
    if (vc->tgt < 0 && vc->src >= 0 &&
        (vc->r0 == 14 || (!strcmp(vc->pm.p->code, "191") && civil_people(&s->m[vc->src]))) &&
        (s->m[vc->src].kind == M_NAME || s->m[vc->src].kind == M_PRON) && /* "They stormed the building" */
        (is_people(&s->m[vc->src]) || s->m[vc->src].people || country_prisoners(s, vc->src)) &&
        one_country_group(s, vc->src) && !ts_igo_code(s->m[vc->src].code) && !(vc->pm.p->flags & P_NOTARGET) &&
        !v->passive && !chant_against_after(g, vc->end, vc->src)) {
        /* "French farmers protested in Paris", "Kenyans took to the streets": a protest
           at home is against the government (but "Israelis and Palestinians" share none) */
        char gov[7];
        country_gov(s->m[vc->src].code, gov);
        vc->tgt = add_actor(s, gov, 0, 0);
        vc->rule = "target: a protest at home that names no party is against the government";
    }
    if (vc->pm.p->flags & P_NOTARGET)
        vc->tgt = -1;
    if (vc->tgt >= 0 && vc->src >= 0 && vc->r0 == 13 && TOK_IS(s, i + 1, "to") && i + 2 < s->ntok &&
        g->isverb[i + 2] && deploy_verb(s, i + 2) && (size_t)s->m[vc->tgt].t0 > i + 2 &&
        (s->m[vc->tgt].kind == M_UNRES ||
         (strlen(s->m[vc->tgt].code) >= 3 && !strncmp(s->m[vc->tgt].code, s->m[vc->src].code, 3)))) {
        /* "threatened to send troops into northern Kosovo", "to deploy missiles in
           Belarus": not its own forces, the place they would go (else the
           condition's party or the story's, below) */
        size_t e = i + 2;
        while (e < vc->end && !(s->gram[e] & G_IF) && !ts_is_comma(s, e))
            e++;
        int pl = first_place(g, i + 2, e, vc->src, 1);
        size_t p0 = pl >= 0 ? np_start(s, s->m[pl].t0) : 0;
        /* "into Kosovo", "to the border with Sudan"; not "in Belarus", a host */
        vc->tgt = pl >= 0 && p0 > 0 && (TOK_IS(s, p0 - 1, "into") || TOK_IS(s, p0 - 1, "to") ||
                                         TOK_IS(s, p0 - 1, "across") || TOK_IS(s, p0 - 1, "with"))
                      ? pl
                      : -1;
        if (vc->tgt >= 0)
            vc->rule = "target: a threatened deployment is aimed at where the forces would go";
    }
    if (vc->tgt < 0 && vc->src >= 0 && vc->r0 == 13 && TOK_IS(s, i + 1, "to") && i + 2 < s->ntok &&
        g->isverb[i + 2] && (strike_verb(s, i + 2))) {
        /* "threatened to strike government buildings in Kyiv if Germany supplied ...":
           the place struck, not the condition's party */
        size_t e = i + 2;
        while (e < vc->end && !(s->gram[e] & G_IF) && !ts_is_comma(s, e))
            e++;
        vc->tgt = first_place(g, i + 2, e, vc->src, 1);
    }
    if (vc->tgt < 0 && vc->src >= 0 && vc->r0 == 13 && (TOK_IS(s, i + 1, "to") || vc->pm.p->nelem > 0))
        vc->tgt = condition_actor(g, vc->src); /* "threatened to retaliate if Manila continued", "threatened
                                                  sanctions if Ankara bought", "warned of a response if" */
    /* "Moscow denied targeting civilians": a denied deed told as a gerund */
    int deny_ing = vc->src >= 0 && !strncmp(vc->pm.p->code, "016", 3) && i + 1 < s->ntok &&
                   s->tok[i + 1].cas == CASE_LOWER && W(s, i + 1) && (W(s, i + 1)->vform & VF_ING) &&
                   s->mid[i + 1] < 0;
    if (deny_ing && vc->tgt >= 0 &&
        (s->m[vc->tgt].kind == M_UNRES || !strncmp(s->m[vc->tgt].code, s->m[vc->src].code, 3)) &&
        (size_t)s->m[vc->tgt].t0 > i + 1)
        vc->tgt = -1; /* the civilians are the denied act's, no accuser */
    if (vc->src >= 0 && !strncmp(vc->pm.p->code, "016", 3) &&
        (vc->tgt < 0 || ((size_t)s->m[vc->tgt].t0 > i && strlen(s->m[vc->tgt].code) >= 3 &&
                         !strncmp(s->m[vc->tgt].code, s->m[vc->src].code, 3))))
        vc->tgt = denied_act_victim(g, i, vc); /* "denied that Belgrade was behind the raid on a Kosovo border post" */
    if (vc->tgt < 0 && vc->src >= 0 && !strncmp(vc->pm.p->code, "016", 3))
        vc->tgt = sentence_accuser(g, vc->src); /* "Armenia accused Azerbaijan of ..., a charge Baku denied" */
    if (vc->tgt < 0 && vc->src >= 0 && !strncmp(vc->pm.p->code, "016", 3))
        vc->tgt = context_actor(s, vc->src, deny_ing); /* "Moscow denied the charge": the accuser */
    if (vc->tgt >= 0 && vc->src >= 0 && vc->r0 == 12 && asked_act_party(g, i, vc->tgt)) {
        /* "rejected an ultimatum to reinstate Bazoum": Bazoum is the asked act's; the
           rejection answers the story's asker, if it asked this country */
        int m = remembered_actor(s, vc->src, s->ctx->asker, s->ctx->asked);
        if (m >= 0)
            vc->tgt = m;
    }
    if (vc->tgt < 0 && vc->src >= 0 && vc->r0 == 12)
        vc->tgt = remembered_actor(s, vc->src, s->ctx->asker, s->ctx->asked); /* "Mexico ruled out the request" */
    int release = !strncmp(vc->pm.p->code, "0253", 4) || !strncmp(vc->pm.p->code, "1053", 4);
    if (release && vc->tgt >= 0 && s->m[vc->tgt].t1 + 1u < s->ntok && is_poss(s, s->m[vc->tgt].t1)) {
        /* "called for the journalist's (immediate) release": the one held, not the one asked */
        size_t q = s->m[vc->tgt].t1 + 1u;
        while (q + 1 < s->ntok && q < s->m[vc->tgt].t1 + 3u && !TOK_IS(s, q, "release") &&
               s->tok[q].kind == TK_WORD && s->tok[q].cas == CASE_LOWER)
            q++;
        if (TOK_IS(s, q, "release"))
            vc->tgt = -1;
    }
    if (vc->tgt < 0 && vc->src >= 0 && release && s->ctx->coercer[0] && strcmp(s->ctx->coercer, s->m[vc->src].code)) {
        /* "demanded Protasevich's immediate release", after "Belarusian authorities
           detained ...": of whoever holds him, the story's last coercer */
        vc->tgt = add_actor(s, s->ctx->coercer, 0, 0);
        if (vc->tgt >= 0) {
            s->m[vc->tgt].resolved = 1;
            vc->rule = "target: a release asked of the story's last captor";
        }
    }
    if (vc->tgt < 0 && vc->src >= 0 &&
        (vc->r0 == 13 ||
         (vc->r0 >= 18 && (retaliation_verb(s, i) || counter_act(s, i, vc->pm.last) ||
                           interception(s, i, vc->pm.last))) ||
         (vc->r0 == 15 && strncmp(vc->pm.p->code, "150", 3)))) /* "Taiwan scrambled jets": at its attacker */
        vc->tgt = remembered_actor(s, vc->src, s->ctx->attacker, s->ctx->attacked); /* "Kabul vowed to retaliate" */
    if (vc->tgt < 0 && vc->src >= 0 && vc->r0 == 13 && !(vc->pm.p->flags & (P_NOTARGET | P_HOME)) &&
        idiom_threat_verb(s, i) && !(vc->pm.p->flags & P_HAS_T) &&
        (vc->pm.p->nelem > 0 || !strcmp(lemma_of(s, i), "tolerate"))) {
        /* not a bare "threatened to ship arms to the North": its receiver is not
           the one threatened */
        vc->tgt = story_threatened(s, vc->src); /* "Iran threatened to pull out of the deal" */
        if (vc->tgt >= 0)
            vc->rule = "target: a threat that names no party is at the story's other party";
    }
    if (vc->tgt < 0 && vc->src >= 0 && (vc->r0 == 11 || vc->r0 == 12 || vc->r0 >= 17) &&
        !(vc->pm.p->flags & P_NOTARGET)) { /* also "seized a Greek-flagged tanker" */
        vc->tgt = adjective_object(g, i, vc->end, vc->src); /* "denounced the Iranian test" */
        if (vc->tgt >= 0)
            vc->rule = "target: the country an adjective of the object names";
    }
    if (vc->tgt < 0 && vc->src >= 0 &&
        (vc->r0 == 10 || vc->r0 == 11 || vc->r0 == 13 || !strncmp(vc->pm.p->code, "016", 3)) &&
        !(vc->pm.p->flags & P_NOTARGET)) {
        vc->tgt = saying_party(g, i, vc->src); /* "condemned the strikes, saying India ..." */
        if (vc->tgt >= 0)
            vc->rule = "target: the party named in the speaker's own words after \", saying\"";
    }
    int victim = -1;
    if (vc->tgt >= 0 && !v->passive && judging_code(vc->pm.p->code) && (size_t)s->m[vc->tgt].t0 > i + 2) {
        /* "condemned the strikes as a violation of Yemen's sovereignty": the party
           in the judgement's "as" phrase is the act's victim; the act's doer is judged */
        for (size_t q = i + 2; q < (size_t)s->m[vc->tgt].t0; q++) {
            if (s->mid[q] >= 0 || hard_boundary(s, q) || ts_is_comma(s, q))
                break;
            if (TOK_IS(s, q, "as")) {
                vc->tgt = -1;
                break;
            }
        }
    }
    if (vc->tgt >= 0 && !v->passive && judging_code(vc->pm.p->code) && vc->pm.target < 0 && vc->pm.last > i &&
        (size_t)s->m[vc->tgt].t0 > vc->pm.last && ts_in_class(s->d, W(s, vc->pm.last), CL_PEJORATIVE)) {
        /* "called the launch a clear violation of UN resolutions": a party after
           the label, in its own phrase, is what the act harmed, not its doer */
        size_t b = np_start(s, s->m[vc->tgt].t0);
        if (b > 0 && (TOK_IS(s, b - 1, "of") || TOK_IS(s, b - 1, "to") || TOK_IS(s, b - 1, "against") ||
                      TOK_IS(s, b - 1, "on") || TOK_IS(s, b - 1, "for") || TOK_IS(s, b - 1, "with")))
            vc->tgt = -1;
    }
    if (v->passive && vc->tgt >= 0 && vc->tgt == vc->src && judging_code(vc->pm.p->code))
        vc->tgt = -1; /* "The attack was condemned by Kenya": "$T" took the agent; the act is the subject */
    if (vc->tgt >= 0 && vc->src >= 0 && judging_code(vc->pm.p->code) &&
        (((s->m[vc->tgt].kind == M_UNRES || !strcmp(s->m[vc->tgt].code, s->m[vc->src].code)) &&
          judged_act_victim(g, i, vc->tgt)) ||
         coerced_at_home(g, i, vc->tgt, vc->src))) {
        /* ... also the judge's own ("the arrest of its leader"), or a body of
           its own country coerced ("the dissolution of Congress") */
        victim = vc->tgt; /* "condemned the killing of the mayor": not the mayor, his country */
        vc->tgt = -1;
    }
    if (vc->tgt >= 0 && (vc->pm.target < 0 || vc->pm.p->nelem == 1) && judging_code(vc->pm.p->code) &&
        judged_plan_object(g, i, vc->tgt))
        vc->tgt = -1; /* "criticised the plan to send troops to Mali": not Mali */
    int own = 0; /* the target of the judge's own country, or of one of a compound judge's */
    if (vc->tgt >= 0 && vc->src >= 0 && judging_code(vc->pm.p->code)) {
        int mem[16];
        size_t nmem = group_of(s, vc->src, mem, sizeof mem / sizeof mem[0]);
        own = !strncmp(s->m[vc->tgt].code, s->m[vc->src].code, 3);
        for (size_t k = 0; k < nmem && !own; k++)
            own = !strncmp(s->m[vc->tgt].code, s->m[mem[k]].code, 3); /* "Kenya and Somalia condemned" */
    }
    if (own) {
        size_t b = np_start(s, s->m[vc->tgt].t0), t1 = s->m[vc->tgt].t1;
        if ((b > 0 && (s->gram[b - 1] & G_LOC)) || (t1 < s->ntok && judged_act_word(s, t1)))
            vc->tgt = -1; /* "Nigeria condemned the attack in Zamfara", "the Quetta bombing": at home,
                             which the place finds */
        else if (!s->m[vc->tgt].person && judged_act_victim(g, i, vc->tgt))
            vc->tgt = -1; /* "the Kremlin described the seizure of Russian assets as theft": what the act
                             fell on, the judge's own; its doer is the one judged */
    }
    if (vc->tgt >= 0 && (size_t)s->m[vc->tgt].t0 == i + 1 && i + 2 < s->ntok &&
        (TOK_IS(s, i + 1, "it") || TOK_IS(s, i + 1, "this")) && label_verb(s, i) &&
        (TOK_IS(s, i + 2, "a") || TOK_IS(s, i + 2, "an") || ts_in_class(s->d, W(s, i + 2), CL_PEJORATIVE)))
        vc->tgt = -1; /* "called it a provocation": "it" is the act, whose doer judged_act finds */
    if (vc->src >= 0 && judging_code(vc->pm.p->code) && !v->passive && (vc->tgt < 0 || (size_t)s->m[vc->tgt].t0 == i + 1))
        pronoun_act_judged(g, i, vc); /* "sent ships to monitor the drills and condemned them as provocations" */
    if (vc->tgt < 0 && vc->src >= 0 && (!v->passive || (vc->flags & TOCSIN_EV_PASSIVE)) && !feeling_verb(s, i) &&
        !(vc->pm.p->flags & P_NOTARGET))
        if (!judged_act(g, i, vc, victim) && victim >= 0) /* "condemned the attack on a village in Zamfara" */
            vc->tgt = victim;
    if (vc->tgt < 0 && vc->src >= 0 && feeling_verb(s, i) && judging_code(vc->pm.p->code))
        felt_story_act(g, vc); /* "Germany was outraged by the killings" */

    if (vc->tgt >= 0 && vc->src >= 0 && (!strncmp(vc->pm.p->code, "039", 3) || !strncmp(vc->pm.p->code, "045", 3))) {
        int mem[16]; /* "Egypt and South Sudan offered to mediate between the rival generals": not their own */
        size_t nmem = group_of(s, vc->src, mem, sizeof mem / sizeof mem[0]);
        for (size_t k = 0; k < nmem && vc->tgt >= 0; k++)
            if (s->m[vc->tgt].code[0] && !strncmp(s->m[vc->tgt].code, s->m[mem[k]].code, 3))
                vc->tgt = -1;
    }
    if (vc->tgt < 0 && vc->r0 == 15 && vc->src >= 0)
        vc->tgt = deterred(g, i, vc->end, vc->src); /* "moved tanks to the border to deter a Venezuelan incursion" */
    if (vc->tgt < 0 && vc->src >= 0 && vc->r0 >= 10)
        vc->tgt = agreement_party(g, vc->pm.last, vc->src); /* "rejected an agreement under which Ethiopia would" */
    if (vc->tgt < 0 && vc->src >= 0 && (vc->r0 == 2 || vc->r0 == 10 || vc->r0 == 11 || vc->r0 == 12) &&
        (vc->tgt = story_act_object(g, i, vc)) >= 0)
        vc->rule = "target: the doer of the story's act of that kind the appeal, demand or rejection is about";
    if (vc->tgt < 0 && vc->src >= 0 && (vc->r0 == 2 || vc->r0 == 10) && (vc->tgt = story_offensive(g, vc)) >= 0)
        vc->rule = "target: a halt asked to the story's offensive is asked of its attacker"; /* "urged a halt to
                                                                                             the offensive" */
    if (vc->tgt < 0 && vc->src >= 0 && vc->r0 == 12 && the_demand(s, i, vc->end))
        vc->tgt = remembered_actor(s, vc->src, s->ctx->asker, s->ctx->asked); /* "the junta rejected the ultimatum" */
    if (vc->tgt >= 0 && vc->src >= 0 && vc->r0 >= 9 && vc->r0 <= 17 && vc->r0 != 14)
        foreign_government(s, vc->src, vc->tgt); /* "France accused the junta": Mali's, from the story */
    if (vc->tgt >= 0 && vc->src >= 0 && vc->r0 <= 16 && vc->r0 != 14 && vc->r0 != 15)
        foreign_speaker(s, vc->src, vc->tgt); /* "The foreign ministry summoned Belarus's envoy" */
    if (vc->tgt >= 0 && vc->src >= 0 && vc->r0 >= 17)
        story_attacked(s, vc->tgt, vc->src); /* "the attackers fought police": those they attacked */
    /* "police killed protesters": an unnamed domestic group takes the source's country */
    if (v->passive && vc->tgt >= 0 && s->m[vc->tgt].kind == M_UNRES && s->m[vc->tgt].sector[0])
        adopt_country(s, vc->tgt, vc->r0 < 17 ? vc->src : -1, 0); /* "two journalists were arrested by Georgian police" */
    if (vc->tgt >= 0 && vc->src >= 0 && s->m[vc->tgt].kind == M_UNRES && s->m[vc->tgt].sector[0] &&
        s->m[vc->src].code[0] && strlen(s->m[vc->src].code) >= 3 && !ts_igo_code(s->m[vc->src].code)) {
        adopt_country(s, vc->tgt, vc->r0 < 17 ? vc->src : -1, 0); /* an army put on alert is one's own; one attacked is not */
        if (s->m[vc->tgt].kind == M_UNRES)
            vc->tgt = vc->r0 >= 18 && is_people(&s->m[vc->tgt]) ? -1 : -2; /* force on people: their place's */
        else if (unnamed_refugees_at_home(s, vc->tgt, vc->src))
            vc->tgt = -2; /* "refused to admit asylum seekers", "deported asylum seekers to Rwanda": not its own */
        else if (!strncmp(s->m[vc->tgt].code, s->m[vc->src].code, 3) &&
                 (!strcmp(s->m[vc->tgt].code + 3, "MIL") || !strcmp(s->m[vc->tgt].code + 3, "GOV")) &&
                 (strlen(s->m[vc->src].code) == 3 || !strcmp(s->m[vc->src].code + 3, "GOV") ||
                  !strcmp(s->m[vc->src].code + 3, "MIL"))) {
            if (vc->r0 == 17 && !strcmp(s->m[vc->tgt].code, s->m[vc->src].code))
                s->m[vc->tgt].code[3] = '\0'; /* "the junta arrested the prime minister": at home */
            else if (vc->r0 != 17 && !(vc->r0 >= 10 && vc->r0 <= 14 && strlen(s->m[vc->src].code) == 3) &&
                     !(vc->r0 >= 11 && vc->r0 <= 13 && !strcmp(s->m[vc->tgt].code + 3, "MIL") &&
                       s->m[vc->tgt].t0 > 0 && TOK_IS(s, s->m[vc->tgt].t0 - 1, "the")) &&
                     !army_and_government(s, vc) && !two_offices(s, vc->src, vc->tgt, vc->pm.p->code))
                vc->tgt = -1; /* "Taiwan scrambled jets": the state's own forces, no target; but
                                 "Israelis protested against the government", and a government's
                                 words against its army ("accused the army of plotting a coup") */
            if (vc->tgt == -1 && vc->r0 == 15)
                vc->tgt = foreign_place(g, i, vc); /* "deployed troops near Ukraine's border": Ukraine */
        }
    } else if (vc->tgt >= 0 && vc->src >= 0 && vc->r0 == 15 && strlen(s->m[vc->tgt].code) == 6 &&
               !strcmp(s->m[vc->tgt].code + 3, "MIL") && strlen(s->m[vc->src].code) >= 3 &&
               !strncmp(s->m[vc->tgt].code, s->m[vc->src].code, 3)) {
        vc->tgt = foreign_place(g, i, vc); /* "troops in Ladakh near the border with China": its own, at China */
    } else if (vc->tgt >= 0 && s->m[vc->tgt].kind == M_UNRES) {
        if (vc->r0 >= 17 && vc->src >= 0 && s->m[vc->src].kind == M_UNRES && s->m[vc->src].sector[0] &&
            s->m[vc->tgt].sector[0] && is_people(&s->m[vc->tgt]))
            adopt_country(s, vc->tgt, -1, 0); /* "Soldiers raped women in Congo": both where it happened */
        int sf = s->m[vc->tgt].kind == M_UNRES && vc->src >= 0 && judging_code(vc->pm.p->code)
                     ? story_force(g, vc->tgt, vc->src)
                     : -1;
        if (sf >= 0) {
            vc->tgt = sf;
            vc->rule = "target: a state force judged with no country is the story's force of that kind";
        } else if (s->m[vc->tgt].kind == M_UNRES)
            vc->tgt = -2;
    }
    if (vc->tgt == -2 && vc->src >= 0) {
        /* an unnamed object is not the other party when one is named after
           "to" ("refused to extradite the businessman to Russia"), nor in a
           joint cooperative act ("South Korea and Japan agreed to share
           military intelligence") */
        for (size_t k = i + 1; k + 1 < vc->end && vc->tgt == -2; k++) {
            if (!TOK_IS(s, k, "to") && !((vc->pm.p->flags & P_SYM) && TOK_IS(s, k, "with")))
                continue; /* "exchanged hostages with Germany" */
            size_t q = past_det(s, k + 1, vc->end);
            int mq = q < vc->end ? s->mid[q] : -1;
            if (mq >= 0 && s->m[mq].kind == M_NAME && strlen(s->m[mq].code) >= 3 &&
                strncmp(s->m[mq].code, s->m[vc->src].code, 3))
                vc->tgt = mq;
        }
        int coded = 0; /* "agreed to reopen embassies" coded 032 already */
        for (size_t k = 0; k < g->em.n; k++)
            coded |= !strcmp(g->em.out[k].src, s->m[vc->src].code);
        if (vc->tgt == -2 && vc->r0 >= 3 && vc->r0 <= 8 && group_size(s, vc->src) > 1 && !coded)
            vc->tgt = -1;
    }
    if (vc->tgt == -2)
        return 0;
    if (vc->tgt >= 0 && !strncmp(vc->pm.p->code, "201", 3) &&
        (s->m[vc->tgt].people || s->m[vc->tgt].kind == M_ADJ)) {
        int land = expelled_from(g, vc->end, vc->tgt, vc->src);
        if (land >= 0) {
            vc->tgt = land;
            vc->rule = "target: a people driven out of a land are that land's";
        }
    }
    if (vc->tgt >= 0 && vc->src >= 0 && !strncmp(vc->pm.p->code, "075", 3) &&
        !strncmp(s->m[vc->tgt].code, s->m[vc->src].code, 3))
        return 0; /* asylum is from another state: "a journalist was granted asylum by Germany" names no German */
    if (vc->src < 0 && vc->r0 == 11 && v->attributed && g->say_speaker >= 0) {
        /* "Erdogan said Israel's conduct amounted to genocide" */
        for (size_t q = (size_t)v->chain0; q > 0 && q + 6 > (size_t)v->chain0; q--) {
            int mq = s->mid[q - 1];
            if (mq >= 0 && s->m[mq].modifier == 2) {
                vc->src = g->say_speaker;
                vc->tgt = mq;
                break;
            }
            if (g->isverb[q - 1])
                break;
        }
    }
    if (vc->src < 0 && vc->r0 >= 18 && vc->tgt >= 0 && !v->neg && !v->modal && !v->fut && !v->cond && !v->hedge &&
        !v->attributed && (s->m[vc->tgt].kind == M_NAME || s->m[vc->tgt].kind == M_ADJ) &&
        strlen(s->m[vc->tgt].code) >= 3 && !ts_igo_code(s->m[vc->tgt].code)) {
        /* "A drone struck a US base in Syria": force with no doer named; the
           story remembers whom it struck, so that "X claimed the attack" later
           is X's attack on them (and "air defences" theirs) */
        size_t n = strlen(s->m[vc->tgt].code);
        if (n < sizeof s->ctx->attacked) {
            memcpy(s->ctx->attacked, s->m[vc->tgt].code, n + 1);
            s->ctx->attacker[0] = '\0';
        }
    }
    if (vc->src < 0)
        return 0;
    if (s->m[vc->src].kind == M_UNRES || !s->m[vc->src].code[0])
        return 0;
    if (s->m[vc->src].kind == M_NAME && vc->src == v->subj && (size_t)s->m[vc->src].t0 < i) {
        /* "raided a clinic in Nigeria's Niger state and seized": a place acts not */
        size_t b = s->m[vc->src].t0;
        while (b >= 2 && is_poss(s, b - 1) && s->mid[b - 2] >= 0)
            b = s->m[s->mid[b - 2]].t0;
        b = np_start(s, b);
        if (b > 0 && (s->gram[b - 1] & G_LOC) && !(s->gram[b - 1] & G_PREP) && is_place(s, &s->m[vc->src]))
            return 0;
    }
    /* weak adjectives ("Russian drones") are not sources; "the Russians" is
       an M_NAME (mention.c); but strikes that kill or destroy are the
       forces' who struck ("Russian strikes killed 12 people") */
    if (s->m[vc->src].kind == M_ADJ)
        return (vc->r0 >= 18 && striking_forces(g, i, vc->src)) ||
               ((vc->r0 == 17 || vc->r0 == 15) && state_vessel(g, i, vc->src));
    return 1;
}

/* An election, its count or its result among the words of a match (tokens i
 * to last) or the object phrase after it (to end, VOTE_OBJECT_WORDS words at
 * most: "called for a recount of the votes"): what an opposition judges,
 * alleges, asks or vows to challenge. */
#define VOTE_OBJECT_WORDS 6
static int vote_judged(const ts_sent *s, size_t i, size_t last, size_t end)
{
    static const ts_lit vote[] = {LIT("election"), LIT("elections"), LIT("vote"),    LIT("votes"),
                                  LIT("poll"),     LIT("polls"),     LIT("ballot"),  LIT("count"),
                                  LIT("tally"),    LIT("result"),    LIT("results"), LIT("outcome"),
                                  LIT("referendum"), LIT("recount"), LIT("rigging"), LIT("rigged"),
                                  LIT("rerun"),    LIT("annulment"), LIT("fraud"), LIT("irregularities")};
    for (size_t q = i; q < end && q <= last + VOTE_OBJECT_WORDS && q < s->ntok; q++) {
        if (q > last && (hard_boundary(s, q) || ts_is_comma(s, q)))
            break;
        if (ts_tok_in(s, q, vote, sizeof vote / sizeof vote[0]))
            return 1;
    }
    return 0;
}

/* Whether any mention (a pronoun too: "demanded his release") stands in [a, b). */
static int mention_between(const ts_sent *s, size_t a, size_t b)
{
    for (size_t q = a; q < b && q < s->ntok; q++)
        if (s->mid[q] >= 0 || (s->gram[q] & (G_HE | G_IT | G_THEY)))
            return 1;
    return 0;
}

/* A march, rally or gathering whose purpose is a feast or a rite: "marched
 * to mark Bastille Day", "rallied to celebrate the victory", "gathered to
 * welcome the team", "filled the square for a welcome ceremony" (but
 * protesters who march to mark a massacre protest). */
static int festive_march(gstate *g, size_t i, int src)
{
    ts_sent *s = g->s;
    static const ts_lit verbs[] = {LIT("march"), LIT("rally"), LIT("gather"), LIT("parade"), LIT("assemble"),
                                   LIT("fill"),  LIT("flood"), LIT("pour"),   LIT("throng")};
    static const ts_lit feasts[] = {LIT("mark"),   LIT("celebrate"), LIT("commemorate"), LIT("honour"),
                                    LIT("honor"),  LIT("welcome"),   LIT("greet"),       LIT("cheer"),
                                    LIT("watch"),  LIT("pray"),      LIT("remember"),    LIT("observe")};
    static const ts_lit protesters[] = {LIT("protesters"), LIT("protestors"), LIT("demonstrators"),
                                        LIT("rioters"),    LIT("activists"),  LIT("opposition")};
    const ts_word *w = ts_w(s, i);
    if (!w)
        return 0;
    int verb = lemma_in(s, w, verbs, sizeof verbs / sizeof verbs[0]);
    if (!verb || ts_tok_in(s, s->m[src].head, protesters, sizeof protesters / sizeof protesters[0]))
        return 0;
    static const ts_lit rites[] = {LIT("welcome"),  LIT("ceremony"), LIT("celebration"), LIT("celebrations"),
                                   LIT("parade"),   LIT("festival"), LIT("concert"),     LIT("funeral"),
                                   LIT("prayers"),  LIT("prayer"),   LIT("match"),       LIT("final")};
    /* a club's or a team's crowd: "supporters of the football club rallied outside the stadium" */
    static const ts_lit sport[] = {LIT("club"), LIT("team"), LIT("football"), LIT("soccer"), LIT("stadium")};
    for (size_t q = (size_t)s->m[src].t1; q < s->ntok && q < (size_t)s->m[src].t1 + 4 && q < i; q++)
        if (ts_tok_in(s, q, sport, sizeof sport / sizeof sport[0]))
            return 1;
    /* a national day's march: "marched in Warsaw on Independence Day" */
    static const ts_lit days[] = {LIT("independence"), LIT("victory"),     LIT("national"),  LIT("republic"),
                                  LIT("unity"),        LIT("liberation"),  LIT("armistice"), LIT("remembrance"),
                                  LIT("bastille"),     LIT("constitution"), LIT("flag"),     LIT("anzac")};
    int against = 0; /* "marched against the government on Independence Day" protest */
    for (size_t q = i + 1; q + 1 < s->ntok && q <= i + PURPOSE_SPAN; q++) {
        if (hard_boundary(s, q))
            return 0;
        against |= TOK_IS(s, q, "against");
        if (!against && TOK_IS(s, q + 1, "day") && s->tok[q + 1].cas != CASE_LOWER &&
            ts_tok_in(s, q, days, sizeof days / sizeof days[0]))
            return 1;
        if (TOK_IS(s, q, "stadium") || TOK_IS(s, q, "arena"))
            return 1; /* "rallied outside the stadium": a match's crowd */
        if (TOK_IS(s, q, "to") && ts_tok_in(s, q + 1, feasts, sizeof feasts / sizeof feasts[0]))
            return 1;
        if (TOK_IS(s, q, "for")) { /* "filled the square for an official welcome ceremony" */
            for (size_t r = q + 1; r < s->ntok && r <= q + 4 && !hard_boundary(s, r); r++)
                if (ts_tok_in(s, r, rites, sizeof rites / sizeof rites[0]))
                    return 1;
        }
    }
    return 0;
}

/* Domestic politics, once the roles and code are known:
 * - a leader's disapproval, rejection, threat or coercion of a bare "Congress" or
 *   "the Senate" (the US one by default) is aimed at his own country's
 *   ("Peruvian President Dina Boluarte criticized Congress"); appeals and
 *   consultations are not ("Zelensky urged Congress to approve the aid");
 * - a leader who "attacked" his own country's court, legislature, opposition
 *   or press attacked them in words (111), not by force. */
/* "expressed hope that talks with India would resume", "voiced concern that
 * relations with Greece were fraying": optimism or gloom (013, 012) that
 * names no party takes the one its that-clause's deal or talks are with. */
static int mood_that_party(const gstate *g, size_t k, int subj);
static int story_talks_party(gstate *g, size_t q, size_t end, int subj);
static void mood_clause_target(gstate *g, vcode *vc)
{
    ts_sent *s = g->s;
    if (vc->tgt >= 0 || vc->src < 0 || (strncmp(vc->code, "012", 3) && strncmp(vc->code, "013", 3)))
        return;
    size_t q = vc->pm.last + 1;
    while (q < s->ntok && g->adv[q])
        q++; /* "expressed hope on Monday that" */
    if (q + 2 < vc->end &&
        (TOK_IS(s, q, "about") || TOK_IS(s, q, "over") || TOK_IS(s, q, "on") || TOK_IS(s, q, "for"))) {
        int st = story_talks_party(g, q + 1, vc->end, vc->src); /* "voiced optimism about the talks" */
        if (st >= 0) {
            vc->tgt = st;
            vc->rule = "target: the other party of the story's talks or deal a hope or worry is about";
        }
        return;
    }
    if (q + 1 >= s->ntok || !TOK_IS(s, q, "that"))
        return;
    int t = mood_that_party(g, q + 1, vc->src);
    if (t < 0) /* "expressed hope that the talks would resume": the story's */
        t = story_talks_party(g, q + 1, s->ntok, vc->src);
    if (t >= 0) {
        vc->tgt = t;
        vc->rule = "target: the party of the deal or talks a hope or worry's that-clause names";
    }
}

#define ADMISSION_SPAN 12 /* how far a denied or admitted clause is read for its other party */

/* "Moscow denied that its jets had violated Turkish airspace", "Syria
 * acknowledged that its air defences had shot down a Turkish jet", "Germany
 * admitted it had spied on Turkey": a bare denial or admission (016, 015)
 * with a clause for its object is aimed at the clause's first party of
 * another country (the one wronged, or accusing), not at none. */
static void admission_target(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    if (vc->tgt >= 0 || vc->src < 0 || vc->pm.p->nelem != 0 || strlen(s->m[vc->src].code) < 3 ||
        (strncmp(vc->code, "015", 3) && strncmp(vc->code, "016", 3)))
        return;
    size_t q = i + 1;
    if (q < s->ntok && TOK_IS(s, q, "that"))
        q++;
    int clause = 0; /* a finite verb of an act: a clause, not "denied the report", nor "that it was in talks" */
    for (size_t k = q; k < s->ntok && k < q + ADMISSION_SPAN; k++) {
        if (hard_boundary(s, k) || is_quote(s, k) || ts_is_comma(s, k))
            return;
        clause |= g->isverb[k] && g->v[k].kind == V_FINITE && !(s->gram[k] & (G_BE | G_HAVE));
        int mi = s->mid[k];
        if (mi < 0 || s->m[mi].t0 != k || !s->m[mi].code[0] || s->m[mi].kind == M_UNRES ||
            strlen(s->m[mi].code) < 3 || !strncmp(s->m[mi].code, s->m[vc->src].code, 3))
            continue;
        if (clause) {
            vc->tgt = mi;
            vc->rule = "target: the party of another country in the clause denied or admitted";
        }
        return;
    }
}

/* "Kenya and Somalia agreed to share information on al-Shabaab", "shared
 * intelligence about the plot with Jordan": the actor after "on", "about" or
 * "regarding" is what the information is about, not the party it is shared
 * with (064, 0314); the pair shares it between them, or it names no party. */
static void information_topic(gstate *g, vcode *vc)
{
    ts_sent *s = g->s;
    if (vc->tgt < 0 || vc->pm.target >= 0 || (strncmp(vc->code, "064", 3) && strncmp(vc->code, "0314", 4)))
        return;
    size_t b = np_start(s, s->m[vc->tgt].t0);
    if (b > vc->pm.last + 1 && /* after the information's noun: not the pattern's own "cooperate on" */
        (TOK_IS(s, b - 1, "on") || TOK_IS(s, b - 1, "about") || TOK_IS(s, b - 1, "regarding"))) {
        vc->tgt = -1;
        vc->rule = "target: what shared information is about is not whom it is shared with";
    }
}

/* "Egypt said it was studying the proposal", "Bangkok said it would accept
 * the offer": an option weighed (014) or an offer accepted (03x) whose
 * object is the story's proposal, offer or request ("the" and a word of
 * @stance ending the pattern) is aimed at the one who made it, the source of
 * the story's last sentence with events (story_act_doer). */
static void story_proposal_maker(gstate *g, vcode *vc)
{
    ts_sent *s = g->s;
    size_t q = vc->pm.last;
    if (q + 2 < vc->end && TOK_IS(s, q + 1, "the") && !ts_in_class(s->d, W(s, q), CL_STANCE))
        q += 2; /* the bare verb: "Berlin is considering the request" */
    if (vc->tgt >= 0 || vc->src < 0 || (strncmp(vc->code, "014", 3) && root_of(vc->code) != 3) || q < 1 ||
        q >= s->ntok || !TOK_IS(s, q - 1, "the") || !ts_in_class(s->d, W(s, q), CL_STANCE))
        return;
    if (q + 1 < s->ntok && (TOK_IS(s, q + 1, "of") || TOK_IS(s, q + 1, "from") || TOK_IS(s, q + 1, "by")))
        return; /* "the proposal of its finance ministry": its maker named */
    int t = story_act_doer(g, q, 0, s->m[vc->src].code);
    if (t >= 0 && strncmp(s->m[t].code, s->m[vc->src].code, 3)) {
        vc->tgt = t;
        vc->rule = "target: the story's proposal or offer weighed or accepted is its maker's";
    }
}

/* Acts a government does to its own country when it names no party:
 * easing restrictions (081) and its pledge (0351); political reform (083,
 * not its sub-codes), its pledge (034) and a pledge of elections (0344)
 * only in a sentence that names no other country
 * (reforms are often another's demand: "agreed to reforms sought by the EU"). */
static int eased_at_home(const gstate *g, int src, const char *code)
{
    const ts_sent *s = g->s;
    if (!strncmp(code, "081", 3) || !strcmp(code, "0351"))
        return 1;
    if (strcmp(code, "083") && strcmp(code, "034") && strcmp(code, "0344"))
        return 0; /* not a resignation (0831) nor a policy reversed (0832): those name no place */
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if ((x->kind == M_NAME || x->kind == M_ADJ) && strlen(x->code) >= 3 && strncmp(x->code, s->m[src].code, 3))
            return 0;
    }
    return !s->place_cc[0] || !strncmp(s->place_cc, s->m[src].code, 3);
}

static int domestic_politics(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    const ts_word *gw = ts_w(s, i);
    if (vc->src >= 0 && root_of(vc->code) == 14 && gw &&
        !strcmp(ts_lex_name(&s->d->lex, (int32_t)gw->lemma), "gather") &&
        (ts_igo_code(s->m[vc->src].code) ||
         (strlen(s->m[vc->src].code) == 6 && strstr("GOV MIL", s->m[vc->src].code + 3))))
        return 0; /* "European leaders gathered in Brussels to denounce ...": a meeting, no protest */
    if (vc->src >= 0 && root_of(vc->code) == 14 && festive_march(g, i, vc->src))
        return 0; /* "Thousands marched in Paris to mark Bastille Day": a feast, no protest */
    if (vc->src >= 0 && vc->tgt < 0 && eased_at_home(g, vc->src, vc->code) &&
        (s->m[vc->src].kind == M_NAME || (s->m[vc->src].kind == M_PRON && s->m[vc->src].resolved)) &&
        strlen(s->m[vc->src].code) >= 3 && !ts_igo_code(s->m[vc->src].code) &&
        (strlen(s->m[vc->src].code) == 3 || strstr("GOV MIL COP", s->m[vc->src].code + 3))) {
        /* "The government lifted the curfew": restrictions eased where the
           sentence puts them, else at home; so are those it pledges to ease
           and the reforms it makes or pledges ("said he would lift
           restrictions on gatherings", "would carry out political reforms") */
        int pl = first_place(g, i, vc->end, vc->src, 0);
        if (pl < 0 && !s->place_cc[0]) {
            /* a bare country eases them for its people ("Thailand lifted the curfew"),
               which an event of a country with itself could not say */
            char cc[7] = {s->m[vc->src].code[0], s->m[vc->src].code[1], s->m[vc->src].code[2], '\0'};
            if (strlen(s->m[vc->src].code) == 3)
                memcpy(cc + 3, "CVL", 4);
            pl = add_actor(s, cc, 0, 0);
        }
        if (pl >= 0) {
            vc->tgt = pl;
            vc->rule = "target: restrictions eased with no party named are eased at home, or at the place named";
        }
    }
    int r0 = root_of(vc->code);
    if (vc->src >= 0 && vc->tgt < 0 &&
        (r0 == 10 || r0 == 12 || ((r0 == 2 || r0 == 11 || r0 == 13) && vote_judged(s, i, vc->pm.last, vc->end))) &&
        !(vc->pm.p->flags & P_NOTARGET) && strlen(s->m[vc->src].code) == 6 &&
        ((s->m[vc->src].kind == M_NAME && !strcmp(s->m[vc->src].code + 3, "OPP")) ||
         (s->m[vc->src].kind == M_NAME && r0 == 10 && !strcmp(s->m[vc->src].code + 3, "LEG") &&
          !mention_between(s, i + 1, vc->end)) ||
         ((s->m[vc->src].kind == M_NAME || s->m[vc->src].kind == M_PRON) && r0 == 10 &&
          civil_people(&s->m[vc->src]) && !mention_between(s, i + 1, vc->end))) &&
        one_country_group(s, vc->src)) {
        /* "Venezuela's opposition rejected the election results": an opposition's
           rejection or demand that names no party is addressed to its government,
           in a sentence that names no other country; so is its verdict on a vote
           ("called the official count a fraud", "vowed to challenge the results",
           "called for a recount"); and so is the demand of a crowd, workers or
           students ("The protesters demanded new elections") or of a parliament
           ("Lawmakers demanded that martial law be lifted") */
        int other = 0;
        for (size_t k = 0; k < s->nm && !other; k++)
            other = (s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && strlen(s->m[k].code) >= 3 &&
                    strncmp(s->m[k].code, s->m[vc->src].code, 3);
        char gov[7];
        country_gov(s->m[vc->src].code, gov);
        if (!other && (vc->tgt = add_actor(s, gov, 0, 0)) >= 0)
            vc->rule = !strcmp(s->m[vc->src].code + 3, "OPP")
                           ? "target: an opposition's rejection or demand that names no party is its government's"
                           : !strcmp(s->m[vc->src].code + 3, "LEG")
                           ? "target: a parliament's demand that names no party is addressed to its government"
                           : "target: a crowd's or workers' demand that names no party is addressed to their government";
    }
    if (vc->src < 0 || vc->tgt < 0)
        return 1;
    if (root_of(vc->code) == 14 && (is_people(&s->m[vc->src]) || s->m[vc->src].people) &&
        s->m[vc->tgt].kind == M_NAME && strlen(s->m[vc->tgt].code) == 6 &&
        strstr("CVL OPP LAB HLH EDU REL MED REF", s->m[vc->tgt].code + 3) && strlen(s->m[vc->src].code) >= 3 &&
        !strncmp(s->m[vc->src].code, s->m[vc->tgt].code, 3) && one_country_group(s, vc->src)) {
        /* "Protesters rallied to demand the release of jailed activists": people
           protest for their own, against the government that holds them */
        char gov[7];
        country_gov(s->m[vc->src].code, gov);
        int m = add_actor(s, gov, 0, 0);
        if (m >= 0) {
            vc->tgt = m;
            vc->rule = "target: a protest for people of one's own country is against its government";
        }
    }
    ts_mention *src = &s->m[vc->src], *tgt = &s->m[vc->tgt];
    size_t sl = strlen(src->code), tl = strlen(tgt->code);
    /* a head of state or government or a minister, named or by title; not a
       state, its ministries or its diplomats, whose quarrels with "Congress"
       are most often Washington's */
    int leader = (src->kind == M_NAME || (src->kind == M_PRON && src->person)) && /* "he was dissolving Congress" */
                 sl == 6 && !strcmp(src->code + 3, "GOV") && !ts_igo_code(src->code) &&
                 (src->person || TOK_IS(s, src->head, "president") || TOK_IS(s, src->head, "premier") ||
                  TOK_IS(s, src->head, "minister"));
    for (size_t k = src->t0 > 4 ? src->t0 - 4u : 0; k < src->t1 && leader; k++) /* "Foreign Minister Wang Yi" */
        leader = !TOK_IS(s, k, "foreign") && !TOK_IS(s, k, "ambassador") && !TOK_IS(s, k, "envoy") &&
                 !TOK_IS(s, k, "spokesman") && !TOK_IS(s, k, "spokeswoman") && !TOK_IS(s, k, "spokesperson");
    const ts_word *vw = ts_w(s, i);
    int home = tgt->ctx_sector[0] && !tgt->resolved; /* "Congress": the US one by default */
    if (!strcmp(vc->code, "190") && (leader || (sl == 6 && !strcmp(src->code + 3, "OPP"))) && tl == 6 &&
        (home || !strncmp(src->code, tgt->code, 3)) && strstr("LEG JUD OPP MED", tgt->code + 3) && vw &&
        !strcmp(ts_lex_name(&s->d->lex, (int32_t)vw->lemma), "attack")) {
        memcpy(vc->code, "111", 4); /* "the prime minister attacked the Supreme Court" */
        vc->rule = "code: a leader's attack on his own country's institutions is verbal";
    }
    size_t nx = tgt->t1; /* not "two Amnesty International researchers": its people */
    if (!strcmp(vc->code, "174") && tgt->kind == M_NAME && !strncmp(tgt->code, "NGO", 3) &&
        !(nx < s->ntok && s->tok[nx].kind == TK_WORD && s->tok[nx].cas == CASE_LOWER && !s->gram[nx] &&
          !g->adv[nx])) {
        memcpy(vc->code, "1663", 5); /* "Niger expelled Doctors Without Borders" */
        vc->rule = "code: an aid or rights group expelled is an agency sent out, not a person deported";
    }
    int r = root_of(vc->code);
    if (leader && home && tl == 6 && strncmp(src->code, tgt->code, 3) && (r == 11 || r == 12 || r == 13 || r == 17)) {
        int named = 0; /* "... accused Congress of helping the US": the default stands */
        for (size_t k = 0; k < s->nm && !named; k++)
            named = (int)k != vc->tgt && (s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) &&
                    !strncmp(s->m[k].code, tgt->code, 3);
        for (int k = 0; k < 4 && !named; k++) /* nor in a story that has just named Washington's */
            named = !strncmp(s->ctx->recent[k], tgt->code, 3);
        /* a "Congress" only where the legislature bears that name (the Americas,
           the Philippines, Spain): "Zelensky criticised Congress" is Washington's */
        static const char congress_cc[] = "ARG BOL BRA CHL COL DOM ECU ESP GTM HND MEX PER PHL PRY SLV USA";
        char scc[4] = {src->code[0], src->code[1], src->code[2], '\0'};
        if (!named && TOK_IS(s, tgt->head, "congress") && !strstr(congress_cc, scc))
            named = 1;
        if (!named) {
            memcpy(tgt->code, src->code, 3);
            vc->rule = "target: a bare legislature a leader disapproves of is his own country's";
        }
    }
    return 1;
}

/* "Finland would pay a price", "Washington will bear the consequences", "Guyana
 * would face retaliation": a threat only as another's words about the
 * future, never as a fact ("Ukraine faced the consequences of the invasion"):
 * 1. "Washington is playing with fire": a threat in another's words, in any
 * tense: 2. Else 0. */
static int borne_threat(const ts_sent *s, size_t i, const char *code)
{
    const ts_word *w = ts_w(s, i);
    if (root_of(code) != 13 || !w)
        return 0;
    const char *l = ts_lex_name(&s->d->lex, (int32_t)w->lemma);
    if (!strcmp(l, "play"))
        return 2;
    return !strcmp(l, "face") || !strcmp(l, "bear") || !strcmp(l, "pay");
}

/* "China will not tolerate interference", "Iran will not stand idly by if
 * Israel attacks", "Israel will never allow Iran to obtain nuclear weapons":
 * a warning (13) only when negated about the future. */
static int refused_tolerance(const ts_sent *s, size_t i, const char *code)
{
    const ts_word *w = ts_w(s, i);
    if (root_of(code) != 13 || !w)
        return 0;
    const char *l = ts_lex_name(&s->d->lex, (int32_t)w->lemma);
    return !strcmp(l, "tolerate") || !strcmp(l, "stand") || !strcmp(l, "allow") || !strcmp(l, "permit") ||
           !strcmp(l, "sit") || !strcmp(l, "remain");
}

/* "France said it would respond to any attack on its nationals", "Russia
 * will defend itself against any aggression": "respond" and "defend" are
 * threats (13) only as an answer held out for the future. */
static int answer_held_out(const ts_sent *s, size_t i, const char *code)
{
    return root_of(code) == 13 && (!strcmp(lemma_of(s, i), "respond") || !strcmp(lemma_of(s, i), "defend"));
}

/* "Turkey did not rule out the use of force", "refused to rule out military
 * action", "would not rule out strikes": force kept open is a threat of
 * force (138), not a negated refusal. Token i is the verb "rule" of a
 * rejection; the force word stands within RULE_OUT_SPAN words of "out". */
#define RULE_OUT_SPAN 6
static size_t force_ruled_out(const gstate *g, size_t i);

static size_t force_kept_open(const gstate *g, size_t i, const char *code)
{
    const ts_sent *s = g->s;
    const ts_word *w = ts_w(s, i);
    if (root_of(code) != 12 || !w)
        return 0;
    const char *l = ts_lex_name(&s->d->lex, (int32_t)w->lemma);
    if ((!strcmp(l, "refuse") || !strcmp(l, "decline")) && TOK_IS(s, i + 1, "to") && i + 2 < s->ntok)
        return force_ruled_out(g, i + 2); /* "refused to rule out military action" */
    if (!g->v[i].neg && g->v[i].gov != GOV_NEG)
        return 0;
    return force_ruled_out(g, i);
}

/* The "out" of "rule out" at verb i, or 0. */
static size_t rule_out_at(const gstate *g, size_t i)
{
    const ts_sent *s = g->s;
    const ts_word *w = ts_w(s, i);
    if (!w || strcmp(ts_lex_name(&s->d->lex, (int32_t)w->lemma), "rule"))
        return 0;
    size_t o = i + 1;
    while (o < s->ntok && g->adv[o])
        o++;
    return TOK_IS(s, o, "out") ? o : 0;
}

/* The force word after "rule out" at verb i ("ruled out the use of force"),
 * or 0. */
static size_t force_ruled_out(const gstate *g, size_t i)
{
    const ts_sent *s = g->s;
    size_t o = rule_out_at(g, i);
    if (!o)
        return 0;
    for (size_t q = o + 1; q < s->ntok && q <= o + RULE_OUT_SPAN; q++) {
        /* "a military strike": "military" may read as an agent, named or not */
        if (s->tok[q].kind == TK_PUNCT || (s->mid[q] >= 0 && s->tok[q].cas != CASE_LOWER))
            return 0;
        if (TOK_IS(s, q, "force") || TOK_IS(s, q, "war") || TOK_IS(s, q, "invasion") ||
            TOK_IS(s, q, "offensive") || TOK_IS(s, q, "incursion") ||
            ts_in_class(s->d, ts_w(s, q), CL_AIRSTRIKE) || ts_in_class(s->d, ts_w(s, q), CL_ATTACK) ||
            /* "a ground operation", "a new cross-border operation", "military operations" */
            ((TOK_IS(s, q, "operation") || TOK_IS(s, q, "operations")) && q > 0 &&
             (TOK_IS(s, q - 1, "military") || TOK_IS(s, q - 1, "ground") || TOK_IS(s, q - 1, "cross-border"))) ||
            ((TOK_IS(s, q, "action") || TOK_IS(s, q, "option") || TOK_IS(s, q, "intervention")) && q > 0 &&
             TOK_IS(s, q - 1, "military")) ||
            /* "refused to rule out any option": force held open, as "all options are on the table" */
            ((TOK_IS(s, q, "option") || TOK_IS(s, q, "options")) && q > 0 && TOK_IS(s, q - 1, "any")))
            return q;
    }
    return 0;
}

/* The party force kept open is aimed at: the first named actor after the
 * force word at q, of another country than the source ("strikes on Iranian
 * nuclear sites", "force against Greece"); -1 when there is none. */
static int force_target(const gstate *g, size_t q, size_t end, int src)
{
    const ts_sent *s = g->s;
    for (size_t k = q + 1; k < end && k < s->ntok && k <= q + RULE_OUT_SPAN + 2; k++) {
        int mk = s->mid[k];
        if (s->tok[k].kind == TK_PUNCT || hard_boundary(s, k))
            return -1;
        if (mk >= 0 && s->m[mk].t0 == k && (s->m[mk].kind == M_NAME || s->m[mk].kind == M_ADJ) &&
            strlen(s->m[mk].code) >= 3 && (src < 0 || strncmp(s->m[mk].code, s->m[src].code, 3)))
            return mk;
    }
    return -1;
}

/* "to" and a verb of watching or opposing between a deployment's verb and
 * its target, in tokens [a, b): "sent forces to monitor / confront / deter
 * X" is a show of force at X, not help to it. */
static int hostile_purpose(const ts_sent *s, size_t a, size_t b)
{
    static const ts_lit watch[] = {LIT("monitor"), LIT("confront"), LIT("counter"), LIT("deter"), LIT("track"),
                                   LIT("watch"),   LIT("shadow"),   LIT("fight"),   LIT("repel"), LIT("intercept")};
    for (size_t q = a; q + 1 < b; q++)
        if (TOK_IS(s, q, "to") && ts_tok_in(s, q + 1, watch, sizeof watch / sizeof watch[0]))
            return 1;
    return 0;
}

/* Verbs that put a label on a thing: "what X called / described as / termed". */
static int label_verb(const ts_sent *s, size_t i)
{
    static const ts_lit label[] = {LIT("called"), LIT("calls"),  LIT("described"), LIT("describes"),
                                   LIT("termed"), LIT("dubbed"), LIT("branded"),   LIT("labelled")};
    return ts_tok_in(s, i, label, sizeof label / sizeof label[0]);
}

#define RELATIVE_WORDS 6 /* words from a relative pronoun to its verb */

/* "The two parties, which opened talks two years ago in Havana, said ...": a verb
 * of a non-restrictive relative clause (a comma, then "which" or "who") in
 * the past perfect, or in the past with a time long gone in its clause
 * ("ago", "since", "previously", a year), tells background, which the dev
 * gold leaves optional. */
static int background_relative(const gstate *g, size_t i)
{
    const ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    const ts_word *w = W(s, i);
    if (!w || !(w->vform & (VF_PAST | VF_PART)) || v->kind != V_FINITE)
        return 0;
    size_t c0 = (size_t)v->chain0;
    for (size_t q = c0; q-- > 0 && q + RELATIVE_WORDS >= c0;) {
        if (TOK_IS(s, q, "which") || TOK_IS(s, q, "who")) {
            if (q == 0 || !ts_is_comma(s, q - 1))
                return 0;
            if (v->have && TOK_IS(s, c0, "had"))
                return 1;
            for (size_t e = i + 1; e < s->ntok && !ts_is_comma(s, e) && !hard_boundary(s, e); e++) {
                if (TOK_IS(s, e, "ago") || TOK_IS(s, e, "since") || TOK_IS(s, e, "previously") ||
                    TOK_IS(s, e, "formerly"))
                    return 1;
                const ts_tok *t = &s->tok[e];
                if (t->kind == TK_NUM && t->len == 4 && (s->text[t->off] == '1' || s->text[t->off] == '2'))
                    return 1; /* "in 2018" */
            }
            return 0;
        }
        if (ts_is_comma(s, q) || hard_boundary(s, q) || (g->isverb[q] && g->v[q].kind == V_FINITE))
            return 0;
    }
    return 0;
}

/* "the president, who is attending a G20 summit in India, condemned ...", "the
 * minister, who was holding talks in Geneva, said": a meeting (root 04)
 * told in the progressive in a non-restrictive relative clause is where the
 * person was when the story's act happened, background and no event. */
static int progressive_relative(const gstate *g, size_t i, const vcode *vc)
{
    const ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    const ts_word *w = W(s, i);
    if (!vc->pm.p || root_of(vc->pm.p->code) != 4 || !strncmp(vc->pm.p->code, "042", 3) ||
        !strncmp(vc->pm.p->code, "043", 3) || !w || !(w->vform & VF_ING) || !v->be || v->have)
        return 0; /* but "Blinken, who is visiting Israel, said": the visit is news */
    size_t c0 = (size_t)v->chain0;
    return c0 >= 2 && (TOK_IS(s, c0 - 1, "who") || TOK_IS(s, c0 - 1, "which")) && ts_is_comma(s, c0 - 2);
}

/* "fired water cannon at a fishing boat, injuring three fishermen",
 * "fired tear gas at protesters, wounding dozens": the injuries a coercion
 * (17x) the clause before coded caused are that act's, no fight (19x) of
 * their own. Killing stays an event. */
static int injury_of_coercion(const gstate *g, size_t i)
{
    const ts_sent *s = g->s;
    static const ts_lit hurt[] = {LIT("injuring"), LIT("wounding"), LIT("hurting")};
    if (g->v[i].kind != V_ING || i < 2 || !ts_is_comma(s, i - 1) || !ts_tok_in(s, i, hurt, sizeof hurt / sizeof hurt[0]))
        return 0;
    int f = g->last_finite;
    return f >= 0 && (size_t)f < i && g->v[f].coded && g->v[f].root == 17;
}

#define IN_WHAT_LABEL_WORDS 5 /* from the verb of "in what X called" to its label */
#define IN_WHAT_BACK_WORDS 24  /* from "in what" back to the act it judges */

static int clause_doer_before(const gstate *g, size_t i, size_t w);

/* "Soldiers stormed the palace in what President Arce denounced as an
 * attempted coup", "Russia struck the city in what Kyiv called a war
 * crime": a judgement (the label a pejorative or a seizure of power) by the
 * subject of verb i on the doer of the act the clause before tells. The
 * doer's mention, or -1 (the label is no judgement, or no doer is named). */
static int in_what_judged(const gstate *g, size_t i)
{
    const ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    size_t w = (size_t)s->m[v->subj].t0 - 1; /* "what" */
    if (w == 0 || !TOK_IS(s, w - 1, "in"))
        return -1;
    return clause_doer_before(g, i, w);
}

/* "Saied suspended parliament, a move the opposition called a coup", "...
 * in a move Kyiv denounced as illegal": a judge's label put on an act noun
 * ("a move", "a decision", "an attack") that sums up the clause before
 * judges that clause's doer, as "in what X called" does. The doer, or -1. */
static int act_noun_judged(const gstate *g, size_t i)
{
    const ts_sent *s = g->s;
    size_t n = np_start(s, s->m[g->v[i].subj].t0); /* the judge's first token: "the opposition" */
    if (n < 4 || s->mid[n - 1] >= 0)
        return -1;
    n--; /* the act noun */
    if (!(ts_in_class(s->d, W(s, n), CL_STANCE) || judged_act_word(s, n)) ||
        !(TOK_IS(s, n - 1, "a") || TOK_IS(s, n - 1, "an")) || !(ts_is_comma(s, n - 2) || TOK_IS(s, n - 2, "in")))
        return -1;
    return clause_doer_before(g, i, n - 1);
}

/* The doer of the clause before token w that verb i's label judges: the
 * subject of the last finite verb of the sentence's main clause before w,
 * when the label is damning (a pejorative or a seizure of power) and the
 * doer is another than the judge. */
static int clause_doer_before(const gstate *g, size_t i, size_t w)
{
    const ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    int label = 0;
    for (size_t q = i + 1; q < s->ntok && q <= i + IN_WHAT_LABEL_WORDS && !label; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q))
            break;
        label = ts_in_class(s->d, W(s, q), CL_PEJORATIVE) ||
                ts_tok_in(s, q, coups, sizeof coups / sizeof coups[0]);
    }
    if (!label)
        return -1;
    for (size_t q = w - 1; q-- > 0 && q + IN_WHAT_BACK_WORDS > w;) {
        if (hard_boundary(s, q))
            return -1;
        if (g->isverb[q] && g->v[q].kind == V_FINITE && g->v[q].gov == GOV_NONE) {
            int d = g->v[q].subj;
            if (d < 0 || d == v->subj || !(s->m[d].code[0] || s->m[d].sector[0]) || g->v[q].passive || g->v[q].neg)
                return -1;
            return d;
        }
    }
    return -1;
}

#define WHAT_DOER_WORDS 10 /* from the verb of "what X called" to the doer its label names */

/* "China condemned what it called provocative actions by the Philippines",
 * "voiced concern over what they described as dangerous manoeuvres by
 * Chinese ships", "denounced what it described as American piracy": a
 * damning label put on another's acts, the object of a verb or of a noun of
 * feeling ("concern over", "alarm at"), judges the doer the label names: the
 * agent after "by", a possessor, or the adjective of the labelled noun; not
 * a victim ("against Vietnam"), a place or the judge's own side. The
 * doer's mention, or -1. */
static int what_label_doer(const gstate *g, size_t i, int *src)
{
    const ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    size_t w = (size_t)s->m[v->subj].t0 - 1; /* "what" */
    if (w == 0 || v->passive || v->neg)
        return -1;
    if (!(g->isverb[w - 1] && g->v[w - 1].kind != V_NONE) &&
        !(TOK_IS(s, w - 1, "over") || TOK_IS(s, w - 1, "at") || TOK_IS(s, w - 1, "about") ||
          TOK_IS(s, w - 1, "against") || TOK_IS(s, w - 1, "to")))
        return -1; /* "in what", "of what": no object judged */
    int judge = v->subj;
    if (s->gram[s->m[judge].t0] & (G_IT | G_THEY | G_HE | G_WE)) {
        /* "Japan and Australia voiced concern over what they described as":
           the pronoun is the judging clause's subject, all of it */
        for (size_t k = w; k-- > 0 && k + WHAT_DOER_WORDS > w;) {
            if (g->isverb[k] && g->v[k].kind == V_FINITE) {
                int mem[16];
                size_t nmem = group_of(s, g->v[k].subj, mem, sizeof mem / sizeof mem[0]);
                for (size_t j = 0; j < nmem; j++)
                    if (!strncmp(s->m[mem[j]].code, s->m[judge].code, 3)) {
                        judge = mem[j]; /* the pronoun stood for one of them, or for all */
                        break;
                    }
                break;
            }
            if (hard_boundary(s, k) || ts_is_comma(s, k))
                break;
        }
    }
    const char *sc = s->m[judge].code;
    int label = 0;
    for (size_t q = i + 1; q < s->ntok && q <= i + WHAT_DOER_WORDS; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (g->isverb[q] && g->v[q].kind == V_FINITE) ||
            ((s->gram[q] & (G_SUB | G_REL | G_CONJ)) && !(q == i + 1 && TOK_IS(s, q, "as"))))
            return -1; /* "what it described as piracy" */
        label |= ts_in_class(s->d, W(s, q), CL_PEJORATIVE);
        int mi = s->mid[q];
        if (mi < 0 || s->m[mi].t0 != q)
            continue;
        const ts_mention *x = &s->m[mi];
        if ((x->kind != M_NAME && x->kind != M_ADJ) || strlen(x->code) < 3 || is_place(s, x) ||
            (sc[0] && !strncmp(x->code, sc, 3)))
            return -1;
        size_t b = np_start(s, x->t0);
        int by = b > 0 && (s->gram[b - 1] & G_BY);
        int poss = (size_t)x->t1 < s->ntok && is_poss(s, x->t1);
        int adj = x->kind == M_ADJ || x->modifier;
        if (b > 0 && !by && (s->gram[b - 1] & (G_PREP | G_LOC | G_TO)))
            return -1; /* "attacks on Vietnam": the victim */
        if (!((label || poss || adj) && (by ? label : 1)))
            return -1;
        *src = judge;
        return mi;
    }
    return -1;
}

/* "Bulgaria imports over 90% of its gas from Russia", "Washington gives
 * Israel $3.8 billion in military aid a year": trade and aid told in the
 * simple present with a share or a rate is how things stand, not an event.
 * Verb i in the -s form with no auxiliary, and a share ("%", "percent",
 * "most of", "half of") or a rate ("a year", "annually", "each year") before
 * the clause's end. */
static int habitual(const gstate *g, size_t i, size_t end)
{
    const ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    const ts_word *w = W(s, i);
    if (!w || !(w->vform & VF_S) || (w->vform & (VF_PAST | VF_PART)) || v->kind != V_FINITE ||
        (size_t)v->chain0 != i || v->attributed)
        return 0;
    static const ts_lit rate[] = {LIT("annually"), LIT("yearly"), LIT("percent"), LIT("%")};
    if (end > s->ntok)
        end = s->ntok;
    for (size_t q = i + 1; q < end; q++) {
        if (ts_tok_in(s, q, rate, sizeof rate / sizeof rate[0]) || (TOK_IS(s, q, "per") && TOK_IS(s, q + 1, "cent")))
            return 1;
        if (q + 1 < end && (TOK_IS(s, q, "a") || TOK_IS(s, q, "each") || TOK_IS(s, q, "every") || TOK_IS(s, q, "per")) &&
            (TOK_IS(s, q + 1, "year") || TOK_IS(s, q + 1, "month")))
            return 1;
        if (q + 1 < end && (TOK_IS(s, q, "most") || TOK_IS(s, q, "half") || TOK_IS(s, q, "much")) && TOK_IS(s, q + 1, "of"))
            return 1;
    }
    return 0;
}

/* Step 7: CAMEO conventions: negation, modals, hypotheticals, intentions and
 * pledges, future threats. Returns 0 when the event is dropped. */
/* ---- a state's acts at home ----
 * "Zimbabwe's government seized hundreds of white-owned farms", "the junta
 * threatened to impose a curfew if the rioting continued", "the government
 * lifted the ban on the party", "the rebels declared a unilateral truce": a
 * pattern marked `home` (coercion, threats of it, concessions at home) that
 * finds no target is aimed at the source's own country, as the gold codes
 * it, when the sentence names no other country, puts its places at home and
 * says nothing foreign of the object ("seized the assets of foreign
 * companies"). A country named only as a border's other side ("declared a
 * state of emergency along its border with Ecuador") is where, not whom. */
#define HOME_OBJECT_WORDS 12 /* words after the verb read for a foreign object */

/* "foreign" before a noun, not a compound's first half ("foreign-funded charities") */
static int foreign_object(const ts_sent *s, size_t i, size_t end)
{
    static const ts_lit foreign[] = {LIT("foreign"), LIT("Foreign"), LIT("overseas"), LIT("multinational"),
                                     LIT("multinationals"), LIT("expatriate"), LIT("expatriates")};
    for (size_t k = i + 1; k < end && k < s->ntok && k <= i + HOME_OBJECT_WORDS; k++)
        if (ts_tok_in(s, k, foreign, sizeof foreign / sizeof foreign[0]) && !ts_is_punct(s, k + 1, '-') &&
            !(k + 1 < s->ntok && k + 1 < end && (TOK_IS(s, k + 1, "agent") || TOK_IS(s, k + 1, "agents") ||
                                                TOK_IS(s, k + 1, "influence"))))
            return 1; /* "the foreign agents law" brands a country's own groups: still at home */
    return 0;
}

/* "opened Darfur to aid workers of the World Food Programme": an
 * organisation the object names is the party an act at home is done to */
static int object_organisation(const ts_sent *s, size_t i, size_t end, int src)
{
    for (size_t k = i + 1; k < end && k < s->ntok && k <= i + HOME_OBJECT_WORDS; k++) {
        int mk = s->mid[k];
        if (mk >= 0 && mk != src && s->m[mk].kind == M_NAME && ts_igo_code(s->m[mk].code))
            return mk;
    }
    return -1;
}

/* Is mention t, after verb i, inside a phrase of circumstance ("after
 * clashes between the army and a militia", "amid protests by students",
 * "following attacks on police") that tells why or when the act was done,
 * with no other mention between? */
static int in_circumstance(const ts_sent *s, size_t i, int t)
{
    static const ts_lit why[] = {LIT("after"), LIT("amid"), LIT("following"), LIT("during")};
    for (size_t k = (size_t)s->m[t].t0; k-- > i + 1;) {
        if (ts_tok_in(s, k, why, sizeof why / sizeof why[0]))
            return 1;
        if (hard_boundary(s, k) || (s->mid[k] >= 0 && s->mid[k] != t))
            return 0;
    }
    return 0;
}

static void home_act(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    if (!(vc->pm.p->flags & P_HOME) || vc->src < 0 || vc->pm.target >= 0)
        return;
    const char *sc = s->m[vc->src].code;
    if (strlen(sc) < 3 || ts_igo_code(sc) || !strncmp(sc, "WST", 3))
        return;
    if (!strncmp(vc->code, "087", 3) && (strlen(sc) != 6 || strcmp(sc + 3, "REB")))
        return; /* a state's truce is with another party; a rebel group's is with its government */
    if (!strcmp(vc->code, "0841") && strlen(sc) == 6 && (!strcmp(sc + 3, "COP") || !strcmp(sc + 3, "MIL")))
        return; /* "Police freed 17 kidnapped schoolchildren": a rescue from captors, no release of theirs */
    if (ts_ctx_other_state(s->ctx, sc))
        return; /* a story of another state: "Washington refused to lift those restrictions"
                   (on Ukraine), "Hamas declared a unilateral ceasefire", "Israel seized land" */
    if (root_of(vc->code) != 8 && !strncmp(s->ctx->attacker, sc, 3) && strlen(s->ctx->attacked) >= 3 &&
        !ts_igo_code(s->ctx->attacked) && strncmp(s->ctx->attacked, sc, 3))
        return; /* "Russian forces seized farms" in a story of Russia's war on Ukraine: not at home */
    if (strlen(sc) == 6 && root_of(vc->code) != 8 && strstr("GOV MIL COP JUD LEG SPY REB", sc + 3) == NULL)
        return; /* coercion and its threats are a state's or an armed group's, not a firm's or a paper's */
    if (vc->tgt >= 0 && in_circumstance(s, i, vc->tgt))
        vc->tgt = -1; /* "imposed a curfew after clashes between police and protesters": why, not on whom */
    if (vc->tgt >= 0) {
        const ts_mention *t = &s->m[vc->tgt];
        if (strlen(t->code) == 3 && !strncmp(t->code, sc, 3)) {
            /* its own land or town ("opened Darfur to ..."): an organisation named is the party */
            int org = object_organisation(s, i, vc->end, vc->src);
            if (org >= 0) {
                vc->tgt = org;
                vc->rule = "target: the organisation the object of an act at home names";
            }
            return;
        }
        if (!((t->kind == M_NAME || t->kind == M_ADJ) && across_border(s, t)))
            return; /* the pattern found its party */
        vc->tgt = -1; /* "along its border with Ecuador": a place */
    }
    if (s->place_cc[0] && strncmp(s->place_cc, sc, 3))
        return; /* "imposed martial law in occupied Kherson": the place's (verb_emit) */
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if ((int)k != vc->src && (x->kind == M_NAME || x->kind == M_ADJ) && strlen(x->code) >= 3 &&
            !ts_igo_code(x->code) && strncmp(x->code, sc, 3) && !across_border(s, x))
            return; /* another country is named: it may be the one meant */
    }
    if (foreign_object(s, i, vc->end))
        return;
    int org = object_organisation(s, i, vc->end, vc->src);
    if (org >= 0) {
        vc->tgt = org;
        vc->rule = "target: the organisation the object of an act at home names";
        return;
    }
    /* a bare state acts on its people ("Ethiopia suspended mobile internet") */
    char cc[7] = {sc[0], sc[1], sc[2], '\0'};
    if (strlen(sc) == 3)
        memcpy(cc + 3, "CVL", 4);
    vc->tgt = add_actor(s, cc, 0, 0);
    vc->nosym = 1; /* "the rebels announced a unilateral truce": theirs alone */
    if (vc->tgt >= 0)
        vc->rule = "target: a state's act at home (pattern option home) in a sentence that names no other country";
}

/* "The senate rejected the president's bid to dissolve it, calling it a
 * breach of the charter", "Kyiv rejected the plan, calling it
 * blackmail": a participle of labelling after a comma whose object is "it"
 * or "them" judges what the clause before acted on: that clause's target,
 * not the pronoun's guess (often the subject itself). */
static void labelled_before(gstate *g, size_t i, vcode *vc)
{
    const ts_sent *s = g->s;
    static const ts_lit ings[] = {LIT("calling"),   LIT("describing"), LIT("branding"), LIT("labelling"),
                                  LIT("labeling"),  LIT("terming"),    LIT("dubbing"),  LIT("denouncing")};
    if (vc->tgt < 0 || g->last_target < 0 || g->v[i].kind != V_ING || i < 2 || !ts_is_comma(s, i - 1) ||
        i + 1 >= s->ntok || !ts_tok_in(s, i, ings, sizeof ings / sizeof ings[0]) ||
        !judging_code(vc->pm.p->code) || s->m[vc->tgt].t0 != i + 1 ||
        !(TOK_IS(s, i + 1, "it") || TOK_IS(s, i + 1, "them")) || g->last_target == vc->src)
        return;
    vc->tgt = g->last_target;
    vc->rule = "\", calling it a farce\": what the clause before acted on, its party";
}

/* "The junta has detained the president at his residence", "mutinous
 * soldiers arrested the prime minister": coup makers' coercion (17x) of the
 * leader they deposed, whom the dictionaries read as the same government,
 * is an act at home on the country (the leader is no longer its
 * government), not an act of the government on itself. */
static void coup_captive(gstate *g, vcode *vc)
{
    static const ts_lit makers[] = {LIT("junta"),     LIT("mutineers"), LIT("putschists"), LIT("soldiers"),
                                    LIT("army"),      LIT("military"),  LIT("officers"),   LIT("troops")};
    static const ts_lit leaders[] = {LIT("president"), LIT("premier"), LIT("minister"), LIT("leader")};
    ts_sent *s = g->s;
    if (root_of(vc->code) != 17 || vc->src < 0 || vc->tgt < 0)
        return;
    ts_mention *a = &s->m[vc->src], *b = &s->m[vc->tgt];
    if (strlen(a->code) != 6 || strcmp(a->code, b->code) || strcmp(a->code + 3, "GOV") || b->person ||
        !ts_tok_in(s, a->head, makers, sizeof makers / sizeof makers[0]) ||
        !ts_tok_in(s, b->head, leaders, sizeof leaders / sizeof leaders[0]))
        return;
    b->code[3] = '\0';
    vc->rule = "target: the leader coup makers hold is no longer the government: an act at home";
}

/* ---- posture in answer to another's move ----
 * "Taiwan scrambled jets after Chinese warplanes crossed the median line",
 * "Seoul lifted its readiness level in answer to the North's
 * drills", "Lithuania deployed air defences after drone incursions from
 * Belarus": a show of force (15x) that names no party is aimed at the one
 * whose move it answers, named at the head of the after- or response phrase
 * or after its "by" / "from" (or "with" after "tensions": "amid tensions with
 * China"); a phrase that names nobody but tells an
 * intrusion or a drill ("after the drone incursions") answers the story's
 * last attacker, else the other of the story's pair the source is in, else
 * the story's latest other state. */
#define POSTURE_CUE_WORDS 16   /* from the verb to "after" / "in response to" */
#define POSTURE_CAUSE_WORDS 10 /* from the cue to the party it names */

static const ts_lit posture_moves[] = {
    LIT("incursion"),  LIT("incursions"), LIT("intrusion"), LIT("intrusions"), LIT("drills"),
    LIT("drill"),      LIT("exercises"),  LIT("exercise"),  LIT("flights"),    LIT("overflights"),
    LIT("violation"),  LIT("violations"), LIT("launch"),    LIT("launches"),   LIT("test"),
    LIT("tests"),      LIT("provocation"), LIT("provocations"), LIT("attack"), LIT("attacks"),
    LIT("strikes"),    LIT("buildup"),    LIT("build-up"),  LIT("manoeuvres"), LIT("maneuvers"),
    LIT("sightings"),  LIT("threats"),    LIT("warplanes"), LIT("drones"),     LIT("missiles")};

/* The token after a cue of response at k ("after", "following", "amid", "as"
 * before a party, "in response / reaction / retaliation to / for",
 * "responding to"), or 0; *bare set for "in response" with no phrase, which
 * answers the story's last move. */
static size_t response_cue(const ts_sent *s, size_t k, int *bare)
{
    if (TOK_IS(s, k, "after") || TOK_IS(s, k, "following") || TOK_IS(s, k, "amid"))
        return k + 1;
    if (TOK_IS(s, k, "as") && k + 1 < s->ntok && s->mid[k + 1] >= 0)
        return k + 1; /* "scrambled jets as Russia launched strikes": a clause, not "as part of" */
    if ((TOK_IS(s, k, "responding") || TOK_IS(s, k, "Responding")) && k + 1 < s->ntok && TOK_IS(s, k + 1, "to"))
        return k + 2;
    if (TOK_IS(s, k, "in") && k + 1 < s->ntok &&
        (TOK_IS(s, k + 1, "response") || TOK_IS(s, k + 1, "reaction") || TOK_IS(s, k + 1, "retaliation") ||
         TOK_IS(s, k + 1, "answer"))) {
        if (k + 2 < s->ntok && (TOK_IS(s, k + 2, "to") || TOK_IS(s, k + 2, "for")))
            return k + 3;
        *bare = 1; /* "scrambled fighter jets in response." */
        return k + 2;
    }
    return 0;
}

static int posture_answered(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    if (root_of(vc->code) != 15 || vc->src < 0 || vc->pm.target >= 0)
        return -1;
    const char *sc = s->m[vc->src].code;
    if (strlen(sc) < 3 || ts_igo_code(sc) || !strncmp(sc, "WST", 3))
        return -1;
    if (vc->tgt >= 0 && strncmp(s->m[vc->tgt].code, sc, 3))
        return -1; /* the pattern found another party */
    size_t cue = 0;
    int bare = 0;
    if (s->m[vc->src].t0 < i) /* "In response, Taiwan put ...", "Responding to the drills, Taiwan ..." */
        cue = response_cue(s, 0, &bare);
    for (size_t k = i + 1; k < s->ntok && k < i + POSTURE_CUE_WORDS && !cue; k++) {
        if (hard_boundary(s, k) || (s->gram[k] & G_REL) || (W(s, k) && (W(s, k)->gram & G_SAY) && g->isverb[k]))
            return -1; /* ", which ...", "..., officials said": no longer this verb's */
        cue = response_cue(s, k, &bare);
    }
    if (!cue)
        return -1;
    static const ts_lit strains[] = {LIT("tension"), LIT("tensions"), LIT("standoff"), LIT("dispute"),
                                     LIT("row"),     LIT("feud"),     LIT("confrontation")};
    int moved = bare, strained = 0;
    for (size_t k = cue; k < s->ntok && k < cue + POSTURE_CAUSE_WORDS && !bare; k++) {
        if (hard_boundary(s, k) || ts_is_comma(s, k))
            break;
        moved |= ts_tok_in(s, k, posture_moves, sizeof posture_moves / sizeof posture_moves[0]);
        strained |= ts_tok_in(s, k, strains, sizeof strains / sizeof strains[0]);
        int mi = s->mid[k];
        if (mi < 0 || s->m[mi].t0 != k || g->skip[k])
            continue;
        const ts_mention *x = &s->m[mi];
        if (!x->code[0])
            continue; /* "after drone incursions from Belarus": a weapon that names nobody */
        size_t b = np_start(s, k);
        int head = b == cue || (b > cue && (s->gram[b - 1] & G_BY)) || (b > cue && TOK_IS(s, b - 1, "from")) ||
                   (b > cue && strained && TOK_IS(s, b - 1, "with")); /* "amid tensions with China" */
        if (!head)
            break; /* "after talks with the US": no mover */
        if ((x->kind != M_NAME && x->kind != M_ADJ) || strlen(x->code) < 3 || ts_igo_code(x->code) ||
            !strncmp(x->code, "WST", 3) || !strncmp(x->code, sc, 3) || across_border(s, x))
            break;
        vc->tgt = mi;
        vc->rule = "target: a show of force answers the party whose move its after- or response phrase names";
        return mi;
    }
    if (!moved)
        return -1;
    const char *c = NULL;
    if (strlen(s->ctx->attacker) >= 3 && !ts_igo_code(s->ctx->attacker) && strncmp(s->ctx->attacker, sc, 3) &&
        strncmp(s->ctx->attacker, "WST", 3))
        c = s->ctx->attacker;
    for (int k = 0; k < 2 && !c; k++) /* the other of the story's pair the source is in ("drills around Taiwan") */
        if (!strncmp(s->ctx->pair[k], sc, 3) && strlen(s->ctx->pair[1 - k]) >= 3 &&
            !ts_igo_code(s->ctx->pair[1 - k]) && strncmp(s->ctx->pair[1 - k], sc, 3) &&
            strncmp(s->ctx->pair[1 - k], "WST", 3))
            c = s->ctx->pair[1 - k];
    if (!c)
        c = ts_ctx_other_state(s->ctx, sc);
    if (!c)
        return bare && vc->tgt < 0 ? -2 : -1; /* "scrambled jets in response": to a move the story never told */
    char cc[4] = {c[0], c[1], c[2], '\0'};
    int m = add_actor(s, cc, 0, 0);
    if (m < 0)
        return -1;
    vc->tgt = m;
    vc->rule = "target: a show of force after an intrusion or drills no one is named for answers the story's intruder";
    return m;
}

/* Does an aerial weapon follow verb i in its clause ("bombed the base with
 * drones")? */
#define AERIAL_WEAPON_SPAN 12
static int aerial_weapon_after(const ts_sent *s, size_t i)
{
    static const ts_lit air[] = {LIT("drone"),    LIT("drones"),    LIT("aircraft"), LIT("jet"),
                                 LIT("jets"),     LIT("warplane"),  LIT("warplanes"), LIT("plane"),
                                 LIT("planes"),   LIT("missile"),   LIT("missiles"), LIT("helicopter"),
                                 LIT("helicopters"), LIT("airstrike"), LIT("airstrikes"), LIT("air")};
    for (size_t q = i + 1; q < s->ntok && q < i + AERIAL_WEAPON_SPAN; q++) {
        if (hard_boundary(s, q))
            break;
        if (ts_tok_in(s, q, air, sizeof air / sizeof air[0]))
            return 1;
    }
    return 0;
}

static int armed_group(const ts_sent *s, int m);

/* "Japan protested the missile launch, saying it violated U.N. resolutions",
 * "China condemned the strike, saying it breached international law": after
 * ", saying (that)" or "and said (that)", an "it" that violates norms (128) is the act the clause
 * before spoke of, not the speaker: no violation of the speaker's. */
static int saying_it_violated(const gstate *g, size_t i, const vcode *vc)
{
    const ts_sent *s = g->s;
    size_t c0 = (size_t)g->v[i].chain0;
    if (!vc->pm.p || strcmp(vc->pm.p->code, "128") || c0 < 4 || c0 > i)
        return 0;
    size_t p = c0 - 1; /* the clause's subject, right before its verb chain */
    if (!TOK_IS(s, p, "it"))
        return 0;
    size_t q = TOK_IS(s, p - 1, "that") ? p - 1 : p;
    return q >= 3 && ((TOK_IS(s, q - 1, "saying") && ts_is_comma(s, q - 2)) ||
                      (TOK_IS(s, q - 1, "said") && TOK_IS(s, q - 2, "and"))); /* "condemned the launch and said it violated" */
}

/* "will", or "is going to" that mark_adverbials read as it */
static int will_at(const ts_sent *s, size_t c0)
{
    return TOK_IS(s, c0, "will") ||
           (c0 + 1 < s->ntok && (s->gram[c0] & G_FUT) && TOK_IS(s, c0 + 1, "going") && (s->gram[c0 + 1] & G_FUT));
}

/* "North Korea carried out a nuclear test. Seoul condemned what it called
 * maniacal recklessness": a damning label that names no party, put by the
 * subject of a verb of judgement (verb i of "what X called" the label's)
 * on its object, judges the doer of the act the sentence before told: the
 * doer of its last act done, else the first verb's subject (lead_doer); not
 * the judge's own country. Sets *src to the judging verb's subject; the
 * doer's mention, or -1. */
static int what_label_story_doer(gstate *g, size_t i, int *src)
{
    static const char *const judging[] = {"condemn", "denounc", "decr", "critici", "slam", "blast", "deplor",
                                          "protest", NULL};
    ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    size_t w = (size_t)s->m[v->subj].t0 - 1; /* "what" */
    if (w == 0 || v->passive || v->neg || !g->isverb[w - 1] || g->v[w - 1].kind != V_FINITE ||
        g->v[w - 1].neg || g->v[w - 1].subj < 0 || !key_starts(s, w - 1, judging))
        return -1;
    int judge = g->v[w - 1].subj;
    int m = story_label_doer(g, judge, i + 1);
    if (m >= 0)
        *src = judge;
    return m;
}

/* The doer of the act the story told before, judged by mention judge with a
 * label from token lab0 that names no party ("what it called maniacal
 * recklessness"): the doer of the last sentence's last act done, else its
 * first verb's subject (lead_doer); not the judge's own country. A new
 * mention, or -1. */
static int story_label_doer(gstate *g, int judge, size_t lab0)
{
    ts_sent *s = g->s;
    for (size_t q = lab0; q < s->ntok && q < lab0 + WHAT_DOER_WORDS; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (s->gram[q] & (G_SUB | G_REL | G_CONJ)))
            break;
        if (s->mid[q] >= 0)
            return -1; /* the label names a party: what_label_doer's */
    }
    const char *jc = s->m[judge].code;
    const char *who = !s->ctx->last_said && s->ctx->last_src[0] ? s->ctx->done_src : s->ctx->lead_doer;
    if (strlen(jc) < 3 || strlen(who) < 3 || !strncmp(who, jc, 3))
        return -1;
    return add_remembered(s, who);
}

static int verb_conventions(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    if (background_relative(g, i) || progressive_relative(g, i, vc) || injury_of_coercion(g, i))
        return 0;
    if (saying_it_violated(g, i, vc))
        return 0; /* "protested the launch, saying it violated U.N. resolutions": the launch did */
    int judged = -1;
    if (v->subj >= 0 && s->m[v->subj].t0 > 0 && TOK_IS(s, s->m[v->subj].t0 - 1, "what") &&
        (label_verb(s, i) || TOK_IS(s, i, "denounced") || TOK_IS(s, i, "condemned"))) {
        judged = in_what_judged(g, i);
        vc->rule = "\"in what X called a coup\": X judges the doer of the act the clause before tells";
        if (judged < 0) {
            judged = what_label_doer(g, i, &vc->src);
            vc->rule = "\"condemned what it called provocative acts by X\": the label's subject judges their doer";
        }
        if (judged < 0 && (judged = what_label_story_doer(g, i, &vc->src)) >= 0)
            vc->rule = "\"condemned what it called reckless provocation\": the doer of the act the story told before";
        if (judged < 0)
            return 0; /* "investigated what Trudeau called credible allegations": a label, no act of his */
        vc->tgt = judged;
    } else if (v->subj >= 0 && (label_verb(s, i) || TOK_IS(s, i, "denounced") || TOK_IS(s, i, "condemned")) &&
               (judged = act_noun_judged(g, i)) >= 0) {
        vc->tgt = judged;
        vc->rule = "\"..., a move X called a coup\": X judges the doer of the clause before";
    }
    if (judged < 0)
        labelled_before(g, i, vc);
    /* code and CAMEO conventions */

    copy_code(vc->code, judged >= 0 ? "111" : vc->pm.p->code, sizeof vc->code);
    if (!strncmp(vc->code, "171", 3) && vc->src >= 0) {
        /* "protesters set fire to the prime minister's home": a crowd that
           burns or wrecks is a violent protest (145), not a seizure by force */
        const ts_mention *x = &s->m[vc->src];
        const char *sec = x->kind == M_UNRES ? x->sector : strlen(x->code) == 6 ? x->code + 3 : "";
        if (!strcmp(sec, "CVL") || !strcmp(sec, "OPP"))
            copy_code(vc->code, "145", sizeof vc->code);
        else if ((x->weapon || vc->rule == rule_attack_owner || vc->story_src) && !strcmp(vc->code, "1712"))
            copy_code(vc->code, "195", sizeof vc->code); /* "An Israeli air strike destroyed the consulate" */
    }
    if (!strcmp(vc->code, "190") && vc->src >= 0 && vc->tgt >= 0 &&
        (s->m[vc->tgt].people || s->m[vc->tgt].kind == M_ADJ) &&
        strlen(s->m[vc->src].code) >= 3 && !strncmp(s->m[vc->src].code, s->m[vc->tgt].code, 3) &&
        (!strcmp(lemma_of(s, i), "drive") || !strcmp(lemma_of(s, i), "expel"))) {
        /* "Myanmar's army drove the Rohingya out of their villages": a state's
           forces driving out a people of their own country expel it (201) */
        copy_code(vc->code, "201", sizeof vc->code);
    }
    if (root_of(vc->code) >= 18 && root_of(vc->code) <= 20 && vc->src >= 0 && cyber_doer(g, i, vc->src)) {
        /* "Russian hackers targeted Ukraine's power grid": a crew of hackers
           strikes computers, as hacking (171), not with arms */
        copy_code(vc->code, "171", sizeof vc->code);
        vc->rule = "hackers or a cyber attack strike computers, not with arms (171, as hacking)";
    }
    if (!strcmp(vc->code, "183") && vc->src >= 0 && !strcmp(lemma_of(s, i), "bomb")) {
        /* "The Sudanese army bombed a market in Nyala": an army bombs from the
           air (195); a militia's bombing of a market is an improvised bomb (183) */
        const ts_mention *x = &s->m[vc->src];
        const char *sec = x->kind == M_UNRES ? x->sector : strlen(x->code) == 6 ? x->code + 3 : "";
        if (!strcmp(sec, "MIL"))
            copy_code(vc->code, "195", sizeof vc->code);
    }
    if (root_of(vc->code) >= 18 && vc->src >= 0 && v->kind == V_INF && v->govv >= 0 &&
        (size_t)v->govv < s->ntok && lemma_of(s, (size_t)v->govv) && !strcmp(lemma_of(s, (size_t)v->govv), "vote") &&
        strlen(s->m[vc->src].code) == 6 && !strcmp(s->m[vc->src].code + 3, "LEG"))
        /* "Iraq's parliament voted to expel US troops": a legislature fights no
           one; its vote for force is a demand on the party named */
        copy_code(vc->code, "100", sizeof vc->code);
    if (!strcmp(vc->code, "191") && vc->src >= 0 && civil_people(&s->m[vc->src]))
        copy_code(vc->code, "144", sizeof vc->code); /* "Fishermen blockaded French ports": a protest's blockade */
    if (root_of(vc->code) == 7 && vc->tgt >= 0 && (size_t)s->m[vc->tgt].t0 > i + 1) {
        size_t b = np_start(s, s->m[vc->tgt].t0);
        int weapons = !strncmp(vc->code, "072", 3); /* "joined the war against Germany" stays 074 */
        if (b > i + 1 && (TOK_IS(s, b - 1, "toward") || TOK_IS(s, b - 1, "towards") ||
                          (weapons && (TOK_IS(s, b - 1, "at") || TOK_IS(s, b - 1, "against")))))
            copy_code(vc->code, !strncmp(vc->code, "072", 3) ? "195" : "150", sizeof vc->code);
        /* "sent drones toward Israel": fired at it; "sent troops toward the border": a show of force */
        else if ((!strncmp(vc->code, "074", 3) || !strncmp(vc->code, "072", 3)) &&
                 hostile_purpose(s, i + 1, (size_t)s->m[vc->tgt].t0))
            copy_code(vc->code, "150", sizeof vc->code); /* "sent a carrier to the region to deter Iran" */
        /* "dispatched forces to monitor the Chinese activity": posture, not help */
    }
    if (vc->tgt < 0 && vc->src >= 0 && root_of(vc->code) == 15 && vc->pm.last > i && vc->pm.last < s->ntok &&
        ts_in_class(s->d, W(s, vc->pm.last), CL_DRILL)) {
        /* "sent frigates to shadow the manoeuvres": the story's drills, its holder's */
        int m = story_act_doer(g, vc->pm.last, 0, s->m[vc->src].code);
        if (m >= 0 && strlen(s->m[vc->src].code) >= 3 && strncmp(s->m[m].code, s->m[vc->src].code, 3)) {
            vc->tgt = m;
            vc->rule = "target: the holder of the story's drills a show of force watches";
        }
    }
    /* forces sent to watch drills no one holds in the story: nobody's posture is told */
    int drop = vc->tgt < 0 && root_of(vc->code) == 15 && vc->pm.last > i && vc->pm.last < s->ntok &&
                       ts_in_class(s->d, W(s, vc->pm.last), CL_DRILL) && hostile_purpose(s, i + 1, vc->pm.last)
                   ? 2
                   : 0;
    if (v->gov == GOV_OTHER || v->gov == GOV_PREP || v->gov == GOV_HEDGE || v->hedge || yes_no_question(s))
        drop = 2;
    if (v->cond || g->said_neg || (g->deny_at >= 0 && (int)i > g->deny_at && i < g->deny_end))
        drop = 2;
    size_t fq = !v->cond && !g->incond[i] ? force_kept_open(g, i, vc->code) : 0;
    if (fq) {
        int ft = force_target(g, fq, vc->end, vc->src);
        if (ft >= 0)
            vc->tgt = ft; /* not "military" read as the source's own forces */
        else if (vc->tgt >= 0 && vc->src >= 0 && !strncmp(s->m[vc->tgt].code, s->m[vc->src].code, 3))
            vc->tgt = -1;
        copy_code(vc->code, "138", sizeof vc->code);
        v->neg = v->fut = v->modal = 0; /* "would not rule out": the stance is the threat */
        v->gov = GOV_NONE;
    } else if (root_of(vc->code) == 12 && vc->src >= 0 && vc->tgt >= 0 &&
               !strncmp(s->m[vc->tgt].code, s->m[vc->src].code, 3) &&
               !(strlen(s->m[vc->tgt].code) == 6 && strstr("REB OPP INS SEP", s->m[vc->tgt].code + 3)) &&
               (fq = rule_out_at(g, i)) != 0) {
        /* "Israel ruled out a military strike on Iran", "Germany ruled out sending
           troops to Ukraine": not its own "military" or troops (its rebels and
           opposition are parties: "ruled out talks with the rebels") */
        vc->tgt = force_target(g, fq, vc->end, vc->src);
        if (vc->tgt < 0)
            return 0;
    }
    int refuse_to = v->neg_to && !v->neg && (v->gov == GOV_PLEDGE || v->gov == GOV_ASPECT);
    if (((v->neg && v->fut && v->gov == GOV_NONE) || refuse_to) && !v->modal && !drop && vc->r0 >= 3 &&
        vc->r0 <= 8) {
        /* "X will not cooperate with Y", "won't attend the talks": a refusal (12),
           not a negated act */
        static const char *const refusal[9] = {"", "", "", "120", "125", "120", "121", "120", "124"};
        copy_code(vc->code, refusal[vc->r0], sizeof vc->code);
        vc->nosym = 1;
        v->neg = 0;
        v->fut = 0;
        v->gov = GOV_NONE; /* the refusal is the act, not an intention */
    }
    if (!drop && refused_tolerance(s, i, vc->code)) {
        if (!(v->neg && v->fut && !v->modal))
            drop = 2; /* "the region tolerated the militias" */
        v->neg = v->fut = 0; /* the refusal is the warning */
    }
    if (!drop && answer_held_out(s, i, vc->code) && !v->fut && v->gov != GOV_PLEDGE && v->gov != GOV_INTENT)
        drop = 2; /* "Israel responded to the attack": an answer given, not held out */
    if (v->neg || (v->neg_to && (!refuse_to || vc->r0 > 8)))
        drop = 1; /* "did not condemn", "plans not to renew"; "vowed not to attack": no threat */
    int borne = drop ? 0 : borne_threat(s, i, vc->code);
    if ((borne == 1 && !(v->fut && (v->attributed || g->say_speaker >= 0))) ||
        (borne == 2 && !(v->attributed && g->say_speaker >= 0)))
        drop = 2; /* "faced the consequences of the invasion"; the writer's "playing with fire" */
    if (!drop && root_of(vc->code) == 13 && !v->fut && !v->modal && v->gov != GOV_PLEDGE &&
        v->gov != GOV_INTENT &&
        (!strcmp(lemma_of(s, i), "take") || !strcmp(lemma_of(s, i), "teach") || !strcmp(lemma_of(s, i), "wipe") ||
         !strcmp(lemma_of(s, i), "punish")))
        drop = 2; /* "took resolute measures against Lithuania", "taught them a lesson": done, no threat */
    if (v->gov == GOV_NEG)
        drop = 1; /* "failed to reach a deal", "refrained from condemning" */
    if (!drop && (v->gov == GOV_INTENT || v->gov == GOV_PLEDGE)) {
        if (!intent_code(vc->pm.p->code, v->gov == GOV_PLEDGE, vc->code))
            drop = 2;
        vc->flags |= TOCSIN_EV_INTENT;
    } else if (!drop && v->modal) {
        drop = 2;
    } else if (!drop && (v->fut || borne == 2) && root_of(vc->code) == 13 && v->attributed &&
               g->say_speaker >= 0 && vc->src != g->say_speaker &&
               (vc->src < 0 || strncmp(s->m[vc->src].code, s->m[g->say_speaker].code, 3))) {
        /* "China said Japan would pay a price": the speaker threatens Japan (but "Iran said
           Tehran would respond": its own answer) */
        vc->tgt = vc->src;
        vc->src = g->say_speaker;
    } else if (!drop && v->fut) {
        /* future: a pledge or threat when reported from the actor, else a prediction */
        int own = g->say_speaker < 0 || vc->src == g->say_speaker ||
                  (vc->src >= 0 && !strncmp(s->m[vc->src].code, s->m[g->say_speaker].code, 3)) ||
                  s->m[vc->src].resolved ||
                  (s->m[g->say_speaker].kind == M_UNRES && (!strcmp(s->m[g->say_speaker].sector, "GOV") ||
                                                            !strcmp(s->m[g->say_speaker].sector, "MIL")));
        /* "Germany will deliver Patriots to Ukraine, the defence ministry said": its own ministry */
        /* unattributed, a cooperative act in the future tense is the announced plan
           the news reports ("Japan will provide loans to Manila"), not the writer's guess */
        int plan = !v->attributed && g->say_speaker < 0 && !v->hedge && vc->r0 >= 4 && vc->r0 <= 8 &&
                   v->kind == V_FINITE && (size_t)v->chain0 > 0 && will_at(s, (size_t)v->chain0);
        /* nor is a retaliation in the future tense: the vow of a quote or statement
           ("'Afghanistan will retaliate.'"), which no writer predicts on his own */
        int first_clause = 1; /* not "Analysts expect that Afghanistan will retaliate" */
        for (size_t q = 0; q < (size_t)v->chain0 && first_clause; q++)
            first_clause = !(g->isverb[q] || (s->gram[q] & (G_SUB | G_REL)) || TOK_IS(s, q, "that"));
        plan |= !v->attributed && g->say_speaker < 0 && !v->hedge && v->kind == V_FINITE && first_clause &&
                retaliation_verb(s, i) && (size_t)v->chain0 > 0 && will_at(s, (size_t)v->chain0);
        if ((v->attributed || plan) && own && intent_code(vc->pm.p->code, 1, vc->code)) {
            vc->flags |= TOCSIN_EV_INTENT;
            if (!strncmp(vc->pm.p->code, "114", 3) && !strcmp(lemma_of(s, i), "summon"))
                copy_code(vc->code, vc->pm.p->code, sizeof vc->code); /* "said it would summon the
                                                   ambassador": a summons announced is one made, no threat */
        } else
            drop = 2; /* another's prediction about Y */
        if (!drop && root_of(vc->code) == 13 && g->say_speaker >= 0 && vc->src >= 0 && vc->src != g->say_speaker &&
            !strncmp(s->m[vc->src].code, s->m[g->say_speaker].code, 3))
            vc->src = g->say_speaker; /* "Kim warned that North Korea would ..." */
        if (!drop && root_of(vc->code) == 13 && vc->tgt < 0)
            vc->tgt = condition_actor(g, vc->src); /* "... if South Korea attacked" */
    }
    if (!drop && (root_of(vc->code) == 6 || root_of(vc->code) == 7) && habitual(g, i, vc->end))
        drop = 2; /* "Bulgaria imports 90% of its gas from Russia": a state of affairs */
    if (drop && !(g->options & 1))
        return 0;
    if (drop)
        vc->flags |= drop == 1 ? TOCSIN_EV_NEGATED : TOCSIN_EV_HYPOTHETICAL;
    if (vc->tgt >= 0 && vc->src >= 0 &&
        (root_of(vc->code) == 18 || root_of(vc->code) == 19 || !strcmp(vc->code, "170")) &&
        strlen(s->m[vc->src].code) == 6 && !strcmp(s->m[vc->src].code + 3, "COP") &&
        strlen(s->m[vc->tgt].code) == 6 &&
        (!strcmp(s->m[vc->tgt].code + 3, "CVL") || !strcmp(s->m[vc->tgt].code + 3, "OPP")) &&
        !deliberate_harm(vc->code))
        memcpy(vc->code, "175", 4); /* police firing on protesters: violent repression */
    else if (vc->src >= 0 && !strcmp(vc->code, "190") && strlen(s->m[vc->src].code) == 6 &&
             !strcmp(s->m[vc->src].code + 3, "COP") && !strcmp(lemma_of(s, i), "kill") &&
             !(vc->tgt >= 0 && strlen(s->m[vc->tgt].code) == 6 &&
               (!strcmp(s->m[vc->tgt].code + 3, "REB") || !strcmp(s->m[vc->tgt].code + 3, "MIL"))))
        memcpy(vc->code, "180", 4); /* "a child was killed by a police officer": no battle */
    const ts_word *vw = ts_w(s, i);
    if (vc->src >= 0 && !strcmp(vc->code, "190") && strlen(s->m[vc->src].code) == 6 &&
        (!strcmp(s->m[vc->src].code + 3, "CVL") || !strcmp(s->m[vc->src].code + 3, "OPP")) && vw &&
        !strcmp(ts_lex_name(&s->d->lex, (int32_t)vw->lemma), "storm"))
        memcpy(vc->code, "145", 4); /* a crowd storming a building: a violent protest */
    if (vc->src >= 0 && !strncmp(vc->code, "145", 3) && strlen(s->m[vc->src].code) == 6 &&
        !strcmp(s->m[vc->src].code + 3, "REB"))
        memcpy(vc->code, "180", 4); /* "Al Shabaab fighters stormed a hotel": an assault, no protest */
    if (vc->src >= 0 && !strncmp(vc->code, "175", 3) && strlen(s->m[vc->src].code) == 6 &&
        !strcmp(s->m[vc->src].code + 3, "REB"))
        memcpy(vc->code, "190", 4); /* "Jihadists stormed a military camp": an attack, no repression */
    if (vc->src >= 0 && !strcmp(vc->code, "195") && armed_group(s, vc->src) && !s->m[vc->src].weapon &&
        !strcmp(lemma_of(s, i), "bomb") && !aerial_weapon_after(s, i)) {
        /* "ELN guerrillas bombed an oil pipeline", "the PKK bombed a police station":
           an armed group's bomb is planted, no air raid (183), unless it flies */
        memcpy(vc->code, "183", 4);
    }
    static const ts_lit crowd[] = {LIT("protesters"), LIT("protestors"), LIT("demonstrators"), LIT("rioters"),
                                   LIT("crowd"),      LIT("crowds")}; /* a mob may lynch, not protest */
    if (vc->src >= 0 && (root_of(vc->code) == 18 || root_of(vc->code) == 19) && strlen(s->m[vc->src].code) == 6 &&
        !strcmp(s->m[vc->src].code + 3, "CVL") &&
        ts_tok_in(s, s->m[vc->src].head, crowd, sizeof crowd / sizeof crowd[0])) {
        memcpy(vc->code, "145", 4); /* "protesters attacked the embassies", "clashed with police": a riot, */
        vc->nosym = 1;              /* the crowd's only */
    }
    if ((root_of(vc->code) == 3 || root_of(vc->code) == 7) && vc->src >= 0 && vc->tgt >= 0 &&
        s->m[vc->tgt].kind == M_PRON && strlen(s->m[vc->src].code) >= 3 &&
        !strncmp(s->m[vc->src].code, s->m[vc->tgt].code, 3) && i > 0 && TOK_IS(s, i - 1, "to"))
        return 0; /* "sending jets to South Africa to help it defend its cities": "it" is not the sender */
    mood_clause_target(g, vc);
    story_proposal_maker(g, vc);
    information_topic(g, vc);
    admission_target(g, i, vc);
    if (!domestic_politics(g, i, vc))
        return 0;
    coup_captive(g, vc);
    int answered = posture_answered(g, i, vc);
    if (answered == -2)
        return 0; /* a show of force in answer to a mover nobody names: no target-less event */
    if (answered < 0)
        home_act(g, i, vc);
    return 1;
}

/* A state's organs or an armed group: who can strike, seize or arrest at a
 * place of its own choosing. */
static int state_or_armed(const ts_sent *s, int m)
{
    const char *c = s->m[m].code;
    size_t n = strlen(c);
    if (s->m[m].kind != M_NAME || n < 3 || ts_igo_code(c) || !strncmp(c, "WST", 3))
        return 0;
    return n == 3 || !strcmp(c + 3, "GOV") || !strcmp(c + 3, "MIL") || !strcmp(c + 3, "COP") ||
           !strcmp(c + 3, "REB");
}

/* A source that can bear arms, for patterns marked `armed` ("took control
 * of"): a state, an organisation, or its government, forces, police,
 * intelligence or armed groups; not its companies, people, media or parties
 * ("the company took control of a rival"). With `forces` (troops only:
 * "crossed into", "entered"), only soldiers, armed groups and their weapons,
 * not a state, a government or the police ("Finland entered NATO", "refugees
 * crossed into Chad", "police entered the newspaper's offices").
 * With `weapon`, only a weapon ("Russian shells landed on a market", not
 * "Russian jets landed in Iran"). A mention's sector decides where its
 * country is not known yet. */
static int armed_source(const ts_sent *s, int m, int mode)
{
    if (m < 0)
        return 0;
    const ts_mention *x = &s->m[m];
    if (x->kind == M_PRON && !x->resolved)
        return 0;
    if (mode == ARMED_WEAPON)
        return x->weapon || (x->kind == M_UNRES && !strcmp(x->sector, "WPN"));
    int forces = mode == ARMED_FORCES;
    const char *c = x->code;
    size_t n = strlen(c);
    const char *sec = n >= 6 ? c + 3 : x->sector;
    if (!sec[0])
        return !forces && n >= 3 && x->kind != M_UNRES;
    static const char armed[][4] = {"MIL", "REB", "WPN", "COP", "GOV", "SPY"};
    /* police who enter or burst into a building raid it at home (17x), no incursion */
    for (size_t k = 0; k < (forces ? 3 : sizeof armed / sizeof armed[0]); k++)
        if (!strncmp(sec, armed[k], 3))
            return 1;
    return 0;
}

/* An armed group (REB), whose attacks are at home: "Al-Shabaab claimed the
 * bombing in Mogadishu" is Somalia's insurgents against Somalia. */
static int armed_group(const ts_sent *s, int m)
{
    const char *c = s->m[m].code;
    return s->m[m].kind == M_NAME && strlen(c) == 6 && !strcmp(c + 3, "REB");
}

/* An armed group's bombing at k is no air raid: CAMEO's unconventional
 * bombing (183), a suicide (1831), car (1832) or roadside (1833) one by the
 * word before it; "a suicide attack" too. Other codes stay. */
static const char *improvised_code(const ts_sent *s, size_t k, const char *code)
{
    int bomb = TOK_IS(s, k, "bombing") || TOK_IS(s, k, "bombings") || TOK_IS(s, k, "blast") ||
               TOK_IS(s, k, "blasts") || TOK_IS(s, k, "explosion") || TOK_IS(s, k, "explosions");
    size_t q = k > 0 ? k - 1 : k;
    if (k > 0 && TOK_IS(s, q, "suicide") && (bomb || root_of(code) == 19))
        return "1831";
    if (!bomb)
        return code;
    if (k > 0 && TOK_IS(s, q, "car"))
        return "1832";
    if (k > 0 && TOK_IS(s, q, "roadside"))
        return "1833";
    return "183";
}

/* "Kabul claims Pakistan kept up its air raids", "Kyiv said
 * Russia fired missiles at power plants overnight":
 * force reported, with no party or place named, by a state other than the
 * one that used it, in a sentence that names no third country: the reporting
 * state is the one struck. Its country, or "". */
static void reporting_state(gstate *g, size_t i, int src, char cc[4])
{
    ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    int sp = v->attributed ? v->speaker : -1;
    if (sp < 0 && g->late_speaker >= 0 && i < g->late_at)
        sp = g->late_speaker;
    if (sp < 0 || src < 0 || !state_or_armed(s, sp) || !strcmp(s->m[sp].code + 3, "REB") ||
        !strncmp(s->m[sp].code, s->m[src].code, 3))
        return;
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if ((x->kind == M_NAME || x->kind == M_ADJ) && strlen(x->code) >= 3 &&
            strncmp(x->code, s->m[sp].code, 3) && strncmp(x->code, s->m[src].code, 3))
            return; /* a third country: who was struck is not clear */
    }
    memcpy(cc, s->m[sp].code, 3);
    cc[3] = '\0';
}

/* "denied any role in the attack in Mumbai": a country named right after
 * "in" or "near" that follows an act's noun is where the act was. */
static int act_place(const gstate *g, size_t i, size_t end, int src)
{
    const ts_sent *s = g->s;
    for (size_t k = i + 2; k + 1 < end && k < s->ntok; k++) {
        if (!(TOK_IS(s, k, "in") || TOK_IS(s, k, "near")))
            continue;
        int act = 0; /* "the attack in", "the killing of the tourists in" */
        for (size_t b = k; b-- > i + 1 && b + 5 > k && !act;)
            act = judged_act_word(s, b);
        if (!act)
            continue;
        size_t q = past_det(s, k + 1, end);
        int mi = q < end ? s->mid[q] : -1;
        if (mi < 0)
            return q < end && s->tok[q].kind == TK_WORD && s->tok[q].cas != CASE_LOWER; /* a place the gazetteer may know */
        return mi != src && s->m[mi].t0 == q && s->m[mi].kind == M_NAME && strlen(s->m[mi].code) >= 3 &&
               !ts_igo_code(s->m[mi].code) && strncmp(s->m[mi].code, s->m[src].code, 3);
    }
    return 0;
}

/* "denied bombing", "denies having shelled": a denial whose object is an
 * act of force, right after the verb. */
static int denied_force(const ts_sent *s, size_t i)
{
    static const ts_lit acts[] = {
        LIT("bombing"),  LIT("bombed"),    LIT("shelling"),  LIT("shelled"),  LIT("targeting"), LIT("targeted"),
        LIT("attacking"), LIT("attacked"), LIT("striking"),  LIT("struck"),   LIT("shooting"),  LIT("shot"),
        LIT("firing"),   LIT("fired"),     LIT("invading"),  LIT("invaded"),  LIT("raiding"),   LIT("raided"),
        LIT("downing"),  LIT("downed"),    LIT("killing"),   LIT("killed"),   LIT("sending"),   LIT("sent")};
    size_t q = i + 1;
    if (q < s->ntok && (TOK_IS(s, q, "having") || TOK_IS(s, q, "that")))
        q++;
    if (q < s->ntok && s->tok[q].cas == CASE_LOWER && ts_tok_in(s, q, acts, sizeof acts / sizeof acts[0]))
        return 1;
    /* "denied any role in the killing of the tourists in Pahalgam" */
    if (q < s->ntok && (TOK_IS(s, q, "any") || TOK_IS(s, q, "a") || TOK_IS(s, q, "its")))
        q++;
    if (q + 2 >= s->ntok || !(TOK_IS(s, q, "role") || TOK_IS(s, q, "involvement") || TOK_IS(s, q, "part") ||
                              TOK_IS(s, q, "responsibility") || TOK_IS(s, q, "hand")))
        return 0;
    if (!(TOK_IS(s, q + 1, "in") || TOK_IS(s, q + 1, "for")))
        return 0;
    q = past_det(s, q + 2, s->ntok);
    return q < s->ntok && judged_act_word(s, q);
}

/* Step 8: one event per (source, target) pair of the compound groups; joint
 * actions both ways. */
/* "Manila filed a complaint and its foreign ministry urged Beijing to
 * ...", "The bloc called for a halt to the fighting and pressed the
 * junta to ...": a disapproval, demand or protest that named no target
 * is addressed to the party of the appeal coordinated with it (same
 * country, joined by "and", nothing but that clause between). */
static void coordinated_pending(gstate *g, size_t i, const vcode *vc, const int *tgts, size_t nt)
{
    ts_sent *s = g->s;
    size_t p = (size_t)g->pend_verb;
    int ps = g->pend_src, r = root_of(vc->code);
    g->pend_verb = -1;
    if (p >= i || vc->src < 0 || !(r == 2 || (r >= 10 && r <= 14)) || g->v[i].attributed != g->v[p].attributed ||
        strncmp(s->m[ps].code, s->m[vc->src].code, 3))
        return;
    int and = 0;
    for (size_t q = p + 1; q < i; q++) {
        if ((TOK_IS(s, q, "as") && as_preposition(g, q)) ||
            (q > 0 && (s->gram[q - 1] & G_AND) && (s->gram[q] & G_ADV) && q + 1 == i))
            continue; /* "rejected the allegations as unfounded and (then) accused Chisinau" */
        if (hard_boundary(s, q) || (g->isverb[q] && g->v[q].kind == V_FINITE && q != i) ||
            ((s->gram[q] & (G_SUB | G_REL | G_CONJ)) && !(s->gram[q] & (G_PREP | G_AND))))
            return;
        and |= (s->gram[q] & G_AND) != 0;
    }
    if (!and)
        return;
    const char *rule = g->em.rule;
    g->em.rule = "a disapproval with no target of its own is addressed to the party of the appeal joined to it";
    for (size_t b = 0; b < nt; b++)
        if (strncmp(s->m[tgts[b]].code, s->m[ps].code, 3))
            emit(s, &g->em, ps, tgts[b], g->pend_code, p, g->pend_flags, g->pend_pat);
    g->em.rule = rule;
}

/* A party of a state visit: a state, its government, an organisation, an
 * armed group's delegation or a named official, not troops, police or crowds
 * ("Kenyan police arrived in Haiti" is a deployment, hosted by nobody). */
static int state_visit_party(const ts_sent *s, int m)
{
    const char *c = s->m[m].code;
    size_t n = strlen(c);
    return n == 3 || ts_igo_code(c) || s->m[m].person ||
           (n == 6 && (!strcmp(c + 3, "GOV") || !strcmp(c + 3, "REB"))); /* an official, a group's delegation */
}

/* Two mentions of one country's bodies ("the Pentagon and USAID"). */
static int same_country(const ts_sent *s, int a, int b)
{
    return strlen(s->m[a].code) >= 3 && !ts_igo_code(s->m[a].code) && !strncmp(s->m[a].code, s->m[b].code, 3);
}

/* Events an act of ns sources on nt targets gives (sym: both ways, and a
 * compound subject's members with each other); the lists are cut, the
 * longer first, until they give at most PARTY_PAIRS_MAX. */
static void cap_parties(size_t *ns, size_t *nt, int sym)
{
    for (;;) {
        size_t n = *nt > 0 ? *ns * *nt * (sym ? 2 : 1) : 0;
        if (sym && *ns > 1)
            n += *ns * (*ns - 1);
        if (n <= PARTY_PAIRS_MAX)
            return;
        if (*nt > *ns)
            (*nt)--;
        else
            (*ns)--;
    }
}

/* The story's last pair of parties ("Israel and Hamas held talks ...") as
 * two new mentions in out[0], out[1]: the parties a later sentence's third
 * party mediates between when it names none. 0 when the story has no such
 * pair (two different actors, neither an organisation). */
static int story_pair(ts_sent *s, int out[2])
{
    const ts_ctx *x = s->ctx;
    if (strlen(x->pair[0]) < 3 || strlen(x->pair[1]) < 3 || !strcmp(x->pair[0], x->pair[1]) ||
        ts_igo_code(x->pair[0]) || ts_igo_code(x->pair[1]))
        return 0;
    for (int k = 0; k < 2; k++) {
        out[k] = add_actor(s, x->pair[k], 0, 0);
        if (out[k] < 0)
            return 0;
        s->m[out[k]].resolved = 1;
    }
    return 1;
}

/* Whether the subject srcs[0, ns) is named as mediators: "Mediators from
 * the United States, Egypt and Qatar", "Qatari and Egyptian mediators". */
static int mediator_subject(const ts_sent *s, const int *srcs, size_t ns)
{
    static const ts_lit med[] = {LIT("mediators"),      LIT("mediator"),     LIT("brokers"),
                                 LIT("intermediaries"), LIT("facilitators"), LIT("facilitator")};
    size_t t0 = s->ntok, t1 = 0;
    for (size_t a = 0; a < ns; a++) {
        if (s->m[srcs[a]].t0 < t0)
            t0 = s->m[srcs[a]].t0;
        if (s->m[srcs[a]].t1 > t1)
            t1 = s->m[srcs[a]].t1;
    }
    if (t0 > 0 && TOK_IS(s, t0 - 1, "the"))
        t0--;
    if (t0 >= 2 && TOK_IS(s, t0 - 1, "from") && ts_tok_in(s, t0 - 2, med, sizeof med / sizeof med[0]))
        return 1; /* "Mediators from Egypt and Qatar" */
    if (t1 > 0 && t1 <= s->ntok && ts_tok_in(s, t1 - 1, med, sizeof med / sizeof med[0]))
        return 1; /* "Egyptian and Qatari mediators": the agent noun inside the mention */
    return t1 < s->ntok && ts_tok_in(s, t1, med, sizeof med / sizeof med[0]);
}

/* "Russia later returned the bodies of 62 soldiers", "Moscow handed back the
 * remains of 50 servicemen": the dead are returned to the other side, never
 * to one's own. A return (084x) of bodies or remains (a word of them within
 * a few words of the verb) that finds no target, or only the returner's own
 * country by a bare noun ("soldiers", "hostages" read as its own; not "its
 * nationals" or "Egyptian workers", its own dead brought home), goes
 * to the story's other party: the other of its last pair the returner is in,
 * else the other of its last use of force, else its latest other state. A
 * new mention, or -1. */
#define RETURNED_DEAD_WORDS 4 /* from the verb to "bodies": "handed back | the | bodies" */
static int returned_dead_to(gstate *g, size_t i, const vcode *vc, size_t nt, const int *tgts)
{
    ts_sent *s = g->s;
    static const ts_lit dead[] = {LIT("bodies"), LIT("body"), LIT("remains"), LIT("corpses")};
    static const ts_lit own[] = {LIT("its"), LIT("their"), LIT("his"), LIT("her"), LIT("own")};
    if (strncmp(vc->code, "084", 3) || vc->src < 0 || nt > 1 || (vc->pm.target >= 0 && nt == 0))
        return -1;
    const char *sc = s->m[vc->src].code;
    if (strlen(sc) < 3 || ts_igo_code(sc) || !strncmp(sc, "WST", 3))
        return -1;
    if (nt == 1) {
        const ts_mention *t = &s->m[tgts[0]];
        if (strlen(t->code) < 3 || strncmp(t->code, sc, 3))
            return -1; /* "returned the bodies of 80 Palestinians": theirs */
        for (size_t k = t->t0; k < t->t1; k++)
            if (s->tok[k].cas != CASE_LOWER)
                return -1; /* "the bodies of 12 Egyptian workers": named as its own, brought home */
        size_t t0 = t->t0;
        for (size_t k = t0 > i + 1 + RETURNED_DEAD_WORDS ? t0 - RETURNED_DEAD_WORDS : i + 1; k < t0; k++)
            if (ts_tok_in(s, k, own, sizeof own / sizeof own[0]))
                return -1; /* "the bodies of its nationals" */
    }
    int found = 0;
    for (size_t k = i + 1; k < vc->end && k <= i + RETURNED_DEAD_WORDS && !found; k++)
        found = ts_tok_in(s, k, dead, sizeof dead / sizeof dead[0]);
    if (!found)
        return -1;
    const char *c = NULL;
    for (int k = 0; k < 2 && !c; k++)
        if (!strncmp(s->ctx->pair[k], sc, 3) && strlen(s->ctx->pair[1 - k]) >= 3 &&
            !ts_igo_code(s->ctx->pair[1 - k]) && strncmp(s->ctx->pair[1 - k], sc, 3) &&
            strncmp(s->ctx->pair[1 - k], "WST", 3))
            c = s->ctx->pair[1 - k];
    const char *at = s->ctx->attacker, *ad = s->ctx->attacked;
    if (!c && strlen(at) >= 3 && strlen(ad) >= 3 && !ts_igo_code(at) && !ts_igo_code(ad) && strncmp(at, ad, 3))
        c = !strncmp(at, sc, 3) ? ad : !strncmp(ad, sc, 3) ? at : NULL;
    if (!c)
        c = ts_ctx_other_state(s->ctx, sc);
    if (!c)
        return -1;
    char cc[4] = {c[0], c[1], c[2], '\0'};
    return add_remembered(s, cc);
}

/* "The UN is investigating allegations that Sudan's army bombed a market",
 * "was looking into reports that Russia had used chemical weapons": an
 * investigation (09) whose object is a claim under check, with no party of
 * its own, examines the party the claim's clause opens with. A mention, or -1. */
#define CLAIM_OBJECT_WORDS 4 /* from the verb to the claim's noun: "looking into | the | reports" */
static int claim_party(gstate *g, size_t i, const vcode *vc)
{
    ts_sent *s = g->s;
    if (root_of(vc->code) != 9 || vc->src < 0)
        return -1;
    for (size_t n = i + 1; n + 2 < s->ntok && n <= i + CLAIM_OBJECT_WORDS; n++) {
        if (hard_boundary(s, n) || s->mid[n] >= 0)
            return -1;
        if (!TOK_IS(s, n + 1, "that") || !checked_claim(s, n))
            continue;
        size_t q = past_det(s, n + 2, s->ntok);
        int m = q < s->ntok ? s->mid[q] : -1;
        if (m < 0 || (s->m[m].kind != M_NAME && s->m[m].kind != M_ADJ) || strlen(s->m[m].code) < 3 ||
            is_place(s, &s->m[m]) || !strcmp(s->m[m].code, s->m[vc->src].code))
            return -1;
        return m;
    }
    return -1;
}

/* "Mediators from the United States, Egypt and Qatar wrapped up two days of
 * talks in Doha", "Qatari and Egyptian mediators held talks in Cairo": talks
 * (04) whose subject is named as mediators and that name no party are held
 * with the story's two parties: each mediator mediates (045) between them,
 * not with its fellow mediators. 1 when coded so. */
static int mediators_talk(gstate *g, size_t i, const vcode *vc, const int *srcs, size_t ns, size_t nt)
{
    ts_sent *s = g->s;
    int parties[2];
    if (nt > 0 || ns == 0 || root_of(vc->code) != 4 || vc->src < 0 || !mediator_subject(s, srcs, ns) ||
        !story_pair(s, parties))
        return 0;
    emit_mediators(g, srcs, ns, parties, 2, i, vc->flags & ~(unsigned)TOCSIN_EV_SYMMETRIC,
                   "mediators' talks that name no party are held with the story's two parties");
    g->em.rule = NULL;
    return 1;
}

/* "Oman welcomed the agreement", "the UN hailed the truce": praise (051)
 * of the story's own deal, truce or talks (a word of @agreement, @talk or
 * @meeting, or a truce, right after the verb, with no party of its own
 * named) by a third party is praise of the story's two parties, and
 * criticism of it (111, "Iran condemned the agreement") is of both; so is a
 * mediation (045) or an offer of one (039) that names no party ("Egypt
 * brokered the deal", "Turkey offered to mediate"), and, in a story of
 * force, a call for restraint, calm or a ceasefire (0256), or for talks, a
 * settlement or mediation (026-028), that names none. Sets tgts[0, 2); 1 when it did. */
static int story_pair_targets(gstate *g, size_t i, const vcode *vc, int *tgts)
{
    ts_sent *s = g->s;
    if (vc->src < 0 || strlen(s->m[vc->src].code) < 3)
        return 0;
    const char *sc = s->m[vc->src].code, *p0 = s->ctx->pair[0], *p1 = s->ctx->pair[1];
    if (!strncmp(sc, p0, 3) || !strncmp(sc, p1, 3))
        return 0; /* a party's word on its own deal: whose it is, the mood rules tell */
    if (!strncmp(vc->code, "045", 3) || !strncmp(vc->code, "039", 3))
        return story_pair(s, tgts); /* "Qatar has been mediating for months", "Turkey offered to mediate" */
    if (!strcmp(vc->code, "0256") && s->ctx->attacker[0])
        return story_pair(s, tgts); /* in a story of fighting, "the UN called for restraint": of both */
    if ((!strncmp(vc->code, "026", 3) || !strncmp(vc->code, "027", 3) || !strncmp(vc->code, "028", 3)) &&
        s->ctx->attacker[0] && strlen(vc->code) == 3)
        return story_pair(s, tgts); /* "Egypt called for a return to talks": the fighting sides' */
    int ready = !strcmp(vc->code, "032") && !strncmp(vc->pm.p->code, "051", 3); /* "ready to support the process" */
    if ((strncmp(vc->code, "051", 3) && strncmp(vc->code, "111", 3) && !ready) || i + 2 >= s->ntok ||
        !(s->gram[i + 1] & G_DET))
        return 0; /* praise, or criticism ("Iran condemned the agreement") */
    static const ts_lit acts[] = {LIT("swap"),           LIT("exchange"),      LIT("rapprochement"),
                                  LIT("reconciliation"), LIT("normalisation"), LIT("normalization")};
    /* in a story of no fighting, "welcomed the announcement", "hailed the
       breakthrough", "stood ready to support the process": the news of the
       pair's deal or talks (not "condemned the move": whose, it does not say) */
    static const ts_lit news[] = {LIT("announcement"), LIT("breakthrough"), LIT("move"), LIT("step"),
                                  LIT("process")};
    size_t nnews = s->ctx->attacker[0] || !strncmp(vc->code, "111", 3) ? 0 : sizeof news / sizeof news[0];
    size_t h = i + 2;
    while (h < s->ntok && h <= i + 1 + STORY_TALKS_WORDS && s->mid[h] < 0 && s->tok[h].kind == TK_WORD &&
           s->tok[h].cas == CASE_LOWER && !s->gram[h] && !story_talks_noun(s, h) &&
           !ts_tok_in(s, h, acts, sizeof acts / sizeof acts[0]) && !ts_tok_in(s, h, news, nnews))
        h++;
    if (h >= s->ntok || h > i + 1 + STORY_TALKS_WORDS || s->mid[h] >= 0 ||
        !(story_talks_noun(s, h) || ts_tok_in(s, h, acts, sizeof acts / sizeof acts[0]) || ts_tok_in(s, h, news, nnews)))
        return 0; /* "welcomed the prisoner swap", "hailed the rapprochement" too */
    if (h + 1 < s->ntok && (TOK_IS(s, h + 1, "with") || TOK_IS(s, h + 1, "between") || TOK_IS(s, h + 1, "of") ||
                            TOK_IS(s, h + 1, "in") || TOK_IS(s, h + 1, "by") || TOK_IS(s, h + 1, "-") ||
                            (TOK_IS(s, h + 1, "on") && h + 2 < s->ntok &&
                             (s->tok[h + 2].cas == CASE_LOWER || s->mid[h + 2] >= 0))))
        return 0; /* "the deal with Iran", "the truce in Gaza", "the talks on the dam": named, read elsewhere;
                     but "the deal on Saturday" */
    return story_pair(s, tgts);
}

/* "Qatar brokered talks between Ethiopia and Eritrea", "Kenya convened a
 * meeting between Uganda and South Sudan": a third party's mediation (045)
 * whose object is talks or a meeting "between" its targets tells that the
 * sides met too: each with each other, 046 for talks, 040 for a meeting.
 * Only for a verb told as done or going on ("is hosting talks"): not an
 * infinitive ("trying to broker talks", "offered to host"), nor a negated,
 * modal or future one; not for a bare "mediated between A and B" (no meeting
 * noun), nor a truce or deal brokered (the sides need not have met). "Talks
 * mediated by Qatar between A and B ended": the subject's noun, when its
 * clause is asserted. */
#define SIDES_NOUN_WORDS 3 /* "between | the | Colombian government": words from "between" to the first side */
static void sides_meet(gstate *g, size_t i, const vcode *vc, const int *tgts, size_t nt)
{
    ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    if (nt < 2 || strncmp(vc->code, "045", 3) || tgts[0] < 0 || !(v->kind == V_FINITE || (v->kind == V_ING && v->be)) ||
        v->neg || v->modal || v->fut || v->cond || v->hedge)
        return; /* "is trying to broker talks between": the mediation goes on, the talks are yet to come */
    size_t t0 = (size_t)s->m[tgts[0]].t0, q = t0;
    while (q > i + 2 && q + SIDES_NOUN_WORDS > t0 && !TOK_IS(s, q - 1, "between"))
        q--;
    if (q <= i + 2 || !TOK_IS(s, q - 1, "between") || past_det(s, q, t0) != t0)
        return; /* "between" right before the first side, or before its determiners */
    size_t k = q - 2; /* the noun the pair belongs to */
    if (v->passive && !ts_in_class(s->d, W(s, k), CL_TALK) && !ts_in_class(s->d, W(s, k), CL_MEETING) &&
        v->chain0 > 0 && (size_t)v->chain0 == i && s->mid[i - 1] < 0 && np_start(s, i - 1) == 0) {
        /* "Talks mediated by Qatar between Congo and Rwanda ended": the
           sentence's subject noun, its own clause told as done */
        k = i - 1;
        for (size_t r = (size_t)s->m[tgts[nt - 1]].t1; r < s->ntok && !hard_boundary(s, r); r++)
            if ((s->gram[r] & (G_MODAL | G_FUT | G_NEG | G_HYPO | G_IF)) && !TOK_IS(s, r, "without"))
                return; /* but "ended without a deal" took place */
    }
    const char *code = ts_in_class(s->d, W(s, k), CL_TALK)      ? "046"
                       : ts_in_class(s->d, W(s, k), CL_MEETING) ? "040"
                                                                : NULL;
    if (!code)
        return;
    const char *rule = g->em.rule;
    g->em.rule = "talks or a meeting a third party brokered, hosted or convened between two sides are held by "
                 "the sides with each other";
    for (size_t a = 0; a < nt; a++)
        for (size_t b = a + 1; b < nt; b++) {
            if (!strcmp(s->m[tgts[a]].code, s->m[tgts[b]].code))
                continue;
            emit(s, &g->em, tgts[a], tgts[b], code, i, vc->flags & ~(unsigned)TOCSIN_EV_SYMMETRIC, NULL);
            emit(s, &g->em, tgts[b], tgts[a], code, i, vc->flags | TOCSIN_EV_SYMMETRIC, NULL);
        }
    g->em.rule = rule;
}

#define GUESTS_FOR_WORDS 8 /* from the last guest to "for ... talks": "in Istanbul for a third round of direct talks" */

/* "Turkey hosted Russian and Ukrainian negotiators in Istanbul for talks",
 * "Saudi Arabia hosted US and Ukrainian officials for a meeting": guests of
 * two sides a host receives "for" talks or a meeting hold them with each
 * other (046 for talks, 040 for a meeting), besides being hosted (043); two
 * sides a mediator "brought together" met (040, 046 "for talks"). Only for
 * a hosting told as done or going on. */
static void guests_meet(gstate *g, size_t i, const vcode *vc, const int *tgts, size_t nt)
{
    ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    static const ts_lit bring[] = {LIT("bring")};
    int together = !strncmp(vc->code, "045", 3) && lemma_in(s, ts_w(s, i), bring, 1); /* "brought together A and B" */
    if (nt < 2 || (strncmp(vc->code, "043", 3) && !together) || tgts[0] < 0 ||
        !(v->kind == V_FINITE || (v->kind == V_ING && v->be)) || v->neg || v->modal || v->fut || v->cond || v->hedge)
        return;
    size_t e = 0;
    for (size_t a = 0; a < nt; a++)
        if ((size_t)s->m[tgts[a]].t1 > e)
            e = s->m[tgts[a]].t1;
    const char *code = NULL;
    for (size_t q = e; q < s->ntok && q < e + GUESTS_FOR_WORDS && !code; q++) {
        if (hard_boundary(s, q) || (g->isverb[q] && g->v[q].kind == V_FINITE))
            break;
        if (!TOK_IS(s, q, "for"))
            continue;
        for (size_t r = q + 1; r < s->ntok && r <= q + 6 && !code; r++) {
            if (s->mid[r] >= 0 || s->tok[r].kind == TK_PUNCT || g->isverb[r])
                break;
            code = ts_in_class(s->d, W(s, r), CL_TALK)      ? "046"
                   : ts_in_class(s->d, W(s, r), CL_MEETING) ? "040"
                                                            : NULL;
        }
        break;
    }
    if (!code && together)
        code = "040"; /* brought together: they met */
    if (!code)
        return;
    const char *rule = g->em.rule;
    g->em.rule = "guests of two sides a host receives for talks or a meeting hold them with each other";
    for (size_t a = 0; a < nt; a++)
        for (size_t b = a + 1; b < nt; b++) {
            if (!strncmp(s->m[tgts[a]].code, s->m[tgts[b]].code, 3))
                continue;
            emit(s, &g->em, tgts[a], tgts[b], code, i, vc->flags & ~(unsigned)TOCSIN_EV_SYMMETRIC, NULL);
            emit(s, &g->em, tgts[b], tgts[a], code, i, vc->flags | TOCSIN_EV_SYMMETRIC, NULL);
        }
    g->em.rule = rule;
}

/* "Spain recognised Palestine on Tuesday, along with Ireland and Norway":
 * the parties after a comma and "along with" or "together with" at the end
 * of the object list do the act with the subject; they move from tgts to
 * srcs (at most cap). The targets left. Without the comma the list is the
 * object's ("imposed sanctions on Russia along with Belarus"). */
static size_t companions(const ts_sent *s, const int *tgts, size_t nt, int *srcs, size_t *ns, size_t cap)
{
    for (size_t j = 1; j < nt; j++) {
        size_t a = s->m[tgts[j - 1]].t1, b = s->m[tgts[j]].t0;
        int with = 0;
        for (size_t q = a + 1; q + 1 < b && !with; q++)
            with = (TOK_IS(s, q, "along") || TOK_IS(s, q, "together")) && TOK_IS(s, q + 1, "with") &&
                   ts_is_comma(s, q - 1);
        if (!with)
            continue;
        for (size_t k = j; k < nt && *ns < cap; k++)
            srcs[(*ns)++] = tgts[k];
        return j;
    }
    return nt;
}

/* "talks between Venezuela's government and the opposition": the
 * opposition paired by "between" with a country's government (or the
 * country) is that country's (t: a mention of the pair). */
static void between_opposition(ts_sent *s, int t)
{
    int named = -1, unres = -1, n = 0;
    size_t t0 = s->ntok;
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if (x->group != s->m[t].group)
            continue;
        n++;
        if ((size_t)x->t0 < t0)
            t0 = x->t0;
        if (x->kind == M_UNRES && !strcmp(x->sector, "OPP"))
            unres = (int)k;
        else if ((x->kind == M_NAME || x->kind == M_ADJ) &&
                 (strlen(x->code) == 3 || (strlen(x->code) == 6 && !strcmp(x->code + 3, "GOV"))) &&
                 !ts_igo_code(x->code))
            named = (int)k;
    }
    if (n != 2 || named < 0 || unres < 0)
        return;
    while (t0 > 0 && (s->gram[t0 - 1] & G_DET) && s->mid[t0 - 1] < 0)
        t0--;
    if (t0 > 0 && TOK_IS(s, t0 - 1, "between"))
        name_unresolved(&s->m[unres], s->m[named].code);
}

/* "A car bomb killed six people in Mogadishu; al-Shabaab claimed
 * responsibility", "... in Quetta. The BLA claimed responsibility.": an
 * armed group's claim that names no act is of the bombing told before it,
 * in its own sentence or the story's (ts_ctx.blast), on the country where it
 * went off. Sets vc's code and target; 1 when it did. */
static int claimed_story_blast(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    const vinfo *v = &g->v[i];
    if (vc->src < 0 || !armed_group(s, vc->src) || group_size(s, vc->src) != 1 || v->kind != V_FINITE || v->neg ||
        v->modal || v->fut || v->cond || v->hedge)
        return 0; /* one armed group claims: not "four soldiers in Mali, and JNIM" read as one subject */
    for (size_t q = i + 1; q + 1 < s->ntok && q < i + 5; q++)
        if ((TOK_IS(s, q, "responsibility") || TOK_IS(s, q, "credit")) && TOK_IS(s, q + 1, "for"))
            return 0; /* "claimed responsibility for the kidnapping": the act it names is the one claimed */
    char cc[4] = "";
    const char *code = ts_blast_code(s, i, cc);
    if (!code[0] && s->ctx->blast[0]) {
        memcpy(cc, s->ctx->blast, 4);
        code = s->ctx->blast_code;
    }
    if (!cc[0] || !code[0])
        return 0;
    int t = add_remembered(s, cc);
    if (t < 0)
        return 0;
    vc->tgt = t;
    copy_code(vc->code, code, sizeof vc->code);
    vc->rule = "a claim naming no act is of the bombing told before it, where it went off";
    return 1;
}

/* "Haitian police, backed by Kenyan officers, exchanged fire with gang
 * members": forces named in a helper aside right after a fighting subject
 * (helper_aside) fight alongside it: each event the verb gave the subject
 * (events n0 on) is the helper's too, and a fight's answer is at both. Only
 * armed helpers: "backed by Washington" is no fighter. */
static void aside_fighters(gstate *g, const vcode *vc, size_t n0)
{
    const ts_sent *s = g->s;
    if (vc->src < 0 || root_of(vc->code) != 19 || g->em.n <= n0)
        return;
    size_t q = s->m[vc->src].t1;
    if (q + 3 >= s->ntok || !ts_is_comma(s, q) || !TOK_IS(s, q + 2, "by"))
        return;
    int h = -1;
    for (size_t k = q + 3; k < s->ntok && k < q + 3 + ASIDE_WORDS && h < 0; k++)
        if (s->mid[k] >= 0)
            h = s->mid[k];
    const ts_mention *x = h >= 0 ? &s->m[h] : NULL;
    if (!x || x->kind != M_NAME || strlen(x->code) != 6 || !helper_aside(s, x) ||
        (strcmp(x->code + 3, "MIL") && strcmp(x->code + 3, "COP")) || !strncmp(x->code, s->m[vc->src].code, 3))
        return;
    const char *own = s->m[vc->src].code;
    for (size_t e = n0, n1 = g->em.n; e < n1 && g->em.n < g->em.max; e++) {
        ts_raw_event ev = g->em.out[e];
        if (!strcmp(ev.src, own) && strcmp(ev.tgt, x->code)) {
            copy_code(ev.src, x->code, sizeof ev.src);
            ev.src_t0 = x->t0;
            ev.src_t1 = x->t1;
        } else if (!strcmp(ev.tgt, own) && (ev.flags & TOCSIN_EV_SYMMETRIC) && strcmp(ev.src, x->code)) {
            copy_code(ev.tgt, x->code, sizeof ev.tgt);
            ev.tgt_t0 = x->t0;
            ev.tgt_t1 = x->t1;
        } else {
            continue;
        }
        g->em.out[g->em.n++] = ev;
    }
}

/* "A military jet crashed near an air base in Punjab, killing both pilots":
 * the toll of a crash or sinking told after it, a participle after a
 * comma, is no use of force by the craft. */
static int accident_toll(const gstate *g, size_t i, const vcode *vc)
{
    static const ts_lit mishap[] = {LIT("crashed"),  LIT("crashes"),  LIT("capsized"), LIT("sank"),
                                    LIT("derailed"), LIT("collapsed"), LIT("crash-landed")};
    const ts_sent *s = g->s;
    if (vc->r0 < 18 || vc->r0 > 20 || g->v[i].kind != V_ING || i < 2 || !ts_is_comma(s, i - 1))
        return 0;
    for (size_t q = i - 1; q-- > 0;) {
        if (hard_boundary(s, q))
            return 0;
        if (g->isverb[q])
            return ts_tok_in(s, q, mishap, sizeof mishap / sizeof mishap[0]);
    }
    return 0;
}

static void verb_emit(gstate *g, size_t i, vcode *vc)
{
    ts_sent *s = g->s;
    vinfo *v = &g->v[i];
    if (vc->pm.p->flags & P_SWAP) {
        /* "Goma fell to the rebels", "the army lost control of Lashio to the
           rebels": the pattern's $T did it, to the subject */
        if (vc->src < 0 || vc->tgt < 0 || vc->tgt != vc->pm.target || v->passive ||
            !((strlen(s->m[vc->src].code) == 3 && !ts_igo_code(s->m[vc->src].code)) ||
              armed_source(s, vc->src, ARMED_FORCES)))
            return; /* a place (its country's code) or a force loses ground; "the presidency fell to
                       Senegal" is none */
        int t = vc->src;
        vc->src = vc->tgt;
        vc->tgt = t;
    }
    int srcs[16], tgts[16];
    size_t ns = group_of(s, vc->src, srcs, 16);
    if (ns > 1 && vc->tgt >= 0 && s->m[vc->tgt].resolved && vc->pm.target < 0 && strlen(s->m[vc->tgt].code) >= 3) {
        /* "Saudi Arabia and Syria agreed to reopen their embassies": "their" is the
           pair's own, a joint act, not one partner's */
        int own = 0;
        for (size_t a = 0; a < ns && !own; a++)
            own = strlen(s->m[srcs[a]].code) >= 3 && !strncmp(s->m[srcs[a]].code, s->m[vc->tgt].code, 3);
        if (own)
            vc->tgt = -1;
    }
    if (ns > 1 && vc->tgt >= 0 && strlen(s->m[vc->tgt].code) == 6 && !strcmp(s->m[vc->tgt].code + 3, "REF") &&
        (root_of(vc->code) == 3 || root_of(vc->code) == 8)) {
        /* "Bangladesh and Myanmar agreed to repatriate the Rohingya refugees":
           the refugees of one of the pair, returned by the two together, make a
           joint act between them, not one partner's act on its own people */
        int own = 0;
        for (size_t a = 0; a < ns && !own; a++)
            own = strlen(s->m[srcs[a]].code) >= 3 && !strncmp(s->m[srcs[a]].code, s->m[vc->tgt].code, 3);
        if (own)
            vc->tgt = -1;
    }
    if (vc->tgt >= 0)
        between_opposition(s, vc->tgt);
    size_t nt = vc->tgt >= 0 ? group_of(s, vc->tgt, tgts, 16) : 0;
    if (vc->tgt >= 0 && nt == 0)
        return;
    if (nt > 1 && !(vc->pm.p->flags & P_SYM))
        nt = companions(s, tgts, nt, srcs, &ns, 16);
    if (armed_mode(vc->pm.p) >= 0 && !vc->story_src && !g->v[i].ordered && !armed_source(s, vc->src, armed_mode(vc->pm.p)))
        return; /* "tourists entered Ukraine", "the company took control of a rival"; but forces ordered to act */
    int sym = ((vc->pm.p->flags & P_SYM) != 0 && !vc->nosym) || (vc->recip && nt == 0 && ns > 1), place = 0;
    int r0 = root_of(vc->code);
    /* "held naval drills in the Gulf of Oman": a sea or place the pattern's $T did not bind is where */
    int drill_place = nt > 0 && vc->pm.target < 0 && vc->tgt >= 0 && is_place(s, &s->m[vc->tgt]);
    /* "American and Filipino troops held exercises on Luzon": one partner's soil is a place too */
    for (size_t b = 0; b < ns && !drill_place && nt > 0 && ns > 1 && vc->pm.target < 0 && vc->tgt >= 0; b++)
        drill_place = strlen(s->m[vc->tgt].code) == 3 && !strncmp(s->m[vc->tgt].code, s->m[srcs[b]].code, 3);
    if (!sym && (nt == 0 || drill_place) && ns > 1 && !strcmp(vc->code, "150") && vc->pm.last < s->ntok &&
        ts_in_class(s->d, W(s, vc->pm.last), CL_DRILL)) {
        /* "China and Cambodia launched a military exercise": an exercise of a
           pair of countries together is their military cooperation (062) */
        for (size_t b = 1; b < ns && !sym; b++)
            sym = strlen(s->m[srcs[b]].code) >= 3 && strlen(s->m[srcs[0]].code) >= 3 &&
                  strncmp(s->m[srcs[b]].code, s->m[srcs[0]].code, 3) != 0;
        if (sym) {
            nt = 0; /* the place is where they exercised, no party to it */
            copy_code(vc->code, "062", sizeof vc->code);
            r0 = 6;
            vc->rule = "an exercise held by a pair of countries together is their military cooperation";
        }
    }
    if (!sym && ns == 1 && nt == 0) {
        int m = claim_party(g, i, vc);
        if (m >= 0) {
            tgts[0] = vc->tgt = m;
            nt = 1;
            vc->rule = "an investigation of a claim examines the party the claim names first";
        }
    }
    if (!sym && ns == 1) {
        int m = returned_dead_to(g, i, vc, nt, tgts);
        if (m >= 0) {
            tgts[0] = vc->tgt = m;
            nt = 1;
            vc->rule = "the dead are returned to the story's other side, not to the returner's own";
        }
    }
    if (nt == 0 && mediators_talk(g, i, vc, srcs, ns, nt)) {
        v->coded = 1;
        return;
    }
    if (!sym && nt == 0 && ns > 1 && ((r0 >= 3 && r0 <= 8) || !strcmp(vc->code, "019")) &&
        r0 != 7 && strncmp(vc->code, "033", 3) && !v->passive && /* aid given together, or by agents of a
                                                                   passive, is not given to each other */
        !(vc->pm.p->flags & P_NOTARGET) && !vc->nosym && /* "Chile and Peru shared the view that": accord */
        strncmp(vc->code, "039", 3) && strncmp(vc->code, "045", 3) && /* mediators do not mediate between themselves */
        strncmp(vc->code, "051", 3)) /* "Qatar and Egypt welcomed the deal": not each other's praise */
        sym = 1; /* "Chile's minister and his Peruvian counterpart voiced hope of better ties": each other */
    if (vc->flags & TOCSIN_EV_INTENT)
        sym = sym && nt == 0; /* only among a compound subject */
    if (nt == 0 && !sym && story_pair_targets(g, i, vc, tgts)) {
        nt = 2;
        vc->tgt = tgts[0];
        vc->rule = "a third party's praise or mediation of the story's deal or talks is of its two parties";
    }
    if (nt == 0 && !(vc->pm.p->flags & P_NOTARGET) && !(sym && ns > 1)) {
        /* a target we could not find is not "no target": only tests and
           exercises (15x), declining comment, considering an option and
           claiming responsibility stand without one */
        int r = root_of(vc->code);
        if (r >= 17 && state_or_armed(s, vc->src))
            place = 1; /* "opened an offensive on Marib": the place's country, if it has one */
        else if (!strncmp(vc->code, "016", 3) && state_or_armed(s, vc->src) && denied_force(s, i) &&
                 (first_place(g, i, vc->end, vc->src, 0) >= 0 || act_place(g, i, vc->end, vc->src)))
            place = 1; /* "Israel denied targeting the hospital in Gaza": where it is said to have struck */
        else if (vc->act1 > vc->act0 && (r == 2 || r == 5 || r == 9 || r == 10 || r == 11))
            place = vc->act_home == 3 ? 3 : vc->act_home ? 2 : 1; /* "condemned the attack in Zamfara": judged_act */
        else if (!strncmp(vc->code, "015", 3) && claimed_story_blast(g, i, vc)) {
            tgts[0] = vc->tgt;
            nt = 1;
        } else if (r != 15 && strncmp(vc->code, "011", 3) && strncmp(vc->code, "014", 3)) {
            if (((r >= 10 && r <= 14) || !strncmp(vc->code, "016", 3) || !strncmp(vc->code, "012", 3)) &&
                v->kind == V_FINITE && vc->src >= 0 && !sym) { /* also "voiced concern and urged Beijing" */
                g->pend_src = vc->src;
                g->pend_verb = (int)i;
                copy_code(g->pend_code, vc->code, sizeof g->pend_code);
                g->pend_flags = vc->flags;
                g->pend_pat = vc->pm.p;
            }
            return;
        }
    }
    if (nt == 1 && vc->src >= 0)
        nt += hyphen_partner(s, vc->tgt, vc->src, &tgts[1]); /* "welcomed the Israel-Hamas ceasefire" */
    if (nt > 0 && g->pend_verb >= 0)
        coordinated_pending(g, i, vc, tgts, nt);
    v->coded = 1;
    g->em.place_target = (uint8_t)place;
    g->em.rule = vc->rule;
    g->em.speaker_cc[0] = '\0';
    if (place && r0 >= 18 && !vc->story_src)
        reporting_state(g, i, vc->src, g->em.speaker_cc);
    if (place && vc->story_src && !g->em.speaker_cc[0] && strlen(s->ctx->attacked) >= 3 &&
        strcmp(s->ctx->attacked, s->m[vc->src].code)) {
        memcpy(g->em.speaker_cc, s->ctx->attacked, 3); /* no place named: the story's attacked */
        g->em.speaker_cc[3] = '\0';
    }
    size_t first_new = g->em.n;
    if (place && nt == 0 && vc->act1 > vc->act0) /* a judged act: its place's country, else the judge's own */
        memcpy(g->em.speaker_cc, vc->self_cc, sizeof g->em.speaker_cc);
    if ((v->kind == V_FINITE || (v->kind == V_ING && v->be)) && vc->tgt >= 0)
        g->last_target = vc->tgt;
    cap_parties(&ns, &nt, sym);
    /* a visit is hosted and a host is visited: "Putin went to Pyongyang" is
       also Pyongyang's 043 to Putin, "Albanese hosted Marape" Marape's 042 */
    char host_code[6] = "";
    if (!strncmp(vc->code, "042", 3))
        copy_code(host_code, "043", sizeof host_code);
    else if (!strncmp(vc->code, "043", 3))
        copy_code(host_code, "042", sizeof host_code);
    for (size_t a = 0; a < ns; a++) {
        if (s->m[srcs[a]].kind == M_ADJ && s->m[srcs[a]].group != srcs[a])
            continue;
        if (nt == 0) {
            if (sym && ns > 1) {
                for (size_t b = 0; b < ns; b++)
                    if (b != a)
                        emit(s, &g->em, srcs[a], srcs[b], vc->code, i,
                             vc->flags | (b < a ? TOCSIN_EV_SYMMETRIC : 0), vc->pm.p);
            } else {
                emit(s, &g->em, srcs[a], -1, vc->code, i, vc->flags, vc->pm.p);
            }
            continue;
        }
        for (size_t b = 0; b < nt; b++) {
            emit(s, &g->em, srcs[a], tgts[b], vc->code, i, vc->flags, vc->pm.p);
            if (sym)
                emit(s, &g->em, tgts[b], srcs[a], vc->code, i, vc->flags | TOCSIN_EV_SYMMETRIC, vc->pm.p);
            else if (host_code[0] && !same_country(s, srcs[a], tgts[b]) && state_visit_party(s, srcs[a]) &&
                     state_visit_party(s, tgts[b]))
                emit(s, &g->em, tgts[b], srcs[a], host_code, i, vc->flags | TOCSIN_EV_SYMMETRIC, vc->pm.p);
        }
        if (sym && ns > 1 && !mediator_subject(s, srcs, ns)) /* "Yoon and Kishida held a summit with Biden";
                                                                 but mediators meet a party, not each other */
            for (size_t b = 0; b < ns; b++)
                if (b != a && !same_country(s, srcs[a], srcs[b])) /* "the Pentagon and USAID ... with": not each other */
                    emit(s, &g->em, srcs[a], srcs[b], vc->code, i, vc->flags | TOCSIN_EV_SYMMETRIC, vc->pm.p);
    }
    if (sym && (r0 == 3 || r0 == 4 || r0 == 5 || r0 == 8) && ns + nt > 1) /* not drills or aid */
        joint_mediator(g, i, vc, srcs, ns, tgts, nt);
    if (!sym) {
        sides_meet(g, i, vc, tgts, nt);
        guests_meet(g, i, vc, tgts, nt);
    }
    if (v->kind == V_ING && v->gov == GOV_NONE && nt > 0 && v->govv >= 0 &&
        !(vc->flags & (TOCSIN_EV_INTENT | TOCSIN_EV_NEGATED | TOCSIN_EV_HYPOTHETICAL)) &&
        joined_in(g, (size_t)v->chain0) == v->govv) {
        /* "Spain joined Ireland and Norway in recognising Palestine": the
           joined parties did it too (but "said it would join Spain in
           recognising": of Spain's act the sentence tells nothing) */
        int mem[16];
        size_t nj = group_of(s, s->mid[v->chain0 - 2], mem, sizeof mem / sizeof mem[0]);
        g->em.rule = "the parties another joined in an act did it too";
        for (size_t a = 0; a < nj; a++) {
            int own = 0;
            for (size_t b = 0; b < ns && !own; b++)
                own = !strcmp(s->m[mem[a]].code, s->m[srcs[b]].code);
            for (size_t b = 0; b < nt && !own; b++)
                own = !strncmp(s->m[mem[a]].code, s->m[tgts[b]].code, 3);
            if (own)
                continue; /* a joined party is no party to its own act */
            for (size_t b = 0; b < nt; b++) {
                emit(s, &g->em, mem[a], tgts[b], vc->code, i, vc->flags, vc->pm.p);
                if (sym)
                    emit(s, &g->em, tgts[b], mem[a], vc->code, i, vc->flags | TOCSIN_EV_SYMMETRIC, vc->pm.p);
            }
        }
    }
    for (size_t k = first_new; k < g->em.n && vc->act1 > vc->act0; k++)
        if (g->em.out[k].place_target) { /* the coder looks for the act's place inside its phrase */
            g->em.out[k].tgt_t0 = vc->act0;
            g->em.out[k].tgt_t1 = vc->act1;
        }
    g->em.place_target = 0;
    g->em.rule = NULL;
}

/* "welcomed the Israel-Hamas ceasefire", "the Saudi-Iranian deal": the party
 * joined to target t by a hyphen before the noun they share (read as a
 * modifier, like "Iran-backed"), of another country than t and src; 1 with
 * *out set, else 0. */
static size_t hyphen_partner(const ts_sent *s, int t, int src, int *out)
{
    const ts_mention *b = &s->m[t];
    if (b->t0 < 2 || !ts_is_punct(s, b->t0 - 1, '-') || s->mid[b->t0 - 2] < 0 || strlen(b->code) < 3)
        return 0;
    /* the shared noun: after the mention, or its own head ("the Saudi-Iranian talks") */
    int noun = ((size_t)b->t1 < s->ntok && s->tok[b->t1].kind == TK_WORD && s->tok[b->t1].cas == CASE_LOWER) ||
               (b->t1 > b->t0 + 1 && s->tok[b->t1 - 1].kind == TK_WORD && s->tok[b->t1 - 1].cas == CASE_LOWER);
    if (!noun)
        return 0;
    int a = s->mid[b->t0 - 2];
    const ts_mention *x = &s->m[a];
    if (x->modifier != 1 || (size_t)x->t1 + 1 != b->t0 || (x->kind != M_NAME && x->kind != M_ADJ) ||
        strlen(x->code) < 3 || !strncmp(x->code, b->code, 3) || !strncmp(x->code, s->m[src].code, 3))
        return 0;
    *out = a;
    return 1;
}

/* Each mediator in meds[0, nm) mediates (045) with each party in parties[0,
 * np); a party is no mediator of its own act. */
static void emit_mediators(gstate *g, const int *meds, size_t nm, const int *parties, size_t np, size_t at,
                           unsigned flags, const char *rule)
{
    ts_sent *s = g->s;
    for (size_t a = 0; a < nm; a++) {
        int own = strlen(s->m[meds[a]].code) < 3;
        for (size_t b = 0; b < np && !own; b++)
            own = parties[b] == meds[a] || !strncmp(s->m[parties[b]].code, s->m[meds[a]].code, 3);
        if (own)
            continue;
        g->em.rule = rule;
        for (size_t b = 0; b < np; b++)
            emit(s, &g->em, meds[a], parties[b], "045", at, flags, NULL);
    }
}

/* The go-between of "through|via" at q: "(held indirect talks) through
 * Qatari and Egyptian mediators", "(after weeks of indirect exchanges)
 * through Kazakhstan", "via Omani intermediaries": a party named before a
 * noun of go-betweens, or a named state after a word of indirect contact
 * (a few words before q). Else -1 ("flew to Doha through Istanbul"). */
#define THROUGH_CONTACT_WORDS 4
static int through_go_between(const ts_sent *s, size_t q)
{
    static const ts_lit goers[] = {LIT("mediators"),    LIT("mediator"),    LIT("intermediaries"), LIT("intermediary"),
                                   LIT("go-betweens"),  LIT("channels"),    LIT("channel"),        LIT("interlocutors"),
                                   LIT("facilitators"), LIT("facilitator"), LIT("brokers")};
    static const ts_lit contact[] = {LIT("talks"), LIT("exchanges"), LIT("contacts"), LIT("messages"),
                                     LIT("negotiations"), LIT("indirect"), LIT("indirectly"), LIT("proposals")};
    size_t r = past_det(s, q + 1, s->ntok);
    if (r >= s->ntok || s->mid[r] < 0 || (size_t)s->m[s->mid[r]].t0 != r)
        return -1;
    int x = s->mid[r];
    if ((s->m[x].kind != M_NAME && s->m[x].kind != M_ADJ) || strlen(s->m[x].code) < 3)
        return -1;
    size_t t1 = (size_t)s->m[x].t1;
    while (t1 + 1 < s->ntok && ((s->gram[t1] & G_AND) || ts_is_comma(s, t1)) && s->mid[t1 + 1] >= 0 &&
           (size_t)s->m[s->mid[t1 + 1]].t0 == t1 + 1)
        t1 = (size_t)s->m[s->mid[t1 + 1]].t1; /* "through Qatari and Egyptian mediators": after the list */
    if ((t1 < s->ntok && ts_tok_in(s, t1, goers, sizeof goers / sizeof goers[0])) ||
        ts_tok_in(s, t1 - 1, goers, sizeof goers / sizeof goers[0])) /* the noun read into the mention */
        return x;
    if (s->m[x].kind != M_NAME)
        return -1;
    for (size_t k = q; k-- > 0 && k + THROUGH_CONTACT_WORDS >= q;)
        if (ts_tok_in(s, k, contact, sizeof contact / sizeof contact[0]))
            return x;
    return -1;
}

/* "Armenia and Azerbaijan held talks under the auspices of the EU", "Iran and
 * Saudi Arabia restored ties with the help of China", "Israel and Hamas
 * resumed Qatari-brokered talks", "reached a deal through Egyptian
 * mediation": the third party a joint act names as its
 * sponsor or broker mediates (045) between each of its parties (srcs and
 * tgts, MEDIATOR_WORDS words of the clause after the verb i at most). */
#define MEDIATOR_WORDS 14
static void joint_mediator(gstate *g, size_t i, const vcode *vc, const int *srcs, size_t ns, const int *tgts,
                           size_t nt)
{
    ts_sent *s = g->s;
    static const ts_lit under[] = {LIT("auspices"), LIT("aegis"), LIT("help"), LIT("mediation"),
                                   LIT("assistance"), LIT("facilitation")};
    static const ts_lit brokered[] = {LIT("brokered"), LIT("mediated"), LIT("facilitated"), LIT("hosted"),
                                      LIT("sponsored")};
    int med = -1;
    /* an opener first ("Under the auspices of the AU, Ethiopia and the TPLF
       signed ..."), then the clause after the verb */
    size_t q0 = 0;
    if (TOK_IS(s, 0, "under") || TOK_IS(s, 0, "with") || TOK_IS(s, 0, "through")) {
        for (q0 = 1; q0 < i && q0 <= MEDIATOR_WORDS && !ts_is_comma(s, q0); q0++)
            ;
        q0 = q0 < i && ts_is_comma(s, q0) ? 0 : i + 1; /* its comma before the verb, else no opener */
    } else {
        q0 = i + 1;
    }
    for (size_t q = q0; q < vc->end && q < s->ntok && q <= i + MEDIATOR_WORDS && med < 0; q++) {
        if (q == i)
            continue;
        if (hard_boundary(s, q))
            break;
        if (q + 2 < s->ntok && ts_tok_in(s, q, under, sizeof under / sizeof under[0]) && TOK_IS(s, q + 1, "of")) {
            size_t m = past_det(s, q + 2, s->ntok);
            int help = TOK_IS(s, q, "help") || TOK_IS(s, q, "assistance");
            if (m < s->ntok && s->mid[m] >= 0 && s->m[s->mid[m]].t0 == m &&
                !(help && ts_igo_code(s->m[s->mid[m]].code)))
                med = s->mid[m]; /* "under the auspices of the EU"; a bank's or agency's help is no mediation */
        } else if (q >= 2 && ts_tok_in(s, q, brokered, sizeof brokered / sizeof brokered[0]) &&
                   TOK_IS(s, q - 1, "-") && s->mid[q - 2] >= 0 && (size_t)s->m[s->mid[q - 2]].t1 == q - 1) {
            med = s->mid[q - 2]; /* "Qatari-brokered talks" */
        } else if (q >= 1 && q + 2 < s->ntok && TOK_IS(s, q, "as") && s->mid[q - 1] >= 0 &&
                   (size_t)s->m[s->mid[q - 1]].t1 == q && with_as_role(s, s->mid[q - 1])) {
            size_t r = (s->gram[q + 1] & G_DET) ? q + 2 : q + 1;
            int gm = s->m[s->mid[q - 1]].group; /* "with Venezuela and Cuba as guarantors": the list's first */
            if (!TOK_IS(s, r, "observer") && !TOK_IS(s, r, "observers") && !TOK_IS(s, r, "witness") &&
                !TOK_IS(s, r, "witnesses"))
                med = gm >= 0 && (size_t)gm < s->nm ? gm : s->mid[q - 1]; /* not an observer's, a witness's */
        } else if (q >= 1 && (TOK_IS(s, q, "mediation") || TOK_IS(s, q, "auspices") || TOK_IS(s, q, "aegis"))) {
            size_t e = q >= 2 && TOK_IS(s, q - 1, "'s") ? q - 1 : q; /* "through Qatar's mediation" */
            if (s->mid[e - 1] >= 0 && (size_t)s->m[s->mid[e - 1]].t1 == e)
                med = s->mid[e - 1]; /* "through Qatari mediation", "under EU auspices" */
            else if (s->mid[q] >= 0 && (size_t)s->m[s->mid[q]].t1 == q + 1 && s->m[s->mid[q]].t0 < q)
                med = s->mid[q]; /* "under Chinese auspices", read as one mention */
        } else if (TOK_IS(s, q, "through") || TOK_IS(s, q, "via")) {
            med = through_go_between(s, q); /* "indirect talks through Omani mediators" */
        }
    }
    if (med < 0 || strlen(s->m[med].code) < 3 || (s->m[med].kind != M_NAME && s->m[med].kind != M_ADJ))
        return;
    int meds[16], parties[32];
    size_t nm = group_of(s, med, meds, 16), np = 0;
    for (size_t a = 0; a < ns && np < 32; a++)
        parties[np++] = srcs[a];
    for (size_t b = 0; b < nt && np < 32; b++)
        parties[np++] = tgts[b];
    emit_mediators(g, meds, nm, parties, np, i, vc->flags & ~(unsigned)TOCSIN_EV_SYMMETRIC,
                   "a third party under whose auspices, with whose help or brokered by whom a joint act was done "
                   "mediates between its parties");
    g->em.rule = vc->rule;
}

/* "will send food and rescue teams", "will deploy doctors and search teams":
 * a word after "and" that could be a verb but is followed by a noun of
 * crews, gear or work names that kind of crew, not a second verb of the
 * modal ("will send aid and rescue survivors" stays two verbs). */
static int crew_noun_after(const ts_sent *s, size_t i)
{
    static const ts_lit crew[] = {LIT("team"),       LIT("teams"),     LIT("crew"),       LIT("crews"),
                                  LIT("unit"),       LIT("units"),     LIT("squad"),      LIT("squads"),
                                  LIT("worker"),     LIT("workers"),   LIT("personnel"),  LIT("equipment"),
                                  LIT("supplies"),   LIT("operation"), LIT("operations"), LIT("dogs"),
                                  LIT("experts"),    LIT("specialists"), LIT("convoy"),   LIT("convoys")};
    return i + 1 < s->ntok && ts_tok_in(s, i + 1, crew, sizeof crew / sizeof crew[0]);
}

/* Step 1: which words are verbs here, then "X condemned A and urged B":
 * base/-s forms after "and" that share a finite verb's form. */
/* "calling it blackmail", "branded them terror": a damning word right after
 * "it" or "them" that a verb of naming governs is the label, a noun, though
 * it may also be a verb ("blackmail", "terror" is not). Token i, i >= 2. */
static int label_complement(const ts_sent *s, size_t i)
{
    static const ts_lit naming[] = {LIT("call"),    LIT("calls"),   LIT("called"),   LIT("calling"),
                                    LIT("brand"),   LIT("branded"), LIT("branding"), LIT("labelled"),
                                    LIT("labeled"), LIT("termed"),  LIT("dubbed"),   LIT("labelling")};
    return s->tok[i].cas == CASE_LOWER && (TOK_IS(s, i - 1, "it") || TOK_IS(s, i - 1, "them")) &&
           ts_tok_in(s, i - 2, naming, sizeof naming / sizeof naming[0]) &&
           ts_in_class(s->d, W(s, i), CL_PEJORATIVE);
}

static void find_verbs(gstate *g)
{
    ts_sent *s = g->s;
    /* the words verb_kind can take for verbs, as bits found without a branch
       a word (which words they are no predictor learns), then those alone */
    uint64_t cand[(TS_MAX_SENT_TOKENS + 63) / 64] = {0};
    const ts_word *lw = s->d->lex.w;
    for (size_t i = 0; i < s->ntok; i++) {
        memset(&g->v[i], 0, sizeof g->v[i]);
        g->v[i].subj = -1;
        g->v[i].govv = -1;
        g->v[i].speaker = -1;
        g->isverb[i] = 0;
        int32_t id = s->tok[i].word;
        const ts_word *w = &lw[id >= 0 ? id : 0];
        uint64_t c = (uint64_t)((id >= 0) & (s->mid[i] < 0) & (s->tok[i].kind == TK_WORD) &
                                ((w->verb >= 0) | ((w->gram & VERBISH) != 0)));
        cand[i / 64] |= c << (i % 64);
    }
    /* g->vbits kept as isverb is, from here on */
    memset(g->vbits, 0, sizeof g->vbits);
    for (size_t b = 0; b * 64 < s->ntok; b++)
        for (uint64_t m = cand[b]; m; m &= m - 1) {
            size_t i = b * 64 + (size_t)__builtin_ctzll(m);
            int k = verb_kind(g, i);
            g->isverb[i] = k != V_NONE;
            g->v[i].kind = (uint8_t)k;
            g->vbits[b] |= (uint64_t)(k != V_NONE) << (i % 64);
        }
    /* "and" before a verb of the dictionaries: none in most sentences (gram_any) */
    for (size_t i = 2; i < s->ntok && (g->gram_any & G_AND); i++) {
        if (g->isverb[i] || !(s->gram[i - 1] & G_AND))
            continue;
        const ts_word *w = W(s, i);
        if (!w || w->verb < 0 || s->mid[i] >= 0 || s->tok[i].cas != CASE_LOWER || crew_noun_after(s, i))
            continue;
        for (size_t k = i - 1; k-- > 0;) {
            if (g->isverb[k] && g->v[k].kind == V_FINITE) {
                const ts_word *wk = W(s, k);
                if (wk && (wk->vform & w->vform & (VF_S | VF_BASE)) && !(w->vform & (VF_PAST))) {
                    g->isverb[i] = 1, g->v[i].kind = V_FINITE;
                    g->vbits[i / 64] |= 1ull << (i % 64);
                }
                break;
            }
        }
    }
    for (size_t i = ts_next_bit(g->vbits, 2, s->ntok); i < s->ntok; i = ts_next_bit(g->vbits, i + 1, s->ntok))
        if (label_complement(s, i)) {
            g->isverb[i] = 0, g->v[i].kind = V_NONE;
            g->vbits[i / 64] &= ~(1ull << (i % 64));
        }
    particle_verbs(g);
}

/* "X said Y was behind the attack", "X claimed that Y were involved in the
 * attack": the speaker accuses Y (112). The clause has no verb of its own for
 * the patterns ("be" is not one), so it is read here. */
/* The saying verb that governs a clause starting at token a ("X said (that)
 * ..."): its token, when it asserts (not negated, modal, conditional or
 * non-factive) and has a subject; else -1. */
static int governing_say(const gstate *g, size_t a)
{
    const ts_sent *s = g->s;
    if (a > 0 && TOK_IS(s, a - 1, "that"))
        a--;
    while (a > 0 && (s->gram[a - 1] & G_ADV) && !g->isverb[a - 1])
        a--;
    if (a == 0 || !g->isverb[a - 1])
        return -1;
    const vinfo *sv = &g->v[a - 1];
    const ts_word *w = W(s, a - 1);
    /* ", saying that ...": a participle's subject is the main clause's */
    int ing = 0; /* (its verb may be none of the dictionaries': "downplayed ..., saying that") */
    for (size_t q = a >= 2 && sv->kind == V_ING && ts_is_comma(s, a - 2) ? a - 2 : 0; q-- > 0 && !ing;)
        ing = s->mid[q] >= 0 && s->m[s->mid[q]].kind == M_NAME;
    if (!w || !(w->gram & G_SAY) || (sv->subj < 0 && !ing) || sv->neg || sv->modal || sv->cond || sv->gov != GOV_NONE ||
        non_factive(s, w))
        return -1;
    return (int)(a - 1);
}

static void blame_clauses(gstate *g)
{
    if (!(g->words & SW_BLAME))
        return; /* no "behind", "responsible" or "involved" */
    g->em.rule = "\"X said Y was behind ...\" accuses Y";
    ts_sent *s = g->s;
    static const ts_lit bear[] = {LIT("bear"),  LIT("bears"),   LIT("bore"),   LIT("borne"),
                                  LIT("carry"), LIT("carries"), LIT("carried")};
    static const ts_lit share[] = {LIT("full"),    LIT("direct"), LIT("sole"), LIT("primary"),
                                   LIT("ultimate"), LIT("the"),   LIT("entire"), LIT("complete")};
    for (size_t t = 2; t < s->ntok; t++) {
        size_t b = t - 1;
        if (ts_tok_in(s, t, bear, sizeof bear / sizeof bear[0]) && s->mid[t] < 0) {
            /* "X said Y bore (full) responsibility for ...": the bearing verb stands for "was" */
            size_t r = t + 1;
            while (r < s->ntok && r < t + 3 && ts_tok_in(s, r, share, sizeof share / sizeof share[0]))
                r++;
            if (r >= s->ntok || !TOK_IS(s, r, "responsibility"))
                continue;
            if (r + 2 < s->ntok && TOK_IS(s, r + 1, "for") && s->tok[r + 2].cas == CASE_LOWER &&
                ts_w(s, r + 2) && (ts_w(s, r + 2)->vform & VF_ING))
                continue; /* a duty: "bears responsibility for securing the border" */
            b = t;
        } else if (TOK_IS(s, t, "to") && t + 1 < s->ntok && TOK_IS(s, t + 1, "blame") && (s->gram[t - 1] & G_BE)) {
            /* "X said Y was to blame for ..." */
        } else if (!(s->gram[t - 1] & G_BE) ||
                   !(TOK_IS(s, t, "behind") || TOK_IS(s, t, "responsible") || TOK_IS(s, t, "involved")))
            continue;
        while (b > 0 && (s->gram[b - 1] & (G_ADV | G_BE | G_HAVE | G_NEG)) && s->mid[b - 1] < 0)
            b--;
        if (b == 0 || s->mid[b - 1] < 0 || (s->gram[b] & G_NEG) || (s->gram[t - 1] & G_NEG))
            continue;
        if (b == t && (s->gram[t + 1] & G_NEG))
            continue; /* "bore no responsibility" */
        int accused = s->mid[b - 1];
        if (s->m[accused].kind != M_NAME || !s->m[accused].code[0])
            continue;
        /* the saying verb that governs the clause, with its speaker */
        size_t a = s->m[accused].t0;
        while (a > 0 && ((s->gram[a - 1] & (G_DET | G_AND)) || s->mid[a - 1] >= 0 || ts_is_comma(s, a - 1)))
            a--;
        int say = governing_say(g, a);
        if (say < 0)
            continue;
        const vinfo *sv = &g->v[say];
        a = (size_t)say + 1;
        int srcs[16], tgts[16];
        size_t ns = group_of(s, sv->subj, srcs, 16), nt = group_of(s, accused, tgts, 16);
        for (size_t x = 0; x < ns; x++)
            for (size_t y = 0; y < nt; y++)
                if (strncmp(s->m[srcs[x]].code, s->m[tgts[y]].code, 3) ||
                    (strlen(s->m[srcs[x]].code) > 3 && b != t)) /* (one's own side bears a duty) */
                    emit(s, &g->em, srcs[x], tgts[y], "112", a - 1, TOCSIN_EV_ATTRIBUTED, NULL);
    }
    g->em.rule = NULL;
}

/* "China said a Philippine ship had intruded into Chinese waters": an
 * intrusion told in a clause a saying verb governs is also the speaker's
 * accusation of the intruder (112), as "X said Y was behind ..." is. */
static void intrusion_claims(gstate *g)
{
    if (!(g->words & SW_BLAME))
        return; /* no "intruded" */
    ts_sent *s = g->s;
    g->em.rule = "\"X said Y intruded into its waters\" accuses Y";
    for (size_t t = 1; t < s->ntok; t++) {
        if (!(TOK_IS(s, t, "intruded") || TOK_IS(s, t, "intrudes")) || !g->isverb[t])
            continue;
        const vinfo *v = &g->v[t];
        int intruder = v->subj;
        if (intruder < 0 || v->neg || v->modal || v->cond || v->fut || s->m[intruder].kind != M_NAME ||
            strlen(s->m[intruder].code) < 3 || ts_igo_code(s->m[intruder].code) || s->m[intruder].t0 >= t)
            continue;
        size_t a = s->m[intruder].t0;
        while (a > 0 && ((s->gram[a - 1] & (G_DET | G_QUANT)) || s->tok[a - 1].kind == TK_NUM) && s->mid[a - 1] < 0)
            a--; /* "said four Chinese ships" */
        int say = governing_say(g, a);
        if (say < 0)
            continue;
        int sp = g->v[say].subj;
        if (sp < 0 || s->m[sp].kind != M_NAME || strlen(s->m[sp].code) < 3 ||
            !strncmp(s->m[sp].code, s->m[intruder].code, 3))
            continue;
        emit(s, &g->em, sp, intruder, "112", (size_t)say, TOCSIN_EV_ATTRIBUTED, NULL);
    }
    g->em.rule = NULL;
}

/* "X said the attack was orchestrated by Y": the speaker accuses Y (112), as
 * with "Y was behind the attack". Only verbs that name a hand behind the act
 * ("carried out by" reports the act itself and is coded as it). */
static const ts_lit blame_participles[] = {LIT("supported"),    LIT("orchestrated"), LIT("ordered"),
                                            LIT("backed"),       LIT("sponsored"),    LIT("masterminded"),
                                            LIT("planned"),      LIT("organised"),    LIT("organized"),
                                            LIT("directed"),     LIT("funded"),       LIT("financed"),
                                            LIT("instigated")};

static void passive_blame(gstate *g)
{
    if (!(g->words & SW_BY))
        return; /* no "by" */
    g->em.rule = "\"X said the attack was orchestrated by Y\" accuses Y";
    ts_sent *s = g->s;
    int attack = ts_class(s->d, CL_ATTACK), air = ts_class(s->d, CL_AIRSTRIKE);
    for (size_t t = 3; t + 2 < s->ntok; t++) {
        if (!(s->gram[t - 1] & G_BE) || !TOK_IS(s, t + 1, "by"))
            continue;
        if (!ts_tok_in(s, t, blame_participles, sizeof blame_participles / sizeof blame_participles[0]) ||
            (s->gram[t - 2] & G_NEG))
            continue;
        int accused = -1;
        for (size_t q = t + 2; q < s->ntok && q < t + 5 && accused < 0; q++)
            if (s->mid[q] >= 0)
                accused = s->mid[q];
        if (accused < 0 || s->m[accused].kind != M_NAME || !s->m[accused].code[0])
            continue;
        /* the subject: an attack noun right before the verb group */
        size_t n = t - 1;
        while (n > 0 && (s->gram[n - 1] & (G_ADV | G_BE | G_HAVE)) && s->mid[n - 1] < 0)
            n--;
        if (n == 0)
            continue;
        const ts_word *nw = W(s, n - 1);
        if (!nw || !((attack >= 0 && ((nw->classes >> attack) & 1)) || (air >= 0 && ((nw->classes >> air) & 1))))
            continue;
        /* back over the noun phrase to "that" or the saying verb */
        size_t a = n - 1;
        while (a > 0 && a + 6 > n && !g->isverb[a - 1] && !TOK_IS(s, a - 1, "that") && !ts_is_comma(s, a - 1))
            a--;
        int say = governing_say(g, a);
        if (say < 0 || s->m[g->v[say].subj].kind != M_NAME)
            continue;
        const vinfo *sv = &g->v[say];
        a = (size_t)say + 1;
        if (!strncmp(s->m[sv->subj].code, s->m[accused].code, 3))
            continue;
        emit(s, &g->em, sv->subj, accused, "112", a - 1, TOCSIN_EV_ATTRIBUTED, NULL);
    }
    g->em.rule = NULL;
}

/* The act a rights group's charge names as a noun ("the killing of",
 * "an air strike on"): its code, and in *end the token after it; "" if none. */
static const char *charged_noun_code(const ts_sent *s, size_t k, size_t *end)
{
    static const struct {
        const char *w, *code;
    } acts[] = {{"killing", "190"},     {"killings", "190"},    {"massacre", "202"},    {"massacres", "202"},
                {"execution", "180"},   {"executions", "180"},  {"shooting", "180"},    {"shootings", "180"},
                {"torture", "1822"},    {"abduction", "181"},   {"abductions", "181"},  {"kidnapping", "181"},
                {"kidnappings", "181"}, {"rape", "1821"},       {"rapes", "1821"},      {"beating", "182"},
                {"beatings", "182"},    {"arrest", "173"},      {"arrests", "173"},     {"detention", "173"},
                {"bombing", "195"},     {"bombings", "195"},    {"bombardment", "195"}, {"shelling", "194"},
                {"airstrike", "195"},   {"airstrikes", "195"},  {"demolition", "1712"}, {"demolitions", "1712"},
                {"deportation", "174"}, {"deportations", "174"}};
    *end = k + 1;
    if (k + 1 < s->ntok && (TOK_IS(s, k, "air") || TOK_IS(s, k, "drone") || TOK_IS(s, k, "missile")) &&
        (TOK_IS(s, k + 1, "strike") || TOK_IS(s, k + 1, "strikes"))) {
        *end = k + 2;
        return "195";
    }
    for (size_t a = 0; a < sizeof acts / sizeof acts[0]; a++)
        if (ts_tok_is(s, k, acts[a].w, strlen(acts[a].w)))
            return acts[a].code;
    return "";
}

/* "Human Rights Watch blamed the army for the killing of 40 villagers",
 * "Amnesty condemned the arrest of three reporters by the police", "MSF
 * condemned an Israeli air strike on a hospital": the act a rights group
 * (rights_speaker) blames, condemns or documents, told as a noun with its
 * doer named (the blamed party, "by X", or the noun's own adjective or
 * possessive) and its victim after "of"/"on"/"against" (a place: its
 * country; unnamed people: the doer's country's), is the doer's act,
 * reported (charged_doer for the verbal "accused X of V-ing"). */
#define CHARGED_NOUN_WORDS 8 /* words from the act to its victim, or to "by X" */
static void charged_noun_acts(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit verbs[] = {LIT("blame"),    LIT("condemn"), LIT("criticise"), LIT("criticize"),
                                   LIT("denounce"), LIT("document"), LIT("decry"),    LIT("deplore")};
    int rights = 0; /* no rights group or UN rights office in the sentence: nothing to read (most sentences) */
    for (size_t m = 0; m < s->nm && !rights; m++)
        rights = rights_mention(s, (int)m) >= 0;
    if (!rights)
        return;
    for (size_t a = 0; a + 3 < s->ntok; a++) {
        if (!g->isverb[a] || s->mid[a] >= 0 || !lemma_in(s, W(s, a), verbs, sizeof verbs / sizeof verbs[0]))
            continue;
        const vinfo *av = &g->v[a];
        if (av->kind == V_NONE || av->neg || av->modal || av->fut || av->cond || av->hedge || av->passive ||
            g->incond[a] || (av->gov != GOV_NONE && av->gov != GOV_ASPECT) || rights_speaker(g, a) < 0)
            continue;
        int doer = -1;
        size_t p = past_det(s, a + 1, s->ntok);
        if (p < s->ntok && s->mid[p] >= 0 && (size_t)s->m[s->mid[p]].t1 + 1 < s->ntok &&
            TOK_IS(s, s->m[s->mid[p]].t1, "for")) {
            doer = s->mid[p]; /* "blamed the army for the killing of" */
            p = past_det(s, (size_t)s->m[doer].t1 + 1, s->ntok);
        }
        /* the act noun, after the doer's adjective or possessive ("an Israeli air strike", "the army's shelling") */
        size_t k = p, e = 0;
        const char *code = "";
        for (; k < s->ntok && k < p + 4 && !code[0]; k++) {
            if (ts_is_comma(s, k) || hard_boundary(s, k))
                break;
            code = charged_noun_code(s, k, &e); /* (the noun may be tagged a verb: "the arrest of") */
            if (!code[0] && g->isverb[k] && g->v[k].kind == V_FINITE)
                break;
            if (!code[0] && s->mid[k] >= 0 && doer < 0 && s->m[s->mid[k]].t0 == k)
                doer = s->mid[k]; /* "Israeli" in "an Israeli air strike", "the army" of "the army's" */
        }
        static const ts_lit struck[] = {LIT("kill"), LIT("hit"), LIT("strike"), LIT("destroy"), LIT("wound"),
                                        LIT("injure")};
        if (code[0] && e + 2 < s->ntok && (TOK_IS(s, e, "that") || TOK_IS(s, e, "which")) && g->isverb[e + 1] &&
            lemma_in(s, W(s, e + 1), struck, sizeof struck / sizeof struck[0]))
            e++; /* "an air strike that killed dozens of villagers": its victims */
        else if (!code[0] || e >= s->ntok ||
                 !(TOK_IS(s, e, "of") || TOK_IS(s, e, "on") || TOK_IS(s, e, "against")))
            continue;
        int tgt = -1, by = -1;
        for (size_t r = e + 1; r < s->ntok && r < e + 1 + CHARGED_NOUN_WORDS; r++) {
            if (hard_boundary(s, r) || ts_is_comma(s, r) || (g->isverb[r] && g->v[r].kind == V_FINITE))
                break;
            if ((s->gram[r] & G_BY) && r + 1 < s->ntok) {
                size_t b = past_det(s, r + 1, s->ntok);
                by = b < s->ntok && s->mid[b] >= 0 ? s->mid[b] : -1; /* "by Malian soldiers" */
                break;
            }
            int mr = s->mid[r];
            if (tgt >= 0 || mr < 0 || s->m[mr].t0 != r)
                continue;
            if (strlen(s->m[mr].code) >= 3 || s->m[mr].sector[0])
                tgt = mr;
        }
        if (by >= 0)
            doer = by;
        if (doer < 0 || tgt < 0 || doer == tgt || strlen(s->m[doer].code) < 3 ||
            !strncmp(s->m[doer].code, "NGO", 3) || ts_igo_code(s->m[doer].code))
            continue;
        const ts_mention *t = &s->m[tgt];
        static const ts_lit crowd[] = {LIT("protesters"), LIT("protestors"), LIT("demonstrators"), LIT("crowd"),
                                       LIT("crowds"),     LIT("marchers")};
        for (size_t r = t->t0; r < (size_t)t->t1 && (!strcmp(code, "180") || !strcmp(code, "182") || !strcmp(code, "190")); r++)
            if (ts_tok_in(s, r, crowd, sizeof crowd / sizeof crowd[0]))
                code = "175"; /* "the shooting of protesters": repression, as "shoot * protesters" codes it */
        if (strlen(t->code) < 3) {
            char cc[7] = {0}; /* "the killing of 23 villagers by Malian soldiers": Malian villagers */
            memcpy(cc, s->m[doer].code, 3);
            memcpy(cc + 3, t->sector, strnlen(t->sector, 3));
            tgt = add_actor(s, cc, t->t0, t->t1);
        } else if (is_place(s, t)) {
            char cc[4] = {t->code[0], t->code[1], t->code[2], '\0'};
            tgt = add_actor(s, cc, t->t0, t->t1); /* "on a hospital in Gaza": Palestine */
        }
        if (tgt < 0 || !strncmp(s->m[tgt].code, "NGO", 3))
            continue;
        const char *rule = g->em.rule;
        g->em.rule = "the act a rights group blames, condemns or documents, with its doer named, is the doer's act, reported";
        emit(s, &g->em, doer, tgt, code, k - 1, TOCSIN_EV_ATTRIBUTED, NULL);
        g->em.rule = rule;
    }
}

/* "Myanmar's army has been accused of ethnic cleansing against the
 * Rohingya", "the paramilitary force was accused of committing genocide in
 * Darfur", "Russian troops stand accused of massacring civilians in Bucha":
 * a state's organ or an armed group told, with no accuser named, as accused
 * of mass violence is coded as its doer (20x, attributed): the victims are the
 * first party after the act (the people of a place are its country's).
 * Not when negated, modal or asked, nor when an accuser is named ("accused by
 * X of", which the verb codes as 112). */
#define ATROCITY_WORDS 8 /* words from the act to its victims or place */
static const char *atrocity_code(const ts_sent *s, size_t q, size_t *end)
{
    *end = q + 1;
    if (TOK_IS(s, q, "genocide") || TOK_IS(s, q, "massacre") || TOK_IS(s, q, "massacres") ||
        TOK_IS(s, q, "massacring") || TOK_IS(s, q, "slaughtering") || TOK_IS(s, q, "exterminating"))
        return "202";
    if (q + 1 < s->ntok && TOK_IS(s, q, "mass") &&
        (TOK_IS(s, q + 1, "killings") || TOK_IS(s, q + 1, "killing") || TOK_IS(s, q + 1, "murder") ||
         TOK_IS(s, q + 1, "executions"))) {
        *end = q + 2;
        return "202";
    }
    if (q + 1 < s->ntok && TOK_IS(s, q, "mass") &&
        (TOK_IS(s, q + 1, "expulsions") || TOK_IS(s, q + 1, "expulsion") || TOK_IS(s, q + 1, "deportations"))) {
        *end = q + 2;
        return "201";
    }
    if (q + 1 < s->ntok && TOK_IS(s, q, "ethnic") && TOK_IS(s, q + 1, "cleansing")) {
        *end = q + 2;
        return "203";
    }
    return "";
}
static void accused_of_atrocity(gstate *g)
{
    if (!(g->words & SW_ACCUSED))
        return;
    ts_sent *s = g->s;
    if (s->ntok > 0 && ts_is_punct(s, s->ntok - 1, '?'))
        return; /* "Was the army accused of genocide?" */
    for (size_t t = 2; t + 3 < s->ntok; t++) {
        if (!(TOK_IS(s, t, "accused") || TOK_IS(s, t, "suspected")) || !TOK_IS(s, t + 1, "of"))
            continue;
        /* the verb group before: "was", "has been", "stand(s)", "widely"; nothing negated or modal */
        size_t n = t;
        int be = 0, bad = 0;
        while (n > 0 && t - n < 4 && s->mid[n - 1] < 0 &&
               ((s->gram[n - 1] & (G_BE | G_HAVE | G_ADV | G_NEG | G_MODAL | G_FUT)) || TOK_IS(s, n - 1, "stand") ||
                TOK_IS(s, n - 1, "stands") || TOK_IS(s, n - 1, "stood"))) {
            be |= (s->gram[n - 1] & G_BE) || TOK_IS(s, n - 1, "stand") || TOK_IS(s, n - 1, "stands") ||
                  TOK_IS(s, n - 1, "stood");
            bad |= (s->gram[n - 1] & (G_NEG | G_MODAL | G_FUT)) != 0;
            n--;
        }
        if (!be || bad || n == 0 || s->mid[n - 1] < 0 || g->incond[t])
            continue;
        int src = s->mid[n - 1];
        if ((size_t)s->m[src].t1 != n || !state_or_armed(s, src))
            continue;
        /* the act: "of (committing | carrying out | perpetrating) (a) massacre ..." */
        size_t q = t + 2;
        if (q < s->ntok && (TOK_IS(s, q, "committing") || TOK_IS(s, q, "perpetrating") ||
                            TOK_IS(s, q, "conducting") || TOK_IS(s, q, "orchestrating")))
            q++;
        else if (q + 1 < s->ntok && TOK_IS(s, q, "carrying") && TOK_IS(s, q + 1, "out"))
            q += 2;
        q = past_det(s, q, s->ntok);
        size_t e;
        const char *code = q < s->ntok ? atrocity_code(s, q, &e) : "";
        if (!code[0])
            continue;
        int tgt = -1, accuser = 0;
        for (size_t r = e; r + 1 < s->ntok && !accuser && !hard_boundary(s, r); r++) {
            size_t a = past_det(s, r + 1, s->ntok);
            accuser = (s->gram[r] & G_BY) && a < s->ntok && s->mid[a] >= 0; /* "... by South Africa" */
        }
        for (size_t r = e; r < s->ntok && r < e + ATROCITY_WORDS && tgt < 0 && !accuser; r++) {
            if (hard_boundary(s, r) || ts_is_comma(s, r) || (g->isverb[r] && g->v[r].kind == V_FINITE))
                break;
            int mr = s->mid[r];
            if (mr < 0 || s->m[mr].t0 != r || strlen(s->m[mr].code) < 3 || ts_igo_code(s->m[mr].code) ||
                (s->m[mr].kind != M_NAME && s->m[mr].kind != M_ADJ && !is_place(s, &s->m[mr])))
                continue;
            if (is_place(s, &s->m[mr])) {
                char cc[4] = {s->m[mr].code[0], s->m[mr].code[1], s->m[mr].code[2], '\0'};
                tgt = add_actor(s, cc, s->m[mr].t0, s->m[mr].t1); /* "in Darfur": Sudan's people */
            } else
                tgt = mr;
        }
        if (tgt < 0 || !strcmp(s->m[tgt].code, s->m[src].code))
            continue;
        const char *rule = g->em.rule;
        g->em.rule = "a state's organ or an armed group accused of mass violence, with no accuser named, is its doer";
        emit(s, &g->em, src, tgt, code, t, TOCSIN_EV_ATTRIBUTED, NULL);
        g->em.rule = rule;
    }
}

/* "deployed soldiers to the border with Belarus": keep the targeted reading only */
static void drop_untargeted_twins(gstate *g)
{
    ts_raw_event *out = g->em.out;
    size_t k2 = 0;
    for (size_t e = 0; e < g->em.n; e++) {
        int dup = 0;
        if (!out[e].tgt[0])
            for (size_t f = 0; f < g->em.n && !dup; f++)
                dup = f != e && out[f].tgt[0] && !strcmp(out[f].src, out[e].src) &&
                      !strncmp(out[f].code, out[e].code, 2);
        if (!dup)
            out[k2++] = out[e];
    }
    g->em.n = k2;
}

/* Does the sentence tell air strikes or warplanes? */
static int aerial_sentence(const ts_sent *s)
{
    for (size_t k = 0; k < s->ntok; k++)
        if (ts_in_class(s->d, W(s, k), CL_AIRSTRIKE) || TOK_IS(s, k, "warplanes") || TOK_IS(s, k, "airstrikes"))
            return 1;
    return 0;
}

#define MASS_KILLING 100 /* people killed at once that make a mass killing */
#define KILLED_WORDS 6    /* words from the verb to the count of the killed */

/* "detonated a car bomb in Omagh, killing 29 people", "stabbed two soldiers,
 * wounding one": the dead and wounded a participle after a comma counts are
 * the toll of the assault or bombing before it (18x, by the same source on
 * the same country), not a battle of their own (190). */
static void assault_toll(gstate *g)
{
    const ts_sent *s = g->s;
    static const ts_lit toll[] = {LIT("killing"), LIT("wounding"), LIT("injuring"), LIT("maiming")};
    ts_raw_event *out = g->em.out;
    size_t k2 = 0;
    for (size_t e = 0; e < g->em.n; e++) {
        size_t v = out[e].verb_t;
        int dup = 0;
        if (!strcmp(out[e].code, "190") && v > 0 && v < s->ntok && ts_is_comma(s, v - 1) &&
            ts_tok_in(s, v, toll, sizeof toll / sizeof toll[0]))
            for (size_t f = 0; f < g->em.n && !dup; f++)
                dup = f != e && out[f].code[0] == '1' && out[f].code[1] == '8' && out[f].verb_t < v &&
                      !strcmp(out[f].src, out[e].src) && !strncmp(out[f].tgt, out[e].tgt, 3);
        if (!dup)
            out[k2++] = out[e];
    }
    g->em.n = k2;
}

/* "Militants killed at least 120 villagers in a dawn raid", "the RSF
 * killed thousands of civilians": a killing of a hundred or more people is a
 * mass killing (202), as the dev gold codes it; not the toll of air strikes
 * or of weapons, nor of fighters or soldiers killed in battle. */
static void mass_killings(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit kill[] = {LIT("killed"), LIT("killing"), LIT("massacred"), LIT("slaughtered"),
                                  LIT("kills"), LIT("kill"), LIT("executed")};
    /* fighters killed in battle are a battle's toll; so are the dead of a sentence of air strikes */
    static const ts_lit combatants[] = {LIT("fighters"), LIT("soldiers"), LIT("troops"),     LIT("militants"),
                                        LIT("insurgents"), LIT("rebels"), LIT("terrorists"), LIT("jihadists"),
                                        LIT("servicemen"), LIT("militiamen")};
    int aerial = -1; /* looked for once, when a count of a hundred is found */
    ts_raw_event *out = g->em.out;
    for (size_t e = 0; e < g->em.n; e++) {
        size_t v = out[e].verb_t;
        if (out[e].code[0] != '1' || (out[e].code[1] != '8' && out[e].code[1] != '9') || v >= s->ntok ||
            !ts_tok_in(s, v, kill, sizeof kill / sizeof kill[0]) || !strncmp(out[e].code, "195", 3) ||
            (out[e].src_t0 < s->ntok && s->mid[out[e].src_t0] >= 0 && s->m[s->mid[out[e].src_t0]].weapon))
            continue; /* "air strikes killed 490 people": a war's bombing, not a massacre */
        for (size_t q = v + 1; q < s->ntok && q <= v + KILLED_WORDS; q++) {
            if (hard_boundary(s, q) || ts_is_comma(s, q))
                break;
            int many = TOK_IS(s, q, "hundreds") || TOK_IS(s, q, "thousands");
            const ts_tok *t = &s->tok[q];
            if (!many && t->kind == TK_NUM) {
                long n = 0;
                for (size_t c = 0; c < t->len && n < 1000000; c++) {
                    char ch = s->text[t->off + c];
                    if (ch >= '0' && ch <= '9')
                        n = n * 10 + (ch - '0');
                    else if (ch != ',')
                        break;
                }
                many = n >= MASS_KILLING;
            }
            if (!many)
                continue;
            size_t r = q + 1; /* "100 people", "thousands of civilians" */
            if (r < s->ntok && TOK_IS(s, r, "of"))
                r++;
            size_t mr = r < s->ntok && s->mid[r] >= 0 ? (size_t)s->m[s->mid[r]].t1 - 1 : r;
            if (aerial < 0)
                aerial = aerial_sentence(s);
            if (r < s->ntok && (person_noun(s, r) || (s->mid[r] >= 0 && is_people(&s->m[s->mid[r]]))) &&
                !ts_tok_in(s, mr, combatants, sizeof combatants / sizeof combatants[0]) && !aerial)
                memcpy(out[e].code, "202", 4);
            break;
        }
    }
}

/* "Soldiers fired live rounds at opposition supporters, killing three
 * people": the deaths of a crowd's violent repression (175) are that
 * repression, not a battle of its own; a fight (19x) between the same two
 * parties of the sentence goes. So does a crowd's attack beside its violent
 * protest (14x) against the same country. */
static void repression_deaths(gstate *g)
{
    ts_raw_event *out = g->em.out;
    size_t k2 = 0;
    for (size_t e = 0; e < g->em.n; e++) {
        int dup = 0;
        if (out[e].code[0] == '1' && out[e].code[1] == '9')
            for (size_t f = 0; f < g->em.n && !dup; f++)
                dup = f != e && !strncmp(out[f].code, "175", 3) && !strcmp(out[f].src, out[e].src) &&
                      !strcmp(out[f].tgt, out[e].tgt);
        /* "His supporters attacked the army's headquarters and set fire to a
           commander's house": a crowd's violence in its protest is the protest */
        size_t sl = strlen(out[e].src);
        if (!dup && out[e].code[0] == '1' && (out[e].code[1] == '8' || out[e].code[1] == '9') && sl == 6 &&
            (!strcmp(out[e].src + 3, "CVL") || !strcmp(out[e].src + 3, "OPP")))
            for (size_t f = 0; f < g->em.n && !dup; f++)
                dup = f != e && out[f].code[0] == '1' && out[f].code[1] == '4' && !strcmp(out[f].src, out[e].src) &&
                      !strncmp(out[f].tgt, out[e].tgt, 3);
        if (!dup)
            out[k2++] = out[e];
    }
    g->em.n = k2;
}

/* Soldiers named within a few words after verb q ("send (more) troops"). */
static int soldiers_after(const ts_sent *s, size_t q)
{
    for (size_t k = q + 1; k < s->ntok && k <= q + 4; k++)
        if (ts_tok_in(s, k, sent_forces, SENT_FORCES_N))
            return 1;
    return 0;
}

/* "threatened to strike" is a threat of force (138) */
static void threats_of_force(gstate *g)
{
    ts_sent *s = g->s;
    ts_raw_event *out = g->em.out;
    int war = ts_class(s->d, CL_WAR);
    for (size_t e = 0; e < g->em.n; e++) {
        if (strcmp(out[e].code, "130"))
            continue;
        for (size_t q = out[e].verb_t + 1; q < s->ntok && war >= 0; q++) {
            const ts_word *wq = ts_w(s, q);
            if (wq && ((wq->classes >> war) & 1) && !(q > 0 && TOK_IS(s, q - 1, "trade"))) {
                memcpy(out[e].code, "138", 4); /* "... would be treated as an act of war" */
                break;
            }
        }
        for (size_t q = out[e].verb_t + 1; q < s->ntok; q++)
            if (g->isverb[q] && g->v[q].govv == (int16_t)out[e].verb_t) {
                int r = g->v[q].root;
                if (r == 15 || r >= 18 || (r == 7 && deploy_verb(s, q) && soldiers_after(s, q)))
                    memcpy(out[e].code, "138", 4); /* also "threatened to send troops to Kosovo" */
                else if (r == 17)
                    memcpy(out[e].code, "137", 4);
                break;
            }
    }
}

/* Keeps the sentence's events for which dropped() is 0. */
static void keep_events(gstate *g, int (*dropped)(const gstate *, size_t))
{
    size_t k = 0;
    for (size_t e = 0; e < g->em.n; e++)
        if (!dropped(g, e))
            g->em.out[k++] = g->em.out[e];
    g->em.n = k;
}

/* "India retaliated by banning Chinese apps": a response verb whose own
 * pattern spans its "by" gerund ("retaliate by * banning", 163) already
 * coded the act; the gerund's own event (172) is the same act again. */
static int answered_gerund(const gstate *g, size_t e)
{
    const ts_sent *s = g->s;
    const ts_raw_event *out = g->em.out;
    size_t vt = out[e].verb_t;
    int gv = vt < s->ntok && g->isverb[vt] ? g->v[vt].govv : -1;
    int dup = 0;
    if (gv >= 0 && vt > 0 && TOK_IS(s, vt - 1, "by"))
        for (size_t f = 0; f < g->em.n && !dup; f++)
            dup = f != e && out[f].verb_t == (size_t)gv;
    return dup;
}

/* "launched its biggest air attack on Ukraine, firing 120 missiles and 90
 * drones": missiles fired in a participle after a comma that tells how an
 * attack on the same party was made are that attack, not also a show of
 * force (150); "held drills and fired missiles" stays both. */
static int attack_told_by_firing(const gstate *g, size_t e)
{
    const ts_sent *s = g->s;
    const ts_raw_event *out = g->em.out;
    size_t vt = out[e].verb_t;
    if (strcmp(out[e].code, "150") || vt >= s->ntok || !g->isverb[vt] || g->v[vt].kind != V_ING ||
        g->v[vt].chain0 < 1 || !ts_is_comma(s, (size_t)g->v[vt].chain0 - 1) || !out[e].tgt[0])
        return 0;
    for (size_t f = 0; f < g->em.n; f++) {
        int r = root_of(out[f].code);
        if (f != e && (r == 18 || r == 19 || r == 20) && out[f].verb_t < vt && !strcmp(out[f].src, out[e].src) &&
            !strcmp(out[f].tgt, out[e].tgt))
            return 1;
    }
    return 0;
}

/* "considering sending arms" is 033, not also 014 for "considering" */
static int governing_intent(const gstate *g, size_t e)
{
    const ts_sent *s = g->s;
    size_t vt = g->em.out[e].verb_t;
    int governs = 0;
    const ts_word *gw = W(s, vt);
    /* nor 030 for "expressed its readiness to send troops" (0334): the pledge is the act's */
    if (gw && ((gw->gram & (G_INTENT | G_PLEDGE)) || root_of(g->em.out[e].code) == 3))
        for (size_t q = vt + 1; q < s->ntok && !governs; q++)
            if (g->isverb[q] && g->v[q].govv == (int16_t)vt && g->v[q].coded)
                governs = 1;
    return governs;
}

/* ---- nominal events ----
 * A clause whose subject is an event noun carries that event as its main
 * content: "Turkish air strikes on Kurdish militants killed 12 people", "Clashes between
 * Armenian and Azerbaijani troops left four dead", "Talks between Iran and
 * the United States resumed in Oman". The noun's actors are its modifier or
 * possessor ("Israeli", "Russia's") or its "by" phrase, and its "on" /
 * "against" object or "between" pair. Only asserted clauses count: a
 * negated, modal or future verb, a copula or a passive ("talks are planned")
 * codes nothing. The parse is asked only when such a noun and an actor are
 * in the sentence and nothing else was coded. */

#define NOMINAL_SPAN 8 /* words from the event noun to its "on"/"between" actor */

static inline int class_bit(const ts_sent *s, size_t k, int which) { return ts_in_class(s->d, W(s, k), which); }

/* The nominal event's code for the noun at k, "" when it is none. */
/* "a cyber attack", "a ransomware attack", "the attack on government
 * websites": an attack noun at k told as one on computers (171, as hacking). */
#define CYBER_NOUN_WORDS 6 /* words after the noun read for its computers */
static int cyber_noun(const ts_sent *s, size_t k)
{
    static const ts_lit machines[] = {LIT("website"),  LIT("websites"),  LIT("server"),   LIT("servers"),
                                      LIT("computer"), LIT("computers"), LIT("database"), LIT("databases")};
    if (k >= 1 && ts_tok_in(s, k - 1, cyber_words, CYBER_WORDS_N))
        return 1;
    for (size_t q = k + 1; q < s->ntok && q <= k + CYBER_NOUN_WORDS; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q))
            return 0;
        if (ts_tok_in(s, q, machines, sizeof machines / sizeof machines[0]))
            return 1;
    }
    return 0;
}

static const char *nominal_code(const ts_sent *s, size_t k, int *sym)
{
    *sym = 0;
    if (k >= s->ntok)
        return "";
    size_t len = s->tok[k].len; /* the words below have 5 to 8 letters */
    if (len >= 5 && len <= 8 && (TOK_IS(s, k, "clash") || TOK_IS(s, k, "clashes") || TOK_IS(s, k, "fighting"))) {
        *sym = 1;
        return "190";
    }
    if ((len == 8 || len == 9) && k + 2 < s->ntok && TOK_IS(s, k + 1, "of") &&
        (TOK_IS(s, k, "exchange") || TOK_IS(s, k, "exchanges"))) {
        /* "exchanges of fire between Indian and Chinese troops", "an exchange
           of gunfire along the border": fighting, both ways */
        size_t f = k + 2 + (k + 3 < s->ntok && (TOK_IS(s, k + 2, "heavy") || TOK_IS(s, k + 2, "artillery") ||
                                                 TOK_IS(s, k + 2, "small") || TOK_IS(s, k + 2, "sporadic")));
        if (TOK_IS(s, f, "fire") || TOK_IS(s, f, "gunfire") || TOK_IS(s, f, "shots") || TOK_IS(s, f, "arms")) {
            *sym = 1;
            return TOK_IS(s, f, "gunfire") || TOK_IS(s, f, "shots") ? "193" : "190";
        }
    }
    const ts_word *w = W(s, k);
    if (!w || !w->classes) /* in no class: of the rest, only "shelling" can be one */
        return len == 8 && TOK_IS(s, k, "shelling") ? "194" : "";
    if (class_bit(s, k, CL_AIRSTRIKE) ||
        (k > 0 && class_bit(s, k, CL_ATTACK) &&
         (TOK_IS(s, k - 1, "air") || TOK_IS(s, k - 1, "drone") || TOK_IS(s, k - 1, "missile") ||
          TOK_IS(s, k - 1, "rocket"))))
        return "195"; /* aerial weapons: "air strikes", "a drone strike", "missile attacks" */
    if (k > 0 && TOK_IS(s, k - 1, "artillery") && class_bit(s, k, CL_ATTACK))
        return "194";
    if (TOK_IS(s, k, "shelling"))
        return "194";
    if (class_bit(s, k, CL_ATTACK))
        return cyber_noun(s, k) ? "171" : "190"; /* "the attack on Czech government websites": hacking */
    if (class_bit(s, k, CL_TALK)) {
        *sym = 1;
        return "046";
    }
    if (class_bit(s, k, CL_MEETING)) {
        *sym = 1;
        return "040";
    }
    return "";
}

/* "A truce between Armenia and Azerbaijan came into force", "the ceasefire
 * between them took effect / held": a truce that starts or holds is declared
 * by both (0871). Only with such a verb: one that collapsed, expired or was
 * violated is no declaration, so this is not a nominal_code noun. */
static int truce_noun(const ts_sent *s, size_t k)
{
    static const ts_lit truce[] = {LIT("ceasefire"), LIT("truce"), LIT("armistice")};
    return ts_tok_in(s, k, truce, sizeof truce / sizeof truce[0]); /* asked of most tokens: one test */
}

static int truce_began(const ts_sent *s, size_t v)
{
    const ts_word *w = ts_w(s, v);
    if (!w)
        return 0;
    const char *l = ts_lex_name(&s->d->lex, (int32_t)w->lemma);
    if (!strcmp(l, "begin") || !strcmp(l, "start") || !strcmp(l, "hold"))
        return 1;
    if (!strcmp(l, "take")) /* "took effect" */
        return TOK_IS(s, v + 1, "effect");
    if (!strcmp(l, "come") || !strcmp(l, "go") || !strcmp(l, "enter")) /* "came into force" */
        return TOK_IS(s, v + 1, "into") && (TOK_IS(s, v + 2, "force") || TOK_IS(s, v + 2, "effect"));
    return 0;
}

/* nominal_code, and a truce as a clause's subject */
static const char *subject_code(const ts_sent *s, size_t k, int *sym)
{
    const char *c = nominal_code(s, k, sym);
    if (!c[0] && truce_noun(s, k)) {
        *sym = 1;
        return "0871";
    }
    return c;
}

/* The actor right after token k: skips determiners and adjectives. */
static int actor_after(const gstate *g, size_t k, size_t end)
{
    const ts_sent *s = g->s;
    for (size_t q = k + 1; q < end && q < k + 4; q++) {
        if (s->mid[q] >= 0)
            return s->m[s->mid[q]].kind == M_NAME || s->m[s->mid[q]].kind == M_ADJ ? s->mid[q] : -1;
        if (s->tok[q].kind != TK_WORD)
            return -1;
    }
    return -1;
}

/* Could token e, as the subject the parse finds for a later verb, give
 * nominal_events an event? Its tests after the parse, made without it: the
 * verb is somewhere after e, so what is read up to the verb is read up to
 * the end of the sentence here, and both ends of the event need an actor
 * with a code. */
static int nominal_subject_possible(const gstate *g, size_t e)
{
    const ts_sent *s = g->s;
    int sym;
    if (e + 1 >= s->ntok || s->mid[e] >= 0 || g->skip[e] || !subject_code(s, e, &sym)[0])
        return 0;
    int src = 0;
    for (size_t q = e; q-- > 0 && q + 5 > e;) {
        int mq = s->mid[q];
        if (mq >= 0) {
            src = (s->m[mq].kind == M_ADJ || s->m[mq].modifier == 2 || s->m[mq].kind == M_NAME) &&
                  !is_place(s, &s->m[mq]) && s->m[mq].code[0];
            break;
        }
        if (s->tok[q].kind == TK_PUNCT && !TOK_IS(s, q, "'s") && !TOK_IS(s, q, "-"))
            break;
    }
    for (size_t q = e + 1; q < s->ntok && q < e + NOMINAL_SPAN && !src; q++)
        if (TOK_IS(s, q, "by") || TOK_IS(s, q, "between")) {
            int a = actor_after(g, q, s->ntok);
            src = a >= 0 && s->m[a].code[0];
        }
    if (!src)
        return 0;
    for (size_t q = e + 1; q < s->ntok; q++)
        if (s->mid[q] >= 0 && (s->m[s->mid[q]].kind == M_NAME || s->m[s->mid[q]].kind == M_ADJ) &&
            s->m[s->mid[q]].code[0])
            return 1; /* the target or the partner */
    return 0;
}

/* An armed sector no country names ("rebels", "the army", "Tuareg
 * fighters") right after token k, before end: its mention, or -1. */
static int unnamed_force_after(const gstate *g, size_t k, size_t end)
{
    const ts_sent *s = g->s;
    for (size_t q = k + 1; q < end && q < k + 4; q++) {
        int mq = s->mid[q];
        if (mq >= 0)
            return s->m[mq].kind == M_UNRES && !s->m[mq].code[0] &&
                           (!strcmp(s->m[mq].sector, "REB") || !strcmp(s->m[mq].sector, "MIL"))
                       ? mq
                       : -1;
        if (s->tok[q].kind != TK_WORD || (s->gram[q] & (G_AND | G_PREP | G_LOC)))
            return -1;
    }
    return -1;
}

/* "Fighting broke out between rebels and the Malian army", "clashes between
 * the army and the RSF": a fight at home, where the side no country names
 * (*u, an armed sector) is of the named side's country (*n) when it is the
 * named side's enemy at home: rebels against a state's forces, an army
 * against a country's armed group. Names *u and returns 1, else 0. */
static int fight_at_home(ts_sent *s, int u, int n)
{
    if (u < 0 || n < 0 || s->m[n].kind != M_NAME || strlen(s->m[n].code) != 6 || is_place(s, &s->m[n]) ||
        ts_igo_code(s->m[n].code))
        return 0;
    const char *ns = s->m[n].code + 3, *us = s->m[u].sector;
    int rebels_v_state = !strcmp(us, "REB") && (!strcmp(ns, "MIL") || !strcmp(ns, "GOV") || !strcmp(ns, "COP"));
    int army_v_group = !strcmp(us, "MIL") && !strcmp(ns, "REB");
    if (!rebels_v_state && !army_v_group)
        return 0;
    for (size_t q = 0; q < s->nm; q++)
        if (s->m[q].code[0] && strncmp(s->m[q].code, s->m[n].code, 3))
            return 0; /* "between rebels and Russian troops in Ukraine's east": not at home */
    name_unresolved(&s->m[u], s->m[n].code);
    return 1;
}

/* The other of a pair that one reference names ("between the two armies",
 * "the two sides", after a story named both: mention.c take_two): the
 * mention that shares the first's words and points back to it, or -1. */
static int two_partner(const ts_sent *s, int a)
{
    if (a < 0 || !s->m[a].resolved)
        return -1;
    for (size_t k = (size_t)a + 1; k < s->nm; k++)
        if (s->m[k].group == a && s->m[k].resolved && s->m[k].t1 == s->m[a].t1 && s->m[k].t0 > s->m[a].t0)
            return (int)k;
    return -1;
}

/* "between A and B" at token q: the actors after "between" (*a) and after
 * its "and" (*b), within NOMINAL_SPAN tokens; -1 each when missing. */
static void between_pair(gstate *g, size_t q, int *a, int *b)
{
    ts_sent *s = g->s;
    size_t lim = q + NOMINAL_SPAN < s->ntok ? q + NOMINAL_SPAN : s->ntok;
    *a = actor_after(g, q, lim);
    *b = -1;
    for (size_t r = q + 1; *a >= 0 && r < lim; r++)
        if (s->gram[r] & G_AND) {
            *b = actor_after(g, r, lim);
            break;
        }
    if (*b < 0)
        *b = two_partner(s, *a); /* "between the two armies" */
}

/* "Fighting erupted between Israeli troops and Hezbollah fighters", "fierce
 * clashes broke out between", "talks resumed between", "a truce took effect
 * between": an event noun, a verb of its onset or course right after it (no
 * auxiliary, so no negation or modal), then the "between" pair. Read without
 * the parse, which takes "clashes" for a verb there. Returns 1 when coded. */
static int onset_between(gstate *g, size_t k)
{
    ts_sent *s = g->s;
    int sym;
    const char *code = subject_code(s, k, &sym);
    if (!sym || !code[0])
        return 0;
    size_t v = k + 1;
    while (v < s->ntok && v < k + 3 && g->adv[v])
        v++;
    /* by their forms: "erupted" may be in no dictionary */
    static const ts_lit onset[] = {
        LIT("erupted"),  LIT("erupts"),      LIT("raged"),       LIT("rages"),     LIT("broke"),   LIT("breaks"),
        LIT("flared"),   LIT("flares"),      LIT("continued"),   LIT("continues"), LIT("resumed"), LIT("resumes"),
        LIT("intensified"), LIT("intensifies"), LIT("escalated"), LIT("escalates"), LIT("spread"), LIT("spreads"),
        LIT("began"),    LIT("begins"),      LIT("started"),     LIT("starts"),    LIT("persisted"), LIT("persists")};
    static const ts_lit effect[] = {LIT("took"), LIT("takes"), LIT("came"),  LIT("comes"),
                                    LIT("went"), LIT("goes"),  LIT("held"),  LIT("holds")};
    if (v >= s->ntok || s->mid[v] >= 0 || g->incond[v])
        return 0;
    int truce = !strcmp(code, "0871");
    if (truce ? !(ts_tok_in(s, v, effect, sizeof effect / sizeof effect[0]) && truce_began(s, v))
              : !(ts_tok_in(s, v, onset, sizeof onset / sizeof onset[0]) ||
                  ((TOK_IS(s, v, "took") || TOK_IS(s, v, "takes")) && TOK_IS(s, v + 1, "place"))))
        return 0; /* a truce takes effect or holds; fighting erupts; talks take place */
    size_t q = v + 1;
    while (q < s->ntok && q < v + 5 &&
           (g->adv[q] || TOK_IS(s, q, "out") || TOK_IS(s, q, "up") || TOK_IS(s, q, "effect") ||
            TOK_IS(s, q, "place") || TOK_IS(s, q, "into") || TOK_IS(s, q, "force")))
        q++;
    if (q >= s->ntok || !TOK_IS(s, q, "between"))
        return 0;
    int src, pair;
    between_pair(g, q, &src, &pair);
    if (src < 0 && pair < 0 && root_of(code) == 19) {
        /* "between rebels and the Malian army": the first side named by the second */
        size_t lim = q + NOMINAL_SPAN < s->ntok ? q + NOMINAL_SPAN : s->ntok;
        int u = unnamed_force_after(g, q, lim);
        for (size_t r = q + 1; u >= 0 && r < lim; r++)
            if (s->gram[r] & G_AND) {
                int n = actor_after(g, r, lim);
                if (fight_at_home(s, u, n)) {
                    src = u;
                    pair = n;
                }
                break;
            }
    } else if (src >= 0 && pair < 0 && root_of(code) == 19) {
        /* "between the Sudanese army and rebels" */
        size_t lim = q + NOMINAL_SPAN < s->ntok ? q + NOMINAL_SPAN : s->ntok;
        for (size_t r = q + 1; r < lim; r++)
            if (s->gram[r] & G_AND) {
                int u = unnamed_force_after(g, r, lim);
                if (fight_at_home(s, u, src))
                    pair = u;
                break;
            }
    }
    if (src < 0 || pair < 0 || !s->m[src].code[0] || !s->m[pair].code[0] ||
        !strcmp(s->m[src].code, s->m[pair].code) ||
        (!strncmp(s->m[src].code, s->m[pair].code, 3) &&
         (strlen(s->m[src].code) <= 3 || strlen(s->m[pair].code) <= 3)))
        return 0;
    unsigned flags = (g->isverb[v] && g->v[v].attributed) || g->say_speaker >= 0 ? TOCSIN_EV_ATTRIBUTED : 0;
    emit(s, &g->em, src, pair, code, k, flags, NULL);
    emit(s, &g->em, pair, src, code, k, flags | TOCSIN_EV_SYMMETRIC, NULL);
    return 1;
}

/* The country of mention place (-1: none), else of the place the gazetteer
 * found in the sentence, into cc (three letters and a NUL); 0 when neither. */
static int place_country(const ts_sent *s, int place, char cc[4])
{
    cc[0] = cc[3] = '\0';
    if (place >= 0)
        memcpy(cc, s->m[place].code, 3);
    else if (s->place_cc[0])
        memcpy(cc, s->place_cc, 3);
    return cc[0] != '\0';
}

/* Protests told as a noun with a verb of their onset or course: "Protests
 * erupted in Nairobi over the tax bill", "Anti-French protests swept Niger",
 * "Riots broke out in Dakar", "A general strike paralysed Buenos Aires". The
 * people of the place protest (141; riots 145, a general strike 143) against
 * the country an "anti-" word or "against" names, else their government. Only
 * in a sentence that coded nothing else, with the noun near its start. */
#define PROTEST_NOUN_AT 6 /* tokens before the protest noun */
#define PROTEST_PLACE_SPAN 10 /* tokens from the verb to the place */
static void protest_nouns(gstate *g)
{
    ts_sent *s = g->s;
    if (g->em.n || !(g->words & SW_PROTEST))
        return; /* events already, or none of protest[]'s words (sentence_words) */
    static const ts_lit protest[] = {LIT("protests"), LIT("protest"), LIT("demonstrations"), LIT("demonstration"),
                                     LIT("riots"),    LIT("riot"),    LIT("strike"),         LIT("strikes")};
    static const ts_lit onset[] = {
        LIT("erupted"), LIT("broke"),     LIT("spread"),    LIT("swept"),     LIT("rocked"),    LIT("gripped"),
        LIT("flared"),  LIT("continued"), LIT("shook"),     LIT("paralysed"), LIT("paralyzed"), LIT("engulfed"),
        LIT("resumed"), LIT("raged"),     LIT("escalated"), LIT("intensified"), LIT("hit"),     LIT("shut"),
        LIT("held"),    LIT("staged"),    LIT("entered"),   LIT("grew")}; /* "Protests were held in dozens of cities" */
    static const ts_lit general[] = {LIT("general"), LIT("nationwide"), LIT("national"), LIT("indefinite")};
    size_t k = 0;
    while (k < s->ntok && k < PROTEST_NOUN_AT && !ts_tok_in(s, k, protest, sizeof protest / sizeof protest[0]))
        k++;
    if (k >= s->ntok || k >= PROTEST_NOUN_AT)
        return;
    int anti = -1; /* "anti-French protests": the country they are against */
    if (s->mid[k] >= 0) {
        size_t a = s->m[s->mid[k]].t0; /* the phrase holds the noun: "anti-French protests" */
        if (a < 2 || !TOK_IS(s, a - 2, "anti") || !TOK_IS(s, a - 1, "-"))
            return;
        anti = s->mid[k];
    }
    const char *code = "141";
    if (TOK_IS(s, k, "riots") || TOK_IS(s, k, "riot"))
        code = "145";
    else if (TOK_IS(s, k, "strike") || TOK_IS(s, k, "strikes")) {
        if (!(k > 0 && ts_tok_in(s, k - 1, general, sizeof general / sizeof general[0])) &&
            !(TOK_IS(s, k + 1, "by") && k + 2 < s->ntok && s->mid[k + 2] >= 0 && civil_people(&s->m[s->mid[k + 2]])))
            return; /* "air strikes hit Gaza": a labour strike is a general one, or one by workers */
        code = "143";
    }
    for (size_t q = 0; q < k; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (g->isverb[q] && g->v[q].kind == V_FINITE))
            return; /* the noun opens the sentence's first clause */
        if (q + 2 <= k && TOK_IS(s, q, "anti") && TOK_IS(s, q + 1, "-") && s->mid[q + 2] >= 0)
            anti = s->mid[q + 2];
    }
    size_t v = k + 1; /* past the noun's own phrase: "Demonstrations against the junta continued" */
    while (v < s->ntok && v <= k + PROTEST_NOUN_AT && !ts_tok_in(s, v, onset, sizeof onset / sizeof onset[0])) {
        if (hard_boundary(s, v) || ts_is_comma(s, v) ||
            (s->gram[v] & (G_SUB | G_REL | G_CONJ | G_MODAL | G_NEG | G_FUT)) ||
            (g->isverb[v] && g->v[v].kind == V_FINITE && !(s->gram[v] & (G_BE | G_HAVE))))
            return;
        v++;
    }
    if (v >= s->ntok || !ts_tok_in(s, v, onset, sizeof onset / sizeof onset[0]) || g->incond[v])
        return;
    size_t end = clause_end(g, v);
    int place = -1;
    for (size_t q = k + 1; q < end && q <= v + PROTEST_PLACE_SPAN && place < 0; q++) {
        int m = s->mid[q]; /* "Protests by students in Dhaka entered ...", "... swept Niger" */
        if (m >= 0 && m != anti && (s->m[m].kind == M_NAME || s->m[m].kind == M_ADJ) && strlen(s->m[m].code) >= 3 &&
            !ts_igo_code(s->m[m].code) && strncmp(s->m[m].code, "WST", 3) &&
            !(q > 0 && (TOK_IS(s, q - 1, "against") || TOK_IS(s, q - 1, "by"))))
            place = m;
    }
    char cc[4];
    if (!place_country(s, place, cc))
        return;
    int tgt = -1;
    if (anti >= 0 && strlen(s->m[anti].code) >= 3 && strncmp(s->m[anti].code, cc, 3))
        tgt = anti;
    for (size_t q = k + 1; q + 1 < end && tgt < 0; q++)
        if (TOK_IS(s, q, "against") && s->mid[q + 1] >= 0 && s->m[s->mid[q + 1]].kind != M_UNRES &&
            strlen(s->m[s->mid[q + 1]].code) >= 3 && strncmp(s->m[s->mid[q + 1]].code, cc, 3))
            tgt = s->mid[q + 1]; /* "protests against Israel swept Amman" */
    int src = -1; /* "a strike by doctors", "protests by students in Dhaka": theirs */
    for (size_t q = k + 1; q + 1 < v && src < 0; q++)
        if (TOK_IS(s, q, "by") && s->mid[q + 1] >= 0 && civil_people(&s->m[s->mid[q + 1]]))
            src = s->mid[q + 1];
    if (src >= 0 && s->m[src].kind == M_UNRES)
        name_unresolved(&s->m[src], cc);
    char src_code[7], gov[7];
    memcpy(src_code, cc, 3);
    memcpy(src_code + 3, "CVL", 4);
    if (src < 0)
        src = add_actor(s, src_code, 0, 0);
    if (src < 0)
        return;
    if (tgt < 0) {
        country_gov(cc, gov);
        tgt = add_actor(s, gov, 0, 0);
    }
    if (tgt < 0)
        return;
    g->em.rule = "protests told as a noun: the place's people against the party named, else their government";
    emit(s, &g->em, src, tgt, code, k, g->say_speaker >= 0 ? TOCSIN_EV_ATTRIBUTED : 0, NULL);
    g->em.rule = NULL;
}

/* Protests told as a noun that an act set off: "..., sparking angry protests
 * by her followers in the capital", "The verdict triggered
 * demonstrations in Dakar". Those the "by" names, else the people of the
 * place (the place named after the noun, the sentence's, the dateline's, or
 * the one country the sentence names) protest against the party "against"
 * names, else their government: 141, violent ones and riots 145. Not an
 * onset only feared, said to come or denied ("could spark protests"). */
#define SPARKED_NOUN_WORDS 3 /* from the causing verb to the noun: "set off mass street protests" */
static void sparked_protests(gstate *g)
{
    ts_sent *s = g->s;
    if (!(g->words & SW_PROTEST))
        return;
    static const ts_lit cause[] = {LIT("sparked"),   LIT("sparking"),  LIT("triggered"), LIT("triggering"),
                                   LIT("provoked"),  LIT("provoking"), LIT("prompted"),  LIT("prompting"),
                                   LIT("ignited"),   LIT("igniting"),  LIT("fuelled"),   LIT("fueled"),
                                   LIT("unleashed"), LIT("touched")};
    static const ts_lit protest[] = {LIT("protests"), LIT("demonstrations"), LIT("riots"), LIT("rioting")};
    for (size_t c = 0; c + 1 < s->ntok; c++) {
        if (s->tok[c].cas != CASE_LOWER || !ts_tok_in(s, c, cause, sizeof cause / sizeof cause[0]) || g->incond[c])
            continue;
        if (g->isverb[c]) {
            const vinfo *cv = &g->v[c];
            if (cv->neg || cv->modal || cv->fut || cv->cond || cv->hedge || cv->passive ||
                (cv->gov != GOV_NONE && cv->gov != GOV_ASPECT))
                continue;
        }
        if ((c > 0 && (s->gram[c - 1] & (G_MODAL | G_NEG | G_FUT | G_BE | G_HAVE))) ||
            (c > 1 && (s->gram[c - 2] & (G_MODAL | G_NEG | G_FUT)))) {
            if (!(c > 0 && (s->gram[c - 1] & G_HAVE) && !(c > 1 && (s->gram[c - 2] & (G_MODAL | G_NEG | G_FUT)))))
                continue; /* "could spark", "did not trigger", "were prompted"; but "has sparked" */
        }
        size_t k = c + 1;
        if (TOK_IS(s, k, "off"))
            k++; /* "touched off", "set off" */
        size_t k0 = k;
        while (k < s->ntok && k < k0 + SPARKED_NOUN_WORDS && s->tok[k].cas == CASE_LOWER && s->mid[k] < 0 &&
               !ts_tok_in(s, k, protest, sizeof protest / sizeof protest[0]) && !g->isverb[k])
            k++;
        if (k >= s->ntok || !ts_tok_in(s, k, protest, sizeof protest / sizeof protest[0]))
            continue;
        int violent = TOK_IS(s, k, "riots") || TOK_IS(s, k, "rioting");
        for (size_t q = k0; q < k; q++)
            violent |= TOK_IS(s, q, "violent");
        size_t end = clause_end(g, k);
        int src = -1, tgt = -1, place = -1;
        for (size_t q = k + 1; q < end && q <= k + PROTEST_PLACE_SPAN; q++) {
            int m = s->mid[q];
            if (m < 0 || s->m[m].t0 != q)
                continue;
            if (TOK_IS(s, q - 1, "by") && src < 0 && civil_people(&s->m[m]))
                src = m; /* "protests by his supporters" */
            else if (TOK_IS(s, q - 1, "against") && tgt < 0 && s->m[m].kind != M_UNRES && s->m[m].code[0])
                tgt = m;
            else if (place < 0 && (s->m[m].kind == M_NAME || s->m[m].kind == M_ADJ) && strlen(s->m[m].code) >= 3 &&
                     !ts_igo_code(s->m[m].code) && is_place(s, &s->m[m]))
                place = m;
        }
        char cc[4];
        if (!place_country(s, place, cc) && s->home_cc[0])
            memcpy(cc, s->home_cc, 3);
        else if (!cc[0]) {
            for (size_t m = 0; m < s->nm; m++) {
                const ts_mention *x = &s->m[m];
                if ((x->kind != M_NAME && x->kind != M_ADJ) || strlen(x->code) < 3 || ts_igo_code(x->code))
                    continue;
                if (cc[0] && strncmp(cc, x->code, 3)) {
                    cc[0] = '\0'; /* two countries: cannot tell */
                    break;
                }
                memcpy(cc, x->code, 3);
            }
        }
        cc[3] = '\0';
        if (!cc[0])
            continue;
        if (src >= 0 && s->m[src].kind == M_UNRES)
            name_unresolved(&s->m[src], cc);
        if (src >= 0 && strncmp(s->m[src].code, cc, 3))
            continue;
        if (src < 0) {
            char sc[7];
            memcpy(sc, cc, 3);
            memcpy(sc + 3, "CVL", 4);
            src = add_actor(s, sc, 0, 0);
        }
        if (tgt < 0) {
            char gov[7];
            country_gov(cc, gov);
            tgt = add_actor(s, gov, 0, 0);
        }
        if (src < 0 || tgt < 0)
            return;
        g->em.rule = "protests an act set off, told as a noun: their people against the party named, else their government";
        emit(s, &g->em, src, tgt, violent ? "145" : "141", k, g->say_speaker >= 0 ? TOCSIN_EV_ATTRIBUTED : 0, NULL);
        g->em.rule = NULL;
        return;
    }
}

/* "Indian and Pakistani troops clashed in Kashmir. Exchanges of fire were
 * reported near Poonch", "... Fighting resumed on Friday": a
 * fight told as a noun at the head of a sentence that names no party, with a
 * verb of its course, is between the story's two parties when its last use
 * of force was between them (ts_ctx.pair, attacker and attacked). 1 when
 * coded. */
#define STORY_FIGHT_NOUN_AT 3 /* tokens before the fight noun ("Heavy", "Fierce") */
#define STORY_FIGHT_VERB_SPAN 6 /* tokens from the noun to its verb ("of heavy fire were reported") */
static int story_fight_onset(gstate *g)
{
    ts_sent *s = g->s;
    const ts_ctx *x = s->ctx;
    if (!x->pair[0][0] || !x->attacker[0] ||
        !((!strncmp(x->pair[0], x->attacker, 3) && !strncmp(x->pair[1], x->attacked, 3)) ||
          (!strncmp(x->pair[1], x->attacker, 3) && !strncmp(x->pair[0], x->attacked, 3))))
        return 0; /* the story's last two parties are not the last to have fought */
    for (size_t q = 0; q < s->nm; q++) {
        const ts_mention *m = &s->m[q];
        if (!m->code[0] || (m->kind != M_NAME && m->kind != M_ADJ))
            continue;
        if (!is_place(s, m))
            return 0; /* a party named here: the sentence's own rules decide */
        if (strncmp(m->code, x->pair[0], 3) && strncmp(m->code, x->pair[1], 3))
            return 0; /* "Clashes erupted in Khartoum": a fight elsewhere */
    }
    size_t k = 0;
    int sym = 0;
    while (k < s->ntok && k < STORY_FIGHT_NOUN_AT &&
           !(s->tok[k].kind == TK_WORD && !strcmp(nominal_code(s, k, &sym), "190") && sym))
        k++;
    if (k >= s->ntok || k >= STORY_FIGHT_NOUN_AT)
        return 0;
    static const ts_lit course[] = {LIT("erupted"), LIT("raged"),     LIT("broke"),     LIT("flared"),
                                    LIT("resumed"), LIT("continued"), LIT("intensified"), LIT("escalated"),
                                    LIT("reported"), LIT("spread")};
    size_t v = k + 1;
    while (v < s->ntok && v < k + STORY_FIGHT_VERB_SPAN && !ts_tok_in(s, v, course, sizeof course / sizeof course[0]))
        v++;
    if (v >= s->ntok || v >= k + STORY_FIGHT_VERB_SPAN || g->incond[v])
        return 0;
    for (size_t q = 0; q < s->ntok; q++)
        if (s->gram[q] & (G_NEG | G_MODAL | G_FUT | G_HYPO | G_IF | G_WH))
            return 0; /* "no exchanges of fire were reported", "fighting could resume" */
    if (TOK_IS(s, v, "reported") && !(v > 0 && (TOK_IS(s, v - 1, "were") || TOK_IS(s, v - 1, "was"))))
        return 0;
    int a = add_remembered(s, x->pair[0]), b = a >= 0 ? add_remembered(s, x->pair[1]) : -1;
    if (a < 0 || b < 0)
        return 0;
    g->em.rule = "a fight told as a noun, naming no party, is between the story's two parties that last fought";
    emit(s, &g->em, a, b, "190", k, 0, NULL);
    emit(s, &g->em, b, a, "190", k, TOCSIN_EV_SYMMETRIC, NULL);
    g->em.rule = NULL;
    return 1;
}

/* A state or armed group that strikes, named by the words before an attack
 * noun ("an Israeli strike", "a Russian missile strike", "Hamas's attack"):
 * a country, its government, forces or police, or a rebel group; not its
 * people, companies or media. */
static int nominal_striker(const ts_sent *s, int m)
{
    const char *c = s->m[m].code;
    size_t n = strlen(c);
    if ((s->m[m].kind != M_ADJ && s->m[m].kind != M_NAME) || n < 3 || ts_igo_code(c) || !strncmp(c, "WST", 3))
        return 0;
    return n == 3 || !strcmp(c + 3, "GOV") || !strcmp(c + 3, "MIL") || !strcmp(c + 3, "COP") ||
           !strcmp(c + 3, "REB");
}

static void nominal_events(gstate *g)
{
    g->em.rule = "an event noun as the subject of its clause";
    ts_sent *s = g->s;
    size_t weak = 0; /* events whose target is only their place: a nominal event outranks them */
    for (size_t k = 0; k < g->em.n; k++)
        weak += g->em.out[k].place_target != 0;
    if (g->em.n > weak)
        return;
    /* before parsing (the costly part), a candidate: an event noun with an
       actor right before it or an "on / against / between / by" actor after */
    /* a subject comes before the first finite verb (after "X said"), or is
       that word itself, read as a verb ("an Israeli drone strike killed") */
    size_t first_verb = 0;
    while (first_verb < s->ntok && !(g->isverb[first_verb] && g->v[first_verb].kind == V_FINITE &&
                                     !(W(s, first_verb) && (W(s, first_verb)->gram & G_SAY))))
        first_verb++;
    size_t cand = s->ntok;
    for (size_t k = 0; k <= first_verb && k < s->ntok && cand == s->ntok; k++) {
        int sym;
        if (!(s->tok[k].cas == CASE_LOWER || k == 0) || s->mid[k] >= 0 || !subject_code(s, k, &sym)[0])
            continue;
        if (k > 0 && g->isverb[k - 1] && !(W(s, k - 1) && (W(s, k - 1)->gram & G_SAY)))
            continue; /* an object ("stepped up strikes"), not what was said ("said fighting erupted") */
        int near = 0;
        for (size_t q = k; q-- > 0 && q + 4 > k && !near;)
            near = s->mid[q] >= 0 && s->m[s->mid[q]].kind != M_UNRES;
        for (size_t q = k + 1; q + 1 < s->ntok && q < k + NOMINAL_SPAN && !near; q++)
            near = ((TOK_IS(s, q, "on") || TOK_IS(s, q, "against") || TOK_IS(s, q, "between") ||
                     TOK_IS(s, q, "by")) &&
                    actor_after(g, q, s->ntok) >= 0) ||
                   (sym && TOK_IS(s, q, "between") && unnamed_force_after(g, q, s->ntok) >= 0);
        if (near)
            cand = k;
    }
    if (cand == s->ntok) {
        story_fight_onset(g);
        return;
    }
    if (onset_between(g, cand))
        return;
    int any = 0;
    for (size_t e = 0; e < s->ntok && !any; e++)
        any = nominal_subject_possible(g, e);
    if (!any)
        return;
    if (!ts_structure_parse(&g->st, s))
        return;
    for (size_t k = 0; k < g->st.p.nclause; k++) {
        const tocsin_clause *c = &g->st.cl[k];
        unsigned f = c->flags;
        if (c->subj < 0 || (f & (TOCSIN_VG_NEG | TOCSIN_VG_MODAL | TOCSIN_VG_FUTURE | TOCSIN_VG_PASSIVE |
                                 TOCSIN_VG_COPULA | TOCSIN_VG_INFINITIVE | TOCSIN_VG_PARTICIPLE |
                                 TOCSIN_CL_RELATIVE | TOCSIN_CL_SUBORDINATE | TOCSIN_CL_OPENER)))
            continue;
        size_t e = (size_t)c->subj, v = c->verb;
        if (cand == 0 && e > 0 && e < v && e <= NOMINAL_SPAN) {
            /* "Fighting between Israeli troops and Hamas militants raged": the
               parse reads the opening gerund as a verb and its pair as the
               subject; the noun heads the subject when no comma stands between */
            size_t q = 1;
            while (q < e && s->tok[q].kind != TK_PUNCT)
                q++;
            if (q == e)
                e = 0;
        }
        int sym;
        const char *code = subject_code(s, e, &sym);
        if (!code[0] || s->mid[e] >= 0 || v <= e || g->incond[v] || g->skip[e])
            continue;
        if (!strcmp(code, "0871") && !truce_began(s, v))
            continue; /* "the truce between them collapsed" */
        if (W(s, v) && (W(s, v)->gram & (G_INTENT | G_HYPO)))
            continue; /* "talks are expected to", "strikes could" */
        /* its actors: before the noun (modifier, possessor), after it */
        int src = -1, tgt = -1, pair = -1;
        for (size_t q = e; q-- > 0 && q + 5 > e;) {
            int mq = s->mid[q];
            if (mq >= 0) {
                if ((s->m[mq].kind == M_ADJ || s->m[mq].modifier == 2 || s->m[mq].kind == M_NAME) &&
                    !is_place(s, &s->m[mq]))
                    src = mq;
                break;
            }
            if (s->tok[q].kind == TK_PUNCT && !TOK_IS(s, q, "'s") && !TOK_IS(s, q, "-"))
                break;
        }
        for (size_t q = e + 1; q < v && q < e + NOMINAL_SPAN; q++) {
            if (TOK_IS(s, q, "by") && src < 0)
                src = actor_after(g, q, v);
            else if ((TOK_IS(s, q, "on") || TOK_IS(s, q, "against") ||
                      (TOK_IS(s, q, "of") && q == e + 1 && (class_bit(s, e, CL_ATTACK) || class_bit(s, e, CL_AIRSTRIKE)))) &&
                     tgt < 0 && !sym)
                tgt = actor_after(g, q, v); /* also "Russia's bombardment of Kharkiv" */
            else if (TOK_IS(s, q, "between") && sym) {
                src = actor_after(g, q, v);
                for (size_t r = q + 1; src >= 0 && r < v && r < q + NOMINAL_SPAN; r++)
                    if (s->gram[r] & G_AND) {
                        pair = actor_after(g, r, v);
                        break;
                    }
                if (pair < 0)
                    pair = two_partner(s, src); /* "clashes between the two armies" */
            } else if (TOK_IS(s, q, "with") && sym && src >= 0 && pair < 0)
                pair = actor_after(g, q, v);
        }
        /* "an Israeli drone strike ... killed two Hezbollah members": the
           victims the clause names */
        for (size_t q = v + 1; tgt < 0 && !sym && c->obj > (int)v && q <= (size_t)c->obj; q++)
            if (s->mid[q] >= 0 && s->m[s->mid[q]].kind == M_NAME && !is_place(s, &s->m[s->mid[q]]))
                tgt = s->mid[q];
        if (src < 0 || s->m[src].code[0] == '\0')
            continue;
        unsigned flags = g->v[v].attributed ? TOCSIN_EV_ATTRIBUTED : 0;
        if (sym) {
            /* one country's two sides fight too: "clashes between Sudanese troops
               and RSF fighters" (SDNMIL, SDNREB), not "talks between Sudanese" */
            if (pair < 0 || !s->m[pair].code[0] || !strcmp(s->m[src].code, s->m[pair].code) ||
                (!strncmp(s->m[src].code, s->m[pair].code, 3) &&
                 (strlen(s->m[src].code) <= 3 || strlen(s->m[pair].code) <= 3)))
                continue;
            emit(s, &g->em, src, pair, code, e, flags, NULL);
            emit(s, &g->em, pair, src, code, e, flags | TOCSIN_EV_SYMMETRIC, NULL);
        } else if (tgt < 0 && root_of(code) >= 18 && (size_t)v > e + 2 && nominal_striker(s, src)) {
            /* "an Israeli strike on a tent camp in Rafah killed", "a Russian
               missile strike on the city of Poltava killed": no party named,
               the country of the place the noun's phrase gives (coder.c); none
               when it names no place */
            if (weak) { /* "a drone attack on a market in Kharkiv killed": the attack's, as below */
                size_t n = 0;
                for (size_t q = 0; q < g->em.n; q++)
                    if (!g->em.out[q].place_target)
                        g->em.out[n++] = g->em.out[q];
                g->em.n = n;
            }
            g->em.place_target = 1;
            g->em.speaker_cc[0] = '\0';
            size_t n0 = g->em.n;
            g->em.rule = "an attack told as a noun, the subject of its clause, on a place: the place's country";
            emit(s, &g->em, src, -1, code, e, flags, NULL);
            g->em.place_target = 0;
            if (g->em.n > n0) {
                g->em.out[n0].tgt_t0 = (uint16_t)(e + 1);
                g->em.out[n0].tgt_t1 = (uint16_t)v;
            }
            g->em.rule = NULL;
            return;
        } else {
            if (tgt < 0 || !s->m[tgt].code[0] || !strncmp(s->m[src].code, s->m[tgt].code, 3))
                continue;
            emit(s, &g->em, src, tgt, code, e, flags, NULL);
        }
        if (weak) { /* "air strikes on militants in northern Iraq killed": the strikes' */
            size_t n = 0;
            for (size_t q = 0; q < g->em.n; q++)
                if (!g->em.out[q].place_target)
                    g->em.out[n++] = g->em.out[q];
            g->em.n = n;
        }
        return; /* one nominal event per sentence: the main clause's */
    }
    g->em.rule = NULL;
}

/* The words background_code compares token k with, as bits of their hashes
 * (TS_LIT_BIT): a token whose bit is not set is none of them. */
static const uint64_t background_words =
    TS_LIT_BIT("arrest") | TS_LIT_BIT("arrests") | TS_LIT_BIT("detention") | TS_LIT_BIT("detentions") |
    TS_LIT_BIT("sanctions") | TS_LIT_BIT("embargo") | TS_LIT_BIT("abduction") | TS_LIT_BIT("abductions") |
    TS_LIT_BIT("kidnapping") | TS_LIT_BIT("kidnappings") | TS_LIT_BIT("blockade") | TS_LIT_BIT("massacre") |
    TS_LIT_BIT("massacres") | TS_LIT_BIT("killing") | TS_LIT_BIT("killings") | TS_LIT_BIT("cleansing") |
    TS_LIT_BIT("condemnation") | TS_LIT_BIT("mediation") | TS_LIT_BIT("visit") | TS_LIT_BIT("trip") |
    TS_LIT_BIT("call") | TS_LIT_BIT("calls") | TS_LIT_BIT("conversation") | TS_LIT_BIT("appeal") |
    TS_LIT_BIT("appeals") | TS_LIT_BIT("plea") | TS_LIT_BIT("demand") | TS_LIT_BIT("demands") |
    TS_LIT_BIT("ultimatum") | TS_LIT_BIT("deal") | TS_LIT_BIT("agreement") | TS_LIT_BIT("accord") |
    TS_LIT_BIT("pact") | TS_LIT_BIT("treaty") | TS_LIT_BIT("exchange") | TS_LIT_BIT("swap") | TS_LIT_BIT("threat") |
    TS_LIT_BIT("threats");

/* The code of an event noun read anywhere in the sentence (not only as a
 * clause's subject): nominal_code's acts of force and meetings, and the
 * nouns of other acts a wire story reports as done ("the arrest of", "new
 * sanctions on", "a deal between", "the condemnation of"). */
static const char *background_code(const ts_sent *s, size_t k, int *sym)
{
    const char *c = nominal_code(s, k, sym);
    if (c[0])
        return c;
    /* most candidates are none of the words below (a word added there must be
       added to background_words) and no drill */
    if (!ts_tok_bit_in(s, k, background_words) && !class_bit(s, k, CL_DRILL))
        return "";
    if (TOK_IS(s, k, "arrest") || TOK_IS(s, k, "arrests") || TOK_IS(s, k, "detention") ||
        TOK_IS(s, k, "detentions"))
        return "173";
    if (TOK_IS(s, k, "sanctions") || TOK_IS(s, k, "embargo"))
        return "163";
    if (TOK_IS(s, k, "abduction") || TOK_IS(s, k, "abductions") || TOK_IS(s, k, "kidnapping") ||
        TOK_IS(s, k, "kidnappings"))
        return "181"; /* "claimed responsibility for the abduction of 300 schoolboys" */
    if (TOK_IS(s, k, "blockade"))
        return "191";
    if (TOK_IS(s, k, "massacre") || TOK_IS(s, k, "massacres") ||
        (k > 0 && TOK_IS(s, k - 1, "mass") && (TOK_IS(s, k, "killing") || TOK_IS(s, k, "killings"))))
        return "202"; /* "the massacre of 40 villagers by jihadists", "mass killings of civilians by" */
    if (k > 0 && TOK_IS(s, k, "cleansing") && TOK_IS(s, k - 1, "ethnic"))
        return "203"; /* "after the ethnic cleansing of Armenians by Azerbaijani forces" */
    if (TOK_IS(s, k, "condemnation"))
        return "111";
    if (TOK_IS(s, k, "mediation"))
        return "045"; /* "mediation efforts by Oman between Iran and the United States": to both (background_events) */
    if (TOK_IS(s, k, "visit") || TOK_IS(s, k, "trip"))
        return "042"; /* "the Indian minister's visit to Colombo": to its host (background_events) */
    if (class_bit(s, k, CL_DRILL)) {
        /* "Chinese military drills around Taiwan" (150); "joint drills between / with" (062) */
        for (size_t q = k; q-- > 0 && q + 4 > k;)
            if (TOK_IS(s, q, "joint")) {
                *sym = 1;
                return "062";
            }
        return "150";
    }
    if ((TOK_IS(s, k, "call") || TOK_IS(s, k, "calls") || TOK_IS(s, k, "conversation")) && k > 0 &&
        (TOK_IS(s, k - 1, "phone") || TOK_IS(s, k - 1, "telephone") || TOK_IS(s, k - 1, "video"))) {
        *sym = 1;
        return "041"; /* "a phone call with Macron", as "spoke by phone with" */
    }
    if (TOK_IS(s, k, "call") || TOK_IS(s, k, "calls") || TOK_IS(s, k, "appeal") || TOK_IS(s, k, "appeals") ||
        TOK_IS(s, k, "plea"))
        return "020"; /* "Ghana's call for Togo to release ...": with its addressee only (background_events) */
    if (TOK_IS(s, k, "demand") || TOK_IS(s, k, "demands") || TOK_IS(s, k, "ultimatum"))
        return "100";
    if ((TOK_IS(s, k, "threat") || TOK_IS(s, k, "threats")) && k + 2 < s->ntok && TOK_IS(s, k + 1, "to") &&
        W(s, k + 2) && W(s, k + 2)->verb >= 0 && (W(s, k + 2)->vform & VF_BASE))
        return "130"; /* "Trump's threat to impose tariffs on Mexico": an act threatened, at its party
                         (not "Russia's threat to European security") */
    if (TOK_IS(s, k, "deal") || TOK_IS(s, k, "agreement") || TOK_IS(s, k, "accord") || TOK_IS(s, k, "pact") ||
        TOK_IS(s, k, "treaty")) {
        *sym = 1;
        return "057";
    }
    if ((TOK_IS(s, k, "exchange") || TOK_IS(s, k, "swap")) &&
        ((k > 0 && (TOK_IS(s, k - 1, "prisoner") || TOK_IS(s, k - 1, "prisoners") || TOK_IS(s, k - 1, "captive") ||
                    TOK_IS(s, k - 1, "pow"))) ||
         (k + 1 < s->ntok && TOK_IS(s, k + 1, "of")))) {
        /* "a prisoner swap between", "an exchange of 75 detainees between" */
        for (size_t q = k > 0 ? k - 1 : k; q < s->ntok && q < k + 5; q++)
            if (TOK_IS(s, q, "prisoner") || TOK_IS(s, q, "prisoners") || TOK_IS(s, q, "captive") ||
                TOK_IS(s, q, "captives") || TOK_IS(s, q, "pow") || TOK_IS(s, q, "pows") || TOK_IS(s, q, "detainees") ||
                TOK_IS(s, q, "hostages")) {
                *sym = 1;
                return "084";
            }
    }
    return "";
}

/* "simulated", "rehearsed", "practised": what follows was a drill. */
static int rehearsal_verb(const ts_sent *s, size_t v)
{
    const char *l = lemma_of(s, v);
    return !strcmp(l, "simulate") || !strcmp(l, "rehearse") || !strcmp(l, "practise") || !strcmp(l, "practice");
}

/* A blast named by what was heard or seen, not by who set it off ("the
 * blast", "twin explosions", "the bombings"): an act only when a claimant
 * takes responsibility for it (background_events, frame 2). */
static int claimed_blast_noun(const ts_sent *s, size_t k)
{
    static const ts_lit words[] = {LIT("blast"),     LIT("blasts"),     LIT("explosion"),
                                   LIT("explosions"), LIT("bombings"), LIT("bombing")};
    return ts_tok_in(s, k, words, sizeof words / sizeof words[0]);
}

/* Words that make an event noun one not (yet) done: "planned talks", "a
 * possible deal", "new sanctions" threatened, "talks next week". */
static int unrealised_word(const ts_sent *s, size_t q)
{
    return TOK_IS(s, q, "planned") || TOK_IS(s, q, "proposed") || TOK_IS(s, q, "possible") ||
           TOK_IS(s, q, "potential") || TOK_IS(s, q, "future") || TOK_IS(s, q, "upcoming") ||
           TOK_IS(s, q, "expected") || TOK_IS(s, q, "threatened") || TOK_IS(s, q, "next") ||
           TOK_IS(s, q, "any") || TOK_IS(s, q, "no") || TOK_IS(s, q, "further") || TOK_IS(s, q, "draft") ||
           TOK_IS(s, q, "would-be") || TOK_IS(s, q, "renewed");
}

#define BACKGROUND_SPAN 10 /* words from the event noun to the end of its actor phrases */

/* Where the noun phrase ending at event noun k begins (determiners,
 * adjectives, actor adjectives and possessors: "Russia's full-scale"). */
static size_t event_np_start(const gstate *g, size_t k)
{
    const ts_sent *s = g->s;
    size_t b = k;
    for (int steps = 0; b > 0 && steps < 8; steps++) {
        size_t q = b - 1;
        int mq = s->mid[q];
        if (mq >= 0) {
            b = s->m[mq].t0;
            continue;
        }
        const ts_word *w = W(s, q);
        if (g->isverb[q] || (s->gram[q] & (G_PREP | G_LOC | G_AND | G_SUB | G_REL | G_BY | G_TO | G_BE | G_HAVE |
                                           G_DO | G_MODAL | G_FUT | G_NEG)) ||
            ((s->gram[q] & (G_HE | G_IT | G_THEY | G_WE)) && !(s->gram[q] & G_DET)) ||
            (s->tok[q].kind == TK_PUNCT && !TOK_IS(s, q, "'s") && !ts_is_punct(s, q, '-')) ||
            (w && w->verb >= 0 && !(w->vform & VF_PART) && !(s->gram[q] & G_DET)))
            break; /* "Did France impose new sanctions": the verb ends the phrase */
        b = q;
    }
    return b;
}

/* Is the noun phrase starting at b told as something that happened? After
 * "after", "following", "amid", "since", "despite", "in response to", "in
 * retaliation for"; as the object of a coded disapproval ("condemned
 * Russia's attack on Ukraine"); or as the sentence's subject with an
 * asserted verb ("The arrest of ... angered Canberra"). */
/* Words that, after a present "is / are", judge a kind of act rather than
 * report one that took place ("were difficult" talks did). */
static int generic_judgement(const ts_sent *s, size_t k)
{
    static const ts_lit words[] = {LIT("rare"),      LIT("common"),   LIT("frequent"),  LIT("routine"),
                                   LIT("unusual"),   LIT("uncommon"), LIT("infrequent"), LIT("crucial"),
                                   LIT("essential"), LIT("vital"),    LIT("necessary"), LIT("needed"),
                                   LIT("important"), LIT("key")};
    return ts_tok_in(s, k, words, sizeof words / sizeof words[0]);
}

static int background_frame(const gstate *g, size_t b, size_t k, int hostile, int *speaker)
{
    const ts_sent *s = g->s;
    int say = b > 0 ? governing_say(g, b) : -1; /* "Berlin said its talks with Warsaw had gone well" */
    if (say >= 0)
        *speaker = g->v[say].subj;
    if (b == 0 || (b >= 1 && ts_is_comma(s, b - 1) && b >= 2 && g->adv[b - 2]) || say >= 0) {
        /* the subject: its clause must be asserted, up to the next boundary */
        for (size_t q = k + 1; q < s->ntok && q < k + 20; q++) {
            if (hard_boundary(s, q) || ts_is_comma(s, q))
                break;
            if ((s->gram[q] & (G_MODAL | G_FUT | G_NEG | G_HYPO | G_IF | G_INTENT | G_WH)) && !TOK_IS(s, q, "without"))
                return 0; /* but "the summit ended without a deal" took place */
            if ((TOK_IS(s, q, "are") || TOK_IS(s, q, "is")) && q + 1 < s->ntok && generic_judgement(s, q + 1))
                return 0; /* "meetings between X and Y are rare", "talks between them are vital" */
            if (g->isverb[q] && (g->v[q].neg || g->v[q].modal || g->v[q].fut || g->v[q].cond || g->v[q].hedge))
                return 0;
            if (TOK_IS(s, q, "postponed") || TOK_IS(s, q, "cancelled") || TOK_IS(s, q, "canceled") ||
                TOK_IS(s, q, "delayed") || TOK_IS(s, q, "scrapped") || TOK_IS(s, q, "rescheduled"))
                return 0; /* "the minister's visit to Colombo was postponed": it did not take place */
        }
        return 1;
    }
    size_t c = b - 1;
    if (TOK_IS(s, c, "after") || TOK_IS(s, c, "following") || TOK_IS(s, c, "amid") || TOK_IS(s, c, "amidst") ||
        TOK_IS(s, c, "since") || TOK_IS(s, c, "despite") || TOK_IS(s, c, "during"))
        return 1;
    if (c >= 2 && TOK_IS(s, c, "to") && TOK_IS(s, c - 2, "in") &&
        (TOK_IS(s, c - 1, "response") || TOK_IS(s, c - 1, "reply") || TOK_IS(s, c - 1, "reaction")))
        return 1;
    if (c >= 2 && TOK_IS(s, c, "for") && TOK_IS(s, c - 2, "in") &&
        (TOK_IS(s, c - 1, "retaliation") || TOK_IS(s, c - 1, "revenge")))
        return 1;
    if (c >= 1 && ((TOK_IS(s, c, "to") && (TOK_IS(s, c - 1, "led") || TOK_IS(s, c - 1, "leading"))) ||
                   (TOK_IS(s, c, "in") && (TOK_IS(s, c - 1, "resulted") || TOK_IS(s, c - 1, "resulting"))))) {
        /* "the talks resulted in a swap of detainees between": what they led to happened */
        for (size_t q = c - 1; q > 0 && q + 4 > c; q--)
            if (s->gram[q - 1] & (G_MODAL | G_FUT | G_NEG | G_HYPO))
                return 0;
        return 1;
    }
    if (hostile && g->isverb[c] && g->v[c].coded && (g->v[c].root == 11 || g->v[c].root == 14))
        return 1; /* "condemned Russia's attack on Ukraine" */
    if (hostile && c >= 2 && TOK_IS(s, c, "for") && (TOK_IS(s, c - 1, "responsibility") || TOK_IS(s, c - 1, "credit"))) {
        /* "Israel claimed responsibility for the airstrike that killed ...": the claimant's act */
        for (size_t q = c - 1; q > 0 && q + 4 > c; q--) {
            size_t vq = q - 1;
            if (!g->isverb[vq])
                continue;
            const vinfo *cv = &g->v[vq];
            if (cv->neg || cv->modal || cv->fut || cv->cond || cv->hedge || cv->gov == GOV_OTHER ||
                cv->gov == GOV_INTENT || cv->gov == GOV_NEG || cv->subj < 0)
                return 0;
            const char *lv = lemma_of(s, vq);
            if (!strcmp(lv, "deny") || !strcmp(lv, "disclaim") || !strcmp(lv, "disavow") || !strcmp(lv, "reject"))
                return 0; /* "Israel denied responsibility for the strike": no claim of it */
            *speaker = cv->subj;
            return 2;
        }
    }
    return 0;
}

/* The first named actor in the object of a relative clause right after an
 * event noun ("the airstrike that killed a Hezbollah commander"), or -1;
 * v is where the noun's phrases end: the relative clause's verb or its
 * "that / which". */
static int relative_object(const gstate *g, size_t v)
{
    const ts_sent *s = g->s;
    if (v + 1 < s->ntok && (TOK_IS(s, v, "that") || TOK_IS(s, v, "which")))
        v++;
    if (v < 2 || v + 1 >= s->ntok || !(TOK_IS(s, v - 1, "that") || TOK_IS(s, v - 1, "which")))
        return -1;
    const ts_word *w = W(s, v);
    if (!w || w->verb < 0 || s->mid[v] >= 0)
        return -1;
    size_t lim = v + 7;
    for (size_t q = v + 1; q < s->ntok && q < lim; q++) {
        if (ts_is_comma(s, q) && q >= v + 3 && s->mid[q - 1] < 0 && s->tok[q - 1].cas != CASE_LOWER &&
            s->tok[q - 2].cas != CASE_LOWER && s->mid[q - 2] < 0 && lim == v + 7) {
            lim = q + 6; /* "killed Fuad Shukr, Hezbollah's top commander": a name the
                            dictionaries lack, then who he was */
            continue;
        }
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (g->isverb[q] && g->v[q].kind == V_FINITE))
            return -1;
        int mq = s->mid[q];
        if (mq >= 0 && (s->m[mq].kind == M_NAME || s->m[mq].kind == M_ADJ) && s->m[mq].code[0] &&
            !is_place(s, &s->m[mq]))
            return mq;
    }
    return -1;
}

/* "Clashes erupted after Israeli strikes on Gaza", "following the arrest of
 * opposition leaders by Ugandan police", "condemned Russia's attack on
 * Ukraine", "the deal between Serbia and Kosovo": an event noun with its
 * actors in its own phrases (an adjective or possessor before it, "by" X,
 * "on / against / of" Y, "between X and Y", "with" Y), told as done. */
/* Is c the first letter of a word of background_code's own lists (a-f, k, m, p, s-v)?
 * Without a branch (| 0x20 lowercases a letter and takes no other byte there). */
static int background_initial(char c)
{
    unsigned l = (unsigned char)c | 0x20u;
    return ((l >= 'a') & (l <= 'f')) | (l == 'k') | (l == 'm') | (l == 'p') | ((l >= 's') & (l <= 'v'));
}

/* "the car bombing in Mogadishu", "a suicide bombing": an -ing word after a
 * determiner and a noun, with no object of its own (ing_noun), is the noun
 * of that phrase, though the tagger made it a verb after the noun "car". */
static int compound_ing_noun(const gstate *g, size_t k)
{
    const ts_sent *s = g->s;
    if (k < 2 || g->v[k].coded || !ing_noun(g, k) || s->mid[k - 1] >= 0 || s->tok[k - 1].kind != TK_WORD ||
        s->tok[k - 1].cas != CASE_LOWER || s->gram[k - 1] || (g->isverb[k - 1] && g->v[k - 1].kind != V_NONE))
        return 0;
    return (s->gram[k - 2] & G_DET) && !(s->gram[k - 2] & (G_HE | G_IT | G_THEY));
}

/* Does the phrase [b, k) read as the subject hold a verb ("Analysts expect
 * US-China talks to resume": "expect" is no verb of the dictionaries, so
 * event_np_start walked through it)? Asks the parse, only when the phrase
 * has lower-case words other than determiners outside mentions. */
static int verb_in_phrase(gstate *g, size_t b, size_t k)
{
    ts_sent *s = g->s;
    int plain = 0;
    if (b > 0)
        return 0; /* after "after", "amid": a noun phrase; "the renewed talks" */
    for (size_t r = b; r < k && !plain; r++)
        plain = s->mid[r] < 0 && s->tok[r].kind == TK_WORD && s->tok[r].cas == CASE_LOWER && !(s->gram[r] & G_DET) &&
                W(s, r) && (W(s, r)->vform & (VF_BASE | VF_S | VF_PAST));
    if (!plain || !ts_structure_parse(&g->st, s))
        return 0;
    for (size_t c = 0; c < g->st.p.nclause; c++)
        if (g->st.cl[c].verb >= b && g->st.cl[c].verb < k)
            return 1;
    return 0;
}

/* A joint act of src with the partner other that is the first of a list
 * ("talks with Egypt, Jordan and Qatar"): with each of the others too, both
 * ways; the partners not with each other (separate talks). */
static void partners_too(gstate *g, int src, int other, const char *code, size_t k)
{
    ts_sent *s = g->s;
    int mem[16];
    size_t n = group_of(s, other, mem, sizeof mem / sizeof mem[0]), one = 1;
    cap_parties(&one, &n, 1);
    for (size_t a = 0; a < n; a++) {
        int o = mem[a];
        if (o == other || strlen(s->m[o].code) < 3 || !strncmp(s->m[o].code, s->m[src].code, 3))
            continue;
        emit(s, &g->em, src, o, code, k, 0, NULL);
        emit(s, &g->em, o, src, code, k, TOCSIN_EV_SYMMETRIC, NULL);
    }
}

/* "The US-brokered truce between Israel and Hezbollah took effect", "a
 * Qatari-mediated prisoner exchange between Russia and Ukraine took place":
 * a joint act told as a noun (nominal, background or multiparty events), or
 * one only judged ("welcomed the Egypt-brokered ceasefire between Israel and
 * Hamas"), whose broker the sentence names mediates (045) between its
 * parties, as joint_mediator does for a verb's. Nothing when a mediation is
 * coded already. */
#define NOMINAL_PARTIES 8
#define BROKERED_AUX 3 /* words from the noun to its participle: "had | been | brokered" */

/* Whether the broker word at q tells of the story's own deal or talks, which
 * name no party: "the US-brokered truce", "The truce was brokered by
 * Egypt", "the negotiations were mediated by the AU's envoy" (a word of
 * @talk, @meeting or @agreement, or a truce, with no "between" or "with"
 * after it). */
static int story_deal_brokered(const ts_sent *s, size_t q)
{
    size_t h = 0;
    if (q >= 2 && TOK_IS(s, q - 1, "-")) { /* the noun after: "the US-brokered ceasefire" */
        for (size_t k = q + 1; k < s->ntok && k <= q + STORY_TALKS_WORDS && !h; k++) {
            if (story_talks_noun(s, k) && s->mid[k] < 0)
                h = k;
            else if (s->tok[k].kind != TK_WORD || s->tok[k].cas != CASE_LOWER || s->mid[k] >= 0)
                break;
        }
    } else if (q == 0 || (q == 1 && s->tok[0].kind == TK_PUNCT)) {
        /* an opening participle: "Hosted by Saudi Arabia, the talks ended" */
        size_t c = q + 1;
        while (c < s->ntok && c <= q + MEDIATOR_WORDS && !ts_is_comma(s, c))
            c++;
        size_t f = c + 1 < s->ntok ? past_det(s, c + 1, s->ntok) : s->ntok;
        for (size_t k = f; k < s->ntok && k <= f + STORY_TALKS_WORDS && !h; k++) {
            if (story_talks_noun(s, k) && s->mid[k] < 0)
                h = k;
            else if (s->tok[k].kind != TK_WORD || s->tok[k].cas != CASE_LOWER || s->mid[k] >= 0)
                break;
        }
    } else { /* the subject before: "The truce (had been) brokered by", "The talks, hosted by" */
        size_t k = q;
        int apposed = k >= 2 && ts_is_comma(s, k - 1); /* "The talks, hosted by Saudi Arabia, ended" */
        if (apposed)
            k--;
        else
            while (k > 0 && q - k < BROKERED_AUX && (s->gram[k - 1] & (G_BE | G_HAVE | G_ADV)) && s->mid[k - 1] < 0)
                k--;
        if (k > 0 && story_talks_noun(s, k - 1) && s->mid[k - 1] < 0 &&
            (apposed || k < q || (k >= 2 && (s->gram[k - 2] & G_DET))))
            h = k - 1; /* with no auxiliary, "the truce brokered by Qatar" */
    }
    if (!h || (h + 1 < s->ntok && (TOK_IS(s, h + 1, "between") || TOK_IS(s, h + 1, "with"))))
        return 0;
    if ((TOK_IS(s, q, "hosted") || TOK_IS(s, q, "sponsored")) && ts_in_class(s->d, W(s, h), CL_MEETING) &&
        !ts_in_class(s->d, W(s, h), CL_TALK))
        return 0; /* "the summit, hosted by Saudi Arabia": a host's gathering, not the two's talks */
    for (size_t k = 0; k < s->nm; k++) {
        const ts_mention *x = &s->m[k];
        if (x->t1 > h || (size_t)x->t1 + STORY_TALKS_WORDS < h || x->t1 == x->t0)
            continue;
        size_t r = x->t1;
        while (r < h && (TOK_IS(s, r, "'s") || (s->tok[r].kind == TK_WORD && s->tok[r].cas == CASE_LOWER &&
                                                 !s->gram[r] && s->mid[r] < 0)))
            r++;
        if (r == h)
            return 0; /* "Israel's truce", "the Iranian-Saudi deal": its parties are named */
    }
    return 1;
}

static void nominal_mediator(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit brokered[] = {LIT("brokered"), LIT("mediated"), LIT("facilitated"), LIT("hosted"),
                                      LIT("sponsored")};
    static const ts_lit under[] = {LIT("auspices"), LIT("aegis"), LIT("mediation")};
    if (!(g->words & SW_BROKER))
        return; /* none of those words (sentence_words) */
    int med = -1, fellow = 0; /* fellow: "brokered together with X", the speaker a broker too */
    int noun_med = 0;         /* "Egyptian mediation": only of a joint act coded, told as done */
    size_t at = 0;
    for (size_t q = 0; q < s->ntok && med < 0; q++) {
        if (ts_tok_in(s, q, brokered, sizeof brokered / sizeof brokered[0])) {
            if (q >= 2 && TOK_IS(s, q - 1, "-") && s->mid[q - 2] >= 0 && (size_t)s->m[s->mid[q - 2]].t1 == q - 1)
                med = s->mid[q - 2]; /* "the US-brokered truce" */
            else if (q + 2 < s->ntok && (s->gram[q + 1] & G_BY)) {
                size_t m = past_det(s, q + 2, s->ntok);
                med = m < s->ntok && s->mid[m] >= 0 && s->m[s->mid[m]].t0 == m ? s->mid[m] : -1; /* "mediated by X" */
            } else if (q + 3 < s->ntok && TOK_IS(s, q + 2, "with") &&
                       (TOK_IS(s, q + 1, "together") || TOK_IS(s, q + 1, "jointly") || TOK_IS(s, q + 1, "along"))) {
                size_t m = past_det(s, q + 3, s->ntok); /* "brokered together with X": the speaker and X */
                med = m < s->ntok && s->mid[m] >= 0 && s->m[s->mid[m]].t0 == m ? s->mid[m] : -1;
                fellow = med >= 0;
            }
        } else if (q + 2 < s->ntok && ts_tok_in(s, q, under, sizeof under / sizeof under[0]) &&
                   TOK_IS(s, q + 1, "of")) {
            size_t m = past_det(s, q + 2, s->ntok);
            med = m < s->ntok && s->mid[m] >= 0 && s->m[s->mid[m]].t0 == m ? s->mid[m] : -1;
        } else if (q >= 1 && TOK_IS(s, q, "mediation")) {
            /* "Egyptian mediation led to a truce between", "Qatar's mediation
               efforts resulted in a swap between" */
            size_t e = q >= 2 && TOK_IS(s, q - 1, "'s") ? q - 1 : q;
            if (s->mid[e - 1] >= 0 && (size_t)s->m[s->mid[e - 1]].t1 == e) {
                med = s->mid[e - 1];
                noun_med = 1;
            }
        }
        at = q;
    }
    if (med < 0 || strlen(s->m[med].code) < 3 || (s->m[med].kind != M_NAME && s->m[med].kind != M_ADJ))
        return;
    int parties[NOMINAL_PARTIES];
    size_t np = 0;
    for (size_t k = 0; k < g->em.n; k++) {
        const ts_raw_event *e = &g->em.out[k];
        if (!strncmp(e->code, "045", 3))
            return; /* coded already */
        if (!(e->flags & TOCSIN_EV_SYMMETRIC) || !(e->code[0] == '0' && e->code[1] && strchr("3458", e->code[1])))
            continue;
        int ends[2] = {e->src_t1 > e->src_t0 && e->src_t0 < s->ntok ? s->mid[e->src_t0] : -1,
                       e->tgt_t1 > e->tgt_t0 && e->tgt_t0 < s->ntok ? s->mid[e->tgt_t0] : -1};
        for (int a = 0; a < 2; a++) {
            int dup = ends[a] < 0;
            for (size_t b = 0; b < np && !dup; b++)
                dup = parties[b] == ends[a];
            if (!dup && np < NOMINAL_PARTIES)
                parties[np++] = ends[a];
        }
    }
    for (size_t r = at + 1; np < 2 && !noun_med && r < s->ntok && r <= at + 4; r++) {
        /* no joint act coded: "welcomed the Egypt-brokered ceasefire between Israel and Hamas" */
        if (!TOK_IS(s, r, "between"))
            continue;
        int a, b;
        between_pair(g, r, &a, &b);
        if (a >= 0 && b >= 0 && a != b && s->m[a].code[0] && s->m[b].code[0]) {
            parties[0] = a;
            parties[1] = b;
            np = 2;
        }
        break;
    }
    if (np < 2 && story_deal_brokered(s, at) && story_pair(s, parties))
        np = 2; /* "The truce was brokered by Egypt": the story's truce, between its two parties */
    if (np < 2)
        return;
    int meds[16];
    size_t nm = group_of(s, med, meds, 16);
    for (size_t k = 0; k < s->nm && fellow && nm < 16; k++) {
        const ts_mention *x = &s->m[k];
        if (x->kind == M_NAME && x->t1 < at && (s->gram[x->t1] & G_SAY) && strlen(x->code) >= 3) {
            meds[nm++] = (int)k; /* "Qatar said the deal was brokered together with Egypt": Qatar too */
            break;
        }
    }
    emit_mediators(g, meds, nm, parties, np, at, g->say_speaker >= 0 ? TOCSIN_EV_ATTRIBUTED : 0,
                   "the broker a joint act told as a noun names mediates between its parties");
    g->em.rule = NULL;
}

/* A participle that names the third party behind a joint act: "mediated by",
 * "brokered by", "hosted by". */
static int broker_word(const ts_sent *s, size_t q)
{
    static const ts_lit w[] = {LIT("mediated"),   LIT("brokered"),  LIT("hosted"),    LIT("facilitated"),
                               LIT("sponsored"),  LIT("convened"),  LIT("organised"), LIT("organized"),
                               LIT("arranged")};
    return ts_tok_in(s, q, w, sizeof w / sizeof w[0]);
}

/* Does the noun phrase starting at b follow "led to", "leading to",
 * "resulted in" or "resulting in" (what the talks came to)? */
static int outcome_of(const ts_sent *s, size_t b)
{
    if (b < 2)
        return 0;
    size_t c = b - 1;
    return (TOK_IS(s, c, "to") && (TOK_IS(s, c - 1, "led") || TOK_IS(s, c - 1, "leading"))) ||
           (TOK_IS(s, c, "in") && (TOK_IS(s, c - 1, "resulted") || TOK_IS(s, c - 1, "resulting")));
}

/* The first token from q on past a count of people: "200", "at least 40",
 * "more than 100", "some 30", "dozens of", "hundreds of". */
static size_t past_count(const ts_sent *s, size_t q, size_t end)
{
    static const ts_lit hedges[] = {LIT("at"),    LIT("least"),  LIT("more"),   LIT("than"),
                                    LIT("some"),  LIT("about"),  LIT("nearly"), LIT("almost"),
                                    LIT("over"),  LIT("around"), LIT("up"),     LIT("to")};
    static const ts_lit many[] = {LIT("dozens"), LIT("hundreds"), LIT("thousands"), LIT("scores")};
    size_t r = q;
    while (r < end && r < q + 4 && s->mid[r] < 0 && ts_tok_in(s, r, hedges, sizeof hedges / sizeof hedges[0]))
        r++;
    if (r < end && s->tok[r].kind == TK_NUM)
        return r + 1;
    if (r + 1 < end && ts_tok_in(s, r, many, sizeof many / sizeof many[0]) && TOK_IS(s, r + 1, "of"))
        return r + 2;
    return q;
}

/* "the massacre of 200 villagers by jihadists in Burkina Faso", "ethnic
 * cleansing of civilians by the militia in Darfur": mass violence told as a
 * noun whose victims are no named actor falls on the people of the place its
 * own phrase names (after "in", "near" or "at", before end), and an unnamed
 * doer ("jihadists", "gunmen") or victims named by their sector ("villagers")
 * are of that place too. Sets *tgt, when it is no mention, to a new one of the
 * place's country; 1 when it found the place. */
static int mass_violence_place(gstate *g, size_t k, size_t end, int src, int *tgt)
{
    ts_sent *s = g->s;
    for (size_t q = k + 1; q + 1 < end; q++) {
        if (!(s->gram[q] & G_LOC))
            continue;
        size_t r = past_det(s, q + 1, end);
        int mq = r < end ? s->mid[r] : -1;
        if (mq < 0 || s->m[mq].t0 != r || strlen(s->m[mq].code) < 3 ||
            !(is_place(s, &s->m[mq]) || s->m[mq].kind == M_NAME) || ts_igo_code(s->m[mq].code))
            continue;
        char cc[4] = {s->m[mq].code[0], s->m[mq].code[1], s->m[mq].code[2], '\0'};
        if (s->m[src].kind == M_UNRES && s->m[src].sector[0])
            name_unresolved(&s->m[src], cc); /* "by gunmen in Plateau state": Nigeria's */
        if (*tgt >= 0) {
            if (s->m[*tgt].sector[0])
                name_unresolved(&s->m[*tgt], cc); /* "of villagers ... in Mali": Mali's */
            return 1;
        }
        *tgt = add_actor(s, cc, s->m[mq].t0, s->m[mq].t1);
        return *tgt >= 0;
    }
    return 0;
}

static void background_events(gstate *g)
{
    ts_sent *s = g->s;
    if (s->ntok > 0 && ts_is_punct(s, s->ntok - 1, '?'))
        return; /* a question asserts nothing */
    g->em.rule = "an event noun with its actors in its own phrases, told as done";
    static const int evclass[] = {CL_ATTACK, CL_AIRSTRIKE, CL_TALK, CL_MEETING, CL_DRILL};
    /* the classes whose words background_code reads */
    uint64_t evmask = ts_class_mask(s->d, evclass, sizeof evclass / sizeof evclass[0]);
    /* the candidates, marked without a branch a token: words of the dictionaries
       in those classes or starting as a word of background_code's own lists
       (background_initial), none a function word, lowercase past the first */
    uint64_t cand[(TS_MAX_SENT_TOKENS + 63) / 64] = {0};
    const uint32_t function_word = G_DET | G_PREP | G_LOC | G_AND | G_CONJ | G_SUB | G_REL | G_BE | G_HAVE | G_DO |
                                   G_MODAL | G_FUT | G_NEG | G_TO | G_BY | G_TIME | G_ADV;
    for (size_t k = 0; k < s->ntok; k++) {
        const ts_tok *t = &s->tok[k];
        const ts_word *kw = &s->d->lex.w[t->word >= 0 ? t->word : 0];
        int listed = ((kw->classes & evmask) != 0) | background_initial(s->text[t->off]);
        uint64_t c = (uint64_t)((t->word >= 0) & listed & (t->kind == TK_WORD) & (t->len >= 4) &
                                ((t->cas == CASE_LOWER) | (k == 0)) & (g->skip[k] == 0) & (g->incond[k] == 0) &
                                ((s->gram[k] & function_word) == 0));
        cand[k / 64] |= c << (k % 64);
    }
    for (size_t k = ts_next_bit(cand, 0, s->ntok); k < s->ntok; k = ts_next_bit(cand, k + 1, s->ntok)) {
        int sym;
        if (g->isverb[k] && !compound_ing_noun(g, k))
            continue; /* a verb, unless an -ing noun ("the car bombing") */
        int own = -1; /* "American sanctions on Venezuela": the mention.c's group noun is the act */
        if (s->mid[k] >= 0) {
            const ts_mention *x = &s->m[s->mid[k]];
            if (x->kind != M_NAME || x->head != k || x->t1 != k + 1 || x->t0 >= k)
                continue;
            own = s->mid[k];
        }
        const char *code = background_code(s, k, &sym);
        int claim_only = 0;
        if (!code[0] && truce_noun(s, k) && outcome_of(s, event_np_start(g, k))) {
            /* "the talks led to a truce between Israel and Islamic Jihad": a
               truce they came to was declared by both (not "after the truce
               between them collapsed") */
            code = "0871";
            sym = 1;
        }
        if (!code[0] && own < 0 && claimed_blast_noun(s, k)) {
            code = "183"; /* "claimed responsibility for twin blasts in Maiduguri" */
            sym = 0;
            claim_only = 1;
        }
        if (!code[0])
            continue;
        size_t k0 = own >= 0 ? s->m[own].t0 : k;
        if ((!strcmp(code, "041") || (!strcmp(code, "202") && k > 0 && TOK_IS(s, k - 1, "mass"))) && k0 == k)
            k0 = k - 1; /* "a phone call", "mass killings": "phone" and "mass" read as verbs */
        size_t b = event_np_start(g, k0);
        int hostile = root_of(code) >= 16 || root_of(code) == 11, speaker = -1;
        int frame = background_frame(g, b, k, hostile, &speaker);
        if (!frame || (claim_only && frame != 2) || verb_in_phrase(g, b, k0))
            continue; /* a blast is an act only when claimed: "after the blast" names no doer */
        if (b > 0 && g->isverb[b - 1] && rehearsal_verb(s, b - 1))
            continue; /* "simulated strikes on Taiwan", "rehearsed an assault": drills, no attack */
        if (root_of(code) == 20 && b > 0 &&
            (g->isverb[b - 1] || (W(s, b - 1) && W(s, b - 1)->verb >= 0 && !TOK_IS(s, b - 1, "following") &&
                                  !(s->gram[b - 1] & (G_PREP | G_LOC | G_TIME)))) &&
            !(g->isverb[b - 1] && g->v[b - 1].coded && (g->v[b - 1].root == 11 || g->v[b - 1].root == 14)))
            continue; /* mass violence as a verb's object is told as done only when condemned:
                         "prevent the massacre of civilians", "described the massacre" */
        int bare_verb = 0; /* "Prevent the massacre of civilians, he said": a verb before it, the tagger's or
                              a capitalised word that is no name */
        for (size_t q = b; root_of(code) == 20 && q < k0 && !bare_verb; q++)
            bare_verb = s->mid[q] < 0 && !(s->gram[q] & G_DET) && s->tok[q].kind == TK_WORD &&
                        (s->tok[q].cas != CASE_LOWER || (W(s, q) && W(s, q)->verb >= 0 && (W(s, q)->vform & VF_BASE)));
        if (bare_verb)
            continue;
        int src = own, tgt = -1, pair = -1, unreal = 0, placed = 0; /* placed: a place's country, named here */
        if (sym && speaker >= 0 && (b == k || (b + 1 == k && (s->gram[b] & (G_IT | G_THEY)))))
            src = speaker; /* "said (its) talks with Beijing were productive": the speaker's talks */
        for (size_t q = b; q < k; q++) {
            unreal |= unrealised_word(s, q);
            int mq = s->mid[q];
            if (own < 0 && mq >= 0 && (s->m[mq].kind == M_ADJ || s->m[mq].kind == M_NAME) && !is_place(s, &s->m[mq]) &&
                s->m[mq].code[0])
                src = mq; /* the last one: "Russia's full-scale invasion" */
        }
        size_t end = k + 1;
        while (end < s->ntok && end < k + BACKGROUND_SPAN && !hard_boundary(s, end) && !ts_is_comma(s, end) &&
               !(g->isverb[end] && g->v[end].kind == V_FINITE) && !(s->gram[end] & (G_REL | G_CONJ)))
            end++;
        for (size_t q = k + 1; q < end; q++) {
            unreal |= TOK_IS(s, q, "next") || TOK_IS(s, q, "planned");
            if (TOK_IS(s, q, "by") && q + 1 < end) {
                int a = actor_after(g, q, end);
                if (a < 0 && root_of(code) == 20) {
                    /* "by jihadists in Niger": an unnamed doer, of the place named (mass_violence_place) */
                    size_t r = past_det(s, q + 1, end);
                    if (r < end && s->mid[r] >= 0 && s->m[s->mid[r]].kind == M_UNRES && s->m[s->mid[r]].sector[0])
                        a = s->mid[r];
                }
                if (a >= 0 && !(sym && broker_word(s, q - 1))) {
                    src = a; /* "the arrest of ... by Ugandan police"; but "talks between Armenia and
                                Azerbaijan mediated by Kazakhstan" are the pair's, the broker's 045 is
                                nominal_mediator's */
                    for (size_t r = 0; sym && pair < 0 && r < s->nm; r++)
                        if (s->m[r].group == s->m[a].group && (int)r != a && s->m[r].t0 > s->m[a].t0 &&
                            s->m[r].kind != M_UNRES && s->m[r].code[0])
                            pair = (int)r; /* "joint drills by South Korea and the United States": the pair */
                }
            } else if (!sym && tgt < 0 && root_of(code) == 15) {
                /* exercises "around / near / off" a country: its country, a place's too */
                if ((TOK_IS(s, q, "around") || TOK_IS(s, q, "near") || TOK_IS(s, q, "off") ||
                     TOK_IS(s, q, "toward") || TOK_IS(s, q, "towards")) && q + 1 < end) {
                    size_t r = past_det(s, q + 1, end);
                    int mq = r < end ? s->mid[r] : -1;
                    if (mq >= 0 && s->m[mq].kind == M_NAME && strlen(s->m[mq].code) >= 3) {
                        char cc[4] = {s->m[mq].code[0], s->m[mq].code[1], s->m[mq].code[2], '\0'};
                        tgt = add_actor(s, cc, s->m[mq].t0, s->m[mq].t1);
                        placed = tgt >= 0;
                    }
                }
            } else if (!sym && tgt < 0 && !strcmp(code, "042")) {
                if (TOK_IS(s, q, "to") && q + 1 < end) {
                    size_t r = past_det(s, q + 1, end);
                    int mq = r < end ? s->mid[r] : -1;
                    if (mq >= 0 && s->m[mq].kind == M_NAME && s->m[mq].code[0]) {
                        tgt = mq; /* the host: "to Beijing" is its government, as "visited Beijing" */
                        placed = 1;
                    }
                }
            } else if (!sym && tgt < 0 && (root_of(code) == 2 || root_of(code) == 10)) {
                /* an appeal or demand names its addressee: "call for/on Togo to", "demand to Kyiv" */
                if ((TOK_IS(s, q, "on") || TOK_IS(s, q, "for") || TOK_IS(s, q, "to")) && q + 1 < end)
                    tgt = actor_after(g, q, end);
            } else if (!sym && tgt < 0 &&
                       (TOK_IS(s, q, "on") || TOK_IS(s, q, "against") || (TOK_IS(s, q, "of") && q == k + 1))) {
                tgt = actor_after(g, q, end);
                if (tgt < 0 && q + 1 < end && (root_of(code) == 17 || root_of(code) == 20)) {
                    /* "the arrest of opposition leaders", "the massacre of (at least 200) villagers":
                       people named by their sector */
                    size_t r = past_det(s, q + 1, end);
                    if (root_of(code) == 20)
                        r = past_count(s, r, end);
                    if (r < end && s->mid[r] >= 0 && s->m[s->mid[r]].kind == M_UNRES && s->m[s->mid[r]].sector[0])
                        tgt = s->mid[r];
                }
            } else if (!sym && tgt < 0 && !strcmp(code, "045") && TOK_IS(s, q, "between") && q + 1 < end) {
                between_pair(g, q, &tgt, &pair); /* the mediator's two parties */
            } else if (sym && TOK_IS(s, q, "between") && q + 1 < end) {
                src = actor_after(g, q, end);
                for (size_t r = q + 1; src >= 0 && r + 1 < end; r++)
                    if (s->gram[r] & G_AND) {
                        pair = actor_after(g, r, end);
                        break;
                    }
                if (pair < 0)
                    pair = two_partner(s, src); /* "clashes between the two armies" */
            } else if (sym && TOK_IS(s, q, "with") && pair < 0 && q + 1 < end) {
                pair = actor_after(g, q, end);
                if (src < 0 && pair >= 0 && frame == 1 && g->main_subj >= 0 &&
                    s->m[g->main_subj].kind == M_NAME)
                    src = g->main_subj; /* "Putin praised China after talks with Xi": the subject's talks */
            }
        }
        if (frame == 2 && src < 0)
            src = speaker; /* the claimant */
        if (frame == 2 && tgt < 0 && !sym && end < s->ntok)
            tgt = relative_object(g, end);
        size_t rend = end; /* "claimed the attack, which killed 12 soldiers in Mogadishu": its clause too */
        if (frame == 2 && rend + 2 < s->ntok && ts_is_comma(s, rend) &&
            (TOK_IS(s, rend + 1, "which") || TOK_IS(s, rend + 1, "that")))
            for (rend += 2; rend < s->ntok && rend < end + 2 + BACKGROUND_SPAN && !hard_boundary(s, rend) &&
                            !ts_is_comma(s, rend);)
                rend++;
        for (size_t q = k + 1; frame == 2 && tgt < 0 && !sym && q + 1 < rend; q++) {
            /* "the bombing in Kabul": the place's country, as a state's or armed group's act */
            size_t r = past_det(s, q + 1, rend);
            int mq = r < rend ? s->mid[r] : -1;
            if ((s->gram[q] & G_LOC) && mq >= 0 && (is_place(s, &s->m[mq]) || s->m[mq].kind == M_NAME) &&
                strlen(s->m[mq].code) >= 3 && src >= 0 && state_or_armed(s, src) &&
                (strncmp(s->m[mq].code, s->m[src].code, 3) || armed_group(s, src))) {
                char cc[4] = {s->m[mq].code[0], s->m[mq].code[1], s->m[mq].code[2], '\0'};
                tgt = add_actor(s, cc, s->m[mq].t0, s->m[mq].t1);
                placed = tgt >= 0;
            }
        }
        if (frame == 2 && tgt < 0 && !sym && src >= 0 && s->m[src].kind == M_NAME && s->ctx->attacked[0] &&
            (!strcmp(s->ctx->attacker, s->m[src].code) || !s->ctx->attacker[0]) && k > 0 &&
            TOK_IS(s, k - 1, "the")) {
            /* "Al Shabaab fighters stormed a hotel ... The group claimed
               responsibility for the attack": the story's attack, on whom it fell */
            tgt = add_remembered(s, s->ctx->attacked);
        }
        if (!sym && root_of(code) == 20 && src >= 0 && (tgt < 0 || s->m[tgt].kind == M_UNRES))
            placed = mass_violence_place(g, k, end, src, &tgt) && s->m[tgt].kind != M_NAME;
        if (unreal || src < 0 || !s->m[src].code[0] || s->m[src].kind == M_UNRES)
            continue;
        if (!sym && tgt >= 0 && s->m[tgt].kind == M_UNRES && strlen(s->m[src].code) >= 3 && !ts_igo_code(s->m[src].code))
            name_unresolved(&s->m[tgt], s->m[src].code); /* arrests at home */
        int other = sym ? pair : tgt;
        if (other < 0 || other == src || !s->m[other].code[0] || s->m[other].kind == M_UNRES ||
            (is_place(s, &s->m[other]) && !placed))
            continue;
        if (!strncmp(s->m[src].code, s->m[other].code, 3) &&
            ((root_of(code) != 17 && root_of(code) != 20) || !strcmp(s->m[src].code, s->m[other].code)) &&
            !(armed_group(s, src) && (placed || (frame == 2 && strcmp(s->m[src].code, s->m[other].code)))))
            continue; /* one side's own, but "police arrested opposition leaders", "Al-Shabaab
                         claimed the bombing in Mogadishu", "JNIM claimed the attack on the army camp" */
        int dup = 0; /* the verb already coded it: "launched strikes on Gaza" */
        for (size_t q = 0; q < g->em.n && !dup; q++)
            dup = !strncmp(g->em.out[q].src, s->m[src].code, 3) &&
                  !strncmp(g->em.out[q].tgt, s->m[other].code, 3) &&
                  root_of(g->em.out[q].code) == root_of(code);
        if (dup)
            continue;
        if (armed_group(s, src))
            code = improvised_code(s, k, code);
        emit(s, &g->em, src, other, code, k, 0, NULL);
        if (sym)
            emit(s, &g->em, other, src, code, k, TOCSIN_EV_SYMMETRIC, NULL);
        if (!sym && !strcmp(code, "045") && pair >= 0 && pair != src && s->m[pair].code[0] &&
            s->m[pair].kind != M_UNRES && strncmp(s->m[pair].code, s->m[src].code, 3))
            emit(s, &g->em, src, pair, code, k, 0, NULL); /* and the other party of "between" */
        if (sym && s->m[other].group != s->m[src].group)
            partners_too(g, src, other, code, k); /* "after talks with Vucic and Kurti" */
    }
    g->em.rule = NULL;
}

/* ---- joint acts of several parties, named by their noun ----
 * "Naval exercises involving the fleets of India, Japan and Australia began",
 * "talks between Russia, Ukraine and the United States resumed", "a summit of
 * the leaders of France, Germany and Italy took place", "the summit brought
 * together the leaders of Egypt, Jordan and Iraq": each listed party with
 * each other, both ways. Countries exercising together cooperate militarily
 * (062). Told as done, as background_events reads it (background_frame);
 * "talks with A and B" (one side's partners) and separate meetings pair no
 * one. */

#define PARTY_LIST_GAP 4 /* words from the participation word to its list: "the naval forces of" */
#define PARTY_WORD_GAP 4 /* words from the event noun to the participation word: "in Geneva", "on Monday" */

/* Where the party list after the participation word at q starts: the token
 * after q, or after "together" ("brought together"); 0 when q is none. */
static size_t party_word(const gstate *g, size_t q, int drill)
{
    const ts_sent *s = g->s;
    static const ts_lit preps[] = {LIT("between"),   LIT("among"),    LIT("amongst"),  LIT("involving"),
                                   LIT("featuring"), LIT("grouping"), LIT("involved"), LIT("featured")};
    static const ts_lit bring[] = {LIT("brought"), LIT("bringing"), LIT("brings"), LIT("bring")};
    if (q + 1 >= s->ntok || s->tok[q].kind != TK_WORD)
        return 0;
    if (ts_tok_in(s, q, preps, sizeof preps / sizeof preps[0]))
        return q + 1;
    if (TOK_IS(s, q, "of") && !drill)
        return q + 1; /* "a summit of", "the meeting of"; "exercises of" names no parties */
    if (q + 2 < s->ntok && ts_tok_in(s, q, bring, sizeof bring / sizeof bring[0]) && TOK_IS(s, q + 1, "together"))
        return q + 2;
    if (q + 2 < s->ntok && TOK_IS(s, q, "attended") && TOK_IS(s, q + 1, "by"))
        return q + 2; /* "a summit attended by the leaders of" */
    return 0;
}

/* The first mention of the list that starts at q, or -1: determiners,
 * lower-case nouns and "of / from" may lead to it ("the fleets of"). */
static int party_list_at(const gstate *g, size_t q)
{
    const ts_sent *s = g->s;
    for (size_t r = q; r < s->ntok && r < q + PARTY_LIST_GAP; r++) {
        int mr = s->mid[r];
        if (mr >= 0 && s->m[mr].kind == M_UNRES && s->tok[r].cas == CASE_LOWER)
            continue; /* "troops from": an agent noun with no country of its own */
        if (mr >= 0)
            return s->m[mr].kind == M_NAME || s->m[mr].kind == M_ADJ ? mr : -1;
        if (s->tok[r].kind != TK_WORD || s->tok[r].cas != CASE_LOWER ||
            (s->gram[r] & (G_AND | G_SUB | G_REL | G_CONJ | G_NEG | G_MODAL | G_FUT | G_BE | G_HAVE)) ||
            ((s->gram[r] & (G_PREP | G_LOC)) && !TOK_IS(s, r, "of") && !TOK_IS(s, r, "from")))
            return -1;
    }
    return -1;
}

/* "Russia-Ukraine talks", "the US-China summit", "US-South Korean drills":
 * the parties of a hyphenated chain before the event noun at k (past
 * modifiers: "peace", "trade", "joint naval"), into mem; their number. */
static size_t hyphen_parties(const gstate *g, size_t k, int *mem, size_t max)
{
    const ts_sent *s = g->s;
    size_t q = s->mid[k] >= 0 ? k + 1 : k, n = 0; /* "South Korean drills" can be one mention */
    for (int steps = 0; q > 0 && steps < PARTY_WORD_GAP && s->mid[q - 1] < 0; steps++, q--)
        if (s->tok[q - 1].kind != TK_WORD || s->tok[q - 1].cas != CASE_LOWER || s->gram[q - 1] || g->isverb[q - 1])
            return 0;
    while (q > 0 && n < max && s->mid[q - 1] >= 0) {
        const ts_mention *x = &s->m[s->mid[q - 1]];
        if ((x->kind != M_NAME && x->kind != M_ADJ) || x->t1 != q || strlen(x->code) < 3)
            break;
        mem[n++] = s->mid[q - 1];
        if (x->t0 < 2 || !ts_is_punct(s, x->t0 - 1, '-'))
            break;
        q = x->t0 - 1; /* the hyphen: the chain goes on before it */
    }
    return n >= 2 ? n : 0;
}

/* Prisoner exchanges, which background_code reads by their words ("the
 * Russia-Ukraine prisoner exchange"); deals are in the @agreement class. */
static int swap_word(const ts_sent *s, size_t k)
{
    size_t n = s->tok[k].len;
    return (n == 8 && TOK_IS(s, k, "exchange")) || (n == 4 && TOK_IS(s, k, "swap"));
}

/* Can the sentence hold parties listed together: a compound group ("A, B
 * and C", "the two countries") or a hyphenated pair ("Russia-Ukraine")? */
static int party_lists(const ts_sent *s)
{
    for (size_t m = 0; m < s->nm; m++) {
        const ts_mention *x = &s->m[m];
        if (x->group != (int16_t)m || (x->t0 >= 2 && s->mid[x->t0 - 2] >= 0 && ts_is_punct(s, x->t0 - 1, '-')))
            return 1;
    }
    return 0;
}

static void multiparty_events(gstate *g)
{
    ts_sent *s = g->s;
    if (s->nm < 2 || (s->ntok > 0 && ts_is_punct(s, s->ntok - 1, '?')) || !party_lists(s))
        return;
    static const int evclass[] = {CL_TALK, CL_MEETING, CL_DRILL, CL_AGREEMENT};
    uint64_t evmask = ts_class_mask(s->d, evclass, sizeof evclass / sizeof evclass[0]);
    for (size_t k = 0; k + 2 < s->ntok; k++) {
        const ts_word *kw = W(s, k);
        if (!kw || !((kw->classes & evmask) || swap_word(s, k)) || s->tok[k].kind != TK_WORD ||
            (s->tok[k].cas != CASE_LOWER && k > 0) || g->skip[k] || g->incond[k])
            continue;
        if (s->mid[k] >= 0 && (s->m[s->mid[k]].kind != M_NAME || s->m[s->mid[k]].head != k ||
                               s->m[s->mid[k]].t1 != k + 1 || s->m[s->mid[k]].t0 >= k))
            continue; /* but "South Korean drills", a mention whose head is the act */
        int sym, drill = class_bit(s, k, CL_DRILL);
        const char *code = background_code(s, k, &sym);
        if (!code[0] || (!sym && !(drill && !strcmp(code, "150"))))
            continue;
        if (drill)
            code = "062"; /* several countries' exercise together */
        /* the participation word: right after the noun, or past a place or time */
        size_t list = 0, q = k + 1;
        for (; q < s->ntok && q < k + 1 + PARTY_WORD_GAP && !list; q++) {
            list = party_word(g, q, drill);
            if (list)
                break;
            int mq = s->mid[q];
            if (!(g->adv[q] || (s->gram[q] & G_DET) || TOK_IS(s, q, "in") || TOK_IS(s, q, "at") ||
                  (q == k + 1 && ts_is_comma(s, q)) || /* "the exercise, which involved" */
                  ((TOK_IS(s, q, "which") || TOK_IS(s, q, "that")) && q + 1 < s->ntok && !party_word(g, q, drill) &&
                   party_word(g, q + 1, drill) && !TOK_IS(s, q + 1, "of") && !TOK_IS(s, q + 1, "between")) ||
                  (mq >= 0 && is_place(s, &s->m[mq])) ||
                  (mq < 0 && s->tok[q].kind == TK_WORD && s->tok[q].cas != CASE_LOWER && q > k + 1 &&
                   (TOK_IS(s, q - 1, "in") || TOK_IS(s, q - 1, "at")))))
                break;
        }
        int first = list ? party_list_at(g, list) : -1, mem[16];
        size_t n = 0, distinct = 0, last = k;
        if (first >= 0) {
            n = group_of(s, first, mem, sizeof mem / sizeof mem[0]);
            if (n > 0)
                last = s->m[mem[n - 1]].t1 - 1;
        } else {
            n = hyphen_parties(g, k, mem, sizeof mem / sizeof mem[0]);
            for (size_t a = 0; a < n / 2; a++) { /* read right to left: in text order */
                int t = mem[a];
                mem[a] = mem[n - 1 - a];
                mem[n - 1 - a] = t;
            }
            first = n ? mem[0] : -1;
        }
        if (n == 0)
            continue;
        for (size_t a = 0; a < n; a++) {
            int dup = strlen(s->m[mem[a]].code) < 3;
            for (size_t b = 0; b < a && !dup; b++)
                dup = !strncmp(s->m[mem[a]].code, s->m[mem[b]].code, 3);
            distinct += !dup;
        }
        if (distinct < 2)
            continue;
        /* told as done: the phrase before the noun, the verb after the list */
        size_t b = event_np_start(g, last == k ? s->m[first].t0 : k), none = 0; /* a chain: before its first */
        cap_parties(&n, &none, 1); /* a long list: its first parties */
        int unreal = 0, speaker = -1;
        for (size_t r = b; r <= k; r++)
            unreal |= unrealised_word(s, r) || TOK_IS(s, r, "separate");
        for (size_t r = k + 1; r < (size_t)s->m[first].t0; r++) /* none for a chain before the noun */
            unreal |= (s->gram[r] & (G_MODAL | G_FUT | G_NEG | G_HYPO | G_INTENT)) != 0;
        for (size_t r = last + 1; r < s->ntok && r < last + BACKGROUND_SPAN && !hard_boundary(s, r); r++)
            unreal |= TOK_IS(s, r, "next") || TOK_IS(s, r, "planned");
        int frame = unreal ? 0 : background_frame(g, b, last, 0, &speaker);
        if (!frame && !unreal && code[1] == '4' && b > 0 &&
            (TOK_IS(s, b - 1, "at") ||
             (b >= 2 && TOK_IS(s, b - 1, "of") &&
              (TOK_IS(s, b - 2, "sidelines") || TOK_IS(s, b - 2, "margins") || TOK_IS(s, b - 2, "sideline") ||
               TOK_IS(s, b - 2, "margin")))))
            frame = 1; /* "at a summit of", "on the sidelines of talks between": it took place */
        for (size_t r = 0; frame == 1 && r < b; r++)
            if ((s->gram[r] & (G_MODAL | G_FUT | G_HYPO | G_INTENT | G_NEG | G_IF)) ||
                (g->isverb[r] && (g->v[r].neg || g->v[r].modal || g->v[r].fut || g->v[r].cond || g->v[r].hedge)))
                frame = background_frame(g, b, last, 0, &speaker); /* "is expected at a summit of": its own frame only */
        if (frame != 1 || verb_in_phrase(g, b, k))
            continue;
        const char *rule = g->em.rule;
        g->em.rule = "a joint act named by its noun with its parties listed: each party with each other";
        for (size_t a = 0; a < n; a++)
            for (size_t c = 0; c < n; c++)
                if (c != a && strlen(s->m[mem[a]].code) >= 3 && strlen(s->m[mem[c]].code) >= 3 &&
                    strncmp(s->m[mem[a]].code, s->m[mem[c]].code, 3))
                    emit(s, &g->em, mem[a], mem[c], code, k, c < a ? TOCSIN_EV_SYMMETRIC : 0, NULL);
        g->em.rule = rule;
        if (last > k)
            k = last; /* the list is read */
    }
}

static int own_side(const ts_sent *s, int subj, int mi);

#define RELATIONS_SPAN 6 /* from the party after "relations with" to the verb that says how they fare */

/* "Jakarta said relations with Australia were improving", "the minister said
 * ties with China had deteriorated": a speaker's report of how its relations
 * with another party fare is an optimistic (013) or pessimistic (012)
 * comment about that party. Not a third party's ("relations between"), nor
 * negated ("had not improved"). */
static void relations_mood(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit better[] = {LIT("improve"),  LIT("improves"),  LIT("improved"),  LIT("improving"),
                                    LIT("warm"),     LIT("warmed"),    LIT("warming"),   LIT("strengthened"),
                                    LIT("deepened"), LIT("deepening"), LIT("flourishing"), LIT("flourished")};
    static const ts_lit worse[] = {LIT("deteriorate"), LIT("deteriorated"), LIT("deteriorating"), LIT("worsen"),
                                   LIT("worsened"),    LIT("worsening"),    LIT("soured"),        LIT("souring")};
    if (!(g->words & SW_TIES))
        return; /* no "relations", no "ties" (sentence_words) */
    const char *rule = g->em.rule;
    g->em.rule = "a speaker's word on how its relations with another fare (\"said ties with X had improved\")";
    for (size_t k = 1; k + 3 < s->ntok; k++) {
        if (!(TOK_IS(s, k, "relations") || TOK_IS(s, k, "ties")) || !TOK_IS(s, k + 1, "with") || s->mid[k] >= 0)
            continue;
        size_t r = past_det(s, k + 2, s->ntok);
        int t = r < s->ntok ? s->mid[r] : -1;
        if (t < 0 || s->m[t].t0 != r || !s->m[t].code[0] || s->m[t].kind == M_UNRES)
            continue;
        size_t b = k; /* "said (that) its relations with": the phrase's start */
        while (b > 0 && b + 3 > k && s->mid[b - 1] < 0 && (s->gram[b - 1] & G_DET))
            b--;
        int say = governing_say(g, b);
        int src = say >= 0 ? g->v[say].subj : -1;
        if (src < 0 || !s->m[src].code[0] || s->m[src].kind == M_UNRES || own_side(s, src, t))
            continue;
        const char *code = NULL;
        for (size_t q = (size_t)s->m[t].t1; q < s->ntok && q < (size_t)s->m[t].t1 + RELATIONS_SPAN && !code; q++) {
            if (hard_boundary(s, q) || ts_is_comma(s, q) || (s->gram[q] & (G_NEG | G_SUB | G_REL | G_AND)) ||
                s->mid[q] >= 0)
                break;
            if (ts_tok_in(s, q, better, sizeof better / sizeof better[0]))
                code = "013";
            else if (ts_tok_in(s, q, worse, sizeof worse / sizeof worse[0]))
                code = "012";
        }
        if (code)
            emit(s, &g->em, src, t, code, k, TOCSIN_EV_ATTRIBUTED, NULL);
    }
    g->em.rule = rule;
}

static _Thread_local gstate G; /* per-thread scratch: too large for the stack */

/* a court's acts, judged later as the court's */
static const ts_lit court_acts[] = {LIT("trial"),   LIT("verdict"),  LIT("ruling"),  LIT("conviction"),
                                    LIT("sentence"), LIT("sentencing"), LIT("judgment"), LIT("judgement")};

/* a show of force (15x), judged later as the story's last doer's */
static const ts_lit posture_acts[] = {LIT("build"),     LIT("buildup"),   LIT("drills"),   LIT("exercises"),
                                      LIT("manoeuvres"), LIT("maneuvers"), LIT("launch"),   LIT("launches"),
                                      LIT("test"),       LIT("tests"),     LIT("mobilisation"), LIT("mobilization"),
                                      LIT("deployment"), LIT("deployments")};
/* a cut, halt or ban of ties or supplies (16x), judged later as its doer's */
static const ts_lit cut_acts[] = {LIT("halt"),      LIT("cut"),       LIT("cutoff"),       LIT("cuts"),
                                  LIT("stoppage"),  LIT("shutdown"),  LIT("embargo"),      LIT("closure"),
                                  LIT("suspension"), LIT("sanctions"), LIT("restrictions"), LIT("tariffs"),
                                  LIT("curbs"),     LIT("expulsion"), LIT("expulsions"), LIT("ban"), LIT("bans")};
/* a release or other yielding (08x), welcomed or judged later as its doer's */
static const ts_lit yield_acts[] = {LIT("release"),    LIT("releases"), LIT("freeing"), LIT("handover"),
                                    LIT("withdrawal"), LIT("pullout"),  LIT("lifting"), LIT("easing")};
/* a rejection or veto (12x), judged later as its doer's */
static const ts_lit reject_acts[] = {LIT("veto"), LIT("vetoes"), LIT("rejection"), LIT("refusal")};
/* other acts of a state or a body that a judgement names by a definite noun,
 * the doer of which only the sentence before may tell (lead_doer): "the law",
 * "the warrant", "the declaration", "the delay" */
static const ts_lit done_acts[] = {LIT("law"),         LIT("warrant"),     LIT("warrants"),  LIT("declaration"),
                                   LIT("order"),       LIT("decree"),      LIT("announcement"), LIT("delay"),
                                   LIT("postponement"), LIT("landing"),    LIT("opinion"),   LIT("amendment"),
                                   LIT("designation"), LIT("appointment"), LIT("offensive"), LIT("incursion"),
                                   LIT("interception"), LIT("flight"),     LIT("overflight")};

/* Is token q the noun of an act whose doer a judgement may take from the
 * sentence before (lead_doer): one of done_acts, a court's act, a decision,
 * move or step, or a seizure of power ("the takeover"); not violence (whose doer a first
 * report seldom names: judged_act places it), nor a word of other senses
 * that only an event of its kind makes an act ("opened a highway ... condemned
 * the launch": posture_acts, cut_acts)? */
static int lead_act_word(const ts_sent *s, size_t q)
{
    return !ts_tok_in(s, q, unclaimed_violence, sizeof unclaimed_violence / sizeof unclaimed_violence[0]) &&
           (ts_tok_in(s, q, done_acts, sizeof done_acts / sizeof done_acts[0]) ||
            ts_tok_in(s, q, court_acts, sizeof court_acts / sizeof court_acts[0]) || TOK_IS(s, q, "decision") ||
            TOK_IS(s, q, "move") || TOK_IS(s, q, "step") ||
            ts_tok_in(s, q, coups, sizeof coups / sizeof coups[0])); /* "the takeover"; "the coup" is
                                                                       violence, placed (judgement.txt) */
}

/* "The move drew sharp criticism from Moscow", "The strike drew condemnation
 * from the UN", "condemned the action": a definite act noun (the token at q,
 * "the", "this" or "that" before it; opening the clause when opening is set)
 * stands for its doer, whom the story remembers: the source of its last
 * sentence with events for a decision, plan or move (@stance), the last
 * attacker (and its co-attackers, other than judge) for an attack, the last
 * coercer for a coup or arrests. A new mention, or -1. */

/* Is token q a noun of an act the story may have told (story_act_doer)? */
static int story_act_word(const ts_sent *s, size_t q)
{
    return ts_tok_in(s, q, coups, sizeof coups / sizeof coups[0]) ||
           ts_tok_in(s, q, placed_acts, sizeof placed_acts / sizeof placed_acts[0]) || judged_act_word(s, q) ||
           ts_tok_in(s, q, court_acts, sizeof court_acts / sizeof court_acts[0]) ||
           ts_tok_in(s, q, posture_acts, sizeof posture_acts / sizeof posture_acts[0]) ||
           ts_tok_in(s, q, cut_acts, sizeof cut_acts / sizeof cut_acts[0]) ||
           ts_tok_in(s, q, yield_acts, sizeof yield_acts / sizeof yield_acts[0]) ||
           ts_tok_in(s, q, reject_acts, sizeof reject_acts / sizeof reject_acts[0]) ||
           ts_in_class(s->d, W(s, q), CL_STANCE);
}

/* Is the noun at q one of an act of a kind the story remembers the doer of
 * (a show of force, a cut or ban, a yielding, a rejection, a coup or
 * coercion), not a bare stance word ("the decision") nor an attack? */
static int story_kind_word(const ts_sent *s, size_t q)
{
    return ts_tok_in(s, q, posture_acts, sizeof posture_acts / sizeof posture_acts[0]) ||
           ts_tok_in(s, q, cut_acts, sizeof cut_acts / sizeof cut_acts[0]) ||
           ts_tok_in(s, q, yield_acts, sizeof yield_acts / sizeof yield_acts[0]) ||
           ts_tok_in(s, q, reject_acts, sizeof reject_acts / sizeof reject_acts[0]) ||
           ts_tok_in(s, q, coups, sizeof coups / sizeof coups[0]);
}

/* Is token q the noun of a release or other yielding the story told (yield_acts)? */
static int story_yield_word(const ts_sent *s, size_t q)
{
    return ts_tok_in(s, q, yield_acts, sizeof yield_acts / sizeof yield_acts[0]);
}

static int story_act_doer(gstate *g, size_t q, int opening, const char *judge)
{
    ts_sent *s = g->s;
    static const ts_lit tried[] = {LIT("attempted"), LIT("failed"), LIT("foiled"), LIT("botched"), LIT("thwarted")};
    if (q < 1 || q >= s->ntok || (opening && q > 2))
        return -1;
    size_t det = q - 1; /* "the", "this", "these", "such" */
    if (q + 3 < s->ntok && is_quote(s, q) && s->tok[q + 1].kind == TK_WORD && s->tok[q + 1].cas == CASE_LOWER &&
        s->mid[q + 1] < 0 && is_quote(s, q + 2))
        q += 3; /* "condemned the \"reckless\" manoeuvres": a quoted word of the judge's own */
    int skip = q + 1 < s->ntok && ts_tok_in(s, q, tried, sizeof tried / sizeof tried[0]); /* "the attempted coup" */
    q += (size_t)skip;
    if (s->tok[q].kind != TK_WORD || s->tok[q].cas != CASE_LOWER ||
        !(TOK_IS(s, det, "the") || TOK_IS(s, det, "this") || TOK_IS(s, det, "that") || TOK_IS(s, det, "The") ||
          TOK_IS(s, det, "This") || TOK_IS(s, det, "That") || TOK_IS(s, det, "these") || TOK_IS(s, det, "such") ||
          TOK_IS(s, det, "These") || TOK_IS(s, det, "Such")))
        return -1; /* "condemned such drills", "these expulsions": the story's too */
    for (int k = 0; k < STORY_ACT_MODS && q + 1 < s->ntok && !story_act_word(s, q) && !lead_act_word(s, q) &&
                    s->tok[q].cas == CASE_LOWER &&
                    !s->gram[q] && s->mid[q] < 0 && s->tok[q + 1].kind == TK_WORD && s->mid[q + 1] < 0;
         k++)
        q++; /* "the gas cut-off", "the sudden halt": the act's noun after its modifiers */
    const char *who = NULL;
    if (ts_tok_in(s, q, yield_acts, sizeof yield_acts / sizeof yield_acts[0]) && s->ctx->releaser[0])
        who = s->ctx->releaser; /* "welcomed the release": the story's releaser's */
    else if (ts_tok_in(s, q, coups, sizeof coups / sizeof coups[0]) ||
        ts_tok_in(s, q, placed_acts, sizeof placed_acts / sizeof placed_acts[0]))
        who = s->ctx->coercer[0] || !judged_act_word(s, q) ? s->ctx->coercer : s->ctx->attacker;
        /* "condemned the abduction": its captor, else the story's attacker */
    else if (judged_act_word(s, q))
        who = s->ctx->attacker;
    else if (ts_tok_in(s, q, court_acts, sizeof court_acts / sizeof court_acts[0]))
        who = s->ctx->court; /* "described the trial as a farce": the story's court's */
    else if (ts_tok_in(s, q, posture_acts, sizeof posture_acts / sizeof posture_acts[0]))
        who = s->ctx->poser[0]                                                     ? s->ctx->poser
              : s->ctx->last_said && s->ctx->done_src[0] &&
                        !(judge && !strncmp(judge, s->ctx->done_src, 3)) ? s->ctx->done_src
                                                                         : s->ctx->last_src;
        /* "expressed alarm at the build-up", "condemned the launch"; "the manoeuvres" after
           words of others ("Manila protested"): the last act done */
    else if ((TOK_IS(s, q, "ban") || TOK_IS(s, q, "bans")) && !s->ctx->cutter[0] && s->ctx->coercer[0])
        who = s->ctx->coercer; /* "banned women from universities" (172): "condemned the ban" */
    else if (ts_tok_in(s, q, cut_acts, sizeof cut_acts / sizeof cut_acts[0]))
        who = s->ctx->cutter[0] ? s->ctx->cutter : s->ctx->last_src; /* "called the cut-off blackmail": the
                                                                         story's last cut's */
    else if (ts_tok_in(s, q, reject_acts, sizeof reject_acts / sizeof reject_acts[0]) && s->ctx->rejecter[0])
        who = s->ctx->rejecter; /* "criticised the veto": the story's last rejecter's */
    else if ((TOK_IS(s, q, "decision") || TOK_IS(s, q, "move") || TOK_IS(s, q, "step")) && s->ctx->last_said &&
             s->ctx->done_src[0] && !(judge && !strncmp(judge, s->ctx->done_src, 3)))
        who = s->ctx->done_src; /* "The Taliban banned women ...; Pakistan urged ...; Blinken condemned the
                                   decision": the story's last act done, not the words about it since */
    else if (ts_in_class(s->d, W(s, q), CL_STANCE))
        who = s->ctx->attacker[0] && (TOK_IS(s, q, "action") || TOK_IS(s, q, "actions") || TOK_IS(s, q, "operation") ||
                                      TOK_IS(s, q, "operations"))
                  ? s->ctx->attacker /* "condemned the action", in a story of strikes: the strikers' */
                  : s->ctx->last_src;
    if ((!who || strlen(who) < 3) && lead_act_word(s, q))
        who = s->ctx->lead_doer; /* "Putin recognised the regions. Scholz denounced the decision" */
    if ((!who || strlen(who) < 3) && ts_tok_in(s, q, done_acts, sizeof done_acts / sizeof done_acts[0]))
        who = s->ctx->last_src; /* "The ICJ said the occupation was unlawful. Israel dismissed the opinion" */
    if (!who || strlen(who) < 3)
        return -1;
    int m = add_remembered(s, who);
    if (!strcmp(who, s->ctx->attacker)) /* "the move", when the last sentence told the attack */
        add_co_attackers(s, m, judge);
    return m;
}

/* ---- copular predicates ----
 * "Iran is in talks with the IAEA", "Macron is on a state visit to Morocco",
 * "Washington was upbeat about talks with Beijing": "be" is no verb of the
 * patterns, so a predicate after it that reports an act is read here. */

#define COPULA_ONE (1u << 31) /* copula_emit: the target alone, not its group */
#define COPULA_MODS 4 /* words before the predicate's noun: "in (advanced, direct) talks", "on a (two-day) visit" */

/* The subject of the copula at b: the mention before its auxiliaries ("has
 * been", "is now"), or before ", which"; -1 when there is none, or the
 * clause is modal, negated or an infinitive ("expected to be"). *fut: "will
 * be". */
static int copula_subject(const gstate *g, size_t b, int *fut)
{
    const ts_sent *s = g->s;
    size_t k = b;
    *fut = 0;
    while (k > 0 && s->mid[k - 1] < 0 && (s->gram[k - 1] & (G_ADV | G_BE | G_HAVE | G_FUT | G_MODAL | G_NEG | G_TO))) {
        uint32_t gg = s->gram[k - 1];
        if ((gg & (G_MODAL | G_NEG | G_TO)) || ((gg & G_FUT) && !TOK_IS(s, k - 1, "will")))
            return -1;
        *fut |= (gg & G_FUT) != 0;
        k--;
    }
    if (k >= 3 && (s->gram[k - 1] & G_REL) && ts_is_comma(s, k - 2) && s->mid[k - 3] >= 0)
        k -= 2; /* "Iran, which is in talks with ..." */
    if (k == 0 || s->mid[k - 1] < 0)
        return -1;
    int m = s->mid[k - 1];
    const ts_mention *x = &s->m[m];
    if (!x->code[0] || x->modifier || x->kind == M_UNRES || is_place(s, x))
        return -1;
    return m;
}

/* Past up to COPULA_MODS articles, numbers, hyphens and plain lower-case
 * modifiers from q, to the head word in [q, end) that ok() accepts; 0 if none. */
static size_t copula_head(const gstate *g, size_t q, size_t end, int (*ok)(const ts_sent *, size_t))
{
    const ts_sent *s = g->s;
    for (size_t k = q; k < end && k < q + COPULA_MODS + 1; k++) {
        int mk = s->mid[k];
        if (mk >= 0 && !(s->m[mk].kind == M_UNRES && s->m[mk].t1 == s->m[mk].t0 + 1 && s->tok[k].cas == CASE_LOWER))
            return 0; /* but "an official visit": an agent word as an adjective */
        if (ok(s, k))
            return k;
        if (!((s->gram[k] & G_DET) || s->tok[k].kind == TK_NUM || ts_is_punct(s, k, '-') ||
              (s->tok[k].kind == TK_WORD && s->tok[k].cas == CASE_LOWER &&
               !(s->gram[k] & (BOUNDARY | G_PREP | G_LOC | G_AND | G_TO | G_BY | G_BE | G_HAVE | G_NEG)))))
            return 0; /* "a state visit": "state" is also a saying verb */
    }
    return 0;
}

static int joint_noun(const ts_sent *s, size_t k)
{
    int sym;
    return nominal_code(s, k, &sym)[0] && sym;
}

static int truce_noun(const ts_sent *s, size_t k);

/* what one is ready for: talks, a meeting, a truce */
static int ready_noun(const ts_sent *s, size_t k)
{
    return joint_noun(s, k) || truce_noun(s, k);
}

static int visit_noun(const ts_sent *s, size_t k)
{
    return TOK_IS(s, k, "visit") || TOK_IS(s, k, "trip") || TOK_IS(s, k, "tour");
}

/* "upbeat about", "pessimistic over": 013 or 012, else NULL */
static const char *mood_code(const ts_sent *s, size_t k)
{
    static const ts_lit hope[] = {LIT("upbeat"),    LIT("optimistic"), LIT("hopeful"),
                                  LIT("confident"), LIT("bullish"),    LIT("positive")};
    static const ts_lit gloom[] = {LIT("pessimistic"), LIT("gloomy"),   LIT("downbeat"),
                                   LIT("doubtful"),    LIT("sceptical"), LIT("skeptical")};
    if (ts_tok_in(s, k, hope, sizeof hope / sizeof hope[0]))
        return "013";
    if (ts_tok_in(s, k, gloom, sizeof gloom / sizeof gloom[0]))
        return "012";
    return NULL;
}

/* Is mention mi the subject's own side, of which a mood is no comment on
 * another: its country ("upbeat about Iran's economy"), but not its rebels
 * or opposition ("the army was pessimistic about a truce with the RSF")? */
static int own_side(const ts_sent *s, int subj, int mi)
{
    const char *c = s->m[mi].code;
    if (strncmp(c, s->m[subj].code, 3))
        return 0;
    return !(strlen(c) == 6 && strcmp(c, s->m[subj].code) && (!strcmp(c + 3, "REB") || !strcmp(c + 3, "OPP")));
}

/* The first actor with a code in [q, end), before a clause boundary, a
 * comma or a finite verb; places count ("hopeful about a truce in Sudan"). */
static int copula_matter(const gstate *g, size_t q, size_t end, int subj)
{
    const ts_sent *s = g->s;
    for (size_t k = q; k < end && k < q + NOMINAL_SPAN; k++) {
        if (hard_boundary(s, k) || ts_is_comma(s, k) || (s->gram[k] & (G_SUB | G_REL | G_CONJ)) ||
            (g->isverb[k] && g->v[k].kind == V_FINITE))
            return -1;
        int mi = s->mid[k];
        if (mi < 0 || s->m[mi].t0 != k || !s->m[mi].code[0] || s->m[mi].kind == M_UNRES)
            continue;
        if (own_side(s, subj, mi))
            continue; /* its own: "upbeat about Iran's economy" */
        return mi;
    }
    return -1;
}

/* The party after "with" at w: a named actor, or an unnamed agent ("the
 * rebels") the sentence's one country names, as a verb's object is. */
static int copula_partner(gstate *g, size_t w, size_t end, int subj)
{
    ts_sent *s = g->s;
    int m = actor_after(g, w, end);
    if (m >= 0)
        return m;
    size_t q = past_det(s, w + 1, end);
    m = q < end ? s->mid[q] : -1;
    if (m < 0 || s->m[m].t0 != q || s->m[m].kind != M_UNRES || !s->m[m].sector[0] || is_place(s, &s->m[m]))
        return -1;
    adopt_country(s, m, subj, 0);
    return s->m[m].kind == M_NAME && s->m[m].code[0] ? m : -1;
}

static int truce_noun(const ts_sent *s, size_t k);

/* talks, a meeting, a deal or a truce */
static int story_talks_noun(const ts_sent *s, size_t k)
{
    return ts_in_class(s->d, W(s, k), CL_TALK) || ts_in_class(s->d, W(s, k), CL_MEETING) ||
           ts_in_class(s->d, W(s, k), CL_AGREEMENT) || truce_noun(s, k);
}

/* "said he was optimistic about the talks", "voiced hope for the
 * negotiations": a mood about the story's own talks or deal ("the" before a
 * word of @talk, @meeting or @agreement that names no party of its own) is
 * aimed at the other of the story's last pair when the speaker is one of
 * them. q is the token after "about". A new mention, or -1. */
static int story_talks_party(gstate *g, size_t q, size_t end, int subj)
{
    ts_sent *s = g->s;
    if (subj < 0 || strlen(s->m[subj].code) < 3 || strlen(s->ctx->pair[0]) < 3 || strlen(s->ctx->pair[1]) < 3 ||
        q >= end || !TOK_IS(s, q, "the"))
        return -1;
    size_t h = q + 1;
    while (h < end && h <= q + STORY_TALKS_WORDS && s->mid[h] < 0 && s->tok[h].kind == TK_WORD &&
           s->tok[h].cas == CASE_LOWER && !story_talks_noun(s, h))
        h++;
    if (h >= end || h > q + STORY_TALKS_WORDS || s->mid[h] >= 0 || !story_talks_noun(s, h))
        return -1;
    if (h + 1 < s->ntok && (TOK_IS(s, h + 1, "with") || TOK_IS(s, h + 1, "between") || TOK_IS(s, h + 1, "of")))
        return -1; /* "the talks with Kyiv": its own party, read elsewhere */
    const char *sc = s->m[subj].code;
    int k = !strncmp(sc, s->ctx->pair[0], 3) ? 1 : !strncmp(sc, s->ctx->pair[1], 3) ? 0 : -1;
    if (k < 0 || !strncmp(s->ctx->pair[k], sc, 3))
        return -1; /* a third party's hopes: whose talks is not told */
    int m = add_remembered(s, s->ctx->pair[k]);
    return m;
}

#define MOOD_THAT_SPAN 12 /* how far a that-clause is read for the party of a hoped-for deal */

/* "confident that a deal with the United States was within reach", "hopeful
 * that talks with India would resume", "expressed hope that relations with
 * Kabul would improve": optimism or gloom whose that-clause has an unnamed
 * subject (a deal, talks, relations) of which "with X" or "between X" names
 * the party; or whose subject is another actor ("doubted that Hamas would
 * honour the truce", "hopeful that Washington would lift the sanctions").
 * -1 when the clause's subject is the speaker's own side ("confident that
 * Ukraine would win"), or when no party comes before its verb. */
static int mood_that_party(const gstate *g, size_t k, int subj)
{
    const ts_sent *s = g->s;
    size_t f = past_det(s, k, s->ntok);
    int fm = f < s->ntok ? s->mid[f] : -1;
    size_t ft = fm >= 0 ? (size_t)s->m[fm].t1 : s->ntok; /* the token after the clause's subject */
    if (fm >= 0 && s->m[fm].t0 == f && s->m[fm].code[0] && s->m[fm].kind == M_NAME && !s->m[fm].modifier &&
        !is_place(s, &s->m[fm]) && ft < s->ntok && (g->isverb[ft] || (s->gram[ft] & (G_FUT | G_MODAL | G_HAVE | G_BE))))
        return subj >= 0 && own_side(s, subj, fm) ? -1 : fm; /* "doubted that Hamas would honour the truce" */
    for (size_t q = k; q + 1 < s->ntok && q < k + MOOD_THAT_SPAN; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || is_quote(s, q) || (s->gram[q] & (G_SUB | G_REL | G_CONJ)) ||
            g->isverb[q] || s->mid[q] >= 0)
            return -1;
        if (!(TOK_IS(s, q, "with") || TOK_IS(s, q, "between")))
            continue;
        size_t r = past_det(s, q + 1, s->ntok);
        int mi = r < s->ntok ? s->mid[r] : -1;
        if (mi < 0 || s->m[mi].t0 != r || !s->m[mi].code[0] || s->m[mi].kind == M_UNRES || is_place(s, &s->m[mi]) ||
            (subj >= 0 && own_side(s, subj, mi)))
            return -1;
        return mi;
    }
    return -1;
}

static void copula_emit(gstate *g, int src, int tgt, const char *code, size_t b, int sym, int fut, unsigned flags)
{
    ts_sent *s = g->s;
    int srcs[16], tgts[16];
    size_t ns = group_of(s, src, srcs, 16), nt = tgt >= 0 ? group_of(s, tgt, tgts, 16) : 0;
    if (flags & COPULA_ONE) {
        flags &= ~COPULA_ONE;
        tgts[0] = tgt;
        nt = tgt >= 0;
    }
    char c[6];
    copy_code(c, code, sizeof c);
    if (fut) { /* "will be on a visit to": the intention */
        if (!intent_code(code, 0, c))
            return;
        flags |= TOCSIN_EV_INTENT;
        sym = 0;
    }
    cap_parties(&ns, &nt, sym);
    for (size_t a = 0; a < ns; a++) {
        for (size_t t = 0; t < nt; t++) {
            emit(s, &g->em, srcs[a], tgts[t], c, b, flags, NULL);
            if (sym)
                emit(s, &g->em, tgts[t], srcs[a], c, b, flags | TOCSIN_EV_SYMMETRIC, NULL);
        }
        for (size_t t = 0; sym && nt == 0 && t < ns; t++) /* "Iran and the IAEA are in talks" */
            if (t != a)
                emit(s, &g->em, srcs[a], srcs[t], c, b, flags | (t < a ? TOCSIN_EV_SYMMETRIC : 0), NULL);
    }
}

/* A verb that links its subject to a mood as "be" does: "remained hopeful",
 * "seemed optimistic", "appeared confident", "sounded upbeat". */
static int linking_verb(const gstate *g, size_t b)
{
    static const ts_lit words[] = {LIT("remain"), LIT("remains"), LIT("remained"), LIT("seem"),
                                   LIT("seems"),  LIT("seemed"),  LIT("appear"),   LIT("appears"),
                                   LIT("appeared"), LIT("sound"), LIT("sounds"),   LIT("sounded"),
                                   LIT("stay"),   LIT("stays"),   LIT("stayed")};
    /* SW_LINK: the sentence has one of them (sentence_words) */
    return (g->words & SW_LINK) && ts_tok_in(g->s, b, words, sizeof words / sizeof words[0]);
}

/* "Iran is in talks with the IAEA" (046 both ways), "Iran and the IAEA are
 * in talks", "Macron is on a state visit to Morocco", "Xi was in Paris on a
 * state visit" (042), "Washington was upbeat about talks with Beijing" (013),
 * "Qatar said it was pessimistic about a deal between Israel and Hamas"
 * (012): a copula's predicate that reports an act. Not "is in the news",
 * "was in Geneva", nor a negated, modal or conditional copula; "will be"
 * is the intention (036). */
/* "was not involved in", "had not been involved in", "is in no way involved
 * in": the token of "involved" after the copula at b and a negation, with "in"
 * after it; 0 if none. */
static size_t not_involved_at(const ts_sent *s, size_t b)
{
    int neg = b > 0 && (s->gram[b - 1] & G_NEG); /* "had not been" */
    for (size_t q = b + 1; q + 1 < s->ntok && q < b + 5; q++) {
        if (s->gram[q] & G_NEG) {
            neg = 1;
            continue;
        }
        if (TOK_IS(s, q, "involved"))
            return neg && TOK_IS(s, q + 1, "in") ? q : 0;
        if (!(TOK_IS(s, q, "in") || TOK_IS(s, q, "way") || TOK_IS(s, q, "any") || (s->gram[q] & G_ADV)))
            return 0;
    }
    return 0;
}

/* "Palestinian prisoners in Israeli jails are on hunger strike", "the jailed
 * activist has been on hunger strike since March": a hunger strike (142) held
 * by people (no state's organ), against the state that holds them when the
 * subject's own phrase names another ("in Israeli jails"), else against their
 * own government. */
static void hunger_striker(gstate *g, int subj, size_t b, unsigned flags)
{
    ts_sent *s = g->s;
    const char *sc = s->m[subj].code;
    if (strlen(sc) < 3 || ts_igo_code(sc) || (state_or_armed(s, subj) && strlen(sc) == 6))
        return; /* a government or an army is on no hunger strike */
    int tgt = -1;
    for (size_t q = s->m[subj].t1; q < b && tgt < 0; q++) {
        int mq = s->mid[q];
        if (mq >= 0 && s->m[mq].t0 == q && strlen(s->m[mq].code) >= 3 && !ts_igo_code(s->m[mq].code) &&
            strncmp(s->m[mq].code, sc, 3))
            tgt = mq; /* "in Israeli jails", "held by Iran" */
    }
    if (tgt < 0) {
        char gov[7] = {sc[0], sc[1], sc[2], 'G', 'O', 'V', '\0'};
        tgt = add_actor(s, gov, s->m[subj].t0, s->m[subj].t1);
    }
    if (tgt >= 0)
        copula_emit(g, subj, tgt, "142", b, 0, 0, flags | COPULA_ONE);
}

static void copular_events(gstate *g)
{
    ts_sent *s = g->s;
    g->em.rule = "a copula's predicate that reports an act (\"is in talks with\", \"is on a visit to\", \"was upbeat about\")";
    if (!(g->gram_any & G_BE) && !(g->words & SW_LINK))
        return; /* no copula, no linking verb (sentence_words) */
    for (size_t b = 1; b + 2 < s->ntok; b++) {
        int linking = !(s->gram[b] & G_BE) && linking_verb(g, b); /* "remained hopeful of a deal" */
        if ((!(s->gram[b] & G_BE) && !linking) || s->tok[b].kind != TK_WORD || s->mid[b] >= 0 || g->skip[b] ||
            g->incond[b])
            continue;
        if (g->said_neg || (g->deny_at >= 0 && (int)b > g->deny_at && b < g->deny_end))
            continue; /* "did not confirm that it was", "denied it was in talks" */
        if (s->gram[b + 1] & G_BE)
            continue; /* "has been": read at "been" */
        int not_involved = not_involved_at(s, b);
        if ((s->gram[b + 1] & G_NEG) && !not_involved)
            continue; /* "is not" */
        int fut, subj = copula_subject(g, b, &fut);
        if (subj < 0)
            continue;
        if (not_involved) {
            /* "Washington had not been involved in the strikes on Iran": a denial,
               aimed at the act's party */
            size_t end0 = clause_end(g, b);
            int t = copula_matter(g, (size_t)not_involved + 2, end0, subj);
            unsigned fl = governing_say(g, s->m[subj].t0) >= 0 ? TOCSIN_EV_ATTRIBUTED : 0;
            if (t >= 0 && !fut)
                copula_emit(g, subj, t, "016", b, 0, 0, fl | COPULA_ONE);
            continue;
        }
        size_t end = clause_end(g, b), q = b + 1;
        while (q < end && s->mid[q] < 0 &&
               (((s->gram[q] & G_ADV) && !(s->gram[q] & (G_PREP | G_LOC | G_DET | G_NEG))) ||
                (ly_adverb(s, q) && q + 1 < end && mood_code(s, q + 1)) || /* "was cautiously optimistic" */
                (TOK_IS(s, q + 1, "in") && (TOK_IS(s, q, "locked") || TOK_IS(s, q, "deep") || TOK_IS(s, q, "engaged")))))
            q++; /* "is now in talks", "was cautiously optimistic", "are locked in talks" */
        if (s->gram[q] & G_NEG)
            continue;
        size_t sb = s->m[subj].t0;
        unsigned flags = governing_say(g, sb) >= 0 || (sb > 0 && TOK_IS(s, sb - 1, "that") && governing_say(g, sb - 1) >= 0)
                             ? TOCSIN_EV_ATTRIBUTED
                             : 0;
        if (!fut && !linking && q + 2 < end && TOK_IS(s, q, "on") && TOK_IS(s, q + 1, "hunger") &&
            TOK_IS(s, q + 2, "strike")) {
            hunger_striker(g, subj, b, flags);
            continue;
        }
        const char *mood = mood_code(s, q);
        if (linking && !mood)
            continue; /* a linking verb reports only a mood: "remained in Geneva" is no visit */
        if (mood && !fut && q + 2 < s->ntok && TOK_IS(s, q + 1, "that")) {
            /* "was confident that a deal with the United States was within reach" */
            int t = mood_that_party(g, q + 2, subj);
            if (t < 0) /* "was hopeful that the talks would succeed": the story's */
                t = story_talks_party(g, q + 2, s->ntok, subj);
            if (t >= 0)
                copula_emit(g, subj, t, mood, b, 0, 0, flags | COPULA_ONE);
            continue;
        }
        if (q + 1 >= end)
            continue;
        if (mood && !fut) {
            if (!(TOK_IS(s, q + 1, "about") || TOK_IS(s, q + 1, "on") || TOK_IS(s, q + 1, "over") ||
                  TOK_IS(s, q + 1, "of") || TOK_IS(s, q + 1, "regarding")))
                continue;
            int t = copula_matter(g, q + 2, end, subj);
            if (t < 0)
                t = story_talks_party(g, q + 2, end, subj); /* "optimistic about the talks" */
            if (t >= 0) /* its first party only: "about a deal between Israel and Hamas" */
                copula_emit(g, subj, t, mood, b, 0, 0, flags | COPULA_ONE);
            continue;
        }
        size_t h;
        if (!fut && q + 2 < end && (TOK_IS(s, q + 1, "for") || TOK_IS(s, q + 1, "to")) &&
            (TOK_IS(s, q, "ready") || TOK_IS(s, q, "prepared") || TOK_IS(s, q, "open")) &&
            (h = copula_head(g, q + 2, end, TOK_IS(s, q, "open") ? truce_noun : ready_noun)) > 0) {
            /* "said it was ready for talks with Washington", "is prepared for dialogue
               with the opposition", "open to a truce with the RSF": the readiness to
               meet or negotiate (036) or to stop fighting (0356), with the party named */
            int sym, partner = h + 1 < end && TOK_IS(s, h + 1, "with") ? copula_partner(g, h + 1, end, subj) : -1;
            const char *code = truce_noun(s, h) ? "0871" : nominal_code(s, h, &sym);
            if (partner >= 0 && s->m[partner].code[0] && code[0])
                copula_emit(g, subj, partner, code, b, 0, 1, flags);
            continue;
        }
        if (TOK_IS(s, q, "in") && (h = copula_head(g, q + 1, end, joint_noun)) > 0) {
            int sym, partner = -1;
            const char *code = nominal_code(s, h, &sym);
            if (h + 1 < end && TOK_IS(s, h + 1, "with"))
                partner = copula_partner(g, h + 1, end, subj);
            if (partner >= 0 ? !s->m[partner].code[0] : group_size(s, subj) < 2)
                continue; /* talks with whom */
            copula_emit(g, subj, partner, code, b, 1, fut, flags);
            continue;
        }
        /* "on a state visit to Morocco"; "in Paris on a state visit", "in
           Moscow (on Monday) for talks": a visit, to the place if no other */
        int place = -1;
        size_t on = q, h2 = 0;
        if (TOK_IS(s, q, "in")) {
            size_t k = past_det(s, q + 1, end);
            if (k >= end || s->mid[k] < 0 || s->m[s->mid[k]].t0 != k)
                continue;
            place = s->mid[k];
            on = s->m[place].t1;
            size_t f = on;
            while (f < end && g->adv[f])
                f++;
            if (f + 1 < end && TOK_IS(s, f, "for") && !(h2 = copula_head(g, f + 1, end, joint_noun)))
                h2 = copula_head(g, f + 1, end, visit_noun);
        }
        int t = place;
        if (!h2) {
            if (on >= end || !TOK_IS(s, on, "on") || !(h = copula_head(g, on + 1, end, visit_noun)))
                continue;
            int a = h + 1 < end && (TOK_IS(s, h + 1, "to") || TOK_IS(s, h + 1, "of")) ? actor_after(g, h + 1, end) : -1;
            if (a >= 0)
                t = a; /* "in Israel on a trip to the region": Israel */
        }
        if (t < 0 || !s->m[t].code[0])
            continue;
        if (t == place && strlen(s->m[t].code) == 6 && !strcmp(s->m[t].code + 3, "GOV"))
            s->m[t].code[3] = '\0'; /* "in Paris": the country visited, as "arrived in $T" */
        copula_emit(g, subj, t, "042", b, 0, fut, flags);
    }
    g->em.rule = NULL;
}

/* The events coded at the verb at j, when each is a visit (042) or its
 * hosting (043) and there is at least one: dropped, and 1 returned ("Rescue
 * teams from Spain and Qatar arrived in Morocco", "ships carrying aid
 * arrived in Haiti" tell aid, not a visit); else 0, nothing dropped. */
static int drop_visits_at(gstate *g, size_t j)
{
    ts_raw_event *out = g->em.out;
    size_t n = 0;
    for (size_t e = 0; e < g->em.n; e++) {
        if (out[e].verb_t != j)
            continue;
        if (strncmp(out[e].code, "042", 3) && strncmp(out[e].code, "043", 3))
            return 0;
        n++;
    }
    if (!n)
        return 0;
    size_t k2 = 0;
    for (size_t e = 0; e < g->em.n; e++)
        if (out[e].verb_t != j)
            out[k2++] = out[e];
    g->em.n = k2;
    return 1;
}

#define ARRIVED_SUBJ_WORDS 8 /* from the arrival verb back to the aid it tells of */
#define ARRIVED_DEST_WORDS 5 /* from the verb to the place reached */
#define ARRIVED_OWNERS 4     /* givers after the first: "from Spain, Qatar and Britain" */

/* "Chinese rescue teams arrived in Turkey", "The first Saudi aid plane landed
 * in Aleppo", "Aid from Qatar reached Gaza", "Jordanian aid trucks entered
 * Gaza", and in the passive with no "by", "Saudi aid was sent to Sudan": aid,
 * relief or rescuers told by their arrival come from the country
 * that names them (its adjective, or "from" it) to the place reached (073 for
 * relief and rescue, 070 for other aid), when the two are different
 * countries. Only an arrival told as done (not "will arrive", "did not
 * reach"); the verb's own patterns come first ("troops entered Rafah"). */
/* "aid from Singapore had reached the island", "relief reached the quake
 * zone": a place named only by a common noun after the arrival verb is in
 * the story's stricken country; a new mention of it, or -1. */
static int arrived_in_stricken(gstate *g, size_t j)
{
    ts_sent *s = g->s;
    static const ts_lit places[] = {LIT("island"),   LIT("islands"), LIT("country"), LIT("region"), LIT("province"),
                                    LIT("area"),     LIT("areas"),   LIT("zone"),    LIT("city"),   LIT("town"),
                                    LIT("villages"), LIT("coast")};
    if (!s->ctx->stricken[0])
        return -1;
    size_t k = j + 1;
    if (k < s->ntok && (TOK_IS(s, k, "in") || TOK_IS(s, k, "at")))
        k++;
    if (k >= s->ntok || !TOK_IS(s, k, "the"))
        return -1;
    for (size_t q = k + 1; q < s->ntok && q <= k + 3; q++) {
        if (s->mid[q] >= 0 || s->tok[q].kind != TK_WORD || s->tok[q].cas != CASE_LOWER)
            return -1;
        if (ts_tok_in(s, q, places, sizeof places / sizeof places[0]))
            return add_actor(s, s->ctx->stricken, 0, 0);
    }
    return -1;
}

static int joined_verb(const gstate *g)
{
    for (size_t j = ts_next_bit(g->vbits, 0, g->s->ntok); j < g->s->ntok; j = ts_next_bit(g->vbits, j + 1, g->s->ntok))
        if (TOK_IS(g->s, j, "joined") || TOK_IS(g->s, j, "joins"))
            return 1;
    return 0;
}

static void aid_arrived(gstate *g)
{
    if (!(g->words & SW_ARRIVE) && !joined_verb(g))
        return; /* ("joined" is looked for among the verbs: sw_words is full) */
    ts_sent *s = g->s;
    static const ts_lit arrive[] = {LIT("arrived"), LIT("arrives"), LIT("reached"), LIT("reaches"), LIT("landed"),
                                    LIT("lands"),   LIT("entered"), LIT("enters"),  LIT("docked"),  LIT("docks")};
    /* rescuers who join a country's own crews have come to its aid */
    static const ts_lit joined[] = {LIT("joined"), LIT("joins")};
    /* the passive of giving, with no "by": "Saudi aid was sent to Sudan" */
    static const ts_lit given[] = {LIT("delivered"), LIT("sent"),       LIT("flown"),      LIT("shipped"),
                                   LIT("airlifted"), LIT("airdropped"), LIT("dispatched"), LIT("trucked")};
    static const ts_lit rescue[] = {LIT("rescuers"), LIT("rescue"), LIT("firefighters"), LIT("medics")};
    /* traded goods arrive too: "Ukrainian grain reached Egypt" is no gift */
    static const ts_lit goods[] = {LIT("grain"), LIT("wheat"), LIT("maize"), LIT("rice"), LIT("flour"),
                                   LIT("water"), LIT("food")};
    g->em.rule = "aid told by its arrival: from the country that names it to the place reached";
    for (size_t j = ts_next_bit(g->vbits, 0, s->ntok); j < s->ntok; j = ts_next_bit(g->vbits, j + 1, s->ntok)) {
        const vinfo *v = &g->v[j];
        int joins = !v->passive && ts_tok_in(s, j, joined, 2);
        int arrived = !v->passive && (joins || ts_tok_in(s, j, arrive, sizeof arrive / sizeof arrive[0]));
        int sent = v->passive && ts_tok_in(s, j, given, sizeof given / sizeof given[0]);
        if (!(arrived || sent) || g->incond[j] || v->neg || v->modal || v->fut || v->hedge || v->cond ||
            v->gov != GOV_NONE)
            continue;
        size_t a = j; /* the subject's words, back to a boundary */
        while (a > 0 && j - a < ARRIVED_SUBJ_WORDS && !hard_boundary(s, a - 1) && !ts_is_comma(s, a - 1) &&
               !(g->isverb[a - 1] && g->v[a - 1].kind == V_FINITE) && !(s->gram[a - 1] & (G_SUB | G_REL)))
            a--;
        const char *code = NULL;
        int owner = -1;
        int owners[ARRIVED_OWNERS], nown = 0; /* "from Spain and Qatar": each a giver */
        for (size_t k = a; k < j; k++) {
            if (!code && ((class_bit(s, k, CL_HUMAID) && !ts_tok_in(s, k, goods, sizeof goods / sizeof goods[0])) ||
                          ts_tok_in(s, k, rescue, sizeof rescue / sizeof rescue[0])))
                code = "073";
            else if (!code && class_bit(s, k, CL_AID) && !TOK_IS(s, k, "support"))
                code = "070";
            int mk = s->mid[k];
            if (owner < 0 && mk >= 0 && s->m[mk].t0 == k && (s->m[mk].kind == M_NAME || s->m[mk].kind == M_ADJ) &&
                strlen(s->m[mk].code) >= 3 &&
                !(k > a && (s->gram[k - 1] & (G_PREP | G_LOC)) && !TOK_IS(s, k - 1, "from") &&
                  !(TOK_IS(s, k - 1, "of") && s->m[mk].kind == M_ADJ)))
                owner = mk; /* "Saudi", "from Qatar", "a shipment of Chinese aid"; not "aid for Gaza" */
            else if (owner >= 0 && mk >= 0 && s->m[mk].t0 == k && k >= 2 && nown < ARRIVED_OWNERS &&
                     (s->m[mk].kind == M_NAME || s->m[mk].kind == M_ADJ) && strlen(s->m[mk].code) >= 3 &&
                     ((s->gram[k - 1] & G_AND) || ts_is_comma(s, k - 1)) && s->mid[k - 2] >= 0 &&
                     s->m[s->mid[k - 2]].kind == s->m[mk].kind &&
                     (s->mid[k - 2] == owner || (nown && s->mid[k - 2] == owners[nown - 1])))
                owners[nown++] = mk; /* "from Spain and Qatar", "Spanish and Qatari rescuers" */
        }
        int dest = -1;
        for (size_t k = j + 1; k < s->ntok && k <= j + ARRIVED_DEST_WORDS && dest < 0; k++) {
            if (hard_boundary(s, k) || ts_is_comma(s, k) || (g->isverb[k] && g->v[k].kind == V_FINITE))
                break;
            int mk = s->mid[k];
            if (mk < 0 || s->m[mk].t0 != k || strlen(s->m[mk].code) < 3 ||
                (s->m[mk].kind != M_NAME && s->m[mk].kind != M_ADJ))
                continue;
            if (k > 0 && TOK_IS(s, k - 1, "from")) {
                if (owner < 0)
                    owner = mk; /* "aid arrived from Qatar" */
                continue;
            }
            if (k > 0 && TOK_IS(s, k - 1, "by"))
                break; /* "was sent to Gaza by Jordan": the patterns' */
            dest = mk;
        }
        if (dest < 0 && code && owner >= 0 && !joins)
            dest = arrived_in_stricken(g, j);
        if (!code || owner < 0 || dest < 0 || !strncmp(s->m[owner].code, s->m[dest].code, 3))
            continue;
        if (joins && (strcmp(code, "073") || strlen(s->m[dest].code) < 3))
            continue; /* "joined" tells aid only of rescuers and relief workers */
        if (v->coded && !drop_visits_at(g, j))
            continue; /* the verb's own patterns come first, but for a visit */
        emit(s, &g->em, owner, dest, code, j, 0, NULL);
        for (int o = 0; o < nown; o++)
            if (strncmp(s->m[owners[o]].code, s->m[dest].code, 3))
                emit(s, &g->em, owners[o], dest, code, j, 0, NULL);
    }
    g->em.rule = NULL;
}

#define RECEIVED_NOUN_WORDS 9 /* from "received" to the noun received: "a new batch of Leopard tanks" */

#define PACKAGE_SUBJ_WORDS 10  /* from "includes" back to the package's giver */
#define PACKAGE_ITEMS_WORDS 10 /* from "includes" on to the arms or relief it lists */

/* "Germany's latest military aid package for Ukraine includes two IRIS-T
 * systems", "The new US package for Taiwan contains Stinger missiles": a
 * package or tranche told by what it includes is given by the party that
 * names it (its possessive or adjective) to the party "for" or "to" which it
 * is (070; 072 when military or security aid or arms, 073 relief, 071
 * money, by the package's words, else by what it lists). Only an inclusion
 * told as done or going on, of two different countries. */
static void aid_package_includes(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit incl[] = {LIT("includes"), LIT("included"), LIT("contains"), LIT("contained"),
                                  LIT("comprises"), LIT("comprised")};
    static const ts_lit pkg[] = {LIT("package"), LIT("packages"), LIT("tranche"), LIT("tranches")};
    if (!(g->words & SW_INCLUDE))
        return; /* none of incl[]'s words (sentence_words) */
    g->em.rule = "a package told by what it includes: from the party that names it to the one it is for";
    for (size_t j = 2; j < s->ntok; j++) {
        /* "include" is no verb of the dictionaries: its words, not the verbs */
        const ts_tok *t = &s->tok[j];
        char c0 = t->len >= 8 ? s->text[t->off] : 0;
        if ((c0 != 'i' && c0 != 'c') || !ts_tok_in(s, j, incl, sizeof incl / sizeof incl[0]) || g->incond[j] ||
            g->skip[j])
            continue;
        int asserted = 1; /* "does not include", "would include", "could contain" */
        for (size_t q = j >= 3 ? j - 3 : 0; q < j; q++)
            if (s->gram[q] & (G_NEG | G_MODAL | G_FUT | G_HYPO | G_IF))
                asserted = 0;
        if (!asserted)
            continue;
        size_t a = j; /* the subject's words, back to a boundary */
        while (a > 0 && j - a < PACKAGE_SUBJ_WORDS && !hard_boundary(s, a - 1) && !ts_is_comma(s, a - 1) &&
               !(g->isverb[a - 1] && g->v[a - 1].kind == V_FINITE &&
                 !ts_tok_in(s, a - 1, pkg, sizeof pkg / sizeof pkg[0])) && /* "the US package": no verb */
               !(s->gram[a - 1] & (G_SUB | G_REL)))
            a--;
        int package = 0, aid = 0, owner = -1, dest = -1;
        const char *code = NULL;
        for (size_t k = a; k < j; k++) {
            package |= ts_tok_in(s, k, pkg, sizeof pkg / sizeof pkg[0]);
            aid |= class_bit(s, k, CL_AID);
            if (TOK_IS(s, k, "military") || TOK_IS(s, k, "security") || class_bit(s, k, CL_WEAPON))
                code = "072";
            else if (!code && class_bit(s, k, CL_HUMAID))
                code = "073";
            else if (!code && class_bit(s, k, CL_ECONAID))
                code = "071";
            int mk = s->mid[k];
            if (mk < 0 || s->m[mk].t0 != k || strlen(s->m[mk].code) < 3 ||
                (s->m[mk].kind != M_NAME && s->m[mk].kind != M_ADJ))
                continue;
            size_t p = k > a && (s->gram[k - 1] & G_DET) ? k - 1 : k; /* "for the Philippines" */
            if (p > a && (TOK_IS(s, p - 1, "for") || TOK_IS(s, p - 1, "to"))) {
                if (dest < 0)
                    dest = mk; /* "for Ukraine" */
            } else if (owner < 0 && !(p > a && (s->gram[p - 1] & (G_PREP | G_LOC)) && !TOK_IS(s, p - 1, "from") &&
                                      !TOK_IS(s, p - 1, "of")))
                owner = mk; /* "Germany's", "US", "of British aid", "from Japan" */
        }
        if (!package || owner < 0 || dest < 0 || !strncmp(s->m[owner].code, s->m[dest].code, 3) ||
            ts_igo_code(s->m[dest].code))
            continue;
        ts_mention *om = &s->m[owner];
        if (strlen(om->code) == 6 && om->t1 > om->t0 && om->t1 < j &&
            (TOK_IS(s, om->t1 - 1, "military") || TOK_IS(s, om->t1 - 1, "security")) && s->mid[om->t1] < 0)
            om->code[3] = '\0'; /* "Germany's latest military | aid package": the state's aid, not its army's */
        for (size_t k = j + 1; k < s->ntok && k <= j + PACKAGE_ITEMS_WORDS && !code; k++) {
            if (hard_boundary(s, k))
                break;
            if (class_bit(s, k, CL_WEAPON))
                code = "072";
            else if (class_bit(s, k, CL_HUMAID))
                code = "073";
            else if (class_bit(s, k, CL_ECONAID) || TOK_IS(s, k, "million") || TOK_IS(s, k, "billion"))
                code = "071";
        }
        if (!code && !aid)
            continue; /* "China's trade package for Russia includes tariff cuts": no aid */
        ts_mention *dm = &s->m[dest];
        if (dm->t1 > j && strlen(dm->code) == 6)
            dm->code[3] = '\0'; /* a name run on past the verb: its country */
        emit(s, &g->em, owner, dest, code ? code : "070", j, 0, NULL);
    }
    g->em.rule = NULL;
}

#define INQUIRY_AGENT_WORDS 3 /* from the passive verb to "by": "was opened | on Friday | by" */

/* "An investigation into the sinking of the Russian warship was opened by
 * Ukrainian prosecutors", "An inquiry into the killings was ordered by
 * Kenya's president": an investigation opened, launched or ordered in the
 * passive is the agent's (after "by"), of the first party named in what it
 * looks into, else, for a state's government, police, judges or lawmakers,
 * of their own country. The code by what is looked into, as the active
 * patterns have it (091 crime, 092 abuse, 093 incident, 094 war crimes). */
static void inquiry_passive(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit opened[] = {LIT("opened"), LIT("launched"), LIT("ordered"), LIT("begun"), LIT("started"),
                                    LIT("initiated"), LIT("announced"), LIT("set")};
    /* the words of the classes @crime, @abuse and @incident (09-investigate.txt) */
    static const ts_lit crime[] = {LIT("corruption"), LIT("fraud"), LIT("murder"), LIT("murders"), LIT("killing"),
                                   LIT("killings"), LIT("theft"), LIT("bribery"), LIT("embezzlement"), LIT("crime"),
                                   LIT("smuggling"), LIT("trafficking"), LIT("laundering"), LIT("graft"),
                                   LIT("kickbacks"), LIT("criminal")};
    static const ts_lit abuse[] = {LIT("abuse"), LIT("abuses"), LIT("torture"), LIT("rape"), LIT("crackdown"),
                                   LIT("disappearance"), LIT("disappearances"), LIT("repression"),
                                   LIT("persecution"), LIT("mistreatment"), LIT("execution"), LIT("executions"),
                                   LIT("detention")};
    static const ts_lit incident[] = {LIT("incident"), LIT("attack"), LIT("attacks"), LIT("strike"),
                                      LIT("strikes"), LIT("airstrike"), LIT("clash"), LIT("clashes"),
                                      LIT("collision"), LIT("incursion"), LIT("shootdown"), LIT("crash"),
                                      LIT("explosion"), LIT("sabotage"), LIT("raid"), LIT("shelling"),
                                      LIT("downing")};
    static const ts_lit atrocity[] = {LIT("genocide"), LIT("atrocities"), LIT("crimes")};
    g->em.rule = "an investigation opened in the passive: the agent's, of what it looks into";
    for (size_t j = ts_next_bit(g->vbits, 0, s->ntok); j < s->ntok; j = ts_next_bit(g->vbits, j + 1, s->ntok)) {
        const vinfo *v = &g->v[j];
        if (!v->passive || v->coded || g->incond[j] || v->neg || v->modal || v->fut || v->hedge || v->cond ||
            v->gov != GOV_NONE || v->chain0 < 2 || !ts_tok_in(s, j, opened, sizeof opened / sizeof opened[0]))
            continue;
        size_t c0 = (size_t)v->chain0, p = inquiry_into(g, c0);
        if (p >= c0)
            continue;
        size_t b = j + 1 + (j + 1 < s->ntok && TOK_IS(s, j, "set") && TOK_IS(s, j + 1, "up"));
        while (b < s->ntok && b <= j + INQUIRY_AGENT_WORDS && !TOK_IS(s, b, "by") && g->adv[b])
            b++;
        if (b >= s->ntok || !TOK_IS(s, b, "by"))
            continue;
        size_t q = past_det(s, b + 1, s->ntok);
        int agent = q < s->ntok ? s->mid[q] : -1;
        if (agent < 0 || s->m[agent].kind != M_NAME || strlen(s->m[agent].code) < 3)
            continue;
        const char *code = "090";
        int tgt = -1;
        for (size_t k = p >= 2 ? p - 2 : 0; k < p && k + 3 > p; k++)
            if (TOK_IS(s, k, "criminal"))
                code = "091"; /* "a criminal investigation into": crime, whatever it looks into */
        for (size_t k = p + 1; k < c0; k++) {
            int mk = s->mid[k];
            if (tgt < 0 && mk >= 0 && s->m[mk].t0 == k && (s->m[mk].kind == M_NAME || s->m[mk].kind == M_ADJ) &&
                strlen(s->m[mk].code) >= 3)
                tgt = mk;
            if (TOK_IS(s, k, "war") && k + 1 < c0 && ts_tok_in(s, k + 1, atrocity, 3))
                code = "094";
            else if (strcmp(code, "094") && ts_tok_in(s, k, atrocity, 2))
                code = "094";
            else if (!strcmp(code, "090") && ts_tok_in(s, k, crime, sizeof crime / sizeof crime[0]))
                code = "091";
            else if (!strcmp(code, "090") && ts_tok_in(s, k, incident, sizeof incident / sizeof incident[0]))
                code = "093";
            else if (!strcmp(code, "090") && ts_tok_in(s, k, abuse, sizeof abuse / sizeof abuse[0]))
                code = "092";
        }
        if (tgt < 0) {
            const char *ac = s->m[agent].code; /* at home: a state's own organs */
            if (strlen(ac) != 6 || !(strstr("GOV COP JUD LEG", ac + 3)) || ts_igo_code(ac))
                continue;
            char cc[4] = {ac[0], ac[1], ac[2], '\0'};
            tgt = add_remembered(s, cc);
            if (tgt < 0)
                continue;
        }
        emit(s, &g->em, agent, tgt, code, j, 0, NULL);
    }
    g->em.rule = NULL;
}

/* "Trump's remarks on the virus drew a rebuke from Beijing": the possessor
 * that opens the clause whose subject ends before token j, when no verb and
 * no boundary come between: its mention, or -1. */
#define OWNED_SUBJECT_WORDS 12 /* words from the possessor to the verb */
static int owner_of_subject(const gstate *g, size_t j)
{
    const ts_sent *s = g->s;
    size_t a = j;
    int said = 0;
    while (a > 0 && j - a < OWNED_SUBJECT_WORDS && !hard_boundary(s, a - 1) && !ts_is_comma(s, a - 1) &&
           !(s->gram[a - 1] & G_CONJ) && !((s->gram[a - 1] & G_SUB) && !TOK_IS(s, a - 1, "as")) &&
           !(said = g->isverb[a - 1] && (s->gram[a - 1] & G_SAY) && g->v[a - 1].subj >= 0))
        a--; /* (its head noun may read as a verb: "Trump's remarks", "the bid") */
    if (a > 0 && !ts_is_comma(s, a - 1) && !hard_boundary(s, a - 1) && !said)
        return -1; /* no clause start within reach ("said" opens one) */
    a = past_det(s, a, j);
    int m = a < j ? s->mid[a] : -1;
    if (m < 0 || s->m[m].t0 != a || s->m[m].kind != M_NAME || s->m[m].modifier != 2 || strlen(s->m[m].code) < 3 ||
        (size_t)s->m[m].t1 + 1 >= j)
        return -1;
    return m;
}

/* "Ukraine received weapons from Germany", "Israel faced criticism from
 * France", "Russia drew condemnation from the UN": the act comes from the
 * party after "from" and lands on the subject. The code follows the noun
 * received (the dictionaries' word classes, and words of reproach); an
 * asserted clause only. */
static void received_from(gstate *g)
{
    g->em.rule = "what the subject receives or faces comes from the party after \"from\"";
    ts_sent *s = g->s;
    static const ts_lit verbs[] = {LIT("receive"), LIT("receives"), LIT("received"), LIT("receiving"),
                                   LIT("got"),     LIT("obtained"), LIT("face"),     LIT("faces"),
                                   LIT("faced"),   LIT("facing"),   LIT("drew"),     LIT("draws"),
                                   LIT("drawn"),   LIT("drawing"),  LIT("came"),     LIT("comes"),
                                   LIT("come"),    LIT("coming")};
    size_t from = g->from_end; /* the verb comes before the last "from"; none: nothing to do */
    for (size_t k = 1; k + 3 < s->ntok && k + 1 < from; k++) {
        if (s->tok[k].kind != TK_WORD)
            continue;
        if (!ts_tok_in(s, k, verbs, sizeof verbs / sizeof verbs[0]) || g->incond[k] || g->skip[k])
            continue;
        int under = s->tok[k].len >= 4 && (s->text[s->tok[k].off] | 0x20) == 'c';
        if (under && !TOK_IS(s, k + 1, "under"))
            continue; /* "came under criticism from": only with its "under" */
        int subj = -1, act_subject = 0;
        if (g->isverb[k] && g->v[k].subj >= 0) {
            const vinfo *v = &g->v[k];
            if (v->neg || v->modal || v->fut || v->hedge || v->cond || v->gov != GOV_NONE || v->passive)
                continue;
            subj = v->subj;
            if (s->m[subj].kind != M_NAME && s->m[subj].t0 < k) {
                /* "Erdogan's opposition to the bid drew ...": the subject's possessor */
                int own = owner_of_subject(g, (size_t)s->m[subj].t1);
                if (own >= 0 && own != subj)
                    subj = own, act_subject = 1;
            }
        } else {
            size_t j = k;
            while (j > 0 && s->mid[j - 1] < 0 && ((s->gram[j - 1] & (G_BE | G_HAVE | G_ADV)) || g->adv[j - 1]))
                j--;
            if (j == 0)
                continue;
            subj = s->mid[j - 1] >= 0 ? s->mid[j - 1] : story_act_doer(g, j - 1, 1, NULL);
            if (subj < 0)
                subj = owner_of_subject(g, j);
            if (subj < 0)
                continue;
            act_subject = s->mid[j - 1] < 0;
            for (size_t q = j; q < k; q++)
                if (s->gram[q] & (G_NEG | G_MODAL | G_FUT))
                    subj = -2;
            if (subj == -2)
                continue;
        }
        const ts_mention *sm = &s->m[subj];
        if (sm->kind != M_NAME || strlen(sm->code) < 3 || (sm->resolved && !act_subject) || is_place(s, sm))
            continue;
        const char *code = NULL;
        size_t n = k + 1, money = 0;
        for (; n < s->ntok && n < k + RECEIVED_NOUN_WORDS && !code; n++) {
            if (s->mid[n] >= 0 && s->m[s->mid[n]].kind == M_NAME)
                break;
            if (hard_boundary(s, n) || (g->isverb[n] && g->v[n].kind == V_FINITE))
                break;
            if (!money && (TOK_IS(s, n, "million") || TOK_IS(s, n, "billion")))
                money = n; /* "received $2 billion from China": money, unless its kind is named */
            if (class_bit(s, n, CL_WEAPON))
                code = "072";
            else if (class_bit(s, n, CL_HUMAID))
                code = "073";
            else if (class_bit(s, n, CL_ECONAID))
                code = "071";
            else if (class_bit(s, n, CL_AID) && !TOK_IS(s, n, "support"))
                code = "070";
            else if (class_bit(s, n, CL_SANCTION) && !TOK_IS(s, k, "received"))
                code = "163";
            else if (TOK_IS(s, n, "criticism") || TOK_IS(s, n, "condemnation") || TOK_IS(s, n, "rebuke") ||
                     TOK_IS(s, n, "censure") || TOK_IS(s, n, "anger") || TOK_IS(s, n, "outrage") ||
                     TOK_IS(s, n, "ire") || TOK_IS(s, n, "rebukes") || TOK_IS(s, n, "condemnations") ||
                     TOK_IS(s, n, "backlash"))
                code = "111";
            else if (TOK_IS(s, n, "threats") || TOK_IS(s, n, "threat"))
                code = "130";
            else if (TOK_IS(s, n, "apology"))
                code = "055";
            else if (TOK_IS(s, n, "praise"))
                code = "051";
        }
        if (!code && money) {
            code = "071";
            n = money + 1;
        }
        if (!code)
            continue;
        for (size_t f = n; f + 1 < s->ntok && f < n + 8; f++) {
            if (hard_boundary(s, f) || (g->isverb[f] && g->v[f].kind == V_FINITE))
                break;
            if (!TOK_IS(s, f, "from"))
                continue;
            size_t q = past_det(s, f + 1, s->ntok);
            int x = q < s->ntok ? s->mid[q] : -1;
            if (x >= 0 && s->m[x].kind == M_NAME && strlen(s->m[x].code) >= 3 && strncmp(s->m[x].code, sm->code, 3)) {
                int mem[8]; /* "drew condemnation from Seoul, Tokyo and Washington": each of them (x among them) */
                size_t nmem = group_of(s, x, mem, sizeof mem / sizeof mem[0]);
                for (size_t e = 0; e < nmem; e++)
                    if (s->m[mem[e]].kind == M_NAME && strlen(s->m[mem[e]].code) >= 3 &&
                        strncmp(s->m[mem[e]].code, sm->code, 3))
                        emit(s, &g->em, mem[e], subj, code, k, 0, NULL);
            }
            break;
        }
    }
    g->em.rule = NULL;
}

#define CLASH_VERB_WORDS 4 /* words from "killed" to the "in" of "in clashes with" */

/* "Twenty Indian soldiers were killed in a clash with Chinese troops", "Two
 * soldiers died in fighting with rebels": the losses' side and the party
 * after "with" fought each other (190, both ways), though the sentence names
 * no one as doing it. Told as done, of an asserted clause. */
static void killed_in_clash(gstate *g)
{
    if (!(g->words & SW_WITH))
        return; /* no "with" */
    ts_sent *s = g->s;
    static const ts_lit clash[] = {LIT("clash"),    LIT("clashes"),  LIT("fighting"),   LIT("battle"),
                                   LIT("battles"),  LIT("gunfight"), LIT("firefight"),  LIT("skirmish"),
                                   LIT("skirmishes"), LIT("shootout"), LIT("confrontation")};
    static const ts_lit loss[] = {LIT("killed"), LIT("wounded"), LIT("injured"), LIT("died"), LIT("dead")};
    for (size_t k = 2; k + 2 < s->ntok; k++) {
        const ts_tok *nx = &s->tok[k + 1];
        if (nx->len != 4 || (s->text[nx->off] | 0x20) != 'w' || !TOK_IS(s, k + 1, "with") || s->mid[k] >= 0 ||
            !ts_tok_in(s, k, clash, sizeof clash / sizeof clash[0]))
            continue;
        size_t in = k - 1;
        if (TOK_IS(s, in, "gun") && in > 1)
            in--; /* "a gun battle" */
        if (TOK_IS(s, in, "a") || TOK_IS(s, in, "the") || TOK_IS(s, in, "heavy") || TOK_IS(s, in, "fierce"))
            in--;
        if (!(TOK_IS(s, in, "in") || TOK_IS(s, in, "during")) || in == 0)
            continue;
        int other = actor_after(g, k + 1, s->ntok);
        if (other < 0 || s->m[other].kind != M_NAME || strlen(s->m[other].code) < 3)
            continue;
        for (size_t q = in; q-- > 0 && q + CLASH_VERB_WORDS >= in;) {
            if (!ts_tok_in(s, q, loss, sizeof loss / sizeof loss[0]))
                continue;
            if (g->incond[q] || g->skip[q])
                break;
            int subj = -1;
            if (g->isverb[q]) {
                const vinfo *v = &g->v[q];
                if (v->neg || v->modal || v->fut || v->hedge || v->cond || v->gov != GOV_NONE)
                    break;
                subj = v->subj;
            } else { /* "died", a verb of no pattern: the actor right before it */
                size_t j = q;
                while (j > 0 && s->mid[j - 1] < 0 && ((s->gram[j - 1] & (G_BE | G_HAVE | G_ADV)) || g->adv[j - 1]))
                    j--;
                for (size_t r = j; r < q; r++)
                    if (s->gram[r] & (G_NEG | G_MODAL | G_FUT))
                        j = 0;
                subj = j > 0 ? s->mid[j - 1] : -1;
            }
            if (subj < 0)
                break;
            const ts_mention *x = &s->m[subj];
            if (x->kind != M_NAME || strlen(x->code) < 3 || !strcmp(x->code, s->m[other].code) || ts_igo_code(x->code))
                break;
            g->em.rule = "the losses' side fought the party named after \"in clashes with\"";
            emit(s, &g->em, subj, other, "190", q, 0, NULL);
            emit(s, &g->em, other, subj, "190", q, TOCSIN_EV_SYMMETRIC, NULL);
            g->em.rule = NULL;
            break;
        }
    }
}

#define THAT_GAP_WORDS 3 /* adverbial words between a verb and its "that" */

/* "Israel insisted that Hamas release all hostages", "urged that Serbia
 * withdraw": a verb in the bare form after "that" under insist, urge, ask,
 * demand, propose or request is what the speaker demands (100) of its
 * subject, not an act of that subject. */

/* Verbs whose bare form is also their past, which a demand takes more often
 * than a report does: "insisted that Myanmar's rulers let aid workers in",
 * "demanded that Assad quit", "insisted that Israel put an end to". */
static int base_as_past(const ts_sent *s, size_t k)
{
    static const ts_lit words[] = {LIT("let"), LIT("quit"), LIT("put"), LIT("set")};
    return ts_tok_in(s, k, words, sizeof words / sizeof words[0]);
}

/* A lower-case word the lexicon lacks, with no ending of another form,
 * before a determiner or possessive: a verb's bare form ("insisted that
 * Hungary rewrite its media law"). */
static int unknown_base_verb(const ts_sent *s, size_t k)
{
    if (k + 1 >= s->ntok || ts_w(s, k) || s->tok[k].kind != TK_WORD || s->tok[k].cas != CASE_LOWER ||
        s->tok[k].len < 4 || s->mid[k] >= 0)
        return 0;
    const char *e = s->text + s->tok[k].off + s->tok[k].len;
    if (e[-1] == 's' || (e[-2] == 'e' && e[-1] == 'd') || (s->tok[k].len > 4 && !memcmp(e - 3, "ing", 3)) ||
        (e[-2] == 'l' && e[-1] == 'y'))
        return 0;
    return (s->gram[k + 1] & G_DET) || TOK_IS(s, k + 1, "its") || TOK_IS(s, k + 1, "their") ||
           TOK_IS(s, k + 1, "his") || TOK_IS(s, k + 1, "her");
}

static void subjunctive_demands(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit insist[] = {LIT("insist"), LIT("insists"), LIT("insisted")};
    int bare_ok = 0; /* "insisted Sweden hand over the suspects": no "that" */
    for (size_t k = ts_next_bit(g->vbits, 0, s->ntok); k < s->ntok && !bare_ok;
         k = ts_next_bit(g->vbits, k + 1, s->ntok))
        bare_ok = g->isverb[k] && ts_tok_in(s, k, insist, sizeof insist / sizeof insist[0]);
    if (!(g->words & SW_THAT) && !bare_ok)
        return; /* no "that" */
    g->em.rule = "a bare verb after \"insisted that X\" is demanded of X";
    static const ts_lit gov[] = {LIT("insist"),  LIT("insists"),  LIT("insisted"), LIT("urge"),
                                 LIT("urges"),   LIT("urged"),    LIT("ask"),      LIT("asks"),
                                 LIT("asked"),   LIT("demand"),   LIT("demands"),  LIT("demanded"),
                                 LIT("propose"), LIT("proposed"), LIT("request"),  LIT("requested")};
    for (size_t k = ts_next_bit(g->vbits, 0, s->ntok); k + 3 < s->ntok; k = ts_next_bit(g->vbits, k + 1, s->ntok)) {
        if (!g->isverb[k])
            continue;
        size_t th = k + 1; /* "demanded on Thursday that": the day between */
        while (th < s->ntok && th < k + 1 + THAT_GAP_WORDS && g->adv[th] && s->mid[th] < 0)
            th++;
        if (th + 2 >= s->ntok)
            continue;
        int that = TOK_IS(s, th, "that");
        if (!that && !(bare_ok && ts_tok_in(s, k, insist, sizeof insist / sizeof insist[0])))
            continue;
        if (!ts_tok_in(s, k, gov, sizeof gov / sizeof gov[0]) || g->v[k].subj < 0 || g->v[k].neg ||
            g->v[k].modal || g->v[k].cond)
            continue;
        int sp = g->v[k].subj, mi;
        size_t q = past_det(s, that ? th + 1 : th, s->ntok);
        mi = q < s->ntok ? s->mid[q] : -1;
        if (mi < 0 || s->m[mi].kind != M_NAME || strlen(s->m[mi].code) < 3 || s->m[sp].kind != M_NAME ||
            !strncmp(s->m[mi].code, s->m[sp].code, 3))
            continue;
        size_t vb = s->m[mi].t1;
        {
            int mem[8]; /* "insisted that Sweden and Finland hand over": after the last of them */
            size_t nmem = group_of(s, mi, mem, sizeof mem / sizeof mem[0]);
            for (size_t e = 0; e < nmem; e++)
                if ((size_t)s->m[mem[e]].t1 > vb)
                    vb = s->m[mem[e]].t1;
        }
        while (vb < s->ntok && ((s->gram[vb] & G_ADV) || g->adv[vb]) && s->mid[vb] < 0)
            vb++;
        if (vb + 1 < s->ntok && (TOK_IS(s, vb, "should") || TOK_IS(s, vb, "must"))) {
            vb++; /* "insisted that Pakistan should close the camps" */
            if (vb + 1 < s->ntok && TOK_IS(s, vb, "not"))
                vb++; /* "insisted that Ethiopia must not fill the dam": a demand too */
        }
        const ts_word *w = vb < s->ntok ? W(s, vb) : NULL;
        if ((!w || w->verb < 0 || !(w->vform & VF_BASE) || ((w->vform & (VF_S | VF_PAST)) && !base_as_past(s, vb)) ||
             s->tok[vb].cas != CASE_LOWER) &&
            !unknown_base_verb(s, vb))
            continue;
        size_t n = 0; /* the subject's "act" is only demanded */
        for (size_t e = 0; e < g->em.n; e++)
            if (g->em.out[e].verb_t != vb)
                g->em.out[n++] = g->em.out[e];
        g->em.n = n;
        int asked = 0; /* "urged that Serbia withdraw": the appeal is coded already */
        for (size_t e = 0; e < g->em.n; e++)
            asked |= !strcmp(g->em.out[e].src, s->m[sp].code) && !strcmp(g->em.out[e].tgt, s->m[mi].code);
        if (!asked) {
            int mem[8], of[8]; /* "Egypt and Sudan demanded": each of them (sp among them), of each asked */
            size_t nmem = group_of(s, sp, mem, sizeof mem / sizeof mem[0]);
            size_t nof = group_of(s, mi, of, sizeof of / sizeof of[0]);
            for (size_t e = 0; e < nmem; e++)
                for (size_t f = 0; f < nof; f++)
                    if (s->m[mem[e]].kind == M_NAME && s->m[of[f]].kind == M_NAME && strlen(s->m[of[f]].code) >= 3 &&
                        strncmp(s->m[mem[e]].code, s->m[of[f]].code, 3))
                        emit(s, &g->em, mem[e], of[f], "100", k, g->v[k].attributed ? TOCSIN_EV_ATTRIBUTED : 0, NULL);
        }
    }
    g->em.rule = NULL;
}

/* Threats told in speech (threats.txt). */
#define ANY_ACT_WORDS 12 /* "any" to the verb group of the act warned against */
#define RESPONSE_WORDS 6 /* "met with" to the response noun */

/* Does the speaker sp have a threat (root 13) among the events already? */
static int has_threat(const gstate *g, int sp)
{
    for (size_t e = 0; e < g->em.n; e++)
        if (!strcmp(g->em.out[e].src, g->s->m[sp].code) && !strncmp(g->em.out[e].code, "13", 2))
            return 1;
    return 0;
}

/* The saying verb over a clause at a, past a warned party: "warned India that
 * any attempt ...", "told Finland it would". Its token, or -1; *obj takes the
 * party, else -1. */
static int warning_say(const gstate *g, size_t a, int *obj)
{
    const ts_sent *s = g->s;
    *obj = -1;
    int k = governing_say(g, a);
    if (k >= 0 || a < 1)
        return k;
    size_t b = TOK_IS(s, a - 1, "that") ? a - 1 : a; /* "told Finland (that) it would" */
    if (b < 1 || s->mid[b - 1] < 0)
        return -1;
    int m = s->mid[b - 1];
    k = governing_say(g, s->m[m].t0);
    if (k >= 0)
        *obj = m;
    return k;
}

/* The party an act's phrase names: "by Hezbollah", "any Indian strike", "any
 * further violence in New Caledonia"; not the struck ("any attack on its
 * troops in Iraq", "on Iran"), nor the speaker's own country. -1 if none. */
static int act_party(const gstate *g, size_t a, size_t e, int sp)
{
    const ts_sent *s = g->s;
    static const ts_lit entered[] = {LIT("intervention"), LIT("invasion"), LIT("incursion"), LIT("interference")};
    int first = -1;
    for (size_t q = a; q < e; q++) {
        if (TOK_IS(s, q, "on") || TOK_IS(s, q, "against") || TOK_IS(s, q, "upon") || TOK_IS(s, q, "at"))
            break;
        if ((TOK_IS(s, q, "in") || TOK_IS(s, q, "into")) && q > a && ts_tok_in(s, q - 1, entered, 4))
            break; /* "any intervention in Syria": the country intervened in, not the intervener */
        int mi = s->mid[q];
        if (mi < 0 || s->m[mi].t0 != q || strlen(s->m[mi].code) < 3 || mi == sp ||
            !strncmp(s->m[mi].code, s->m[sp].code, 3) ||
            (s->m[mi].kind != M_NAME && s->m[mi].kind != M_ADJ))
            continue;
        if (q > 0 && TOK_IS(s, q - 1, "by"))
            return mi; /* the act's agent */
        if (first < 0)
            first = mi;
    }
    return first;
}

#define IDIOM_WORDS 4 /* "would" to "target" or "red line": "would become a legitimate target" */

/* Answers told in idioms after the "would" or "will" at e of an act warned
 * against (any_act_answered): "any NATO troops in Ukraine would be a
 * legitimate target" (force: *force set), "any strike on its ports would
 * cross a red line". */
static int answer_idiom(const ts_sent *s, size_t e, int *force)
{
    static const ts_lit be[] = {LIT("be"), LIT("become"), LIT("constitute"), LIT("represent")};
    static const ts_lit cross[] = {LIT("cross"), LIT("crossing"), LIT("breach"), LIT("violate")};
    if (e + 3 >= s->ntok)
        return 0;
    if (ts_tok_in(s, e + 1, be, sizeof be / sizeof be[0]) || ts_tok_in(s, e + 1, cross, sizeof cross / sizeof cross[0]))
        for (size_t q = e + 2; q + 1 < s->ntok && q < e + 2 + IDIOM_WORDS && !hard_boundary(s, q) && !ts_is_comma(s, q);
             q++) {
            if (TOK_IS(s, q, "legitimate") && (TOK_IS(s, q + 1, "target") || TOK_IS(s, q + 1, "targets"))) {
                *force = 1;
                return 1;
            }
            if (TOK_IS(s, q, "red") && (TOK_IS(s, q + 1, "line") || TOK_IS(s, q + 1, "lines")))
                return 1;
        }
    return 0;
}

/* "Iranian officials said the attack would be met with a proportionate
 * response", told by the party the story says was attacked: its answer to
 * the story's attacker, not a forecast (any_act_answered). a is the act's
 * first word, e its "would" or "will". */
static int attacked_answers(const gstate *g, size_t a, size_t e)
{
    const ts_sent *s = g->s;
    static const ts_lit met[] = {LIT("met"), LIT("answered"), LIT("countered")};
    if (e + 3 >= s->ntok || !TOK_IS(s, e + 1, "be") || !ts_tok_in(s, e + 2, met, sizeof met / sizeof met[0]) ||
        !TOK_IS(s, e + 3, "with") || strlen(s->ctx->attacker) < 3 || strlen(s->ctx->attacked) < 3)
        return 0;
    int obj = -1, sp = -1;
    if (g->late_speaker >= 0 && a < g->late_at) {
        sp = g->late_speaker;
    } else {
        int k = warning_say(g, a, &obj);
        sp = k >= 0 ? g->v[k].subj : -1;
    }
    return sp >= 0 && s->m[sp].code[0] && !strncmp(s->ctx->attacked, s->m[sp].code, 3) &&
           strncmp(s->ctx->attacker, s->m[sp].code, 3);
}

/* "Macron warned that any new riots in New Caledonia would be met with a
 * firm response", "Pakistan said any Indian strike would be treated as an
 * act of war", "'Any attack by Hezbollah will not go unanswered,' the minister
 * said": an act warned against, with the speaker's answer, is the speaker's
 * threat (130; 138 with force or war) against the act's party. */
static void any_act_answered(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit unans[] = {LIT("unanswered"), LIT("unpunished")};
    static const ts_lit avenged[] = {LIT("avenged"), LIT("punished"), LIT("answered"), LIT("revenged")};
    if ((!(g->words & (SW_ANY | SW_ANSWER)) && !((g->words & SW_WITH) && s->ctx->attacked[0])) ||
        !(g->words & SW_WILL))
        return; /* no "any", no "unanswered", no "avenged" (nor "met with" in a story of an
                   attack: attacked_answers); or no "will" or "would" to answer with (sentence_words) */
    static const ts_lit met[] = {LIT("met"), LIT("answered"), LIT("greeted"), LIT("countered")};
    static const ts_lit draw[] = {LIT("trigger"), LIT("invite"), LIT("provoke"), LIT("draw"), LIT("prompt")};
    static const ts_lit seen[] = {LIT("treated"), LIT("considered"), LIT("regarded"), LIT("seen"),
                                  LIT("viewed")};
    static const ts_lit resp[] = {LIT("response"),  LIT("force"),       LIT("retaliation"),
                                  LIT("retribution"), LIT("reprisal"),  LIT("reprisals"),
                                  LIT("consequences"), LIT("countermeasures"), LIT("reaction")};
    static const ts_lit forceful[] = {LIT("force"),        LIT("military"), LIT("war"),
                                      LIT("crushing"),     LIT("overwhelming"), LIT("forceful"),
                                      LIT("devastating"),  LIT("retaliation"), LIT("fire"),
                                      LIT("aggression"),   LIT("attack")};
    static const ts_lit this_act[] = {LIT("the"), LIT("this"), LIT("these"), LIT("such")};
    static const ts_lit never[] = {LIT("not"), LIT("never")};
    for (size_t a = 0; a + 4 < s->ntok; a++) {
        /* "any attack ...", or a named act: "the Israeli strike will not go unanswered" */
        int any = TOK_IS(s, a, "any");
        if ((!any && !ts_tok_in(s, a, this_act, sizeof this_act / sizeof this_act[0])) || g->incond[a])
            continue;
        size_t e = a + 1; /* the act's phrase, up to "would" or "will" */
        int act = any;
        while (e < s->ntok && e < a + ANY_ACT_WORDS && !(s->gram[e] & (G_MODAL | G_FUT)) &&
               !ts_is_comma(s, e) && !hard_boundary(s, e) && !g->isverb[e]) {
            act |= ts_tok_in(s, e, unclaimed_violence, sizeof unclaimed_violence / sizeof unclaimed_violence[0]) ||
                   ts_tok_in(s, e, answered_acts, sizeof answered_acts / sizeof answered_acts[0]);
            e++;
        }
        if (!act || e + 3 >= s->ntok || !(TOK_IS(s, e, "would") || TOK_IS(s, e, "will")))
            continue;
        if (e + 4 < s->ntok && is_quote(s, e + 1))
            e++; /* 'would "not go unpunished"': the speaker's words quoted */
        int hit = 0, force = 0;
        size_t v = e + 2; /* the answer's verb */
        if (ts_tok_in(s, e + 1, never, 2) && TOK_IS(s, e + 2, "go") && ts_tok_in(s, e + 3, unans, 2)) {
            hit = 1; /* "will not go unanswered" */
        } else if (e + 5 < s->ntok && ts_tok_in(s, e + 1, never, 2) && TOK_IS(s, e + 2, "be") &&
                   TOK_IS(s, e + 3, "left") && TOK_IS(s, e + 4, "without") &&
                   (ts_tok_in(s, e + 5, resp, sizeof resp / sizeof resp[0]) ||
                    (e + 6 < s->ntok && (s->gram[e + 5] & G_DET) && ts_tok_in(s, e + 6, resp, sizeof resp / sizeof resp[0])))) {
            hit = 1; /* "would not be left without consequences", "without a response" */
        } else if (TOK_IS(s, e + 1, "be") && ts_tok_in(s, e + 2, avenged, sizeof avenged / sizeof avenged[0]) &&
                   !TOK_IS(s, e + 3, "with")) { /* "answered with overwhelming force": read below */
            hit = 1; /* "the Ukrainian strike on Moscow will be punished" */
        } else if (any && answer_idiom(s, e, &force)) {
            hit = 1; /* "would be a legitimate target", "would cross a red line" */
        } else if (!any && !attacked_answers(g, a, e)) {
            continue; /* "the attack would be met with ...": a forecast, not a warning */
        } else {
            size_t r = 0;
            if (TOK_IS(s, e + 1, "be") && ts_tok_in(s, e + 2, met, sizeof met / sizeof met[0]) &&
                TOK_IS(s, e + 3, "with"))
                r = e + 4;
            else if (ts_tok_in(s, e + 1, draw, sizeof draw / sizeof draw[0]))
                r = e + 2, v = e + 1;
            else if (TOK_IS(s, e + 1, "be") && ts_tok_in(s, e + 2, seen, sizeof seen / sizeof seen[0]) &&
                     TOK_IS(s, e + 3, "as"))
                r = e + 4, hit = -1; /* "as an act of war", "as aggression" */
            for (size_t q = r; r && q < s->ntok && q < r + RESPONSE_WORDS && !hard_boundary(s, q); q++) {
                force |= ts_tok_in(s, q, forceful, sizeof forceful / sizeof forceful[0]);
                if (hit >= 0 && ts_tok_in(s, q, resp, sizeof resp / sizeof resp[0]))
                    hit = 1;
            }
            if (hit < 0)
                hit = force; /* treated as war or aggression, not as "a priority" */
        }
        if (hit <= 0)
            continue;
        int obj = -1, sp = -1, k = -1;
        if (g->late_speaker >= 0 && a < g->late_at)
            sp = g->late_speaker; /* "'Any attack ...,' the minister said" */
        else if ((k = warning_say(g, a, &obj)) >= 0)
            sp = g->v[k].subj;
        if (sp < 0 || !s->m[sp].code[0] || has_threat(g, sp))
            continue;
        int tgt = act_party(g, a, e, sp);
        if (tgt < 0)
            tgt = obj; /* "warned India that any attempt ..." */
        int story_attacker = 0;
        if (tgt < 0 && !any && strlen(s->ctx->attacker) >= 3 && strlen(s->ctx->attacked) >= 3 &&
            !strncmp(s->ctx->attacked, s->m[sp].code, 3) && strncmp(s->ctx->attacker, s->m[sp].code, 3)) {
            tgt = add_actor(s, s->ctx->attacker, 0, 0); /* "the attack will not go unanswered": the story's attacker */
            story_attacker = 1;
        }
        if (tgt < 0 && any)
            tgt = story_threatened(s, sp); /* "any strike on its ports would cross a red line", "any new
                                              strike would be met with force": the story's other party */
        if (tgt < 0)
            continue;
        g->em.rule = "a warning that any act of another would be answered: a threat to its party";
        emit(s, &g->em, sp, tgt, force ? "138" : "130", k >= 0 ? (size_t)k : v, TOCSIN_EV_ATTRIBUTED, NULL);
        for (int j = 0; j < 2 && story_attacker; j++) {
            /* "The US and Britain struck ...; the strikes will not go unpunished": both strikers */
            const char *c = s->ctx->co_attacker[j];
            int m2 = c[0] && strcmp(c, s->m[sp].code) ? add_actor(s, c, 0, 0) : -1;
            if (m2 >= 0)
                emit(s, &g->em, sp, m2, force ? "138" : "130", k >= 0 ? (size_t)k : v, TOCSIN_EV_ATTRIBUTED, NULL);
        }
    }
    g->em.rule = NULL;
}

/* Do codes a and b name opposed sides? Two countries, or in one country an
 * armed group (with opp, also the opposition) and another sector: "Sudan's
 * army chief warned that the RSF would be crushed" (SDNGOV, SDNREB); a bare
 * country stands for its state. */
static int opposed_sides(const char *a, const char *b, int opp)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la < 3 || lb < 3)
        return 0;
    if (strncmp(a, b, 3))
        return 1;
    int ra = la == 6 && (!strcmp(a + 3, "REB") || (opp && !strcmp(a + 3, "OPP")));
    int rb = lb == 6 && (!strcmp(b + 3, "REB") || (opp && !strcmp(b + 3, "OPP")));
    return ra != rb;
}

#define WARNED_FORCE_WORDS 16 /* words from the warning verb to the party warned of force */

/* "North Korea warned that US spy planes could be shot down", "Iran warned
 * that foreign warships would be targeted if they entered the Gulf", "China
 * warned that Taiwan separatists would be crushed": force
 * the speaker holds out, told in the passive with a modal in the clause a
 * warning verb governs, is the speaker's threat of force (138) against the
 * party that would suffer it. Not negated ("would not be targeted"). */
static void warned_passive_force(gstate *g)
{
    if (!(g->words & SW_WARNED))
        return; /* no "warned", "warns", "threatened", "threatens" */
    ts_sent *s = g->s;
    static const ts_lit warned[] = {LIT("warned"), LIT("warns"), LIT("threatened"), LIT("threatens")};
    static const ts_lit may[] = {LIT("would"), LIT("could"), LIT("will"), LIT("might"), LIT("may")};
    static const ts_lit hit[] = {LIT("shot"),   LIT("targeted"), LIT("attacked"), LIT("destroyed"), LIT("struck"),
                                 LIT("bombed"), LIT("sunk"),     LIT("downed"),   LIT("fired"),     LIT("hit"),
                                 LIT("crushed"), LIT("annihilated"), LIT("obliterated"), LIT("eliminated"),
                                 LIT("wiped"), LIT("razed"), LIT("flattened"), LIT("erased")};
    for (size_t k = 0; k + 4 < s->ntok; k++) {
        if (!ts_tok_in(s, k, warned, sizeof warned / sizeof warned[0]) || !g->isverb[k] || g->v[k].neg ||
            g->v[k].subj < 0)
            continue;
        int sp = g->v[k].subj;
        const ts_mention *spk = &s->m[sp];
        if (strlen(spk->code) < 3 || spk->kind == M_UNRES || has_threat(g, sp))
            continue;
        size_t q = k + 1;
        if (TOK_IS(s, q, "that"))
            q++;
        for (size_t t = q; t + 3 < s->ntok && t < q + WARNED_FORCE_WORDS; t++) {
            if (hard_boundary(s, t) || (s->gram[t] & G_IF))
                break;
            int mi = s->mid[t];
            if (mi < 0 || s->m[mi].t0 != t || (t > 0 && (s->gram[t - 1] & (G_PREP | G_LOC | G_BY))))
                continue;
            const ts_mention *x = &s->m[mi];
            if ((x->kind != M_NAME && x->kind != M_ADJ) || strlen(x->code) < 3 || !opposed_sides(x->code, spk->code, 0) ||
                is_place(s, x))
                break; /* the clause's subject is no other party */
            size_t e = x->t1;
            while (e < s->ntok && e < (size_t)x->t1 + 3 && s->tok[e].kind == TK_WORD && s->tok[e].cas == CASE_LOWER &&
                   !s->gram[e] && s->mid[e] < 0)
                e++; /* "US spy planes", "foreign warships" */
            if (e + 2 >= s->ntok || !ts_tok_in(s, e, may, sizeof may / sizeof may[0]) || !TOK_IS(s, e + 1, "be") ||
                !ts_tok_in(s, e + 2, hit, sizeof hit / sizeof hit[0]))
                break;
            int third = 0; /* "could be shot down over Poland", "by Polish jets": another's force */
            for (size_t r = e + 3; r < s->ntok && !third && !hard_boundary(s, r) && !ts_is_comma(s, r) &&
                                   !(s->gram[r] & G_IF);
                 r++)
                third = s->mid[r] >= 0 && strlen(s->m[s->mid[r]].code) >= 3 &&
                        strncmp(s->m[s->mid[r]].code, spk->code, 3) && strncmp(s->m[s->mid[r]].code, x->code, 3);
            if (third)
                break;
            const char *rule = g->em.rule;
            g->em.rule = "a warning that another's forces would be shot down or targeted: a threat of force";
            emit(s, &g->em, sp, mi, "138", k, TOCSIN_EV_ATTRIBUTED, NULL);
            g->em.rule = rule;
            break;
        }
    }
}

/* "Pyongyang warned it would resume launching balloons if Seoul continued its
 * leaflet campaign": a warning of the speaker's own act, on a condition that
 * another party sets, is a threat (130) against that party, whatever the act
 * (the act itself stays hypothetical). Only warning verbs: "said it would
 * release prisoners if Hamas freed hostages" is an offer. */
static void warned_condition(gstate *g)
{
    if (!(g->words & (SW_IF | SW_TELL)))
        return; /* no if-clause, no telling */
    ts_sent *s = g->s;
    static const ts_lit warn[] = {LIT("warned"), LIT("warns"), LIT("warn"), LIT("threatened"), LIT("threatens"),
                                  LIT("cautioned"), LIT("cautions")};
    static const ts_lit tell[] = {LIT("told"), LIT("tells"), LIT("tell")};
    static const ts_lit answer[] = {LIT("respond"), LIT("retaliate"), LIT("react"), LIT("hit")};
    for (size_t j = ts_next_bit(g->vbits, 0, s->ntok); j < s->ntok; j = ts_next_bit(g->vbits, j + 1, s->ntok)) {
        if (!g->isverb[j] || g->incond[j] || !g->v[j].fut || g->v[j].neg || g->v[j].subj < 0)
            continue;
        const vinfo *v = &g->v[j];
        size_t t0 = v->chain0 >= 0 ? (size_t)v->chain0 : j; /* the clause's subject, as written */
        if (t0 == 0 || t0 > j || s->mid[t0 - 1] < 0)
            continue;
        t0 = s->m[s->mid[t0 - 1]].t0;
        int obj = -1, k = warning_say(g, t0, &obj);
        if (k < 0)
            continue;
        /* "told Finland it would respond": telling a party of a hostile act of one's own */
        int told = obj >= 0 && ts_tok_in(s, (size_t)k, tell, sizeof tell / sizeof tell[0]) &&
                   ((v->root >= 13 && v->root <= 20) || ts_tok_in(s, j, answer, sizeof answer / sizeof answer[0]));
        if (!told && (obj >= 0 || !ts_tok_in(s, (size_t)k, warn, sizeof warn / sizeof warn[0])))
            continue;
        int sp = g->v[k].subj;
        if (sp < 0 || !s->m[sp].code[0] || (v->subj != sp && !s->m[v->subj].resolved) || has_threat(g, sp))
            continue;
        if (v->subj != sp && strncmp(s->m[v->subj].code, s->m[sp].code, 3) && s->m[v->subj].code[0])
            continue; /* "warned that Russia would attack": another's act */
        int c = condition_actor(g, sp);
        if (c < 0 && told)
            c = obj;
        if (c < 0 || !opposed_sides(s->m[c].code, s->m[sp].code, 1))
            continue;
        g->em.rule = "a warning of the speaker's own act on another's condition: a threat to that party";
        emit(s, &g->em, sp, c, "130", (size_t)k, TOCSIN_EV_ATTRIBUTED, NULL);
        break;
    }
    g->em.rule = NULL;
}

#define OPTIONS_WORDS 5       /* "options" to "table" or "open": "options remained firmly on the table" */
#define OPTIONS_PARTY_WORDS 4 /* "table" to the party: "on the table against Hezbollah" */

/* "Iran said all options were on the table if Israel attacked", "Israel
 * kept all options open against Hezbollah", "Turkey said nothing was off
 * the table": force held open is the speaker's threat (130; 138 with
 * "military") at the party of the if-clause, the party the options are
 * against, else the story's other party. */
static void options_on_table(gstate *g)
{
    if (!(g->words & SW_OPTIONS))
        return; /* no "options", "option" or "nothing" */
    ts_sent *s = g->s;
    static const ts_lit all[] = {LIT("all"), LIT("every"), LIT("any")};
    static const ts_lit keep[] = {LIT("kept"), LIT("keep"), LIT("keeps"), LIT("keeping"), LIT("left"),
                                  LIT("leave"), LIT("leaves"), LIT("leaving"), LIT("has"), LIT("have"), LIT("had")};
    static const ts_lit toward[] = {LIT("against"), LIT("regarding"), LIT("toward"), LIT("towards"),
                                    LIT("with"), LIT("over"), LIT("on"), LIT("for")};
    for (size_t a = 0; a + 3 < s->ntok; a++) {
        int nothing = TOK_IS(s, a, "nothing");
        if (!nothing && !ts_tok_in(s, a, all, sizeof all / sizeof all[0]) && !TOK_IS(s, a, "no"))
            continue;
        size_t o = a + 1;
        int military = 0;
        if (!nothing) { /* "all options", "all military options", "no option" */
            if (TOK_IS(s, o, "military") || TOK_IS(s, o, "possible") || TOK_IS(s, o, "available"))
                military = TOK_IS(s, o, "military"), o++;
            if (!(TOK_IS(s, o, "options") || TOK_IS(s, o, "option")))
                continue;
        }
        int no = nothing || TOK_IS(s, a, "no");
        size_t end = 0; /* past "on the table", "open", "off the table" */
        for (size_t q = o + 1; q < s->ntok && q <= o + OPTIONS_WORDS && !end; q++) {
            if (hard_boundary(s, q) || ts_is_comma(s, q))
                break;
            if (q + 2 < s->ntok && (no ? TOK_IS(s, q, "off") : TOK_IS(s, q, "on")) && TOK_IS(s, q + 1, "the") &&
                TOK_IS(s, q + 2, "table"))
                end = q + 3;
            else if (!no && TOK_IS(s, q, "open") && !TOK_IS(s, q + 1, "for") && !TOK_IS(s, q + 1, "to"))
                end = q + 1; /* not "open for talks", "open to dialogue" */
        }
        if (!end)
            continue;
        int sp = -1, obj = -1, k = -1;
        if (a > 0 && ts_tok_in(s, a - 1, keep, sizeof keep / sizeof keep[0]) && g->isverb[a - 1] &&
            !g->v[a - 1].neg) {
            k = (int)(a - 1); /* "kept all options open": its subject, or the speaker of its clause */
            sp = g->v[k].subj;
            int say = g->v[k].chain0 >= 0 ? warning_say(g, (size_t)g->v[k].chain0, &obj) : -1;
            if (sp >= 0 && s->m[sp].resolved && say >= 0)
                sp = g->v[say].subj; /* "said it kept all options open" */
        } else if (g->late_speaker >= 0 && a < g->late_at) {
            sp = g->late_speaker; /* "'All options are on the table,' the minister said" */
        } else if ((k = warning_say(g, a, &obj)) >= 0) {
            sp = g->v[k].subj;
        }
        if (sp < 0 || !s->m[sp].code[0] || has_threat(g, sp))
            continue;
        int c = condition_actor(g, sp);
        for (size_t q = end; c < 0 && q + 1 < s->ntok && q < end + OPTIONS_PARTY_WORDS; q++)
            if (ts_tok_in(s, q, toward, sizeof toward / sizeof toward[0])) {
                size_t r = q + 1;
                while (r < s->ntok && (s->gram[r] & G_DET) && s->mid[r] < 0)
                    r++;
                if (r < s->ntok && s->mid[r] >= 0 && (s->m[s->mid[r]].kind == M_NAME || s->m[s->mid[r]].kind == M_ADJ))
                    c = s->mid[r];
                break;
            }
        if (c < 0)
            c = obj; /* "told Tehran that all options were on the table" */
        if (c < 0)
            c = story_threatened(s, sp);
        if (c < 0 || !s->m[c].code[0] || !strncmp(s->m[c].code, s->m[sp].code, 3))
            continue;
        g->em.rule = "force held open (\"all options are on the table\"): a threat to the party it is held against";
        emit(s, &g->em, sp, c, military ? "138" : "130", k >= 0 ? (size_t)k : a, TOCSIN_EV_ATTRIBUTED, NULL);
        break;
    }
    g->em.rule = NULL;
}

#define RED_LINE_WORDS 3 /* "crossed" to "red": "crossed all the red lines" */
#define RED_ACT_WORDS 10 /* the act before "crossed": "the killing of its soldiers in Syria" */

/* The start of the clause that ends before token w: back to "that", a
 * comma, a quotation mark, a verb of saying or the sentence's start, at
 * most RED_ACT_WORDS ("Russia said [Western jets] would be ...") */
static size_t clause_start_back(const gstate *g, size_t w)
{
    const ts_sent *s = g->s;
    size_t a = w;
    while (a > 0 && w - a < RED_ACT_WORDS && !TOK_IS(s, a - 1, "that") && !ts_is_comma(s, a - 1) &&
           !hard_boundary(s, a - 1) && !is_quote(s, a - 1) &&
           !(g->isverb[a - 1] && W(s, a - 1) && (W(s, a - 1)->gram & G_SAY)))
        a--;
    return a;
}

/* Who says the clause that starts at a: the closing speaker (", the
 * minister said") when the clause comes before it, else the subject of the
 * saying verb that governs it (warning_say; *say is that verb, or -1; *obj,
 * when asked, the party it is said to, or -1) */
static int clause_speaker(const gstate *g, size_t a, int *say, int *obj)
{
    int o;
    *say = -1;
    if (!obj)
        obj = &o;
    *obj = -1;
    if (g->late_speaker >= 0 && a < g->late_at)
        return g->late_speaker;
    if ((*say = warning_say(g, a, obj)) >= 0)
        return g->v[*say].subj;
    return -1;
}

/* "Russia said Ukraine had crossed a red line", "Moscow said the strike on
 * Belgorod crossed all red lines": a red line crossed is the speaker's
 * accusation (111) of its crosser, or of the act's doer (named in the act,
 * else the story's attacker of the speaker). "Any strike would cross a red
 * line" is any_act_answered's; another's future crossing ("warned that
 * Israel would cross a red line if it attacked") is a threat (130) at it. */
static void red_line(gstate *g)
{
    if (!(g->words & SW_RED))
        return; /* no "red" */
    ts_sent *s = g->s;
    static const ts_lit cross[] = {LIT("crossed"), LIT("cross"), LIT("crosses"), LIT("crossing"),
                                   LIT("breached"), LIT("violated")};
    for (size_t r = 1; r + 1 < s->ntok; r++) {
        if (!TOK_IS(s, r, "red") || !(TOK_IS(s, r + 1, "line") || TOK_IS(s, r + 1, "lines")))
            continue;
        size_t c = r; /* the verb of crossing */
        while (c > 0 && c + RED_LINE_WORDS > r && !ts_tok_in(s, c - 1, cross, sizeof cross / sizeof cross[0]))
            c--;
        if (c == 0 || c + RED_LINE_WORDS <= r)
            continue;
        c--;
        if (g->incond[c] || (c > 0 && TOK_IS(s, c - 1, "to")))
            continue; /* "if Israel crossed a red line"; "warned Washington not to cross its red lines" */
        /* the verb group: "had crossed", "would cross", "is crossing", "has not crossed" */
        size_t b = c;
        int fut = 0, neg = 0, any = 0;
        while (b > 0 && (s->gram[b - 1] & (G_MODAL | G_FUT | G_NEG | G_BE | G_ADV | G_HAVE))) {
            fut |= (s->gram[b - 1] & (G_MODAL | G_FUT)) != 0;
            neg |= (s->gram[b - 1] & G_NEG) != 0;
            b--;
        }
        if (neg)
            continue;
        /* the crosser or the act: back to "that", a saying verb or the sentence's start */
        size_t a = clause_start_back(g, b);
        if (a == b)
            continue;
        any = TOK_IS(s, a, "any");
        if (any && fut)
            continue; /* any_act_answered's */
        int k, sp = clause_speaker(g, a, &k, NULL);
        if (sp < 0 || !s->m[sp].code[0])
            continue;
        int tgt = act_party(g, a, b, sp);
        if (tgt < 0 && !fut)
            tgt = remembered_actor(s, sp, s->ctx->attacker, s->ctx->attacked); /* "the attack crossed a red line" */
        if (tgt < 0 || !s->m[tgt].code[0] || !strncmp(s->m[tgt].code, s->m[sp].code, 3))
            continue;
        g->em.rule = fut ? "a red line another would cross: a warning to it"
                         : "a red line crossed: the speaker's accusation of its crosser";
        emit(s, &g->em, sp, tgt, fut ? "130" : "111", c, TOCSIN_EV_ATTRIBUTED, NULL);
        break;
    }
    g->em.rule = NULL;
}

#define LEGIT_WORDS 4 /* "would" to "legitimate": "would be considered legitimate targets" */

/* "Russia said Western jets in Ukraine would be legitimate targets", "Hamas
 * warned that Israeli soldiers will become legitimate targets": another's
 * people or things named as targets ahead are the speaker's threat of force
 * (138) at their party ("any ... would be a legitimate target" is
 * any_act_answered's). */
static void legitimate_target(gstate *g)
{
    if (!(g->words & SW_LEGIT))
        return; /* no "legitimate" */
    ts_sent *s = g->s;
    for (size_t l = 2; l + 1 < s->ntok; l++) {
        if (!TOK_IS(s, l, "legitimate") || !(TOK_IS(s, l + 1, "target") || TOK_IS(s, l + 1, "targets")))
            continue;
        size_t w = l; /* the "would" or "will" */
        while (w > 0 && w + LEGIT_WORDS > l && !TOK_IS(s, w - 1, "would") && !TOK_IS(s, w - 1, "will"))
            w--;
        if (w == 0 || w + LEGIT_WORDS <= l)
            continue;
        w--;
        int force = 0;
        if (!answer_idiom(s, w, &force) || !force || g->incond[w])
            continue; /* "would strike legitimate targets": an act, read elsewhere */
        size_t a = clause_start_back(g, w); /* the things named as targets: back to "that", a saying verb or the start */
        if (a == w || TOK_IS(s, a, "any"))
            continue;
        int k, sp = clause_speaker(g, a, &k, NULL);
        if (sp < 0 || !s->m[sp].code[0] || has_threat(g, sp))
            continue;
        int tgt = act_party(g, a, w, sp);
        if (tgt < 0 || !s->m[tgt].code[0] || !strncmp(s->m[tgt].code, s->m[sp].code, 3))
            continue;
        g->em.rule = "another's people or things named as legitimate targets: a threat of force at their party";
        emit(s, &g->em, sp, tgt, "138", k >= 0 ? (size_t)k : w, TOCSIN_EV_ATTRIBUTED, NULL);
        break;
    }
    g->em.rule = NULL;
}

#define MADE_PARTY_WORDS 6 /* the party to "party" or "target": "France a direct party" */

/* "Russia warned that sending troops to Ukraine would make France a party to
 * the conflict", "... would make Poland a legitimate target": an act of
 * another that would make it a party to the war or a target, in a warning,
 * is the speaker's threat (130; 138 as a target) at that party. Not one's
 * own reasoning ("Scholz said sending the missiles would make Germany a
 * party to the war"), nor "would not make". */
static void made_party(gstate *g)
{
    if (!(g->words & SW_WILL))
        return; /* no "will" or "would" */
    ts_sent *s = g->s;
    for (size_t w = 1; w + 5 < s->ntok; w++) {
        if (!(TOK_IS(s, w, "would") || TOK_IS(s, w, "will")) || !TOK_IS(s, w + 1, "make") || g->incond[w])
            continue;
        size_t q = past_det(s, w + 2, s->ntok);
        int mi = q < s->ntok ? s->mid[q] : -1;
        if (mi < 0 || s->m[mi].t0 != q || s->m[mi].kind != M_NAME || strlen(s->m[mi].code) < 3 || is_place(s, &s->m[mi]))
            continue;
        int hit = 0, force = 0;
        for (size_t r = s->m[mi].t1; r + 1 < s->ntok && r < (size_t)s->m[mi].t1 + MADE_PARTY_WORDS && !hit &&
                                     !hard_boundary(s, r) && !ts_is_comma(s, r);
             r++) {
            if (TOK_IS(s, r, "party") && (TOK_IS(s, r + 1, "to") || TOK_IS(s, r + 1, "in")))
                hit = 1; /* "a party to the conflict", "a direct party in the war" */
            else if (TOK_IS(s, r, "participant") || TOK_IS(s, r, "belligerent") || TOK_IS(s, r, "co-belligerent"))
                hit = 1;
            else if (TOK_IS(s, r, "target") || TOK_IS(s, r, "targets"))
                hit = force = 1;
        }
        if (!hit)
            continue;
        size_t a = clause_start_back(g, w); /* the act: back to "that", a saying verb or the start */
        if (a == w)
            continue;
        int sp = -1, obj = -1, k = -1;
        if (g->late_speaker >= 0 && a < g->late_at && s->m[g->late_speaker].kind != M_UNRES)
            sp = g->late_speaker;
        else if ((k = warning_say(g, a, &obj)) >= 0)
            sp = g->v[k].subj; /* "Lavrov said such a step would ..., state media reported": Lavrov */
        if (sp < 0 || strlen(s->m[sp].code) < 3 || s->m[sp].kind == M_UNRES ||
            !strncmp(s->m[mi].code, s->m[sp].code, 3) || has_threat(g, sp))
            continue;
        g->em.rule = "an act that would make another a party to the war or a target, in a warning: a threat at it";
        emit(s, &g->em, sp, mi, force ? "138" : "130", k >= 0 ? (size_t)k : w, TOCSIN_EV_ATTRIBUTED, NULL);
        break;
    }
    g->em.rule = NULL;
}

#define RESPONSE_ADJ_WORDS 4 /* "be" to the adjective: "would be swift and decisive" */

/* Has the sentence an event already from sp's code to tm's code? */
static int has_event_between(const gstate *g, int sp, int tm)
{
    for (size_t e = 0; e < g->em.n; e++)
        if (!strcmp(g->em.out[e].src, g->s->m[sp].code) && !strcmp(g->em.out[e].tgt, g->s->m[tm].code))
            return 1;
    return 0;
}

/* The named party after q, past determiners and up to two lowercase
 * participles or adjectives ("for invading Israeli troops"), else -1. */
static int party_after(const ts_sent *s, size_t q)
{
    q = past_det(s, q, s->ntok);
    for (int n = 0; n < 2 && q < s->ntok && s->mid[q] < 0 && s->tok[q].kind == TK_WORD &&
                    s->tok[q].cas == CASE_LOWER && !s->gram[q];
         n++)
        q++;
    int mi = q < s->ntok ? s->mid[q] : -1;
    if (mi < 0 || s->m[mi].t0 != q || (s->m[mi].kind != M_NAME && s->m[mi].kind != M_ADJ) ||
        strlen(s->m[mi].code) < 3 || is_place(s, &s->m[mi]))
        return -1;
    return mi;
}

#define FOE_WORDS 4 /* "as" to the foe's word: "as an integral part of the war" */

/* "Nasrallah said Cyprus would be treated as part of the war", "the rebels
 * warned that anyone working for the army would be considered a target":
 * another's people or country named as a foe ahead are the speaker's threat
 * (138 as a target or combatant, else 130) at the party the phrase names
 * ("any attack ... would be treated as an act of war" is any_act_answered's,
 * "legitimate targets" legitimate_target's). Not negated, not in an
 * if-clause, not "treated as guests". */
static void treated_as_foe(gstate *g)
{
    if (!(g->words & SW_WILL))
        return; /* no "will" or "would" */
    ts_sent *s = g->s;
    static const ts_lit seen[] = {LIT("treated"), LIT("considered"), LIT("regarded"), LIT("viewed"), LIT("seen")};
    static const ts_lit target[] = {LIT("target"), LIT("targets"), LIT("combatant"), LIT("combatants")};
    static const ts_lit foe[] = {LIT("enemy"), LIT("enemies"), LIT("hostile"), LIT("belligerent"),
                                 LIT("belligerents"), LIT("collaborator"), LIT("collaborators")};
    for (size_t t = 3; t + 2 < s->ntok; t++) {
        if (!ts_tok_in(s, t, seen, sizeof seen / sizeof seen[0]) || !TOK_IS(s, t - 1, "be") ||
            !(TOK_IS(s, t - 2, "would") || TOK_IS(s, t - 2, "will")) || !TOK_IS(s, t + 1, "as") || g->incond[t])
            continue;
        size_t w = t - 2;
        int hit = 0, force = 0;
        for (size_t q = t + 2; q < s->ntok && q < t + 2 + FOE_WORDS && !hit && !hard_boundary(s, q) &&
                               !ts_is_comma(s, q);
             q++) {
            if (TOK_IS(s, q, "legitimate"))
                break; /* legitimate_target's */
            if (ts_tok_in(s, q, target, sizeof target / sizeof target[0]))
                hit = force = 1;
            else if (ts_tok_in(s, q, foe, sizeof foe / sizeof foe[0]))
                hit = 1;
            else if (q + 3 < s->ntok && (TOK_IS(s, q, "part") || TOK_IS(s, q, "party")) &&
                     (TOK_IS(s, q + 1, "of") || TOK_IS(s, q + 1, "to") || TOK_IS(s, q + 1, "in")) &&
                     (TOK_IS(s, q + 3, "war") || TOK_IS(s, q + 3, "conflict") || TOK_IS(s, q + 3, "fighting")))
                hit = 1; /* "part of the war", "a party to the conflict" */
        }
        if (!hit)
            continue;
        size_t a = clause_start_back(g, w); /* the people or country so named: back to "that", a saying verb or the start */
        if (a == w || TOK_IS(s, a, "any") || (w > 0 && (s->gram[w - 1] & G_NEG)) || (s->gram[w + 1] & G_NEG))
            continue;
        int k, obj, sp = clause_speaker(g, a, &k, &obj);
        if (sp < 0 || !s->m[sp].code[0] || s->m[sp].kind == M_UNRES || ts_igo_code(s->m[sp].code) ||
            has_threat(g, sp))
            continue;
        int tm = -1;
        for (size_t q = a; q < w && tm < 0; q++) {
            int mi = s->mid[q];
            if (mi >= 0 && s->m[mi].t0 == q && mi != sp && (s->m[mi].kind == M_NAME || s->m[mi].kind == M_ADJ) &&
                opposed_sides(s->m[mi].code, s->m[sp].code, 0))
                tm = mi;
        }
        if (tm < 0)
            tm = obj; /* "warned Cyprus that it would be treated as ..." */
        if (tm < 0 || !opposed_sides(s->m[tm].code, s->m[sp].code, 0))
            continue;
        g->em.rule = "another's people or country to be treated as a foe: a threat at their party";
        emit(s, &g->em, sp, tm, force ? "138" : "130", k >= 0 ? (size_t)k : t, TOCSIN_EV_ATTRIBUTED, NULL);
        break;
    }
    g->em.rule = NULL;
}

/* "Katz warned that Tehran would burn if Iran kept firing missiles": a fate
 * warned of for another country, on a condition its own side sets, is the
 * speaker's warning (130) to the party of the condition. Not where the
 * condition is a third party's ("warned that Ukraine would lose if Congress
 * cut aid": a forecast), nor a negated fate. */
static void warned_fate(gstate *g)
{
    if (!(g->words & SW_IF) || !(g->words & SW_WARNED))
        return; /* no if-clause or no "warned" */
    ts_sent *s = g->s;
    static const ts_lit warn[] = {LIT("warned"), LIT("warns"), LIT("threatened"), LIT("threatens")};
    for (size_t j = ts_next_bit(g->vbits, 0, s->ntok); j < s->ntok; j = ts_next_bit(g->vbits, j + 1, s->ntok)) {
        if (!g->isverb[j] || g->incond[j] || !g->v[j].fut || g->v[j].neg || g->v[j].subj < 0)
            continue;
        const vinfo *v = &g->v[j];
        const ts_mention *x = &s->m[v->subj];
        if (x->kind != M_NAME || x->resolved || strlen(x->code) < 3)
            continue; /* the fate's bearer, named */
        int obj = -1, k = warning_say(g, x->t0, &obj);
        if (k < 0 || !ts_tok_in(s, (size_t)k, warn, sizeof warn / sizeof warn[0]))
            continue;
        int sp = g->v[k].subj;
        if (sp < 0 || v->subj == sp || !s->m[sp].code[0] || s->m[sp].kind == M_UNRES || has_threat(g, sp) ||
            ts_igo_code(s->m[sp].code) || !opposed_sides(x->code, s->m[sp].code, 0))
            continue;
        int c = condition_actor(g, sp);
        if (c < 0 || strncmp(s->m[c].code, x->code, 3) || !opposed_sides(s->m[c].code, s->m[sp].code, 0))
            continue; /* the condition is the bearer's own side's */
        g->em.rule = "a fate warned of for another, on a condition its side sets: a warning to that side";
        emit(s, &g->em, sp, c, "130", (size_t)k, TOCSIN_EV_ATTRIBUTED, NULL);
        break;
    }
    g->em.rule = NULL;
}

/* "Ruto said those who torched government offices would be severely
 * punished", "the army said the militants would be pursued and punished":
 * people a speaker promises to punish are its threat at the party
 * their phrase names; else, in a story of an attack on the speaker's side,
 * at the attacker; else, told by a state of "those who" or "anyone who" did
 * violence, or of its own people ("the rioters"), in a sentence that names
 * no other country, at home (137). Not negated, not in
 * an if-clause; "would be prosecuted" is the law's course, no threat. */
static void punished_ahead(gstate *g)
{
    if (!(g->words & SW_WILL))
        return; /* no "will" or "would" */
    ts_sent *s = g->s;
    static const ts_lit people[] = {LIT("those"), LIT("anyone"), LIT("whoever"), LIT("all")};
    static const ts_lit violent[] = {LIT("attacked"), LIT("attack"), LIT("attacks"), LIT("attacking"),
                                     LIT("torched"), LIT("burned"), LIT("burnt"), LIT("looted"),
                                     LIT("stormed"), LIT("rioted"), LIT("vandalised"), LIT("vandalized"),
                                     LIT("destroyed"), LIT("damaged"), LIT("killed"), LIT("fire"),
                                     LIT("violence"), LIT("assaulted"), LIT("blocked"), LIT("sabotaged")};
    for (size_t p = 3; p < s->ntok; p++) {
        if (!TOK_IS(s, p, "punished") || g->incond[p])
            continue;
        size_t b = p - 1; /* "be", past a "-ly" adverb ("would be severely punished") or another
                             participle ("would be pursued and punished") */
        if (b > 4 && TOK_IS(s, b, "and") && (TOK_IS(s, b - 1, "down") || TOK_IS(s, b - 1, "out")))
            b--; /* "would be hunted down and punished" */
        if (b > 3 && (TOK_IS(s, b, "and") || TOK_IS(s, b, "down") || TOK_IS(s, b, "out")) &&
            ((W(s, b - 1) && (W(s, b - 1)->vform & VF_PART)) ||
             (s->tok[b - 1].len > 3 && s->tok[b - 1].cas == CASE_LOWER &&
              !strncmp(s->text + s->tok[b - 1].off + s->tok[b - 1].len - 2, "ed", 2))))
            b -= 2;
        if (b > 2 && !TOK_IS(s, b, "be") && ((s->gram[b] & G_ADV) || g->adv[b] || ly_adverb(s, b)))
            b--;
        if (!TOK_IS(s, b, "be") || !(TOK_IS(s, b - 1, "would") || TOK_IS(s, b - 1, "will")))
            continue;
        size_t w = b - 1;
        size_t a = clause_start_back(g, w); /* the people: back to "that", a saying verb or the start */
        if (a == w || TOK_IS(s, a, "any"))
            continue; /* any_act_answered's */
        int k, sp = clause_speaker(g, a, &k, NULL);
        if (sp < 0 || strlen(s->m[sp].code) < 3 || s->m[sp].kind == M_UNRES || ts_igo_code(s->m[sp].code) ||
            has_threat(g, sp))
            continue;
        const char *sc = s->m[sp].code;
        int tm = -1, home = 0;
        for (size_t q = a; q < w && tm < 0; q++) {
            int mi = s->mid[q];
            if (mi >= 0 && s->m[mi].t0 == q && mi != sp && (s->m[mi].kind == M_NAME || s->m[mi].kind == M_ADJ) &&
                opposed_sides(s->m[mi].code, sc, 0) && !is_place(s, &s->m[mi]))
                tm = mi;
        }
        if (tm < 0 && strlen(s->ctx->attacker) >= 3 && !strncmp(s->ctx->attacked, sc, 3) &&
            opposed_sides(s->ctx->attacker, sc, 0))
            tm = add_actor(s, s->ctx->attacker, 0, 0); /* the story's attacker of the speaker's side */
        int crowd = 0; /* "those who torched ...", "anyone who attacks ..." */
        for (size_t q = a + 1; q < w && !crowd && ts_tok_in(s, a, people, sizeof people / sizeof people[0]); q++)
            crowd = ts_tok_in(s, q, violent, sizeof violent / sizeof violent[0]);
        for (size_t q = a; q < w && !crowd; q++) /* "the rioters", "opposition protesters" */
            crowd = s->mid[q] >= 0 && s->m[s->mid[q]].kind == M_UNRES &&
                    (!strcmp(s->m[s->mid[q]].sector, "CVL") || !strcmp(s->m[s->mid[q]].sector, "OPP"));
        if (tm < 0 && crowd &&
            (strlen(sc) == 3 || !strcmp(sc + 3, "GOV") || !strcmp(sc + 3, "MIL") || !strcmp(sc + 3, "COP"))) {
            int other = 0; /* a sentence that names another country: no threat at home */
            for (size_t m = 0; m < s->nm && !other; m++)
                other = (s->m[m].kind == M_NAME || s->m[m].kind == M_ADJ) && strlen(s->m[m].code) >= 3 &&
                        strncmp(s->m[m].code, sc, 3);
            char cc[4] = {sc[0], sc[1], sc[2], '\0'};
            if (!other) {
                tm = add_actor(s, cc, 0, 0);
                home = 1;
            }
        }
        if (tm < 0)
            continue;
        g->em.rule = "people a speaker promises to punish: a threat at their party";
        emit(s, &g->em, sp, tm, home ? "137" : "130", k >= 0 ? (size_t)k : p, TOCSIN_EV_ATTRIBUTED, NULL);
        break;
    }
    g->em.rule = NULL;
}

#define GOES_ON_WORDS 4 /* the verb to "until", "unless" or "if": "would continue in the Red Sea until" */

/* "The Houthis warned that their attacks would continue unless Israel
 * halted the war", "Baku said the operation would not stop until the
 * separatists laid down their arms": the speaker's own force kept up until
 * another acts is its threat of force (138) at that party. Not another's
 * force ("Israeli strikes would continue until ...": a forecast), nor a
 * condition told in the passive ("until Hamas is destroyed"), nor the words
 * of an organisation (UN, NGO). */
static void hostility_goes_on(gstate *g)
{
    if (!(g->words & SW_WILL))
        return; /* no "will" or "would" */
    ts_sent *s = g->s;
    static const ts_lit on[] = {LIT("continue"), LIT("resume"), LIT("intensify"), LIT("escalate"), LIT("persist")};
    static const ts_lit stop[] = {LIT("stop"), LIT("end"), LIT("cease"), LIT("halt")};
    static const ts_lit war[] = {LIT("attack"),    LIT("attacks"),   LIT("strike"),     LIT("strikes"),
                                 LIT("airstrikes"), LIT("operation"), LIT("operations"), LIT("offensive"),
                                 LIT("war"),       LIT("fighting"),  LIT("bombing"),    LIT("bombardment"),
                                 LIT("shelling"),  LIT("raids"),     LIT("assault"),    LIT("hostilities")};
    static const ts_lit cond[] = {LIT("until"), LIT("unless"), LIT("if"), LIT("till")};
    for (size_t j = ts_next_bit(g->vbits, 0, s->ntok); j < s->ntok; j = ts_next_bit(g->vbits, j + 1, s->ntok)) {
        if (!g->isverb[j] || g->incond[j] || !g->v[j].fut || g->v[j].chain0 < 1)
            continue;
        const char *l = lemma_of(s, j);
        int goes = 0;
        for (size_t q = 0; q < sizeof on / sizeof on[0] && !goes; q++)
            goes = !g->v[j].neg && !strcmp(l, on[q].s);
        goes |= !g->v[j].neg && !strcmp(l, "go") && j + 1 < s->ntok && TOK_IS(s, j + 1, "on"); /* "would go on" */
        for (size_t q = 0; q < sizeof stop / sizeof stop[0] && !goes; q++)
            goes = g->v[j].neg && !strcmp(l, stop[q].s); /* "would not stop until" */
        if (!goes)
            continue;
        size_t w = (size_t)g->v[j].chain0;
        size_t a = clause_start_back(g, w); /* the force kept up: back to "that", a saying verb or the start */
        int force = 0;
        for (size_t q = a; q < w && !force; q++)
            force = ts_tok_in(s, q, war, sizeof war / sizeof war[0]);
        if (!force)
            continue;
        int k, sp = clause_speaker(g, a, &k, NULL);
        if (sp < 0 || strlen(s->m[sp].code) < 3 || s->m[sp].kind == M_UNRES || has_threat(g, sp) ||
            ts_igo_code(s->m[sp].code))
            continue;
        int foreign = 0; /* "Israeli strikes", "strikes by Russia": another's force */
        for (size_t q = a; q < w && !foreign; q++) {
            int mi = s->mid[q];
            foreign = mi >= 0 && s->m[mi].t0 == q && strlen(s->m[mi].code) >= 3 &&
                      strncmp(s->m[mi].code, s->m[sp].code, 3) &&
                      (s->m[mi].kind == M_ADJ || (q > 0 && TOK_IS(s, q - 1, "by")));
        }
        if (foreign)
            continue;
        size_t u = j + 1; /* "until", "unless", "if" */
        while (u < s->ntok && u < j + 1 + GOES_ON_WORDS && !ts_tok_in(s, u, cond, sizeof cond / sizeof cond[0]) &&
               !hard_boundary(s, u) && !ts_is_comma(s, u) && !g->isverb[u])
            u++;
        if (u >= s->ntok || !ts_tok_in(s, u, cond, sizeof cond / sizeof cond[0]))
            continue;
        size_t q = past_det(s, u + 1, s->ntok);
        int c = q < s->ntok ? s->mid[q] : -1;
        if (c < 0 || s->m[c].t0 != q || (s->m[c].kind != M_NAME && s->m[c].kind != M_ADJ) ||
            strlen(s->m[c].code) < 3 || !opposed_sides(s->m[c].code, s->m[sp].code, 1))
            continue;
        size_t e = s->m[c].t1; /* not "until Hamas was destroyed" */
        if (e + 1 < s->ntok && (s->gram[e] & G_BE) && W(s, e + 1) && (W(s, e + 1)->vform & VF_PART))
            continue;
        g->em.rule = "one's own force kept up until another acts: a threat of force at it";
        emit(s, &g->em, sp, c, "138", k >= 0 ? (size_t)k : j, TOCSIN_EV_ATTRIBUTED, NULL);
        break;
    }
    g->em.rule = NULL;
}

#define OR_FACE_WORDS 5 /* "face" to the threat's noun: "or face an all-out military assault" */

/* "Trump told Iran to reach a deal within two months or face military
 * action", "said Hamas must free the hostages or face an assault": a demand
 * with a penalty for refusing is also a threat (138 of force, 1312 of
 * sanctions, else 130) from
 * the one who demands to the one asked. Only after a demand (10x) the
 * sentence has coded. */
static void or_face(gstate *g)
{
    if (!(g->words & SW_OR))
        return; /* no "or" */
    ts_sent *s = g->s;
    static const ts_lit face[] = {LIT("face"), LIT("risk"), LIT("suffer"), LIT("bear")};
    static const ts_lit force[] = {LIT("military"), LIT("attack"), LIT("assault"), LIT("strikes"), LIT("force"),
                                   LIT("war"), LIT("intervention"), LIT("invasion"), LIT("bombing"),
                                   LIT("offensive"), LIT("annihilation"), LIT("destruction")};
    static const ts_lit penalty[] = {LIT("action"), LIT("consequences"), LIT("sanctions"), LIT("retaliation"),
                                     LIT("punishment"), LIT("response"), LIT("measures"), LIT("expulsion"),
                                     LIT("tariffs"), LIT("repercussions"), LIT("wrath")};
    for (size_t o = 2; o + 2 < s->ntok; o++) {
        if (!TOK_IS(s, o, "or") || !ts_tok_in(s, o + 1, face, sizeof face / sizeof face[0]))
            continue;
        int hit = 0, mil = 0, sanction = 0;
        for (size_t q = o + 2; q < s->ntok && q < o + 2 + OR_FACE_WORDS && !hit && !hard_boundary(s, q) &&
                               !ts_is_comma(s, q);
             q++) {
            mil |= ts_tok_in(s, q, force, sizeof force / sizeof force[0]);
            sanction |= TOK_IS(s, q, "sanctions") || TOK_IS(s, q, "tariffs");
            hit = mil || ts_tok_in(s, q, penalty, sizeof penalty / sizeof penalty[0]);
        }
        if (!hit)
            continue;
        const ts_raw_event *d = NULL; /* the demand before "or" */
        for (size_t e = 0; e < g->em.n && !d; e++)
            if (g->em.out[e].code[0] == '1' && g->em.out[e].code[1] == '0' && g->em.out[e].tgt[0] &&
                g->em.out[e].verb_t < o && !(g->em.out[e].flags & (TOCSIN_EV_NEGATED | TOCSIN_EV_HYPOTHETICAL)))
                d = &g->em.out[e];
        if (!d)
            continue;
        int sp = add_actor(s, d->src, 0, 0), tm = add_actor(s, d->tgt, 0, 0);
        if (sp < 0 || tm < 0 || has_threat(g, sp))
            continue;
        g->em.rule = "a demand with a penalty for refusing (\"or face military action\"): also a threat";
        emit(s, &g->em, sp, tm, mil ? "138" : sanction ? "1312" : "130", o + 1, d->flags & TOCSIN_EV_ATTRIBUTED,
             NULL);
        break;
    }
    g->em.rule = NULL;
}

#define VEILED_WORDS 7 /* "in" to "warning": "in what it called a stern warning" */

/* "Abiy said Ethiopia would humiliate any invader, in a thinly veiled
 * warning to Egypt": what the main clause says, told as a warning to a party
 * in a trailing phrase, is its speaker's (else its subject's) warning (130)
 * to that party; not where the clause has already made an event between the
 * two ("staged drills in what it called a warning to Taipei": the show of
 * force is aimed there), nor a warning to one's own people. */
static void veiled_warning(gstate *g)
{
    if (!(g->words & SW_WARNING))
        return; /* no "warning" */
    ts_sent *s = g->s;
    for (size_t w = 3; w + 2 < s->ntok; w++) {
        if (!(TOK_IS(s, w, "warning") || TOK_IS(s, w, "warnings")) || !TOK_IS(s, w + 1, "to"))
            continue;
        size_t b = w; /* back to "in" */
        while (b > 1 && b + VEILED_WORDS > w && !TOK_IS(s, b - 1, "in") && !hard_boundary(s, b - 1) &&
               !ts_is_comma(s, b - 1))
            b--;
        if (b < 2 || !TOK_IS(s, b - 1, "in"))
            continue;
        int tm = party_after(s, w + 2);
        if (tm < 0)
            continue;
        int sp = g->say_speaker;
        for (size_t k = 0; sp < 0 && k + 1 < b; k++)
            if (g->isverb[k] && g->v[k].subj >= 0 && !g->incond[k])
                sp = g->v[k].subj; /* the main clause's subject */
        if (sp < 0 || s->m[sp].kind == M_UNRES || ts_igo_code(s->m[sp].code) ||
            !opposed_sides(s->m[sp].code, s->m[tm].code, 1) || has_threat(g, sp) || has_event_between(g, sp, tm))
            continue; /* (an organisation's warning, "the IMF cut its forecast in a warning to Argentina", is advice) */
        g->em.rule = "a clause told as a warning to a party (\"in a veiled warning to X\"): the speaker's warning to it";
        emit(s, &g->em, sp, tm, "130", w, g->say_speaker >= 0 ? TOCSIN_EV_ATTRIBUTED : 0, NULL);
        break;
    }
    g->em.rule = NULL;
}

#define GRAVE_WORDS 8 /* "would" to "graveyard": "would turn southern Lebanon into a graveyard" */

/* "Hezbollah said the south would become a graveyard for Israeli soldiers",
 * "warned it would turn the corridor into a cemetery for invading troops":
 * a place promised as another's grave is the speaker's threat of force (138)
 * at the party the grave is for. Only ahead ("would", "will") and not
 * negated; a grave in the past ("became a graveyard for Soviet troops") is
 * history. */
static void graveyard_for(gstate *g)
{
    if (!(g->words & SW_WILL))
        return; /* no "will" or "would" */
    ts_sent *s = g->s;
    static const ts_lit grave[] = {LIT("graveyard"), LIT("graveyards"), LIT("cemetery"), LIT("cemeteries"),
                                   LIT("grave"), LIT("graves"), LIT("tomb")};
    for (size_t r = 3; r + 2 < s->ntok; r++) {
        if (!ts_tok_in(s, r, grave, sizeof grave / sizeof grave[0]) || !TOK_IS(s, r + 1, "for"))
            continue;
        size_t w = r; /* back to "would" or "will", with no negation or boundary between */
        int neg = 0;
        while (w > 0 && w + GRAVE_WORDS > r && !TOK_IS(s, w - 1, "would") && !TOK_IS(s, w - 1, "will") &&
               !hard_boundary(s, w - 1) && !ts_is_comma(s, w - 1))
            neg |= (s->gram[--w] & G_NEG) != 0;
        if (w == 0 || w + GRAVE_WORDS <= r || neg || g->incond[w - 1] || (s->gram[w] & G_NEG))
            continue;
        w--;
        int tm = party_after(s, r + 2);
        if (tm < 0 || strlen(s->m[tm].code) != 6 ||
            (strcmp(s->m[tm].code + 3, "MIL") && strcmp(s->m[tm].code + 3, "REB")))
            continue; /* a grave for soldiers or fighters, not "for Tunisian migrants" */
        size_t a = clause_start_back(g, w); /* the clause's start: back to "that", a comma, a saying verb or the start */
        int k, sp = clause_speaker(g, a, &k, NULL);
        if (sp < 0 && k < 0 && w + 1 < s->ntok && g->isverb[w + 1] && g->v[w + 1].subj >= 0 &&
            s->m[g->v[w + 1].subj].kind == M_NAME)
            sp = g->v[w + 1].subj; /* "Hezbollah will turn the south into a graveyard for ..." */
        if (sp < 0 || !s->m[sp].code[0] || s->m[sp].kind == M_UNRES || ts_igo_code(s->m[sp].code) ||
            !opposed_sides(s->m[sp].code, s->m[tm].code, 0) || has_threat(g, sp))
            continue;
        g->em.rule = "a place promised as another's graveyard: a threat of force at it";
        emit(s, &g->em, sp, tm, "138", k >= 0 ? (size_t)k : r, k >= 0 ? TOCSIN_EV_ATTRIBUTED : 0, NULL);
        break;
    }
    g->em.rule = NULL;
}

/* "Iran said its response to any Israeli aggression would be swift and
 * decisive", "'Our retaliation will be crushing,' the minister said": the
 * speaker's own answer foretold is a threat (130; 138 when crushing or
 * overwhelming) at the party of the act it answers, else the if-clause's,
 * the party told, or the story's other party. */
static void response_foretold(gstate *g)
{
    if (!(g->words & SW_RESP) || !(g->words & SW_WILL))
        return; /* no answer noun, or no "will" or "would" */
    ts_sent *s = g->s;
    static const ts_lit resp[] = {LIT("response"), LIT("retaliation"), LIT("reply"), LIT("revenge")};
    static const ts_lit own[] = {LIT("its"), LIT("their"), LIT("our"), LIT("his"), LIT("her"), LIT("Our"),
                                 LIT("Its"), LIT("Their")};
    static const ts_lit harsh[] = {LIT("swift"),     LIT("harsh"),     LIT("decisive"),  LIT("crushing"),
                                   LIT("severe"),    LIT("strong"),    LIT("firm"),      LIT("forceful"),
                                   LIT("devastating"), LIT("painful"), LIT("immediate"), LIT("resolute"),
                                   LIT("overwhelming"), LIT("tough"),  LIT("fierce"),    LIT("merciless")};
    static const ts_lit force[] = {LIT("crushing"), LIT("devastating"), LIT("overwhelming"), LIT("merciless")};
    for (size_t r = 1; r + 3 < s->ntok; r++) {
        if (!ts_tok_in(s, r, resp, sizeof resp / sizeof resp[0]) || !ts_tok_in(s, r - 1, own, sizeof own / sizeof own[0]) ||
            g->incond[r])
            continue;
        size_t e = r + 1; /* the act answered: "to any Israeli aggression", up to "will" or "would" */
        while (e < s->ntok && e < r + ANY_ACT_WORDS && !TOK_IS(s, e, "will") && !TOK_IS(s, e, "would") &&
               !ts_is_comma(s, e) && !hard_boundary(s, e) && !g->isverb[e])
            e++;
        if (e + 2 >= s->ntok || !(TOK_IS(s, e, "will") || TOK_IS(s, e, "would")) || !TOK_IS(s, e + 1, "be"))
            continue;
        int hit = 0, forceful = 0;
        for (size_t q = e + 2; q < s->ntok && q < e + 2 + RESPONSE_ADJ_WORDS && !hard_boundary(s, q); q++) {
            hit |= ts_tok_in(s, q, harsh, sizeof harsh / sizeof harsh[0]);
            forceful |= ts_tok_in(s, q, force, sizeof force / sizeof force[0]);
        }
        if (!hit)
            continue; /* "its response would be measured": no threat said */
        int sp = -1, obj = -1, k = -1;
        if (g->late_speaker >= 0 && r < g->late_at)
            sp = g->late_speaker; /* "'Our response will be crushing,' the minister said" */
        else if ((k = warning_say(g, r - 1, &obj)) >= 0)
            sp = g->v[k].subj;
        if (sp < 0 || !s->m[sp].code[0] || has_threat(g, sp))
            continue;
        int tgt = act_party(g, r + 1, e, sp);
        if (tgt < 0)
            tgt = condition_actor(g, sp);
        if (tgt < 0)
            tgt = obj;
        if (tgt < 0)
            tgt = story_threatened(s, sp);
        if (tgt < 0 || !s->m[tgt].code[0] || !strncmp(s->m[tgt].code, s->m[sp].code, 3))
            continue;
        g->em.rule = "the speaker's own answer foretold as harsh: a threat at the party it answers";
        emit(s, &g->em, sp, tgt, forceful ? "138" : "130", k >= 0 ? (size_t)k : e, TOCSIN_EV_ATTRIBUTED, NULL);
        break;
    }
    g->em.rule = NULL;
}

/* "Russia and Ukraine held talks in Istanbul, hosted by Turkey": a
 * participle after a comma with its "by" describes the talks; the subject's
 * parties host nobody (no 042 / 043 among them: the host's mediation is
 * nominal_mediator's). Drops such visits that do not involve the host. */
static void hosted_by_apposition(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit hosted[] = {LIT("hosted"), LIT("sponsored"), LIT("organised"), LIT("organized"),
                                    LIT("convened")};
    size_t k2 = 0;
    for (size_t e = 0; e < g->em.n; e++) {
        const ts_raw_event *ev = &g->em.out[e];
        size_t j = ev->verb_t;
        int drop = (!strncmp(ev->code, "042", 3) || !strncmp(ev->code, "043", 3)) && j >= 1 && j + 2 < s->ntok &&
                   ts_is_comma(s, j - 1) && TOK_IS(s, j + 1, "by") && ts_tok_in(s, j, hosted, 5);
        if (drop) { /* the host after "by" hosting, or visited, stays: "Netanyahu, hosted by Sisi, ..." */
            size_t a = past_det(s, j + 2, s->ntok);
            int agent = a < s->ntok ? s->mid[a] : -1;
            int sm = ev->src_t0 < s->ntok ? s->mid[ev->src_t0] : -1;
            int tm = ev->tgt_t1 > ev->tgt_t0 && ev->tgt_t0 < s->ntok ? s->mid[ev->tgt_t0] : -1;
            drop = agent < 0 || (sm != agent && tm != agent);
        }
        if (!drop)
            g->em.out[k2++] = *ev;
    }
    g->em.n = k2;
}

#define HOST_REL_WORDS 4 /* from "hosted" to the talks: "which hosted the latest round of talks" */

/* "Qatar, which hosted the talks, said Israel and Hamas had agreed to extend
 * the truce", "Oman's foreign minister, who mediated the negotiations,
 * announced that Iran and the US would meet again": the host or broker a
 * relative clause names mediates (045) between the two parties of the joint
 * act the sentence codes (a symmetric 03, 04, 05 or 08 event of two others). */
static void relative_host_mediates(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit hosted[] = {LIT("hosted"), LIT("mediated"), LIT("brokered"), LIT("facilitated"),
                                    LIT("convened"), LIT("hosts"), LIT("mediates")};
    if (!(g->words & SW_BROKER) && !(g->gram_any & G_REL))
        return;
    int med = -1;
    size_t at = 0;
    for (size_t k = 2; k + 1 < s->ntok && med < 0; k++) {
        if (!(TOK_IS(s, k, "who") || TOK_IS(s, k, "which")) || !ts_is_comma(s, k - 1) ||
            !ts_tok_in(s, k + 1, hosted, sizeof hosted / sizeof hosted[0]))
            continue;
        int talks = 0;
        for (size_t q = k + 2; q < s->ntok && q <= k + 1 + HOST_REL_WORDS && !talks; q++) {
            if (s->mid[q] >= 0 || s->tok[q].kind != TK_WORD)
                break;
            talks = ts_in_class(s->d, W(s, q), CL_TALK) || ts_in_class(s->d, W(s, q), CL_MEETING);
        }
        int x = s->mid[k - 2];
        if (talks && x >= 0 && (s->m[x].kind == M_NAME || s->m[x].kind == M_ADJ) && strlen(s->m[x].code) >= 3) {
            med = x;
            at = k + 1;
        }
    }
    if (med < 0)
        return;
    int parties[2] = {-1, -1};
    for (size_t e = 0; e < g->em.n; e++) {
        const ts_raw_event *ev = &g->em.out[e];
        if (!strncmp(ev->code, "045", 3))
            return; /* coded already */
        if (!(ev->flags & TOCSIN_EV_SYMMETRIC) || !(ev->code[0] == '0' && ev->code[1] && strchr("3458", ev->code[1])))
            continue;
        int a = ev->src_t1 > ev->src_t0 && ev->src_t0 < s->ntok ? s->mid[ev->src_t0] : -1;
        int b = ev->tgt_t1 > ev->tgt_t0 && ev->tgt_t0 < s->ntok ? s->mid[ev->tgt_t0] : -1;
        if (a >= 0 && b >= 0 && parties[0] < 0) {
            parties[0] = a;
            parties[1] = b;
        }
    }
    if (parties[0] < 0)
        return;
    emit_mediators(g, &med, 1, parties, 2, at, 0, "the host or broker of the talks a relative clause names mediates between the parties of the joint act");
    g->em.rule = NULL;
}

#define TRUCE_PARTIES 6 /* parties of one announced truce read */

/* Does the phrase that opens at b name companions or the two sides of a
 * third party's act: "between A and B", "alongside / beside A and B",
 * "flanked by / joined by / together with the leaders of A and B"? */
static int sides_opener(const ts_sent *s, size_t b)
{
    if (b < 1)
        return 0;
    if (TOK_IS(s, b - 1, "between") || TOK_IS(s, b - 1, "alongside") || TOK_IS(s, b - 1, "beside"))
        return 1;
    return b >= 2 && ((TOK_IS(s, b - 1, "by") && (TOK_IS(s, b - 2, "flanked") || TOK_IS(s, b - 2, "joined"))) ||
                      (TOK_IS(s, b - 1, "with") && TOK_IS(s, b - 2, "together")));
}

/* "Malaysia's prime minister, who hosted the talks, announced the ceasefire
 * flanked by the leaders of Thailand and Cambodia", "Trump announced a
 * ceasefire between Israel and Iran": a truce a third party announces,
 * between two others or beside them, is theirs with each other (0871 both
 * ways), and the announcer mediates with each (045), not the announcer's
 * truce with both. Only for two or more sides of other countries than the
 * announcer's; "Thailand announced a ceasefire with Cambodia" stays its own. */
static void announced_truce_between(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit announce[] = {LIT("announce"), LIT("declare"), LIT("unveil")};
    int truce = 0; /* no truce coded: nothing to move (most sentences) */
    for (size_t e = 0; e < g->em.n && !truce; e++)
        truce = !strcmp(g->em.out[e].code, "0871");
    if (!truce)
        return;
    for (size_t j = ts_next_bit(g->vbits, 0, s->ntok); j < s->ntok; j = ts_next_bit(g->vbits, j + 1, s->ntok)) {
        if (!g->v[j].coded || !lemma_in(s, ts_w(s, j), announce, 3))
            continue;
        int src = -1, sides[TRUCE_PARTIES];
        size_t ns = 0, first = s->ntok;
        int ok = 1;
        for (size_t e = 0; e < g->em.n && ok; e++) {
            const ts_raw_event *ev = &g->em.out[e];
            if (ev->verb_t != j)
                continue;
            if (strcmp(ev->code, "0871") || (ev->flags & (TOCSIN_EV_NEGATED | TOCSIN_EV_HYPOTHETICAL))) {
                ok = 0;
                break;
            }
            if (ev->flags & TOCSIN_EV_SYMMETRIC)
                continue;
            int sm = ev->src_t0 < s->ntok ? s->mid[ev->src_t0] : -1;
            int tm = ev->tgt_t1 > ev->tgt_t0 && ev->tgt_t0 < s->ntok ? s->mid[ev->tgt_t0] : -1;
            if (sm < 0 || tm < 0 || (src >= 0 && sm != src) || ns >= TRUCE_PARTIES)
                ok = 0;
            else {
                src = sm;
                sides[ns++] = tm;
                if (ev->tgt_t0 < first)
                    first = ev->tgt_t0;
            }
        }
        if (!ok || ns < 2 || !sides_opener(s, np_start(s, first)))
            continue;
        for (size_t a = 0; a < ns && ok; a++) {
            ok = strlen(s->m[sides[a]].code) >= 3 && strncmp(s->m[sides[a]].code, s->m[src].code, 3);
            for (size_t b = 0; b < a && ok; b++)
                ok = strncmp(s->m[sides[a]].code, s->m[sides[b]].code, 3);
        }
        if (!ok)
            continue;
        size_t k2 = 0;
        for (size_t e = 0; e < g->em.n; e++)
            if (g->em.out[e].verb_t != j)
                g->em.out[k2++] = g->em.out[e];
        g->em.n = k2;
        g->em.rule = "a truce a third party announces between or beside two sides: theirs, and its mediation";
        for (size_t a = 0; a < ns; a++) {
            emit(s, &g->em, src, sides[a], "045", j, 0, NULL);
            for (size_t b = 0; b < ns; b++)
                if (b != a)
                    emit(s, &g->em, sides[a], sides[b], "0871", j, b < a ? TOCSIN_EV_SYMMETRIC : 0, NULL);
        }
        g->em.rule = NULL;
    }
}

#define JOINT_PARTIES 6 /* parties of one joint statement read */

/* "In a joint declaration, Greece and Turkey said they would keep channels
 * of communication open", "Kenya and Tanzania said in a joint communique
 * that they would work together", "In a joint statement, the two leaders
 * said ..." (the story's pair): what the parties of a joint statement say
 * they will do, when it codes nothing of its own, is their intent to
 * cooperate with each other (030, both ways). Not when the statement names
 * a third party (it is about that party: "said they would not accept
 * Russia's annexation"), nor a negated, hedged or conditional saying. */
static void joint_statement_intent(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit doc[] = {LIT("statement"), LIT("declaration"), LIT("communique")};
    static const ts_lit pairn[] = {LIT("sides"), LIT("leaders"), LIT("countries"), LIT("governments"),
                                   LIT("neighbours"), LIT("neighbors"), LIT("presidents"), LIT("ministers")};
    if (g->em.n || !(g->gram_any & G_SAY) || !(g->words & SW_JOINT))
        return;
    size_t jt = 0;
    for (size_t k = 1; k + 1 < s->ntok && !jt; k++)
        if (TOK_IS(s, k, "joint") && ts_tok_in(s, k + 1, doc, 3) &&
            (TOK_IS(s, k - 1, "in") || (k >= 2 && TOK_IS(s, k - 2, "in") && (s->gram[k - 1] & G_DET))))
            jt = k;
    if (!jt)
        return;
    for (size_t j = ts_next_bit(g->vbits, 0, s->ntok); j < s->ntok; j = ts_next_bit(g->vbits, j + 1, s->ntok)) {
        const vinfo *v = &g->v[j];
        const ts_word *w = W(s, j);
        if (!w || !(w->gram & G_SAY) || v->kind != V_FINITE || v->neg || v->modal || v->hedge || v->cond ||
            g->incond[j] || v->gov != GOV_NONE)
            continue;
        int parties[JOINT_PARTIES];
        size_t np = v->subj >= 0 ? group_of(s, v->subj, parties, JOINT_PARTIES) : 0;
        if (np < 2 && j >= 2 && ts_tok_in(s, j - 1, pairn, sizeof pairn / sizeof pairn[0]) &&
            (TOK_IS(s, j - 2, "two") || TOK_IS(s, j - 2, "both")))
            np = story_pair(s, parties) ? 2 : 0; /* "the two leaders said" */
        if (np < 2)
            return;
        size_t e = j + 1; /* what is said: to the sentence's end, no third party and no negation */
        int fut = 0;
        for (; e < s->ntok && !hard_boundary(s, e); e++) {
            int mk = s->mid[e];
            if (mk >= 0 && s->m[mk].code[0] && s->m[mk].group != s->m[parties[0]].group &&
                !(s->m[mk].kind == M_PRON))
                return; /* "said they would not accept Russia's annexation" */
            if (s->gram[e] & G_NEG)
                return;
            fut |= (s->gram[e] & G_FUT) || TOK_IS(s, e, "would") || TOK_IS(s, e, "will");
        }
        if (!fut)
            return;
        for (size_t a = 0; a < np; a++)
            if (strlen(s->m[parties[a]].code) < 3)
                return;
        g->em.rule = "a joint statement of what its parties will do: their intent to cooperate with each other";
        for (size_t a = 0; a < np; a++)
            for (size_t b = 0; b < np; b++)
                if (a != b && strncmp(s->m[parties[a]].code, s->m[parties[b]].code, 3))
                    emit(s, &g->em, parties[a], parties[b], "030", j,
                         TOCSIN_EV_INTENT | (b < a ? TOCSIN_EV_SYMMETRIC : 0), NULL);
        g->em.rule = NULL;
        return;
    }
}

/* Drops the consultation events (04x; with talks_only, the mediation and
 * negotiation ones, 045 and 046, not a visit) whose verb lies in [a, b),
 * the span of told background. */
static void drop_consult_in(gstate *g, size_t a, size_t b, int talks_only)
{
    size_t k2 = 0;
    for (size_t e = 0; e < g->em.n; e++) {
        const ts_raw_event *ev = &g->em.out[e];
        if (ev->verb_t >= a && ev->verb_t < b && !strncmp(ev->code, "04", 2) &&
            (!talks_only || ev->code[2] == '5' || ev->code[2] == '6'))
            continue;
        g->em.out[k2++] = g->em.out[e];
    }
    g->em.n = k2;
}

/* Talks told as background, not as held now: the consultation and mediation
 * a sentence tells of them are not coded.
 * - Talks, a meeting or a deal that stalled or was called off, cancelled or
 *   postponed, or that broke down, collapsed, faltered or foundered at no
 *   day named ("Peace talks mediated by Qatar and Egypt broke down last
 *   year", "The talks, brokered by Cairo, have stalled", "A summit between
 *   the two leaders was called off"): what the subject phrase tells of their
 *   hosts and parties. A collapse on a weekday is news of talks just held
 *   and stays.
 * - Talks whose noun is told as failed, frozen, planned or of a past year
 *   ("the failed talks between Serbia and Kosovo", "the 2019 summit between
 *   ...").
 * - A relative clause that marks its talks or mediation as past ("Oman,
 *   which hosted earlier rounds of talks between the two", "which has long
 *   mediated between ...", "which brokered the 2016 deal"): its mediation
 *   and negotiation (045, 046); a past visit is still told ("who visited
 *   India last year"). */
static void background_talks(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit fail[] = {LIT("stalled"), LIT("stalls"), LIT("collapsed"), LIT("collapses"),
                                  LIT("faltered"), LIT("foundered"), LIT("unravelled"), LIT("unraveled"),
                                  LIT("broke"), LIT("broken")};
    static const ts_lit off[] = {LIT("cancelled"), LIT("canceled"), LIT("postponed"), LIT("scrapped"),
                                 LIT("shelved"), LIT("called"), LIT("put")};
    static const ts_lit deal[] = {LIT("deal"), LIT("truce"), LIT("ceasefire"), LIT("agreement"), LIT("accord"),
                                  LIT("process")};
    static const ts_lit day[] = {LIT("monday"), LIT("tuesday"), LIT("wednesday"), LIT("thursday"),
                                 LIT("friday"), LIT("saturday"), LIT("sunday"), LIT("today"), LIT("overnight"),
                                 LIT("yesterday")};
    static const ts_lit past[] = {LIT("earlier"), LIT("previous"), LIT("past"), LIT("prior"), LIT("former"),
                                  LIT("long"), LIT("once")}; /* not "last": "which hosted talks last week" is news */
    static const ts_lit failed[] = {LIT("failed"), LIT("stalled"), LIT("collapsed"), LIT("aborted"), LIT("abortive"),
                                    LIT("frozen"), LIT("moribund"), LIT("deadlocked"), LIT("cancelled"),
                                    LIT("canceled"), LIT("postponed"), LIT("planned"), LIT("proposed")};
    int any = 0;
    for (size_t e = 0; e < g->em.n && !any; e++)
        any = !strncmp(g->em.out[e].code, "04", 2);
    if (!any)
        return;
    for (size_t j = 1; j < s->ntok; j++) {
        /* the verb of breakdown, finite (a word the lexicon need not know:
           its forms are listed): "collapsed", "have stalled", "broke down";
           not "the stalled talks", "did not collapse", "a collapse" */
        if (s->tok[j].kind != TK_WORD || s->tok[j].cas != CASE_LOWER || s->mid[j] >= 0)
            continue;
        int called = ts_tok_in(s, j, off, sizeof off / sizeof off[0]);
        if (!called && !ts_tok_in(s, j, fail, sizeof fail / sizeof fail[0]))
            continue;
        if ((s->gram[j - 1] & (G_DET | G_NEG | G_PREP)) || (j >= 2 && (s->gram[j - 2] & G_NEG)))
            continue;
        if (called && (!(s->gram[j - 1] & G_BE) || ((TOK_IS(s, j, "called") || TOK_IS(s, j, "put")) &&
                                                    (j + 1 >= s->ntok || !TOK_IS(s, j + 1, "off")))))
            continue; /* "was called off", "were postponed": never held; not "the summit, postponed from March," */
        if (!called && ts_tok_in(s, j, fail + 8, 2) && (j + 1 >= s->ntok || !TOK_IS(s, j + 1, "down")))
            continue;
        if (!called && !ts_tok_in(s, j, fail, 2)) {
            int today = 0; /* "collapsed on Monday": just held; stalled talks are not held at all */
            for (size_t q = j + 1; q < s->ntok && !hard_boundary(s, q) && !today; q++)
                today = ts_tok_in(s, q, day, sizeof day / sizeof day[0]);
            if (today)
                continue;
        }
        size_t a = j; /* the subject phrase: back to the clause's start, over a participle of its agent */
        while (a > 0 && !hard_boundary(s, a - 1) &&
               !(g->isverb[a - 1] && g->v[a - 1].kind == V_FINITE && !TOK_IS(s, a, "by")))
            a--;
        size_t h = a; /* its head: the first noun of talks or a deal */
        while (h < j && (s->gram[h] & G_DET) && s->mid[h] < 0)
            h++;
        int talks = 0;
        for (size_t q = h; q < j && q < h + 3 && !talks; q++)
            talks = ts_in_class(s->d, W(s, q), CL_TALK) || ts_in_class(s->d, W(s, q), CL_MEETING) ||
                    ts_tok_in(s, q, deal, sizeof deal / sizeof deal[0]);
        if (talks)
            drop_consult_in(g, a, j, 0);
    }
    int year = 0; /* the story's year, when known */
    if (s->ctx->date != DAY_MIN) {
        int mo, d;
        tocsin_civil_from_days(s->ctx->date, &year, &mo, &d);
    }
    for (size_t k = 1; k + 1 < s->ntok; k++) {
        /* "the failed talks between ...", "the 2019 summit between ...": talks
           told as past by a word or year before their noun */
        int gone = ts_tok_in(s, k, failed, sizeof failed / sizeof failed[0]) && s->tok[k].cas == CASE_LOWER;
        if (!gone && year && s->tok[k].kind == TK_NUM && s->tok[k].len == 4) {
            const char *p = s->text + s->tok[k].off;
            int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
            gone = y >= 1900 && y < year;
        }
        if (!gone || !(s->gram[k - 1] & G_DET))
            continue;
        for (size_t q = k + 1; q < s->ntok && q <= k + 2; q++)
            if (ts_in_class(s->d, W(s, q), CL_TALK) || ts_in_class(s->d, W(s, q), CL_MEETING)) {
                drop_consult_in(g, k, q + 1, 0);
                break;
            }
    }
    for (size_t k = 1; k + 1 < s->ntok; k++) {
        if (!ts_is_comma(s, k - 1) || !(TOK_IS(s, k, "which") || TOK_IS(s, k, "who")))
            continue;
        size_t b = k + 1;
        int old = 0;
        for (; b < s->ntok && !ts_is_comma(s, b) && !hard_boundary(s, b); b++)
            old |= ts_tok_in(s, b, past, sizeof past / sizeof past[0]) ||
                   (s->tok[b].kind == TK_NUM && s->tok[b].len == 4 && year_number(s, b));
        if (old)
            drop_consult_in(g, k, b, 1);
        k = b;
    }
}

#define DEAL_PARTIES 6 /* announcers, and sides, of one deal read */

/* "Egypt, Qatar and the United States announced a ceasefire deal between
 * Israel and Hamas": a deal that third parties announce between two others
 * is the two sides' agreement (057 both ways), and the announcers mediate
 * with each side (045); they signed nothing with each other or with the
 * sides (as announced_truce_between does for a truce). */
static void announced_deal_between(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit announce[] = {LIT("announce"), LIT("unveil")};
    int deal = 0; /* no agreement coded: nothing to move (most sentences) */
    for (size_t e = 0; e < g->em.n && !deal; e++)
        deal = !strcmp(g->em.out[e].code, "057");
    if (!deal)
        return;
    for (size_t j = ts_next_bit(g->vbits, 0, s->ntok); j < s->ntok; j = ts_next_bit(g->vbits, j + 1, s->ntok)) {
        const vinfo *v = &g->v[j];
        if (!v->coded || v->subj < 0 || v->neg || !lemma_in(s, ts_w(s, j), announce, 2))
            continue;
        size_t q = j + 1; /* "between" in the object: "a ceasefire deal between" */
        while (q < s->ntok && q <= j + 6 && !hard_boundary(s, q) && s->mid[q] < 0 && !TOK_IS(s, q, "between"))
            q++;
        if (q >= s->ntok || !TOK_IS(s, q, "between"))
            continue;
        size_t r = past_det(s, q + 1, s->ntok);
        if (r >= s->ntok || s->mid[r] < 0)
            continue;
        int meds[DEAL_PARTIES], sides[DEAL_PARTIES];
        size_t nm = group_of(s, v->subj, meds, DEAL_PARTIES), ns = group_of(s, s->mid[r], sides, DEAL_PARTIES);
        if (nm < 1 || ns < 2)
            continue;
        int ok = 1;
        for (size_t a = 0; a < nm && ok; a++)
            for (size_t b = 0; b < ns && ok; b++)
                ok = strlen(s->m[sides[b]].code) >= 3 && strncmp(s->m[meds[a]].code, s->m[sides[b]].code, 3);
        if (!ok)
            continue;
        size_t k2 = 0;
        for (size_t e = 0; e < g->em.n; e++) {
            const ts_raw_event *ev = &g->em.out[e];
            int sm = ev->src_t0 < s->ntok ? s->mid[ev->src_t0] : -1;
            int tm = ev->tgt_t1 > ev->tgt_t0 && ev->tgt_t0 < s->ntok ? s->mid[ev->tgt_t0] : -1;
            int mine = 0;
            for (size_t a = 0; a < nm; a++)
                mine |= sm == meds[a] || tm == meds[a];
            if (ev->verb_t == j && !strcmp(ev->code, "057") && mine)
                continue;
            g->em.out[k2++] = g->em.out[e];
        }
        g->em.n = k2;
        g->em.rule = "a deal third parties announce between two sides: theirs, and its mediation";
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < ns; b++)
                if (a != b && strcmp(s->m[sides[a]].code, s->m[sides[b]].code))
                    emit(s, &g->em, sides[a], sides[b], "057", j, b < a ? TOCSIN_EV_SYMMETRIC : 0, NULL);
        emit_mediators(g, meds, nm, sides, ns, j, 0, g->em.rule);
        g->em.rule = NULL;
        return;
    }
}

#define GO_PARTIES 6 /* parties of talks a go-between shuttles between */

/* "Iran and the United States held indirect talks in Muscat, with Omani
 * Foreign Minister Badr Albusaidi shuttling between the two delegations",
 * "..., with Qatar relaying messages": the party of an absolute "with X
 * -ing" is the go-between of the talks the clause tells, not their party:
 * it mediates (045) with each party, and meets none of them itself. */
static void with_go_between(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit going[] = {LIT("relaying"), LIT("passing"), LIT("ferrying"), LIT("carrying"),
                                   LIT("shuttling"), LIT("mediating"), LIT("chairing"), LIT("hosting"),
                                   LIT("facilitating")};
    int talks = 0; /* no consultation coded: no go-between to find (most sentences) */
    for (size_t e = 0; e < g->em.n && !talks; e++)
        talks = !strncmp(g->em.out[e].code, "04", 2);
    if (!talks)
        return;
    for (size_t k = 1; k + 2 < s->ntok; k++) {
        if (!TOK_IS(s, k, "with"))
            continue;
        size_t r = past_det(s, k + 1, s->ntok);
        if (r >= s->ntok || s->mid[r] < 0 || (size_t)s->m[s->mid[r]].t0 != r)
            continue;
        int x = s->mid[r];
        size_t t1 = (size_t)s->m[x].t1;
        if (t1 >= s->ntok || strlen(s->m[x].code) < 3 || !ts_tok_in(s, t1, going, sizeof going / sizeof going[0]))
            continue;
        if (!ts_tok_in(s, t1, going + 4, 5) &&
            !(t1 + 1 < s->ntok && (TOK_IS(s, t1 + 1, "messages") || TOK_IS(s, t1 + 1, "proposals"))))
            continue; /* "relaying messages", not "carrying weapons" */
        int parties[GO_PARTIES];
        size_t np = 0, at = 0;
        for (size_t e = 0; e < g->em.n; e++) { /* the talks before it: their parties, the go-between aside */
            const ts_raw_event *ev = &g->em.out[e];
            if (ev->verb_t >= k || strncmp(ev->code, "04", 2) || !(ev->flags & TOCSIN_EV_SYMMETRIC))
                continue;
            int sm = ev->src_t0 < s->ntok ? s->mid[ev->src_t0] : -1;
            int tm = ev->tgt_t1 > ev->tgt_t0 && ev->tgt_t0 < s->ntok ? s->mid[ev->tgt_t0] : -1;
            int pm[2] = {sm, tm};
            for (size_t a = 0; a < 2; a++) {
                int dup = pm[a] < 0 || pm[a] == x || !strncmp(s->m[pm[a]].code, s->m[x].code, 3);
                for (size_t b = 0; b < np && !dup; b++)
                    dup = parties[b] == pm[a];
                if (!dup && np < GO_PARTIES)
                    parties[np++] = pm[a];
            }
            at = ev->verb_t;
        }
        if (np < 2)
            return;
        size_t k2 = 0;
        int kept = 0; /* the parties' talks with each other kept */
        char code[8] = "";
        for (size_t e = 0; e < g->em.n; e++) {
            const ts_raw_event *ev = &g->em.out[e];
            int sm = ev->src_t0 < s->ntok ? s->mid[ev->src_t0] : -1;
            int tm = ev->tgt_t1 > ev->tgt_t0 && ev->tgt_t0 < s->ntok ? s->mid[ev->tgt_t0] : -1;
            int mine = sm == x || tm == x || !strncmp(ev->src, s->m[x].code, 3) || !strncmp(ev->tgt, s->m[x].code, 3);
            if (ev->verb_t < k && !strncmp(ev->code, "04", 2) && mine) {
                copy_code(code, ev->code, sizeof code);
                continue;
            }
            if (mine && ev->verb_t == t1)
                continue; /* "shuttling between the two delegations": with each party below */
            kept |= ev->verb_t < k && !strncmp(ev->code, "04", 2);
            g->em.out[k2++] = g->em.out[e];
        }
        g->em.n = k2;
        if (!kept && code[0]) /* "Sudan's army and the RSF held talks, with Saudi officials relaying ..." */
            for (size_t a = 0; a < np; a++)
                for (size_t b = 0; b < np; b++)
                    if (a != b)
                        emit(s, &g->em, parties[a], parties[b], code, at, b < a ? TOCSIN_EV_SYMMETRIC : 0, NULL);
        emit_mediators(g, &x, 1, parties, np, at, 0, "the party of an absolute \"with X shuttling\" is the go-between of the talks");
        g->em.rule = NULL;
        return;
    }
}

#define CONF_PARTIES 6 /* parties of one joint news conference read */

/* "Ruto announced the deal at a joint news conference with Tanzania's
 * president", "Macron said at a joint press conference with Scholz that ...",
 * "Lula and Petro told a joint news briefing ...", "At a joint press
 * conference with Kenya's president, Museveni pledged ...": the parties of a joint
 * news conference met (040, both ways); what the speaker announces there is
 * not an act with the one beside him (the deal announced is no signing with
 * him). The speaker's other acts (praise of a third party) stay. Only a
 * finite, affirmed, factual verb of the clause before the phrase. */
static void joint_conference_meeting(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit press[] = {LIT("news"), LIT("press")};
    static const ts_lit conf[] = {LIT("conference"), LIT("briefing"), LIT("appearance")};
    if (!(g->words & SW_JOINT))
        return;
    size_t k = 1, c = 0;
    for (; k + 1 < s->ntok && !c; k++)
        if (TOK_IS(s, k, "joint")) {
            size_t q = k + 1;
            if (ts_tok_in(s, q, press, 2))
                q++;
            if (q < s->ntok && ts_tok_in(s, q, conf, 3))
                c = q;
        }
    if (!c)
        return;
    k--; /* "joint" */
    int comp = -1; /* "with <party>", over a place or time between */
    for (size_t q = c + 1; q + 1 < s->ntok && q <= c + 5 && !hard_boundary(s, q); q++) {
        if (TOK_IS(s, q, "with")) {
            size_t r = q + 1;
            while (r < s->ntok && (s->gram[r] & G_DET) && s->mid[r] < 0)
                r++;
            if (r < s->ntok && s->mid[r] >= 0 && s->m[s->mid[r]].t0 == r)
                comp = s->mid[r];
            break;
        }
        if (s->mid[q] >= 0 && !is_place(s, &s->m[s->mid[q]]))
            break;
    }
    size_t j = s->ntok; /* the clause's finite verb before the phrase */
    for (size_t q = k; q-- > 0;) {
        if (hard_boundary(s, q))
            break;
        if (g->isverb[q] && g->v[q].kind == V_FINITE) {
            j = q;
            break;
        }
    }
    for (size_t q = c + 1; j >= s->ntok && q < s->ntok && !hard_boundary(s, q); q++)
        if (g->isverb[q] && g->v[q].kind == V_FINITE)
            j = q; /* the phrase opens the sentence: "At a joint news conference with Sharif, Erdogan said" */
    if (j >= s->ntok)
        return;
    const vinfo *v = &g->v[j];
    if (v->subj < 0 || v->neg || v->modal || v->fut || v->hedge || v->cond || v->passive || g->incond[j] ||
        v->gov != GOV_NONE)
        return;
    int sides[CONF_PARTIES], with[CONF_PARTIES];
    size_t ns = group_of(s, v->subj, sides, CONF_PARTIES);
    size_t nw = comp >= 0 ? group_of(s, comp, with, CONF_PARTIES) : 0;
    if (ns < 1 || (nw < 1 && ns < 2))
        return;
    for (size_t a = 0; a < ns; a++)
        for (size_t b = 0; b < nw; b++)
            if (s->m[sides[a]].group == s->m[with[b]].group || strlen(s->m[with[b]].code) < 3)
                return;
    if (nw) { /* the speaker's act with the one beside him is the meeting, no more */
        int wg = s->m[comp].group;
        size_t k2 = 0;
        for (size_t e = 0; e < g->em.n; e++) {
            const ts_raw_event *ev = &g->em.out[e];
            int sm = ev->src_t1 > ev->src_t0 && ev->src_t0 < s->ntok ? s->mid[ev->src_t0] : -1;
            int tm = ev->tgt_t1 > ev->tgt_t0 && ev->tgt_t0 < s->ntok ? s->mid[ev->tgt_t0] : -1;
            if (ev->verb_t == j && strncmp(ev->code, "04", 2) &&
                ((sm >= 0 && s->m[sm].group == wg) || (tm >= 0 && s->m[tm].group == wg)))
                continue;
            g->em.out[k2++] = g->em.out[e];
        }
        g->em.n = k2;
    }
    g->em.rule = "the parties of a joint news conference met";
    if (nw) {
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < nw; b++) {
                emit(s, &g->em, sides[a], with[b], "040", j, 0, NULL);
                emit(s, &g->em, with[b], sides[a], "040", j, TOCSIN_EV_SYMMETRIC, NULL);
            }
    } else {
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < ns; b++)
                if (a != b && strncmp(s->m[sides[a]].code, s->m[sides[b]].code, 3))
                    emit(s, &g->em, sides[a], sides[b], "040", j, b < a ? TOCSIN_EV_SYMMETRIC : 0, NULL);
    }
    g->em.rule = NULL;
}

/* "France said it stood ready to help", "Italy is ready to assist if
 * asked": help offered with no object in a story whose disaster struck a
 * country (ts_ctx.stricken) is offered to that country (033), as the
 * patterns' relief naming no recipient is (verb_roles). Only "help" or
 * "assist" after "ready|willing|prepared to", ending its clause (not "ready
 * to help rebuild", "ready to help farmers"), from a named party of another
 * country than the stricken one, in a sentence that coded nothing of its own. */
static void ready_to_help_stricken(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit helpv[] = {LIT("help"), LIT("assist")};
    static const ts_lit ready[] = {LIT("ready"), LIT("willing"), LIT("prepared")};
    if (!s->ctx->stricken[0] || g->em.n)
        return;
    for (size_t j = ts_next_bit(g->vbits, 2, s->ntok); j < s->ntok; j = ts_next_bit(g->vbits, j + 1, s->ntok)) {
        const vinfo *v = &g->v[j];
        if (!ts_tok_in(s, j, helpv, 2) || !TOK_IS(s, j - 1, "to") || !ts_tok_in(s, j - 2, ready, 3) ||
            g->incond[j] || v->neg || v->passive)
            continue;
        if (j + 1 < s->ntok && !(s->tok[j + 1].kind == TK_PUNCT || (s->gram[j + 1] & G_SUB) || g->adv[j + 1] ||
                                 TOK_IS(s, j + 1, "if") || TOK_IS(s, j + 1, "in")))
            continue; /* "ready to help rebuild", "ready to help farmers": not help to the stricken */
        int src = v->subj >= 0 ? v->subj : g->last_finite >= 0 ? g->v[g->last_finite].subj : -1;
        if (src < 0 || s->m[src].kind == M_UNRES || strlen(s->m[src].code) < 3 ||
            !strncmp(s->m[src].code, s->ctx->stricken, 3))
            continue;
        int tgt = add_actor(s, s->ctx->stricken, 0, 0);
        if (tgt < 0)
            return;
        g->em.rule = "help offered with no object goes to the country the story's disaster struck";
        emit(s, &g->em, src, tgt, "033", j, TOCSIN_EV_INTENT, NULL);
        g->em.rule = NULL;
        return;
    }
}

/* "China sent a rescue team to Myanmar after the earthquake", "Washington
 * will provide emergency aid to Vietnam": relief a sentence codes to a
 * country (073, 0333; any relief in a sentence that tells a disaster) makes
 * it the story's stricken country when none is known yet, where later aid
 * that names no recipient goes ("India said it would send relief supplies"). */
static void relief_names_stricken(gstate *g)
{
    ts_sent *s = g->s;
    if (s->ctx->stricken[0])
        return;
    for (size_t e = 0; e < g->em.n; e++) {
        const ts_raw_event *ev = &g->em.out[e];
        if (!(!strncmp(ev->code, "073", 3) || !strcmp(ev->code, "0333") ||
              ((g->words & SW_DISASTER) && relief_code(ev->code))))
            continue;
        if (strlen(ev->tgt) != 3 || ts_igo_code(ev->tgt) || !strncmp(ev->tgt, "WST", 3) ||
            !strncmp(ev->tgt, ev->src, 3))
            continue;
        memcpy(s->ctx->stricken, ev->tgt, 4);
        return;
    }
}

#define LET_KNOW_WORDS 4 /* from "let" to "know": "let Washington know", "let the White House know" */
#define HELP_WORDS 8      /* from "know" to the help or need: "know what it can do to help" */

/* "Blinken told his Turkish counterpart to let Washington know what it can do
 * to help", "asked Rabat to let Paris know if it needed anything more": told
 * or asked to say what help it needs, the party is offered help (033), not
 * given an order (100) or an appeal (020). The telling verb's event is
 * recoded. */
static void help_offer_told(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit ask[] = {LIT("tell"), LIT("ask"), LIT("urge")};
    static const ts_lit need[] = {LIT("help"), LIT("assist"), LIT("need"), LIT("require"), LIT("support")};
    for (size_t e = 0; e < g->em.n; e++) {
        ts_raw_event *ev = &g->em.out[e];
        size_t k = ev->verb_t;
        if (k >= s->ntok || !(!strncmp(ev->code, "10", 2) || !strncmp(ev->code, "02", 2)) ||
            !lemma_in(s, ts_w(s, k), ask, sizeof ask / sizeof ask[0]) || ev->tgt_t1 <= k)
            continue;
        size_t q = ev->tgt_t1; /* past the party told */
        if (q + 2 >= s->ntok || !TOK_IS(s, q, "to") || !TOK_IS(s, q + 1, "let"))
            continue;
        size_t know = 0;
        for (size_t r = q + 2; r < s->ntok && r < q + 2 + LET_KNOW_WORDS && !know; r++) {
            if (hard_boundary(s, r) || ts_is_comma(s, r))
                break;
            if (TOK_IS(s, r, "know"))
                know = r;
        }
        if (!know)
            continue;
        int offered = 0;
        for (size_t r = know + 1; r < s->ntok && r <= know + HELP_WORDS && !offered; r++) {
            if (hard_boundary(s, r))
                break;
            offered = lemma_in(s, ts_w(s, r), need, sizeof need / sizeof need[0]) ||
                      TOK_IS(s, r, "needed") || TOK_IS(s, r, "required"); /* the lexicon's adjectives */
        }
        if (!offered)
            continue;
        memcpy(ev->code, "033", 4);
        ev->rule = "told to say what help it needs: an offer of help to the party told";
    }
}

/* "Xi told Erdogan that China would send aid", "Macron told the king that
 * France stood ready to help": aid or help the speaker's own side promises,
 * which names no recipient of its own, is promised to the party told (033).
 * Only a promise (a future, "would", a readiness or pledge): "told Erdogan
 * that China had sent aid" reports an act, and names no recipient. */
static void aid_promised_to_told(gstate *g)
{
    if (!(g->words & SW_TELL))
        return;
    ts_sent *s = g->s;
    static const ts_lit tell[] = {LIT("told"), LIT("tells"), LIT("tell")};
    static const ts_lit helpv[] = {LIT("help"), LIT("assist")};
    for (size_t j = ts_next_bit(g->vbits, 0, s->ntok); j < s->ntok; j = ts_next_bit(g->vbits, j + 1, s->ntok)) {
        const vinfo *v = &g->v[j];
        if (!g->isverb[j] || v->coded || g->incond[j] || v->neg || v->passive || v->subj < 0)
            continue;
        if (v->root != 7 && !lemma_in(s, ts_w(s, j), helpv, sizeof helpv / sizeof helpv[0]))
            continue;
        int would = v->chain0 >= 0 && TOK_IS(s, (size_t)v->chain0, "would");
        if (!(v->fut || would || v->gov == GOV_INTENT || v->gov == GOV_PLEDGE))
            continue;
        const ts_mention *sm = &s->m[v->subj];
        int negated = 0; /* "would not send aid", "was not ready to help" (a refusal may have cleared v->neg) */
        for (size_t q = sm->t1; q < j && !negated; q++)
            negated = (s->gram[q] & G_NEG) != 0;
        if (negated)
            continue;
        size_t a = (size_t)sm->t0;
        if (a > 0 && (s->gram[a - 1] & G_DET) && s->mid[a - 1] < 0)
            a--; /* "told Zelensky the United States would" */
        int obj = -1, k = warning_say(g, a, &obj);
        if (k < 0 || obj < 0 || !ts_tok_in(s, (size_t)k, tell, sizeof tell / sizeof tell[0]))
            continue;
        int sp = g->v[k].subj;
        if (sp < 0 || strlen(s->m[sp].code) < 3 || strlen(s->m[obj].code) < 3 || strlen(sm->code) < 3 ||
            strncmp(sm->code, s->m[sp].code, 3) || !strncmp(s->m[obj].code, s->m[sp].code, 3))
            continue; /* another's act ("told Erdogan that Greece would help"), or its own side told */
        g->em.rule = "aid promised to the party told: a pledge to it";
        emit(s, &g->em, sp, obj, "033", (size_t)k, TOCSIN_EV_ATTRIBUTED, NULL);
    }
    g->em.rule = NULL;
}

/* "Tinubu said the attack on the village was barbaric", "'This cowardly
 * attack will not go unpunished,' Ruto said": in reported speech, an act of
 * violence judged with no actor beside the judgement (quoted_judgement found
 * none) is judged where it happened, or at home, as judged_act does: the
 * event keeps the act's phrase as its target span for the coder. */
static void quoted_act(gstate *g, int sp, size_t c0, size_t c1)
{
    ts_sent *s = g->s;
    int pej = ts_class(s->d, CL_PEJORATIVE), any = 0;
    for (size_t p = c0; p < c1 && pej >= 0 && !any; p++)
        any = W(s, p) && ((W(s, p)->classes >> pej) & 1); /* the common case: no judgement at all */
    for (size_t p = c0; p < c1 && any; p++) {
        if (!ts_tok_in(s, p, unclaimed_violence, sizeof unclaimed_violence / sizeof unclaimed_violence[0]) ||
            s->mid[p] >= 0)
            continue;
        size_t b = p; /* "this cowardly attack": the phrase's start, and a judgement in it */
        int judged = 0;
        while (b > c0 && b + 4 > p && s->mid[b - 1] < 0 && s->tok[b - 1].kind == TK_WORD &&
               ((s->gram[b - 1] & G_DET) || (!s->gram[b - 1] && s->tok[b - 1].cas == CASE_LOWER))) {
            b--;
            judged |= ts_in_class(s->d, W(s, b), CL_PEJORATIVE);
        }
        size_t e = p + 1; /* its prepositional phrases: "on the village in Zamfara" */
        while (e < c1 && e < p + JUDGED_ACT_WORDS && s->tok[e].kind == TK_WORD && !g->isverb[e] &&
               !(s->gram[e] & (G_BE | G_HAVE | G_MODAL | G_FUT | G_NEG | G_SUB | G_REL | G_CONJ | G_AND)))
            e++;
        if (!judged && e + 1 < c1 && (s->gram[e] & G_BE)) {
            /* "the attack was barbaric", "the killings were an act of terror" */
            for (size_t q = e + 1; q < c1 && q < e + 5 && !judged; q++) {
                if (s->gram[q] & (G_NEG | G_MODAL | G_FUT) || s->mid[q] >= 0)
                    break;
                judged = ts_in_class(s->d, W(s, q), CL_PEJORATIVE);
            }
        }
        for (size_t q = b; q < e && judged; q++)
            if (s->mid[q] >= 0 && !is_place(s, &s->m[s->mid[q]]))
                judged = 0; /* an actor named: quoted_judgement's, or a victim's; not a place */
        if (!judged || (b > 0 && (s->gram[b - 1] & (G_NEG | G_MODAL | G_FUT | G_IF))))
            continue;
        char cc[4];
        judge_country(g, sp, cc);
        int cue = 0;
        for (size_t q = p + 1; q < e; q++)
            cue |= (s->gram[q] & G_LOC) != 0;
        if (!cc[0] && !cue)
            return;
        g->em.place_target = 1;
        memcpy(g->em.speaker_cc, cc, sizeof cc);
        size_t n0 = g->em.n;
        g->em.rule = "in reported speech, violence judged where it happened, else at home";
        emit(s, &g->em, sp, -1, "111", p, TOCSIN_EV_ATTRIBUTED, NULL);
        if (g->em.n > n0) {
            g->em.out[n0].tgt_t0 = (uint16_t)b;
            g->em.out[n0].tgt_t1 = (uint16_t)e;
        }
        g->em.place_target = 0;
        g->em.speaker_cc[0] = '\0';
        return;
    }
}

/* "Tehran said the accusations were baseless", "'These claims are pure
 * propaganda,' the ministry said": in reported speech, an accusation told by
 * a definite noun that opens the reported clause and is called false in its
 * predicate (not negated) is denied (016): the accuser is a party named in
 * its phrase ("the US allegations"), else the story's last accuser of the
 * speaker's country (context_actor), when the story told an accusation. */
#define QUOTED_ACT_WORDS 6 /* from the act's noun to the "be" of its judgement */
#define QUOTED_LABEL_WORDS 4 /* from the "be" to the damning word */

/* Is the predicate after the "be" at e (before c1) a damning label, not negated? */
static int judged_predicate(const gstate *g, size_t e, size_t c1)
{
    const ts_sent *s = g->s;
    for (size_t q = e + 1; q < c1 && q <= e + QUOTED_LABEL_WORDS; q++) {
        if ((s->gram[q] & (G_NEG | G_MODAL | G_FUT | G_IF)) || s->mid[q] >= 0 || hard_boundary(s, q) ||
            ts_is_comma(s, q))
            return 0;
        if (ts_in_class(s->d, W(s, q), CL_PEJORATIVE) || ts_in_class(s->d, W(s, q), CL_ATTACK))
            return 1;
    }
    return 0;
}

/* "'This is terror,' Zelensky said", after "Russian forces shelled Kharkiv
 * overnight": "this", judged in the predicate right after it, is the act of
 * the story's last sentence with events; its source (the story's last doer,
 * of another country than the speaker's) is judged. */
static void quoted_this(gstate *g, int sp, size_t e, size_t c1)
{
    ts_sent *s = g->s;
    const char *who = s->ctx->last_src, *sc = s->m[sp].code;
    if (!strncmp(who, sc, 3) && strlen(s->ctx->done_src) >= 3)
        who = s->ctx->done_src; /* "Rutte said this was an escalation. He added that it was a violation":
                                   the act told before the words about it */
    if (strlen(who) < 3 || !strncmp(who, sc, 3) || ts_igo_code(who) || !judged_predicate(g, e, c1))
        return;
    int m = add_actor(s, who, 0, 0);
    if (m < 0)
        return;
    s->m[m].resolved = 1;
    g->em.rule = "in reported speech, \"this\" judged: the act of the story's last sentence, its doer's";
    emit(s, &g->em, sp, m, "111", e, TOCSIN_EV_ATTRIBUTED, NULL);
}
#define DENIED_CLAIM_WORDS 4 /* from the determiner to the accusation's noun: "the latest US" */
static void quoted_denial(gstate *g, int sp, size_t c0, size_t c1)
{
    ts_sent *s = g->s;
    static const ts_lit dets[] = {LIT("the"), LIT("these"), LIT("those"), LIT("such"), LIT("The"), LIT("These"),
                                  LIT("Those"), LIT("Such")};
    size_t p = c0;
    while (p < c1 && (is_quote(s, p) || TOK_IS(s, p, "that")))
        p++;
    if (p + 3 >= c1 || !ts_tok_in(s, p, dets, sizeof dets / sizeof dets[0]))
        return;
    size_t a = p + 1;
    while (a < c1 && a <= p + DENIED_CLAIM_WORDS && !ts_in_class(s->d, W(s, a), CL_ALLEGATION)) {
        if (s->tok[a].kind != TK_WORD || g->isverb[a] || (s->gram[a] & ~(uint32_t)(G_TIME | G_ADV)))
            return;
        a++;
    }
    if (a >= c1 || a > p + DENIED_CLAIM_WORDS || s->mid[a] >= 0)
        return;
    size_t e = a + 1; /* "the accusations of meddling": its phrase, to its "be" */
    while (e < c1 && e < a + QUOTED_ACT_WORDS && s->tok[e].kind == TK_WORD && !g->isverb[e] &&
           !(s->gram[e] & (G_BE | G_HAVE | G_MODAL | G_FUT | G_NEG | G_SUB | G_REL | G_CONJ | G_AND)))
        e++;
    if (e + 1 >= c1 || !(s->gram[e] & G_BE))
        return;
    int falsity = 0;
    for (size_t q = e + 1; q < c1 && q <= e + QUOTED_LABEL_WORDS && !falsity; q++) {
        if ((s->gram[q] & (G_NEG | G_MODAL | G_FUT | G_IF)) || s->mid[q] >= 0 || hard_boundary(s, q) ||
            ts_is_comma(s, q))
            break;
        falsity = ts_in_class(s->d, W(s, q), CL_FALSITY);
    }
    if (!falsity)
        return;
    const char *sc = s->m[sp].code;
    int t = -1;
    for (size_t q = p; q < e && t < 0; q++) {
        int mi = s->mid[q];
        if (mi >= 0 && s->m[mi].t0 == q && (s->m[mi].kind == M_NAME || s->m[mi].kind == M_ADJ) &&
            strlen(s->m[mi].code) >= 3 && strncmp(s->m[mi].code, sc, 3) && !is_place(s, &s->m[mi]))
            t = mi; /* "the US allegations" */
    }
    if (t < 0 && s->ctx->accuser[0] && (TOK_IS(s, p, "the") || TOK_IS(s, p, "these") || TOK_IS(s, p, "those") || TOK_IS(s, p, "The") ||
                  TOK_IS(s, p, "These") || TOK_IS(s, p, "Those")))
        t = context_actor(s, sp, 0);
    if (t < 0)
        return;
    const char *rule = g->em.rule;
    g->em.rule = "in reported speech, the story's accusation called false";
    emit(s, &g->em, sp, t, "016", a, TOCSIN_EV_ATTRIBUTED, NULL);
    g->em.rule = rule;
}

/* "Kyiv rejected Russia's proposal, saying it was a farce": after a comma,
 * "saying it was" a damning label judges what the clause before acted on,
 * its target, as ", calling it a farce" does (labelled_before); the
 * rejection and the judgement are both coded. */
static void saying_it_judged(gstate *g, int sp, size_t c0, size_t c1)
{
    ts_sent *s = g->s;
    size_t p = c0 + (c0 < c1 && TOK_IS(s, c0, "that"));
    if (c0 < 2 || p + 2 >= c1 || !TOK_IS(s, c0 - 1, "saying") || !ts_is_comma(s, c0 - 2) || !TOK_IS(s, p, "it") ||
        !(s->gram[p + 1] & G_BE) || g->last_target < 0 || g->last_target == sp ||
        !strncmp(s->m[g->last_target].code, s->m[sp].code, 3) || !judged_predicate(g, p + 1, c1))
        return;
    const char *rule = g->em.rule;
    g->em.rule = "\", saying it was a farce\": what the clause before acted on, its party";
    emit(s, &g->em, sp, g->last_target, "111", p, TOCSIN_EV_ATTRIBUTED, NULL);
    g->em.rule = rule;
}

/* "Poland's prime minister said the halt was a direct attack on Poland",
 * "'The verdict is a farce,' the opposition leader said", "the opposition
 * said the arrest of its leader was a coup against democracy": in reported
 * speech, an act told by a definite noun that opens the reported clause and
 * is judged in its predicate (a damning word or an attack, not negated)
 * names no doer: it is the story's (story_act_doer: the last coercer,
 * attacker, court or doer of a move), else, for a state's coercion at home
 * judged by a body of its own, that state's government's (home_coercer). */
static void quoted_story_act(gstate *g, int sp, size_t c0, size_t c1)
{
    ts_sent *s = g->s;
    size_t p = c0;
    while (p < c1 && (is_quote(s, p) || TOK_IS(s, p, "that")))
        p++;
    int it = (TOK_IS(s, p, "it") || TOK_IS(s, p, "It")) && p + 2 < c1 && (s->gram[p + 1] & G_BE) &&
             (TOK_IS(s, p + 2, "a") || TOK_IS(s, p + 2, "an")) && !(p + 3 < c1 && TOK_IS(s, p + 3, "victim"));
    if (p + 3 >= c1 ||
        !(TOK_IS(s, p, "the") || TOK_IS(s, p, "this") || TOK_IS(s, p, "The") || TOK_IS(s, p, "This") || it))
        return;
    if ((TOK_IS(s, p, "this") || TOK_IS(s, p, "This") || it) && (s->gram[p + 1] & G_BE)) {
        quoted_this(g, sp, p + 1, c1); /* "'This is terror,' Zelensky said"; "said it was a violation of" */
        return;
    }
    p++;
    if (s->mid[p] >= 0 || s->tok[p].kind != TK_WORD)
        return;
    size_t e = p + 1; /* the act's phrase: "the arrest of its leader" */
    while (e < c1 && e < p + QUOTED_ACT_WORDS && (s->tok[e].kind == TK_WORD || ts_is_punct(s, e, '-')) &&
           !g->isverb[e] && !(s->gram[e] & (G_BE | G_HAVE | G_MODAL | G_FUT | G_NEG | G_SUB | G_REL | G_CONJ | G_AND)))
        e++;
    if (e + 1 >= c1 || !(s->gram[e] & G_BE))
        return;
    const char *sc = s->m[sp].code;
    for (size_t q = p; q < e; q++)
        if (s->mid[q] >= 0 && strncmp(s->m[s->mid[q]].code, sc, 3))
            return; /* a party named beside the act: quoted_judgement's */
    if (!judged_predicate(g, e, c1))
        return;
    int m = story_act_doer(g, p, 0, sc);
    if (m < 0 && state_coercion(s, p, e))
        m = home_coercer(g, sp);
    if (m < 0)
        return;
    const char *mc = s->m[m].code;
    if (!strncmp(mc, sc, 3) && !(strlen(mc) == 6 && strlen(sc) == 6 && strcmp(mc + 3, sc + 3)))
        return; /* its own act, not another body's at home */
    g->em.rule = "in reported speech, the story's act judged as its doer's";
    emit(s, &g->em, sp, m, "111", p, TOCSIN_EV_ATTRIBUTED, NULL);
}

/* Judgements in reported speech: "'This was a reckless act of aggression by
 * the Russian state,' the premier said", "the minister said the Moroccan regime
 * keeps up its hostile conduct". The speaker disapproves (111) of the actor
 * that the judgement names beside a pejorative word: the agent after "by", a
 * possessor, the adjective of the judged noun, or the reported clause's
 * subject. Not the victim ("against Algeria"), not a place, not the
 * speaker's own side; nothing when the speaker's disapproval is coded already. */
/* "The opposition said the election was rigged", "'The vote was a sham,' the
 * opposition leader said": an opposition's verdict on a vote in its own words
 * is aimed at its government (111), as its "called the count a fraud" is
 * (domestic_politics), in a sentence that names no other country. The vote
 * word, its "be" and the judgement stand within VOTE_VERDICT_WORDS words.
 * An outside judge's verdict ("EU observers said the vote in Belarus was
 * marred by irregularities", "the OSCE said the election was flawed", "the
 * United States said the vote was rigged") is aimed at the government of the
 * vote's country: the one named right after the vote word ("in Belarus"),
 * else the sentence's place, else the story's one country. */
#define VOTE_VERDICT_WORDS 4
#define VOTE_PLACE_WORDS 3 /* from the vote word to its "in X" */

/* a verdict on a vote besides the @pejorative class: "marred by irregularities" */
static int vote_verdict(const ts_sent *s, size_t j, int pej)
{
    static const ts_lit flawed[] = {LIT("marred"), LIT("flawed"), LIT("tainted"), LIT("marked")};
    if (ts_tok_in(s, j, flawed, sizeof flawed / sizeof flawed[0]))
        return !TOK_IS(s, j, "marked") || (j + 2 < s->ntok && TOK_IS(s, j + 1, "by") &&
                                           (TOK_IS(s, j + 2, "irregularities") || TOK_IS(s, j + 2, "fraud")));
    return W(s, j) && ((W(s, j)->classes >> pej) & 1);
}

/* The country of the vote whose word is at q, for an outside judge sp:
 * named right after it ("the vote in Belarus"), else the sentence's place,
 * else the story's one country; "" when none or it is the judge's own. */
static void vote_country(const gstate *g, size_t q, size_t c1, int sp, char cc[4])
{
    const ts_sent *s = g->s;
    cc[0] = '\0';
    for (size_t k = q + 1; k < c1 && k <= q + VOTE_PLACE_WORDS && !cc[0]; k++) {
        int mi = s->mid[k];
        if (mi >= 0 && mi != sp && (s->m[mi].kind == M_NAME || s->m[mi].kind == M_ADJ) &&
            strlen(s->m[mi].code) >= 3 && !ts_igo_code(s->m[mi].code))
            memcpy(cc, s->m[mi].code, 3);
        else if (mi >= 0 || (s->gram[k] & G_BE))
            break;
    }
    if (!cc[0] && s->place_cc[0])
        memcpy(cc, s->place_cc, 3);
    if (!cc[0] && s->ctx->thing[0] && !ts_igo_code(s->ctx->thing) && strncmp(s->ctx->thing, "WST", 3) &&
        !ts_ctx_other_state(s->ctx, s->ctx->thing))
        memcpy(cc, s->ctx->thing, 3);
    cc[3] = '\0';
    if (cc[0] && (!strncmp(cc, "WST", 3) || !strncmp(cc, s->m[sp].code, 3)))
        cc[0] = '\0';
}

/* "Observers from the OSCE said ...", "monitors of the African Union said
 * ...": the organisation of the observers that open the saying verb at k, or
 * -1. Looks back OBSERVER_WORDS words. */
#define OBSERVER_WORDS 8
static int observer_speaker(const gstate *g, size_t k)
{
    static const ts_lit observers[] = {LIT("observers"), LIT("Observers"), LIT("monitors"), LIT("Monitors")};
    const ts_sent *s = g->s;
    for (size_t q = k; q > 0 && k - q < OBSERVER_WORDS; q--) {
        if (hard_boundary(s, q - 1) || ts_is_comma(s, q - 1) || (q - 1 < k && g->isverb[q - 1]))
            return -1;
        if (!ts_tok_in(s, q - 1, observers, sizeof observers / sizeof observers[0]) || q + 1 >= k ||
            !(TOK_IS(s, q, "from") || TOK_IS(s, q, "of")))
            continue;
        size_t a = past_det(s, q + 1, k);
        int mi = a < k ? s->mid[a] : -1;
        return mi >= 0 && s->m[mi].kind == M_NAME && s->m[mi].t0 == a ? mi : -1;
    }
    return -1;
}

static void vote_judged_in_speech(gstate *g)
{
    ts_sent *s = g->s;
    static const ts_lit vote[] = {LIT("election"), LIT("elections"), LIT("vote"), LIT("poll"), LIT("polls"),
                                  LIT("ballot"),   LIT("count"),     LIT("tally"), LIT("result"),
                                  LIT("results"),  LIT("referendum")};
    if (!(g->words & SW_VOTE))
        return; /* none of those words (sentence_words) */
    int pej = ts_class(s->d, CL_PEJORATIVE);
    if (pej < 0)
        return;
    for (size_t k = ts_next_bit(g->vbits, 0, s->ntok); k < s->ntok; k = ts_next_bit(g->vbits, k + 1, s->ntok)) {
        const ts_word *w = ts_w(s, k);
        if (!g->isverb[k] || !w || !(w->gram & G_SAY) || g->v[k].neg || g->incond[k])
            continue;
        int sp = g->v[k].subj;
        size_t c0 = k + 1, c1 = s->ntok;
        if (g->late_speaker >= 0 && k >= g->late_at) { /* "'...,' the opposition leader said" */
            if (sp < 0)
                sp = g->late_speaker;
            c0 = 0;
            c1 = g->late_at;
        }
        if (sp < 0)
            sp = observer_speaker(g, k);
        if (sp < 0 || s->m[sp].kind != M_NAME || strlen(s->m[sp].code) < 3)
            continue;
        int opp = strlen(s->m[sp].code) == 6 && !strcmp(s->m[sp].code + 3, "OPP");
        /* an outside judge: an organisation, or a state or its government */
        int outside = !opp && (ts_igo_code(s->m[sp].code) || strlen(s->m[sp].code) == 3 ||
                               !strcmp(s->m[sp].code + 3, "GOV")) &&
                      strncmp(s->m[sp].code, "WST", 3);
        if (!opp && !outside)
            continue;
        for (size_t q = c0; q < c1 && q < c0 + 8; q++) {
            if (!ts_tok_in(s, q, vote, sizeof vote / sizeof vote[0]))
                continue;
            size_t b = q + 1;
            while (b < c1 && b <= q + VOTE_VERDICT_WORDS && !(s->gram[b] & G_BE))
                b++;
            int judged = 0;
            for (size_t j = b + 1; j < c1 && j <= b + VOTE_VERDICT_WORDS && !judged; j++) {
                if ((s->gram[j] & G_NEG) && j + 1 < c1 && TOK_IS(s, j + 1, "free")) {
                    judged = 1; /* "was neither free nor fair", "was not free and fair" */
                    break;
                }
                if (s->gram[j] & G_NEG)
                    break;
                judged = vote_verdict(s, j, pej);
            }
            if (b >= c1 || !judged)
                continue;
            char gov[7];
            if (opp) {
                for (size_t m = 0; m < s->nm; m++)
                    if ((s->m[m].kind == M_NAME || s->m[m].kind == M_ADJ) && strlen(s->m[m].code) >= 3 &&
                        strncmp(s->m[m].code, s->m[sp].code, 3))
                        return; /* another country's vote, maybe */
                country_gov(s->m[sp].code, gov);
            } else {
                char cc[4];
                vote_country(g, q, c1, sp, cc);
                if (!cc[0])
                    return;
                country_gov(cc, gov);
            }
            for (size_t e = 0; e < g->em.n; e++)
                if (!strcmp(g->em.out[e].src, s->m[sp].code) && g->em.out[e].code[0] == '1' &&
                    strchr("0123", g->em.out[e].code[1]))
                    return; /* its verdict is coded already */
            int t = add_actor(s, gov, 0, 0);
            if (t < 0)
                return;
            g->em.rule = opp ? "an opposition's verdict on a vote in its own words is aimed at its government"
                             : "an outside judge's verdict on a vote is aimed at the government of the vote's country";
            emit(s, &g->em, sp, t, "111", k, TOCSIN_EV_ATTRIBUTED, NULL);
            g->em.rule = NULL;
            return;
        }
    }
}

/* ---- a court's ruling on a party ----
 * "Kenya's Supreme Court ruled that the electoral commission had breached
 * the constitution", "the court found that the government had acted
 * unlawfully": a court that rules or finds that a party broke the law or
 * its duty judges that party (116), though the clause it reports tells no
 * event of its own. */
#define RULING_SUBJECT_WORDS 4 /* from "that" to the clause's party */
#define RULING_VERB_WORDS 4    /* from the party's last word to its verb of fault */

/* A country's own court (JUD). International courts (ICJ, ECHR) are left
 * out: on the blind probe their rulings so read cost precision. */
static int court_mention(const ts_sent *s, int m)
{
    const ts_mention *x = &s->m[m];
    return x->kind == M_NAME && strlen(x->code) == 6 && !strcmp(x->code + 3, "JUD");
}

static void court_ruling(gstate *g)
{
    ts_sent *s = g->s;
    static const char *const fault[] = {"breach", "violate", "fail", "commit", "break", "abuse", "flout", NULL};
    if (!(g->words & SW_THAT))
        return; /* a ruling is read only as "ruled that" */
    for (size_t k = ts_next_bit(g->vbits, 0, s->ntok); k < s->ntok; k = ts_next_bit(g->vbits, k + 1, s->ntok)) {
        const char *l = lemma_of(s, k);
        if (!g->isverb[k] || g->v[k].neg || g->incond[k] || !l || !(!strcmp(l, "rule") || !strcmp(l, "find")))
            continue;
        int sp = g->v[k].subj;
        if (sp < 0 || !court_mention(s, sp) || k + 2 >= s->ntok || !TOK_IS(s, k + 1, "that"))
            continue;
        int party = -1;
        for (size_t q = k + 2; q < s->ntok && q <= k + 1 + RULING_SUBJECT_WORDS && party < 0; q++) {
            int mq = s->mid[q];
            if (mq >= 0 && s->m[mq].t0 == q && mq != sp && s->m[mq].kind == M_UNRES && s->m[mq].sector[0])
                adopt_country(s, mq, sp, 0); /* "ruled that the government had acted unlawfully": the court's */
            if (mq >= 0 && s->m[mq].t0 == q && mq != sp && s->m[mq].kind == M_NAME && strlen(s->m[mq].code) >= 3)
                party = mq;
            else if (g->isverb[q])
                break;
        }
        if (party < 0)
            continue;
        size_t t1 = (size_t)s->m[party].t1;
        for (size_t q = t1; q < s->ntok && q <= t1 + RULING_VERB_WORDS; q++) {
            if (s->gram[q] & G_NEG)
                break; /* "ruled that Serbia had not committed genocide": no fault found */
            const char *lq = lemma_of(s, q);
            int hit = TOK_IS(s, q, "unlawfully") || TOK_IS(s, q, "illegally") || TOK_IS(s, q, "unconstitutionally");
            for (size_t f = 0; lq && fault[f] && !hit; f++)
                hit = !strcmp(lq, fault[f]);
            if (!hit)
                continue;
            for (size_t e = 0; e < g->em.n; e++)
                if (!strcmp(g->em.out[e].src, s->m[sp].code))
                    return; /* the court's act is coded already ("ruled that ... and ordered ...") */
            g->em.rule = "a court that rules a party broke the law or its duty judges that party";
            emit(s, &g->em, sp, party, "116", k, 0, NULL);
            g->em.rule = NULL;
            break;
        }
    }
}

/* Accusations told as what another party does or is, in reported speech:
 * "'Moscow has never stopped meddling in our elections,' the president
 * said", "Bamako said Algiers was harbouring terrorists", "'Tehran is the
 * main sponsor of terror in the region,' the minister said". The reported
 * clause opens with a named party (not the speaker's own side, not a place,
 * not a pronoun, not the possessor of another noun) whose verb, after its
 * auxiliaries, accuses by itself (@misconduct: 112), or with a damning object
 * (@abet: "sponsors terrorism", "spreads lies": 112), or whose "be" is
 * followed by a damning label of the party itself ("is an aggressor", "is
 * a rogue state", "is the main sponsor of terror": 111). Nothing when the
 * clause is negated, conditional, modal or a question, or when the verb
 * codes an act of its own. */
#define ACCUSED_LEAD_WORDS 6 /* quotes, "that", a colon, adverbials before the party: "wrote on X: \"" */
#define ACCUSED_AUX_WORDS 5  /* from the party to its verb: "has never stopped", "has long been" */
#define ACCUSED_OBJ_WORDS 4  /* from an abetting verb to the damning word of its object */
#define ACCUSED_LABEL_WORDS 4 /* from the "be" to the label */
static int accused_label(const ts_sent *s, size_t q, size_t c1)
{
    static const ts_lit heads[] = {LIT("state"),   LIT("regime"), LIT("nation"), LIT("country"),
                                   LIT("government"), LIT("power"), LIT("actor"), LIT("neighbour"),
                                   LIT("neighbor"), LIT("dictatorship"), LIT("autocracy"), LIT("theocracy"),
                                   LIT("kleptocracy"), LIT("junta")};
    static const ts_lit patrons[] = {LIT("sponsor"), LIT("supporter"), LIT("exporter"), LIT("source"),
                                     LIT("backer"),  LIT("financier"), LIT("haven"),   LIT("patron")};
    int pej = ts_class(s->d, CL_PEJORATIVE);
    for (size_t e = q; e < c1 && e < q + ACCUSED_LABEL_WORDS; e++) {
        const ts_word *w = W(s, e);
        if (s->mid[e] >= 0 || s->tok[e].kind != TK_WORD || (s->gram[e] & ~(uint32_t)(G_DET | G_ADV)))
            return 0;
        if (w && ((w->classes >> pej) & 1)) {
            /* the label is the head ("an aggressor", "a threat to Europe"), or
               judges a word for the party ("a rogue state") */
            size_t n = e + 1;
            return n >= c1 || s->tok[n].kind != TK_WORD || (s->gram[n] & (G_PREP | G_LOC | G_AND | G_SUB | G_REL)) ||
                   ts_tok_in(s, n, heads, sizeof heads / sizeof heads[0]);
        }
        if (ts_tok_in(s, e, patrons, sizeof patrons / sizeof patrons[0])) {
            /* "the main sponsor of terror", "a safe haven for terrorists" */
            for (size_t r = e + 1; r < c1 && r <= e + 3; r++)
                if (W(s, r) && ((W(s, r)->classes >> pej) & 1))
                    return 1;
            return 0;
        }
        if (s->tok[e].cas != CASE_LOWER || (w && w->verb >= 0 && !(s->gram[e] & G_DET)))
            return 0;
    }
    return 0;
}

/* Is the saying verb before c0 (when one opens the reported clause) an
 * assertion: not "did not say", "may claim", "if they say", "fear that"? */
static int speech_asserted(const gstate *g, size_t c0)
{
    const ts_sent *s = g->s;
    if (c0 == 0 || !g->isverb[c0 - 1])
        return 1;
    const vinfo *v = &g->v[c0 - 1];
    const ts_word *w = W(s, c0 - 1);
    return !(v->neg || v->modal || v->cond || (w && non_factive(s, w)));
}

/* "Serbia said the unrest was the work of groups backed by Pristina", "'The
 * fires were planned by agents of Moscow,' the minister said", "Iran said the
 * blast bore the hallmarks of Israel": in reported speech, an act named by a
 * definite noun that opens the clause, then "be" and its doer (the work of,
 * a verb of planning or ordering and "by", the hallmarks of, on the orders
 * of): the first party named within AGENT_WORDS words after it is accused
 * (112), not the speaker's own side, not a place. passive_blame reads "said
 * the attack was orchestrated by Y" first; this adds the quote closed by its
 * speaker, acts that are no attack ("the fires", "the unrest") and the other
 * words of agency. */
#define AGENT_ACT_WORDS 6 /* the act's noun phrase: "the arson attack on the depot" */
#define AGENT_WORDS 6     /* from the words of agency to the party: "groups backed by" */
static int quoted_agent(gstate *g, int sp, size_t c0, size_t c1)
{
    static const ts_lit dets[] = {LIT("the"), LIT("The"), LIT("these"), LIT("These"), LIT("this"), LIT("This"),
                                  LIT("those"), LIT("Those")};
    static const ts_lit planned[] = {LIT("orchestrated"), LIT("planned"),    LIT("ordered"),   LIT("masterminded"),
                                     LIT("organised"),    LIT("organized"),  LIT("engineered"), LIT("instigated"),
                                     LIT("directed"),     LIT("commissioned"), LIT("staged"),  LIT("plotted")};
    if (!speech_asserted(g, c0))
        return 0; /* "did not say the ambush was orchestrated by Serbia" */
    ts_sent *s = g->s;
    size_t p = c0;
    while (p < c1 && p < c0 + ACCUSED_LEAD_WORDS && s->mid[p] < 0 &&
           (is_quote(s, p) || TOK_IS(s, p, "that") || g->adv[p]))
        p++;
    if (p + 4 >= c1 || !ts_tok_in(s, p, dets, sizeof dets / sizeof dets[0]))
        return 0;
    static const ts_lit bore[] = {LIT("bore"), LIT("bears"), LIT("bear")};
    static const ts_lit harms[] = {LIT("sabotage"), LIT("arson"),      LIT("fire"),       LIT("fires"),
                                   LIT("blast"),    LIT("blasts"),     LIT("explosion"),  LIT("explosions"),
                                   LIT("unrest"),   LIT("riots"),      LIT("bombing"),    LIT("bombings"),
                                   LIT("plot"),     LIT("hack"),       LIT("hacking"),    LIT("cyberattack"),
                                   LIT("cyberattacks"), LIT("killing"), LIT("killings"), LIT("murder"),
                                   LIT("assassination"), LIT("poisoning"), LIT("leak"), LIT("leaks")};
    size_t e = p + 1; /* the act's phrase, to its "be" (or "bore", for "the hallmarks of") */
    while (e < c1 && e < p + AGENT_ACT_WORDS && !(s->gram[e] & G_BE) && !ts_tok_in(s, e, bore, 3)) {
        if (s->tok[e].kind != TK_WORD || (g->isverb[e] && g->v[e].kind == V_FINITE) ||
            (s->gram[e] & (G_HAVE | G_MODAL | G_FUT | G_NEG | G_SUB | G_REL | G_CONJ | G_AND | G_IF)) ||
            (s->mid[e] >= 0 && !is_place(s, &s->m[s->mid[e]])))
            return 0;
        e++;
    }
    if (e >= c1 || e == p + 1)
        return 0;
    int wrong = 0; /* an act of harm: "the talks were organised by Qatar" accuses nobody */
    for (size_t q = p + 1; q < e && !wrong; q++)
        wrong = ts_in_class(s->d, W(s, q), CL_ATTACK) || ts_in_class(s->d, W(s, q), CL_HOSTILITY) ||
                ts_in_class(s->d, W(s, q), CL_PEJORATIVE) || ts_tok_in(s, q, harms, sizeof harms / sizeof harms[0]);
    if (!wrong)
        return 0;
    size_t a = e + 1;
    if (ts_tok_in(s, e, bore, 3)) { /* "bore (all) the hallmarks of" */
        a += a < c1 && TOK_IS(s, a, "all");
        if (a + 2 >= c1 || !TOK_IS(s, a, "the") || !TOK_IS(s, a + 1, "hallmarks") || !TOK_IS(s, a + 2, "of"))
            return 0;
        a--; /* "the" at a + 1, as "the work of" */
    } else if (!(s->gram[e] & G_BE)) {
        return 0;
    }
    while (a < c1 && (s->gram[a] & G_ADV) && s->mid[a] < 0)
        a++; /* "was clearly the work of" */
    if (a + 2 >= c1 || (s->gram[a] & (G_NEG | G_MODAL)))
        return 0;
    size_t from;
    if (ts_tok_in(s, e, bore, 3))
        from = a + 4;
    else if ((TOK_IS(s, a, "the") && (TOK_IS(s, a + 1, "work") || TOK_IS(s, a + 1, "handiwork")) &&
              TOK_IS(s, a + 2, "of")) ||
        (TOK_IS(s, a, "on") && TOK_IS(s, a + 1, "the") && TOK_IS(s, a + 2, "orders")))
        from = a + 3;
    else if (ts_tok_in(s, a, planned, sizeof planned / sizeof planned[0]) && TOK_IS(s, a + 1, "by"))
        from = a + 2;
    else if (TOK_IS(s, a, "carried") && TOK_IS(s, a + 1, "out") && a + 3 < c1 && TOK_IS(s, a + 2, "on") &&
             TOK_IS(s, a + 3, "the") && a + 4 < c1 && TOK_IS(s, a + 4, "orders"))
        from = a + 5; /* "was carried out on the orders of" */
    else
        return 0;
    for (size_t q = from; q < c1 && q < from + AGENT_WORDS; q++) {
        if (hard_boundary(s, q) || ts_is_comma(s, q) || (s->gram[q] & (G_NEG | G_SUB | G_REL | G_CONJ)))
            return 0;
        int mi = s->mid[q];
        if (mi < 0)
            continue;
        const ts_mention *x = &s->m[mi], *spk = &s->m[sp];
        int rivals = strlen(x->code) == 6 && strlen(spk->code) == 6 && strcmp(x->code + 3, spk->code + 3);
        if ((x->kind != M_NAME && x->kind != M_ADJ) || strlen(x->code) < 3 || x->resolved || mi == sp ||
            (!strncmp(x->code, spk->code, 3) && !rivals) || is_place(s, x))
            return 0; /* the speaker's own side; a rival side at home is domestic ("GOV -> OPP") */
        const char *rule = g->em.rule;
        g->em.rule = "in reported speech, an act told as the work of a party: accused";
        emit(s, &g->em, sp, mi, "112", a, TOCSIN_EV_ATTRIBUTED, NULL);
        g->em.rule = rule;
        return 1;
    }
    return 0;
}

static int quoted_accusation(gstate *g, int sp, size_t c0, size_t c1)
{
    static const ts_lit uses[] = {LIT("use"), LIT("uses"), LIT("used"), LIT("using"), LIT("exploit"),
                                  LIT("exploits"), LIT("exploited"), LIT("exploiting")};
    /* "used as a tool (for peace)", "as leverage" judge nothing by themselves */
    static const ts_lit tools[] = {LIT("weapon"), LIT("weapons"), LIT("pretext"), LIT("shield"), LIT("shields"),
                                   LIT("bargaining")};
    if (!speech_asserted(g, c0))
        return 0; /* "did not say the ambush was orchestrated by Serbia" */
    ts_sent *s = g->s;
    int mis = ts_class(s->d, CL_MISCONDUCT), abet = ts_class(s->d, CL_ABET), pej = ts_class(s->d, CL_PEJORATIVE),
        fal = ts_class(s->d, CL_FALSITY);
    if (mis < 0 || abet < 0 || pej < 0)
        return 0;
    size_t p = c0;
    for (size_t q = c0; q < c1 && q < c0 + ACCUSED_LEAD_WORDS; q++)
        if (ts_is_punct(s, q, ':')) { /* "wrote on X: \"...\"" */
            p = q + 1;
            break;
        }
    while (p < c1 && p < c0 + ACCUSED_LEAD_WORDS && s->mid[p] < 0 &&
           (is_quote(s, p) || TOK_IS(s, p, "that") || ts_is_punct(s, p, ':') || g->adv[p]))
        p++;
    size_t b = p;
    while (b < c1 && (s->gram[b] & G_DET) && s->mid[b] < 0)
        b++;
    if (b >= c1 || s->mid[b] < 0 || s->m[s->mid[b]].t0 != b || b > p + 1)
        return 0;
    int mi = s->mid[b];
    ts_mention *x = &s->m[mi];
    const ts_mention *spk = &s->m[sp];
    /* "'The government is lying,' the opposition leader said": the rival side
       of the speaker's own country, named when the event is (KENOPP -> KENGOV) */
    int home = x->kind == M_UNRES && !x->resolved && x->sector[0] && strlen(spk->code) == 6 &&
               !ts_igo_code(spk->code) &&
               ((!strcmp(spk->code + 3, "OPP") && strstr("GOV COP MIL", x->sector)) ||
                (!strcmp(spk->code + 3, "GOV") && !strcmp(x->sector, "OPP")));
    int rivals = strlen(x->code) == 6 && strlen(spk->code) == 6 && strcmp(x->code + 3, spk->code + 3);
    /* a possessor or modifier is no subject ("Russia's agents are"), unless
       the "noun" it seems to modify is one of the verbs ("Pakistan harbours") */
    const ts_word *after = x->t1 < c1 ? W(s, x->t1) : NULL;
    int verb_next = after &&
                    (((after->classes >> mis) & 1) || ((after->classes >> abet) & 1) ||
                     ts_tok_in(s, x->t1, uses, sizeof uses / sizeof uses[0])) &&
                    !is_poss(s, x->t1) && s->tok[x->t1].cas == CASE_LOWER;
    if (!home && (mi == sp || (x->kind != M_NAME && x->kind != M_ADJ) || strlen(x->code) < 3 || x->resolved ||
                  (x->modifier && !verb_next) || (!strncmp(x->code, spk->code, 3) && !rivals) || is_place(s, x)))
        return 0;
    if (g->skip[b])
        return 0;
    for (size_t q = c0; q < c1; q++)
        if (ts_is_punct(s, q, '?'))
            return 0; /* "Is Moscow meddling?" */
    /* "Israel and the United States were destabilising": the whole group accused */
    int grp[8];
    size_t ng = home ? 0 : group_of(s, mi, grp, 8);
    size_t gend = x->t1;
    for (size_t k = 0; k < ng; k++)
        if (s->m[grp[k]].t1 > gend && s->m[grp[k]].t1 < c1)
            gend = s->m[grp[k]].t1;
    /* "is trying to destabilise", "wants to undermine": an aim told is accused too */
    static const ts_lit behaves[] = {LIT("behave"), LIT("behaves"), LIT("behaved"), LIT("behaving"),
                                     LIT("act"),    LIT("acts"),    LIT("acted"),    LIT("acting")};
    static const ts_lit tries[] = {LIT("try"), LIT("tries"), LIT("tried"), LIT("trying"), LIT("attempting"),
                                   LIT("attempts"), LIT("attempted")};
    size_t e = gend;
    int be = 0;
    while (e < c1 && e < gend + ACCUSED_AUX_WORDS) {
        uint32_t gm = s->gram[e];
        if (s->mid[e] >= 0 || (gm & (G_MODAL | G_FUT | G_IF)))
            return 0;
        if (gm & G_NEG) {
            /* "has never stopped meddling": a denied halt goes on */
            if (e + 1 < c1 && (s->gram[e + 1] & G_NEGV) && ts_in_class(s->d, W(s, e + 1), CL_CEASE)) {
                e += 2;
                continue;
            }
            return 0;
        }
        if ((gm & (G_BE | G_HAVE | G_ADV)) || g->adv[e] || TOK_IS(s, e, "keeps") || TOK_IS(s, e, "keep") ||
            TOK_IS(s, e, "kept") || TOK_IS(s, e, "continues") || TOK_IS(s, e, "continue") ||
            TOK_IS(s, e, "continued") || ts_tok_in(s, e, tries, sizeof tries / sizeof tries[0]) ||
            ((gm & (G_ASPECT | G_INTENT)) && e + 1 < c1 && TOK_IS(s, e + 1, "to")) ||
            (TOK_IS(s, e, "to") && e > gend &&
             ((s->gram[e - 1] & (G_ASPECT | G_INTENT)) || ts_tok_in(s, e - 1, tries, sizeof tries / sizeof tries[0])))) {
            be = (gm & G_BE) != 0;
            e++;
            continue;
        }
        break;
    }
    if (e >= c1 || s->mid[e] >= 0 || s->tok[e].kind != TK_WORD || s->tok[e].cas != CASE_LOWER)
        return 0;
    const ts_word *w = W(s, e);
    const char *code = NULL;
    /* after "be", only the progressive accuses: "was provoked", "were armed" are done to the party */
    int passive = be && !(s->tok[e].len > 4 && !memcmp(s->text + s->tok[e].off + s->tok[e].len - 3, "ing", 3));
    /* "lies at the heart of", "is lying in ruins": where a thing lies, not a lie */
    static const ts_lit lie[] = {LIT("lie"), LIT("lies"), LIT("lay"), LIT("lying")};
    static const ts_lit lie_where[] = {LIT("ahead"), LIT("between"), LIT("beyond"), LIT("dormant"),
                                       LIT("low"), LIT("idle"), LIT("with"), LIT("on"), LIT("behind")};
    int where = ts_tok_in(s, e, lie, sizeof lie / sizeof lie[0]) && e + 1 < c1 &&
                ((s->gram[e + 1] & G_LOC) || ts_tok_in(s, e + 1, lie_where, sizeof lie_where / sizeof lie_where[0]));
    /* "U.S. spy planes could be shot down": the word, a plain plural noun and
       the clause's own modal or auxiliary: a compound noun, no wrong done */
    const ts_tok *nt = e + 1 < c1 ? &s->tok[e + 1] : NULL;
    int compound = nt && e + 2 < c1 && nt->kind == TK_WORD && nt->cas == CASE_LOWER && s->mid[e + 1] < 0 &&
                   !s->gram[e + 1] && nt->len > 3 && s->text[nt->off + nt->len - 1] == 's' &&
                   (s->gram[e + 2] & (G_MODAL | G_FUT | G_BE | G_HAVE));
    if (w && (((w->classes >> mis) & 1) || ((w->classes >> abet) & 1)) && !(g->isverb[e] && g->v[e].coded) &&
        !(s->gram[e] & G_DET) && !passive && !where && !compound) {
        if ((w->classes >> mis) & 1)
            code = "112";
        for (size_t q = e + 1; q < c1 && q <= e + ACCUSED_OBJ_WORDS && !code; q++) {
            if (hard_boundary(s, q) || ts_is_comma(s, q) || (s->gram[q] & (G_SUB | G_REL | G_CONJ)) ||
                ((s->gram[q] & (G_PREP | G_LOC)) && !TOK_IS(s, q, "of")))
                break; /* "supporting efforts against terrorism": the object ends at its preposition */
            const ts_word *o = W(s, q);
            const ts_mention *om = s->mid[q] >= 0 ? &s->m[s->mid[q]] : NULL;
            if ((o && (((o->classes >> pej) & 1) || (fal >= 0 && ((o->classes >> fal) & 1)))) ||
                (om && ((strlen(om->code) == 6 && !strcmp(om->code + 3, "REB")) || !strcmp(om->sector, "REB"))))
                code = "112"; /* "harbouring terrorists", "spreading lies", "sheltering al-Qaeda militants" */
        }
    } else if (be && (TOK_IS(s, e, "behind") || TOK_IS(s, e, "responsible") || TOK_IS(s, e, "involved"))) {
        code = "112"; /* "'Russia is behind these attacks,' the minister said" (blame_clauses: "said X was behind") */
    } else if (be && accused_label(s, e, c1)) {
        code = "111";
    } else if (ts_tok_in(s, e, uses, sizeof uses / sizeof uses[0]) && !(g->isverb[e] && g->v[e].coded) && !passive) {
        /* "uses energy as a weapon", "is using migrants as a pretext" */
        for (size_t q = e + 1; q + 1 < c1 && q <= e + ACCUSED_OBJ_WORDS && !code; q++) {
            size_t r = q + 1 + (q + 2 < c1 && (TOK_IS(s, q + 1, "a") || TOK_IS(s, q + 1, "an")));
            if (TOK_IS(s, q, "as") && ts_tok_in(s, r, tools, sizeof tools / sizeof tools[0]))
                code = "112";
            else if (hard_boundary(s, q) || ts_is_comma(s, q) || (s->gram[q] & (G_SUB | G_REL | G_CONJ)))
                break;
        }
    } else if (e + 2 < c1 && ts_tok_in(s, e, behaves, sizeof behaves / sizeof behaves[0]) &&
               (TOK_IS(s, e + 1, "like") || TOK_IS(s, e + 1, "as")) && accused_label(s, e + 2, c1)) {
        code = "111"; /* "behaved like a bully", "is acting like a rogue state" */
    }
    if (!code)
        return 0;
    if (home)
        name_unresolved(x, spk->code);
    const char *rule = g->em.rule;
    g->em.rule = code[2] == '2' ? "in reported speech, a party told doing wrong: accused"
                                : "in reported speech, a party labelled by its \"be\": judged";
    emit(s, &g->em, sp, mi, code, e, TOCSIN_EV_ATTRIBUTED, NULL);
    for (size_t k = 0; k < ng; k++) {
        const ts_mention *y = &s->m[grp[k]];
        if (grp[k] != mi && grp[k] != sp && strlen(y->code) >= 3 && strncmp(y->code, spk->code, 3) && !y->resolved &&
            !is_place(s, y))
            emit(s, &g->em, sp, grp[k], code, e, TOCSIN_EV_ATTRIBUTED, NULL);
    }
    g->em.rule = rule;
    return 1;
}

/* The story's open quotation: a speaker's quotation that opened after his
 * saying verb and did not close in the sentence goes on in the next ones
 * until a sentence closes it (an odd number of quotation marks), for
 * QUOTE_CARRY_SENTENCES sentences at most (a mark lost or never closed
 * must not lend the speaker to the rest of the story). */
#define QUOTE_CARRY_SENTENCES 3
static void quote_carry(gstate *g)
{
    ts_sent *s = g->s;
    if (!s->ctx->quote_by[0] && g->quote_opener < 0)
        return; /* the common case: no quotation open, none opened by a speaker here */
    size_t n = 0;
    for (size_t q = 0; q < s->ntok; q++)
        n += is_quote(s, q);
    if (s->ctx->quote_by[0]) {
        if ((n & 1) || !s->ctx->quote_left || !--s->ctx->quote_left)
            s->ctx->quote_by[0] = '\0'; /* closed here, or gone on long enough */
        return;
    }
    if ((n & 1) && g->quote_opener >= 0 && strlen(s->m[g->quote_opener].code) >= 3) {
        memcpy(s->ctx->quote_by, s->m[g->quote_opener].code, sizeof s->ctx->quote_by);
        s->ctx->quote_left = QUOTE_CARRY_SENTENCES;
    }
}

#define TOLD_THAT_WORDS 8 /* from a saying verb to the "that" of its clause */
#define HYPO_WORDS 6 /* from a modal or "will" to the damning word it makes a warning of */
#define OPPOSED_WORDS 3 /* from "against", "fight" to the damning word: "against international terrorism" */
static void quoted_judgement(gstate *g)
{
    static const ts_lit opposed[] = {LIT("against"), LIT("counter"), LIT("countering"), LIT("fight"),
                                     LIT("fighting"), LIT("combat"), LIT("combating"), LIT("combatting"),
                                     LIT("from")};
    g->em.rule = "in reported speech, a judgement or an obligation laid on another";
    ts_sent *s = g->s;
    int sp;
    size_t c0, c1;
    if (g->late_speaker >= 0 && g->late_at < s->ntok) {
        sp = g->late_speaker;
        c0 = 0;
        c1 = g->late_at;
    } else {
        sp = -1;
        c0 = c1 = s->ntok;
    }
    /* the innermost speaker: "X claimed ..., calling Y's acts a provocation, BBC reported" */
    for (size_t k = ts_next_bit(g->vbits, c0 < s->ntok ? c0 : 0, c1); k < c1; k = ts_next_bit(g->vbits, k + 1, c1)) {
        if (!g->isverb[k])
            continue;
        const ts_word *w = ts_w(s, k);
        if (w && (w->gram & G_SAY) && g->v[k].subj >= 0 && g->v[k].subj != sp && !g->v[k].passive &&
            s->m[g->v[k].subj].t1 <= k && !(g->v[k].coded && g->v[k].root == 4)) {
            /* not a passive: "Maduro was called a dictator by Washington" is not Maduro's word */
            /* not a call coded as one: "called Putin to say the attack was unacceptable" */
            sp = g->v[k].subj;
            c0 = k + 1;
            if (c1 == s->ntok || c1 <= c0)
                c1 = s->ntok;
            /* "told the General Assembly that ...", "said in a statement that ...": the clause
               opens at its "that" past the addressee or the adverbial */
            for (size_t q = k + 1; q < c1 && q <= k + TOLD_THAT_WORDS; q++) {
                if (TOK_IS(s, q, "that")) {
                    if (q > k + 1)
                        c0 = q;
                    break;
                }
                if (hard_boundary(s, q) || ts_is_comma(s, q) || is_quote(s, q) || g->isverb[q])
                    break;
            }
        }
    }
    g->quote_opener = -1;
    if (sp >= 0 && c1 == s->ntok)
        for (size_t q = c0; q < c1 && q < c0 + ACCUSED_LEAD_WORDS && g->quote_opener < 0; q++)
            if (is_quote(s, q))
                g->quote_opener = sp; /* "told reporters: \"..." */
    if (sp < 0 && s->ctx->quote_by[0] && !(g->gram_any & G_SAY)) {
        /* the quotation a speaker opened in an earlier sentence goes on here:
           his words to its closing mark, read by the accusation rules only
           (a clause that opens with the party accused), not by the damning
           words that any sentence may hold */
        sp = add_remembered(s, s->ctx->quote_by);
        c1 = s->ntok;
        for (size_t q = 0; q < s->ntok; q++)
            if (is_quote(s, q)) {
                c1 = q;
                break;
            }
        if (sp >= 0 && !quoted_accusation(g, sp, 0, c1))
            quoted_agent(g, sp, 0, c1);
        g->em.rule = NULL;
        return;
    }
    if (sp < 0 || c0 >= c1)
        return;
    const ts_mention *spk = &s->m[sp];
    if (strlen(spk->code) == 6 && !strcmp(spk->code + 3, "MED"))
        return; /* the outlet reports; it does not judge */
    int pej = ts_class(s->d, CL_PEJORATIVE);
    if (pej < 0 || strlen(spk->code) < 3)
        return;
    if (spk->kind != M_NAME) {
        /* "'Moscow is lying,' he said": a person the story named before is
           accused's judge only through the accusation rules, which name the
           accused party itself */
        if (spk->kind == M_PRON && spk->person && sp == g->late_speaker && strlen(spk->code) == 6 &&
            !strcmp(s->ctx->last_src, spk->code))
            quoted_accusation(g, sp, c0, c1); /* and the one who acted last in the story: its speaker */
        return;
    }
    quoted_denial(g, sp, c0, c1);
    saying_it_judged(g, sp, c0, c1);
    for (size_t k = 0; k < g->em.n; k++) {
        int r = root_of(g->em.out[k].code);
        if (r >= 10 && r <= 12 && !strncmp(g->em.out[k].src, spk->code, 3))
            return;
    }
    /* "'Serbian authorities must arrest those responsible,' said a statement from the
       White House": an obligation laid on another is a demand (100) */
    for (size_t k = c0; k + 1 < c1; k++) {
        int mi = s->mid[k];
        if (mi < 0 || mi == sp || s->m[mi].t0 != k || !TOK_IS(s, s->m[mi].t1, "must") || g->skip[k])
            continue;
        const ts_mention *x = &s->m[mi];
        if ((x->kind != M_NAME && x->kind != M_ADJ) || strlen(x->code) < 3 || x->resolved ||
            !strncmp(x->code, spk->code, 3) || is_place(s, x) || TOK_IS(s, s->m[mi].t1 + 1, "not"))
            continue;
        size_t b = np_start(s, x->t0);
        if (b > 0 && (s->gram[b - 1] & (G_PREP | G_LOC | G_BY)))
            continue;
        emit(s, &g->em, sp, mi, "100", s->m[mi].t1, TOCSIN_EV_ATTRIBUTED, NULL);
        return;
    }
    int subject = -1; /* the reported clause's first actor, if a verb follows it closely */
    size_t subj_be = 0; /* "said the American sanctions were illegal": where its "be" is */
    for (size_t k = c0; k < c1 && k < c0 + 8; k++) {
        int mi = s->mid[k];
        if (mi >= 0 && mi != sp && s->m[mi].t0 == k) {
            for (size_t e = s->m[mi].t1; e < c1 && e < (size_t)s->m[mi].t1 + 6; e++) {
                if (g->isverb[e] && e < (size_t)s->m[mi].t1 + 4) {
                    subject = mi;
                    break;
                }
                if ((s->gram[e] & G_BE) && (e > s->m[mi].t1 || s->m[mi].head > s->m[mi].t0)) {
                    subject = mi; /* "the Japanese visit to the shrine was": its noun phrase's actor */
                    subj_be = e;
                    break;
                }
                if (s->tok[e].kind != TK_WORD || s->mid[e] >= 0 || g->isverb[e] ||
                    (s->gram[e] & (G_AND | G_CONJ | G_SUB | G_REL | G_HAVE | G_MODAL | G_FUT)))
                    break;
            }
            break;
        }
    }
    for (size_t p = c0; p < c1; p++) {
        const ts_word *w = ts_w(s, p);
        if (!w || !((w->classes >> pej) & 1) || s->mid[p] >= 0 || ts_in_class(s->d, w, CL_HOSTILITY) ||
            ts_in_class(s->d, w, CL_ATTACK))
            continue; /* "a summer offensive": an act of war, not a judgement */
        int hypo = 0; /* "If Tehran attacks, it will be a grave mistake", "any move would be a mistake": a warning */
        for (size_t r = c0; r < p && !hypo; r++)
            hypo = (s->gram[r] & G_IF) || ((s->gram[r] & (G_MODAL | G_FUT)) && r + HYPO_WORDS >= p);
        for (size_t r = p; r > c0 && r + OPPOSED_WORDS > p && !hypo; r--)
            hypo = ts_tok_in(s, r - 1, opposed, sizeof opposed / sizeof opposed[0]) &&
                   !(TOK_IS(s, r - 1, "from") && s->mid[r] >= 0); /* (but "the threat from Washington was unfair") */
        if (hypo)
            continue; /* "supporting efforts against terrorism": the wrong opposed, nobody's */
        size_t lo = p > c0 + 10 ? p - 10 : c0, hi = p + 9 < c1 ? p + 9 : c1;
        for (size_t q = lo; q < hi; q++) {
            int mi = s->mid[q];
            if (mi < 0 || mi == sp || s->m[mi].t0 != q || g->skip[q])
                continue;
            const ts_mention *x = &s->m[mi];
            /* one country's two sides judge each other: "Venezuela's opposition said
               Maduro was a usurper" (VENOPP -> VENGOV) */
            int rivals = strlen(x->code) == 6 && strlen(spk->code) == 6 && strcmp(x->code + 3, spk->code + 3);
            size_t b = q;
            while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
                b--;
            /* "said the tariff threat from Washington was unfair": the thing's source, right
               before the clause's "be" (a place by its "from", but a party here) */
            static const ts_lit folk[] = {LIT("migrants"), LIT("immigrants"), LIT("refugees"), LIT("people"),
                                          LIT("workers"),  LIT("nationals"),  LIT("citizens"), LIT("visitors"),
                                          LIT("tourists"), LIT("students"),   LIT("players"),  LIT("fans")};
            int from = b > 1 && TOK_IS(s, b - 1, "from") && !g->isverb[b - 2] && s->mid[b - 2] < 0 &&
                       s->tok[b - 2].kind == TK_WORD && s->tok[b - 2].cas == CASE_LOWER &&
                       !ts_tok_in(s, b - 2, folk, sizeof folk / sizeof folk[0]) && (size_t)x->t1 < p &&
                       (s->gram[x->t1] & G_BE); /* (not its people: "the migrants from Honduras were") */
            if ((x->kind != M_NAME && x->kind != M_ADJ) || strlen(x->code) < 3 || x->resolved ||
                (!strncmp(x->code, spk->code, 3) && !rivals) || (is_place(s, x) && !from))
                continue;
            if (b > 0 && (TOK_IS(s, b - 1, "against") || TOK_IS(s, b - 1, "on") || TOK_IS(s, b - 1, "at") ||
                          TOK_IS(s, b - 1, "toward") || TOK_IS(s, b - 1, "towards") || TOK_IS(s, b - 1, "to") ||
                          TOK_IS(s, b - 1, "for") || TOK_IS(s, b - 1, "with")))
                continue; /* "hostile acts towards Algeria": the victim */
            int agent = (b > 0 && (s->gram[b - 1] & G_BY)) || x->modifier == 2 || mi == subject ||
                        (x->kind == M_ADJ && x->modifier == 1 && x->t1 == p) || from;
            if (!agent)
                continue;
            if ((mi == subject && subj_be) || from) {
                size_t be_at = from ? (size_t)x->t1 : subj_be;
                int neg = p < be_at; /* the judgement is the predicate, asserted */
                for (size_t r = be_at; r < p && !neg; r++)
                    neg = (s->gram[r] & (G_NEG | G_MODAL | G_BY)) != 0; /* "were used ... by the occupiers": the agent's */
                if (neg)
                    continue;
            }
            emit(s, &g->em, sp, mi, "111", p, TOCSIN_EV_ATTRIBUTED, NULL);
            return;
        }
    }
    if (quoted_accusation(g, sp, c0, c1) || quoted_agent(g, sp, c0, c1))
        return;
    size_t n0 = g->em.n;
    quoted_act(g, sp, c0, c1);
    if (g->em.n == n0)
        quoted_story_act(g, sp, c0, c1);
    g->em.rule = NULL;
}

/* The key words of the whole-sentence passes and their SW_* bits ("from"
 * has none: the word after the last one is noted instead). A pass returns
 * at once without its bit: a word added to one of its lists (noted below)
 * must be added here too. */
static const struct {
    ts_lit w;
    unsigned bit;
} sw_words[] = {
    {LIT("by"), SW_BY},          {LIT("if"), SW_IF},          {LIT("unless"), SW_IF},
    {LIT("any"), SW_ANY},        {LIT("that"), SW_THAT},      {LIT("tell"), SW_TELL},
    {LIT("told"), SW_TELL},      {LIT("tells"), SW_TELL},     {LIT("behind"), SW_BLAME},
    {LIT("involved"), SW_BLAME}, {LIT("responsible"), SW_BLAME}, {LIT("from"), 0},
    {LIT("intruded"), SW_BLAME}, {LIT("intrudes"), SW_BLAME}, /* intrusion_claims */
    {LIT("responsibility"), SW_BLAME}, {LIT("blame"), SW_BLAME}, /* blame_clauses */
    {LIT("with"), SW_WITH},
    /* linking_verb */
    {LIT("remain"), SW_LINK},    {LIT("remains"), SW_LINK},   {LIT("remained"), SW_LINK},
    {LIT("seem"), SW_LINK},      {LIT("seems"), SW_LINK},     {LIT("seemed"), SW_LINK},
    {LIT("appear"), SW_LINK},    {LIT("appears"), SW_LINK},   {LIT("appeared"), SW_LINK},
    {LIT("sound"), SW_LINK},     {LIT("sounds"), SW_LINK},    {LIT("sounded"), SW_LINK},
    {LIT("stay"), SW_LINK},      {LIT("stays"), SW_LINK},     {LIT("stayed"), SW_LINK},
    /* any_act_answered: unans[] and avenged[] */
    {LIT("unanswered"), SW_ANSWER}, {LIT("unpunished"), SW_ANSWER}, {LIT("avenged"), SW_ANSWER},
    {LIT("consequences"), SW_ANSWER}, /* "would not be left without consequences" */
    {LIT("punished"), SW_ANSWER},   {LIT("answered"), SW_ANSWER},   {LIT("revenged"), SW_ANSWER},
    /* nominal_mediator: brokered[] and under[] */
    {LIT("brokered"), SW_BROKER},    {LIT("mediated"), SW_BROKER}, {LIT("facilitated"), SW_BROKER},
    {LIT("hosted"), SW_BROKER},      {LIT("sponsored"), SW_BROKER}, {LIT("auspices"), SW_BROKER},
    {LIT("aegis"), SW_BROKER},       {LIT("mediation"), SW_BROKER},
    /* relations_mood */
    {LIT("relations"), SW_TIES}, {LIT("ties"), SW_TIES},
    /* vote_judged_in_speech: vote[] */
    {LIT("election"), SW_VOTE}, {LIT("elections"), SW_VOTE}, {LIT("vote"), SW_VOTE},
    {LIT("poll"), SW_VOTE},     {LIT("polls"), SW_VOTE},     {LIT("ballot"), SW_VOTE},
    {LIT("count"), SW_VOTE},    {LIT("tally"), SW_VOTE},     {LIT("result"), SW_VOTE},
    {LIT("results"), SW_VOTE},  {LIT("referendum"), SW_VOTE},
    /* protest_nouns: protest[] */
    {LIT("protests"), SW_PROTEST}, {LIT("protest"), SW_PROTEST}, {LIT("demonstrations"), SW_PROTEST},
    {LIT("demonstration"), SW_PROTEST}, {LIT("riots"), SW_PROTEST}, {LIT("riot"), SW_PROTEST},
    {LIT("strike"), SW_PROTEST}, {LIT("strikes"), SW_PROTEST},
    /* any_act_answered */
    {LIT("will"), SW_WILL}, {LIT("would"), SW_WILL},
    /* aid_arrived: arrive[] */
    {LIT("arrived"), SW_ARRIVE}, {LIT("arrives"), SW_ARRIVE}, {LIT("reached"), SW_ARRIVE},
    {LIT("reaches"), SW_ARRIVE}, {LIT("landed"), SW_ARRIVE},  {LIT("lands"), SW_ARRIVE},
    {LIT("entered"), SW_ARRIVE}, {LIT("enters"), SW_ARRIVE},  {LIT("docked"), SW_ARRIVE},
    {LIT("docks"), SW_ARRIVE},   {LIT("delivered"), SW_ARRIVE}, {LIT("sent"), SW_ARRIVE},
    {LIT("flown"), SW_ARRIVE},   {LIT("shipped"), SW_ARRIVE}, {LIT("airlifted"), SW_ARRIVE},
    {LIT("airdropped"), SW_ARRIVE}, {LIT("dispatched"), SW_ARRIVE}, {LIT("trucked"), SW_ARRIVE},
    /* options_on_table, red_line */
    {LIT("options"), SW_OPTIONS}, {LIT("option"), SW_OPTIONS}, {LIT("nothing"), SW_OPTIONS},
    {LIT("red"), SW_RED},
    {LIT("legitimate"), SW_LEGIT}, /* legitimate_target */
    {LIT("accused"), SW_ACCUSED}, {LIT("suspected"), SW_ACCUSED}, /* accused_of_atrocity */
    /* response_foretold: resp[] */
    {LIT("response"), SW_RESP}, {LIT("retaliation"), SW_RESP}, {LIT("reply"), SW_RESP}, {LIT("revenge"), SW_RESP},
    /* disaster_country */
    {LIT("earthquake"), SW_DISASTER}, {LIT("earthquakes"), SW_DISASTER}, {LIT("quake"), SW_DISASTER},
    {LIT("flood"), SW_DISASTER},      {LIT("floods"), SW_DISASTER},      {LIT("flooding"), SW_DISASTER},
    {LIT("cyclone"), SW_DISASTER},    {LIT("hurricane"), SW_DISASTER},   {LIT("typhoon"), SW_DISASTER},
    {LIT("tsunami"), SW_DISASTER},    {LIT("wildfire"), SW_DISASTER},    {LIT("wildfires"), SW_DISASTER},
    {LIT("landslide"), SW_DISASTER},  {LIT("landslides"), SW_DISASTER},  {LIT("eruption"), SW_DISASTER},
    {LIT("drought"), SW_DISASTER},    {LIT("famine"), SW_DISASTER},
    {LIT("whether"), SW_WHETHER}, /* mark_skips */
    {LIT("includes"), SW_INCLUDE}, {LIT("included"), SW_INCLUDE}, {LIT("contains"), SW_INCLUDE},
    {LIT("contained"), SW_INCLUDE}, {LIT("comprises"), SW_INCLUDE}, {LIT("comprised"), SW_INCLUDE}, /* aid_package_includes */
    {LIT("warning"), SW_WARNING}, {LIT("warnings"), SW_WARNING}, {LIT("or"), SW_OR}, /* veiled_warning, or_face */
    {LIT("joint"), SW_JOINT}, /* joint_statement_intent */
    {LIT("warned"), SW_WARNED}, {LIT("warns"), SW_WARNED}, {LIT("threatened"), SW_WARNED},
    {LIT("threatens"), SW_WARNED}, /* warned_passive_force: warned[] */
};

/* The key words by their tokens' hash (token.h: the folded key's), each in
 * a slot of its own of SW_SLOTS: a multiplier that puts no two in one slot
 * is looked for once a thread, so a token is looked at once, without a
 * probe, and only one whose hash is a key word's is compared with it
 * (ts_tok_is decides, as it did). Should none be found (or two key words
 * share a hash, or one has none), every token is compared with every key
 * word instead. */
#define SW_SLOTS 4096 /* 2^12 */
#define SW_TRIES 4096 /* multipliers tried */
#define SW_SLOT(h) ((size_t)(((h) * sw_mul) >> (64 - 12)))
static _Thread_local uint64_t sw_hash[SW_SLOTS]; /* 0: empty */
static _Thread_local uint8_t sw_word[SW_SLOTS];  /* index in sw_words */
static _Thread_local uint64_t sw_mul;
static _Thread_local int sw_ready; /* 1: made; 2: compare every word */

static void sw_make(void)
{
    const size_t nw = sizeof sw_words / sizeof sw_words[0];
    /* n words fall into distinct slots of S for a random multiplier with a
       chance of about exp(-n^2 / 2S): kept above exp(-4), so that some of the
       SW_TRIES multipliers work (at 512 slots, 103 words had none, and every
       token was compared with every key word: a quarter of the coder's time) */
    _Static_assert((sizeof sw_words / sizeof sw_words[0]) * (sizeof sw_words / sizeof sw_words[0]) < SW_SLOTS * 8,
                   "sw_hash: keep the table sparse (more slots for more key words)");
    sw_ready = 2;
    for (size_t e = 0; e < nw; e++)
        if (!ts_hash(sw_words[e].w.s, sw_words[e].w.n))
            return;
    for (uint64_t t = 0; t < SW_TRIES; t++) {
        sw_mul = ts_mix(t + 1) | 1; /* odd, and far from the last one */
        memset(sw_hash, 0, sizeof sw_hash);
        size_t e = 0;
        for (; e < nw; e++) {
            uint64_t h = ts_hash(sw_words[e].w.s, sw_words[e].w.n);
            if (sw_hash[SW_SLOT(h)])
                break; /* taken (or the same word twice): the next multiplier */
            sw_hash[SW_SLOT(h)] = h;
            sw_word[SW_SLOT(h)] = (uint8_t)e;
        }
        if (e == nw) {
            sw_ready = 1;
            return;
        }
    }
}

/* The SW_* bits of the sentence's words; *gram_any: the G_* bits of any
 * of its tokens. */
static unsigned sentence_words(const ts_sent *s, size_t *from_end, uint32_t *gram_any)
{
    const size_t nw = sizeof sw_words / sizeof sw_words[0];
    unsigned m = 0;
    uint32_t ga = 0;
    *from_end = 0;
    if (!sw_ready)
        sw_make();
    for (size_t k = 0; k < s->ntok; k++) {
        uint64_t h = s->tok[k].hash;
        ga |= s->gram[k];
        size_t e0 = 0, e1 = nw;
        if (sw_ready == 1) {
            size_t j = SW_SLOT(h);
            if (!((sw_hash[j] == h) & (h != 0)))
                continue; /* no key word: most tokens, on one well-predicted test */
            e0 = sw_word[j];
            e1 = e0 + 1;
        }
        for (size_t e = e0; e < e1; e++)
            if (ts_tok_is(s, k, sw_words[e].w.s, sw_words[e].w.n)) {
                m |= sw_words[e].bit;
                if (!sw_words[e].bit)
                    *from_end = k + 1; /* "from" */
                break;
            }
    }
    *gram_any = ga;
    return m;
}

/* "A curfew was imposed in the city", "Mobile internet was suspended on
 * Friday": a sentence that names no actor may still tell a control imposed
 * at home in the passive, when the story has named a state (passive_at_home). */
static int story_passive_possible(const ts_sent *s)
{
    if (!s->ctx->thing[0] || ts_igo_code(s->ctx->thing))
        return 0;
    for (size_t k = 0; k < s->ntok; k++)
        if (s->gram[k] & G_BE)
            return 1;
    return 0;
}

/* "Russian President Vladimir Putin recognised the two regions. Scholz
 * denounced the decision as a breach of law": a sentence may tell an act in
 * which the coder reads no event (no party is acted on), yet a judgement in
 * the next names it by a definite noun. Remembers the doer: the subject of
 * the sentence's first finite verb, when that verb is active, asserted (not
 * negated, modal, future or hedged) and no verb of saying (what is only said
 * to be done is no act of the speaker's), and the subject a named actor.
 * story_act_doer reads it when the story remembers no doer of that kind. */
static void remember_lead_doer(gstate *g)
{
    ts_sent *s = g->s;
    char *d = s->ctx->lead_doer;
    d[0] = '\0';
    for (size_t i = ts_next_bit(g->vbits, 0, s->ntok); i < s->ntok; i = ts_next_bit(g->vbits, i + 1, s->ntok)) {
        const vinfo *v = &g->v[i];
        if (!g->isverb[i] || v->kind != V_FINITE)
            continue;
        int m = v->subj;
        if ((s->gram[i] & G_SAY) || v->passive || v->neg || v->modal || v->fut || v->hedge || v->cond || m < 0 ||
            g->incond[i] || s->m[m].kind == M_UNRES || strlen(s->m[m].code) < 3)
            return;
        size_t n = strnlen(s->m[m].code, sizeof s->ctx->lead_doer - 1);
        memcpy(d, s->m[m].code, n);
        d[n] = '\0';
        return;
    }
}

size_t ts_grammar(ts_sent *s, ts_raw_event *out, size_t max, unsigned options)
{
    gstate *g = &G;
    g->s = s;
    g->em = (emitter){out, 0, max, 0, "", NULL};
    g->options = options;
    g->quote_opener = -1;
    if (s->ntok == 0 || (s->nm == 0 && !s->ctx->attacker[0] &&
                         !((s->ctx->thing[0] || s->place_cc[0]) && ts_opening_captives(s)) &&
                         !(s->ctx->last_tgt[0] && opening_crew(s)) && !story_passive_possible(s))) {
        /* no actor: nothing to code, but a weapon of the story's attacker (story_striker),
           inmates who take hostages in the story's country (captive_captors), the crew
           the story's last event was done to (story_crew) or a control imposed in the
           passive in a story of one state (passive_at_home); such a sentence may still
           close the story's open quotation */
        quote_carry(g);
        s->ctx->lead_doer[0] = '\0';
        return 0;
    }
    ts_structure_reset(&g->st);
    roaming_groups(g);
    g->words = sentence_words(s, &g->from_end, &g->gram_any);
    mark_skips(g);
    mark_adverbials(g);
    memset(g->glim, 0, s->ntok * sizeof g->glim[0]);
    find_verbs(g);
    g->first_skip = s->ntok;
    for (size_t q = 0; q < s->ntok && (g->gram_any & G_ACCORDING); q++) /* mark_skips' marks */
        if (g->skip[q]) {
            g->first_skip = q;
            break;
        }
    g->late_speaker = -1;
    g->late_at = find_late_speaker(g, &g->late_speaker);
    g->last_finite = g->main_subj = g->say_speaker = g->deny_at = -1;
    g->deny_end = s->ntok;
    g->accuse = g->said_neg = g->said = 0;
    g->suppress_until = 0;
    g->last_target = -1;
    g->pend_verb = g->pend_src = -1;
    g->crew = -1;
    disaster_country(g);
    /* left to right, each verb in named steps; state flows from verb to verb
       (the last finite verb, the speaker of reported speech, a denial) */
    for (size_t i = ts_next_bit(g->vbits, 0, s->ntok); i < s->ntok; i = ts_next_bit(g->vbits, i + 1, s->ntok)) {
        if (!g->isverb[i])
            continue;
        read_chain(g, i);
        govern(g, i);
        if (!verb_subject(g, i) || !verb_attribution(g, i))
            continue;
        vcode vc;
        memset(&vc, 0, sizeof vc);
        if (!verb_pattern(g, i, &vc) || !verb_roles(g, i, &vc) || !verb_conventions(g, i, &vc))
            continue;
        if (accident_toll(g, i, &vc))
            continue;
        size_t n0 = g->em.n;
        verb_emit(g, i, &vc);
        aside_fighters(g, &vc, n0);
    }
    blame_clauses(g);
    intrusion_claims(g);
    passive_blame(g);
    accused_of_atrocity(g);
    charged_noun_acts(g);
    nominal_events(g);
    background_events(g);
    copular_events(g);
    relations_mood(g);
    multiparty_events(g);
    nominal_mediator(g);
    received_from(g);
    aid_arrived(g);
    aid_package_includes(g);
    inquiry_passive(g);
    killed_in_clash(g);
    protest_nouns(g);
    sparked_protests(g);
    subjunctive_demands(g);
    quoted_judgement(g);
    quote_carry(g);
    vote_judged_in_speech(g);
    court_ruling(g);
    g->em.rule = NULL;
    drop_untargeted_twins(g);
    repression_deaths(g);
    assault_toll(g);
    mass_killings(g);
    threats_of_force(g);
    any_act_answered(g);
    warned_passive_force(g);
    warned_condition(g);
    options_on_table(g);
    red_line(g);
    legitimate_target(g);
    made_party(g);
    veiled_warning(g);
    graveyard_for(g);
    treated_as_foe(g);
    warned_fate(g);
    punished_ahead(g);
    hostility_goes_on(g);
    or_face(g);
    response_foretold(g);
    help_offer_told(g);
    aid_promised_to_told(g);
    hosted_by_apposition(g);
    announced_truce_between(g);
    relative_host_mediates(g);
    joint_statement_intent(g);
    ready_to_help_stricken(g);
    relief_names_stricken(g);
    announced_deal_between(g);
    with_go_between(g);
    joint_conference_meeting(g);
    background_talks(g);
    keep_events(g, governing_intent);
    keep_events(g, answered_gerund);
    keep_events(g, attack_told_by_firing);
    remember_lead_doer(g);
    if (yes_no_question(s)) {
        /* what the steps after the verbs made ("demanded that ...") asks too */
        if (!(g->options & 1))
            g->em.n = 0;
        for (size_t e = 0; e < g->em.n; e++)
            g->em.out[e].flags |= TOCSIN_EV_HYPOTHETICAL;
    }
    return g->em.n;
}

