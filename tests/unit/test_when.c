/* test_when.c - the one date parser (tocsin_date_parse, tocsin_date_find)
 * and event time from the text (src/code/when.c): every written form, Unicode
 * spaces and dashes, impossible days, weekday arithmetic and year
 * boundaries, and which time expression belongs to which clause. Run from
 * test_units.c's main as its own group. Sentences are written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "base/internal.h"
#include "code/when.h"
#include "text/token.h"
#include "tocsin/coder.h"
#include "tocsin/date.h"
#include "tocsin/dict.h"

int run_when_tests(const char *dictdir);

static tocsin_dict *WD;

static long day(const char *iso)
{
    long d = 0;
    assert_int_equal(tocsin_date_parse(iso, strlen(iso), &d, NULL), 0);
    return d;
}

/* ---------- the parser ---------- */

static void t_parse_good(void **st)
{
    (void)st;
    static const char *const good[][2] = {
        {"2024-07-01", "2024-07-01"},
        {"  2024-07-01\n", "2024-07-01"},
        {"2024-07-01T10:00:00Z", "2024-07-01"},
        {"2024-07-01T23:30:00.123+02:00", "2024-07-01"},
        {"2024-07-01T00:10:00-0500", "2024-07-01"},
        {"2024-07-01 10:00", "2024-07-01"},
        {"2024/07/01", "2024-07-01"},
        {"20240701", "2024-07-01"},
        {"20240701T101500Z", "2024-07-01"},
        {"Mon, 01 Jul 2024 10:00:00 +0000", "2024-07-01"},
        {"Mon, 1 Jul 24 10:00 GMT", "2024-07-01"},
        {"Tue, 05 Nov 2024 10:00:00 EST (Eastern)", "2024-11-05"},
        {"05-Nov-24", "2024-11-05"},
        {"July 1, 2024", "2024-07-01"},
        {"JULY 1, 2024", "2024-07-01"},
        {"Jul. 1, 2024", "2024-07-01"},
        {"Sept 9, 2023", "2023-09-09"},
        {"Monday, July 1st, 2024", "2024-07-01"},
        {"July 1, 2024 at 10:15 am EDT", "2024-07-01"},
        {"1 July 2024", "2024-07-01"},
        {"1st of July 2024", "2024-07-01"},
        {"01-Jul-2024", "2024-07-01"},
        {"July\xC2\xA0" "1,\xC2\xA0" "2024", "2024-07-01"},         /* no-break spaces */
        {"1\xE2\x80\xAFJuly\xE2\x80\x89" "2024", "2024-07-01"},    /* narrow and thin */
        {"2024\xE2\x80\x93" "07\xE2\x80\x93" "01", "2024-07-01"},   /* en dashes */
        {"2024-02-29", "2024-02-29"},
        {"2000-02-29", "2000-02-29"},
        {"\xEF\xBB\xBF" "2024-12-31", "2024-12-31"},
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        long d = -1;
        tocsin_error err;
        memset(&err, 0, sizeof err);
        int rc = tocsin_date_parse(good[i][0], strlen(good[i][0]), &d, &err);
        if (rc)
            fail_msg("%s: %s", good[i][0], err.message);
        char out[11];
        tocsin_date_format(d, out);
        if (strcmp(out, good[i][1]))
            fail_msg("%s read as %s, expected %s", good[i][0], out, good[i][1]);
    }
}

static void t_parse_bad(void **st)
{
    (void)st;
    static const char *const bad[][2] = {
        {"2024-02-30", "no such day: 2024-02-30"},
        {"2023-02-29", "no such day"},
        {"1900-02-29", "no such day"},
        {"2024-13-01", "no such month"},
        {"2024-04-31T10:00:00Z", "no such day: 2024-04-31"},
        {"31 June 2024", "no such day: 2024-06-31"},
        {"February 30, 2024", "no such day"},
        {"20240230", "no such day"},
        {"2024-07", "not a date"},
        {"July 2024", "not a date"},
        {"July 1", "not a date"},
        {"yesterday", "not a date"},
        {"07/01/2024", "not a date"},
        {"1.7.2024", "not a date"},
        {"2024-07-01 and more", "unexpected text"},
        {"2024-07-01T25:00", "unexpected text"},
        {"", "empty"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        long d = -1;
        tocsin_error err;
        memset(&err, 0, sizeof err);
        int rc = tocsin_date_parse(bad[i][0], strlen(bad[i][0]), &d, &err);
        if (rc != TOCSIN_EPARSE)
            fail_msg("%s was accepted", bad[i][0]);
        if (!strstr(err.message, bad[i][1]))
            fail_msg("%s: message \"%s\" lacks \"%s\"", bad[i][0], err.message, bad[i][1]);
        assert_int_equal(d, -1);
    }
    char big[TOCSIN_DATE_MAX + 20];
    memset(big, ' ', sizeof big);
    memcpy(big + sizeof big - 10, "2024-07-01", 10);
    long d;
    assert_int_equal(tocsin_date_parse(big, sizeof big, &d, NULL), TOCSIN_EPARSE);
    /* the strict form the store writes */
    int32_t z;
    assert_int_equal(ts_parse_date("2024-02-30", 10, &z), -1);
    assert_int_equal(ts_parse_date("2024-02-29", 10, &z), 0);
}

static void t_find(void **st)
{
    (void)st;
    long d = 0;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    const char *a = "Published: Thursday, July 18, 2024 10:00";
    assert_int_equal(tocsin_date_find(a, strlen(a), &d, NULL), 1);
    assert_int_equal(d, day("2024-07-18"));
    const char *b = "By our reporter\xC2\xA0|\xC2\xA0" "5\xC2\xA0Nov\xC2\xA0" "2024";
    assert_int_equal(tocsin_date_find(b, strlen(b), &d, NULL), 1);
    assert_int_equal(d, day("2024-11-05"));
    const char *c = "Updated 2024-11-05 09:12";
    assert_int_equal(tocsin_date_find(c, strlen(c), &d, NULL), 1);
    assert_int_equal(d, day("2024-11-05"));
    const char *none[] = {"The 15 officials met in 2024", "Talks in May", "Story 20240701 filed", "May 5 2"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        if (tocsin_date_find(none[i], strlen(none[i]), &d, NULL) != 0)
            fail_msg("a date found in \"%s\"", none[i]);
    const char *e = "Filed February 30, 2024";
    assert_int_equal(tocsin_date_find(e, strlen(e), &d, &err), -1);
    assert_non_null(strstr(err.message, "no such day: 2024-02-30"));
}

static void t_weekday_and_spans(void **st)
{
    (void)st;
    assert_int_equal(tocsin_weekday(0), 3);                  /* 1970-01-01, a Thursday */
    assert_int_equal(tocsin_weekday(day("2024-11-05")), 1);  /* a Tuesday */
    assert_int_equal(tocsin_weekday(day("2025-01-01")), 2);  /* a Wednesday */
    assert_int_equal(tocsin_weekday(-1), 2);                 /* 1969-12-31 */
    assert_int_equal(tocsin_days_in_month(2024, 2), 29);
    assert_int_equal(tocsin_days_in_month(2100, 2), 28);
    assert_int_equal(tocsin_days_in_month(2024, 13), 0);
    static const char *const spans[] = {"2024-11-05", "2024-04", "2015", "2022-05-01/2024-11-06"};
    for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++) {
        long a, z;
        int p;
        char out[TOCSIN_WHEN_LEN];
        assert_int_equal(tocsin_when_parse(spans[i], strlen(spans[i]), &a, &z, &p), 0);
        tocsin_when_format(a, z, p, out);
        assert_string_equal(out, spans[i]);
    }
    long a, z;
    int p;
    assert_int_equal(tocsin_when_parse("2024-04", 7, &a, &z, &p), 0);
    assert_int_equal(z - a, 29);
    assert_int_equal(tocsin_when_parse("2024-13", 7, &a, &z, &p), TOCSIN_EPARSE);
    assert_int_equal(tocsin_when_parse("2024-11-06/2022-05-01", 21, &a, &z, &p), TOCSIN_EPARSE);
}

/* ---------- time expressions ---------- */

typedef struct toks {
    ts_tok t[TS_MAX_WHEN * 16];
    size_t n;
} toks;

static int grab(void *ud, const ts_tok *t)
{
    toks *k = ud;
    if (k->n < sizeof k->t / sizeof k->t[0])
        k->t[k->n++] = *t;
    return 0;
}

/* The `when` of the event whose verb is the word `verb` of sentence s, in an
 * article of date pub (NULL: unknown); the article date when nothing fits. */
static void when_of(const char *s, const char *pub, const char *verb, char out[TOCSIN_WHEN_LEN])
{
    toks k;
    k.n = 0;
    ts_tokenize(s, strlen(s), grab, &k);
    size_t v = k.n;
    for (size_t i = 0; i < k.n; i++)
        if (k.t[i].len == strlen(verb) && !memcmp(s + k.t[i].off, verb, k.t[i].len))
            v = i;
    if (v == k.n)
        fail_msg("no verb \"%s\" in \"%s\"", verb, s);
    long p = pub ? day(pub) : 0;
    ts_when x[TS_MAX_WHEN];
    size_t nx = ts_when_scan(s, k.t, k.n, p, pub != NULL, x, TS_MAX_WHEN);
    ts_when w;
    if (ts_when_resolve(NULL, s, k.t, k.n, x, nx, 0, v, &w))
        tocsin_when_format(w.start, w.end, w.prec, out);
    else if (pub)
        tocsin_when_format(p, p, TOCSIN_WHEN_DAY, out);
    else
        out[0] = '\0';
}

typedef struct wcase {
    const char *pub, *sentence, *verb, *when;
} wcase;

static void run_cases(const wcase *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char out[TOCSIN_WHEN_LEN];
        when_of(c[i].sentence, c[i].pub, c[i].verb, out);
        if (strcmp(out, c[i].when))
            fail_msg("[%s] \"%s\" (%s): got \"%s\", expected \"%s\"", c[i].pub ? c[i].pub : "no date",
                     c[i].sentence, c[i].verb, out, c[i].when);
    }
}

static void t_when_absolute(void **st)
{
    (void)st;
    static const wcase c[] = {
        {"2024-07-10", "Protesters burned a flag outside the embassy on July 4.", "burned", "2024-07-04"},
        {"2024-03-09", "On 5 March, Iranian boats seized a tanker.", "seized", "2024-03-05"},
        {"2024-03-09", "Iranian boats seized a tanker on the 5th of March.", "seized", "2024-03-05"},
        {"2024-11-06", "Militants kidnapped two engineers in April.", "kidnapped", "2024-04"},
        {"2024-11-06", "In 2015, Saudi jets bombed Yemen.", "bombed", "2015"},
        {"2024-11-06", "Rebels shelled the town in early 2021.", "shelled", "2021-01-01/2021-04-30"},
        {"2024-11-06", "Rebels shelled the town in late 2021.", "shelled", "2021-09-01/2021-12-31"},
        {"2024-11-06", "Rebels shelled the town in mid-2021.", "shelled", "2021-05-01/2021-08-31"},
        {"2024-11-06", "The navy blockaded the port in May 2022.", "blockaded", "2022-05"},
        {"2024-11-06", "The navy blockaded the port on March 3, 2019.", "blockaded", "2019-03-03"},
        {"2024-11-06", "The navy blockaded the port on Tuesday, 3 March 2020.", "blockaded", "2020-03-03"},
        {"2024-11-06", "Troops occupied the border post on 2024-10-28.", "occupied", "2024-10-28"},
        {"2024-11-06", "Guerrillas ambushed convoys throughout the 1990s.", "ambushed", "1990-01-01/1999-12-31"},
        /* a date without a year is the latest one not far after the article */
        {"2025-01-03", "Gunmen attacked a market on December 30.", "attacked", "2024-12-30"},
        {"2025-01-03", "Gunmen attacked a market in December.", "attacked", "2024-12"},
        {"2024-12-30", "Gunmen attacked a market on December 30.", "attacked", "2024-12-30"},
        {"2024-11-09", "The two ministers will meet on 15 November.", "meet", "2024-11-15"},
        {"2024-02-10", "Villagers fled on 29 February.", "fled", "2024-02-29"}, /* a leap year */
        {"2023-02-10", "Villagers fled on 29 February.", "fled", "2023-02-10"}, /* no year fits */
        /* without an article date only what carries a year resolves */
        {NULL, "In 2015, Saudi jets bombed Yemen.", "bombed", "2015"},
        {NULL, "Gunmen attacked a market on December 30.", "attacked", ""},
        /* words that look like months but are not dates */
        {"2024-11-06", "Russia may attack Ukraine again.", "attack", "2024-11-06"},
        {"2024-11-06", "Students will march to the ministry.", "march", "2024-11-06"},
        {"2024-11-06", "The army captured 2000 fighters.", "captured", "2024-11-06"},
        /* bounds are not the time itself */
        {"2024-11-06", "Russia controlled the port before 2014.", "controlled", "2024-11-06"},
    };
    run_cases(c, sizeof c / sizeof c[0]);
}

static void t_when_relative(void **st)
{
    (void)st;
    static const wcase c[] = {
        {"2024-11-06", "Yesterday, Turkey shelled Syrian villages.", "shelled", "2024-11-05"},
        {"2024-11-06", "Turkey shelled Syrian villages late yesterday.", "shelled", "2024-11-05"},
        {"2024-11-06", "Turkey shelled Syrian villages last night.", "shelled", "2024-11-05"},
        {"2024-11-06", "Turkey shelled Syrian villages today.", "shelled", "2024-11-06"},
        /* weekdays: the latest on or before the article date */
        {"2024-11-07", "On Tuesday, Russia attacked Kharkiv.", "attacked", "2024-11-05"},
        {"2024-11-05", "On Tuesday, Russia attacked Kharkiv.", "attacked", "2024-11-05"},
        {"2024-11-10", "Russia attacked Kharkiv on Monday night.", "attacked", "2024-11-04"},
        {"2024-11-08", "Russia attacked Kharkiv last Friday.", "attacked", "2024-11-01"},
        {"2025-01-01", "Russia attacked Kharkiv on Monday.", "attacked", "2024-12-30"},
        {"2024-03-01", "Russia attacked Kharkiv on Thursday.", "attacked", "2024-02-29"},
        /* weeks, months, years */
        {"2024-11-07", "Earlier this week, Iran tested a missile.", "tested", "2024-11-04/2024-11-07"},
        {"2025-01-02", "Iran tested a missile last week.", "tested", "2024-12-23/2024-12-29"},
        {"2024-11-06", "Last month, Israel struck Beirut.", "struck", "2024-10"},
        {"2024-01-10", "Last month, Israel struck Beirut.", "struck", "2023-12"},
        {"2024-11-06", "Israel struck Beirut earlier this month.", "struck", "2024-11"},
        {"2024-01-10", "Israel struck Beirut last year.", "struck", "2023"},
        {"2024-11-06", "Israel struck Beirut last March.", "struck", "2024-03"},
        {"2024-02-06", "Israel struck Beirut last March.", "struck", "2023-03"},
        /* so long ago */
        {"2024-11-06", "Three years ago, Russia invaded the region.", "invaded", "2021"},
        {"2024-11-06", "Russia invaded the region 2 months ago.", "invaded", "2024-09"},
        {"2024-02-06", "Russia invaded the region five months ago.", "invaded", "2023-09"},
        {"2024-11-06", "Russia invaded the region ten days ago.", "invaded", "2024-10-27"},
        {"2024-11-06", "A year ago today, Hamas fighters stormed the fence.", "stormed", "2023-11-06"},
        {"2024-02-29", "A year ago today, Hamas fighters stormed the fence.", "stormed", "2023-02-28"},
        /* seasons */
        {"2024-11-06", "Russia and Iran signed the deal in the summer.", "signed", "2024-06-01/2024-08-31"},
        {"2024-11-06", "Russia and Iran signed the deal last winter.", "signed", "2023-12-01/2024-02-29"},
        {"2024-02-06", "Russia and Iran signed the deal last winter.", "signed", "2022-12-01/2023-02-28"},
        {"2024-11-06", "Russia and Iran signed the deal in the spring of 2019.", "signed", "2019-03-01/2019-05-31"},
        {"2024-11-06", "Protesters celebrated the fall of the regime.", "celebrated", "2024-11-06"},
        /* parts of a year, weekends, "earlier" */
        {"2024-11-06", "Serbia threatened Kosovo in the first half of 2023.", "threatened", "2023-01-01/2023-06-30"},
        {"2024-11-06", "Serbia threatened Kosovo in the third quarter of 2023.", "threatened", "2023-07-01/2023-09-30"},
        {"2024-02-02", "At the end of last year, Serbia threatened Kosovo.", "threatened", "2023-12"},
        {"2024-11-06", "Serbia threatened Kosovo at the start of 2020.", "threatened", "2020-01"},
        {"2024-12-02", "India accused China over the weekend of building posts.", "accused", "2024-11-30/2024-12-01"},
        {"2024-12-01", "India accused China over the weekend of building posts.", "accused", "2024-11-30/2024-12-01"},
        {"2024-09-12", "A week earlier, Kosovo accused Serbia of sending armed men.", "accused", "2024-09-05"},
        {"2024-11-06", "Over 2000 protesters marched on Tuesday.", "marched", "2024-11-05"},
        /* ongoing */
        {"2024-11-06", "North Korea has sent shells to Russia since May 2022.", "sent", "2022-05-01/2024-11-06"},
        {"2024-11-06", "Since 2023, Pyongyang has shipped shells to Moscow.", "shipped", "2023-01-01/2024-11-06"},
        {"2024-11-06", "The blockade has held since last month.", "held", "2024-10-01/2024-11-06"},
        /* none */
        {"2024-11-06", "Russia condemned the strike.", "condemned", "2024-11-06"},
    };
    run_cases(c, sizeof c / sizeof c[0]);
}

static void t_when_clauses(void **st)
{
    (void)st;
    static const wcase c[] = {
        /* a relative clause keeps its own time */
        {"2024-11-07", "Russia, which annexed Crimea in 2014, attacked Odesa on Tuesday.", "attacked", "2024-11-05"},
        {"2024-11-07", "Russia, which annexed Crimea in 2014, attacked Odesa on Tuesday.", "annexed", "2014"},
        {"2024-11-07", "Russia, which annexed Crimea in 2014, attacked Odesa.", "attacked", "2024-11-07"},
        /* a subordinate clause too */
        {"2024-11-06", "Israel struck Gaza on Monday after Hamas fired rockets in October.", "struck", "2024-11-04"},
        {"2024-11-06", "Israel struck Gaza on Monday after Hamas fired rockets in October.", "fired", "2024-10"},
        {"2024-11-06", "Israel struck Gaza after Hamas fired rockets in October.", "struck", "2024-11-06"},
        /* the opening time dates the whole sentence */
        {"2024-11-06", "In 2014, when Russia seized Crimea, the West imposed sanctions.", "seized", "2014"},
        {"2024-11-06", "In 2014, when Russia seized Crimea, the West imposed sanctions.", "imposed", "2014"},
        /* the reporting clause's time is the saying's */
        {"2024-11-08", "Russia has launched missiles at Kyiv, the ministry said on Thursday.", "launched", "2024-11-08"},
        {"2024-11-08", "Russia launched missiles at Kyiv on Tuesday, the ministry said on Thursday.", "launched", "2024-11-05"},
        /* a time later in the clause chain, past a comma */
        {"2024-11-07", "Drones hit Kyiv, the capital, on Tuesday.", "hit", "2024-11-05"},
        /* quoted words keep their time to themselves */
        {"2024-11-06", "The minister said \"Israel bombed us in 2006\" and Iran fired missiles.", "fired", "2024-11-06"},
        {"2024-11-06", "The minister said \"Israel bombed us in 2006\" and Iran fired missiles.", "bombed", "2006"},
        /* reported speech: the time of the saying is not the time of the deed */
        {"2024-11-07", "Kyiv said on Tuesday that Russia had shelled the plant.", "shelled", "2024-11-07"},
        /* a clause that hangs on a time takes the time itself */
        {"2024-11-06", "Ties have deepened since the summer when Putin signed a pact with Kim.", "signed",
         "2024-06-01/2024-08-31"},
        {"2024-11-06", "Sanctions followed in 2014, when Russia seized Crimea.", "seized", "2014"},
        /* a time that dates a noun does not date a later clause */
        {"2024-11-06", "Weeks later, rebels started a war, setting the stage for the invasion of February 2022.",
         "started", "2024-11-06"},
        {"2022-01-12", "On Thursday, police said they had killed dozens and on Saturday, despite appeals, Tokayev said he had authorised shooting.",
         "killed", "2022-01-06"},
        /* a quoted name inside the clause is no boundary */
        {"2017-01-20", "Mexico extradited the drug lord \xE2\x80\x9C" "El Chapo\xE2\x80\x9D to New York yesterday.", "extradited", "2017-01-19"},
        {"2024-11-07", "\"We will strike back,\" the minister said on Tuesday.", "strike", "2024-11-07"},
        /* back across commas, past a subordinate clause */
        {"2022-01-12", "On Thursday, police said they had killed dozens and on Saturday, despite appeals, Tokayev said he had authorised shooting.",
         "authorised", "2022-01-08"},
        /* a cause told as a noun keeps its time */
        {"2023-10-21", "Israel launched air strikes on Gaza in response to an attack by Hamas on Oct 7.", "launched", "2023-10-21"},
        /* a deed still to come takes the next such day */
        {"2024-05-15", "Macron offered to hold talks Thursday with the lawmakers.", "hold", "2024-05-16"},
        {"2024-05-15", "The ministers will meet on Friday.", "meet", "2024-05-17"},
        {"2024-05-17", "The ministers will meet on Friday.", "meet", "2024-05-17"},
        /* two times in one clause: the nearer */
        {"2024-11-06", "In 2022, Russia seized the plant on 4 March.", "seized", "2022-03-04"},
    };
    run_cases(c, sizeof c / sizeof c[0]);
}

/* ---------- through the coder ---------- */

typedef struct got {
    int n;
    char when[4][TOCSIN_WHEN_LEN];
    unsigned flags[4];
} got;

static int on_event(void *ud, const tocsin_event *ev)
{
    got *g = ud;
    if (g->n < 4) {
        tocsin_when_format(ev->when_start, ev->when_end, ev->when_precision, g->when[g->n]);
        g->flags[g->n] = ev->flags;
    }
    g->n++;
    return 0;
}

static void t_when_coder(void **st)
{
    (void)st;
    if (!WD)
        skip();
    tocsin_coder *c = tocsin_coder_new(WD);
    assert_non_null(c);
    got g;
    memset(&g, 0, sizeof g);
    tocsin_coder_set_sink(c, on_event, &g);
    tocsin_doc_info info = {"a", "2024-11-06", "a", 0, NULL, NULL};
    const char *t1 = "In 2014, Russia seized Crimea from Ukraine.\n";
    assert_int_equal(tocsin_code_text(c, &info, t1, strlen(t1)), 0);
    assert_true(g.n >= 1);
    assert_string_equal(g.when[0], "2014");
    assert_true(g.flags[0] & TOCSIN_EV_RETOLD);
    memset(&g, 0, sizeof g);
    const char *t2 = "Yesterday, Russia attacked Ukraine.\n";
    assert_int_equal(tocsin_code_text(c, &info, t2, strlen(t2)), 0);
    assert_true(g.n >= 1);
    assert_string_equal(g.when[0], "2024-11-05");
    assert_false(g.flags[0] & TOCSIN_EV_RETOLD);
    /* a paragraph's story goes on: "Weeks later" keeps its time; a new paragraph does not */
    memset(&g, 0, sizeof g);
    const char *t3 = "In 2014, Russia seized Crimea from Ukraine. Weeks later, Russia attacked Ukraine.\n\n"
                     "Russia attacked Ukraine again.\n";
    assert_int_equal(tocsin_code_text(c, &info, t3, strlen(t3)), 0);
    assert_true(g.n >= 3);
    assert_string_equal(g.when[0], "2014");
    assert_string_equal(g.when[1], "2014");
    assert_true(g.flags[1] & TOCSIN_EV_RETOLD);
    assert_string_equal(g.when[g.n - 1 < 3 ? g.n - 1 : 3], "2024-11-06");
    memset(&g, 0, sizeof g);
    tocsin_doc_info nodate = {"b", NULL, "b", 0, NULL, NULL};
    assert_int_equal(tocsin_code_text(c, &nodate, t2, strlen(t2)), 0);
    assert_true(g.n >= 1);
    assert_string_equal(g.when[0], "");
    tocsin_coder_free(c);
}

int run_when_tests(const char *dictdir)
{
    tocsin_error err;
    if (tocsin_dict_load(dictdir, NULL, &WD, &err))
        WD = NULL;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_parse_good),    cmocka_unit_test(t_parse_bad),     cmocka_unit_test(t_find),
        cmocka_unit_test(t_weekday_and_spans), cmocka_unit_test(t_when_absolute), cmocka_unit_test(t_when_relative),
        cmocka_unit_test(t_when_clauses),  cmocka_unit_test(t_when_coder),
    };
    int rc = cmocka_run_group_tests_name("dates and event time", tests, NULL, NULL);
    tocsin_dict_free(WD);
    return rc;
}
