/* test_syntax_unit.c - unit tests of the tagger and the clause finder on
 * sentences written for these tests (words split at spaces).
 *
 *   test_syntax_unit DICTDIR */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tocsin/syntax.h"

static const char *dictdir = "dict";
static tocsin_tagger *T;

#define MAXW 64

typedef struct sent {
    char buf[1024];
    tocsin_word w[MAXW];
    size_t n;
    tocsin_pos pos[MAXW];
    int16_t of[MAXW];
    tocsin_phrase ph[MAXW];
    tocsin_clause cl[MAXW];
    tocsin_parse p;
    int rc;
} sent;

static void parse(sent *s, const char *text)
{
    memset(s, 0, sizeof *s);
    snprintf(s->buf, sizeof s->buf, "%s", text);
    char *q = s->buf;
    while (*q && s->n < MAXW) {
        while (*q == ' ')
            q++;
        if (!*q)
            break;
        char *e = strchr(q, ' ');
        size_t len = e ? (size_t)(e - q) : strlen(q);
        s->w[s->n++] = (tocsin_word){q, (uint32_t)len};
        q += len;
    }
    s->p = (tocsin_parse){s->pos, s->of, s->ph, MAXW, 0, s->cl, MAXW, 0};
    s->rc = tocsin_syntax_parse(T, s->w, s->n, &s->p);
}

static int word_index(const sent *s, const char *word)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->w[i].len == strlen(word) && !memcmp(s->w[i].s, word, s->w[i].len))
            return (int)i;
    return -1;
}

/* the clause whose main verb is word */
static const tocsin_clause *clause_of(const sent *s, const char *verb)
{
    int v = word_index(s, verb);
    for (size_t c = 0; c < s->p.nclause; c++)
        if (s->cl[c].verb == v)
            return &s->cl[c];
    return NULL;
}

static void t_tags(void **st)
{
    (void)st;
    sent s;
    parse(&s, "The army attacked the village on Tuesday .");
    assert_int_equal(s.rc, TOCSIN_OK);
    assert_string_equal(tocsin_xpos_name(s.pos[0].xpos), "DT");
    assert_string_equal(tocsin_xpos_name(s.pos[1].xpos), "NN");
    assert_string_equal(tocsin_xpos_name(s.pos[2].xpos), "VBD");
    assert_string_equal(tocsin_upos_name(s.pos[2].upos), "VERB");
    assert_string_equal(tocsin_upos_name(s.pos[5].upos), "ADP");
    assert_string_equal(tocsin_upos_name(s.pos[7].upos), "PUNCT");
    parse(&s, "Officials have been warned that they will be arrested .");
    assert_string_equal(tocsin_xpos_name(s.pos[1].xpos), "VBP");
    assert_string_equal(tocsin_upos_name(s.pos[1].upos), "AUX");
    assert_string_equal(tocsin_xpos_name(s.pos[3].xpos), "VBN");
    assert_string_equal(tocsin_xpos_name(s.pos[6].xpos), "MD");
    assert_string_equal(tocsin_xpos_name(99), "?");
}

static void t_subject_object(void **st)
{
    (void)st;
    sent s;
    parse(&s, "Hezbollah on Tuesday rejected the French plan .");
    const tocsin_clause *c = clause_of(&s, "rejected");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Hezbollah"));
    assert_int_equal(c->obj, word_index(&s, "plan"));
    assert_true(c->flags & TOCSIN_VG_PAST);
    assert_false(c->flags & TOCSIN_VG_PASSIVE);

    parse(&s, "The European Union imposed new sanctions on the regime .");
    c = clause_of(&s, "imposed");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Union"));
    assert_int_equal(c->obj, word_index(&s, "sanctions"));
    assert_int_equal(c->nprep, 1);
    assert_int_equal(c->prep[0].prep, word_index(&s, "on"));
    assert_int_equal(c->prep[0].head, word_index(&s, "regime"));
}

static void t_passive_agent(void **st)
{
    (void)st;
    sent s;
    parse(&s, "The aid convoy was attacked by armed men near the border .");
    const tocsin_clause *c = clause_of(&s, "attacked");
    assert_non_null(c);
    assert_true(c->flags & TOCSIN_VG_PASSIVE);
    assert_int_equal(c->subj, word_index(&s, "convoy"));
    assert_int_equal(c->agent, word_index(&s, "men"));
    assert_int_equal(c->obj, -1);
}

static void t_negation_modal(void **st)
{
    (void)st;
    sent s;
    parse(&s, "The government would not accept the offer .");
    const tocsin_clause *c = clause_of(&s, "accept");
    assert_non_null(c);
    assert_true(c->flags & TOCSIN_VG_NEG);
    assert_true(c->flags & TOCSIN_VG_MODAL);
    assert_int_equal(c->subj, word_index(&s, "government"));
    assert_int_equal(c->obj, word_index(&s, "offer"));
}

static void t_coordination(void **st)
{
    (void)st;
    sent s;
    parse(&s, "Russia and China blocked the resolution .");
    const tocsin_clause *c = clause_of(&s, "blocked");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Russia"));
    parse(&s, "Soldiers entered the town and seized the airport .");
    c = clause_of(&s, "seized");
    assert_non_null(c);
    assert_true(c->flags & TOCSIN_CL_SUBJ_SHARED);
    assert_int_equal(c->subj, word_index(&s, "Soldiers"));
    assert_int_equal(c->obj, word_index(&s, "airport"));
    /* a conjunct of a preposition's object is not the subject */
    parse(&s, "Talks between Peru and Chile resumed in Lima .");
    c = clause_of(&s, "resumed");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Talks"));
    parse(&s, "Clashes between Indian and Chinese troops left four dead .");
    c = clause_of(&s, "left");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Clashes"));
}

static void t_inversion(void **st)
{
    (void)st;
    sent s;
    parse(&s, "The talks will resume next week , said the minister .");
    const tocsin_clause *c = clause_of(&s, "said");
    assert_non_null(c);
    assert_true(c->flags & TOCSIN_CL_INVERTED);
    assert_int_equal(c->subj, word_index(&s, "minister"));
}

static void t_shared_subjects(void **st)
{
    (void)st;
    sent s;
    /* an infinitive takes the subject; after a verb of urging, the object */
    parse(&s, "Iranian hackers attempted to break into the networks of several banks .");
    const tocsin_clause *c = clause_of(&s, "break");
    assert_non_null(c);
    assert_true(c->flags & TOCSIN_VG_INFINITIVE);
    assert_int_equal(c->subj, word_index(&s, "hackers"));
    assert_true(c->flags & TOCSIN_CL_SUBJ_SHARED);
    parse(&s, "The council urged Iran to stop enrichment .");
    c = clause_of(&s, "stop");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Iran"));
    assert_int_equal(c->obj, word_index(&s, "enrichment"));
    /* a participial opener: passive, its agent, the main clause's subject */
    parse(&s, "Backed by Iran , the rebels attacked the base .");
    c = clause_of(&s, "Backed");
    assert_non_null(c);
    assert_true(c->flags & TOCSIN_CL_OPENER);
    assert_true(c->flags & TOCSIN_VG_PASSIVE);
    assert_int_equal(c->agent, word_index(&s, "Iran"));
    assert_int_equal(c->subj, word_index(&s, "rebels"));
    /* a reduced relative describes the noun before it */
    parse(&s, "Soldiers freed hostages held by the militia .");
    c = clause_of(&s, "held");
    assert_non_null(c);
    assert_true(c->flags & TOCSIN_CL_RELATIVE);
    assert_int_equal(c->antecedent, word_index(&s, "hostages"));
    assert_int_equal(c->agent, word_index(&s, "militia"));
    assert_int_equal(clause_of(&s, "freed")->obj, word_index(&s, "hostages"));
    /* coordinated noun phrases are linked */
    parse(&s, "Qatar launched talks between Sudan and Chad .");
    int a = s.of[word_index(&s, "Sudan")], b = s.of[word_index(&s, "Chad")];
    assert_true(a >= 0 && b >= 0);
    assert_int_equal(s.ph[a].obj, b);
    assert_int_equal(s.ph[a].kind, TOCSIN_PH_NP);
}

/* the object of the clause whose verb is `verb`, as a word index (-2: no such clause) */
static int obj_of(const sent *s, const char *verb)
{
    const tocsin_clause *c = clause_of(s, verb);
    return c ? c->obj : -2;
}

static void t_objects(void **st)
{
    (void)st;
    sent s;
    /* the person told or asked is an indirect object; "them" still leaves */
    parse(&s, "The envoy told reporters that the talks had failed .");
    const tocsin_clause *c = clause_of(&s, "told");
    assert_non_null(c);
    assert_int_equal(c->iobj, word_index(&s, "reporters"));
    assert_int_equal(c->obj, -1);
    parse(&s, "The minister asked them to leave the border area .");
    c = clause_of(&s, "asked");
    assert_non_null(c);
    assert_int_equal(c->iobj, word_index(&s, "them"));
    c = clause_of(&s, "leave");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "them"));
    assert_int_equal(c->obj, word_index(&s, "area"));
    parse(&s, "The envoy told them about the plan .");
    c = clause_of(&s, "told");
    assert_non_null(c);
    assert_int_equal(c->iobj, word_index(&s, "them"));
    assert_int_equal(c->obj, -1);
    /* "told" with what is told as its object keeps it */
    parse(&s, "The general told a different story .");
    assert_int_equal(obj_of(&s, "told"), word_index(&s, "story"));
    /* an amount: the currency sign heads it */
    parse(&s, "Donors pledged $ 40 million for the camps .");
    assert_int_equal(obj_of(&s, "pledged"), word_index(&s, "$"));
    /* a quantity standing for a noun phrase */
    parse(&s, "The rebels released some of the hostages .");
    assert_int_equal(obj_of(&s, "released"), word_index(&s, "some"));
    /* an adjective after the object is not in it */
    parse(&s, "The soldiers kept the road open for the convoy .");
    assert_int_equal(obj_of(&s, "kept"), word_index(&s, "road"));
    /* an adverb and a quoted word inside the object */
    parse(&s, "The court issued a very harsh sentence on Monday .");
    assert_int_equal(obj_of(&s, "issued"), word_index(&s, "sentence"));
    parse(&s, "The army sent \" humanitarian \" aid to the town .");
    assert_int_equal(obj_of(&s, "sent"), word_index(&s, "aid"));
    /* a verb of saying: its noun phrase, past its own phrases, is the
     * subject of what is said */
    parse(&s, "The minister said the talks in Geneva had failed .");
    assert_int_equal(obj_of(&s, "said"), -1);
    c = clause_of(&s, "failed");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "talks"));
    /* in a relative clause, a noun phrase before the main verb is the object */
    parse(&s, "The gunmen who attacked the convoy escaped .");
    assert_int_equal(obj_of(&s, "attacked"), word_index(&s, "convoy"));
    /* two coordinated verbs share the object after the second */
    parse(&s, "The troops looted and burned the villages .");
    assert_int_equal(obj_of(&s, "looted"), word_index(&s, "villages"));
    c = clause_of(&s, "burned");
    assert_non_null(c);
    assert_int_equal(c->obj, word_index(&s, "villages"));
    assert_true(c->flags & TOCSIN_CL_OBJ_SHARED);
    parse(&s, "The rebels have seized and occupied the airport .");
    c = clause_of(&s, "occupied");
    assert_non_null(c);
    assert_false(c->flags & TOCSIN_VG_PASSIVE);
    assert_int_equal(c->obj, word_index(&s, "airport"));
    assert_int_equal(obj_of(&s, "seized"), word_index(&s, "airport"));
    /* a relative pronoun is the object of the infinitive it waits for */
    parse(&s, "The pipeline which Moscow hopes to build will cross the sea .");
    assert_int_equal(obj_of(&s, "hopes"), -1);
    assert_int_equal(obj_of(&s, "build"), word_index(&s, "which"));
    /* a linking verb takes no object; "called him a traitor": him */
    parse(&s, "The port became a target for the rebels .");
    assert_int_equal(obj_of(&s, "became"), -1);
    parse(&s, "The rebels called him a traitor .");
    c = clause_of(&s, "called");
    assert_non_null(c);
    assert_int_equal(c->obj, word_index(&s, "him"));
    assert_int_equal(c->iobj, -1);
    /* a verb of giving: the receiver, then what is given */
    parse(&s, "The bank offered Kyiv a new loan .");
    c = clause_of(&s, "offered");
    assert_non_null(c);
    assert_int_equal(c->iobj, word_index(&s, "Kyiv"));
    assert_int_equal(c->obj, word_index(&s, "loan"));
    /* the noun of a question word is the object; a number left dead too */
    parse(&s, "It is unclear what weapons the militia received .");
    assert_int_equal(obj_of(&s, "received"), word_index(&s, "weapons"));
    parse(&s, "The blast left four dead .");
    assert_int_equal(obj_of(&s, "left"), word_index(&s, "four"));
    /* "have" and "do" as main verbs, with their objects, but not the
     * auxiliaries of a question */
    parse(&s, "Iran has the means to strike Israel .");
    c = clause_of(&s, "has");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Iran"));
    assert_int_equal(c->obj, word_index(&s, "means"));
    assert_string_equal(tocsin_upos_name(s.pos[1].upos), "VERB");
    parse(&s, "Has the army left the town ?");
    assert_null(clause_of(&s, "Has"));
    /* a demonstrative before its noun is its determiner */
    parse(&s, "The militia resolved this conflict quickly .");
    assert_int_equal(obj_of(&s, "resolved"), word_index(&s, "conflict"));
    /* a lone -ed form after the object describes it; "more than" before
     * a number is no object */
    parse(&s, "The army has a unit called the Lions .");
    assert_int_equal(obj_of(&s, "has"), word_index(&s, "unit"));
    parse(&s, "The floods killed more than 300 people .");
    assert_int_equal(obj_of(&s, "killed"), word_index(&s, "people"));
    /* a name after "the" heads on its last word, a person's on the first */
    parse(&s, "The Hayes Street Grill closed .");
    c = clause_of(&s, "closed");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Grill"));
    parse(&s, "President Hamid Karzai rejected the plan .");
    c = clause_of(&s, "rejected");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Hamid"));
    /* a place name with no "the": on its last word after "New", "East" ...,
     * or when its last word names a kind of place */
    parse(&s, "New Delhi rejected the claim .");
    c = clause_of(&s, "rejected");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Delhi"));
    parse(&s, "Police sealed Rashid Road on Monday .");
    assert_int_equal(obj_of(&s, "sealed"), word_index(&s, "Road"));
    parse(&s, "Hamid Karzai met Nawaz Sharif .");
    assert_int_equal(obj_of(&s, "met"), word_index(&s, "Nawaz"));
    /* "there" after "and" is no conjunct of the noun phrases before it */
    parse(&s, "Rebels hold the north and the east , and there are no talks .");
    c = clause_of(&s, "are");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "talks"));
    /* "both" before coordinated objects */
    parse(&s, "The ministers condemned both Iran and Syria .");
    assert_int_equal(obj_of(&s, "condemned"), word_index(&s, "Iran"));
    /* ... but a clause of "what" before a finite verb is its subject */
    parse(&s, "What the envoy said angered the rebels .");
    assert_int_equal(obj_of(&s, "said"), -1);
    /* two adjectives joined before their noun */
    parse(&s, "Iraq had no nuclear or chemical weapons .");
    assert_int_equal(obj_of(&s, "had"), word_index(&s, "weapons"));
    /* ... but not when the first has its own */
    parse(&s, "The troops entered the town and burned the market .");
    assert_int_equal(obj_of(&s, "entered"), word_index(&s, "town"));
    c = clause_of(&s, "burned");
    assert_non_null(c);
    assert_false(c->flags & TOCSIN_CL_OBJ_SHARED);
}

/* Objects the treebank does not count as the verb's own. */
static void t_objects_not_own(void **st)
{
    (void)st;
    sent s;
    /* a preposition left at the end of a relative clause takes the
     * relative word: the verb has no object */
    parse(&s, "The ceasefire which the envoy had called for collapsed .");
    assert_int_equal(obj_of(&s, "called"), -1);
    parse(&s, "The truce which the mediators pushed for failed .");
    assert_int_equal(obj_of(&s, "pushed"), -1);
    parse(&s, "The aid which the refugees had to do without ran out .");
    assert_int_equal(obj_of(&s, "do"), -1);
    /* a word read as a bare verb after a determiner is a noun in the phrase */
    parse(&s, "Soldiers arrested a LeT commander .");
    assert_null(clause_of(&s, "LeT"));
    assert_int_equal(obj_of(&s, "arrested"), word_index(&s, "commander"));
    /* how often is no object */
    parse(&s, "The envoys met three times in May .");
    assert_int_equal(obj_of(&s, "met"), -1);
    /* ... but a relative word with no preposition left is the object */
    parse(&s, "The treaty which Moscow signed expired .");
    assert_int_equal(obj_of(&s, "signed"), word_index(&s, "which"));
    /* a free relative is the object of the verb before it, not its own */
    parse(&s, "The militia did what the army wanted .");
    assert_int_equal(obj_of(&s, "wanted"), -1);
    assert_int_equal(obj_of(&s, "did"), word_index(&s, "what"));
    parse(&s, "Kyiv will get whatever it needs .");
    assert_int_equal(obj_of(&s, "needs"), -1);
    /* ... while after a verb of seeing or asking it is a question, whose
     * "what" is its own verb's object */
    parse(&s, "The envoys asked what Iran wanted .");
    assert_int_equal(obj_of(&s, "wanted"), word_index(&s, "what"));
    parse(&s, "What do the rebels want ?");
    assert_int_equal(obj_of(&s, "want"), word_index(&s, "What"));
    /* an inverted "there" is no object */
    parse(&s, "Is there any way to reach the town ?");
    assert_int_equal(obj_of(&s, "Is"), -1);
    /* after "tell" or "notify", a plain noun is the person told */
    parse(&s, "The general told journalists in Kabul that the road was open .");
    const tocsin_clause *c = clause_of(&s, "told");
    assert_non_null(c);
    assert_int_equal(c->iobj, word_index(&s, "journalists"));
    assert_int_equal(c->obj, -1);
    parse(&s, "The minister told members of the cabinet that he would resign .");
    c = clause_of(&s, "told");
    assert_non_null(c);
    assert_int_equal(c->iobj, word_index(&s, "members"));
    parse(&s, "The ministry notified the embassy on Monday .");
    c = clause_of(&s, "notified");
    assert_non_null(c);
    assert_int_equal(c->iobj, word_index(&s, "embassy"));
    assert_int_equal(c->obj, -1);
    /* ... but what is told stays the object */
    parse(&s, "The witness told the truth in court .");
    assert_int_equal(obj_of(&s, "told"), word_index(&s, "truth"));
    /* an -ing form after a determiner or an adjective describes the noun */
    parse(&s, "Officials condemned the country 's worsening repression .");
    assert_null(clause_of(&s, "worsening"));
    parse(&s, "The senator gave a thought - provoking speech .");
    assert_null(clause_of(&s, "provoking"));
    /* a verb of saying before a subject with its own participle phrase */
    parse(&s, "Officials believe the men detained at the border are smugglers .");
    assert_int_equal(obj_of(&s, "believe"), -1);
    parse(&s, "The minister said the people profiled in the report were spies .");
    assert_int_equal(obj_of(&s, "said"), -1);
    /* after a verb of motion, "down" or "up" before a noun phrase is a
     * preposition; after other verbs a particle */
    parse(&s, "Protesters marched down the avenue .");
    c = clause_of(&s, "marched");
    assert_non_null(c);
    assert_int_equal(c->obj, -1);
    assert_int_equal(c->nprep, 1);
    assert_int_equal(c->prep[0].head, word_index(&s, "avenue"));
    parse(&s, "The army blew up the bridge .");
    assert_int_equal(obj_of(&s, "blew"), word_index(&s, "bridge"));
    /* "her" after a verb of saying, before a noun, is the possessive */
    parse(&s, "The chancellor said her immediate family spent the money .");
    c = clause_of(&s, "said");
    assert_non_null(c);
    assert_int_equal(c->obj, -1);
    assert_int_equal(c->iobj, -1);
    assert_string_equal(tocsin_xpos_name(s.pos[word_index(&s, "her")].xpos), "PRP$");
    c = clause_of(&s, "spent");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "family"));
    /* ... but after a verb of giving the receiver */
    parse(&s, "The envoy gave her new instructions .");
    c = clause_of(&s, "gave");
    assert_non_null(c);
    assert_int_equal(c->iobj, word_index(&s, "her"));
}

/* An auxiliary before its subject ("Has the army left?", "Never has Iran
 * lost a war"): no clause of its own, its tense and subject go to the verb. */
static void t_inverted_auxiliary(void **st)
{
    (void)st;
    sent s;
    parse(&s, "Never has the army lost a battle .");
    assert_null(clause_of(&s, "has"));
    const tocsin_clause *c = clause_of(&s, "lost");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "army"));
    assert_int_equal(c->obj, word_index(&s, "battle"));
    assert_true(c->flags & TOCSIN_VG_PERFECT);
    assert_string_equal(tocsin_upos_name(s.pos[word_index(&s, "has")].upos), "AUX");
    parse(&s, "Why was the envoy expelled ?");
    assert_null(clause_of(&s, "was"));
    c = clause_of(&s, "expelled");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "envoy"));
    assert_true(c->flags & TOCSIN_VG_PASSIVE);
    assert_int_equal(c->obj, -1);
    /* ... also after the phrase of a question word */
    parse(&s, "Which of these towns has the army captured ?");
    assert_null(clause_of(&s, "has"));
    c = clause_of(&s, "captured");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "army"));
    parse(&s, "In which town did the rebels release the hostages ?");
    assert_null(clause_of(&s, "did"));
    c = clause_of(&s, "release");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "rebels"));
    assert_int_equal(c->obj, word_index(&s, "hostages"));
    /* ... but not after its subject */
    parse(&s, "The rebels have the hostages .");
    assert_int_equal(obj_of(&s, "have"), word_index(&s, "hostages"));
}

/* An -ed form the tagger reads as a participle after the sentence's first
 * noun phrase is its past tense, unless a verb with no subject follows. */
static void t_past_read_as_participle(void **st)
{
    (void)st;
    sent s;
    parse(&s, "Thousands fled across the border .");
    const tocsin_clause *c = clause_of(&s, "fled");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "Thousands"));
    assert_true(c->flags & TOCSIN_VG_PAST);
    parse(&s, "The tanks rolled up the hill on Monday .");
    c = clause_of(&s, "rolled");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "tanks"));
    assert_false(c->flags & TOCSIN_VG_PASSIVE);
    /* a reduced relative before the main verb stays one */
    parse(&s, "The hostages held by the group were freed .");
    c = clause_of(&s, "held");
    assert_non_null(c);
    assert_int_equal(c->subj, -1);
    c = clause_of(&s, "freed");
    assert_non_null(c);
    assert_int_equal(c->subj, word_index(&s, "hostages"));
}

/* Tags given by hand (no tagger): a noun between "to" and a determiner
 * is read as the verb it must be. */
static void t_repair_after_to(void **st)
{
    (void)st;
    static const char *const text[] = {"We", "need", "to", "store", "the", "luggage"};
    static const tocsin_xpos tags[] = {TOCSIN_X_PRP, TOCSIN_X_VBP, TOCSIN_X_IN, TOCSIN_X_NN, TOCSIN_X_DT, TOCSIN_X_NN};
    static const tocsin_upos utags[] = {TOCSIN_U_PRON, TOCSIN_U_VERB, TOCSIN_U_ADP, TOCSIN_U_NOUN, TOCSIN_U_DET, TOCSIN_U_NOUN};
    enum { N = 6 };
    tocsin_word w[N];
    tocsin_pos pos[N];
    tocsin_phrase ph[N];
    tocsin_clause cl[N];
    for (size_t i = 0; i < N; i++) {
        w[i] = (tocsin_word){text[i], (uint32_t)strlen(text[i])};
        pos[i] = (tocsin_pos){(uint8_t)tags[i], (uint8_t)utags[i]};
    }
    tocsin_parse p = {pos, NULL, ph, N, 0, cl, N, 0};
    assert_int_equal(tocsin_syntax_parse(NULL, w, N, &p), TOCSIN_OK);
    assert_int_equal(pos[3].xpos, TOCSIN_X_VB);
    assert_int_equal(pos[2].xpos, TOCSIN_X_TO);
    int found = 0;
    for (size_t c = 0; c < p.nclause; c++)
        if (cl[c].verb == 3) {
            found = 1;
            assert_int_equal(cl[c].obj, 5);
            assert_true(cl[c].flags & TOCSIN_VG_INFINITIVE);
        }
    assert_true(found);
    /* "had about 5 ...": about before an amount after a verb is an adverb */
    static const char *const text2[] = {"They", "had", "about", "5", "repairs", "."};
    static const tocsin_xpos tags2[] = {TOCSIN_X_PRP, TOCSIN_X_VBD, TOCSIN_X_IN, TOCSIN_X_CD, TOCSIN_X_NNS, TOCSIN_X_PERIOD};
    static const tocsin_upos utags2[] = {TOCSIN_U_PRON, TOCSIN_U_VERB, TOCSIN_U_ADP, TOCSIN_U_NUM, TOCSIN_U_NOUN, TOCSIN_U_PUNCT};
    tocsin_word w2[N];
    for (size_t i = 0; i < N; i++) {
        w2[i] = (tocsin_word){text2[i], (uint32_t)strlen(text2[i])};
        pos[i] = (tocsin_pos){(uint8_t)tags2[i], (uint8_t)utags2[i]};
    }
    p = (tocsin_parse){pos, NULL, ph, N, 0, cl, N, 0};
    tocsin_syntax_parse(NULL, w2, N, &p);
    assert_int_equal(pos[2].xpos, TOCSIN_X_RB);
    assert_true(p.nclause >= 1);
    assert_int_equal(cl[0].obj, 4);
    /* a noun before a noun stays one: "to the luggage room" is not touched */
    for (size_t i = 0; i < N; i++)
        pos[i] = (tocsin_pos){(uint8_t)tags[i], (uint8_t)utags[i]};
    pos[3] = (tocsin_pos){TOCSIN_X_NN, TOCSIN_U_NOUN};
    pos[4] = (tocsin_pos){TOCSIN_X_NN, TOCSIN_U_NOUN};
    pos[2] = (tocsin_pos){TOCSIN_X_IN, TOCSIN_U_ADP};
    p.nphrase = p.nclause = 0;
    tocsin_syntax_parse(NULL, w, N, &p);
    assert_int_equal(pos[3].xpos, TOCSIN_X_NN);
}

static void t_explain(void **st)
{
    (void)st;
    sent s;
    parse(&s, "The convoy was attacked by rebels near the border .");
    char buf[1024];
    size_t need = tocsin_syntax_explain(s.w, s.n, &s.p, buf, sizeof buf);
    assert_true(need > 0 && need < sizeof buf);
    assert_non_null(strstr(buf, "attacked/VBN"));
    assert_non_null(strstr(buf, "[VG was attacked]"));
    assert_non_null(strstr(buf, "attacked subj=convoy obj=- agent=rebels by:rebels near:border"));
    assert_non_null(strstr(buf, "passive"));
    /* a short buffer is cut and terminated; the length needed is still told */
    char small[16];
    assert_int_equal(tocsin_syntax_explain(s.w, s.n, &s.p, small, sizeof small), need);
    assert_int_equal(strlen(small), sizeof small - 1);
    assert_int_equal(tocsin_syntax_explain(s.w, s.n, &s.p, NULL, 0), need);
}

static void t_caps_and_empty(void **st)
{
    (void)st;
    sent s;
    parse(&s, "");
    assert_int_equal(s.rc, TOCSIN_OK);
    assert_int_equal(s.p.nclause, 0);
    /* too small an output: what fits is kept, the call says so */
    parse(&s, "Rebels attacked the town and troops shelled the hills .");
    tocsin_clause one[1];
    tocsin_parse p = {s.pos, NULL, s.ph, MAXW, 0, one, 1, 0};
    assert_int_equal(tocsin_syntax_parse(T, s.w, s.n, &p), TOCSIN_ELIMIT);
    assert_int_equal(p.nclause, 1);
    assert_int_equal(tocsin_syntax_parse(T, NULL, 3, &p), TOCSIN_EINVAL);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* 1,000 and 20,000 words of one "sentence", and words of arbitrary bytes:
 * linear time, no crash, every tag in range. */
static void t_long_and_hostile(void **st)
{
    (void)st;
    static const char *vocab[] = {"the", "army", "said", ",", "and", "of", "attacked", "by", "Kyiv", "'s", "not", "to"};
    size_t big = 20000;
    tocsin_word *w = malloc(big * sizeof *w);
    tocsin_pos *pos = malloc(big * sizeof *pos);
    tocsin_phrase *ph = malloc(big * sizeof *ph);
    tocsin_clause *cl = malloc(big * sizeof *cl);
    int16_t *of = malloc(big * sizeof *of);
    assert_true(w && pos && ph && cl && of);
    unsigned r = 12345;
    for (size_t i = 0; i < big; i++) {
        r = r * 1103515245u + 12345u;
        const char *v = vocab[(r >> 16) % (sizeof vocab / sizeof vocab[0])];
        w[i] = (tocsin_word){v, (uint32_t)strlen(v)};
    }
    double t[2];
    size_t sizes[2] = {1000, big};
    for (int k = 0; k < 2; k++) {
        tocsin_parse p = {pos, of, ph, big, 0, cl, big, 0};
        double t0 = now_s();
        int rc = tocsin_syntax_parse(T, w, sizes[k], &p);
        t[k] = now_s() - t0;
        assert_int_equal(rc, sizes[k] > TOCSIN_SYNTAX_MAX_WORDS ? TOCSIN_ELIMIT : TOCSIN_OK);
        assert_true(p.nphrase > 0 && p.nphrase <= TOCSIN_SYNTAX_MAX_WORDS);
        for (size_t i = 0; i < sizes[k]; i++)
            assert_true(pos[i].xpos > 0 && pos[i].xpos < TOCSIN_X_COUNT && pos[i].upos < TOCSIN_U_COUNT);
    }
    /* 20 times the words may take at most 100 times as long (plus noise) */
    assert_true(t[1] < 100 * t[0] + 0.05);
    /* arbitrary bytes, NULs and invalid UTF-8 included, and very long words */
    char *junk = malloc(big);
    assert_non_null(junk);
    for (size_t i = 0; i < big; i++) {
        r = r * 1103515245u + 12345u;
        junk[i] = (char)(r >> 24);
    }
    for (size_t i = 0; i < 500; i++)
        w[i] = (tocsin_word){junk + i * 7, (uint32_t)(i % 13 == 0 ? 5000 : i % 9)};
    tocsin_parse p = {pos, of, ph, big, 0, cl, big, 0};
    assert_int_equal(tocsin_syntax_parse(T, w, 500, &p), TOCSIN_OK);
    free(junk);
    free(w);
    free(pos);
    free(ph);
    free(cl);
    free(of);
}

static void t_load_errors(void **st)
{
    (void)st;
    tocsin_tagger *t = NULL;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(tocsin_tagger_load("/nonexistent/dict", &t, &err), TOCSIN_ENOTFOUND);
    assert_null(t);
    assert_int_equal(err.code, TOCSIN_ENOTFOUND);
    /* a model cut short is refused, not read past its end */
    char path[256];
    snprintf(path, sizeof path, "%s/model/tagger.model", dictdir);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    char tmp[] = "/tmp/tocsin-tagger-XXXXXX";
    int fd = mkstemp(tmp);
    assert_true(fd >= 0);
    FILE *o = fdopen(fd, "wb");
    assert_non_null(o);
    fwrite(buf, 1, n, o);
    fclose(o);
    assert_int_equal(tocsin_tagger_load(tmp, &t, &err), TOCSIN_EPARSE);
    assert_null(t);
    remove(tmp);
    tocsin_tagger_free(NULL);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        dictdir = argv[1];
    tocsin_error err;
    if (tocsin_tagger_load(dictdir, &T, &err)) {
        fprintf(stderr, "test_syntax_unit: %s: %s\n", err.file, err.message);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_tags),           cmocka_unit_test(t_subject_object),
        cmocka_unit_test(t_passive_agent),  cmocka_unit_test(t_negation_modal),
        cmocka_unit_test(t_coordination),   cmocka_unit_test(t_inversion),
        cmocka_unit_test(t_shared_subjects), cmocka_unit_test(t_objects),
        cmocka_unit_test(t_objects_not_own), cmocka_unit_test(t_inverted_auxiliary),
        cmocka_unit_test(t_past_read_as_participle),
        cmocka_unit_test(t_repair_after_to),
        cmocka_unit_test(t_explain),
        cmocka_unit_test(t_caps_and_empty), cmocka_unit_test(t_long_and_hostile),
        cmocka_unit_test(t_load_errors),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    tocsin_tagger_free(T);
    return rc;
}
