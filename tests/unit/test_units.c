/* test_units.c - unit tests for the library's modules: tokenizer, sentence
 * splitter, boilerplate filter, dictionary loader and morphology, coder
 * streaming and repair, reader, output format, parallel pipeline. Test text
 * is written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "read/boiler.h"
#include "base/internal.h"
#include "code/sentence.h"
#include "dict/dict_impl.h"
#include "text/segment.h"
#include "text/token.h"
#include "tocsin/coder.h"
#include "tocsin/date.h"
#include "tocsin/format.h"
#include "tocsin/pipeline.h"
#include "tocsin/reader.h"

static const char *dictdir = "dict";
int run_robust_tests(const char *dictdir);
int run_when_tests(const char *dictdir); /* tests/unit/test_when.c */
int run_where_tests(const char *dictdir); /* tests/unit/test_where.c */
static tocsin_dict *D;

/* ---------- tokenizer ---------- */

typedef struct toks {
    char key[64][TS_KEY_MAX + 8];
    ts_tok t[64];
    int n;
    const char *text;
} toks;

static int grab(void *ud, const ts_tok *t)
{
    toks *k = ud;
    if (k->n < 64) {
        k->t[k->n] = *t;
        ts_tok_key(k->text, t, k->key[k->n], sizeof k->key[0]);
        k->n++;
    }
    return 0;
}

static toks tokenize(const char *s)
{
    toks k;
    memset(&k, 0, sizeof k);
    k.text = s;
    ts_tokenize(s, strlen(s), grab, &k);
    return k;
}

static void t_tokens_basic(void **st)
{
    (void)st;
    toks k = tokenize("Russia\xE2\x80\x99s army doesn\xE2\x80\x99t stop \xE2\x80\x9Cnow\xE2\x80\x9D\xC2\xA0\xE2\x80\x94 10,000 U.S. troops.");
    const char *want[] = {"russia", "'s", "army", "does", "n't", "stop", "\"", "now", "\"", "--",
                          "10,000", "u.s.", "troops", "."};
    assert_int_equal(k.n, (int)(sizeof want / sizeof want[0]));
    for (int i = 0; i < k.n; i++)
        assert_string_equal(k.key[i], want[i]);
    assert_int_equal(k.t[0].cas, CASE_CAP);
    assert_int_equal(k.t[11].cas, CASE_UPPER);
}

static void t_tokens_hyphen_accents(void **st)
{
    (void)st;
    toks k = tokenize("Iran-backed Erdo\xC4\x9F" "an O'Brien US us");
    const char *want[] = {"iran", "-", "backed", "erdogan", "o'brien", "us", "us"};
    assert_int_equal(k.n, 7);
    for (int i = 0; i < k.n; i++)
        assert_string_equal(k.key[i], want[i]);
    assert_int_equal(k.t[5].cas, CASE_UPPER);
    assert_int_equal(k.t[6].cas, CASE_LOWER);
}

static void t_tokens_invalid_utf8(void **st)
{
    (void)st;
    toks k = tokenize("bad \xFF\xFE bytes \xC3");
    assert_int_equal(k.n, 2);
    assert_string_equal(k.key[0], "bad");
    assert_string_equal(k.key[1], "bytes");
}

/* Words of ASCII letters (the tokenizer's quick path) and the words beside
 * them that it leaves to the general one: every token's hash is the hash of
 * its folded key, and its case and extent are the word's. */
static void t_tokens_plain_words(void **st)
{
    (void)st;
    char long64[200], text[512];
    memset(long64, 'w', 64);
    long64[64] = '\0';
    /* a key of 64 letters (the longest), one of 65 (no key: hashed another way) */
    snprintf(text, sizeof text, "NATO iPhone A b. J.K. Kyiv's can't Iran2 x-ray %s %sW end", long64, long64);
    toks k = tokenize(text);
    const char *want[] = {"nato", "iphone", "a", "b", ".", "j.k.", "kyiv", "'s", "ca", "n't", "iran2", "x", "-",
                          "ray", long64, NULL, "end"};
    const int cas[] = {CASE_UPPER, CASE_LOWER, CASE_CAP, CASE_LOWER, CASE_LOWER, CASE_UPPER, CASE_CAP, CASE_LOWER,
                       CASE_LOWER, CASE_LOWER, CASE_CAP, CASE_LOWER, CASE_LOWER, CASE_LOWER, CASE_LOWER, CASE_LOWER,
                       CASE_LOWER};
    assert_int_equal(k.n, (int)(sizeof want / sizeof want[0]));
    for (int i = 0; i < k.n; i++) {
        assert_int_equal(k.t[i].cas, cas[i]);
        assert_int_equal(k.t[i].word, -1);
        if (!want[i]) { /* the 65-letter word: too long for a key */
            assert_int_equal(k.t[i].len, 65);
            continue;
        }
        assert_string_equal(k.key[i], want[i]);
        assert_int_equal(k.t[i].len, strlen(want[i]));
        assert_true(k.t[i].hash == ts_hash(k.key[i], strlen(k.key[i])));
    }
}

/* ts_tokenize_into gives ts_tokenize's tokens, grows its array from
 * nothing, and keeps at most max of them */
static void t_tokens_into(void **st)
{
    (void)st;
    const char *text = "Russia\xE2\x80\x99s army, U.S. troops and 10,000 O'Brien \xE2\x80\x9Cnow\xE2\x80\x9D -- said";
    toks k = tokenize(text);
    ts_tok *v = NULL;
    size_t len = 0, cap = 0;
    assert_int_equal(ts_tokenize_into(text, strlen(text), &v, &len, &cap, 1000), 0);
    assert_int_equal(len, (size_t)k.n);
    assert_true(cap >= len);
    for (size_t i = 0; i < len; i++) {
        assert_int_equal(v[i].off, k.t[i].off);
        assert_int_equal(v[i].len, k.t[i].len);
        assert_int_equal(v[i].kind, k.t[i].kind);
        assert_int_equal(v[i].cas, k.t[i].cas);
        assert_true(v[i].hash == k.t[i].hash);
        assert_int_equal(v[i].word, -1);
    }
    len = 0; /* appended to what is there, up to max */
    assert_int_equal(ts_tokenize_into(text, strlen(text), &v, &len, &cap, 5), 0);
    assert_int_equal(len, 5);
    assert_int_equal(ts_tokenize_into(text, strlen(text), &v, &len, &cap, 7), 0);
    assert_int_equal(len, 7);
    assert_int_equal(v[5].off, k.t[0].off);
    free(v);
}

/* Token t is lit, ASCII capitals folded: what TOK_IS means, byte by byte. */
static int same_word(const char *text, const ts_tok *t, const char *lit)
{
    size_t n = strlen(lit);
    if (t->len != n)
        return 0;
    for (size_t k = 0; k < n; k++) {
        char c = text[t->off + k];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lit[k])
            return 0;
    }
    return 1;
}

/* TOK_IS and ts_tok_in compare the token's hash with the literal's before its
 * bytes: they say what the byte comparison says, for capitals, an accent
 * that folds away ("th\xC3\xA9" has the key "the"), digits, both apostrophes,
 * a literal with a byte past ASCII and one too long for a hash */
static void t_tok_is(void **st)
{
    (void)st;
    const char *text = "The THE the th\xC3\xA9 Said said2 2024 U.S. Kyiv's Kyiv\xE2\x80\x99s assassination "
                       "ASSASSINATION";
    toks k = tokenize(text);
    static ts_sent s;
    memset(&s, 0, sizeof s);
    s.text = text;
    s.tok = k.t;
    s.ntok = (size_t)k.n;
    static const ts_lit list[] = {LIT("said"), LIT("\xE2\x80\x99s"), LIT("assassination")};
    int the = 0, said = 0, year = 0, us = 0, apos = 0, curly = 0, in_list = 0;
    for (size_t i = 0; i < s.ntok; i++) {
        const ts_tok *t = &k.t[i];
        assert_int_equal(TOK_IS(&s, i, "the"), same_word(text, t, "the"));
        assert_int_equal(TOK_IS(&s, i, "said"), same_word(text, t, "said"));
        assert_int_equal(TOK_IS(&s, i, "2024"), same_word(text, t, "2024"));
        assert_int_equal(TOK_IS(&s, i, "u.s."), same_word(text, t, "u.s."));
        assert_int_equal(TOK_IS(&s, i, "'s"), same_word(text, t, "'s"));
        assert_int_equal(TOK_IS(&s, i, "\xE2\x80\x99s"), same_word(text, t, "\xE2\x80\x99s"));
        int want_in = same_word(text, t, "said") || same_word(text, t, "\xE2\x80\x99s") ||
                      same_word(text, t, "assassination");
        assert_int_equal(ts_tok_in(&s, i, list, sizeof list / sizeof list[0]), want_in);
        the += TOK_IS(&s, i, "the");
        said += TOK_IS(&s, i, "said");
        year += TOK_IS(&s, i, "2024");
        us += TOK_IS(&s, i, "u.s.");
        apos += TOK_IS(&s, i, "'s");
        curly += TOK_IS(&s, i, "\xE2\x80\x99s");
        in_list += want_in;
    }
    assert_int_equal(the, 3); /* not "th\xC3\xA9" */
    assert_int_equal(said, 1); /* not "said2" */
    assert_int_equal(year, 1);
    assert_int_equal(us, 1);
    assert_int_equal(apos, 1);
    assert_int_equal(curly, 1);
    assert_int_equal(in_list, 4); /* "Said", "\xE2\x80\x99s" and both "assassination" */
    assert_false(TOK_IS(&s, s.ntok, "the")); /* past the last token */
    assert_false(ts_tok_in(&s, s.ntok, list, sizeof list / sizeof list[0]));
    /* a word of [a-z0-9] carries its key's hash; the others none */
    assert_true(list[0].h == ts_hash("said", 4));
    assert_true(list[1].h == 0 && list[2].h == 0);
}

/* ---------- sentences ---------- */

static int count_sentences(const char *s)
{
    toks k = tokenize(s);
    int n = 0;
    size_t i = 0;
    while (i < (size_t)k.n) {
        i = ts_sentence_end(s, k.t, i, (size_t)k.n);
        n++;
    }
    return n;
}

static void t_segment(void **st)
{
    (void)st;
    assert_int_equal(count_sentences("Gen. Smith arrived. He spoke."), 2);
    assert_int_equal(count_sentences("Mr. Lee met J. Doe in Seoul. Talks ended."), 2);
    assert_int_equal(count_sentences("It rose 1.5 percent. Then it fell!"), 2);
    assert_int_equal(count_sentences("\"We will respond,\" he said. Nothing followed."), 2);
    assert_int_equal(count_sentences("They blamed the U.S. The talks collapsed."), 2);
    assert_int_equal(count_sentences("The U.S. Navy sailed."), 1);
    /* a straight quote opening the next sentence stays with it; one closing this one stays here */
    const char *o = "Jets struck. \"We will respond,\" he said.";
    toks k = tokenize(o);
    assert_int_equal(ts_sentence_end(o, k.t, 0, (size_t)k.n), 3); /* Jets struck . | " We ... */
    const char *c = "He said \"it is over.\" Talks ended.";
    k = tokenize(c);
    assert_int_equal(ts_sentence_end(c, k.t, 0, (size_t)k.n), 8); /* He said " it is over . " | Talks */
}

/* ---------- boilerplate ---------- */

static void t_boiler(void **st)
{
    (void)st;
    assert_true(ts_is_boiler("Continue reading", 16, 0));
    assert_true(ts_is_boiler("Donate Subscribe", 16, 0));
    assert_true(ts_is_boiler("Share this article on Facebook", 30, 0));
    assert_true(ts_is_boiler("By Jane Roe, staff writer", 25, 0));
    assert_true(ts_is_boiler("Photo: a soldier at a checkpoint", 32, 0));
    const char *s = "The minister said the border would reopen on Friday.";
    assert_false(ts_is_boiler(s, strlen(s), 0));
    assert_false(ts_is_boiler("Seoul weighs arms for Kyiv", 26, 1));
    assert_true(ts_is_boiler("Seoul weighs arms for Kyiv", 26, 0));
}

/* ---------- dictionaries ---------- */

typedef struct diags {
    char msg[16][600];
    int n;
} diags;

static void on_diag(void *ud, const tocsin_error *e)
{
    diags *d = ud;
    if (d->n < 16)
        snprintf(d->msg[d->n++], sizeof d->msg[0], "%s:%ld: %s", e->file, e->line, e->message);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static char tmpdir[128];

static void make_dict(const char *actors, const char *verbs)
{
    char p[600];
    snprintf(tmpdir, sizeof tmpdir, "/tmp/tocsin-unit-%d", (int)getpid());
    snprintf(p, sizeof p, "mkdir -p %s/actors %s/verbs", tmpdir, tmpdir);
    assert_int_equal(system(p), 0);
    snprintf(p, sizeof p, "%s/grammar.txt", tmpdir);
    write_file(p, "det the | a\nsay say\nbe is | was | were | been\nby by\nto to\nprep to | on | with\n");
    snprintf(p, sizeof p, "%s/actors/a.txt", tmpdir);
    write_file(p, actors);
    snprintf(p, sizeof p, "%s/verbs/v.txt", tmpdir);
    write_file(p, verbs);
    snprintf(p, sizeof p, "%s/verbs/classes.txt", tmpdir);
    write_file(p, "@troops troop | soldier\n");
}

static void t_dict_errors(void **st)
{
    (void)st;
    make_dict("country RUS Russia\nbogus RUS Russia\ncountry rus lower\nperson USAGOV 2021-13-01.. X Y\n"
              "adj UKR Ukrainian\n",
              "111 condemn\n999 condemn\n190 attack $T $T\n074 send * @nothing to $T\n");
    diags dg;
    memset(&dg, 0, sizeof dg);
    tocsin_dict_options o = {.wordnet_dir = NULL, .diag = on_diag, .diag_ud = &dg};
    tocsin_dict *d = NULL;
    tocsin_error err;
    assert_int_equal(tocsin_dict_load(tmpdir, &o, &d, &err), 0);
    tocsin_dict_stats s;
    tocsin_dict_get_stats(d, &s);
    assert_int_equal((int)s.errors, 6);
    assert_int_equal(dg.n, 6);
    assert_non_null(strstr(dg.msg[0], "v.txt:2:"));
    assert_non_null(strstr(dg.msg[0], "unknown CAMEO code"));
    int found = 0;
    for (int i = 0; i < dg.n; i++)
        if (strstr(dg.msg[i], "a.txt:2:") && strstr(dg.msg[i], "unknown kind"))
            found = 1;
    assert_true(found);
    assert_int_equal((int)s.verb_patterns, 1);
    tocsin_dict_free(d);
}

static void t_dict_missing(void **st)
{
    (void)st;
    tocsin_dict *d = (tocsin_dict *)1;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    assert_int_not_equal(tocsin_dict_load("/nonexistent/tocsin", NULL, &d, &err), 0);
    assert_null(d);
    assert_non_null(strstr(err.file, "/nonexistent/tocsin"));
    tocsin_dict_free(NULL);
}

static int32_t word(const tocsin_dict *d, const char *w)
{
    return ts_lex_find(&d->lex, ts_hash(w, strlen(w)));
}

static void t_morphology(void **st)
{
    (void)st;
    /* WordNet's exceptions give irregular and doubled forms */
    int32_t send = word(D, "send"), sent = word(D, "sent");
    assert_true(send >= 0 && sent >= 0);
    assert_int_equal(D->lex.w[sent].lemma, (uint32_t)send);
    assert_true(D->lex.w[sent].vform & VF_PART);
    int32_t accuse = word(D, "accuse"), accused = word(D, "accused"), accusing = word(D, "accusing");
    assert_true(accused >= 0 && accusing >= 0);
    assert_int_equal(D->lex.w[accused].lemma, (uint32_t)accuse);
    assert_true(D->lex.w[accusing].vform & VF_ING);
    int32_t troops = word(D, "troops"), troop = word(D, "troop");
    assert_true(troops >= 0 && troop >= 0);
    assert_int_equal(D->lex.w[troops].lemma, (uint32_t)troop);
    tocsin_dict_stats s;
    tocsin_dict_get_stats(D, &s);
    assert_true(s.wordnet);
}

static void t_dated_people(void **st)
{
    (void)st;
    int32_t d1, d2;
    assert_int_equal(ts_parse_date("1970-01-02", 10, &d1), 0);
    assert_int_equal(d1, 1);
    assert_int_equal(ts_parse_date("2024-10-01", 10, &d2), 0);
    assert_int_equal(d2, 19997);
    assert_int_not_equal(ts_parse_date("2024-1-01", 9, &d1), 0);
}

/* ---------- coder ---------- */

typedef struct evs {
    char line[64][96];
    int n;
    unsigned flags[64];
} evs;

static int on_event(void *ud, const tocsin_event *e)
{
    evs *v = ud;
    if (v->n < 64) {
        snprintf(v->line[v->n], sizeof v->line[0], "%u %s %s %s", e->sentence, e->source,
                 e->target[0] ? e->target : "-", e->code);
        v->flags[v->n] = e->flags;
        v->n++;
    }
    return 0;
}

static evs code(const char *text, size_t chunk, diags *dg)
{
    evs v;
    memset(&v, 0, sizeof v);
    tocsin_coder *c = tocsin_coder_new(D);
    assert_non_null(c);
    tocsin_coder_set_sink(c, on_event, &v);
    if (dg)
        tocsin_coder_set_diag(c, on_diag, dg);
    tocsin_doc_info info = {"doc", "2024-11-05", "doc.txt", 0, NULL, NULL};
    assert_int_equal(tocsin_coder_begin(c, &info), 0);
    size_t n = strlen(text);
    for (size_t i = 0; i < n; i += chunk)
        tocsin_coder_feed(c, text + i, n - i < chunk ? n - i : chunk);
    tocsin_coder_end(c);
    tocsin_coder_free(c);
    return v;
}

static const char *article =
    "Seoul weighs arms for Kyiv\n\n"
    "South Korea condemned North Korea on Monday. Share this article\n"
    "Continue reading\n\n"
    "North Korean troops attacked Ukrainian forces in the Kursk region on Tuesday.\n\n"
    "North Korean troops attacked Ukrainian forces in the Kursk region on Tuesday.\n";

static void t_coder_stream(void **st)
{
    (void)st;
    evs whole = code(article, 1u << 20, NULL);
    evs bytes = code(article, 1, NULL);
    assert_true(whole.n >= 2);
    assert_int_equal(whole.n, bytes.n);
    for (int i = 0; i < whole.n; i++)
        assert_string_equal(whole.line[i], bytes.line[i]);
}

static void t_coder_repeat_and_boiler(void **st)
{
    (void)st;
    evs v = code(article, 4096, NULL);
    int attacks = 0;
    for (int i = 0; i < v.n; i++)
        if (strstr(v.line[i], "PRKMIL UKRMIL 190"))
            attacks++;
    assert_int_equal(attacks, 1); /* the repeated paragraph counts once */
}

static void t_coder_bad_utf8(void **st)
{
    (void)st;
    diags dg;
    memset(&dg, 0, sizeof dg);
    evs v = code("Russia \xFF condemned Ukraine.\nOK text \xC3\x28 here.\n", 7, &dg);
    assert_int_equal(v.n, 1);
    assert_true(dg.n >= 1);
    assert_non_null(strstr(dg.msg[0], "doc.txt"));
    assert_non_null(strstr(dg.msg[0], "byte 7"));
}

static void t_coder_huge_line(void **st)
{
    (void)st;
    size_t n = 3u << 20;
    char *big = malloc(n + 64);
    assert_non_null(big);
    const char *s = "Russia condemned Ukraine again ";
    size_t sl = strlen(s);
    for (size_t i = 0; i + sl < n; i += sl)
        memcpy(big + i, s, sl);
    memset(big + (n / sl) * sl, ' ', n - (n / sl) * sl);
    big[n] = '\0';
    evs v = code(big, 65536, NULL);
    assert_true(v.n >= 1); /* coded in pieces, without crashing or slurping */
    free(big);
}

static void t_coder_empty(void **st)
{
    (void)st;
    evs v = code("", 10, NULL);
    assert_int_equal(v.n, 0);
    v = code("\n\n   \n", 10, NULL);
    assert_int_equal(v.n, 0);
}

/* ---------- reader ---------- */

typedef struct rsink {
    tocsin_coder *c;
    evs v;
    int docs;
} rsink;

static int rs_begin(void *ud, const tocsin_doc_info *i)
{
    rsink *r = ud;
    r->docs++;
    return tocsin_coder_begin(r->c, i);
}
static int rs_feed(void *ud, const char *t, size_t n) { return tocsin_coder_feed(((rsink *)ud)->c, t, n); }
static int rs_end(void *ud) { return tocsin_coder_end(((rsink *)ud)->c); }

static void t_reader_jsonl(void **st)
{
    (void)st;
    char path[300];
    snprintf(path, sizeof path, "/tmp/tocsin-unit-%d.jsonl", (int)getpid());
    write_file(path,
               "{\"id\":\"a1\",\"date\":\"2024-11-05T08:00:00Z\",\"title\":\"T\",\"text\":\"Russia condemned Ukraine.\"}\n"
               "{\"id\":\"a2\",\"text\": broken\n"
               "\n"
               "{\"id\":\"a3\",\"text\":\"Ukraine condemned Russia.\"}\n");
    rsink r;
    memset(&r, 0, sizeof r);
    r.c = tocsin_coder_new(D);
    tocsin_coder_set_sink(r.c, on_event, &r.v);
    diags dg;
    memset(&dg, 0, sizeof dg);
    tocsin_read_options o = {TOCSIN_INPUT_AUTO, NULL, on_diag, &dg};
    tocsin_doc_sink s = {rs_begin, rs_feed, rs_end, &r};
    tocsin_read_stats rst;
    memset(&rst, 0, sizeof rst);
    assert_int_equal(tocsin_read_path(path, &o, &s, &rst), 0);
    assert_int_equal(r.docs, 2);
    assert_int_equal((int)rst.bad_records, 1);
    assert_int_equal(dg.n, 1);
    char want[320];
    snprintf(want, sizeof want, "%s:2:", path);
    assert_non_null(strstr(dg.msg[0], want));
    assert_int_equal(r.v.n, 2);
    tocsin_coder_free(r.c);
    unlink(path);
}

/* What the reader hands over per record: "id|date|source|text" (title and
 * text fed as they come), for the JSON string fields' decoding. */
typedef struct fsink {
    char doc[8][200];
    int n;
} fsink;

static int fs_begin(void *ud, const tocsin_doc_info *i)
{
    fsink *f = ud;
    if (f->n < 8)
        snprintf(f->doc[f->n], sizeof f->doc[0], "%s|%s|%s|", i->id ? i->id : "", i->date ? i->date : "",
                 i->source ? i->source : "");
    f->n++;
    return 0;
}
static int fs_feed(void *ud, const char *t, size_t n)
{
    fsink *f = ud;
    if (f->n >= 1 && f->n <= 8) {
        size_t l = strlen(f->doc[f->n - 1]);
        for (size_t k = 0; k < n && l + 1 < sizeof f->doc[0]; k++)
            f->doc[f->n - 1][l++] = t[k] ? t[k] : '0'; /* a NUL shown as '0' */
        f->doc[f->n - 1][l] = '\0';
    }
    return 0;
}
static int fs_end(void *ud) { (void)ud; return 0; }

/* What the JSON reader hands over for records of string fields (escapes,
 * spaces, a repeated key, an empty title) and for those with numbers,
 * nesting and \u escapes; bad lines are counted with yajl's messages. */
static void t_reader_json_fields(void **st)
{
    (void)st;
    char path[300];
    snprintf(path, sizeof path, "/tmp/tocsin-unit-%d-f.jsonl", (int)getpid());
    write_file(path,
               "{\"id\":\"e1\",\"date\":\"2024-11-05\",\"text\":\"a\\nb \\\"q\\\" \\/ \\\\ \\t.\"}\n"
               "{ \"id\" : \"e2\" ,\t\"source\":\"Wire\", \"text\":\"x\\u00e9y\\u0000z\" }\r\n"
               "{\"id\":7,\"date\":20241105,\"text\":\"num\",\"extra\":{\"a\":[1,true,null]}}\n"
               "{\"id\":\"e4\",\"text\":\"first\",\"text\":\"last\",\"title\":\"\"}\n"
               "{\"id\":\"e5\",\"text\":\"tail\"} x\n"
               "{\"id\":\"e6\",\"text\":\"bad \\q escape\"}\n"
               "{\"id\":\"e7\",\"text\":\"open\n"
               "{\"id\":\"e8\",\"text\":\"ctrl \x01 byte\"}\n"
               "{\"id\":\"e9\",\"text\":\"ok\",}\n");
    fsink f;
    memset(&f, 0, sizeof f);
    diags dg;
    memset(&dg, 0, sizeof dg);
    tocsin_read_options o = {TOCSIN_INPUT_AUTO, NULL, on_diag, &dg};
    tocsin_doc_sink s = {fs_begin, fs_feed, fs_end, &f};
    tocsin_read_stats rst;
    memset(&rst, 0, sizeof rst);
    assert_int_equal(tocsin_read_path(path, &o, &s, &rst), 0);
    assert_int_equal(f.n, 4);
    assert_string_equal(f.doc[0], "e1|2024-11-05||a\nb \"q\" / \\ \t.");
    assert_string_equal(f.doc[1], "e2||Wire|x\xc3\xa9y0z");
    assert_string_equal(f.doc[2], "7|2024-11-05||num");
    assert_string_equal(f.doc[3], "e4|||\n\nlast"); /* an empty title: a headline line still */
    assert_int_equal((int)rst.bad_records, 5);
    assert_int_equal(dg.n, 5);
    assert_non_null(strstr(dg.msg[0], "trailing garbage"));
    assert_non_null(strstr(dg.msg[1], "inside a string, '\\' occurs before a character which it may not"));
    assert_non_null(strstr(dg.msg[2], "premature EOF"));
    assert_non_null(strstr(dg.msg[3], "invalid character inside string"));
    assert_non_null(strstr(dg.msg[4], "invalid object key"));
    unlink(path);
}

static void t_reader_binary(void **st)
{
    (void)st;
    char path[300];
    snprintf(path, sizeof path, "/tmp/tocsin-unit-%d.bin", (int)getpid());
    FILE *f = fopen(path, "wb");
    for (int i = 0; i < 1000; i++)
        fputc(i % 7 == 0 ? 0 : i & 0xff, f);
    fclose(f);
    rsink r;
    memset(&r, 0, sizeof r);
    r.c = tocsin_coder_new(D);
    diags dg;
    memset(&dg, 0, sizeof dg);
    tocsin_read_options o = {TOCSIN_INPUT_AUTO, NULL, on_diag, &dg};
    tocsin_doc_sink s = {rs_begin, rs_feed, rs_end, &r};
    tocsin_read_stats rst;
    memset(&rst, 0, sizeof rst);
    assert_int_equal(tocsin_read_path(path, &o, &s, &rst), 0);
    assert_int_equal(r.docs, 0);
    assert_non_null(strstr(dg.msg[0], "binary"));
    tocsin_coder_free(r.c);
    unlink(path);
}

/* ---------- format ---------- */

static void t_format_json(void **st)
{
    (void)st;
    tocsin_event e;
    memset(&e, 0, sizeof e);
    e.doc.ptr = "d\"1";
    e.doc.len = 3;
    strcpy(e.source, "RUS");
    strcpy(e.code, "111");
    strcpy(e.root, "11");
    e.quad = 3;
    e.goldstein = -2;
    e.sentence_text.ptr = "tab\there\nnew";
    e.sentence_text.len = 12;
    e.flags = TOCSIN_EV_ATTRIBUTED | TOCSIN_EV_PASSIVE;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    assert_int_equal(tocsin_format_event(&e, TOCSIN_FORMAT_JSON, &buf, &len, &cap), 0);
    assert_non_null(strstr(buf, "\"doc\":\"d\\\"1\""));
    assert_non_null(strstr(buf, "\"target\":null"));
    assert_non_null(strstr(buf, "\"flags\":[\"attributed\",\"passive\"]"));
    assert_non_null(strstr(buf, "tab\\there\\nnew"));
    assert_int_equal(buf[len - 1], '\n');
    len = 0;
    assert_int_equal(tocsin_format_event(&e, TOCSIN_FORMAT_TSV, &buf, &len, &cap), 0);
    assert_non_null(strstr(buf, "tab here new\t0\t\t\t\t\t\t\n")); /* no place: empty geo columns after the text */
    free(buf);
}

/* ---------- pipeline ---------- */

typedef struct outbuf {
    char *p;
    size_t n, cap;
} outbuf;

static int out_write(void *ud, const char *p, size_t n)
{
    outbuf *o = ud;
    if (o->n + n + 1 > o->cap) {
        o->cap = (o->n + n + 1) * 2;
        o->p = realloc(o->p, o->cap);
    }
    memcpy(o->p + o->n, p, n);
    o->n += n;
    o->p[o->n] = '\0';
    return 0;
}

static outbuf run_pipeline(int jobs, const char *path)
{
    outbuf o = {NULL, 0, 0};
    tocsin_pipeline_options po = {jobs, 0, TOCSIN_FORMAT_JSON, out_write, &o, NULL, NULL};
    tocsin_pipeline *p;
    assert_int_equal(tocsin_pipeline_new(D, &po, &p), 0);
    tocsin_doc_sink s = tocsin_pipeline_sink(p);
    tocsin_read_options ro = {TOCSIN_INPUT_AUTO, NULL, NULL, NULL};
    assert_int_equal(tocsin_read_path(path, &ro, &s, NULL), 0);
    assert_int_equal(tocsin_pipeline_finish(p, NULL), 0);
    tocsin_pipeline_free(p);
    return o;
}

static void t_pipeline_order(void **st)
{
    (void)st;
    char path[300];
    snprintf(path, sizeof path, "/tmp/tocsin-unit-%d-p.jsonl", (int)getpid());
    FILE *f = fopen(path, "w");
    const char *actors[] = {"Russia", "Ukraine", "France", "Japan", "Brazil", "Kenya"};
    for (int i = 0; i < 3000; i++)
        fprintf(f, "{\"id\":\"d%d\",\"text\":\"%s condemned %s on Monday. Filler text about the weather follows here.\"}\n", i,
                actors[i % 6], actors[(i + 1) % 6]);
    fclose(f);
    outbuf a = run_pipeline(1, path), b = run_pipeline(3, path);
    assert_true(a.n > 0);
    assert_int_equal(a.n, b.n);
    assert_memory_equal(a.p, b.p, a.n);
    free(a.p);
    free(b.p);
    unlink(path);
}

/* every 3-digit CAMEO code of the reference table has at least one verb pattern */
#include "dict/cameo_table.h"
static void t_cameo_coverage(void **st)
{
    (void)st;
    int missing = 0;
    for (unsigned k = 0; k < ts_cameo_count; k++) {
        const char *code = ts_cameo_table[k].code;
        if (strlen(code) != 3)
            continue;
        int found = 0;
        for (size_t p = 0; p < D->npats && !found; p++)
            found = !strncmp(D->pats[p].code, code, 3);
        if (!found) {
            print_error("no pattern for CAMEO %s (%s)\n", code, ts_cameo_table[k].name);
            missing++;
        }
    }
    assert_int_equal(missing, 0);
}

static void t_strerror(void **st)
{
    (void)st;
    assert_string_equal(tocsin_strerror(0), "success");
    assert_string_equal(tocsin_strerror(TOCSIN_ENOMEM), "out of memory");
    assert_string_equal(tocsin_strerror(-999), "unknown error");
    int q;
    double g;
    assert_int_equal(tocsin_cameo_lookup("195", &q, &g, NULL), 0);
    assert_int_equal(q, 4);
    assert_true(g < -9.9);
    assert_int_not_equal(tocsin_cameo_lookup("999", NULL, NULL, NULL), 0);
}

static int setup(void **st)
{
    (void)st;
    tocsin_error err;
    return tocsin_dict_load(dictdir, NULL, &D, &err);
}

static int teardown(void **st)
{
    (void)st;
    tocsin_dict_free(D);
    if (tmpdir[0]) {
        char cmd[300];
        snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
        if (system(cmd)) {
        }
    }
    return 0;
}

/* day numbers: known anchors, leap days, and a round trip over 1900-2100 */
static void t_dates(void **state)
{
    (void)state;
    assert_int_equal(tocsin_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(tocsin_days_from_civil(2000, 3, 1) - tocsin_days_from_civil(2000, 2, 28), 2);
    assert_int_equal(tocsin_days_from_civil(1900, 3, 1) - tocsin_days_from_civil(1900, 2, 28), 1);
    assert_int_equal(tocsin_days_from_civil(2024, 11, 5), 20032);
    long prev = tocsin_days_from_civil(1900, 1, 1) - 1;
    for (long z = prev + 1; z < tocsin_days_from_civil(2100, 1, 1); z++) {
        int y, m, d;
        tocsin_civil_from_days(z, &y, &m, &d);
        assert_true(m >= 1 && m <= 12 && d >= 1 && d <= 31);
        assert_int_equal(tocsin_days_from_civil(y, m, d), z);
    }
    int32_t days;
    assert_int_equal(ts_parse_date("2024-02-29", 10, &days), 0);
    assert_int_equal(days, tocsin_days_from_civil(2024, 2, 29));
}

int run_surprise_tests(void);
int run_pgsql_tests(void);
int run_jsonout_tests(void);

int main(int argc, char **argv)
{
    if (argc > 1)
        dictdir = argv[1];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_tokens_basic),      cmocka_unit_test(t_tokens_hyphen_accents),
        cmocka_unit_test(t_tokens_invalid_utf8), cmocka_unit_test(t_tokens_plain_words), cmocka_unit_test(t_tokens_into),
        cmocka_unit_test(t_tok_is),
        cmocka_unit_test(t_segment),
        cmocka_unit_test(t_boiler),            cmocka_unit_test(t_dict_errors),
        cmocka_unit_test(t_dict_missing),      cmocka_unit_test(t_morphology),
        cmocka_unit_test(t_dated_people),      cmocka_unit_test(t_coder_stream),
        cmocka_unit_test(t_coder_repeat_and_boiler), cmocka_unit_test(t_coder_bad_utf8),
        cmocka_unit_test(t_coder_huge_line),   cmocka_unit_test(t_coder_empty),
        cmocka_unit_test(t_reader_jsonl),      cmocka_unit_test(t_reader_json_fields),      cmocka_unit_test(t_reader_binary),
        cmocka_unit_test(t_format_json),       cmocka_unit_test(t_pipeline_order),
        cmocka_unit_test(t_strerror),         cmocka_unit_test(t_cameo_coverage),
        cmocka_unit_test(t_dates),
    };
    int rc = cmocka_run_group_tests_name("library units", tests, setup, teardown);
    rc |= run_when_tests(dictdir);
    rc |= run_where_tests(dictdir);
    rc |= run_surprise_tests(); /* tests/unit/test_surprise.c */
    rc |= run_pgsql_tests();    /* tests/unit/test_pgsql.c */
    rc |= run_jsonout_tests();  /* tests/unit/test_jsonout.c */
    return rc | run_robust_tests(dictdir); /* tests/unit/test_robust.c */
}
