/* gazetteer_key.c - the key of a place name: the folded token hashes of its
 * words, as the tokenizer gives them to the text. Used by the lookups and by
 * the generator of the table (tools/gen-gazetteer.c), so both key alike. */
#include "gazetteer_impl.h"

#include "text/token.h"

#include <string.h>

static int generic_word(const char *w)
{
    static const char *const gw[] = {"oblast", "oblast'", "province", "region", "state", "governorate", "district",
                                     "city", "prefecture", "county", "department", "municipality", "krai", "kray",
                                     "territory", "autonomous", "republic", "of", "the", "capital", "special",
                                     "metropolitan", "division", "raion", "voivodeship", "okrug", "area", NULL};
    for (size_t i = 0; gw[i]; i++)
        if (!strcmp(w, gw[i]))
            return 1;
    return 0;
}

static int on_key_tok(void *ud, const ts_tok *t)
{
    ts_gaz_name *a = ud;
    char w[TS_KEY_MAX + 1];
    int wl = ts_tok_key(a->text, t, w, sizeof w);
    if (a->n == 0 && wl == 3 && !memcmp(w, "the", 3))
        return 0; /* "the Sahel" is looked up from "Sahel" */
    if (a->core && (wl < 0 || generic_word(w)))
        return 0;
    if (a->core && t->kind == TK_PUNCT)
        return 0;
    if (a->n == 0)
        a->first = t->hash;
    a->h = ts_gaz_key_add(a->h, t->hash);
    if (wl > 0 && a->wlen + (size_t)wl + 1 < sizeof a->words) {
        if (a->wlen)
            a->words[a->wlen++] = ' ';
        memcpy(a->words + a->wlen, w, (size_t)wl);
        a->wlen += (size_t)wl;
        a->words[a->wlen] = '\0';
    }
    return ++a->n >= TS_GAZ_MAX_NAME_TOKENS;
}

size_t ts_gaz_name_key(const char *s, size_t len, int core, ts_gaz_name *a)
{
    memset(a, 0, sizeof *a);
    a->text = s;
    a->h = TS_GAZ_KEY0;
    a->core = core;
    ts_tokenize(s, len, on_key_tok, a);
    return a->n;
}
