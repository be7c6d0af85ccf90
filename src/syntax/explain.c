/* explain.c - writes a parse as text for people: the tagged words, the
 * phrases in brackets, one line per clause (what `tocsin code --explain`
 * shows). Bounded appends into the caller's buffer; nothing is allocated. */
#include "tocsin/syntax.h"

#include <stdio.h>
#include <string.h>

typedef struct out {
    char *buf;
    size_t cap, len; /* len counts what would have been written */
} out;

static void put(out *o, const char *s, size_t n)
{
    if (o->len < o->cap) {
        size_t room = o->cap - o->len;
        memcpy(o->buf + o->len, s, n < room ? n : room);
    }
    o->len += n;
}

static void puts_(out *o, const char *s)
{
    put(o, s, strlen(s));
}

/* a word, its bytes capped so that a hostile word cannot flood the line */
#define EXPLAIN_WORD_MAX 64

static void word(out *o, const tocsin_word *w, size_t n, long i)
{
    if (i < 0 || (size_t)i >= n) {
        puts_(o, "-");
        return;
    }
    put(o, w[i].s, w[i].len < EXPLAIN_WORD_MAX ? w[i].len : EXPLAIN_WORD_MAX);
}

static const char *const kind_names[] = {"?", "NP", "VG", "PP", "ADVP", "ADJP", "SUB", "CC", "", ""};

static const struct {
    unsigned bit;
    const char *name;
} flag_names[] = {
    {TOCSIN_VG_PAST, "past"},           {TOCSIN_VG_PRESENT, "present"},
    {TOCSIN_VG_FUTURE, "future"},       {TOCSIN_VG_MODAL, "modal"},
    {TOCSIN_VG_NEG, "negated"},         {TOCSIN_VG_PASSIVE, "passive"},
    {TOCSIN_VG_PERFECT, "perfect"},     {TOCSIN_VG_PROGRESSIVE, "progressive"},
    {TOCSIN_VG_INFINITIVE, "infinitive"}, {TOCSIN_VG_PARTICIPLE, "participle"},
    {TOCSIN_VG_COPULA, "copula"},       {TOCSIN_CL_SUBJ_SHARED, "shared-subject"},
    {TOCSIN_CL_RELATIVE, "relative"},   {TOCSIN_CL_INVERTED, "inverted"},
    {TOCSIN_CL_SUBORDINATE, "subordinate"}, {TOCSIN_CL_OPENER, "opener"},
    {TOCSIN_CL_OBJ_SHARED, "shared-object"},
};

size_t tocsin_syntax_explain(const tocsin_word *w, size_t n, const tocsin_parse *p, char *buf, size_t cap)
{
    out o = {buf, cap, 0};
    if (!p || (n && !w)) {
        if (cap)
            buf[0] = '\0';
        return 0;
    }
    /* words with their tags */
    for (size_t i = 0; i < n && i < TOCSIN_SYNTAX_MAX_WORDS && p->pos; i++) {
        if (i)
            puts_(&o, " ");
        word(&o, w, n, (long)i);
        puts_(&o, "/");
        puts_(&o, tocsin_xpos_name(p->pos[i].xpos));
    }
    puts_(&o, "\n");
    /* phrases */
    for (size_t k = 0; k < p->nphrase && p->phrase; k++) {
        const tocsin_phrase *ph = &p->phrase[k];
        const char *kn = ph->kind < sizeof kind_names / sizeof kind_names[0] ? kind_names[ph->kind] : "";
        if (k)
            puts_(&o, " ");
        if (*kn) {
            puts_(&o, "[");
            puts_(&o, kn);
            puts_(&o, " ");
        }
        for (size_t i = ph->t0; i < ph->t1 && i < n; i++) {
            if (i > ph->t0)
                puts_(&o, " ");
            word(&o, w, n, (long)i);
        }
        if (*kn)
            puts_(&o, "]");
    }
    puts_(&o, "\n");
    /* clauses */
    for (size_t c = 0; c < p->nclause && p->clause; c++) {
        const tocsin_clause *cl = &p->clause[c];
        char num[32];
        snprintf(num, sizeof num, "clause %zu: ", c);
        puts_(&o, num);
        word(&o, w, n, cl->verb);
        puts_(&o, " subj=");
        word(&o, w, n, cl->subj);
        puts_(&o, " obj=");
        word(&o, w, n, cl->obj);
        if (cl->iobj >= 0) {
            puts_(&o, " iobj=");
            word(&o, w, n, cl->iobj);
        }
        if (cl->agent >= 0) {
            puts_(&o, " agent=");
            word(&o, w, n, cl->agent);
        }
        if (cl->antecedent >= 0) {
            puts_(&o, " describes=");
            word(&o, w, n, cl->antecedent);
        }
        for (unsigned q = 0; q < cl->nprep && q < TOCSIN_CLAUSE_MAX_PREPS; q++) {
            puts_(&o, " ");
            word(&o, w, n, cl->prep[q].prep);
            puts_(&o, ":");
            word(&o, w, n, cl->prep[q].head);
        }
        if (cl->parent >= 0) {
            snprintf(num, sizeof num, " parent=%d", cl->parent);
            puts_(&o, num);
        }
        for (size_t f = 0; f < sizeof flag_names / sizeof flag_names[0]; f++)
            if (cl->flags & flag_names[f].bit) {
                puts_(&o, " ");
                puts_(&o, flag_names[f].name);
            }
        puts_(&o, "\n");
    }
    if (cap)
        buf[o.len < cap ? o.len : cap - 1] = '\0';
    return o.len;
}
