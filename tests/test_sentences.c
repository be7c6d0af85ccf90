/* test_sentences.c - the grammar tests: every case in tests/sentences/NAME.txt
 * is coded with the default dictionaries and must yield exactly the listed
 * (source, target, code) triples, no more and no fewer.
 *
 * Case format (one per line):  sentence => SRC TGT CODE ; SRC TGT CODE
 *   "=> none" means no event; TGT "-" means no target; a 2-digit CODE is
 *   compared with the root only. A line starting with "+" continues the
 *   previous line's document (pronouns); "@date YYYY-MM-DD" sets the article
 *   date of the next case; "@ngo" codes the next case with TOCSIN_CODE_NGO
 *   (events of non-governmental organisations kept). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tocsin/coder.h"

#define MAXEV 64 /* TS_MAX_SENT_EVENTS: a joint act of a list gives up to 42 */

typedef struct triple {
    char s[16], t[16], c[8];
} triple;

typedef struct tcase {
    char name[160];
    char *text;       /* this sentence */
    char **context;   /* earlier sentences of the same document */
    size_t ncontext;
    char date[11];
    unsigned options; /* tocsin_code_options */
    triple want[MAXEV];
    int nwant;
} tcase;

static tocsin_dict *dict;

typedef struct got {
    triple t[MAXEV];
    int n;
    int want_index;   /* events of the last fed sentence only */
    uint32_t sentence;
} got;

static int collect(void *ud, const tocsin_event *ev)
{
    got *g = ud;
    if ((int)ev->sentence != g->want_index || g->n >= MAXEV)
        return 0;
    triple *t = &g->t[g->n++];
    snprintf(t->s, sizeof t->s, "%s", ev->source);
    snprintf(t->t, sizeof t->t, "%s", ev->target[0] ? ev->target : "-");
    snprintf(t->c, sizeof t->c, "%s", ev->code);
    return 0;
}

static int code_match(const char *want, const char *have)
{
    size_t n = strlen(want);
    return !strncmp(want, have, n);
}

/* Is x in v? x_is_want says which side holds the expected code: an expected
 * code matches every code it is a prefix of ("02" matches "020", "112"
 * matches "1125"). */
static int has(const triple *v, int n, const triple *x, int x_is_want)
{
    for (int i = 0; i < n; i++) {
        if (strcmp(v[i].s, x->s) || strcmp(v[i].t, x->t))
            continue;
        if (x_is_want ? code_match(x->c, v[i].c) : code_match(v[i].c, x->c))
            return 1;
    }
    return 0;
}

static void run_case(void **state)
{
    tcase *tc = *state;
    tocsin_coder *c = tocsin_coder_new(dict);
    assert_non_null(c);
    got g;
    memset(&g, 0, sizeof g);
    g.want_index = (int)tc->ncontext;
    tocsin_coder_set_sink(c, collect, &g);
    tocsin_coder_set_options(c, tc->options);
    tocsin_doc_info info = {tc->name, tc->date[0] ? tc->date : NULL, tc->name, 0, NULL, NULL};
    assert_int_equal(tocsin_coder_begin(c, &info), 0);
    for (size_t i = 0; i < tc->ncontext; i++) {
        tocsin_coder_feed(c, tc->context[i], strlen(tc->context[i]));
        tocsin_coder_feed(c, "\n", 1);
    }
    tocsin_coder_feed(c, tc->text, strlen(tc->text));
    tocsin_coder_feed(c, "\n", 1);
    tocsin_coder_end(c);
    tocsin_coder_free(c);
    int ok = 1;
    for (int i = 0; i < tc->nwant; i++)
        if (!has(g.t, g.n, &tc->want[i], 1))
            ok = 0;
    for (int i = 0; i < g.n; i++)
        if (!has(tc->want, tc->nwant, &g.t[i], 0))
            ok = 0;
    if (!ok) {
        print_error("  sentence: %s\n  expected:", tc->text);
        for (int i = 0; i < tc->nwant; i++)
            print_error(" %s %s %s;", tc->want[i].s, tc->want[i].t, tc->want[i].c);
        if (!tc->nwant)
            print_error(" none");
        print_error("\n  got:     ");
        for (int i = 0; i < g.n; i++)
            print_error(" %s %s %s;", g.t[i].s, g.t[i].t, g.t[i].c);
        if (!g.n)
            print_error(" none");
        print_error("\n");
        fail();
    }
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static int parse_events(char *spec, tcase *tc)
{
    spec = trim(spec);
    if (!strcmp(spec, "none"))
        return 0;
    char *save = NULL;
    for (char *part = strtok_r(spec, ";", &save); part; part = strtok_r(NULL, ";", &save)) {
        triple t;
        memset(&t, 0, sizeof t);
        if (sscanf(part, "%15s %15s %7s", t.s, t.t, t.c) != 3)
            return -1;
        if (tc->nwant < MAXEV)
            tc->want[tc->nwant++] = t;
    }
    return 0;
}

static int load_cases(const char *dir, tcase **out, size_t *nout)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    char *names[256];
    int nn = 0;
    struct dirent *de;
    while ((de = readdir(d)) && nn < 256) {
        size_t l = strlen(de->d_name);
        if (l > 4 && !strcmp(de->d_name + l - 4, ".txt"))
            names[nn++] = strdup(de->d_name);
    }
    closedir(d);
    for (int i = 0; i < nn; i++)
        for (int j = i + 1; j < nn; j++)
            if (strcmp(names[i], names[j]) > 0) {
                char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
    size_t n = 0, cap = 0;
    tcase *v = NULL;
    for (int f = 0; f < nn; f++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[f]);
        FILE *in = fopen(path, "r");
        if (!in)
            continue;
        char line[4096], date[11] = "";
        unsigned options = 0;
        char *ctx[64];
        size_t nctx = 0;
        int lineno = 0;
        while (fgets(line, sizeof line, in)) {
            lineno++;
            char *s = trim(line);
            if (!*s || *s == '#')
                continue;
            if (!strncmp(s, "@date", 5)) {
                snprintf(date, sizeof date, "%s", trim(s + 5));
                continue;
            }
            if (!strcmp(s, "@ngo")) {
                options |= TOCSIN_CODE_NGO;
                continue;
            }
            int cont = *s == '+';
            if (cont)
                s = trim(s + 1);
            char *arrow = strstr(s, "=>");
            if (!arrow) {
                fprintf(stderr, "%s:%d: no '=>' in case\n", path, lineno);
                return -1;
            }
            *arrow = '\0';
            char *text = trim(s);
            if (!cont) {
                for (size_t k = 0; k < nctx; k++)
                    free(ctx[k]);
                nctx = 0;
            }
            if (n == cap) {
                cap = cap ? cap * 2 : 64;
                v = realloc(v, cap * sizeof *v);
            }
            tcase *tc = &v[n];
            memset(tc, 0, sizeof *tc);
            snprintf(tc->name, sizeof tc->name, "%s:%d", names[f], lineno);
            tc->text = strdup(text);
            snprintf(tc->date, sizeof tc->date, "%s", date);
            date[0] = '\0';
            tc->options = options;
            options = 0;
            tc->ncontext = nctx;
            tc->context = nctx ? malloc(nctx * sizeof *tc->context) : NULL;
            for (size_t k = 0; k < nctx; k++)
                tc->context[k] = strdup(ctx[k]);
            if (parse_events(arrow + 2, tc)) {
                fprintf(stderr, "%s:%d: bad expected events\n", path, lineno);
                return -1;
            }
            n++;
            if (nctx < 64)
                ctx[nctx++] = strdup(text);
        }
        for (size_t k = 0; k < nctx; k++)
            free(ctx[k]);
        fclose(in);
        free(names[f]);
    }
    *out = v;
    *nout = n;
    return 0;
}

int main(int argc, char **argv)
{
    const char *dictdir = argc > 1 ? argv[1] : "dict";
    const char *casedir = argc > 2 ? argv[2] : "tests/sentences";
    tocsin_error err;
    if (tocsin_dict_load(dictdir, NULL, &dict, &err)) {
        fprintf(stderr, "cannot load %s: %s\n", dictdir, err.message);
        return 1;
    }
    tcase *cases;
    size_t n;
    if (load_cases(casedir, &cases, &n) || n == 0) {
        fprintf(stderr, "no test cases in %s\n", casedir);
        return 1;
    }
    struct CMUnitTest *tests = calloc(n, sizeof *tests);
    for (size_t i = 0; i < n; i++) {
        tests[i].name = cases[i].name;
        tests[i].test_func = run_case;
        tests[i].initial_state = &cases[i];
    }
    int rc = _cmocka_run_group_tests("grammar sentences", tests, n, NULL, NULL);
    tocsin_dict_free(dict);
    return rc ? 1 : 0;
}
