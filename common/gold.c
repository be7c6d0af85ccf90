/* gold.c - the gold reader of `tocsin validate` (see gold.h). yajl's tree
 * is freed recursively, so the nesting is measured first and a line deeper
 * than GOLD_MAX_DEPTH never becomes a tree. */
#include "gold.h"

#include "tocsin/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GOLD_MAX_LINE (16u * 1024u * 1024u)

static const char *str_field(yajl_val obj, const char *name)
{
    const char *path[] = {name, NULL};
    yajl_val v = yajl_tree_get(obj, path, yajl_t_string);
    return v ? YAJL_GET_STRING(v) : NULL;
}

static void copy(char *out, size_t cap, const char *s)
{
    snprintf(out, cap, "%s", s ? s : "");
}

/* yajl's messages hold newlines: one line, trimmed */
static void one_line(char *out, size_t cap, const char *s)
{
    size_t k = 0;
    for (; s && *s && k + 1 < cap; s++) {
        char ch = *s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s;
        if (ch == ' ' && (k == 0 || out[k - 1] == ' '))
            continue;
        out[k++] = ch;
    }
    while (k && out[k - 1] == ' ')
        k--;
    if (cap)
        out[k] = '\0';
}

int gold_parse(const char *line, size_t n, gold_record *r, char *why, size_t cap)
{
    memset(r, 0, sizeof *r);
    const char *nul = memchr(line, '\0', n);
    if (nul)
        n = (size_t)(nul - line);
    if (n > GOLD_MAX_LINE) {
        snprintf(why, cap, "line longer than %u MiB", GOLD_MAX_LINE >> 20);
        return -1;
    }
    if (tocsin_json_depth(line, n, GOLD_MAX_DEPTH) > GOLD_MAX_DEPTH) {
        snprintf(why, cap, "nested deeper than %d levels", GOLD_MAX_DEPTH);
        return -1;
    }
    char *z = malloc(n + 1);
    if (!z) {
        snprintf(why, cap, "out of memory");
        return -1;
    }
    memcpy(z, line, n);
    z[n] = '\0';
    char je[256] = "";
    r->tree = yajl_tree_parse(z, je, sizeof je);
    free(z);
    if (!r->tree || !YAJL_IS_OBJECT(r->tree)) {
        one_line(why, cap, r->tree ? "not an object" : je);
        gold_free(r);
        return -1;
    }
    r->id = str_field(r->tree, "id");
    r->text = str_field(r->tree, "text");
    r->date = str_field(r->tree, "date");
    r->source = str_field(r->tree, "source");
    const char *evpath[] = {"events", NULL};
    yajl_val evs = yajl_tree_get(r->tree, evpath, yajl_t_array);
    r->has_events = evs != NULL;
    for (size_t k = 0; evs && k < YAJL_GET_ARRAY(evs)->len && r->nev < GOLD_MAX_EVENTS; k++) {
        yajl_val e = YAJL_GET_ARRAY(evs)->values[k];
        if (!YAJL_IS_OBJECT(e))
            continue;
        gold_event *g = &r->ev[r->nev++];
        copy(g->src, sizeof g->src, str_field(e, "src"));
        copy(g->tgt, sizeof g->tgt, str_field(e, "tgt"));
        copy(g->code, sizeof g->code, str_field(e, "code"));
        const char *upath[] = {"uncertain", NULL};
        g->uncertain = YAJL_IS_TRUE(yajl_tree_get(e, upath, yajl_t_any));
    }
    return 0;
}

void gold_free(gold_record *r)
{
    if (r && r->tree) {
        yajl_tree_free(r->tree);
        r->tree = NULL;
    }
}
