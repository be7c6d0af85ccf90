/* langid.c - the language of an article by libexttextcat (see tocsin/lang.h).
 *
 * The classifier returns the candidates whose scores lie within 3% of the
 * best, best first, or none when too many languages are that close (short
 * headlines). English news is often scored next to Scots, whose model is
 * built from text that is largely English: Scots counts as English here,
 * since no news tocsin reads is written in it. When the classifier names no
 * candidate, the share of English function words decides if it can. */
#include "tocsin/html.h"
#include "tocsin/lang.h"
#include "base/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <textcat.h>

#define DEFAULT_DIR "/usr/share/libexttextcat"
#define MIN_BYTES 8 /* the classifier's own floor, below which it answers SHORT */

struct tocsin_langid {
    void *tc;
    candidate_t *cand;
};

int tocsin_langid_new(const char *dir, tocsin_langid **out, tocsin_error *err)
{
    *out = NULL;
    if (!dir || !*dir)
        dir = getenv("TOCSIN_TEXTCAT");
    if (!dir || !*dir)
        dir = DEFAULT_DIR;
    char conf[4096], prefix[4096];
    if ((size_t)snprintf(conf, sizeof conf, "%s/fpdb.conf", dir) >= sizeof conf ||
        (size_t)snprintf(prefix, sizeof prefix, "%s/", dir) >= sizeof prefix) {
        ts_error_set(err, TOCSIN_EINVAL, dir, 0, -1, "language model folder name too long");
        return TOCSIN_EINVAL;
    }
    FILE *f = fopen(conf, "r");
    if (!f) {
        ts_error_set(err, TOCSIN_ENOTFOUND, conf, 0, -1,
                     "language models not found (Debian package libexttextcat-data, or set TOCSIN_TEXTCAT)");
        return TOCSIN_ENOTFOUND;
    }
    fclose(f);
    tocsin_langid *l = calloc(1, sizeof *l);
    if (!l)
        return TOCSIN_ENOMEM;
    l->tc = special_textcat_Init(conf, prefix);
    if (!l->tc) {
        free(l);
        ts_error_set(err, TOCSIN_EPARSE, conf, 0, -1, "a language model listed here cannot be read");
        return TOCSIN_EPARSE;
    }
    textcat_SetProperty(l->tc, TCPROP_UTF8AWARE, 1);
    textcat_SetProperty(l->tc, TCPROP_MINIMUM_DOCUMENT_SIZE, MIN_BYTES);
    l->cand = textcat_GetClassifyFullOutput(l->tc);
    if (!l->cand) {
        textcat_Done(l->tc);
        free(l);
        return TOCSIN_ENOMEM;
    }
    *out = l;
    return TOCSIN_OK;
}

void tocsin_langid_free(tocsin_langid *l)
{
    if (!l)
        return;
    textcat_ReleaseClassifyFullOutput(l->tc, l->cand);
    textcat_Done(l->tc);
    free(l);
}

/* "en--utf8" -> "en", "zh-Hans-utf8" -> "zh-Hans", "emk-Latn-utf8" -> "emk-Latn" */
static void lang_code(const char *name, char *out, size_t cap)
{
    size_t n = strlen(name);
    if (n >= 5 && !memcmp(name + n - 5, "-utf8", 5))
        n -= 5;
    while (n && name[n - 1] == '-')
        n--;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, name, n);
    out[n] = '\0';
}

static int is_english_code(const char *code)
{
    return !strcmp(code, "en") || !strcmp(code, "sco");
}

/* What the classifier reads: at most TOCSIN_LANG_SAMPLE bytes of the text,
 * copied, with every byte that is not part of a whole, valid UTF-8 character
 * made a space and a NUL after the end. libexttextcat's UTF-8 mode steps
 * through a character by its lead byte and reads to a NUL, so a sequence cut
 * short or a buffer without a NUL would take it past the input (a fuzzer
 * found that). Returns the sample's length. */
static size_t clean_sample(const char *text, size_t n, char out[TOCSIN_LANG_SAMPLE + 1])
{
    const unsigned char *s = (const unsigned char *)text;
    if (n > TOCSIN_LANG_SAMPLE)
        n = TOCSIN_LANG_SAMPLE;
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t k = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3
                 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
        int ok = k && i + k <= n;
        for (size_t j = 1; ok && j < k; j++)
            ok = (s[i + j] & 0xC0) == 0x80;
        if (ok && c) {
            memcpy(out + i, s + i, k);
            i += k;
        } else {
            out[i++] = ' '; /* a bad byte (or a NUL) is a space; what follows is looked at again */
        }
    }
    out[n] = '\0';
    return n;
}

void tocsin_langid_guess(tocsin_langid *l, const char *text, size_t n, tocsin_lang_guess *out)
{
    memset(out, 0, sizeof *out);
    out->english = TOCSIN_LANG_UNSURE;
    memcpy(out->lang, "und", 4);
    if (!text)
        n = 0;
    int fw = tocsin_text_is_english(text ? text : "", n);
    int k = 0;
    if (l && n >= MIN_BYTES)
    {
        char sample[TOCSIN_LANG_SAMPLE + 1];
        size_t m = clean_sample(text, n, sample);
        k = textcat_ClassifyFull(l->tc, sample, m, l->cand);
    }
    if (k <= 0) { /* unknown or too short: function words, if enough of them */
        if (fw >= 0) {
            out->english = fw ? TOCSIN_LANG_ENGLISH : TOCSIN_LANG_NOT_ENGLISH;
            if (fw)
                memcpy(out->lang, "en", 3);
        }
        return;
    }
    char best[16] = "";
    int en = 0;
    for (int i = 0; i < k; i++) {
        char code[16];
        lang_code(l->cand[i].name, code, sizeof code);
        if (i == 0)
            memcpy(best, code, sizeof best);
        if (is_english_code(code))
            en = 1;
    }
    if (en) {
        /* English is among the close candidates: it is English unless the
         * function words clearly say otherwise */
        out->english = fw == 0 ? TOCSIN_LANG_UNSURE : TOCSIN_LANG_ENGLISH;
        snprintf(out->lang, sizeof out->lang, "%s", out->english == TOCSIN_LANG_ENGLISH ? "en" : best);
        return;
    }
    out->english = fw == 1 ? TOCSIN_LANG_UNSURE : TOCSIN_LANG_NOT_ENGLISH;
    memcpy(out->lang, best, sizeof out->lang);
}

int tocsin_lang_mode_parse(const char *s)
{
    if (!s)
        return -1;
    if (!strcmp(s, "auto"))
        return TOCSIN_LANG_MODE_AUTO;
    if (!strcmp(s, "en"))
        return TOCSIN_LANG_MODE_EN;
    if (!strcmp(s, "any"))
        return TOCSIN_LANG_MODE_ANY;
    return -1;
}

int tocsin_lang_codes(tocsin_lang_mode m, const tocsin_lang_guess *g)
{
    switch (m) {
    case TOCSIN_LANG_MODE_ANY:
        return 1;
    case TOCSIN_LANG_MODE_EN:
        return g->english == TOCSIN_LANG_ENGLISH;
    default:
        return g->english != TOCSIN_LANG_NOT_ENGLISH;
    }
}
