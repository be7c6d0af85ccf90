/* test_jsonout.c - the JSON writer (tocsin/json.h, src/base/jsonout.c):
 * whatever bytes a title or a sentence holds, the text is JSON that yajl's
 * parser reads back to the same string (invalid UTF-8 as U+FFFD), numbers
 * keep the program's formats, and a misuse is an error, never bad JSON. Run
 * from test_units.c's main as its own group. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <yajl/yajl_tree.h>

#include "tocsin/format.h"
#include "tocsin/json.h"
#include "tocsin/status.h"

int run_jsonout_tests(void);

/* {"s": s[0..n)} written, then parsed back by yajl: the string it reads */
static char *round_trip(const char *s, size_t n, char *text, size_t cap)
{
    tocsin_json *j = tocsin_json_new();
    assert_non_null(j);
    tocsin_json_object(j);
    tocsin_json_key(j, "s");
    tocsin_json_strn(j, s, n);
    assert_int_equal(tocsin_json_object_end(j), 0);
    size_t len;
    const char *t = tocsin_json_text(j, &len);
    assert_true(len < cap);
    memcpy(text, t, len + 1);
    tocsin_json_free(j);
    char err[128];
    yajl_val v = yajl_tree_parse(text, err, sizeof err);
    if (!v)
        fail_msg("not JSON: %s: %s", err, text);
    const char *path[] = {"s", NULL};
    yajl_val sv = yajl_tree_get(v, path, yajl_t_string);
    assert_non_null(sv);
    char *out = strdup(sv->u.string);
    yajl_tree_free(v);
    return out;
}

/* every byte of s is valid UTF-8 (utf8proc's strict reading) */
static int valid_utf8(const char *s)
{
    utf8proc_ssize_t n = (utf8proc_ssize_t)strlen(s);
    for (utf8proc_ssize_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, n - i, &cp);
        if (k <= 0)
            return 0;
        i += k;
    }
    return 1;
}

/* quotes, backslashes, every control character, '/', DEL and non-ASCII
 * text: escaped where JSON says so and read back unchanged */
static void t_json_escapes(void **st)
{
    (void)st;
    char in[256], text[2048];
    size_t n = 0;
    for (int c = 1; c < 0x20; c++)
        in[n++] = (char)c;
    const char *rest = "\"quoted\" back\\slash a/b \x7f caf\xc3\xa9 \xe2\x80\x9cKyiv\xe2\x80\x9d \xf0\x9f\x98\x80";
    memcpy(in + n, rest, strlen(rest) + 1);
    n += strlen(rest);
    char *back = round_trip(in, n, text, sizeof text);
    assert_string_equal(back, in);
    free(back);
    /* the escapes themselves: short forms, \u00XX for the others, '/' as is */
    assert_non_null(strstr(text, "\\u0001"));
    assert_non_null(strstr(text, "\\b\\t\\n\\u000B\\f\\r"));
    assert_non_null(strstr(text, "\\\"quoted\\\" back\\\\slash a/b"));
    for (const char *p = text; *p; p++)
        assert_true((unsigned char)*p >= 0x20);
    /* a NUL inside a (pointer, length) string */
    back = round_trip("a\0b", 3, text, sizeof text);
    assert_non_null(strstr(text, "\"a\\u0000b\""));
    free(back);
}

/* A byte that JSON escapes, at each place of strings of 1 to 24 bytes whose
 * other bytes are ASCII or the bytes of non-ASCII letters (the writer tests
 * eight bytes at a time and the rest one by one, and gives a string with
 * none to yajl as it is): always escaped, and read back unchanged; the
 * same strings without it come out as they are, between quotes. */
static void t_json_escape_anywhere(void **st)
{
    (void)st;
    static const struct {
        char c;
        const char *esc;
    } special[] = {{'"', "\\\""}, {'\\', "\\\\"}, {'\n', "\\n"}, {'\x01', "\\u0001"}, {'\x1f', "\\u001F"}};
    /* around them: '!', the last byte before the controls' end, DEL, '/', an e acute */
    static const char fill[] = {'a', ' ', '!', '\x7f', '/', '\xc3', '\xa9', 'Z'};
    char in[32], text[256], want[64];
    for (size_t n = 1; n <= 24; n++) {
        for (size_t k = 0; k < n; k++)
            in[k] = fill[k % sizeof fill];
        if ((unsigned char)in[n - 1] == 0xc3)
            in[n - 1] = 'x'; /* no cut sequence at the end */
        in[n] = '\0';
        char *back = round_trip(in, n, text, sizeof text);
        assert_string_equal(back, in);
        free(back);
        snprintf(want, sizeof want, "{\"s\":\"%s\"}", in);
        assert_string_equal(text, want);
        for (size_t q = 0; q < sizeof special / sizeof special[0]; q++)
            for (size_t at = 0; at < n; at++) {
                char one[32];
                memcpy(one, in, n + 1);
                if ((unsigned char)one[at] == 0xc3 || (unsigned char)one[at] == 0xa9)
                    continue; /* not inside a letter's bytes */
                one[at] = special[q].c;
                back = round_trip(one, n, text, sizeof text);
                assert_string_equal(back, one);
                free(back);
                assert_non_null(strstr(text, special[q].esc));
            }
    }
}

/* Bytes that are not UTF-8 (a stray continuation, a cut sequence, an
 * overlong '/', a surrogate, a code point past U+10FFFF, Latin-1): each
 * becomes U+FFFD and the text stays valid UTF-8 and JSON. A writer that
 * copies bytes through (as the hand-written ones did) fails here. */
static void t_json_invalid_utf8(void **st)
{
    (void)st;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"a\x80z", "a\xef\xbf\xbdz"},
        {"cut \xe2\x80", "cut \xef\xbf\xbd\xef\xbf\xbd"},
        {"\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd"},
        {"\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
        {"\xf4\x90\x80\x80!", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd!"},
        {"Caf\xe9 de Paris", "Caf\xef\xbf\xbd de Paris"},
        {"ok \xc3\xa9 \xff ok", "ok \xc3\xa9 \xef\xbf\xbd ok"},
    };
    char text[512];
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *back = round_trip(cases[k].in, strlen(cases[k].in), text, sizeof text);
        assert_true(valid_utf8(text));
        assert_string_equal(back, cases[k].want);
        free(back);
    }
}

/* A bad byte anywhere in a run of ASCII (the check strides 16 and 8 bytes
 * at a time over ASCII): found wherever it falls, the rest kept */
static void t_json_invalid_utf8_stride(void **st)
{
    (void)st;
    char in[48], want[64], text[256];
    for (size_t at = 0; at < sizeof in; at++) {
        for (size_t k = 0; k < sizeof in; k++)
            in[k] = (char)('a' + k % 26);
        in[at] = (char)0xff;
        memcpy(want, in, at);
        memcpy(want + at, "\xef\xbf\xbd", 3);
        memcpy(want + at + 3, in + at + 1, sizeof in - at - 1);
        want[sizeof in + 2] = '\0';
        char *back = round_trip(in, sizeof in, text, sizeof text);
        assert_string_equal(back, want);
        free(back);
    }
}

/* A key with its length (TOCSIN_JSON_KEY for literals) writes what
 * tocsin_json_key writes, only its n bytes, and is refused where a key
 * does not belong */
static void t_json_keyn(void **st)
{
    (void)st;
    tocsin_json *a = tocsin_json_new(), *b = tocsin_json_new();
    tocsin_json_object(a);
    tocsin_json_object(b);
    tocsin_json_key(a, "source_text");
    TOCSIN_JSON_KEY(b, "source_text");
    tocsin_json_int(a, 1);
    tocsin_json_int(b, 1);
    tocsin_json_key(a, "when");
    tocsin_json_keyn(b, "whenever", 4);
    tocsin_json_null(a);
    tocsin_json_null(b);
    tocsin_json_key(a, NULL);
    tocsin_json_keyn(b, NULL, 3);
    tocsin_json_bool(a, 1);
    tocsin_json_bool(b, 1);
    assert_int_equal(tocsin_json_object_end(a), 0);
    assert_int_equal(tocsin_json_object_end(b), 0);
    assert_string_equal(tocsin_json_text(a, NULL), "{\"source_text\":1,\"when\":null,\"\":true}");
    assert_string_equal(tocsin_json_text(b, NULL), tocsin_json_text(a, NULL));
    tocsin_json_reset(b);
    tocsin_json_array(b);
    assert_int_equal(TOCSIN_JSON_KEY(b, "k"), TOCSIN_EINVAL); /* a key in an array */
    tocsin_json_reset(b);
    tocsin_json_object(b);
    TOCSIN_JSON_KEY(b, "k");
    assert_int_equal(TOCSIN_JSON_KEY(b, "k2"), TOCSIN_EINVAL); /* two keys, no value */
    assert_string_equal(tocsin_json_text(b, NULL), "{\"k\"");
    tocsin_json_free(a);
    tocsin_json_free(b);
}

/* Many small pieces and a long string: the text grows past its first
 * buffer without losing or doubling a byte */
static void t_json_grows(void **st)
{
    (void)st;
    tocsin_json *j = tocsin_json_new();
    tocsin_json_array(j);
    size_t want = 1;
    for (int k = 0; k < 20000; k++) {
        tocsin_json_str(j, k % 2 ? "a\"b" : "");
        want += (k ? 1 : 0) + (k % 2 ? 6 : 2);
    }
    static char big[100000];
    memset(big, 'x', sizeof big);
    tocsin_json_strn(j, big, sizeof big);
    want += 1 + sizeof big + 2;
    assert_int_equal(tocsin_json_array_end(j), 0);
    want++;
    size_t len;
    const char *t = tocsin_json_text(j, &len);
    assert_int_equal(len, want);
    assert_int_equal(strlen(t), want);
    assert_memory_equal(t, "[\"\",\"a\\\"b\",\"\",", 14);
    assert_memory_equal(t + len - 5, "xxx\"]", 5);
    /* every length of a short piece (copied in fixed-size chunks): each
       byte in its place */
    static const char abc[] = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";
    for (size_t n = 0; n < sizeof abc; n++) {
        tocsin_json_reset(j);
        tocsin_json_strn(j, abc, n);
        t = tocsin_json_text(j, &len);
        assert_int_equal(len, n + 2);
        assert_true(t[0] == '"' && t[n + 1] == '"');
        assert_memory_equal(t + 1, abc, n);
    }
    tocsin_json_free(j);
}

static void t_json_numbers(void **st)
{
    (void)st;
    tocsin_json *j = tocsin_json_new();
    tocsin_json_array(j);
    tocsin_json_int(j, 0);
    tocsin_json_int(j, -42);
    tocsin_json_int(j, LLONG_MIN);
    tocsin_json_int(j, LLONG_MAX);
    tocsin_json_fixed(j, 0.5, 1);
    tocsin_json_fixed(j, -2.25, 2); /* printf's rounding, exact binary */
    tocsin_json_fixed(j, 1234.5, 0);
    tocsin_json_fixed(j, 3.14159, 4);
    tocsin_json_fixed(j, NAN, 2);
    tocsin_json_fixed(j, -INFINITY, 1);
    tocsin_json_number(j, "-0.5e+3", 7);
    assert_int_equal(tocsin_json_array_end(j), 0);
    assert_string_equal(tocsin_json_text(j, NULL),
                        "[0,-42,-9223372036854775808,9223372036854775807,0.5,-2.25,1234,3.1416,null,"
                        "null,-0.5e+3]");
    /* what is not a JSON number is refused, nothing written */
    static const char *const bad[] = {"", "-", "01", "1.", ".5", "1e", "0x10", "nan", "1 ", "+1"};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        tocsin_json_reset(j);
        assert_int_equal(tocsin_json_number(j, bad[k], strlen(bad[k])), TOCSIN_EINVAL);
        assert_string_equal(tocsin_json_text(j, NULL), "");
    }
    tocsin_json_free(j);
}

/* a misuse is an error that sticks, and nothing more is written */
static void t_json_misuse(void **st)
{
    (void)st;
    tocsin_json *j = tocsin_json_new();
    tocsin_json_object(j);
    assert_int_equal(tocsin_json_str(j, "no key"), TOCSIN_EINVAL);
    assert_int_equal(tocsin_json_key(j, "k"), TOCSIN_EINVAL); /* sticky */
    assert_string_equal(tocsin_json_text(j, NULL), "{");
    tocsin_json_reset(j);
    assert_int_equal(tocsin_json_error(j), 0);
    tocsin_json_array(j);
    assert_int_equal(tocsin_json_key(j, "k"), TOCSIN_EINVAL); /* a key in an array */
    tocsin_json_reset(j);
    tocsin_json_array(j);
    assert_int_equal(tocsin_json_object_end(j), TOCSIN_EINVAL); /* the wrong close */
    tocsin_json_reset(j);
    tocsin_json_object(j);
    tocsin_json_key(j, "k");
    assert_int_equal(tocsin_json_object_end(j), TOCSIN_EINVAL); /* a key without value */
    tocsin_json_reset(j);
    assert_int_equal(tocsin_json_array_end(j), TOCSIN_EINVAL); /* nothing open */
    tocsin_json_reset(j);
    tocsin_json_object(j);
    assert_int_equal(tocsin_json_next(j, "\n"), TOCSIN_EINVAL); /* not complete */
    tocsin_json_reset(j);
    tocsin_json_int(j, 1);
    assert_int_equal(tocsin_json_int(j, 2), TOCSIN_EINVAL); /* two values, no separator */
    tocsin_json_reset(j);
    int rc = 0;
    for (int k = 0; k < 100 && !rc; k++) /* deeper than the writer keeps */
        rc = tocsin_json_array(j);
    assert_int_equal(rc, TOCSIN_ELIMIT);
    tocsin_json_free(j);
}

/* JSON Lines, and a long answer handed out piece by piece */
static void t_json_lines(void **st)
{
    (void)st;
    tocsin_json *j = tocsin_json_new();
    for (int k = 0; k < 3; k++) {
        tocsin_json_object(j);
        tocsin_json_kint(j, "n", k);
        tocsin_json_kstr_or_null(j, "s", k == 1 ? NULL : "x");
        tocsin_json_object_end(j);
        assert_int_equal(tocsin_json_next(j, "\n"), 0);
    }
    assert_string_equal(tocsin_json_text(j, NULL),
                        "{\"n\":0,\"s\":\"x\"}\n{\"n\":1,\"s\":null}\n{\"n\":2,\"s\":\"x\"}\n");
    tocsin_json_reset(j);
    tocsin_json_array(j);
    tocsin_json_str(j, "a");
    tocsin_json_clear(j);
    tocsin_json_str(j, "b"); /* the comma is still known to be due */
    tocsin_json_array_end(j);
    assert_string_equal(tocsin_json_text(j, NULL), ",\"b\"]");
    tocsin_json_free(j);
}

/* An event whose document id and text carry what news and file names can
 * (quotes, a tab, Latin-1 bytes): `tocsin code`'s line is JSON. */
static void t_json_event(void **st)
{
    (void)st;
    tocsin_event e;
    memset(&e, 0, sizeof e);
    e.doc.ptr = "caf\xe9 \"draft\".txt";
    e.doc.len = strlen(e.doc.ptr);
    e.date.ptr = "2024-05-01";
    e.date.len = 10;
    strcpy(e.source, "FRA");
    strcpy(e.target, "DEU");
    strcpy(e.code, "036");
    strcpy(e.root, "03");
    e.quad = 1;
    e.goldstein = 4;
    e.sentence_text.ptr = "France said\tit \"would\" meet Germany \\ soon.";
    e.sentence_text.len = strlen(e.sentence_text.ptr);
    e.verb_text.ptr = e.sentence_text.ptr + 7;
    e.verb_text.len = 4;
    e.geo_lat = e.geo_lon = NAN;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    tocsin_json *j = tocsin_json_new();
    assert_int_equal(tocsin_format_event_with(j, &e, TOCSIN_FORMAT_JSON, &buf, &len, &cap), 0);
    assert_int_equal(tocsin_format_event_with(j, &e, TOCSIN_FORMAT_JSON, &buf, &len, &cap), 0);
    tocsin_json_free(j);
    assert_true(valid_utf8(buf));
    char *nl = strchr(buf, '\n');
    assert_non_null(nl);
    assert_int_equal(len, 2 * (size_t)(nl - buf + 1)); /* the writer reused: the same line twice */
    assert_memory_equal(nl + 1, buf, (size_t)(nl - buf + 1));
    *nl = '\0';
    char err[128];
    yajl_val v = yajl_tree_parse(buf, err, sizeof err);
    if (!v)
        fail_msg("not JSON: %s: %s", err, buf);
    const char *pdoc[] = {"doc", NULL}, *ptext[] = {"text", NULL}, *pg[] = {"goldstein", NULL};
    assert_string_equal(yajl_tree_get(v, pdoc, yajl_t_string)->u.string,
                        "caf\xef\xbf\xbd \"draft\".txt");
    assert_string_equal(yajl_tree_get(v, ptext, yajl_t_string)->u.string, e.sentence_text.ptr);
    assert_string_equal(YAJL_GET_NUMBER(yajl_tree_get(v, pg, yajl_t_number)), "4.0");
    yajl_tree_free(v);
    free(buf);
}

/* Raw text (tocsin_json_raw_value and the rest): the same text as the
 * writer's own calls, strings escaped and repaired alike, and yajl keeps
 * its place around it (the separators before and after, in an object and
 * in an array) */
static void t_json_raw(void **st)
{
    (void)st;
    static char longs[5000];
    memset(longs, 'x', sizeof longs - 1);
    longs[100] = '"';
    const char *strs[] = {"", "plain", "tab\there", "q\"uote", "back\\slash", "bad \xff byte",
                          "caf\xc3\xa9", "\x01\x1f", "a/b", longs, NULL};
    for (size_t k = 0; k < sizeof strs / sizeof strs[0]; k++) {
        const char *s = strs[k];
        size_t n = s ? strlen(s) : 0;
        tocsin_json *a = tocsin_json_new(), *b = tocsin_json_new();
        tocsin_json_object(a);
        tocsin_json_object(b);
        tocsin_json_key(a, "first");
        tocsin_json_key(b, "first");
        tocsin_json_strn(a, s, n);
        tocsin_json_key(a, "n");
        tocsin_json_int(a, -42);
        tocsin_json_key(a, "list");
        tocsin_json_array(a);
        tocsin_json_strn(a, s, n);
        tocsin_json_strn(a, s, n);
        tocsin_json_array_end(a);
        assert_int_equal(tocsin_json_raw_value(b), 0);
        tocsin_json_raw_str(b, s, n);
        TOCSIN_JSON_RAW(b, ",\"n\":");
        tocsin_json_raw_int(b, -42);
        TOCSIN_JSON_RAW(b, ",\"list\":[");
        tocsin_json_raw_str(b, s, n);
        TOCSIN_JSON_RAW(b, ",");
        tocsin_json_raw_str(b, s, n);
        TOCSIN_JSON_RAW(b, "]");
        /* the caller's own keys after the raw ones */
        tocsin_json_key(a, "after");
        tocsin_json_key(b, "after");
        tocsin_json_null(a);
        tocsin_json_null(b);
        assert_int_equal(tocsin_json_object_end(a), 0);
        assert_int_equal(tocsin_json_object_end(b), 0);
        assert_string_equal(tocsin_json_text(b, NULL), tocsin_json_text(a, NULL));
        /* in an array: the comma before a raw value is yajl's */
        tocsin_json_reset(a);
        tocsin_json_reset(b);
        tocsin_json_array(a);
        tocsin_json_array(b);
        tocsin_json_int(a, 1);
        tocsin_json_int(b, 1);
        tocsin_json_strn(a, s, n);
        tocsin_json_raw_value(b);
        tocsin_json_raw_str(b, s, n);
        tocsin_json_int(a, 2);
        tocsin_json_int(b, 2);
        assert_int_equal(tocsin_json_array_end(a), 0);
        assert_int_equal(tocsin_json_array_end(b), 0);
        assert_string_equal(tocsin_json_text(b, NULL), tocsin_json_text(a, NULL));
        tocsin_json_free(a);
        tocsin_json_free(b);
    }
    /* a raw value where a key belongs is the writer's error, as any value */
    tocsin_json *b = tocsin_json_new();
    tocsin_json_object(b);
    assert_int_equal(tocsin_json_raw_value(b), TOCSIN_EINVAL);
    assert_int_equal(tocsin_json_raw_str(b, "x", 1), TOCSIN_EINVAL);
    assert_string_equal(tocsin_json_text(b, NULL), "{");
    tocsin_json_free(b);
}

int run_jsonout_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_json_escapes), cmocka_unit_test(t_json_escape_anywhere),
        cmocka_unit_test(t_json_invalid_utf8),
        cmocka_unit_test(t_json_numbers), cmocka_unit_test(t_json_misuse),
        cmocka_unit_test(t_json_lines),   cmocka_unit_test(t_json_event),
        cmocka_unit_test(t_json_invalid_utf8_stride), cmocka_unit_test(t_json_keyn),
        cmocka_unit_test(t_json_grows),   cmocka_unit_test(t_json_raw),
    };
    return cmocka_run_group_tests_name("JSON writer", tests, NULL, NULL);
}
