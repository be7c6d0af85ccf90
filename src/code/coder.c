/* coder.c - the document pipeline inside one coder: stream text in, repair
 * UTF-8, cut lines into paragraphs, drop boilerplate, split sentences, skip
 * repeated sentences, find actors and code events, hand them to the sink. */
#include "tocsin/coder.h"

#include "read/boiler.h"
#include "base/internal.h"
#include "text/segment.h"
#include "sentence.h"
#include "tocsin/date.h"
#include "when.h"
#include "where.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define SEEN_SLOTS 8192          /* sentence hashes remembered per document */
#define MAX_PARA_TOKENS (2u * TOCSIN_MAX_PARAGRAPH + 64u) /* a token is at least a byte: a buffered paragraph always fits */
#define MAX_WHEN_PENDING 64      /* sentences of a paragraph whose times are not read yet */

struct tocsin_coder {
    const tocsin_dict *d;
    tocsin_event_fn sink;
    void *sink_ud;
    tocsin_diag_fn diag;
    void *diag_ud;
    unsigned options;
    /* document */
    char *id, *date, *name;
    size_t id_len, date_len;
    int has_title, seen_text, stopped, cut_said;
    ts_buf buf;          /* unprocessed text */
    uint64_t buf_off;    /* document offset of buf.p[0] */
    uint32_t sentence;   /* next sentence index */
    uint64_t seen[SEEN_SLOTS];
    uint16_t used[SEEN_SLOTS / 2]; /* filled slots, so a new document clears only those */
    size_t nseen;
    ts_ctx ctx;
    ts_when_doc wdoc; /* the paragraph's time so far (when.c) */
    /* sentences of the paragraph without events, whose times are read only
       when a later one has an event (wdoc is all they can change) */
    uint32_t pend_t0[MAX_WHEN_PENDING];
    uint16_t pend_n[MAX_WHEN_PENDING];
    size_t npend;
    ts_where_doc where; /* the story's dateline and places so far (where.c) */
    /* scratch */
    ts_tok *tok;
    size_t ntok, tok_cap;
    ts_sent sent;
    ts_raw_event raw[TS_MAX_SENT_EVENTS];
    tocsin_coder_stats st;
};

tocsin_coder *tocsin_coder_new(const tocsin_dict *d)
{
    if (!d)
        return NULL;
    tocsin_coder *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->d = d;
    c->buf.max = 2 * TOCSIN_MAX_PARAGRAPH + 64;
    return c;
}

/* an organisation, not a side ("both sides" are states or armed parties) */
/* Remembers an accusation (11x) a later denial may answer: an earlier
 * accuser of the same country stays as the second one a denial answers
 * ("Poland accused Belarus ...; the EU accused Minsk ...; Belarus called the
 * accusations groundless"). */
static void set_accuser(ts_ctx *x, const char *src, const char *tgt)
{
    if (x->accuser[0] && !strncmp(x->accused, tgt, 3) && strncmp(x->accuser, src, 3))
        memcpy(x->accuser2, x->accuser, sizeof x->accuser2);
    else if (strncmp(x->accused, tgt, 3) || !x->accuser[0])
        x->accuser2[0] = '\0';
    size_t ns = strnlen(src, sizeof x->accuser - 1), nt = strnlen(tgt, sizeof x->accused - 1);
    memcpy(x->accuser, src, ns);
    x->accuser[ns] = '\0';
    memcpy(x->accused, tgt, nt);
    x->accused[nt] = '\0';
}

/* What the story remembers of a sentence's events: its accusers (11x), its
 * askers (02x, 10x, 13x), its cutters (16x), its coercers (17x), its attackers (18x-20x), and the
 * first two parties of one event ("both sides" may be one country's two; not
 * a third party's appeal to them, whose target was resolved). */
/* The source of a protest that may be "the protesters" of a later sentence:
 * a people ("Iraqis") or a sector of people in the streets (civilians, the
 * opposition, workers, students), not a government or an army that protests. */
/* The story's foe of the state src (a code): the one src last attacked, else
 * the one that last accused src; writes its three letters to cc and returns
 * 1, else 0. Not the one that last attacked src: what src shoots down then
 * ("shot down 70 of them") strikes no state. */
static int story_foe(const ts_ctx *x, const char *src, char cc[4])
{
    const char *f = NULL;
    if (strlen(src) < 3)
        return 0;
    if (!strncmp(x->attacker, src, 3) && strlen(x->attacked) >= 3 && strncmp(x->attacked, src, 3))
        f = x->attacked;
    else if (!strncmp(x->accused, src, 3) && strlen(x->accuser) >= 3 && strncmp(x->accuser, src, 3))
        f = x->accuser;
    if (!f || (f[3] && strlen(f) != 6) || ts_igo_code(f) || ts_region_code(f) || !strncmp(f, "WST", 3))
        return 0;
    memcpy(cc, f, 3);
    cc[3] = '\0';
    return 1;
}

static int protest_people(const char *src)
{
    size_t n = strlen(src);
    return (n == 3 && !ts_igo_code(src) && strcmp(src, "WST")) ||
           (n == 6 && !ts_igo_code(src) &&
            (!strcmp(src + 3, "CVL") || !strcmp(src + 3, "OPP") || !strcmp(src + 3, "LAB") || !strcmp(src + 3, "EDU")));
}

/* A state's three letters of an actor's code, or "" when the actor is an
 * organisation, a region or no state. */
static void party_state(const char *code, char cc[4])
{
    cc[0] = '\0';
    if (strlen(code) < 3 || ts_igo_code(code) || ts_region_code(code) || !strncmp(code, "WST", 3))
        return;
    memcpy(cc, code, 3);
    cc[3] = '\0';
}

/* The story's home state and the states that took part in its events
 * (ts_ctx.home, ts_ctx.parties): the home is the dateline's when there is
 * one (story_home), else the state of the first event's source; a party is
 * any state of an event but a state or government accused (11x) or the one that denies
 * (016): "a charge Moscow denies" names Moscow in passing. */
static void remember_parties(ts_ctx *x, const ts_raw_event *raw, size_t ne)
{
    for (size_t k = 0; k < ne; k++) {
        const ts_raw_event *e = &raw[k];
        int root = (e->code[0] - '0') * 10 + (e->code[1] - '0');
        char cc[2][4];
        party_state(e->src, cc[0]);
        party_state(e->tgt, cc[1]);
        if (!x->home[0] && cc[0][0])
            memcpy(x->home, cc[0], 4);
        if (!strncmp(e->code, "016", 3))
            cc[0][0] = '\0';
        if (root == 11 && (strlen(e->tgt) == 3 || !strcmp(e->tgt + 3, "GOV")))
            cc[1][0] = '\0'; /* (but "condemned the killing of protesters in Kenya": Kenya's people) */
        for (int j = 0; j < 2; j++) {
            if (!cc[j][0])
                continue;
            int n = 0;
            while (n < 5 && x->parties[n][0] && strcmp(x->parties[n], cc[j]))
                n++;
            memmove(x->parties[1], x->parties[0], (size_t)n * sizeof x->parties[0]); /* newest first */
            memcpy(x->parties[0], cc[j], 4);
        }
    }
}

static void remember_story(ts_ctx *x, const ts_raw_event *raw, size_t ne)
{
    int struck = 0;
    /* "the move": the last sentence's act, or none when it had no event the coder read */
    if (ne > 0 && raw[0].src[0]) { /* its doer, even with no party ("Russia halted gas supplies") */
        memcpy(x->last_src, raw[0].src, sizeof x->last_src);
        memcpy(x->last_tgt, raw[0].tgt, sizeof x->last_tgt);
    } else {
        x->last_src[0] = x->last_tgt[0] = '\0';
    }
    x->last_said = ne > 0; /* until an act done is found below; none after a sentence of no event */
    if (ne > 0)
        x->joint = 0;
    for (size_t k = 0; k < ne; k++)
        x->joint |= (raw[k].flags & TOCSIN_EV_SYMMETRIC) != 0; /* "They agreed ...": both of the two */
    for (size_t k = 0; k < ne; k++) {
        const ts_raw_event *e = &raw[k];
        if (e->code[0] == '1' && e->code[1] == '4' && protest_people(e->src)) {
            memcpy(x->protesters, e->src, sizeof x->protesters); /* "the protesters" later: these */
            memcpy(x->protested, e->tgt, sizeof x->protested);
        }
        int root = (e->code[0] - '0') * 10 + (e->code[1] - '0');
        if (!e->tgt[0] && root == 15 && e->src[0])
            memcpy(x->poser, e->src, sizeof x->poser); /* "test-fired a missile": "condemned the launch" */
        if (!e->tgt[0])
            continue;
        if (root != 1 && root != 2 && root != 10 && root != 11 && root != 13) { /* not words only */
            memcpy(x->done_src, e->src, sizeof x->done_src); /* "banned women from universities" */
            x->last_said = 0;
        }
        if (root == 11)
            set_accuser(x, e->src, e->tgt);
        if (root == 11 && !x->charged[0])
            memcpy(x->charged, e->tgt, sizeof x->charged);
        if (root == 2 || root == 10 || root == 13) { /* an ultimatum is a demand too */
            memcpy(x->asker, e->src, sizeof x->asker);
            memcpy(x->asked, e->tgt, sizeof x->asked);
        }
        if (root == 17 && strcmp(e->src, e->tgt))
            memcpy(x->coercer, e->src, sizeof x->coercer); /* "Army officers seized power ... under house arrest" */
        if (root == 17 && strlen(e->src) == 6 && !strcmp(e->src + 3, "MIL") && strlen(e->tgt) >= 3 &&
            !ts_igo_code(e->tgt) && !strncmp(e->src, e->tgt, 3) && (strlen(e->tgt) == 3 || !strcmp(e->tgt + 3, "GOV"))) {
            memcpy(x->rulers, e->src, 3); /* soldiers who detain their own rulers: the story's coup */
            x->rulers[3] = '\0';
        }
        if (root == 16 && strcmp(e->src, e->tgt)) {
            memcpy(x->cutter, e->src, sizeof x->cutter); /* "Russia halted gas supplies": "the cut-off" */
            memcpy(x->cut, e->tgt, sizeof x->cut);
        }
        if (root == 15 && strncmp(e->src, e->tgt, 3))
            memcpy(x->poser, e->src, sizeof x->poser); /* "began drills around Taiwan": "condemned the exercises" */
        if (root == 8 && strncmp(e->src, e->tgt, 3))
            memcpy(x->releaser, e->src, sizeof x->releaser); /* "freed 50 prisoners": "welcomed the release" */
        if (root == 12 && strncmp(e->src, e->tgt, 3))
            memcpy(x->rejecter, e->src, sizeof x->rejecter); /* "vetoed the resolution": "criticised the veto" */
        if ((root == 11 || root == 17) && strlen(e->src) == 6 && !strcmp(e->src + 3, "JUD"))
            memcpy(x->court, e->src, sizeof x->court); /* "the verdict", "the trial": its court's */
        if (strlen(e->tgt) == 3 && !ts_igo_code(e->tgt) && strcmp(e->tgt, "WST") && strncmp(e->src, e->tgt, 3))
            memcpy(x->land, e->tgt, sizeof x->land); /* "the island", "the enclave" later: this state */
        if (!strncmp(e->code, "181", 3) && strcmp(e->src, e->tgt) && !ts_igo_code(e->tgt))
            memcpy(x->captives, e->tgt, sizeof x->captives); /* "took 200 Israelis hostage": "the hostages" */
        if (root >= 18 && strcmp(e->src, e->tgt) && strcmp(e->tgt, x->assailant)) {
            /* "Police killed two of the attackers": force back leaves the story's attackers theirs */
            memcpy(x->assailant, e->src, sizeof x->assailant);
            memcpy(x->assailed, e->tgt, sizeof x->assailed);
        }
        if (root >= 18 && strcmp(e->src, e->tgt)) { /* at home too: "Al Shabaab attacked a hotel" */
            if (struck && !strncmp(e->tgt, x->attacked, 3) && strncmp(e->src, x->attacker, 3)) {
                /* "The United States and Britain launched strikes on Houthi targets": both struck */
                for (int j = 0; j < 2; j++)
                    if (!x->co_attacker[j][0] || !strncmp(x->co_attacker[j], e->src, 3)) {
                        memcpy(x->co_attacker[j], e->src, sizeof x->co_attacker[j]);
                        break;
                    }
            } else {
                if (!struck || strncmp(e->tgt, x->attacked, 3))
                    x->co_attacker[0][0] = x->co_attacker[1][0] = '\0';
                memcpy(x->attacker, e->src, sizeof x->attacker);
                memcpy(x->attacked, e->tgt, sizeof x->attacked);
            }
            struck = 1;
        }
        if (!x->pair[0][0] && !(e->flags & TOCSIN_EV_RESOLVED) && strlen(e->src) >= 3 && strlen(e->tgt) >= 3 &&
            strcmp(e->src, e->tgt) && !ts_igo_code(e->src) && !ts_igo_code(e->tgt)) {
            memcpy(x->pair[0], e->src, sizeof x->pair[0]);
            memcpy(x->pair[1], e->tgt, sizeof x->pair[1]);
        }
    }
}

static void clear_doc(tocsin_coder *c)
{
    free(c->id);
    free(c->date);
    free(c->name);
    c->id = c->date = c->name = NULL;
}

void tocsin_coder_free(tocsin_coder *c)
{
    if (!c)
        return;
    clear_doc(c);
    ts_buf_free(&c->buf);
    free(c->tok);
    free(c);
}

void tocsin_coder_set_sink(tocsin_coder *c, tocsin_event_fn fn, void *ud)
{
    c->sink = fn;
    c->sink_ud = ud;
}

void tocsin_coder_set_diag(tocsin_coder *c, tocsin_diag_fn fn, void *ud)
{
    c->diag = fn;
    c->diag_ud = ud;
}

void tocsin_coder_set_options(tocsin_coder *c, unsigned options) { c->options = options; }

void tocsin_coder_get_stats(const tocsin_coder *c, tocsin_coder_stats *st)
{
    if (c && st)
        *st = c->st;
}

static char *dup_str(const char *s, size_t *len)
{
    if (!s)
        s = "";
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p)
        memcpy(p, s, n + 1);
    if (len)
        *len = n;
    return p;
}

int tocsin_coder_begin(tocsin_coder *c, const tocsin_doc_info *info)
{
    clear_doc(c);
    c->id = dup_str(info ? info->id : NULL, &c->id_len);
    c->date = dup_str(info ? info->date : NULL, &c->date_len);
    c->name = dup_str(info && info->name ? info->name : (info ? info->id : NULL), NULL);
    if (!c->id || !c->date || !c->name)
        return TOCSIN_ENOMEM;
    c->has_title = info ? info->has_title : 0;
    c->seen_text = 0;
    c->stopped = 0;
    c->cut_said = 0;
    c->buf.len = 0;
    c->buf_off = 0;
    c->sentence = 0;
    for (size_t k = 0; k < c->nseen; k++)
        c->seen[c->used[k]] = 0;
    c->nseen = 0;
    memset(&c->ctx, 0, sizeof c->ctx);
    memset(&c->wdoc, 0, sizeof c->wdoc);
    c->npend = 0;
    ts_where_begin(&c->where);
    c->ctx.date = DAY_MIN;
    if (c->date_len >= 10 && ts_parse_date(c->date, 10, &c->ctx.date) == 0) {
        c->date[10] = '\0';
        c->date_len = 10;
    } else {
        c->ctx.date = DAY_MIN;
    }
    c->st.documents++;
    return 0;
}

/* Remembers a sentence hash; returns 1 if it was seen before in this document. */
static int seen_before(tocsin_coder *c, uint64_t h)
{
    if (!h)
        h = 1;
    if (c->nseen >= SEEN_SLOTS / 2) {
        for (size_t k = 0; k < c->nseen; k++)
            c->seen[c->used[k]] = 0;
        c->nseen = 0;
    }
    size_t i = (size_t)(h >> 7) & (SEEN_SLOTS - 1);
    while (c->seen[i]) {
        if (c->seen[i] == h)
            return 1;
        i = (i + 1) & (SEEN_SLOTS - 1);
    }
    c->seen[i] = h;
    c->used[c->nseen++] = (uint16_t)i;
    return 0;
}

/* The lexicon ids of tokens tok[0..n). The table is larger than the first
 * cache level, so a probe is often a miss, and so is the word it finds,
 * which the sentence's first pass reads (code_sentence); looked up in a
 * pass of their own, slots asked for LOOKUP_AHEAD tokens ahead and words
 * as soon as found, the misses overlap instead of each stalling the
 * tokenizer in turn. */
#define LOOKUP_AHEAD 8
static void lookup_words(const ts_lex *lx, ts_tok *tok, size_t n)
{
    for (size_t i = 0; i < n && i < LOOKUP_AHEAD; i++)
        ts_lex_prefetch(lx, tok[i].hash);
    for (size_t i = 0; i < n; i++) {
        if (i + LOOKUP_AHEAD < n)
            ts_lex_prefetch(lx, tok[i + LOOKUP_AHEAD].hash);
        int32_t id = tok[i].hash ? ts_lex_find(lx, tok[i].hash) : -1;
        if (id >= 0)
            __builtin_prefetch(&lx->w[id]);
        tok[i].word = id;
    }
}

static void slice(const char *base, const ts_tok *tok, uint16_t t0, uint16_t t1, tocsin_slice *out)
{
    if (t1 <= t0) {
        out->ptr = base;
        out->len = 0;
        return;
    }
    out->ptr = base + tok[t0].off;
    out->len = tok[t1 - 1].off + tok[t1 - 1].len - tok[t0].off;
}

/* The event's time (when.c): the time expression of its clause, else the
 * article date; well before the article, it is retold history. */
static void event_when(const tocsin_coder *c, const char *para, const ts_tok *tok, size_t n,
                       const ts_when *wx, size_t nw, const ts_raw_event *r, tocsin_event *ev)
{
    int have_pub = c->ctx.date != DAY_MIN;
    size_t first = r->src_t0 < r->verb_t ? r->src_t0 : r->verb_t;
    ts_when w;
    if (ts_when_resolve(&c->wdoc, para, tok, n, wx, nw, first, r->verb_t, &w)) {
        ev->when_start = w.start;
        ev->when_end = w.end;
        ev->when_precision = w.prec;
        if (have_pub && w.start < (long)c->ctx.date - TS_RETOLD_DAYS)
            ev->flags |= TOCSIN_EV_RETOLD;
    } else if (have_pub) {
        ev->when_start = ev->when_end = c->ctx.date;
        ev->when_precision = TOCSIN_WHEN_DAY;
    }
}

/* The paragraph's time as if every sentence put off had been read in turn:
 * only the latest one that names a time counts (ts_when_remember). */
static void when_catch_up(tocsin_coder *c, const char *para)
{
    for (size_t k = c->npend; k-- > 0;) {
        ts_when wx[TS_MAX_WHEN];
        size_t nw = ts_when_scan(para, c->tok + c->pend_t0[k], c->pend_n[k], c->ctx.date, c->ctx.date != DAY_MIN, wx,
                                 TS_MAX_WHEN);
        if (nw) {
            ts_when_remember(&c->wdoc, wx, nw);
            break;
        }
    }
    c->npend = 0;
}

/* "Police in Kakamega arrested ...", "Protesters clashed with police in the
 * Georgian capital": an agent that names no country (police, troops,
 * protesters) is of the place where the sentence puts it. A place phrase
 * right after the agent names it here ("police in Kakamega arrested two
 * Ugandan nationals"), as the dictionaries' places do ("police in Nairobi");
 * the one country of the sentence's places, when they agree, is left in
 * s->place_cc for the grammar, which weighs it with the actors it names. */
static void place_agents(tocsin_coder *c, ts_sent *s)
{
    {
        /* also for the people the grammar finds later ("Thousands rallied ...") */
        const char *home = ts_where_dateline_country(&c->where);
        if (home)
            memcpy(s->dateline_cc, home, sizeof s->dateline_cc);
        for (int k = 0; home && k < 4 && !s->home_cc[0]; k++)
            if (!strncmp(s->ctx->recent[k], home, 3) || !s->ctx->recent[0][0])
                memcpy(s->home_cc, home, sizeof s->home_cc); /* the country the story reports from, named
                                                                lately, or before the story names anyone */
    }
    size_t m = 0;
    while (m < s->nm && !(s->m[m].kind == M_UNRES && s->m[m].sector[0]))
        m++;
    if (m == s->nm && !ts_opening_captives(s))
        return; /* the common case: no unnamed agent (nor inmates the grammar may name) */
    ts_where_cc pc[TS_MAX_WHERE];
    size_t np = ts_where_phrases(&c->where, s, pc, TS_MAX_WHERE);
    size_t kept = 0; /* not "while the president was at a summit in Ethiopia": his whereabouts */
    for (size_t q = 0; q < np; q++)
        if (!ts_whereabouts_at(s, pc[q].t0))
            pc[kept++] = pc[q];
    np = kept;
    if (!np) {
        /* "MAIDUGURI, Nigeria (Reuters) - Suspected jihadists killed 12
           farmers": a story that has named no country yet, in a sentence that
           names none, is where its dateline says */
        const char *dl = ts_where_dateline_country(&c->where);
        int named = 0, people = 1;
        for (size_t k = 0; k < s->nm && !named; k++)
            named = (s->m[k].kind == M_NAME || s->m[k].kind == M_ADJ) && strlen(s->m[k].code) >= 3;
        for (size_t k = m; k < s->nm; k++)
            if (s->m[k].kind == M_UNRES && s->m[k].sector[0] && !strstr("CVL OPP LAB MED COP LEG JUD", s->m[k].sector))
                people = 0;
        /* later in the story, people with no country ("Hundreds of residents
           blocked a highway") are of the dateline's country when the story
           has named it: the country it reports from, not the last one named */
        int told = 0;
        for (int k = 0; dl && k < 4 && !told; k++)
            told = !strncmp(s->ctx->recent[k], dl, 3);
        if (dl && !named && (!s->ctx->thing[0] || (people && told)))
            memcpy(s->place_cc, dl, sizeof s->place_cc);
        return;
    }
    int one = 1;
    for (size_t q = 1; q < np; q++)
        one &= !strcmp(pc[q].cc, pc[0].cc);
    if (one)
        memcpy(s->place_cc, pc[0].cc, sizeof s->place_cc);
    for (; m < s->nm; m++) {
        ts_mention *x = &s->m[m];
        if (x->kind != M_UNRES || !x->sector[0])
            continue;
        size_t b = x->t0;
        while (b > 0 && (s->gram[b - 1] & G_DET) && s->mid[b - 1] < 0)
            b--;
        for (size_t q = 0; q < np; q++)
            if (pc[q].cue == x->t1 ||
                (pc[q].cue == 0 && pc[q].t1 + 1u == b && s->tok[pc[q].t1].kind == TK_PUNCT &&
                 s->text[s->tok[pc[q].t1].off] == ',')) { /* "In Tehran, officials vowed" */
                memcpy(x->code, pc[q].cc, 3);
                memcpy(x->code + 3, x->sector, 4);
                x->kind = M_NAME;
                break;
            }
    }
}

/* Whether a place preposition ("in", "at", "near") stands between the verb
 * at v and the target at t: "arrested the organiser of the attacks in
 * Mumbai" arrests someone; only "captured Goma", "seized the town of
 * Bunagana" take the place itself. */
static int place_phrase_between(const tocsin_dict *d, const ts_tok *tok, size_t v, size_t t)
{
    for (size_t q = v + 1; q < t; q++)
        if (tok[q].word >= 0 && (d->lex.w[tok[q].word].gram & G_LOC))
            return 1;
    return 0;
}

static int code_sentence(tocsin_coder *c, const char *para, ts_tok *tok, size_t n,
                         uint64_t para_off)
{
    static const uint64_t captives_h[4] = {TS_LIT_HASH("inmates"), TS_LIT_HASH("prisoners"),
                                           TS_LIT_HASH("detainees"), TS_LIT_HASH("convicts")};
    if (n == 0)
        return 0;
    c->st.sentences++;
    uint32_t index = c->sentence++;
    /* repeated paragraphs and syndicated copies inside one article count once */
    uint64_t h = TS_FNV_OFFSET;
    size_t words = 0;
    int any_verb = 0, any_actor = 0;
    size_t nquote = 0; /* quotation marks: one left open carries its speaker on (grammar.c quote_carry) */
    const ts_word *lw = c->d->lex.w;
    /* an event noun can carry an event with no verb of the dictionaries:
       "The deal between Russia and Ukraine collapsed" */
    static const int evn_class[] = {CL_ATTACK, CL_AIRSTRIKE, CL_TALK, CL_MEETING, CL_SANCTION, CL_AGREEMENT,
                                    CL_DRILL, CL_COPULAR}; /* and a copula's: "is on a state visit to" (grammar.c) */
    uint64_t evn = ts_class_mask(c->d, evn_class, sizeof evn_class / sizeof evn_class[0]);
    /* without a branch a token (a word or not, known or not: no pattern a
       predictor learns); a dictionary always has words (its patterns' verbs),
       so lw[0] stands in for an unknown one, whose tests are masked out */
    for (size_t i = 0; i < n; i++) {
        int is_word = tok[i].kind != TK_PUNCT, known = tok[i].word >= 0;
        uint64_t hw = (h ^ tok[i].hash) * TS_FNV_PRIME;
        h = is_word ? hw : h;
        words += (size_t)is_word;
        const ts_word *w = &lw[known ? tok[i].word : 0];
        any_verb |= known & ((w->verb >= 0) | ((w->classes & evn) != 0));
        nquote += (size_t)(known & ((w->gram & G_QUOTE) != 0));
        any_actor |= known & ((w->first != 0) | ((w->gram & (G_HE | G_IT | G_THEY)) != 0));
        any_actor |= (tok[i].hash == captives_h[0]) | (tok[i].hash == captives_h[1]) |
                     (tok[i].hash == captives_h[2]) | (tok[i].hash == captives_h[3]);
        /* "Inmates took 130 guards hostage": captors the grammar names (captive_captors) */
        if (known && (w->gram & G_QUANT))
            any_actor |= (tok[i].len == 3 && !memcmp(para + tok[i].off, "two", 3)) ||
                         (tok[i].len == 4 && !memcmp(para + tok[i].off, "both", 4)) ||
                         (tok[i].len == 4 && !memcmp(para + tok[i].off, "Both", 4)) ||
                         (tok[i].len == 4 && !memcmp(para + tok[i].off + 1, "ach", 3)); /* "Each side" (take_each) */
        /* "the two countries", "both sides": the two named before (mention.c's take_two) */
    }
    if (words >= 4 && seen_before(c, h)) {
        c->st.repeated++;
        return 0;
    }
    ts_sent *s = &c->sent;
    s->d = c->d;
    s->text = para;
    s->tok = tok;
    s->ntok = n;
    s->ctx = &c->ctx;
    if (c->ctx.quote_by[0])
        any_verb = 1; /* inside a speaker's open quotation: the grammar reads his words (quoted_judgement) */
    if (!any_actor && c->ctx.quote_by[0] && ((nquote & 1) || !c->ctx.quote_left || !--c->ctx.quote_left))
        c->ctx.quote_by[0] = '\0'; /* a sentence the grammar does not read closes or ends the open quotation */
    if (!any_actor)
        return 0; /* no actor can be named here: nothing to code or remember */
    {
        const char *dl = ts_where_dateline_country(&c->where); /* the story's home: its dateline's */
        if (dl)
            party_state(dl, c->ctx.home);
    }
    ts_mentions(s);
    s->place_cc[0] = '\0';
    s->home_cc[0] = '\0';
    s->dateline_cc[0] = '\0';
    if (any_verb)
        place_agents(c, s);
    /* without a verb of the dictionaries there is no event, but the actors
       are still remembered for pronouns */
    size_t ne = any_verb ? ts_grammar(s, c->raw, TS_MAX_SENT_EVENTS, c->options & TOCSIN_CODE_ALL) : 0;
    if (!any_verb)
        c->ctx.lead_doer[0] = '\0'; /* no first verb's doer to remember (ts_grammar's lead_doer) */
    ts_when wx[TS_MAX_WHEN];
    size_t nw = 0;
    if (ne > 0) {
        when_catch_up(c, para);
        nw = ts_when_scan(para, tok, n, c->ctx.date, c->ctx.date != DAY_MIN, wx, TS_MAX_WHEN);
    } else {
        if (c->npend == MAX_WHEN_PENDING)
            when_catch_up(c, para);
        c->pend_t0[c->npend] = (uint32_t)(tok - c->tok);
        c->pend_n[c->npend++] = (uint16_t)n;
    }
    ts_loc lx[TS_MAX_WHERE];
    int wev = ne > 0 ? TS_WHERE_EVENTS : 0;
    for (size_t k = 0; k < ne; k++) { /* CAMEO 14-20 and visits (042-044) */
        const char *rc = c->raw[k].code;
        if ((rc[0] == '1' && rc[1] >= '4') || rc[0] == '2' ||
            (rc[0] == '0' && rc[1] == '4' && rc[2] >= '2' && rc[2] <= '4'))
            wev |= TS_WHERE_STRUCK;
    }
    size_t nl = ts_where_scan(&c->where, s, wev, lx, TS_MAX_WHERE);
    struct {
        char source[TOCSIN_CODE_LEN], target[TOCSIN_CODE_LEN], code[8];
    } done[TS_MAX_SENT_EVENTS]; /* this sentence's events so far */
    size_t ndone = 0;
    for (size_t k = 0; k < ne && !c->stopped; k++) {
        const ts_raw_event *r = &c->raw[k];
        if (!(c->options & TOCSIN_CODE_NGO) && (!strncmp(r->src, "NGO", 3) || !strncmp(r->tgt, "NGO", 3)))
            continue; /* an NGO's statement is attribution; no event is its (TOCSIN_CODE_NGO) */
        tocsin_event ev;
        memset(&ev, 0, sizeof ev);
        ev.doc.ptr = c->id;
        ev.doc.len = c->id_len;
        ev.date.ptr = c->date;
        ev.date.len = c->date_len;
        ev.sentence = index;
        ev.offset = para_off + tok[0].off;
        ev.length = tok[n - 1].off + tok[n - 1].len - tok[0].off;
        memcpy(ev.source, r->src, sizeof r->src < sizeof ev.source ? sizeof r->src : sizeof ev.source);
        memcpy(ev.target, r->tgt, sizeof r->tgt < sizeof ev.target ? sizeof r->tgt : sizeof ev.target);
        ev.rule = r->rule;
        memcpy(ev.code, r->code, sizeof r->code);
        if ((!strncmp(ev.code, "173", 3) || (!strcmp(ev.code, "171") && r->pat && r->pat->nelem == 0)) &&
            r->tgt_t1 > r->tgt_t0)
            for (size_t q = 0; q < nl; q++) /* "M23 rebels captured Goma": a town taken, not an arrest;
                                               "the RSF seized Wad Madani": not goods seized */
                if (lx[q].place >= 0 && !lx[q].to && lx[q].t0 == r->tgt_t0 && lx[q].t1 == r->tgt_t1 &&
                    (wev & TS_WHERE_STRUCK) && !place_phrase_between(c->d, tok, r->verb_t, r->tgt_t0)) {
                    memcpy(ev.code, "192", 4);
                    ev.rule = "a place captured or seized is territory taken (192), not an arrest or a seizure of goods";
                    break;
                }
        ev.root[0] = ev.code[0];
        ev.root[1] = ev.code[1];
        ev.root[2] = '\0';
        if (((ev.root[0] == '1' && ev.root[1] >= '8') || (ev.root[0] == '2' && ev.root[1] == '0')) &&
            strlen(ev.target) == 6 && !strcmp(ev.target + 3, "GOV") && r->tgt_t1 > r->tgt_t0) {
            /* "Israeli strikes on Damascus": a capital struck is its country; one
               that speaks or acts ("Damascus condemned") stays its government */
            const char *cc = ts_where_city_country(lx, nl, r->tgt_t0, r->tgt_t1);
            if (cc && !strncmp(cc, ev.target, 3)) {
                ev.target[3] = '\0';
                if (!ev.rule)
                    ev.rule = "target: a capital struck is its country, not its government";
            }
        }
        if (tocsin_cameo_lookup(ev.code, &ev.quad, &ev.goldstein, NULL))
            continue;
        ev.sentence_text.ptr = para + tok[0].off;
        ev.sentence_text.len = ev.length;
        slice(para, tok, r->src_t0, r->src_t1, &ev.source_text);
        slice(para, tok, r->verb_t, (uint16_t)(r->verb_t + 1), &ev.verb_text);
        slice(para, tok, r->tgt_t0, r->tgt_t1, &ev.target_text);
        ev.flags = r->flags;
        if (r->pat) {
            ev.pattern_file = c->d->files[r->pat->file];
            ev.pattern_line = r->pat->line;
        }
        event_when(c, para, tok, n, wx, nw, r, &ev);
        int here = ts_where_event(&c->where, s, lx, nl, r, &ev) == 1;
        int judged = r->place_target && r->tgt_t1 > r->tgt_t0 &&
                     ((ev.root[0] == '1' && (ev.root[1] == '1' || ev.root[1] == '0')) ||
                      (ev.root[0] == '0' && (ev.root[1] == '5' || ev.root[1] == '9' || ev.root[1] == '2')));
        if (judged) {
            /* "condemned the attack on a village in Zamfara", "ordered a probe into the
               bombing in Quetta": the act's place (grammar.c, judged_act), else the
               judge's (investigator's) own country */
            const char *cc = ts_where_country_within(lx, nl, r->tgt_t0, r->tgt_t1), *story;
            if (cc) {
                memcpy(ev.target, cc, 3);
                ev.target[3] = '\0';
                ev.rule = "target: the country where the judged act happened";
            } else if (r->speaker_cc[0] &&
                       (r->place_target == 2 ||
                        (r->place_target != 3 && !ts_where_elsewhere(&c->where, lx, nl, r->speaker_cc)))) {
                memcpy(ev.target, r->speaker_cc, 4);
                ev.rule = r->place_target == 2 /* grammar.c: the act's unnamed victim's country */
                              ? "target: the country of the judged act's victim ('the storming of parliament')"
                              : "target: violence with no doer named, judged by a state of a sentence and story "
                                "that name no other country, is at home";
            } else if ((story = ts_where_story_country(&c->where)) && strncmp(story, ev.source, 3) &&
                       ev.root[1] != '9') {
                /* "MOGADISHU ... Turkey and Qatar condemned the bombings": where the story is */
                memcpy(ev.target, story, 3);
                ev.target[3] = '\0';
                ev.rule = "target: the story's country, where the act a foreign state judged happened";
            } else {
                continue;
            }
            if (ev.root[1] == '1') /* a disapproval a later denial may answer, as below */
                set_accuser(&c->ctx, ev.source, ev.target);
        } else if (r->place_target) {
            char foe[4];
            /* "opened an offensive on Marib": no actor named, the place's country */
            if ((!here || !ev.geo_country[0]) && !strncmp(ev.code, "172", 3)) {
                /* "Sri Lanka's president declared a state of emergency": curfews,
                   emergencies, bans with no place named are the state's own */
                memcpy(ev.target, ev.source, 3);
                ev.target[3] = '\0';
                ev.rule = "target: a curfew, emergency or ban with no place named is at home";
            } else if ((!here || !ev.geo_country[0]) && r->speaker_cc[0]) {
                memcpy(ev.target, r->speaker_cc, 4); /* "Kabul claims Pakistan kept up its air raids" */
                ev.rule = r->rule && !strcmp(r->rule, TS_RULE_STORY_STRIKER)
                              ? "a strike or weapon that names nobody: the story's last attacker's, at the one it attacked"
                              : "target: the state that reports the force (no party or place named)";
            }
            else if ((!here || !ev.geo_country[0]) && ev.root[0] == '1' && ev.root[1] == '9' &&
                     story_foe(&c->ctx, ev.source, foe)) {
                memcpy(ev.target, foe, 4); /* "Armenia accused Azerbaijan ... Azerbaijan launched an offensive" */
                ev.rule = "target: force that names no party or place is at the story's foe of its doer";
            }
            else if (!here || !ev.geo_country[0] ||
                     ((!strncmp(ev.code, "192", 3) || (!strncmp(ev.code, "171", 3) && strcmp(ev.code, "1712"))) &&
                      !strncmp(ev.source, ev.geo_country, 3)))
                continue; /* retaking a town of one's own, seizing goods at home: from whom is not said
                             (destroying them, 1712, is done to someone: "torched a school in Borno") */
            else {
                memcpy(ev.target, ev.geo_country, 4);
                ev.rule = "target: the country of the place the sentence gives the event";
            }
            if (!strcmp(ev.source, ev.target)) {
                if (ev.root[0] == '1' && ev.root[1] == '7' && strncmp(ev.code, "172", 3))
                    continue;
                memcpy(ev.target + 3, "CVL", 4); /* "Azerbaijan launched an operation in Karabakh": its people */
            }
        }
        size_t q = 0; /* "shelled Kyiv and Kharkiv": one event on Ukraine, however its targets were named */
        while (q < ndone && (strcmp(done[q].source, ev.source) || strcmp(done[q].target, ev.target) ||
                             strcmp(done[q].code, ev.code)))
            q++;
        if (q < ndone)
            continue;
        if (ndone < TS_MAX_SENT_EVENTS) {
            memcpy(done[ndone].source, ev.source, sizeof ev.source);
            memcpy(done[ndone].target, ev.target, sizeof ev.target);
            memcpy(done[ndone++].code, ev.code, sizeof ev.code);
        }
        if (!r->tgt[0] && ev.target[0]) { /* the story remembers the place's country as the one struck */
            size_t nt = strnlen(ev.target, sizeof c->raw[k].tgt - 1);
            memcpy(c->raw[k].tgt, ev.target, nt);
            c->raw[k].tgt[nt] = '\0';
        }
        c->st.events++;
        if (c->sink && c->sink(c->sink_ud, &ev))
            c->stopped = 1;
    }
    remember_story(&c->ctx, c->raw, ne);
    remember_parties(&c->ctx, c->raw, ne);
    ts_when_remember(&c->wdoc, wx, nw);
    ts_where_remember(&c->where, s, lx, nl);
    ts_ctx_update(s);
    return 0;
}

/* Repairs invalid UTF-8 in place (bad bytes become spaces) and warns. */
static void repair_utf8(tocsin_coder *c, char *p, size_t n, uint64_t off)
{
    size_t i = 0;
    long long first_bad = -1;
    size_t bad = 0;
    while (i < n) {
#ifdef __SSE2__
        /* sixteen ASCII bytes, none NUL, in one test (x86-64 always has SSE2) */
        if (n - i >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            if (!(_mm_movemask_epi8(v) | _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())))) {
                i += 16;
                continue;
            }
        }
#endif
        uint64_t w8;
        /* eight ASCII bytes, none NUL, at a time: the common case */
        if (n - i >= 8 && (memcpy(&w8, p + i, 8), !(w8 & 0x8080808080808080ull)) &&
            !((w8 - 0x0101010101010101ull) & ~w8 & 0x8080808080808080ull)) {
            i += 8;
            continue;
        }
        unsigned char ch = (unsigned char)p[i];
        if (ch < 0x80) {
            if (ch == 0) {
                p[i] = ' ';
                if (first_bad < 0)
                    first_bad = (long long)(off + i);
                bad++;
            }
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k > 0) {
            i += (size_t)k;
            continue;
        }
        if (first_bad < 0)
            first_bad = (long long)(off + i);
        p[i] = ' ';
        bad++;
        i++;
    }
    if (bad) {
        c->st.bad_utf8 += bad;
        ts_diag(c->diag, c->diag_ud, TOCSIN_EENCODING, c->name, 0, first_bad,
                "invalid UTF-8 at byte %lld (%zu byte%s replaced by spaces)", first_bad, bad,
                bad == 1 ? "" : "s");
    }
}

/* A wire dateline opening a paragraph ("MOSCOW/SEOUL —", "BAMAKO, Mali (AP) -")
 * is not part of the sentence: returns the first token after it, or 0. */
static size_t skip_dateline(const char *p, const ts_tok *tok, size_t n)
{
    size_t k = 0, caps = 0;
    for (; k < n && k < 12; k++) {
        const ts_tok *t = &tok[k];
        if (t->kind == TK_WORD && t->cas == CASE_UPPER) {
            caps++;
            continue;
        }
        if (t->kind == TK_WORD && t->cas == CASE_CAP && caps)
            continue; /* "Mali" in "BAMAKO, Mali" */
        if (t->kind == TK_NUM && caps && t->len <= 4)
            continue; /* "KHARTOUM, April 16 (Reuters) -": the date */
        if (t->kind == TK_PUNCT) {
            unsigned char c = (unsigned char)p[t->off];
            if (c == ',' || c == '/' || c == '(' || c == ')')
                continue;
            int dash = c == '-' || (t->len == 3 && c == 0xE2 && (unsigned char)p[t->off + 1] == 0x80 &&
                                    ((unsigned char)p[t->off + 2] == 0x93 || (unsigned char)p[t->off + 2] == 0x94));
            /* "US-led forces", "NATO Secretary-General": a hyphen inside a word */
            if (c == '-' && t->len == 1 && k > 0 && k + 1 < n && tok[k - 1].off + tok[k - 1].len == t->off &&
                tok[k + 1].off == t->off + 1)
                return 0;
            return dash && caps ? k + 1 : 0;
        }
        return 0;
    }
    return 0;
}

/* Codes one paragraph buf[a..b). */
static int paragraph(tocsin_coder *c, size_t a, size_t b)
{
    char *p = c->buf.p + a;
    size_t n = b - a;
    int first = !c->seen_text;
    repair_utf8(c, p, n, c->buf_off + a);
    /* blank? */
    size_t q = 0;
    while (q < n && (unsigned char)p[q] <= ' ')
        q++;
    if (q == n)
        return 0;
    c->seen_text = 1;
    if (!(c->options & TOCSIN_CODE_NO_BOILER) && ts_is_boiler(p, n, first && c->has_title)) {
        c->st.boiler++;
        return 0;
    }
    c->ntok = 0;
    c->wdoc.has = 0; /* a new paragraph tells its own times */
    c->npend = 0;
    /* each token's word is looked up after (lookup_words) */
    int rc = ts_tokenize_into(p, n, &c->tok, &c->ntok, &c->tok_cap, MAX_PARA_TOKENS);
    if (rc)
        return rc;
    lookup_words(&c->d->lex, c->tok, c->ntok);
    size_t i = skip_dateline(p, c->tok, c->ntok);
    if (i > 0 && c->sentence == 0)
        ts_where_dateline(&c->where, p, c->tok, i);
    while (i < c->ntok && !c->stopped) {
        size_t e = ts_sentence_end(p, c->tok, i, c->ntok);
        if (e <= i)
            e = i + 1;
        while (e - i > TS_MAX_SENT_TOKENS) {
            code_sentence(c, p, c->tok + i, TS_MAX_SENT_TOKENS, c->buf_off + a);
            i += TS_MAX_SENT_TOKENS;
        }
        code_sentence(c, p, c->tok + i, e - i, c->buf_off + a);
        i = e;
    }
    return 0;
}

static int ends_sentence(const char *p, size_t a, size_t b)
{
    while (b > a && (unsigned char)p[b - 1] <= ' ')
        b--;
    if (b == a)
        return 1;
    unsigned char l = (unsigned char)p[b - 1];
    return l == '.' || l == '!' || l == '?' || l == '"' || l == ':' || l >= 0x80;
}

/* Where to cut a line longer than TOCSIN_MAX_PARAGRAPH that starts at
 * p[para]: after the last sentence end in the second half of the window, else
 * after its last space, else at the last character boundary, so no sentence
 * or UTF-8 sequence is split when the text allows. Said once per document. */
static size_t cut_point(tocsin_coder *c, const char *p, size_t para)
{
    size_t hi = para + TOCSIN_MAX_PARAGRAPH, lo = para + TOCSIN_MAX_PARAGRAPH / 2, cut = 0;
    const char *how = "a sentence end";
    for (size_t k = hi; k > lo && !cut; k--)
        if (p[k - 1] == ' ' && (p[k - 2] == '.' || p[k - 2] == '!' || p[k - 2] == '?'))
            cut = k;
    for (size_t k = hi; k > lo && !cut; k--)
        if (p[k - 1] == ' ' || p[k - 1] == '\t')
            cut = k, how = "a space";
    if (!cut) {
        cut = hi;
        while (cut > hi - 3 && ((unsigned char)p[cut] & 0xC0) == 0x80)
            cut--;
        how = "a character boundary";
    }
    if (!c->cut_said) {
        c->cut_said = 1;
        ts_diag(c->diag, c->diag_ud, TOCSIN_ELIMIT, c->name, 0, (long long)(c->buf_off + cut),
                "a paragraph longer than %u KiB was cut at %s (byte %llu); a sentence across the cut "
                "may be missed", TOCSIN_MAX_PARAGRAPH / 1024, how, (unsigned long long)(c->buf_off + cut));
    }
    return cut;
}

/* Processes complete lines of the buffer; with `all`, everything. */
static int drain(tocsin_coder *c, int all)
{
    char *p = c->buf.p;
    size_t n = c->buf.len, start = 0, para = 0, i = 0;
    int rc = 0;
    while (i < n && !c->stopped) {
        char *nl = memchr(p + i, '\n', n - i);
        if (!nl)
            break;
        size_t le = (size_t)(nl - p) + 1;
        /* a wrapped line (no final punctuation, next starts lowercase) joins */
        size_t next = le;
        int join = 0;
        if (para < i && !ends_sentence(p, para, i)) {
            size_t k = i;
            while (k < le && (p[k] == ' ' || p[k] == '\t'))
                k++;
            join = k < le && p[k] >= 'a' && p[k] <= 'z';
        }
        if (!join && para < i) {
            rc = paragraph(c, para, i);
            if (rc)
                return rc;
            para = i;
        }
        i = next;
        start = le;
    }
    (void)start;
    if (all) {
        if (para < n)
            rc = paragraph(c, para, n);
        para = n;
    } else {
        /* an enormous line: coded in pieces of at most TOCSIN_MAX_PARAGRAPH,
           until what is left fits */
        while (!rc && !c->stopped && n - para > TOCSIN_MAX_PARAGRAPH) {
            size_t cut = cut_point(c, p, para);
            rc = paragraph(c, para, cut);
            para = cut;
        }
    }
    if (para > 0) {
        memmove(c->buf.p, c->buf.p + para, n - para);
        c->buf.len = n - para;
        c->buf_off += para;
    }
    return rc;
}

int tocsin_coder_feed(tocsin_coder *c, const char *text, size_t n)
{
    if (c->stopped)
        return TOCSIN_ESTOPPED;
    c->st.bytes += n;
    while (n > 0) {
        size_t room = TOCSIN_MAX_PARAGRAPH;
        size_t take = n < room ? n : room;
        int rc = ts_buf_put(&c->buf, text, take);
        if (rc)
            return rc;
        text += take;
        n -= take;
        char *nl = NULL;
        for (size_t k = c->buf.len; k > 0; k--)
            if (c->buf.p[k - 1] == '\n') {
                nl = c->buf.p + k;
                break;
            }
        if (nl || c->buf.len > TOCSIN_MAX_PARAGRAPH) {
            rc = drain(c, 0);
            if (rc)
                return rc;
        }
    }
    return c->stopped ? TOCSIN_ESTOPPED : 0;
}

int tocsin_coder_end(tocsin_coder *c)
{
    int rc = c->stopped ? 0 : drain(c, 1);
    c->buf.len = 0;
    return rc;
}

int tocsin_code_text(tocsin_coder *c, const tocsin_doc_info *info, const char *text, size_t n)
{
    int rc = tocsin_coder_begin(c, info);
    if (!rc)
        rc = tocsin_coder_feed(c, text, n);
    int rc2 = tocsin_coder_end(c);
    return rc ? rc : rc2;
}
