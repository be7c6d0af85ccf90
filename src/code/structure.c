/* structure.c - the syntax layer (src/syntax: tagger, phrases, clauses) as
 * the grammar's second opinion on who is the subject of a verb. Parsing is
 * lazy: a sentence is tagged only when one of its dictionary verbs has no
 * subject by the grammar's own rules, so most sentences never pay for it. */
#include "structure.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void free_tagger(void *t) { tocsin_tagger_free(t); }

const tocsin_tagger *ts_structure_tagger(const tocsin_dict *cd)
{
    tocsin_dict *d = (tocsin_dict *)cd; /* the cache is the only mutable part */
    pthread_mutex_lock(&d->aux_mu);
    if (!d->aux_tried && d->dir) {
        d->aux_tried = 1;
        size_t n = strlen(d->dir) + 32;
        char *path = malloc(n);
        tocsin_tagger *t = NULL;
        if (path) {
            snprintf(path, n, "%s/model/tagger.model", d->dir);
            tocsin_error err;
            memset(&err, 0, sizeof err);
            if (tocsin_tagger_load(path, &t, &err) == TOCSIN_OK) {
                d->aux = t;
                d->aux_free = free_tagger;
            }
            free(path);
        }
    }
    const tocsin_tagger *out = d->aux;
    pthread_mutex_unlock(&d->aux_mu);
    return out;
}

int ts_structure_parse(ts_structure *x, const ts_sent *s)
{
    if (x->state)
        return x->state > 0;
    x->state = -1;
    const tocsin_tagger *t = ts_structure_tagger(s->d);
    if (!t || s->ntok == 0 || s->ntok > TS_MAX_SENT_TOKENS)
        return 0;
    for (size_t i = 0; i < s->ntok; i++) {
        x->w[i].s = s->text + s->tok[i].off;
        x->w[i].len = s->tok[i].len;
    }
    memset(&x->p, 0, sizeof x->p);
    x->p.pos = x->pos;
    x->p.phrase = x->ph;
    x->p.phrase_cap = TS_MAX_SENT_TOKENS;
    x->p.clause = x->cl;
    x->p.clause_cap = TS_MAX_SENT_CLAUSES;
    int rc = tocsin_syntax_parse(t, x->w, s->ntok, &x->p);
    if (rc != TOCSIN_OK && rc != TOCSIN_ELIMIT)
        return 0;
    x->state = 1;
    return 1;
}

int ts_structure_subject(ts_structure *x, const ts_sent *s, size_t verb)
{
    if (!ts_structure_parse(x, s))
        return -1;
    for (size_t k = 0; k < x->p.nclause; k++) {
        const tocsin_clause *c = &x->cl[k];
        if (c->verb != verb)
            continue;
        int subj = c->subj;
        /* "A rocket attack carried out by Hezbollah struck ...": the noun a
           reduced relative just before the verb describes */
        if (subj < 0 && k > 0 && (x->cl[k - 1].flags & TOCSIN_CL_RELATIVE) && x->cl[k - 1].antecedent >= 0 &&
            x->cl[k - 1].verb < verb && !(c->flags & (TOCSIN_VG_INFINITIVE | TOCSIN_VG_PARTICIPLE)))
            subj = x->cl[k - 1].antecedent;
        /* "who fled", "the strike that killed": the noun the clause describes */
        if ((c->flags & TOCSIN_CL_RELATIVE) && c->antecedent >= 0 &&
            (subj < 0 || x->pos[subj].upos == TOCSIN_U_PRON || x->pos[subj].xpos == TOCSIN_X_WDT))
            subj = c->antecedent;
        if ((c->flags & TOCSIN_VG_PASSIVE) ||
            (x->pos[verb].xpos == TOCSIN_X_VBN && !(c->flags & TOCSIN_VG_PERFECT)))
            return -1; /* its subject is what is acted on: "hostages held by" */
        return subj;
    }
    return -1;
}

unsigned ts_structure_flags(ts_structure *x, const ts_sent *s, size_t verb)
{
    if (!ts_structure_parse(x, s))
        return 0;
    for (size_t k = 0; k < x->p.nclause; k++)
        if (x->cl[k].verb == verb)
            return x->cl[k].flags;
    return 0;
}
