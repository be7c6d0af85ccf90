/* boiler.c - line-level boilerplate filter for scraped articles. */
#include "boiler.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

/* Lines that start with one of these (case-insensitive) are page furniture. */
static const char *const starts[] = {
    "continue reading", "read more", "read also", "read next", "subscribe", "donate",
    "sign up", "signup", "share this", "share on", "share article", "follow us", "click here",
    "advertisement", "all rights reserved", "copyright", "cookie", "we use cookies",
    "privacy policy", "terms of use", "terms of service", "leave a comment", "leave a reply",
    "your email", "required fields", "comments", "related:", "related articles",
    "related stories", "photo:", "image:", "photograph:", "getty images", "newsletter",
    "log in", "sign in", "skip to", "posted in", "tags:", "filed under", "source:", "by ",
    "written by", "reporting by", "editing by", "additional reporting", "this article",
    "support our", "support independent", "become a member", "get the latest",
    "download the app", "watch:", "listen:", "video:", "most read", "trending", "recommended",
    "sponsored", "you may also like", "more from", "previous article", "next article",
    "back to top", "print this", "email this", "updated:", "published:", "last updated",
    "icon", "close", "menu", "home", "search", "©", "(c)",
};

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Words in line, counting no further than max + 1. */
static int count_words(const char *line, size_t n, int max)
{
    int words = 0, inword = 0;
    for (size_t i = 0; i < n && words <= max; i++) {
        int sp = (unsigned char)line[i] <= ' ';
        if (!sp && !inword)
            words++;
        inword = !sp;
    }
    return words;
}

#define NSTARTS (sizeof starts / sizeof starts[0])

/* the phrases by their first byte (lowered): those of byte c are
   starts[by_first[at[c]]] .. starts[by_first[at[c + 1] - 1]] */
static uint8_t by_first[NSTARTS];
static uint8_t start_len[NSTARTS]; /* strlen of each phrase */
static uint16_t at[257];
static pthread_once_t by_first_once = PTHREAD_ONCE_INIT;

static void index_starts(void)
{
    size_t m = 0;
    for (size_t k = 0; k < NSTARTS; k++)
        start_len[k] = (uint8_t)strlen(starts[k]);
    for (int c = 0; c < 256; c++) {
        at[c] = (uint16_t)m;
        for (size_t k = 0; k < NSTARTS; k++)
            if (lower((unsigned char)starts[k][0]) == c)
                by_first[m++] = (uint8_t)k;
    }
    at[256] = (uint16_t)m;
}

static int starts_with(const char *s, size_t n, const char *p, size_t m)
{
    if (m > n)
        return 0;
    for (size_t i = 0; i < m; i++)
        if (lower((unsigned char)s[i]) != (unsigned char)p[i])
            return 0;
    return 1;
}

int ts_is_boiler(const char *line, size_t n, int first)
{
    /* trim spaces, bullets and non-breaking spaces */
    while (n && ((unsigned char)*line <= ' ' || *line == '*' || *line == '-')) {
        line++;
        n--;
    }
    while (n && (unsigned char)line[n - 1] <= ' ')
        n--;
    if (n == 0)
        return 1;
    /* most lines start with a letter no furniture phrase starts with */
    int c0 = lower((unsigned char)line[0]);
    static const char firsts[] = "crsdaptlygboiwuhnfmev(\xc2";
    int maybe = memchr(firsts, c0, sizeof firsts - 1) != NULL;
    if (maybe)
        pthread_once(&by_first_once, index_starts);
    for (size_t q = maybe ? at[c0] : 0; maybe && q < at[c0 + 1]; q++) {
        size_t k = by_first[q];
        if (starts_with(line, n, starts[k], start_len[k])) {
            int words = count_words(line, n, 41);
            /* a real sentence may start with "By" ("By linking ...") */
            if (!strcmp(starts[k], "by ") && words > 25)
                continue;
            if (words <= 40)
                return 1;
        }
    }
    /* short lines without sentence punctuation: menus, bylines, captions
       (the words counted only then: most lines end a sentence) */
    char last = line[n - 1];
    int terminal = last == '.' || last == '!' || last == '?' || last == '"' || last == ':' ||
                   (n >= 3 && (unsigned char)line[n - 3] == 0xE2 && (unsigned char)line[n - 2] == 0x80 &&
                    ((unsigned char)last == 0x9D || (unsigned char)last == 0x99));
    if (terminal)
        return 0;
    int words = count_words(line, n, 6);
    if (words < 6 && !first)
        return 1;
    if (words < 3)
        return 1;
    return 0;
}
