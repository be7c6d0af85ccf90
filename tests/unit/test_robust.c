/* test_robust.c - hostile and unlucky input for the coder and the reader
 * (issue 12): enormous paragraphs cut where the text allows and reported, a
 * byte-order mark before the first JSON record, nesting beyond the depth
 * cap, a NUL inside a text file. Run from test_units.c's main as its own
 * group. Test text is written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tocsin/coder.h"
#include "tocsin/json.h"
#include "tocsin/reader.h"

int run_robust_tests(const char *dictdir);

static tocsin_dict *RD;

typedef struct diags {
    int n, n_encoding, n_cut, n_limit, n_depth, n_nul;
    long long nul_offset;
    char last[256];
} diags;

static void on_diag(void *ud, const tocsin_error *e)
{
    diags *d = ud;
    d->n++;
    snprintf(d->last, sizeof d->last, "%s", e->message);
    if (e->code == TOCSIN_EENCODING)
        d->n_encoding++;
    if (e->code == TOCSIN_ELIMIT)
        d->n_limit++;
    if (strstr(e->message, "cut at"))
        d->n_cut++;
    if (strstr(e->message, "nested"))
        d->n_depth++;
    if (strstr(e->message, "NUL")) {
        d->n_nul++;
        d->nul_offset = e->offset;
    }
}

static int count_event(void *ud, const tocsin_event *ev)
{
    (void)ev;
    (*(long *)ud)++;
    return 0;
}

/* codes text[0..n) fed in chunks of `chunk`; returns the coder's status */
static int code_chunks(const char *text, size_t n, size_t chunk, long *events, diags *dg)
{
    tocsin_coder *c = tocsin_coder_new(RD);
    assert_non_null(c);
    tocsin_coder_set_sink(c, count_event, events);
    tocsin_coder_set_diag(c, on_diag, dg);
    tocsin_doc_info info = {"t", "2024-11-05", "t", 0, NULL, NULL};
    int rc = tocsin_coder_begin(c, &info);
    for (size_t i = 0; i < n && !rc; i += chunk)
        rc = tocsin_coder_feed(c, text + i, n - i < chunk ? n - i : chunk);
    int rc2 = tocsin_coder_end(c);
    tocsin_coder_free(c);
    return rc ? rc : rc2;
}

/* A line of 1 MiB without a space: coded in pieces, not refused. */
static void t_cut_no_space(void **st)
{
    (void)st;
    size_t n = 1u << 20;
    char *p = malloc(n);
    assert_non_null(p);
    memset(p, 'x', n);
    long ev = 0;
    diags dg;
    memset(&dg, 0, sizeof dg);
    assert_int_equal(code_chunks(p, n, 65536, &ev, &dg), 0);
    assert_true(dg.n_cut >= 1);
    free(p);
}

/* CJK text without spaces: the cut falls between characters, so valid
 * input is never reported as invalid UTF-8. */
static void t_cut_cjk(void **st)
{
    (void)st;
    size_t chars = 400000, n = chars * 3;
    char *p = malloc(n);
    assert_non_null(p);
    for (size_t i = 0; i < chars; i++)
        memcpy(p + 3 * i, "\xE4\xB8\xAD", 3); /* U+4E2D */
    long ev = 0;
    diags dg;
    memset(&dg, 0, sizeof dg);
    assert_int_equal(code_chunks(p, n, 100000, &ev, &dg), 0);
    assert_int_equal(dg.n_encoding, 0);
    assert_true(dg.n_cut >= 1);
    free(p);
}

/* One enormous line of distinct sentences: every sentence keeps its event,
 * because the cut falls at a sentence end. */
static void t_cut_sentences(void **st)
{
    (void)st;
    size_t cap = 3u << 20, n = 0;
    char *p = malloc(cap);
    assert_non_null(p);
    long want = 0;
    while (n + 100 < cap) {
        n += (size_t)snprintf(p + n, cap - n, "Russia condemned Ukraine over the strike number %ld on the border. ",
                              want);
        want++;
    }
    long ev = 0;
    diags dg;
    memset(&dg, 0, sizeof dg);
    assert_int_equal(code_chunks(p, n, 70001, &ev, &dg), 0);
    assert_true(dg.n_cut >= 1);
    assert_int_equal(ev, want);
    free(p);
}

/* ---------- reader ---------- */

typedef struct docs {
    int n;
    char first_id[64];
    size_t bytes;
    int has_nul;
} docs;

static int d_begin(void *ud, const tocsin_doc_info *info)
{
    docs *d = ud;
    if (!d->n)
        snprintf(d->first_id, sizeof d->first_id, "%s", info->id ? info->id : "");
    d->n++;
    return 0;
}
static int d_feed(void *ud, const char *t, size_t n)
{
    docs *d = ud;
    d->bytes += n;
    if (memchr(t, '\0', n))
        d->has_nul = 1;
    return 0;
}
static int d_end(void *ud)
{
    (void)ud;
    return 0;
}

static int read_mem(const char *name, const char *text, size_t n, tocsin_input_format fmt, docs *d,
                    diags *dg, tocsin_read_stats *rs)
{
    FILE *f = fmemopen((void *)text, n, "rb");
    assert_non_null(f);
    tocsin_doc_sink sink = {d_begin, d_feed, d_end, d};
    tocsin_read_options o = {fmt, NULL, on_diag, dg};
    int rc = tocsin_read_stream(f, name, &o, &sink, rs);
    fclose(f);
    return rc;
}

static void t_bom_jsonl(void **st)
{
    (void)st;
    const char s[] = "\xEF\xBB\xBF{\"id\":\"first\",\"text\":\"Russia condemned Ukraine.\"}\n"
                     "{\"id\":\"second\",\"text\":\"France praised Iran.\"}\n";
    docs d;
    diags dg;
    tocsin_read_stats rs;
    memset(&d, 0, sizeof d);
    memset(&dg, 0, sizeof dg);
    memset(&rs, 0, sizeof rs);
    assert_int_equal(read_mem("b.jsonl", s, sizeof s - 1, TOCSIN_INPUT_AUTO, &d, &dg, &rs), 0);
    assert_int_equal(d.n, 2);
    assert_string_equal(d.first_id, "first");
    assert_int_equal(rs.bad_records, 0);
    /* also found by its first bytes, without the .jsonl name */
    memset(&d, 0, sizeof d);
    assert_int_equal(read_mem("noext", s, sizeof s - 1, TOCSIN_INPUT_AUTO, &d, &dg, &rs), 0);
    assert_int_equal(d.n, 2);
    assert_string_equal(d.first_id, "first");
}

static void t_bom_text(void **st)
{
    (void)st;
    const char s[] = "\xEF\xBB\xBFRussia condemned Ukraine.\n";
    docs d;
    diags dg;
    memset(&d, 0, sizeof d);
    memset(&dg, 0, sizeof dg);
    assert_int_equal(read_mem("b.txt", s, sizeof s - 1, TOCSIN_INPUT_AUTO, &d, &dg, NULL), 0);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.bytes, sizeof s - 1 - 3); /* the mark is not text */
}

/* A record nested far beyond the cap is refused as malformed, cheaply; the
 * next record is still read. */
static void t_json_depth(void **st)
{
    (void)st;
    size_t deep = 300000, n = 0;
    char *s = malloc(2 * deep + 256);
    assert_non_null(s);
    n += (size_t)snprintf(s, 64, "{\"id\":\"a\",\"text\":\"x\",\"deep\":");
    memset(s + n, '[', deep);
    n += deep;
    memset(s + n, ']', deep);
    n += deep;
    n += (size_t)snprintf(s + n, 128, "}\n{\"id\":\"b\",\"text\":\"Russia condemned Ukraine.\"}\n");
    docs d;
    diags dg;
    tocsin_read_stats rs;
    memset(&d, 0, sizeof d);
    memset(&dg, 0, sizeof dg);
    memset(&rs, 0, sizeof rs);
    assert_int_equal(read_mem("deep.jsonl", s, n, TOCSIN_INPUT_AUTO, &d, &dg, &rs), 0);
    assert_int_equal(d.n, 1);
    assert_string_equal(d.first_id, "b");
    assert_int_equal(rs.bad_records, 1);
    assert_int_equal(dg.n_depth, 1);
    free(s);
}

/* tocsin_json_depth: strings and escapes do not count, counting stops past
 * the cap, unbalanced closers do not go below zero. */
static void t_json_depth_measure(void **st)
{
    (void)st;
    static const char a[] = "{\"a\":[1,{\"b\":[[2]]}],\"s\":\"[[[[\\\"{{\"}";
    assert_int_equal(tocsin_json_depth(a, sizeof a - 1, 64), 5);
    assert_int_equal(tocsin_json_depth("]]]{}", 5, 64), 1);
    assert_int_equal(tocsin_json_depth("", 0, 64), 0);
    assert_int_equal(tocsin_json_depth(NULL, 5, 64), 0);
    char deep[1000];
    memset(deep, '[', sizeof deep);
    assert_int_equal(tocsin_json_depth(deep, sizeof deep, 10), 11);
}

/* One NUL in a text file: the file is read (the NUL becomes a space), and the
 * warning gives the NUL's real byte offset. */
static void t_text_nul(void **st)
{
    (void)st;
    char s[200];
    int k = snprintf(s, sizeof s, "Russia condemned Ukraine on Monday.\nFrance praised Iran.");
    s[20] = '\0';
    docs d;
    diags dg;
    tocsin_read_stats rs;
    memset(&d, 0, sizeof d);
    memset(&dg, 0, sizeof dg);
    memset(&rs, 0, sizeof rs);
    assert_int_equal(read_mem("nul.txt", s, (size_t)k, TOCSIN_INPUT_AUTO, &d, &dg, &rs), 0);
    assert_int_equal(d.n, 1);
    assert_int_equal(rs.skipped_files, 0);
    assert_int_equal(dg.n_nul, 1);
    assert_int_equal(dg.nul_offset, 20);
    assert_int_equal(d.has_nul, 0);
}

static int r_setup(void **st)
{
    (void)st;
    return 0;
}

int run_robust_tests(const char *dictdir)
{
    tocsin_error err;
    if (tocsin_dict_load(dictdir, NULL, &RD, &err))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_cut_no_space), cmocka_unit_test(t_cut_cjk),  cmocka_unit_test(t_cut_sentences),
        cmocka_unit_test(t_bom_jsonl),    cmocka_unit_test(t_bom_text), cmocka_unit_test(t_json_depth),
        cmocka_unit_test(t_json_depth_measure),
        cmocka_unit_test(t_text_nul),
    };
    int rc = cmocka_run_group_tests_name("hostile input", tests, r_setup, NULL);
    tocsin_dict_free(RD);
    return rc;
}
