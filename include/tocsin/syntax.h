/* tocsin/syntax.h - part-of-speech tags, phrases and clauses of one sentence.
 *
 * The tagger is an averaged perceptron trained on the Universal Dependencies
 * English Web Treebank (see dict/model/README). It predicts a Penn Treebank
 * tag (VBD, VBN, MD, ...) together with a universal tag (VERB, AUX, ...) for
 * every word. On top of the tags, rules find noun phrases, verb groups and
 * prepositional phrases, and the clauses they form: subject, verb group,
 * object, prepositional attachments and the "by" agent of a passive.
 *
 * Thread safety: a loaded tocsin_tagger is immutable; any number of threads
 * may tag and parse with it at once. Nothing here allocates after loading:
 * every output goes into arrays the caller provides.
 *
 * Hostile input: words may hold any bytes (they are only hashed); work is
 * linear in the number of words; sentences longer than TOCSIN_SYNTAX_MAX_WORDS
 * are tagged in full but parsed only up to that cap. */
#ifndef TOCSIN_SYNTAX_H
#define TOCSIN_SYNTAX_H

#include "tocsin/status.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Penn Treebank tags as used by the English Web Treebank. */
typedef enum tocsin_xpos {
    TOCSIN_X_NONE = 0,
    TOCSIN_X_CC, TOCSIN_X_CD, TOCSIN_X_DT, TOCSIN_X_EX, TOCSIN_X_FW, TOCSIN_X_IN, TOCSIN_X_JJ,
    TOCSIN_X_JJR, TOCSIN_X_JJS, TOCSIN_X_LS, TOCSIN_X_MD, TOCSIN_X_NN, TOCSIN_X_NNS,
    TOCSIN_X_NNP, TOCSIN_X_NNPS, TOCSIN_X_PDT, TOCSIN_X_POS, TOCSIN_X_PRP, TOCSIN_X_PRPS,
    TOCSIN_X_RB, TOCSIN_X_RBR, TOCSIN_X_RBS, TOCSIN_X_RP, TOCSIN_X_SYM, TOCSIN_X_TO,
    TOCSIN_X_UH, TOCSIN_X_VB, TOCSIN_X_VBD, TOCSIN_X_VBG, TOCSIN_X_VBN, TOCSIN_X_VBP,
    TOCSIN_X_VBZ, TOCSIN_X_WDT, TOCSIN_X_WP, TOCSIN_X_WPS, TOCSIN_X_WRB,
    TOCSIN_X_PERIOD, TOCSIN_X_COMMA, TOCSIN_X_COLON, TOCSIN_X_LQUOTE, TOCSIN_X_RQUOTE,
    TOCSIN_X_LRB, TOCSIN_X_RRB, TOCSIN_X_HYPH, TOCSIN_X_NFP, TOCSIN_X_DOLLAR, TOCSIN_X_ADD,
    TOCSIN_X_AFX, TOCSIN_X_GW, TOCSIN_X_XX,
    TOCSIN_X_COUNT
} tocsin_xpos;

/* Universal part-of-speech tags. */
typedef enum tocsin_upos {
    TOCSIN_U_NONE = 0,
    TOCSIN_U_ADJ, TOCSIN_U_ADP, TOCSIN_U_ADV, TOCSIN_U_AUX, TOCSIN_U_CCONJ, TOCSIN_U_DET,
    TOCSIN_U_INTJ, TOCSIN_U_NOUN, TOCSIN_U_NUM, TOCSIN_U_PART, TOCSIN_U_PRON, TOCSIN_U_PROPN,
    TOCSIN_U_PUNCT, TOCSIN_U_SCONJ, TOCSIN_U_SYM, TOCSIN_U_VERB, TOCSIN_U_X,
    TOCSIN_U_COUNT
} tocsin_upos;

/* Names ("VBD", "VERB"); "?" for an out-of-range value. Static strings. */
const char *tocsin_xpos_name(unsigned x);
const char *tocsin_upos_name(unsigned u);

/* One word of a sentence: a slice of the caller's text. */
typedef struct tocsin_word {
    const char *s;
    uint32_t len;
} tocsin_word;

/* The tags of one word. */
typedef struct tocsin_pos {
    uint8_t xpos; /* tocsin_xpos */
    uint8_t upos; /* tocsin_upos */
} tocsin_pos;

typedef struct tocsin_tagger tocsin_tagger;

/* Loads the tagger model from path: a model file, or a dictionary directory
 * holding model/tagger.model. Takes a few milliseconds and about 3 MB. */
int tocsin_tagger_load(const char *path, tocsin_tagger **out, tocsin_error *err);
void tocsin_tagger_free(tocsin_tagger *t);

/* Tags n words into pos[n]. Linear in n, allocates nothing. */
void tocsin_tag(const tocsin_tagger *t, const tocsin_word *w, size_t n, tocsin_pos *pos);

/* ---- phrases and clauses ---- */

#define TOCSIN_SYNTAX_MAX_WORDS 1024 /* words parsed per sentence; the rest get no phrase */
#define TOCSIN_CLAUSE_MAX_PREPS 4    /* prepositional attachments kept per clause */

enum tocsin_phrase_kind {
    TOCSIN_PH_NP = 1, /* noun phrase: head is its last noun (or pronoun, number) */
    TOCSIN_PH_VG,     /* verb group: auxiliaries, modals, negation, adverbs, main verb */
    TOCSIN_PH_PP,     /* preposition: [t0, t1) is the preposition, obj its noun phrase */
    TOCSIN_PH_ADVP,   /* adverbs */
    TOCSIN_PH_ADJP,   /* adjectives outside a noun phrase */
    TOCSIN_PH_SUB,    /* subordinator or relative word: that, which, who, because */
    TOCSIN_PH_CC,     /* coordinating conjunction */
    TOCSIN_PH_PUNCT,
    TOCSIN_PH_OTHER
};

/* Flags of a verb group (tocsin_phrase.flags for TOCSIN_PH_VG, tocsin_clause.flags). */
enum tocsin_vg_flag {
    TOCSIN_VG_PAST = 1u << 0,        /* tense of the first finite verb */
    TOCSIN_VG_PRESENT = 1u << 1,
    TOCSIN_VG_FUTURE = 1u << 2,      /* will / shall / 'll */
    TOCSIN_VG_MODAL = 1u << 3,       /* can, may, must, should, would, could, might */
    TOCSIN_VG_NEG = 1u << 4,         /* not, n't, never */
    TOCSIN_VG_PASSIVE = 1u << 5,     /* be/get + past participle */
    TOCSIN_VG_PERFECT = 1u << 6,     /* have + past participle */
    TOCSIN_VG_PROGRESSIVE = 1u << 7, /* be + -ing */
    TOCSIN_VG_INFINITIVE = 1u << 8,  /* to + verb */
    TOCSIN_VG_PARTICIPLE = 1u << 9,  /* a bare -ing or -ed form with no auxiliary */
    TOCSIN_VG_COPULA = 1u << 10,     /* main verb is "be" */
    /* clause-level flags */
    TOCSIN_CL_SUBJ_SHARED = 1u << 11, /* subject taken from a coordinated clause */
    TOCSIN_CL_RELATIVE = 1u << 12,    /* relative or reduced relative clause ("who fled",
                                         "hostages held by"): antecedent is the noun */
    TOCSIN_CL_INVERTED = 1u << 13,    /* ", X said": subject after the verb */
    TOCSIN_CL_SUBORDINATE = 1u << 14, /* opened by that, because, if, ... */
    TOCSIN_CL_OPENER = 1u << 15,      /* participial opener ("Backed by Iran, the rebels ..."):
                                         subj is the main clause's (parent), flagged shared */
    TOCSIN_CL_OBJ_SHARED = 1u << 16   /* "seized and burned the trucks": burned's object is
                                         also the earlier coordinated verb's (seized's obj) */
};

typedef struct tocsin_phrase {
    uint16_t t0, t1; /* word span [t0, t1) */
    uint16_t head;   /* head word (main verb of a verb group) */
    uint8_t kind;    /* tocsin_phrase_kind */
    uint8_t time;    /* a noun phrase of time: Tuesday, today, last week */
    uint16_t flags;  /* tocsin_vg_flag for a verb group */
    int16_t obj;     /* PP: its noun phrase; NP: the next conjunct ("Sudan and Chad"); -1 */
    int16_t up;      /* NP: the PP it is the object of, -1 */
} tocsin_phrase;

typedef struct tocsin_prep {
    uint16_t prep; /* the preposition word */
    int16_t head;  /* head word of its noun phrase, -1 (a clause follows: "of harbouring") */
} tocsin_prep;

/* One clause per verb group with a main verb (or a copula). Word indices;
 * -1 where there is none. */
typedef struct tocsin_clause {
    uint16_t vg;        /* its verb group (phrase index) */
    uint16_t verb;      /* main verb word (the copula for "is a threat") */
    int16_t subj;       /* subject head word (a relative pronoun in "who fled") */
    int16_t obj;        /* direct object head word */
    int16_t iobj;       /* indirect object: "gave him the book" -> him (obj = book) */
    int16_t agent;      /* head word of a passive's "by" phrase */
    int16_t antecedent; /* relative or participle clause: the noun it describes */
    int16_t parent;     /* clause index: the one whose subject is shared, or the
                           clause of saying whose content this is */
    uint32_t flags;     /* tocsin_vg_flag */
    uint8_t nprep;
    tocsin_prep prep[TOCSIN_CLAUSE_MAX_PREPS]; /* phrases after the verb or object, in order */
} tocsin_clause;

/* Where tocsin_syntax_parse writes. The caller owns every array; sizes are
 * in elements. pos must hold n entries, phrase_of n entries (or be NULL). */
typedef struct tocsin_parse {
    tocsin_pos *pos;          /* in/out: the tags (written when a tagger is given; the
                                 parse may correct a lone VBN/VBD by its context) */
    int16_t *phrase_of;       /* out: phrase index of each word, -1 (may be NULL) */
    tocsin_phrase *phrase;    /* out */
    size_t phrase_cap, nphrase;
    tocsin_clause *clause;    /* out */
    size_t clause_cap, nclause;
} tocsin_parse;

/* Tags words w[0..n) (when tagger is not NULL; otherwise p->pos must already
 * hold tags) and finds their phrases and clauses. Words should be split as
 * the treebank splits them (tocsin's tokenizer does: "n't" and "'s" apart).
 * Returns TOCSIN_OK; TOCSIN_ELIMIT when phrases or clauses beyond the caps
 * were dropped or words beyond TOCSIN_SYNTAX_MAX_WORDS got no phrase (the
 * rest is still filled); TOCSIN_EINVAL for a NULL p, p->pos or w.
 * Lifetimes: w and its slices are read during the call only; word indices in
 * the output refer to w and it holds no pointers into it. Linear in n. */
int tocsin_syntax_parse(const tocsin_tagger *tagger, const tocsin_word *w, size_t n, tocsin_parse *p);

/* Writes the parse of w[0..n) as text: the words with their Penn tags, the
 * phrases in brackets ([NP the army] [VG has attacked]), one line per clause
 * (verb, subject, object, agent, prepositions, flags). Writes at most cap
 * bytes, NUL-terminated when cap > 0; returns the length the whole text
 * needs (not counting the NUL), so a caller can retry with more room. */
size_t tocsin_syntax_explain(const tocsin_word *w, size_t n, const tocsin_parse *p, char *buf, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
