/* test_names.c - names of actor and CAMEO codes (tocsin_names_load,
 * tocsin_actor_name, tocsin_cameo_name): composition, every code the actor
 * dictionaries use, bad files, caps. Usage: test_names DICTDIR */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tocsin/dict.h"

static const char *dictdir = "dict";
static tocsin_names *N;

static int setup(void **st)
{
    (void)st;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = tocsin_names_load(dictdir, &N, &err);
    if (rc)
        fprintf(stderr, "names: %s:%ld: %s\n", err.file, err.line, err.message);
    return rc;
}

static int teardown(void **st)
{
    (void)st;
    tocsin_names_free(N);
    return 0;
}

static void expect_name(const char *code, const char *want)
{
    char out[128];
    int rc = tocsin_actor_name(N, code, out, sizeof out);
    if (rc || strcmp(out, want))
        fail_msg("%s: got rc %d '%s', want '%s'", code, rc, out, want);
}

static void t_compose(void **st)
{
    (void)st;
    expect_name("PRK", "North Korea");
    expect_name("PRKMIL", "North Korean military");
    expect_name("RUSGOV", "Russian government");
    expect_name("WSTGOV", "Western government");
    expect_name("WST", "the West");
    expect_name("NATOMIL", "NATO military");
    expect_name("NATO", "NATO");
    expect_name("UNO", "United Nations");
    expect_name("UKRREB", "Ukrainian rebels");
    expect_name("USAGOVLEG", "American government legislature");
    expect_name("GOV", "government"); /* a sector alone, as some data sets write it */
}

static void t_unknown(void **st)
{
    (void)st;
    char out[64] = "x";
    static const char *const bad[] = {"", "XQZ", "RUSXQZ", "RUSGO", "RU", "ru", "RUSGOVMILCOPREBOPP"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        strcpy(out, "x");
        if (tocsin_actor_name(N, bad[i], out, sizeof out) != TOCSIN_ENOTFOUND || out[0])
            fail_msg("'%s' should be unknown, got '%s'", bad[i], out);
    }
    assert_int_equal(tocsin_actor_name(NULL, "RUS", out, sizeof out), TOCSIN_ENOTFOUND);
    assert_string_equal(out, "");
    assert_int_equal(tocsin_actor_name(N, NULL, out, sizeof out), TOCSIN_EINVAL);
    assert_int_equal(tocsin_actor_name(N, "RUS", NULL, 8), TOCSIN_EINVAL);
    assert_int_equal(tocsin_actor_name(N, "RUS", out, 0), TOCSIN_EINVAL);
}

static void t_truncated(void **st)
{
    (void)st;
    char out[8];
    memset(out, 'z', sizeof out);
    assert_int_equal(tocsin_actor_name(N, "PRKMIL", out, 6), TOCSIN_ELIMIT);
    assert_string_equal(out, "North");
    assert_int_equal(out[6], 'z'); /* nothing written past cap */
    assert_int_equal(tocsin_actor_name(N, "PRKMIL", out, 1), TOCSIN_ELIMIT);
    assert_string_equal(out, "");
}

/* Every code an actor dictionary line gives has a name. */
static void t_dictionary_coverage(void **st)
{
    (void)st;
    static const char *const files[] = {
        "agents.txt",         "cities.txt",         "countries.txt",   "organisations.txt",
        "people-africa.txt",  "people-americas.txt", "people-asia.txt", "people-europe.txt",
        "people-igo.txt",     "places.txt",
    };
    size_t seen = 0, missing = 0;
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        char path[512];
        snprintf(path, sizeof path, "%s/actors/%s", dictdir, files[f]);
        FILE *fp = fopen(path, "r");
        if (!fp)
            continue;
        char line[4096];
        while (fgets(line, sizeof line, fp)) {
            char kind[16], code[32];
            int agent = strncmp(line, "agent", 5) == 0;
            if (strncmp(line, "country", 7) && strncmp(line, "adj", 3) &&
                strncmp(line, "actor", 5) && strncmp(line, "person", 6) && !agent)
                continue;
            size_t i = 0, k = 0;
            while (line[i] && line[i] != ' ' && line[i] != '\t' && k < sizeof kind - 1)
                kind[k++] = line[i++];
            kind[k] = '\0';
            while (line[i] == ' ' || line[i] == '\t')
                i++;
            k = 0;
            while (line[i] >= 'A' && line[i] <= 'Z' && k < sizeof code - 1)
                code[k++] = line[i++];
            code[k] = '\0';
            if (!k)
                continue;
            char out[128];
            seen++;
            if (tocsin_actor_name(N, code, out, sizeof out) || !out[0]) {
                missing++;
                fprintf(stderr, "no name for %s (%s, %s)\n", code, files[f], kind);
            }
        }
        fclose(fp);
    }
    assert_true(seen > 500);
    assert_int_equal(missing, 0);
}

static void t_cameo(void **st)
{
    (void)st;
    const char *lk = NULL;
    assert_int_equal(tocsin_cameo_lookup("195", NULL, NULL, &lk), 0);
    assert_non_null(tocsin_cameo_name("195"));
    assert_ptr_equal(tocsin_cameo_name("195"), lk);
    assert_string_equal(tocsin_cameo_name("19"), "Fight");
    assert_string_equal(tocsin_cameo_name("01"), "Make public statement");
    assert_null(tocsin_cameo_name("999"));
    assert_null(tocsin_cameo_name(""));
    assert_null(tocsin_cameo_name(NULL));
}

/* ---------- loading from files ---------- */

static char tmpdir[64];

static void write_file(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/names/%s", tmpdir, name);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

static void clear_dir(void)
{
    char path[256];
    static const char *const names[] = {"a.txt", "b.txt", "c.txt"};
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/names/%s", tmpdir, names[i]);
        unlink(path);
    }
}

static int load_tmp(tocsin_names **t, tocsin_error *err)
{
    memset(err, 0, sizeof *err);
    return tocsin_names_load(tmpdir, t, err);
}

static void t_files(void **st)
{
    (void)st;
    strcpy(tmpdir, "/tmp/tocsin-names-XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    tocsin_names *t = NULL;
    tocsin_error err;
    assert_int_equal(load_tmp(&t, &err), TOCSIN_ENOTFOUND); /* no names/ folder */
    assert_null(t);

    char sub[128];
    snprintf(sub, sizeof sub, "%s/names", tmpdir);
    assert_int_equal(mkdir(sub, 0700), 0);
    assert_int_equal(load_tmp(&t, &err), TOCSIN_ENOTFOUND); /* an empty folder */

    /* the first line for a code wins, across files in name order */
    write_file("a.txt", "# mine\n\ncountry\tRUS\tRus A\tRussish\nsector\tGOV\tgovt  # short\n");
    write_file("b.txt", "country\tRUS\tRus B\tRusso\ncountry\tFRA\tFrance\t-\n");
    assert_int_equal(load_tmp(&t, &err), 0);
    char out[64];
    assert_int_equal(tocsin_actor_name(t, "RUS", out, sizeof out), 0);
    assert_string_equal(out, "Rus A");
    assert_int_equal(tocsin_actor_name(t, "RUSGOV", out, sizeof out), 0);
    assert_string_equal(out, "Russish govt");
    assert_int_equal(tocsin_actor_name(t, "FRAGOV", out, sizeof out), 0);
    assert_string_equal(out, "France govt"); /* no adjective: the name */
    tocsin_names_free(t);
    t = NULL;

    static const struct {
        const char *text;
        int rc;
        long line;
    } bad[] = {
        {"country\tRUS\n", TOCSIN_EPARSE, 1},
        {"# x\ncountry\trus\tRussia\n", TOCSIN_EPARSE, 2},
        {"planet\tMRS\tMars\n", TOCSIN_EPARSE, 1},
        {"country\tRUS\tRussia\tRussian\textra\n", TOCSIN_EPARSE, 1},
        {"country\tRUS\t\tRussian\n", TOCSIN_EPARSE, 1},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        clear_dir();
        write_file("c.txt", bad[i].text);
        assert_int_equal(load_tmp(&t, &err), bad[i].rc);
        assert_null(t);
        assert_int_equal(err.line, bad[i].line);
        assert_non_null(strstr(err.file, "c.txt"));
    }
    /* an overlong line and an overlong name are refused, not cut */
    clear_dir();
    char *big = malloc(TOCSIN_NAMES_LINE_MAX + 64);
    assert_non_null(big);
    memcpy(big, "country\tRUS\t", 12);
    memset(big + 12, 'a', TOCSIN_NAMES_LINE_MAX + 10);
    big[TOCSIN_NAMES_LINE_MAX + 22] = '\0';
    write_file("c.txt", big);
    assert_int_equal(load_tmp(&t, &err), TOCSIN_ELIMIT);
    big[12 + TOCSIN_NAME_MAX] = '\n';
    big[13 + TOCSIN_NAME_MAX] = '\0';
    write_file("c.txt", big);
    assert_int_equal(load_tmp(&t, &err), TOCSIN_EPARSE);
    free(big);
    clear_dir();
    rmdir(sub);
    rmdir(tmpdir);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        dictdir = argv[1];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_compose),   cmocka_unit_test(t_unknown),
        cmocka_unit_test(t_truncated), cmocka_unit_test(t_dictionary_coverage),
        cmocka_unit_test(t_cameo),     cmocka_unit_test(t_files),
    };
    return cmocka_run_group_tests_name("names", tests, setup, teardown);
}
