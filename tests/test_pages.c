/* test_pages.c - tests for web pages and feeds: main-text extraction
 * (html.c), the English check (lang.c), RSS and Atom (feed.c) and their
 * dates (pubdate.c). The pages and feeds in tests/data are written for
 * these tests; a y_ file must be read, an n_ file must be refused with a
 * message. Run as: test_pages [tests/data] */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/internal.h"
#include "tocsin/feed.h"
#include "tocsin/html.h"
#include "tocsin/lang.h"

static const char *datadir = "tests/data";

static char *slurp(const char *name, size_t *n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", datadir, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 8192;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
        size_t k = fread(buf + len, 1, 4096, f);
        len += k;
        if (k < 4096)
            break;
    }
    fclose(f);
    buf[len] = '\0';
    *n = len;
    return buf;
}

static int page_of(const char *name, tocsin_page *p, tocsin_error *err)
{
    size_t n;
    char *s = slurp(name, &n);
    int rc = tocsin_html_extract(s, n, p, err);
    free(s);
    return rc;
}

static int feed_of(const char *name, tocsin_feed *f, tocsin_error *err)
{
    size_t n;
    char *s = slurp(name, &n);
    int rc = tocsin_feed_parse(s, n, f, err);
    free(s);
    return rc;
}

static void assert_absent(const char *text, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(text, words[i]))
            fail_msg("boilerplate \"%s\" left in the text:\n%s", words[i], text);
}

static int valid_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t k = u[i] < 0x80 ? 1 : (u[i] & 0xE0) == 0xC0 ? 2 : (u[i] & 0xF0) == 0xE0 ? 3
                                   : (u[i] & 0xF8) == 0xF0 ? 4 : 0;
        if (!k || k > n - i)
            return 0;
        for (size_t j = 1; j < k; j++)
            if ((u[i + j] & 0xC0) != 0x80)
                return 0;
        i += k;
    }
    return 1;
}

/* ---------- pages ---------- */

static void t_article_with_nav(void **st)
{
    (void)st;
    tocsin_page p;
    tocsin_error err;
    assert_int_equal(page_of("y_article_with_nav.html", &p, &err), 0);
    assert_string_equal(p.title, "Lithuania summons Belarusian envoy over balloon incursions");
    assert_string_equal(p.byline, "Greta Valaitis");
    assert_string_equal(p.date, "2024-11-05"); /* article:published_time beats JSON-LD and <time> */
    assert_string_equal(p.canonical, "https://harbourcourier.example/world/2024/11/05/lithuania-envoy");
    assert_string_equal(p.lang, "en-GB");
    const char *want =
        "Lithuania's foreign ministry summoned the Belarusian charg\xC3\xA9 d'affaires on Tuesday after "
        "dozens of smuggling balloons crossed the border overnight and forced Vilnius airport to close "
        "for several hours.\n\n"
        "The ministry said in a statement that Minsk had done nothing to stop the flights, which it "
        "described as a deliberate attempt to disrupt civil aviation.\n\n"
        "Airport closed again\n\n"
        "It was the fourth closure in a month. Airport officials said more than 40 flights were delayed "
        "or diverted to Kaunas and Riga.\n\n"
        "\xE2\x80\x9CWe will not tolerate this hybrid pressure,\xE2\x80\x9D the foreign minister told "
        "reporters.\n\n"
        "The ministry listed three demands:\n\n"
        "an end to the balloon flights;\n\n"
        "a written explanation from Minsk.\n\n"
        "Belarus has denied any involvement.\n";
    assert_string_equal(p.text, want);
    assert_int_equal(p.text_len, strlen(want));
    static const char *const furniture[] = {
        "cookies",   "Accept all", "Business", "Share on",  "Copy link", "Photo",     "Courier",
        "newsletter", "Sign up",   "briefing", "Advertisement", "loadAd", "Related", "Latvia",
        "comments",  "Most read",  "Storm",    "rights reserved", "Privacy", "dataLayer", "editors",
        "Greta",     "3 November", "track(",
    };
    assert_absent(p.text, furniture, sizeof furniture / sizeof furniture[0]);
    assert_int_equal(tocsin_text_is_english(p.text, p.text_len), 1);
    tocsin_page_free(&p);
    assert_null(p.text);
    tocsin_page_free(&p); /* zeroed: a second free is harmless */
    tocsin_page_free(NULL);
}

static void t_main_no_article(void **st)
{
    (void)st;
    tocsin_page p;
    tocsin_error err;
    assert_int_equal(page_of("y_main_no_article.html", &p, &err), 0);
    /* <title> with the site's name cut; og:url as the canonical address */
    assert_string_equal(p.title, "Chile and Argentina agree joint patrols on the Beagle Channel");
    assert_string_equal(p.byline, "Tomasz Wren");
    assert_string_equal(p.date, "2024-10-29"); /* as written, not moved to UTC */
    assert_string_equal(p.canonical, "https://eastgate-ledger.example/2024/10/29/beagle-patrols");
    assert_null(p.lang);
    assert_string_equal(p.text,
                        "Chile and Argentina agree joint patrols on the Beagle Channel\n\n"
                        "October 29, 2024\n\n"
                        "The defence ministers of Chile and Argentina signed an agreement in Ushuaia on "
                        "Tuesday to run joint naval patrols in the Beagle Channel from next year.\n\n"
                        "Both governments said the patrols would focus on search and rescue and on "
                        "illegal fishing.\n\n"
                        "Chile's minister called the deal \"a sign of trust between neighbours\".\n\n"
                        "Argentina's minister said a second accord on Antarctic logistics would follow.\n");
    static const char *const furniture[] = {"Log in", "Subscribe", "By Tomasz", "Tweet", "Email",
                                            "Hidden", "Copper",    "Port strike", "newsletter"};
    assert_absent(p.text, furniture, sizeof furniture / sizeof furniture[0]);
    tocsin_page_free(&p);
}

static void t_latin1(void **st)
{
    (void)st;
    tocsin_page p;
    tocsin_error err;
    assert_int_equal(page_of("y_latin1.html", &p, &err), 0);
    /* windows-1252 in, UTF-8 out; no <title>: the first <h1>; JSON-LD date */
    assert_string_equal(p.title, "Caf\xC3\xA9 owners in Li\xC3\xA8ge protest fuel tax \xE2\x80\x93 again");
    assert_string_equal(p.date, "2024-03-14");
    assert_null(p.byline);
    assert_null(p.canonical);
    assert_string_equal(p.text,
                        "Caf\xC3\xA9 owners in Li\xC3\xA8ge protest fuel tax \xE2\x80\x93 again\n\n"
                        "About 300 caf\xC3\xA9 and restaurant owners marched through Li\xC3\xA8ge on Thursday "
                        "to protest against a new fuel tax, the third such march this year.\n\n"
                        "The regional government said it would meet their federation next week.\n");
    tocsin_page_free(&p);
}

static void t_mislabeled_utf8(void **st)
{
    (void)st;
    tocsin_page p;
    tocsin_error err;
    /* says ISO-8859-1, is UTF-8: read as UTF-8, no mojibake */
    assert_int_equal(page_of("y_mislabeled_utf8.html", &p, &err), 0);
    assert_string_equal(p.title, "T\xC3\xBCrkiye and Greece hold talks in Ankara");
    assert_string_equal(p.text, "T\xC3\xBCrkiye and Greece held a new round of confidence-building talks in "
                                "Ankara on Monday, the foreign ministry said.\n");
    tocsin_page_free(&p);
}

static void t_article_choice(void **st)
{
    (void)st;
    tocsin_page p;
    tocsin_error err;
    /* teaser <article>s around the story: the biggest one is the story */
    assert_int_equal(page_of("y_several_articles.html", &p, &err), 0);
    assert_string_equal(p.text,
                        "Ghana and Togo sign border security pact\n\n"
                        "Ghana and Togo signed a pact in Lom\xC3\xA9 on Monday to share intelligence on "
                        "armed groups operating along their northern border.\n\n"
                        "The agreement also sets up a joint command post near Sansann\xC3\xA9-Mango.\n");
    tocsin_page_free(&p);
    /* an <article> holding only the headline: the body's text is taken */
    assert_int_equal(page_of("y_stub_article.html", &p, &err), 0);
    assert_non_null(strstr(p.text, "Armenia recalled its ambassador to Belarus"));
    assert_non_null(strstr(p.text, "hoped the ambassador would return soon.\n"));
    tocsin_page_free(&p);
}

static void t_lenient(void **st)
{
    (void)st;
    /* the whole page inside a box that looks like furniture: rather its
     * text with some furniture than nothing */
    static const char *const pages[] = {
        "<html><body><form id=\"aspnetForm\" action=\"/\"><nav>Home</nav>"
        "<div class=\"story\"><p>Peru declared a state of emergency in two border provinces.</p></div>"
        "<script>x()</script></form></body></html>",
        "<html><body><div id=\"comments-wrapper\"><aside>Most read</aside>"
        "<p>Peru declared a state of emergency in two border provinces.</p></div></body></html>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        tocsin_page p;
        tocsin_error err;
        assert_int_equal(tocsin_html_extract(pages[i], strlen(pages[i]), &p, &err), 0);
        assert_string_equal(p.text, "Peru declared a state of emergency in two border provinces.\n");
        tocsin_page_free(&p);
    }
}

static void t_truncated_page(void **st)
{
    (void)st;
    tocsin_page p;
    tocsin_error err;
    assert_int_equal(page_of("y_truncated.html", &p, &err), 0);
    assert_string_equal(p.title, "Ukraine and Poland open new rail link");
    assert_string_equal(p.lang, "en");
    assert_null(p.date);
    assert_string_equal(p.text, "Ukraine and Poland open new rail link\n\n"
                                "Ukraine and Poland opened a European-gauge rail line from the border to "
                                "Lviv on Friday, the two transport ministries said.\n\n"
                                "The first passenger train left Przemy\xC5\x9Bl at dawn and reached Lviv two ho\n");
    tocsin_page_free(&p);
}

static void t_french_page(void **st)
{
    (void)st;
    tocsin_page p;
    tocsin_error err;
    assert_int_equal(page_of("y_french.html", &p, &err), 0);
    assert_string_equal(p.lang, "fr");
    assert_string_equal(p.title, "Le S\xC3\xA9n\xC3\xA9gal rappelle son ambassadeur \xC3\xA0 Bamako");
    assert_string_equal(p.date, "2024-09-17");
    assert_int_equal(tocsin_text_is_english(p.text, p.text_len), 0);
    tocsin_page_free(&p);
}

static void expect_page_error(const char *s, size_t n, int code, const char *msg)
{
    tocsin_page p;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(tocsin_html_extract(s, n, &p, &err), code);
    assert_int_equal(err.code, code);
    if (!strstr(err.message, msg))
        fail_msg("message \"%s\" lacks \"%s\"", err.message, msg);
    assert_string_equal(err.file, "");
    assert_null(p.title);
    assert_null(p.text);
    assert_int_equal(p.text_len, 0);
}

static void t_page_errors(void **st)
{
    (void)st;
    size_t n;
    char *s = slurp("n_not_html.bin", &n);
    expect_page_error(s, n, TOCSIN_EPARSE, "binary");
    free(s);
    s = slurp("n_plain_text.txt", &n);
    expect_page_error(s, n, TOCSIN_EPARSE, "no HTML markup");
    free(s);
    expect_page_error("", 0, TOCSIN_EPARSE, "empty");
    expect_page_error(NULL, 0, TOCSIN_EPARSE, "empty");
    expect_page_error("<html><body><script>x()</script></body></html>", 46, TOCSIN_EPARSE,
                      "no title and no text");
    expect_page_error("\x01\x02\x03\x04<p>\x05\x06\x07\x08\x0e\x0f", 15, TOCSIN_EPARSE, "binary");
    tocsin_error err;
    assert_int_equal(tocsin_html_extract("<p>x</p>", 8, NULL, &err), TOCSIN_EINVAL);
    /* over the cap: refused before parsing */
    char *big = calloc(1, TOCSIN_HTML_MAX + 1);
    assert_non_null(big);
    memset(big, ' ', TOCSIN_HTML_MAX + 1);
    expect_page_error(big, TOCSIN_HTML_MAX + 1, TOCSIN_ELIMIT, "cap");
    free(big);
}

static void t_page_text_cap(void **st)
{
    (void)st;
    /* one 3 MiB paragraph of two-byte characters: cut at the text cap on a
     * character boundary */
    size_t body = 3u << 20;
    char *s = malloc(body + 64);
    assert_non_null(s);
    size_t n = (size_t)sprintf(s, "<html><body><p>a");
    for (size_t i = 0; i < body / 2; i++) {
        s[n++] = '\xC3';
        s[n++] = '\xA9';
    }
    n += (size_t)sprintf(s + n, "</p></body></html>");
    tocsin_page p;
    tocsin_error err;
    assert_int_equal(tocsin_html_extract(s, n, &p, &err), 0);
    assert_true(p.text_len <= TOCSIN_HTML_MAX_TEXT);
    assert_true(p.text_len + 4 >= TOCSIN_HTML_MAX_TEXT);
    assert_int_equal(strlen(p.text), p.text_len);
    assert_true(valid_utf8(p.text, p.text_len));
    assert_int_equal(p.text[p.text_len - 1], '\n');
    tocsin_page_free(&p);
    free(s);
}

static void t_page_deep(void **st)
{
    (void)st;
    /* nesting far deeper than any page: iterative walks, no stack overflow */
    const char *open[] = {"<div>", "<b>", "<article>", "<li>"};
    for (size_t k = 0; k < sizeof open / sizeof open[0]; k++) {
        size_t depth = 100000, m = strlen(open[k]);
        char *s = malloc(depth * m + 64);
        assert_non_null(s);
        size_t n = 0;
        for (size_t i = 0; i < depth; i++, n += m)
            memcpy(s + n, open[k], m);
        n += (size_t)sprintf(s + n, "<p>Deep text.</p>");
        tocsin_page p;
        tocsin_error err;
        int rc = tocsin_html_extract(s, n, &p, &err);
        assert_true(rc == 0 || rc == TOCSIN_EPARSE);
        if (rc == 0)
            assert_true(p.title || p.text);
        tocsin_page_free(&p);
        free(s);
    }
}

static void t_title_suffix(void **st)
{
    (void)st;
    static const char *const cases[][2] = {
        {"Kenya deploys police to Haiti | Nairobi Standard Online", "Kenya deploys police to Haiti"},
        {"Kenya deploys police to Haiti - The Lakeside Post", "Kenya deploys police to Haiti"},
        {"Kenya deploys police to Haiti \xE2\x80\x94 Lakeside", "Kenya deploys police to Haiti"},
        /* a long last part is part of the headline */
        {"Kenya - deployment of police officers to Haiti begins", "Kenya - deployment of police officers to Haiti begins"},
        {"Haiti | Kenya deploys police", "Haiti | Kenya deploys police"},
        {"Kenya deploys police to Haiti", "Kenya deploys police to Haiti"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[512];
        int n = snprintf(html, sizeof html, "<html><head><title>%s</title></head><body><p>Text.</p></body></html>",
                         cases[i][0]);
        tocsin_page p;
        tocsin_error err;
        assert_int_equal(tocsin_html_extract(html, (size_t)n, &p, &err), 0);
        assert_string_equal(p.title, cases[i][1]);
        tocsin_page_free(&p);
    }
}

/* Headlines from page metadata and the article, never the site's name or a
 * "Close" button; the outlet's name from og:site_name, JSON-LD or
 * application-name. */
static void t_titles_and_sites(void **st)
{
    (void)st;
    static const struct {
        const char *file, *title, *site;
    } cases[] = {
        {"y_title_og_is_site.html", "Ghana and Togo agree joint border patrols", "The Lakeside Post"},
        {"y_title_jsonld.html", "Chile recalls its ambassador from Caracas", "Morning Ledger"},
        {"y_title_twitter.html", "Fiji signs coastguard pact with Australia", "Pacific Wire"},
        {"y_title_news_banner.html", "Mongolia hosts talks between Tokyo and Pyongyang officials", "Harbour Daily"},
        {"y_article_with_nav.html", "Lithuania summons Belarusian envoy over balloon incursions", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        tocsin_page p;
        tocsin_error err;
        assert_int_equal(page_of(cases[i].file, &p, &err), 0);
        if (!p.title || strcmp(p.title, cases[i].title))
            fail_msg("%s: title \"%s\", want \"%s\"", cases[i].file, p.title ? p.title : "(none)", cases[i].title);
        if (cases[i].site ? !p.site || strcmp(p.site, cases[i].site) : p.site != NULL)
            fail_msg("%s: site \"%s\", want \"%s\"", cases[i].file, p.site ? p.site : "(none)",
                     cases[i].site ? cases[i].site : "(none)");
        tocsin_page_free(&p);
        assert_null(p.site);
    }
    /* the site's name cut from either end of a headline; furniture passed over */
    static const char *const inline_cases[][2] = {
        {"<meta property=\"og:site_name\" content=\"Daily Planet\"><title>Daily Planet: Mali closes its border</title>",
         "Mali closes its border"},
        {"<meta property=\"og:site_name\" content=\"Daily Planet\"><title>Mali closes its border - DAILY PLANET</title>",
         "Mali closes its border"},
        {"<meta property=\"og:title\" content=\"Menu\"><title>Mali closes its border</title>", "Mali closes its border"},
        {"<title>Close</title></head><body><h1>Mali closes its border</h1>", "Mali closes its border"},
    };
    for (size_t i = 0; i < sizeof inline_cases / sizeof inline_cases[0]; i++) {
        char html[768];
        int n = snprintf(html, sizeof html, "<html><head>%s</head><body><p>Mali closed its border with Niger.</p></body></html>",
                         inline_cases[i][0]);
        tocsin_page p;
        tocsin_error err;
        assert_int_equal(tocsin_html_extract(html, (size_t)n, &p, &err), 0);
        if (!p.title || strcmp(p.title, inline_cases[i][1]))
            fail_msg("case %zu: title \"%s\"", i, p.title ? p.title : "(none)");
        tocsin_page_free(&p);
    }
    /* JSON-LD nested deeper than its cap is not parsed for a headline, and does no harm */
    size_t depth = 5000, cap = 2 * depth + 512;
    char *html = malloc(cap);
    assert_non_null(html);
    int w = snprintf(html, cap, "<html><head><title>Peru declares an emergency</title>"
                                "<script type=\"application/ld+json\">{\"headline\":\"Wrong\",\"x\":");
    for (size_t k = 0; k < depth; k++)
        html[w++] = '[';
    for (size_t k = 0; k < depth; k++)
        html[w++] = ']';
    w += snprintf(html + w, cap - (size_t)w, "}</script></head><body><p>Peru declared a state of emergency.</p></body></html>");
    tocsin_page p;
    tocsin_error err;
    assert_int_equal(tocsin_html_extract(html, (size_t)w, &p, &err), 0);
    assert_string_equal(p.title, "Peru declares an emergency");
    tocsin_page_free(&p);
    free(html);
}

/* ---------- language ---------- */

static void t_english(void **st)
{
    (void)st;
    static const char en[] =
        "The government of Kenya said on Monday that it would send a second group of police officers "
        "to Haiti next month, after the first contingent was attacked by armed gangs near the port. "
        "Officials in Nairobi told reporters that the decision had been taken with the agreement of "
        "the United Nations and that the officers were ready to leave.";
    static const char fr[] =
        "Le gouvernement kenyan a annonc\xC3\xA9 lundi l'envoi d'un deuxi\xC3\xA8me contingent de policiers "
        "en Ha\xC3\xAFti le mois prochain, apr\xC3\xA8s une attaque contre les premiers agents pr\xC3\xA8s du "
        "port. Selon les autorit\xC3\xA9s de Nairobi, la d\xC3\xA9""cision a \xC3\xA9t\xC3\xA9 prise avec "
        "l'accord des Nations unies et les policiers sont pr\xC3\xAAts \xC3\xA0 partir.";
    static const char es[] =
        "El gobierno de Kenia anunci\xC3\xB3 el lunes que enviar\xC3\xA1 un segundo grupo de polic\xC3\xAD""as "
        "a Hait\xC3\xAD el pr\xC3\xB3ximo mes, despu\xC3\xA9s de que el primer contingente fuera atacado por "
        "pandillas armadas cerca del puerto. Los funcionarios dijeron a la prensa que la decisi\xC3\xB3n "
        "se tom\xC3\xB3 con el acuerdo de las Naciones Unidas.";
    static const char de[] =
        "Die Regierung in Nairobi hat am Montag angek\xC3\xBCndigt, im n\xC3\xA4""chsten Monat eine zweite "
        "Gruppe von Polizisten nach Haiti zu schicken, nachdem das erste Kontingent in der N\xC3\xA4he des "
        "Hafens von bewaffneten Banden angegriffen worden war. Die Entscheidung sei in Abstimmung mit "
        "den Vereinten Nationen getroffen worden, sagte ein Sprecher.";
    static const char ru[] =
        "\xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD1\x82\xD0\xB2"
        "\xD0\xBE \xD0\x9A\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB8 \xD0\xB2 \xD0\xBF\xD0\xBE\xD0\xBD\xD0\xB5\xD0\xB4"
        "\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB8\xD0\xBA \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB"
        "\xD0\xBE, \xD1\x87\xD1\x82\xD0\xBE \xD0\xBD\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82 "
        "\xD0\xB2 \xD0\x93\xD0\xB0\xD0\xB8\xD1\x82\xD0\xB8 \xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD1\x83\xD1\x8E "
        "\xD0\xB3\xD1\x80\xD1\x83\xD0\xBF\xD0\xBF\xD1\x83 \xD0\xBF\xD0\xBE\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB5"
        "\xD0\xB9\xD1\x81\xD0\xBA\xD0\xB8\xD1\x85 \xD0\xB2 \xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD1\x83\xD1\x8E"
        "\xD1\x89\xD0\xB5\xD0\xBC \xD0\xBC\xD0\xB5\xD1\x81\xD1\x8F\xD1\x86\xD0\xB5, \xD0\xBF\xD0\xBE\xD1\x81"
        "\xD0\xBB\xD0\xB5 \xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xBA\xD0\xB0\xD0\xBA \xD0\xBD\xD0\xB0 \xD0\xBF"
        "\xD0\xB5\xD1\x80\xD0\xB2\xD1\x8B\xD0\xB9 \xD0\xBA\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB8\xD0\xBD\xD0\xB3"
        "\xD0\xB5\xD0\xBD\xD1\x82 \xD0\xBD\xD0\xB0\xD0\xBF\xD0\xB0\xD0\xBB\xD0\xB8 \xD0\xB2\xD0\xBE\xD0\xBE"
        "\xD1\x80\xD1\x83\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8B\xD0\xB5 \xD0\xB1\xD0\xB0\xD0\xBD\xD0\xB4"
        "\xD1\x8B \xD1\x83 \xD0\xBF\xD0\xBE\xD1\x80\xD1\x82\xD0\xB0. \xD0\xA0\xD0\xB5\xD1\x88\xD0\xB5\xD0\xBD"
        "\xD0\xB8\xD0\xB5 \xD0\xB1\xD1\x8B\xD0\xBB\xD0\xBE \xD0\xBF\xD1\x80\xD0\xB8\xD0\xBD\xD1\x8F\xD1\x82"
        "\xD0\xBE \xD1\x81 \xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB8\xD1\x8F \xD0\x9E\xD0\x9E"
        "\xD0\x9D, \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB \xD0\xBF\xD1\x80\xD0\xB5\xD0\xB4\xD1\x81"
        "\xD1\x82\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C \xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8"
        "\xD1\x81\xD1\x82\xD0\xB5\xD1\x80\xD1\x81\xD1\x82\xD0\xB2\xD0\xB0.";
    /* Chinese: no spaces, each character counts as a word */
    static const char zh[] =
        "\xE8\x82\xAF\xE5\xB0\xBC\xE4\xBA\x9A\xE6\x94\xBF\xE5\xBA\x9C\xE5\x91\xA8\xE4\xB8\x80\xE5\xAE\xA3"
        "\xE5\xB8\x83\xEF\xBC\x8C\xE5\xB0\x86\xE4\xBA\x8E\xE4\xB8\x8B\xE6\x9C\x88\xE5\x90\x91\xE6\xB5\xB7"
        "\xE5\x9C\xB0\xE6\xB4\xBE\xE9\x81\xA3\xE7\xAC\xAC\xE4\xBA\x8C\xE6\x89\xB9\xE8\xAD\xA6\xE5\xAF\x9F"
        "\xE3\x80\x82";
    assert_int_equal(tocsin_text_is_english(en, sizeof en - 1), 1);
    assert_int_equal(tocsin_text_is_english(fr, sizeof fr - 1), 0);
    assert_int_equal(tocsin_text_is_english(es, sizeof es - 1), 0);
    assert_int_equal(tocsin_text_is_english(de, sizeof de - 1), 0);
    assert_int_equal(tocsin_text_is_english(ru, sizeof ru - 1), 0);
    assert_int_equal(tocsin_text_is_english(zh, sizeof zh - 1), 0);
    /* too short to tell */
    assert_int_equal(tocsin_text_is_english("Kenya sends police to Haiti.", 28), -1);
    assert_int_equal(tocsin_text_is_english("", 0), -1);
    assert_int_equal(tocsin_text_is_english(NULL, 0), -1);
    /* numbers and markup-like noise are not words */
    static const char nums[] = "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 -- ++ ..";
    assert_int_equal(tocsin_text_is_english(nums, sizeof nums - 1), -1);
    /* invalid UTF-8 is read without harm */
    static const char bad[] = "\xFF\xFE\xC3 the of and \xE2\x80 to in \xF0\x9F is that for on with as was by "
                              "said it from at has have had the of and to in";
    assert_int_equal(tocsin_text_is_english(bad, sizeof bad - 1), 1);
}

/* ---------- feeds ---------- */

static void assert_item(const tocsin_feed_item *it, const char *guid, const char *link, const char *title,
                        const char *date, const char *summary)
{
#define FIELD_EQ(have, want)                                                                \
    do {                                                                                    \
        if (want)                                                                           \
            assert_string_equal(have, want);                                                \
        else                                                                                \
            assert_null(have);                                                              \
    } while (0)
    FIELD_EQ(it->guid, guid);
    FIELD_EQ(it->link, link);
    FIELD_EQ(it->title, title);
    FIELD_EQ(it->date, date);
    FIELD_EQ(it->summary, summary);
#undef FIELD_EQ
}

/* Short texts (titles and 30-80-word items) in English and 13 other
 * languages, tests/data/lang/short-texts.tsv: under --lang auto no English
 * item is dropped and every other one is; the guessed language is right for
 * nearly all; the function-word share alone does worse (printed). */
static void t_langid_short(void **st)
{
    (void)st;
    char path[1024];
    snprintf(path, sizeof path, "%s/lang/short-texts.tsv", datadir);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    tocsin_langid *l = NULL;
    tocsin_error err = {0};
    assert_int_equal(tocsin_langid_new(NULL, &l, &err), 0);
    char line[8192];
    int en = 0, en_kept = 0, en_sure = 0, other = 0, other_dropped = 0, named = 0, fw_right = 0;
    while (fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || !tab)
            continue;
        *tab = '\0';
        char *text = tab + 1;
        text[strcspn(text, "\n")] = '\0';
        tocsin_lang_guess g;
        tocsin_langid_guess(l, text, strlen(text), &g);
        int is_en = !strcmp(line, "en");
        int fw = tocsin_text_is_english(text, strlen(text));
        if (is_en) {
            en++;
            en_kept += tocsin_lang_codes(TOCSIN_LANG_MODE_AUTO, &g);
            en_sure += g.english == TOCSIN_LANG_ENGLISH;
            fw_right += fw != 0;
            if (!tocsin_lang_codes(TOCSIN_LANG_MODE_AUTO, &g))
                print_message("dropped English item (guessed %s): %s\n", g.lang, text);
        } else {
            other++;
            other_dropped += !tocsin_lang_codes(TOCSIN_LANG_MODE_AUTO, &g);
            named += !strcmp(g.lang, line);
            fw_right += fw == 0;
            assert_int_equal(tocsin_lang_codes(TOCSIN_LANG_MODE_ANY, &g), 1);
            if (tocsin_lang_codes(TOCSIN_LANG_MODE_AUTO, &g))
                print_message("kept %s item (guessed %s): %s\n", line, g.lang, text);
        }
    }
    fclose(f);
    tocsin_langid_free(l);
    print_message("language: %d/%d English kept (%d sure), %d/%d others left out, %d named right; "
                  "function words alone right on %d/%d\n",
                  en_kept, en, en_sure, other_dropped, other, named, fw_right, en + other);
    assert_true(en >= 10 && other >= 10);
    assert_int_equal(en_kept, en);
    assert_true(other_dropped * 10 >= other * 9);
    assert_true(named * 10 >= other * 8);
    assert_true(en_sure * 10 >= en * 7);
}

static void t_langid_edges(void **st)
{
    (void)st;
    tocsin_langid *l = NULL;
    tocsin_error err = {0};
    assert_int_equal(tocsin_langid_new("/nonexistent/models", &l, &err), TOCSIN_ENOTFOUND);
    assert_null(l);
    assert_non_null(strstr(err.file, "/nonexistent/models/fpdb.conf"));
    assert_int_equal(tocsin_langid_new(NULL, &l, NULL), 0);
    tocsin_lang_guess g;
    tocsin_langid_guess(l, NULL, 0, &g);
    assert_int_equal(g.english, TOCSIN_LANG_UNSURE);
    assert_string_equal(g.lang, "und");
    assert_int_equal(tocsin_lang_codes(TOCSIN_LANG_MODE_AUTO, &g), 1);
    assert_int_equal(tocsin_lang_codes(TOCSIN_LANG_MODE_EN, &g), 0);
    /* binary junk and a long text cut mid-character at the sample's end */
    char junk[5000];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(0x80 + (i * 7) % 0x7f);
    tocsin_langid_guess(l, junk, sizeof junk, &g);
    assert_true(g.english >= -1 && g.english <= 1);
    assert_int_equal(tocsin_lang_mode_parse("auto"), TOCSIN_LANG_MODE_AUTO);
    assert_int_equal(tocsin_lang_mode_parse("any"), TOCSIN_LANG_MODE_ANY);
    assert_int_equal(tocsin_lang_mode_parse("en"), TOCSIN_LANG_MODE_EN);
    assert_int_equal(tocsin_lang_mode_parse("EN"), -1);
    tocsin_langid_free(l);
    tocsin_langid_free(NULL);
}

static void t_rss2(void **st)
{
    (void)st;
    tocsin_feed f;
    tocsin_error err;
    assert_int_equal(feed_of("y_rss2.xml", &f, &err), 0);
    assert_string_equal(f.title, "Radio Meridian \xE2\x80\x93 World");
    assert_int_equal(f.n, 3); /* the empty <item/> is skipped */
    assert_item(&f.items[0], "rm-2024-11-05-0193", "https://radiomeridian.example/world/moldova-expels-diplomats",
                "Moldova expels two Russian diplomats", "2024-11-05",
                "Moldova declared two Russian diplomats persona non grata on Tuesday. The embassy said it "
                "would respond.");
    /* no guid: the link; two-digit year and a numeric zone; escaped HTML */
    assert_item(&f.items[1], "https://radiomeridian.example/world/serbia-kosovo-talks?ref=rss&x=1",
                "https://radiomeridian.example/world/serbia-kosovo-talks?ref=rss&x=1", "Serbia & Kosovo resume talks",
                "2024-11-04", "Negotiators met in Brussels \xE2\x80\x93 the first round since spring.");
    /* a permalink guid is the link; dc:date; content:encoded */
    assert_item(&f.items[2], "https://radiomeridian.example/world/georgia-armenia-crossing",
                "https://radiomeridian.example/world/georgia-armenia-crossing",
                "Georgia and Armenia open a new border crossing", "2024-11-03",
                "The crossing near Sadakhlo will operate around the clock.");
    tocsin_feed_free(&f);
    assert_null(f.items);
    assert_int_equal(f.n, 0);
    tocsin_feed_free(&f);
    tocsin_feed_free(NULL);
}

static void t_atom(void **st)
{
    (void)st;
    tocsin_feed f;
    tocsin_error err;
    assert_int_equal(feed_of("y_atom.xml", &f, &err), 0);
    assert_string_equal(f.title, "Northline Wire");
    assert_int_equal(f.n, 2);
    /* rel="alternate" beats an earlier rel="edit"; published beats updated;
     * type="html" is stripped */
    assert_item(&f.items[0], "tag:northline.example,2024:881",
                "https://northline.example/2024/11/05/arctic-patrols", "Norway boosts Arctic patrols",
                "2024-11-05", "Norway will send two more frigates north, the defence minister said.");
    /* type="text" keeps a literal "<"; xhtml content gives its text */
    assert_item(&f.items[1], "tag:northline.example,2024:880",
                "https://northline.example/2024/11/04/troop-numbers", "Troop numbers: 3 < 5, says ministry",
                "2024-11-04", "Finland said it had no plans to raise its contribution.");
    tocsin_feed_free(&f);
}

static void t_feed_summary_html(void **st)
{
    (void)st;
    /* descriptions as HTML: comments, scripts, entities, a bare "<" */
    static const char *const cases[][2] = {
        {"&lt;p&gt;Oil&lt;/p&gt;&lt;p&gt;prices&lt;/p&gt;", "Oil prices"},
        {"&lt;b&gt;Kyiv&lt;/b&gt;'s mayor", "Kyiv's mayor"},
        {"<![CDATA[a <!-- hidden --> b <style>p{}</style>c<script>if (a<b) x();</script> d]]>", "a b c d"},
        {"3 &lt; 5 &amp;amp; 7 &gt; 2", "3 < 5 & 7 > 2"},
        {"&amp;#8220;Yes&amp;#x201D; &amp;#x1F600; &amp;#0; &amp;#xD800; &amp;bogus; &amp;", "\xE2\x80\x9CYes\xE2\x80\x9D "
                                                                                         "\xF0\x9F\x98\x80 &#xD800; &bogus; &"},
        {"<![CDATA[unclosed <a href=\"x]]>", "unclosed"},
        {"<![CDATA[<p>text</p><!-- unclosed comment]]>", "text"},
        {"<![CDATA[<script>never closed]]>", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char xml[512];
        int n = snprintf(xml, sizeof xml,
                         "<rss><channel><item><link>https://x.example/</link><description>%s</description>"
                         "</item></channel></rss>",
                         cases[i][0]);
        tocsin_feed f;
        tocsin_error err;
        assert_int_equal(tocsin_feed_parse(xml, (size_t)n, &f, &err), 0);
        assert_int_equal(f.n, 1);
        if (cases[i][1])
            assert_string_equal(f.items[0].summary, cases[i][1]);
        else
            assert_null(f.items[0].summary);
        tocsin_feed_free(&f);
    }
}

static void t_rss1(void **st)
{
    (void)st;
    tocsin_feed f;
    tocsin_error err;
    assert_int_equal(feed_of("y_rss1.xml", &f, &err), 0);
    assert_string_equal(f.title, "Baltic Notes");
    assert_int_equal(f.n, 1);
    assert_item(&f.items[0], "https://baltic-notes.example/estonia-drill", "https://baltic-notes.example/estonia-drill",
                "Estonia holds snap reserve drill", "2024-10-30", "Some 2,000 reservists were called up.");
    tocsin_feed_free(&f);
}

static void t_external_entity(void **st)
{
    (void)st;
    tocsin_feed f;
    tocsin_error err;
    /* external entities are never loaded: the file's text does not appear */
    assert_int_equal(feed_of("y_external_entity.xml", &f, &err), 0);
    assert_int_equal(f.n, 1);
    assert_string_equal(f.items[0].summary, "Officials in N'Djamena confirmed the closure.");
    tocsin_feed_free(&f);
}

static void expect_feed_error(const char *s, size_t n, int code, const char *msg)
{
    tocsin_feed f;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(tocsin_feed_parse(s, n, &f, &err), code);
    assert_int_equal(err.code, code);
    if (msg && !strstr(err.message, msg))
        fail_msg("message \"%s\" lacks \"%s\"", err.message, msg);
    assert_null(f.items);
    assert_null(f.title);
    assert_int_equal(f.n, 0);
}

static void expect_feed_file_error(const char *name, const char *msg)
{
    size_t n;
    char *s = slurp(name, &n);
    expect_feed_error(s, n, TOCSIN_EPARSE, msg);
    free(s);
}

static void t_feed_errors(void **st)
{
    (void)st;
    expect_feed_file_error("n_truncated.xml", "cut off");
    expect_feed_file_error("n_not_feed.xml", "neither RSS nor Atom");
    expect_feed_file_error("n_entity_bomb.xml", "stopped");
    expect_feed_file_error("n_not_html.bin", "not XML");
    expect_feed_file_error("n_plain_text.txt", "not XML");
    expect_feed_file_error("y_article_with_nav.html", NULL);
    expect_feed_error("", 0, TOCSIN_EPARSE, "empty");
    expect_feed_error("<rss version=\"2.0\"><title>x</title></rss>", 40, TOCSIN_EPARSE, "channel");
    tocsin_error err;
    assert_int_equal(tocsin_feed_parse("<rss/>", 6, NULL, &err), TOCSIN_EINVAL);
    /* an empty but complete feed is no error */
    tocsin_feed f;
    assert_int_equal(tocsin_feed_parse("<rss><channel></channel></rss>", 30, &f, &err), 0);
    assert_int_equal(f.n, 0);
    tocsin_feed_free(&f);
    /* an item with nothing but a date is skipped (and freed) */
    static const char only_date[] =
        "<rss><channel><item><pubDate>Tue, 05 Nov 2024 10:00:00 GMT</pubDate></item></channel></rss>";
    assert_int_equal(tocsin_feed_parse(only_date, sizeof only_date - 1, &f, &err), 0);
    assert_int_equal(f.n, 0);
    tocsin_feed_free(&f);
}

static void t_feed_every_prefix(void **st)
{
    (void)st;
    /* a feed cut anywhere before its end tag is refused */
    size_t n;
    char *s = slurp("y_rss2.xml", &n);
    const char *end = strstr(s, "</rss>");
    assert_non_null(end);
    size_t complete = (size_t)(end - s) + 6;
    for (size_t k = 0; k < complete; k++) {
        tocsin_feed f;
        tocsin_error err;
        int rc = tocsin_feed_parse(s, k, &f, &err);
        if (rc == 0)
            fail_msg("prefix of %zu bytes accepted (%zu items)", k, f.n);
        assert_int_equal(rc, TOCSIN_EPARSE);
    }
    for (size_t k = complete; k <= n; k++) {
        tocsin_feed f;
        tocsin_error err;
        assert_int_equal(tocsin_feed_parse(s, k, &f, &err), 0);
        assert_int_equal(f.n, 3);
        tocsin_feed_free(&f);
    }
    free(s);
}

static void t_feed_item_cap(void **st)
{
    (void)st;
    size_t items = TOCSIN_FEED_MAX_ITEMS + 5;
    char *s = malloc(items * 64 + 64);
    assert_non_null(s);
    size_t n = (size_t)sprintf(s, "<rss><channel>");
    for (size_t i = 0; i < items; i++)
        n += (size_t)sprintf(s + n, "<item><link>https://x.example/%zu</link></item>", i);
    n += (size_t)sprintf(s + n, "</channel></rss>");
    tocsin_feed f;
    tocsin_error err;
    assert_int_equal(tocsin_feed_parse(s, n, &f, &err), 0);
    assert_int_equal(f.n, TOCSIN_FEED_MAX_ITEMS);
    assert_string_equal(f.items[TOCSIN_FEED_MAX_ITEMS - 1].link, "https://x.example/9999");
    tocsin_feed_free(&f);
    free(s);
}

/* A feed item's date that cannot be read is kept as written (date_text), so
 * the caller can say so; a later field that can be read clears it. */
static void t_feed_bad_dates(void **st)
{
    (void)st;
    static const char rss[] =
        "<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
        "<item><link>https://x.example/1</link><pubDate>sometime next week</pubDate></item>"
        "<item><link>https://x.example/2</link><pubDate>Tue, 31 Feb 2024</pubDate>"
        "<dc:date>2024-03-05T10:00:00Z</dc:date></item>"
        "<item><link>https://x.example/3</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>"
        "</channel></rss>";
    tocsin_feed f;
    tocsin_error err;
    assert_int_equal(tocsin_feed_parse(rss, sizeof rss - 1, &f, &err), 0);
    assert_int_equal(f.n, 3);
    assert_null(f.items[0].date);
    assert_string_equal(f.items[0].date_text, "sometime next week");
    assert_string_equal(f.items[1].date, "2024-03-05");
    assert_null(f.items[1].date_text);
    assert_string_equal(f.items[2].date, "2024-03-05");
    assert_null(f.items[2].date_text);
    tocsin_feed_free(&f);
    static const char atom[] = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>a</id>"
                               "<link href=\"https://x.example/a\"/><published>2024-13-40</published>"
                               "</entry></feed>";
    assert_int_equal(tocsin_feed_parse(atom, sizeof atom - 1, &f, &err), 0);
    assert_int_equal(f.n, 1);
    assert_null(f.items[0].date);
    assert_string_equal(f.items[0].date_text, "2024-13-40");
    tocsin_feed_free(&f);
}

static void t_dates(void **st)
{
    (void)st;
    static const char *const good[][2] = {
        {"Tue, 05 Nov 2024 10:00:00 GMT", "2024-11-05"},
        {"Tue, 5 Nov 2024 23:30:00 -0500", "2024-11-05"}, /* the date as written */
        {"05 Nov 2024 10:00 +0100", "2024-11-05"},
        {"Mon, 04 Nov 24 23:30:00 EST", "2024-11-04"},
        {"Fri, 31 Dec 99 12:00:00 GMT", "1999-12-31"},
        {"Thu, 29 Feb 2024 08:00:00 Z", "2024-02-29"},
        {"tuesday, 05 november 2024 10:00:00 GMT", "2024-11-05"},
        {"  Tue, 05 Nov 2024  ", "2024-11-05"},
        {"2024-11-05T10:00:00Z", "2024-11-05"},
        {"2024-11-05t10:00:00.123+02:00", "2024-11-05"},
        {"2024-11-05 10:00:00", "2024-11-05"},
        {"2024-11-05", "2024-11-05"},
        {"2000-02-29T00:00:00Z", "2000-02-29"},
    };
    static const char *const bad[] = {
        "",
        "yesterday",
        "2024-02-30T00:00:00Z",
        "2023-02-29",
        "1900-02-29",
        "2024-13-01",
        "2024-11-5",
        "2024-11-051",
        "Tue, 32 Nov 2024 10:00:00 GMT",
        "Tue, 05 Nox 2024 10:00:00 GMT",
        "Tue, 05 Nov 202 10:00:00 GMT",
        "Tue, 05 Nov 2024x",
        "05 Nov",
        "Tue,",
    };
    char out[11];
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        if (ts_date_iso(good[i][0], strlen(good[i][0]), out))
            fail_msg("\"%s\" not read", good[i][0]);
        assert_string_equal(out, good[i][1]);
    }
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (!ts_date_iso(bad[i], strlen(bad[i]), out))
            fail_msg("\"%s\" read as %s", bad[i], out);
        assert_string_equal(out, "");
    }
    /* length, not NUL, ends the input */
    assert_int_equal(ts_date_iso("2024-11-05T10", 10, out), 0);
    assert_int_equal(ts_date_iso("Tue, 05 Nov 2024", 10, out), -1);
}

/* ---------- hostile input ---------- */

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void t_mutations(void **st)
{
    (void)st;
    /* mutated copies of every test file through both parsers: no crash, no
     * leak (under the sanitizers), only the documented codes */
    static const char *const files[] = {"y_article_with_nav.html", "y_main_no_article.html", "y_latin1.html",
                                        "y_rss2.xml", "y_atom.xml", "y_rss1.xml", "n_entity_bomb.xml"};
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        size_t n;
        char *orig = slurp(files[f], &n);
        char *s = malloc(n + 1);
        assert_non_null(s);
        for (int round = 0; round < 150; round++) {
            memcpy(s, orig, n);
            size_t len = n;
            int edits = 1 + (int)(next_rand() % 8);
            for (int e = 0; e < edits; e++) {
                size_t at = (size_t)(next_rand() % len);
                switch (next_rand() % 4) {
                case 0: s[at] = (char)next_rand(); break;
                case 1: s[at] = "<>&\"'/;=!-"[next_rand() % 10]; break;
                case 2: len = at + 1; break; /* truncate */
                default: memset(s + at, 0, 1); break;
                }
            }
            tocsin_page p;
            tocsin_feed fd;
            tocsin_error err;
            int rc = tocsin_html_extract(s, len, &p, &err);
            assert_true(rc == 0 || rc == TOCSIN_EPARSE);
            if (rc == 0 && p.text)
                assert_true(valid_utf8(p.text, p.text_len));
            tocsin_page_free(&p);
            rc = tocsin_feed_parse(s, len, &fd, &err);
            assert_true(rc == 0 || rc == TOCSIN_EPARSE);
            tocsin_feed_free(&fd);
        }
        free(s);
        free(orig);
    }
}

static void t_silent(void **st)
{
    (void)st;
    /* the library never prints, not even libxml2's encoding complaints */
    static const char *const inputs[] = {
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel></channel></rss>",
        "<?xml version=\"1.0\" encoding=\"no-such-charset\"?><rss><channel></channel></rss>",
        "<?xml version=\"1.0\" encoding=\"shift_jis\"?><rss><channel><title>\x82\xff\x81</title></channel></rss>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>\xC3\x28\xFF</title></channel></rss>",
        "<html><head><meta charset=\"UTF-16\"></head><body><p>abc</p></body></html>",
        "<html><head><meta charset=\"no-such-charset\"></head><body><p>abc</p></body></html>",
        "<html><head><meta charset=\"shift_jis\"></head><body><p>\x82\xff\x81\xfc\xfc</p></body></html>",
        "<html><head><meta charset=\"utf-8\"></head><body><p>\xC3\x28\xFF\xFE</p></body></html>",
    };
    fflush(stderr);
    int saved = dup(2);
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    dup2(fileno(tmp), 2);
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        tocsin_page p;
        tocsin_feed f;
        tocsin_error err;
        if (!tocsin_html_extract(inputs[i], strlen(inputs[i]), &p, &err))
            tocsin_page_free(&p);
        if (!tocsin_feed_parse(inputs[i], strlen(inputs[i]), &f, &err))
            tocsin_feed_free(&f);
    }
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    long size = ftell(tmp) >= 0 ? (fseek(tmp, 0, SEEK_END), ftell(tmp)) : -1;
    if (size != 0) {
        char buf[512] = "";
        rewind(tmp);
        size_t k = fread(buf, 1, sizeof buf - 1, tmp);
        buf[k] = '\0';
        fclose(tmp);
        fail_msg("the library wrote %ld bytes to stderr: %s", size, buf);
    }
    fclose(tmp);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        datadir = argv[1];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_article_with_nav), cmocka_unit_test(t_main_no_article),
        cmocka_unit_test(t_latin1),           cmocka_unit_test(t_mislabeled_utf8),
        cmocka_unit_test(t_article_choice),   cmocka_unit_test(t_lenient),
        cmocka_unit_test(t_truncated_page),   cmocka_unit_test(t_french_page),
        cmocka_unit_test(t_page_errors),      cmocka_unit_test(t_page_text_cap),
        cmocka_unit_test(t_page_deep),        cmocka_unit_test(t_title_suffix),
        cmocka_unit_test(t_titles_and_sites),
        cmocka_unit_test(t_english),          cmocka_unit_test(t_langid_short),
        cmocka_unit_test(t_langid_edges),     cmocka_unit_test(t_rss2),
        cmocka_unit_test(t_atom),             cmocka_unit_test(t_rss1),
        cmocka_unit_test(t_feed_summary_html),
        cmocka_unit_test(t_external_entity),  cmocka_unit_test(t_feed_errors),
        cmocka_unit_test(t_feed_every_prefix), cmocka_unit_test(t_feed_item_cap),
        cmocka_unit_test(t_feed_bad_dates),
        cmocka_unit_test(t_dates),            cmocka_unit_test(t_mutations),
        cmocka_unit_test(t_silent),
    };
    return cmocka_run_group_tests_name("pages and feeds", tests, NULL, NULL) ? 1 : 0;
}
