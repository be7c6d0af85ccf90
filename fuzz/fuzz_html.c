/* fuzz_html.c - libFuzzer target for the web entry points: the same bytes
 * as an HTML page (then its text through the English check), as text for
 * the language guess, and as a feed.
 * Whatever comes back must be well formed: valid lengths, NUL-terminated
 * strings, freed without leaks. */
#include "tocsin/feed.h"
#include "tocsin/html.h"
#include "tocsin/lang.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tocsin_error err;
    tocsin_page page;
    if (tocsin_html_extract((const char *)data, size, &page, &err) == 0) {
        if (page.text && strlen(page.text) != page.text_len)
            abort();
        if (!page.title && !page.text)
            abort();
        if (page.text)
            tocsin_text_is_english(page.text, page.text_len);
        if (page.date && strlen(page.date) != 10)
            abort();
        tocsin_page_free(&page);
    } else if (page.text || page.title || err.message[0] == '\0') {
        abort();
    }
    tocsin_text_is_english((const char *)data, size);
    /* the language guess by libexttextcat: one model set for the whole run */
    static tocsin_langid *lid;
    if (!lid && tocsin_langid_new(NULL, &lid, NULL) != 0)
        lid = NULL;
    tocsin_lang_guess g;
    tocsin_langid_guess(lid, (const char *)data, size, &g);
    if (g.english < -1 || g.english > 1 || strnlen(g.lang, sizeof g.lang) == sizeof g.lang)
        abort();

    tocsin_feed feed;
    if (tocsin_feed_parse((const char *)data, size, &feed, &err) == 0) {
        for (size_t i = 0; i < feed.n; i++)
            if (feed.items[i].date && strlen(feed.items[i].date) != 10)
                abort();
        tocsin_feed_free(&feed);
    } else if (feed.items || feed.n || err.message[0] == '\0') {
        abort();
    }
    return 0;
}
