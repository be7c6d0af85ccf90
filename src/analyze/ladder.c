/* ladder.c - the escalation ladder table (dict/ladder.txt): CAMEO code
 * prefixes to ordinal rungs, longest prefix first. */
#include "tocsin/analytics.h"

#include "base/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LADDER_MAX_PREFIXES 512

typedef struct prefix {
    char code[8];
    int rung;
} prefix;

struct tocsin_ladder {
    char names[TOCSIN_MAX_RUNG + 1][64];
    prefix p[LADDER_MAX_PREFIXES];
    int n, top;
    unsigned long long hash;
};

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

int tocsin_ladder_load(const char *path, tocsin_ladder **out, tocsin_error *err)
{
    *out = NULL;
    FILE *f = fopen(path, "r");
    if (!f) {
        ts_error_set(err, TOCSIN_ENOTFOUND, path, 0, -1, "cannot open the ladder table");
        return TOCSIN_ENOTFOUND;
    }
    tocsin_ladder *l = calloc(1, sizeof *l);
    if (!l) {
        fclose(f);
        return TOCSIN_ENOMEM;
    }
    char line[1024];
    long lineno = 0;
    int rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        l->hash = ts_mix(l->hash ^ ts_hash(line, strlen(line)));
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char *s = trim(line);
        if (!*s)
            continue;
        int rung = -1, used = 0;
        char *colon = strchr(s, ':');
        if (!strncmp(s, "rung ", 5)) {
            char *end;
            long v = strtol(s + 5, &end, 10);
            if (end > s + 5 && v >= 1 && v <= TOCSIN_MAX_RUNG) {
                rung = (int)v;
                used = (int)(end - (s + 5));
            }
        }
        if (strncmp(s, "rung ", 5) || !colon || rung < 1) {
            ts_error_set(err, TOCSIN_EPARSE, path, lineno, -1,
                         "expected: rung NUMBER NAME : code | code (rung 1 to %d)", TOCSIN_MAX_RUNG);
            rc = TOCSIN_EPARSE;
            break;
        }
        *colon = '\0';
        snprintf(l->names[rung], sizeof l->names[rung], "%s", trim(s + 5 + used));
        if (rung > l->top)
            l->top = rung;
        for (char *tok = colon + 1; tok; ) {
            char *bar = strchr(tok, '|');
            if (bar)
                *bar = '\0';
            char *c = trim(tok);
            tok = bar ? bar + 1 : NULL;
            size_t cl = strlen(c);
            int digits = cl >= 2 && cl <= 4;
            for (size_t k = 0; k < cl; k++)
                digits &= c[k] >= '0' && c[k] <= '9';
            if (!digits || l->n >= LADDER_MAX_PREFIXES) {
                ts_error_set(err, TOCSIN_EPARSE, path, lineno, -1, "bad CAMEO code prefix '%s'", c);
                rc = TOCSIN_EPARSE;
                break;
            }
            memcpy(l->p[l->n].code, c, cl + 1);
            l->p[l->n].rung = rung;
            l->n++;
        }
        if (rc)
            break;
    }
    fclose(f);
    if (!rc && l->n == 0) {
        ts_error_set(err, TOCSIN_EPARSE, path, 0, -1, "the ladder table has no rung");
        rc = TOCSIN_EPARSE;
    }
    if (rc) {
        free(l);
        return rc;
    }
    *out = l;
    return 0;
}

void tocsin_ladder_free(tocsin_ladder *l) { free(l); }

int tocsin_ladder_rung(const tocsin_ladder *l, const char *code)
{
    size_t best = 0;
    int rung = 0;
    for (int k = 0; k < l->n; k++) {
        size_t pl = strlen(l->p[k].code);
        if (pl > best && !strncmp(code, l->p[k].code, pl)) {
            best = pl;
            rung = l->p[k].rung;
        }
    }
    return rung;
}

const char *tocsin_ladder_name(const tocsin_ladder *l, int rung)
{
    return rung >= 1 && rung <= TOCSIN_MAX_RUNG ? l->names[rung] : "";
}

int tocsin_ladder_top(const tocsin_ladder *l) { return l->top; }

unsigned long long tocsin_ladder_hash(const tocsin_ladder *l) { return l->hash; }
