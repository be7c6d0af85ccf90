/* tocsin/lang.h - which language is this article in? tocsin codes English;
 * an ingest has to know which articles to leave out, and say so.
 *
 * The guess is made by libexttextcat (Debian's language identifier, an
 * n-gram classifier with models of ~160 languages) over the first
 * TOCSIN_LANG_SAMPLE bytes, with the share of English function words
 * (tocsin_text_is_english) as a second opinion where the classifier cannot
 * decide (headlines, very short items). A tocsin_langid is not thread-safe:
 * use one per thread. */
#ifndef TOCSIN_LANG_H
#define TOCSIN_LANG_H

#include "tocsin/status.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TOCSIN_LANG_SAMPLE 2048u /* bytes of the text the classifier reads */

typedef struct tocsin_langid tocsin_langid;

/* Where the classifier's models are: dir (NULL: $TOCSIN_TEXTCAT, else
 * /usr/share/libexttextcat) must hold fpdb.conf and the .lm files it lists.
 * Fails with TOCSIN_ENOTFOUND (naming the file) when they are missing. */
int tocsin_langid_new(const char *dir, tocsin_langid **out, tocsin_error *err);
void tocsin_langid_free(tocsin_langid *l); /* NULL allowed */

typedef enum tocsin_english {
    TOCSIN_LANG_NOT_ENGLISH = 0, /* another language, named in lang */
    TOCSIN_LANG_ENGLISH = 1,
    TOCSIN_LANG_UNSURE = -1      /* too short or too mixed to tell */
} tocsin_english;

typedef struct tocsin_lang_guess {
    int english;   /* a tocsin_english */
    char lang[16]; /* ISO 639 code of the best guess ("en", "fr", "zh-Hans"), "und" if none */
} tocsin_lang_guess;

/* Guesses the language of text[0..n). Never fails on any input. */
void tocsin_langid_guess(tocsin_langid *l, const char *text, size_t n, tocsin_lang_guess *out);

/* Which articles an ingest codes: only those read as English
 * (TOCSIN_LANG_MODE_EN), those not clearly another language (AUTO: the
 * default, so that short English items are never dropped), or all of them
 * (ANY). */
typedef enum tocsin_lang_mode { TOCSIN_LANG_MODE_AUTO, TOCSIN_LANG_MODE_EN, TOCSIN_LANG_MODE_ANY } tocsin_lang_mode;

/* "auto", "en", "any" -> the mode; -1 for anything else. */
int tocsin_lang_mode_parse(const char *s);

/* 1 if an article with this guess is coded under mode m. */
int tocsin_lang_codes(tocsin_lang_mode m, const tocsin_lang_guess *g);

#ifdef __cplusplus
}
#endif
#endif
