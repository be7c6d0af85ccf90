/* sentence.h - one sentence under analysis, shared by the coder's stages:
 * mention.c (actors) -> grammar.c (verbs, clauses, events). */
#ifndef TS_SENTENCE_H
#define TS_SENTENCE_H

#include "base/internal.h"
#include "dict/dict_impl.h"
#include "text/token.h"
#include "tocsin/event.h"

#include <string.h>

#define TS_MAX_SENT_TOKENS 512  /* longer sentences are cut into pieces */
#define TS_MAX_MENTIONS 128
#define TS_MAX_SENT_EVENTS 64

enum { M_NAME = 1, M_ADJ, M_PRON, M_UNRES };

typedef struct ts_mention {
    uint16_t t0, t1;  /* token span [t0, t1) */
    uint16_t head;    /* head token (agent noun or last token) */
    uint8_t kind;     /* M_* */
    uint8_t person;   /* a single person (he/she) */
    uint8_t resolved; /* came from a pronoun */
    uint8_t modifier; /* used as a modifier ("Iran-backed", "Russia's war") */
    uint8_t weapon;   /* a weapon naming its forces ("a Turkish drone") */
    uint8_t roams;    /* a dictionary `group` (the Islamic State): coded by where it acts */
    int16_t group;    /* first mention of its compound group */
    char sector[4];   /* for unresolved agents ("protesters"): CVL, ... */
    char of_sector[4]; /* "the leaders of China": the sector, for "and Japan" */
    char ctx_sector[4]; /* "the government" named from the document's country: its sector */
    uint8_t people;     /* a plural of a country's adjective: "Kenyans", "the Georgians" */
    uint16_t uname;     /* 1 + the last token of a name the dictionaries lack, after a title
                           ("General Juan Jose Zuniga"), or 0 */
    char code[TS_CODE_MAX];
} ts_mention;

#define TS_CTX_NAMES 16  /* names a story teaches (ts_ctx.names) */
#define TS_NAME_KEY 24   /* bytes of a learned name's key */

/* Per-document memory for pronouns and definite references. */
typedef struct ts_ctx {
    int32_t date; /* days since 1970, DAY_MIN when unknown */
    char person[TS_CODE_MAX]; /* last person: he, she, the president */
    char person_subj[TS_CODE_MAX]; /* the person the last sentence opened with (its subject), or "":
                                      whom a "he" opening the next one names ("X met Y. He said") */
    char person_title[16];    /* the title named with the last person ("minister"), or "" */
    char person_rank[16];     /* any title of one person named with it ("commander", "general"), or "" */
    char thing[TS_CODE_MAX];  /* last country or organisation: it */
    char group[TS_CODE_MAX];  /* last plural or collective: they */
    char igo[TS_CODE_MAX];    /* last organisation: the bloc, the alliance */
    char reb[TS_CODE_MAX];    /* last armed group: the group, the militia */
    char recent[4][TS_CODE_MAX]; /* last actors, newest first */
    char accuser[TS_CODE_MAX], accused[TS_CODE_MAX]; /* the story's last disapproval (11x): who of whom */
    char accuser2[TS_CODE_MAX]; /* the one before, of the same accused ("" if none): a denial answers both */
    char charged[TS_CODE_MAX];  /* the story's first accused: whose an act judged later is, when none was told */
    char asker[TS_CODE_MAX], asked[TS_CODE_MAX]; /* the story's last appeal, demand or threat (02x, 10x, 13x) */
    char attacker[TS_CODE_MAX], attacked[TS_CODE_MAX]; /* the story's last use of force (18x-20x) */
    char co_attacker[2][TS_CODE_MAX]; /* the other states of its sentence that struck the same country
                                         ("The United States and Britain launched strikes"), or "" */
    char assailant[TS_CODE_MAX], assailed[TS_CODE_MAX]; /* the story's last use of force that was no force
                                   back at the assailant before: whom "the attackers", "the gunmen", "the
                                   kidnappers" name (mention.c), and its victim */
    char protesters[TS_CODE_MAX]; /* the people of the story's last protest (14x): "the protesters", "the mob" */
    char protested[TS_CODE_MAX];  /* whom that protest was against, or "" */
    char captives[TS_CODE_MAX]; /* whom the story's last abduction (181) took: "the hostages", "the captives" */
    char land[4];               /* the story's last state acted on as a whole ("drills around Taiwan",
                                   "struck targets across Gaza"): "the island", "the enclave" */
    char envoy[TS_CODE_MAX];    /* the story's last ambassador or envoy named with a country: "the envoy" */
    char rulers[4];             /* the country whose junta or putschists the story named ("Niger's military
                                   rulers", "Soldiers in Gabon ... placed President Bongo under house arrest"):
                                   whose "the junta", "the mutineers", "the coup leaders" are (mention.c) */
    char coercer[TS_CODE_MAX];  /* the story's last coercion (17x): its doer */
    char stricken[4];           /* the country the story's disaster struck: where aid naming no recipient goes */
    char court[TS_CODE_MAX];    /* the story's last court that sentenced or ruled (JUD source of 11x, 17x) */
    char cutter[TS_CODE_MAX];   /* the story's last cut, halt or ban (16x): its doer ("the cut-off") */
    char cut[TS_CODE_MAX];      /* and whom it cut: whose are the bare "four diplomats" another state expels
                                   next, or the ambassador it recalls (grammar.c story_cut) */
    char poser[TS_CODE_MAX];    /* the story's last show of force (15x) at another: its doer ("the drills") */
    char releaser[TS_CODE_MAX]; /* the story's last release or other yielding (08x): its doer ("the release") */
    char rejecter[TS_CODE_MAX]; /* the story's last rejection or veto (12x): its doer ("the veto") */
    char blast[4];              /* where the story's last bomb or blast went off ("A car bomb killed six
                                   people in Mogadishu"): whom a bare "claimed responsibility" struck */
    char blast_code[6];         /* and its kind: 183, or 1831-1833 (ts_blast_code) */
    char quote_by[TS_CODE_MAX]; /* the speaker of a quotation still open after the last sentence
                                   ("X told reporters: \"We will respond. ..."), whose words go on */
    uint8_t quote_left;         /* sentences it may still go on for (QUOTE_CARRY_SENTENCES) */
    struct {
        char key[TS_NAME_KEY];  /* the surname, folded to lower case */
        char code[TS_CODE_MAX];
    } names[TS_CTX_NAMES];      /* people the story introduced with a title ("Bolivia's army chief, General
                                   Juan Jose Zuniga"): a later "Zuniga" is theirs */
    int nnames;                 /* names kept, oldest first, at most TS_CTX_NAMES */
    char last_src[TS_CODE_MAX]; /* the source of the story's last sentence with events: "the move" */
    char done_src[TS_CODE_MAX]; /* the doer of the story's last act done, not only said (not 01x, 02x, 10x,
                                   11x, 13x): "the decision" after words of others ("urged", "condemned") */
    uint8_t last_said;          /* the story's last sentence had events, all of such words */
    char last_tgt[TS_CODE_MAX]; /* and its target: whose "crew" ignored the orders of the source */
    char pair[2][TS_CODE_MAX]; /* the story's last two parties of one event: "both sides", "the two countries" */
    uint8_t joint;             /* the story's last sentence with events told a joint act (one coded both ways) */
    char many[4][4];           /* the countries of the story's last list of three or four: "the three countries" */
    uint8_t nmany;
    char lead_doer[TS_CODE_MAX]; /* the named subject of the last sentence's first verb, active and no verb
                                    of saying, even with no event read ("Putin recognised the regions"):
                                    whose "the decision", "the law" a judgement names next (story_act_doer) */
    char lead_verb[8];           /* with lead_doer: the first letters of that verb's lemma ("seiz"), whose
                                    noun ("the seizure") a judgement may name next (grammar.c lead_verb_noun) */
    char named[8][4]; /* the story's states by their last naming, newest first, places too: whom "the Andean
                         nation", "the Gulf kingdom" mean (mention.c described_state) */
    char scene[4]; /* the country of the story's last venue ("in Nairobi", "outside parliament in Tbilisi"):
                      whose unnamed police and lawmakers are (grammar.c scene_agent) */
    char world_court[TS_CODE_MAX]; /* the international court or tribunal the story named ("the International
                                      Criminal Court", "the ICJ"): whom a bare "the court" names (grammar.c) */
    char leaders[TS_CODE_MAX]; /* the story's last leaders named with their bloc or country ("European Union
                                  leaders", "West African leaders"): whom a later bare "the leaders" names */
    char home_scene[4]; /* the country of the story's last act at home: an event inside one country, or a
                           sentence whose first doer is a country's organ and whose events cross no border
                           ("Georgia's ruling party pushed the bill through despite warnings from
                           Washington"): whose unnamed police and protesters are (grammar.c adopt_country) */
    char home[4]; /* the story's home state: its dateline's, else the state of its first event's source
                     ("BAGHDAD - ...", "Iraq's prime minister pledged ..."): whose bare "the government",
                     "police", "security forces" are when the state last named took no part (mention.c) */
    char parties[6][4]; /* the states that were parties of the story's events, newest first (no accused of
                           11x, no denier of 016): a state named in passing is none of them */
    char thing_subj[TS_CODE_MAX]; /* the state or organisation the last sentence opened with (its subject), or
                                     "": whom an "it" opening the next one names ("The UN said hundreds were
                                     held in Myanmar. It urged ..."), as person_subj for "he" */
} ts_ctx;

typedef struct ts_sent {
    const tocsin_dict *d;
    const char *text;   /* base of token offsets */
    ts_tok *tok;
    uint32_t gram[TS_MAX_SENT_TOKENS];   /* grammar bits, multi-word phrases included */
    int16_t mid[TS_MAX_SENT_TOKENS];     /* mention covering the token, -1 */
    size_t ntok;
    ts_mention m[TS_MAX_MENTIONS];
    size_t nm;
    ts_ctx *ctx;
    char place_cc[4]; /* the one country of the sentence's place phrases ("in Kakamega"), or "" */
    char home_cc[4];  /* the story's dateline country, when the story has named it lately, or "" */
    char dateline_cc[4]; /* the story's dateline country, named or not, or "" */
} ts_sent;

/* grammar.c's rule for a weapon that names nobody (story_striker); the coder
 * names its target's rule after it */
#define TS_RULE_STORY_STRIKER "source: a strike or weapon that names nobody is the story's last attacker's"

/* A coded event before it becomes a tocsin_event. */
typedef struct ts_raw_event {
    char src[TS_CODE_MAX], tgt[TS_CODE_MAX];
    char code[6];
    uint16_t src_t0, src_t1, verb_t, tgt_t0, tgt_t1;
    unsigned flags;
    uint8_t place_target;  /* no target named: the country of its place in this sentence, else no event
                              (2: a judged act's victim's country; 3: a foreign judge's, abroad only) */
    char speaker_cc[4];    /* with place_target: else the reporting state's country, if any */
    const char *rule;      /* the grammar's rule that made it, for explanations; NULL */
    const ts_pattern *pat; /* the pattern that coded it */
} ts_raw_event;

/* wordclass.c: the dictionaries' word classes (dict/verbs/classes.txt) the
 * coder's own rules consult: the class's bit in ts_word.classes, or -1 when
 * the dictionaries have no such class. Looked up once per dictionary. */
enum { CL_WAR, CL_ATTACK, CL_MEDIUM, CL_AIRSTRIKE, CL_TALK, CL_MEETING, CL_HOSTILITY, CL_PEJORATIVE,
       CL_WEAPON, CL_AID, CL_ECONAID, CL_HUMAID, CL_SANCTION, CL_AGREEMENT, CL_DRILL, CL_INVESTIGATION,
       CL_STANCE, CL_CEASE, CL_COPULAR, CL_ALLEGATION, CL_FALSITY, CL_MISCONDUCT, CL_ABET, CL_COUNT };
/* the bits of the dictionary last asked about on this thread (wordclass.c) */
extern _Thread_local const tocsin_dict *ts_class_dict;
extern _Thread_local int ts_class_bits[CL_COUNT];
int ts_class_lookup(const tocsin_dict *d, int which);

/* inline: the rules ask several times per word */
static inline int ts_class(const tocsin_dict *d, int which)
{
    if (d == ts_class_dict && which >= 0 && which < CL_COUNT)
        return ts_class_bits[which];
    return ts_class_lookup(d, which);
}

static inline int ts_in_class(const tocsin_dict *d, const ts_word *w, int which)
{
    int b = ts_class(d, which);
    return w && b >= 0 && ((w->classes >> b) & 1);
}

/* the bits of the classes which[0..n) together, to test ts_word.classes once */
static inline uint64_t ts_class_mask(const tocsin_dict *d, const int *which, size_t n)
{
    uint64_t m = 0;
    for (size_t k = 0; k < n; k++) {
        int b = ts_class(d, which[k]);
        if (b >= 0)
            m |= 1ull << b;
    }
    return m;
}

/* whether word w matches a pattern element (a word, {alternatives}, @class) */
static inline int ts_elem_match(const ts_word *w, const ts_elem *e, const tocsin_dict *d)
{
    if (!w)
        return 0;
    switch (e->type) {
    case E_WORD:
        return w->lemma == e->a || (uint32_t)(w - d->lex.w) == e->a;
    case E_ALT:
        if (e->alt_bits && !e->alt_class &&
            !(e->alt_bits & (1ull << (w->lemma & 63) | 1ull << ((uint32_t)(w - d->lex.w) & 63))))
            return 0; /* neither the lemma nor the word is among its words */
        for (uint32_t k = 0; k < e->b; k++) {
            uint32_t a = d->alts[e->a + k];
            if (a & ALT_CLASS) {
                if ((w->classes >> (a & 63)) & 1)
                    return 1;
            } else if (w->lemma == a || (uint32_t)(w - d->lex.w) == a) {
                return 1;
            }
        }
        return 0;
    case E_CLASS:
        return (w->classes >> e->a) & 1;
    default:
        return 0;
    }
}

/* mention.c: finds actors and multi-word grammar phrases. */
void ts_mentions(ts_sent *s);
/* mention.c: a new mention over tokens [t0, t1) in a group of its own, its
 * tokens left to the mentions that hold them; -1 when the sentence is full. */
int ts_mention_new(ts_sent *s, size_t t0, size_t t1, size_t head, int kind, const char *code);
/* mention.c: remembers this sentence's actors for later pronouns. */
void ts_ctx_update(ts_sent *s);
/* The code of the first bomb or blast word before token end (183, a
 * suicide 1831, car 1832 or roadside 1833 one) whose place ("in Mogadishu")
 * names a country, left in cc; "" when none. */
const char *ts_blast_code(const ts_sent *s, size_t end, char cc[4]);
/* grammar.c: whether the sentence opens with captives ("Inmates at several
 * jails took ..."), whom the coder places even where it names no actor. */
int ts_opening_captives(const ts_sent *s);
/* grammar.c: codes the sentence; returns the number of events written. */
size_t ts_grammar(ts_sent *s, ts_raw_event *out, size_t max, unsigned options);

/* Is token i the word lit (ASCII, compared case-insensitively)? Use TOK_IS
 * with a string literal so the length is known at compile time. */
static inline int ts_tok_is(const ts_sent *s, size_t i, const char *lit, size_t n)
{
    if (i >= s->ntok || s->tok[i].len != n)
        return 0;
    const char *p = s->text + s->tok[i].off;
    for (size_t k = 0; k < n; k++) {
        char c = p[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != lit[k])
            return 0;
    }
    return 1;
}
/* TOK_IS first compares the token's hash (token.h: the folded key's) with
 * the literal's, made at compile time, when the literal is 1 to
 * TS_LIT_HASH_MAX of [a-z0-9]: a token equal to it (ASCII case folded) has
 * exactly that key, so another hash rejects it without a look at its bytes;
 * an equal hash is still checked byte by byte ("th\xC3\xA9" folds to "the"). */
#define TS_LIT_HASH_MAX 12
#define TS_LIT_C(lit, k) ((unsigned char)(lit)[(k) < sizeof(lit) ? (k) : 0])
#define TS_LIT_IN(lit, k) ((k) + 1 < sizeof(lit))
#define TS_LIT_OK1(lit, k)                                                                                        \
    (!TS_LIT_IN(lit, k) || (TS_LIT_C(lit, k) >= 'a' && TS_LIT_C(lit, k) <= 'z') ||                                \
     (TS_LIT_C(lit, k) >= '0' && TS_LIT_C(lit, k) <= '9'))
#define TS_LIT_OK(lit)                                                                                            \
    (sizeof(lit) >= 2 && sizeof(lit) - 1 <= TS_LIT_HASH_MAX && TS_LIT_OK1(lit, 0) && TS_LIT_OK1(lit, 1) &&        \
     TS_LIT_OK1(lit, 2) && TS_LIT_OK1(lit, 3) && TS_LIT_OK1(lit, 4) && TS_LIT_OK1(lit, 5) && TS_LIT_OK1(lit, 6) && \
     TS_LIT_OK1(lit, 7) && TS_LIT_OK1(lit, 8) && TS_LIT_OK1(lit, 9) && TS_LIT_OK1(lit, 10) && TS_LIT_OK1(lit, 11))
#define TS_LIT_H1(h, lit, k)                                                                                      \
    (((h) ^ (TS_LIT_IN(lit, k) ? TS_LIT_C(lit, k) : 0u)) * (TS_LIT_IN(lit, k) ? TS_FNV_PRIME : 1u))
#define TS_LIT_HASH(lit)                                                                                          \
    TS_LIT_H1(TS_LIT_H1(TS_LIT_H1(TS_LIT_H1(TS_LIT_H1(TS_LIT_H1(TS_LIT_H1(TS_LIT_H1(TS_LIT_H1(TS_LIT_H1(           \
        TS_LIT_H1(TS_LIT_H1(TS_FNV_OFFSET, lit, 0), lit, 1), lit, 2), lit, 3), lit, 4), lit, 5), lit, 6), lit, 7),  \
        lit, 8), lit, 9), lit, 10), lit, 11)
/* Whether token i is the one-character punctuation c ("," for ts_is_comma) */
static inline int ts_is_punct(const ts_sent *s, size_t i, char c)
{
    return i < s->ntok && s->tok[i].kind == TK_PUNCT && s->tok[i].len == 1 && s->text[s->tok[i].off] == c;
}
static inline int ts_is_comma(const ts_sent *s, size_t i) { return ts_is_punct(s, i, ','); }

static inline int ts_tok_hash_is(const ts_sent *s, size_t i, uint64_t h)
{
    return i < s->ntok && s->tok[i].hash == h;
}
#define TOK_IS(s, i, lit)                                                                                         \
    (TS_LIT_OK(lit) ? ts_tok_hash_is((s), (i), TS_LIT_HASH(lit)) && ts_tok_is((s), (i), (lit), sizeof(lit) - 1)   \
                    : ts_tok_is((s), (i), (lit), sizeof(lit) - 1))

/* One bit of a 64-bit filter for the literal w (1 to TS_LIT_HASH_MAX of
 * [a-z0-9], as TOK_IS hashes it): the top six bits of its hash. A token
 * whose hash's bit is not in the OR of a list's bits is none of the list's
 * words; a cheap first test before a long list. */
#define TS_LIT_BIT(w) (1ull << (TS_LIT_HASH(w) >> 58))
static inline int ts_tok_bit_in(const ts_sent *s, size_t i, uint64_t bits)
{
    return i < s->ntok && ((bits >> (s->tok[i].hash >> 58)) & 1);
}

/* An organisation's code, not a state's: the UN, the EU, another IGO, an
 * NGO, or any code that is no country (three letters) with a sector (six). */
static inline int ts_igo_code(const char *c)
{
    size_t n = strlen(c);
    return (n != 3 && n != 6) || !strncmp(c, "UNO", 3) || !strncmp(c, "EUR", 3) || !strncmp(c, "IGO", 3) ||
           !strncmp(c, "NGO", 3);
}
/* A region's code, no state's: the West, West Africa, Latin, South and
 * North America, the Balkans (dict/actors/places.txt). A region has no
 * government, army or junta of its own for "the junta" to mean. */
static inline int ts_region_code(const char *c)
{
    return !strncmp(c, "WST", 3) || !strncmp(c, "WAF", 3) || !strncmp(c, "LAM", 3) || !strncmp(c, "SAM", 3) ||
           !strncmp(c, "NMR", 3) || !strncmp(c, "BLK", 3);
}
/* The story's latest party that is a state other than cc's (no
 * organisation, not the West): whom "the junta", "the Foreign Office" or
 * "the country's police" mean when the sentence names only cc. NULL: none. */
static inline const char *ts_ctx_other_state(const ts_ctx *x, const char *cc)
{
    for (size_t k = 0; k < sizeof x->recent / sizeof x->recent[0]; k++) {
        const char *c = x->recent[k];
        if (!ts_igo_code(c) && !ts_region_code(c) && strncmp(c, cc, 3))
            return c;
    }
    return NULL;
}
/* The story's home state (ts_ctx.home) where its memory's last state
 * (ts_ctx.thing) was named only in passing: no party of the story's events
 * nor its scene ("BAGHDAD - ... Many blame the 2003 US invasion for the
 * chaos. Security forces fired tear gas ...": Iraq's forces), or where the
 * story has named no state yet ("MOSCOW - The government expelled ...");
 * once the story names states, only a home it has named among them.
 * NULL: the memory's state stands. The caller checks that its sentence
 * names no other state. */
static inline const char *ts_ctx_home_over(const ts_ctx *x)
{
    if (!x->home[0] || (x->thing[0] && !strncmp(x->thing, x->home, 3)) ||
        (x->scene[0] && !strncmp(x->scene, x->thing, 3)))
        return NULL; /* "WASHINGTON - ... the killing of protesters in Kenya. Police ...": the scene's */
    if (x->thing[0] && !ts_igo_code(x->thing) && !ts_region_code(x->thing))
        for (int k = 0; k < 6 && x->parties[k][0]; k++)
            if (!strncmp(x->parties[k], x->thing, 3))
                return NULL; /* "Israeli jets struck targets in Lebanon. The ministry ...": a party's */
    if (!x->thing[0])
        return x->home;
    for (int k = 0; k < 8 && x->named[k][0]; k++)
        if (!strncmp(x->named[k], x->home, 3))
            return x->home;
    return NULL; /* "LONDON - Iran has faced months of unrest. Security forces ...": a home the story
                    has not named is only where it was filed */
}
/* The one state the story has named so far (ts_ctx.named), or NULL when it
 * named none or more than one: "the protests", "all parties", a call for
 * restraint in a story of one country are that country's. */
static inline const char *ts_ctx_only_state(const ts_ctx *x)
{
    return x->named[0][0] && !x->named[1][0] ? x->named[0] : NULL;
}
/* A word of a list with its length known at compile time: LIT("said"), with
 * its hash as TOK_IS makes it (0: none, its bytes are compared). */
typedef struct ts_lit {
    const char *s;
    size_t n;
    uint64_t h;
} ts_lit;
#define LIT(w) {(w), sizeof(w) - 1, TS_LIT_OK(w) ? TS_LIT_HASH(w) : 0}
/* ts_tok_is for one word of a list, out of line: asked only when the
 * token's hash is the word's (or the word has none) */
#if defined(__GNUC__)
__attribute__((noinline, unused))
#endif
static int ts_tok_is_at(const ts_sent *s, size_t i, const ts_lit *w)
{
    return ts_tok_is(s, i, w->s, w->n);
}

/* Is token i one of the words list[0..n)? Always inlined, so that the
 * filter below is a constant at every call. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int ts_tok_in(const ts_sent *s, size_t i, const ts_lit *list, size_t n)
{
    if (i >= s->ntok)
        return 0;
    uint64_t th = s->tok[i].hash, bits = 0;
    /* first, whether any word may be it: most tokens are none of them. The
       list's TS_LIT_BIT filter (all bits for a word with no hash), which the
       compiler makes a constant for a list it sees, the common case: one
       test a token instead of one a word */
#pragma GCC unroll 64
    for (size_t k = 0; k < n; k++)
        bits |= list[k].h ? 1ull << (list[k].h >> 58) : ~0ull;
    if (!((bits >> (th >> 58)) & 1))
        return 0;
    /* then each word's hash, a constant compared (the bytes out of line,
       only for the word with the token's hash) */
#pragma GCC unroll 64
    for (size_t k = 0; k < n; k++)
        if ((!list[k].h || list[k].h == th) && ts_tok_is_at(s, i, &list[k]))
            return 1;
    return 0;
}
/* ", a day after ...", ", hours before ...", ", two weeks after ...": at the
 * comma k, a time told against another event opens a clause of its own,
 * whose places and parties are that event's (grammar.c clause_end, where.c). */
static inline int ts_time_clause_at(const ts_sent *s, size_t k)
{
    static const ts_lit units[] = {LIT("day"),   LIT("days"),   LIT("hours"), LIT("hour"), LIT("week"),
                                   LIT("weeks"), LIT("month"),  LIT("months"), LIT("minutes")};
    if (!ts_is_comma(s, k))
        return 0;
    size_t q = k + 1;
    if (q < s->ntok && (TOK_IS(s, q, "just") || TOK_IS(s, q, "only") || TOK_IS(s, q, "barely")))
        q++;
    if (q < s->ntok && (TOK_IS(s, q, "a") || TOK_IS(s, q, "an") || TOK_IS(s, q, "two") || TOK_IS(s, q, "three") ||
                        TOK_IS(s, q, "few") || s->tok[q].kind == TK_NUM))
        q++;
    if (q < s->ntok && TOK_IS(s, q, "few"))
        q++;
    return q + 1 < s->ntok && ts_tok_in(s, q, units, sizeof units / sizeof units[0]) &&
           (TOK_IS(s, q + 1, "after") || TOK_IS(s, q + 1, "before"));
}

/* "told reporters in Geneva", "speaking to journalists in Vienna", "at a
 * news conference in Kyiv": the place at t0 (its name, past a determiner
 * and its "in"/"at") is where someone spoke to the press, no party of the
 * story nor the country of the people or events it tells of. */
#define TS_BRIEFING_WORDS 4 /* from the audience noun back to "told": "told a | news | conference" */
static inline int ts_briefing_at(const ts_sent *s, size_t t0)
{
    static const ts_lit audience[] = {LIT("reporters"),  LIT("journalists"), LIT("correspondents"),
                                      LIT("conference"), LIT("briefing"),    LIT("press"),
                                      LIT("media"),      LIT("newsmen")};
    static const ts_lit tell[] = {LIT("told"),    LIT("tells"),   LIT("tell"),      LIT("telling"),
                                  LIT("briefed"), LIT("briefs"),  LIT("addressed"), LIT("addressing")};
    static const ts_lit speak[] = {LIT("speaking"), LIT("talking"), LIT("spoke"), LIT("talked")};
    static const ts_lit scene[] = {LIT("at"), LIT("during"), LIT("to")};
    size_t p = t0;
    while (p > 0 && (s->gram[p - 1] & G_DET) && s->mid[p - 1] < 0)
        p--;
    if (p < 2 || !(TOK_IS(s, p - 1, "in") || TOK_IS(s, p - 1, "at")))
        return 0;
    size_t n = p - 2; /* the audience, right before "in" */
    if (s->tok[n].kind != TK_WORD || s->tok[n].cas != CASE_LOWER ||
        !ts_tok_in(s, n, audience, sizeof audience / sizeof audience[0]))
        return 0;
    for (size_t q = n; q-- > 0 && q + TS_BRIEFING_WORDS >= n;) {
        if (s->tok[q].kind == TK_PUNCT)
            return 0;
        if (ts_tok_in(s, q, tell, sizeof tell / sizeof tell[0]))
            return 1; /* "told reporters in", "told a news conference in" */
        if (ts_tok_in(s, q, scene, sizeof scene / sizeof scene[0]))
            return !TOK_IS(s, q, "to") || (q > 0 && ts_tok_in(s, q - 1, speak, sizeof speak / sizeof speak[0]));
            /* "at a news conference in", "speaking to reporters in" */
    }
    return 0;
}

/* "Troops seized state television while the president was at a summit in
 * Ethiopia", "as the prime minister was abroad on a visit to India": a
 * place at t0 in a clause of "while", "as" or "when" that tells where
 * someone was is his whereabouts, not where the main clause's agents are
 * (grammar.c adopt_country, coder.c place_agents). */
#define TS_WHEREABOUTS_WORDS 14 /* from "while" to the place */
static inline int ts_whereabouts_at(const ts_sent *s, size_t t0)
{
    static const ts_lit opener[] = {LIT("while"), LIT("as"), LIT("when")};
    static const ts_lit be[] = {LIT("was"), LIT("were"), LIT("is"), LIT("are")};
    static const ts_lit where[] = {LIT("abroad"),    LIT("away"),     LIT("at"),         LIT("in"),
                                   LIT("on"),        LIT("attending"), LIT("visiting"), LIT("travelling"),
                                   LIT("traveling"), LIT("overseas")};
    size_t w = 0;
    int found = 0;
    if (ts_briefing_at(s, t0))
        return 1; /* "told reporters in Geneva": where the speaker spoke */
    for (size_t q = t0; q-- > 0 && q + TS_WHEREABOUTS_WORDS >= t0;) {
        if (s->tok[q].kind == TK_PUNCT)
            return 0;
        if (ts_tok_in(s, q, opener, sizeof opener / sizeof opener[0])) {
            w = q;
            found = 1;
            break;
        }
    }
    if (!found)
        return 0;
    for (size_t q = w + 2; q + 1 < t0 && q <= w + 6; q++)
        if (ts_tok_in(s, q, be, sizeof be / sizeof be[0]) && ts_tok_in(s, q + 1, where, sizeof where / sizeof where[0]))
            return 1; /* "while the president was abroad at a summit in ..." */
    return 0;
}

/* Is token i a lower-case compass word before a place ("northern Gaza",
 * "eastern Congo")? A hyphenated "north-western" is three tokens: not read. */
static inline int ts_compass_word(const ts_sent *s, size_t i)
{
    static const ts_lit compass[] = {LIT("northern"),     LIT("southern"),     LIT("eastern"),
                                     LIT("western"),      LIT("central"),      LIT("northeastern"),
                                     LIT("northwestern"), LIT("southeastern"), LIT("southwestern")};
    return i < s->ntok && s->tok[i].cas == CASE_LOWER && ts_tok_in(s, i, compass, sizeof compass / sizeof compass[0]);
}

static inline const ts_word *ts_w(const ts_sent *s, size_t i)
{
    int32_t id = s->tok[i].word;
    return id >= 0 ? &s->d->lex.w[id] : NULL;
}

#endif
