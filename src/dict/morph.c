/* morph.c - English inflection for the lexicon.
 *
 * Dictionaries list base forms only. At load time every verb gets its -s, -ed
 * and -ing forms and every literal noun its plural, by the regular rules plus
 * WordNet's exception lists (verb.exc, noun.exc: sent/send, fought/fight,
 * stopped/stop, crises/crisis), so the coder needs one hash lookup per token. */
#include "dict_impl.h"
#include "base/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VERBISH (G_SAY | G_INTENT | G_PLEDGE | G_ASPECT | G_NEGV)
#define MORPH_MAX_WORD 48

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Registers `form` as an inflection of word `lemma`. */
static int add_form(tocsin_dict *d, uint32_t lemma, const char *form, size_t n, uint8_t vf,
                    int noun)
{
    int32_t id = ts_lex_add(&d->lex, form, n);
    if (id < 0)
        return id;
    ts_word *w = &d->lex.w[id], *l = &d->lex.w[lemma];
    if ((uint32_t)id == lemma)
        return 0;
    if (noun) {
        if (w->lemma == (uint32_t)id && w->verb < 0 && !(w->gram & VERBISH))
            w->lemma = lemma;
        w->nplural = 1;
        w->classes |= l->classes;
        return 0;
    }
    /* a form that is itself the base of another verb keeps its own lemma; as
       the past of a pattern verb ("wound down": wind) it also points to it */
    if (w->verb >= 0 && w->lemma == (uint32_t)id && (w->vform & VF_BASE)) {
        if (l->verb >= 0 && l->verb != w->verb && (vf & VF_PAST))
            w->past_of = (uint32_t)l->verb + 1;
        return 0;
    }
    if (w->lemma == (uint32_t)id || w->lemma == lemma) {
        w->lemma = lemma;
        w->verb = l->verb;
        w->vform |= vf;
        w->gram |= l->gram & VERBISH;
        w->classes |= l->classes;
    } else if (w->nplural && w->verb < 0 && !w->vform && l->verb >= 0) {
        /* a noun's plural that is also the verb's form ("attaches": attache,
           attach) keeps its noun's lemma and is the verb's form too */
        w->verb = l->verb;
        w->vform |= vf;
    }
    return 0;
}

/* A copy of a word's name: adding forms may move the name pool. Returns its
 * length, 0 when too long to inflect. */
static size_t base_copy(const tocsin_dict *d, uint32_t id, char b[MORPH_MAX_WORD])
{
    const char *name = ts_lex_name(&d->lex, (int32_t)id);
    size_t n = strlen(name);
    if (n >= MORPH_MAX_WORD)
        return 0;
    memcpy(b, name, n + 1);
    return n;
}

/* The -s form of b[0..n) into f (a verb's third person, a noun's plural):
 * "cities", "boxes", "watches", and for verbs "goes"; its length. */
static size_t s_form(const char *b, size_t n, char *f, int verb)
{
    char last = b[n - 1], prev = b[n - 2];
    memcpy(f, b, n);
    if (last == 'y' && !is_vowel(prev)) {
        memcpy(f + n - 1, "ies", 3);
        return n + 2;
    }
    if (last == 's' || last == 'x' || last == 'z' || (verb && last == 'o') ||
        (last == 'h' && (prev == 'c' || prev == 's'))) {
        memcpy(f + n, "es", 2);
        return n + 2;
    }
    f[n] = 's';
    return n + 1;
}

static int regular_verb(tocsin_dict *d, uint32_t id)
{
    char b[MORPH_MAX_WORD];
    size_t n = base_copy(d, id, b);
    if (n < 2 || n > MORPH_MAX_WORD - 5)
        return 0;
    char f[MORPH_MAX_WORD];
    char last = b[n - 1], prev = b[n - 2];
    int rc = add_form(d, id, f, s_form(b, n, f, 1), VF_S, 0); /* -s */
    if (rc)
        return rc;
    /* -ed */
    memcpy(f, b, n);
    if (last == 'e') {
        f[n] = 'd';
        rc = add_form(d, id, f, n + 1, VF_PAST | VF_PART, 0);
    } else if (last == 'y' && !is_vowel(prev)) {
        memcpy(f + n - 1, "ied", 3);
        rc = add_form(d, id, f, n + 2, VF_PAST | VF_PART, 0);
    } else {
        memcpy(f + n, "ed", 2);
        rc = add_form(d, id, f, n + 2, VF_PAST | VF_PART, 0);
    }
    if (rc)
        return rc;
    /* -ing */
    memcpy(f, b, n);
    if (n > 2 && last == 'e' && prev == 'i') {
        memcpy(f + n - 2, "ying", 4);
        rc = add_form(d, id, f, n + 2, VF_ING, 0);
    } else if (last == 'e' && prev != 'e' && prev != 'y' && prev != 'o') {
        memcpy(f + n - 1, "ing", 3);
        rc = add_form(d, id, f, n + 2, VF_ING, 0);
    } else {
        memcpy(f + n, "ing", 3);
        rc = add_form(d, id, f, n + 3, VF_ING, 0);
    }
    return rc;
}

static int regular_noun(tocsin_dict *d, uint32_t id)
{
    char b[MORPH_MAX_WORD];
    size_t n = base_copy(d, id, b);
    if (n < 2 || n > MORPH_MAX_WORD - 4)
        return 0;
    char f[MORPH_MAX_WORD];
    return add_form(d, id, f, s_form(b, n, f, 0), 0, 1);
}

/* Reads a WordNet exception file: "form lemma [lemma...]" per line. */
static int exceptions(tocsin_dict *d, const char *path, int noun, int *used)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    *used = 1;
    char line[256];
    int rc = 0;
    while (!rc && fgets(line, sizeof line, f)) {
        char *sp = strchr(line, ' ');
        if (!sp)
            continue;
        *sp = '\0';
        char *lem = sp + 1;
        lem[strcspn(lem, " \r\n")] = '\0';
        size_t fl = strlen(line), ll = strlen(lem);
        if (!fl || !ll || fl >= MORPH_MAX_WORD)
            continue;
        int32_t lid = ts_lex_find(&d->lex, ts_hash(lem, ll));
        if (lid < 0)
            continue;
        ts_word *lw = &d->lex.w[lid];
        if (noun) {
            if (!(lw->nplural & 2) && !lw->classes)
                continue;
            rc = add_form(d, (uint32_t)lid, line, fl, 0, 1);
            continue;
        }
        if (!(lw->verb >= 0 || (lw->gram & VERBISH)) || lw->lemma != (uint32_t)lid)
            continue;
        uint8_t vf = VF_PAST | VF_PART;
        if (fl > 3 && !strcmp(line + fl - 3, "ing"))
            vf = VF_ING;
        else if (line[fl - 1] == 's' && fl > ll)
            vf = VF_S;
        rc = add_form(d, (uint32_t)lid, line, fl, vf, 0);
        /* a doubled consonant in the past (stopped) doubles in -ing too */
        if (!rc && vf != VF_ING && fl == ll + 3 && !memcmp(line, lem, ll) &&
            line[ll] == lem[ll - 1] && !strcmp(line + ll + 1, "ed")) {
            char g[MORPH_MAX_WORD];
            memcpy(g, line, ll + 1);
            memcpy(g + ll + 1, "ing", 3);
            rc = add_form(d, (uint32_t)lid, g, ll + 4, VF_ING, 0);
        }
    }
    fclose(f);
    return rc;
}

/* A verb that ends in another verb which doubles its last consonant
 * ("unban": ban, banned; "airdrop": drop, dropped) doubles it too, when
 * WordNet's lists, which hold the doubled forms of the verbs they know,
 * leave it out: "unbanned", "unbanning". */
static int compound_doubling(tocsin_dict *d, size_t n0)
{
    int rc = 0;
    for (size_t i = 0; i < n0 && !rc; i++) {
        ts_word *w = &d->lex.w[i];
        if (w->lemma != i || !(w->vform & VF_BASE))
            continue;
        char b[MORPH_MAX_WORD], f[MORPH_MAX_WORD];
        size_t n = base_copy(d, (uint32_t)i, b);
        if (n < 5 || n > MORPH_MAX_WORD - 5 || is_vowel(b[n - 1]) || !is_vowel(b[n - 2]) || is_vowel(b[n - 3]))
            continue;
        memcpy(f, b, n);
        f[n] = b[n - 1];
        memcpy(f + n + 1, "ed", 2);
        if (ts_lex_find(&d->lex, ts_hash(f, n + 3)) >= 0)
            continue; /* known already */
        for (size_t p = 2; p + 3 <= n && !rc; p++) {
            /* the tail verb and its doubled past: "ban" and "banned" */
            int32_t tid = ts_lex_find(&d->lex, ts_hash(b + p, n - p));
            int32_t tp = ts_lex_find(&d->lex, ts_hash(f + p, n + 3 - p));
            if (tid < 0 || tp < 0 || d->lex.w[tp].lemma != (uint32_t)tid || !(d->lex.w[tp].vform & VF_PAST))
                continue;
            rc = add_form(d, (uint32_t)i, f, n + 3, VF_PAST | VF_PART, 0);
            memcpy(f + n + 1, "ing", 3);
            if (!rc)
                rc = add_form(d, (uint32_t)i, f, n + 4, VF_ING, 0);
            break;
        }
    }
    return rc;
}

/* Verbs whose past tense and participle are the base form ("Serbia cut ties",
 * "a missile hit"): WordNet's exception lists leave them out because nothing
 * changes. */
static const char *const invariant_past[] = {
    "cut", "hit", "put", "set", "shut", "let", "quit", "spread", "cast", "broadcast", "bid",
    "burst", "hurt", "split", "upset", "shed", "thrust", "beat", "bet", "forecast", "reset",
    "offset", "upset", "undercut", "overrun", "outbid", "recast", "rid"};

static void mark_invariant_past(tocsin_dict *d)
{
    for (size_t k = 0; k < sizeof invariant_past / sizeof invariant_past[0]; k++) {
        const char *v = invariant_past[k];
        int32_t id = ts_lex_find(&d->lex, ts_hash(v, strlen(v)));
        if (id >= 0 && (d->lex.w[id].vform & VF_BASE))
            d->lex.w[id].vform |= VF_PAST | VF_PART;
    }
}

int ts_morph_expand(tocsin_dict *d, const char *wordnet_dir, int *used_wordnet)
{
    int rc = 0, used = 0;
    size_t n = d->lex.n; /* forms added below are not expanded again */
    for (size_t i = 0; i < n && !rc; i++) {
        ts_word *w = &d->lex.w[i];
        if (w->lemma != i)
            continue;
        if (w->verb >= 0 || (w->gram & VERBISH)) {
            w->vform |= VF_BASE;
            rc = regular_verb(d, (uint32_t)i);
        }
        w = &d->lex.w[i];
        if (!rc && ((w->nplural & 2) || w->classes))
            rc = regular_noun(d, (uint32_t)i);
    }
    if (rc)
        return rc;
    if (wordnet_dir && *wordnet_dir) {
        char path[1024];
        snprintf(path, sizeof path, "%s/verb.exc", wordnet_dir);
        rc = exceptions(d, path, 0, &used);
        if (!rc) {
            int u2 = 0;
            snprintf(path, sizeof path, "%s/noun.exc", wordnet_dir);
            rc = exceptions(d, path, 1, &u2);
        }
    }
    if (!rc && used)
        rc = compound_doubling(d, n);
    if (!rc)
        mark_invariant_past(d);
    *used_wordnet = used;
    return rc;
}
